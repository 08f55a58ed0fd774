"""usage: python docs/experiments/agreement/agree.py FIRST SECOND [FIRST SECOND ...]

Agreement between two blind annotations of the same abstracts: each gold file's lines are scored as
predictions against the other (extract/evaluate.py: the rules of docs/CLAIMS.md), once with the
required lines only and once with every line. Prints counts only (a file ending in .gz is read
gzipped: a sealed set's second annotation is kept so). Pairs of files are pooled."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from claimboard.extract.evaluate import model_matches, score


def load(path: str) -> list[dict]:
    p = Path(path)
    text = gzip.open(p, "rt", encoding="utf-8").read() if p.suffix == ".gz" else p.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def counts(preds: list[dict], gold: list[dict]) -> list[int]:
    """[right rows, rows, required matched, required, right models, matched required lines naming a model]"""
    s = score(preds, gold)
    named = [(p, g) for p, g in s.pairs if g.get("required", True) and g.get("model")]
    return [len(s.pairs), s.predicted, s.matched_required, s.gold_required, sum(model_matches(p, g) for p, g in named), len(named)]


def main(paths: list[str]) -> None:
    if not paths or len(paths) % 2:
        sys.exit("usage: agree.py FIRST SECOND [FIRST SECOND ...]")
    pooled: dict[str, list[int]] = {}
    for first, second in zip(paths[::2], paths[1::2]):
        a, b = load(first), load(second)
        for name, lines, gold in (("second as predictions, first as gold", b, a), ("first as predictions, second as gold", a, b)):
            for which, preds in (("required lines", [g for g in lines if g.get("required", True)]), ("all lines", lines)):
                c = counts(preds, gold)
                total = pooled.setdefault(f"{name}, {which}", [0] * 6)
                pooled[f"{name}, {which}"] = [x + y for x, y in zip(total, c)]
    for key, (right, rows, matched, required, model_ok, model_n) in pooled.items():
        print(f"{key}: P {right}/{rows} = {right / rows:.2f}, R {matched}/{required} = {matched / required:.2f}, "
              f"model {model_ok}/{model_n}")


if __name__ == "__main__":
    main(sys.argv[1:])
