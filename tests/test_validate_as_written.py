"""A partner's data is validated as written, not as the Oxigraph store keeps it (#13): an Oxigraph
store holds "5"^^xsd:int as an xsd:integer, "1.50" as "1.5", "+00:00" as "Z" and an out-of-range
"300"^^xsd:byte as a valid xsd:integer, which gave false violations (and hid a real one) when
validation read the data back from the store.

Fixtures: `tests/literals/<topic>/shapes/` (the partner's shapes), `PASS/*.ttl` (conforms) and
`XFAIL/*.ttl` with `XFAIL/*.expected.csv`, the exact set of (focus node, path, source shape,
value, message) results, compared with both validators."""

from __future__ import annotations

import csv
import importlib
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.build import build
from kg.cli import app
from kg.load import load
from kg.store.as_written import AsWritten
from kg.validate import load_shapes, validate

LITERALS = Path(__file__).parent / "literals"
TOPICS = sorted(p.name for p in LITERALS.iterdir() if (p / "shapes").is_dir())
FIXTURES = sorted(LITERALS.glob("*/[PX]*/*.ttl"))
XSD = "http://www.w3.org/2001/XMLSchema#"


def fixture_id(path: Path) -> str:
    return f"{path.parts[-3]}/{path.parts[-2]}/{path.stem}"


def term(text: str) -> Node | None:
    """A term of an expected-results file: an IRI, or a literal in N-Triples syntax."""
    if not text:
        return None
    if not text.startswith('"'):
        return URIRef(text)
    parsed = Graph().parse(data=f"<urn:s> <urn:p> {text} .", format="nt")
    return next(iter(parsed.objects()))


def expected_results(fixture: Path) -> set[tuple]:
    if fixture.parts[-2] == "PASS":
        return set()
    with fixture.with_suffix(".expected.csv").open(encoding="utf-8") as handle:
        return {
            (term(row["focus"]), term(row["path"]), term(row["shape"]), term(row["value"]),
             row["message"])
            for row in csv.DictReader(handle)
        }


def found_results(report) -> set[tuple]:
    return {
        (r.focus_node, r.path, r.source_shape, r.value, r.message) for r in report.results
    }


def same_terms(found: set[tuple], expected: set[tuple]) -> None:
    """Equal as sets, literals compared by datatype and lexical form (a language tag without
    regard to case, as RDF does): rdflib's `==` on literals is exactly that."""
    assert len(found) == len(expected), (found, expected)
    for row in expected:
        assert any(
            all(a == b and _same_lexical(a, b) for a, b in zip(row, other, strict=True))
            for other in found
        ), (row, found)


def _same_lexical(a: object, b: object) -> bool:
    if isinstance(a, Literal) and isinstance(b, Literal):
        return str(a) == str(b) and a.datatype == b.datatype
    return True


@pytest.mark.parametrize("validator", ["split", "pyshacl"])
@pytest.mark.parametrize("fixture", FIXTURES, ids=fixture_id)
def test_fixture_gives_exactly_the_expected_results(fixture: Path, validator: str, tmp_path):
    shapes = load_shapes(fixture.parent.parent / "shapes")
    report = validate(
        load([fixture], with_ontology=False), shapes=shapes, checks_dir=tmp_path,
        validator=validator,
    )
    same_terms(found_results(report), expected_results(fixture))


def test_every_topic_has_pass_and_xfail_fixtures():
    for topic in TOPICS:
        for kind in ("PASS", "XFAIL"):
            assert list((LITERALS / topic / kind).glob("*.ttl")), (topic, kind)
        for xfail in (LITERALS / topic / "XFAIL").glob("*.ttl"):
            assert xfail.with_suffix(".expected.csv").is_file(), xfail


def test_the_store_rewrites_what_the_files_wrote_and_the_table_keeps_it():
    """What this all works around, so that a pyoxigraph that stops rewriting shows here."""
    fixture = LITERALS / "typed" / "PASS" / "typed-as-written.ttl"
    graph = load([fixture], with_ontology=False)
    stored = {q.object for q in graph.store if isinstance(q.object, ox.Literal)}
    assert ox.Literal("1.5", datatype=ox.NamedNode(f"{XSD}decimal")) in stored
    assert ox.Literal("5", datatype=ox.NamedNode(f"{XSD}integer")) in stored
    written = {q.object for q in graph.stated_quads()}
    assert ox.Literal("1.50", datatype=ox.NamedNode(f"{XSD}decimal")) in written
    assert ox.Literal("5", datatype=ox.NamedNode(f"{XSD}int")) in written
    assert ox.Literal("2020-01-01+00:00", datatype=ox.NamedNode(f"{XSD}date")) in written
    assert not {ox.Literal("1.5", datatype=ox.NamedNode(f"{XSD}decimal"))} & written


def test_a_value_written_two_ways_is_both_as_written_and_one_in_the_store():
    record = ox.NamedNode("http://example.org/r")
    price = ox.NamedNode("http://example.org/price")
    graph = ox.NamedNode("http://example.org/g")
    decimal = ox.NamedNode(f"{XSD}decimal")
    quads = [ox.Quad(record, price, ox.Literal(text, datatype=decimal), graph)
             for text in ("1.50", "1.5", "1.500")]
    table = AsWritten()
    table.record(quads)
    stored = ox.Quad(record, price, ox.Literal("1.5", datatype=decimal), graph)
    assert set(table.quads) == {stored}
    assert set(table.restore([stored])) == set(quads)
    table.drop_graphs([graph])
    assert not table


