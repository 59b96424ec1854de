"""The Oxigraph copy that `kg query` uses answers exactly like rdflib's reference engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.errors import QueryError
from kg.fast_query import OxigraphStore, oxigraph_copy
from kg.query import EmbeddedStore, run_query, to_csv
from kg.query_catalogue import catalogue

from .conftest import comparable_rows, csv_rows

CASES = sorted((Path(__file__).parent / "queries").glob("*/*.params"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_oxigraph_and_rdflib_give_the_same_rows(reasoned_kg, case: Path):
    params = dict(
        line.split("=", 1) for line in case.read_text(encoding="utf-8").splitlines() if line
    )
    query = catalogue()[case.parent.name]
    fast = run_query(OxigraphStore(reasoned_kg), query, params)
    reference = run_query(EmbeddedStore(reasoned_kg), query, params)
    assert fast.rows, "a case with no rows proves nothing"
    assert comparable_rows(csv_rows(to_csv(fast))) == comparable_rows(csv_rows(to_csv(reference)))


def test_the_copy_is_remade_when_the_graph_changes(reasoned_kg):
    from kg.load import load

    kg = load([Path(__file__).parent.parent / "data" / "places.ttl"])
    first = oxigraph_copy(kg)
    assert oxigraph_copy(kg) is first
    kg.dataset.graph(URIRef("urn:x-test:g")).add(
        (URIRef("urn:x-test:a"), URIRef("urn:x-test:b"), URIRef("urn:x-test:c"))
    )
    assert oxigraph_copy(kg) is not first
    assert len(oxigraph_copy(kg)) == len(first) + 1


def test_the_fast_store_refuses_service_and_updates_too(reasoned_kg):
    store = OxigraphStore(reasoned_kg)
    with pytest.raises(QueryError, match="SERVICE"):
        store.select("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", {})
    with pytest.raises(QueryError, match="updates"):
        store.select("DROP ALL", {})
