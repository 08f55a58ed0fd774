"""dashboard/loading.py's quick validation against schema.validate.validate_claims.

`loading.validate(frame)` must give exactly what validate_claims gives. It skips pandera
only when `quick_check` vouches for every row, so the property that matters is: quick_check
True => validate_claims rejects nothing and returns the frame unchanged. The restated
schema (QUICK_COLUMNS, QUICK_FRAME_CHECKS) is held equal to ClaimsSchema's own description,
so a changed schema fails here until loading.py restates it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimboard.dashboard import loading as L
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS
from claimboard.schema.io import write_parquet
from claimboard.schema.validate import ClaimsSchema, validate_claims

ROOT = Path(__file__).resolve().parents[1]


def loaded(frame: pd.DataFrame, tmp: Path) -> pd.DataFrame:
    """frame as the dashboard gets it: written as a claims file and read by read_claims."""
    path = tmp / "claims.parquet"
    write_parquet(frame, CLAIM_COLUMNS, path)
    return L.read_claims(path)[0]


def assert_same_answer(frame: pd.DataFrame) -> bool:
    """L.validate(frame) == validate_claims(frame); returns quick_check(frame)."""
    quick = L.quick_check(frame)
    valid, rejects = validate_claims(frame)
    if quick:
        assert rejects.empty, rejects[["column", "check", "failure_case"]].to_string()
    got_valid, got_rejects = L.validate(frame)
    pd.testing.assert_frame_equal(got_valid, valid)
    pd.testing.assert_frame_equal(got_rejects.reset_index(drop=True), rejects.reset_index(drop=True),
                                  check_index_type=False)
    return quick


def _described(schema) -> tuple[dict, tuple]:
    columns = {}
    for name, col in schema.columns.items():
        checks = []
        for c in col.checks:
            stats = {k: v for k, v in (c.statistics or {}).items() if v is not None}
            if c.name == "str_length":
                assert set(stats) == {"min_value"}, stats
                checks.append((c.name, stats["min_value"]))
            else:
                [arg] = stats.values()
                checks.append((c.name, tuple(arg) if isinstance(arg, (list, tuple, set)) else arg))
        columns[name] = (bool(col.nullable), bool(col.unique), tuple(checks))
    return columns, tuple(c.name for c in schema.checks)


def test_the_restated_schema_is_the_schema():
    schema = ClaimsSchema.to_schema()
    columns, frame_checks = _described(schema)
    assert list(columns) == L.COLUMNS
    assert L.QUICK_COLUMNS == columns
    assert L.QUICK_FRAME_CHECKS == frame_checks
    assert schema.strict and schema.ordered and schema.coerce and not schema.unique and schema.index is None


@pytest.mark.parametrize("n,seed,adversarial", [(500, 0, False), (500, 1, True), (3000, 2, True)])
def test_a_valid_file_is_vouched_for(tmp_path, n, seed, adversarial):
    frame = loaded(synthetic_claims(n, seed=seed, adversarial=adversarial), tmp_path)
    assert assert_same_answer(frame)


def test_the_seed_data_file(tmp_path):
    path = ROOT / "data" / "claims.parquet"
    if not path.exists():
        pytest.skip(f"no {path}")
    assert_same_answer(L.read_claims(path)[0])


def test_a_valid_file_does_not_import_pandera(tmp_path):
    path = tmp_path / "claims.parquet"
    write_parquet(synthetic_claims(300, seed=0), CLAIM_COLUMNS, path)
    code = ("import sys; from claimboard.dashboard import loading as L; "
            f"v, r = L.validate(L.read_claims({str(path)!r})[0]); "
            "print(len(v), len(r), 'pandera' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["300", "0", "False"]


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> pd.DataFrame:
    """Valid loaded claims with every kind, unit and a benchmark with a scale among them."""
    return loaded(synthetic_claims(400, seed=3), tmp_path_factory.mktemp("base"))


def _broken(base: pd.DataFrame, **fields) -> pd.DataFrame:
    """base with the fields of its row 1 replaced (and the frame read back through a file
    when a replacement does not fit the column's dtype)."""
    frame = base.copy()
    for col, value in fields.items():
        if value is None or (isinstance(value, float) and np.isnan(value)):
            if pd.api.types.is_integer_dtype(frame[col]) or pd.api.types.is_bool_dtype(frame[col]):
                frame[col] = frame[col].astype(object)
            frame.loc[1, col] = None if not pd.api.types.is_float_dtype(frame[col]) else np.nan
        else:
            frame.loc[1, col] = value
    return frame


def _first(base: pd.DataFrame, mask) -> dict:
    return base.loc[mask].iloc[0].to_dict()


BROKEN = {
    "kind not in set": dict(kind="absolute"),
    "params_b zero": dict(params_b=0.0, params_source="name"),
    "params_b 10000": dict(params_b=10000.0, params_source="name"),
    "params_b infinite": dict(params_b=float("inf"), params_source="name"),
    "active above total": dict(params_b=7.0, params_source="name", active_params_b=13.0),
    "params_source without params_b": dict(params_b=float("nan"), params_source="name"),
    "params_b without params_source": dict(params_b=7.0, params_source=None),
    "params_source not in set": dict(params_b=7.0, params_source="guess"),
    "unit not in set": dict(unit="percent"),
    "qualifier not in set": dict(qualifier="roughly"),
    "model_role not in set": dict(model_role="author"),
    "confidence above 1": dict(confidence=1.5),
    "confidence missing": dict(confidence=float("nan")),
    "value missing": dict(value=float("nan")),
    "extractor without version": dict(extractor="on-benchmark"),
    "extractor upper case": dict(extractor="On-benchmark@1"),
    "empty benchmark": dict(benchmark=""),
    "empty claim_id": dict(claim_id=""),
    "missing paper_title": dict(paper_title=None),
    "missing source": dict(source=None),
    "missing evidence": dict(evidence=None),
    "char_start negative": dict(char_start=-1),
    "char_end zero": dict(char_start=0, char_end=0),
    "offsets do not span value_text": dict(char_end=10_000),
    "value_text not in evidence": dict(evidence="a sentence without the number"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_row_is_never_vouched_for(base, case):
    frame = _broken(base, **BROKEN[case])
    assert not assert_same_answer(frame)


# values at the edge of a check: whatever the schema says of them, the same answer
EDGES = {
    "extractor with a final newline": dict(extractor="on-benchmark@1\n"),
    "extractor with an Arabic-Indic digit": dict(extractor="on-benchmark@\u0661"),
    "blank source": dict(source=""),
    "blank model": dict(model=""),
    "one-space paper title": dict(paper_title=" "),
    "confidence 0 and 1": dict(confidence=0.0),
    "params_b just under 10000": dict(params_b=9999.5, params_source="text"),
    "value_high missing": dict(value_high=float("nan")),
}


@pytest.mark.parametrize("case", list(EDGES))
def test_edge_values_get_the_same_answer(base, case):
    assert_same_answer(_broken(base, **EDGES[case]))


def test_scale_and_percent_checks(base):
    pct = _first(base, (base["kind"] == "score") & (base["unit"] == "%"))
    for value, high in ((100.5, float("nan")), (-0.5, float("nan")), (90.0, 101.0)):
        frame = base.copy()
        frame.loc[1] = pd.Series(pct)
        frame.loc[1, ["value", "value_high"]] = [value, high]
        assert not assert_same_answer(frame)
    # a score on a benchmark with a scale (MT-Bench: 10), not in %
    frame = base.copy()
    frame.loc[1, ["benchmark", "kind", "unit", "value", "value_high"]] = ["MT-Bench", "score", None, 10.5, np.nan]
    assert not assert_same_answer(frame)
    frame.loc[1, "value"] = 9.5  # inside the scale: only the text checks may still fail
    assert_same_answer(frame)
    # a delta in percent may exceed 100
    frame = base.copy()
    frame.loc[1, ["kind", "unit", "value"]] = ["delta", "%", 140.0]
    assert_same_answer(frame)


def test_a_duplicate_claim_id_is_never_vouched_for(base):
    frame = base.copy()
    frame.loc[2, "claim_id"] = frame.loc[1, "claim_id"]
    assert not assert_same_answer(frame)


def test_other_dtypes_or_columns_go_to_pandera(base):
    assert not L.quick_check(base.astype({"claim_id": object}))
    assert not L.quick_check(base[list(reversed(base.columns))])
    assert not L.quick_check(base.assign(extra=1))
    assert not L.quick_check(base.iloc[:0])
    assert_same_answer(base.astype({"paper_title": object}))


TRICKY = {
    "str": st.sampled_from([None, "", " ", "x", "%", "pp", "score", "delta", "about", "name", "proposed",
                            "on-benchmark@1", "GSM8K", "MT-Bench", "a\nb", "\u0661", "é"]),
    "float": st.sampled_from([np.nan, 0.0, -1.0, 0.5, 1.0, 7.0, 10.5, 99.9, 100.0, 100.5, 9999.0, 10000.0,
                              float("inf")]),
    "int": st.sampled_from([-1, 0, 1, 2, 5, 17, 10_000]),
    "bool": st.sampled_from([True, False]),
}


def _kind(dtype) -> str:
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    return "str"


@st.composite
def mutations(draw, columns):
    n = draw(st.integers(1, 3))
    out = []
    for _ in range(n):
        col, kind = draw(st.sampled_from(columns))
        out.append((draw(st.integers(0, 5)), col, draw(TRICKY[kind])))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_breakage_is_never_vouched_for(base, data):
    frame = base.head(6).copy()
    columns = [(c, _kind(frame[c].dtype)) for c in frame.columns]
    for i, col, value in data.draw(mutations(columns)):
        frame.loc[i, col] = value
    assert_same_answer(frame)
