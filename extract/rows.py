"""Typed rows: a claim and a mention as the extractor makes them (without the paper's
columns, which extract/pipeline.py adds). The fields are the schema's columns
(schema/columns.py), in its order; tests/test_rows.py keeps the two in step."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(slots=True)
class Claim:
    model: str | None
    model_id: str | None
    model_family: str | None
    model_role: str
    base_model_id: str | None
    params_b: float | None
    active_params_b: float | None
    params_source: str | None
    benchmark: str
    benchmark_known: bool
    category: str | None
    subset: str | None
    setting: str | None
    metric: str
    value: float
    value_high: float | None
    value_text: str
    unit: str | None
    kind: str
    qualifier: str | None
    evidence: str
    char_start: int
    char_end: int
    extractor: str
    confidence: float
    confidence_features: str | None = None   # set by extract/scorer.py
    decided_by: str | None = None   # the named strategies that decided the benchmark and the model

    def as_row(self) -> dict:
        """The column -> value mapping the tables are built from."""
        return {name: getattr(self, name) for name in CLAIM_FIELDS}


@dataclass(slots=True)
class Mention:
    value: float | None
    value_text: str
    unit: str | None
    mention_class: str
    reason: str
    rule: str
    evidence: str
    char_start: int
    char_end: int

    def as_row(self) -> dict:
        return {name: getattr(self, name) for name in MENTION_FIELDS}


CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
MENTION_FIELDS = tuple(f.name for f in fields(Mention))
