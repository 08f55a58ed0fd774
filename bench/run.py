"""Throughput of the full job on a synthetic corpus, against a bare regular-expression scan.

    .venv/bin/python bench/run.py --papers N [--jobs J] [--format jsonl|txt] [--seed S] [--keep]
                                  [--profile] [--profile-job] [--extract-limit K]

1. The corpus (bench/corpus.py) is generated once and cached in bench/out/, keyed by N,
   seed, format and a digest of the generator and its sources.
2. The job (extract.pipeline.run, quiet, default batch size, Parquet + CSV) runs in a
   child process. Its wall time is timed inside the child around run(); its memory is
   sampled from /proc every 50 ms over the child and all its descendants (the
   ProcessPoolExecutor workers of --jobs 2): the peak of the summed RSS (what the table
   shows; shared copy-on-write pages count once per process), the peak of the summed PSS
   (shared pages split) and, from getrusage(RUSAGE_CHILDREN), the largest single process.
   The CPU the rest of the machine used meanwhile (/proc/stat) is printed too: on a shared
   2-core machine other processes lower the rates, --jobs 2 most.
3. In the same run, in this process: the bare scan, one re.finditer(r"\\d+(?:\\.\\d+)?")
   pass over the same (decoded) text, timing the scan only; the single-process
   extraction-only rate (extract_abstract over every abstract, no I/O timed); and the
   validation cost: schema.validate.validate_claims over the claims read back from the
   job's claims.parquet, batch by batch with the batch's abstracts, as in the job
   (pandera's one-time set-up in a process is timed apart).
4. A markdown row: | N | jobs | seconds | abstracts/s | MB/s | bare MB/s | ratio | peak RSS MB |
   (ratio = job rate / bare rate; MB = 10^6 bytes of the input file.)

--profile runs pyinstrument over extract_abstract on the first 5,000 abstracts and prints
the top functions by own time and by total time; --profile-job does the same for the
whole job (jobs=1) on those 5,000 abstracts; both need pyinstrument (`pip install -e '.[bench]'`).
No timing here is asserted anywhere.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpus_mod  # noqa: E402  (bench/corpus.py)

DEFAULT_OUT = ROOT / "bench" / "out"
BARE = re.compile(r"\d+(?:\.\d+)?")
PROFILE_SAMPLE = 5000
MB = 1e6

HEADER = "| N | jobs | seconds | abstracts/s | MB/s | bare MB/s | ratio | peak RSS MB |"
RULE = "|---:|---:|---:|---:|---:|---:|---:|---:|"

# The job, as a child process: argv = corpus, out_dir, jobs, batch_size. Prints one JSON line.
CHILD = r"""
import json, resource, sys, time
t_import = time.perf_counter()
from claimboard.extract.pipeline import run
t_import = time.perf_counter() - t_import
corpus, out_dir, jobs, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
c0 = cpu()
t = time.perf_counter()
r = run([corpus], out_dir, jobs=jobs, quiet=True, batch_size=batch)
seconds = time.perf_counter() - t
run_cpu = cpu() - c0  # the workers are reaped by pool.shutdown(), so they count
print(json.dumps({"seconds": seconds, "import_seconds": t_import, "run_cpu_seconds": run_cpu,
                  "papers": r.papers, "claims": r.claims,
                  "mentions": r.mentions, "rejected": r.rejected, "skipped": len(r.issues)}))
