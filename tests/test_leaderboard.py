"""The leaderboard (dashboard/transforms.py): one row per model and stated setting, each paper
counted once with its best value, the median over papers, self-reported vs third-party,
tie-aware ranks, direction from the metric registry, humans and unnamed aggregates apart;
and Epoch AI's independent runs (schema/vocab/epoch_benchmark_runs.csv) beside the claims.
Table-driven, no Streamlit."""
from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pandas as pd
import pytest

from claimboard.dashboard import transforms as T
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS, names
from claimboard.schema.registry import VOCAB_DIR
from claimboard.schema.validate import validate_claims
from claimboard.schema.vocab import benchmark_index

ROOT = Path(__file__).resolve().parents[1]
RUNS = VOCAB_DIR / "epoch_benchmark_runs.csv"
MAPPING = VOCAB_DIR / "epoch_benchmarks.csv"
NAN = float("nan")


def claim(model="GPT-4", *, paper="p1", value=50.0, benchmark="GSM8K", metric="accuracy", role="baseline",
          model_id=None, setting=None, subset=None, kind="score", params_b=None, params_source=None, **kw) -> dict:
    """A claim row; model_id defaults to the model's name (as if the registry knew it)."""
    text = f"{value:g}"
    row = dict(
        paper_id=paper, paper_title=f"Paper {paper}", source="s.txt", model=model,
        model_id=model if model_id is None and role in ("baseline", "proposed") else model_id,
        model_family=None, model_role=role, base_model_id=None, params_b=params_b, active_params_b=None,
        params_source=params_source, benchmark=benchmark, benchmark_known=True, category="math", subset=subset,
        setting=setting, metric=metric, value=float(value), value_high=None, value_text=text, unit="%", kind=kind,
        qualifier=None, evidence=f"{model or 'the best model'} gets {text}% on {benchmark}.", char_start=0,
        char_end=len(text), extractor="on-benchmark@1", confidence=0.9,
    )
    row.update(kw)
    return row


def frame(*rows) -> pd.DataFrame:
    rows = [dict(r, claim_id=r.get("claim_id") or f"c{i}") for i, r in enumerate(rows)]
    return pd.DataFrame(rows, columns=names(CLAIM_COLUMNS))


def board(*rows, benchmark="GSM8K", metric="accuracy", **kw) -> T.Leaderboard:
    return T.leaderboard_tables(frame(*rows), benchmark, metric, **kw)


def col(table: pd.DataFrame, name: str) -> list:
    return [None if (isinstance(v, float) and math.isnan(v)) else v for v in table[name].tolist()]


# --------------------------------------------------------------------------- model keys


@pytest.mark.parametrize(
    "model, model_id, params_b, source, key",
    [
        ("GPT-4", "GPT-4", None, None, "GPT-4"),
        ("LLaMA-13b", "LLaMA", 13.0, "name", "LLaMA (13B)"),  # the registry's entry is unsized
        ("Llama-3.1-8B-Instruct", "Llama 3.1", 8.0, "name", "Llama 3.1 (8B)"),
        ("LLaMA2-7B", "Llama 2-7B", 7.0, "name", "Llama 2-7B"),  # the entry already names its size
        ("Mixtral-8x7B", "Mixtral-8x7B", 46.7, "registry", "Mixtral-8x7B"),
        ("Qwen2.5-0.5B", "Qwen2.5", 0.5, "name", "Qwen2.5 (500M)"),
        ("GenerativeAdapter", None, 7.0, "text", "GenerativeAdapter (7B)"),  # not in the registry: as written
        ("  CoEs ", None, None, None, "CoEs"),
        ("DeepSeek-R1", "DeepSeek-R1", 671.0, "registry", "DeepSeek-R1"),
        (None, None, None, None, None),
        ("", float("nan"), float("nan"), None, None),
    ],
)
def test_model_key(model, model_id, params_b, source, key):
    assert T.model_key(model, model_id, params_b, source) == key


# --------------------------------------------------------------------------- rows and values


