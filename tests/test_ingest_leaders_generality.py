"""Leadership by GENERAL SHAPE, tenth round: the shapes `dev-10` showed, in wordings of our own.

`dev-10` (blind `heldout-8` until this round) was scored before anything changed: leaders
0.38 / 0.75 (16 key leaders, 8 stated, 2 of them wrong). Every miss and wrong leader was
classified by the shape of its sentence (docs/ingest-accuracy.md, "Tenth round"), and each
shape is written here in at least three wordings of our own — other names, places, verbs,
dates and orders than any profile's — beside wordings of the same shape that must state
NOTHING (another body led, a role that is not the leadership, an act that is no end):

- a start told by someone's end: "Y has led it since X's death";
- a passive of leading whose agent stands in apposition ("led by his brother, Y"), or whose
  auxiliary comes before the subject after a fronted adverbial ("Since then is the group led
  by Y");
- the group named by the head noun of its title ("the Emirate" of "Coastal Emirate");
- a leadership shared with a companion ("shared the leadership with Y", "co-led it with Y");
- a label with a range and a hedge ("General Secretary: X alias Y, 2004 to 2018";
  "Acting emir (reportedly): X, 2010 – 2012"), its capitalised post no person;
- a table of tenures written with pipes, and a bulleted list whose lines end without a stop;
- an end that shares the auxiliary of a passive start ("was named emir in D and killed in D2");
- citation marks after a full stop ("… in 2015.[4] Y succeeded him").

Cheap by design, as the other banks: one synthetic profile's context per module, each case
read with a fresh state.
"""

from __future__ import annotations

import pytest

from kg.ingest.context import IngestContext, split_sentences
from kg.ingest.leaders import LeadershipState, read_sentence
from kg.ingest.leaders.tables import bullet_items, table_rows
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_structures import PROFILE

# (person, since, until, ended_by); a tenure only reported (its start unread) is not stated
Fact = tuple[str, "str | None", "str | None", "str | None"]
Case = tuple[str, list[Fact]]

EMIRATE = """Terrorism Profiles

Sahel Emirate (SE)

Alternative Names:

Imarat al-Sahil, Emirate of the Sahel

Africa: Mali, Niger.

Omar Diallo led the group from 2001.


The Emirate is organised in provinces.

Funding Sources:

Smuggling and ransoms.
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context of the synthetic profile of the other banks (Coastal Resistance Army)."""
    return leadership_context(tmp_path_factory.mktemp("cra10"), "cra", PROFILE)


@pytest.fixture(scope="module")
def emirate(tmp_path_factory) -> IngestContext:
    """A group whose title's head noun is "Emirate"."""
    return leadership_context(tmp_path_factory.mktemp("se10"), "se", EMIRATE)


def read(ctx: IngestContext, text: str) -> tuple[list[Fact], list[str]]:
    """(the tenures a paragraph states, the persons it reports as leaders without a start
    it could read)."""
    state = LeadershipState()
    tenures = []
    for start, end in split_sentences(text):
        tenures += read_sentence(ctx, text[start:end], state).tenures
    stated = [(t.person, t.start and t.start.edtf, t.end and t.end.edtf, t.ended_by)
              for t in tenures if not (t.start is None and t.start_unread)]
    reported = [t.person for t in tenures if t.start is None and t.start_unread]
    return stated, reported


def assert_cases(ctx: IngestContext, cases: list[Case]) -> None:
    assert len(cases) >= 6
    failures = []
    for text, expected in cases:
        got, _ = read(ctx, text)
        if got != expected:
            failures.append(f"{text!r}\n    expected {expected}\n    got      {got}")
    assert not failures, f"{len(failures)} of {len(cases)} read wrong:\n" + "\n".join(failures)


