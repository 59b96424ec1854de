"""A state's body a profile names in passing with the state's possessive and its acronym
("Ruritania's Bureau of State Security (BSS)") is one organisation with one IRI, joined by every
profile that names it so, and kept apart from another organisation of the same acronym
(`kg.ingest.state_bodies`). Names, places and acronyms are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.state_bodies import state_bodies_named
from kg.namespaces import KG, SCHEMA


def _profile(title: str, history: str) -> str:
    return (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\nNone known\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n\n"
        "Ideological Roots:\n\nSalafi-jihadist.\n"
    )


def _ingest(tmp_path: Path, slug: str, text: str, existing: Dataset) -> Dataset:
    result = ingest_profile(tmp_path / f"{slug}.txt", text=text, existing=existing)
    union = Dataset()
    for dataset in (existing, result.dataset):
        for quad in dataset.quads((None, None, None, None)):
            union.add(quad)
    return union


def _bearing(dataset: Dataset, name: str) -> set:
    return {q[0] for q in dataset.quads((None, SKOS.prefLabel, None, None)) if str(q[2]) == name}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials accuse Mali's Directorate of State Security (DSS) of arming it.",
     [("Mali", "Directorate of State Security", "DSS")]),
    ("It was trained, says Niger’s General Intelligence Agency (GIA), in Libya.",
     [("Niger", "General Intelligence Agency", "GIA")]),
    ("Algeria's Ministry of Religious Affairs (MRA) banned its preachers in 2011.",
     [("Algeria", "Ministry of Religious Affairs", "MRA")]),
    ("Chad’s National Security Service (NSS) arrested its envoy.",
     [("Chad", "National Security Service", "NSS")]),
])
def test_a_state_s_body_with_its_acronym_is_read(sentence, expected):
    assert state_bodies_named(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Mali's Armed Forces (FAMa) fought it in 2013.",            # a force: maybe fought
    "Niger’s Patriotic Movement (MPN) backed the talks.",        # a party: no body's word
    "Mali's Directorate of State Security said so.",             # no acronym: no name given
    "Mali's directorate of state security (DSS) said so.",       # not written as a name
])
def test_what_is_no_state_s_body_with_its_acronym_is_not_read(sentence):
    assert state_bodies_named(sentence) == []


def test_the_body_is_one_organisation_across_profiles_and_linked_from_each(tmp_path):
    graph = _ingest(tmp_path, "a", _profile(
        "Desert Brigades (DB)",
        "Officials accuse Mali's Directorate of State Security (DSS) of arming it."), Dataset())
    graph = _ingest(tmp_path, "b", _profile(
        "Sahel Vanguard Front (SVF)",
        "Its rivals said Mali’s Directorate of State Security (DSS) paid it in 2012."), graph)
    (body,) = _bearing(graph, "Directorate of State Security")
    assert any(graph.quads((body, RDF.type, KG.Organisation, None)))
    assert not any(graph.quads((body, RDF.type, KG.ArmedGroup, None)))
    assert len({q[3] for q in graph.quads((None, SCHEMA.mentions, body, None))}) == 2


def test_the_same_acronym_with_another_full_name_is_another_organisation(tmp_path):
    """Two "DSS"s: the Sahel's Democratic Salvation Squadrons, an armed group's profile, and a
    state's Directorate of State Security named later: two IRIs, never one."""
    graph = _ingest(tmp_path, "a", _profile("Democratic Salvation Squadrons (DSS)",
                                            "The group emerged in 1994."), Dataset())
    graph = _ingest(tmp_path, "b", _profile(
        "Desert Brigades (DB)",
        "Officials accuse Mali's Directorate of State Security (DSS) of arming it."), graph)
    (squadrons,) = _bearing(graph, "Democratic Salvation Squadrons")
    (directorate,) = _bearing(graph, "Directorate of State Security")
    assert squadrons != directorate


def test_an_owner_the_gazetteer_does_not_know_states_nothing(tmp_path):
    graph = _ingest(tmp_path, "a", _profile(
        "Desert Brigades (DB)",
        "Officials accuse Ruritania's Directorate of State Security (DSS) of arming it."),
        Dataset())
    assert not _bearing(graph, "Directorate of State Security")
