"""usage: python fills.py out/examples.pkl out/scores.pkl (the project's environment)

For the numbers of the folds train.py has scored, and with the same three folds, the logistic
regression of bench_ranker/cv.py (its `_model`; fills counted by its `tally`) over the 37 features: each number's best candidate is filled when
its probability reaches the threshold. Prints, per threshold, the fills (right, on an optional gold
line, wrong) and the pooled development figures they would give (BASE: the 89 sets' counts with the
code of 2026-12-06, f028ab5)."""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench_ranker"))

import cv  # noqa: E402  (bench_ranker/cv.py: its logistic regression)

BASE = {"true rows": 3426, "rows": 3805, "matched required": 3043, "required": 3789}
FOLDS = 3
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)


def report(title: str, exs: list[dict], best: dict, ks: list[int]) -> None:
    print(title)
    for t in THRESHOLDS:
        right, neutral, wrong = cv.tally(exs, best, t, ks)
        fills = right + wrong + neutral
        prec = (right + neutral) / fills if fills else 0.0
        print(f"  threshold {t:.2f}: fills {fills:4d} (right {right:3d}, optional {neutral:3d}, wrong {wrong:3d}; "
              f"right or optional {prec:.2f}) -> development P {(BASE['true rows'] + right + neutral) / (BASE['rows'] + fills):.3f}"
              f" R {(BASE['matched required'] + right) / BASE['required']:.3f}")


def main(examples: str, scores: str) -> None:
    exs = pickle.load(open(examples, "rb"))
    enc = pickle.load(open(scores, "rb"))
    sets = list(dict.fromkeys(e["set"] for e in exs))
    fold_of = {s: k % FOLDS for k, s in enumerate(sets)}
    folds = sorted({fold_of[exs[k]["set"]] for k in enc})
    lr: dict = {}
    for fold in folds:
        predict = cv._model([e for e in exs if fold_of[e["set"]] != fold], gbm=False)
        for k, e in enumerate(exs):
            if fold_of[e["set"]] == fold:
                p = predict(np.array(e["x"], dtype=float))
                lr[k] = (float(p.max()), int(p.argmax()))
    ks = sorted(lr)
    print(f"folds {folds}: {len(ks)} numbers, {sum(exs[k]['has_required'] for k in ks)} with a required gold line of "
          f"their value, {sum(any(exs[k]['y']) for k in ks)} with the right name among the candidates")
    report("logistic regression over the 37 features", exs, lr, ks)
    report("cross-encoder (all-MiniLM-L6-v2 fine-tuned)", exs, enc, ks)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
