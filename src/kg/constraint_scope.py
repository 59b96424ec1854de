"""Where statements added to a graph can change a SHACL-SPARQL constraint's results, and what the
constraint reads there: what lets an incremental build run each constraint on the few focus
nodes a batch of profiles can affect instead of over the whole graph (#13; at the L corpus the
seven constraints took 14 s of CPU over the whole store, for a batch that adds 1 %).

The argument, for the queries it accepts: the query's graph patterns form one conjunctive
pattern (a basic graph pattern, with FILTER, BIND and VALUES; no OPTIONAL, MINUS, UNION,
EXISTS, GRAPH, sub-select or aggregate). Such a query is monotonic, so added statements can only
add rows, and every row is a match in which *every* triple pattern holds. Draw the pattern as a
graph whose nodes are its variables and whose edges are its triple patterns (a property path
`p/q` is two edges through a hidden variable, `p|q` one edge of either predicate, `p+` / `p*` an
edge repeated). If a new row for focus node `f` uses an added statement `t`, `t` matches some
edge, and along a shortest path of edges from that edge to `$this` every edge is matched by a
statement joining the nodes bound on either side. So walking the data from `t`'s end nearer to
`$this` along such paths only (each step to a variable strictly nearer `$this`, or repeating a
`+` edge) reaches `f`: `Scope.affected` is that walk. Walking the other way from each affected
focus node, along every edge away from `$this`, collects every statement a match for it can use
(`Scope.statements`): the constraint then runs on those alone, in a scratch store, and gives the
focus node the rows the whole graph would. Any other query is refused (`scope_of` returns
None) and runs over the whole graph, as before.

A VALUES block of the conjunctive pattern that gives a variable IRIs only (every row binding
it: no UNDEF) is joined with every match, so a match binds that variable to one of them: an
added statement whose end at that variable is another node is in no match, nor is a node the
walks would bind to it. Both walks therefore stop there (`Scope.allowed`). The constraints'
target is such a block (`VALUES ?shapeClass_ { kg:Figure … } ?this a ?shapeClass_`): without
it every added `rdf:type` statement made its subject a focus node of all seven constraints,
whatever its class (at the L corpus, some 1,700 new nodes of a batch walked seven times).
VALUES inside FILTER (NOT) EXISTS restricts nothing: such a pattern need not hold for a row.

The walk reads the store by index look-ups (a few per node and edge), never a scan.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath

from kg.atomic import write_atomically
from kg.store.terms import OxigraphTerms

if TYPE_CHECKING:  # rdflib's SPARQL package (pyparsing's grammar): 70 ms, for a parse only
    from rdflib.plugins.sparql.parserutils import CompValue

THIS = Variable("this")
_REFUSED = frozenset(
    {
        "LeftJoin", "Minus", "Union", "Graph", "ServiceGraphPattern", "Group", "AggregateJoin",
    }
)
"""Algebra nodes that make a query non-conjunctive or non-local (see the module docstring)."""

Term = ox.NamedNode | ox.BlankNode | ox.Literal
End = Variable | Term
"""An end of an edge: a variable (blank nodes of the query count as variables) or a constant."""


class _Unscoped(Exception):
    """The query is not of the shape the module docstring's argument covers."""


@dataclass(frozen=True)
class Edge:
    """One triple pattern, or one step of a property path: `subject` to `object` by any of
    `predicates`; `repeat` for `+` and `*` (any number of steps), `zero` for `*` and `?` (none)."""

    subject: End
    predicates: frozenset[ox.NamedNode]
    object: End
    repeat: bool = False
    zero: bool = False
    inner: bool = False
    """Inside FILTER EXISTS / NOT EXISTS: not part of the conjunctive pattern (see `_distances`)."""


class _Anything:
    """Every node: the end of an edge no VALUES block restricts (`Scope._seeds`)."""

    def __contains__(self, node: object) -> bool:
        return True


_ANYTHING = _Anything()
_Seed = tuple[
    Term | None,
    Term | None,
    Variable | None,
    Variable | None,
    tuple[frozenset[ox.NamedNode] | _Anything, frozenset[ox.NamedNode] | _Anything] | None,
]
"""An edge an added statement can match: its subject and object if constants (else None), the
variables to walk from the statement's subject and object as (else None), and the nodes the
query's VALUES allow at its subject and object (None: any at both)."""
_Towards = tuple[str, frozenset[ox.NamedNode], Variable]
"""One step of `Scope.affected`'s walk from a node bound to a variable: "in" (statements with
the node as object: push their subjects), "out" (as subject: push their objects) or "same" (the
node itself, through a `*` or `?` edge), bound to the target variable."""
_Away = tuple[str, frozenset[ox.NamedNode], Term | None, tuple[Variable, ...]]
"""One step of `Scope.statements`' walk: "in" or "out" as above, with the constant at the
edge's other end if it has one, and the variables the statements' other ends are bound to
(none, the edge's other end, the same variable for a repeated edge), or "same"."""


