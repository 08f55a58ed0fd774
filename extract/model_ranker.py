"""The last model strategy: a small learned ranker over the names a sentence offers, for the
numbers no hand-written model strategy decided (extract/model_strategies.py, MODEL_STRATEGIES).

For such a number the candidates are the models the extractor found in its sentence, the
systems the paper introduces (extract/systems.py, the first three), the coined names of the
sentence that are not a benchmark, a metric or a stop name, and the models of the sentence
before. Each candidate gets the features below (1 when they hold, else 0; a few are scaled to
0..1) and a logistic score; the best candidate is the number's model when its probability
reaches the threshold, else the number keeps no model. The first value of a change ('from a to
b', 'a → b') is never decided here: it is the result before the method, whose model the
change-start strategy gives when the text names it.

The weights, the threshold and the cross-validated figures are data
(extract/model_ranker_weights.json), written by `python -m claimboard.extract.train_model_ranker`
from the project's random development sets; the row's `decided_by` records the probability and
the features that moved it most: 'model: learned-candidate (p 0.71: sentence-initial +1.0,
src=system0 +0.7, prep before +0.7)'."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from claimboard.extract.cues import words
from claimboard.extract.metric_text import _metric_near
from claimboard.extract.name_basics import COINED_TOKEN, find_word
from claimboard.extract.names import _STOP_NAMES, ModelHit
from claimboard.extract.scorer import explain, logit, read_weights

WEIGHTS_PATH = Path(__file__).with_name("model_ranker_weights.json")
SYSTEMS_TRIED = 3       # the paper's systems offered as candidates, in the order extract/systems.py gives
NEAR, MID, FAR = 25, 60, 120   # distance buckets between a candidate and the value, in characters
OUTSIDE = 400           # the distance of a candidate not written in the sentence

_VERB_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:also\s+|only\s+|still\s+|further\s+|consistently\s+|significantly\s+|substantially\s+)?"
                         r"(?:" + words("ranker_verb_after") + r")\w*\b", re.IGNORECASE)
_COMPARISON_BEFORE = re.compile(r"\b(?:" + words("ranker_comparison") + r")\s+"
                                r"(?:the\s+|a\s+|an\s+|strong\s+|previous\s+|prior\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|by|of|from|with|using|on|in|to)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$")
_OWN_WORK = re.compile(r"\b(?:our|we|proposed|this\s+(?:work|paper|method|approach))\b", re.IGNORECASE)
_DATA_WORD_AFTER = re.compile(r"\s*(?:" + words("ranker_data_word") + r")s?\b", re.IGNORECASE)
_MODEL_NOUN_AFTER = re.compile(r"['’]?s?\s*(?:-based\s+)?(?:" + words("ranker_model_noun") + r")s?\b", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:on|in|for|with|at|under|across)\s[^,]{0,80},\s*)?(?:the\s+|our\s+|a\s+)?(?:proposed\s+|resulting\s+|final\s+|best\s+)?", re.IGNORECASE)
_VALUE_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*[~≈]?\d")
_OTHERS_IN_GENERAL = re.compile(r"\b(?:" + words("ranker_others") + r")\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/)")
_CHANGE_AFTER = re.compile(r"\s*(?:%|\\%|pp|points?)?\s*(?:\(\s*[^()]{0,40}\)\s*)?(?:\$?\\(?:rightarrow|to)\$?|→|->|⇒|to\s+[~≈]?\$?-?\d)")
# ... or 'from a (under X) to b', 'from a/b to c/d': 'from' before the value, ' to <number>' after it, no other 'from' between
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:[~≈]?\$?-?\d[\d.,]*\s*(?:(?:%|\\%)\s*)?/\s*)?\$?$", re.IGNORECASE)
_TO_NUMBER_AFTER = re.compile(r"[^;:()]{0,50}?\bto\s+[~≈]?\$?-?\d")
# a party other than a named model, right before the value: 'a zero-call rule-only extractor reaches', 'the best reported Pass@1
# is', 'the initial reasoner already achieves', 'open-source models cluster near'
_GENERIC_PARTY = re.compile(r"\b(?:(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?(?:extractor|model|baseline|agent|system|reasoner|classifier|detector|probe|feature|variant)"
                            r"|the\s+(?:current\s+|best[\s\-]\w+\s+|initial\s+|original\s+|prior\s+|previous\s+|existing\s+|strongest\s+)(?:[\w\-]+\s+){0,3}?\w+"
                            r"|(?:open[\s\-]source|proprietary|frontier|existing|prior|previous|baseline)\s+(?:[\w\-]+\s+)?(?:models|methods|systems|agents|LLMs)"
                            r"|state[\s\-]of[\s\-]the[\s\-]art|best[\s\-]performing)\b", re.IGNORECASE)

_DECIMAL_AFTER = re.compile(r"\.\d")
SOURCES = ("model-in-sentence", "system0", "system1+", "coined-in-sentence", "model-prev")

# The features, in the order of the weights: name -> what it says.
FEATURES: dict[str, str] = {
    "src=model-in-sentence": "a model the extractor found in the sentence",
    "src=system0": "the first system the paper introduces",
    "src=system1+": "the second or third system the paper introduces",
    "src=coined-in-sentence": "a coined name of the sentence (capitals inside, or a digit) that is no benchmark, metric or stop name",
    "src=model-prev": "a model of the sentence before",
    "before value": "written in the sentence before the value",
    "after value": "written in the sentence after the value",
    f"dist<{NEAR}": f"within {NEAR} characters of the value",
    f"dist<{MID}": f"within {MID} characters of the value",
    f"dist<{FAR}": f"within {FAR} characters of the value",
    "log dist": f"log(1 + distance) / 6 ({OUTSIDE} when not in the sentence)",
    "sentence-initial": "opens the sentence (after an opening phrase such as 'On X,' and 'the', 'our', 'proposed')",
    "verb after": "a result's verb follows ('achieves', 'improves', 'is', ...)",
    "comparison before": "a comparison comes before it ('than', 'over', 'compared with', 'outperforms')",
    "prep before": "a preposition comes right before it ('for', 'by', 'with', 'on', ...)",
    "in brackets": "written inside brackets",
    "value bracket after": "a number in brackets follows it: 'X (71.2%)'",
    "is a system": "one of the paper's systems",
    "system in sentence": "one of the paper's systems, written in the sentence",
    "our in sentence": "the sentence says 'our', 'we', 'proposed' or 'this work'",
    "n candidates": "how many candidates the number has (capped at 8, scaled to 0..1)",
    "occurrences": "how often the abstract writes it (capped at 8, scaled to 0..1)",
    "in title": "the title writes it",
    "all caps": "written in capitals only",
    "has digit": "has a digit",
    "bench word after": "'dataset', 'benchmark', 'task', ... follows it",
    "on before": "'on' comes right before it",
    "only candidate of src": "the only candidate from its source",
    "first before value": "the first candidate written before the value",
    "nearest before value": "the last candidate written before the value",
    "numbers between": "numbers between it and the value (capped at 4, scaled to 0..1)",
    "clause break between": "a ';', ':', 'while', 'whereas' or 'but' between it and the value",
    "model noun after": "'model', 'network', 'method', 'framework', ... follows it",
    "in a list of names": "next to another candidate with only ',', 'and' or 'or' between them ('AraT5, ByT5 and mT5')",
    "value starts a change": "the value is the first of a change ('from a to b', 'a → b'): the result before the method",
    "other party in sentence": "the sentence names others in general ('existing', 'state-of-the-art', 'baselines', 'agents', 'models', 'humans')",
    "other party between": "a party other than a named model ('a rule-only extractor', 'the best reported', 'open-source models') between it (or the sentence's start) and the value",
}


_SWITCHED_OFF: ContextVar[bool] = ContextVar("model_ranker_switched_off", default=False)


@contextmanager
def switched_off() -> Iterator[None]:
    """The ranker decides nothing inside (its training reads the rows of the rules alone,
    and must run while the weights file is stale)."""
    token = _SWITCHED_OFF.set(True)
    try:
        yield
    finally:
        _SWITCHED_OFF.reset(token)


class Candidate(NamedTuple):
    name: str
    source: str
    start: int       # -1: not written in the sentence (a system offered by the paper)
    end: int
    hit: ModelHit | None   # the extractor's model hit, when the candidate is one


def candidates(ex, s0: int, s1: int) -> list[Candidate]:
    """The names that may be the model of a number of the sentence text[s0:s1], each once
    (by lower case), in the order of SOURCES; never a benchmark the abstract names."""
    text = ex.text
    out: list[Candidate] = []
    # (a name the abstract evaluates on is no model: "FENCE: A ... Dataset", "trained on FENCE achieves 99 percent")
    seen: set[str] = {b.name.lower() for b in ex.benches} | {o.lower() for o in ex.own_bench}

    def add(c: Candidate) -> None:
        if c.name.lower() not in seen:
            seen.add(c.name.lower())
            out.append(c)

    for m in ex.models:
        if s0 <= m.start < s1 and not m.generic:
            add(Candidate(m.name, "model-in-sentence", m.start, m.end, m))
    for rank, name in enumerate(ex.systems[:SYSTEMS_TRIED]):
        add(Candidate(name, "system0" if rank == 0 else "system1+", -1, -1, None))
    for m in COINED_TOKEN.finditer(text, s0, s1):
        word = m.group(0)
        if any(b.start <= m.start() < b.end for b in ex.benches) or _metric_near("", word) or word.lower() in _STOP_NAMES \
                or _DECIMAL_AFTER.match(text, m.end()):   # ("F0" of the metric "F0.5": part of a longer token)
            continue
        add(Candidate(word, "coined-in-sentence", m.start(), m.end(), None))
    i = bisect_left(ex._sent_starts, s0)
    if i > 0:
        p0, p1 = ex.sents[i - 1]
        for m in ex.models:
            if p0 <= m.start < p1 and not m.generic:
                add(Candidate(m.name, "model-prev", m.start, m.end, m))
    return out


def features(ex, s0: int, s1: int, v0: int, v1: int, cands: list[Candidate]) -> list[list[float]]:
    """The feature vector of each candidate for the value at text[v0:v1], in the order of FEATURES."""
    text = ex.text
    sentence = text[s0:s1]
    sys_low = {s.lower() for s in ex.systems}
    befores = [c for c in cands if 0 <= c.start < v0]
    our = float(_OWN_WORK.search(sentence) is not None)
    starts_change = float(starts_a_change(text, s0, v0, v1))
    other_party = float(_OTHERS_IN_GENERAL.search(sentence) is not None)
    out = []
    for c in cands:
        a, b = c.start, c.end
        if a < 0 and (spans := find_word(sentence, c.name)):   # a system: where the sentence writes it
            pre = [x for x in spans if s0 + x[1] <= v0]
            x = pre[-1] if pre else spans[0]
            a, b = s0 + x[0], s0 + x[1]
        inside = a >= 0 and s0 <= a < s1
        before, after = inside and b <= v0, inside and a >= v1
        dist = (v0 - b) if before else (a - v1) if after else OUTSIDE
        lo, hi = (b, v0) if before else (v1, a) if after else (0, 0)
        f = [float(c.source == s) for s in SOURCES]
        f += [float(before), float(after), float(dist < NEAR), float(dist < MID), float(dist < FAR), math.log1p(max(dist, 0)) / 6]
        f.append(float(inside and _SENTENCE_OPENING.fullmatch(text, s0, a) is not None))
        f.append(float(inside and _VERB_AFTER.match(text, b) is not None))
        f.append(float(inside and _COMPARISON_BEFORE.search(text[max(s0, a - 60):a]) is not None))
        f.append(float(inside and _PREPOSITION_BEFORE.search(text[max(s0, a - 20):a]) is not None))
        f.append(float(inside and text.count("(", s0, a) > text.count(")", s0, a)))
        f.append(float(inside and _VALUE_IN_BRACKET_AFTER.match(text, b, b + 8) is not None))
        is_system = c.name.lower() in sys_low
        f.append(float(is_system))
        f.append(float(is_system and bool(find_word(sentence, c.name))))
        f.append(our)
        f.append(min(len(cands), 8) / 8)
        f.append(min(len(find_word(text, c.name)), 8) / 8)
        f.append(float(bool(find_word(ex.title, c.name))))
        f.append(float(c.name.isupper()))
        f.append(float(any(ch.isdigit() for ch in c.name)))
        f.append(float(inside and _DATA_WORD_AFTER.match(text, b) is not None))
        f.append(float(inside and _ON_BEFORE.search(text[max(s0, a - 10):a]) is not None))
        f.append(float(sum(1 for d in cands if d.source == c.source) == 1))
        f.append(float(bool(befores) and c == befores[0]))
        f.append(float(bool(befores) and c == befores[-1]))
        f.append(min(sum(1 for n in ex.numbers if lo <= n.start < hi), 4) / 4)
        f.append(float(hi > lo and _CLAUSE_BREAK.search(text, lo, hi) is not None))
        f.append(float(inside and _MODEL_NOUN_AFTER.match(text, b, b + 25) is not None))
        f.append(float(inside and any(0 <= d.start and d is not c and (_LIST_GAP.fullmatch(text, b, d.start) or _LIST_GAP.fullmatch(text, d.end, a))
                                      for d in cands)))
        f.append(starts_change)
        f.append(other_party)
        f.append(float(_GENERIC_PARTY.search(text, b if before else s0, v0) is not None))
        out.append(f)
    return out


def starts_a_change(text: str, s0: int, v0: int, v1: int) -> bool:
    """The value at text[v0:v1] is the first of a change: 'a → b', 'from a to b', 'from a (under X)
    to b', 'from a/b to c/d'."""
    if _CHANGE_AFTER.match(text, v1, v1 + 60):
        return True
    return _FROM_BEFORE.search(text, max(s0, v0 - 60), v0) is not None and _TO_NUMBER_AFTER.match(text, v1, v1 + 70) is not None


