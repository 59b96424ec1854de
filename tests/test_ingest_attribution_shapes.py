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


# --- round three: shapes that failed on text nobody tuned on (dev-2), in own wordings ---------

ROUND_THREE = [
    # a claim by organisations the graph does not know, whose names say they are ones
    ("The DF and the Tessalit Battalion claimed the attacks jointly.",
     {("df", "claimed"), ("tessalit-battalion", "claimed")}),
    ("The Tessalit Battalion claimed the bombing of a bus in Gao.",
     {("tessalit-battalion", "claimed")}),
    ("The Kidal Brigade and the DF claimed the raid on a barracks in Gao.",
     {("kidal-brigade", "claimed"), ("df", "claimed")}),
    ("The Tessalit Battalion admitted the bombing in Gao.", {("tessalit-battalion", "claimed")}),
    # terse claims, as a list of facts writes them
    ("Truck bomb at a barracks in Gao. Claim by an unknown group, the Tessalit Battalion.",
     {("tessalit-battalion", "claimed")}),
    ("Car bomb in Gao. Joint claim: SAF and DF.", {("saf", "claimed"), ("df", "claimed")}),
    ("Bombing in Gao. Claimed by the DF.", {("df", "claimed")}),
    ("Bombing in Gao. Claimed jointly by the DF and the SAF.",
     {("df", "claimed"), ("saf", "claimed")}),
    # a front suspected behind a claimant
    ("Bombing in Gao. Claimed by the DF, which officials suspect is a front for the SAF.",
     {("df", "claimed"), ("saf", "suspected")}),
    ("The DF claimed the bombing in Gao; police believe it is a front for the SAF.",
     {("df", "claimed"), ("saf", "suspected")}),
    ("The DF, widely seen as a front for the SAF, claimed the bombing in Gao.",
     {("df", "claimed"), ("saf", "suspected")}),
    ("The DF claimed the attack in Gao; analysts suspect the name is a front for the SAF.",
     {("df", "claimed"), ("saf", "suspected")}),
    # a claim made in another's name: the one named claimed, the claimant did not
    ("The Caliphate Movement (CM) claimed the bombing in Gao in the SAF’s name.",
     {("saf", "claimed")}),
    ("The Caliphate Movement (CM) claimed the bombing in Gao for the SAF.", {("saf", "claimed")}),
    ("A video posted in the name of the SAF claimed the bombing in Gao.", {("saf", "claimed")}),
    ("A text message sent in the DF’s name claimed the bombing in Gao.", {("df", "claimed")}),
    ("Abu Talha claimed the strike for the group.", {("saf", "claimed")}),
    # a parent that claims and names the one that carried it out: both claimed
    ("The Caliphate Movement (CM) claimed the attack in Gao and said that the DF had carried "
     "it out.", {("cm", "claimed"), ("df", "claimed")}),
    ("The DF claimed the attack in Gao, saying that the SAF had carried it out.",
     {("df", "claimed"), ("saf", "claimed")}),
    ("The Caliphate Movement (CM) claimed the bombing and said the DF was behind it.",
     {("cm", "claimed"), ("df", "claimed")}),
    ("The Caliphate Movement (CM) claimed the raid and stated that the SAF had conducted it.",
     {("cm", "claimed"), ("saf", "claimed")}),
    # laid at the group's door
    ("The trials that followed laid the bombing in Gao at the SAF’s door.",
     {("saf", "attributed")}),
    ("Investigators laid the bombings at the door of the DF.", {("df", "attributed")}),
    ("Officials laid the attack in Gao at the DF’s door.", {("df", "attributed")}),
    ("Prosecutors laid the blame for the bombing at the SAF’s door.", {("saf", "attributed")}),
    # did not admit it (at the time)
    ("A bomb exploded in Gao. The bombing was attributed to the SAF, which did not admit it at "
     "the time.", {("saf", "attributed")}),
    ("A bomb exploded in Gao. The SAF did not admit the bombing at the time.",
     {("saf", "denied")}),
    ("Bombs exploded in two bars in Gao; officials blamed the DF, which did not admit them.",
     {("df", "attributed")}),
    ("A bomb exploded in Gao. The SAF has never admitted the attack.", {("saf", "denied")}),
    # suspicion without "of", of members, and attribution to a cell of the group
    ("Villagers were killed in Gao; local officials suspected the DF.", {("df", "suspected")}),
    ("A bomb exploded in Gao; the police suspected local SAF members, and no one claimed it.",
     {("saf", "suspected")}),
    ("Investigators attributed the bombing to a DF cell and suspected members of the SAF of "
     "helping, which the SAF denied.", {("df", "attributed"), ("saf", "suspected")}),
    ("Malian officials blamed fighters of the DF; the SAF claimed the attack in a statement.",
     {("df", "attributed"), ("saf", "claimed")}),
    ("Gunmen stormed a hotel in Gao; investigators suspected fighters of the DF.",
     {("df", "suspected")}),
    # an attack ON the group, claimed by another: the group is the target, not the perpetrator
    ("Suicide bombers struck two mosques in Gao, killing many SAF supporters; the Gao Province "
     "of the Caliphate Movement claimed the bombings.", {("gao-province", "claimed")}),
    ("Gunmen killed twelve SAF fighters in Gao; the Gao Province of the DF claimed the attack.",
     {("gao-province", "claimed")}),
    ("A bomb killed ten SAF fighters in Gao; the DF claimed it.", {("df", "claimed")}),
    ("An attack on the SAF’s headquarters in Gao was claimed by the DF.", {("df", "claimed")}),
    ("The DF ambushed a SAF convoy near Gao.", {("df", "conducted")}),
    # a unit of the group named as the one that acted
    ("The SAF’s Kidal Brigade set off twenty bombs across Gao.", {("kidal-brigade", "conducted")}),
    ("Snipers of the Kidal Brigade shot soldiers near Gao.", {("kidal-brigade", "conducted")}),
    ("Militants of Haddad’s Kidal Brigade seized a gas plant near Gao.",
     {("kidal-brigade", "conducted")}),
    ("Volunteers of the Kidal Brigade bombed a barracks in Gao.",
     {("kidal-brigade", "conducted")}),
]


