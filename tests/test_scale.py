"""Does the fast default path answer exactly as the owlrl / pySHACL / rdflib reference does?

The default engine (`rules`), validator (`split`) and query path (Oxigraph) exist only because
they are fast; a fast path that answers differently is a bug. These checks run on the XS
synthetic corpus (the benchmark's generator, ~5 k triples), on the S corpus the benchmark
measures (~16 k triples; pySHACL takes a minute or two on it) and on the shape fixtures;
`python -m benchmarks` repeats the equality checks on S and M.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.generate import generate
from benchmarks.params import catalogue_params
from rdflib import BNode

from kg.errors import KgError
from kg.load import add_file, load
from kg.namespaces import GRAPH, KG, ONTOLOGY_GRAPH
from kg.query import EmbeddedStore, run_query, to_csv
from kg.query_catalogue import catalogue
from kg.reason import entailments, reason
from kg.store.embedded import OxigraphStore
from kg.validate import validate
from tests.hermetic import DATA

from .conftest import comparable_rows, csv_rows

ROOT = Path(__file__).resolve().parent.parent
# The split validator runs the core shapes in pySHACL as the reference does; only the SHACL-SPARQL
# constraints run elsewhere, so the fixtures of the shapes that have one are the ones to compare.
SPARQL_SHAPES = (
    "FigureShape",
    "AttackBeforePerpetratorInceptionShape",
    "LeadershipShape",
    "LeadershipBeforeInceptionShape",
    "LineageCycleShape",
    "SourceAccessedAfterProfileUpdateShape",
)
SHAPE_FIXTURES = sorted(
    path for shape in SPARQL_SHAPES for path in (ROOT / "tests" / "shapes" / shape).glob("*/*.ttl")
)
BROKEN = Path(__file__).resolve().parent / "scale" / "broken-groups.trig"


@pytest.fixture(scope="module")
def xs_corpus(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("corpus") / "XS", "XS", seed=11).folder


def result_keys(report) -> list[tuple[str, ...]]:
    """Results as comparable rows; anonymous (blank-node) shapes compare as one."""
    return sorted(
        (
            str(r.focus_node),
            str(r.path),
            "_:" if isinstance(r.source_shape, BNode) else str(r.source_shape),
            r.severity.value,
            r.message,
            str(r.value),
        )
        for r in report.results
    )


def test_generated_corpus_passes_the_shapes_with_lineage_to_infer(xs_corpus):
    kg = load([xs_corpus])
    inferred = reason(kg)
    assert validate(kg).conforms
    assert inferred.inferred > 0
    assert any(kg.dataset.triples((None, KG.formedByMergerOf, None)))
    assert any(kg.dataset.triples((None, KG.renamedFrom, None)))


def test_the_same_seed_gives_the_same_corpus(tmp_path):
    first = generate(tmp_path / "a", "XS", seed=3)
    second = generate(tmp_path / "b", "XS", seed=3)
    for path in sorted(first.folder.rglob("*.t*")):
        assert path.read_bytes() == (second.folder / path.relative_to(first.folder)).read_bytes()


def test_rules_engine_infers_exactly_what_owlrl_infers_on_the_synthetic_corpus(xs_corpus):
    kg = load([xs_corpus])
    fast = entailments(kg, engine="rules")
    reference = entailments(kg, engine="owlrl")
    assert fast == reference
    lineage = {t for t in fast if t[1] in (KG.hasPredecessor, KG.hasSuccessor, KG.locatedIn)}
    assert lineage, "the corpus must exercise the transitive closures"


def test_rules_engine_infers_exactly_what_owlrl_infers_on_the_curated_data(raw_kg):
    assert entailments(raw_kg, engine="rules") == entailments(raw_kg, engine="owlrl")


def test_class_memberships_through_a_partners_classes_are_the_owl_rl_ones(tmp_path):
    """The class-membership query scans only the domains, ranges and sub-classes that can
    entail a class of ours: a range of xsd:date or of another vocabulary's class, a partner's
    class under ours, a blank-node subject and a literal where a class is expected must still
    give exactly the memberships OWL 2 RL entails in our classes (prp-dom, prp-rng, cax-sco,
    worked out by hand: owlrl itself takes 10 s over the ontology)."""
    prefixes = (
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "@prefix ex: <https://example.org/partner#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    )
    schema = tmp_path / "partner-schema.ttl"
    schema.write_text(
        prefixes + "ex:Cell rdfs:subClassOf kg:ArmedGroup .\n"
        "ex:heardOf rdfs:domain ex:Person ; rdfs:range xsd:date .\n"
        "ex:splinter rdfs:domain kg:Organisation ; rdfs:range ex:Cell .\n",
        encoding="utf-8",
    )
    data = tmp_path / "partner.ttl"
    data.write_text(
        prefixes + 'ex:a ex:heardOf "2020-01-01"^^xsd:date ; ex:splinter ex:b , "a literal" .\n'
        "[] ex:splinter ex:c .\nex:d a ex:Cell .\n",
        encoding="utf-8",
    )
    kg = load([data])
    add_file(kg, schema, ONTOLOGY_GRAPH)
    fast = entailments(kg, engine="rules")
    partner = "https://example.org/partner#"
    group_kinds = ("ArmedGroup", "Organisation")
    assert {(str(s), str(o)) for s, _, o in fast if str(s).startswith(partner)} == {
        (partner + "a", str(KG.Organisation)),
        *((partner + node, str(KG[kind])) for node in "bcd" for kind in group_kinds),
    }


def test_rules_engine_refuses_an_axiom_it_does_not_cover(tmp_path):
    extra = tmp_path / "functional.ttl"
    extra.write_text(
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "kg:inception a owl:FunctionalProperty .\n",
        encoding="utf-8",
    )
    kg = load([DATA])
    add_file(kg, extra, ONTOLOGY_GRAPH)
    with pytest.raises(KgError, match="owlrl"):
        entailments(kg, engine="rules")


def test_split_validator_reports_what_pyshacl_reports_on_broken_synthetic_data(xs_corpus):
    kg = load([xs_corpus / "places.ttl"])
    add_file(kg, BROKEN, GRAPH["broken"])
    reason(kg)
    fast = validate(kg, validator="split")
    reference = validate(kg, validator="pyshacl")
    assert not reference.conforms
    assert result_keys(fast) == result_keys(reference)
    shapes = {str(r.source_shape).rsplit("#", 1)[-1] for r in fast.results}
    assert {"LineageCycleShape", "FigureShape", "LeadershipShape"} <= shapes


def test_split_validator_reports_what_pyshacl_reports_on_the_curated_data(reasoned_kg):
    assert result_keys(validate(reasoned_kg, validator="split")) == result_keys(
        validate(reasoned_kg, validator="pyshacl")
    )


@pytest.mark.parametrize(
    "fixture", SHAPE_FIXTURES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}"
)
def test_split_validator_reports_what_pyshacl_reports_on_every_shape_fixture(fixture):
    kg = load([fixture, DATA / "places.ttl"])
    reason(kg)
    assert result_keys(validate(kg, validator="split")) == result_keys(
        validate(kg, validator="pyshacl")
    )


def test_unknown_validator_is_refused_with_the_choices(raw_kg):
    with pytest.raises(KgError, match="split, pyshacl"):
        validate(raw_kg, validator="fast-and-loose")


# ---------------------------------------------------------------- the S corpus


@pytest.fixture(scope="module")
def s_corpus(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("corpus") / "S", "S").folder


@pytest.fixture(scope="module")
def s_reasoned(s_corpus):
    kg = load([s_corpus])
    reason(kg)
    return kg


def test_on_the_s_corpus_the_rules_engine_infers_exactly_what_owlrl_infers(s_corpus):
    kg = load([s_corpus])
    fast = entailments(kg, engine="rules")
    assert fast == entailments(kg, engine="owlrl")
    assert any(p == KG.hasPredecessor for _, p, _ in fast)


def test_on_the_s_corpus_with_broken_groups_split_validation_reports_what_pyshacl_does(s_corpus):
    kg = load([s_corpus])
    add_file(kg, BROKEN, GRAPH["broken"])
    reason(kg)
    fast = validate(kg, validator="split")
    assert not fast.conforms
    assert result_keys(fast) == result_keys(validate(kg, validator="pyshacl"))


def test_on_the_s_corpus_every_catalogue_query_answers_as_rdflib_does(s_corpus, s_reasoned):
    """Each query with the parameters the benchmark times it with, except conflicting-claims:
    rdflib's engine takes minutes on it at this size (it scans every section graph per claim);
    its equality with Oxigraph is checked on the curated data in test_fast_query.py."""
    fast, reference = OxigraphStore(s_reasoned), EmbeddedStore(s_reasoned)
    compared, answered = [], 0
    for name, query in sorted(catalogue().items()):
        if name == "conflicting-claims":
            continue
        for label, params in catalogue_params(s_corpus, name):
            ours = csv_rows(to_csv(run_query(fast, query, params)))
            theirs = csv_rows(to_csv(run_query(reference, query, params)))
            assert comparable_rows(ours) == comparable_rows(theirs), label
            compared.append(label)
            answered += bool(ours)
    assert len(compared) >= len(catalogue()) - 1
    assert answered >= len(compared) - 2  # the parameters find data: not a comparison of nothing
