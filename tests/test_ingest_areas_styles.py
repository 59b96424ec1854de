"""The sixteenth round's shapes of an areas section written in a style the collection does not
use (#11, #12), banked in wordings of our own before the rule, each with controls that look
alike and must read as before:

- an infobox of 'Field: value' lines where the areas line is expected: only its areas field
  names where the group operates; where it was founded, who founded or commands it, whom it
  fights and its status name no area;
- a first-level unit written with its designator ('Diyala Province', 'the Republic of
  Ingushetia') and stated as the gazetteer's unit answers to the text's wording too, whatever
  the gazetteer calls it ('Diyālá'); a town, a district, a part or a country gets no label;
- an item the gazetteer does not know that is a clause or a date ('Since 2014', '(Papadopoulos
  2019)', 'through <an allied group>', '… lies in …') is neither a part of the place it is
  written in nor a text of its own; a place's name the gazetteer lacks is still kept as text;
- a state or a union as the subject of a ban or a listing of the group ('the United Kingdom
  proscribed it in 2014', 'Saudi Arabia bans the group') is who bans, never an area (the
  fourteenth round read only the ban written before the place: 'banned in the United
  Kingdom'); a named state as the subject of backing the group ('Iran funds and arms it',
  'Qatar has financed the movement') is its sponsor, never an area."""

from __future__ import annotations

import re

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.area_fields import infobox_areas
from kg.ingest.profile_facts import area_items
from kg.namespaces import KG
from tests.test_ingest_areas_regions import _areas


# -- an infobox: its areas field alone ---------------------------------------------------------
@pytest.mark.parametrize(
    ("infobox", "places", "never"),
    [
        # the areas field long enough to stay inside the block, between other fields
        ("Name: Sahel Liberation Front\nFounded: 3 March 2004, Gao\nCommander: Amadou Diallo\n"
         "Area of activity: northern Mali, the Tillabéri region of Niger and the Soum province "
         "of Burkina Faso\nStatus: active",
         {"northern-mali", "ne-6", "bf-som"}, {"gao-2457163", "namur-2790471"}),
        # dotted leaders instead of colons, the founding town in its own field
        ("Full name .......... Mountain Brigades of the Caucasus\n"
         "Founded .......... 1999, Grozny\nArea of operations .......... Ingushetia; Chechnya\n"
         "Allies .......... Caucasus Emirate",
         {"ru-in", "ru-ce"}, {"grozny-558418"}),
        # bullets; a headquarters abroad and the state it fights are other fields
        ("- Founder: Carlos Mendes\n- Headquarters: Lisbon\n- Operating areas: Angola (Cabinda)\n"
         "- Opponents: Government of Angola\n- Strength: about 2,000",
         {"angola", "cabinda-2243271"}, {"lisbon-2267057"}),
    ],
)
def test_an_infobox_states_its_areas_field_alone(tmp_path, infobox, places, never):
    stated, written, _ = _areas(tmp_path, infobox)
    assert stated == places
    assert not stated & never
    # no field's label or value is kept as the text of an area either
    assert written == set()


def test_an_infobox_without_an_areas_field_drops_its_other_fields(tmp_path):
    # the place heading among the fields is still read as one
    stated, written, _ = _areas(
        tmp_path, "Name: Sahel Liberation Front\nFounded: 1990, Kabul\nLeader: Amadou Diallo\n"
        "Mali: Gao",
    )
    assert stated == {"mali", "gao-2457163"}
    assert written == set()


@pytest.mark.parametrize(
    ("line", "places"),
    [
        # place headings, one a line, are no infobox: every line is read
        ("- China: Xinjiang\n- Pakistan: North Waziristan\n- Syria: Idlib province",
         {"china", "cn-xj", "pakistan", "north-waziristan", "syria", "sy-id"}),
        ("Mali: Gao\nNiger: Tillabéri\nBurkina Faso: Soum",
         {"mali", "gao-2457163", "niger", "tillaberi-2438678", "burkina-faso", "bf-som"}),
        # one label that is a field's word among labels of places and bases
        ("- Nepal: the whole country\n- Base area: Rolpa district\n- Leadership hideouts: India",
         {"nepal", "rolpa-district", "india"}),
        # an areas field on a line of its own
        ("Area of operations: Mali and Niger", {"mali", "niger"}),
    ],
)
def test_lines_of_place_headings_are_no_infobox(tmp_path, line, places):
    assert _areas(tmp_path, line)[0] == places


def test_an_infobox_keeps_its_lines_where_they_were():
    text = ("Name: Sahel Liberation Front\nFounded: 2004, Gao\nArea of operations: Mali; Niger\n"
            "Status: active")
    kept, dropped = infobox_areas(text)
    assert [field.label for field in dropped] == ["Name", "Founded", "Status"]
    # the same lines at the same offsets: the review's line numbers stay right
    assert len(kept) == len(text) and kept.count("\n") == text.count("\n")
    assert kept.index("Mali; Niger") == text.index("Mali; Niger")
    assert area_items(text) == ["Mali", "Niger"]


@pytest.mark.parametrize(
    "text",
    [
        "India: Assam; Bhutan: camps until 2003",
        "Pakistan: Balochistan province\nIran: Sistan and Baluchestan Province",
        "Name: Sahel Liberation Front\nMali: Gao\nNiger: Tillabéri",
    ],
)
def test_fewer_than_two_fields_make_no_infobox(text):
    assert infobox_areas(text) == (text, [])


