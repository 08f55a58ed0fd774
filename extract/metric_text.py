"""Metrics written in text: the metric registry (schema/vocab/metrics.csv) compiled for
the extractor — every metric named in a window, and the one a number reports."""
from __future__ import annotations

import re

import ahocorasick_rs

from claimboard.extract.patterns import _AnyOf, _leading_literal, _top_level_alternatives
from claimboard.schema.vocab import load_metrics

# The metric registry (schema/vocab/metrics.csv): pattern and canonical name, in priority order.
METRICS = [(m.pattern, m.name) for m in load_metrics()]

_METRIC_RE = [(re.compile(p, re.IGNORECASE), c) for p, c in METRICS]

# any metric at all (in lowered text): two searches rule out the 37 patterns above in most windows
_ANY_METRIC = _AnyOf([p for p, _ in METRICS])

# per metric pattern, words of which one must occur (in the lowered window) for it to match:
# a substring test skips most of the 37 searches even where some metric is present
_METRIC_WORDS = [tuple(_leading_literal(a) for a in _top_level_alternatives(p)) for p, _ in METRICS]

_METRIC_CHECKS = [(rx, canon, words) for (rx, canon), words in zip(_METRIC_RE, _METRIC_WORDS)]

# which patterns a leading word opens, found for all the patterns at once by one automaton over
# the lowered window (the same test as 'any(w in low for w in words)' per pattern, in one pass);
# a pattern with an empty leading word is tried always
def _patterns_by_word() -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, words in enumerate(_METRIC_WORDS):
        for w in set(words):
            out.setdefault(w, []).append(i)
    return out


_WORD_PATTERNS = _patterns_by_word()
_ALWAYS = sorted(set(_WORD_PATTERNS.pop("", [])))
_WORDS_AC = ahocorasick_rs.AhoCorasick(list(_WORD_PATTERNS), matchkind=ahocorasick_rs.MatchKind.Standard)


def _candidate_patterns(low: str) -> list[int]:
    """The indexes (METRICS order) of the patterns whose leading word occurs in low."""
    found = set(_ALWAYS)
    for w in set(_WORDS_AC.find_matches_as_strings(low, overlapping=True)):
        found.update(_WORD_PATTERNS[w])
    return sorted(found)


def _metrics_in(text: str):
    """(match, metric name) for every metric written in text: each pattern's matches, in
    METRICS order, only for the patterns whose leading word occurs."""
    low = text.lower()
    if not _ANY_METRIC.found(low):
        return
    for i in _candidate_patterns(low):
        rx, canon, _ = _METRIC_CHECKS[i]
        for m in rx.finditer(text):
            if not glued_to_name(text, m, canon):
                yield m, canon.format(*m.groups()) if m.groups() else canon


def glued_to_name(text: str, m: re.Match, canon: str) -> bool:
    """'the self-reconstruction baseline (Point-MAE)': an error metric's acronym glued to a
    capitalised word by a hyphen is a model's name, not the metric."""
    return canon in _LOWER_ACRONYMS and m.group(0).isupper() and _NAME_GLUED_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


# a capitalised word glued by a hyphen right before a metric's acronym: "Point-MAE", "Video-MAE"
_NAME_GLUED_BEFORE = re.compile(r"(?<![\w\-])[A-Z][A-Za-z0-9]*-$")

_ADJACENT = re.compile(r"^[\s%\\]*(?:percent|points?|pp)?\s*(?:in\s+|of\s+|on\s+)?(?:the\s+)?(?:average\s+|mean\s+|absolute\s+|relative\s+|overall\s+)?$", re.IGNORECASE)

LOWER_IS_BETTER = {m.name for m in load_metrics() if not m.higher_is_better}
_LOWER_ACRONYMS = {name for name in LOWER_IS_BETTER if name.isupper()}


def _metric_last(text: str):
    """(match, metric name) of the metric written last in text (the first pattern on a tie), or None."""
    last = None
    for m, name in _metrics_in(text):
        if last is None or m.end() > last[0].end():
            last = (m, name)
    return last


def _metric_near(lead: str, tail: str) -> str | None:
    """A metric written right after the number ('44.7 chrF', '% in F1 score') or in the lead
    ('accuracy of', 'BLEU scores of')."""
    tail_part = tail[:30]
    best = None
    for m, name in _metrics_in(tail_part):  # the earliest (the first pattern on a tie)
        if best is None or m.start() < best[0]:
            best = (m.start(), name)
    if best and _ADJACENT.match(tail_part[:best[0]]):  # written right after the number: "44.7 chrF", "42% accuracy"
        return best[1]
    best_lead = _metric_last(lead[-60:])
    if best_lead:
        return best_lead[1]
    return best[1] if best else None