def test_one_row_per_model_across_papers_subsets_and_spellings():
    lb = board(
        claim("LLaMA-2-7B", model_id="Llama 2-7B", paper="p1", value=14.6),
        claim("Llama 2 7B", model_id="Llama 2-7B", paper="p2", value=16.0, subset="test"),
        claim("llama-2-7b-chat", model_id="Llama 2-7B", paper="p3", value=15.0, subset="dev"),
        claim("Llama 2 7B", model_id="Llama 2-7B", paper="p2", value=12.0, subset="test"),  # p2's weaker claim
    )
    [row] = lb.ranked.to_dict("records")
    assert row["model"] == "Llama 2-7B"
    assert (row["n_papers"], row["n_claims"]) == (3, 4)
    assert row["median"] == 15.0 and row["best"] == 16.0  # p2 counts once, with its best (16.0)
    assert row["written_as"] == "LLaMA-2-7B | Llama 2 7B | llama-2-7b-chat"
    assert row["subsets"] == "dev | test"
    assert row["claimed_values"] == "16 | 15 | 14.6 | 12"
    assert lb.claim_ids(row["row_id"]) == ("c1", "c2", "c0", "c3")  # best first
    assert len(lb.papers) == 3 and sorted(lb.papers["value"]) == [14.6, 15.0, 16.0]


def test_sizes_the_registry_leaves_out_keep_models_apart():
    lb = board(
        claim("Llama-3.1-8B", model_id="Llama 3.1", params_b=8.0, params_source="name", value=50.0),
        claim("Llama-3.1-70B-Instruct", model_id="Llama 3.1", params_b=70.0, params_source="name", value=80.0),
        claim("Llama 3.1 8B", model_id="Llama 3.1", params_b=8.0, params_source="name", value=52.0, paper="p2"),
    )
    assert col(lb.ranked, "model") == ["Llama 3.1 (70B)", "Llama 3.1 (8B)"]
    assert col(lb.ranked, "n_papers") == [1, 2]


def test_model_id_missing_falls_back_to_the_name_as_written():
    lb = board(claim("SWIFT", model_id=None, role="proposed", value=60.0),
               claim("SWIFT", model_id=None, role="baseline", value=58.0, paper="p2"))
    assert col(lb.ranked, "model") == ["SWIFT"] and col(lb.ranked, "n_papers") == [2]


def test_a_described_model_is_its_papers_own():
    """'ensemble method' in two papers is two systems: each keyed with its paper; a name the
    registry does not know ('SWIFT' above, 'Reflexion-style memory') still joins across papers."""
    lb = board(claim("ensemble method", model_id=NAN, role="proposed", value=60.0, paper="arxiv:2401.00001"),
               claim("ensemble method", model_id=NAN, role="proposed", value=58.0, paper="arxiv:2402.00002"),
               claim("Reflexion-style memory", model_id=NAN, value=51.0, paper="arxiv:2401.00001"),
               claim("Reflexion-style memory", model_id=NAN, value=49.0, paper="arxiv:2402.00002"))
    assert col(lb.ranked, "model") == ["ensemble method (2401.00001)", "ensemble method (2402.00002)", "Reflexion-style memory"]
    assert col(lb.ranked, "n_papers") == [1, 1, 2]


@pytest.mark.parametrize("model, expected", [
    ("ensemble method", True), ("compressed pipeline", True), ("12-encoder system", True), ("random-guess baseline", True),
    ("GPT-4o", False), ("DocTrace", False), ("Reflexion-style memory", False), ("mBERT", False), (None, False), ("", False),
])
def test_described(model, expected):
    assert T.described(model) is expected


@pytest.mark.parametrize(
    "settings, rows",
    [
        ([None, None], [(None, 2)]),
        (["5-shot", None], [("5-shot", 1), (None, 1)]),  # stated and unstated are kept apart
        (["5-shot", "5-shot"], [("5-shot", 2)]),
        (["zero-shot; CoT", "maj@64"], [("maj@64", 1), ("zero-shot; CoT", 1)]),
    ],
)
def test_a_stated_setting_is_its_own_row(settings, rows):
    lb = board(*(claim("GPT-4", paper=f"p{i}", value=80.0, setting=s) for i, s in enumerate(settings)))
    assert sorted(zip(col(lb.ranked, "setting"), col(lb.ranked, "n_papers")), key=str) == sorted(rows, key=str)


