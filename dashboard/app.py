"""claimboard's dashboard: `streamlit run dashboard/app.py` (or `claimboard dashboard`).

The data file is $CLAIMBOARD_DATA, else data/claims.parquet under the current folder.
It is read by dashboard/loading.py: a file that is not a claims Parquet file gets one
error message (no traceback); at most $CLAIMBOARD_MAX_ROWS (default loading.MAX_ROWS)
rows are loaded and text longer than loading.MAX_TEXT_CHARS is cut, each with a warning.
All data work is in dashboard/transforms.py (and board.py, modelpage.py, colours.py); this
file lays out the page, the sidebar and two tabs, the other tabs are in dashboard/views_*.py.
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

from claimboard.dashboard import colours as C
from claimboard.dashboard import loading as L
from claimboard.dashboard import modelpage as M
from claimboard.dashboard import transforms as T
from claimboard.dashboard.ui import (
    DRILL_ROWS,
    LINK_COLUMNS,
    code_span,
    escape,
    keep_valid,
    present_kinds,
    table,
    with_links,
)
from claimboard.dashboard.views_board import gap_view, leaderboard_view
from claimboard.dashboard.views_model import model_view
from claimboard.dashboard.views_size import size_view
from claimboard.schema.io import csv_bytes
from claimboard.schema.registry import VOCAB_DIR

DEFAULT_DATA = Path("data") / "claims.parquet"
BUILD_COMMAND = "claimboard extract seeds/ --out data/"
TABS = ["Size view", "Benchmarks", "Leaderboard", "Model", "Claimed vs independent", "Provenance"]
PICK_LIMIT = 500  # claims offered in the provenance pick list
BAR_LIMIT = 40  # benchmarks in the bar chart
EPOCH_RUNS = VOCAB_DIR / "epoch_benchmark_runs.csv"
EPOCH_MAPPING = VOCAB_DIR / "epoch_benchmarks.csv"

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
    "min_confidence": "f_conf",
    "learned_models": "f_learned",
}
# query-string keys of the view's own state (besides the filters), with their session keys
_VIEW_PARAMS = {"sv_bench": "sv_bench", "sv_kind": "sv_kind", "sv_setting": "sv_setting", "color": "sv_color",
                "lb": "lb_bench", "lb_metric": "lb_metric", "lb_subset": "lb_subset", "lb_row": "lb_row",
                "model": "mp_model", "vs": "mp_vs", "claim": "prov_claim", "drill": "bv_bench"}
_LIST_VIEW_PARAMS = {"sv_bench", "sv_setting"}


def data_path() -> Path:
    return Path(os.environ.get("CLAIMBOARD_DATA") or DEFAULT_DATA)


# cache_resource, not cache_data: every session gets the same frames (no copy per rerun,
# which at 200,000 claims cost more than drawing the first chart). They are read-only:
# nothing in dashboard/ assigns into df or its rows (views work on filter_claims' new
# frame; pandas' copy-on-write keeps derived frames apart), and tests/test_dashboard_app.py
# checks the loaded frame is unchanged after every tab has run.
@st.cache_resource(show_spinner="Loading and validating claims…", max_entries=2)
def load(path: str, mtime: int, max_rows: int = L.MAX_ROWS, max_bytes: int = L.MAX_BYTES,
         max_chars: int = L.MAX_TEXT_CHARS) -> tuple[pd.DataFrame, pd.DataFrame, L.LoadInfo]:
    """(valid claims, rejects, what loading left out) of the claims file at path: its
    first max_rows rows (within max_bytes), text cut to max_chars (dashboard/loading.py);
    mtime and the limits key the cache. Raises loading.LoadError when the file is not a
    claims Parquet file (not cached: the next run tries again)."""
    frame, info = L.read_claims(Path(path), max_rows=max_rows, max_bytes=max_bytes, max_chars=max_chars)
    valid, rejects = L.validate(frame)   # pandera only when a quick check cannot vouch for every row
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


@st.cache_data(show_spinner=False, max_entries=2)
def family_colours(path: str, mtime: int, max_rows: int, _df: pd.DataFrame) -> dict[str, str]:
    """Each model family's colour (dashboard/colours.py), from every loaded claim (the file,
    its version and the row cap key the cache): the same family has the same colour in
    every view and under every filter."""
    return C.family_colours(T.family_of(_df).value_counts().to_dict())


# The model page's index: built once per filtered view (read-only: cache_resource hands
# out the same frames, never copies of them).
@st.cache_resource(show_spinner=False, max_entries=8)
def model_index(keys: tuple, _view: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    names = M.labels(_view)
    return M.model_catalog(_view, names), names


# --------------------------------------------------------------------------- state


def _options(df: pd.DataFrame) -> dict[str, list[str]]:
    return {
        "benchmarks": sorted(df["benchmark"].dropna().unique().tolist()),
        "categories": sorted(df["category"].fillna(T.UNKNOWN_CATEGORY).unique().tolist()),
        "kinds": present_kinds(df),
        "metrics": sorted(df["metric"].dropna().unique().tolist()),
    }


def _restore_from_query(df: pd.DataFrame, options: dict[str, list[str]]) -> None:
    """Once per session: widget state from the URL's query string."""
    if st.session_state.get("_restored"):
        return
    st.session_state["_restored"] = True
    qp = st.query_params
    f = T.restrict_to_options(T.filters_from_params(qp.to_dict()), options)
    for attr, key in _FK.items():
        value = getattr(f, attr)
        if attr == "min_confidence" and value is None:
            value = 0.0   # the slider's "no restriction"
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    for param, key in _VIEW_PARAMS.items():
        if param in qp:
            raw = qp[param]
            st.session_state[key] = T.split_list(raw) if param in _LIST_VIEW_PARAMS else raw


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
        keep_valid(_FK[attr], options[attr], multi=True, fallback=[])
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
    st.session_state.setdefault(_FK["min_confidence"], 0.0)
    sb.slider("Minimum confidence", min_value=0.0, max_value=1.0, step=0.05, key=_FK["min_confidence"],
              help="A claim's confidence is the precision rows like it had on papers the extractor had never seen "
                   "(data card, 'confidence'); raise it to keep fewer, surer claims.")
    st.session_state.setdefault(_FK["learned_models"], True)
    n_learned = int(T.learned_model_rows(df).sum())
    sb.checkbox(
        f"Include claims whose model the learned ranker chose ({n_learned:,})",
        key=_FK["learned_models"],
        help="For numbers no written rule gives a model, a small learned ranker picks one from the sentence "
             "(right about three times in four on new papers); untick to keep only rule-decided models.",
    )
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
        min_confidence=float(ss[_FK["min_confidence"]]) or None,
        learned_models=bool(ss[_FK["learned_models"]]),
    )



