"""Attack entries, dates and figures in the shapes the fourteenth round found on unseen text.

`dev-15` (blind until the fourteenth round) was scored before any change and every miss and
wrong fact of attacks, dates, killed and wounded was classed by the shape of the line: lines
that each open with a place or target and a spaced dash and date the attack later in the line,
written one per line with no blank line between (and an abbreviation such as "Dr." inside
them); two months in a row joined by "and"; a range of seasons; a part of a month in a head; a
paragraph whose first sentence only leads in; a siege whose end a later clause dates; a closing
note with citation marks after it; a table's "Casualties" column anywhere in the row; two
sources' counts given by a source's clause or with the verb left out; a toll located ("in the
city") before its count; and "N more" wounded beyond a count of the dead. Each shape is tested
here in wordings of our own (other names, places, verbs and orders; no corpus line), with
controls that look alike and must state nothing new, each asserting the exact facts produced.
"""

from __future__ import annotations

import pytest

from kg.ingest.dates import find_dates, parse_date
from tests.test_ingest_attack_entry_grammar import FIRST, _entries, _read

# --- one line per attack, the place or target first, the date later in the line -------------

HEADED_LINES = [
    "Kidal, Mali — a UN convoy, ambushed on 4 March 2014 by gunmen on the northern road; two "
    "trucks burned. (3 killed)",
    "Boston, Massachusetts — Dr. Ann Wells, shot outside her clinic on June 12, 1994 by a man "
    "who was later convicted of murder. (1 killed)",
    "Mopti, central Mali – a bus carrying traders, struck by a mine in May 2016; several "
    "passengers were wounded.",
    "Police posts along the river - fighters fired on the guards during March and April 2017 "
    "in a string of night raids. (5 killed)",
]


def test_lines_that_each_open_with_a_place_and_a_dash_are_one_entry_each(tmp_path):
    entries = "\n".join(HEADED_LINES)
    assert [line for line, _ in _entries(entries)] == [FIRST, FIRST + 1, FIRST + 2, FIRST + 3]
    assert _read(tmp_path, entries) == {
        FIRST: ("2014-03-04", (3, "exact"), None),
        FIRST + 1: ("1994-06-12", (1, "exact"), None),
        FIRST + 2: ("2016-05", None, (None, "unknown")),
        FIRST + 3: ("2017-03/2017-04", (5, "exact"), None),
    }


@pytest.mark.parametrize("second", [
    # controls: a head and a dash, but no date of the attack (a note, a denial, a reference)
    "Gao — the group denied any part in it.",
    "Sources — police said the attack had been planned abroad on 3 March 2014.",
    "Gao — the bomb went off in retaliation for the raid of 2 February 2014.",
])
def test_a_dashed_line_with_no_date_of_its_own_continues_the_entry_above(second):
    first = "Kidal, Mali — a UN convoy, ambushed on 4 March 2014 by gunmen. (3 killed)"
    assert [line for line, _ in _entries(f"{first}\n{second}")] == [FIRST]


def test_a_wrapped_line_continues_its_entry_even_with_a_dash_and_a_date():
    # control: the line above has not ended its sentence, so the next line is its wrap
    entries = ("Kidal, Mali — a UN convoy, ambushed on 4 March 2014 by gunmen who had waited\n"
               "Overnight — and struck again on 5 March 2014 at dawn. (3 killed)")
    assert [line for line, _ in _entries(entries)] == [FIRST]


# --- dates: two months in a row joined by "and", a range of seasons, a part of a month --------

MONTHS_JOINED = [
    ("letters mailed in October and November 2001", "2001-10/2001-11"),
    ("raids during May and June of 2016", "2016-05/2016-06"),
    ("shelling throughout January and February 1999", "1999-01/1999-02"),
    ("December and January 2004", None),  # control: a year's end and start, not one year's
    ("in March and October 2001", "2001-10"),  # control: two months apart are no span
]


