"""Stable colours for model families, shared by every chart (size view, leaderboard, model page).

`family_colours(counts)` gives each family one colour of PALETTE: its preferred colour is
fixed by a hash of its name (crc32, the same in every process and session). Families are
placed most claims first, each taking its preferred colour or, when a more frequent family
holds it already, the next free one, strong colours (STRONG) before their light variants;
so the most frequent families get the strong colours, the len(PALETTE) most frequent
families of a data file never share a colour, and a family's colour depends only on the
data file, never on the filters or the view. Beyond len(PALETTE) families the rarer ones
take their preferred colour, shared. Humans, unnamed models and "other" have fixed greys.
No Streamlit here (unit tested in tests/test_dashboard_colours.py).
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping

from claimboard.dashboard.common import UNNAMED_MODEL

# Vega's tableau20 without its two greys (grey is kept for humans, unnamed and "other"):
# nine strong colours, then their light variants in the same order
STRONG = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#b279a2", "#439894", "#b79a20", "#d67195", "#9e765f")
LIGHT = ("#9ecae9", "#ffbf79", "#88d27a", "#ff9d98", "#d6a5c9", "#83bcb6", "#f2cf5b", "#fcbfd2", "#d8b5a5")
PALETTE = STRONG + LIGHT
HUMAN = "human"
OTHER = "other"
FIXED = {HUMAN: "#3b3b3b", UNNAMED_MODEL: "#8c8c8c", OTHER: "#c7c7c7"}


def preferred_slot(family: str) -> int:
    """The strong colour a family prefers (an index of STRONG, and of LIGHT for its light
    variant): a stable hash of its name (case-insensitive)."""
    return zlib.crc32(family.strip().casefold().encode("utf-8", "surrogatepass")) % len(STRONG)


def _probe(slot: int) -> list[int]:
    """Palette indexes in the order a family tries them: the strong colours from its
    preferred one on, then the light ones."""
    n = len(STRONG)
    strong = [(slot + i) % n for i in range(n)]
    return strong + [n + i for i in strong]


def family_colours(counts: Mapping[str, int] | Iterable[str]) -> dict[str, str]:
    """family -> colour (hex). `counts` maps each family to its number of claims (or is an
    iterable of families, all counted once); see the module docstring."""
    weights = dict(counts) if isinstance(counts, Mapping) else {f: 1 for f in counts}
    order = sorted((f for f in weights if isinstance(f, str) and f not in FIXED), key=lambda f: (-weights[f], f))
    out = {f: c for f, c in FIXED.items()}
    taken: set[int] = set()
    for family in order:
        slot = preferred_slot(family)
        if len(taken) < len(PALETTE):
            slot = next(i for i in _probe(slot) if i not in taken)
            taken.add(slot)
        out[family] = PALETTE[slot]
    return out


def colour_of(family: str | None, colours: Mapping[str, str]) -> str:
    """The colour of a family (a family the mapping does not know: its preferred colour)."""
    if family is None or not str(family).strip():
        return FIXED[UNNAMED_MODEL]
    return colours.get(family) or FIXED.get(family) or PALETTE[preferred_slot(family)]


def scale(families: Iterable[str], colours: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """(domain, range) of a chart's colour scale for the families it shows (sorted, with
    OTHER and the fixed greys last)."""
    present = set(families)
    fixed = [f for f in (HUMAN, UNNAMED_MODEL, OTHER) if f in present]
    domain = sorted(present - set(fixed), key=str.casefold) + fixed
    return domain, [colour_of(f, colours) for f in domain]
