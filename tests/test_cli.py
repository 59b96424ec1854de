"""`kg build` and `kg validate` from the user's side: what they print, exit with, and leave."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.cli import app
from kg.namespaces import GROUP, INFERRED_GRAPH, KG
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
BROKEN_ATTACK = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/ctkg/id/attack/undated> a kg:Attack ;
  skos:prefLabel "An attack with no date, place or perpetrator"@en .
"""


@pytest.fixture(scope="module")
def good_build(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, snapshot(out)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the store's RocksDB files included) by its relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture()
def scratch_build(good_build, tmp_path) -> Path:
    out = tmp_path / "build"
    shutil.copytree(good_build[0], out)
    return out


def data_copy_with(tmp_path: Path, name: str, text: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / name).write_text(text, encoding="utf-8")
    return data


def test_build_writes_the_reasoned_graph_report_and_manifest(good_build):
    out, files = good_build
    assert sorted(f for f in files if not f.startswith("store/")) == [
        "as-written.nq", "checked-queries.json", "graph.nq", "manifest.json",
        "validation-report.ttl",
    ]  # checked-queries.json: the catalogue's safety checks, reused by kg query; as-written.nq:
    # the literals the store rewrote ("8.0" in data/places.ttl), as written (#13)
    assert "store/CURRENT" in files  # the on-disk Oxigraph store (#13)
    # beside the build folder: only the generation it links to, and the lock of its builds
    beside = {p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")}
    assert beside == {out.resolve(), out.parent / f".{out.name}.lock"}
    graph = Dataset()
    graph.parse(data=files["graph.nq"], format="nquads")
    assert (GROUP["gspc"], KG.hasSuccessor, GROUP["aqim"], INFERRED_GRAPH) in set(graph.quads())


def test_build_prints_what_it_loaded_inferred_and_found(runner, tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert "inferred" in result.output
    assert "0 violations, 4 warnings" in result.output


def test_malformed_data_file_fails_with_file_and_line_and_leaves_the_build(
    runner, scratch_build, tmp_path
):
    data = data_copy_with(
        tmp_path, "broken.ttl", "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n\nkg:a kg:b .\n"
    )
    before = snapshot(scratch_build)
    result = runner.invoke(app, ["build", "--data", str(data), "--out", str(scratch_build)])
    assert result.exit_code == 2
    assert f"{data / 'broken.ttl'}:3" in result.output
    assert "Traceback" not in result.output
    assert snapshot(scratch_build) == before


def test_violations_fail_the_build_and_leave_the_previous_artefacts(
    runner, scratch_build, tmp_path
):
    data = data_copy_with(tmp_path, "undated.ttl", BROKEN_ATTACK)
    before = snapshot(scratch_build)
    result = runner.invoke(app, ["build", "--data", str(data), "--out", str(scratch_build)])
    assert result.exit_code == 1
    assert "attack:undated" in result.output
    assert snapshot(scratch_build) == before


def test_validate_reports_zero_violations_and_the_expected_warnings(runner):
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert "0 violations, 4 warnings" in result.output
    for focus in (
        "aqim-abdelmalek-droukdel",
        "aqim-ref-8",
        "aqim-ref-9",
        "2003-04-northern-mali-hostages",
    ):
        assert focus in result.output


def test_validate_names_the_file_of_each_problem(runner, tmp_path):
    data = tmp_path / "scratch.ttl"
    data.write_text(BROKEN_ATTACK, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(data)])
    assert result.exit_code == 1
    assert "scratch.ttl" in result.output
    assert "Violation" in result.output


def test_validate_can_emit_the_standard_shacl_report_graph(runner):
    result = runner.invoke(app, ["validate", "--format", "turtle"])
    assert result.exit_code == 0
    report = Graph().parse(data=result.stdout, format="turtle")
    assert len(list(report.subjects(SH.resultSeverity, SH.Warning))) == 4
    assert not list(report.subjects(SH.resultSeverity, SH.Violation))


def test_queries_lists_the_catalogue(runner):
    result = runner.invoke(app, ["queries"])
    assert result.exit_code == 0
    for name in (
        "lineage",
        "descendants",
        "attacks",
        "casualties-by-year",
        "attacks-by-country",
        "leaders",
        "names",
        "allies",
        "sources",
        "conflicting-claims",
        "group-profile",
    ):
        assert name in result.output


def test_validate_report_graph_as_json_ld_parses(runner):
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code == 0
    report = Graph().parse(data=result.stdout, format="json-ld")
    assert len(list(report.subjects(SH.resultSeverity, SH.Warning))) == 4
