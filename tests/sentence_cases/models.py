"""MODELS: who the number belongs to — versioned and sized names (LLaMA2-7B, Qwen2-72B,
Qwen/Qwen2-7B-Instruct, GPT-4V, DeepSeek-R1, o1-mini, phi-3-mini, MetaMath-70B), "human"
performance, the object of a comparison (never the subject), and "our model / our method"
resolved to the system the abstract introduces (passed as context)."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

MODELS = [
    # --- a coordinated subject and a value list of as many values, in order
    Case('While humans get 95.70% accuracy on average, Blink is surprisingly challenging for existing multimodal LLMs: even the best-performing GPT-4V and Gemini achieve accuracies of 51.26% and 45.72%, only 13.17% and 7.63% higher than random guessing, indicating that such perception abilities have not "emerged" yet in recent multimodal LLMs.',
         title="BLINK: Multimodal Large Language Models Can See but Not Perceive",
         context="We introduce Blink, a new benchmark for multimodal language models (LLMs) that focuses on core visual perception abilities not found in other evaluations.",
         claims=[C("Blink", 95.70, "95.70%", model="human"), C("Blink", 51.26, "51.26%", model="GPT-4V"), C("Blink", 45.72, "45.72%", model="Gemini"),
                 C("Blink", 13.17, "13.17%", kind="delta", model="GPT-4V"), C("Blink", 7.63, "7.63%", kind="delta", model="Gemini")],
         source="arXiv:2404.12390 (holdout f)"),
    # --- the system named in apposition: "named X", "a new model, X,"
    Case("With plain ViT backbones pre-trained as Masked Autoencoders (MAE), our detector, named ViTDet, can compete with the previous leading methods that were all based on hierarchical backbones, reaching up to 61.3 AP_box on the COCO dataset using only ImageNet-1K pre-training.",
         title="Exploring Plain Vision Transformer Backbones for Object Detection",
         claims=[C("COCO", 61.3, "61.3", model="ViTDet", unit=None, qual="up to")], source="arXiv:2203.16527 (holdout e)"),
    Case("By balancing data distribution across tasks, we train a new model, HTML-T5++, that surpasses human-level performance (95.2%) on MiniWoB, and achieves the best zero-shot performance on CompWoB (61.5%).",
         title="Exposing Limitations of Language Model Agents in Sequential-Task Compositions on the Web",
         context="In this work, we introduce a new benchmark, called CompWoB – 50 new compositional web automation tasks reflecting more realistic assumptions.",
         claims=[C("MiniWoB++", 95.2, "95.2%", aliases=("MiniWoB",), model=("HTML-T5++", "human")), C("CompWoB", 61.5, "61.5%", model="HTML-T5++")],
         source="arXiv:2311.18751 (holdout c)"),
    # --- subject and object of a comparison (holdout sets: sentences from real abstracts)
    Case("Our experiments with Square-10M led to three key findings: 1) Our model, TextSquare, considerably surpasses open-source previous state-of-the-art Text-centric MLLMs and sets a new standard on OCRBench (62.2%).",
         title="TextSquare: Scaling up Text-Centric Visual Instruction Tuning",
         claims=[C("OCRBench", 62.2, "62.2%", model="TextSquare")], source="arXiv:2404.12803 (holdout d)"),
    Case("Self-consistency over 64 samples from DeepSeekMath 7B achieves 60.9% on MATH.",
         title="DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models",
         claims=[C("MATH", 60.9, "60.9%", model="DeepSeekMath 7B", params=7)], source="arXiv:2402.03300 (holdout f)"),
    Case("This simple yet effective approach shows substantial gains over prompting-based agents on existing benchmarks -- ScribeAgent achieves state-of-the-art direct generation performance on Mind2Web and improves the task success rate by 7.3% over the previous best text-only web agents on WebArena.",
         title="ScribeAgent: Towards Specialized Web Agents Using Production-Scale Workflow Data",
         claims=[C("WebArena", 7.3, "7.3%", kind="delta", model="ScribeAgent")], source="arXiv:2411.15004 (holdout e)"),
    Case("Notably, GPT-4 outperforms the fully fine-tuned monoT5-3B on MS MARCO by an average of 2.7 nDCG on TREC datasets, an average of 2.3 nDCG on eight BEIR datasets, and an average of 2.7 nDCG on ten low-resource languages Mr.TyDi.",
         title="Is ChatGPT Good at Search? Investigating Large Language Models as Re-Ranking Agents",
         claims=[C("TREC", 2.7, "2.7", kind="delta", model="GPT-4", unit=None), C("BEIR", 2.3, "2.3", kind="delta", model="GPT-4", unit=None),
                 C("Mr. TyDi", 2.7, "2.7", kind="delta", model="GPT-4", unit=None)], source="arXiv:2304.09542 (dev i)"),
    Case(
        "CoEs obtained using open weight LLMs Qwen/Qwen2-7B-Instruct, google/gemma-2-9b-it, google/gemma-2-27b-it, meta-llama/Llama-3.1-70B-Instruct and Qwen/Qwen2-72B-Instruct achieve a score of 59.4 with merely 31 billion average active parameters on Arena-Hard and a score of 9.06 with 54 billion average active parameters on MT-Bench.",
        xfail="model: the subject 'CoEs' (the paper's system) loses to a fragment 'Qwen' of the example list",
        title="Composition of Experts: A Modular Compound AI System Leveraging Large Language Models",
        claims=[
            C("Arena-Hard", 59.4, "59.4", metric="score", unit=None, model="CoE"),
            C("MT-Bench", 9.06, "9.06", metric="score", unit=None, model="CoE"),
        ],
        mentions=[M("31 billion", "model size"), M("54 billion", "model size")],
        source=SEED, seed=True,
    ),
    Case(
        "The flagship model, Qwen2-72B, showcases remarkable performance: 84.2 on MMLU, 37.9 on GPQA, 64.6 on HumanEval, 89.5 on GSM8K, and 82.4 on BBH as a base language model.",
        title="Qwen2 Technical Report",
        claims=[
            C("MMLU", 84.2, "84.2", unit=None, model="Qwen2-72B", params=72),
            C("GPQA", 37.9, "37.9", unit=None, model="Qwen2-72B", params=72),
            C("HumanEval", 64.6, "64.6", unit=None, model="Qwen2-72B", params=72),
            C("GSM8K", 89.5, "89.5", unit=None, model="Qwen2-72B", params=72),
            C("BBH", 82.4, "82.4", unit=None, aliases=("BIG-Bench Hard",), model="Qwen2-72B", params=72),
        ],
        source="arXiv:2407.10671 (dev b)",
    ),
    Case(
        "Our top-performing model, built on Gemma-2-9B-it, achieves a 72.4% length-controlled win rate on AlpacaEval 2, a 59.1% win rate on Arena-Hard, and ranks 1st on Chatbot Arena among <10B models with real user votes.",
        title="SimPO: Simple Preference Optimization with a Reference-Free Reward",
        claims=[
            C("AlpacaEval 2.0", 72.4, "72.4%", aliases=("AlpacaEval 2",), metric="LC win rate", unit="%", params=9),
            C("Arena-Hard", 59.1, "59.1%", metric="win rate", unit="%", params=9),
        ],
        mentions=[M("10B", "model size")],
        source="arXiv:2405.14734 (dev b)",
    ),
    Case(
        "Using MM-Vet v2 to benchmark large multimodal models, we found that Claude 3.5 Sonnet is the best model with a score of 71.8, slightly outperforming GPT-4o which scored 71.0.",
        title="MM-Vet v2: A Challenging Benchmark to Evaluate Large Multimodal Models for Integrated Capabilities",
        claims=[
            C("MM-Vet v2", 71.8, "71.8", metric="score", model="Claude 3.5 Sonnet", params=None),
            C("MM-Vet v2", 71.0, "71.0", model="GPT-4o", params=None),
        ],
        source="arXiv:2408.00765 (dev b)",
    ),
    Case(
        "For example, Reflexion achieves a 91% pass@1 accuracy on the HumanEval coding benchmark, surpassing the previous state-of-the-art GPT-4 that achieves 80%.",
        title="Reflexion: Language Agents with Verbal Reinforcement Learning",
        claims=[
            C("HumanEval", 91, "91%", metric="pass@1", unit="%", model="Reflexion"),
            C("HumanEval", 80, "80%", unit="%", model="GPT-4", params=None),
        ],
        source="arXiv:2303.11366 (dev a)",
    ),
    Case(
        "Flan-PaLM 540B achieves state-of-the-art performance on several benchmarks, such as 75.2% on five-shot MMLU.",
        title="Scaling Instruction-Finetuned Language Models",
        claims=[C("MMLU", 75.2, "75.2%", unit="%", model="Flan-PaLM 540B", params=540)],
        source="arXiv:2210.11416 (dev a)",
    ),
    Case(
        "When fine-tuned on Science QA, the synergy of LLaVA and GPT-4 achieves a new state-of-the-art accuracy of 92.53%.",
        xfail="model: 'the synergy of LLaVA and GPT-4' is not attributed (model None)",
        title="Visual Instruction Tuning",
        claims=[C("ScienceQA", 92.53, "92.53%", aliases=("Science QA",), metric="accuracy", unit="%", model="LLaVA")],
        source="arXiv:2304.08485 (dev b)",
    ),
    Case(
        "Our models also lead to state-of-the-art performance when finetuned on individual downstream tasks (e.g., 90.7% accuracy on ScienceQA questions with image contexts).",
        title="InstructBLIP: Towards General-purpose Vision-Language Models with Instruction Tuning",
        context="Trained on 13 held-in datasets, InstructBLIP attains state-of-the-art zero-shot performance across all 13 held-out datasets, substantially outperforming BLIP-2 and larger Flamingo models.",
        claims=[C("ScienceQA", 90.7, "90.7%", metric="accuracy", unit="%", model="InstructBLIP")],
        source="arXiv:2305.06500 (dev a)",
    ),
    Case(
        "For example, our model outperforms Flamingo80B by 8.7% on zero-shot VQAv2 with 54x fewer trainable parameters.",
        title="BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models",
        context="This paper proposes BLIP-2, a generic and efficient pre-training strategy that bootstraps vision-language pre-training from off-the-shelf frozen pre-trained image encoders and frozen large language models.",
        claims=[C("VQAv2", 8.7, "8.7%", kind="delta", unit="%", model="BLIP-2")],
        mentions=[M("54x", "efficiency")],
        source="arXiv:2301.12597 (dev a)",
    ),
    Case(
        "In particular, our EfficientNet-B7 achieves state-of-the-art 84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best existing ConvNet.",
        title="EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        claims=[C("ImageNet", 84.3, "84.3%", metric="top-1 accuracy", unit="%", model="EfficientNet-B7")],
        mentions=[M("8.4x", "efficiency"), M("6.1x", "efficiency")],
        source="arXiv:1905.11946 (dev b)",
    ),
    Case(
        "Our EfficientNets also transfer well and achieve state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%), and 3 other transfer learning datasets, with an order of magnitude fewer parameters.",
        title="EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        claims=[
            C("CIFAR-100", 91.7, "91.7%", metric="accuracy", unit="%", model="EfficientNet"),
            C("Oxford Flowers-102", 98.8, "98.8%", aliases=("Flowers",), unit="%", model="EfficientNet"),
        ],
        mentions=[M("3", "other")],
        source="arXiv:1905.11946 (dev b)",
    ),
    Case(
        "For example, ResNeSt-50 achieves 81.13% top-1 accuracy on ImageNet using a single crop-size of 224 × 224, outperforming previous best ResNet variant by more than 1% accuracy.",
        title="ResNeSt: Split-Attention Networks",
        claims=[
            C("ImageNet", 81.13, "81.13%", metric="top-1 accuracy", unit="%", model="ResNeSt-50"),
            C("ImageNet", 1, "1%", kind="delta", qual="at least", unit="%", model="ResNeSt-50"),
        ],
        mentions=[M("224", "other"), M("224", "other")],
        source="arXiv:2004.08955 (dev b)",
    ),
    Case(
        "Our model achieves 28.4 BLEU on the WMT 2014 English-to-German translation task, improving over the existing best results, including ensembles by over 2 BLEU.",
        title="Attention Is All You Need",
        context="We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.",
        claims=[
            C("WMT14", 28.4, "28.4", aliases=("WMT 2014",), metric="BLEU", unit=None, model="Transformer"),
            C("WMT14", 2, "2", kind="delta", aliases=("WMT 2014",), metric="BLEU", qual="at least", model="Transformer"),
        ],
        source="arXiv:1706.03762 (dev b)",
    ),
    Case(
        "On the WMT 2014 English-to-French translation task, our model establishes a new single-model state-of-the-art BLEU score of 41.8 after training for 3.5 days on eight GPUs, a small fraction of the training costs of the best models from the literature.",
        title="Attention Is All You Need",
        context="We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.",
        claims=[C("WMT14", 41.8, "41.8", aliases=("WMT 2014",), metric="BLEU", model="Transformer")],
        mentions=[M("3.5", ("compute", "other"))],
        source="arXiv:1706.03762 (dev b)",
    ),
    Case(
        "However, on SimpleBench, a non-specialized human baseline is 83.7%, based on our small sample of nine participants, outperforming all 13 tested LLMs, including o1-preview, which scored 41.7%.",
        title="SimpleBench",
        claims=[
            C("SimpleBench", 83.7, "83.7%", unit="%", model="human"),
            C("SimpleBench", 41.7, "41.7%", unit="%", model="o1-preview", params=None),
        ],
        mentions=[M("13", "other")],
        source="SimpleBench report (introduction)",
    ),
    Case(
        "For instance, GPT-4o has achieved a 91.0% pass rate on HumanEval.",
        title="MHPP: Exploring Capabilities and Limitations of Language Models Beyond Basic Code Generation",
        claims=[C("HumanEval", 91.0, "91.0%", unit="%", model="GPT-4o", params=None)],
        source="MHPP abstract (copy on sandbox.awsmpapers.org)",
    ),
    Case(
        "Our MetaMath-7B model achieves 66.4% on GSM8K and 19.4% on MATH, exceeding the state-of-the-art models of the same size by 11.5% and 8.7%.",
        title="MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models",
        claims=[
            C("GSM8K", 66.4, "66.4%", unit="%", model="MetaMath-7B", params=7, metric="accuracy"),
            C("MATH", 19.4, "19.4%", unit="%", model="MetaMath-7B", params=7, metric="accuracy"),
            C("GSM8K", 11.5, "11.5%", kind="delta", unit="%", model="MetaMath-7B"),
            C("MATH", 8.7, "8.7%", kind="delta", unit="%", model="MetaMath-7B"),
        ],
        source="arXiv:2309.12284",
    ),
    Case(
        "For instance, in Game of 24, while GPT-4 with chain-of-thought prompting only solved 4% of tasks, our method achieved a success rate of 74%.",
        xfail="benchmark outside the vocabulary (Game of 24) is not recognised",
        title="Tree of Thoughts: Deliberate Problem Solving with Large Language Models",
        context="To surmount these challenges, we introduce a new framework for language model inference, Tree of Thoughts (ToT), which generalizes over the popular Chain of Thought approach to prompting language models, and enables exploration over coherent units of text (thoughts) that serve as intermediate steps toward problem solving.",
        claims=[
            C("Game of 24", 4, "4%", unit="%", model="GPT-4", params=None),
            C("Game of 24", 74, "74%", metric="success rate", unit="%", model="Tree of Thoughts"),
        ],
        source="arXiv:2305.10601",
    ),
    Case(
        "In the MetaICL in-context learning evaluation, our method achieves an average accuracy of 44.9 across 26 tasks, outperforming the base model.",
        title="Generative Adapter: Contextualizing Language Models in Parameters with A Single Forward Pass",
        context="We introduce GenerativeAdapter, an effective and efficient adaptation method that directly maps new contexts to low-rank LM adapters, thereby significantly reducing inference overhead with no need for finetuning. The adapter generator is trained via self-supervised learning, and can be used to adapt a single frozen LM for any new task simply by mapping the associated task or domain context to a new adapter. We apply GenerativeAdapter to two pretrained LMs (Mistral-7B-Instruct and Llama2-7B-Chat) and evaluate the adapted models in three adaption scenarios: knowledge acquisition from documents, learning from demonstrations, and personalization for users.",
        claims=[C("MetaICL", 44.9, "44.9", metric="accuracy", qual="average", unit=None, model="GenerativeAdapter", params=7)],
        mentions=[M("26", "other")],
        source=SEED, seed=True,
    ),
    Case(
        "Combining these techniques, our NV-Embed model, using only publicly available data, has achieved a record-high score of 69.32, ranking No. 1 on the Massive Text Embedding Benchmark (MTEB) (as of May 24, 2024), with 56 tasks, encompassing retrieval, reranking, classification, clustering, and semantic textual similarity tasks.",
        title="NV-Embed: Improved Techniques for Training LLMs as Generalist Embedding Models",
        claims=[C("MTEB", 69.32, "69.32", aliases=("Massive Text Embedding Benchmark",), metric="score", unit=None, model="NV-Embed")],
        mentions=[M("1", "other"), M("24", "other"), M("2024", "other"), M("56", "other")],
        source="arXiv:2405.17428 (dev b)",
    ),
    Case(
        "Notably, our model also attains the highest score of 59.36 on 15 retrieval tasks in the MTEB benchmark (also known as BEIR).",
        title="NV-Embed: Improved Techniques for Training LLMs as Generalist Embedding Models",
        context="Combining these techniques, our NV-Embed model, using only publicly available data, has achieved a record-high score of 69.32, ranking No. 1 on the Massive Text Embedding Benchmark (MTEB) (as of May 24, 2024), with 56 tasks, encompassing retrieval, reranking, classification, clustering, and semantic textual similarity tasks.",
        claims=[C("BEIR", 59.36, "59.36", aliases=("MTEB", "MTEB retrieval", "Massive Text Embedding Benchmark"), metric="score", model="NV-Embed")],
        mentions=[M("15", "other")],
        source="arXiv:2405.17428 (dev b)",
    ),
    # an abstract about one model: a later result that names no one else is that model's
    Case(
        "Notably, the accuracy for the first answer drops to 49.5% and 7.9% on the GSM8K and MATH benchmarks, respectively.",
        context="This paper shows that the LLaMA-2 7B model with common pre-training already exhibits strong mathematical abilities, as evidenced by its impressive accuracy of 97.7% and 72.0% on the GSM8K and MATH benchmarks, respectively, when selecting the best response from 256 random generations.",
        title="Common 7B Language Models Already Possess Strong Math Capabilities",
        claims=[
            C("GSM8K", 49.5, "49.5%", metric="accuracy", model="LLaMA-2 7B", params=7),
            C("MATH", 7.9, "7.9%", metric="accuracy", model="LLaMA-2 7B", params=7),
        ],
        source="arXiv:2403.04706 (dev a)",
    ),
    # the system named in the title with its version ("wav2vec 2.0: A Framework ...")
    Case(
        "Experiments using all labeled data of Librispeech achieve 1.8/3.3 WER on the clean/other test sets.",
        title="wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
        claims=[
            C("LibriSpeech", 1.8, "1.8", metric="WER", model="wav2vec 2.0"),
            C("LibriSpeech", 3.3, "3.3", metric="WER", model="wav2vec 2.0"),
        ],
        source="arXiv:2006.11477 (dev i)",
    ),
    # examples in brackets after "outperforms" are the objects; "the developed model" is the system
    Case(
        "The developed model outperforms the existing deep learning-based algorithms (e.g., AlexNet, VGG-19, ResNet101, and EfficientNet) and achieves an overall accuracy of 97.25%.",
        context="This research offers a unique snapshot-based residual network (SnapResNet). The proposed SnapResNet152 model employs the most challenging Large-Scale Cloud Images Dataset for Meteorology Research (LSCIDMR), having 10 classes with thousands of high-resolution images and classifying them into respective classes.",
        title="Satellite Imagery-Based Cloud Classification Using Deep Learning",
        claims=[C("LSCIDMR", 97.25, "97.25%", model="SnapResNet152")],
        source="random set X (remote sensing, 2023)",
    ),
    # values in brackets after a coordinated pair of models and their benchmark: one value each
    Case(
        "Our baseline model is also comparable to Mistral-7B-v0.3 and Llama 3 8B on MMLU (63% & 66%), and performs similarly on an average of 53 natural language understanding tasks while being trained with 6.6x less compute than Llama 3 8B.",
        title="DataComp-LM: In search of the next generation of training sets for language models",
        claims=[C("MMLU", 63, "63%", model="Mistral-7B-v0.3", params=7), C("MMLU", 66, "66%", model="Llama 3 8B", params=8)],
        source="arXiv:2406.11794 (holdout e)",
    ),
    # the system named with its acronym in apposition: "The proposed method, Efficient RAFT (Ef-RAFT),"
    Case(
        "The proposed method, Efficient RAFT (Ef-RAFT), achieves significant improvements of 10% on the Sintel dataset and 5% on the KITTI dataset over RAFT.",
        title="Rethinking RAFT for Efficient Optical Flow",
        claims=[C("Sintel", 10, "10%", kind="delta", model="Ef-RAFT"), C("KITTI", 5, "5%", kind="delta", model="Ef-RAFT")],
        source="random set N (optical flow)",
    ),
    # "a framework called RUI": the coined name is the system "our solution" refers to
    Case(
        "Experimental results on DNS-Challenge dataset show that our solution consistently improves 0.3+ PESQ score over baselines, with only additional 1.18 M parameters.",
        context="Inspired by the Information Bottleneck principle in this letter, we rethink a universal plug-and-play strategy and propose a Refining Underlying Information framework called RUI to rise to the challenges both in theory and practice.",
        title="A Refining Underlying Information Framework for Monaural Speech Enhancement",
        claims=[C("DNS Challenge", 0.3, "0.3+", kind="delta", model="RUI", metric="PESQ", aliases=("DNS-Challenge",))],
        source="random set J (speech enhancement)",
    ),
    # "namely, the 'IncepRes', is proposed": the quoted name is the system "our proposed model" refers to
    Case(
        "The results indicate that our proposed model achieved a standard accuracy of 96.96%, 98.35% and 97.13% for ADNI, OASIS, and Merged datasets, respectively, outperforming competing models.",
        context="Next, by utilizing the modified ResNet152V2 as a feature extractor, a Convolutional Neural Network based model, namely, the 'IncepRes', is proposed by fusing the Inception and ResNet architectures for multiclass classification of AD stages.",
        title="Novel deep learning for multi-class classification of Alzheimer's in disability using MRI datasets",
        claims=[C("ADNI", 96.96, "96.96%", model="IncepRes"), C("OASIS", 98.35, "98.35%", model="IncepRes"),
                C("Merged", 97.13, "97.13%", model="IncepRes")],
        source="random set K (medical imaging)",
    ),
    # a coined name not in the registry, as the subject of a result verb
    Case(
        "Wave-U-Net balances these attributes with improvements in speaker-specific feature retention, evidenced by VeriSpeak score gains of +10.84% on SpEAR and +27.38% on VPQAD.",
        title="A Comparative Evaluation of Deep Learning Models for Speech Enhancement in Real-World Noisy Environments",
        claims=[C("SpEAR", 10.84, "+10.84%", kind="delta", model="Wave-U-Net"), C("VPQAD", 27.38, "+27.38%", kind="delta", model="Wave-U-Net")],
        source="random set Q (speech enhancement)",
    ),
    # "with fine-tuned ELECTRA achieving": the verb's subject, not an object of "with"
    Case(
        "We evaluate multiple state-of-the-art transformer models, including BERT, RoBERTa, GPT-2, and ELECTRA, with fine-tuned ELECTRA achieving the highest performance (F1 score: 0.8980).",
        context="This study represents the comprehensive exploration of transformer-based models for hate speech detection using the MetaHate dataset--a meta-collection of 36 datasets with 1.2 million social media samples.",
        title="Advancing Hate Speech Detection with Transformers: Insights from the MetaHate",
        claims=[C("MetaHate", 0.898, "0.8980", model="ELECTRA", metric="F1")],
        source="random set Q (hate speech detection)",
    ),
    # a value with its benchmark in brackets, the benchmark unknown to the vocabulary
    Case(
        "Experiments show GLD-Road outperforms state-of-the-art methods, improving APLS by 1.9% (City-Scale) and 0.67% (SpaceNet3).",
        context="While manual annotation is costly, deep learning offers efficient extraction. We propose GLD-Road, a two-stage model combining global efficiency and local precision.",
        title="GLD-Road:A global-local decoding road network extraction model for remote sensing images",
        claims=[C("City-Scale", 1.9, "1.9%", kind="delta", model="GLD-Road"), C("SpaceNet3", 0.67, "0.67%", kind="delta", model="GLD-Road")],
        source="random set J (remote sensing)",
    ),
    # "... (0.843 vs. 0.807 for MIL)": the model after "vs." is the second side's only
    Case(
        "On external TCGA data, the thumbnail model generalized best (weighted F1: 0.843 vs. 0.807 for MIL).",
        context="We evaluate a Multi-Instance Learning (MIL) pipeline and a proposed lightweight thumbnail-based approach.",
        title="Efficient Special Stain Classification",
        claims=[C("TCGA", 0.843, "0.843", model=None), C("TCGA", 0.807, "0.807")],
        source="random set P (pathology)",
    ),
    # a vocabulary benchmark's name (DART) introduced as the paper's system and never evaluated on
    Case(
        "On six BEIR benchmarks, DART achieves a mean per-dataset relative NDCG@10 gain of +2.1% over the dense retrieval baseline with under 10ms additional latency per query, demonstrating a powerful capability for zero-shot performance enhancement and cross-domain generalization.",
        context="Dense retrievers excel at first-stage candidate generation but lack effective reranking in zero-resource settings. We propose DART (Dense Adaptive Reranking at Test-time), which resolves this dilemma by adapting the scoring function at inference time.",
        title="Test-Time Training for Zero-Resource Dense Retrieval Reranking",
        claims=[C("BEIR", 2.1, "+2.1%", kind="delta", model="DART", metric="nDCG@10")],
        source="random set O (information retrieval)",
    ),
    # "lags human performance by 6.7%": human is the reference, the model is the subject
    Case(
        "The best performing model, GPT-4o, achieves an overall accuracy of 90.8% and lags human performance by 6.7%, though the gap is larger for open-source models.",
        context="To evaluate VLM fine-grained abilities, in four languages under long-text settings, we introduce a novel multilingual benchmark VLURes featuring eight vision-and-language tasks. We conducted evaluations of ten VLMs with VLURes.",
        title="VLURes: Benchmarking VLM Visual and Linguistic Understanding in Low-Resource Languages",
        claims=[C("VLURes", 90.8, "90.8%", model="GPT-4o"), C("VLURes", -6.7, "6.7%", kind="delta", model="GPT-4o")],
        source="random set O (vision-language models)",
    ),
    # coordinated coined names before a result verb; an acronym in brackets before the verb;
    # "It" opening the next sentence refers to the model the sentence before opens with
    Case(
        "Inception-UNet and Xception-UNet achieved mean Dice scores of 90.88 and 93.24, respectively. Attention ResUNet (AResUNet) attained a mean Dice score of 92.80. Attention Gate UNet (AGUNet) yielded a mean Dice score of 90.38. AXUNet outperformed all models with a mean Dice score of 93.73. It demonstrated superior Dice scores across whole tumor (WT) and tumor core (TC) regions, achieving 92.59 for WT.",
        context="We used the BraTS 2021 dataset, selecting T1 with contrast enhancement (T1CE), T2, and Fluid-Attenuated Inversion Recovery (FLAIR) sequences for model development.",
        title="Attention Xception UNet (AXUNet): A Novel Combination of CNN and Self-Attention for Brain Tumor Segmentation",
        claims=[C("BraTS", 90.88, "90.88", model="Inception-UNet"), C("BraTS", 93.24, "93.24", model="Xception-UNet"),
                C("BraTS", 92.80, "92.80", model="AResUNet"), C("BraTS", 90.38, "90.38", model="AGUNet"),
                C("BraTS", 93.73, "93.73", model="AXUNet"), C("BraTS", 92.59, "92.59", model="AXUNet")],
        source="random listing set AE (medical image segmentation)",
    ),
    # values in brackets after the compared side belong to it, not to the sentence's subject
    Case(
        "Our open-source solution, X-Masters, sets a new state-of-the-art record on HLE with a score of 32.1%, surpassing OpenAI's and Google's Deep Research (26.6% and 26.9%) and becoming the first to exceed the 30% threshold.",
        context="We build a tool-augmented reasoning agent with large language models.",
        title="SciMaster: Towards General-Purpose Scientific AI Agents",
        claims=[C("HLE", 32.1, "32.1%", model="X-Masters"), C("HLE", 26.6, "26.6%", model=("OpenAI", "Deep Research")),
                C("HLE", 26.9, "26.9%", model=("Google", "Deep Research"))],
        mentions=[M("30%", "other")],
        source="daily arXiv listing review (agents): the compared side's values",
        xfail="the second bracketed value is given to the first name of the coordinated side (OpenAI)",
    ),
    Case(
        "On the MS COCO validation set, Region-CAM achieves 36.38%, a 16.23% improvement over the original CAM (20.15%).",
        context="We propose Region-CAM, a class activation map for weakly supervised semantic segmentation.",
        title="Region-CAM: Towards Accurate Object Regions in Class Activation Maps for Weakly Supervised Learning Tasks",
        claims=[C("COCO", 36.38, "36.38%", model="Region-CAM"), C("COCO", 16.23, "16.23%", kind="delta", model="Region-CAM"),
                C("COCO", 20.15, "20.15%", model="original CAM")],
        source="daily arXiv listing audit (segmentation): the baseline's value in brackets",
    ),
    Case(
        "Evaluated on 468 subjects (BraTS pathological cases plus healthy controls), our model achieves a Clinical Pathology F1 of 0.951 versus 0.413 for a strong 2D baseline while maintaining perfect specificity on healthy scans.",
        context="We present Brain3D, a 3D vision transformer that generates brain MRI reports.",
        title="Brain3D: Brain Report Automation via Inflated Vision Transformers in 3D",
        claims=[C("BraTS", 0.951, "0.951", model="Brain3D"), C("BraTS", 0.413, "0.413", model=None)],
        mentions=[M("468", ("data size", "other"))],
        source="daily arXiv listing review (medical report generation): a value for an unnamed baseline",
    ),
    Case("On the public CCMT plant disease dataset, our STA-Net model (with 401K parameters and 51.1M FLOPs) reached 89.00% accuracy and an F1 score of 88.96%.",
         title="STA-Net: A Decoupled Shape and Texture Attention Network for Lightweight Plant Disease Classification",
         context="Responding to rising global food security needs, precision agriculture and deep learning-based plant disease diagnosis have become crucial. Yet, deploying high-precision models on edge devices is challenging. Most lightweight networks use attention mechanisms designed for generic object recognition, which poorly capture subtle pathological features like irregular lesion shapes and complex textures. To overcome this, we propose a twofold solution: first, using a training-free neural architecture search method (DeepMAD) to create an efficient network backbone for edge devices; second, introducing the Shape-Texture Attention Module (STAM). STAM splits attention into two branches -- one using deformable convolutions (DCNv4) for shape awareness and the other using a Gabor filter bank for texture awareness.",
         claims=[C("CCMT", 89.00, "89.00%", model="STA-Net"), C("CCMT", 88.96, "88.96%", model="STA-Net")],
         source="daily arXiv listing review pool 4 (sheets 7-8): a unit of compute in brackets is no model"),
]
