"""Leadership on unseen text, fourteenth round: the shapes `dev-15` showed, in wordings of our own.

`dev-15` (blind as `heldout-13` until this round) scored leaders .36 / .67: both wrong leaders
were right persons stated with *no* start where the text gives one, each by a rule that accepted
more than it should (docs/ingest-accuracy.md, "Fourteenth round: leaders"):

- "X founded <something the reader did not bind to the group> in D and led it until …": the
  "it" was taken for the group, so the tenure was stated without the founding's date; the "it"
  is what was founded, and when that is not the group nothing is stated;
- a fact sheet's "Leader: X (founder)" was stated with no start, though the founder's post runs
  from the founding: now dated by the founding the text tells (a history's "Founded: c. 2014"
  field too), else only reported.

Then recall for the shapes of `dev-15`'s misses, each with controls that must state nothing: a
listing's "Commander:" field with a start in a fragment of its own, others' judgement of who led
("was regarded by the police as the leader of both the party and the group from D"), and a
founding told in a relative clause of the group ("G is the organisation that X founded in D").
Every sentence here is of our own: other names, places, verbs and orders than any profile's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.context import IngestContext, split_sentences
from kg.namespaces import KG
from tests.test_ingest_leaders_combinatorial import leadership_context
from tests.test_ingest_leaders_generality import read
from tests.test_ingest_leaders_structures import PROFILE


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context of the synthetic profile of the other banks (Coastal Resistance Army)."""
    return leadership_context(tmp_path_factory.mktemp("cra14"), "cra", PROFILE)


def starts(ctx: IngestContext, text: str) -> list[tuple[str, str | None]]:
    """(person, since) of every tenure the paragraph states."""
    return [(person, since) for person, since, _, _ in read(ctx, text)[0]]


# --- "founded <something> and led it": the "it" is what was founded -------------------------
FOUNDED_SOMETHING_ELSE: list[str] = [
    "Omar Sy founded a militia in 2005 and led it until he was killed in 2010.",
    "In 1998 Aminata Konaté set up a charity in Kankan and headed it until her arrest in 2007.",
    "Hamid Touré created a youth wing in 2012 and commanded it until 2016.",
    "Seydou Bah established a radio station in 2001, and ran it until his death in 2009.",
    # the army of a state, written in lowercase, is not the group's "Army"
    "Musa Keita formed the army in 1990 and led it until 1995.",
]


@pytest.mark.parametrize("history", FOUNDED_SOMETHING_ELSE)
def test_leading_what_was_founded_is_no_tenure_unless_it_is_the_group(ctx, history) -> None:
    assert read(ctx, history) == ([], [])


FOUNDED_THE_GROUP: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Omar Sy founded the group in 2005 and led it until he was killed in 2010.",
     [("Omar Sy", "2005")]),
    ("Lamine Diarra set up the movement in 1999 and headed it until 2004.",
     [("Lamine Diarra", "1999")]),
    ("In 2001 Musa Keita created the organisation and ran it until his death in 2011.",
     [("Musa Keita", "2001")]),
    # another founding first, then the group's: the "it" is the group
    ("Omar Sy founded a radio station in 1999; in 2005 he founded the group and led it until "
     "2010.", [("Omar Sy", "2005")]),
]


@pytest.mark.parametrize(("history", "expected"), FOUNDED_THE_GROUP)
def test_leading_the_group_one_founded_starts_at_the_founding(ctx, history, expected) -> None:
    assert starts(ctx, history) == expected


# --- a fact sheet's founder-leader: from the founding the text dates, else only reported ----
FACT_SHEET = """Terrorism Profiles

Coastal Resistance Army (CRA)

Alternative Names:

Jaysh al-Sahil al-Muqawim, Coast Army

Areas of Operation:

Guinea, Sierra Leone.

Leadership:

{leadership}

History:

{history}

Funding Sources:

Smuggling and ransoms.
"""

FOUNDER_LABELS: list[tuple[str, str, dict[str, list[str]]]] = [
    ("Leader: Omar Sy (founder). Killed 3 May 2019 (suicide bomber, Conakry).",
     "Founded: c. 2012, Kankan (sources vary). Founder: Omar Sy, preacher.",
     {"Omar Sy": ["2012~"]}),
    ("Emir: Idris Bamba (co-founder).",
     "Established: March 2009, Boké.\n2011: the group attacked a convoy.",
     {"Idris Bamba": ["2009-03"]}),
    ("Founder and leader: Aminata Konaté.",
     "- Formed: 2004\n- 2006: first attacks on the coast road.",
     {"Aminata Konaté": ["2004"]}),
    # no founding dated anywhere: the founder's start is unread, so nothing is stated
    ("Leader: Hamid Touré (founder).",
     "The group attacked ferries on the coast for years.",
     {}),
    ("Founder and emir: Seydou Bah.",
     "Its fighters came from the fishing villages of the coast.",
     {}),
]


