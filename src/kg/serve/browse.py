"""Answers a person browses: one page of rows at a time, the whole answer as a download, and the
list of groups on the front page. Runs in the worker processes, like `kg.serve.jobs`.

Paging. A browsable answer has no row cap: the page shows rows `offset … offset + size` and
links to the next page, which runs the query again and skips the rows before it as Oxigraph
streams them (OFFSET, without paying to convert the skipped rows). The order is the query's
ORDER BY where it has one, and otherwise Oxigraph's evaluation order, which is the same on every
run over the same read-only store, in every worker (its hash tables are not randomly seeded;
`tests/serve/test_workbench.py` checks that the pages of a 20,000-row answer join up into the
whole answer, none twice). A server's graph never changes while it runs, so page 7 asked for an
hour later is page 7 of the same answer. After the page the rows are only counted, up to
`COUNT_AHEAD` more, so a person sees "1–100 of 20,383" without the server building 20,383 rows.

The machine clients' endpoint (`/sparql`, the SPARQL 1.1 Protocol) keeps its row cap
(`kg serve --max-rows`): a program that asked for everything gets everything or a clear 422, never
a first page it would take for the whole. Downloads (`/download`) give the whole answer, up to
`ServeSettings.max_download_rows`, built in the worker within the time limit.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.term import Node

from kg.construct import GRAPH_FORMS
from kg.errors import ParameterError, QueryError
from kg.load import KnowledgeGraph
from kg.query_catalogue import CatalogueQuery, catalogue
from kg.serve.limits import ResultTooLarge
from kg.store.sparql import MAX_QUERY_DEPTH, QueryResult, check_query

PAGE_SIZE = 100
"""Rows on a page unless the link asks for another size (from 10 to `MAX_PAGE_SIZE`)."""
MAX_PAGE_SIZE = 1_000
COUNT_AHEAD = 100_000
"""Rows counted past a page to say how many there are; beyond it the page says "more than"."""

SELECT_DOWNLOADS: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "tsv": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "json": ("application/sparql-results+json", "json"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}
"""Download formats of a SELECT answer: media type and file extension."""
GRAPH_DOWNLOADS: dict[str, tuple[str, str]] = {
    "turtle": ("text/turtle", "ttl"),
    "ntriples": ("application/n-triples", "nt"),
    "jsonld": ("application/ld+json", "jsonld"),
    "rdfxml": ("application/rdf+xml", "rdf"),
}
"""Download formats of a CONSTRUCT or DESCRIBE answer: media type (a `results.GRAPH_TYPES`
key) and file extension."""
ASK_DOWNLOADS: dict[str, tuple[str, str]] = {"json": ("application/sparql-results+json", "json")}


def xlsx_available() -> bool:
    """Whether the `xlsx` extra (openpyxl) is installed: the page says which extra to install
    instead of offering a button that fails."""
    return find_spec("openpyxl") is not None


@dataclass(frozen=True)
class Prepared:
    """A query ready to run: the checked text, with a catalogue query's parameters bound."""

    text: str
    form: str
    title: str
    """What the answer is of, for a file name: the catalogue query's name, else "query"."""


def prepare(
    kg: KnowledgeGraph,
    *,
    query: str | None,
    catalogue_name: str | None,
    params: Mapping[str, str],
    max_depth: int = MAX_QUERY_DEPTH,
) -> Prepared:
    """A typed query after the safety checks, or a catalogue query with its parameters resolved
    and bound as values (`kg.store.embedded.bound_query`), never pasted in."""
    if catalogue_name:
        picked = catalogue().get(catalogue_name)
        if picked is None:
            raise ParameterError(f"no catalogue query is named {catalogue_name!r}")
        text = bound_catalogue_text(kg, picked, params)
        return Prepared(text, check_query(text).form, picked.name)
    if not query or not query.strip():
        raise ParameterError("there is no query to run: type one or pick a catalogue query")
    safe = check_query(query, max_depth=max_depth)
    return Prepared(safe.text, safe.form, "query")


def bound_catalogue_text(
    kg: KnowledgeGraph, picked: CatalogueQuery, params: Mapping[str, str]
) -> str:
    from kg.query import bind_parameters
    from kg.store.embedded import OxigraphStore, bound_query
    from kg.store.sparql import ensure_safe_query

    store = OxigraphStore.of(kg)
    given = {k: v for k, v in params.items() if v.strip()}
    bindings = bind_parameters(store, picked, given)
    return bound_query(picked.text, bindings) if bindings else ensure_safe_query(picked.text)


