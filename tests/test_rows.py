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