@pytest.mark.parametrize(
    "claims_by_paper, median, best, n_papers",
    [
        ({"p1": [60.0]}, 60.0, 60.0, 1),
        ({"p1": [60.0, 70.0]}, 70.0, 70.0, 1),  # one paper: its best
        ({"p1": [60.0], "p2": [70.0]}, 65.0, 70.0, 2),
        ({"p1": [60.0, 90.0], "p2": [70.0], "p3": [72.0]}, 72.0, 90.0, 3),
        ({"p1": [50.0], "p2": [50.0], "p3": [80.0], "p4": [81.0]}, 65.0, 81.0, 4),
    ],
)
def test_median_of_one_value_per_paper(claims_by_paper, median, best, n_papers):
    lb = board(*(claim("A", paper=p, value=v) for p, vs in claims_by_paper.items() for v in vs))
    [row] = lb.ranked.to_dict("records")
    assert (row["median"], row["best"], row["n_papers"]) == (median, best, n_papers)


# --------------------------------------------------------------------------- self-reported vs third-party


@pytest.mark.parametrize(
    "papers, self_reported, third_party, n_third",
    [
        # (paper, role, values)
        ([("own", "proposed", [80.0]), ("x", "baseline", [70.0]), ("y", "baseline", [74.0])], 80.0, 72.0, 2),
        ([("own", "proposed", [80.0, 85.0])], 85.0, None, 0),  # only its own paper
        ([("x", "baseline", [70.0]), ("y", "baseline", [76.0]), ("z", "baseline", [75.0])], None, 75.0, 3),
        # a paper that proposes the model and also quotes it as a baseline is its own paper
        ([("own", "proposed", [80.0]), ("own", "baseline", [78.0]), ("x", "baseline", [70.0])], 80.0, 70.0, 1),
        # roles unknown (files written before schema 1.1): neither
        ([("x", None, [70.0]), ("y", None, [72.0])], None, None, 0),
    ],
)
def test_self_reported_vs_third_party(papers, self_reported, third_party, n_third):
    rows = [claim("Qwen2.5-72B", paper=p, role=r, value=v, model_id="Qwen2.5-72B") for p, r, vs in papers for v in vs]
    [row] = board(*rows).ranked.to_dict("records")
    got = [None if pd.isna(row[c]) else row[c] for c in ("self_reported", "third_party")]
    assert got == [self_reported, third_party] and row["n_third_party"] == n_third
    if self_reported is not None and third_party is not None:
        assert row["self_vs_third"] == pytest.approx(self_reported - third_party)
    else:
        assert pd.isna(row["self_vs_third"])


def test_papers_frame_marks_own_and_other_papers():
    lb = board(claim("A", paper="own", role="proposed", value=80.0), claim("A", paper="x", value=70.0))
    assert dict(zip(lb.papers["paper_id"], lb.papers["paper_role"])) == {"own": "self", "x": "third party"}


# --------------------------------------------------------------------------- ranks and direction


@pytest.mark.parametrize(
    "values, higher, ranks, labels",
    [
        ([70.0, 65.0, 65.0, 60.0], True, [1, 2, 2, 4], ["1", "=2", "=2", "4"]),
        ([90.0, 90.0, 80.0], True, [1, 1, 3], ["=1", "=1", "3"]),
        ([1.0, 2.0, 3.0], True, [3, 2, 1], ["3", "2", "1"]),
        ([1.0, 2.0, 2.0], False, [1, 2, 2], ["1", "=2", "=2"]),  # lower is better
        ([0.1 + 0.2, 0.3], True, [1, 1], ["=1", "=1"]),  # floating-point noise still ties
        ([5.0], True, [1], ["1"]),
    ],
)
def test_tie_ranks(values, higher, ranks, labels):
    rank, label = T.tie_ranks(pd.Series(values), higher)
    assert rank.tolist() == ranks and label.tolist() == labels


