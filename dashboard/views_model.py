"""The model page tab: one model's registry facts and claims, and two models side by side
(Streamlit; the data work is in dashboard/modelpage.py)."""
from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd
import streamlit as st

from claimboard.dashboard import colours as C
from claimboard.dashboard import modelpage as M
from claimboard.dashboard import transforms as T
from claimboard.dashboard.common import shorten
from claimboard.dashboard.ui import (
    AXIS_FORMAT,
    DRILL_ROWS,
    LINK_COLUMNS,
    VALUE_FORMAT,
    code_span,
    count,
    escape,
    keep_valid,
    table,
)
from claimboard.dashboard.views_board import family_colour

MODEL_PICK_LIMIT = 1000  # models offered in the pick lists (most claims first)
MODEL_CHART_PANELS = 40  # benchmark+metric rows in the model's chart
COMPARE_CHART_ROWS = 40

CLAIM_COLUMNS_CONFIG = {
    "subset": st.column_config.TextColumn("subset", help="Blank: the claim names no subset"),
    "value": st.column_config.NumberColumn("value", format="%g"),
    "setting": st.column_config.TextColumn("setting", help="As the text states it; blank: not stated"),
    "role": st.column_config.TextColumn("role", help="proposed: the paper's own system; baseline: another paper's"),
    "paper_title": st.column_config.TextColumn("paper", width="medium"),
    "evidence": st.column_config.TextColumn("sentence", width="large"),
    "written_as": st.column_config.TextColumn("written as"),
    **LINK_COLUMNS,
}
COMPARE_CONFIG = {
    "subset": st.column_config.TextColumn("subset", help="Blank: claims that name no subset"),
    "direction": st.column_config.TextColumn("direction", help="From the metric registry"),
    "a_papers": st.column_config.NumberColumn("papers (first)", format="%d"),
    "b_papers": st.column_config.NumberColumn("papers (second)", format="%d"),
    "difference": st.column_config.NumberColumn("difference (first − second)", format="%+.4g"),
    "advantage": st.column_config.NumberColumn("advantage of the first", format="%+.4g",
                                               help="The difference signed so that positive means the first model "
                                                    "is better (lower is better for perplexity, WER, ...)"),
    "better": st.column_config.TextColumn("better"),
}


def model_view(view: pd.DataFrame, catalog: pd.DataFrame, names: pd.DataFrame,
               colours: Mapping[str, str] | None = None) -> None:
    """catalog and names: modelpage.model_catalog(view) and modelpage.labels(view) (cached by the app)."""
    colours = colours or {}
    if catalog.empty:
        st.info("No claim in this selection names a model (humans and unnamed aggregates are not models).")
        return
    models = catalog["model"].tolist()
    shown = models[:MODEL_PICK_LIMIT]
    picked = st.session_state.get("mp_model")
    if picked in models and picked not in shown:
        shown = [picked] + shown[: MODEL_PICK_LIMIT - 1]
    claims_of = dict(zip(catalog["model"], catalog["n_claims"]))
    keep_valid("mp_model", shown, multi=False, fallback=shown[0])
    st.caption("A model is named as on the leaderboard: its registry name, else the name as written. "
               "The page follows the sidebar's filters."
               + (f" The list holds the {MODEL_PICK_LIMIT:,} models with the most claims, of {len(models):,}: "
                  "search in the sidebar to reach others." if len(models) > MODEL_PICK_LIMIT else ""))
    model = st.selectbox("Model", shown, key="mp_model", format_func=lambda m: f"{m} ({count(claims_of.get(m, 0), 'claim')})")
    rows = M.model_rows(view, model, names)
    facts = M.model_facts(model, rows)
    registry_name = facts.loc[facts["fact"] == "registry name", "value"].iloc[0]
    known = facts.loc[facts["fact"] == "registry name", "source"].iloc[0].startswith("the model registry")
    c1, c2 = st.columns([1, 1])
    with c1:
        st.markdown(f"**{escape(model)}**")
        if not known:
            st.info("Not in the model registry: the facts below come from its claims. "
                    f"{code_span('claimboard models')} lists such names, most frequent first.")
        table(facts, key="mp_facts", height=35 * (len(facts) + 1) + 3, column_config={
            "fact": st.column_config.TextColumn("fact", width=170),
            "value": st.column_config.TextColumn("value", width=190, help="Blank: not known (see where from)"),
            "source": st.column_config.TextColumn("where from", help="Where the value comes from, or why it is blank")})
    with c2:
        _model_chart(rows, colours, registry_name or model)
    claims = M.model_claims(rows)
    st.markdown(f"**Its claims** ({len(claims):,}, across {count(rows['benchmark'].nunique(), 'benchmark')} and "
                f"{count(rows['paper_id'].nunique(), 'paper')})")
    if len(claims) > DRILL_ROWS:
        st.caption(f"The first {DRILL_ROWS:,} of {len(claims):,} claims (download the CSV for all).")
    table(claims.head(DRILL_ROWS), key="mp_claims", column_config=CLAIM_COLUMNS_CONFIG,
          column_order=[c for c in M.MODEL_CLAIM_COLUMNS if c not in ("paper_id",)])
    _compare(view, model, shown, names, dict(zip(catalog["model"], catalog["family"])), colours)


