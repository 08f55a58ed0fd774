"""Small pure helpers shared by the dashboard's transform modules (no Streamlit here)."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

# Label of claims whose model the text does not name (and of their model family).
UNNAMED_MODEL = "(unnamed)"
# Longest paper title, model name or subset a chart point carries into its tooltip
# (dashboard/loading.py already cuts every text value to loading.MAX_TEXT_CHARS).
TOOLTIP_CHARS = 200
_SEP = "|"


def join_list(items: Iterable[str]) -> str:
    """Join names with '|', escaping '|' and '\\' inside a name."""
    return _SEP.join(str(s).replace("\\", "\\\\").replace(_SEP, "\\" + _SEP) for s in items)


def split_list(text: str) -> list[str]:
    """Inverse of join_list; empty names are dropped."""
    out: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i + 1])
            i += 2
            continue
        if ch == _SEP:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return [s for s in out if s]


def as_text(value) -> str | None:
    """value as stripped text; None for None, NaN, NA and blank."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def as_number(value) -> float | None:
    """value as a finite float; None when it is not one."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def shorten(text, n: int) -> str:
    """text cut to n characters, ending in … when cut; '' for None."""
    text = "" if text is None else str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def short_text(frame: pd.DataFrame, cols: Iterable[str], n: int | None = None) -> pd.DataFrame:
    """frame with the text of `cols` cut to n characters (TOOLTIP_CHARS): chart data stays small."""
    n = TOOLTIP_CHARS if n is None else n
    frame = frame.copy()
    for col in cols:
        s = frame[col]
        long = s.notna() & (s.astype(str).str.len() > n)
        if long.any():
            frame[col] = s.where(~long, s[long].map(lambda v: shorten(v, n)))
    return frame


def blank_text(frame: pd.DataFrame, cols: Iterable[str]) -> pd.DataFrame:
    """frame with missing values of the text columns `cols` as '' (a chart tooltip would
    print 'null'; a table 'None')."""
    frame = frame.copy()
    for col in cols:
        if col in frame:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), "")
    return frame


def empty_frame(columns) -> pd.DataFrame:
    """An empty frame with these columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


def fmt_value(v: float) -> str:
    """A claimed value as text: 86.4, 0.25, 1e+06 (no trailing zeros)."""
    return f"{v:g}"


def model_family(model: pd.Series) -> pd.Series:
    """First token of the model's name ('LLaMA-2-7B' -> 'LLaMA', 'GPT-4o' -> 'GPT')."""
    first = model.fillna("").astype(str).str.strip().str.split(r"[\s\-_/:,()]+", n=1, regex=True).str[0]
    return first.where(first != "", UNNAMED_MODEL)


def family_of(df: pd.DataFrame) -> pd.Series:
    """The family a claim's colour stands for: the registry's (model_family), else the first
    token of the name as written (model_family() above); 'human' for human baselines and
    UNNAMED_MODEL for claims that name no model (role 'unnamed' or no name)."""
    fam = df["model_family"].astype(object)
    fam = fam.where(fam.notna() & (fam.astype(str).str.strip() != ""), None)
    missing = fam.isna()
    if missing.any():
        fam = fam.copy()
        fam[missing] = model_family(df.loc[missing, "model"])
    role = df["model_role"].astype(object)
    fam = fam.where(role != "human", "human")
    fam = fam.where((role != "unnamed") & df["model"].notna(), UNNAMED_MODEL)
    return fam.astype(object)
