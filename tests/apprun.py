"""Run the dashboard app in Streamlit's AppTest for tests (no exception allowed).

The app computes and draws only the open tab (st.tabs bound to the query parameter
"view"): a test opens the tab it reads, with run_app(tab=...) or open_tab(at, ...)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
TABS = ["Size view", "Benchmarks", "Leaderboard", "Model", "Claimed vs independent", "Provenance"]
DEFAULT_TAB = TABS[0]


def run_app(query: dict[str, str] | None = None, timeout: float = 60, tab: str | None = None) -> AppTest:
    """A first run of the app with these query parameters, on the tab `tab` (as a visitor
    following a link with ?view=<tab>); the default tab when None."""
    assert tab is None or tab in TABS, tab
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    if query:
        at.query_params.update(query)
    if tab is not None:
        at.query_params["view"] = tab
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_tab(at: AppTest, label: str) -> AppTest:
    """Click the tab `label` (in the same session) and rerun. The browser also writes the
    tab into the URL (no parameter for the default tab): AppTest sends at.query_params on
    every run, and a stale "view" there would win over the click."""
    assert label in TABS, label
    at.session_state["view"] = label
    if label == DEFAULT_TAB:
        at.query_params.pop("view", None)
    else:
        at.query_params["view"] = label
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert open_label(at) == label
    return at


def open_label(at: AppTest) -> str:
    """The tab the app drew (the one with content: the others are empty)."""
    drawn = [t.label for t in at.tabs if len(t.children)]
    assert len(drawn) == 1, drawn
    return drawn[0]


def each_tab(at: AppTest) -> Iterator[str]:
    """Open every tab in turn (in the same session), yielding its label."""
    for label in TABS:
        open_tab(at, label)
        yield label


def charts(node) -> list:
    return list(node.get("vega_lite_chart")) + list(node.get("arrow_vega_lite_chart"))
