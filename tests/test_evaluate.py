"""`claimboard evaluate PREDICTED GOLD` and extract.evaluate.score, by the scoring rules of
the claims contract (copied here, tests read nothing under /work/shared):

  A predicted claim matches a gold claim when, after normalising case, spaces and
  punctuation, the paper title is the same, the benchmark equals the gold benchmark or one
  of its aliases (or starts with one of them), kind is the same and value is equal within
  0.005 (value_high too, for a range). For a delta the magnitudes are compared; its sign
  is scored on its own.
  - recall = matched required gold claims / required gold claims
  - precision = predicted claims that match any gold claim / predicted claims
  - on matched pairs: model attribution (the gold model's name or one of its aliases,
    normalised, is contained in the predicted one or the reverse), size accuracy
    (params_b within 15%, or both null), metric accuracy.
  Gold `required: false` claims are neither counted as missed nor as false positives.

The expected numbers below are worked out by hand."""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from claimboard.extract.cli import main
from claimboard.extract.evaluate import score


def gold(title, benchmark, value, kind="score", model=None, params_b=None, metric="accuracy", required=True,
         value_high=None, benchmark_aliases=(), model_aliases=()):
    return dict(paper_title=title, model=model, params_b=params_b, active_params_b=None, benchmark=benchmark,
                subset=None, metric=metric, value=value, value_high=value_high, unit=None, kind=kind, qualifier=None,
                required=required, benchmark_aliases=list(benchmark_aliases), model_aliases=list(model_aliases))


def pred(title, benchmark, value, kind="score", model=None, params_b=None, metric="accuracy", value_high=None):
    return dict(paper_title=title, model=model, params_b=params_b, benchmark=benchmark, subset=None, metric=metric,
                value=value, value_high=value_high, kind=kind)


# Set A: 3 required gold, 3 predictions, 2 match, 1 false positive.
GOLD_A = [
    gold("Paper One: Small Models", "GSM8K", 61.82, model="LLaMA-2-7B", params_b=7),
    gold("Paper One: Small Models", "MMLU", 45.0, model="GPT-4"),
    gold("Paper Two", "MT-Bench", 8.5, model="Vicuna-13B", params_b=13, metric="score"),
]
PRED_A = [
    # title differs only in case and punctuation; value within 0.005; model contains the gold
    # model; size within 15% (7.5 vs 7); metric differs only in case
    pred("paper one - small models", "gsm8k", 61.823, model="LLaMA-2-7B-Chat", params_b=7.5, metric="Accuracy"),
    # benchmark spelled with a space; predicted model contained in the gold one; no size
    pred("Paper Two", "MT Bench", 8.5, model="Vicuna", metric="score"),
    # value off by 1.0: a false positive, and gold MMLU is missed
    pred("Paper One: Small Models", "MMLU", 46.0, model="GPT-4"),
]
SUMMARY_A = dict(precision=0.6667, recall=0.6667, f1=0.6667, predicted=3, gold_required=3, matched_required=2,
                 model_acc=1.0, size_acc=0.5, metric_acc=1.0, delta_sign_acc=None)

# Set B: deltas. Magnitudes match regardless of sign; the sign is scored on its own.
GOLD_B = [
    gold("Paper D", "TruthfulQA", -1.6, kind="delta", model="FooLM", metric="hallucination"),
    gold("Paper D", "MATH", 4.6, kind="delta", model="FooLM"),
    gold("Paper D", "MLVU", 5.2, kind="delta", value_high=21.8, model="FooLM"),
]
PRED_B = [
    pred("Paper D", "TruthfulQA", 1.6, kind="delta", model="FooLM", metric="hallucination"),  # sign wrong
    pred("Paper D", "MATH", 4.6, kind="delta", model="FooLM"),                                # sign right
    pred("Paper D", "MLVU", -5.2, kind="delta", value_high=-21.8, model="FooLM"),            # sign wrong
    pred("Paper D", "TruthfulQA", 1.6, kind="score", model="FooLM"),                          # kind differs: FP
    pred("Paper D", "MATH", 4.7, kind="delta", model="FooLM"),                                # value differs: FP
]
SUMMARY_B = dict(precision=0.6, recall=1.0, f1=0.75, predicted=5, gold_required=3, matched_required=3,
                 model_acc=1.0, size_acc=None, metric_acc=1.0, delta_sign_acc=0.3333)

