"""Train the confidence scorer (extract/scorer.py) on the project's gold sets and measure it.

usage: python -m claimboard.extract.train_scorer [--out FILE] [--no-write]

Two kinds of labelled rows, both from the gold sets in tests/fixtures, each row labelled by
the project's own matching (extract/evaluate.py: true when it matches a required gold line,
false when it matches none; rows that match a `required: false` line are left out):

- today's rows: the rules of today on every gold set (seed, dev, holdout, random R S T U V W).
  The rules were developed on these sets, so these rows are in-sample for the rules: about 95%
  of them are right, against 0.64 on sets the rules had never seen.
- blind rows (tests/fixtures/blind/rows.jsonl, tests/fixtures/blind/make_rows.py): the rows
  the code of the moment gave each set while it was still blind (holdout D E F, dev I, random
  R, T's four collections, S, V, W), the rows whose precision the README reports as blind.

1. weights: a logistic regression over scorer.FEATURES on both kinds of rows, L2-regularised
   (not the intercept), fitted by a fixed number of Newton steps (no randomness);
2. calibration, on the blind rows only (what a row on an unseen paper is worth): each blind
   row's score from weights fitted without its set (leave one set out; a set's today's rows
   go out with its blind rows), the rows grouped into the blocks of an isotonic
   (pool-adjacent-violators) fit, each block's confidence the lower 95% Wilson bound of its
   precision, lowered where needed so that it never exceeds the confidence of a block that
   scores higher;
3. measurement, leave one set out and nested (for each set, weights and calibration are made
   without it): precision per confidence band of the rules' own confidence ("old") and of
   the scorer's ("new"), on the blind rows and on today's rows, pooled over the random sets
   and over all sets.

The weights, the calibration, the training counts, the digest of the training files and the
band tables are written to extract/scorer_weights.json."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np

from claimboard.extract.evaluate import load_rows, row_labels
from claimboard.extract.readers import iter_inputs
from claimboard.extract.rules import AbstractExtractor
from claimboard.extract.scorer import FEATURES, WEIGHTS_PATH, features

VERSION = 1
ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures"
BLIND_ROWS = FIX / "blind" / "rows.jsonl"
L2 = 10.0           # the penalty on the weights (not on the intercept)
NEWTON_STEPS = 30   # fixed: far past convergence for a problem this size
BANDS = ((0.8, 1.01, ">= 0.8"), (0.5, 0.8, "0.5-0.8"), (0.0, 0.5, "< 0.5"))
RANDOM_SETS = ("R", "S", "T", "U", "V", "W", "X", "Z", "Q", "P", "K", "N", "J", "M", "O", "AB", "L", "AA", "AE", "AH", "AJ", "AD", "AF", "AG", "AI", "AK", "AL", "AN", "AP", "AQ", "AR", "AT", "AU", "AV", "AW", "AY", "BA", "BC", "BE", "BG", "BI", "BK", "BM", "BO", "BQ", "BR", "BU", "BW", "BY", "CA", "CC", "CE", "CG", "CI", "CK", "CM", "CO", "CQ", "CS", "CU", "CW", "CY", "DA", "DC", "DE", "DG", "DI", "DK", "DM", "DO", "DQ", "DW", "DX", "DY", "DZ", "EA", "EB", "EC", "EI", "EJ", "EM", "EN", "EQ", "ER", "EU", "EV", "EY", "EZ", "FD")


def training_sets() -> dict[str, tuple[list[Path], list[Path]]]:
    """set name -> (inputs, gold files): the sets of today's rows, also the folds."""
    sets = {"seed": ([ROOT / "seeds"], [FIX / "seed_gold.jsonl"]),
            "dev": ([FIX / "dev" / f"abstracts_{x}.jsonl" for x in "abghi"], [FIX / "dev" / f"gold_{x}.jsonl" for x in "abghi"]),
            "holdout": ([FIX / "holdout" / f"abstracts_{x}.jsonl" for x in "cdef"],
                        [FIX / "holdout" / f"gold_{x}.jsonl" for x in "cdef"])}
    for x in RANDOM_SETS:
        sets[x] = ([FIX / "random" / f"abstracts_{x.lower()}.jsonl"], [FIX / "random" / f"gold_{x.lower()}.jsonl"])
    return sets


def training_files() -> list[Path]:
    sets = training_sets()
    files = {f for inputs, golds in sets.values() for f in [*inputs, *golds]} | {BLIND_ROWS}
    return sorted(g for f in files for g in (sorted(p for p in f.rglob("*") if p.is_file()) if f.is_dir() else [f]))


