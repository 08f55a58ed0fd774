"""Synthetic claims tables for the dashboard's tests and benchmark.

`synthetic_claims(n, seed)` builds a frame with the claims table's columns that passes
schema.validate.validate_claims: realistic models and sizes (some unknown), benchmarks
with categories (and one outside the vocabulary), all three kinds, several metrics,
papers that disagree about the same model+benchmark+metric, and evidence sentences that
contain value_text. It is deterministic for a given (n, seed).

The identity columns are realistic: model_id and model_family come from the model registry
(schema.registry.resolve, as the extractor sets them; null for names it does not know),
every paper proposes one model (its claims about that model have model_role 'proposed',
claims about other models 'baseline'), human baselines are 'human' and claims that name no
model 'unnamed'; some papers state a setting ('5-shot', 'zero-shot; CoT', ...).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.registry import resolve

# name, params_b (None: unknown), active_params_b, params_source, quality (0..1)
MODELS: list[tuple[str | None, float | None, float | None, str | None, float]] = [
    ("LLaMA-2-7B", 7.0, None, "name", 0.30),
    ("LLaMA-2-13B", 13.0, None, "name", 0.38),
    ("LLaMA-2-70B", 70.0, None, "name", 0.55),
    ("Llama-3-8B", 8.0, None, "name", 0.50),
    ("Llama-3-70B", 70.0, None, "name", 0.72),
    ("Mistral-7B", 7.3, None, "registry", 0.45),
    ("Mixtral-8x7B", 46.7, 12.9, "registry", 0.60),
    ("Qwen2.5-0.5B", 0.5, None, "name", 0.18),
    ("Qwen2.5-7B", 7.0, None, "name", 0.58),
    ("Qwen2.5-72B", 72.0, None, "name", 0.80),
    ("Gemma-2-9B", 9.0, None, "name", 0.55),
    ("Phi-3-mini", 3.8, None, "registry", 0.48),
    ("DeepSeek-V3", 671.0, 37.0, "registry", 0.86),
    ("DeepSeek-R1", 671.0, 37.0, "registry", 0.90),
    ("T5-770M", 0.77, None, "text", 0.10),
    ("Pythia-1.4B", 1.4, None, "name", 0.12),
    ("GPT-4", None, None, None, 0.85),
    ("GPT-4o", None, None, None, 0.88),
    ("Claude 3 Opus", None, None, None, 0.86),
    ("Gemini 1.5 Pro", None, None, None, 0.84),
    ("ChatGPT", None, None, None, 0.65),
    ("Llama-3.1-8B", 8.0, None, "name", 0.52),  # the registry's 'Llama 3.1', sized by the name
    ("Llama-3.1-70B-Instruct", 70.0, None, "name", 0.74),
    ("human experts", None, None, None, 0.70),  # a human baseline: a reference row, never ranked
    (None, None, None, None, 0.50),  # "the best general-purpose model": no model named
]

# name, known (in the vocabulary), category, metrics (metric, unit, low, high), subsets
BENCHMARKS: list[tuple[str, bool, str | None, list[tuple[str, str | None, float, float]], list[str | None]]] = [
    ("MMLU", True, "knowledge", [("accuracy", "%", 25, 90)], [None]),
    ("GSM8K", True, "math", [("accuracy", "%", 5, 96)], [None]),
    ("MATH", True, "math", [("accuracy", "%", 2, 85)], [None]),
    ("HumanEval", True, "code", [("pass@1", "%", 5, 92), ("pass@10", "%", 10, 97)], [None]),
    ("MBPP", True, "code", [("pass@1", "%", 10, 85)], [None]),
    ("ARC-Challenge", True, "reasoning", [("accuracy", "%", 25, 96), ("score", None, 25, 96)], [None]),
    ("HellaSwag", True, "reasoning", [("accuracy", "%", 30, 95)], [None]),
    ("TruthfulQA", True, "knowledge", [("MC2", "%", 30, 75)], [None]),
    ("FLORES-200", True, "translation", [("chrF++", None, 20, 65), ("BLEU", None, 5, 45)], ["devtest", "eng-deu"]),
    ("WMT14", True, "translation", [("BLEU", None, 10, 42)], ["en-de", "en-fr"]),
    ("MT-Bench", True, "instruction-following", [("score", None, 3, 9.5)], [None]),
    ("GPQA Diamond", True, "knowledge", [("accuracy", "%", 25, 85)], [None]),  # Epoch AI runs it too
    ("WikiText-103", True, "nlp", [("perplexity", None, 9, 40)], [None]),  # lower is better
    ("LongIns", False, None, [("accuracy", "%", 10, 70)], [None]),
]

LOWER_IS_BETTER = {"perplexity"}
# settings some papers state (the first three papers state none: they hold the fixed disagreements)
SETTINGS = ["5-shot", "zero-shot", "zero-shot; CoT", "maj@64"]


def _identity(model: str | None) -> tuple[str | None, str | None, str]:
    """(model_id, model_family, role before 'proposed') of a written name, from the registry."""
    if model is None:
        return None, None, "unnamed"
    if model.lower().startswith("human"):
        return None, None, "human"
    res = resolve(model)
    return (res.model_id, res.entry.family, "baseline") if res else (None, None, "baseline")

_ADJ = ["Scaling", "Efficient", "Robust", "Sparse", "Aligned", "Compact", "Faithful", "Multilingual", "Adaptive"]
_NOUN = ["Instruction Tuning", "Distillation", "Mixture-of-Experts", "Preference Optimisation", "Pruning",
         "Retrieval Augmentation", "Curriculum Learning", "Tokenisation", "Self-Consistency"]
_TOPIC = ["Language Models", "Code Generation", "Mathematical Reasoning", "Machine Translation",
          "Small Models", "Long Contexts", "Chat Assistants"]

# Strings a spreadsheet would run as formulas, or Markdown/HTML a page might render.
ADVERSARIAL_TITLES = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+SUM(A1:A9) Is All You Need",
    "@cmd Prompt Injection in Spreadsheets",
    "-2 Ways to Evaluate *Bold* Claims",
]
ADVERSARIAL_EVIDENCE = ("<script>alert(1)</script> **{model}** [link](javascript:alert(1)) gets $x$ {value}% on {bench}, "
                        "see http://evil.example or mail admin@evil.example.")


def _paper_table(n_papers: int, rng: np.random.Generator, adversarial: bool) -> list[tuple[str, str]]:
    papers = []
    for i in range(n_papers):
        title = f"{_ADJ[i % len(_ADJ)]} {_NOUN[(i // len(_ADJ)) % len(_NOUN)]} for {_TOPIC[i % len(_TOPIC)]}"
        if i >= len(_ADJ) * len(_NOUN):
            title += f" {i}"  # keep titles distinct beyond the templates
        pid = f"24{(i % 12) + 1:02d}.{10000 + i:05d}"
        papers.append((pid, title))
    if adversarial:
        for j, t in enumerate(ADVERSARIAL_TITLES[: max(1, n_papers // 2)]):
            pid, _ = papers[j]
            papers[j] = (pid, t)
    return papers


def synthetic_claims(n: int = 200, seed: int = 0, *, adversarial: bool = False) -> pd.DataFrame:
    """n valid claims (columns of CLAIM_COLUMNS, in order), deterministic for (n, seed).

    adversarial=True puts formula-like paper titles and Markdown/HTML-laden evidence
    into the first rows (to test CSV neutralisation and escaping).
    """
    rng = np.random.default_rng(seed)
    n_papers = max(3, n // 8)
    papers = _paper_table(n_papers, rng, adversarial)

    m_idx = rng.integers(0, len(MODELS), n)
    b_idx = rng.integers(0, len(BENCHMARKS), n)
    p_idx = rng.integers(0, n_papers, n)
    kind_draw = rng.random(n)
    noise = rng.normal(0, 0.06, n)
    metric_draw = rng.random(n)
    subset_draw = rng.random(n)
    delta_mag = rng.uniform(0.3, 15.0, n)
    delta_sign = np.where(rng.random(n) < 0.85, 1.0, -1.0)
    rel_val = rng.uniform(55, 99.5, n)
    qual_draw = rng.random(n)
    conf = rng.uniform(0.5, 0.99, n)
    offset = rng.integers(0, 1500, n)
    # each paper proposes one named, non-human model, and about a quarter of its claims are about it
    own_models = [i for i, m in enumerate(MODELS) if m[0] is not None and not m[0].lower().startswith("human")]
    proposed = rng.choice(own_models, n_papers)
    own_draw = rng.random(n)
    setting_of = [SETTINGS[int(k)] if p >= 3 and u < 0.25 else None
                  for p, (u, k) in enumerate(zip(rng.random(n_papers), rng.integers(0, len(SETTINGS), n_papers)))]

    rows = []
    for i in range(n):
        mi, bi, pi = int(m_idx[i]), int(b_idx[i]), int(p_idx[i])
        # the first rows are a fixed set of disagreements (different papers, same
        # model+benchmark+metric, different values) so that even tiny tables have them
        kind = "score" if kind_draw[i] < 0.7 else ("delta" if kind_draw[i] < 0.9 else "relative")
        forced = _FORCED[i] if i < len(_FORCED) and n >= 8 else None
        if forced:
            mi, bi, pi_off, kind, forced_value = forced
            pi = pi_off % n_papers
        if not forced and own_draw[i] < 0.25:
            mi = int(proposed[pi])
        model, params_b, active_b, params_source, quality = MODELS[mi]
        model_id, family, role = _identity(model)
        if role == "baseline" and mi == int(proposed[pi]):
            role = "proposed"
        bench, known, category, metrics, subsets = BENCHMARKS[bi]
        metric, unit, lo, hi = metrics[int(metric_draw[i] * len(metrics))]
        subset = subsets[int(subset_draw[i] * len(subsets))]
        paper_id, title = papers[pi]
        qualifier = None
        value_high = None
        who = model or "the best general-purpose model"
        if kind == "score":
            q = min(1.0, max(0.0, quality + noise[i]))
            if metric in LOWER_IS_BETTER:
                q = 1.0 - q
            value = round(lo + (hi - lo) * q, 1 if hi > 10 else 2)
            if forced:
                value = forced_value
            value_text = f"{value:g}" if value != int(value) else f"{value:.1f}"
            value = float(value_text)
            suffix = "%" if unit == "%" else ""
            evidence = f"{who} achieves {value_text}{suffix} {metric} on {bench}" + (f" ({subset})." if subset else ".")
        elif kind == "delta":
            mag = round(float(delta_mag[i]), 1)
            value_text = f"{mag:.1f}"
            value = float(value_text) * delta_sign[i]
            if unit == "%":
                unit = "pp" if qual_draw[i] < 0.5 else "%"
            suffix = {"%": "%", "pp": " percentage points"}.get(unit or "", " points")
            if qual_draw[i] > 0.8:
                qualifier = "up to"
            if delta_sign[i] > 0:
                evidence = f"{who} improves {metric} on {bench} by {'up to ' if qualifier else ''}{value_text}{suffix} over the baseline."
            else:
                evidence = f"{who} lags behind GPT-4 by {value_text}{suffix} {metric} on {bench}."
        else:
            value_text = f"{rel_val[i]:.0f}"
            value = float(value_text)
            unit = "%"
            if qual_draw[i] > 0.7:
                qualifier = "about"
            evidence = f"{who} retains {'about ' if qualifier else ''}{value_text}% of GPT-4's {metric} on {bench}."
        if adversarial and i == 1:
            evidence = ADVERSARIAL_EVIDENCE.format(model=who, value=value_text, bench=bench)
        pos = evidence.index(value_text)
        char_start = int(offset[i]) + pos
        rows.append(
            {
                "claim_id": f"{paper_id}:{char_start}:{i}",
                "paper_id": paper_id,
                "paper_title": title,
                "source": "seeds/synthetic.txt",
                "model": model,
                "model_id": model_id,
                "model_family": family,
                "model_role": role,
                "base_model_id": None,
                "setting": setting_of[pi] if kind == "score" else None,
                "params_b": params_b,
                "active_params_b": active_b,
                "params_source": params_source,
                "benchmark": bench,
                "benchmark_known": known,
                "category": category,
                "subset": subset,
                "metric": metric,
                "value": value,
                "value_high": value_high,
                "value_text": value_text,
                "unit": unit,
                "kind": kind,
                "qualifier": qualifier,
                "evidence": evidence,
                "char_start": char_start,
                "char_end": char_start + len(value_text),
                "extractor": {"score": "on-benchmark@1", "delta": "delta@1", "relative": "relative@1"}[kind],
                "confidence": round(float(conf[i]), 2),
                "confidence_features": "model_id +0.9; benchmark_known +0.7" if known else "rule=phrase-benchmark -0.5; from..to -0.5",
                "decided_by": ("benchmark: benchmark-after; model: learned-candidate (p 0.71: sentence-initial +1.0); kind: score; size: none"
                               if known and i % 7 == 3 else "benchmark: benchmark-after; model: subject; kind: score; size: none" if known
                               else "benchmark: benchmark-before; model: undecided; kind: delta-lead; size: none"),
            }
        )
    df = pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))
    df["benchmark_known"] = df["benchmark_known"].astype(bool)
    for col in ("params_b", "active_params_b", "value", "value_high", "confidence"):
        df[col] = df[col].astype("float64")
    for col in ("char_start", "char_end"):
        df[col] = df[col].astype("int64")
    return df


_M = {name: i for i, (name, *_rest) in enumerate(MODELS)}
_B = {b[0]: i for i, b in enumerate(BENCHMARKS)}
# (model index, benchmark index, paper offset, kind, value): metric/subset are the
# benchmark's first (MMLU and GSM8K have one metric and no subset).
_FORCED = [
    (_M["GPT-4"], _B["MMLU"], 0, "score", 86.4),
    (_M["GPT-4"], _B["MMLU"], 1, "score", 83.7),
    (_M["LLaMA-2-7B"], _B["GSM8K"], 1, "score", 14.6),
    (_M["LLaMA-2-7B"], _B["GSM8K"], 2, "score", 16.0),
    (_M["Qwen2.5-72B"], _B["GSM8K"], 0, "score", 91.6),
    (_M["Qwen2.5-72B"], _B["GSM8K"], 2, "score", 91.6),  # papers agree: no conflict
]