@pytest.mark.parametrize(("text", "edtf"), MONTHS_JOINED, ids=[t for t, _ in MONTHS_JOINED])
def test_two_months_in_a_row_joined_by_and_are_a_span(text, edtf):
    found = [date.edtf for _, _, date in find_dates(text)]
    assert found == ([edtf] if edtf else ["2004-01"])


SEASONS = [
    ("From the autumn of 2009 to the spring of 2010", "2009-23/2010-21"),
    ("from the summer of 2011 to the winter of 2012", "2011-22/2012-24"),
    ("From spring 2003 to autumn 2004", "2003-21/2004-23"),
    ("the autumn of 2009", "2009-23"),  # control: one season stays one season
    ("in the summer of 2014", "2014-22"),  # control
]


@pytest.mark.parametrize(("text", "edtf"), SEASONS, ids=[t for t, _ in SEASONS])
def test_a_range_of_seasons_reads_as_its_span(text, edtf):
    assert [date.edtf for _, _, date in find_dates(text)] == [edtf]


def test_an_entry_opening_with_a_range_of_seasons_is_dated_by_it(tmp_path):
    entry = ("From the summer of 2011 to the winter of 2012 the front claimed a string of "
             "bombings of police posts around Gao.")
    assert _read(tmp_path, entry) == {FIRST: ("2011-22/2012-24", None, None)}


PART_OF_MONTH_HEADS = [
    ("- Camp for displaced people, on the edge of Gao — early November 2023: gunmen shot "
     "residents. (4 killed)", "2023-11"),
    ("- Market of Kidal — late May 2019: a car bomb exploded. (4 killed)", "2019-05"),
    ("- Police station, Mopti — mid-March 2015: fighters stormed it. (4 killed)", "2015-03"),
    # control: the month as written, no part of it
    ("- Police station, Mopti — March 2015: fighters stormed it. (4 killed)", "2015-03"),
]


@pytest.mark.parametrize(("entry", "edtf"), PART_OF_MONTH_HEADS,
                         ids=[e[:40] for e, _ in PART_OF_MONTH_HEADS])
def test_a_head_that_dates_the_entry_by_part_of_a_month(tmp_path, entry, edtf):
    assert _read(tmp_path, entry) == {FIRST: (edtf, (4, "exact"), None)}


# --- a first sentence that only leads in, then the attack's sentence opens with its date ------

LEAD_INS = [
    ("Kano was next. On 5 June 2012 gunmen stormed a church and opened fire on worshippers. "
     "(9 killed)", "2012-06-05"),
    ("The worst came that winter. In January 2015 fighters raided the barracks at Gao. "
     "(9 killed)", "2015-01"),
    ("Then the capital was hit. On March 3, 2016, a bomb exploded at a bus station in Bamako. "
     "(9 killed)", "2016-03-03"),
]


@pytest.mark.parametrize(("entry", "edtf"), LEAD_INS, ids=[e[:30] for e, _ in LEAD_INS])
def test_a_lead_in_sentence_then_the_attack_with_its_date(tmp_path, entry, edtf):
    assert _read(tmp_path, entry) == {FIRST: (edtf, (9, "exact"), None)}


@pytest.mark.parametrize("entry", [
    # controls: the lead-in has a date of its own; the dated sentence tells no attack
    "The front was founded in 2002. On 5 June 2012 gunmen stormed a church in Kano. (9 killed)",
    "The town was quiet for a year. On 5 June 2012 the front issued a statement. (9 killed)",
])
def test_no_date_where_the_lead_in_is_dated_or_the_dated_sentence_tells_no_attack(tmp_path,
                                                                                 entry):
    assert _read(tmp_path, entry) == {}


# --- a siege told from its first day, its end dated by a later clause ------------------------

