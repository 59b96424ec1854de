"""The entity index is built once per process for the same graph, and never answers for another
one: a graph changed in place, or the same quads in another holder, is judged by its content."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.ingest import index_cache, ingest_profile
from kg.ingest.resolve import EntityIndex
from kg.load import load
from kg.namespaces import GROUP, KG
from tests.hermetic import DATA

PROFILE = (
    "Terrorism Profiles\n\nSahel Front (SF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
    "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
    "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
    "The Sahel Front split from the Desert Brigade in 2009.\n"
)
BRIGADE = GROUP["the-known-desert-brigade"]


@pytest.fixture()
def builds(monkeypatch) -> Iterator[list[int]]:
    """How many times an index was built from a graph (rather than copied from the cache)."""
    index_cache.clear()
    calls: list[int] = []
    original = EntityIndex.from_dataset.__func__

    def counting(cls, *args, **kwargs):
        calls.append(1)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(EntityIndex, "from_dataset", classmethod(counting))
    yield calls
    index_cache.clear()


def brigade_of(dataset: Dataset) -> set[URIRef]:
    return set(dataset.objects(GROUP["sahel-front"], KG.splitFrom))


def test_a_second_ingest_against_the_same_quads_reuses_the_index_and_reads_the_same(builds):
    first = ingest_profile("sf.txt", text=PROFILE, existing=Dataset())
    second = ingest_profile("sf.txt", text=PROFILE, existing=Dataset())  # another, equal holder
    assert len(builds) == 1
    assert second.trig() == first.trig()
    index_cache.clear()
    assert ingest_profile("sf.txt", text=PROFILE, existing=Dataset()).trig() == first.trig()


def test_a_graph_changed_in_place_is_indexed_anew(builds):
    graph = Dataset()
    minted = brigade_of(ingest_profile("sf.txt", text=PROFILE, existing=graph).dataset)
    assert minted and BRIGADE not in minted  # the Desert Brigade is new: a minted IRI
    known = graph.graph(URIRef("https://example.org/known"))
    known.add((BRIGADE, RDF.type, KG.ArmedGroup))
    known.add((BRIGADE, SKOS.prefLabel, Literal("Desert Brigade", lang="en")))
    linked = ingest_profile("sf.txt", text=PROFILE, existing=graph)
    assert len(builds) == 2
    assert brigade_of(linked.dataset) == {BRIGADE}


def test_an_oxigraph_graph_is_keyed_by_its_content_too(builds):
    places = load([DATA / "places.ttl"], with_ontology=False)
    again = load([DATA / "places.ttl"], with_ontology=False)
    ingest_profile("sf.txt", text=PROFILE, existing=places)
    ingest_profile("sf.txt", text=PROFILE, existing=again)
    assert len(builds) == 1
    known = again.dataset.graph(URIRef("https://example.org/known"))
    known.add((BRIGADE, RDF.type, KG.ArmedGroup))
    known.add((BRIGADE, SKOS.prefLabel, Literal("Desert Brigade", lang="en")))
    linked = ingest_profile("sf.txt", text=PROFILE, existing=again)
    assert len(builds) == 2
    assert brigade_of(linked.dataset) == {BRIGADE}


def test_the_copy_an_ingest_gets_shares_no_container_with_the_cached_index(builds):
    ingest_profile("sf.txt", text=PROFILE, existing=Dataset())
    (cached,) = index_cache._cache.values()
    copy = index_cache.copy_index(cached)

    def containers(value, depth=0) -> Iterator[tuple[int, int]]:
        if isinstance(value, dict | set | list):
            yield id(value), depth
            for item in value.values() if isinstance(value, dict) else value:
                yield from containers(item, depth + 1)
        elif hasattr(value, "__dataclass_fields__"):
            yield id(value), depth
            for name in value.__dataclass_fields__:
                yield from containers(getattr(value, name), depth + 1)

    for name in EntityIndex.__dataclass_fields__:
        original, copied = getattr(cached, name), getattr(copy, name)
        assert copied == original
        shared = {i for i, _ in containers(original)} & {i for i, _ in containers(copied)}
        assert not shared, f"{name}: the copy shares a mutable container with the cache"
    copy.add_name(URIRef("https://example.org/x"), "Mali", 0)
    assert URIRef("https://example.org/x") not in cached.strict["mali"]