"""


# ---------------------------------------------------------------- corpus

def _corpus_stem(n: int, seed: int, pool: str) -> str:
    """'corpus-n100-s1' (the default pool keeps the names of the cached files), 'corpus-random-n100-s1'."""
    return f"corpus{'' if pool == corpus_mod.DEFAULT_POOL else '-' + pool}-n{n}-s{seed}"


def corpus_path(n: int, seed: int, fmt: str, out_dir: Path, pool: str = corpus_mod.DEFAULT_POOL) -> Path:
    return out_dir / f"{_corpus_stem(n, seed, pool)}-{corpus_mod.source_fingerprint(pool)}.{fmt}"


def ensure_corpus(n: int, seed: int, fmt: str, out_dir: Path, pool: str = corpus_mod.DEFAULT_POOL) -> tuple[Path, float | None]:
    """(path, seconds spent generating or None when cached). A cached corpus of the same
    N, seed and format made from other sources (an older digest) is removed."""
    path = corpus_path(n, seed, fmt, out_dir, pool)
    if path.exists():
        return path, None
    for stale in out_dir.glob(f"{_corpus_stem(n, seed, pool)}-*.{fmt}"):
        stale.unlink(missing_ok=True)
    t = time.perf_counter()
    corpus_mod.write_corpus(n, fmt, path, seed, pool)
    return path, time.perf_counter() - t


def _iter_papers(path: Path, fmt: str) -> Iterator:
    """Papers of the corpus as the job reads them, streaming: extract.readers.stream_papers
    when the project has it, else read_papers over chunks of whole records."""
    try:
        from claimboard.extract.readers import stream_papers
    except ImportError:
        stream_papers = None
    if stream_papers is not None:
        yield from stream_papers(path, str(path))
        return
    from claimboard.extract.readers import read_papers

    per_paper = 4 if fmt == "txt" else 1  # listing: title, blank, abstract, blank
    with path.open(encoding="utf-8", newline="") as fh:
        while True:
            lines = [line for line in (fh.readline() for _ in range(1000 * per_paper)) if line]
            if not lines:
                return
            yield from read_papers(path, str(path), "".join(lines))[0]


def iter_chunks(path: Path, fmt: str, size: int, limit: int | None = None) -> Iterator[list]:
    """The corpus as lists of extract.readers.Paper, size papers at a time, with ids
    deduplicated across the file as extract.pipeline does (paper_id, paper_id-2 ...)."""
    from claimboard.extract.readers import Paper

    seen: Counter = Counter()
    chunk: list = []
    done = 0
    for p in _iter_papers(path, fmt):
        if limit is not None and done >= limit:
            break
        seen[p.paper_id] += 1
        if seen[p.paper_id] > 1:
            p = Paper(f"{p.paper_id}-{seen[p.paper_id]}", p.title, p.abstract, p.source, p.url, p.date)
        chunk.append(p)
        done += 1
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------- memory of a process tree

def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeMemory(threading.Thread):
    """Samples the summed RSS and PSS of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss_kb = self.peak_pss_kb = 0
        self.max_procs = 0
        self._halt = threading.Event()

    def sample(self) -> None:
        kids = _children_map()
        tree, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            tree.append(p)
            todo.extend(kids.get(p, []))
        rss = pss = 0
        for p in tree:
            r, s = _rss_pss_kb(p)
            rss += r
            pss += s
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        self.peak_pss_kb = max(self.peak_pss_kb, pss)
        self.max_procs = max(self.max_procs, len(tree))

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# ---------------------------------------------------------------- measurements

def _cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as fh:
        f = [int(x) for x in fh.readline().split()[1:]]
    idle = f[3] + (f[4] if len(f) > 4 else 0)
    total = sum(f[:8])
    return total - idle, total


