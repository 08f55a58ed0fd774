"""claimboard's command line: a thin layer over extract.pipeline, schema and dashboard.

Every command has help with an example; errors are one line on stderr and a non-zero exit.
"""
from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sys
from pathlib import Path

EXAMPLES = {
    "extract": "claimboard extract seeds/ --out data/\n  claimboard extract papers.jsonl more.csv --out build/ --jobs 2\n"
               "  claimboard extract arxiv-metadata-oai-snapshot.json.gz --categories cs.CL,cs.LG --since 2024-01-01 --out build/",
    "validate": "claimboard validate data/claims.parquet",
    "export": "claimboard export --format csv --out claims.csv\n  claimboard export --data data/claims.parquet --out - > claims.csv",
    "evaluate": "claimboard evaluate data/claims.parquet tests/fixtures/seed_gold.jsonl --show 5",
    "dashboard": "claimboard dashboard --data data/claims.parquet --port 8502\n  claimboard dashboard --host 0.0.0.0 --headless -- --theme.base dark",
    "models": "claimboard models\n  claimboard models --data build/claims.parquet --top 50",
    "review": "claimboard review data/claims.parquet --sample 100 --seed 1 --out sheet.csv\n  claimboard review --score sheet.csv",
    "fetch": "claimboard fetch arxiv --category cs.CL --from 2024-01-01 --to 2024-01-31 --out papers.jsonl\n"
             "  claimboard fetch hf-daily --date 2024-05-01 --to 2024-05-07 --out hf.jsonl\n"
             "  claimboard extract papers.jsonl hf.jsonl --out data/",
}


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="claimboard",
        description="Build and explore a validated dataset of benchmark results claimed in paper abstracts.",
        epilog="example:\n  " + "\n  ".join(EXAMPLES[k].split("\n")[0] for k in EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def add(name, help_):
        return sub.add_parser(name, help=help_, description=help_, epilog="example:\n  " + EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = add("extract", "Extract claims from paper listings (text), JSON Lines, CSV or the arXiv metadata snapshot "
                       "(each optionally .gz, .bz2, .xz or .zst) into Parquet and CSV.")
    p.add_argument("inputs", nargs="*", default=["seeds/"], metavar="INPUT",
                   help="files or folders to read (default: seeds/)")
    p.add_argument("--out", default="data/", metavar="DIR", help="output folder (default: data/)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where the per-paper work runs: 'local' (this machine, --jobs processes) or 'dask' (a Dask "
                        "cluster: --scheduler's, else a local one of max(--jobs, 2) worker processes; needs "
                        "claimboard[dask]); the files are the same bytes either way (default: local)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: the Dask scheduler to use (tcp://host:8786); its workers need claimboard "
                        "installed, at this version")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="papers per batch / row group (default: 2000; fewer, down to 250, for inputs under 16,000 papers)")
    p.add_argument("--max-chars", type=int, default=None, metavar="N",
                   help="skip papers whose abstract is longer (default: 20,000; 0: no limit)")
    p.add_argument("--paper-seconds", type=float, default=None, metavar="S",
                   help="skip a paper whose extraction takes longer (default: 10; 0: no limit)")
    p.add_argument("--categories", default=None, metavar="LIST",
                   help="keep only papers in one of these arXiv categories, comma-separated (cs.CL,cs.LG); "
                        "an archive alone (cs, or cs.*) keeps all its categories; case is ignored; "
                        "papers without categories are left out")
    p.add_argument("--since", default=None, metavar="DATE",
                   help="keep only papers dated DATE (YYYY-MM-DD) or later: the snapshot's update_date, "
                        "else the input's date; papers without a date are left out")
    p.add_argument("--until", default=None, metavar="DATE",
                   help="keep only papers dated DATE (YYYY-MM-DD) or earlier, inclusive; papers without a date are left out")
    p.add_argument("--update", action="store_true",
                   help="re-extract only papers whose id, title/abstract or extractor version changed; the files are "
                        "byte-identical to a full rebuild (keeps DIR/.claimboard-cache.jsonl.gz)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no report")

    p = add("validate", "Re-check a claims file against the schema and print every failure.")
    p.add_argument("file", metavar="FILE", help="claims .parquet or .csv")

    p = add("export", "Export the claims table (CSV, with spreadsheet formulas neutralised).")
    p.add_argument("--data", default="data/claims.parquet", metavar="FILE", help="claims Parquet (default: data/claims.parquet)")
    p.add_argument("--format", choices=["csv"], default="csv", help="output format (default: csv)")
    p.add_argument("--out", default="claims.csv", metavar="FILE", help="output file, '-' for stdout (default: claims.csv)")

    p = add("evaluate", "Score predicted claims against a gold JSONL file (precision, recall, accuracies).")
    p.add_argument("predicted", metavar="PREDICTED", help="claims .parquet, .csv or .jsonl")
    p.add_argument("gold", metavar="GOLD", help="gold claims .jsonl")
    p.add_argument("--show", type=int, default=10, metavar="N", help="how many misses and false positives to list")
    p.add_argument("--json", action="store_true", help="print the whole result as JSON")

    p = add("dashboard", "Open the Streamlit dashboard over a claims file.")
    p.add_argument("--data", default=None, metavar="FILE",
                   help="claims Parquet (default: $CLAIMBOARD_DATA, else data/claims.parquet)")
    p.add_argument("--port", type=int, default=None, metavar="N", help="port to serve on (default: Streamlit's, 8501)")
    p.add_argument("--host", default=None, metavar="ADDRESS",
                   help="address to serve on (default: Streamlit's; 0.0.0.0 to serve other machines)")
    p.add_argument("--headless", action="store_true", help="do not open a browser")
    p.add_argument("streamlit_args", nargs=argparse.REMAINDER, metavar="-- STREAMLIT_OPTION",
                   help="anything after -- goes to streamlit run (e.g. -- --theme.base dark)")

    p = add("models", "List the model names that claims carry without a model_id (the registry, schema/registry.py, "
                      "does not know them), with their claims and papers, most frequent first: what to add to the "
                      "registry next; and the share of claims with a model_id.")
    p.add_argument("--data", default="data/claims.parquet", metavar="FILE",
                   help="claims .parquet or .csv (default: data/claims.parquet)")
    p.add_argument("--top", type=int, default=20, metavar="N", help="list the N most frequent names (default: 20; 0: all)")

    p = add("review", "Sample claims into a CSV sheet to review by hand, or score a filled-in sheet "
                      "(precision and verdict shares with 95 percent Wilson intervals).")
    p.add_argument("claims", nargs="?", metavar="CLAIMS", help="claims .parquet or .csv to sample")
    p.add_argument("--sample", type=int, default=None, metavar="N", help="rows to draw (default: 100; all if fewer)")
    p.add_argument("--seed", type=int, default=None, metavar="S", help="random seed (default: 0)")
    p.add_argument("--out", default=None, metavar="FILE", help="sheet to write; never overwritten (default: review.csv)")
    p.add_argument("--score", default=None, metavar="SHEET", help="score this filled-in sheet instead of sampling; verdicts: correct, wrong value, "
                        "wrong benchmark, wrong model, not a claim (empty: not reviewed)")
    _add_fetch(add)
    return ap


def _add_fetch(add) -> None:
    p = add("fetch", "Fetch paper abstracts into a JSON Lines file that extract reads: from the arXiv API by category "
                     "and submission date, or from the Hugging Face daily papers. Resumable: rerun a stopped fetch "
                     "to go on (the partial file is FILE.part).")
    sub = p.add_subparsers(dest="source", metavar="SOURCE", required=True)
    a = sub.add_parser("arxiv", help="papers of arXiv categories submitted in a date range (export.arxiv.org API)",
                       description="Papers of arXiv categories submitted from --from to --to (inclusive, UTC), "
                                   "one request every 3 seconds at most, as arXiv asks.",
                       epilog="example:\n  claimboard fetch arxiv --category cs.CL --from 2024-01-01 --to 2024-01-31 "
                              "--out papers.jsonl\n  claimboard fetch arxiv --category cs.CL --category cs.LG "
                              "--from 2024-05-01 --to 2024-05-01 --out may1.jsonl --max-results 50",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--category", action="append", required=True, metavar="CAT",
                   help="arXiv category (cs.CL); repeat it or give a comma-separated list for several")
    a.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first submission date, YYYY-MM-DD")
    a.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last submission date, YYYY-MM-DD (inclusive)")
    a.add_argument("--page-size", type=int, default=100, metavar="N", help="results per request, 1-2000 (default: 100)")
    h = sub.add_parser("hf-daily", help="the Hugging Face daily papers of a day or a range of days",
                       description="The Hugging Face daily papers (huggingface.co/api/daily_papers) of --date, or of "
                                   "each day from --date to --to.",
                       epilog="example:\n  claimboard fetch hf-daily --date 2024-05-01 --out hf.jsonl\n"
                              "  claimboard fetch hf-daily --date 2024-05-01 --to 2024-05-31 --out hf-may.jsonl",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    h.add_argument("--date", required=True, metavar="DATE", help="the day, YYYY-MM-DD (the first day with --to)")
    h.add_argument("--to", dest="date_to", default=None, metavar="DATE", help="last day, YYYY-MM-DD (inclusive)")
    for q in (a, h):
        q.add_argument("--out", required=True, metavar="FILE", help="JSON Lines file to write (replaced at the end)")
        q.add_argument("--max-results", type=int, default=None, metavar="N", help="stop after N papers")
        q.add_argument("--max-attempts", type=int, default=5, metavar="N",
                       help="attempts per request on HTTP 429/5xx or a network error, with backoff (default: 5)")
        q.add_argument("--quiet", action="store_true", help="no progress lines (warnings and errors are still shown)")


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("claimboard: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away ("claimboard review --score sheet.csv | head -3"): stop quietly
        # (stdout to /dev/null, so that the interpreter's final flush raises nothing either)
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return 1
    except CliError as err:
        print(f"claimboard {args.command}: {err}", file=sys.stderr)
        return 1


class CliError(Exception):
    pass


def cmd_extract(args) -> int:
    from claimboard.extract.outdir import OutputLocked
    from claimboard.extract.pipeline import EngineError, Limits, run
    from claimboard.extract.readers import Filters, InputError

    if args.jobs < 1 or args.batch_size is not None and args.batch_size < 1:
        raise CliError("--jobs and --batch-size must be at least 1")
    if (args.max_chars or 0) < 0 or (args.paper_seconds or 0) < 0:
        raise CliError("--max-chars and --paper-seconds must be 0 (no limit) or more")
    try:
        filters = Filters.parse(args.categories, args.since, args.until)
    except ValueError as err:
        raise CliError(str(err)) from None
    if args.scheduler and args.engine != "dask":
        raise CliError("--scheduler needs --engine dask")
    defaults = Limits()
    limits = Limits(max_chars=defaults.max_chars if args.max_chars is None else args.max_chars,
                    paper_seconds=defaults.paper_seconds if args.paper_seconds is None else args.paper_seconds)
    try:
        report = run(args.inputs, args.out, jobs=args.jobs, quiet=args.quiet, batch_size=args.batch_size, limits=limits,
                     filters=filters or None, update=args.update, engine=args.engine, scheduler=args.scheduler)
    except (InputError, OutputLocked, EngineError) as err:
        raise CliError(str(err)) from None
    except OSError as err:
        where = err.filename or args.out
        if err.errno == errno.ENOSPC:
            raise CliError(f"{where}: no space left on device; the previous outputs in {args.out} are unchanged") from None
        raise CliError(f"{where}: {err.strerror or err}") from None
    for issue in report.issues:
        print(f"{issue.kind}: {issue}", file=sys.stderr)
    if not args.quiet:
        out = Path(args.out)
        print(f"wrote {out / 'claims.parquet'}, {out / 'mentions.parquet'}, {out / 'rejected.parquet'}, {out / 'claims.csv'}, {out / 'models.parquet'}, {out / 'skipped.jsonl'}")
        for line in report.lines():
            print(line)
    return 0


def _read_claims(path: str):
    import pandas as pd

    p = Path(path)
    if not p.exists():
        raise CliError(f"{path}: no such file (build it with: claimboard extract seeds/ --out data/)")
    try:
        if p.suffix == ".csv":
            from claimboard.schema.io import unneutralise

            return unneutralise(pd.read_csv(p, keep_default_na=True))
        return pd.read_parquet(p)
    except Exception as err:  # pyarrow raises several types for a bad file
        raise CliError(f"{path}: not a readable {'CSV' if p.suffix == '.csv' else 'Parquet'} file ({err.__class__.__name__})") from None


def cmd_validate(args) -> int:
    from claimboard.schema.validate import validate_claims

    df = _read_claims(args.file)
    try:
        valid, rejects = validate_claims(df)
    except ValueError as err:
        raise CliError(f"{args.file}: {err}") from None
    for r in rejects.itertuples():
        col = f" column {r.column}" if r.column else ""
        print(f"{args.file}: row {r.claim_id}:{col} failed {r.check} (value: {r.failure_case})")
    bad = rejects["claim_id"].nunique() if len(rejects) else 0
    print(f"{len(df)} rows, {len(df) - bad if len(rejects) else len(df)} valid, {len(rejects)} failures")
    return 1 if len(rejects) else 0


def cmd_export(args) -> int:
    from claimboard.schema.io import atomic_write_bytes, csv_bytes

    df = _read_claims(args.data)
    data = csv_bytes(df)
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        atomic_write_bytes(Path(args.out), data)
        print(f"wrote {args.out} ({len(df)} rows)", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from claimboard.extract.evaluate import format_rows, load_rows, score

    for path in (args.predicted, args.gold):
        if not Path(path).exists():
            raise CliError(f"{path}: no such file")
    try:
        result = score(load_rows(args.predicted), load_rows(args.gold))
    except (KeyError, ValueError, json.JSONDecodeError) as err:
        raise CliError(f"could not read the inputs ({err})") from None
    if args.json:
        d = {k: getattr(result, k) for k in result.SUMMARY_KEYS}
        d.update(misses=result.misses, false_positives=result.false_positives)
        print(json.dumps(d, default=str, indent=1))
    else:
        for line in format_rows("missed", result.misses, args.show) + format_rows("false positive", result.false_positives, args.show):
            print(line)
    print(result.summary())
    return 0


def cmd_dashboard(args) -> int:
    from claimboard.dashboard.launch import main as launch

    if args.port is not None and not 0 < args.port < 65536:
        raise CliError("--port must be between 1 and 65535")
    extra = [a for a in (args.streamlit_args or []) if a != "--"]
    return launch(args.data, port=args.port, address=args.host, headless=True if args.headless else None,
                  extra_args=extra)


def cmd_models(args) -> int:
    from claimboard.extract.models_table import format_unresolved, summary, unresolved_models

    if args.top < 0:
        raise CliError("--top must be 0 (all) or more")
    df = _read_claims(args.data)
    if "model" not in df.columns:
        raise CliError(f"{args.data}: no model column; not a claims file")
    for line in format_unresolved(unresolved_models(df), summary(df), args.top):
        print(line)
    return 0


def cmd_review(args) -> int:
    from claimboard.extract import review

    if args.score is not None:
        if args.claims or args.sample is not None or args.seed is not None or args.out is not None:
            raise CliError("--score takes only the sheet: claimboard review --score SHEET")
        if not Path(args.score).is_file():
            raise CliError(f"{args.score}: no such file")
        try:
            result = review.score_sheet(review.read_sheet(args.score))
        except ValueError as err:
            raise CliError(f"{args.score}: {err}") from None
        print("\n".join(review.format_score(result)))
        return 0
    if not args.claims:
        raise CliError("give a claims file to sample, or --score SHEET (see: claimboard review --help)")
    n, seed, out = 100 if args.sample is None else args.sample, args.seed or 0, Path(args.out or "review.csv")
    if n < 1 or not 0 <= seed < 2**32:
        raise CliError("--sample must be at least 1 and --seed between 0 and 4294967295")
    if out.exists():
        raise CliError(f"{out}: already exists (it may hold verdicts); remove it or choose another --out")
    df = _read_claims(args.claims)
    if df.empty:
        raise CliError(f"{args.claims}: no claims to sample")
    try:
        sample = review.sample_claims(df, n, seed)
        review.write_sheet(sample, out)
    except ValueError as err:
        raise CliError(f"{args.claims}: {err}") from None
    except OSError as err:
        raise CliError(f"{err.filename or out}: {err.strerror or err}") from None
    print(f"wrote {out}: {len(sample)} of {len(df)} claims (seed {seed}); fill the verdict column with one of: "
          f"{', '.join(review.VERDICTS)}; then run: claimboard review --score {out}")
    return 0


def cmd_fetch(args) -> int:
    from claimboard.extract import fetch

    def say(message: str) -> None:
        print(f"claimboard fetch: {message}", file=sys.stderr, flush=True)

    def warn(message: str) -> None:
        print(f"warning: {message}", file=sys.stderr, flush=True)

    progress = None if args.quiet else say
    common = dict(max_results=args.max_results, max_attempts=args.max_attempts, progress=progress, warn=warn)
    try:
        if args.source == "arxiv":
            result = fetch.fetch_arxiv(args.category, args.date_from, args.date_to, args.out, page_size=args.page_size,
                                       **common)
        else:
            result = fetch.fetch_hf_daily(args.date, args.date_to, args.out, **common)
    except (ValueError, fetch.FetchError) as err:
        raise CliError(str(err)) from None
    except KeyboardInterrupt:
        part, _ = fetch.part_paths(Path(args.out))
        kept = f"; what was fetched is in {part}: rerun the same command to resume" if part.exists() else ""
        print(f"claimboard fetch: interrupted{kept}", file=sys.stderr)
        return 130
    except OSError as err:
        raise CliError(f"{err.filename or args.out}: {err.strerror or err}") from None
    notes = [f"{len(result.warnings)} warning(s) above"] if result.warnings else []
    if result.skipped:
        notes.append(f"{result.skipped} record(s) without id, title or abstract skipped")
    if result.limited:
        notes.append("stopped at --max-results")
    if result.resumed_at is not None:
        notes.append(f"resumed with {result.resumed_at:,} already fetched")
    print(f"wrote {result.out}: {result.written:,} paper{'s' if result.written != 1 else ''}, "
          f"{result.requests:,} request{'s' if result.requests != 1 else ''}"
          + "".join(f"; {n}" for n in notes))
    return 0


COMMANDS = {
    "extract": cmd_extract,
    "validate": cmd_validate,
    "export": cmd_export,
    "evaluate": cmd_evaluate,
    "dashboard": cmd_dashboard,
    "models": cmd_models,
    "review": cmd_review,
    "fetch": cmd_fetch,
}

if __name__ == "__main__":
    sys.exit(main())
