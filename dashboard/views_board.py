"""The leaderboard and the claimed-vs-independent tabs (Streamlit; the data work is in
dashboard/board.py, re-exported by dashboard/transforms.py)."""
from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd
import streamlit as st

from claimboard.dashboard import colours as C
from claimboard.dashboard import transforms as T
from claimboard.dashboard.ui import AXIS_FORMAT, DRILL_ROWS, LINK_COLUMNS, escape, keep_valid, table, with_links

BOARD_CHART_ROWS = 30  # ranked rows in the leaderboard chart
GAP_CHART_ROWS = 40  # rows in the gap chart
SENTENCES = 20  # evidence sentences quoted under a leaderboard row
EPOCH_CREDIT = "Independent scores: Epoch AI, Data on AI Models, CC BY 4.0 (epoch.ai/data)."


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
    cols = ["value", "unit", "paper_title", "arxiv", "hf", "model", "model_role", "setting", "subset", "qualifier",
            "evidence", "claim_id"]
    if len(claims) > DRILL_ROWS:
        st.caption(f"The first {DRILL_ROWS:,} of {len(claims):,} claims, best first (download the CSV for all).")
        claims = claims.head(DRILL_ROWS)
    event = table(with_links(claims)[cols], key=key, on_select="rerun", selection_mode="single-row",
                  column_config={"value": st.column_config.NumberColumn("value", format="%g"),
                                 "paper_title": st.column_config.TextColumn("paper"),
                                 "model": st.column_config.TextColumn("written as"),
                                 "model_role": st.column_config.TextColumn("role"),
                                 "evidence": st.column_config.TextColumn("evidence", width="large"),
                                 **LINK_COLUMNS})
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


def family_colour(families, colours: Mapping[str, str], field: str = "family", title: str = "model family") -> alt.Color:
    """The colour encoding of a chart's family field: every family in its stable colour
    (dashboard/colours.py), the same in every view."""
    domain, colour_range = C.scale(families, colours)
    return alt.Color(f"{field}:N", title=title, scale=alt.Scale(domain=domain, range=colour_range),
                     legend=alt.Legend(labelLimit=200))


def _board_chart(board: T.Leaderboard, metric: str, colours: Mapping[str, str]) -> None:
    points = T.leaderboard_points(board, BOARD_CHART_ROWS)
    if points.empty:
        return
    # the kind of point is its shape (a paper's best: dot, the median: bar, Epoch's run: diamond);
    # the dots are in their family's colour
    shape = alt.Shape("what:N", title=None, legend=alt.Legend(orient="top", symbolStrokeColor="#444444"),
                      scale=alt.Scale(domain=list(T.POINT_KINDS), range=["circle", "stroke", "diamond"]))
    base = alt.Chart(points).encode(
        y=alt.Y("label:N", title=None, sort=alt.EncodingSortField(field="order", op="min"),
                axis=alt.Axis(labelLimit=220)),
        x=alt.X("value:Q", title=f"{metric} ({'higher' if board.higher else 'lower'} is better)",
                scale=alt.Scale(zero=False), axis=alt.Axis(format=AXIS_FORMAT)),
        shape=shape,
        tooltip=[alt.Tooltip("rank_label:N", title="rank"), alt.Tooltip("model:N", title="model"),
                 alt.Tooltip("family:N", title="model family"),
                 alt.Tooltip("setting:N", title="setting"), alt.Tooltip("what:N", title="point"),
                 alt.Tooltip("value:Q", title="value", format=".4~g"), alt.Tooltip("paper_title:N", title="paper")],
    )
    papers = (base.transform_filter(alt.datum.what == T.POINT_KINDS[0])
              .mark_point(filled=True, size=60, opacity=0.75)
              .encode(color=family_colour(points["family"], colours)))
    median = (base.transform_filter(alt.datum.what == T.POINT_KINDS[1])
              .mark_point(size=260, angle=90, strokeWidth=2.5, color="#222222"))
    indep = (base.transform_filter(alt.datum.what == T.POINT_KINDS[2])
             .mark_point(filled=True, size=90, color="#e45756"))
    shown = min(len(board.ranked), BOARD_CHART_ROWS)
    title = f"Each paper's best claim, the median, and the independent score ({shown} best of {len(board.ranked):,})"
    st.altair_chart(alt.layer(papers, median, indep).properties(height=alt.Step(22), title=title), key="board_chart")


def leaderboard_view(view: pd.DataFrame, independent: pd.DataFrame | None = None, keys: tuple | None = None,
                     colours: Mapping[str, str] | None = None) -> None:
    scores = view[view["kind"] == "score"]
    if scores.empty:
        st.info("No absolute scores in this selection: the leaderboard ranks scores only (kind 'score').")
        return
    benches = T.benchmark_counts(scores)["benchmark"].tolist()
    c1, c2, c3 = st.columns(3)
    keep_valid("lb_bench", benches, multi=False, fallback=benches[0])
    bench = c1.selectbox("Benchmark", benches, key="lb_bench")
    metrics = scores.loc[scores["benchmark"] == bench, "metric"].value_counts().index.tolist()
    keep_valid("lb_metric", metrics, multi=False, fallback=metrics[0])
    metric = c2.selectbox("Metric", metrics, key="lb_metric")
    subsets = T.subset_choices(view, bench, metric)
    keep_valid("lb_subset", subsets, multi=False, fallback=subsets[0])
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
        _board_chart(board, metric, colours or {})
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
    keep_valid("lb_row", options, multi=False, fallback=options[0])
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
    keep_valid("gap_row", options, multi=False, fallback=options[0])
    row_id = st.selectbox("Claims of", options, key="gap_row", format_func=lambda r: labels.get(r, r))
    ids = gaps.loc[gaps["row_id"] == row_id, "claim_ids"]
    claims_panel(view, ids.iloc[0] if len(ids) else (), key="gap_claims")