def test_ties_in_the_leaderboard():
    lb = board(
        claim("A", paper="p1", value=70.0), claim("A", paper="p2", value=60.0),  # median 65
        claim("B", paper="p3", value=65.0),
        claim("C", paper="p4", value=80.0),
        claim("D", paper="p5", value=50.0),
    )
    assert col(lb.ranked, "model") == ["C", "A", "B", "D"]  # tied on the median: the better best first
    assert col(lb.ranked, "rank_label") == ["1", "=2", "=2", "4"]
    assert col(lb.ranked, "rank") == [1, 2, 2, 4]


@pytest.mark.parametrize(
    "benchmark, metric, values, order, best",
    [
        ("LibriSpeech", "WER", {"A": [3.1, 2.5], "B": [4.0], "C": [1.9]}, ["C", "A", "B"], [1.9, 2.5, 4.0]),
        ("ImageNet", "top-1 error", {"A": [20.0], "B": [15.0, 17.0]}, ["B", "A"], [15.0, 20.0]),
        ("ImageNet", "top-1 accuracy", {"A": [80.0], "B": [85.0, 83.0]}, ["B", "A"], [85.0, 80.0]),
        ("WikiText-103", "perplexity", {"A": [18.0], "B": [20.0]}, ["A", "B"], [18.0, 20.0]),
    ],
)
def test_direction_from_the_metric_registry(benchmark, metric, values, order, best):
    rows = [claim(m, paper=f"{m}{i}", value=v, benchmark=benchmark, metric=metric)
            for m, vs in values.items() for i, v in enumerate(vs)]
    # one paper per model: the per-paper best is the lowest WER / error / perplexity
    rows = [dict(r, paper_id=r["model"]) for r in rows]
    lb = board(*rows, benchmark=benchmark, metric=metric)
    assert col(lb.ranked, "model") == order and col(lb.ranked, "best") == best
    assert lb.higher is (metric in ("top-1 accuracy",))


# --------------------------------------------------------------------------- reference rows


def test_humans_and_unnamed_aggregates_are_reference_rows_never_ranked():
    lb = board(
        claim("human experts", role="human", paper="p1", value=95.0),
        claim("a human", role="human", paper="p2", value=93.0),
        claim(None, role="unnamed", paper="p1", value=99.0),
        claim("best open model", role="unnamed", paper="p3", value=98.0),
        claim("GPT-4", paper="p1", value=90.0),
        claim("Claude 3 Opus", paper="p2", value=88.0),
    )
    assert col(lb.ranked, "model") == ["GPT-4", "Claude 3 Opus"]
    assert col(lb.ranked, "rank_label") == ["1", "2"]  # the humans' 95 does not take rank 1
    ref = lb.reference
    assert set(ref["model"]) == {"human experts", "human", T.UNNAMED_MODEL, "best open model"}
    assert ref["rank"].isna().all() and ref["rank_label"].isna().all()
    assert dict(zip(ref["model"], ref["reference"])) == {
        "human experts": "human", "human": "human", T.UNNAMED_MODEL: "unnamed", "best open model": "unnamed"}
    assert not set(ref["row_id"]) & set(lb.ranked["row_id"])


def test_a_claim_without_a_model_is_a_reference_row_even_without_a_role():
    lb = board(claim(None, role=None, value=99.0), claim("GPT-4", value=90.0, role=None))
    assert col(lb.ranked, "model") == ["GPT-4"] and col(lb.reference, "model") == [T.UNNAMED_MODEL]


# --------------------------------------------------------------------------- what counts


def test_only_the_benchmark_metric_and_kind():
    lb = board(
        claim("A", value=70.0),
        claim("B", value=99.0, kind="delta"),
        claim("C", value=99.0, metric="F1"),
        claim("D", value=99.0, benchmark="MMLU"),
    )
    assert col(lb.ranked, "model") == ["A"]


@pytest.mark.parametrize(
    "subset, models",
    [
        (T.ALL_SUBSETS, ["A", "B"]),
        (T.NO_SUBSET, ["A"]),
        (None, ["A"]),
        ("en-de", ["B"]),
        ("xx", []),
    ],
)
def test_subset_choice(subset, models):
    lb = board(claim("A", value=30.0, metric="BLEU"), claim("B", value=28.0, subset="en-de", metric="BLEU"),
               metric="BLEU", subset=subset)
    assert col(lb.ranked, "model") == models


