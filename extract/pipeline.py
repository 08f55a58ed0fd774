"""The main job: inputs -> claims.parquet, mentions.parquet, rejected.parquet, claims.csv,
models.parquet (one row per registry model in the claims), skipped.jsonl.

Papers are read and extracted in batches; each batch is validated and appended to the
Parquet files as a row group, so memory stays bounded on large corpora. Outputs are
written to temporary files and renamed into place only when the whole run succeeded."""
from __future__ import annotations

import functools
import gzip
import json
import logging
import math
import signal
import sys
import threading
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd
import pyarrow.parquet as pq

from claimboard.extract import __version__, cache
from claimboard.extract.cache import paper_key
from claimboard.extract.limits import MAX_ABSTRACT_CHARS, MAX_MENTIONS_PER_PAPER, PAPER_SECONDS
from claimboard.extract.models_table import MODELS_NAME, ModelTally
from claimboard.extract.outdir import OutputDir, kill_point
from claimboard.extract.readers import Filters, Issue, Paper, check_input, collect_files, no_paper_matches, stream_papers
from claimboard.extract.rules import extract_abstract, extract_paper
from claimboard.schema.columns import (
    CLAIM_COLUMNS,
    MENTION_COLUMNS,
    MODEL_COLUMNS,
    REJECT_COLUMNS,
    SCHEMA_VERSION,
    arrow_schema,
    names,
)
from claimboard.schema.io import csv_bytes, encode_metadata, parquet_bytes, to_arrow
from claimboard.schema.validate import validate_claims

BATCH_PAPERS = 2000
MIN_BATCH = 250  # smaller inputs are cut into 8 batches or more (so that --jobs has work to share)


def batch_size_for(total: int) -> int:
    """Papers per batch when none is given: 2000, or fewer for small inputs (total/8, at
    least 250), so that worker processes get several batches each instead of one idle tail.
    It depends on the input only, never on --jobs: the row groups, and so the bytes of the
    Parquet files, are the same for any number of jobs."""
    return min(BATCH_PAPERS, max(MIN_BATCH, math.ceil(total / 8)))


@dataclass
class Report:
    papers: int = 0
    files: int = 0
    claims: int = 0
    mentions: int = 0
    rejected: int = 0
    mention_classes: Counter = field(default_factory=Counter)
    issues: list[Issue] = field(default_factory=list)
    seconds: float = 0.0
    update_counts: Counter = field(default_factory=Counter)   # --update: new, changed, unchanged, removed

    def lines(self) -> list[str]:
        out = [
            f"papers read: {self.papers} (from {self.files} file{'s' if self.files != 1 else ''})",
            f"claims: {self.claims}",
            f"mentions: {self.mentions}" + (
                " (" + ", ".join(f"{k}: {v}" for k, v in sorted(self.mention_classes.items())) + ")" if self.mentions else ""),
            f"rows rejected by validation: {self.rejected}",
            f"papers skipped: {sum(1 for i in self.issues if i.kind == 'skipped')}",
        ]
        if self.update_counts:
            c = self.update_counts
            out.append(f"papers new: {c['new']}, changed: {c['changed']}, unchanged: {c['unchanged']} (rows reused), "
                       f"removed: {c['removed']}")
        capped = [i for i in self.issues if i.kind == "mentions capped"]
        if capped:
            out.append(f"papers with mentions over the per-paper cap: {len(capped)}")
        return out


@dataclass(frozen=True)
class Limits:
    """Per-paper bounds (extract/limits.py documents each); 0 lifts a limit."""
    max_chars: int = MAX_ABSTRACT_CHARS
    paper_seconds: float = PAPER_SECONDS
    max_mentions: int = MAX_MENTIONS_PER_PAPER

    def cache_repr(self) -> str:
        """What of the limits decides a paper's rows (the time budget only skips)."""
        return f"max_chars={self.max_chars};max_mentions={self.max_mentions}"