@dataclass(frozen=True)
class Scope:
    """A constraint's pattern as edges, with each variable's distance from `$this`.

    Both walks go edge by edge from a node bound to a variable; which edges a variable walks
    along, and where they lead, depends on the pattern only, so it is worked out once per
    variable (`_towards`, `_away`) rather than tested edge by edge at every node: at the L
    corpus a batch's walks visit some 40,000 nodes, and the tests (rdflib's Variable compares
    in Python) were a third of the walks' time."""

    edges: tuple[Edge, ...]
    distance: dict[Variable, int]
    allowed: dict[Variable, frozenset[ox.NamedNode]] = field(default_factory=dict)
    """The IRIs a VALUES block of the conjunctive pattern gives a variable: the only nodes a
    match can bind it to (module docstring)."""

    def affected(self, look: Lookups, added: Iterable[ox.Quad]) -> set[Term]:
        """The focus nodes whose rows `added` (already in the store `look` reads) can change:
        the nodes bound to `$this` by walking from each added statement towards `$this`.
        Statements in the graphs `look` skips (the inferred graph) are not data for
        validation and are not walked."""
        seen: set[tuple[Term, Variable]] = set()
        stack: list[tuple[Term, Variable]] = []
        allowed = self.allowed

        def push(node: Term, var: Variable) -> None:
            if (node, var) not in seen and (var not in allowed or node in allowed[var]):
                seen.add((node, var))
                stack.append((node, var))

        seeds = self._seeds
        for quad in added:
            if quad.graph_name in look.skip:
                continue
            for subject, obj, push_subject, push_object, only in seeds.get(quad.predicate, ()):
                if (
                    (subject is not None and quad.subject != subject)
                    or (obj is not None and quad.object != obj)
                    or (only and not (quad.subject in only[0] and quad.object in only[1]))
                ):
                    continue
                if push_subject is not None:
                    push(quad.subject, push_subject)
                if push_object is not None:
                    push(quad.object, push_object)
        towards = self._towards
        while stack:
            node, var = stack.pop()
            for direction, predicates, target in towards[var]:
                if direction == "in":
                    for quad in look(None, predicates, node):
                        push(quad.subject, target)
                elif direction == "out":
                    for quad in look(node, predicates, None):
                        push(quad.object, target)
                else:
                    push(node, target)
        return {node for node, var in seen if var == THIS}

    def statements(self, look: Lookups, focus: Iterable[Term]) -> list[ox.Quad]:
        """Every statement a match of the pattern for one of `focus` can use: walked from each
        focus node along every edge away from `$this` (each edge from its end nearer to
        `$this`), `+` and `*` edges followed as far as they go."""
        found: dict[ox.Quad, None] = {}
        seen: set[tuple[Term, Variable]] = set()
        stack = [(node, THIS) for node in focus]
        seen.update(stack)
        allowed = self.allowed

        def push(node: Term, var: Variable) -> None:
            if (node, var) not in seen and (var not in allowed or node in allowed[var]):
                seen.add((node, var))
                stack.append((node, var))

        away = self._away
        while stack:
            node, var = stack.pop()
            for direction, predicates, constant, targets in away[var]:
                if direction == "out":
                    for quad in look(node, predicates, constant):
                        found[quad] = None
                        for target in targets:
                            push(quad.object, target)
                elif direction == "in":
                    for quad in look(constant, predicates, node):
                        found[quad] = None
                        for target in targets:
                            push(quad.subject, target)
                else:
                    push(node, targets[0])
        return list(found)

    @functools.cached_property
    def _seeds(self) -> dict[ox.NamedNode, list[_Seed]]:
        """Per predicate, the edges an added statement can match: their constant ends (None for
        a variable), which of the statement's ends to walk from, as which variable (the
        edge's variable ends nearest `$this`), and the nodes a VALUES block allows at each
        end (`_Anything` where it allows any; None where neither end is restricted)."""
        dist = self.distance
        seeds: dict[ox.NamedNode, list[_Seed]] = {}
        for edge in self.edges:
            ends = [end for end in (edge.subject, edge.object) if _is_var(end)]
            nearest = min(dist[end] for end in ends)
            only = tuple(
                self.allowed.get(end, _ANYTHING) if _is_var(end) else _ANYTHING
                for end in (edge.subject, edge.object)
            )
            entry = tuple(
                None if _is_var(end) else end for end in (edge.subject, edge.object)
            ) + tuple(
                end if _is_var(end) and dist[end] == nearest else None
                for end in (edge.subject, edge.object)
            ) + (None if only == (_ANYTHING, _ANYTHING) else only,)
            for predicate in edge.predicates:
                seeds.setdefault(predicate, []).append(entry)
        return seeds

    @functools.cached_property
    def _towards(self) -> dict[Variable, list[_Towards]]:
        """Per variable, the steps of `affected`'s walk: along every edge to a variable
        strictly nearer `$this`, and along a repeated edge to the same variable."""
        dist = self.distance
        steps: dict[Variable, list[_Towards]] = {var: [] for var in dist}
        for edge in self.edges:
            s, o = edge.subject, edge.object
            if _is_var(s) and _is_var(o) and dist[s] < dist[o]:
                steps[o].append(("in", edge.predicates, s))
                if edge.zero:
                    steps[o].append(("same", edge.predicates, s))
            if _is_var(s) and _is_var(o) and dist[o] < dist[s]:
                steps[s].append(("out", edge.predicates, o))
                if edge.zero:
                    steps[s].append(("same", edge.predicates, o))
            if edge.repeat and _is_var(s):
                steps[s].append(("in", edge.predicates, s))
            if edge.repeat and _is_var(o):
                steps[o].append(("out", edge.predicates, o))
        return steps

    @functools.cached_property
    def _away(self) -> dict[Variable, list[_Away]]:
        """Per variable, the steps of `statements`' walk: along every edge whose other end is
        a constant or a variable no nearer `$this`, and again along a repeated edge."""
        dist = self.distance
        steps: dict[Variable, list[_Away]] = {var: [] for var in dist}
        for edge in self.edges:
            s, o = edge.subject, edge.object
            if _is_var(s) and (not _is_var(o) or dist[o] >= dist[s]):
                targets = ((o,) if _is_var(o) else ()) + ((s,) if edge.repeat else ())
                constant = None if _is_var(o) else o
                steps[s].append(("out", edge.predicates, constant, targets))
            if _is_var(o) and (not _is_var(s) or dist[s] >= dist[o]):
                targets = ((s,) if _is_var(s) else ()) + ((o,) if edge.repeat else ())
                constant = None if _is_var(s) else s
                steps[o].append(("in", edge.predicates, constant, targets))
            if edge.zero and _is_var(s) and _is_var(o) and dist[o] >= dist[s]:
                steps[s].append(("same", edge.predicates, None, (o,)))
            if edge.zero and _is_var(s) and _is_var(o) and dist[s] >= dist[o]:
                steps[o].append(("same", edge.predicates, None, (s,)))
        return steps


