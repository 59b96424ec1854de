"""The alternative-names section as writers lay it out: a comma list, or one name to a line
behind bullets or numbers (a wrapped line continuing its item)."""

from __future__ import annotations

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.names import split_name_list


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("- Weatherman\n- the Weathermen\n- Weather Underground",
         ["Weatherman", "the Weathermen", "Weather Underground"]),
        ("* Front du Fleuve (FDF)\n* River Front, Fleuve Front\n",
         ["Front du Fleuve (FDF)", "River Front", "Fleuve Front"]),
        ("1. Harakat al-Nahr\n2. Movement of the River\n   and the Delta\n3) MRD",
         ["Harakat al-Nahr", "Movement of the River and the Delta", "MRD"]),
        ("• Brigade of the Dunes; Dune Brigade", ["Brigade of the Dunes", "Dune Brigade"]),
        ("Sahel Front, Front du Sahel (FDS)", ["Sahel Front", "Front du Sahel (FDS)"]),
    ],
)
def test_a_names_list_is_split_at_bullets_and_commas(body, names):
    """A list one name to a line behind bullets or numbers is a list; a wrapped line continues
    its item; a list without bullets is split at commas as before."""
    assert [name for _, _, name in split_name_list(body)] == names


def test_a_bulleted_names_section_gives_one_alternative_name_per_bullet(tmp_path):
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\n- Front du Sahel\n"
        "- the Frontists\n- Jabhat al-Sahil\n\nThe Sahel: Mali.\n\n"
        "Omar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "June 2010: The group attacked a barracks. (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "saf.txt", text=text, existing=Dataset()).dataset
    assert sorted(str(n) for n in graph.objects(None, SKOS.altLabel)) == [
        "Front du Sahel", "Jabhat al-Sahil", "the Frontists"]
