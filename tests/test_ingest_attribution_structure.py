"""Attribution read from the structure of the entry: a second bank, written as prose.

The first bank (`test_ingest_attribution_grammar.py`) crosses closed lists of wordings; this one
is written by hand, one class of sentence structure per synthetic profile, each entry a small
discourse of its own (who is the subject of which clause, which verb, which clause a hedge or a
denial binds to). Each entry asserts the exact set of (organisation, modality) it yields, in the
answer keys' words (conducted, claimed, attributed, suspected, denied), or the empty set where
the profile's group is the target and nobody the model can state acted.

One ingest for the whole bank (module-scoped), so it stays cheap: every entry is a section
of its own with a date of its own, and is picked out by it. The profile's group is the Coastal
Liberation Front (`clf`); its history introduces the Desert Hawks Battalion (`dhb`) and the
Mountain Brigades (`mb`), its leadership paragraph a leader (Karim Haddou), a commander (Samir
Touati) and a spokesman (Abu Salma); other organisations are named by their label in lower
case.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import RDF, SKOS, Dataset

from kg.ingest import ingest_profile
from kg.ingest.accuracy import _MODALITY_WORDS
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA

HEAD = (
    "Terrorism Profiles\n\nCoastal Liberation Front (CLF)\n\nAlternative Names:\n\n"
    "Front de Libération de la Côte\n\nNorth Africa: Algeria and Mali.\n\n"
    "Karim Haddou has led the Front since 2010. Samir Touati is its military commander and "
    "Abu Salma its spokesman. Yacine Merabet, a former army officer, trains its bomb makers.\n\n"
    "The group is organised in columns; its armed wing is the Sea Hawks Brigade.\n\n"
    "Funding Sources:\n\nKidnapping for ransom.\n\n"
    "The Front emerged in 2009. The Desert Hawks Battalion (DHB) and the Mountain Brigades "
    "(MB) operate in the same region. The Relief Committee of Gao, a charity founded in 2011, "
    "later fought as a militia beside the Front.\n\nMajor Attacks:\n\n"
)

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "claimant in a later sentence": [
        ("A car bomb went off outside a police station in Gao. Two days later the CLF "
         "claimed it.", {("clf", "claimed")}),
        ("Gunmen opened fire on a market in Gao. The Desert Hawks Battalion later said it had "
         "carried out the shooting.", {("dhb", "claimed")}),
        ("An explosion tore through a bus depot in Gao. In a statement posted online the next "
         "morning, the group claimed responsibility.", {("clf", "claimed")}),
        ("Two soldiers were shot at a checkpoint near Gao. Responsibility was claimed a week "
         "later by the Mountain Brigades.", {("mb", "claimed")}),
        ("A roadside bomb struck a convoy near Gao. Nobody claimed it at first; in March the "
         "DHB admitted the ambush.", {("dhb", "claimed")}),
        ("Masked men burned a school in Gao. Local officials blamed the MB.",
         {("mb", "attributed")}),
    ],
    "claim through an outlet or a spokesman": [
        ("A bomb exploded at the port of Gao. The Front’s spokesman, Abu Salma, claimed the "
         "attack in a recorded message.", {("clf", "claimed")}),
        ("Militants attacked an army post near Gao; a spokesman for the DHB claimed the raid.",
         {("dhb", "claimed")}),
        ("A suicide bomber struck a hotel in Gao. The MB’s media wing announced the operation.",
         {("mb", "claimed")}),
        ("A hostage was killed near Gao; a video released by the group claimed the killing.",
         {("clf", "claimed")}),
        ("Rockets hit the airport of Gao. The group’s news agency said its fighters had fired "
         "them.", {("clf", "claimed")}),
        ("Abu Salma claimed the bombing of a barracks in Gao within the hour.",
         {("clf", "claimed")}),
    ],
    "passive": [
        ("The attack on a barracks in Gao was claimed by the DHB.", {("dhb", "claimed")}),
        ("The kidnapping of two engineers near Gao was later claimed by the Front.",
         {("clf", "claimed")}),
        ("A raid on a checkpoint in Gao was carried out by fighters of the Mountain Brigades.",
         {("mb", "conducted")}),
        ("Three policemen were killed in Gao; the ambush was claimed jointly by the CLF and the "
         "DHB.", {("clf", "claimed"), ("dhb", "claimed")}),
        ("A convoy was ambushed by DHB gunmen near Gao.", {("dhb", "conducted")}),
        ("A customs post near Gao was overrun by the Mountain Brigades.", {("mb", "conducted")}),
    ],
    "blamed on and blamed": [
        ("A market bombing in Gao was blamed on the DHB.", {("dhb", "attributed")}),
        ("Officials blamed the DHB for a market bombing in Gao.", {("dhb", "attributed")}),
        ("A bomb exploded at a bank in Gao; police blamed the Front.", {("clf", "attributed")}),
        ("The killings in Gao were widely blamed on the Mountain Brigades, which never "
         "commented.", {("mb", "attributed")}),
        ("The CLF blamed the DHB for the bombing of a mosque in Gao.", {("dhb", "attributed")}),
        ("The government blamed the bombing in Gao on the MB.", {("mb", "attributed")}),
    ],
    "accuser as subject": [
        ("Algiers blamed the DHB for the bombing of a bus in Gao.", {("dhb", "attributed")}),
        ("France blamed the Front for the kidnapping of two engineers near Gao.",
         {("clf", "attributed")}),
        ("Malian officials said the Mountain Brigades had organised the raid on a checkpoint in "
         "Gao.", {("mb", "attributed")}),
        ("A bomb killed four people in Gao. Investigators concluded that DHB operatives had "
         "planted the device.", {("dhb", "attributed")}),
        ("The Malian army accused the CLF of the ambush near Gao.", {("clf", "attributed")}),
        ("According to prosecutors, the MB ordered the killing of a judge in Gao.",
         {("mb", "attributed")}),
    ],
    "hedge bound to its clause": [
        ("The CLF reportedly planted the bomb that killed three people in Gao.",
         {("clf", "suspected")}),
        ("A bomb killed three people in Gao; the DHB is believed to have planted it.",
         {("dhb", "suspected")}),
        ("The Front claimed the attack on a barracks in Gao, though police suspected the DHB.",
         {("clf", "claimed"), ("dhb", "suspected")}),
        ("The DHB, which is thought to be close to the Front, attacked a checkpoint in Gao.",
         {("dhb", "conducted")}),
        ("A claim in the Front’s name, never authenticated, followed a bombing in Gao; the "
         "blast is still only suspected to be its work.", {("clf", "suspected")}),
        ("The MB is alleged to have kidnapped two nurses near Gao.", {("mb", "suspected")}),
    ],
    "denial and others' attribution": [
        ("The DHB denied any role in the bombing in Gao, but officials blamed it on the Front.",
         {("dhb", "denied"), ("clf", "attributed")}),
        ("A bomb wrecked a café in Gao. The MB denied it; investigators attributed the blast to "
         "the MB.", {("mb", "attributed")}),
        ("The CLF has always denied the massacre in Gao, which a UN inquiry attributed to its "
         "fighters.", {("clf", "attributed")}),
        ("The DHB said it had nothing to do with the ambush near Gao; the army blamed the DHB.",
         {("dhb", "attributed")}),
        ("Gunmen killed a judge in Gao. The Front denied it.", {("clf", "denied")}),
        ("Police blamed the MB for a bombing in Gao; the MB rejected any responsibility.",
         {("mb", "attributed")}),
    ],
    "two perpetrators, two modalities": [
        ("The DHB claimed the attack on a barracks in Gao, while officials blamed the MB.",
         {("dhb", "claimed"), ("mb", "attributed")}),
        ("The Front claimed the bombing in Gao; the DHB denied any part in it.",
         {("clf", "claimed"), ("dhb", "denied")}),
        ("Fighters of the MB stormed a barracks in Gao; the DHB was suspected of supplying the "
         "explosives.", {("mb", "conducted"), ("dhb", "suspected")}),
        ("The CLF and the DHB both claimed the ambush near Gao.",
         {("clf", "claimed"), ("dhb", "claimed")}),
        ("Police blamed the DHB, but the MB claimed the bombing of a bus in Gao.",
         {("dhb", "attributed"), ("mb", "claimed")}),
        ("The MB claimed the kidnapping near Gao; the police suspected the Front.",
         {("mb", "claimed"), ("clf", "suspected")}),
    ],
    "faction or unit as perpetrator": [
        ("The Sea Hawks Brigade attacked a naval patrol near Oran.",
         {("sea hawks brigade", "conducted")}),
        ("Fighters of the Front’s Kidal Column raided a checkpoint in Gao.",
         {("kidal column", "conducted")}),
        ("The Gao Battalion of the DHB claimed the bombing of a barracks.",
         {("gao battalion", "claimed")}),
        ("Members of the Sea Hawks Brigade set off a bomb in Gao.",
         {("sea hawks brigade", "conducted")}),
        ("The DHB’s Sahara Unit ambushed a convoy near Gao.", {("sahara unit", "conducted")}),
        ("The Northern Front, a breakaway faction of the MB, stormed a prison in Gao.",
         {("northern front", "conducted")}),
    ],
    "person named in the entry": [
        ("Karim Haddou led the attack on a barracks in Gao.", {("clf", "conducted")}),
        # the police name a person as the doer, the group's own man or not: a person is no
        # perpetrator in the model, and the group is not named, so nothing is stated (tenth
        # round; the keys credit the person alone, even the group's leader)
        ("Gunmen shot dead the mayor of Gao. Police later charged Yacine Merabet with the "
         "killing.", set()),
        ("Merabet and the DHB were blamed for the bombing in Gao.", {("dhb", "attributed")}),
        ("The Front’s commander Samir Touati stormed a checkpoint near Gao with twenty men.",
         {("clf", "conducted")}),
        ("The government blamed the DHB and Merabet for a bombing in Gao.",
         {("dhb", "attributed")}),
        ("Touati claimed the ambush of a convoy near Gao.", {("clf", "claimed")}),
    ],
    "the group as the target": [
        ("Algerian troops raided a CLF camp near Gao.", set()),
        ("An air strike killed the Front’s deputy commander near Gao.", set()),
        ("The DHB attacked a CLF convoy near Gao.", {("dhb", "conducted")}),
        ("Gunmen of the MB ambushed Front fighters near Gao, killing six.",
         {("mb", "conducted")}),
        ("Police commandos stormed a Front safe house in Gao.", set()),
        ("French drones struck a meeting of CLF commanders near Gao.", set()),
    ],
    "the group's fighters, men loyal to its leader": [
        ("The group’s fighters overran an army post near Gao.", {("clf", "conducted")}),
        ("Militants loyal to Karim Haddou stormed a prison in Gao.", {("clf", "conducted")}),
        ("Its fighters kidnapped two engineers near Gao.", {("clf", "conducted")}),
        ("Front gunmen shot a customs officer in Gao.", {("clf", "conducted")}),
        ("Fighters under Samir Touati attacked a convoy near Gao.", {("clf", "conducted")}),
        ("Men of the Sea Hawks Brigade seized a ferry near Oran.",
         {("sea hawks brigade", "conducted")}),
    ],
    "acronym defined elsewhere in the profile": [
        ("The DHB claimed the bombing in Gao.", {("dhb", "claimed")}),
        ("MB fighters stormed a prison in Gao.", {("mb", "conducted")}),
        ("CLF militants bombed a pipeline near Gao.", {("clf", "conducted")}),
        ("A DHB statement claimed the ambush near Gao.", {("dhb", "claimed")}),
        ("Police blamed the MB and the DHB for the bombings in Gao.",
         {("mb", "attributed"), ("dhb", "attributed")}),
        ("An MB communiqué claimed the killing of two soldiers near Gao.", {("mb", "claimed")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2012, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def gazetteer():
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def ingested(gazetteer, tmp_path_factory) -> dict[str, Dataset]:
    """One ingest for the whole bank (each entry is a section of its own, so entries do not
    read each other); every entry is dated apart, class by class."""
    lines = [
        f"{_date(_offset(kind) + i):%B} {_date(_offset(kind) + i).day}, "
        f"{_date(_offset(kind) + i).year}: {entry} (1 killed)\n"
        for kind, entries in BANK.items() for i, (entry, _) in enumerate(entries)
    ]
    path = tmp_path_factory.mktemp("structure") / "clf.txt"
    graph = ingest_profile(path, text=HEAD + "\n".join(lines), existing=gazetteer).dataset
    return dict.fromkeys(BANK, graph)


def _offset(kind: str) -> int:
    return 10 * list(BANK).index(kind)


def _name(graph: Dataset, group) -> str:
    acronyms = sorted(str(a) for a in graph.objects(group, KG.acronym))
    if acronyms:
        return acronyms[0].lower()
    label = next(iter(graph.objects(group, SKOS.prefLabel)), None)
    return str(label).lower() if label is not None else str(group).rsplit("/", 1)[-1]


def credited(
    graph: Dataset, day: datetime.date, *, campaigns_and_states: bool = False
) -> set[tuple[str, str]]:
    """(organisation, modality) of the one attack dated `day`; with `campaigns_and_states`, of
    the one attack or campaign, and a state named as behind it (kg:attributedToState) too."""
    kinds = (KG.Attack, KG.Campaign) if campaigns_and_states else (KG.Attack,)
    attacks = {a for kind in kinds for a in graph.subjects(RDF.type, kind)
               if str(next(iter(graph.objects(a, KG.edtf)), "")) == day.isoformat()}
    assert len(attacks) == 1, day
    found = set()
    for node in graph.objects(next(iter(attacks)), KG.attribution):
        doers = [*graph.objects(node, KG.attributedTo)]
        if campaigns_and_states:
            doers += graph.objects(node, KG.attributedToState)
        for doer in doers:
            (modality,) = graph.objects(node, KG.modality)
            word = str(modality).rsplit("/", 1)[-1]
            found.add((_name(graph, doer), _MODALITY_WORDS.get(word, word)))
    return found


CASES = [
    pytest.param(kind, index, entry, expected, id=f"{kind}: {entry[:60]}")
    for kind, entries in BANK.items()
    for index, (entry, expected) in enumerate(entries)
]


@pytest.mark.parametrize(("kind", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(ingested, kind, index, entry, expected):
    assert credited(ingested[kind], _date(_offset(kind) + index)) == expected


def test_every_class_has_six_entries_at_least():
    assert all(len(entries) >= 6 for entries in BANK.values())


def test_no_person_of_the_bank_becomes_an_organisation(ingested):
    """Haddou, Touati, Salma and Merabet are persons wherever an entry names them."""
    for graph in ingested.values():
        for node, label in graph.subject_objects(SKOS.prefLabel):
            kinds = set(graph.objects(node, RDF.type))
            if kinds & {KG.Organisation, KG.ArmedGroup}:
                assert not any(p in str(label) for p in ("Haddou", "Touati", "Salma", "Merabet"))


# Typing from context: persons an entry shows by its structure, organisations that fight.
TYPING_ENTRIES = [
    "Gunmen shot dead Colonel Rachid Benali outside his home in Gao.",
    "The industrialist Hamid Ferhat was kidnapped near Gao; the DHB claimed it.",
    "Nadia Kessas, a lawyer for the families, was wounded by a bomb in Gao.",
    "A judge at the court of Gao, Omar Lounici, was killed by a parcel bomb.",
    "Youcef Amrani was shot dead in Gao; the Sea Hawks Brigade claimed the killing.",
    "Fighters of the Desert Falcon Legion stormed the Hotel Atlantic in Gao.",
]
TYPED_PERSONS = ["Rachid Benali", "Hamid Ferhat", "Nadia Kessas", "Omar Lounici",
                 "Youcef Amrani"]
ARMED = ["Desert Hawks Battalion", "Sea Hawks Brigade", "Desert Falcon Legion"]


@pytest.fixture(scope="module")
def typed(gazetteer, tmp_path_factory) -> Dataset:
    lines = [f"{_date(i):%B} {_date(i).day}, {_date(i).year}: {entry} (1 killed)\n"
             for i, entry in enumerate(TYPING_ENTRIES)]
    path = tmp_path_factory.mktemp("typing") / "clf.txt"
    return ingest_profile(path, text=HEAD + "\n".join(lines), existing=gazetteer).dataset


def _types_of(graph: Dataset, name: str) -> set:
    return {t for node in graph.subjects(SKOS.prefLabel, None)
            for label in graph.objects(node, SKOS.prefLabel) if str(label) == name
            for t in graph.objects(node, RDF.type)}


@pytest.mark.parametrize("name", TYPED_PERSONS)
def test_a_person_the_entry_shows_by_rank_role_or_fate_is_a_person(typed, name):
    assert _types_of(typed, name) == {KG.Person}


@pytest.mark.parametrize("name", ARMED)
def test_an_organisation_the_entry_shows_fighting_is_an_armed_group(typed, name):
    assert KG.ArmedGroup in _types_of(typed, name)


def test_a_hotel_or_a_unit_is_never_typed_a_person(typed):
    assert KG.Person not in _types_of(typed, "Hotel Atlantic")
    assert KG.Person not in _types_of(typed, "Desert Falcon Legion")
