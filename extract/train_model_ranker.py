"""Train the model ranker (extract/model_ranker.py) on the random development sets and measure it.

usage: python -m claimboard.extract.train_model_ranker [--out FILE] [--no-write]

The examples are the numbers no hand-written model strategy decides: every row of today's rules
on the random development sets (tests/fixtures/random, extract/train_scorer.py's RANDOM_SETS)
whose `decided_by` says `model: undecided` with the ranker switched off (it is the last
strategy, so it sees exactly these), that is not the first value of a change (which the ranker
never decides) and that matches a required gold line. Each candidate of such
a row is labelled true when it matches the gold line's model (extract/evaluate.py's
model_matches); a row whose gold names no model has no true candidate.

1. measurement, by set (ten folds, each set in one fold, fixed by the sets' order): for each
   fold, weights fitted without it; each of its rows gets its best candidate and that
   candidate's probability;
2. the threshold: of 0.30, 0.35, ..., 0.80, the one that gives the most right models less
   wrong ones (a wrong candidate on a row whose gold names a model, or any candidate on a row
   whose gold names none) out of fold, among those whose filled rows are right at least
   MIN_PRECISION of the time; thresholds within NET_SLACK of the best count as tied, and the
   highest of them is taken (its filled rows are right more often);
3. the weights: a logistic regression over model_ranker.FEATURES on every candidate of every
   row (extract/train_scorer.py's fit: L2, not on the intercept, a fixed number of Newton steps).

The weights, the threshold, the training counts and the out-of-fold table are written to
extract/model_ranker_weights.json."""
from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from pathlib import Path

import numpy as np

from claimboard.extract.evaluate import load_rows, model_matches, norm, score
from claimboard.extract.model_ranker import FEATURES, WEIGHTS_PATH, candidates, features, starts_a_change, switched_off
from claimboard.extract.readers import iter_inputs
from claimboard.extract.rules import AbstractExtractor
from claimboard.extract.train_scorer import RANDOM_SETS, fit, training_sets, wilson, write_weights

VERSION = 1
L2 = 3.0
FOLDS = 10
MIN_PRECISION = 0.65
NET_SLACK = 2   # thresholds whose net is within this of the best count as tied: the highest of them is taken
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(11))


def examples() -> list[dict]:
    """One example per undecided row that matches a required gold line: its set, its
    candidates' features and labels, and whether the gold names a model."""
    sets = training_sets()
    out = []
    for name in RANDOM_SETS:
        inputs, golds = sets[name]
        gold = [g for f in golds for g in load_rows(f)]
        by_title: dict[str, list[dict]] = {}
        for g in gold:
            by_title.setdefault(norm(g["paper_title"]), []).append(g)
        for _, _, papers, _ in iter_inputs([str(p) for p in inputs]):
            for p in papers:
                ex = AbstractExtractor(p.title, p.abstract)
                claims, _ = ex.run()
                rows = [{"paper_title": p.title, **c.as_row()} for c in claims]
                for row, g in score(rows, by_title.get(norm(p.title), [])).pairs:
                    decided = str(row.get("decided_by") or "")
                    if not g.get("required", True) or "model: undecided" not in decided:
                        continue
                    i = bisect_right(ex._sent_starts, row["char_start"]) - 1
                    s0, s1 = ex.sents[i]
                    cands = candidates(ex, s0, s1)
                    if not cands or starts_a_change(ex.text, s0, row["char_start"], row["char_end"]):
                        continue   # (the ranker never decides the first value of a change)
                    named = bool(g.get("model"))
                    out.append({"set": name, "named": named,
                                "x": features(ex, s0, s1, row["char_start"], row["char_end"], cands),
                                "y": [named and model_matches({"model": c.name}, g) for c in cands]})
    return out


def _fit(exs: list[dict]) -> tuple[float, np.ndarray]:
    X = np.array([x for e in exs for x in e["x"]], dtype=float)
    y = np.array([v for e in exs for v in e["y"]], dtype=float)
    return fit(X, y, l2=L2)


