"""Token sequences with BIO labels for the gold benchmark names of every development set, with the
rules' names of each abstract (see README.md). Run from the repository root with the project's
environment: python docs/experiments/crf_names/prep.py"""
import json
import pickle
import re
from pathlib import Path

from claimboard.extract.name_basics import lowered
from claimboard.extract.names import benchmark_lexicon
from claimboard.extract.rules import AbstractExtractor
from claimboard.extract.text import clean
from claimboard.extract.train_scorer import RANDOM_SETS

HERE = Path(__file__).resolve().parent
FIX = HERE.parents[2] / "tests" / "fixtures" / "random"
TOKEN = re.compile(r"[A-Za-z0-9][\w\-\.\+/']*[A-Za-z0-9+]|[A-Za-z0-9]|[^\sA-Za-z0-9]")


def label(text: str, tokens: list, names: set[str]) -> list[str]:
    labels = ["O"] * len(tokens)
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text):
            inside = [i for i, (s, e, _) in enumerate(tokens) if s >= m.start() and e <= m.end()]
            if inside and all(labels[i] == "O" for i in inside):
                labels[inside[0]] = "B"
                for i in inside[1:]:
                    labels[i] = "I"
    return labels


def main() -> None:
    data = []
    for x in RANDOM_SETS:
        golds = [json.loads(line) for line in (FIX / f"gold_{x.lower()}.jsonl").read_text().splitlines() if line.strip()]
        for line in (FIX / f"abstracts_{x.lower()}.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            title, abstract = rec.get("title", ""), rec.get("abstract", "")
            text = clean(abstract)
            mine = [g for g in golds if g["paper_title"] == title]
            names = {n for g in mine for n in [g.get("benchmark"), *(g.get("benchmark_aliases") or [])] if n and len(n) >= 2 and n in text}
            tokens = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
            ex = AbstractExtractor(title, abstract)
            ex._find_names()
            rule_names = {b.name for b in ex.benches} | {text[b.start:b.end] for b in ex.benches} | set(ex.own_bench)
            vocab = [(h.start, h.end) for h in benchmark_lexicon().find(text, lowered(text))]
            in_vocab = [any(s >= a and e <= b for a, b in vocab) for s, e, _ in tokens]
            data.append({"set": x, "text": text, "toks": tokens, "lab": label(text, tokens, names), "gold_names": sorted(names),
                         "rule_names": sorted(rule_names), "invoc": in_vocab, "has_claims": bool(mine)})
    (HERE / "out").mkdir(exist_ok=True)
    with open(HERE / "out" / "data.pkl", "wb") as f:
        pickle.dump(data, f)
    print(len(data), "abstracts,", sum(len(d["gold_names"]) for d in data), "gold name strings")


if __name__ == "__main__":
    main()
