"""Refresh the counts section of a dataset card (data/README.md) from the built files.

usage: python -m claimboard.extract.card data/
The section between <!-- counts --> and <!-- /counts --> is replaced; the rest of the card
is hand-written."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pyarrow.parquet as pq

START, END = "<!-- counts -->", "<!-- /counts -->"


def counts_markdown(data_dir: Path) -> str:
    claims = pq.read_table(data_dir / "claims.parquet").to_pandas()
    mentions = pq.read_table(data_dir / "mentions.parquet").to_pandas()
    rejected = pq.read_table(data_dir / "rejected.parquet")
    papers = len(set(claims["paper_id"]) | set(mentions["paper_id"]))
    lines = ["| what | count |", "|---|---|",
             f"| papers with at least one number | {papers} |", f"| claims | {len(claims)} |", f"| mentions | {len(mentions)} |",
             f"| rejected rows | {rejected.num_rows} |", "",
             "| claims by kind | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in claims["kind"].value_counts().sort_index().items()]
    lines += ["", "| mentions by class | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in mentions["mention_class"].value_counts().sort_index().items()]
    lines += ["", f"{claims['benchmark'].nunique()} distinct benchmarks, "
              f"{claims['model'].nunique()} distinct model names; "
              f"{int(claims['params_b'].notna().sum())} claims with a known size."]
    return "\n".join(lines)


def update_card(data_dir: Path) -> None:
    card = data_dir / "README.md"
    text = card.read_text(encoding="utf-8")
    block = f"{START}\n{counts_markdown(data_dir)}\n{END}"
    if START in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.DOTALL)
    else:
        raise SystemExit(f"{card}: no {START} ... {END} section to refresh")
    card.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update_card(Path(sys.argv[1] if len(sys.argv) > 1 else "data"))
