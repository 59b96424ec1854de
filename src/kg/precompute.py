"""What a catalogue query would otherwise work out across the whole graph on every run, worked
out once per graph into a named graph of its own (`PRECOMPUTED_GRAPH`).

At the L corpus (1.45 M triples) `conflicting-claims` paired every figure and date statement of
the graph (485 ms), and resolving a name parameter folded every name of the graph (about a
second in a fresh `kg query` process). The build writes, after validation:

- `?subject kgi:disputed ?property`: a subject the sources give more than one value of a
  figure or date property (the candidates for the pairs below);
- one node per row of `conflicting-claims` (an IRI under the graph's, made from the row),
  with `kgi:claimAbout`, `kgi:property`, `kgi:section1` …: the pairs of differing statements,
  which that query then only reads;
- `?entity kgi:nameKey "folded"`: each name of each entity in the folded form that parameters
  are matched in (`kg.names.normalise_name`);
- for `casualties-by-year` (#15, `lineage_casualties`): `?organisation kgi:lineageAttack
  ?attack` for every attack by the organisation or by one it descends from, and each attack's
  `kgi:attackYear`, `kgi:killedLowest` and `kgi:killedHighest`. The query read these through
  property paths (`kg:hasPredecessor?`, and `+` paths that give each pair once where the union
  default graph repeats a triple per section); Virtuoso 7 evaluates the zero-length step from a
  bound group as matching every node, and the path-free form was 100× slower embedded.

It is derived data, like the inferred graph: the build's `graph.nq` and store hold it, an
incremental build drops it before reasoning and validating and writes it anew, and a graph
loaded and reasoned in a notebook gets it on its first catalogue query (`ensure_precomputed`).
Nothing here is an ontology term: `kgi:` is `https://w3id.org/ctkg/index#`.

Each attack's countries alone were precomputed once before and taken out again: the query still
counted every pair (200 ms at L) and, by group, joined them with the lineage through a path
(0.7–3.8 s). The tallies and the lineage index remove both. Queries that list
every statement of an entity by its section (`group-profile`) leave this graph out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pyoxigraph as ox
from rdflib import RDF, SKOS

from kg.errors import KgError
from kg.load import KnowledgeGraph
from kg.names import NAME_PROPERTIES, normalise_name
from kg.namespaces import KG, KGI, PRECOMPUTED_GRAPH, VOCAB

_GRAPH = ox.NamedNode(str(PRECOMPUTED_GRAPH))
_MARKER = ox.Quad(_GRAPH, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KGI.Index)), _GRAPH)
LINEAGE_MARKER = ox.Quad(
    _GRAPH, ox.NamedNode(str(KGI.holds)), ox.NamedNode(str(KGI.lineageAttack)), _GRAPH
)
"""Written with `lineage_casualties`' index: a precomputed graph without it (a build or a push
by an older kg) would answer casualties-by-year with no rows."""
COUNTRY_MARKER = ox.Quad(
    _GRAPH, ox.NamedNode(str(KGI.holds)), ox.NamedNode(str(KGI.country)), _GRAPH
)
"""Written with `attacks_by_country`' index and the claims' ranks (one revision of this graph):
without it (a graph an older kg wrote) attacks-by-country and conflicting-claims would answer
with no rows."""
_MARKERS = (_MARKER, LINEAGE_MARKER, COUNTRY_MARKER)
_REVISION = "_precomputed_revision"

DISPUTABLE = (
    KG.killed, KG.wounded, KG.hostagesTaken, KG.hostagesReleased,
    KG.inception, KG.dissolved, KG.date, KG.startDate, KG.endDate,
)
"""The properties `conflicting-claims` compares statements of."""
_DISPUTED = f"""
SELECT ?subject ?property WHERE {{
  VALUES ?property {{ {" ".join(f"<{p}>" for p in DISPUTABLE)} }}
  ?subject ?property ?value .
}}
GROUP BY ?subject ?property
HAVING (COUNT(DISTINCT ?value) > 1)
"""


_CONFLICTS = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

SELECT DISTINCT ?subject ?subjectName ?property ?value1 ?qualifier1 ?section1
  ?value2 ?qualifier2 ?section2 ?compatible
WHERE {{
  {{
    VALUES ?property {{ kg:killed kg:wounded kg:hostagesTaken kg:hostagesReleased }}
    # the subjects with more than one value, written just before (kgi:disputed)
    GRAPH <{PRECOMPUTED_GRAPH}> {{
      ?subject <{KGI.disputed}> ?property
    }}
    ?subject ?property ?figure1 , ?figure2 .
    FILTER(STR(?figure1) < STR(?figure2))
    GRAPH ?section1 {{ ?subject ?property ?figure1 }}
    GRAPH ?section2 {{ ?subject ?property ?figure2 }}
    ?figure1 kg:countQualifier ?q1 .
    ?figure2 kg:countQualifier ?q2 .
    ?q1 skos:prefLabel ?qualifier1 .
    ?q2 skos:prefLabel ?qualifier2 .
    OPTIONAL {{ ?figure1 kg:count ?value1 }}
    OPTIONAL {{ ?figure2 kg:count ?value2 }}
    FILTER(?q1 != ?q2 || COALESCE(?value1, -1) != COALESCE(?value2, -1))
    BIND(
      (?q1 = <https://w3id.org/ctkg/vocab/count-qualifier/at-least>
        && COALESCE(?value2 >= ?value1, false))
      || (?q2 = <https://w3id.org/ctkg/vocab/count-qualifier/at-least>
        && COALESCE(?value1 >= ?value2, false))
      || ?q1 = <https://w3id.org/ctkg/vocab/count-qualifier/unknown>
      || ?q2 = <https://w3id.org/ctkg/vocab/count-qualifier/unknown>
      AS ?compatible)
  }}
  UNION
  {{
    VALUES ?property {{ kg:inception kg:dissolved kg:date kg:startDate kg:endDate }}
    GRAPH <{PRECOMPUTED_GRAPH}> {{
      ?subject <{KGI.disputed}> ?property
    }}
    ?subject ?property ?value1 , ?value2 .
    FILTER(STR(?value1) < STR(?value2))
    GRAPH ?section1 {{ ?subject ?property ?value1 }}
    GRAPH ?section2 {{ ?subject ?property ?value2 }}
    BIND(false AS ?compatible)
  }}
  OPTIONAL {{ ?subject skos:prefLabel ?subjectName }}
}}
"""
"""The pairs of differing statements `conflicting-claims` lists, one row each, found from the
`kgi:disputed` candidates (so it runs after they are written)."""
_CLAIM_COLUMNS = {
    "subject": KGI.claimAbout, "subjectName": KGI.subjectName, "property": KGI.property,
    "value1": KGI.value1, "qualifier1": KGI.qualifier1, "section1": KGI.section1,
    "value2": KGI.value2, "qualifier2": KGI.qualifier2, "section2": KGI.section2,
    "compatible": KGI.compatible,
}


