"""schema.validate.validate_claims and `claimboard validate FILE`.

Every check is tested with a frame of three valid rows in which the middle row is broken
in one field: that row must be rejected with the reason, and the other two must survive."""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from claimboard.extract.cli import main
from claimboard.schema.columns import CLAIM_COLUMNS, KINDS, REJECT_COLUMNS, names
from claimboard.schema.io import csv_bytes, write_parquet
from claimboard.schema.validate import validate_claims


def row(i: int, **kw) -> dict:
    """A valid claim row for paper p{i}; evidence and offsets follow value_text/benchmark."""
    value_text = kw.pop("value_text", "50.0%")
    benchmark = kw.pop("benchmark", "GSM8K")
    prefix = "LLaMA-2-7B gets "
    shown = value_text if isinstance(value_text, str) else "50.0%"
    base = dict(
        claim_id=f"p{i}:16:1", paper_id=f"p{i}", paper_title=f"Paper {i}", source="s.jsonl", model="LLaMA-2-7B",
        params_b=7.0, active_params_b=None, params_source="name", benchmark=benchmark, benchmark_known=True,
        category="math", subset=None, metric="accuracy", value=50.0, value_high=None, value_text=value_text,
        unit="%", kind="score", qualifier=None, evidence=f"{prefix}{shown} on {benchmark}",
        char_start=len(prefix), char_end=len(prefix) + len(shown), extractor="on-benchmark@1", confidence=0.9,
    )
    base.update(kw)
    return base


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=names(CLAIM_COLUMNS))


def abstracts_for(df: pd.DataFrame) -> dict[str, str]:
    return {pid: ev for pid, ev in zip(df["paper_id"], df["evidence"]) if isinstance(ev, str)}


def three(**broken) -> pd.DataFrame:
    return frame(row(0), row(1, **broken), row(2))


def rejected_papers(rejects: pd.DataFrame) -> set[str]:
    """p{i} of each rejected row, found by whichever of its id fields is intact."""
    out = set()
    for r in rejects["row"]:
        d = json.loads(r)
        i = (str(d.get("claim_id") or "").split(":")[0] or d.get("paper_id")
             or str(d.get("paper_title") or "").replace("Paper ", "p"))
        out.add(i)
    return out


def assert_only_middle_rejected(valid: pd.DataFrame, rejects: pd.DataFrame) -> None:
    assert list(valid["paper_id"]) == ["p0", "p2"]
    assert len(rejects) >= 1
    assert rejected_papers(rejects) == {"p1"}


# --------------------------------------------------------------------------- valid rows


def test_valid_rows_pass_with_schema_dtypes():
    df = frame(row(0), row(1, kind="delta", value=-1.6, value_text="-1.6", unit=None), row(2, unit=None, value=8.1,
               value_text="8.1", benchmark="MT-Bench", metric="score"))
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert rejects.empty
    assert list(rejects.columns) == names(REJECT_COLUMNS)
    assert list(valid.columns) == names(CLAIM_COLUMNS)
    assert list(valid["claim_id"]) == ["p0:16:1", "p1:16:1", "p2:16:1"]
    assert str(valid["value"].dtype) == "float64"
    assert str(valid["char_start"].dtype) == "int64"
    assert str(valid["benchmark_known"].dtype) == "bool"
    assert valid["value"].tolist() == [50.0, -1.6, 8.1]


@pytest.mark.parametrize("value, high", [(0.0, None), (100.0, None), (5.2, 21.8)])
def test_percent_score_bounds_are_inclusive(value, high):
    df = three(value=value, value_high=high)
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert rejects.empty and len(valid) == 3


@pytest.mark.parametrize("params", [0.001, 1.5, 9999.0, None])
def test_params_b_inside_open_interval_is_valid(params):
    df = three(params_b=params, params_source=None if params is None else "name")
    valid, rejects = validate_claims(df)
    assert rejects.empty and len(valid) == 3


