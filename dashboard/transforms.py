"""Pure data transforms behind the dashboard (no Streamlit here, so they are unit tested).

Every function takes a validated claims frame (the columns of schema.columns.CLAIM_COLUMNS)
and returns new frames; none of them mutates its input.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

import pandas as pd

from schema.columns import KINDS

# Label used wherever a null category has to be shown or chosen.
UNKNOWN_CATEGORY = "(unknown)"
# Label of the model family (colour) of claims whose model the text does not name.
UNNAMED_MODEL = "(unnamed)"
# The most points a chart gets by default.
MAX_POINTS = 5000
# Longest paper title, model name or subset a chart point carries into its tooltip
# (dashboard/loading.py already cuts every text value to loading.MAX_TEXT_CHARS).
TOOLTIP_CHARS = 200

# Metrics where a smaller number is the better result, whatever the benchmark.
LOWER_IS_BETTER_METRICS = frozenset(
    {"wer", "cer", "ter", "perplexity", "ppl", "error", "error rate", "mae", "mse", "rmse", "fid", "loss", "latency"}
)


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects. An empty tuple means "no restriction"."""

    benchmarks: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()  # UNKNOWN_CATEGORY selects claims without a category
    kinds: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    size_min: float | None = None  # billions of parameters, inclusive
    size_max: float | None = None  # billions of parameters, inclusive
    include_unknown_size: bool = True  # keep claims whose params_b is null
    search: str = ""  # case-insensitive substring of model or paper_title

    def __post_init__(self):
        for name in ("benchmarks", "categories", "kinds", "metrics"):
            object.__setattr__(self, name, tuple(getattr(self, name) or ()))
        object.__setattr__(self, "search", self.search or "")


def filter_claims(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows of df that match every restriction in f (index reset)."""
    mask = pd.Series(True, index=df.index)
    if f.benchmarks:
        mask &= df["benchmark"].isin(f.benchmarks)
    if f.categories:
        mask &= df["category"].fillna(UNKNOWN_CATEGORY).isin(f.categories)
    if f.kinds:
        mask &= df["kind"].isin(f.kinds)
    if f.metrics:
        mask &= df["metric"].isin(f.metrics)
    size = df["params_b"]
    unknown = size.isna()
    in_range = ~unknown
    if f.size_min is not None:
        in_range &= size >= f.size_min
    if f.size_max is not None:
        in_range &= size <= f.size_max
    mask &= in_range | (unknown & f.include_unknown_size)
    needle = f.search.strip().lower()
    if needle:
        # regex=False: the user's text is matched literally ("C++", "(7B)", "a.b" are safe)
        hit = df["model"].fillna("").str.lower().str.contains(needle, regex=False)
        hit |= df["paper_title"].fillna("").str.lower().str.contains(needle, regex=False)
        mask &= hit
    return df.loc[mask].reset_index(drop=True)


# --------------------------------------------------------------------------- query params

_PARAM_KEYS = {
    "benchmarks": "bench",
    "categories": "cat",
    "kinds": "kind",
    "metrics": "metric",
    "size_min": "min_b",
    "size_max": "max_b",
    "include_unknown_size": "unknown_size",
    "search": "q",
}
FILTER_PARAM_KEYS = frozenset(_PARAM_KEYS.values())
_SEP = "|"


def join_list(items: Iterable[str]) -> str:
    """Join names with '|', escaping '|' and '\\' inside a name."""
    return _SEP.join(str(s).replace("\\", "\\\\").replace(_SEP, "\\" + _SEP) for s in items)


def split_list(text: str) -> list[str]:
    """Inverse of join_list; empty names are dropped."""
    out, cur, i = [], [], 0
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


def _fmt_float(x: float) -> str:
    return repr(float(x))


def _parse_float(text) -> float | None:
    try:
        v = float(str(text).strip())
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def filters_to_params(f: Filters) -> dict[str, str]:
    """Query-string form of f: only the restrictions that are set, every value a string."""
    out: dict[str, str] = {}
    for attr in ("benchmarks", "categories", "kinds", "metrics"):
        items = getattr(f, attr)
        if items:
            out[_PARAM_KEYS[attr]] = join_list(items)
    if f.size_min is not None:
        out[_PARAM_KEYS["size_min"]] = _fmt_float(f.size_min)
    if f.size_max is not None:
        out[_PARAM_KEYS["size_max"]] = _fmt_float(f.size_max)
    if not f.include_unknown_size:
        out[_PARAM_KEYS["include_unknown_size"]] = "0"
    if f.search:
        out[_PARAM_KEYS["search"]] = f.search
    return out


def filters_from_params(params: Mapping[str, object]) -> Filters:
    """Filters from a query-string dict; unknown keys and unparsable values are ignored."""

    def one(key):
        v = params.get(key)
        if isinstance(v, (list, tuple)):
            v = v[-1] if v else None
        return None if v is None else str(v)

    kw: dict[str, object] = {}
    for attr in ("benchmarks", "categories", "kinds", "metrics"):
        v = one(_PARAM_KEYS[attr])
        if v:
            kw[attr] = tuple(split_list(v))
    kw["size_min"] = _parse_float(one(_PARAM_KEYS["size_min"]))
    kw["size_max"] = _parse_float(one(_PARAM_KEYS["size_max"]))
    unknown = one(_PARAM_KEYS["include_unknown_size"])
    kw["include_unknown_size"] = unknown is None or unknown.strip().lower() not in ("0", "false", "no", "off")
    kw["search"] = one(_PARAM_KEYS["search"]) or ""
    if "kinds" in kw:
        kw["kinds"] = tuple(k for k in kw["kinds"] if k in KINDS)
    return Filters(**kw)


def restrict_to_options(f: Filters, options: Mapping[str, Iterable[str]]) -> Filters:
    """f without list entries that are not among options[attr] (e.g. a shared link's
    benchmark that this data file does not have)."""
    changes = {}
    for attr, allowed in options.items():
        allowed = set(allowed)
        changes[attr] = tuple(v for v in getattr(f, attr) if v in allowed)
    return replace(f, **changes)


# --------------------------------------------------------------------------- leaderboard


def _benchmark_index() -> dict:
    """schema.vocab.benchmark_index(), or {} when the vocabulary cannot be read."""
    try:
        from schema.vocab import benchmark_index

        return benchmark_index()
    except (OSError, KeyError, ValueError):
        return {}


def higher_is_better(benchmark: str, metric: str | None = None, index: Mapping | None = None) -> bool:
    """Direction of a benchmark+metric: the metric registry's (schema/vocab/metrics.csv:
    top-1 error, WER, perplexity, bpc ... are lower-is-better), else a few error-like words,
    else the benchmark vocabulary's higher_is_better where the benchmark is known, else higher."""
    if metric is not None:
        from schema.vocab import metric_higher_is_better

        registered = metric_higher_is_better(str(metric))
        if registered is not None:
            return registered
    if metric is not None and str(metric).strip().lower() in LOWER_IS_BETTER_METRICS:
        return False
    index = _benchmark_index() if index is None else index
    entry = index.get(str(benchmark).lower())
    return True if entry is None else bool(entry.higher_is_better)


