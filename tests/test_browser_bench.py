"""Smoke tests of bench/browser_bench.py (the time to the first chart in headless Chromium).

No wall-clock assertions: the bench reports timings, it is never tested on them."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS
from claimboard.schema.io import write_parquet

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "browser_bench.py"


def _load():
    spec = importlib.util.spec_from_file_location("browser_bench", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["browser_bench"] = mod
    spec.loader.exec_module(mod)
    return mod


bench = _load()


def test_help_has_an_example():
    out = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=True).stdout
    assert "--n" in out and "--reps" in out and "--data" in out
    assert "bench/browser_bench.py --n" in out  # an example command line


def test_bare_page_draws_one_chart(tmp_path, monkeypatch):
    """The generated bare page runs over a claims file and draws one Altair chart."""
    from streamlit.testing.v1 import AppTest

    data = tmp_path / "claims.parquet"
    write_parquet(synthetic_claims(300, seed=0), CLAIM_COLUMNS, data)
    page = tmp_path / "bare_page.py"
    page.write_text(bench.BARE_PAGE)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(data))
    at = AppTest.from_file(str(page), default_timeout=60).run()
    assert not at.exception
    assert len(at.get("arrow_vega_lite_chart")) + len(at.get("vega_lite_chart")) == 1


def test_one_repetition_writes_json(tmp_path):
    """One repetition over a small file: both pages are timed and the JSON says so."""
    if not (bench.CHROMIUM.exists() and bench.CHROMEDRIVER.exists()):
        pytest.skip(f"{bench.CHROMIUM} or {bench.CHROMEDRIVER} not installed")
    data = tmp_path / "claims.parquet"
    write_parquet(synthetic_claims(200, seed=0), CLAIM_COLUMNS, data)
    out = tmp_path / "result.json"
    assert bench.main(["--data", str(data), "--n", "0", "--reps", "1", "--timeout", "120", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    [row] = result["results"]
    assert row["rows"] == 200 and len(row["cold"]["app"]) == 1 and len(row["cold"]["bare"]) == 1
    assert row["bare_median"] > 0 and row["pages"]["app"]["cold_median"] > 0 and row["pages"]["app"]["ratio"] > 0
    assert all(s["error"] is None for s in result["samples"]), result["samples"]
