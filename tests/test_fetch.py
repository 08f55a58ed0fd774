"""claimboard fetch without the network: recorded arXiv and Hugging Face answers
(tests/fixtures/fetch/, see its README) served by a fake transport, a fake clock whose sleep
only records (no real waiting). Parsing, paging, retries with backoff and the 3 s rate limit,
giving up, resuming after a failure or a kill, the CLI end to end, and extract reading the file."""
from __future__ import annotations

import contextlib
import fcntl
import http.server
import io
import json
import re
import threading
import urllib.parse
from datetime import date
from pathlib import Path

import pytest

from claimboard.extract import fetch
from claimboard.extract.cli import main
from claimboard.extract.readers import read_papers, read_text

FIX = Path(__file__).parent / "fixtures" / "fetch"
CATEGORY_FEED = "arxiv_2025-11_category.xml"   # cat:math.CA AND ti:diffuse, 10 entries, recorded 2025-11-11
WEEK = ("2024-01-01", "2024-01-07")            # one arXiv window


# --- fakes ---------------------------------------------------------------------------------------

class FakeTime:
    """clock() and sleep(): sleep records the wait and moves the clock, nothing waits."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds

    def clock(self) -> float:
        return self.now


class FakeTransport:
    """Answers from route(url, n) (n: the 1-based request number); an exception is raised."""

    def __init__(self, route):
        self.route = route
        self.urls: list[str] = []

    def __call__(self, url: str):
        self.urls.append(url)
        answer = self.route(url, len(self.urls))
        if isinstance(answer, BaseException):
            raise answer
        return answer


def ok(body: bytes | str, headers=None):
    return 200, headers or {"Content-Type": "application/atom+xml; charset=utf-8"}, body.encode() if isinstance(body, str) else body


def status(code: int, headers=None, body: bytes = b""):
    return code, headers or {}, body


def params(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def fixture(name: str) -> bytes:
    return (FIX / name).read_bytes()


def feed_slice(start: int, size: int, total: int = 10, name: str = CATEGORY_FEED) -> bytes:
    """A page of a recorded feed: its header with totalResults/startIndex/itemsPerPage set, and
    the recorded entries start..start+size, byte for byte."""
    text = (FIX / name).read_text(encoding="utf-8")
    entries = re.findall(r"  <entry>.*?</entry>\n", text, re.DOTALL)
    head = text[: text.index("  <entry>")]
    head = re.sub(r"(<opensearch:totalResults[^>]*>)\s*\d+", rf"\g<1>{total}", head)
    head = re.sub(r"(<opensearch:startIndex[^>]*>)\s*\d+", rf"\g<1>{start}", head)
    head = re.sub(r"(<opensearch:itemsPerPage[^>]*>)\s*\d+", rf"\g<1>{size}", head)
    return (head + "".join(entries[start:min(start + size, total)]) + "</feed>\n").encode("utf-8")


def paged(size: int = 4, total: int = 10):
    """A route serving the recorded feed in pages of `size` by the url's start."""
    def route(url, n):
        return ok(feed_slice(int(params(url)["start"]), size, total))
    return route


def arxiv(out: Path, route, clock: FakeTime | None = None, *, dates=WEEK, **kw):
    clock = clock or FakeTime()
    transport = FakeTransport(route)
    kw.setdefault("page_size", 4)
    result = fetch.fetch_arxiv(["cs.CL"], dates[0], dates[1], out, transport=transport, sleep=clock.sleep,
                               clock=clock.clock, **kw)
    return result, transport, clock


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def whole(tmp_path) -> bytes:
    """The file an uninterrupted fetch of the paged feed writes."""
    out = tmp_path / "whole" / "papers.jsonl"
    arxiv(out, paged())
    return out.read_bytes()


# --- parsing ---------------------------------------------------------------------------------------

