"""The leaderboard, Epoch AI's independent runs and the claimed-vs-independent gaps (pure
data transforms, no Streamlit; unit tested in tests/test_leaderboard.py).

dashboard/transforms.py re-exports every public name here, so `transforms.leaderboard_tables`
and `board.leaderboard_tables` are the same function.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from claimboard.dashboard.common import UNNAMED_MODEL, blank_text, family_of, join_list
from claimboard.dashboard.common import as_number as _number
from claimboard.dashboard.common import as_text as _text
from claimboard.dashboard.common import empty_frame as _empty
from claimboard.dashboard.common import fmt_value as _fmt_value
from claimboard.dashboard.common import short_text as _short_text
from claimboard.dashboard.common import shorten as _shorten
from claimboard.schema.registry import Resolution, described

__all__ = [
    "ALL_SUBSETS",
    "GAP_COLUMNS",
    "GAP_THRESHOLD",
    "INDEPENDENT_COLUMNS",
    "LEADERBOARD_COLUMNS",
    "LOWER_IS_BETTER_METRICS",
    "Leaderboard",
    "MAPPED",
    "MAPPING_COLUMNS",
    "NO_SUBSET",
    "PAPER_COLUMNS",
    "POINT_KINDS",
    "REFERENCE_ROLES",
    "attach_independent",
    "claim_gaps",
    "claims_of",
    "conflicts",
    "described",
    "gap_points",
    "higher_is_better",
    "independent_coverage",
    "leaderboard",
    "leaderboard_points",
    "leaderboard_tables",
    "map_independent_runs",
    "model_labels",
    "model_key",
    "model_keys",
    "row_label",
    "size_label",
    "subset_choices",
    "tie_ranks",
]

# Metrics where a smaller number is the better result, whatever the benchmark.
LOWER_IS_BETTER_METRICS = frozenset(
    {"wer", "cer", "ter", "perplexity", "ppl", "error", "error rate", "mae", "mse", "rmse", "fid", "loss", "latency"}
)

def _benchmark_index() -> dict:
    """schema.vocab.benchmark_index(), or {} when the vocabulary cannot be read."""
    try:
        from claimboard.schema.vocab import benchmark_index

        return benchmark_index()
    except (OSError, KeyError, ValueError):
        return {}


def higher_is_better(benchmark: str, metric: str | None = None, index: Mapping | None = None) -> bool:
    """Direction of a benchmark+metric: the metric registry's (schema/vocab/metrics.csv:
    top-1 error, WER, perplexity, bpc ... are lower-is-better), else a few error-like words,
    else the benchmark vocabulary's higher_is_better where the benchmark is known, else higher."""
    if metric is not None:
        from claimboard.schema.vocab import metric_higher_is_better

        registered = metric_higher_is_better(str(metric))
        if registered is not None:
            return registered
    if metric is not None and str(metric).strip().lower() in LOWER_IS_BETTER_METRICS:
        return False
    index = _benchmark_index() if index is None else index
    entry = index.get(str(benchmark).lower())
    return True if entry is None else bool(entry.higher_is_better)


# How the leaderboard pools subsets: every subset (the default, one row per model), only the
# claims that name no subset (the whole benchmark), or one subset by its name.
ALL_SUBSETS = "(all subsets)"
NO_SUBSET = "(no subset)"
# model_role values shown apart as reference rows, never ranked
REFERENCE_ROLES = ("human", "unnamed")
# params_source values whose size is not implied by the registry entry (added to the model key)
_SIZE_FROM_TEXT = ("name", "text")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# the gap page's default: claims this many points (0-100 scale) from every independent run
GAP_THRESHOLD = 5.0


def size_label(params_b: float) -> str:
    """'7B', '0.5B' is '500M', '46.7B'."""
    return f"{params_b * 1000:g}M" if params_b < 1 else f"{params_b:g}B"


def _names_a_size(name: str) -> bool:
    from claimboard.schema.registry import parse

    return bool(parse(name)[1])