def _claim_iri(row: ox.QuerySolution, columns: dict[str, ox.NamedNode]) -> ox.NamedNode:
    """An IRI for one row, made from its values: the same row gets the same IRI in every build
    (exports refuse blank nodes, and a release diff stays quiet)."""
    digest = hashlib.sha256()
    for name in columns:
        digest.update(f"{name}={row[name]}\n".encode("utf-8", "surrogatepass"))
    return ox.NamedNode(f"{PRECOMPUTED_GRAPH}/claim/{digest.hexdigest()[:32]}")


def conflicting_claims(store: ox.Store) -> list[ox.Quad]:
    """The rows of `conflicting-claims`, one node each (`_claim_iri`) with a triple per column
    that has a value, and its `kgi:rank` in the query's order: by subject, then property, as
    SPARQL orders terms (blank nodes before IRIs, IRIs by their text), then by the other
    columns, so that the order is the same in every build. Needs the `kgi:disputed` candidates
    in the precomputed graph of `store`."""
    columns = {name: ox.NamedNode(str(iri)) for name, iri in _CLAIM_COLUMNS.items()}
    rows = list(
        store.query(
            _CONFLICTS.format(KGI=KGI, PRECOMPUTED_GRAPH=PRECOMPUTED_GRAPH),
            use_default_graph_as_union=True,
        )
    )

    def order(row: ox.QuerySolution) -> tuple[tuple[int, str], ...]:
        return tuple(_sort_key(row[name]) for name in ("subject", "property", *columns))

    rows.sort(key=order)
    rank = ox.NamedNode(str(KGI.rank))
    quads = []
    for number, row in enumerate(rows, start=1):
        claim = _claim_iri(row, columns)
        quads.append(ox.Quad(claim, rank, ox.Literal(str(number), datatype=_INTEGER), _GRAPH))
        for name, predicate in columns.items():
            value = row[name]
            if value is not None:
                quads.append(ox.Quad(claim, predicate, value, _GRAPH))
    return quads