def test_atom_of_the_current_api_format():
    page = fetch.parse_atom(fixture(CATEGORY_FEED))
    assert page.total == 100 and len(page.records) == 10 and page.skipped == 0
    first = page.records[0]
    assert first == {
        "id": "1506.07840", "title": "Diffusion Nets", "abstract": first["abstract"],
        "url": "https://arxiv.org/abs/1506.07840", "date": "2015-06-25", "categories": "stat.ML cs.LG math.CA",
    }
    assert first["abstract"].startswith("Non-linear manifold learning enables")
    by_id = {r["id"]: r for r in page.records}
    assert "2311.05385" in by_id                     # recorded as http://arxiv.org/abs/2311.05385v2
    assert by_id["2311.05385"]["date"] == "2023-11-09"   # <published>, not <updated> (2024-04-30)
    for r in page.records:
        assert not re.search(r"v\d+$", r["id"])
        assert "\n" not in r["abstract"] and "  " not in r["abstract"] and r["abstract"] == r["abstract"].strip()


def test_atom_of_the_legacy_format_with_wrapped_text_and_old_ids():
    page = fetch.parse_atom(fixture("arxiv_legacy_2025-08.xml"))
    assert page.total == 7370
    ids = [r["id"] for r in page.records]
    assert ids[:3] == ["astro-ph/9904306", "hep-ph/9411242", "1706.01836"]
    r = page.records[2]
    assert r["title"] == ("Development of a Practical Multicomponent Density Functional for Electron-Proton "
                          "Correlation to Produce Accurate Proton Densities")
    assert r["date"] == "2017-06-06" and r["categories"] == "physics.chem-ph"
    assert r["abstract"].startswith("Multicomponent density functional theory (DFT) enables the consistent quantum "
                                    "mechanical treatment")
    assert {x["id"]: x["categories"] for x in page.records}["0806.3233"] == "cond-mat.other physics.bio-ph q-bio.SC"
    assert all("\n" not in x["abstract"] and "  " not in x["title"] for x in page.records)


def test_atom_of_the_user_manual_sample_with_per_element_namespaces():
    page = fetch.parse_atom(fixture("arxiv_user_manual_2007.xml"))
    assert page.total == 1000
    assert page.records == [{
        "id": "hep-ex/0307015",
        "title": "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA",
        "abstract": page.records[0]["abstract"], "url": "https://arxiv.org/abs/hep-ex/0307015",
        "date": "2003-07-07", "categories": "hep-ex",
    }]
    assert page.records[0]["abstract"].endswith("of 0.30 \\pm 0.04 and 0.23 \\pm 0.04, respectively.")


def test_acm_and_msc_classes_are_not_categories():
    # the manual's example for id_list=cs/9901002v1: arXiv categories cs.LG, cs.AI and the ACM class I.2.6
    text = fixture("arxiv_user_manual_2007.xml").decode()
    text = text.replace('term="hep-ex" scheme="http://arxiv.org/schemas/atom"/>\n  </entry>',
                        'term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>\n'
                        '    <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>\n'
                        '    <category term="I.2.6" scheme="http://arxiv.org/schemas/atom"/>\n  </entry>')
    assert fetch.parse_atom(text.encode()).records[0]["categories"] == "hep-ex cs.LG cs.AI"


def test_error_feed_and_broken_xml():
    with pytest.raises(fetch.FetchError, match="incorrect id format for 1234.12345"):
        fetch.parse_atom(fixture("arxiv_error.xml"))
    with pytest.raises(fetch.RetryableResponse, match="not a complete Atom feed"):
        fetch.parse_atom(fixture(CATEGORY_FEED)[:3000])
    with pytest.raises(fetch.RetryableResponse, match="not an Atom feed"):
        fetch.parse_atom(b"<html><body>Service Unavailable</body></html>")


def test_query_url_is_the_documented_form():
    src = fetch.ArxivSource(None, ["cs.CL"], date(2024, 1, 1), date(2024, 1, 31))
    assert src.url(src.first_window(), 0) == (
        "https://export.arxiv.org/api/query?search_query=cat:cs.CL+AND+submittedDate:[202401010000+TO+202401072359]"
        "&start=0&max_results=100&sortBy=submittedDate&sortOrder=ascending")
    two = fetch.ArxivSource(None, ["cs.CL", "cs.LG"], date(2024, 1, 1), date(2024, 1, 31))
    assert params(two.url(two.first_window(), 200))["search_query"] == (
        "(cat:cs.CL OR cat:cs.LG) AND submittedDate:[202401010000 TO 202401072359]")
    windows, w = [], src.first_window()
    while w:
        windows.append((w[0].isoformat(), w[1].isoformat()))
        w = src.next_window(w)
    assert windows == [("2024-01-01", "2024-01-07"), ("2024-01-08", "2024-01-14"), ("2024-01-15", "2024-01-21"),
                       ("2024-01-22", "2024-01-28"), ("2024-01-29", "2024-01-31")]


