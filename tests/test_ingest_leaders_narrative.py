"""Leadership by GENERAL SHAPE, eleventh round: the shapes `dev-11` showed, in wordings of our own.

`dev-11` (blind `heldout-9` until this round) was scored before anything changed: leaders
0.60 / 1.00 (10 key leaders, 6 stated). Every miss was classified by the structure of its
sentence (docs/ingest-accuracy.md, "Eleventh round"), and each shape is written here in at
least three wordings of our own — other names, places, verbs, dates and orders than any
profile's — beside wordings of the same shape that must state NOTHING:

- leaders told only in the history: the leadership reader never saw those sentences
  (`kg.ingest.leaders.narrative`), read now when the leadership section states no tenure;
- a subject written after its verb, as a translation keeps its source's word order ("Led X the
  group until D", "In D took over the leadership X"; `kg.ingest.leaders.inversion`);
- a start told by an event after "from" ("from that split onward": reported, never stated
  without its start; "from X's death onward": from X's end);
- the ends of two leaders told as one ("took over after their deaths in D");
- a founding told by persons naming themselves the group ("broke away in D and called
  themselves G"): a founder who then led starts there;
- a single name made a person by its alias ("founded by Santoso, alias Abu Wardah");
- "took the leadership / the command (of the group)", as "assumed the leadership" was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.context import IngestContext
from kg.ingest.leaders import LeadershipState, template
from kg.ingest.leaders.inversion import put_subject_first
from kg.namespaces import KG
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_generality import Case, assert_cases, read
from tests.test_ingest_leaders_structures import PROFILE


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context of the synthetic profile of the other banks (Coastal Resistance Army)."""
    return leadership_context(tmp_path_factory.mktemp("cra11"), "cra", PROFILE)


# --- leaders told only in the history ---------------------------------------------------------
HISTORY_ONLY = """Terrorism Profiles

Coastal Resistance Army (CRA)

Alternative Names:

Jaysh al-Sahil al-Muqawim, Coast Army

Africa: Guinea, Sierra Leone.

History:

{history}

Funding Sources:

Smuggling and ransoms.
"""


def ingested_leaders(folder: Path, text: str) -> dict[str, tuple[list[str], set[str]]]:
    """Each leader the ingested profile states: (its start dates, the section graphs that
    state its kg:Leadership)."""
    dataset = ingest_profile(folder / "cra.txt", text=text, existing=Dataset()).dataset
    leaders: dict[str, tuple[list[str], set[str]]] = {}
    for node in dataset.subjects(KG.leader, None):
        (leader,) = dataset.objects(node, KG.leader)
        (name,) = dataset.objects(leader, SKOS.prefLabel)
        starts = sorted(str(d) for d in dataset.objects(node, KG.startDate))
        graphs = {str(g).rsplit("#", 1)[-1] for _, _, _, g in
                  dataset.quads((node, KG.leader, None, None))}
        leaders.setdefault(str(name), ([], set()))
        leaders[str(name)][0].extend(starts)
        leaders[str(name)][1].update(graphs)
    return leaders


HISTORIES: list[tuple[str, dict[str, list[str]]]] = [
    # a narrative of succession, told only in the history
    ("The group grew out of a student circle in Conakry in the 1990s. Idris Bamba, a former "
     "teacher, led the group from 2004 until he was killed in May 2013. His cousin Musa Keita "
     "took command of the group after Bamba's death.",
     {"Idris Bamba": ["2004"], "Musa Keita": ["2013-05"]}),
    # a founding by a break-away, then the founder's tenure in a later paragraph by surname
    ("Aminata Konaté and her followers broke away from the Kayes Front in 2009 and called "
     "themselves the Coastal Resistance Army.\n\nKonaté led the group until her arrest in "
     "2015. Seydou Bah took over after her arrest.",
     {"Aminata Konaté": ["2009"], "Seydou Bah": ["2015"]}),
    # a translation's word order
    ("Founded Lamine Diarra the group in 2006 in the hills above Kindia. Led Diarra the group "
     "until 2012, when he was killed by soldiers. In 2012 took over the leadership Omar Sy.",
     {"Lamine Diarra": ["2006"], "Omar Sy": ["2012"]}),
]


