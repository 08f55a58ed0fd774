"""Fast matching of many names (benchmarks, models) in text.

Lexicon.find scans for thousands of names at once with a compiled Aho-Corasick automaton
(ahocorasick_rs): one for the names matched without case, run on the text lowered once, one
for the case-sensitive names, run on the text itself. The automaton reports every occurrence
of every name; `bounded` keeps those set off by a non-alphanumeric on both sides and
`resolve_overlaps` keeps the longest at each position, leftmost first, without overlaps.

Lexicon.find_reference is the specification it replaced and is checked against
(tests/test_fast_paths.py): the same names compiled into a trie-shaped regular expression
with the boundaries as lookarounds, scanned with re.finditer (a plain a|b|c alternation of
thousands of names is two orders of magnitude slower than the trie). Measured on 2,000
synthetic abstracts (bench/), the benchmark and model lexicons together: 129 us an abstract
with the trie regexes, 47 us with the automata; building both lexicons 84 ms -> 6 ms (the
reference regexes are compiled only when first used).

finditer_near and match_near search a costly pattern only around the hits of a cheap anchor;
an anchor that is an alternation of fixed strings ("benchmark|dataset", "human|\\d[bm]") is
itself found with an automaton (the same hits as anchor.finditer, several times faster), any
other with the regex: the anchored searches of names.py, 220 -> 133 us an abstract."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Generic, Iterable, Iterator, Sequence, TypeVar

import ahocorasick_rs

T = TypeVar("T")
P = TypeVar("P")

# A name is bounded by anything that is not a letter or digit.
_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

# The contiguous NFA: the search of the three automata (benchmark names without case and
# with, model names) takes 40 us an abstract against 22 us for the DFA, but holds 0.7 MB
# resident against 10 MB, in every worker process.
_IMPLEMENTATION = ahocorasick_rs.Implementation.ContiguousNFA


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


def _encodable(s: str) -> bool:
    """The automaton reads UTF-8: a lone surrogate cannot be given to it."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    text: str
    entry: T


def bounded(matches: Iterable[tuple[int, int, int]], haystack: str, payloads: Sequence[P]) -> list[tuple[int, int, P]]:
    """(start, end, payloads[i]) of the automaton's matches (i, start, end) in haystack whose
    characters just before and just after are not ASCII letters or digits (or are the ends
    of haystack): the lookarounds (?<![A-Za-z0-9]) and (?![A-Za-z0-9]) of the regex."""
    n = len(haystack)
    return [(s, e, payloads[i]) for i, s, e in matches
            if (s == 0 or haystack[s - 1] not in _ALNUM) and (e == n or haystack[e] not in _ALNUM)]


def _by_start_longest_first(span: tuple[int, int, object]) -> tuple[int, int]:
    return span[0], -span[1]


def resolve_overlaps(spans: Iterable[tuple[int, int, P]]) -> list[tuple[int, int, P]]:
    """Non-overlapping spans, longest first where two start together, in text order.

    spans (start, end, payload) are sorted by start and, at one start, longest first (a stable
    sort: of two equal spans the one given first stays first); then each is kept if it starts
    at or after the end of the last one kept. On all the bounded occurrences of a set of
    names this is what re.finditer does with the trie pattern of the names and the boundary
    lookarounds (at each position, from the end of the last match on, the longest name that
    fits its boundaries); on the hits of two such scans, concatenated, it is how
    Lexicon.find_reference merges them."""
    out: list[tuple[int, int, P]] = []
    last_end = 0
    for span in sorted(spans, key=_by_start_longest_first):
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out


