"""An analyst works in the browser on the S corpus (#16): finds a group by typing its name into
the search box, opens its page, moves a group page's year slider, runs a catalogue form, types a
query in the SPARQL editor (with prefix completion), pages through an answer of more than 10,000
rows and downloads it as CSV and XLSX. Headless Chromium through Debian's chromedriver, as in
tests/test_browser.py.

Every request the browser makes is watched through the DevTools protocol's log: anything not
addressed to the server on 127.0.0.1 fails the test, and could not leave anyway (it resolves
no other host and goes to a proxy on a dead port), so the editor and every asset are shown to
come from `kg serve` itself. Screenshots go under the
test's temporary folder.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from benchmarks.generate import generate

from .serve.servers import free_port, running_kg_serve
from .test_browser import FLAGS, WAIT, screenshot, system_browser

ROWS_QUERY = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
LINEAGE_GROUP = """PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT ?group WHERE {
  ?early kg:resultingOrganisation ?middle ; kg:earliest ?one .
  ?late kg:priorOrganisation ?middle ; kg:resultingOrganisation ?group ; kg:earliest ?two .
  FILTER(YEAR(?one) < YEAR(?two))
} ORDER BY ?group LIMIT 1"""
"""A group with two dated lineage steps in different years: its slider has two ends to show."""


@pytest.fixture(scope="module")
def s_corpus_server(tmp_path_factory) -> Iterator[str]:
    """`kg serve` on the S corpus (~16 k triples, 70 groups), generated as the benchmarks do.
    The time limit is generous: downloads of 20,000 rows as XLSX take seconds, and the test
    machine may be busy."""
    folder = generate(tmp_path_factory.mktemp("corpus") / "S", "S").folder
    with running_kg_serve("--data", str(folder), "--workers", "1", "--timeout", "120") as server:
        yield server.base


@pytest.fixture()
def watched_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    chromium, chromedriver = system_browser()
    from selenium import webdriver

    monkeypatch.setenv("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    # Every address but this machine's goes to a proxy on a port where nothing listens (Chromium
    # never sends loopback through a proxy), on top of FLAGS' resolver rules; the performance
    # log below still records any attempt, which fails the test.
    options.add_argument(f"--proxy-server=http://127.0.0.1:{free_port()}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    service = webdriver.ChromeService(
        executable_path=chromedriver, log_output=str(tmp_path / "chromedriver.log")
    )
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(WAIT * 4)
    driver.execute_cdp_cmd("Network.enable", {})  # so that the performance log records requests
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(downloads), "eventsEnabled": True},
    )
    try:
        yield driver
    finally:
        driver.quit()


def requested_urls(driver: Any) -> list[str]:
    """Every URL the browser asked for since the last call (DevTools' Network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def downloaded(folder: Path, name: str, seconds: float = 150) -> Path:
    deadline = time.monotonic() + seconds
    path = folder / name
    while time.monotonic() < deadline:
        if path.exists() and not list(folder.glob("*.crdownload")):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded; the folder holds {sorted(folder.iterdir())}")


def test_an_analyst_finds_a_group_runs_the_catalogue_and_pages_and_downloads_20000_rows(
    watched_browser, s_corpus_server, tmp_path
):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    browser, server = watched_browser, s_corpus_server
    wait = WebDriverWait(browser, WAIT * 4)
    requests: list[str] = []

    def heading() -> str:
        return wait.until(seen.visibility_of_element_located((By.TAG_NAME, "h1"))).text

    # The front page lists every group, with its acronym, years and attacks.
    browser.get(f"{server}/")
    groups = wait.until(seen.visibility_of_element_located((By.ID, "groups")))
    rows = groups.find_elements(By.TAG_NAME, "tr")[1:]
    assert len(rows) == 70
    name, acronym, founded, _, attacks = (c.text for c in rows[0].find_elements(By.TAG_NAME, "td"))
    assert acronym and founded.isdigit() and int(attacks) > 0
    screenshot(browser, tmp_path / "front.png")

    # Types the group's name, in lower case, into the search box, and opens the group.
    box = browser.find_element(By.CSS_SELECTOR, "nav input[name=q]")
    box.send_keys(name.lower(), Keys.ENTER)
    candidates = wait.until(seen.visibility_of_element_located((By.ID, "candidates")))
    screenshot(browser, tmp_path / "search.png")
    candidates.find_element(By.LINK_TEXT, name).click()
    assert heading() == name
    screenshot(browser, tmp_path / "group.png")

    # Opens a group whose lineage changed over the years and moves its year slider: to the first
    # year of a change the steps taken by then, to the last every step.
    with_steps = httpx.get(
        f"{server}/sparql",
        params={"query": LINEAGE_GROUP},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    ).json()["results"]["bindings"][0]["group"]["value"]
    browser.get(with_steps.replace("https://w3id.org/ctkg", server))  # its page on this server
    slider = wait.until(seen.visibility_of_element_located((By.ID, "as-of")))
    assert slider.get_attribute("type") == "range"
    steps_by_year = {}
    for key in (Keys.HOME, Keys.END):
        browser.find_element(By.ID, "as-of").send_keys(key)
        year = browser.find_element(By.ID, "as-of").get_attribute("value")
        browser.find_element(By.ID, "as-of-show").click()
        wait.until(seen.url_contains(f"as_of={year}"))
        steps = wait.until(seen.visibility_of_element_located((By.ID, "as-of-steps")))
        taken = [r for r in steps.find_elements(By.TAG_NAME, "tr")[1:] if r.text != "none yet"]
        steps_by_year[int(year)] = len(taken)
        screenshot(browser, tmp_path / f"slider-{year}.png")
    (first, at_first), (last, at_last) = sorted(steps_by_year.items())
    assert first < last and at_first < at_last and at_last >= 2, steps_by_year

    # Runs the attacks form of the catalogue for that group, by its acronym.
    browser.get(f"{server}/query")
    picked = browser.find_element(By.ID, "catalogue-attacks")
    picked.find_element(By.TAG_NAME, "summary").click()
    field = picked.find_element(By.NAME, "group")
    wait.until(seen.visibility_of(field))
    picked.find_element(By.CSS_SELECTOR, "details.sparql-text summary").click()
    shown = picked.find_element(By.CSS_SELECTOR, ".sparql-shown")  # the highlighted SPARQL
    assert "#+ summary: Attacks by a group" in shown.text  # (CodeMirror draws what is in view)
    assert shown.find_element(By.CSS_SELECTOR, ".cm-content").get_attribute("contenteditable") == (
        "false"
    )
    field.send_keys(acronym)
    picked.find_element(By.CSS_SELECTOR, "form button").click()
    table = wait.until(seen.visibility_of_element_located((By.ID, "results")))
    # the group's own attacks and its predecessors', one row per source
    assert len(table.find_elements(By.TAG_NAME, "tr")) - 1 >= int(attacks)
    screenshot(browser, tmp_path / "catalogue.png")

    # Types a query in the editor; a prefix completes and declares itself.
    editor = wait.until(seen.visibility_of_element_located((By.CSS_SELECTOR, ".sparql-editor")))
    content = editor.find_element(By.CSS_SELECTOR, ".cm-content")
    content.click()
    content.send_keys(Keys.CONTROL, "a")
    content.send_keys(Keys.DELETE)
    content.send_keys("skos")
    option = WebDriverWait(browser, 20).until(
        seen.visibility_of_element_located(
            (
                By.XPATH,
                "//*[contains(@class,'cm-tooltip-autocomplete')]//li"
                "[.//*[contains(@class,'cm-completionLabel')][normalize-space(.)='skos:']]",
            )
        )
    )
    option.click()
    typed = browser.find_element(By.ID, "query-text").get_attribute("value")
    assert typed == "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nskos:"
    content.send_keys(Keys.CONTROL, "a")
    content.send_keys(Keys.DELETE)
    content.send_keys(ROWS_QUERY)
    wait.until(lambda b: b.find_element(By.ID, "query-text").get_attribute("value") == ROWS_QUERY)
    assert editor.find_elements(By.CSS_SELECTOR, ".cm-line span")  # highlighted
    screenshot(browser, tmp_path / "editor.png")
    content.send_keys(Keys.CONTROL, Keys.ENTER)  # runs it

    # The first page of more than 10,000 rows, then the next pages on demand. The catalogue's
    # page before it has a row count too ("12 rows"): wait for the new page's, which pages.
    def paged_count(b):  # type: ignore[no-untyped-def]
        text = b.find_element(By.ID, "row-count").text
        return text if " of " in text else False

    # the old page's element goes stale as the new page loads: look again
    count = WebDriverWait(browser, WAIT * 4, ignored_exceptions=(
        NoSuchElementException, StaleElementReferenceException)).until(paged_count)
    total = int(count.rsplit(" of ", 1)[1].replace(",", ""))
    assert count == f"rows 1–100 of {total:,}" and total > 10_000
    first_rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#results tr")[1:]]
    assert len(first_rows) == 100
    for start in (101, 201):
        browser.find_element(By.CSS_SELECTOR, "a.next-page").click()
        wait.until(seen.text_to_be_present_in_element((By.ID, "row-count"), f"rows {start:,}–"))
        page_rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#results tr")[1:]]
        assert len(page_rows) == 100 and not set(page_rows) & set(first_rows)
    screenshot(browser, tmp_path / "page-3.png")
    browser.find_element(By.CSS_SELECTOR, "a.previous-page").click()
    wait.until(seen.text_to_be_present_in_element((By.ID, "row-count"), "rows 101–200"))

    # Downloads the whole answer as CSV and XLSX.
    folder = tmp_path / "downloads"
    browser.find_element(By.ID, "download-csv").click()
    with downloaded(folder, "query.csv").open(encoding="utf-8", newline="") as file:
        assert sum(1 for _ in csv.reader(file)) == total + 1
    browser.find_element(By.ID, "download-xlsx").click()
    from openpyxl import load_workbook

    sheet = load_workbook(downloaded(folder, "query.xlsx"), read_only=True).active
    assert sheet.max_row == total + 1

    requests += requested_urls(browser)
    assert requests, "the browser's requests were not recorded"
    # the browser's own pages (chrome://…) are not network requests; anything else must be ours
    network = [u for u in requests if re.match(r"(https?|wss?|ftp)://", u, re.IGNORECASE)]
    outside = [u for u in network if not u.startswith(f"{server}/")]
    assert outside == []
    assert any("/static/" in u and u.endswith("sparql-editor.min.js") for u in requests)