@pytest.mark.parametrize(("history", "expected"), HISTORIES)
def test_leaders_told_only_in_the_history_are_stated_from_the_history(
    tmp_path, history, expected
) -> None:
    leaders = ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history))
    assert {name: starts for name, (starts, _) in leaders.items()} == expected
    # each fact keeps its provenance: the history's graph states it
    assert all(graphs == {"history"} for _, graphs in leaders.values()), leaders


NO_LEADER_IN_HISTORY = [
    # another organisation's leader, the group's spokesman and deputy, a founder who never led
    "In 2011 the group allied with the Kayes Front, led by Omar Sy since 2008.",
    "Seydou Bah, the group's spokesman from 2010, was arrested in 2014. Its deputy leader, "
    "Hamid Touré, was killed in 2016.",
    "The group was founded in 2003 by Yacouba Sanogo, who left for Mali a year later and "
    "never returned.",
]


@pytest.mark.parametrize("history", NO_LEADER_IN_HISTORY)
def test_a_history_that_names_no_leader_of_the_group_states_none(tmp_path, history) -> None:
    assert ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history)) == {}


def test_a_leadership_section_that_states_a_tenure_keeps_the_history_unread(tmp_path) -> None:
    """The history's looser retelling never adds a second tenure of a leader the leadership
    section told."""
    text = PROFILE.replace(
        "Funding Sources:",
        "History:\n\nIbrahima Conteh took command of the group in 1997 after a quarrel. "
        "Omar Sy took over in 2005.\n\nFunding Sources:",
    )
    leaders = ingested_leaders(tmp_path, text)
    assert {name: starts for name, (starts, _) in leaders.items()} == {
        "Ibrahima Conteh": ["1996"]}


# --- a subject written after its verb -----------------------------------------------------------
INVERTED: list[Case] = [
    ("Led Idris Bamba the group until 18 July 2016, when he was killed in a raid.",
     [("Idris Bamba", None, "2016-07-18", "killed")]),
    ("From 2009 headed Musa Keita the movement, until his arrest in May 2013.",
     [("Musa Keita", "2009", "2013-05", "arrested")]),
    ("In 2016 took over the leadership Omar Sy.", [("Omar Sy", "2016", None, None)]),
    ("Aminata Konaté commanded the group from 2001 until she was killed in March 2010. "
     "Succeeded her Seydou Bah, who was arrested in 2014.",
     [("Aminata Konaté", "2001", "2010-03", "killed"),
      ("Seydou Bah", "2010-03", "2014", "arrested")]),
    ("Hamid Touré ran the group from 1999 until he was captured in June 2008; took the command "
     "of the group Lamine Diarra.",
     [("Hamid Touré", "1999", "2008-06", "arrested"), ("Lamine Diarra", "2008-06", None, None)]),
    ("Founded Yacouba Sanogo the group in 2003 and led it until 2011.",
     [("Yacouba Sanogo", "2003", "2011", None)]),
    # another thing led; a clause with a subject before the verb and a person after its object:
    # which of the two took over, the words do not say
    ("Led Idris Bamba the raid on the barracks in 2010.", []),
    ("After Idris Bamba took the leadership Musa Keita, until 2019.", []),
    ("In 2014 headed Omar Sy the delegation to the talks in Dakar.", []),
]


def test_a_subject_written_after_its_verb_is_read_as_the_subject(ctx) -> None:
    assert_cases(ctx, INVERTED)


