"""Who a number belongs to and in which setting: model_role and setting of claims, on real
sentences (the source of each is given)."""
from __future__ import annotations

import pytest

from claimboard.extract.rules import _setting, extract_abstract

ROLE_CASES = [
    # (title, abstract, value, expected role, source)
    ("NormAd: A Framework for Measuring the Cultural Adaptability of Large Language Models",
     "We introduce NormAd, a novel dataset of 2.6k situational descriptions. Even with explicit social norms, the "
     "top-performing model, Mistral-7b-Instruct, achieves only 81.8% accuracy, lagging behind the 95.6% achieved by humans.",
     95.6, "human", "arXiv topic corpus (cultural anthropology)"),
    ("NormAd: A Framework for Measuring the Cultural Adaptability of Large Language Models",
     "We introduce NormAd, a novel dataset of 2.6k situational descriptions. Even with explicit social norms, the "
     "top-performing model, Mistral-7b-Instruct, achieves only 81.8% accuracy, lagging behind the 95.6% achieved by humans.",
     81.8, "baseline", "arXiv topic corpus (cultural anthropology)"),
    ("K-Net: Towards Unified Image Segmentation",
     "We present K-Net, a framework for image segmentation. Without bells and whistles, K-Net surpasses all previous "
     "state-of-the-art single-model results of panoptic segmentation on MS COCO and semantic segmentation on ADE20K with "
     "52.1% PQ and 54.3% mIoU, respectively.", 54.3, "proposed", "cs pool (set U)"),
    ("Towards Learning a Generic Agent for Vision-and-Language Navigation via Pre-training",
     "On the Room-to-Room benchmark, our model improves the state-of-the-art from 47% to 51% on success rate weighted by path length.",
     47, "unnamed", "cs pool (set U)"),
]


@pytest.mark.parametrize("title,abstract,value,role,source", ROLE_CASES, ids=[f"{c[3]}-{c[2]}" for c in ROLE_CASES])
def test_model_role(title, abstract, value, role, source):
    claims, _ = extract_abstract(title, abstract)
    hit = [c for c in claims if abs(c["value"] - value) < 1e-9]
    assert hit, f"no claim {value}"
    assert hit[0]["model_role"] == role, hit[0]


SETTING_CASES = [
    ("In zero-shot CoT settings on GSM8K, base models consistently outperform instruct models", "zero-shot; CoT"),
    ("achieves 86.4% on MMLU (5-shot)", "5-shot"),
    ("reaches 74.4% on MATH with maj@64", "maj@64"),
    ("with self-consistency, accuracy rises to 78%", "majority voting"),
    ("a fine-tuned BERT reaches 91.2 F1", "fine-tuned"),
    ("achieves 71.2% accuracy on MMLU", None),
    ("the few-shot prompted 540B PaLM model", "few-shot"),
]


@pytest.mark.parametrize("clause,expected", SETTING_CASES)
def test_setting(clause, expected):
    assert _setting(clause) == expected
