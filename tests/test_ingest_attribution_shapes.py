"""Who an attack entry credits, and how, read by the shape of the clause.

Each shape in at least four wordings written for this bank, each asserting the exact set of
(organisation, modality) the entry yields, modality in the answer keys' words (conducted,
claimed, attributed, suspected, denied). The profile's group is the Sahel Front (SAF); another
group, the Desert Falcons (DF), is introduced where an entry needs one.

Decisions pinned here:
- a spokesman, a statement or a news agency claiming for the group is the group's claim,
  never a new group, never a person as a group;
- "attributed to X, which did not claim it" is `attributed`; a negation alone ("never
  claimed") is `denied`, never `claimed` or `conducted`;
- a named faction, wing or province that acts gets the attack; its parent does not;
- an entry that names nobody credits the profile's group (`conducted`), as before; a word
  describing the attackers ("gunmen", "suicide bombers", "a local cell") is never a group.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS

from kg.ingest import ingest_profile
from kg.ingest.accuracy import _MODALITY_WORDS
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA

INTRO = "The Desert Falcons (DF) operate in northern Mali. "


@pytest.fixture(scope="module")
def gazetteer():
    return load([DATA / "places.ttl"], with_ontology=False)


def credited(gazetteer, tmp_path: Path, entry: str) -> tuple[set[tuple[str, str]], set[str]]:
    """(organisation, modality) for the entry's attack, and every organisation's name."""
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"The group emerged in 2009. {INTRO}\n\nMajor Attacks:\n\n"
        f"July 11, 2011: {entry} (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer).dataset
    (attack,) = set(graph.subjects(RDF.type, KG.Attack))
    found = set()
    for node in graph.objects(attack, KG.attribution):
        (group,) = graph.objects(node, KG.attributedTo)
        (modality,) = graph.objects(node, KG.modality)
        word = str(modality).rsplit("/", 1)[-1]
        acronyms = sorted(str(a) for a in graph.objects(group, KG.acronym))
        name = acronyms[0].lower() if acronyms else str(group).rsplit("/", 1)[-1]
        found.add((name, _MODALITY_WORDS.get(word, word)))
    names = {
        str(label)
        for node, label in graph.subject_objects(SKOS.prefLabel)
        if "/group/" in str(node) or "/org/" in str(node)
    }
    return found, names


def check(gazetteer, tmp_path, entry, expected):
    found, names = credited(gazetteer, tmp_path, entry)
    assert found == expected
    assert not any(w in n for n in names for w in ("Talha", "spokesman", "Agency", "Haddad"))


CLAIMED = [
    "The SAF claimed responsibility for the bombing of a bus in Gao.",
    "The SAF said it had carried out the attack on a barracks in Gao.",
    "In a statement, the group said it had attacked the barracks in Gao.",
    "A SAF spokesman claimed the attack within hours.",
    "The group’s spokesman, Abu Talha, claimed the attack on a barracks in Gao.",
    "A spokesman for the group, Abu Talha, claimed the bombing in Gao.",
    "The group’s news agency claimed the attack on a barracks in Gao.",
    "The SAF admitted responsibility for the bombing in Gao.",
    "The SAF took responsibility for the bombing of a bus in Gao.",
]


@pytest.mark.parametrize("entry", CLAIMED)
def test_a_claim_by_the_group_or_its_voice_is_the_groups_claim(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "claimed")})


ATTRIBUTED = [
    "Officials blamed the SAF for the bombing of a bus in Gao.",
    "A bomb exploded in Gao. The bombing was attributed to the SAF, which did not claim it.",
    "Authorities accused the SAF of the bombing of a bus in Gao.",
    "Malian officials held the SAF responsible for the bombing in Gao.",
    "Nobody claimed the bombing in Gao, which officials blamed on the SAF.",
]


@pytest.mark.parametrize("entry", ATTRIBUTED)
def test_others_attributing_it_is_attributed(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "attributed")})


SUSPECTED = [
    "The SAF is suspected of the bombing of a bus in Gao.",
    "The SAF is thought to have planted the bomb in Gao.",
    "The SAF is believed to be behind the bombing in Gao.",
    "Police suspected the SAF of the bombing in Gao.",
    "The SAF reportedly carried out the bombing in Gao.",
]


@pytest.mark.parametrize("entry", SUSPECTED)
def test_a_suspicion_or_a_hedge_is_suspected(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "suspected")})


DENIED = [
    "A bomb exploded in Gao. The SAF denied involvement.",
    "A bomb exploded in Gao. The SAF rejected responsibility for the attack.",
    "A bomb exploded in Gao; the group denied any role.",
    "A bomb exploded in Gao. The SAF never claimed the bombing.",
    "A bomb exploded in Gao. The SAF did not claim the attack.",
]


@pytest.mark.parametrize("entry", DENIED)
def test_a_denial_or_a_negated_claim_alone_is_denied(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "denied")})


FACTIONS = [
    ("The Desert Falcons (DF) attacked a barracks in Gao.", {("df", "conducted")}),
    ("Fighters of the Desert Falcons (DF) stormed a barracks in Gao.", {("df", "conducted")}),
    ("The SAF’s armed wing, the Martyrs Brigades (MB), claimed the bombing in Gao.",
     {("mb", "claimed")}),
    ("The Gao Province (GP) of the SAF claimed the attack on a barracks.",
     {("gp", "claimed")}),
    ("A woman from the Desert Falcons (DF), the group’s suicide unit, killed a governor in Gao.",
     {("df", "conducted")}),
]


@pytest.mark.parametrize(("entry", "expected"), FACTIONS)
def test_a_named_faction_gets_the_attack_and_its_parent_does_not(
    gazetteer, tmp_path, entry, expected
):
    check(gazetteer, tmp_path, entry, expected)


JOINT = [
    "The SAF and the DF jointly claimed the attack on a barracks in Gao.",
    "The SAF and the DF claimed the attack in a joint statement.",
    "The attack on a barracks in Gao was claimed by the SAF and the DF.",
    "The SAF claimed the attack on a barracks in Gao together with the DF.",
]


@pytest.mark.parametrize("entry", JOINT)
def test_a_joint_claim_credits_both(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "claimed"), ("df", "claimed")})


TWO_MODALITIES = [
    ("The DF claimed the bombing in Gao; officials attributed it to the SAF.",
     {("df", "claimed"), ("saf", "attributed")}),
    ("The DF claimed the attack in Gao, but authorities blamed the SAF.",
     {("df", "claimed"), ("saf", "attributed")}),
    ("Officials attributed the bombing in Gao to the SAF; the DF denied involvement.",
     {("saf", "attributed"), ("df", "denied")}),
    ("The SAF attacked a barracks in Gao; the DF is suspected of helping.",
     {("saf", "conducted"), ("df", "suspected")}),
]


@pytest.mark.parametrize(("entry", "expected"), TWO_MODALITIES)
def test_two_perpetrators_keep_their_own_modalities(gazetteer, tmp_path, entry, expected):
    check(gazetteer, tmp_path, entry, expected)


PASSIVE = [
    ("The attack on a barracks in Gao was carried out by the DF.", {("df", "conducted")}),
    ("The bombing in Gao was claimed by the DF.", {("df", "claimed")}),
    ("The raid on a barracks in Gao was conducted by SAF fighters.", {("saf", "conducted")}),
    ("The ambush near Gao was staged by the DF and the SAF.",
     {("df", "conducted"), ("saf", "conducted")}),
]


@pytest.mark.parametrize(("entry", "expected"), PASSIVE)
def test_a_passive_names_its_agent(gazetteer, tmp_path, entry, expected):
    check(gazetteer, tmp_path, entry, expected)


NO_NAME = [
    "Suicide bombers attacked a barracks in Gao.",
    "Gunmen killed four soldiers in Gao.",
    "A local cell detonated a car bomb in Gao.",
    "Militants kidnapped two engineers near Gao.",
    "Omar Haddad’s men attacked a barracks in Gao.",
    "Fighters under Abu Talha stormed a barracks in Gao.",
]


@pytest.mark.parametrize("entry", NO_NAME)
def test_an_entry_naming_no_group_credits_the_profiles_group(gazetteer, tmp_path, entry):
    check(gazetteer, tmp_path, entry, {("saf", "conducted")})


FOLLOWERS = [
    ("Fighters loyal to Omar Haddad and the DF held parts of Gao.",
     {("saf", "conducted"), ("df", "conducted")}),
    ("Militants led by Omar Haddad and the DF stormed a barracks in Gao.",
     {("saf", "conducted"), ("df", "conducted")}),
    ("Fighters loyal to Omar Haddad held parts of Gao.", {("saf", "conducted")}),
    ("Gunmen under Omar Haddad and the DF attacked a barracks in Gao.",
     {("saf", "conducted"), ("df", "conducted")}),
]


@pytest.mark.parametrize(("entry", "expected"), FOLLOWERS)
def test_fighters_following_the_groups_own_commander_are_the_group(
    gazetteer, tmp_path, entry, expected
):
    """The person is named in the profile's leadership paragraph: his fighters are the
    group's, never a group of their own."""
    check(gazetteer, tmp_path, entry, expected)


