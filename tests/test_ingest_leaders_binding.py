"""Leadership by STRUCTURE, seventh round: binding a start to the tenure it belongs to.

`dev-6` (written blind, development text since the seventh round) showed the reader stating
the right leaders with no start, or a start from the wrong date, whenever the date or the
leader sat in a structure the reader did not parse. Each class below is one such structure
(see docs/ingest-accuracy.md, "Seventh round"), written in our own wordings — other names,
verbs, dates and clause orders than the profiles' — each asserting the exact tenures
(person, since, until, ended_by), and sentences of the same shape that must state NOTHING.

Cheap by design, as the structures bank: one synthetic profile ingested once per module; each
case read with a fresh state.
"""

from __future__ import annotations

import pytest

from kg.ingest.context import IngestContext, split_sentences
from kg.ingest.leaders import LeadershipState, read_sentence
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_structures import PROFILE, Case, assert_cases


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context the leadership reader of the synthetic profile works in."""
    return leadership_context(tmp_path_factory.mktemp("cra7"), "cra", PROFILE)


# --- the successor as the object of someone else's choice ----------------------------------
SUCCESSOR_OBJECTS: list[Case] = [
    ("Ibrahima Conteh led the group from 2001 until his death in March 2009. The shura "
     "named Seydou Bah to succeed him.",
     [("Ibrahima Conteh", "2001", "2009-03", "died"), ("Seydou Bah", "2009-03", None, None)]),
    ("Ibrahima Conteh has led the movement since 2003; the movement said in May 2012 that he "
     "had died, and named Lamine Diarra to succeed him.",
     [("Ibrahima Conteh", "2003", "2012-05", "died"), ("Lamine Diarra", "2012-05", None, None)]),
    ("Aminata Konaté became emir of the group in 2004. In June 2010 the parent organisation "
     "replaced her with Oumar Sidibé, a cleric from Ségou.",
     [("Aminata Konaté", "2004", "2010-06", None), ("Oumar Sidibé", "2010-06", None, None)]),
    ("Yacouba Sanogo headed the group from 1998 to 2006. The council chose Moussa Traoré as "
     "his successor.",
     [("Yacouba Sanogo", "1998", "2006", None), ("Moussa Traoré", "2006", None, None)]),
    # the one succeeded is no leader told before: the post is not said to be the group's
    ("The government named Seydou Bah to replace him in 2012.", []),
    ("Karim Touré died in 2010. In March 2011 the council replaced him with Moussa Traoré.",
     []),
    # another post: nothing
    ("Ibrahima Conteh has led the group since 2003. In 2012 the council named Seydou Bah to "
     "succeed him as deputy emir.",
     [("Ibrahima Conteh", "2003", None, None)]),
]


def test_a_successor_chosen_by_others_is_the_object_of_the_choice(ctx) -> None:
    assert_cases(ctx, SUCCESSOR_OBJECTS)


# --- a relative clause with a verb of its own between the subject and the main verb --------
RELATIVES: list[Case] = [
    ("Oumar Sidibé, whom the French press calls the Lion of Kayes, has led the group since "
     "2015.",
     [("Oumar Sidibé", "2015", None, None)]),
    ("Lamine Diarra, whom the shura elected in October 2014, has remained emir ever since.",
     [("Lamine Diarra", "2014-10", None, None)]),
    ("Aminata Konaté, who speaks five languages, took over the group in May 2007.",
     [("Aminata Konaté", "2007-05", None, None)]),
    ("Seydou Bah, whom Malian officials identify as Abu Talha, became the group's leader "
     "in 2018.",
     [("Seydou Bah", "2018", None, None)]),
    ("Moussa Traoré, who trained in Libya in 1996, was named emir of the group in 2009.",
     [("Moussa Traoré", "2009", None, None)]),
    # the main verb is not leadership: nothing
    ("Oumar Sidibé, whom the press calls the Lion of Kayes, has financed the group since "
     "2015.", []),
    ("Lamine Diarra, whom the shura expelled in 2014, never led the group.", []),
]


def test_a_relative_clause_with_any_verb_ends_before_the_main_verb(ctx) -> None:
    assert_cases(ctx, RELATIVES)


# --- an opener that tells the predecessor's end ----------------------------------------------
END_OPENERS: list[Case] = [
    ("Ibrahima Conteh led the group until 2010. Upon the death of Conteh, Seydou Bah assumed "
     "the command.",
     [("Ibrahima Conteh", None, "2010", None), ("Seydou Bah", "2010", None, None)]),
    ("Idrissa Kone Diallo led the group from 1999 to 2004, with Sekou Camara as his deputy; "
     "upon the death of Kone Diallo, Camara assumed the command.",
     [("Idrissa Kone Diallo", "1999", "2004", None), ("Sekou Camara", "2004", None, None)]),
    ("Aminata Konaté had led the group since 2002. After Konaté's arrest in July 2008, Lamine "
     "Diarra took over the group.",
     [("Aminata Konaté", "2002", "2008-07", "arrested"),
      ("Lamine Diarra", "2008-07", None, None)]),
    ("Following the killing of Moussa Traoré in May 2011, Oumar Sidibé became the group's "
     "emir.",
     [("Oumar Sidibé", "2011-05", None, None)]),
    ("Oumar Sidibé had been emir of the group since 2011. After his capture in 2015, the "
     "leadership passed to Salif Keita.",
     [("Oumar Sidibé", "2011", "2015", "arrested"), ("Salif Keita", "2015", None, None)]),
    # the opener's end is of someone else, the clause no leadership: nothing
    ("Upon the death of Moussa Traoré in 2008, Seydou Bah joined the group.", []),
]


def test_an_opener_that_tells_an_end_starts_the_successor_there(ctx) -> None:
    assert_cases(ctx, END_OPENERS)


# --- an end told with an agent as subject and the pronoun as object --------------------------
AGENT_ENDS: list[Case] = [
    ("Ibrahima Conteh led the group from 2001. A French air strike killed him near Gao in "
     "July 2008. His deputy, Seydou Bah, took over.",
     [("Ibrahima Conteh", "2001", "2008-07", "killed"), ("Seydou Bah", "2008-07", None, None)]),
    ("Aminata Konaté became emir of the group in 2005. Soldiers captured her in Mopti in "
     "April 2011.",
     [("Aminata Konaté", "2005", "2011-04", "arrested")]),
    ("Moussa Traoré has headed the movement since 2009. In 2013 police arrested him at a "
     "checkpoint.",
     [("Moussa Traoré", "2009", "2013", "arrested")]),
    ("Lamine Diarra was named emir of the group in 2003. Gunmen assassinated him in Bamako on "
     "4 June 2007, and Oumar Sidibé took over.",
     [("Lamine Diarra", "2003", "2007-06-04", "killed"),
      ("Oumar Sidibé", "2007-06-04", None, None)]),
    ("Salif Keita took over the group in 2016. Malian troops shot him dead in Gao in 2019.",
     [("Salif Keita", "2016", "2019", "killed")]),
    # a date before the agent that opens no clause is another event's, never the end's
    ("The choice of successor fell on Salif Keita, who, having come back from Niger only in "
     "1999, held the office for a year, until gunmen fired on his car in Gao in 2001 and "
     "killed him.",
     [("Salif Keita", None, None, None)]),
    # no tenure told: the killing ends nothing
    ("A drone strike killed him in Kidal in July 2016.", []),
]


def test_an_end_with_the_pronoun_as_object_closes_the_tenure(ctx) -> None:
    assert_cases(ctx, AGENT_ENDS)


# --- a participle phrase inside the clause: its date is never the start ----------------------
PARTICIPLES: list[Case] = [
    ("Seydou Bah, whose real name was Amadou Bah and who, having returned from exile in 2003, "
     "led the group for a year, until soldiers killed him in 2005.",
     [("Seydou Bah", None, "2005", "killed")]),
    ("Aminata Konaté, having studied in Cairo in the 1990s, took over the group in 2006.",
     [("Aminata Konaté", "2006", None, None)]),
    ("Moussa Traoré, having been released in 2012, led the movement again.",
     [("Moussa Traoré", None, None, None)]),
    ("Lamine Diarra, who, having fought in Chad in 1987, became the group's emir in 1999, "
     "died in 2004.",
     [("Lamine Diarra", "1999", "2004", "died")]),
    ("Oumar Sidibé, having been freed in 2014, has led the group since 2015.",
     [("Oumar Sidibé", "2015", None, None)]),
    ("Salif Keita, who, having split from the army in 2008, led the group for six years, was "
     "killed in 2016.",
     [("Salif Keita", None, "2016", "killed")]),
]


def test_a_participle_phrase_inside_a_clause_gives_no_start(ctx) -> None:
    assert_cases(ctx, PARTICIPLES)


# --- a post in apposition to "under X" in a founding sentence; the choice fell on X -----------
FOUNDING_AND_CHOICE: list[Case] = [
    ("The group was formed on 2 May 1990 by exiles, under Ibrahima Conteh, its first "
     "commander, who exercised the command until he fled to Ghana in 1996.",
     [("Ibrahima Conteh", "1990-05-02", None, None)]),
    ("The movement was founded in 1994 in Kayes, under Aminata Konaté, its first emir.",
     [("Aminata Konaté", "1994", None, None)]),
    ("Ibrahima Conteh led the group from 2001 until his death in 2009. The choice of "
     "successor fell on his deputy, Seydou Bah.",
     [("Ibrahima Conteh", "2001", "2009", "died"), ("Seydou Bah", "2009", None, None)]),
    ("Lamine Diarra was emir of the group until his arrest in May 2012; the amirship then "
     "passed to Oumar Sidibé.",
     [("Lamine Diarra", None, "2012-05", "arrested"), ("Oumar Sidibé", "2012-05", None, None)]),
    ("Salif Keita, freed from a prison convoy in February 2014 and believed to have fled "
     "abroad, is widely thought to have led the remnant of the old CRA since then.",
     [("Salif Keita", "2014-02", None, None)]),
    # the man under whom it was formed is no leader word's: nothing
    ("The group was formed in 1990 under Ibrahima Conteh, a teacher, in Kayes.", []),
    ("The group was formed in 1990, under Ibrahima Conteh, its spokesman.", []),
]


def test_a_post_in_apposition_or_a_choice_names_the_leader(ctx) -> None:
    assert_cases(ctx, FOUNDING_AND_CHOICE)


# --- a start given by reference to a date told before: "that same month", "since then" -------
REFERENCES: list[Case] = [
    ("Seydou Bah was killed in July 2001. Lamine Diarra, the last emir of note, took over that "
     "same month and held on until 2004.",
     [("Lamine Diarra", "2001-07", "2004", None)]),
    ("Aminata Konaté died in March 2012. Oumar Sidibé became emir of the group that same "
     "year.",
     [("Oumar Sidibé", "2012", None, None)]),
    ("Oumar Sidibé, freed in February 2014, is thought to have led the CRA since then, "
     "whereas the young men who struck in 2016 answered to Salif Keita.",
     [("Oumar Sidibé", "2014-02", None, None)]),
    ("Idrissa Kone, released from jail in May 2006, has headed the movement since then.",
     [("Idrissa Kone", "2006-05", None, None)]),
    ("Moussa Traoré, expelled from Mali in 2011, has led the group ever since, while Salif "
     "Keita joined it in 2015.",
     [("Moussa Traoré", "2011", None, None)]),
    # nothing told before it: no start
    ("Lamine Diarra took over the group that same month.",
     [("Lamine Diarra", None, None, None)]),
]


def test_a_start_by_reference_resolves_to_the_date_told_before(ctx) -> None:
    assert_cases(ctx, REFERENCES)


# --- the predecessor steps aside, or others seat the successor --------------------------------
GIVING_WAY: list[Case] = [
    ("Aminata Konaté appears to have been its first chairman, named when the group was "
     "announced in February 2009; by most accounts she gave way in May 2009 to Oumar Sidibé, "
     "who had just come back from exile.",
     [("Aminata Konaté", "2009-02", "2009-05", None), ("Oumar Sidibé", "2009-05", None, None)]),
    ("Moussa Traoré founded the group in 1972 and chaired it until April 2001, when its "
     "council, weary of his rule, voted him out and put Salif Keita in his chair.",
     [("Moussa Traoré", "1972", "2001-04", None), ("Salif Keita", "2001-04", None, None)]),
    ("Idrissa Kone led the group from 1997. In 2003 he made way for his nephew, Seydou Bah.",
     [("Idrissa Kone", "1997", "2003", None), ("Seydou Bah", "2003", None, None)]),
    ("The group was ruled by a succession of emirs. Lamine Diarra, a mechanic from Sikasso, "
     "took the title in 1995 and kept it until police arrested him in June 1997.",
     [("Lamine Diarra", "1995", "1997-06", "arrested")]),
    ("Oumar Sidibé was the group's first leader, named when the CRA was founded in 1990.",
     [("Oumar Sidibé", "1990", None, None)]),
    # no tenure of the group: nothing
    ("The council put Salif Keita in his chair in 2004.", []),
    ("Lamine Diarra took the title of finance chief in 1995.", []),
]


def test_a_predecessor_giving_way_or_a_seat_given_starts_the_successor(ctx) -> None:
    assert_cases(ctx, GIVING_WAY)


# --- two given names sharing one family name; a pair as a relative's antecedent --------------
SIBLINGS: list[Case] = [
    ("Founders and co-leaders: brothers Idrissa and Moussa Kone, sons of a Sikasso family, "
     "who ran the group jointly from its founding in 2011.",
     [("Idrissa Kone", "2011", None, None), ("Moussa Kone", "2011", None, None)]),
    ("The twins Awa and Fanta Diallo founded the group in 2004 and led it together until "
     "2010.",
     [("Awa Diallo", "2004", "2010", None), ("Fanta Diallo", "2004", "2010", None)]),
    ("Salif Keita and Oumar Sidibé, both veterans of the Libyan camps, who took over the "
     "group in May 2013, shared the command.",
     [("Salif Keita", "2013-05", None, None), ("Oumar Sidibé", "2013-05", None, None)]),
    # not leaders, or no kinship word: nothing of the pair
    ("The brothers Seydou and Lamine Bah joined the group in 2008.", []),
    ("The sisters Awa and Fanta Diallo ran a clinic in Kayes.", []),
    ("Between Kayes and Mopti Region the group grew under no single leader.", []),
]


def test_two_given_names_share_the_family_name_after_them(ctx) -> None:
    assert_cases(ctx, SIBLINGS)


def test_a_compound_surname_alone_is_the_full_name_but_a_fathers_name_is_his_own(ctx) -> None:
    """"Kone Diallo" after "Idrissa Kone Diallo" is that person; "Badreddin al-Houthi" after
    "Hussein Badreddin al-Houthi" is his father, told as someone new and named by descent."""
    cases = [
        ("Idrissa Kone Diallo led the group until 2004. Kone Diallo died in 2006.",
         ["Idrissa Kone Diallo"]),
        ("Hussein Badreddin al-Houthi led the group until 2004. His father, the elderly "
         "scholar Badreddin al-Houthi, was revered as its guide.",
         ["Hussein Badreddin al-Houthi", "Badreddin al-Houthi"]),
        ("Omar Ould Hamaha led the group until 2010. Later Ould Hamaha joined another front.",
         ["Omar Ould Hamaha", "Ould Hamaha"]),
    ]
    failures = []
    for text, expected in cases:
        state = LeadershipState()
        persons: list[str] = []
        for start, end in split_sentences(text):
            for name in read_sentence(ctx, text[start:end], state).persons:
                if name not in persons:
                    persons.append(name)
        if persons != expected:
            failures.append(f"{text!r}: expected {expected}, got {persons}")
    assert not failures, "\n".join(failures)


def test_a_start_after_a_date_not_on_it_is_reported_not_stated(ctx) -> None:
    """"Weeks later", "soon afterwards", "after the siege (late 2017)": the start followed a
    date and is not that date — the tenure is reported, never stated with the date."""
    cases = [
        "Aminata Konaté was killed on 3 May 2011. Weeks later Oumar Sidibé took over the group.",
        "Successor: Idrissa Kone, alias Abu Dar, who took command of the survivors after the "
        "siege (late 2017) and was killed in 2019.",
        "Lamine Diarra died in June 2008; soon afterwards Seydou Bah became the group's emir.",
    ]
    failures = []
    for text in cases:
        state = LeadershipState()
        tenures = [t for start, end in split_sentences(text)
                   for t in read_sentence(ctx, text[start:end], state).tenures]
        last = tenures[-1] if tenures else None
        if last is None or last.start is not None or not last.start_unread:
            failures.append(f"{text!r}: {last}")
    assert not failures, "\n".join(failures)


def test_within_days_of_a_date_starts_in_that_dates_month(ctx) -> None:
    """"Within days" of the predecessor's end: the month of that end, never its day."""
    assert_cases(ctx, [
        ("Moussa Traoré led the group until February 23, 2010, when he was arrested. Within "
         "days the movement announced that Salif Keita had taken his place.",
         [("Moussa Traoré", None, "2010-02-23", "arrested"),
          ("Salif Keita", "2010-02", None, None)]),
        ("Idrissa Kone led the group until a strike killed him in June 2015. Lamine Diarra was "
         "named in his place within days.",
         [("Idrissa Kone", None, "2015-06", "killed"), ("Lamine Diarra", "2015-06", None, None)]),
        ("Aminata Konaté was emir of the group from 2001 until her arrest on 9 May 2006; within "
         "a few days Oumar Sidibé took over.",
         [("Aminata Konaté", "2001", "2006-05-09", "arrested"),
          ("Oumar Sidibé", "2006-05", None, None)]),
        ("Seydou Bah led the group until his death in 2012. Within days Salif Keita took over.",
         [("Seydou Bah", None, "2012", "died"), ("Salif Keita", None, None, None)]),
        ("Within days of the raid, Lamine Diarra joined the group.", []),
        ("Oumar Sidibé died on 4 April 2013. Within weeks Idrissa Kone took over the group.",
         [("Idrissa Kone", None, None, None)]),
    ])
