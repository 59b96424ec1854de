"""Leadership in the history: people who are NOT this group's leaders, twelfth round.

The readers added in the eleventh round for leaders told only in a history paragraph
(`kg.ingest.leaders.narrative`, `kg.ingest.leaders.inversion`) raised recall on the text they
were written against, but on the next blind set almost half the leaders they stated were wrong
(docs/ingest-accuracy.md, "Twelfth round"). A history names many people who lead *something*:
the organisation the group came from, an ally, the state that fights it, a wing, a faction, a
rival it killed. Before any recall is added, each such shape is written here in at least three
wordings of our own — other names, places, verbs and orders than any profile's — and every one
must state NOTHING when the profile has no leadership section (the narrative reader's case).

Each case is a whole profile ingested end to end: what is asserted is the graph an analyst gets.
"""

from __future__ import annotations

import pytest

from kg.ingest.context import IngestContext
from kg.ingest.leaders.sources import dates_a_source, without_citations
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_generality import Case, assert_cases
from tests.test_ingest_leaders_narrative import HISTORY_ONLY, ingested_leaders
from tests.test_ingest_leaders_structures import PROFILE


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context of the synthetic profile of the other banks (Coastal Resistance Army)."""
    return leadership_context(tmp_path_factory.mktemp("cra12"), "cra", PROFILE)


# the organisation the group came from, and who led it (a predecessor's leader)
PREDECESSORS_LEADER = [
    "The group grew out of the Kayes Front, which Omar Sy had led from 1995 until his death "
    "in 2001.",
    "Most of its first fighters came from the Sahel Liberation Movement, whose emir since 1998 "
    "had been Idris Bamba.",
    "Before the split of 2006 Musa Keita headed the Northern Brigade, from which the group "
    "later emerged.",
    "The group was formed in 2007 from the remnants of the Kindia Salvation Front, led until "
    "2005 by Hamid Touré.",
]

# an ally and its commander
ALLYS_COMMANDER = [
    "In 2011 the group fought beside the Kayes Front, commanded since 2010 by Omar Sy.",
    "Its closest ally, the Sahel Liberation Movement, has been led by Musa Keita since 2012.",
]

# "it", "its", a "took over" with no object, "that brigade": each stands for the organisation
# named last before it — another organisation's, when one was named after the group
NEAREST_ORGANISATION = [
    "From 2014 the group cooperated with the Kindia Salvation Front and its leader, Lamine "
    "Diarra, who had headed it since 2008.",
    "In 2015 the group pledged allegiance to Abu Bakr al-Baghdadi, the leader of the Islamic "
    "State, who had led it since 2010.",
    "The group traded weapons with the Northern Brigade, whose commander, Seydou Bah, had run "
    "it from 2009.",
    "In 2008 it merged with the Kayes Front. The Front was then led by Omar Sy, who had taken "
    "over in 2004.",
    "The group rejected the authority of the Islamic State, whose new caliph, Ibrahim "
    "al-Qurashi, took over in 2019.",
    "After 2012 the group fought the Sahel Liberation Movement, which Aminata Konaté had taken "
    "over in 2011.",
    "The group allied in 2013 with the Northern Brigade; Idris Bamba, who took over that "
    "brigade in 2009, sent fighters to its camps.",
    "Hamid Touré had quit the group by 2006 and in 2010 he took over that militia.",
    "Its fighters trained with the Kayes Front until 2014; Musa Keita took over that front in "
    "2012.",
]

# a successor of another organisation's leader took that organisation's post
SUCCESSOR_OF_ANOTHERS_LEADER = [
    "The rival Kayes Front was led by Omar Sy; in 2012 he was killed, and Musa Keita "
    "succeeded him.",
    "Idris Bamba, the leader of the Northern Brigade, died in 2009. Seydou Bah succeeded him "
    "in 2010.",
    "The group fought the Kindia Salvation Front from 2006. The Front's chief, Hamid Touré, "
    "was arrested in 2011, and Lamine Diarra replaced him.",
]

# a founder who never led the group
FOUNDER_WHO_NEVER_LED = [
    "Yacouba Sanogo founded the group in 2003 but left it a year later for exile in Senegal.",
    "Among the founders of the group in 2004 was Hamid Touré, a former army officer.",
    "Co-founded in 2005 by the preacher Lamine Diarra, the group recruited in the slums of "
    "Conakry.",
]

# a wing of the group, and who leads that wing
LEADER_OF_A_WING = [
    "Omar Sy has led the group's political wing since 2011.",
    "Its political wing, the Coastal Democratic Party, has been headed by Musa Keita since "
    "2009.",
    "Seydou Bah became leader of the movement's political wing in 2014.",
    "In 2012 Idris Bamba took command of the group's armed wing in the south.",
]

# a leader of another organisation killed or captured by the group
KILLED_BY_THE_GROUP = [
    "In 2012 the group killed Idris Bamba, the leader of the rival Kayes Front.",
    "Fighters of the group assassinated Omar Sy, emir of the Northern Brigade, in May 2015.",
    "The group's gunmen shot dead the Kayes Front's commander, Musa Keita, in 2016.",
]

# a state's leader under whose leadership the state acted against the group
A_STATES_LEADER = [
    "Under the leadership of President Hamid Touré, the government launched an offensive "
    "against the group in 2014.",
    "The army, under the command of General Omar Sy, drove the group from Kindia in 2011.",
    "In 2009, under the presidency of Lamine Diarra, Guinea banned the group.",
    "Led by President Musa Keita since 2010, the government refused every talk with the group.",
]

# a faction of the group, and who led it
LEADER_OF_A_FACTION = [
    "A faction led by Omar Sy since 2015 split from the group in 2017.",
    "In 2016 Musa Keita took command of a breakaway faction of the group.",
    "Seydou Bah headed the group's northern faction from 2010 until 2013.",
]

# the group's deputy, spokesman, a unit's commander
NOT_THE_TOP_POST = [
    "Seydou Bah, who served as the group's deputy leader from 2008, was killed in 2012.",
    "Hamid Touré became the group's spokesman in 2011.",
    "Idris Bamba commanded the group's eastern battalion from 2009 until his arrest in 2012.",
]


@pytest.mark.parametrize(
    "history",
    [*PREDECESSORS_LEADER, *ALLYS_COMMANDER, *NEAREST_ORGANISATION,
     *SUCCESSOR_OF_ANOTHERS_LEADER, *FOUNDER_WHO_NEVER_LED,
     *LEADER_OF_A_WING, *KILLED_BY_THE_GROUP, *A_STATES_LEADER, *LEADER_OF_A_FACTION,
     *NOT_THE_TOP_POST],
)
def test_a_history_naming_someone_elses_leader_states_no_leader_of_the_group(
    tmp_path, history
) -> None:
    assert ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history)) == {}


# --- a date that belongs to a source, not to the tenure ---------------------------------------
# (leader, the start the profile must state: none — the text never says when the tenure began)
SOURCE_DATES = [
    # an in-text citation's year
    ("The group has been led by Hamid Touré (Smith 2015).", "Hamid Touré"),
    ("Since its split the group has been headed by Omar Sy (Diallo and Ba, 2017: 42).",
     "Omar Sy"),
    ("Musa Keita commands the group (see Traoré et al. 2019; Camara 2020).", "Musa Keita"),
    # the date of a report, an interview, an assessment
    ("According to a 2016 report by the International Crisis Group, Omar Sy leads the group.",
     "Omar Sy"),
    ("A 2019 United Nations assessment named Idris Bamba as the group's current emir.",
     "Idris Bamba"),
    ("In its 2021 annual report the government said Seydou Bah heads the group.", "Seydou Bah"),
]


@pytest.mark.parametrize(("history", "leader"), SOURCE_DATES)
def test_a_sources_date_is_never_the_start_of_a_tenure(tmp_path, history, leader) -> None:
    leaders = ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history))
    # the leader may be stated (with no start) or left to the review; never with the year
    assert set(leaders) <= {leader}, leaders
    assert all(starts == [] for starts, _ in leaders.values()), leaders


# "by 2014", "as of 2019", "as early as 2010": a time by which the tenure had begun
BY_A_TIME = [
    "By 2014 Idris Bamba was leading the group.",
    "As of 2019 the group was headed by Aminata Konaté.",
    "Omar Sy had become the group's emir as early as 2008.",
]


@pytest.mark.parametrize("history", BY_A_TIME)
def test_a_time_by_which_a_tenure_had_begun_is_never_its_start(tmp_path, history) -> None:
    leaders = ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history))
    assert all(starts == [] for starts, _ in leaders.values()), leaders


def test_a_bracketed_date_or_post_is_never_taken_for_a_citation() -> None:
    for kept in ("Omar Sy led it (January 2010 to 2014).", "Omar Sy (Emir 2001) led it.",
                 "Omar Sy led it (1998–2005).", "Omar Sy led it (spring 2004)."):
        assert without_citations(kept) == kept
    assert without_citations("X led it (Zaman 1998; Nasr 2000).") == "X led it."
    text = "a 2016 report said X led it from 2010"
    assert dates_a_source(text, 2, 6) and not dates_a_source(text, 33, 37)


# --- recall, after the audit: shapes `dev-12` showed, in wordings of our own --------------------
# a plural label that lists names and nothing else: the group's leaders, no start told
UNDATED_LISTS: list[Case] = [
    ("Leaders: Omar Sy; Musa Keita.",
     [("Omar Sy", None, None, None), ("Musa Keita", None, None, None)]),
    ("LEADERS: Aminata Konaté and Seydou Bah. Both live abroad; neither has a known start.",
     [("Aminata Konaté", None, None, None), ("Seydou Bah", None, None, None)]),
    ("Co-leaders: Hamid Touré, Lamine Diarra.",
     [("Hamid Touré", None, None, None), ("Lamine Diarra", None, None, None)]),
    # another word in the list, another body's leaders, former leaders: nothing
    ("Leaders: Omar Sy (deputy), Musa Keita.", []),
    ("Leaders of the Kayes Front: Omar Sy; Musa Keita.", []),
    ("Former leaders of the alliance: Omar Sy and Idris Bamba.", []),
]


def test_a_plural_label_of_names_only_states_each_leader_without_a_start(ctx) -> None:
    assert_cases(ctx, UNDATED_LISTS)


# a row with leader dots, or a fragment, that gives the post "until" a date: no start told
POST_UNTIL: list[Case] = [
    ("Leader .......... Idris Bamba .......... chairman until 4 May 2013 (killed in a raid in "
     "Kindia); start unknown", [("Idris Bamba", None, "2013-05-04", None)]),
    ("Musa Keita, emir until March 2010 (arrested in Kindia).",
     [("Musa Keita", None, "2010-03", None)]),
    ("Omar Sy ...... secretary-general till 2016", [("Omar Sy", None, "2016", None)]),
    # another post, another body's post: nothing
    ("Seydou Bah, deputy leader until 2012.", []),
    ("Hamid Touré .......... spokesman until 2015", []),
    ("Lamine Diarra, commander of the Kayes Front until 2011.", []),
]


def test_a_post_held_until_a_date_in_a_fragment_is_a_tenure_without_a_start(ctx) -> None:
    assert_cases(ctx, POST_UNTIL)


# "X headed it from D1 until D2, when …, after which Y took over": Y from the end of the range
# this sentence told, though the sentence before told another end
AFTER_A_RANGE: list[Case] = [
    ("Musa Keita led the group until he was killed in January 2000. Seydou Bah is thought to "
     "have headed the group from 2004 until March 2011, when a bomb at the Kindia court killed "
     "him, after which Hamid Touré appears to have taken over.",
     [("Musa Keita", None, "2000-01", "killed"), ("Seydou Bah", "2004", "2011-03", "killed"),
      ("Hamid Touré", "2011-03", None, None)]),
    ("Omar Sy was emir until his arrest in 1999. Idris Bamba led the group from 2001 to June "
     "2008, when he fled to Mali, after which Musa Keita took over.",
     [("Omar Sy", None, "1999", "arrested"), ("Idris Bamba", "2001", "2008-06", "fled"),
      ("Musa Keita", "2008-06", None, None)]),
    ("Aminata Konaté commanded the movement until 1996. Lamine Diarra ran it from 1997 until "
     "October 2005, when a drone killed him, whereupon Yacouba Sanogo took over.",
     [("Aminata Konaté", None, "1996", None), ("Lamine Diarra", "1997", "2005-10", "killed"),
      ("Yacouba Sanogo", "2005-10", None, None)]),
    # a range of another body, or of another post: the one who took over is no leader read
    ("Musa Keita led the group until he was killed in January 2000. Seydou Bah headed the "
     "Kayes Front from 2004 until March 2011, after which Hamid Touré took over that front.",
     [("Musa Keita", None, "2000-01", "killed")]),
    ("Omar Sy was emir until his arrest in 1999. Idris Bamba was the group's spokesman from "
     "2001 to June 2008, after which Musa Keita became spokesman.",
     [("Omar Sy", None, "1999", "arrested")]),
    ("Aminata Konaté commanded the movement until 1996. Lamine Diarra ran its treasury from "
     "1997 until 2005, whereupon Yacouba Sanogo took over the treasury.",
     [("Aminata Konaté", None, "1996", None)]),
]


def test_a_successor_after_a_range_starts_at_the_ranges_end(ctx) -> None:
    assert_cases(ctx, AFTER_A_RANGE)


def test_a_successor_of_the_groups_own_leader_is_still_read(ctx) -> None:
    """The other side of the shape above: the one succeeded led the group."""
    assert_cases(ctx, [
        ("Omar Sy led the group until he was killed in 2012, and Musa Keita succeeded him.",
         [("Omar Sy", None, "2012", "killed"), ("Musa Keita", "2012", None, None)]),
        ("Idris Bamba, the leader of the group, died in 2009. Seydou Bah succeeded him in 2010.",
         [("Seydou Bah", "2010", None, None)]),
        ("Hamid Touré headed the movement until his arrest in 2011, and Lamine Diarra "
         "replaced him.",
         [("Hamid Touré", None, "2011", "arrested"), ("Lamine Diarra", "2011", None, None)]),
        ("The Kayes Front was led by Omar Sy; in 2012 he was killed, and Musa Keita "
         "succeeded him.", []),
        ("Idris Bamba, the leader of the Northern Brigade, died in 2009. Seydou Bah succeeded "
         "him in 2010.", []),
        ("The Front's chief, Hamid Touré, was arrested in 2011, and Lamine Diarra replaced him.",
         []),
    ])


# the other side of "it" of the nearest organisation: another organisation in an aside, or in
# a clause before ";", leaves a later "it"/"its" of the sentence to the group
STILL_THE_GROUP: list[Case] = [
    ("Omar Sy, a veteran of the Kayes Liberation Front (KLF) of the late 1980s, and Aminata "
     "Konaté founded it in 1996 and directed it together until the police caught them in 2001.",
     [("Omar Sy", "1996", "2001", None), ("Aminata Konaté", "1996", "2001", None)]),
    ("At the top sits Idris Bamba, a notable of Kindia who had earlier commanded the Northern "
     "Brigade; the video of 4 May 2015 that announced the alliance presented him as its emir, "
     "and he has held that title since.",
     [("Idris Bamba", "2015-05-04", None, None)]),
    ("Musa Keita, once a member of the Sahel Liberation Movement, founded the group in 2004 "
     "and led it until 2010.", [("Musa Keita", "2004", "2010", None)]),
    # the reference hangs from the other organisation by a relative: nothing
    ("Musa Keita, once a member of the Sahel Liberation Movement, which he led from 2001, "
     "joined the group in 2004.", []),
    ("The group fought beside the Northern Brigade and its commander, Hamid Touré, who took "
     "over in 2012.", []),
    ("Seydou Bah sent fighters to the Kayes Front, whose emir, Lamine Diarra, had led it "
     "since 2009.", []),
]


def test_another_organisation_in_an_aside_leaves_it_to_the_group(ctx) -> None:
    assert_cases(ctx, STILL_THE_GROUP)


# "…; since that date leads X the group": a translation's inverted clause after ";", its time
# adjunct in lowercase, dated by the date the sentence told before
SINCE_THAT_DATE: list[Case] = [
    ("In March 2012 the preacher Omar Sy broke with the Kayes Front and took thirty men with "
     "him; since that date leads Sy the group, as its emir.",
     [("Omar Sy", "2012-03", None, None)]),
    ("In May 2009 Aminata Konaté left the Northern Brigade with her followers; since that day "
     "heads Konaté the movement.", [("Aminata Konaté", "2009-05", None, None)]),
    ("In 2014 the group split from the Kindia Front; since that date commands Idris Bamba the "
     "group.", [("Idris Bamba", "2014", None, None)]),
    ("In March 2012 the preacher Omar Sy broke with the Kayes Front; since that date Sy has "
     "led the group.", [("Omar Sy", "2012-03", None, None)]),
    # another body led, another thing led: nothing
    ("In March 2012 Omar Sy broke with the Kayes Front; since that date leads Sy the Kayes "
     "Front.", []),
    ("In 2014 Idris Bamba joined the group; since that date leads Bamba the raids in the "
     "south.", []),
]


def test_since_that_date_dates_an_inverted_clause_by_the_date_before(ctx) -> None:
    assert_cases(ctx, SINCE_THAT_DATE)


# another organisation's leader whose end a "took over" with no object follows; a sentence
# whose subject is another organisation, and its "its"
ANOTHERS_END_AND_SUBJECT = [
    "After the death of the Kayes Front's leader, Omar Sy, in 2011, Musa Keita took over.",
    "The Kayes Front's founder, Omar Sy, was killed in 2011; Musa Keita took over the next year.",
    "Following the arrest of the Northern Brigade's emir, Idris Bamba, in May 2014, Seydou Bah "
    "took over.",
    "In 2010 the Kayes Front elected Hamid Touré as its emir.",
    "The Northern Brigade named Omar Sy its new commander in 2014.",
    "In March 2016, the Sahel Liberation Movement chose Musa Keita as its leader.",
]


@pytest.mark.parametrize("history", ANOTHERS_END_AND_SUBJECT)
def test_a_post_taken_after_another_organisations_leader_states_nothing(
    tmp_path, history
) -> None:
    assert ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history)) == {}


def test_the_same_shapes_of_the_group_are_still_read(ctx) -> None:
    assert_cases(ctx, [
        # (with a post before the name, "the death of its leader X in 2011", the end is not
        # read and the start is lost: an older limit, docs "What is left")
        ("After the death of Omar Sy in 2011, Musa Keita took over.",
         [("Musa Keita", "2011", None, None)]),
        ("Following the arrest of Idris Bamba in May 2014, Seydou Bah took over.",
         [("Seydou Bah", "2014-05", None, None)]),
        ("In 2010 the group elected Hamid Touré as its emir.",
         [("Hamid Touré", "2010", None, None)]),
        ("In March 2016, the movement chose Musa Keita as its leader.",
         [("Musa Keita", "2016-03", None, None)]),
        ("After the death of the Kayes Front's leader, Omar Sy, in 2011, Musa Keita took over.",
         []),
        ("In 2010 the Kayes Front elected Hamid Touré as its emir.", []),
    ])


# --- the lead's reading of `dev-13` (the blind set of the eleventh round) ----------------------
# a post in the plural heads the list of its holders: the post word is no part of a name
PLURAL_POST_BEFORE_NAMES = [
    ("Co-founders Omar Sy and Musa Keita are believed to lead the group jointly.",
     {"Omar Sy", "Musa Keita"}),
    ("Founders Aminata Konaté and Seydou Bah have led the group together since 2009.",
     {"Aminata Konaté", "Seydou Bah"}),
    ("Commanders Idris Bamba and Hamid Touré jointly head the group from exile.",
     {"Idris Bamba", "Hamid Touré"}),
]


@pytest.mark.parametrize(("history", "names"), PLURAL_POST_BEFORE_NAMES)
def test_a_post_in_the_plural_before_names_is_no_part_of_either_name(
    tmp_path, history, names
) -> None:
    leaders = ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history))
    assert set(leaders) <= names, leaders
    assert leaders, history


# "succeeded him the following day", "three days later": a day counted from a whole date
DAYS_AFTER: list[Case] = [
    ("Omar Sy led the group until he was killed on 9 March 2014. Musa Keita succeeded him the "
     "following day.",
     [("Omar Sy", None, "2014-03-09", "killed"), ("Musa Keita", "2014-03-10", None, None)]),
    ("Idris Bamba headed the group until his arrest on 30 June 2011; Seydou Bah took over "
     "the next day.",
     [("Idris Bamba", None, "2011-06-30", "arrested"), ("Seydou Bah", "2011-07-01", None, None)]),
    ("Hamid Touré led the group until he died on 28 December 2019. Three days later the shura "
     "named Lamine Diarra its emir.",
     [("Hamid Touré", None, "2019-12-28", "died"), ("Lamine Diarra", "2019-12-31", None, None)]),
    ("Seydou Bah led the group until his death on 2 May 2016. Aminata Konaté took over two "
     "days later.",
     [("Seydou Bah", None, "2016-05-02", "died"), ("Aminata Konaté", "2016-05-04", None, None)]),
    ("Idris Bamba was emir until he was arrested on 31 January 2012; Omar Sy succeeded him "
     "that same day.",
     [("Idris Bamba", None, "2012-01-31", "arrested"), ("Omar Sy", "2012-01-31", None, None)]),
    # a day counted from a month: the successor starts at the predecessor's end, as told
    ("Omar Sy led the group until he was killed in March 2014. Musa Keita succeeded him the "
     "following day.",
     [("Omar Sy", None, "2014-03", "killed"), ("Musa Keita", "2014-03", None, None)]),
]


def test_a_day_counted_from_a_whole_date_is_the_successors_start(ctx) -> None:
    assert_cases(ctx, DAYS_AFTER)
