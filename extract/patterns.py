"""Tools for building the rules' regular expressions (shared by extract/rules.py,
extract/mentions.py and extract/metric_text.py)."""
from __future__ import annotations

import re


def _lowered(pattern: str) -> re.Pattern:
    """A case-insensitive pattern compiled for lowered text (searched in self.low or a
    .lower() copy): re.IGNORECASE makes word alternations 2-6 times slower, because the
    engine can no longer skip an alternative on its first letter. (The same matches, except
    on the few non-ASCII letters that IGNORECASE folds onto ASCII ones, such as the Kelvin
    sign.)"""
    assert not re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)), f"upper-case letter in {pattern!r}"
    return re.compile(pattern)


class _AnyOf:
    """Whether any of several patterns matches lowered text, in two searches: the
    alternatives that start with \\b under one \\b, the others as one alternation starting
    with a letter (the engine then skips fast to the letters that can start one)."""

    def __init__(self, patterns: list[str]):
        bounded: list[str] = []
        free: list[str] = []
        for p in patterns:
            for alt in _top_level_alternatives(p):
                (bounded if alt.startswith(r"\b") else free).append(alt[2:] if alt.startswith(r"\b") else alt)
        self.bounded = _lowered(r"\b(?:" + "|".join(bounded) + ")")
        self.free = _lowered("|".join(free))

    def found(self, low: str) -> bool:
        return bool(self.bounded.search(low) or self.free.search(low))


def _top_level_alternatives(pattern: str) -> list[str]:
    """pattern split at the | outside brackets and classes."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _leading_literal(alternative: str) -> str:
    """The letters an alternative of a pattern starts with, whatever else it matches:
    'accurac' for accurac(?:y|ies), 'wer' for \\bwers?\\b, 'pass@' for pass@\\s?(\\d+)."""
    alt = alternative[2:] if alternative.startswith(r"\b") else alternative
    out = ""
    for i, c in enumerate(alt):
        if not (c.isalnum() or c == "@") or i + 1 < len(alt) and alt[i + 1] in "?*{":
            break
        out += c
    return out
