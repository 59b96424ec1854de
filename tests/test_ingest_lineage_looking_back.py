"""Lineage told looking back, the ninth round's structures (docs/ingest-lineage-grammar.md,
"Structures (ninth round)"): a bank of our own sentences, none copied from a profile.

Each class is one *shape* of sentence that `dev-9` (blind until this round) told and the
readers missed or read backwards, written here in at least three wordings of our own (other
names, places, order and verbs), with sentences that must state nothing. Every sentence is its
own synthetic profile (`read`), so a pronoun or a "before then" finds only its own sentence
before it; each states exactly the facts listed (resulting organisation, kind, prior
organisation, EDTF date; organisations by lower-case acronym, else by name; the profile's group
is `sf`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG
from tests.test_ingest_lineage_described import shape_cases
from tests.test_ingest_lineage_shapes import Fact, lineage_facts, read, review_text

# class → [(history paragraph, the facts it states)]
LOOKING_BACK: dict[str, list[tuple[str, set[Fact]]]] = {
    # a former name behind a time boundary: the name it bore before is its predecessor (a
    # rename into it), dated by the boundary — never a rename *to* that name
    "former-name-behind-a-boundary": [
        ("The group has borne the name Sahel Front only since about 2006. Before then it called "
         "itself the Desert Call (DC).",
         {("sf", "rename", "dc", "2006~")}),
        ("Until March 2001, the Kidal Brigade (KB) was known as the Adrar Watch (AW).",
         {("kb", "rename", "aw", "2001-03")}),
        ("The Gao Legion (GL) went by the name of the River Scouts (RS) until 1997.",
         {("gl", "rename", "rs", "1997")}),
        ("Until 2004 the group called itself the Gossi Call (GC).",
         {("sf", "rename", "gc", "2004")}),
        ("The Tonka Guard (TG) was originally called the Lake Youth (LY).",
         {("tg", "rename", "ly", None)}),
        ("At first the Niono Band (NB) called itself the Segou Circle (SC).",
         {("nb", "rename", "sc", None)}),
        # the sentence before is about a move, not the name: the rename stays undated
        ("The Bamba Front (BF) moved its camps to Gossi in 2003. Before then it had called "
         "itself the Gourma Band (GB).",
         {("bf", "rename", "gb", None)}),
        ("Until 2004 the group fought alongside the Kona Riders (KR).", set()),
        ("Before that, the Dire Youth (DY) had been known for its raids.", set()),
    ],
    # the founders' old organisation, left: the group split from it
    "founders-old-organisation": [
        ("The group's founders belonged to the Niger Union (NU), which they left in 2001.",
         {("sf", "split", "nu", "2001")}),
        ("Its founding members had been members of the Tuareg League (TL) until they left it "
         "in 1999.",
         {("sf", "split", "tl", "1999")}),
        ("The group's founders quit the Gao Union (GU) in 2003.",
         {("sf", "split", "gu", "2003")}),
        ("Its original members walked out of the Kayes Party (KP) in May 2005.",
         {("sf", "split", "kp", "2005-05")}),
        # "its" is the Kidal Hawks', not the group's: nothing is said of the group
        ("The Kidal Hawks (KH) were founded in 1990; its founders had left the Ansongo Circle "
         "(AC) in 1989.", set()),
        ("Its founders admired the Bourem Front (BRF).", set()),
        ("The group's founders belonged to the Menaka Union (MU), which still exists.", set()),
    ],
    # a faction split off unnamed, named in a later clause or in the same breath
    "faction-named-later": [
        ("In March 1980 a radical faction led by Ali Musa was split from the Niger Union (NU) "
         "over money; the new organisation was called the Desert Call (DC).",
         {("dc", "split", "nu", "1980-03")}),
        ("In 1992 the hardline wing under Omar Bello was expelled from the Gao Union (GU), and "
         "the new movement took the name Pure Path (PP).",
         {("pp", "split", "gu", "1992")}),
        ("In June 2007 a small faction was driven out of the Tuareg League (TL) and named "
         "itself the Kel Essuk Guard (KEG).",
         {("keg", "split", "tl", "2007-06")}),
        ("In 2010 a faction of students was forced out of the Kayes Party (KP) and called "
         "itself the Kayes Youth (KY).",
         {("ky", "split", "kp", "2010")}),
        ("In 2001 a faction led by Ali Musa was expelled from the group; nothing more was "
         "heard of it.", set()),
        ("A faction was expelled from the talks in 2003 and the new movement took the name "
         "Peace Path (PCP).", set()),
        # the name must follow at once: a "new organisation" two sentences on is another's
        ("In 1990 a faction led by Ali Musa was expelled from the Niger Union (NU). It fought "
         "on for a while. In 2000 the Gao Band (GB) and the Kidal Band (KB) merged. The new "
         "organisation was called the Adrar Front (AF).", set()),
        ("In 1990 a faction led by Ali Musa was expelled from the Niger Union (NU). The new "
         "organisation was called the Adrar Front (AF).",
         {("af", "split", "nu", "1990")}),
    ],
    # another organisation's own making told as a noun, its parent in the elaboration
    "ancestor-born-of-a-split": [
        ("The Niger Circle (NC) was itself the product of an earlier split: a radical faction "
         "under Ali Musa had broken away from Omar Bello's Tuareg Party (TP) in 1983.",
         {("nc", "split", "tp", "1983")}),
        ("The Gao Union (GU) had itself emerged from a split in 1990, when a faction broke "
         "away from the Kidal Party (KP).",
         {("gu", "split", "kp", "1990")}),
        # a person's organisation, however short its name
        ("The Lake Front (LKF) was the result of a schism: its cadres had seceded from Ali "
         "Musa's Tamasheq in 1977.",
         {("lkf", "split", "Tamasheq", "1977")}),
        ("The Bourem Guard (BG) was itself the product of a split: nobody knows who led it.",
         set()),
        ("The River Front (RF) was born of a split: the army had broken the old militias.",
         set()),
    ],
    # an origin traced to the group; the leavers told by whom they followed out
    "origin-and-followers": [
        ("The Desert Call (DC) traces its own origin to the group: it was formed by members "
         "who followed Ali Musa out of the SF at the start of the 1990s.",
         {("dc", "split", "sf", None)}),
        ("The Kidal Hawks (KH) trace their origins to the organisation.",
         {("kh", "split", "sf", None)}),
        ("The Pure Path (PP) was formed in 2004 by militants who followed Omar Bello out of "
         "the Gao Union (GU).",
         {("pp", "split", "gu", "2004")}),
        # "it" after the colon is the Lake Guard; "out of it" could be either: nothing more
        ("The Lake Guard (LG) traces its origin to the Tonka Front (TF): it was set up by "
         "fighters who followed Ali Musa out of it in 2012.",
         {("lg", "split", "tf", "2012")}),
        ("The Dire Youth (DY) traces its ideas to the group.", set()),
    ],
    # a merger whose other parties are counted, not named
    "merger-with-unnamed-peers": [
        ("In 1994 the Gao Workers' Party (GWP) united with a dozen smaller armed organisations "
         "to form the group.",
         {("sf", "merger", "gwp", "1994")}),
        ("The Kidal Union (KU) merged with several other militias in 2003 to create the Adrar "
         "Army (AA).",
         {("aa", "merger", "ku", "2003")}),
        ("In 2008 the Tonka Committee (TC) joined with two smaller guerrilla bands to form the "
         "River Front (RF).",
         {("rf", "merger", "tc", "2008")}),
        ("The Lake Council (LC) fused with a handful of village committees in 2011 to form the "
         "Lake Union (LU).",
         {("lu", "merger", "lc", "2011")}),
        ("The Gossi Band (GB) fought alongside several other militias in 2012.", set()),
    ],
    # what was left of an organisation is that organisation in a merger; its dissidents
    # are people, no party
    "remnant-as-a-party": [
        ("The Gao Union (GU) was itself the fusion of the Kidal Party (KP) with survivors of "
         "the Desert Band (DB).",
         {("gu", "merger", "db", None), ("gu", "merger", "kp", None)}),
        ("In 2009 the Tonka Guard (TG) merged with the remnants of the Lake Union (LU) to "
         "form the River Army (RA).",
         {("ra", "merger", "lu", "2009"), ("ra", "merger", "tg", "2009")}),
        ("The Niono Front (NF) was formed in 2012 by the union of the Segou Band (SB) and the "
         "rump of the Bani Circle (BC).",
         {("nf", "merger", "bc", "2012"), ("nf", "merger", "sb", "2012")}),
        ("In 2011 the Gossi Band (GOB) merged with dissidents of the Bamba Party (BP) to form "
         "the Gourma Army (GA).", set()),
    ],
    # an organisation's end, then what its people made: a split from it, as "the remnants of
    # X formed Y" is read; the date of the end is not the new one's
    "after-it-ended-its-people-formed": [
        ("After the Niger Union (NU) dissolved in 1995, its members formed the group.",
         {("sf", "split", "nu", None)}),
        ("After the Gao Union (GU) disbanded in 2001, many of its fighters founded the Kidal "
         "Hawks (KH) in 2003.",
         {("kh", "split", "gu", "2003")}),
        ("When the Tonka Front (TF) collapsed, its commanders set up the Lake Guard (LG).",
         {("lg", "split", "tf", None)}),
        ("After the Dire Band (DB) dissolved in 1999, its members went home.", set()),
        ("After the Gossi Circle (GC) collapsed in 2000, its leaders joined the Bamba Union "
         "(BU).", set()),
    ],
    # a split told as a noun: "the split of Y from X"
    "split-told-as-a-noun": [
        ("The split of the Desert Call (DC) from the group in 2004 weakened it.",
         {("dc", "split", "sf", "2004")}),
        ("The secession of the Kidal Hawks (KH) from the Gao Union (GU) in May 2006 began the "
         "war.",
         {("kh", "split", "gu", "2006-05")}),
        ("The defection of the Tonka Youth (TY) from the Lake Front (LF) in 1998 ended the "
         "truce.",
         {("ty", "split", "lf", "1998")}),
        ("The group never recovered from the departure of the Lake Guard (LG) from its ranks.",
         set()),
        ("The split of the vote between the Tonka Front (TF) and the group cost it the "
         "election.", set()),
    ],
    # a former name in an aside, the verb of naming left out; the main clause's date is its
    # own, not the rename's
    "former-name-in-an-aside": [
        ("The Kidal Hawks (KH), formerly the Adrar Watch (AW), raided Gao.",
         {("kh", "rename", "aw", None)}),
        ("The Lake Guard (LG), previously the Tonka Youth (TY), took Gossi in 2011.",
         {("lg", "rename", "ty", None)}),
        ("The Gossi Band (GOB), once the Bamba Youth (BY), raided Gao in 2012.",
         {("gob", "rename", "by", None)}),
        ("The Kidal Hawks (KH), formerly an ally of the group, raided Gao.", set()),
    ],
    # a name built of two names, its acronym of two joined by a hyphen: one organisation,
    # found again by that acronym, never by its first half
    "hyphen-joined-acronym": [
        ("In 1994 the Sahel Workers' Party–Union of the Poor (SWP-UP) united with a dozen "
         "smaller armed organisations to form the group. SWP-UP was itself the fusion of the "
         "Sahel Workers' Party (SWP) with survivors of the Union of the Poor (UP).",
         {("sf", "merger", "swp-up", "1994"), ("swp-up", "merger", "swp", None),
          ("swp-up", "merger", "up", None)}),
        ("The Kidal Revolutionary Army–Tuareg Front (KRA-TF) broke away from the group in "
         "2001. In 2005 KRA-TF merged with the Gao Band (GB) to form the Adrar Union (ADU).",
         {("kra-tf", "split", "sf", "2001"), ("adu", "merger", "kra-tf", "2005"),
          ("adu", "merger", "gb", "2005")}),
        ("The Niger Youth–Red Dawn (NY-RD) was absorbed into the group in 2003.",
         {("sf", "absorption", "ny-rd", "2003")}),
    ],
}


def _profile(history: str, alternative_names: str = "Front du Sahel") -> str:
    return (
        "Terrorism Profiles\n\nSahel Front (SF)\n\nAlternative Names:\n\n"
        f"{alternative_names}\n\nThe Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


CASES = shape_cases(LOOKING_BACK)


@pytest.mark.parametrize(("shape", "history", "expected"), CASES)
def test_each_sentence_states_exactly_its_facts(tmp_path: Path, shape, history, expected):
    facts, review = read(tmp_path, history)
    assert facts == expected, review


def test_every_shape_has_three_wordings_and_one_that_states_nothing():
    for shape, sentences in LOOKING_BACK.items():
        assert sum(1 for _, facts in sentences if facts) >= 3, shape
        assert any(not facts for _, facts in sentences) or shape == "hyphen-joined-acronym", shape


def test_a_former_name_is_never_read_as_the_new_name(tmp_path: Path):
    """"Before then it called itself X" and "until 2004 … called itself X" once made X the
    group's *successor*; X is what it was called before."""
    facts, _ = read(tmp_path, "The group took its present name in 2008. Before that, it was "
                              "known as the Kidal Brigade (KB). Until 2001 it called itself "
                              "the Adrar Watch (AW).")
    assert ("sf", "rename", "kb", "2008") in facts
    assert not any(result in ("kb", "aw") and prior == "sf" for result, _, prior, _ in facts)


