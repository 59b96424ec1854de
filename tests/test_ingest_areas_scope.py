"""The thirteenth round's shapes of an areas line (#11, #12), each in a bank of wordings of our
own with controls that look alike and must state nothing more: a list of units qualified by the
region that holds them, units named before their designator and the one place after 'of', a
unit whose own name holds a compass word, a side answering to the text's wording, the place an
item names as its holder, a part described inside the line's one country, a 'where' clause, a
locator of the country's mainland, a unit written before its name, another name in brackets,
degree words; and the regions `data/places.ttl` gained (Niger Delta, Makran, Pacific
Northwest, Luzon)."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest.area_phrases import unit_name
from kg.ingest.profile_facts import area_items, area_items_within
from kg.namespaces import KG, PLACE
from tests.test_ingest_areas_regions import _areas, _country_of

# the curated gazetteer and data/places.ttl, as fixtures
from tests.test_ingest_areas_regions import curated as curated
from tests.test_ingest_areas_regions import places_ttl as places_ttl


# -- a list of units qualified by what holds it: "the <Region> <units> of A, B and C" --------
@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Nigeria: the Middle Belt states of Plateau, Benue and Nasarawa",
         ["Nigeria", "Middle Belt", "Plateau State", "Benue State", "Nasarawa State"]),
        ("Peru: the remote VRAEM provinces of La Convención and Huanta",
         ["Peru", "VRAEM", "La Convención Province", "Huanta Province"]),
        ("Iraq and the Syrian governorates of Raqqa, Deir ez-Zor and Hasakah",
         ["Iraq", "Syrian", "Raqqa Governorate", "Deir ez-Zor Governorate",
          "Hasakah Governorate"]),
        # the article left out, and the designators units come in
        ("Mexico: municipalities of Apatzingán and Aguililla",
         ["Mexico", "Apatzingán Municipality", "Aguililla Municipality"]),
        ("DR Congo: the territories of Beni and Lubero",
         ["DR Congo", "Beni Territory", "Lubero Territory"]),
        ("Pakistan: the agencies of Kurram and Orakzai",
         ["Pakistan", "Kurram Agency", "Orakzai Agency"]),
    ],
)
def test_a_list_of_units_takes_its_designator_and_its_region_is_an_item(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        # a description alone: the regions are parts of the countries, not units so named
        ("Iraq: the border regions of Syria and Jordan", ["Iraq", "Syria", "Jordan"]),
        # no names after "of": a described part, left whole
        ("Yemen, above all Aden and the tribal districts of the east",
         ["Yemen", "Aden", "tribal districts of the east"]),
        # an item with its own designator ends the list
        ("Kenya: the Coast counties of Lamu and Kwale, and Garissa county",
         ["Kenya", "Coast", "Lamu County", "Kwale County", "Garissa county"]),
    ],
)
def test_a_list_of_units_controls(line, items):
    assert area_items(line) == items


def test_the_adjective_of_a_list_of_units_states_only_the_units(tmp_path):
    places, written, _ = _areas(tmp_path, "Iraq and the Syrian governorates of Raqqa and Hama.")
    assert places == {"iraq", "sy-ra", "sy-hm"}, places
    assert not written


# -- units named before their plural designator, and after "of" the one place holding them ---
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Somalia: the Gedo and Bakool regions of south-western Somalia",
         [("south-western Somalia", None), ("Gedo Region", "south-western Somalia"),
          ("Bakool Region", "south-western Somalia")]),
        ("Ethiopia: the Arsi zones of central Oromia",
         [("central Oromia", None), ("Arsi zones", "central Oromia")]),
        ("the Kurram and Orakzai agencies of Khyber Pakhtunkhwa, Pakistan",
         [("Khyber Pakhtunkhwa", None), ("Kurram Agency", "Khyber Pakhtunkhwa"),
          ("Orakzai Agency", "Khyber Pakhtunkhwa"), ("Pakistan", None)]),
    ],
)
def test_units_before_their_designator_lie_in_the_place_after_of(line, expected):
    got = [(item.name, item.owner) for item in area_items_within(line)
           if item.heading is None or item.name != item.heading]
    assert [g for g in got if g[0] in {e[0] for e in expected}] == expected


def test_a_list_after_of_is_the_units_not_their_holder():
    # control: "the Lamu counties of Witu, Mpeketoni and Hindi" names three units
    assert area_items("Kenya: the Lamu counties of Witu, Mpeketoni and Hindi") == [
        "Kenya", "Lamu", "Witu County", "Mpeketoni County", "Hindi County",
    ]


def test_a_side_taken_from_a_clause_is_still_a_side(tmp_path):
    # "operates mostly in northern Mozambique": the side of the country, not text
    for line, part in [
        ("The front is said to be active mainly in northern Mozambique.", "northern-mozambique"),
        ("Its cells are believed to operate chiefly in eastern Chad.", "eastern-chad"),
        ("The group works mostly in western Oromia (Arsi zones).", "western-oromia"),
    ]:
        places, written, _graph = _areas(tmp_path, line)
        assert part in places, (line, places)
        assert not written, written


# -- a unit whose own name holds a compass word answers to its bare name --------------------
@pytest.mark.parametrize(
    ("written", "bare"),
    [("North Aceh District", "North Aceh"), ("South Waziristan Agency", "South Waziristan"),
     ("Upper Dir District", "Upper Dir"), ("West Pokot County", "West Pokot")],
)
def test_a_compass_word_inside_a_units_name(written, bare):
    assert unit_name(written) == bare


@pytest.mark.parametrize("written", ["Northern Rakhine State", "Central Region",
                                     "South-eastern Anatolia Region", "Lower Province"])
def test_a_side_of_a_unit_or_a_side_alone_has_no_bare_name(written):
    assert unit_name(written) is None


# -- a side answers to the text's own wording too --------------------------------------------
@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("North Kivu, in the east of the Democratic Republic of the Congo.",
         "east of the Democratic Republic of the Congo"),
        ("Tillabéri, in the west of Niger.", "west of Niger"),
        ("Cabo Delgado, in the far north of Mozambique.", "far north of Mozambique"),
    ],
)
def test_a_side_answers_to_its_wording(tmp_path, line, written):
    _places, _, graph = _areas(tmp_path, line)
    labels = {str(o) for o in graph.objects(None, SKOS.altLabel)} | {
        str(o) for o in graph.objects(None, SKOS.prefLabel)
    }
    assert written in labels, labels


# -- the place an item names as holding it is an area too ------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Hazara Division of Pakistan's Khyber Pakhtunkhwa province.",
         {"hazara-division", "pk-kp"}),
        ("the Kurram Valley of Pakistan", {"kurram-valley", "pakistan"}),
        ("the Gedo Region of Somalia", {"so-ge", "somalia"}),
    ],
)
def test_the_holder_an_item_names_is_an_area(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    ("line", "not_stated"),
    [
        ("Nigeria: the Gulf of Guinea.", "guinea"),
        ("the Democratic Republic of the Congo.", "republic-of-the-congo"),
        ("Syria: the north of Hama province.", "sy-hm"),
        # a possessive states what it owns, not the owner (the keys list the country only
        # where the line names it apart); a side or a designator before "of" is no holder
        ("Kenya's Mandera County.", "kenya"),
        ("In the west of Chad operates the group, around Mao.", "chad"),
        ("Oaxaca; the State of Mexico.", "mexico"),
    ],
)
def test_of_inside_a_name_or_a_side_names_no_holder(tmp_path, line, not_stated):
    places, _, _ = _areas(tmp_path, line)
    assert not_stated not in places, places


# -- a part described inside the line's one country; a named unit it lacks -------------------
@pytest.mark.parametrize(
    ("line", "part", "country"),
    [
        ("Mali, chiefly Gao and the rural areas of the north.", "rural-areas-of-the-north",
         "mali"),
        ("Peru, principally Lima and the coastal zone of the country.",
         "coastal-zone-of-the-country", "peru"),
        ("North Kivu, in the east of the Democratic Republic of the Congo, and the Bunyakiri "
         "Territory.", "bunyakiri-territory", "democratic-republic-of-the-congo"),
    ],
)
def test_a_part_of_the_lines_one_country(tmp_path, line, part, country):
    places, written, graph = _areas(tmp_path, line)
    assert part in places, places
    assert (PLACE[part], KG.locatedIn, PLACE[country]) in graph
    assert not written


@pytest.mark.parametrize(
    "line",
    [
        "Mali and Niger, chiefly the rural areas of the north.",
        "Peru; Bolivia; the coastal zone of the country.",
        "Uganda and Kenya: the Rwenzori Valley.",
    ],
)
def test_with_several_countries_the_part_is_nobodys(tmp_path, line):
    places, _, _ = _areas(tmp_path, line)
    assert not any(p.startswith(("rural-", "coastal-", "rwenzori")) for p in places), places


# -- a "where" clause after a country ---------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Somalia, where its units have long held ground around Kismayo.",
         {"somalia", "kismayo-55671"}),
        ("Mali; Niger, where cells were reported around Niamey in 2019.",
         {"mali", "niger", "niamey-2440485"}),
        ("Yemen, where the group has been fighting in and around Aden since 2015.",
         {"yemen", "aden-415189"}),
    ],
)
def test_a_where_clause_names_a_place_inside_its_country(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    "line",
    [
        "Mali, where it kept bases around Nairobi.",  # not inside the country
        "Syria and Lebanon, where it kept camps near Zahle.",  # a reference point only
    ],
)
def test_a_where_clause_states_nothing_outside_or_beside(tmp_path, line):
    places, written, _ = _areas(tmp_path, line)
    assert places <= {"mali", "syria", "lebanon"}, places
    assert not written


# -- "in the continental United States": a locator of the item before ------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hawaii; Texas, in the continental United States.", {"us-hi", "us-tx"}),
        ("Corsica; Marseille, in metropolitan France.", {"fr-20r", "marseille-2995469"}),
        ("Hainan; Guangdong, in mainland China.", {"cn-hi", "cn-gd"}),
    ],
)
def test_a_mainland_locator_states_nothing_more(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("Guam, in the continental United States.", "united-states"),  # Guam is not in it
        ("Texas, in the United States.", "united-states"),  # no mainland word: as before
    ],
)
def test_a_locator_that_does_not_hold_the_item_is_stated(tmp_path, line, country):
    places, _, _ = _areas(tmp_path, line)
    assert country in places, places


# -- a unit written before its name; another name in brackets; degree words -----------------
@pytest.mark.parametrize(
    ("line", "unit"),
    [("Puerto Rico; the State of Connecticut.", "us-ct"),
     ("Mexico: the State of Chihuahua.", "mx-chh"),
     ("Peru: the Department of Ayacucho.", "pe-aya")],
)
def test_a_unit_written_before_its_name(tmp_path, line, unit):
    places, written, graph = _areas(tmp_path, line)
    assert unit in places, places
    assert not written
    # it answers to the text's wording too ("State of Connecticut")
    wording = line.split("the ", 1)[1].rstrip(".")
    assert Literal(wording, lang="en") in set(graph.objects(PLACE[unit], SKOS.altLabel))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the Democratic Republic of the Congo (formerly Zaire).",
         {"democratic-republic-of-the-congo"}),
        ("Khyber Pakhtunkhwa (known until 2010 as the North-West Frontier Province).",
         {"pk-kp"}),
        ("Sri Lanka (then called Ceylon), Tamil Nadu.", {"sri-lanka", "in-tn"}),
    ],
)
def test_another_name_in_brackets_is_no_place(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


def test_brackets_that_name_a_place_still_do(tmp_path):
    places, _, _ = _areas(tmp_path, "Kenya (Mandera), Somalia.")
    assert {"kenya", "somalia"} <= places and len(places) == 3, places


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Peru, to a lesser extent Bolivia.", {"peru", "bolivia"}),
        ("Chile; in smaller measure Argentina.", {"chile", "argentina"}),
        ("Nigeria and, to a lesser degree, Niger.", {"nigeria", "niger"}),
        ("Pakistan: Swat and the neighbouring Buner District.", {"pakistan", "buner-district"}),
    ],
)
def test_degree_and_neighbour_words_are_no_names(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert expected <= places, places
    assert not written


# -- regions data/places.ttl gained -----------------------------------------------------------
NEW_REGIONS = {
    "niger-delta": (["Niger Delta", "the Niger Delta region"], "NG"),
    "makran": (["Makran", "Makran Division"], "PK"),
    "pacific-northwest": (["Pacific Northwest", "the Pacific Northwest"], "US"),
    "luzon": (["Luzon", "Luzon island"], "PH"),
}


@pytest.mark.parametrize(
    ("key", "written"),
    [(key, w) for key, (wordings, _code) in NEW_REGIONS.items() for w in wordings],
)
def test_a_new_region_is_found_by_its_names(tmp_path, curated, key, written):
    places, _, _ = _areas(tmp_path, f"{written}.", curated)
    assert places == {key}, places


@pytest.mark.parametrize(("key", "code"), [(k, c) for k, (_w, c) in NEW_REGIONS.items()])
def test_a_new_region_and_its_members_lie_in_its_country(places_ttl, key, code):
    from kg.gazetteer import gazetteer

    region = PLACE[key]
    assert _country_of(places_ttl, region) == code
    assert places_ttl.value(region, DCTERMS.source) is not None
    for member in places_ttl.subjects(KG.locatedIn, region):
        assert gazetteer().place(str(member)) is not None
        assert _country_of(places_ttl, member) == code


def test_the_niger_delta_is_never_niger(tmp_path, curated):
    places, _, _ = _areas(
        tmp_path, "Nigeria: the oil-rich Niger Delta states of Akwa Ibom and Bayelsa.", curated
    )
    assert places == {"nigeria", "niger-delta", "ng-ak", "ng-by"}, places


def test_a_region_qualifying_districts_is_stated_with_them(tmp_path, curated):
    places, _, graph = _areas(
        tmp_path, "Pakistan: the Makran districts of Turbat and Pasni.", curated
    )
    assert {"pakistan", "makran", "turbat-district", "pasni-district"} <= places, places
    assert Literal("Pasni", lang="en") in set(graph.objects(PLACE["pasni-district"],
                                                            SKOS.altLabel))


# -- a unit named like a town elsewhere in its country, in a list of units -------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the United States (Oregon, Idaho and Montana).",
         {"united-states", "us-or", "us-id", "us-mt"}),
        ("California and Nevada.", {"us-ca", "us-nv"}),
        ("Washington and Oregon; cells also in Utah.", {"us-wa", "us-or", "us-ut"}),
    ],
)
def test_a_list_of_units_is_not_read_as_namesake_towns(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    "line",
    ["Washington, D.C.", "the United States: New York, Washington and Chicago."],
)
def test_the_capital_stays_where_the_list_is_of_cities(tmp_path, line):
    places, _, _ = _areas(tmp_path, line)
    assert "washington-4140963" in places and "us-wa" not in places, places


# -- a sentence that opens with its verb, then the place -------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Struck the cells above all in Corsica.", {"fr-20r"}),
        ("Operated its commandos chiefly in the Peruvian Amazon.", {"peruvian-amazon"}),
        ("Fought the columns for years in Ayacucho and Huancavelica.",
         {"ayacucho-3947019", "huancavelica-3939470"}),
    ],
)
def test_a_clause_with_a_capitalised_verb_leads_up_to_its_place(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert expected <= places, places
    assert not written


def test_a_name_and_one_word_before_in_stay_a_name():
    # control: "Kashmir valley in India" is no clause with a verb before the place
    assert area_items("Kashmir valley in India; Gao") == ["Kashmir valley in India", "Gao"]