# Set C: benchmark and model aliases, a prefix benchmark, optional gold.
GOLD_C = [
    gold("Paper A", "ARC-Challenge", 29.1, model="3B model with 32K vocabulary", metric="score",
         benchmark_aliases=["ARC-C", "ARC Challenge"], model_aliases=["VocabNet"]),
    gold("Paper A", "HellaSwag", 70.0, model="VocabNet", metric="score", required=False),
    gold("Paper A", "MMLU", 50.0, model="GPT-4", metric="accuracy"),
    gold("Paper A", "PIQA", 80.0, metric="score", required=False),          # optional and not found: no miss
]
PRED_C = [
    pred("Paper A", "ARC-C", 29.1, model="VocabNet-3B", metric="score"),      # alias; model alias contained
    pred("Paper A", "HellaSwag", 70.0, model="VocabNet", metric="score"),     # optional gold: not a FP
    pred("Paper A", "MMLU (5-shot)", 50.0, model="gpt 4", metric="F1"),      # starts with gold; metric wrong
    pred("Paper A", "Winogrande", 80.0, metric="score"),                      # false positive
]
SUMMARY_C = dict(precision=0.75, recall=1.0, f1=0.8571, predicted=4, gold_required=2, matched_required=2,
                 model_acc=1.0, size_acc=None, metric_acc=0.5, delta_sign_acc=None)

SETS = {"A": (PRED_A, GOLD_A, SUMMARY_A), "B": (PRED_B, GOLD_B, SUMMARY_B), "C": (PRED_C, GOLD_C, SUMMARY_C)}
KEYS = ("precision", "recall", "f1", "predicted", "gold_required", "matched_required", "model_acc", "size_acc",
        "metric_acc", "delta_sign_acc")


def summary_line(s: dict) -> str:
    return " ".join(f"{k}={s[k]}" for k in KEYS)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", list(SETS))
def test_score_matches_hand_computed_summary(name):
    preds, golds, expected = SETS[name]
    result = score(preds, golds)
    assert {k: getattr(result, k) for k in KEYS} == expected
    assert result.summary() == summary_line(expected)


@pytest.mark.parametrize("name", list(SETS))
def test_evaluate_command_prints_the_summary_last(tmp_path, name):
    preds, golds, expected = SETS[name]
    write_jsonl(tmp_path / "pred.jsonl", preds)
    write_jsonl(tmp_path / "gold.jsonl", golds)
    rc, out, err = run_cli(["evaluate", "pred.jsonl", "gold.jsonl"], tmp_path)
    assert rc == 0, err
    assert out.splitlines()[-1] == summary_line(expected)


def test_misses_and_false_positives_are_listed(tmp_path):
    write_jsonl(tmp_path / "pred.jsonl", PRED_A)
    write_jsonl(tmp_path / "gold.jsonl", GOLD_A)
    rc, out, _ = run_cli(["evaluate", "pred.jsonl", "gold.jsonl", "--show", "5"], tmp_path)
    lines = out.splitlines()
    missed = [json.loads(ln.split(": ", 1)[1]) for ln in lines if ln.startswith("missed: ")]
    fps = [json.loads(ln.split(": ", 1)[1]) for ln in lines if ln.startswith("false positive: ")]
    assert [(m["benchmark"], m["value"]) for m in missed] == [("MMLU", 45.0)]
    assert [(f["benchmark"], f["value"]) for f in fps] == [("MMLU", 46.0)]
    rc, out, _ = run_cli(["evaluate", "pred.jsonl", "gold.jsonl", "--show", "0"], tmp_path)
    assert out.splitlines() == [summary_line(SUMMARY_A)]