def files_digest() -> str:
    """sha256 over the training files (inputs, gold, blind rows), by path relative to the repository."""
    h = hashlib.sha256()
    for f in training_files():
        h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def todays_rows() -> list[dict]:
    """The rules' rows of today on every gold set, labelled, with `group` (the set) and
    `rule_confidence` (the rules' own confidence: the scorer is not applied here)."""
    out = []
    for name, (inputs, golds) in training_sets().items():
        rows = []
        for _, _, papers, _ in iter_inputs([str(p) for p in inputs]):
            for p in papers:
                claims, _ = AbstractExtractor(p.title, p.abstract).run()
                rows += [{"paper_title": p.title, **c.as_row()} for c in claims]
        gold = [g for f in golds for g in load_rows(f)]
        for row, label in zip(rows, row_labels(rows, gold)):
            if label is not None:
                out.append({**row, "group": name, "label": label, "rule_confidence": row["confidence"]})
    return out


def blind_rows() -> list[dict]:
    """The rows each set got while it was blind (tests/fixtures/blind/rows.jsonl), labelled
    by today's gold, with `group` (the set of today's rows they belong to)."""
    batches: dict[tuple[str, str], list[dict]] = {}
    for line in BLIND_ROWS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            batches.setdefault((r["batch"], r["gold"]), []).append(r)
    out = []
    for (_, gold), rows in batches.items():
        for row, label in zip(rows, row_labels(rows, load_rows(ROOT / gold))):
            if label is not None:
                out.append({**row, "label": label, "rule_confidence": row["confidence"]})
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = NEWTON_STEPS) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression by Newton's method: (intercept, weights)."""
    A = np.hstack([np.ones((len(X), 1)), X])
    penalty = np.full(A.shape[1], l2)
    penalty[0] = 0.0
    beta = np.zeros(A.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(A @ beta)))
        grad = A.T @ (p - y) + penalty * beta
        hess = (A * (p * (1 - p))[:, None]).T @ A + np.diag(penalty) + 1e-9 * np.eye(A.shape[1])
        beta = beta - np.linalg.solve(hess, grad)
    return float(beta[0]), beta[1:]


def wilson(k: float, n: float, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of k successes in n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _bound(block: list) -> float:
    """Lower 95% Wilson bound of a block's precision, counted in papers, not rows: the rows of
    one paper are right or wrong together more often than not, so a block's evidence is its
    number of papers (its share of true rows applied to that number)."""
    _, k, n, papers = block
    m = len(papers)
    return wilson(k / n * m, m)[0]


def calibrate(z: np.ndarray, y: np.ndarray, paper: np.ndarray) -> list[list[float]]:
    """[[lowest score, confidence], ...] ascending, from out-of-fold scores z, labels y and
    the rows' papers."""
    order = np.lexsort((y, z))
    blocks: list[list] = []   # [lowest score, true rows, rows, papers]
    for i in order:
        blocks.append([float(z[i]), float(y[i]), 1.0, {paper[i]}])
        # pool adjacent violators; rows with the same score cannot be told apart: one block
        while len(blocks) > 1 and (blocks[-1][0] == blocks[-2][0]
                                   or blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]):
            _pool(blocks)
    # a block's confidence is the lower bound of its precision; where a small block's bound
    # falls below the one under it, the two are pooled (so the confidences never decrease)
    merged: list[list] = []
    for blk in blocks:
        merged.append(blk)
        while len(merged) > 1 and _bound(merged[-2]) >= _bound(merged[-1]):
            _pool(merged)
    table: list[list[float]] = []
    for blk in merged:
        c = math.floor(_bound(blk) * 100) / 100
        if not table or c != table[-1][1]:
            table.append([round(blk[0], 6), c])
    return table


def _pool(blocks: list[list]) -> None:
    top = blocks.pop()
    blocks[-1][1] += top[1]
    blocks[-1][2] += top[2]
    blocks[-1][3] |= top[3]


def confidences(z: np.ndarray, table: list[list[float]]) -> np.ndarray:
    """scorer.calibrated for an array of scores."""
    out = np.full(len(z), table[0][1])
    for edge, c in table:
        out[z >= edge] = c
    return out


class Data:
    """Features, labels and groups of today's rows (t) and of the blind rows (b)."""

    def __init__(self, today: list[dict], blind: list[dict]):
        self.Xt = np.array([features(r) for r in today], dtype=float).reshape(len(today), len(FEATURES))
        self.yt = np.array([1.0 if r["label"] else 0.0 for r in today])
        self.gt = np.array([r["group"] for r in today])
        self.ot = np.array([r["rule_confidence"] for r in today], dtype=float)
        self.Xb = np.array([features(r) for r in blind], dtype=float).reshape(len(blind), len(FEATURES))
        self.yb = np.array([1.0 if r["label"] else 0.0 for r in blind])
        self.gb = np.array([r["group"] for r in blind])
        self.ob = np.array([r["rule_confidence"] for r in blind], dtype=float)
        self.pb = np.array([f"{r['group']}|{r['paper_title']}" for r in blind])

    def fit_without(self, out: set[str]) -> tuple[float, np.ndarray]:
        t, b = ~np.isin(self.gt, list(out)), ~np.isin(self.gb, list(out))
        return fit(np.vstack([self.Xt[t], self.Xb[b]]), np.concatenate([self.yt[t], self.yb[b]]))

    def calibration_without(self, out: set[str]) -> list[list[float]]:
        """The calibration from the blind rows of the sets not in out, each scored by weights
        fitted without its own set (and without out)."""
        keep = ~np.isin(self.gb, list(out))
        z = np.zeros(len(self.yb))
        for g in dict.fromkeys(self.gb[keep].tolist()):
            b, w = self.fit_without(out | {g})
            m = self.gb == g
            z[m] = b + self.Xb[m] @ w
        return calibrate(z[keep], self.yb[keep], self.pb[keep])