# --- a word dropped from the name -----------------------------------------------------------

DROPPED_WORD = [
    ("In March 1980 a radical faction led by Ali Musa was split from the Niger Union (NU); the "
     "new organisation was called the Popular Sahel Front. The word \"Popular\" was dropped "
     "from the name in 1984.",
     {("Popular Sahel Front", "split", "nu", "1980-03"),
      ("sf", "rename", "Popular Sahel Front", "1984")}),
    ("The Revolutionary Sahel Front (RSF) broke away from the Gao Union (GU) in 1990. In 1995 "
     "the group dropped ‘Revolutionary’ from its name.",
     {("rsf", "split", "gu", "1990"), ("sf", "rename", "rsf", "1995")}),
    ("In 1977 the Islamic Sahel Front (ISF) split from the Kidal Party (KP). The prefix "
     "“Islamic” was removed from its name in 1982.",
     {("isf", "split", "kp", "1977"), ("sf", "rename", "isf", "1982")}),
    # no organisation the graph knows bears the name with the word: nothing, said in review
    ("The word \"Armed\" was dropped from the name in 1999.", set()),
]


@pytest.mark.parametrize(("history", "expected"), DROPPED_WORD)
def test_a_word_dropped_from_the_name_renames_the_organisation_that_bore_it(
        tmp_path: Path, history, expected):
    result = ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=Dataset())
    assert lineage_facts(result.dataset) == expected, review_text(result)


