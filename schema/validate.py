"""The pandera schema of the claims table and the validation that splits rows into
valid rows and rejects (with the reason for each failure)."""
from __future__ import annotations

import json
import math

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from claimboard.schema.columns import (
    CLAIM_COLUMNS,
    KINDS,
    MODEL_ROLES,
    OPTIONAL_COLUMNS,
    PARAMS_SOURCES,
    QUALIFIERS,
    REJECT_COLUMNS,
    names,
)
from claimboard.schema.vocab import benchmark_index

EXTRACTOR_PATTERN = r"^[a-z][a-z0-9-]*@\d+(?:\.[0-9a-f]{8})?$"   # rule@version, then the rules' digest


class ClaimsSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    paper_id: Series[str] = pa.Field(str_length={"min_value": 1})
    paper_title: Series[str] = pa.Field(str_length={"min_value": 1})
    source: Series[str] = pa.Field()
    model: Series[str] = pa.Field(nullable=True)
    model_id: Series[str] = pa.Field(nullable=True)
    model_family: Series[str] = pa.Field(nullable=True)
    model_role: Series[str] = pa.Field(isin=list(MODEL_ROLES), nullable=True)
    base_model_id: Series[str] = pa.Field(nullable=True)
    params_b: Series[float] = pa.Field(gt=0, lt=10000, nullable=True)
    active_params_b: Series[float] = pa.Field(gt=0, lt=10000, nullable=True)
    params_source: Series[str] = pa.Field(isin=list(PARAMS_SOURCES), nullable=True)
    benchmark: Series[str] = pa.Field(str_length={"min_value": 1})
    benchmark_known: Series[bool] = pa.Field()
    category: Series[str] = pa.Field(nullable=True)
    subset: Series[str] = pa.Field(nullable=True)
    setting: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float] = pa.Field()
    value_high: Series[float] = pa.Field(nullable=True)
    value_text: Series[str] = pa.Field(str_length={"min_value": 1})
    unit: Series[str] = pa.Field(isin=["%", "pp"], nullable=True)
    kind: Series[str] = pa.Field(isin=list(KINDS))
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), nullable=True)
    evidence: Series[str] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    extractor: Series[str] = pa.Field(str_matches=EXTRACTOR_PATTERN)
    confidence: Series[float] = pa.Field(ge=0, le=1)
    confidence_features: Series[str] = pa.Field(nullable=True)
    decided_by: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.dataframe_check(error="char_end must be after char_start and span value_text")
    def offsets_span_value(cls, df: pd.DataFrame) -> Series[bool]:
        width = df["char_end"] - df["char_start"]
        return (width > 0) & (width == df["value_text"].str.len())

    @pa.dataframe_check(error="value_text must occur in the evidence sentence")
    def value_in_evidence(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(
            [str(t) in str(e) for t, e in zip(df["value_text"], df["evidence"])], index=df.index
        )

    @pa.dataframe_check(error="percent scores must lie within 0..100")
    def percent_scores_in_range(cls, df: pd.DataFrame) -> Series[bool]:
        pct = (df["kind"] == "score") & (df["unit"] == "%")
        ok = df["value"].between(0, 100) & (df["value_high"].isna() | df["value_high"].between(0, 100))
        return ~pct | ok

    @pa.dataframe_check(error="score outside the benchmark's scale (schema/vocab/benchmarks.csv)")
    def score_within_benchmark_scale(cls, df: pd.DataFrame) -> Series[bool]:
        index = benchmark_index()

        def ok(bench, kind, value, unit):
            b = index.get(str(bench).lower())
            if kind != "score" or b is None or b.scale is None or unit == "%":
                return True
            top = 100.0 if b.scale == 1 else b.scale  # 0-1 metrics are often written x100
            return 0 <= value <= top

        return pd.Series(
            [ok(*r) for r in zip(df["benchmark"], df["kind"], df["value"], df["unit"])], index=df.index
        )

    @pa.dataframe_check(error="params_source must be set exactly when params_b is")
    def params_source_with_params(cls, df: pd.DataFrame) -> Series[bool]:
        return df["params_b"].isna() == df["params_source"].isna()

    @pa.dataframe_check(error="active_params_b must not exceed params_b")
    def active_not_above_total(cls, df: pd.DataFrame) -> Series[bool]:
        both = df["params_b"].notna() & df["active_params_b"].notna()
        return ~both | (df["active_params_b"] <= df["params_b"])


def _check_abstract_offsets(df: pd.DataFrame, abstracts: dict[str, str]) -> list[dict]:
    """Offsets must lie inside the paper's abstract and point at value_text."""
    failures = []
    for idx, pid, start, end, text in zip(df.index, df["paper_id"], df["char_start"], df["char_end"], df["value_text"]):
        abstract = abstracts.get(pid)
        if abstract is None:
            continue
        try:
            ok = 0 <= int(start) < int(end) <= len(abstract) and abstract[int(start):int(end)] == text
        except (TypeError, ValueError):
            ok = False
        if not ok:
            failures.append({"index": idx, "column": "char_start", "check": "offsets inside the abstract",
                             "failure_case": f"{start}:{end}"})
    return failures


_FLOAT_COLUMNS = ("params_b", "active_params_b", "value", "value_high", "confidence")
_INT_COLUMNS = ("char_start", "char_end")
_BOOL_VALUES = {True: True, False: False, "true": True, "false": False, "True": True, "False": False,
                "1": True, "0": False}   # 1 and 0 are the keys True and False already (1 == True)


def _type_failures(df: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Convert the typed columns row by row: a cell that is not of its type fails that row
    only (pandera would fail the whole column and skip its checks)."""
    df = df.copy()
    failures = []

    def fail(mask, col, check):
        for i in df.index[mask]:
            failures.append({"index": i, "column": col, "check": check, "failure_case": str(df.at[i, col])})

    for col in _FLOAT_COLUMNS + _INT_COLUMNS:
        raw = df[col]
        if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw) and (
                col in _FLOAT_COLUMNS or pd.api.types.is_integer_dtype(raw)):
            continue  # already of its type (a file written by claimboard): nothing to convert
        num = pd.to_numeric(raw, errors="coerce")
        bad = raw.notna() & num.isna()
        if col in _INT_COLUMNS:
            bad |= num.notna() & (num % 1 != 0)
        fail(bad, col, f"dtype('{'int64' if col in _INT_COLUMNS else 'float64'}')")
        df[col] = num.where(~bad)
    if not pd.api.types.is_bool_dtype(df["benchmark_known"]):
        mapped = df["benchmark_known"].map(lambda v: _BOOL_VALUES.get(v) if not isinstance(v, float) else None)
        fail(mapped.isna(), "benchmark_known", "dtype('bool')")
        df["benchmark_known"] = mapped.where(mapped.notna(), False).astype(bool)
    return df, failures


def validate_claims(df: pd.DataFrame, abstracts: dict[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate every row (lazily, so every failure is reported).

    Returns (valid rows, coerced to the schema's dtypes, in the input order;
    rejects with REJECT_COLUMNS: one record per failed check of a row, `column` null for
    checks across columns). An invalid row never appears among the valid rows.
    """
    df = df.reset_index(drop=True)
    if any(c not in df.columns for c in OPTIONAL_COLUMNS):
        # a file written before schema 1.1 or 1.2: the columns added since are empty, not missing
        df = df.assign(**{c: None for c in OPTIONAL_COLUMNS if c not in df.columns})
        df = df[[c for c in names(CLAIM_COLUMNS) if c in df.columns] + [c for c in df.columns if c not in names(CLAIM_COLUMNS)]]
    missing = [c for c in names(CLAIM_COLUMNS) if c not in df.columns]
    if missing:
        raise ValueError(f"missing columns: {', '.join(missing)}")
    original = df
    df, failures = _type_failures(df)
    typed_bad = {f["index"] for f in failures}
    checked = df.drop(index=sorted(typed_bad))
    valid = None
    try:
        valid = ClaimsSchema.validate(checked, lazy=True)
    except pa.errors.SchemaErrors as err:
        seen = set()
        for rec in err.failure_cases.to_dict("records"):
            idx = rec.get("index")
            check = str(rec.get("check"))
            frame_level = rec.get("schema_context") == "DataFrameSchema"
            column = None if frame_level else rec.get("column")
            targets = checked.index if idx is None or (isinstance(idx, float) and math.isnan(idx)) else [int(idx)]
            for i in targets:
                key = (i, check, column)
                if key in seen:
                    continue  # a check across columns is reported once per row
                seen.add(key)
                failures.append({"index": i, "column": column, "check": check,
                                 "failure_case": str(rec.get("failure_case")) if not frame_level else _case(original, i, check)})
    if abstracts:
        failures.extend(f for f in _check_abstract_offsets(checked, abstracts))
    bad = sorted({f["index"] for f in failures})
    good = df.drop(index=bad)
    if valid is None or bad:
        valid = ClaimsSchema.validate(good, lazy=False) if len(good) else _empty_claims()
    rejects = pd.DataFrame(
        [
            {
                "claim_id": _text(original.at[f["index"], "claim_id"]),
                "paper_title": _text(original.at[f["index"], "paper_title"]),
                "column": None if f["column"] in (None, "") or f["column"] == f["check"] else str(f["column"]),
                "check": f["check"],
                "failure_case": f["failure_case"],
                "row": json.dumps(_jsonable(original.loc[f["index"]].to_dict()), sort_keys=True, ensure_ascii=False, default=str),
            }
            for f in sorted(failures, key=lambda f: (f["index"], f["check"]))
        ],
        columns=names(REJECT_COLUMNS),
    )
    return valid.reset_index(drop=True), rejects


def _case(df: pd.DataFrame, i: int, check: str) -> str:
    """The values a check across columns looked at, as text."""
    cols = [c for c in ("kind", "unit", "value", "value_high", "benchmark", "params_b", "active_params_b",
                        "params_source", "value_text", "char_start", "char_end") if c in check or c in ("value",)]
    return ", ".join(f"{c}={df.at[i, c]!r}" for c in dict.fromkeys(cols))


def _text(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def _jsonable(row: dict) -> dict:
    out: dict = {}
    for k, v in row.items():
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            out[k] = None
        elif hasattr(v, "item"):
            out[k] = v.item()
        else:
            out[k] = v
    return out


def _empty_claims() -> pd.DataFrame:
    return ClaimsSchema.validate(empty_frame(), lazy=False)


def empty_frame() -> pd.DataFrame:
    """An empty claims frame with the schema's columns and dtypes."""

    from claimboard.schema.columns import arrow_schema

    return arrow_schema(CLAIM_COLUMNS).empty_table().to_pandas()
