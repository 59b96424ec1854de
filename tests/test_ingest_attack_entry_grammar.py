"""The attacks section's layouts as a grammar (`kg.ingest.entry_layouts`), and figures written
in the entry's sentences (`kg.ingest.prose_figures`).

Real sources lay attack sections out in ways the collection does not: numbered lists, the place
or target first and the date later in the line, a date on a line of its own, entries under year
headings that give only day and month, sentences that open with their date, and figures told in
words rather than in a closing note. Each layout is tested in wordings of our own (other names,
places, orders, verbs), each test asserting the exact facts produced: the entry's line, its
text as written, its date, its killed and wounded figures. And what is not an attack (a heading,
a header row, a note about the sources, a paragraph telling several attacks with no date of its
own) is never made one, nor is a reference's date or another event's toll the entry's."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset

from kg.ingest import ingest_profile
from kg.ingest.sections import split_sections
from kg.namespaces import KG

_HEAD = (
    "Terrorism Profiles\n\nRiver Front (RVF)\n\nAlternative Names:\n\nFront du Fleuve\n\n"
    "The Sahel: Mali, Niger.\n\nOmar Haddad has led the group since 2009.\n\n"
    "The group split from the Desert Front in 2008.\n\nFunding Sources:\n\n"
    "Kidnapping for ransom.\n\nMajor Attacks:\n\n"
)
_TAIL = "\n\nIdeological Roots:\n\nSalafi-jihadist.\n"
FIRST = _HEAD.count("\n") + 1  # the line of the first entry


Figure = tuple[int | None, str] | None


def _read(tmp_path: Path, entries: str) -> dict[int, tuple[str, Figure, Figure]]:
    """Entry line → (date as EDTF, killed, wounded), each figure (count, qualifier) or None."""
    text = _HEAD + entries + _TAIL
    result = ingest_profile(tmp_path / "rvf.txt", text=text, existing=Dataset())
    dataset = result.dataset
    starts = {s: int(o) for s, _, o, _ in dataset.quads((None, KG.startLine, None, None))}
    read: dict[int, tuple[str, Figure, Figure]] = {}
    for section, line in starts.items():
        graph = dataset.graph(section)
        for kind in (KG.Attack, KG.Campaign):
            for attack in graph.subjects(RDF.type, kind):
                figures: list[Figure] = []
                for prop in (KG.killed, KG.wounded):
                    node = graph.value(attack, prop)
                    if node is None:
                        figures.append(None)
                        continue
                    count = graph.value(node, KG["count"])
                    qualifier = str(graph.value(node, KG.countQualifier)).rsplit("/", 1)[-1]
                    figures.append((int(count) if count is not None else None, qualifier))
                read[line] = (str(graph.value(attack, KG.edtf)), figures[0], figures[1])
    return read


def _entries(entries: str) -> list[tuple[int, str]]:
    """Each entry's first line and its text as written."""
    sections = split_sections((_HEAD + entries + _TAIL).split("\n")).sections
    return [(s.start, s.verbatim) for s in sections if s.parent == "major-attacks"]


# --- numbered lists ---------------------------------------------------------------------------


@pytest.mark.parametrize("marks", [("1.", "2."), ("1)", "2)"), ("(1)", "(2)"), ("i.", "ii.")])
def test_a_numbered_list_with_the_date_first_is_one_attack_per_item(tmp_path, marks):
    entries = (f"{marks[0]} 14 March 2009: A bomb exploded at a bus station in Gao. (11 killed)\n"
               f"{marks[1]} June 5, 2010: Gunmen raided a police post in Niamey. "
               "(3 killed, 8 wounded)")
    assert _entries(entries) == [
        (FIRST, f"{marks[0]} 14 March 2009: A bomb exploded at a bus station in Gao. (11 killed)"),
        (FIRST + 1, f"{marks[1]} June 5, 2010: Gunmen raided a police post in Niamey. "
                    "(3 killed, 8 wounded)"),
    ]
    assert _read(tmp_path, entries) == {
        FIRST: ("2009-03-14", (11, "exact"), None),
        FIRST + 1: ("2010-06-05", (3, "exact"), (8, "exact")),
    }


