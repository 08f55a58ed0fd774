"""claimboard's dashboard: `streamlit run dashboard/app.py` (or `claimboard dashboard`).

The data file is $CLAIMBOARD_DATA, else data/claims.parquet under the current folder.
It is read by dashboard/loading.py: a file that is not a claims Parquet file gets one
error message (no traceback); at most $CLAIMBOARD_MAX_ROWS (default loading.MAX_ROWS)
rows are loaded and text longer than loading.MAX_TEXT_CHARS is cut, each with a warning.
All data work is in dashboard/transforms.py; this file only lays out widgets and charts.
Nothing from the data is ever rendered as HTML: text goes through st.text/st.dataframe or
through transforms.escape_markdown before st.markdown. Tables show missing values blank.
Epoch AI's independent runs are read from the committed copy in schema/vocab/
(epoch_benchmark_runs.csv and its reviewed mapping epoch_benchmarks.csv, see EPOCH_RUNS.md).
"""
from __future__ import annotations

import os
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from claimboard.dashboard import loading as L
from claimboard.dashboard import transforms as T
from claimboard.schema.columns import KINDS
from claimboard.schema.io import csv_bytes
from claimboard.schema.registry import VOCAB_DIR
from claimboard.schema.validate import validate_claims

DEFAULT_DATA = Path("data") / "claims.parquet"
BUILD_COMMAND = "claimboard extract seeds/ --out data/"
TABS = ["Size view", "Benchmarks", "Leaderboard", "Claimed vs independent", "Provenance"]
PICK_LIMIT = 500  # claims offered in the provenance pick list
DRILL_ROWS = 1000  # rows of the benchmark drill-down table
BAR_LIMIT = 40  # benchmarks in the bar chart
BOARD_CHART_ROWS = 30  # ranked rows in the leaderboard chart
GAP_CHART_ROWS = 40  # rows in the gap chart
SENTENCES = 20  # evidence sentences quoted under a leaderboard row
EPOCH_RUNS = VOCAB_DIR / "epoch_benchmark_runs.csv"
EPOCH_MAPPING = VOCAB_DIR / "epoch_benchmarks.csv"
EPOCH_CREDIT = "Independent scores: Epoch AI, Data on AI Models, CC BY 4.0 (epoch.ai/data)."

# session-state keys of the sidebar filters
_FK = {
    "benchmarks": "f_bench",
    "categories": "f_cat",
    "kinds": "f_kind",
    "metrics": "f_metric",
    "size_min": "f_min",
    "size_max": "f_max",
    "include_unknown_size": "f_unknown",
    "search": "f_search",
}
# query-string keys of the view's own state (besides the filters), with their session keys
_VIEW_PARAMS = {"sv_bench": "sv_bench", "sv_kind": "sv_kind", "color": "sv_color", "lb": "lb_bench",
                "lb_metric": "lb_metric", "lb_subset": "lb_subset", "lb_row": "lb_row", "claim": "prov_claim",
                "drill": "bv_bench"}
_LIST_VIEW_PARAMS = {"sv_bench"}
COLOR_CHOICES = ["model family", "paper"]


def data_path() -> Path:
    return Path(os.environ.get("CLAIMBOARD_DATA") or DEFAULT_DATA)


@st.cache_data(show_spinner="Loading and validating claims…", max_entries=2)
def load(path: str, mtime: int, max_rows: int = L.MAX_ROWS, max_bytes: int = L.MAX_BYTES,
         max_chars: int = L.MAX_TEXT_CHARS) -> tuple[pd.DataFrame, pd.DataFrame, L.LoadInfo]:
    """(valid claims, rejects, what loading left out) of the claims file at path: its
    first max_rows rows (within max_bytes), text cut to max_chars (dashboard/loading.py);
    mtime and the limits key the cache. Raises loading.LoadError when the file is not a
    claims Parquet file."""
    frame, info = L.read_claims(Path(path), max_rows=max_rows, max_bytes=max_bytes, max_chars=max_chars)
    valid, rejects = validate_claims(frame)
    return valid, rejects, info


@st.cache_data(show_spinner=False, max_entries=2)
def load_independent(runs_path: str, mapping_path: str, mtime: int) -> pd.DataFrame:
    """Epoch AI's runs keyed like the claims (transforms.map_independent_runs)."""
    runs = pd.read_csv(runs_path, dtype=str, keep_default_na=False)
    mapping = pd.read_csv(mapping_path, dtype=str, keep_default_na=False)
    return T.map_independent_runs(runs, mapping)


def independent_runs() -> tuple[pd.DataFrame | None, tuple | None, str | None]:
    """(the mapped runs, their cache key, None), or (None, None, why not) when the committed
    files cannot be read."""
    try:
        key = (str(EPOCH_RUNS), str(EPOCH_MAPPING), EPOCH_RUNS.stat().st_mtime_ns, EPOCH_MAPPING.stat().st_mtime_ns)
        return load_independent(key[0], key[1], max(key[2:])), key, None
    except Exception as err:  # a missing or damaged data file must not take the dashboard down
        return None, None, f"{type(err).__name__}: {L.short(str(err))}"


def view_key(path: Path, filters: T.Filters) -> tuple:
    """What the filtered claims depend on: the file and its version, the load limits, the filters."""
    return (str(path.resolve()), path.stat().st_mtime_ns, L.row_cap(), L.MAX_BYTES, L.MAX_TEXT_CHARS,
            tuple(sorted(T.filters_to_params(filters).items())))