SIEGES = [
    ("On 3 March 2011 gunmen seized a hotel in Gao and held 40 guests hostage; the siege ended "
     "on 5 March when troops stormed the building. (9 killed)", "2011-03-03/2011-03-05"),
    ("Fighters occupied the town hall of Kidal on 12 May 2013, holding its staff hostage. "
     "Special forces stormed it on 14 May. (9 killed)", "2013-05-12/2013-05-14"),
    ("On 20 June 2015 gunmen took 30 pupils hostage at a school in Jos; the stand-off came to "
     "an end on June 22. (9 killed)", "2015-06-20/2015-06-22"),
    # controls: a release is no end of the attack; an end months later is none; no siege told
    ("On 3 May 2010 gunmen seized two engineers near Kano; police freed them on 5 May. "
     "(9 killed)", "2010-05-03"),
    ("On 3 May 2010 gunmen seized a mine near Gao and held its workers; the occupation ended "
     "on 30 September. (9 killed)", "2010-05-03"),
    ("On 3 May 2010 fighters shelled a base near Gao; the army stormed their camp on 5 May. "
     "(9 killed)", "2010-05-03"),
    # control: the writer's own date prefix is the entry's date and stays it
    ("4 May 2012: Gunmen seized a hotel in Gao and held its guests hostage; the siege ended "
     "on 6 May. (9 killed)", "2012-05-04"),
]


@pytest.mark.parametrize(("entry", "edtf"), SIEGES, ids=[e[:40] for e, _ in SIEGES])
def test_a_siege_ended_in_a_later_clause_spans_both_days(tmp_path, entry, edtf):
    assert _read(tmp_path, entry) == {FIRST: (edtf, (9, "exact"), None)}


# --- a closing note with citation marks after it ---------------------------------------------

CITED_NOTES = [
    ("4 May 2011: A bomb exploded in a café in Gao. (8 killed, 40+ wounded)[3]",
     (8, "exact"), (40, "at-least")),
    ("5 May 2011: Gunmen shot a judge in Kano. (1 killed)[12]", (1, "exact"), None),
    ("6 May 2011: A mine hit a bus near Mopti. (0 killed, 3 wounded).[4][5]",
     (0, "exact"), (3, "exact")),
    # control: a bracket that is no note stays text, and no figure comes of it
    ("7 May 2011: Fighters burned a school in Jos (see [3]).", None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), CITED_NOTES,
                         ids=[e[:40] for e, _, _ in CITED_NOTES])
