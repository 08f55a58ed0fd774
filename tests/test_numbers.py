"""extract.numbers: parse_number, parse_size and find_numbers.

Property tests (hypothesis) for the parsers and for ranges, and table tests of real
fragments of abstracts. find_numbers is always run on extract.text.clean(text), as the
extractor does (clean() turns the unicode minus into '-' and blanks LaTeX '\\%')."""
from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimboard.extract.numbers import find_numbers, parse_number, parse_size
from claimboard.extract.text import clean

PROPS = settings(max_examples=150, deadline=None)


def nums(fragment: str):
    return find_numbers(clean(fragment))


def one(fragment: str):
    toks = nums(fragment)
    assert len(toks) == 1, f"{fragment!r}: expected one token, got {[t.text for t in toks]}"
    return toks[0]


# --------------------------------------------------------------------------- parse_number

SIGNS = {"": 1, "+": 1, "-": -1, "\u2212": -1}


@PROPS
@given(
    cents=st.integers(min_value=0, max_value=10**14),
    sign=st.sampled_from(sorted(SIGNS)),
    thousands=st.booleans(),
)
def test_parse_number_round_trips_formatted_decimals(cents, sign, thousands):
    x = cents / 100
    body = f"{x:,.2f}" if thousands else f"{x:.2f}"
    assert parse_number(sign + body) == SIGNS[sign] * float(f"{x:.2f}")


@PROPS
@given(n=st.integers(min_value=0, max_value=10**15), sign=st.sampled_from(sorted(SIGNS)), thousands=st.booleans())
def test_parse_number_round_trips_integers(n, sign, thousands):
    body = f"{n:,}" if thousands else str(n)
    assert parse_number(sign + body) == SIGNS[sign] * n


