"""One organisation's name written with and without an acronym inside it.

"Continuity IRA" and "Continuity Irish Republican Army", "Real IRA" and "Real Irish Republican
Army", "PFLP General Command" and "Popular Front for the Liberation of Palestine General
Command": one profile writes the name with an acronym in it, another spells it out. Neither the
strict key nor the transliteration key of `kg.ingest.resolve` can see that they are one name,
and a reader then mints a second IRI for an organisation the graph has (issue #12: one thing,
one IRI).

The evidence is the name itself: every word the same but one, and that one an acronym whose
letters are the initials of the run of words it stands for (function words such as "for the"
skipped). The acronym is never the whole name ("IRA" alone against "Irish Republican Army" is
what the index's acronym table decides, and two organisations may share it); the run it
expands to holds at least two words. The caller joins only where exactly one organisation
fits; two or more is a refusal it reports.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.ingest.resolve import EntityIndex, normalise_name

__all__ = ["expanded_acronym_matches", "expands_acronym"]

_FUNCTION_WORDS = {"for", "the", "of", "and", "in", "de", "la", "del", "des", "du", "le", "y"}
# two-letter words of transliterated names that are no acronym ("Harkat ul Ansar")
_PARTICLES = {"al", "el", "ul", "ud", "ut", "us", "ur", "ad", "ed", "ar", "as", "an", "at",
              "az", "wa", "fi", "bi", "ag", "ou", "et", "la", "le", "de", "du", "of", "in"}
_KINDS = {"group", "organisation"}
_TOKEN = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")


def expands_acronym(short: list[str], long: list[str]) -> bool:
    """Whether `long` is `short` with exactly one of its words (an acronym of two letters or
    more) replaced by the words it abbreviates. Tokens are compared without case."""
    short = [t.lower() for t in short]
    long = [t.lower() for t in long]
    if len(short) < 2 or len(long) <= len(short):
        return False
    for i, acronym in enumerate(short):
        if len(acronym) < 2 or not acronym.isalpha() or acronym in _PARTICLES:
            continue
        head, tail = short[:i], short[i + 1:]
        if long[:i] != head or (tail and long[len(long) - len(tail):] != tail):
            continue
        run = long[i:len(long) - len(tail)]
        if len(run) < 2 or run[0] in _FUNCTION_WORDS or run[-1] in _FUNCTION_WORDS:
            continue
        initials = "".join(w[0] for w in run if w not in _FUNCTION_WORDS)
        if initials == acronym and len([w for w in run if w not in _FUNCTION_WORDS]) >= 2:
            return True
    return False


def expanded_acronym_matches(index: EntityIndex, name: str) -> tuple[URIRef, ...]:
    """The organisations of the index one of whose names is `name` with an acronym inside it
    spelled out, or spelled out where `name` has the acronym. Only a name of two words or more
    with an acronym among them on one side qualifies (see the module's docstring)."""
    normalised = normalise_name(name)
    tokens = _TOKEN.findall(normalised)
    if len(tokens) < 2:
        return ()
    found: set[URIRef] = set()
    first, last = normalised.split()[0], normalised.split()[-1]
    for key, entries in index.strict.items():
        words = key.split()
        # one word differs, so the first or the last is shared: a cheap filter before the rest
        if not words or (words[0] != first and words[-1] != last):
            continue
        if not any(index.kinds.get(iri, set()) & _KINDS for iri in entries):
            continue
        known = _TOKEN.findall(key)
        if expands_acronym(tokens, known) or expands_acronym(known, tokens):
            found.update(iri for iri in entries if index.kinds.get(iri, set()) & _KINDS)
    return tuple(sorted(found))
