"""Readers for the input formats: the Hugging Face papers listing saved as text, JSON
Lines and CSV. Each yields Paper records; problems with one paper are reported as Issue
records and the rest goes on, problems with a whole file raise InputError."""
from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import sys
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
    kind: str = "skipped"   # "skipped": the paper (or line) was not extracted; "mentions capped"

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
        _check_link(p, raw)
        if not p.exists():
            raise InputError(f"{raw}: no such file or folder")
        if p.is_dir():
            found = sorted(_files_under(p, shown))
            if not found:
                raise InputError(
                    f"{raw}: folder has nothing readable (expected {', '.join(sorted(READABLE_SUFFIXES))} files)"
                )
            out.extend((f, f"{shown}/{f.relative_to(p).as_posix()}") for f in found)
        else:
            out.append((p, shown))
    return out


def _check_link(p: Path, shown: str) -> None:
    """InputError for a symbolic link that loops (a -> b -> a) or points nowhere."""
    if p.is_symlink():
        try:
            p.resolve(strict=True)
        except RuntimeError:
            raise InputError(f"{shown}: symbolic link loop") from None
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise InputError(f"{shown}: symbolic link loop") from None
            raise InputError(f"{shown}: symbolic link to a missing file") from None


def _files_under(folder: Path, shown: str) -> Iterator[Path]:
    """Readable files under folder, hidden ones skipped. Links to folders are not followed
    (a link back up the tree would never end); a looping or dangling link to a file
    with a readable suffix is an InputError naming it."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            f = Path(root) / name
            if name.startswith(".") or f.suffix.lower() not in READABLE_SUFFIXES:
                continue
            _check_link(f, f"{shown}/{f.relative_to(folder).as_posix()}")
            if f.is_file():
                yield f


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
    """All papers of one input held in memory (small inputs, tests)."""
    papers, issues = [], []
    for item in parse(path, shown, io.StringIO(text, newline="")):
        (papers if isinstance(item, Paper) else issues).append(item)
    if not papers:
        detail = f" ({issues[0].problem})" if issues else ""
        raise InputError(f"{shown}: no paper found{detail}")
    return papers, issues


def parse(path: Path, shown: str, fh) -> Iterator[Paper | Issue]:
    """Papers and per-paper issues of an open text stream, in order, one at a time."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _parse_jsonl(fh, shown)
    if suffix in CSV_SUFFIXES:
        return _parse_csv(fh, shown)
    return _parse_listing(fh, shown)


def _open_text(path: Path, shown: str):
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip() and path.stat().st_size == len(head):
        raise InputError(f"{shown}: empty file")
    if b"\x00" in head:
        raise InputError(f"{shown}: binary file (NUL bytes), not a text listing, JSON Lines or CSV")
    return path.open("r", encoding="utf-8-sig", errors="strict", newline="")


def check_input(path: Path, shown: str) -> tuple[str, int, list[Issue]]:
    """First pass over one input: (sha256, papers, issues). Raises InputError for an
    unusable file, before anything is written. Reads in a stream: memory stays flat."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    count, issues = 0, []
    fh = _open_text(path, shown)
    try:
        with fh:
            for item in parse(path, shown, fh):
                if isinstance(item, Paper):
                    count += 1
                else:
                    issues.append(item)
    except UnicodeDecodeError:
        raise InputError(f"{shown}: not UTF-8 text ({_bad_utf8(path)})") from None
    except csv.Error as err:
        raise InputError(f"{shown}: malformed CSV ({err})") from None
    if count == 0:
        detail = f" ({issues[0].problem})" if issues else ""
        raise InputError(f"{shown}: no paper found{detail}")
    return digest.hexdigest(), count, issues


def _bad_utf8(path: Path) -> str:
    """Where a file stops being UTF-8: 'byte 0xe9 at offset 1234'."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as err:
                pos = max(0, err.start - len(decoder.getstate()[0]))
                bad = chunk[err.start] if err.start < len(chunk) else 0
                return f"byte 0x{bad:02x} at offset {offset + err.start}"
            offset += len(chunk)
    return "invalid byte sequence"


