"""Hostile input and faults: records that are not abstracts, limits with reasons, kills,
concurrent runs, a full disk, unreadable and looping inputs, huge CSV fields.

Time is never asserted as wall-clock: "bounded work" is checked by counting (mentions
capped, sentences not read) and by per-paper limits that act; bench/hostile.py measures."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from clirun import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimboard.extract.pipeline as pipeline
from claimboard.extract.limits import ELLIPSIS, EVIDENCE_CHARS, MAX_SENTENCE_CHARS, evidence_span
from claimboard.extract.outdir import JOURNAL_NAME, LOCK_NAME, OutputDir, recover
from claimboard.extract.rules import extract_abstract, extract_paper

ROOT = Path(__file__).resolve().parents[1]
ORDINARY = {"id": "ordinary", "title": "TinyNet",
            "abstract": "We evaluate our model, TinyNet, on ImageNet and reach 81.2% top-1 accuracy, 2.1% higher than ResNet-50."}
SENTENCE = "Our model achieves 95.2% accuracy on CIFAR-10 and 78.1 mAP on COCO, improving over ResNet-50 by 3.4%. "

# The eight hostile abstracts of the issue, each shorter than there (the limits are what is tested).
HOSTILE = {
    "percent_repeated": "95.2% " * 5_000,
    "sentence_repeated": SENTENCE * 300,
    "one_repeated": "1 " * 20_000,
    "other_script_digits": "\u0669\u0665.\u0662% \uff19\uff15\uff0e\uff12% " * 2_000,
    "long_word": "a" * 50_000,
    "one_dot_repeated": "1." * 20_000,
    "nested_parentheses": "(" * 10_000 + "95.2%" + ")" * 10_000,
    "nul_bytes": "We reach 95.2% on MMLU.\x00\x00" * 100,
}


def _run(args: list[str]) -> tuple[int, str, str]:
    return run_cli(args)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _check_rows(text: str, rows: list) -> None:
    for r in (x if isinstance(x, dict) else x.as_row() for x in rows):
        assert 0 <= r["char_start"] < r["char_end"] <= len(text)
        assert text[r["char_start"]:r["char_end"]] == r["value_text"]
        assert r["value_text"] in r["evidence"]
        # the number is always kept whole: a 1,001-digit "number" makes a longer evidence
        assert len(r["evidence"]) <= max(EVIDENCE_CHARS, len(r["value_text"])) + 2


# ---------------------------------------------------------------- one file, all hostile
def test_mixed_file_keeps_the_ordinary_paper(tmp_path):
    recs = [{"id": k, "title": k, "abstract": v} for k, v in HOSTILE.items()] + [ORDINARY]
    src = _jsonl(tmp_path / "mixed.jsonl", recs)
    rc, out, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "--max-chars", "20000"])
    assert rc == 0, err
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert set(claims.loc[claims.paper_id == "ordinary", "value"]) == {81.2, 2.1}
    skipped = [json.loads(line) for line in (tmp_path / "out" / "skipped.jsonl").read_text().splitlines()]
    over = {s["where"] for s in skipped if "over the limit" in s["problem"]}
    assert over == {f"paper {k}" for k, v in HOSTILE.items() if len(v) > 20_000}
    assert "Traceback" not in err


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_abstract_without_limits(name, tmp_path):
    """With --max-chars 0 every hostile text is extracted: rows stay inside the text, the
    evidence is cut, mentions are capped and the paper is reported."""
    text = HOSTILE[name]
    claims, mentions, dropped = extract_paper(name, text, max_mentions=300)
    _check_rows(text, claims)
    _check_rows(text, mentions)
    assert len(mentions) <= 300
    if len(mentions) == 300:
        assert dropped > 0


def test_other_script_digits_are_not_numbers():
    claims, mentions = extract_abstract("t", "We reach \u0669\u0665.\u0662% and \uff19\uff15% on MMLU.")
    assert claims == [] and mentions == []


def test_long_sentence_is_not_read_for_claims():
    text = "GPT-4 reaches 86.4% on MMLU, " * (MAX_SENTENCE_CHARS // 25)
    claims, mentions, _ = extract_paper("t", text, max_mentions=0)
    assert claims == []
    assert mentions and all("not prose" in m.reason and m.rule == "not-prose" for m in mentions)


def test_evidence_is_cut_around_the_number():
    text = "word " * 1000 + "we reach 95.2% on MMLU " + "word " * 1000
    s = text.index("95.2%")
    a, b = evidence_span(0, len(text), s, s + 5)
    assert a <= s < s + 5 <= b and b - a == EVIDENCE_CHARS
    from claimboard.extract.limits import evidence_text
    ev = evidence_text(text, 0, len(text), s, s + 5)
    assert ev.startswith(ELLIPSIS) and ev.endswith(ELLIPSIS) and "95.2%" in ev


def test_time_budget_skips_a_slow_paper(tmp_path, monkeypatch):
    real = pipeline.extract_paper

    def slow(title, abstract, max_mentions):
        if title == "slow":
            time.sleep(5)
        return real(title, abstract, max_mentions)

    monkeypatch.setattr(pipeline, "extract_paper", slow)
    papers = [pipeline.Paper("slow", "slow", "We reach 5% on MMLU.", "f"), pipeline.Paper("ok", "ok", ORDINARY["abstract"], "f")]
    errors = []
    claims, _, _ = pipeline.extract_papers(papers, errors, pipeline.Limits(paper_seconds=0.2))
    assert [e.where for e in errors] == ["paper slow"] and "took over 0.2 s" in errors[0].problem
    assert {c["paper_id"] for c in claims} == {"ok"}


def test_extractor_error_costs_one_paper(monkeypatch):
    real = pipeline.extract_paper

    def boom(title, abstract, max_mentions):
        if title == "boom":
            raise MemoryError("simulated")
        return real(title, abstract, max_mentions)

    monkeypatch.setattr(pipeline, "extract_paper", boom)
    papers = [pipeline.Paper("boom", "boom", "x 5%", "f"), pipeline.Paper("ok", "ok", ORDINARY["abstract"], "f")]
    errors = []
    claims, _, _ = pipeline.extract_papers(papers, errors)
    assert len(errors) == 1 and "MemoryError" in errors[0].problem
    assert {c["paper_id"] for c in claims} == {"ok"}


# ---------------------------------------------------------------- fuzzing
_alphabet = st.sampled_from(list("0123456789.,%-+()[]{} \n\t") + ["on MMLU", "accuracy", "GPT-4", "x", "\u0669", "\uff19",
                                                                   "\x00", "e", "B", "M", "by", "from", "to", "vs"])
_text = st.one_of(
    st.text(max_size=400),
    st.lists(_alphabet, max_size=200).map("".join),
    st.tuples(st.lists(_alphabet, min_size=1, max_size=12).map("".join), st.integers(1, 300)).map(lambda t: t[0] * t[1]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_fuzz_rows_within_bounds(text):
    claims, mentions, dropped = extract_paper("Fuzz", text, max_mentions=50)
    _check_rows(text, claims)
    _check_rows(text, mentions)
    assert len(mentions) <= 50
    # bounded work: every number is accounted for once, kept or counted
    from claimboard.extract.numbers import find_numbers
    from claimboard.extract.text import clean
    assert len(claims) + len(mentions) + dropped <= len(find_numbers(clean(text))) * 2


# ---------------------------------------------------------------- faults
def _outputs(d: Path) -> dict[str, bytes]:
    return {n: (d / n).read_bytes() for n in pipeline.OUTPUT_NAMES if (d / n).exists()}


@pytest.fixture
def previous(tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    """An output directory from a first run, and a second, different input."""
    first = _jsonl(tmp_path / "first.jsonl", [ORDINARY])
    out = tmp_path / "out"
    assert _run(["extract", str(first), "--out", str(out), "--quiet"])[0] == 0
    second = _jsonl(tmp_path / "second.jsonl", [ORDINARY, {"id": "p2", "title": "P2", "abstract": SENTENCE * 3}])
    return out, second, _outputs(out)


@pytest.mark.parametrize("point", ["mid-run", "before-commit", "mid-commit"])
def test_kill_at_each_point(previous, point):
    out, second, before = previous
    env = dict(os.environ, CLAIMBOARD_TEST_KILL_AT=point)
    p = subprocess.run([sys.executable, "-m", "claimboard.extract", "extract", str(second), "--out", str(out), "--quiet"],
                       cwd=ROOT, env=env, capture_output=True)
    assert p.returncode == -signal.SIGKILL
    if point == "mid-commit":
        assert (out / JOURNAL_NAME).exists()
        assert recover(out)               # what the next run (or a reader) does first
        after = _outputs(out)
        assert after != before and set(after) == set(before)
        assert len(pd.read_parquet(out / "claims.parquet")) > 2
    else:
        assert _outputs(out) == before    # the previous outputs, untouched
    # the next run completes and leaves no temporary file behind
    assert _run(["extract", str(second), "--out", str(out), "--quiet"])[0] == 0
    assert not [f for f in os.listdir(out) if f.endswith(".tmp")] and not (out / JOURNAL_NAME).exists()


def test_kill_at_random_moments(previous):
    out, second, before = previous
    big = _jsonl(second.parent / "big.jsonl", [{"id": f"p{i}", "title": f"P{i}", "abstract": SENTENCE * 4} for i in range(3000)])
    new_seen = False
    for delay in (0.3, 0.9, 1.6, 2.5):
        p = subprocess.Popen([sys.executable, "-m", "claimboard.extract", "extract", str(big), "--out", str(out), "--quiet"],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.kill()
        p.wait()
        recover(out)
        now = _outputs(out)
        # always one complete set: the previous one, or the new one whole
        if now != before:
            claims = pd.read_parquet(out / "claims.parquet")
            assert claims.paper_id.nunique() == 3000
            new_seen = True
            before = now
    assert new_seen or _outputs(out) == before


def test_second_run_on_locked_directory_names_the_holder(tmp_path):
    out = tmp_path / "out"
    src = _jsonl(tmp_path / "a.jsonl", [ORDINARY])
    with OutputDir(out, command="claimboard extract other"):
        rc, _, err = _run(["extract", str(src), "--out", str(out)])
        assert rc == 1
        assert f"pid {os.getpid()}" in err and "in use by another claimboard run" in err
        assert len(err.strip().splitlines()) == 1
    assert _run(["extract", str(src), "--out", str(out), "--quiet"])[0] == 0   # free again
    assert (out / LOCK_NAME).exists()


def test_disk_full_keeps_previous_outputs(previous, monkeypatch):
    out, second, before = previous

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pipeline.pq.ParquetWriter, "write_table", full)
    rc, _, err = _run(["extract", str(second), "--out", str(out)])
    assert rc == 1 and "no space left on device" in err and "unchanged" in err
    assert len(err.strip().splitlines()) == 1
    assert _outputs(out) == before
    assert not [f for f in os.listdir(out) if f.endswith(".tmp")]


def test_unreadable_input_file(tmp_path, monkeypatch):
    src = _jsonl(tmp_path / "a.jsonl", [ORDINARY])
    if os.geteuid() != 0:
        src.chmod(0)
    else:  # root reads anything: make the open fail the way it would
        real_open = Path.open

        def deny(self, *a, **k):
            if self == src:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *a, **k)

        monkeypatch.setattr(Path, "open", deny)
    rc, _, err = _run(["extract", str(src), "--out", str(tmp_path / "out")])
    assert rc == 1 and "a.jsonl" in err and "ermission denied" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "claims.parquet").exists()


def test_symlink_loop_in_input_folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    _jsonl(d / "a.jsonl", [ORDINARY])
    (d / "loop1.jsonl").symlink_to("loop2.jsonl")
    (d / "loop2.jsonl").symlink_to("loop1.jsonl")
    (d / "up").symlink_to("..")    # a link to a folder above is not followed
    rc, _, err = _run(["extract", str(d), "--out", str(tmp_path / "out")])
    assert rc == 1 and "loop1.jsonl: symbolic link loop" in err
    assert len(err.strip().splitlines()) == 1
    (d / "loop1.jsonl").unlink()
    (d / "loop2.jsonl").unlink()
    rc, _, err = _run(["extract", str(d), "--out", str(tmp_path / "out"), "--quiet"])
    assert rc == 0, err


def test_csv_field_over_the_default_limit(tmp_path):
    import csv
    big = "We reach 95.2% on MMLU. " + "x" * 200_000
    assert len(big) > csv.field_size_limit() or csv.field_size_limit() > 131072
    src = tmp_path / "big.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "abstract"])
        w.writerow(["Big", big])
        w.writerow(["TinyNet", ORDINARY["abstract"]])
    rc, _, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert rc == 0, err
    assert "over the limit" in err   # read, then skipped by the length limit with its reason
    assert len(pd.read_parquet(tmp_path / "out" / "claims.parquet")) == 2


def test_no_pattern_reads_spaces_around_an_optional_percent_two_ways():
    """'\\s*%?\\s*' inside a repeated group lets the engine split each run of spaces two ways: one
    pattern of extract/mentions.py took 380 s on ' ,1 ,1 ,1 ... so 3.1% of' (thirty items). Written
    '\\s*(?:%\\s*)?', the same strings match with one way each."""
    root = Path(__file__).resolve().parents[1] / "extract"
    bad = [f"{f.name}:{i}" for f in sorted(root.glob("*.py")) for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
           if r"\s*%?\s*" in line or r"\s*(?:%|\\%)?\s*" in line]
    assert bad == []


def test_a_list_of_thirty_numbers_before_a_percent_is_read():
    claims, mentions = extract_abstract("X", "We train a model. This yields a speedup of " + "1 ,1 ," * 15 + " so 3.1% of the data is used.")
    assert any(m["value_text"] == "3.1%" for m in mentions)
