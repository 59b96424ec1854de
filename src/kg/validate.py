"""Stage 3: SHACL validation, plus SPARQL checks that need named graphs.

What the files state (data, ontology, vocabularies) is validated against `shapes/*.ttl`. The
inferred graph is left out on purpose: OWL RL range reasoning would make a group used as a
place *into* a place, hiding exactly the mistakes SHACL is there to catch. Shapes follow
rdfs:subClassOf themselves and walk lineage with property paths, so they need no entailments.
Provenance lives in named graphs, which SHACL cannot see, so checks about it are SPARQL files
under `shapes/checks/` that must return no rows (the OBO "*-violation.sparql" convention).
One check needs to name the file a statement came from, which neither SHACL nor SPARQL knows:
a schema axiom stated in a data file (`kg.reason.schema_axioms_in_data`, the definition the
reasoner ignores them by) is a violation naming that file.
The result is a typed report; running fine and finding violations is a result, not an error.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.constraint_scope import Lookups

from kg.errors import KgError
from kg.identity_check import CHECK_STEM as IDENTITY_CHECK
from kg.identity_check import identity_violations
from kg.load import KnowledgeGraph, Limits, bind_prefixes, escaped, parse_file
from kg.namespaces import CHECKS, INFERRED_GRAPH, PRECOMPUTED_GRAPH
from kg.provenance_check import CHECK_STEM as PROVENANCE_CHECK
from kg.query_catalogue import parse_header
from kg.reason import schema_axioms_in_data
from kg.resources import shapes_dir
from kg.shacl_core import copy_description, reach, reference_only, validate_core


class Severity(Enum):
    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"

    @classmethod
    def from_iri(cls, iri: Node) -> Severity:
        return {SH.Violation: cls.VIOLATION, SH.Warning: cls.WARNING}.get(iri, cls.INFO)

    @property
    def iri(self) -> URIRef:
        return {
            Severity.VIOLATION: SH.Violation,
            Severity.WARNING: SH.Warning,
            Severity.INFO: SH.Info,
        }[self]


@dataclass(frozen=True)
class ValidationResult:
    focus_node: Node
    path: Node | None
    message: str
    severity: Severity
    source_shape: Node | None
    value: Node | None = None
    source_files: tuple[Path, ...] = ()


@dataclass
class ValidationReport:
    results: list[ValidationResult]
    graph: Graph = field(repr=False)

    @property
    def conforms(self) -> bool:
        """True when there is no violation; warnings do not fail a build. This is the build's
        verdict, not SHACL's: the report graph's sh:conforms (`shacl_conforms`) is false as soon
        as there is any result, warnings included, as the SHACL specification says."""
        return not self.violations

    @property
    def shacl_conforms(self) -> bool:
        """What the written report's sh:conforms says: no result of any severity."""
        return not self.results

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity is Severity.VIOLATION]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity is Severity.WARNING]


def load_shapes(folder: Path | None = None) -> Graph:
    shapes = Graph()
    bind_prefixes(shapes)
    for path in sorted((folder or shapes_dir()).glob("*.ttl")):
        # the project's own shapes: a user's data-file bounds do not apply to them
        shape_file = parse_file(path, "turtle", limits=Limits())
        for s, p, o, _ in shape_file.quads((None, None, None, None)):
            shapes.add((s, p, o))
    return shapes


VALIDATORS = ("split", "pyshacl")
"""`pyshacl` runs every shape in pySHACL over an rdflib copy of the stated graph: the reference.
`split` (the default) runs the core shapes in Rust (kg.shacl_core: shacl-rust, with pySHACL's
answers where the two are known to differ) and each SHACL-SPARQL constraint once over the whole
graph in Oxigraph instead of once per focus node in rdflib's SPARQL engine, which is what made
validation grow with the square of the data (minutes at 15 k triples). tests/test_scale.py and
tests/test_shacl_core.py check that both give the same results."""