_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _sort_key(term: object) -> tuple[int, str]:
    """A term's place in SPARQL's ORDER BY for the kinds of term a row holds: unbound, then
    blank nodes, then IRIs, then literals, each kind by its text."""
    if term is None:
        return (0, "")
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    return (3, str(term))


def precompute(
    kg: KnowledgeGraph, *, into: Callable[[list[ox.Quad]], None] | None = None
) -> int:
    """(Re)write the precomputed graph of `kg` from what it holds now (its previous content
    left out); returns how many triples it holds. Each part goes into the store as soon as it
    is made, so that only one part's Python quads are held at a time (at the XL corpus the
    parts together were 2.8 M quads, held beside the store at the build's peak of memory);
    no part reads what another writes (`kgi:` terms only, and the graph's marker), but the
    claims, which read the `kgi:disputed` candidates written first.

    With `into`, each part (without repeats) is handed to `into` instead, and only the
    candidates the claims read also go into the store (the caller drops them with
    `drop_precomputed`): a full build appends the parts to `graph.nq` and validates a store
    without the graph (#13, fifteenth round). Putting the 278,533 quads of the L corpus into
    the in-memory store, dumping them back out and removing them again cost about 1 s of the
    build's main thread; serialising them once costs a fraction of it."""
    store = kg.store
    store.remove_graph(_GRAPH)
    written = 0

    def write(quads: list[ox.Quad], *, read_back: bool = False) -> None:
        nonlocal written
        if into is None:
            store.bulk_extend(quads)
            written += len(quads)
            return
        distinct = list(dict.fromkeys(quads))  # the store would have kept each once
        if read_back:
            store.bulk_extend(distinct)
        into(distinct)
        written += len(distinct)

    disputed, name_key = ox.NamedNode(str(KGI.disputed)), ox.NamedNode(str(KGI.nameKey))
    write(
        [
            _MARKER,
            *(
                ox.Quad(row["subject"], disputed, row["property"], _GRAPH)
                for row in store.query(_DISPUTED, use_default_graph_as_union=True)
            ),
        ],
        read_back=True,
    )
    folded: dict[str, ox.Literal] = {}  # the same label recurs across graphs and entities
    keys: set[tuple[ox.NamedNode, ox.Literal]] = set()
    for prop in NAME_PROPERTIES:
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None):
            subject, label = quad.subject, quad.object
            if not isinstance(subject, ox.NamedNode) or not isinstance(label, ox.Literal):
                continue
            key = folded.get(label.value)
            if key is None:
                key = folded[label.value] = ox.Literal(normalise_name(label.value))
            keys.add((subject, key))
    write([ox.Quad(subject, name_key, key, _GRAPH) for subject, key in keys])
    del folded, keys
    write(lineage_casualties(store))
    write(attacks_by_country(store))
    write(conflicting_claims(store))  # reads the kgi:disputed candidates written first
    kg.changed()
    if into is None:  # else the store holds only the candidates
        kg.__dict__[_REVISION] = kg.revision
    return written


_Node = ox.NamedNode | ox.BlankNode
"""An organisation or an attack (a blank node only in a notebook's own data)."""
_ATTACK_YEARS = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT DISTINCT ?attack (YEAR(?earliest) AS ?year) WHERE {
  ?attack a kg:Attack ; kg:earliest ?earliest .
}
"""
"""Each attack's years: one per year its earliest dates fall in (two sources that date it in
different years count it in both, as casualties-by-year always did)."""
_ATTACK_KILLED = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT ?attack (MIN(?count) AS ?lowest) (MAX(?count) AS ?highest) WHERE {
  ?attack a kg:Attack ; kg:killed ?figure .
  ?figure kg:count ?count .
}
GROUP BY ?attack
"""
"""Each attack's smallest and largest killed count over every source (an "at least" figure
counts as its minimum, an unknown one has no count); an attack without any has no row."""


