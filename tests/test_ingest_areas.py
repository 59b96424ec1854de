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
        ("East Africa: Kenya (Mandera, Wajir and Garissa Counties), Somalia.",
         ["East Africa", "Kenya", "Mandera County", "Wajir County", "Garissa County", "Somalia"]),
        ("The Caucasus: Russia (notably Chechnya and the Pankisi Gorge), Georgia",
         ["Caucasus", "Russia", "Chechnya", "Pankisi Gorge", "Georgia"]),
        ("Central Asia: Uzbekistan (Eastern and Western Regions); the border areas of Tajikistan",
         ["Central Asia", "Uzbekistan", "Eastern Region", "Western Region",
          "border areas of Tajikistan"]),
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
