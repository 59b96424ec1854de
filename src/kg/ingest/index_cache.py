"""The entity index an ingest resolves against, built once per process for the same graph.

Building the index (`EntityIndex.from_dataset` over the graph, then the gazetteer's continents,
countries and subdivisions) is most of ingesting a short profile: 0.1 s against an empty graph,
0.3 s against `data/places.ttl`, for a profile that takes 0.05 s to read. Scoring a corpus
(`kg ingest-accuracy`), a notebook ingesting profile after profile against the same data, and
the test suite all build the same index again and again.

The cache can never answer for another graph: its key is a digest of every quad the index is
built from (the graph's content, not the object that holds it, so a graph changed in place
since gets a new key), with the graphs the ingest leaves out (the profile's own earlier
output). The rest of its inputs, the gazetteer and the code, are fixed for a process. Each
caller gets its own copy of the index, since an ingest adds the entities its profile introduces.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from kg.ingest.resolve import EntityIndex

_MAX_ENTRIES = 4
"""Indexes kept (the most recently used): one index of the curated data with the gazetteer is
~15 MB, and a run ingests against one or two graphs."""

_cache: OrderedDict[tuple[bytes, frozenset[str]], EntityIndex] = OrderedDict()


def cached_index(
    dataset: Dataset, leave_out: Iterable[str], build: Callable[[], EntityIndex]
) -> EntityIndex:
    """A copy of the index `build` makes of `dataset` without the graphs `leave_out` names,
    from the cache when an index of the same quads without the same graphs was built before."""
    key = (content_digest(dataset), frozenset(leave_out))
    index = _cache.get(key)
    if index is None:
        index = _cache[key] = build()
        while len(_cache) > _MAX_ENTRIES:
            _cache.popitem(last=False)
    else:
        _cache.move_to_end(key)
    return copy_index(index)


def clear() -> None:
    """Forget every index (for a caller that measures a cold ingest)."""
    _cache.clear()


def content_digest(dataset: Dataset) -> bytes:
    """A digest of the dataset's quads as a set: equal for equal content in any order, whatever
    holds it. An Oxigraph store (a loaded KnowledgeGraph's view) dumps itself as N-Quads in
    Rust; any other store is read quad by quad (the small graphs callers build in memory)."""
    store = getattr(dataset, "store", None)
    inner = getattr(store, "_inner", None)
    if isinstance(inner, ox.Store):
        lines = inner.dump(format=ox.RdfFormat.N_QUADS).split(b"\n")
        kind = b"oxigraph"
    else:
        lines = [
            " ".join(term.n3() for term in (s, p, o, getattr(g, "identifier", g))).encode()
            for s, p, o, g in dataset.quads((None, None, None, None))
        ]
        kind = b"rdflib"
    digest = hashlib.blake2b(kind, digest_size=32)
    for line in sorted(lines):
        if line:
            digest.update(line)
            digest.update(b"\n")
    return digest.digest()


def copy_index(index: EntityIndex) -> EntityIndex:
    """A copy of the index that shares nothing mutable with it (its terms and frozen values are
    shared: they cannot change)."""
    return dataclasses.replace(
        index, **{f.name: _copy(getattr(index, f.name)) for f in dataclasses.fields(index)}
    )


_CONTAINERS = (dict, set, list)


def _copy(value: Any) -> Any:
    """The index's fields are containers of terms, or of containers of terms, two levels at
    most (`tests/test_ingest_index_cache.py` checks that a copy shares no container)."""
    if isinstance(value, dict):
        return {k: v.copy() if isinstance(v, _CONTAINERS) else v for k, v in value.items()}
    if isinstance(value, list):
        return [
            dataclasses.replace(v) if dataclasses.is_dataclass(v) else _copy(v) for v in value
        ]
    if isinstance(value, set):
        return value.copy()
    return value  # terms, strings, numbers, tuples and frozensets of them
