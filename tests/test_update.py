"""`claimboard extract --update`: only new or changed papers are extracted again, and the
files are byte-identical to a full rebuild over the same inputs (extract/cache.py)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from clirun import run_cli

import claimboard.extract.pipeline as pipeline
from claimboard.extract.cache import CACHE_NAME

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "fixtures" / "random" / "abstracts_t.jsonl"
FILES = ["claims.parquet", "mentions.parquet", "rejected.parquet", "claims.csv", "skipped.jsonl"]


def _run(args: list[str]) -> tuple[int, str, str]:
    return run_cli(args)


def _records(n=40):
    return [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines()[:n]]


def _write(path: Path, recs) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def _same(a: Path, b: Path) -> None:
    for f in FILES:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_update_is_byte_identical_and_reports(tmp_path, monkeypatch):
    recs = _records()
    src = _write(tmp_path / "in.jsonl", recs)
    inc = tmp_path / "inc"
    rc, out, err = _run(["extract", str(src), "--out", str(inc), "--update"])
    assert rc == 0, err
    assert "papers new: 40, changed: 0, unchanged: 0" in out
    assert (inc / CACHE_NAME).exists()

    # change one abstract, drop one paper, add one: only two papers are extracted
    recs2 = [dict(r) for r in recs]
    recs2[3]["abstract"] += " We also reach 77.7% on MMLU."
    gone = recs2.pop(5)
    recs2.append(json.loads(SOURCE.read_text(encoding="utf-8").splitlines()[60]))
    _write(src, recs2)
    calls = []
    real = pipeline.extract_paper
    monkeypatch.setattr(pipeline, "extract_paper", lambda t, a, m: calls.append(t) or real(t, a, m))
    rc, out, err = _run(["extract", str(src), "--out", str(inc), "--update"])
    assert rc == 0, err
    assert "papers new: 1, changed: 1, unchanged: 38 (rows reused), removed: 1" in out
    assert sorted(calls) == sorted([recs2[3]["title"], recs2[-1]["title"]])
    assert gone["title"] not in calls

    monkeypatch.undo()
    full = tmp_path / "full"
    assert _run(["extract", str(src), "--out", str(full), "--quiet"])[0] == 0
    _same(full, inc)


def test_update_with_two_jobs_matches(tmp_path):
    src = _write(tmp_path / "in.jsonl", _records(60))
    a, b = tmp_path / "a", tmp_path / "b"
    assert _run(["extract", str(src), "--out", str(a), "--quiet", "--update", "--batch-size", "10"])[0] == 0
    assert _run(["extract", str(src), "--out", str(a), "--quiet", "--update", "--batch-size", "10", "--jobs", "2"])[0] == 0
    assert _run(["extract", str(src), "--out", str(b), "--quiet", "--batch-size", "10"])[0] == 0
    _same(a, b)


def test_extractor_version_change_reextracts_everything(tmp_path, monkeypatch):
    src = _write(tmp_path / "in.jsonl", _records(10))
    inc = tmp_path / "inc"
    assert _run(["extract", str(src), "--out", str(inc), "--quiet", "--update"])[0] == 0
    import claimboard.extract.cache as cache
    monkeypatch.setattr(cache, "extractor_digest", lambda: "another version")
    rc, out, _ = _run(["extract", str(src), "--out", str(inc), "--update"])
    assert rc == 0 and "changed: 10, unchanged: 0" in out


def test_killed_update_leaves_dir_and_the_next_completes(tmp_path):
    src = _write(tmp_path / "in.jsonl", _records(40))
    inc = tmp_path / "inc"
    assert _run(["extract", str(src), "--out", str(inc), "--quiet", "--update", "--batch-size", "10"])[0] == 0
    before = {f: (inc / f).read_bytes() for f in FILES + [CACHE_NAME]}
    recs = _records(40)
    for r in recs[:20]:
        r["abstract"] += " Our model reaches 61.0% on GSM8K."
    _write(src, recs)
    for point in ("mid-run", "before-commit"):
        env = dict(os.environ, CLAIMBOARD_TEST_KILL_AT=point)
        p = subprocess.run([sys.executable, "-m", "claimboard.extract", "extract", str(src), "--out", str(inc), "--quiet", "--update",
                            "--batch-size", "10"], cwd=ROOT, env=env, capture_output=True)
        assert p.returncode == -signal.SIGKILL
        assert {f: (inc / f).read_bytes() for f in FILES + [CACHE_NAME]} == before
    rc, out, _ = _run(["extract", str(src), "--out", str(inc), "--update", "--batch-size", "10"])
    assert rc == 0 and "changed: 20, unchanged: 20" in out
    full = tmp_path / "full"
    assert _run(["extract", str(src), "--out", str(full), "--quiet", "--batch-size", "10"])[0] == 0
    _same(full, inc)


def test_damaged_cache_costs_only_time(tmp_path):
    src = _write(tmp_path / "in.jsonl", _records(10))
    inc = tmp_path / "inc"
    assert _run(["extract", str(src), "--out", str(inc), "--quiet", "--update"])[0] == 0
    (inc / CACHE_NAME).write_bytes(b"not gzip")
    rc, out, _ = _run(["extract", str(src), "--out", str(inc), "--update"])
    assert rc == 0 and "papers new: 10" in out
