"""`claimboard fetch`: paper abstracts from the arXiv API (by category and submission date) and
from the Hugging Face daily papers API, written as JSON Lines that `claimboard extract` reads:
one object a line with id, title, abstract, url, date and (arXiv) categories.

Standard library only: urllib for HTTP, xml.etree for arXiv's Atom feed. Every request goes
through a Transport (a callable url -> (status, headers, body)), so tests serve recorded
responses and never touch the network. A Client adds the rules of polite harvesting: at least
`min_interval` seconds between two requests (arXiv asks for 3 s), and retries with exponential
backoff on HTTP 429 and 5xx, on network errors and on truncated answers, waiting at least as
long as a Retry-After header asks.

Resumable: records are appended to OUT.part, and after each page a small state file,
OUT.part.state, records where to go on (the date window and the offset in it) and how many
bytes of OUT.part are good. Rerunning the same command goes on from there, never writing an id
twice; at the end OUT.part is renamed to OUT (atomically) and the state file removed. A run
killed at any point and rerun gives the same file as a run that was never interrupted.
"""
from __future__ import annotations

import fcntl
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TypeVar

from claimboard.extract.outdir import fsync_dir

ARXIV_API = "https://export.arxiv.org/api/query"
HF_DAILY_API = "https://huggingface.co/api/daily_papers"
ARXIV_ABS = "https://arxiv.org/abs/"
HF_PAPERS = "https://huggingface.co/papers/"

ARXIV_MIN_INTERVAL = 3.0    # arXiv's terms of use: no more than one request every three seconds
HF_MIN_INTERVAL = 1.0       # the Hub allows 500 requests in 5 minutes; one a second stays well under
ARXIV_MAX_PAGE = 2000       # the API returns at most 2,000 results per call ...
ARXIV_MAX_OFFSET = 30000    # ... and at most 30,000 for one query: a window with more is split
ARXIV_WINDOW_DAYS = 7       # one query per week of submission dates
HF_PAGE_SIZE = 100          # the daily papers API's largest `limit`
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 900.0     # a longer Retry-After is not waited for: the run stops, to be resumed later
TIMEOUT = 120.0
STATE_VERSION = 1

try:
    from importlib.metadata import version as _version

    USER_AGENT = f"claimboard/{_version('claimboard')} (fetch; python-urllib)"
except Exception:  # not installed (running from a checkout)
    USER_AGENT = "claimboard (fetch; python-urllib)"

ATOM = "http://www.w3.org/2005/Atom"
NS = {"atom": ATOM, "opensearch": "http://a9.com/-/spec/opensearch/1.1/", "arxiv": "http://arxiv.org/schemas/atom"}
# An arXiv category (cs.CL, hep-ex, astro-ph.GA, cond-mat.stat-mech, q-bio.SC); ACM and MSC
# classes that the feed also lists as <category> (I.2.6, 68T50) do not match.
ARXIV_CATEGORY = re.compile(r"[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[A-Za-z]+)*)?")
NEW_ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Headers = Mapping[str, str]
Response = tuple[int, Headers, bytes]
Transport = Callable[[str], Response]
Window = tuple[date, date]
T = TypeVar("T")


class FetchError(Exception):
    """A fetch that cannot go on; the message is one line, naming the URL and the cause."""


class TransportError(Exception):
    """No HTTP answer at all: connection refused, name not resolved, timed out, cut short."""


class RetryableResponse(Exception):
    """A 2xx answer that is wrong in a way that may pass (truncated XML, an empty page inside the
    results). With a fallback, the client returns it after the last attempt instead of failing."""

    def __init__(self, message: str, fallback=None):
        super().__init__(message)
        self.fallback = fallback


# --- transport and client -----------------------------------------------------------------

