"""Inputs of `claimboard extract`: the three formats, page furniture, paper ids, bad
inputs (one line on stderr, non-zero exit, outputs untouched) and malformed papers
inside a good file (reported, skipped, the rest extracted)."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from claimboard.extract.cli import main
from claimboard.extract.readers import collect_files, read_papers, read_text, slugify

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9932df2cf9322f32.txt"

ABSTRACT_1 = (
    "We present FooNet, a new model for grade school math reasoning. On the GSM8K benchmark, FooNet-7B "
    "achieves an accuracy of 61.8%, outperforming the previous best open model by 4.6 points while being "
    "trained on only 12,000 examples."
)
ABSTRACT_2 = (
    "We introduce BarLM, a language model for knowledge tasks. BarLM scores 45.2% on MMLU and 38.0% on "
    "ARC-Challenge, and it is released with 2 checkpoints for the community to use freely in research."
)
ABSTRACT_3 = (
    "We study the robustness of small language models under distribution shift and describe a simple "
    "recipe that reaches 71.3% on HellaSwag with BazNet, a model trained with curriculum data."
)
PAPERS = [
    ("FooNet: Math Reasoning for Everyone", ABSTRACT_1),
    ("BarLM: Knowledge in a Small Model", ABSTRACT_2),
    ("BazNet: Robust Small Language Models", ABSTRACT_3),
]


def cli(args: list[str], cwd: Path, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    rc = main(args)
    out, err = capsys.readouterr()
    return rc, out, err


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def listing(papers, furniture_head=True) -> str:
    parts = []
    if furniture_head:
        parts += ["new", "Get trending papers in your email inbox!", "Subscribe",
                  "byAK and the research community", "Mar 11"]
    for i, (title, abstract) in enumerate(papers):
        parts += [title, abstract]
        if i == 0:
            parts += ["Submitted by someone", "Upvote", "42", "2024-03-11"]
    return "\n\n".join(parts) + "\n"


def read_file_papers(path: Path):
    [(p, shown)] = collect_files([str(path)])
    text, _ = read_text(p, shown)
    return read_papers(p, shown, text)


# --------------------------------------------------------------------------- formats


def test_listing_skips_page_furniture(tmp_path):
    f = tmp_path / "listing.txt"
    f.write_text(listing(PAPERS), encoding="utf-8")
    papers, issues = read_file_papers(f)
    assert issues == []
    assert [p.title for p in papers] == [t for t, _ in PAPERS]
    assert [p.abstract for p in papers] == [a for _, a in PAPERS]
    assert [p.paper_id for p in papers] == [
        "foonet-math-reasoning-for-everyone", "barlm-knowledge-in-a-small-model", "baznet-robust-small-language-models"]


@pytest.mark.parametrize("line", ["new", "Subscribe", "Mar 11", "Nov 2, 2024", "2024-03-11", "Upvote", "17",
                                  "Get trending papers in your email inbox!", "Submitted by akhaliq"])
def test_furniture_lines_between_papers_are_not_papers(line, tmp_path):
    f = tmp_path / "l.txt"
    f.write_text("\n\n".join([line, PAPERS[0][0], PAPERS[0][1], line, PAPERS[1][0], PAPERS[1][1], line]) + "\n",
                 encoding="utf-8")
    papers, issues = read_file_papers(f)
    assert issues == []
    assert [p.title for p in papers] == [PAPERS[0][0], PAPERS[1][0]]


def test_seed_listing_reads_97_papers_and_no_furniture():
    papers, issues = read_file_papers(SEED)
    assert issues == []
    assert len(papers) == 97
    assert papers[0].title == "Fairness Definitions in Language Models Explained"
    assert papers[-1].title.startswith("It's All in The [MASK]")
    furniture = {"new", "subscribe", "mar 11", "get trending papers in your email inbox!",
                 "byak and the research community"}
    assert not any(p.title.lower() in furniture for p in papers)
    assert all(len(p.abstract.split()) >= 20 for p in papers)
    assert len({p.paper_id for p in papers}) == 97
    # a title of 20+ words is still a title (not taken for an abstract)
    assert any(p.title.startswith("A Comprehensive Survey of Small Language Models in the Era") for p in papers)


def test_jsonl_and_csv_with_ids_urls_dates(tmp_path, capsys, monkeypatch):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "arxiv:1", "title": PAPERS[0][0], "abstract": PAPERS[0][1], "url": "https://x/1", "date": "2024-01-02"},
        {"title": PAPERS[1][0], "abstract": PAPERS[1][1]},
    ])
    write_csv(tmp_path / "b.csv", ["id", "title", "abstract", "url", "date"],
              [["hf-3", PAPERS[2][0], PAPERS[2][1], "https://x/3", "2024-02-03"]])
    papers, _ = read_file_papers(tmp_path / "a.jsonl")
    assert [(p.paper_id, p.url, p.date) for p in papers] == [
        ("arxiv:1", "https://x/1", "2024-01-02"), ("barlm-knowledge-in-a-small-model", None, None)]
    papers, _ = read_file_papers(tmp_path / "b.csv")
    assert [(p.paper_id, p.title, p.url, p.date) for p in papers] == [("hf-3", PAPERS[2][0], "https://x/3", "2024-02-03")]

    rc, out, err = cli(["extract", "a.jsonl", "b.csv", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert err == ""
    assert "papers read: 3 (from 2 files)" in out
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    by_paper = claims.groupby("paper_id")["value"].apply(sorted).to_dict()
    assert by_paper["arxiv:1"] == [4.6, 61.8]
    assert by_paper["barlm-knowledge-in-a-small-model"] == [38.0, 45.2]
    assert by_paper["hf-3"] == [71.3]
    assert set(claims["source"]) == {"a.jsonl", "b.csv"}
    assert dict(zip(claims["paper_id"], claims["paper_title"]))["hf-3"] == PAPERS[2][0]


def test_csv_header_case_and_bom_are_accepted(tmp_path):
    f = tmp_path / "c.csv"
    f.write_bytes(("\ufeffTitle,Abstract\n" + f'"{PAPERS[0][0]}","{PAPERS[0][1]}"\n').encode("utf-8"))
    papers, issues = read_file_papers(f)
    assert issues == []
    assert [(p.paper_id, p.title) for p in papers] == [("foonet-math-reasoning-for-everyone", PAPERS[0][0])]


def test_paper_id_is_slug_without_id_and_stable(tmp_path, capsys, monkeypatch):
    write_csv(tmp_path / "p.csv", ["title", "abstract", "id"],
              [[PAPERS[0][0], PAPERS[0][1], ""], [PAPERS[1][0], PAPERS[1][1], "given-2"]])
    ids = []
    for out in ("o1", "o2"):
        rc, _, err = cli(["extract", "p.csv", "--out", out, "--quiet"], tmp_path, capsys, monkeypatch)
        assert rc == 0, err
        ids.append(sorted(set(pd.read_parquet(tmp_path / out / "mentions.parquet")["paper_id"])
                          | set(pd.read_parquet(tmp_path / out / "claims.parquet")["paper_id"])))
    assert ids[0] == ids[1] == ["foonet-math-reasoning-for-everyone", "given-2"]
    assert slugify("Doing More with Less -- Implementing Routing: An Extended Survey") == \
        "doing-more-with-less-implementing-routing-an-extended-survey"


def test_same_title_twice_gives_distinct_paper_ids(tmp_path, capsys, monkeypatch):
    write_jsonl(tmp_path / "d.jsonl", [{"title": PAPERS[1][0], "abstract": PAPERS[1][1]}] * 2)
    rc, _, err = cli(["extract", "d.jsonl", "--out", "out", "--quiet"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert claims["paper_id"].nunique() == 2
    assert claims["claim_id"].is_unique
    assert len(claims) == 4


def test_folder_input_reads_readable_files_only(tmp_path, capsys, monkeypatch):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / ".hidden").mkdir()
    write_jsonl(d / "a.jsonl", [{"title": PAPERS[0][0], "abstract": PAPERS[0][1]}])
    write_csv(d / "sub" / "b.csv", ["title", "abstract"], [[PAPERS[1][0], PAPERS[1][1]]])
    (d / "c.txt").write_text(listing(PAPERS[2:]), encoding="utf-8")
    (d / "notes.rst").write_text("not an input\n")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    write_jsonl(d / ".hidden" / "x.jsonl", [{"title": "Hidden", "abstract": ABSTRACT_1}])
    rc, out, err = cli(["extract", "in/", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert "papers read: 3 (from 3 files)" in out
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert sorted(set(claims["source"])) == ["in/a.jsonl", "in/c.txt", "in/sub/b.csv"]
    assert "Hidden" not in set(claims["paper_title"])


def test_defaults_read_seeds_and_write_data(tmp_path, capsys, monkeypatch):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "s.txt").write_text(listing(PAPERS), encoding="utf-8")
    rc, out, err = cli(["extract"], tmp_path, capsys, monkeypatch)
    assert rc == 0, err
    assert sorted(f for f in os.listdir(tmp_path / "data") if not f.startswith(".")) == [
        "claims.csv", "claims.parquet", "mentions.parquet", "models.parquet", "rejected.parquet", "skipped.jsonl"]
    assert sorted(f for f in os.listdir(tmp_path / "data") if f.startswith(".")) == [".claimboard.lock"]
    assert "papers read: 3 (from 1 file)" in out
    assert set(pd.read_parquet(tmp_path / "data" / "claims.parquet")["source"]) == {"seeds/s.txt"}


# --------------------------------------------------------------------------- bad inputs

SENTINEL = b"PAR1 sentinel: a previous run's claims.parquet\n"


def _bad_missing(tmp):
    return "nope.jsonl", ["nope.jsonl", "no such file"]


def _bad_folder(tmp):
    d = tmp / "empty_dir"
    d.mkdir()
    (d / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    (d / "notes.rst").write_text("nothing to read here\n")
    return "empty_dir", ["empty_dir", "nothing readable"]


def _bad_empty(tmp):
    (tmp / "empty.jsonl").write_bytes(b"")
    return "empty.jsonl", ["empty.jsonl", "empty"]


def _bad_binary(tmp):
    (tmp / "papers.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    return "papers.txt", ["papers.txt", "binary"]


def _bad_encoding(tmp):
    (tmp / "latin1.txt").write_bytes(
        listing(PAPERS).replace("Everyone", "Everyone caf\u00e9").encode("latin-1"))
    return "latin1.txt", ["latin1.txt", "UTF-8"]


def _bad_csv_columns(tmp):
    write_csv(tmp / "cols.csv", ["name", "summary"], [[PAPERS[0][0], PAPERS[0][1]]])
    return "cols.csv", ["cols.csv", "title", "abstract"]


def _bad_truncated(tmp):
    text = listing(PAPERS[:2]) + "\nA Last Paper Title With No Abstract\n"
    (tmp / "trunc.txt").write_text(text, encoding="utf-8")
    return "trunc.txt", ["trunc.txt", "truncated"]


def _bad_second_of_two(tmp):
    write_jsonl(tmp / "good.jsonl", [{"title": t, "abstract": a} for t, a in PAPERS])
    (tmp / "bad.csv").write_bytes(b"\xff\xfeti\x00tle\x00")
    return ["good.jsonl", "bad.csv"], ["bad.csv"]


def _bad_furniture_only(tmp):
    (tmp / "furniture.txt").write_text("new\n\nSubscribe\n\nMar 11\n", encoding="utf-8")
    return "furniture.txt", ["furniture.txt", "no paper"]


def _bad_not_jsonl(tmp):
    (tmp / "notjson.jsonl").write_text("title,abstract\nA,B\n", encoding="utf-8")
    return "notjson.jsonl", ["notjson.jsonl", "JSON"]


BAD = {
    "missing path": _bad_missing,
    "folder with nothing readable": _bad_folder,
    "empty file": _bad_empty,
    "binary file": _bad_binary,
    "non-UTF-8 file": _bad_encoding,
    "CSV without title/abstract": _bad_csv_columns,
    "truncated listing": _bad_truncated,
    "good file then bad file": _bad_second_of_two,
    "listing with furniture only": _bad_furniture_only,
    "JSONL that is not JSON": _bad_not_jsonl,
}


def _snapshot(d: Path) -> dict[str, bytes]:
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_one_line_nonzero_exit_outputs_untouched(case, tmp_path, capsys, monkeypatch):
    inputs, expected = BAD[case](tmp_path)
    inputs = [inputs] if isinstance(inputs, str) else inputs
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "claims.parquet").write_bytes(SENTINEL)
    before = _snapshot(out_dir)
    rc, out, err = cli(["extract", *inputs, "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc != 0
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in expected:
        assert word.lower() in lines[0].lower(), (word, lines[0])
    assert _snapshot(out_dir) == before
    assert not (tmp_path / "data").exists()


def test_bad_input_through_the_real_command(tmp_path):
    """The installed entry point: exit status, one stderr line, no traceback, no output folder."""
    inputs, _ = _bad_encoding(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "claimboard.extract", "extract", inputs, "--out", "out"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "latin1.txt" in proc.stderr and "UTF-8" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- malformed papers in a good file


def test_jsonl_with_one_broken_line_is_reported_and_skipped(tmp_path, capsys, monkeypatch):
    lines = [json.dumps({"id": "p1", "title": PAPERS[0][0], "abstract": PAPERS[0][1]}),
             '{"id": "p2", "title": "Broken", "abstract": "unterminated',
             json.dumps({"id": "p3", "title": PAPERS[1][0], "abstract": PAPERS[1][1]})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rc, out, err = cli(["extract", "mixed.jsonl", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0
    err_lines = err.splitlines()
    assert len(err_lines) == 1
    assert "mixed.jsonl" in err_lines[0] and "line 2" in err_lines[0]
    assert "papers read: 2" in out
    assert "papers skipped: 1" in out
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert set(claims["paper_id"]) == {"p1", "p3"}


def test_jsonl_line_without_abstract_is_reported_and_skipped(tmp_path, capsys, monkeypatch):
    write_jsonl(tmp_path / "m.jsonl", [{"id": "p1", "title": PAPERS[0][0], "abstract": PAPERS[0][1]},
                                       {"id": "p2", "title": "No abstract here"},
                                       [1, 2, 3]])
    rc, out, err = cli(["extract", "m.jsonl", "--out", "out", "--quiet"], tmp_path, capsys, monkeypatch)
    assert rc == 0
    err_lines = err.splitlines()
    assert len(err_lines) == 2
    assert "line 2" in err_lines[0] and "abstract" in err_lines[0]
    assert "line 3" in err_lines[1]
    assert set(pd.read_parquet(tmp_path / "out" / "claims.parquet")["paper_id"]) == {"p1"}


def test_csv_row_with_empty_abstract_is_reported_and_skipped(tmp_path, capsys, monkeypatch):
    write_csv(tmp_path / "m.csv", ["id", "title", "abstract"],
              [["p1", PAPERS[0][0], PAPERS[0][1]], ["p2", "Empty abstract", "   "], ["p3", PAPERS[2][0], PAPERS[2][1]]])
    rc, out, err = cli(["extract", "m.csv", "--out", "out"], tmp_path, capsys, monkeypatch)
    assert rc == 0
    err_lines = err.splitlines()
    assert len(err_lines) == 1
    assert "m.csv" in err_lines[0] and "line 3" in err_lines[0] and "abstract" in err_lines[0]
    assert "papers read: 2" in out
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert set(claims["paper_id"]) == {"p1", "p3"}
    assert "Empty abstract" not in set(claims["paper_title"])
