"""Scoring of predicted claims against a gold file, by the rules of the claims contract
(a predicted claim matches a gold claim on paper title, benchmark or alias, kind and
value; delta magnitudes are compared and the sign scored on its own)."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

TOLERANCE = 0.005
SIZE_TOLERANCE = 0.15


def norm(s) -> str:
    if s is None or (isinstance(s, float) and math.isnan(s)):
        return ""
    return re.sub(r"[^0-9a-z]+", "", str(s).lower())


def num(x) -> float | None:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def load_rows(path: str | Path) -> list[dict]:
    p = Path(path)
    if p.suffix == ".jsonl":
        return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    df = pd.read_parquet(p) if p.suffix == ".parquet" else pd.read_csv(p)
    df = df.astype(object).where(df.notna(), None)
    return df.to_dict("records")


def _close(a, b, magnitude: bool) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if magnitude:
        a, b = abs(a), abs(b)
    return abs(a - b) <= TOLERANCE


def benchmark_matches(pred: dict, gold: dict) -> bool:
    p = norm(pred.get("benchmark"))
    if not p:
        return False
    names = [norm(gold["benchmark"])] + [norm(a) for a in gold.get("benchmark_aliases") or []]
    return any(n and (p == n or p.startswith(n) or (len(p) >= 3 and n.startswith(p))) for n in names)


def matches(pred: dict, gold: dict) -> bool:
    if norm(pred.get("paper_title")) != norm(gold["paper_title"]):
        return False
    if str(pred.get("kind")) != gold["kind"]:
        return False
    magnitude = gold["kind"] == "delta"
    if not _close(num(pred.get("value")), num(gold["value"]), magnitude):
        return False
    if num(gold.get("value_high")) is not None and not _close(num(pred.get("value_high")), num(gold["value_high"]), magnitude):
        return False
    return benchmark_matches(pred, gold)


def model_matches(pred: dict, gold: dict) -> bool:
    pm = norm(pred.get("model"))
    names = [norm(gold["model"])] + [norm(a) for a in gold.get("model_aliases") or []]
    return bool(pm) and any(n and (n in pm or pm in n) for n in names)


def size_matches(pred: dict, gold: dict) -> bool:
    p, g = num(pred.get("params_b")), num(gold.get("params_b"))
    return p is not None and g is not None and abs(p - g) <= SIZE_TOLERANCE * g


def metric_matches(pred: dict, gold: dict) -> bool:
    return norm(gold.get("metric")) in ("", "score") or norm(pred.get("metric")) == norm(gold.get("metric"))


def sign_matches(pred: dict, gold: dict) -> bool:
    p, g = num(pred["value"]), num(gold["value"])
    return p is not None and g is not None and (p < 0) == (g < 0)


@dataclass
class Score:
    predicted: int
    gold_required: int
    matched_required: int
    matched_optional: int
    precision: float
    recall: float
    f1: float
    model_acc: float | None
    size_acc: float | None
    metric_acc: float | None
    delta_sign_acc: float | None
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    pairs: list[tuple[dict, dict]] = field(default_factory=list)

    SUMMARY_KEYS = ("precision", "recall", "f1", "predicted", "gold_required", "matched_required",
                    "model_acc", "size_acc", "metric_acc", "delta_sign_acc")

    def summary(self) -> str:
        return " ".join(f"{k}={getattr(self, k)}" for k in self.SUMMARY_KEYS)


def _share(pairs, ok) -> float | None:
    pairs = list(pairs)
    return round(sum(1 for p, g in pairs if ok(p, g)) / len(pairs), 4) if pairs else None


def assign(preds: list[dict], golds: list[dict]) -> list[int | None]:
    """Per predicted row, the index of the gold line it is credited to (None: a false row).
    Greedy in the order of the predictions, required gold first, so a prediction is credited
    where it counts; each gold line is credited once."""
    used = [False] * len(golds)
    order = sorted(range(len(golds)), key=lambda i: not golds[i].get("required", True))
    hits: list[int | None] = []
    for pred in preds:
        hit = next((i for i in order if not used[i] and matches(pred, golds[i])), None)
        if hit is not None:
            used[hit] = True
        hits.append(hit)
    return hits


def row_labels(preds: list[dict], golds: list[dict]) -> list[bool | None]:
    """Per predicted row: True when it matches a required gold line, False when it matches
    none, None when it matches a `required: false` line (neither right nor wrong)."""
    return [False if h is None else (True if golds[h].get("required", True) else None) for h in assign(preds, golds)]


def score(preds: list[dict], golds: list[dict]) -> Score:
    hits = assign(preds, golds)
    used = [False] * len(golds)
    pairs, false_pos = [], []
    for pred, hit in zip(preds, hits):
        if hit is None:
            false_pos.append(pred)
        else:
            used[hit] = True
            pairs.append((pred, golds[hit]))
    required = [g for g in golds if g.get("required", True)]
    req_pairs = [(p, g) for p, g in pairs if g.get("required", True)]
    misses = [g for i, g in enumerate(golds) if g.get("required", True) and not used[i]]
    precision = len(pairs) / len(preds) if preds else 0.0
    recall = len(req_pairs) / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        predicted=len(preds),
        gold_required=len(required),
        matched_required=len(req_pairs),
        matched_optional=len(pairs) - len(req_pairs),
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        model_acc=_share([(p, g) for p, g in req_pairs if g.get("model")], model_matches),
        size_acc=_share([(p, g) for p, g in req_pairs if num(g.get("params_b")) is not None], size_matches),
        metric_acc=_share(req_pairs, metric_matches),
        delta_sign_acc=_share([(p, g) for p, g in req_pairs if g["kind"] == "delta"], sign_matches),
        misses=misses,
        false_positives=false_pos,
        pairs=pairs,
    )


SHOW_KEYS = ("paper_title", "model", "benchmark", "subset", "metric", "value", "value_high", "kind")


def format_rows(label: str, rows: list[dict], limit: int) -> list[str]:
    return [f"{label}: " + json.dumps({k: r.get(k) for k in SHOW_KEYS}, default=str, ensure_ascii=False) for r in rows[:limit]]
