"""Run the dashboard app in Streamlit's AppTest for tests (no exception allowed)."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"


def run_app(query: dict[str, str] | None = None, timeout: float = 60) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    if query:
        at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts(node) -> list:
    return list(node.get("vega_lite_chart")) + list(node.get("arrow_vega_lite_chart"))