# --- paging, rate limit, retries ------------------------------------------------------------------------

def test_paging_over_three_pages_at_one_request_every_3_s(tmp_path):
    out = tmp_path / "papers.jsonl"
    result, transport, clock = arxiv(out, paged())
    assert [params(u)["start"] for u in transport.urls] == ["0", "4", "8"]
    assert clock.sleeps == [3.0, 3.0]
    records = lines(out)
    assert [r["id"] for r in records] == [r["id"] for r in fetch.parse_atom(fixture(CATEGORY_FEED)).records]
    assert result.written == 10 and result.requests == 3 and result.warnings == []
    assert not (tmp_path / "papers.jsonl.part").exists() and not (tmp_path / "papers.jsonl.part.state").exists()


def test_paging_stops_at_the_total_and_goes_on_to_the_next_window(tmp_path):
    def route(url, n):
        q = params(url)["search_query"]
        if "202401010000" in q:
            return ok(feed_slice(int(params(url)["start"]), 4, total=6))
        return ok(fixture("arxiv_2025-11_empty.xml"))
    result, transport, clock = arxiv(tmp_path / "p.jsonl", route, dates=("2024-01-01", "2024-01-10"))
    assert [(params(u)["start"], params(u)["search_query"][-30:]) for u in transport.urls] == [
        ("0", "[202401010000 TO 202401072359]"), ("4", "[202401010000 TO 202401072359]"),
        ("0", "[202401080000 TO 202401102359]")]
    assert result.written == 6 and clock.sleeps == [3.0, 3.0]


def test_a_503_is_retried_with_backoff_and_the_rate_limit_kept(tmp_path):
    answers = iter([ok(feed_slice(0, 4)), status(503), status(503), ok(feed_slice(4, 4)), ok(feed_slice(8, 4))])
    out = tmp_path / "p.jsonl"
    result, transport, clock = arxiv(out, lambda url, n: next(answers))
    # 3 s before the second request; backoff 5 s, then 10 s (each already longer than 3 s); 3 s before the last
    assert clock.sleeps == [3.0, 5.0, 10.0, 3.0]
    assert [params(u)["start"] for u in transport.urls] == ["0", "4", "4", "4", "8"]
    assert result.written == 10 and len(lines(out)) == 10


def test_retry_after_is_honoured(tmp_path):
    answers = iter([ok(feed_slice(0, 4)), status(429, {"Retry-After": "30"}), ok(feed_slice(4, 4)), ok(feed_slice(8, 4))])
    _, _, clock = arxiv(tmp_path / "p.jsonl", lambda url, n: next(answers))
    assert clock.sleeps == [3.0, 30.0, 3.0]


def test_a_retry_after_too_long_stops_the_run_to_resume_later(tmp_path):
    answers = iter([ok(feed_slice(0, 4)), status(503, {"retry-after": "7200"})])
    with pytest.raises(fetch.FetchError, match=r"asks to wait 7,200 s .*rerun the same command to resume"):
        arxiv(tmp_path / "p.jsonl", lambda url, n: next(answers))


def test_network_errors_and_truncated_answers_are_retried(tmp_path):
    answers = iter([fetch.TransportError("network error (timed out)"), ok(feed_slice(0, 4)[:500]),
                    ok(feed_slice(0, 4)), ok(feed_slice(4, 4)), ok(feed_slice(8, 4))])
    logged = []
    result, _, clock = arxiv(tmp_path / "p.jsonl", lambda url, n: next(answers), progress=logged.append)
    assert clock.sleeps == [5.0, 10.0, 3.0, 3.0] and result.written == 10
    assert any("(timed out); trying again in 5 s (attempt 2 of 5)" in m for m in logged)
    assert any("not a complete Atom feed" in m for m in logged)


