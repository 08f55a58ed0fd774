"""The typed rows (extract/rows.py) and the schema's columns stay in step, and the
extractor column names the rule, its version and the rules' digest."""
from __future__ import annotations

import re

import pytest

from claimboard.extract.cache import extractor_digest
from claimboard.extract.rows import CLAIM_FIELDS, MENTION_FIELDS, Claim, Mention
from claimboard.extract.rules import RULE_VERSION, RULES, extract_paper
from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS
from claimboard.schema.validate import EXTRACTOR_PATTERN

PAPER_COLUMNS = {"claim_id", "mention_id", "paper_id", "paper_title", "source"}


@pytest.mark.parametrize("fields, columns", [(CLAIM_FIELDS, CLAIM_COLUMNS), (MENTION_FIELDS, MENTION_COLUMNS)])
def test_row_fields_are_the_schema_columns_in_order(fields, columns):
    assert list(fields) == [name for name, _, _ in columns if name not in PAPER_COLUMNS]


def test_extract_paper_gives_typed_rows():
    claims, mentions, _ = extract_paper("A", "We train on 10,000 images. Our model reaches 81.2% accuracy on ImageNet.")
    assert [type(c) for c in claims] == [Claim] and [type(m) for m in mentions] == [Mention]
    assert (claims[0].benchmark, claims[0].value, mentions[0].rule) == ("ImageNet", 81.2, "count")


def test_extractor_names_rule_version_and_digest():
    claims, _, _ = extract_paper("A", "Our model reaches 81.2% accuracy on ImageNet.")
    rule, version = claims[0].extractor.split("@")
    assert rule in RULES
    assert version == f"{RULE_VERSION}.{extractor_digest()[:8]}"
    assert re.match(EXTRACTOR_PATTERN, claims[0].extractor)
    assert re.match(EXTRACTOR_PATTERN, "on-benchmark@1")           # rows written before the digest still validate
    assert not re.match(EXTRACTOR_PATTERN, "on-benchmark@3.XYZ")


def test_strategy_names_the_strategies_that_decided():
    """Every claim's `decided_by` names, for its benchmark, model, kind and size, a strategy of
    BENCH_STRATEGIES / MODEL_STRATEGIES / KIND_STRATEGIES / SIZE_STRATEGIES or a list rule of
    LIST_STRATEGIES ('none': no size); over the seed and
    one random set, each of the most used strategies appears."""
    import json
    from pathlib import Path

    from claimboard.extract.bench_strategies import BENCH_STRATEGIES
    from claimboard.extract.kinds import KIND_STRATEGIES
    from claimboard.extract.model_strategies import MODEL_STRATEGIES
    from claimboard.extract.rules import LIST_STRATEGIES, SIZE_STRATEGIES

    bench_names = {n for n, _ in BENCH_STRATEGIES} | set(LIST_STRATEGIES)
    model_names = {n for n, _ in MODEL_STRATEGIES} | set(LIST_STRATEGIES) | {"undecided"}
    fixtures = Path(__file__).parent / "fixtures" / "random" / "abstracts_t.jsonl"
    kind_names = {n for n, _ in KIND_STRATEGIES}
    size_names = {n for n, _ in SIZE_STRATEGIES} | {"none"}
    seen_bench, seen_model, seen_kind = set(), set(), set()
    for line in fixtures.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for c in extract_paper(r["title"], r["abstract"])[0]:
            m = re.fullmatch(r"benchmark: (?P<b>[a-z\-]+); model: (?P<m>[a-z\-]+); kind: (?P<k>[a-z\-]+); size: (?P<z>[a-z\-]+)", c.decided_by or "")
            assert m is not None, c.decided_by
            # (a benchmark may be decided by a list rule, or by its coarse rule when a list rule set it)
            assert m["b"] in bench_names | set(RULES), (c.decided_by, c.evidence)
            assert m["m"] in model_names, (c.decided_by, c.evidence)
            assert m["k"] in kind_names, (c.decided_by, c.evidence)
            assert m["z"] in size_names, (c.decided_by, c.evidence)
            assert (m["z"] == "none") == (c.params_b is None), (c.decided_by, c.params_b)
            seen_kind.add(m["k"])
            seen_bench.add(m["b"])
            seen_model.add(m["m"])
    assert {"benchmark-after", "benchmark-before", "one-benchmark", "respectively-over-benchmarks"} <= seen_bench
    assert {"subject", "own-system", "undecided"} <= seen_model
    assert {"score", "delta-lead", "from-to", "inherit-list"} <= seen_kind
