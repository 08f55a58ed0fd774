"""Stable family colours (dashboard/colours.py): one colour per family, the same in every view."""
from __future__ import annotations

import subprocess
import sys

from claimboard.dashboard import colours as C
from claimboard.dashboard.common import UNNAMED_MODEL

COUNTS = {"GPT": 40, "LLaMA": 35, "Qwen": 30, "Mistral": 20, "Gemma": 15, "Claude": 12, "DeepSeek": 9, "Phi": 7,
          "T5": 5, "Pythia": 4, "Falcon": 3, "OPT": 2, "BLOOM": 1}


def test_every_family_gets_a_palette_colour_and_the_fixed_greys():
    colours = C.family_colours(COUNTS)
    for family in COUNTS:
        assert colours[family] in C.PALETTE
    assert colours["human"] == C.FIXED["human"] and colours[UNNAMED_MODEL] == C.FIXED[UNNAMED_MODEL]
    assert colours["other"] == C.FIXED["other"]
    assert not set(C.FIXED.values()) & set(C.PALETTE)  # the greys are never a family's colour


def test_frequent_families_never_share_a_colour_and_get_the_strong_ones():
    colours = C.family_colours(COUNTS)
    shown = [colours[f] for f in COUNTS]
    assert len(set(shown)) == len(shown)  # 13 families, 18 colours: all distinct
    top = sorted(COUNTS, key=lambda f: -COUNTS[f])[: len(C.STRONG)]
    assert {colours[f] for f in top} == set(C.STRONG)
    many = {f"family {i}": 100 - i for i in range(30)}
    colours = C.family_colours(many)
    first = [colours[f"family {i}"] for i in range(len(C.PALETTE))]
    assert len(set(first)) == len(C.PALETTE)  # the 18 most frequent are distinct; the rarer ones share


def test_colours_do_not_depend_on_order_or_filters():
    a = C.family_colours(COUNTS)
    b = C.family_colours(dict(reversed(list(COUNTS.items()))))
    assert a == b
    # a family's colour comes from the whole data file's mapping, whatever subset a chart shows
    domain, colour_range = C.scale(["Qwen", "GPT"], a)
    assert dict(zip(domain, colour_range)) == {"GPT": a["GPT"], "Qwen": a["Qwen"]}
    domain, colour_range = C.scale(["Qwen", "human", "other", UNNAMED_MODEL, "BLOOM"], a)
    assert domain == ["BLOOM", "Qwen", "human", UNNAMED_MODEL, "other"]
    assert colour_range == [a["BLOOM"], a["Qwen"], C.FIXED["human"], C.FIXED[UNNAMED_MODEL], C.FIXED["other"]]


def test_preferred_colour_is_the_same_in_every_process():
    """crc32, not Python's salted hash(): another interpreter with another hash seed agrees."""
    code = ("from claimboard.dashboard import colours as C; "
            "print(C.preferred_slot('LLaMA'), C.family_colours({'LLaMA': 1, 'GPT': 2})['LLaMA'])")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1
    slot, colour = runs.pop().split()
    assert int(slot) == C.preferred_slot("LLaMA") and colour == C.family_colours({"LLaMA": 1, "GPT": 2})["LLaMA"]
    assert C.preferred_slot("llama") == C.preferred_slot(" LLaMA ")  # case and spaces do not matter


def test_colour_of_unknown_and_missing_families():
    colours = C.family_colours({"GPT": 1})
    assert C.colour_of(None, colours) == C.FIXED[UNNAMED_MODEL] and C.colour_of("  ", colours) == C.FIXED[UNNAMED_MODEL]
    assert C.colour_of("NeverSeen", colours) == C.PALETTE[C.preferred_slot("NeverSeen")]
    assert C.family_colours([]) == dict(C.FIXED)
    assert C.family_colours(["A", "B"])["A"] != C.family_colours(["A", "B"])["B"]
