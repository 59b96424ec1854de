"""Lineage a list of names tells: the group's former names; and, in a history sentence, which
names are the group or one organisation (fifteenth round): a listed name where a merger puts
its result (`listed_name_as_result_spans`), two names in apposition after "known as"
(`known_as_spans`).

A names section is a list, not prose, and the grammar never read it; yet writers tell a rename
there as often as in the history: "formerly the Gao Riders (GR)", "Gao Riders (GR) (former
name, until 2009)", "known as the Desert Call until 2014", "Kidal Union (until 2006)". Each
such item is a rename of the named organisation into the group, dated by its "until" where the
item gives one (the name was used until then). Read before the names reader, which then keeps
the name as a former name of the group and a name of the predecessor.

Not a rename, and nothing stated: "successor to X" or "successor of X" (a successor may have
split, merged or been renamed: the list does not say which, and a wrong kind is a wrong fact),
and a plain alternative name. A step the history tells already is the history's
(`kg.ingest.lineage.emit`).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.lineage.dates import first_date
from kg.ingest.lineage.emit import state_step
from kg.ingest.lineage.review import not_lineage
from kg.ingest.names import NameSet, parse_named, split_name_list, strip_article
from kg.ingest.sections import Section
from kg.ingest.slots import NAME

_UNTIL = r"(?:until|till|to|before|up\s+to)\s+(?P<date>[^()]{3,30}?)"
_FORMER_ITEM = [
    # "formerly the Gao Riders (GR)", "previously known as X", "originally called X"
    re.compile(rf"^(?:formerly|previously|originally)(?:\s+(?:known|called)\s+as)?\s+"
               rf"(?P<name>[^()]+?(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?)"
               rf"(?:\s*,?\s*\(?{_UNTIL}\)?)?$", re.I),
    # "Gao Riders (GR) (former name, until 2009)", "Kidal Union (old name)"
    re.compile(rf"^(?P<name>[^()]+?(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?)\s*\((?:its\s+)?"
               rf"(?:former|old|original|earlier|previous|first)\s+name(?:\s*[,;]?\s*{_UNTIL})?\)$",
               re.I),
    # "known as the Desert Call (DC) until 2014", "called X until 2014"
    re.compile(rf"^(?:known|called)\s+as\s+(?P<name>[^()]+?(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?)"
               rf"\s+{_UNTIL}$", re.I),
    # "Kidal Union (until 2006)", "Gao Riders (GR), until 2009"
    re.compile(rf"^(?P<name>[^()]+?(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?)\s*(?:\(|,\s*){_UNTIL}"
               rf"\)?$", re.I),
]
_SUCCESSOR = re.compile(r"^(?:the\s+)?successor\s+(?:to|of)\s+", re.I)


def extract_former_names(ctx: IngestContext, section: Section) -> None:
    """Every item of the names section that names a former name: a rename into the group."""
    if ctx.subject is None:
        return
    for start, end, item in split_name_list(section.body):
        line = section.line_of(start)
        text = " ".join(item.split())
        if _SUCCESSOR.match(text):
            not_lineage(ctx, section, line, text, "a successor, but not how it came about "
                        "(split, merger or rename)")
            continue
        found = next((m for m in (p.match(text) for p in _FORMER_ITEM) if m), None)
        if found is None:
            continue
        named = parse_named(strip_article(found["name"].strip()))
        if not named.names:
            continue
        prior = ctx.group(section, NameSet(named.names[:1], named.acronyms), line)
        if prior is None or prior == ctx.subject:
            continue
        date = None
        if found["date"]:
            date = first_date(ctx, section, Sentence(start, end, found["date"], line))
        state_step(ctx, section, "rename", ctx.subject, [prior], [], date,
                   Sentence(start, end, text, line))


# Where a merger or a founding puts its result: "to form X", "forming X", "into X". Never a
# rename's new name: a chain of renames ("first called itself A and then B, before taking the
# name C") lists every name it bore, each a former name but the last
_RESULT_CUE = re.compile(
    r"(?:\bto\s+(?:form|create|found|establish|launch)|\bforming|\bcreating|\binto)"
    r"\s+(?:the\s+)?$",
    re.I,
)


def listed_name_as_result_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """Spans of the group's listed names where a merger or a founding puts its result ("…
    merged with three smaller factions to form Harakat Ahrar al-Sham al-Islamiyya", a name the
    names section lists): the group under the name it came to bear, never a second
    organisation beside it.

    The history reader leaves the listed names unread as the group elsewhere (a profile lists
    its former names there, and a former name before the verb is the predecessor it was, as
    is a name a rename gave: "renamed itself Wilayat Sinai" in a chain of names); a listed name
    as the *result* of a merger or a founding is the group itself."""
    if ctx.subject is None:
        return []
    listed = ctx.layout.get("alternative-names")
    if listed is None:
        return []
    names = {" ".join(strip_article(name).split()) for _, _, name in split_name_list(listed.body)}
    spans: list[tuple[int, int, URIRef]] = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 4 or " " not in name:
            continue  # an acronym or one word alone is as often another's
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-]|[’']s\b|\s+[A-Z(])", text):
            if any(not (found.end() <= a or found.start() >= b) for a, b, _ in [*taken, *spans]):
                continue
            if _RESULT_CUE.search(text, 0, found.start()):
                spans.append((found.start(), found.end(), ctx.subject))
    return spans


# "X, known in the West as Y (AQI)", "X, better known as Y": two names of one organisation
_KNOWN_AS_NEXT = re.compile(
    rf"(?P<a>{NAME})\s*,\s*(?:(?:also|better|commonly|widely|more\s+commonly|usually)\s+)?"
    r"known\s+(?:(?:in|to|among|abroad|outside)\b[^,;()⟦]{0,30}?\s+)?as\s+(?:the\s+)?$"
)


def known_as_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """Spans of a name in apposition with an organisation the sentence names after "known
    as" ("renamed itself Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn, known in the West as
    al-Qaida in Iraq (AQI)"): one organisation under two names, never two IRIs."""
    spans: list[tuple[int, int, URIRef]] = []
    for start, _end, iri in sorted(taken):
        if iri == ctx.subject:
            continue
        found = _KNOWN_AS_NEXT.search(text, max(0, start - 200), start)
        if found is None or any(not (found.end("a") <= a or found.start("a") >= b)
                                for a, b, _ in [*taken, *spans]):
            continue
        spans.append((found.start("a"), found.end("a"), iri))
    return spans