# The leaderboard and the gap list are cached under the keys of what they are computed from
# (the frames themselves, prefixed with _, are not hashed): a rerun that only clicks is cheap.
@st.cache_data(show_spinner=False, max_entries=32)
def cached_board(keys: tuple, benchmark: str, metric: str, subset: str, _view: pd.DataFrame,
                 _independent: pd.DataFrame | None) -> T.Leaderboard:
    return T.leaderboard_tables(_view, benchmark, metric, subset=subset, independent=_independent)


@st.cache_data(show_spinner=False, max_entries=16)
def cached_gaps(keys: tuple, threshold: float, same_test_only: bool, _view: pd.DataFrame,
                _independent: pd.DataFrame) -> pd.DataFrame:
    return T.claim_gaps(_view, _independent, threshold=threshold, same_test_only=same_test_only)


def table(data: pd.DataFrame, **kwargs):
    """st.dataframe without the index, missing values blank (never 'None')."""
    kwargs.setdefault("hide_index", True)
    return st.dataframe(data, placeholder="", **kwargs)


# --------------------------------------------------------------------------- state


def _options(df: pd.DataFrame) -> dict[str, list[str]]:
    return {
        "benchmarks": sorted(df["benchmark"].dropna().unique().tolist()),
        "categories": sorted(df["category"].fillna(T.UNKNOWN_CATEGORY).unique().tolist()),
        "kinds": _present_kinds(df),
        "metrics": sorted(df["metric"].dropna().unique().tolist()),
    }


def _present_kinds(df: pd.DataFrame) -> list[str]:
    present = set(df["kind"].unique().tolist())
    return [k for k in KINDS if k in present]


def _restore_from_query(df: pd.DataFrame, options: dict[str, list[str]]) -> None:
    """Once per session: widget state from the URL's query string."""
    if st.session_state.get("_restored"):
        return
    st.session_state["_restored"] = True
    qp = st.query_params
    f = T.restrict_to_options(T.filters_from_params(qp.to_dict()), options)
    for attr, key in _FK.items():
        value = getattr(f, attr)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    for param, key in _VIEW_PARAMS.items():
        if param in qp:
            raw = qp[param]
            st.session_state[key] = T.split_list(raw) if param in _LIST_VIEW_PARAMS else raw


def _keep_valid(key: str, options: list, *, multi: bool, fallback=None) -> None:
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


def _mirror_query_params(filters: T.Filters) -> None:
    """Write the filters and view state into the URL so a view can be shared."""
    want = T.filters_to_params(filters)
    for param, key in _VIEW_PARAMS.items():
        value = st.session_state.get(key)
        if value in (None, "", []):
            continue
        want[param] = T.join_list(value) if param in _LIST_VIEW_PARAMS else str(value)
    managed = set(T.FILTER_PARAM_KEYS) | set(_VIEW_PARAMS)
    qp = st.query_params
    for key in managed:
        if key in want:
            if qp.get(key) != want[key]:
                qp[key] = want[key]
        elif key in qp:
            del qp[key]


# --------------------------------------------------------------------------- sidebar


def sidebar(df: pd.DataFrame, options: dict[str, list[str]]) -> T.Filters:
    sb = st.sidebar
    sb.header("Filters")
    for attr, label in (("benchmarks", "Benchmark"), ("categories", "Category"), ("kinds", "Kind"), ("metrics", "Metric")):
        _keep_valid(_FK[attr], options[attr], multi=True, fallback=[])
        sb.multiselect(label, options[attr], key=_FK[attr], placeholder="all")
    sb.markdown("**Model size (billions of parameters)**")
    c1, c2 = sb.columns(2)
    for key, default in ((_FK["size_min"], None), (_FK["size_max"], None)):
        st.session_state.setdefault(key, default)
    c1.number_input("from", min_value=0.0, step=1.0, format="%g", key=_FK["size_min"], placeholder="any")
    c2.number_input("to", min_value=0.0, step=1.0, format="%g", key=_FK["size_max"], placeholder="any")
    st.session_state.setdefault(_FK["include_unknown_size"], True)
    n_unknown = int(df["params_b"].isna().sum())
    sb.checkbox(
        f"Include claims of unknown size ({n_unknown:,})",
        key=_FK["include_unknown_size"],
        help="Claims whose model size is not stated are kept unless you exclude them here.",
    )
    st.session_state.setdefault(_FK["search"], "")
    sb.text_input("Search model or paper title", key=_FK["search"], placeholder="e.g. llama, scaling")
    ss = st.session_state
    return T.Filters(
        benchmarks=tuple(ss[_FK["benchmarks"]]),
        categories=tuple(ss[_FK["categories"]]),
        kinds=tuple(ss[_FK["kinds"]]),
        metrics=tuple(ss[_FK["metrics"]]),
        size_min=ss[_FK["size_min"]],
        size_max=ss[_FK["size_max"]],
        include_unknown_size=bool(ss[_FK["include_unknown_size"]]),
        search=ss[_FK["search"]] or "",
    )


# --------------------------------------------------------------------------- views


