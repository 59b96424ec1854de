"""Can a partner join our groups and persons with Wikidata, and trust each link?

The curated links (data/wikidata.ttl) name Wikidata items by their entity IRI, each with its
source, and entity pages and exports (STIX, spreadsheets) show them.
"""

from __future__ import annotations

import re

import openpyxl
from rdflib import OWL, RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.namespaces import GROUP, KG, PERSON
from kg.serve.entities import describe
from kg.serve.pages import entity_page
from kg.stix import stix_bundle
from kg.xlsx import export_group_workbook
from tests.hermetic import DATA

ENTITY = re.compile(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*")
AL_QAIDA = GROUP["al-qaida"]


def links() -> Graph:
    return Graph().parse(DATA / "wikidata.ttl", format="turtle")


def test_every_link_names_a_wikidata_item_of_a_curated_group_or_person_and_its_source(
    reasoned_kg,
):
    graph = links()
    pairs = list(graph.subject_objects(SKOS.exactMatch))
    assert (AL_QAIDA, URIRef("http://www.wikidata.org/entity/Q34490")) in pairs
    assert (PERSON["osama-bin-laden"], URIRef("http://www.wikidata.org/entity/Q1317")) in pairs
    for entity, item in pairs:
        assert ENTITY.fullmatch(str(item)), item
        kinds = set(reasoned_kg.dataset.objects(entity, RDF.type))
        assert kinds & {KG.ArmedGroup, KG.Person}, f"{entity} is no group or person of the data"
        (statement,) = [
            s for s in graph.subjects(RDF.subject, entity) if (s, RDF.object, item) in graph
        ]
        assert (statement, RDF.predicate, SKOS.exactMatch) in graph
        assert graph.value(statement, DCTERMS.source) == URIRef(
            "https://www.wikidata.org/wiki/" + str(item).rsplit("/", 1)[1]
        )
        assert graph.value(statement, PROV.wasDerivedFrom) is not None
    # exactMatch, never owl:sameAs, which would merge Wikidata's statements into ours
    assert not list(graph.triples((None, OWL.sameAs, None)))


def test_the_stix_export_gives_al_qaida_and_bin_laden_their_wikidata_items(reasoned_kg):
    bundle = stix_bundle(reasoned_kg)
    refs = {
        obj.name: {(r.source_name, r.get("external_id")) for r in obj.external_references}
        for obj in bundle.objects
        if obj.type in ("intrusion-set", "identity", "threat-actor")
    }
    assert ("wikidata", "Q34490") in refs["Al Qaida"]
    assert ("wikidata", "Q1317") in refs["Osama bin Laden"]
    assert not any(source == "wikidata" for source, _ in refs["Al Qaida in the Islamic Maghreb"])


def test_the_group_workbook_links_al_qaida_to_its_item(reasoned_kg, tmp_path):
    path = export_group_workbook(reasoned_kg, str(AL_QAIDA), tmp_path / "al-qaida.xlsx")
    sheet = openpyxl.load_workbook(path)["Profile"]
    targets = {cell.hyperlink.target for row in sheet.iter_rows() for cell in row if cell.hyperlink}
    assert "http://www.wikidata.org/entity/Q34490" in targets


def test_the_entity_page_says_where_else_the_entity_is(reasoned_kg):
    page = describe(reasoned_kg, AL_QAIDA)
    assert [(x.text, x.href) for x in page.elsewhere] == [
        ("Wikidata Q34490", "https://www.wikidata.org/wiki/Q34490")
    ]
    assert describe(reasoned_kg, GROUP["aqim"]).elsewhere == []
    html = entity_page(page)  # the page `kg serve` answers at /id/group/al-qaida
    assert 'Elsewhere: <a href="https://www.wikidata.org/wiki/Q34490">Wikidata Q34490</a>' in html
