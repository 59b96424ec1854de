"""#13: a fact stated by two sources is one fact. The default graph every catalogue query asks
is the union of the named graphs, which keeps a triple once per graph that states it, so before
#13 a row repeated (the GIA → GSPC descendant row after ingesting a profile that restates it)
and counts grew with every restatement. Rows that name their source section stay one per
section: a restating source adds its own rows there, never a copy of a row."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.load import KnowledgeGraph
from kg.namespaces import INFERRED_GRAPH, KG, ONTOLOGY_GRAPH, VOCAB_GRAPH
from kg.query import run_query
from kg.query_catalogue import catalogue

CASES = sorted((Path(__file__).parent / "queries").glob("*/*.params"))
RESTATED = ox.NamedNode("https://w3id.org/ctkg/id/profile/restating-source/section/1")
SECTION_COLUMNS = {"section", "section1", "section2", "killedSection"}


def comparable(rows: list[tuple]) -> list[tuple]:
    """Rows in one order, a GROUP_CONCAT list ("a; b") as a set: its order is not defined."""
    def cell(term: object) -> str:
        return "; ".join(sorted(str(term).split("; ")))

    return sorted(tuple(cell(t) for t in row) for row in rows)


def params_of(case: Path) -> dict[str, str]:
    lines = case.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line)


@pytest.fixture(scope="module")
def graphs(reasoned_kg) -> tuple[KnowledgeGraph, KnowledgeGraph]:
    """The shipped data reasoned, and a copy with every stated data triple stated again by one
    more source (a named graph of its own), but an attack's place and dates: `attacks` groups
    its rows (none can repeat), but the rows it groups multiply with every restated pattern, and
    with all of them restated it takes half a minute here."""
    pipeline = {ox.NamedNode(str(g)) for g in (INFERRED_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH)}
    kept_apart = {ox.NamedNode(str(KG[name])) for name in ("place", "edtf", "latest")}
    twice = KnowledgeGraph(files=dict(reasoned_kg.files))
    twice.store.bulk_extend(reasoned_kg.store)
    twice.store.bulk_extend(
        [ox.Quad(q.subject, q.predicate, q.object, RESTATED)
         for q in reasoned_kg.store
         if q.graph_name not in pipeline and q.predicate not in kept_apart]
    )
    twice.changed()
    return reasoned_kg, twice


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_restated_fact_gives_no_repeated_row_and_no_larger_count(graphs, case):
    once, twice = graphs
    query = catalogue()[case.parent.name]
    before = run_query(once, query, params_of(case))
    after = run_query(twice, query, params_of(case))
    repeated = [row for row, n in Counter(after.rows).items() if n > 1]
    assert not repeated, f"{query.name}: rows repeat: {repeated[:3]}"
    if SECTION_COLUMNS.isdisjoint(after.variables):
        assert comparable(after.rows) == comparable(before.rows), query.name
    else:  # the new source's own rows, besides every row there was
        restated = str(RESTATED.value)
        kept = [r for r in after.rows if restated not in {str(t) for t in r}]
        assert comparable(kept) == comparable(before.rows), query.name


def test_the_gia_to_gspc_descendant_row_comes_once_when_two_sources_state_it(graphs):
    _, twice = graphs
    rows = run_query(twice, catalogue()["descendants"], {"group": "GIA"})
    gspc = [r for r in rows.rows if str(r[0]).endswith("/group/gspc")]
    assert len(gspc) == 1, gspc