OTHER_STYLES = [
    ("Fighters of the Gao Brigade raided a camp near Gao.", {("gao-brigade", "conducted")}),
    ("The SAF and DF fighters, united in the Army of the Sahel (AS), took the city of Gao.",
     {("saf", "conducted"), ("df", "conducted")}),
    ("A document signed by the DF claimed the killing of a judge in Gao.", {("df", "claimed")}),
    ("A statement issued by the SAF claimed the bombing in Gao.", {("saf", "claimed")}),
]


@pytest.mark.parametrize(("entry", "expected"), OTHER_STYLES)
def test_shapes_of_other_writing_styles(gazetteer, tmp_path, entry, expected):
    check(gazetteer, tmp_path, entry, expected)


def test_a_short_form_of_one_of_the_groups_names_is_the_group(gazetteer, tmp_path):
    """'Sahel' for a group also called 'Jabhat Sahel': its attacks are the group's, not a
    new group's."""
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nJabhat al-Sahili, "
        "Front du Sahel\n\nThe Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "July 11, 2011: Al-Sahili claimed responsibility for a bombing in Gao. (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer).dataset
    (attack,) = set(graph.subjects(RDF.type, KG.Attack))
    (node,) = graph.objects(attack, KG.attribution)
    assert str(next(graph.objects(node, KG.attributedTo))).endswith("/saf")
