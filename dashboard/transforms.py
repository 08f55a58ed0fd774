"""Pure data transforms behind the dashboard (no Streamlit here, so they are unit tested).

Every function takes a validated claims frame (the columns of schema.columns.CLAIM_COLUMNS)
and returns new frames; none of them mutates its input. The leaderboard and Epoch AI's
independent runs are in dashboard/board.py, re-exported here; the model page's transforms
are in dashboard/modelpage.py, the stable family colours in dashboard/colours.py.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from claimboard.dashboard.board import *  # noqa: F403  (the leaderboard's names, re-exported)
from claimboard.dashboard.board import higher_is_better, model_labels
from claimboard.dashboard.common import TOOLTIP_CHARS, UNNAMED_MODEL, family_of, join_list, split_list
from claimboard.dashboard.common import as_text as _text
from claimboard.dashboard.common import blank_text as blank_text  # re-exported
from claimboard.dashboard.common import empty_frame as _empty_frame
from claimboard.dashboard.common import model_family as model_family  # re-exported
from claimboard.dashboard.common import short_text as short_text  # re-exported
from claimboard.dashboard.common import shorten as _shorten
from claimboard.schema.columns import KINDS

# Label used wherever a null category has to be shown or chosen.
UNKNOWN_CATEGORY = "(unknown)"
# The most points a chart gets by default.
MAX_POINTS = 1000   # points drawn per size chart (a sample; the frontier uses every row)


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
    min_confidence: float | None = None  # keep claims whose confidence is at least this
    learned_models: bool = True  # keep claims whose model the learned ranker chose

    def __post_init__(self):
        for name in ("benchmarks", "categories", "kinds", "metrics"):
            object.__setattr__(self, name, tuple(getattr(self, name) or ()))
        object.__setattr__(self, "search", self.search or "")


# how `decided_by` marks a model chosen by the learned ranker (extract/model_ranker.py, the strategy
# 'learned-candidate' of MODEL_STRATEGIES; tests/test_dashboard_transforms.py checks the name)
LEARNED_MODEL_MARK = "model: learned-candidate"


def learned_model_rows(df: pd.DataFrame) -> pd.Series:
    """True for the claims whose model the learned ranker chose (all False in a file without decided_by)."""
    if "decided_by" not in df.columns:
        return pd.Series(False, index=df.index)
    return df["decided_by"].fillna("").str.contains(LEARNED_MODEL_MARK, regex=False)


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
    if f.min_confidence is not None and "confidence" in df.columns:
        mask &= df["confidence"].fillna(0.0) >= f.min_confidence
    if not f.learned_models:
        mask &= ~learned_model_rows(df)
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
    "min_confidence": "min_conf",
    "learned_models": "learned_models",
}
FILTER_PARAM_KEYS = frozenset(_PARAM_KEYS.values())


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
    if f.min_confidence is not None:
        out[_PARAM_KEYS["min_confidence"]] = _fmt_float(f.min_confidence)
    if not f.learned_models:
        out[_PARAM_KEYS["learned_models"]] = "0"
    return out


def filters_from_params(params: Mapping[str, object]) -> Filters:
    """Filters from a query-string dict; unknown keys and unparsable values are ignored."""

    def one(key: str) -> str | None:
        v = params.get(key)
        if isinstance(v, (list, tuple)):
            v = v[-1] if v else None
        return None if v is None else str(v)

    def names(attr: str) -> tuple[str, ...]:
        v = one(_PARAM_KEYS[attr])
        return tuple(split_list(v)) if v else ()

    unknown = one(_PARAM_KEYS["include_unknown_size"])
    learned = one(_PARAM_KEYS["learned_models"])
    conf = _parse_float(one(_PARAM_KEYS["min_confidence"]))
    return Filters(
        benchmarks=names("benchmarks"),
        categories=names("categories"),
        kinds=tuple(k for k in names("kinds") if k in KINDS),
        metrics=names("metrics"),
        size_min=_parse_float(one(_PARAM_KEYS["size_min"])),
        size_max=_parse_float(one(_PARAM_KEYS["size_max"])),
        include_unknown_size=unknown is None or unknown.strip().lower() not in ("0", "false", "no", "off"),
        search=one(_PARAM_KEYS["search"]) or "",
        min_confidence=conf if conf is not None and 0.0 < conf <= 1.0 else None,
        learned_models=learned is None or learned.strip().lower() not in ("0", "false", "no", "off"),
    )


_LIST_FILTERS = ("benchmarks", "categories", "kinds", "metrics")


def restrict_to_options(f: Filters, options: Mapping[str, Iterable[str]]) -> Filters:
    """f without list entries that are not among options[attr] (e.g. a shared link's
    benchmark that this data file does not have); attr is one of the list filters."""
    kept: dict[str, tuple[str, ...]] = {}
    for attr, allowed in options.items():
        if attr not in _LIST_FILTERS:
            raise ValueError(f"{attr!r} is not a list filter")
        allowed_set = set(allowed)
        kept[attr] = tuple(v for v in getattr(f, attr) if v in allowed_set)
    return replace(f, benchmarks=kept.get("benchmarks", f.benchmarks),
                   categories=kept.get("categories", f.categories), kinds=kept.get("kinds", f.kinds),
                   metrics=kept.get("metrics", f.metrics))


# --------------------------------------------------------------------------- size view


def top_labels(labels: pd.Series, n: int = 12, other: str = "other") -> pd.Series:
    """labels with all but the n most frequent replaced by `other` (keeps legends readable)."""
    counts = labels.value_counts()
    if len(counts) <= n:
        return labels
    keep = set(counts.sort_values(ascending=False, kind="mergesort").index[:n])
    return labels.where(labels.isin(keep), other)


SIZE_VIEW_COLUMNS = [
    "claim_id", "model", "family", "params_b", "value", "unit", "metric", "kind", "benchmark", "subset",
    "setting", "paper_title", "paper_id", "evidence",
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
    part.insert(2, "family", family_of(df))
    unknown_mask = part["params_b"].isna()
    sized, unknown = part.loc[~unknown_mask], part.loc[unknown_mask]
    ns, nu = len(sized), len(unknown)
    note, sampled = None, False
    if ns + nu > max_points:
        keep_s = min(ns, round(max_points * ns / (ns + nu)))
        keep_u = min(nu, max_points - keep_s)
        sized, unknown = _stable_sample(sized, keep_s), _stable_sample(unknown, keep_u)
        sampled = True
        split = (f" ({len(sized):,} of {ns:,} with a known size, {len(unknown):,} of {nu:,} of unknown size)"
                 if nu else "")
        note = (
            f"Showing a fixed sample of {len(sized) + len(unknown):,} of {ns + nu:,} claims{split}; "
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
    """part with its tooltip text shortened (after sampling: only the points shown pay), and
    no null text (a tooltip would print 'null'): no model is UNNAMED_MODEL, no subset or unit blank."""
    part = part.copy()
    part["model"] = part["model"].astype(object).where(part["model"].notna(), UNNAMED_MODEL)
    for col in ("subset", "unit", "setting"):
        part[col] = part[col].astype(object).where(part[col].notna(), "")
    part["evidence"] = part["evidence"].map(lambda s: _shorten(s, evidence_chars))
    for col in ("paper_title", "model", "subset"):
        s = part[col]
        long = s.notna() & (s.str.len() > text_chars)
        if long.any():
            part[col] = s.where(~long, s[long].map(lambda v: _shorten(v, text_chars)))
    return part


# Label of claims that state no setting, in the setting filter.
NOT_STATED = "(not stated)"


def _stated(setting: pd.Series) -> pd.Series:
    """True where a setting is stated (not null, not blank)."""
    return setting.notna() & (setting.astype(str).str.strip() != "")


def setting_choices(df: pd.DataFrame) -> list[str]:
    """The settings the claims state ('5-shot', 'zero-shot; CoT', ...), most claims first,
    after NOT_STATED when some claims state none."""
    stated = _stated(df["setting"])
    counts = df.loc[stated, "setting"].astype(str).value_counts()
    named = sorted(counts.index, key=lambda s: (-counts[s], s))
    return ([NOT_STATED] if (~stated).any() else []) + named


def filter_settings(df: pd.DataFrame, settings: Iterable[str]) -> pd.DataFrame:
    """The claims whose setting is one of `settings` (NOT_STATED: claims that state none);
    every claim when `settings` is empty."""
    chosen = set(settings)
    if not chosen:
        return df
    stated = _stated(df["setting"])
    mask = stated & df["setting"].isin(chosen - {NOT_STATED})
    if NOT_STATED in chosen:
        mask |= ~stated
    return df[mask]


def panel_labels(df: pd.DataFrame) -> pd.Series:
    """'benchmark · metric': one chart panel each (two metrics never share a value axis)."""
    return df["benchmark"].astype(str) + " · " + df["metric"].astype(str)


def metric_directions(df: pd.DataFrame, index: Mapping | None = None) -> pd.Series:
    """+1.0 where the row's benchmark+metric is higher-is-better, -1.0 where lower is better
    (the metric registry, see board.higher_is_better); computed once per pair."""
    pairs = df[["benchmark", "metric"]].drop_duplicates()
    pairs = pairs.assign(_sign=[1.0 if higher_is_better(b, m, index) else -1.0
                                for b, m in zip(pairs["benchmark"], pairs["metric"])])
    sign = df[["benchmark", "metric"]].merge(pairs, on=["benchmark", "metric"], how="left")["_sign"]
    return pd.Series(sign.to_numpy(dtype=float), index=df.index)


FRONTIER_COLUMNS = ["panel", "benchmark", "metric", "higher", "params_b", "value", "model", "label", "family",
                    "setting", "paper_title", "claim_id", "record", "above"]


_FRONTIER_INPUT = ["claim_id", "paper_title", "model", "model_id", "model_family", "model_role", "params_b",
                   "params_source", "benchmark", "metric", "setting", "value", "kind"]


# every column the size view's transforms read (size_frontier, size_view_data, unknown_size_summary)
SIZE_INPUT_COLUMNS = list(dict.fromkeys(_FRONTIER_INPUT + ["paper_id", "unit", "subset", "evidence"]))


def size_frontier(df: pd.DataFrame, *, index: Mapping | None = None, label_chars: int = 28) -> pd.DataFrame:
    """The best claimed score at each size, as a frontier per benchmark and metric (`panel`):
    walking up the sizes, a claim is a `record` when it beats every claim of a smaller or
    equal size (strictly: a tie with a smaller model is no record); the best is the highest
    value, or the lowest where the metric is lower-is-better (`higher`, from the metric
    registry). One row per record, ordered by size, labelled with its model (`model`: the
    registry name, else the name as written; `label` cut to label_chars; `above`: the label
    goes above the point, else below, alternating), plus one row (record False, no label)
    at the panel's largest size so the line reaches the end.

    Only scores (kind 'score') with a known size count, and only named models: humans and
    unnamed aggregates are never ranked, here either. Computed from every row (aggregated,
    never sampled)."""
    rows = df.loc[(df["kind"] == "score") & df["params_b"].notna() & df["value"].notna(), _FRONTIER_INPUT]
    if rows.empty:
        return _empty_frame(FRONTIER_COLUMNS)
    names = model_labels(rows)
    keep = ~names["reference"] & names["key"].notna()
    rows, names = rows[keep], names[keep]
    if rows.empty:
        return _empty_frame(FRONTIER_COLUMNS)
    sign = metric_directions(rows, index)
    r = rows.assign(_key=names["key"], _score=rows["value"] * sign, _higher=sign > 0, panel=panel_labels(rows))
    r = r.sort_values(["panel", "params_b", "_score", "claim_id"], ascending=[True, True, False, True],
                      kind="mergesort")
    at_size = r.drop_duplicates(["panel", "params_b"])  # the best claim at each size
    running = at_size.groupby("panel", sort=False)["_score"].cummax()
    before = running.groupby(at_size["panel"], sort=False).shift()
    records = at_size[before.isna() | (at_size["_score"] > before + 1e-9)]
    largest = r.groupby("panel", sort=False)["params_b"].max()
    last = records.groupby("panel", sort=False).tail(1)
    ends = last[last["params_b"].to_numpy() < largest.loc[last["panel"]].to_numpy()]
    ends = ends.assign(params_b=largest.loc[ends["panel"]].to_numpy())
    out = pd.concat([records.assign(record=True), ends.assign(record=False)], ignore_index=True)
    out = out.sort_values(["panel", "params_b", "record"], ascending=[True, True, False], kind="mergesort")
    out["family"] = family_of(out)
    out["model"] = out["_key"].map(lambda k: _shorten(k, TOOLTIP_CHARS))
    out["label"] = [(_shorten(k, label_chars) if rec else "") for k, rec in zip(out["_key"], out["record"])]
    out["higher"] = out["_higher"].astype(bool)
    # labels alternate above and below their point, so neighbours overlap less
    out["above"] = (out.groupby("panel", sort=False).cumcount() % 2 == 0) | ~out["record"]
    out["setting"] = out["setting"].astype(object).where(_stated(out["setting"]), "")
    out["paper_title"] = out["paper_title"].map(lambda t: _shorten(t, TOOLTIP_CHARS))
    return out[FRONTIER_COLUMNS].reset_index(drop=True)


UNKNOWN_SIZE_COLUMNS = ["panel", "benchmark", "metric", "model", "family", "reference", "claims", "papers", "best",
                        "median", "best_claim_id"]


def unknown_size_summary(df: pd.DataFrame, *, index: Mapping | None = None) -> pd.DataFrame:
    """The claims whose model size is unknown, counted per benchmark, metric (`panel`) and
    model (the leaderboard's name: registry name, else as written; humans and unnamed
    aggregates under their own names with `reference` True): claims, papers, the best value
    (direction-aware) and the median, and the best claim's id; most claims first."""
    rows = df.loc[df["params_b"].isna(), _FRONTIER_INPUT + ["paper_id"]]
    if rows.empty:
        return _empty_frame(UNKNOWN_SIZE_COLUMNS)
    names = model_labels(rows)
    sign = metric_directions(rows, index)
    r = rows.assign(_key=names["key"], reference=names["reference"], _score=rows["value"] * sign,
                    _sign=sign, panel=panel_labels(rows), family=family_of(rows))
    r = r.sort_values(["_score", "claim_id"], ascending=[False, True], kind="mergesort")
    keys = ["panel", "benchmark", "metric", "_key"]
    out = (r.groupby(keys, sort=False)
           .agg(family=("family", "first"), reference=("reference", "first"), claims=("claim_id", "size"),
                papers=("paper_id", "nunique"), best=("value", "first"), median=("value", "median"),
                best_claim_id=("claim_id", "first"))
           .reset_index()
           .rename(columns={"_key": "model"}))
    out["model"] = out["model"].map(lambda k: _shorten(k, TOOLTIP_CHARS))
    out["claims"] = out["claims"].astype(int)
    out["papers"] = out["papers"].astype(int)
    out = out.sort_values(["claims", "panel", "model"], ascending=[False, True, True], kind="mergesort")
    return out[UNKNOWN_SIZE_COLUMNS].reset_index(drop=True)


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


