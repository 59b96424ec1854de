"""Gazetteer places as RDF under the project ontology.

Each place is a kg:Country, kg:Subdivision, kg:City or (a continent) kg:Region, with its
English name, its GeoNames IRI as skos:exactMatch, its ISO 3166 code as skos:notation
(and kg:iso3166Alpha2 for a country), WGS84 coordinates where the packages give them, and its
direct parent through kg:locatedIn (the reasoner infers the rest of the transitive chain).

skos:exactMatch, not owl:sameAs: our place carries our own containment (Mali in the Sahel)
and labels; owl:sameAs would make a reasoner pour every statement about the GeoNames
resource into ours and ours into it, while exactMatch says "the same place" without that.

Only the places the data mentions, and what contains them, are described: the graph does
not grow by a world of cities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.gazetteer.index import Place, fold
from kg.gazetteer.search import Gazetteer
from kg.namespaces import GAZETTEER_GRAPH, GEO, KG, PLACE

GEONAMES = "https://sws.geonames.org/"
_CLASS = {
    "continent": KG.Region,
    "country": KG.Country,
    "subdivision": KG.Subdivision,
    "city": KG.City,
}
_SOURCE = {
    "continent": URIRef("https://www.geonames.org/"),
    "country": URIRef("https://www.geonames.org/"),
    "city": URIRef("https://www.geonames.org/"),
    "subdivision": URIRef("https://www.iso.org/standard/72483.html"),
}

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def place_keys(iris: Iterable[str]) -> set[str]:
    """The local keys of those IRIs that lie in the place namespace."""
    prefix = str(PLACE)
    return {iri[len(prefix) :] for iri in iris if iri.startswith(prefix)}


def describe(
    gazetteer: Gazetteer,
    keys: Iterable[str],
    *,
    skip: Iterable[str] | Callable[[str], bool] = (),
) -> list[Triple]:
    """Triples for every gazetteer place among `keys` and every place containing one, except
    those in `skip` (places the data describes itself, such as data/places.ttl's regions),
    given as keys or as a test on a key."""
    skipped = skip if callable(skip) else set(skip).__contains__
    triples: list[Triple] = []
    done: set[str] = set()
    queue = sorted(k for k in set(keys) if not skipped(k))
    kinds: set[str] = set()
    while queue:
        key = queue.pop()
        if key in done or skipped(key):
            continue
        done.add(key)
        place = gazetteer.place(key)
        if place is None:
            continue
        triples.extend(_triples(place))
        kinds.add(place.kind)
        queue.extend(p for p in place.parents if p not in done)
    # where the places come from, said once for the gazetteer graph rather than per place
    for source in sorted({_SOURCE[kind] for kind in kinds}):
        triples.append((GAZETTEER_GRAPH, DCTERMS.source, source))
    return triples


def describe_mentioned(gazetteer: Gazetteer, triples: Iterable[tuple]) -> list[Triple]:  # type: ignore[type-arg]
    """`describe` for every place IRI the triples mention but do not type themselves: what
    kg.load does for the build, for callers that hold an rdflib graph instead."""
    prefix = str(PLACE)
    mentioned: set[str] = set()
    typed: set[str] = set()
    for s, p, o in triples:
        if isinstance(s, URIRef) and str(s).startswith(prefix):
            mentioned.add(str(s))
            if p == RDF.type:
                typed.add(str(s))
        if isinstance(o, URIRef) and str(o).startswith(prefix):
            mentioned.add(str(o))
    return describe(gazetteer, place_keys(mentioned - typed), skip=place_keys(typed))


def _triples(place: Place) -> list[Triple]:
    iri = PLACE[place.key]
    out: list[Triple] = [
        (iri, RDF.type, _CLASS[place.kind]),
        (iri, SKOS.prefLabel, Literal(place.name, lang="en")),
    ]
    # one alternative name per folded form: "Paris", "París" and "PARIS" find the same place
    # anyway (every lookup folds), so the graph keeps "Lutetia" and "Parigi" but not each accent
    seen = {fold(place.name)}
    for text, language in place.alt_names:
        if fold(text) not in seen or language == "fr":
            seen.add(fold(text))
            out.append((iri, SKOS.altLabel, Literal(text, lang=language or None)))
    if place.geonames:
        out.append((iri, SKOS.exactMatch, URIRef(f"{GEONAMES}{place.geonames}/")))
    if place.code:
        out.append((iri, SKOS.notation, Literal(place.code)))
        if place.kind == "country":
            out.append((iri, KG.iso3166Alpha2, Literal(place.code)))
    if place.lat is not None and place.long is not None:
        out.append((iri, GEO.lat, Literal(str(round(place.lat, 4)), datatype=XSD.decimal)))
        out.append((iri, GEO.long, Literal(str(round(place.long, 4)), datatype=XSD.decimal)))
    for parent in place.parents:
        out.append((iri, KG.locatedIn, PLACE[parent]))
    return out
