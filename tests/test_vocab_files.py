"""Integrity checks for the hand-curated vocabularies in schema/vocab/.

Only the standard library (csv) is used, so these tests also run where pandas and the
extractor's dependencies are not installed.
"""
from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

import pytest

VOCAB = Path(__file__).parents[1] / "schema" / "vocab"
BENCHMARKS = VOCAB / "benchmarks.csv"
MODELS = VOCAB / "models.csv"

BENCHMARK_HEADER = [
    "name", "aliases", "category", "metric", "scale",
    "higher_is_better", "case_sensitive", "source",
]
MODEL_HEADER = ["name", "aliases", "family", "params_b", "active_params_b", "source"]

CATEGORIES = {
    "knowledge", "reasoning", "math", "code", "multimodal-image", "multimodal-video",
    "long-context", "translation", "nlp", "agents", "safety", "instruction-following",
    "retrieval", "speech", "domain", "other",
}
SCALES = {"100", "10", "1", ""}
BOOLS = {"true", "false"}
MIN_BENCHMARKS = 300
MIN_MODELS = 150
MIN_PER_CATEGORY = 5


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = []
        for lineno, fields in enumerate(reader, start=2):
            assert len(fields) == len(header), f"{path.name}:{lineno}: {len(fields)} fields, want {len(header)}"
            rows.append(dict(zip(header, fields)))
    return header, rows


@pytest.fixture(scope="module")
def benchmarks() -> list[dict[str, str]]:
    return _read(BENCHMARKS)[1]


@pytest.fixture(scope="module")
def models() -> list[dict[str, str]]:
    return _read(MODELS)[1]


def _keys(row: dict[str, str]) -> list[str]:
    """The name and every alias of a row."""
    return [row["name"]] + [a for a in row["aliases"].split("|") if a != ""]


def _collisions(rows: list[dict[str, str]]) -> list[str]:
    """Case-insensitive name/alias strings that belong to more than one row."""
    owner: dict[str, int] = {}
    clashes = []
    for i, row in enumerate(rows):
        for key in _keys(row):
            folded = key.casefold()
            if folded in owner and owner[folded] != i:
                clashes.append(f"{key!r}: {rows[owner[folded]]['name']!r} vs {row['name']!r}")
            owner.setdefault(folded, i)
    return clashes


# --- headers and sizes -------------------------------------------------------------

def test_benchmark_header_exact():
    assert _read(BENCHMARKS)[0] == BENCHMARK_HEADER


def test_model_header_exact():
    assert _read(MODELS)[0] == MODEL_HEADER


def test_enough_benchmarks(benchmarks):
    assert len(benchmarks) >= MIN_BENCHMARKS


def test_enough_models(models):
    assert len(models) >= MIN_MODELS


# --- benchmark fields -------------------------------------------------------------

def test_benchmark_categories_allowed(benchmarks):
    bad = [(r["name"], r["category"]) for r in benchmarks if r["category"] not in CATEGORIES]
    assert not bad


def test_every_category_has_enough_benchmarks(benchmarks):
    counts = Counter(r["category"] for r in benchmarks)
    thin = {c: counts.get(c, 0) for c in CATEGORIES if counts.get(c, 0) < MIN_PER_CATEGORY}
    assert not thin


def test_benchmark_scale_values(benchmarks):
    bad = [(r["name"], r["scale"]) for r in benchmarks if r["scale"] not in SCALES]
    assert not bad


def test_benchmark_booleans(benchmarks):
    bad = [
        (r["name"], r["higher_is_better"], r["case_sensitive"])
        for r in benchmarks
        if r["higher_is_better"] not in BOOLS or r["case_sensitive"] not in BOOLS
    ]
    assert not bad


def test_benchmark_metric_present(benchmarks):
    assert not [r["name"] for r in benchmarks if not r["metric"].strip()]


def test_lower_is_better_metrics_flagged(benchmarks):
    """Perplexity and error rates must not be marked higher-is-better."""
    lower = ("perplexity", "wer", "cer", "eer", "bits per")
    bad = [
        r["name"] for r in benchmarks
        if r["metric"].lower().startswith(lower) and r["higher_is_better"] != "false"
    ]
    assert not bad


# --- names, aliases, sources (both files) ------------------------------------------

