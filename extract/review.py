"""Manual review of extracted claims: draw a reproducible random sample into a spreadsheet-safe
CSV sheet with the evidence and empty verdict/note columns, then score the filled-in sheet
(precision and the share of every verdict, each with a 95% Wilson score interval).

Verdicts, exactly (case and surrounding spaces are ignored): correct, wrong value,
wrong benchmark, wrong model, not a claim. An empty verdict means "not reviewed".
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from claimboard.schema.io import atomic_write_bytes, csv_bytes, unneutralise

VERDICTS = ("correct", "wrong value", "wrong benchmark", "wrong model", "not a claim")
Z95 = 1.959964
CONFIDENCE_SPLIT = 0.8

# Columns of the sheet, in order, before the reviewer's verdict and note.
SHEET_COLUMNS = [
    "claim_id", "paper_title", "model", "params_b", "benchmark", "subset", "metric", "value",
    "value_high", "unit", "kind", "qualifier", "confidence", "evidence", "value_text", "char_start",
]
REVIEW_COLUMNS = ["verdict", "note"]
NUMERIC_COLUMNS = ("params_b", "value", "value_high", "confidence", "char_start")


def sample_claims(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """n rows drawn without replacement; all rows when n >= len(df).

    The draw is made over the rows ordered by claim_id, so the same claims and seed give the
    same sample whatever the row order of the file; the sample keeps the file's order.
    """
    if n < 0:
        raise ValueError(f"sample size must be 0 or more, not {n}")
    if "claim_id" not in df.columns:
        raise ValueError("no claim_id column: not a claims table")
    df = df.reset_index(drop=True)
    if n >= len(df):
        return df
    order = df["claim_id"].astype(str).sort_values(kind="stable").index
    # RandomState (not default_rng): numpy keeps its stream stable across versions
    picked = pd.Series(order).sample(n=n, random_state=seed)
    return df.iloc[sorted(picked)].reset_index(drop=True)


def sheet_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The sheet's columns of df, with empty verdict and note columns."""
    missing = [c for c in SHEET_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"not a claims table: missing column(s) {', '.join(missing)}")
    out = df[SHEET_COLUMNS].copy()
    for col in REVIEW_COLUMNS:
        out[col] = ""
    return out


def write_sheet(df: pd.DataFrame, path: str | Path) -> None:
    """Write the review sheet as CSV (text cells neutralised against formulas), atomically."""
    atomic_write_bytes(Path(path), csv_bytes(sheet_frame(df)))


def read_sheet(path: str | Path) -> pd.DataFrame:
    """A sheet read back: text exactly as written (neutralisation undone), numbers as floats."""
    try:
        # utf-8-sig: spreadsheets often save with a byte-order mark
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise ValueError(f"not a readable CSV file ({err.__class__.__name__})") from None
    for col in NUMERIC_COLUMNS:
        if col in df.columns:
            df[col] = pd.to_numeric(df[col].str.strip(), errors="coerce")
    return unneutralise(df)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for k successes in n trials; None when n = 0."""
    if n <= 0:
        return None
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def proportion(k: int, n: int) -> dict:
    """k of n with its share and 95% Wilson interval (share and bounds None when n = 0)."""
    ci = wilson(k, n)
    return {"k": k, "n": n, "share": k / n if n else None,
            "low": ci[0] if ci else None, "high": ci[1] if ci else None}


def _normal_verdict(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return " ".join(str(v).split()).lower()


def score_sheet(df: pd.DataFrame, split: float = CONFIDENCE_SPLIT) -> dict:
    """Precision and verdict shares of a filled-in sheet.

    Rows with an empty verdict are not reviewed and left out. An unknown verdict raises
    ValueError naming the rows (spreadsheet row numbers: the header is row 1).
    """
    if "verdict" not in df.columns:
        raise ValueError("no verdict column: not a review sheet (make one with: claimboard review CLAIMS --out FILE)")
    verdicts = df["verdict"].map(_normal_verdict)
    bad = verdicts[(verdicts != "") & ~verdicts.isin(VERDICTS)]
    if len(bad):
        ids = df["claim_id"] if "claim_id" in df.columns else None
        shown = [f"row {pos + 2}" + (f" ({ids.iloc[pos]})" if ids is not None else "") + f" {df['verdict'].iloc[pos]!r}"
                 for pos in (df.index.get_loc(i) for i in bad.index[:5])]
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise ValueError(f"unknown verdict in {', '.join(shown)}{more}; allowed: {', '.join(VERDICTS)}")
    reviewed = verdicts != ""
    n = int(reviewed.sum())
    counts = {v: int((verdicts == v).sum()) for v in VERDICTS}
    result = {
        "rows": len(df),
        "reviewed": n,
        "not_reviewed": len(df) - n,
        "counts": counts,
        "precision": proportion(counts["correct"], n),
        "verdicts": {v: proportion(counts[v], n) for v in VERDICTS},
        "by_confidence": None,
    }
    if "confidence" in df.columns:
        conf = pd.to_numeric(df["confidence"], errors="coerce")
        if conf[reviewed].notna().any():
            correct = verdicts == "correct"
            bands = []
            for label, mask in ((f"confidence >= {split:g}", conf >= split), (f"confidence < {split:g}", conf < split)):
                m = reviewed & mask
                bands.append({"band": label, **proportion(int((m & correct).sum()), int(m.sum()))})
            result["by_confidence"] = bands
    return result


def _fmt(p: dict) -> str:
    if not p["n"]:
        return f"{'-':>5}  {p['k']:>3}/{p['n']:<3}  (none reviewed: no interval)"
    return f"{p['share']:.3f}  {p['k']:>3}/{p['n']:<3}  95% CI {p['low']:.3f}-{p['high']:.3f}"


def format_score(result: dict) -> list[str]:
    """Lines for the terminal: precision, then every verdict, then confidence bands."""
    lines = [f"{result['reviewed']} of {result['rows']} rows reviewed ({result['not_reviewed']} without a verdict, left out)"]
    width = 21
    lines.append(f"{'precision':<{width}}{_fmt(result['precision'])}")
    lines.append("verdicts (share of reviewed):")
    for v in VERDICTS:
        lines.append(f"  {v:<{width - 2}}{_fmt(result['verdicts'][v])}")
    if result["by_confidence"]:
        lines.append("precision by confidence:")
        for band in result["by_confidence"]:
            lines.append(f"  {band['band']:<{width - 2}}{_fmt(band)}")
    return lines