def lineage_casualties(store: ox.Store) -> list[ox.Quad]:
    """What casualties-by-year reads (#15), worked out from the data and the inferred graph of
    `store` (its precomputed graph left out first): which attacks count for each organisation
    (its own and those of every organisation it descends from: kg:hasPredecessor is transitive
    once reasoned), and each attack's years and killed bounds. One triple per fact in one
    graph, so the query counts each attack once per year with neither paths nor per-attack
    sub-selects (the union default graph repeats a triple once per section that states it).

    The pairs are joined here from two quad scans: at M that took 0.2 s where the same join in
    SPARQL (`?organisation kg:hasPredecessor? ?perpetrator`, DISTINCT) took 0.3–0.5 s."""
    rdf_type, attack_class = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Attack))
    attacks = {quad.subject for quad in store.quads_for_pattern(None, rdf_type, attack_class)}
    successors: dict[_Node, set[_Node]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(KG.hasPredecessor)), None):
        successors.setdefault(quad.object, set()).add(quad.subject)
    pairs: set[tuple[_Node, _Node]] = set()
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(KG.perpetrator)), None):
        if quad.subject in attacks and not isinstance(quad.object, ox.Literal):
            for organisation in (quad.object, *successors.get(quad.object, ())):
                pairs.add((organisation, quad.subject))
    lineage = ox.NamedNode(str(KGI.lineageAttack))
    quads = [LINEAGE_MARKER]
    quads += (ox.Quad(org, lineage, attack, _GRAPH) for org, attack in pairs)  # type: ignore[arg-type]
    for query, objects in (
        (_ATTACK_YEARS, {"year": KGI.attackYear}),
        (_ATTACK_KILLED, {"lowest": KGI.killedLowest, "highest": KGI.killedHighest}),
    ):
        predicates = {name: ox.NamedNode(str(iri)) for name, iri in objects.items()}
        for row in store.query(query, use_default_graph_as_union=True):
            for name, predicate in predicates.items():
                if row[name] is not None:
                    quads.append(ox.Quad(row["attack"], predicate, row[name], _GRAPH))
    return quads


def attacks_by_country(store: ox.Store) -> list[ox.Quad]:
    """What attacks-by-country reads, worked out from the data and the inferred graph of
    `store` (its precomputed graph left out first): each attack with a perpetrator by each
    country its place is (a kg:Country with a skos:prefLabel) or lies in (kg:locatedIn is
    transitive once reasoned), each such country's names, and per country the number of such
    attacks, as a tally of `kgi:anyPerpetrator` (what the query reads without a group).

    The query joined every attack with the place hierarchy on each run (272 ms at L on the
    build's store) and, given a group, its lineage as well (811 ms); with these it reads a row
    per country, or the group's few lineage attacks (`lineage_casualties`) and their countries.
    One triple per fact in one graph, so nothing is counted once per section that states it."""
    rdf_type, pref_label = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SKOS.prefLabel))
    names: dict[_Node, set[ox.Literal]] = {}
    for quad in store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(KG.Country))):
        for label in store.quads_for_pattern(quad.subject, pref_label, None):
            if isinstance(label.object, ox.Literal):
                names.setdefault(quad.subject, set()).add(label.object)
    within: dict[object, set[_Node]] = {country: {country} for country in names}
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(KG.locatedIn)), None):
        if quad.object in names:
            within.setdefault(quad.subject, set()).add(quad.object)
    perpetrator = ox.NamedNode(str(KG.perpetrator))
    perpetrated = {quad.subject for quad in store.quads_for_pattern(None, perpetrator, None)}
    pairs: set[tuple[_Node, _Node]] = set()
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(KG.place)), None):
        if quad.subject in perpetrated:
            pairs.update((quad.subject, country) for country in within.get(quad.object, ()))
    country, tally = ox.NamedNode(str(KGI.country)), ox.NamedNode(str(KGI.tally))
    country_name, attacks = ox.NamedNode(str(KGI.countryName)), ox.NamedNode(str(KGI.attacks))
    every = ox.NamedNode(str(KGI.anyPerpetrator))
    quads = [COUNTRY_MARKER]
    quads += (ox.Quad(attack, country, place, _GRAPH) for attack, place in pairs)
    counts: dict[_Node, int] = {}
    for _, place in pairs:
        counts[place] = counts.get(place, 0) + 1
    for place, count in counts.items():
        node = _tally_node(place)
        quads += (
            ox.Quad(every, tally, node, _GRAPH),
            ox.Quad(node, country, place, _GRAPH),
            ox.Quad(node, attacks, ox.Literal(str(count), datatype=_INTEGER), _GRAPH),
        )
        quads += (ox.Quad(place, country_name, label, _GRAPH) for label in names[place])
    return quads


def is_precomputed(kg: KnowledgeGraph) -> bool:
    """Whether `kg`'s precomputed graph matches what it holds: a build's store opened read-only
    (the build wrote it, and nothing writes to it since), or a graph precomputed in this
    process and not written to since."""
    if kg.__dict__.get(_REVISION) == kg.revision:
        return True
    return kg.store_path is not None and all(m in kg.store for m in _MARKERS)