@pytest.mark.parametrize(("entry", "edtf"), [
    ("1. A truck bomb destroyed the customs office in Gao on 27 May 2009, killing 24 people.",
     "2009-05-27"),
    ("2) Fighters of the front ambushed an army convoy near Mopti on August 3, 2012, killing "
     "24 soldiers.", "2012-08-03"),
    ("(iv) In March 2014 two suicide bombers struck a market in Niamey, killing 24.",
     "2014-03"),
])
def test_a_numbered_item_with_its_date_later_in_the_line(tmp_path, entry, edtf):
    assert _read(tmp_path, entry) == {FIRST: (edtf, (24, "exact"), None)}


# --- the place or the target first, the date later in the line ---------------------------------


@pytest.mark.parametrize(("entry", "edtf"), [
    ("Gao, 14 March 2009 — A bomb exploded at the bus station. (11 killed, 40 wounded)",
     "2009-03-14"),
    ("Bombing of the Azalai hotel, Bamako (20 November 2015): Gunmen stormed the hotel and "
     "took guests hostage. (11 killed, 40 wounded)", "2015-11-20"),
    ("Niamey — March 2011 — Fighters attacked the prison and freed inmates. "
     "(11 killed, 40 wounded)", "2011-03"),
    ("3. Timbuktu (Mali), 2 May 2013: A rocket hit the airport. (11 killed, 40 wounded)",
     "2013-05-02"),
    ("2 May 2013 (Timbuktu): A rocket hit the airport. (11 killed, 40 wounded)", "2013-05-02"),
    ("St. Louis, 2 May 2013. A rocket hit the airport. (11 killed, 40 wounded)", "2013-05-02"),
])
def test_a_line_that_names_the_place_or_target_first(tmp_path, entry, edtf):
    assert _entries(entry) == [(FIRST, entry)]
    assert _read(tmp_path, entry) == {FIRST: (edtf, (11, "exact"), (40, "exact"))}


@pytest.mark.parametrize(("entry", "place"), [
    ("Gao, 14 March 2009 — A bomb exploded at the bus station.", "gao-2457163"),
    ("Bombing of the Azalai hotel, Bamako (20 November 2015): Gunmen stormed the hotel.",
     "bamako-2460596"),
    ("Niamey — March 2011 — Fighters attacked the prison and freed inmates.", "niamey-2440485"),
    ("Kidal, Mali, 2 May 2014. A rocket hit the camp of the UN mission.", "kidal-2455290"),
])
def test_the_place_a_head_names_is_the_attacks_place_and_its_target_is_not(tmp_path, entry,
                                                                          place):
    result = ingest_profile(tmp_path / "rvf.txt", text=_HEAD + entry + _TAIL, existing=Dataset())
    places = {str(p).rsplit("/", 1)[-1] for a in result.dataset.subjects(RDF.type, KG.Attack)
              for p in result.dataset.objects(a, KG.place)}
    assert places == {place}


# --- a date on a line of its own ---------------------------------------------------------------


@pytest.mark.parametrize(("date_line", "edtf", "gap"), [
    ("14 March 2009", "2009-03-14", ""),
    ("Saturday, 14 March 2009", "2009-03-14", ""),
    ("March 14, 2009:", "2009-03-14", "\n"),
    ("Mid-June 2011", "2011-06", ""),
    ("- 2 July 2016", "2016-07-02", "\n"),
])
def test_a_date_on_its_own_line_dates_the_text_below_it(tmp_path, date_line, edtf, gap):
    entries = (f"{date_line}\n{gap}Fighters ambushed a convoy near Gao. (7 killed)\n\n"
               "October 9, 2016: A mine hit a bus near Mopti. (2 killed)")
    text_line = FIRST + 1 + gap.count("\n")
    assert _entries(entries) == [
        (FIRST, f"{date_line}\nFighters ambushed a convoy near Gao. (7 killed)"),
        (text_line + 2, "October 9, 2016: A mine hit a bus near Mopti. (2 killed)"),
    ]
    assert _read(tmp_path, entries) == {
        FIRST: (edtf, (7, "exact"), None),
        text_line + 2: ("2016-10-09", (2, "exact"), None),
    }


