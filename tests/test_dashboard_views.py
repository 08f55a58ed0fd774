"""The size view's frontier and setting filter, the model page and its comparison, stable
family colours, links and blanks, under streamlit.testing.v1.AppTest on a small hand-made
claims file (every row valid)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import apprun
import pandas as pd
import pyarrow as pa
import pytest

from claimboard.dashboard import colours as C
from claimboard.dashboard import transforms as T
from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.io import write_parquet
from claimboard.schema.validate import validate_claims

charts = apprun.charts
CATEGORIES = {"GSM8K": "math", "MMLU": "knowledge", "LibriSpeech": "speech"}


def claim(i: int, model, value: float, *, benchmark="GSM8K", metric="accuracy", model_id=None, family=None,
          role="baseline", params_b=None, params_source=None, paper="2502.00001", setting=None, unit="%",
          kind="score") -> dict:
    text = f"{value:g}"
    evidence = f"{model or 'A model'} reaches {text}{unit or ''} {metric} on {benchmark}."
    start = evidence.index(text)
    return dict(claim_id=f"{paper}:{start}:{i}", paper_id=paper, paper_title=f"Paper {paper}", source="s.jsonl",
                model=model, model_id=model_id, model_family=family, model_role=role, base_model_id=None,
                params_b=params_b, active_params_b=None, params_source=params_source, benchmark=benchmark,
                benchmark_known=True, category=CATEGORIES[benchmark], subset=None, setting=setting, metric=metric,
                value=float(value), value_high=None, value_text=text, unit=unit, kind=kind, qualifier=None,
                evidence=evidence, char_start=start, char_end=start + len(text), extractor="on-benchmark@1",
                confidence=0.9)


DS = dict(model_id="DeepSeek-R1", family="DeepSeek", params_b=671.0, params_source="registry")
GA = dict(params_b=7.0, params_source="text")  # not in the registry
SLUG = "generative-adapter-contextualizing-language-models"


def speech(i, model, size, wer, **kw):
    return claim(i, model, wer, benchmark="LibriSpeech", metric="WER", unit=None, params_b=size,
                 params_source="text" if size else None, paper="2503.00001", **kw)


ROWS = [
    claim(0, "DeepSeek-R1", 90.0, paper="2501.12948", role="proposed", setting="5-shot", **DS),
    claim(1, "DeepSeek-R1", 88.0, setting="zero-shot", **DS),
    claim(2, "DeepSeek-R1", 85.0, benchmark="MMLU", **DS),
    claim(3, "GenerativeAdapter", 60.0, paper=SLUG, role="proposed", **GA),
    claim(4, "GenerativeAdapter", 55.0, paper=SLUG, role="proposed", setting="5-shot", **GA),
    claim(5, "LLaMA-2-7B", 14.6, setting="5-shot", model_id="Llama 2-7B", family="Llama 2", params_b=7.0,
          params_source="name"),
    claim(6, "human experts", 95.0, role="human"),
    claim(7, None, 99.0, role="unnamed", params_b=2.0, params_source="text"),  # "a 2B model reaches 99"
    claim(8, "GPT-4", 92.0, model_id="GPT-4", family="GPT", paper="2303.08774"),
    claim(9, "GPT-4", 87.0, model_id="GPT-4", family="GPT"),
    speech(10, "Speech-Tiny", 0.1, 8.0),
    speech(11, "Speech-Small", 0.5, 5.0),
    speech(12, "Speech-Medium", 1.5, 6.0),
    speech(13, "Speech-Large", 3.0, 3.2),
    speech(14, None, 2.0, 1.0, role="unnamed"),  # the lowest WER, but no model: never on the frontier
    speech(15, "human transcribers", None, 5.8, role="human"),
]


@pytest.fixture
def claims_file(tmp_path, monkeypatch) -> Path:
    df = pd.DataFrame(ROWS, columns=names(CLAIM_COLUMNS))
    valid, rejects = validate_claims(df)
    assert rejects.empty, rejects
    path = tmp_path / "claims.parquet"
    write_parquet(df, CLAIM_COLUMNS, path)
    monkeypatch.setenv("CLAIMBOARD_DATA", str(path))
    return path


def run_app(query=None, tab: str | None = None):
    return apprun.run_app(query, timeout=60, tab=tab)


def tab(at, label: str):
    return next(t for t in at.tabs if t.label == label)


def chart_frame(chart) -> pd.DataFrame:
    return pd.concat([pa.ipc.open_stream(ds.data.data).read_all().to_pandas() for ds in chart.proto.datasets],
                     ignore_index=True)


def layers(spec: dict) -> list[dict]:
    inner = spec.get("spec", spec)
    return inner.get("layer", [inner])


def frames(node) -> dict[str, pd.DataFrame]:
    """The tables of a tab by what they hold: 'facts', 'claims', 'compare'."""
    out = {}
    for d in node.dataframe:
        cols = set(d.value.columns)
        if {"fact", "value", "source"} <= cols:
            out["facts"] = d
        elif {"benchmark", "arxiv", "hf", "evidence"} <= cols:
            out["claims"] = d
        elif {"advantage", "better"} <= cols:
            out["compare"] = d
    return out


def facts(node) -> dict[str, tuple[str, str]]:
    return {f: (v, s) for f, v, s in frames(node)["facts"].value.itertuples(index=False)}


def texts(node) -> list[str]:
    return [e.value for kind in ("markdown", "caption", "info", "warning", "error", "success")
            for e in getattr(node, kind)]


def colour_scale(spec: dict, field_suffix: str = "") -> dict[str, str]:
    """domain -> colour of the chart's colour encoding (in whichever layer has one)."""
    for layer in layers(spec):
        colour = layer.get("encoding", {}).get("color", {})
        scale = colour.get("scale") or {}
        if "domain" in scale and "range" in scale:
            return dict(zip(scale["domain"], scale["range"]))
    return {}


