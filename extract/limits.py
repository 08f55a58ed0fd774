"""Limits that bound the time and memory spent on one paper, in one place.

Real arXiv abstracts are under 2,000 characters and their sentences under 1,000; records
that are not abstracts (a whole paper pasted into the field, OCR noise, tables of numbers,
repeated text) are what these limits are for. Each limit is documented in the README
("Limits") and reported when it acts; none of them costs a run.
"""
from __future__ import annotations

# Papers whose abstract is longer are skipped, with the reason, in the run's report
# (`claimboard extract --max-chars N` changes it; 0 lifts it).
MAX_ABSTRACT_CHARS = 20_000

# A "sentence" longer than this is not prose (a table, a list of numbers, repeated text
# without full stops): its numbers are kept as mentions, not read for claims.
MAX_SENTENCE_CHARS = 2_000

# The evidence of a claim or mention is its sentence; a longer sentence is cut to this
# many characters around the number, with "…" where it was cut. char_start / char_end
# always index the full abstract.
EVIDENCE_CHARS = 1_000

# At most this many mentions are kept per paper; the rest are counted in the report.
MAX_MENTIONS_PER_PAPER = 1_000

# A paper whose extraction takes longer than this (seconds) is skipped with the reason
# (`--paper-seconds S` changes it; 0 lifts it). Enforced with SIGALRM where available
# (the main thread of a process on Unix), which is where extraction runs.
PAPER_SECONDS = 10.0

ELLIPSIS = "\u2026"


def evidence_span(s0: int, s1: int, start: int, end: int, width: int = EVIDENCE_CHARS) -> tuple[int, int]:
    """The part [a, b) of the sentence [s0, s1) kept as evidence for the number at
    [start, end): the whole sentence when it fits in width, else width characters
    centred on the number (always containing it)."""
    if s1 - s0 <= width:
        return s0, s1
    width = max(width, end - start)
    a = max(s0, start - (width - (end - start)) // 2)
    b = min(s1, a + width)
    a = max(s0, b - width)
    return a, b


def evidence_text(raw: str, s0: int, s1: int, start: int, end: int, width: int = EVIDENCE_CHARS) -> str:
    """The evidence string: the sentence, or its cut around the number marked with '…'."""
    a, b = evidence_span(s0, s1, start, end, width)
    return (ELLIPSIS if a > s0 else "") + raw[a:b] + (ELLIPSIS if b < s1 else "")