def trust_precomputed(kg: KnowledgeGraph) -> bool:
    """Take the precomputed graph `kg` holds as current, if it holds one: for a store loaded
    whole from a graph that was precomputed (a build's `graph.nq`, the dump `kg serve` hands its
    workers), and not written to since. Returns whether it held one."""
    if not all(m in kg.store for m in _MARKERS):
        return False
    kg.__dict__[_REVISION] = kg.revision
    return True


def ensure_precomputed(kg: KnowledgeGraph) -> None:
    """Precompute `kg` unless it is current (`is_precomputed`): the catalogue queries that read
    the precomputed graph would otherwise answer from a stale one, or from none."""
    if is_precomputed(kg):
        return
    if kg.store_path is not None:
        raise KgError(
            f"{kg.store_path}: this build's store has no precomputed graph (an older kg wrote "
            "it); run kg build again"
        )
    precompute(kg)


def drop_precomputed(kg: KnowledgeGraph) -> None:
    """Remove the precomputed graph (before a build reasons about and validates new data)."""
    kg.store.remove_graph(_GRAPH)
    kg.__dict__.pop(_REVISION, None)
    kg.changed()


# ---------------------------------------------------------------- an increment (#13, kg build)


def precompute_increment(kg: KnowledgeGraph, added: list[ox.Quad]) -> int | None:
    """Bring the precomputed graph `kg.store` holds (the graph's before `added`, every quad
    added since: stated, inferred, derived) up to date in place, rewriting only the entries of
    the subjects, attacks and organisations the addition touches: at the L corpus the whole
    `precompute` took 4–6 s of CPU for a batch that adds 1 %, and in a batch add the store is
    the previous build's on-disk one, where reading its 250,000 precomputed quads back and
    writing them anew would cost as much again. Valid for additions only. Returns how many
    triples the graph holds, or None when the addition touches what this does not follow (the
    vocabularies' labels) or the store has no current precomputed graph: then the caller runs
    `precompute` (which rewrites the graph whole, whatever this left in it)."""
    store = kg.store
    if any(
        q.subject.value.startswith(str(VOCAB)) for q in added if isinstance(q.subject, ox.NamedNode)
    ) or not all(marker in store for marker in _MARKERS):
        return None
    disputable = {ox.NamedNode(str(p)) for p in DISPUTABLE}
    names = {ox.NamedNode(str(p)) for p in NAME_PROPERTIES}
    pref_label = ox.NamedNode(str(SKOS.prefLabel))
    figure_terms = {ox.NamedNode(str(KG.count)), ox.NamedNode(str(KG.countQualifier))}
    disputed_iri, name_key = ox.NamedNode(str(KGI.disputed)), ox.NamedNode(str(KGI.nameKey))
    subjects: set[object] = set()
    keys: list[ox.Quad] = []
    for quad in added:
        if quad.predicate in disputable:
            subjects.add(quad.subject)
        elif quad.predicate == pref_label and _has(store, quad.subject, disputed_iri):
            subjects.add(quad.subject)  # a claim row carries the subject's name
        elif quad.predicate in figure_terms:  # a figure's count or qualifier: its subjects
            subjects |= {q.subject for q in store.quads_for_pattern(None, None, quad.subject)
                         if q.predicate in disputable}
        if quad.predicate in names and isinstance(quad.subject, ox.NamedNode) and isinstance(
            quad.object, ox.Literal
        ):
            keys.append(ox.Quad(quad.subject, name_key,
                                ox.Literal(normalise_name(quad.object.value)), _GRAPH))
    try:
        store.bulk_extend(keys)
        claims_changed = _redo_disputes(store, subjects)
        _redo_lineage(store, added)
    except _NotIncremental:
        return None
    if claims_changed:  # else every row keeps its rank
        _renumber_claims(store)
    _redo_countries(store, added)
    kg.changed()
    kg.__dict__[_REVISION] = kg.revision
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_GRAPH} {{ ?s ?p ?o }} }}"
    return int(next(iter(store.query(query)))[0].value)  # type: ignore[index]


def _has(store: ox.Store, subject: object, predicate: ox.NamedNode) -> bool:
    """Whether the precomputed graph states something about `subject` with `predicate`."""
    if isinstance(subject, ox.Literal):
        return False
    return next(store.quads_for_pattern(subject, predicate, None, _GRAPH), None) is not None


def _replace(store: ox.Store, old: set[ox.Quad], new: set[ox.Quad]) -> None:
    """Write the difference between `old` and `new` entries only: most of what a rewrite
    would write is already there."""
    for quad in old - new:
        store.remove(quad)
    store.bulk_extend(new - old)


