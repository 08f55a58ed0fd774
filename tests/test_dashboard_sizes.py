"""The size view's transforms (dashboard/transforms.py): the best-per-size frontier, the
counts of claims of unknown size, the setting filter, the family of a claim, paper links,
and the leaderboard's model keys at scale. No Streamlit."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS, names


def claim(model="Model-A", *, value=50.0, params_b=7.0, benchmark="GSM8K", metric="accuracy", role="baseline",
          model_id=None, family=None, setting=None, kind="score", paper="2401.00001", params_source="registry", **kw) -> dict:
    text = f"{value:g}"
    row = dict(paper_id=paper, paper_title=f"Paper {paper}", source="s.txt", model=model, model_id=model_id,
               model_family=family, model_role=role, base_model_id=None, params_b=params_b, active_params_b=None,
               params_source=params_source if params_b is not None else None, benchmark=benchmark,
               benchmark_known=True, category="math", subset=None, setting=setting, metric=metric, value=float(value),
               value_high=None, value_text=text, unit="%", kind=kind, qualifier=None,
               evidence=f"{model} gets {text} on {benchmark}.", char_start=0, char_end=len(text),
               extractor="on-benchmark@1", confidence=0.9)
    row.update(kw)
    return row


def frame(*rows) -> pd.DataFrame:
    rows = [dict(r, claim_id=r.get("claim_id") or f"c{i}") for i, r in enumerate(rows)]
    return pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))


# --------------------------------------------------------------------------- frontier


def test_frontier_is_the_running_best_over_increasing_size():
    df = frame(
        claim("A", params_b=1, value=30), claim("A", params_b=1, value=35, paper="p2"),  # best at 1B: 35
        claim("B", params_b=7, value=33),  # worse than a smaller model: no record
        claim("C", params_b=7, value=50),  # the best at 7B
        claim("D", params_b=13, value=50),  # a tie with a smaller model is no record
        claim("E", params_b=70, value=71),
        claim("F", params_b=400, value=60),  # the largest size: the line reaches it, no label
    )
    f = T.size_frontier(df)
    records = f[f["record"]]
    assert records["model"].tolist() == ["A", "C", "E"]
    assert records["value"].tolist() == [35.0, 50.0, 71.0]
    assert records["params_b"].tolist() == [1.0, 7.0, 70.0]
    assert records["label"].tolist() == ["A", "C", "E"] and records["higher"].all()
    end = f[~f["record"]]
    assert end["params_b"].tolist() == [400.0] and end["value"].tolist() == [71.0] and end["label"].tolist() == [""]
    assert f["params_b"].is_monotonic_increasing
    assert set(f["panel"]) == {"GSM8K · accuracy"}


def test_frontier_of_a_lower_is_better_metric_goes_down():
    df = frame(
        claim("tiny", params_b=0.1, value=8.0, benchmark="LibriSpeech", metric="WER"),
        claim("small", params_b=0.5, value=5.0, benchmark="LibriSpeech", metric="WER"),
        claim("medium", params_b=1.5, value=6.0, benchmark="LibriSpeech", metric="WER"),  # worse: no record
        claim("large", params_b=3.0, value=3.2, benchmark="LibriSpeech", metric="WER"),
        claim("large", params_b=3.0, value=9.9, benchmark="LibriSpeech", metric="WER", paper="p2"),
    )
    f = T.size_frontier(df)
    records = f[f["record"]]
    assert records["model"].tolist() == ["tiny", "small", "large"]
    assert records["value"].tolist() == [8.0, 5.0, 3.2]  # the lowest WER at each size, going down
    assert not f["higher"].any()


def test_humans_and_unnamed_models_are_never_on_the_frontier():
    df = frame(
        claim("A", params_b=1, value=30),
        claim(None, params_b=2, value=99, role="unnamed"),  # "a 2B model gets 99": the best number, not a model
        claim("human experts", params_b=3, value=95, role="human"),
        claim("B", params_b=7, value=40),
    )
    f = T.size_frontier(df)
    assert f.loc[f["record"], "model"].tolist() == ["A", "B"]
    assert 99.0 not in f["value"].tolist() and 95.0 not in f["value"].tolist()
    # with only reference rows there is no frontier at all
    assert T.size_frontier(df[df["model_role"].isin(["human", "unnamed"])]).empty


def test_frontier_uses_scores_of_known_size_per_benchmark_and_metric():
    df = frame(
        claim("A", params_b=1, value=30), claim("B", params_b=2, value=20, kind="delta"),
        claim("C", params_b=None, value=90),  # unknown size: not on a size axis
        claim("A", params_b=1, value=10, metric="F1"), claim("B", params_b=8, value=20, metric="F1"),
        claim("B", params_b=8, value=25, benchmark="MMLU"),
    )
    f = T.size_frontier(df)
    assert sorted(set(f["panel"])) == ["GSM8K · F1", "GSM8K · accuracy", "MMLU · accuracy"]
    acc = f[f["panel"] == "GSM8K · accuracy"]
    assert acc["model"].tolist() == ["A"] and acc["value"].tolist() == [30.0]
    assert f[f["panel"] == "GSM8K · F1"]["value"].tolist() == [10.0, 20.0]


def test_frontier_names_models_as_the_leaderboard_does_and_cuts_labels():
    long = "A-Model-With-A-Very-Long-Name-That-Goes-On-And-On"
    df = frame(claim("Llama-3.1-8B", model_id="Llama 3.1", params_b=8, params_source="name", value=40),
               claim(long, params_b=70, value=60))
    f = T.size_frontier(df, label_chars=20)
    assert f["model"].tolist() == ["Llama 3.1 (8B)", long]
    assert f["label"].tolist()[0] == "Llama 3.1 (8B)"
    assert len(f["label"].tolist()[1]) == 20 and f["label"].tolist()[1].endswith("…")
    assert f["above"].tolist() == [True, False]  # labels alternate above and below


def test_frontier_empty_input_and_no_null_text():
    empty = T.size_frontier(frame())
    assert empty.empty and empty.columns.tolist() == T.FRONTIER_COLUMNS
    f = T.size_frontier(frame(claim("A", setting=None), claim("B", params_b=9, value=60, setting="5-shot")))
    assert f["setting"].tolist() == ["", "5-shot"]  # a tooltip would print 'null'


def test_frontier_at_scale_is_small():
    df = synthetic_claims(20000, seed=1)
    f = T.size_frontier(df)
    panels = f["panel"].nunique()
    assert 0 < len(f) <= panels * (df["params_b"].nunique() + 1)
    for _, part in f[f["record"]].groupby("panel"):
        values = part["value"].tolist()
        higher = bool(part["higher"].iloc[0])
        assert values == sorted(values, reverse=not higher) and len(set(values)) == len(values)


# --------------------------------------------------------------------------- unknown sizes


def test_unknown_size_summary_counts_per_model():
    df = frame(
        claim("GPT-4", model_id="GPT-4", params_b=None, value=80), claim("GPT-4", model_id="GPT-4", params_b=None,
                                                                       value=86, paper="p2"),
        claim("GPT-4", model_id="GPT-4", params_b=None, value=70, paper="p2"),
        claim("human experts", params_b=None, value=90, role="human"),
        claim(None, params_b=None, value=40, role="unnamed"),
        claim("GPT-4", model_id="GPT-4", params_b=None, value=12.0, benchmark="LibriSpeech", metric="WER"),
        claim("GPT-4", model_id="GPT-4", params_b=None, value=9.0, benchmark="LibriSpeech", metric="WER"),
        claim("Small", params_b=1.0, value=50),  # known size: not here
    )
    u = T.unknown_size_summary(df)
    assert u.columns.tolist() == T.UNKNOWN_SIZE_COLUMNS
    gpt = u[(u["model"] == "GPT-4") & (u["benchmark"] == "GSM8K")].iloc[0]
    assert (gpt["claims"], gpt["papers"], gpt["best"], gpt["median"]) == (3, 2, 86.0, 80.0)
    assert gpt["best_claim_id"] == "c1" and not gpt["reference"]
    wer = u[u["benchmark"] == "LibriSpeech"].iloc[0]
    assert wer["best"] == 9.0  # lower is better
    refs = u[u["reference"]]
    assert sorted(refs["model"]) == ["(unnamed)", "human experts"]
    assert sorted(refs["family"]) == ["(unnamed)", "human"]
    assert u["claims"].sum() == 7 and u["claims"].is_monotonic_decreasing
    assert T.unknown_size_summary(frame(claim("Small"))).empty


# --------------------------------------------------------------------------- settings


def test_setting_choices_and_filter():
    df = frame(claim(setting="5-shot"), claim(setting="5-shot"), claim(setting="zero-shot; CoT"), claim(setting=None),
               claim(setting="  "))
    assert T.setting_choices(df) == [T.NOT_STATED, "5-shot", "zero-shot; CoT"]
    assert T.setting_choices(df.iloc[:3]) == ["5-shot", "zero-shot; CoT"]
    assert len(T.filter_settings(df, [])) == 5
    assert T.filter_settings(df, ["5-shot"])["claim_id"].tolist() == ["c0", "c1"]
    assert T.filter_settings(df, [T.NOT_STATED])["claim_id"].tolist() == ["c3", "c4"]
    assert T.filter_settings(df, [T.NOT_STATED, "zero-shot; CoT"])["claim_id"].tolist() == ["c2", "c3", "c4"]
    assert T.filter_settings(df, ["maj@64"]).empty


# --------------------------------------------------------------------------- families


def test_family_of_prefers_the_registry_and_marks_references():
    df = frame(claim("LLaMA-2-7B", family="Llama 2"), claim("GenerativeAdapter-7B"), claim("human experts", role="human"),
               claim(None, role="unnamed"), claim("the best open model", role="unnamed"), claim("GPT-4o", family=""))
    assert T.family_of(df).tolist() == ["Llama 2", "GenerativeAdapter", "human", T.UNNAMED_MODEL, T.UNNAMED_MODEL,
                                        "GPT"]


def test_size_view_points_carry_the_registry_family_and_setting():
    df = frame(claim("LLaMA-2-7B", family="Llama 2", setting="5-shot"), claim("Foo-1B", setting=None))
    data = T.size_view_data(df)
    assert data.sized["family"].tolist() == ["Llama 2", "Foo"]
    assert data.sized["setting"].tolist() == ["5-shot", ""]


# --------------------------------------------------------------------------- links


@pytest.mark.parametrize(
    "pid, arxiv, hf",
    [("2401.01234", "https://arxiv.org/abs/2401.01234", "https://huggingface.co/papers/2401.01234"),
     ("arxiv:2401.01234", "https://arxiv.org/abs/2401.01234", "https://huggingface.co/papers/2401.01234"),
     ("arXiv:2312.12345v3", "https://arxiv.org/abs/2312.12345v3", "https://huggingface.co/papers/2312.12345"),
     ("hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001", None),
     ("scaling-laws-with-vocabulary", None, None), ("0704.0001", "https://arxiv.org/abs/0704.0001", "https://huggingface.co/papers/0704.0001"), ("2401.012", None, None), ("javascript:alert(1)", None, None),
     ("https://evil.example/2401.01234", None, None), (None, None, None), (float("nan"), None, None)],
)
def test_paper_links(pid, arxiv, hf):
    assert T.paper_link(pid) == arxiv and T.hf_link(pid) == hf
    links = T.paper_links(pd.Series([pid], dtype=object, index=[7]))
    assert links.index.tolist() == [7]
    assert links.loc[7, "arxiv"] == arxiv and links.loc[7, "hf"] == hf  # None, never NaN


# --------------------------------------------------------------------------- model keys


def test_model_keys_match_model_key_row_by_row():
    df = synthetic_claims(3000, seed=4)
    df.loc[df.index[:50], "params_source"] = "text"  # sizes from the text: '(7B)' added to unsized entries
    keys = T.model_keys(df)
    assert keys.index.equals(df.index)
    expected = [T.model_key(*(None if (isinstance(v, float) and math.isnan(v)) else v for v in row))
                for row in df[["model", "model_id", "params_b", "params_source"]].astype(object).itertuples(index=False)]
    assert keys.tolist() == expected
    assert T.model_keys(df.iloc[:0]).empty