def _pick_from_event(event, param: str, state_key: str) -> None:
    """A chart/table selection picks the claim shown under Provenance (once per new pick)."""
    try:
        picked = event.selection.get(param) if param else None
    except AttributeError:
        picked = None
    claim = None
    if isinstance(picked, list) and picked and isinstance(picked[0], dict):
        claim = picked[0].get("claim_id")
    marker = f"_last_{state_key}"
    if claim and st.session_state.get(marker) != claim:
        st.session_state["prov_claim"] = claim
    st.session_state[marker] = claim


def size_view(view: pd.DataFrame, filters: T.Filters) -> None:
    counts = T.benchmark_counts(view)
    benches = counts["benchmark"].tolist()
    # default: the benchmarks chosen in the sidebar (up to 4), else the one with most claims
    default = [b for b in benches if b in set(filters.benchmarks)][:4] or benches[:1]
    _keep_valid("sv_bench", benches, multi=True, fallback=default)
    if not st.session_state.get("sv_bench"):
        st.session_state["sv_bench"] = default
    c1, c2, c3 = st.columns([3, 2, 2])
    chosen = c1.multiselect("Benchmark(s) to plot", benches, key="sv_bench", max_selections=8)
    kinds = _present_kinds(view)
    _keep_valid("sv_kind", kinds, multi=False, fallback="score" if "score" in kinds else kinds[0])
    kind = c2.radio("Kind", kinds, key="sv_kind", horizontal=True,
                    help="Scores, deltas and relative results are never drawn on one axis.")
    _keep_valid("sv_color", COLOR_CHOICES, multi=False, fallback=COLOR_CHOICES[0])
    color_by = c3.radio("Colour by", COLOR_CHOICES, key="sv_color", horizontal=True)
    if not chosen:
        st.info("Pick at least one benchmark to plot.")
        return
    sub = view[view["benchmark"].isin(chosen) & (view["kind"] == kind)]
    if sub.empty:
        st.info(f"No {escape(kind)} claims on {escape(', '.join(chosen))} in this selection.")
        return
    data = T.size_view_data(sub, max_points=T.MAX_POINTS)
    for part in (data.sized, data.unknown):
        part["panel"] = part["benchmark"].astype(str) + " · " + part["metric"].astype(str)
    if data.note:
        st.caption(data.note)
    color_field = "family" if color_by == "model family" else "paper_title"
    # one colour per label across both charts (the same family/paper, the same colour)
    both = pd.concat([data.sized[color_field], data.unknown[color_field]], ignore_index=True)
    labels = T.top_labels(both.fillna(T.UNNAMED_MODEL), 12)
    data.sized["colour"] = labels.iloc[: len(data.sized)].to_numpy()
    data.unknown["colour"] = labels.iloc[len(data.sized):].to_numpy()
    domain = sorted(labels.unique().tolist())
    legend_title = "Model family" if color_by == "model family" else "Paper"
    color = alt.Color("colour:N", title=legend_title, scale=alt.Scale(domain=domain, scheme="tableau20"),
                      legend=alt.Legend(labelLimit=260))
    tooltip = [
        alt.Tooltip("model:N", title="model"),
        alt.Tooltip("family:N", title="model family"),
        alt.Tooltip("params_b:Q", title="size (B)", format=",.3~f"),
        alt.Tooltip("paper_title:N", title="paper"),
        alt.Tooltip("value:Q", title="value"),
        alt.Tooltip("unit:N", title="unit"),
        alt.Tooltip("metric:N", title="metric"),
        alt.Tooltip("benchmark:N", title="benchmark"),
        alt.Tooltip("subset:N", title="subset"),
        alt.Tooltip("evidence:N", title="evidence"),
    ]
    y_title = {"score": "claimed score", "delta": "claimed difference", "relative": "% of reference"}[kind]
    st.markdown(f"**Claimed {escape(kind)} vs model size** ({data.total_sized:,} claims with a known size)")
    if data.sized.empty:
        st.info("None of these claims has a known model size: see the strip below.")
    else:
        pick = alt.selection_point(name="pick", fields=["claim_id"], on="click")
        points = (
            alt.Chart(data.sized)
            .mark_circle(size=70, opacity=0.75)
            .encode(
                x=alt.X("params_b:Q", scale=alt.Scale(type="log"), title="parameters (billions, log scale)"),
                y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False)),
                color=color,
                shape=alt.Shape("metric:N", title="metric"),
                tooltip=tooltip + [alt.Tooltip("claim_id:N", title="claim")],
            )
            .add_params(pick)
        )
        # one panel per benchmark and metric: BLEU and chrF never share a value axis
        panels = data.sized["panel"].nunique()
        if panels > 1:
            chart = points.properties(width=380, height=280).facet(facet=alt.Facet("panel:N", title=None), columns=2)
            chart = chart.resolve_scale(y="independent")
        else:
            chart = points.properties(height=380, title=str(data.sized["panel"].iloc[0]))
        event = st.altair_chart(chart, key="size_chart", on_select="rerun", selection_mode=["pick"])
        _pick_from_event(event, "pick", "size_chart")
    st.markdown(f"**Size unknown** ({data.total_unknown:,} claims whose model size is not stated)")
    if data.unknown.empty:
        st.caption("Every claim in this selection has a known model size.")
    else:
        upick = alt.selection_point(name="upick", fields=["claim_id"], on="click")
        strip = (
            alt.Chart(data.unknown)
            .mark_tick(thickness=2, size=18)
            .encode(
                x=alt.X("value:Q", title=y_title, scale=alt.Scale(zero=False)),
                y=alt.Y("panel:N", title=None),
                # the legend of the chart above covers both (shared colour domain)
                color=color if data.sized.empty else color.legend(None),
                tooltip=tooltip + [alt.Tooltip("claim_id:N", title="claim")],
            )
            .add_params(upick)
            .properties(height=alt.Step(34))
        )
        event = st.altair_chart(strip, key="unknown_chart", on_select="rerun", selection_mode=["upick"])
        _pick_from_event(event, "upick", "unknown_chart")


