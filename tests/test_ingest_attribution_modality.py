"""Modality on unseen text: a fourth attribution bank, in wordings of its own.

The ninth round classified every modality miss of `dev-9` (blind until the round) by the
structure of the entry: who says it, the verb, where it sits, the hedge, and what the default
should be when nothing is said. An entry that only tells the deed is the profile's group's
(conducted, the keys' convention); an entry whose attribution rests on a claim, on others'
words or on a suspicion is not, and a wrong "conducted" overstates certainty. Each class below
holds entries written for this bank (other names, places, verbs and clause orders than the
corpus), each asserting the exact set of (organisation, modality) it yields.

The profile and the helpers are the structure bank's (`test_ingest_attribution_structure`): the
Coastal Liberation Front (`clf`), the Desert Hawks Battalion (`dhb`), the Mountain Brigades
(`mb`); one ingest for the whole bank. The class of a profile that calls its own group by the
lower-case head noun of its name ("the front") has a profile of its own (`LOWER_CASE_HEAD`).
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import RDF, Dataset

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import HEAD, credited

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # a telegraphic note: the claim's subject left out, after the deed
    "a claim with no subject": [
        ("A bomb wrecked the customs house in Gao; claimed by telephone the next morning.",
         {("clf", "claimed")}),
        ("Bomb at the governor’s office, Gao. Claimed in a letter to the press.",
         {("clf", "claimed")}),
        ("Arson at a fuel depot outside Gao; claimed two days later as revenge for the arrests.",
         {("clf", "claimed")}),
        # the group the entry showed acting is the one that claimed
        ("DHB gunmen ambushed a convoy near Gao. Claimed within hours.", {("dhb", "claimed")}),
        # no claim at all: the deed stays the group's (the keys' default), never a claim
        ("Bomb at a bank in Gao; unclaimed.", {("clf", "conducted")}),
        # a claim by someone else the entry does not name is not the group's claim
        ("A grenade hit a bar in Gao, claimed by an unknown group.", {("clf", "conducted")}),
    ],
    # the deed named as one the group claimed
    "a claimed deed of the group": [
        ("The Front’s first claimed attack was a grenade thrown at a police post in Gao.",
         {("clf", "claimed")}),
        ("Its last claimed operation was a car bomb at the airport of Gao.",
         {("clf", "claimed")}),
        ("A mortar barrage on the camp at Gao was the DHB’s deadliest claimed attack.",
         {("dhb", "claimed")}),
    ],
    # a claim made in a name, whoever made it: passive, or a claim as a noun
    "a claim made in a name": [
        ("Two guards were shot in Gao; the shooting was claimed in the MB’s name.",
         {("mb", "claimed")}),
        ("A bomb hit a bus in Gao. It was later claimed in the name of the Desert Hawks "
         "Battalion.", {("dhb", "claimed")}),
        ("A claim sent to a radio station in Gao in the DHB’s name could not be authenticated.",
         {("dhb", "claimed")}),
        ("Gunmen killed a judge in Gao. A claim faxed to newspapers in the name of the Mountain "
         "Brigades was never verified.", {("mb", "claimed")}),
        # a claim in its name that the group rejects is no claim of its own
        ("A bomb hit a bank in Gao; a claim issued in the name of the DHB was rejected by its "
         "leaders.", {("clf", "conducted")}),
    ],
    # a suspicion told as a noun
    "a suspicion told as a noun": [
        ("A bomb killed five people at the market of Gao. Suspicion centred on the DHB.",
         {("dhb", "suspected")}),
        ("Gunmen shot a mayor in Gao; suspicion quickly turned to the Mountain Brigades.",
         {("mb", "suspected")}),
        ("A rocket hit the airport of Gao, and the DHB came under suspicion.",
         {("dhb", "suspected")}),
        ("The prime suspects in the bombing of a hotel in Gao were members of the MB.",
         {("mb", "suspected")}),
        # a place before a common noun names no organisation: nobody is stated, not the group
        ("A bomb hit the court of Gao. Suspicion fell on the Kidal cartel.", set()),
    ],
    # the captured men's own word that they belonged to the group, told by others
    "the suspects' own word of membership": [
        ("A car bomb hit Gao. Police arrested two men who said they belonged to the DHB.",
         {("dhb", "attributed")}),
        ("Gunmen killed a customs officer in Gao; a suspect later confessed to being a member "
         "of the Mountain Brigades.", {("mb", "attributed")}),
        ("A bomb exploded outside a bank in Gao; state radio aired confessions of three youths "
         "who said they were members of the DHB.", {("dhb", "attributed")}),
    ],
    # the group's own word that the attackers were its men: a claim
    "the group owns the attackers": [
        ("Police arrested four men building bombs in a flat in Gao. The DHB later said in a "
         "statement that the men were its fighters.", {("dhb", "claimed")}),
        ("A cell was caught with explosives near Gao; the MB declared that the cell was its "
         "own.", {("mb", "claimed")}),
        ("Two bombers blew themselves up at a checkpoint in Gao, and the Mountain Brigades "
         "confirmed that the two bombers were its members.", {("mb", "claimed")}),
    ],
    # others name its members as the doers
    "others name its members as the doers": [
        ("A judge was shot in Gao. Prosecutors named two members of the DHB as his killers.",
         {("dhb", "attributed")}),
        ("Investigators identified MB militants as the bombers of the market in Gao.",
         {("mb", "attributed")}),
        ("Gunmen killed a mayor in Gao; police named members of the Mountain Brigades as the "
         "gunmen.", {("mb", "attributed")}),
    ],
    # others accuse someone they describe but do not name, and a group denies: it is the one
    # accused; where others name another group, the denier's denial stays a denial
    "a denial answering an accusation": [
        ("A bomb hit a church in Gao. Police blamed the cell behind the March bombings; the DHB "
         "denied any role.", {("dhb", "attributed")}),
        ("Gunmen shot a judge in Gao; prosecutors accused the men who had killed his "
         "predecessor, and the MB again denied involvement.", {("mb", "attributed")}),
        ("A bus was bombed in Gao. Officials attributed the blast to the same network as "
         "before; the Front has always denied it.", {("clf", "attributed")}),
        ("A bomb hit a school in Gao; officials blamed the DHB, and the MB denied any part in "
         "it.", {("dhb", "attributed"), ("mb", "denied")}),
    ],
    # a hedge on the agent of a passive, or on where the attackers came from
    "a hedge on the agent": [
        ("The bombing of a bank in Gao was reportedly carried out by the DHB.",
         {("dhb", "suspected")}),
        ("A bomb, allegedly planted by the MB, killed three people in Gao.",
         {("mb", "suspected")}),
        ("Gunmen, apparently from the DHB, killed a mayor in Gao.", {("dhb", "suspected")}),
        ("A convoy near Gao was ambushed by men believed to have been members of the "
         "Mountain Brigades.", {("mb", "suspected")}),
    ],
    # a label before the name
    "a label": [
        ("Bomb at the port of Gao. Attributed to: the Mountain Brigades.",
         {("mb", "attributed")}),
        ("Grenade attack on a bar in Gao. Suspected: the DHB.", {("dhb", "suspected")}),
        ("Kidnapping of two nurses near Gao. Claim: the Desert Hawks Battalion.",
         {("dhb", "claimed")}),
        ("Ambush of a patrol near Gao. Responsibility: the MB.", {("mb", "conducted")}),
        ("Shooting at a checkpoint in Gao. Responsibility: claimed.", {("clf", "claimed")}),
    ],
    # the entry says the group's part is not established: never the implied doer
    "the group's part left unproven": [
        ("A bomb exploded in a bus in Gao; no evidence of the group’s role has been published.",
         {("clf", "suspected")}),
        ("Arson at a school in Gao. Its involvement has never been proven.",
         {("clf", "suspected")}),
        ("A grenade hit a bar in Gao; there is no firm proof that the Front was involved.",
         {("clf", "suspected")}),
    ],
}


# States named as behind an attack, or whose forces struck: stated by kg:attributedToState
# (never as an organisation), each (organisation set, state set) exact
STATES: dict[str, list[tuple[str, set[tuple[str, str]], set[tuple[str, str]]]]] = {
    "others say a state was behind it": [
        ("Rockets hit the airport of Gao. The DHB claimed them; Mali and France attributed the "
         "strike to Algeria, which denied any role.", {("dhb", "claimed")},
         {("algeria", "attributed")}),
        ("A bomb killed a judge in Gao. Officials in Bamako said Libya was behind it.", set(),
         {("libya", "attributed")}),
        ("A car bomb hit Gao. Bamako blamed Mauritania and recalled its ambassador.", set(),
         {("mauritania", "attributed")}),
        ("Prosecutors accused Libya of financing the bombing of a hotel in Gao.", set(),
         {("libya", "attributed")}),
        ("A blast hit a market in Gao. The Front blamed an Algerian air strike.", set(),
         {("algeria", "attributed")}),
    ],
    "a state's forces strike": [
        ("French drones struck a CLF camp near Gao.", set(), {("france", "conducted")}),
        ("In March, U.S. aircraft bombed a meeting of CLF commanders near Gao.", set(),
         {("united-states", "conducted")}),
        ("A U.S. drone strike on a car near Gao killed the Front’s deputy.", set(),
         {("united-states", "conducted")}),
    ],
    "no state is stated": [
        # a state's organ is an organisation of its own, never the state
        ("Gunmen shot a guard in Gao; officials blamed Mauritania’s intelligence service.",
         set(), set()),
        # a state's force that suffers is no actor
        ("Malian soldiers were ambushed near Gao by CLF fighters.", {("clf", "conducted")},
         set()),
        # a suspicion of another deed than the entry's
        ("The CLF bombed a bus in Gao; Mali is widely suspected of a reprisal raid.",
         {("clf", "conducted")}, set()),
        # a force with no state named
        ("An army patrol ambushed a CLF column near Gao.", set(), set()),
        # a state blamed for backing the group, not for the attack
        ("The DHB claimed a bombing in Gao, while officials blamed Libya, Chad and Niger’s "
         "services for sheltering the group.", {("dhb", "claimed")}, set()),
    ],
}


def _states(graph: Dataset, day: datetime.date) -> set[tuple[str, str]]:
    (attack,) = [a for a in graph.subjects(RDF.type, KG.Attack)
                 if str(next(iter(graph.objects(a, KG.edtf)), "")) == day.isoformat()]
    found = set()
    for node in graph.objects(attack, KG.attribution):
        for state in graph.objects(node, KG.attributedToState):
            (modality,) = graph.objects(node, KG.modality)
            word = str(modality).rsplit("/", 1)[-1]
            found.add((str(state).rsplit("/", 1)[-1], "suspected" if word == "implicated"
                       else word))
    return found


# a profile whose writer calls the group by the lower-case head noun of its name
LOWER_CASE_HEAD = (
    "Terrorism Profiles\n\nPopular Front for the Liberation of the Coast (PFLC)\n\n"
    "Alternative Names:\n\nFront populaire de la Côte\n\nNorth Africa: Algeria and Mali.\n\n"
    "Omar Sidi has led the front since 2004.\n\n"
    "The front is organised in small cells; its fighters are trained in Mali.\n\n"
    "Funding Sources:\n\nSmuggling.\n\n"
    "The front was founded in 2003. The Desert Hawks Battalion (DHB) operates in the same "
    "region.\n\nMajor Attacks:\n\n"
)
LOWER_CASE_BANK: list[tuple[str, set[tuple[str, str]]]] = [
    ("A bomb hit a barracks in Gao; responsibility was claimed by the front.",
     {("pflc", "claimed")}),
    ("A police post near Gao was stormed by three gunmen of the front.",
     {("pflc", "conducted")}),
    ("The front claimed the kidnapping of two engineers near Gao.", {("pflc", "claimed")}),
    # a phrase of place is no reference to the group: the DHB's claim is all
    ("A bomb went off at the front of a bus in Gao; the DHB claimed it.", {("dhb", "claimed")}),
]


def _date(index: int) -> datetime.date:
    return datetime.date(2016, 1, 1) + datetime.timedelta(days=3 * index)


def _offset(kind: str) -> int:
    return 10 * list(BANK).index(kind)


CASES = [
    pytest.param(kind, index, entry, expected, id=f"{kind}: {entry[:60]}")
    for kind, entries in BANK.items()
    for index, (entry, expected) in enumerate(entries)
]


def _entries(dated: list[tuple[datetime.date, str]]) -> str:
    return "\n".join(f"{day:%B} {day.day}, {day.year}: {entry} (1 killed)\n"
                     for day, entry in dated)


@pytest.fixture(scope="module")
def gazetteer() -> Dataset:
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, gazetteer) -> Dataset:
    """One ingest for the whole bank; every entry is a section of its own, dated apart."""
    dated = [(_date(_offset(kind) + i), entry)
             for kind, entries in BANK.items() for i, (entry, _) in enumerate(entries)]
    path = tmp_path_factory.mktemp("modality") / "clf.txt"
    return ingest_profile(path, text=HEAD + _entries(dated), existing=gazetteer).dataset


@pytest.fixture(scope="module")
def with_states(tmp_path_factory, gazetteer) -> Dataset:
    dated = [(_date(10 * k + i), entry) for k, entries in enumerate(STATES.values())
             for i, (entry, _, _) in enumerate(entries)]
    path = tmp_path_factory.mktemp("states") / "clf.txt"
    return ingest_profile(path, text=HEAD + _entries(dated), existing=gazetteer).dataset


@pytest.mark.parametrize(("k", "index", "entry", "organisations", "states"), [
    pytest.param(k, i, entry, organisations, states, id=f"{kind}: {entry[:60]}")
    for k, (kind, entries) in enumerate(STATES.items())
    for i, (entry, organisations, states) in enumerate(entries)
])
def test_a_state_named_as_behind_it_is_a_state_attribution_never_an_organisation(
    with_states, k, index, entry, organisations, states
):
    day = _date(10 * k + index)
    assert credited(with_states, day) == organisations
    assert _states(with_states, day) == states


@pytest.fixture(scope="module")
def lower_case(tmp_path_factory, gazetteer) -> Dataset:
    dated = [(_date(i), entry) for i, (entry, _) in enumerate(LOWER_CASE_BANK)]
    path = tmp_path_factory.mktemp("lower-case") / "pflc.txt"
    return ingest_profile(path, text=LOWER_CASE_HEAD + _entries(dated),
                          existing=gazetteer).dataset


@pytest.mark.parametrize(("kind", "index", "entry", "expected"), CASES)
def test_the_entry_states_exactly_the_modality_its_class_says(
    ingested, kind, index, entry, expected
):
    assert credited(ingested, _date(_offset(kind) + index)) == expected


@pytest.mark.parametrize(("index", "entry", "expected"), [
    pytest.param(i, entry, expected, id=entry[:60])
    for i, (entry, expected) in enumerate(LOWER_CASE_BANK)
])
def test_a_writer_who_calls_the_group_the_front_credits_the_group(
    lower_case, index, entry, expected
):
    assert credited(lower_case, _date(index)) == expected


def test_every_class_has_three_entries_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
    assert all(len(entries) >= 3 for entries in STATES.values())
    assert len(LOWER_CASE_BANK) >= 3