def test_subset_choices():
    df = frame(claim("A", subset="en-de"), claim("A", subset="en-de", paper="p2"), claim("A", subset="en-fr"),
               claim("B"))
    assert T.subset_choices(df, "GSM8K", "accuracy") == [T.ALL_SUBSETS, T.NO_SUBSET, "en-de", "en-fr"]
    assert T.subset_choices(frame(claim("A")), "GSM8K", "accuracy") == [T.ALL_SUBSETS]


def test_conflicts_are_still_flagged():
    lb = board(claim("A", paper="p1", value=60.0), claim("A", paper="p2", value=70.0),
               claim("B", paper="p1", value=65.0), claim("B", paper="p2", value=65.0),
               # different values on different subsets are no conflict; on the same subset they are
               claim("C", paper="p1", value=30.0, subset="en-de"), claim("C", paper="p2", value=40.0, subset="en-fr"),
               claim("D", paper="p1", value=30.0, subset="en-de"), claim("D", paper="p2", value=31.0, subset="en-de"))
    assert dict(zip(lb.ranked["model"], lb.ranked["conflict"])) == {"A": True, "B": False, "C": False, "D": True}


def test_empty_leaderboard_has_the_columns():
    lb = board(claim("A"), benchmark="nope")
    for t in (lb.ranked, lb.reference):
        assert t.empty and t.columns.tolist() == T.LEADERBOARD_COLUMNS
    assert lb.claim_ids("x") == ()
    assert T.leaderboard_points(lb).empty


def test_input_is_not_mutated():
    df = frame(claim("A", value=60.0), claim("human", role="human", value=90.0))
    before = df.copy()
    T.leaderboard_tables(df, "GSM8K", "accuracy")
    pd.testing.assert_frame_equal(df, before)


def test_claims_of_keeps_the_order():
    df = frame(claim("A", value=1.0), claim("B", value=2.0), claim("C", value=3.0))
    assert T.claims_of(df, ["c2", "c0", "nope"])["claim_id"].tolist() == ["c2", "c0"]


def test_chart_points():
    runs = independent_frame(("GPT-4o", "2024-05-13", "GPQA diamond", 0.5))
    lb = board(claim("GPT-4o", paper="p1", value=53.6, benchmark="GPQA Diamond"),
               claim("GPT-4o", paper="p2", value=50.0, benchmark="GPQA Diamond"),
               benchmark="GPQA Diamond", independent=runs)
    pts = T.leaderboard_points(lb)
    assert pts["what"].tolist() == [*[T.POINT_KINDS[0]] * 2, T.POINT_KINDS[1], T.POINT_KINDS[2]]
    assert pts["value"].tolist() == pytest.approx([53.6, 50.0, 51.8, 50.0])
    assert set(pts["label"]) == {"GPT-4o"}


def test_synthetic_claims_give_realistic_boards():
    df = validate_claims(synthetic_claims(600, seed=4))[0]
    lb = T.leaderboard_tables(df, "GPQA Diamond", "accuracy")
    assert len(lb.ranked) > 3 and len(lb.reference) >= 1
    assert lb.ranked["self_reported"].notna().any() and lb.ranked["third_party"].notna().any()
    assert not lb.ranked.duplicated(["model", "setting"]).any()
    assert set(lb.reference["reference"]) <= {"human", "unnamed"}


# --------------------------------------------------------------------------- independent runs

EPOCH_COLUMNS = ["Model Name", "Version Release Date", "Benchmark", "Benchmark Score", "Organization", "Country"]


def mapping() -> pd.DataFrame:
    return pd.read_csv(MAPPING, dtype=str, keep_default_na=False)


def independent_frame(*runs) -> pd.DataFrame:
    raw = pd.DataFrame([dict(zip(EPOCH_COLUMNS[:4], r), Organization="", Country="") for r in runs],
                       columns=EPOCH_COLUMNS)
    return T.map_independent_runs(raw.astype(str), mapping())


