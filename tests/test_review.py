"""The review tool: a reproducible sample sheet, spreadsheet-safe, and its scoring
(precision and verdict shares with 95% Wilson intervals checked against hand computation)."""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pandas as pd
import pytest

from claimboard.extract import review
from claimboard.extract.cli import main
from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.io import write_parquet


def claims(n: int) -> pd.DataFrame:
    rows = []
    for i in range(n):
        rows.append({c: None for c in names(CLAIM_COLUMNS)} | {
            "claim_id": f"paper-{i // 3}:{100 + i}:1", "paper_id": f"paper-{i // 3}", "paper_title": f"Paper {i // 3}",
            "source": "seeds/x.txt", "model": f"FooNet-{i}", "params_b": 7.0, "benchmark": "GSM8K",
            "benchmark_known": True, "metric": "accuracy", "value": 50.0 + i % 40, "value_text": f"{50 + i % 40}",
            "unit": "%", "kind": "score", "evidence": f"FooNet-{i} reaches {50 + i % 40}% on GSM8K.",
            "char_start": 100 + i, "char_end": 103 + i, "extractor": "on-benchmark@1",
            "confidence": 0.9 if i % 2 == 0 else 0.6,
        })
    return pd.DataFrame(rows)


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


# --- Wilson interval ---------------------------------------------------------------------

@pytest.mark.parametrize("k, n, low, high", [
    (8, 10, 0.4902, 0.9433),   # hand-computed: centre 0.7167, half-width 0.2266
    (1, 10, 0.0179, 0.4042),
    (0, 10, 0.0, 0.2775),      # upper = z^2 / (n + z^2)
    (10, 10, 0.7225, 1.0),
])
def test_wilson_matches_hand_computation(k, n, low, high):
    lo, hi = review.wilson(k, n)
    assert lo == pytest.approx(low, abs=5e-4) and hi == pytest.approx(high, abs=5e-4)


def test_wilson_of_nothing_is_no_interval():
    assert review.wilson(0, 0) is None
    assert review.proportion(0, 0) == {"k": 0, "n": 0, "share": None, "low": None, "high": None}


# --- sampling ------------------------------------------------------------------------------

def test_same_seed_same_sample_and_row_order_does_not_matter():
    df = claims(200)
    a = review.sample_claims(df, 20, seed=7)
    b = review.sample_claims(df, 20, seed=7)
    shuffled = review.sample_claims(df.sample(frac=1, random_state=1), 20, seed=7)
    assert len(a) == 20 and a["claim_id"].is_unique
    assert a["claim_id"].tolist() == b["claim_id"].tolist()
    assert set(shuffled["claim_id"]) == set(a["claim_id"])


def test_different_seed_different_sample():
    df = claims(200)
    assert set(review.sample_claims(df, 20, seed=1)["claim_id"]) != set(review.sample_claims(df, 20, seed=2)["claim_id"])


def test_sample_keeps_file_order_and_takes_all_when_n_is_large():
    df = claims(30)
    s = review.sample_claims(df, 10, seed=0)
    positions = [df.index[df["claim_id"] == c][0] for c in s["claim_id"]]
    assert positions == sorted(positions)
    assert review.sample_claims(df, 30, seed=0)["claim_id"].tolist() == df["claim_id"].tolist()
    assert review.sample_claims(df, 500, seed=0)["claim_id"].tolist() == df["claim_id"].tolist()


# --- the sheet -----------------------------------------------------------------------------