def ingested_starts(folder: Path, text: str) -> dict[str, list[str]]:
    """Each leader the ingested profile states, with its starts as EDTF (an exact start is
    kg:startDate, an approximate one kg:edtf only)."""
    dataset = ingest_profile(folder / "cra.txt", text=text, existing=Dataset()).dataset
    leaders: dict[str, list[str]] = {}
    for node in set(dataset.subjects(KG.leader, None)):
        (person,) = set(dataset.objects(node, KG.leader))
        (name,) = set(dataset.objects(person, SKOS.prefLabel))
        found = {str(d) for d in dataset.objects(node, KG.startDate)}
        found |= {str(d) for d in dataset.objects(node, KG.edtf)}
        leaders.setdefault(str(name), []).extend(sorted(found))
    return leaders


@pytest.mark.parametrize(("leadership", "history", "expected"), FOUNDER_LABELS)
def test_a_founder_leaders_field_starts_at_the_founding_the_text_dates(
    tmp_path, leadership, history, expected
) -> None:
    text = FACT_SHEET.format(leadership=leadership, history=history)
    assert ingested_starts(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "Founded: c. 2014, in the hills.", "Formed ca. 1990 by exiles.", "It grew c. 2001 and split.",
    'Commander: Omar Sy (a.k.a. "Tiger"); commander since 2011.',
])
def test_circa_before_a_year_and_aka_end_no_sentence(text) -> None:
    assert len(split_sentences(text)) == 1


def test_circa_before_a_word_still_ends_nothing_new() -> None:
    # only a year after "c." joins: a sentence ending in "ca." before a capital still ends
    assert len(split_sentences("The tax was 5 per ca. The group paid it.")) == 2


# --- a listing's "Commander:" field ----------------------------------------------------------
COMMANDER_FIELDS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Commander: Omar Sy (a.k.a. “the Tailor”); commander since the group’s founding in 2011.",
     [("Omar Sy", "2011")]),
    ("Commander: Idris Bamba; commander since 2015.", [("Idris Bamba", "2015")]),
    ('Commander: Lamine Diarra (alias "Abu Sami"), since March 2012.',
     [("Lamine Diarra", "2012-03")]),
    ("Commander: Musa Keita (aka “Tiger”); commander since the army's creation in 1994.",
     [("Musa Keita", "1994")]),
]
NOT_THE_COMMANDER: list[str] = [
    "Deputy commander: Seydou Bah; commander since 2015.",
    'Field commander: Hamid Touré (a.k.a. "Lion"), since 2016.',
    "Regional commander: Aminata Konaté, since 2014.",
    "In 2014 the army named its new commander: Omar Sy, since 2014.",
    "Military commander: Idris Bamba (brother of the commander).",
]


@pytest.mark.parametrize(("text", "expected"), COMMANDER_FIELDS)
def test_a_listings_commander_field_is_the_groups_commander(ctx, text, expected) -> None:
    assert starts(ctx, text) == expected


@pytest.mark.parametrize("text", NOT_THE_COMMANDER)
def test_another_commanders_field_states_nothing(ctx, text) -> None:
    assert read(ctx, text)[0] == []


# --- others' judgement of who led ------------------------------------------------------------
REGARDED_AS_LEADER: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Omar Sy, secretary of the Kankan Workers' Union, was regarded by the police as the leader "
     "of both the union and the group from 1999 until his arrest in 2004.",
     [("Omar Sy", "1999")]),
    ("Aminata Konaté was widely regarded as the group's leader from March 2011.",
     [("Aminata Konaté", "2011-03")]),
    ("Idris Bamba was seen by analysts as the head of the movement since 2008.",
     [("Idris Bamba", "2008")]),
    ("In the court's view Musa Keita was considered as the leader of the organisation from "
     "2002 until 2006.", [("Musa Keita", "2002")]),
]
NOT_REGARDED_AS_OUR_LEADER: list[str] = [
    "Omar Sy was regarded as a leader of the group in 2009.",
    "Aminata Konaté was regarded by the police as the leader of the Kayes Front from 2001.",
    "Idris Bamba was seen as one of the group's leaders from 2005.",
    "Hamid Touré was considered as the leader of the group's youth wing from 2010.",
]


@pytest.mark.parametrize(("text", "expected"), REGARDED_AS_LEADER)
def test_others_judgement_that_x_led_the_group_from_d(ctx, text, expected) -> None:
    assert starts(ctx, text) == expected


