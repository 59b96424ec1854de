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
