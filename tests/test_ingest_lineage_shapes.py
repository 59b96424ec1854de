"""Lineage read by the SHAPE of a sentence, not by the words of one profile.

Every shape of issue #12 in at least four wordings written for this bank (none copied from a
profile), each asserting the exact lineage facts: (resulting organisation, kind, prior
organisation, EDTF date), kind one of split|merger|absorption|rename|pledge, or NO fact at all
for the distractors. The profile's group is the Sahel Front (SF); organisations are named by
their acronym where the sentence gives one, else by their preferred name.

Decisions the bank pins down (see the module docstring of kg.ingest.lineage):
- "grew out of X", "has its roots in X", "traces its origins to X" with X a named organisation
  is a split from X, unless the same sentence tells a rename; a common noun ("a study circle")
  is no lineage.
- absorption needs an organisation taken in as a body ("absorbed X", "X was integrated / folded
  / incorporated into the group", "fighters of X were integrated into / joined the group", as
  the corpus keys read it); individuals who "defected to" or "switched to" the group are
  recruits, not an absorption: no fact, and the review says so.
- an allegiance alone is an affiliation, not lineage; `pledge` is a pledge that came with a
  new name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Dataset
from rdflib.namespace import DCTERMS

from kg.ingest import ingest_profile
from kg.ingest.lineage import LINEAGE_KIND
from kg.namespaces import KG

Fact = tuple[str, str, str, "str | None"]
_KIND = {
    KG.splitFrom: "split",
    KG.formedByMergerOf: "merger",
    KG.absorbed: "absorption",
    KG.renamedFrom: "rename",
}


def _profile(history: str) -> str:
    return (
        "Terrorism Profiles\n\nSahel Front (SF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


def read(tmp_path: Path, history: str) -> tuple[set[Fact], str]:
    """The lineage facts the history states, and the review text."""
    result = ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=Dataset())
    return lineage_facts(result.dataset), review_text(result)


def lineage_facts(graph) -> set[Fact]:
    """(result, kind, prior, EDTF) for every direct lineage edge, dated by its event."""

    def name(node) -> str:
        acronyms = sorted(str(a) for a in graph.objects(node, KG.acronym))
        if acronyms:
            return acronyms[0].lower()
        labels = sorted(str(a) for a in graph.objects(node, SKOS.prefLabel))
        return labels[0] if labels else str(node).rsplit("/", 1)[-1]

    events: dict[tuple, tuple[str | None, bool]] = {}
    for cls in (KG.LineageEvent, KG.Split, KG.Merger, KG.Rename):
        for event in graph.subjects(RDF.type, cls):
            pledge = (event, DCTERMS.type, LINEAGE_KIND.pledge) in graph
            date = next(graph.objects(event, KG.edtf), None)
            for resulting in graph.objects(event, KG.resultingOrganisation):
                for prior in graph.objects(event, KG.priorOrganisation):
                    events[(resulting, prior)] = (str(date) if date else None, pledge)
    found: set[Fact] = set()
    for edge, kind in _KIND.items():
        for s, o in graph.subject_objects(edge):
            date, pledge = events.get((s, o), (None, False))
            found.add((name(s), "pledge" if pledge else kind, name(o), date))
    return found


def review_text(result) -> str:
    """Every problem, extracted note and unused candidate of the ingest, one per line."""
    lines = [str(p) for p in result.problems]
    for section in result.sections:
        lines += section.extracted
        lines += [f"line {n}: {reason}: {text}" for n, text, _, reason in section.unused]
    return "\n".join(lines)


def facts(tmp_path: Path, history: str) -> set[Fact]:
    return read(tmp_path, history)[0]


# --- this group came from X -----------------------------------------------------------------

CAME_FROM = [
    "The group emerged in 1998 as an offshoot of the Popular Liberation Front (PLF).",
    "The SF grew out of the Popular Liberation Front (PLF) in 1998.",
    "In 1998 the group grew out of the Popular Liberation Front (PLF), whose leaders it "
    "accused of corruption.",
    "It was formed in 1998 by former members of the Popular Liberation Front (PLF).",
    "The SF was created in 1998 by ex-members of the Popular Liberation Front (PLF).",
    "The SF began in 1998 as a breakaway faction of the Popular Liberation Front (PLF).",
    "Founded in 1998 as a breakaway faction of the Popular Liberation Front (PLF), the SF "
    "soon outgrew it.",
    "The group was founded in 1998 by dissidents who left the Popular Liberation Front (PLF).",
    "It was established in 1998 by militants who had quit the Popular Liberation Front (PLF).",
    "The SF traces its origins to the Popular Liberation Front (PLF), which it left in 1998.",
    "The group has its roots in the Popular Liberation Front (PLF), from which it broke away "
    "in 1998.",
    "In 1998 the group split from the Popular Liberation Front (PLF).",
    "The SF broke away from the Popular Liberation Front (PLF) in 1998.",
    "The group started in 1998 as a splinter group of the Popular Liberation Front (PLF).",
    "The SF was founded in 1998 by members of the Popular Liberation Front (PLF).",
    "In 1998 the group emerged from the radical branch of the Popular Liberation Front (PLF).",
    "The group emerged in 1998 from the Malian branch of the Popular Liberation Front (PLF).",
]


@pytest.mark.parametrize("history", CAME_FROM)
def test_this_group_came_from_x_is_a_split_from_x_dated(tmp_path, history):
    assert facts(tmp_path, history) == {("sf", "split", "plf", "1998")}


# --- Y split off from this group ------------------------------------------------------------

SPLIT_OFF = [
    "The Desert Falcons (DF) split from the group in 2012.",
    "In 2012 the Desert Falcons (DF) split from the SF.",
    "In 2012 a splinter group, the Desert Falcons (DF), formed in the north.",
    "A splinter group, the Desert Falcons (DF), was formed in 2012 by commanders who rejected "
    "the truce.",
    "In 2012 dissidents left to form the Desert Falcons (DF).",
    "In 2012 some commanders left the group to form the Desert Falcons (DF).",
    "The Desert Falcons (DF) broke with the leadership in 2012.",
    "In 2012 the Desert Falcons (DF) broke away from the group.",
    "The group later split, and in 2012 the Desert Falcons (DF) broke away.",
    "In 2012 a breakaway faction, the Desert Falcons (DF), announced its existence.",
]


@pytest.mark.parametrize("history", SPLIT_OFF)
def test_a_group_that_split_off_is_a_split_from_this_group(tmp_path, history):
    assert facts(tmp_path, history) == {("df", "split", "sf", "2012")}


# --- mergers ---------------------------------------------------------------------------------

MERGERS = [
    ("In 2013 the group merged with the Desert Falcons (DF) to create the Sahel Union (SU).",
     {"sf", "df"}),
    ("In 2013 the SF merged with the Desert Falcons (DF) to form the Sahel Union (SU).",
     {"sf", "df"}),
    ("In 2013 the SF joined forces with the Desert Falcons (DF) and the Niger Brigade (NB) to "
     "form the Sahel Union (SU).", {"sf", "df", "nb"}),
    ("In 2013 the group joined with the Desert Falcons (DF) to form the Sahel Union (SU).",
     {"sf", "df"}),
    ("The Sahel Union (SU) was born in 2013 from the union of the SF and the Desert Falcons "
     "(DF).", {"sf", "df"}),
    ("In 2013 the Sahel Union (SU) was created through the merger of the SF and the Desert "
     "Falcons (DF).", {"sf", "df"}),
]


@pytest.mark.parametrize(("history", "priors"), MERGERS)
def test_a_merger_makes_every_party_a_prior_of_the_new_group(tmp_path, history, priors):
    assert facts(tmp_path, history) == {("su", "merger", p, "2013") for p in priors}


MERGED_INTO_THIS = [
    "The group was created in 2013 through the merger of the Desert Falcons (DF) and the "
    "Niger Brigade (NB).",
    "The SF was formed in 2013 when the Desert Falcons (DF) and the Niger Brigade (NB) merged.",
    "In 2013 the Desert Falcons (DF) and the Niger Brigade (NB) merged to form the SF.",
    "In 2013 the Desert Falcons (DF) joined forces with the Niger Brigade (NB) to form the "
    "group.",
]


@pytest.mark.parametrize("history", MERGED_INTO_THIS)
def test_this_group_formed_by_a_merger_has_both_parties_as_priors(tmp_path, history):
    assert facts(tmp_path, history) == {
        ("sf", "merger", "df", "2013"),
        ("sf", "merger", "nb", "2013"),
    }


LISTED_WITH_ORGANISATIONS = [
    "The group was formed in March 2013 by the merger of Al-Mulathamun, the Niger Brigade and "
    "the Desert Falcons.",
    "In March 2013 Al-Mulathamun, the Niger Brigade and the Desert Falcons merged to form the "
    "group.",
    "The SF was created in March 2013 through the union of the Niger Brigade, Al-Mulathamun and "
    "the Desert Falcons.",
]


@pytest.mark.parametrize("history", LISTED_WITH_ORGANISATIONS)
def test_an_unknown_one_word_name_listed_among_organisations_is_one(tmp_path, history):
    """A one-word name the graph does not know is refused where a person could stand, but in a
    list whose other items are organisations it is one of them."""
    assert ("sf", "merger", "Al-Mulathamun", "2013-03") in facts(tmp_path, history)


# --- absorption ------------------------------------------------------------------------------

ABSORBED = [
    "In 2014 the group absorbed the Desert Falcons (DF).",
    "The SF absorbed the Desert Falcons (DF) in 2014.",
    "In 2014 the Desert Falcons (DF) was integrated into the group.",
    "The Desert Falcons (DF) were folded into the SF in 2014.",
    "In 2014 the Desert Falcons (DF) was absorbed by the group.",
    "Fighters of the Desert Falcons (DF) were integrated into the group in 2014.",
    "In 2014 the Desert Falcons (DF) dissolved into the group.",
]


@pytest.mark.parametrize("history", ABSORBED)
def test_an_organisation_taken_in_as_a_body_is_an_absorption(tmp_path, history):
    assert facts(tmp_path, history) == {("sf", "absorption", "df", "2014")}


JOINED = [
    "In 2014, fighters of the Desert Falcons (DF) joined the group en masse.",
    "Many members of the Desert Falcons (DF) joined the SF in 2014.",
    "In 2014 the Desert Falcons (DF) fighters joined the group.",
    "After the Desert Falcons (DF) were routed in 2014, many fighters of the DF joined the group.",
]


@pytest.mark.parametrize("history", JOINED)
def test_an_organisations_fighters_joining_as_a_body_is_an_absorption(tmp_path, history):
    """As the corpus keys read it (Islamic Amal's fighters into Hezbollah, the Holy Spirit
    Movement's into the LRA)."""
    assert facts(tmp_path, history) == {("sf", "absorption", "df", "2014")}


RECRUITS = [
    "In 2014 hundreds of DF militants defected to the group.",
    "In 2014 fighters of the Desert Falcons (DF) defected to the group.",
    "Several commanders of the Desert Falcons (DF) switched to the SF in 2014.",
    "In 2014 members of the DF went over to the group.",
]


@pytest.mark.parametrize("history", RECRUITS)
def test_fighters_who_defected_are_recruits_not_an_absorption(tmp_path, history):
    history = "The Desert Falcons (DF) operate in Gao. " + history
    found, review = read(tmp_path, history)
    assert found == set()
    assert "recruits" in review


# --- shapes met in profiles of other styles (own wordings) -----------------------------------

OTHER_STYLES = [
    ("In 2018 loyalists who had left the group founded the Sahel Guardians (SG).",
     {("sg", "split", "sf", "2018")}),
    ("In 1980 the Gao column, calling itself the Sahel Guardians (SG), broke away from the "
     "leadership.", {("sg", "split", "sf", "1980")}),
    ("In 1981 Ali Musa led the Gao cadres out to form the Sahel Guardians (SG).",
     {("sg", "split", "sf", "1981")}),
    ("In 1984 the remaining militants divided: the majority continued as the Sahel Guardians "
     "(SG), while a minority left to found the Niger Union (NU).",
     {("sg", "rename", "sf", "1984"), ("nu", "split", "sf", "1984")}),
    ("The group grew out of the Gao Circle (GC), a club of students formed in 1969, which "
     "renamed itself Sahel Proletaria (SP) in 1970 and took the name Sahel Front later that "
     "year.", {("sp", "rename", "gc", "1970"), ("sf", "rename", "sp", "1970")}),
    ("The group grew out of the Gao Circle (GC), a club of students formed in 1969, which "
     "renamed itself Sahel Proletaria in 1970 and took the name Sahel Front later that year.",
     {("Sahel Proletaria", "rename", "gc", "1970"), ("sf", "rename", "Sahel Proletaria", "1970")}),
    ("In 1988 a faction of the Niger Brigade (NB) under Ali Musa was absorbed into the group.",
     {("sf", "absorption", "nb", "1988")}),
    ("In 2013 Omar Haddad refused, broke away from the Popular Front (PF) and pledged "
     "allegiance to the Caliphate Movement (CM).", {("sf", "split", "pf", "2013")}),
    ("In 2013 Haddad broke away from the Popular Front (PF) and founded the Sahel Guardians "
     "(SG).", {("sg", "split", "pf", "2013")}),
    ("After the Niger Brigade (NB) was routed in 1987, many of its fighters joined Haddad.",
     {("sf", "absorption", "nb", None)}),
    ("Haddad’s band first called itself the Sahel Army (SA) and then the Sahel Holy Army "
     "(SHA), before taking the name Sahel Front in the early 1990s.",
     {("sha", "rename", "sa", None), ("sf", "rename", "sha", None)}),
    ("In 2013 Ali Musa, a rival warlord, broke away from the Popular Front (PF).", set()),
    ("The Ansar Gao (AG) is a rival. In 2013 the SF joined with Jabhat Ansar Gao and Liwa "
     "al-Haqq to form the Sahel Union (SU).",
     {("su", "merger", "sf", "2013"), ("su", "merger", "Jabhat Ansar Gao", "2013"),
      ("su", "merger", "Liwa al-Haqq", "2013")}),
]


@pytest.mark.parametrize(("history", "expected"), OTHER_STYLES)
def test_shapes_of_other_writing_styles(tmp_path, history, expected):
    assert facts(tmp_path, history) == expected


# --- renames ---------------------------------------------------------------------------------

RENAMED_TO = [
    "In 2016 the group renamed itself the Sahel Resistance (SR).",
    "The SF changed its name to the Sahel Resistance (SR) in 2016.",
    "In 2016 it rebranded as the Sahel Resistance (SR).",
    "The group became known as the Sahel Resistance (SR) in 2016.",
    "In 2016 the SF took the name Sahel Resistance (SR).",
    "In 2016 the SF was renamed the Sahel Resistance (SR).",
]


@pytest.mark.parametrize("history", RENAMED_TO)
def test_a_rename_makes_the_new_name_a_successor(tmp_path, history):
    assert facts(tmp_path, history) == {("sr", "rename", "sf", "2016")}


CHAINS = [
    ("In 2016 the group renamed itself the Sahel Resistance (SR), which in 2018 became the "
     "Sahel Emirate (SE).", {("sr", "rename", "sf", "2016"), ("se", "rename", "sr", "2018")}),
    ("The SF became the Sahel Resistance (SR) in 2016.", {("sr", "rename", "sf", "2016")}),
    ("In 2016 the group declared itself the Sahel Resistance (SR).",
     {("sr", "rename", "sf", "2016")}),
    ("In 2016 the SF merged with smaller groups to form the Sahel Council (SC), which was "
     "renamed the Sahel Emirate (SE) in 2018.",
     {("sc", "merger", "sf", "2016"), ("se", "rename", "sc", "2018")}),
    ("In 2016 the group pledged allegiance to Abu Bakr al-Sahrawi and renamed itself the "
     "Sahel Emirate (SE).", {("se", "pledge", "sf", "2016")}),
]


@pytest.mark.parametrize(("history", "expected"), CHAINS)
def test_a_chain_of_names_is_read_step_by_step(tmp_path, history, expected):
    assert facts(tmp_path, history) == expected


RENAMED_FROM = [
    ("The group, formerly known as the Gao Youth Front (GYF), adopted its name in 2006.", "2006"),
    ("The SF was called the Gao Youth Front (GYF) until 2006.", "2006"),
    ("Until 2006 the group was known as the Gao Youth Front (GYF).", "2006"),
    ("The SF, previously called the Gao Youth Front (GYF), took its present name in 2006.",
     "2006"),
    ("Formerly the Gao Youth Front (GYF), the group adopted its present name in 2006.", "2006"),
]


@pytest.mark.parametrize(("history", "date"), RENAMED_FROM)
def test_a_former_name_is_a_renamed_predecessor(tmp_path, history, date):
    assert facts(tmp_path, history) == {("sf", "rename", "gyf", date)}


# --- pledges ---------------------------------------------------------------------------------

PLEDGES = [
    "In 2015 the group pledged allegiance to the Caliphate Movement (CM) and renamed itself "
    "the Caliphate Sahel Province (CSP).",
    "In 2015 the SF swore bay’ah to the Caliphate Movement (CM) and took the name Caliphate "
    "Sahel Province (CSP).",
    "In 2015 the group declared loyalty to the Caliphate Movement (CM) and took the name "
    "Caliphate Sahel Province (CSP).",
    "After pledging allegiance to the Caliphate Movement (CM) in 2015, the group renamed itself "
    "the Caliphate Sahel Province (CSP).",
    "In 2015 the SF pledged allegiance to the Caliphate Movement (CM), changing its name to "
    "the Caliphate Sahel Province (CSP).",
]


@pytest.mark.parametrize("history", PLEDGES)
def test_a_pledge_with_a_new_name_is_a_pledge(tmp_path, history):
    assert facts(tmp_path, history) == {("csp", "pledge", "sf", "2015")}


# --- distractors: NOT lineage ----------------------------------------------------------------

DISTRACTORS = [
    "In 2015 the group pledged allegiance to the Caliphate Movement (CM).",
    "The SF swore bay’ah to the Caliphate Movement (CM) in 2015.",
    "The group cooperates with the Desert Falcons (DF).",
    "The SF is allied to the Desert Falcons (DF) and the Niger Brigade (NB).",
    "Since 2012 the group has been allied with the Desert Falcons (DF).",
    "The group fought against the Desert Falcons (DF) in 2012.",
    "In 2012 the group crushed the Desert Falcons (DF).",
    "The group clashed repeatedly with the Desert Falcons (DF) after 2012.",
    "The Desert Falcons (DF) is the armed wing of the group.",
    "Its political wing, the Sahel Justice Party (SJP), was founded in 2012.",
    "The SF has an armed wing, the Desert Falcons (DF), set up in 2012.",
    "The group was inspired by the Egyptian Muslim Brotherhood.",
    "The group was inspired by the Popular Liberation Front (PLF) of the 1970s.",
    "In 2012 cadres of the group founded a sister party, the Sahel Socialist Party (SSP).",
    "The group was founded in 1998 by Omar Haddad.",
    "It was founded in 1989 by veterans of the Afghan war.",
    "The group grew out of a Salafi study circle in Gao.",
    "The group has its roots in the Palestinian diaspora.",
    "In 2012 the group split over the question of negotiations.",
    "The SF should not be confused with the Sahel Liberation Front (SLF), founded in 1990.",
    "The group became the largest armed movement in Mali in 2012.",
    "In 2012 the group became Al Qaida’s branch in the Sahel.",
    "The Sahel Socialist Party (SSP), a sister party, was founded in 2012 by members of the "
    "group.",
    "Its political wing, the Sahel Justice Party (SJP), was founded by former members of the "
    "group in 2012.",
    "The group was founded in 1998 as the armed wing of the Popular Liberation Front (PLF).",
    "In 2015 the group pledged allegiance to Abu Bakr al-Sahrawi.",
]


@pytest.mark.parametrize("history", DISTRACTORS)
def test_a_sentence_that_is_not_lineage_states_none(tmp_path, history):
    assert facts(tmp_path, history) == set()


OTHERS_SPLITS = [
    "The group is close to the Desert Falcons (DF), itself a breakaway from the Niger Brigade "
    "(NB) in 2010.",
    "The Desert Falcons (DF), which split from the Niger Brigade (NB) in 2010, is a rival.",
    "In 2010 the Desert Falcons (DF) split from the Niger Brigade (NB); the SF stayed apart.",
    "Its ally, the Desert Falcons (DF), grew out of the Niger Brigade (NB) in 2010.",
]


@pytest.mark.parametrize("history", OTHERS_SPLITS)
def test_another_groups_own_split_is_never_this_groups_lineage(tmp_path, history):
    assert not any("sf" in (f[0], f[2]) for f in facts(tmp_path, history))


# --- every lineage-like sentence not used is in the review, with a reason ---------------------

UNUSED = [
    "In 2012 the group split over the question of negotiations.",
    "The group has its roots in the Palestinian diaspora.",
    "In 2014 fighters of the Desert Falcons (DF) defected to the group.",
]


@pytest.mark.parametrize("history", UNUSED)
def test_a_lineage_like_sentence_left_unused_is_named_in_the_review(tmp_path, history):
    found, review = read(tmp_path, history)
    assert found == set()
    assert "lineage" in review.lower()


# --- round three: shapes that failed on text nobody tuned on (dev-2), in own wordings ---------
# Each entry is one wording; the comment above a group names the shape. Facts are exact: a
# relative clause inside a list tells its own step, a part of an organisation ("the NB’s
# southern wing") is no party to a merger, and a date inside an inserted clause is not the
# date of the main clause.

ROUND_THREE = [
    # a merger whose parties carry relative clauses and appositives of their own
    ("In 2011 the group was born of a merger between the Popular Front (PF), which had broken "
     "away from the Niger Brigade (NB) in 2009, and the Desert Falcons (DF).",
     {("sf", "merger", "pf", "2011"), ("sf", "merger", "df", "2011"),
      ("pf", "split", "nb", "2009")}),
    ("The group was created in 2011 through the fusion of the Popular Front (PF), a Tuareg "
     "militia founded in 2005, and Ali Musa’s Desert Falcons (DF).",
     {("sf", "merger", "pf", "2011"), ("sf", "merger", "df", "2011")}),
    ("The SF was formed in 2011 from the merger of the Popular Front (PF) (the Blue Men) and "
     "the Desert Falcons (DF), set up the year before by Ali Musa.",
     {("sf", "merger", "pf", "2011"), ("sf", "merger", "df", "2011")}),
    ("In 2011 the SF arose from a merger of the Desert Falcons (DF), which Ali Musa led, and "
     "the Popular Front (PF).",
     {("sf", "merger", "pf", "2011"), ("sf", "merger", "df", "2011")}),
    # an organisation formed when a person or a body left another: a split from it
    ("The Desert Falcons (DF), formed in May 2010 when Ali Musa left the Niger Brigade (NB), "
     "fight in the north.", {("df", "split", "nb", "2010-05")}),
    ("It was created in 1998, when its founders quit the Popular Liberation Front (PLF).",
     {("sf", "split", "plf", "1998")}),
    ("The SF was founded in 1998 when Omar Haddad broke with the Popular Liberation Front "
     "(PLF).", {("sf", "split", "plf", "1998")}),
    ("The Sahel Guardians (SG) were set up in 2018 when dissidents walked out of the group.",
     {("sg", "split", "sf", "2018")}),
    # born of a split in X
    ("The SF was born of a split in the Popular Liberation Front (PLF) in 1998.",
     {("sf", "split", "plf", "1998")}),
    ("The group emerged from a split within the Popular Liberation Front (PLF) in 1998.",
     {("sf", "split", "plf", "1998")}),
    ("In 1998 a split in the Popular Liberation Front (PLF) gave birth to the group.",
     {("sf", "split", "plf", "1998")}),
    ("The group is the product of a 1998 schism within the Popular Liberation Front (PLF).",
     {("sf", "split", "plf", "1998")}),
    # rejoined X (and was absorbed into it): X absorbed it
    ("In 2015 the Desert Falcons (DF) rejoined the group.", {("sf", "absorption", "df", "2015")}),
    ("In 2015 the group rejoined the Niger Brigade (NB) and was absorbed into it as a "
     "battalion.", {("nb", "absorption", "sf", "2015")}),
    ("The Desert Falcons (DF) and the Gao Column (GC) rejoined the SF in 2020 and were "
     "absorbed into it.",
     {("sf", "absorption", "df", "2020"), ("sf", "absorption", "gc", "2020")}),
    ("After years apart, the Desert Falcons (DF) returned to the fold of the group in 2016.",
     {("sf", "absorption", "df", "2016")}),
    # was folded into X
    ("In 2015 the SF was folded into the Niger Brigade (NB).",
     {("nb", "absorption", "sf", "2015")}),
    ("In 2015 the group was folded back into the Niger Brigade (NB).",
     {("nb", "absorption", "sf", "2015")}),
    ("The SF was merged into the Niger Brigade (NB) in 2015.",
     {("nb", "absorption", "sf", "2015")}),
    ("In 2015 the group was reabsorbed by the Niger Brigade (NB).",
     {("nb", "absorption", "sf", "2015")}),
    # a merger whose list holds a part of an organisation: the part is no party
    ("In 2017 the group merged with the Desert Falcons (DF) and the Niger Brigade’s southern "
     "wing to form the Sahel Union (SU).",
     {("su", "merger", "sf", "2017"), ("su", "merger", "df", "2017")}),
    ("On 2 March 2017 it merged with the Desert Falcons (DF), the Gao Column (GC) and the NB’s "
     "Sahara emirate to form the Sahel Union (SU).",
     {("su", "merger", "sf", "2017-03-02"), ("su", "merger", "df", "2017-03-02"),
      ("su", "merger", "gc", "2017-03-02")}),
    ("In 2017 the SF, the Desert Falcons (DF) and the Niger Brigade’s Timbuktu battalion merged "
     "to form the Sahel Union (SU).",
     {("su", "merger", "sf", "2017"), ("su", "merger", "df", "2017")}),
    ("In 2017 the SF joined with the Desert Falcons (DF) and the Niger Brigade’s Sahara "
     "emirate, forming the Sahel Union (SU).",
     {("su", "merger", "sf", "2017"), ("su", "merger", "df", "2017")}),
    # formed when people joined with (the remnants of) an organisation
    ("The SF was formed in 1995, when Tuareg militants under Omar Haddad joined with the "
     "remnants of the Popular Front (PF) to form a single force.",
     {("sf", "merger", "pf", "1995")}),
    ("The group was founded in 1995 when Haddad’s followers merged with the Popular Front (PF).",
     {("sf", "merger", "pf", "1995")}),
    ("It was created in 1995, when the Desert Falcons (DF) united with the Popular Front (PF).",
     {("sf", "merger", "pf", "1995"), ("sf", "merger", "df", "1995")}),
    ("The SF was established in 1995 when Islamist students and the remnants of the Popular "
     "Front (PF) came together.", {("sf", "merger", "pf", "1995")}),
    # founded as factions united, naming some of them
    ("Founded June 2007: nine armed factions of the north united under Omar Haddad, among them "
     "the Desert Falcons (DF).", {("sf", "merger", "df", "2007-06")}),
    ("The SF was formed in 2007 when several militias merged, including the Desert Falcons (DF) "
     "and the Gao Column (GC).",
     {("sf", "merger", "df", "2007"), ("sf", "merger", "gc", "2007")}),
    ("It was established in 2007, as a dozen local groups came together under Haddad, notably "
     "the Desert Falcons (DF).", {("sf", "merger", "df", "2007")}),
    ("Formed in 2007: militias of the region merged under Haddad, among them the Gao wing of "
     "the Desert Falcons (DF).", {("sf", "merger", "df", "2007")}),
    # a breakaway faction that named itself
    ("From 2005 Ali Musa led a breakaway faction of the group that called itself the Desert "
     "Falcons (DF).", {("df", "split", "sf", "2005")}),
    ("In 2005 a dissident wing of the SF, which rejected the truce, took the name Desert Falcons "
     "(DF).", {("df", "split", "sf", "2005")}),
    ("In 2005 a splinter faction of the Niger Brigade (NB) that opposed the truce named itself "
     "the Desert Falcons (DF).", {("df", "split", "nb", "2005")}),
    ("In 2005 a faction that broke away from the group styled itself the Desert Falcons (DF).",
     {("df", "split", "sf", "2005")}),
    # a faction that went on under a name of its own
    ("Ali Musa’s faction, after its break with Haddad in May 2015, went on as the Desert "
     "Falcons (DF).", {("df", "split", "sf", "2015-05")}),
    ("After breaking with the leadership in 2015, the Gao faction carried on as the Desert "
     "Falcons (DF).", {("df", "split", "sf", "2015")}),
    ("In 2015 the northern faction split off and continued as the Desert Falcons (DF).",
     {("df", "split", "sf", "2015")}),
    ("The dissidents, after leaving the group in 2015, regrouped as the Desert Falcons (DF).",
     {("df", "split", "sf", "2015")}),
    # founders who broke away from X when they founded the group
    ("Haddad and Musa broke away from the Popular Liberation Front (PLF) when they founded the "
     "SF in 1998.", {("sf", "split", "plf", "1998")}),
    ("In 1998 Haddad left the Popular Liberation Front (PLF) and founded the group.",
     {("sf", "split", "plf", "1998")}),
    ("Haddad broke with the Popular Liberation Front (PLF) in 1998 to set up the SF.",
     {("sf", "split", "plf", "1998")}),
    ("In 1998 its founders quit the Popular Liberation Front (PLF) and launched the group.",
     {("sf", "split", "plf", "1998")}),
    # traced to X, which (or it) later took the group's name: a rename, not a split
    ("The group is usually traced to the Gao Circle (GC), a students’ network founded in 1992; "
     "it renamed itself the Sahel Front in 2011.", {("sf", "rename", "gc", "2011")}),
    ("The Gao Circle (GC) was set up in 1992; in 2011 it renamed itself the Sahel Front.",
     {("sf", "rename", "gc", "2011")}),
    ("Its origins lie in the Gao Circle (GC), which took the name Sahel Front in 2011.",
     {("sf", "rename", "gc", "2011")}),
    ("The movement grew out of the Gao Circle (GC), a network of study circles; by most "
     "accounts it renamed itself the SF in 2011.", {("sf", "rename", "gc", "2011")}),
    # roots lie in X
    ("The SF’s roots lie in the Popular Liberation Front (PLF), from which it broke away in "
     "1998.", {("sf", "split", "plf", "1998")}),
    ("The group’s roots lie in the Popular Liberation Front (PLF); it split from the PLF in "
     "1998.", {("sf", "split", "plf", "1998")}),
    # the group later became / was reconstituted as / gave way to: a rename
    ("In 2019 the group later became the Sahel Union (SU).", {("su", "rename", "sf", "2019")}),
    ("In 2019 the SF was reconstituted as the Sahel Union (SU).",
     {("su", "rename", "sf", "2019")}),
    ("In 2019 the SF gave way to the Sahel Union (SU).", {("su", "rename", "sf", "2019")}),
    ("The group was reorganised as the Sahel Union (SU) in 2019.",
     {("su", "rename", "sf", "2019")}),
    # its remnants formed X: a split (a part lives on under a new name)
    ("After Haddad’s death in 2019 its remnants formed the Sahel Union (SU).",
     {("su", "split", "sf", None)}),
    ("In 2019 the remnants of the group regrouped as the Sahel Union (SU).",
     {("su", "split", "sf", "2019")}),
    ("In 2019 what remained of the SF founded the Sahel Union (SU).",
     {("su", "split", "sf", "2019")}),
    ("In 2019 survivors of the group set up the Sahel Union (SU).",
     {("su", "split", "sf", "2019")}),
]


@pytest.mark.parametrize(("history", "expected"), ROUND_THREE)
def test_round_three_shapes_state_exactly_their_facts(tmp_path, history, expected):
    assert facts(tmp_path, history) == expected


# Whole paragraphs: the order of steps, the same organisation on both sides, a descendant of a
# descendant, a wing, a pledge that made nothing new.
PARAGRAPHS = [
    # a merger born of two splits, absorbed back into the parent and merged again
    ("The group was born of a merger between the Popular Front (PF), which had broken away from "
     "the Niger Brigade (NB) in 2009, and the Desert Falcons (DF), formed in May 2010 when Ali "
     "Musa left the NB. In December 2014 the SF rejoined the NB and was absorbed into it. In "
     "2017 it merged with the Gao Column (GC) to form the Sahel Union (SU).",
     {("sf", "merger", "pf", None), ("sf", "merger", "df", None),
      ("pf", "split", "nb", "2009"), ("df", "split", "nb", "2010-05"),
      ("nb", "absorption", "sf", "2014-12"), ("su", "merger", "sf", "2017"),
      ("su", "merger", "gc", "2017")}),
    # a faction that split and rejoined; a descendant of a descendant
    ("In 2014 the Desert Falcons (DF) broke away from the group. In 2017 the Gao Column (GC) "
     "split from the Desert Falcons, not from the SF. In 2020 the DF and the GC rejoined the SF "
     "and were absorbed into it.",
     {("df", "split", "sf", "2014"), ("gc", "split", "df", "2017"),
      ("sf", "absorption", "df", "2020"), ("sf", "absorption", "gc", "2020")}),
    # an armed wing of a split party is not a split
    ("Dissidents left the group in 1986 and founded the Sahel Justice Party (SJP), whose armed "
     "wing, the Desert Falcons (DF), surfaced in 1994.", {("sjp", "split", "sf", "1986")}),
    ("In 1986 cadres who had left the SF founded the Sahel Justice Party (SJP); its armed wing, "
     "the Desert Falcons (DF), appeared in 1994.", {("sjp", "split", "sf", "1986")}),
    # a pledge that made no new organisation
    ("Haddad is reported to have pledged allegiance to the Caliphate Movement (CM) around 2016, "
     "and since 2019 the CM has claimed the group’s attacks under the name Sahel Province.",
     set()),
    ("In 2014 five commanders pledged allegiance to the Caliphate Movement (CM) and were "
     "expelled.", set()),
    ("In 2016 the group swore allegiance to the Caliphate Movement (CM), which now calls it its "
     "Sahel Province.", set()),
    ("The group pledged loyalty to the Caliphate Movement (CM) in 2016 but kept its name.", set()),
]


@pytest.mark.parametrize(("history", "expected"), PARAGRAPHS)
def test_round_three_paragraphs_state_exactly_their_facts(tmp_path, history, expected):
    assert facts(tmp_path, history) == expected


NAMES_IN_ROLES = [
    # one unknown word owning a name that says it is an organisation: the owner is a person
    ("In 2011 the group was born of a merger between the Popular Front (PF) and Musa’s Tuareg "
     "Battalion.",
     {("sf", "merger", "pf", "2011"), ("sf", "merger", "Tuareg Battalion", "2011")}),
    # an unknown name the sentence calls a movement is an organisation; people beside it are not
    ("Haddad and Musa broke away from Dar al-Salam, the movement that had fought since the "
     "1950s, when they founded the SF in 1998.", {("sf", "split", "Dar al-Salam", "1998")}),
    ("Kebir and Musa left Dar al-Salam, a Salafi network, and founded the group in 1998.",
     {("sf", "split", "Dar al-Salam", "1998")}),
    # a hedged date before the clause stays hedged
    ("From about 2005 Ali Musa led a breakaway faction of the group that called itself the "
     "Desert Falcons (DF).", {("df", "split", "sf", "2005~")}),
    ("Around 2005 a faction that split from the group took the name Desert Falcons (DF).",
     {("df", "split", "sf", "2005~")}),
]


@pytest.mark.parametrize(("history", "expected"), NAMES_IN_ROLES)
def test_names_in_lineage_roles_are_read_as_what_they_are(tmp_path, history, expected):
    assert facts(tmp_path, history) == expected


@pytest.mark.parametrize("short", ["the Provisionals", "The Provisionals"])
def test_a_plural_of_the_groups_first_word_is_the_group_itself(tmp_path, short):
    """'The Provisionals' in the profile of the Provisional Sahel Front: the group, so its
    split from the Sahel Front is read; another group's short form is never guessed."""
    text = _profile(f"{short} were born of a split in the Sahel Front (SF) in 1969.").replace(
        "Sahel Front (SF)\n\nAlternative", "Provisional Sahel Front (PSF)\n\nAlternative", 1
    )
    result = ingest_profile(tmp_path / "psf.txt", text=text, existing=Dataset())
    graph = result.dataset
    splits = {(str(next(graph.objects(s, KG.acronym), "")), str(next(graph.objects(o, KG.acronym),
              next(graph.objects(o, SKOS.prefLabel), ""))))
              for s, o in graph.subject_objects(KG.splitFrom)}
    assert splits == {("PSF", "SF")}
