"""Stage 4: run catalogue or ad-hoc SPARQL queries, with parameters bound, never pasted.

A parameter value is first turned into an RDF term (a group name is resolved to the group's IRI
by its names, an integer is parsed, a date becomes an xsd:date) and then handed to the store as a
binding of the query variable of the same name. The query text itself is never edited with user
input, so a value like `AQIM" } ; DROP ALL ; #` can only fail to resolve.

Queries are also checked before they run: updates, SERVICE, and FROM / FROM NAMED (which make
rdflib fetch URLs) are refused, so nothing leaves the machine on a query's say-so. The text that is
checked is the text that runs: `ensure_safe_query` returns the query as `normalise_query` rewrote
it (escapes expanded, comments removed, one line terminator), and callers hand that text, not the
one they were given, to the engine. rdflib's parser (the check) and Oxigraph (the engine) disagree
on where a comment ends when a line ends in a bare carriage return, and on escapes outside
strings; in the rewritten text neither can occur, so both read the same tokens.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import SKOS, XSD
from rdflib.term import Node

from kg.errors import ParameterError, QueryError
from kg.load import KnowledgeGraph
from kg.names import NAME_RANK, Name, normalise_name
from kg.namespaces import KG, PREFIXES
from kg.query_catalogue import CatalogueQuery, Parameter
from kg.store.sparql import (
    MAX_QUERY_DEPTH,
    QueryResult,
    QueryTarget,
    deep_enough,
    ensure_safe_query,
)


class EmbeddedStore:
    """The in-process rdflib dataset (default graph = union of all named graphs)."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult:
        from pyparsing import ParseException

        query = ensure_safe_query(query)
        try:
            with deep_enough(MAX_QUERY_DEPTH):
                result = self.kg.dataset.query(  # rdflib's own engine, not the store's
                    query,
                    initBindings={Variable(k): v for k, v in bindings.items()},
                    use_store_provided=False,
                )
        except ParseException as error:
            raise QueryError(f"SPARQL syntax error: {error}") from None
        if result.type == "ASK":
            return QueryResult(variables=[], boolean=bool(result.askAnswer))
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries can be printed as rows")
        variables = [str(v) for v in result.vars or []]
        return QueryResult(variables=variables, rows=[tuple(row) for row in result])


# ---------------------------------------------------------------- parameters

