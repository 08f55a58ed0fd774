"""usage: python collect.py out/examples.pkl [SET ...] (the project's environment; default: every set
of extract/train_scorer.py's RANDOM_SETS)

Examples for a learned benchmark attachment: every number the rules file as 'no named benchmark'
on the random development sets, with the names of its abstract that could be its benchmark
(the rules' benchmarks, the paper's own benchmarks, every coined token, every run of two to four
capitalised words; not a model, system, metric or stop name), each candidate's features, and its
labels: true when a required gold line of the paper has the number's value (or range end) and
that benchmark (or alias); `yo` the same for a `required: false` line (a fill there is neither
right nor wrong)."""
from __future__ import annotations

import math
import pickle
import re
import sys
from bisect import bisect_right

from claimboard.extract.evaluate import _close, benchmark_matches, load_rows, norm, num
from claimboard.extract.metric_text import _metric_near
from claimboard.extract.name_basics import COINED_TOKEN, TRAINED_ON_GAP, TRAINING_WORDS, find_word
from claimboard.extract.names import _STOP_NAMES
from claimboard.extract.readers import iter_inputs
from claimboard.extract.rules import AbstractExtractor
from claimboard.extract.train_scorer import RANDOM_SETS, training_sets

SOURCES = ("bench", "own", "coined", "multi")
MULTI = re.compile(r"\b[A-Z][\w\-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w\-]*){1,3}")
HEAD_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:benchmark|dataset|corpus|test\s+set|challenge|suite|database|cohort|leaderboard)s?\b", re.I)
ON_BEFORE = re.compile(r"\b(?:on|in|across|over)\s+(?:the\s+)?$", re.I)
EVAL_BEFORE = re.compile(r"\b(?:evaluat\w*|experiments?|tested|benchmark\w*|results?)\b[^.;]{0,40}$", re.I)
INTRO_BEFORE = re.compile(r"\b(?:introduce|present|propose|release|construct|build|curate|collect)\w*\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:new\s+|novel\s+)?$", re.I)
TRAIN_BEFORE = re.compile(r"\b(?:" + TRAINING_WORDS + r")\s+" + TRAINED_ON_GAP + r"on\s+(?:the\s+)?$", re.I)   # (the rules' words)
RESULT = re.compile(r"\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|scor\w*|yield\w*|improv\w*|outperform\w*|surpass\w*|gain\w*|accuracy|f1|auc)\b")
WE = re.compile(r"\b(?:our|we|proposed)\b", re.I)
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
COMPARE = re.compile(r"\b(?:than|outperform\w*|surpass\w*|compared|versus|vs\.?|baseline\w*)\b", re.I)
STATISTIC = re.compile(r"\b(?:p\s*[<=]|correlat\w*|participants|patients|respondents|survey\w*|cost|latency|speed\w*|faster|memory|tokens|hours)\b", re.I)


def candidates(ex) -> list[tuple[str, str, int, int]]:
    """(name, source, start, end) of every candidate, once by lower case, in the order of SOURCES."""
    text = ex.text
    seen: dict[str, tuple[str, str, int, int]] = {}
    models = {m.name.lower() for m in ex.models} | {s.lower() for s in ex.systems}

    def add(name: str, source: str, start: int, end: int) -> None:
        key = name.lower()
        if key not in seen and key not in models and key not in _STOP_NAMES and not _metric_near("", name):
            seen[key] = (name, source, start, end)

    for b in ex.benches:
        add(b.name, "bench", b.start, b.end)
    for o in ex.own_bench:
        spans = find_word(text, o)
        add(o, "own", spans[0][0] if spans else -1, spans[0][1] if spans else -1)
    for m in COINED_TOKEN.finditer(text):
        if not re.match(r"\.\d", text[m.end():m.end() + 2]):
            add(m.group(0), "coined", m.start(), m.end())
    for m in MULTI.finditer(text):
        add(m.group(0), "multi", m.start(), m.end())
    return list(seen.values())


def _sentence(ex, pos: int) -> int:
    return max(bisect_right(ex._sent_starts, pos) - 1, 0)