def model_key(model, model_id=None, params_b=None, params_source=None) -> str | None:
    """The leaderboard's name for a model: its registry name (model_id), else the name as
    written; None when neither is given.

    The registry names some models without their size ('Llama-3.1-8B' and 'Llama-3.1-70B'
    both resolve to 'Llama 3.1', the size coming from the name), so when the size came from
    the name or the text (params_source 'name' or 'text') and the key does not already name a
    size, the size is added: 'Llama 3.1 (8B)'. The same function keys Epoch AI's runs (with
    the registry resolution's size and size_source), so both sides meet on the same key."""
    base = _text(model_id) or _text(model)
    if base is None:
        return None
    size = _number(params_b)
    if size is not None and size > 0 and params_source in _SIZE_FROM_TEXT and not _names_a_size(base):
        return f"{base} ({size_label(size)})"
    return base


def model_keys(df: pd.DataFrame) -> pd.Series:
    """model_key of every row of a claims frame (computed once per distinct combination of
    model, model_id, params_b and params_source: rows are grouped by a hash of the four)."""
    cols = ["model", "model_id", "params_b", "params_source"]
    if df.empty:
        return pd.Series([], index=df.index, dtype=object)
    h = pd.util.hash_pandas_object(df[cols], index=False)
    first = ~h.duplicated()
    part = df.loc[first.to_numpy(), cols].astype(object)
    part = part.where(part.notna(), None)
    keys = [model_key(*combo) for combo in zip(*(part[c] for c in cols))]
    by_hash = pd.Series(keys, index=h[first.to_numpy()].to_numpy(), dtype=object)
    return pd.Series(by_hash.reindex(h.to_numpy()).to_numpy(), index=df.index, dtype=object)


def row_label(model, setting=None) -> str:
    """'GPT-4 · 5-shot', or the model alone when no setting is stated."""
    model, setting = _text(model) or UNNAMED_MODEL, _text(setting)
    return f"{model} · {setting}" if setting else model


def _subset_rows(rows: pd.DataFrame, subset) -> pd.DataFrame:
    if subset == ALL_SUBSETS:
        return rows
    if subset is None or subset == NO_SUBSET:
        return rows[rows["subset"].isna()]
    return rows[rows["subset"] == subset]


def subset_choices(df: pd.DataFrame, benchmark: str, metric: str, kind: str = "score") -> list[str]:
    """What the leaderboard's subset picker offers for a benchmark+metric: ALL_SUBSETS first,
    then NO_SUBSET when some claims name no subset, then the subsets, most claims first.
    Just [ALL_SUBSETS] when no claim names a subset."""
    rows = df[(df["benchmark"] == benchmark) & (df["metric"] == metric) & (df["kind"] == kind)]
    named = rows["subset"].dropna()
    if named.empty:
        return [ALL_SUBSETS]
    counts = named.value_counts()
    subsets = sorted(counts.index, key=lambda s: (-counts[s], s))
    return [ALL_SUBSETS] + ([NO_SUBSET] if rows["subset"].isna().any() else []) + subsets


def _ref_name(written, role) -> str:
    w = written.strip() if isinstance(written, str) else ""
    return _ARTICLE.sub("", w) or ("human" if role == "human" else UNNAMED_MODEL)


