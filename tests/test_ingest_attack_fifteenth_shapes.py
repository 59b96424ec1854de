"""Attack entries, dates and figures in the shapes the fifteenth round found on unseen text.

`dev-16` (blind until the fifteenth round) was scored before any change, and every miss and
wrong fact of attacks, dates, killed and wounded there and in `dev-15`, `dev-14` and `dev-13`
was classed by the shape of the sentence: a later sentence that dates the claim of the attack
(not another attack); a span of two years joined by "to" in a head; a closing note whose count
names those counted ("(14 police killed)"); a vague count of victims joined by "and"; the verb
before its subject ("died fourteen soldiers"); two counts each given with its source ("fourteen
according to the ministry, fifteen according to later reports"); a count that is the subject of
an active verb with an object ("the one that killed the president": the killer, not the killed);
a vague count in a period's subtotal ("killing dozens in the first week alone"); and an
upper bound ("as many as 99", `dev-12`). Each shape is tested in wordings of our own (other
names, places, verbs and orders; no corpus line), with controls that look alike and must state
nothing new, each asserting the exact facts produced.
"""

from __future__ import annotations

import pytest

from kg.ingest.casualties import parse_casualty_note
from kg.ingest.dates import find_dates
from tests.test_ingest_attack_entry_grammar import FIRST, _read

# --- a later sentence dates the claim of the attack, not another attack ----------------------

CLAIM_DATED = [
    ("On 4 May 2011 a car bomb exploded outside the governor's office in Gao, killing 12 "
     "people. The front claimed the bombing in a statement issued in 2012.",
     ("2011-05-04", (12, "exact"), None)),
    ("In March 2014 gunmen stormed a hotel in Bamako, killing 9 guests. The group acknowledged "
     "the attack in a video released in June 2015.", ("2014-03", (9, "exact"), None)),
    ("On June 3, 2016, fighters ambushed a convoy near Kidal and killed 7 soldiers; officials "
     "attributed the ambush to the front in a report published in 2017.",
     ("2016-06-03", (7, "exact"), None)),
    ("On 8 October 2013 a suicide bomber struck a market in Kano, wounding 30 people. The "
     "front's leader named the bombing among its operations in a recording of 2014.",
     ("2013-10-08", None, (30, "exact"))),
]


@pytest.mark.parametrize(("entry", "read"), CLAIM_DATED, ids=[e[:40] for e, _ in CLAIM_DATED])
def test_a_later_sentence_that_dates_the_claim_leaves_the_entry_its_date(tmp_path, entry, read):
    assert _read(tmp_path, entry) == {FIRST: read}


@pytest.mark.parametrize("entry", [
    # controls: a later sentence that tells another attack with its own date; a paragraph of
    # two attacks: no one date is the entry's
    "On 4 May 2011 a car bomb exploded in Gao. On 9 June 2011 a second bomb exploded in Kano.",
    "On 4 May 2011 a car bomb exploded in Gao, killing 12; in 2012 fighters bombed the same "
    "market again.",
    "On 4 May 2011 a car bomb exploded in Gao. The front claimed the bombing, and in 2012 its "
    "fighters stormed the prison of Kano.",
])
def test_a_later_sentence_that_tells_another_dated_attack_still_refuses_one_date(tmp_path, entry):
    assert _read(tmp_path, entry) == {}


# --- a span of two years joined by "to", "until", "through" ---------------------------------

YEARS_JOINED = [
    ("1986 to 1992", ["1986/1992"]),
    ("raids from the hills, 2009 until 2012, on police posts", ["2009/2012"]),
    ("Kidal region, 2014 through 2016", ["2014/2016"]),
    # controls: a later year first is two years; a year then a count is one year
    ("2012 to 2010", ["2012", "2010"]),
    ("grew in 2011 to 2000 fighters", ["2011"]),
    # controls: a month's or a day's year is that date's, read apart from the year after it
    ("from June 1990 until 2001", ["1990-06/2001"]),
    ("led it June 1990 until 2001", ["1990-06", "2001"]),
    ("on 3 May 1990 to 1995", ["1990-05-03", "1995"]),
]


@pytest.mark.parametrize(("text", "edtfs"), YEARS_JOINED, ids=[t for t, _ in YEARS_JOINED])
def test_two_years_joined_by_to_are_a_span(text, edtfs):
    assert [date.edtf for _, _, date in find_dates(text)] == edtfs