def test_a_literal_in_many_files_is_asked_about_once_and_kept_in_each(monkeypatch):
    """The table asks Oxigraph how it would hold a typed literal once, however many files
    write it (#13): a second file's "1.50" is still kept as written, in its own graph, and a
    literal the store holds as written is not asked about again either."""
    as_written = importlib.import_module("kg.store.as_written")
    asked: list[set] = []
    real = as_written._rewritten
    monkeypatch.setattr(as_written, "_rewritten", lambda found: asked.append(found) or real(found))
    decimal = ox.NamedNode(f"{XSD}decimal")
    record, price = ox.NamedNode("http://example.org/r"), ox.NamedNode("http://example.org/p")
    written = ox.Literal("1.50", datatype=decimal)
    plain = ox.Literal("2", datatype=ox.NamedNode(f"{XSD}integer"))
    table = AsWritten()
    graphs = [ox.NamedNode(f"http://example.org/g{n}") for n in range(3)]
    for graph in graphs:
        table.record([ox.Quad(record, price, written, graph), ox.Quad(record, price, plain, graph)])
    assert asked == [{written, plain}]
    stored = ox.Literal("1.5", datatype=decimal)
    assert set(table.quads) == {ox.Quad(record, price, stored, graph) for graph in graphs}
    assert {q for quads in table.quads.values() for q in quads} == {
        ox.Quad(record, price, written, graph) for graph in graphs
    }


def test_the_curated_places_keep_their_coordinates_as_written(raw_kg):
    """`data/places.ttl` writes whole-degree coordinates as "8.0": the store holds "8"."""
    decimal = ox.NamedNode(f"{XSD}decimal")
    written = {q.object for originals in raw_kg.as_written.quads.values() for q in originals}
    assert ox.Literal("8.0", datatype=decimal) in written
    assert all(key.object.datatype == decimal for key in raw_kg.as_written.quads)


def use_shapes(monkeypatch, topic: str) -> None:
    """The partner's shapes in place of the project's, for a command run in this process."""
    folder = LITERALS / topic / "shapes"
    for module in ("kg.validate", "kg.build"):  # `kg.validate` names the function
        monkeypatch.setattr(importlib.import_module(module), "shapes_dir", lambda: folder)


@pytest.mark.parametrize("topic", TOPICS)
def test_kg_validate_passes_the_pass_fixtures_and_names_each_xfail_problem(
    runner, monkeypatch, topic
):
    use_shapes(monkeypatch, topic)
    passed = runner.invoke(app, ["validate", *map(str, (LITERALS / topic / "PASS").glob("*.ttl"))])
    assert passed.exit_code == 0, passed.output
    assert "0 violations" in passed.output
    for xfail in (LITERALS / topic / "XFAIL").glob("*.ttl"):
        failed = runner.invoke(app, ["validate", str(xfail)])
        assert failed.exit_code == 1, failed.output
        assert "Traceback" not in failed.output
        for *_, message in expected_results(xfail):
            assert message in failed.output


def test_kg_build_validates_as_written_then_again_when_a_file_is_added(
    runner, monkeypatch, tmp_path
):
    """The second build reads only the new file and takes the first one's from the previous
    build's store, which holds it rewritten: `as-written.nq` gives it back as written."""
    use_shapes(monkeypatch, "typed")
    data, out = tmp_path / "data", tmp_path / "build"
    data.mkdir()
    shutil.copy(LITERALS / "typed" / "PASS" / "typed-as-written.ttl", data / "first.ttl")
    first = runner.invoke(app, ["build", "--data", str(data), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert b'"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>' in (
        out / "as-written.nq"
    ).read_bytes()
    (data / "second.ttl").write_text(
        "@prefix ex: <http://example.org/partner#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        'ex:record-9 a ex:Record ; ex:count "9"^^xsd:int ; ex:price "0.50"^^xsd:decimal .\n',
        encoding="utf-8",
    )
    second = build([data], out_dir=out)
    assert second.mode == "incremental"
    assert second.report.conforms, [r.message for r in second.report.results]
    assert b'"0.50"' in (out / "as-written.nq").read_bytes()


def test_a_build_from_before_the_literal_table_is_followed_by_a_full_build(
    monkeypatch, tmp_path
):
    """A build of an older version wrote no `as-written.nq`: an incremental build from it would
    take the unchanged files from a store that rewrote their literals."""
    use_shapes(monkeypatch, "typed")
    data, out = tmp_path / "data", tmp_path / "build"
    data.mkdir()
    shutil.copy(LITERALS / "typed" / "PASS" / "typed-as-written.ttl", data / "first.ttl")
    assert build([data], out_dir=out).succeeded
    manifest = out / "manifest.json"
    older = json.loads(manifest.read_text(encoding="utf-8")) | {"version": 3}
    manifest.write_text(json.dumps(older), encoding="utf-8")
    (out / "as-written.nq").unlink()
    (data / "second.ttl").write_text(
        "@prefix ex: <http://example.org/partner#> .\nex:record-8 a ex:Record .\n",
        encoding="utf-8",
    )
    again = build([data], out_dir=out)
    assert again.mode == "full" and again.succeeded


def test_kg_build_fails_on_the_xfail_fixture_with_its_messages(runner, monkeypatch, tmp_path):
    use_shapes(monkeypatch, "typed")
    xfail = LITERALS / "typed" / "XFAIL" / "typed-as-written.ttl"
    result = runner.invoke(app, ["build", "--data", str(xfail), "--out", str(tmp_path / "b")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for *_, message in expected_results(xfail):
        assert message in result.output