def test_a_closing_note_followed_by_citation_marks(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- a table's casualties column, wherever it stands -----------------------------------------

CASUALTY_CELLS = [
    ("None", (0, "exact"), (0, "exact")),
    ("Wounded, number not stated", None, (None, "unknown")),
    ("killed (number unknown)", (None, "unknown"), None),
    ("4 killed, 9 wounded", (4, "exact"), (9, "exact")),
    # controls: a cell no note reader reads whole stays a field; no count is made up
    ("Not broken down by district", None, None),
    ("3 guards killed", (3, "exact"), None),
]


@pytest.mark.parametrize(("cell", "killed", "wounded"), CASUALTY_CELLS,
                         ids=[c for c, _, _ in CASUALTY_CELLS])
def test_a_casualties_column_before_the_last(tmp_path, cell, killed, wounded):
    table = ("Date | Place | Target | Casualties | Blamed on\n---|---|---|---|---\n"
             f"May 2012 | Gao | A police post | {cell} | RVF (police)")
    assert _read(tmp_path, table) == {FIRST + 2: ("2012-05", killed, wounded)}


# --- two sources' counts: a source's own clause, or its verb left out -------------------------

TWO_SOURCES = [
    ("On 4 June 2013 troops fired on marchers in Gao; medics counted more than 50 dead, the "
     "ministry 38.", (38, "at-least")),
    ("On 5 June 2013 gunmen raided a market in Kano; police said 20 people were killed; a "
     "rights group spoke of more than 30.", (20, "at-least")),
    ("On 6 June 2013 a bomb hit a church in Jos, and officials put the toll at 44; the Red "
     "Cross gave 51.", (44, "at-least")),
    ("On 7 June 2013 fighters shelled a camp near Kidal; aid workers reported more than 200 "
     "people killed; the UN spoke of more than 150.", (151, "at-least")),
    # controls: a part of the count, and the source of the only count, give one count as written
    ("On 8 June 2013 gunmen killed 12 people in Gao, among them 3.", (12, "exact")),
    ("On 9 June 2013 a bomb killed 14 people in Kano, the police said.", (14, "exact")),
    # a third number in the sentence: which two are the sources' counts is not said, so no
    # lower count is taken (the least of them, 3, would be the policemen, not the toll)
    ("On 10 June 2013 gunmen killed 12 people, 3 of them policemen, in Gao; a rights group "
     "spoke of more than 30.", (12, "exact")),
]


@pytest.mark.parametrize(("entry", "killed"), TWO_SOURCES, ids=[e[:40] for e, _ in TWO_SOURCES])
def test_two_sources_counts_give_at_least_the_lower(tmp_path, entry, killed):
    ((_date, got_killed, _wounded),) = _read(tmp_path, entry).values()
    assert got_killed == killed


# --- a toll located before its count ---------------------------------------------------------

TOLLS = [
    ("On 4 July 2013 fighters attacked the camp; a panel put the toll in the camp at 300 to "
     "400.", (300, "at-least")),
    ("On 5 July 2013 gunmen raided two towns; the death toll in both towns rose to 58.",
     (58, "exact")),
    ("On 6 July 2013 rebels shelled the valley, and the toll among the villagers stood at 27.",
     (27, "exact")),
    # control: a total over years is no toll of the entry
    ("On 7 July 2013 rebels shelled the valley; the toll in the region since 2009 stands at "
     "900.", None),
]


@pytest.mark.parametrize(("entry", "killed"), TOLLS, ids=[e[:40] for e, _ in TOLLS])
def test_a_toll_located_before_its_count(tmp_path, entry, killed):
    ((_date, got_killed, _wounded),) = _read(tmp_path, entry).values()
    assert got_killed == killed


# --- "N more" wounded beyond a count of the dead ---------------------------------------------

MORE = [
    ("On 4 August 2014 a bomb hit a bus in Gao. Nine people died and 40 more were injured.",
     (9, "exact"), (40, "exact")),
    ("On 5 August 2014 a blast struck a market in Kano, killing 5, and hundreds more were hurt.",
     (5, "exact"), (None, "unknown")),
    ("On 6 August 2014 gunmen attacked a church in Jos. Twelve died; dozens more were wounded.",
     (12, "exact"), (None, "unknown")),
    # controls: "more" of the same kind adds to a count and is no figure of its own
    ("On 7 August 2014 a bomb hit a café in Gao. Twelve people were killed; 3 more died later "
     "in hospital.", (12, "exact"), None),
    ("On 8 August 2014 a mine hit a truck near Mopti. Four people were wounded and 2 more were "
     "wounded by a second blast.", None, (4, "exact")),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), MORE, ids=[e[:40] for e, _, _ in MORE])