def _is_var(end: object) -> bool:
    return isinstance(end, Variable)


class Lookups:
    """The statements of a store by pattern, outside the graphs `skip` (the pipeline's, not
    data for validation), each pattern read once: a batch add scopes every constraint, and
    their walks cross the same nodes (the focus nodes' types, their groups' dates), each
    read from RocksDB in the batch add's store."""

    def __init__(self, store: ox.Store, skip: frozenset[ox.NamedNode]) -> None:
        self.store = store
        self.skip = skip
        self._read: dict[tuple[Term | None, ox.NamedNode, Term | None], list[ox.Quad]] = {}

    def __call__(
        self, subject: Term | None, predicates: frozenset[ox.NamedNode], obj: Term | None
    ) -> Iterator[ox.Quad]:
        if isinstance(subject, ox.Literal):
            return
        for predicate in predicates:
            key = (subject, predicate, obj)
            if key not in self._read:
                self._read[key] = [
                    quad
                    for quad in self.store.quads_for_pattern(subject, predicate, obj, None)
                    if quad.graph_name not in self.skip
                ]
            yield from self._read[key]


def scope_of(query: str, *, cache: Path | None = None) -> Scope | None:
    """The scope of a constraint's whole-graph query (`kg.validate.SparqlConstraint.query`,
    its class placeholder filled in), or None if the query is not of a shape the module
    docstring's argument covers.

    With `cache` (a JSON file, `scopes_cache()`), a scope worked out before from the same
    query text by the same version of this module is read from it: rdflib's SPARQL parser
    (pyparsing) took about 0.13 s of CPU per constraint, 0.9 s of a batch add at L for the
    seven. A cache that cannot be read or written only costs that time."""
    key = _cache_key(query)
    if cache is not None:
        known = _read_cache(cache)
        if key in known:
            return None if known[key] is None else _scope_from_json(known[key])
    scope = _parsed_scope(query)
    if cache is not None:
        with contextlib.suppress(OSError, ValueError):
            kept = {key: None if scope is None else _scope_to_json(scope), **known}
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cache, json.dumps(dict(list(kept.items())[:_CACHE_SIZE])))
    return scope