# --- year headings -----------------------------------------------------------------------------


@pytest.mark.parametrize(("heading", "day", "month", "undated"), [
    ("2014", "12 June: Fighters raided a village near Mopti. (4 killed)",
     "- In July, a bomb hit a market in Gao. (9 wounded)",
     "- Gunmen shot two soldiers at a checkpoint near Kidal. (2 killed)"),
    ("2014:", "June 12: Fighters of the front attacked a village near Mopti. (4 killed)",
     "• Late July: a car bomb struck the market in Gao. (9 wounded)",
     "• A raid on a gendarmerie post near Kidal. (2 killed)"),
    ("2014", "1. 12 June — gunmen fired on a village near Mopti. (4 killed)",
     "2. During July, an explosive device went off in the Gao market. (9 wounded)",
     "3. Attackers ambushed a patrol near Kidal. (2 killed)"),
])
def test_entries_under_a_year_heading_take_its_year(tmp_path, heading, day, month, undated):
    entries = f"{heading}\n\n{day}\n{month}\n{undated}\n\n2015\n\nMarch 3: A rocket hit Gao."
    assert [line for line, _ in _entries(entries)] == [
        FIRST + 2, FIRST + 3, FIRST + 4, FIRST + 8]
    read = _read(tmp_path, entries)
    assert read == {
        FIRST + 2: ("2014-06-12", (4, "exact"), None),
        FIRST + 3: ("2014-07", None, (9, "exact")),
        FIRST + 4: ("2014", (2, "exact"), None),
        FIRST + 8: ("2015-03-03", None, None),
    }


@pytest.mark.parametrize("note", [
    "Sources differ on the toll of the July bombing.",
    "Note: the June raid was also claimed by a rival faction.",
    "Figures are from the UN mission's reports.",
])
def test_a_note_under_a_year_heading_is_no_attack(tmp_path, note):
    entries = f"2014\n\n12 June: Fighters raided a village near Mopti. (4 killed)\n\n{note}"
    assert _read(tmp_path, entries) == {FIRST + 2: ("2014-06-12", (4, "exact"), None)}


@pytest.mark.parametrize("cell", [" | ", " ........ ", " · ", "\t"])
def test_table_rows_whatever_separates_their_cells(tmp_path, cell):
    rows = [["Date", "Place", "What happened", "Casualties"],
            ["9 December 2016", "Gao", "a bomb at the market", "6 killed"],
            ["March 2017", "Niamey", "a raid on a police post", "2 killed, 5 wounded"]]
    entries = "\n".join(cell.join(row) for row in rows)
    assert _entries(entries) == [(FIRST + 1, cell.join(rows[1]).strip()),
                                 (FIRST + 2, cell.join(rows[2]).strip())]
    assert _read(tmp_path, entries) == {
        FIRST + 1: ("2016-12-09", (6, "exact"), None),
        FIRST + 2: ("2017-03", (2, "exact"), (5, "exact")),
    }


@pytest.mark.parametrize(("entry", "edtf"), [
    ("Date: 9 December 2016 | Location: Gao | Event: a bomb at the market (6 killed)",
     "2016-12-09"),
    ("Date: March 2017; Place: Niamey; What: a raid on a police post. (6 killed)", "2017-03"),
    ("- When: 4 May 2015 | Where: Mopti | What happened: gunmen shot soldiers (6 killed)",
     "2015-05-04"),
])
def test_a_record_whose_first_field_is_its_date(tmp_path, entry, edtf):
    assert _read(tmp_path, entry) == {FIRST: (edtf, (6, "exact"), None)}