def benchmark_view(view: pd.DataFrame) -> None:
    counts = T.benchmark_counts(view)
    shown = counts.head(BAR_LIMIT)
    if len(counts) > BAR_LIMIT:
        st.caption(f"The {BAR_LIMIT} benchmarks with the most claims, of {len(counts):,}.")
    bpick = alt.selection_point(name="bpick", fields=["benchmark"], on="click")
    bars = (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            y=alt.Y("benchmark:N", sort="-x", title=None),
            x=alt.X("claims:Q", title="claims", axis=alt.Axis(format="d", tickMinStep=1)),
            color=alt.Color("category:N", title="category"),
            tooltip=["benchmark:N", "category:N", "claims:Q", "papers:Q", "models:Q"],
        )
        .add_params(bpick)
        .properties(height=alt.Step(22), title="Claims per benchmark")
        .configure_axisY(labelLimit=220)
    )
    event = st.altair_chart(bars, key="bench_chart", on_select="rerun", selection_mode=["bpick"])
    benches = counts["benchmark"].tolist()
    try:
        picked = event.selection.get("bpick") or []
    except AttributeError:
        picked = []
    clicked = picked[0].get("benchmark") if picked and isinstance(picked[0], dict) else None
    if clicked in benches and st.session_state.get("_last_bpick") != clicked:
        st.session_state["bv_bench"] = clicked
    st.session_state["_last_bpick"] = clicked
    _keep_valid("bv_bench", benches, multi=False, fallback=benches[0])
    drill = st.selectbox("Drill into a benchmark", benches, key="bv_bench")
    sub = view[view["benchmark"] == drill]
    st.markdown(f"**{escape(drill)}**: {len(sub):,} claims from {sub['paper_id'].nunique():,} papers")
    breakdown = (
        sub.groupby(["metric", "kind"], sort=True)
        .agg(claims=("claim_id", "size"), papers=("paper_id", "nunique"), models=("model", "nunique"),
             min=("value", "min"), median=("value", "median"), max=("value", "max"))
        .reset_index()
    )
    table(breakdown)
    cols = ["model", "params_b", "subset", "metric", "kind", "value", "unit", "qualifier", "paper_title", "evidence"]
    if len(sub) > DRILL_ROWS:
        st.caption(f"First {DRILL_ROWS:,} of {len(sub):,} claims (download the CSV for all).")
    table(sub[cols].head(DRILL_ROWS))


BOARD_COLUMNS = {
    "rank_label": st.column_config.TextColumn("rank", width="small", help="By the median over papers; '=2': tied"),
    "model": st.column_config.TextColumn("model", help="The registry's name (model_id), else the name as written"),
    "setting": st.column_config.TextColumn("setting", help="As the text states it; blank: not stated"),
    "median": st.column_config.NumberColumn("claimed median", format="%g",
                                            help="Median over papers of each paper's best value for the model"),
    "best": st.column_config.NumberColumn("best claim", format="%g"),
    "n_papers": st.column_config.NumberColumn("papers", format="%d"),
    "n_claims": st.column_config.NumberColumn("claims", format="%d"),
    "self_reported": st.column_config.NumberColumn("own paper", format="%g",
                                                   help="What the model's own paper claims (role 'proposed')"),
    "third_party": st.column_config.NumberColumn("other papers", format="%g",
                                                 help="Median of what other papers report about it (role 'baseline')"),
    "n_third_party": st.column_config.NumberColumn("other papers (n)", format="%d"),
    "independent": st.column_config.NumberColumn("independent", format="%.1f",
                                                 help="Epoch AI's run nearest the claimed median (all runs: 'Epoch runs')"),
    "gap": st.column_config.NumberColumn("claimed − independent", format="%+.1f",
                                         help="Blank when Epoch's test is not the same (MATH level 5 beside MATH)"),
    "independent_benchmark": st.column_config.TextColumn("Epoch benchmark"),
    "independent_runs": st.column_config.TextColumn("Epoch runs"),
    "conflict": st.column_config.CheckboxColumn("conflict", help="Papers claim different values"),
    "claimed_values": st.column_config.TextColumn("all claimed values"),
    "subsets": st.column_config.TextColumn("subsets"),
    "written_as": st.column_config.TextColumn("written as"),
    "params_b": st.column_config.NumberColumn("size (B)", format="%g"),
    "reference": st.column_config.TextColumn("kind"),
}
RANKED_ORDER = ["rank_label", "model", "setting", "median", "best", "n_papers", "n_claims", "self_reported",
                "third_party", "n_third_party", "independent", "gap", "independent_benchmark", "independent_runs",
                "conflict", "claimed_values", "subsets", "written_as", "params_b"]
REFERENCE_ORDER = ["reference", "model", "setting", "median", "best", "n_papers", "n_claims", "claimed_values",
                   "subsets", "written_as"]