# --- a start told by someone's end ----------------------------------------------------------
SINCE_AN_END: list[Case] = [
    ("Idris Bamba commanded the group from 2006 until he was killed on 4 March 2015. Musa "
     "Keita, once its treasurer, has commanded the group since Bamba's death.",
     [("Idris Bamba", "2006", "2015-03-04", "killed"), ("Musa Keita", "2015-03-04", None, None)]),
    ("Aminata Konaté headed the movement from 1998 until her arrest in June 2011. The "
     "movement has been headed by Seydou Bah since the arrest of Konaté.",
     [("Aminata Konaté", "1998", "2011-06", "arrested"), ("Seydou Bah", "2011-06", None, None)]),
    ("Lamine Diarra ran the group from 2002 until he was captured in October 2009. Ever since "
     "his capture, Yacouba Sanogo has run the group.",
     [("Lamine Diarra", "2002", "2009-10", "arrested"), ("Yacouba Sanogo", "2009-10", None, None)]),
]


def test_a_start_told_by_the_end_of_anothers_tenure_starts_at_that_end(ctx) -> None:
    assert_cases(ctx, [
        *SINCE_AN_END,
        # the new leader's own end is never the start; an end nobody dated leaves the start
        # unread — the tenure is reported, never stated without the start the text tells
        ("Idris Bamba commanded the group from 2006. Musa Keita has commanded the group since "
         "Bamba's death.", [("Idris Bamba", "2006", None, "died")]),
        ("Musa Keita has led the group since the split.", []),
        ("Seydou Bah has headed the movement since the arrest of Omar Sy.", []),
    ])


def test_a_start_told_by_an_undated_event_is_reported_not_stated(ctx) -> None:
    for text in ("Musa Keita has led the group since the split.",
                 "Seydou Bah has headed the movement since the arrest of Omar Sy.",
                 "Lamine Diarra has run the group since his release from prison."):
        stated, reported = read(ctx, text)
        assert stated == [] and len(reported) == 1, (text, stated, reported)


# --- a passive of leading: an agent in apposition, an auxiliary before the subject ------------
PASSIVES: list[Case] = [
    ("Idris Bamba led the group from 2004 until he was killed in May 2013. Since then the group "
     "has been led by his younger brother, Musa Bamba.",
     [("Idris Bamba", "2004", "2013-05", "killed"), ("Musa Bamba", "2013-05", None, None)]),
    ("Since 2016 has the movement been headed by its former treasurer, Aminata Konaté.",
     [("Aminata Konaté", "2016", None, None)]),
    ("Seydou Bah ran the group from 1999 until his death in August 2008. Since then is the "
     "group commanded by Lamine Diarra.",
     [("Seydou Bah", "1999", "2008-08", "died"), ("Lamine Diarra", "2008-08", None, None)]),
    ("From March 2011 was the group directed by Yacouba Sanogo.",
     [("Yacouba Sanogo", "2011-03", None, None)]),
    # another thing led, a body or fighters as the agent: no tenure
    ("In 2012 was the raid led by Omar Sy.", []),
    ("Since 2014 is the group led by fighters loyal to Omar Sy.", []),
    ("The group was led by a council, Omar Sy and Ali Bah, from 2010.", []),
]


def test_a_passive_of_leading_finds_its_agent_in_apposition_and_after_an_inversion(ctx) -> None:
    assert_cases(ctx, PASSIVES)


# --- the group named by the head noun of its title ------------------------------------------
HEAD_NOUN: list[Case] = [
    ("Omar Diallo proclaimed the Emirate on 3 May 2008 and led it as its first emir until his "
     "death in 2013.", [("Omar Diallo", "2008-05-03", "2013", "died")]),
    ("The Emirate was led from 2014 by Moussa Ag Ali.", [("Moussa Ag Ali", "2014", None, None)]),
    ("Hamid Touré became emir of the Emirate in June 2016.",
     [("Hamid Touré", "2016-06", None, None)]),
    # another emirate is another organisation
    ("Hamid Touré became emir of the Emirate of Kidal in June 2016.", []),
    ("Moussa Ag Ali led the Islamic Emirate of Gao from 2012.", []),
    ("Omar Diallo proclaimed a ceasefire on 3 May 2008.", []),
]


