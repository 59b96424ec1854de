"""A state's bodies a profile names in passing, with their acronym: "Pakistan's Inter-Services
Intelligence (ISI)", "Afghanistan's National Directorate of Security (NDS)".

Profiles name a state's intelligence service or ministry as a sponsor or an adversary far more
often than any reader takes a fact about it; the mention linker (`kg.ingest.mentions`) links
only what the graph already has, so a body no profile made was text everywhere, and profiles
naming the same service stayed unconnected (issue #12: one thing, one IRI, and a link to it
from everything that names it). This module states such a body as a `kg:Organisation`, with
the section's `schema:mentions` link, only on evidence that leaves no doubt what it is:

- the possessive of a place the gazetteer knows before it (the state or province it serves);
- a full name that holds a word only a state's body bears (Intelligence, Directorate,
  Ministry, Agency, Bureau, Department, Office, Commission, Security Service);
- its acronym in brackets right after it.

An armed force is left out ("Uganda's People's Defence Force (UPDF)"): a force the text shows
fighting is an armed group to an analyst, and this shape does not say whether it fought.
Identity is `IngestContext.group`'s: the same full name joins the one IRI; the same acronym
with another full name ("Islamic State of Iraq (ISI)") gets an IRI of its own and a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.ingest.context import IngestContext
from kg.ingest.names import NameSet
from kg.ingest.sections import Section
from kg.namespaces import SCHEMA

__all__ = ["STATE_BODY", "names_a_state_body", "state_bodies_named", "state_state_bodies"]

_BODY_WORD = (r"(?:Intelligence|Directorate|Ministry|Agency|Bureau|Department|Office|"
              r"Commission|Security\s+Service|Intelligence\s+Service)")
_BODY_WORD_RE = re.compile(rf"\b{_BODY_WORD}\b")


def names_a_state_body(name: str) -> bool:
    """Whether a name holds a word only a state's body bears ("Directorate of State
    Security"): such a name is the same in many states, so only its owner tells it apart."""
    return bool(_BODY_WORD_RE.search(name))


STATE_BODY = re.compile(
    r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’']s\s+"
    r"(?P<name>(?:[A-Z][\w-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}?"
    rf"(?:[\w-]*\s+)?{_BODY_WORD}(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w-]*)*)"
    r"\s+\((?P<acronym>[A-Z][A-Z0-9]{1,7})\)"
)


def state_bodies_named(text: str) -> list[tuple[str, str, str]]:
    """(owner, full name, acronym) of each "Owner's Full Name (ACR)" whose name holds a word
    only a state's body bears; the owner is checked against the gazetteer by the caller."""
    found: list[tuple[str, str, str]] = []
    for match in STATE_BODY.finditer(text):
        name = " ".join(match["name"].split())
        if not name[:1].isupper() or not all(
            w[:1].isupper() or w in ("of", "for", "and", "the") for w in name.split()
        ):
            continue
        found.append((match["owner"], name, match["acronym"]))
    return found


def state_state_bodies(ctx: IngestContext, sections: Iterable[Section]) -> None:
    """State every state's body the sections name in the shape above, where the owner is a
    place the gazetteer knows; the review says what was stated and what was refused."""
    if ctx.subject is None:
        return
    for section in sections:
        for sentence in ctx.sentences(section):
            for owner, name, acronym in state_bodies_named(sentence.text):
                place, _, _ = ctx.index.lookup(owner, "place")
                if place is None:  # the whole owner, not a word of it ("Sudan People's …")
                    ctx.extracted(section, f"{name!r} ({acronym}) not stated as a state's body: "
                                           f"{owner!r} is no place the gazetteer knows")
                    continue
                person, _, _ = ctx.index.lookup(name, "person", "place")
                if person is not None:
                    continue
                iri = ctx.group(section, NameSet([name], [acronym]), sentence.line,
                                organisation=True)
                if iri is None or iri == ctx.subject:
                    continue
                ctx.add(section, ctx.section_graph(section.key), SCHEMA.mentions, iri,
                        sentence.line)
                ctx.extracted(section, f"mentions {ctx.short(iri)}: {owner}'s {name} "
                                       f"({acronym}), a state's body")
