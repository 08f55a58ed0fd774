"""Beyond one machine: extract.frame.extract_frame (pandas in, claims and mentions out) gives the
rows of `claimboard extract`; `--engine dask` on a two-worker local cluster (and on a cluster
given by --scheduler) writes the same bytes as --jobs 1; without the dask extra, one line says
how to install it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from clirun import run_cli

import claimboard.extract.pipeline as pipeline
from claimboard.extract.frame import extract_frame
from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS, names

ROOT = Path(__file__).resolve().parents[1]
DEV_A = ROOT / "tests" / "fixtures" / "dev" / "abstracts_a.jsonl"
OUTPUTS = ["claims.csv", "claims.parquet", "mentions.parquet", "rejected.parquet", "skipped.jsonl"]
# Two results out of range: validation rejects them and they go to the mentions ledger.
BAD = {"id": "bad-1", "title": "FooLM: A Chat Model",
       "abstract": "We present FooLM, a chat model for assistants. FooLM reaches 120.5% accuracy on GSM8K and obtains a "
                   "score of 12.5 on MT-Bench, while FooLM scores 61.8% on MMLU across all subjects in our evaluation."}


def _records() -> list[dict]:
    return [json.loads(line) for line in DEV_A.read_text(encoding="utf-8").splitlines() if line.strip()] + [BAD]


def _run(cwd: Path, args: list[str]) -> tuple[int, str, str]:
    return run_cli(args, cwd)


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """papers.jsonl (26 papers, one with rejected claims) and its --jobs 1 outputs, in 3 row groups."""
    d = tmp_path_factory.mktemp("engine")
    (d / "papers.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    rc, _, err = _run(d, ["extract", "papers.jsonl", "--out", "out_j1", "--jobs", "1", "--batch-size", "10", "--quiet"])
    assert rc == 0, err
    assert pq.ParquetFile(d / "out_j1" / "claims.parquet").metadata.num_row_groups == 3
    return d


def _sorted(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- extract_frame


def test_extract_frame_gives_the_rows_of_claimboard_extract(work):
    df = pd.DataFrame(_records()).assign(source="papers.jsonl")
    claims, mentions = extract_frame(df)
    assert list(claims.columns) == names(CLAIM_COLUMNS)
    assert list(mentions.columns) == names(MENTION_COLUMNS)
    file_claims = pd.read_parquet(work / "out_j1" / "claims.parquet")
    file_mentions = pd.read_parquet(work / "out_j1" / "mentions.parquet")
    assert len(claims) > 40 and len(mentions) > 40
    pd.testing.assert_frame_equal(_sorted(claims, ["claim_id"]), _sorted(file_claims, ["claim_id"]))
    keys = ["mention_id", "reason", "value_text"]
    pd.testing.assert_frame_equal(_sorted(mentions, keys), _sorted(file_mentions, keys))
    # the rejected claims are in the ledger with the failed check, as in the files
    rejected = mentions[mentions["reason"].str.startswith("claim rejected by validation")]
    assert set(rejected["paper_id"]) == {"bad-1"} and len(rejected) == 2


def test_extract_frame_ids_sources_and_bad_rows():
    df = pd.DataFrame([
        {"title": "FooLM: A Chat Model", "abstract": BAD["abstract"], "paper_id": None},
        {"title": "FooLM: A Chat Model", "abstract": BAD["abstract"], "paper_id": "p1"},
        {"title": "FooLM: A Chat Model", "abstract": BAD["abstract"], "paper_id": "p1"},
        {"title": None, "abstract": "We reach 90% on MMLU.", "paper_id": "p2"},
        {"title": "Long", "abstract": "x" * 1001, "paper_id": "p3"},
    ], index=[10, 11, 12, 13, 14])
    issues = []
    claims, mentions = extract_frame(df, pipeline.Limits(max_chars=1000), issues=issues)
    # no id: a slug of the title, as for the file inputs; a repeated id gets -2; default source
    assert list(dict.fromkeys(claims["paper_id"])) == ["foolm-a-chat-model", "p1", "p1-2"]
    assert set(claims["source"]) == {"dataframe"}
    assert [(i.where, i.problem) for i in issues] == [
        ("row 13", "missing or empty 'title'; skipped"),
        ("paper p3", "abstract of 1,001 characters is over the limit of 1,000 (--max-chars); skipped"),
    ]
    with pytest.raises(ValueError, match="title and abstract"):
        extract_frame(pd.DataFrame({"title": ["x"]}))
    empty_claims, empty_mentions = extract_frame(pd.DataFrame(columns=["title", "abstract"]))
    assert list(empty_claims.columns) == names(CLAIM_COLUMNS) and len(empty_claims) == 0 == len(empty_mentions)


# --------------------------------------------------------------------------- --engine dask


def _spy_dask_submit(monkeypatch) -> list[int]:
    """Record how many batches each Dask run keeps in flight (2 per worker thread)."""
    real = pipeline._dask_submit
    seen: list[int] = []

    def spy(scheduler, workers):
        submit, ahead, close = real(scheduler, workers)
        seen.append(ahead)
        return submit, ahead, close

    monkeypatch.setattr(pipeline, "_dask_submit", spy)
    return seen


def _assert_same_files(a: Path, b: Path) -> None:
    for f in OUTPUTS:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_dask_local_cluster_gives_byte_identical_files(work, monkeypatch):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed (make setup installs it)")
    seen = _spy_dask_submit(monkeypatch)
    # the default local cluster: 2 worker processes with one thread each
    rc, out, err = _run(work, ["extract", "papers.jsonl", "--out", "out_dask", "--batch-size", "10", "--engine", "dask"])
    assert rc == 0, err
    assert seen == [4]
    assert "claims: " in out
    _assert_same_files(work / "out_j1", work / "out_dask")


def test_dask_scheduler_address_gives_byte_identical_files(work, monkeypatch):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed (make setup installs it)")
    seen = _spy_dask_submit(monkeypatch)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        rc, _, err = _run(work, ["extract", "papers.jsonl", "--out", "out_sched", "--batch-size", "10", "--quiet",
                                 "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert rc == 0, err
    assert seen == [4]
    _assert_same_files(work / "out_j1", work / "out_sched")


def test_missing_dask_extra_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "papers.jsonl").write_text(json.dumps(BAD) + "\n", encoding="utf-8")
    for name in [m for m in sys.modules if m == "dask" or m.startswith(("dask.", "distributed"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)  # `import dask...` raises ImportError, as when not installed
    rc, out, err = _run(tmp_path, ["extract", "papers.jsonl", "--out", "out", "--engine", "dask"])
    assert rc == 1 and out == ""
    assert err == "claimboard extract: --engine dask needs the dask extra: pip install 'claimboard[dask]'\n"
    assert not (tmp_path / "out").exists()
    # the default engine needs no dask
    rc, _, err = _run(tmp_path, ["extract", "papers.jsonl", "--out", "out", "--quiet"])
    assert rc == 0, err


def test_scheduler_needs_engine_dask(tmp_path):
    (tmp_path / "papers.jsonl").write_text(json.dumps(BAD) + "\n", encoding="utf-8")
    rc, _, err = _run(tmp_path, ["extract", "papers.jsonl", "--out", "out", "--scheduler", "tcp://127.0.0.1:8786"])
    assert rc == 1 and err == "claimboard extract: --scheduler needs --engine dask\n"
    with pytest.raises(ValueError, match="engine must be one of local, dask"):
        pipeline.run([str(tmp_path / "papers.jsonl")], tmp_path / "out", engine="spark")