LEADERBOARD_COLUMNS = [
    "rank", "model", "subset", "params_b", "value", "unit", "qualifier", "conflict", "claimed_values",
    "n_claims", "n_papers", "paper_title", "paper_id", "evidence", "claim_id",
]


def leaderboard(
    df: pd.DataFrame, benchmark: str, metric: str, *, kind: str = "score", index: Mapping | None = None
) -> pd.DataFrame:
    """Best claimed result per model (and subset, e.g. a translation direction) on one
    benchmark+metric, best first.

    Only claims of `kind` (default: absolute scores) count, and only claims that name a
    model. `conflict` is True when different papers claim different values for the same
    model, benchmark, metric and subset; `claimed_values` lists them all.
    """
    rows = df[(df["benchmark"] == benchmark) & (df["metric"] == metric) & (df["kind"] == kind) & df["model"].notna()]
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in LEADERBOARD_COLUMNS})
    higher = higher_is_better(benchmark, metric, index)
    rows = rows.assign(subset=rows["subset"].fillna(""))
    # deterministic tie-break: best value first, then claim_id
    rows = rows.sort_values(["value", "claim_id"], ascending=[not higher, True], kind="mergesort")
    keys = ["model", "subset"]
    grouped = rows.groupby(keys, sort=False, dropna=False)
    best = grouped.head(1).set_index(keys)
    stats = grouped.agg(
        n_claims=("claim_id", "size"),
        n_papers=("paper_id", "nunique"),
        n_values=("value", "nunique"),
    )
    values = grouped["value"].agg(lambda s: " | ".join(_fmt_value(v) for v in sorted(set(s), reverse=higher)))
    conflict = _conflict_flags(rows, keys)
    out = best.join(stats).join(values.rename("claimed_values")).join(conflict.rename("conflict"))
    out = out.reset_index()
    out = out.sort_values(["value", "model"], ascending=[not higher, True], kind="mergesort").reset_index(drop=True)
    out["rank"] = range(1, len(out) + 1)
    out["subset"] = out["subset"].replace("", None)
    out["conflict"] = out["conflict"].astype(bool)
    return out[LEADERBOARD_COLUMNS]


