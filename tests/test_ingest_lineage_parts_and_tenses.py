"""Lineage told as the division of a whole, in the historical present, or through names the
grammar did not know were the ones it had read: the fifteenth round's classes
(docs/ingest-lineage-grammar.md, "Structures (fifteenth round)"). A bank of our own sentences,
none copied from a profile.

`dev-16` (blind until this round) told its splits as the *division* of the group ("fractured
into three factions, A, B and C"; "broke into factions, one of which … under the name Y"),
its chronology in the historical present ("1994: … splits"; "January 2009: merges with X to
form Y"), a merger's partners counted rather than named beside the one it named ("A and five
smaller insurgent groups merged into Y"), the result of one step as the party of the next by
its head noun ("… merged into the X Council, and in October 2006 the council …"), a name in
apposition after "known as", and a group of leavers who broke away "under the name of" Y
after pledging to another. Each class is one such shape in at least three wordings of our own
(other verbs of the class, other orders, British and American forms), with at least two
look-alikes that must state nothing. Facts are (resulting organisation, kind, prior
organisation, EDTF date): organisations by lower-case acronym, else by name; the profile's
group, the Sahel Front, as "sf".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from tests.test_ingest_lineage_described import read, shape_cases, shapes_short_of
from tests.test_ingest_lineage_shapes import Fact, lineage_facts, review_text

SF = "Sahel Front (SF)"

# class → [(history paragraph, the facts it states)]
HISTORY: dict[str, list[tuple[str, set[Fact]]]] = {
    # the whole divided into named parts: each part a split from it; a part that kept the
    # name is the whole itself; no named part, or a burglary's "broke into", states nothing
    "divided-into-named-parts": [
        ("In 2010 the SF split into the Kidal Watch (KW) and the Gao Riders (GR).",
         {("kw", "split", "sf", "2010"), ("gr", "split", "sf", "2010")}),
        ("In 2003 the movement is thought to have fragmented into rival wings: the Kidal Watch "
         "(KW), the Gao Riders (GR) and the Azawad Front (AF).",
         {("kw", "split", "sf", "2003"), ("gr", "split", "sf", "2003"),
          ("af", "split", "sf", "2003")}),
        ("In March 1998 the SF broke up into the Kidal Watch (KW), which kept the name of the "
         "front, and the Gao Riders (GR).",
         {("gr", "split", "sf", "1998-03")}),
        ("In 2011 the organization divided into two factions, the Kidal Watch (KW) and the Gao "
         "Riders (GR).",
         {("kw", "split", "sf", "2011"), ("gr", "split", "sf", "2011")}),
        # a burglary, units that are no organisations, parts left unnamed: nothing
        ("In 2004 the SF broke into the offices of the Gao Bank.", set()),
        ("In 2005 the SF's command was divided into regional commands.", set()),
        ("In 2006 the SF split into rival camps over the truce.", set()),
    ],
    # the whole divided into parts, one of which a relative names: that one a split
    "divided-one-part-named": [
        ("In 2008 the SF broke into factions, one of which Ali Musa led under the name Kidal "
         "Watch (KW).",
         {("kw", "split", "sf", "2008")}),
        ("In 2009 the movement split into three factions, the largest of which became known as "
         "the Gao Riders (GR).",
         {("gr", "split", "sf", "2009")}),
        ("In 2011 the SF fragmented into rival groups, one of them calling itself the Azawad "
         "Front (AF).",
         {("af", "split", "sf", "2011")}),
        # the part led by a person but given no name, or named as a target: nothing
        ("In 2011 the SF fragmented into rival groups, one of which was led by Ali Musa.",
         set()),
        ("In 2011 the SF broke into factions, one of which attacked the Niger Union (NU).",
         set()),
    ],
    # leavers who broke away from a named organisation and went by a name, an oath to another
    # organisation between the two: a split of the named one
    "leavers-under-the-name": [
        ("In 2014 a part of the fighters of the front broke away from it and pledged "
         "allegiance to the Niger Union (NU), under the name of Kidal Watch (KW).",
         {("kw", "split", "sf", "2014")}),
        ("In 2011 some of its commanders broke away from the SF under the name Gao Riders (GR).",
         {("gr", "split", "sf", "2011")}),
        ("In 2012 dissidents split off from the SF and swore allegiance to the Azawad Front "
         "(AF), calling themselves the Gao Riders (GR).",
         {("gr", "split", "sf", "2012")}),
        # the name is another's, or none is given: nothing
        ("In 2014 a part of the fighters broke away from the SF and joined the Niger Union "
         "(NU), under the name of its emir.", set()),
        ("In 2014 fighters of the SF broke away from it and pledged allegiance to the Niger "
         "Union (NU).", set()),
    ],
    # a merger's named party with partners counted, not named, as one subject
    "named-party-and-counted-partners": [
        ("In January 2006 the SF and five smaller insurgent groups merged into the Azawad "
         "Front (AF).",
         {("af", "merger", "sf", "2006-01")}),
        ("In 2010 the Niger Union (NU) and several other factions came together as the SF.",
         {("sf", "merger", "nu", "2010")}),
        ("The SF and two local militias are said to have merged in 2012 to form the Azawad "
         "Front (AF).",
         {("af", "merger", "sf", "2012")}),
        # no merger verb, or the named one's own cells: nothing
        ("In 2006 the SF and five smaller groups fought the army near Gao.", set()),
        ("In 2006 the cells of the SF united as one movement, the Azawad Front (AF).", set()),
    ],
    # the result of one step, the party of the next by its head noun in lower case
    "another-organisation-by-its-head-noun": [
        ("In 2006 the SF and two other groups merged into the Azawad Shura Council, and in 2008 "
         "the council and several tribal factions merged into the Islamic State of Gao (ISG).",
         {("Azawad Shura Council", "merger", "sf", "2006"),
          ("isg", "merger", "Azawad Shura Council", "2008")}),
        ("The SF broke away from the Kidal Union in 2001; in 2004 the union was absorbed "
         "into the Niger Brigade.",
         {("sf", "split", "Kidal Union", "2001"),
          ("Niger Brigade", "absorption", "Kidal Union", "2004")}),
        ("In 2009 the SF merged with the Gao Legion to form the Azawad Front (AF), and in 2012 "
         "the legion's old commanders broke away from the AF and founded the Kidal Watch (KW).",
         {("af", "merger", "sf", "2009"), ("af", "merger", "Gao Legion", "2009"),
          ("kw", "split", "af", "2012")}),
        # the noun names nothing before it, or two bodies with that noun: nothing of it
        ("In 2006 the SF joined the Azawad Shura Council; the council was banned in 2008.",
         set()),
        ("In 2009 the Gao Council and the Kidal Council talked, and the council merged into "
         "the SF.", set()),
    ],
    # a dated chronology in the historical present: read as the past it tells
    "historical-present": [
        ("- 2009: merges with the Niger Union (NU) to form the Azawad Front (AF)",
         {("af", "merger", "sf", "2009"), ("af", "merger", "nu", "2009")}),
        ("In 2004 Ali Musa splits from the SF and forms the Gao Riders (GR).",
         {("gr", "split", "sf", "2004")}),
        ("March 2012: the SF renames itself the Azawad Front (AF).",
         {("af", "rename", "sf", "2012-03")}),
        ("In 1998 the Kidal Watch (KW) breaks away from the SF.",
         {("kw", "split", "sf", "1998")}),
        # the present it says: today, still, no year at all: nothing
        ("The SF today calls itself the Azawad Front (AF), a name it has used since 2012.",
         set()),
        ("The SF still joins the Niger Union (NU) in raids, as it did in 2015.", set()),
        ("The SF renames itself the Azawad Front (AF) in its own statements.", set()),
    ],
    # an author-date citation names a source: its year dates nothing
    "a-source-cited-is-no-date": [
        ("The SF broke away from the Niger Union (NU) (Smith 2005).",
         {("sf", "split", "nu", None)}),
        ("The SF split from the Niger Union (NU) in March 2004 (ICG 2010; Keita 2012).",
         {("sf", "split", "nu", "2004-03")}),
        ("The Kidal Watch (KW) is widely regarded as a splinter of the SF (Lia et al. 2019, "
         "p. 4).",
         {("kw", "split", "sf", None)}),
        # no step, whatever the citation: nothing
        ("The SF allied with the Niger Union (NU) (Smith 2005).", set()),
        ("The SF is a rival of the Niger Union (NU) (ICG 2010; Keita 2012).", set()),
    ],
    # a name in apposition after "known as": the organisation named there, one IRI
    "known-as-in-apposition": [
        ("In 2004 the SF renamed itself Jamaat Nasr al-Sahel, known in the West as the Sahel "
         "Victory Front (SVF).",
         {("svf", "rename", "sf", "2004")}),
        ("In 2006 the Gao Riders (GR) and the SF merged to form Harakat Azawad, better known as "
         "the Azawad Movement (AM).",
         {("am", "merger", "gr", "2006"), ("am", "merger", "sf", "2006")}),
        ("In 2008 the Niger Union (NU) joined the SF to create Jabhat Kidal, known to the French "
         "as the Kidal Front (KF).",
         {("kf", "merger", "nu", "2008"), ("kf", "merger", "sf", "2008")}),
        # a person's other name, or a fight with the named one: nothing
        ("In 2004 the SF was led by Ahmad Fadil, known in the West as Abu Musa.", set()),
        ("In 2004 the SF fought Jamaat Nasr al-Sahel, known in the West as the Sahel Victory "
         "Front (SVF).", set()),
    ],
    # a merger's result told by "to become" / "becoming" (a verb of the result's class the
    # merger frames lacked); a description that is no organisation: nothing
    "merged-to-become": [
        ("The group later merged with the Niger Union (NU) to become the Azawad Front (AF) in "
         "2012.",
         {("af", "merger", "nu", "2012"), ("af", "merger", "sf", "2012")}),
        ("In 2012 the SF and the Niger Union (NU) merged, becoming the Azawad Front (AF).",
         {("af", "merger", "nu", "2012"), ("af", "merger", "sf", "2012")}),
        ("In 2015 the Kidal Watch (KW) united with the SF to become the Gao Riders (GR).",
         {("gr", "merger", "kw", "2015"), ("gr", "merger", "sf", "2015")}),
        ("In 2012 the SF merged with the Niger Union (NU) to become the largest group in Gao.",
         set()),
        ("In 2012 the SF fought the Niger Union (NU) to become the strongest force in Gao.",
         set()),
    ],
    # an appositive whose head is a noun of the splinter class ("a splinter of", "an offshoot
    # of", "a breakaway faction of"): a split, dated only by the founding the main clause tells
    "splinter-noun-in-apposition": [
        ("The Kidal Watch (KW), a splinter of the SF, was founded in 2011.",
         {("kw", "split", "sf", "2011")}),
        ("The Kidal Watch (KW), an offshoot of the SF, attacked Gao in 2011.",
         {("kw", "split", "sf", None)}),
        ("In 2013 the Gao Riders (GR), a breakaway faction of the SF, emerged in Kidal.",
         {("gr", "split", "sf", "2013")}),
        ("The Kidal Watch (KW), a rival of the SF, was founded in 2011.", set()),
        ("The SF, an outgrowth of Salafism, was founded in 2011.", set()),
    ],
    # a step told in a participle clause fronted before the main clause's subject: the subject
    # after the comma left the named organisation (the auxiliary "Having" is no organisation)
    "fronted-participle": [
        ("Having split from the Niger Union (NU) in 2004, the SF attacked Gao.",
         {("sf", "split", "nu", "2004")}),
        ("After breaking away from the Niger Union (NU) in 2004, the SF attacked Gao.",
         {("sf", "split", "nu", "2004")}),
        ("Shortly after leaving the SF in 2011, the Kidal Watch (KW) declared its own emirate.",
         {("kw", "split", "sf", "2011")}),
        ("In 2004, having split from the Niger Union (NU), the group moved to Kidal.",
         {("sf", "split", "nu", "2004")}),
        # a person after the comma, a prison left: nothing
        ("Having left the Niger Union (NU) in 2004, Ali Musa founded a school.", set()),
        ("After leaving prison in 2004, the SF's founder returned to Gao.", set()),
    ],
}


CASES = shape_cases(HISTORY)


@pytest.mark.parametrize(("shape", "history", "expected"), CASES)
def test_each_sentence_states_exactly_its_facts(
    tmp_path: Path, shape: str, history: str, expected: set[Fact]
) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert facts == expected, review


def test_every_shape_has_three_wordings_and_two_controls() -> None:
    """At least three wordings that state the shape's step, and at least two look-alikes
    stating nothing."""
    assert not shapes_short_of(HISTORY)


def _profile_with_names(names: str, history: str) -> str:
    return (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\n{names}\n\n"
        "Areas of Operation:\n\nMali.\n\nHistory:\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


def _read_with_names(tmp_path: Path, names: str, history: str) -> tuple[set[Fact], str, Dataset]:
    result = ingest_profile(tmp_path / "profile.txt", text=_profile_with_names(names, history),
                            existing=Dataset())
    return lineage_facts(result.dataset), review_text(result), result.dataset


def _labels(dataset: Dataset) -> set[str]:
    return {str(o) for _, _, o, _ in dataset.quads((None, SKOS.prefLabel, None, None))}


@pytest.mark.parametrize("history", [
    "In the 1980s the movement fractured into three factions, Front-Nord, Front-Sud and "
    "Front-Centre; the last is the organisation that today calls itself the SF.",
    "In 1990 the SF split into Front-Nord, Front-Sud and Front-Centre.",
    "Around 1990 the organisation broke up into Front-Centre, Front-Nord and Front-Sud.",
])
def test_a_part_bearing_a_listed_name_of_the_group_is_the_group(
    tmp_path: Path, history: str
) -> None:
    """The whole divided into parts, one of which bears a name the group's names section
    lists ("Front-Centre"): that part is the group going on under it — no split, and no
    second organisation beside the group."""
    facts, review, dataset = _read_with_names(tmp_path, "Sahel Liberation Front, Front-Centre",
                                              history)
    assert {(f[0], f[1], f[2]) for f in facts} == {
        ("Front-Nord", "split", "sf"), ("Front-Sud", "split", "sf")}, review
    assert "Front-Centre" not in _labels(dataset)


@pytest.mark.parametrize(("history", "expected"), [
    ("In January 2013 the Gao Brigade merged with three smaller factions to form Harakat "
     "Sahel al-Islamiyya.", {("sf", "merger", "Gao Brigade", "2013-01")}),
    ("In 2013 the Gao Brigade was folded into Harakat Sahel al-Islamiyya.",
     {("sf", "absorption", "Gao Brigade", "2013")}),
    ("In 2013 the Gao Brigade and the Kidal Union (KU) united to create Harakat Sahel "
     "al-Islamiyya.",
     {("sf", "merger", "Gao Brigade", "2013"), ("sf", "merger", "ku", "2013")}),
])
def test_a_listed_name_as_a_steps_result_is_the_group(
    tmp_path: Path, history: str, expected: set[Fact]
) -> None:
    """A name the names section lists, where a merger, an absorption or a founding puts its
    result, is the group under the name it came to bear: the step is the group's, and no
    second organisation bears that name."""
    facts, review, dataset = _read_with_names(tmp_path, "Harakat Sahel al-Islamiyya", history)
    assert facts == expected, review
    assert "Harakat Sahel al-Islamiyya" not in _labels(dataset)


def test_a_listed_name_before_the_verb_stays_the_predecessor_it_was(tmp_path: Path) -> None:
    """A listed name as the *prior* of a step is a former name, the predecessor it was (the
    rule the history reader keeps): not the group."""
    facts, review, _ = _read_with_names(
        tmp_path, "Gao Brigade",
        "In January 2013 the Gao Brigade merged with three smaller factions to form the SF.")
    assert facts == {("sf", "merger", "Gao Brigade", "2013-01")}, review


def test_a_chain_of_names_a_rename_gave_keeps_its_former_names(tmp_path: Path) -> None:
    """"First called itself A and then B, before taking the name SF", A and B listed: each
    a former name of the group, a predecessor the rename came from — never the group."""
    facts, review, _ = _read_with_names(
        tmp_path, "Gao Brigade, Kidal Union",
        "The band first called itself the Gao Brigade and then the Kidal Union, before taking "
        "the name Sahel Front in 1992.")
    assert {f[2] for f in facts} >= {"Kidal Union"}, review
    assert not {f for f in facts if f[0] == f[2]}, review


def test_a_name_the_sentence_calls_a_different_party_is_no_step_of_the_group(
    tmp_path: Path
) -> None:
    """"… and formed the Sahel Front–Renewal (SF–R), a different party despite the
    near-identical name": where that name finds the group, nothing is stated of the group."""
    facts, review, _ = read(
        tmp_path, "Sahel Front (SF)",
        "In 2012 Ali Musa split from the Niger Union (NU) and formed the SF, a different party "
        "despite the near-identical name.")
    assert not {f for f in facts if f[0] == "sf"}, review