@pytest.mark.parametrize(("entry", "expected"), ROUND_THREE)
def test_round_three_shapes_credit_exactly_their_perpetrators(
    gazetteer, tmp_path, entry, expected
):
    check(gazetteer, tmp_path, entry, expected)


@pytest.mark.parametrize(
    "entry",
    ["The Caliphate Movement claimed the bombing in Gao in SP’s name.",
     "The Caliphate Movement claimed the bombing in Gao for SP.",
     "SP claimed the bombing in Gao."],
)
def test_a_claim_under_one_of_the_groups_own_names_is_the_groups(gazetteer, tmp_path, entry):
    """'Sahel Province (SP)' is listed among the group's alternative names: a claim in that
    name is the group's, even where another sentence introduced the name as if new."""
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel, "
        "Sahel Province (SP)\n\nThe Sahel: Mali.\n\nOmar Haddad has led the group since "
        "2009.\n\nThe group is divided into cells.\n\nFunding Sources:\n\nKidnapping for "
        "ransom.\n\nThe group emerged in 2009. Since 2019 the Caliphate Movement has claimed the "
        "group’s attacks under the name Sahel Province (SP).\n\nMajor Attacks:\n\n"
        f"July 11, 2011: {entry} (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer).dataset
    (attack,) = set(graph.subjects(RDF.type, KG.Attack))
    credited_to = {str(o) for node in graph.objects(attack, KG.attribution)
                   for o in graph.objects(node, KG.attributedTo)}
    assert len(credited_to) == 1 and next(iter(credited_to)).endswith("/saf")


@pytest.mark.parametrize(
    "entry",
    ["A document signed by the DF-PCC claimed the killing of a judge in Gao.",
     "The DF-PCC claimed the killing of a judge in Gao.",
     "The killing of a judge in Gao was claimed by the DF-PCC.",
     "Gunmen killed a judge in Gao; the DF-PCC claimed it."],
)
def test_an_acronym_joined_to_an_unknown_one_is_another_organisation(gazetteer, tmp_path, entry):
    """'BR-PCC' is not the BR: the known acronym inside a longer hyphened one names nothing."""
    found, _ = credited(gazetteer, tmp_path, entry)
    assert len(found) == 1
    ((name, modality),) = found
    assert name != "df" and modality == "claimed"


def test_a_claimant_left_uncredited_is_named_in_the_review(gazetteer, tmp_path):
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"The group emerged in 2009. {INTRO}\n\nMajor Attacks:\n\n"
        "July 11, 2011: The Caliphate Movement (CM) claimed the bombing in Gao for the DF. "
        "(3 killed)\n"
    )
    result = ingest_profile(tmp_path / "saf.txt", text=text, existing=gazetteer)
    unused = [(said, reason) for section in result.sections
              for _, said, kind, reason in section.unused if kind == "attribution"]
    assert any("CM" in said or "Caliphate" in said for said, _ in unused)
    assert any("not to the claimant" in reason for _, reason in unused)


CLAIM_AFTER_DEED = [
    # the owner of a unit claims for it
    ("Militants of Musa’s Kidal Brigade seized a gas plant near Gao; Musa claimed the "
     "operation in a video.", {("kidal-brigade", "claimed")}),
    ("Fighters of Musa’s Kidal Brigade stormed a barracks in Gao, and Musa claimed the raid.",
     {("kidal-brigade", "claimed")}),
    # a claim says more than the narrative of the deed
    ("DF fighters stormed a barracks in Gao; the DF claimed the attack the next day.",
     {("df", "claimed")}),
    ("The SAF attacked a convoy near Gao. The SAF later claimed the ambush.",
     {("saf", "claimed")}),
    # a man named nowhere as a unit's owner claims for nobody
    ("Gunmen stormed a barracks in Gao; Musa claimed the raid.", {("saf", "conducted")}),
]


@pytest.mark.parametrize(("entry", "expected"), CLAIM_AFTER_DEED)
def test_a_claim_after_the_deed_is_the_modality(gazetteer, tmp_path, entry, expected):
    check(gazetteer, tmp_path, entry, expected)
