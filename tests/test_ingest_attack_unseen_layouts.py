"""Attack dates and figures in the shapes the thirteenth round found on unseen text.

`dev-14` (blind until the thirteenth round) and `dev-13` were scored before any change and
every miss and wrong fact of attacks, dates, killed and wounded was classed by the shape of the
line: a hedged opening date (the indictment's "On or about …"), a later sentence that dates only
a consequence of the attack beside a closing note, a month heading above entries dated by their
day, a part of a year under a year heading (a season, two months, two days of two months), two
years in a row spanned by a time preposition, and figures given as two sources' counts, as a
period's subtotal, as an unknown number or in a table's deaths column. Each shape is tested
here in wordings of our own (other names, places, verbs and orders; no corpus line), with
controls that look alike and must read as before, each asserting the exact facts produced.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_ingest_attack_entry_grammar import FIRST, _entries, _read

# --- a hedged opening date: approximate (EDTF "~"), whatever the layout -----------------------

HEDGED = [
    ("(a) On or about 4 March 1992, in Ponce, gunmen bombed a bank branch. (2 killed)",
     "1992-03-04~", (2, "exact")),
    ("(b) On or around June 5, 2001, members of the cell set fire to a depot in Newark. "
     "(0 killed)", "2001-06-05~", (0, "exact")),
    ("In or about 1988, the cell robbed an armoured van outside Hartford. (1 killed)",
     "1988~", (1, "exact")),
    ("Around 12 May 2010, fighters attacked a police post near Kidal. (3 killed)",
     "2010-05-12~", (3, "exact")),
    ("On or about 3 May 1983: A bomb exploded outside a court in Gao. (1 killed)",
     "1983-05-03~", (1, "exact")),
    # controls: the hedge stands elsewhere in the sentence, the date is the day as written
    ("On 4 March 1992, about forty gunmen stormed a bank in Ponce. (2 killed)",
     "1992-03-04", (2, "exact")),
    ("On 9 May 2003 the cell, about which little is known, bombed a bar in Gao. (1 killed)",
     "2003-05-09", (1, "exact")),
]


@pytest.mark.parametrize(("entry", "date", "killed"), HEDGED, ids=[e[:50] for e, _, _ in HEDGED])
def test_a_hedged_opening_date_is_approximate(tmp_path, entry, date, killed):
    assert _read(tmp_path, entry) == {FIRST: (date, killed, None)}


# --- a later sentence dates a consequence; the closing note tells no attack of its own --------

CONSEQUENCES = [
    ("On 3 June 2011, gunmen kidnapped two engineers near Kano. Both were released on 9 August "
     "2011. (0 killed)", "2011-06-03", (0, "exact")),
    ("On 14 February 2016, fighters abducted a priest in Jos. His body was found on 2 March "
     "2016. (1 killed)", "2016-02-14", (1, "exact")),
    ("Gunmen seized three aid workers in Gao on 5 May 2012; they were freed on 1 October 2012. "
     "(0 killed)", "2012-05-05", (0, "exact")),
]


@pytest.mark.parametrize(("entry", "date", "killed"), CONSEQUENCES,
                         ids=[e[:50] for e, _, _ in CONSEQUENCES])
def test_a_consequence_dated_later_leaves_the_entry_its_own_date(tmp_path, entry, date, killed):
    assert _read(tmp_path, entry) == {FIRST: (date, killed, None)}


def test_two_attacks_each_dated_in_one_paragraph_still_give_no_date(tmp_path):
    # control: each sentence tells an attack with its own date, and no range spans them
    entry = ("On 3 June 2011 gunmen bombed a bank in Kano; on 9 August 2011 they attacked a "
             "church in Jos. (5 killed)")
    assert _read(tmp_path, entry) == {}


# --- a month heading above entries that give only their day -----------------------------------


def test_a_month_heading_dates_the_days_below_it_and_is_no_entry(tmp_path):
    entries = ("March 2016\n\n4 March: Gunmen attacked a market in Gao. (3 killed)\n\n"
               "Late March: Fighters ambushed a convoy near Kidal. (2 killed)\n\n"
               "July 2017\n\nIn mid-July, a bomb exploded at a checkpoint in Menaka. (1 killed)\n\n"
               "November 2019\n\n- 2 November: Rebels raided a prison in Mopti. (4 killed)")
    assert _read(tmp_path, entries) == {
        FIRST + 2: ("2016-03-04", (3, "exact"), None),
        FIRST + 4: ("2016-03", (2, "exact"), None),
        FIRST + 8: ("2017-07", (1, "exact"), None),
        FIRST + 12: ("2019-11-02", (4, "exact"), None),
    }


def test_a_month_above_an_undated_text_stays_a_date_on_its_own_line(tmp_path):
    # control: the month heads no day-dated entry, so it is the date of the text below it
    entries = "June 2014\n\nGunmen attacked a market in Kano. (3 killed)"
    assert _entries(entries) == [(FIRST, "June 2014\nGunmen attacked a market in Kano. (3 killed)")]
    assert _read(tmp_path, entries) == {FIRST: ("2014-06", (3, "exact"), None)}


def test_a_month_heading_never_dates_another_months_day(tmp_path):
    # control: "3 July" under "June 2014" is no day of that month: the month is a date line
    entries = "June 2014\n\n3 July: Gunmen attacked a market in Kano. (3 killed)"
    assert FIRST + 2 not in _read(tmp_path, entries)


# --- a part of a year under a year heading ----------------------------------------------------

PARTS = [
    ("Spring: Fighters drove the army out of two towns near Gao. (2 killed)", "2015-21"),
    ("Autumn: Rebels laid siege to an army base near Kidal. (6 killed)", "2015-23"),
    ("Fall: Gunmen raided farms across the north of the region. (2 killed)", "2015-23"),
    ("January to March: Gunmen raided villages across the province. (40 killed)",
     "2015-01/2015-03"),
    ("April–June: Fighters shelled army posts along the river. (9 killed)", "2015-04/2015-06"),
    ("30 July – 2 August: Fighters occupied a town and its market. (5 killed)",
     "2015-07-30/2015-08-02"),
    ("August 30 to September 2: Rebels held a highway near Gao. (1 killed)",
     "2015-08-30/2015-09-02"),
    # control: a season inside the sentence is no date of the entry: the heading's year
    ("Fighters launched their spring offensive near Gao. (2 killed)", "2015"),
]


@pytest.mark.parametrize(("line", "date"), PARTS, ids=[p[:40] for p, _ in PARTS])
def test_a_part_of_the_headings_year_is_the_entrys_date(tmp_path, line, date):
    assert _read(tmp_path, f"2015\n\n{line}")[FIRST + 2][0] == date


# --- two years in a row spanned by a time preposition -----------------------------------------

SPANS = [
    ("2017: Through 2017 and 2018, the group claimed attacks on road crews in Kech.",
     "2017/2018"),
    ("1998: Throughout 1998 and 1999, fighters raided police posts across the north.",
     "1998/1999"),
    ("During 2004 and 2005 the group bombed pipelines in the delta.", "2004/2005"),
    # control: two years apart are two years, and the prefix stays the entry's date
    ("2004: In 2004 and again in 2008, the group bombed pipelines near Warri.", "2004"),
    ("2004: During 2004 and 2008 the group bombed pipelines near Warri.", "2004"),
]


@pytest.mark.parametrize(("entry", "date"), SPANS, ids=[s[:40] for s, _ in SPANS])
def test_two_years_in_a_row_are_the_entrys_span(tmp_path, entry, date):
    assert _read(tmp_path, entry)[FIRST][0] == date


# --- figures: two sources' counts, a period's subtotal, an unknown number ---------------------

FIGURES = [
    # two sources' counts told in a clause: at least the lower
    ("On 2 May 2014, a bomb exploded at a bus station in Kano; 15 people were killed (10 in "
     "some reports).", (10, "at-least"), None),
    ("On 3 May 2014, gunmen stormed a hotel in Gao. Police put the toll at 12 dead, while other "
     "reports gave eight, and dozens were wounded.", (8, "at-least"), (None, "unknown")),
    ("On 4 May 2014, a car bomb hit a market in Jos, killing 21 people; other sources put the "
     "toll at 19.", (19, "at-least"), None),
    # controls: a report that gives no second count leaves the count as written
    ("On 6 May 2014, a bomb killed 9 people in Kano; in some reports the device was hidden in a "
     "cart.", (9, "exact"), None),
    ("On 7 May 2014, police said 15 people were killed in Jos; other reports gave no figure.",
     (15, "exact"), None),
    # a period's subtotal is no count of the entry
    ("On 8 May 2014, fighters began shelling army posts across the north; 30 soldiers were "
     "killed in July alone.", None, None),
    ("On 9 May 2014, rebels opened an offensive near Gao, and 14 soldiers were killed in the "
     "first week alone.", None, None),
    ("On 10 May 2014, the group began a bombing campaign in Kano; in 2014 alone, 40 police "
     "officers died.", None, None),
    # controls: "alone" of a doer, "lone"
    ("On 11 May 2014, a lone gunman opened fire in a mosque in Kano, killing 11 worshippers.",
     (11, "exact"), None),
    ("On 12 May 2014, the bomber, acting alone, killed 7 people at a market in Jos.",
     (7, "exact"), None),
    # an unknown number: the figure is stated, its count unknown
    ("On 13 May 2014, rebels seized the airport at Gao. An unknown number of people were "
     "killed before the army retook it.", (None, "unknown"), None),
    ("On 14 May 2014, gunmen raided a village near Jos, and an unknown number of villagers "
     "died.", (None, "unknown"), None),
    ("On 15 May 2014, a bomb exploded in a market in Kano; an unknown number of passers-by "
     "were wounded.", None, (None, "unknown")),
    # controls: "unknown" that is no number of the dead
    ("On 16 May 2014, police said unknown attackers killed 6 guards at a bank in Gao.",
     (6, "exact"), None),
    ("On 17 May 2014, an unknown number of fighters took part in a raid on Kidal; 4 police "
     "officers were killed.", (4, "exact"), None),
    # a vague count ("dozens", "scores", "several", "hundreds"): people were killed or wounded,
    # and no count is written: the figure is stated, its count unknown
    ("On 18 May 2014, a truck bomb struck a market in Kano, killing dozens.",
     (None, "unknown"), None),
    ("On 19 May 2014, gunmen raided a village near Jos; scores of villagers were killed.",
     (None, "unknown"), None),
    ("On 20 May 2014, a bomb exploded on a bus in Gao, wounding several passengers.",
     None, (None, "unknown")),
    ("On 21 May 2014, the blast at a church in Jos left hundreds injured and 4 dead.",
     (4, "exact"), (None, "unknown")),
    # controls: the attackers counted, another event's dead, a total over years, "many of them"
    ("On 22 May 2014, militants attacked an army base near Gao; troops killed dozens of "
     "militants.", None, None),
    ("On 23 May 2014, a bomb exploded at a bus station in Kano, in retaliation for a raid that "
     "killed dozens.", None, None),
    ("On 24 May 2014, the group, which has killed hundreds since 2009, bombed a bridge in Jos.",
     None, None),
    ("On 25 May 2014, gunmen seized 40 hostages at a school in Gao; many of them were later "
     "freed.", None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), FIGURES,
                         ids=[f[:60] for f, _, _ in FIGURES])
def test_the_figures_the_sentences_state(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- a table's deaths column ------------------------------------------------------------------

DEATHS = [
    ("12 May 2011 | Kano | Bombing of a bus station | none", (0, "exact")),
    ("13 May 2011 | Jos | Raid on a police post | 30 or 32 (sources differ)", (30, "at-least")),
    ("14 May 2011 | Gao | Ambush of a convoy | unknown; estimates range from a dozen to "
     "several dozen", (None, "unknown")),
    ("15 May 2011 | Kidal | Attack on a market | 7", (7, "exact")),
    # control: a cell that gives two counts of its own states neither
    ("16 May 2011 | Menaka | Raid on a camp | 5; 3 more died later", None),
]


@pytest.mark.parametrize(("row", "killed"), DEATHS, ids=[r[:40] for r, _ in DEATHS])
def test_a_deaths_column_reads_as_the_closing_note(tmp_path: Path, row, killed):
    table = f"Date | Place | Event | Deaths\n{row}"
    assert _read(tmp_path, table) == {FIRST + 1: (_iso(row), killed, None)}


def _iso(row: str) -> str:
    day = row.split(" ", 1)[0]
    return f"2011-05-{int(day):02d}"


def test_every_shape_has_three_wordings_at_least():
    for bank in (HEDGED, CONSEQUENCES, PARTS, SPANS, FIGURES, DEATHS):
        assert len(bank) >= 3
