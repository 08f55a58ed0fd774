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


ACTIVE_CASES = [
    # (title, abstract, {value: expected active_params_b}, source)
    ("Composition of Experts: A Modular Compound AI System Leveraging Large Language Models",
     "CoEs obtained using open weight LLMs Qwen/Qwen2-7B-Instruct, google/gemma-2-9b-it, google/gemma-2-27b-it, "
     "meta-llama/Llama-3.1-70B-Instruct and Qwen/Qwen2-72B-Instruct achieve a score of 59.4 with merely 31 billion "
     "average active parameters on Arena-Hard and a score of 9.06 with 54 billion average active parameters on MT-Bench.",
     {59.4: None, 9.06: None}, "seed (the counts belong to the CoE system, not to a dense model of the list)"),
    ("Mixtral of Experts", "Mixtral 8x7B achieves 70.6 on MMLU with 13B active parameters.", {70.6: 13.0},
     "a mixture: the active count stands"),
]


@pytest.mark.parametrize("title,abstract,expected,source", ACTIVE_CASES, ids=[c[0][:20] for c in ACTIVE_CASES])
def test_active_parameters_never_given_to_a_dense_model(title, abstract, expected, source):
    claims, _ = extract_abstract(title, abstract)
    got = {c["value"]: c["active_params_b"] for c in claims}
    assert got == expected, source
    for c in claims:
        assert c["active_params_b"] is None or c["params_b"] is None or c["active_params_b"] <= c["params_b"]


def test_the_systems_own_name_gives_its_size():
    """'we release Meta WikiExpert-8B': the paper's system is named with its size after its
    results are given ('We train expert 8B models that achieve 66% on ... SimpleQA'), so the
    results of that system carry 8B (random set AV, a real abstract)."""
    import json
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "random" / "abstracts_av.jsonl"
    record = next(r for r in map(json.loads, fixture.read_text(encoding="utf-8").splitlines())
                  if r["title"] == "Learning Facts at Scale with Active Reading")
    rows = [r for r in extract_abstract(record["title"], record["abstract"])[0] if r["benchmark"] in ("SimpleQA", "FinanceBench")]
    assert rows and all(r["model"] == "Meta WikiExpert-8B" and r["params_b"] == 8 and r["params_source"] == "name" for r in rows)