@pytest.mark.parametrize(
    "name, benchmark, score, model, project_benchmark, value, status",
    [
        ("GPT-4o", "GPQA diamond", 0.4889520202, "GPT-4o", "GPQA Diamond", 48.89520202, T.MAPPED),
        ("DeepSeek R1", "GPQA diamond", 0.717, "DeepSeek-R1", "GPQA Diamond", 71.7, T.MAPPED),  # spelling
        ("Llama 3.1-8B", "MATH level 5", 0.1, "Llama 3.1 (8B)", "MATH", 10.0, T.MAPPED),
        ("Claude 3.5 Sonnet", "FrontierMath-2025-02-28-Private", 0.02069, "Claude 3.5 Sonnet", "FrontierMath", 2.069,
         T.MAPPED),
        ("o1-preview", "GPQA diamond", 0.50, "o1-preview", "GPQA Diamond", 50.0, T.MAPPED),  # its own model, not o1
        ("Qwen Turbo", "GPQA diamond", 0.42, None, "GPQA Diamond", 42.0, "model not in the registry"),
        ("o3", "OTIS Mock AIME 2024-2025", 0.84, "o3", None, None, "benchmark not used: mock AIME"),
        ("o3", "SWE-Bench verified", 0.691, "o3", None, None, "benchmark not used: not independent"),
        ("o3", "Some new benchmark", 0.5, "o3", None, None, "benchmark not used"),
        ("o3", "GPQA diamond", "", "o3", "GPQA Diamond", None, "no score"),
    ],
)
def test_epoch_runs_map_to_registry_models_and_project_benchmarks(name, benchmark, score, model, project_benchmark,
                                                                   value, status):
    [run] = independent_frame((name, "2025-01-01", benchmark, score)).to_dict("records")
    assert run["model"] == model and run["benchmark"] == project_benchmark
    assert run["status"].startswith(status)
    if value is None:
        assert pd.isna(run["value"])
    else:
        assert run["value"] == pytest.approx(value)  # 0-1 -> 0-100 percent


GPQA = "GPQA Diamond"


@pytest.mark.parametrize(
    "claims, runs, independent, gap, epoch_benchmark",
    [
        # one run: 0.4889 on 0-1 is 48.89 beside a claimed 53.6
        ([53.6], [("2024-05-13", 0.4889)], 48.89, 4.71, "GPQA diamond"),
        # several versions: the one nearest the claimed median
        ([56.0, 58.0], [("2024-12-26", 0.5653), ("2025-03-24", 0.6761)], 56.53, 0.47, "GPQA diamond"),
        ([70.0], [("2024-12-26", 0.5653), ("2025-03-24", 0.6761)], 67.61, 2.39, "GPQA diamond"),
        # claimed below the independent run: a negative gap
        ([40.0], [("2024-05-13", 0.50)], 50.0, -10.0, "GPQA diamond"),
    ],
)
def test_independent_score_beside_the_claimed_median(claims, runs, independent, gap, epoch_benchmark):
    indep = independent_frame(*(("DeepSeek-V3", d, "GPQA diamond", s) for d, s in runs))
    rows = [claim("DeepSeek-V3", paper=f"p{i}", value=v, benchmark=GPQA) for i, v in enumerate(claims)]
    [row] = board(*rows, benchmark=GPQA, independent=indep).ranked.to_dict("records")
    assert row["independent"] == pytest.approx(independent)
    assert row["gap"] == pytest.approx(gap)
    assert row["independent_benchmark"] == epoch_benchmark
    assert row["independent_runs"] == " | ".join(f"{s * 100:.1f} ({d})" for d, s in sorted(runs))


