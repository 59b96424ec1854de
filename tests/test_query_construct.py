"""`kg query` runs CONSTRUCT and DESCRIBE and writes RDF (issue #15): a partner pulls a subgraph
from the command line, in any syntax the exporter writes, on stdout or into a file written
atomically. The query files are beside this module (tests/construct/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from kg.cli import app
from kg.namespaces import GROUP, KG

QUERIES = Path(__file__).parent / "construct"
LINEAGE = str(QUERIES / "lineage-graph.rq")
PARSERS = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nquads": "nquads",
    "jsonld": "json-ld",
    "xml": "xml",
    "trig": "trig",
}


def kg_query(built: Path, *args: str):
    return CliRunner().invoke(app, ["query", *args, "--build", str(built)])


def test_the_lineage_of_aqim_comes_as_a_graph_bound_to_aqim(built):
    result = kg_query(built, LINEAGE, "--param", "group=AQIM", "--format", "ntriples")
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="nt")
    assert set(graph.objects(GROUP.aqim, KG.hasPredecessor)) == {GROUP.gspc, GROUP.gia}
    assert set(graph.subjects(KG.hasPredecessor, None)) == {GROUP.aqim}  # the parameter held
    assert (GROUP.gia, SKOS.prefLabel, None) in graph


@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_every_rdf_syntax_gives_the_same_graph(built, fmt):
    reference = kg_query(built, LINEAGE, "-p", "group=AQIM", "--format", "ntriples")
    result = kg_query(built, LINEAGE, "-p", "group=AQIM", "--format", fmt)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format=PARSERS[fmt])
    assert len(graph) > 2
    assert isomorphic(graph, Graph().parse(data=reference.stdout, format="nt"))


def test_json_ld_carries_the_exporters_context(built):
    result = kg_query(built, LINEAGE, "-p", "group=AQIM", "--format", "jsonld")
    assert result.exit_code == 0, result.output
    assert '"hasPredecessor"' in result.stdout and '"@context"' in result.stdout


def test_describe_defaults_to_turtle(built):
    result = kg_query(built, str(QUERIES / "describe-gia.rq"))
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert (GROUP.gia, KG.hasSuccessor, GROUP.aqim) in graph


def test_output_is_written_whole_and_a_failed_write_leaves_the_old_file(built, tmp_path):
    target = tmp_path / "lineage.ttl"
    result = kg_query(built, LINEAGE, "-p", "group=AQIM", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and result.stdout == ""
    graph = Graph().parse(target, format="turtle")
    assert (GROUP.aqim, KG.hasPredecessor, GROUP.gia) in graph
    before = target.read_bytes()
    failed = kg_query(
        built, str(QUERIES / "unsplittable.rq"), "--format", "xml", "--output", str(target)
    )
    assert failed.exit_code == 2
    assert "cannot be written as RDF/XML" in failed.output
    assert len(failed.output.strip().splitlines()) == 1 and "Traceback" not in failed.output
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lineage.ttl"]  # no temporary left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((LINEAGE, "-p", "group=AQIM", "--format", "csv"), "answers with a graph"),
        (("names", "-p", "group=AQIM", "--format", "turtle"), "answers with rows"),
        ((LINEAGE, "-p", "group=AQIM", "--format", "rdf"), "unknown --format"),
        (
            (LINEAGE, "-p", "group=AQIM", "--endpoint", "http://127.0.0.1:9/sparql"),
            "with --endpoint, kg query runs SELECT and ASK",
        ),
    ],
)
def test_a_format_that_does_not_fit_the_query_is_one_line(built, args, message):
    result = kg_query(built, *args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_select_rows_can_go_to_a_file_too(built, tmp_path):
    target = tmp_path / "names.csv"
    result = kg_query(
        built, "names", "-p", "group=AQIM", "--format", "csv", "--output", str(target)
    )
    assert result.exit_code == 0, result.output
    written = target.read_text(encoding="utf-8")
    assert written == kg_query(built, "names", "-p", "group=AQIM", "--format", "csv").stdout
    assert "Al Qaida in the Islamic Maghreb" in written
