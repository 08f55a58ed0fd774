"""The model page's data: which models the claims name, one model's registry facts and
claims, and two models side by side (pure transforms, no Streamlit; unit tested in
tests/test_dashboard_modelpage.py).

A model is named as the leaderboard names it (board.model_labels / board.model_key): its
registry name (model_id), else the name as written, with the size added when the registry
entry is unsized and the size came from the name ('Llama 3.1 (8B)'). Humans and unnamed
aggregates are never models here (they are the leaderboard's reference rows).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import pandas as pd

from claimboard.dashboard import transforms as T
from claimboard.dashboard.board import model_labels
from claimboard.dashboard.common import (
    as_number,
    as_text,
    blank_text,
    empty_frame,
    family_of,
    fmt_value,
    short_text,
    shorten,
)
from claimboard.schema.columns import KINDS
from claimboard.schema.registry import RegistryEntry, load_registry

CATALOG_COLUMNS = ["model", "model_id", "family", "params_b", "n_claims", "n_papers", "n_benchmarks", "written_as"]
FACT_COLUMNS = ["fact", "value", "source"]
MODEL_CLAIM_COLUMNS = ["benchmark", "subset", "metric", "value", "unit", "kind", "setting", "role", "qualifier",
                       "paper_title", "arxiv", "hf", "evidence", "written_as", "paper_id", "claim_id"]
COMPARE_COLUMNS = ["benchmark", "subset", "metric", "direction", "a", "a_papers", "a_settings", "b", "b_papers",
                   "b_settings", "difference", "advantage", "better"]
TIE = "tie"
_EPS = 1e-9


def labels(df: pd.DataFrame) -> pd.DataFrame:
    """model_labels of every row (key, reference): what the page's other functions take."""
    return model_labels(df)