def test_sheet_has_the_columns_and_empty_verdicts(tmp_path):
    review.write_sheet(claims(4), tmp_path / "s.csv")
    header = (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == review.SHEET_COLUMNS + ["verdict", "note"]
    back = review.read_sheet(tmp_path / "s.csv")
    assert (back["verdict"] == "").all() and (back["note"] == "").all()
    assert back["claim_id"].tolist() == claims(4)["claim_id"].tolist()


def test_formulas_are_neutralised_and_read_back_intact(tmp_path):
    df = claims(3)
    df.loc[0, "paper_title"] = '=HYPERLINK("http://x","y")'
    df.loc[1, "model"] = "@SUM(A1)"
    df.loc[2, "value"] = -3.5
    review.write_sheet(df, tmp_path / "s.csv")
    text = (tmp_path / "s.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and '"=HYPERLINK' not in text
    assert ",'@SUM(A1)," in text
    assert ",-3.5," in text  # numbers stay numbers
    back = review.read_sheet(tmp_path / "s.csv")
    assert back.loc[0, "paper_title"] == '=HYPERLINK("http://x","y")'
    assert back.loc[1, "model"] == "@SUM(A1)"
    assert back.loc[2, "value"] == -3.5


def test_a_frame_without_the_claim_columns_is_refused(tmp_path):
    with pytest.raises(ValueError, match="missing column"):
        review.write_sheet(pd.DataFrame({"claim_id": ["a"]}), tmp_path / "s.csv")
    assert not (tmp_path / "s.csv").exists()


# --- scoring -------------------------------------------------------------------------------

def filled_sheet(tmp_path: Path, verdicts: list[str]) -> Path:
    """A sheet written by the tool, then filled in and saved the way a spreadsheet would."""
    path = tmp_path / "sheet.csv"
    review.write_sheet(claims(len(verdicts)), path)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df["verdict"] = verdicts
    df.to_csv(path, index=False)
    return path


def test_round_trip_precision_and_wilson_bounds(tmp_path):
    # 8 correct, 1 wrong value, 1 not a claim, 2 not reviewed
    c = "correct"
    verdicts = [c, "wrong value", c, " Not a  Claim ", c, c, c, c, c, c, "", ""]
    result = review.score_sheet(review.read_sheet(filled_sheet(tmp_path, verdicts)))
    assert (result["rows"], result["reviewed"], result["not_reviewed"]) == (12, 10, 2)
    assert result["counts"] == {"correct": 8, "wrong value": 1, "wrong benchmark": 0, "wrong model": 0, "not a claim": 1}
    p = result["precision"]
    assert p["share"] == pytest.approx(0.8)
    assert p["low"] == pytest.approx(0.490, abs=1e-3) and p["high"] == pytest.approx(0.943, abs=1e-3)
    wv = result["verdicts"]["wrong value"]
    assert wv["share"] == pytest.approx(0.1)
    assert wv["low"] == pytest.approx(0.018, abs=1e-3) and wv["high"] == pytest.approx(0.404, abs=1e-3)
    assert result["verdicts"]["wrong model"]["high"] == pytest.approx(0.2775, abs=5e-4)
    # confidence 0.9 on even rows, 0.6 on odd rows
    high, low = result["by_confidence"]
    assert high["band"] == "confidence >= 0.8" and (high["k"], high["n"]) == (5, 5)
    assert low["band"] == "confidence < 0.8" and (low["k"], low["n"]) == (3, 5)
    assert low["low"] == pytest.approx(0.2307, abs=5e-4) and low["high"] == pytest.approx(0.8824, abs=5e-4)


def test_unknown_verdict_names_the_row(tmp_path):
    path = filled_sheet(tmp_path, ["correct", "wrong", "", "wrong model"])
    with pytest.raises(ValueError, match=r"row 3 \(paper-0:101:1\) 'wrong'") as exc:
        review.score_sheet(review.read_sheet(path))
    assert "row 5" not in str(exc.value) and "allowed: correct, wrong value" in str(exc.value)


def test_nothing_reviewed_gives_no_interval_and_no_crash(tmp_path):
    result = review.score_sheet(review.read_sheet(filled_sheet(tmp_path, ["", "", ""])))
    assert result["reviewed"] == 0 and result["precision"]["share"] is None and result["precision"]["low"] is None
    assert result["by_confidence"] is None
    assert "0 of 3 rows reviewed" in review.format_score(result)[0]


def test_a_sheet_without_verdicts_is_refused():
    with pytest.raises(ValueError, match="no verdict column"):
        review.score_sheet(pd.DataFrame({"claim_id": ["a"]}))


# --- the command ---------------------------------------------------------------------------

def test_cli_sample_then_score(tmp_path):
    write_parquet(claims(50), CLAIM_COLUMNS, tmp_path / "claims.parquet")
    rc, out, err = run_cli(["review", "claims.parquet", "--sample", "10", "--seed", "3", "--out", "s.csv"], tmp_path)
    assert rc == 0 and err == "" and "10 of 50 claims" in out and "review --score s.csv" in out
    first = (tmp_path / "s.csv").read_bytes()
    rc, out, err = run_cli(["review", "claims.parquet", "--sample", "10", "--seed", "3", "--out", "again.csv"], tmp_path)
    assert rc == 0 and (tmp_path / "again.csv").read_bytes() == first

    df = pd.read_csv(tmp_path / "s.csv", dtype=str, keep_default_na=False)
    df["verdict"] = ["correct"] * 8 + ["wrong benchmark", "not a claim"]
    df.to_csv(tmp_path / "s.csv", index=False)
    rc, out, err = run_cli(["review", "--score", "s.csv"], tmp_path)
    assert rc == 0 and err == ""
    assert "10 of 10 rows reviewed" in out
    line = next(x for x in out.splitlines() if x.startswith("precision "))
    assert line.split() == ["precision", "0.800", "8/10", "95%", "CI", "0.490-0.943"]


def test_cli_never_overwrites_a_sheet(tmp_path):
    write_parquet(claims(5), CLAIM_COLUMNS, tmp_path / "claims.parquet")
    (tmp_path / "s.csv").write_text("my verdicts")
    rc, out, err = run_cli(["review", "claims.parquet", "--out", "s.csv"], tmp_path)
    assert rc == 1 and err.count("\n") == 1 and "already exists" in err
    assert (tmp_path / "s.csv").read_text() == "my verdicts"


@pytest.mark.parametrize("args, message", [
    (["review"], "give a claims file"),
    (["review", "--score", "none.csv"], "none.csv: no such file"),
    (["review", "claims.parquet", "--score", "s.csv"], "--score takes only the sheet"),
    (["review", "claims.parquet", "--sample", "0"], "--sample must be at least 1"),
])
def test_cli_usage_errors_are_one_line(tmp_path, args, message):
    rc, out, err = run_cli(args, tmp_path)
    assert rc == 1 and err.count("\n") == 1 and message in err and "Traceback" not in err


def test_cli_unknown_verdict_is_one_line_and_exit_1(tmp_path):
    filled_sheet(tmp_path, ["correct", "right"])
    rc, out, err = run_cli(["review", "--score", "sheet.csv"], tmp_path)
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and "row 3" in err and "'right'" in err


def test_cli_help_has_the_example(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["review", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    example = text.split("example:", 1)[1]
    assert "claimboard review" in example and "--score" in example
    assert "wrong benchmark" in text
