"""SHACL Core validation in Rust, giving pySHACL's answers: the fast half of the split validator.

pySHACL is the reference, but it walks every focus node in Python over an rdflib copy of the whole
stated graph: about 21 s at 150 k triples and minutes at 1.5 M. `validate_core` hands the stated
graph, as the N-Triples Oxigraph dumps, to shacl-rust (https://github.com/ensaremirerol/shacl-rust;
its interned index validates 1.45 M triples in about 3 s) and writes the results as the report
graph pySHACL would have written: same focus nodes, paths, values, severities, source shapes,
constraint components, and `sh:message` texts.

Where the two engines are known to answer differently, the focus nodes concerned are validated
again by pySHACL, on the few triples those shapes can reach from them, and pySHACL's results
replace shacl-rust's for those nodes:
- a comparison (sh:minInclusive … sh:lessThanOrEquals) of a value of the wrong datatype, ill-typed,
  or too precise for shacl-rust's numbers: pySHACL compares where shacl-rust does not and the other
  way round. Shacl-rust flags every such value as a datatype violation of the same property shape,
  so a result on a compared property is what sends a focus node back.
- an sh:node violation: pySHACL explains it with the nested results under sh:detail, shacl-rust
  does not (and `validate.py` reads detail results like any other).
Valid data never takes that path, so a clean build stays fast.

Shapes that use anything the equality tests do not cover (`tests/test_shacl_core.py`) are not
trusted to shacl-rust at all: `reference_only` names why, and `validate_core` then runs pySHACL on
everything, slowly but with the reference's answers. The shipped shapes need none of that.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import KgError
from kg.load import bind_prefixes

# Constraint parameters and shape terms whose results tests/test_shacl_core.py compares with
# pySHACL's. Anything else in the SHACL namespace sends the whole validation to pySHACL.
VETTED = frozenset(
    {
        SH.NodeShape,
        SH.PropertyShape,
        SH.targetClass,
        SH.property,
        SH.path,
        SH.message,
        SH.severity,
        SH.deactivated,
        SH.minCount,
        SH.maxCount,
        SH.datatype,
        SH["class"],
        SH.nodeKind,
        SH.pattern,
        SH.minInclusive,
        SH.maxInclusive,
        SH.lessThanOrEquals,
        SH.uniqueLang,
        SH.hasValue,
        SH["or"],
        SH.node,
        SH.Violation,
        SH.Warning,
        SH.Info,
        SH.IRI,
        SH.BlankNode,
        SH.Literal,
        SH.BlankNodeOrIRI,
        SH.BlankNodeOrLiteral,
        SH.IRIOrLiteral,
        # what `validate._without` leaves of the SHACL-SPARQL constraints it runs elsewhere
        SH.SPARQLConstraint,
        SH.select,
        SH.prefixes,
        SH.declare,
        SH.prefix,
        SH.namespace,
    }
)
_COMPARISONS = (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive)
_PAIR_COMPARISONS = (SH.lessThan, SH.lessThanOrEquals)
_NESTED = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_LISTS = (SH["or"], SH["and"], SH.xone)


_FORMATS = {"nt": "N_TRIPLES", "nq": "N_QUADS"}


def validate_core(
    data: bytes | Path,
    shapes: Graph,
    *,
    data_format: str = "nt",
    focus: Iterable[Node] | None = None,
) -> Graph:
    """Validate `data`, the stated graph as N-Triples (`data_format="nt"`) or N-Quads (`"nq"`,
    validated as the union of its graphs), as bytes or a file, against `shapes`, a shapes graph
    without SHACL-SPARQL constraints. `data` must hold the literals as written, not as an
    Oxigraph Store keeps them ("5"^^xsd:int as an xsd:integer, "1.0" as "1"), which would hide
    datatype mistakes pySHACL reports: `KnowledgeGraph.write_stated_nquads` writes it so
    (`kg.store.as_written`).

    Returns a sh:ValidationReport graph shaped like pySHACL's (run with `inference="none",
    advanced=True, allow_warnings=True`): sh:conforms, and sh:result nodes with sh:focusNode,
    sh:resultPath, sh:value, sh:resultSeverity, sh:sourceShape, sh:resultMessage and
    sh:sourceConstraintComponent, sh:detail under sh:node results. With `focus`, only the
    results about those focus nodes (an incremental validation reads a neighbourhood of them,
    where the nodes at its edge lack statements and would give thousands of results that are
    only dropped: at the L corpus, making them took most of a batch add's validation). Raises
    KgError when the data or the shapes cannot be read."""
    if data_format not in _FORMATS:
        raise KgError(f"validate_core reads {' or '.join(_FORMATS)}, not {data_format!r}")
    if reference_only(shapes):
        return _pyshacl_report(_rdflib_graph(data, data_format), shapes)
    plan = _Plan(shapes)
    report = Graph()
    root = BNode()
    report.add((root, RDF.type, SH.ValidationReport))
    results = list(_shacl_rust_results(data, shapes, data_format))
    if focus is not None:
        wanted = set(focus)
        results = [result for result in results if result.focus in wanted]
    sent_back = {r.focus for r in results if plan.needs_reference(r)}
    for result in results:
        if result.focus not in sent_back:
            _add_result(report, root, result, shapes)
    if sent_back:
        neighbourhood = _neighbourhood(data, sent_back, plan.hops, data_format)
        _copy_results(_pyshacl_report(neighbourhood, shapes), report, root, sent_back)
    violated = any(
        report.value(node, SH.resultSeverity) == SH.Violation
        for node in report.objects(root, SH.result)
    )
    report.add((root, SH.conforms, Literal(not violated)))
    return report


def reference_only(shapes: Graph) -> list[str]:
    """Why `shapes` cannot be trusted to shacl-rust (then pySHACL validates everything): terms
    the equality tests do not cover, or comparisons whose odd values would go unnoticed. Empty
    for the project's shapes; a test keeps it so."""
    reasons = sorted(
        {
            f"{term.n3()} is not covered by the equality tests"
            for triple in shapes
            for term in triple
            if isinstance(term, URIRef) and term.startswith(str(SH)) and term not in VETTED
        }
    )
    for shape, path in shapes.subject_objects(SH.path):
        if not isinstance(path, URIRef):
            reasons.append(f"{shape.n3()} has a complex sh:path")
    for parameter in (*_COMPARISONS, *_PAIR_COMPARISONS):
        for shape in shapes.subjects(parameter, None):
            if not _checks_datatype(shapes, shape):
                reasons.append(
                    f"{shape.n3()} compares values ({parameter.n3()}) without checking "
                    "their datatype"
                )
    for shape, other in ((s, o) for p in _PAIR_COMPARISONS for s, o in shapes.subject_objects(p)):
        holders = set(shapes.subjects(SH.property, shape))
        siblings = {s for h in holders for s in shapes.objects(h, SH.property)}
        if not holders or not any(
            shapes.value(s, SH.path) == other and _checks_datatype(shapes, s) for s in siblings
        ):
            reasons.append(
                f"{shape.n3()} compares with {other.n3()}, whose datatype no sibling shape checks"
            )
    if _Plan(shapes).hops is None:
        reasons.append("the shapes refer to themselves (sh:node or sh:property cycle)")
    return sorted(set(reasons))


def reach(shapes: Graph) -> int | None:
    """How many path steps from a focus node the shapes read statements (a value's own
    statements count as one step more, as sh:class reads its type), or None if unbounded
    (shapes that refer to themselves): what an incremental validation scopes by."""
    return _Plan(shapes).hops


def _checks_datatype(shapes: Graph, shape: Node) -> bool:
    """The shape has sh:datatype, or an sh:or of shapes that each give only an sh:datatype."""
    if shapes.value(shape, SH.path) is None:
        return False
    if shapes.value(shape, SH.datatype) is not None:
        return True
    for alternatives in shapes.objects(shape, SH["or"]):
        members = list(Collection(shapes, alternatives))
        if members and all(
            {p for p, _ in shapes.predicate_objects(m)} == {SH.datatype} for m in members
        ):
            return True
    return False


class _Plan:
    """What the shapes can reach from a focus node, and which results need pySHACL."""

    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.compared = {
            path
            for parameter in (*_COMPARISONS, *_PAIR_COMPARISONS)
            for shape in shapes.subjects(parameter, None)
            for path in [shapes.value(shape, SH.path)]
            if path is not None
        } | {other for p in _PAIR_COMPARISONS for _, other in shapes.subject_objects(p)}
        tops = set(shapes.subjects(SH.targetClass, None)) | set(
            shapes.subjects(RDF.type, SH.NodeShape)
        )
        depths = [self._hops(shape, frozenset()) for shape in tops]
        self.hops: int | None = None if None in depths else max(depths, default=0)

    def _hops(self, shape: Node, seen: frozenset[Node]) -> int | None:
        """How many path steps away from the focus node the shape reads values; None on a cycle."""
        if shape in seen:
            return None
        own = 1 if self.shapes.value(shape, SH.path) is not None else 0
        deepest = 0
        for child in self._children(shape):
            depth = self._hops(child, seen | {shape})
            if depth is None:
                return None
            deepest = max(deepest, depth)
        return own + deepest

    def _children(self, shape: Node) -> Iterator[Node]:
        for parameter in _NESTED:
            yield from self.shapes.objects(shape, parameter)
        for parameter in _LISTS:
            for members in self.shapes.objects(shape, parameter):
                yield from Collection(self.shapes, members)

    def needs_reference(self, result: _Result) -> bool:
        if result.component == SH.NodeConstraintComponent:
            return True
        return self.shapes.value(result.shape, SH.path) in self.compared


class _Result:
    __slots__ = ("component", "focus", "messages", "path", "shape", "value")

    def __init__(self, row: dict[str, object], terms: dict[str, Node]) -> None:
        self.focus = terms[str(row["focusNode"])]
        self.shape = terms[str(row["sourceShape"])]
        self.component = terms[str(row["sourceConstraintComponent"])]
        self.path = terms.get(str(row.get("resultPath")))
        self.value = terms.get(str(row.get("value")))
        self.messages = [str(m) for m in row.get("messages") or []]


def _shacl_rust_results(
    data: bytes | Path, shapes: Graph, data_format: str
) -> Iterator[_Result]:
    import shacl_rust

    try:
        report = shacl_rust.validate_file(
            str(data) if isinstance(data, Path) else io.BytesIO(data),
            io.BytesIO(shapes.serialize(format="nt", encoding="utf-8")),
            data_format=data_format,
            shapes_format="nt",
            experimental_index=True,
        )
    except ValueError as error:  # shacl-rust reports unreadable data and shapes as ValueError
        raise KgError(f"SHACL validation could not run: {error}") from error
    rows = report["results"]
    texts = {
        str(row[key])
        for row in rows
        for key in ("focusNode", "sourceShape", "sourceConstraintComponent", "resultPath", "value")
        if row.get(key) is not None
    }
    terms = _terms(texts)
    for row in rows:
        yield _Result(row, terms)


def _terms(texts: Iterable[str]) -> dict[str, Node]:
    """shacl-rust writes terms in N-Triples syntax; blank nodes keep the labels they had in the
    data and shapes given to it, which are the caller's."""
    import pyoxigraph as ox

    from kg.store.terms import to_rdflib

    found: dict[str, Node] = {}
    others = []
    for text in texts:
        if text.startswith("_:"):
            found[text] = BNode(text[2:])
        else:
            others.append(text)
    document = "".join(f"<urn:x-kg:{i}> <urn:x-kg:is> {text} .\n" for i, text in enumerate(others))
    for triple in ox.parse(document.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        found[others[int(triple.subject.value.removeprefix("urn:x-kg:"))]] = to_rdflib(
            triple.object
        )
    return found


def _add_result(report: Graph, root: Node, result: _Result, shapes: Graph) -> None:
    """One result as pySHACL writes it: path, severity and messages are the source shape's."""
    node = BNode()
    report.add((root, SH.result, node))
    report.add((node, RDF.type, SH.ValidationResult))
    report.add((node, SH.focusNode, result.focus))
    report.add((node, SH.sourceShape, result.shape))
    report.add((node, SH.sourceConstraintComponent, result.component))
    report.add((node, SH.resultSeverity, shapes.value(result.shape, SH.severity) or SH.Violation))
    path = shapes.value(result.shape, SH.path) or result.path
    if path is not None:
        report.add((node, SH.resultPath, path))
    if result.value is not None:
        report.add((node, SH.value, result.value))
    messages = list(shapes.objects(result.shape, SH.message))
    for message in messages or [Literal(m) for m in result.messages]:
        report.add((node, SH.resultMessage, message))
    if isinstance(result.shape, BNode):
        copy_description(shapes, report, result.shape)


def copy_description(source: Graph, target: Graph, node: Node) -> None:
    """A node's triples, and those of the blank nodes they reach: a result with its nested
    results, or an anonymous shape (pySHACL copies one into the report that names it)."""
    stack, seen = [node], set()
    while stack:
        subject = stack.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for p, o in source.predicate_objects(subject):
            target.add((subject, p, o))
            if isinstance(o, BNode):
                stack.append(o)


def _neighbourhood(
    data: bytes | Path, focus_nodes: set[Node], hops: int | None, data_format: str = "nt"
) -> Graph:
    """The triples the shapes can read about `focus_nodes`: those of every node up to `hops`
    steps away, and the class hierarchy (sh:class and sh:targetClass follow rdfs:subClassOf).
    One pass over the N-Triples per step, not an Oxigraph Store: a Store rewrites typed literals
    ("5"^^xsd:int as an xsd:integer, "1.0" as "1") and so would hide what pySHACL must see."""
    import pyoxigraph as ox

    from kg.store.terms import OxigraphTerms, to_rdflib

    convert = OxigraphTerms()
    subclass = convert(RDFS.subClassOf)
    graph = Graph()
    bind_prefixes(graph)  # pySHACL's own messages name terms with the data graph's prefixes
    frontier = {convert(node) for node in focus_nodes if not isinstance(node, Literal)}
    seen: set[object] = set()
    for step in range((hops or 0) + 1):
        reached = set()
        try:
            for quad in _parsed(data, data_format):
                if quad.subject in frontier:
                    if not isinstance(quad.object, ox.Literal):
                        reached.add(quad.object)
                elif step or quad.predicate != subclass:
                    continue
                graph.add(
                    (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
                )
        except SyntaxError as error:
            raise KgError(f"SHACL validation could not read the stated graph: {error}") from error
        seen |= frontier
        frontier = reached - seen
        if not frontier:
            break
    return graph


def _copy_results(source: Graph, report: Graph, root: Node, focus_nodes: set[Node]) -> None:
    """pySHACL's results about `focus_nodes`, with their details and anonymous shapes."""
    for origin in source.subjects(RDF.type, SH.ValidationReport):
        for result in source.objects(origin, SH.result):
            if source.value(result, SH.focusNode) in focus_nodes:
                report.add((root, SH.result, result))
                copy_description(source, report, result)


def _parsed(data: bytes | Path, data_format: str) -> Iterator[object]:
    """The statements of `data` (bytes or a file) as Oxigraph parses them."""
    import pyoxigraph as ox

    rdf_format = getattr(ox.RdfFormat, _FORMATS[data_format])
    if isinstance(data, Path):
        return ox.parse(path=data, format=rdf_format)
    return ox.parse(data, format=rdf_format)


def _rdflib_graph(data: bytes | Path, data_format: str = "nt") -> Graph:
    """The N-Triples as an rdflib Graph, literals as written: read by Oxigraph's parser and
    converted with `to_rdflib`, since rdflib's own parsers rewrite a literal's lexical form from
    its value ("01"^^xsd:integer as "1", a date's time zone dropped)."""

    from kg.store.terms import to_rdflib

    graph = Graph()
    bind_prefixes(graph)
    try:
        for triple in _parsed(data, data_format):
            graph.add(
                (to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))
            )
    except SyntaxError as error:
        raise KgError(f"SHACL validation could not read the stated graph: {error}") from error
    return graph


def _pyshacl_report(data: Graph, shapes: Graph) -> Graph:
    """pySHACL exactly as `validate.py` runs it."""
    import pyshacl

    try:
        _, report, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
        )
    except Exception as error:  # pyshacl reports bad shapes with many exception types
        raise KgError(f"SHACL validation could not run: {error}") from error
    return report
