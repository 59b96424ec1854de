"""Who held it at the time (#16): an attack a profile credits to a group from before the group
came to be is also attributed to the predecessor that existed then, as a derived statement
with the rule that made it, never replacing what the text says."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import PROV

from kg.cli import app
from kg.derive import derive
from kg.load import load
from kg.namespaces import ATTACK, ATTRIBUTION, DERIVED_GRAPH, GROUP, KG, PROFILE
from kg.reason import reason

from .conftest import csv_rows

APRIL_2003 = str(ATTACK["2003-04-northern-mali-hostages"])
STATED = ATTRIBUTION["2003-04-northern-mali-hostages-aqim"]


def attacks(runner, built: Path, group: str) -> list[dict[str, str]]:
    result = runner.invoke(
        app,
        ["query", "attacks", "--param", f"group={group}", "--format", "csv", "--build", str(built)],
    )
    assert result.exit_code == 0, result.output
    return csv_rows(result.stdout)


def test_gspc_held_the_april_2003_kidnapping_at_the_time_derived(runner, built):
    rows = [r for r in attacks(runner, built, "GSPC") if r["attack"] == APRIL_2003]
    assert {(r["perpetratorName"], r["derivedFrom"]) for r in rows} == {("GSPC", str(STATED))}


def test_aqims_attacks_still_show_the_texts_own_attribution(runner, built):
    rows = [r for r in attacks(runner, built, "AQIM") if r["attack"] == APRIL_2003]
    assert ("AQIM", "Implied subject", "") in {
        (r["perpetratorName"], r["modality"], r["derivedFrom"]) for r in rows
    }


def test_the_derived_attribution_names_its_rule_and_source_in_the_derived_graph(reasoned_kg):
    graph = reasoned_kg.graph(DERIVED_GRAPH)
    (derived,) = set(graph.subjects(KG.attributedTo, GROUP.gspc))
    assert (derived, PROV.wasDerivedFrom, STATED) in graph
    qualified = graph.value(derived, PROV.qualifiedDerivation)
    assert graph.value(qualified, PROV.hadPlan) == KG.heldAtTheTime
    assert graph.value(qualified, PROV.entity) == STATED
    # what the text says stays where it was, as it was
    section = reasoned_kg.graph(PROFILE["aqim#attack-02"])
    assert (STATED, KG.attributedTo, GROUP.aqim) in section
    assert (STATED, KG.attributedTo, GROUP.gspc) not in reasoned_kg.dataset


def test_reasoning_again_rewrites_rather_than_adds(tmp_path):
    kg = load([Path("data")])
    reason(kg)
    first = len(kg.graph(DERIVED_GRAPH))
    reason(kg)
    assert len(kg.graph(DERIVED_GRAPH)) == first == derive(kg) > 0


FAMILY = """
@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/held/> .
@prefix modality: <https://w3id.org/ctkg/vocab/attribution-modality/> .
ex:section {
  ex:new a kg:ArmedGroup ; kg:renamedFrom ex:old .
  ex:rename a kg:Rename ; kg:priorOrganisation ex:old ; kg:resultingOrganisation ex:new ;
    kg:earliest "2010-01-01"^^xsd:date .
  ex:undated a kg:ArmedGroup ; kg:splitFrom ex:old .
  ex:split a kg:Split ; kg:priorOrganisation ex:old ; kg:resultingOrganisation ex:undated .
  ex:before a kg:Attack ; kg:latest "2009-12-31"^^xsd:date ; kg:attribution ex:before-new .
  ex:before-new kg:attributedTo ex:new ; kg:modality modality:claimed-responsibility .
  ex:after a kg:Attack ; kg:latest "2010-01-01"^^xsd:date ; kg:attribution ex:after-new .
  ex:after-new kg:attributedTo ex:new ; kg:modality modality:conducted .
  ex:splinter a kg:Attack ; kg:latest "1990-01-01"^^xsd:date ; kg:attribution ex:splinter-a .
  ex:splinter-a kg:attributedTo ex:undated ; kg:modality modality:conducted .
}
"""


def test_only_an_attack_before_a_dated_step_is_derived_never_a_guess(tmp_path):
    (tmp_path / "family.trig").write_text(FAMILY, encoding="utf-8")
    kg = load([tmp_path / "family.trig"])
    reason(kg)
    held = {
        (str(q.subject.value), str(q.object.value))
        for q in kg.store.quads_for_pattern(
            None, ox.NamedNode(str(KG.perpetrator)), None, ox.NamedNode(str(DERIVED_GRAPH))
        )
    }
    # before the 2010 rename: the old name held it, with the text's own modality
    assert held == {("https://example.org/held/before", "https://example.org/held/old")}
    derived = next(iter(kg.graph(DERIVED_GRAPH).subjects(KG.attributedTo, None)))
    assert kg.graph(DERIVED_GRAPH).value(derived, KG.modality) == URIRef(
        "https://w3id.org/ctkg/vocab/attribution-modality/claimed-responsibility"
    )