class UrllibTransport:
    """The real transport: GET with a User-Agent and a timeout. An HTTP error status is returned
    as an answer (the client decides), a network failure raises TransportError."""

    def __init__(self, user_agent: str = USER_AGENT, timeout: float = TIMEOUT):
        self.user_agent = user_agent
        self.timeout = timeout

    def __call__(self, url: str) -> Response:
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.status, dict(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as err:
            try:
                body = err.read()
            except (OSError, http.client.HTTPException):
                body = b""
            return err.code, dict(err.headers.items()) if err.headers else {}, body
        except urllib.error.URLError as err:
            raise TransportError(f"network error ({err.reason})") from None
        except (TimeoutError, OSError, http.client.HTTPException) as err:
            raise TransportError(f"network error ({err.__class__.__name__}: {err})") from None


def default_transport() -> Transport:
    return UrllibTransport()


# Looked up when a fetch starts, so tests can replace them (no real waiting).
default_sleep = time.sleep
default_clock = time.monotonic


@dataclass
class Client:
    """GET through a transport, at most one request every `min_interval` seconds (measured from
    the end of the previous answer), with up to `max_attempts` attempts: a retry waits
    backoff * 2**(n-1) seconds (capped at max_backoff), or longer if Retry-After asks."""
    transport: Transport
    min_interval: float = 0.0
    max_attempts: int = 5
    backoff: float = 5.0
    max_backoff: float = 300.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    log: Callable[[str], None] = lambda message: None
    requests: int = field(default=0, init=False)
    _last: float | None = field(default=None, init=False, repr=False)

    def get(self, url: str, parse: Callable[[bytes], T], describe: Callable[[bytes], str] | None = None) -> T:
        """parse(body) of the first good answer. parse raises RetryableResponse for an answer to
        try again, FetchError for a final one; `describe(body)` words the error body of a status
        that is not retried."""
        failure, fallback = "", None
        for attempt in range(1, self.max_attempts + 1):
            self._pace()
            retry_after = None
            fallback = None
            try:
                self.requests += 1
                status, headers, body = self.transport(url)
            except TransportError as err:
                failure = str(err)
            else:
                if 200 <= status < 300:
                    try:
                        return parse(body)
                    except RetryableResponse as err:
                        failure, fallback = str(err), err.fallback
                    except FetchError as err:
                        raise FetchError(f"{url}: {err}") from None
                else:
                    detail = _detail(describe, body)
                    if status not in RETRY_STATUSES:
                        raise FetchError(f"{url}: HTTP {status}{detail}")
                    failure = f"HTTP {status}{detail}"
                    retry_after = _retry_after(headers)
            finally:
                self._last = self.clock()
            if attempt == self.max_attempts:
                break
            delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
            if retry_after is not None:
                if retry_after > MAX_RETRY_AFTER:
                    raise FetchError(f"{url}: {failure}; the server asks to wait {retry_after:,.0f} s before trying again")
                delay = max(delay, retry_after)
            self.log(f"{url}: {failure}; trying again in {delay:g} s (attempt {attempt + 1} of {self.max_attempts})")
            self.sleep(delay)
        if fallback is not None:
            self.log(f"{url}: {failure}, {self.max_attempts} times; going on")
            return fallback
        attempts = f"{self.max_attempts} attempts" if self.max_attempts > 1 else "1 attempt"
        raise FetchError(f"{url}: {failure} (gave up after {attempts})")

    def _pace(self) -> None:
        if self._last is not None and self.min_interval > 0:
            wait = self._last + self.min_interval - self.clock()
            if wait > 0:
                self.sleep(wait)


def _detail(describe, body: bytes) -> str:
    if describe is None or not body:
        return ""
    try:
        text = describe(body)
    except Exception:  # an error body we cannot read says nothing more
        return ""
    text = " ".join((text or "").split())
    return f" ({text[:200]})" if text else ""


def _retry_after(headers: Headers) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), else None."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


# --- parsing --------------------------------------------------------------------------------

def normalise(text) -> str:
    """Hard line breaks, indents and runs of spaces as single spaces."""
    return " ".join(text.split()) if isinstance(text, str) else ""