# --------------------------------------------------------------------------- model page


def test_model_page_shows_a_registry_model(claims_file):
    at = run_app({"model": "DeepSeek-R1"}, tab="Model")
    page = tab(at, "Model")
    assert at.selectbox(key="mp_model").value == "DeepSeek-R1"
    f = facts(page)
    assert f["registry name"][0] == "DeepSeek-R1" and f["family"][0] == "DeepSeek"
    assert f["organisation"][0] == "DeepSeek" and f["release date"][0] == "2025-01-20"
    assert f["parameters (billions)"] == ("671", "the model registry")
    assert f["active parameters (billions)"][0] == "37" and f["open weights"][0] == "yes"
    assert not any("Not in the model registry" in i.value for i in page.info)
    claims = frames(page)["claims"].value
    assert sorted(claims["value"]) == [85.0, 88.0, 90.0]
    assert {"benchmark", "subset", "metric", "value", "kind", "setting", "paper_title", "arxiv", "hf",
            "evidence"} <= set(claims.columns)
    by_value = claims.set_index("value")
    assert by_value.loc[90.0, "arxiv"] == "https://arxiv.org/abs/2501.12948"
    assert by_value.loc[90.0, "hf"] == "https://huggingface.co/papers/2501.12948"
    assert by_value.loc[90.0, "setting"] == "5-shot" and by_value.loc[90.0, "role"] == "proposed"
    config = json.loads(frames(page)["claims"].proto.columns)
    assert config["arxiv"]["type_config"]["type"] == "link" and config["hf"]["type_config"]["type"] == "link"
    # humans and unnamed aggregates are never offered as models
    options = at.selectbox(key="mp_model").options
    assert "human experts" not in options and T.UNNAMED_MODEL not in options and "human transcribers" not in options
    assert any("**DeepSeek\\-R1**" in m for m in texts(page))
    assert at.query_params["model"] == "DeepSeek-R1"


def test_model_page_shows_an_unresolved_model_from_its_claims(claims_file):
    at = run_app({"model": "GenerativeAdapter (7B)"}, tab="Model")
    page = tab(at, "Model")
    assert at.selectbox(key="mp_model").value == "GenerativeAdapter (7B)"
    assert any("Not in the model registry" in i.value for i in page.info)
    f = facts(page)
    assert f["registry name"] == ("", "not in the model registry")
    assert f["parameters (billions)"] == ("7", "the claims (the papers' text)")
    assert f["organisation"][0] == "" and f["open weights"][0] == ""
    claims = frames(page)["claims"].value
    assert sorted(claims["value"]) == [55.0, 60.0]
    assert claims["arxiv"].isna().all() and claims["hf"].isna().all()  # a slug is no arXiv id: no link