@pytest.mark.parametrize(
    "claim_kw, bench, metric, joined",
    [
        ({}, GPQA, "accuracy", True),
        ({"metric": "pass@1"}, GPQA, "pass@1", True),
        ({"metric": "F1"}, GPQA, "F1", False),  # Epoch measures accuracy
        ({"subset": "main"}, GPQA, "accuracy", False),  # the run is on the whole test
        ({"benchmark": "GPQA"}, "GPQA", "accuracy", False),  # another benchmark of the vocabulary
        ({"model": "GPT-4o mini", "model_id": "GPT-4o mini"}, GPQA, "accuracy", False),  # another model
    ],
)
def test_independent_join_needs_the_same_model_benchmark_and_metric(claim_kw, bench, metric, joined):
    indep = independent_frame(("GPT-4o", "2024-05-13", "GPQA diamond", 0.49))
    kw = {"benchmark": GPQA, **claim_kw}
    [row] = board(claim(kw.pop("model", "GPT-4o"), value=53.6, **kw), benchmark=bench, metric=metric,
                  subset=T.ALL_SUBSETS, independent=indep).ranked.to_dict("records")
    assert pd.notna(row["independent"]) is joined


def test_a_different_test_is_context_not_a_gap():
    """Epoch's MATH level 5 (the hardest problems) beside MATH claims: shown, no gap."""
    indep = independent_frame(("Claude 3.5 Sonnet", "2024-06-20", "MATH level 5", 0.5168))
    [row] = board(claim("Claude 3.5 Sonnet", value=71.1, benchmark="MATH"), benchmark="MATH",
                  independent=indep).ranked.to_dict("records")
    assert row["independent"] == pytest.approx(51.68) and row["independent_benchmark"] == "MATH level 5"
    assert pd.isna(row["gap"])
    assert T.claim_gaps(frame(claim("Claude 3.5 Sonnet", value=71.1, benchmark="MATH")), indep).empty
    other = T.claim_gaps(frame(claim("Claude 3.5 Sonnet", value=71.1, benchmark="MATH")), indep, same_test_only=False)
    assert other["gap"].tolist() == pytest.approx([19.42]) and other["same_test"].tolist() == [False]


def test_reference_rows_get_no_independent_score():
    indep = independent_frame(("GPT-4o", "2024-05-13", "GPQA diamond", 0.49))
    lb = board(claim("GPT-4o", role="unnamed", model_id=None, value=53.6, benchmark=GPQA), benchmark=GPQA,
               independent=indep)
    assert lb.ranked.empty and lb.reference["independent"].isna().all()


def test_claim_gaps_lists_far_claims_largest_first():
    indep = independent_frame(
        ("GPT-4o", "2024-05-13", "GPQA diamond", 0.49),
        ("DeepSeek-V3", "2024-12-26", "GPQA diamond", 0.5653),
        ("DeepSeek-V3", "2025-03-24", "GPQA diamond", 0.6761),
        ("o1", "2024-12-17", "GPQA diamond", 0.7576),
        ("Claude 3 Opus", "2024-02-29", "FrontierMath-2025-02-28-Private", 0.01),
    )
    df = frame(
        claim("GPT-4o", paper="p1", value=53.6, benchmark=GPQA),  # +4.6: under the threshold
        claim("DeepSeek-V3", paper="p2", value=59.1, benchmark=GPQA),  # nearest 56.53: +2.6
        claim("o1", paper="p3", value=78.0, benchmark=GPQA, role="proposed"),  # +2.2
        claim("o1", paper="p4", value=90.0, benchmark=GPQA, setting="maj@64"),  # +14.2
        claim("Claude 3 Opus", paper="p5", value=12.0, benchmark="FrontierMath"),  # +11.0
        claim("GPT-4o", paper="p6", value=30.0, benchmark=GPQA, setting="zero-shot"),  # -19.0
        claim("GPT-4o", paper="p7", value=99.0, benchmark=GPQA, subset="main"),  # a subset: not compared
    )
    gaps = T.claim_gaps(df, indep)
    assert gaps.columns.tolist() == T.GAP_COLUMNS
    assert list(zip(gaps["model"], gaps["setting"].fillna(""), gaps["benchmark"])) == [
        ("GPT-4o", "zero-shot", GPQA), ("o1", "maj@64", GPQA), ("Claude 3 Opus", "", "FrontierMath")]
    assert gaps["gap"].tolist() == pytest.approx([-19.0, 14.24, 11.0])
    assert (gaps["abs_gap"] > T.GAP_THRESHOLD).all() and gaps["same_test"].all()
    assert len(T.claim_gaps(df, indep, threshold=2.0)) == 6
    assert T.claim_gaps(df, indep, threshold=100.0).empty
    assert T.claim_gaps(df.iloc[:0], indep).empty
    # each gap row leads to its claims
    assert gaps.loc[0, "claim_ids"] == ("c5",)