def test_giving_up_after_max_attempts_names_the_url_and_status(tmp_path):
    out = tmp_path / "p.jsonl"
    with pytest.raises(fetch.FetchError) as exc:
        arxiv(out, lambda url, n: status(503), max_attempts=3)
    message = str(exc.value)
    assert message.startswith("https://export.arxiv.org/api/query?search_query=cat:cs.CL+AND+submittedDate:")
    assert "HTTP 503 (gave up after 3 attempts)" in message and "\n" not in message
    assert not out.exists() and not (tmp_path / "p.jsonl.part").exists()   # nothing fetched, nothing left


def test_a_client_error_is_not_retried_and_shows_the_api_message(tmp_path):
    clock = FakeTime()
    client = fetch.Client(FakeTransport(lambda url, n: status(400, body=fixture("arxiv_error.xml"))),
                          sleep=clock.sleep, clock=clock.clock)
    with pytest.raises(fetch.FetchError, match=r"^u: HTTP 400 \(arXiv API error: incorrect id format for 1234.12345\)$"):
        client.get("u", fetch.parse_atom, describe=fetch.atom_error)
    assert client.requests == 1 and clock.sleeps == []


def test_an_empty_page_inside_the_results_is_retried_then_reported(tmp_path):
    # recorded in August 2025: totalResults 1 and no entry
    out = tmp_path / "p.jsonl"
    warned = []
    result, transport, clock = arxiv(out, lambda url, n: ok(fixture("arxiv_legacy_2025-08_empty_page.xml")),
                                     max_attempts=3, warn=warned.append)
    assert len(transport.urls) == 3 and clock.sleeps == [5.0, 10.0]
    assert result.written == 0 and out.read_bytes() == b""
    assert warned == result.warnings and "reported 1 results for 2024-01-01..2024-01-07 but returned none" in warned[0]


def test_an_empty_page_that_comes_right_on_retry_loses_nothing(tmp_path, whole):
    answers = iter([ok(feed_slice(0, 4)), ok(feed_slice(4, 0)), ok(feed_slice(4, 4)), ok(feed_slice(8, 4))])
    out = tmp_path / "p.jsonl"
    result, _, _ = arxiv(out, lambda url, n: next(answers))
    assert out.read_bytes() == whole and result.warnings == []


def test_too_many_results_for_one_query_splits_the_window(tmp_path):
    def route(url, n):
        q = params(url)["search_query"]
        if "[202401010000 TO 202401072359]" in q:
            return ok(feed_slice(0, 4, total=40000))
        return ok(feed_slice(int(params(url)["start"]), 4, total=10 if "[202401010000 TO 202401042359]" in q else 0))
    result, transport, _ = arxiv(tmp_path / "p.jsonl", route)
    spans = [params(u)["search_query"][-30:] for u in transport.urls]
    assert spans == ["[202401010000 TO 202401072359]"] + ["[202401010000 TO 202401042359]"] * 3 + \
        ["[202401050000 TO 202401072359]"]
    assert result.written == 10


def test_max_results(tmp_path):
    out = tmp_path / "p.jsonl"
    result, transport, _ = arxiv(out, paged(), max_results=5)
    assert len(lines(out)) == 5 and result.limited and len(transport.urls) == 2


# --- resuming --------------------------------------------------------------------------------------------

def failing_after(pages: int, failure=None):
    """The paged feed for `pages` requests, then HTTP 503 (or `failure`) for ever."""
    def route(url, n):
        if n > pages:
            return failure if failure is not None else status(503)
        return paged()(url, n)
    return route


