"""claimboard's dashboard: `streamlit run dashboard/app.py` (or `claimboard dashboard`).

The data file is $CLAIMBOARD_DATA, else data/claims.parquet under the current folder.
It is read by dashboard/loading.py: a file that is not a claims Parquet file gets one
error message (no traceback); at most $CLAIMBOARD_MAX_ROWS (default loading.MAX_ROWS)
rows are loaded and text longer than loading.MAX_TEXT_CHARS is cut, each with a warning.
All data work is in dashboard/transforms.py; this file only lays out widgets and charts.
Nothing from the data is ever rendered as HTML: text goes through st.text/st.dataframe or
through transforms.escape_markdown before st.markdown.
"""
from __future__ import annotations

import os
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import loading as L
from dashboard import transforms as T
from schema.columns import KINDS
from schema.io import csv_bytes
from schema.validate import validate_claims

DEFAULT_DATA = Path("data") / "claims.parquet"
BUILD_COMMAND = "claimboard extract seeds/ --out data/"
TABS = ["Size view", "Benchmarks", "Leaderboard", "Provenance"]
PICK_LIMIT = 500  # claims offered in the provenance pick list
DRILL_ROWS = 1000  # rows of the benchmark drill-down table
BAR_LIMIT = 40  # benchmarks in the bar chart

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
                "lb_metric": "lb_metric", "claim": "prov_claim", "drill": "bv_bench"}
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
            x=alt.X("claims:Q", title="claims"),
            color=alt.Color("category:N", title="category"),
            tooltip=["benchmark:N", "category:N", "claims:Q", "papers:Q", "models:Q"],
        )
        .add_params(bpick)
        .properties(height=alt.Step(22), title="Claims per benchmark")
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
    st.dataframe(breakdown, hide_index=True)
    cols = ["model", "params_b", "subset", "metric", "kind", "value", "unit", "qualifier", "paper_title", "evidence"]
    if len(sub) > DRILL_ROWS:
        st.caption(f"First {DRILL_ROWS:,} of {len(sub):,} claims (download the CSV for all).")
    st.dataframe(sub[cols].head(DRILL_ROWS), hide_index=True)


def leaderboard_view(view: pd.DataFrame) -> None:
    scores = view[view["kind"] == "score"]
    if scores.empty:
        st.info("No absolute scores in this selection: the leaderboard ranks scores only (kind 'score').")
        return
    benches = T.benchmark_counts(scores)["benchmark"].tolist()
    c1, c2 = st.columns(2)
    _keep_valid("lb_bench", benches, multi=False, fallback=benches[0])
    bench = c1.selectbox("Benchmark", benches, key="lb_bench")
    metrics = scores.loc[scores["benchmark"] == bench, "metric"].value_counts().index.tolist()
    _keep_valid("lb_metric", metrics, multi=False, fallback=metrics[0])
    metric = c2.selectbox("Metric", metrics, key="lb_metric")
    board = T.leaderboard(view, bench, metric)
    higher = T.higher_is_better(bench, metric)
    n_conf = int(board["conflict"].sum()) if len(board) else 0
    unnamed = int(((scores["benchmark"] == bench) & (scores["metric"] == metric) & scores["model"].isna()).sum())
    st.caption(
        f"Best claimed {escape(metric)} per model on {escape(bench)} ({'higher' if higher else 'lower'} is better). "
        f"{len(board):,} models; {n_conf:,} with conflicting claims from different papers"
        + (f"; {unnamed:,} claims that name no model are not ranked" if unnamed else "")
        + ". Click a column to sort, a row to see its provenance."
    )
    if board.empty:
        st.info("No claim in this selection names a model for this benchmark and metric.")
        return
    event = st.dataframe(
        board,
        key="lb_table",
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "rank": st.column_config.NumberColumn("rank", width="small"),
            "params_b": st.column_config.NumberColumn("size (B)", format="%g"),
            "value": st.column_config.NumberColumn("best claimed", format="%g"),
            "conflict": st.column_config.CheckboxColumn("conflict", help="Papers claim different values"),
            "claimed_values": st.column_config.TextColumn("all claimed values"),
            "n_claims": st.column_config.NumberColumn("claims"),
            "n_papers": st.column_config.NumberColumn("papers"),
            "evidence": st.column_config.TextColumn("evidence", width="large"),
        },
    )
    try:
        rows = event.selection.rows
    except AttributeError:
        rows = []
    claim = board.iloc[rows[0]]["claim_id"] if rows else None
    if claim and st.session_state.get("_last_lb_table") != claim:
        st.session_state["prov_claim"] = claim
    st.session_state["_last_lb_table"] = claim


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
        "Pick a claim here, click a point in the size view or a row of the leaderboard."
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
        {"field": ["model", "params_b", "params_source", "active_params_b", "benchmark", "subset", "category",
                   "metric", "value", "value_high", "value_text", "unit", "kind", "qualifier", "source",
                   "char_start", "char_end", "extractor", "confidence", "claim_id"]}
    )
    details["value"] = [("" if pd.isna(row[f]) else str(row[f])) for f in details["field"]]
    st.dataframe(details, hide_index=True)


def escape(text) -> str:
    return T.escape_markdown("" if text is None else str(text))


def code_span(text) -> str:
    return T.inline_code("" if text is None else str(text))


# --------------------------------------------------------------------------- page


def _show_rejects(rejects: pd.DataFrame) -> None:
    summary = rejects.groupby(["column", "check"], dropna=False).size().reset_index(name="rows")
    st.dataframe(summary, hide_index=True)
    with st.expander(f"All {len(rejects):,} failures"):
        st.dataframe(rejects, hide_index=True)


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
    size_tab, bench_tab, board_tab, prov_tab = st.tabs(TABS, key="view", bind="query-params")
    with size_tab:
        size_view(view, filters)
    with bench_tab:
        benchmark_view(view)
    with board_tab:
        leaderboard_view(view)
    with prov_tab:
        provenance_view(view, info)
    _mirror_query_params(filters)


if __name__ == "__main__":
    main()
