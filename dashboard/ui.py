"""Streamlit helpers shared by the dashboard's views (dashboard/app.py and views_*.py).

Nothing from the data is ever rendered as HTML: text goes through st.text/st.dataframe or
through escape() before st.markdown. Tables show missing values blank (placeholder "").
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from claimboard.dashboard import transforms as T
from claimboard.schema.columns import KINDS

DRILL_ROWS = 1000  # rows of a claims table (the CSV download has them all)
# d3 formats of chart values: axes with 4 significant digits, trailing zeros dropped (24.2,
# never 24.200000 or 2e+1: Vega adds a precision to a format that has none), tooltips with 6
AXIS_FORMAT = ",.4~g"
VALUE_FORMAT = ",.6~g"

# the arXiv and Hugging Face links of a claims table (transforms.paper_links)
LINK_COLUMNS = {
    "arxiv": st.column_config.LinkColumn("arXiv", display_text=r"https://arxiv\.org/abs/(.*)", width="small",
                                         help="The paper on arXiv (blank: the paper id is not an arXiv id)"),
    "hf": st.column_config.LinkColumn("HF", display_text="HF papers", width="small",
                                      help="The paper's page on Hugging Face papers (blank: no arXiv id)"),
}


def table(data: pd.DataFrame, **kwargs):
    """st.dataframe without the index, missing values blank (never 'None')."""
    kwargs.setdefault("hide_index", True)
    return st.dataframe(data, placeholder="", **kwargs)


def with_links(frame: pd.DataFrame) -> pd.DataFrame:
    """frame (claims) with `arxiv` and `hf` link columns from its paper_id."""
    return pd.concat([frame, T.paper_links(frame["paper_id"])], axis=1)


def count(n: int, word: str, plural: str | None = None) -> str:
    """'1 claim', '2 claims', '1,204 papers'."""
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def escape(text) -> str:
    return T.escape_markdown("" if text is None else str(text))


def code_span(text) -> str:
    return T.inline_code("" if text is None else str(text))


def present_kinds(df: pd.DataFrame) -> list[str]:
    present = set(df["kind"].unique().tolist())
    return [k for k in KINDS if k in present]


def keep_valid(key: str, options: list, *, multi: bool, fallback=None) -> None:
    """Drop a stored widget value that is no longer among the widget's options."""
    if key not in st.session_state:
        if fallback is not None:
            st.session_state[key] = fallback
        return
    value = st.session_state[key]
    if multi:
        kept = [v for v in (value or []) if v in options]
        if kept != value:
            st.session_state[key] = kept or ([] if fallback is None else fallback)
    elif value not in options:
        if fallback is None:
            del st.session_state[key]
        else:
            st.session_state[key] = fallback


def pick_from_event(event, param: str, state_key: str, field: str = "claim_id") -> None:
    """A chart selection picks the claim shown under Provenance (once per new pick)."""
    try:
        picked = event.selection.get(param) if param else None
    except AttributeError:
        picked = None
    claim = None
    if isinstance(picked, list) and picked and isinstance(picked[0], dict):
        claim = picked[0].get(field)
    marker = f"_last_{state_key}"
    if claim and st.session_state.get(marker) != claim:
        st.session_state["prov_claim"] = claim
    st.session_state[marker] = claim
