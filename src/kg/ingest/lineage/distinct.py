"""Negative identity: "X is not to be confused with Y", read as data, never as lineage.

Profiles warn their reader off a namesake: "The ELN is not to be confused with the Ejército de
Liberación Nacional of Bolivia", "ISKP is unrelated to the Khorasan Group", "Nor should it be
confused with HuJI-B". Such a sentence says the two are *different organisations*. It is the
strongest evidence a text gives against the worst error of the graph (two organisations on one
IRI, issue #12), so it is stated: `X owl:differentFrom Y`, in the section's graph like every
fact (its provenance is the profile's section). An OWL reasoner then reports a contradiction if
anything later equates them (owlrl's eq-diff rules: owl:sameAs with owl:differentFrom), which is
what a curator wants to hear.

What the reader does, precision first:

- the cue is closed: "(is / was / should / must) not (to) be confused / mistaken / conflated
  with / for", "nor should it be confused with", "unrelated / unconnected to", "(has / bears) no
  relation / connection / link / tie to / with", "distinct / separate / different from", "a
  different / separate / distinct group / organisation … from", "not the same group as";
- the subject is the profile's group when the clause opens with a reference to it (its names,
  "the group", "the entity", "it" — but "it" after a sentence about another organisation is
  that one), or the organisation the index finds opening the clause; anything else: nothing;
- each object is the whole name the text gives ("the Ejército de Liberación Nacional of
  Bolivia", not the group's own alternative name inside it), with its acronym in brackets, and
  "nor with …", "or …" add more; an object is found by its exact name, else minted as an
  organisation of its own (`kg.ingest.context.IngestContext.group`, which never merges names
  that only share an acronym); a name that is one of the subject's own names, or a variant
  that fits several organisations, states nothing, and the review says why;
- the lineage frames never read these clauses as lineage: the reader sets the cue's clause
  aside (`spans`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import OWL, URIRef

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.group_references import UNRESOLVED
from kg.ingest.lineage.lexicon import SELF_WORDS
from kg.ingest.name_variants import variant_of
from kg.ingest.names import NameSet, is_organisation_name, strip_article
from kg.ingest.sections import Section
from kg.ingest.slots import NAME

__all__ = ["Distinct", "read_distinct"]

_ADVERB = r"(?:(?:entirely|wholly|completely|quite|altogether|also|thus|therefore)\s+)?"
_CUE = re.compile(
    r"^(?P<opening>not\s+to\s+be\s+(?:confused|mistaken|conflated)\s+(?:with|for)\s+)"
    rf"|\b(?:(?:is|was|are|were)\s+{_ADVERB}not\s+to\s+be|(?:should|must|ought\s+to|need)\s+"
    rf"{_ADVERB}not\s+be|nor\s+(?:should|must)\s+(?P<nor>it|the\s+\w+|⟦\d+⟧)\s+be)\s+"
    r"(?:confused|mistaken|conflated)\s+(?:with|for)\s+"
    rf"|\b(?:is|was|are|were|remains|remained)\s+{_ADVERB}(?:unrelated|unconnected)\s+to\s+"
    rf"|\b(?:has|had|have|bears|bore)\s+{_ADVERB}no\s+(?:\w+\s+)?(?:relation|connection|link|tie|"
    r"relationship|affiliation)s?\s+(?:to|with)\s+"
    rf"|\b(?:is|was|are|were)\s+{_ADVERB}(?:distinct|separate|different)\s+from\s+"
    rf"|\b(?:is|was|are|were)\s+{_ADVERB}an?\s+(?:(?:entirely|wholly|quite)\s+)?(?:different|"
    r"separate|distinct|other)\s+(?:group|organi[sz]ation|body|movement|entity|outfit)\s+"
    r"(?:from|than)\s+"
    rf"|\b(?:is|was|are|were)\s+{_ADVERB}not\s+the\s+same\s+(?:group|organi[sz]ation|body|"
    r"movement|entity)\s+as\s+",
    re.I,
)
# an object: "the Ejército de Liberación Nacional of Bolivia", "the “Khorasan Group,”",
# "Harkat-ul-Jihad-al-Islami Bangladesh (HuJI-B)"
_OBJECT = re.compile(
    rf"(?:the\s+)?(?:so-called\s+)?[“\"‘]?(?P<name>{NAME})[”\"’]?"
    r"(?:\s*\((?P<acronym>[A-Z][\w./-]{1,12})\))?"
)
_NOR = re.compile(r",\s*nor\s+(?:(?:is\s+it\s+|was\s+it\s+)?(?:with|to|for|from)\s+)", re.I)
_MORE = re.compile(r"\s*,?\s*(?:nor|or|and)\s+(?:(?:with|to|from|for|as)\s+)?", re.I)
# the clause opening before the cue: a reference to the profile's group
_SELF_OPENING = re.compile(
    rf"^(?:(?:but|and|however|yet)\s*,?\s+)?(?:{'|'.join(re.escape(w) for w in SELF_WORDS)}|"
    r"the\s+(?:entity|outfit|organi[sz]ation|front|army))\s*$",
    re.I,
)


@dataclass(frozen=True)
class Distinct:
    """What a sentence said: the span of the clause read (for the lineage reader to set
    aside), and the pairs stated different."""

    span: tuple[int, int]
    pairs: tuple[tuple[URIRef, URIRef], ...]


def read_distinct(
    ctx: IngestContext, section: Section, sentence: Sentence, previous_subject: URIRef | None
) -> list[Distinct]:
    """Every negative identity statement of the sentence, stated as owl:differentFrom, with
    the review told what was stated or why nothing was."""
    found: list[Distinct] = []
    text = sentence.text
    last: tuple[int, URIRef | None] | None = None  # where the last cue's objects ended, its subject
    for cue in _CUE.finditer(text):
        clause_start = max(text.rfind(";", 0, cue.start()), text.rfind(":", 0, cue.start()))
        clause_start = clause_start + 1 if clause_start >= 0 else 0
        before = text[clause_start:cue.start()].strip()
        if last is not None and re.fullmatch(r"\s*,?\s*(?:and|but)\s*", text[last[0]:cue.start()]):
            subject = last[1]  # "X is distinct from Y and should not be mistaken for Z"
        elif cue["opening"]:
            subject = ctx.subject  # "Not to be confused with Y." opening a sentence: the group
        else:
            subject = _subject(ctx, before if not cue["nor"] else cue["nor"], previous_subject)
        objects, end = _objects(text, cue.end())
        last = (end, subject)
        if subject is None or not objects:
            ctx.reports[section.key].unused.append((
                sentence.line, text[cue.start():end].strip(), "negative identity",
                "says one organisation is not another, but "
                + ("which organisation is its subject is not clear" if subject is None
                   else "names no organisation after it") + ": nothing stated",
            ))
            found.append(Distinct((cue.start(), end), ()))
            continue
        pairs: list[tuple[URIRef, URIRef]] = []
        for name, acronym in objects:
            other = _organisation(ctx, section, sentence, subject, name, acronym)
            if other is None:
                continue
            if ctx.add(section, subject, OWL.differentFrom, other, sentence.line):
                pairs.append((subject, other))
                ctx.extracted(
                    section,
                    f"{ctx.short(subject)} owl:differentFrom {ctx.short(other)} ({name!r}: "
                    f"{cue.group(0).strip()!r}); not lineage, never merged",
                )
        found.append(Distinct((cue.start(), end), tuple(pairs)))
    return found


def _subject(
    ctx: IngestContext, before: str, previous_subject: URIRef | None
) -> URIRef | None:
    """The organisation the clause before the cue opens with, if it is plain which."""
    said = re.sub(r"\s*\([^()]*\)\s*$", "", before).strip(" ,")
    said = re.sub(r"^(?:[Nn]or|[Bb]ut|[Aa]nd|[Hh]owever|[Yy]et)\s*,?\s+", "", said)
    if said.lower() == "it" and previous_subject not in (None, ctx.subject):
        # "it" after a sentence about another organisation is that one; about a name the
        # graph does not know, nobody
        return previous_subject if previous_subject != UNRESOLVED else None
    if _SELF_OPENING.match(said) or (
        ctx.subject is not None and said and ctx.index.has_name(ctx.subject, strip_article(said))
    ):
        return ctx.subject  # its own names, even an acronym another organisation shares
    if not said:
        return None
    known, _, tied = ctx.index.lookup(strip_article(said), "group", "organisation")
    return known if known is not None and not tied else None


def _objects(text: str, start: int) -> tuple[list[tuple[str, str | None]], int]:
    """The names after the cue ("X", "X, nor with Y", "X or Y") and where they end."""
    objects: list[tuple[str, str | None]] = []
    position = start
    while True:
        match = _OBJECT.match(text, position)
        if match is None or not is_organisation_name(strip_article(match["name"])):
            break
        objects.append((match["name"], match["acronym"]))
        position = match.end()
        more = _MORE.match(text, position)
        if more is None:
            break
        nxt = _OBJECT.match(text, more.end())
        if nxt is None:
            break
        position = more.end()
    # "… with X, the guerrilla of 1966 that bore the same name, nor with the Peruvian Y": a
    # later "nor with" in the same sentence adds its object, whatever stands between
    later = _NOR.search(text, position) if objects else None
    if later is not None:
        more_objects, end = _objects(text, later.end())
        if more_objects:
            objects += more_objects
            position = end
    return objects, position


def _organisation(
    ctx: IngestContext, section: Section, sentence: Sentence, subject: URIRef, name: str,
    acronym: str | None,
) -> URIRef | None:
    """The organisation the object names: found by its exact name, else by a variant only
    one organisation fits, else minted; never the subject itself."""
    known, _, tied = ctx.index.lookup(name, "group", "organisation")
    if known is None:
        variant = variant_of(ctx.index, name)
        if variant is not None and variant.one is None:
            _refuse(ctx, section, sentence, name, "could be any of "
                    + ", ".join(ctx.short(c) for c in variant.candidates))
            return None
        known = variant.one if variant is not None else None
    elif tied:
        _refuse(ctx, section, sentence, name, "names several organisations")
        return None
    if known is None:
        # minted as lineage mints a name it does not know (an armed group unless the name says
        # organisation): a namesake a profile warns against is most often another armed group
        known = ctx.group(section, NameSet([name], [acronym] if acronym else []), sentence.line)
    if known == subject:
        _refuse(ctx, section, sentence, name, "is a name of the organisation it is said not "
                "to be")
        return None
    return known


def _refuse(ctx: IngestContext, section: Section, sentence: Sentence, name: str, why: str) -> None:
    ctx.reports[section.key].unused.append((
        sentence.line, name, "negative identity", f"said not to be the group, but {why}: "
        "nothing stated",
    ))