@pytest.mark.parametrize(("entries", "killed", "wounded"), [
    ("Date: 9 December 2016 | Location: Gao | Event: a bomb at the market | Killed: 6 | "
     "Wounded: 14", (6, "exact"), (14, "exact")),
    ("Date: 9 December 2016; Place: Gao; What: a bomb at the market; Dead: 6; Injured: unknown",
     (6, "exact"), (None, "unknown")),
    ("Date | Place | Event | Killed | Wounded\n9 December 2016 | Gao | a market bomb | 6 | 14",
     (6, "exact"), (14, "exact")),
    ("When | Where | What | Deaths | Injuries\n9 December 2016 | Gao | a market bomb | several "
     "| 14", (None, "unknown"), (14, "exact")),
])
def test_figures_in_columns_or_fields_of_their_own(tmp_path, entries, killed, wounded):
    line = FIRST + entries.count("\n")
    assert _read(tmp_path, entries) == {line: ("2016-12-09", killed, wounded)}


def test_a_header_row_and_a_heading_are_no_attacks(tmp_path):
    entries = ("2016\n\nDate | Location | What happened | Casualties\n"
               "9 December 2016 | Gao | a bomb at the market | 6 killed\n"
               "March 2017 | Niamey | a raid on a police post | 2 killed, 5 wounded")
    assert _read(tmp_path, entries) == {
        FIRST + 3: ("2016-12-09", (6, "exact"), None),
        FIRST + 4: ("2017-03", (2, "exact"), (5, "exact")),
    }


# --- a sentence that opens with its date, and narratives of several attacks ---------------------


@pytest.mark.parametrize(("entry", "edtf"), [
    ("Between 2003 and 2006, a cell of the front murdered nine traders in Gao, Mopti and "
     "Niamey, one after another.", "2003/2006"),
    ("From March to June 2012, gunmen of the front shot nine officials in the north of Mali.",
     "2012-03/2012-06"),
    ("On 12 June 2014, fighters stormed a military camp near Kidal.", "2014-06-12"),
    ("On the night of 4–5 May 2015, a bomb destroyed a bridge near Gao.",
     "2015-05-04/2015-05-05"),
    ("On Tuesday, 14 March 2017, a mine hit a bus near Mopti.", "2017-03-14"),
    ("Gunmen of the cell shot nine traders between May 2003 and April 2006. On 4 May 2003 a "
     "grocer was shot in Gao. On 9 June 2004 a tailor was shot in Mopti.", "2003-05/2006-04"),
    ("- A bomb hit the market of Gao on 3 May 2003. The front claimed it on 5 May 2003.",
     "2003-05-03"),
])
def test_a_paragraph_that_opens_with_its_date_or_range_is_one_entry_of_that_date(
    tmp_path, entry, edtf
):
    assert {line: date for line, (date, _, _) in _read(tmp_path, entry).items()} == {FIRST: edtf}


@pytest.mark.parametrize("entry", [
    "On 3 May 2003 a bomb hit a café in Gao. On 9 June 2003 gunmen shot a judge in Mopti.",
    "In March 2011 fighters ambushed a convoy near Kidal; in August 2011 they shelled the "
    "airport of Gao.",
    "On 2 January 2019 a mine hit a bus near Mopti. On 14 February 2019 gunmen raided a "
    "village near Gao. On 3 March 2019 a bomb exploded in Niamey.",
])
def test_a_paragraph_of_several_attacks_each_with_its_date_is_given_no_one_date(tmp_path, entry):
    """Which of its dates a key would take is not for the reader to guess: no attack is
    stated, and the review says why."""
    result = ingest_profile(tmp_path / "rvf.txt", text=_HEAD + entry + _TAIL, existing=Dataset())
    assert _read(tmp_path, entry) == {}
    assert any(p.line == FIRST and "several dates" in p.message for p in result.problems)


