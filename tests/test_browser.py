"""End-to-end tests: the real `streamlit run dashboard/app.py` in headless Debian chromium.

One Streamlit server and one browser serve every test of this module (about 30 s in all);
each test loads the page afresh (a new Streamlit session) and opens its tab by clicking it:
the default view with its charts and the Provenance tab, the Leaderboard tab's ranked
table, and the Model tab (skipped, saying so, while the dashboard has no such tab).

Skipped (with the reason) only when chromium is absent and CI is not set; under CI a
missing browser is a failure (install: apt-get install -y chromium chromium-driver).
"""
from __future__ import annotations

import os
import socket
import struct
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

try:
    from selenium.webdriver.common.by import By
except ImportError:  # the fixture skips (or fails under CI) before By is used
    By = None

from claimboard.dashboard import launch
from claimboard.dashboard.synthetic import synthetic_claims
from claimboard.schema.columns import CLAIM_COLUMNS
from claimboard.schema.io import write_parquet

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1100",
]


def _require_browser():
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        reason = f"{', '.join(missing)} not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    try:
        import selenium  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI is set but selenium is not installed (pip install -e '.[test]')")
        pytest.skip("selenium is not installed")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.25)
    pytest.fail(f"streamlit not healthy after {timeout}s:\n{log.read_text()[-3000:]}")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


BENCH_FILTER = "GSM8K|MMLU|MATH|HumanEval"
CHART_DRAWN = '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'
RUNNING = '[data-testid="stStatusWidget"]'


class Dashboard:
    """The running server, the browser and the data they show."""

    def __init__(self, url: str, driver, claims, tmp: Path, log: Path):
        self.url, self.driver, self.claims, self.tmp, self.log = url, driver, claims, tmp, log

    def wait(self, timeout: float = 60):
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout, poll_frequency=0.25)

    def idle(self) -> None:
        """Wait until the script run is over (Streamlit's running indicator gone)."""
        self.wait().until(lambda d: not d.find_elements(By.CSS_SELECTOR, RUNNING))

    def open(self, **params: str) -> None:
        """Load the page afresh (a new session) with these query parameters; wait for the
        default view's charts to be drawn."""
        self.driver.get(f"{self.url}/?{urllib.parse.urlencode(params)}")
        self.wait().until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]'))
        self.idle()
        self.wait().until(lambda d: d.find_elements(By.CSS_SELECTOR, CHART_DRAWN))  # Vega draws a canvas or svg

    def tab_labels(self) -> list[str]:
        return [t.text.strip() for t in self.driver.find_elements(By.CSS_SELECTOR, '[data-testid="stTab"]')]

    def open_tab(self, label: str):
        """Click the tab labelled `label`; its panel once the rerun (if any) is over."""
        self.driver.find_element(By.XPATH, f"//*[@data-testid='stTab'][.//*[text()='{label}']]").click()
        self.wait().until(lambda d: self.panel_label() == label)
        time.sleep(0.3)  # a tab that reruns the script shows the running indicator shortly after the click
        self.idle()
        return self.panel()

    def panel(self):
        return self.driver.find_element(By.CSS_SELECTOR, '[role="tabpanel"]:not([hidden])')

    def panel_label(self) -> str:
        tab = self.driver.find_elements(By.CSS_SELECTOR, '[data-testid="stTab"][aria-selected="true"]')
        return tab[0].text if tab else ""

    def no_exception(self) -> None:
        shown = self.driver.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]')
        assert not shown, shown[0].text[:2000] + "\n" + self.log.read_text()[-3000:]


