"""How entities are named: the properties a name is read from, best first, and the folded form
names are matched in. The catalogue resolves parameters with it (`kg.query.resolve_entity`), the
embedded store indexes names by it (`kg.store.embedded.NameIndex`), the build precomputes every
name's folded key (`kg.precompute`), and the ingest readers match the names they read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.namespaces import KG

NAME_RANK = {SKOS.prefLabel: 0, KG.acronym: 1, SKOS.altLabel: 2, KG.formerName: 3}
NAME_PROPERTIES = tuple(NAME_RANK)
"""The properties a name parameter is matched against, best first."""


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Fold a name for matching: case, diacritics, apostrophes, Qaida/Qaeda, a leading 'the'.
    Cached: a remote store without the name index folds every name on each lookup."""
    text = re.sub(r"[’‘´`'ʼʻ′]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"qa[ei]da", "qaida", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class Name(NamedTuple):
    """One name of an entity: the entity, the property that gives it, the text."""

    entity: URIRef
    property: URIRef
    label: str
