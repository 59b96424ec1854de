"""Attack entries as other writers lay them out: bullets, and tables turned into `|` rows.

The collection writes one "DATE: what happened. (3 killed)" paragraph per attack. Briefs write
the same entries as bullets ("- August 27, 2006: …"), and tables turned into lines write them
as rows ("1996 | Addis Ababa | a bombing … | 4 killed"), sometimes under a header row. Read as
before, a bullet made the date unreadable and a row had no date before a colon: every such entry
was skipped, and its date, casualties, perpetrator and places with it. Each layout is tested in
wordings of our own; a row without a header names no column, so its cells are read as clauses
of one sentence and none is taken as the place on its position alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, URIRef

from kg.ingest import ingest_profile
from kg.ingest.dates import parse_date
from kg.ingest.sections import split_sections
from kg.namespaces import KG

_HEAD = (
    "Terrorism Profiles\n\nRiver Front (RVF)\n\nAlternative Names:\n\nFront du Fleuve\n\n"
    "The Sahel: Mali, Niger.\n\nOmar Haddad has led the group since 2009.\n\n"
    "The group split from the Desert Front in 2008.\n\nFunding Sources:\n\n"
    "Kidnapping for ransom.\n\nMajor Attacks:\n\n"
)
_TAIL = "\n\nIdeological Roots:\n\nSalafi-jihadist.\n"


def _attacks(tmp_path: Path, entries: str) -> dict[str, dict[str, object]]:
    """Each attack's date (EDTF), places (IRI tails), killed and wounded values."""
    result = ingest_profile(tmp_path / "rvf.txt", text=_HEAD + entries + _TAIL, existing=Dataset())
    graph = result.dataset
    attacks: dict[str, dict[str, object]] = {}
    for kind in (KG.Attack, KG.Campaign):
        for attack in set(graph.subjects(RDF.type, kind)):
            figures = {}
            for prop, name in ((KG.killed, "killed"), (KG.wounded, "wounded")):
                for figure in graph.objects(attack, prop):
                    figures[name] = str(graph.value(figure, KG["count"]))
            places = sorted(str(p).rsplit("/", 1)[-1] for p in graph.objects(attack, KG.place)
                            if isinstance(p, URIRef))
            attacks[str(graph.value(attack, KG.edtf) or "")] = {"places": places, **figures}
    return attacks


@pytest.mark.parametrize("entries", [
    "- August 27, 2006: A bomb hit a hotel in Gao. (3 killed)\n"
    "- October 31, 2010: A suicide bomber attacked police in Niamey. (1 killed, 32 wounded)",
    "• August 27, 2006: A bomb hit a hotel in Gao. (3 killed)\n"
    "• October 31, 2010: A suicide bomber attacked police in Niamey. (1 killed, 32 wounded)",
    "* August 27, 2006: A bomb hit a hotel in Gao. (3 killed)\n\n"
    "* October 31, 2010: A suicide bomber attacked police in Niamey. (1 killed, 32 wounded)",
    "– 27 August 2006: A bomb hit a hotel in Gao. (3 killed)\n"
    "– 31 October 2010: A suicide bomber attacked police in Niamey. (1 killed, 32 wounded)",
])
def test_bulleted_entries_are_each_an_attack(tmp_path, entries):
    attacks = _attacks(tmp_path, entries)
    assert set(attacks) == {"2006-08-27", "2010-10-31"}
    assert attacks["2006-08-27"]["killed"] == "3"
    assert attacks["2010-10-31"]["places"] == ["niamey-2440485"]
    assert (attacks["2010-10-31"]["killed"], attacks["2010-10-31"]["wounded"]) == ("1", "32")


@pytest.mark.parametrize(("rows", "niamey"), [
    ("2004 | Gao | a bombing of a hotel; the group claimed it | 4 killed, 9 wounded\n"
     "March 2007 | Niamey | a raid on a police post | 2 killed", "niamey-2440485"),
    ("2004 | Gao | the group bombed a hotel | 4 killed and 9 wounded\n"
     "March 2007 | Niamey region | fighters raided a police post | 2 dead", "ne-8"),
    ("2004 | Gao | hotel bombing | (4 killed, 9 wounded)\n\n"
     "March 2007 | Niamey | police post raided | 2 killed", "niamey-2440485"),
])
def test_rows_without_a_header_give_date_figures_and_the_place_of_a_cell_of_names(
    tmp_path, rows, niamey
):
    attacks = _attacks(tmp_path, rows)
    assert set(attacks) == {"2004", "2007-03"}
    assert (attacks["2004"]["killed"], attacks["2004"]["wounded"]) == ("4", "9")
    assert attacks["2007-03"]["killed"] == "2"
    # no column says which cell is the place, but the cell after the date that names places
    # and nothing else is where (#11's twelfth round: `dev-11`'s keys read "c. 1992 | Bosaso,
    # Bari region | …" so); a cell of prose is read as prose (`kg.ingest.place_fields`)
    assert {key: a["places"] for key, a in attacks.items()} == {
        "2004": ["gao-2457163"], "2007-03": [niamey]}