# -- a unit answers to the text's wording ------------------------------------------------------
def _labels(graph, place: str) -> set[str]:
    iri = next(o for o in graph.objects(None, KG.areaOfOperation)
               if str(o).rsplit("/", 1)[-1] == place)
    assert isinstance(iri, URIRef)
    return {str(label) for label in graph.objects(iri, SKOS.altLabel)}


@pytest.mark.parametrize(
    ("line", "place", "label"),
    [
        ("Iraq: Nineveh Governorate, Diyala Province and Baghdad", "iq-di", "Diyala Province"),
        ("Iraq: Nineveh Governorate, Diyala Province and Baghdad", "iq-ni",
         "Nineveh Governorate"),
        ("Russia: the Republic of Ingushetia", "ru-in", "Republic of Ingushetia"),
        ("Spain: the Province of Alicante", "es-a", "Province of Alicante"),
        ("Pakistan (Khyber Pakhtunkhwa province)", "pk-kp", "Khyber Pakhtunkhwa province"),
    ],
)
def test_a_unit_answers_to_the_texts_wording(tmp_path, line, place, label):
    stated, _, graph = _areas(tmp_path, line)
    assert place in stated
    assert label in _labels(graph, place)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # a country written with its designator first is the country, labelled as before
        ("the Republic of Ireland (Dublin)", "ireland"),
        ("the Republic of the Congo", "republic-of-the-congo"),
        # a town, and a side of a unit (a part), have no designator of a unit
        ("Iraq: Nineveh Governorate, Diyala Province and Baghdad", "iraq"),
        ("Northern Rakhine State, Myanmar", "northern-rakhine-state"),
    ],
)
def test_a_country_a_town_or_a_part_gets_no_written_unit_label(tmp_path, line, place):
    stated, _, graph = _areas(tmp_path, line)
    assert place in stated
    assert not {label for label in _labels(graph, place)
                if re.search(r"(?i)republic|province|governorate|state", label)}


# -- a clause or a date is no place's name -----------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Mali; Since 2014", {"mali"}),
        ("Kenya, through the al-Hijra network", {"kenya"}),
        ("Greece (Papadopoulos 2019)", {"greece"}),
        ("Chad; in ceasefire since March 2020", {"chad"}),
        ("Somalia (the Dhagax Dheer quarter lies in the Hawlwadaag District)", {"somalia"}),
    ],
)
def test_a_clause_or_a_date_states_no_area(tmp_path, line, places):
    stated, written, _ = _areas(tmp_path, line)
    assert stated == places
    assert written == set()


@pytest.mark.parametrize(
    ("line", "places", "written"),
    [
        # names the gazetteer lacks are kept as text, as before
        ("Mozambique: the Cabo Delgado coast; the Lacandon Jungle; the Cal Madow range",
         {"mozambique", "cabo-delgado-coast"}, {"Lacandon Jungle", "Cal Madow range"}),
        # a year beside a place the gazetteer knows leaves the place
        ("Jordan until 1971; Lebanon", {"jordan", "lebanon"}, set()),
        ("Spain (Navarre, Basque Country); Turkey (1990s)",
         {"spain", "es-nc", "es-pv", "turkey"}, set()),
    ],
)
def test_a_clause_or_a_date_controls(tmp_path, line, places, written):
    stated, kept, _ = _areas(tmp_path, line)
    assert stated == places
    assert kept == written


# -- a state that bans or lists the group ------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Iraq and Syria; the United Kingdom proscribed it in 2014", {"iraq", "syria"}),
        ("Yemen; Saudi Arabia bans it", {"yemen"}),
        ("Algeria; Morocco has outlawed the group since 2003", {"algeria"}),
        ("Mali, Niger; the European Union lists it as a terrorist organisation",
         {"mali", "niger"}),
    ],
)
def test_a_state_that_bans_the_group_is_no_area(tmp_path, line, places):
    stated, written, _ = _areas(tmp_path, line)
    assert stated == places
    assert written == set()


@pytest.mark.parametrize(
    ("line", "places"),
    [
        # the group's own ban where it is, and a ban written before the place, as before
        ("Kenya, where the group banned music in Lamu", {"kenya"}),
        ("Pakistan; banned in the United Kingdom", {"pakistan"}),
        # a place that is an item of its own beside a bracket about a ban stays an item
        ("Turkey; Germany (banned it in 1993) and France", {"turkey", "germany", "france"}),
        # the group as the subject that lists: its own targets, read as before
        ("Chad; the group lists Niger among its fronts", {"chad", "niger"}),
    ],
)
def test_a_ban_controls(tmp_path, line, places):
    assert _areas(tmp_path, line)[0] == places


# -- a state that backs the group --------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("Lebanon and Syria; Iran funds and arms it", {"lebanon", "syria"}),
        ("Yemen; Saudi Arabia openly backs the group", {"yemen"}),
        ("Iraq; Syria has long trained the movement", {"iraq"}),
        ("Somalia; Eritrea supports them", {"somalia"}),
    ],
)
def test_a_state_that_backs_the_group_is_no_area(tmp_path, line, places):
    assert _areas(tmp_path, line)[0] == places


@pytest.mark.parametrize(
    ("line", "places"),
    [
        # who backs it is no named place: where they back it is the group's area
        ("Mali; local tribes support it in Kidal", {"mali", "kidal-2455290"}),
        # a clause of where the group trains is its own presence
        ("Afghanistan; Pakistan, where it trains its recruits", {"afghanistan", "pakistan"}),
        # a place the group backs others in is no sponsor's name
        ("Chad and Niger; it funds cells in Nigeria", {"chad", "niger", "nigeria"}),
    ],
)
def test_a_sponsor_controls(tmp_path, line, places):
    assert _areas(tmp_path, line)[0] == places