def model_catalog(df: pd.DataFrame, names: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per named model (humans and unnamed aggregates left out), most claims first:
    its registry name (the most frequent model_id of its claims, blank when none), family
    (common.family_of: the registry's, else the name's first word; the colour key),
    size (the most frequent known params_b), claims, papers, benchmarks, and the names it is
    written as. `names`: labels(df), when already computed."""
    names = labels(df) if names is None else names
    keep = ~names["reference"] & names["key"].notna()
    if not keep.any():
        return empty_frame(CATALOG_COLUMNS)
    rows = df.loc[keep, ["model", "model_id", "model_family", "model_role", "params_b", "paper_id", "benchmark",
                         "claim_id"]]
    rows = rows.assign(_key=names.loc[keep, "key"], _family=family_of(rows))
    g = rows.groupby("_key", sort=False)
    out = g.agg(n_claims=("claim_id", "size"), n_papers=("paper_id", "nunique"), n_benchmarks=("benchmark", "nunique"))
    for col, source in (("model_id", "model_id"), ("family", "_family"), ("params_b", "params_b")):
        out[col] = _group_mode(rows, "_key", source)
    written = rows[["_key", "model"]].drop_duplicates()  # each name once: the join below stays small
    out["written_as"] = written.groupby("_key", sort=False)["model"].agg(_names)
    out = out.reset_index().rename(columns={"_key": "model"})
    out = out.sort_values(["n_claims", "model"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    for col in ("n_claims", "n_papers", "n_benchmarks"):
        out[col] = out[col].astype(int)
    out["model_id"] = out["model_id"].astype(object).where(out["model_id"].notna(), None)
    return out[CATALOG_COLUMNS]


def _group_mode(frame: pd.DataFrame, key: str, col: str) -> pd.Series:
    """Per value of `key`: the most frequent non-null value of `col` (ties: the smallest)."""
    d = frame[[key, col]].dropna(subset=[col])
    counts = d.groupby([key, col], sort=False).size().reset_index(name="_n")
    counts = counts.sort_values(["_n", col], ascending=[False, True], kind="mergesort")
    return counts.drop_duplicates(key).set_index(key)[col]


def _mode(values: pd.Series):
    """The most frequent non-null value (ties: the smallest), None when there is none."""
    v = values.dropna()
    if v.empty:
        return None
    counts = v.value_counts(sort=False)
    top = counts.max()
    return sorted(counts.index[counts == top], key=str)[0]


def _names(values: Iterable, limit: int = 8, chars: int = 60) -> str:
    kept = sorted({n.strip() for n in values if isinstance(n, str) and n.strip()})
    shown = " | ".join(shorten(n, chars) for n in kept[:limit])
    return shown + (f" | … ({len(kept) - limit} more)" if len(kept) > limit else "")


def model_rows(df: pd.DataFrame, model: str, names: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims of one model (as named by model_labels; never a reference row)."""
    names = labels(df) if names is None else names
    return df[(names["key"] == model) & ~names["reference"]]


# --------------------------------------------------------------------------- registry facts


@cache
def _registry_by_id() -> dict[str, RegistryEntry]:
    return {e.model_id: e for e in load_registry()}


def registry_entry(model_id) -> RegistryEntry | None:
    """The model registry's entry named model_id (schema/registry.py), None when there is
    none or the registry cannot be read."""
    name = as_text(model_id)
    if name is None:
        return None
    try:
        return _registry_by_id().get(name)
    except (OSError, ValueError, KeyError):  # a missing or broken registry file: no facts, no crash
        return None


def _num(v) -> str:
    n = as_number(v)
    return "" if n is None else fmt_value(n)


def _yes_no(v) -> str:
    return "" if v is None else ("yes" if v else "no")


_SIZE_SOURCES = {"registry": "the registry", "name": "the model's name", "text": "the papers' text"}


def model_facts(model: str, rows: pd.DataFrame, entry: RegistryEntry | None = None,
                lookup=registry_entry) -> pd.DataFrame:
    """What is known about a model (FACT_COLUMNS, every value text, blank when unknown, never
    'None'): the registry's facts (family, organisation, release date, parameters, active
    parameters, open weights, the registry's source) when its claims carry a model_id the
    registry knows, else what the claims say (family, size and where it came from); then the
    names it is written as and its claims, papers and benchmarks in `rows`."""
    model_id = _mode(rows["model_id"]) if len(rows) else None
    entry = entry if entry is not None else (lookup(model_id) if model_id else None)
    claimed_size = _mode(rows["params_b"]) if len(rows) else None
    size_from = _mode(rows.loc[rows["params_b"] == claimed_size, "params_source"]) if claimed_size is not None else None
    claimed_active = _mode(rows["active_params_b"]) if len(rows) else None
    family_claims = _mode(rows["model_family"]) if len(rows) else None
    registry = "the model registry"
    if entry is None:
        not_there = "not in the model registry" if model_id is None else f"{model_id} is not in the registry now"
        facts = [
            ("registry name", as_text(model_id) or "", not_there),
            ("family", as_text(family_claims) or "",
             "the claims" if family_claims else "unknown (charts group it by the first word of its name)"),
            ("organisation", "", "unknown (not in the registry)"),
            ("release date", "", "unknown (not in the registry)"),
        ]
    else:
        facts = [
            ("registry name", entry.model_id, registry + (" (curated)" if entry.curated else " (Epoch AI's models table)")),
            ("family", entry.family, registry),
            ("organisation", as_text(entry.organisation) or "", registry if entry.organisation else "the registry does not say"),
            ("release date", as_text(entry.release_date) or "", registry if entry.release_date else "the registry does not say"),
        ]
    if entry is not None and entry.params_b is not None:
        size, size_source = _num(entry.params_b), registry
    else:
        size = _num(claimed_size)
        size_source = f"the claims ({_SIZE_SOURCES.get(str(size_from), 'stated')})" if size else "unknown"
    if entry is not None and entry.active_params_b is not None:
        active, active_source = _num(entry.active_params_b), registry
    else:
        active = _num(claimed_active)
        active_source = "the claims" if active else "unknown or not a mixture of experts"
    facts += [
        ("parameters (billions)", size, size_source),
        ("active parameters (billions)", active, active_source),
        ("open weights", _yes_no(entry.open_weights) if entry else "",
         registry if entry is not None and entry.open_weights is not None else "unknown"),
        ("registry source", entry.source if entry else "", "" if entry else "not in the model registry"),
        ("written as", _names(rows["model"]) if len(rows) else "", "the claims"),
        ("claims", f"{len(rows):,}", "in this selection"),
        ("papers", f"{rows['paper_id'].nunique():,}" if len(rows) else "0", "in this selection"),
        ("benchmarks", f"{rows['benchmark'].nunique():,}" if len(rows) else "0", "in this selection"),
    ]
    facts = [("model", model, "its registry name, else the name as written")] + facts
    return pd.DataFrame(facts, columns=FACT_COLUMNS)


# --------------------------------------------------------------------------- claims


def model_claims(rows: pd.DataFrame) -> pd.DataFrame:
    """A model's claims for a table (MODEL_CLAIM_COLUMNS): by benchmark, metric, kind, subset,
    best value first; `arxiv` and `hf` links where the paper id is an arXiv id; missing text
    blank (None), never 'nan'."""
    if rows.empty:
        return empty_frame(MODEL_CLAIM_COLUMNS)
    sign = T.metric_directions(rows)
    kind_order = {k: i for i, k in enumerate(KINDS)}
    out = rows.assign(_kind=rows["kind"].map(kind_order), _score=-(rows["value"] * sign),
                      _subset=rows["subset"].fillna(""))
    out = out.sort_values(["benchmark", "metric", "_kind", "_subset", "_score", "claim_id"], kind="mergesort")
    links = T.paper_links(out["paper_id"])
    table = pd.DataFrame({
        "benchmark": out["benchmark"], "subset": out["subset"], "metric": out["metric"], "value": out["value"],
        "unit": out["unit"], "kind": out["kind"], "setting": out["setting"], "role": out["model_role"],
        "qualifier": out["qualifier"], "paper_title": out["paper_title"], "arxiv": links["arxiv"],
        "hf": links["hf"], "evidence": out["evidence"], "written_as": out["model"], "paper_id": out["paper_id"],
        "claim_id": out["claim_id"],
    })
    text = [c for c in MODEL_CLAIM_COLUMNS if c != "value"]
    table[text] = table[text].astype(object).where(table[text].notna(), None)
    return table.reset_index(drop=True)[MODEL_CLAIM_COLUMNS]


MODEL_POINT_COLUMNS = ["panel", "value", "family", "paper_title", "setting", "subset", "claim_id", "order"]


def model_points(rows: pd.DataFrame, limit: int = 40) -> pd.DataFrame:
    """The model page chart's points: the model's scores (kind 'score'), one row per claim,
    on the `limit` benchmark+metric panels with the most claims (`order`: the panel's
    place); text blank where missing and cut for the tooltip."""
    scores = rows[rows["kind"] == "score"]
    if scores.empty:
        return empty_frame(MODEL_POINT_COLUMNS)
    panel = T.panel_labels(scores)
    counts = panel.value_counts()
    top = sorted(counts.index, key=lambda p: (-counts[p], p))[:limit]
    order = {p: i for i, p in enumerate(top)}
    keep = panel.isin(order)
    out = pd.DataFrame({"panel": panel[keep], "value": scores.loc[keep, "value"],
                        "family": family_of(scores.loc[keep]), "paper_title": scores.loc[keep, "paper_title"],
                        "setting": scores.loc[keep, "setting"], "subset": scores.loc[keep, "subset"],
                        "claim_id": scores.loc[keep, "claim_id"], "order": panel[keep].map(order)})
    out = blank_text(out, ("paper_title", "setting", "subset"))
    return short_text(out, ("panel", "paper_title", "subset")).reset_index(drop=True)[MODEL_POINT_COLUMNS]


# --------------------------------------------------------------------------- compare


def _per_model(rows: pd.DataFrame, index: Mapping | None) -> pd.DataFrame:
    """Per benchmark, subset ('' when none) and metric: the median over papers of each
    paper's best value (direction-aware, as the leaderboard counts), papers, settings."""
    sign = T.metric_directions(rows, index)
    r = rows.assign(_subset=rows["subset"].fillna(""), _score=rows["value"] * sign, _sign=sign,
                    _setting=rows["setting"].fillna(T.NOT_STATED))
    keys = ["benchmark", "_subset", "metric"]
    per_paper = (r.sort_values(["_score", "claim_id"], ascending=[False, True], kind="mergesort")
                 .groupby(keys + ["paper_id"], sort=False).agg(value=("value", "first"), sign=("_sign", "first"))
                 .reset_index())
    out = per_paper.groupby(keys, sort=False).agg(median=("value", "median"), papers=("paper_id", "size"),
                                                  sign=("sign", "first"))
    out["settings"] = r.groupby(keys, sort=False)["_setting"].agg(lambda s: " | ".join(sorted(set(s))))
    return out


def compare_models(df: pd.DataFrame, a: str, b: str, names: pd.DataFrame | None = None, *, kind: str = "score",
                   index: Mapping | None = None) -> pd.DataFrame:
    """Two models side by side (COMPARE_COLUMNS): the benchmarks, subsets and metrics both
    have claims of `kind` on (absolute scores by default: a delta's baseline differs from
    paper to paper), with each model's median over papers (a, b), its papers and the
    settings its claims state; difference = a - b; advantage = the difference signed so
    that positive means `a` is better (the metric's direction, from the metric registry);
    better: a, b or TIE. Empty when they share none."""
    names = labels(df) if names is None else names
    base = (df["kind"] == kind) & ~names["reference"]
    rows_a, rows_b = df[base & (names["key"] == a)], df[base & (names["key"] == b)]
    if rows_a.empty or rows_b.empty or a == b:
        return empty_frame(COMPARE_COLUMNS)
    left, right = _per_model(rows_a, index), _per_model(rows_b, index)
    both = left.join(right, how="inner", suffixes=("_a", "_b"))
    if both.empty:
        return empty_frame(COMPARE_COLUMNS)
    out = both.reset_index()
    out["direction"] = ["higher is better" if s > 0 else "lower is better" for s in out["sign_a"]]
    # medians of two values are halves: 9 decimals hide float noise (80 shows as 80, not 79.99999999999999)
    out["median_a"], out["median_b"] = out["median_a"].round(9), out["median_b"].round(9)
    out["difference"] = (out["median_a"] - out["median_b"]).round(9)
    out["advantage"] = out["difference"] * out["sign_a"]
    out["better"] = [a if v > _EPS else b if v < -_EPS else TIE for v in out["advantage"]]
    out = out.rename(columns={"_subset": "subset", "median_a": "a", "median_b": "b", "papers_a": "a_papers",
                              "papers_b": "b_papers", "settings_a": "a_settings", "settings_b": "b_settings"})
    out["subset"] = out["subset"].astype(object).where(out["subset"] != "", None)
    for col in ("a_papers", "b_papers"):
        out[col] = out[col].astype(int)
    out = out.sort_values(["benchmark", "metric", "subset"], kind="mergesort", na_position="first")
    return out.reset_index(drop=True)[COMPARE_COLUMNS]


def compare_summary(table: pd.DataFrame, a: str, b: str) -> dict[str, int]:
    """How many shared benchmark rows each model is better on, and the ties."""
    counts = table["better"].value_counts() if len(table) else pd.Series(dtype=int)
    return {a: int(counts.get(a, 0)), b: int(counts.get(b, 0)), TIE: int(counts.get(TIE, 0))}
