"""Bad input gets a clear error naming the file and line, and adds nothing to the graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataFileError
from kg.load import add_file, load
from kg.namespaces import GRAPH

GOOD = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/ctkg/id/group/x> a kg:ArmedGroup ;
  skos:prefLabel "X"@en .
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_malformed_turtle_names_the_file_and_line(tmp_path):
    bad = write(
        tmp_path, "bad.ttl", GOOD + '<https://w3id.org/ctkg/id/group/x> skos:altLabel "open\n'
    )
    with pytest.raises(DataFileError) as caught:
        load([bad], with_ontology=False)
    assert caught.value.path == bad
    assert caught.value.line == 5
    assert f"{bad}:5" in str(caught.value)


def test_malformed_trig_names_the_line_of_the_error(tmp_path):
    text = (
        "@prefix ex: <http://example.org/> .\n"
        "ex:g {\n  ex:a ex:b ex:c .\n  ex:a ex:b ex:c ex:d .\n}\n"
    )
    bad = write(tmp_path, "bad.trig", text)
    with pytest.raises(DataFileError) as caught:
        load([bad], with_ontology=False)
    assert caught.value.line == 4


def test_a_file_that_fails_adds_nothing_to_the_graph(tmp_path):
    good = write(tmp_path, "good.ttl", GOOD)
    kg = load([good], with_ontology=False)
    before = set(kg.dataset.quads((None, None, None, None)))
    half_good = write(tmp_path, "half.ttl", GOOD.replace("x>", "y>") + "this is not turtle\n")
    with pytest.raises(DataFileError):
        add_file(kg, half_good, GRAPH["half"])
    assert set(kg.dataset.quads((None, None, None, None))) == before


def test_triples_of_a_turtle_file_land_in_a_graph_named_after_the_file(tmp_path):
    write(tmp_path, "scratch.ttl", GOOD)
    kg = load([tmp_path], with_ontology=False)
    assert kg.graph_names() == [GRAPH["scratch"]]
    assert kg.source_file_of(GRAPH["scratch"]) == tmp_path / "scratch.ttl"


def test_non_utf8_text_is_refused_with_its_line(tmp_path):
    bad = write(
        tmp_path, "latin1.ttl", GOOD.encode() + '<x:y> <x:z> "caf\xe9" .\n'.encode("cp1252")
    )
    with pytest.raises(DataFileError, match="UTF-8") as caught:
        load([bad], with_ontology=False)
    assert caught.value.line == 5


def test_unknown_file_type_is_refused(tmp_path):
    bad = write(tmp_path, "notes.docx", "hello")
    with pytest.raises(DataFileError, match="unknown RDF file type"):
        load([bad], with_ontology=False)


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        load([tmp_path / "nowhere"], with_ontology=False)


def test_json_ld_with_a_remote_context_is_refused_before_any_fetch(tmp_path, monkeypatch):
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("the loader tried to fetch a URL")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    doc = write(
        tmp_path,
        "remote.jsonld",
        '{\n  "@context": "http://127.0.0.1:9/context.jsonld",\n  "@id": "http://e/x"\n}\n',
    )
    with pytest.raises(DataFileError, match="not fetched") as caught:
        load([doc], with_ontology=False)
    assert caught.value.line == 2


def test_json_ld_with_an_embedded_context_loads(tmp_path):
    doc = write(
        tmp_path,
        "local.jsonld",
        '{"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"},'
        ' "@id": "http://e/x", "skos:prefLabel": "X"}',
    )
    kg = load([doc], with_ontology=False)
    assert len(kg) == 1


def test_rdf_xml_with_an_external_entity_is_refused(tmp_path):
    doc = write(
        tmp_path,
        "xxe.rdf",
        '<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">\n]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n',
    )
    with pytest.raises(DataFileError, match="entity") as caught:
        load([doc], with_ontology=False)
    assert caught.value.line == 3


def test_the_shipped_data_loads_every_section_graph(raw_kg):
    sections = [g for g in raw_kg.graph_names() if "profile/aqim#" in str(g)]
    assert len(sections) == 33  # 7 + 12 attack entries + 5 + 9 reference entries


@pytest.mark.parametrize("subject", ["<urn:x-test:site>", "_:site", "[]"])
def test_a_decimal_the_store_rewrites_is_given_back_as_written_on_any_subject(tmp_path, subject):
    """`load` parses a file into the store in Rust and the literal table from Python quads:
    a literal the store rewrites ("1.50" → "1.5") must come back as written, also on a blank
    node, which the two parses would label apart."""
    import pyoxigraph as ox

    path = tmp_path / "site.ttl"
    path.write_text(
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        f'{subject} <urn:x-test:lat> "1.50"^^xsd:decimal ; <urn:x-test:name> "site" .\n',
        encoding="utf-8",
    )
    kg = load([path], with_ontology=False)
    stated = [q for q in kg.stated_quads() if q.graph_name == ox.NamedNode(str(GRAPH["site"]))]
    assert sorted(str(q.object) for q in stated) == [
        '"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        '"site"',
    ]
    assert len({q.subject for q in stated}) == 1
    assert len(kg.store) == 2