def arxiv_id(raw: str) -> str | None:
    """'http://arxiv.org/abs/2401.00001v2' -> '2401.00001'; 'http://arxiv.org/abs/hep-ex/0307015v1'
    -> 'hep-ex/0307015'; None when it is not an abstract page's id."""
    raw = (raw or "").strip()
    if "/abs/" not in raw:
        return None
    aid = re.sub(r"v\d+$", "", raw.split("/abs/", 1)[1].strip().strip("/"))
    return aid or None


@dataclass
class AtomPage:
    total: int | None
    records: list[dict]
    skipped: int = 0


def parse_atom(body: bytes) -> AtomPage:
    """An arXiv API answer: totalResults and one record per entry. Both layouts arXiv has served
    are read (namespaces declared on each element, as in the user manual and until 2025; or once
    on the feed). An error feed (one entry whose id is .../api/errors#...) raises FetchError; a
    body that is not a whole Atom feed raises RetryableResponse."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as err:
        raise RetryableResponse(f"not a complete Atom feed ({err})") from None
    if root.tag != f"{{{ATOM}}}feed":
        raise RetryableResponse(f"not an Atom feed (root element {root.tag!r})")
    total = _int(root.findtext("opensearch:totalResults", namespaces=NS))
    records, skipped = [], 0
    for entry in root.findall("atom:entry", NS):
        raw_id = entry.findtext("atom:id", "", NS).strip()
        if "/api/errors" in raw_id:
            raise FetchError(f"arXiv API error: {normalise(entry.findtext('atom:summary', '', NS)) or raw_id}")
        record = _atom_record(entry, raw_id)
        if record is None:
            skipped += 1
        else:
            records.append(record)
    return AtomPage(total, records, skipped)


def atom_error(body: bytes) -> str:
    """The message of an arXiv error feed (sent with HTTP 400 for a bad query)."""
    try:
        parse_atom(body)
    except FetchError as err:
        return str(err)
    except RetryableResponse:
        return ""
    return ""


def _int(text) -> int | None:
    try:
        return int(str(text).strip())
    except (TypeError, ValueError):
        return None


def _atom_record(entry, raw_id: str) -> dict | None:
    aid = arxiv_id(raw_id)
    title = normalise(entry.findtext("atom:title", "", NS))
    abstract = normalise(entry.findtext("atom:summary", "", NS))
    if not aid or not title or not abstract:
        return None
    cats: list[str] = []
    primary = entry.find("arxiv:primary_category", NS)
    terms = ([primary.get("term")] if primary is not None else []) + [c.get("term") for c in entry.findall("atom:category", NS)]
    for term in terms:
        term = (term or "").strip()
        if ARXIV_CATEGORY.fullmatch(term) and term not in cats:
            cats.append(term)
    record = {"id": aid, "title": title, "abstract": abstract, "url": ARXIV_ABS + aid}
    published = entry.findtext("atom:published", "", NS).strip()[:10]
    if _ISO_DATE.fullmatch(published):
        record["date"] = published
    if cats:
        record["categories"] = " ".join(cats)
    return record


def parse_hf_daily(body: bytes) -> list:
    """The daily papers API's answer: a JSON list of items. {"error": ...} raises FetchError."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as err:
        raise RetryableResponse(f"not complete JSON ({err})") from None
    if isinstance(data, dict) and "error" in data:
        raise FetchError(f"Hugging Face API error: {normalise(str(data['error']))}")
    if not isinstance(data, list):
        raise FetchError(f"expected a JSON list of daily papers, got a JSON {type(data).__name__}")
    return data


def hf_error(body: bytes) -> str:
    """The message of a daily papers API error answer ({"error": ...})."""
    data = json.loads(body)
    return f"Hugging Face API error: {data['error']}" if isinstance(data, dict) and data.get("error") else ""


