"""The fourteenth round's shapes of where a group operates (#11, #12), read by structure and
banked in wordings of our own before the rule, each with controls that look alike and must
state nothing or something narrower: a history's area in passing only for the group itself
(never another's forces or groups), a place an item includes ('West Kordofan incl. Babanusa'),
or excludes, a city's metropolitan area, and the shapes taken from the reverted `88ab6d5`
whose controls pass (a compass word inside a unit's own name, degree and neighbour words, a
unit written before its name, a mainland locator, another name in brackets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal

from kg.ingest import ingest_profile
from kg.ingest.area_phrases import unit_name
from kg.ingest.profile_facts import area_items
from kg.namespaces import KG, SCHEMA
from tests.test_ingest_areas_regions import _areas

# the curated gazetteer (data/places.ttl), as a fixture
from tests.test_ingest_areas_regions import curated as curated


def _history_areas(tmp_path: Path, areas_line: str, history: str) -> set[str]:
    """The areas a profile states whose areas line and history are the ones given."""
    text = (
        "Terrorism Profiles\n\nDelta Brigades (DB)\n\nAlternative Names:\n\nKataib al-Delta\n\n"
        f"{areas_line}\n\nSamir Haddad has led the group since 2011.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2012: The group attacked a checkpoint. (2 killed)\n"
    )
    result = ingest_profile(tmp_path / "db.txt", text=text, existing=Dataset())
    graph = result.dataset
    return {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, KG.areaOfOperation)}


# -- a history's area in passing: the group's own, never another's ---------------------------
@pytest.mark.parametrize(
    ("history", "place"),
    [
        ("In 2009 its founder rebuilt the movement in Kandahar Province around a network of "
         "madrasas.", "af-kan"),
        ("Army units later overran the hideouts of the group in Peshawar.", "peshawar-1168197"),
        ("By 2016 the organisation had extended its presence in Mombasa.", "mombasa-186301"),
    ],
)
def test_a_history_names_the_groups_own_place_in_passing(tmp_path, history, place):
    assert place in _history_areas(tmp_path, "Chad.", history)


@pytest.mark.parametrize(
    ("history", "place"),
    [
        # where a leader was killed, by another's forces
        ("Its commander was shot dead by Kenyan security forces in Mombasa in March 2014.",
         "mombasa-186301"),
        # a rival's or a predecessor's group
        ("The group grew out of a Salafi study group in Kandahar.", "kandahar-1138336"),
        ("It was raised to fight rival movements in Peshawar and the tribal belt.",
         "peshawar-1168197"),
        # a state's own forces where the group only fought them
        ("Its fighters clashed with Coalition forces in Kandahar throughout 2007.",
         "kandahar-1138336"),
        # a body that only designates the group
        ("Canada listed the group as a terrorist organisation in Toronto in 2012.",
         "toronto-6167865"),
    ],
)
def test_another_ones_forces_or_groups_state_no_area(tmp_path, history, place):
    assert place not in _history_areas(tmp_path, "Chad.", history)


# -- a place an item includes, or excludes ---------------------------------------------------
@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Sudan: West Kordofan incl. Babanusa; Blue Nile",
         ["Sudan", "West Kordofan", "Babanusa", "Blue Nile"]),
        ("Nigeria (Borno State including Maiduguri, Yobe State)",
         ["Nigeria", "Borno State", "Maiduguri", "Yobe State"]),
        ("Kenya: Lamu County esp. Mpeketoni and Garissa County",
         ["Kenya", "Lamu County", "Mpeketoni", "Garissa County"]),
        ("Sri Lanka: Eastern Province notably Batticaloa",
         ["Sri Lanka", "Eastern Province", "Batticaloa"]),
    ],
)
def test_an_item_that_includes_a_place_names_both(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Sudan: West Kordofan except Babanusa; Blue Nile",
         ["Sudan", "West Kordofan", "Blue Nile"]),
        ("Mali (the Gao Region excluding Ansongo, Kidal)", ["Mali", "Gao Region", "Kidal"]),
        ("Somalia: Gedo but not Beled Hawo", ["Somalia", "Gedo"]),
        # no name after the word: nothing split off
        ("Kenya including its refugee camps", ["Kenya including its refugee camps"]),
    ],
)
def test_an_item_that_excludes_a_place_never_names_it(line, items):
    assert area_items(line) == items


def test_an_included_town_is_stated_with_its_unit(tmp_path):
    places, written, _ = _areas(tmp_path, "Sudan: West Darfur incl. El Geneina.")
    assert {"sudan", "sd-dw", "al-junaynah-379303"} <= places, places
    assert not any("incl" in p for p in places) and not written, (places, written)


def test_an_excluded_town_is_never_stated(tmp_path):
    places, written, _ = _areas(tmp_path, "Sudan: North Darfur except El Fasher.")
    assert "el-fasher-379555" not in places and "sd-dn" in places, places
    assert not any("except" in p for p in places) and not written, (places, written)


# -- a city's metropolitan area: the city, never a part minted under the area's name ---------
@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Japan: the Osaka metropolitan area, Okinawa.", "osaka-1853909"),
        ("Kenya; the Nairobi metro area.", "nairobi-184745"),
        ("Nigeria, above all the Lagos metropolitan region.", "lagos-2332459"),
    ],
)
def test_a_metropolitan_area_is_its_city(tmp_path, line, city):
    places, written, _ = _areas(tmp_path, line)
    assert city in places, places
    assert not any("metro" in p for p in places) and not written, (places, written)


@pytest.mark.parametrize(
    ("line", "unwanted"),
    [
        # a region of data/places.ttl under that name stays the region
        ("Egypt: the Cairo metropolitan area.", "cairo-360630"),
        ("Egypt, the Cairo metropolitan area.", "cairo-360630"),
        # a metropolitan area named by its kind alone is no city
        ("Chile: the metropolitan area.", "santiago-3871336"),
        # a city of another country than the line's heading is a namesake, not the area
        ("Peru: the Valencia metropolitan area.", "valencia-2509954"),
    ],
)
def test_a_metropolitan_area_controls(tmp_path, curated, line, unwanted):
    places, _written, _ = _areas(tmp_path, line, curated)
    assert unwanted not in places, places


# -- taken from 88ab6d5: a compass word inside a unit's own name -----------------------------
@pytest.mark.parametrize(
    ("written", "bare"),
    [("North Aceh District", "North Aceh"), ("South Waziristan Agency", "South Waziristan"),
     ("Upper Dir District", "Upper Dir"), ("West Pokot County", "West Pokot")],
)
def test_a_compass_word_inside_a_units_name(written, bare):
    assert unit_name(written) == bare


@pytest.mark.parametrize("written", ["Northern Rakhine State", "Central Region",
                                     "South-eastern Anatolia Region", "Lower Province",
                                     "the North District"])
def test_a_side_of_a_unit_or_a_side_alone_has_no_bare_name(written):
    assert unit_name(written) is None


def test_a_district_with_a_compass_word_answers_to_its_bare_name(tmp_path):
    _places, _written, graph = _areas(
        tmp_path, "Indonesia: Aceh province, above all the districts of Pidie and North Aceh."
    )
    labels = {str(o) for o in graph.objects(None, None) if isinstance(o, Literal)}
    assert "North Aceh" in labels, labels


# -- taken from 88ab6d5: degree and neighbour words are no part of a name --------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Peru, to a lesser extent Bolivia.", {"peru", "bolivia"}),
        ("Chile; in smaller measure Argentina.", {"chile", "argentina"}),
        ("Nigeria and, to a lesser degree, Niger.", {"nigeria", "niger"}),
        ("Burkina Faso and the neighbouring Mali.", {"burkina-faso", "mali"}),
    ],
)
def test_degree_and_neighbour_words_are_no_names(tmp_path, line, expected):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a comparison names a region the group does not operate in
        ("Mali, to a lesser extent than in the Sahel.", {"mali"}),
        ("Niger; less active than in Nigeria.", {"niger"}),
        ("Chad, as in Sudan, by night raids.", {"chad"}),
        # a neighbour word with no name after it names no place
        ("Mali and the neighbouring countries.", {"mali"}),
        ("Peru and, to a lesser extent, adjacent areas.", {"peru"}),
    ],
)
def test_degree_and_neighbour_controls(tmp_path, line, expected):
    places, _written, _ = _areas(tmp_path, line)
    assert places == expected, places


# -- taken from 88ab6d5: a unit written before its name; a mainland locator ------------------
@pytest.mark.parametrize(
    ("line", "unit"),
    [("Puerto Rico; the State of Connecticut.", "us-ct"),
     ("Mexico: the State of Chihuahua.", "mx-chh"),
     ("Peru: the Department of Ayacucho.", "pe-aya")],
)
def test_a_unit_written_before_its_name(tmp_path, line, unit):
    places, written, _ = _areas(tmp_path, line)
    assert unit in places, places
    assert not written


@pytest.mark.parametrize(
    ("line", "unwanted"),
    [
        # a country's own formal name is the country, no unit of it
        ("Israel: the State of Israel.", "il-"),
        # a unit of another country with the same name: the line's country holds it
        ("Venezuela: the State of Mexico.", "mx-mex"),
        # a state that only designates the group is no unit it operates in
        ("Somalia; designated by the State of Qatar.", "qatar"),
    ],
)
def test_a_unit_written_before_its_name_controls(tmp_path, line, unwanted):
    places, _written, _ = _areas(tmp_path, line)
    assert not any(p.startswith(unwanted) for p in places), places


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
        ("Bavaria; Quebec, in metropolitan France.", "france"),  # Quebec is not in it
    ],
)
def test_a_locator_that_does_not_hold_the_item_is_stated(tmp_path, line, country):
    places, _, _ = _areas(tmp_path, line)
    assert country in places, places


# -- taken from 88ab6d5: another name in brackets is no place --------------------------------
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kenya (Mandera), Somalia.", {"kenya", "somalia", "mandera-187896"}),
        ("Syria (chiefly Idlib Governorate).", {"syria", "sy-id"}),
    ],
)
def test_brackets_that_name_a_place_still_do(tmp_path, line, expected):
    places, _, _ = _areas(tmp_path, line)
    assert expected <= places, places


def test_the_areas_text_keeps_nothing_of_a_removed_word(tmp_path):
    _places, _written, graph = _areas(tmp_path, "Peru, to a lesser extent Bolivia.")
    assert not {str(o) for o in graph.objects(None, SCHEMA.areaServed)}


# -- a "where" clause after a country: the group's own presence, inside that country --------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Somalia, where its units have long held ground around Kismayo.",
         {"somalia", "kismayo-55671"}),
        ("Mali; Niger, where the group has kept cells in Niamey since 2019.",
         {"mali", "niger", "niamey-2440485"}),
        ("Kenya (where its fighters were deployed to Mombasa in 2014).",
         {"kenya", "mombasa-186301"}),
    ],
)
def test_a_where_clause_of_the_groups_presence_names_a_place_inside_its_country(
    tmp_path, line, expected
):
    places, written, _ = _areas(tmp_path, line)
    assert places == expected, places
    assert not written


@pytest.mark.parametrize(
    ("line", "allowed"),
    [
        # a rival's base
        ("Syria, where its rival Jabhat al-Nusra held Idlib.", {"syria"}),
        # a place the group is banned in
        ("Lebanon, where the group is banned in Beirut.", {"lebanon"}),
        # a diaspora's funding
        ("Canada, where the diaspora raised funds in Toronto.", {"canada"}),
        # where its leader was killed
        ("Qatar, where its leader was killed in Doha in 2012.", {"qatar"}),
        # a reference point only
        ("Yemen, where its fighters were deployed near Aden.", {"yemen"}),
        # not inside the country the clause follows
        ("Mali, where it kept bases in Nairobi.", {"mali"}),
    ],
)
def test_a_where_clause_of_anything_else_states_nothing(tmp_path, line, allowed):
    places, _written, _ = _areas(tmp_path, line)
    assert places <= allowed, places


# -- taken from 88ab6d5: the designators units come in, shared by a list (with the article) --
@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("DR Congo: the territories of Beni and Lubero",
         ["DR Congo", "Beni Territory", "Lubero Territory"]),
        ("Pakistan: the agencies of Kurram and Orakzai",
         ["Pakistan", "Kurram Agency", "Orakzai Agency"]),
        ("Ethiopia, chiefly the Guji and Borana zones",
         ["Ethiopia", "Guji Zone", "Borana Zone"]),
    ],
)
def test_a_list_shares_its_units_designator(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # countries after the designator stay the countries, never units of them
        ("Middle East: the territories of Israel and Jordan.", {"israel", "jordan"}),
        # a qualifier before the designator: left to the other readers, nothing new
        ("Gaza; the occupied territories of the West Bank and Gaza.", None),
        # one name: no list, nothing shared
        ("Ethiopia: the zones of Oromia.", None),
    ],
)
def test_a_shared_designator_controls(tmp_path, line, expected):
    places, _written, _ = _areas(tmp_path, line)
    if expected is not None:
        assert expected <= places, places
    assert not any(p.endswith(("-territory", "-zone")) for p in places), places


def test_a_where_clause_after_coordinated_countries_reads_the_last(tmp_path, curated):
    places, _written, _ = _areas(
        tmp_path, "Syria and Lebanon, where it kept camps in the Bekaa Valley.", curated
    )
    assert places == {"syria", "lebanon", "bekaa-valley"}, places


# -- a place named for a ban, a listing, a diaspora or a rival is no area --------------------
@pytest.mark.parametrize(
    ("line", "unwanted"),
    [
        ("Sri Lanka; banned in the United Kingdom.", "united-kingdom"),
        ("Somalia; proscribed in Canada since 2008.", "canada"),
        ("Somalia; designated a terrorist organisation by Australia.", "australia"),
        ("Sri Lanka; fund-raising among the diaspora in Canada.", "canada"),
        ("Turkey; donations from émigrés in Germany.", "germany"),
        ("Iraq; its rival's bases in Syria.", "syria"),
        ("Yemen, with its enemies holding Aden.", "aden-415189"),
    ],
)
def test_a_ban_a_diaspora_or_a_rival_names_no_area(tmp_path, line, unwanted):
    places, written, _ = _areas(tmp_path, line)
    assert unwanted not in places, places
    assert not written, written


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # the group's own networks, members and leadership still are where they are
        ("Northern Ireland; support networks in Scotland.", "gb-sct"),
        ("Spain; members arrested in France.", "france"),
        ("Uzbekistan; recruitment networks in Germany.", "germany"),
    ],
)
def test_the_groups_own_networks_and_members_are_areas(tmp_path, line, wanted):
    places, _written, _ = _areas(tmp_path, line)
    assert any(p.startswith(wanted) for p in places), places


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Sri Lanka; banned in the United Kingdom.", "a ban, a listing"),
        ("Mali, to a lesser extent than in the Sahel.", "only to compare"),
        ("Syria, where its leader was killed in Damascus.", "does not say the group"),
    ],
)
def test_the_review_says_why_an_item_states_nothing(tmp_path, line, said):
    text = (
        "Terrorism Profiles\n\nDelta Brigades (DB)\n\nAlternative Names:\n\nKataib al-Delta\n\n"
        f"{line}\n\nSamir Haddad has led the group since 2011.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        "The group emerged in 2011.\n\nMajor Attacks:\n\nJune 2012: The group attacked a "
        "checkpoint. (2 killed)\n"
    )
    result = ingest_profile(tmp_path / "db.txt", text=text, existing=Dataset())
    assert any(said in problem.message for problem in result.problems), [
        p.message for p in result.problems
    ]


@pytest.mark.parametrize(
    ("history", "place"),
    [
        # the group described by the article and lower-case words only
        ("It became the largest armed group inside Kenya by 2010.", "kenya"),
        ("By 2015 it was counted among the strongest rebel groups in Uganda.", "uganda"),
    ],
)
def test_the_group_described_in_a_history_names_its_place(tmp_path, history, place):
    assert place in _history_areas(tmp_path, "Chad.", history)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the group's own people under a participle, and a verb of attack
        ("Italy, where cells using its name have struck in Milan.", {"italy", "milan-3173435"}),
        ("Greece, where fighters loyal to it attacked in Athens.", {"greece", "athens-264371"}),
    ],
)
def test_a_where_clause_of_the_groups_people_and_attacks(tmp_path, line, expected):
    places, _written, _ = _areas(tmp_path, line)
    assert places == expected, places


@pytest.mark.parametrize(
    "line",
    [
        "Italy, where rival cells have struck in Milan.",
        "Greece, where members of the group were arrested in Athens.",
    ],
)
def test_a_where_clause_of_rivals_or_arrests_states_nothing_more(tmp_path, line):
    places, _written, _ = _areas(tmp_path, line)
    assert len(places) == 1, places
