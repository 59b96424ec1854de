"""HTML for people: the front page (every group), entity pages and the query page, from Jinja
templates beside this module.

Templates escape everything they print (autoescape), so a name or a literal in the data can never
become markup on the page.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from kg.namespaces import PREFIXES
from kg.query_catalogue import PARAMETER_TYPES, CatalogueQuery
from kg.serve.assets import EDITOR
from kg.serve.entities import EntityDescription, href
from kg.serve.group_pictures import GroupPictures

_env = Environment(
    loader=PackageLoader("kg.serve", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals["href"] = href


def _term_text(term: Any) -> str:
    if term is None:
        return ""
    language = getattr(term, "language", None)
    return f"{term}@{language}" if language else str(term)


_env.filters["term"] = _term_text

# Longest namespace first, so group: wins over a shorter namespace that also matches.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(term: Any) -> str:
    """An IRI as a reader scans a results table: `group:aqim` rather than the full address
    (which the link's title still shows); IRIs outside the known namespaces stay whole."""
    text = str(term)
    for prefix, namespace in _NAMESPACES:
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return text


_env.filters["compact"] = compact


def example_query() -> str:
    """The query the page starts with: every armed group and its preferred names."""
    prefixes = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("kg", "skos"))
    return (
        f"{prefixes}\n"
        "SELECT ?group ?name WHERE {\n"
        "  ?group a kg:ArmedGroup ;\n"
        "    skos:prefLabel ?name .\n"
        "}\nORDER BY ?name\nLIMIT 100\n"
    )


def search_page(
    *, text: str | None, kind: str | None, candidates: Sequence[Any], missing: str | None = None
) -> str:
    """The search box with its ranked candidates; also the 404 page of an unknown entity
    address (`missing`), which suggests the entities whose names are closest to its last part."""
    from kg.search import KINDS

    return _env.get_template("search.html").render(
        text=text, kind=kind, kinds=KINDS, candidates=candidates, missing=missing
    )


def entity_page(description: EntityDescription, pictures: GroupPictures | None = None) -> str:
    """An entity's page; a group's carries its lineage diagram and attack timeline."""
    return _env.get_template("entity.html").render(page=description, pictures=pictures)


def _url(path: str, pairs: Sequence[tuple[str, str]], **extra: object) -> str:
    """An address of this server with the query page's fields and `extra` in its query string
    (percent-encoded here; Jinja then escapes it for the attribute)."""
    fields = [*pairs, *((k, str(v)) for k, v in extra.items() if v is not None)]
    return f"{path}?{urlencode(fields)}" if fields else path


_env.globals["url"] = _url
_env.globals["editor_url"] = EDITOR.url


def query_page(
    *,
    queries: Sequence[CatalogueQuery],
    query: str | None,
    catalogue_name: str | None,
    params: Mapping[str, str],
    result: Any,
    error: str | None,
    downloads: Mapping[str, tuple[str, str]] | None = None,
    xlsx: bool = True,
) -> str:
    """The query page: the editor, the catalogue as forms (each with its SPARQL), and a page of
    the answer with links to the pages around it and to the whole answer as files."""
    if catalogue_name:
        here = [("catalogue", catalogue_name), *((k, v) for k, v in params.items() if v.strip())]
    elif query:
        here = [("query", query)]
    else:
        here = []
    return _env.get_template("query.html").render(
        queries=queries,
        query=query or example_query(),
        catalogue_name=catalogue_name,
        params=params,
        result=result,
        error=error,
        here=here,
        downloads=downloads or {},
        xlsx=xlsx,
        prefixes=json.dumps(PREFIXES, sort_keys=True),
        parameter_types=PARAMETER_TYPES,
    )


def front_page(groups: Sequence[Any]) -> str:
    """Every group with its acronym, years and number of attacks, each linking its page."""
    from rdflib import URIRef

    rows = [(group, href(URIRef(group.iri))) for group in groups]
    return _env.get_template("front.html").render(rows=rows)
