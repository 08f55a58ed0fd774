"""The arXiv metadata snapshot as an input (tests/fixtures/snapshot/: 20 real records),
compressed inputs (.gz, .bz2, .xz, .zst, read in a stream), and the --categories / --since /
--until filters: normalised titles and abstracts, arXiv ids and abs urls, one bad record
reported and skipped, a corrupt archive or a filter that keeps nothing stopping the run with
one line and the outputs untouched."""
from __future__ import annotations

import bz2
import gzip
import hashlib
import json
import lzma
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claimboard.extract.cli import main
from claimboard.extract.readers import Filters, check_input, collect_files, stream_papers

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "snapshot" / "arxiv_snapshot_sample.json"
RAW = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
IDS = [r["id"] for r in RAW]

# A snapshot-shaped record with claims, written the way the snapshot writes abstracts.
ML_RECORD = {
    "id": "2401.01234", "submitter": "A. Author", "authors": "A. Author, B. Author",
    "title": "FooNet: Math Reasoning\n  for Everyone",
    "comments": None, "journal-ref": None, "doi": None, "report-no": None,
    "categories": "cs.CL cs.LG", "license": "http://creativecommons.org/licenses/by/4.0/",
    "abstract": "  We present FooNet, a new model for grade school math reasoning. On the GSM8K\nbenchmark, "
                "FooNet-7B achieves an accuracy of 61.8%, outperforming the previous best\nopen model by 4.6 "
                "points while being trained on only 12,000 examples.\n",
    "versions": [{"version": "v1", "created": "Tue, 2 Jan 2024 18:00:00 GMT"}],
    "update_date": "2024-01-03", "authors_parsed": [["Author", "A.", ""], ["Author", "B.", ""]],
}


