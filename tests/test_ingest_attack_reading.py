"""Attack entries read right: who is credited and how (negation and hedging are never a claim
or a conduct), and which places are where the attack happened rather than reference points
("near the border with Niger"), sources ("According to the U.S. State Department") or other
roles ("prisoners held in Mauritania"); a part of a country the gazetteer lacks ("Southern
Algeria") is kept as written with a note, not silently coarsened."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Literal
from rdflib.term import Node

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import ATTRIBUTION_MODALITY, KG, PLACE, SCHEMA
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gazetteer():
    return load([DATA / "places.ttl"], with_ontology=False)


def _entry(gazetteer, tmp_path: Path, entry: str, title: str = "Sahel Front (SAF)"):
    text = (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"The group emerged in 2009.\n\nMajor Attacks:\n\n{entry}\n"
    )
    result = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer)
    graph = result.dataset
    (attack,) = set(graph.subjects(RDF.type, KG.Attack)) | set(
        graph.subjects(RDF.type, KG.Campaign)
    )
    return result, graph, attack


def _modalities(graph, attack) -> set[tuple[str, str]]:
    found = set()
    for node in graph.objects(attack, KG.attribution):
        (group,) = graph.objects(node, KG.attributedTo)
        (modality,) = graph.objects(node, KG.modality)
        found.add((str(group).rsplit("/", 1)[-1], str(modality).rsplit("/", 1)[-1]))
    return found


@pytest.mark.parametrize(
    "entry",
    [
        "July 11, 2006: Seven bombs exploded on trains in Bamako. Malian investigators "
        "attributed the bombings to the SAF, which did not claim them. (20 killed)",
        "July 11, 2006: A bomb exploded in Bamako. The government attributed the attack to the "
        "military wing of the SAF, which denied any involvement. (20 killed)",
        "July 11, 2006: Mali blamed the SAF for an assault on a hotel in Bamako. (20 killed)",
        "July 11, 2006: Police suspected the SAF of an assault on a bus in Bamako. (20 killed)",
        "July 11, 2006: The SAF reportedly carried out an assault on a bus in Bamako. (2 killed)",
        "July 11, 2006: The SAF is believed to have planted a bomb in Bamako. (2 killed)",
    ],
)
def test_an_attack_others_attribute_or_the_text_hedges_is_implicated_never_claimed(
    gazetteer, tmp_path, entry
):
    _, graph, attack = _entry(gazetteer, tmp_path, entry)
    assert _modalities(graph, attack) == {("saf", "implicated")}


def test_a_claim_stays_a_claim(gazetteer, tmp_path):
    _, graph, attack = _entry(
        gazetteer, tmp_path,
        "May 2014: The SAF claimed responsibility for a bombing in Bamako. (4 killed)",
    )
    assert _modalities(graph, attack) == {("saf", "claimed-responsibility")}
    assert ATTRIBUTION_MODALITY["claimed-responsibility"] in set(graph.objects(None, KG.modality))


@pytest.mark.parametrize(
    ("entry", "place", "reference"),
    [
        ("June 2010: The group attacked a barracks in Agadez, near the border with Algeria. "
         "(3 killed)", "agadez", "algeria"),
        ("June 2010: The group ambushed a convoy 15 km from Arlit. (3 killed)", None, "arlit"),
        ("June 2010: The group ambushed a patrol south of Gao, in Mali. (3 killed)", "mali", None),
        ("June 2010: The group kidnapped two engineers in Niger in exchange for prisoners held "
         "in Mauritania. (unknown killed)", "niger", "mauritania"),
        ("June 2010: The group stormed a hotel in Bamako. According to the U.S. State "
         "Department, two Americans died. (20 killed)", "bamako", None),
    ],
)
def test_a_reference_point_or_another_role_is_not_the_attack_place(
    gazetteer, tmp_path, entry, place, reference
):
    result, graph, attack = _entry(gazetteer, tmp_path, entry)
    # a town's IRI ends in its GeoNames id (place:agadez-2448085); countries have none
    places = {_without_geonames_id(p) for p in graph.objects(attack, KG.place)}
    assert places == ({place} if place else {"unknown"})
    assert PLACE["united-states"] not in set(graph.objects(attack, KG.place))
    report = next(s for s in result.sections if s.key == "attack-01")
    if reference:
        assert any(
            re.search(rf"reference point place:{reference}(-\d+)?\b", e) for e in report.extracted
        )


def _without_geonames_id(place: Node) -> str:
    return re.sub(r"-\d+$", "", str(place).rsplit("/", 1)[-1])


@pytest.mark.parametrize(
    ("entry", "written"),
    [
        ("June 2010: The group attacked a gas plant in Southern Algeria. (3 killed)",
         "Southern Algeria"),
        ("2017: From 2017 to 2019, the group ambushed soldiers in central Mali. (unknown killed)",
         "central Mali"),
    ],
)
def test_a_part_of_a_country_is_kept_as_written_with_a_note(gazetteer, tmp_path, entry, written):
    result, graph, attack = _entry(gazetteer, tmp_path, entry)
    assert Literal(written) in set(graph.objects(attack, SCHEMA.location))
    assert any(f"{written!r} is a part of" in p.message for p in result.problems)


def test_an_area_that_is_a_part_of_a_country_is_kept_beside_the_country(gazetteer, tmp_path):
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Southern Algeria, Niger.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "June 2010: The group attacked. (3 killed)\n"
    )
    result = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer)
    graph = result.dataset
    (group,) = graph.subjects(KG.acronym, Literal("SAF"))
    assert Literal("Southern Algeria") in set(graph.objects(group, SCHEMA.areaServed))
    assert {PLACE["algeria"], PLACE["niger"]} <= set(graph.objects(group, KG.areaOfOperation))


@pytest.mark.parametrize(
    "entry",
    [
        "January 20, 2012: Gunmen attacked police stations in Bamako. The group's spokesman "
        "Abu Qaqa claimed the attacks within hours. (185 killed)",
        "January 20, 2012: A bomb hit a ferry near Bamako; Sahel Front spokesman Abu Soliman "
        "claimed the bombing on radio. (116 killed)",
        "January 20, 2012: Gunmen attacked a bus in Bamako. Its spokesman claimed the attack. "
        "(5 killed)",
    ],
)
def test_a_spokesmans_claim_is_the_groups_claim_and_the_spokesman_no_group(
    gazetteer, tmp_path, entry
):
    _, graph, attack = _entry(gazetteer, tmp_path, entry)
    assert _modalities(graph, attack) == {("saf", "claimed-responsibility")}
    groups = {str(g).rsplit("/", 1)[-1] for g in graph.subjects(RDF.type, KG.ArmedGroup)}
    assert groups == {"saf"}


@pytest.mark.parametrize(
    "entry",
    [
        "January 20, 2012: The Desert Brigade (DEB), a SAF faction, kidnapped a French engineer "
        "in Niger. (unknown killed)",
        "January 20, 2012: The Desert Brigade (DEB), the group's southern wing, attacked a "
        "barracks in Niger. (4 killed)",
    ],
)
def test_a_faction_named_as_perpetrator_gets_the_attack_not_its_parent(
    gazetteer, tmp_path, entry
):
    _, graph, attack = _entry(gazetteer, tmp_path, entry)
    assert _modalities(graph, attack) == {("deb", "conducted")}


def test_an_organisation_that_attacks_is_typed_an_armed_group(gazetteer, tmp_path):
    _, graph, attack = _entry(
        gazetteer, tmp_path,
        "June 2006: The Islamic Courts Union (ICU) attacked a barracks in Niger. (4 killed)",
    )
    (icu,) = graph.subjects(KG.acronym, Literal("ICU"))
    assert KG.ArmedGroup in set(graph.objects(icu, RDF.type))
    assert _modalities(graph, attack) == {("icu", "conducted")}
