"""Organisations a profile names in passing, linked to the one IRI the graph already has.

Most organisations a profile names are not the subject of any fact its readers take: "the
Brigades follow the doctrine of Al Qaida", "it fought alongside the Taliban". Left as text, the
profile and every other profile that names Al Qaida stay unconnected, and an analyst asking
which profiles speak of Al Qaida gets one answer in twenty (issue #12: one thing, one IRI, and a
link to it from everything that names it). Each such name is stated as
`<section> schema:mentions <organisation>`, in the section's graph (the provenance: source,
section, lines), and nothing else: no type, no relation, no new name.

Why a module of its own: linking a mention is identity, not reading. The only question asked is
"is this span, in this sentence, certainly that organisation?", and the answer is yes only on
evidence that cannot belong to another one. A mention is linked when all of these hold, and the
review says which test refused it otherwise:

- it is a full name, never an acronym alone ("ISI" is Pakistan's intelligence service and the
  Islamic State of Iraq; "ADF" two unrelated forces);
- the name is the organisation's preferred name and no other organisation of the graph bears
  it in any form (two "National Liberation Army"s: refused, the text stays text);
- every content word is capitalised as the name is ("an Islamic state in Central Asia" is not
  the Islamic State);
- it is the whole name, not part of a longer one: no capitalised word or "in/of the <Name>"
  follows it ("Al Qaida in the Levant", "Islamic State West Africa Province"), and no
  capitalised qualifier precedes it ("Pakistani Taliban", "Yemen's Ansar al-Sharia", "Kata'ib
  Hezbollah");
- it is not one of the profile's own group's names, and the profile does not state that its
  organisations differ from it (`owl:differentFrom`, "not to be confused with").

A namesake the graph places only in other countries than the profile's group (by its areas,
or by where the attacks credited to it took place) is not even a candidate: the index passes it
over for every reader (`IngestContext._keep_namesakes_apart`), unless the name itself names a
country or the sentence places it where the graph does (`EntityIndex.placed_by`). A date is
never an organisation, whatever the graph once took for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import OWL, RDF, URIRef

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import _DAY, _MONTH, _YEAR
from kg.ingest.resolve import DEMONYMS, Mention
from kg.ingest.sections import Section
from kg.namespaces import KG, SCHEMA

__all__ = ["STATE_FORCE", "link_mentions", "refusal", "shown_fighting"]

_KINDS = {"group", "organisation"}
OWN_NAME = "a name of the profile's own group"
# words a name may hold in lower case ("Army of the Righteous", "Hizb ut-Tahrir", "al-Qaida")
_LOWER_WORDS = {"of", "the", "in", "for", "and", "de", "la", "le", "du", "des", "del", "y", "e",
                "i", "o", "wal", "fi", "bil", "al", "el", "ad", "ud", "ul", "ut", "ash", "an",
                "ar", "az", "as", "at", "na", "ng", "no", "on", "to"}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:[’'ʼ][^\W\d_]+)?")
# what may stand before a name without qualifying it: a determiner, a preposition opening the
# sentence, a sentence's first word
_OPENERS = {"The", "A", "An", "In", "On", "By", "For", "From", "With", "After", "Before",
            "Under", "Like", "Unlike", "Both", "Neither", "Either", "When", "While", "As",
            "Its", "Their", "His", "Her", "Although", "Though", "Since", "Until", "Against",
            "Within", "Through", "During", "Despite", "Between", "Among", "And", "But", "Or",
            "Nor", "Also", "Even", "Only", "Then", "Later", "Earlier", "Today"}  # fmt: skip
_CONTINUATION = re.compile(
    r"^(?:[-–‐](?!(?:aligned|linked|affiliated|inspired|backed|allied|led|style|controlled|"
    r"held|run|related|loyal|leaning)\b)\w"  # "-aligned": an adjective made of the name
    r"|\s+(?:in|of|for)\s+(?:the\s+)?[A-Z]|\s+[A-Z][\w’'-]*"
    r"|\s*\((?=[A-Z])(?![A-Z0-9&/-]+\)))"  # "Red Army Faction (Sekigun-ha)": another name
)
# "Jundallah, a Pakistani TTP splinter", "Jamaat-e-Islami, the Islamist party then in power":
# the writer introduces the organisation, as one the reader may not know; a namesake of a known
# one as likely as the known one
_INTRODUCED = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:splinter|faction|group|party|front|"
    r"movement|organi[sz]ation|offshoot|wing|militia|network|coalition|alliance|branch|"
    r"affiliate|outfit|union|army|force|brigade|council|cell)s?\b"
)
_DOUBT = "possibly another organisation of the name"
_FIGHTERS = (r"(?:fighters|militants|gunmen|insurgents|guerrillas|guerillas|militiamen|"
             r"combatants|suicide\s+bombers|bombers)")
_FIGHTING_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:"
    rf"{_FIGHTERS}\b"
    r"|(?:(?:later|then|also|soon|once|repeatedly|had|has|have|itself|themselves)\s+){0,2}"
    r"(?:fought|attacked|ambushed|bombed|shelled|clashed|raided|stormed|besieged|overran|"
    r"carried\s+out\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,3}?(?:attacks?|bombings?|"
    r"raids?|assaults?|ambush(?:es)?|offensives?)|launched\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?(?:attacks?|offensives?|assaults?|raids?|insurgency|insurrection))\b)"
)
_FIGHTING_BEFORE = re.compile(
    rf"(?:\b{_FIGHTERS}\s+(?:of|from|loyal\s+to)|\b(?:fought|fighting|fight|fights)\s+"
    # fighting for it ("went to fight for the Taliban"), or beside it and the allies listed
    # before it ("fought alongside al-Nusra and Ahrar al-Sham")
    r"(?:for|(?:\w+\s+){0,2}?(?:alongside|beside)(?:\s+(?:the\s+)?[^\s,;.\d][^,;.\d]{0,40}?"
    r"(?:\s*,(?:\s+and)?|\s+and)){0,3}))\s+(?:the\s+)?$",
    re.I,
)
# a state's forces fight too, but are no militant organisation (kg:ArmedGroup)
STATE_FORCE = re.compile(
    r"\b(?:Police|Ministry|Government|Department|Navy|Air\s+Force|Armed\s+Forces|Military|"
    r"Guards?|Corps|Agency|Intelligence|Nations|Coalition|Security\s+Forces|Gendarmerie|NATO|"
    r"Command)\b"
)
# a month, its day and its year, in either order: what a date written as a name looks like
_A_DATE = re.compile(
    rf"(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?(?:{_MONTH},?\s+)?(?:{_YEAR}|{_MONTH})", re.I
)
_LAST_WORD = re.compile(r"[\w’'ʼ-]+$")


def link_mentions(ctx: IngestContext, sections: Iterable[Section]) -> None:
    """In each section, state every organisation it names that can be linked with certainty;
    report every organisation name found but not linked, with the reason. Run after every
    reader, so the organisations the profile itself introduces are known and its negative
    identity statements made.

    A name the profile anywhere introduces as possibly another organisation ("Jundallah, a
    Pakistani TTP splinter", "the Pakistani Taliban") is linked nowhere in the profile: its
    bare mentions elsewhere are the writer's short form for the organisation introduced."""
    if ctx.subject is None:
        return
    different = _stated_different(ctx)
    stated = _stated_by_section(ctx)
    read: list[tuple[Section, Sentence, Mention, str | None]] = []
    for section in sections:
        for sentence in ctx.sentences(section):
            for mention in ctx.mentions(sentence.text):
                if any(c.kinds & _KINDS for c in mention.candidates):
                    read.append((section, sentence, mention,
                                 refusal(ctx, sentence, mention, different)))
    doubted = {_name_key(m.text) for _, _, m, reason in read
               if reason is not None and reason.startswith(_DOUBT)}
    linked: set[tuple[str, URIRef]] = set()
    typed: set[URIRef] = set()
    reported: set[tuple[str, str]] = set()
    for section, sentence, mention, reason in read:
        if reason == OWN_NAME:
            continue  # the profile's own group: its facts say more than a mention would
        here = stated.get(ctx.section_graph(section.key), set())
        if any(c.iri in here for c in mention.candidates if c.kinds & _KINDS):
            continue  # a fact of the section names it already: a link would add nothing
        if reason is None and _name_key(mention.text) in doubted:
            reason = f"{_DOUBT} elsewhere in the profile"
        if reason is not None:
            if (section.key, mention.text) not in reported:
                reported.add((section.key, mention.text))
                ctx.extracted(section, f"{mention.text!r} not linked: {reason}")
            continue
        iri = next(c.iri for c in mention.candidates if c.kinds & _KINDS)
        if (section.key, iri) not in linked:
            linked.add((section.key, iri))
            ctx.add(section, ctx.section_graph(section.key), SCHEMA.mentions, iri, sentence.line)
            ctx.extracted(section, f"mentions {ctx.short(iri)} ({mention.text!r})")
        fighting = shown_fighting(sentence.text, mention.start, mention.end)
        # typed from this sentence, even where the graph knows the type: the profile's own
        # evidence, with its provenance
        if (fighting is not None and iri not in typed
                and not STATE_FORCE.search(mention.text)
                and mention.text.split()[0] not in DEMONYMS):
            typed.add(iri)
            ctx.add(section, iri, RDF.type, KG.ArmedGroup, sentence.line)
            ctx.index.add_kind(iri, "group")
            ctx.extracted(section, f"{ctx.short(iri)} an armed group: {fighting!r}")


def shown_fighting(text: str, start: int, end: int) -> str | None:
    """The words that show the organisation named at text[start:end] fighting — as the agent
    of a verb of armed action ("X ambushed", "X later fought"), as the owner of fighters ("X
    fighters", "X's gunmen", "militants of X") or as an ally in a fight ("fought alongside X")
    — or None. Being fought against says nothing of the organisation (a state's army)."""
    after, before = text[end:end + 60], text[max(0, start - 60):start]
    for match in (_FIGHTING_AFTER.match(after), _FIGHTING_BEFORE.search(before)):
        if match is not None:
            return " ".join(match.group(0).split())
    return None


def _name_key(text: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(text.split()).casefold())


def refusal(
    ctx: IngestContext, sentence: Sentence, mention: Mention, different: set[URIRef]
) -> str | None:
    """Why this mention of an organisation is not certainly that organisation (None: it is)."""
    organisations = [c for c in mention.candidates if c.kinds & _KINDS]
    others = [c for c in mention.candidates if not c.kinds & _KINDS]
    text = mention.text
    if ctx.subject in {c.iri for c in organisations} or (
        ctx.subject is not None and ctx.index.has_name(ctx.subject, text)
    ):
        return OWN_NAME
    if _A_DATE.fullmatch(text.strip()):
        # "May 2016": a source once taken for a publisher is no organisation to link to
        return "a date, not an organisation"
    if mention.loose:
        return "matched only as a transliteration"
    if len(organisations) > 1:
        return f"{len(organisations)} organisations bear the name"
    if others:
        return "the name is also a person's or a place's"
    (candidate,) = organisations
    if candidate.iri in different:
        return "the profile states its organisation differs from it"
    if candidate.rank != 0 or text.strip() in ctx.index.acronyms:
        return "an acronym or a secondary name alone"
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _LOWER_WORDS]
    if not content or any(not w[:1].isupper() for w in content):
        return "not written as a name (a word in lower case)"
    after = sentence.text[mention.end : mention.end + 40]
    if re.match(r"^[’']s\b", after):
        after = ""  # "Al Qaida's leaders": the organisation itself, as owner
    if _CONTINUATION.match(after):
        return "part of a longer name"
    qualifier = _qualifier(sentence.text[: mention.start])
    if qualifier is not None:
        return f"{_DOUBT}: qualified by {qualifier!r}"
    if candidate.iri in ctx.preexisting and _INTRODUCED.match(sentence.text[mention.end:]):
        return f"{_DOUBT}: introduced with a description of its own"
    return None