def test_more_wounded_beyond_a_count_of_the_dead(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


def test_a_two_months_date_prefix_parses():
    assert parse_date("October and November 2001").edtf == "2001-10/2001-11"


def test_every_shape_has_three_wordings_and_two_controls_at_least():
    banks = (HEADED_LINES, MONTHS_JOINED, SEASONS, PART_OF_MONTH_HEADS, LEAD_INS, SIEGES,
             CITED_NOTES, CASUALTY_CELLS, TWO_SOURCES, TOLLS, MORE, DAY_THEN_DOERS, ADVERBS,
             STARTED_UNTIL, UNTIL_AN_EVENT)
    assert all(len(bank) >= 3 for bank in banks)


# --- a full date followed by those the sentence counts elsewhere ("… 2010 fighters") ----------

DAY_THEN_DOERS = [
    ("On 3 May 2010 fighters shelled a base near Gao.", ["2010-05-03"]),
    ("On June 4, 2013 troops fired on marchers in Kano.", ["2013-06-04"]),
    ("In March 2015 soldiers raided a village near Jos.", ["2015-03"]),
    # controls: a number alone before those counted is a count, not a year
    ("A force of 2000 fighters attacked the town.", []),
    ("Some 1999 civilians fled the camp.", []),
]


@pytest.mark.parametrize(("text", "edtfs"), DAY_THEN_DOERS, ids=[t for t, _ in DAY_THEN_DOERS])
def test_a_day_or_month_before_a_word_of_those_counted_is_still_a_date(text, edtfs):
    assert [date.edtf for _, _, date in find_dates(text)] == edtfs


# --- an adverb between the auxiliary and the participle ("were reportedly killed") -----------

ADVERBS = [
    ("On 9 May 2016 fighters overran a base near Gao; dozens of soldiers were reportedly "
     "killed.", (None, "unknown"), None),
    ("On 10 May 2016 a bomb hit a bus in Kano. Five passengers were also wounded.",
     None, (5, "exact")),
    ("On 11 May 2016 gunmen seized a hotel in Jos; 12 guests were later killed.",
     (12, "exact"), None),
    # controls: nobody harmed, and those counted are the attackers
    ("On 12 May 2016 a bomb exploded at a depot in Gao; no one was reportedly hurt.", None, None),
    ("On 13 May 2016 fighters raided a post near Kidal; 6 attackers were reportedly killed.",
     None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), ADVERBS,
                         ids=[e[:40] for e, _, _ in ADVERBS])
def test_an_adverb_inside_the_verb_keeps_the_count(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- a start the sentence opens with ("Starting in …"), its end a later month after "until" ---

STARTED_UNTIL = [
    ("Beginning in May 2012, fighters raided police posts across the valley until the army "
     "retook it in August.", "2012-05/2012-08"),
    ("Starting on 3 June 2014, the front shelled the town until troops arrived in July and "
     "August.", "2014-06-03/2014-08"),
    ("Starting in late March 2009, rebels held the road north of Gao, until an offensive drove "
     "them out in May.", "2009-03/2009-05"),
    # controls: no month after "until", or one that is no later month of the same year
    ("Starting in October 2007, fighters raided posts until the army arrived.", "2007-10"),
    ("Starting in October 2007, fighters raided posts until an offensive in March pushed them "
     "out.", "2007-10"),
]


@pytest.mark.parametrize(("entry", "edtf"), STARTED_UNTIL, ids=[e[:40] for e, _ in STARTED_UNTIL])
def test_a_start_and_a_later_month_after_until_are_the_span(tmp_path, entry, edtf):
    ((date, _killed, _wounded),) = _read(tmp_path, entry).values()
    assert date == edtf


# --- a span whose end is an event the sentence dates ("Between 2007 and the withdrawal … in") -

UNTIL_AN_EVENT = [
    ("Between 2012 and the fall of the town in March 2014, fighters of the front raided posts "
     "around Gao.", "2012/2014-03"),
    ("From May 2009 until the peace deal signed in August 2010, gunmen attacked convoys near "
     "Kidal.", "2009-05/2010-08"),
    ("Between 2003 and the ceasefire on 4 June 2006, the front bombed bridges in the north.",
     "2003/2006-06-04"),
    # controls: an end before the start makes no span (the opening year, as before); a date of
    # another event later in the sentence is no end
    ("Between 2007 and the raid in 2005, fighters attacked police posts in Gao.", "2007"),
    ("Between 2007 and 2009, gunmen attacked convoys near Kidal, in retaliation for the raid "
     "of 2006.", "2007/2009"),
]


@pytest.mark.parametrize(("entry", "edtf"), UNTIL_AN_EVENT,
                         ids=[e[:40] for e, _ in UNTIL_AN_EVENT])
def test_a_span_until_a_dated_event(tmp_path, entry, edtf):
    read = _read(tmp_path, entry)
    assert [date for date, _, _ in read.values()] == ([edtf] if edtf else [])