def test_delta_percent_may_exceed_100():
    df = three(kind="delta", value=150.0, value_text="150%")
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert rejects.empty and len(valid) == 3


def test_mt_bench_score_up_to_10_is_valid():
    df = three(benchmark="MT-Bench", unit=None, value=10.0, value_text="10.0", metric="score")
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert rejects.empty and len(valid) == 3


# --------------------------------------------------------------------------- each check, one failing row

CHECKS = {
    # name: (broken fields, (column or None, text expected in the check name))
    "kind not in set": (dict(kind="absolute"), ("kind", "isin")),
    "percent score above 100": (dict(value=100.5), (None, "percent scores must lie within 0..100")),
    "percent score below 0": (dict(value=-0.5), (None, "percent scores must lie within 0..100")),
    "percent range high above 100": (dict(value=90.0, value_high=101.0), (None, "percent scores must lie within 0..100")),
    "MT-Bench score above 10": (dict(benchmark="MT-Bench", unit=None, value=10.5, value_text="10.5", metric="score"),
                                (None, "benchmark's scale")),
    "params_b zero": (dict(params_b=0.0), ("params_b", "greater_than(0)")),
    "params_b negative": (dict(params_b=-7.0), ("params_b", "greater_than(0)")),
    "params_b 10000": (dict(params_b=10000.0), ("params_b", "less_than(10000)")),
    "active above total": (dict(params_b=7.0, active_params_b=13.0), (None, "active_params_b must not exceed")),
    "params_source without params_b": (dict(params_b=None, params_source="name"), (None, "params_source")),
    "params_source not in set": (dict(params_source="guess"), ("params_source", "isin")),
    "unit not in set": (dict(unit="percent"), ("unit", "isin")),
    "qualifier not in set": (dict(qualifier="roughly"), ("qualifier", "isin")),
    "confidence above 1": (dict(confidence=1.5), ("confidence", "less_than_or_equal_to(1)")),
    "extractor without version": (dict(extractor="on-benchmark"), ("extractor", "str_matches")),
    "empty benchmark": (dict(benchmark=""), ("benchmark", "str_length")),
    "offsets do not span value_text": (dict(char_end=30), (None, "char_end must be after char_start")),
    "char_start negative": (dict(char_start=-1, char_end=4), ("char_start", "greater_than_or_equal_to(0)")),
    "value_text not in evidence": (dict(evidence="LLaMA-2-7B gets 51.0% on GSM8K"), (None, "value_text must occur")),
}


@pytest.mark.parametrize("case", list(CHECKS))
def test_each_check_rejects_only_the_broken_row(case):
    broken, (column, check) = CHECKS[case]
    df = three(**broken)
    valid, rejects = validate_claims(df)
    assert_only_middle_rejected(valid, rejects)
    assert any(check in c for c in rejects["check"]), list(rejects["check"])
    if column is not None:
        assert column in set(rejects["column"])
    assert set(rejects["claim_id"]) == {"p1:16:1"}
    assert set(rejects["paper_title"]) == {"Paper 1"}


REQUIRED = ["claim_id", "paper_id", "paper_title", "source", "benchmark", "metric", "value", "value_text", "kind",
            "evidence", "char_start", "char_end", "extractor", "confidence"]


@pytest.mark.parametrize("field", REQUIRED)
def test_required_field_missing_rejects_only_that_row(field):
    df = three(**{field: None})
    valid, rejects = validate_claims(df)
    assert_only_middle_rejected(valid, rejects)
    hits = rejects[(rejects["column"] == field) & rejects["check"].str.contains("null")]
    assert len(hits) == 1, rejects[["column", "check"]].values.tolist()


@pytest.mark.parametrize("bad", [None, "maybe"])
def test_benchmark_known_must_be_a_boolean(bad):
    df = three(benchmark_known=bad)
    valid, rejects = validate_claims(df)
    assert_only_middle_rejected(valid, rejects)


