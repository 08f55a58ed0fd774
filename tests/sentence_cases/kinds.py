"""KINDS: score / delta / relative. "from X to Y" gives two scores, "X vs Y" two scores,
"by N points" a delta, "N% of M's performance" a relative; lags / trails / drops /
reductions are negative deltas (a lower-is-better metric that goes down, e.g. WER or
error, is a negative delta too, as in the hand gold)."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

KINDS = [
    Case(
        "By increasing the vocabulary size from the conventional 32K to 43K, we improve performance on ARC-Challenge from 29.1 to 32.0 with the same 2.3e21 FLOPs.",
        title="Scaling Laws with Vocabulary: Larger Models Deserve Larger Vocabularies",
        claims=[
            C("ARC-Challenge", 29.1, "29.1", aliases=("ARC-C", "ARC"), unit=None),
            C("ARC-Challenge", 32.0, "32.0", aliases=("ARC-C", "ARC"), unit=None),
        ],
        mentions=[M("32K", "data size"), M("43K", "data size"), M("2.3e21", "compute")],
        source=SEED, seed=True,
    ),
    Case(
        "In StreamingQA, our approach is effective in injecting knowledge into the LM's parameters, achieving a 63.5% improvement in F1 score over the model with supervised fine-tuning (from 19.5 to 31.5) for contexts as long as 32K tokens.",
        title="Generative Adapter: Contextualizing Language Models in Parameters with A Single Forward Pass",
        claims=[
            C("StreamingQA", 63.5, "63.5%", kind="delta", metric="F1", unit="%"),
            C("StreamingQA", 19.5, "19.5", metric="F1"),
            C("StreamingQA", 31.5, "31.5", metric="F1"),
        ],
        mentions=[M("32K", "data size")],
        source=SEED, seed=True,
    ),
    Case(
        "The best-performing model, Multimodal Bard, achieves only 58% of human performance (34.8% vs 60.3%), indicating ample room for further improvement.",
        title="MathVista: Evaluating Mathematical Reasoning of Foundation Models in Visual Contexts",
        context="To bridge this gap, we present MathVista, a benchmark designed to amalgamate challenges from diverse mathematical and visual tasks.",
        claims=[
            C("MathVista", 58, "58%", kind="relative", unit="%", model="Multimodal Bard"),
            C("MathVista", 34.8, "34.8%", unit="%", model="Multimodal Bard"),
            C("MathVista", 60.3, "60.3%", unit="%", model="human"),
        ],
        source=SEED, seed=True,
    ),
    Case(
        "Compared with the existing benchmarks, our experiments with the latest LLMs and LMMs demonstrate that MMEvalPro is more challenging (the best LMM lags behind human performance by 31.73%, compared to an average gap of 8.03% in previous benchmarks) and more trustworthy (the best LLM trails the best LMM by 23.09%, whereas the gap for previous benchmarks is just 14.64%).",
        title="MMEvalPro: Calibrating Multimodal Benchmarks Towards Trustworthy and Efficient Evaluation",
        claims=[
            C("MMEvalPro", -31.73, "31.73%", kind="delta", unit="%"),
            C("MMEvalPro", -23.09, "23.09%", kind="delta", unit="%"),
        ],
        mentions=[M("8.03%", "unnamed evaluation"), M("14.64%", "unnamed evaluation")],
        source=SEED, seed=True,
    ),
    Case(
        "For example, by simply replace the ResNet-50 backbone with ResNeSt-50, we improve the mAP of FasterRCNN on MS-COCO from 39.3% to 42.3% and the mIoU for DeeplabV3 on ADE20K from 42.1% to 45.1%.",
        title="ResNeSt: Split-Attention Networks",
        claims=[
            C("COCO", 39.3, "39.3%", aliases=("MS-COCO",), metric="mAP", unit="%"),
            C("COCO", 42.3, "42.3%", aliases=("MS-COCO",), metric="mAP", unit="%"),
            C("ADE20K", 42.1, "42.1%", metric="mIoU", unit="%"),
            C("ADE20K", 45.1, "45.1%", metric="mIoU", unit="%"),
        ],
        source="arXiv:2004.08955 (dev b)",
    ),
    Case(
        "Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data performs consistently better on a wide range of NLP tasks, achieving improvements on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and RACE by +3.6% (83.2% vs. 86.8%).",
        title="DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
        claims=[
            C("MNLI", 0.9, "+0.9%", kind="delta", aliases=("MultiNLI",), unit="%", model="DeBERTa"),
            C("MNLI", 90.2, "90.2%", aliases=("MultiNLI",), unit="%", model="RoBERTa-Large"),
            C("MNLI", 91.1, "91.1%", aliases=("MultiNLI",), unit="%", model="DeBERTa"),
            C("SQuAD 2.0", 2.3, "+2.3%", kind="delta", aliases=("SQuAD v2.0",), unit="%", model="DeBERTa"),
            C("SQuAD 2.0", 88.4, "88.4%", aliases=("SQuAD v2.0",), unit="%", model="RoBERTa-Large"),
            C("SQuAD 2.0", 90.7, "90.7%", aliases=("SQuAD v2.0",), unit="%", model="DeBERTa"),
            C("RACE", 3.6, "+3.6%", kind="delta", unit="%", model="DeBERTa"),
            C("RACE", 83.2, "83.2%", unit="%", model="RoBERTa-Large"),
            C("RACE", 86.8, "86.8%", unit="%", model="DeBERTa"),
        ],
        source="arXiv:2006.03654 (dev a)",
    ),
    Case(
        "The significant performance boost makes the single DeBERTa model surpass the human performance on the SuperGLUE benchmark (Wang et al., 2019a) for the first time in terms of macro-average score (89.9 versus 89.8), and the ensemble DeBERTa model sits atop the SuperGLUE leaderboard as of January 6, 2021, out performing the human baseline by a decent margin (90.3 versus 89.8).",
        title="DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
        claims=[
            C("SuperGLUE", 89.9, "89.9", unit=None, model="DeBERTa"),
            C("SuperGLUE", 89.8, "89.8", unit=None, model="human"),
            C("SuperGLUE", 90.3, "90.3", unit=None, model="DeBERTa"),
            C("SuperGLUE", 89.8, "89.8", unit=None, model="human"),
        ],
        mentions=[M("6", "other"), M("2021", "other")],
        source="arXiv:2006.03654 (dev a)",
    ),
    Case(
        "The results demonstrate that solving complex tasks is challenging: our best GPT-4-based agent only achieves an end-to-end task success rate of 14.41%, significantly lower than the human performance of 78.24%.",
        title="WebArena: A Realistic Web Environment for Building Autonomous Agents",
        claims=[
            C("WebArena", 14.41, "14.41%", metric="success rate", unit="%", model="GPT-4-based agent"),
            C("WebArena", 78.24, "78.24%", unit="%", model="human"),
        ],
        source="arXiv:2307.13854 (dev a)",
    ),
    Case(
        "Applying our method to the vanilla GPT3, we demonstrate a 33% absolute improvement over the original model on Super-NaturalInstructions, on par with the performance of InstructGPT-001, which was trained with private user data and human annotations.",
        title="Self-Instruct: Aligning Language Models with Self-Generated Instructions",
        claims=[C("Natural Instructions V2", 33, "33%", kind="delta", aliases=("Super-NaturalInstructions", "SuperNI"), unit="%", model=("GPT3", "Self-Instruct"))],
        source="arXiv:2212.10560 (dev b)",
    ),
    Case(
        "Trained with the SpecAugment data augmentation method, it achieves relative word error rate (WER) improvements of 4% on test-clean and 14% on test-other.",
        title="ASAPP-ASR: Multistream CNN and Self-Attentive SRU for SOTA Speech Recognition",
        context="In this paper we present state-of-the-art (SOTA) performance on the LibriSpeech corpus with two novel neural network architectures, a multistream CNN for acoustic modeling and a self-attentive simple recurrent unit (SRU) for language modeling. In the hybrid ASR framework, the multistream CNN acoustic model processes an input of speech frames in multiple parallel pipelines where each stream has a unique dilation rate for diversity.",
        claims=[
            C("LibriSpeech", -4, "4%", kind="delta", aliases=("LibriSpeech test-clean",), metric="WER", unit="%"),
            C("LibriSpeech", -14, "14%", kind="delta", aliases=("LibriSpeech test-other",), metric="WER", unit="%"),
        ],
        source="arXiv:2005.10469 (dev a)",
    ),
    Case(
        "Solely due to our extremely deep representations, we obtain a 28% relative improvement on the COCO object detection dataset.",
        title="Deep Residual Learning for Image Recognition",
        claims=[C("COCO", 28, "28%", kind="delta", aliases=("MS COCO",), unit="%")],
        source="arXiv:1512.03385",
    ),
    Case(
        "We also demonstrate that our model outperforms very deep residual networks by 0.22% (top1 error) on the full ImageNet 2012 classification dataset.",
        title="MultiResidual Networks: Improving the Speed and Accuracy of Residual Networks",
        claims=[C("ImageNet", -0.22, "0.22%", kind="delta", aliases=("ImageNet 2012", "ILSVRC2012"), unit="%")],
        source="arXiv:1609.05672",
    ),
    Case(
        "Guided by these insights, we design a fine-tuning recipe that yields approximately 58.8% accuracy on the MATH dataset with fine-tuned PaLM 2-L models, an 11.2% accuracy improvement over the few-shot performance of pre-trained PaLM 2-L model with majority voting.",
        xfail="model: 'with fine-tuned PaLM 2-L models' after the values is not attributed (model None)",
        title="Improving Large Language Model Fine-tuning for Solving Math Problems",
        claims=[
            C("MATH", 58.8, "58.8%", metric="accuracy", qual="about", unit="%", model="PaLM 2-L"),
            C("MATH", 11.2, "11.2%", kind="delta", metric="accuracy", unit="%", model="PaLM 2-L"),
        ],
        source="Liu et al. 2023, Improving Large Language Model Fine-tuning for Solving Math Problems (abstract, aminer.cn)",
    ),
    Case(
        "Our best model family, which we name Guanaco, outperforms all previous openly released models on the Vicuna benchmark, reaching 99.3% of the performance level of ChatGPT while only requiring 24 hours of finetuning on a single GPU.",
        xfail="relative: 'reaching 99.3% of the performance level of ChatGPT' is not a claim (Vicuna benchmark not attached); '24 hours of finetuning' filed as data size",
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        claims=[C("Vicuna bench", 99.3, "99.3%", kind="relative", aliases=("Vicuna benchmark", "Vicuna"), unit="%", model="Guanaco")],
        mentions=[M("24", ("compute", "efficiency"))],
        source="arXiv:2305.14314",
    ),
    Case(
        "In zero-shot CoT settings on GSM8K, base models consistently outperform instruction-tuned variants, with drops as high as 32.67% (Llama3-70B).",
        title="Do Instruction-Tuned Models Always Perform Better Than Base Models? Evidence from Math and Domain-Shifted Benchmarks",
        claims=[C("GSM8K", -32.67, "32.67%", kind="delta", qual="up to", unit="%", model="Llama3-70B", params=70)],
        source="arXiv:2601.13244",
    ),
    Case(
        "Evaluating 14 SOTA LLMs, we observe consistent performance drops with larger decline when semantic perturbations are coupled with symbolic/plus variations (average drop rate ~28% in maximum strictness configuration of GSM-SEM).",
        title="GSM-SEM: Benchmark and Framework for Generating Semantically Variant Augmentations",
        claims=[C("GSM-SEM", -28, "28%", kind="delta", unit="%")],
        mentions=[M("14", "other")],
        source="arXiv:2605.07053",
    ),
    Case(
        "GAIA questions are conceptually simple for humans yet challenging for most advanced AIs: we show that human respondents obtain 92\\% vs. 15\\% for GPT-4 equipped with plugins.",
        title="GAIA: a benchmark for General AI Assistants",
        claims=[
            C("GAIA", 92, "92\\%", unit="%", model="human"),
            C("GAIA", 15, "15\\%", unit="%", model="GPT-4", params=None),
        ],
        source="arXiv:2311.12983 (LaTeX abstract)",
    ),
    Case(
        "For example, o1-mini achieves 96.2% pass@1 on HumanEval but only 76.2% on HumanEval Pro.",
        title="HumanEval Pro and MBPP Pro: Evaluating Large Language Models on Self-invoking Code Generation",
        claims=[
            C("HumanEval", 96.2, "96.2%", metric="pass@1", unit="%", model="o1-mini", params=None),
            C("HumanEval Pro", 76.2, "76.2%", aliases=("HumanEval-Pro",), unit="%", model="o1-mini"),
        ],
        source="arXiv:2412.21199 (dev a)",
    ),
    # "more accurate", "mIoU better than": differences written after the value
    Case(
        "Specifically, it achieves 43.6% mIoU on ADE20K with only 4.0 GFLOPs, which is 0.9% and 2.5% mIoU better than SeaFormer and SegNeXt but with about 38.0% fewer GFLOPs.",
        title="Context-Guided Spatial Feature Reconstruction for Efficient Semantic Segmentation",
        claims=[
            C("ADE20K", 43.6, "43.6%", metric="mIoU"),
            C("ADE20K", 0.9, "0.9%", kind="delta", metric="mIoU"),
            C("ADE20K", 2.5, "2.5%", kind="delta", metric="mIoU"),
        ],
        mentions=[M("4.0", "efficiency"), M("38.0%", "efficiency")],
        source="arXiv:2405.06228 (dev i)",
    ),
    Case(
        "Notably, Atlas reaches over 42% accuracy on Natural Questions using only 64 examples, outperforming a 540B parameters model by 3% despite having 50x fewer parameters.",
        title="Atlas: Few-shot Learning with Retrieval Augmented Language Models",
        claims=[
            C("Natural Questions", 42, "42%", metric="accuracy", qual="at least", model="Atlas"),
            C("Natural Questions", 3, "3%", kind="delta", model="Atlas"),
        ],
        mentions=[M("540B", "model size"), M("50x", "efficiency")],
        source="arXiv:2208.03299 (dev i)",
    ),
    # the metric of the sentence before, on its benchmark
    Case(
        "This compares to the previous state-of-the-art hybrid system of 7.5% WER.",
        context="On LibriSpeech, we achieve 6.8% WER on test-other without the use of a language model, and 5.8% WER with shallow fusion with a language model.",
        title="SpecAugment: A Simple Data Augmentation Method for Automatic Speech Recognition",
        claims=[C("LibriSpeech", 7.5, "7.5%", metric="WER")],
        source="arXiv:1904.08779 (dev i)",
    ),
    # "The improvement reaches a maximum of 160%": a difference, qualified "up to"
    Case(
        "The improvement reaches a maximum of 160% compared to the preliminary method.",
        context="We introduce RepoBugs, a new benchmark comprising 124 typical repository-level bugs from open-source repositories. Preliminary experiments using GPT3.5 based on the function where the error is located, reveal that the repair rate on RepoBugs is only 22.58%.",
        title="When Large Language Models Confront Repository-Level Automatic Program Repair: How Well They Done?",
        claims=[C("RepoBugs", 160, "160%", kind="delta", qual="up to")],
        source="random set O (program repair)",
    ),
    # "improves the baseline with 5.8% in terms of AO": a difference
    Case(
        "Multiple benchmarks are used to test the proposed SiamLRD approach, and it is verified that the proposed approach improves the baseline with 5.8% in terms of AO and 9.7% in terms of SR0.75 on the GOT-10K dataset.",
        context="In this paper, we propose the Siamese learning regression distribution (SiamLRD) to address the local limitations of traditional cross-correlation operations on feature fusion.",
        title="Learning Regression Distribution: Information Diffusion from Template to Search for Visual Object Tracking",
        claims=[C("GOT-10k", 5.8, "5.8%", kind="delta", model="SiamLRD"), C("GOT-10k", 9.7, "9.7%", kind="delta", model="SiamLRD")],
        source="random set L (visual tracking)",
    ),
    # "outperforms ..., on average 9% with respect to f-measure": a difference
    Case(
        "We evaluate ConSPro on SemEval2016 and the empirical results indicate that ConSPro outperforms the non-contextual approaches methods, on average 9% with respect to f-measure.",
        context="In this paper, we propose a novel method called ConSPro, which uses decoder-only transformers to consider contextual input data in the process of stance detection.",
        title="ConSPro: Context-Aware Stance Detection Using Zero-Shot Prompting",
        claims=[C("SemEval2016", 9, "9%", kind="delta", model="ConSPro", aliases=("SemEval-2016",))],
        source="random set L (stance detection)",
    ),
    # "outperforms ... by achieving an F1-score of 89.9%": the score it achieves; "efficiency by 40%": efficiency
    Case(
        "Experimental results on benchmark datasets such as MIMIC-III, i2b2, and ClinicalTrials.gov show that ClinicalBERT outperforms traditional ML models by achieving an F1-score of 89.9% in NER tasks, while GPT-4 Medical improves EHR summarization efficiency by 40%.",
        context="The study leverages state-of-the-art transformer models such as BioBERT, ClinicalBERT, and GPT-4 Medical, which demonstrate superior performance in extracting key medical entities.",
        title="Integrating Natural Language Processing in Medical Information Science for Clinical Text Analysis",
        claims=[C("i2b2", 89.9, "89.9%", model="ClinicalBERT", aliases=("MIMIC-III",))],
        mentions=[M("40%", "efficiency")],
        source="random set L (clinical NLP)",
    ),
    Case(
        "Building on this, we optimize a pruning program on MFS training data, achieving 2.2$\\times$ faster per-step latency on WorkArena L1 while retaining 84\\% of the original success rate, and 3.1$\\times$ faster on WebLinx while retaining 89\\%.",
        claims=[C("WorkArena", 84, "84\\%", kind="relative"), C("WebLinx", 89, "89\\%", kind="relative")],
        source="daily arXiv listing audit (web agents): a share of the original model's result",
        xfail="WebLinx is outside the vocabulary: the second share, 89%, is not a claim",
    ),
    Case(
        "Under LongMemEval's binary judge, ZenBrain reaches 91.3% of oracle accuracy at 1/106th the per-query token budget.",
        context="We present ZenBrain, a memory architecture for autonomous AI systems, evaluated on LongMemEval.",
        title="ZenBrain: A Neuroscience-Inspired 7-Layer Memory Architecture for Autonomous AI Systems",
        claims=[C("LongMemEval", 91.3, "91.3%", kind="relative", model="ZenBrain")],
        mentions=[M("1", "other")],
        source="random listing set AE (agent memory)",
    ),
    # review pool 3 (volume audit sheets 5-6): the kind and the sign
    Case("On the nuScenes and CARLA benchmarks, Enhanced HOPE reduces latency by 38% on simple scenes with no accuracy loss, improves mean Average Precision by 2.7 points on rare long-tail scenarios, and tracks objects through occlusions lasting over 5 seconds, where all tested baselines fail.",
         context="To keep interaction modeling efficient, we replace quadratic pairwise attention with a linear-time subspace-based network that groups nearby objects into clusters and processes them jointly. The computational savings from these two mechanisms free up resources for a persistent temporal memory module that retains previously detected objects and traffic rules across frames, enabling the system to recall occluded objects seconds after they disappear from view.",
         claims=[C("nuScenes", 2.7, "2.7 points", kind="delta"), C("CARLA", 2.7, "2.7 points", kind="delta")], source="daily arXiv listing review pool 3: the nearest cue before 'by' (not 'loss')"),
    Case("Experimental results demonstrate that our method significantly outperforms existing defense techniques, reducing the Attack Success Rate (ASR) by 51.2%, all while maintaining comparable LLM capability.",
         title="SafeTy Reasoning Elicitation Alignment for Multi-Turn Dialogues",
         context="Malicious attackers can exploit large language models (LLMs) by engaging them in multi-turn dialogues to achieve harmful objectives, posing significant safety risks to society. To address this challenge, we propose a novel defense mechanism: SafeTy Reasoning Elicitation Alignment for Multi-Turn Dialogues (STREAM). STREAM defends LLMs against multi-turn attacks while preserving their functional capabilities. Our approach involves constructing a human-annotated dataset, the Safety Reasoning Multi-turn Dialogues dataset, which is used to fine-tune a plug-and-play safety reasoning moderator. This model is designed to identify malicious intent hidden within multi-turn conversations and alert the target LLM of potential risks. We evaluate STREAM across multiple LLMs against prevalent multi-turn attack strategies.",
         claims=[C("Safety Reasoning Multi-turn Dialogues", -51.2, "51.2%", kind="delta")], source="daily arXiv listing review pool 3: a cue opening its own clause governs 'by'; the paper's own dataset"),
    Case("We also test in environments ranging from cluttered indoor apartments and office scenes to a 4,200 square foot barn, and we also demonstrate VGGT-SLAM 2.0 achieves the highest accuracy on the TUM dataset with about 23 percent less pose error than VGGT-SLAM.",
         context="Finally, we conduct a suite of experiments which includes showing VGGT-SLAM 2.0 can easily be adapted for open-set object detection and demonstrating real time performance while running online onboard a ground robot using a Jetson Thor.",
         claims=[C("TUM", -23, "23 percent", kind="delta")], mentions=[M("2.0", "other")],
         source="daily arXiv listing review pool 3: 'less error' is a negative delta; a version in a name"),
    Case("We improve the baseline by Top-1 2.9% on LTCC and 5.0% on PRCC for image-based ReID, and 1.0% on CCVID and 2.5% on MeVID for video-based ReID without relying on additional supervision.",
         context="Our analysis shows a strong correspondence between learned color embeddings and clothing attributes, validating color as an effective proxy when explicit clothing labels are unavailable. We demonstrate the effectiveness of CSCI on both image and video ReID with extensive experiments on four CC-ReID datasets.",
         claims=[C("LTCC", 2.9, "2.9%", kind="delta"), C("PRCC", 5.0, "5.0%", kind="delta"), C("CCVID", 1.0, "1.0%", kind="delta"), C("MeVID", 2.5, "2.5%", kind="delta")],
         source="daily arXiv listing review pool 3: a metric's name between 'by' and the value"),
    Case("In zero-shot settings, gains reach 10.76% for NER and 26.2% for RE.",
         title="HGNet: Scalable Foundation Model for Automated Knowledge Graph Generation from Scientific Literature",
         context="Automated knowledge graph (KG) construction is essential for navigating the rapidly expanding body of scientific literature. However, existing approaches struggle to recognize long multi-word entities, often fail to generalize across domains, and typically overlook the hierarchical nature of scientific knowledge. While general-purpose large language models (LLMs) offer adaptability, they are computationally expensive and yield inconsistent accuracy on specialized tasks. As a result, current KGs are shallow and inconsistent, limiting their utility for exploration and synthesis. We propose a two-stage framework for scalable, zero-shot scientific KG construction. The first stage, Z-NERD, introduces (i) Orthogonal Semantic Decomposition (OSD), which promotes domain-agnostic entity recognition by isolating semantic \"turns\" in text, and (ii) a Multi-Scale TCQK attention mechanism that captures coherent multi-word entities through n-gram-aware attention heads. The second stage, HGNet, performs relation extraction with hierarchy-aware message passing, explicitly modeling parent, child, and peer relations. To enforce global consistency, we introduce two complementary objectives: a Differentiable Hierarchy Loss to discourage cycles and shortcut edges, and a Continuum Abstraction Field (CAF) Loss that embeds abstraction levels along a learnable axis in Euclidean space. This is the first approach to formalize hierarchical abstraction as a continuous property within standard Euclidean embeddings, offering a simpler alternative to hyperbolic methods. We release SPHERE (https://github.com/basiralab/SPHERE), a multi-domain benchmark for hierarchical relation extraction. Our framework establishes a new state of the art on SciERC, SciER, and SPHERE, improving NER by 8.08% and RE by 5.99% on out-of-distribution tests.",
         claims=[C("SciERC", 10.76, "10.76%", kind="delta"), C("SciERC", 26.2, "26.2%", kind="delta")],
         source="daily arXiv listing review pool 3: 'gains reach' gives a gain's size"),
    Case("Even among proprietary models, the net image-removal effect varies sevenfold across professions, from +5.7 points on Physician questions to +39.8 points on Public Health Nurse questions.",
         title="JMed48k: A Multi-Profession Japanese Medical Licensing Benchmark for Vision-Language Model Evaluation",
         context="We introduce JMed48k, a multi-profession Japanese healthcare licensing benchmark for evaluating vision-language models. Built from official PDF materials released by the Japanese Ministry of Health, Labour and Welfare, JMed48k contains 48,862 exam questions and 20,142 images from 11 national licensing examinations between 2005 and 2025, with visual content annotated under an 8-type taxonomy. From this corpus, we derive JMed48k-Eval, a recent five-year evaluation subset with 12,484 scored questions, including 9,905 text-only questions and 2,579 questions with images. We evaluate 21 proprietary, open-source, and medical-specific models, reporting text-only and with-image performance separately. Because these subsets contain different questions, we further introduce a paired image-removal audit that evaluates questions with images before and after removing visual content to explore four answer-transition states. The audit shows that proprietary and open source models gain substantially from images, whereas medical-specific systems show limited observable use of visual evidence, with many correct answers persisting after image removal.",
         claims=[C("JMed48k", 5.7, "+5.7 points", kind="delta"), C("JMed48k", 39.8, "+39.8 points", kind="delta")],
         source="daily arXiv listing set AR: 'from +5.7 to +39.8': signed differences, not a before and after"),
]
