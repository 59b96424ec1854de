"""Shared fixtures: the AQIM graph is loaded and reasoned once per test session."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.load import KnowledgeGraph, load
from kg.reason import reason

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def reasoned_kg() -> KnowledgeGraph:
    """The shipped data, reasoned. Tests must not modify it."""
    kg = load([REPO / "data"])
    reason(kg)
    return kg


@pytest.fixture(scope="session")
def raw_kg() -> KnowledgeGraph:
    """The shipped data as stated, without reasoning."""
    return load([REPO / "data"])


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """One `kg build` for the session into a temporary folder; commands reuse its graph with
    `--build`. Tests must not modify it."""
    from kg.cli import app

    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


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