GAP_ORDER = ["model", "benchmark", "metric", "setting", "median", "independent", "gap", "n_papers", "self_reported",
             "third_party", "independent_benchmark", "independent_runs"]


def _picked_row(event, frame: pd.DataFrame, marker: str) -> pd.Series | None:
    """The row of `frame` newly selected in a st.dataframe (None when the selection did not change)."""
    try:
        rows = event.selection.rows
    except AttributeError:
        rows = []
    row = frame.iloc[rows[0]] if rows and rows[0] < len(frame) else None
    picked = None if row is None else row["row_id"]
    changed = picked is not None and st.session_state.get(marker) != picked
    st.session_state[marker] = picked
    return row if changed else None


def _board_table(frame: pd.DataFrame, key: str, order: list[str]):
    return table(frame.drop(columns=["claim_ids"]), key=key, on_select="rerun", selection_mode="single-row",
                 column_order=[c for c in order if c in frame.columns], column_config=BOARD_COLUMNS)


def _pick_row(row: pd.Series | None, state_key: str) -> None:
    """A clicked table row: show its claims below and its best claim under Provenance."""
    if row is not None:
        st.session_state[state_key] = row["row_id"]
        st.session_state["prov_claim"] = row["best_claim_id"]


def claims_panel(view: pd.DataFrame, claim_ids, key: str) -> None:
    """The claims behind a row (best first), each with its sentence; a click opens it under Provenance."""
    claims = T.claims_of(view, claim_ids)
    if claims.empty:
        return
    cols = ["value", "unit", "paper_title", "model", "model_role", "setting", "subset", "qualifier", "evidence",
            "claim_id"]
    event = table(claims[cols], key=key, on_select="rerun", selection_mode="single-row",
                  column_config={"value": st.column_config.NumberColumn("value", format="%g"),
                                 "paper_title": st.column_config.TextColumn("paper"),
                                 "model": st.column_config.TextColumn("written as"),
                                 "model_role": st.column_config.TextColumn("role"),
                                 "evidence": st.column_config.TextColumn("evidence", width="large")})
    try:
        rows = event.selection.rows
    except AttributeError:
        rows = []
    claim = claims.iloc[rows[0]]["claim_id"] if rows and rows[0] < len(claims) else None
    marker = f"_last_{key}"
    if claim and st.session_state.get(marker) != claim:
        st.session_state["prov_claim"] = claim
    st.session_state[marker] = claim
    shown = claims.head(SENTENCES)
    for r in shown.to_dict("records"):
        st.markdown("> " + T.highlighted_markdown(r["evidence"], r["value_text"]))
        role = r["model_role"] if isinstance(r["model_role"], str) else ""
        st.caption(" · ".join(escape(x) for x in (r["paper_title"], role, r["setting"]) if isinstance(x, str) and x))
    if len(claims) > SENTENCES:
        st.caption(f"The first {SENTENCES} of {len(claims):,} sentences; the table above lists every claim.")


def _board_chart(board: T.Leaderboard, metric: str) -> None:
    points = T.leaderboard_points(board, BOARD_CHART_ROWS)
    if points.empty:
        return
    what = alt.Color("what:N", title=None, scale=alt.Scale(domain=list(T.POINT_KINDS), range=["#4c78a8", "#222222", "#e45756"]),
                     legend=alt.Legend(orient="top"))
    base = alt.Chart(points).encode(
        y=alt.Y("label:N", title=None, sort=alt.EncodingSortField(field="order", op="min"),
                axis=alt.Axis(labelLimit=220)),
        x=alt.X("value:Q", title=f"{metric} ({'higher' if board.higher else 'lower'} is better)",
                scale=alt.Scale(zero=False)),
        color=what,
        tooltip=[alt.Tooltip("rank_label:N", title="rank"), alt.Tooltip("model:N", title="model"),
                 alt.Tooltip("setting:N", title="setting"), alt.Tooltip("what:N", title="point"),
                 alt.Tooltip("value:Q", title="value", format=".4~g"), alt.Tooltip("paper_title:N", title="paper")],
    )
    papers = base.transform_filter(alt.datum.what == T.POINT_KINDS[0]).mark_circle(size=55, opacity=0.6)
    median = base.transform_filter(alt.datum.what == T.POINT_KINDS[1]).mark_tick(thickness=2, size=16)
    indep = base.transform_filter(alt.datum.what == T.POINT_KINDS[2]).mark_point(shape="diamond", size=90, filled=True)
    shown = min(len(board.ranked), BOARD_CHART_ROWS)
    title = f"Each paper's best claim, the median, and the independent score ({shown} best of {len(board.ranked):,})"
    st.altair_chart(alt.layer(papers, median, indep).properties(height=alt.Step(22), title=title), key="board_chart")


