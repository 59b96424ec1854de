"""What a one-shot `kg query` pays before its query runs (#13): on the L build (1.45 M triples)
a whole `kg query` took 0.9–1.9 s for a query that takes milliseconds, of which reading every
header of the catalogue and turning the manifest's 78 k graph → file records into terms were
work the command never used. Each check here runs the real path, in a fresh interpreter where
the path's imports matter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import query_catalogue
from kg.errors import QueryError
from kg.query_catalogue import find_query

GOOD = """#+ summary: Every group
#+ tags: [groups]
SELECT ?group WHERE { ?group a <https://w3id.org/ctkg/ontology#ArmedGroup> }
"""
BROKEN = """#+ summary: [a header that is not YAML
SELECT * WHERE { ?s ?p ?o }
"""


@pytest.fixture
def catalogue_folder(tmp_path, monkeypatch) -> Path:
    """A catalogue of two queries, one of them with a header that does not parse."""
    (tmp_path / "groups.rq").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.rq").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(query_catalogue, "queries_dir", lambda: tmp_path)
    return tmp_path


def test_a_query_is_found_without_reading_the_rest_of_the_catalogue(catalogue_folder):
    query = find_query("groups")
    assert query.summary == "Every group" and query.tags == ("groups",)
    with pytest.raises(QueryError, match=r"broken\.rq:\d+: the #\+ header is not valid YAML"):
        find_query("broken")  # its own header is still checked when it is the one asked for


def test_an_unknown_query_name_lists_the_catalogue(catalogue_folder):
    with pytest.raises(QueryError, match=r"no query named 'group'.*\(broken, groups\)"):
        find_query("group")


def run_in_a_fresh_interpreter(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_kg_query_on_a_build_never_reads_which_file_each_graph_came_from(built):
    """The manifest records the file of every section graph: 78 k at L, a third of a second of
    CPU to turn into terms, and no query needs them. Made to fail if read, the query answers."""
    code = (
        "import importlib, sys\n"
        "build = importlib.import_module('kg.build')  # (kg.build is the function)\n"
        "def refuse(*args, **kwargs):\n    raise AssertionError('read what it needs not')\n"
        "build._files_of = refuse  # the graph -> file records\n"
        "build.load = refuse  # the data itself, were the build not taken as current\n"
        "from kg.cli import app\n"
        f"sys.argv = ['kg', 'query', 'lineage', '--param', 'group=AQIM', '--format', 'csv',"
        f" '--build', {str(built)!r}]\n"
        "try:\n    app()\nexcept SystemExit as done:\n    assert not done.code, done.code"
    )
    rows = run_in_a_fresh_interpreter(code).splitlines()
    assert rows[0].startswith("predecessor,") and len(rows) > 2  # GSPC, GIA …


def test_a_built_graph_still_knows_the_file_of_each_graph_when_asked(built):
    from kg.build import open_built_graph
    from kg.namespaces import BASE

    kg = open_built_graph(built)
    assert kg is not None
    files = {path.name for graph, path in kg.files.items() if str(graph).startswith(BASE)}
    assert "aqim.trig" in files
    profile = next(g for g, p in kg.files.items() if p.name == "aqim.trig")
    assert kg.source_file_of(profile).name == "aqim.trig"


def test_kg_query_as_csv_on_a_build_does_not_import_rich(built):
    """Rich draws tables and styled messages; CSV, TSV and JSON are written without it, and
    importing it cost each such `kg query` about 60 ms of CPU. An error still prints through it."""
    code = (
        "import sys\nfrom kg.cli import app\n"
        f"sys.argv = ['kg', 'query', 'names', '--param', 'group=AQIM', '--format', 'csv',"
        f" '--build', {str(built)!r}]\n"
        "try:\n    app()\nexcept SystemExit as done:\n    assert not done.code, done.code\n"
        "print('rich' in sys.modules)"
    )
    assert run_in_a_fresh_interpreter(code).splitlines()[-1] == "False"


def test_an_error_of_kg_query_is_still_one_styled_line(built):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["query", "nosuchquery", "--build", str(built)])
    assert result.exit_code == 2
    assert result.output.startswith("error: no query named 'nosuchquery'")
    assert len(result.output.strip().splitlines()) == 1
