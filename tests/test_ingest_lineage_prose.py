"""Lineage told in prose, both ways (this group came from X; Y came from this group), with its
kind and date. Each shape in several wordings; each test states the exact lineage edges and
event dates read, and that nothing else was."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal

from kg.ingest import ingest_profile
from kg.ingest.lineage import LINEAGE_KIND
from kg.namespaces import KG

EDGES = (KG.splitFrom, KG.renamedFrom, KG.absorbed, KG.formedByMergerOf)


def _profile(history: str) -> str:
    return (
        "Terrorism Profiles\n\nSahel Front (SF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


def lineage(tmp_path: Path, history: str) -> set[tuple[str, str, str, str | None]]:
    """(result, edge, prior, event date) for every lineage edge the history states."""
    result = ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=Dataset())
    graph = result.dataset

    def local(node) -> str:
        """The organisation's acronym, so the test does not depend on how IRIs are minted."""
        acronyms = sorted(str(a) for a in graph.objects(node, KG.acronym))
        return acronyms[0].lower() if acronyms else str(node).rsplit("/", 1)[-1]

    dates: dict[tuple, str] = {}
    for event in graph.subjects(RDF.type, KG.LineageEvent):
        for resulting in graph.objects(event, KG.resultingOrganisation):
            for prior in graph.objects(event, KG.priorOrganisation):
                dates[(resulting, prior)] = str(next(graph.objects(event, KG.edtf)))
    for cls in (KG.Split, KG.Merger, KG.Rename):
        for event in graph.subjects(RDF.type, cls):
            for resulting in graph.objects(event, KG.resultingOrganisation):
                for prior in graph.objects(event, KG.priorOrganisation):
                    dates[(resulting, prior)] = str(next(graph.objects(event, KG.edtf)))
    return {
        (local(s), str(p).rsplit("#", 1)[-1], local(o), dates.get((s, o)))
        for p in EDGES
        for s, o in graph.subject_objects(p)
    }


@pytest.mark.parametrize(
    "history",
    [
        "The group emerged in 1992 as a radical offshoot of the Armed Islamic Movement (MIA).",
        "The SF emerged in 1992, during the civil war, as an offshoot of the Armed Islamic "
        "Movement (MIA), whose radical members rejected its line.",
        "The group was founded in 1992 as a splinter of the Armed Islamic Movement (MIA).",
    ],
)
def test_an_offshoot_is_a_split_from_its_parent_dated(tmp_path, history):
    assert lineage(tmp_path, history) == {("sf", "splitFrom", "mia", "1992")}


@pytest.mark.parametrize(
    "history",
    [
        "Fighters of the Desert Brigade (DB), a faction of the army, were integrated into the "
        "larger group over the following years.",
        "Members of the Desert Brigade (DB) were absorbed into the group.",
        "Remnants of the Desert Brigade (DB) were gradually incorporated into the new group.",
    ],
)
def test_fighters_integrated_into_the_group_are_an_absorption_without_a_date(tmp_path, history):
    assert lineage(tmp_path, history) == {("sf", "absorbed", "db", None)}


@pytest.mark.parametrize(
    "history",
    [
        "In January 2012 a faction that splintered from the group, the Vanguard of the "
        "Faithful (VF), declared its existence.",
        "In January 2012 a faction that broke away from the group, the Vanguard of the Faithful "
        "(VF), began its own attacks.",
        "One faction that split from it in 2012, the Vanguard of the Faithful (VF), sought "
        "ties with Al Qaida.",
    ],
)
def test_a_faction_that_splintered_from_the_group_is_its_successor(tmp_path, history):
    edges = lineage(tmp_path, history)
    assert {e[:3] for e in edges} == {("vf", "splitFrom", "sf")}
    assert {e[3] for e in edges} <= {"2012-01", "2012"}


@pytest.mark.parametrize(
    "history",
    [
        "In March 2015 the group pledged allegiance to the Islamic State (IS) and renamed "
        "itself the Islamic State Sahel Province (ISSP).",
        "In March 2015 its leader pledged allegiance to the Islamic State (IS), and the group "
        "renamed itself Islamic State Sahel Province (ISSP).",
    ],
)
def test_a_rename_on_a_pledge_is_a_rename_marked_as_a_pledge(tmp_path, history):
    result = ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=Dataset())
    graph = result.dataset
    pledged = list(graph.subjects(None, LINEAGE_KIND.pledge))
    assert len(pledged) == 1
    assert lineage(tmp_path, history) == {("issp", "renamedFrom", "sf", "2015-03")}


@pytest.mark.parametrize(
    "history",
    [
        "In March 2017 the group joined with the Desert Brigade (DB) and the River Battalion "
        "(RB) to form the Support Front (SUF).",
        "In March 2017 the SF, the Desert Brigade (DB) and the River Battalion (RB) joined "
        "forces to form the Support Front (SUF).",
    ],
)
def test_joined_to_form_is_a_merger_of_every_party(tmp_path, history):
    assert lineage(tmp_path, history) == {
        ("suf", "formedByMergerOf", "sf", "2017-03"),
        ("suf", "formedByMergerOf", "db", "2017-03"),
        ("suf", "formedByMergerOf", "rb", "2017-03"),
    }