# --------------------------------------------------------------------------- the shipped files


def test_the_shipped_runs_are_epochs_file_unchanged_and_attributed():
    text = (VOCAB_DIR / "EPOCH_RUNS.md").read_text(encoding="utf-8")
    assert "Epoch AI, Data on AI Models, CC BY 4.0" in text
    assert hashlib.sha256(RUNS.read_bytes()).hexdigest() in text
    raw = pd.read_csv(RUNS, dtype=str, keep_default_na=False)
    assert raw.columns.tolist() == EPOCH_COLUMNS and len(raw) == 337
    scores = raw["Benchmark Score"].astype(float)
    assert ((scores >= 0) & (scores <= 1)).all()


def test_the_mapping_table_is_reviewed_and_names_real_benchmarks():
    m = mapping()
    assert m.columns.tolist() == T.MAPPING_COLUMNS
    assert m["epoch_benchmark"].is_unique and (m["note"].str.len() > 20).all()
    raw = pd.read_csv(RUNS, dtype=str, keep_default_na=False)
    assert set(m["epoch_benchmark"]) == set(raw["Benchmark"])  # every Epoch benchmark reviewed
    vocab = benchmark_index()
    for r in m.to_dict("records"):
        if r["benchmark"]:
            assert r["benchmark"].lower() in vocab and vocab[r["benchmark"].lower()].name == r["benchmark"]
            assert r["scale"] == "100" and r["metrics"]
            assert r["same_test"] in ("true", "false")


def test_coverage_of_the_shipped_runs():
    indep = T.map_independent_runs(pd.read_csv(RUNS, dtype=str, keep_default_na=False), mapping())
    cov = T.independent_coverage(indep).set_index("epoch_benchmark")
    assert cov.loc["all", ["runs", "model_in_registry", "benchmark_mapped", "used"]].tolist() == [337, 308, 223, 205]
    assert cov.loc["GPQA diamond", "used"] == 91 and cov.loc["MATH level 5", "used"] == 85
    assert cov.loc["FrontierMath-2025-02-28-Private", "used"] == 29
    used = indep[indep["status"] == T.MAPPED]
    assert used["model"].nunique() == 74
    assert ((used["value"] >= 0) & (used["value"] <= 100)).all()
    assert int(used["same_test"].sum()) == 120
    # o1-preview is not o1
    assert set(indep.loc[indep["epoch_model"] == "o1-preview", "model"]) <= {"o1-preview"}


def test_nothing_reads_the_shared_folder():
    shared = "/work/" + "shared"
    mine = ["test_leaderboard.py", "test_dashboard_app.py", "test_dashboard_transforms.py", "test_dashboard_bad_data.py"]
    for path in list((ROOT / "dashboard").glob("*.py")) + [ROOT / "tests" / name for name in mine]:
        assert shared not in path.read_text(encoding="utf-8"), path


def test_chart_data_is_cut_for_tooltips():
    long = "M" * 3000
    indep = independent_frame(("GPT-4o", "2024-05-13", "GPQA diamond", 0.30))
    df = frame(claim(long, value=60.0, benchmark=GPQA, paper_title="T" * 3000),
               claim("GPT-4o", value=60.0, benchmark=GPQA, paper="p2"))
    pts = T.leaderboard_points(T.leaderboard_tables(df, GPQA, "accuracy", independent=indep))
    for c in ("label", "model", "paper_title"):
        assert (pts[c].dropna().str.len() <= T.TOOLTIP_CHARS).all()
    bars = T.gap_points(T.claim_gaps(df, indep))
    assert bars["label"].tolist() == ["GPT-4o · GPQA Diamond"] and bars["order"].tolist() == [0]
    assert "claim_ids" not in bars