@pytest.mark.parametrize("entry", [
    "- In retaliation for the 2008 raid on its camp, gunmen attacked a police post in Gao.",
    "- The front, founded in 2002, attacked a police post in Gao.",
    "- Since 2005 the front has attacked police posts around Gao.",
])
def test_a_reference_date_is_never_the_entrys_date(tmp_path, entry):
    assert _read(tmp_path, entry) == {}


# --- figures written in the sentences ------------------------------------------------------------


@pytest.mark.parametrize(("sentences", "killed", "wounded"), [
    ("Gunmen opened fire on a wedding party, killing 14 and wounding 22.",
     (14, "exact"), (22, "exact")),
    ("A bomb went off at the market; 14 people were killed and 22 injured.",
     (14, "exact"), (22, "exact")),
    ("Fighters shelled the camp, leaving fourteen dead. Twenty-two were hurt, the army said.",
     (14, "exact"), (22, "exact")),
    ("At least 14 people were killed and more than 21 were wounded in the blast.",
     (14, "at-least"), (22, "at-least")),
    ("A car bomb exploded near the barracks. Counts of the dead differ between sources, from "
     "14 to 17; at least 22 people were wounded.", (14, "at-least"), (22, "at-least")),
    ("A car bomb hit the barracks. Sources give between 14 and 16 dead.",
     (14, "at-least"), None),
    ("The blast at the depot claimed 14 lives and injured 22.", (14, "exact"), (22, "exact")),
    ("The bombing claimed the lives of at least 14 people.", (14, "at-least"), None),
    # a vague count: people were killed, no count written (the keys' convention: unknown)
    ("Dozens were killed when gunmen raided the village.", (None, "unknown"), None),
])
def test_figures_told_in_the_sentences(tmp_path, sentences, killed, wounded):
    entry = f"May 5, 2012: {sentences}"
    assert _read(tmp_path, entry) == {FIRST: ("2012-05-05", killed, wounded)}


@pytest.mark.parametrize("sentences", [
    "Gunmen raided the village; more than 100 casualties were reported.",
    "In retaliation for an air strike that killed 12 civilians, the front shelled the camp.",
    "Soldiers returned fire, killing 5 attackers.",
    "Over the campaign, more than 300 people were killed in such raids.",
    "No one was killed in the raid, which destroyed the post.",
])
def test_no_figure_from_casualties_another_event_the_attackers_or_a_total(tmp_path, sentences):
    entry = f"May 5, 2012: {sentences}"
    assert _read(tmp_path, entry)[FIRST][1] in (None, (0, "exact"))
    assert _read(tmp_path, entry)[FIRST][2] in (None, (0, "exact"))


@pytest.mark.parametrize(("note", "killed", "wounded"), [
    ("(seven killed, twelve wounded)", (7, "exact"), (12, "exact")),
    ("(44–47 killed, dozens wounded)", (44, "at-least"), (None, "unknown")),
    ("(casualties not known)", (None, "unknown"), (None, "unknown")),
    ("(unknown casualties)", (None, "unknown"), (None, "unknown")),
])
def test_figures_in_the_note_in_words_ranges_and_unknowns(tmp_path, note, killed, wounded):
    entry = f"May 5, 2012: A raid on the gendarmerie of Gao. {note}"
    assert _read(tmp_path, entry) == {FIRST: ("2012-05-05", killed, wounded)}


@pytest.mark.parametrize("sentence", [
    "Sources differ on the toll: some give 12 dead, others 15.",
    "Reports vary between 12 and 14 killed.",
    "Accounts of the dead differ, 12 or 13.",
])
def test_a_note_that_gives_the_lower_of_two_sources_counts_is_at_least(tmp_path, sentence):
    entry = f"May 5, 2012: A bomb hit a bus in Gao. {sentence} (12 killed, 30 wounded)"
    assert _read(tmp_path, entry) == {FIRST: ("2012-05-05", (12, "at-least"), (30, "exact"))}
