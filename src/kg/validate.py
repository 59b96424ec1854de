"""Stage 3: SHACL validation, plus SPARQL checks that need named graphs.

pySHACL validates what the files state (data, ontology, vocabularies) against `shapes/*.ttl`.
The inferred graph is left out on purpose: OWL RL range reasoning would make a group used as a
place *into* a place, hiding exactly the mistakes SHACL is there to catch. Shapes follow
rdfs:subClassOf themselves and walk lineage with property paths, so they need no entailments.
Provenance lives in named graphs, which SHACL cannot see, so checks about it are SPARQL files
under `shapes/checks/` that must return no rows (the OBO "*-violation.sparql" convention).
The result is a typed report; running fine and finding violations is a result, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import KgError
from kg.load import KnowledgeGraph, bind_prefixes, parse_file
from kg.namespaces import CHECKS, INFERRED_GRAPH
from kg.query_catalogue import parse_header
from kg.resources import shapes_dir


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
        """True when there is no violation; warnings do not fail a build."""
        return not self.violations

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
        for s, p, o, _ in parse_file(path, "turtle").quads((None, None, None, None)):
            shapes.add((s, p, o))
    return shapes


def validate(
    kg: KnowledgeGraph, *, shapes: Graph | None = None, checks_dir: Path | None = None
) -> ValidationReport:
    """Validate the stated graph with the SHACL shapes and the SPARQL checks."""
    import pyshacl

    try:
        _, report_graph, _ = pyshacl.validate(
            kg.union(exclude=[INFERRED_GRAPH]),
            shacl_graph=shapes if shapes is not None else load_shapes(),
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
    except Exception as error:  # pyshacl reports bad shapes with many exception types
        raise KgError(f"SHACL validation could not run: {error}") from error
    bind_prefixes(report_graph)
    results = [_result_from_graph(report_graph, node, kg) for node in _result_nodes(report_graph)]
    results += run_checks(kg, report_graph, checks_dir or shapes_dir() / "checks")
    results.sort(key=lambda r: (r.severity.value, str(r.focus_node), str(r.source_shape)))
    report_graph.set(
        (
            next(report_graph.subjects(RDF.type, SH.ValidationReport)),
            SH.conforms,
            Literal(not any(r.severity is Severity.VIOLATION for r in results)),
        )
    )
    return ValidationReport(results=results, graph=report_graph)


def run_checks(kg: KnowledgeGraph, report_graph: Graph, folder: Path) -> list[ValidationResult]:
    """Run every `*.rq` check; each row is one result, focus node in `?focus`."""
    results: list[ValidationResult] = []
    report = next(report_graph.subjects(RDF.type, SH.ValidationReport))
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        header = parse_header(text, path)
        severity = Severity(header.get("severity", "Violation"))
        check = CHECKS[path.stem]
        try:
            rows = kg.dataset.query(text)
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
            node = BNode()
            report_graph.add((report, SH.result, node))
            for p, o in [
                (RDF.type, SH.ValidationResult),
                (SH.focusNode, focus),
                (SH.resultSeverity, severity.iri),
                (SH.resultMessage, Literal(message)),
                (SH.sourceShape, check),
                (SH.resultPath, result.path),
                (SH.value, result.value),
            ]:
                if o is not None:
                    report_graph.add((node, p, o))
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
