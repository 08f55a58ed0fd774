"""usage: python fills.py out/examples.pkl out/scores.pkl (the project's environment)

For the numbers of the folds train.py has scored, and with the same three folds, the logistic
regression of bench_ranker/cv.py over the 37 features: each number's best candidate is filled when
its probability reaches the threshold. Prints, per threshold, the fills (right, on an optional gold
line, wrong) and the pooled development figures they would give (BASE: the 89 sets' counts with the
code of 2026-12-06, f028ab5)."""
from __future__ import annotations

import pickle
import sys

import numpy as np

from claimboard.extract.train_scorer import fit

BASE = {"true rows": 3426, "rows": 3805, "matched required": 3043, "required": 3789}
FOLDS = 3
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)


def report(title: str, exs: list[dict], best: dict, ks: list[int]) -> None:
    print(title)
    for t in THRESHOLDS:
        right = wrong = neutral = 0
        for k in ks:
            p, i = best[k][:2]
            if p < t:
                continue
            if exs[k]["y"][i]:
                right += 1
            elif exs[k]["yo"][i]:
                neutral += 1
            else:
                wrong += 1
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
        train = [e for e in exs if fold_of[e["set"]] != fold]
        b, w = fit(np.array([x for e in train for x in e["x"]], dtype=float),
                   np.array([float(v) for e in train for v in e["y"]]), l2=3.0)
        for k, e in enumerate(exs):
            if fold_of[e["set"]] == fold:
                p = 1.0 / (1.0 + np.exp(-(b + np.array(e["x"], dtype=float) @ w)))
                lr[k] = (float(p.max()), int(p.argmax()))
    ks = sorted(lr)
    print(f"folds {folds}: {len(ks)} numbers, {sum(exs[k]['has_required'] for k in ks)} with a required gold line of "
          f"their value, {sum(any(exs[k]['y']) for k in ks)} with the right name among the candidates")
    report("logistic regression over the 37 features", exs, lr, ks)
    report("cross-encoder (all-MiniLM-L6-v2 fine-tuned)", exs, enc, ks)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