YEARS_JOINED_HEADS = [
    ("3. Gao region, 2011 to 2013 — raids on police posts and army convoys. (30 killed)",
     ("2011/2013", (30, "exact"), None)),
    ("- Kano State, 2009 until 2012 — bombings of churches and markets in the city.",
     ("2009/2012", None, None)),
    ("Kidal, 2014 through 2016 — ambushes of UN convoys on the northern road. (4 wounded)",
     ("2014/2016", None, (4, "exact"))),
]


@pytest.mark.parametrize(("entry", "read"), YEARS_JOINED_HEADS,
                         ids=[e[:40] for e, _ in YEARS_JOINED_HEADS])
def test_a_head_with_a_place_and_two_years_joined_by_to(tmp_path, entry, read):
    assert _read(tmp_path, entry) == {FIRST: read}


# --- a closing note whose count names those counted -------------------------------------------

NOTES_WITH_WHO = [
    ("14 police killed", [("killed", 14, "exact")]),
    ("3 soldiers killed, 12 civilians wounded", [("killed", 3, "exact"),
                                                 ("wounded", 12, "exact")]),
    ("2 policemen injured", [("wounded", 2, "exact")]),
    ("at least 7 passengers dead", [("killed", 7, "at-least")]),
    # controls: those counted are the attackers; a sum the note does not write; nothing read
    ("5 militants killed", []),
    ("12 soldiers and 3 civilians killed", []),
]


@pytest.mark.parametrize(("note", "figures"), NOTES_WITH_WHO, ids=[n for n, _ in NOTES_WITH_WHO])
def test_a_note_that_names_those_it_counts(note, figures):
    parsed, _leftovers = parse_casualty_note(note)
    assert [(f.kind, f.count, f.qualifier) for f in parsed] == figures


# --- a vague count of victims joined by "and" -------------------------------------------------

VAGUE_JOINED = [
    ("On 4 May 2012 fighters overran a barracks near Gao; dozens of soldiers and police "
     "killed, weapons seized.", (None, "unknown"), None),
    ("On 5 May 2012 gunmen raided a village near Kano; scores of farmers and herders were "
     "killed.", (None, "unknown"), None),
    ("On 6 May 2012 a bomb hit a checkpoint in Jos; several officers and passers-by were "
     "wounded.", None, (None, "unknown")),
    # controls: a count of the dead and a vague count of the wounded stay apart; the attackers
    ("On 7 May 2012 a bomb hit a bus in Gao; 12 dead and many wounded.", (12, "exact"),
     (None, "unknown")),
    ("On 8 May 2012 troops stormed a camp near Kidal; dozens of militants and fighters were "
     "killed.", None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), VAGUE_JOINED,
                         ids=[e[:40] for e, _, _ in VAGUE_JOINED])
