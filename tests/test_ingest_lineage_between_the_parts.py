"""Lineage whose parts a writer keeps apart, the thirteenth round's classes
(docs/ingest-lineage-grammar.md, "Structures (thirteenth round)"): a bank of our own sentences,
none copied from a profile.

`dev-13` and `dev-14` (blind until the end of the twelfth round) were told in long history
paragraphs where something stands between the parts a frame expects: a connective between a
subject and its verb ("in turn"), an aside between an oath and the absorption that followed it,
the leavers' own organisation named before "broke away" rather than after it, a date carried by
"that month", an acronym with a word joined to it that makes a name with "and" one name, a
date in an appositive that tells when the *prior* was founded, and a body taken in that "broke
away again". Each class below is one such
shape in at least three wordings of our own (other names, places, order and verbs), with at
least two paragraphs that look alike and must state nothing (or must not take the date).
Facts are (resulting organisation, kind, prior organisation, EDTF date): organisations by
lower-case acronym, else by name; the profile's group, the Sahel Front, as "sf".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_ingest_lineage_described import read, shape_cases, shapes_short_of
from tests.test_ingest_lineage_shapes import Fact

SF = "Sahel Front (SF)"

# class → [(history paragraph, the facts it states)]
BETWEEN: dict[str, list[tuple[str, set[Fact]]]] = {
    # a connective adverb between a subject and its verb ties the clause to the one before and
    # tells nothing of the step
    "connective-between-subject-and-verb": [
        ("The Niger Union (NU) in turn merged with other factions into the Azawad Front (AF) "
         "in January 2017.",
         {("af", "merger", "nu", "2017-01")}),
        ("The Kidal Watch (KW), in its turn, broke away from the SF in 2009.",
         {("kw", "split", "sf", "2009")}),
        ("The Gao Riders (GR) for their part were absorbed into the Sahel Front in March 2011.",
         {("sf", "absorption", "gr", "2011-03")}),
        ("In 2012 the SF in turn renamed itself the Azawad Front (AF).",
         {("af", "rename", "sf", "2012")}),
        # the connective before a verb that is no step: nothing
        ("The Niger Union (NU) in turn attacked the Azawad Front (AF) in January 2017.", set()),
        ("The Kidal Watch (KW) for its part allied with the SF in 2009.", set()),
    ],
    # an oath to X and the absorption into X that followed it, an aside between the two: the
    # one who swore was taken into X; the aside's date is the aside's
    "pledged-and-taken-in": [
        ("In October 2014 the group pledged allegiance to the Niger Union (NU) and was absorbed "
         "into it.",
         {("nu", "absorption", "sf", "2014-10")}),
        ("Fighting in May 2014 left it weak: that month it pledged allegiance to the Niger Union "
         "(NU), as the Kidal Watch had renamed itself in July 2013, and was absorbed into it.",
         {("nu", "absorption", "sf", "2014-05")}),
        ("In 2016 the SF swore allegiance to the Azawad Front (AF) and was soon folded into the "
         "AF.",
         {("af", "absorption", "sf", "2016")}),
        ("The Gao Riders (GR) gave their allegiance to the SF in 2009 and were integrated into "
         "it.",
         {("sf", "absorption", "gr", "2009")}),
        # an oath alone, or an oath and a fight beside it: no absorption
        ("In October 2014 the group pledged allegiance to the Niger Union (NU) and fought beside "
         "it.", set()),
        ("In 2014 the group pledged allegiance to the Niger Union (NU), which was absorbed into "
         "the Azawad Front (AF) in 2016, and kept its own name.",
         {("af", "absorption", "nu", "2016")}),
    ],
    # the leavers named by their own organisation before "broke away … and formed": the
    # organisation they left is theirs, not the profile's group by default
    "leavers-named-by-their-organisation": [
        ("In 2010 members of the Niger Union (NU) broke away and formed the Kidal Union (KU).",
         {("ku", "split", "nu", "2010")}),
        ("In 2010 dissident Niger Union (NU) fighters broke off to found the Kidal Union (KU).",
         {("ku", "split", "nu", "2010")}),
        ("In 2017 former SF members who rejected the truce are said to have broken away and "
         "formed the Kidal Union (KU).",
         {("ku", "split", "sf", "2017")}),
        ("In 2010 fighters from the Azawad Front (AF) loyal to Omar Haddad broke away to create "
         "the Gao Riders (GR).",
         {("gr", "split", "af", "2010")}),
        # members who only left, or who formed nothing with a name: nothing
        ("In 2010 members of the Niger Union (NU) broke away and went home to Kidal.", set()),
        ("In 2017 former SF members are said to have broken away and formed a new council.",
         set()),
    ],
    # "that month", "in the same month", "the following month": the month of the date before,
    # in the sentence or the one before; after a bare year the month is unknown
    "month-carried-from-the-sentence-before": [
        ("The Niger Union (NU) was banned in January 2017. In the same month, the SF broke "
         "away from it and formed the Kidal Union (KU).",
         {("ku", "split", "sf", "2017-01")}),
        ("Clashes in October 2016 weakened the SF: that month it was absorbed into the Niger "
         "Union (NU).",
         {("nu", "absorption", "sf", "2016-10")}),
        ("The truce collapsed in November 2015. The following month the Kidal Watch (KW) broke "
         "away from the SF.",
         {("kw", "split", "sf", "2015-12")}),
        # the anchor gives no month: the step keeps the year only where the sentence gives it,
        # and no month is made up
        ("The truce collapsed in 2015. That month the Kidal Watch (KW) broke away from the SF.",
         {("kw", "split", "sf", None)}),
        ("The truce collapsed in November 2015. The following month the Kidal Watch (KW) "
         "attacked the SF.", set()),
    ],
    # an acronym with a word joined to it by a hyphen, spelling the initials of the name before
    # it (in its order or another language's): the name is one, "and" and all
    "acronym-with-a-word-joined": [
        ("In 2004 a group of fighters broke away to form the Rally for Unity and Democracy "
         "(RUD-Urunana).",
         {("Rally for Unity and Democracy", "split", "sf", "2004")}),
        ("In 2016 a faction led by Ali Musa left to found the National Council for Renewal and "
         "Democracy (CNRD-Ubwiyunge).",
         {("National Council for Renewal and Democracy", "split", "sf", "2016")}),
        ("The SF broke away from the Union for Peace and Justice (UPJ-Salam) in 1999.",
         {("sf", "split", "Union for Peace and Justice", "1999")}),
        # the initials are not the acronym's: two organisations, each its own party
        ("In 2004 the Gao Riders and the Kidal Watch (GKW-Nord) merged to form the Azawad "
         "Union.",
         {("Azawad Union", "merger", "Gao Riders", "2004"),
          ("Azawad Union", "merger", "Kidal Watch", "2004")}),
        ("In 2004 the Gao Riders and the Kidal Watch (KW-Nord) merged to form the Azawad Union.",
         {("Azawad Union", "merger", "Gao Riders", "2004"),
          ("Azawad Union", "merger", "Kidal Watch", "2004")}),
        ("In 2004 the Union for Peace and Justice (UPJ-Salam) attacked the SF in Kidal.", set()),
    ],
    # an appositive after the prior that tells when the prior itself was founded: that date is
    # the prior's, never the step's; a founding told of the result is left alone
    "prior-founding-date-is-the-priors": [
        ("The SF broke away from the Niger Union (NU), a party founded in 1973.",
         {("sf", "split", "nu", None)}),
        ("The SF's roots lie in the armed wing of the Niger Union (NU), a nationalist movement "
         "founded in 1973, which fought the government from exile.",
         {("sf", "split", "nu", None)}),
        ("The SF split from the Niger Union (NU), a party formed in 1990 by exiles, in 2004.",
         {("sf", "split", "nu", "2004")}),
        ("In 2004 the SF split from the Niger Union (NU), which had been founded in 1990.",
         {("sf", "split", "nu", "2004")}),
        # a founding that is no step, and another organisation's appositive: nothing
        ("The SF fought the Niger Union (NU), a party founded in 1973.", set()),
        ("The SF was modelled on the Niger Union (NU), a party founded in 1973.", set()),
    ],
    # a body taken in that the same sentence says broke away again, the second verb without a
    # subject of its own: an absorption and a split, each dated by its own date
    "absorbed-then-left-again": [
        ("Suqour al-Din was absorbed into the SF in March 2015 and broke away again in September "
         "2016.",
         {("sf", "absorption", "Suqour al-Din", "2015-03"),
          ("Suqour al-Din", "split", "sf", "2016-09")}),
        ("The Gao Riders (GR) were folded into the group in 2003 but split off again in 2006.",
         {("sf", "absorption", "gr", "2003"), ("gr", "split", "sf", "2006")}),
        ("In 2004 the Kidal Watch (KW) was absorbed into the SF and later broke away from it.",
         {("sf", "absorption", "kw", "2004"), ("kw", "split", "sf", None)}),
        # another verb after the absorption, or a clause with its own subject: no split of the
        # body taken in
        ("The Kidal Watch (KW) was absorbed into the SF in 2004 and fought in Gao in 2006.",
         {("sf", "absorption", "kw", "2004")}),
        ("The Kidal Watch (KW) was absorbed into the SF in 2004, and the SF broke away from the "
         "Niger Union (NU) in 2006.",
         {("sf", "absorption", "kw", "2004"), ("sf", "split", "nu", "2006")}),
        # (a split coordinated after another verb is not read: nothing, never the SF's)
        ("The Kidal Watch (KW) fought the SF in 2004 and broke away from the Niger Union (NU) "
         "in 2006.", set()),
        ("The SF attacked the Kidal Watch (KW) in 2004 and broke off again in 2006.", set()),
    ],
}


CASES = shape_cases(BETWEEN)


@pytest.mark.parametrize(("shape", "history", "expected"), CASES)
def test_each_sentence_states_exactly_its_facts(
    tmp_path: Path, shape: str, history: str, expected: set[Fact]
) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert facts == expected, review


def test_every_shape_has_three_wordings_and_two_controls() -> None:
    """At least three wordings that state the shape's step, and at least two look-alikes: one
    or more stating nothing at all, the others (a control of the date or of a name) stating
    only what they must."""
    assert not shapes_short_of(BETWEEN, controls=1)
    assert all(len(sentences) >= 5 for sentences in BETWEEN.values())


def test_a_pledge_alone_is_no_absorption(tmp_path: Path) -> None:
    """An oath of allegiance without the absorption is an affiliation, never lineage."""
    facts, review, _ = read(tmp_path, SF, "In 2014 the group pledged allegiance to the Niger "
                                          "Union (NU).")
    assert facts == set(), review
    assert "affiliate" in review
