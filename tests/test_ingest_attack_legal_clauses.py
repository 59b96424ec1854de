"""A clause that tells a sentencing never vetoes the rest of its sentence.

An attack entry's sentence may tell the attack, who did it, and a later ruling ("A bomb
destroyed the court in Kidal; the DHB claimed it, and two of its men were sentenced to death in
2019"). The ruling's clause is read as a kg:LegalEvent of its own (its date and defendant, never
the attack's); the rest of the sentence still gives the attack its place, its type and its
perpetrator. A place named only in the ruling's clause (the court's town) is never the attack's.

Every entry is written for this bank, in the structure bank's profile (`clf`, `dhb`, `mb`);
one ingest for the whole bank.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import RDF, Dataset, URIRef

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import HEAD, credited

# (entry, the attack's places, its GTD attack type, its perpetrators, the ruling's year)
BANK: list[tuple[str, set[str], str, set[tuple[str, str]], str | None]] = [
    # the ruling after ", and": a new subject
    (
        "A bomb destroyed the courthouse in Kidal; the DHB claimed it, and two of its men were "
        "later sentenced to death in 2019.",
        {"Kidal"},
        "bombing-explosion",
        {("dhb", "claimed")},
        "2019",
    ),
    # after ", for which", the court's town named in the ruling's clause
    (
        "Gunmen of the Mountain Brigades stormed a hotel in Mopti, for which a court in Bamako "
        "sentenced Omar Sidi to life imprisonment in 2021.",
        {"Mopti"},
        "armed-assault",
        {("mb", "conducted")},
        "2021",
    ),
    # "and" before a new subject ("its leader"), the attack and the ruling in one clause each
    (
        "The CLF kidnapped two engineers in Timbuktu and its leader was sentenced to prison in "
        "absentia in Bamako in 2016.",
        {"Timbuktu"},
        "hostage-taking-kidnapping",
        {("clf", "conducted")},
        "2016",
    ),
    # the ruling opens the sentence as a subordinate clause
    (
        "After Yacine Merabet was sentenced to death in Bamako in 2014, Front fighters attacked a "
        "police post in Kidal.",
        {"Kidal"},
        "armed-assault",
        {("clf", "conducted")},
        "2014",
    ),
    # a sentence that is all ruling stays out of the attack, as before
    (
        "A car bomb exploded outside a bank in Gao. In 2017 a court in Bamako sentenced three men "
        "to death for it.",
        {"Gao"},
        "bombing-explosion",
        {("clf", "conducted")},
        "2017",
    ),
    # a semicolon, the defendants two names joined by "and" (one subject, one clause)
    (
        "DHB gunmen ambushed a convoy in Mopti; Nabil Ferhat and Rachid Kaci were sentenced to "
        "death for the ambush in Bamako in 2020.",
        {"Mopti"},
        "armed-assault",
        {("dhb", "conducted")},
        "2020",
    ),
]


def _date(index: int) -> datetime.date:
    return datetime.date(2012, 3, 1) + datetime.timedelta(days=5 * index)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Dataset:
    gazetteer = load([DATA / "places.ttl"], with_ontology=False)
    lines = [
        f"{_date(i):%B} {_date(i).day}, {_date(i).year}: {entry} (1 killed)\n"
        for i, (entry, *_) in enumerate(BANK)
    ]
    path = tmp_path_factory.mktemp("legal") / "clf.txt"
    return ingest_profile(path, text=HEAD + "\n".join(lines), existing=gazetteer).dataset


def _attack(graph: Dataset, day: datetime.date) -> URIRef:
    (attack,) = [
        a
        for a in graph.subjects(RDF.type, KG.Attack)
        if str(next(iter(graph.objects(a, KG.edtf)), "")) == day.isoformat()
    ]
    return attack


def _place(node: URIRef) -> str:
    """ "Kidal" for place:kidal-2455290 (the gazetteer's labels are not in the profile's graph)."""
    return str(node).rsplit("/", 1)[-1].rsplit("-", 1)[0].title()


CASES = [pytest.param(i, *case, id=case[0][:60]) for i, case in enumerate(BANK)]


@pytest.mark.parametrize(("index", "entry", "places", "kind", "perpetrators", "year"), CASES)
def test_the_attack_keeps_its_place_type_and_perpetrator_beside_a_ruling(
    ingested, index, entry, places, kind, perpetrators, year
):
    attack = _attack(ingested, _date(index))
    assert {_place(p) for p in ingested.objects(attack, KG.place)} == places
    assert str(kind) in {str(t).rsplit("/", 1)[-1] for t in ingested.objects(attack, KG.attackType)}
    assert credited(ingested, _date(index)) == perpetrators


@pytest.mark.parametrize(("index", "entry", "places", "kind", "perpetrators", "year"), CASES)
def test_the_ruling_is_an_event_of_its_own_dated_by_its_own_clause(
    ingested, index, entry, places, kind, perpetrators, year
):
    attack = _attack(ingested, _date(index))
    (ruling,) = ingested.subjects(KG.relatedEvent, attack)
    assert (ruling, RDF.type, KG.LegalEvent) in ingested
    assert str(next(iter(ingested.objects(ruling, KG.edtf)))) == year
    verbatim = str(next(iter(ingested.objects(ruling, KG.verbatim))))
    assert "sentenced" in verbatim
    assert not any(p in verbatim for p in places)  # the attack's clause is not the ruling's
