"""Attribution by class of wrong fact: a third bank, in wordings of its own.

The seventh round classified every perpetrator and modality miss or wrong fact of `dev-5`,
`dev-6` and `dev-7` (and the classes the lead read off a blind set's wrong facts) by the
structure of the sentence, not by its words. Each class below holds several entries written
for this bank (other verbs, names and clause orders than the corpus), each asserting the exact
set of (organisation, modality) it yields, or the empty set where the reader must state nothing:
precision first, an entry that names someone only in part, or a state acting, credits nobody.

The eighth round added the classes of `dev-8` and `dev-6` (others saying whose men the
attackers were, a hedge on their membership, an attribution that goes on to name the group, a
paper bearing its name, a voice whose name has particles, guerrillas of a unit, a name that
runs on into a place, a named faction of another organisation, and others naming a doer the
reader cannot read whole), again in wordings of their own.

The profile and the helpers are the structure bank's (`test_ingest_attribution_structure`): the
Coastal Liberation Front (`clf`), the Desert Hawks Battalion (`dhb`), the Mountain Brigades
(`mb`); one ingest for the whole bank.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from kg.load import load
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import HEAD, credited

NOTHING: set[tuple[str, str]] = set()

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # (a) a parent's claim made for its province or branch is the part's claim; a part the
    # profile names nowhere makes the claim nobody's
    "claim made for a part": [
        ("A bomb hit a ferry at Gao. The Mountain Brigades’ news agency claimed the bombing for "
         "the Coastal province.", {("clf", "claimed")}),
        ("Gunmen shot two customs officers in Gao; the MB claimed the killings on behalf of its "
         "Coastal branch.", {("clf", "claimed")}),
        ("A mortar round struck the airport of Gao, and the DHB claimed it for its Desert "
         "wilayat.", NOTHING),
        ("Rockets fell on a camp in Gao. The MB claimed them for its Saharan branch.", NOTHING),
    ],
    # (b) a fragment of a longer name is never a claimant
    "fragment of a longer name": [
        ("A bomb damaged the court of Gao; the Front in the Western Sahel claimed it.", NOTHING),
        ("Investigators traced the parcel bomb sent to Gao to the DHB-Niger, which denied it.",
         {("dhb-niger", "attributed")}),
        ("A grenade hit a bar in Gao; the MB-Azawad claimed the attack.",
         {("mb-azawad", "claimed")}),
        ("Masked men burned a school in Gao; the Army of the Free Sahel claimed it.",
         {("army of the free sahel", "claimed")}),
    ],
    # (c) the profile's group as the target of a state's forces
    "the group as the target": [
        ("In April, Malian troops overran a Front camp near Gao, killing 14 fighters.", NOTHING),
        ("A CLF hideout near Gao was struck by French aircraft; six militants died.", NOTHING),
        ("Algerian commandos stormed a Front safe house in Gao and freed two hostages.", NOTHING),
        ("On 3 May, Nigerien soldiers ambushed a CLF column near Gao.", NOTHING),
    ],
    # (d) a person named as an organisation's man: the organisation, never the man
    "a person of an organisation": [
        ("Nabil Ferhat, a commander of the DHB, claimed the bombing of a bus in Gao.",
         {("dhb", "claimed")}),
        ("A bomb killed four soldiers in Gao; MB emir Yacine Saadi claimed it in a recording.",
         {("mb", "claimed")}),
        ("A car bomb struck a hotel in Gao; the DHB’s Nabil Ferhat said in an audio message "
         "that the group had planned the attack.", {("dhb", "claimed")}),
        ("Rachid Kaci, a member of the Mountain Brigades, shot a police officer in Gao.",
         {("mb", "conducted")}),
        ("Investigators traced the bomb in Gao to Hassan Belkacem and the DHB.",
         {("dhb", "attributed")}),
    ],
    # (e) hedged attribution is not conduct
    "hedged attribution": [
        ("Suspected DHB militants ambushed a patrol near Gao.", {("dhb", "suspected")}),
        ("Gunmen thought to belong to the Mountain Brigades kidnapped a doctor in Gao.",
         {("mb", "suspected")}),
        ("The attackers, alleged members of the DHB, killed two guards in Gao.",
         {("dhb", "suspected")}),
        ("A bomb killed a judge in Gao. MB suspected; nobody charged.", {("mb", "suspected")}),
        ("Investigators described the attackers as linked to the DHB after a shooting in Gao.",
         {("dhb", "attributed")}),
        ("A bomb exploded at a bank in Gao; police named the MB as the perpetrators.",
         {("mb", "attributed")}),
    ],
    # (f) claims read as conduct, conduct as claims
    "claim or conduct": [
        ("DHB fighters raided a checkpoint in Gao and claimed the raid that evening.",
         {("dhb", "claimed")}),
        ("A bomb went off at a stadium in Gao. Officials blamed the MB, and a caller claiming to "
         "speak for it claimed the blast.", {("mb", "claimed")}),
        ("Leaflets in the DHB’s name were found beside the wreck of a bus bombed in Gao.",
         {("dhb", "claimed")}),
        ("A car bomb exploded in Gao; the MB acknowledged responsibility in a statement.",
         {("mb", "claimed")}),
        ("Two gunmen killed a cleric in Gao; the DHB said the killing was revenge for an army "
         "raid.", {("dhb", "claimed")}),
        ("The MB bombing of a bridge in Gao claimed the lives of nine people.",
         {("mb", "conducted")}),
    ],
    # a slot a person fills as well takes a bare name only where the profile shows it as an
    # organisation; the person is never credited
    "a person in an open slot": [
        ("Police first suspected Karim Benali, a taxi driver, of planting the bomb in Gao; he "
         "was cleared.", NOTHING),
        ("The army blamed Omar Sidi for the ambush near Gao.", {("clf", "conducted")}),
        ("A bomb exploded in Gao; officials accused the Sahel Youth Committee of planting it.",
         {("sahel youth committee", "attributed")}),
    ],
    # a one-word unknown name the entry describes only as another organisation's splinter or
    # faction could be a namesake's (two Jundallahs): minted by its bare name it would join the
    # other's IRI in the next profile, so it is not stated; a name with a head word names itself
    "a splinter known only by its appositive": [
        ("A bomb went off in Gao. The DHB claimed it, as did Nasr, a Malian MB splinter.",
         {("dhb", "claimed")}),
        ("Rockets hit a base near Gao; the MB claimed them, and so did the Tilemsi Cell, an MB "
         "faction.", {("mb", "claimed"), ("tilemsi cell", "claimed")}),
        ("A bomb went off in Gao; the “Free Gao Movement” claimed it, as did the MB.",
         {("free gao movement", "claimed"), ("mb", "claimed")}),
        # a faction of the profile's own group is the profile's to name
        ("Fighters of the Gao Falcons, a CLF faction, stormed a barracks in Gao.",
         {("gao falcons", "conducted")}),
    ],
    # a name the writer quotes is taken whole, lower-case words and all
    "quoted cover name": [
        ("A bomb went off in Gao. A “Sahel Justice Commando” claimed it; the DHB denied that it "
         "had ordered the bombing.", {("sahel justice commando", "claimed"), ("dhb", "denied")}),
        ("Shots were fired at a police post in Gao; the “Brigade des martyrs” claimed the "
         "shooting.", {("brigade des martyrs", "claimed")}),
        ("A bomb went off in Gao; the “Free Gao Movement” claimed it, as did the MB.",
         {("free gao movement", "claimed"), ("mb", "claimed")}),
    ],
    # a claim withdrawn, or one man's claim his group disowns
    "withdrawn or disowned claim": [
        ("A bomb went off in Gao; a DHB spokesman first claimed it, then took the claim back.",
         {("dhb", "denied")}),
        ("A bomb went off in Gao. The MB claimed the attack but later retracted the claim.",
         {("mb", "denied")}),
        ("A bomb went off in Gao. A CLF commander, Omar Sidi, claimed the bombing, but the "
         "group’s spokesman denied any role.", {("clf", "attributed")}),
        ("A bomb went off in Gao. The DHB claimed the bombing; the MB denied any part in it.",
         {("dhb", "claimed"), ("mb", "denied")}),
    ],
    # eighth round (dev-8): others say whose men the attackers were; a relative's or a
    # victim's membership says nothing of the attackers
    "others say whose men they were": [
        ("A man stabbed a policeman in Gao. Officials said he belonged to the DHB.",
         {("dhb", "attributed")}),
        ("Two bombers blew themselves up at a church in Gao; police linked the pair to the MB.",
         {("mb", "attributed")}),
        ("Gunmen killed a judge in Gao. Investigators later stated that the attackers were "
         "members of the Mountain Brigades.", {("mb", "attributed")}),
        ("A grenade hit a bar in Gao; prosecutors said Rachid Kaci was a member of a DHB cell.",
         {("dhb", "attributed")}),
        ("A car bomb exploded at a bank in Gao; police named DHB militants as the perpetrators.",
         {("dhb", "attributed")}),
        ("A bomb killed three people in Gao. Police said the victims belonged to the MB.",
         {("clf", "conducted")}),
        ("The gunman shot two guards in Gao; police said a cousin of his belonged to the MB.",
         {("clf", "conducted")}),
    ],
    # the attackers suspected of belonging to a group, whatever noun names them
    "suspected of belonging": [
        ("A couple suspected of belonging to the DHB blew themselves up outside a church in "
         "Gao.", {("dhb", "suspected")}),
        ("Two brothers believed to be members of the MB shot a teacher in Gao.",
         {("mb", "suspected")}),
        ("A woman suspected of links to the Mountain Brigades stabbed a guard in Gao.",
         {("mb", "suspected")}),
    ],
    # an attribution to a description that goes on to name the group; a compound adjective
    # ("Sahel-based") is never a name
    "an attribution naming the group": [
        ("Drones hit a base near Gao; officials attributed the strike to Sahel-based militias, "
         "naming the DHB.", {("dhb", "attributed")}),
        ("A rocket hit the airport of Gao. The army blamed foreign-backed groups, naming the MB "
         "and the DHB.", {("mb", "attributed"), ("dhb", "attributed")}),
        ("Mortars hit a camp near Gao; the UN attributed the attack to Kidal-based fighters, "
         "singling out the Mountain Brigades.", {("mb", "attributed")}),
    ],
    # "blamed X and <did something else>": the second verb shares the subject
    "blamed, then a second verb": [
        ("A bomb killed nine soldiers in Gao; the government blamed the MB and banned it the "
         "next day.", {("mb", "attributed")}),
        ("Officials blamed the DHB and arrested twenty of its supporters after a shooting in "
         "Gao.", {("dhb", "attributed")}),
        ("Officials blamed the DHB and the MB for the raid in Gao.",
         {("dhb", "attributed"), ("mb", "attributed")}),
    ],
    # the group's own paper at the scene, however the writer says it bears the name
    "a paper bearing the group's name": [
        ("A letter bearing the DHB’s name was left beside a bomb that killed two guards in Gao.",
         {("dhb", "claimed")}),
        ("Gunmen seized an engineer in Gao; a communiqué signed with the MB’s name demanded a "
         "ransom.", {("mb", "claimed")}),
        ("Masked men burned a school in Gao, leaving posters with the MB’s name on its walls.",
         {("mb", "claimed")}),
    ],
    # a man who speaks for the group, his name joined by particles ("bin", "ould")
    "a voice whose name has particles": [
        ("A bomb killed four soldiers in Gao; the DHB’s Nasser bin Salem al-Harbi said in a "
         "video that the group had planned it.", {("dhb", "claimed")}),
        ("Gunmen shot a mayor in Gao. The MB’s Mokhtar ould Cheikh claimed the killing.",
         {("mb", "claimed")}),
        ("Rockets hit Gao; the CLF’s spokesman Abu Salma bin Omar claimed them.",
         {("clf", "claimed")}),
    ],
    # guerrillas or insurgents of a unit, an aside between them and the deed
    "guerrillas of a unit": [
        ("Forty guerrillas of the Tilemsi Battalion, under Omar Sidi, seized the town hall of "
         "Gao.", {("tilemsi battalion", "conducted")}),
        ("Insurgents of the Desert Hawks Battalion overran a post near Gao.",
         {("dhb", "conducted")}),
        ("Rebels of the Mountain Brigades, led by a deserter, stormed a prison in Gao.",
         {("mb", "conducted")}),
    ],
    # a name that runs on into a place is the organisation's whole name where the profile
    # writes it as one (an appositive that types it); else the place is where it acted
    "a name that runs on into a place": [
        ("A car bomb hit the embassy in Gao; officials blamed the Front in Kidal, the branch "
         "that later joined the DHB.", {("front in kidal", "attributed")}),
        ("The Sahel Resistance in Mali, a coalition of militias, claimed a rocket attack on Gao.",
         {("sahel resistance in mali", "claimed")}),
        # nothing types the whole: "in Mopti" is where the group acted
        ("Gunmen of the Sahel Resistance in Mopti stormed a checkpoint in Gao.",
         {("sahel resistance", "conducted")}),
    ],
    # a faction named by a word of its own before its head, then whose it is: the faction,
    # never the parent
    "a named faction of another organisation": [
        ("Officials blamed the Tilemsi faction of the MB for the bombing of a church in Gao.",
         {("tilemsi faction", "attributed")}),
        ("A bomb hit a church in Gao; police blamed the Kaci faction of the Desert Hawks "
         "Battalion.", {("kaci faction", "attributed")}),
        ("The Bakr faction of the Mountain Brigades claimed a raid on a depot in Gao.",
         {("bakr faction", "claimed")}),
    ],
    # others name the doer in words no shape reads whole (a name that runs on into a place, a
    # state): the profile's group is not taken as the implied subject
    "others name a doer the reader cannot read": [
        ("Gunmen shot a guard in Gao; officials blamed Mauritania’s intelligence service.",
         NOTHING),
        ("Gunmen killed a guard in Gao. The government attributed the killing to Algeria.",
         NOTHING),
        ("A bomb killed two men in Gao; the army blamed Falcon Company, Sidi’s old unit.",
         NOTHING),
        # a person others suspected: the profile's group stays the implied subject
        ("A bomb exploded in Gao. Police first suspected Karim Benali, a baker; he was freed.",
         {("clf", "conducted")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2015, 1, 1) + datetime.timedelta(days=3 * index)


CASES = [
    pytest.param(kind, index, entry, expected, id=f"{kind}: {entry[:60]}")
    for kind, entries in BANK.items()
    for index, (entry, expected) in enumerate(entries)
]


def _offset(kind: str) -> int:
    return 10 * list(BANK).index(kind)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Dataset:
    """One ingest for the whole bank; every entry is a section of its own, dated apart."""
    gazetteer = load([DATA / "places.ttl"], with_ontology=False)
    lines = [
        f"{_date(_offset(kind) + i):%B} {_date(_offset(kind) + i).day}, "
        f"{_date(_offset(kind) + i).year}: {entry} (1 killed)\n"
        for kind, entries in BANK.items() for i, (entry, _) in enumerate(entries)
    ]
    path = tmp_path_factory.mktemp("classes") / "clf.txt"
    return ingest_profile(path, text=HEAD + "\n".join(lines), existing=gazetteer).dataset


@pytest.mark.parametrize(("kind", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_class_says(ingested, kind, index, entry, expected):
    assert credited(ingested, _date(_offset(kind) + index)) == expected


def test_every_class_has_three_entries_at_least_and_the_bank_says_nothing_somewhere():
    assert all(len(entries) >= 3 for entries in BANK.values())
    assert sum(expected == NOTHING for entries in BANK.values() for _, expected in entries) >= 6

