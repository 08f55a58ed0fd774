"""NUMBERS: how numbers are written — decimals, %, \\%, LaTeX remnants ($...$, {\\sc ...},
{...}), signed values (+4.6), ranges (5.2%-21.8%, 59.4 – 79.1%, 16% to 33%), slash pairs
(1.8/3.3, 2.1%/4.3%), "point" and "% point" units."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

NUMBERS = [
    Case(
        "Our extensive empirical evaluation shows that self-consistency boosts the performance of chain-of-thought prompting with a striking margin on a range of popular arithmetic and commonsense reasoning benchmarks, including GSM8K (+17.9%), SVAMP (+11.0%), AQuA (+12.2%), StrategyQA (+6.4%) and ARC-challenge (+3.9%).",
        xfail="model: the method named in the title and the sentence (self-consistency) is not attributed (model None)",
        title="Self-Consistency Improves Chain of Thought Reasoning in Language Models",
        claims=[
            C("GSM8K", 17.9, "+17.9%", kind="delta", unit="%", model="self-consistency"),
            C("SVAMP", 11.0, "+11.0%", kind="delta", unit="%", model="self-consistency"),
            C("AQuA", 12.2, "+12.2%", kind="delta", unit="%", aliases=("AQuA-RAT",), model="self-consistency"),
            C("StrategyQA", 6.4, "+6.4%", kind="delta", unit="%", model="self-consistency"),
            C("ARC-Challenge", 3.9, "+3.9%", kind="delta", unit="%", aliases=("ARC-challenge", "ARC-C"), model="self-consistency"),
        ],
        source="arXiv:2203.11171 (dev a)",
    ),
    Case(
        "It obtains new state-of-the-art results on eleven natural language processing tasks, including pushing the GLUE score to 80.5% (7.7% point absolute improvement), MultiNLI accuracy to 86.7% (4.6% absolute improvement), SQuAD v1.1 question answering Test F1 to 93.2 (1.5 point absolute improvement) and SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement).",
        title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        context="BERT is conceptually simple and empirically powerful.",
        claims=[
            C("GLUE", 80.5, "80.5%", unit="%", model="BERT"),
            C("GLUE", 7.7, "7.7% point", kind="delta"),
            C("MNLI", 86.7, "86.7%", aliases=("MultiNLI",), metric="accuracy", unit="%", model="BERT"),
            C("MNLI", 4.6, "4.6%", kind="delta", aliases=("MultiNLI",), unit="%"),
            C("SQuAD", 93.2, "93.2", aliases=("SQuAD v1.1",), metric="F1", unit=None, model="BERT"),
            C("SQuAD", 1.5, "1.5 point", kind="delta", aliases=("SQuAD v1.1",)),
            C("SQuAD 2.0", 83.1, "83.1", aliases=("SQuAD v2.0",), metric="F1", unit=None, model="BERT"),
            C("SQuAD 2.0", 5.1, "5.1 point", kind="delta", aliases=("SQuAD v2.0",)),
        ],
        source="arXiv:1810.04805v2",
    ),
    Case(
        "Our MetaMath-7B model achieves $66.4\\%$ on GSM8K and $19.4\\%$ on MATH, exceeding the state-of-the-art models of the same size by $11.5\\%$ and $8.7\\%$.",
        title="MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models",
        claims=[
            C("GSM8K", 66.4, "66.4\\%", unit="%", model="MetaMath-7B", params=7),
            C("MATH", 19.4, "19.4\\%", unit="%", model="MetaMath-7B", params=7),
            C("GSM8K", 11.5, "11.5\\%", kind="delta", unit="%", model="MetaMath-7B"),
            C("MATH", 8.7, "8.7\\%", kind="delta", unit="%", model="MetaMath-7B"),
        ],
        mentions=[],
        source="arXiv:2309.12284 (LaTeX abstract as served by zhuanzhi.ai)",
    ),
    Case(
        "Particularly, {MetaMath-70B} achieves an accuracy of $82.3\\%$ on {GSM8K}, slightly better than {GPT-3.5-Turbo}.",
        title="MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models",
        claims=[C("GSM8K", 82.3, "82.3\\%", unit="%", metric="accuracy", model="MetaMath-70B", params=70)],
        source="arXiv:2309.12284 (LaTeX abstract as served by zhuanzhi.ai)",
    ),
    Case(
        "For fine-tuning models specialized in agent framework, we show that notable improvements on the ToolBench leader-board can be achieved by training with customized dataset on SWIFT, with an increase of 5.2%-21.8% in the Act.EM metric over various baseline models, a reduction in hallucination by 1.6%-14.1%, and an average performance improvement of 8%-17%.",
        title="SWIFT:A Scalable lightWeight Infrastructure for Fine-Tuning",
        claims=[
            C("ToolBench", 5.2, "5.2%-21.8%", kind="delta", high=21.8, metric="Act.EM", unit="%"),
            C("ToolBench", -1.6, "1.6%-14.1%", kind="delta", high=-14.1, metric="hallucination", unit="%"),
            C("ToolBench", 8, "8%-17%", kind="delta", high=17, qual="average", unit="%"),
        ],
        source=SEED, seed=True,
    ),
    Case(
        "We evaluate various models on BBEH and observe a (harmonic) average accuracy of 9.8\\% for the best general-purpose model and 44.8\\% for the best reasoning-specialized model, indicating substantial room for improvement and highlighting the ongoing challenge of achieving robust general reasoning in LLMs.",
        title="BIG-Bench Extra Hard",
        claims=[
            C("BBEH", 9.8, "9.8\\%", aliases=("BIG-Bench Extra Hard",), metric="accuracy", qual="average", unit="%", model=None),
            C("BBEH", 44.8, "44.8\\%", aliases=("BIG-Bench Extra Hard",), metric="accuracy", qual="average", unit="%", model=None),
        ],
        source=SEED, seed=True,
    ),
    Case(
        "The best state-of-the-art methods on WINOGRANDE achieve 59.4 – 79.1%, which are ~15-35% (absolute) below human performance of 94.0%, depending on the amount of the training data allowed (2% – 100% respectively).",
        xfail="'~15-35% (absolute) below' read as a score instead of a negative delta; the training-data share '2% – 100%' becomes a claim",
        title="WinoGrande: An Adversarial Winograd Schema Challenge at Scale",
        claims=[
            C("WinoGrande", 59.4, "59.4 – 79.1%", high=79.1, unit="%"),
            C("WinoGrande", -15, "15-35%", kind="delta", high=-35, qual="about", unit="%"),
            C("WinoGrande", 94.0, "94.0%", unit="%", model="human"),
        ],
        mentions=[M("2% – 100%", "data size")],
        source="arXiv:1907.10641 (paper text)",
    ),
    Case(
        "Furthermore, we establish new state-of-the-art results on five related benchmarks — WSC ( $\\rightarrow$  90.1%), DPR ( $\\rightarrow$  93.1%), COPA( $\\rightarrow$  90.6%), KnowRef ( $\\rightarrow$  85.6%), and Winogender ( $\\rightarrow$  97.1%).",
        xfail="benchmarks outside the vocabulary (DPR, KnowRef) are not recognised; their values go to the neighbouring benchmark",
        title="WinoGrande: An Adversarial Winograd Schema Challenge at Scale",
        claims=[
            C("WSC", 90.1, "90.1%", unit="%"),
            C("DPR", 93.1, "93.1%", unit="%"),
            C("COPA", 90.6, "90.6%", unit="%"),
            C("KnowRef", 85.6, "85.6%", unit="%"),
            C("WinoGender", 97.1, "97.1%", unit="%"),
        ],
        source="arXiv:1907.10641 (paper text, LaTeX arrows kept)",
    ),
    Case(
        "Our experimental results show that MMLU-Pro not only raises the challenge, causing a significant drop in accuracy by 16% to 33% compared to MMLU but also demonstrates greater stability under varying prompts.",
        title="MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding Benchmark",
        claims=[C("MMLU-Pro", -16, "16% to 33%", kind="delta", high=-33, metric="accuracy", unit="%", model=None)],
        source="arXiv:2406.01574",
    ),
    Case(
        "Experiments using all labeled data of Librispeech achieve 1.8/3.3 WER on the clean/other test sets.",
        title="wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
        claims=[
            C("LibriSpeech", 1.8, "1.8", metric="WER", unit=None),
            C("LibriSpeech", 3.3, "3.3", metric="WER", unit=None),
        ],
        source="arXiv:2006.11477",
    ),
    Case(
        "Using just ten minutes of labeled data and pre-training on 53k hours of unlabeled data still achieves 5.7/10.1 WER on the noisy/clean test sets of Librispeech.",
        title="wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
        claims=[
            C("LibriSpeech", 5.7, "5.7", metric="WER"),
            C("LibriSpeech", 10.1, "10.1", metric="WER"),
        ],
        mentions=[M("53k", "data size")],
        source="wav2vec 2.0, OpenReview version of the abstract (bIF-w5HaAkW)",
    ),
    Case(
        "On the widely used LibriSpeech benchmark, our model achieves WER of 2.1%/4.3% without using a language model and 1.9%/3.9% with an external language model on test/testother.",
        title="Conformer: Convolution-augmented Transformer for Speech Recognition",
        context="To this regard, we propose the convolution-augmented transformer for speech recognition, named Conformer. Conformer significantly outperforms the previous Transformer and CNN based models achieving state-of-the-art accuracies.",
        claims=[
            C("LibriSpeech", 2.1, "2.1%", metric="WER", unit="%", model="Conformer"),
            C("LibriSpeech", 4.3, "4.3%", metric="WER", unit="%", model="Conformer"),
            C("LibriSpeech", 1.9, "1.9%", metric="WER", unit="%", model="Conformer"),
            C("LibriSpeech", 3.9, "3.9%", metric="WER", unit="%", model="Conformer"),
        ],
        source="arXiv:2005.08100 (dev a)",
    ),
    Case(
        "Its performance surpasses the previous state-of-the-art by a large margin of +2.7 box AP and +2.6 mask AP on COCO, and +3.2 mIoU on ADE20K, demonstrating the potential of Transformer-based models as vision backbones.",
        title="Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        claims=[
            C("COCO", 2.7, "+2.7", kind="delta", aliases=("MS COCO",), unit=None),
            C("COCO", 2.6, "+2.6", kind="delta", aliases=("MS COCO",), unit=None),
            C("ADE20K", 3.2, "+3.2", kind="delta", metric="mIoU", unit=None),
        ],
        source="arXiv:2103.14030 (dev b)",
    ),
    Case(
        "These qualities of Swin Transformer make it compatible with a broad range of vision tasks, including image classification (87.3 top-1 accuracy on ImageNet-1K) and dense prediction tasks such as object detection (58.7 box AP and 51.1 mask AP on COCO test-dev) and semantic segmentation (53.5 mIoU on ADE20K val).",
        title="Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        claims=[
            C("ImageNet", 87.3, "87.3", aliases=("ImageNet-1K",), metric="top-1 accuracy", model="Swin Transformer"),
            C("COCO", 58.7, "58.7", aliases=("COCO test-dev",), metric="box AP", model="Swin Transformer"),
            C("COCO", 51.1, "51.1", aliases=("COCO test-dev",), metric="mask AP", model="Swin Transformer"),
            C("ADE20K", 53.5, "53.5", aliases=("ADE20K val",), metric="mIoU", model="Swin Transformer"),
        ],
        source="arXiv:2103.14030 (dev b)",
    ),
    Case(
        "An ensemble of these residual nets achieves 3.57% error on the ImageNet test set.",
        title="Deep Residual Learning for Image Recognition",
        claims=[C("ImageNet", 3.57, "3.57%", unit="%", metric="error")],
        source="arXiv:1512.03385",
    ),
    Case(
        "Further, scaling s1-32B with budget forcing allows extrapolating beyond its performance without test-time intervention: from 50% to 57% on AIME24.",
        title="s1: Simple test-time scaling",
        claims=[
            C("AIME 2024", 50, "50%", aliases=("AIME24",), unit="%", model="s1-32B", params=32),
            C("AIME 2024", 57, "57%", aliases=("AIME24",), unit="%", model="s1-32B", params=32),
        ],
        source="arXiv:2501.19393 (dev b)",
    ),
    Case(
        "Specifically, through simple supervised fine-tuning, our model, LIMO, achieves 63.3% accuracy on AIME24 and 95.6% on MATH500, surpassing previous fine-tuned models (6.5% on AIME24, 59.2% on MATH500) while using only 1% of the training data required by prior approaches.",
        title="LIMO: Less is More for Reasoning",
        claims=[
            C("AIME 2024", 63.3, "63.3%", aliases=("AIME24",), metric="accuracy", unit="%", model="LIMO"),
            C("MATH-500", 95.6, "95.6%", aliases=("MATH500",), unit="%", model="LIMO"),
            C("AIME 2024", 6.5, "6.5%", aliases=("AIME24",), unit="%"),
            C("MATH-500", 59.2, "59.2%", aliases=("MATH500",), unit="%"),
        ],
        mentions=[M("1%", "data size")],
        source="arXiv:2502.03387 (dev b)",
    ),
]
