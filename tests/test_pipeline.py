"""`claimboard extract` end to end: the four outputs, the run report, columns and dtypes,
Parquet metadata, number accounting, determinism (reruns and --jobs), atomic writes."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from clirun import run_cli

import claimboard.extract.pipeline as pipeline
from claimboard.extract import __version__
from claimboard.extract.numbers import find_numbers
from claimboard.extract.readers import iter_inputs
from claimboard.extract.text import clean
from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS, SCHEMA_VERSION, names

ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_9932df2cf9322f32.txt"
SEED = ROOT / "seeds" / SEED_NAME
DEV = [ROOT / "tests" / "fixtures" / "dev" / f"abstracts_{x}.jsonl" for x in ("a", "b")]
OUTPUTS = ["claims.csv", "claims.parquet", "mentions.parquet", "models.parquet", "rejected.parquet", "skipped.jsonl"]


def _listing(d: Path) -> list[str]:
    """The files of an output folder, without the lock file (extract/outdir.py) that stays."""
    return sorted(f for f in os.listdir(d) if f != ".claimboard.lock")

# An abstract whose first two results are out of range: validation must reject them.
BAD_ABSTRACT = (
    "We present FooLM, a chat model for assistants. FooLM reaches 120.5% accuracy on GSM8K and obtains a "
    "score of 12.5 on MT-Bench, while FooLM scores 61.8% on MMLU across all subjects in our evaluation."
)


def _run(cwd: Path, args: list[str]) -> tuple[int, str, str]:
    return run_cli(args, cwd)


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """A folder holding seeds/ and dev/ copies, with several runs done once for the module."""
    d = tmp_path_factory.mktemp("pipeline")
    (d / "seeds").mkdir()
    shutil.copy(SEED, d / "seeds" / SEED_NAME)
    (d / "dev").mkdir()
    for f in DEV:
        shutil.copy(f, d / "dev" / f.name)
    (d / "bad.jsonl").write_text(json.dumps({"id": "bad-1", "title": "FooLM: A Chat Model", "abstract": BAD_ABSTRACT}) + "\n",
                                 encoding="utf-8")
    runs = {
        "a": ["seeds/", "--out", "out_a"],
        "b": ["seeds/", "--out", "out_b"],
        "j1": ["seeds/", "--out", "out_j1", "--jobs", "1", "--batch-size", "10"],
        "j2": ["seeds/", "--out", "out_j2", "--jobs", "2", "--batch-size", "10"],
        "dev": ["dev/", "--out", "out_dev"],
        "bad": ["bad.jsonl", "--out", "out_bad"],
    }
    for key, args in runs.items():
        rc, out, err = _run(d, ["extract", *args])
        assert rc == 0, err
        (d / f"report_{key}.txt").write_text(out)
    return d


def _report(work: Path, key: str) -> dict[str, str]:
    lines = (work / f"report_{key}.txt").read_text().splitlines()
    return {ln.split(":", 1)[0]: ln.split(":", 1)[1].strip() for ln in lines if ":" in ln and not ln.startswith("wrote")}


# --------------------------------------------------------------------------- outputs and report


def test_outputs_are_exactly_the_five_files(work):
    for key in ("a", "dev", "bad"):
        assert _listing(work / f"out_{key}") == OUTPUTS  # also: no temp files left


def test_report_matches_the_files(work):
    for key, papers, files in (("a", 97, 1), ("dev", 50, 2)):
        rep = _report(work, key)
        out = work / f"out_{key}"
        claims = pd.read_parquet(out / "claims.parquet")
        mentions = pd.read_parquet(out / "mentions.parquet")
        assert rep["papers read"] == f"{papers} (from {files} file{'s' if files > 1 else ''})"
        assert int(rep["claims"]) == len(claims) > 0
        m = re.fullmatch(r"(\d+) \((.*)\)", rep["mentions"])
        assert m and int(m.group(1)) == len(mentions) > 0
        classes = dict(kv.rsplit(": ", 1) for kv in m.group(2).split(", "))
        assert {k: int(v) for k, v in classes.items()} == mentions["mention_class"].value_counts().to_dict()
        assert "rows rejected by validation" in rep


def test_seed_report_has_no_rejects_and_no_skips(work):
    rep = _report(work, "a")
    assert rep["rows rejected by validation"] == "0"
    assert rep["papers skipped"] == "0"
    assert len(pd.read_parquet(work / "out_a" / "rejected.parquet")) == 0


def test_report_counts_rejected_rows(work):
    rejected = pd.read_parquet(work / "out_bad" / "rejected.parquet")
    assert rejected["claim_id"].nunique() == 2
    assert _report(work, "bad")["rows rejected by validation"] == "2"


def test_invalid_rows_go_to_rejected_never_to_claims(work):
    out = work / "out_bad"
    claims = pd.read_parquet(out / "claims.parquet")
    rejected = pd.read_parquet(out / "rejected.parquet")
    assert list(claims["value"]) == [61.8]
    bad_ids = set(rejected["claim_id"])
    assert len(bad_ids) == 2
    assert not bad_ids & set(claims["claim_id"])
    values = {json.loads(r)["value"] for r in rejected["row"]}
    assert values == {120.5, 12.5}
    checks = " | ".join(rejected["check"])
    assert "percent scores must lie within 0..100" in checks
    assert "benchmark's scale" in checks
    csv_ids = set(pd.read_csv(out / "claims.csv")["claim_id"])
    assert csv_ids == set(claims["claim_id"])


# --------------------------------------------------------------------------- columns, dtypes, metadata

PANDAS_KIND = {pa.string(): "string", pa.float64(): "float64", pa.int64(): "int64", pa.bool_(): "bool"}


def _check_dtype(series: pd.Series, arrow_type) -> None:
    kind = PANDAS_KIND[arrow_type]
    if kind == "string":
        assert pd.api.types.is_string_dtype(series.dtype), (series.name, series.dtype)
    else:
        assert str(series.dtype) == kind, (series.name, series.dtype)


@pytest.mark.parametrize("file, columns", [("claims.parquet", CLAIM_COLUMNS), ("mentions.parquet", MENTION_COLUMNS),
                                           ("rejected.parquet", REJECT_COLUMNS)])
def test_columns_types_and_pandas_dtypes(work, file, columns):
    for key in ("a", "bad"):
        path = work / f"out_{key}" / file
        schema = pq.read_schema(path)
        assert schema.names == names(columns)
        assert [f.type for f in schema] == [t for _, t, _ in columns]
        df = pd.read_parquet(path)
        assert list(df.columns) == names(columns)
        if len(df):
            for name, arrow_type, _ in columns:
                _check_dtype(df[name], arrow_type)


def test_claims_without_any_claim_keep_schema(tmp_path):
    (tmp_path / "n.jsonl").write_text(json.dumps({"title": "Words Only", "abstract": "We study language models and "
                                      "find that they are good at many things that we describe in detail without "
                                      "stating any figure at all."}) + "\n")
    rc, _, err = _run(tmp_path, ["extract", "n.jsonl", "--out", "o", "--quiet"])
    assert rc == 0, err
    df = pd.read_parquet(tmp_path / "o" / "claims.parquet")
    assert len(df) == 0
    assert list(df.columns) == names(CLAIM_COLUMNS)
    assert [f.type for f in pq.read_schema(tmp_path / "o" / "claims.parquet")] == [t for _, t, _ in CLAIM_COLUMNS]
    assert (tmp_path / "o" / "claims.csv").read_text() == ",".join(names(CLAIM_COLUMNS)) + "\n"


@pytest.mark.parametrize("file, columns", [("claims.parquet", CLAIM_COLUMNS), ("mentions.parquet", MENTION_COLUMNS),
                                           ("rejected.parquet", REJECT_COLUMNS)])
def test_parquet_metadata_and_field_descriptions(work, file, columns):
    schema = pq.read_schema(work / "out_a" / file)
    meta = schema.metadata
    assert json.loads(meta[b"claimboard_schema_version"]) == SCHEMA_VERSION
    assert json.loads(meta[b"claimboard_tool_version"]) == __version__
    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert json.loads(meta[b"claimboard_inputs_sha256"]) == {f"seeds/{SEED_NAME}": digest}
    for (name, _, description), field in zip(columns, schema):
        assert field.metadata and field.metadata[b"description"].decode() == description
        assert description.strip()


def test_metadata_lists_every_input(work):
    meta = pq.read_schema(work / "out_dev" / "claims.parquet").metadata
    digests = json.loads(meta[b"claimboard_inputs_sha256"])
    assert digests == {f"dev/{f.name}": hashlib.sha256(f.read_bytes()).hexdigest() for f in DEV}


def test_claims_csv_matches_parquet(work):
    out = work / "out_a"
    claims = pd.read_parquet(out / "claims.parquet")
    text = (out / "claims.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(names(CLAIM_COLUMNS))
    csv_df = pd.read_csv(out / "claims.csv")
    assert list(csv_df["claim_id"]) == list(claims["claim_id"])
    assert list(csv_df["value"]) == list(claims["value"])


# --------------------------------------------------------------------------- accounting


def _papers(inputs: list[Path]):
    return [p for _, _, ps, _ in iter_inputs([str(i) for i in inputs]) for p in ps]


def _accounting(work: Path, key: str, inputs: list[Path], with_rejected: bool) -> dict:
    out = work / f"out_{key}"
    rows = Counter()
    for f in ("claims.parquet", "mentions.parquet"):
        df = pd.read_parquet(out / f)
        rows.update(zip(df["paper_id"], df["char_start"]))
    if with_rejected:
        rej = pd.read_parquet(out / "rejected.parquet").drop_duplicates("claim_id")
        rows.update((json.loads(r)["paper_id"], json.loads(r)["char_start"]) for r in rej["row"])
    problems = {}
    for p in _papers(inputs):
        expected = Counter((p.paper_id, t.start) for t in find_numbers(clean(p.abstract)))
        got = Counter({k: v for k, v in rows.items() if k[0] == p.paper_id})
        if got != expected:
            problems[p.paper_id] = {
                "missing": [p.abstract[s:s + 20] for (_, s) in expected - got],
                "extra or repeated": [p.abstract[s:s + 20] for (_, s) in got - expected],
            }
    return problems


def test_every_seed_number_has_one_row_in_claims_or_mentions(work):
    assert _accounting(work, "a", [SEED], with_rejected=False) == {}


def test_every_dev_number_has_one_row_in_claims_or_mentions(work):
    assert _accounting(work, "dev", DEV, with_rejected=False) == {}


@pytest.mark.parametrize("key", ["a", "dev"])
def test_every_number_has_one_row_in_claims_mentions_or_rejected(work, key):
    assert _accounting(work, key, [SEED] if key == "a" else DEV, with_rejected=True) == {}


# --------------------------------------------------------------------------- determinism


def test_rerun_gives_byte_identical_files(work):
    for f in OUTPUTS:
        assert (work / "out_a" / f).read_bytes() == (work / "out_b" / f).read_bytes(), f


def test_jobs_2_gives_byte_identical_files_to_jobs_1(work):
    assert pq.ParquetFile(work / "out_j1" / "claims.parquet").metadata.num_row_groups > 1
    assert pq.ParquetFile(work / "out_j1" / "mentions.parquet").metadata.num_row_groups > 1
    for f in OUTPUTS:
        assert (work / "out_j1" / f).read_bytes() == (work / "out_j2" / f).read_bytes(), f
    # batching changes row groups, not content
    for f in ("claims.parquet", "mentions.parquet"):
        assert pd.read_parquet(work / "out_j1" / f).equals(pd.read_parquet(work / "out_a" / f))
    assert (work / "out_j1" / "claims.csv").read_bytes() == (work / "out_a" / "claims.csv").read_bytes()


# --------------------------------------------------------------------------- atomic writes


def test_failure_midway_leaves_old_outputs_and_no_temp_files(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED_NAME)
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"old claims")
    (out / "claims.csv").write_bytes(b"old csv")
    real = pipeline._process
    calls = []

    def flaky(batch, csv=False, limits=pipeline.Limits(), update=False):
        calls.append(len(batch))
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return real(batch, csv=csv, limits=limits, update=update)

    monkeypatch.setattr(pipeline, "_process", flaky)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuntimeError, match="disk on fire"):
        pipeline.run(["seeds/"], "out", jobs=1, quiet=True, batch_size=10)
    assert len(calls) == 3
    assert _listing(out) == ["claims.csv", "claims.parquet"]
    assert (out / "claims.parquet").read_bytes() == b"old claims"
    assert (out / "claims.csv").read_bytes() == b"old csv"


def test_success_replaces_old_outputs_without_temp_files(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED_NAME)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "claims.parquet").write_bytes(b"old claims")
    rc, _, err = _run(tmp_path, ["extract", "--out", "out", "--quiet"])
    assert rc == 0, err
    assert _listing(tmp_path / "out") == OUTPUTS
    assert pq.read_schema(tmp_path / "out" / "claims.parquet").names == names(CLAIM_COLUMNS)


def test_outputs_have_normal_file_permissions(work):
    umask = os.umask(0)
    os.umask(umask)
    for f in OUTPUTS:
        mode = stat.S_IMODE((work / "out_a" / f).stat().st_mode)
        assert mode == 0o666 & ~umask, (f, oct(mode))


def test_default_batch_size_depends_on_the_input_only():
    # small inputs are cut into 8 batches (at least 250 papers each) so that --jobs has
    # batches to share; large ones use 2000-paper batches; never a function of --jobs
    assert pipeline.batch_size_for(60) == 250
    assert pipeline.batch_size_for(10_000) == 1250
    assert pipeline.batch_size_for(16_000) == 2000
    assert pipeline.batch_size_for(1_000_000) == 2000
    sizes = [pipeline.batch_size_for(n) for n in range(0, 50_000, 997)]
    assert sizes == sorted(sizes)