class PaperTimeout(Exception):
    pass


@contextmanager
def _time_budget(seconds: float):
    """Raise PaperTimeout in this block after `seconds` (SIGALRM: Unix, main thread only;
    elsewhere the block runs unbounded)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise PaperTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_papers(papers: list[Paper], errors: list[Issue] | None = None,
                   limits: Limits = Limits(), cached: dict | None = None,
                   keep: list | None = None) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Claim and mention rows (with paper columns and ids) for a batch of papers. A paper
    that is over a limit or on which the extractor fails is reported in errors (or raises
    when errors is None); mentions over the per-paper cap are counted, as an Issue too.
    cached (paper_id -> (key, claims, mentions, dropped), extract/cache.py): a paper whose
    key is unchanged takes its rows from there; keep, when given, collects every paper's
    (paper_id, key, claims, mentions, dropped) for the next cache."""
    claims, mentions, abstracts = [], [], {}
    for p in papers:
        key = None
        try:
            if limits.max_chars and len(p.abstract) > limits.max_chars:
                raise _Skip(f"abstract of {len(p.abstract):,} characters is over the limit of "
                            f"{limits.max_chars:,} (--max-chars); skipped")
            try:
                hit = None
                if cached is not None or keep is not None:
                    key = paper_key(p.title, p.abstract, limits.cache_repr())
                    hit = (cached or {}).get(p.paper_id)
                if hit is not None and hit[0] == key:
                    _, c, m, dropped = hit
                else:
                    with _time_budget(limits.paper_seconds):
                        typed_c, typed_m, dropped = extract_paper(p.title, p.abstract, limits.max_mentions)
                    c, m = [r.as_row() for r in typed_c], [r.as_row() for r in typed_m]
            except PaperTimeout:
                raise _Skip(f"extraction took over {limits.paper_seconds:g} s (--paper-seconds); skipped") from None
            except Exception as err:  # one paper must not cost the others their rows
                raise _Skip(f"extractor error ({err.__class__.__name__}: {err}); skipped") from None
        except _Skip as skip:
            if errors is None:
                raise ValueError(f"paper {p.paper_id}: {skip}") from None
            errors.append(Issue(p.source, f"paper {p.paper_id}", str(skip)))
            continue
        if keep is not None:
            keep.append((p.paper_id, key, c, m, dropped))
        if dropped and errors is not None:
            errors.append(Issue(p.source, f"paper {p.paper_id}",
                                f"{dropped:,} mentions over the cap of {limits.max_mentions:,} per paper not kept "
                                "(claims kept)", kind="mentions capped"))
        abstracts[p.paper_id] = p.abstract
        paper_cols = {"paper_id": p.paper_id, "paper_title": p.title, "source": p.source}
        seen: Counter = Counter()
        for row in c:
            key = f"{p.paper_id}:{row['char_start']}"
            seen[key] += 1
            claims.append({"claim_id": f"{key}:{seen[key]}", **paper_cols, **row})
        for row in m:
            mentions.append({"mention_id": f"{p.paper_id}:{row['char_start']}", **paper_cols, **row})
    return claims, mentions, abstracts


class _Skip(Exception):
    pass


def _warm_up() -> None:
    """Compile the vocabularies and set pandera up once, before worker processes are forked
    (they inherit it instead of each paying for it)."""
    extract_abstract("Warm-up", "We evaluate GPT-4 on MMLU and reach 86.4% accuracy.")
    validate_claims(pd.DataFrame([], columns=names(CLAIM_COLUMNS)), {})