DTYPE_BUG = ("a value that cannot be coerced to the column's dtype makes pandera skip the column; the dataframe-wide "
             "checks then fail with a TypeError on the whole frame and validate_claims rejects EVERY row "
             "(schema/validate.py validate_claims: failure cases without an index are applied to all rows)")


@pytest.mark.parametrize("field, bad", [
    pytest.param("value", "abc"),
    pytest.param("params_b", "seven"),
    pytest.param("confidence", "high"),
    pytest.param("char_start", "x"),
])
def test_wrong_dtype_rejects_only_that_row(field, bad):
    df = three(**{field: bad})
    valid, rejects = validate_claims(df)
    assert_only_middle_rejected(valid, rejects)
    assert any(field == c for c in rejects["column"])


@pytest.mark.parametrize("field, bad", [("char_start", "x"), ("char_end", None)])
def test_bad_offsets_with_abstracts_do_not_crash(field, bad):
    df = three(**{field: bad})
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert_only_middle_rejected(valid, rejects)


@pytest.mark.parametrize("abstract_of_p1, failure", [
    ("LLaMA-2-7B gets", "16:21"),                              # abstract too short: offsets outside it
    ("LLaMA-2-7B gets 51.0% on GSM8K", "16:21"),               # offsets inside, but another number there
])
def test_offsets_must_lie_inside_the_abstract(abstract_of_p1, failure):
    df = three()
    abstracts = abstracts_for(df)
    abstracts["p1"] = abstract_of_p1
    valid, rejects = validate_claims(df, abstracts)
    assert_only_middle_rejected(valid, rejects)
    hit = rejects[rejects["check"] == "offsets inside the abstract"]
    assert hit["failure_case"].tolist() == [failure]
    # without the abstracts that check cannot run: the row is valid
    valid, rejects = validate_claims(df)
    assert rejects.empty and len(valid) == 3


def test_duplicate_claim_id_never_reaches_valid_rows():
    df = frame(row(0), row(1, claim_id="p0:16:1"), row(2))
    valid, rejects = validate_claims(df)
    assert valid["claim_id"].is_unique
    assert "p2:16:1" in set(valid["claim_id"])
    assert "p0:16:1" not in set(valid["claim_id"]) or list(valid["claim_id"]).count("p0:16:1") == 1
    assert (rejects["check"] == "field_uniqueness").any()
    assert set(rejects.loc[rejects["check"] == "field_uniqueness", "column"]) == {"claim_id"}


def test_several_broken_rows_each_rejected_and_the_rest_survive():
    df = frame(row(0), row(1, kind="gain"), row(2), row(3, params_b=0.0), row(4, value=250.0), row(5))
    valid, rejects = validate_claims(df, abstracts_for(df))
    assert list(valid["paper_id"]) == ["p0", "p2", "p5"]
    assert rejected_papers(rejects) == {"p1", "p3", "p4"}


def test_reject_row_keeps_the_whole_row_as_json():
    df = three(kind="absolute", value=42.5)
    _, rejects = validate_claims(df)
    [rec] = rejects.to_dict("records")
    assert rec["failure_case"] == "absolute"
    data = json.loads(rec["row"])
    assert data["value"] == 42.5 and data["kind"] == "absolute" and data["claim_id"] == "p1:16:1"
    assert set(data) == set(names(CLAIM_COLUMNS))


def test_missing_column_is_an_error_not_a_reject():
    df = three().drop(columns=["benchmark"])
    with pytest.raises(ValueError, match="benchmark"):
        validate_claims(df)


def test_cross_column_failure_is_one_reject_with_null_column():
    df = three(value=100.5)
    _, rejects = validate_claims(df)
    assert len(rejects) == 1
    assert rejects["column"].isna().all()


# --------------------------------------------------------------------------- claimboard validate FILE


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