def test_the_verb_before_a_name_is_never_part_of_it(ctx) -> None:
    for text, name in (("Led Santos Ramírez the group from 2004.", "Santos Ramírez"),
                       ("Pledged Omar Sy allegiance to the Kayes Front in 2012.", "Omar Sy"),
                       ("Headed Aminata Konaté the movement until 2011.", "Aminata Konaté")):
        tpl = template(ctx, text, LeadershipState())
        assert list(tpl.persons.values()) == [name], (text, tpl.persons)


def test_put_subject_first_leaves_english_order_alone() -> None:
    for text in ("⟪P0⟫ led ⟪G⟫ from ⟪D0⟫.", "After ⟪P0⟫ took the leadership ⟪P1⟫.",
                 "⟪P0⟫ succeeded ⟪P1⟫ in ⟪D0⟫.", "Succeeded ⟪P0⟫ in ⟪D0⟫."):
        assert put_subject_first(text) == text
    assert put_subject_first("Led ⟪P0⟫ ⟪G⟫ until ⟪D0⟫.") == "⟪P0⟫ led ⟪G⟫ until ⟪D0⟫."
    assert put_subject_first("In ⟪D0⟫ took over ⟪G⟫ ⟪P0⟫.") == "In ⟪D0⟫ ⟪P0⟫ took over ⟪G⟫."


# --- a start told by an event after "from" --------------------------------------------------
def test_a_start_told_by_an_undated_event_after_from_is_reported_not_stated(ctx) -> None:
    for text in ("Musa Keita led the group from that split onward.",
                 "Seydou Bah headed the movement from the merger on, until 2016.",
                 "Omar Sy commanded the group from his release onwards."):
        stated, reported = read(ctx, text)
        assert stated == [] and len(reported) == 1, (text, stated, reported)


FROM_AN_END: list[Case] = [
    ("Idris Bamba commanded the group from 2006 until he was killed on 4 March 2015. Musa "
     "Keita led the group from Bamba's death onward.",
     [("Idris Bamba", "2006", "2015-03-04", "killed"), ("Musa Keita", "2015-03-04", None, None)]),
    ("Aminata Konaté headed the movement from 1998 until her arrest in June 2011. Seydou Bah "
     "ran it from the arrest of Konaté until 2014.",
     [("Aminata Konaté", "1998", "2011-06", "arrested"), ("Seydou Bah", "2011-06", "2014", None)]),
    ("Lamine Diarra led the group from 2002 until his death in October 2009. From Diarra's "
     "death on, Yacouba Sanogo led the group.",
     [("Lamine Diarra", "2002", "2009-10", "died"), ("Yacouba Sanogo", "2009-10", None, None)]),
    # "from" before a place or a state of the leader: no event, the start stays as told
    ("Omar Sy led the group from Conakry.", [("Omar Sy", None, None, None)]),
    ("Hamid Touré led the group from prison until 2012.", [("Hamid Touré", None, "2012", None)]),
    ("Idris Bamba led the group from exile in Dakar.", [("Idris Bamba", None, None, None)]),
]


def test_a_start_told_by_an_end_after_from_starts_at_that_end(ctx) -> None:
    assert_cases(ctx, FROM_AN_END)


# --- the ends of two leaders told as one ------------------------------------------------------
THEIR_ENDS: list[Case] = [
    ("Idris Bamba and Musa Keita founded the group in 1996 and led it together. Omar Sy took "
     "over after their deaths in 2004.",
     [("Idris Bamba", "1996", None, None), ("Musa Keita", "1996", None, None),
      ("Omar Sy", "2004", None, None)]),
    ("Aminata Konaté took over after the arrests of Seydou Bah and Hamid Touré in May 2011.",
     [("Aminata Konaté", "2011-05", None, None)]),
    ("Lamine Diarra assumed the leadership after the killings of the two founders in 2008.",
     [("Lamine Diarra", "2008", None, None)]),
    # no date with the ends, an act that is no one's end: no start
    ("Yacouba Sanogo took over after their deaths.", []),
    ("Yacouba Sanogo became the group's spokesman after their deaths in 2004.", []),
    ("Omar Sy took over after the elections in 2004.", []),
]


