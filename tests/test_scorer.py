"""The confidence scorer (extract/scorer.py): its weights file, determinism, reproducible
training (extract/train_scorer.py), range, and the order it gives real rows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimboard.extract import scorer
from claimboard.extract.rules import extract_paper

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures"


def test_weights_file_loads_and_matches_the_features():
    w = scorer.load_weights()
    assert list(w["features"]) == list(scorer.FEATURES)
    assert len(w["weights"]) == len(scorer.FEATURES)
    assert {"version", "trained", "training_rows", "training_files_sha256", "calibration", "cv"} <= set(w)
    edges = [e for e, _ in w["calibration"]]
    confs = [c for _, c in w["calibration"]]
    assert edges == sorted(edges) and confs == sorted(confs)
    assert all(0 <= c <= 1 for c in confs)


def test_a_stale_weights_file_is_refused(tmp_path):
    w = json.loads(scorer.WEIGHTS_PATH.read_text(encoding="utf-8"))
    w["features"] = {"kind=delta": ""}
    path = tmp_path / "w.json"
    path.write_text(json.dumps(w), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        scorer.load_weights(str(path))


def test_retraining_on_the_committed_gold_reproduces_the_committed_weights():
    """About 2 s: the rules on every gold set, then a few Newton steps. A change of the rules,
    the vocabularies or the gold that changes a row fails here: retrain with
    python -m claimboard.extract.train_scorer (and report its band table)."""
    from claimboard.extract.train_scorer import files_digest, train

    committed = scorer.load_weights()
    assert files_digest() == committed["training_files_sha256"], "the training files changed: retrain"
    fresh = train(cv=False)
    assert fresh["training_rows"] == committed["training_rows"]
    assert fresh["intercept"] == pytest.approx(committed["intercept"], abs=1.01e-6)
    assert fresh["weights"] == pytest.approx(committed["weights"], abs=1.01e-6)
    assert [c for _, c in fresh["calibration"]] == [c for _, c in committed["calibration"]]
    assert [e for e, _ in fresh["calibration"]] == pytest.approx([e for e, _ in committed["calibration"]], abs=1.01e-6)


def _abstract(title: str) -> str:
    for f in sorted(FIX.glob("*/abstracts_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["title"] == title:
                return json.loads(line)["abstract"]
    raise LookupError(title)


def _row(title: str, benchmark: str, value: float) -> dict:
    claims, _, _ = extract_paper(title, _abstract(title))
    return next(r.as_row() for r in claims if r.benchmark == benchmark and r.value == value)


def test_extract_paper_applies_the_scorer():
    row = _row("Common 7B Language Models Already Possess Strong Math Capabilities", "GSM8K", 82.6)
    again = dict(row)
    scorer.score_rows([again])
    assert (row["confidence"], row["confidence_features"]) == (again["confidence"], again["confidence_features"])
    parts = row["confidence_features"].split("; ")
    assert 1 <= len(parts) <= 3 and all(p.rsplit(" ", 1)[0] in scorer.FEATURES for p in parts)


def test_the_scorer_is_deterministic():
    title = "Common 7B Language Models Already Possess Strong Math Capabilities"
    first, _, _ = extract_paper(title, _abstract(title))
    second, _, _ = extract_paper(title, _abstract(title))
    assert [(r.confidence, r.confidence_features) for r in first] == [(r.confidence, r.confidence_features) for r in second]


# (good row, weak row) from real abstracts: the good one names a vocabulary benchmark and
# a registry model, writes its metric, and is a percent score in range; the weak one's
# benchmark is recognised from phrasing only and its metric is not written
PAIRS = [
    (("Common 7B Language Models Already Possess Strong Math Capabilities", "GSM8K", 82.6),
     ("Gripper Keypose and Object Pointflow as Interfaces for Bimanual Robotic Manipulation", "RLBench2", 27.5)),
    (("HumanEval Pro and MBPP Pro: Evaluating Large Language Models on Self-invoking Code Generation", "HumanEval", 96.2),
     ("Exposing Limitations of Language Model Agents in Sequential-Task Compositions on the Web", "CompWoB", 61.5)),
    (("MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models", "GSM8K", 82.3),
     ("BLINK: Multimodal Large Language Models Can See but Not Perceive", "Blink", 13.17)),
]


@pytest.mark.parametrize("good, weak", PAIRS, ids=[p[0][1] + ">" + p[1][1] for p in PAIRS])
def test_a_clearly_good_row_scores_above_a_clearly_weak_one(good, weak):
    g, w = _row(*good), _row(*weak)
    assert g["benchmark_known"] and not w["benchmark_known"]
    assert g["extractor"].startswith("on-benchmark") and w["extractor"].startswith("phrase-benchmark")
    weights = scorer.load_weights()
    assert scorer.logit(scorer.features(g), weights) > scorer.logit(scorer.features(w), weights)
    assert g["confidence"] > w["confidence"]


_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
ROWS = st.fixed_dictionaries({
    "extractor": st.sampled_from([f"{r}@3" for r in scorer.RULE_NAMES] + ["new-rule@9", "", None]),
    "kind": st.sampled_from(["score", "delta", "relative", None]),
    "qualifier": st.sampled_from([None, "up to", "about", "average"]),
    "unit": st.sampled_from([None, "%", "pp"]),
    "benchmark_known": st.sampled_from([True, False, None]),
    "metric": st.one_of(st.none(), st.sampled_from(["accuracy", "BLEU", "score", "F1"]), _TEXT),
    "model_role": st.sampled_from(["proposed", "baseline", "human", "unnamed", None]),
    "model_id": st.one_of(st.none(), _TEXT),
    "setting": st.one_of(st.none(), _TEXT),
    "value": st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    "evidence": st.one_of(st.none(), _TEXT),
})


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(ROWS, max_size=5))
def test_confidence_stays_in_0_1(rows):
    scorer.score_rows(rows)
    for r in rows:
        assert 0.0 <= r["confidence"] <= 1.0
        assert isinstance(r["confidence_features"], str) and len(r["confidence_features"].split("; ")) <= 3


def test_a_claims_file_without_confidence_features_still_reads():
    """Schema 1.2 added confidence_features: a file written before it validates and loads
    (the column empty)."""
    import pandas as pd
    import pyarrow as pa

    from claimboard.dashboard import loading as L
    from claimboard.extract.pipeline import extract_papers
    from claimboard.extract.readers import iter_inputs
    from claimboard.schema.columns import CLAIM_COLUMNS, arrow_schema, names
    from claimboard.schema.validate import validate_claims

    papers = [p for _, _, ps, _ in iter_inputs([str(FIX / "dev" / "abstracts_i.jsonl")]) for p in ps][:3]
    claims, _, abstracts = extract_papers(papers)
    old = pd.DataFrame(claims, columns=names(CLAIM_COLUMNS)).drop(columns=["confidence_features"])
    valid, rejects = validate_claims(old, abstracts)
    assert len(valid) == len(claims) and rejects.empty and valid["confidence_features"].isna().all()
    assert L.schema_problem(pa.schema([f for f in arrow_schema(CLAIM_COLUMNS) if f.name != "confidence_features"])) is None