def _run(kg: KnowledgeGraph, prepared: Prepared) -> Any:
    try:
        return kg.store.query(prepared.text, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"the query could not run: {error}") from None


GRAPH_COLUMNS = ["subject", "predicate", "object"]


@dataclass
class Page:
    """One page of an answer. A CONSTRUCT or DESCRIBE answer pages its triples as rows of
    `GRAPH_COLUMNS`."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    offset: int = 0
    size: int = PAGE_SIZE
    total: int | None = None
    """How many rows the whole answer has; None when there are more than the page and
    `COUNT_AHEAD` after it (then `counted` is how many were seen)."""
    counted: int = 0

    @property
    def is_graph(self) -> bool:
        return self.form in GRAPH_FORMS

    @property
    def more(self) -> bool:
        return self.counted > self.offset + len(self.rows)

    @property
    def first(self) -> int:
        return self.offset + 1 if self.rows else self.offset

    @property
    def last(self) -> int:
        return self.offset + len(self.rows)


def page_of(
    kg: KnowledgeGraph, prepared: Prepared, *, offset: int = 0, size: int = PAGE_SIZE
) -> Page:
    """The rows `offset … offset + size` of the answer (see the module's note on order)."""
    from kg.store.terms import RdflibTerms

    answer = _run(kg, prepared)
    if isinstance(answer, ox.QueryBoolean):
        return Page(prepared.form, boolean=bool(answer), total=0)
    page = Page(prepared.form, offset=offset, size=size)
    convert = RdflibTerms()
    if isinstance(answer, ox.QuerySolutions):
        names = answer.variables
        page.variables = [v.value for v in names]
        take = lambda item: tuple(convert(item[v]) for v in names)  # noqa: E731
    else:
        page.variables = list(GRAPH_COLUMNS)
        take = lambda item: (convert(item.subject), convert(item.predicate), convert(item.object))  # noqa: E731
    end, stop = offset + size, offset + size + COUNT_AHEAD
    seen = 0
    for item in answer:
        if offset <= seen < end:
            page.rows.append(take(item))
        seen += 1
        if seen >= stop:
            break
    page.counted = seen
    page.total = seen if seen < stop else None
    return page


# ---------------------------------------------------------------- downloads


@dataclass(frozen=True)
class Download:
    media_type: str
    filename: str
    body: bytes


_SAFE_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def formats_for(form: str) -> dict[str, tuple[str, str]]:
    if form in GRAPH_FORMS:
        return GRAPH_DOWNLOADS
    if form == "AskQuery":
        return ASK_DOWNLOADS
    return SELECT_DOWNLOADS


def download(kg: KnowledgeGraph, prepared: Prepared, *, fmt: str, max_rows: int) -> Download:
    """The whole answer in `fmt`, refused past `max_rows` rows or triples."""
    offered = formats_for(prepared.form)
    if fmt not in offered:
        raise ParameterError(
            f"a {prepared.form.removesuffix('Query').upper()} answer downloads as "
            f"{', '.join(offered)}, not {fmt!r}"
        )
    media, extension = offered[fmt]
    filename = f"{_SAFE_FILE_NAME.sub('_', prepared.title)}.{extension}"
    answer = _run(kg, prepared)
    if isinstance(answer, ox.QueryBoolean):
        body = json.dumps({"head": {}, "boolean": bool(answer)}).encode()
        return Download(media, filename, body)
    if isinstance(answer, ox.QuerySolutions):
        body, unit = _rows_file(answer, fmt, max_rows, prepared.title), "rows"
    else:
        body, unit = _graph_file(kg, answer, media, max_rows), "triples"
    del answer  # before raising: "An answer belongs to the thread" (kg.store.embedded)
    if body is None:
        raise _too_many(max_rows, unit)
    return Download(media, filename, body)


def _too_many(cap: int, unit: str) -> ResultTooLarge:
    return ResultTooLarge(
        f"the answer has more than {cap:,} {unit}, the most a download may have; narrow the "
        "query (the operator can raise kg serve --max-download-rows)"
    )


def _rows_file(answer: ox.QuerySolutions, fmt: str, max_rows: int, title: str) -> bytes | None:
    """A SELECT answer as a file, or None past `max_rows` rows. CSV and TSV are written as the
    rows come, from Oxigraph's terms (SPARQL 1.1 CSV writes each term's plain text, TSV as in
    Turtle)."""
    from kg.store.terms import RdflibTerms

    names = answer.variables
    variables = [v.value for v in names]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(variables)
            write = lambda s: writer.writerow([_csv_text(s[v]) for v in names])  # noqa: E731
        else:
            out.write("\t".join(f"?{v}" for v in variables) + "\n")
            write = lambda s: out.write(  # noqa: E731
                "\t".join("" if s[v] is None else str(s[v]) for v in names) + "\n"
            )
        for count, solution in enumerate(answer, start=1):
            if count > max_rows:
                return None
            write(solution)
        return out.getvalue().encode("utf-8")
    if fmt == "json":  # SPARQL 1.1 results JSON, from Oxigraph's terms as they come
        bindings = []
        for solution in answer:
            bindings.append({v.value: _json_term(solution[v]) for v in names if solution[v]})
            if len(bindings) > max_rows:
                return None
        document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    convert = RdflibTerms()
    rows = []
    for solution in answer:
        rows.append(tuple(convert(solution[v]) for v in names))
        if len(rows) > max_rows:
            return None
    from kg.xlsx import write_result_workbook

    with tempfile.TemporaryDirectory(prefix="kg-download-") as folder:
        path = write_result_workbook(
            QueryResult(variables, rows), Path(folder) / "answer.xlsx", title=title
        )
        return path.read_bytes()


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def _csv_text(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def _graph_file(kg: KnowledgeGraph, answer: Any, media: str, max_rows: int) -> bytes | None:
    """A CONSTRUCT or DESCRIBE answer as a file, or None past `max_rows` triples."""
    from rdflib import Graph

    from kg.construct import json_ld_context_of
    from kg.serve.results import GRAPH_TYPES, serialise_graph
    from kg.store.terms import RdflibTerms

    convert = RdflibTerms()
    graph = Graph()
    for triple in answer:
        graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
        if len(graph) > max_rows:
            return None
    context = json_ld_context_of(kg) if GRAPH_TYPES[media] == "jsonld" else None
    return serialise_graph(graph, media, context=context)


# ---------------------------------------------------------------- the front page


GROUPS_QUERY = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?group (SAMPLE(?preferred) AS ?name) (MIN(?short) AS ?acronym)
       (MIN(STR(?start)) AS ?founded) (MAX(STR(?end)) AS ?ended)
       (COUNT(DISTINCT ?attack) AS ?attacks)
WHERE {
  ?group a kg:ArmedGroup .
  OPTIONAL { ?group skos:prefLabel ?preferred FILTER(lang(?preferred) IN ("en", "")) }
  OPTIONAL { ?group kg:acronym ?short }
  OPTIONAL { ?group kg:inception ?start }
  OPTIONAL { ?group kg:dissolved ?end }
  OPTIONAL { ?attack kg:perpetrator ?group }
}
GROUP BY ?group
"""
"""Every armed group with one English name, its acronym, the first year it is said to have been
founded (or named: a renamed group's inception is its naming), the last year it ended if it
did, and how many attacks are attributed to it. One query over the graph; a worker keeps the
answer, since its graph never changes."""


@dataclass(frozen=True)
class GroupRow:
    iri: str
    name: str
    acronym: str
    founded: str
    ended: str
    attacks: int


_GROUPS: dict[int, list[GroupRow]] = {}


def groups(kg: KnowledgeGraph) -> list[GroupRow]:
    """The front page's rows, by name (kept per graph: a worker's graph never changes)."""
    found = _GROUPS.get(id(kg))
    if found is not None:
        return found
    rows = []
    for solution in kg.store.query(GROUPS_QUERY, use_default_graph_as_union=True):
        iri = solution["group"]
        if not isinstance(iri, ox.NamedNode):
            continue
        name = solution["name"]
        rows.append(
            GroupRow(
                iri.value,
                name.value if name is not None else iri.value.rsplit("/", 1)[-1],
                _text(solution["acronym"]),
                _year(solution["founded"]),
                _year(solution["ended"]),
                int(solution["attacks"].value) if solution["attacks"] is not None else 0,
            )
        )
    rows.sort(key=lambda row: (row.name.casefold(), row.iri))
    _GROUPS.clear()
    _GROUPS[id(kg)] = rows
    return rows


def _text(term: Any) -> str:
    return "" if term is None else str(term.value)


def _year(term: Any) -> str:
    """A date's year as the front page shows it ("2006" of "2006-09"); an EDTF or free text
    stays as it is."""
    text = _text(term)
    head = text[:5] if text.startswith("-") else text[:4]
    return head if head.lstrip("-").isdigit() and len(head.lstrip("-")) == 4 else text
