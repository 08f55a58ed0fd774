"""The dashboard under bad data: files that are not claims Parquet files, too many rows,
very long strings. Each gets one clear message and no traceback, and what is loaded stays
bounded (dashboard/loading.py). Unit tests of the loader first, then the app under
streamlit.testing.v1.AppTest pointed at temporary files through CLAIMBOARD_DATA."""
from __future__ import annotations

import re
from pathlib import Path

import apprun
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from claimboard.dashboard import launch
from claimboard.dashboard import loading as L
from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS, arrow_schema
from claimboard.schema.io import read_table, write_parquet
from claimboard.schema.validate import validate_claims

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
BUILD = "claimboard extract seeds/ --out data/"
MB = 1 << 20
N = 400


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return synthetic_claims(N, seed=0, adversarial=True)


@pytest.fixture
def good_file(tmp_path, claims) -> Path:
    path = tmp_path / "claims.parquet"
    write_parquet(claims, CLAIM_COLUMNS, path)
    return path


def _long_claims() -> tuple[pd.DataFrame, dict[str, int]]:
    """40 valid claims; the first three carry 1 MB strings (evidence with the number in
    the middle, title, model, and a long claim_id in row 0). Returns (frame, lengths)."""
    df = synthetic_claims(40, seed=1)
    pad = ("lorem ipsum dolor sit amet " * (MB // 27 + 1))[:MB]
    for i in range(3):
        df.loc[i, "evidence"] = pad + " " + df.loc[i, "evidence"] + " " + pad
        df.loc[i, "paper_title"] = df.loc[i, "paper_title"] + " " + "T" * MB
        df.loc[i, "model"] = "M" * MB
    df.loc[0, "claim_id"] = "c" * MB + df.loc[0, "claim_id"]
    df.loc[1, "claim_id"] = "c" * MB + df.loc[1, "claim_id"]  # same 1 MB prefix: must stay distinct
    lengths = {"evidence": len(df.loc[0, "evidence"]), "paper_title": len(df.loc[0, "paper_title"]),
               "longest": int(df.head(3)["evidence"].str.len().max())}
    return df, lengths


# --------------------------------------------------------------------------- schema and file checks


def test_the_claims_schema_has_no_problem():
    assert L.schema_problem(arrow_schema(CLAIM_COLUMNS)) is None


def test_compatible_types_are_accepted():
    fields = []
    for name, typ, _ in CLAIM_COLUMNS:
        if name == "claim_id":
            typ = pa.large_string()
        elif name == "benchmark":
            typ = pa.dictionary(pa.int32(), pa.string())
        elif name == "char_start":
            typ = pa.int32()
        elif name == "value":
            typ = pa.int64()  # whole numbers: cast to float64
        elif name == "value_high":
            typ = pa.null()  # an all-null column
        fields.append(pa.field(name, typ))
    fields.append(pa.field("extra", pa.list_(pa.string())))  # extra columns are never read
    assert L.schema_problem(pa.schema(fields)) is None


def test_missing_columns_are_named():
    schema = pa.schema([f for f in arrow_schema(CLAIM_COLUMNS) if f.name not in ("evidence", "value")])
    problem = L.schema_problem(schema)
    assert problem == ("it is not a claims table: missing columns: value, evidence "
                       f"(2 of the {len(CLAIM_COLUMNS)} claims columns)")


def test_a_file_without_the_identity_columns_still_loads(tmp_path):
    """Schema 1.1 added model_id, model_family, model_role, base_model_id and setting: a
    claims file written before them loads, with those columns empty."""
    from claimboard.schema.columns import IDENTITY_COLUMNS

    schema = pa.schema([f for f in arrow_schema(CLAIM_COLUMNS) if f.name not in IDENTITY_COLUMNS])
    assert L.schema_problem(schema) is None


def test_wrong_types_are_named():
    schema = pa.schema([
        pa.field(f.name, {"value": pa.string(), "char_start": pa.float64(), "evidence": pa.list_(pa.string()),
                          "benchmark_known": pa.string()}.get(f.name, f.type))
        for f in arrow_schema(CLAIM_COLUMNS)
    ])
    problem = L.schema_problem(schema)
    assert problem.startswith("it is not a claims table: wrong column types: ")
    for part in ("value is string (expected double)", "char_start is double (expected int64)",
                 "evidence is list<item: string> (expected string)", "benchmark_known is string (expected bool)"):
        assert part in problem
    assert "missing" not in problem


def test_a_long_list_of_missing_columns_is_shortened():
    problem = L.schema_problem(pa.schema([("claim_id", pa.string())]))
    from claimboard.schema.columns import OPTIONAL_COLUMNS

    n = len(CLAIM_COLUMNS) - 1 - len(OPTIONAL_COLUMNS)   # all but claim_id; the columns added since 1.0 may be absent
    assert f"and {n - 8} more ({n} of the {len(CLAIM_COLUMNS)} claims columns)" in problem
    assert len(problem) < 300


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p.write_bytes(b""), "the file is empty (0 bytes), so it is not a Parquet file"),
        (lambda p: p.write_text("claim_id,value\na,1\n"),
         "it is not a Parquet file (it has no Parquet footer: it is cut short, damaged, or in another format such as CSV)"),
        (lambda p: p.mkdir(), "it is a folder, not a file"),
        (lambda p: None, "there is no such file"),
    ],
    ids=["zero-bytes", "csv", "folder", "missing"],
)
def test_file_problems(tmp_path, make, expected):
    path = tmp_path / "claims.parquet"
    make(path)
    assert L.file_problem(path) == expected
    with pytest.raises(L.LoadError) as err:
        L.read_claims(path)
    assert str(err.value) == expected