def test_resume_after_a_failure_gives_the_uninterrupted_file(tmp_path, whole):
    out = tmp_path / "p.jsonl"
    part, state = tmp_path / "p.jsonl.part", tmp_path / "p.jsonl.part.state"
    with pytest.raises(fetch.FetchError, match=r"HTTP 503 \(gave up after 2 attempts\); 8 papers so far are in .*"
                                               r"p\.jsonl\.part: rerun the same command to resume"):
        arxiv(out, failing_after(2), max_attempts=2)
    assert not out.exists() and len(part.read_bytes().splitlines()) == 8
    saved = json.loads(state.read_text())
    assert saved["window"] == list(WEEK) and saved["cursor"] == 8 and saved["written"] == 8
    progress = []
    result, transport, _ = arxiv(out, paged(), progress=progress.append)
    assert [params(u)["start"] for u in transport.urls] == ["8"]      # only what was missing
    assert out.read_bytes() == whole
    assert result.resumed_at == 8 and result.written == 10
    assert any("resuming" in m and "8 papers written" in m for m in progress)
    assert not part.exists() and not state.exists()


def test_resume_after_a_kill_between_writing_and_saving_the_state(tmp_path, whole):
    out = tmp_path / "p.jsonl"
    part = tmp_path / "p.jsonl.part"
    with pytest.raises(fetch.FetchError):
        arxiv(out, failing_after(1), max_attempts=1)
    # killed while writing the next page: complete and half-written lines past the saved state
    with part.open("ab") as fh:
        fh.write(feed_slice(4, 4))
        fh.write(b'{"id": "1506.07840", "title": "Diffusion')
    arxiv(out, paged())
    assert out.read_bytes() == whole
    assert len({r["id"] for r in lines(out)}) == 10


def test_interrupted_at_every_page_and_rerun_gives_the_same_file(tmp_path, whole):
    out = tmp_path / "p.jsonl"
    for _ in range(2):    # each run gets one page, then is interrupted
        with pytest.raises(KeyboardInterrupt):
            arxiv(out, failing_after(1, failure=KeyboardInterrupt()))
    result, transport, _ = arxiv(out, paged())
    assert [params(u)["start"] for u in transport.urls] == ["8"] and result.resumed_at == 8
    assert out.read_bytes() == whole


def test_resume_refuses_other_options(tmp_path):
    out = tmp_path / "p.jsonl"
    with pytest.raises(fetch.FetchError):
        arxiv(out, failing_after(1), max_attempts=1)
    with pytest.raises(fetch.FetchError, match=r"a partial fetch with other options \(arxiv cs.CL 2024-01-01..2024-01-07\)"):
        arxiv(out, paged(), dates=("2024-01-01", "2024-01-31"))


def test_a_second_fetch_into_the_same_file_is_refused(tmp_path):
    out = tmp_path / "p.jsonl"
    part = tmp_path / "p.jsonl.part"
    with part.open("ab") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        with pytest.raises(fetch.FetchError, match="another claimboard fetch is writing it"):
            arxiv(out, paged())
    assert part.exists()


def test_an_existing_output_is_replaced_only_at_the_end(tmp_path, whole):
    out = tmp_path / "p.jsonl"
    out.write_text("previous\n")
    with pytest.raises(fetch.FetchError):
        arxiv(out, failing_after(1), max_attempts=1)
    assert out.read_text() == "previous\n"
    arxiv(out, paged())
    assert out.read_bytes() == whole


# --- Hugging Face daily papers ------------------------------------------------------------------------------

def hf_route(days: dict[str, str]):
    def route(url, n):
        q = params(url)
        if q["p"] != "0":
            return ok("[]")
        return ok(fixture(days[q["date"]]) if q["date"] in days else b"[]", {"Content-Type": "application/json"})
    return route


def hf(out: Path, route, date_from="2024-07-22", date_to=None, **kw):
    clock = FakeTime()
    transport = FakeTransport(route)
    result = fetch.fetch_hf_daily(date_from, date_to, out, transport=transport, sleep=clock.sleep, clock=clock.clock, **kw)
    return result, transport, clock