def test_a_start_told_by_the_ends_of_two_leaders_is_their_date(ctx) -> None:
    assert_cases(ctx, THEIR_ENDS)


# --- a founding told by persons naming themselves the group -----------------------------------
NAMED_THEMSELVES: list[Case] = [
    ("In 2003 Idris Bamba and his followers broke away from the Kayes Front and called "
     "themselves the Coastal Resistance Army. Bamba led the group until 2011.",
     [("Idris Bamba", "2003", "2011", None)]),
    ("From the Kayes Front broke away in 2005 Musa Keita with his men, and gave to themselves "
     "the name Coastal Resistance Army. Led Keita the group until 2014.",
     [("Musa Keita", "2005", "2014", None)]),
    ("Aminata Konaté and a dozen fighters left the Kayes Front in 2008, naming themselves the "
     "Coast Army. Konaté headed the group until her arrest in 2012.",
     [("Aminata Konaté", "2008", "2012", "arrested")]),
    # the group naming itself is a rename, no founding; founders who never led lead nothing
    ("In 2003 the group called itself the Coastal Resistance Army. Omar Sy led the group until "
     "2011.", [("Omar Sy", None, "2011", None)]),
    ("In 2004 Seydou Bah and his followers called themselves the Coastal Resistance Army.", []),
    ("In 2006 Hamid Touré's men called themselves the Coast Army. Touré was killed in 2009.",
     []),
]


def test_persons_naming_themselves_the_group_found_it(ctx) -> None:
    assert_cases(ctx, NAMED_THEMSELVES)


# --- a single name made a person by its alias ------------------------------------------------
def test_a_single_name_with_an_alias_is_a_person(ctx) -> None:
    for text, name in (("The group was founded by Kalilou, alias Abu Musa, in 2001.", "Kalilou"),
                       ("Its founder Bakary aka Le Vieux died in 2009.", "Bakary"),
                       ("Sékou (real name Sékou Camara) led it from 2011.", "Sékou")):
        tpl = template(ctx, text, LeadershipState())
        assert name in tpl.persons.values(), (text, tpl.persons)
    # a single capitalised word with no alias stays no person (precision first)
    for text in ("Kindia fell in 2009.", "The group was founded in Kalilou in 2001."):
        assert template(ctx, text, LeadershipState()).persons == {}, text


# --- took the leadership / the command --------------------------------------------------------
TOOK_THE_LEADERSHIP: list[Case] = [
    ("Lamine Diarra took the leadership of the group in 2012.", [("Lamine Diarra", "2012", None,
                                                                 None)]),
    ("Omar Sy took the leadership in March 2015.", [("Omar Sy", "2015-03", None, None)]),
    ("Seydou Bah took the command of the movement in 2009.", [("Seydou Bah", "2009", None, None)]),
    ("Hamid Touré took the command in 2001.", [("Hamid Touré", "2001", None, None)]),
    # another body's leadership, a unit's command: no tenure
    ("Musa Keita took the leadership of the Kayes Front in 2012.", []),
    ("Idris Bamba took the command of the northern battalion in 2010.", []),
]


def test_taking_the_leadership_or_the_command_starts_a_tenure(ctx) -> None:
    assert_cases(ctx, TOOK_THE_LEADERSHIP)


