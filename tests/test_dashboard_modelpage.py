"""The model page's transforms (dashboard/modelpage.py): the model catalog, registry facts,
a model's claims, and two models side by side. No Streamlit."""
from __future__ import annotations

import pandas as pd
import pytest

from claimboard.dashboard import modelpage as M
from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.registry import RegistryEntry
from claimboard.schema.validate import validate_claims


def claim(model="DeepSeek-R1", *, value=50.0, benchmark="GSM8K", metric="accuracy", role="baseline", model_id="",
          family=None, params_b=None, params_source=None, setting=None, subset=None, kind="score", paper="2401.00001",
          **kw) -> dict:
    """A claim row; model_id defaults to the model's name (as if the registry knew it)."""
    text = f"{value:g}"
    row = dict(paper_id=paper, paper_title=f"Paper {paper}", source="s.txt", model=model,
               model_id=(model if role in ("baseline", "proposed") else None) if model_id == "" else model_id,
               model_family=family, model_role=role, base_model_id=None, params_b=params_b, active_params_b=None,
               params_source=params_source, benchmark=benchmark, benchmark_known=True, category="math",
               subset=subset, setting=setting, metric=metric, value=float(value), value_high=None, value_text=text,
               unit="%", kind=kind, qualifier=None, evidence=f"{model} gets {text} on {benchmark}.", char_start=0,
               char_end=len(text), extractor="on-benchmark@1", confidence=0.9)
    row.update(kw)
    return row


def frame(*rows) -> pd.DataFrame:
    rows = [dict(r, claim_id=r.get("claim_id") or f"c{i}") for i, r in enumerate(rows)]
    return pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))


@pytest.fixture(scope="module")
def synthetic() -> pd.DataFrame:
    return validate_claims(synthetic_claims(400, seed=0))[0]


# --------------------------------------------------------------------------- catalog


def test_catalog_lists_named_models_only_most_claims_first():
    df = frame(claim("GPT-4", paper="p1"), claim("GPT-4", paper="p2"), claim("GPT4", model_id="GPT-4", paper="p2",
                                                                            benchmark="MMLU"),
               claim("Foo", model_id=None, params_b=7.0, params_source="text"),
               claim("human experts", role="human"), claim(None, role="unnamed"), claim("the best LLM", role="unnamed"))
    cat = M.model_catalog(df)
    assert cat.columns.tolist() == M.CATALOG_COLUMNS
    assert cat["model"].tolist() == ["GPT-4", "Foo (7B)"]  # unsized name, size from the text
    gpt = cat.iloc[0]
    assert (gpt["n_claims"], gpt["n_papers"], gpt["n_benchmarks"]) == (3, 2, 2)
    assert gpt["written_as"] == "GPT-4 | GPT4" and gpt["model_id"] == "GPT-4"
    foo = cat.iloc[1]
    assert foo["model_id"] is None and foo["params_b"] == 7.0 and foo["family"] == "Foo"
    assert M.model_catalog(frame(claim("human", role="human"))).empty


def test_catalog_at_scale_matches_the_leaderboard_keys(synthetic):
    cat = M.model_catalog(synthetic)
    keys = T.model_keys(synthetic)
    named = keys[~synthetic["model_role"].isin(T.REFERENCE_ROLES) & keys.notna()]
    assert set(cat["model"]) == set(named)
    assert cat["n_claims"].sum() == len(named)
    assert "human experts" not in set(cat["model"]) and T.UNNAMED_MODEL not in set(cat["model"])
    for model in cat["model"].head(5):
        assert len(M.model_rows(synthetic, model)) == int(cat.loc[cat["model"] == model, "n_claims"].iloc[0])


# --------------------------------------------------------------------------- facts


