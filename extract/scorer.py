"""The confidence of a claim row: a small logistic regression over the row's own features,
calibrated to the precision measured on blind rows (the rows each evaluation set got while the
rules had never seen it: tests/fixtures/blind/).

The rules (extract/rules.py) decide which rows exist; this module only decides how much to
trust each one. It reads the row (rule, kind, qualifier, unit, benchmark, metric, model,
value) and its evidence sentence, never the gold. The weights are data
(extract/scorer_weights.json), written by `python -m claimboard.extract.train_scorer`, which
also prints the precision per confidence band under leave-one-set-out cross-validation.

score_rows sets each row's `confidence` (the lower 95% Wilson bound of the precision of the
blind rows that scored like it, out of fold) and `confidence_features` (the three features
that moved the score most, with their signed contributions in logits)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from claimboard.extract.evaluate import num
from claimboard.extract.metric_text import _metrics_in

WEIGHTS_PATH = Path(__file__).with_name("scorer_weights.json")

RULE_NAMES = ("on-benchmark", "respectively", "coordinated", "own-benchmark", "previous-sentence", "phrase-benchmark", "pooled")
ROLES = ("proposed", "baseline", "human", "unnamed")

# The features, in the order of the weights: name -> what it says (1 when it holds, else 0;
# `numbers in sentence` is a count scaled to 0..1).
FEATURES: dict[str, str] = {
    **{f"rule={r}": f"the row was made by the {r} rule" for r in RULE_NAMES},
    "kind=delta": "the value is a difference between results",
    "kind=relative": "the value is a fraction of another result",
    "qualifier": "the value is qualified ('up to', 'about', 'average', ...)",
    "unit=%": "the text writes a percent sign",
    "benchmark_known": "the benchmark is in the vocabulary (schema/vocab/benchmarks.csv)",
    "metric unwritten": "the row's metric is not written in the evidence sentence (defaulted)",
    **{f"role={r}": f"model_role is {r}" for r in ROLES},
    "model_id": "the model is in the registry",
    "setting": "an evaluation setting is stated",
    "value below 1": "a value without a unit below 1 (a fraction, or a number that is not a result)",
    "percent out of range": "a percent score outside 0..100, or a percent difference over 100",
    "comparison word": "the sentence compares (than, outperforms, surpasses, compared, versus, over)",
    "from..to": "the sentence moves a value 'from x to y'",
    "numbers in sentence": "how many numbers the sentence holds (capped at 10, scaled to 0..1)",
    "benchmark near value": "the benchmark's name is written within 60 characters of the value",
    "metric by value": "a metric's name is written within 30 characters before or after the value",
    "value in brackets": "the value is written inside brackets",
    "integer without unit": "a whole number written without a unit",
    "named near and measured": "the benchmark's name and a metric's name are both written near the value, and the benchmark is in the vocabulary",
    "respectively": "the sentence pairs values with names by 'respectively'",
}

_COMPARISON = re.compile(r"\b(?:than|outperform\w*|surpass\w*|compared|comparison|versus|vs\.?|over|beat\w*|exceed\w*)\b", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+[~≈]?\s*-?\d[\d.,]*\s*(?:%|\\%|pp)?\s*(?:\([^()]*\)\s*)?to\s+[~≈]?\s*-?\d", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:[.,]\d+)*")


@lru_cache(maxsize=256)   # the claims of one sentence share their evidence
def _metrics_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, metric name) of every metric name written in text (the extractor's own search:
    extract/metric_text.py, with its one-search gate), once per evidence sentence."""
    return tuple((m.start(), m.end(), name) for m, name in _metrics_in(text))


def _written_metrics(text: str) -> frozenset[str]:
    """The metric names (canonical, as in the `metric` column) written in text."""
    return frozenset(name for _, _, name in _metrics_of(text))