def test_the_head_noun_of_the_title_is_the_group(emirate) -> None:
    assert_cases(emirate, HEAD_NOUN)


# --- a leadership shared with a companion ---------------------------------------------------
SHARED: list[Case] = [
    ("Idris Bamba led the group from 1997. In 2001 Bamba gave up the military command, and "
     "from then on he shared the leadership with Musa Keita, the commander who took it over.",
     [("Idris Bamba", "1997", None, None), ("Musa Keita", "2001", None, None)]),
    ("Aminata Konaté co-led the movement with Seydou Bah from 2009.",
     [("Aminata Konaté", "2009", None, None), ("Seydou Bah", "2009", None, None)]),
    ("Lamine Diarra and Omar Sy shared the leadership of the group from March 2012.",
     [("Lamine Diarra", "2012-03", None, None), ("Omar Sy", "2012-03", None, None)]),
    ("Yacouba Sanogo led the group from 2004. From 2010 he shared the command of the group with "
     "his cousin Hamid Touré.",
     [("Yacouba Sanogo", "2004", None, None), ("Hamid Touré", "2010", None, None)]),
    ("The group's founders, Lamine Diarra and Omar Sy, have shared the command since 2011.",
     [("Lamine Diarra", "2011", None, None), ("Omar Sy", "2011", None, None)]),
    # another body's leadership, no leadership at all, a refusal: no companion made leader
    ("Yacouba Sanogo led the group from 2004. In 2010 Sanogo shared the leadership of the Kayes "
     "Front with Hamid Touré.", [("Yacouba Sanogo", "2004", None, None)]),
    ("Lamine Diarra shared a cell with Omar Sy in 2010.", []),
    ("Yacouba Sanogo led the group from 2004. In 2010 he refused to share the leadership with "
     "Hamid Touré.", [("Yacouba Sanogo", "2004", None, None)]),
]


def test_a_leadership_shared_with_a_companion_makes_the_companion_a_co_leader(ctx) -> None:
    assert_cases(ctx, SHARED)


# --- a label with a range, a hedge, a capitalised post ---------------------------------------
LABELS: list[Case] = [
    ("Secretary General: Idris Bamba alias Kalilou, 1999 to March 2006 (resigned, old age).",
     [("Idris Bamba", "1999", "2006-03", None)]),
    ("Acting emir (reportedly): Musa Keita, 2010 – August 2012 (killed in an air strike).",
     [("Musa Keita", "2010", "2012-08", None)]),
    ("Chairman: Aminata Konaté, June 1990 until 2001.",
     [("Aminata Konaté", "1990-06", "2001", None)]),
    ("General Secretary: Seydou Bah, 2004 – present.", [("Seydou Bah", "2004", None, None)]),
    # another post, a qualified post, another body's post: no tenure
    ("Spokesperson, Political Bureau: Omar Sy alias Tiger (killed July 2010, Kayes).", []),
    ("Deputy Emir: Hamid Touré, 2003 – 2009.", []),
    ("Military commander: Lamine Diarra, 2001 to 2004.", []),
]


def test_a_label_with_a_range_and_a_hedge_is_a_tenure(ctx) -> None:
    assert_cases(ctx, LABELS)


def test_a_capitalised_post_is_never_a_person(ctx) -> None:
    from kg.ingest.leaders import template

    for text, post in (("General Secretary: Idris Bamba, 1999 to 2006.", "General Secretary"),
                       ("Supreme Leader: Musa Keita (since 2010).", "Supreme Leader"),
                       ("Acting Emir: Omar Sy.", "Acting Emir")):
        tpl = template(ctx, text, LeadershipState())
        assert post not in tpl.persons.values(), (text, tpl.persons)
        assert len(tpl.persons) == 1, (text, tpl.persons)


def test_a_hedged_label_states_a_reported_tenure(ctx) -> None:
    reading = read_sentence(
        ctx, "Acting emir (reportedly): Musa Keita, 2010 – August 2012.", LeadershipState())
    assert [(t.person, t.hedged) for t in reading.tenures] == [("Musa Keita", True)]