# --- a new subject after "and", named by its post ("and his deputy X replaced him") ------------
DEPUTY_REPLACED: list[Case] = [
    ("Omar Sy took over the group in 2009; he was killed in a drone strike in 2013, and his "
     "deputy Seydou Bah replaced him.",
     [("Omar Sy", "2009", "2013", "killed"), ("Seydou Bah", "2013", None, None)]),
    ("Aminata Konaté led the movement from 2001 until 2008, when she was arrested, and her "
     "deputy Hamid Touré took over.",
     [("Aminata Konaté", "2001", "2008", "arrested"), ("Hamid Touré", "2008", None, None)]),
    ("Idris Bamba headed the group from 1998; he died in May 2004, and its treasurer Musa Keita "
     "succeeded him.",
     [("Idris Bamba", "1998", "2004-05", "died"), ("Musa Keita", "2004-05", None, None)]),
    # the deputy named but another act told, or the deputy's own post
    ("Lamine Diarra led the group from 2003; he was killed in 2011, and his deputy Omar Sy "
     "fled to Mali.", [("Lamine Diarra", "2003", "2011", "killed")]),
    ("Yacouba Sanogo led the group from 2003, and his deputy Omar Sy ran its finances.",
     [("Yacouba Sanogo", "2003", None, None)]),
    ("Hamid Touré led the group from 2005; he was arrested in 2010, and his brother Ali Touré "
     "became its spokesman.", [("Hamid Touré", "2005", "2010", "arrested")]),
]


def test_a_new_subject_named_by_its_post_after_and_is_the_subject(ctx) -> None:
    assert_cases(ctx, DEPUTY_REPLACED)


# --- a start told by another's end in a clause after "since" or in an opener ---------------------
SINCE_A_CLAUSE: list[Case] = [
    ("Musa Keita has led the group since Idris Bamba was killed in 2010.",
     [("Musa Keita", "2010", None, None)]),
    ("Omar Sy has been emir since Hamid Touré died in March 2016.",
     [("Omar Sy", "2016-03", None, None)]),
    ("Aminata Konaté has headed the movement since Seydou Bah was arrested in Kindia in 2012.",
     [("Aminata Konaté", "2012", None, None)]),
    ("After Bamba's death in 2011, Lamine Diarra took over.",
     [("Lamine Diarra", "2011", None, None)]),
    # the leader's own release dates the start; an end nobody dated leaves the start unread
    ("Seydou Bah has led the group since he was released in 2005.",
     [("Seydou Bah", "2005", None, None)]),
    ("Seydou Bah has headed the movement since Lamine Diarra was arrested.", []),
    ("Idris Bamba took over after Musa Keita was killed.", []),
]


def test_a_start_told_by_anothers_end_in_a_clause_is_that_end(ctx) -> None:
    assert_cases(ctx, SINCE_A_CLAUSE)


# --- the group with a participle of leading in apposition ------------------------------------
LED_APPOSED: list[Case] = [
    ("The group, led by Hamid Touré since 2015, claimed the attack.",
     [("Hamid Touré", "2015", None, None)]),
    ("In 2012 the movement, headed by Aminata Konaté since 2009, signed a truce.",
     [("Aminata Konaté", "2009", None, None)]),
    ("The group, then commanded by Omar Sy, attacked Kindia in 2012.",
     [("Omar Sy", None, None, None)]),
    # another organisation led; two agents (a shared leadership the sentence does not date)
    ("The Kayes Front, led by Omar Sy since 2009, attacked Kindia.", []),
    ("In 2014 the group, led by Idris Bamba and Musa Keita, attacked Kindia.", []),
    ("The group attacked a convoy led by Seydou Bah in 2011.", []),
]


def test_the_group_led_by_someone_in_apposition_is_led_by_them(ctx) -> None:
    assert_cases(ctx, LED_APPOSED)


# --- a subject after the post it took, or after a dative ("To him succeeded X") --------------
INVERTED_POSTS: list[Case] = [
    ("Was named emir in 2010 Musa Keita.", [("Musa Keita", "2010", None, None)]),
    ("Became leader of the group in 2012 Omar Sy.", [("Omar Sy", "2012", None, None)]),
    ("In 2013 was elected chairman Seydou Bah.", [("Seydou Bah", "2013", None, None)]),
    ("In 2012 took the head of the group Aminata Konaté.",
     [("Aminata Konaté", "2012", None, None)]),
    ("Idris Bamba led the group from 2001 until 2010. To him succeeded Hamid Touré.",
     [("Idris Bamba", "2001", "2010", None), ("Hamid Touré", "2010", None, None)]),
    # another post, another body's head: no tenure
    ("Was named spokesman in 2010 Musa Keita.", []),
    ("In 2012 took the head of the Kayes Front Omar Sy.", []),
    ("Became deputy emir in 2014 Lamine Diarra.", []),
]