def hf_record(item) -> dict | None:
    """One daily papers item as a record: the paper object's id, title, summary and publishedAt
    (the item's own title and summary when the paper lacks them)."""
    if not isinstance(item, dict):
        return None
    paper: dict = item["paper"] if isinstance(item.get("paper"), dict) else {}
    pid = str(paper.get("id") or item.get("id") or "").strip()
    title = normalise(paper.get("title") or item.get("title"))
    abstract = normalise(paper.get("summary") or item.get("summary"))
    if not pid or not title or not abstract:
        return None
    record = {"id": pid, "title": title, "abstract": abstract,
              "url": (ARXIV_ABS if NEW_ARXIV_ID.fullmatch(pid) else HF_PAPERS) + pid}
    published = str(paper.get("publishedAt") or item.get("publishedAt") or "")[:10]
    if _ISO_DATE.fullmatch(published):
        record["date"] = published
    return record


# --- sources ----------------------------------------------------------------------------------

@dataclass
class Page:
    records: list[dict]
    next_cursor: int | None          # None: this window is done
    note: str = ""                   # for the progress line
    narrow_to: date | None = None    # refetch the window ending on this date instead
    warning: str | None = None
    skipped: int = 0


class ArxivSource:
    """cat:A OR cat:B AND submittedDate in one week at a time, in submission order, paged by
    `start`. Dates are arXiv's (UTC)."""
    name = "arxiv"

    @property
    def label(self) -> str:
        return f"arxiv {' '.join(self.categories)}"

    def __init__(self, client: Client, categories: list[str], date_from: date, date_to: date,
                 page_size: int = 100, window_days: int = ARXIV_WINDOW_DAYS):
        self.client, self.categories = client, categories
        self.date_from, self.date_to = date_from, date_to
        self.page_size, self.window_days = page_size, window_days

    @property
    def identity(self) -> dict:
        return {"source": self.name, "categories": self.categories,
                "from": self.date_from.isoformat(), "to": self.date_to.isoformat()}

    def describe(self) -> str:
        return f"{' '.join(self.categories)} {self.date_from.isoformat()}..{self.date_to.isoformat()}"

    def first_window(self) -> Window:
        return self.date_from, min(self.date_to, self.date_from + timedelta(days=self.window_days - 1))

    def next_window(self, window: Window) -> Window | None:
        end = window[1]
        if end >= self.date_to:
            return None
        return end + timedelta(days=1), min(self.date_to, end + timedelta(days=self.window_days))

    def query(self, window: Window) -> str:
        cats = " OR ".join(f"cat:{c}" for c in self.categories)
        if len(self.categories) > 1:
            cats = f"({cats})"
        return f"{cats} AND submittedDate:[{window[0]:%Y%m%d}0000 TO {window[1]:%Y%m%d}2359]"

    def url(self, window: Window, start: int) -> str:
        params = [("search_query", self.query(window)), ("start", start), ("max_results", self.page_size),
                  ("sortBy", "submittedDate"), ("sortOrder", "ascending")]
        return f"{ARXIV_API}?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote_plus, safe=':[]')}"

    def page(self, window: Window, start: int) -> Page:
        def parse(body: bytes) -> AtomPage:
            feed = parse_atom(body)
            if not feed.records and not feed.skipped and feed.total is not None and start < min(feed.total, ARXIV_MAX_OFFSET):
                # arXiv sometimes answers a page inside the results with no entry; asking again helps
                raise RetryableResponse(f"no entry at offset {start} of {feed.total:,} results", fallback=feed)
            return feed

        feed = self.client.get(self.url(window, start), parse, describe=atom_error)
        span = f"{window[0].isoformat()}..{window[1].isoformat()}"
        total = feed.total
        if start == 0 and total is not None and total > ARXIV_MAX_OFFSET and window[1] > window[0]:
            half = window[0] + timedelta(days=(window[1] - window[0]).days // 2)
            return Page([], None, f"{span}: {total:,} results, over arXiv's {ARXIV_MAX_OFFSET:,} per query; "
                                  f"splitting the window", narrow_to=half)
        got = len(feed.records) + feed.skipped
        nxt = start + got
        warning = None
        if got == 0:
            done = True
            if total is not None and start < min(total, ARXIV_MAX_OFFSET):
                warning = (f"arXiv reported {total:,} results for {span} but returned none from offset {start:,}; "
                           f"going on with the next window")
        elif total is None:
            done = got < self.page_size
        else:
            done = nxt >= min(total, ARXIV_MAX_OFFSET)
            if done and total > ARXIV_MAX_OFFSET:
                warning = f"{span}: arXiv serves only the first {ARXIV_MAX_OFFSET:,} of {total:,} results of one day"
        shown_total = f" of {total:,}" if total is not None else ""
        return Page(feed.records, None if done else nxt, f"{span}: {nxt:,}{shown_total}", warning=warning,
                    skipped=feed.skipped)


class HfDailySource:
    """The Hugging Face daily papers of each day from date_from to date_to, paged by `p`."""
    name = "hf-daily"
    label = "hf-daily"

    def __init__(self, client: Client, date_from: date, date_to: date, page_size: int = HF_PAGE_SIZE):
        self.client, self.date_from, self.date_to, self.page_size = client, date_from, date_to, page_size

    @property
    def identity(self) -> dict:
        return {"source": self.name, "from": self.date_from.isoformat(), "to": self.date_to.isoformat()}

    def describe(self) -> str:
        if self.date_from == self.date_to:
            return self.date_from.isoformat()
        return f"{self.date_from.isoformat()}..{self.date_to.isoformat()}"

    def first_window(self) -> Window:
        return self.date_from, self.date_from

    def next_window(self, window: Window) -> Window | None:
        day = window[0] + timedelta(days=1)
        return None if day > self.date_to else (day, day)

    def url(self, day: date, p: int) -> str:
        return f"{HF_DAILY_API}?{urllib.parse.urlencode([('date', day.isoformat()), ('limit', self.page_size), ('p', p)])}"

    def page(self, window: Window, p: int) -> Page:
        items = self.client.get(self.url(window[0], p), parse_hf_daily, describe=hf_error)
        records = [r for r in map(hf_record, items) if r is not None]
        done = len(items) < self.page_size
        return Page(records, None if done else p + 1, f"{window[0].isoformat()} page {p + 1}: {len(items)} papers",
                    skipped=len(items) - len(records))


# --- the resumable run --------------------------------------------------------------------------

@dataclass
class Result:
    out: Path
    written: int
    requests: int
    warnings: list[str]
    skipped: int
    resumed_at: int | None     # papers already in OUT.part when this run started, if it resumed
    limited: bool              # stopped at --max-results


def part_paths(out: Path) -> tuple[Path, Path]:
    return out.with_name(out.name + ".part"), out.with_name(out.name + ".part.state")


def run(source, out: Path, *, max_results: int | None = None, progress: Callable[[str], None] | None = None,
        warn: Callable[[str], None] | None = None) -> Result:
    """Fetch every page of `source` into `out` (see the module's docstring for resuming)."""
    progress = progress or (lambda message: None)
    warn = warn or (lambda message: None)
    out = Path(out)
    if out.is_dir():
        raise FetchError(f"{out}: is a folder (give a file name, e.g. {out / 'papers.jsonl'})")
    out.parent.mkdir(parents=True, exist_ok=True)
    part, state_path = part_paths(out)
    state = _load_state(state_path, part, source, progress)
    fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.ftruncate(fd, state["part_bytes"])
        ids = _ids_in(part)
    except BaseException as err:
        os.close(fd)
        if isinstance(err, BlockingIOError):
            raise FetchError(f"{part}: another claimboard fetch is writing it") from None
        raise
    written = size = 0
    try:
        written, size = state["written"], state["part_bytes"]
        resumed_at = written if state["resumed"] else None
        warnings: list[str] = list(state["warnings"])
        window = _window(state["window"])
        cursor, skipped = state["cursor"], state["skipped"]
        os.lseek(fd, 0, os.SEEK_END)
        while window is not None and not (max_results and written >= max_results):
            page = source.page(window, cursor)
            if page.narrow_to is not None:
                progress(f"{source.label} {page.note}")
                window, cursor = (window[0], page.narrow_to), 0
                _save_state(state_path, source, window, cursor, written, size, warnings, skipped)
                continue
            new: list[dict] = []
            for record in page.records:
                if record["id"] in ids:
                    continue
                if max_results and written + len(new) >= max_results:
                    break
                ids.add(record["id"])
                new.append(record)
            data = b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in new)
            _write_all(fd, data)
            os.fsync(fd)
            written, size, skipped = written + len(new), size + len(data), skipped + page.skipped
            if page.warning:
                warnings.append(page.warning)
                warn(page.warning)
            limited = bool(max_results and written >= max_results)
            if page.next_cursor is not None and page.records and not new and not limited:
                message = f"{page.note}: the page repeats papers already written; going on with the next window"
                warnings.append(message)
                warn(message)
                page.next_cursor = None
            if page.next_cursor is None:
                window, cursor = source.next_window(window), 0
            else:
                cursor = page.next_cursor
            _save_state(state_path, source, window, cursor, written, size, warnings, skipped)
            progress(f"{source.label} {page.note}; {written:,} papers written")
        os.fsync(fd)
        os.replace(part, out)
        fsync_dir(out.parent)
    except FetchError as err:
        if state_path.exists():
            raise FetchError(f"{err}; {written:,} papers so far are in {part}: rerun the same command to resume") from None
        part.unlink(missing_ok=True)
        raise
    except BaseException:
        if not state_path.exists():
            part.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    state_path.unlink(missing_ok=True)
    return Result(out, written, source.client.requests, warnings, skipped, resumed_at,
                  bool(max_results and written >= max_results))