# --- a table written with pipes, a bulleted list without stops -------------------------------
TABLE = """Name | Role | From | To | Notes
Idris Bamba | leader | 1996 | 3 May 2004 | detained 2001; released 2002
Aminata (Mina) Konaté | co-leader (according to the police) | 1996 | 2009 | –
Seydou Bah | member | – | April 2003 | arrested 2003
Omar Sy | deputy | 1999 | 2004 | –"""
TABLES: list[Case] = [
    (TABLE, [("Idris Bamba", "1996", "2004-05-03", None),
             ("Aminata Konaté", "1996", "2009", None)]),
    ("Post | Person | Since | Until\nemir | Musa Keita | June 2011 | 2015\n"
     "spokesman | Lamine Diarra | 2011 | 2014\nemir | Hamid Touré | 2015 | present",
     [("Musa Keita", "2011-06", "2015", None), ("Hamid Touré", "2015", None, None)]),
    ("Leader | Title | Took office | Left office\nYacouba Sanogo | chairman | 2002 | 2008\n"
     "Omar Sy | treasurer | 2002 | 2008",
     [("Yacouba Sanogo", "2002", "2008", None)]),
    # no header naming a person and a role: which column is the start the rows cannot say
    ("Idris Bamba | leader | 1996 | 2004\nSeydou Bah | member | 1998 | 2003", []),
    ("Year | Event\n2003 | Idris Bamba founds the group\n2009 | designated", []),
    ("Name | Role | From | To\nOmar Sy | spokesman | 2001 | 2005\nSeydou Bah | member | 2001 | "
     "2003", []),
]


def test_a_table_of_tenures_is_read_row_by_row_by_its_header(ctx) -> None:
    assert_cases(ctx, TABLES)


def test_a_tables_rows_are_sentences_and_its_notes_are_never_read() -> None:
    rows = table_rows(TABLE)
    assert rows is not None and rows[0] == "Idris Bamba was leader from 1996 until 3 May 2004."
    assert all("2001" not in row and "released" not in row for row in rows)
    assert rows[1].startswith("Aminata (Mina) Konaté reportedly was co-leader")
    assert table_rows("Idris Bamba | leader | 1996") is None


BULLETS: list[Case] = [
    ("- Emir: Idris Bamba, 1996 – 2004 (killed)\n- Emir: Musa Keita, 2004 – present\n"
     "    - reported killed in an air strike, May 2010\n- Acting emir: Omar Sy, 2010 – 2011",
     [("Idris Bamba", "1996", "2004", None), ("Musa Keita", "2004", None, None),
      ("Omar Sy", "2010", "2011", None)]),
    ("• Leader: Aminata Konaté (since 2012)\n• Spokesman: Seydou Bah, 2012 – 2014\n"
     "• Treasurer: Lamine Diarra",
     [("Aminata Konaté", "2012", None, None)]),
    ("* Chairman: Yacouba Sanogo, 1990 – 1999\n* Chairman: Hamid Touré, 1999 – 2006\n"
     "* Deputy chairman: Omar Sy, 1999 – 2006",
     [("Yacouba Sanogo", "1990", "1999", None), ("Hamid Touré", "1999", "2006", None)]),
    # items with no leadership, a list of members
    ("- Spokesman: Omar Sy, 2010 – 2012\n- Treasurer: Seydou Bah, 2010 – 2013", []),
    ("- Members: Omar Sy, Seydou Bah\n- Founded 2010 in Kayes", []),
    ("- Commander of the Kayes Front: Lamine Diarra, 2011 – 2014\n- Deputy emir: Omar Sy", []),
]


def test_each_item_of_a_bulleted_list_is_read_on_its_own(ctx) -> None:
    assert_cases(ctx, BULLETS)


def test_a_bulleted_list_keeps_a_wrapped_line_with_its_item() -> None:
    assert bullet_items("- Emir: X, 2004\n  killed 2010\n- Deputy: Y") == [
        "- Emir: X, 2004 killed 2010", "- Deputy: Y"]
    assert bullet_items("Emir: X, 2004.\n- one item") is None