def test_validate_command_on_a_valid_file(tmp_path):
    df = frame(row(0), row(1), row(2))
    write_parquet(df, CLAIM_COLUMNS, tmp_path / "claims.parquet")
    rc, out, err = run_cli(["validate", "claims.parquet"], tmp_path)
    assert rc == 0
    assert err == ""
    assert out.splitlines() == ["3 rows, 3 valid, 0 failures"]


def test_validate_command_prints_each_failure_and_exits_1(tmp_path):
    df = frame(row(0), row(1, kind="gain"), row(2), row(3, params_b=0.0))
    write_parquet(df, CLAIM_COLUMNS, tmp_path / "claims.parquet")
    rc, out, err = run_cli(["validate", "claims.parquet"], tmp_path)
    assert rc == 1
    lines = out.splitlines()
    assert lines[-1] == "4 rows, 2 valid, 2 failures"
    failures = lines[:-1]
    assert len(failures) == 2
    assert any("p1:16:1" in ln and "kind" in ln and "gain" in ln for ln in failures)
    assert any("p3:16:1" in ln and "params_b" in ln and "greater_than(0)" in ln for ln in failures)
    assert all(ln.startswith("claims.parquet: row ") for ln in failures)


def test_validate_command_reads_csv(tmp_path):
    df = frame(row(0), row(1, kind="gain"), row(2))
    (tmp_path / "claims.csv").write_bytes(csv_bytes(df))
    rc, out, _ = run_cli(["validate", "claims.csv"], tmp_path)
    assert rc == 1
    assert out.splitlines()[-1].startswith("3 rows, 2 valid")
    assert "p1:16:1" in out and "gain" in out


def test_validate_command_prints_a_cross_column_failure_once(tmp_path):
    write_parquet(three(value=100.5), CLAIM_COLUMNS, tmp_path / "claims.parquet")
    rc, out, _ = run_cli(["validate", "claims.parquet"], tmp_path)
    assert rc == 1
    lines = out.splitlines()
    assert len(lines) == 2 and "percent scores" in lines[0] and "p1:16:1" in lines[0]


def test_validate_accepts_the_projects_own_csv_export(tmp_path):
    df = frame(row(0), row(1, kind="delta", value=4.6, value_text="+4.6", unit=None),
               row(2, kind="delta", value=-1.6, value_text="-1.6", unit=None))
    write_parquet(df, CLAIM_COLUMNS, tmp_path / "claims.parquet")
    assert run_cli(["validate", "claims.parquet"], tmp_path)[0] == 0
    assert run_cli(["export", "--data", "claims.parquet", "--out", "claims.csv"], tmp_path)[0] == 0
    rc, out, _ = run_cli(["validate", "claims.csv"], tmp_path)
    assert (rc, out.splitlines()[-1]) == (0, "3 rows, 3 valid, 0 failures")


def test_validate_command_missing_file_is_one_line(tmp_path):
    rc, out, err = run_cli(["validate", "nope.parquet"], tmp_path)
    assert rc == 1 and out == ""
    assert len(err.splitlines()) == 1 and "nope.parquet" in err


def test_validate_command_unreadable_file_is_one_line(tmp_path):
    (tmp_path / "junk.parquet").write_bytes(b"not parquet at all")
    rc, out, err = run_cli(["validate", "junk.parquet"], tmp_path)
    assert rc == 1
    assert len(err.splitlines()) == 1 and "junk.parquet" in err and "Traceback" not in err


def test_validate_command_missing_columns_is_one_line(tmp_path):
    df = frame(row(0)).drop(columns=["kind", "metric"])
    df.to_parquet(tmp_path / "claims.parquet")
    rc, _, err = run_cli(["validate", "claims.parquet"], tmp_path)
    assert rc == 1
    assert len(err.splitlines()) == 1
    assert "missing columns" in err and "kind" in err and "metric" in err


def test_kinds_constant_matches_the_contract():
    assert set(KINDS) == {"score", "delta", "relative"}