class Lexicon(Generic[T]):
    """Names (spellings -> entry) to find in text; those in case_sensitive as written, the
    others whatever their case (the first spelling of a lowered form gives its entry)."""

    def __init__(self, spellings: dict[str, T], case_sensitive: set[str] | frozenset[str] = frozenset()):
        self._nocase: dict[str, T] = {}
        self._exact: dict[str, T] = {}
        for spelling, entry in spellings.items():
            if spelling in case_sensitive:
                self._exact[spelling] = entry
            else:
                self._nocase.setdefault(spelling.lower(), entry)
        # the automata; without them (an empty name, which the regex matches as empty hits,
        # or a lone surrogate) find is find_reference
        self._fast = all(name and _encodable(name) for name in (*self._nocase, *self._exact))
        self._ac_nocase: ahocorasick_rs.AhoCorasick | None = None
        self._ac_exact: ahocorasick_rs.AhoCorasick | None = None
        self._entries_nocase: list[T] = list(self._nocase.values())
        self._entries_exact: list[T] = list(self._exact.values())
        if self._fast and self._nocase:
            self._ac_nocase = ahocorasick_rs.AhoCorasick(list(self._nocase), implementation=_IMPLEMENTATION)
        if self._fast and self._exact:
            self._ac_exact = ahocorasick_rs.AhoCorasick(list(self._exact), implementation=_IMPLEMENTATION)

    def find(self, text: str, lowered: str | None = None) -> list[Hit[T]]:
        """Non-overlapping hits, longest first where two overlap, in text order: the same as
        find_reference. lowered: lower_same_length(text), when the caller has it."""
        if not self._fast:
            return self.find_reference(text, lowered)
        nocase: list[tuple[int, int, T]] = []
        exact: list[tuple[int, int, T]] = []
        try:
            if self._ac_nocase is not None:
                low = lowered if lowered is not None else lower_same_length(text)
                nocase = resolve_overlaps(bounded(self._ac_nocase.find_matches_as_indexes(low, overlapping=True),
                                                  low, self._entries_nocase))
            if self._ac_exact is not None:
                exact = resolve_overlaps(bounded(self._ac_exact.find_matches_as_indexes(text, overlapping=True),
                                                 text, self._entries_exact))
        except UnicodeEncodeError:  # a lone surrogate in the text
            return self.find_reference(text, lowered)
        spans = resolve_overlaps(nocase + exact) if nocase and exact else nocase or exact
        return [Hit(s, e, text[s:e], entry) for s, e, entry in spans]

    # ------------------------------------------------------------ the specification

    @cached_property
    def _re_nocase(self) -> re.Pattern | None:
        return re.compile(_LEFT + "(" + trie_pattern(self._nocase) + ")" + _RIGHT) if self._nocase else None

    @cached_property
    def _re_exact(self) -> re.Pattern | None:
        return re.compile(_LEFT + "(" + trie_pattern(self._exact) + ")" + _RIGHT) if self._exact else None

    def find_reference(self, text: str, lowered: str | None = None) -> list[Hit[T]]:
        """find as regular expressions (compiled on first use): each set of names as a trie
        pattern between the boundary lookarounds, scanned with re.finditer, the two scans
        merged keeping the longest where two overlap."""
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


# ---------------------------------------------------------------- anchored searches

_SPECIAL = frozenset(".^$*+?{}[]()|\\")
_CLASS = re.compile(r"\[((?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+)\]")   # [bm], [0-9a-f]
_CLASS_ITEM = re.compile(r"([A-Za-z0-9])(?:-([A-Za-z0-9]))?")
_MAX_WORDS = 1000


def word_alternatives(pattern: str) -> tuple[list[str], bool] | None:
    """The words a pattern spells out when it is an alternation of fixed strings, in the
    pattern's order, and whether they hold only for ASCII text; None for any other pattern.

    Read: plain characters (not .^$*+?{}[]()|\\); a backslash before a character that is not
    an ASCII letter or digit (what re.escape writes: "data\\ set"); and a class of one
    character, written out: [...] of ASCII letters, digits and ranges of them, or \\d as the
    ten ASCII digits (the bool: in a str pattern \\d is any Unicode decimal digit, so the words
    hold for ASCII text only). "best|\\d[bm]" -> (["best", "0b", "0m", ..., "9m"], True).
    Refused: any other syntax, an empty alternative, more than 1,000 words."""
    words: list[str] = []
    branch = [""]          # the words of the current alternative so far
    ascii_only = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "|":
            words.extend(branch)
            branch = [""]
            i += 1
            continue
        if c == "\\":
            if i + 1 == len(pattern):
                return None
            chars = pattern[i + 1]
            if chars == "d":
                chars, ascii_only = "0123456789", True
            elif chars in _ALNUM:
                return None  # \b, \w, \1, \n...
            i += 2
        elif c == "[":
            m = _CLASS.match(pattern, i)
            if m is None:
                return None
            chars = ""
            for lo, hi in _CLASS_ITEM.findall(m.group(1)):
                if hi and hi < lo:
                    return None
                chars += "".join(map(chr, range(ord(lo), ord(hi or lo) + 1)))
            i = m.end()
        elif c in _SPECIAL:
            return None
        else:
            chars = c
            i += 1
        branch = [w + ch for w in branch for ch in chars]
        if len(words) + len(branch) > _MAX_WORDS:
            return None
    words.extend(branch)
    return (words, ascii_only) if all(words) else None


