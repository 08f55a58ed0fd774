"""Readers for the input formats: the Hugging Face papers listing saved as text, JSON
Lines, CSV and the arXiv metadata snapshot (one JSON object a line), each optionally
compressed (.gz, .bz2, .xz, .zst) and read in a stream. Each yields Paper records; problems
with one paper are reported as Issue records and the rest goes on, problems with a whole
file raise InputError. Filters (--categories, --since, --until) keep or leave out papers."""
from __future__ import annotations

import bz2
import csv
import errno
import gzip
import hashlib
import io
import json
import lzma
import os
import re
import sys
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Iterator

LISTING_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # the arXiv metadata snapshot: one JSON object a line
CSV_SUFFIXES = {".csv"}
READABLE_SUFFIXES = LISTING_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
# Any input may be compressed: the suffix before this one decides the format
# (papers.jsonl.gz, snapshot.json.xz, list.csv.bz2). zstd is read with pyarrow's codec
# (pyarrow is already a dependency: it writes the Parquet files).
COMPRESSIONS = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".zst": "zstd"}
_MAGIC = {b"\x1f\x8b": ".gz", b"BZh": ".bz2", b"\xfd7zXZ\x00": ".xz", b"\x28\xb5\x2f\xfd": ".zst"}
ARXIV_ABS = "https://arxiv.org/abs/"

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
    categories: tuple[str, ...] | None = None   # arXiv categories, when the input has them


@dataclass(frozen=True)
class Issue:
    source: str
    where: str
    problem: str
    kind: str = "skipped"   # "skipped": the paper (or line) was not extracted; "mentions capped";
                            # "filtered": papers of the file left out by --categories/--since/--until

    def __str__(self) -> str:
        return f"{self.source}: {self.where}: {self.problem}"


def slugify(title: str, limit: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:limit].rstrip("-") or "untitled"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CATEGORY = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*")


@dataclass(frozen=True)
class Filters:
    """Which papers to keep. categories: a paper is kept when one of its categories is in
    the list; an entry without a dot, or ending in '.*', is a whole archive ('cs', 'cs.*'
    keep cs.CL, cs.LG ...; 'astro-ph' keeps astro-ph and astro-ph.GA); matching ignores
    case. since / until: inclusive, on the paper's date (the snapshot's update_date, else
    the input's 'date'). A paper without categories (or without a date) is left out when
    that filter is given."""
    categories: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(cls, categories: str | None = None, since: str | None = None, until: str | None = None) -> "Filters":
        """From the command line's strings; ValueError with a one-line message when one is malformed."""
        cats: list[str] = []
        if categories is not None:
            for raw in categories.split(","):
                c = raw.strip()
                if not c:
                    continue
                if not _CATEGORY.fullmatch(c.removesuffix(".*")):
                    raise ValueError(f"--categories: {c!r} is not a category (expected e.g. cs.CL,cs.LG or cs)")
                cats.append(c)
            if not cats:
                raise ValueError("--categories: no category given (expected e.g. cs.CL,cs.LG or cs)")
        s, u = _cli_date("--since", since), _cli_date("--until", until)
        if s and u and s > u:
            raise ValueError(f"--since {s.isoformat()} is after --until {u.isoformat()}: no paper could match")
        return cls(tuple(cats), s, u)

    def __bool__(self) -> bool:
        return bool(self.categories) or self.since is not None or self.until is not None

    def describe(self) -> str:
        parts = []
        if self.categories:
            parts.append("--categories " + ",".join(self.categories))
        if self.since:
            parts.append(f"--since {self.since.isoformat()}")
        if self.until:
            parts.append(f"--until {self.until.isoformat()}")
        return " ".join(parts)

    def keep(self, paper: Paper) -> bool:
        if self.categories:
            if not paper.categories or not any(_category_matches(c, self.categories) for c in paper.categories):
                return False
        if self.since or self.until:
            d = _iso_date(paper.date)
            if d is None or (self.since and d < self.since) or (self.until and d > self.until):
                return False
        return True


def _category_matches(category: str, wanted: tuple[str, ...]) -> bool:
    c = category.lower()
    for w in wanted:
        w = w.lower()
        if w.endswith(".*"):
            w = w[:-2]
        if c == w or ("." not in w and c.startswith(w + ".")):
            return True
    return False


def _cli_date(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value.strip()):
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{option}: {value!r} is not a date (expected YYYY-MM-DD, e.g. 2024-01-31)") from None


def _iso_date(value) -> date | None:
    """The date a paper's date field starts with (2024-01-31, 2024-01-31T10:00Z), else None."""
    if not isinstance(value, str) or not _ISO_DATE.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _compression(path: Path) -> str | None:
    return COMPRESSIONS.get(path.suffix.lower())