def test_hf_daily_records():
    scicode = fetch.hf_record(fetch.parse_hf_daily(fixture("hf_daily_2024-07-22.json"))[0])
    assert scicode["id"] == "2407.13168" and scicode["url"] == "https://arxiv.org/abs/2407.13168"
    assert scicode["date"] == "2024-07-18" and "categories" not in scicode
    assert scicode["title"] == "SciCode: A Research Coding Benchmark Curated by Scientists"
    assert "\n" not in scicode["abstract"] and "challenging tasks, it has become" in scicode["abstract"]
    circle = fetch.hf_record(fetch.parse_hf_daily(fixture("hf_daily_2026-03-06.json"))[0])
    assert circle["id"] == "2602.23229" and circle["date"] == "2026-02-26"
    assert 'their "in-context" equivalent' in circle["abstract"]


def test_hf_daily_over_a_range_of_days(tmp_path):
    out = tmp_path / "hf.jsonl"
    result, transport, clock = hf(out, hf_route({"2024-07-22": "hf_daily_2024-07-22.json"}), "2024-07-21", "2024-07-23")
    assert [params(u)["date"] for u in transport.urls] == ["2024-07-21", "2024-07-22", "2024-07-23"]
    assert transport.urls[0] == "https://huggingface.co/api/daily_papers?date=2024-07-21&limit=100&p=0"
    assert clock.sleeps == [1.0, 1.0]
    assert [r["id"] for r in lines(out)] == ["2407.13168"] and result.written == 1


def test_hf_daily_paging(tmp_path):
    out = tmp_path / "hf.jsonl"
    result, transport, _ = hf(out, hf_route({"2026-03-06": "hf_daily_2026-03-06.json"}), "2026-03-06", page_size=1)
    assert [params(u)["p"] for u in transport.urls] == ["0", "1"] and result.written == 1
    assert [r["id"] for r in lines(out)] == ["2602.23229"]


def test_hf_daily_page_that_repeats_is_not_followed_for_ever(tmp_path):
    out = tmp_path / "hf.jsonl"
    result, transport, _ = hf(out, lambda url, n: ok(fixture("hf_daily_2026-03-06.json")), "2026-03-06", page_size=1)
    assert len(transport.urls) == 2 and result.written == 1
    assert "repeats papers already written" in result.warnings[0]


def test_hf_daily_error_answer(tmp_path):
    with pytest.raises(fetch.FetchError, match=r"HTTP 400 \(Hugging Face API error: ✖ Too big: expected number to be <=100"):
        hf(tmp_path / "hf.jsonl", lambda url, n: status(400, body=fixture("hf_error_limit.json")))


# --- the real transport, on loopback only ---------------------------------------------------------------------

def test_urllib_transport_on_loopback():
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.headers.get("User-Agent"))
            if self.path.startswith("/busy"):
                self.send_response(503)
                self.send_header("Retry-After", "7")
                self.end_headers()
                self.wfile.write(b"busy")
            else:
                body = fixture("arxiv_2025-11_empty.xml")
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        transport = fetch.UrllibTransport(timeout=10)
        code, headers, body = transport(base + "/api/query")
        assert code == 200 and fetch.parse_atom(body).total == 0
        code, headers, body = transport(base + "/busy")
        assert code == 503 and fetch._retry_after(headers) == 7.0 and body == b"busy"
        assert seen[0].startswith("claimboard")
    finally:
        server.shutdown()
        server.server_close()
    with pytest.raises(fetch.TransportError, match="network error"):
        fetch.UrllibTransport(timeout=5)(base + "/gone")


# --- the command line ------------------------------------------------------------------------------------------

def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture
def served(monkeypatch):
    """Route the CLI's default transport and clock to fakes; set .route to answer."""
    clock = FakeTime()
    holder = FakeTransport(paged())
    monkeypatch.setattr(fetch, "default_transport", lambda: holder)
    monkeypatch.setattr(fetch, "default_sleep", clock.sleep)
    monkeypatch.setattr(fetch, "default_clock", clock.clock)
    holder.clock = clock
    return holder


ARXIV_ARGS = ["fetch", "arxiv", "--category", "cs.CL", "--from", WEEK[0], "--to", WEEK[1], "--page-size", "4",
              "--out", "papers.jsonl"]