def test_a_subject_written_after_the_post_it_took_is_the_subject(ctx) -> None:
    assert_cases(ctx, INVERTED_POSTS)


# --- a passive of leading with its agents in succession ---------------------------------------
THEN_BY: list[Case] = [
    ("The group was led by Idris Bamba from 2001 until 2010, and then by Musa Keita.",
     [("Idris Bamba", "2001", "2010", None), ("Musa Keita", "2010", None, None)]),
    ("The group was led first by Omar Sy (2001–2006) and then by Lamine Diarra (2006–2012).",
     [("Omar Sy", "2001", "2006", None), ("Lamine Diarra", "2006", "2012", None)]),
    ("The movement was headed by Aminata Konaté until her arrest in 2009 and later by Seydou "
     "Bah.", [("Aminata Konaté", None, "2009", "arrested"), ("Seydou Bah", "2009", None, None)]),
    # two agents at once share the leadership; fighters are no leader
    ("The group was led by Idris Bamba and Musa Keita from 2001.",
     [("Idris Bamba", "2001", None, None), ("Musa Keita", "2001", None, None)]),
    ("The group was led by Hamid Touré from 2001 and then by fighters loyal to him.",
     [("Hamid Touré", "2001", None, None)]),
    ("The raid was led by Omar Sy in 2010 and then by Seydou Bah.", []),
]


def test_a_passive_with_its_agents_in_succession_reads_each_agent(ctx) -> None:
    assert_cases(ctx, THEN_BY)


# --- the post first, its holder after the verb, behind a time adjunct ------------------------
POST_FIRST_DATED: list[Case] = [
    ("From 2006 to 2012 the group's chief was Musa Keita.", [("Musa Keita", "2006", "2012", None)]),
    ("In 2009 the group's new emir became Omar Sy.", [("Omar Sy", "2009", None, None)]),
    ("Since 2015 the leader of the movement has been Aminata Konaté.",
     [("Aminata Konaté", "2015", None, None)]),
    # another post, another body's post
    ("Since 2015 the group's spokesman has been Seydou Bah.", []),
    ("In 2011 the Kayes Front's emir became Hamid Touré.", []),
    ("From 2004 to 2009 the deputy leader of the group was Lamine Diarra.", []),
]


def test_a_post_told_first_behind_a_time_adjunct_names_its_holder(ctx) -> None:
    assert_cases(ctx, POST_FIRST_DATED)


# --- an acting leader confirmed in the post goes on with the tenure begun -----------------------
CONFIRMED: list[Case] = [
    ("Idris Bamba became acting emir in May 2011, and he was confirmed as emir in 2012.",
     [("Idris Bamba", "2011-05", None, None)]),
    ("Musa Keita was named interim leader of the group in 2008; the council confirmed him as "
     "leader in March 2009.", [("Musa Keita", "2008", None, None)]),
    ("Omar Sy took over as acting chairman in 2014 and was formally elected chairman in 2015.",
     [("Omar Sy", "2014", None, None)]),
    # confirmed with no tenure begun before: the confirmation is the start
    ("Seydou Bah was confirmed as the group's emir in June 2016.",
     [("Seydou Bah", "2016-06", None, None)]),
    ("Hamid Touré was formally named leader of the group in 2003.",
     [("Hamid Touré", "2003", None, None)]),
    ("Lamine Diarra was confirmed as spokesman in 2010.", []),
]


def test_an_acting_leader_confirmed_in_the_post_keeps_the_start_begun(ctx) -> None:
    assert_cases(ctx, CONFIRMED)


