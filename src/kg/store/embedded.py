"""The embedded store: queries on Oxigraph, the default for `kg query`, `kg serve` and pictures.

rdflib's SPARQL engine is the reference, but it evaluates `GRAPH ?section { … }` patterns and
some joins by scanning, so provenance questions ("who says so?") grow with the number of
section graphs: `conflicting-claims` took more than ten minutes on a 16 k-triple corpus, and
milliseconds on Oxigraph. `OxigraphStore` answers over a pyoxigraph Store with the default graph
as the union of the named graphs, as everywhere else in the project: a KnowledgeGraph's own
store (`KnowledgeGraph.store`, in memory or a build's on disk) or any Store the caller has,
used where it is, never copied.

Parameters are bound exactly as for a remote store (`kg.store.sparql.bind_with_values`): values
that are already RDF terms, in a VALUES block at the top of WHERE. Where that block goes is
shown by the same rdflib parse that checks the query is safe (`kg.store.sparql.bindable_query`):
one parse per query text, where there used to be three (a one-shot `kg query` paid most of a
second for them). Oxigraph's own substitution (`Store.query(substitutions=…)`) was tried first:
it binds only variables the query projects, and the catalogue's parameters mostly are not. The
same catalogue rows come back as from rdflib (tested), except that Oxigraph writes language
tags in lower case (`ar-latn`), which BCP 47 treats as the same tag. Terms cross into rdflib
in `kg.store.terms`.

Names are resolved to IRIs through an index of every name by its folded form
(`kg.names.normalise_name`), built on the first lookup: on a 1.5 M-triple graph fetching every
name for every query took seconds, the index answers in microseconds. The index is a snapshot:
`OxigraphStore.of(kg)` keeps one target per KnowledgeGraph until `kg.revision` changes (every
write through the pipeline's own functions bumps it); a Store written to otherwise must be
wrapped again.

What keeps a catalogue query fast on Oxigraph 0.5 (measured on the L corpus, 1.6 M quads): an
OPTIONAL whose body has several required patterns, after a long list of patterns, is worked out
for the whole graph before the join, so each OPTIONAL gets one required pattern (requirements
go in a FILTER inside it); an EXISTS body is not reordered, so it stays one pattern; a
sub-select is worked out for the whole graph, so nothing a parameter narrows goes into one; and
a path from an optional parameter multiplies the rows when the parameter is left out.

An answer belongs to the thread that asked for it: pyoxigraph's `QuerySolutions` and
`QueryTriples` raise a RuntimeError when they are freed on another thread. A raised error's
traceback keeps every local of the frames it passes through, and a traceback caught into a
cycle (`pytest.raises(...) as caught`, a logged error) is freed by the garbage collector on
whatever thread runs it next. So code that stops reading an answer to raise (a cap on rows or
triples) first lets go of the answer and only then raises, in the thread that made it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.errors import QueryError
from kg.load import KnowledgeGraph
from kg.names import NAME_PROPERTIES, Name, normalise_name
from kg.namespaces import KGI, PRECOMPUTED_GRAPH
from kg.precompute import ensure_precomputed
from kg.store.sparql import (
    CHECKED_FILE,
    QueryResult,
    bindable_query,
    ensure_safe_query,
    remember_checked,
)
from kg.store.terms import RdflibTerms

_CACHE_ATTRIBUTE = "_query_target"
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_NAME_KEY = ox.NamedNode(str(KGI.nameKey))
_PRE = ox.NamedNode(str(PRECOMPUTED_GRAPH))


class OxigraphStore:
    """A QueryTarget over a pyoxigraph Store: a KnowledgeGraph's own (`OxigraphStore(kg)`) or
    any other (`OxigraphStore(store)`), used where it is."""

    def __init__(self, source: KnowledgeGraph | ox.Store) -> None:
        self.kg = source if isinstance(source, KnowledgeGraph) else None
        self.store: ox.Store = source.store if isinstance(source, KnowledgeGraph) else source
        if self.kg is not None:
            ensure_precomputed(self.kg)
            if self.kg.store_path is not None:  # a build's: it checked the catalogue's queries
                remember_checked(self.kg.store_path.parent / CHECKED_FILE)
        self.names = NameIndex(self.store, precomputed=self.kg is not None)

    @classmethod
    def wrap(cls, store: ox.Store) -> OxigraphStore:
        """Query `store` itself, without copying it (the same as `OxigraphStore(store)`).

        Names are looked up in an index made on the first lookup and kept with this object:
        wrap the store again after writing names to it."""
        return cls(store)

    @classmethod
    def of(cls, kg: KnowledgeGraph) -> OxigraphStore:
        """The graph's query target, kept with it (and its name index with it) until the graph
        changes: every `kg query`, served query or picture of the same graph reuses it."""
        cached = kg.__dict__.get(_CACHE_ATTRIBUTE)
        if cached is None or cached[0] != kg.revision:
            target = cls(kg)  # precomputes the graph first if it must, a write of its own
            cached = kg.__dict__[_CACHE_ATTRIBUTE] = (kg.revision, target)
        return cached[1]

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult:
        text = bound_query(query, bindings) if bindings else ensure_safe_query(query)
        try:
            answer = self.store.query(text, use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as error:
            raise QueryError(f"the query could not run: {error}") from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(variables=[], boolean=bool(answer))
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries can be printed as rows")
        variables = [v.value for v in answer.variables]
        convert = RdflibTerms()
        # a solution iterates its values in the order of `variables`: looking each value up
        # by its variable instead (`solution[v]`) took 60 of conflicting-claims' 164 ms of
        # CPU at the L corpus (12,170 values)
        rows = [tuple(map(convert, solution)) for solution in answer]
        return QueryResult(variables=variables, rows=rows)

    def names_matching(self, wanted: str, cls: URIRef | None) -> list[Name]:
        """Every (entity, name property, name) whose name folds to `wanted`, the entity an
        instance of `cls` (stated or inferred) unless `cls` is None."""
        found = self.names.lookup(wanted)
        if cls is None:
            return found
        kind = ox.NamedNode(str(cls))
        return [
            name
            for name in found
            if next(self.store.quads_for_pattern(ox.NamedNode(name.entity), _RDF_TYPE, kind), None)
        ]


class NameIndex:
    """Every name of every entity in a Store (the `kg.names.NAME_PROPERTIES`, in any graph) by
    its folded form. With `precomputed` (the store holds a current precomputed graph,
    `kg.precompute`), a lookup reads the entities whose names fold to the wanted text from it
    and only their names: at 1.45 M triples that takes microseconds where folding every name
    took about a second. Otherwise the index is built on the first lookup."""

    def __init__(self, store: ox.Store, *, precomputed: bool = False) -> None:
        self.store = store
        self.precomputed = precomputed
        self._index: dict[str, list[Name]] | None = None

    def lookup(self, wanted: str) -> list[Name]:
        if self.precomputed:
            return self._lookup_precomputed(wanted)
        if self._index is None:
            self._index = self._build()
        return self._index.get(wanted, [])

    def _lookup_precomputed(self, wanted: str) -> list[Name]:
        found: dict[Name, None] = {}
        key = ox.Literal(wanted)
        entities = {q.subject for q in self.store.quads_for_pattern(None, _NAME_KEY, key, _PRE)}
        for entity in sorted(entities, key=lambda e: e.value):
            for prop in NAME_PROPERTIES:
                for quad in self.store.quads_for_pattern(entity, ox.NamedNode(str(prop)), None):
                    label = quad.object
                    if isinstance(label, ox.Literal) and normalise_name(label.value) == wanted:
                        found[Name(URIRef(entity.value), prop, label.value)] = None
        return list(found)

    def _build(self) -> dict[str, list[Name]]:
        folded: dict[str, str] = {}  # the same label recurs across graphs and entities
        index: dict[str, dict[Name, None]] = {}
        for prop in NAME_PROPERTIES:
            for quad in self.store.quads_for_pattern(None, ox.NamedNode(str(prop)), None):
                subject, label = quad.subject, quad.object
                if not isinstance(subject, ox.NamedNode) or isinstance(label, ox.Triple):
                    continue
                key = folded.get(label.value)
                if key is None:
                    key = folded[label.value] = normalise_name(label.value)
                index.setdefault(key, {})[Name(URIRef(subject.value), prop, label.value)] = None
        return {key: list(names) for key, names in index.items()}


def bound_query(query: str, bindings: Mapping[str, Node]) -> str:
    """The text Oxigraph runs for `query` with `bindings`: the normalised query with the values
    in a VALUES block at the top of its WHERE group, as `kg.store.sparql.bind_with_values` writes it
    for a remote store, with the query parsed once per text (`kg.store.sparql.bindable_query`)."""
    return bindable_query(query).bind(bindings)
