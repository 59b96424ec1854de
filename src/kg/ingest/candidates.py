"""What each sentence offered that no fact used: the honest half of `kg ingest --review`.

A reader that silently drops a name, a date or a figure hides a gap from the analyst. After all
readers have run, every sentence of every section is scanned for candidates (a capitalised
name, a date, a number, a place word) and each is checked against what the section's graph
states: the lexical forms of its literals and the names of the entities it mentions (never the
kg:verbatim copies of the text, which contain everything). A candidate no statement uses is
listed with its sentence's line and the reason, so the review shows what was left on the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.ingest.context import IngestContext, split_sentences
from kg.ingest.dates import DateError, find_dates
from kg.names import normalise_name
from kg.namespaces import KG

_NAME = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w’'\-]{1,40}(?:\s{1,3}(?:(?:of|the|al|el|de|bin|ibn|abu|for|and|in)\s{1,3}){0,3}"
    r"[A-ZÀ-ÖØ-Þ][\w’'\-]{1,40}){0,6}"
)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?![\w,])")
_PLACE_WORD = re.compile(
    r"\b(?:in|at|near|outside|north of|south of|east of|west of|from)\s+(?:the\s+)?"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w’'\-]{1,40}(?:\s[A-ZÀ-ÖØ-Þ][\w’'\-]{1,40}){0,2})"
)
# Sentence-initial function words and months are not candidates by themselves.
_NOT_NAMES = {
    "The", "In", "On", "At", "By", "After", "Before", "During", "Following", "However", "It",
    "Its", "This", "That", "These", "He", "She", "His", "Her", "They", "Their", "Since", "When",
    "While", "From", "Until", "Under", "With", "A", "An", "As", "Also", "But", "And",
}  # fmt: skip
_NAME_LABELS = (SKOS.prefLabel, SKOS.altLabel, KG.acronym, KG.formerName, RDFS.label)


@dataclass(frozen=True)
class Candidate:
    line: int
    text: str
    kind: str  # name | date | number | place
    reason: str


def unused_candidates(ctx: IngestContext, key: str) -> list[Candidate]:
    """The candidates of one section's sentences that none of its statements uses."""
    section = ctx.layout.get(key)
    if section is None or not section.body.strip():
        return []
    used_text, used_names = _used(ctx, key)
    found: list[Candidate] = []
    for start, end in split_sentences(section.body):
        sentence = section.body[start:end]
        if len(sentence) > 2_000:
            continue  # reported as not read already (kg.ingest.bounds)
        line = section.line_of(start)
        offers: list[tuple[str, str, bool, str]] = []

        def offer(text: str, kind: str, used: bool, reason: str, into=offers) -> None:
            into.append((text, kind, used, reason))

        try:
            dates = find_dates(sentence)
        except DateError:
            dates = []
        covered = [(a, b) for a, b, _ in dates]
        for _a, _b, date in dates:
            offer(
                sentence[_a:_b], "date", date.edtf in used_text or date.edtf[:4] in used_text,
                "no fact of this section is dated by it",
            )
        for match in _NAME.finditer(sentence):
            words = match.group(0).split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if not words or any(a <= match.start() < b for a, b in covered):
                continue
            name = " ".join(words)
            if len(words) == 1 and match.start() == 0:
                continue  # a capitalised first word is not a name by itself
            key_name = normalise_name(name.removesuffix("’s").removesuffix("'s"))
            used = key_name in used_names or any(key_name in n or n in key_name for n in used_names if len(n) > 3)  # noqa: E501
            offer(name, "name", used, "names no entity stated from this section")
        for match in _NUMBER.finditer(sentence):
            if any(a <= match.start() < b for a, b in covered):
                continue
            number = match.group(0).replace(",", "")
            offer(match.group(0), "number", number in used_text, "no figure states it")
        for match in _PLACE_WORD.finditer(sentence):
            place = match["place"]
            if place.split()[0] in _NOT_NAMES or any(a <= match.start("place") < b for a, b in covered):  # noqa: E501
                continue
            key_name = normalise_name(place)
            offer(place, "place", key_name in used_names, "not a place of any fact read here")
        seen: set[tuple[str, str]] = {(t, "name") for t, k, _, _ in offers if k == "place"}
        for text, kind, used, reason in offers:
            if not used and (text, kind) not in seen:
                seen.add((text, kind))
                found.append(Candidate(line, text, kind, reason))
    return found


def _used(ctx: IngestContext, key: str) -> tuple[set[str], set[str]]:
    """Lexical forms of the section's literals and names of the entities it mentions."""
    graph = ctx.section_graph(key)
    texts: set[str] = set()
    entities: set[URIRef] = set()
    for s, p, o, g in ctx.graph.quads():
        if g != graph and not str(g).startswith(f"{graph}-"):
            continue
        if p == KG.verbatim:
            continue
        for term in (s, o):
            if isinstance(term, URIRef):
                entities.add(term)
        if isinstance(o, Literal):
            texts.add(str(o))
    names = {normalise_name(t) for t in texts}
    for entity in entities:
        for predicate in _NAME_LABELS:
            for label in ctx.graph.objects(entity, predicate):
                names.add(normalise_name(str(label)))
        for label in ctx.index.labels.get(entity, {}).values():
            names.add(normalise_name(label))
        names |= ctx.index.names_of.get(entity, set())
    return texts, {n for n in names if n}