# --------------------------------------------------------------------------- views


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
    keep_valid("bv_bench", benches, multi=False, fallback=benches[0])
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
    cols = ["model", "params_b", "subset", "setting", "metric", "kind", "value", "unit", "qualifier", "paper_title",
            "arxiv", "hf", "evidence"]
    if len(sub) > DRILL_ROWS:
        st.caption(f"First {DRILL_ROWS:,} of {len(sub):,} claims (download the CSV for all).")
    table(with_links(sub.head(DRILL_ROWS))[cols], column_config={
        "params_b": st.column_config.NumberColumn("size (B)", format="%g", help="Blank: the size is not stated"),
        "value": st.column_config.NumberColumn("value", format="%g"),
        "paper_title": st.column_config.TextColumn("paper"),
        "evidence": st.column_config.TextColumn("evidence", width="large"), **LINK_COLUMNS})



def provenance_view(view: pd.DataFrame, info: L.LoadInfo | None = None) -> None:
    ids = view["claim_id"]
    picked = st.session_state.get("prov_claim")
    candidates = view.head(PICK_LIMIT)
    if picked is not None and not (candidates["claim_id"] == picked).any() and (ids == picked).any():
        candidates = pd.concat([view[ids == picked], candidates.head(PICK_LIMIT - 1)])
    labels = {r["claim_id"]: T.claim_label(r) for r in candidates.to_dict("records")}
    options = list(labels)
    keep_valid("prov_claim", options, multi=False, fallback=options[0])
    st.caption(
        "Pick a claim here, or click a point in the size view, a row of the leaderboard or a claim under it."
        + (f" The list holds the first {PICK_LIMIT:,} of {len(view):,} claims: narrow the filters or search to reach others."
           if len(view) > PICK_LIMIT else "")
    )
    claim_id = st.selectbox("Claim", options, key="prov_claim", format_func=lambda c: labels.get(c, c))
    row = view[ids == claim_id].iloc[0]
    cut_title = info.cut_chars(claim_id, "paper_title") if info else None
    cut_evidence = info.cut_chars(claim_id, "evidence") if info else None
    max_chars = info.max_chars if info else L.MAX_TEXT_CHARS
    st.markdown("**Paper:** " + escape(row["paper_title"]))
    if cut_title:
        st.caption(f"The title has {cut_title:,} characters: only its first {max_chars:,} are kept.")
    link, hf = T.paper_link(row["paper_id"]), T.hf_link(row["paper_id"])
    if link:
        st.markdown(f"**Paper id:** [{escape(row['paper_id'])}]({link})"
                    + (f" · [Hugging Face papers]({hf})" if hf else ""))
    else:
        st.markdown("**Paper id:** " + escape(row["paper_id"]))
    st.markdown("**Evidence** (the number in bold):")
    st.markdown("> " + T.highlighted_markdown(row["evidence"], row["value_text"]))
    _, number, _ = T.highlight_parts(row["evidence"], row["value_text"])
    if not number:
        st.warning("The number's text was not found in the evidence sentence.")
    if cut_evidence:
        st.caption(f"The evidence has {cut_evidence:,} characters: only the {max_chars:,} around the number "
                   "are kept (… marks the text left out); see the paper for the full sentence.")
    with st.expander("Exact text of the evidence" + (f" (cut to {max_chars:,} characters)" if cut_evidence else "")):
        st.code(row["evidence"], language=None, wrap_lines=True)
    details = pd.DataFrame(
        {"field": ["model", "model_id", "model_family", "model_role", "base_model_id", "params_b", "params_source",
                   "active_params_b", "benchmark", "subset", "category", "setting",
                   "metric", "value", "value_high", "value_text", "unit", "kind", "qualifier", "source",
                   "char_start", "char_end", "extractor", "decided_by", "confidence", "claim_id"]}
    )
    # (a file written before schema 1.3 has no decided_by column)
    details["value"] = [("" if pd.isna(row.get(f)) else str(row.get(f))) for f in details["field"]]
    table(details)



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