def _renumber_claims(store: ox.Store) -> None:
    """Give every claim row its `kgi:rank` again in the order `conflicting_claims` gives it: a
    row added or dropped moves every row after it. Reads the rows' columns (a few thousand
    triples at L), not the whole graph."""
    rank = ox.NamedNode(str(KGI.rank))
    columns = {name: ox.NamedNode(str(iri)) for name, iri in _CLAIM_COLUMNS.items()}
    rows: dict[object, dict[str, object]] = {}
    for name, predicate in columns.items():
        for quad in store.quads_for_pattern(None, predicate, None, _GRAPH):
            rows.setdefault(quad.subject, {})[name] = quad.object
    claims = [claim for claim, row in rows.items() if "subject" in row]
    ordered = sorted(claims, key=lambda claim: tuple(
        _sort_key(rows[claim].get(name)) for name in ("subject", "property", *columns)))
    old = set(store.quads_for_pattern(None, rank, None, _GRAPH))
    new = {
        ox.Quad(claim, rank, ox.Literal(str(number), datatype=_INTEGER), _GRAPH)  # type: ignore[arg-type]
        for number, claim in enumerate(ordered, start=1)
    }
    _replace(store, old, new)


_COUNTRY_TERMS = (KGI.country, KGI.tally, KGI.countryName, KGI.attacks)


def _redo_countries(store: ox.Store, added: list[ox.Quad]) -> None:
    """Attacks-by-country's index (`attacks_by_country`) brought up to date for the attacks
    `added` can place in a country: an attack given a place or a perpetrator, and every
    attack at a place newly inside a country (the reasoner's kg:locatedIn closure is in
    `added`); the tallies of those attacks' countries counted again from the difference. At
    the L corpus working out the whole index took 2 s of CPU on the store for a batch that
    adds 1 %. A new country, or a country's new name, changes what every attack's places
    mean: then the whole index is worked out again and written where it changed."""
    rdf_type, pref_label = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SKOS.prefLabel))
    country_class = ox.NamedNode(str(KG.Country))
    countries = _Countries(store)
    if any(
        (q.predicate == rdf_type and q.object == country_class)
        or (q.predicate == pref_label and countries.is_country(q.subject))
        for q in added
    ):
        old = {COUNTRY_MARKER}
        for term in _COUNTRY_TERMS:
            old.update(store.quads_for_pattern(None, ox.NamedNode(str(term)), None, _GRAPH))
        _replace(store, old, set(attacks_by_country(store)))
        return
    place, located_in = ox.NamedNode(str(KG.place)), ox.NamedNode(str(KG.locatedIn))
    perpetrator = ox.NamedNode(str(KG.perpetrator))
    attacks: set[object] = set()
    for quad in added:
        if quad.predicate in (place, perpetrator):
            attacks.add(quad.subject)
        elif quad.predicate == located_in and countries.is_country(quad.object):
            attacks |= {q.subject for q in store.quads_for_pattern(None, place, quad.subject)}
    country = ox.NamedNode(str(KGI.country))
    change: dict[object, int] = {}
    old: set[ox.Quad] = set()
    new: set[ox.Quad] = set()
    for attack in attacks:
        before = {q.object for q in store.quads_for_pattern(attack, country, None, _GRAPH)}  # type: ignore[arg-type]
        after: set[object] = set()
        if next(store.quads_for_pattern(attack, perpetrator, None), None) is not None:  # type: ignore[arg-type]
            for quad in store.quads_for_pattern(attack, place, None):  # type: ignore[arg-type]
                after |= countries.of(quad.object)
        old |= {ox.Quad(attack, country, c, _GRAPH) for c in before}  # type: ignore[arg-type]
        new |= {ox.Quad(attack, country, c, _GRAPH) for c in after}  # type: ignore[arg-type]
        for place_ in before ^ after:
            change[place_] = change.get(place_, 0) + (1 if place_ in after else -1)
    for place_, difference in change.items():
        if difference:
            tallied = _retally(store, place_, difference, countries)
            old |= tallied[0]
            new |= tallied[1]
    _replace(store, old, new)


