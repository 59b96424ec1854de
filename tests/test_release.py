"""A package people can install, upgrade and trust (#14): one release number everywhere, a
project folder of one's own, and optional extras that say when they are missing."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from rdflib import OWL, Graph, Namespace, URIRef

import kg
from kg.cli import app
from kg.export import dataset_description
from kg.load import load
from kg.namespaces import DATASET, ONTOLOGY_IRI, PREFIXES
from kg.resources import ontology_dir
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
DCAT3 = Namespace(PREFIXES["dcat"])
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")


def test_the_release_is_a_semantic_version_read_from_the_package():
    assert kg.__version__ == metadata.version("ctkg")
    assert SEMVER.match(kg.__version__)


def test_kg_version_prints_the_release(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"kg (ctkg) {kg.__version__}"


def test_the_ontology_names_the_release():
    ontology = Graph().parse(ontology_dir() / "kg.ttl")
    assert [str(v) for v in ontology.objects(ONTOLOGY_IRI, OWL.versionInfo)] == [kg.__version__]
    assert list(ontology.objects(ONTOLOGY_IRI, OWL.versionIRI)) == [
        URIRef(f"{ONTOLOGY_IRI.rstrip('#')}/{kg.__version__}")
    ]


def test_an_exports_description_names_the_release(tmp_path):
    described = dataset_description(load([DATA / "places.ttl"]))
    assert [str(v) for v in described.objects(DATASET, OWL.versionInfo)] == [kg.__version__]
    assert [str(v) for v in described.objects(DATASET, DCAT3.version)] == [kg.__version__]


def test_the_changelog_has_an_entry_for_the_release():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(kg.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)


# ----------------------------------------------------------------- kg init


@pytest.fixture(autouse=True)
def curated_from_the_copy(monkeypatch):
    """In a checkout `kg init` copies the checkout's curated places; tests use their copy."""
    monkeypatch.setattr("kg.project.curated_data_dir", lambda: DATA)


def test_kg_init_lays_out_a_project_folder(runner, tmp_path):
    project = tmp_path / "sahel"
    result = runner.invoke(app, ["init", str(project)])
    assert result.exit_code == 0, result.output
    files = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    assert files == ["README.md", "data/places.ttl", "queries/example.rq"]
    assert (project / "data" / "profiles").is_dir()
    assert len(load([project / "data"], with_ontology=False).dataset) > 0


def test_kg_init_refuses_a_folder_that_holds_files(runner, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code != 0
    assert "not an empty folder" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_ingest_outside_a_project_says_to_make_one(runner, tmp_path, monkeypatch):
    """Without a data/ here the default output would be inside the installed package."""
    monkeypatch.chdir(tmp_path)
    profile = REPO / "tests" / "ingest" / "profiles" / "jnim.txt"
    result = runner.invoke(app, ["ingest", str(profile)])
    assert result.exit_code != 0
    assert "kg init" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_ingest_build_query_in_a_new_folder(runner, tmp_path, monkeypatch):
    project = tmp_path / "p"
    assert runner.invoke(app, ["init", str(project)]).exit_code == 0
    monkeypatch.chdir(project)
    profile = REPO / "tests" / "ingest" / "profiles" / "al-mourabitoun.txt"
    ingested = runner.invoke(app, ["ingest", str(profile)])
    assert ingested.exit_code == 0, ingested.output
    built = runner.invoke(app, ["build"])
    assert built.exit_code == 0, built.output
    assert (project / "build" / "graph.nq").is_file()


# ----------------------------------------------------------------- extras


def test_importing_kg_and_its_cli_loads_no_optional_stack():
    """The core runs without the serve and pictures extras only if nothing imports them at
    startup; a fresh interpreter shows what `import kg` and the CLI pull in."""
    code = (
        "import sys, kg, kg.cli, kg.build, kg.export, kg.ingest, kg.store, kg.query\n"
        "optional = {'matplotlib', 'mpl_toolkits', 'graphviz', 'starlette', 'uvicorn', "
        "'jinja2', 'stix2', 'openpyxl'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & optional))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert found.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("command", "hidden", "extra"),
    [
        (["serve"], "uvicorn", "serve"),
        (["lineage", "AQIM", "--format", "svg"], "graphviz", "pictures"),
        (["timeline", "AQIM"], "matplotlib", "pictures"),
    ],
)
def test_a_missing_extra_is_one_line_naming_it(runner, built, monkeypatch, command, hidden, extra):
    for name in [m for m in sys.modules if m == hidden or m.startswith(f"{hidden}.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, hidden, None)  # `import hidden` now fails as if absent
    result = runner.invoke(app, [*command, "--build", str(built)])
    assert result.exit_code != 0, result.output
    assert result.stderr.strip() == (
        f"error: kg {command[0]} needs the '{extra}' extra: pip install 'ctkg[{extra}]'"
    )
