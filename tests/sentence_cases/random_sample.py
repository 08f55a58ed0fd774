"""RANDOM_SAMPLE: sentences from abstracts drawn at random (tests/fixtures/random: the cs
pool and recent 2023-2026 listings of many fields) and from the out-of-field topic corpus,
for the rules of the truth issue: the bar for names found from phrasing, acronyms matched in
their case, data composition and statistics, sources of data, 'respectively' over whole
benchmark lists, coined names right after a result, hardware after 'on'."""
from sentence_cases.common import C, Case, M

POOL = "arxiv_cs_pool (random set R)"
RECENT = "recent listing (random set T)"
TOPICS = "arxiv_by_topic"

RANDOM_SAMPLE = [
    # --- names from phrasing must meet a higher bar
    Case("Evaluated on classification benchmark, our method not only achieves state-of-the-art accuracy of 94.0% (no voting) but outperforms previous Transformer-based models with 7x measured speedup on average.",
         title="PVT: Point-Voxel Transformer for 3D Deep Learning",
         mentions=[M("94.0%", ("unnamed evaluation", "other")), M("7x", "efficiency")], source=POOL),
    Case("We use simulated neural data to show that traditional statistical tests can result in a false positive rate of over 45%, even if the Type-I error rate is set at 5%.",
         context="A common feature in many neuroscience datasets is the presence of hierarchical data structures. Accordingly, the measurements constituting the dataset are not independent.",
         mentions=[M("45%", ("unnamed evaluation", "other")), M("5%", ("unnamed evaluation", "other"))], source=TOPICS + " (neuroscience)"),
    Case("Quality scores remain flat across all conditions (0.17–0.23).",
         title="Less is More: Benchmarking LLM Based Recommendation Agents",
         context="We challenge this assumption through a systematic benchmark of four state of the art LLMs across context lengths.",
         mentions=[M("0.17–0.23", ("unnamed evaluation", "other"))], source=RECENT),
    Case("Comprehensive tests using a home-made FB dataset show that the PM-Nav obtains average improvements of 511% and 1175%, and 650% and 400% over the SG-Nav and the InstructNav in simulation and real-world, respectively.",
         title="PM-Nav: Priori-Map Guided Embodied Navigation in Functional Buildings", source=RECENT),
    # --- data, not results
    Case("We introduce the AOC-ALDi dataset (derived from the AOC dataset), containing 127,835 sentences (17% from news articles and 83% from user comments on those articles) which are manually labeled with their level of dialectness.",
         mentions=[M("127,835", "data size"), M("17%", "data size"), M("83%", "data size")], source=TOPICS + " (sociolinguistics)"),
    Case("Only 56.2% of the posts in CREHate achieve consensus among all countries.",
         context="We construct CREHate, a cross-cultural English hate speech dataset.",
         mentions=[M("56.2%", "data size")], source=TOPICS + " (cultural anthropology)"),
    Case("This dataset differs from previous coreference datasets in containing documents whose average length (2,105.3 words) is four times longer than other benchmark datasets (463.7 for OntoNotes), and contains examples of difficult coreference problems common in literature.",
         mentions=[M("2,105.3", "data size"), M("463.7", "data size")], source=TOPICS + " (postmodern literature)"),
    Case("Remarkably, with only 10% of the dataset, our approach outperforms standard offline RL baselines trained on the full data.",
         context="Extensive experiments on the D4RL, Robomimic, V-D4RL, and ExoRL benchmarks show that our method substantially improves both performance and data efficiency.",
         mentions=[M("10%", "data size")], source=RECENT),
    Case("We processed 299,721 unique patients from MIMIC-IV into 285,622 PHTs, with 60% including hospital admissions.",
         mentions=[M("299,721", ("data size", "other")), M("285,622", ("data size", "other")), M("60%", "data size")], source=RECENT),
    Case("To bridge this gap, we introduce the VER-Bench, a novel framework to evaluate MLLMs' ability to: 1) identify fine-grained visual clues, often occupying on average just 0.25% of the image area; 2) integrate these clues with world knowledge for complex reasoning.",
         mentions=[M("0.25%", "data size")], source=RECENT),
    # --- a name used as where data comes from is not the evaluation
    Case("Several classifiers performed very well in distinguishing relevant and irrelevant abstracts (reaching F1~=0.93, MCC~=0.74, iAUC~=0.99).",
         context="We used manually curated corpora of PubMed abstracts and annotated sentences to evaluate the efficacy of literature mining.",
         source=TOPICS + " (postmodern literature)"),
    # --- 'respectively' over the whole list of benchmarks
    Case("We find the Compressive Transformer obtains state-of-the-art language modelling results in the WikiText-103 and Enwik8 benchmarks, achieving 17.1 ppl and 0.97 bpc respectively.",
         title="Compressive Transformers for Long-Range Sequence Modelling",
         claims=[C("WikiText-103", 17.1, "17.1", metric="perplexity"), C("enwik8", 0.97, "0.97", aliases=("Enwik8",), metric="bpc")],
         source=POOL),
    Case("The evaluations on several benchmarks demonstrate the effectiveness of the proposed method, e.g., obtaining the 82.8%/75.5%, 97.1%/82.5%, and 73.2%/52.1% for Conventional/Generalized ZSL settings for CUB, AwA2, and SUN datasets, respectively.",
         title="Attribute-Induced Bias Eliminating for Transductive Zero-Shot Learning",
         claims=[C("CUB-200-2011", 82.8, "82.8%", aliases=("CUB",)), C("CUB-200-2011", 75.5, "75.5%", aliases=("CUB",)),
                 C("AwA2", 97.1, "97.1%"), C("AwA2", 82.5, "82.5%"), C("SUN", 73.2, "73.2%"), C("SUN", 52.1, "52.1%")],
         source=POOL),
    Case("Without bells and whistles, K-Net surpasses all previous state-of-the-art single-model results of panoptic segmentation on MS COCO and semantic segmentation on ADE20K with 52.1% PQ and 54.3% mIoU, respectively.",
         title="K-Net: Towards Unified Image Segmentation",
         claims=[C("COCO", 52.1, "52.1%", aliases=("MS COCO",), metric="PQ", model="K-Net"), C("ADE20K", 54.3, "54.3%", metric="mIoU", model="K-Net")],
         source=POOL),
    # --- coined names right after a result; hardware and units are not benchmarks
    Case("With zero training effort, Uni-LaViRA reaches 60.7% SR on VLN-CE R2R, 51.3% on VLN-CE RxR, 77.7% on HM3D-v2, 60.0% on HM3D-OVON, 54.7% on MP3D-EQA, and 40.00% on OpenUAV, matching or even surpassing recent training navigation foundation models that consume millions of samples and thousands of GPU-hours.",
         title="Uni-LaViRA: Language-Vision-Robot Actions Translation for Unified Embodied Navigation",
         claims=[C("Room-to-Room", 60.7, "60.7%", aliases=("R2R", "VLN-CE R2R"), model="Uni-LaViRA"), C("RxR", 51.3, "51.3%", model="Uni-LaViRA"),
                 C("HM3D-v2", 77.7, "77.7%", model="Uni-LaViRA"), C("HM3D-OVON", 60.0, "60.0%", model="Uni-LaViRA"),
                 C("MP3D-EQA", 54.7, "54.7%", model="Uni-LaViRA"), C("OpenUAV", 40.0, "40.00%", model="Uni-LaViRA")],
         source=RECENT),
    Case("For YOLOX-L with roughly the same amount of parameters as YOLOv4-CSP, YOLOv5-L, we achieve 50.0% AP on COCO at a speed of 68.9 FPS on Tesla V100, exceeding YOLOv5-L by 1.8% AP.",
         title="YOLOX: Exceeding YOLO Series in 2021",
         claims=[C("COCO", 50.0, "50.0%", metric="AP"), C("COCO", 1.8, "1.8%", kind="delta", metric="AP")],
         mentions=[M("68.9", "efficiency")], source="arXiv:2107.08430 (dev g)"),
    # --- a delta written as '<metric> improvement'
    Case("The generalization results for SAM-Mix are even more impressive, with the same model configuration yielding a 25.4% Dice improvement on the LiTS dataset.",
         title="Annotation-Efficient Task Guidance for Medical Segment Anything",
         context="We propose SAM-Mix, a novel multitask learning framework for medical image segmentation.",
         claims=[C("LiTS", 25.4, "25.4%", kind="delta", metric="Dice", model="SAM-Mix")],
         source=RECENT + ", with the benchmark named in the sentence"),
    # --- acronyms of the vocabulary match in their case only
    Case("The luminosity of the brightest sources reaches 5.4e12 Lsun in the sample, with a scatter of 0.3 dex.",
         source="written for the rule: a unit of solar luminosity is not the LSUN benchmark"),
    # --- metric-value lists outside LLM papers; a coined name as the place of an evaluation
    Case("On eight AID classes (Beach, Bridge, Desert, Forest, Mountain, Pond, Port, River), DViT achieves 0.9572 OA, 0.9576 macro F1, and 0.9510 Kappa, improving over a vanilla ViT (0.9274 OA, 0.9300 macro F1, 0.9169 Kappa) and outperforming ResNet50, MobileNetV2, and FlashInternImage.",
         title="LC4-DViT: Land-cover Creation for Land-cover Classification with Deformable Vision Transformer",
         claims=[C("AID", 0.9572, "0.9572", metric="OA", model="DViT"), C("AID", 0.9576, "0.9576", metric="macro F1", model="DViT"),
                 C("AID", 0.951, "0.9510", metric="kappa", model="DViT"), C("AID", 0.9274, "0.9274", metric="OA"),
                 C("AID", 0.93, "0.9300", metric="macro F1"), C("AID", 0.9169, "0.9169", metric="kappa")],
         source=RECENT),
    Case("Cross-dataset evaluation on a three-class SIRI-WHU subset (Harbor, Pond, River) yields 0.9333 OA, 0.9316 macro F1, and 0.8989 Kappa, indicating good transferability.",
         title="LC4-DViT: Land-cover Creation for Land-cover Classification with Deformable Vision Transformer",
         claims=[C("SIRI-WHU", 0.9333, "0.9333", metric="OA"), C("SIRI-WHU", 0.9316, "0.9316", metric="macro F1"),
                 C("SIRI-WHU", 0.8989, "0.8989", metric="kappa")],
         source=RECENT),
    # --- a sentence that names unnamed evaluations does not inherit an earlier benchmark
    Case("On four natural language processing datasets, WideNet outperforms ALBERT by $1.8\\%$ on average and surpass BERT using factorized embedding parameterization by $0.8\\%$ with fewer parameters.",
         context="On ImageNet-1K, our best model outperforms Vision Transformer (ViT) by $1.5\\%$ with $0.72 \\times$ trainable parameters.",
         mentions=[M("1.8", ("unnamed evaluation", "other")), M("0.8", ("unnamed evaluation", "other", "efficiency"))], source=POOL),
    # --- a:b is a ratio or a time, not two numbers
    Case("With our adapted synthetic data for training the semantic segmentation, we achieve an improvement of 6:59% when applied to real images, superior to alternative methods.",
         context="We evaluate on the SynCloud dataset.",
         mentions=[M("6", "other")], source=POOL),
    # --- the domain gate: no learned model or evaluation in the text, no claims
    Case("The search achieves a signal efficiency of 95.2% on the ATLAS dataset and reduces the background by 30% on CMS, with a purity of 0.97 on MC16.",
         title="Search for heavy neutral leptons in proton-proton collisions",
         mentions=[M("95.2%", ("other", "unnamed evaluation")), M("30%", ("other", "unnamed evaluation")), M("0.97", ("other", "unnamed evaluation"))],
         source="written for the rule (phrasing of experimental physics abstracts)"),
    # --- one value for a list of benchmarks holds for each
    Case("Specifically, we show that on the challenging miniImageNet and tieredImageNet benchmarks, TAFSSL can improve the current state-of-the-art in both transductive and semi-supervised FSL settings by more than $5\\%$.",
         title="TAFSSL: Task-Adaptive Feature Sub-Space Learning for few-shot classification",
         claims=[C("miniImageNet", 5, "5\\%", kind="delta", model="TAFSSL"), C("tieredImageNet", 5, "5\\%", kind="delta", model="TAFSSL")],
         source=POOL + " (set U)"),
    # --- the paper's own method: an acronym after its long name, a name the title opens with
    Case("The evaluations on several benchmarks demonstrate the effectiveness of the proposed method, e.g., obtaining 82.8% on the CUB dataset.",
         title="Attribute-Induced Bias Eliminating for Transductive Zero-Shot Learning",
         context="To solve the above problem, we propose a novel Attribute-Induced Bias Eliminating (AIBE) module for Transductive ZSL.",
         claims=[C("CUB-200-2011", 82.8, "82.8%", aliases=("CUB",), model="AIBE")], source=POOL + " (set R), shortened"),
    Case("Finally we achieve 28.9 mask AP on the test-set of the LVIS and rank 1st place in LVIS Challenge 2019.",
         title="Equalization Loss for Large Vocabulary Instance Segmentation",
         context="In this work, we propose a simple but effective loss, named equalization loss, to tackle the problem of long-tailed rare categories.",
         claims=[C("LVIS", 28.9, "28.9", metric="mask AP", model="Equalization Loss")], mentions=[M("1st", "other")],
         source=POOL + " (set U)"),
    Case("Best result of 0.69 F1-score was obtained on CIFAR-10 classification task with imbalance ratio of 1:2500.",
         title="eGAN: Unsupervised approach to class imbalance using transfer learning",
         context="In this study we explore an unsupervised approach to address these imbalances by leveraging transfer learning from pre-trained image classification models to encoder-based Generative Adversarial Network (eGAN).",
         claims=[C("CIFAR-10", 0.69, "0.69", metric="F1", model="eGAN")], source=POOL + " (set U)"),
]