class _Countries:
    """What `attacks_by_country` reads of the places, by look-ups: which places are countries
    (a kg:Country with a skos:prefLabel), their names, and the countries a place is or lies in."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._names: dict[object, set[ox.Literal]] = {}

    def names(self, place: object) -> set[ox.Literal]:
        """The place's names if it is a country, else none."""
        if place not in self._names:
            store, names = self.store, set()
            rdf_type = ox.NamedNode(str(RDF.type))
            typed = not isinstance(place, ox.Literal) and next(
                store.quads_for_pattern(place, rdf_type, ox.NamedNode(str(KG.Country))), None  # type: ignore[arg-type]
            )
            if typed:
                pref_label = ox.NamedNode(str(SKOS.prefLabel))
                names = {
                    q.object for q in store.quads_for_pattern(place, pref_label, None)  # type: ignore[arg-type]
                    if isinstance(q.object, ox.Literal)
                }
            self._names[place] = names
        return self._names[place]

    def is_country(self, place: object) -> bool:
        return bool(self.names(place))

    def of(self, place: object) -> set[object]:
        """The countries `place` is or lies in (kg:locatedIn, closed by the reasoner)."""
        if isinstance(place, ox.Literal):
            return set()
        located_in = ox.NamedNode(str(KG.locatedIn))
        around = {q.object for q in self.store.quads_for_pattern(place, located_in, None)}  # type: ignore[arg-type]
        return {c for c in (place, *around) if self.is_country(c)}


def _retally(
    store: ox.Store, place: object, difference: int, countries: _Countries
) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The country's tally entries now, and as they are once its count of attacks changes by
    `difference` (as `attacks_by_country` writes them; none when no attack is left)."""
    country, tally = ox.NamedNode(str(KGI.country)), ox.NamedNode(str(KGI.tally))
    country_name, attacks = ox.NamedNode(str(KGI.countryName)), ox.NamedNode(str(KGI.attacks))
    every = ox.NamedNode(str(KGI.anyPerpetrator))
    node = _tally_node(place)
    counted = [q.object for q in store.quads_for_pattern(node, attacks, None, _GRAPH)]
    before = int(counted[0].value) if counted else 0
    old = {ox.Quad(node, attacks, count, _GRAPH) for count in counted}
    new = set()
    if before + difference > 0:
        new = {
            ox.Quad(every, tally, node, _GRAPH),
            ox.Quad(node, country, place, _GRAPH),  # type: ignore[arg-type]
            ox.Quad(node, attacks, ox.Literal(str(before + difference), datatype=_INTEGER), _GRAPH),
        }
        new |= {ox.Quad(place, country_name, label, _GRAPH) for label in countries.names(place)}  # type: ignore[arg-type]
    if before:
        old |= {ox.Quad(every, tally, node, _GRAPH), ox.Quad(node, country, place, _GRAPH)}  # type: ignore[arg-type]
        old |= set(store.quads_for_pattern(place, country_name, None, _GRAPH))  # type: ignore[arg-type]
    return old, new


def _tally_node(place: object) -> ox.NamedNode:
    """The node of a country's tally (`attacks_by_country`): the same in every build."""
    return ox.NamedNode(
        f"{PRECOMPUTED_GRAPH}/tally/{hashlib.sha256(str(place).encode()).hexdigest()[:32]}"
    )


class _NotIncremental(Exception):
    """A node the queries cannot be given as a value (a blank node): precompute in full."""


def _values(nodes: set[object]) -> str:
    """`nodes` as the terms of a VALUES block (IRIs only)."""
    if any(not isinstance(node, ox.NamedNode) for node in nodes):
        raise _NotIncremental
    return " ".join(str(node) for node in nodes)


def _redo_disputes(store: ox.Store, subjects: set[object]) -> bool:
    """The disputes and claim rows of `subjects` worked out again (ranks left to
    `_renumber_claims`); returns whether any changed."""
    if not subjects:
        return False
    values = _values(subjects)
    claim_about = ox.NamedNode(str(KGI.claimAbout))
    disputed_iri = ox.NamedNode(str(KGI.disputed))
    claims = {q.subject for s in subjects
              for q in store.quads_for_pattern(None, claim_about, s, _GRAPH)}  # type: ignore[arg-type]
    rank = ox.NamedNode(str(KGI.rank))
    old = {q for c in claims for q in store.quads_for_pattern(c, None, None, _GRAPH)
           if q.predicate != rank}
    old |= {q for s in subjects for q in store.quads_for_pattern(s, disputed_iri, None, _GRAPH)}  # type: ignore[arg-type]
    disputes = {  # _DISPUTED for these subjects, by look-ups (a VALUES block took seconds at L)
        ox.Quad(subject, disputed_iri, prop, _GRAPH)  # type: ignore[arg-type]
        for subject in subjects
        for prop in map(ox.NamedNode, map(str, DISPUTABLE))
        if len({q.object for q in store.quads_for_pattern(subject, prop, None)}) > 1  # type: ignore[arg-type]
    }
    store.bulk_extend(disputes)  # the claims query reads them from the precomputed graph
    text = _CONFLICTS.format(KGI=KGI, PRECOMPUTED_GRAPH=PRECOMPUTED_GRAPH)
    text = text.replace("WHERE {", "WHERE {\n  VALUES ?subject { " + values + " }", 1)
    columns = {name: ox.NamedNode(str(iri)) for name, iri in _CLAIM_COLUMNS.items()}
    new = set(disputes)
    for row in list(store.query(text, use_default_graph_as_union=True)):
        claim = _claim_iri(row, columns)
        new |= {ox.Quad(claim, p, row[n], _GRAPH) for n, p in columns.items() if row[n] is not None}
    _replace(store, old, new)  # a row that went loses its rank in _renumber_claims
    return old != new


