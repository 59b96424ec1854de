"""An offline gazetteer of the whole world, from installed packages (see `index`).

`resolve_place(name, context_countries=…, area_countries=…)` finds what a text means by a
place name; `describe(gazetteer(), keys)` gives the RDF for the places the data mentions.
"""

from kg.gazetteer.index import Place, fold
from kg.gazetteer.rdf import GEONAMES, describe, describe_mentioned, place_keys
from kg.gazetteer.search import Gazetteer, PlaceMatch, gazetteer, resolve_place

__all__ = [
    "GEONAMES",
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "describe",
    "describe_mentioned",
    "fold",
    "gazetteer",
    "place_keys",
    "resolve_place",
]