@pytest.mark.parametrize("path", [BENCHMARKS, MODELS], ids=lambda p: p.name)
def test_no_name_or_alias_collision(path):
    assert not _collisions(_read(path)[1])


# distinct datasets of one family (other years, sizes or releases) are separate entries, never
# one's alias: a claim on ICEWS05-15 is not a claim on ICEWS14
DISTINCT_DATASETS = [
    ("ICEWS14", "ICEWS05-15"), ("ICEWS14", "ICEWS18"), ("EPIC-KITCHENS-100", "EPIC-KITCHENS-55"),
    ("UCSD Ped2", "UCSD Ped1"), ("FLARE22", "FLARE21"), ("FLARE22", "FLARE23"), ("MSLR-WEB30K", "MSLR-WEB10K"),
    ("ShapeNet-55", "ShapeNet-34"), ("ChestX-ray14", "ChestX-ray8"), ("CIFAR-10", "CIFAR-100"), ("SQuAD 2.0", "SQuAD"),
]


@pytest.mark.parametrize("first,second", DISTINCT_DATASETS, ids=lambda x: x)
def test_distinct_datasets_stay_apart(benchmarks, first, second):
    owner = {k.casefold(): r["name"] for r in benchmarks for k in _keys(r)}
    assert first.casefold() in owner and second.casefold() in owner, (first, second)
    assert owner[first.casefold()] != owner[second.casefold()], (first, second)


def test_no_collision_between_files(benchmarks, models):
    bench_keys = {k.casefold() for r in benchmarks for k in _keys(r)}
    model_keys = {k.casefold() for r in models for k in _keys(r)}
    assert not bench_keys & model_keys


@pytest.mark.parametrize("path", [BENCHMARKS, MODELS], ids=lambda p: p.name)
def test_names_and_aliases_clean(path):
    """No empty names, empty alias slots or stray whitespace around names/aliases."""
    bad = []
    for row in _read(path)[1]:
        if not row["name"].strip():
            bad.append(("<empty name>", row))
        if row["aliases"] and any(a == "" for a in row["aliases"].split("|")):
            bad.append((row["name"], "empty alias slot"))
        for key in _keys(row):
            if key != key.strip():
                bad.append((row["name"], key))
    assert not bad


@pytest.mark.parametrize("path", [BENCHMARKS, MODELS], ids=lambda p: p.name)
def test_source_not_empty(path):
    assert not [r["name"] for r in _read(path)[1] if not r["source"].strip()]


# --- model parameter counts --------------------------------------------------------

def _count(text: str) -> float | None:
    return None if text == "" else float(text)


def test_model_params_are_sane(models):
    bad = []
    for r in models:
        for col in ("params_b", "active_params_b"):
            text = r[col]
            if text == "":
                continue
            try:
                value = float(text)
            except ValueError:
                bad.append((r["name"], col, text))
                continue
            if not (math.isfinite(value) and 0 < value < 10000):
                bad.append((r["name"], col, text))
    assert not bad


def test_active_params_not_above_total(models):
    bad = []
    for r in models:
        try:
            total, active = _count(r["params_b"]), _count(r["active_params_b"])
        except ValueError:
            continue  # reported by test_model_params_are_sane
        if total is not None and active is not None and active > total:
            bad.append((r["name"], total, active))
    assert not bad


def test_model_family_present(models):
    assert not [r["name"] for r in models if not r["family"].strip()]


# ---------------------------------------------------------------- the metric registry

def test_metric_registry_is_well_formed():
    import re

    from claimboard.schema.vocab import load_metrics

    metrics = load_metrics()
    assert len(metrics) >= 60
    # a metric may have several patterns (rows), but one direction
    direction: dict[str, bool] = {}
    for m in metrics:
        assert direction.setdefault(m.name, m.higher_is_better) == m.higher_is_better, m
    for m in metrics:
        re.compile(m.pattern)
        assert m.pattern == m.pattern.lower() or "\\" in m.pattern, m   # patterns run on lowered text


@pytest.mark.parametrize("written,higher", [
    ("top-1 error", False), ("top-5 error", False), ("WER", False), ("word error rate", False), ("perplexity", False),
    ("bits per character", False), ("bpc", False), ("RMSE", False), ("FID", False), ("accuracy", True),
    ("top-1 accuracy", True), ("pass@1", True), ("BLEU", True), ("mIoU", True), ("Inception score", True),
])
def test_metric_direction_from_the_registry(written, higher):
    from claimboard.schema.vocab import metric_higher_is_better

    assert metric_higher_is_better(written) is higher


