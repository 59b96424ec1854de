"""Lineage where the eleventh round found that nothing at all was read (docs/ingest-lineage-
grammar.md, "Structures (eleventh round)"): a bank of our own sentences, none copied from a
profile.

`dev-11` (blind until this round) scored no predecessor at all. Most of its sentences never
reached the grammar, or reached it in a shape no frame could take: a fact sheet's sentences
without a subject, a chronology laid out as a table, a history told in paragraphs the layout
gives to the leadership or the organisation. Each class below is one such shape in at least
three wordings of our own (other names, places, order and verbs), and sentences that must
state nothing (an oath, an alliance, a fight, a person's past). Every paragraph is its own
synthetic profile; each states exactly the facts listed (resulting organisation, kind, prior
organisation, EDTF date; organisations by lower-case acronym, else by name; the profile's
group, the Sahel Front, as "sf").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG
from tests.test_ingest_lineage_described import read, shape_cases
from tests.test_ingest_lineage_shapes import Fact, lineage_facts, review_text

SF = "Sahel Front (SF)"
TABLE = "History:\n\nDate | Event\n"

# class → [(history paragraph, the facts it states)]
UNSEEN: dict[str, list[tuple[str, set[Fact]]]] = {
    # a fact sheet's sentence that leaves out its subject, the profile's group: a founding
    # participle ("Formed …", "Founded …") is the group's passive, any other verb of a step
    # its own act
    "subject-left-out": [
        ("Founded in 1998 as a breakaway faction of the Niger Union (NU).",
         {("sf", "split", "nu", "1998")}),
        ("Broke away from the Kidal Watch (KW) in March 2004.",
         {("sf", "split", "kw", "2004-03")}),
        ("Was absorbed into the Azawad Union (AU) in 2012.",
         {("au", "absorption", "sf", "2012")}),
        ("Changed its name to the Desert Call (DC) in 2009.",
         {("dc", "rename", "sf", "2009")}),
        ("Rebranded as the Desert Call (DC) in 2009.",
         {("dc", "rename", "sf", "2009")}),
        ("Merged with the Gao Riders (GR) in 2003 to form the Azawad Union (AU).",
         {("au", "merger", "sf", "2003"), ("au", "merger", "gr", "2003")}),
        # an oath, an alliance, a fight: no step, whoever the subject
        ("Pledged allegiance to the Niger Union (NU) in 2014.", set()),
        ("Fought the Kidal Watch (KW) near Gao in 2005.", set()),
        ("Allied with the Gao Riders (GR) in 2004.", set()),
        ("Became an ally of the Niger Union (NU) in 2010.", set()),
        # a milieu, a member's seat, a verb of a step used of something else: nothing
        ("Grew out of the milieu of the Niger Union (NU) in the 1990s.", set()),
        ("Became a member of the Niger Union (NU) in 2010.", set()),
        ("Absorbed heavy losses in 2015 against the Niger Union (NU).", set()),
    ],
    # a chronology laid out as a table: each row a note of its own, its first cell the label
    # (a header row names the columns), the subject left out or written
    "chronology-as-a-table": [
        (f"{TABLE}1998 | Founded in Gao as an offshoot of the Niger Union (NU)\n2004 | Fought "
         "the Kidal Watch (KW)",
         {("sf", "split", "nu", "1998")}),
        (f"{TABLE}2001 | Split from the Gao Riders (GR)\n2006 | Renamed the Desert Call (DC)",
         {("sf", "split", "gr", "2001"), ("dc", "rename", "sf", "2006")}),
        ("History:\n\nPeriod | Event\nMarch 2003 | the group merged with the Tin Riders (TR) to "
         "form the Azawad Union (AU)",
         {("au", "merger", "sf", "2003-03"), ("au", "merger", "tr", "2003-03")}),
        (f"{TABLE}1990 | Formed by the merger of the Niger Union (NU) and the Gao Riders (GR)\n"
         "2001 | Absorbed into the Azawad Front (AF)",
         {("sf", "merger", "nu", "1990"), ("sf", "merger", "gr", "1990"),
          ("af", "absorption", "sf", "2001")}),
        (f"{TABLE}1999 | Listed by the United States\n2002 | Allied with the Gao Riders (GR) "
         "against the army", set()),
    ],
    # a chronology whose dates stand on lines of their own: the date is the note's label
    "dates-on-lines-of-their-own": [
        ("History:\n\n1998\nFounded as a splinter of the Niger Union (NU).\n\n2004\nMerged "
         "with the Gao Riders (GR) to form the Azawad Union (AU).",
         {("sf", "split", "nu", "1998"), ("au", "merger", "gr", "2004"),
          ("au", "merger", "sf", "2004")}),
        ("History:\n\nMarch 2006\nAbsorbed the Kidal Watch (KW).",
         {("sf", "absorption", "kw", "2006-03")}),
        ("History:\n\nearly 2009\nThe group renamed itself the Desert Call (DC).",
         {("dc", "rename", "sf", "2009")}),
        ("History:\n\n2003\nFought the Niger Union (NU) near Gao.", set()),
    ],
    # notes without a subject after a merger are about the organisation the merger formed,
    # until one renames it back to the group's own name
    "notes-follow-the-merged-organisation": [
        ("Formed in 1990 in Gao. Merged with the Gao Riders (GR) in 1995 to form the Azawad "
         "Union (AU). Renamed itself the Sahel Front in 1999.",
         {("au", "merger", "gr", "1995"), ("au", "merger", "sf", "1995"),
          ("sf", "rename", "au", "1999")}),
        ("Broke away from the Niger Union (NU) in 1990. Joined the Tin Riders (TR) in 1996 to "
         "create the Kidal Union (KU). Changed its name to the Sahel Front in 2001.",
         {("sf", "split", "nu", "1990"), ("ku", "merger", "sf", "1996"),
          ("ku", "merger", "tr", "1996"), ("sf", "rename", "ku", "2001")}),
        ("Merged with the Kidal Watch (KW) in 2003 to form the Desert Call (DC). Absorbed the "
         "Gao Riders (GR) in 2006.",
         {("dc", "merger", "kw", "2003"), ("dc", "merger", "sf", "2003"),
          ("dc", "absorption", "gr", "2006")}),
        # a sentence that names its subject is about that subject
        ("Merged with the Kidal Watch (KW) in 2003 to form the Desert Call (DC). In 2008 the SF "
         "renamed itself the Azawad Front (AF).",
         {("dc", "merger", "kw", "2003"), ("dc", "merger", "sf", "2003"),
          ("af", "rename", "sf", "2008")}),
        # no merger formed anything: the notes after it are the group's, and state nothing
        ("Talks on a merger with the Kidal Watch (KW) failed in 2003. Fought the Gao Riders "
         "(GR) in 2006.", set()),
    ],
    # a rename told as a name coming into use
    "name-taken-into-use": [
        ("The SF began using the name Azawad Front (AF) in 2003.",
         {("af", "rename", "sf", "2003")}),
        ("The group began calling itself the Desert Call (DC) in 2009.",
         {("dc", "rename", "sf", "2009")}),
        ("In 2011 the SF started operating under the name Kidal Union (KU).",
         {("ku", "rename", "sf", "2011")}),
        ("The SF began using the tactics of the Niger Union (NU) in 2009.", set()),
    ],
    # an appositive's head noun before the relative clause that tells another organisation's
    # own step: "X, an offshoot that had broken away from Y in 2011, …"
    "appositive-before-a-relative": [
        ("The Gao Riders (GR), a militia that had broken away from the Niger Union (NU) in 2004, "
         "merged with the group in 2008.",
         {("gr", "split", "nu", "2004")}),
        ("The Kidal Watch (KW), the faction which left the Tin Riders (TR) in 2003, was "
         "absorbed into the SF in 2007.",
         {("kw", "split", "tr", "2003"), ("sf", "absorption", "kw", "2007")}),
        ("The Desert Call (DC), an offshoot that had split from the Azawad Union (AU) in 1999, "
         "joined the Sahel Front in 2005.",
         {("dc", "split", "au", "1999")}),
        ("The Gao Riders (GR), a militia that had fought the Niger Union (NU) in 2004, allied "
         "with the group in 2008.", set()),
    ],
    # a splinter in apposition with a word before it ("a further splinter, X, broke away"):
    # X split from the group
    "splinter-in-apposition": [
        ("A further splinter, the Azawad Front (AF), broke away in 2006.",
         {("af", "split", "sf", "2006")}),
        ("A second splinter, the Desert Call (DC), broke away in 2009.",
         {("dc", "split", "sf", "2009")}),
        ("In 2012 another breakaway faction, the Kidal Union (KU), left the group.",
         {("ku", "split", "sf", "2012")}),
        ("A further ally, the Azawad Front (AF), joined the fighting in 2006.", set()),
    ],
    # leavers who name themselves in a participle after the organisation they left: the new
    # name split from it; without the organisation left named, nothing (the leavers may have
    # left the one the clause before is about, not the group)
    "leavers-naming-themselves": [
        ("In 2015 Ali Musa and the fighters who followed him broke away from the Niger Union "
         "(NU), calling themselves the Gao Riders (GR).",
         {("gr", "split", "nu", "2015")}),
        ("Omar Bello and his men split off from the Kidal Watch (KW) in 2009, naming themselves "
         "from then on the Azawad Front (AF).",
         {("af", "split", "kw", "2009")}),
        ("The hardliners walked out of the Tin Riders (TR) in March 2011, styling themselves the "
         "Desert Call (DC).",
         {("dc", "split", "tr", "2011-03")}),
        ("In 2015 Ali Musa's men broke away from the Niger Union (NU), calling it a traitor to "
         "the cause.", set()),
        ("In 2015 the Niger Union (NU) rejected the pledge, and Ali Musa and the fighters who "
         "followed him broke away, calling themselves the Gao Riders (GR).", set()),
    ],
}


def _early(paragraph: str) -> str:
    """A profile whose story comes before the funding, where the layout expects the
    leadership and the organisation and has no place for a history."""
    return (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\nFront du Sahel\n\n"
        f"The Sahel: Mali.\n\n{paragraph}\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "Major Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


# lineage told in a paragraph the layout takes for another section
ELSEWHERE: list[tuple[str, set[Fact]]] = [
    ("Omar Haddad has led the group since 2009. The SF broke away from the Niger Union (NU) in "
     "2004, after its leaders accepted a truce.",
     {("sf", "split", "nu", "2004")}),
    ("Omar Haddad leads the group. In 2008 the Gao Riders (GR) merged with the Kidal Watch (KW) "
     "to form the Sahel Front.",
     {("sf", "merger", "gr", "2008"), ("sf", "merger", "kw", "2008")}),
    ("The group is divided into cells. In 2011 the group absorbed the Tin Riders (TR), whose "
     "leader had been killed.",
     {("sf", "absorption", "tr", "2011")}),
    # a leader's own past, a fight, an alliance, an oath: nothing
    ("Omar Haddad, who left the Niger Union (NU) in 1998, has led the group since 2004.", set()),
    ("The group fought the Niger Union (NU) in 2004 and allied with the Gao Riders (GR) in "
     "2006.", set()),
    ("Omar Haddad has led the group since 2009. It pledged allegiance to the Niger Union (NU) "
     "in 2014.", set()),
]

def _named(names: str) -> str:
    """A profile whose names section is the list given and whose history tells nothing."""
    return (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\n{names}\n\nThe Sahel: Mali.\n\n"
        "Omar Haddad has led the group since 2009.\n\nFunding Sources:\n\nKidnapping for "
        "ransom.\n\nThe group attacked Gao in 2012.\n\nMajor Attacks:\n\nJune 2010: The group "
        "attacked a barracks. (3 killed)\n"
    )


# a former name in the list of names: a rename into the group, dated by its "until"; a
# successor without how it came about, and plain names, state nothing
NAMES_LIST: list[tuple[str, set[Fact]]] = [
    ("Front du Sahel; Gao Riders (GR) (former name, until 2009)",
     {("sf", "rename", "gr", "2009")}),
    ("Front du Sahel; formerly the Kidal Watch (KW)", {("sf", "rename", "kw", None)}),
    ("Front du Sahel; known as the Desert Call (DC) until 2014",
     {("sf", "rename", "dc", "2014")}),
    ("Front du Sahel, Azawad Union (AU) (until 2006)", {("sf", "rename", "au", "2006")}),
    ("Front du Sahel; successor to the Niger Union (NU)", set()),
    ("Front du Sahel; Sahel Front of Mali (SFM); the Desert Call", set()),
]


@pytest.mark.parametrize(("names", "expected"), NAMES_LIST,
                         ids=[f"names-list-{i}" for i in range(len(NAMES_LIST))])
def test_former_names_in_the_names_list_are_renames(
    tmp_path: Path, names: str, expected: set[Fact]
) -> None:
    result = ingest_profile(tmp_path / "sf.txt", text=_named(names), existing=Dataset())
    assert lineage_facts(result.dataset) == expected, review_text(result)


CASES = shape_cases(UNSEEN)


@pytest.mark.parametrize(("shape", "history", "expected"), CASES)
def test_each_sentence_states_exactly_its_facts(
    tmp_path: Path, shape: str, history: str, expected: set[Fact]
) -> None:
    facts, review, _ = read(tmp_path, SF, history)
    assert facts == expected, review


@pytest.mark.parametrize(("paragraph", "expected"), ELSEWHERE,
                         ids=[f"elsewhere-{i}" for i in range(len(ELSEWHERE))])
def test_lineage_told_outside_the_history_is_read(
    tmp_path: Path, paragraph: str, expected: set[Fact]
) -> None:
    result = ingest_profile(tmp_path / "sf.txt", text=_early(paragraph), existing=Dataset())
    assert "history" not in {section.key for section in result.sections}
    assert lineage_facts(result.dataset) == expected, review_text(result)


def test_every_shape_has_three_wordings_and_one_that_states_nothing() -> None:
    for shape, sentences in [*UNSEEN.items(), ("elsewhere", ELSEWHERE),
                             ("names-list", NAMES_LIST)]:
        assert sum(1 for _, facts in sentences if facts) >= 3, shape
        assert any(not facts for _, facts in sentences), shape


def test_the_review_quotes_the_sentence_as_written(tmp_path: Path) -> None:
    """The subject the reader supplies is for reading only: a sentence left unused is quoted
    with the profile's words, not "The group …"."""
    text = _early("The Sahel Front is divided into cells.").replace(
        "Funding Sources:\n\nKidnapping for ransom.\n\n",
        "Funding Sources:\n\nKidnapping for ransom.\n\nHistory:\n\n"
        "Split in two in 2005 after a quarrel over money.\n\n")
    result = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset())
    history = next(s for s in result.sections if s.key == "history")
    assert [text for _, text in history.not_understood] == [
        "Split in two in 2005 after a quarrel over money."]