def _load_state(state_path: Path, part: Path, source, progress) -> dict:
    fresh = {"window": _iso_window(source.first_window()), "cursor": 0, "written": 0, "part_bytes": 0,
             "warnings": [], "skipped": 0, "resumed": False}
    if not state_path.exists():
        if part.exists():
            progress(f"{part}: no resume state beside it; starting over")
        return fresh
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
        if state.get("version") != STATE_VERSION:
            raise ValueError("another version")
        for key, kind in (("cursor", int), ("written", int), ("part_bytes", int), ("warnings", list)):
            if not isinstance(state.get(key), kind):
                raise ValueError(key)
        _window(state.get("window"))
    except (OSError, ValueError, TypeError) as err:
        raise FetchError(f"{state_path}: unreadable resume state ({err}); remove it and {part.name} to start over") from None
    if state.get("identity") != source.identity:
        was = state.get("identity") or {}
        raise FetchError(f"{part}: a partial fetch with other options ({_describe_identity(was)}); rerun with those "
                         f"to resume it, or remove {part.name} and {state_path.name} to start over")
    if not part.exists() or part.stat().st_size < state["part_bytes"]:
        progress(f"{part}: missing or shorter than its resume state says; starting over")
        return fresh
    state.setdefault("skipped", 0)
    state["resumed"] = True
    where = "the end" if state["window"] is None else f"{state['window'][0]}..{state['window'][1]} at {state['cursor']:,}"
    progress(f"resuming {part}: {state['written']:,} papers written; going on from {where}")
    return state