def validate(
    kg: KnowledgeGraph,
    *,
    shapes: Graph | None = None,
    checks_dir: Path | None = None,
    validator: str = "split",
    increment: Increment | None = None,
    write_stated: Callable[[Path], None] | None = None,
) -> ValidationReport:
    """Validate the stated graph with the SHACL shapes and the SPARQL checks. With
    `increment` (what was added since a validation whose report is known), the core shapes
    and the SHACL-SPARQL constraints are checked only on the focus nodes the added statements
    can change (`Increment`, `kg.constraint_scope`); the checks still run over the whole
    graph. `write_stated`, if given, writes the stated N-Quads the core shapes read in place of
    `KnowledgeGraph.write_stated_nquads` (the same lines, in any order), called with the
    inferred graph set aside: a build writes them from a dump it shares with `graph.nq`
    (`kg.build._SharedDump`)."""
    if validator not in VALIDATORS:
        raise KgError(f"unknown validator {validator!r}; choose one of {', '.join(VALIDATORS)}")
    shapes = shapes if shapes is not None else load_shapes()
    constraints = sparql_constraints(shapes) if validator == "split" else None
    scoping = increment if increment is not None and _scopable(increment) else None
    # shapes see what the files state (module docstring): the inferred graph is set aside for
    # whatever reads the whole graph; what is scoped to an increment reads around the focus
    # nodes and leaves the pipeline's graphs out itself (in a batch add the store is the
    # previous build's on disk, where setting 142,000 inferred quads aside and back costs
    # seconds, and its precomputed graph is there too)
    with contextlib.ExitStack() as aside:
        taken: list[bool] = []

        def stated_only() -> None:
            if not taken:
                aside.enter_context(kg.inferred_set_aside())
                taken.append(True)

        # the added statements new to the validated graphs: what every scoped part walks from
        new = _new_statements(kg, increment.added) if increment and constraints else []
        beside: _ConstraintResults | None = None
        if constraints is not None:
            core = _without(shapes, constraints)
            scoped = _validate_core_scoped(kg, core, increment, new) if increment else None
            if scoped is not None:
                report_graph = scoped
            else:
                stated_only()
                report_graph, beside = _core_beside_constraints(
                    kg, core, constraints, write_stated or kg.write_stated_nquads
                )
        else:
            stated_only()
            report_graph = _run_pyshacl(kg.union(as_written=True), shapes)
        bind_prefixes(report_graph)
        results = [
            _result_from_graph(report_graph, node, kg) for node in _result_nodes(report_graph)
        ]
        if beside is not None:
            results += beside.added_to(report_graph)
        else:
            scoped_reads = _ScopedReads(_lookups(kg), new) if scoping is not None else None
            for constraint in constraints or []:
                results += _run_constraint(
                    kg, constraint, report_graph, increment=scoping, whole_graph=stated_only,
                    reads=scoped_reads,
                )
    # The SPARQL checks are our own queries, not SHACL: both validators run them in Oxigraph
    # (rdflib's engine took over half an hour on the identity check at the S corpus, with its
    # property paths inside OPTIONAL and FILTER NOT EXISTS); the catalogue tests compare the
    # two engines on queries.
    results += run_checks(
        kg, report_graph, checks_dir or shapes_dir() / "checks", in_oxigraph=True,
        increment=scoping,
    )
    results += schema_axiom_results(kg, report_graph)
    results.sort(key=lambda r: (r.severity.value, str(r.focus_node), str(r.source_shape)))
    # SHACL 1.0 section 3.1: sh:conforms is true only when there is no validation result at all,
    # of any severity. The written report says so (a consumer reading sh:conforms true must not
    # miss warnings); the build's pass/fail, ValidationReport.conforms, counts violations only.
    report_graph.set(
        (
            next(report_graph.subjects(RDF.type, SH.ValidationReport)),
            SH.conforms,
            Literal(not results),
        )
    )
    return ValidationReport(results=results, graph=report_graph)


@dataclass(frozen=True)
class _ConstraintResults:
    """The SHACL-SPARQL constraints' results, found while the core shapes' report was still
    being made, in a report graph of their own (`_core_beside_constraints`)."""

    results: list[ValidationResult]
    graph: Graph
    root: Node

    def added_to(self, report_graph: Graph) -> list[ValidationResult]:
        """Put the results under `report_graph`'s sh:ValidationReport, after the core shapes'
        results (the order they had when the constraints ran after them); returns them."""
        report = next(report_graph.subjects(RDF.type, SH.ValidationReport))
        for s, p, o in self.graph:
            if s != self.root:
                report_graph.add((s, p, o))
            elif p == SH.result:
                report_graph.add((report, p, o))
        return self.results