def test_compare_two_models_side_by_side(claims_file):
    at = run_app({"model": "DeepSeek-R1", "vs": "GPT-4"}, tab="Model")
    page = tab(at, "Model")
    pair = frames(page)["compare"].value
    assert pair["benchmark"].tolist() == ["GSM8K"]  # MMLU: only DeepSeek-R1 has it
    row = pair.iloc[0]
    # each model's median over papers of each paper's best: (90 + 88) / 2 and (92 + 87) / 2
    assert (row["a"], row["b"], row["difference"], row["better"]) == (89.0, 89.5, -0.5, "GPT-4")
    assert any("DeepSeek\\-R1 is better on 0, GPT\\-4 on 1, 0 tied" in c for c in texts(page))
    assert at.query_params["vs"] == "GPT-4"
    assert any(c.proto.id.endswith("mp_compare_chart") or "advantage" in c.proto.spec for c in charts(page))


def test_compare_is_direction_aware_for_a_lower_is_better_metric(claims_file):
    at = run_app({"model": "Speech-Small (500M)", "vs": "Speech-Large (3B)"}, tab="Model")
    row = frames(tab(at, "Model"))["compare"].value.iloc[0]
    assert (row["metric"], row["direction"]) == ("WER", "lower is better")
    assert (row["difference"], row["advantage"], row["better"]) == (1.8, -1.8, "Speech-Large (3B)")


def test_compare_without_a_common_benchmark_says_so(claims_file):
    at = run_app({"model": "DeepSeek-R1", "vs": "Speech-Large (3B)"}, tab="Model")
    page = tab(at, "Model")
    assert any("have no claimed scores on a common benchmark" in i.value for i in page.info)
    assert "compare" not in frames(page)
    # no second model picked: a hint, no table
    at = run_app({"model": "DeepSeek-R1"}, tab="Model")
    assert at.selectbox(key="mp_vs").value is None and "compare" not in frames(tab(at, "Model"))


def test_model_page_without_named_models(claims_file):
    at = run_app({"q": "human"}, tab="Model")  # the search leaves only the human baselines
    assert any("names a model" in i.value for i in tab(at, "Model").info)
    assert not frames(tab(at, "Model"))


# --------------------------------------------------------------------------- size view


def test_size_view_frontier_for_a_lower_is_better_metric(claims_file):
    at = run_app({"sv_bench": "LibriSpeech"})
    sized = charts(tab(at, "Size view"))[0]
    data = chart_frame(sized)
    frontier = data[data["layer"] == "frontier"]
    records = frontier[frontier["record"].astype(bool)]
    assert records["model"].tolist() == ["Speech-Tiny (100M)", "Speech-Small (500M)", "Speech-Large (3B)"]
    assert records["value"].tolist() == [8.0, 5.0, 3.2]  # going down: lower WER is better
    assert 1.0 not in frontier["value"].tolist()  # the unnamed 2B claim is never on the frontier
    spec = json.loads(sized.proto.spec)
    assert spec["title"] == "LibriSpeech · WER (lower is better)"
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers(spec)]
    assert marks[:3] == ["circle", "line", "point"] and marks.count("text") == 2
    line = layers(spec)[1]
    assert line["mark"]["interpolate"] == "step-after"
    # the claims of unknown size are counted per model, the human row apart
    bars = chart_frame(charts(tab(at, "Size view"))[1])
    assert bars["model"].tolist() == ["human transcribers"] and bars["claims"].tolist() == [1]


def test_size_view_frontier_for_a_higher_is_better_metric_skips_references(claims_file):
    at = run_app({"sv_bench": "GSM8K"})
    data = chart_frame(charts(tab(at, "Size view"))[0])
    records = data[(data["layer"] == "frontier") & data["record"].astype(bool)]
    # at 7B the best is GenerativeAdapter's 60 (Llama 2-7B's 14.6 is no record); then DeepSeek-R1
    assert records["model"].tolist() == ["GenerativeAdapter (7B)", "DeepSeek-R1"]
    assert records["value"].tolist() == [60.0, 90.0]
    assert 99.0 not in data.loc[data["layer"] == "frontier", "value"].tolist()  # the unnamed "2B model"
    assert any("The line is the frontier" in c.value for c in tab(at, "Size view").caption)


