"""Shared fixtures: the AQIM graph is loaded and reasoned once per test session; every test runs
in a temporary project folder holding a copy of the curated data, never the checkout's `data/`
or `build/` (see tests/hermetic.py, which proves it)."""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.load import KnowledgeGraph, load
from kg.precompute import precompute
from kg.reason import reason
from tests.hermetic import DATA, PROJECT, Guard, copy_curated, digests

REPO = Path(__file__).resolve().parent.parent
GUARD = Guard()
GUARD.install()


@pytest.fixture(scope="session", autouse=True)
def in_the_project() -> Iterator[None]:
    """Session and module fixtures, which run before any test's own, run in the project too."""
    here = Path.cwd()
    os.chdir(PROJECT)
    yield
    os.chdir(here)


@pytest.fixture(autouse=True)
def hermetic(monkeypatch) -> Iterator[None]:
    """Run the test in the temporary project, and fail it if it touched the checkout's data/ or
    build/, or changed the project's data/ (which later tests share)."""
    monkeypatch.chdir(PROJECT)
    before, start = digests(DATA), len(GUARD.touched)
    yield
    touched = GUARD.touched[start:]
    del GUARD.touched[start:]
    shutil.rmtree(PROJECT / "build", ignore_errors=True)
    changed = digests(DATA) != before
    if changed:
        shutil.rmtree(DATA)
        copy_curated(DATA, REPO / "data")
    problems = [f"used the checkout's {sorted(set(touched))[:3]}"] if touched else []
    problems += ["changed the shared project's data/ (write into tmp_path)"] if changed else []
    if problems:
        pytest.fail("not hermetic: this test " + "; ".join(problems), pytrace=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Fail the run if the checkout's data/ or build/ changed or were read outside a test."""
    GUARD.active = False  # its own digests read the folders
    touched, changed = sorted(set(GUARD.touched)), GUARD.changed()
    if not (changed or touched):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"not hermetic: the suite changed {changed} or touched {touched[:5]} "
            "(tests must use tests.hermetic.DATA or tmp_path)",
            red=True,
        )
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def reasoned_kg() -> KnowledgeGraph:
    """The shipped data, reasoned and precomputed (as a build leaves it: the first catalogue
    query would otherwise write the precomputed graph). Tests must not modify it."""
    kg = load([DATA])
    reason(kg)
    precompute(kg)
    return kg


@pytest.fixture(scope="session")
def raw_kg() -> KnowledgeGraph:
    """The shipped data as stated, without reasoning."""
    return load([DATA])


@pytest.fixture(scope="session")
def built(in_the_project, tmp_path_factory) -> Path:
    """One `kg build` for the session into a temporary folder; commands reuse its graph with
    `--build`. Tests must not modify it."""
    from kg.cli import app

    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", "--out", str(out)])  # the project's data/
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def embedded(built) -> KnowledgeGraph:
    """The session's build, opened as `kg query` opens it (its on-disk store, read-only): what
    a server or a remote store is compared with."""
    from kg.build import open_built_graph

    kg = open_built_graph(built)
    assert kg is not None
    return kg


@pytest.fixture(scope="module")
def places_dataset():
    """The curated places (the regions and what no package has) as the graph the places banks
    ingest their synthetic profiles against: loaded once per bank module, as each bank did."""
    return load([DATA / "places.ttl"], with_ontology=False).dataset


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def without_progress(output: str) -> list[str]:
    """What a command said but its progress lines (`kg build: …`, one per stage on standard
    error when it is not a terminal), which come before an error line."""
    return [line for line in output.strip().splitlines() if not line.startswith("kg ")]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def comparable_rows(rows: list[dict[str, str]]) -> set[tuple[tuple[str, str], ...]]:
    """Rows compared as sets; GROUP_CONCAT lists ("a; b") compared as sets too (their order is
    not defined in SPARQL), and language tags without regard to case (BCP 47: Oxigraph keeps
    them in lower case, so LANG() gives "ar-latn" where rdflib gives "ar-Latn")."""

    def cell(name: str, value: str) -> str:
        value = "; ".join(sorted(value.split("; ")))
        return value.casefold() if name == "language" else value

    return {tuple(sorted((k, cell(k, v)) for k, v in row.items())) for row in rows}


LONGEST_FIRST = (
    "test_scale.py",  # the S corpus: owlrl, rdflib and pySHACL equality checks, ~100 s in all
    "test_ingest_properties.py",  # hypothesis: mutated and random profiles, ~60 s
    "test_browser_workbench.py",  # Chromium on the S corpus, ~25 s
    "test_virtuoso.py",  # starts Virtuoso and pushes the build
    "test_stix.py",  # exports and validates the S corpus
    "test_shapes.py",
    "test_shacl_core.py",  # every shape fixture through the core engine and pySHACL, ~65 s CPU
    "test_build_crash.py",  # a build killed at each of its steps, ~60 s CPU
    "test_fast_query.py",  # name folding against the index, ~50 s CPU
    "test_browser.py",
)
"""Modules that take the longest, run first. pytest-xdist (`-n auto --dist loadfile`, see
pyproject.toml) hands whole modules to its workers in collection order; a long module collected
last (alphabetically, test_scale and test_virtuoso are) keeps one worker busy while the other
has finished. Longest first, the two workers end together."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: position for position, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: else as collected