def test_spellings_of_one_metric_share_its_name():
    from claimboard.schema.vocab import canonical_metric

    assert canonical_metric("bits per character").name == canonical_metric("bpc").name == "bpc"
    assert canonical_metric("word error rate").name == canonical_metric("WER").name == "WER"
    assert canonical_metric("no such metric here") is None


def test_extractor_reads_the_registry():
    from claimboard.extract.metric_text import LOWER_IS_BETTER, METRICS
    from claimboard.schema.vocab import load_metrics

    assert METRICS == [(m.pattern, m.name) for m in load_metrics()]
    assert LOWER_IS_BETTER == {m.name for m in load_metrics() if not m.higher_is_better}


CUES = VOCAB / "cues.csv"
LABELLED_CUE_GROUPS = {"qualifier", "setting", "category_evidence"}


def _cue_rows():
    with CUES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_cue_header_exact():
    with CUES.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["group", "label", "form", "note"]


@pytest.mark.parametrize("row", _cue_rows(), ids=lambda r: f"{r['group']}:{r['form'][:30]}")
def test_cue_forms_compile_and_match_nothing_empty(row):
    import re
    rx = re.compile(row["form"])   # a fragment of an alternation: it must compile on its own
    assert not rx.fullmatch(""), "a cue form that matches the empty string matches everywhere"
    assert (row["label"] != "") == (row["group"] in LABELLED_CUE_GROUPS), "labels belong to the labelled groups only (qualifier, setting, category_evidence)"


def test_every_cue_row_has_exactly_four_fields():
    """A form with an unquoted comma ('{0,2}') would be cut there and its rest go to another field."""
    with CUES.open(encoding="utf-8", newline="") as fh:
        assert [i for i, row in enumerate(csv.reader(fh), 1) if len(row) != 4] == []


def test_cue_groups_are_the_ones_the_rules_use():
    """Every group of the file is read by a rule (words("g") or labelled("g") in extract/),
    and every group a rule reads is in the file."""
    import re
    used = {m.group(1) for f in (VOCAB.parents[1] / "extract").glob("*.py")
            for m in re.finditer(r"""\b(?:words|labelled)\(["'](\w+)["']\)""", f.read_text(encoding="utf-8"))}
    assert {r["group"] for r in _cue_rows()} == used


def test_no_cue_form_twice_in_a_group():
    seen = Counter((r["group"], r["form"]) for r in _cue_rows())
    assert [k for k, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("group, pattern_name", [
    ("data_noun", "_DATA_AFTER"), ("count_noun", "_COUNT_AFTER"), ("delta_verb", "_DELTA_LEAD"), ("delta_noun", "_DELTA_LEAD"),
    ("delta_tail", "_DELTA_TAIL"), ("result_verb", "_RESULT_VERB"), ("hyperparameter", "_SETTING_BEFORE"),
    ("operating_point", "_OPERATING_POINT_AFTER"), ("model_evidence", "_MODEL_EVIDENCE"), ("speed_unit", "_RATE_UNIT"),
])
def test_every_cue_of_the_file_is_in_the_rule_built_from_it(group, pattern_name):
    """The file is the source: each group's forms, in order, make the rule's alternation."""
    from claimboard.extract import kinds, mentions, rules
    forms = [r["form"] for r in _cue_rows() if r["group"] == group]
    rx = getattr(rules, pattern_name, None) or getattr(kinds, pattern_name, None) or getattr(mentions, pattern_name)
    assert "|".join(forms) in rx.pattern


@pytest.mark.parametrize("sentence, cls", [
    ("The corpus has 40 dialogues and models reach 90% accuracy on MMLU.", "data size"),
    ("We use a learning rate of 0.001 and reach 90% accuracy on MMLU.", "other"),
    ("Our neural model runs at 35 FPS and reaches 90% accuracy on MMLU.", "efficiency"),
])
def test_cues_classify_real_phrasing(sentence, cls):
    from claimboard.extract.rules import extract_abstract
    claims, mentions = extract_abstract("A neural network", sentence)
    assert [m["mention_class"] for m in mentions][:1] == [cls]
    assert [c["value"] for c in claims] == [90.0]
