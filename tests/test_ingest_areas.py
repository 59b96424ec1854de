"""The areas-of-operation line read as a small grammar: a heading, items with parenthesised
parts, a plural designator shared by a list, filler words; a region named after a continent
("South Asia") is kept as written and never coarsened to the continent."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal

from kg.ingest import ingest_profile
from kg.ingest.profile_facts import area_items
from kg.namespaces import KG, SCHEMA


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "East Africa: Kenya (Mandera, Wajir and Garissa Counties), Somalia.",
            ["East Africa", "Kenya", "Mandera County", "Wajir County", "Garissa County", "Somalia"],
        ),
        (
            "The Caucasus: Russia (notably Chechnya and the Pankisi Gorge), Georgia",
            ["Caucasus", "Russia", "Chechnya", "Pankisi Gorge", "Georgia"],
        ),
        (
            "Central Asia: Uzbekistan (Eastern and Western Regions); "
            "the border areas of Tajikistan",
            [
                "Central Asia",
                "Uzbekistan",
                "Eastern Region",
                "Western Region",
                "border areas of Tajikistan",
            ],
        ),
        ("Iraq: the border regions of Syria and Jordan", ["Iraq", "Syria", "Jordan"]),
    ],
)
def test_an_area_line_is_split_into_its_names(line, items):
    assert area_items(line) == items


def _areas(tmp_path: Path, line: str) -> tuple[set[str], set[str]]:
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        f"{line}\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\nJune 2010: The group attacked a "
        "barracks. (3 killed)\n"
    )
    result = ingest_profile(tmp_path / "saf.txt", text=text, existing=Dataset())
    graph = result.dataset
    places = {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, KG.areaOfOperation)}
    written = {str(o) for o in graph.objects(None, SCHEMA.areaServed) if isinstance(o, Literal)}
    return places, written


def test_a_region_of_a_continent_is_kept_as_written_never_the_continent(tmp_path):
    places, written = _areas(tmp_path, "South Asia: Pakistan, Western Europe.")
    assert "asia" not in places and "europe" not in places
    assert {"South Asia", "Western Europe"} <= written
    assert "pakistan" in places


def test_a_peninsula_is_not_the_city_that_shares_its_first_word(tmp_path):
    places, _written = _areas(tmp_path, "Southeast Asia: the Philippines (Zamboanga Peninsula).")
    assert not any(p.startswith("zamboanga") for p in places)
    # the region of that name (ISO 3166-2 PH-09, GeoNames' "Zamboanga Peninsula"), not the city
    assert "ph-09" in places


# The shapes of an area line beyond a plain list of names (kg.ingest.area_phrases), each in
# wordings of our own: a shared designator in any case, before or after its list; the side of
# a place; a clause that leads up to a place; items that name no place at all.


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Kenya (chiefly the Mandera, Wajir and Lamu counties)",
            ["Kenya", "Mandera County", "Wajir County", "Lamu County"],
        ),
        (
            "Peru (Ayacucho and Huancavelica departments; Lima)",
            ["Peru", "Ayacucho Department", "Huancavelica Department", "Lima"],
        ),
        (
            "Egypt: the al-Minya and Asyut governorates",
            ["Egypt", "al-Minya Governorate", "Asyut Governorate"],
        ),
        (
            "Pakistan (the Khyber and Orakzai tribal districts)",
            ["Pakistan", "Khyber tribal district", "Orakzai tribal district"],
        ),
        (
            "Japan (Osaka; Hyogo and Kyoto prefectures)",
            ["Japan", "Osaka", "Hyogo Prefecture", "Kyoto Prefecture"],
        ),
        # the designator written before its list, as Irish counties are; the list ends at its 'and'
        (
            "Ireland (Counties Donegal, Sligo and Mayo, and Galway)",
            ["Ireland", "County Donegal", "County Sligo", "County Mayo", "Galway"],
        ),
    ],
)
def test_a_designator_a_list_shares_goes_to_every_name_of_it(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        # no designator after the list: the names stay bare
        (
            "Pakistan (Quetta, Gwadar and the Bolan Pass)",
            ["Pakistan", "Quetta", "Gwadar", "Bolan Pass"],
        ),
        # a plural with no names before it is a description, not a designator
        ("Ireland (Cork and the coastal counties)", ["Ireland", "Cork", "coastal counties"]),
        ("Bolivia: the rural and urban districts", ["Bolivia", "rural", "urban districts"]),
    ],
)
def test_a_list_without_a_shared_designator_is_left_as_written(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "The Lake Chad basin: the far south of Chad and Cameroon",
            ["Lake Chad basin", "far south of Chad", "far south of Cameroon"],
        ),
        ("Mali, and the east of Mauritania near the Malian border", ["Mali", "east of Mauritania"]),
    ],
)
def test_the_side_of_two_places_is_the_side_of_each(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "North Africa: Tunisia; a handful of cells in Morocco",
            ["North Africa", "Tunisia", "Morocco"],
        ),
        ("Somalia, with sporadic raids into northern Kenya", ["Somalia", "northern Kenya"]),
        ("Syria; recruiters active in the Netherlands", ["Syria", "Netherlands"]),
        ("Iraq (the area locals call Jazira)", ["Iraq", "Jazira"]),
        # a name inside the words before 'in': two places, not a clause, so left whole
        (
            "Iraq (the border district of al-Qaim in Anbar Province)",
            ["Iraq", "border district of al-Qaim in Anbar Province"],
        ),
    ],
)
def test_a_clause_that_leads_up_to_a_place_gives_the_place(line, items):
    assert area_items(line) == items


def test_items_that_name_no_place_state_nothing(tmp_path):
    places, written = _areas(
        tmp_path,
        "North Africa: Morocco (Rabat, until 2003, for recruitment and its border towns), "
        "and, occasionally, Tunisia (1998; a single cell).",
    )
    assert places == {"morocco", "rabat-2538475", "tunisia"}
    assert written == {"North Africa"}


def test_a_described_part_without_a_name_is_a_part_of_what_it_is_written_in(tmp_path):
    places, written = _areas(tmp_path, "Tunisia (Tunis, the far south), Libya (the border areas).")
    assert {"tunisia", "libya"} <= places
    parts = places - {"tunisia", "libya", "tunis-2464470"}
    assert len(parts) == 2 and all("south" in p or "border" in p for p in parts)
    assert not written


def test_the_side_of_a_country_is_a_part_of_it_never_the_country(tmp_path):
    places, _written = _areas(tmp_path, "Lake Chad: the far south of Chad and Cameroon.")
    assert "chad" not in places and "cameroon" not in places
    assert {"far-south-of-chad", "far-south-of-cameroon"} <= places


def test_a_name_a_province_shares_with_its_town_is_the_province_among_provinces(tmp_path):
    places, _written = _areas(tmp_path, "Afghanistan: Khost, Paktia and Paktika.")
    assert {"af-kho", "af-pia", "af-pka"} <= places
    assert not any(p.startswith("khost-") for p in places)


def test_the_town_stays_the_town_beside_towns_or_other_lists(tmp_path):
    places, _written = _areas(tmp_path, "Japan (Tokyo; Yamanashi and Nagano prefectures), Iraq.")
    assert "tokyo-1850147" in places
    places, _written = _areas(tmp_path, "Afghanistan: Khost and Kabul.")
    assert not places & {"af-kho", "af-kab"}


# Eleventh round (#11): an areas table turned into lines, filler that leads up to towns, and a
# bare item whose name has particles; each in wordings of my own
@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Country | Region | Cities\nItaly | Lombardy | Milan, Bergamo",
            ["Italy", "Lombardy", "Milan", "Bergamo"],
        ),
        (
            "Countries | Provinces\nPakistan | Balochistan\nIran | Sistan and Baluchestan",
            ["Pakistan", "Balochistan", "Iran", "Sistan and Baluchestan"],
        ),
        (
            "Region | Towns\nSahel | Gao, Menaka",
            ["Sahel", "Gao", "Menaka"],
        ),
        (
            "Gaza Strip, principally the cities of Rafah and Khan Yunis",
            ["Gaza Strip", "Rafah", "Khan Yunis"],
        ),
        (
            "Peru: the Andes, and in the cities of Ayacucho and Huancayo",
            ["Peru", "Andes", "Ayacucho", "Huancayo"],
        ),
        ("Algeria: In Amenas, in the towns of Illizi", ["Algeria", "In Amenas", "Illizi"]),
    ],
)
def test_a_table_row_or_a_lead_up_names_only_its_places(line, items):
    assert area_items(line) == items


def test_a_bare_item_with_particles_is_the_place_of_that_name(tmp_path):
    places, written = _areas(
        tmp_path, "Colombia: Meta, Norte de Santander, Valle del Cauca and San Andrés."
    )
    assert {"co-met", "co-nsa", "co-vac"} <= places
    assert not written & {"Norte de Santander", "Valle del Cauca"}


def test_a_side_after_in_stays_no_place_when_in_leads_up_to_no_names(tmp_path):
    places, written = _areas(tmp_path, "Ecuador (Quito, Sucumbíos, in the northeast), Colombia.")
    assert places == {"ecuador", "quito-3652462", "ec-u", "colombia"}
    assert not written


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Peru: the departments of Ayacucho, Junín (above all the Ene valley) and Huánuco",
            ["Peru", "Ayacucho Department", "Junín Department", "Ene valley", "Huánuco Department"],
        ),
        (
            "Nigeria: the states of Borno (Maiduguri, Bama), Yobe and Adamawa.",
            ["Nigeria", "Borno State", "Maiduguri", "Bama", "Yobe State", "Adamawa State"],
        ),
        (
            "Iraq – the provinces of Anbar (Fallujah), Diyala and Nineveh – and Syria",
            ["Iraq", "Anbar Province", "Fallujah", "Diyala Province", "Nineveh Province", "Syria"],
        ),
    ],
)
def test_a_designator_before_a_list_crosses_the_brackets_of_its_items(line, items):
    assert area_items(line) == items


def test_a_designated_list_is_read_as_units_never_the_towns_elsewhere(tmp_path):
    places, _written = _areas(
        tmp_path, "Strongholds in the departments of Córdoba, Antioquia (Urabá), Sucre and Cesar."
    )
    assert {"co-cor", "co-ant", "co-suc", "co-ces"} <= places
    assert not any(p.startswith(("cordoba-", "sucre-")) for p in places)