def cli(args: list[str], cwd: Path, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    rc = main(args)
    out, err = capsys.readouterr()
    return rc, out, err


def snapshot_text(records=None) -> str:
    records = RAW + [ML_RECORD] if records is None else records
    return "".join(json.dumps(r) + "\n" for r in records)


def write_compressed(path: Path, data: bytes) -> Path:
    suffix = path.suffix
    if suffix == ".gz":
        path.write_bytes(gzip.compress(data))
    elif suffix == ".bz2":
        path.write_bytes(bz2.compress(data))
    elif suffix == ".xz":
        path.write_bytes(lzma.compress(data))
    elif suffix == ".zst":
        with pa.CompressedOutputStream(pa.OSFile(str(path), "wb"), "zstd") as out:
            out.write(data)
    else:
        path.write_bytes(data)
    return path


def papers_of(path: Path, filters: Filters | None = None):
    [(p, shown)] = collect_files([str(path)])
    return list(stream_papers(p, shown, filters))


def norm(text: str) -> str:
    return " ".join(text.split())


def outputs(d: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    claims = pd.read_parquet(d / "claims.parquet").drop(columns=["source"])
    mentions = pd.read_parquet(d / "mentions.parquet").drop(columns=["source"])
    return claims, mentions


# --------------------------------------------------------------------------- the snapshot format


def test_fixture_is_the_untouched_sample():
    assert len(RAW) == 20
    assert IDS[0] == "0704.0181" and IDS[-1] == "0704.0200"
    assert any("\n" in r["abstract"] for r in RAW) and any(r["abstract"].startswith("  ") for r in RAW)
    assert any("\n" in r["title"] for r in RAW)


def test_snapshot_records_are_normalised(tmp_path):
    f = tmp_path / "arxiv-metadata-oai-snapshot.json"
    shutil.copy(FIXTURE, f)
    papers = papers_of(f)
    assert [p.paper_id for p in papers] == IDS
    for p, r in zip(papers, RAW):
        assert p.url == f"https://arxiv.org/abs/{r['id']}"
        assert p.date == r["update_date"]
        assert p.categories == tuple(r["categories"].split())
        for text, raw in ((p.title, r["title"]), (p.abstract, r["abstract"])):
            assert "\n" not in text and "  " not in text and text == text.strip()
            assert text == norm(raw)


def test_sample_end_to_end_through_the_cli(tmp_path, capsys, monkeypatch):
    shutil.copy(FIXTURE, tmp_path / "snapshot.json")
    rc, out, err = cli(["extract", "snapshot.json", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert err == ""
    assert "papers read: 20 (from 1 file)" in out
    assert "papers skipped: 0" in out
    claims, mentions = outputs(tmp_path / "out")
    assert len(mentions) > 0
    assert set(mentions["paper_id"]) <= set(IDS)
    titles = {r["id"]: norm(r["title"]) for r in RAW}
    for pid, title in zip(mentions["paper_id"], mentions["paper_title"]):
        assert title == titles[pid]
        assert "\n" not in title and "  " not in title
    assert not mentions["evidence"].str.contains("\n").any()
    assert set(pd.read_parquet(tmp_path / "out" / "mentions.parquet")["source"]) == {"snapshot.json"}


def test_snapshot_claims_carry_the_arxiv_id(tmp_path, capsys, monkeypatch):
    (tmp_path / "s.json").write_text(snapshot_text(), encoding="utf-8")
    rc, out, err = cli(["extract", "s.json", "--out", "out", "--quiet"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert set(claims["paper_id"]) == {"2401.01234"}
    assert sorted(claims["value"]) == [4.6, 61.8]
    assert set(claims["paper_title"]) == {"FooNet: Math Reasoning for Everyone"}
    assert not claims["evidence"].str.contains("\n|  ").any()


def test_snapshot_records_in_a_jsonl_file_and_plain_records_beside_them(tmp_path):
    plain = {"id": "local-1", "title": "Plain\n record", "abstract": "An abstract\n  kept as given.",
             "url": "https://example.org/1"}
    f = tmp_path / "mixed.jsonl"
    f.write_text(snapshot_text([ML_RECORD, plain]), encoding="utf-8")
    snap, other = papers_of(f)
    assert (snap.paper_id, snap.url, snap.date, snap.categories) == (
        "2401.01234", "https://arxiv.org/abs/2401.01234", "2024-01-03", ("cs.CL", "cs.LG"))
    # a record that is not from the snapshot keeps its own id and url, and its abstract as before
    assert (other.paper_id, other.url, other.title, other.abstract) == (
        "local-1", "https://example.org/1", "Plain record", "An abstract\n  kept as given.")


def test_date_falls_back_to_the_first_version(tmp_path):
    rec = dict(RAW[0])
    rec.pop("update_date")
    f = tmp_path / "s.json"
    f.write_text(snapshot_text([rec]), encoding="utf-8")
    [p] = papers_of(f)
    assert p.date == "2007-04-02"   # "Mon, 2 Apr 2007 12:40:02 GMT"


# --------------------------------------------------------------------------- compression


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_compressed_snapshot_gives_the_same_outputs(suffix, tmp_path, capsys, monkeypatch):
    data = snapshot_text().encode("utf-8")
    (tmp_path / "s.json").write_bytes(data)
    packed = write_compressed(tmp_path / f"s.json{suffix}", data)
    assert packed.read_bytes() != data
    rc, out_plain, err = cli(["extract", "s.json", "--out", "plain"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    rc, out_packed, err = cli(["extract", packed.name, "--out", "packed"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert err == ""
    assert "papers read: 21 (from 1 file)" in out_packed
    (c1, m1), (c2, m2) = outputs(tmp_path / "plain"), outputs(tmp_path / "packed")
    assert len(c1) == 2 and len(m1) > 0
    pd.testing.assert_frame_equal(c1, c2)
    pd.testing.assert_frame_equal(m1, m2)
    assert set(pd.read_parquet(tmp_path / "packed" / "claims.parquet")["source"]) == {packed.name}
    # the sha256 in the metadata is of the file as stored (compressed)
    meta = pq.read_schema(tmp_path / "packed" / "claims.parquet").metadata
    digests = json.loads(meta[b"claimboard_inputs_sha256"])
    assert digests == {packed.name: hashlib.sha256(packed.read_bytes()).hexdigest()}


def test_compressed_jsonl_csv_and_listing_in_a_folder(tmp_path, capsys, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    a1 = ("We introduce BarLM, a language model for knowledge tasks. BarLM scores 45.2% on MMLU and 38.0% on "
          "ARC-Challenge, and it is released with 2 checkpoints for the community to use freely in research.")
    a2 = ("We study the robustness of small language models under distribution shift and describe a simple "
          "recipe that reaches 71.3% on HellaSwag with BazNet, a model trained with curriculum data.")
    write_compressed(d / "papers.jsonl.gz", (json.dumps({"id": "p1", "title": "BarLM", "abstract": a1}) + "\n").encode())
    write_compressed(d / "list.csv.bz2", f'id,title,abstract\np2,BazNet,"{a2}"\n'.encode())
    write_compressed(d / "page.txt.xz", f"BazNet Again\n\n{a2}\n".encode())
    write_compressed(d / "image.png.gz", b"\x89PNG\r\n\x1a\n")   # not a readable format: not read
    rc, out, err = cli(["extract", "in", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert "papers read: 3 (from 3 files)" in out
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert claims.groupby("paper_id")["value"].apply(sorted).to_dict() == {
        "p1": [38.0, 45.2], "p2": [71.3], "baznet-again": [71.3]}
    assert set(claims["source"]) == {"in/papers.jsonl.gz", "in/list.csv.bz2", "in/page.txt.xz"}


# --------------------------------------------------------------------------- filters


def expected_by_category(wanted: list[str]) -> list[str]:
    """The documented rule, computed from the fixture's own fields: exact category, or an
    archive (no dot, or ending in .*) and all its categories; case ignored."""
    def match(cat: str, w: str) -> bool:
        cat, w = cat.lower(), w.lower().removesuffix(".*")
        return cat == w or ("." not in w and cat.startswith(w + "."))
    return [r["id"] for r in RAW if any(match(c, w) for c in r["categories"].split() for w in wanted)]


@pytest.mark.parametrize("option", ["hep-ph", "astro-ph,hep-ex", "cond-mat", "cond-mat.*", "MATH.gr,nlin.CG",
                                    "physics", "cond-mat.other , q-bio.BM"])
def test_category_filter(option, tmp_path, capsys, monkeypatch):
    wanted = [w.strip() for w in option.split(",")]
    expected = expected_by_category(wanted)
    assert 0 < len(expected) < 20
    shutil.copy(FIXTURE, tmp_path / "s.json")
    filters = Filters.parse(option)
    assert [p.paper_id for p in papers_of(tmp_path / "s.json", filters)] == expected
    rc, out, err = cli(["extract", "s.json", "--out", "out", "--categories", option], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert f"papers read: {len(expected)} (from 1 file)" in out
    assert err.splitlines() == [f"filtered: s.json: {20 - len(expected)} of 20 papers: left out by {filters.describe()}"]
    assert set(pd.read_parquet(tmp_path / "out" / "mentions.parquet")["paper_id"]) <= set(expected)
    assert "papers skipped: 0" in out   # left out by a filter is not skipped


def test_hep_is_not_a_prefix_of_hep_ph():
    # an archive matches whole: 'hep' is not 'hep-ph', 'cond' is not 'cond-mat'
    assert expected_by_category(["hep"]) == [] and expected_by_category(["cond"]) == []
    papers = papers_of(FIXTURE, Filters.parse("hep,cond"))
    assert papers == []


@pytest.mark.parametrize("since, until", [("2009-01-01", None), (None, "2007-06-13"), ("2007-06-13", "2009-11-13"),
                                          ("2009-11-13", "2009-11-13")])
def test_date_filter_is_inclusive_on_update_date(since, until, tmp_path, capsys, monkeypatch):
    expected = [r["id"] for r in RAW
                if (since is None or r["update_date"] >= since) and (until is None or r["update_date"] <= until)]
    assert 0 < len(expected) < 20
    shutil.copy(FIXTURE, tmp_path / "s.json")
    args = (["--since", since] if since else []) + (["--until", until] if until else [])
    assert [p.paper_id for p in papers_of(tmp_path / "s.json", Filters.parse(None, since, until))] == expected
    rc, out, err = cli(["extract", "s.json", "--out", "out", *args], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert f"papers read: {len(expected)} (from 1 file)" in out


def test_both_filters_and_compression_in_both_passes(tmp_path):
    f = write_compressed(tmp_path / "s.json.xz", snapshot_text().encode())
    filters = Filters.parse("cond-mat,cs.CL", "2009-01-01")
    expected = [r["id"] for r in RAW + [ML_RECORD] if r["update_date"] >= "2009-01-01"
                and any(c.startswith(("cond-mat", "cs.CL")) for c in r["categories"].split())]
    _, count, issues = check_input(f, f.name, filters)
    streamed = [p.paper_id for p in stream_papers(f, f.name, filters)]
    assert streamed == expected and count == len(expected)   # the batching count is of papers kept
    assert [(i.kind, i.where) for i in issues] == [("filtered", f"{21 - len(expected)} of 21 papers")]


def test_records_without_the_fields_are_left_out(tmp_path, capsys, monkeypatch):
    """JSONL and CSV have the filters' fields when they carry 'categories' / 'date'; a record
    without them (and any listing) is left out when that filter is given."""
    abstract = ML_RECORD["abstract"]
    rows = [{"id": "with", "title": "With", "abstract": abstract, "categories": ["cs.CL"], "date": "2024-05-01"},
            {"id": "without", "title": "Without", "abstract": abstract}]
    (tmp_path / "p.jsonl").write_text(snapshot_text(rows), encoding="utf-8")
    assert [p.paper_id for p in papers_of(tmp_path / "p.jsonl", Filters.parse("cs"))] == ["with"]
    assert [p.paper_id for p in papers_of(tmp_path / "p.jsonl", Filters.parse(None, "2024-01-01"))] == ["with"]
    (tmp_path / "p.csv").write_text(f'id,title,abstract,categories,date\nc1,T,"{norm(abstract)}",cs.LG stat.ML,2023-02-01\n'
                                    f'c2,U,"{norm(abstract)}",,\n', encoding="utf-8")
    assert [p.paper_id for p in papers_of(tmp_path / "p.csv", Filters.parse("stat.ML", None, "2023-12-31"))] == ["c1"]
    (tmp_path / "l.txt").write_text(f"A Listing Paper\n\n{norm(abstract)}\n", encoding="utf-8")
    rc, out, err = cli(["extract", "p.jsonl", "l.txt", "--out", "out", "--categories", "cs.CL"],
                       tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert "papers read: 1 (from 2 files)" in out
    assert err.splitlines() == ["filtered: p.jsonl: 1 of 2 papers: left out by --categories cs.CL",
                                "filtered: l.txt: 1 of 1 papers: left out by --categories cs.CL"]
    skipped = [json.loads(line) for line in (tmp_path / "out" / "skipped.jsonl").read_text().splitlines()]
    assert [s["kind"] for s in skipped] == ["filtered", "filtered"]


# --------------------------------------------------------------------------- bad input

SENTINEL = b"PAR1 sentinel: a previous run's claims.parquet\n"


def guarded(tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.parquet").write_bytes(SENTINEL)
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def unchanged(tmp_path: Path, before: dict[str, bytes]) -> bool:
    return {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir() if p.is_file()} == before


def test_a_line_that_is_not_json_is_reported_and_skipped(tmp_path, capsys, monkeypatch):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:200]   # a record cut short
    (tmp_path / "s.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rc, out, err = cli(["extract", "s.json", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    [line] = err.splitlines()
    assert line.startswith("skipped: s.json: line 3: invalid JSON")
    assert "papers read: 19" in out and "papers skipped: 1" in out
    assert IDS[2] not in set(pd.read_parquet(tmp_path / "out" / "mentions.parquet")["paper_id"])


@pytest.mark.parametrize("how", ["null", "missing", "blank"])
def test_a_record_without_abstract_is_reported_and_skipped(how, tmp_path, capsys, monkeypatch):
    records = [dict(r) for r in RAW]
    if how == "missing":
        del records[4]["abstract"]
    else:
        records[4]["abstract"] = None if how == "null" else " \n  "
    (tmp_path / "s.json").write_text(snapshot_text(records), encoding="utf-8")
    rc, out, err = cli(["extract", "s.json", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert err.splitlines() == [f"skipped: s.json: line 5: arXiv {IDS[4]}: missing or empty 'abstract'; skipped"]
    assert "papers read: 19" in out


def test_a_json_file_that_is_not_one_object_a_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "pretty.json").write_text(json.dumps(RAW[:3], indent=2), encoding="utf-8")
    before = guarded(tmp_path)
    rc, _, err = cli(["extract", "pretty.json", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 1
    [line] = err.splitlines()
    assert "pretty.json" in line and "one JSON object a line" in line
    assert unchanged(tmp_path, before)


def _truncated(path: Path, data: bytes) -> Path:
    write_compressed(path, data)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    return path


@pytest.mark.parametrize("name, make, words", [
    ("s.json.gz", _truncated, ["gzip"]),
    ("s.json.bz2", _truncated, ["bzip2"]),
    ("s.json.xz", _truncated, ["xz"]),
    ("s.json.zst", _truncated, ["zstd"]),
    ("notgzip.jsonl.gz", lambda p, d: (p.write_bytes(d), p)[1], ["gzip"]),
    ("noise.csv.zst", lambda p, d: (p.write_bytes(b"noise " * 100), p)[1], ["zstd"]),
])
def test_corrupt_compressed_input_is_one_line_naming_the_file(name, make, words, tmp_path, capsys, monkeypatch):
    make(tmp_path / name, snapshot_text().encode())
    before = guarded(tmp_path)
    rc, out, err = cli(["extract", name, "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 1
    [line] = err.splitlines()
    assert "Traceback" not in err
    assert line.startswith(f"claimboard extract: {name}: corrupt or truncated")
    for w in words:
        assert w in line
    assert unchanged(tmp_path, before)


def test_compressed_data_under_a_plain_name_says_so(tmp_path, capsys, monkeypatch):
    (tmp_path / "s.json").write_bytes(gzip.compress(snapshot_text().encode()))
    rc, _, err = cli(["extract", "s.json", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 1
    [line] = err.splitlines()
    assert "s.json" in line and ".gz" in line


def test_non_utf8_inside_a_compressed_file(tmp_path, capsys, monkeypatch):
    write_compressed(tmp_path / "l.txt.gz", "Caf\u00e9 Title\n\nabstract\n".encode("latin-1"))
    rc, _, err = cli(["extract", "l.txt.gz", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 1
    assert err.splitlines() == ["claimboard extract: l.txt.gz: not UTF-8 text (byte 0xe9 at offset 3)"]


@pytest.mark.parametrize("args", [["--categories", "cs.CL"], ["--since", "2020-01-01"],
                                  ["--categories", "cond-mat", "--until", "2007-01-01"]])
def test_a_filter_that_keeps_nothing_stops_the_run(args, tmp_path, capsys, monkeypatch):
    """Documented choice: an error (exit 1, one line), not an empty dataset over the previous one."""
    shutil.copy(FIXTURE, tmp_path / "s.json")
    before = guarded(tmp_path)
    rc, out, err = cli(["extract", "s.json", "--out", "out", *args], tmp_path, capsys, monkeypatch)
    assert rc == 1
    [line] = err.splitlines()
    assert line.startswith("claimboard extract: no paper in the inputs matches " + " ".join(args))
    assert "nothing written" in line
    assert unchanged(tmp_path, before)


@pytest.mark.parametrize("args, words", [
    (["--since", "2024/01/01"], ["--since", "YYYY-MM-DD"]),
    (["--until", "2024-02-30"], ["--until", "YYYY-MM-DD"]),
    (["--since", "20240101"], ["--since", "YYYY-MM-DD"]),
    (["--since", "2024-02-01", "--until", "2024-01-01"], ["--since", "after", "--until"]),
    (["--categories", ""], ["--categories", "no category"]),
    (["--categories", "cs CL"], ["--categories", "'cs CL'"]),
    (["--categories", "cs.*.CL"], ["--categories"]),
])
def test_malformed_filter_options_are_one_line_errors(args, words, tmp_path, capsys, monkeypatch):
    shutil.copy(FIXTURE, tmp_path / "s.json")
    rc, out, err = cli(["extract", "s.json", "--out", "out", *args], tmp_path, capsys, monkeypatch)
    assert rc == 1
    [line] = err.splitlines()
    for w in words:
        assert w in line, (w, line)
    assert not (tmp_path / "out").exists()


def test_help_lists_the_filter_options(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = capsys.readouterr().out
    for opt in ("--categories", "--since", "--until", "cs.CL,cs.LG", ".gz", ".zst", "YYYY-MM-DD"):
        assert opt in text, opt