def extract_validated(papers: list[Paper], errors: list[Issue], limits: Limits = Limits(), cached: dict | None = None,
                      keep: list | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Extract a batch of papers and validate its claims: (valid claims, mentions, rejects) as
    frames with CLAIM_COLUMNS, MENTION_COLUMNS and REJECT_COLUMNS; errors, limits, cached and
    keep as for extract_papers. Shared by the pipeline's workers and extract.frame."""
    claims, mentions, abstracts = extract_papers(papers, errors, limits, cached, keep)
    cdf = pd.DataFrame(claims, columns=names(CLAIM_COLUMNS))
    valid, rejects = validate_claims(cdf, abstracts)
    if len(rejects):
        # a rejected claim is still a number read: it goes to the ledger with the failed check
        failed = rejects.groupby("claim_id", sort=False)["check"].apply(lambda c: "; ".join(dict.fromkeys(c)))
        for row in claims:
            if row["claim_id"] in failed.index:
                mentions.append({
                    "mention_id": row["claim_id"].rsplit(":", 1)[0], "paper_id": row["paper_id"],
                    "paper_title": row["paper_title"], "source": row["source"], "value": row["value"],
                    "value_text": row["value_text"], "unit": row["unit"], "mention_class": "other",
                    "reason": f"claim rejected by validation: {failed[row['claim_id']]}", "rule": "validation",
                    "evidence": row["evidence"], "char_start": row["char_start"], "char_end": row["char_end"],
                })
        mentions.sort(key=lambda m: (m["paper_id"], m["char_start"]))
    return valid, pd.DataFrame(mentions, columns=names(MENTION_COLUMNS)), rejects


def _process(item, csv: bool = False, limits: Limits = Limits(), update: bool = False):
    """Worker: extract and validate one batch (item: papers, or (papers, cached rows) with
    update); returns Arrow tables (cheap to pickle) and, with csv, the batch's CSV rows (made
    in the worker: neutralising cells is not free), and with update the batch's cache lines."""
    papers, cached = item if update else (item, None)
    errors: list[Issue] = []
    keep: list | None = [] if update else None
    valid, mdf, rejects = extract_validated(papers, errors, limits, cached, keep)
    claims_t = to_arrow(valid, CLAIM_COLUMNS)
    return (
        claims_t,
        csv_bytes(claims_t.to_pandas(), header=False) if csv else b"",
        to_arrow(mdf, MENTION_COLUMNS),
        to_arrow(rejects, REJECT_COLUMNS),
        Counter(mdf["mention_class"]) if len(mdf) else Counter(),
        len(papers),
        errors,
        "".join(cache.entries_lines(keep)).encode("utf-8") if keep is not None else b"",
    )


def _batches(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    batch: list[Paper] = []
    for p in papers:
        batch.append(p)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.t0 = time.monotonic()
        self.last = 0.0

    def update(self, papers: int, claims: int, final: bool = False):
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.2:
            return
        self.last = now
        rate = papers / max(now - self.t0, 1e-9)
        sys.stderr.write(f"\r{papers:,} papers  {claims:,} claims  {rate:,.0f} papers/s")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


SKIPPED_NAME = "skipped.jsonl"
OUTPUT_NAMES = ("claims.parquet", "mentions.parquet", "rejected.parquet", "claims.csv", MODELS_NAME, SKIPPED_NAME)


def run(inputs: list[str], out_dir: str | Path, jobs: int = 1, quiet: bool = False,
        batch_size: int | None = None, csv: bool = True, limits: Limits = Limits(),
        filters: Filters | None = None, update: bool = False, engine: str = "local",
        scheduler: str | None = None) -> Report:
    """Read inputs, extract, validate, write. Raises InputError before touching any output
    when an input is unusable, OutputLocked when another run holds out_dir. The outputs
    replace the previous ones as one unit (extract/outdir.py), or not at all.
    batch_size None: batch_size_for(number of papers). filters: papers to keep
    (extract.readers.Filters); InputError when they keep none. engine "local": in this
    process, or `jobs` worker processes; "dask": on a Dask cluster, the one at `scheduler`
    or a local one of max(jobs, 2) single-threaded worker processes (EngineError when the
    dask extra is missing or the scheduler unreachable). Every engine writes the same bytes."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if engine == "dask":
        _dask()  # fail before reading anything when the extra is missing
    out_dir = Path(out_dir)
    report = Report()
    t0 = time.monotonic()
    files = collect_files(inputs)
    # First pass: check every input in a stream (errors surface before any output exists),
    # hashing the bytes for the metadata; the second pass below extracts.
    digests: dict[str, str] = {}
    total = 0
    for path, shown in files:
        digest, count, issues = check_input(path, shown, filters)
        digests[shown] = digest
        total += count
        report.issues.extend(issues)
    if filters and total == 0:
        raise no_paper_matches(filters)
    report.files = len(files)
    metadata = {
        "claimboard_schema_version": SCHEMA_VERSION,
        "claimboard_tool_version": __version__,
        "claimboard_inputs_sha256": digests,
    }
    all_papers = _dedupe_ids(p for path, shown in files for p in stream_papers(path, shown, filters))
    targets = {
        "claims": ("claims.parquet", CLAIM_COLUMNS),
        "mentions": ("mentions.parquet", MENTION_COLUMNS),
        "rejected": ("rejected.parquet", REJECT_COLUMNS),
    }
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    models = ModelTally()   # models.parquet: counted from the claims as they are written
    with OutputDir(out_dir) as od:
        writers: dict[str, pq.ParquetWriter] = {}
        csv_fh = None
        try:
            for key, (name, cols) in targets.items():
                writers[key] = pq.ParquetWriter(od.temp(name), arrow_schema(cols, encode_metadata(metadata)),
                                                compression="zstd")
            if csv:
                csv_fh = open(od.temp("claims.csv"), "wb")
                csv_fh.write(",".join(names(CLAIM_COLUMNS)).encode() + b"\r\n")
            batches: Iterator[Any] = _batches(all_papers, batch_size or batch_size_for(total))
            cache_fh = None
            if update:
                # --update: papers whose key is unchanged reuse their rows (extract/cache.py)
                previous = cache.load(od.dir)
                seen_ids: set[str] = set()
                cache_fh = gzip.open(od.temp(cache.CACHE_NAME), "wb", compresslevel=1)
                batches = _with_cache(batches, previous, limits, report.update_counts, seen_ids)
            work = functools.partial(_process, csv=csv, limits=limits, update=update)
            close = None
            if engine == "dask":
                submit, ahead, close = _dask_submit(scheduler, max(jobs, 2))
                results = _bounded_map(submit, work, batches, ahead=ahead)
            elif jobs > 1:
                _warm_up()
                pool = ProcessPoolExecutor(max_workers=jobs)
                close = functools.partial(pool.shutdown, cancel_futures=True)
                results = _bounded_map(pool.submit, work, batches, ahead=2 * jobs)
            else:
                results = map(work, batches)
            try:
                for claims_t, csv_rows, mentions_t, rejects_t, classes, n_papers, errors, cache_lines in results:
                    report.issues.extend(errors)
                    if cache_fh:
                        cache_fh.write(cache_lines)
                    writers["claims"].write_table(claims_t.replace_schema_metadata(writers["claims"].schema.metadata))
                    models.add(claims_t)
                    writers["mentions"].write_table(mentions_t.replace_schema_metadata(writers["mentions"].schema.metadata))
                    if rejects_t.num_rows:
                        writers["rejected"].write_table(rejects_t.replace_schema_metadata(writers["rejected"].schema.metadata))
                    if csv_fh:
                        csv_fh.write(csv_rows)
                    report.claims += claims_t.num_rows
                    report.mentions += mentions_t.num_rows
                    report.rejected += len(set(rejects_t.column("claim_id").to_pylist()))
                    report.mention_classes.update(classes)
                    report.papers += n_papers
                    progress.update(report.papers, report.claims)
                    kill_point("mid-run")
            finally:
                if close is not None:
                    close()
            for w in writers.values():
                w.close()
            if csv_fh:
                csv_fh.close()
            if cache_fh:
                cache_fh.close()
                report.update_counts["removed"] = len(set(previous) - seen_ids)
            # one row per model_id, sorted: the same bytes for any --jobs, engine or --update
            od.temp(MODELS_NAME).write_bytes(parquet_bytes(to_arrow(models.frame(), MODEL_COLUMNS, metadata)))
            with open(od.temp(SKIPPED_NAME), "w", encoding="utf-8") as fh:
                for issue in report.issues:
                    fh.write(json.dumps({"source": issue.source, "where": issue.where, "kind": issue.kind,
                                         "problem": issue.problem}, ensure_ascii=False) + "\n")
            kill_point("before-commit")
            od.commit()
            progress.update(report.papers, report.claims, final=True)
        finally:
            for w in writers.values():
                try:
                    w.close()
                except Exception:
                    pass
            if csv_fh and not csv_fh.closed:
                csv_fh.close()
    report.seconds = time.monotonic() - t0
    return report


def _with_cache(batches: Iterable[list[Paper]], previous: dict, limits: Limits, counts: Counter,
                seen: set[str]) -> Iterator[tuple[list[Paper], dict]]:
    """Each batch with the cached rows of its papers, counting new / changed / unchanged."""
    for batch in batches:
        sub = {}
        for p in batch:
            seen.add(p.paper_id)
            hit = previous.get(p.paper_id)
            if hit is None:
                counts["new"] += 1
            elif hit[0] != paper_key(p.title, p.abstract, limits.cache_repr()):
                counts["changed"] += 1
            else:
                counts["unchanged"] += 1
                sub[p.paper_id] = hit
        yield batch, sub


def _bounded_map(submit, fn, items: Iterable, ahead: int) -> Iterator:
    """map in input order through submit(fn, item) -> future (an executor's or a Dask client's),
    with at most `ahead` batches in flight: Executor.map would submit every batch at once and
    hold the whole corpus in memory."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(fn, item))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


ENGINES = ("local", "dask")
DASK_MISSING = "--engine dask needs the dask extra: pip install 'claimboard[dask]'"


class EngineError(Exception):
    """The engine cannot run: the dask extra is missing, or the scheduler cannot be reached."""


def _dask():
    """dask.distributed, imported only for --engine dask (an optional extra)."""
    try:
        import dask.distributed
    except ImportError:
        raise EngineError(DASK_MISSING) from None
    return dask.distributed


def _dask_submit(scheduler: str | None, workers: int):
    """(submit, batches in flight, close) for a Dask client: of the cluster at `scheduler`, or of
    a local cluster of `workers` processes with one thread each. Tasks are not pure (no hashing
    of the papers); results are taken in submission order by _bounded_map, so the row groups,
    and the bytes, are those of --jobs 1."""
    dd = _dask()
    cluster = None
    try:
        if scheduler:
            client = dd.Client(scheduler)
        else:
            cluster = dd.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=logging.ERROR)
            client = dd.Client(cluster)
    except (OSError, TimeoutError, ValueError) as err:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise EngineError(f"could not start or reach {where} ({err.__class__.__name__}: {err})") from None

    def close() -> None:
        try:
            client.close()
        finally:
            if cluster is not None:
                cluster.close()

    threads = sum(client.nthreads().values())
    return functools.partial(client.submit, pure=False), 2 * max(threads, 1), close


def _dedupe_ids(papers: Iterable[Paper]) -> Iterator[Paper]:
    """Paper ids must be unique: a repeated id gets a -2, -3 ... suffix (stable order)."""
    seen: Counter = Counter()
    for p in papers:
        seen[p.paper_id] += 1
        if seen[p.paper_id] > 1:
            p = Paper(f"{p.paper_id}-{seen[p.paper_id]}", p.title, p.abstract, p.source, p.url, p.date)
        yield p


