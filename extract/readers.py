"""Readers for the input formats: the Hugging Face papers listing saved as text, JSON
Lines and CSV. Each yields Paper records; problems with one paper are reported as Issue
records and the rest goes on, problems with a whole file raise InputError."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

LISTING_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
READABLE_SUFFIXES = LISTING_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# Page furniture of a Hugging Face papers listing: never a paper.
FURNITURE = re.compile(
    r"""^(?:
        new | subscribe | get\ trending\ papers.* | by\s*ak\b.* | submitted\ by.*
        | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\ \d{1,2}(?:,\ \d{4})?  # a date line: "Mar 11"
        | \d{4}-\d{2}-\d{2}                                                                 # an ISO date line
        | \d+ | upvote | daily\ papers
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
MIN_ABSTRACT_WORDS = 20  # an abstract line is prose; titles and furniture are short
MAX_TITLE_CHARS = 400


class InputError(Exception):
    """A whole input is unusable; the message names the file and the problem."""


@dataclass(frozen=True)
class Paper:
    paper_id: str
    title: str
    abstract: str
    source: str
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Issue:
    source: str
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.where}: {self.problem}"


def slugify(title: str, limit: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:limit].rstrip("-") or "untitled"


def collect_files(inputs: list[str]) -> list[tuple[Path, str]]:
    """Expand files and folders into (path, display name) pairs, sorted; raise InputError
    for a missing path or a folder with nothing readable."""
    out: list[tuple[Path, str]] = []
    for raw in inputs:
        p = Path(raw)
        shown = raw.rstrip("/") or raw
        if not p.exists():
            raise InputError(f"{raw}: no such file or folder")
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                raise InputError(
                    f"{raw}: folder has nothing readable (expected {', '.join(sorted(READABLE_SUFFIXES))} files)"
                )
            out.extend((f, f"{shown}/{f.relative_to(p).as_posix()}") for f in found)
        else:
            out.append((p, shown))
    return out


def read_text(path: Path, shown: str) -> tuple[str, str]:
    """(text, sha256) of a UTF-8 text file; InputError for empty, binary or non-UTF-8."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise InputError(f"{shown}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{shown}: binary file (NUL bytes), not a text listing, JSON Lines or CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{shown}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})") from None
    return text, digest


def read_papers(path: Path, shown: str, text: str) -> tuple[list[Paper], list[Issue]]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        papers, issues = _read_jsonl(text, shown)
    elif suffix in CSV_SUFFIXES:
        papers, issues = _read_csv(text, shown)
    else:
        papers, issues = _read_listing(text, shown)
    if not papers:
        detail = f" ({issues[0].problem})" if issues else ""
        raise InputError(f"{shown}: no paper found{detail}")
    return papers, issues


def _paper(source: str, title: str, abstract: str, pid=None, url=None, date=None) -> Paper:
    title = " ".join(title.split())
    pid = str(pid).strip() if pid not in (None, "") else slugify(title)
    return Paper(pid, title, abstract.strip(), source, url or None, date or None)


def _read_listing(text: str, shown: str) -> tuple[list[Paper], list[Issue]]:
    lines = text.splitlines()
    # blocks of consecutive non-blank lines: (first line number, lines)
    blocks: list[tuple[int, list[str]]] = []
    for no, line in enumerate(lines, 1):
        if line.strip():
            if blocks and blocks[-1][0] + len(blocks[-1][1]) == no:
                blocks[-1][1].append(line.strip())
            else:
                blocks.append((no, [line.strip()]))
    papers: list[Paper] = []
    issues: list[Issue] = []
    i = 0
    while i < len(blocks):
        no, block = blocks[i]
        head = block[0]
        if len(block) == 1 and FURNITURE.match(head):
            i += 1
            continue
        nxt_head = blocks[i + 1][1][0] if i + 1 < len(blocks) else ""
        if len(block) > 1:
            # title and abstract on consecutive lines
            abstract, nxt = " ".join(block[1:]), i + 1
        elif _is_abstract(nxt_head) and len(nxt_head) > len(head):
            abstract, nxt = " ".join(blocks[i + 1][1]), i + 2
        elif _is_abstract(head):
            issues.append(Issue(shown, f"line {no}", "abstract without a title line before it; skipped"))
            i += 1
            continue
        else:
            if i + 1 >= len(blocks):
                raise InputError(f"{shown}: truncated listing: the last paper (line {no}) has no abstract")
            issues.append(Issue(shown, f"line {no}", f"title without an abstract ({head[:60]!r}); skipped"))
            i += 1
            continue
        if len(head) > MAX_TITLE_CHARS:
            issues.append(Issue(shown, f"line {no}", "title line too long to be a title; skipped"))
        else:
            papers.append(_paper(shown, head, abstract))
        i = nxt
    return papers, issues


def _is_abstract(line: str) -> bool:
    return len(line.split()) >= MIN_ABSTRACT_WORDS


def _read_jsonl(text: str, shown: str) -> tuple[list[Paper], list[Issue]]:
    papers, issues = [], []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            issues.append(Issue(shown, f"line {no}", f"invalid JSON ({err.msg}); skipped"))
            continue
        if not isinstance(obj, dict):
            issues.append(Issue(shown, f"line {no}", "not a JSON object; skipped"))
            continue
        problem = _missing_fields(obj)
        if problem:
            issues.append(Issue(shown, f"line {no}", problem + "; skipped"))
            continue
        papers.append(_paper(shown, obj["title"], obj["abstract"], obj.get("id"), obj.get("url"), obj.get("date")))
    if not papers and issues and all("invalid JSON" in i.problem for i in issues):
        raise InputError(f"{shown}: not JSON Lines ({issues[0].where}: {issues[0].problem.removesuffix('; skipped')})")
    return papers, issues


def _read_csv(text: str, shown: str) -> tuple[list[Paper], list[Issue]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "title" not in header or "abstract" not in header:
        raise InputError(f"{shown}: CSV has no 'title' and 'abstract' columns (found: {', '.join(header) or 'none'})")
    reader.fieldnames = header
    papers, issues = [], []
    for row in reader:
        no = reader.line_num
        if None in row:
            issues.append(Issue(shown, f"line {no}", "more cells than columns; skipped"))
            continue
        problem = _missing_fields(row)
        if problem:
            issues.append(Issue(shown, f"line {no}", problem + "; skipped"))
            continue
        papers.append(_paper(shown, row["title"], row["abstract"], row.get("id"), row.get("url"), row.get("date")))
    return papers, issues


def _missing_fields(obj: dict) -> str | None:
    for field in ("title", "abstract"):
        v = obj.get(field)
        if not isinstance(v, str) or not v.strip():
            return f"missing or empty '{field}'"
    return None


def iter_inputs(inputs: list[str]) -> Iterator[tuple[str, str, list[Paper], list[Issue]]]:
    """(display name, sha256, papers, issues) per input file, in a stable order."""
    for path, shown in collect_files(inputs):
        text, digest = read_text(path, shown)
        papers, issues = read_papers(path, shown, text)
        yield shown, digest, papers, issues