def scopes_cache() -> Path:
    """Where builds keep the constraints' scopes: the cache folder the gazetteer's index lives
    in ($CTKG_CACHE_DIR, else $XDG_CACHE_HOME/ctkg, else ~/.cache/ctkg)."""
    from kg.gazetteer.index import cache_path

    return cache_path().parent / "constraint-scopes.json"


_CACHE_SIZE = 256
"""Scopes a cache keeps, the newest first (a few kB each): other projects' shapes stay too."""


def _parsed_scope(query: str) -> Scope | None:
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(query).algebra
        allowed: dict[Variable, frozenset[ox.NamedNode]] = {}
        edges = _edges_of(algebra, allowed)
        distance = _distances(edges)
        return Scope(
            tuple(edges), distance, {var: iris for var, iris in allowed.items() if var in distance}
        )
    except _Unscoped:
        return None
    except Exception:  # a query rdflib cannot read is run whole, by Oxigraph, as before
        return None


@functools.cache
def _this_module() -> bytes:
    return Path(__file__).read_bytes()


def _cache_key(query: str) -> str:
    """The query's text and this module's own: a changed argument is worked out afresh."""
    digest = hashlib.sha256(_this_module())
    digest.update(query.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read_cache(cache: Path) -> dict[str, object]:
    try:
        known = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def _scope_to_json(scope: Scope) -> dict[str, object]:
    return {
        "edges": [
            {
                "subject": _end_to_json(edge.subject),
                "predicates": sorted(p.value for p in edge.predicates),
                "object": _end_to_json(edge.object),
                "repeat": edge.repeat,
                "zero": edge.zero,
                "inner": edge.inner,
            }
            for edge in scope.edges
        ],
        "distance": {str(var): hops for var, hops in scope.distance.items()},
        "allowed": {str(var): sorted(n.value for n in iris) for var, iris in scope.allowed.items()},
    }


def _scope_from_json(stored: dict) -> Scope:
    edges = tuple(
        Edge(
            _end_from_json(edge["subject"]),
            frozenset(map(ox.NamedNode, edge["predicates"])),
            _end_from_json(edge["object"]),
            repeat=edge["repeat"],
            zero=edge["zero"],
            inner=edge["inner"],
        )
        for edge in stored["edges"]
    )
    return Scope(
        edges,
        {Variable(var): hops for var, hops in stored["distance"].items()},
        {
            Variable(var): frozenset(map(ox.NamedNode, iris))
            for var, iris in stored.get("allowed", {}).items()
        },
    )


def _end_to_json(end: End) -> dict[str, str | None]:
    if isinstance(end, Variable):
        return {"variable": str(end)}
    if isinstance(end, ox.NamedNode):
        return {"iri": end.value}
    if isinstance(end, ox.Literal):
        return {"literal": end.value, "datatype": end.datatype.value, "language": end.language}
    raise ValueError(f"no constraint pattern has {end!r} as a constant")  # never cached


def _end_from_json(stored: dict[str, str]) -> End:
    if "variable" in stored:
        return Variable(stored["variable"])
    if "iri" in stored:
        return ox.NamedNode(stored["iri"])
    if stored.get("language"):
        return ox.Literal(stored["literal"], language=stored["language"])
    return ox.Literal(stored["literal"], datatype=ox.NamedNode(stored["datatype"]))


def _edges_of(
    algebra: CompValue, allowed: dict[Variable, frozenset[ox.NamedNode]] | None = None
) -> list[Edge]:
    """The query's triple patterns as edges; with `allowed`, the IRIs each VALUES block of the
    conjunctive pattern gives a variable are put there (module docstring)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    convert = OxigraphTerms()
    fresh = (Variable(f"_step{n}") for n in count())
    edges: list[Edge] = []
    projects = 0
    stack: list[tuple[object, bool]] = [(algebra, False)]
    while stack:
        node, inner = stack.pop()
        if isinstance(node, CompValue):
            if node.name in _REFUSED:
                raise _Unscoped(node.name)
            if node.name == "Project":
                projects += 1
            if node.name == "values" and not inner and allowed is not None:
                _restrict(allowed, node.res, convert)
            if node.name == "BGP":
                for s, p, o in node.triples:
                    found = _path_edges(_end(s, convert), p, _end(o, convert), convert, fresh)
                    edges += [replace(edge, inner=inner) for edge in found]
            if node.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
                if inner:
                    raise _Unscoped("nested EXISTS")
                stack.append((node.graph, True))
                continue
            stack.extend((child, inner) for child in node.values())
        elif isinstance(node, list | tuple):
            stack.extend((child, inner) for child in node)
    if projects != 1:  # a sub-select is evaluated apart from the focus node
        raise _Unscoped("sub-select")
    return edges


def _restrict(
    allowed: dict[Variable, frozenset[ox.NamedNode]],
    rows: list[dict[Variable, object]],
    convert: OxigraphTerms,
) -> None:
    """What one VALUES block allows: for each variable every row binds to an IRI, those IRIs
    (a variable two blocks restrict may be bound to what both allow). A literal is left
    unrestricted: which literals a join treats as one is the engine's business."""
    variables = {var for row in rows for var in row}
    for var in variables:
        values = [row.get(var) for row in rows]
        if not values or not all(isinstance(v, URIRef) for v in values):
            continue
        iris = frozenset(convert(v) for v in values)
        allowed[var] = allowed[var] & iris if var in allowed else iris


def _end(term: object, convert: OxigraphTerms) -> End:
    if isinstance(term, Variable):
        return term
    if isinstance(term, BNode):  # a blank node in a query pattern is a variable
        return Variable(f"_bnode_{term}")
    if isinstance(term, URIRef | Literal):
        return convert(term)
    raise _Unscoped(repr(term))


def _path_edges(
    s: End, path: object, o: End, convert: OxigraphTerms, fresh: Iterator[Variable]
) -> list[Edge]:
    if isinstance(path, URIRef):
        return [Edge(s, frozenset({convert(path)}), o)]
    if isinstance(path, InvPath):
        return _path_edges(o, path.arg, s, convert, fresh)
    if isinstance(path, SequencePath):
        edges, here = [], s
        for number, step in enumerate(path.args):
            there = o if number == len(path.args) - 1 else next(fresh)
            edges += _path_edges(here, step, there, convert, fresh)
            here = there
        return edges
    if isinstance(path, AlternativePath):
        return [Edge(s, _predicates(path, convert), o)]
    if isinstance(path, MulPath):
        return [
            Edge(
                s, _predicates(path.path, convert), o,
                repeat=path.mod != "?", zero=path.mod != "+",
            )
        ]
    raise _Unscoped(repr(path))  # a variable predicate, a negated path


def _predicates(path: object, convert: OxigraphTerms) -> frozenset[ox.NamedNode]:
    """The predicates of `p` or `p|q|…` (an alternative of anything else is refused: the
    argument needs every edge of a match to hold)."""
    if isinstance(path, URIRef):
        return frozenset({convert(path)})
    if isinstance(path, AlternativePath) and all(isinstance(a, URIRef) for a in path.args):
        return frozenset(convert(a) for a in path.args)
    raise _Unscoped(repr(path))


def _distances(edges: list[Edge]) -> dict[Variable, int]:
    """Each variable's fewest edges from `$this`: over the conjunctive pattern first, then on
    through the patterns of FILTER (NOT) EXISTS, which hold in full when they match but need not
    hold for a row (so they must not shorten a path between the pattern's own variables). A
    variable not joined to `$this`, or an edge between two constants, makes the query
    non-local."""
    variables = {end for edge in edges for end in (edge.subject, edge.object) if _is_var(end)}
    if THIS not in variables or any(
        not _is_var(e.subject) and not _is_var(e.object) for e in edges
    ):
        raise _Unscoped("not about $this")
    distance = {THIS: 0}
    for layer in ([e for e in edges if not e.inner], edges):
        frontier = sorted(distance, key=distance.__getitem__)
        while frontier:
            reached = []
            for var in frontier:
                for edge in layer:
                    for here, there in ((edge.subject, edge.object), (edge.object, edge.subject)):
                        if here == var and _is_var(there) and there not in distance:
                            distance[there] = distance[var] + 1
                            reached.append(there)
            frontier = reached
    if set(distance) != variables:
        raise _Unscoped("a variable not joined to $this")
    return distance