def model_labels(rows: pd.DataFrame) -> pd.DataFrame:
    """How the leaderboard names each row of a claims frame (same index): `key` (model_key,
    or for a reference row the name as written without its article: 'human experts',
    UNNAMED_MODEL; a model the registry does not know that its paper only describes is that
    paper's own, 'ensemble method (2401.01208)', never joined with another paper's), `reference`
    (True for humans, unnamed aggregates and claims that name no model: never ranked as models)
    and `role` (model_role, None when missing)."""
    role = rows["model_role"].astype(object).where(rows["model_role"].notna(), None)
    keys = model_keys(rows)
    if "paper_id" in rows.columns and not rows.empty:
        own = rows["model_id"].isna() & rows["model"].map(described).astype(bool) & keys.notna()
        if own.any():
            keys = keys.copy()
            paper = rows.loc[own, "paper_id"].astype(str).str.replace(r"^arxiv:", "", regex=True)
            keys[own] = keys[own].astype(str) + " (" + paper + ")"
    ref = role.isin(REFERENCE_ROLES) | keys.isna()
    if ref.any():  # reference rows are few: their names are made one by one
        keys = keys.copy()
        keys[ref] = [_ref_name(w, r) for w, r in zip(rows.loc[ref, "model"].astype(object), role[ref])]
    return pd.DataFrame({"key": keys.astype(object), "reference": ref.astype(bool), "role": role}, index=rows.index)


def _prepare(rows: pd.DataFrame) -> pd.DataFrame:
    """rows with the leaderboard's grouping columns: _ref (a reference row: human, unnamed,
    or no model named), _key (model_key, or the reference's name), _setting ('' when
    unstated) and _role."""
    names = model_labels(rows)
    role = names["role"]
    return rows.assign(
        _ref=names["reference"], _key=names["key"],
        _setting=rows["setting"].astype(object).where(rows["setting"].notna(), ""),
        _role=role, _self=(role == "proposed"), _base=(role == "baseline"),
        _refrole=role.where(role.isin(REFERENCE_ROLES), "unnamed"),
    )


LEADERBOARD_COLUMNS = [
    "rank", "rank_label", "model", "setting", "median", "best", "n_papers", "n_claims",
    "self_reported", "third_party", "n_third_party", "self_vs_third",
    "independent", "gap", "independent_benchmark", "independent_runs",
    "conflict", "claimed_values", "subsets", "written_as", "family", "params_b", "reference",
    "row_id", "best_claim_id", "claim_ids",
]
PAPER_COLUMNS = ["row_id", "model", "setting", "reference", "paper_id", "paper_title", "value", "paper_role"]
_KEYS = ["_ref", "_key", "_setting"]


@dataclass
class Leaderboard:
    """One benchmark+metric: `ranked` (models, best first, tie-aware ranks), `reference`
    (humans and unnamed aggregates: never ranked), `papers` (each row's value per paper:
    that paper's best) and the direction used."""

    ranked: pd.DataFrame
    reference: pd.DataFrame
    papers: pd.DataFrame
    higher: bool

    def claim_ids(self, row_id: str) -> tuple:
        """The claims behind a row (best first); () for an unknown row."""
        for table in (self.ranked, self.reference):
            hit = table.loc[table["row_id"] == row_id, "claim_ids"]
            if len(hit):
                return tuple(hit.iloc[0])
        return ()


def _join_values(values: Iterable[float], higher: bool) -> str:
    return " | ".join(_fmt_value(v) for v in sorted(set(values), reverse=higher))


def _join_names(names: Iterable, limit: int = 6, chars: int = 80) -> str:
    """Distinct names, sorted, joined with ' | ': at most `limit`, each cut to `chars`."""
    kept = sorted({n.strip() for n in names if isinstance(n, str) and n.strip()})
    shown = " | ".join(_shorten(n, chars) for n in kept[:limit])
    return shown + (f" | … ({len(kept) - limit} more)" if len(kept) > limit else "")