def _colours(path: Path, df: pd.DataFrame) -> dict[str, str]:
    """Every family's colour (family_colours, cached), for the tabs that colour by family."""
    return family_colours(str(path.resolve()), path.stat().st_mtime_ns, L.row_cap(), df)


# session-state keys of each tab's widgets (the ones whose value is kept while the tab is closed)
TAB_STATE = {
    "Size view": ("sv_bench", "sv_kind", "sv_setting", "sv_color"),
    "Benchmarks": ("bv_bench",),
    "Leaderboard": ("lb_bench", "lb_metric", "lb_subset", "lb_row"),
    "Model": ("mp_model", "mp_vs"),
    "Claimed vs independent": ("gap_min", "gap_other", "gap_row"),
    "Provenance": ("prov_claim",),
}


def _keep_closed_tab_state(closed: list[str]) -> None:
    """Keep the widget values of the closed tabs: a widget that is not drawn in a run loses
    its value (Streamlit drops it), so a closed tab would reopen at its defaults and its
    part of the URL (benchmark, model, claim...) would be dropped. Written back through the
    Session State API they are kept until the tab is drawn again."""
    ss = st.session_state
    for label in closed:
        for key in TAB_STATE[label]:
            if key in ss:
                ss[key] = ss[key]


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
    size_tab, bench_tab, board_tab, model_tab, gap_tab, prov_tab = st.tabs(TABS, key="view", bind="query-params")
    # Only the open tab is computed and sent (tab.open is None only if the tabs kept no state:
    # then every tab is drawn). The state of the others' widgets is kept for when they open.
    tabs = dict(zip(TABS, (size_tab, bench_tab, board_tab, model_tab, gap_tab, prov_tab)))
    _keep_closed_tab_state([label for label, tab in tabs.items() if tab.open is False])
    if size_tab.open is not False:
        with size_tab:
            size_view(view, filters, _colours(path, df))
    if bench_tab.open is not False:
        with bench_tab:
            benchmark_view(view)
    if board_tab.open is not False:
        independent, runs_key, _ = independent_runs()
        with board_tab:
            leaderboard_view(view, independent, (view_key(path, filters), runs_key), _colours(path, df))
    if model_tab.open is not False:
        with model_tab:
            catalog, names = model_index(view_key(path, filters), view)
            model_view(view, catalog, names, _colours(path, df))
    if gap_tab.open is not False:
        independent, runs_key, problem = independent_runs()
        with gap_tab:
            gap_view(view, independent, problem, (view_key(path, filters), runs_key))
    if prov_tab.open is not False:
        with prov_tab:
            provenance_view(view, info)
    _mirror_query_params(filters)


if __name__ == "__main__":
    main()
