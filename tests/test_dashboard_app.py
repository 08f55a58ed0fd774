"""The dashboard app under streamlit.testing.v1.AppTest, pointed at temporary Parquet files
through CLAIMBOARD_DATA."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import apprun
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from claimboard.dashboard import launch
from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import ADVERSARIAL_TITLES, synthetic_claims
from claimboard.dashboard.views_size import UNKNOWN_BARS
from claimboard.schema.columns import CLAIM_COLUMNS
from claimboard.schema.io import write_parquet
from claimboard.schema.registry import VOCAB_DIR
from claimboard.schema.validate import validate_claims

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
N = 400


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return synthetic_claims(N, seed=0, adversarial=True)


@pytest.fixture
def data_file(tmp_path, monkeypatch, claims) -> Path:
    path = tmp_path / "claims.parquet"
    write_parquet(claims, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    return path


def run_app(query: dict[str, str] | None = None, tab: str | None = None) -> AppTest:
    return apprun.run_app(query, timeout=60, tab=tab)


open_tab = apprun.open_tab


charts = apprun.charts


def chart_rows(chart) -> int:
    """Rows shipped to the browser with one chart (all its datasets)."""
    total = 0
    for ds in chart.proto.datasets:
        total += pa.ipc.open_stream(ds.data.data).read_all().num_rows
    if chart.proto.HasField("data") and chart.proto.data.data:
        total += pa.ipc.open_stream(chart.proto.data.data).read_all().num_rows
    return total


def chart_frame(chart) -> pd.DataFrame:
    frames = [pa.ipc.open_stream(ds.data.data).read_all().to_pandas() for ds in chart.proto.datasets]
    return pd.concat(frames, ignore_index=True)


def layers(spec: dict) -> list[dict]:
    """The layers of a (possibly faceted) layered chart spec."""
    inner = spec.get("spec", spec)
    return inner.get("layer", [inner])


def claim_points(chart) -> pd.DataFrame:
    """The claim points of the size chart (its data also holds the frontier's rows)."""
    frame = chart_frame(chart)
    return frame[frame["layer"] == "claim"].reset_index(drop=True)


def frontier_rows(chart) -> pd.DataFrame:
    frame = chart_frame(chart)
    return frame[frame["layer"] == "frontier"].reset_index(drop=True)


def match_count(at: AppTest) -> int:
    text = next(c.value for c in at.sidebar.caption if "claims match" in c.value)
    return int(re.match(r"([\d,]+) of", text).group(1).replace(",", ""))


def tab(at: AppTest, label: str):
    return next(t for t in at.tabs if t.label == label)


def markdown_texts(node) -> list[str]:
    return [m.value for m in node.markdown]


# --------------------------------------------------------------------------- the views


def test_default_view_renders_every_tab(data_file, claims):
    at = run_app()
    assert not at.error and not at.warning
    assert [t.label for t in at.tabs] == ["Size view", "Benchmarks", "Leaderboard", "Model", "Claimed vs independent",
                                          "Provenance"]
    assert apprun.open_label(at) == "Size view"  # the default tab, the only one drawn
    assert len(charts(tab(at, "Size view"))) == 2  # sized points + the size-unknown strip
    assert match_count(at) == N
    for label in apprun.each_tab(at):  # each tab in turn, as a visitor clicks through them
        assert not at.error and not at.warning, label
        assert match_count(at) == N
        if label == "Benchmarks":
            assert len(charts(tab(at, label))) == 1
        if label == "Leaderboard":
            board = tab(at, label).dataframe[0].value
            assert {"rank_label", "model", "setting", "median", "best", "n_papers", "self_reported", "third_party",
                    "independent", "gap", "conflict"} <= set(board.columns)
        if label == "Provenance":
            assert any("**" in m for m in markdown_texts(tab(at, label)))
        # every chart spec is valid JSON with data, no chart carries more than the cap
        for ch in charts(at):
            json.loads(ch.proto.spec)
            assert 0 < chart_rows(ch) <= T.MAX_POINTS


def widget_keys(at: AppTest) -> set[str]:
    return {w.key for kind in ("selectbox", "multiselect", "radio", "number_input", "checkbox")
            for w in getattr(at, kind) if w.key}


def test_only_the_open_tab_is_computed(data_file, monkeypatch):
    """Lazy tabs: the default run draws and computes the size view only (no leaderboard,
    no model index, no independent runs); opening a tab draws it, and a link with
    ?view=<tab> opens that tab first."""
    from claimboard.dashboard import views_board

    calls = []
    real = views_board.T.leaderboard_tables

    def counted(*args, **kwargs):
        calls.append(args[1:3])
        return real(*args, **kwargs)

    monkeypatch.setattr(views_board.T, "leaderboard_tables", counted)
    at = run_app()
    assert not calls  # the leaderboard's cached function never ran
    assert {"sv_bench", "sv_kind"} <= widget_keys(at)
    assert not widget_keys(at) & {"lb_bench", "bv_bench", "mp_model", "gap_min", "prov_claim"}
    drawn = [t.label for t in at.tabs if len(t.children)]
    assert drawn == ["Size view"]
    assert len(charts(at)) == 2 and all(c.proto.id for c in charts(at))
    assert [json.loads(c.proto.spec).get("params", [{}])[0].get("name") for c in charts(at)] == ["pick", "upick"]
    open_tab(at, "Leaderboard")
    assert len(calls) == 1
    assert "lb_bench" in widget_keys(at) and "sv_bench" not in widget_keys(at)
    assert tab(at, "Leaderboard").dataframe[0].value["model"].size > 0
    assert not charts(tab(at, "Size view"))
    # a shared link opens its tab directly
    at = run_app({"lb": "GPQA Diamond"}, tab="Leaderboard")
    assert apprun.open_label(at) == "Leaderboard" and at.selectbox(key="lb_bench").value == "GPQA Diamond"


def test_a_closed_tab_keeps_its_state_and_its_link(data_file):
    """The widgets of a closed tab are not drawn, yet their values (and their part of the
    URL) are kept for when the tab opens again."""
    at = run_app(tab="Leaderboard")
    at.selectbox(key="lb_bench").select("MMLU").run()
    at.selectbox(key="lb_metric").select("accuracy").run()
    open_tab(at, "Model")
    at.selectbox(key="mp_model").select("GPT-4").run()
    open_tab(at, "Size view")
    at.radio(key="sv_color").set_value("paper").run()
    at.run()  # a second run with both tabs closed
    assert at.query_params["lb"] == "MMLU" and at.query_params["model"] == "GPT-4"
    open_tab(at, "Leaderboard")
    assert at.selectbox(key="lb_bench").value == "MMLU" and at.selectbox(key="lb_metric").value == "accuracy"
    assert at.query_params["color"] == "paper"
    open_tab(at, "Model")
    assert at.selectbox(key="mp_model").value == "GPT-4"
    open_tab(at, "Size view")
    assert at.radio(key="sv_color").value == "paper"


def test_size_view_defaults_to_scores_on_a_log_axis(data_file, claims):
    at = run_app()
    sized, unknown = charts(tab(at, "Size view"))
    spec = json.loads(sized.proto.spec)
    points = layers(spec)[0]
    assert points["encoding"]["x"]["scale"]["type"] == "log"
    assert points["encoding"]["x"]["field"] == "params_b"
    # axes formatted: never '24.200000' or '2e+1' on a single-point panel
    assert points["encoding"]["y"]["axis"]["format"] == points["encoding"]["x"]["axis"]["format"] == ",.4~g"
    tips = {t["field"] for t in points["encoding"]["tooltip"]}
    assert {"model", "params_b", "paper_title", "value", "metric", "evidence", "setting"} <= tips
    frame = claim_points(sized)
    assert set(claims.loc[claims["claim_id"].isin(frame["claim_id"]), "kind"]) == {"score"}
    assert frame["params_b"].notna().all()
    # the chart's data holds only what it draws, filters on or shows in a tooltip
    for ch in (sized, unknown):
        text = ch.proto.spec
        for col in chart_frame(ch).columns:
            assert f'"{col}"' in text or re.search(rf"datum\.{col}\b", text), col
    assert "kind" not in chart_frame(sized) and "paper_id" not in chart_frame(sized)
    bench = at.multiselect(key="sv_bench").value
    expected = claims[(claims["benchmark"].isin(bench)) & (claims["kind"] == "score")]
    assert sorted(frame["claim_id"]) == sorted(expected.loc[expected["params_b"].notna(), "claim_id"])
    # the size-unknown claims are counted per model in their own chart, all of them
    bars = chart_frame(unknown)
    unknown_claims = expected[expected["params_b"].isna()]
    assert bars["claims"].sum() == len(unknown_claims)
    assert not bars.duplicated(["model", "panel"]).any()
    assert json.loads(unknown.proto.spec)["encoding"]["x"]["axis"]["format"] == "d"
    assert any("Size unknown" in m and f"{len(unknown_claims):,} claims" in m for m in markdown_texts(tab(at, "Size view")))


def test_kind_selector_never_mixes_kinds(data_file, claims):
    at = run_app()
    at.radio(key="sv_kind").set_value("delta").run()
    assert not at.exception
    sized, unknown = charts(tab(at, "Size view"))
    shown = claim_points(sized)["claim_id"]
    assert len(shown) and set(claims.loc[claims["claim_id"].isin(shown), "kind"]) == {"delta"}
    assert frontier_rows(sized).empty  # no frontier of deltas: their baselines differ
    bench = at.multiselect(key="sv_bench").value
    view = validate_claims(synthetic_claims(N, seed=0, adversarial=True))[0]
    deltas = view[view["benchmark"].isin(bench) & (view["kind"] == "delta") & view["params_b"].isna()]
    assert chart_frame(unknown)["claims"].sum() == len(deltas)
    assert any("No frontier for deltas" in c.value for c in tab(at, "Size view").caption)
    assert at.query_params["sv_kind"] == "delta"


def test_several_benchmarks_are_faceted(data_file):
    at = run_app()
    at.multiselect(key="sv_bench").set_value(["GSM8K", "MMLU"]).run()
    sized = charts(tab(at, "Size view"))[0]
    spec = json.loads(sized.proto.spec)
    assert spec["facet"]["field"] == "panel_title" and spec["resolve"]["scale"]["y"] == "independent"
    frame = claim_points(sized)
    assert set(frame["benchmark"]) == {"GSM8K", "MMLU"}
    # one panel per benchmark and metric: two metrics never share a value axis
    assert set(frame["panel_title"]) == set(frame["benchmark"] + " · " + frame["metric"])


def test_colour_by_paper(data_file):
    at = run_app()
    at.radio(key="sv_color").set_value("paper").run()
    frame = claim_points(charts(tab(at, "Size view"))[0])
    assert set(frame["colour"]) <= set(frame["paper_title"]) | {"other"}


def test_the_shared_loaded_frames_are_never_changed(data_file, claims, monkeypatch):
    """load() is st.cache_resource: every session gets the very same frames, so no view may
    change them. Every tab runs (with clicks) and the loaded frames stay as loaded."""
    from claimboard.dashboard import loading as L

    loaded = []
    real = L.validate

    def recording(frame):
        valid, rejects = real(frame)
        loaded.append((valid, valid.copy(deep=True), rejects, rejects.copy(deep=True)))
        return valid, rejects

    monkeypatch.setattr(L, "validate", recording)
    at = run_app({"lb": "GPQA Diamond", "sv_bench": "GSM8K|MMLU", "model": "GPT-4", "vs": "Llama 2-7B"})
    at.radio(key="sv_color").set_value("paper").run()
    for label in apprun.each_tab(at):
        at.run()
    at.text_input(key="f_search").set_value("llama").run()
    assert len(loaded) == 1  # loaded once, shared by every rerun
    valid, valid_before, rejects, rejects_before = loaded[0]
    pd.testing.assert_frame_equal(valid, valid_before)
    pd.testing.assert_frame_equal(rejects, rejects_before)
    assert len(valid) == N


def test_benchmark_drill_down(data_file, claims):
    at = run_app(tab="Benchmarks")
    bars = chart_frame(charts(tab(at, "Benchmarks"))[0])
    assert bars["claims"].sum() == N
    at.selectbox(key="bv_bench").select("WMT14").run()
    drill = tab(at, "Benchmarks").dataframe[1].value
    assert len(drill) == (claims["benchmark"] == "WMT14").sum()
    assert at.query_params["drill"] == "WMT14"


def test_leaderboard_shows_conflicts(data_file, claims):
    at = run_app(tab="Leaderboard")
    at.selectbox(key="lb_bench").select("MMLU").run()
    at.selectbox(key="lb_metric").select("accuracy").run()
    board = tab(at, "Leaderboard").dataframe[0].value
    expected = T.leaderboard(validate_claims(claims)[0], "MMLU", "accuracy")
    assert board["model"].tolist() == expected["model"].tolist()
    gpt4 = board[board["model"] == "GPT-4"].iloc[0]
    assert bool(gpt4["conflict"]) and "86.4" in gpt4["claimed_values"] and "83.7" in gpt4["claimed_values"]
    assert any("conflicting" in c.value for c in tab(at, "Leaderboard").caption)


def independent() -> pd.DataFrame:
    """Epoch AI's runs as the app maps them (the committed copies in schema/vocab/)."""
    runs, mapping = (pd.read_csv(VOCAB_DIR / name, dtype=str, keep_default_na=False)
                     for name in ("epoch_benchmark_runs.csv", "epoch_benchmarks.csv"))
    return T.map_independent_runs(runs, mapping)


def shown(table) -> pd.DataFrame:
    """A leaderboard table as the app passes it to st.dataframe (without the claim id lists)."""
    return table.drop(columns=["claim_ids"]).reset_index(drop=True)


def test_leaderboard_ranks_models_and_keeps_reference_rows_apart(data_file, claims):
    at = run_app({"lb": "GPQA Diamond", "lb_metric": "accuracy"}, tab="Leaderboard")
    board_tab = tab(at, "Leaderboard")
    ranked, reference = (d.value for d in board_tab.dataframe[:2])
    expected = T.leaderboard_tables(validate_claims(claims)[0], "GPQA Diamond", "accuracy", independent=independent())
    want = shown(expected.ranked)
    assert ranked.columns.tolist() == want.columns.tolist()
    for col in ("rank_label", "model", "setting", "median", "best", "n_papers", "self_reported", "third_party",
                "independent", "gap", "independent_benchmark", "row_id"):
        got, exp = ranked[col].astype(object), want[col].astype(object)
        assert got.where(got.notna(), None).tolist() == exp.where(exp.notna(), None).tolist(), col
    assert not ranked.duplicated(["model", "setting"]).any()  # one row per model and setting
    assert "human experts" in set(reference["model"]) and "human experts" not in set(ranked["model"])
    assert reference["rank_label"].isna().all()
    assert ranked["rank_label"].iloc[0] in ("1", "=1")
    # Epoch's runs beside the claimed median, attributed
    assert ranked["independent"].notna().any()
    joined = ranked[ranked["independent"].notna()]
    assert (joined["gap"] - (joined["median"] - joined["independent"])).abs().max() < 1e-9
    assert any("Epoch AI, Data on AI Models, CC BY 4.0" in c.value for c in board_tab.caption)
    # the chart: each paper's best, the median, the independent score; full names in the tooltip
    [chart] = charts(board_tab)
    spec = json.loads(chart.proto.spec)
    assert {"model", "paper_title"} <= {t["field"] for layer in spec["layer"] for t in layer["encoding"]["tooltip"]}
    assert set(chart_frame(chart)["what"]) == set(T.POINT_KINDS)


def test_a_leaderboard_row_opens_its_claims_and_sentences(data_file, claims):
    at = run_app({"lb": "GPQA Diamond", "lb_metric": "accuracy"}, tab="Leaderboard")
    valid = validate_claims(claims)[0]
    lb = T.leaderboard_tables(valid, "GPQA Diamond", "accuracy")
    row = lb.ranked.iloc[2]
    at.session_state["lb_table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}  # a click on row 3
    at.run()
    assert not at.exception
    assert at.selectbox(key="lb_row").value == row["row_id"]
    assert at.session_state["prov_claim"] == row["best_claim_id"]  # the Provenance tab shows its best claim
    board_tab = tab(at, "Leaderboard")
    listed = next(d for d in board_tab.dataframe if d.key == "lb_claims").value
    assert listed["claim_id"].tolist() == list(row["claim_ids"])
    quotes = [m for m in markdown_texts(board_tab) if m.startswith("> ")]
    first = T.claims_of(valid, row["claim_ids"]).iloc[0]
    assert quotes[0] == "> " + T.highlighted_markdown(first["evidence"], first["value_text"])
    assert at.query_params["lb_row"] == row["row_id"]
    # a reference row, picked by name
    ref = lb.reference.iloc[0]
    at.selectbox(key="lb_row").select(ref["row_id"]).run()
    listed = next(d for d in tab(at, "Leaderboard").dataframe if d.key == "lb_claims").value
    assert listed["claim_id"].tolist() == list(ref["claim_ids"])


def test_leaderboard_follows_the_filters(data_file, claims):
    at = run_app({"lb": "GPQA Diamond"}, tab="Leaderboard")
    before = tab(at, "Leaderboard").dataframe[0].value
    at.text_input(key="f_search").set_value("llama").run()
    after = tab(at, "Leaderboard").dataframe[0].value
    view = T.filter_claims(validate_claims(claims)[0], T.Filters(search="llama"))
    assert after["model"].tolist() == T.leaderboard(view, "GPQA Diamond", "accuracy")["model"].tolist()
    assert len(after) < len(before) and all("Llama" in m for m in after["model"])


def test_leaderboard_subset_picker(data_file, claims):
    at = run_app({"lb": "FLORES-200", "lb_metric": "BLEU"}, tab="Leaderboard")
    assert at.selectbox(key="lb_subset").value == T.ALL_SUBSETS
    pooled = tab(at, "Leaderboard").dataframe[0].value
    assert not pooled.duplicated(["model", "setting"]).any()
    assert any("All subsets pooled" in c.value for c in tab(at, "Leaderboard").caption)
    at.selectbox(key="lb_subset").select("eng-deu").run()
    one = tab(at, "Leaderboard").dataframe[0].value
    assert set(one["subsets"]) == {"eng-deu"}
    assert at.query_params["lb_subset"] == "eng-deu"


def test_claimed_vs_independent_tab(data_file, claims):
    at = run_app(tab="Claimed vs independent")
    gap_tab = tab(at, "Claimed vs independent")
    gaps = next(d for d in gap_tab.dataframe if d.key == "gap_table").value
    expected = T.claim_gaps(validate_claims(claims)[0], independent())
    assert len(gaps) == len(expected) > 0
    assert gaps["model"].tolist() == expected["model"].tolist()
    assert (gaps["abs_gap"] > T.GAP_THRESHOLD).all() and gaps["abs_gap"].is_monotonic_decreasing
    assert any("Epoch AI, Data on AI Models, CC BY 4.0" in c.value for c in gap_tab.caption)
    [chart] = charts(gap_tab)
    assert len(chart_frame(chart)) == min(len(gaps), 40)
    # the first row's claims and sentences are below
    listed = next(d for d in gap_tab.dataframe if d.key == "gap_claims").value
    assert listed["claim_id"].tolist() == list(expected.loc[0, "claim_ids"])
    # a higher threshold lists fewer; one no claim reaches lists none
    at.number_input(key="gap_min").set_value(1000.0).run()
    assert any("No model in this selection" in i.value for i in tab(at, "Claimed vs independent").info)


def test_missing_independent_files_do_not_break_the_page(data_file, monkeypatch, tmp_path):
    monkeypatch.setattr("claimboard.schema.registry.VOCAB_DIR", tmp_path)
    at = run_app({"lb": "GPQA Diamond"}, tab="Leaderboard")
    assert tab(at, "Leaderboard").dataframe[0].value["independent"].isna().all()
    open_tab(at, "Claimed vs independent")
    assert any("could not be read" in w.value for w in tab(at, "Claimed vs independent").warning)


def test_tables_show_missing_values_blank(data_file):
    at = run_app({"lb": "GPQA Diamond"})
    seen = 0
    for label in apprun.each_tab(at):  # every table of every tab
        for d in at.dataframe:
            assert d.proto.placeholder == "", (label, d.key)
            seen += 1
    assert seen >= 6


def test_count_axes_are_integers(data_file):
    at = run_app(tab="Benchmarks")
    spec = json.loads(charts(tab(at, "Benchmarks"))[0].proto.spec)
    assert spec["encoding"]["x"]["axis"]["format"] == "d"
    assert spec["encoding"]["x"]["axis"]["tickMinStep"] == 1
    # the size view's colour legend cuts long labels: the tooltip has the family in full
    open_tab(at, "Size view")
    sized = json.loads(charts(tab(at, "Size view"))[0].proto.spec)
    assert "family" in {t["field"] for t in layers(sized)[0]["encoding"]["tooltip"]}
    # the size-unknown counts are bars on an integer axis
    axis = json.loads(charts(tab(at, "Size view"))[1].proto.spec)["encoding"]["x"]["axis"]
    assert axis["format"] == "d" and axis["tickMinStep"] == 1


def test_provenance_escapes_and_highlights(data_file, claims):
    adversarial = claims.iloc[1]
    at = run_app({"claim": adversarial["claim_id"]}, tab="Provenance")
    assert at.selectbox(key="prov_claim").value == adversarial["claim_id"]
    texts = markdown_texts(tab(at, "Provenance"))
    evidence = next(t for t in texts if t.startswith("> "))
    number = T.escape_markdown(adversarial["value_text"])
    assert f"**{number}**" in evidence
    assert "<script>" not in evidence and "\\<script\\>" in evidence
    assert "[link](" not in evidence and "**GPT-4**" not in evidence
    assert any("arxiv.org/abs/" in t for t in texts)
    for md in at.markdown:
        assert not md.proto.allow_html
    # picking another claim shows its evidence
    other = claims.iloc[5]
    at.selectbox(key="prov_claim").select(other["claim_id"]).run()
    evidence = next(t for t in markdown_texts(tab(at, "Provenance")) if t.startswith("> "))
    assert evidence == "> " + T.highlighted_markdown(other["evidence"], other["value_text"])
    assert at.query_params["claim"] == other["claim_id"]


def test_no_unsafe_html_anywhere():
    for path in (ROOT / "dashboard").glob("*.py"):
        text = path.read_text()
        assert "unsafe_allow_html" not in text, path
        assert "st.html" not in text, path


# --------------------------------------------------------------------------- filters


WIDGETS = [
    ("multiselect", "f_bench", ["GSM8K", "MMLU"], T.Filters(benchmarks=("GSM8K", "MMLU")), "bench"),
    ("multiselect", "f_cat", ["math"], T.Filters(categories=("math",)), "cat"),
    ("multiselect", "f_cat", [T.UNKNOWN_CATEGORY], T.Filters(categories=(T.UNKNOWN_CATEGORY,)), "cat"),
    ("multiselect", "f_kind", ["delta"], T.Filters(kinds=("delta",)), "kind"),
    ("multiselect", "f_metric", ["BLEU"], T.Filters(metrics=("BLEU",)), "metric"),
    ("number_input", "f_min", 10.0, T.Filters(size_min=10.0), "min_b"),
    ("number_input", "f_max", 8.0, T.Filters(size_max=8.0), "max_b"),
    ("checkbox", "f_unknown", False, T.Filters(include_unknown_size=False), "unknown_size"),
    ("text_input", "f_search", "LLAMA", T.Filters(search="LLAMA"), "q"),
    ("slider", "f_conf", 0.7, T.Filters(min_confidence=0.7), "min_conf"),
    ("checkbox", "f_learned", False, T.Filters(learned_models=False), "learned_models"),
]


@pytest.mark.parametrize("kind, key, value, filters, param", WIDGETS, ids=[f"{w[1]}={w[2]}" for w in WIDGETS])
def test_each_filter_changes_the_result(data_file, claims, kind, key, value, filters, param):
    at = run_app(tab="Benchmarks")
    assert match_count(at) == N
    getattr(at, kind)(key=key).set_value(value).run()
    assert not at.exception and not at.error
    expected = T.filter_claims(validate_claims(claims)[0], filters)
    assert 0 < len(expected) < N
    assert match_count(at) == len(expected)
    assert at.query_params[param] == T.filters_to_params(filters)[param]
    # the charts follow the filters
    bars = chart_frame(charts(tab(at, "Benchmarks"))[0])
    assert bars["claims"].sum() == len(expected)


def test_size_range_keeps_unknown_sizes_in_their_strip(data_file, claims):
    at = run_app()
    at.number_input(key="f_min").set_value(500.0).run()
    frame = claim_points(charts(tab(at, "Size view"))[0])
    assert (frame["params_b"] >= 500).all()
    assert any("Size unknown" in m for m in markdown_texts(tab(at, "Size view")))
    assert len(charts(tab(at, "Size view"))) == 2


def test_query_params_restore_filters(data_file, claims):
    f = T.Filters(benchmarks=("GSM8K", "MMLU"), kinds=("score",), size_min=1.0, search="a")
    query = T.filters_to_params(f) | {"lb": "GSM8K", "sv_bench": "MMLU", "color": "paper", "tab": "x"}
    at = run_app(query)
    assert at.multiselect(key="f_bench").value == ["GSM8K", "MMLU"]
    assert at.multiselect(key="f_kind").value == ["score"]
    assert at.number_input(key="f_min").value == 1.0
    assert at.text_input(key="f_search").value == "a"
    assert at.multiselect(key="sv_bench").value == ["MMLU"]
    assert at.radio(key="sv_color").value == "paper"
    assert match_count(at) == len(T.filter_claims(validate_claims(claims)[0], f))
    for key, value in T.filters_to_params(f).items():
        assert at.query_params[key] == value
    assert at.query_params["lb"] == "GSM8K"  # the closed leaderboard's part of the link is kept
    open_tab(at, "Leaderboard")
    assert at.selectbox(key="lb_bench").value == "GSM8K"


def test_query_params_with_unknown_values_are_ignored(data_file):
    at = run_app({"bench": "NoSuchBench|GSM8K", "min_b": "lots", "lb": "NoSuchBench"})
    assert at.multiselect(key="f_bench").value == ["GSM8K"]
    assert at.number_input(key="f_min").value is None
    assert not at.error


# --------------------------------------------------------------------------- download


def test_download_button_gives_the_neutralised_filtered_csv(data_file, claims, monkeypatch):
    captured = []
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, *args, **kwargs):
        captured.append(data_callable)
        return original(self, data_callable, *args, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    at = run_app()
    at.multiselect(key="f_bench").set_value(["MMLU"]).run()
    [button] = at.get("download_button")
    assert "CSV" in button.label
    payload = captured[-1]()
    text = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    out = pd.read_csv(io.StringIO(text), keep_default_na=False)
    expected = T.filter_claims(validate_claims(claims)[0], T.Filters(benchmarks=("MMLU",)))
    assert len(out) == len(expected) and set(out["benchmark"]) == {"MMLU"}
    titles = set(out["paper_title"])
    assert "'" + ADVERSARIAL_TITLES[0] in titles  # formula neutralised
    assert not any(t.startswith(("=", "+", "@", "-")) for t in titles)
    assert pd.api.types.is_numeric_dtype(pd.read_csv(io.StringIO(text))["value"])  # numbers stay numbers


# --------------------------------------------------------------------------- empty and error states


def test_missing_file_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMBOARD_DATA", str(tmp_path / "nope.parquet"))
    at = run_app()
    assert any("No claims file" in i.value for i in at.info)
    assert any("claimboard extract seeds/ --out data/" in c.value for c in at.code)
    assert not charts(at)


def test_default_path_is_data_claims_parquet(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMBOARD_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    at = run_app()
    assert any("data/claims.parquet" in i.value for i in at.info)


def test_no_match_says_so(data_file):
    at = run_app()
    at.text_input(key="f_search").set_value("no-such-model-xyz").run()
    assert not at.exception
    assert any("No claims match" in w.value for w in at.warning)
    assert not charts(at)
    assert at.query_params["q"] == "no-such-model-xyz"


def test_schema_failure_shows_the_failures(tmp_path, monkeypatch, claims):
    bad = claims.head(20).copy()
    bad["kind"] = "bogus"
    path = tmp_path / "bad.parquet"
    write_parquet(bad, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("passes the claims schema" in e.value for e in at.error)
    summary = at.dataframe[0].value
    assert "kind" in set(summary["column"])
    assert not charts(at)


def test_partly_invalid_file_shows_valid_rows_and_a_warning(tmp_path, monkeypatch, claims):
    bad = claims.copy()
    bad.loc[:9, "params_b"] = 0.0  # never 0: unknown must be null
    path = tmp_path / "partly.parquet"
    write_parquet(bad, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("10 rows" in w.value and "fail the claims schema" in w.value for w in at.warning)
    assert match_count(at) == N - 10
    assert charts(at)
    assert any("params_b" in set(df.value.get("column", [])) for df in at.dataframe if "check" in df.value)


def test_file_missing_columns_is_an_error_not_a_traceback(tmp_path, monkeypatch, claims):
    path = tmp_path / "cols.parquet"
    pq.write_table(pa.Table.from_pandas(claims[["claim_id", "model", "value"]]), path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("missing columns" in e.value for e in at.error)


def test_unreadable_file_is_an_error(tmp_path, monkeypatch):
    path = tmp_path / "junk.parquet"
    path.write_bytes(b"not parquet at all")
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("Could not load" in e.value for e in at.error)


def test_empty_file(tmp_path, monkeypatch, claims):
    path = tmp_path / "empty.parquet"
    write_parquet(claims.iloc[:0], CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app()
    assert any("holds no claims" in i.value for i in at.info)


# --------------------------------------------------------------------------- scale


def test_chart_points_are_capped_and_the_caption_says_so(data_file, monkeypatch):
    monkeypatch.setattr(T, "MAX_POINTS", 40)
    at = run_app({"sv_bench": "GSM8K|MMLU|MATH|HumanEval"})
    sized, unknown = charts(tab(at, "Size view"))
    assert chart_rows(sized) <= 40  # the sampled points and the frontier together
    frontier = frontier_rows(sized)
    assert len(frontier) > 0 and len(claim_points(sized)) == 40 - len(frontier)
    assert any(f"fixed sample of {40 - len(frontier)}" in c.value for c in tab(at, "Size view").caption)
    assert chart_rows(unknown) <= UNKNOWN_BARS  # unknown sizes: aggregated bars, never points


def test_large_file_stays_within_the_point_budget(tmp_path, monkeypatch):
    df = synthetic_claims(20000, seed=2)
    path = tmp_path / "big.parquet"
    write_parquet(df, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app({"sv_bench": "GSM8K|MMLU|MATH|HumanEval|MBPP|HellaSwag|TruthfulQA|ARC-Challenge"})
    for ch in charts(at):
        assert chart_rows(ch) <= T.MAX_POINTS
    sized, unknown = charts(tab(at, "Size view"))
    assert chart_rows(sized) <= T.MAX_POINTS and chart_rows(unknown) <= UNKNOWN_BARS
    assert any("sample" in c.value for c in tab(at, "Size view").caption)
    assert match_count(at) == 20000


# --------------------------------------------------------------------------- launch


def test_launch_runs_streamlit_with_the_data_path(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(launch.subprocess, "call", lambda cmd, env: calls.append((cmd, env)) or 0)
    monkeypatch.chdir(tmp_path)
    assert launch.main("data/claims.parquet", headless=True, port=8999) == 0
    cmd, env = calls[0]
    assert cmd[1:4] == ["-m", "streamlit", "run"] and Path(cmd[4]) == APP
    assert cmd[cmd.index("--server.headless") + 1] == "true"
    assert cmd[cmd.index("--server.port") + 1] == "8999"
    assert env["CLAIMBOARD_DATA"] == str(tmp_path / "data" / "claims.parquet")


def test_launch_without_a_path_leaves_the_default(monkeypatch):
    calls = []
    monkeypatch.delenv("CLAIMBOARD_DATA", raising=False)
    monkeypatch.setattr(launch.subprocess, "call", lambda cmd, env: calls.append((cmd, env)) or 0)
    assert launch.main(None) == 0
    cmd, env = calls[0]
    assert "CLAIMBOARD_DATA" not in env and "--server.headless" not in cmd


def test_app_module_import_runs_nothing():
    import claimboard.dashboard.app as app

    assert callable(app.main) and callable(app.load)
    src = APP.read_text()
    assert src.rstrip().endswith('if __name__ == "__main__":\n    main()')


def test_names_from_the_data_are_escaped_everywhere(tmp_path, monkeypatch, claims):
    evil = "**Evil** <b>x</b> [l](http://e.x)"
    df = claims.copy()
    df.loc[df["benchmark"] == "LongIns", "benchmark"] = evil
    df.loc[df["model"] == "GPT-4", "model"] = "_GPT_ <i>4</i>"
    path = tmp_path / "evil.parquet"
    write_parquet(df, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    at = run_app({"sv_bench": evil, "lb": evil, "drill": evil, "sv_kind": "relative"})
    texts = []
    for label in apprun.each_tab(at):  # every tab's text, the sidebar's too
        if label == "Leaderboard":
            assert at.selectbox(key="lb_bench").value == evil
        texts += [e.value for kind in ("markdown", "caption", "info", "warning", "error", "success")
                  for e in getattr(at, kind)]
        for md in at.markdown:
            assert not md.proto.allow_html, label
    assert any("Evil" in t for t in texts)
    for t in texts:
        assert "**Evil**" not in t and "<b>" not in t and "<i>" not in t and "](http://e" not in t, t