def _core_beside_constraints(
    kg: KnowledgeGraph,
    core: Graph,
    constraints: list[SparqlConstraint],
    write_stated: Callable[[Path], None],
) -> tuple[Graph, _ConstraintResults]:
    """The core shapes' report on the whole stated graph, and the SHACL-SPARQL constraints'
    results, made at the same time: shacl-rust (`validate_core`, about 2 s of CPU at the L
    corpus) reads the stated N-Quads from a file on a thread of its own and releases the GIL
    while it works, so the constraints' queries, which read the store with the inferred graph
    set aside (as the caller left it), run beside it on the main thread. Nothing is shared
    but the file, written before the thread starts and removed after it ends: the store is
    not changed while the thread runs, and each side writes a report graph of its own. If
    the main thread fails, the executor waits for the thread before the file goes."""
    pending = Graph()
    root = BNode()
    pending.add((root, RDF.type, SH.ValidationReport))
    with tempfile.TemporaryDirectory(prefix="kg-validate-") as folder:
        stated = Path(folder) / "stated.nq"
        write_stated(stated)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-shacl-core") as thread:
            report = thread.submit(validate_core, stated, core, data_format="nq")
            results = [
                result
                for constraint in constraints
                for result in _run_constraint(kg, constraint, pending)
            ]
            return report.result(), _ConstraintResults(results, pending, root)


@dataclass(frozen=True)
class Increment:
    """Statements added to a graph since a validation of it, and that validation's report
    graph: what lets `validate` check the core shapes only where the additions can change an
    answer.

    A core shape reads, from its focus node, the statements of nodes at most `reach` steps
    away along its (plain, forward) paths (`kg.shacl_core.reach`). So an added statement can
    change the results of the nodes from which its subject is at most `reach` steps away, and
    of no other: those are the focus nodes validated again, on every statement of the nodes
    they reach (and the class hierarchy), read from the store as the files wrote them. Every
    other node keeps the results the previous report gave it. Where that argument does not
    hold (shapes with cycles or complex paths, an added rdfs:subClassOf, which changes what
    every class target means), the whole graph is validated."""

    added: Sequence[ox.Quad]
    """The stated quads added, as the store holds them (inferred ones are not validated)."""
    previous: Graph
    """The report graph of the previous validation, of the same shapes."""
    inferred: Sequence[ox.Quad] = ()
    """What the reasoner entailed from them (it can type an old node: the provenance check
    reads inferred types)."""


def _validate_core_scoped(
    kg: KnowledgeGraph, core: Graph, increment: Increment, new: list[ox.Quad] | None = None
) -> Graph | None:
    """The core shapes' report for the graph after `increment`, by validating only the focus
    nodes it can affect; None where that cannot be trusted (then the caller validates all).
    `new` is `_new_statements` of the increment, if the caller has it."""
    import pyoxigraph as ox

    from kg.store.terms import to_rdflib

    hops = reach(core)
    subclass = ox.NamedNode(str(RDFS.subClassOf))
    if hops is None or reference_only(core):
        return None
    if any(q.predicate == subclass for q in increment.added):
        return None
    store = kg.store
    skip = _graphs_not_validated()
    if new is None:
        new = _new_statements(kg, increment.added)
    affected = {q.subject for q in new}
    frontier = set(affected)
    for _ in range(hops):  # every node from which a changed subject is within reach
        frontier = {
            q.subject for node in frontier for q in store.quads_for_pattern(None, None, node)
            if q.graph_name not in skip
        } - affected
        if not frontier:
            break
        affected |= frontier
    quads: dict[ox.Quad, None] = dict.fromkeys(
        q for q in store.quads_for_pattern(None, subclass, None) if q.graph_name not in skip
    )
    frontier, seen = set(affected), set()
    for _ in range(hops + 1):
        reached = set()
        for node in frontier:
            for quad in store.quads_for_pattern(node, None, None):
                if quad.graph_name in skip:
                    continue
                quads[quad] = None
                if not isinstance(quad.object, ox.Literal):
                    reached.add(quad.object)
        seen |= frontier
        frontier = reached - seen
    stated = kg.as_written.restore(quads) if kg.as_written else iter(quads)
    with tempfile.TemporaryDirectory(prefix="kg-validate-") as folder:
        neighbourhood = Path(folder) / "neighbourhood.nq"
        neighbourhood.write_bytes(ox.serialize(stated, format=ox.RdfFormat.N_QUADS) or b"")
        focus_nodes = {to_rdflib(node) for node in affected}
        report = validate_core(neighbourhood, core, data_format="nq", focus=focus_nodes)
    root = next(report.subjects(RDF.type, SH.ValidationReport))
    _copy_core_results(increment.previous, report, root, focus_nodes)
    report.remove((root, SH.conforms, None))
    return report