def leaderboard_tables(
    df: pd.DataFrame, benchmark: str, metric: str, *, subset: str | None = ALL_SUBSETS, kind: str = "score",
    index: Mapping | None = None, independent: pd.DataFrame | None = None,
) -> Leaderboard:
    """The leaderboard of one benchmark+metric, from claims of `kind` (absolute scores).

    One row per model (model_key: the registry name, else the name as written) and setting
    when the text states one ('5-shot' and unstated are separate rows), whatever the paper
    or subset (`subset` restricts that: see ALL_SUBSETS, NO_SUBSET). Each paper counts once
    per row, with its best value for the model (direction from the metric registry, see
    higher_is_better):

    * median: the median of those per-paper values; best: the best of them; n_papers, n_claims;
    * self_reported: what the model's own paper claims (papers where its role is 'proposed');
      third_party: the median of what other papers report about it (role 'baseline'),
      n_third_party such papers; self_vs_third = self_reported - third_party;
    * rank by median, tie-aware: equal medians share the rank, rank_label '=2';
    * conflict: papers claim different values on the same subset (see conflicts);
      claimed_values, all of them;
    * with `independent` (map_independent_runs), the independent score beside the median
      (see attach_independent).

    Humans and unnamed aggregates (model_role human/unnamed, or no model named) are
    aggregated the same way in `reference`, never ranked.
    """
    rows = df[(df["benchmark"] == benchmark) & (df["metric"] == metric) & (df["kind"] == kind)]
    rows = _subset_rows(rows, subset)
    higher = higher_is_better(benchmark, metric, index)
    if rows.empty:
        return Leaderboard(_empty(LEADERBOARD_COLUMNS), _empty(LEADERBOARD_COLUMNS), _empty(PAPER_COLUMNS), higher)
    rows = _prepare(rows)
    rows["_family"] = family_of(rows)
    # best first, then claim_id: the first row of each group is its best claim
    rows = rows.sort_values(["value", "claim_id"], ascending=[not higher, True], kind="mergesort")
    best_fn = "max" if higher else "min"
    per_paper = (
        rows.groupby(_KEYS + ["paper_id"], sort=False)
        .agg(value=("value", best_fn), paper_title=("paper_title", "first"), _self=("_self", "any"),
             _base=("_base", "any"))
        .reset_index()
    )
    per_paper["_third"] = ~per_paper["_self"] & per_paper["_base"]
    by_row = per_paper.groupby(_KEYS, sort=False)
    stats = by_row.agg(median=("value", "median"), best=("value", best_fn), n_papers=("paper_id", "size"))
    stats["self_reported"] = per_paper[per_paper["_self"]].groupby(_KEYS)["value"].median()
    third = per_paper[per_paper["_third"]].groupby(_KEYS)["value"]
    stats["third_party"] = third.median()
    stats["n_third_party"] = third.size()
    claims = rows.groupby(_KEYS, sort=False)
    stats["n_claims"] = claims.size()
    stats["claimed_values"] = claims["value"].agg(lambda s: _join_values(s, higher))
    stats["written_as"] = claims["model"].agg(_join_names)
    stats["subsets"] = claims["subset"].agg(_join_names)
    stats["family"] = claims["_family"].first()
    stats["params_b"] = claims["params_b"].first()
    stats["reference"] = claims["_refrole"].first()
    stats["best_claim_id"] = claims["claim_id"].first()
    stats["claim_ids"] = claims["claim_id"].agg(tuple)
    # papers disagree on the same subset (two subsets' different values are no conflict)
    per_subset = _conflict_flags(rows.assign(_sub=rows["subset"].fillna("")), _KEYS + ["_sub"])
    stats["conflict"] = per_subset.groupby(level=list(range(len(_KEYS)))).any()
    out = stats.reset_index()
    out["n_third_party"] = out["n_third_party"].fillna(0).astype(int)
    out["self_vs_third"] = out["self_reported"] - out["third_party"]
    out["conflict"] = out["conflict"].fillna(False).astype(bool)
    out = out.rename(columns={"_key": "model", "_setting": "setting"})
    out["row_id"] = [join_list(["reference" if r else "model", k, s]) for r, k, s in zip(out["_ref"], out["model"], out["setting"])]
    ids = out[["_ref", "model", "setting", "row_id"]].rename(columns={"model": "_key", "setting": "_setting"})
    per_paper = per_paper.merge(ids, on=_KEYS, how="left").rename(columns={"_key": "model", "_setting": "setting"})
    per_paper["paper_role"] = [("self" if s else "third party" if t else None) for s, t in zip(per_paper["_self"], per_paper["_third"])]
    per_paper["reference"] = per_paper["_ref"]
    for frame in (out, per_paper):
        frame["setting"] = frame["setting"].replace("", None)
    for col in ("subsets", "written_as"):
        out[col] = out[col].replace("", None)

    order = ["median", "best", "model", "setting"]
    asc = [not higher, not higher, True, True]
    ranked = out[~out["_ref"]].sort_values(order, ascending=asc, kind="mergesort", na_position="first").reset_index(drop=True)
    ranked["rank"], ranked["rank_label"] = tie_ranks(ranked["median"], higher)
    ranked["reference"] = None
    reference = out[out["_ref"]].sort_values(order, ascending=asc, kind="mergesort", na_position="first").reset_index(drop=True)
    reference["rank"] = pd.Series([pd.NA] * len(reference), dtype="Int64")
    reference["rank_label"] = None
    for table in (ranked, reference):
        for col in ("independent", "gap", "independent_benchmark", "independent_runs"):
            table[col] = None if col in ("independent_benchmark", "independent_runs") else float("nan")
    if independent is not None:
        ranked = attach_independent(ranked, independent, benchmark, metric)
    papers = per_paper.sort_values(["row_id", "value"], ascending=[True, not higher], kind="mergesort")
    return Leaderboard(ranked[LEADERBOARD_COLUMNS], reference[LEADERBOARD_COLUMNS],
                       papers[PAPER_COLUMNS].reset_index(drop=True), higher)


