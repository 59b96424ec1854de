"""An analyst's walk through `kg serve` in a real browser: headless Chromium, driven by Selenium.

Debian's `chromium` and `chromium-driver` are the browser and its driver (`.ci/run` installs
them); Selenium is told where both are, so it never looks for or downloads a browser of its own.
The browser resolves no host name except 127.0.0.1 and starts with a fresh profile, with its
background services (sync, updates, field trials) off: nothing it does leaves the machine.
Screenshots of each page go under the test's temporary folder, for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hermetic import DATA

from .serve.servers import running_kg_serve

REPO = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless",
    "--no-sandbox",  # the test may run as root in a container, where the sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--window-size=1400,1000",
)
WAIT = 30  # seconds: a first page draws its pictures in the server before it answers


def system_browser() -> tuple[str, str]:
    """Debian's Chromium and its driver, or a failure that says how to install them: a browser
    test that skips itself would pass without having looked at anything."""
    browser = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    missing = [name for name, path in (("chromium", browser), ("chromedriver", driver)) if not path]
    if missing:
        pytest.fail(
            f"{' and '.join(missing)} not found on PATH: the browser test needs Debian's "
            "chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run "
            "installs them)",
            pytrace=False,
        )
    assert browser and driver
    return browser, driver


@pytest.fixture()
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    chromium, chromedriver = system_browser()
    try:
        from selenium import webdriver
    except ImportError:
        pytest.fail("selenium is not installed: pip install -e '.[test]'", pytrace=False)
    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not go looking online
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    service = webdriver.ChromeService(
        executable_path=chromedriver, log_output=str(tmp_path / "chromedriver.log")
    )
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def server() -> Iterator[str]:
    # a generous time limit: a page draws its pictures within half of it, and on a loaded CI
    # machine the default 10 s left AQIM's timeline undrawn (the limit has tests of its own)
    with running_kg_serve("--data", str(DATA), "--workers", "1", "--timeout", "60") as running:
        yield running.base


def screenshot(driver: Any, path: Path, **parts: Any) -> None:
    """The whole page, not only the window (the window grows to the page's height first), and
    each of `parts` (name=element) whole beside it as `<page>-<name>.png`."""
    width = driver.get_window_size()["width"]
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 600), 8000))
    driver.save_screenshot(str(path))
    for name, element in parts.items():
        element.screenshot(str(path.with_name(f"{path.stem}-{name}.png")))
    driver.set_window_size(width, 1000)
    assert path.stat().st_size > 10_000, f"{path} looks empty"


def test_an_analyst_follows_aqims_lineage_to_gspc_and_back_then_asks_the_catalogue(
    browser, server, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, WAIT)

    def heading() -> str:
        return wait.until(seen.visibility_of_element_located((By.TAG_NAME, "h1"))).text

    # AQIM's page: the lineage diagram and the timeline are drawn, at a readable size.
    browser.get(f"{server}/id/group/aqim")
    assert heading() == "Al Qaida in the Islamic Maghreb"
    diagram = wait.until(
        seen.visibility_of_element_located((By.CSS_SELECTOR, "#lineage-diagram svg"))
    )
    assert diagram.size["width"] > 300 and diagram.size["height"] > 150
    for node in ("org-gia", "org-gspc", "org-aqim"):
        assert browser.find_element(By.ID, node).is_displayed(), node
    diagram_words = diagram.text
    for shown in ("split from", "1998", "renamed from", "Sep 2006"):
        assert shown in diagram_words, shown
    timeline = browser.find_element(By.CSS_SELECTOR, "#attack-timeline svg")
    assert timeline.is_displayed() and timeline.size["width"] > 700
    targets = browser.execute_script(
        "return [...arguments[0].querySelectorAll('a')].map(a => a.href.baseVal)", timeline
    )
    assert len({t for t in targets if t.startswith("/id/attack/")}) == 12
    assert "33 or 38 killed (sources differ)" in timeline.text
    screenshot(browser, tmp_path / "aqim.png", lineage=diagram, timeline=timeline)

    # Through the diagram's GSPC node to GSPC's own page, which draws the family around GSPC.
    browser.find_element(By.CSS_SELECTOR, "#org-gspc a").click()
    wait.until(seen.url_to_be(f"{server}/id/group/gspc"))
    assert heading() == "Salafist Group for Call and Combat"
    gspc = wait.until(seen.visibility_of_element_located((By.CSS_SELECTOR, "#lineage-diagram svg")))
    assert "Lineage of Salafist Group for Call and Combat (GSPC)" in gspc.text
    screenshot(browser, tmp_path / "gspc.png")

    # Back to AQIM, then from the timeline to one attack's page.
    browser.back()
    wait.until(seen.url_to_be(f"{server}/id/group/aqim"))
    assert heading() == "Al Qaida in the Islamic Maghreb"
    batna = browser.find_element(
        By.XPATH,
        "//*[@id='attack-timeline']//*[local-name()='a']"
        "[contains(@*[local-name()='href'], '2007-batna-bombing')]",
    )
    batna.click()
    wait.until(seen.url_to_be(f"{server}/id/attack/2007-batna-bombing"))
    assert heading() == "Suicide bombing in Batna targeting President Bouteflika"

    # The query page: pick the lineage question, name the group, run it, read the table.
    browser.find_element(By.LINK_TEXT, "query page").click()
    wait.until(seen.url_to_be(f"{server}/query"))
    picked = browser.find_element(By.ID, "catalogue-lineage")
    picked.find_element(By.TAG_NAME, "summary").click()
    group = picked.find_element(By.NAME, "group")
    wait.until(seen.visibility_of(group))
    group.send_keys("AQIM")
    picked.find_element(By.TAG_NAME, "button").click()
    table = wait.until(seen.visibility_of_element_located((By.ID, "results")))
    # the form also sends the optional as_of, empty (it takes the whole lineage)
    assert browser.current_url.startswith(f"{server}/query?catalogue=lineage&group=AQIM")
    assert len(table.find_elements(By.TAG_NAME, "tr")) == 3  # the header and two steps
    screenshot(browser, tmp_path / "query.png")
    table.find_element(By.LINK_TEXT, "group:gia").click()
    wait.until(seen.url_to_be(f"{server}/id/group/gia"))
    assert heading() == "Armed Islamic Group"


def test_the_year_slider_shows_aqims_lineage_as_it_stood(browser, server, tmp_path):
    """The group page's slider is a plain range input in a form (the pages run no script):
    move it with the keyboard, press Show, and the diagram and the table of steps are the
    lineage of that year; AQIM is not there in 2005."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, WAIT)
    browser.get(f"{server}/id/group/aqim")
    diagram = wait.until(
        seen.visibility_of_element_located((By.CSS_SELECTOR, "#lineage-diagram svg"))
    )
    assert browser.find_element(By.ID, "org-aqim").is_displayed()
    slider = browser.find_element(By.ID, "as-of")
    assert slider.get_attribute("type") == "range" and slider.get_attribute("min") == "1998"

    def move_to(year: int) -> None:
        slider = browser.find_element(By.ID, "as-of")
        slider.send_keys(Keys.HOME)  # the first year, 1998
        for _ in range(year - int(slider.get_attribute("min"))):
            slider.send_keys(Keys.ARROW_RIGHT)
        assert slider.get_attribute("value") == str(year)
        browser.find_element(By.ID, "as-of-show").click()
        wait.until(seen.url_contains(f"as_of={year}"))

    move_to(2005)
    diagram = wait.until(
        seen.visibility_of_element_located((By.CSS_SELECTOR, "#lineage-diagram svg"))
    )
    assert browser.find_elements(By.ID, "org-aqim") == []
    assert browser.find_element(By.ID, "org-gspc").is_displayed()
    steps = browser.find_element(By.ID, "as-of-steps")
    assert "split from" in steps.text and "renamed from" not in steps.text
    screenshot(browser, tmp_path / "aqim-2005.png", lineage=diagram)

    move_to(2010)
    wait.until(seen.visibility_of_element_located((By.ID, "org-aqim")))
    assert "renamed from" in browser.find_element(By.ID, "as-of-steps").text
    screenshot(browser, tmp_path / "aqim-2010.png")

    # without the slider: the server-rendered link of a year works the same
    browser.find_element(By.LINK_TEXT, "all years").click()
    wait.until(seen.visibility_of_element_located((By.ID, "org-aqim")))
    assert browser.find_elements(By.ID, "as-of-steps") == []