def features(row: dict) -> list[float]:
    """The feature vector of one claim row, in the order of FEATURES."""
    rule = str(row.get("extractor") or "").split("@")[0]
    kind, unit = row.get("kind"), row.get("unit")
    role = row.get("model_role") or "unnamed"
    evidence = str(row.get("evidence") or "")
    value = num(row.get("value"))
    metric = row.get("metric")
    x = [float(rule == r) for r in RULE_NAMES]
    x += [float(kind == "delta"), float(kind == "relative"), float(bool(row.get("qualifier"))), float(unit == "%"),
          float(bool(row.get("benchmark_known")))]
    x.append(float(not metric or metric == "score" or metric not in _written_metrics(evidence)))
    x += [float(role == r) for r in ROLES]
    x += [float(bool(row.get("model_id"))), float(bool(row.get("setting")))]
    x.append(float(value is not None and unit is None and abs(value) < 1))
    x.append(float(value is not None and unit == "%" and (not 0 <= value <= 100 if kind == "score" else abs(value) > 100)))
    x += [float(bool(_COMPARISON.search(evidence))), float(bool(_FROM_TO.search(evidence)))]
    x.append(min(len(_NUMBER.findall(evidence)), 10) / 10)
    low = evidence.lower()
    bench = str(row.get("benchmark") or "").lower()
    b_at = low.find(bench) if bench else -1
    v_text = str(row.get("value_text") or "")
    v_at = evidence.find(v_text) if v_text else -1
    near = b_at >= 0 and v_at >= 0 and min(abs(b_at - v_at), abs(b_at + len(bench) - v_at), abs(v_at + len(v_text) - b_at)) <= 60
    measured = v_at >= 0 and any(s < v_at + len(v_text) + 30 and e > v_at - 30 for s, e, _ in _metrics_of(evidence))
    x += [float(near), float(measured)]
    x.append(float(v_at >= 0 and evidence.rfind("(", 0, v_at) > evidence.rfind(")", 0, v_at)))
    x.append(float(unit is None and re.fullmatch(r"[+\-]?\d+", v_text.strip()) is not None))
    x.append(float(near and measured and bool(row.get("benchmark_known"))))
    x.append(float("respectively" in low))
    return x


def read_weights(path: Path, features: dict[str, str], module: str, trainer: str) -> dict:
    """A weights file written by a training script; its feature list must be the module's (else
    the file is stale and the one-line error says which script retrains it)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if list(data["features"]) != list(features):
        raise ValueError(f"{path}: its features are not {module}'s; retrain with python -m {trainer}")
    if len(data["weights"]) != len(features):
        raise ValueError(f"{path}: {len(data['weights'])} weights for {len(features)} features")
    return data


@lru_cache(maxsize=1)
def load_weights(path: str | None = None) -> dict:
    """The weights file; its feature list must be this module's (else the file is stale)."""
    return read_weights(Path(path or WEIGHTS_PATH), FEATURES, "extract/scorer.py", "claimboard.extract.train_scorer")


def logit(x: list[float], weights: dict) -> float:
    return weights["intercept"] + sum(w * v for w, v in zip(weights["weights"], x))


def calibrated(z: float, calibration: list[list[float]]) -> float:
    """The confidence of a score: calibration is [[lowest score, confidence], ...] ascending;
    a score below the first edge takes the first confidence."""
    conf = calibration[0][1]
    for edge, c in calibration:
        if z >= edge:
            conf = c
    return conf


def explain(x: list[float], weights: dict, top: int = 3, names: Iterable[str] = FEATURES, sep: str = "; ") -> str:
    """The features that moved the score most: 'rule=on-benchmark +1.2; ...' (names: the features
    of the weights, in order; sep: between them)."""
    parts = [(w * v, name) for name, w, v in zip(names, weights["weights"], x) if w * v != 0]
    parts.sort(key=lambda p: (-abs(p[0]), p[1]))
    return sep.join(f"{name} {c:+.1f}" for c, name in parts[:top])


def confidence_of(row: dict) -> tuple[float, str]:
    """(confidence, the features that moved it most) of one claim row (column dict)."""
    weights = load_weights()
    x = features(row)
    return calibrated(logit(x, weights), weights["calibration"]), explain(x, weights)


def score_rows(claims: list) -> None:
    """Set `confidence` and `confidence_features` on each claim, in place: typed rows
    (extract/rows.py Claim, as the extractor makes them) or column dicts."""
    for c in claims:
        if isinstance(c, dict):
            c["confidence"], c["confidence_features"] = confidence_of(c)
        else:
            c.confidence, c.confidence_features = confidence_of(c.as_row())
