"""The profile's own group under its other names: a short form, a head noun ("the Front"), a
longer name of the history, an organisation the profile lists among the group's own names."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.context import IngestContext
from kg.ingest.group_references import (
    FOREIGN_HEADS,
)
from kg.ingest.names import (
    core_of_name,
    parse_named,
)
from kg.names import normalise_name
from kg.namespaces import KG


def _one_of_subjects_names(ctx: IngestContext, iri: URIRef) -> bool:
    """Whether an organisation the text names is, by its name or acronym, one the profile
    lists among its own group's alternative names ("Islamic State Central Africa Province
    (ISCAP)" in the ADF's): the profile says they are one."""
    if ctx.subject is None:
        return False
    own: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.acronym):
        for label in ctx.graph.objects(ctx.subject, predicate):
            parsed = parse_named(str(label))
            own |= {n.casefold() for n in [*parsed.names, *parsed.acronyms]}
    theirs = {str(label).casefold() for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.acronym)
              for label in ctx.graph.objects(iri, predicate)}
    return bool(own & theirs)


def _head_of_subject(ctx: IngestContext, word: str) -> bool:
    """Whether a generic word is the head noun of the profile's own group ("Front" for the
    Al-Nusra Front): only the last word of its preferred or alternative English names."""
    if ctx.subject is None:
        return False
    return any(
        str(label).split()[-1:] == [word]
        for predicate in (SKOS.prefLabel, SKOS.altLabel)
        for label in ctx.graph.objects(ctx.subject, predicate)
    )


def own_last_words(ctx: IngestContext) -> set[str]:
    """The last word of each of the group's preferred and alternative English names that is
    its head ("Emirate" of "Caucasus Emirate", "Struggle" of "Revolutionary Struggle"), whatever
    the word: a writer calls the group "the Emirate" as readily as "the Front". Only its
    preferred names (an alternative name may end in another organisation's name: "Haqqani
    Taliban"), of two words or more with no "of"/"for" (whose last word may be a place: "… of
    Colombia"), a capitalised word of four letters or more that names nothing else the index
    knows."""
    if ctx.subject is None:
        return set()
    found: set[str] = set()
    for predicate in (SKOS.prefLabel,):
        for label in ctx.graph.objects(ctx.subject, predicate):
            if getattr(label, "language", None) not in (None, "en"):
                continue
            words = str(label).split()
            if len(words) < 2 or any(w.casefold() in ("of", "for", "in") for w in words):
                continue
            last = words[-1]
            known, _, _ = ctx.index.lookup(last)
            if re.fullmatch(r"[A-Z][a-z]{3,}", last) and known in (None, ctx.subject):
                found.add(last)
    return found


def _longer_name_in_profile(ctx: IngestContext, name: str) -> URIRef | None:
    """"Ansar al-Sunna claimed …" in a profile whose history names "Jaish Ansar al-Sunna":
    the name without its generic first word (Jaish, Jabhat, Harakat, Katiba …) names the
    organisation this profile already stated, if exactly one; an organisation of another
    profile is never matched this way (two groups may share the short form)."""
    wanted = name.casefold()
    found: set[URIRef] = set()
    for node, predicate, label, _ in ctx.graph.quads():
        if predicate in (SKOS.prefLabel, SKOS.altLabel):
            words = str(label).split()
            if (len(words) >= 2 and words[0].casefold() in FOREIGN_HEADS
                    and " ".join(words[1:]).casefold() == wanted):
                found.add(node)
    if ctx.subject in found:
        return ctx.subject  # the group's own former name, also a node of the lineage
    return next(iter(found)) if len(found) == 1 else None


def _exact_name_of_subject(ctx: IngestContext, name: str) -> bool:
    if ctx.subject is None:
        return False
    wanted = normalise_name(name)
    return any(
        normalise_name(str(label)) == wanted
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.formerName)
        for label in ctx.graph.objects(ctx.subject, predicate)
    )


def _short_form_of_subject(ctx: IngestContext, name: str) -> bool:
    """"Al-Nusra claimed …" in the profile of a group one of whose names is "Jabhat al-Nusra"
    or "al-Nusra Front": the short form names the group, as the profile's own attacks are
    credited to it under any of its names. Only the profile's own group is matched this way
    (its names are known to be one organisation), and only on the whole distinctive core."""
    if ctx.subject is None:
        return False
    core = core_of_name(name)
    if not core:
        return False
    names = [
        str(label)
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.formerName)
        for label in ctx.graph.objects(ctx.subject, predicate)
    ]
    return any(core_of_name(n) == core for n in names)


def _former_self(ctx: IngestContext, iri: URIRef) -> bool:
    """Whether an organisation the text names is the profile's group under a name it was
    renamed from ("The Islamic Jihad Group claimed …" in the profile of the Islamic Jihad Union,
    whose history says it called itself so until 2005): a rename keeps the organisation, so its
    attacks under the old name are the group's. Plain renames only: a battalion that merged
    into the group, a parent it split from, and a name it left when it joined another as its
    affiliate (the GSPC, renamed AQIM as it merged with Al Qaida) stay organisations of their
    own, as the curated AQIM data has them."""
    if ctx.subject is None:
        return False
    seen, frontier = {ctx.subject}, [ctx.subject]
    while frontier:
        current = frontier.pop()
        if any(True for _ in ctx.graph.objects(current, KG.affiliateOf)):
            continue  # a rename that came with joining another is a new identity
        for prior in ctx.graph.objects(current, KG.renamedFrom):
            if isinstance(prior, URIRef) and prior not in seen:
                if prior == iri:
                    return True
                seen.add(prior)
                frontier.append(prior)
    return False