def _describe_identity(identity: dict) -> str:
    parts = [str(identity.get("source", "?"))]
    if identity.get("categories"):
        parts.append(" ".join(identity["categories"]))
    parts.append(f"{identity.get('from', '?')}..{identity.get('to', '?')}")
    return " ".join(parts)


def _save_state(path: Path, source, window, cursor, written, size, warnings, skipped) -> None:
    state = {"version": STATE_VERSION, "identity": source.identity, "window": _iso_window(window), "cursor": cursor,
             "written": written, "part_bytes": size, "warnings": warnings, "skipped": skipped}
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _iso_window(window: Window | None):
    return None if window is None else [window[0].isoformat(), window[1].isoformat()]


def _window(value) -> Window | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise ValueError("window")
    return date.fromisoformat(value[0]), date.fromisoformat(value[1])


def _ids_in(part: Path) -> set[str]:
    ids = set()
    with part.open("rb") as fh:
        for no, line in enumerate(fh, 1):
            if line.strip():
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError, TypeError):
                    raise FetchError(f"{part}: line {no} is not a fetched record; remove {part.name} and its "
                                     f".state file to start over") from None
    return ids


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


# --- entry points (the CLI's) --------------------------------------------------------------------

def parse_date(option: str, value) -> date:
    """A YYYY-MM-DD option value; ValueError with a one-line message otherwise."""
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option}: {value!r} is not a date (expected YYYY-MM-DD, e.g. 2024-01-31)") from None


