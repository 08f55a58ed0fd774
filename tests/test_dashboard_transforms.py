"""Unit tests of dashboard/transforms.py and dashboard/synthetic.py (no Streamlit)."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS, KINDS, names
from claimboard.schema.validate import validate_claims

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    valid, rejects = validate_claims(synthetic_claims(400, seed=3, adversarial=True))
    assert rejects.empty
    return valid


def _row(**kw) -> dict:
    base = dict(
        claim_id="p:0:0", paper_id="p", paper_title="A paper", source="s.txt", model="LLaMA-2-7B",
        params_b=7.0, active_params_b=None, params_source="name", benchmark="GSM8K", benchmark_known=True,
        category="math", subset=None, metric="accuracy", value=50.0, value_high=None, value_text="50.0",
        unit="%", kind="score", qualifier=None, evidence="gets 50.0% on GSM8K", char_start=5, char_end=9,
        extractor="on-benchmark@1", confidence=0.9,
    )
    base.update(kw)
    return base


def _frame(*rows) -> pd.DataFrame:
    rows = [dict(r, claim_id=r.get("claim_id") if r.get("claim_id") != "p:0:0" else f"c{i}") for i, r in enumerate(rows)]
    return pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))


# --------------------------------------------------------------------------- synthetic data


def test_synthetic_claims_are_valid_and_varied(claims):
    df = synthetic_claims(400, seed=3, adversarial=True)
    assert list(df.columns) == names(CLAIM_COLUMNS)
    assert len(claims) == 400
    assert set(df["kind"]) == set(KINDS)
    assert df["params_b"].isna().any() and df["params_b"].notna().any()
    assert not (df["params_b"] == 0).any()
    assert df["metric"].nunique() >= 4
    assert df["category"].isna().any()  # a benchmark outside the vocabulary
    assert all(t in e for t, e in zip(df["value_text"], df["evidence"]))
    assert len(T.conflicts(df)) > 0
    assert (df["char_end"] - df["char_start"] == df["value_text"].str.len()).all()


def test_synthetic_claims_have_realistic_identity_columns():
    df = synthetic_claims(400, seed=3)
    assert set(df["model_role"]) == {"proposed", "baseline", "human", "unnamed"}
    assert (df.loc[df["model"].isna(), "model_role"] == "unnamed").all()
    assert df.loc[df["model_role"] == "human", "model_id"].isna().all()
    ids = dict(zip(df["model"], df["model_id"]))
    assert ids["GPT-4"] == "GPT-4" and ids["Llama-3.1-8B"] == "Llama 3.1"  # the registry's names
    assert df["model_family"].notna().any() and df["setting"].notna().any()
    assert df.loc[df["kind"] != "score", "setting"].isna().all()
    # every paper proposes one model at most
    proposed = df[df["model_role"] == "proposed"].groupby("paper_id")["model"].nunique()
    assert (proposed == 1).all()


def test_synthetic_claims_are_deterministic():
    pd.testing.assert_frame_equal(synthetic_claims(50, seed=9), synthetic_claims(50, seed=9))
    assert not synthetic_claims(50, seed=9).equals(synthetic_claims(50, seed=10))


def test_synthetic_small_table_has_a_conflict():
    df = synthetic_claims(8, seed=0)
    assert validate_claims(df)[1].empty
    assert len(T.conflicts(df)) >= 1


# --------------------------------------------------------------------------- filter_claims


def test_no_filters_keep_everything(claims):
    out = T.filter_claims(claims, T.Filters())
    assert len(out) == len(claims)


def test_filters_do_not_mutate_input(claims):
    before = claims.copy()
    T.filter_claims(claims, T.Filters(benchmarks=("GSM8K",), search="llama", size_min=1, size_max=10))
    pd.testing.assert_frame_equal(claims, before)


@pytest.mark.parametrize(
    "filters, predicate",
    [
        (T.Filters(benchmarks=("GSM8K", "MMLU")), lambda r: r.benchmark in ("GSM8K", "MMLU")),
        (T.Filters(categories=("math",)), lambda r: r.category == "math"),
        (T.Filters(categories=(T.UNKNOWN_CATEGORY,)), lambda r: pd.isna(r.category)),
        (T.Filters(kinds=("delta",)), lambda r: r.kind == "delta"),
        (T.Filters(kinds=("score", "relative")), lambda r: r.kind in ("score", "relative")),
        (T.Filters(metrics=("BLEU",)), lambda r: r.metric == "BLEU"),
        (T.Filters(size_min=8, size_max=80), lambda r: pd.isna(r.params_b) or 8 <= r.params_b <= 80),
        (T.Filters(size_min=8, size_max=80, include_unknown_size=False), lambda r: pd.notna(r.params_b) and 8 <= r.params_b <= 80),
        (T.Filters(include_unknown_size=False), lambda r: pd.notna(r.params_b)),
        (T.Filters(size_max=1), lambda r: pd.isna(r.params_b) or r.params_b <= 1),
        (T.Filters(search="LLAMA"), lambda r: "llama" in str(r.model).lower() or "llama" in r.paper_title.lower()),
        (T.Filters(search="scaling"), lambda r: "scaling" in str(r.model).lower() or "scaling" in r.paper_title.lower()),
        (T.Filters(min_confidence=0.7), lambda r: r.confidence >= 0.7),
        (T.Filters(learned_models=False), lambda r: "model: learned-candidate" not in str(r.decided_by)),
    ],
)
def test_each_filter(claims, filters, predicate):
    out = T.filter_claims(claims, filters)
    expected = claims[[bool(predicate(r)) for r in claims.itertuples()]]
    assert 0 < len(out) < len(claims)
    assert sorted(out["claim_id"]) == sorted(expected["claim_id"])


def test_unknown_sizes_survive_a_size_range_unless_excluded(claims):
    n_unknown = int(claims["params_b"].isna().sum())
    kept = T.filter_claims(claims, T.Filters(size_min=1000))
    assert int(kept["params_b"].isna().sum()) == n_unknown
    assert kept["params_b"].dropna().empty  # nothing has 1000B+
    gone = T.filter_claims(claims, T.Filters(size_min=1000, include_unknown_size=False))
    assert gone.empty


@pytest.mark.parametrize("needle", ["C++", "(7B", "[", ".*", "a|b", "\\", "$^", "?"])
def test_search_is_literal_not_regex(needle):
    df = _frame(_row(model=f"Model {needle} x"), _row(model="plain", paper_title="nothing here"))
    out = T.filter_claims(df, T.Filters(search=needle))
    assert out["model"].tolist() == [f"Model {needle} x"]


def test_search_covers_titles_and_null_models():
    df = _frame(_row(model=None, params_b=None, params_source=None, paper_title="Scaling LAWS"), _row(model="GPT-4"))
    assert len(T.filter_claims(df, T.Filters(search="laws"))) == 1
    assert len(T.filter_claims(df, T.Filters(search="  gpt-4 "))) == 1
    assert len(T.filter_claims(df, T.Filters(search="   "))) == 2


@FAST
@given(
    benchmarks=st.lists(st.sampled_from(["MMLU", "GSM8K", "MATH", "WMT14", "nope"]), max_size=3),
    kinds=st.lists(st.sampled_from(KINDS), max_size=2),
    lo=st.one_of(st.none(), st.floats(0, 100)),
    hi=st.one_of(st.none(), st.floats(0, 1000)),
    unknown=st.booleans(),
    search=st.text(max_size=4),
)
def test_filter_properties(claims, benchmarks, kinds, lo, hi, unknown, search):
    f = T.Filters(benchmarks=tuple(benchmarks), kinds=tuple(kinds), size_min=lo, size_max=hi,
                  include_unknown_size=unknown, search=search)
    out = T.filter_claims(claims, f)
    assert set(out["claim_id"]) <= set(claims["claim_id"])
    if benchmarks:
        assert set(out["benchmark"]) <= set(benchmarks)
    if not unknown:
        assert out["params_b"].notna().all()
    sized = out["params_b"].dropna()
    if lo is not None:
        assert (sized >= lo).all()
    if hi is not None:
        assert (sized <= hi).all()
    # a wider filter never keeps fewer rows
    wider = T.filter_claims(claims, T.Filters(benchmarks=tuple(benchmarks), kinds=tuple(kinds), search=search))
    assert set(out["claim_id"]) <= set(wider["claim_id"])


# --------------------------------------------------------------------------- query params


def test_default_filters_serialise_to_nothing():
    assert T.filters_to_params(T.Filters()) == {}
    assert T.filters_from_params({}) == T.Filters()


def test_params_are_strings_and_round_trip():
    f = T.Filters(benchmarks=("GSM8K", "A|B"), categories=("math", T.UNKNOWN_CATEGORY), kinds=("delta",),
                  metrics=("pass@1",), size_min=0.5, size_max=70.0, include_unknown_size=False, search="Llama 3")
    params = T.filters_to_params(f)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in params.items())
    assert T.filters_from_params(params) == f


def test_bad_params_are_ignored():
    f = T.filters_from_params({"min_b": "lots", "max_b": "inf", "kind": "score|bogus", "unknown_size": "yes",
                               "other": "x", "bench": ["MMLU", "GSM8K"]})
    assert f.size_min is None and f.size_max is None
    assert f.kinds == ("score",)
    assert f.include_unknown_size is True
    assert f.benchmarks == ("GSM8K",)  # repeated key: the last value, as st.query_params does


def test_restrict_to_options():
    f = T.Filters(benchmarks=("MMLU", "gone"), metrics=("BLEU",))
    g = T.restrict_to_options(f, {"benchmarks": ["MMLU"], "metrics": ["accuracy"]})
    assert g.benchmarks == ("MMLU",) and g.metrics == ()


names_st = st.lists(st.text(min_size=1, max_size=8), max_size=4)


@FAST
@given(
    benchmarks=names_st, categories=names_st, kinds=st.lists(st.sampled_from(KINDS), max_size=3, unique=True),
    metrics=names_st,
    lo=st.one_of(st.none(), st.floats(0, 1e4, allow_nan=False)),
    hi=st.one_of(st.none(), st.floats(0, 1e4, allow_nan=False)),
    unknown=st.booleans(), search=st.text(max_size=10),
)
def test_params_round_trip_property(benchmarks, categories, kinds, metrics, lo, hi, unknown, search):
    f = T.Filters(tuple(benchmarks), tuple(categories), tuple(kinds), tuple(metrics), lo, hi, unknown, search)
    params = T.filters_to_params(f)
    assert all(isinstance(v, str) for v in params.values())
    assert T.filters_from_params(params) == f


@FAST
@given(items=st.lists(st.text(min_size=1), max_size=6))
def test_join_split_round_trip(items):
    assert T.split_list(T.join_list(items)) == items


# --------------------------------------------------------------------------- leaderboard


def _lb_row(**kw) -> dict:
    """A leaderboard claim whose model the registry sizes (no size suffix in the key)."""
    return _row(**{"params_b": None, "params_source": None, **kw})


def test_leaderboard_median_per_model_and_conflicts():
    """(More in tests/test_leaderboard.py.)"""
    df = _frame(
        _lb_row(model="A", value=60.0, paper_id="p1", value_text="60.0", evidence="A 60.0"),
        _lb_row(model="A", value=70.0, paper_id="p2", value_text="70.0", evidence="A 70.0"),  # conflict with p1
        _lb_row(model="B", value=65.0, paper_id="p1", value_text="65.0", evidence="B 65.0"),
        _lb_row(model="B", value=65.0, paper_id="p2", value_text="65.0", evidence="B 65.0"),  # papers agree
        _lb_row(model="C", value=50.0, paper_id="p3", value_text="50.0", evidence="C 50.0"),
        _lb_row(model="C", value=55.0, paper_id="p3", value_text="55.0", evidence="C 55.0"),  # one paper, two values
        _lb_row(model="D", value=99.0, kind="delta", unit="pp"),  # not a score
        _lb_row(model=None, value=99.0),  # names no model: a reference row
        _lb_row(model="E", value=99.0, metric="F1"),  # other metric
        _lb_row(model="F", value=99.0, benchmark="MMLU"),  # other benchmark
    )
    lb = T.leaderboard_tables(df, "GSM8K", "accuracy")
    board = lb.ranked
    assert board.columns.tolist() == T.LEADERBOARD_COLUMNS
    assert board["model"].tolist() == ["A", "B", "C"]
    assert board["median"].tolist() == [65.0, 65.0, 55.0]  # one value per paper: its best
    assert board["best"].tolist() == [70.0, 65.0, 55.0]
    assert board["rank_label"].tolist() == ["=1", "=1", "3"]
    assert board["conflict"].tolist() == [True, False, False]
    assert board.loc[0, "claimed_values"] == "70 | 60"
    assert board.loc[0, "best_claim_id"] == "c1"
    assert board["n_papers"].tolist() == [2, 2, 1]
    assert lb.reference["model"].tolist() == [T.UNNAMED_MODEL]
    assert T.leaderboard(df, "GSM8K", "accuracy")["model"].tolist() == ["A", "B", "C"]


def test_leaderboard_direction_from_vocabulary_and_metric():
    df = _frame(
        _lb_row(model="A", benchmark="X", value=10.0, paper_id="p1"),
        _lb_row(model="A", benchmark="X", value=20.0, paper_id="p2"),
        _lb_row(model="B", benchmark="X", value=15.0),
    )
    lower = {"x": SimpleNamespace(higher_is_better=False)}
    higher = {"x": SimpleNamespace(higher_is_better=True)}
    # 'score' says nothing of its direction: the benchmark's vocabulary entry decides
    # (a metric of the registry, such as accuracy or WER, decides by itself: see below)
    df["metric"] = "score"
    # both medians are 15 (a tie): the better best claim comes first
    assert T.leaderboard(df, "X", "score", index=lower)["best"].tolist() == [10.0, 15.0]
    assert T.leaderboard(df, "X", "score", index=higher)["best"].tolist() == [20.0, 15.0]
    assert T.leaderboard(df, "X", "score", index={})["best"].tolist() == [20.0, 15.0]  # unknown: higher
    assert T.higher_is_better("X", "accuracy", index=lower) is True
    assert T.higher_is_better("X", "WER", index=higher) is False


def test_leaderboard_uses_the_real_vocabulary():
    assert T.higher_is_better("WikiText-103", "perplexity") is False
    assert T.higher_is_better("GSM8K", "accuracy") is True
    df = synthetic_claims(400, seed=1)
    board = T.leaderboard(df, "WikiText-103", "perplexity")
    assert len(board) > 2 and board["median"].is_monotonic_increasing


def test_leaderboard_pools_subsets_unless_one_is_chosen():
    df = _frame(
        _lb_row(model="A", benchmark="WMT14", metric="BLEU", subset="en-de", value=30.0, paper_id="p1", unit=None),
        _lb_row(model="A", benchmark="WMT14", metric="BLEU", subset="en-fr", value=40.0, paper_id="p2", unit=None),
    )
    board = T.leaderboard(df, "WMT14", "BLEU")
    assert board["model"].tolist() == ["A"] and board.loc[0, "subsets"] == "en-de | en-fr"
    assert T.leaderboard(df, "WMT14", "BLEU", subset="en-de")["median"].tolist() == [30.0]
    assert not board["conflict"].any()


def test_leaderboard_empty():
    board = T.leaderboard(_frame(_row()), "nope", "accuracy")
    assert board.empty and board.columns.tolist() == T.LEADERBOARD_COLUMNS


# --------------------------------------------------------------------------- size view


def test_size_view_splits_known_and_unknown(claims):
    data = T.size_view_data(claims)
    assert data.total_sized + data.total_unknown == len(claims)
    assert data.unknown["params_b"].isna().all() and len(data.unknown) == claims["params_b"].isna().sum()
    assert data.sized["params_b"].notna().all()
    assert data.note is None and not data.sampled
    for col in ("model", "params_b", "paper_title", "value", "metric", "evidence", "family", "claim_id"):
        assert col in data.sized.columns


def test_size_view_samples_deterministically(claims):
    a = T.size_view_data(claims, max_points=100)
    b = T.size_view_data(claims.sample(frac=1, random_state=7), max_points=100)
    assert len(a.sized) + len(a.unknown) == 100
    assert a.sampled and "100" in a.note and f"{len(claims):,}" in a.note
    assert set(a.sized["claim_id"]) == set(b.sized["claim_id"])  # independent of row order
    assert len(a.unknown) > 0  # unknown sizes get their share
    # proportional split
    share = claims["params_b"].isna().mean()
    assert abs(len(a.unknown) / 100 - share) < 0.02


def test_size_view_sample_is_stable_under_narrower_filters(claims):
    full = T.size_view_data(claims, max_points=150)
    narrow = claims[claims["kind"] == "score"]
    part = T.size_view_data(narrow, max_points=150)
    kept_before = set(full.sized["claim_id"]) & set(narrow["claim_id"])
    assert kept_before <= set(part.sized["claim_id"])


def test_size_view_at_scale():
    df = synthetic_claims(20000, seed=5)
    data = T.size_view_data(df)
    assert len(data.sized) + len(data.unknown) <= T.MAX_POINTS
    assert data.note and "sample" in data.note


def test_size_view_tooltips_have_no_null_text():
    df = _frame(_row(model=None, params_b=None, params_source=None, unit=None, subset=None), _row(subset="dev"))
    data = T.size_view_data(df)
    assert data.unknown.loc[0, "model"] == T.UNNAMED_MODEL and data.unknown.loc[0, "unit"] == ""
    assert data.unknown.loc[0, "subset"] == "" and data.sized.loc[0, "subset"] == "dev"


def test_size_view_shortens_evidence():
    df = _frame(_row(evidence="50.0 " + "x" * 1000))
    data = T.size_view_data(df, evidence_chars=50)
    assert len(data.sized.loc[0, "evidence"]) == 50


@pytest.mark.parametrize(
    "model, family",
    [("LLaMA-2-7B", "LLaMA"), ("GPT-4o", "GPT"), ("Qwen2.5-72B", "Qwen2.5"), ("Claude 3 Opus", "Claude"),
     ("T5_large", "T5"), (None, T.UNNAMED_MODEL), ("", T.UNNAMED_MODEL), ("  Mistral 7B", "Mistral")],
)
def test_model_family(model, family):
    assert T.model_family(pd.Series([model], dtype=object)).tolist() == [family]


def test_top_labels():
    s = pd.Series(list("aaabbc"))
    assert T.top_labels(s, 2).tolist() == list("aaabb") + ["other"]
    assert T.top_labels(s, 5).tolist() == list("aaabbc")


# --------------------------------------------------------------------------- benchmark counts


def test_benchmark_counts(claims):
    counts = T.benchmark_counts(claims)
    assert counts["claims"].sum() == len(claims)
    assert counts["claims"].is_monotonic_decreasing
    assert T.UNKNOWN_CATEGORY in set(counts["category"])
    gsm = counts[counts["benchmark"] == "GSM8K"].iloc[0]
    sub = claims[claims["benchmark"] == "GSM8K"]
    assert gsm["claims"] == len(sub) and gsm["papers"] == sub["paper_id"].nunique() and gsm["category"] == "math"
    assert T.benchmark_counts(claims.iloc[:0]).empty
    assert T.category_counts(claims)["claims"].sum() == len(claims)


# --------------------------------------------------------------------------- provenance


@pytest.mark.parametrize(
    "evidence, value_text, parts",
    [
        ("gets 50.0% on GSM8K", "50.0", ("gets ", "50.0", "% on GSM8K")),
        ("5 of 5.5 and 5.5 again", "5.5", ("5 of ", "5.5", " and 5.5 again")),  # first occurrence
        ("42 at the start", "42", ("", "42", " at the start")),
        ("no number", "7", ("no number", "", "")),
        ("", "7", ("", "", "")),
    ],
)
def test_highlight_parts(evidence, value_text, parts):
    assert T.highlight_parts(evidence, value_text) == parts


@FAST
@given(evidence=st.text(max_size=60), value_text=st.text(min_size=1, max_size=5))
def test_highlight_parts_property(evidence, value_text):
    before, number, after = T.highlight_parts(evidence, value_text)
    assert before + number + after == evidence
    if value_text in evidence:
        assert number == value_text and value_text not in before
    else:
        assert number == ""


_UNESCAPE = re.compile(r"\\(.)")


@FAST
@given(text=st.text(max_size=80))
def test_escape_markdown_is_literal(text):
    escaped = T.escape_markdown(text)
    # every special is preceded by a backslash, and unescaping gives the text back
    plain = _UNESCAPE.sub(r"\1", escaped)
    assert plain.replace(T.ZWSP, "") == re.sub(r"\s+", " ", text).replace(T.ZWSP, "")
    assert not re.search(r"(?<!\\)[*_`<>\[\]$]", _UNESCAPE.sub("", escaped))


@pytest.mark.parametrize("text", ["see http://evil.example/x", "HTTPS://a.b", "www.example.com", "mail me@example.org",
                                  "mailto:x@y.z", "[x](https://a.b)"])
def test_escape_markdown_defuses_autolinks(text):
    md = T.escape_markdown(text)
    plain = _UNESCAPE.sub(r"\1", md)
    assert not re.search(r"https?://|www\.|@\w", plain, re.IGNORECASE)
    assert plain.replace(T.ZWSP, "") == text


def test_highlighted_markdown_escapes_before_bolding():
    md = T.highlighted_markdown("<b>x</b> *gets* [a](javascript:1) 5.0% $y$", "5.0")
    assert "**5\\.0**" in md
    assert "<b>" not in md and "\\<b\\>" in md
    assert "\\*gets\\*" in md and "\\[a\\]\\(javascript\\:1\\)" in md and "\\$y\\$" in md
    assert T.highlighted_markdown("no hit", "9") == "no hit"


@pytest.mark.parametrize(
    "pid, link",
    [("2401.12345", "https://arxiv.org/abs/2401.12345"), ("arXiv:2401.12345v2", "https://arxiv.org/abs/2401.12345v2"),
     ("scaling-laws-with-vocabulary", None), ("javascript:alert(1)", None), (None, None)],
)
def test_paper_link(pid, link):
    assert T.paper_link(pid) == link


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_claim_label(missing):
    label = T.claim_label(_row(model=missing, paper_title="T" * 100, qualifier=missing))
    assert label.startswith(T.UNNAMED_MODEL) and "GSM8K" in label and "50.0%" in label and len(label) < 140
    assert "nan" not in label.lower() and "None" not in label


def test_claim_label_from_a_validated_frame(claims):
    nameless = claims[claims["model"].isna()].head(1).to_dict("records")[0]
    assert T.claim_label(nameless).startswith(T.UNNAMED_MODEL)


@pytest.mark.parametrize(
    "text, md",
    [("data/claims.parquet", "`data/claims.parquet`"), ("a\nb", "`a b`"), ("we`ird*", "we\\`ird\\*")],
)
def test_inline_code(text, md):
    assert T.inline_code(text) == md


@pytest.mark.parametrize(
    "claims_by_paper, conflict",
    [
        ({"p1": [1.0]}, False),
        ({"p1": [1.0, 2.0]}, False),  # one paper, before and after
        ({"p1": [1.0], "p2": [1.0]}, False),  # papers agree
        ({"p1": [1.0, 2.0], "p2": [2.0, 1.0]}, False),
        ({"p1": [1.0], "p2": [2.0]}, True),
        ({"p1": [1.0, 2.0], "p2": [1.0]}, True),
        ({"p1": [1.0], "p2": [1.0], "p3": [3.0]}, True),
    ],
)
def test_conflict_table(claims_by_paper, conflict):
    rows = [_row(model="A", paper_id=p, value=v) for p, vs in claims_by_paper.items() for v in vs]
    board = T.leaderboard(_frame(*rows), "GSM8K", "accuracy")
    assert board["conflict"].tolist() == [conflict]
    assert len(T.conflicts(_frame(*rows))) == int(conflict)


def test_direction_comes_from_the_metric_registry():
    """ImageNet's vocabulary entry is higher-is-better, but its top-1 *error* ranks lowest
    first; enwik8's 'bits per character' and 'bpc' are one lower-is-better metric."""
    from claimboard.dashboard.transforms import higher_is_better

    assert higher_is_better("ImageNet", "top-1 accuracy") is True
    assert higher_is_better("ImageNet", "top-1 error") is False
    assert higher_is_better("enwik8", "bpc") is False
    assert higher_is_better("enwik8", "bits per character") is False
    assert higher_is_better("LibriSpeech", "WER") is False


def test_the_learned_model_mark_names_a_model_strategy():
    """The dashboard's mark of the learned ranker's rows is the strategy's name in MODEL_STRATEGIES."""
    from claimboard.extract.model_strategies import MODEL_STRATEGIES

    assert T.LEARNED_MODEL_MARK.removeprefix("model: ") in {name for name, _ in MODEL_STRATEGIES}


def test_confidence_and_learned_filters_round_trip_and_ignore_nonsense():
    f = T.Filters(min_confidence=0.8, learned_models=False)
    assert T.filters_to_params(f) == {"min_conf": "0.8", "learned_models": "0"}
    assert T.filters_from_params(T.filters_to_params(f)) == f
    assert T.filters_from_params({"min_conf": "abc"}).min_confidence is None
    assert T.filters_from_params({"min_conf": "7"}).min_confidence is None   # outside 0..1
    assert T.filters_from_params({"learned_models": "1"}).learned_models
