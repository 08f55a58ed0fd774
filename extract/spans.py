"""A set of character spans answering "does [s, e) overlap any span?" in O(log n)."""
from __future__ import annotations

from bisect import bisect_left


class SpanSet:
    """Disjoint [start, end) spans kept sorted; overlapping spans given to the constructor
    are merged (overlapping one of them is overlapping their union). Because the spans are
    disjoint, their ends are sorted too: the only span that can overlap [s, e) is the last
    one that starts before e."""

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in sorted(spans):
            if self._ends and s < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], e)
            else:
                self._starts.append(s)
                self._ends.append(e)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self._starts, e) - 1
        return i >= 0 and self._ends[i] > s

    def add(self, s: int, e: int) -> None:
        """Add [s, e), merged with any span it overlaps or touches inside."""
        i = bisect_left(self._starts, s)
        if i > 0 and self._ends[i - 1] > s:          # overlaps the span before: grow it
            i -= 1
            s = self._starts[i]
            e = max(e, self._ends[i])
            del self._starts[i], self._ends[i]
        while i < len(self._starts) and self._starts[i] < e:   # swallow the spans it covers
            e = max(e, self._ends[i])
            del self._starts[i], self._ends[i]
        self._starts.insert(i, s)
        self._ends.insert(i, e)

    def __len__(self) -> int:
        return len(self._starts)