def leaderboard_view(view: pd.DataFrame, independent: pd.DataFrame | None = None, keys: tuple | None = None) -> None:
    scores = view[view["kind"] == "score"]
    if scores.empty:
        st.info("No absolute scores in this selection: the leaderboard ranks scores only (kind 'score').")
        return
    benches = T.benchmark_counts(scores)["benchmark"].tolist()
    c1, c2, c3 = st.columns(3)
    _keep_valid("lb_bench", benches, multi=False, fallback=benches[0])
    bench = c1.selectbox("Benchmark", benches, key="lb_bench")
    metrics = scores.loc[scores["benchmark"] == bench, "metric"].value_counts().index.tolist()
    _keep_valid("lb_metric", metrics, multi=False, fallback=metrics[0])
    metric = c2.selectbox("Metric", metrics, key="lb_metric")
    subsets = T.subset_choices(view, bench, metric)
    _keep_valid("lb_subset", subsets, multi=False, fallback=subsets[0])
    subset = c3.selectbox("Subset", subsets, key="lb_subset", disabled=len(subsets) == 1,
                          help="All subsets pooled (one row per model), the claims that name no subset, or one subset.")
    if keys is None:
        board = T.leaderboard_tables(view, bench, metric, subset=subset, independent=independent)
    else:
        board = cached_board(keys, bench, metric, subset, view, independent)
    ranked, reference = board.ranked, board.reference
    n_conf = int(ranked["conflict"].sum()) if len(ranked) else 0
    n_ties = int(ranked["rank_label"].str.startswith("=").sum()) if len(ranked) else 0
    st.caption(
        f"{escape(metric)} on {escape(bench)}: {'higher' if board.higher else 'lower'} is better (metric registry). "
        f"One row per model (its registry name, else the name as written) and stated setting; each paper counts once, "
        f"with its best value for the model; ranked by the median over papers ({n_ties:,} rows tied). "
        f"{len(ranked):,} models, {n_conf:,} with conflicting claims from different papers"
        + (f"; {len(reference):,} reference rows (humans, unnamed aggregates) below, not ranked" if len(reference) else "")
        + ". Click a row to see its claims and their sentences."
    )
    if subset == T.ALL_SUBSETS and len(subsets) > 1:
        named = [s for s in subsets[1:] if s != T.NO_SUBSET]
        whole = " and claims that name no subset" if T.NO_SUBSET in subsets else ""
        st.caption(f"All subsets pooled ({escape(', '.join(named))}{whole}): pick one under Subset to compare "
                   "like with like.")
    if ranked.empty:
        st.info("No claim in this selection names a model for this benchmark and metric.")
    else:
        _board_chart(board, metric)
        _pick_row(_picked_row(_board_table(ranked, "lb_table", RANKED_ORDER), ranked, "_last_lb_table"), "lb_row")
    if ranked["independent"].notna().any():
        st.caption(EPOCH_CREDIT + " The independent score is Epoch's run nearest the claimed median; "
                   "'claimed − independent' is blank where Epoch's test differs from the benchmark's.")
    if len(reference):
        st.markdown(f"**Reference rows** ({len(reference):,}, not ranked): humans and unnamed aggregates")
        _pick_row(_picked_row(_board_table(reference, "lb_ref_table", REFERENCE_ORDER), reference, "_last_lb_ref"),
                  "lb_row")
    labels = {r: T.row_label(m, s) for r, m, s in zip(ranked["row_id"], ranked["model"], ranked["setting"])}
    labels |= {r: "reference: " + T.row_label(m, s)
               for r, m, s in zip(reference["row_id"], reference["model"], reference["setting"])}
    if not labels:
        return
    options = list(labels)
    _keep_valid("lb_row", options, multi=False, fallback=options[0])
    row_id = st.selectbox("Claims of", options, key="lb_row", format_func=lambda r: labels.get(r, r))
    claims_panel(view, board.claim_ids(row_id), key="lb_claims")