def format_suffix(path: Path) -> str:
    """The suffix that decides the format: papers.jsonl.gz -> .jsonl, list.csv -> .csv."""
    if _compression(path):
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def _open_binary(path: Path):
    """The file's bytes, decompressed in a stream when its suffix says it is compressed."""
    comp = _compression(path)
    if comp == "gzip":
        return gzip.open(path, "rb")
    if comp == "bzip2":
        return bz2.open(path, "rb")
    if comp == "xz":
        return lzma.open(path, "rb")
    if comp == "zstd":
        import pyarrow as pa

        return pa.input_stream(str(path), compression="zstd")
    return path.open("rb")


@contextmanager
def _reading(path: Path, shown: str):
    """Turn what a bad file raises while it is read (undecodable text, malformed CSV, corrupt
    or truncated compressed data) into one InputError naming it."""
    try:
        yield
    except UnicodeDecodeError:
        raise InputError(f"{shown}: not UTF-8 text ({_bad_utf8(path)})") from None
    except csv.Error as err:
        raise InputError(f"{shown}: malformed CSV ({err})") from None
    except (EOFError, zlib.error, lzma.LZMAError, OSError) as err:
        comp = _compression(path)
        if comp is None or (isinstance(err, OSError) and err.errno is not None):
            raise
        detail = (str(err).splitlines() or [err.__class__.__name__])[0]
        raise InputError(f"{shown}: corrupt or truncated {comp} data ({detail})") from None


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
                    f"{raw}: folder has nothing readable (expected {', '.join(sorted(READABLE_SUFFIXES))} files, "
                    f"optionally compressed: {', '.join(COMPRESSIONS)})"
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
            if name.startswith(".") or format_suffix(f) not in READABLE_SUFFIXES:
                continue
            _check_link(f, f"{shown}/{f.relative_to(folder).as_posix()}")
            if f.is_file():
                yield f


def read_text(path: Path, shown: str) -> tuple[str, str]:
    """(text, sha256) of a UTF-8 text file, decompressed if it is compressed (the sha256 is
    of the bytes as stored); InputError for empty, binary, non-UTF-8 or corrupt."""
    stored = path.read_bytes()
    digest = hashlib.sha256(stored).hexdigest()
    data = stored
    if _compression(path):
        with _reading(path, shown), _open_binary(path) as fh:
            data = fh.read()
    if not data.strip():
        raise InputError(f"{shown}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{shown}: {_binary(data[:8192])}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{shown}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})") from None
    return text, digest


def read_papers(path: Path, shown: str, text: str) -> tuple[list[Paper], list[Issue]]:
    """All papers of one input held in memory (small inputs, tests)."""
    papers: list[Paper] = []
    issues: list[Issue] = []
    for item in parse(path, shown, io.StringIO(text, newline="")):
        if isinstance(item, Paper):
            papers.append(item)
        else:
            issues.append(item)
    if not papers:
        detail = f" ({issues[0].problem})" if issues else ""
        raise InputError(f"{shown}: no paper found{detail}")
    return papers, issues


def parse(path: Path, shown: str, fh) -> Iterator[Paper | Issue]:
    """Papers and per-paper issues of an open text stream, in order, one at a time."""
    suffix = format_suffix(path)
    if suffix in JSONL_SUFFIXES:
        return _parse_jsonl(fh, shown)
    if suffix in JSON_SUFFIXES:
        return _parse_jsonl(fh, shown, what="one JSON object a line (the arXiv metadata snapshot format)")
    if suffix in CSV_SUFFIXES:
        return _parse_csv(fh, shown)
    return _parse_listing(fh, shown)


def _binary(head: bytes) -> str:
    for magic, suffix in _MAGIC.items():
        if head.startswith(magic):
            return f"binary file ({suffix} compressed data: name it with the {suffix} suffix to have it read)"
    return "binary file (NUL bytes), not a text listing, JSON Lines or CSV"


def _open_text(path: Path, shown: str):
    """A text stream over the file (decompressed in a stream); InputError for an empty or
    binary file. Call inside _reading(): a corrupt compressed file fails here already."""
    with _open_binary(path) as fh:
        head = b""
        while len(head) < 8192:
            more = fh.read(8192 - len(head))
            if not more:
                break
            head += more
    if not head.strip() and len(head) < 8192:
        raise InputError(f"{shown}: empty file")
    if b"\x00" in head:
        raise InputError(f"{shown}: {_binary(head)}")
    return io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", errors="strict", newline="")


