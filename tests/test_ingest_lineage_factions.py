"""Lineage told from the group's own side, and the twelfth round's precision audit
(docs/ingest-lineage-grammar.md, "Structures (twelfth round)"): a bank of our own sentences,
none copied from a profile.

`dev-12` (blind until this round) scored no successor at all. Its splinters were told from the
group's side: a faction named by its leaders that left and took a name, a faction named by the
group's acronym and a qualifier ("the SF (Reform)"), a name carried on after a ban ("continued
under the name Y, and later as Z"), a hedge of how widely a view is held ("is usually said to
have broken away"), and a group founded under a name it later dropped, told in notes or in one
sentence. Each class below is one such shape in at least three wordings of our own (other
names, places, order and verbs), with paragraphs that must state nothing. The last class is
the audit: organisations named beside the group without any organisational link to it (an
ally, a sponsor, a rival, a merger of two others, a parent of another group, a member who left
as a person, "modelled on", "inspired by", "grew out of the milieu of"), read both in the
history and in a paragraph the layout gives to another section; none may become lineage.
Facts are (resulting organisation, kind, prior organisation, EDTF date): organisations by
lower-case acronym, else by name; the profile's group, the Sahel Front, as "sf".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG
from tests.test_ingest_lineage_described import read, shape_cases
from tests.test_ingest_lineage_shapes import Fact, lineage_facts, review_text
from tests.test_ingest_lineage_unseen import _early

SF = "Sahel Front (SF)"

# class → [(history paragraph, the facts it states)]
FACTIONS: dict[str, list[tuple[str, set[Fact]]]] = {
    # a faction told by its leaders leaves and names itself in the same sentence: the new name
    # split from the one left; the leaders are people, never the organisation that split
    "faction-led-by-leaves-and-names-itself": [
        ("In 2007 a faction led by Omar Sangaré split from the Sahel Front and took the name "
         "Desert Call.",
         {("Desert Call", "split", "sf", "2007")}),
        ("In 1997 a faction led by Omar Sangaré (better known as Abu Omar) and Hamid Touré split "
         "from the SF over its support for the truce in Gao and took the old name Desert Call "
         "(DC).",
         {("dc", "split", "sf", "1997")}),
        ("A hardline tendency headed by Musa Ag Ali walked out of the SF in March 2012 and "
         "became known as the Kidal Union (KU).",
         {("ku", "split", "sf", "2012-03")}),
        ("In 2009 the radical wing under Idris Bamba broke away from the group and called "
         "itself the Azawad Front (AF).",
         {("af", "split", "sf", "2009")}),
        # no name for the faction: nothing, and its leader is no organisation
        ("In 2007 a faction led by Omar Sangaré split from the Sahel Front.", set()),
        # people who leave to join another organisation are recruits
        ("In 2010 a faction under Hamid Touré left the group to join the Niger Union (NU).",
         set()),
    ],
    # the group's acronym with a qualifier in parentheses names a faction of its own, one
    # organisation for the name and the short form after "or"
    "acronym-with-a-qualifier": [
        ("In May 2013 hardliners split from the group and formed the SF (Reform), or SF(R).",
         {("SF (Reform)", "split", "sf", "2013-05")}),
        ("History:\n\n- December 2008: the pro-talks faction under Ali Musa broke away as the SF "
         "(Progressive), or SF(P).",
         {("SF (Progressive)", "split", "sf", "2008-12")}),
        ("History:\n\n- November 2012: Idris Walata and his followers broke away from the "
         "Haddad faction as the SF (Jihad), or SF(J).",
         {("SF (Jihad)", "split", "sf", "2012-11")}),
        # a place in the parentheses is no faction; a faction fought is no lineage
        ("In 2010 the SF (Mali) attacked Gao.", set()),
        ("The Niger Union (NU) fought the SF (Reform) in 2014.", set()),
    ],
    # a name carried on after a ban, and the next one after it: a chain of renames, undated
    # where the only date is the ban's (or comes before the name it would date)
    "carried-on-under-another-name": [
        ("After the government banned the SF in January 2006, it seems to have continued under "
         "the name Desert Call (DC), itself banned in 2008, and later as the Azawad Front (AF), "
         "whose leader has denied any link with violence.",
         {("dc", "rename", "sf", None), ("af", "rename", "dc", None)}),
        ("The group continued as the Kidal Union (KU) in 2006 and later as the Azawad Front "
         "(AF).",
         {("ku", "rename", "sf", "2006"), ("af", "rename", "ku", None)}),
        ("In 2011 the group was banned; it carried on under the name Kidal Union (KU) and in "
         "2014 as the Azawad Front (AF).",
         {("ku", "rename", "sf", None), ("af", "rename", "ku", None)}),
        ("The group fought as the ally of the Kidal Union (KU) in 2006 and later as the ally "
         "of the Azawad Front (AF).", set()),
        ("Under the truce the group continued as a party and later as a charity, while the "
         "Kidal Union (KU) fought on.", set()),
    ],
    # a hedge that says how widely a view is held: the step is read, as with "is thought to"
    "hedged-by-how-widely": [
        ("The Gao Riders (GR) is usually said to have broken away from the SF in 2003 under "
         "Ali Musa, although some analysts describe it as the group's armed wing.",
         {("gr", "split", "sf", "2003")}),
        ("The Kidal Watch (KW) is commonly thought to have split from the group in 2006.",
         {("kw", "split", "sf", "2006")}),
        ("The SF is often said to have broken away from the Niger Union (NU) in 1999.",
         {("sf", "split", "nu", "1999")}),
        ("The SF is usually said to have fought the Niger Union (NU) in 1999.", set()),
    ],
    # founded under a name it later dropped: the earlier name renamed into the group, dated by
    # the rename, told in notes without a subject or in one sentence
    "began-under-another-name": [
        ("History:\n\n- 1998: founded by Omar Haddad as the Gao Riders (GR).\n- 14 May 2004: "
         "renamed the Sahel Front.",
         {("sf", "rename", "gr", "2004-05-14")}),
        ("Founded in 1998 as the Gao Riders (GR). Renamed the Sahel Front in 2004.",
         {("sf", "rename", "gr", "2004")}),
        ("History:\n\n- 1998: founded in Kidal as the Gao Riders (GR).\n- 2001: absorbed the "
         "Kidal Watch (KW).\n- 2004: took the name Sahel Front.",
         {("sf", "absorption", "kw", "2001"), ("sf", "rename", "gr", "2004")}),
        ("The group first surfaced as the Harakat al-Dunya (the World Movement) after the riots "
         "in Gao in 2004, and renamed itself the Sahel Front in May 2009.",
         {("sf", "rename", "Harakat al-Dunya", "2009-05")}),
        # founded as another's wing, or no rename after it: nothing
        ("History:\n\n- 1998: founded as the armed wing of the Gao Riders (GR).\n- 2004: "
         "renamed the Sahel Front.", set()),
        ("History:\n\n- 1998: founded in Kidal as the Gao Riders (GR).\n- 2003: fought the "
         "Kidal Watch (KW).", set()),
    ],
    # merger partners a count names in apposition: "with two groups of X, A and B, to form Y"
    "partners-in-apposition-to-a-count": [
        ("In May 1995 the Niger Union (NU) merged with two groups of the Tuareg Movement, the "
         "Gao Riders and the Kidal Watch, to form the Sahel Front.",
         {("sf", "merger", "nu", "1995-05"), ("sf", "merger", "Gao Riders", "1995-05"),
          ("sf", "merger", "Kidal Watch", "1995-05")}),
        ("In 1995 the Niger Union (NU) united with three smaller bands, the Gao Riders, the "
         "Kidal Watch and the Tin Falcons, to create the SF.",
         {("sf", "merger", "nu", "1995"), ("sf", "merger", "Gao Riders", "1995"),
          ("sf", "merger", "Kidal Watch", "1995"), ("sf", "merger", "Tin Falcons", "1995")}),
        ("In 1995 the Niger Union (NU) merged with two armed groups, the Gao Riders (GR) and "
         "the Kidal Watch (KW), to form the SF.",
         {("sf", "merger", "nu", "1995"), ("sf", "merger", "gr", "1995"),
          ("sf", "merger", "kw", "1995")}),
        # the count's members described, not named: only the named party
        ("In 1995 the Niger Union (NU) merged with two groups, which Omar Sangaré and Ali Musa "
         "led, to form the SF.",
         {("sf", "merger", "nu", "1995")}),
        ("In 1995 the Niger Union (NU) fought two groups, the Gao Riders (GR) and the Kidal "
         "Watch (KW), near Gao.", set()),
    ],
    # a splinter named by a note's label, in a fact sheet or a table turned into dotted lines
    "labelled-splinter": [
        ("History:\n\nFounded .......... 1998, in Gao\nOffshoots .......... the Kidal Union, "
         "formed in 2006 by Ali Musa, a former SF commander, and his fighters, who broke away "
         "from the SF\nAllies .......... the Niger Union (NU)",
         {("Kidal Union", "split", "sf", "2006")}),
        ("History:\n\nSplinter groups: the Desert Call (DC), founded in 2011.\nRivals: the "
         "Niger Union (NU).",
         {("dc", "split", "sf", "2011")}),
        ("History:\n\nBreakaway faction: the Azawad Front (AF), since 2013.",
         {("af", "split", "sf", "2013")}),
        ("History:\n\nAllies .......... the Niger Union (NU), since 2004\nRivals .......... "
         "the Kidal Watch (KW)", set()),
        ("History:\n\nSplinter groups: none known since 2011.", set()),
    ],
    # a participle's aside between the subject and "became known as": the rename still reads
    "rename-after-a-participle": [
        ("In 2010 the Gao Riders (GR), fearing arrest, became known as the Kidal Union (KU).",
         {("ku", "rename", "gr", "2010")}),
        ("History:\n\n- December 2008: the pro-talks faction under Ali Musa broke away as the "
         "SF (Progressive), or SF(P); Haddad’s loyalists, rejecting talks, became known as the "
         "SF(R).",
         {("SF (Progressive)", "split", "sf", "2008-12"), ("SF(R)", "rename", "sf", "2008-12")}),
        ("In 2012 the group, seeking new recruits, renamed itself the Azawad Front (AF).",
         {("af", "rename", "sf", "2012")}),
        ("In 2010 the group, seeking allies, became known to the police as a smuggling ring.",
         set()),
    ],
    # a step the sentence goes on to deny states nothing; a denial of something else (other
    # people, another step) leaves the step standing
    "step-denied-later": [
        ("The Gao Riders (GR) split from the SF in 2005, but most of its fighters never left "
         "the group.",
         {("gr", "split", "sf", "2005")}),
        ("The Gao Riders (GR) split from the SF in 2005, though it did not merge with the Niger "
         "Union (NU) until 2008.",
         {("gr", "split", "sf", "2005")}),
        ("The SF broke away from the Kidal Watch (KW) in 2009 but did not leave its coalition.",
         {("sf", "split", "kw", "2009")}),
        ("The SF broke with the Kidal Watch (KW) in 2009, though it never formally left it.",
         set()),
        ("The Kidal Watch (KW) broke with the group in 2011 but never split from it.", set()),
    ],
}

# organisations named beside the group without an organisational link to it: no step of the
# group's, in the history or in a paragraph read for lineage elsewhere
NO_LINK: list[str] = [
    "The SF allied with the Niger Union (NU) in 2004.",
    "The Niger Union (NU) has funded the group since 2005 and armed it in 2008.",
    "The Niger Union (NU), the parent of the Kidal Watch (KW), trained the group's first "
    "fighters in 2003.",
    "Omar Sangaré left the group in 2009 to join the Niger Union (NU).",
    "In 2009 its deputy Omar Sangaré broke away from the group and joined the Niger Union (NU).",
    "The group was modelled on the Niger Union (NU), founded in 1990.",
    "The group was inspired by the Niger Union (NU) and adopted its flag in 2004.",
    "The group grew out of the milieu of the Niger Union (NU) in the 1990s.",
    "In 2015 the group and the Niger Union (NU) formed a joint command, though each kept its "
    "own name.",
    "Several of its founders had fought with the Niger Union (NU) before 2001.",
    "Omar Haddad was a commander of the Niger Union (NU) until 2002, when he founded the group.",
    # a quarrel the sentence goes on to deny was a split
    "Formerly allied with the Niger Union (NU). Broke with the Kidal Watch (KW) over tactics in "
    "2009, but never split from it.",
    "The SF broke with the Kidal Watch (KW) in 2009, though it never formally left it.",
    # another organisation's own step is that organisation's, never the group's
    "In 2010 the Niger Union (NU) merged with the Kidal Watch (KW) to form the Azawad Front "
    "(AF), which the group fought.",
    "The Kidal Watch (KW), which broke away from the Niger Union (NU) in 2008, is the group's "
    "main rival.",
]


CASES = shape_cases(FACTIONS)


@pytest.mark.parametrize(("shape", "history", "expected"), CASES)
def test_each_sentence_states_exactly_its_facts(
    tmp_path: Path, shape: str, history: str, expected: set[Fact]
) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert facts == expected, review


def test_every_shape_has_three_wordings_and_one_that_states_nothing() -> None:
    for shape, sentences in FACTIONS.items():
        assert sum(1 for _, facts in sentences if facts) >= 3, shape
        assert any(not facts for _, facts in sentences), shape


@pytest.mark.parametrize("history", NO_LINK, ids=[f"history-{i}" for i in range(len(NO_LINK))])
def test_no_organisational_link_is_no_lineage_of_the_group(tmp_path: Path, history: str) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert not [fact for fact in facts if "sf" in fact], review


@pytest.mark.parametrize("paragraph", NO_LINK, ids=[f"elsewhere-{i}" for i in range(len(NO_LINK))])
def test_no_organisational_link_told_outside_the_history_is_no_lineage(
    tmp_path: Path, paragraph: str
) -> None:
    result = ingest_profile(tmp_path / "sf.txt", text=_early(paragraph), existing=Dataset())
    assert not [fact for fact in lineage_facts(result.dataset) if "sf" in fact], (
        review_text(result))


def test_a_faction_leader_is_never_an_organisation(tmp_path: Path) -> None:
    """"A faction led by P split from the group": P is a person; before, the first rounds'
    shape minted P as the organisation that split."""
    _, review, dataset = read(tmp_path, SF, "In 2007 a faction led by Omar Sangaré split from "
                                            "the Sahel Front and took the name Desert Call.")
    organisations = {str(label) for kind in (KG.ArmedGroup, KG.Organisation)
                     for node in dataset.subjects(RDF.type, kind)
                     for label in dataset.objects(node, SKOS.prefLabel)}
    assert "Omar Sangaré" not in organisations, review
    assert "Desert Call" in organisations, review


def test_an_old_name_taken_by_a_new_faction_is_not_the_old_organisation(tmp_path: Path) -> None:
    """"A faction split from the SF and took the old name Desert Call", where the Desert Call
    merged into the SF: the graph cannot tell the new faction from the old organisation by
    the name, so the split is not stated (an organisation never descends from itself), and
    the review says why."""
    facts, review, _ = read(
        tmp_path, SF,
        "Omar Haddad had founded the Desert Call (DC) around 1990. In 1995 the DC merged with "
        "the Gao Riders (GR) to form the Sahel Front. In 1997 a faction led by Omar Sangaré "
        "split from the SF and took the old name Desert Call (DC).")
    assert facts == {("sf", "merger", "dc", "1995"), ("sf", "merger", "gr", "1995")}, review
    assert "already an ancestor" in review


def test_a_qualified_acronym_and_its_short_form_are_one_organisation(tmp_path: Path) -> None:
    """"The SF (Reform), or SF(R)": one IRI bearing both names, not two organisations."""
    _, review, dataset = read(tmp_path, SF, "In May 2013 hardliners split from the group and "
                                            "formed the SF (Reform), or SF(R).")
    bearers = {s for s, _, o in dataset.triples((None, None, None))
               if str(o) in ("SF (Reform)", "SF(R)")}
    assert len(bearers) == 1, review


def test_another_groups_acronym_with_a_word_in_parentheses_is_no_faction(tmp_path: Path) -> None:
    """"The Niger Union (NU) … pledged allegiance to the NU (Tanzim)": another group's acronym
    and its alias, not a faction of it — no second organisation is minted for it."""
    _, review, dataset = read(tmp_path, SF, "In 2010 the Niger Union (NU) was founded in Gao. "
                                            "In 2014 the group pledged allegiance to the NU "
                                            "(Tanzim) and fought beside it.")
    labels = {str(label) for label in dataset.objects(None, SKOS.prefLabel)}
    assert not any("(Tanzim)" in label for label in labels), review