def run_job(path: Path, out_dir: Path, jobs: int, batch_size: int) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0, total0 = _cpu_jiffies()
    t0 = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(out_dir), str(jobs), str(batch_size)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=str(ROOT))
    mem = TreeMemory(proc.pid)
    mem.start()
    stdout, stderr = proc.communicate()
    mem.stop()
    wall = time.perf_counter() - t0
    busy1, total1 = _cpu_jiffies()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.stderr.write(stderr)
        raise SystemExit(f"the job failed (exit code {proc.returncode})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["cpu_seconds"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # what the rest of the machine did meanwhile: other processes competing for the cores
    ncpu = os.cpu_count() or 1
    machine_busy_s = (busy1 - busy0) / max(total1 - total0, 1) * ncpu * wall
    result["cores"] = ncpu
    result["other_cores"] = max(0.0, machine_busy_s - result["cpu_seconds"]) / wall
    result["max_single_rss_mb"] = after.ru_maxrss * 1024 / MB   # ru_maxrss is in KiB on Linux
    result["peak_tree_rss_mb"] = mem.peak_rss_kb * 1024 / MB
    result["peak_tree_pss_mb"] = mem.peak_pss_kb * 1024 / MB
    result["max_procs"] = mem.max_procs
    return result


def bare_scan(path: Path, chunk_bytes: int = 16 << 20) -> float:
    """Seconds of one BARE.finditer pass over the whole file (decoded, in chunks cut at
    line ends); reading and decoding are not timed."""
    seconds = 0.0
    finditer = BARE.finditer
    rest = b""
    with path.open("rb") as fh:
        while True:
            data = fh.read(chunk_bytes)
            buf = rest + data
            if not data:
                cut = len(buf)
            else:
                cut = buf.rfind(b"\n") + 1
            text, rest = buf[:cut].decode("utf-8"), buf[cut:]
            t = time.perf_counter()
            for _ in finditer(text):
                pass
            seconds += time.perf_counter() - t
            if not data:
                return seconds


def extract_and_validate(path: Path, fmt: str, claims_parquet: Path | None, batch_size: int,
                         extract_limit: int | None) -> dict:
    """Single process, in this process: seconds of extract_abstract over the abstracts (up
    to extract_limit), and seconds of validate_claims over the job's claims read back,
    batch by batch with the batch's abstracts (as extract.pipeline._process calls it)."""
    import pandas as pd
    import pyarrow.parquet as pq

    from claimboard.extract.rules import extract_abstract
    from claimboard.schema.columns import CLAIM_COLUMNS, names
    from claimboard.schema.validate import validate_claims

    extract_abstract("Warm-up", "We evaluate GPT-4 on MMLU and reach 86.4% accuracy, 3.1 points above GPT-3.5.")
    columns = names(CLAIM_COLUMNS)
    # the first validation in a process sets pandera up (imports its backends): paid once
    # per process, timed apart
    t = time.perf_counter()
    validate_claims(pd.DataFrame(columns=columns), {})
    setup_s = time.perf_counter() - t
    pf = pq.ParquetFile(claims_parquet) if claims_parquet is not None else None
    next_group = 0
    pending: list[dict] = []
    ext_s = val_s = 0.0
    ext_n = val_n = val_rows = 0
    for papers in iter_chunks(path, fmt, batch_size):
        if extract_limit is None or ext_n < extract_limit:
            todo = papers if extract_limit is None else papers[: extract_limit - ext_n]
            t = time.perf_counter()
            for p in todo:
                extract_abstract(p.title, p.abstract)
            ext_s += time.perf_counter() - t
            ext_n += len(todo)
        if pf is None:
            if extract_limit is not None and ext_n >= extract_limit:
                break
            continue
        abstracts = {p.paper_id: p.abstract for p in papers}
        # the claims are in paper order: take the rows of this batch's papers
        while (not pending or pending[-1]["paper_id"] in abstracts) and next_group < pf.num_row_groups:
            pending.extend(pf.read_row_group(next_group).to_pylist())
            next_group += 1
        k = 0
        while k < len(pending) and pending[k]["paper_id"] in abstracts:
            k += 1
        rows, pending = pending[:k], pending[k:]
        df = pd.DataFrame(rows, columns=columns)
        t = time.perf_counter()
        validate_claims(df, abstracts)
        val_s += time.perf_counter() - t
        val_n += len(papers)
        val_rows += len(rows)
    return {"extract_seconds": ext_s, "extract_papers": ext_n, "validate_seconds": val_s, "validate_setup_seconds": setup_s,
            "validate_papers": val_n, "validate_rows": val_rows, "leftover_rows": len(pending)}


# ---------------------------------------------------------------- profiles

def _flat(profiler) -> tuple[dict, dict, float]:
    """(own seconds, total seconds) per function from the raw pyinstrument frame tree:
    library frames (re, pandas ...) and built-ins kept, recursion counted once."""
    root = profiler.last_session.root_frame(trim_stem=True)
    own: dict = {}
    total: dict = {}

    def key(f):
        where = (f.file_path_short or f.file_path or "").replace(str(ROOT) + "/", "")
        return f"{f.function}  {where}:{f.line_no}" if f.line_no else f"{f.function}  {where}"

    stack = [(root, frozenset())]
    while stack:
        f, above = stack.pop()
        if f.is_synthetic:
            continue
        k = key(f)
        own[k] = own.get(k, 0.0) + f.total_self_time
        if k not in above:
            total[k] = total.get(k, 0.0) + f.time
        stack.extend((c, above | {k}) for c in f.children)
    return own, total, root.time


def _print_profile(profiler, top: int, title: str) -> None:
    own, total, whole = _flat(profiler)
    for mode, table in (("own", own), ("total", total)):
        print(f"\n{title}: top {top} functions by {mode} time (seconds, share of {whole:.2f}s)")
        for k, v in sorted(table.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {v:8.3f}  {v / whole:6.1%}  {k}")


def profile_extraction(path: Path, fmt: str, top: int) -> None:
    from pyinstrument import Profiler

    from claimboard.extract.rules import extract_abstract

    papers = [p for chunk in iter_chunks(path, fmt, 1000, limit=PROFILE_SAMPLE) for p in chunk]
    extract_abstract("Warm-up", "We evaluate GPT-4 on MMLU and reach 86.4% accuracy.")  # lexicons compiled before
    profiler = Profiler(interval=0.0005)
    profiler.start()
    t = time.perf_counter()
    for p in papers:
        extract_abstract(p.title, p.abstract)
    seconds = time.perf_counter() - t
    profiler.stop()
    print(f"\nprofile: extract_abstract over {len(papers):,} abstracts: {seconds:.2f}s under the profiler "
          f"({len(papers) / seconds:,.0f} abstracts/s with profiling overhead)")
    _print_profile(profiler, top, "extraction")


def profile_job(path: Path, fmt: str, top: int, work: Path) -> None:
    from pyinstrument import Profiler

    from claimboard.extract.pipeline import run

    sample = work / f"profile-sample.{fmt}"
    with path.open(encoding="utf-8", newline="") as src, sample.open("w", encoding="utf-8", newline="") as dst:
        for _ in range(PROFILE_SAMPLE * (4 if fmt == "txt" else 1)):
            line = src.readline()
            if not line:
                break
            dst.write(line)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    report = run([str(sample)], work / "profile-job", jobs=1, quiet=True)
    profiler.stop()
    print(f"\nprofile: the whole job (jobs=1) over {report.papers:,} abstracts: {report.seconds:.2f}s under the profiler")
    _print_profile(profiler, top, "job")
    shutil.rmtree(work / "profile-job", ignore_errors=True)
    sample.unlink(missing_ok=True)


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument("--seed", type=int, default=corpus_mod.DEFAULT_SEED)
    ap.add_argument("--pool", choices=sorted(corpus_mod.SOURCES), default=corpus_mod.DEFAULT_POOL,
                    help="the corpus's source abstracts: llm (default; the targets' corpus) or random (abstracts drawn at random)")
    ap.add_argument("--keep", action="store_true", help="keep the job's output folder (else removed)")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help="corpus cache and job output (default bench/out)")
    ap.add_argument("--batch-size", type=int, default=None, help="papers per batch (default: the pipeline's)")
    ap.add_argument("--extract-limit", type=int, default=None,
                    help="time the extraction-only pass on the first K abstracts only (default: all)")
    ap.add_argument("--no-analysis", action="store_true", help="skip the extraction-only and validation passes")
    ap.add_argument("--profile", action="store_true", help="pyinstrument over extraction of a 5k sample")
    ap.add_argument("--profile-job", action="store_true", help="pyinstrument over the whole job on a 5k sample")
    ap.add_argument("--profile-only", action="store_true", help="only the profiles (with --profile/--profile-job)")
    ap.add_argument("--top", type=int, default=20, help="profile entries to print")
    args = ap.parse_args(argv)
    if args.papers < 1 or args.jobs < 1:
        ap.error("--papers and --jobs must be at least 1")
    if (args.profile or args.profile_job) and importlib.util.find_spec("pyinstrument") is None:
        ap.error("--profile and --profile-job need pyinstrument, which is not installed: "
                 "pip install -e '.[bench]' (or pip install pyinstrument)")
    from claimboard.extract.pipeline import batch_size_for

    batch = args.batch_size or batch_size_for(args.papers)
    out_dir = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    path, gen_s = ensure_corpus(args.papers, args.seed, args.format, out_dir, args.pool)
    size = path.stat().st_size
    print(f"corpus: {path} ({args.papers:,} abstracts, {size / MB:,.1f} MB, {args.format}; "
          + (f"generated in {gen_s:.1f}s)" if gen_s is not None else "cached)"))
    if args.profile_only:
        if args.profile:
            profile_extraction(path, args.format, args.top)
        if args.profile_job:
            profile_job(path, args.format, args.top, out_dir)
        return 0

    job_dir = out_dir / f"job-{args.pool}-n{args.papers}-j{args.jobs}-{args.format}-s{args.seed}"
    shutil.rmtree(job_dir, ignore_errors=True)
    job = run_job(path, job_dir, args.jobs, batch)
    rate = args.papers / job["seconds"]
    mbs = size / MB / job["seconds"]
    print(f"job: {job['seconds']:.2f}s (python start-up and imports not included: {job['import_seconds']:.2f}s), "
          f"{rate:,.0f} abstracts/s, {mbs:.2f} MB/s, jobs={args.jobs}, batch={batch}; "
          f"{job['papers']:,} papers, {job['claims']:,} claims, {job['mentions']:,} mentions, "
          f"{job['rejected']:,} rejected, {job['skipped']} skipped")
    print(f"job CPU: {job['run_cpu_seconds']:.2f}s user+sys in run() over all its processes "
          f"({job['run_cpu_seconds'] / job['seconds']:.2f} cores busy on average; {job['cpu_seconds']:.2f}s "
          f"with start-up and imports)")
    print(f"other processes on the machine used {job['other_cores']:.2f} of {job['cores']} cores on average during the job"
          + (" (contention: rates are lower than on an idle machine)" if job["other_cores"] > 0.2 else ""))
    print(f"peak RSS: {job['peak_tree_rss_mb']:,.0f} MB summed over the job's processes (max {job['max_procs']} at once; "
          f"PSS {job['peak_tree_pss_mb']:,.0f} MB); largest single process {job['max_single_rss_mb']:,.0f} MB (getrusage)")

    bare_s = bare_scan(path)
    bare_rate = args.papers / bare_s
    bare_mbs = size / MB / bare_s
    ratio = rate / bare_rate
    print(f"bare scan (one re.finditer(r'\\d+(?:\\.\\d+)?') pass, scan only): {bare_s:.3f}s, "
          f"{bare_mbs:,.1f} MB/s, {bare_rate:,.0f} abstracts/s")
    print(f"ratio job / bare: {ratio:.5f}")

    if not args.no_analysis:
        a = extract_and_validate(path, args.format, job_dir / "claims.parquet", batch, args.extract_limit)
        ext_rate = a["extract_papers"] / a["extract_seconds"] if a["extract_seconds"] else float("nan")
        sampled = "" if a["extract_papers"] == args.papers else f" (first {a['extract_papers']:,} abstracts)"
        print(f"extraction only (single process, extract_abstract, no I/O){sampled}: {a['extract_seconds']:.2f}s, "
              f"{ext_rate:,.0f} abstracts/s; ratio to bare: {ext_rate / bare_rate:.5f}")
        job_cpu = job["run_cpu_seconds"]
        val_share_cpu = a["validate_seconds"] / job_cpu
        print(f"validation (validate_claims over {a['validate_rows']:,} claims read back, {a['validate_papers']:,} papers, "
              f"single process): {a['validate_seconds']:.2f}s = {val_share_cpu:.1%} of the job's CPU time"
              + (f", {a['validate_seconds'] / job['seconds']:.1%} of its wall time" if args.jobs == 1 else "")
              + f"; plus {a['validate_setup_seconds']:.2f}s of pandera set-up once per process")
        if a["extract_papers"] == args.papers:
            rest = job_cpu - a["extract_seconds"] - a["validate_seconds"]
            print(f"job CPU split (approx.): extraction {a['extract_seconds'] / job_cpu:.0%}, "
                  f"validation {val_share_cpu:.0%}, the rest (reading, frames, Arrow, Parquet, CSV, processes) "
                  f"{rest / job_cpu:.0%}")
        if a["leftover_rows"]:
            print(f"warning: {a['leftover_rows']} claim rows could not be matched to their papers")

    print()
    print(HEADER)
    print(RULE)
    print(f"| {args.papers:,} | {args.jobs} | {job['seconds']:.1f} | {rate:,.0f} | {mbs:.2f} | {bare_mbs:,.1f} | "
          f"{ratio:.5f} | {job['peak_tree_rss_mb']:,.0f} |")

    if args.profile:
        profile_extraction(path, args.format, args.top)
    if args.profile_job:
        profile_job(path, args.format, args.top, out_dir)
    if args.keep:
        print(f"\noutput kept in {job_dir}")
    else:
        shutil.rmtree(job_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