@pytest.mark.parametrize(
    "text, value",
    [("12,317", 12317.0), ("1,000.5", 1000.5), ("\u22124.6", -4.6), ("+4.6", 4.6), (".53", 0.53),
     ("2.3e21", 2.3e21), ("61.82", 61.82), (" 7 ", 7.0), ("84,25", 84.25), ("-3,5", -3.5)],
)
def test_parse_number_table(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "GSM8K", "1.2.3", "4.6%", "--3", "7B"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


# --------------------------------------------------------------------------- parse_size

MAGNITUDES = {"B": 1.0, "b": 1.0, " billion": 1.0, "bn": 1.0, "M": 1e-3, " million": 1e-3, "T": 1e3,
              "K": 1e-6, " thousand": 1e-6}


@PROPS
@given(
    tenths=st.integers(min_value=1, max_value=9999),
    suffix=st.sampled_from(sorted(MAGNITUDES)),
    param=st.sampled_from(["", "-parameter", "-parameters", "-params"]),
)
def test_parse_size_in_billions(tenths, suffix, param):
    n = tenths / 10
    text = f"{n:g}{suffix}{param}"
    got = parse_size(text)
    assert got is not None, text
    assert math.isclose(got, n * MAGNITUDES[suffix], rel_tol=1e-9), (text, got)


@pytest.mark.parametrize(
    "text, billions",
    [("7B", 7.0), ("770M", 0.77), ("1.3b", 1.3), ("8x7B", 56.0), ("175 billion", 175.0),
     ("0.4B-parameter", 0.4), ("1.25T", 1250.0), ("770K", 0.00077), ("70B", 70.0)],
)
def test_parse_size_table(text, billions):
    assert parse_size(text) == pytest.approx(billions, rel=1e-9)


@pytest.mark.parametrize("text", ["7", "GSM8K", "7 tokens", "x7B", "", "seven billion"])
def test_parse_size_not_a_size(text):
    assert parse_size(text) is None


def test_parse_size_keeps_precision_for_small_sizes():
    assert parse_size("1.5K") == pytest.approx(1.5e-6, rel=1e-9)


@pytest.mark.parametrize("text", ["0B", "0.0M", "0 billion"])
def test_parse_size_of_zero_is_unknown_not_zero(text):
    assert parse_size(text) is None


# --------------------------------------------------------------------------- find_numbers: ranges

pct = st.integers(min_value=0, max_value=10000).map(lambda i: i / 100)


@PROPS
@given(a=pct, b=pct, spaced=st.booleans())
def test_percent_range_is_one_token(a, b, spaced):
    dash = " - " if spaced else "-"
    text = f"improves accuracy by {a}%{dash}{b}% on GSM8K"
    tok = one(text)
    assert (tok.value, tok.value_high, tok.unit) == (a, b, "%")
    assert tok.text == f"{a}%{dash}{b}%"
    assert text[tok.start:tok.end] == tok.text


@PROPS
@given(a=pct, b=pct)
def test_range_with_one_percent_sign_is_one_token(a, b):
    tok = one(f"gains of {a}-{b}% on MMLU")
    assert (tok.value, tok.value_high, tok.unit) == (a, b, "%")


@PROPS
@given(a=st.integers(0, 500), b=st.integers(0, 500), unit=st.sampled_from(["points", "%", ""]))
def test_between_and_is_one_range(a, b, unit):
    text = f"improves by between {a} and {b}{' ' + unit if unit == 'points' else unit} on MATH"
    tok = one(text)
    assert (tok.value, tok.value_high) == (a, b)
    assert tok.unit == (unit or None)


@PROPS
@given(st.text(max_size=40) | st.lists(st.sampled_from(list("0123456789.,%-+x BKM$~/@ab\u2212\\e")), max_size=30).map("".join))
def test_tokens_are_exact_spans_not_glued_to_letters(text):
    c = clean(text)
    assert len(c) == len(text)
    end = 0
    for t in find_numbers(c):
        assert c[t.start:t.end] == t.text
        assert t.start >= end, "tokens overlap or are out of order"
        end = t.end
        assert t.start == 0 or not c[t.start - 1].isalpha()
        assert t.end == len(c) or not c[t.end].isalpha()
        assert not math.isnan(t.value)


# --------------------------------------------------------------------------- find_numbers: real fragments

@pytest.mark.parametrize(
    "fragment, text, value, high, unit",
    [
        ("improvements of 5.2%-21.8% on MVBench", "5.2%-21.8%", 5.2, 21.8, "%"),
        ("gains between 3 and 5 points on MMLU", "3 and 5 points", 3.0, 5.0, "points"),
        ("a gain of 8 to 17% on GSM8K", "8 to 17%", 8.0, 17.0, "%"),
        ("a 1.34x speed-up", "1.34x", 1.34, None, "x"),
        ("a 7-fold reduction", "7-fold", 7.0, None, "fold"),
        ("reaches 61.82% on SuperGPQA", "61.82%", 61.82, None, "%"),
        ("12,317 questions", "12,317", 12317.0, None, None),
        ("2.3e21 FLOPs", "2.3e21", 2.3e21, None, None),
        ("an accuracy of .53", ".53", 0.53, None, None),
        ("by 10 percentage points", "10 percentage points", 10.0, None, "pp"),
        ("about 50 percent of", "50 percent", 50.0, None, "%"),
        ("a 7B model", "7B", 7.0, None, "B"),
        ("1.25T tokens", "1.25T", 1.25, None, "T"),
        ("in terms of accuracy (84,25%) and", "84,25%", 84.25, None, "%"),   # a decimal comma
        ("consists of 3,083 point clouds spanning", "3,083", 3083.0, None, None),   # "point" before "clouds" is no unit
        ("gains of 3 points over the baseline", "3 points", 3.0, None, "points"),
    ],
)
def test_fragment_table(fragment, text, value, high, unit):
    tok = one(fragment)
    assert tok.text == text
    assert fragment[tok.start:tok.end] == text  # offsets point into the original fragment
    assert tok.value == value
    assert tok.value_high == high
    assert tok.unit == unit


def test_plus_sign_is_kept():
    tok = one("+4.6 on MLVU")
    assert (tok.value, tok.sign, tok.text) == (4.6, "+", "+4.6")


def test_unicode_minus_is_a_negative_number():
    fragment = "a change of \u22123.2 on MMLU"
    tok = one(fragment)
    assert tok.value == -3.2
    assert tok.sign == "-"
    assert fragment[tok.start:tok.end] == "\u22123.2"  # same offsets in the raw text


def test_latex_escaped_percent():
    fragment = "reaches 9.8\\% on AIME"
    tok = one(fragment)
    assert (tok.value, tok.unit) == (9.8, "%")
    assert fragment[tok.start:tok.start + 3] == "9.8"


def test_from_to_is_two_numbers_not_a_range():
    toks = nums("from 29.1 to 32.0 on ARC-Challenge")
    assert [(t.value, t.value_high) for t in toks] == [(29.1, None), (32.0, None)]


def test_versus_is_two_numbers():
    toks = nums("(34.8% vs 60.3%)")
    assert [(t.text, t.value) for t in toks] == [("34.8%", 34.8), ("60.3%", 60.3)]


@pytest.mark.parametrize(
    "fragment",
    ["GSM8K", "LLaMA2-7B", "pass@1", "Llama-3", "v1.5", "GPT-4o", "Qwen2.5", "ResNet50", "T5-XXL",
     # a slash after a name's own number continues the name: CIFAR-100, TSP1K, Top-5, R@10
     "CIFAR-10/100", "TSP500/1K/10K", "Top-1/5", "R@1/5/10", "Kinetics-400/600/700"],
)
def test_numbers_glued_to_names_are_not_numbers(fragment):
    assert nums(fragment) == []
    assert nums(f"We evaluate {fragment} carefully.") == []


@pytest.mark.parametrize("a,b", [("95.1%", "78.2%"), ("80.1", "70.2"), ("+1.2", "3.4")])
def test_slash_lists_of_values_stay_numbers(a, b):
    assert [t.text for t in nums(f"achieves {a}/{b} on both")] == [a, b]


def test_multiplier_is_flagged():
    tok = one("a 1.34x speed-up")
    assert tok.is_multiplier and not tok.is_percent and not tok.is_magnitude


def test_compound_size_keeps_compound_word():
    tok = one("a 0.4B-parameter encoder")
    assert (tok.value, tok.unit, tok.compound) == (0.4, "B", "parameter")
    assert parse_size(re.sub(r"-parameter$", "", tok.text)) == 0.4