def _best(e: dict, intercept: float, w: np.ndarray) -> tuple[float, int]:
    z = intercept + np.array(e["x"], dtype=float) @ w
    p = 1.0 / (1.0 + np.exp(-z))
    i = int(np.argmax(p))
    return float(p[i]), i


def out_of_fold(exs: list[dict]) -> list[tuple[float, int]]:
    order = {name: k % FOLDS for k, name in enumerate(RANDOM_SETS)}
    best: list[tuple[float, int]] = [(0.0, 0)] * len(exs)
    for fold in range(FOLDS):
        intercept, w = _fit([e for e in exs if order[e["set"]] != fold])
        for k, e in enumerate(exs):
            if order[e["set"]] == fold:
                best[k] = _best(e, intercept, w)
    return best


def table(exs: list[dict], best: list[tuple[float, int]]) -> list[dict]:
    rows = []
    for t in THRESHOLDS:
        right = wrong = filled_unnamed = 0
        for e, (p, i) in zip(exs, best):
            if p < t:
                continue
            if not e["named"]:
                filled_unnamed += 1
            elif e["y"][i]:
                right += 1
            else:
                wrong += 1
        filled = right + wrong + filled_unnamed
        lo, hi = wilson(right, filled) if filled else (0.0, 0.0)
        rows.append({"threshold": t, "right": right, "wrong": wrong, "filled_unnamed": filled_unnamed,
                     "precision": round(right / filled, 3) if filled else None, "ci95": [round(lo, 3), round(hi, 3)],
                     "net": right - wrong - filled_unnamed})
    return rows


def choose_threshold(cv: list[dict]) -> float | None:
    """Of the table's thresholds whose filled rows are right at least MIN_PRECISION of the time,
    the one with the most right less wrong; those within NET_SLACK of it count as tied (a net one
    or two above another's is noise on some 300 rows), and the highest of them is taken, the
    surest. None when none qualifies."""
    ok = [r for r in cv if r["precision"] is not None and r["precision"] >= MIN_PRECISION]
    if not ok:
        return None
    best = max(r["net"] for r in ok)
    return max((r for r in ok if r["net"] >= best - NET_SLACK), key=lambda r: r["threshold"])["threshold"]


def train(cv_folds: bool = True) -> dict:
    """The weights file's content; cv_folds=False skips the folds (and so the threshold: None)."""
    with switched_off():
        exs = examples()
    cv = table(exs, out_of_fold(exs)) if cv_folds else []
    chosen = {"threshold": choose_threshold(cv)}
    intercept, w = _fit(exs)
    return {"version": VERSION, "model": f"logistic regression over the candidates, L2 {L2} (not on the intercept), Newton steps as extract/train_scorer.py",
            "training_rows": {"rows": len(exs), "rows whose gold names a model": sum(e["named"] for e in exs),
                              "with a right candidate": sum(any(e["y"]) for e in exs), "candidates": sum(len(e["x"]) for e in exs)},
            "features": FEATURES, "intercept": round(intercept, 6), "weights": [round(float(v), 6) for v in w],
            "threshold": chosen["threshold"],
            "cv": {"method": f"{FOLDS} folds by set, weights fitted without the fold; the threshold chosen on these figures "
                             f"(most right less wrong, within {NET_SLACK} counting as tied and the highest of those taken, filled rows right >= {MIN_PRECISION})", "table": cv}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimboard.extract.train_model_ranker", description=__doc__.split("\n")[0],
                                 epilog="example: python -m claimboard.extract.train_model_ranker --no-write")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write (default: %(default)s)")
    ap.add_argument("--no-write", action="store_true", help="print the tables only")
    args = ap.parse_args(argv)
    result = train()
    print("training:", json.dumps(result["training_rows"]))
    for r in result["cv"]["table"]:
        print(f"threshold {r['threshold']:.2f}: right {r['right']}, wrong {r['wrong']}, filled where the gold names none {r['filled_unnamed']}, "
              f"precision {r['precision']} {r['ci95']}, net {r['net']:+d}")
    print("threshold:", result["threshold"])
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, result["weights"])), f"intercept {result['intercept']:+.2f}")
    if not args.no_write:
        write_weights(args.out, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