def features(ex, cands: list, v0: int, v1: int, title: str) -> list[list[float]]:
    """Per candidate: where it is written relative to the number, its shape and its context, and
    (the same for all) what the number's own sentence says."""
    text = ex.text
    si = _sentence(ex, v0)
    s0, s1 = ex.sents[si]
    sentence = text[s0:s1]
    lead = text[max(s0, v0 - 60):v0].lower()
    of_number = [float(bool(_metric_near(text[max(s0, v0 - 40):v0], text[v1:min(s1, v1 + 40)]))), float(bool(RESULT.search(lead))),
                 float(bool(WE.search(sentence))), float("%" in text[v1:v1 + 3]), min(len(NUMBER.findall(sentence)), 10) / 10,
                 float(bool(COMPARE.search(sentence))), float(any(s0 <= b.start < s1 for b in ex.benches)), float(bool(STATISTIC.search(sentence)))]
    out = []
    for name, source, _, _ in cands:
        spans = find_word(text, name)
        at = [_sentence(ex, a) for a, _ in spans]
        back = [si - k for k in at if k <= si]
        nearest = min(back) if back else 99
        d = min((min(abs(v0 - b), abs(a - v1)) for a, b in spans), default=2000)
        f = [float(source == s) for s in SOURCES]
        f += [float(si in at), float(any(_sentence(ex, a) == si and b <= v0 for a, b in spans)),
              float(any(_sentence(ex, a) == si and a >= v1 for a, _ in spans)), float(nearest == 1), float(nearest == 2),
              float(2 < nearest < 99), float(not at or min(at) > si), math.log1p(d) / 7, float(d < 40), float(d < 100)]
        f += [min(len(spans), 6) / 6, float(bool(find_word(title, name))), float(name.isupper()), float(any(c.isdigit() for c in name)),
              float(" " in name), min(len(name), 30) / 30]
        f += [float(any(HEAD_AFTER.match(text, b) for _, b in spans)), float(any(ON_BEFORE.search(text[max(0, a - 12):a]) for a, _ in spans)),
              float(any(EVAL_BEFORE.search(text[max(0, a - 60):a]) for a, _ in spans)),
              float(any(INTRO_BEFORE.search(text[max(0, a - 40):a]) for a, _ in spans)),
              float(any(TRAIN_BEFORE.search(text[max(0, a - 40):a]) for a, _ in spans)),
              float(any(b.name.lower() == name.lower() and b.known for b in ex.benches)), min(len(cands), 10) / 10,
              float(name in text[s0:v0])]
        out.append(f + of_number)
    return out


def examples(sets: list[str], more=None) -> list[dict]:
    """One example per number filed as 'no named benchmark' that has candidates; `more(ex, cands,
    start, end)`, when given, returns further fields for the example (cross_encoder/ adds the words)."""
    all_sets = training_sets()
    exs = []
    for name in sets:
        inputs, golds = all_sets[name]
        by_title: dict[str, list[dict]] = {}
        for g in (g for f in golds for g in load_rows(f)):
            by_title.setdefault(norm(g["paper_title"]), []).append(g)
        for _, _, papers, _ in iter_inputs([str(p) for p in inputs]):
            for p in papers:
                ex = AbstractExtractor(p.title, p.abstract)
                _, mentions = ex.run()
                gold = by_title.get(norm(p.title), [])
                for m in mentions:
                    row = m.as_row()
                    cands = candidates(ex) if row["reason"] == "no named benchmark" and ex.sents else []
                    if not cands:
                        continue
                    v = num(row["value"])
                    same = [g for g in gold if _close(num(g["value"]), v, True)
                            or num(g.get("value_high")) is not None and _close(num(g["value_high"]), v, True)]
                    required = [g for g in same if g.get("required", True)]
                    optional = [g for g in same if not g.get("required", True)]
                    exs.append({"set": name, "title": p.title, "value": v, "names": [c[0] for c in cands],
                                "x": features(ex, cands, row["char_start"], row["char_end"], p.title),
                                "y": [any(benchmark_matches({"benchmark": c[0]}, g) for g in required) for c in cands],
                                "yo": [any(benchmark_matches({"benchmark": c[0]}, g) for g in optional) for c in cands],
                                "has_required": bool(required),
                                **(more(ex, cands, row["char_start"], row["char_end"]) if more else {})})
    return exs


def main(out_path: str, sets: list[str]) -> None:
    exs = examples(sets)
    with open(out_path, "wb") as f:
        pickle.dump(exs, f)
    print(f"{len(exs)} numbers, {sum(e['has_required'] for e in exs)} with a required gold line of their value, "
          f"{sum(any(e['y']) for e in exs)} with a right candidate")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or list(RANDOM_SETS))
