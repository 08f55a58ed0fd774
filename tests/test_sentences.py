"""Table-driven tests of the claim rules on real abstract sentences.

In the style of scrapinghub/price-parser's tests/test_price_parsing.py: each named list in
tests/sentence_cases/ holds real sentences (copied verbatim from paper abstracts) with the
claims a correct extractor must find, written from CLAIMS.md, not from the extractor's
output. One parametrized test runs them all, with the raw sentence as the test id.

For every case the test asserts
  * the multiset of predicted (benchmark, value, kind) in the sentence equals the expected
    one (benchmark compared normalised, against the canonical name or a listed alias);
  * for each expected claim: value_high, the matched span
    (sentence[char_start:char_end] == the expected raw text), and, where the case gives
    them, model (containment either way, normalised; a tuple lists alternative correct
    attributions, e.g. the method beside its base model), params_b (within 15%), metric,
    qualifier and unit;
  * for each expected mention: the number is in the mentions ledger with that class.

Cases the extractor currently gets wrong carry `xfail=<reason>` and run as strict xfails.
"""
from __future__ import annotations

import re

import pytest
from sentence_cases.common import UNSET, C, Case
from sentence_cases.implicit import IMPLICIT
from sentence_cases.kinds import KINDS
from sentence_cases.measured import MEASURED
from sentence_cases.metrics import METRICS
from sentence_cases.models import MODELS
from sentence_cases.non_claims import NON_CLAIMS
from sentence_cases.numbers import NUMBERS
from sentence_cases.places import PLACES
from sentence_cases.qualifiers import QUALIFIERS
from sentence_cases.random_sample import RANDOM_SAMPLE
from sentence_cases.respectively import RESPECTIVELY
from sentence_cases.sizes import SIZES

from claimboard.extract.rules import extract_abstract

LISTS = {
    "NUMBERS": NUMBERS,
    "KINDS": KINDS,
    "METRICS": METRICS,
    "RESPECTIVELY": RESPECTIVELY,
    "IMPLICIT": IMPLICIT,
    "MODELS": MODELS,
    "SIZES": SIZES,
    "QUALIFIERS": QUALIFIERS,
    "NON_CLAIMS": NON_CLAIMS,
    "RANDOM_SAMPLE": RANDOM_SAMPLE,
    "MEASURED": MEASURED,
    "PLACES": PLACES,
}
ALL_CASES = [case for cases in LISTS.values() for case in cases]


def norm(s: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(s or "").lower())


def _bench_ok(pred: dict, exp: C) -> bool:
    return norm(pred["benchmark"]) in {norm(exp.bench), *(norm(a) for a in exp.aliases)}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005


def _same_key(pred: dict, exp: C) -> bool:
    return _bench_ok(pred, exp) and pred["kind"] == exp.kind and _close(pred["value"], exp.value)


def _show(c: dict, off: int) -> str:
    return (f"({c['benchmark']!r}, {c['value']}, {c['kind']}; high={c['value_high']} "
            f"span={c['char_start'] - off}:{c['char_end'] - off} model={c['model']!r} "
            f"params={c['params_b']} metric={c['metric']!r} qual={c['qualifier']!r} unit={c['unit']!r})")


def _params(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.sentence[:80], marks=marks)


def test_lists_are_large_enough():
    non_seed = [c for c in ALL_CASES if not c.seed]
    assert len(ALL_CASES) >= 170
    assert len(non_seed) >= 120
    assert len(ALL_CASES) - len(non_seed) <= 50
    for name, cases in LISTS.items():
        assert cases, name


@pytest.mark.parametrize("case", [_params(c) for c in ALL_CASES])
def test_sentence(case: Case):
    text = case.sentence
    off = case.offset
    claims, mentions = extract_abstract(case.title, case.abstract)
    # only what was read in the sentence under test (the context is there to be read, not judged)
    claims = [c for c in claims if c["char_start"] >= off]
    mentions = [m for m in mentions if m["char_start"] >= off]

    # 1. no missing and no unexpected claims: multiset of (benchmark, value, kind)
    unused = sorted(claims, key=lambda c: c["char_start"])
    pairs, missing = [], []
    for exp in case.claims:
        hit = next((p for p in unused if _same_key(p, exp)), None)
        if hit is None:
            missing.append(exp)
        else:
            unused.remove(hit)
            pairs.append((exp, hit))
    problems = [f"missing: ({e.bench!r}, {e.value}, {e.kind}) at {e.text!r}" for e in missing]
    problems += [f"unexpected: {_show(p, off)}" for p in unused]

    # 2. the fields of each matched claim
    for exp, got in pairs:
        where = f"{exp.bench} {exp.value}"
        span = text[got["char_start"] - off:got["char_end"] - off]
        if span != exp.text:
            problems.append(f"{where}: span {span!r} != {exp.text!r}")
        if not _close(got["value_high"], exp.high):
            problems.append(f"{where}: value_high {got['value_high']} != {exp.high}")
        if exp.model is not UNSET:
            if exp.model is None:
                if got["model"] is not None:
                    problems.append(f"{where}: model {got['model']!r} != None")
            else:
                a = norm(got["model"])
                alts = exp.model if isinstance(exp.model, tuple) else (exp.model,)
                if not a or not any(norm(b) in a or a in norm(b) for b in alts):
                    problems.append(f"{where}: model {got['model']!r} != {exp.model!r}")
        if exp.params is not UNSET:
            p = got["params_b"]
            if exp.params is None:
                if p is not None:
                    problems.append(f"{where}: params_b {p} != None (never guessed)")
            elif p is None or abs(p - exp.params) > 0.15 * exp.params:
                problems.append(f"{where}: params_b {p} != {exp.params}")
        if exp.metric is not UNSET and norm(got["metric"]) != norm(exp.metric):
            problems.append(f"{where}: metric {got['metric']!r} != {exp.metric!r}")
        if exp.qual is not UNSET and got["qualifier"] != exp.qual:
            problems.append(f"{where}: qualifier {got['qualifier']!r} != {exp.qual!r}")
        if exp.unit is not UNSET and got["unit"] != exp.unit:
            problems.append(f"{where}: unit {got['unit']!r} != {exp.unit!r}")

    # 3. every listed number is in the mentions ledger with the expected class
    pos = 0
    for m in case.mentions:
        # the number as a token of its own, not digits inside a name (WMT'21, LLaMA-2)
        found = re.compile(r"(?<![\w'’])(?<!\w-)" + re.escape(m.text) + r"(?!\w)").search(text, pos)
        at = found.start() if found else -1
        assert at >= 0, f"test data: {m.text!r} not in the sentence after offset {pos}"
        pos = at + len(m.text)
        hit = [x for x in mentions if x["char_start"] - off <= at < x["char_end"] - off]
        if not hit:
            problems.append(f"mention {m.text!r}: not in the mentions ledger")
        elif hit[0]["mention_class"] not in m.classes:
            problems.append(f"mention {m.text!r}: class {hit[0]['mention_class']!r} "
                            f"({hit[0]['reason']}) not in {m.classes}")

    assert not problems, "\n".join(problems)