@pytest.mark.parametrize(
    "history",
    [
        "In August 2019 its former negotiator broke away with other commanders to form the "
        "Second Front (SCF).",
        "In August 2019 the eastern commander broke away with some 600 fighters and later "
        "formed the Second Front (SCF).",
    ],
)
def test_broke_away_to_form_is_a_split_from_the_profiles_group(tmp_path, history):
    assert lineage(tmp_path, history) == {("scf", "splitFrom", "sf", "2019-08")}


def test_a_rename_is_dated_by_its_own_clause_not_the_first_date_of_the_sentence(tmp_path):
    history = (
        "After the agreement signed in November 2016, the SF disarmed and in August 2017 "
        "converted itself into a legal party, the People's Common Force (PCF)."
    )
    assert lineage(tmp_path, history) == {("pcf", "renamedFrom", "sf", "2017-08")}


@pytest.mark.parametrize(
    "history",
    [
        "The group grew out of a Salafi study group in Gao.",
        "In May 2017 the group's fighters joined with the River Battalion (RB) to seize Gao.",
        "The SF should not be confused with the Sahel Liberation Front (SLF), founded in 1990.",
    ],
)
def test_prose_that_states_no_lineage_states_none(tmp_path, history):
    assert lineage(tmp_path, history) == set()


def test_an_organisation_that_later_fought_is_an_armed_group_and_a_predecessor(tmp_path):
    history = (
        "The group emerged in 2006 as a radical offshoot of the Islamic Courts Union (ICU), "
        "which later fought Ethiopian forces."
    )
    result = ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=Dataset())
    graph = result.dataset
    (icu,) = graph.subjects(KG.acronym, Literal("ICU"))
    assert KG.ArmedGroup in set(graph.objects(icu, RDF.type))
    assert lineage(tmp_path, history) == {("sf", "splitFrom", "icu", "2006")}


def test_a_short_form_of_the_title_in_the_history_is_the_group_itself(tmp_path):
    text = _profile(
        "Sahel Front emerged in 1991 as a radical offshoot of the Desert Movement (DEM)."
    ).replace("Sahel Front (SF)", "Sahel Front Group (SFG)").replace(
        "Front du Sahel", "Sahel Front, Front du Sahel"
    )
    graph = ingest_profile(tmp_path / "sfg.txt", text=text, existing=Dataset()).dataset
    assert len(set(graph.subjects(RDF.type, KG.ArmedGroup))) == 2  # the group and DEM
    ((child, parent),) = set(graph.subject_objects(KG.splitFrom))
    assert Literal("SFG") in set(graph.objects(child, KG.acronym))
    assert Literal("DEM") in set(graph.objects(parent, KG.acronym))


@pytest.mark.parametrize(
    "history",
    [
        "The SF was founded on March 3, 1994, by officers who broke away from the Mali "
        "Patriotic Army (MPA), which they thought too timid.",
        "The group was formed in March 1994 by clerics that had split from the Mali Patriotic "
        "Army (MPA).",
    ],
)
def test_founders_who_broke_away_make_a_split_dated_by_the_founding(tmp_path, history):
    (found,) = lineage(tmp_path, history)
    assert found[:3] == ("sf", "splitFrom", "mpa")
    assert found[3] in ("1994-03-03", "1994-03")


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("The SF grew out of the Gao Youth Front (GYF), a student circle that renamed itself the "
         "SF on June 2, 2001.", "2001-06-02"),
        ("The Sahel Front traces its origin to the Gao Youth Front (GYF), a militia which later "
         "changed its name to the Sahel Front in 2001.", "2001"),
    ],
)
def test_a_predecessor_that_renamed_itself_in_a_relative_clause(tmp_path, history, date):
    assert lineage(tmp_path, history) == {("sf", "renamedFrom", "gyf", date)}


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("The Desert Hawks (DH), a cell that split from the SF around 2004, bomb the capital.",
         "2004~"),
        ("The Desert Hawks (DH), an urban wing which broke away from the group in 2004, are "
         "still active.", "2004"),
    ],
)
def test_a_faction_that_split_from_the_group_in_a_relative_clause(tmp_path, history, date):
    """'around 2004' is kept as EDTF's approximate year, never as the exact year."""
    assert lineage(tmp_path, history) == {("dh", "splitFrom", "sf", date)}


def test_split_into_two_the_one_that_kept_the_name_is_the_group_itself(tmp_path):
    history = (
        "In 1980 the organisation split into the Sahel Front Militia (SFM), which kept the name, "
        "and the Sahel Front Congress (SFC), which later disarmed."
    )
    assert lineage(tmp_path, history) == {("sfc", "splitFrom", "sf", "1980")}


def test_two_renames_told_in_one_sentence_are_both_read_each_with_its_date(tmp_path):
    history = (
        "In April 2002 the SF renamed itself the Sahel Congress (SC), and in November 2003 the SC "
        "was renamed again as the People's Sahel Congress (PSC)."
    )
    assert lineage(tmp_path, history) == {
        ("sc", "renamedFrom", "sf", "2002-04"),
        ("psc", "renamedFrom", "sc", "2003-11"),
    }
