"""Perpetrator and modality on unseen text: a seventh attribution bank, in wordings of its own.

The twelfth round scored `dev-12` (the blind `heldout-10` of the eleventh round) before any
change and classified every perpetrator and modality miss and wrong fact by the structure of
the entry: the group as the target rather than the doer, a faction named by its parent, a
description before a name, others' word told by a body or a document, a claim by the group's
medium, a hedge outside the clause read. Each class holds entries written for this bank (other
names, places, verbs and orders than the corpus), each asserting the exact set of
(organisation, modality) it yields, in the answer keys' words; an empty set means nobody is
stated, which is what precision asks where the entry names no doer the reader can tell.

One profile: the structure bank's Coastal Liberation Front (`clf`; its history names the
Desert Hawks Battalion, `dhb`, and the Mountain Brigades, `mb`), as the sixth bank extends it.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import SKOS

from kg.namespaces import KG
from tests.test_ingest_attribution_structure import credited
from tests.test_ingest_attribution_unseen_shapes import PROFILE as SHAPES_PROFILE
from tests.test_ingest_attribution_unseen_shapes import bank_cases, ingest_bank

# the sixth bank's profile, with a faction its history names whole beside a glued short form
PROFILE = SHAPES_PROFILE.replace(
    "operate in the same region.",
    "operate in the same region. In 2015 Rashid's followers broke away as the Mountain "
    "Brigades (Rashid), or MB(R).",
)
assert PROFILE != SHAPES_PROFILE

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "Struck ⟦AFRICOM⟧ the hideouts of the group": the verb first, the group the owner of the
    # object; the other organisation named struck it, and with none (or two) named nobody is
    # stated, never the group as the implied doer of a strike on itself
    "the group as the target, the verb first": [
        ("Struck the Kenyan Defence Forces (KDF) the camps of the group near Gao, in support "
         "of an army offensive.", {("kdf", "conducted")}),
        ("Raided the Sahel Guard (SG) the hideouts of the Front in the hills above Kidal.",
         {("sg", "conducted")}),
        ("Bombed the positions of the group near Menaka, the Desert Eagles Command (DEC), with "
         "drones.", {("dec", "conducted")}),
        ("Struck the hideouts of the group in the mountains near Gao.", set()),
        ("Members of the group were killed in an air strike near Kidal.", set()),
        ("Struck the Sahel Guard (SG) and the DHB the camps of the group near Gao.", set()),
        # controls: the group's own deed, whatever it did to others' men or camps
        ("Stormed a police post in Gao and freed the group's fighters held there.",
         {("clf", "conducted")}),
        ("Attacked the DHB's camps near Gao, killing twelve of its fighters.",
         {("clf", "conducted")}),
    ],
    # "the PRC’s al-Nasser Salah al-Din Brigades claimed": a name of its own after a known
    # organisation's possessive, ending in a word for a body of fighters, is the faction (the
    # keys credit a faction named as the doer, never its parent); the owner's unnamed unit or
    # its men are the owner's
    "a faction named by its parent's possessive": [
        ("Fighters stormed a barracks near Gao; the MB, the DHB’s Tin Hinan Brigades and the "
         "Sahel Guard (SG) claimed the assault jointly.",
         {("mb", "claimed"), ("tin hinan brigades", "claimed"), ("sg", "claimed")}),
        ("Police blamed the MB’s Ansar al-Sahil Wing for the ambush near Gao.",
         {("ansar al-sahil wing", "attributed")}),
        ("A car bomb exploded outside a bank in Kidal; the DHB's Abu Dujana Battalion said it "
         "had carried out the bombing.", {("abu dujana battalion", "claimed")}),
        # controls: a direction before the unit word names no faction of its own, and the
        # owner's men or its unnamed unit are the owner's
        ("A bomb hit a convoy near Kidal; the DHB's Western Battalion claimed it.",
         {("dhb", "claimed")}),
        ("The MB’s urban cell members bombed a café in Gao.", {("mb", "conducted")}),
        ("The DHB's fighters ambushed a patrol near Gao.", {("dhb", "conducted")}),
    ],
    # "the Shia Sipah-e-Muhammad Pakistan (SMP)": a word of sect or creed before a name whose
    # acronym spells the rest is a description, no part of the name (`test_a_description_…`
    # below checks the names minted)
    "a description before the name": [
        ("Gunmen of the Shia Sipah-e-Muhammad Pakistan (SMP) attacked a mosque in Gao.",
         {("smp", "conducted")}),
        ("Police blamed the Salafist Ansar al-Tawhid (AT) for the killing of a judge in Gao.",
         {("at", "attributed")}),
        ("The Maoist Red Dawn Front (RDF) claimed a bomb at a police post in Kidal.",
         {("rdf", "claimed")}),
        # the acronym spells the first word too: it is part of the name
        ("The Sunni Tehreek (ST) claimed a bombing in Gao.", {("st", "claimed")}),
    ],
    # "⟦X⟧ activists and gunmen of the ⟦Y⟧ are believed to have killed …": the men of several
    # organisations, each named before or after its men, each credited with the clause's
    # modality (a hedge makes them all suspected)
    "several perpetrators told by their men": [
        ("From 2001 to 2003 DHB fighters and militants of the MB are believed to have killed "
         "dozens of each other's commanders across the north.",
         {("dhb", "suspected"), ("mb", "suspected")}),
        ("Gunmen of the DHB and MB supporters were reportedly behind a wave of arson in Gao.",
         {("dhb", "suspected"), ("mb", "suspected")}),
        ("MB cadres and fighters of the DHB are thought to have ambushed the convoy near Kidal.",
         {("dhb", "suspected"), ("mb", "suspected")}),
        ("DHB fighters and MB militants ambushed a convoy near Kidal.",
         {("dhb", "conducted"), ("mb", "conducted")}),
        ("MB fighters reportedly attacked a checkpoint near Gao.", {("mb", "suspected")}),
    ],
    # "Supporters of the party reportedly set fire to …": the deed itself hedged and its doer
    # the group's men or nobody named: the group's part rests on the hedge, suspected
    "a hedge on the deed of the group's men": [
        ("Supporters of the movement reportedly set fire to a cinema in Gao.",
         {("clf", "suspected")}),
        ("Gunmen allegedly shot a customs officer at the market of Kidal.",
         {("clf", "suspected")}),
        ("Unknown attackers are believed to have planted the bomb that hit a bus near Gao.",
         {("clf", "suspected")}),
        # control: the same deed unhedged is the group's, as an entry with no subject is
        ("Gunmen shot a customs officer at the market of Kidal.", {("clf", "conducted")}),
    ],
    # "Blamed by the Ministry of Interior; no claim": the blame's subject left out, nobody
    # else named: the profile's group, attributed; blamed on a description, nobody
    "blamed by others, the group implied": [
        ("Location: Gao market | Attribution: Blamed by the Ministry of Defence; no claim",
         {("clf", "attributed")}),
        ("A car bomb wrecked a hotel in Gao. Blamed by the police; nobody claimed it.",
         {("clf", "attributed")}),
        ("Gunmen shot a judge in Kidal. Attributed by investigators to the group, which "
         "denied it.", {("clf", "attributed")}),
        ("A bomb hit a bus near Gao. Blamed by the police on a criminal gang.", set()),
    ],
    # "Amnesty International said ⟦X⟧ fighters killed …": a body others know by its name tells
    # the deed; others' word, attributed (the group's denial takes nothing back)
    "others' word told by a named body": [
        ("Human Rights Watch said MB fighters executed eleven herders near Menaka; the MB "
         "denied it.", {("mb", "attributed")}),
        ("Gunmen burned a village near Gao; the Malian Human Rights Commission reported that "
         "DHB militants had killed nine people.", {("dhb", "attributed")}),
        ("Gunmen burned a village near Gao; the UN Mission concluded that the DHB carried out "
         "the massacre.", {("dhb", "attributed")}),
    ],
    # "the CBI’s charge sheet named the ⟦NDFB⟧": a paper of the accusers names the doer
    "an accusing paper names the doer": [
        ("Police first suspected the MB, but the prosecutors' indictment named the DHB.",
         {("dhb", "attributed"), ("mb", "suspected")}),
        ("A bomb hit a bank in Gao. The official report of the inquiry blamed the MB.",
         {("mb", "attributed")}),
        ("A bomb hit a café in Kidal; the court's verdict cited the DHB.",
         {("dhb", "attributed")}),
    ],
    # "⟦X⟧ killed villagers in raids, according to the police": the deed told on others' word
    # when "according to" closes its clause, wherever it stands
    "a deed told on others' word, the source last": [
        ("The DHB ambushed a convoy near Kidal, according to the army.",
         {("dhb", "attributed")}),
        ("A bomb hit Gao. The DHB killed farmers in near-simultaneous raids, according to the "
         "police.", {("dhb", "attributed")}),
        ("MB fighters stormed a police post in Gao, killing four officers, according to "
         "witnesses.", {("mb", "attributed")}),
        # the source closes another clause: the deed stays told as the writer's own
        ("The DHB ambushed a convoy near Kidal; three soldiers died, according to the army.",
         {("dhb", "conducted")}),
    ],
    # "the ⟦NDFB⟧(S)": a qualifier glued to a known name makes a faction's name; the faction
    # the profile names whole beside it ("… as the Mountain Brigades (Rashid), or MB(R)") is
    # credited, one it never names whole is refused, and never the parent
    "a faction named by a glued qualifier": [
        ("Gunmen killed six farmers near Gao; police blamed the MB(R), which denied it.",
         {("mountain brigades (rashid)", "attributed")}),
        ("The MB(R) ambushed a convoy near Kidal, according to the army.",
         {("mountain brigades (rashid)", "attributed")}),
        ("A bomb exploded at a bus station in Gao; the MB(R) claimed it.",
         {("mountain brigades (rashid)", "claimed")}),
        ("Gunmen killed six farmers near Gao; police blamed the DHB(W), which denied it.", set()),
        ("The DHB(W) ambushed a convoy near Kidal.", set()),
    ],
    # "the DVD of 2011 claimed all nine murders": the group's medium claims, its author not
    # named in the clause: the profile's group (or the doer the entry last named) claimed
    "a claim by a medium whose author is not named": [
        ("Gunmen shot four shopkeepers in Gao over two years; a video of 2016 claimed all four "
         "killings.", {("clf", "claimed")}),
        ("A bomb wrecked a police station in Kidal; a communiqué posted weeks later claimed the "
         "attack.", {("clf", "claimed")}),
        ("MB fighters stormed a barracks near Gao; the leaflet found at the scene claimed it.",
         {("mb", "claimed")}),
    ],
    # "a court convicted a Libyan shopkeeper of the bombing": a person others convict or
    # charge, described rather than named, is a person as a named one is (tenth round): a
    # person is no perpetrator, and the profile's group is no implied doer, so nobody is stated
    "a court convicts a person it describes": [
        ("A bomb hit a café in Gao; a court convicted a Libyan shopkeeper of the bombing.",
         set()),
        ("A bus was burned in Kidal. Prosecutors charged two local youths with the arson "
         "attack.", set()),
        ("A judge was shot in Gao. A court sentenced an unemployed teacher for the murder.",
         set()),
    ],
    # "a court convicted a Libyan intelligence officer of the bombing": a state's own agent,
    # the state attributed (kg:attributedToState)
    "a court convicts a state's agent": [
        ("A bomb destroyed an airliner over Gao. A court convicted a Libyan intelligence "
         "officer of the bombing in 2003.", {("libya", "attributed")}),
        ("A bomb hit an embassy in Kidal; a court found a Syrian army officer guilty of the "
         "attack.", {("syria", "attributed")}),
        ("A bomb hit a cinema in Gao. A French court sentenced two Iranian agents in absentia "
         "for the bombing.", {("iran", "attributed")}),
    ],
}

# the names a description stands before, as the ingest mints them
DESCRIBED = {"SMP": "Sipah-e-Muhammad Pakistan", "AT": "Ansar al-Tawhid",
             "RDF": "Red Dawn Front", "ST": "Sunni Tehreek"}


def _date(index: int) -> datetime.date:
    return datetime.date(2020, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def clf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("unseen-doers"), PROFILE, BANK,
                       lambda k, i: _date(12 * k + i))


CASES = bank_cases(BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(clf, k, index, entry, expected):
    assert credited(clf, _date(12 * k + index), campaigns_and_states=True) == expected


def test_a_description_is_no_part_of_the_name_minted(clf):
    for acronym, name in DESCRIBED.items():
        (node,) = set(clf.subjects(KG.acronym, Literal(acronym)))
        assert {str(label) for label in clf.objects(node, SKOS.prefLabel)} == {name}


def test_every_class_has_three_wordings_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