def test_a_cut_short_parquet_file_is_not_parquet(good_file):
    data = good_file.read_bytes()
    good_file.write_bytes(data[: len(data) // 2])
    assert L.file_problem(good_file).startswith("it is not a Parquet file (")


def test_good_file_has_no_problem(good_file):
    assert L.file_problem(good_file) is None


# --------------------------------------------------------------------------- bounded reading


def test_reading_gives_what_read_table_gives(good_file):
    frame, info = L.read_claims(good_file)
    pd.testing.assert_frame_equal(frame, read_table(good_file))
    assert (info.total_rows, info.loaded_rows, info.truncated, info.n_cut) == (N, N, False, 0)


def test_only_the_claims_columns_are_read(tmp_path, claims, monkeypatch):
    table = pa.Table.from_pandas(claims, preserve_index=False)
    table = table.append_column("huge", pa.array(["x" * 10_000] * len(claims)))
    path = tmp_path / "extra.parquet"
    pq.write_table(table, path)
    asked = []
    real = pq.ParquetFile.iter_batches

    def spy(self, *args, **kwargs):
        asked.append(kwargs.get("columns"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", spy)
    frame, _ = L.read_claims(path)
    assert asked == [L.COLUMNS]
    assert list(frame.columns) == L.COLUMNS and len(frame) == N


def test_row_cap_loads_the_first_rows_and_stops_reading(good_file, claims, monkeypatch):
    monkeypatch.setattr(L, "BATCH_ROWS", 10)
    pulled = []
    real = pq.ParquetFile.iter_batches

    def counting(self, *args, **kwargs):
        for batch in real(self, *args, **kwargs):
            pulled.append(len(batch))
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counting)
    frame, info = L.read_claims(good_file, max_rows=25)
    assert frame["claim_id"].tolist() == claims["claim_id"].head(25).tolist()
    assert (info.total_rows, info.loaded_rows, info.max_rows, info.truncated) == (N, 25, 25, True)
    assert not info.stopped_at_bytes
    assert sum(pulled) == 30  # three batches of 10: the rest of the file is never decoded


def test_byte_budget_stops_early(good_file, claims, monkeypatch):
    monkeypatch.setattr(L, "BATCH_ROWS", 10)
    frame, info = L.read_claims(good_file, max_bytes=1)
    assert info.stopped_at_bytes and info.truncated
    assert frame["claim_id"].tolist() == claims["claim_id"].head(10).tolist()


def test_row_cap_from_the_environment(monkeypatch):
    assert L.row_cap({}) == L.MAX_ROWS
    assert L.row_cap({L.MAX_ROWS_ENV: "2_000"}) == 2000
    assert L.row_cap({L.MAX_ROWS_ENV: "5,000"}) == 5000
    for bad in ("", "lots", "0", "-3"):
        assert L.row_cap({L.MAX_ROWS_ENV: bad}) == L.MAX_ROWS
    monkeypatch.setattr(L, "MAX_ROWS", 7)
    assert L.row_cap({}) == 7


def test_cut_around_keeps_the_number():
    text = "a" * 5000 + " 42.5% " + "b" * 5000
    out = L.cut_around(text, "42.5%", 100)
    assert len(out) == 100 and "42.5%" in out and out.startswith(L.ELLIPSIS) and out.endswith(L.ELLIPSIS)
    assert L.cut_around("42.5% " + "b" * 500, "42.5%", 100).startswith("42.5% b")
    assert L.cut_around("b" * 500 + " 42.5%", "42.5%", 100).endswith("b 42.5%")
    assert L.cut_around("short", "x", 100) == "short"
    assert L.cut_around("c" * 500, "not there", 100) == "c" * 99 + L.ELLIPSIS


def test_cut_ids_stay_distinct():
    a, b = "x" * 3000 + "1", "x" * 3000 + "2"
    assert L.cut_id(a, 100) != L.cut_id(b, 100)
    assert len(L.cut_id(a, 100)) == 100
    assert L.cut_id("short", 100) == "short"


def test_one_megabyte_strings_are_cut_and_rows_stay_valid(tmp_path):
    df, full = _long_claims()
    path = tmp_path / "long.parquet"
    write_parquet(df, CLAIM_COLUMNS, path)
    frame, info = L.read_claims(path)
    text = frame.select_dtypes(exclude="number")
    longest = max(int(text[c].dropna().astype(str).str.len().max()) for c in text.columns if text[c].notna().any())
    assert longest <= L.MAX_TEXT_CHARS
    assert frame["claim_id"].is_unique
    valid, rejects = validate_claims(frame)
    assert len(rejects) == 0 and len(valid) == 40  # the number is still in each cut sentence
    for i in range(3):
        assert df.loc[i, "value_text"] in frame.loc[i, "evidence"]
    assert info.n_cut == 3 * 3 + 2  # evidence, title, model of three rows; two claim_ids
    assert info.cut_columns() == ["claim_id", "evidence", "model", "paper_title"]
    assert info.cut_chars(frame.loc[0, "claim_id"], "evidence") == full["evidence"]
    assert info.cut_chars(frame.loc[0, "claim_id"], "paper_title") == full["paper_title"]
    assert info.cut_chars(frame.loc[5, "claim_id"], "evidence") is None
    # the chart's tooltips are shorter still
    data = T.size_view_data(valid)
    for part in (data.sized, data.unknown):
        assert (part["paper_title"].str.len() <= T.TOOLTIP_CHARS).all()
        assert (part["model"].dropna().str.len() <= T.TOOLTIP_CHARS).all()


# --------------------------------------------------------------------------- the app


def run_app(query: dict[str, str] | None = None, tab: str | None = None) -> AppTest:
    return apprun.run_app(query, timeout=120, tab=tab)


charts = apprun.charts


def chart_frames(chart) -> list[pd.DataFrame]:
    frames = [pa.ipc.open_stream(ds.data.data).read_all().to_pandas() for ds in chart.proto.datasets]
    if chart.proto.HasField("data") and chart.proto.data.data:
        frames.append(pa.ipc.open_stream(chart.proto.data.data).read_all().to_pandas())
    return frames


def match_count(at: AppTest) -> int:
    text = next(c.value for c in at.sidebar.caption if "claims match" in c.value)
    return int(re.match(r"([\d,]+) of", text).group(1).replace(",", ""))


def tab(at: AppTest, label: str):
    return next(t for t in at.tabs if t.label == label)


def assert_one_load_error(at: AppTest, path: Path, problem: str) -> str:
    """Exactly one error, naming the file, the problem and what to do; nothing else shown."""
    assert len(at.error) == 1, [e.value for e in at.error]
    message = at.error[0].value
    assert message.startswith(f"Could not load `{path}`: ")
    assert problem in message, message
    assert f"Rebuild it with `{BUILD}`" in message
    assert "`claimboard dashboard --data FILE`" in message
    assert not at.warning and not at.dataframe and not charts(at) and not at.tabs
    assert "Traceback" not in message
    return message


def _escaped(text: str) -> str:
    return T.escape_markdown(text)


def test_app_zero_byte_file(tmp_path, monkeypatch):
    path = tmp_path / "claims.parquet"
    path.write_bytes(b"")
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    assert_one_load_error(run_app(), path, _escaped("the file is empty (0 bytes), so it is not a Parquet file"))


def test_app_file_that_is_not_parquet(tmp_path, monkeypatch, claims):
    path = tmp_path / "claims.parquet"
    path.write_text(claims.head(20).to_csv(index=False))
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    assert_one_load_error(run_app(), path, _escaped("it is not a Parquet file (it has no Parquet footer"))


def test_app_folder_instead_of_a_file(tmp_path, monkeypatch):
    path = tmp_path / "claims.parquet"
    path.mkdir()
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    assert_one_load_error(run_app(), path, _escaped("it is a folder, not a file"))


def test_app_wrong_schema_missing_columns(tmp_path, monkeypatch, claims):
    path = tmp_path / "claims.parquet"
    pq.write_table(pa.Table.from_pandas(claims.drop(columns=["evidence", "kind"]), preserve_index=False), path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    assert_one_load_error(run_app(), path, _escaped("it is not a claims table: missing columns: kind, evidence"))


def test_app_wrong_schema_wrong_types(tmp_path, monkeypatch, claims):
    df = claims.copy()
    df["value"] = df["value"].map(lambda v: f"{v:g} points")
    df["evidence"] = df["evidence"].map(lambda e: [e])
    path = tmp_path / "claims.parquet"
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    message = assert_one_load_error(run_app(), path, _escaped("it is not a claims table: wrong column types: value is "))
    assert _escaped("(expected double)") in message and "evidence is list" in message


def test_app_damaged_data_pages(good_file, monkeypatch):
    data = bytearray(good_file.read_bytes())
    for i in range(100, len(data) // 2):  # the data pages; the footer stays readable
        data[i] = (data[i] * 7 + 13) % 256
    good_file.write_bytes(bytes(data))
    assert L.file_problem(good_file) is None
    monkeypatch.setenv("CLAIMBOARD_DATA", str(good_file))
    assert_one_load_error(run_app(), good_file, _escaped("its data cannot be read after row 0, so the file is damaged ("))


def test_app_row_cap_from_the_environment(good_file, monkeypatch, claims):
    monkeypatch.setenv("CLAIMBOARD_DATA", str(good_file))
    monkeypatch.setenv(L.MAX_ROWS_ENV, "50")
    at = run_app(tab="Benchmarks")
    assert not at.error
    [warning] = at.warning
    assert warning.value.startswith(f"`{good_file}` holds 400 rows: only the first 50 are loaded, "
                                    f"because the dashboard loads at most 50 rows (set `{L.MAX_ROWS_ENV}` to change it")
    assert match_count(at) == 50
    bars = chart_frames(charts(tab(at, "Benchmarks"))[0])[0]
    expected = claims.head(50)["benchmark"].value_counts()
    assert dict(zip(bars["benchmark"], bars["claims"])) == expected.to_dict()


def test_app_row_cap_constant(good_file, monkeypatch):
    monkeypatch.delenv(L.MAX_ROWS_ENV, raising=False)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(good_file))
    monkeypatch.setattr(L, "MAX_ROWS", 30)
    at = run_app()
    assert any("only the first 30 are loaded" in w.value for w in at.warning)
    assert match_count(at) == 30


def test_app_without_the_cap_has_no_warning(good_file, monkeypatch):
    monkeypatch.delenv(L.MAX_ROWS_ENV, raising=False)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(good_file))
    at = run_app()
    assert not at.warning and not at.error and match_count(at) == N


def test_app_byte_budget(good_file, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DATA", str(good_file))
    monkeypatch.setattr(L, "MAX_BYTES", 1)
    monkeypatch.setattr(L, "BATCH_ROWS", 64)
    at = run_app()
    assert any("only the first 64 are loaded, because their data reached the dashboard's memory budget" in w.value
               for w in at.warning)
    assert match_count(at) == 64


def test_app_one_megabyte_strings(tmp_path, monkeypatch):
    df, full = _long_claims()
    path = tmp_path / "long.parquet"
    write_parquet(df, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app({"sv_bench": df.loc[0, "benchmark"], "sv_kind": df.loc[0, "kind"]})
    assert not at.error
    [warning] = at.warning
    assert f"11 text values of `{path}` are longer than 2,000 characters (the longest: {full['longest']:,})" \
        in warning.value
    assert match_count(at) == 40  # every row still valid
    # nothing on any tab is longer than the cut width: tables, charts, text
    for label in apprun.each_tab(at):
        _nothing_longer_than_the_cut(at, label)
    # the provenance of a claim with a 2 MB evidence sentence: the number, and a note that it is cut
    claim_id = L.cut_id(df.loc[0, "claim_id"])
    apprun.open_tab(at, "Provenance")
    labels = at.selectbox(key="prov_claim").options
    assert all(len(label) < 400 for label in labels)  # pick-list labels are short
    at.selectbox(key="prov_claim").set_value(claim_id).run()
    assert at.selectbox(key="prov_claim").value == claim_id
    assert not at.exception
    prov = tab(at, "Provenance")
    evidence = next(m.value for m in prov.markdown if m.value.startswith("> "))
    assert "**" in evidence  # the number is highlighted in the cut sentence
    captions = [c.value for c in prov.caption]
    assert any(f"The evidence has {full['evidence']:,} characters: only the 2,000 around the number are kept" in c
               for c in captions)
    assert any(f"The title has {full['paper_title']:,} characters" in c for c in captions)
    [code] = prov.code
    assert len(code.value) <= L.MAX_TEXT_CHARS and df.loc[0, "value_text"] in code.value


def _nothing_longer_than_the_cut(at: AppTest, label: str) -> None:
    assert charts(at) or at.dataframe, label  # the tab drew something to check
    for table in at.dataframe:
        for col in table.value.columns:
            if table.value[col].dtype == object or pd.api.types.is_string_dtype(table.value[col]):
                assert (table.value[col].dropna().astype(str).str.len() <= L.MAX_TEXT_CHARS).all(), (label, col)
    for chart in charts(at):
        assert len(chart.proto.spec) < 100_000
        for frame in chart_frames(chart):
            for col in ("paper_title", "model", "evidence"):
                if col in frame:
                    assert (frame[col].dropna().str.len() <= T.TOOLTIP_CHARS + 40).all(), (label, col)
    for el in list(at.markdown) + list(at.caption) + list(at.code) + list(at.warning):
        assert len(el.value) < 3 * L.MAX_TEXT_CHARS, label


def test_app_empty_claims_table_is_still_an_info(tmp_path, monkeypatch, claims):
    path = tmp_path / "claims.parquet"
    write_parquet(claims.iloc[:0], CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("holds no claims" in i.value for i in at.info)
    assert not at.error and not at.warning


# --------------------------------------------------------------------------- launch


def test_launch_notes_a_bad_file_on_stderr(tmp_path, monkeypatch, capsys, good_file):
    junk = tmp_path / "junk.parquet"
    junk.write_bytes(b"")
    calls = []
    monkeypatch.setattr(launch.subprocess, "call", lambda cmd, env: calls.append(env) or 0)
    assert launch.main(str(junk), max_rows=1234) == 0
    err = capsys.readouterr().err
    assert "the file is empty (0 bytes)" in err and str(junk) in err
    assert calls[0]["CLAIMBOARD_MAX_ROWS"] == "1234"
    assert launch.main(str(good_file)) == 0
    assert capsys.readouterr().err == ""
    assert launch.data_note(tmp_path / "nope.parquet").endswith("does not exist yet; the dashboard will say how to build it")