# --- an end sharing the auxiliary of a passive start; citation marks after a full stop --------
SHARED_AUXILIARY: list[Case] = [
    ("Idris Bamba was named emir in March 2014 and killed by soldiers near Gao on 9 May 2016.",
     [("Idris Bamba", "2014-03", "2016-05-09", "killed")]),
    ("Aminata Konaté was elected leader of the group in 2009 and arrested in Bamako in May 2012.",
     [("Aminata Konaté", "2009", "2012-05", "arrested")]),
    ("Musa Keita was appointed chief of the movement in 2001 and captured during a raid in "
     "2003.", [("Musa Keita", "2001", "2003", "arrested")]),
    # an act with an object is no end; another post's end is none of the group's tenures
    ("Seydou Bah was named emir in 2009 and killed two soldiers in Gao in May 2012.",
     [("Seydou Bah", "2009", None, None)]),
    ("Omar Sy was named spokesman in 2009 and arrested in Gao in May 2012.", []),
    ("Lamine Diarra was named deputy emir in 2011 and killed in an air strike in 2013.", []),
]


def test_an_end_sharing_the_auxiliary_of_a_passive_start_ends_the_tenure(ctx) -> None:
    assert_cases(ctx, SHARED_AUXILIARY)


def test_citation_marks_after_a_full_stop_close_the_sentence() -> None:
    text = "He was killed in 2015.[4] Musa Keita succeeded him.[5][6] Then it ended."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He was killed in 2015.[4]", "Musa Keita succeeded him.[5][6]", "Then it ended."]
    # not before a lowercase word or a bracket: a reference inside a sentence stays in it
    text = "Officials gave 26 dead.[3] (26+ killed)"
    assert len(split_sentences(text)) == 1


CITED: list[Case] = [
    ("Idris Bamba was named emir in 2014 and was killed on 19 April 2015.[4] Musa Keita "
     "(Abu Musa) succeeded him and was himself killed on 11 August 2015.[4]",
     [("Idris Bamba", "2014", "2015-04-19", "killed"),
      ("Musa Keita", "2015-04-19", "2015-08-11", "killed")]),
    ("Aminata Konaté led the group from 2001.[2] She was arrested in 2006.[3]",
     [("Aminata Konaté", "2001", "2006", "arrested")]),
    ("Seydou Bah led the group from 1999 to 2004.[7] Omar Sy was its spokesman from 2004.[8]",
     [("Seydou Bah", "1999", "2004", None)]),
    ("Lamine Diarra became emir in 2010.[1][2] He was killed in 2012.[3]",
     [("Lamine Diarra", "2010", "2012", "killed")]),
    ("Hamid Touré was named deputy in 2010.[1] He was arrested in 2012.[2]", []),
    ("Yacouba Sanogo led a raid in 2011.[5] He was captured in 2012.[6]", []),
]


def test_citation_marks_do_not_join_two_sentences_tenures(ctx) -> None:
    assert_cases(ctx, CITED)


