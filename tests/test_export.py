"""CSV export: formula neutralisation (schema.io.neutralise / csv_bytes) and
`claimboard export [--data FILE] [--format csv] [--out FILE]`."""
from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimboard.extract.cli import main
from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.io import csv_bytes, neutralise, write_parquet

PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
PROPS = settings(max_examples=300, deadline=None)


def row(i: int, **kw) -> dict:
    base = dict(
        claim_id=f"p{i}:16:1", paper_id=f"p{i}", paper_title=f"Paper {i}", source="s.jsonl", model="LLaMA-2-7B",
        params_b=7.0, active_params_b=None, params_source="name", benchmark="GSM8K", benchmark_known=True,
        category="math", subset=None, metric="accuracy", value=50.0, value_high=None, value_text="50.0%",
        unit="%", kind="score", qualifier=None, evidence="LLaMA-2-7B gets 50.0% on GSM8K",
        char_start=16, char_end=21, extractor="on-benchmark@1", confidence=0.9,
    )
    base.update(kw)
    return base


def claims_frame() -> pd.DataFrame:
    rows = [
        row(0),
        row(1, paper_title="=HYPERLINK(\"http://evil\")", model="-cmd|' /C calc'!A0", kind="delta", value=-1.6,
            value_text="-1.6", unit=None, evidence="reduces hallucination by -1.6 on TruthfulQA", char_start=25, char_end=29,
            benchmark="TruthfulQA"),
        row(2, paper_title="Ünïcödé — 模型 ≥ 5%", model="@SUM(A1:A2)", subset="+conversational", value_text="+4.6",
            kind="delta", value=4.6, unit=None, evidence="+4.6 on MLVU", char_start=0, char_end=4, benchmark="MLVU"),
        row(3, paper_title="\tTabbed title", metric="-F1", params_b=None, params_source=None, value=61.82,
            value_text="61.82%", evidence="achieves 61.82% on GSM8K", char_start=9, char_end=15),
    ]
    return pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


def parse_csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


# --------------------------------------------------------------------------- neutralise: properties


def _cell(text: str) -> str:
    return neutralise(pd.DataFrame({"t": [text]}))["t"].iloc[0]


@PROPS
@given(st.text())
@example("=1+1")
@example("+4.6")
@example("-1.6")
@example("@SUM(A1)")
@example("\tx")
@example("\rx")
@example("'=already quoted")
@example("")
def test_neutralised_cell_never_starts_with_a_formula_prefix(text):
    cell = _cell(text)
    assert not cell.startswith(PREFIXES)
    if text.startswith(PREFIXES):
        assert cell == "'" + text
    else:
        assert cell == text
    restored = cell[1:] if cell != text else cell
    assert restored == text


@PROPS
@given(st.lists(st.one_of(st.none(), st.text()), min_size=1, max_size=5))
def test_neutralise_only_touches_dangerous_text_and_keeps_nulls(cells):
    df = pd.DataFrame({"t": pd.Series(cells, dtype=object), "n": [-1.5] * len(cells)})
    out = neutralise(df)
    for before, after in zip(cells, out["t"]):
        if before is None:
            assert after is None or pd.isna(after)
        else:
            assert after == ("'" + before if before.startswith(PREFIXES) else before)
    assert out["n"].tolist() == [-1.5] * len(cells)
    assert df["t"].tolist() == cells  # the input frame is not modified


@PROPS
@given(st.lists(st.text(), min_size=1, max_size=4))
@example(["line\rbreak"])
def test_csv_round_trips_any_text(cells):
    df = pd.DataFrame({"t": pd.Series(cells, dtype=object), "v": [-1.6] * len(cells)})
    rows = list(csv.reader(io.StringIO(csv_bytes(df).decode("utf-8"), newline="")))
    assert rows[0] == ["t", "v"]
    assert [r[0] for r in rows[1:]] == [("'" + c if c.startswith(PREFIXES) else c) for c in cells]


# --------------------------------------------------------------------------- csv_bytes on a claims frame


