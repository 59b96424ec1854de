"""Lineage the grammar never reached on text it was not written against: the sixteenth
round's classes (docs/ingest-lineage-grammar.md, "Structures (sixteenth round)"). A bank of our
own sentences, none copied from a profile.

`dev-17` (blind until this round) lost its lineage to causes that recur in any new writer's
text rather than to missing verbs: a paragraph the layout left out of every section (a
proscription order's numbered notes after a heading the collection does not use), a division
whose named parts are given as examples ("split into rival factions, among them A and B"), a
list read past its closing "and" (a source named after it became a party), and a person "the
leadership paragraph names" vouched for by the very sentence being read, where the layout gave
an untitled history to the leadership. Each class is one shape in at least three wordings of
our own and at least two look-alikes that must state nothing. Facts are (resulting
organisation, kind, prior organisation, EDTF date): organisations by lower-case acronym, else
by name; the profile's group, the Sahel Front, as "sf".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from tests.test_ingest_lineage_described import read, shape_cases, shapes_short_of
from tests.test_ingest_lineage_shapes import Fact, lineage_facts, review_text

SF = "Sahel Front (SF)"

# class → [(history paragraph, the facts it states)]
HISTORY: dict[str, list[tuple[str, set[Fact]]]] = {
    # a division whose named parts are examples of the parts it counts: each named part a
    # split; the parts left unnamed, or a part told by whom it was loyal to, state nothing
    "divided-parts-named-as-examples": [
        ("In 2010 the SF split into rival factions, among them the Kidal Watch (KW) and the "
         "Gao Riders (GR).",
         {("kw", "split", "sf", "2010"), ("gr", "split", "sf", "2010")}),
        ("After the death of its founder in 2009, the movement fragmented into several wings, "
         "including the Azawad Front (AF).",
         {("af", "split", "sf", "2009")}),
        ("In March 2014 the organization broke up into competing groups, notably the Kidal "
         "Watch (KW), the Gao Riders (GR) and the Azawad Front (AF).",
         {("kw", "split", "sf", "2014-03"), ("gr", "split", "sf", "2014-03"),
          ("af", "split", "sf", "2014-03")}),
        ("2016: the SF splinters into three factions, chief among them the Gao Riders (GR).",
         {("gr", "split", "sf", "2016")}),
        # parts told by their loyalty or their members, not by a name: nothing
        ("In 2010 the SF split into rival factions, including one loyal to the Niger Union "
         "(NU).", set()),
        ("In 2010 the SF split into rival factions, among them supporters of Ali Musa.", set()),
        ("In 2010 the SF fought rival factions, among them the Kidal Watch (KW).", set()),
    ],
    # a list closes at its "and": a name after the last item is no party ("…, UN experts
    # report", "…, Niger Union officials said")
    "a-list-closes-at-its-and": [
        ("In 2011 the SF split into the Kidal Watch (KW) and the Gao Riders (GR), Niger Union "
         "(NU) officials said.",
         {("kw", "split", "sf", "2011"), ("gr", "split", "sf", "2011")}),
        ("In 2012 the SF split into rival factions, among them the Kidal Watch (KW) and the Gao "
         "Riders (GR), Azawad Front (AF) sources report.",
         {("kw", "split", "sf", "2012"), ("gr", "split", "sf", "2012")}),
        ("In 2013 the movement divided into the Kidal Watch (KW), the Gao Riders (GR), and the "
         "Azawad Front (AF).",
         {("kw", "split", "sf", "2013"), ("gr", "split", "sf", "2013"),
          ("af", "split", "sf", "2013")}),
        # no division at all, the names around it notwithstanding: nothing
        ("In 2011 the SF fought the Kidal Watch (KW) and the Gao Riders (GR), Niger Union (NU) "
         "officials said.", set()),
        ("In 2011 the Kidal Watch (KW) and the Gao Riders (GR), Niger Union (NU) officials "
         "said, attacked the SF.", set()),
    ],
    # the verb before its subject, as a translation keeps its source's order: the group put
    # back before the verb; another noun after the verb, or the group as the verb's object,
    # stays as written
    "the-verb-before-the-group": [
        ("Only in 2004 took it the name Kidal Watch (KW).",
         {("kw", "rename", "sf", "2004")}),
        ("In March 2009, when the war in the north ended, broke the group away from the Niger "
         "Union (NU).",
         {("sf", "split", "nu", "2009-03")}),
        ("In 2012 merged the movement with the Gao Riders (GR) to form the Azawad Front (AF).",
         {("af", "merger", "sf", "2012"), ("af", "merger", "gr", "2012")}),
        ("Was renamed the organisation the Kidal Watch (KW) in 2015.",
         {("kw", "rename", "sf", "2015")}),
        # the commanders, not the group, after the verb; the group as the object: nothing
        ("In 2015 swore most of the surviving commanders allegiance to the Niger Union (NU).",
         set()),
        ("In 2006 absorbed the Niger Union (NU) the group's last cells in Gao.", set()),
    ],
    # a body taken into another and going on as its named part ("became its Y (province)"):
    # Y is the body renamed (on an oath, a pledge); entering into the other is its absorption
    "became-its-named-part": [
        ("In October 2007 the SF entered into the Niger Union (NU) and became its Kidal "
         "Wilayat (KWL) (province).",
         {("kwl", "rename", "sf", "2007-10"), ("nu", "absorption", "sf", "2007-10")}),
        ("In 2014 the SF joined the Niger Union (NU) and later became its Gao Province (GP).",
         {("gp", "rename", "sf", "2014")}),
        ("The SF pledged allegiance to the Niger Union (NU) in 2016 and became its Azawad "
         "Branch (AB).",
         {("ab", "pledge", "sf", "2016")}),
        # no name for the part, or a rival's part: nothing
        ("In 2014 the SF joined the Niger Union (NU) and became its largest faction.", set()),
        ("In 2014 the SF fought the Niger Union (NU) and became its fiercest rival.", set()),
    ],
    # entering into another as a part of it (the absorption lexicon's "entered into", "entered
    # the ranks of"); entering a country, a war or talks: nothing
    "entered-into-another": [
        ("In 2011 the SF entered into the Niger Union (NU).",
         {("nu", "absorption", "sf", "2011")}),
        ("In 2013 the group formally entered the ranks of the Niger Union (NU).",
         {("nu", "absorption", "sf", "2013")}),
        ("The Kidal Watch (KW) entered into the SF in 2009.",
         {("sf", "absorption", "kw", "2009")}),
        ("In 2011 the SF entered into talks with the Niger Union (NU).", set()),
        ("In 2012 the SF entered Niger and attacked the Niger Union (NU).", set()),
    ],
    # a rename to the group's own name shortened ("it took the name Sahel"): no successor
    "a-new-name-the-groups-own-shortened": [
        ("In 2004 the SF took the name Kidal Watch (KW).",
         {("kw", "rename", "sf", "2004")}),
        ("In 2006 the group renamed itself the Azawad Front (AF).",
         {("af", "rename", "sf", "2006")}),
        ("In 2008 the movement changed its name to Gao Riders (GR).",
         {("gr", "rename", "sf", "2008")}),
        ("Founded in 2001 as the Desert Watch, only in 2004 did it take the name Sahel.", set()),
        ("In 2004 the group adopted the name Front, as its fighters already called it.", set()),
    ],
}


@pytest.mark.parametrize(("shape", "history", "expected"), shape_cases(HISTORY))
def test_each_sentence_states_exactly_its_facts(
    tmp_path: Path, shape: str, history: str, expected: set[Fact]
) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert facts == expected, review


def test_every_shape_has_three_wordings_and_two_controls() -> None:
    assert shapes_short_of(HISTORY) == []


# --- a person vouched for by the sentence itself ---------------------------------------------

def _with_leadership(leadership: str, history: str) -> str:
    """A profile whose untitled leadership paragraph is `leadership` (the layout gives an
    untitled history told before the funding to the leadership by its position)."""
    return (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\nThe Desert Watch\n\n"
        f"The Sahel: Mali.\n\n{leadership}\n\nThe group is divided into cells.\n\n"
        f"Funding Sources:\n\nKidnapping for ransom.\n\n{history}\n\n"
        "Major Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


def _read_profile(tmp_path: Path, text: str) -> tuple[set[Fact], str]:
    result = ingest_profile(tmp_path / "profile.txt", text=text, existing=Dataset())
    return lineage_facts(result.dataset), review_text(result)


# a leader named elsewhere in the leadership paragraph breaks away and takes the group with
# him; a name the sentence itself gives (a faction, a council) is no such leader
VOUCHED: list[tuple[str, str, set[Fact]]] = [
    ("Omar Haddad has led the group since 2009. In 2012 Haddad broke away from the Niger "
     "Union (NU) and pledged allegiance to no one.",
     "The group fights in the desert.",
     {("sf", "split", "nu", "2012")}),
    ("Omar Haddad has led the group since 2009.",
     "In 2012 Omar Haddad broke away from the Niger Union (NU).",
     {("sf", "split", "nu", "2012")}),
    ("Omar Haddad has led the group since 2009.",
     "In 2013 Haddad split from the Niger Union (NU), taking the group with him.",
     {("sf", "split", "nu", "2013")}),
    # the sentence names the one who broke away itself: the group did not
    ("Omar Haddad has led the group since 2009. Some of its men later followed Ali Musa, "
     "whose Kidal Revolutionary Council broke away from the Niger Union (NU) in 1974.",
     "The group fights in the desert.",
     set()),
    ("Omar Haddad has led the group since 2009. In 1998 Gao Patriotic Council broke away from "
     "the Niger Union (NU).",
     "The group fights in the desert.",
     set()),
]


@pytest.mark.parametrize(("leadership", "history", "expected"), VOUCHED,
                         ids=[f"vouched-{i}" for i in range(len(VOUCHED))])
def test_a_leader_who_broke_away_is_one_the_leadership_names_elsewhere(
    tmp_path: Path, leadership: str, history: str, expected: set[Fact]
) -> None:
    facts, review = _read_profile(tmp_path, _with_leadership(leadership, history))
    assert {f for f in facts if "sf" in (f[0], f[2])} == expected, review


# --- a paragraph outside the layout ----------------------------------------------------------

def _with_notes(notes: list[str]) -> str:
    """A profile with numbered notes after a heading the collection does not use, between the
    untitled paragraphs and the funding: paragraphs no section of the layout expects."""
    numbered = "\n\n".join(f"{n}. {note}" for n, note in enumerate(notes, 1))
    return (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\nThe Desert Watch\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        f"Explanatory Memorandum\n\n(This memorandum is not part of the Order)\n\n{numbered}"
        "\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "Major Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


OUTSIDE: list[tuple[list[str], set[Fact]]] = [
    (["This Order adds the SF to the list of proscribed organisations.",
      "In July 2016 the SF renamed itself the Azawad Front (AF)."],
     {("af", "rename", "sf", "2016-07")}),
    (["This Order adds the SF to the list of proscribed organisations.",
      "The Secretary of State may proscribe an organisation only if she believes it is "
      "concerned in terrorism.",
      "The SF broke away from the Niger Union (NU) in 2008."],
     {("sf", "split", "nu", "2008")}),
    (["This Order adds the SF to the list of proscribed organisations.",
      "In 2014 the group merged with the Kidal Watch (KW) to form the Gao Riders (GR)."],
     {("gr", "merger", "sf", "2014"), ("gr", "merger", "kw", "2014")}),
    # formed by former members of another, or a separate group: nothing
    (["This Order adds the SF to the list of proscribed organisations.",
      "The Kidal Watch (KW), a Malian group formed in 2018 by former members of the Niger Union "
      "(NU) who had adopted the SF's ideology, was proscribed in 2020."],
     set()),
    (["This Order adds the SF to the list of proscribed organisations.",
      "The Gao Riders (GR), founded in 2018, is a separate group and is not affected by this "
      "Order."],
     set()),
]


@pytest.mark.parametrize(("notes", "expected"), OUTSIDE,
                         ids=[f"outside-{i}" for i in range(len(OUTSIDE))])
def test_lineage_in_a_paragraph_outside_the_layout_is_read(
    tmp_path: Path, notes: list[str], expected: set[Fact]
) -> None:
    facts, review = _read_profile(tmp_path, _with_notes(notes))
    assert facts == expected, review
    # the paragraph is still said to be outside the layout: only the lineage reader reads it
    assert "only the lineage reader reads it" in review


def test_the_banks_of_people_and_paragraphs_have_wordings_and_controls() -> None:
    for bank in (VOUCHED, OUTSIDE):
        stating = sum(1 for *_, facts in bank if facts)
        assert stating >= 3 and len(bank) - stating >= 2