def tie_ranks(values: pd.Series, higher: bool = True) -> tuple[pd.Series, pd.Series]:
    """Competition ranks ('1224') of values, best first, and their labels: '=2' where two or
    more values tie (compared to 9 decimals, so 0.1 + 0.2 ties 0.3)."""
    v = values.astype(float).round(9)
    rank = v.rank(method="min", ascending=not higher).astype("Int64")
    ties = v.map(v.value_counts()).fillna(1)
    label = [("" if pd.isna(r) else ("=" if n > 1 else "") + str(int(r))) for r, n in zip(rank, ties)]
    return rank, pd.Series(label, index=values.index, dtype=object)


def leaderboard(
    df: pd.DataFrame, benchmark: str, metric: str, *, subset: str | None = ALL_SUBSETS, kind: str = "score",
    index: Mapping | None = None, independent: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The ranked rows of leaderboard_tables (models only, best first)."""
    return leaderboard_tables(df, benchmark, metric, subset=subset, kind=kind, index=index,
                              independent=independent).ranked


def claims_of(df: pd.DataFrame, claim_ids: Iterable[str]) -> pd.DataFrame:
    """The claims with these ids, in the order given (a leaderboard row's claims, best first)."""
    ids = list(claim_ids)
    pos = {c: i for i, c in enumerate(ids)}
    sub = df[df["claim_id"].isin(pos)]
    return sub.iloc[sub["claim_id"].map(pos).argsort(kind="mergesort")].reset_index(drop=True)


# the leaderboard chart's three kinds of point
POINT_KINDS = ("one paper's best", "median of papers", "independent (Epoch AI)")


def leaderboard_points(board: Leaderboard, limit: int = 30) -> pd.DataFrame:
    """The leaderboard chart's points for the `limit` best ranked rows: each paper's value,
    the median and the independent score where there is one (`what`: POINT_KINDS). `label`
    is the y-axis label (model · setting), `model` the full name for the tooltip, `order`
    the row's position, `family` its colour (common.family_of). Missing text is '' (a
    tooltip would print 'null')."""
    cols = ["order", "label", "rank_label", "model", "family", "setting", "what", "value", "paper_title"]
    top = board.ranked.head(limit)
    if top.empty:
        return _empty(cols)
    top = top.assign(order=range(len(top)), label=[row_label(m, s) for m, s in zip(top["model"], top["setting"])])
    base = top[["row_id", "order", "label", "rank_label", "model", "family", "setting"]]
    papers = board.papers[board.papers["row_id"].isin(top["row_id"])][["row_id", "value", "paper_title"]]
    paper, median, independent = POINT_KINDS
    parts = [
        base.merge(papers, on="row_id").assign(what=paper),
        base.assign(what=median, value=top["median"].to_numpy(), paper_title=None),
        base.assign(what=independent, value=pd.to_numeric(top["independent"], errors="coerce").to_numpy(),
                    paper_title=None),
    ]
    out = pd.concat(parts, ignore_index=True)
    out = out[out["value"].notna()]
    out["_k"] = out["what"].map({k: i for i, k in enumerate(POINT_KINDS)})
    out = out.sort_values(["order", "_k"], kind="mergesort").reset_index(drop=True)[cols]
    return blank_text(_short_text(out, ("label", "model", "paper_title")), ("family", "setting", "paper_title"))


def gap_points(gaps: pd.DataFrame, limit: int = 40) -> pd.DataFrame:
    """The gap chart's bars: the `limit` largest gaps of claim_gaps, with a y-axis `label`
    (model · setting · benchmark) and their `order`; tooltip text cut to TOOLTIP_CHARS."""
    top = gaps.head(limit).drop(columns=["claim_ids"])
    top = top.assign(label=[f"{row_label(m, s)} · {b}" for m, s, b in zip(top["model"], top["setting"], top["benchmark"])],
                     order=range(len(top)))
    top = _short_text(top, ("label", "model", "benchmark", "setting", "independent_runs"))
    return blank_text(top, ("setting", "independent_runs", "independent_benchmark")).reset_index(drop=True)


# --------------------------------------------------------------------------- independent runs

MAPPED = "mapped"
INDEPENDENT_COLUMNS = ["epoch_model", "version_date", "epoch_benchmark", "score", "model_id", "model",
                       "benchmark", "value", "same_test", "metrics", "status"]
MAPPING_COLUMNS = ["epoch_benchmark", "benchmark", "scale", "same_test", "metrics", "note"]


def _true(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def map_independent_runs(runs: pd.DataFrame, mapping: pd.DataFrame,
                         resolve: Callable[[str], Resolution | None] | None = None) -> pd.DataFrame:
    """Epoch AI's benchmark runs (columns 'Model Name', 'Version Release Date', 'Benchmark',
    'Benchmark Score' on 0-1) keyed like the claims: one row per run with

    * model_id / model: the registry's name (`resolve`, default schema.registry.resolve) and
      the leaderboard key (model_key, with the resolution's size);
    * benchmark / value: the project's benchmark from `mapping` (MAPPING_COLUMNS: one row per
      Epoch benchmark; an empty `benchmark` leaves it unused, `note` says why) and the score
      times the mapping's `scale` (100: Epoch's 0-1 becomes the claims' 0-100 percent);
    * same_test: false when the project benchmark is a different test (Epoch's 'MATH level 5'
      is only MATH's hardest problems): shown for context, never counted as a gap;
    * status: MAPPED, else why the run is not used (the model is not in the registry, its name
      resolves only by dropping a suffix such as '-preview' (another model), no score, or
      the benchmark's note).
    """
    if resolve is None:
        from claimboard.schema.registry import resolve as registry_resolve

        resolve = registry_resolve
    maps = {_text(r["epoch_benchmark"]): r for r in mapping.to_dict("records") if _text(r.get("epoch_benchmark"))}
    out = []
    for r in runs.to_dict("records"):
        name, bench = _text(r.get("Model Name")), _text(r.get("Benchmark"))
        score = _number(r.get("Benchmark Score"))
        m = maps.get(bench)
        target = _text(m.get("benchmark")) if m else None
        res = resolve(name) if name else None
        row = {
            "epoch_model": name, "version_date": _text(r.get("Version Release Date")), "epoch_benchmark": bench,
            "score": score, "model_id": res.model_id if res else None, "model": None, "benchmark": target,
            "value": None, "same_test": bool(m is not None and _true(m.get("same_test"))),
            "metrics": _text(m.get("metrics")) if m else None,
        }
        if res is not None and res.variant is None:
            row["model"] = model_key(name, res.model_id, res.params_b, res.size_source)
        if m is not None and target and score is not None:
            row["value"] = score * (_number(m.get("scale")) or 1.0)
        if m is None or not target:
            row["status"] = "benchmark not used" + (f": {_text(m.get('note'))}" if m is not None and _text(m.get("note")) else "")
        elif score is None:
            row["status"] = "no score"
        elif res is None:
            row["status"] = "model not in the registry"
        elif res.variant is not None:
            row["status"] = f"resolves to {res.model_id} only by dropping '{res.variant}': another model"
        else:
            row["status"] = MAPPED
        out.append(row)
    frame = pd.DataFrame(out, columns=INDEPENDENT_COLUMNS)
    frame["value"] = frame["value"].astype(float)
    frame["score"] = frame["score"].astype(float)
    frame["same_test"] = frame["same_test"].astype(bool)
    return frame


def independent_coverage(mapped: pd.DataFrame) -> pd.DataFrame:
    """Per Epoch benchmark (and 'all'): runs, runs whose model is in the registry, runs
    mapped to a project benchmark, runs used (both)."""
    d = mapped.assign(_model=mapped["model"].notna(), _bench=mapped["benchmark"].notna(),
                      _used=mapped["status"] == MAPPED)
    per = (d.groupby("epoch_benchmark", sort=True, dropna=False)
           .agg(benchmark=("benchmark", "first"), runs=("status", "size"), model_in_registry=("_model", "sum"),
                benchmark_mapped=("_bench", "sum"), used=("_used", "sum"))
           .reset_index())
    total = pd.DataFrame([{"epoch_benchmark": "all", "benchmark": None, "runs": len(d),
                           "model_in_registry": int(d["_model"].sum()), "benchmark_mapped": int(d["_bench"].sum()),
                           "used": int(d["_used"].sum())}])
    out = pd.concat([per, total], ignore_index=True)
    for c in ("runs", "model_in_registry", "benchmark_mapped", "used"):
        out[c] = out[c].astype(int)
    return out


def _metric_ok(metrics, metric: str) -> bool:
    return metric in [m.strip() for m in str(metrics or "").split("|") if m.strip()]


def attach_independent(table: pd.DataFrame, independent: pd.DataFrame, benchmark: str, metric: str) -> pd.DataFrame:
    """table (leaderboard rows) with the independent score beside the claimed median, for rows
    whose model has a mapped run on `benchmark` with `metric` among the mapping's metrics, and
    whose claims name no subset (the run is on the whole test):

    * independent: of that model's runs (Epoch runs some models several times: versions,
      settings), the one nearest the claimed median, so a gap never comes from comparing
      with the wrong version; runs on the same test are preferred to runs on another test;
    * independent_runs: every run, 'value (version date)'; independent_benchmark: Epoch's name;
    * gap: median - independent (points; positive: the papers claim more), only when the
      run is on the same test (else blank: the number is context, not a comparison).
    """
    out = table.copy()
    for col in ("independent", "gap"):
        out[col] = float("nan")
    for col in ("independent_benchmark", "independent_runs"):
        out[col] = None
    if out.empty or independent is None or independent.empty:
        return out
    usable = independent[(independent["status"] == MAPPED) & (independent["benchmark"] == benchmark)]
    usable = usable[[_metric_ok(m, metric) for m in usable["metrics"]]]
    if usable.empty:
        return out
    usable = usable.sort_values(["version_date", "value"], kind="mergesort", na_position="first")
    groups = {}
    for model, g in usable.groupby("model", sort=False):
        same = g[g["same_test"]]
        use = same if len(same) else g  # runs on the same test first
        runs = " | ".join(f"{v:.1f}" + (f" ({d})" if d else "") for v, d in zip(use["value"], use["version_date"]))
        groups[model] = (use["value"].to_numpy(dtype=float), bool(len(same)), runs,
                         " | ".join(dict.fromkeys(use["epoch_benchmark"])))
    indep: list[float] = []
    gap: list[float] = []
    names: list[str | None] = []
    runs_text: list[str | None] = []
    subsets = out["subsets"] if "subsets" in out else pd.Series([None] * len(out), index=out.index)
    for model, median, subset in zip(out["model"], out["median"], subsets):
        hit = groups.get(model)
        if hit is None or _text(subset) or pd.isna(median):
            indep.append(float("nan"))
            gap.append(float("nan"))
            names.append(None)
            runs_text.append(None)
            continue
        values, same_test, runs, bench_names = hit
        nearest = float(values[int(abs(values - float(median)).argmin())])
        indep.append(nearest)
        gap.append(float(median) - nearest if same_test else float("nan"))
        names.append(bench_names)
        runs_text.append(runs)
    out["independent"], out["gap"] = indep, gap
    out["independent_benchmark"], out["independent_runs"] = names, runs_text
    return out


GAP_COLUMNS = ["benchmark", "metric", "model", "setting", "median", "n_papers", "self_reported", "third_party",
               "independent", "gap", "abs_gap", "same_test", "independent_benchmark", "independent_runs",
               "row_id", "best_claim_id", "claim_ids"]


def claim_gaps(df: pd.DataFrame, independent: pd.DataFrame, *, threshold: float = GAP_THRESHOLD,
               same_test_only: bool = True, kind: str = "score", index: Mapping | None = None) -> pd.DataFrame:
    """Models whose claimed median sits more than `threshold` points from every independent
    run of theirs (the nearest one, see attach_independent), largest gap first, over every
    benchmark+metric an Epoch benchmark maps to. Only claims that name no subset compare.
    same_test_only=False also lists runs on another test (MATH level 5 beside MATH claims),
    with same_test False: a difference to read with care, not a gap."""
    used = independent[independent["status"] == MAPPED] if independent is not None else None
    if used is None or used.empty or df.empty:
        return _empty(GAP_COLUMNS)
    parts = []
    candidates = df[(df["kind"] == kind) & df["benchmark"].isin(set(used["benchmark"]))]
    for (bench, metric), _ in candidates.groupby(["benchmark", "metric"], sort=True):
        if not any(_metric_ok(m, metric) for m in used.loc[used["benchmark"] == bench, "metrics"]):
            continue
        ranked = leaderboard_tables(df, bench, metric, subset=NO_SUBSET, kind=kind, index=index,
                                    independent=used).ranked
        ranked = ranked[ranked["independent"].notna()].copy()
        if ranked.empty:
            continue
        ranked["same_test"] = ranked["gap"].notna()
        diff = ranked["median"].astype(float) - ranked["independent"].astype(float)
        ranked["gap"] = diff.where(ranked["same_test"] | (not same_test_only))
        ranked["benchmark"], ranked["metric"] = bench, metric
        parts.append(ranked)
    if not parts:
        return _empty(GAP_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["abs_gap"] = out["gap"].abs()
    out = out[out["abs_gap"] > threshold]
    out = out.sort_values(["abs_gap", "model", "benchmark"], ascending=[False, True, True], kind="mergesort")
    out["row_id"] = [join_list([b, m, r]) for b, m, r in zip(out["benchmark"], out["metric"], out["row_id"])]
    return out.reset_index(drop=True)[GAP_COLUMNS]


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


def conflicts(df: pd.DataFrame) -> pd.DataFrame:
    """Groups (model, benchmark, metric, kind, subset) where papers claim different values."""
    named = df[df["model"].notna()].assign(subset=df["subset"].fillna(""))
    keys = ["model", "benchmark", "metric", "kind", "subset"]
    if named.empty:
        return pd.DataFrame(columns=keys)
    flag = _conflict_flags(named, keys)
    return flag[flag].reset_index()[keys]