def table_rows(frame) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of cell texts) of a st.dataframe, from the accessible table the grid
    keeps beside its canvas (the rows it has drawn)."""
    headers = [h.get_attribute("textContent").strip()
               for h in frame.find_elements(By.CSS_SELECTOR, 'table [role="columnheader"]')]
    rows = [[c.get_attribute("textContent").strip() for c in tr.find_elements(By.CSS_SELECTOR, "td")]
            for tr in frame.find_elements(By.CSS_SELECTOR, "table tbody tr")]
    return headers, rows


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    tmp = tmp_path_factory.mktemp("browser")
    data = tmp / "claims.parquet"
    claims = synthetic_claims(400, seed=0, adversarial=True)
    write_parquet(claims, CLAIM_COLUMNS, data)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = launch.command(
        headless=True, port=port, address="127.0.0.1",
        extra_args=["--server.fileWatcherType", "none", "--global.developmentMode", "false"],
    )
    log = tmp / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=launch.environment(data), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    driver = None
    try:
        _wait_healthy(url, proc, log)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in CHROME_FLAGS + [f"--user-data-dir={tmp / 'chrome-profile'}"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        driver.set_page_load_timeout(60)
        yield Dashboard(url, driver, claims, tmp, log)
    finally:
        if driver is not None:
            driver.quit()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_dashboard_renders_in_a_real_browser(dashboard):
    driver, tmp = dashboard.driver, dashboard.tmp
    hostile = dashboard.claims.iloc[1]  # evidence with <script>, a javascript: link, a URL, an e-mail address
    assert "<script>" in hostile["evidence"]
    dashboard.open(bench=BENCH_FILTER, claim=hostile["claim_id"])
    time.sleep(1.0)  # let Vega finish its first paint
    dashboard.no_exception()
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "claimboard" in body and "Size unknown" in body
    assert "of 400 claims match" in body
    assert "bench=" in driver.current_url  # the filters stay in the URL
    shot = tmp / "dashboard.png"
    assert driver.save_screenshot(str(shot))
    png = shot.read_bytes()
    width, height = _png_size(png)
    assert width >= 800 and height >= 600
    assert len(png) > 20_000, "screenshot is suspiciously small (blank page?)"
    print(f"screenshot: {shot}")

    # Provenance: the hostile evidence is shown as text, the number in bold, nothing live
    dashboard.open_tab("Provenance")
    dashboard.wait().until(lambda d: "Evidence" in d.find_element(By.TAG_NAME, "body").text)
    dashboard.idle()
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>alert(1)</script>" in body and "[link](javascript:alert(1))" in body
    bold = [b.text for b in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"] strong')]
    assert hostile["value_text"] in bold
    assert f"**{hostile['model']}**" in body  # the Markdown in the data stays literal
    assert not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"] script')
    hrefs = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "a")]
    assert not [h for h in hrefs if "evil.example" in h or h.startswith(("javascript:", "mailto:"))], hrefs
    driver.save_screenshot(str(tmp / "provenance.png"))


def test_leaderboard_tab_shows_a_ranked_table(dashboard):
    dashboard.open(bench=BENCH_FILTER)
    dashboard.open_tab("Leaderboard")
    assert "view=Leaderboard" in dashboard.driver.current_url  # the open tab is in the URL
    def ranked_tables():
        """The drawn tables whose columns open with rank, model (none while the grid is still
        drawing: the tab may show another table first, or re-render under the test)."""
        from selenium.common.exceptions import StaleElementReferenceException

        try:
            frames = dashboard.panel().find_elements(By.CSS_SELECTOR, '[data-testid="stDataFrame"]')
            return [(h, r) for h, r in map(table_rows, frames) if h[:2] == ["rank", "model"] and r]
        except StaleElementReferenceException:
            return []

    dashboard.wait().until(lambda d: "higher is better" in dashboard.panel().text and ranked_tables())
    dashboard.no_exception()
    ranked = ranked_tables()
    assert ranked, "no ranked table (columns rank, model, ...) in the Leaderboard tab"
    headers, rows = ranked[0]
    assert "claimed median" in headers
    assert len(rows) >= 3, rows
    ranks = [int(r[headers.index("rank")].lstrip("=")) for r in rows]
    assert ranks[0] == 1 and ranks == sorted(ranks), ranks  # best first ('=2': tied)
    medians = [float(r[headers.index("claimed median")]) for r in rows]
    assert medians == sorted(medians, reverse=True), medians  # accuracy: higher is better
    models = [r[headers.index("model")] for r in rows]
    assert all(models) and len(set(zip(models, (r[headers.index("setting")] for r in rows)))) == len(rows)
    # the leaderboard's chart is drawn too
    dashboard.wait().until(lambda d: dashboard.panel().find_elements(By.CSS_SELECTOR, CHART_DRAWN))
    dashboard.driver.save_screenshot(str(dashboard.tmp / "leaderboard.png"))


def test_model_tab_shows_a_model(dashboard):
    dashboard.open(bench=BENCH_FILTER)
    if "Model" not in dashboard.tab_labels():
        pytest.skip(f"the dashboard has no 'Model' tab (tabs: {dashboard.tab_labels()})")
    dashboard.open_tab("Model")
    assert "view=Model" in dashboard.driver.current_url
    dashboard.wait().until(lambda d: dashboard.panel().find_elements(
        By.CSS_SELECTOR, '[data-testid="stDataFrame"] table tbody tr'))
    dashboard.no_exception()
    panel = dashboard.panel()
    assert panel.find_elements(By.CSS_SELECTOR, '[data-testid="stSelectbox"]'), "no model picker"
    tables = [table_rows(f) for f in panel.find_elements(By.CSS_SELECTOR, '[data-testid="stDataFrame"]')]
    claims = [(h, r) for h, r in tables if "benchmark" in h and "value" in h]
    assert claims, f"no table of the model's claims (tables: {[h for h, _ in tables]})"
    headers, rows = claims[0]
    benches = {r[headers.index("benchmark")] for r in rows}
    assert rows and benches <= set(BENCH_FILTER.split("|")), benches  # the sidebar's filter applies
    dashboard.wait().until(lambda d: dashboard.panel().find_elements(By.CSS_SELECTOR, CHART_DRAWN))
    dashboard.driver.save_screenshot(str(dashboard.tmp / "model.png"))


def test_only_the_open_tab_is_drawn_and_a_link_opens_its_tab(dashboard):
    driver = dashboard.driver
    dashboard.open(bench=BENCH_FILTER)
    dashboard.no_exception()
    # the default view: the size view's two charts, nothing of the other tabs (not computed, not sent)
    assert len(driver.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]')) == 2
    assert not [h for h, _ in map(table_rows, driver.find_elements(By.CSS_SELECTOR, '[data-testid="stDataFrame"]'))
                if h[:2] == ["rank", "model"]]
    # a shared link with the tab in it opens that tab first, with its state
    driver.get(f"{dashboard.url}/?{urllib.parse.urlencode({'bench': BENCH_FILTER, 'view': 'Leaderboard', 'lb': 'MMLU'})}")
    dashboard.wait().until(lambda d: dashboard.panel_label() == "Leaderboard"
                           and "on MMLU" in dashboard.panel().text)
    dashboard.idle()
    dashboard.no_exception()
    assert "view=Leaderboard" in driver.current_url and "lb=MMLU" in driver.current_url
    dashboard.wait().until(lambda d: dashboard.panel().find_elements(By.CSS_SELECTOR, CHART_DRAWN))
    # back to the size view and again to the leaderboard: its benchmark is kept
    dashboard.open_tab("Size view")
    dashboard.wait().until(lambda d: dashboard.panel().find_elements(By.CSS_SELECTOR, CHART_DRAWN))
    assert "lb=MMLU" in driver.current_url
    dashboard.open_tab("Leaderboard")
    dashboard.wait().until(lambda d: "on MMLU" in dashboard.panel().text)
    dashboard.no_exception()
