"""Claims from a pandas DataFrame of papers: the extractor as a function for other engines.

`extract_frame` does to a frame of papers what `claimboard extract` does to a batch of them
(extract, validate, send rejected claims to the mentions ledger), and returns the rows that
would go to claims.parquet and mentions.parquet, with the same columns and dtypes as
`pandas.read_parquet` gives for those files. It reads and writes no files, so it can run
wherever pandas does: a Spark `mapInPandas`, a Dask `map_partitions`, a notebook.

Spark, with claimboard installed on the executors (column names as in the JSON Lines input)::

    from pyspark.sql.pandas.types import from_arrow_schema
    from claimboard.extract.frame import extract_frame
    from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS, arrow_schema

    papers = spark.read.json("papers.jsonl").select("id", "title", "abstract")
    claims = papers.mapInPandas(lambda frames: (extract_frame(pdf)[0] for pdf in frames),
                                schema=from_arrow_schema(arrow_schema(CLAIM_COLUMNS)))
    claims.write.parquet("claims/")
    # the ledger of the other numbers: [1] and MENTION_COLUMNS
    mentions = papers.mapInPandas(lambda frames: (extract_frame(pdf)[1] for pdf in frames),
                                  schema=from_arrow_schema(arrow_schema(MENTION_COLUMNS)))

Each frame is extracted on its own: paper ids are made unique within a frame (a repeated id
gets -2, -3, ...), not across frames, so give every paper its own `id` when the frames are
partitions of one corpus.
"""
from __future__ import annotations

import pandas as pd

from claimboard.extract.pipeline import Limits, _dedupe_ids, extract_validated
from claimboard.extract.readers import Issue, _missing_fields, _paper
from claimboard.schema.columns import CLAIM_COLUMNS, MENTION_COLUMNS
from claimboard.schema.io import to_arrow

__all__ = ["extract_frame", "Limits"]

DEFAULT_SOURCE = "dataframe"


def extract_frame(df: pd.DataFrame, limits: Limits = Limits(),
                  issues: list[Issue] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, mentions) of the papers in df, validated, as claimboard extract writes them.

    df has one paper a row: columns `title` and `abstract`, optional `paper_id` (or `id`;
    without one, a slug of the title, as for the file inputs), `url`, `date` and `source`
    (default "dataframe"); other columns are ignored. The claims frame has the columns of
    schema.columns.CLAIM_COLUMNS, the mentions frame those of MENTION_COLUMNS (claims that
    fail validation are in it, with the failed check as the reason), in paper order; the dtypes
    are those pandas.read_parquet gives for claims.parquet and mentions.parquet.

    A row without a title or abstract, and a paper over a limit (limits: extract.pipeline.Limits,
    as --max-chars and --paper-seconds; the time budget applies in the main thread only) or on
    which the extractor fails, gives no rows: each is appended to `issues` when given, with
    where = "row LABEL" (the row's index label) or "paper ID". A frame without `title` or
    `abstract` columns raises ValueError. Pure: no files are read or written.
    """
    missing = [c for c in ("title", "abstract") if c not in df.columns]
    if missing:
        raise ValueError(f"extract_frame needs the columns title and abstract (missing: {', '.join(missing)})")
    errors: list[Issue] = [] if issues is None else issues
    papers = list(_dedupe_ids(_papers(df, errors)))
    claims, mentions, _ = extract_validated(papers, errors, limits)
    return to_arrow(claims, CLAIM_COLUMNS).to_pandas(), to_arrow(mentions, MENTION_COLUMNS).to_pandas()


def _papers(df: pd.DataFrame, errors: list[Issue]):
    """A Paper for each usable row; the others go to errors, as the file readers report them."""
    id_col = "paper_id" if "paper_id" in df.columns else "id" if "id" in df.columns else None
    for label, row in zip(df.index, df.to_dict("records")):
        rec = {k: None if _isna(v) else v for k, v in row.items()}
        source = str(rec.get("source") or DEFAULT_SOURCE)
        problem = _missing_fields(rec)
        if problem:
            errors.append(Issue(source, f"row {label}", problem + "; skipped"))
            continue
        yield _paper(source, rec["title"], rec["abstract"], rec.get(id_col) if id_col else None,
                     _text(rec.get("url")), _text(rec.get("date")))


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # lists and arrays (a Spark array column) are values
        return False


def _text(v) -> str | None:
    return None if v is None else str(v)