# --- the predecessor's end told in a relative clause, "in favour of", "passed from X to Y" ----
PREDECESSORS_END: list[Case] = [
    ("Musa Keita succeeded Idris Bamba, who had been killed in an air strike in 2011.",
     [("Musa Keita", "2011", None, None)]),
    ("Omar Sy replaced Aminata Konaté, who was arrested in June 2013, as head of the group.",
     [("Omar Sy", "2013-06", None, None)]),
    ("Hamid Touré headed the group as its chairman from 1990. He stepped down in 2001 in favour "
     "of Lamine Diarra.",
     [("Hamid Touré", "1990", "2001", "resigned"), ("Lamine Diarra", "2001", None, None)]),
    ("Yacouba Sanogo resigned in March 2007 in favour of his deputy Seydou Bah.",
     [("Seydou Bah", "2007-03", None, None)]),
    ("The chairmanship passed in 2001 from Idris Bamba to Musa Keita.",
     [("Musa Keita", "2001", None, None)]),
    # the relative clause tells another's end, or an act that is no end; no one in favour of
    ("Musa Keita succeeded Idris Bamba, who had founded the group in 1996.",
     [("Musa Keita", None, None, None)]),
    ("Omar Sy succeeded Lamine Diarra in 2012, who was killed in 2015.",
     [("Omar Sy", "2012", None, None)]),
    ("Seydou Bah stepped down in 2009 in favour of a collective leadership.", []),
]


def test_a_predecessors_end_told_beside_the_succession_is_the_start(ctx) -> None:
    assert_cases(ctx, PREDECESSORS_END)


# --- a tenure told by holding the post, a shared leadership in the passive, a dated birth -------
HELD: list[Case] = [
    ("Idris Bamba is the group's head; he has held the post since 2015.",
     [("Idris Bamba", "2015", None, None)]),
    ("The group's general secretary, Omar Sy, has held office since 2007.",
     [("Omar Sy", "2007", None, None)]),
    ("Since 2012 the group has been co-led by Aminata Konaté and Seydou Bah.",
     [("Aminata Konaté", "2012", None, None), ("Seydou Bah", "2012", None, None)]),
    ("Hamid Touré, the group's leader since its creation in 2004, was killed in 2016.",
     [("Hamid Touré", "2004", "2016", "killed")]),
    # another post held, another body's leader since its birth
    ("Seydou Bah is the group's spokesman; he has held the post since 2012.", []),
    ("The group's spokesman, Omar Sy, has held office since 2007.", []),
    ("Lamine Diarra, the Kayes Front's leader since its creation in 2004, joined the group in "
     "2010.", []),
    ("Since 2012 the Kayes Front has been co-led by Musa Keita and Yacouba Sanogo.", []),
]


def test_a_tenure_told_by_holding_the_post_or_shared_in_the_passive(ctx) -> None:
    assert_cases(ctx, HELD)


# --- wrong facts the probing found: the predecessor's end given to the successor, a time counted
# from an event taken for the start -----------------------------------------------------------
NOT_THE_SUCCESSORS_END: list[Case] = [
    ("Idris Bamba, its founder and leader until his death in 2006, was succeeded by Musa Keita.",
     [("Musa Keita", "2006", None, None)]),
    ("Aminata Konaté, who headed the movement until her arrest in 2011, was replaced by Omar "
     "Sy.", [("Aminata Konaté", None, "2011", "arrested"), ("Omar Sy", "2011", None, None)]),
    ("Hamid Touré, emir until he was killed in May 2015, was succeeded by Seydou Bah.",
     [("Seydou Bah", "2015-05", None, None)]),
    # the successor's own end, told after the succession, stays his
    ("Idris Bamba led the group from 2001 until 2006. He was succeeded by Musa Keita, who led "
     "it until his arrest in 2010.",
     [("Idris Bamba", "2001", "2006", None), ("Musa Keita", "2006", "2010", "arrested")]),
    ("Lamine Diarra was succeeded in 2009 by Yacouba Sanogo, who was killed in 2013.",
     [("Yacouba Sanogo", "2009", "2013", "killed")]),
    ("Omar Sy led the group until 2004 and was succeeded by Seydou Bah until 2008.",
     [("Omar Sy", None, "2004", None), ("Seydou Bah", "2004", "2008", None)]),
]