def test_a_bare_acronym_takes_the_full_name_the_list_gives_it(tmp_path: Path) -> None:
    """"In 2014 the GRF became the Sahel Front" in a profile whose names list "Gao Riders
    Front (GRF)": the predecessor is minted under that full name and acronym, so another
    profile that names it in full finds the same organisation (identity), not a node whose
    only preferred name is an acronym."""
    text = (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\nGao Riders Front (GRF), Front du "
        "Sahel\n\nThe Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\nFunding "
        "Sources:\n\nKidnapping for ransom.\n\nIn 2014 the GRF became the Sahel Front.\n\n"
        "Major Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )
    result = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset())
    assert lineage_facts(result.dataset) == {("sf", "rename", "grf", "2014")}, review_text(result)
    predecessor = next(o for _, _, o, _ in result.dataset.quads((None, KG.renamedFrom, None, None)))
    assert {str(label) for _, _, label, _ in result.dataset.quads(
        (predecessor, SKOS.prefLabel, None, None))} == {"Gao Riders Front"}


def test_an_attack_claimed_after_the_groups_former_name_is_claimed_by_the_group(
    tmp_path: Path,
) -> None:
    """Lineage makes a former name a node of its own ("the GR became the Sahel Front"); "GR
    fighters ambushed …; the group claimed the ambush" is still the group's claim, not a deed
    of the former name that leaves the claim unread."""
    text = (
        f"Terrorism Profiles\n\n{SF}\n\nAlternative Names:\n\nGao Riders (GR)\n\nThe Sahel: "
        "Mali.\n\nOmar Haddad has led the group since 2009.\n\nFunding Sources:\n\nKidnapping "
        "for ransom.\n\nIn March 2014 the GR became the Sahel Front.\n\nMajor Attacks:\n\nJune "
        "2010: GR fighters ambushed a patrol near Gao. The group claimed the ambush months "
        "later. (3 killed)\n"
    )
    result = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset())
    assert ("sf", "rename", "gr", "2014-03") in lineage_facts(result.dataset)
    attack = next(s for s in result.sections if s.key == "attack-01")
    attributions = [line for line in attack.extracted if line.startswith("attributed to")]
    assert attributions == [
        "attributed to group:sahel-front (new): claimed-responsibility ('The group claimed')"]


