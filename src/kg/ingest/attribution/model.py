"""One statement of an entry: the clause, its modality and the organisations it names."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef


@dataclass(frozen=True)
class Statement:
    """One clause that links organisations to the attack."""

    shape: str
    modality: str
    start: int  # template offsets of the whole clause and of its list of organisations
    end: int
    groups: tuple[URIRef, ...]