def test_a_possessive_before_a_unit_noun_names_no_unit(tmp_path: Path) -> None:
    """"Dahal's faction broke away": the faction of a person, never an organisation called
    "Dahal's faction" (the group itself where Dahal leads it, `kg.ingest.lineage.qualified`)."""
    facts, review, dataset = read(
        tmp_path, SF,
        "In 1994 the Niger Union (NU) split; Musa's faction broke away.")
    assert not {f for f in facts if "Musa" in f[0]}, review
    assert not any("Musa" in label for label in _labels(dataset))


@pytest.mark.parametrize("history", [
    "In 2009 the group merged with the Sahel Front (Gao Wing) to form the Azawad Front (AF).",
    "In 2009 the group and the Sahel Front (Renewal) combined to create the Azawad Front (AF).",
])
def test_a_name_cut_short_of_its_qualifier_mints_no_party(tmp_path: Path, history: str) -> None:
    """In the profile of the Sahel Front (Kidal), "the Sahel Front (Gao Wing)" is another
    party, told apart by its qualifier: the bare "Sahel Front" is nobody's name, so it is
    neither minted nor stated as a party; the group's own step stands."""
    facts, review, dataset = read(tmp_path, "Sahel Front (Kidal) (SFK)", history)
    assert facts == {("af", "merger", "sfk", "2009")}, review
    assert "Sahel Front" not in _labels(dataset)
