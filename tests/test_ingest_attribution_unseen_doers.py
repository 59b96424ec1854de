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
from rdflib import RDF, Dataset

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import _MODALITY_WORDS, _name
from tests.test_ingest_attribution_unseen_shapes import PROFILE

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
}


def _date(index: int) -> datetime.date:
    return datetime.date(2020, 1, 1) + datetime.timedelta(days=3 * index)


def credited(graph: Dataset, day: datetime.date) -> set[tuple[str, str]]:
    """(organisation or state, modality) of the one attack or campaign dated `day`."""
    attacks = [a for kind in (KG.Attack, KG.Campaign) for a in graph.subjects(RDF.type, kind)
               if str(next(iter(graph.objects(a, KG.edtf)), "")) == day.isoformat()]
    assert len(attacks) == 1, day
    found = set()
    for node in graph.objects(attacks[0], KG.attribution):
        for doer in [*graph.objects(node, KG.attributedTo),
                     *graph.objects(node, KG.attributedToState)]:
            (modality,) = graph.objects(node, KG.modality)
            word = str(modality).rsplit("/", 1)[-1]
            found.add((_name(graph, doer), _MODALITY_WORDS.get(word, word)))
    return found


@pytest.fixture(scope="module")
def clf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    lines = []
    for k, entries in enumerate(BANK.values()):
        for i, (entry, _) in enumerate(entries):
            day = _date(12 * k + i)
            lines.append(f"{day:%B} {day.day}, {day.year}: {entry} (1 killed)\n")
    path = tmp_path_factory.mktemp("unseen-doers") / "clf.txt"
    gazetteer = load([DATA / "places.ttl"], with_ontology=False)
    return ingest_profile(path, text=PROFILE + "\n".join(lines), existing=gazetteer).dataset


CASES = [pytest.param(k, i, entry, expected, id=f"{kind}: {entry[:60]}")
         for k, (kind, entries) in enumerate(BANK.items())
         for i, (entry, expected) in enumerate(entries)]


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(clf, k, index, entry, expected):
    assert credited(clf, _date(12 * k + index)) == expected


def test_every_class_has_three_wordings_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
