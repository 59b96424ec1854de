"""Lineage told in history paragraphs, the fourteenth round's classes
(docs/ingest-lineage-grammar.md, "Structures (fourteenth round)"): a bank of our own sentences,
none copied from a profile.

`dev-15` (blind until this round) told lineage through the people who made a step and in
clause orders the grammar did not expect: a founder who founded the group *after* leaving
another organisation, leaders who led members out of the group "and then they founded" a new
one, a description with a connective adverb before it ("is therefore usually treated as a
splinter of"), the group's remnants absorbed into a *part* of another organisation with a
hedge in the perfect ("are said to have been absorbed into the armed forces of"), and a
split told verb first ("From X split off in 1963 the faction around P; this faction is the
present G"). Each class is one such shape in at least three wordings of our own (other names,
places, verbs and order), with at least two look-alikes that must state nothing (or must not
take a name or a date). Facts are (resulting organisation, kind, prior organisation, EDTF
date): organisations by lower-case acronym, else by name; the profile's group, the Sahel
Front, as "sf".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_ingest_lineage_described import read, shape_cases, shapes_short_of
from tests.test_ingest_lineage_shapes import Fact

SF = "Sahel Front (SF)"

# class → [(history paragraph, the facts it states)]
HISTORY: dict[str, list[tuple[str, set[Fact]]]] = {
    # the founder founded the group after leaving another organisation: the group split from
    # it, dated by the founding; a span of years between the two, a place left or a meeting is
    # no split
    "founded-after-leaving": [
        ("Ali Musa founded the SF in 2008, after he left the Niger Union (NU).",
         {("sf", "split", "nu", "2008")}),
        ("The SF was set up in March 2011 by Ali Musa after he had quit the Kidal Union (KU).",
         {("sf", "split", "ku", "2011-03")}),
        ("The SF is usually described as the movement that Ali Musa created in 2004, shortly "
         "after leaving the Niger Union (NU), which he had chaired since 1998.",
         {("sf", "split", "nu", "2004")}),
        ("In 2016 Ali Musa launched the Gao Riders (GR) after breaking with the SF.",
         {("gr", "split", "sf", "2016")}),
        # a place left, a span of years, another verb than leaving: nothing
        ("Ali Musa founded the SF in 2008, after he left prison in Gao.", set()),
        ("Ali Musa founded the SF in 2008, ten years after he left the Niger Union (NU).",
         set()),
        ("Ali Musa founded the SF in 2008, after he met the leaders of the Niger Union (NU).",
         set()),
    ],
    # a description of what the organisation is, a connective adverb between the copula and
    # the participle ("therefore", "thus", "consequently", "accordingly", "hence")
    "described-after-a-connective": [
        ("The Kidal Watch (KW) is therefore usually treated as a splinter of the SF.",
         {("kw", "split", "sf", None)}),
        ("The SF is thus widely regarded as an offshoot of the Niger Union (NU).",
         {("sf", "split", "nu", None)}),
        ("The Gao Riders (GR), founded in 2012, are consequently often described as a "
         "breakaway faction of the SF.",
         {("gr", "split", "sf", "2012")}),
        ("The SF is accordingly seen by most analysts as a splinter of the Niger Union (NU).",
         {("sf", "split", "nu", None)}),
        # a rival, an ally, a denial: nothing
        ("The Kidal Watch (KW) is therefore usually treated as a rival of the SF.", set()),
        ("The SF is thus no longer regarded as a splinter of the Niger Union (NU).", set()),
        ("The SF is therefore usually treated as an ally of the Niger Union (NU).", set()),
    ],
    # people led out of an organisation, and then *they* founded a named one: a split from
    # the organisation they were led out of, dated by the founding; a place left, a body joined
    # or nothing named is no split
    "led-out-and-then-founded": [
        ("Two commanders took their fighters out of the SF in 2010 and founded the Kidal Watch "
         "(KW).",
         {("kw", "split", "sf", "2010")}),
        ("Omar Haddad led his men out of the Niger Union (NU), and in 2004 they established "
         "the SF.",
         {("sf", "split", "nu", "2004")}),
        ("Ali Musa and two of his brothers reportedly led the hardliners who rejected the truce "
         "out of the SF, and in March 2016 they set up the Gao Riders (GR).",
         {("gr", "split", "sf", "2016-03")}),
        ("In 2012 Ali Musa led a faction out of the SF and then formed the Azawad Front (AF).",
         {("af", "split", "sf", "2012")}),
        # a town left, a body joined, nothing named: nothing
        ("Ali Musa led the fighters out of Kidal, and in 2014 they founded the Gao Riders "
         "(GR).", set()),
        ("Ali Musa led the hardliners out of the SF, and in 2014 they joined the Niger Union "
         "(NU).", set()),
        ("Ali Musa led his men out of the SF, and in 2014 they founded a religious school.",
         set()),
    ],
    # what was left of an organisation, told by a possessive ("its remnants", "the SF's
    # remaining fighters"), taken into another organisation or into a part of it ("the armed
    # forces of", "the ranks of"), the passive in the perfect after a hedge ("are said to have
    # been absorbed"); a date that tells the absorber's founding is not the step's
    "remnants-absorbed-into-a-part": [
        ("The death of its founder left the SF leaderless, and its remnants are generally "
         "said to have been absorbed into the armed forces of the Azawad Front (AF), which Ali "
         "Musa proclaimed in October 2007.",
         {("af", "absorption", "sf", None)}),
        ("In 2015 the SF's remaining fighters were folded into the ranks of the Azawad Front "
         "(AF).",
         {("af", "absorption", "sf", "2015")}),
        ("Its survivors have since been incorporated into the Niger Union (NU).",
         {("nu", "absorption", "sf", None)}),
        ("In 2012 what was left of the Kidal Watch (KW) is thought to have been integrated "
         "into the forces of the SF.",
         {("sf", "absorption", "kw", "2012")}),
        # "its" is the organisation the sentence is about; a state's army, gangs and a
        # negation are no step of the group's
        ("The Niger Union (NU) collapsed, and its remnants were absorbed into the Azawad Front "
         "(AF).",
         {("af", "absorption", "nu", None)}),
        ("The Niger Union (NU) was crushed in 2010. Its remnants were absorbed into the Azawad "
         "Front (AF).", set()),
        ("Its remnants are generally said to have been absorbed into the armed forces of "
         "Mali.", set()),
        ("Its remnants are said to have been absorbed by local criminal gangs.", set()),
        ("Its fighters were never absorbed into the Azawad Front (AF).", set()),
    ],
    # the verb before its subject, the source fronted ("From X split off in 1963 Y"): the
    # splinter named, or an unnamed faction that the next clause says is a named organisation
    # ("this faction is the present G", "which is today's G"); the prior's own founding in an
    # aside dates nothing
    "verb-before-its-subject": [
        ("From the Niger Union (NU), which Ali Musa had founded in 1980, broke away in 1996 "
         "the faction around Omar Haddad; this faction is the present SF.",
         {("sf", "split", "nu", "1996")}),
        ("Out of the SF grew in 2009 the Kidal Watch (KW).",
         {("kw", "split", "sf", "2009")}),
        ("From the SF there split away, in March 2012, the Gao Riders (GR).",
         {("gr", "split", "sf", "2012-03")}),
        ("In 1996 from the Niger Union (NU) broke off the faction led by Omar Haddad, which "
         "is today's SF.",
         {("sf", "split", "nu", "1996")}),
        # no organisation after the verb, or a faction that is said to be nothing named
        ("From the SF split off in 2009 a small faction around Ali Musa.", set()),
        ("From the Niger Union (NU) came in 1996 most of the SF's weapons.", set()),
        ("From the SF split off in 2009 the faction around Ali Musa; this faction was crushed "
         "by the army in 2010.", set()),
    ],
    # a name joined to a word before it by a hyphen is a modifier ("pro-X members" are not
    # X's members): no party; the same clause with the name alone is read as it always was
    "a-name-after-a-hyphenated-prefix": [
        ("In 2015 many Azawad Front members are believed to have joined the SF.",
         {("sf", "absorption", "Azawad Front", "2015")}),
        ("In 2011 Kidal Brigade militants joined the SF.",
         {("sf", "absorption", "Kidal Brigade", "2011")}),
        ("In 2013 fighters of the Azawad Front joined the SF.",
         {("sf", "absorption", "Azawad Front", "2013")}),
        ("In 2015 many pro-Azawad Front members are believed to have joined the SF.", set()),
        ("In 2011 anti-Kidal Brigade militants joined the SF.", set()),
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


def test_a_personal_oath_is_no_step_of_the_group(tmp_path: Path) -> None:
    """The founder's own oath to another organisation's leader, and the group said to have
    split over it, name no organisation that came of it: nothing is stated."""
    facts, review, _ = read(
        tmp_path, SF,
        "When Ali Musa swore personal allegiance to the emir of the Azawad Front (AF) in July "
        "2014, the SF is said to have split.")
    assert facts == set(), review


def test_the_armed_branch_of_a_party_takes_no_lineage_of_the_party(tmp_path: Path) -> None:
    """The group as a party's armed branch: the party's own rename is the party's, never the
    group's, and the branch is no split."""
    facts, review, _ = read(
        tmp_path, SF,
        "The SF was the armed branch of the Party of Labour (PL), a Marxist party that the "
        "Union of Sahel Workers (USW) turned itself into in 1975.")
    assert not {f for f in facts if "sf" in (f[0], f[2])}, review
