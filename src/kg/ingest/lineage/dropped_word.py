"""A rename told by the word a name lost: "The word “Popular” was dropped from the name in
1974", "the front dropped ‘Popular’ from its name", "the prefix “Islamic” was removed from its
name".

The sentence names neither the old nor the new organisation; the old one is found, not
guessed: an organisation the graph already knows (a predecessor an earlier clause named) one
of whose names is one of the renamed organisation's names with that word in it. Exactly one
must fit; none or several, and nothing is stated — the review says why. The renamed
organisation is the one the clause names, else the profile's group (a history paragraph's
"the name" is the group's).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.lineage.dates import date_of_clause
from kg.ingest.lineage.emit import state_step
from kg.ingest.lineage.lexicon import ADVERB, ORG
from kg.ingest.names import normalise_name
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted

_WORD = (
    r"(?:the\s+(?:word|prefix|suffix|adjective|qualifier|epithet|label|term)\s+)?"
    r"(?:[“\"‘'](?P<w>[^”\"’'⟦]{1,30})[”\"’']|(?<=word\s)(?P<w2>[A-Z][\w-]{1,30}))"
)
_DROPPED = r"(?:dropped|removed|deleted|struck|cut|omitted)"
_FROM_NAME = r"from\s+(?:the|its|their)\s+(?:(?:official|full|original|old)\s+)?name\b"
_WORD_DROPPED = [
    # "The word “Popular” was dropped from the name in 1974"
    re.compile(rf"{_WORD}\s+(?:was|were)\s+{ADVERB}{_DROPPED}\s+{_FROM_NAME}", re.I),
    # "In 1974 the front dropped “Popular” from its name"
    re.compile(rf"(?P<o>{ORG})\s+{ADVERB}{_DROPPED}\s+{_WORD}\s+{_FROM_NAME}", re.I),
]


def read_dropped_word(
    ctx: IngestContext, section: Section, sentence: Sentence, template: Slotted,
    previous: str | None,
) -> bool:
    """State the rename each "word dropped from the name" clause tells; True if a clause of
    the kind was there (read or refused in the review)."""
    told = False
    for pattern in _WORD_DROPPED:
        for match in pattern.finditer(template.text):
            told = True
            word = match["w"] or match["w2"]
            renamed = _renamed(ctx, template, match)
            said = " ".join(match.group(0).split())
            if renamed is None:
                _refuse(ctx, section, sentence, said, "whose name lost the word is not clear")
                continue
            former = _former(ctx, renamed, word)
            if len(former) != 1:
                _refuse(ctx, section, sentence, said,
                        "no organisation the graph knows bears the name with that word"
                        if not former else "several organisations bear the name with that "
                        "word: " + ", ".join(ctx.short(f) for f in former))
                continue
            date = date_of_clause(ctx, section, sentence, template, match, closing_first=True,
                                  previous=previous)
            state_step(ctx, section, "rename", renamed, former, [], date, sentence)
    return told


def _renamed(ctx: IngestContext, template: Slotted, match: re.Match[str]) -> URIRef | None:
    if "o" not in match.re.groupindex or match["o"] is None:
        return ctx.subject
    said = " ".join(match["o"].split()).lower()
    slot = re.search(r"⟦\d+⟧", match["o"])
    if slot is not None:
        entity = template.entity(slot.group(0))
        return entity if isinstance(entity, URIRef) else None
    return ctx.subject if said else None


def _former(ctx: IngestContext, renamed: URIRef, word: str) -> list[URIRef]:
    """The organisations one of whose names, without `word`, is a name of `renamed`."""
    dropped = normalise_name(word).split()
    if not dropped:
        return []
    current = {tuple(key.split()) for key in ctx.index.names_of.get(renamed, set())}
    found: list[URIRef] = []
    for iri, keys in ctx.index.names_of.items():
        if iri == renamed or not ctx.index.kinds.get(iri, set()) & {"group", "organisation"}:
            continue
        for key in keys:
            tokens = key.split()
            for i in range(len(tokens) - len(dropped) + 1):
                without = tuple(tokens[:i] + tokens[i + len(dropped):])
                if tokens[i:i + len(dropped)] == dropped and without in current:
                    found += [iri] if iri not in found else []
    return found


def _refuse(ctx: IngestContext, section: Section, sentence: Sentence, said: str,
            why: str) -> None:
    ctx.reports[section.key].unused.append((
        sentence.line, said, "lineage 'rename'",
        f"a word dropped from a name, but {why}: nothing stated",
    ))