def gap_view(view: pd.DataFrame, independent: pd.DataFrame | None, problem: str | None = None,
             keys: tuple | None = None) -> None:
    st.caption(EPOCH_CREDIT + " Epoch's own runs of a model beside the median of what papers claim for it, on the "
               "same benchmark (claims that name no subset). A run is compared only when its test is the "
               "benchmark's; of several runs (versions, settings), the nearest counts.")
    if independent is None:
        st.warning(f"The independent runs could not be read ({escape(problem or 'unknown problem')}).")
        return
    c1, c2 = st.columns(2)
    st.session_state.setdefault("gap_min", T.GAP_THRESHOLD)
    threshold = c1.number_input("List gaps larger than (points)", min_value=0.0, step=1.0, format="%g", key="gap_min")
    other = c2.checkbox("Also list runs on another test (MATH level 5 beside MATH claims)", key="gap_other")
    threshold = float(threshold or 0.0)
    if keys is None:
        gaps = T.claim_gaps(view, independent, threshold=threshold, same_test_only=not other)
    else:
        gaps = cached_gaps(keys, threshold, not other, view, independent)
    with st.expander("Which Epoch runs are used"):
        table(T.independent_coverage(independent), column_config={
            "epoch_benchmark": "Epoch benchmark", "benchmark": "project benchmark",
            "model_in_registry": st.column_config.NumberColumn("model in registry", format="%d"),
            "benchmark_mapped": st.column_config.NumberColumn("benchmark mapped", format="%d"),
            "used": st.column_config.NumberColumn("used", format="%d")})
        unused = independent[independent["status"] != T.MAPPED]
        table(unused[["epoch_model", "epoch_benchmark", "version_date", "status"]],
              column_config={"status": st.column_config.TextColumn("why not used", width="large")})
    if gaps.empty:
        st.info(f"No model in this selection has claims more than {threshold:g} points from an "
                "independent run (or no claimed model has an independent run).")
        return
    st.markdown(f"**{len(gaps):,} model rows** whose claimed median is more than {threshold:g} points "
                "from Epoch's nearest run, largest gap first")
    bars = (
        alt.Chart(T.gap_points(gaps, GAP_CHART_ROWS))
        .mark_bar()
        .encode(
            y=alt.Y("label:N", title=None, sort=alt.EncodingSortField(field="order", op="min"),
                    axis=alt.Axis(labelLimit=260)),
            x=alt.X("gap:Q", title="claimed median − independent (points)"),
            color=alt.condition(alt.datum.gap > 0, alt.value("#e45756"), alt.value("#4c78a8")),
            tooltip=[alt.Tooltip("model:N", title="model"), alt.Tooltip("setting:N", title="setting"),
                     alt.Tooltip("benchmark:N", title="benchmark"), alt.Tooltip("median:Q", title="claimed median"),
                     alt.Tooltip("independent:Q", title="independent", format=".1f"),
                     alt.Tooltip("gap:Q", title="gap", format="+.1f"),
                     alt.Tooltip("n_papers:Q", title="papers", format="d"),
                     alt.Tooltip("independent_runs:N", title="Epoch runs")],
        )
        .properties(height=alt.Step(20))
    )
    st.altair_chart(bars, key="gap_chart")
    cfg = dict(BOARD_COLUMNS, benchmark=st.column_config.TextColumn("benchmark"),
               gap=st.column_config.NumberColumn("claimed − independent", format="%+.1f"))
    event = table(gaps.drop(columns=["claim_ids"]), key="gap_table", on_select="rerun", selection_mode="single-row",
                  column_order=GAP_ORDER, column_config=cfg)
    _pick_row(_picked_row(event, gaps, "_last_gap_table"), "gap_row")
    labels = {r: f"{T.row_label(m, s)} · {b}" for r, m, s, b in
              zip(gaps["row_id"], gaps["model"], gaps["setting"], gaps["benchmark"])}
    options = list(labels)
    _keep_valid("gap_row", options, multi=False, fallback=options[0])
    row_id = st.selectbox("Claims of", options, key="gap_row", format_func=lambda r: labels.get(r, r))
    ids = gaps.loc[gaps["row_id"] == row_id, "claim_ids"]
    claims_panel(view, ids.iloc[0] if len(ids) else (), key="gap_claims")


def provenance_view(view: pd.DataFrame, info: L.LoadInfo | None = None) -> None:
    ids = view["claim_id"]
    picked = st.session_state.get("prov_claim")
    candidates = view.head(PICK_LIMIT)
    if picked is not None and not (candidates["claim_id"] == picked).any() and (ids == picked).any():
        candidates = pd.concat([view[ids == picked], candidates.head(PICK_LIMIT - 1)])
    labels = {r["claim_id"]: T.claim_label(r) for r in candidates.to_dict("records")}
    options = list(labels)
    _keep_valid("prov_claim", options, multi=False, fallback=options[0])
    st.caption(
        "Pick a claim here, or click a point in the size view, a row of the leaderboard or a claim under it."
        + (f" The list holds the first {PICK_LIMIT:,} of {len(view):,} claims: narrow the filters or search to reach others."
           if len(view) > PICK_LIMIT else "")
    )
    claim_id = st.selectbox("Claim", options, key="prov_claim", format_func=lambda c: labels.get(c, c))
    row = view[ids == claim_id].iloc[0]
    cut_title = info.cut_chars(claim_id, "paper_title") if info else None
    cut_evidence = info.cut_chars(claim_id, "evidence") if info else None
    st.markdown("**Paper:** " + escape(row["paper_title"]))
    if cut_title:
        st.caption(f"The title has {cut_title:,} characters: only its first {info.max_chars:,} are kept.")
    link = T.paper_link(row["paper_id"])
    if link:
        st.markdown(f"**Paper id:** [{escape(row['paper_id'])}]({link})")
    else:
        st.markdown("**Paper id:** " + escape(row["paper_id"]))
    st.markdown("**Evidence** (the number in bold):")
    st.markdown("> " + T.highlighted_markdown(row["evidence"], row["value_text"]))
    before, number, after = T.highlight_parts(row["evidence"], row["value_text"])
    if not number:
        st.warning("The number's text was not found in the evidence sentence.")
    if cut_evidence:
        st.caption(f"The evidence has {cut_evidence:,} characters: only the {info.max_chars:,} around the number "
                   "are kept (… marks the text left out); see the paper for the full sentence.")
    with st.expander("Exact text of the evidence" + (f" (cut to {info.max_chars:,} characters)" if cut_evidence else "")):
        st.code(row["evidence"], language=None, wrap_lines=True)
    details = pd.DataFrame(
        {"field": ["model", "model_id", "model_family", "model_role", "base_model_id", "params_b", "params_source",
                   "active_params_b", "benchmark", "subset", "category", "setting",
                   "metric", "value", "value_high", "value_text", "unit", "kind", "qualifier", "source",
                   "char_start", "char_end", "extractor", "confidence", "claim_id"]}
    )
    details["value"] = [("" if pd.isna(row[f]) else str(row[f])) for f in details["field"]]
    table(details)


def escape(text) -> str:
    return T.escape_markdown("" if text is None else str(text))


def code_span(text) -> str:
    return T.inline_code("" if text is None else str(text))


