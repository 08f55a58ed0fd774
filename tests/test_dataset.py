"""The committed dataset in data/ is what a fresh build from seeds/ gives, and its card
states the true counts."""
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from claimboard.extract.pipeline import run

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, monkeypatch_module):
    out = tmp_path_factory.mktemp("fresh")
    monkeypatch_module.chdir(ROOT)  # source paths are recorded as given: "seeds/..."
    run(["seeds/"], out, quiet=True)
    return out


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.mark.parametrize("name", ["claims.parquet", "mentions.parquet", "rejected.parquet"])
def test_committed_parquet_equals_fresh_build(fresh, name):
    committed = pq.read_table(DATA / name)
    built = pq.read_table(fresh / name)
    assert committed.schema.equals(built.schema, check_metadata=True), f"data/{name}: schema or metadata differ; rebuild with `make data`"
    assert committed.equals(built), f"data/{name} differs from a fresh build of seeds/; rebuild with `make data`"


def test_committed_csv_equals_fresh_build(fresh):
    assert (DATA / "claims.csv").read_bytes() == (fresh / "claims.csv").read_bytes(), "data/claims.csv is stale: `make data`"


def test_card_counts_are_true():
    card = (DATA / "README.md").read_text(encoding="utf-8")
    claims = pq.read_table(DATA / "claims.parquet")
    mentions = pq.read_table(DATA / "mentions.parquet")
    stated = {k: int(v.replace(",", "")) for k, v in
              re.findall(r"\|\s*(claims|mentions|papers with at least one number)\s*\|\s*([\d,]+)\s*\|", card)}
    assert stated.get("claims") == claims.num_rows
    assert stated.get("mentions") == mentions.num_rows
    papers = set(claims.column("paper_id").to_pylist()) | set(mentions.column("paper_id").to_pylist())
    assert stated.get("papers with at least one number") == len(papers)


def test_card_documents_every_column():
    from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS

    card = (DATA / "README.md").read_text(encoding="utf-8")
    for name, _, _ in CLAIM_COLUMNS + MENTION_COLUMNS:
        assert f"`{name}`" in card, f"data/README.md does not document column {name}"