_CLASS_OF_TYPE = {
    "group": KG.ArmedGroup,
    "organisation": KG.Organisation,
    "person": KG.Person,
    "place": KG.Place,
}
_NAMES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT ?entity ?property ?label WHERE {
  VALUES ?property { skos:prefLabel kg:acronym skos:altLabel kg:formerName }
  ?entity ?property ?label .
  ?entity a ?class .
}
"""
_ANY_NAMES_QUERY = _NAMES_QUERY.replace("  ?entity a ?class .\n", "")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@runtime_checkable
class NameLookup(Protocol):
    """A QueryTarget that can find names by their folded form itself (`kg.store.embedded.NameIndex`)
    instead of sending every name of every entity for `resolve_entity` to fold."""

    def names_matching(self, wanted: str, cls: URIRef | None) -> list[Name]: ...


def resolve_entity(target: QueryTarget, text: str, kind: str = "entity") -> URIRef:
    """The IRI of the one entity of `kind` whose name best matches `text`.

    Preferred names beat acronyms, which beat alternative names, which beat former names; a tie
    between different entities is an error that lists them, never a guess."""
    if _looks_like_iri(text):
        return expand_iri(text)
    wanted = normalise_name(text)
    if not wanted:
        raise ParameterError(f"empty {kind} name")
    names = names_matching(target, wanted, _CLASS_OF_TYPE.get(kind))
    former = {(n.entity, n.label) for n in names if n.property in (KG.formerName, KG.acronym)}
    best: dict[URIRef, int] = {}
    for entity, prop, label in names:
        if prop == SKOS.altLabel and (entity, label) in former:
            continue  # an inferred altLabel of a former name or acronym keeps its own rank
        rank = NAME_RANK[prop]
        best[entity] = min(rank, best.get(entity, rank))
    if not best:
        return _forgiving_match(target, text, kind)
    top = min(best.values())
    winners = sorted(e for e, r in best.items() if r == top)
    if len(winners) > 1:
        raise ParameterError(
            f"{text!r} names several {kind}s: {', '.join(winners)}; pass the IRI instead"
        )
    return winners[0]


def _forgiving_match(target: QueryTarget, text: str, kind: str) -> URIRef:
    """No name is `text` as written: resolve it when exactly one entity of `kind` has a name
    that is `text` once transliterated and folded with the Arabic article dropped (kg.search),
    else fail with the closest names of that kind, or of any kind if it has none."""
    from kg.search import did_you_mean, exact_matches, search

    wanted_kind = kind if kind in ("group", "organisation", "person", "place") else None
    candidates = search(target, text, kind=wanted_kind)
    exact = {c.entity for c in exact_matches(candidates)}
    if len(exact) == 1:
        return exact.pop()
    if not candidates and wanted_kind is not None:
        candidates = search(target, text)
    raise ParameterError(
        f"no {kind} is named {text!r}{did_you_mean(candidates)} "
        f"(`kg search {text!r}` ranks every name; an IRI is also accepted)"
    )


def resolve_place_parameter(target: QueryTarget, text: str) -> URIRef:
    """A place by ISO code ('NG', 'NGA', 'NG-BO'), by any name the graph gives it (the Sahel,
    Kenya), or else by the gazetteer's name for it: a country the data never mentions is
    still a valid filter (and matches nothing), not an error."""
    from kg.gazetteer import gazetteer

    stripped = text.strip()
    if re.fullmatch(r"[A-Z]{2,3}(?:-[A-Z0-9]{1,3})?", stripped):
        place = gazetteer().by_code(stripped)
        if place is not None:
            return gazetteer().iri(place)
    if _looks_like_iri(text):
        return expand_iri(text)
    names = names_matching(target, normalise_name(text), KG.Place)
    if not names:
        found = gazetteer().resolve(text)
        if found is None or found.place.kind not in ("country", "continent", "subdivision"):
            raise ParameterError(f"no place is named {text!r}; give a country, region or ISO code")
        return found.iri
    best: dict[URIRef, int] = {}
    for entity, prop, _ in names:
        best[entity] = min(NAME_RANK[prop], best.get(entity, 9))
    top = min(best.values())
    winners = [e for e, r in best.items() if r == top]

    def breadth(iri: URIRef) -> int:
        # the Sahel of data/places.ttl before Burkina Faso's Sahel Region: an analysts'
        # region (not in the gazetteer) first, then a country, continent, province, town
        place = gazetteer().place(str(iri))
        order = {"country": 1, "continent": 2, "subdivision": 3, "city": 4}
        return 0 if place is None else order.get(place.kind, 5)

    widest = min(breadth(w) for w in winners)
    winners = sorted(w for w in winners if breadth(w) == widest)
    if len(winners) > 1:
        raise ParameterError(
            f"{text!r} names several places: {', '.join(winners)}; pass the IRI instead"
        )
    return winners[0]


def names_matching(target: QueryTarget, wanted: str, cls: URIRef | None) -> list[Name]:
    """Every name that folds to `wanted` (see `normalise_name`), of an instance of `cls` (any
    entity if None): from the target's own index when it has one, otherwise by fetching every
    name (of every instance of `cls`) and folding them here."""
    if isinstance(target, NameLookup):
        return target.names_matching(wanted, cls)
    query, bindings = (_ANY_NAMES_QUERY, {}) if cls is None else (_NAMES_QUERY, {"class": cls})
    found = []
    # A remote store caps its answers (kg serve at --max-rows, Virtuoso at 10,000 rows), and a
    # graph with gazetteer places has thousands of names: fetch them a page at a time, in a
    # fixed order so that pages neither overlap nor skip.
    for offset in itertools.count(0, _NAME_PAGE):
        page = f"{query}ORDER BY ?entity ?property ?label\nLIMIT {_NAME_PAGE} OFFSET {offset}\n"
        rows = target.select(page, bindings).as_dicts()
        found += [
            Name(entity, prop, str(label))
            for entity, prop, label in ((r["entity"], r["property"], r["label"]) for r in rows)
            if isinstance(entity, URIRef)
            and isinstance(prop, URIRef)
            and normalise_name(str(label)) == wanted
        ]
        if len(rows) < _NAME_PAGE:
            return found
    return found


_NAME_PAGE = 500  # names per request when resolving a parameter at a remote store


def expand_iri(text: str) -> URIRef:
    """An absolute IRI, or a prefixed name with one of our prefixes (group:aqim)."""
    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    if not _IRI.match(text):
        raise ParameterError(f"{text!r} is not a valid IRI")
    return URIRef(text)


def _looks_like_iri(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith("<") or re.match(r"^(https?|urn):", stripped):
        return True
    prefix, sep, local = stripped.partition(":")
    return bool(sep) and prefix in PREFIXES and bool(local) and " " not in stripped


def to_term(target: QueryTarget, parameter: Parameter, value: str, *, bound: str) -> Node:
    """Turn one textual parameter value into the RDF term bound to the query variable.

    `bound` is "lower" or "upper": a partial date given as a lower bound means its first day,
    as an upper bound its last day ('--param to=2007' includes December 2007)."""
    kind = parameter.type
    if kind == "place":
        return resolve_place_parameter(target, value)
    if kind in _CLASS_OF_TYPE or kind == "entity":
        return resolve_entity(target, value, kind)
    if kind == "iri":
        return expand_iri(value)
    if kind == "integer":
        try:
            return Literal(int(value.strip()), datatype=XSD.integer)
        except ValueError:
            raise ParameterError(
                f"parameter {parameter.name!r} must be a whole number, not {value!r}"
            ) from None
    if kind in ("date", "period"):  # a period's first or last day; see period_bindings
        return Literal(_date_bound(parameter.name, value, bound), datatype=XSD.date)
    return Literal(value)


def _date_bound(name: str, value: str, bound: str) -> str:
    import calendar

    match = _DATE.match(value.strip())
    if not match:
        raise ParameterError(
            f"parameter {name!r} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        )
    year, month, day = match.groups()
    y = int(year)
    if y < 1:  # xsd:date has no year 0 here (rdflib and Python dates start at 1)
        raise ParameterError(f"parameter {name!r}: there is no year 0; the first year is 0001")
    m = int(month) if month else (1 if bound == "lower" else 12)
    if not 1 <= m <= 12:
        raise ParameterError(f"parameter {name!r}: month {m} is out of range")
    last = calendar.monthrange(y, m)[1]
    d = int(day) if day else (1 if bound == "lower" else last)
    if not 1 <= d <= last:
        raise ParameterError(f"parameter {name!r}: day {d} is out of range")
    return f"{y:04d}-{m:02d}-{d:02d}"


def period_bindings(name: str, value: str) -> dict[str, Node]:
    """A `period` parameter ('2006', '2006-09', '2006-09-15') bound as two xsd:dates: `?name`
    its first day and `?name_end` its last. A query asks "in force at some time in the period"
    with both (a start on or before `?name_end`, an end on or after `?name`), which one day
    alone cannot say for a year or a month."""
    return {
        name: Literal(_date_bound(name, value, "lower"), datatype=XSD.date),
        f"{name}_end": Literal(_date_bound(name, value, "upper"), datatype=XSD.date),
    }


def bind_parameters(
    target: QueryTarget, query: CatalogueQuery, params: Mapping[str, str]
) -> dict[str, Node]:
    """Bindings for every parameter given or defaulted; unknown or missing ones are errors."""
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise ParameterError(
            f"query {query.name!r} has no parameter {unknown[0]!r} (it takes: {known})"
        )
    bindings: dict[str, Node] = {}
    for parameter in query.parameters:
        value = params.get(parameter.name, parameter.default)
        if value is None:
            if parameter.required:
                raise ParameterError(
                    f"query {query.name!r} needs --param {parameter.name}=… "
                    f"({parameter.description})"
                )
            continue
        if parameter.type == "period":
            bindings.update(period_bindings(parameter.name, value))
            continue
        bound = "upper" if parameter.name in {"to", "until", "before"} else "lower"
        bindings[parameter.name] = to_term(target, parameter, value, bound=bound)
    return bindings


def run_query(
    target: QueryTarget | KnowledgeGraph,
    query: CatalogueQuery,
    params: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a catalogue query with textual parameters, as `kg query NAME --param k=v` does.

    A KnowledgeGraph is queried through its Oxigraph copy (`kg.store.embedded`), which answers like
    rdflib's engine but fast; pass `EmbeddedStore(kg)` to use rdflib's engine itself."""
    if isinstance(target, KnowledgeGraph):
        from kg.store.embedded import OxigraphStore

        store: QueryTarget = OxigraphStore.of(target)
    else:
        store = target
    bindings = bind_parameters(store, query, params or {})
    return store.select(query.text, bindings)


def parse_param_options(options: Sequence[str]) -> dict[str, str]:
    """`name=value` strings from the command line into a mapping."""
    params: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param takes name=value, not {option!r}")
        name = name.strip()
        if name in params and params[name] != value:
            # keeping the last one silently would answer a question the analyst did not ask
            raise ParameterError(
                f"--param {name} is given twice ({params[name]!r} and {value!r}); a catalogue "
                "parameter takes one value: run the query once per value"
            )
        params[name] = value
    return params


# ---------------------------------------------------------------- output


def term_text(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: QueryResult, *, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([term_text(t) for t in row])
    return out.getvalue()


def to_sparql_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings = []
    for row in result.rows:
        binding = {}
        for name, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, URIRef):
                binding[name] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                binding[name] = {"type": "bnode", "value": str(term)}
            else:
                entry: dict[str, str] = {"type": "literal", "value": str(term)}
                if term.language:
                    entry["xml:lang"] = term.language
                elif term.datatype:
                    entry["datatype"] = str(term.datatype)
                binding[name] = entry
        bindings.append(binding)
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}},
        indent=2,
        ensure_ascii=False,
    )