def test_size_view_setting_filter(claims_file):
    at = run_app({"sv_bench": "GSM8K"})
    assert at.multiselect(key="sv_setting").options == [T.NOT_STATED, "5-shot", "zero-shot"]
    at.multiselect(key="sv_setting").set_value(["5-shot"]).run()
    points = chart_frame(charts(tab(at, "Size view"))[0])
    claims = points[points["layer"] == "claim"]
    assert set(claims["setting"]) == {"5-shot"} and sorted(claims["value"]) == [14.6, 55.0, 90.0]
    assert at.query_params["sv_setting"] == "5-shot"
    at.multiselect(key="sv_setting").set_value([T.NOT_STATED]).run()
    claims = chart_frame(charts(tab(at, "Size view"))[0])
    claims = claims[claims["layer"] == "claim"]
    assert set(claims["setting"]) == {""} and sorted(claims["value"]) == [60.0, 99.0]
    bars = chart_frame(charts(tab(at, "Size view"))[1])
    assert bars["claims"].sum() == 3  # GPT-4 twice and the human baseline, none of them states a setting
    # a shared link restores the filter; a setting that no claim states is dropped
    at = run_app({"sv_bench": "GSM8K", "sv_setting": "zero-shot|maj@64"})
    assert at.multiselect(key="sv_setting").value == ["zero-shot"]
    claims = chart_frame(charts(tab(at, "Size view"))[0])
    assert claims.loc[claims["layer"] == "claim", "value"].tolist() == [88.0]


def test_size_view_single_point_panel_has_formatted_axes(claims_file):
    at = run_app({"sv_bench": "MMLU"})  # one claim: DeepSeek-R1's 85
    spec = json.loads(charts(tab(at, "Size view"))[0].proto.spec)
    points = layers(spec)[0]
    assert points["encoding"]["y"]["axis"]["format"] == ",.4~g" and points["encoding"]["x"]["axis"]["format"] == ",.4~g"


# --------------------------------------------------------------------------- across views


def test_family_colours_are_the_same_in_every_view(claims_file):
    df = validate_claims(pd.DataFrame(ROWS, columns=names(CLAIM_COLUMNS)))[0]
    expected = C.family_colours(T.family_of(df).value_counts().to_dict())
    # Speech (4 claims) and DeepSeek (3) prefer the same colour: Speech keeps it, DeepSeek takes the next;
    # filtering the speech claims out must not hand DeepSeek another colour
    assert C.preferred_slot("Speech") == C.preferred_slot("DeepSeek") and expected["DeepSeek"] == C.PALETTE[1]
    at = run_app({"bench": "GSM8K|MMLU", "sv_bench": "GSM8K", "lb": "GSM8K", "model": "DeepSeek-R1"})
    size = colour_scale(json.loads(charts(tab(at, "Size view"))[0].proto.spec))
    unknown = colour_scale(json.loads(charts(tab(at, "Size view"))[1].proto.spec))
    apprun.open_tab(at, "Leaderboard")
    board = colour_scale(json.loads(charts(tab(at, "Leaderboard"))[0].proto.spec))
    apprun.open_tab(at, "Model")
    model = colour_scale(json.loads(charts(tab(at, "Model"))[0].proto.spec))
    for scale in (size, board, model):
        assert scale["DeepSeek"] == expected["DeepSeek"]
    assert size["Llama 2"] == board["Llama 2"] == expected["Llama 2"]
    assert "GPT" not in size  # GPT-4's size is unknown: no point on the size axis, a bar below
    assert board["GPT"] == expected["GPT"]
    assert unknown["GPT"] == expected["GPT"] and unknown["human"] == C.FIXED["human"]


NULL_WORDS = re.compile(r"(?<![\w-])(None|nan|NaN|null)(?![\w-])")


def test_no_none_or_nan_is_printed(claims_file):
    at = run_app({"sv_bench": "GSM8K|LibriSpeech", "lb": "GSM8K", "model": "GenerativeAdapter (7B)", "vs": "DeepSeek-R1"})
    for label in apprun.each_tab(at):  # every tab, each drawn in turn
        _no_none_or_nan(at, label)


def _no_none_or_nan(at, label: str) -> None:
    assert charts(at) or at.dataframe, label  # the tab drew something to check
    for text in texts(at):
        assert not NULL_WORDS.search(text), text
    for d in at.dataframe:
        assert d.proto.placeholder == ""  # missing values are shown blank
        for col in d.value.columns:
            cells = d.value[col]
            if cells.dtype == object or pd.api.types.is_string_dtype(cells):
                assert not cells.dropna().astype(str).isin(["None", "nan", "NaN", "null"]).any(), col
    # chart tooltips never show 'null': every text field a tooltip names is filled in its layer's rows
    for chart in charts(at):
        data = chart_frame(chart)
        for i, layer in enumerate(layers(json.loads(chart.proto.spec))):
            rows = data
            if "layer" in data:  # the size chart: its first layer draws the claims, the others the frontier
                rows = data[data["layer"] == ("claim" if i == 0 else "frontier")]
            for tip in layer.get("encoding", {}).get("tooltip", []):
                if tip.get("type") == "nominal":
                    assert rows[tip["field"]].notna().all(), (chart.proto.id, tip["field"])
