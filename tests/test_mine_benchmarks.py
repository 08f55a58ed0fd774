"""schema/mine_benchmarks.py: candidate benchmark names mined from listings, and their import
after review. Real sentence shapes, small synthetic listings (no corpus is read in tests)."""
from __future__ import annotations

import csv
import json

import pytest

from claimboard.schema import mine_benchmarks
from claimboard.schema.mine_benchmarks import BENCHMARK_COLUMNS, apply, main, mine


@pytest.fixture(autouse=True)
def _vocabulary_knows_only_mmlu(monkeypatch):
    """The vocabulary grows (LoCoMo and HumanML3D were mined into it): the tests fix what it knows."""
    monkeypatch.setattr(mine_benchmarks, "_known", lambda name: name == "MMLU")


def _listing(path, abstracts):
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(abstracts):
            fh.write(json.dumps({"id": f"2601.{i:05d}", "title": f"Paper {i}", "abstract": text}) + "\n")
    return path


SENTENCES = [
    "We evaluate our method on five task settings from the LoCoMo dataset.",
    "Experiments on the LoCoMo benchmark show gains of 4.1 points.",
    "On the HumanML3D dataset, our model reaches an FID of 0.09.",
    "We also report results on the MMLU benchmark.",          # known to the vocabulary
    "We release the Llama-3 dataset of prompts.",              # a model family, not a benchmark
]


def test_a_name_written_as_a_dataset_by_enough_papers_is_a_candidate(tmp_path):
    listing = _listing(tmp_path / "l.jsonl", SENTENCES + ["A third paper on the LoCoMo dataset.", SENTENCES[2]])
    rows = mine([listing], [], min_papers=2)
    names = {r["name"]: r["papers"] for r in rows}
    assert names == {"LoCoMo": 3, "HumanML3D": 2}
    loco = next(r for r in rows if r["name"] == "LoCoMo")
    assert "LoCoMo" in loco["example"] and loco["keep"] == "" and loco["category"] == ""


def test_excluded_papers_are_never_read(tmp_path):
    listing = _listing(tmp_path / "l.jsonl", SENTENCES)
    held_out = tmp_path / "held.jsonl"
    with held_out.open("w", encoding="utf-8") as fh:   # the first paper, by id
        fh.write(json.dumps({"id": "2601.00000v2", "title": "another title", "abstract": ""}) + "\n")
    assert [r["name"] for r in mine([listing], [held_out], min_papers=1) if r["name"] == "LoCoMo"] == ["LoCoMo"]
    assert {r["name"]: r["papers"] for r in mine([listing], [held_out], min_papers=1)}["LoCoMo"] == 1
    assert "LoCoMo" not in {r["name"] for r in mine([listing], [held_out], min_papers=2)}


def test_apply_appends_only_kept_rows_with_a_known_category(tmp_path):
    vocab = tmp_path / "benchmarks.csv"
    with vocab.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=BENCHMARK_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerow({"name": "MMLU", "aliases": "", "category": "knowledge", "metric": "accuracy", "scale": "100",
                    "higher_is_better": "true", "case_sensitive": "false", "source": "arXiv:2009.03300"})
    reviewed = tmp_path / "reviewed.csv"
    with reviewed.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["name", "papers", "example", "keep", "category"])
        w.writeheader()
        w.writerow({"name": "LoCoMo", "papers": 21, "example": "", "keep": "yes", "category": "knowledge"})
        w.writerow({"name": "SFT", "papers": 18, "example": "", "keep": "no", "category": ""})
        w.writerow({"name": "LOCOMO", "papers": 3, "example": "", "keep": "yes", "category": "knowledge"})
    assert apply(reviewed, "2026-12-05", vocab) == 1
    rows = list(csv.DictReader(vocab.open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ["MMLU", "LoCoMo"]
    assert rows[1]["aliases"] == "LOCOMO"   # two spellings of one name: one entry
    assert rows[1]["source"] == "mined from 24 arXiv listing papers, reviewed 2026-12-05" and rows[1]["case_sensitive"] == "true"
    with reviewed.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(["HumanML3D", 9, "", "yes", "motion"])
    with pytest.raises(SystemExit, match="category 'motion' is not one of"):
        apply(reviewed, "2026-12-05", vocab)


def test_the_command_never_overwrites_and_names_a_bad_line(tmp_path, capsys):
    listing = _listing(tmp_path / "l.jsonl", SENTENCES)
    out = tmp_path / "c.csv"
    assert main([str(listing), "--out", str(out), "--min-papers", "1"]) == 0
    with pytest.raises(SystemExit):
        main([str(listing), "--out", str(out)])
    assert "not overwritten" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.jsonl:2: not a JSON line"):
        mine([bad], [], 1)


def test_names_listed_with_a_known_benchmark_or_a_plural_head_are_candidates(tmp_path, monkeypatch):
    monkeypatch.setattr(mine_benchmarks, "_known", lambda name: name in ("MMLU", "ScanRefer"))
    listing = _listing(tmp_path / "l.jsonl", [
        "Extensive evaluations on ScanRefer and Nr3D confirm that SeeGround achieves substantial improvements.",
        "Experiments on the CUHK-PEDES, RSTPReid and ICFG-PEDES datasets verify the mAP improvement.",
        "We compare GPT-4 and Claude on coding tasks.",                      # no head word, no known name
    ])
    names = {r["name"] for r in mine([listing], [], min_papers=1)}
    assert {"Nr3D", "CUHK-PEDES", "RSTPReid", "ICFG-PEDES"} <= names
    assert not names & {"ScanRefer", "GPT-4", "Claude"}   # (known already; no head word and no known name)


def test_names_decided_in_an_earlier_review_are_not_offered_again(tmp_path):
    listing = _listing(tmp_path / "l.jsonl", SENTENCES)
    sheet = tmp_path / "review1.csv"
    sheet.write_text("name,papers,example,keep,category\nLoCoMo,21,,yes,long-context\n", encoding="utf-8")
    out = tmp_path / "c.csv"
    assert main([str(listing), "--out", str(out), "--min-papers", "1", "--reviewed", str(sheet)]) == 0
    assert "LoCoMo" not in out.read_text(encoding="utf-8") and "HumanML3D" in out.read_text(encoding="utf-8")


def test_a_coined_name_right_after_a_result_is_a_candidate(tmp_path):
    listing = _listing(tmp_path / "l.jsonl", [
        "Our model achieves 67.2% accuracy on StreamingBench, surpassing prior open models.",
        "It reaches 71.4% on StreamingBench and 58.0% on OVO-Bench.",
    ])
    names = {r["name"]: r["papers"] for r in mine([listing], [], min_papers=1)}
    assert names.get("StreamingBench") == 2 and names.get("OVO-Bench") == 1
