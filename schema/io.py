"""Writers: Parquet with an explicit Arrow schema and metadata, CSV with formula
neutralisation. Every write goes to a temporary file in the target folder and is then
renamed into place, so a failed run never leaves a half-written file."""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claimboard.schema.columns import arrow_schema, names

# Cells a spreadsheet would evaluate (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


TEMP_SUFFIX = ".tmp"


def temp_beside(path: Path) -> Path:
    """A new, empty temporary file in path's folder, named '.<name>.<random>.tmp', with the
    permissions of an ordinary output (mkstemp makes 0600). The one place temporary output
    files are made: atomic_write_bytes and the output folder's transaction (extract/outdir.py)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~current_umask())
    return Path(tmp)


def atomic_write_bytes(path: Path, data: bytes, durable: bool = False) -> None:
    """Write data to path so that a reader sees the old file or the new one, never a torn one
    (a temporary file renamed into place); durable: fsync'd before the rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def encode_metadata(metadata: dict[str, object] | None) -> dict[bytes, bytes]:
    """Parquet/Arrow metadata: bytes keys, JSON-encoded values (sorted keys: reruns are identical)."""
    return {k.encode(): json.dumps(v, sort_keys=True).encode() for k, v in (metadata or {}).items()}


def to_arrow(df: pd.DataFrame, columns, metadata: dict[str, object] | None = None) -> pa.Table:
    """A table with exactly `columns` (name, type, description) and JSON-encoded metadata."""
    schema = arrow_schema(columns, encode_metadata(metadata))
    arrays = []
    for field in schema:
        if field.name not in df.columns:
            arrays.append(pa.nulls(len(df), type=field.type))
            continue
        col = df[field.name]
        try:
            arrays.append(pa.array(col, type=field.type, from_pandas=True))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            values = [None if _isnull(v) else v for v in col.tolist()]
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    # Fixed options (and no timestamps in the metadata) keep reruns byte-identical.
    pq.write_table(table, buf, compression="zstd", write_statistics=True, use_dictionary=True)
    return buf.getvalue()


def write_parquet(df: pd.DataFrame, columns, path: Path, metadata: dict[str, object] | None = None) -> None:
    atomic_write_bytes(path, parquet_bytes(to_arrow(df, columns, metadata)))


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of df whose text cells cannot run as spreadsheet formulas.

    Text cells starting with = + - @ tab CR or LF get a leading single quote. Numeric
    columns are left numeric: -0.3 in a float column is a number, not a formula.
    """
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        out[col] = s.map(lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_PREFIXES) else v)
    return out


def unneutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Undo neutralise() on a frame read back from CSV."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        out[col] = s.map(lambda v: v[1:] if isinstance(v, str) and v[:1] == "'" and v[1:2] in FORMULA_PREFIXES and v[1:2] else v)
    return out


def csv_bytes(df: pd.DataFrame, header: bool = True) -> bytes:
    """UTF-8 CSV of df after neutralisation (header=False: rows only, to append)."""
    if not header and df.empty:
        return b""
    # CRLF rows (RFC 4180): Python's csv module then quotes any cell holding a bare CR or LF
    return neutralise(df).to_csv(index=False, header=header, lineterminator="\r\n").encode("utf-8")


def write_csv(df: pd.DataFrame, path: Path) -> None:
    atomic_write_bytes(path, csv_bytes(df))


def read_table(path: Path) -> pd.DataFrame:
    return pq.read_table(path).to_pandas()


def _isnull(v) -> bool:
    if v is None or v is pd.NA:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


__all__ = ["atomic_write_bytes", "csv_bytes", "neutralise", "read_table", "to_arrow", "write_csv", "write_parquet", "names"]
