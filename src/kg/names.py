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
    Cached: a remote store without the name index folds every name on each lookup. An ASCII
    name has no diacritics to take off (NFKD leaves it as it is): the character-by-character
    pass is skipped for it, which halves the build's folding of every name (80,000 at L)."""
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _QAIDA.sub("qaida", text.casefold())
    text = _NOT_A_WORD.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


_APOSTROPHES = re.compile(r"[’‘´`'ʼʻ′]")
_QAIDA = re.compile(r"qa[ei]da")
_NOT_A_WORD = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the ")


class Name(NamedTuple):
    """One name of an entity: the entity, the property that gives it, the text."""

    entity: URIRef
    property: URIRef
    label: str
