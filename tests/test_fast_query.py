"""The Oxigraph query path that `kg query` uses answers exactly like rdflib's reference engine,
over a copy of the graph or over a pyoxigraph Store used where it is."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from benchmarks.generate import generate
from benchmarks.params import catalogue_params
from rdflib import Literal, URIRef

from kg.errors import ParameterError, QueryError
from kg.load import load
from kg.names import NAME_PROPERTIES
from kg.namespaces import PLACE
from kg.query import EmbeddedStore, bind_parameters, resolve_entity, run_query, to_csv
from kg.query_catalogue import catalogue
from kg.store.embedded import OxigraphStore, bound_query
from kg.store.sparql import QueryResult, bind_with_values, ensure_safe_query
from tests.hermetic import DATA

from .conftest import comparable_rows, csv_rows

REPO = Path(__file__).resolve().parent.parent
CASES = sorted((Path(__file__).parent / "queries").glob("*/*.params"))
# rdflib needs about ten seconds for conflicting-claims even on the XS corpus (the reason the
# Oxigraph path exists); it is compared with Oxigraph on the curated data instead, above.
SYNTHETIC = sorted(set(catalogue()) - {"conflicting-claims"})


def case_params(case: Path) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in case.read_text(encoding="utf-8").splitlines() if line
    )


def same_rows(result: QueryResult) -> set:
    return comparable_rows(csv_rows(to_csv(result)))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_oxigraph_and_rdflib_give_the_same_rows(reasoned_kg, case: Path):
    params = case_params(case)
    query = catalogue()[case.parent.name]
    fast = run_query(OxigraphStore(reasoned_kg), query, params)
    reference = run_query(EmbeddedStore(reasoned_kg), query, params)
    # the AQIM profile states no designation: both engines agreeing on none is all there is
    assert fast.rows or case.parent.name == "designations", "a case with no rows proves nothing"
    assert same_rows(fast) == same_rows(reference)


def test_the_query_target_is_kept_until_the_graph_changes():
    kg = load([DATA / "places.ttl"])
    first = OxigraphStore.of(kg)
    assert OxigraphStore.of(kg) is first
    assert first.store is kg.store  # the graph's own store, not a copy
    kg.dataset.graph(URIRef("urn:x-test:g")).add(
        (PLACE["atlantis"], NAME_PROPERTIES[0], Literal("Atlantis", lang="en"))
    )
    kg.changed()
    again = OxigraphStore.of(kg)
    assert again is not first
    assert resolve_entity(again, "atlantis") == PLACE["atlantis"]


def test_the_fast_store_refuses_service_and_updates_too(reasoned_kg):
    store = OxigraphStore(reasoned_kg)
    for _ in range(2):  # a query found unsafe is refused again, never remembered as checked
        with pytest.raises(QueryError, match="SERVICE"):
            store.select("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", {})
        with pytest.raises(QueryError, match="updates"):
            store.select("DROP ALL", {})


def test_a_store_already_in_oxigraph_is_queried_where_it_is(reasoned_kg):
    store = ox.Store()
    store.bulk_extend(reasoned_kg.store)
    wrapped = OxigraphStore.wrap(store)
    assert wrapped.store is store
    for case in CASES:
        query, params = catalogue()[case.parent.name], case_params(case)
        expected = run_query(OxigraphStore(reasoned_kg), query, params)
        assert same_rows(run_query(wrapped, query, params)) == same_rows(expected), case


def test_a_graph_held_in_oxigraph_is_queried_without_a_copy():
    kg = load([DATA / "places.ttl"])
    kg.store = ox.Store()  # where issue 5 moves a KnowledgeGraph's quads
    kg.store.add(
        ox.Quad(
            ox.NamedNode(str(PLACE["atlantis"])),
            ox.NamedNode(str(NAME_PROPERTIES[0])),
            ox.Literal("Atlantis", language="en"),
            ox.NamedNode("urn:x-test:g"),
        )
    )
    store = OxigraphStore(kg)
    assert store.store is kg.store
    assert resolve_entity(store, "atlantis") == PLACE["atlantis"]


class EveryName:
    """A target without a name index: `resolve_entity` fetches every name and folds them."""

    def __init__(self, target: OxigraphStore) -> None:
        self.target = target
        self.answers: dict[tuple[str, frozenset], QueryResult] = {}

    def select(self, query, bindings):
        """Every name, fetched once per query and bindings: the graph does not change while the
        test runs, and the test is about the folding, not about fetching 800 names 3,000 times."""
        key = (query, frozenset(bindings.items()))
        if key not in self.answers:
            self.answers[key] = self.target.select(query, bindings)
        return self.answers[key]


def outcome(target, text: str, kind: str) -> str:
    try:
        return str(resolve_entity(target, text, kind))
    except ParameterError as error:
        return f"error: {error}"


@pytest.mark.slow  # ~9 s; leave it out of a quick local run with -m "not slow"
def test_every_name_resolves_through_the_index_as_through_folding_every_name(reasoned_kg):
    indexed = OxigraphStore(reasoned_kg)
    folded = EveryName(indexed)
    names = sorted({str(o) for p in NAME_PROPERTIES for o in reasoned_kg.dataset.objects(None, p)})
    outcomes = []
    for name in names:
        for text in (name, name.upper()):
            for kind in ("group", "entity"):
                found = outcome(indexed, text, kind)
                assert found == outcome(folded, text, kind), (text, kind)
                outcomes.append(found)
    assert any(o.startswith("error: no ") for o in outcomes)  # a person's name is no group
    assert any(o.startswith("error: ") and "several" in o for o in outcomes)
    assert sum(o.startswith("https://") for o in outcomes) > len(names)


@pytest.mark.parametrize(
    "case", [c for c in CASES if case_params(c)], ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_parameters_are_bound_exactly_as_for_a_remote_store(reasoned_kg, case: Path):
    query = catalogue()[case.parent.name]
    bindings = bind_parameters(OxigraphStore(reasoned_kg), query, case_params(case))
    text = ensure_safe_query(query.text)
    assert bound_query(query.text, bindings) == bind_with_values(text, bindings)


def test_a_malformed_iri_is_never_written_into_a_query(reasoned_kg):
    hostile = URIRef("https://w3id.org/ctkg/id/group/aqim> } ; DROP ALL ; #")
    with pytest.raises(QueryError, match="not a valid IRI"):
        OxigraphStore(reasoned_kg).select(catalogue()["lineage"].text, {"group": hostile})


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """The benchmark's XS corpus, reasoned: lineage trees, conflicting figures, many groups."""
    from kg.reason import reason

    folder = generate(tmp_path_factory.mktemp("corpus") / "XS", "XS", seed=11).folder
    kg = load([folder])
    reason(kg)
    return folder, kg


@pytest.mark.parametrize("name", SYNTHETIC)
def test_every_catalogue_query_answers_a_synthetic_corpus_as_rdflib_does(synthetic, name):
    folder, kg = synthetic
    rows = 0
    query = catalogue()[name]
    for label, params in catalogue_params(folder, name):
        fast = run_query(OxigraphStore(kg), query, params)
        assert same_rows(fast) == same_rows(run_query(EmbeddedStore(kg), query, params)), label
        rows += len(fast.rows)
    assert rows, "cases with no rows prove nothing"
