"""One end-to-end test: the real `streamlit run dashboard/app.py` in headless Debian chromium.

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


def test_dashboard_renders_in_a_real_browser(tmp_path):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    data = tmp_path / "claims.parquet"
    claims = synthetic_claims(400, seed=0, adversarial=True)
    write_parquet(claims, CLAIM_COLUMNS, data)
    hostile = claims.iloc[1]  # evidence with <script>, a javascript: link, a URL, an e-mail address
    assert "<script>" in hostile["evidence"]
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = launch.command(
        headless=True, port=port, address="127.0.0.1",
        extra_args=["--server.fileWatcherType", "none", "--global.developmentMode", "false"],
    )
    log = tmp_path / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=launch.environment(data), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    driver = None
    try:
        _wait_healthy(url, proc, log)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in CHROME_FLAGS + [f"--user-data-dir={tmp_path / 'chrome-profile'}"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        driver.set_page_load_timeout(60)
        query = urllib.parse.urlencode({"bench": "GSM8K|MMLU|MATH|HumanEval", "claim": hostile["claim_id"]})
        driver.get(f"{url}/?{query}")
        wait = WebDriverWait(driver, 60, poll_frequency=0.25)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]'))
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]'))
        # the charts have drawn (Vega renders into a canvas or an svg)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"] canvas, '
                                                             '[data-testid="stVegaLiteChart"] svg'))
        time.sleep(1.0)  # let Vega finish its first paint
        assert not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]')
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "claimboard" in body and "Size unknown" in body
        assert "of 400 claims match" in body
        assert "bench=" in driver.current_url  # the filters stay in the URL
        shot = tmp_path / "dashboard.png"
        assert driver.save_screenshot(str(shot))
        png = shot.read_bytes()
        width, height = _png_size(png)
        assert width >= 800 and height >= 600
        assert len(png) > 20_000, "screenshot is suspiciously small (blank page?)"
        print(f"screenshot: {shot}")

        # Provenance: the hostile evidence is shown as text, the number in bold, nothing live
        driver.find_element(By.XPATH, "//*[@data-testid='stTab'][.//*[text()='Provenance']]").click()
        wait.until(lambda d: "Evidence" in d.find_element(By.TAG_NAME, "body").text)
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]'))
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "<script>alert(1)</script>" in body and "[link](javascript:alert(1))" in body
        bold = [b.text for b in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"] strong')]
        assert hostile["value_text"] in bold
        assert f"**{hostile['model']}**" in body  # the Markdown in the data stays literal
        assert not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"] script')
        hrefs = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "a")]
        assert not [h for h in hrefs if "evil.example" in h or h.startswith(("javascript:", "mailto:"))], hrefs
        driver.save_screenshot(str(tmp_path / "provenance.png"))
    finally:
        if driver is not None:
            driver.quit()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