def _new_statements(kg: KnowledgeGraph, added: Sequence[ox.Quad]) -> list[ox.Quad]:
    """The quads of `added` in validated graphs whose statement the validated graphs did not
    hold before: shapes and constraints see the union of the graphs, a set of triples, so a
    profile restating a triple another file states (each of the L corpus's profiles names
    the body that designated its group) changes no result. At the L corpus the restated
    designating body alone made 2,200 old designations, and everything within reach of them,
    focus nodes again. A quad whose literal the files write in another form than the store
    holds (`kg.as_written`) is a new statement for SHACL: kept.

    What the store held is read subject by subject (a batch's 10,445 quads have about a fifth
    as many subjects, most of them new), not by one look-up per quad."""
    skip = _graphs_not_validated()
    added_here = set(added)
    validated = [quad for quad in added if quad.graph_name not in skip]
    held: dict[object, set[tuple[object, object]]] = {}
    for subject in {quad.subject for quad in validated}:
        held[subject] = {
            (quad.predicate, quad.object)
            for quad in kg.store.quads_for_pattern(subject, None, None)
            if quad.graph_name not in skip and quad not in added_here
        }
    return [
        quad
        for quad in validated
        if quad in kg.as_written.quads or (quad.predicate, quad.object) not in held[quad.subject]
    ]


def _graphs_not_validated() -> frozenset[ox.NamedNode]:
    """The graphs validation leaves out: the reasoner's, and the precomputed graph a batch add's
    store holds from the previous build (derived data, never validated)."""
    import pyoxigraph as ox

    return frozenset(ox.NamedNode(str(g)) for g in (INFERRED_GRAPH, PRECOMPUTED_GRAPH))


def _is_core_result(report: Graph, result: Node) -> bool:
    """A result of a core shape (the SPARQL constraints and checks are run again in full):
    one with a constraint component other than SHACL-SPARQL's."""
    component = report.value(result, SH.sourceConstraintComponent)
    return component is not None and component != SH.SPARQLConstraintComponent


def _copy_core_results(source: Graph, report: Graph, root: Node, skipped: set[Node]) -> None:
    """The previous report's core results about focus nodes not in `skipped`, with the nodes
    they describe (nested results, anonymous shapes)."""
    for origin in source.subjects(RDF.type, SH.ValidationReport):
        for result in source.objects(origin, SH.result):
            if source.value(result, SH.focusNode) in skipped or not _is_core_result(source, result):
                continue
            report.add((root, SH.result, result))
            copy_description(source, report, result)


@contextmanager
def _each_query_parsed_once() -> Iterator[None]:
    """pySHACL runs a SHACL-SPARQL constraint once per focus node, handing rdflib the same
    query text each time with other bindings, and rdflib parses the text anew every time: 95 %
    of pySHACL's time on a generated corpus went to parsing the same seven queries 424 times.
    For the duration, rdflib keeps each text's parsed and translated form and evaluates it
    with the new bindings, which is what its own `prepareQuery` is for."""
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query
    prepared: dict[tuple[str, str | None, tuple[tuple[str, str], ...]], object] = {}

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            key = (strOrQuery, base, namespaces)
            if key not in prepared:
                parsed = processor.parseQuery(strOrQuery)
                prepared[key] = processor.translateQuery(parsed, base, initNs)
            strOrQuery = prepared[key]
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign]
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original  # type: ignore[method-assign]


def _run_pyshacl(data: Graph, shapes: Graph) -> Graph:
    import pyshacl

    try:
        with _each_query_parsed_once():
            _, report_graph, _ = pyshacl.validate(
                data,
                shacl_graph=shapes,
                inference="none",
                advanced=True,
                allow_warnings=True,
            )
    except Exception as error:  # pyshacl reports bad shapes with many exception types
        raise KgError(f"SHACL validation could not run: {error}") from error
    return report_graph