def _model_chart(rows: pd.DataFrame, colours: Mapping[str, str], name: str) -> None:
    points = M.model_points(rows, MODEL_CHART_PANELS)
    if points.empty:
        st.caption("No absolute scores (kind 'score') for this model in this selection.")
        return
    chart = (
        alt.Chart(points)
        .mark_circle(size=70, opacity=0.8)
        .encode(
            y=alt.Y("panel:N", title=None, sort=alt.EncodingSortField(field="order", op="min"),
                    axis=alt.Axis(labelLimit=240)),
            x=alt.X("value:Q", title="claimed score", scale=alt.Scale(zero=False), axis=alt.Axis(format=AXIS_FORMAT)),
            color=family_colour(points["family"], colours),
            tooltip=[alt.Tooltip("panel:N", title="benchmark · metric"), alt.Tooltip("value:Q", title="value", format=VALUE_FORMAT),
                     alt.Tooltip("subset:N", title="subset"), alt.Tooltip("setting:N", title="setting"),
                     alt.Tooltip("paper_title:N", title="paper"), alt.Tooltip("family:N", title="model family")],
        )
        .properties(height=alt.Step(20), title=f"Claimed scores of {shorten(name, 60)}")
    )
    st.altair_chart(chart, key="mp_chart")


def _compare(view: pd.DataFrame, model: str, models: list[str], names: pd.DataFrame,
             families: Mapping[str, str], colours: Mapping[str, str]) -> None:
    st.markdown("**Compare side by side**")
    others = [m for m in models if m != model]
    keep_valid("mp_vs", others, multi=False)
    other = st.selectbox("Second model", others, key="mp_vs", index=None, placeholder="pick a second model",
                         help="The benchmarks both models have scores on, each model's median over papers.")
    if other is None:
        st.caption("Pick a second model to list the benchmarks both have claimed scores on.")
        return
    pair = M.compare_models(view, model, other, names)
    if pair.empty:
        st.info(f"{escape(model)} and {escape(other)} have no claimed scores on a common benchmark, metric and "
                "subset in this selection.")
        return
    tally = M.compare_summary(pair, model, other)
    st.caption(f"{len(pair):,} shared benchmark rows (benchmark, subset, metric; scores only: a delta's baseline differs "
               f"from paper to paper). {escape(model)} is better on {tally[model]:,}, {escape(other)} on "
               f"{tally[other]:,}, {tally[M.TIE]:,} tied. Each value is the median over papers of each paper's best "
               "claim; the settings the claims state are listed (they may differ).")
    cfg = dict(COMPARE_CONFIG,
               a=st.column_config.NumberColumn(shorten(model, 40), format="%g", help=f"{model}: median over papers"),
               b=st.column_config.NumberColumn(shorten(other, 40) + " ", format="%g", help=f"{other}: median over papers"),
               a_settings=st.column_config.TextColumn("settings (first)", help="Stated settings; (not stated): none"),
               b_settings=st.column_config.TextColumn("settings (second)", help="Stated settings; (not stated): none"))
    table(pair, key="mp_compare", column_config=cfg)
    _compare_chart(pair, model, other, families, colours)


def _compare_chart(pair: pd.DataFrame, a: str, b: str, families: Mapping[str, str], colours: Mapping[str, str]) -> None:
    """The advantage of the first model per shared row, each bar in the colour of the better
    model's family (the second in grey when both are of one family)."""
    top = pair.head(COMPARE_CHART_ROWS).assign(
        label=lambda d: d["benchmark"] + " · " + d["metric"] + d["subset"].map(lambda s: f" · {s}" if s else ""),
        winner=lambda d: d["better"].map(lambda w: shorten(w, 60)))
    top = T.blank_text(T.short_text(top, ("label",)), ("subset", "a_settings", "b_settings"))
    colour_a, colour_b = (C.colour_of(families.get(m), colours) for m in (a, b))
    chart = (
        alt.Chart(top)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", title=None, sort=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("advantage:Q", title=f"advantage of {shorten(a, 40)} (in each metric's units; right: it is better)",
                    axis=alt.Axis(format=AXIS_FORMAT)),
            color=alt.Color("winner:N", title="better",
                            scale=alt.Scale(domain=[shorten(a, 60), shorten(b, 60), M.TIE],
                                            range=[colour_a, colour_b if colour_b != colour_a else "#8c8c8c",
                                                   C.FIXED[C.OTHER]])),
            tooltip=[alt.Tooltip("label:N", title="benchmark"), alt.Tooltip("a:Q", title=shorten(a, 60), format=VALUE_FORMAT),
                     alt.Tooltip("b:Q", title=shorten(b, 60), format=VALUE_FORMAT),
                     alt.Tooltip("difference:Q", title="difference", format="+,.4~g"),
                     alt.Tooltip("direction:N", title="direction"), alt.Tooltip("winner:N", title="better")],
        )
        .properties(height=alt.Step(20))
    )
    st.altair_chart(chart, key="mp_compare_chart")