def test_a_dropped_word_no_organisation_bears_is_named_in_the_review(tmp_path: Path):
    result = ingest_profile(tmp_path / "sf.txt", existing=Dataset(), text=_profile(
        "The word \"Armed\" was dropped from the name in 1999."))
    assert "no organisation the graph knows bears the name with that word" in review_text(result)


# --- typing and attacks that follow from the lineage ----------------------------------------

def test_a_party_merged_with_armed_peers_is_an_armed_group(tmp_path: Path):
    """"the Gao Workers' Union united with a dozen smaller armed organisations": a "Union"
    reads like a civic body, but its peers say it is armed."""
    result = ingest_profile(tmp_path / "sf.txt", existing=Dataset(), text=_profile(
        "In 1994 the Gao Workers' Union (GWU) united with a dozen smaller armed organisations "
        "to form the group. In 2001 the Kidal Union (KU) merged with several village "
        "committees to form the Kidal Front (KF)."))
    types = {str(s).rsplit("/", 1)[-1]: set(result.dataset.objects(s, RDF.type))
             for s in result.dataset.subjects(RDF.type, None) if isinstance(s, URIRef)}
    assert KG.ArmedGroup in types["gwu"]
    assert KG.ArmedGroup not in types["kidal-union"]


def test_attacks_claimed_under_a_former_name_are_the_groups(tmp_path: Path):
    """A rename keeps the organisation: an attack its history's former name claimed is the
    group's, while the former name stays a node of the lineage."""
    text = _profile(
        "The group has used the name Sahel Front only since 2006. Before then it called "
        "itself the Desert Call (DC).",
    ).replace("June 2010: The group attacked a barracks. (3 killed)",
              "June 2004: Gunmen attacked a barracks in Gao. The Desert Call claimed "
              "responsibility. (3 killed)")
    result = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset())
    group = set(result.dataset.subjects(SKOS.prefLabel, Literal("Sahel Front", lang="en")))
    former = set(result.dataset.subjects(SKOS.prefLabel, Literal("Desert Call", lang="en")))
    assert len(group) == 1 and len(former) == 1, review_text(result)
    assert set(result.dataset.objects(None, KG.renamedFrom)) == former
    assert set(result.dataset.objects(None, KG.attributedTo)) == group, review_text(result)
