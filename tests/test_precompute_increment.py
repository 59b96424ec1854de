"""An incremental build brings the precomputed graph up to date in place, in the copy of the
previous build's store (`kg.precompute.precompute_increment`), instead of writing it anew (#13):
each case adds a file to the reasoned, precomputed curated data as a build does (its quads,
what reasoning adds about them, what the derived graph gains) and compares the graph it gives
with `precompute`'s over the same data. The derived graph, which the reasoning increment
works out again only for the attributions an addition can change (`kg.derive.derive_increment`),
is compared with `derive`'s the same way, including additions that take an entry away."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg.derive import derive
from kg.load import KnowledgeGraph, add_file, load
from kg.namespaces import ATTACK, DERIVED_GRAPH, GROUP, KG, KGI, PRECOMPUTED_GRAPH
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
@prefix attribution: <https://w3id.org/ctkg/id/attribution/> .
@prefix event: <https://w3id.org/ctkg/id/event/> .
@prefix place: <https://w3id.org/ctkg/id/place/> .
@prefix modality: <https://w3id.org/ctkg/vocab/attribution-modality/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
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


def reasoned_after(
    built: KnowledgeGraph, path: Path
) -> tuple[KnowledgeGraph, list[ox.Quad], set[ox.Quad]]:
    """A copy of `built` with `path` added and reasoned about as a batch add does; the quads
    added (stated and inferred) and the derived graph before. The derived graph it leaves is
    checked against `derive`'s over the same data (which is then written back)."""
    kg = KnowledgeGraph(files=dict(built.files))
    kg.store.bulk_extend(built.store)
    derived = graph_of(kg, DERIVED)
    added = add_file(kg, path, URIRef(f"urn:x-test:graph/{path.stem}"))
    inferred: list[ox.Quad] = []
    reason_increment(kg, added, inferred_out=inferred)
    incremental = graph_of(kg, DERIVED)
    derive(kg)
    assert incremental == graph_of(kg, DERIVED)
    return kg, [*added, *inferred], derived


def both_ways(built: KnowledgeGraph, path: Path) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The precomputed graph after adding `path`: brought up to date, and written anew."""
    return precomputed_both_ways(*reasoned_after(built, path))


def precomputed_both_ways(
    kg: KnowledgeGraph, added: list[ox.Quad], derived: set[ox.Quad]
) -> tuple[set[ox.Quad], set[ox.Quad]]:
    gained = graph_of(kg, DERIVED) - derived
    assert derived <= graph_of(kg, DERIVED)  # else a build precomputes in full
    assert precompute_increment(kg, [*added, *gained]) is not None
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


APRIL_2003 = ox.NamedNode(str(ATTACK["2003-04-northern-mali-hostages"]))
GSPC = ox.NamedNode(str(GROUP.gspc))


def held_by(kg: KnowledgeGraph, attack: ox.NamedNode) -> set[object]:
    """Whom the derived graph credits `attack` to (kg:perpetrator, held at the time)."""
    perpetrator = ox.NamedNode(str(KG.perpetrator))
    derived = graph_of(kg, DERIVED)
    return {q.object for q in derived if q.subject == attack and q.predicate == perpetrator}


def test_a_new_attack_in_an_old_country_by_an_old_group_before_its_naming(built, tmp_path):
    """AQIM was named in 2006: its new 2004 attack in northern Mali is GSPC's too (derived),
    and Mali's tally of attacks grows by one."""
    text = """<urn:x-test:s> {
      attack:x-test a kg:Attack ; kg:place place:northern-mali ;
        kg:earliest "2004-05-01"^^xsd:date ; kg:latest "2004-05-31"^^xsd:date ;
        kg:attribution attribution:x-test .
      attribution:x-test a kg:Attribution ; kg:attributedTo group:aqim ;
        kg:modality modality:conducted .
    }"""
    kg, added, derived = reasoned_after(built, increment(tmp_path, "attack", text))
    attack = ox.NamedNode(str(ATTACK["x-test"]))
    assert held_by(kg, attack) == {GSPC}
    updated, full = precomputed_both_ways(kg, added, derived)
    assert updated == full
    country = ox.NamedNode(str(KGI.country))
    assert any(q.subject == attack and q.predicate == country for q in updated)
    attacks = ox.NamedNode(str(KGI.attacks))
    assert {q for q in updated if q.predicate == attacks} != {
        q for q in graph_of(built, PRECOMPUTED) if q.predicate == attacks
    }


def test_a_second_lineage_step_into_an_old_group_takes_an_old_derivation_away(built, tmp_path):
    """GSPC made a second time, from another group: the walk back from AQIM cannot say who
    held the April 2003 kidnapping, so the derived attribution to GSPC goes."""
    text = """<urn:x-test:s> {
      event:x-test a kg:Split ; kg:priorOrganisation group:al-qaida ;
        kg:resultingOrganisation group:gspc ; kg:earliest "1999-01-01"^^xsd:date .
    }"""
    assert held_by(built, APRIL_2003) == {GSPC}
    kg, _, _ = reasoned_after(built, increment(tmp_path, "lineage-step", text))
    assert held_by(kg, APRIL_2003) == set()


def test_a_stated_attribution_to_the_holder_takes_the_derived_one_away(built, tmp_path):
    """A source now says GSPC did the April 2003 kidnapping: nothing is derived for it."""
    text = """<urn:x-test:s> {
      attack:2003-04-northern-mali-hostages kg:attribution attribution:x-test .
      attribution:x-test a kg:Attribution ; kg:attributedTo group:gspc ;
        kg:modality modality:conducted .
    }"""
    kg, _, _ = reasoned_after(built, increment(tmp_path, "stated", text))
    assert not any(
        q.predicate == ox.NamedNode(str(KG.attribution)) and q.subject == APRIL_2003
        for q in graph_of(kg, DERIVED)
    )