def test_evaluate_json_output(tmp_path):
    write_jsonl(tmp_path / "pred.jsonl", PRED_C)
    write_jsonl(tmp_path / "gold.jsonl", GOLD_C)
    rc, out, _ = run_cli(["evaluate", "pred.jsonl", "gold.jsonl", "--json"], tmp_path)
    assert rc == 0
    body = out[: out.rstrip("\n").rfind("\n")]
    data = json.loads(body)
    assert {k: data[k] for k in KEYS} == SUMMARY_C
    assert data["misses"] == []
    assert [fp["benchmark"] for fp in data["false_positives"]] == ["Winogrande"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_predicted_parquet_and_csv_score_like_jsonl(tmp_path, fmt):
    df = pd.DataFrame(PRED_A)
    path = tmp_path / f"pred.{fmt}"
    df.to_parquet(path) if fmt == "parquet" else df.to_csv(path, index=False)
    write_jsonl(tmp_path / "gold.jsonl", GOLD_A)
    rc, out, err = run_cli(["evaluate", path.name, "gold.jsonl"], tmp_path)
    assert rc == 0, err
    assert out.splitlines()[-1] == summary_line(SUMMARY_A)


def test_delta_magnitude_matches_either_sign_and_sign_scored_apart():
    g = [gold("P", "GSM8K", -31.73, kind="delta", model="M")]
    for value, sign_acc in ((31.73, 0.0), (-31.73, 1.0), (-31.734, 1.0)):
        r = score([pred("P", "GSM8K", value, kind="delta", model="M")], g)
        assert (r.matched_required, r.precision, r.recall, r.delta_sign_acc) == (1, 1.0, 1.0, sign_acc), value
    r = score([pred("P", "GSM8K", 31.73, kind="score", model="M")], g)  # a score never matches a delta
    assert (r.matched_required, r.precision) == (0, 0.0)
    # a score's sign is not ignored: -61.8 does not match 61.8
    r = score([pred("P", "GSM8K", -61.8)], [gold("P", "GSM8K", 61.8)])
    assert r.matched_required == 0


def test_value_tolerance_is_0_005():
    g = [gold("P", "GSM8K", 61.82)]
    assert score([pred("P", "GSM8K", 61.824)], g).matched_required == 1
    assert score([pred("P", "GSM8K", 61.816)], g).matched_required == 1
    assert score([pred("P", "GSM8K", 61.826)], g).matched_required == 0
    assert score([pred("P", "GSM8K", 61.814)], g).matched_required == 0


def test_range_needs_value_high_too():
    g = [gold("P", "MVBench", 5.2, kind="delta", value_high=21.8)]
    assert score([pred("P", "MVBench", 5.2, kind="delta", value_high=21.8)], g).matched_required == 1
    assert score([pred("P", "MVBench", 5.2, kind="delta")], g).matched_required == 0
    assert score([pred("P", "MVBench", 5.2, kind="delta", value_high=22.8)], g).matched_required == 0


def test_optional_gold_is_neither_miss_nor_false_positive():
    g = [gold("P", "GSM8K", 50.0), gold("P", "MATH", 20.0, required=False)]
    found = score([pred("P", "GSM8K", 50.0), pred("P", "MATH", 20.0)], g)
    assert (found.precision, found.recall, found.gold_required, found.matched_required) == (1.0, 1.0, 1, 1)
    assert found.false_positives == [] and found.misses == []
    not_found = score([pred("P", "GSM8K", 50.0)], g)
    assert (not_found.precision, not_found.recall) == (1.0, 1.0)
    assert not_found.misses == []


def test_required_gold_is_credited_before_an_optional_twin():
    g = [gold("P", "GSM8K", 50.0, required=False), gold("P", "GSM8K", 50.0)]
    r = score([pred("P", "GSM8K", 50.0)], g)
    assert (r.matched_required, r.recall, r.misses) == (1, 1.0, [])


def test_each_gold_claim_matches_one_prediction_only():
    g = [gold("P", "GSM8K", 50.0)]
    r = score([pred("P", "GSM8K", 50.0), pred("P", "GSM8K", 50.0)], g)
    assert (r.precision, r.recall, len(r.false_positives)) == (0.5, 1.0, 1)


@pytest.mark.parametrize("benchmark, ok", [
    ("ARC-C", True), ("arc challenge", True), ("ARC-Challenge (25-shot)", True),
    ("ARC", True),  # like the reference scorer: a predicted name of 3+ chars that the gold name starts with
    ("AR", False), ("HellaSwag", False), ("", False), (None, False),
])
def test_benchmark_aliases_and_prefixes(benchmark, ok):
    g = [gold("P", "ARC-Challenge", 29.1, benchmark_aliases=["ARC-C", "ARC Challenge"])]
    assert (score([pred("P", benchmark, 29.1)], g).matched_required == 1) is ok


@pytest.mark.parametrize("model, ok", [
    ("LLaMA-2-7B", True), ("llama 2 7b chat", True), ("LLaMA", True), ("OurMethod (LLaMA-2-7B)", True),
    ("OurMethod", True), ("GPT-4", False), (None, False),
])
def test_model_attribution_with_aliases(model, ok):
    g = [gold("P", "GSM8K", 50.0, model="LLaMA-2-7B", model_aliases=["OurMethod"])]
    r = score([pred("P", "GSM8K", 50.0, model=model)], g)
    assert r.matched_required == 1  # attribution never blocks the match
    assert r.model_acc == (1.0 if ok else 0.0)


@pytest.mark.parametrize("params, acc", [(7.0, 1.0), (8.0, 1.0), (6.0, 1.0), (8.1, 0.0), (5.9, 0.0), (None, 0.0)])
def test_size_accuracy_within_15_percent(params, acc):
    g = [gold("P", "GSM8K", 50.0, model="M", params_b=7)]
    assert score([pred("P", "GSM8K", 50.0, model="M", params_b=params)], g).size_acc == acc


def test_no_predictions():
    r = score([], GOLD_A)
    assert (r.precision, r.recall, r.f1, r.model_acc) == (0.0, 0.0, 0.0, None)
    assert len(r.misses) == 3


def test_evaluate_missing_file_is_one_line(tmp_path):
    write_jsonl(tmp_path / "gold.jsonl", GOLD_A)
    rc, out, err = run_cli(["evaluate", "nope.parquet", "gold.jsonl"], tmp_path)
    assert rc == 1 and out == ""
    assert len(err.splitlines()) == 1 and "nope.parquet" in err


def test_evaluate_bad_gold_is_one_line(tmp_path):
    write_jsonl(tmp_path / "pred.jsonl", PRED_A)
    (tmp_path / "gold.jsonl").write_text('{"paper_title": "P"\n', encoding="utf-8")
    rc, out, err = run_cli(["evaluate", "pred.jsonl", "gold.jsonl"], tmp_path)
    assert rc == 1
    assert len(err.splitlines()) == 1 and "Traceback" not in err