def _qualifier(before: str) -> str | None:
    """The capitalised word right before a name that makes it another organisation's name
    ("Pakistani", "Yemen's", "Kata'ib"); None when the name stands alone: after punctuation, a
    word in lower case, a number, "the", or a sentence's opening word ("In", "Unlike")."""
    before = before.rstrip()
    match = _LAST_WORD.search(before)
    if match is None:
        return None
    word = match.group(0)
    if not word[:1].isupper() or word == "The":
        return None
    if word in _OPENERS and not before[: match.start()].strip(" \"“‘("):
        return None
    return word


def _stated_by_section(ctx: IngestContext) -> dict[URIRef, set[URIRef]]:
    """The IRIs each section's graph states something about (an attack entry's graph is its
    section's own)."""
    stated: dict[URIRef, set[URIRef]] = {}
    for s, _, o, g in ctx.graph.quads():
        stated.setdefault(g, set()).update(n for n in (s, o) if isinstance(n, URIRef))
    return stated


def _stated_different(ctx: IngestContext) -> set[URIRef]:
    """Organisations this profile says are not one of its own (owl:differentFrom)."""
    found: set[URIRef] = set()
    for s, p, o, _ in ctx.graph.quads():
        if p == OWL.differentFrom:
            found |= {n for n in (s, o) if isinstance(n, URIRef)}
    return found