def parse_categories(values) -> list[str]:
    """--category values (each may be a comma-separated list) as a list without repeats."""
    cats: list[str] = []
    for value in values or []:
        for c in str(value).split(","):
            c = c.strip()
            if not c:
                continue
            if not ARXIV_CATEGORY.fullmatch(c):
                raise ValueError(f"--category: {c!r} is not an arXiv category (expected e.g. cs.CL, hep-ex, astro-ph.GA)")
            if c not in cats:
                cats.append(c)
    if not cats:
        raise ValueError("--category: no category given (expected e.g. --category cs.CL)")
    return cats


def _range(from_option: str, date_from, to_option: str, date_to) -> tuple[date, date]:
    a, b = parse_date(from_option, date_from), parse_date(to_option, date_to)
    if a > b:
        raise ValueError(f"{from_option} {a.isoformat()} is after {to_option} {b.isoformat()}")
    return a, b


def _client(min_interval: float, max_attempts: int, transport, sleep, clock, progress) -> Client:
    if max_attempts < 1:
        raise ValueError("--max-attempts must be at least 1")
    return Client(transport or default_transport(), min_interval=min_interval, max_attempts=max_attempts,
                  sleep=sleep or default_sleep, clock=clock or default_clock, log=progress or (lambda message: None))


def fetch_arxiv(categories, date_from, date_to, out, *, page_size: int = 100, max_results: int | None = None,
                max_attempts: int = 5, transport: Transport | None = None, sleep=None, clock=None,
                progress=None, warn=None) -> Result:
    """Papers of the categories submitted from date_from to date_to (inclusive, UTC) into `out`.
    ValueError for a bad argument, FetchError when the fetch cannot go on."""
    cats = parse_categories(categories if not isinstance(categories, str) else [categories])
    a, b = _range("--from", date_from, "--to", date_to)
    if not 1 <= page_size <= ARXIV_MAX_PAGE:
        raise ValueError(f"--page-size must be from 1 to {ARXIV_MAX_PAGE:,} (arXiv's largest page)")
    if max_results is not None and max_results < 1:
        raise ValueError("--max-results must be at least 1")
    client = _client(ARXIV_MIN_INTERVAL, max_attempts, transport, sleep, clock, progress)
    return run(ArxivSource(client, cats, a, b, page_size), Path(out), max_results=max_results, progress=progress, warn=warn)


def fetch_hf_daily(date_from, date_to, out, *, max_results: int | None = None, max_attempts: int = 5,
                   transport: Transport | None = None, sleep=None, clock=None, progress=None, warn=None,
                   page_size: int = HF_PAGE_SIZE) -> Result:
    """The Hugging Face daily papers of each day from date_from to date_to (inclusive) into `out`."""
    a, b = _range("--date", date_from, "--to", date_to if date_to is not None else date_from)
    if max_results is not None and max_results < 1:
        raise ValueError("--max-results must be at least 1")
    client = _client(HF_MIN_INTERVAL, max_attempts, transport, sleep, clock, progress)
    return run(HfDailySource(client, a, b, page_size), Path(out), max_results=max_results, progress=progress, warn=warn)
