"""The benchmark corpus generator (bench/corpus.py) and runner (bench/run.py).

No wall-clock assertions: timings are reported by bench/run.py, never tested."""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimboard.extract.readers import read_papers, read_text
from claimboard.extract.rules import extract_abstract
from claimboard.extract.text import clean, sentences

ROOT = Path(__file__).resolve().parents[1]
N = 200


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


corpus = _load("bench_corpus", ROOT / "bench" / "corpus.py")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("corpus")
    return {fmt: corpus.write_corpus(N, fmt, d / f"c.{fmt}", seed=7) for fmt in ("txt", "jsonl")}


def _papers(path: Path):
    text, _ = read_text(path, str(path))
    papers, issues = read_papers(path, str(path), text)
    return papers, issues


def _source_sentences() -> set[str]:
    out = set()
    for path in corpus.SOURCES[corpus.DEFAULT_POOL]:
        for p in _papers(path)[0]:
            for s0, s1 in sentences(clean(p.abstract)):
                out.add(" ".join(p.abstract[s0:s1].split()))
    return out


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_same_seed_same_bytes(tmp_path, generated, fmt):
    again = corpus.write_corpus(N, fmt, tmp_path / f"again.{fmt}", seed=7)
    assert again.read_bytes() == generated[fmt].read_bytes()
    other = corpus.write_corpus(N, fmt, tmp_path / f"other.{fmt}", seed=8)
    assert other.read_bytes() != generated[fmt].read_bytes()


def test_cli_writes_the_same_file(tmp_path, generated):
    out = tmp_path / "cli.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--papers", str(N), "--format", "jsonl",
                    "--out", str(out), "--seed", "7"], check=True, capture_output=True)
    assert out.read_bytes() == generated["jsonl"].read_bytes()


def test_a_shorter_corpus_is_a_prefix(tmp_path, generated):
    short = corpus.write_corpus(50, "jsonl", tmp_path / "short.jsonl", seed=7)
    assert generated["jsonl"].read_bytes().startswith(short.read_bytes())


def test_readable_and_formats_agree(generated):
    listing, issues_l = _papers(generated["txt"])
    jsonl, issues_j = _papers(generated["jsonl"])
    assert issues_l == [] and issues_j == []
    assert len(listing) == len(jsonl) == N
    assert [(p.title, p.abstract) for p in listing] == [(p.title, p.abstract) for p in jsonl]
    assert len({p.paper_id for p in jsonl}) == N


def test_number_formats_are_kept():
    import random

    rng = random.Random(0)
    cases = [("97.7", r"[1-9]\d\.\d"), ("0.53", r"0\.\d\d"), ("12,317", r"[1-9]\d,\d{3}"), ("256", r"[1-9]\d\d"),
             ("7", r"[1-9]"), ("2023", r"(?:199[5-9]|20[0-2]\d)")]
    for original, shape in cases:
        parts = corpus._template(f"it reaches {original} on the test", *corpus._name_tables())
        slot = next(p for p in parts if isinstance(p, corpus.NumSlot))
        for _ in range(50):
            assert re.fullmatch(shape, corpus._draw_number(slot, rng)), (original, shape)
    # a percent stays a percent score
    parts = corpus._template("an accuracy of 100% on MMLU", *corpus._name_tables())
    slot = next(p for p in parts if isinstance(p, corpus.NumSlot))
    assert all(float(corpus._draw_number(slot, rng)) <= 100 for _ in range(50))
    # numbers inside names are left alone
    parts = corpus._template("GPT-4 and Llama-3 8B on GSM8K", *corpus._name_tables())
    assert not any(isinstance(p, corpus.NumSlot) for p in parts)


def test_numbers_and_names_are_perturbed_and_claims_still_found(generated):
    papers, _ = _papers(generated["jsonl"])
    source = _source_sentences()
    numeric = copied = 0
    for p in papers:
        for s0, s1 in sentences(clean(p.abstract)):
            s = " ".join(p.abstract[s0:s1].split())
            if re.search(r"(?<![\w.\-/])\d+(?:\.\d+)?%", s):
                numeric += 1
                copied += s in source
    assert numeric > 50
    assert copied / numeric < 0.1  # re-drawn numbers (and swapped names): not the source sentences
    claims = [c for p in papers for c in extract_abstract(p.title, p.abstract)[0]]
    assert len(claims) >= N // 4
    assert len({c["benchmark"] for c in claims}) >= 20  # swapped names are still recognised


def test_run_prints_a_table_row(tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--papers", "300", "--out-dir", str(tmp_path)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout
    assert "| N | jobs | seconds | abstracts/s | MB/s | bare MB/s | ratio | peak RSS MB |" in out
    num = r"[\d,]+(?:\.\d+)?"
    row = re.search(rf"^\| 300 \| 1 \| ({num}) \| ({num}) \| ({num}) \| ({num}) \| ({num}) \| ({num}) \|$", out, re.MULTILINE)
    assert row, out
    ratio = float(row.group(5))
    assert 0 < ratio
    assert re.search(r"^ratio job / bare: [\d.]+$", out, re.MULTILINE)
    assert re.search(r"extraction only .*ratio to bare: [\d.]+", out)
    assert re.search(r"validation .* of the job's CPU time", out)
    # the corpus is cached, the job's output removed without --keep
    assert len(list(tmp_path.glob("corpus-n300-*.jsonl"))) == 1
    assert not list(tmp_path.glob("job-*"))


def test_the_random_pool_draws_from_the_random_sets(tmp_path):
    """--pool random recombines the abstracts drawn at random (tests/fixtures/random/), not
    the seed and dev sets: another corpus, as deterministic, with fewer claims per paper."""
    out = corpus.write_corpus(300, "jsonl", tmp_path / "r.jsonl", seed=1, pool="random")
    again = corpus.write_corpus(300, "jsonl", tmp_path / "r2.jsonl", seed=1, pool="random")
    assert out.read_bytes() == again.read_bytes()
    llm = corpus.write_corpus(300, "jsonl", tmp_path / "l.jsonl", seed=1)
    assert out.read_bytes() != llm.read_bytes()
    assert corpus.source_fingerprint("random") != corpus.source_fingerprint("llm")
    per_paper = {}
    for name, path in (("random", out), ("llm", llm)):
        papers, _ = _papers(path)
        per_paper[name] = sum(len(extract_abstract(p.title, p.abstract)[0]) for p in papers) / len(papers)
    assert per_paper["random"] < per_paper["llm"]


def test_profile_without_pyinstrument_is_a_one_line_error(tmp_path):
    """--profile needs pyinstrument (the `bench` extra): without it, one line naming the fix and
    exit 2 before any corpus is written, not a traceback after the corpus."""
    hide = ("import importlib.util, runpy, sys; real = importlib.util.find_spec; "
            "importlib.util.find_spec = lambda name, *a: None if name == 'pyinstrument' else real(name, *a); "
            f"sys.argv = ['run.py', '--papers', '50', '--profile', '--out-dir', {str(tmp_path)!r}]; "
            f"runpy.run_path({str(ROOT / 'bench' / 'run.py')!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].endswith("need pyinstrument, which is not installed: "
                                                         "pip install -e '.[bench]' (or pip install pyinstrument)")
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())
