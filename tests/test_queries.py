"""Analysts' competency questions, asked through `kg query` on the reasoned graph.

Every catalogue query has at least one expectation under tests/queries/<query>/: the
parameters (`<case>.params`, name=value lines) and the rows (`<case>.csv`), compared as sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import app
from kg.errors import ParameterError, QueryError
from kg.names import normalise_name
from kg.namespaces import ATTACK, GROUP
from kg.query import EmbeddedStore, resolve_entity, run_query
from kg.query_catalogue import catalogue, find_query
from kg.store.sparql import ensure_safe_query

from .conftest import comparable_rows, csv_rows

EXPECTATIONS = Path(__file__).parent / "queries"
CASES = sorted(EXPECTATIONS.glob("*/*.csv"))


def kg_query(runner, built: Path, name: str, *params: str, fmt: str = "csv"):
    args = ["query", name, "--format", fmt, "--build", str(built)]
    for param in params:
        args += ["--param", param]
    return runner.invoke(app, args)


def test_every_catalogue_query_has_an_expectation():
    assert sorted(catalogue()) == sorted({p.parent.name for p in CASES})


def test_every_catalogue_query_declares_summary_description_and_parameters():
    for query in catalogue().values():
        assert query.summary and query.summary != query.name, query.name
        assert query.description, query.name
        for parameter in query.parameters:
            assert f"?{parameter.name}" in query.text, (query.name, parameter.name)


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_catalogue_query_answers_match_expectation(runner, built, case: Path):
    params = case.with_suffix(".params").read_text(encoding="utf-8").splitlines()
    result = kg_query(runner, built, case.parent.name, *[p for p in params if p])
    assert result.exit_code == 0, result.output
    expected = csv_rows(case.read_text(encoding="utf-8"))
    assert comparable_rows(csv_rows(result.stdout)) == comparable_rows(expected)


def test_predecessors_of_aqim_are_gspc_and_gia(runner, built):
    rows = csv_rows(kg_query(runner, built, "lineage", "group=AQIM").stdout)
    assert {r["predecessorAcronym"] for r in rows} == {"GSPC", "GIA"}
    assert {(r["predecessorAcronym"], r["how"], r["when"]) for r in rows} == {
        ("GSPC", "renamed from", "2006-09"),
        ("GIA", "split from", "1998"),
    }


def test_attacks_by_aqim_and_predecessors_with_20_or_more_killed_say_who_says_so(runner, built):
    rows = csv_rows(kg_query(runner, built, "attacks", "group=AQIM", "min_killed=20").stdout)
    assert all(int(r["killed"]) >= 20 for r in rows)
    assert all(
        r["killedSection"].startswith("https://w3id.org/ctkg/id/profile/aqim#") for r in rows
    )
    assert len({r["attack"] for r in rows}) == 4


def test_both_figures_for_the_december_2007_bombings_are_kept_with_their_sections(runner, built):
    rows = csv_rows(kg_query(runner, built, "conflicting-claims").stdout)
    december = [
        r for r in rows if r["subject"] == str(ATTACK["2007-12-algeria-court-and-un-bombings"])
    ]
    assert len(december) == 1
    figures = {
        (december[0]["value1"], december[0]["section1"]),
        (december[0]["value2"], december[0]["section2"]),
    }
    assert figures == {
        ("33", "https://w3id.org/ctkg/id/profile/aqim#attack-04"),
        ("38", "https://w3id.org/ctkg/id/profile/aqim#tactics"),
    }


def test_french_names_of_aqim(runner, built):
    rows = csv_rows(kg_query(runner, built, "names", "group=AQIM").stdout)
    assert {r["name"] for r in rows if r["language"] == "fr"} == {
        "al-Qaïda dans les pays du Maghreb islamique",
        "Groupe salafiste pour la prédication et le combat",
    }


def test_the_leader_of_aqim_and_since_when(runner, built):
    rows = csv_rows(
        kg_query(runner, built, "leaders", "group=Al-Qaeda in the Islamic Maghreb").stdout
    )
    assert [(r["leaderName"], r["start"]) for r in rows] == [("Abdelmalek Droukdel", "2004")]


@pytest.mark.parametrize(
    "hostile",
    [
        'AQIM" } ; DROP ALL ; #',
        "AQIM> } DELETE WHERE { ?s ?p ?o } #",
        "') } UNION { ?s ?p ?o } #",
        "<http://example.org/x> } ; CLEAR ALL",
        "group:aqim> . ?x ?y ?z",
    ],
)
def test_hostile_group_parameter_changes_nothing_and_fails_clearly(
    runner, built, reasoned_kg, hostile
):
    before = len(reasoned_kg)
    result = kg_query(runner, built, "lineage", f"group={hostile}")
    assert result.exit_code == 2
    assert "error:" in result.output and (
        "no group" in result.output or "not a valid IRI" in result.output
    )
    assert len(reasoned_kg) == before


def test_hostile_integer_parameter_is_refused(runner, built):
    result = kg_query(runner, built, "attacks", "group=AQIM", "min_killed=20) || true || (1")
    assert result.exit_code == 2
    assert "whole number" in result.output


def test_a_string_value_is_bound_as_a_literal_never_parsed(reasoned_kg):
    query = find_query("attacks")
    store = EmbeddedStore(reasoned_kg)
    rows = run_query(store, query, {"group": "GSPC", "from": "1998", "to": "1999"}).rows
    assert len(rows) == 1  # the 1998-2003 campaign overlaps 1998-1999


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
        ("LOAD <http://127.0.0.1:9/data.ttl>", "updates"),
        ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", "updates"),
        ("DROP ALL", "updates"),
        ("SELECT * WHERE { ?s ?p }", "syntax"),
    ],
)
def test_unsafe_or_broken_queries_are_refused_before_running(text, message):
    with pytest.raises(QueryError, match=message):
        ensure_safe_query(text)


def test_names_match_ignoring_case_diacritics_apostrophes_and_transliteration(reasoned_kg):
    store = EmbeddedStore(reasoned_kg)
    for name in [
        "aqim",
        "Al-Qaeda in the Islamic Maghreb",
        "AL QA'IDA IN THE ISLAMIC MAGHREB",
        "al-Qaida dans les pays du Maghreb islamique",
        "group:aqim",
        "https://w3id.org/ctkg/id/group/aqim",
    ]:
        assert resolve_entity(store, name, "group") == GROUP.aqim, name
    assert normalise_name("Al-Qa´ida") == normalise_name("al qaeda")


def test_a_preferred_name_beats_a_former_name(reasoned_kg):
    store = EmbeddedStore(reasoned_kg)
    assert resolve_entity(store, "Salafist Group for Preaching and Combat", "group") == GROUP.gspc


def test_missing_and_unknown_parameters_are_named(reasoned_kg):
    query = find_query("lineage")
    with pytest.raises(ParameterError, match="needs --param group"):
        run_query(reasoned_kg, query, {})
    with pytest.raises(ParameterError, match="no parameter 'grop'"):
        run_query(reasoned_kg, query, {"grop": "AQIM"})


def test_json_output_is_sparql_results_json(runner, built):
    import json

    result = kg_query(runner, built, "allies", "group=AQIM", fmt="json")
    document = json.loads(result.stdout)
    assert document["head"]["vars"][0] == "other"
    assert {
        b["otherAcronym"]["value"] for b in document["results"]["bindings"] if "otherAcronym" in b
    } == {"AD", "MUJAO"}


def test_unknown_query_name_lists_the_catalogue(runner, built):
    result = kg_query(runner, built, "lineages", "group=AQIM")
    assert result.exit_code == 2
    assert "lineage" in result.output


def test_catalogue_readme_is_generated_from_the_query_headers():
    from kg.query_catalogue import catalogue_markdown

    readme = EXPECTATIONS.parent.parent / "queries" / "README.md"
    assert readme.read_text(encoding="utf-8") == catalogue_markdown(), (
        "queries/README.md is stale: run `kg queries --markdown > queries/README.md`"
    )


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_catalogue_query_is_accepted_by_an_independent_engine(name):
    """Like the SIB collection: every query must also parse and run on Oxigraph."""
    import pyoxigraph

    pyoxigraph.Store().query(find_query(name).text)
