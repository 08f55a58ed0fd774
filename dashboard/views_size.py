"""The size view tab: claimed score vs model size, the best-per-size frontier, and the
claims of unknown size counted per model (Streamlit; the data work is in transforms.py)."""
from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd
import streamlit as st

from claimboard.dashboard import transforms as T
from claimboard.dashboard.ui import AXIS_FORMAT, VALUE_FORMAT, count, escape, keep_valid, pick_from_event, present_kinds, table
from claimboard.dashboard.views_board import family_colour

COLOR_CHOICES = ["model family", "paper"]
LEGEND_ROWS = 18  # families or papers in the colour legend; the rest are "other"
UNKNOWN_BARS = 25  # model rows in the size-unknown bar chart (the table below lists all)
Y_TITLES = {"score": "claimed score", "delta": "claimed difference", "relative": "% of reference"}
# The columns each chart sends to the browser: only what it encodes, filters on or shows in
# a tooltip (the chart's data is the first chart's message: every column costs bytes).
SIZED_CHART_COLUMNS = ["layer", "panel_title", "claim_id", "params_b", "value", "colour", "model", "family", "unit",
                       "metric", "benchmark", "subset", "setting", "paper_title", "evidence", "record", "above", "label"]
UNKNOWN_CHART_COLUMNS = ["label", "order", "claim_id", "claims", "family", "model", "row", "panel", "papers", "best",
                         "median"]


def _controls(view: pd.DataFrame, filters: T.Filters) -> tuple[list[str], str, list[str], str] | None:
    """The view's own widgets: benchmarks, kind, settings, colour. None when no benchmark is picked."""
    counts = T.benchmark_counts(view)
    benches = counts["benchmark"].tolist()
    # default: the benchmarks chosen in the sidebar (up to 4), else the one with most claims
    default = [b for b in benches if b in set(filters.benchmarks)][:4] or benches[:1]
    keep_valid("sv_bench", benches, multi=True, fallback=default)
    if not st.session_state.get("sv_bench"):
        st.session_state["sv_bench"] = default
    c1, c2, c3, c4 = st.columns([3, 2, 2, 2])
    chosen = c1.multiselect("Benchmark(s) to plot", benches, key="sv_bench", max_selections=8)
    kinds = present_kinds(view)
    keep_valid("sv_kind", kinds, multi=False, fallback="score" if "score" in kinds else kinds[0])
    kind = c2.radio("Kind", kinds, key="sv_kind", horizontal=True,
                    help="Scores, deltas and relative results are never drawn on one axis.")
    settings = T.setting_choices(view.loc[view["benchmark"].isin(chosen) & (view["kind"] == kind), ["setting"]])
    keep_valid("sv_setting", settings, multi=True, fallback=[])
    chosen_settings = c3.multiselect("Setting", settings, key="sv_setting", placeholder="all settings",
                                     help=f"The evaluation setting the text states; {T.NOT_STATED}: none stated.")
    keep_valid("sv_color", COLOR_CHOICES, multi=False, fallback=COLOR_CHOICES[0])
    color_by = c4.radio("Colour by", COLOR_CHOICES, key="sv_color", horizontal=True)
    if not chosen:
        return None
    return chosen, kind, chosen_settings, color_by


def size_view(view: pd.DataFrame, filters: T.Filters, colours: Mapping[str, str] | None = None) -> None:
    controls = _controls(view, filters)
    if controls is None:
        st.info("Pick at least one benchmark to plot.")
        return
    chosen, kind, settings, color_by = controls
    picked = view["benchmark"].isin(chosen) & (view["kind"] == kind)
    sub = T.filter_settings(view.loc[picked, T.SIZE_INPUT_COLUMNS], settings)
    if sub.empty:
        what = f"{escape(kind)} claims on {escape(', '.join(chosen))}"
        st.info(f"No {what} in this selection" + (f" with setting {escape(', '.join(settings))}." if settings else "."))
        return
    frontier = T.size_frontier(sub) if kind == "score" else T.size_frontier(sub.iloc[:0])
    sized_rows = sub[sub["params_b"].notna()]
    data = T.size_view_data(sized_rows, max_points=max(1, T.MAX_POINTS - len(frontier)))
    if data.note:
        st.caption(data.note)
    unknown = T.unknown_size_summary(sub)
    colour = _colour(data.sized, color_by, colours or {})
    y_title = Y_TITLES[kind]
    n_unknown = int(sub["params_b"].isna().sum())
    st.markdown(f"**Claimed {escape(kind)} vs model size** ({count(data.total_sized, 'claim')} with a known size)")
    if data.sized.empty:
        st.info("None of these claims has a known model size: see the counts below.")
    else:
        _sized_chart(data.sized, frontier, colour, y_title)
        if kind == "score":
            st.caption("The line is the frontier: the best claimed score at or below each size (the lowest where "
                       "lower is better, per the metric registry); each circled point set a new best, labelled with "
                       "its model. Humans and unnamed models are never on it. "
                       + ("Settings pooled: pick one under Setting to compare like with like."
                          if len(settings) != 1 else ""))
        else:
            st.caption("No frontier for deltas and relative results: their baselines differ from claim to claim.")
    st.markdown(f"**Size unknown** ({count(n_unknown, 'claim')} whose model size is not stated)")
    if unknown.empty:
        st.caption("Every claim in this selection has a known model size.")
    else:
        _unknown_chart(unknown, colours or {})


