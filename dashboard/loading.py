"""Reading the claims file for the dashboard, with checks first and bounds on memory.

No Streamlit here (unit tested in tests/test_dashboard_bad_data.py). `read_claims(path)`:

1. checks the file before reading any data (`file_problem`): it must exist, be a file,
   be non-empty, be Parquet (footer readable) and have every column of the claims table
   with a compatible type (`schema_problem`, from the footer's schema alone). A failed
   check raises LoadError with one sentence saying what is wrong;
2. decides from the footer's row count, before reading data, how many rows to load:
   at most `max_rows` (MAX_ROWS, or $CLAIMBOARD_MAX_ROWS), the FIRST rows of the file
   in file order, so the same file always gives the same rows;
3. reads only the claims columns (extra columns are never read), in batches sized from
   the footer's byte counts, and cuts every text value longer than MAX_TEXT_CHARS as it
   goes (so a 1 MB string never reaches pandas, a table or a tooltip): evidence keeps the
   window around its number (the number stays in the sentence, so the row still
   validates), ids keep a hash of the full text (two long ids stay distinct), the other
   columns keep their start. The cut values are listed in LoadInfo.cut;
4. stops early, and says so (LoadInfo.stopped_at_bytes), when the loaded (cut) data
   reaches MAX_BYTES.

Peak memory is then bounded by max_rows and MAX_BYTES whatever the file holds. Measured
(peak RSS of one AppTest render): 5,000,000 synthetic claims 9.4 GB before the cap, 2.2 GB
with it (1,000,000 rows loaded); 2,000 rows with 1 MB evidence and titles 14.7 GB before
(read + validate), 0.45 GB now; 200,000 rows with ten 3,000-character text columns stop
at the 512 MiB budget (29,575 rows) at 2.9 GB.

`validate(frame)` gives what schema.validate.validate_claims gives, without pandera when
`quick_check` (the schema's checks restated vectorised; tests/test_quick_validation.py
holds them equal) vouches for every row: 0.03 s instead of 1.1 s for the 60 seed claims
(pandera's import and schema build), 0.27 s instead of 2.8 s for 200,000 claims.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from claimboard.schema.columns import CLAIM_COLUMNS, OPTIONAL_COLUMNS, arrow_schema, names

# Rows loaded at most (the first rows of the file); more are left out with a warning.
# 1,000,000 synthetic claims take about 1.8 GB and 10 s to read and validate (2.2 GB for
# the dashboard's whole first render); 5,000,000 took 7.2 GB and 39 s to read and validate.
MAX_ROWS = 1_000_000
# Environment variable that overrides MAX_ROWS (a positive integer), e.g. for a big machine.
MAX_ROWS_ENV = "CLAIMBOARD_MAX_ROWS"
# Longest text value kept (characters); longer values are cut, with "…" where text was left out.
MAX_TEXT_CHARS = 2_000
# Arrow bytes of loaded (already cut) data after which reading stops: about 1,600,000
# synthetic claims, so MAX_ROWS binds first for ordinary files; this binds for rows that
# are wide even after the cut.
MAX_BYTES = 512 << 20
# Target size of one batch read from the file (uncompressed bytes, from the footer).
BATCH_BYTES = 8 << 20
BATCH_ROWS = 65_536
ELLIPSIS = "…"

TARGET_SCHEMA = arrow_schema(CLAIM_COLUMNS)
COLUMNS = names(CLAIM_COLUMNS)
_ID_COLUMNS = ("claim_id", "paper_id")
_STRING_COLUMNS = tuple(f.name for f in TARGET_SCHEMA if pa.types.is_string(f.type))


class LoadError(Exception):
    """The claims file cannot be shown; str(err) is one sentence saying why."""


@dataclass
class LoadInfo:
    """What read_claims left out or changed, for the page to say so."""

    total_rows: int  # rows in the file (footer)
    loaded_rows: int  # rows read (the first ones of the file)
    max_rows: int  # the row cap that applied
    stopped_at_bytes: bool = False  # reading stopped at max_bytes before max_rows
    max_chars: int = MAX_TEXT_CHARS  # the text width that applied
    # one row per cut text value: key (claim_key of the claim_id as loaded, i.e. cut too
    # if it was long: a hash, so this table stays small), column, chars (the full length)
    cut: pd.DataFrame = field(default_factory=lambda: _cut_frame([], [], []))

    @property
    def truncated(self) -> bool:
        return self.loaded_rows < self.total_rows

    @property
    def n_cut(self) -> int:
        return len(self.cut)

    def cut_columns(self) -> list[str]:
        return sorted(set(self.cut["column"].astype(str)))

    def longest_cut(self) -> int:
        return int(self.cut["chars"].max()) if len(self.cut) else 0

    def cut_chars(self, claim_id: str, column: str) -> int | None:
        """Length of the full value of `column` in claim `claim_id` when it was cut, else None."""
        if self.cut.empty:
            return None
        key = claim_key([claim_id])[0]
        hit = self.cut.loc[(self.cut["key"] == key) & (self.cut["column"] == column), "chars"]
        return int(hit.iloc[0]) if len(hit) else None


def claim_key(claim_ids) -> np.ndarray:
    """A 64-bit hash of each claim_id (how LoadInfo.cut names claims)."""
    return pd.util.hash_array(np.asarray(list(claim_ids), dtype=object))


def _cut_frame(keys, columns, chars) -> pd.DataFrame:
    return pd.DataFrame({"key": pd.Series(keys, dtype="uint64"), "column": pd.Series(columns, dtype="category"),
                         "chars": pd.Series(chars, dtype="int64")})


def row_cap(environ=None) -> int:
    """MAX_ROWS, or $CLAIMBOARD_MAX_ROWS when that is a positive integer."""
    raw = (os.environ if environ is None else environ).get(MAX_ROWS_ENV, "")
    try:
        value = int(str(raw).replace(",", "").replace("_", "").strip())
    except ValueError:
        return MAX_ROWS
    return value if value > 0 else MAX_ROWS


# --------------------------------------------------------------------------- checks


def _family(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_null(t):
        return "null"
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "float"
    return "other"


# Arrow type families a column of each expected type may have in the file (an all-null
# column may be written with the null type).
_ACCEPTED = {"string": {"string", "null"}, "float": {"float", "int", "null"}, "int": {"int", "null"},
             "bool": {"bool", "null"}}


def schema_problem(schema: pa.Schema) -> str | None:
    """None when `schema` (a Parquet file's Arrow schema) has every claims column with a
    compatible type; else one sentence naming the missing columns and the wrong types."""
    have = {f.name: f.type for f in schema}
    # a file written before schema 1.1 (1.2) has no identity columns (confidence_features): read as empty
    missing = [c for c in COLUMNS if c not in have and c not in OPTIONAL_COLUMNS]
    wrong = []
    for f in TARGET_SCHEMA:
        if f.name in have and _family(have[f.name]) not in _ACCEPTED[_family(f.type)]:
            wrong.append(f"{f.name} is {short(str(have[f.name]), 60)} (expected {f.type})")
    if not missing and not wrong:
        return None
    parts = []
    if missing:
        shown = missing if len(missing) <= 8 else missing[:8] + [f"and {len(missing) - 8} more"]
        parts.append(f"missing columns: {', '.join(shown)} ({len(missing)} of the {len(COLUMNS)} claims columns)")
    if wrong:
        shown = wrong if len(wrong) <= 6 else wrong[:6] + [f"and {len(wrong) - 6} more"]
        parts.append(f"wrong column types: {'; '.join(shown)}")
    return "it is not a claims table: " + "; ".join(parts)


def _open(path: Path) -> pq.ParquetFile:
    """The file's Parquet reader, or LoadError saying why there is none."""
    path = Path(path)
    if not path.exists():
        raise LoadError("there is no such file")
    if path.is_dir():
        raise LoadError("it is a folder, not a file")
    try:
        size = path.stat().st_size
    except OSError as err:
        raise LoadError(f"it cannot be read ({short(err.strerror or str(err))})") from None
    if size == 0:
        raise LoadError("the file is empty (0 bytes), so it is not a Parquet file")
    try:
        # pre_buffer=False: column chunks are read page by page, not a whole row group at once
        return pq.ParquetFile(path, pre_buffer=False)
    except PermissionError as err:
        raise LoadError(f"it cannot be read ({short(err.strerror or str(err))})") from None
    except (pa.ArrowException, OSError, ValueError) as err:
        raise LoadError(_not_parquet(err)) from None


def file_problem(path: Path) -> str | None:
    """None when the file at path looks like a claims Parquet file (footer only, no data
    read); else one sentence saying what is wrong."""
    try:
        pf = _open(path)
        return schema_problem(pf.schema_arrow)
    except LoadError as err:
        return str(err)
    except (pa.ArrowException, OSError, ValueError) as err:  # a footer that cannot be turned into a schema
        return _not_parquet(err)


def _not_parquet(err: Exception) -> str:
    detail = str(err)
    if "magic bytes" in detail:  # pyarrow's words for "no Parquet footer"
        detail = "it has no Parquet footer: it is cut short, damaged, or in another format such as CSV"
    return f"it is not a Parquet file ({short(detail)})"


# --------------------------------------------------------------------------- reading


def _batch_rows(pf: pq.ParquetFile, budget: int = BATCH_BYTES) -> int:
    """Rows per batch so that one batch is about `budget` uncompressed bytes (from the
    footer's byte counts of the widest row group), between 1 and BATCH_ROWS."""
    md = pf.metadata
    per_row = 0.0
    for i in range(md.num_row_groups):
        rg = md.row_group(i)
        if rg.num_rows:
            per_row = max(per_row, rg.total_byte_size / rg.num_rows)
    if per_row <= 0:
        return BATCH_ROWS
    return int(max(1, min(BATCH_ROWS, budget // per_row)))


def read_claims(path: Path, *, max_rows: int | None = None, max_bytes: int | None = None,
                max_chars: int | None = None) -> tuple[pd.DataFrame, LoadInfo]:
    """(frame, info): the first rows (at most max_rows) of the claims file at path, with
    the claims columns as schema.io.read_table would give them, long text cut.

    Raises LoadError (one sentence) for a file that is not a claims Parquet file or
    whose data pages cannot be read.
    """
    max_rows = row_cap() if max_rows is None else int(max_rows)
    max_bytes = MAX_BYTES if max_bytes is None else int(max_bytes)
    max_chars = MAX_TEXT_CHARS if max_chars is None else int(max_chars)
    pf = _open(Path(path))
    problem = schema_problem(pf.schema_arrow)
    if problem:
        raise LoadError(problem)
    total = pf.metadata.num_rows
    want = min(total, max_rows)
    batches: list[pa.RecordBatch] = []
    cut_parts: list[pd.DataFrame] = []
    n = nbytes = 0
    stopped = False
    try:
        present = [c for c in COLUMNS if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=_batch_rows(pf), columns=present, use_threads=False) if want else ():
            if len(batch) > want - n:
                batch = batch.slice(0, want - n)
            batch = _conform(batch)
            batch, cuts = cut_long_text(batch, max_chars)
            if cuts is not None:
                cut_parts.append(cuts)
            batches.append(batch)
            n += len(batch)
            nbytes += batch.nbytes
            if n >= want:
                break
            if nbytes >= max_bytes:
                stopped = True
                break
    except (pa.ArrowException, OSError) as err:  # the footer was fine, the data pages are not
        raise LoadError(f"its data cannot be read after row {n:,}, so the file is damaged "
                        f"({type(err).__name__}: {short(str(err))})") from None
    table = pa.Table.from_batches(batches, schema=TARGET_SCHEMA) if batches else TARGET_SCHEMA.empty_table()
    batches.clear()
    frame = table.to_pandas(self_destruct=True, split_blocks=True)  # frees Arrow buffers as it converts
    del table
    pa.default_memory_pool().release_unused()  # give the decoding buffers back to the system
    info = LoadInfo(total_rows=total, loaded_rows=len(frame), max_rows=max_rows, stopped_at_bytes=stopped,
                    max_chars=max_chars)
    if cut_parts:
        info.cut = pd.concat(cut_parts, ignore_index=True)
        info.cut["column"] = info.cut["column"].astype("category")
    return frame, info


def _conform(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with the claims columns in order and of their exact types (int32 ->
    int64, dictionary -> string, null -> the column's type, ...)."""
    arrays = []
    for f in TARGET_SCHEMA:
        if f.name not in batch.schema.names:   # an identity column of schema 1.1, absent from an older file
            arrays.append(pa.nulls(len(batch), f.type))
            continue
        col = batch.column(f.name)
        if pa.types.is_dictionary(col.type):
            col = col.dictionary_decode()
        if col.type != f.type:
            col = col.cast(f.type)
        arrays.append(col)
    return pa.RecordBatch.from_arrays(arrays, schema=TARGET_SCHEMA)


# --------------------------------------------------------------------------- long text


def cut_text(text: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """text's start, with ELLIPSIS at the end, at most max_chars long."""
    if len(text) <= max_chars:
        return text
    return text[: max(0, max_chars - 1)] + ELLIPSIS


def cut_id(text: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """A long id cut, ending in a hash of the full id (two long ids stay distinct)."""
    if len(text) <= max_chars:
        return text
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return text[: max(0, max_chars - len(digest) - 1)] + ELLIPSIS + digest


def cut_around(text: str, needle: str | None, max_chars: int = MAX_TEXT_CHARS) -> str:
    """text cut to at most max_chars around the first occurrence of needle (ELLIPSIS
    where text was left out), so the needle stays in the text; the start when needle is
    not in text or is itself too long."""
    if len(text) <= max_chars:
        return text
    if not needle:
        return cut_text(text, max_chars)
    i = text.find(needle)
    if i < 0 or len(needle) > max_chars - 2:
        return cut_text(text, max_chars)
    room = max_chars - 2 - len(needle)  # two ellipses at most
    start = max(0, i - room // 2)
    end = min(len(text), start + len(needle) + room)
    start = max(0, end - len(needle) - room)
    return (ELLIPSIS if start > 0 else "") + text[start:end] + (ELLIPSIS if end < len(text) else "")


def cut_long_text(batch: pa.RecordBatch, max_chars: int = MAX_TEXT_CHARS) -> tuple[pa.RecordBatch, pd.DataFrame | None]:
    """The batch with every string value longer than max_chars cut (see the module
    docstring), and (key, column, chars) of each cut value (None when none is).

    Only evidence and the ids go through Python, one long value at a time; the other
    columns are cut by Arrow kernels (no Python string of the full value is made)."""
    # a value has at most as many characters as bytes: a column whose longest value has at
    # most max_chars bytes (nearly every column) is not decoded (binary_length reads offsets only)
    maybe = [c for c in _STRING_COLUMNS if (pc.max(pc.binary_length(batch.column(c))).as_py() or 0) > max_chars]
    lengths = {c: pc.utf8_length(batch.column(c)) for c in maybe}
    masks = {c: pc.fill_null(pc.greater(lengths[c], max_chars), False) for c in maybe}
    long_cols = [c for c in maybe if pc.any(masks[c]).as_py()]
    if not long_cols:
        return batch, None
    columns = {f.name: batch.column(f.name) for f in TARGET_SCHEMA}
    rows, cols, chars = [], [], []
    for c in long_cols:
        col, idx = columns[c], pc.indices_nonzero(masks[c])
        if c == "evidence" or c in _ID_COLUMNS:
            needles = batch.column("value_text").take(idx).to_pylist() if c == "evidence" else None
            short = []
            for k, i in enumerate(idx.to_pylist()):
                text = col[i].as_py()
                short.append(cut_around(text, needles[k], max_chars) if needles is not None else cut_id(text, max_chars))
                del text
            columns[c] = _scatter(col, idx, pa.array(short, pa.string()))
        else:
            head = pc.binary_join_element_wise(pc.utf8_slice_codeunits(col, 0, max(0, max_chars - 1)), ELLIPSIS, "")
            columns[c] = pc.if_else(masks[c], head, col)
        rows += idx.to_pylist()
        cols += [c] * len(idx)
        chars += lengths[c].take(idx).to_pylist()
    out = pa.RecordBatch.from_arrays([columns[f.name] for f in TARGET_SCHEMA], schema=TARGET_SCHEMA)
    keys = claim_key(out.column("claim_id").take(pa.array(rows, pa.int64())).to_pylist())
    return out, _cut_frame(keys, cols, chars)


def _scatter(column: pa.Array, positions: pa.Array, values: pa.Array) -> pa.Array:
    """column with column[positions[k]] replaced by values[k] (a new array: the
    replaced values are not kept)."""
    take = np.arange(len(column), dtype=np.int64)
    take[positions.to_numpy(zero_copy_only=False)] = len(column) + np.arange(len(values), dtype=np.int64)
    return pa.concat_arrays([column, values]).take(pa.array(take))


def short(text: str, n: int = 200) -> str:
    """text on one line, cut to n characters (for messages)."""
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + ELLIPSIS


# --------------------------------------------------------------------------- quick validation


def _no_rejects() -> pd.DataFrame:
    from claimboard.schema.columns import REJECT_COLUMNS

    return pd.DataFrame([], columns=names(REJECT_COLUMNS))


# ClaimsSchema (schema/validate.py) restated for quick_check, per column: (nullable, unique,
# checks as (pandera's check name, its argument)), and the names of its checks across
# columns (each restated in _frame_checks_pass). tests/test_quick_validation.py holds both
# equal to the schema's own description, so a change of the schema fails there until it is
# restated here too.
QUICK_COLUMNS: dict[str, tuple[bool, bool, tuple[tuple[str, object], ...]]] = {
    "claim_id": (False, True, (("str_length", 1),)),
    "paper_id": (False, False, (("str_length", 1),)),
    "paper_title": (False, False, (("str_length", 1),)),
    "source": (False, False, ()),
    "model": (True, False, ()),
    "model_id": (True, False, ()),
    "model_family": (True, False, ()),
    "model_role": (True, False, (("isin", ("proposed", "baseline", "human", "unnamed")),)),
    "base_model_id": (True, False, ()),
    "params_b": (True, False, (("greater_than", 0), ("less_than", 10000))),
    "active_params_b": (True, False, (("greater_than", 0), ("less_than", 10000))),
    "params_source": (True, False, (("isin", ("text", "name", "registry")),)),
    "benchmark": (False, False, (("str_length", 1),)),
    "benchmark_known": (False, False, ()),
    "category": (True, False, ()),
    "subset": (True, False, ()),
    "setting": (True, False, ()),
    "metric": (False, False, (("str_length", 1),)),
    "value": (False, False, ()),
    "value_high": (True, False, ()),
    "value_text": (False, False, (("str_length", 1),)),
    "unit": (True, False, (("isin", ("%", "pp")),)),
    "kind": (False, False, (("isin", ("score", "delta", "relative")),)),
    "qualifier": (True, False, (("isin", ("up to", "about", "average", "at least", "below", "within")),)),
    "evidence": (False, False, (("str_length", 1),)),
    "char_start": (False, False, (("greater_than_or_equal_to", 0),)),
    "char_end": (False, False, (("greater_than_or_equal_to", 1),)),
    "extractor": (False, False, (("str_matches", r"^[a-z][a-z0-9-]*@\d+(?:\.[0-9a-f]{8})?$"),)),
    "confidence": (False, False, (("greater_than_or_equal_to", 0), ("less_than_or_equal_to", 1))),
    "confidence_features": (True, False, ()),
    "decided_by": (True, False, ()),
}
QUICK_FRAME_CHECKS = ("offsets_span_value", "value_in_evidence", "percent_scores_in_range",
                      "score_within_benchmark_scale", "params_source_with_params", "active_not_above_total")
_QUICK_DTYPES: dict[str, object] = {}


def _check_passes(values: pd.Series, name: str, arg, missing: pd.Series | None) -> bool:
    """Check `name` holds on every value (a missing value passes: `missing` marks them)."""
    if name == "str_length":
        ok = values.str.len() >= arg
    elif name == "isin":
        ok = values.isin(arg)
    elif name == "str_matches":
        ok = values.str.match(arg, na=False)
    elif name == "greater_than":
        ok = values > arg
    elif name == "less_than":
        ok = values < arg
    elif name == "greater_than_or_equal_to":
        ok = values >= arg
    elif name == "less_than_or_equal_to":
        ok = values <= arg
    else:
        return False  # a check not restated here: never vouched for
    ok = ok.fillna(False).astype(bool)
    return bool((ok | missing).all() if missing is not None else ok.all())


def _frame_checks_pass(df: pd.DataFrame) -> bool:
    """ClaimsSchema's checks across columns, vectorised (the frame has no nulls where the
    schema allows none)."""
    from claimboard.schema.vocab import benchmark_index

    width = df["char_end"] - df["char_start"]
    if not ((width > 0) & (width == df["value_text"].str.len())).all():  # offsets_span_value
        return False
    if not all(t in e for t, e in zip(df["value_text"].tolist(), df["evidence"].tolist())):  # value_in_evidence
        return False
    pct = (df["kind"] == "score") & (df["unit"] == "%")  # percent_scores_in_range
    in_range = df["value"].between(0, 100) & (df["value_high"].isna() | df["value_high"].between(0, 100))
    if not (~pct | in_range).all():
        return False
    # score_within_benchmark_scale: a score (not in %) of a benchmark with a scale lies in 0..top
    index = benchmark_index()
    names_ = pd.Series(df["benchmark"].unique())
    tops = {n: (100.0 if b.scale == 1 else float(b.scale))
            for n in names_.tolist() if (b := index.get(str(n).lower())) is not None and b.scale is not None}
    scored = (df["kind"] == "score") & ~(df["unit"] == "%") & df["benchmark"].isin(list(tops))
    if scored.any():
        rows = df.loc[scored]
        top = rows["benchmark"].map(tops).astype(float)
        if not ((rows["value"] >= 0) & (rows["value"] <= top)).all():
            return False
    if not (df["params_b"].isna() == df["params_source"].isna()).all():  # params_source_with_params
        return False
    both = df["params_b"].notna() & df["active_params_b"].notna()  # active_not_above_total
    return bool((~both | (df["active_params_b"] <= df["params_b"])).all())


def quick_check(frame: pd.DataFrame) -> bool:
    """True when every row of `frame` surely passes schema.validate.ClaimsSchema and
    validate_claims would return it unchanged: the claims columns in order with the dtypes
    read_claims gives them, and every check of the schema (restated vectorised in
    QUICK_COLUMNS and _frame_checks_pass) holding on every row. False says nothing about
    which rows fail (validate_claims says that). No pandera: its import and schema build
    cost about a second on the first call."""
    if not _QUICK_DTYPES:
        _QUICK_DTYPES.update(TARGET_SCHEMA.empty_table().to_pandas().dtypes.to_dict())
    if list(frame.columns) != COLUMNS or len(frame) == 0 or len(QUICK_COLUMNS) != len(COLUMNS):
        return False
    if any(frame[c].dtype != _QUICK_DTYPES[c] for c in COLUMNS):
        return False
    for col, (nullable, unique, checks) in QUICK_COLUMNS.items():
        values = frame[col]
        missing = values.isna()
        if not missing.any():
            missing = None
        elif not nullable:
            return False
        if unique and values.duplicated().any():  # not nullable: no missing values here
            return False
        if not all(_check_passes(values, name, arg, missing) for name, arg in checks):
            return False
    return _frame_checks_pass(frame)


def validate(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, rejects) of a frame from read_claims, as schema.validate.validate_claims
    gives them: the frame itself (index reset) and no rejects when quick_check vouches for
    every row (a file claimboard wrote: 0.1 s for 200,000 rows, and pandera is not even
    imported), else validate_claims' own answer (exact rejects)."""
    if quick_check(frame):
        return frame.reset_index(drop=True), _no_rejects()
    from claimboard.schema.validate import validate_claims

    return validate_claims(frame)
