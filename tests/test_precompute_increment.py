"""An incremental build brings the precomputed graph up to date in place, in the copy of the
previous build's store (`kg.precompute.precompute_increment`), instead of writing it anew (#13):
each case adds a file to the reasoned, precomputed curated data as a build does (its quads,
what reasoning adds about them, what the derived graph gains) and compares the graph it gives
with `precompute`'s over the same data."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg.load import KnowledgeGraph, add_file, load
from kg.namespaces import DERIVED_GRAPH, GROUP, KGI, PRECOMPUTED_GRAPH
from kg.precompute import precompute, precompute_increment
from kg.reason import reason, reason_increment
from tests.hermetic import DATA

AL_MOURABITOUN = Path(__file__).parent / "ingest" / "expected" / "al-mourabitoun.trig"
PREFIXES = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix group: <https://w3id.org/ctkg/id/group/> .
@prefix attack: <https://w3id.org/ctkg/id/attack/> .
@prefix figure: <https://w3id.org/ctkg/id/figure/> .
@prefix countqualifier: <https://w3id.org/ctkg/vocab/count-qualifier/> .
"""
PRECOMPUTED = ox.NamedNode(str(PRECOMPUTED_GRAPH))
DERIVED = ox.NamedNode(str(DERIVED_GRAPH))


@pytest.fixture(scope="module")
def built() -> KnowledgeGraph:
    """The curated data, reasoned and precomputed, once per module."""
    kg = load([DATA])
    reason(kg)
    precompute(kg)
    return kg


def graph_of(kg: KnowledgeGraph, name: ox.NamedNode) -> set[ox.Quad]:
    return set(kg.store.quads_for_pattern(None, None, None, name))


def both_ways(built: KnowledgeGraph, path: Path) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The precomputed graph after adding `path`: brought up to date, and written anew."""
    kg = KnowledgeGraph(files=dict(built.files))
    kg.store.bulk_extend(built.store)
    derived = graph_of(kg, DERIVED)
    added = add_file(kg, path, URIRef(f"urn:x-test:graph/{path.stem}"))
    inferred: list[ox.Quad] = []
    reason_increment(kg, added, inferred_out=inferred)
    gained = graph_of(kg, DERIVED) - derived
    assert precompute_increment(kg, [*added, *inferred, *gained]) is not None
    updated = graph_of(kg, PRECOMPUTED)
    precompute(kg)
    return updated, graph_of(kg, PRECOMPUTED)


def increment(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.trig"
    path.write_text(PREFIXES + text, encoding="utf-8")
    return path


def test_a_new_profile_gives_the_index_a_full_precompute_gives(built):
    updated, full = both_ways(built, AL_MOURABITOUN)
    assert updated == full


def test_a_second_killed_figure_for_an_old_attack_adds_its_claims(built, tmp_path):
    text = """<urn:x-test:s> {
      attack:2003-04-northern-mali-hostages kg:killed figure:x-test .
      figure:x-test a kg:Figure ; kg:count 999 ; kg:countQualifier countqualifier:exact .
    }"""
    updated, full = both_ways(built, increment(tmp_path, "killed", text))
    assert updated == full
    about = ox.NamedNode(str(KGI.claimAbout))
    attack = ox.NamedNode("https://w3id.org/ctkg/id/attack/2003-04-northern-mali-hostages")
    assert any(q.predicate == about and q.object == attack for q in updated)


def test_a_new_lineage_step_gives_an_old_group_its_predecessors_attacks(built, tmp_path):
    text = "<urn:x-test:s> { group:mujao kg:splitFrom group:aqim . }"
    updated, full = both_ways(built, increment(tmp_path, "lineage", text))
    assert updated == full
    lineage = ox.NamedNode(str(KGI.lineageAttack))
    mujao = ox.NamedNode(str(GROUP.mujao))
    before = {q for q in graph_of(built, PRECOMPUTED) if q.subject == mujao}
    after = {q for q in updated if q.subject == mujao and q.predicate == lineage}
    assert len(after) > len({q for q in before if q.predicate == lineage})


def test_a_new_name_of_an_old_group_gets_its_key(built, tmp_path):
    text = '<urn:x-test:s> { group:mujao skos:altLabel "Tawhid wal-Jihad Ouest"@fr . }'
    updated, full = both_ways(built, increment(tmp_path, "name", text))
    assert updated == full


def test_a_second_inception_of_an_old_group_makes_it_disputed(built, tmp_path):
    text = (
        "<urn:x-test:s> { group:aqim kg:inception "
        "\"2011\"^^<http://www.w3.org/2001/XMLSchema#gYear> . }"
    )
    updated, full = both_ways(built, increment(tmp_path, "inception", text))
    assert updated == full
    disputed = ox.NamedNode(str(KGI.disputed))
    assert any(q.predicate == disputed and q.subject.value.endswith("/aqim") for q in updated)
