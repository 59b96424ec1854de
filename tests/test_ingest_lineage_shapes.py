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
    graph = result.dataset

    def name(node) -> str:
        acronyms = sorted(str(a) for a in graph.objects(node, KG.acronym))
        if acronyms:
            return acronyms[0].lower()
        labels = sorted(str(a) for a in graph.objects(node, SKOS.prefLabel))
        return labels[0] if labels else str(node).rsplit("/", 1)[-1]

    events: dict[tuple, tuple[str | None, bool]] = {}
    for event in graph.subjects(RDF.type, KG.LineageEvent):
        pledge = (event, DCTERMS.type, LINEAGE_KIND.pledge) in graph
        date = next(graph.objects(event, KG.edtf), None)
        for resulting in graph.objects(event, KG.resultingOrganisation):
            for prior in graph.objects(event, KG.priorOrganisation):
                events[(resulting, prior)] = (str(date) if date else None, pledge)
    for cls in (KG.Split, KG.Merger, KG.Rename):
        for event in graph.subjects(RDF.type, cls):
            pledge = (event, DCTERMS.type, LINEAGE_KIND.pledge) in graph
            date = next(graph.objects(event, KG.edtf), None)
            for resulting in graph.objects(event, KG.resultingOrganisation):
                for prior in graph.objects(event, KG.priorOrganisation):
                    events[(resulting, prior)] = (str(date) if date else None, pledge)
    facts: set[Fact] = set()
    for edge, kind in _KIND.items():
        for s, o in graph.subject_objects(edge):
            date, pledge = events.get((s, o), (None, False))
            facts.add((name(s), "pledge" if pledge else kind, name(o), date))
    return facts, review_text(result)


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
