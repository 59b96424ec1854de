"""#13: what `conflicting-claims` paired across the whole graph on every run (485 ms at 1.45 M
triples), and the folding of every name a parameter is matched
against, the build now works out once into the precomputed graph (`kg.precompute`). The
queries must answer exactly as their versions without it (`benchmarks/without_precompute/`, the
catalogue's text before #13's precompute) on the curated data and on the S corpus."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from benchmarks.generate import generate
from benchmarks.params import catalogue_params
from rdflib import RDF

from kg.build import build, open_built_graph
from kg.load import KnowledgeGraph, load
from kg.namespaces import KGI, PRECOMPUTED_GRAPH
from kg.precompute import (
    COUNTRY_MARKER,
    LINEAGE_MARKER,
    is_precomputed,
    precompute,
    trust_precomputed,
)
from kg.query import run_query
from kg.query_catalogue import catalogue
from kg.reason import reason
from kg.store.embedded import OxigraphStore

BEFORE = Path(__file__).parent.parent / "benchmarks" / "without_precompute"
REWRITTEN = sorted(p.stem for p in BEFORE.glob("*.rq"))
CASES = sorted((Path(__file__).parent / "queries").glob("*/*.params"))
GRAPH = ox.NamedNode(str(PRECOMPUTED_GRAPH))


def params_of(case: Path) -> dict[str, str]:
    lines = case.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line)


def without_precomputed(kg: KnowledgeGraph) -> OxigraphStore:
    """A query target over a copy of `kg`'s store without the precomputed graph (a bare store
    is queried as it is, never precomputed)."""
    store = ox.Store()
    store.bulk_extend(q for q in kg.store if q.graph_name != GRAPH)
    return OxigraphStore.wrap(store)


def both_answers(kg: KnowledgeGraph, name: str, params: dict[str, str]) -> tuple[list, list]:
    """Rows of the catalogue query, and of its text before the precompute on the graph without
    the precomputed graph, in one order."""
    query = catalogue()[name]
    before = replace(query, text=(BEFORE / f"{name}.rq").read_text(encoding="utf-8"))
    now = run_query(kg, query, params)
    then = run_query(without_precomputed(kg), before, params)
    assert now.variables == then.variables
    return sorted(now.rows, key=str), sorted(then.rows, key=str)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.parent.name in REWRITTEN],
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_a_precomputed_query_answers_the_curated_data_as_before(reasoned_kg, case):
    now, then = both_answers(reasoned_kg, case.parent.name, params_of(case))
    assert now == then
    assert now or case.parent.name == "group-profile"  # the case says something


@pytest.fixture(scope="module")
def corpus_s(tmp_path_factory) -> tuple[Path, KnowledgeGraph]:
    folder = generate(tmp_path_factory.mktemp("corpus") / "S", "S").folder
    kg = load([folder])
    reason(kg)
    precompute(kg)
    return folder, kg


@pytest.mark.parametrize("name", REWRITTEN)
def test_a_precomputed_query_answers_the_s_corpus_as_before(corpus_s, name):
    folder, kg = corpus_s
    for _label, params in catalogue_params(folder, name):
        now, then = both_answers(kg, name, params)
        assert now == then, params
        assert now, params


def test_the_group_profile_lists_no_precomputed_statement(reasoned_kg):
    rows = run_query(reasoned_kg, catalogue()["group-profile"], {"group": "AQIM"})
    assert rows.rows
    assert str(PRECOMPUTED_GRAPH) not in {str(t) for t in rows.column("section")}


def test_an_entity_page_lists_no_precomputed_statement(reasoned_kg):
    """AQIM's lineage attacks and folded names are the build's index for the catalogue, not
    statements a source makes: its page leaves them out, as group-profile does."""
    from kg.namespaces import GROUP
    from kg.serve.entities import describe

    page = describe(reasoned_kg, GROUP.aqim)
    assert page.statements
    shown = {link.href for _, _, link in page.statements} | {s.href for s in page.sources}
    assert not any(str(PRECOMPUTED_GRAPH) in (h or "") for h in shown)
    assert not any(str(KGI._NS) in (p.href or "") for p, _, _ in page.statements)


@pytest.mark.parametrize(
    ("marker", "name", "params"),
    [
        (LINEAGE_MARKER, "casualties-by-year", {"group": "AQIM"}),
        (COUNTRY_MARKER, "attacks-by-country", {}),
        (COUNTRY_MARKER, "conflicting-claims", {}),
    ],
    ids=["lineage", "countries", "claim-ranks"],
)
def test_a_precomputed_graph_without_an_index_is_worked_out_again(
    reasoned_kg, marker, name, params
):
    """A graph an older kg precomputed (a dump handed to `kg serve`) lacks the indexes added
    since: taken as current, the queries reading them would answer no rows."""
    kg = KnowledgeGraph(files=dict(reasoned_kg.files))
    kg.store.bulk_extend(q for q in reasoned_kg.store if q != marker)
    assert not trust_precomputed(kg)
    rows = run_query(kg, catalogue()[name], params).rows
    assert rows and marker in kg.store


def precomputed_graph_alone(kg: KnowledgeGraph) -> OxigraphStore:
    """A query target over nothing but `kg`'s precomputed graph."""
    store = ox.Store()
    store.bulk_extend(kg.store.quads_for_pattern(None, None, None, GRAPH))
    return OxigraphStore.wrap(store)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("attacks-by-country", {}),
        ("attacks-by-country", {"group": "group:gspc"}),  # GSPC and GIA, its predecessor
        ("conflicting-claims", {}),
    ],
)
def test_the_whole_graph_queries_read_only_the_precomputed_graph(reasoned_kg, name, params):
    """#13: at 1.45 M triples the queries that paired something across the whole graph took
    0.3–0.8 s on the build's store; what they pair is worked out by the build, and they read
    only that, so the same rows come from the precomputed graph alone."""
    everything = run_query(reasoned_kg, catalogue()[name], params)
    alone = run_query(precomputed_graph_alone(reasoned_kg), catalogue()[name], params)
    assert everything.rows
    assert alone.rows == everything.rows