def test_an_end_told_before_was_succeeded_by_is_the_predecessors(ctx) -> None:
    assert_cases(ctx, NOT_THE_SUCCESSORS_END)


def test_a_time_counted_from_a_dated_event_is_not_the_start(ctx) -> None:
    for text in ("A year after the founding in 2004, Idris Bamba became emir.",
                 "Two years after the split in 2009, Musa Keita took over the group.",
                 "Three months after the merger in March 2012, Omar Sy was named leader."):
        stated, reported = read(ctx, text)
        assert stated == [] and len(reported) == 1, (text, stated, reported)
    # the event's own date, with no time counted from it, is the start
    for text, since in (("After the founding in 2004, Idris Bamba became emir.", "2004"),
                        ("Omar Sy became emir in 2012, a year after the founding in 2011.",
                         "2012"),
                        ("After the split in 2009, Musa Keita took over the group.", "2009")):
        stated, _ = read(ctx, text)
        assert [s[1] for s in stated] == [since], (text, stated)


# --- a duration before another event is no date counted from the date told before -------------
# "led it for a year before he was killed in 2004": "a year before" here opens a clause; it
# does not count back from the last date the text told (a citation's year, a founding), which
# had given the tenure a start one or two years before an unrelated date.
DURATION_BEFORE_AN_EVENT = [
    "The group was founded in 2001 (Keita 2000). Idris Bamba led it for a year before he was "
    "killed in 2004.",
    "The front grew in 1996. His successor, Musa Keita, reportedly led it for less than a year "
    "before he too was arrested, in January 1999.",
    "Founded in 1990, the group fought on. Hamid Touré commanded it for two years before his "
    "death in a raid in 2008.",
    "In 2005 the group split. Seydou Bah headed it for three months after the split, until he "
    "was killed in March 2006.",
]


@pytest.mark.parametrize("history", DURATION_BEFORE_AN_EVENT)
def test_a_duration_before_an_event_gives_the_tenure_no_counted_start(tmp_path, history) -> None:
    leaders = ingested_leaders(tmp_path, HISTORY_ONLY.format(history=history))
    # stated without a start, or not at all: never a start counted from the date told before
    assert all(starts == [] for starts, _ in leaders.values()), leaders


# --- a founder who then held the post: the tenure starts at the founding ----------------------
# "founded the group in 1968 and led it" was read; "… and was its secretary-general until his
# death" (the post named instead of the verb) left the founder without a start.
FOUNDER_WHO_HELD_THE_POST: list[Case] = [
    ("Idris Bamba founded the group in 1994 and was its secretary-general until his death in "
     "May 2011.", [("Idris Bamba", "1994", "2011-05", "died")]),
    ("Aminata Konaté, a former officer, founded the movement in March 2001 and was its "
     "chairman until she was arrested in 2009.",
     [("Aminata Konaté", "2001-03", "2009", "arrested")]),
    ("Musa Keita founded the group in 2006 and has been its emir ever since.",
     [("Musa Keita", "2006", None, None)]),
    # the post held from a date of its own: that date, not the founding
    ("Lamine Diarra founded the group in 2002 and was its leader from 2005 until 2010.",
     [("Lamine Diarra", "2005", "2010", None)]),
    # another person holding the post after a founder: no start taken from the founding
    ("Seydou Bah founded the group in 2002. Hamid Touré was its leader until 2010.",
     [("Hamid Touré", None, "2010", None)]),
    # a founder who was only its spokesman is no leader
    ("Omar Sy founded the group in 2002 and was its spokesman until 2010.", []),
]


def test_a_founder_who_held_the_post_starts_at_the_founding(ctx) -> None:
    assert_cases(ctx, FOUNDER_WHO_HELD_THE_POST)