def test_cli_fetch_arxiv_then_extract_reads_it(tmp_path, served, whole):
    rc, out, err = run_cli(ARXIV_ARGS, tmp_path)
    assert rc == 0, err
    assert out == "wrote papers.jsonl: 10 papers, 3 requests\n"
    assert err.count("claimboard fetch: arxiv cs.CL 2024-01-01..2024-01-07:") == 3
    assert (tmp_path / "papers.jsonl").read_bytes() == whole
    assert served.clock.sleeps == [3.0, 3.0]

    text, _ = read_text(tmp_path / "papers.jsonl", "papers.jsonl")
    papers, issues = read_papers(tmp_path / "papers.jsonl", "papers.jsonl", text)
    assert issues == [] and len(papers) == 10
    assert papers[0].paper_id == "1506.07840" and papers[0].categories == ("stat.ML", "cs.LG", "math.CA")
    assert papers[0].date == "2015-06-25" and papers[0].url == "https://arxiv.org/abs/1506.07840"

    rc, out, err = run_cli(["extract", "papers.jsonl", "--out", "data", "--quiet", "--categories", "cs.LG"], tmp_path)
    assert rc == 0, err
    assert (tmp_path / "data" / "claims.parquet").exists()


def test_cli_fetch_hf_daily_then_extract(tmp_path, served):
    served.route = hf_route({"2024-07-22": "hf_daily_2024-07-22.json", "2026-03-06": "hf_daily_2026-03-06.json"})
    rc, out, err = run_cli(["fetch", "hf-daily", "--date", "2024-07-22", "--out", "hf.jsonl", "--quiet"], tmp_path)
    assert rc == 0 and err == "" and out == "wrote hf.jsonl: 1 paper, 1 request\n"
    rc, out, err = run_cli(["extract", "hf.jsonl", "--out", "data"], tmp_path)
    assert rc == 0, err
    import pandas as pd

    claims = pd.read_parquet(tmp_path / "data" / "mentions.parquet")
    assert set(claims["paper_id"]) == {"2407.13168"}


@pytest.mark.parametrize("args, message", [
    (["--from", "2024-13-01"], "--from: '2024-13-01' is not a date (expected YYYY-MM-DD"),
    (["--to", "31/01/2024"], "--to: '31/01/2024' is not a date"),
    (["--from", "2024-02-01"], "--from 2024-02-01 is after --to 2024-01-07"),
    (["--category", "cs CL"], "--category: 'cs CL' is not an arXiv category"),
    (["--page-size", "0"], "--page-size must be from 1 to 2,000"),
    (["--max-attempts", "0"], "--max-attempts must be at least 1"),
])
def test_cli_bad_options_are_one_line(tmp_path, served, args, message):
    base = list(ARXIV_ARGS)
    for i in range(0, len(args), 2):
        if args[i] in base:
            base[base.index(args[i]) + 1] = args[i + 1]
        else:
            base += args[i:i + 2]
    rc, out, err = run_cli(base, tmp_path)
    assert rc == 1 and out == "" and err.count("\n") == 1 and err.startswith("claimboard fetch: ") and message in err, err
    assert served.urls == [] and list(tmp_path.iterdir()) == []


def test_cli_network_error_after_retries_is_one_line(tmp_path, served):
    served.route = lambda url, n: status(503)
    rc, out, err = run_cli(ARXIV_ARGS + ["--max-attempts", "2", "--quiet"], tmp_path)
    assert rc == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("claimboard fetch: https://export.arxiv.org/api/query?") and "HTTP 503 (gave up after 2 attempts)" in err
    assert list(tmp_path.iterdir()) == []


def test_cli_interrupted_then_rerun_resumes(tmp_path, served, whole):
    served.route = failing_after(1, failure=KeyboardInterrupt())
    rc, out, err = run_cli(ARXIV_ARGS + ["--quiet"], tmp_path)
    assert rc == 130 and "interrupted; what was fetched is in papers.jsonl.part: rerun the same command to resume" in err
    served.route = paged()
    rc, out, err = run_cli(ARXIV_ARGS, tmp_path)
    assert rc == 0 and "resumed with 4 already fetched" in out and "resuming papers.jsonl.part" in err
    assert (tmp_path / "papers.jsonl").read_bytes() == whole