def _colour(sized: pd.DataFrame, color_by: str, colours: Mapping[str, str]) -> alt.Color:
    """The points' colour (sets sized['colour']): each family in its stable colour, or each
    paper; beyond LEGEND_ROWS families or papers, the rarer ones are "other"."""
    if color_by == "model family":
        sized["colour"] = T.top_labels(sized["family"].fillna(T.UNNAMED_MODEL), LEGEND_ROWS)
        return family_colour(sized["colour"], colours, field="colour")
    sized["colour"] = T.top_labels(sized["paper_title"].fillna(""), LEGEND_ROWS)
    domain = sorted(sized["colour"].unique().tolist())
    return alt.Color("colour:N", title="paper", scale=alt.Scale(domain=domain, scheme="tableau20"),
                     legend=alt.Legend(labelLimit=260))


def _sized_chart(points: pd.DataFrame, frontier: pd.DataFrame, colour: alt.Color, y_title: str) -> None:
    points = points.assign(layer="claim", panel=T.panel_labels(points))
    data = pd.concat([points, frontier.assign(layer="frontier")], ignore_index=True)
    pairs = data[["benchmark", "metric"]].drop_duplicates()
    lower = {f"{b} · {m}" for b, m in zip(pairs["benchmark"], pairs["metric"]) if not T.higher_is_better(b, m)}
    data["panel_title"] = [p + (" (lower is better)" if p in lower else "") for p in data["panel"]]
    panels = data["panel_title"].nunique()
    title = str(data["panel_title"].iloc[0])
    # a single panel's name is the chart's title: no column for it
    data = data[[c for c in SIZED_CHART_COLUMNS if c in data and (panels > 1 or c != "panel_title")]]
    x = alt.X("params_b:Q", scale=alt.Scale(type="log"), title="parameters (billions, log scale)",
              axis=alt.Axis(format=AXIS_FORMAT))
    y = alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False), axis=alt.Axis(format=AXIS_FORMAT))
    pick = alt.selection_point(name="pick", fields=["claim_id"], on="click")
    tooltip = [
        alt.Tooltip("model:N", title="model"), alt.Tooltip("family:N", title="model family"),
        alt.Tooltip("params_b:Q", title="size (B)", format=",.3~f"), alt.Tooltip("value:Q", title="value", format=VALUE_FORMAT),
        alt.Tooltip("unit:N", title="unit"), alt.Tooltip("metric:N", title="metric"),
        alt.Tooltip("benchmark:N", title="benchmark"), alt.Tooltip("subset:N", title="subset"),
        alt.Tooltip("setting:N", title="setting"), alt.Tooltip("paper_title:N", title="paper"),
        alt.Tooltip("evidence:N", title="evidence"), alt.Tooltip("claim_id:N", title="claim"),
    ]
    claims = (alt.Chart().transform_filter(alt.datum.layer == "claim").mark_circle(size=60, opacity=0.7)
              .encode(x=x, y=y, color=colour, tooltip=tooltip).add_params(pick))
    best_tip = [alt.Tooltip("model:N", title="frontier: model"), alt.Tooltip("params_b:Q", title="size (B)", format=",.3~f"),
                alt.Tooltip("value:Q", title="best so far", format=VALUE_FORMAT), alt.Tooltip("setting:N", title="setting"),
                alt.Tooltip("paper_title:N", title="paper")]
    line = (alt.Chart().transform_filter(alt.datum.layer == "frontier")
            .mark_line(interpolate="step-after", color="#222222", strokeWidth=1.5)
            .encode(x=x, y=y, order=alt.Order("params_b:Q"), tooltip=best_tip))
    records = alt.Chart().transform_filter((alt.datum.layer == "frontier") & alt.datum.record)
    circled = records.mark_point(size=130, filled=False, color="#222222", strokeWidth=1.5).encode(x=x, y=y, tooltip=best_tip)
    above = records.transform_filter(alt.datum.above).mark_text(align="left", dx=7, dy=-10, fontSize=11,
                                                                color="#222222").encode(x=x, y=y, text="label:N")
    below = records.transform_filter(~alt.datum.above).mark_text(align="left", dx=7, dy=12, fontSize=11,
                                                                 color="#222222").encode(x=x, y=y, text="label:N")
    layered = alt.layer(claims, line, circled, above, below, data=data)
    if panels > 1:
        # one panel per benchmark and metric: BLEU and chrF never share a value axis
        chart = (layered.properties(width=380, height=280)
                 .facet(facet=alt.Facet("panel_title:N", title=None), columns=2)
                 .resolve_scale(y="independent"))
    else:
        chart = layered.properties(height=380, title=title)
    event = st.altair_chart(chart, key="size_chart", on_select="rerun", selection_mode=["pick"])
    pick_from_event(event, "pick", "size_chart")