@lru_cache(maxsize=1)
def load_weights(path: str | None = None) -> dict:
    """The weights file; its feature list must be this module's (else the file is stale)."""
    return read_weights(Path(path or WEIGHTS_PATH), FEATURES, "extract/model_ranker.py", "claimboard.extract.train_model_ranker")


def probability(x: list[float], weights: dict) -> float:
    return 1.0 / (1.0 + math.exp(-logit(x, weights)))


def choose(ex, s0: int, s1: int, v0: int, v1: int) -> tuple[Candidate, str] | None:
    """The candidate the ranker gives the value at text[v0:v1] with the note for `decided_by`
    ('p 0.71: ...'), or None when no candidate reaches the threshold."""
    if _SWITCHED_OFF.get() or starts_a_change(ex.text, s0, v0, v1):
        return None   # (the first value of a change is the result before the method: the change-start strategy's)
    cands = candidates(ex, s0, s1)
    if not cands:
        return None
    weights = load_weights()
    xs = features(ex, s0, s1, v0, v1, cands)
    scored = [(probability(x, weights), i) for i, x in enumerate(xs)]
    p, i = max(scored, key=lambda s: (s[0], -s[1]))
    if p < weights["threshold"]:
        return None
    return cands[i], f"p {p:.2f}: {explain(xs[i], weights, names=FEATURES, sep=', ')}"
