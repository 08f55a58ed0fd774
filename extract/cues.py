"""The rules' cue words, from data (schema/vocab/cues.csv, documented in schema/vocab/README.md).

The word lists the rules search for — delta cues, data and count nouns, result verbs,
compute and efficiency words, hyper-parameters, operating points, qualifiers, settings —
are rows of that file, not literals inside regular expressions: a maintainer adds a word
there, and extract/rules.py builds its patterns around the alternation `words(group)`.
"""
from __future__ import annotations

from functools import lru_cache

from claimboard.schema.vocab import load_cues


@lru_cache(maxsize=None)
def words(group: str) -> str:
    """The group's forms as one alternation, in file order (no brackets around it)."""
    forms = [c.form for c in load_cues() if c.group == group]
    if not forms:
        raise KeyError(f"schema/vocab/cues.csv has no cue group {group!r}")
    return "|".join(forms)


@lru_cache(maxsize=None)
def labelled(group: str) -> tuple[tuple[str, str], ...]:
    """(label, alternation) per run of consecutive rows with the same label, in file order:
    the qualifiers ('up to', 'about', ...) and the settings ('zero-shot', 'maj@{0}', ...)."""
    out: list[tuple[str, list[str]]] = []
    for c in load_cues():
        if c.group != group:
            continue
        if out and out[-1][0] == c.label:
            out[-1][1].append(c.form)
        else:
            out.append((c.label, [c.form]))
    if not out:
        raise KeyError(f"schema/vocab/cues.csv has no cue group {group!r}")
    return tuple((label, "|".join(forms)) for label, forms in out)