def test_a_row_is_placed_by_its_prose_when_the_cell_after_the_date_is_no_list_of_names(tmp_path):
    rows = ("2004 | gunmen from the group | bombed a hotel in Gao | 4 killed\n"
            "March 2007 | a raid near Kidal | a post overrun | 2 killed")
    attacks = _attacks(tmp_path, rows)
    assert attacks["2004"]["places"] == ["gao-2457163"]
    assert attacks["2007-03"]["places"] == ["unknown"]  # "near Kidal": a reference point


@pytest.mark.parametrize("header", [
    "Date | Location | What happened | Casualties",
    "Date | Place | Description | Killed/wounded",
    "Year | Location | Event | Casualties",
])
def test_rows_under_a_header_read_the_place_from_its_column(tmp_path, header):
    rows = ("2004 | Gao, Mali | a bombing of a hotel claimed by the group | 4 killed\n"
            "March 2007 | Niamey | a raid on a police post | 2 killed, 5 wounded")
    attacks = _attacks(tmp_path, header + "\n" + rows)
    assert set(attacks) == {"2004", "2007-03"}
    assert attacks["2004"]["places"] == ["gao-2457163"]
    assert attacks["2007-03"]["places"] == ["niamey-2440485"]
    assert (attacks["2007-03"]["killed"], attacks["2007-03"]["wounded"]) == ("2", "5")


def test_an_entry_keeps_its_lines_as_written():
    entries_text = "- May 5, 2012: A raid on Gao. (2 killed)\n1996 | Gao | a bombing | 4 killed"
    text = _HEAD + entries_text + _TAIL
    entries = [s for s in split_sections(text.split("\n")).sections if s.parent == "major-attacks"]
    assert [e.verbatim for e in entries] == [
        "- May 5, 2012: A raid on Gao. (2 killed)", "1996 | Gao | a bombing | 4 killed"]
    assert [e.body for e in entries] == [
        "May 5, 2012: A raid on Gao. (2 killed)", "1996: Gao; a bombing. (4 killed)"]


@pytest.mark.parametrize(("written", "edtf"), [
    ("c. 1992", "1992~"), ("circa 1992", "1992~"), ("ca. 1992", "1992~"),
    ("about 2004", "2004~"), ("around March 2004", "2004-03~"), ("approximately 2010", "2010~"),
])
def test_a_hedged_date_is_approximate(written, edtf):
    assert parse_date(written).edtf == edtf


@pytest.mark.parametrize("written", ["c.", "about", "around the time of the election"])
def test_a_hedge_without_a_date_is_no_date(written):
    with pytest.raises(ValueError):
        parse_date(written)


@pytest.mark.parametrize("entry", [
    "August 27, 2006: Gunmen attacked a checkpoint in northern Mali. (3 killed)",
    "August 27, 2006: A bomb exploded at a market in western Niger. (3 killed)",
    "August 27, 2006: Fighters raided an army post in eastern Mali. (3 killed)",
])
def test_the_review_lists_every_place_the_attack_is_given(tmp_path, entry):
    """A part of a country the gazetteer lacks ("northern Mali") is stated as a place of its
    own inside the country; the review's line for the attack names it too, so that the review
    says what the graph says (it had listed only the gazetteer's places)."""
    result = ingest_profile(tmp_path / "rvf.txt", text=_HEAD + entry + _TAIL, existing=Dataset())
    graph = result.dataset
    (attack,) = set(graph.subjects(RDF.type, KG.Attack))
    stated = {str(p).rsplit("/", 1)[-1] for p in graph.objects(attack, KG.place)}
    line = next(line for line in result.review().splitlines() if "+ attack attack:" in line)
    assert stated and all(f"place:{tail}" in line for tail in stated), (stated, line)