def band_table(conf: np.ndarray, y: np.ndarray) -> list[dict]:
    out = []
    for lo, hi, label in BANDS:
        m = (conf >= lo) & (conf < hi)
        k, n = int(y[m].sum()), int(m.sum())
        a, b = wilson(k, n)
        out.append({"band": label, "true": k, "rows": n, "precision": round(k / n, 3) if n else None,
                    "ci95": [round(a, 3), round(b, 3)]})
    return out


def cross_validation(d: Data) -> dict:
    """Leave one set out, nested: each set's rows get the confidence of weights and a
    calibration made without that set."""
    new_t, new_b = np.zeros(len(d.yt)), np.zeros(len(d.yb))
    for g in training_sets():
        b, w = d.fit_without({g})
        table = d.calibration_without({g})
        mt, mb = d.gt == g, d.gb == g
        new_t[mt] = confidences(b + d.Xt[mt] @ w, table)
        new_b[mb] = confidences(b + d.Xb[mb] @ w, table)
    rt, rb = np.isin(d.gt, RANDOM_SETS), np.isin(d.gb, RANDOM_SETS)
    return {
        "method": "leave one set out, nested: weights and calibration made without the set",
        "blind rows": {
            "random sets": {"old": band_table(d.ob[rb], d.yb[rb]), "new": band_table(new_b[rb], d.yb[rb])},
            "all sets": {"old": band_table(d.ob, d.yb), "new": band_table(new_b, d.yb)}},
        "today's rows (in-sample for the rules)": {
            "random sets": {"old": band_table(d.ot[rt], d.yt[rt]), "new": band_table(new_t[rt], d.yt[rt])},
            "all sets": {"old": band_table(d.ot, d.yt), "new": band_table(new_t, d.yt)}},
    }


def train(today: list[dict] | None = None, blind: list[dict] | None = None, cv: bool = True) -> dict:
    """The weights file's content (without the training date)."""
    d = Data(todays_rows() if today is None else today, blind_rows() if blind is None else blind)
    b, w = d.fit_without(set())
    counts = {g: {"today": {"rows": int((d.gt == g).sum()), "true": int(d.yt[d.gt == g].sum())},
                  "blind": {"rows": int((d.gb == g).sum()), "true": int(d.yb[d.gb == g].sum())}} for g in training_sets()}
    return {
        "version": VERSION,
        "model": f"logistic regression, L2 {L2:g} (not on the intercept), {NEWTON_STEPS} Newton steps, on today's "
                 "and the blind rows; calibrated on the blind rows to the lower 95% Wilson bound of the out-of-fold "
                 "precision of each isotonic block",
        "training_rows": counts,
        "training_files": [str(f.relative_to(ROOT)) for f in training_files()],
        "training_files_sha256": files_digest(),
        "features": FEATURES,
        "intercept": round(b, 6),
        "weights": [round(float(v), 6) for v in w],
        "calibration": d.calibration_without(set()),
        **({"cv": cross_validation(d)} if cv else {}),
    }


def format_cv(cv: dict) -> list[str]:
    lines = [f"precision per confidence band ({cv['method']})"]
    for rows, pools in cv.items():
        if rows == "method":
            continue
        for pool, which in pools.items():
            lines.append(f"{rows}, {pool}:")
            for name in ("old", "new"):
                cells = [f"{b['band']}: {b['true']}/{b['rows']}" + (f" = {b['precision']:.2f} ({b['ci95'][0]:.2f}-{b['ci95'][1]:.2f})"
                                                                      if b["rows"] else "") for b in which[name]]
                lines.append(f"  {name:3s}  " + "   ".join(cells))
    return lines


def write_weights(path: Path, result: dict) -> None:
    """A training script's result as its weights file (today's date after the version)."""
    out = {"version": result["version"], "trained": dt.date.today().isoformat(), **result}
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimboard.extract.train_scorer", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write (default: %(default)s)")
    ap.add_argument("--no-write", action="store_true", help="print the tables only")
    args = ap.parse_args(argv)
    result = train()
    print("\n".join(format_cv(result["cv"])))
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, result["weights"])), f"intercept {result['intercept']:+.2f}")
    print("calibration (score -> confidence):", result["calibration"])
    if not args.no_write:
        write_weights(args.out, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