def _unknown_chart(unknown: pd.DataFrame, colours: Mapping[str, str]) -> None:
    """Claims of unknown size counted per model (bars: the UNKNOWN_BARS largest counts), and
    every row in a table below; a click on a bar opens the model's best claim under Provenance."""
    several = unknown["panel"].nunique() > 1
    top = unknown.head(UNKNOWN_BARS).assign(
        label=lambda d: d["model"] + (" · " + d["panel"] if several else ""),
        claim_id=lambda d: d["best_claim_id"],
        row=lambda d: d["reference"].map({True: "reference (human or unnamed: not ranked)", False: "model"}),
        order=lambda d: range(len(d)))
    top = T.short_text(top, ("label",), 80)[UNKNOWN_CHART_COLUMNS]
    upick = alt.selection_point(name="upick", fields=["claim_id"], on="click")
    bars = (
        alt.Chart(top)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", title=None, sort=alt.EncodingSortField(field="order", op="min"),
                    axis=alt.Axis(labelLimit=320)),
            x=alt.X("claims:Q", title="claims of unknown size", axis=alt.Axis(format="d", tickMinStep=1)),
            color=family_colour(top["family"], colours),
            tooltip=[alt.Tooltip("model:N", title="model"), alt.Tooltip("family:N", title="model family"),
                     alt.Tooltip("row:N", title="row"), alt.Tooltip("panel:N", title="benchmark · metric"),
                     alt.Tooltip("claims:Q", title="claims", format="d"), alt.Tooltip("papers:Q", title="papers", format="d"),
                     alt.Tooltip("best:Q", title="best claim", format=VALUE_FORMAT),
                     alt.Tooltip("median:Q", title="median", format=VALUE_FORMAT)],
        )
        .add_params(upick)
        .properties(height=alt.Step(20))
    )
    if len(unknown) > UNKNOWN_BARS:
        st.caption(f"The {UNKNOWN_BARS} models with the most claims of unknown size, of {len(unknown):,} rows "
                   "(all in the table below).")
    event = st.altair_chart(bars, key="unknown_chart", on_select="rerun", selection_mode=["upick"])
    pick_from_event(event, "upick", "unknown_chart")
    with st.expander(f"All {len(unknown):,} rows: claims of unknown size per model, benchmark and metric"):
        table(unknown.drop(columns=["best_claim_id", "panel"]), key="unknown_table", column_config={
            "reference": st.column_config.CheckboxColumn("reference", help="Humans and unnamed aggregates: never ranked"),
            "claims": st.column_config.NumberColumn("claims", format="%d"),
            "papers": st.column_config.NumberColumn("papers", format="%d"),
            "best": st.column_config.NumberColumn("best claim", format="%g", help="Direction from the metric registry"),
            "median": st.column_config.NumberColumn("median", format="%g")})
