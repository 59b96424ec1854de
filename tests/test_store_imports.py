"""A one-shot command pays for what it imports before it does anything: `kg query` took 3.5 s
on a small graph, most of it importing every stage (#13). Each check runs a fresh interpreter,
since the test process itself has long imported everything."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    # reasoning, validation and pictures: no read-only command needs them
    "pyshacl",
    "owlrl",
    "shacl_rust",
    "matplotlib",
    "starlette",
    "uvicorn",
    "jinja2",
    "graphviz",
    # rdflib's SPARQL engine (and oxrdflib, which imports it), the ingest readers' date grammar
    "rdflib.plugins.sparql",
    "oxrdflib",
    "edtf",
    "kg.ingest",
    "kg.reason",
    "kg.validate",
    "kg.export",
)


def imported_after(code: str) -> set[str]:
    """The heavy modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    return {name for name in HEAVY if name in loaded}


def test_importing_the_command_line_imports_nothing_heavy():
    assert imported_after("import kg.cli") == set()


def test_kg_help_imports_nothing_heavy():
    code = (
        "import sys\nfrom kg.cli import app\nsys.argv = ['kg', '--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    assert imported_after(code) == set()


def test_opening_the_last_build_needs_no_reasoner_or_validator():
    assert imported_after("import kg.build") == set()


def test_importing_kg_still_gives_every_public_name():
    import kg

    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    import kg.load  # the module's import must not hide the function of the same name

    assert callable(kg.load) and kg.load.__module__ == "kg.load"


@pytest.mark.parametrize("name", ["build", "export", "load", "reason", "validate"])
def test_a_stage_function_named_like_its_module_is_the_function(name):
    code = f"import kg.{name}\nfrom kg import {name}\nassert callable({name}), {name}"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_build_default_engine_is_the_reasoners():
    from kg.build import DEFAULT_ENGINE
    from kg.reason import DEFAULT_ENGINE as REASONER_DEFAULT

    assert DEFAULT_ENGINE == REASONER_DEFAULT


def test_the_build_and_the_query_module_name_the_same_checked_file():
    from kg.build import CHECKED_FILE
    from kg.query import CHECKED_FILE as QUERY_CHECKED_FILE

    assert CHECKED_FILE == QUERY_CHECKED_FILE


def test_kg_query_on_a_build_needs_no_sparql_parser_of_rdflib(built):
    """The build checked every catalogue query (`checked-queries.json`): a one-shot `kg query`
    reuses those checks instead of importing and running rdflib's parser."""
    code = (
        "import sys\nfrom kg.cli import app\n"
        f"sys.argv = ['kg', 'query', 'lineage', '--param', 'group=AQIM', '--format', 'csv',"
        f" '--build', {str(built)!r}]\n"
        "try:\n    app()\nexcept SystemExit as done:\n    assert not done.code, done.code"
    )
    assert imported_after(code) == set()


def test_a_recorded_check_is_used_only_for_the_text_it_records(tmp_path, monkeypatch):
    from kg import query as query_module
    from kg.errors import UnsafeQueryError

    safe = "SELECT * WHERE { ?s ?p ?o }"
    unsafe = "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }"
    record = query_module.checked_entry(safe)
    monkeypatch.setattr(query_module, "_KNOWN", {
        query_module._known_key(unsafe, query_module.MAX_QUERY_DEPTH): record})
    query_module.check_query.cache_clear()
    with pytest.raises(UnsafeQueryError):
        query_module.check_query(unsafe)