def test_csv_bytes_neutralises_text_and_keeps_numbers_numeric():
    data = csv_bytes(claims_frame())
    text = data.decode("utf-8")
    rows = parse_csv(data)
    assert list(rows[0]) == names(CLAIM_COLUMNS)
    assert rows[1]["paper_title"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1]["model"] == "'-cmd|' /C calc'!A0"
    assert rows[1]["value"] == "-1.6"                    # a number, not neutralised
    assert rows[1]["value_text"] == "'-1.6"              # text cell starting with '-'
    assert rows[2]["model"] == "'@SUM(A1:A2)"
    assert rows[2]["subset"] == "'+conversational"
    assert rows[2]["paper_title"] == "Ünïcödé — 模型 ≥ 5%"
    assert rows[3]["paper_title"] == "'\tTabbed title"
    assert rows[3]["metric"] == "'-F1"
    assert rows[3]["params_b"] == ""
    assert rows[0]["char_start"] == "16" and rows[0]["benchmark_known"] == "True"
    line = next(ln for ln in text.split("\n") if ln.startswith("p1:16:1,"))
    assert ",-1.6," in line and ",\"-1.6\"," not in line and ",'-1.6," in line


# --------------------------------------------------------------------------- claimboard export


def test_export_command_writes_utf8_neutralised_csv(tmp_path):
    write_parquet(claims_frame(), CLAIM_COLUMNS, tmp_path / "claims.parquet")
    rc, _, err = run_cli(["export", "--data", "claims.parquet", "--format", "csv", "--out", "out/export.csv"], tmp_path)
    assert rc == 0, err
    assert "4 rows" in err
    data = (tmp_path / "out" / "export.csv").read_bytes()
    assert data == csv_bytes(pd.read_parquet(tmp_path / "claims.parquet"))
    assert "Ünïcödé — 模型".encode("utf-8") in data
    rows = parse_csv(data)
    assert [r["claim_id"] for r in rows] == ["p0:16:1", "p1:16:1", "p2:16:1", "p3:16:1"]
    assert rows[1]["value"] == "-1.6"
    assert rows[1]["paper_title"].startswith("'=")
    for r in rows:
        for col in ("paper_title", "model", "subset", "metric", "evidence", "value_text"):
            assert not r[col].startswith(PREFIXES), (col, r[col])
    back = pd.read_csv(tmp_path / "out" / "export.csv")
    assert str(back["value"].dtype) == "float64"
    assert back["value"].tolist() == [50.0, -1.6, 4.6, 61.82]
    assert str(back["char_start"].dtype) == "int64"


def test_export_defaults_read_data_and_write_claims_csv(tmp_path):
    (tmp_path / "data").mkdir()
    write_parquet(claims_frame(), CLAIM_COLUMNS, tmp_path / "data" / "claims.parquet")
    rc, _, err = run_cli(["export"], tmp_path)
    assert rc == 0, err
    assert (tmp_path / "claims.csv").read_bytes() == csv_bytes(pd.read_parquet(tmp_path / "data" / "claims.parquet"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "data"]  # no temp file left


def test_export_to_stdout(tmp_path, capsysbinary, monkeypatch):
    write_parquet(claims_frame(), CLAIM_COLUMNS, tmp_path / "c.parquet")
    monkeypatch.chdir(tmp_path)
    rc = main(["export", "--data", "c.parquet", "--out", "-"])
    out, _ = capsysbinary.readouterr()
    assert rc == 0
    assert out == csv_bytes(pd.read_parquet(tmp_path / "c.parquet"))
    assert not (tmp_path / "claims.csv").exists()


def test_export_missing_data_is_one_line(tmp_path):
    rc, out, err = run_cli(["export", "--data", "data/claims.parquet", "--out", "x.csv"], tmp_path)
    assert rc == 1
    assert len(err.splitlines()) == 1 and "data/claims.parquet" in err
    assert not (tmp_path / "x.csv").exists()


def test_export_unknown_format_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", "xlsx"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_export_equals_the_pipelines_claims_csv(tmp_path):
    abstract = ("We present FooNet, a new model for grade school math reasoning. On the GSM8K benchmark, FooNet-7B "
                "achieves an accuracy of 61.8%, outperforming the previous best open model by +4.6 points while "
                "being trained on only 12,000 examples.")
    (tmp_path / "p.jsonl").write_text(json.dumps({"title": "=FooNet: Math", "abstract": abstract}) + "\n")
    rc, _, err = run_cli(["extract", "p.jsonl", "--out", "data", "--quiet"], tmp_path)
    assert rc == 0, err
    rc, _, err = run_cli(["export", "--out", "export.csv"], tmp_path)
    assert rc == 0, err
    exported = (tmp_path / "export.csv").read_bytes()
    assert exported == (tmp_path / "data" / "claims.csv").read_bytes()
    rows = parse_csv(exported)
    assert len(rows) >= 2
    assert {r["paper_title"] for r in rows} == {"'=FooNet: Math"}
    assert sorted(float(r["value"]) for r in rows) == [4.6, 61.8]