# arXiv identifiers: new style '2401.01234' (optionally 'v2'), old style 'hep-th/9901001',
# either with an 'arXiv:' prefix
_ARXIV_ID = re.compile(r"^(?:arxiv:)?(?P<id>(?:(?P<new>\d{4}\.\d{4,5})|[a-z][a-z\-]*(?:\.[a-z]{2})?/\d{7})(?:v\d+)?)$",
                       re.IGNORECASE)
ARXIV_URL = "https://arxiv.org/abs/"
HF_PAPERS_URL = "https://huggingface.co/papers/"


def _arxiv_match(paper_id) -> re.Match | None:
    text = _text(paper_id)
    return _ARXIV_ID.match(text) if text else None


def paper_link(paper_id) -> str | None:
    """The arXiv page of a paper whose id is an arXiv identifier (version kept); None
    otherwise (slugs of titles)."""
    m = _arxiv_match(paper_id)
    return ARXIV_URL + m.group("id") if m else None


def hf_link(paper_id) -> str | None:
    """The Hugging Face papers page of a paper with a new-style arXiv id (without its
    version); None otherwise (Hugging Face has no page for older ids or slugs)."""
    m = _arxiv_match(paper_id)
    return HF_PAPERS_URL + m.group("new") if m and m.group("new") else None


def paper_links(paper_ids: pd.Series) -> pd.DataFrame:
    """`arxiv` and `hf` links (None where there is none) of each paper id, computed once
    per distinct id (same index)."""
    distinct = pd.unique(paper_ids.astype(object))
    arxiv = {p: paper_link(p) for p in distinct}
    hf = {p: hf_link(p) for p in distinct}
    ids = paper_ids.astype(object)
    out = pd.DataFrame({"arxiv": ids.map(arxiv).astype(object), "hf": ids.map(hf).astype(object)},
                       index=paper_ids.index)
    return out.where(out.notna(), None)


def claim_label(row: Mapping) -> str:
    """One line naming a claim, for pick lists (nulls may arrive as None or NaN; every
    part shortened to 60 characters)."""

    def text(key, default=""):
        v = row.get(key)
        return default if v is None or (isinstance(v, float) and math.isnan(v)) else _shorten(v, 60)

    pct = "%" if text("unit") == "%" else ""
    return (f"{text('model', UNNAMED_MODEL)} · {text('benchmark')} · {text('metric')} {text('value_text')}{pct} "
            f"[{text('kind')}] · {_shorten(text('paper_title'), 60)}")