@pytest.mark.parametrize("text", NOT_REGARDED_AS_OUR_LEADER)
def test_judged_a_leader_of_something_else_or_one_of_many_states_nothing(ctx, text) -> None:
    assert read(ctx, text)[0] == []


# --- the founding in a relative clause of the group ------------------------------------------
FOUNDED_IN_A_RELATIVE: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("The Coastal Resistance Army is the organisation that Omar Sy founded in 2004. Sy led it "
     "as its emir from its founding.", [("Omar Sy", "2004")]),
    ("The CRA is usually described as the group that Idris Bamba set up in 1997. Bamba ran "
     "the group from its creation until his death in 2003.", [("Idris Bamba", "1997")]),
    ("The CRA was the network which Aminata Konaté established in 2010, and she headed it from "
     "its foundation.", [("Aminata Konaté", "2010")]),
]
NOT_FOUNDED_BY_THEM: list[str] = [
    # joined, not founded: the start from "its founding" is unread
    "The CRA is the group that Omar Sy joined in 2004. Sy led it from its founding.",
    # another organisation's founder
    "The Kayes Front is the organisation that Omar Sy founded in 2004. Sy led the group from "
    "its founding.",
    "The CRA is the organisation that Idris Bamba founded in 1997; its spokesman was Musa Keita.",
]


@pytest.mark.parametrize(("text", "expected"), FOUNDED_IN_A_RELATIVE)
def test_a_founding_told_in_a_relative_of_the_group_dates_the_founders_tenure(
    ctx, text, expected
) -> None:
    assert starts(ctx, text) == expected


@pytest.mark.parametrize("text", NOT_FOUNDED_BY_THEM)
def test_a_relative_of_joining_or_of_another_group_dates_no_tenure(ctx, text) -> None:
    assert read(ctx, text)[0] == []


# --- the audit: people the text names in other roles, in wordings of our own -----------------
# Each rule was run over these; only the court's "made no finding that he led" stated a leader
# (a negated complement whose noun the negation list lacked).
AUDIT_NOTHING: list[str] = [
    # a founder who never led
    "The group was founded in 2003 by Omar Sy, a trader from Kankan, who never held any post "
    "in it.",
    # a deputy, a unit's commander
    "Idris Bamba, the group's deputy emir since 2012, was arrested in 2015.",
    "Hamid Touré has commanded the group's northern battalion since 2014.",
    # an ally's leader, a state's head
    "In 2016 the group allied with the Kayes Front, whose leader since 2011 has been Lamine "
    "Diarra.",
    "The group fought the army of Guinea, whose president, Alpha Condé, took office in 2010.",
    # an author of the group's texts, a spokesman
    "Aminata Konaté wrote the pamphlets circulated in the group's name from 2008.",
    "Musa Keita, the author of the group's manual, was convicted in 2009.",
    "Seydou Bah has spoken for the group to the press since 2013 and runs its website.",
    "Its spokesman since 2017, Yacouba Sanogo, announced the ceasefire.",
    # a court's record that names no leader
    "The court found that Omar Sy directed the attack in 2012, but made no finding that he led "
    "the group.",
    "The record identifies no leader of the group; Idris Bamba, its treasurer from 2005, kept "
    "its accounts.",
    "The judges found no evidence that Hamid Touré ever commanded the movement.",
]


@pytest.mark.parametrize("text", AUDIT_NOTHING)
def test_people_in_other_roles_are_never_leaders(ctx, text) -> None:
    assert read(ctx, text) == ([], [])


def test_a_nominal_leader_in_prison_keeps_his_start_and_the_acting_one_starts_at_the_arrest(
    ctx,
) -> None:
    got = read(ctx, "Omar Sy founded the group in 2004 and led it as its emir from its founding. "
               "Police arrested him in May 2010; he reportedly remained its nominal emir from "
               "prison, while Idris Bamba is believed to have led it day to day as acting emir "
               "from Sy's arrest onward.")[0]
    assert [(person, since) for person, since, _, _ in got] == [
        ("Omar Sy", "2004"), ("Idris Bamba", "2010-05")]


def test_a_leader_named_only_in_a_reference_title_is_no_leader(tmp_path) -> None:
    text = FACT_SHEET.format(
        leadership="The group names no leader in public.",
        history="The group attacked ferries on the coast for years.",
    ) + ("\nReferences\n\n  1. \"Omar Sy, leader of the Coastal Resistance Army since 2009, "
         "speaks.\" The Sierra Leone Times. May 3, 2019. Accessed May 4, 2019.\n")
    assert ingested_starts(tmp_path, text) == {}
