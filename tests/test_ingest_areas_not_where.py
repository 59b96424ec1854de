"""The fifteenth round's shapes of an areas line that name a place the group does not operate in,
or name its area only through what holds it (#11, #12), banked in wordings of our own before
the rule, each with controls that look alike and must read as before:

- a line's label before its colon ("- Main base:", "Safe havens and supply routes:") is no
  place and no heading;
- who says so or who backs the group ("(alleged by Indian officials)", "armed and funded by
  Iran") names a source or a sponsor, not an area;
- a border that only locates the items beside it ("along the Libyan frontier", "close to the
  border with Pakistan") names no area, nor the neighbour across it;
- a site's brackets ("Dadaab refugee camp (Garissa County)") name where it lies, not an area;
- a named area and its holder ("the Tora Bora area of Nangarhar province") state the area, never
  the holder in its stead;
- a country's possessive and a described qualifier before a list of units ("Nigeria's
  north-eastern states of Borno, Yobe and Adamawa") give each name the designator; the
  possessive states no part of the country;
- a compass word before a country that is no name of it ("East Germany", "South Yemen") is a
  part of the country, never the country."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.namespaces import KG
from tests.test_ingest_areas_regions import _areas


def _stated(tmp_path, line: str) -> tuple[set[str], set[str]]:
    places, written, _ = _areas(tmp_path, line)
    return places, written


# -- a line's label ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places", "label"),
    [
        ("- Main base: Kunar and Nuristan provinces", {"af-knr", "af-nur"}, "Main base"),
        ("Safe havens and supply routes: Pakistan", {"pakistan"}, "Safe havens"),
        ("Active in: Mali and Niger", {"mali", "niger"}, "Active in"),
        ("* Rear areas and arms depots: Niger", {"niger"}, "arms depots"),
    ],
)
def test_a_lines_label_names_no_place(tmp_path, line, places, label):
    stated, written = _stated(tmp_path, line)
    assert stated == places
    assert not any(label in text for text in written)


@pytest.mark.parametrize(
    ("line", "places"),
    [
        # a heading that names a place still is one
        ("Northern Mali: Kidal", {"northern-mali", "kidal-2455290"}),
        ("Lebanon: Sidon", {"lebanon", "sidon-268064"}),
        ("- Spain (Navarre)", {"spain", "es-nc"}),
    ],
)
def test_a_heading_that_names_a_place_is_kept(tmp_path, line, places):
    assert _stated(tmp_path, line)[0] == places


# -- a source or a sponsor ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Bangladesh (alleged by Indian officials)", {"bangladesh"}),
        ("Iran (according to Saudi officials)", {"iran"}),
        ("Syria, as reported by the Turkish press", {"syria"}),
        ("Lebanon; armed and funded by Iran", {"lebanon"}),
        ("Yemen, supported by Saudi Arabia", {"yemen"}),
    ],
)
def test_who_says_so_or_backs_the_group_is_no_area(tmp_path, line, places):
    stated, written = _stated(tmp_path, line)
    assert stated == places
    assert not any(" by " in text or "according" in text for text in written)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # the group's own claim, its own training ground, its own networks
        ("Kenya (attacks claimed by the group in Mombasa)", "mombasa-186301"),
        ("fighters trained in Libya", "libya"),
        ("support networks in Scotland", "gb-sct"),
        ("Afghanistan (supported by local tribes in Kunar)", "af-knr"),
    ],
)
def test_the_groups_own_claims_and_people_still_place_it(tmp_path, line, place):
    assert place in _stated(tmp_path, line)[0]


# -- a border that only locates ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Tunisia, along the Libyan frontier", {"tunisia"}),
        ("Kunar province, close to the border with Pakistan", {"af-knr"}),
        ("Northern Mali, near the Mauritanian border", {"northern-mali"}),
    ],
)
def test_a_border_only_locates_the_items_beside_it(tmp_path, line, places):
    stated, written = _stated(tmp_path, line)
    assert stated == places
    assert not any("border" in text or "frontier" in text for text in written)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # a place on the border is still a place; a border town named is the town
        ("Kasserine, on the Algerian border", "kasserine-2473457"),
        ("Mauritania and Mali", "mauritania"),
        ("Pakistan (Khyber Pakhtunkhwa)", "pk-kp"),
    ],
)
def test_a_place_beside_a_border_is_still_stated(tmp_path, line, place):
    assert place in _stated(tmp_path, line)[0]


# -- a site's brackets -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "site", "container"),
    [
        ("Kenya: Dadaab refugee camp (Garissa County)", "dadaab-199209", "ke-07"),
        ("Pakistan: the Jalozai camp (Nowshera District)", "jalozai-camp", "pk-kp"),
        ("Kenya: the Kakuma refugee camp (Turkana County)", "kakuma-195197", "ke-43"),
        ("Jordan: the Zaatari camp (Mafraq Governorate)", "zaatari-camp", "jo-ma"),
    ],
)
def test_a_sites_brackets_say_where_it_lies(tmp_path, line, site, container):
    places, _written, graph = _areas(tmp_path, line)
    assert site in places
    assert container not in places
    part = next(o for o in graph.objects(None, KG.areaOfOperation) if str(o).endswith(site))
    # a camp the gazetteer lacks is stated inside the container; a town it has is the town
    assert site.rsplit("-", 1)[-1].isdigit() or any(
        str(w).endswith(container) for w in graph.transitive_objects(part, KG.locatedIn)
    )


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # brackets after a country or a region hold its parts, as before
        ("Spain (Navarre)", "es-nc"),
        ("Somalia (Puntland)", "puntland"),
        ("Pakistan (Khyber Pakhtunkhwa)", "pk-kp"),
    ],
)
def test_brackets_after_a_place_that_is_no_site_name_its_parts(tmp_path, line, place):
    assert place in _stated(tmp_path, line)[0]


# -- a named area and its holder ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "area", "holder", "name"),
    [
        ("the Tora Bora area of Nangarhar province", "tora-bora-area", "af-nan", "Tora Bora"),
        ("the Shahikot zone of Paktia", "shahikot-zone", "af-pia", "Shahikot"),
        ("Afghanistan: the Korengal area of Kunar Province", "korengal-area", "af-knr",
         "Korengal"),
        ("the Chagai Division of Balochistan", "chagai-division", "pk-ba", "Chagai"),
    ],
)
def test_a_named_area_is_stated_never_its_holder(tmp_path, line, area, holder, name):
    places, _written, graph = _areas(tmp_path, line)
    assert area in places
    assert holder not in places
    part = next(o for o in graph.objects(None, KG.areaOfOperation) if str(o).endswith(area))
    assert (part, SKOS.altLabel, Literal(name, lang="en")) in graph
    assert any(str(w).endswith(holder) for w in graph.transitive_objects(part, KG.locatedIn))


def test_an_adjective_gives_the_described_area_no_name(tmp_path):
    # "the Kurdish region of Iraq" is read as before: no part named after the adjective
    places, _written, graph = _areas(tmp_path, "the Kurdish region of Iraq")
    assert not any("kurdish" in p for p in places)
    assert all(str(label) != "Kurdish" for _s, label in graph.subject_objects(SKOS.altLabel))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # a town of that name inside the holder is the town; a side of a unit stays a side
        ("the Dera Bugti area of Balochistan", "dera-bugti-1180295"),
        ("the tribal areas of Pakistan", "pakistan"),
        ("the west of Niger", "west-of-niger"),
    ],
)
def test_a_named_areas_controls(tmp_path, line, place):
    assert place in _stated(tmp_path, line)[0]


# -- a country's possessive before a list of units ---------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Nigeria's north-eastern states of Borno, Yobe and Adamawa",
         {"ng-bo", "ng-yo", "ng-ad"}),
        ("Afghanistan's eastern provinces of Kunar, Nuristan and Nangarhar",
         {"af-knr", "af-nur", "af-nan"}),
        ("Mali’s northern regions of Gao and Timbuktu", {"ml-7", "ml-6"}),
    ],
)
def test_a_possessive_list_of_units_is_the_units(tmp_path, line, places):
    stated, written = _stated(tmp_path, line)
    assert stated == places
    assert not any("'s" in text or "’s" in text for text in written)


@pytest.mark.parametrize(
    "line",
    [
        # the list is of countries: no "Mali Region"
        "the southern regions of Mali and Niger",
        "Libya's desert provinces of Chad and Niger",
        # no list after the designator
        "Kenya's coastal counties",
    ],
)
def test_a_list_of_countries_takes_no_designator(tmp_path, line):
    stated, _written = _stated(tmp_path, line)
    assert not any(p.endswith(("-region", "-province")) for p in stated)


# -- a compass word before a country that is no name of it -------------------------------------
@pytest.mark.parametrize(
    ("line", "part", "country"),
    [
        ("East Germany and Poland", "east-germany", "germany"),
        ("South Yemen, above all Aden", "south-yemen", "yemen"),
        ("North Yemen (Saada)", "north-yemen", "yemen"),
        ("the West Germany of the 1970s", None, "germany"),
    ],
)
def test_a_side_of_a_country_is_never_the_country(tmp_path, line, part, country):
    places, _written = _stated(tmp_path, line)
    assert country not in places
    assert part is None or part in places


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # countries whose own names open with a compass word
        ("East Timor", "timor-leste"),
        ("South Sudan", "south-sudan"),
        ("North Korea", "north-korea"),
        ("Western Sahara", "western-sahara"),
    ],
)
def test_a_country_named_with_a_compass_word_is_the_country(tmp_path, line, place):
    assert _stated(tmp_path, line)[0] == {place}
