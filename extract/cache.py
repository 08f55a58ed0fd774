"""The extraction cache behind `claimboard extract --update`.

A run with --update keeps, in the output folder, one line per paper: the paper's key and the
rows the extractor gave it (claims and mentions, before validation, without the paper's
columns). The key is a sha256 of the extractor's own version (a digest of its code and
vocabularies), the limits of the run, and the paper's title and abstract. The next --update
run reuses the rows of every paper whose key is unchanged and extracts the others, so its
output files are byte-identical to a full rebuild over the same inputs (the rows of a paper
depend on nothing else; validation, ids and batching are redone as in a full run).

The cache is a gzip'd JSON Lines file written to a temporary file and committed with the
outputs (extract/outdir.py), so a killed run leaves the previous cache with the previous
outputs. Papers skipped by a limit are not cached (a time budget is not deterministic).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

CACHE_NAME = ".claimboard-cache.jsonl.gz"

_ROOT = Path(__file__).resolve().parents[1]
# what decides the extractor's output: its modules and its vocabularies
_VERSIONED = ["extract/rules.py", "extract/bench_strategies.py", "extract/model_strategies.py", "extract/size_strategies.py", "extract/list_strategies.py", "extract/kinds.py", "extract/mentions.py", "extract/metric_text.py", "extract/patterns.py", "extract/cues.py",
              "extract/names.py", "extract/name_basics.py", "extract/events.py", "extract/own_names.py", "extract/systems.py", "extract/model_names.py", "extract/numbers.py", "extract/text.py", "extract/lexicon.py", "extract/limits.py",
              "extract/spans.py", "extract/rows.py", "extract/scorer.py", "extract/scorer_weights.json",
              "extract/model_ranker.py", "extract/model_ranker_weights.json"]


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """sha256 of the extractor's code and vocabularies: any change of a rule or of its data
    changes it (and with it every paper's key)."""
    h = hashlib.sha256()
    files = [_ROOT / f for f in _VERSIONED] + sorted((_ROOT / "schema" / "vocab").glob("*.csv"))
    for f in files:
        h.update(f.name.encode() + b"\0")
        h.update(f.read_bytes() if f.exists() else b"")
    return h.hexdigest()


def paper_key(title: str, abstract: str, limits_repr: str) -> str:
    h = hashlib.sha256()
    for part in (extractor_digest(), limits_repr, title, abstract):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def load(directory: Path) -> dict[str, tuple[str, list[dict], list[dict], int]]:
    """paper_id -> (key, claims, mentions, mentions dropped); empty when there is no cache
    or it cannot be read (then everything is extracted again)."""
    path = Path(directory) / CACHE_NAME
    out: dict[str, tuple[str, list[dict], list[dict], int]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out[r["id"]] = (r["key"], r["c"], r["m"], r["d"])
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, KeyError):
        return {}   # a damaged cache only costs time
    return out


def write(path: Path, entries: Iterable[tuple[str, str, list[dict], list[dict], int]]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
        for pid, key, c, m, d in entries:
            fh.write(json.dumps({"id": pid, "key": key, "c": c, "m": m, "d": d}, ensure_ascii=False) + "\n")


def entries_lines(entries: Iterable[tuple[str, str, list[dict], list[dict], int]]) -> Iterator[str]:
    for pid, key, c, m, d in entries:
        yield json.dumps({"id": pid, "key": key, "c": c, "m": m, "d": d}, ensure_ascii=False) + "\n"
