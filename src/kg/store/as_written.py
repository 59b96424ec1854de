"""Typed literals as the data files wrote them, kept beside the Oxigraph store that rewrites them.

Oxigraph 0.5 keeps every literal by its value: a Store holds `"5"^^xsd:int` and `"7"^^xsd:byte`
as `xsd:integer`, `"1.50"^^xsd:decimal` as `"1.5"`, `"2020-01-01+00:00"^^xsd:date` as
`"2020-01-01Z"`, `"1"^^xsd:boolean` as `"true"`, and an out-of-range `"300"^^xsd:byte` as a valid
`"300"^^xsd:integer` (measured with pyoxigraph 0.5.13; its parser, `pyoxigraph.parse`, keeps the
terms as written). Queries see the same values either way, but SHACL must not: `sh:datatype
xsd:int` fails on an `xsd:integer`, an `sh:pattern` reads the lexical form, and an ill-typed
value must be reported, not repaired. Language tags are the one thing the parser itself changes
(it writes them in lower case); SHACL compares them without regard to case (`sh:languageIn` by
`langMatches`, `sh:uniqueLang` as pySHACL does), so validation does not depend on it.

So the quads whose literal the store would rewrite are found when the files are parsed, and kept
here by the quad the store holds instead (`AsWritten`); validation reads the store with them put
back (`KnowledgeGraph.ntriples`, `.union`). Which literals Oxigraph rewrites is asked of
Oxigraph itself, once per distinct typed literal, through a scratch store: no list of its rules
is copied here to fall out of date. Finding them costs a build one pass over the parsed quads;
the project's own data has a few (`data/places.ttl` writes "8.0"). A build writes the table,
when it holds anything (`as-written.nq`, the quads as written), so that an incremental build
validates the files it did not read again as written too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
_SCRATCH_PREDICATE = ox.NamedNode("urn:x-kg:as-written")
_SCRATCH_PREFIX = "urn:x-kg:literal:"


class AsWritten:
    """The quads as written whose literal the store holds rewritten, by the quad it holds (two
    quads as written can be one in the store: `"1.50"` and `"1.5"` of one subject, property
    and graph)."""

    def __init__(self) -> None:
        self.quads: dict[ox.Quad, tuple[ox.Quad, ...]] = {}
        self._forms: dict[ox.Literal, ox.Literal | None] = {}
        """Each typed literal asked about, with the form the store holds it in (None: as
        written). The same literals recur from file to file (at the L corpus 90,934 distinct
        per file, 25,617 in all), and asking the scratch store about each once was a third of
        the cost of `record` (#13, fifteenth round)."""

    def __bool__(self) -> bool:
        return bool(self.quads)

    def __len__(self) -> int:
        return len(self.quads)

    def record(self, quads: Sequence[ox.Quad]) -> list[ox.Quad]:
        """Keep those of `quads` (as parsed, before they enter the store) that the store would
        rewrite. Call it for every data file's quads. Returns the quads, as the store holds
        them, under which some were kept (`kg.load.load` asks whether one names a blank
        node)."""
        typed = [
            q for q in quads
            if type(o := q.object) is ox.Literal and o.datatype != _XSD_STRING
            and o.language is None
        ]
        if not typed:
            return []
        literals = {q.object for q in typed}
        forms = self._forms
        unseen = [literal for literal in literals if literal not in forms]
        if unseen:
            found = _rewritten(set(unseen))
            forms.update((literal, found.get(literal)) for literal in unseen)
        rewritten = {
            literal: form for literal in literals if (form := forms[literal]) is not None
        }
        if not rewritten:
            return []
        found: dict[ox.Quad, set[ox.Quad]] = {}
        for quad in typed:
            canonical = rewritten.get(quad.object)
            if canonical is not None:
                key = ox.Quad(quad.subject, quad.predicate, canonical, quad.graph_name)
                found.setdefault(key, set()).add(quad)
        stated = set(typed)
        for key, originals in found.items():
            if key in stated:  # the canonical form was written too: it stays one of them
                originals.add(key)
            self.quads[key] = tuple(sorted({*self.quads.get(key, ()), *originals}, key=str))
        return list(found)

    def drop_graphs(self, names: Iterable[ox.NamedNode]) -> None:
        """Forget what was written into `names` (their files were removed or changed)."""
        dropped = set(names)
        if dropped and self.quads:
            self.quads = {k: v for k, v in self.quads.items() if k.graph_name not in dropped}

    def restore(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        """`quads` (read from the store) with every rewritten one replaced by the quads as
        written."""
        table = self.quads
        if not table:
            yield from quads
            return
        for quad in quads:
            originals = table.get(quad)
            if originals is None:
                yield quad
            else:
                yield from originals

    @contextmanager
    def set_aside(self, store: ox.Store) -> Iterator[None]:
        """The store without the quads it holds rewritten, for the duration: what it then
        dumps, followed by `nquads()`, is the data as written, serialised in Rust rather than
        quad by quad through Python."""
        keys = list(self.quads)
        for key in keys:
            store.remove(key)
        try:
            yield
        finally:
            store.extend(keys)

    def nquads(self) -> bytes:
        """The quads as written, as N-Quads."""
        originals = [q for key in sorted(self.quads, key=str) for q in self.quads[key]]
        return ox.serialize(originals, format=ox.RdfFormat.N_QUADS) or b""

    def write(self, path: Path) -> None:
        """The quads as written, as N-Quads."""
        path.write_bytes(self.nquads())

    def read(self, path: Path) -> None:
        """Add what `write` wrote; a build of an older version wrote nothing, which adds
        nothing (its store held the rewritten literals already, so there is nothing to get
        back)."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
        if data:
            self.record(list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))


def _rewritten(literals: set[ox.Literal]) -> dict[ox.Literal, ox.Literal]:
    """Each of `literals` that an Oxigraph store holds in another form, with that form: put
    into a scratch store, each under a subject of its own, and read back."""
    distinct = list(literals)
    scratch = ox.Store()
    scratch.bulk_extend(
        ox.Quad(ox.NamedNode(f"{_SCRATCH_PREFIX}{i}"), _SCRATCH_PREDICATE, literal)
        for i, literal in enumerate(distinct)
    )
    found = {}
    for quad in scratch:
        original = distinct[int(quad.subject.value.removeprefix(_SCRATCH_PREFIX))]
        if quad.object != original:
            found[original] = quad.object
    return found
