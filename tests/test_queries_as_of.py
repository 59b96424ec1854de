"""The network as it stood at a date: `as_of` on lineage, descendants, allies and leaders.

A period parameter (`2006`, `2006-09`, `2006-09-15`) stands for its whole span: a relation is
kept when it can have been in force at some time in it, each date compared at its own
precision (a rename of "2006-09" counts from 1 September 2006). The curated AQIM data gives the
issue's own question; a fictional family (tests/as_of/fictional-lineage.trig) gives a split
with no date, an alliance with no dated start, a dissolution and a tenure that ended.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ParameterError
from kg.load import KnowledgeGraph, load
from kg.query import EmbeddedStore, run_query
from kg.query_catalogue import find_query
from kg.reason import reason

FIXTURE = Path(__file__).parent / "as_of" / "fictional-lineage.trig"


@pytest.fixture(scope="module")
def fictional() -> KnowledgeGraph:
    kg = load([FIXTURE])
    reason(kg)
    return kg


def rows(target, name: str, **params: str) -> list[dict[str, str]]:
    result = run_query(target, find_query(name), params)
    return [{k: ("" if v is None else str(v)) for k, v in row.items()} for row in result.as_dicts()]


def steps(target, name: str, **params: str) -> set[tuple[str, str]]:
    found = rows(target, name, **params)
    if name == "lineage":
        return {(r["predecessorAcronym"], r["startUnknown"]) for r in found}
    return {(r["descendantAcronym"], r["startUnknown"]) for r in found}


def test_aqims_lineage_in_2005_is_gspcs_split_from_gia_without_aqim(reasoned_kg):
    found = rows(reasoned_kg, "lineage", group="AQIM", as_of="2005")
    assert [(r["predecessorAcronym"], r["how"], r["when"]) for r in found] == [
        ("GIA", "split from", "1998")
    ]
    assert "https://w3id.org/ctkg/id/group/aqim" not in {r["successor"] for r in found}


def test_aqims_lineage_in_2010_adds_the_rename(reasoned_kg):
    found = rows(reasoned_kg, "lineage", group="AQIM", as_of="2010")
    assert {(r["predecessorAcronym"], r["how"], r["startUnknown"]) for r in found} == {
        ("GIA", "split from", "false"),
        ("GSPC", "renamed from", "false"),
    }


@pytest.mark.parametrize(
    ("as_of", "renamed"),
    [
        ("2006-08", False),  # the month before the rename of September 2006
        ("2006-08-31", False),
        ("2006-09-01", True),  # a month-precise date counts from its first day
        ("2006-09", True),
        ("2006", True),  # the year stands for all of it, September included
        ("2007", True),
    ],
)
def test_a_rename_counts_from_the_first_day_its_date_can_denote(reasoned_kg, as_of, renamed):
    found = {
        r["predecessorAcronym"] for r in rows(reasoned_kg, "lineage", group="AQIM", as_of=as_of)
    }
    assert ("GSPC" in found) == renamed


@pytest.mark.parametrize(
    ("as_of", "split"), [("1997", False), ("1997-12-31", False), ("1998", True)]
)
def test_a_split_dated_by_its_year_is_in_force_for_that_year_not_before(reasoned_kg, as_of, split):
    found = rows(reasoned_kg, "descendants", group="GIA", as_of=as_of)
    assert ({r["descendantAcronym"] for r in found} == {"GSPC"}) == split
    assert bool(found) == split


def test_without_as_of_start_unknown_is_empty_and_rows_are_as_before(reasoned_kg):
    found = rows(reasoned_kg, "lineage", group="AQIM")
    assert {r["startUnknown"] for r in found} == {""}
    assert len(found) == 2


def test_a_step_with_no_dated_event_is_kept_and_marked_unknown(fictional):
    assert steps(fictional, "lineage", group="GAMMA", as_of="1991") == {("ALPHA", "true")}
    assert steps(fictional, "lineage", group="GAMMA", as_of="2006") == {
        ("ALPHA", "true"),
        ("BETA", "false"),
    }
    assert steps(fictional, "descendants", group="ALPHA", as_of="2000") == {("BETA", "true")}
    assert steps(fictional, "lineage", group="GAMMA") == {("ALPHA", ""), ("BETA", "")}


def test_an_alliance_holds_only_while_both_exist_and_is_marked_start_unknown(fictional):
    def allies(as_of: str) -> set[tuple[str, str]]:
        found = rows(fictional, "allies", group="GAMMA", as_of=as_of)
        return {(r["otherAcronym"], r["startUnknown"]) for r in found}

    assert allies("2005") == set()  # Gamma came to be in September 2006
    assert allies("2006") == {("DELTA", "true")}
    assert allies("2008") == {("DELTA", "true")}  # dissolved some time in 2008
    assert allies("2009") == set()


def test_aqims_affiliation_with_al_qaida_starts_with_the_2006_merger(reasoned_kg):
    found = rows(reasoned_kg, "allies", group="AQIM", as_of="2006-09")
    assert ("affiliate of", "false") in {(r["relation"], r["startUnknown"]) for r in found}
    assert rows(reasoned_kg, "allies", group="AQIM", as_of="2006-08") == []


@pytest.mark.parametrize(
    ("as_of", "leaders"),
    [
        ("1994", set()),
        ("1995", {"Ann"}),  # "from 1995": in force from its first day
        ("2006-09-14", {"Ann"}),
        ("2006-09", {"Ann", "Bob"}),  # Bob since 15 September: within the month
        ("2010", {"Ann", "Bob"}),  # Ann until 2010: in force for some of it
        ("2011", {"Bob"}),
    ],
)
def test_tenures_in_force_at_some_time_in_the_period(fictional, as_of, leaders):
    found = rows(fictional, "leaders", group="GAMMA", as_of=as_of)
    assert {r["leaderName"] for r in found} == leaders


def test_rdflibs_engine_gives_the_same_rows_as_oxigraph(fictional):
    for name, as_of in [("allies", "2006"), ("leaders", "2011")]:
        ox_rows = rows(fictional, name, group="GAMMA", as_of=as_of)
        rdflib_rows = rows(EmbeddedStore(fictional), name, group="GAMMA", as_of=as_of)
        assert ox_rows, name
        key = sorted(map(sorted, (r.items() for r in ox_rows)))
        assert key == sorted(map(sorted, (r.items() for r in rdflib_rows))), (name, as_of)


@pytest.mark.parametrize("bad", ["2006-13", "06", "2006-02-30", "last year", "2006) || true"])
def test_a_bad_as_of_is_refused_with_the_forms_it_takes(reasoned_kg, bad):
    with pytest.raises(ParameterError, match="as_of"):
        rows(reasoned_kg, "lineage", group="AQIM", as_of=bad)