def stream_papers(path: Path, shown: str) -> Iterator[Paper]:
    """Second pass: the papers of an input already checked by check_input."""
    with _open_text(path, shown) as fh:
        for item in parse(path, shown, fh):
            if isinstance(item, Paper):
                yield item


def _paper(source: str, title: str, abstract: str, pid=None, url=None, date=None) -> Paper:
    title = " ".join(title.split())
    pid = str(pid).strip() if pid not in (None, "") else slugify(title)
    return Paper(pid, title, abstract.strip(), source, url or None, date or None)


def _blocks(fh) -> Iterator[tuple[int, list[str]]]:
    """Blocks of consecutive non-blank lines: (first line number, stripped lines)."""
    block: list[str] = []
    start = 0
    for no, line in enumerate(fh, 1):
        line = line.strip()
        if line:
            if not block:
                start = no
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def _parse_listing(fh, shown: str) -> Iterator[Paper | Issue]:
    blocks = _blocks(fh)
    cur = next(blocks, None)
    while cur is not None:
        nxt = next(blocks, None)
        no, block = cur
        head = block[0]
        if len(block) == 1 and FURNITURE.match(head):
            cur = nxt
            continue
        nxt_head = nxt[1][0] if nxt else ""
        if len(block) > 1:
            abstract = " ".join(block[1:])  # title and abstract on consecutive lines
        elif _is_abstract(nxt_head) and len(nxt_head) > len(head):
            abstract = " ".join(nxt[1])
            nxt = next(blocks, None)
        elif _is_abstract(head):
            yield Issue(shown, f"line {no}", "abstract without a title line before it; skipped")
            cur = nxt
            continue
        else:
            if nxt is None:
                raise InputError(f"{shown}: truncated listing: the last paper (line {no}) has no abstract")
            yield Issue(shown, f"line {no}", f"title without an abstract ({head[:60]!r}); skipped")
            cur = nxt
            continue
        if len(head) > MAX_TITLE_CHARS:
            yield Issue(shown, f"line {no}", "title line too long to be a title; skipped")
        else:
            yield _paper(shown, head, abstract)
        cur = nxt


def _is_abstract(line: str) -> bool:
    return len(line.split()) >= MIN_ABSTRACT_WORDS


def _parse_jsonl(fh, shown: str) -> Iterator[Paper | Issue]:
    good = bad = 0
    first_problem = None
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            bad += 1
            first_problem = first_problem or f"line {no}: invalid JSON ({err.msg})"
            if good == 0 and bad >= 3:
                raise InputError(f"{shown}: not JSON Lines ({first_problem})") from None
            yield Issue(shown, f"line {no}", f"invalid JSON ({err.msg}); skipped")
            continue
        if not isinstance(obj, dict):
            yield Issue(shown, f"line {no}", "not a JSON object; skipped")
            continue
        problem = _missing_fields(obj)
        if problem:
            yield Issue(shown, f"line {no}", problem + "; skipped")
            continue
        good += 1
        yield _paper(shown, obj["title"], obj["abstract"], obj.get("id"), obj.get("url"), obj.get("date"))
    if good == 0 and bad:
        raise InputError(f"{shown}: not JSON Lines ({first_problem})")


# The csv module refuses fields over 131,072 characters by default; a long abstract is
# read, then skipped (or not) by the extractor's length limit, like any other.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _parse_csv(fh, shown: str) -> Iterator[Paper | Issue]:
    reader = csv.DictReader(fh)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "title" not in header or "abstract" not in header:
        raise InputError(f"{shown}: CSV has no 'title' and 'abstract' columns (found: {', '.join(header) or 'none'})")
    reader.fieldnames = header
    for row in reader:
        no = reader.line_num
        if None in row:
            yield Issue(shown, f"line {no}", "more cells than columns; skipped")
            continue
        problem = _missing_fields(row)
        if problem:
            yield Issue(shown, f"line {no}", problem + "; skipped")
            continue
        yield _paper(shown, row["title"], row["abstract"], row.get("id"), row.get("url"), row.get("date"))


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
