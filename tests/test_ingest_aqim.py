"""Does `kg ingest` read the AQIM profile the way the curator did?

The curated `data/profiles/aqim.trig` was written by hand from `data/profiles/aqim.txt`. The
ingested graph is compared with it fact type by fact type, semantically (an attack is its date
and places, a group its acronym or name, a figure its count, qualifier and section), never by
IRI. Precision and recall are printed per type with every miss; the curated facts that are an
analyst's judgement rather than something the text states are listed in
`tests/ingest/aqim-judgements.txt` and left out of the comparison — that file is the whole list
of what the parser is not expected to find.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS
from rdflib.term import Node

from kg.ingest import ingest_profile
from kg.load import load
from kg.names import normalise_name
from kg.namespaces import GROUP, KG, SCHEMA
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
PROFILE = DATA / "profiles" / "aqim.txt"
CURATED = DATA / "profiles" / "aqim.trig"
JUDGEMENTS = Path(__file__).parent / "ingest" / "aqim-judgements.txt"

Fact = tuple


@pytest.fixture(scope="module")
def gazetteer():
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def ingested(gazetteer) -> Dataset:
    result = ingest_profile(PROFILE, existing=gazetteer)
    assert result.ok, result.review()
    return result.dataset


@pytest.fixture(scope="module")
def curated() -> Dataset:
    dataset = Dataset()
    dataset.parse(CURATED, format="trig")
    return dataset


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


# ---------------------------------------------------------------- semantic keys


def _text(node: Node | None) -> str:
    return " ".join(str(node).split()) if node is not None else ""


def key(g: Graph, node: Node) -> str:
    """What a node is, independent of its IRI."""
    if not isinstance(node, URIRef):
        return _text(node)
    types = set(g.objects(node, RDF.type))
    if types & {KG.ArmedGroup} or str(node).startswith(str(GROUP)):
        acronyms = sorted(str(a) for a in g.objects(node, KG.acronym))
        if acronyms:
            return "group:" + acronyms[0]
        return "group:" + normalise_name(_pref(g, node))
    if types & {KG.Organisation, KG.Person}:
        return normalise_name(_pref(g, node))
    if types & {KG.Attack, KG.Campaign}:
        places = ",".join(sorted(key(g, p) for p in g.objects(node, KG.place)))
        return f"attack:{_text(g.value(node, KG.edtf))}@{places}"
    return str(node).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _pref(g: Graph, node: Node) -> str:
    labels = sorted(g.objects(node, SKOS.prefLabel), key=lambda lit: (lit.language != "en", str(lit)))  # noqa: E501
    return str(labels[0]) if labels else str(node)


def attacks(g: Graph) -> list[URIRef]:
    return sorted({a for cls in (KG.Attack, KG.Campaign) for a in g.subjects(RDF.type, cls)})


def groups(g: Graph) -> list[URIRef]:
    return sorted(set(g.subjects(RDF.type, KG.ArmedGroup)))


# ---------------------------------------------------------------- fact types


def sections(g: Graph) -> set[Fact]:
    return {
        (key(g, s), _text(g.value(s, DCTERMS.title)), int(g.value(s, KG.startLine)),
         int(g.value(s, KG.endLine)), _text(g.value(s, KG.verbatim)))
        for s in g.subjects(RDF.type, KG.ProfileSection)
    }


def document(g: Graph) -> set[Fact]:
    facts: set[Fact] = set()
    for doc in g.subjects(RDF.type, KG.ProfileDocument):
        for prop in (DCTERMS.title, KG.sourceFile, DCTERMS.modified, DCTERMS.isPartOf, FOAF.primaryTopic):  # noqa: E501
            for value in g.objects(doc, prop):
                facts.add((prop.n3(g.namespace_manager), key(g, value) if isinstance(value, URIRef) else _text(value)))  # noqa: E501
    return facts


def names(g: Graph) -> set[Fact]:
    return {
        (key(g, group), prop.n3(g.namespace_manager), _text(name), getattr(name, "language", None))
        for group in groups(g)
        for prop in (SKOS.prefLabel, SKOS.altLabel, KG.acronym, KG.formerName)
        for name in g.objects(group, prop)
    }


def attack_entries(g: Graph) -> set[Fact]:
    return {(key(g, a), "Campaign" if (a, RDF.type, KG.Campaign) in g else "Attack") for a in attacks(g)}  # noqa: E501


def dates(g: Graph) -> set[Fact]:
    return {
        (key(g, a), *(_text(g.value(a, p)) for p in (KG.edtf, KG.earliest, KG.latest, KG.date)),
         key(g, g.value(a, KG.datePrecision)))
        for a in attacks(g)
    }


def casualties(g: Graph) -> set[Fact]:
    facts: set[Fact] = set()
    for a in attacks(g):
        for prop in (KG.killed, KG.wounded, KG.hostagesTaken, KG.hostagesReleased):
            for figure in g.objects(a, prop):
                facts.add((key(g, a), prop.n3(g.namespace_manager), _text(g.value(figure, KG.count)),  # noqa: E501
                           key(g, g.value(figure, KG.countQualifier))))
        for amount in g.objects(a, KG.ransom):
            facts.add((key(g, a), "ransom", float(g.value(amount, SCHEMA.value)), _text(g.value(amount, SCHEMA.currency))))  # noqa: E501
    return facts


def provenance(g: Graph, d: Dataset) -> set[Fact]:
    """Which section states each figure and attribution (33 killed in attack-04, 38 in
    tactics, at least 29 in reference-9)."""
    facts: set[Fact] = set()
    for s, p, o, graph in d.quads((None, None, None, None)):
        if p in (KG.killed, KG.wounded, KG.hostagesTaken, KG.hostagesReleased):
            facts.add((key(g, s), p.n3(g.namespace_manager), _text(g.value(o, KG.count)), key(g, graph)))  # noqa: E501
        elif p == KG.attribution:
            facts.add((key(g, s), key(g, g.value(o, KG.attributedTo)), key(g, graph)))
        elif p in (KG.splitFrom, KG.renamedFrom, KG.hasLeadership, KG.declaredEnemy):
            facts.add((key(g, s), p.n3(g.namespace_manager), key(g, graph)))
    return facts


def targets(g: Graph) -> set[Fact]:
    """Named targets, victims and related events of attacks."""
    return {
        (key(g, a), prop.n3(g.namespace_manager), _describe(g, value))
        for a in attacks(g)
        for prop in (KG.target, KG.victim, KG.relatedEvent)
        for value in g.objects(a, prop)
    }


def _describe(g: Graph, node: Node) -> str:
    if (node, RDF.type, KG.Event) in g or (node, RDF.type, KG.LegalEvent) in g:
        return f"event:{_text(g.value(node, KG.edtf))}:{normalise_name(_pref(g, node))}"
    return key(g, node) if (node, RDF.type, KG.Facility) not in g else "facility:" + normalise_name(_pref(g, node))  # noqa: E501


def events(g: Graph) -> set[Fact]:
    """Events other than attacks, lineage events and court rulings: by date and place."""
    facts: set[Fact] = set()
    for event in g.subjects(RDF.type, KG.Event):
        types = set(g.objects(event, RDF.type))
        if types & {KG.Attack, KG.Campaign, KG.LegalEvent, KG.Split, KG.Merger, KG.Rename}:
            continue
        facts.add((
            _text(g.value(event, KG.edtf)),
            tuple(sorted(key(g, p) for p in g.objects(event, KG.place))),
            tuple(sorted(key(g, p) for p in g.objects(event, KG.participant))),
        ))
    return facts


def entities(g: Graph) -> set[Fact]:
    """Persons, organisations other than armed groups, and facilities, with their names and
    the facts stated about them."""
    facts: set[Fact] = set()
    for cls in (KG.Person, KG.Organisation, KG.Facility):
        for node in g.subjects(RDF.type, cls):
            if (node, RDF.type, KG.ArmedGroup) in g:
                continue
            label = _describe(g, node)
            facts.add((cls.n3(g.namespace_manager), label))
            for prop in (KG.acronym, SKOS.altLabel, KG.nationality, KG.locatedIn):
                for value in g.objects(node, prop):
                    facts.add((label, prop.n3(g.namespace_manager), key(g, value) if isinstance(value, URIRef) else _text(value)))  # noqa: E501
    return facts


def places(g: Graph) -> set[Fact]:
    facts = {(key(g, a), key(g, p)) for a in attacks(g) for p in g.objects(a, KG.place)}
    facts |= {(key(g, grp), "area", key(g, p)) for grp in groups(g) for p in g.objects(grp, KG.areaOfOperation)}  # noqa: E501
    return facts


def attributions(g: Graph) -> set[Fact]:
    return {
        (key(g, a), key(g, g.value(at, KG.attributedTo)), key(g, g.value(at, KG.modality)))
        for a in attacks(g)
        for at in g.objects(a, KG.attribution)
    }


def classification(g: Graph) -> set[Fact]:
    return {
        (key(g, a), prop.n3(g.namespace_manager), key(g, value))
        for a in attacks(g)
        for prop in (KG.attackType, KG.weaponType, KG.targetType, KG.suicide)
        for value in g.objects(a, prop)
    }


def lineage(g: Graph) -> set[Fact]:
    facts: set[Fact] = set()
    for grp in groups(g):
        for prop in (KG.splitFrom, KG.renamedFrom, KG.absorbed, KG.formedByMergerOf, KG.affiliateOf, KG.alliedWith):  # noqa: E501
            for other in g.objects(grp, prop):
                facts.add((key(g, grp), prop.n3(g.namespace_manager), key(g, other)))
        for inception in g.objects(grp, KG.inception):
            facts.add((key(g, grp), "inception", _text(inception)))
    for cls in (KG.Split, KG.Merger, KG.Rename):
        for event in g.subjects(RDF.type, cls):
            facts.add((
                cls.n3(g.namespace_manager),
                tuple(sorted(key(g, o) for o in g.objects(event, KG.priorOrganisation))),
                key(g, g.value(event, KG.resultingOrganisation)),
                tuple(sorted(key(g, o) for o in g.objects(event, KG.mergerPartner))),
                *(_text(g.value(event, p)) for p in (KG.edtf, KG.earliest, KG.latest, KG.date)),
                key(g, g.value(event, KG.datePrecision)),
            ))
    return facts


def leadership(g: Graph) -> set[Fact]:
    facts = {
        (key(g, g.value(node, KG.ofOrganisation)), key(g, g.value(node, KG.leader)), _text(g.value(node, KG.startDate)))  # noqa: E501
        for node in g.subjects(RDF.type, KG.Leadership)
    }
    for event in g.subjects(RDF.type, KG.LegalEvent):
        facts.add((
            "legal", _text(g.value(event, KG.edtf)),
            tuple(sorted(key(g, o) for o in g.objects(event, KG.legalOutcome))),
            key(g, g.value(event, KG.jurisdiction)) if g.value(event, KG.jurisdiction) else "",
            key(g, g.value(event, KG.defendant)) if g.value(event, KG.defendant) else "",
            _text(g.value(event, KG.coDefendants)),
            key(g, g.value(event, KG.relatedEvent)) if g.value(event, KG.relatedEvent) else "",
        ))
    return facts


def references(g: Graph) -> set[Fact]:
    facts: set[Fact] = set()
    for source in g.subjects(RDF.type, KG.Source):
        if (source, RDF.type, KG.ProfileDocument) in g:
            continue
        number = int(g.value(source, KG.referenceNumber))
        for prop in (DCTERMS.title, DCTERMS.creator, SCHEMA.editor, DCTERMS.publisher,
                     SCHEMA.isPartOf, SCHEMA.url, KG.accessed, DCTERMS.modified):
            for value in g.objects(source, prop):
                facts.add((number, prop.n3(g.namespace_manager),
                           key(g, value) if isinstance(value, URIRef) else _text(value)))
    return facts


def group_facts(g: Graph) -> set[Fact]:
    facts: set[Fact] = set()
    for grp in groups(g):
        for prop in (KG.fundingActivity, KG.tactic, KG.targetType, KG.structure, KG.ideology,
                     KG.goal, RDFS.seeAlso, KG.leadersTrainedWith):
            for value in g.objects(grp, prop):
                facts.add((key(g, grp), prop.n3(g.namespace_manager), key(g, value)))
        for enmity in g.objects(grp, KG.declaredEnemy):
            facts.add((key(g, grp), "enemy", key(g, g.value(enmity, KG.enemy)), int(g.value(enmity, KG.rank))))  # noqa: E501
        for event in g.objects(grp, KG.praised):
            facts.add((key(g, grp), "praised", _text(g.value(event, KG.edtf)), key(g, g.value(event, KG.place))))  # noqa: E501
    return facts


FACT_TYPES: dict[str, Callable[[Graph, Dataset], set[Fact]]] = {
    "sections": lambda g, d: sections(g),
    "document": lambda g, d: document(g),
    "names": lambda g, d: names(g),
    "attacks": lambda g, d: attack_entries(g),
    "dates": lambda g, d: dates(g),
    "casualties": lambda g, d: casualties(g),
    "provenance": provenance,
    "places": lambda g, d: places(g),
    "attributions": lambda g, d: attributions(g),
    "classification": lambda g, d: classification(g),
    "lineage": lambda g, d: lineage(g),
    "leadership": lambda g, d: leadership(g),
    "references": lambda g, d: references(g),
    "group facts": lambda g, d: group_facts(g),
    "targets": lambda g, d: targets(g),
    "events": lambda g, d: events(g),
    "entities": lambda g, d: entities(g),
}


def judgements() -> set[str]:
    """Curated facts left out of the comparison, one `type | fact` line each."""
    lines = JUDGEMENTS.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def facts(dataset: Dataset, name: str) -> set[Fact]:
    return FACT_TYPES[name](_union(dataset), dataset)


Scores = dict[str, tuple[float, float, list[str], int, int]]


def compare(curated: Dataset, ingested: Dataset) -> Scores:
    """Per fact type: precision, recall, every miss, facts expected, facts found."""
    excluded = judgements()
    scores: Scores = {}
    for name in FACT_TYPES:
        expected = {f for f in facts(curated, name) if f"{name} | {f!r}" not in excluded}
        found = facts(ingested, name)
        hits = expected & found
        misses = [f"missed    {name} | {f!r}" for f in sorted(expected - found, key=repr)]
        misses += [f"spurious  {name} | {f!r}" for f in sorted(found - expected, key=repr)]
        precision = len(hits) / len(found) if found else 1.0
        recall = len(hits) / len(expected) if expected else 1.0
        scores[name] = (precision, recall, misses, len(expected), len(found))
    return scores


def print_scores(scores: Scores) -> None:
    print()
    print(f"{'fact type':<16} {'precision':>9} {'recall':>7} {'curated':>8} {'ingested':>9}")
    for name, (precision, recall, misses, expected, found) in scores.items():
        print(f"{name:<16} {precision:>9.3f} {recall:>7.3f} {expected:>8} {found:>9}")
        for miss in misses:
            print(f"    {miss}")
    print(f"(judgements left out, listed in {JUDGEMENTS.name}: {len(judgements())})")


def test_ingesting_the_aqim_profile_reproduces_the_curated_facts(curated, ingested, capsys):
    scores = compare(curated, ingested)
    with capsys.disabled():
        print_scores(scores)
    misses = [m for _, _, found, _, _ in scores.values() for m in found]
    assert not misses, "\n".join(misses)


def test_every_listed_judgement_is_a_curated_fact_the_parser_misses(curated, ingested):
    """The judgements file lists only facts that exist in the curated data and that the
    parser does not produce: a stale line (the fact changed, or the parser learnt it) fails."""
    listed = judgements()
    stale = []
    for line in sorted(listed):
        name, _, fact = line.partition(" | ")
        curated_facts = {repr(f) for f in facts(curated, name)}
        ingested_facts = {repr(f) for f in facts(ingested, name)}
        if fact not in curated_facts or fact in ingested_facts:
            stale.append(line)
    assert not stale, "\n".join(stale)