# --- probed beyond dev-10: whose date is the start --------------------------------------------
# The shapes above, probed in other wordings, showed four more ways a date that is not the
# start became one (or a start the text gives was missed): another post's date in apposition
# to the subject, a start dated by an end told in a "when" clause, a tenure told as continuing,
# an end told in the clause before ";".
WHOSE_DATE: list[Case] = [
    ("Musa Keita, the group's deputy leader since 2010, took over after Idris Bamba was killed "
     "in 2014.", [("Musa Keita", "2014", None, None)]),
    ("Aminata Konaté, its spokeswoman from 2004, became emir when Seydou Bah died in May 2011.",
     [("Aminata Konaté", "2011-05", None, None)]),
    ("Lamine Diarra became emir when Omar Sy was arrested in 2012.",
     [("Lamine Diarra", "2012", None, None)]),
    ("Idris Bamba died in 2010; Musa Keita took over the leadership.",
     [("Musa Keita", "2010", None, None)]),
    ("Hamid Touré was captured in March 2013; his cousin, Yacouba Sanogo, became emir.",
     [("Yacouba Sanogo", "2013-03", None, None)]),
    ("Idris Bamba led the group from 2001. In 2016 he remained emir.",
     [("Idris Bamba", "2001", None, None)]),
    ("Seydou Bah remained emir from 2004 until his death in 2011.",
     [("Seydou Bah", "2004", "2011", "died")]),
    # a date inside a tenure told as continuing is no start: reported, not stated
    ("In 2016 Omar Sy remained emir.", []),
    ("The group's spokesman said in 2017 that Lamine Diarra remained its leader.", []),
    # another post's date in apposition, with no leadership taken: nothing
    ("Musa Keita, the group's deputy since 2010, was arrested in 2015.", []),
    ("Hamid Touré was captured in March 2013; Omar Sy became spokesman.", []),
]


def test_a_date_is_the_start_only_of_the_tenure_it_is_told_with(ctx) -> None:
    assert_cases(ctx, WHOSE_DATE)


# --- a table-like line with the dates first ---------------------------------------------------
DATES_FIRST: list[Case] = [
    ("2004–2011: Musa Keita (emir).", [("Musa Keita", "2004", "2011", None)]),
    ("- 1996 to 2004: Idris Bamba, leader", [("Idris Bamba", "1996", "2004", None)]),
    ("Since 2012: Omar Sy (acting emir)", [("Omar Sy", "2012", None, None)]),
    ("• March 2001 – June 2005: Aminata Konaté (chairwoman)",
     [("Aminata Konaté", "2001-03", "2005-06", None)]),
    # another post, a qualified post, an event: nothing
    ("2009–2012: Seydou Bah (deputy emir)", []),
    ("2009–2012: Lamine Diarra, spokesman", []),
    ("2009–2012: Hamid Touré (military commander)", []),
    ("2003: Yacouba Sanogo founds the Kayes Front.", []),
]


def test_a_line_with_the_dates_first_is_a_tenure(ctx) -> None:
    assert_cases(ctx, DATES_FIRST)


def test_a_states_body_is_never_a_person(ctx) -> None:
    from kg.ingest.leaders import template

    for text, body in (
        ("Mali's National Directorate of Security announced his death in 2019.",
         "National Directorate"),
        ("The Federal Bureau of Investigation arrested Omar Sy in 2011.", "Federal Bureau"),
        ("The Palestinian Authority detained Musa Keita in 2007.", "Palestinian Authority"),
    ):
        tpl = template(ctx, text, LeadershipState())
        assert not any(body in name for name in tpl.persons.values()), (text, tpl.persons)


# --- a tenure told by a noun phrase -----------------------------------------------------------
TENURE_NP: list[Case] = [
    ("During Musa Keita's tenure as emir (2004–2009) the group grew.",
     [("Musa Keita", "2004", "2009", None)]),
    ("Aminata Konaté's leadership of the movement lasted from 2011 to 2016.",
     [("Aminata Konaté", "2011", "2016", None)]),
    ("Idris Bamba's time at the head of the group (1998–2003) was marked by purges.",
     [("Idris Bamba", "1998", "2003", None)]),
    ("Lamine Diarra's long reign (2001–2012) ended with a split.",
     [("Lamine Diarra", "2001", "2012", None)]),
    # another post, another body, another period of a life: nothing
    ("During Omar Sy's tenure as spokesman (2004–2009) the group grew.", []),
    ("Seydou Bah's leadership of the Kayes Front lasted from 2004 to 2009.", []),
    ("Hamid Touré's time in prison (2004–2009) hardened him.", []),
    ("Yacouba Sanogo's tenure as deputy emir (2005–2008) ended in a purge.", []),
]


def test_a_tenure_told_by_a_noun_phrase_with_its_dates(ctx) -> None:
    assert_cases(ctx, TENURE_NP)