def check_input(path: Path, shown: str, filters: Filters | None = None) -> tuple[str, int, list[Issue]]:
    """First pass over one input: (sha256, papers, issues). Raises InputError for an
    unusable file, before anything is written. Reads in a stream: memory stays flat.
    With filters, papers counts the papers kept, and an Issue of kind "filtered" says
    how many were left out; a file whose papers are all left out is not an error here."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    count = kept = 0
    issues: list[Issue] = []
    with _reading(path, shown), _open_text(path, shown) as fh:
        for item in parse(path, shown, fh):
            if isinstance(item, Paper):
                count += 1
                if not filters or filters.keep(item):
                    kept += 1
            else:
                issues.append(item)
    if count == 0:
        detail = f" ({issues[0].problem})" if issues else ""
        raise InputError(f"{shown}: no paper found{detail}")
    if filters and kept < count:
        issues.append(Issue(shown, f"{count - kept:,} of {count:,} papers", f"left out by {filters.describe()}",
                            kind="filtered"))
    return digest.hexdigest(), kept, issues


def no_paper_matches(filters: Filters) -> InputError:
    """The error of a run whose filters leave out every paper of every input: nothing is
    written (an empty dataset would replace the previous one)."""
    hints = []
    if filters.categories:
        hints.append("a category matches exactly, or a whole archive given as cs or cs.*")
    if filters.since or filters.until:
        hints.append("dates are inclusive, on update_date or the input's date")
    return InputError(f"no paper in the inputs matches {filters.describe()}; nothing written ({'; '.join(hints)})")


def _bad_utf8(path: Path) -> str:
    """Where a file stops being UTF-8: 'byte 0xe9 at offset 1234'."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    try:
        with _open_binary(path) as fh:  # offsets are of the decompressed text
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as err:
                    bad = chunk[err.start] if err.start < len(chunk) else 0
                    return f"byte 0x{bad:02x} at offset {offset + err.start}"
                offset += len(chunk)
    except (EOFError, zlib.error, lzma.LZMAError, OSError):
        pass
    return "invalid byte sequence"


def stream_papers(path: Path, shown: str, filters: Filters | None = None) -> Iterator[Paper]:
    """Second pass: the papers of an input already checked by check_input (with the same
    filters), in a stream."""
    with _reading(path, shown), _open_text(path, shown) as fh:
        for item in parse(path, shown, fh):
            if isinstance(item, Paper) and (not filters or filters.keep(item)):
                yield item


def _paper(source: str, title: str, abstract: str, pid=None, url=None, date=None, categories=None) -> Paper:
    title = " ".join(title.split())
    pid = str(pid).strip() if pid not in (None, "") else slugify(title)
    return Paper(pid, title, abstract.strip(), source, url or None, date or None, _categories(categories))


def _categories(value) -> tuple[str, ...] | None:
    """arXiv categories from a string ('cs.CL cs.LG', 'cs.CL,cs.LG') or a list of strings."""
    if isinstance(value, str):
        cats = value.replace(",", " ").split()
    elif isinstance(value, (list, tuple)):
        cats = [c.strip() for c in value if isinstance(c, str) and c.strip()]
    else:
        return None
    return tuple(cats) or None


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
        elif nxt is not None and _is_abstract(nxt_head) and len(nxt_head) > len(head):
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


def _parse_jsonl(fh, shown: str, what: str = "JSON Lines") -> Iterator[Paper | Issue]:
    """JSON Lines; a record of the arXiv metadata snapshot (it has 'categories' and
    'versions' or 'update_date') is read as such (see _snapshot_paper)."""
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
                raise InputError(f"{shown}: not {what} ({first_problem})") from None
            yield Issue(shown, f"line {no}", f"invalid JSON ({err.msg}); skipped")
            continue
        if not isinstance(obj, dict):
            yield Issue(shown, f"line {no}", "not a JSON object; skipped")
            continue
        snapshot = _is_snapshot(obj)
        problem = _missing_fields(obj) or (snapshot and _missing_id(obj))
        if problem:
            which = f"arXiv {obj['id']}: " if snapshot and isinstance(obj.get("id"), str) and obj["id"].strip() else ""
            yield Issue(shown, f"line {no}", which + problem + "; skipped")
            continue
        good += 1
        if snapshot:
            yield _snapshot_paper(shown, obj)
        else:
            yield _paper(shown, obj["title"], obj["abstract"], obj.get("id"), obj.get("url"), obj.get("date"),
                         obj.get("categories"))
    if good == 0 and bad:
        raise InputError(f"{shown}: not {what} ({first_problem})")


def _is_snapshot(obj: dict) -> bool:
    return "categories" in obj and ("versions" in obj or "update_date" in obj)


def _missing_id(obj: dict) -> str | None:
    v = obj.get("id")
    return None if isinstance(v, str) and v.strip() else "missing or empty arXiv 'id'"


def _snapshot_paper(source: str, obj: dict) -> Paper:
    """A record of the arXiv metadata snapshot: hard line breaks and indents in the title and
    abstract become single spaces; the paper id is the arXiv id, the url its abs page, the
    date update_date (else the date of the first version)."""
    aid = obj["id"].strip()
    return Paper(aid, " ".join(obj["title"].split()), " ".join(obj["abstract"].split()), source,
                 ARXIV_ABS + aid, _snapshot_date(obj), _categories(obj.get("categories")))


def _snapshot_date(obj: dict) -> str | None:
    d = _iso_date(obj.get("update_date"))
    if d:
        return d.isoformat()
    versions = obj.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        try:
            return parsedate_to_datetime(str(versions[0].get("created"))).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


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
        yield _paper(shown, row["title"], row["abstract"], row.get("id"), row.get("url"), row.get("date"),
                     row.get("categories"))


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
