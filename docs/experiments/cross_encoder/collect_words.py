"""usage: python collect_words.py out/examples.pkl (the project's environment)

bench_ranker/collect.py's examples (every number the rules file as 'no named benchmark' on the random
development sets, its candidate names, their 37 features and labels), plus the words a reader needs: the
number's sentence (and the one before it) with the number marked [[like this]], and each candidate's
first place in the abstract with 80 characters before it and 40 after, the name marked << >>."""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench_ranker"))

import collect as C  # noqa: E402  (bench_ranker/collect.py)

from claimboard.extract.name_basics import find_word  # noqa: E402
from claimboard.extract.train_scorer import RANDOM_SETS  # noqa: E402


def words(ex, cands: list, v0: int, v1: int) -> tuple[str, list[str]]:
    """The number's sentence and the one before, the number marked; each candidate in its context."""
    text = ex.text
    si = C._sentence(ex, v0)
    s0, s1 = ex.sents[si]
    prev0 = ex.sents[si - 1][0] if si > 0 else s0
    marked = text[prev0:v0] + " [[" + text[v0:v1] + "]] " + text[v1:s1]
    contexts = []
    for name, *_ in cands:
        spans = find_word(text, name)
        if spans:
            a, b = spans[0]
            contexts.append(text[max(0, a - 80):a] + " << " + text[a:b] + " >> " + text[b:b + 40])
        else:
            contexts.append(name)
    return marked, contexts


def main(out_path: str, sets: list[str]) -> None:
    def more(ex, cands: list, v0: int, v1: int) -> dict:
        marked, contexts = words(ex, cands, v0, v1)
        return {"marked": marked, "ctx": contexts}

    exs = C.examples(sets, more)
    with open(out_path, "wb") as f:
        pickle.dump(exs, f)
    print(f"{len(exs)} numbers, {sum(e['has_required'] for e in exs)} with a required gold line of their value, "
          f"{sum(any(e['y']) for e in exs)} with a right candidate, {sum(len(e['names']) for e in exs)} candidates")


if __name__ == "__main__":
    main(sys.argv[1], list(RANDOM_SETS))