def test_a_vague_count_of_victims_joined_by_and(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- the verb before its subject ("died fourteen soldiers") -----------------------------------

VERB_FIRST = [
    ("On 4 June 2014, at a checkpoint near Gao, died nine soldiers in the ambush.",
     (9, "exact"), None),
    ("On 5 June 2014 a mine exploded under a bus near Kano; perished 23 passengers.",
     (23, "exact"), None),
    ("On 6 June 2014, in the market of Jos, were wounded twelve traders by the blast.",
     None, (12, "exact")),
    # controls: a span of time after the verb; those counted are the attackers
    ("On 7 June 2014 a guard was shot in Gao; he died two days later in hospital.", None, None),
    ("On 8 June 2014 fighters raided a post near Kidal; died 3 gunmen in the exchange.",
     None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), VERB_FIRST,
                         ids=[e[:40] for e, _, _ in VERB_FIRST])
def test_a_count_after_its_verb(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- two counts, each given with its source ("N according to A, M according to B") -----------

ACCORDING_TO_EACH = [
    ("On 4 July 2015 fighters attacked two posts near Gao; died fourteen soldiers according to "
     "the army, fifteen according to later reports.", (14, "at-least"), None),
    ("On 5 July 2015 a bomb hit a market in Kano, killing 23 people according to the police "
     "and 31 according to the hospital.", (23, "at-least"), None),
    ("On 6 July 2015 gunmen fired on a church in Jos: 40 wounded according to the governor, "
     "52 according to the Red Cross.", None, (40, "at-least")),
    # controls: one source for one count; two sources for one count
    ("On 7 July 2015 a bomb hit a café in Gao, killing 12 people, according to the police.",
     (12, "exact"), None),
    ("On 8 July 2015 a mine hit a truck near Mopti, killing 6 soldiers according to the army "
     "and according to local officials.", (6, "exact"), None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), ACCORDING_TO_EACH,
                         ids=[e[:40] for e, _, _ in ACCORDING_TO_EACH])
def test_two_counts_each_with_its_source_give_at_least_the_lower(tmp_path, entry, killed,
                                                                  wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- a count that is the subject of an active verb with an object: the killers ---------------

ACTIVE_OBJECT = [
    ("Between May and August 2016 the front set off car bombs across Gao, among them the one "
     "that killed the mayor outside his office.", None),
    ("In 2017 gunmen of the front placed three devices on the road to Kano, two of which "
     "killed police officers.", None),
    ("In 2018 the front sent five squads into Jos; one killed a judge at his home.", None),
    # controls: the count is of those killed (passive, or no object)
    ("In 2019 a bomb hit a bus in Gao; one passenger was killed.", (1, "exact")),
    ("In 2020 gunmen raided a farm near Kano; two farmers killed, cattle stolen.", (2, "exact")),
    ("In 2021 a bomb hit a market in Gao. At least 14 killed (police figures), 16 by the "
     "army's count.", (14, "at-least")),
]


@pytest.mark.parametrize(("entry", "killed"), ACTIVE_OBJECT,
                         ids=[e[:40] for e, _ in ACTIVE_OBJECT])
def test_a_count_that_killed_someone_is_no_count_of_the_dead(tmp_path, entry, killed):
    ((_date, got_killed, _wounded),) = _read(tmp_path, entry).values()
    assert got_killed == killed


# --- a vague count in a period's subtotal -----------------------------------------------------

VAGUE_SUBTOTAL = [
    ("In May 2019, as protests spread through Gao, troops fired on the crowds, killing dozens "
     "in the first week alone.", (None, "unknown"), None),
    ("In June 2019 fighters shelled the camps around Kano, wounding hundreds on the first day "
     "alone.", None, (None, "unknown")),
    ("In July 2019 gunmen raided villages near Jos; scores were killed in the district of "
     "Bokkos alone.", (None, "unknown"), None),
    # controls: a written count in a subtotal is no toll of the entry; a total over years
    ("In August 2019 troops fired on the crowds in Gao, killing 40 in the first week alone.",
     None, None),
    ("In September 2019 fighters raided posts near Kidal; dozens have been killed there since "
     "2015.", None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), VAGUE_SUBTOTAL,
                         ids=[e[:40] for e, _, _ in VAGUE_SUBTOTAL])
def test_a_vague_count_in_a_subtotal_is_still_an_unknown_count(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


# --- an upper bound: "as many as N", "up to N" (about that many) -----------------------------

UPPER_BOUNDS = [
    ("On 4 March 2017 gunmen raided a village near Gao, killing as many as 30 people.",
     (30, "approximately"), None),
    ("On 5 March 2017 a bomb hit a bus station in Kano; as many as 12 passengers were wounded.",
     None, (12, "approximately")),
    ("On 6 March 2017 fighters shelled a camp near Jos, killing up to 40 civilians.",
     (40, "approximately"), None),
    # controls: those counted are the attackers; a count of those who attacked, not of victims
    ("On 7 March 2017 troops stormed a camp near Kidal; as many as 9 gunmen were killed.",
     None, None),
    ("On 8 March 2017 as many as 20 fighters stormed the prison of Gao.", None, None),
]


@pytest.mark.parametrize(("entry", "killed", "wounded"), UPPER_BOUNDS,
                         ids=[e[:40] for e, _, _ in UPPER_BOUNDS])
def test_an_upper_bound_is_about_that_many(tmp_path, entry, killed, wounded):
    ((_date, got_killed, got_wounded),) = _read(tmp_path, entry).values()
    assert (got_killed, got_wounded) == (killed, wounded)


def test_every_shape_has_three_wordings_and_two_controls_at_least():
    banks = (CLAIM_DATED, YEARS_JOINED, YEARS_JOINED_HEADS, NOTES_WITH_WHO, VAGUE_JOINED,
             VERB_FIRST, ACCORDING_TO_EACH, ACTIVE_OBJECT, VAGUE_SUBTOTAL, UPPER_BOUNDS)
    assert all(len(bank) >= 3 for bank in banks)
