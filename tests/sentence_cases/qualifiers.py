"""QUALIFIERS: up to; about / approximately / around / ~; on average; at least / over /
more than / above / greater than; below / under / "none reach"; within."""
from sentence_cases.common import C, Case, M

SEED = "seed 000_9932df2cf9322f32"

QUALIFIERS = [
    Case(
        "Specifically, SimPO outperforms DPO by up to 6.4 points on AlpacaEval 2 and by up to 7.5 points on Arena-Hard.",
        title="SimPO: Simple Preference Optimization with a Reference-Free Reward",
        claims=[
            C("AlpacaEval 2.0", 6.4, "6.4 points", kind="delta", aliases=("AlpacaEval 2",), qual="up to", model="SimPO"),
            C("Arena-Hard", 7.5, "7.5 points", kind="delta", qual="up to", model="SimPO"),
        ],
        source="arXiv:2405.14734 (dev b)",
    ),
    Case(
        "Minitron models exhibit up to a 16% improvement in MMLU scores compared to training from scratch, perform comparably to other community models such as Mistral 7B, Gemma 7B and Llama-3 8B, and outperform state-of-the-art compression techniques from the literature.",
        title="Compact Language Models via Pruning and Knowledge Distillation",
        claims=[C("MMLU", 16, "16%", kind="delta", qual="up to", unit="%", model="Minitron")],
        source=SEED, seed=True,
    ),
    Case(
        "The extensive results on our MVBench reveal that, the existing MLLMs are far from satisfactory in temporal understanding, while our VideoChat2 largely surpasses these leading models by over 15% on MVBench.",
        title="MVBench: A Comprehensive Multi-modal Video Understanding Benchmark",
        claims=[C("MVBench", 15, "15%", kind="delta", qual="at least", unit="%", model="VideoChat2")],
        source="arXiv:2311.17005 (dev a)",
    ),
    Case(
        "Based on LLaMA-2 as our underlying model, our results show that the model can achieve an average improvement of more than 12 BLEU and 12 COMET over its zero-shot performance across 10 translation directions from the WMT'21 (2 directions) and WMT'22 (8 directions) test datasets.",
        title="A Paradigm Shift in Machine Translation: Boosting Translation Performance of Large Language Models",
        claims=[
            C("WMT22", 12, "12", kind="delta", aliases=("WMT'22", "WMT'21", "WMT21", "WMT"), metric="BLEU", qual="at least"),
            C("WMT22", 12, "12", kind="delta", aliases=("WMT'22", "WMT'21", "WMT21", "WMT"), metric="COMET"),
        ],
        mentions=[M("10", "other"), M("2", "other"), M("8", "other")],
        source="arXiv:2309.11674 (dev a)",
    ),
    Case(
        "We evaluate recent models such as GPT-4 and Claude on ARB and demonstrate that current models score well below 50% on more demanding tasks.",
        title="ARB: Advanced Reasoning Benchmark for Large Language Models",
        claims=[C("ARB", 50, "50%", qual="below", unit="%", model=None)],
        source="arXiv:2307.13692",
    ),
    Case(
        "Our comprehensive evaluation reveals that while most mainstream LLMs achieve an average accuracy rate above 50% on ArcMMLU, there remains a notable performance gap, suggesting substantial headroom for refinement in LLM capabilities within the LIS domain.",
        title="ArcMMLU: A Library and Information Science Benchmark for Large Language Models",
        claims=[C("ArcMMLU", 50, "50%", metric="accuracy", qual="at least", unit="%")],
        source="arXiv:2311.18658",
    ),
    Case(
        "However, recent advances in neural language models have already reached around 90% accuracy on variants of WSC.",
        title="WinoGrande: An Adversarial Winograd Schema Challenge at Scale",
        claims=[C("WSC", 90, "90%", metric="accuracy", qual="about", unit="%")],
        source="arXiv:1907.10641 (paper text)",
    ),
]
