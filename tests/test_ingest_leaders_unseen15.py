"""Leadership on unseen text, fifteenth round: the shapes `dev-16` showed, in wordings of our own.

`dev-16` (blind as `heldout-14` until this round) scored leaders .31 / .67: both wrong leaders
were right persons stated with *no* start, each by a characterisation ("is described as its
first leader", "who is described in the evidence as its first chief") that the reader took to
tell that he led but never from when. A *first* post runs from the group's birth: its start is
the founding the sentence, the paragraph or the history dates; with none told the tenure is
reported, never stated without a start (docs/ingest-accuracy.md, "Fifteenth round: leaders").

Then recall for shapes of the misses, each with controls that must state nothing: a bare
"took over command" (no article), a listing's label followed by a last aside that names no one
("Acting emir: X, in charge of daily affairs"), and titles that change within one tenure told
in the label's brackets ("Chairman: X (general secretary from 1995, chairman from 2001)").
Every sentence here is of our own: other names, places, verbs and orders than any profile's.
"""

from __future__ import annotations

import pytest

from kg.ingest.context import IngestContext
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_generality import read
from tests.test_ingest_leaders_structures import PROFILE


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context of the synthetic profile of the other banks (Coastal Resistance Army)."""
    return leadership_context(tmp_path_factory.mktemp("cra15"), "cra", PROFILE)


def starts(ctx: IngestContext, text: str) -> list[tuple[str, str | None]]:
    """(person, since) of every tenure the paragraph states."""
    return [(person, since) for person, since, _, _ in read(ctx, text)[0]]


# --- the group's first post: from the founding the text dates, else only reported ------------
FIRST_POST: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the founding by a founder, in the sentence before
    ("The movement was founded in 1994 by Omar Sy and Musa Keita. Omar Sy is usually described "
     "as its first emir.", [("Omar Sy", "1994")]),
    # the founding in the same sentence, the post in a relative clause
    ("The group was formed in March 2003 under the command of Seydou Bah, who is identified in "
     "court records as its first chief.", [("Seydou Bah", "2003-03")]),
    # the founding told by the writer's dating of it, the post in a sentence of its own
    ("The organisation dates back to 1987. Aminata Konaté is widely regarded as its first "
     "leader, though nobody knows how long she led it.", [("Aminata Konaté", "1987")]),
    # American spelling, "founding" for "first", the date after a hedge
    ("The organization traces its origins to 2001. Lamine Diarra was generally characterized "
     "as its founding chairman.", [("Lamine Diarra", "2001")]),
]


@pytest.mark.parametrize(("history", "expected"), FIRST_POST)
def test_the_groups_first_leader_starts_at_the_founding_the_text_dates(
    ctx, history, expected
) -> None:
    assert starts(ctx, history) == expected


FIRST_POST_CONTROLS: list[str] = [
    # another body's first post
    "The group was founded in 1994. Omar Sy is described as the first chief of the Kayes Front.",
    # a first post that is not the leadership
    "The movement was formed in 2003. Musa Keita is described as its first spokesman.",
    # a first post held in a region, not over the group
    "The group was founded in 2001. Seydou Bah is regarded as its first emir in Kankan.",
]


@pytest.mark.parametrize("history", FIRST_POST_CONTROLS)
def test_another_first_post_states_no_leader(ctx, history) -> None:
    assert starts(ctx, history) == []


def test_a_first_leader_with_no_founding_told_is_reported_not_stated(ctx) -> None:
    # nothing dates the founding: the tenure's start is unread, so it is only reported
    stated, reported = read(ctx, "Musa Keita is generally described as its first leader.")
    assert (stated, reported) == ([], ["Musa Keita"])


# --- "took over command": the post with no article --------------------------------------------
TOOK_OVER_COMMAND: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Seydou Bah took over command in 2004.", [("Seydou Bah", "2004")]),
    ("In May 2011 Musa Keita took over leadership of the group.", [("Musa Keita", "2011-05")]),
    # an aside between the subject and its verb
    ("Aminata Konaté, a former nurse from Kindia, took over command in 2016.",
     [("Aminata Konaté", "2016")]),
]


@pytest.mark.parametrize(("history", "expected"), TOOK_OVER_COMMAND)
def test_taking_over_command_without_an_article_starts_a_tenure(ctx, history, expected) -> None:
    assert starts(ctx, history) == expected


TOOK_OVER_CONTROLS: list[str] = [
    "Seydou Bah took over command of the northern zone in 2010.",
    "In 2012 Lamine Diarra took over leadership of a rival front in Boké.",
    "Musa Keita took over control in 2009.",
]


@pytest.mark.parametrize("history", TOOK_OVER_CONTROLS)
def test_taking_over_another_command_states_no_leader(ctx, history) -> None:
    assert starts(ctx, history) == []


# --- a label followed by a last aside that names no one ---------------------------------------
LABEL_ASIDE: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Acting emir: Omar Sy, in charge of daily operations.", [("Omar Sy", None)]),
    ("Interim leader: Musa Keita, a former schoolteacher from Labé.", [("Musa Keita", None)]),
    ("Acting chairman: Aminata Konaté (sister of the founder), responsible for the treasury.",
     [("Aminata Konaté", None)]),
]


@pytest.mark.parametrize(("history", "expected"), LABEL_ASIDE)
def test_a_label_with_a_last_aside_names_its_holder(ctx, history, expected) -> None:
    assert starts(ctx, history) == expected


LABEL_ASIDE_CONTROLS: list[str] = [
    "Deputy leader: Omar Sy, in charge of daily operations.",
    "Spokesman: Musa Keita, a former journalist.",
]


@pytest.mark.parametrize("history", LABEL_ASIDE_CONTROLS)
def test_another_posts_label_with_an_aside_states_no_leader(ctx, history) -> None:
    assert starts(ctx, history) == []


# --- titles that change within one tenure, told in the label's brackets -----------------------
TITLES_WITHIN_ONE_TENURE: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Chairman: Omar Sy (general secretary from 1995, chairman from 2001).",
     [("Omar Sy", "1995")]),
    ("Emir: Musa Keita (leader since the founding in 2004, emir since 2010).",
     [("Musa Keita", "2004")]),
    ("President: Aminata Konaté (secretary-general from March 1998; president from 2005).",
     [("Aminata Konaté", "1998-03")]),
]


@pytest.mark.parametrize(("history", "expected"), TITLES_WITHIN_ONE_TENURE)
def test_a_tenure_under_changing_titles_starts_with_the_first(ctx, history, expected) -> None:
    assert starts(ctx, history) == expected


@pytest.mark.parametrize("history", [
    # the first post in the brackets is not the leadership: it never dates the tenure
    "Chairman: Omar Sy (deputy leader from 1995, chairman from 2001).",
    "Emir: Musa Keita (spokesman from 2004, emir from 2010).",
])
def test_an_earlier_post_that_is_not_the_leadership_never_dates_the_tenure(ctx, history) -> None:
    assert all(since not in ("1995", "2004") for _, since in starts(ctx, history))


# --- a later holder of the post: from the end of the holder before ----------------------------
LATER_POST: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the ordinal in an aside between the subject and its verb
    ("Omar Sy headed the group from 1990 until 1995. Musa Keita, the group's second emir, led "
     "it until his arrest.", [("Omar Sy", "1990"), ("Musa Keita", "1995")]),
    ("Aminata Konaté led the movement from 1990 until her death in March 2001. Seydou Bah "
     "became its second leader.", [("Aminata Konaté", "1990"), ("Seydou Bah", "2001-03")]),
    # American spelling, the post in the predicate
    ("Lamine Diarra chaired the organization until 2008. Yacouba Sanogo was the organization's "
     "third chairman.", [("Lamine Diarra", None), ("Yacouba Sanogo", "2008")]),
]


@pytest.mark.parametrize(("history", "expected"), LATER_POST)
def test_a_later_holder_starts_where_the_holder_before_ended(ctx, history, expected) -> None:
    assert starts(ctx, history) == expected


def test_a_later_holder_after_an_undated_end_is_reported_not_stated(ctx) -> None:
    stated, reported = read(ctx, "Omar Sy led the group from 1990. Musa Keita was its second "
                                 "chief.")
    assert (stated, reported) == ([("Omar Sy", "1990", None, None)], ["Musa Keita"])


@pytest.mark.parametrize("history", [
    # another body's second post, and a second post that is not the leadership
    "The Kayes Front was led by Omar Sy until 1995. Musa Keita was the second emir of the Kayes "
    "Front.",
    "Omar Sy led the group from 1990 until 1995. Musa Keita was the group's second spokesman.",
])
def test_another_later_post_states_no_new_leader(ctx, history) -> None:
    assert all(person != "Musa Keita" for person, _ in starts(ctx, history))


# --- outsiders naming a leader: an account of who leads, its date the account's ----------------
NAMED_BY_OUTSIDERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Security officials named Lamine Diarra as the group's leader in 2018, though the group "
     "has not confirmed it.", [("Lamine Diarra", None)]),
    # the verb of identifying, the date first, the group's top body for the group
    ("In 2014 the army identified Omar Sy as the head of the group's ruling council.",
     [("Omar Sy", None)]),
    # a start written with the post stays the start
    ("Prosecutors have named Seydou Bah as the movement's chief since 2009.",
     [("Seydou Bah", "2009")]),
    # and so does a time from which, told before the naming
    ("After her release in March 2012 the press routinely called Aminata Konaté the movement's "
     "chief.", [("Aminata Konaté", "2012-03")]),
]


@pytest.mark.parametrize(("history", "expected"), NAMED_BY_OUTSIDERS)
def test_outsiders_naming_a_leader_date_their_account_not_the_tenure(
    ctx, history, expected
) -> None:
    assert starts(ctx, history) == expected


def test_the_groups_own_body_naming_a_leader_is_an_appointment(ctx) -> None:
    # control: the group's shura is no outsider; its naming starts the tenure
    assert starts(ctx, "The group's shura council named Musa Keita as its new emir in 2018.") == [
        ("Musa Keita", "2018")]


@pytest.mark.parametrize("history", [
    # another organisation's top body, by each of the top-body nouns
    "Lamine Diarra heads the ruling council of the Kayes Front.",
    "Lamine Diarra has chaired the executive council of the Kayes Front since 2010.",
    "In 2012 Omar Sy took over the central committee of the Kindia Front.",
])
def test_the_top_body_of_another_organisation_is_not_the_groups(ctx, history) -> None:
    assert starts(ctx, history) == []


# --- a succession chain: "followed him", an end dated by its "when" clause, gapped links --------
CHAINS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Omar Sy led the group from 1990 until 2001. Musa Keita followed him until 2008, and Seydou "
     "Bah until 2012.", [("Omar Sy", "1990"), ("Musa Keita", "2001"), ("Seydou Bah", "2008")]),
    # a range as one date, the verb of leading gapped
    ("Lamine Diarra commanded the group from 1990 to 1995, and Yacouba Sanogo from 1995 to 2003.",
     [("Lamine Diarra", "1990"), ("Yacouba Sanogo", "1995")]),
    # "and then", American spelling
    ("Aminata Konaté headed the organization from 1998, and then Idris Bamba from 2004.",
     [("Aminata Konaté", "1998"), ("Idris Bamba", "2004")]),
    # the end with no date of its own, dated by the "when" clause after it
    ("Omar Sy led the movement from 2001 and resigned when the council met in May 2009. Musa "
     "Keita succeeded him.", [("Omar Sy", "2001"), ("Musa Keita", "2009-05")]),
    ("Seydou Bah took over in 2003 and stepped down when his term ran out in June 2007; Lamine "
     "Diarra followed him as emir.", [("Seydou Bah", "2003"), ("Lamine Diarra", "2007-06")]),
]


@pytest.mark.parametrize(("history", "expected"), CHAINS)
def test_each_link_of_a_succession_chain_starts_where_the_one_before_ended(
    ctx, history, expected
) -> None:
    assert starts(ctx, history) == expected


@pytest.mark.parametrize("history", [
    # "followed" in its other senses
    "Omar Sy led the group from 1990 until 2001. Musa Keita followed him into exile in 2002.",
    "Omar Sy led the group from 1990 until 2001. Musa Keita followed him to Kankan.",
    "Omar Sy led the group from 1990 until 2001. Musa Keita followed his teachings.",
    # a later link naming another object is no gapping
    "Omar Sy led the group from 1990, and Musa Keita from 1995 the Kayes Front's youth wing.",
])
def test_following_in_another_sense_or_another_object_states_no_successor(ctx, history) -> None:
    assert all(person != "Musa Keita" for person, _ in starts(ctx, history))


def test_an_end_whose_when_clause_is_undated_dates_nothing(ctx) -> None:
    # control: the "when" clause has no date, so neither the end nor the successor's start has
    # one (the text gives none: the successor is stated without a start, as the keys have it)
    assert read(ctx, "Omar Sy led the movement from 2001 and resigned when the council met in "
                     "Kankan. Musa Keita succeeded him.")[0] == [
        ("Omar Sy", "2001", None, "resigned"), ("Musa Keita", None, None, None)]
