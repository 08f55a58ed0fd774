"""Mine candidate benchmark names from paper listings, for review before they enter the vocabulary.

    python -m claimboard.schema.mine_benchmarks LISTING.jsonl [...] --out candidates.csv \
        [--exclude HELD_OUT.jsonl ...] [--min-papers 3]

A name that abstracts write as "the X dataset", "X benchmark", "X test set", or list with a
plural head word or a known benchmark ("on ScanRefer and Nr3D", "on the A, B and C datasets"),
or write right after a result ("85.2% on StreamingBench") (a coined name: capitals inside, a digit or all capitals) in at least --min-papers different
papers is a candidate (names decided in --reviewed sheets are not offered again), unless the vocabulary already knows it or it is one of the things such a name can
be besides a dataset (a stop word, a model family of the registry, a metric, hardware, a task
acronym). Papers in the --exclude files (held-out evaluation sets) are not read, so a
vocabulary grown from the candidates never learns from the papers it is measured on.

The output has one row per candidate: name, papers (distinct papers that use it that way),
example (one sentence that does) and empty `keep` and `category` columns. A reviewer fills
them (keep: yes/no; category: one of schema/vocab/benchmarks.csv's categories) and the kept
rows are appended to schema/vocab/benchmarks.csv with the source "mined from N arXiv listing
papers, reviewed <date>" (`--apply REVIEWED.csv --date YYYY-MM-DD`). Run by hand; nothing
reads the listings at run or test time.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):                      # run as a file: python schema/mine_benchmarks.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimboard.extract.name_basics import _TASK_ACRONYM
from claimboard.extract.names import (
    _COINED_ITEM,
    _COINED_LIST,
    _LIST_HEAD_AFTER,
    _LIST_OPENER,
    COINED_NAME,
    _coined_place,
    benchmark_lexicon,
)
from claimboard.schema.vocab import VOCAB_DIR

# "the X dataset", "X benchmark", "X v2 test set": a coined name before a head word
_NAMED_DATA = re.compile(r"(?<![\w\-])(" + COINED_NAME + r")(?:\s+(?:v\d+|\d+(?:\.\d+)?))?\s+"
                         r"(?:dataset|benchmark|corpus|test\s+set|leaderboard|challenge)\b")
# "reaches 85.2% on StreamingBench", "+3.1 points on OVO-Bench": a coined name right after a result
_AFTER_RESULT = re.compile(r"\d(?:\.\d+)?\s*(?:%|\\%|points?|pp)?\s*(?:[A-Za-z@\-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?(?P<name>" + COINED_NAME + r")(?![\w\-])")
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?](?=\s|$)|$)")
CANDIDATE_COLUMNS = ["name", "papers", "example", "keep", "category"]
BENCHMARK_COLUMNS = ["name", "aliases", "category", "metric", "scale", "higher_is_better", "case_sensitive", "source"]


def _records(path: Path):
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not a JSON line ({exc.msg})") from None
            text = r.get("abstract") or r.get("summary") or ""
            yield str(r.get("id", "")).split("v")[0], (r.get("title") or "").strip().lower(), " ".join(str(text).split())


def _known(name: str) -> bool:
    found = benchmark_lexicon().find(name)
    return bool(found) and found[0].start == 0 and found[0].end == len(name)


def mine(listings: list[Path], exclude: list[Path], min_papers: int, decided: frozenset[str] = frozenset()) -> list[dict]:
    skip_ids, skip_titles = set(), set()
    for path in exclude:
        for pid, title, _ in _records(path):
            skip_ids.add(pid)
            skip_titles.add(title)
    papers: Counter[str] = Counter()
    example: dict[str, str] = {}
    seen = set()
    for path in listings:
        for pid, title, text in _records(path):
            key = pid or title
            if key in seen or pid in skip_ids or title in skip_titles:
                continue
            seen.add(key)
            names: dict[str, int] = {}
            for m in _NAMED_DATA.finditer(text):
                names.setdefault(m.group(1).rstrip("."), m.start())
            for m in _AFTER_RESULT.finditer(text):
                names.setdefault(m.group("name").rstrip("."), m.start("name"))
            # the lists the extractor reads names from (extract/names.py): after "on/across/..." or
            # before "datasets", with a plural head word or a known benchmark among them
            for m in _COINED_LIST.finditer(text):   # ("... and Flickr30K.": not the sentence's full stop)
                items = [(i.group(0).rstrip("."), m.start() + i.start()) for i in _COINED_ITEM.finditer(m.group(0))]
                head = _LIST_HEAD_AFTER.match(text, m.end()) is not None
                if (head or _LIST_OPENER.search(text, max(0, m.start() - 12), m.start())) and (head or any(_known(n) for n, _ in items)):
                    for name, at in items:
                        names.setdefault(name, at)
            for name, at in names.items():
                papers[name] += 1
                if name not in example:
                    s = next((s.group(0).strip() for s in _SENTENCE.finditer(text) if s.start() <= at < s.end()), "")
                    example[name] = s[:300]
    out: list[dict] = [{"name": name, "papers": count, "example": example[name], "keep": "", "category": ""}
           for name, count in papers.items()
           if count >= min_papers and name not in decided and not _known(name) and _coined_place(name) and not _TASK_ACRONYM.fullmatch(name)]
    out.sort(key=lambda r: (-r["papers"], r["name"]))
    return out


def apply(reviewed: Path, date: str, vocab: Path) -> int:
    """Append the rows kept by review to the benchmark vocabulary; returns how many."""
    existing = list(csv.DictReader(vocab.open(encoding="utf-8")))
    categories = {r["category"] for r in existing}
    # a name that differs from one of the vocabulary only in case ("GLAS" / "GlaS") is no new entry
    taken = {n.lower() for r in existing for n in [r["name"], *r["aliases"].split("|")] if n}
    kept: dict[str, list[dict]] = {}
    for n, r in enumerate(csv.DictReader(reviewed.open(encoding="utf-8")), 2):
        if r.get("keep", "").strip().lower() != "yes":
            continue
        category = r.get("category", "").strip()
        if category not in categories:
            raise SystemExit(f"{reviewed}:{n}: category {category!r} is not one of {sorted(categories)}")
        if not _known(r["name"]) and r["name"].lower() not in taken:
            # spellings of one name ("LoCoMo" / "LOCOMO", "Ego-Exo4D" / "EgoExo4D") make one entry
            kept.setdefault(re.sub(r"[\s\-_]", "", r["name"].lower()), []).append(r)
    rows = []
    for group in kept.values():
        group.sort(key=lambda r: -int(r["papers"]))
        rows.append({"name": group[0]["name"], "aliases": "|".join(r["name"] for r in group[1:]),
                     "category": group[0]["category"].strip(), "metric": "score", "scale": "",
                     "higher_is_better": "true", "case_sensitive": "true",
                     "source": f"mined from {sum(int(r['papers']) for r in group)} arXiv listing papers, reviewed {date}"})
    with vocab.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=BENCHMARK_COLUMNS, lineterminator="\n").writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="example: python -m claimboard.schema.mine_benchmarks listing.jsonl --exclude heldout.jsonl --out candidates.csv")
    parser.add_argument("listings", nargs="*", type=Path, help="JSON Lines listings (abstract or summary, title, id)")
    parser.add_argument("--exclude", nargs="*", type=Path, default=[], help="papers never to read (held-out sets)")
    parser.add_argument("--min-papers", type=int, default=3)
    parser.add_argument("--reviewed", nargs="*", type=Path, default=[], help="earlier review sheets: their names are not offered again")
    parser.add_argument("--out", type=Path, help="candidates CSV to write (never overwritten)")
    parser.add_argument("--apply", type=Path, help="a reviewed candidates CSV: append its kept rows to the vocabulary")
    parser.add_argument("--date", help="the review's date, for --apply")
    parser.add_argument("--vocab", type=Path, default=VOCAB_DIR / "benchmarks.csv")
    args = parser.parse_args(argv)
    if args.apply:
        if not args.date:
            parser.error("--apply needs --date")
        print(f"appended {apply(args.apply, args.date, args.vocab)} benchmarks to {args.vocab}", file=sys.stderr)
        return 0
    if not args.listings or not args.out:
        parser.error("give listings and --out (or --apply)")
    if args.out.exists():
        parser.error(f"{args.out} exists; not overwritten")
    decided = frozenset(r["name"] for path in args.reviewed for r in csv.DictReader(path.open(encoding="utf-8")))
    rows = mine(args.listings, args.exclude, args.min_papers, decided)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CANDIDATE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} candidates to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
