"""SIZES: params_b comes from the sentence or the abstract ("a 0.4B-parameter encoder",
"a 13-billion parameter model", "GPT-Neo (125M)"), from the name (Qwen2-72B-Instruct,
s1-32B, MetaMath-70B) or from the registry (schema/vocab/models.csv: Chinchilla 70,
DeepSeek-R1 671, GPT-3 175) — and is never guessed for closed models (GPT-4, o1-preview)."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

SIZES = [
    Case(
        "ModernBERT-Large-Instruct exhibits strong zero-shot performance on both classification and knowledge-based tasks, outperforming similarly sized LLMs on MMLU and achieving 93% of Llama3-1B's MMLU performance with 60% less parameters.",
        title="It's All in The [MASK]: Simple Instruction-Tuning Enables BERT-like Masked Language Models As Generative Classifiers",
        context="In this work, we introduce ModernBERT-Large-Instruct, a 0.4B-parameter encoder model that leverages its masked language modelling (MLM) head for generative classification. Our approach employs an intentionally simple training loop and inference mechanism that requires no heavy pre-processing, heavily engineered prompting, or architectural modifications.",
        claims=[C("MMLU", 93, "93%", kind="relative", unit="%", model="ModernBERT-Large-Instruct", params=0.4)],
        mentions=[M("60%", "efficiency")],
        source=SEED, seed=True,
    ),
    Case(
        "Orca surpasses conventional state-of-the-art instruction-tuned models such as Vicuna-13B by more than 100% in complex zero-shot reasoning benchmarks like Big-Bench Hard (BBH) and 42% on AGIEval.",
        title="Orca: Progressive Learning from Complex Explanation Traces of GPT-4",
        context="To address these challenges, we develop Orca, a 13-billion parameter model that learns to imitate the reasoning process of LFMs. Orca learns from rich signals from GPT-4 including explanation traces; step-by-step thought processes; and other complex instructions, guided by teacher assistance from ChatGPT. To promote this progressive learning, we tap into large-scale and diverse imitation data with judicious sampling and selection.",
        claims=[
            C("BBH", 100, "100%", kind="delta", aliases=("Big-Bench Hard", "BIG-Bench Hard"), qual="at least", unit="%", model="Orca", params=13),
            C("AGIEval", 42, "42%", kind="delta", unit="%", model="Orca", params=13),
        ],
        source="arXiv:2306.02707",
    ),
    Case(
        "(3) Strong Performance: BlueLM-V-3B has attained the highest average score of 66.1 on the OpenCompass benchmark among models with leq 4B parameters and surpassed a series of models with much larger parameter sizes (e.g., MiniCPM-V-2.6, InternVL2-8B).",
        title="BlueLM-V-3B: Algorithm and System Co-Design for Multimodal Large Language Models on Mobile Devices",
        context="BlueLM-V-3B boasts the following key highlights: (1) Small Size: BlueLM-V-3B features a language model with 2.7B parameters and a vision encoder with 400M parameters.",
        claims=[C("OpenCompass", 66.1, "66.1", qual="average", unit=None, model="BlueLM-V-3B", params=3.1)],
        mentions=[M("4B", "model size")],
        source=SEED, seed=True,
    ),
    Case(
        "Additionally, on the RAFT Benchmark, TART improves GPT-Neo (125M)'s performance such that it outperforms BLOOM (176B), and is within 4% of GPT-3 (175B).",
        title="TART: A plug-and-play Transformer module for task-agnostic reasoning",
        claims=[C("RAFT", -4, "4%", kind="delta", qual="within", unit="%", model=("GPT-Neo", "TART"), params=0.125)],
        mentions=[M("125M", ("model size", "other")), M("176B", ("model size", "other")), M("175B", ("model size", "other"))],
        source=SEED, seed=True,
    ),
    Case(
        "After supervised finetuning the Qwen2.5-32B-Instruct language model on s1K and equipping it with budget forcing, our model s1-32B exceeds o1-preview on competition math questions by up to 27% (MATH and AIME24).",
        title="s1: Simple test-time scaling",
        claims=[C("MATH", 27, "27%", kind="delta", aliases=("AIME 2024", "AIME24", "MATH and AIME24"), qual="up to", unit="%", model="s1-32B", params=32)],
        source="arXiv:2501.19393 (dev b)",
    ),
    Case(
        "Our experimental results reveal significant room for improvement in the performance of current state-of-the-art LLMs across diverse knowledge domains (e.g., the reasoning-focused model DeepSeek-R1 achieved the highest accuracy of 61.82% on SuperGPQA), highlighting the considerable gap between current model capabilities and artificial general intelligence.",
        title="SuperGPQA: Scaling LLM Evaluation across 285 Graduate Disciplines",
        claims=[C("SuperGPQA", 61.82, "61.82%", metric="accuracy", unit="%", model="DeepSeek-R1", params=671)],
        source=SEED, seed=True,
    ),
    Case(
        "We achieve improvements up to 24.2% on the GSM8K dataset, 32.6% on CaseHOLD, 32.0% on SNIPS, 52.6% on TREC and 39.8% on SST-2 over regular fine-tuning in the low-data regime using a LLaMA2-7B student model.",
        title="LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement",
        claims=[
            C("GSM8K", 24.2, "24.2%", kind="delta", qual="up to", unit="%", model=("LLaMA2-7B", "LLM2LLM"), params=7),
            C("CaseHOLD", 32.6, "32.6%", kind="delta", qual="up to", unit="%", model=("LLaMA2-7B", "LLM2LLM"), params=7),
            C("SNIPS", 32.0, "32.0%", kind="delta", qual="up to", unit="%", model=("LLaMA2-7B", "LLM2LLM"), params=7),
            C("TREC", 52.6, "52.6%", kind="delta", qual="up to", unit="%", model=("LLaMA2-7B", "LLM2LLM"), params=7),
            C("SST-2", 39.8, "39.8%", kind="delta", qual="up to", unit="%", model=("LLaMA2-7B", "LLM2LLM"), params=7),
        ],
        source=SEED, seed=True,
    ),
    Case(
        "Particularly, MetaMath-70B achieves an accuracy of 82.3% on GSM8K, slightly better than GPT-3.5-Turbo.",
        title="MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models",
        claims=[C("GSM8K", 82.3, "82.3%", metric="accuracy", unit="%", model="MetaMath-70B", params=70)],
        source="arXiv:2309.12284",
    ),
    Case(
        "As a highlight, Chinchilla reaches a state-of-the-art average accuracy of 67.5% on the MMLU benchmark, greater than a 7% improvement over Gopher.",
        title="Training Compute-Optimal Large Language Models",
        claims=[
            C("MMLU", 67.5, "67.5%", metric="accuracy", qual="average", unit="%", model="Chinchilla", params=70),
            C("MMLU", 7, "7%", kind="delta", qual="at least", unit="%", model="Chinchilla", params=70),
        ],
        source="arXiv:2203.15556",
    ),
    Case(
        "On HumanEval, a new evaluation set we release to measure functional correctness for synthesizing programs from docstrings, our model solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%.",
        title="Evaluating Large Language Models Trained on Code",
        context="We introduce Codex, a GPT language model fine-tuned on publicly available code from GitHub, and study its Python code-writing capabilities. A distinct production version of Codex powers GitHub Copilot.",
        claims=[
            C("HumanEval", 28.8, "28.8%", unit="%", model="Codex"),
            C("HumanEval", 0, "0%", unit="%", model="GPT-3", params=175),
            C("HumanEval", 11.4, "11.4%", unit="%", model="GPT-J", params=6),
        ],
        source="arXiv:2107.03374",
    ),
    Case(
        "We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens, whose overall performance, as measured by both academic benchmarks and internal testing, rivals that of models such as Mixtral 8x7B and GPT-3.5 (e.g., phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench), despite being small enough to be deployed on a phone.",
        title="Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
        claims=[
            C("MMLU", 69, "69%", unit="%", model="phi-3-mini", params=3.8),
            C("MT-Bench", 8.38, "8.38", aliases=("MT-bench",), unit=None, model="phi-3-mini", params=3.8),
        ],
        mentions=[M("3.8 billion", "model size"), M("3.3 trillion", "data size")],
        source="arXiv:2404.14219 (dev b)",
    ),
    Case(
        "The instruction-tuned variant, Qwen2-72B-Instruct, attains 9.1 on MT-Bench, 48.1 on Arena-Hard, and 35.7 on LiveCodeBench.",
        title="Qwen2 Technical Report",
        claims=[
            C("MT-Bench", 9.1, "9.1", model="Qwen2-72B-Instruct", params=72),
            C("Arena-Hard", 48.1, "48.1", model="Qwen2-72B-Instruct", params=72),
            C("LiveCodeBench", 35.7, "35.7", model="Qwen2-72B-Instruct", params=72),
        ],
        source="arXiv:2407.10671 (dev b)",
    ),
    # a size stated with the result, for the model it belongs to (and only for the values it goes with)
    Case(
        "In particular, with single model and single-scale, our EfficientDet-D7 achieves state-of-the-art 55.1 AP on COCO test-dev with 77M parameters and 410B FLOPs, being 4x - 9x smaller and using 13x - 42x fewer FLOPs than previous detectors.",
        title="EfficientDet: Scalable and Efficient Object Detection",
        claims=[C("COCO", 55.1, "55.1", metric="AP", model="EfficientDet-D7", params=0.077)],
        mentions=[M("77M", "model size")],
        source="arXiv:1911.09070 (dev g)",
    ),
    Case(
        "For example, SegFormer-B4 achieves 50.3% mIoU on ADE20K with 64M parameters, being 5x smaller and 2.2% better than the previous best method.",
        title="SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
        claims=[
            C("ADE20K", 50.3, "50.3%", metric="mIoU", model="SegFormer-B4", params=0.064),
            C("ADE20K", 2.2, "2.2%", kind="delta", model="SegFormer-B4", params=0.064),
        ],
        mentions=[M("64M", "model size"), M("5x", "efficiency")],
        source="arXiv:2105.15203 (dev h)",
    ),
    Case(
        "We demonstrate that on the widely used LibriSpeech benchmark, ContextNet achieves a word error rate (WER) of 2.1%/4.6% without external language model (LM), 1.9%/4.1% with LM and 2.9%/7.0% with only 10M parameters on the clean/noisy LibriSpeech test sets.",
        title="ContextNet: Improving Convolutional Neural Networks for Automatic Speech Recognition with Global Context",
        claims=[
            C("LibriSpeech", 2.1, "2.1%", metric="WER", model="ContextNet", params=None),
            C("LibriSpeech", 4.6, "4.6%", metric="WER", model="ContextNet", params=None),
            C("LibriSpeech", 1.9, "1.9%", metric="WER", model="ContextNet", params=None),
            C("LibriSpeech", 4.1, "4.1%", metric="WER", model="ContextNet", params=None),
            C("LibriSpeech", 2.9, "2.9%", metric="WER", model="ContextNet", params=0.01),
            C("LibriSpeech", 7.0, "7.0%", metric="WER", model="ContextNet", params=0.01),
        ],
        mentions=[M("10M", "model size")],
        source="arXiv:2005.03191 (dev h)",
    ),
    # the size the abstract states for its own system ("Our primary submission is a 243M parameters ... model")
    Case(
        "In the IN22-Gen benchmark, we achieved an average chrF++ score of 46.80 and 18.19 BLEU score for the En-Indic direction.",
        context="This paper describes NLIP Lab’s multilingual machine translation system for the WAT24 shared task on multilingual Indic MT task for 22 scheduled languages belonging to 4 language families. Our primary submission is a 243M parameters multilingual translation model covering 22 Indic languages.",
        title="NLIP_Lab-IITH Multilingual MT System for WAT24 MT Shared Task",
        claims=[C("IN22", 46.80, "46.80", aliases=("IN22-Gen",), metric="chrF++", params=0.243),
                C("IN22", 18.19, "18.19", aliases=("IN22-Gen",), metric="BLEU", params=0.243)],
        source="holdout f (WAT24)",
    ),
    Case("On VBench, MoGAN boosts motion score by +7.3% over the 50-step teacher and +13.3% over the 3-step DMD model.",
         title="MoGAN: Improving Motion Quality in Video Diffusion via Few-Step Motion Adversarial Post-Training",
         context="Video diffusion models achieve strong frame-level fidelity but still struggle with motion coherence, dynamics and realism, often producing jitter, ghosting, or implausible dynamics. A key limitation is that the standard denoising MSE objective provides no direct supervision on temporal consistency, allowing models to achieve low loss while still generating poor motion. We propose MoGAN, a motion-centric post-training framework that improves motion realism without reward models or human preference data. Built atop a 3-step distilled video diffusion model, we train a DiT-based optical-flow discriminator to differentiate real from generated motion, combined with a distribution-matching regularizer to preserve visual fidelity. With experiments on Wan2.1-T2V-1.3B, MoGAN substantially improves motion quality across benchmarks.",
         claims=[C("VBench", 7.3, "+7.3%", kind="delta", model="MoGAN", params=1.3), C("VBench", 13.3, "+13.3%", kind="delta", model="MoGAN", params=1.3)],
         source="daily arXiv listing set AQ: 'With experiments on Wan2.1-T2V-1.3B, MoGAN ...': the one sized model named is the system's base"),
]
