"""usage: python cv.py out/examples.pkl [--gbm] -- ten folds by set (the order of RANDOM_SETS, as
extract/train_model_ranker.py), a model per candidate fitted without the fold; each number's best
candidate is filled when its probability reaches the threshold. Prints, per threshold, the fills and
the pooled development figures they would give (BASE: the development sets' counts when the
experiment ran). Without --gbm: a logistic regression (extract/train_scorer.py's fit, the project's
environment). With --gbm: scikit-learn's HistGradientBoostingClassifier (not a dependency of the
project: a venv of its own with numpy and scikit-learn, and the set names passed in SETS=a,b,...)."""
from __future__ import annotations

import os
import pickle
import sys

import numpy as np

BASE = {"true rows": 3426, "rows": 3805, "matched required": 3043, "required": 3789}   # the 89 sets, the twentieth session's final code
FOLDS = 10
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _model(train: list[dict], gbm: bool):
    X = np.array([x for e in train for x in e["x"]], dtype=float)
    y = np.array([float(v) for e in train for v in e["y"]])
    if gbm:
        from sklearn.ensemble import HistGradientBoostingClassifier
        m = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, random_state=0).fit(X, y)
        return lambda Z: m.predict_proba(Z)[:, 1]
    from claimboard.extract.train_scorer import fit
    b, w = fit(X, y, l2=3.0)
    return lambda Z: 1.0 / (1.0 + np.exp(-(b + Z @ w)))


def tally(exs: list[dict], best, t: float, keys=None) -> tuple[int, int, int]:
    """(right, on an optional gold line, wrong) of the fills at threshold t: best[k] = (probability,
    candidate) of number k, over the numbers in keys (default: all)."""
    right = neutral = wrong = 0
    for k in range(len(exs)) if keys is None else keys:
        p, i = best[k][:2]
        if p < t:
            continue
        if exs[k]["y"][i]:
            right += 1
        elif exs[k]["yo"][i]:
            neutral += 1
        else:
            wrong += 1
    return right, neutral, wrong


def main() -> None:
    exs = pickle.load(open(sys.argv[1], "rb"))
    gbm = "--gbm" in sys.argv
    if gbm:
        sets = os.environ["SETS"].split(",")
    else:
        from claimboard.extract.train_scorer import RANDOM_SETS
        sets = list(RANDOM_SETS)
    order = {name: k % FOLDS for k, name in enumerate(sets)}
    best: list[tuple[float, int]] = [(0.0, 0)] * len(exs)
    for fold in range(FOLDS):
        predict = _model([e for e in exs if order[e["set"]] != fold], gbm)
        for k, e in enumerate(exs):
            if order[e["set"]] == fold:
                p = predict(np.array(e["x"], dtype=float))
                i = int(np.argmax(p))
                best[k] = (float(p[i]), i)
    for t in THRESHOLDS:
        right, neutral, wrong = tally(exs, best, t)
        fills = right + wrong + neutral
        prec = (right + neutral) / fills if fills else 0.0
        dev_p = (BASE["true rows"] + right + neutral) / (BASE["rows"] + fills)
        dev_r = (BASE["matched required"] + right) / BASE["required"]
        print(f"threshold {t:.2f}: fills {fills} (right {right}, on an optional line {neutral}, wrong {wrong}; right or optional {prec:.2f})"
              f" -> development P {dev_p:.3f} R {dev_r:.3f}")


if __name__ == "__main__":
    main()