@lru_cache(maxsize=256)
def _anchor_automaton(anchor: re.Pattern) -> tuple[ahocorasick_rs.AhoCorasick, bool] | None:
    """A leftmost-first automaton of the anchor's words (word_alternatives), and whether it
    holds for ASCII text only; None when the anchor is not an alternation of fixed strings
    compiled without flags. Leftmost-first: at each position the first word, in the pattern's
    order, that matches, then on from its end, as the backtracking regex does (the words
    written out from one alternative all have its length and cannot both match at one place)."""
    if not isinstance(anchor.pattern, str) or anchor.flags != re.UNICODE:
        return None
    found = word_alternatives(anchor.pattern)
    if found is None or not all(_encodable(w) for w in found[0]):
        return None
    return ahocorasick_rs.AhoCorasick(found[0], matchkind=ahocorasick_rs.MatchKind.LeftmostFirst), found[1]


def anchor_spans(anchor: re.Pattern, text: str) -> list[tuple[int, int]]:
    """[m.span() for m in anchor.finditer(text)], from an automaton when the anchor is an
    alternation of fixed strings (and the text ASCII, when the anchor has \\d)."""
    fast = _anchor_automaton(anchor)
    if fast is not None and (not fast[1] or text.isascii()):
        try:
            return [(s, e) for _, s, e in fast[0].find_matches_as_indexes(text)]
        except UnicodeEncodeError:  # a lone surrogate in the text
            pass
    return [m.span() for m in anchor.finditer(text)]


def _in_windows(pattern: re.Pattern, text: str, spans: Iterable[tuple[int, int]], before: int,
                after: int) -> Iterator[re.Match]:
    """pattern.finditer(text) in the windows from `before` characters ahead of each anchor
    span to `after` characters past its end (overlapping windows merged)."""
    windows: list[list[int]] = []
    for a_start, a_end in spans:
        s, e = max(0, a_start - before), min(len(text), a_end + after)
        if windows and s <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], e)
        else:
            windows.append([s, e])
    for s, e in windows:
        yield from pattern.finditer(text, s, e)


def _matched_before(pattern: re.Pattern, text: str, spans: Iterable[tuple[int, int]], before: int) -> Iterator[re.Match]:
    """pattern.match tried at the positions from `before` characters ahead of each anchor
    span's start up to the start itself: the first match there, then on from its end."""
    pos = 0
    for a_start, _ in spans:
        for p in range(max(pos, a_start - before), a_start + 1):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = max(pos, a_start + 1)


def finditer_near(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int, after: int,
                  anchor_text: str | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text), searched only in windows around the hits of anchor: from
    `before` characters ahead of a hit to `after` characters past its end (overlapping
    windows merged). The same matches as a scan of the whole text when every match of
    pattern contains a hit of anchor and fits in its window; a much shorter scan when the
    anchor (a head word such as 'benchmark') is rare and the pattern costly. anchor_text:
    where to look for the anchor (the lowered text, same length) when not in text.
    The same matches as finditer_near_reference (the anchor's hits from anchor_spans)."""
    return _in_windows(pattern, text, anchor_spans(anchor, text if anchor_text is None else anchor_text), before, after)


def match_near(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int,
               anchor_text: str | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text), tried only at the positions from `before` characters ahead
    of each hit of anchor up to the hit itself. The same matches as a scan of the whole text
    when every match of pattern starts that close before a hit of anchor; for patterns that
    are slow to try at every position (a lookbehind first) and rare words to anchor on.
    The same matches as match_near_reference (the anchor's hits from anchor_spans)."""
    return _matched_before(pattern, text, anchor_spans(anchor, text if anchor_text is None else anchor_text), before)


def finditer_near_reference(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int, after: int,
                            anchor_text: str | None = None) -> Iterator[re.Match]:
    """finditer_near with the anchor found by anchor.finditer: its specification."""
    src = text if anchor_text is None else anchor_text
    return _in_windows(pattern, text, (m.span() for m in anchor.finditer(src)), before, after)


def match_near_reference(pattern: re.Pattern, text: str, anchor: re.Pattern, before: int,
                         anchor_text: str | None = None) -> Iterator[re.Match]:
    """match_near with the anchor found by anchor.finditer: its specification."""
    src = text if anchor_text is None else anchor_text
    return _matched_before(pattern, text, (m.span() for m in anchor.finditer(src)), before)