def test_conflicting_claims_come_by_subject_then_property(corpus_s):
    """The build numbers the rows (kgi:rank) in the order the query used to sort them by."""
    _, kg = corpus_s
    rows = run_query(kg, catalogue()["conflicting-claims"], {})
    subject, prop = rows.variables.index("subject"), rows.variables.index("property")
    order = [(str(row[subject]), str(row[prop])) for row in rows.rows]
    assert len(order) > 10
    assert order == sorted(order)


def test_a_graph_reasoned_in_a_notebook_is_precomputed_on_its_first_catalogue_query():
    kg = load()
    reason(kg)
    assert not is_precomputed(kg)
    rows = run_query(kg, catalogue()["attacks-by-country"], {})
    assert rows.rows and is_precomputed(kg)


def test_a_graph_written_to_after_its_precompute_is_precomputed_again(reasoned_kg):
    kg = KnowledgeGraph(files=dict(reasoned_kg.files))
    kg.store.bulk_extend(reasoned_kg.store)
    kg.changed()
    precompute(kg)
    assert is_precomputed(kg)
    kg.store.remove_graph(ox.NamedNode(str(KGI.nameKey)))  # any write through the pipeline
    kg.changed()
    assert not is_precomputed(kg)
    OxigraphStore.of(kg)
    assert is_precomputed(kg)


def test_names_resolve_through_the_precomputed_keys_as_through_the_full_index(reasoned_kg):
    keyed = OxigraphStore(reasoned_kg).names
    assert keyed.precomputed
    full = OxigraphStore(reasoned_kg.store).names
    for text in ("aqim", "gspc", "gia", "al qaida in the islamic maghreb", "algeria", "sahel"):
        assert sorted(keyed.lookup(text)) == sorted(full.lookup(text)), text


def test_a_build_store_holds_the_precomputed_graph_and_is_used_read_only(tmp_path):
    out = tmp_path / "build"
    result = build(out_dir=out)
    assert result.succeeded
    kg = open_built_graph(out)
    assert kg is not None and kg.store_path is not None
    assert is_precomputed(kg)
    assert next(kg.store.quads_for_pattern(None, None, None, GRAPH), None) is not None
    rows = run_query(kg, catalogue()["conflicting-claims"], {})
    assert rows.rows


def test_a_precompute_into_a_writer_hands_it_the_graph_the_store_would_hold(corpus_s):
    """A build hands each part of the precomputed graph to `graph.nq` rather than the store
    (`precompute(into=…)`, #13): the parts together are the graph a plain precompute leaves
    in the store, each quad once, and the store then holds only the candidates the claims
    read (which the build drops before validating) and is not marked precomputed."""
    _folder, precomputed = corpus_s
    expected = set(precomputed.store.quads_for_pattern(None, None, None, GRAPH))
    kg = KnowledgeGraph()
    kg.store.bulk_extend(q for q in precomputed.store if q.graph_name != GRAPH)
    handed: list[ox.Quad] = []
    count = precompute(kg, into=handed.extend)
    assert count == len(handed) == len(set(handed)) == len(expected)
    assert set(handed) == expected
    disputed = ox.NamedNode(str(KGI.disputed))
    held = set(kg.store.quads_for_pattern(None, None, None, GRAPH))
    assert held and held < expected
    assert {q.predicate for q in held} == {disputed, ox.NamedNode(str(RDF.type))}
    assert not is_precomputed(kg)
