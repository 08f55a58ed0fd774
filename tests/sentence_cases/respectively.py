"""RESPECTIVELY: N values aligned with N benchmarks (or N models), two parallel metric
lists over the same test sets; lists that do not align with named evaluations give no
claims."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

_IN22_TITLE = "Assessing Translation capabilities of Large Language Models involving English and Indian Languages"
_FLORES = ("FLORES-200", ("flores200-dev", "flores200", "FLORES"))
_FLORES_DT = ("FLORES-200", ("flores200-devtest", "flores200", "FLORES", "FLORES-200 devtest"))


def _in22(values_bleu, values_chrf, texts_bleu, texts_chrf):
    sets = [("IN22", ("IN22 (conversational)", "IN22-Conv")), ("IN22", ("IN22 (general)", "IN22-Gen")),
            _FLORES, _FLORES_DT, ("newstest2019", ("newstest 2019", "WMT19"))]
    out = []
    for (b, al), v, t in zip(sets, values_bleu, texts_bleu):
        out.append(C(b, v, t, aliases=al, metric="BLEU", qual="average", model="LLaMA-13b", params=13))
    for (b, al), v, t in zip(sets, values_chrf, texts_chrf):
        out.append(C(b, v, t, aliases=al, metric="chrF", qual="average", model="LLaMA-13b", params=13))
    return out


RESPECTIVELY = [
    Case(
        "This paper shows that the LLaMA-2 7B model with common pre-training already exhibits strong mathematical abilities, as evidenced by its impressive accuracy of 97.7% and 72.0% on the GSM8K and MATH benchmarks, respectively, when selecting the best response from 256 random generations.",
        title="Common 7B Language Models Already Possess Strong Math Capabilities",
        claims=[
            C("GSM8K", 97.7, "97.7%", metric="accuracy", unit="%", model="LLaMA-2 7B", params=7),
            C("MATH", 72.0, "72.0%", metric="accuracy", unit="%", model="LLaMA-2 7B", params=7),
        ],
        mentions=[M("256", "other")],
        source="arXiv:2403.04706 (dev a)",
    ),
    Case(
        "Notably, the accuracy for the first answer drops to 49.5% and 7.9% on the GSM8K and MATH benchmarks, respectively.",
        title="Common 7B Language Models Already Possess Strong Math Capabilities",
        claims=[
            C("GSM8K", 49.5, "49.5%", metric="accuracy", unit="%"),
            C("MATH", 7.9, "7.9%", metric="accuracy", unit="%"),
        ],
        source="arXiv:2403.04706 (dev a)",
    ),
    Case(
        "This straightforward approach achieves an accuracy of 82.6% on GSM8K and 40.6% on MATH using LLaMA-2 7B models, surpassing previous models by 14.2% and 20.8%, respectively.",
        title="Common 7B Language Models Already Possess Strong Math Capabilities",
        claims=[
            C("GSM8K", 82.6, "82.6%", metric="accuracy", unit="%", model="LLaMA-2 7B", params=7),
            C("MATH", 40.6, "40.6%", unit="%", model="LLaMA-2 7B", params=7),
            C("GSM8K", 14.2, "14.2%", kind="delta", unit="%", model="LLaMA-2 7B"),
            C("MATH", 20.8, "20.8%", kind="delta", unit="%", model="LLaMA-2 7B"),
        ],
        source="arXiv:2403.04706 (dev a)",
    ),
    Case(
        "Code Llama reaches state-of-the-art performance among open models on several code benchmarks, with scores of up to 53% and 55% on HumanEval and MBPP, respectively.",
        title="Code Llama: Open Foundation Models for Code",
        claims=[
            C("HumanEval", 53, "53%", qual="up to", unit="%", model="Code Llama", params=None),
            C("MBPP", 55, "55%", qual="up to", unit="%", model="Code Llama", params=None),
        ],
        source="arXiv:2308.12950 (dev a)",
    ),
    Case(
        "We evaluate SWE-agent on SWE-bench and HumanEvalFix, achieving state-of-the-art performance on both with a pass@1 rate of 12.5% and 87.7%, respectively, far exceeding the previous state-of-the-art achieved with non-interactive LMs.",
        title="SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering",
        claims=[
            C("SWE-bench", 12.5, "12.5%", metric="pass@1", unit="%", model="SWE-agent"),
            C("HumanEvalFix", 87.7, "87.7%", metric="pass@1", unit="%", model="SWE-agent"),
        ],
        source="arXiv:2405.15793 (dev b)",
    ),
    Case(
        "Even the advanced GPT-4V and Gemini Ultra only achieve accuracies of 56% and 59% respectively, indicating significant room for improvement.",
        title="MMMU: A Massive Multi-discipline Multimodal Understanding and Reasoning Benchmark for Expert AGI",
        context="The evaluation of 14 open-source LMMs as well as the proprietary GPT-4V(ision) and Gemini highlights the substantial challenges posed by MMMU.",
        claims=[
            C("MMMU", 56, "56%", metric="accuracy", unit="%", model="GPT-4V", params=None),
            C("MMMU", 59, "59%", metric="accuracy", unit="%", model="Gemini Ultra", params=None),
        ],
        source="arXiv:2311.16502 (dev b)",
    ),
    Case(
        "We also provide parameter-scaling results with a 7B, 14B models trained for 4.8T tokens, called phi-3-small, phi-3-medium, both significantly more capable than phi-3-mini (e.g., respectively 75%, 78% on MMLU, and 8.7, 8.9 on MT-bench).",
        title="Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
        claims=[
            C("MMLU", 75, "75%", unit="%", model="phi-3-small", params=7),
            C("MMLU", 78, "78%", unit="%", model="phi-3-medium", params=14),
            C("MT-Bench", 8.7, "8.7", aliases=("MT-bench",), unit=None, model="phi-3-small", params=7),
            C("MT-Bench", 8.9, "8.9", aliases=("MT-bench",), unit=None, model="phi-3-medium", params=14),
        ],
        mentions=[M("4.8T", "data size")],
        source="arXiv:2404.14219 (dev b)",
    ),
    Case(
        "On two interactive decision making benchmarks (ALFWorld and WebShop), ReAct outperforms imitation and reinforcement learning methods by an absolute success rate of 34% and 10% respectively, while being prompted with only one or two in-context examples.",
        title="ReAct: Synergizing Reasoning and Acting in Language Models",
        claims=[
            C("ALFWorld", 34, "34%", kind="delta", metric="success rate", unit="%", model="ReAct"),
            C("WebShop", 10, "10%", kind="delta", metric="success rate", unit="%", model="ReAct"),
        ],
        source="arXiv:2210.03629",
    ),
    Case(
        "We show that our model achieves an error rate of 3.73% and 19.45% on CIFAR10 and CIFAR100 respectively, that outperforms almost all of the existing models.",
        title="MultiResidual Networks: Improving the Speed and Accuracy of Residual Networks",
        claims=[
            C("CIFAR-10", 3.73, "3.73%", aliases=("CIFAR10",), unit="%"),
            C("CIFAR-100", 19.45, "19.45%", aliases=("CIFAR100",), unit="%"),
        ],
        source="arXiv:1609.05672",
    ),
    Case(
        "Evaluated on {\\sc MwpBench}, MathScale-7B achieves state-of-the-art performance across all datasets, surpassing its best peers of equivalent size by 42.9\\% in micro average accuracy and 43.7\\% in macro average accuracy, respectively.",
        title="MathScale: Scaling Instruction Tuning for Mathematical Reasoning",
        claims=[
            C("MwpBench", 42.9, "42.9\\%", kind="delta", metric="accuracy", unit="%", model="MathScale-7B", params=7),
            C("MwpBench", 43.7, "43.7\\%", kind="delta", metric="accuracy", unit="%", model="MathScale-7B", params=7),
        ],
        source=SEED, seed=True,
    ),
    Case(
        "Our results demonstrate significant progress, with average BLEU scores of 13.42, 15.93, 12.13, 12.30, and 12.07, as well as CHRF scores of 43.98, 46.99, 42.55, 42.42, and 45.39, respectively, using 2-stage fine-tuned LLaMA-13b for English to Indian languages on IN22 (conversational), IN22 (general), flores200-dev, flores200-devtest, and newstest2019 testsets.",
        xfail="qualifier: 'average' is not carried over to the parallel chrF list",
        title=_IN22_TITLE,
        claims=_in22([13.42, 15.93, 12.13, 12.30, 12.07], [43.98, 46.99, 42.55, 42.42, 45.39],
                     ["13.42", "15.93", "12.13", "12.30", "12.07"], ["43.98", "46.99", "42.55", "42.42", "45.39"]),
        source=SEED, seed=True,
    ),
    Case(
        "Similarly, for Indian languages to English, we achieved average BLEU scores of 14.03, 16.65, 16.17, 15.35 and 12.55 along with chrF scores of 36.71, 40.44, 40.26, 39.51, and 36.20, respectively, using fine-tuned LLaMA-13b on IN22 (conversational), IN22 (general), flores200-dev, flores200-devtest, and newstest2019 testsets.",
        xfail="qualifier: 'average' is not carried over to the parallel chrF list",
        title=_IN22_TITLE,
        claims=_in22([14.03, 16.65, 16.17, 15.35, 12.55], [36.71, 40.44, 40.26, 39.51, 36.20],
                     ["14.03", "16.65", "16.17", "15.35", "12.55"], ["36.71", "40.44", "40.26", "39.51", "36.20"]),
        source=SEED, seed=True,
    ),
    # "respectively" lists that do not line up with named evaluations: no claims
    Case(
        "The fine-tuned models have shown encouraging performance on these two far more difficult tasks with the zero-shot pass@1 at 0.33 and 0.35, respectively.",
        title="Exploring Mathematical Extrapolation of Large Language Models with Synthetic Data",
        claims=[],
        mentions=[M("0.33", "unnamed evaluation"), M("0.35", "unnamed evaluation")],
        source="arXiv:2406.02100",
    ),
    Case(
        "These corrections, impacting 40.9% of SWE-Bench Lite and 24.4% of SWE-Bench Verified leaderboard entries, yield 18 and 11 ranking changes, respectively.",
        title="UTBoost: Rigorous Evaluation of Coding Agents on SWE-Bench",
        claims=[],
        mentions=[M("40.9%", ("other", "data size")), M("24.4%", ("other", "data size")), M("18", "other"), M("11", "other")],
        source="arXiv:2506.09289 (dev b)",
    ),
    Case(
        "Using 96 frames (6times the training number of frames), Video-CCAM models rank 1st/2nd/3rd in VideoVista and 1st/2nd/4th in MLVU among all open-source Video-MLLMs, respectively.",
        title="Video-CCAM: Enhancing Video-Language Understanding with Causal Cross-Attention Masks for Short and Long Videos",
        claims=[],
        mentions=[M("96", ("other", "data size")), M("1st", "other"), M("1st", "other")],
        source=SEED, seed=True,
    ),
    # the benchmarks listed in the sentence before, the values with "respectively" after
    Case(
        "It achieved accuracies of 99.96%, 99.78%, and 100%, respectively, demonstrating robustness across diverse signal types and clinical contexts.",
        context="Our method integrates a ResNet-based CNN with an attention mechanism, enhanced by a novel data augmentation strategy. We rigorously evaluated the proposed architecture on three benchmark datasets: UCI Seizure EEG, MIT-BIH Arrhythmia, and PTB Diagnostic ECG.",
        title="A Novel Data Augmentation Strategy for Robust Deep Learning Classification of Biomedical Time-Series Data: Application to ECG and EEG Analysis",
        claims=[
            C("UCI Seizure EEG", 99.96, "99.96%", metric="accuracy", unit="%", model=None),
            C("MIT-BIH Arrhythmia", 99.78, "99.78%", aliases=("MIT-BIH",), metric="accuracy", unit="%", model=None),
            C("PTB Diagnostic ECG", 100, "100%", metric="accuracy", unit="%", model=None),
        ],
        source="random set X (ECG/EEG augmentation, 2025)",
    ),
    Case(
        "With privileged environment state access, FAEA achieves success rates of 84.9%, 85.7%, and 96%, respectively.",
        context="We evaluate an unmodified frontier agent, Claude Agent SDK, across the LIBERO, ManiSkill3, and MetaWorld benchmarks.",
        title="Demonstration-Free Robotic Control via LLM Agents",
        claims=[
            C("LIBERO", 84.9, "84.9%", metric="success rate", model="FAEA"),
            C("ManiSkill3", 85.7, "85.7%", aliases=("ManiSkill",), model="FAEA"),
            C("MetaWorld", 96, "96%", aliases=("Meta-World",), model="FAEA"),
        ],
        source="audit corpus Y (arXiv:2601.20334)",
    ),
    # "... achieved 83.28% and 98.25% F1-Score and on Web Queries dataset produced 76.23% and 84.42%, respectively":
    # 'respectively' runs over the settings; 'and on X' opens the second list's own benchmark
    Case(
        "Across ATIS dataset under 4-way 1 shot and 4-way 5 shot experimental settings LLMPIA achieved 83.28% and 98.25% F1-Score and on Web Queries dataset produced 76.23% and 84.42% F1-Score, respectively.",
        context="Finally, it reaps the combined potential of pre-trained LLMs and the prototype-informed attention mechanism to create a comprehensive end-to-end LLMPIA intent detection pipeline. The proposed framework is evaluated on 2 public benchmark datasets, namely ATIS encompassing 5836 samples and Web Queries having 8519 samples.",
        title="Enhanced Urdu Intent Detection with Large Language Models and Prototype-Informed Predictive Pipelines",
        claims=[C("ATIS", 83.28, "83.28%", metric="F1"), C("ATIS", 98.25, "98.25%", metric="F1"),
                C("Web Queries", 76.23, "76.23%", metric="F1"), C("Web Queries", 84.42, "84.42%", metric="F1")],
        source="random set AB (intent detection)",
    ),
    # names listed before "metrics" are metrics, not where the result was measured
    Case(
        "Evaluated on the official Medical Information Mart for Intensive Care-Chest X-ray (MIMIC-CXR) dataset using Chest Radiograph Expert (CheXpert) and Radiology Graph (RadGraph) metrics, our approach achieved substantial gains: CheXpert Macro-F1 for five key pathologies increased by 168% (0.083 -> 0.238) and Micro-F1 by 146% (0.137 -> 0.337), while broader performance across 14 observations improved by 86% (0.170 -> 0.316).",
        context="We introduce a compact image-to-text architecture that generates the Findings section of chest X-ray reports from a single frontal image.",
        title="Radiology Report Generation with Layer-Wise Anatomical Attention",
        claims=[C("MIMIC-CXR", 168, "168%", kind="delta"), C("MIMIC-CXR", 0.083, "0.083"), C("MIMIC-CXR", 0.238, "0.238"),
                C("MIMIC-CXR", 146, "146%", kind="delta"), C("MIMIC-CXR", 0.137, "0.137"), C("MIMIC-CXR", 0.337, "0.337"),
                C("MIMIC-CXR", 86, "86%", kind="delta"), C("MIMIC-CXR", 0.17, "0.170"), C("MIMIC-CXR", 0.316, "0.316")],
        mentions=[M("14", "other")],
        source="random set AB (radiology report generation)",
    ),
    Case('Crucially, GSA-YOLO secures mAP50:95 results of 0.531 and 0.679 on HiXray and PIDray, demonstrating 2.4% and 1.8% improvements over the baseline, respectively.',
         title='GSA-YOLO: A High-Efficiency Framework via Structured Sparsity and Adaptive Knowledge Distillation for Real-Time X-ray Security Inspection',
         context="X-ray security inspection requires accurate real-time detection of prohibited items, but existing models often struggle to balance the challenges of severe occlusion, complex clutter, and strict speed requirements. To overcome these challenges, this paper proposes GSA-YOLO, a novel lightweight framework built upon the YOLOv8n architecture, specifically engineered to enhance detection robustness and inference efficiency. GSA-YOLO strategically integrates structured sparsity and adaptive knowledge transfer through three core components: Group Lasso (GL) applied to the network neck for robust feature extraction; Sparse Structure Selection (SSS) applied to the detection head for significant model slimming; and an Adaptive Knowledge Distillation (Ada-KD) mechanism for comprehensive accuracy recovery. This integrated approach synergistically enhances feature representation while pruning redundant channels, maximizing model efficiency without sacrificing performance. Rigorous evaluations on the HiXray and PIDray datasets confirm GSA-YOLO's comprehensive capability, achieving a leading inference speed of 189.62 FPS, accompanied by a reduction in computational cost from 8.7G to 8.0G.",
         claims=[C("HiXray", 0.531, "0.531"), C("PIDray", 0.679, "0.679"), C("HiXray", 2.4, "2.4%", kind="delta"), C("PIDray", 1.8, "1.8%", kind="delta")], mentions=[],
         source='daily arXiv listing set AV: a second list of as many values runs over the benchmarks the first list was paired with'),
    Case('PRISM achieves state-of-the-art performance among unsupervised methods, with MAE of 0.77 bpm on PURE and 0.66 bpm on UBFC-rPPG, and accuracy of 97.3\\% and 97.5\\% respectively at a 5 bpm threshold.',
         title='Adaptive Parameter Optimization for Robust Remote Photoplethysmography',
         context='Remote photoplethysmography (rPPG) enables contactless vital sign monitoring using standard RGB cameras. However, existing methods rely on fixed parameters optimized for particular lighting conditions and camera setups, limiting adaptability to diverse deployment environments. This paper introduces the Projection-based Robust Signal Mixing (PRISM) algorithm, a training-free method that jointly optimizes photometric detrending and color mixing through online parameter adaptation based on signal quality assessment.',
         claims=[C("PURE", 0.77, "0.77"), C("UBFC-rPPG", 0.66, "0.66"), C("PURE", 97.3, "97.3\\%"), C("UBFC-rPPG", 97.5, "97.5\\%")], mentions=[],
         source="daily arXiv listing set AV: 'respectively' with no benchmark after the list: the benchmarks named before it, in order"),
    Case('Extensive experiments demonstrate that our method achieves 55.5 (+1.4) mIoU on COCO-20i, 73.0 (+1.1) mIoU on PASCAL-5i, and a J&F score of 71.52 on the proposed IC-VOS benchmark.',
         title='DC-SAM: In-Context Segment Anything in Images and Videos via Dual Consistency',
         context="Given a single labeled example, in-context segmentation aims to segment corresponding objects. This setting, known as one-shot segmentation in few-shot learning, explores the segmentation model's generalization ability and has been applied to various vision tasks, including scene understanding and image/video editing. While recent Segment Anything Models have achieved state-of-the-art results in interactive segmentation, these approaches are not directly applicable to in-context segmentation. In this work, we propose the Dual Consistency SAM (DC-SAM) method based on prompt-tuning to adapt SAM and SAM2 for in-context segmentation of both images and videos. Our key insights are to enhance the features of the SAM's prompt encoder in segmentation by providing high-quality visual prompts. When generating a mask prior, we fuse the SAM features to better align the prompt encoder. Then, we design a cycle-consistent cross-attention on fused features and initial visual prompts. Next, a dual-branch design is provided by using the discriminative positive and negative prompts in the prompt encoder. Furthermore, we design a simple mask-tube training strategy to adopt our proposed dual consistency method into the mask tube. Although the proposed DC-SAM is primarily designed for images, it can be seamlessly extended to the video domain with the support of SAM2. Given the absence of in-context segmentation in the video domain, we manually curate and construct the first benchmark from existing video segmentation datasets, named In-Context Video Object Segmentation (IC-VOS), to better assess the in-context capability of the model.",
         claims=[C("COCO-20i", 55.5, "55.5"), C("COCO-20i", 1.4, "+1.4", kind="delta"), C("PASCAL-5i", 73.0, "73.0"), C("PASCAL-5i", 1.1, "+1.1", kind="delta"), C("IC-VOS", 71.52, "71.52")], mentions=[],
         xfail="the paper's own IC-VOS benchmark is not found, so 71.52 goes to PASCAL-5i",
         source="daily arXiv listing review pool 6 (sheets 11-12): the benchmark after a bracketed gain ('73.0 (+1.1) mIoU on PASCAL-5i') is the value's and the gain's"),
    Case("Extensive experiments validate our method's effectiveness, improving the baseline by 22.4% (Persona-MME) and 9.8% (PERSONAMEM) under a 128k context, while outperforming GPT-4o by 5.2% and 2.0%, respectively.",
         title='PersonaVLM: Long-Term Personalized Multimodal LLMs',
         context="Multimodal Large Language Models (MLLMs) serve as daily assistants for millions. However, their ability to generate responses aligned with individual preferences remains limited. Prior approaches enable only static, single-turn personalization through input augmentation or output alignment, and thus fail to capture users' evolving preferences and personality over time (see Fig.1). In this paper, we introduce PersonaVLM, an innovative personalized multimodal agent framework designed for long-term personalization. It transforms a general-purpose MLLM into a personalized assistant by integrating three key capabilities: (a) Remembering: It proactively extracts and summarizes chronological multimodal memories from interactions, consolidating them into a personalized database. (b) Reasoning: It conducts multi-turn reasoning by retrieving and integrating relevant memories from the database. (c) Response Alignment: It infers the user's evolving personality throughout long-term interactions to ensure outputs remain aligned with their unique characteristics. For evaluation, we establish Persona-MME, a comprehensive benchmark comprising over 2,000 curated interaction cases, designed to assess long-term MLLM personalization across seven key aspects and 14 fine-grained tasks.",
         claims=[C("Persona-MME", 22.4, "22.4%", kind="delta"), C("PERSONAMEM", 9.8, "9.8%", kind="delta"), C("Persona-MME", 5.2, "5.2%", kind="delta"), C("PERSONAMEM", 2.0, "2.0%", kind="delta")], mentions=[],
         source="daily arXiv listing review pool 6 (sheets 11-12): 'Persona-MME' is not MME (a capitalised piece glued before a name makes another name)"),
    Case('We achieve new state-of-the-art results on math benchmarks using 1.5B-parameter models: 67.1% (+5.3%) on AIME24, 59.5% (+10.0%) on AIME25, and 35.5% (+4.0%) on HMMT25.',
         title='QuestA: Expanding Reasoning Capacity in LLMs via Question Augmentation',
         context='Reinforcement learning (RL) has become a key component in training large language reasoning models (LLMs). However, recent studies questions its effectiveness in improving multi-step reasoning-particularly on hard problems. To address this challenge, we propose a simple yet effective strategy via Question Augmentation: introduce partial solutions during training to reduce problem difficulty and provide more informative learning signals. Our method, QuestA, when applied during RL training on math reasoning tasks, not only improves pass@1 but also pass@k-particularly on problems where standard RL struggles to make progress. This enables continual improvement over strong open-source models such as DeepScaleR and OpenMath Nemotron, further enhancing their reasoning capabilities.',
         claims=[C("AIME 2024", 67.1, "67.1%", aliases=("AIME",)), C("AIME 2024", 5.3, "+5.3%", kind="delta", aliases=("AIME",)), C("AIME 2025", 59.5, "59.5%", aliases=("AIME",)), C("AIME 2025", 10.0, "+10.0%", kind="delta", aliases=("AIME",)), C("HMMT 2025", 35.5, "35.5%", aliases=("HMMT",)), C("HMMT 2025", 4.0, "+4.0%", kind="delta", aliases=("HMMT",))], mentions=[],
         source="daily arXiv listing review pool 3: 'a (+d) on X': the benchmark after a bracketed gain is the value's and the gain's"),
    Case('Extensive evaluations on ScanRefer and Nr3D confirm that SeeGround achieves substantial improvements over existing zero-shot baselines -- outperforming them by 7.7% and 7.1%, respectively -- and even rivals fully supervised alternatives, demonstrating strong generalization under challenging conditions.',
         title='Zero-Shot 3D Visual Grounding from Vision-Language Models',
         context='3D Visual Grounding (3DVG) seeks to locate target objects in 3D scenes using natural language descriptions, enabling downstream applications such as augmented reality and robotics. Existing approaches typically rely on labeled 3D data and predefined categories, limiting scalability to open-world settings. We present SeeGround, a zero-shot 3DVG framework that leverages 2D Vision-Language Models (VLMs) to bypass the need for 3D-specific training. To bridge the modality gap, we introduce a hybrid input format that pairs query-aligned rendered views with spatially enriched textual descriptions. Our framework incorporates two core components: a Perspective Adaptation Module that dynamically selects optimal viewpoints based on the query, and a Fusion Alignment Module that integrates visual and spatial signals to enhance localization precision.',
         claims=[C('ScanRefer', 7.7, '7.7%', kind='delta', model='SeeGround'), C('Nr3D', 7.1, '7.1%', kind='delta', model='SeeGround')], mentions=[],
         source="review pool 8 (sheet 16): a coined name listed with a benchmark of the vocabulary after 'on' is a benchmark too, so 'respectively' lines the values up"),
    Case('Extensive experiments on three widely-used datasets, .e.g, CUHK-PEDES, RSTPReid and ICFG-PEDES, verify the mAP improvement of our method against existing competitive methods +3.06%, +3.55% and +6.94%, respectively.',
         title='Harnessing Weak Pair Uncertainty for Text-based Person Search',
         context='In this paper, we study the text-based person search, which is to retrieve the person of interest via natural language description. Prevailing methods usually focus on the strict one-to-one correspondence pair matching between the visual and textual modality, such as contrastive learning. However, such a paradigm unintentionally disregards the weak positive image-text pairs, which are of the same person but the text descriptions are annotated from different views (cameras). To take full use of weak positives, we introduce an uncertainty-aware method to explicitly estimate image-text pair uncertainty, and incorporate the uncertainty into the optimization procedure in a smooth manner. Specifically, our method contains two modules: uncertainty estimation and uncertainty regularization. (1) Uncertainty estimation is to obtain the relative confidence on the given positive pairs; (2) Based on the predicted uncertainty, we propose the uncertainty regularization to adaptively adjust loss weight. Additionally, we introduce a group-wise image-text matching loss to further facilitate the representation space among the weak pairs. Compared with existing methods, the proposed method explicitly prevents the model from pushing away potentially weak positive candidates.',
         claims=[C('CUHK-PEDES', 3.06, '+3.06%', kind='delta'), C('RSTPReid', 3.55, '+3.55%', kind='delta'), C('ICFG-PEDES', 6.94, '+6.94%', kind='delta')], mentions=[],
         source="review pool 8 (sheet 16): coined names in a list after 'e.g.' with a benchmark of the vocabulary"),
    Case('Our model achieves competitive performance across multiple benchmarks: a mean Intersection over Union (mIoU) of 56.02% and Overall Accuracy (OA) of 84.56% on the WHU-OPT-SAR dataset; strong generalization with a mIoU of 59.89% and OA of 73.92% on the OpenEarthMap-SAR dataset; and remarkable robustness under cloud-obstructed conditions, achieving an mIoU of 86.86% and OA of 94.58% on the PIE-RGB-SAR dataset.',
         title='CLAIRE: A Dual Encoder Network with RIFT Loss and Phi-3 Small Language Model Based Interpretability for Cross-Modality Synthetic Aperture Radar and Optical Land Cover Segmentation',
         context='Accurate land cover classification from satellite imagery is crucial in environmental monitoring and sustainable resource management. However, it remains challenging due to the complexity of natural landscapes, the visual similarity between classes, and the significant class imbalance in the available datasets. To address these issues, we propose a dual encoder architecture that independently extracts modality-specific features from optical and Synthetic Aperture Radar (SAR) imagery, which are then fused using a cross-modality attention-fusion module named Cross-modality Land cover segmentation with Attention and Imbalance-aware Reasoning-Enhanced Explanations (CLAIRE). This fusion mechanism highlights complementary spatial and textural features, enabling the network to better capture detailed and diverse land cover patterns. We incorporate a hybrid loss function that utilizes Weighted Focal Loss and Tversky Loss named RIFT (Rare-Instance Focal-Tversky) to address class imbalance and improve segmentation performance across underrepresented categories.',
         claims=[C('WHU-OPT-SAR', 56.02, '56.02%'), C('WHU-OPT-SAR', 84.56, '84.56%'), C('OpenEarthMap-SAR', 59.89, '59.89%'), C('OpenEarthMap-SAR', 73.92, '73.92%'), C('PIE-RGB-SAR', 86.86, '86.86%'), C('PIE-RGB-SAR', 94.58, '94.58%')], mentions=[],
         source="review pool 8 (sheet 16): 'an mIoU of a and OA of b on X': both values are X's (the second value's metric between)"),
    Case('We conduct extensive human filtering and validation on our benchmark and show that current frontier models barely achieve 57% accuracy on WorldPrediction-WM and 38% on WorldPrediction-PP whereas humans are able to solve both tasks perfectly.',
         title='WorldPrediction: A Benchmark for High-level World Modeling and Long-horizon Procedural Planning',
         context='Humans are known to have an internal "world model" that enables us to carry out action planning based on world states. AI agents need to have such a world model for action planning as well. It is not clear how current AI models, especially generative models, are able to learn such world models and carry out procedural planning in diverse environments. We introduce WorldPrediction, a video-based benchmark for evaluating world modeling and procedural planning capabilities of different AI models. In contrast to prior benchmarks that focus primarily on low-level world modeling and robotic motion planning, WorldPrediction is the first benchmark that emphasizes actions with temporal and semantic abstraction. Given initial and final world states, the task is to distinguish the proper action (WorldPrediction-WM) or the properly ordered sequence of actions (WorldPrediction-PP) from a set of counterfactual distractors. This discriminative task setup enable us to evaluate different types of world models and planners and realize a thorough comparison across different hypothesis. The benchmark represents states and actions using visual observations. In order to prevent models from exploiting low-level continuity cues in background scenes, we provide "action equivalents" - identical actions observed in different contexts - as candidates for selection. This benchmark is grounded in a formal framework of partially observable semi-MDP, ensuring better reliability and robustness of the evaluation.',
         claims=[C('WorldPrediction-WM', 57, '57%', model=None), C('WorldPrediction-PP', 38, '38%', model=None)], mentions=[],
         source="review pool 8 (sheet 16): a variant of the paper's own benchmark with a capitalised suffix"),
    Case('Extensive experiments on R2R-CE and RxR-CE demonstrate that StereoNav achieves state-of-the-art egocentric RGB performance, with SR and SPL scores of 81.1% and 68.3%, and 67.5% and 52.0%, respectively, while using significantly fewer parameters and less training data than prior scaling-based approaches.',
         title='What Limits Vision-and-Language Navigation ?',
         context='Vision-and-Language Navigation (VLN) is a cornerstone of embodied intelligence. However, current agents often suffer from significant performance degradation when transitioning from simulation to real-world deployment, primarily due to perceptual instability (e.g., lighting variations and motion blur) and under-specified instructions. While existing methods attempt to bridge this gap by scaling up model size and training data, we argue that the bottleneck lies in the lack of robust spatial grounding and cross-domain priors. In this paper, we propose StereoNav, a robust Vision-Language-Action framework designed to enhance real-world navigation consistency. To address the inherent gap between synthetic training and physical execution, we introduce Target-Location Priors as a persistent bridge. These priors provide stable visual guidance that remains invariant across domains, effectively grounding the agent even when instructions are vague. Furthermore, to mitigate visual disturbances like motion blur and illumination shifts, StereoNav leverages stereo vision to construct a unified representation of semantics and geometry, enabling precise action prediction through enhanced depth awareness.',
         claims=[C('R2R-CE', 81.1, '81.1%', model='StereoNav'), C('R2R-CE', 68.3, '68.3%', model='StereoNav'), C('RxR-CE', 67.5, '67.5%', model='StereoNav'), C('RxR-CE', 52.0, '52.0%', model='StereoNav')], mentions=[],
         source="random sample M: values in chunks joined by 'and', the chunks by ', and', a chunk per benchmark (R2R-CE and RxR-CE from the mined vocabulary)"),
    Case('Evaluated on three medical benchmarks (BUSI, GlaS, and CVC), GroupKAN achieves an average IoU of 79.80 percent, surpassing U-KAN by +1.11 percent while requiring only 47.6 percent of the parameters (3.02M vs 6.35M), and shows improved interpretability.',
         title='GroupKAN: Rethinking Nonlinearity with Grouped Spline-based KAN Modeling for Efficient Medical Image Segmentation',
         context='Medical image segmentation requires models that are accurate, lightweight, and interpretable. Convolutional architectures lack adaptive nonlinearity and transparent decision-making, whereas Transformer architectures are hindered by quadratic complexity and opaque attention mechanisms. U-KAN addresses these challenges using Kolmogorov-Arnold Networks, achieving higher accuracy than both convolutional and attention-based methods, fewer parameters than Transformer variants, and improved interpretability compared to conventional approaches. However, its O(C^2) complexity due to full-channel transformations limits its scalability as the number of channels increases. To overcome this, we introduce GroupKAN, a lightweight segmentation network that incorporates two novel, structured functional modules: (1) Grouped KAN Transform, which partitions channels into G groups for multivariate spline mappings, reducing complexity to O(C^2/G), and (2) Grouped KAN Activation, which applies shared spline-based mappings within each channel group for efficient, token-wise nonlinearity.',
         claims=[C('BUSI, GlaS and CVC', 79.8, '79.80 percent', model='GroupKAN'), C('BUSI, GlaS and CVC', 1.11, '+1.11 percent', kind='delta', model='GroupKAN')], mentions=[M('47.6 percent', ('efficiency', 'data size'))],
         source='review pool 16 (sheet 31): an average stated once after a list of benchmarks is on the list as a whole'),
    Case('Our training method achieves state-of-the-art performance on RM-Bench (87.1%) and JudgeBench (82%), surpassing outcome-only baselines by an average of 5%.',
         title='Outcome Accuracy is Not Enough: Aligning the Reasoning Process of Reward Models',
         context="Generative Reward Models (GenRMs) and LLM-as-a-Judge exhibit deceptive alignment by producing correct judgments for incorrect reasons, as they are trained and evaluated to prioritize Outcome Accuracy, which undermines their ability to generalize during RLHF. We introduce Rationale Consistency, a fine-grained metric that quantifies the alignment between the model's reasoning process and human judgment. Our evaluation of frontier models reveals that rationale consistency effectively discriminates among state-of-the-art models and detects deceptive alignment, while outcome accuracy falls short in both respects. To mitigate this gap, we introduce a hybrid signal that combines rationale consistency with outcome accuracy for GenRM training.",
         claims=[C('RM-Bench', 87.1, '87.1%'), C('JudgeBench', 82, '82%'), C('RM-Bench and JudgeBench', 5, '5%', kind='delta', qual='average')], mentions=[],
         source="review pool 16 (sheet 31): 'surpassing outcome-only baselines by an average of 5%' after two benchmarks with their own values is on both"),
    Case('Extensive experiments on the HEVC and UVG datasets show that the proposed method achieves an average BD-Rate reduction of 14.8% and BD-PSNR gain of 0.47dB over state-of-the-art methods while maintaining an average bitrate error of 1.66%, achieving Rate-Distortion-Complexity Optimization (RDCO) for various bitrate and bitrate-constrained applications.',
         title='Learned Rate Control for Frame-Level Adaptive Neural Video Compression via Dynamic Neural Network',
         context='Neural Video Compression (NVC) has achieved remarkable performance in recent years. However, precise rate control remains a challenge due to the inherent limitations of learning-based codecs. To solve this issue, we propose a dynamic video compression framework designed for variable bitrate scenarios. First, to achieve variable bitrate implementation, we propose the Dynamic-Route Autoencoder with variable coding routes, each occupying partial computational complexity of the whole network and navigating to a distinct RD trade-off. Second, to approach the target bitrate, the Rate Control Agent estimates the bitrate of each route and adjusts the coding route of DRA at run time. To encompass a broad spectrum of variable bitrates while preserving overall RD performance, we employ the Joint-Routes Optimization strategy, achieving collaborative training of various routes.',
         claims=[C('HEVC and UVG', -14.8, '14.8%', kind='delta'), C('HEVC and UVG', 0.47, '0.47dB', kind='delta'), C('HEVC and UVG', 1.66, '1.66%')], mentions=[],
         source="review pool 16 (sheet 32): averages over 'the HEVC and UVG datasets' are on both"),
    Case('Med-2D SegNet achieves state-of-the-art performance across multiple benchmark datasets, including KVASIR-SEG, PH2, EndoVis, and GLAS, with an average Dice similarity coefficient (DSC) of 89.77% across 20 diverse datasets.',
         title='Med-2D SegNet: A Light Weight Deep Neural Network for Medical 2D Image Segmentation',
         context='Accurate and efficient medical image segmentation is crucial for advancing clinical diagnostics and surgical planning, yet remains a complex challenge due to the variability in anatomical structures and the demand for low-complexity models. In this paper, we introduced Med-2D SegNet, a novel and highly efficient segmentation architecture that delivers outstanding accuracy while maintaining a minimal computational footprint.',
         claims=[], mentions=[M('89.77%', 'unnamed evaluation')],
         source="review pool 16: an average 'across 20 diverse datasets' is over more than the four it names"),
    Case('Evaluations on AdvBench and HarmBench demonstrate that LATS achieves 97-100% ASR on latest GPT, Claude, and Llama models with an average of only ~6.4 queries, compared to 20+ queries required by other methods.',
         title='Multi-Turn Jailbreaking of Aligned LLMs via Lexical Anchor Tree Search',
         context='Most jailbreak methods achieve high attack success rates (ASR) but require attacker LLMs to craft adversarial queries and/or demand high query budgets. These resource limitations make jailbreaking expensive, and the queries generated by attacker LLMs often consist of non-interpretable random prefixes. This paper introduces Lexical Anchor Tree Search (), addressing these limitations through an attacker-LLM-free method that operates purely via lexical anchor injection. LATS reformulates jailbreaking as a breadth-first tree search over multi-turn dialogues, where each node incrementally injects missing content words from the attack goal into benign prompts.',
         claims=[C('AdvBench and HarmBench', 97, '97-100%', high=100)], mentions=[M('6.4', 'data size')],
         xfail="'97-100% ASR' on both benchmarks is given to HarmBench (no cue of a value across them)",
         source="review pool 16 (sheet 32): 'with an average of only ~6.4 queries' is an average count"),
    Case('Extensive evaluations across various embodied navigation and question-answering benchmarks show that MTU3D outperforms state-of-the-art reinforcement learning and modular navigation approaches by 14\\%, 23\\%, 9\\%, and 2\\% in success rate on HM3D-OVON, GOAT-Bench, SG3D, and A-EQA, respectively.',
         title='Move to Understand a 3D Scene: Bridging Visual Grounding and Exploration for Efficient and Versatile Embodied Navigation',
         context='Embodied scene understanding requires not only comprehending visual-spatial information that has been observed but also determining where to explore next in the 3D physical world. Existing 3D Vision-Language (3D-VL) models primarily focus on grounding objects in static observations from 3D reconstruction, such as meshes and point clouds, but lack the ability to actively perceive and explore their environment. To address this limitation, we introduce \\underline{\\textbf{M}}ove \\underline{\\textbf{t}}o \\underline{\\textbf{U}}nderstand (\\textbf{\\model}), a unified framework that integrates active perception with \\underline{\\textbf{3D}} vision-language learning, enabling embodied agents to effectively explore and understand their environment. This is achieved by three key innovations: 1) Online query-based representation learning, enabling direct spatial memory construction from RGB-D frames, eliminating the need for explicit 3D reconstruction. 2) A unified objective for grounding and exploring, which represents unexplored locations as frontier queries and jointly optimizes object grounding and frontier selection. 3) End-to-end trajectory learning that combines \\textbf{V}ision-\\textbf{L}anguage-\\textbf{E}xploration pre-training over a million diverse trajectories collected from both simulated and real-world RGB-D sequences.',
         claims=[C('HM3D-OVON', 14, '14\\%', kind='delta', model='MTU3D'), C('GOAT-Bench', 23, '23\\%', kind='delta', model='MTU3D'), C('SG3D', 9, '9\\%', kind='delta', model='MTU3D'), C('A-EQA', 2, '2\\%', kind='delta', model='MTU3D')], mentions=[],
         source="dev set CC: a list of names the values before it run over ('on A, B, C, and D, respectively'), one of them of the vocabulary"),
    Case('Built on ScaleVLN, NavGRPO achieves superior robustness on R2R and REVERIE benchmarks with +3.0% and +1.71% SPL improvements in unseen environments.',
         title='Trajectory-Diversity-Driven Robust Vision-and-Language Navigation',
         context='Vision-and-Language Navigation (VLN) requires agents to navigate photo-realistic environments following natural language instructions. Current methods predominantly rely on imitation learning, which suffers from limited generalization and poor robustness to execution perturbations. We present NavGRPO, a reinforcement learning framework that learns goal-directed navigation policies through Group Relative Policy Optimization. By exploring diverse trajectories and optimizing via within-group performance comparisons, our method enables agents to distinguish effective strategies beyond expert paths without requiring additional value networks.',
         claims=[C('R2R', 3.0, '+3.0%', kind='delta', aliases=('Room-to-Room',), model='NavGRPO'), C('REVERIE', 1.71, '+1.71%', kind='delta', model='NavGRPO')], mentions=[],
         source="dev set CC: 'on A and B benchmarks with +x% and +y% SPL improvements': the values in the order of the benchmarks"),
]
