"""The ingested profile as RDF: one named graph per section, written as stable TriG.

Quads are kept in the order the extraction states them (graphs in document order, subjects in
the order they are introduced, `a` first), so the written file reads like the curated one and
re-ingesting the same text gives the same bytes. rdflib's own TriG writer orders graphs by hash,
which differs between runs; it is still used to render each term, and the tests parse the output
back and compare it with the dataset.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import DCMITYPE, XSD
from rdflib.term import Node

from kg.load import bind_prefixes
from kg.namespaces import (
    FUNDING_ACTIVITY,
    GOAL,
    IDEOLOGY,
    LEGAL_OUTCOME,
    ORG_STRUCTURE,
    PREFIXES,
    PROFILE,
    TACTIC,
)

_EXTRA_PREFIXES = {
    "dcmitype": str(DCMITYPE),
    "fundingactivity": str(FUNDING_ACTIVITY),
    "tactic": str(TACTIC),
    "goal": str(GOAL),
    "ideology": str(IDEOLOGY),
    "orgstructure": str(ORG_STRUCTURE),
    "legaloutcome": str(LEGAL_OUTCOME),
}
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")


class ProfileGraph:
    """Quads in statement order, grouped by named graph."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.document = PROFILE[slug]
        self._graphs: dict[URIRef, dict[Node, dict[URIRef, list[Node]]]] = {}
        self._graph_order: dict[URIRef, tuple] = {}

    def section_iri(self, key: str) -> URIRef:
        return URIRef(f"{self.document}#{key}")

    def declare_graph(self, graph: URIRef, order: tuple) -> None:
        """Fix where a graph is written (the document graph first, then sections by line)."""
        self._graph_order[graph] = order
        self._graphs.setdefault(graph, {})

    def add(self, graph: URIRef, subject: Node, predicate: URIRef, obj: Node) -> None:
        subjects = self._graphs.setdefault(graph, {})
        objects = subjects.setdefault(subject, {}).setdefault(predicate, [])
        if obj not in objects:
            objects.append(obj)

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        found: list[Node] = []
        for subjects in self._graphs.values():
            for obj in subjects.get(subject, {}).get(predicate, []):
                if obj not in found:
                    found.append(obj)
        return found

    def graphs(self) -> list[URIRef]:
        return sorted(
            (g for g, subjects in self._graphs.items() if subjects),
            key=lambda g: self._graph_order.get(g, (10**9, str(g))),
        )

    def quads(self) -> list[tuple[Node, URIRef, Node, URIRef]]:
        return [
            (s, p, o, g)
            for g in self.graphs()
            for s, predicates in self._graphs[g].items()
            for p, objects in predicates.items()
            for o in objects
        ]

    def __len__(self) -> int:
        return len(self.quads())

    def dataset(self) -> Dataset:
        """An rdflib Dataset holding the same quads (default graph = union)."""
        dataset = Dataset(default_union=True)
        bind_prefixes(dataset)
        for s, p, o, g in self.quads():
            dataset.graph(g).add((s, p, o))
        return dataset

    def trig(self, header: str = "") -> str:
        """The graphs as TriG: same input, same bytes."""
        prefixes = {**PREFIXES, **_EXTRA_PREFIXES, f"{self.slug}doc": f"{self.document}#"}
        if not re.fullmatch(r"[A-Za-z][\w-]*", f"{self.slug}doc"):
            prefixes.pop(f"{self.slug}doc")
        used: set[str] = set()
        namespaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

        def iri(term: URIRef) -> str:
            text = str(term)
            for prefix, namespace in namespaces:
                local = text[len(namespace) :] if text.startswith(namespace) else None
                if local is not None and _LOCAL.match(local):
                    used.add(prefix)
                    return f"{prefix}:{local}"
            return f"<{text}>"

        def term(node: Node) -> str:
            if isinstance(node, URIRef):
                return iri(node)
            if isinstance(node, Literal):
                return literal(node)
            raise ValueError(f"blank nodes are not written: {node!r}")

        def literal(node: Literal) -> str:
            if node.datatype == XSD.integer:
                return str(int(node))
            if node.datatype == XSD.boolean:
                return "true" if node.toPython() else "false"
            if node.datatype == XSD.decimal:
                value = Decimal(str(node))
                text = format(value, "f")
                return text if "." in text else text + ".0"
            quoted = Literal(str(node)).n3()
            if node.language:
                return f"{quoted}@{node.language}"
            if node.datatype is not None and node.datatype != XSD.string:
                return f"{quoted}^^{iri(node.datatype)}"
            return quoted

        blocks: list[str] = []
        for graph in self.graphs():
            lines = [f"{iri(graph)} {{"]
            for subject, predicates in self._graphs[graph].items():
                ordered = sorted(predicates.items(), key=lambda kv: kv[0] != RDF.type)
                parts = []
                for predicate, objects in ordered:
                    verb = "a" if predicate == RDF.type else iri(predicate)
                    rendered = [term(o) for o in objects]
                    if len(rendered) > 3:
                        joined = " ,\n      ".join(rendered)
                        parts.append(f"    {verb}\n      {joined}")
                    else:
                        parts.append(f"    {verb} {' , '.join(rendered)}")
                lines.append(f"  {term(subject)}\n" + " ;\n".join(parts) + " .")
            blocks.append(lines[0] + "\n" + "\n\n".join(lines[1:]) + "\n}\n")
        head = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
        declared = "".join(
            f"@prefix {prefix}: <{namespace}> .\n"
            for prefix, namespace in sorted(prefixes.items())
            if prefix in used
        )
        return head + ("\n" if head else "") + declared + "\n" + "\n".join(blocks)