# a faction told by its two leaders: the second name after "led by P and" is a person, never
# the organisation that split (dev-12's "a faction led by Muhammad Zaidan (better known as Abu
# Abbas) and Talaat Yaqub split from the PFLP-GC" had minted a group "Talaat Yaqub")
FACTION_OF_TWO_LEADERS = [
    ("In 2007 a faction led by Omar Sangaré and Hamid Touré split from the Sahel Front and took "
     "the name Desert Call.", "Hamid Touré"),
    ("A faction headed by Idris Bamba (known as Abu Idris) and Lamine Diarra broke away from "
     "the Sahel Front in 2011.", "Lamine Diarra"),
    ("In 2013 a wing commanded by Aminata Konaté and Seydou Bah left the Sahel Front over its "
     "truce with the army.", "Seydou Bah"),
]


@pytest.mark.parametrize(("history", "second_leader"), FACTION_OF_TWO_LEADERS)
def test_the_second_leader_of_a_faction_is_no_organisation(
    tmp_path: Path, history: str, second_leader: str
) -> None:
    facts, review, dataset = read(tmp_path, SF, history)
    slug = second_leader.lower().replace(" ", "-").replace("é", "e")
    assert not any(slug in part for fact in facts for part in fact if part), review
    organisations = {str(label) for kind in (KG.ArmedGroup, KG.Organisation)
                     for node in dataset.subjects(None, kind)
                     for label in dataset.objects(node, SKOS.prefLabel)}
    assert second_leader not in organisations, review