def _redo_lineage(store: ox.Store, added: list[ox.Quad]) -> None:
    """Casualties-by-year's index (`lineage_casualties`) brought up to date for the attacks
    and organisations `added` touches: their lineage pairs added (pairs only grow with
    additions), each touched attack's years and killed bounds worked out again."""
    rdf_type, attack_class = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Attack))
    perpetrator = ox.NamedNode(str(KG.perpetrator))
    predecessor = ox.NamedNode(str(KG.hasPredecessor))
    killed, count_iri = ox.NamedNode(str(KG.killed)), ox.NamedNode(str(KG.count))
    attack_terms = {perpetrator, ox.NamedNode(str(KG.earliest)), killed}
    attacks: set[object] = set()
    organisations: set[object] = set()
    for quad in added:
        if quad.predicate in attack_terms or (
            quad.predicate == rdf_type and quad.object == attack_class
        ):
            attacks.add(quad.subject)
        elif quad.predicate == count_iri:
            attacks |= {q.subject for q in store.quads_for_pattern(None, killed, quad.subject)}
        elif quad.predicate == predecessor:
            organisations.add(quad.subject)
    attacks = {a for a in attacks if _is_attack(store, a)}
    lineage = ox.NamedNode(str(KGI.lineageAttack))
    pairs: set[tuple[object, object]] = set()
    for attack in attacks:
        for quad in store.quads_for_pattern(attack, perpetrator, None):  # type: ignore[arg-type]
            if isinstance(quad.object, ox.Literal):
                continue
            pairs.add((quad.object, attack))
            pairs |= {(q.subject, attack)
                      for q in store.quads_for_pattern(None, predecessor, quad.object)}
    for organisation in organisations:
        earlier = {q.object for q in store.quads_for_pattern(organisation, predecessor, None)}  # type: ignore[arg-type]
        for done_by in earlier | {organisation}:
            if isinstance(done_by, ox.Literal):
                continue
            for quad in store.quads_for_pattern(None, perpetrator, done_by):  # type: ignore[arg-type]
                if _is_attack(store, quad.subject):
                    pairs.add((organisation, quad.subject))
    store.bulk_extend([ox.Quad(o, lineage, a, _GRAPH) for o, a in pairs])  # type: ignore[arg-type]
    if not attacks:
        return
    redone = {ox.NamedNode(str(p)) for p in (KGI.attackYear, KGI.killedLowest, KGI.killedHighest)}
    old = {q for attack in attacks for q in store.quads_for_pattern(attack, None, None, _GRAPH)  # type: ignore[arg-type]
           if q.predicate in redone}
    new: set[ox.Quad] = set()
    values = "VALUES ?attack { " + _values(attacks) + " }\n  "
    for query, objects in (
        (_ATTACK_YEARS, {"year": KGI.attackYear}),
        (_ATTACK_KILLED, {"lowest": KGI.killedLowest, "highest": KGI.killedHighest}),
    ):
        predicates = {name: ox.NamedNode(str(iri)) for name, iri in objects.items()}
        scoped = query.replace("WHERE {\n", "WHERE {\n  " + values, 1)
        for row in store.query(scoped, use_default_graph_as_union=True):
            for name, predicate in predicates.items():
                if row[name] is not None:
                    new.add(ox.Quad(row["attack"], predicate, row[name], _GRAPH))
    _replace(store, old, new)


def _is_attack(store: ox.Store, node: object) -> bool:
    """Whether some graph types `node` kg:Attack (what `lineage_casualties` counts)."""
    if isinstance(node, ox.Literal):
        return False
    typed = store.quads_for_pattern(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Attack)))
    return next(typed, None) is not None
