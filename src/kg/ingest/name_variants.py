"""A name the index does not know, read as a variant of one it does — only where exactly one
organisation fits.

A profile names another organisation the way its writer hears it: "the Pakistani Taliban" for
Tehrik-i-Taliban Pakistan, "the I.R.A." for the IRA, "Tehreek-e-Taliban" for
"Tehrik-i-Taliban", "Hizbut Tahrir" for "Hizb ut-Tahrir", "Hurras al-Din" for "Tanzim Hurras
al-Din". The strict and loose keys of `kg.ingest.resolve.EntityIndex.lookup` miss these, and
the reader then mints a second organisation beside the one the graph has: a predecessor the
scorer cannot match and an analyst cannot follow.

Why a module of its own, beside `resolve`: the index answers "which entity has this name";
this answers a weaker question, "which organisation could this other spelling mean", and the
answer is only safe when it is unique. So every form here returns the candidates, and a caller
joins only on exactly one; two or more (two "Islamic Movement of …", two organisations sharing
an acronym) is a refusal the caller reports, and the text stays text. Forms, each closed:

- an acronym written with dots ("I.R.A.", "P.F.L.P."): the acronym's bearers;
- a demonym and a short name ("the Pakistani Taliban"): organisations one of whose names holds
  every word of the short name and the country's name or its demonym ("Tehrik-i-Taliban
  Pakistan"); the bare short name ("the Taliban") is not enough;
- a transliteration variant: hyphens, apostrophes, Arabic articles and linking particles
  ("-i-", "-e-", "ul-", "ut-") and common vowel spellings folded, spaces dropped;
- a short form: a known name without a generic word it opens or closes with ("Tanzim",
  "Organisation", "Group", "Movement", "Network") — the text's name is the shorter one, never
  the longer ("the Khorasan Group" is not "Khorasan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from kg.ingest.names import loose_key
from kg.ingest.resolve import DEMONYMS, EntityIndex, normalise_name
from kg.ingest.slots import NAME

__all__ = ["Variant", "variant_of"]

# linking particles of transliterated names: "Tehrik-i-Taliban", "Lashkar-e-Taiba",
# "Harkat-ul-Jihad", "Hizb ut-Tahrir", "Jama’atul" (fused), "al-", "el-"
_PARTICLES = {"i", "e", "o", "ul", "ut", "ud", "us", "ur", "al", "el", "ad", "ed", "ar", "as",
              "ash", "az", "an", "at", "wal", "bil", "fi", "the"}  # fmt: skip
_FUSED_PARTICLE = re.compile(r"(?<=\w{4})(?:ul|ut|ud)$")
_GENERIC = {"tanzim", "organisation", "organization", "group", "movement", "network"}
_KINDS = {"group", "organisation"}
_NAME_RE = re.compile(NAME)


@dataclass(frozen=True)
class Variant:
    """What a name could be a variant of: `form` (how it was read: "acronym with dots",
    "demonym and short name", "transliteration", "short form") and the candidates. Join only
    when `one` is not None. `spelled_out`: no organisation the graph knows fits, but the text
    around the name (`context`) spells exactly one out in full ("the Pakistani Taliban" … later
    "Tehrik-i-Taliban Pakistan"): that name, for the caller to resolve or mint."""

    form: str
    candidates: tuple[URIRef, ...]
    spelled_out: str | None = None

    @property
    def one(self) -> URIRef | None:
        return self.candidates[0] if len(self.candidates) == 1 else None


def variant_of(index: EntityIndex, name: str, *, context: str = "") -> Variant | None:
    """The organisations `name` could be another spelling of, by the first form that finds
    any; None when no form finds one (the name is new, or not a variant). A demonym and short
    name the graph cannot place is looked for spelled out in `context` (the section)."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    dotted = re.fullmatch(r"(?:[A-Z]\.){2,8}", name)
    if dotted:
        bearers = _organisations(index, index.acronyms.get(name.replace(".", ""), {}))
        return Variant("acronym with dots", bearers) if bearers else None
    words = name.split()
    if len(words) >= 2 and words[0] in DEMONYMS:
        country = set(DEMONYMS[words[0]].split("-"))
        short = set(normalise_name(" ".join(words[1:])).split())
        found = _organisations(index, {
            iri: 0 for key, entries in index.strict.items()
            if short <= set(_tokens(key)) and (country <= set(_tokens(key))
                                               or normalise_name(words[0]) in key.split())
            for iri in entries
        })
        if found:
            return Variant("demonym and short name", found)
        # spelled out elsewhere in the section: one full name holding the short name and the
        # country ("Tehrik-i-Taliban Pakistan"), and only one
        spelled = {
            " ".join(m.group(0).split()) for m in _NAME_RE.finditer(context)
            if m.group(0).split()[0] != words[0]
            and short | country <= set(_tokens(normalise_name(m.group(0))))
        }
        if len(spelled) == 1:
            return Variant("demonym and short name", (), spelled.pop())
        return None
    key = _variant_key(normalise_name(name))
    if not key:
        return None
    spelled, shortened = {}, {}
    for known, entries in index.strict.items():
        if _variant_key(known) == key:
            spelled.update(entries)
        bare = known.split()
        while bare and bare[0] in _GENERIC:
            bare = bare[1:]
        while bare and bare[-1] in _GENERIC:
            bare = bare[:-1]
        if bare != known.split() and bare and _variant_key(" ".join(bare)) == key:
            shortened.update(entries)
    for form, entries in (("transliteration", spelled), ("short form", shortened)):
        found = _organisations(index, entries)
        if found:
            return Variant(form, found)
    return None


def _organisations(index: EntityIndex, entries: dict[URIRef, int]) -> tuple[URIRef, ...]:
    """The organisations among `entries`, but for the graph's namesakes this profile keeps
    apart (`EntityIndex.elsewhere`), which are passed over as every look-up passes them."""
    hidden = {iri for iri in entries if iri in index.elsewhere}
    index.passed_over |= hidden
    return tuple(sorted(iri for iri in entries
                        if index.kinds.get(iri, set()) & _KINDS and iri not in hidden))


def _tokens(key: str) -> list[str]:
    return re.split(r"[\s-]+", key)


def _variant_key(normalised: str) -> str:
    """"tehreek e taliban pakistan" and "tehrik i taliban pakistan" → "tehriktalibanpakistan";
    "jamaatul mujahideen" and "jamaat ul mujahideen" → "jamaatmujahidin"."""
    words = [w for w in _tokens(normalised) if w and w not in _PARTICLES]
    words = [_FUSED_PARTICLE.sub("", w) for w in words]
    return loose_key(" ".join(words)).replace(" ", "") if words else ""