# --------------------------------------------------------------------------- page


def _show_rejects(rejects: pd.DataFrame) -> None:
    summary = rejects.groupby(["column", "check"], dropna=False).size().reset_index(name="rows")
    table(summary)
    with st.expander(f"All {len(rejects):,} failures"):
        table(rejects)


def load_error_message(path: Path, problem: str) -> str:
    """The one error shown when the claims file cannot be loaded: the file, the problem,
    what to do (Markdown, every part from outside escaped)."""
    problem = problem.strip().rstrip(".")
    return (f"Could not load {code_span(path)}: {escape(problem)}. "
            f"Rebuild it with {code_span(BUILD_COMMAND)}, or point the dashboard at another claims file "
            f"with {code_span('claimboard dashboard --data FILE')}.")


def _load_or_stop(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, L.LoadInfo]:
    """load(path), or one st.error saying why not and st.stop() (never a traceback)."""
    try:
        return load(str(path.resolve()), path.stat().st_mtime_ns, L.row_cap(), L.MAX_BYTES, L.MAX_TEXT_CHARS)
    except L.LoadError as err:  # not a claims Parquet file: what is wrong with it
        problem = str(err)
    except MemoryError:
        problem = (f"there is not enough memory to load it; lower {L.MAX_ROWS_ENV} "
                   f"(now {L.row_cap():,} rows)")
    except Exception as err:  # damaged data pages, a file that vanished, a broken vocabulary
        problem = f"{type(err).__name__}: {L.short(str(err))}"
    st.error(load_error_message(path, problem))
    st.stop()


def _load_warnings(path: Path, info: L.LoadInfo) -> None:
    """Say what loading left out (rows beyond the cap) or cut (long text)."""
    if info.truncated:
        if info.stopped_at_bytes:
            why = f"their data reached the dashboard's memory budget of {L.MAX_BYTES / 2**20:,.0f} MiB"
        else:
            why = (f"the dashboard loads at most {info.max_rows:,} rows (set {code_span(L.MAX_ROWS_ENV)} to change it; "
                   f"about 2 GB of memory per million rows)")
        st.warning(f"{code_span(path)} holds {info.total_rows:,} rows: only the first {info.loaded_rows:,} are loaded, "
                   f"because {why}. Every view, count and the CSV download cover those rows only.")
    if info.n_cut:
        cols = ", ".join(info.cut_columns())
        st.warning(f"{info.n_cut:,} text values of {code_span(path)} are longer than {info.max_chars:,} characters "
                   f"(the longest: {info.longest_cut():,}) and are cut to that width "
                   f"(columns: {escape(cols)}); views and the CSV download show them cut, with … where text is left out.")


def main() -> None:
    st.set_page_config(page_title="claimboard", layout="wide")
    st.title("claimboard")
    path = data_path()
    if not path.exists():
        st.info(f"No claims file at {code_span(path)}. Build it with:")
        st.code(BUILD_COMMAND, language="bash")
        st.caption("or point the dashboard at a file: `claimboard dashboard --data FILE` (sets CLAIMBOARD_DATA).")
        st.stop()
    df, rejects, info = _load_or_stop(path)
    _load_warnings(path, info)
    if len(rejects):
        n_bad = rejects["row"].nunique()
        if df.empty:
            st.error(f"No row of {code_span(path)} passes the claims schema. The failures:")
            _show_rejects(rejects)
            st.markdown("Rebuild the file with:")
            st.code(BUILD_COMMAND, language="bash")
            return
        st.warning(f"{n_bad:,} rows of {code_span(path)} fail the claims schema and are left out; "
                   f"{len(df):,} valid rows are shown.")
        with st.expander("Schema failures"):
            _show_rejects(rejects)
    if df.empty:
        st.info(f"{code_span(path)} holds no claims. Build it with:")
        st.code(BUILD_COMMAND, language="bash")
        return

    options = _options(df)
    _restore_from_query(df, options)
    filters = sidebar(df, options)
    view = T.filter_claims(df, filters)
    st.sidebar.caption(f"{len(view):,} of {len(df):,} claims match · data: {escape(path)}")

    if view.empty:
        st.warning("No claims match the filters. Clear some filters in the sidebar.")
        _mirror_query_params(filters)
        return
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("claims", f"{len(view):,}")
    c2.metric("papers", f"{view['paper_id'].nunique():,}")
    c3.metric("benchmarks", f"{view['benchmark'].nunique():,}")
    c4.metric("size unknown", f"{int(view['params_b'].isna().sum()):,}")
    st.download_button(
        f"Download the filtered claims (CSV, {len(view):,} rows)",
        data=lambda: csv_bytes(view),  # generated on click; formulas neutralised by schema.io
        file_name="claims_filtered.csv",
        mime="text/csv",
        key="download",
    )
    size_tab, bench_tab, board_tab, gap_tab, prov_tab = st.tabs(TABS, key="view", bind="query-params")
    independent, runs_key, problem = independent_runs()
    keys = (view_key(path, filters), runs_key)
    with size_tab:
        size_view(view, filters)
    with bench_tab:
        benchmark_view(view)
    with board_tab:
        leaderboard_view(view, independent, keys)
    with gap_tab:
        gap_view(view, independent, problem, keys)
    with prov_tab:
        provenance_view(view, info)
    _mirror_query_params(filters)


if __name__ == "__main__":
    main()