def _conflict_flags(rows: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Per group of `keys`: do two papers claim different sets of values?

    The same paper stating two values (before/after) is not a conflict, nor are papers
    that agree. Papers agree exactly when each states every value of the group, so a
    conflict is: more than one paper, and some paper lacks one of the group's values.
    """
    d = rows[keys + ["paper_id", "value"]].drop_duplicates()
    n_group = d.groupby(keys, sort=False)["value"].transform("nunique")
    n_paper = d.groupby(keys + ["paper_id"], sort=False)["value"].transform("size")
    g = d.assign(full=(n_paper == n_group)).groupby(keys, sort=False).agg(
        n_papers=("paper_id", "nunique"), all_full=("full", "all")
    )
    return (g["n_papers"] > 1) & ~g["all_full"]


def _fmt_value(v: float) -> str:
    return f"{v:g}"


def conflicts(df: pd.DataFrame) -> pd.DataFrame:
    """Groups (model, benchmark, metric, kind, subset) where papers claim different values."""
    named = df[df["model"].notna()].assign(subset=df["subset"].fillna(""))
    keys = ["model", "benchmark", "metric", "kind", "subset"]
    if named.empty:
        return pd.DataFrame(columns=keys)
    flag = _conflict_flags(named, keys)
    return flag[flag].reset_index()[keys]


# --------------------------------------------------------------------------- size view


def model_family(model: pd.Series) -> pd.Series:
    """First token of the model's name ('LLaMA-2-7B' -> 'LLaMA', 'GPT-4o' -> 'GPT')."""
    first = model.fillna("").astype(str).str.strip().str.split(r"[\s\-_/:,()]+", n=1, regex=True).str[0]
    return first.where(first != "", UNNAMED_MODEL)


def top_labels(labels: pd.Series, n: int = 12, other: str = "other") -> pd.Series:
    """labels with all but the n most frequent replaced by `other` (keeps legends readable)."""
    counts = labels.value_counts()
    if len(counts) <= n:
        return labels
    keep = set(counts.sort_values(ascending=False, kind="mergesort").index[:n])
    return labels.where(labels.isin(keep), other)


SIZE_VIEW_COLUMNS = [
    "claim_id", "model", "family", "params_b", "value", "unit", "metric", "kind", "benchmark", "subset",
    "paper_title", "paper_id", "evidence",
]


@dataclass
class SizeViewData:
    sized: pd.DataFrame
    unknown: pd.DataFrame
    total_sized: int
    total_unknown: int
    note: str | None = None
    sampled: bool = field(default=False)


def _stable_sample(df: pd.DataFrame, k: int) -> pd.DataFrame:
    """k rows chosen by a fixed hash of claim_id: the same rows on every run, and a row
    that stays in a narrower filter stays in the sample."""
    if len(df) <= k:
        return df
    h = pd.util.hash_pandas_object(df["claim_id"], index=False)
    keep = h.nsmallest(k).index.sort_values()
    return df.loc[keep]


def size_view_data(df: pd.DataFrame, max_points: int = MAX_POINTS, evidence_chars: int = 240,
                   text_chars: int = TOOLTIP_CHARS) -> SizeViewData:
    """The points of the size chart: claims with a known size, and the claims of unknown
    size (shown apart, never dropped). Beyond max_points in all, both parts are sampled
    deterministically in proportion to their size, and `note` says so. Tooltip text is
    shortened: evidence to evidence_chars, paper titles, models and subsets to text_chars
    (the family is taken from the full model name)."""
    cols = [c for c in SIZE_VIEW_COLUMNS if c != "family"]
    part = df[cols].copy()
    part.insert(2, "family", model_family(part["model"]))
    unknown_mask = part["params_b"].isna()
    sized, unknown = part.loc[~unknown_mask], part.loc[unknown_mask]
    ns, nu = len(sized), len(unknown)
    note, sampled = None, False
    if ns + nu > max_points:
        keep_s = min(ns, round(max_points * ns / (ns + nu)))
        keep_u = min(nu, max_points - keep_s)
        sized, unknown = _stable_sample(sized, keep_s), _stable_sample(unknown, keep_u)
        sampled = True
        note = (
            f"Showing a fixed sample of {len(sized) + len(unknown):,} of {ns + nu:,} claims "
            f"({len(sized):,} of {ns:,} with a known size, {len(unknown):,} of {nu:,} of unknown size); "
            "narrow the filters to see every point. The leaderboard and the CSV use all rows."
        )
    sized, unknown = (_shorten_tooltips(p, evidence_chars, text_chars) for p in (sized, unknown))
    return SizeViewData(
        sized=sized.reset_index(drop=True),
        unknown=unknown.reset_index(drop=True),
        total_sized=ns,
        total_unknown=nu,
        note=note,
        sampled=sampled,
    )


def _shorten_tooltips(part: pd.DataFrame, evidence_chars: int, text_chars: int) -> pd.DataFrame:
    """part with its tooltip text shortened (after sampling: only the points shown pay)."""
    part = part.copy()
    part["evidence"] = part["evidence"].map(lambda s: _shorten(s, evidence_chars))
    for col in ("paper_title", "model", "subset"):
        s = part[col]
        long = s.notna() & (s.str.len() > text_chars)
        if long.any():
            part[col] = s.where(~long, s[long].map(lambda v: _shorten(v, text_chars)))
    return part


def _shorten(text, n: int) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- benchmark view


def benchmark_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Claims, papers and models per benchmark and category, most claims first."""
    cols = ["benchmark", "category", "claims", "papers", "models"]
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("benchmark", "category") else "int64") for c in cols})
    frame = df.assign(category=df["category"].fillna(UNKNOWN_CATEGORY))
    out = (
        frame.groupby(["benchmark", "category"], sort=False)
        .agg(claims=("claim_id", "size"), papers=("paper_id", "nunique"), models=("model", "nunique"))
        .reset_index()
        .sort_values(["claims", "benchmark"], ascending=[False, True], kind="mergesort")
        .reset_index(drop=True)
    )
    return out[cols]


def category_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Claims and benchmarks per category, most claims first."""
    frame = df.assign(category=df["category"].fillna(UNKNOWN_CATEGORY))
    return (
        frame.groupby("category", sort=False)
        .agg(claims=("claim_id", "size"), benchmarks=("benchmark", "nunique"))
        .reset_index()
        .sort_values(["claims", "category"], ascending=[False, True], kind="mergesort")
        .reset_index(drop=True)
    )


# --------------------------------------------------------------------------- provenance

_MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")


def highlight_parts(evidence: str, value_text: str) -> tuple[str, str, str]:
    """Split the evidence sentence around the first occurrence of value_text.

    (char_start/char_end are offsets in the abstract, not in the sentence, so they are
    not used here.) When value_text is not in the sentence: (evidence, "", "").
    """
    evidence = "" if evidence is None else str(evidence)
    value_text = "" if value_text is None else str(value_text)
    i = evidence.find(value_text) if value_text else -1
    if i < 0:
        return evidence, "", ""
    return evidence[:i], evidence[i:i + len(value_text)], evidence[i + len(value_text):]


# GFM turns bare URLs and e-mail addresses into links even when their punctuation is
# backslash-escaped (the autolinking runs on the parsed text), so a zero-width character
# breaks those patterns (a WORD JOINER after "http:", "www" and "@").
ZWSP = "\u2060"  # WORD JOINER: zero width, and no line break there either
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """text with every Markdown/HTML special backslash-escaped, autolinks defused and
    line breaks flattened, so st.markdown shows it literally (no links, emphasis, HTML,
    LaTeX)."""
    text = re.sub(r"\s+", " ", "" if text is None else str(text))
    text = _AUTOLINK.sub(ZWSP, text)
    return _MD_SPECIALS.sub(r"\\\1", text)


def inline_code(text: str) -> str:
    """text as a Markdown code span (shown literally); escaped text if it holds a backtick."""
    text = re.sub(r"\s+", " ", "" if text is None else str(text))
    return f"`{text}`" if "`" not in text else escape_markdown(text)


def highlighted_markdown(evidence: str, value_text: str) -> str:
    """The evidence as safe Markdown with the number in bold (escaping happens first)."""
    before, number, after = highlight_parts(evidence, value_text)
    if not number:
        return escape_markdown(before)
    return f"{escape_markdown(before)}**{escape_markdown(number)}**{escape_markdown(after)}"


_ARXIV_ID = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}(?:v\d+)?)$", re.IGNORECASE)


def paper_link(paper_id: str) -> str | None:
    """A link for ids that are arXiv identifiers; None otherwise (slugs of titles)."""
    m = _ARXIV_ID.match(str(paper_id or "").strip())
    return f"https://arxiv.org/abs/{m.group(1)}" if m else None


def claim_label(row: Mapping) -> str:
    """One line naming a claim, for pick lists (nulls may arrive as None or NaN; every
    part shortened to 60 characters)."""

    def text(key, default=""):
        v = row.get(key)
        return default if v is None or (isinstance(v, float) and math.isnan(v)) else _shorten(v, 60)

    pct = "%" if text("unit") == "%" else ""
    return (f"{text('model', UNNAMED_MODEL)} · {text('benchmark')} · {text('metric')} {text('value_text')}{pct} "
            f"[{text('kind')}] · {_shorten(text('paper_title'), 60)}")
