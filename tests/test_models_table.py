"""models.parquet (one row per registry model in the claims, extract/models_table.py) and
`claimboard models` (the names the registry does not know yet)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from clirun import run_cli

from claimboard.extract.models_table import ModelTally, models_frame, unresolved_models
from claimboard.schema.columns import CLAIM_COLUMNS, MODEL_COLUMNS, names
from claimboard.schema.io import to_arrow
from claimboard.schema.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
DEV = [ROOT / "tests" / "fixtures" / "dev" / f"abstracts_{x}.jsonl" for x in ("a", "b")]
SOURCE = ROOT / "tests" / "fixtures" / "random" / "abstracts_t.jsonl"


def _run(cwd: Path, args: list[str]) -> tuple[int, str, str]:
    return run_cli(args, cwd)


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("models")
    (d / "dev").mkdir()
    for f in DEV:
        shutil.copy(f, d / "dev" / f.name)
    runs = {
        "one": ["dev/", "--out", "one"],                                      # one batch
        "j1": ["dev/", "--out", "j1", "--batch-size", "7"],                   # several batches
        "j1b": ["dev/", "--out", "j1b", "--batch-size", "7"],
        "j2": ["dev/", "--out", "j2", "--batch-size", "7", "--jobs", "2"],
    }
    for key, args in runs.items():
        rc, _, err = _run(d, ["extract", *args, "--quiet"])
        assert rc == 0, err
    return d


def _expected(claims: pd.DataFrame) -> pd.DataFrame:
    named = claims[claims["model_id"].notna()]
    g = named.groupby("model_id")
    return pd.DataFrame({"n_claims": g.size(), "n_papers": g["paper_id"].nunique()}).sort_index()


# --------------------------------------------------------------------------- the file


def test_rows_match_the_claims(work):
    out = work / "j1"
    assert pq.ParquetFile(out / "claims.parquet").metadata.num_row_groups > 1
    claims = pd.read_parquet(out / "claims.parquet")
    models = pd.read_parquet(out / "models.parquet")
    assert len(models) >= 5
    assert list(models["model_id"]) == sorted(models["model_id"])            # sorted, one row each
    assert models["model_id"].is_unique
    expected = _expected(claims)
    got = models.set_index("model_id")[["n_claims", "n_papers"]]
    assert list(got.index) == list(expected.index)
    assert got.to_dict() == expected.to_dict()
    assert int(models["n_claims"].sum()) == int(claims["model_id"].notna().sum())


def test_registry_fields(work):
    models = pd.read_parquet(work / "j1" / "models.parquet")
    claims = pd.read_parquet(work / "j1" / "claims.parquet")
    registry = {e.model_id: e for e in load_registry()}
    for r in models.to_dict("records"):
        e = registry[r["model_id"]]
        assert r["model_family"] == e.family
        # the claims carry the same family
        assert set(claims.loc[claims["model_id"] == r["model_id"], "model_family"]) == {e.family}
        for col in ("organisation", "release_date", "source"):
            assert (r[col] if isinstance(r[col], str) else None) == getattr(e, col), col
        for col in ("params_b", "active_params_b"):
            assert (None if pd.isna(r[col]) else r[col]) == getattr(e, col), col
        assert (None if r["open_weights"] is None or pd.isna(r["open_weights"]) else bool(r["open_weights"])) == e.open_weights
        if r["release_date"] is not None:
            pd.Timestamp(r["release_date"])   # ISO date


def test_schema_and_metadata_are_those_of_the_claims(work):
    schema = pq.read_schema(work / "j1" / "models.parquet")
    assert schema.names == names(MODEL_COLUMNS)
    assert [f.type for f in schema] == [t for _, t, _ in MODEL_COLUMNS]
    for (_, _, description), field in zip(MODEL_COLUMNS, schema):
        assert field.metadata[b"description"].decode() == description
    assert schema.metadata == pq.read_schema(work / "j1" / "claims.parquet").metadata
    df = pd.read_parquet(work / "j1" / "models.parquet")
    assert str(df["n_claims"].dtype) == "int64" and str(df["n_papers"].dtype) == "int64"
    assert str(df["params_b"].dtype) == "float64"


def test_bytes_are_the_same_for_reruns_jobs_and_batches(work):
    data = (work / "j1" / "models.parquet").read_bytes()
    for key in ("j1b", "j2", "one"):
        assert (work / key / "models.parquet").read_bytes() == data, key


def test_tally_counts_batches_like_the_whole(work):
    claims = pq.read_table(work / "j1" / "claims.parquet")
    whole = models_frame(claims)
    assert whole.equals(models_frame(claims.to_pandas()))
    # added a few papers at a time (a paper's claims in one call, as the pipeline does)
    ids = list(dict.fromkeys(claims.column("paper_id").to_pylist()))
    tally = ModelTally()
    for i in range(0, len(ids), 3):
        keep = pd.Series(claims.column("paper_id").to_pylist()).isin(ids[i:i + 3]).to_numpy()
        tally.add(claims.filter(keep))
    assert tally.frame().equals(whole)


def test_present_and_identical_after_update(tmp_path):
    recs = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines()[:40]]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    inc, full = tmp_path / "inc", tmp_path / "full"
    assert _run(tmp_path, ["extract", str(src), "--out", str(inc), "--update", "--quiet"])[0] == 0
    assert (inc / "models.parquet").exists()
    recs[3]["abstract"] += " GPT-4 reaches 77.7% on MMLU."
    recs.pop(5)
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert _run(tmp_path, ["extract", str(src), "--out", str(inc), "--update", "--quiet", "--batch-size", "9"])[0] == 0
    assert _run(tmp_path, ["extract", str(src), "--out", str(full), "--quiet"])[0] == 0
    assert (inc / "models.parquet").read_bytes() == (full / "models.parquet").read_bytes()
    models = pd.read_parquet(inc / "models.parquet")
    assert "GPT-4" in set(models["model_id"])
    expected = _expected(pd.read_parquet(inc / "claims.parquet"))
    assert models.set_index("model_id")[["n_claims", "n_papers"]].to_dict() == expected.to_dict()


@pytest.mark.parametrize("abstract", [
    # a claim, but for a model the registry does not know
    "We present FooLM, a chat model for assistants. FooLM reaches 61.8% accuracy on MMLU and 55.0% on GSM8K.",
    # no claim at all
    "We study language models and find that they are good at many things that we describe in detail.",
])
def test_no_resolvable_model_gives_an_empty_valid_file(tmp_path, abstract):
    (tmp_path / "n.jsonl").write_text(json.dumps({"id": "n1", "title": "FooLM", "abstract": abstract}) + "\n")
    rc, _, err = _run(tmp_path, ["extract", "n.jsonl", "--out", "o", "--quiet"])
    assert rc == 0, err
    claims = pd.read_parquet(tmp_path / "o" / "claims.parquet")
    assert claims["model_id"].isna().all()
    path = tmp_path / "o" / "models.parquet"
    df = pd.read_parquet(path)
    assert len(df) == 0
    assert list(df.columns) == names(MODEL_COLUMNS)
    schema = pq.read_schema(path)
    assert [f.type for f in schema] == [t for _, t, _ in MODEL_COLUMNS]
    assert schema.metadata == pq.read_schema(tmp_path / "o" / "claims.parquet").metadata


# --------------------------------------------------------------------------- the committed dataset


def test_committed_models_parquet_equals_fresh_build(tmp_path):
    (tmp_path / "seeds").mkdir()
    for f in (ROOT / "seeds").iterdir():
        shutil.copy(f, tmp_path / "seeds" / f.name)
    assert _run(tmp_path, ["extract", "seeds/", "--out", "fresh", "--quiet"])[0] == 0
    committed, built = pq.read_table(ROOT / "data" / "models.parquet"), pq.read_table(tmp_path / "fresh" / "models.parquet")
    assert committed.schema.equals(built.schema, check_metadata=True), "data/models.parquet is stale: `make data`"
    assert committed.equals(built), "data/models.parquet differs from a fresh build of seeds/: `make data`"


def test_card_documents_every_model_column():
    card = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "## `models.parquet`" in card
    section = card.split("## `models.parquet`", 1)[1].split("\n## ", 1)[0]
    for name, _, _ in MODEL_COLUMNS:
        assert f"| `{name}` |" in section, f"data/README.md does not document models.parquet column {name}"


def test_readme_lists_the_file_and_the_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`data/models.parquet`" in readme
    assert "| `claimboard models" in readme


# --------------------------------------------------------------------------- claimboard models


def _claim(i: int, paper: str, model: str | None, model_id: str | None = None, role: str = "baseline") -> dict:
    return {"claim_id": f"{paper}:{i}:1", "paper_id": paper, "paper_title": paper, "source": "x.jsonl",
            "model": model, "model_id": model_id, "model_family": None, "model_role": role,
            "benchmark": "MMLU", "benchmark_known": True, "metric": "accuracy", "value": 50.0,
            "value_text": "50.0", "kind": "score", "evidence": "e", "char_start": i, "char_end": i + 4,
            "extractor": "on-benchmark@2", "confidence": 0.9}


CLAIMS = [
    # ZetaNet: 2 claims in 2 papers; AlphaNet: 2 claims in 1 paper; BetaNet, Gamma-1B: 1 each
    _claim(1, "p1", "AlphaNet", role="proposed"), _claim(2, "p1", "AlphaNet", role="proposed"),
    _claim(3, "p1", "ZetaNet"), _claim(4, "p2", "ZetaNet"),
    _claim(5, "p2", "Gamma-1B"), _claim(6, "p3", " BetaNet "),
    _claim(7, "p3", "MegaCorp-9", role="proposed"), _claim(8, "p3", "MegaCorp-9", role="proposed"),
    _claim(9, "p3", "MegaCorp-9", role="proposed"),
    # not listed: resolved, human, unnamed, no model
    _claim(10, "p4", "GPT-4", "GPT-4"), _claim(11, "p4", "GPT-4", "GPT-4"),
    _claim(12, "p4", "humans", role="human"), _claim(13, "p4", "best LLM", role="unnamed"),
    _claim(14, "p4", None, role="unnamed"),
]


@pytest.fixture
def claims_file(tmp_path) -> Path:
    path = tmp_path / "claims.parquet"
    pq.write_table(to_arrow(pd.DataFrame(CLAIMS), CLAIM_COLUMNS), path)
    return path


def test_models_lists_unresolved_names_most_frequent_first(claims_file, tmp_path):
    rc, out, err = _run(tmp_path, ["models", "--data", str(claims_file)])
    assert rc == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["claims", "papers"]
    rows = [ln.split(None, 2) for ln in lines[1:-1]]
    assert rows == [["3", "1", "MegaCorp-9"], ["2", "2", "ZetaNet"], ["2", "1", "AlphaNet"],
                    ["1", "1", "BetaNet"], ["1", "1", "Gamma-1B"]]
    assert lines[-1] == ("2 of 14 claims (14.3%) have a model_id (1 distinct); 2 of 11 claims naming a model "
                         "(18.2%) resolve; 5 distinct unresolved names")
    for absent in ("GPT-4", "humans", "best LLM"):
        assert absent not in "\n".join(lines[1:-1])


def test_models_top(claims_file, tmp_path):
    rc, out, _ = _run(tmp_path, ["models", "--data", str(claims_file), "--top", "2"])
    assert rc == 0
    lines = out.splitlines()
    assert [ln.split(None, 2)[2] for ln in lines[1:3]] == ["MegaCorp-9", "ZetaNet"]
    assert lines[3] == "... and 3 more names (4 claims; --top 0 lists all)"
    assert lines[4].startswith("2 of 14 claims")
    assert len(lines) == 5
    assert _run(tmp_path, ["models", "--data", str(claims_file), "--top", "0"])[1].count("\n") == 7


def test_models_marks_a_name_the_registry_knows_now(tmp_path):
    path = tmp_path / "old.parquet"
    pq.write_table(to_arrow(pd.DataFrame([_claim(1, "p1", "Llama-2-7b-hf")]), CLAIM_COLUMNS), path)
    table = unresolved_models(pd.read_parquet(path))
    assert table.to_dict("records") == [{"model": "Llama-2-7b-hf", "n_claims": 1, "n_papers": 1, "now": "Llama 2-7B"}]
    out = _run(tmp_path, ["models", "--data", str(path)])[1]
    assert "now resolves to Llama 2-7B: rebuild the data" in out


def test_models_when_every_name_resolves(tmp_path):
    path = tmp_path / "c.parquet"
    pq.write_table(to_arrow(pd.DataFrame([_claim(1, "p1", "GPT-4", "GPT-4")]), CLAIM_COLUMNS), path)
    rc, out, _ = _run(tmp_path, ["models", "--data", str(path)])
    assert rc == 0
    assert out.splitlines() == ["no unresolved model names: every named model has a model_id",
                                "1 of 1 claims (100.0%) have a model_id (1 distinct); 1 of 1 claims naming a model "
                                "(100.0%) resolve; 0 distinct unresolved names"]


def test_a_described_system_is_not_listed_as_unresolved(tmp_path):
    """'ensemble method' is a description (schema.registry.described): no registry entry is
    ever made of one, so `claimboard models` counts it apart instead of listing it."""
    path = tmp_path / "d.parquet"
    rows = [_claim(1, "p1", "ensemble method"), _claim(2, "p2", "ensemble method"), _claim(3, "p1", "ZetaNet")]
    pq.write_table(to_arrow(pd.DataFrame(rows), CLAIM_COLUMNS), path)
    assert unresolved_models(pd.read_parquet(path))["model"].tolist() == ["ZetaNet"]
    out = _run(tmp_path, ["models", "--data", str(path)])[1]
    assert "ensemble method" not in out and "(2 claims describe their system without a name: not listed)" in out


def test_models_errors_are_one_line(tmp_path):
    rc, _, err = _run(tmp_path, ["models", "--data", "missing.parquet"])
    assert rc == 1 and err.count("\n") == 1 and "missing.parquet: no such file" in err
    rc, _, err = _run(tmp_path, ["models", "--data", "missing.parquet", "--top", "-1"])
    assert rc == 1 and "--top" in err