# ---------------------------------------------------------------- SHACL-SPARQL, whole-graph


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql constraint of a node shape, rewritten to find all its focus nodes at once."""

    shape: Node
    constraint: Node
    severity: Severity
    message: str
    query: str
    target_classes: tuple[Node, ...] = ()
    whole_query: str = ""
    """The query run over the whole graph, when it differs from `query` (which a scoped run
    reads from a few focus nodes): see `_RECURSIVE_PATH`."""

    def for_whole_graph(self) -> str:
        return self.whole_query or self.query


_RECURSIVE_PATH = re.compile(r"[)\w>][+*]\s*[?$<\w(]")
"""A `+` or `*` path step (`(a|b)+ $this`, `kg:p* ?x`), not arithmetic (`?a + ?b`) or `(*)`.
Such a path from each bound focus node cost Oxigraph time that grows with the whole graph at
every node (the lineage-cycle constraint, `$this (…)+ $this`: 0.03 s at M, 6.0–6.7 s at L over
9,144 organisations, where the same path walked once from every node took 0.13 s): the
whole-graph query then reads the constraint's own query as a sub-select, evaluated once, and
joins it with the focus nodes. Same rows: a join is a join, in either order."""

_UNSUPPORTED_SPARQL = re.compile(r"\$(PATH|currentShape|shapesGraph)\b")
_SELECTS_THIS = re.compile(r"SELECT\s+(DISTINCT\s+)?\$this\b", re.IGNORECASE)


def sparql_constraints(shapes: Graph) -> list[SparqlConstraint] | None:
    """The SPARQL constraints as whole-graph queries, or None if one of them cannot be rewritten
    (a property shape's constraint, a target other than sh:targetClass / sh:targetNode, a
    pre-bound variable other than $this): then pySHACL does everything, as the reference."""
    found = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        if (constraint, SH.deactivated, Literal(True)) in shapes or (
            shape,
            SH.deactivated,
            Literal(True),
        ) in shapes:
            continue
        select = shapes.value(constraint, SH.select)
        if select is None or shapes.value(shape, SH.path) is not None:
            return None
        text = str(select)
        if _UNSUPPORTED_SPARQL.search(text) or not _SELECTS_THIS.search(text):
            return None
        if any(shapes.value(shape, t) is not None for t in _OTHER_TARGETS):
            return None
        classes = sorted(shapes.objects(shape, SH.targetClass), key=str)
        nodes = sorted(shapes.objects(shape, SH.targetNode), key=str)
        if not classes and not nodes:
            continue
        body = re.sub(r"\$this\b", "?this", text)
        where = re.search(r"WHERE\s*\{", body, re.IGNORECASE)
        if where is None:
            return None
        # The focus nodes first, as plain patterns, so that the engine walks from each bound
        # ?this (as SHACL's pre-binding does) instead of joining two unbound results.
        # (the classes' subclasses are only known once the data is: see _run_constraint)
        target = _TARGET_CLASSES if classes else f"VALUES ?this {{ {_n3(nodes)} }}\n"
        query = _prefixes(shapes, constraint) + body[: where.end()] + "\n  " + target
        query += body[where.end() :]
        whole = ""
        if _RECURSIVE_PATH.search(body):
            whole = f"SELECT * WHERE {{\n  {target}  {{ {body} }}\n}}"
            whole = _prefixes(shapes, constraint) + whole
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message)
        found.append(
            SparqlConstraint(
                shape=shape,
                constraint=constraint,
                severity=Severity.from_iri(shapes.value(shape, SH.severity) or SH.Violation),
                message=str(message or ""),
                query=query,
                target_classes=tuple(classes),
                whole_query=whole,
            )
        )
    return found


_OTHER_TARGETS = (SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_TARGET_CLASSES = "VALUES ?shapeClass_ { #classes# }\n  ?this a ?shapeClass_ .\n"


def _n3(terms) -> str:
    return " ".join(t.n3() for t in terms)


def _subclasses(kg: KnowledgeGraph, classes: tuple[Node, ...]) -> list[Node]:
    """The classes and all their subclasses in the stated graphs (SHACL's class targets), read
    from the store (the rdflib view of it, made for this alone in a batch add, cost 0.1 s)."""
    import pyoxigraph as ox

    from kg.store.terms import OxigraphTerms, to_rdflib

    convert = OxigraphTerms()
    inferred, subclass = convert(INFERRED_GRAPH), convert(RDFS.subClassOf)
    found = set(classes)
    stack = list(classes)
    while stack:
        for quad in kg.store.quads_for_pattern(None, subclass, convert(stack.pop()), None):
            if quad.graph_name == inferred or isinstance(quad.subject, ox.Triple):
                continue
            node = to_rdflib(quad.subject)
            if node not in found:
                found.add(node)
                stack.append(node)
    return sorted(found, key=str)


def _prefixes(shapes: Graph, constraint: Node) -> str:
    lines = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(holder, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>\n")
    return "".join(sorted(set(lines)))


def _without(shapes: Graph, constraints: list[SparqlConstraint]) -> Graph:
    core = Graph()
    skipped = {(c.shape, SH.sparql, c.constraint) for c in constraints}
    for triple in shapes:
        if triple not in skipped:
            core.add(triple)
    return core


def _select(
    store, query: str, where: str
) -> list[dict[str, Node | None]]:
    """Rows of a query on an Oxigraph store, over the union of its named graphs."""
    try:
        solutions = store.query(query, use_default_graph_as_union=True)
    except (SyntaxError, OSError, RuntimeError, ValueError) as error:
        raise KgError(f"{where}: could not run: {error}") from error
    names = [v.value for v in solutions.variables]
    from kg.store.terms import to_rdflib

    return [{n: to_rdflib(row[n]) for n in names} for row in solutions]


def _scopable(increment: Increment) -> bool:
    """Whether the constraints can be run on the focus nodes `increment` can affect: not when
    it adds an rdfs:subClassOf, which changes what every class target means."""
    return not any(q.predicate.value == str(RDFS.subClassOf) for q in increment.added)


def _run_constraint(
    kg: KnowledgeGraph,
    constraint: SparqlConstraint,
    report_graph: Graph,
    *,
    increment: Increment | None = None,
    whole_graph: Callable[[], None] = lambda: None,
    reads: _ScopedReads | None = None,
) -> list[ValidationResult]:
    """The constraint's results over the whole graph, or with `increment` on the focus nodes
    it can affect (`kg.constraint_scope`), the previous report's results kept for the rest.
    `whole_graph` is called before the whole graph is read (validate sets the inferred graph
    aside then); `reads` is what the scoped run reads (shared between constraints)."""
    results = []
    seen: set[tuple] = set()  # a node typed with two target classes is still one focus node
    where = f"SPARQL constraint {constraint.constraint}"
    classes = _n3(_subclasses(kg, constraint.target_classes))
    query = constraint.query.replace("#classes#", classes)
    scoped = (
        _scoped_rows(
            kg, constraint, query, where, increment,
            reads or _ScopedReads(_lookups(kg), _new_statements(kg, increment.added)),
        )
        if increment
        else None
    )
    if scoped is not None:
        rows, kept = scoped
    else:
        whole_graph()
        whole = constraint.for_whole_graph().replace("#classes#", classes)
        rows, kept = _select(kg.store, whole, where), []
    for row in rows:
        row.pop("shapeClass_", None)
        if tuple(sorted(row.items())) in seen:
            continue
        seen.add(tuple(sorted(row.items())))
        focus = row["this"]
        message = re.sub(
            r"\{[$?](\w+)\}",
            lambda m, row=row: _text(row.get(m.group(1))),
            constraint.message,
        )
        result = ValidationResult(
            focus_node=focus,
            path=row.get("path"),
            message=message,
            severity=constraint.severity,
            source_shape=constraint.shape,
            value=row.get("value") if row.get("value") is not None else focus,
            source_files=_files_describing(kg, focus),
        )
        results.append(result)
        _add_result(report_graph, result, constraint=constraint.constraint)
    for result in kept:
        results.append(result)
        _add_result(report_graph, result, constraint=constraint.constraint)
    return results


@dataclass(frozen=True)
class _ScopedReads:
    """What the scoped constraints of one validation read alike: the store, each pattern
    once, and the added statements new to the validated graphs (`_new_statements`)."""

    look: Lookups
    new: list[ox.Quad]


def _lookups(kg: KnowledgeGraph) -> Lookups:
    """What the scoped constraints read the store with: outside the graphs not validated."""
    from kg.constraint_scope import Lookups

    return Lookups(kg.store, _graphs_not_validated())


def _scoped_rows(
    kg: KnowledgeGraph, constraint: SparqlConstraint, query: str, where: str,
    increment: Increment, reads: _ScopedReads,
) -> tuple[list[dict[str, Node | None]], list[ValidationResult]] | None:
    """The rows of `query` for the focus nodes `increment` can affect, found in a scratch store
    holding only what the query can read from them, and the previous report's results of the
    constraint for every other focus node; None if the query cannot be scoped (or a previous
    result is about a blank node, which the report's labels cannot match)."""
    import pyoxigraph as ox

    from kg.constraint_scope import scope_of, scopes_cache
    from kg.store.terms import to_rdflib

    scope = scope_of(query, cache=scopes_cache())
    if scope is None:
        return None
    previous = increment.previous
    earlier = list(previous.subjects(SH.sourceConstraint, constraint.constraint))
    if any(isinstance(previous.value(r, SH.focusNode), BNode) for r in earlier):
        return None
    focus = scope.affected(reads.look, reads.new)
    scratch = ox.Store()
    scratch.bulk_extend(scope.statements(reads.look, focus))
    affected = {to_rdflib(node) for node in focus}
    rows = [row for row in _select(scratch, query, where) if row["this"] in affected]
    kept = [
        _result_from_graph(previous, result, kg)
        for result in earlier
        if previous.value(result, SH.focusNode) not in affected
    ]
    return rows, kept


def _text(term: Node | None) -> str:
    return "" if term is None else str(term)


def _add_result(
    report_graph: Graph, result: ValidationResult, *, constraint: Node | None = None
) -> None:
    report = next(report_graph.subjects(RDF.type, SH.ValidationReport))
    node = BNode()
    report_graph.add((report, SH.result, node))
    for p, o in [
        (RDF.type, SH.ValidationResult),
        (SH.focusNode, result.focus_node),
        (SH.resultSeverity, result.severity.iri),
        (SH.resultMessage, Literal(result.message)),
        (SH.sourceShape, result.source_shape),
        (SH.resultPath, result.path),
        (SH.value, result.value),
        (SH.sourceConstraint, constraint),
        (SH.sourceConstraintComponent, SH.SPARQLConstraintComponent if constraint else None),
    ]:
        if o is not None:
            report_graph.add((node, p, o))


def run_checks(
    kg: KnowledgeGraph,
    report_graph: Graph,
    folder: Path,
    *,
    in_oxigraph: bool = False,
    increment: Increment | None = None,
) -> list[ValidationResult]:
    """Run every `*.rq` check; each row is one result, focus node in `?focus`. `in_oxigraph`
    runs them in Oxigraph (seconds, not minutes, at scale) instead of rdflib's engine. With
    `increment`, the identity check is answered for the organisations it can affect only
    (`kg.identity_check.affected_by`), the previous report's rows kept for the rest; the
    other checks (a few, reading named graphs) run whole."""
    results: list[ValidationResult] = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        header = parse_header(text, path)
        severity = Severity(header.get("severity", "Violation"))
        check = CHECKS[path.stem]
        rows: object
        if in_oxigraph and path.stem == IDENTITY_CHECK and path.parent == shapes_dir() / "checks":
            rows, affected = _identity_rows(kg, increment)
            if increment is not None and affected is not None:
                results += _kept_check_results(
                    kg, report_graph, increment.previous, check, affected
                )
        elif (
            in_oxigraph
            and increment is not None
            and path.stem == PROVENANCE_CHECK
            and path.parent == shapes_dir() / "checks"
            and (scoped := _provenance_rows(kg, increment))
        ):
            rows, affected = scoped
            results += _kept_check_results(kg, report_graph, increment.previous, check, affected)
        elif in_oxigraph:
            rows = _select(kg.store, text, f"{path}: check")
        else:
            try:
                rows = kg.dataset.query(text, use_store_provided=False)
            except Exception as error:
                raise KgError(f"{path}: check could not run: {error}") from error
        for row in rows:
            focus = row["focus"]
            message = str(row.get("message") or header.get("summary", path.stem))
            result = ValidationResult(
                focus_node=focus,
                path=row.get("path"),
                message=message,
                severity=severity,
                source_shape=check,
                value=row.get("value"),
                source_files=_files_describing(kg, focus),
            )
            results.append(result)
            _add_result(report_graph, result)
    return results


def _identity_rows(
    kg: KnowledgeGraph, increment: Increment | None = None
) -> tuple[list[dict[str, Node]], set[Node] | None]:
    """The identity check's rows by index look-ups (`kg.identity_check`): the query itself
    takes minutes of CPU at the L corpus in Oxigraph. With `increment`, the rows of the
    organisations it can affect only, and those organisations (else None: every row)."""
    from kg.identity_check import CHECK_STEM, affected_by
    from kg.store.terms import to_rdflib

    focus = None
    if increment is not None:
        earlier = increment.previous.subjects(SH.sourceShape, CHECKS[CHECK_STEM])
        # a blank focus node's label differs between runs: then every row is answered again
        if not any(isinstance(increment.previous.value(r, SH.focusNode), BNode) for r in earlier):
            focus = affected_by(kg.store, increment.added, increment.inferred)
    found = dict.fromkeys(identity_violations(kg.store, focus=focus))
    rows = [{"focus": to_rdflib(node), "message": Literal(message)} for node, message in found]
    return rows, None if focus is None else {to_rdflib(node) for node in focus}


def _provenance_rows(
    kg: KnowledgeGraph, increment: Increment
) -> tuple[list[dict[str, Node | None]], set[Node]] | None:
    """The provenance check's rows for the nodes `increment` can affect
    (`kg.provenance_check.affected_by`), and those nodes; None where the previous report has
    a row about a blank node (its label cannot match the store's)."""
    from kg.provenance_check import affected_by, provenance_violations
    from kg.store.terms import to_rdflib

    earlier = increment.previous.subjects(SH.sourceShape, CHECKS[PROVENANCE_CHECK])
    if any(isinstance(increment.previous.value(r, SH.focusNode), BNode) for r in earlier):
        return None
    focus = affected_by(kg.store, increment.added, increment.inferred)
    rows: list[dict[str, Node | None]] = [
        {"focus": to_rdflib(node), "message": Literal(message)}
        for node, message in dict.fromkeys(provenance_violations(kg.store, focus))
    ]
    return rows, {to_rdflib(node) for node in focus}


def _kept_check_results(
    kg: KnowledgeGraph, report_graph: Graph, previous: Graph, check: Node, affected: set[Node]
) -> list[ValidationResult]:
    """The previous report's results of `check` about focus nodes outside `affected`, added
    to `report_graph`."""
    kept = []
    for node in previous.subjects(SH.sourceShape, check):
        if previous.value(node, SH.focusNode) in affected:
            continue
        result = _result_from_graph(previous, node, kg)
        kept.append(result)
        _add_result(report_graph, result)
    return kept


SCHEMA_AXIOM_CHECK = CHECKS["schema-axiom-in-data"]


def schema_axiom_results(kg: KnowledgeGraph, report_graph: Graph) -> list[ValidationResult]:
    """A violation for every schema axiom a data file states, naming the file and the axiom:
    the reasoner did not obey it (schema comes from `ontology/` only), and the analyst must
    know that the file meant to change what a term means."""
    results = []
    for axiom in schema_axioms_in_data(kg):
        names = kg.dataset.namespace_manager  # the rdflib view, made only when needed
        source = kg.source_file_of(axiom.graph)
        where = f"{source}" if source is not None else f"graph <{axiom.graph}>"
        stated = " ".join(term.n3(names) for term in axiom.triple)
        result = ValidationResult(
            focus_node=axiom.triple[0],
            path=axiom.triple[1],
            message=(
                f"{where} states the schema axiom {escaped(stated, 200)} ; schema axioms are "
                "read only from the ontology (ontology/), so the reasoner ignored it: remove "
                "it from the data file, or propose it as a change to the ontology"
            ),
            severity=Severity.VIOLATION,
            source_shape=SCHEMA_AXIOM_CHECK,
            value=axiom.triple[2],
            source_files=(source,) if source is not None else (),
        )
        results.append(result)
        _add_result(report_graph, result)
    return results


def _result_nodes(report_graph: Graph) -> list[Node]:
    return list(report_graph.subjects(RDF.type, SH.ValidationResult))


def _result_from_graph(graph: Graph, node: Node, kg: KnowledgeGraph) -> ValidationResult:
    focus = graph.value(node, SH.focusNode)
    return ValidationResult(
        focus_node=focus,
        path=graph.value(node, SH.resultPath),
        message=str(graph.value(node, SH.resultMessage) or ""),
        severity=Severity.from_iri(graph.value(node, SH.resultSeverity)),
        source_shape=graph.value(node, SH.sourceShape),
        value=graph.value(node, SH.value),
        source_files=_files_describing(kg, focus),
    )


def _files_describing(kg: KnowledgeGraph, focus: Node | None) -> tuple[Path, ...]:
    """The data files whose graphs say something about the focus node."""
    if focus is None:
        return ()
    files = {
        kg.files[g.identifier if hasattr(g, "identifier") else g]
        for _, _, _, g in kg.dataset.quads((focus, None, None, None))
        if (g.identifier if hasattr(g, "identifier") else g) in kg.files
    }
    return tuple(sorted(files))