def facts_dict(facts: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return {f: (v, s) for f, v, s in facts.itertuples(index=False)}


def test_facts_of_a_registry_model():
    rows = frame(claim("DeepSeek-R1", paper="p1"), claim("DeepSeek R1", model_id="DeepSeek-R1", paper="p2"))
    facts = facts_dict(M.model_facts("DeepSeek-R1", rows))
    assert facts["registry name"][0] == "DeepSeek-R1" and facts["registry name"][1].startswith("the model registry")
    assert facts["family"][0] == "DeepSeek"
    assert facts["organisation"][0] == "DeepSeek"
    assert facts["release date"][0] == "2025-01-20"
    assert facts["parameters (billions)"] == ("671", "the model registry")
    assert facts["active parameters (billions)"] == ("37", "the model registry")
    assert facts["open weights"][0] == "yes"
    assert facts["written as"][0] == "DeepSeek R1 | DeepSeek-R1"
    assert facts["claims"][0] == "2" and facts["papers"][0] == "2" and facts["benchmarks"][0] == "1"


def test_facts_of_an_unresolved_model_come_from_its_claims():
    rows = frame(claim("GenerativeAdapter", model_id=None, params_b=7.0, params_source="text"),
                 claim("GenerativeAdapter", model_id=None, params_b=7.0, params_source="text", paper="p2"))
    facts = M.model_facts("GenerativeAdapter (7B)", rows)
    d = facts_dict(facts)
    assert d["registry name"] == ("", "not in the model registry")
    assert d["parameters (billions)"] == ("7", "the claims (the papers' text)")
    assert d["organisation"][0] == "" and d["release date"][0] == "" and d["open weights"] == ("", "unknown")
    # nothing prints as None or nan
    assert not facts.isna().any().any()
    assert not any(v in ("None", "nan", "NaN") for v in facts.to_numpy().ravel())


def test_facts_use_the_registry_entry_the_claims_name():
    entry = RegistryEntry(model_id="Acme-1", family="Acme", organisation=None, release_date=None, params_b=None,
                          active_params_b=None, open_weights=False, source="a list", curated=False)
    rows = frame(claim("Acme-1-13B", model_id="Acme-1", params_b=13.0, params_source="name"))
    d = facts_dict(M.model_facts("Acme-1 (13B)", rows, lookup={"Acme-1": entry}.get))
    assert d["registry name"] == ("Acme-1", "the model registry (Epoch AI's models table)")
    assert d["organisation"] == ("", "the registry does not say")
    assert d["parameters (billions)"] == ("13", "the claims (the model's name)")
    assert d["open weights"] == ("no", "the model registry")
    assert M.registry_entry("no such model, surely") is None and M.registry_entry(None) is None


# --------------------------------------------------------------------------- claims


def test_model_claims_table_sorted_with_links_and_blanks():
    rows = frame(claim(benchmark="MMLU", value=70, paper="2401.00002"),
                 claim(benchmark="GSM8K", value=80, paper="some-title-slug", setting="5-shot"),
                 claim(benchmark="GSM8K", value=90, paper="arxiv:2402.00003"),
                 claim(benchmark="GSM8K", value=3, kind="delta"),
                 claim(benchmark="LibriSpeech", metric="WER", value=4.0), claim(benchmark="LibriSpeech", metric="WER",
                                                                                 value=3.0))
    table = M.model_claims(rows)
    assert table.columns.tolist() == M.MODEL_CLAIM_COLUMNS
    assert list(zip(table["benchmark"], table["kind"], table["value"])) == [
        ("GSM8K", "score", 90.0), ("GSM8K", "score", 80.0), ("GSM8K", "delta", 3.0), ("LibriSpeech", "score", 3.0),
        ("LibriSpeech", "score", 4.0), ("MMLU", "score", 70.0)]  # best first: the lowest WER first
    by_paper = dict(zip(table["paper_id"], table["arxiv"]))
    assert by_paper["arxiv:2402.00003"] == "https://arxiv.org/abs/2402.00003"
    assert by_paper["some-title-slug"] is None
    assert dict(zip(table["paper_id"], table["hf"]))["2401.00002"] == "https://huggingface.co/papers/2401.00002"
    assert table["subset"].tolist() == [None] * 6 and table.loc[1, "setting"] == "5-shot"
    assert M.model_claims(rows.iloc[:0]).empty


def test_model_points_keep_scores_and_blank_text():
    rows = frame(claim(value=70), claim(value=3, kind="delta"), claim(benchmark="MMLU", value=60),
                 claim(benchmark="MMLU", value=61, paper="p2"))
    points = M.model_points(rows, limit=1)
    assert points["panel"].tolist() == ["MMLU · accuracy", "MMLU · accuracy"]  # the panel with most claims
    assert points["setting"].tolist() == ["", ""] and points["subset"].tolist() == ["", ""]


# --------------------------------------------------------------------------- compare


def test_compare_is_direction_aware():
    df = frame(
        claim("A", benchmark="GSM8K", value=80, paper="p1"), claim("A", benchmark="GSM8K", value=70, paper="p1"),
        claim("A", benchmark="GSM8K", value=60, paper="p2"),  # A: papers' best 80 and 60, median 70
        claim("B", benchmark="GSM8K", value=75, paper="p3"),
        claim("A", benchmark="LibriSpeech", metric="WER", value=5.0), claim("B", benchmark="LibriSpeech", metric="WER",
                                                                           value=3.0),
        claim("A", benchmark="MMLU", value=50), claim("B", benchmark="MMLU", value=50),
        claim("A", benchmark="MATH", value=10),  # only A: not compared
        claim("B", benchmark="GSM8K", value=99, kind="delta"),  # deltas never compared
    )
    pair = M.compare_models(df, "A", "B")
    assert pair.columns.tolist() == M.COMPARE_COLUMNS
    assert pair["benchmark"].tolist() == ["GSM8K", "LibriSpeech", "MMLU"]
    gsm, wer, mmlu = (pair.iloc[i] for i in range(3))
    assert (gsm["a"], gsm["a_papers"], gsm["b"], gsm["difference"], gsm["advantage"], gsm["better"]) == \
        (70.0, 2, 75.0, -5.0, -5.0, "B")
    assert wer["direction"] == "lower is better"
    assert (wer["difference"], wer["advantage"], wer["better"]) == (2.0, -2.0, "B")  # B's lower WER is better
    assert mmlu["better"] == M.TIE
    assert M.compare_summary(pair, "A", "B") == {"A": 0, "B": 2, M.TIE: 1}
    flipped = M.compare_models(df, "B", "A")
    assert flipped["better"].tolist() == pair["better"].tolist()
    assert (flipped["advantage"] == -pair["advantage"]).all()


def test_compare_keeps_subsets_apart_and_lists_settings():
    df = frame(claim("A", benchmark="WMT14", metric="BLEU", subset="en-de", value=30, setting="5-shot"),
               claim("B", benchmark="WMT14", metric="BLEU", subset="en-fr", value=40),
               claim("A", benchmark="WMT14", metric="BLEU", value=20), claim("B", benchmark="WMT14", metric="BLEU",
                                                                             value=25, setting="zero-shot"))
    pair = M.compare_models(df, "A", "B")
    assert len(pair) == 1 and pair.loc[0, "subset"] is None  # en-de and en-fr never meet
    assert (pair.loc[0, "a_settings"], pair.loc[0, "b_settings"]) == (T.NOT_STATED, "zero-shot")


def test_compare_without_a_common_benchmark_is_empty():
    df = frame(claim("A", benchmark="GSM8K"), claim("B", benchmark="LibriSpeech", metric="WER"),
               claim("human experts", role="human", benchmark="GSM8K"))
    assert M.compare_models(df, "A", "B").empty
    assert M.compare_models(df, "A", "A").empty
    assert M.compare_models(df, "A", "human experts").empty  # a reference row is never a model
    assert M.compare_summary(M.compare_models(df, "A", "B"), "A", "B") == {"A": 0, "B": 0, M.TIE: 0}


def test_compare_medians_have_no_float_noise():
    df = frame(claim("A", value=79.1, paper="p1"), claim("A", value=80.9, paper="p2"), claim("B", value=70))
    pair = M.compare_models(df, "A", "B")
    assert pair.loc[0, "a"] == 80.0 and str(pair.loc[0, "a"]) == "80.0" and pair.loc[0, "difference"] == 10.0
