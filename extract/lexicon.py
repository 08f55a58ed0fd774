"""Fast matching of many names (benchmarks, models) in text.

Names are compiled once into a trie-shaped regular expression (one for names matched
without case on text lowered once, one for case-sensitive names): a plain a|b|c
alternation of thousands of names is two orders of magnitude slower."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")

# A name is bounded by anything that is not a letter or digit.
_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of words, preferring the longest at each position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # the empty alternative goes last so that longer names win
        return f"(?:{body})?" if end else body

    return build(trie)


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    text: str
    entry: T


class Lexicon(Generic[T]):
    def __init__(self, spellings: dict[str, T], case_sensitive: set[str] | frozenset[str] = frozenset()):
        self._nocase: dict[str, T] = {}
        self._exact: dict[str, T] = {}
        for spelling, entry in spellings.items():
            if spelling in case_sensitive:
                self._exact[spelling] = entry
            else:
                self._nocase.setdefault(spelling.lower(), entry)
        self._re_nocase = re.compile(_LEFT + "(" + trie_pattern(self._nocase) + ")" + _RIGHT) if self._nocase else None
        self._re_exact = re.compile(_LEFT + "(" + trie_pattern(self._exact) + ")" + _RIGHT) if self._exact else None

    def find(self, text: str, lowered: str | None = None) -> list[Hit[T]]:
        """Non-overlapping hits, longest first where two overlap, in text order."""
        hits: list[Hit[T]] = []
        if self._re_nocase is not None:
            low = lowered if lowered is not None else lower_same_length(text)
            for m in self._re_nocase.finditer(low):
                hits.append(Hit(m.start(), m.end(), text[m.start():m.end()], self._nocase[m.group(1)]))
        if self._re_exact is not None:
            for m in self._re_exact.finditer(text):
                hits.append(Hit(m.start(), m.end(), m.group(1), self._exact[m.group(1)]))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit[T]] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        return out


def finditer_near(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int, after: int,
                  anchor_text: str | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text), searched only in windows around the hits of anchor: from
    `before` characters ahead of a hit to `after` characters past its end (overlapping
    windows merged). The same matches as a scan of the whole text when every match of
    pattern contains a hit of anchor and fits in its window; a much shorter scan when the
    anchor (a head word such as 'benchmark') is rare and the pattern costly. anchor_text:
    where to look for the anchor (the lowered text, same length) when not in text."""
    windows: list[list[int]] = []
    for a in anchor.finditer(text if anchor_text is None else anchor_text):
        s, e = max(0, a.start() - before), min(len(text), a.end() + after)
        if windows and s <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], e)
        else:
            windows.append([s, e])
    for s, e in windows:
        yield from pattern.finditer(text, s, e)


def match_near(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int,
               anchor_text: str | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text), tried only at the positions from `before` characters ahead
    of each hit of anchor up to the hit itself. The same matches as a scan of the whole text
    when every match of pattern starts that close before a hit of anchor; for patterns that
    are slow to try at every position (a lookbehind first) and rare words to anchor on."""
    pos = 0
    for a in anchor.finditer(text if anchor_text is None else anchor_text):
        for p in range(max(pos, a.start() - before), a.start() + 1):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = max(pos, a.start() + 1)
