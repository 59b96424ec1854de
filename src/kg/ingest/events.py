"""Events mentioned in passing: court rulings, wars, attacks a group praised.

Profiles tell these in one sentence each ("He was sentenced to death with 24 other alleged
terrorists, by an Algerian court in February 2015"); each becomes a kg:Event (kg:LegalEvent for
a ruling) in the graph of the section that tells it, with the sentence as its verbatim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import RDF, Literal, URIRef

from kg.ingest.casualties import NUMBER_WORDS
from kg.ingest.clauses import blank
from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import DateError, PartialDate, find_dates, from_edtf
from kg.ingest.names import slugify
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.ingest.vocabulary import LEGAL_OUTCOMES, concepts_in
from kg.namespaces import EVENT, KG

PERSON = (
    r"\b(?:[A-Z][\w’'\-]{1,40})(?:\s{1,5}(?:(?:bin|ben|ibn|ag|Ag|ould|Ould|abu|Abu|al|el|de|van|der)\s{1,5}){0,3}"
    r"(?:[A-Z][\w’'\-]{1,40}|al-[\w’'\-]{1,40})){1,8}"
)
_SENTENCED = re.compile(r"\bsentenced\b|\bsentences?\b[^.]*\bto (?:death|prison|jail)", re.I)
_COURT = re.compile(r"\b(?P<demonym>[A-Z][a-zé]+)\s+court\b")
_CO_DEFENDANTS = re.compile(r"\bwith\s+(?P<n>\d+|\w+)\s+others?\b", re.I)
_WAR = re.compile(
    r"\bthe\s+(?P<what>(?:civil\s+)?war|conflict|insurgency)\s+in\s+(?P<place>[A-Z][\w ]+?)\s*"
    r"\((?P<a>\d{4})\s*[-–]\s*(?P<b>\d{4})\)"
)
_PRAISED = re.compile(
    r"\bpraised\s+(?:the\s+)?(?P<what>[A-Z][\w’' -]*?\s(?:attacks?|bombings?|shootings?|massacres?))\b"  # noqa: E501
)
_TRAINED = re.compile(rf"\btrained with\b[^.]*?\bsuch as\s+(?P<p>{PERSON})")


def first_date(ctx: IngestContext, section: Section, sentence: Sentence, text: str | None = None) -> PartialDate | None:  # noqa: E501
    try:
        found = find_dates(sentence.text if text is None else text)
    except DateError as error:
        ctx.problem(section, sentence.line, str(error), Severity.ERROR)
        return None
    return found[0][2] if found else None


def is_legal(sentence: Sentence) -> bool:
    return bool(_SENTENCED.search(sentence.text))


# Where a clause that tells a ruling begins: a semicolon, a colon or a dash, a comma before a
# conjunction or "for which", or "and" before a new subject ("…, and Yasin B. was sentenced",
# "… in Gao and its leader was sentenced"; never "A and B were sentenced", which is one subject)
_OPENS_CLAUSE = re.compile(
    r"\s*[;:]\s*|\s+[—–]\s+|,\s+(?:and|but|while|whereas|though|although|for\s+which|"
    r"after\s+which|for\s+whom)\s+"
    r"|\s+and\s+(?=(?:the|a|an|its|his|her|their|one|two|three|four|five|several|later|then|"
    r"in\s+\d{4}|a\s+court)\b)",
    re.I,
)
# Where it ends: only a boundary that can close a clause after its verb ("sentenced A and a
# woman to death" stays one clause)
_CLOSES_CLAUSE = re.compile(
    r"\s*[;:]\s*|\s+[—–]\s+|,\s+(?:and|but|while|whereas|though|although)\s+", re.I
)
# "After X was sentenced to death, his men bombed …": a subordinate clause that opens the
# sentence ends at its first comma
_OPENING_SUBORDINATE = re.compile(
    r"^\s*(?:After|When|Once|Following|Before|Because|Since|Days|Weeks|Months|Years)\b[^,;]*,"
)


def legal_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clauses that tell a sentencing, each from the boundary before
    its verb to the next boundary that can close a clause: "Bombs exploded in Hyderabad; the
    NIA blamed the IM, and Yasin Bhatkal was sentenced to death for them in 2016" holds one
    legal clause, after ", and". The rest of the sentence still tells the attack and who did
    it (a legal clause must not veto it), and the ruling is read from its own clause alone (its
    date and its defendant, never the attack's)."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCED.finditer(text):
        opening = _OPENING_SUBORDINATE.match(text)
        if opening is not None and match.end() <= opening.end():
            spans.append((0, opening.end()))
            continue
        start = 0
        for boundary in _OPENS_CLAUSE.finditer(text, 0, match.start()):
            start = boundary.end()
        close = _CLOSES_CLAUSE.search(text, match.end())
        spans.append((start, close.start() if close is not None else len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def without_legal_clauses(sentence: Sentence) -> Sentence | None:
    """The sentence with its legal clauses blanked (every offset kept), or None when nothing
    else is left: what the attack's readers (places, types, persons) may read."""
    spans = legal_clauses(sentence.text)
    if not spans:
        return sentence
    text = blank(sentence.text, spans)
    return replace(sentence, text=text) if re.search(r"\w", text) else None


def only_legal_clauses(sentence: Sentence) -> Sentence | None:
    """The sentence with all but its legal clauses blanked, or None when it has none: what the
    reader of the ruling reads."""
    spans = legal_clauses(sentence.text)
    if not spans:
        return None
    outside = [(end, start) for (_, end), (start, _) in zip(
        [(0, 0), *spans], [*spans, (len(sentence.text), len(sentence.text))], strict=True)]
    return replace(sentence, text=blank(sentence.text, [s for s in outside if s[0] < s[1]]))


def legal_event(
    ctx: IngestContext,
    section: Section,
    sentence: Sentence,
    *,
    related: URIRef | None = None,
) -> URIRef | None:
    """A court ruling: outcome(s), jurisdiction, date, defendant, co-defendants."""
    outcomes = concepts_in(sentence.text, LEGAL_OUTCOMES)
    if not outcomes:
        return None
    date = first_date(ctx, section, sentence)
    defendant: URIRef | None = None
    if re.match(r"\s*(?:He|She)\b", sentence.text) and ctx.persons_in_order:
        defendant = ctx.persons_in_order[-1]
    else:
        for mention in ctx.mentions(sentence.text):
            best = mention.best("person")
            if best is not None:
                defendant = best
                break
    court = _COURT.search(sentence.text)
    jurisdiction = ctx.index.demonym(court["demonym"]) if court else None
    label_subject = _label(ctx, defendant) if defendant else "defendants"
    demonym = court["demonym"] if court and jurisdiction else "A"
    outcome_words = " and ".join(c.rsplit("/", 1)[-1].replace("-", " ") for c, _ in outcomes)
    label = f"{demonym} court sentences {label_subject} ({outcome_words})"
    base = "-".join(
        part for part in (
            date.slug if date else "undated",
            str(defendant).rsplit("/", 1)[-1] if defendant else (
                str(related).rsplit("/", 1)[-1] if related else "court"
            ),
            "sentence",
        )
    )
    event = ctx.index.mint(EVENT, base, ctx.minted)
    ctx.add(section, event, RDF.type, KG.LegalEvent)
    ctx.add_label(section, event, label, "en")
    if defendant is not None:
        ctx.add(section, event, KG.defendant, defendant)
    co = _CO_DEFENDANTS.search(sentence.text)
    if co:
        count = NUMBER_WORDS.get(co["n"].lower()) if not co["n"].isdigit() else int(co["n"])
        if count:
            ctx.add(section, event, KG.coDefendants, Literal(count))
    for concept, _ in outcomes:
        ctx.add(section, event, KG.legalOutcome, concept)
    if jurisdiction is not None:
        ctx.add(section, event, KG.jurisdiction, jurisdiction)
    if related is not None:
        ctx.add(section, event, KG.relatedEvent, related)
    if date is not None:
        ctx.add_date(section, event, date, line=sentence.line)
    ctx.add(section, event, KG.verbatim, Literal(" ".join(sentence.text.split())))
    ctx.extracted(section, f"legal event: {label}" + (f", {date.edtf}" if date else ""))
    return event


def war_event(ctx: IngestContext, section: Section, sentence: Sentence) -> URIRef | None:
    """'the war in Afghanistan (1979-1989)'."""
    match = _WAR.search(sentence.text)
    if not match:
        return None
    places = ctx.find_places(match["place"], demonyms=False).places
    try:
        date = from_edtf(f"{match['a']}/{match['b']}", "range", f"{match['a']}-{match['b']}")
    except DateError as error:
        ctx.problem(section, sentence.line, str(error), Severity.ERROR)
        return None
    place_part = str(places[0]).rsplit("/", 1)[-1] if places else slugify(match["place"])
    event = ctx.index.mint(EVENT, f"{date.slug}-{place_part}-{slugify(match['what'])}", ctx.minted)
    label = f"{match['what'][0].upper()}{match['what'][1:]} in {match['place']} ({match['a']}-{match['b']})"  # noqa: E501
    ctx.add(section, event, RDF.type, KG.Event)
    ctx.add_label(section, event, label, "en")
    for place in places[:1]:
        ctx.add(section, event, KG.place, place)
    ctx.add_date(section, event, date, line=sentence.line)
    ctx.add(section, event, KG.verbatim, Literal(" ".join(sentence.text[match.start() :].split())))
    ctx.extracted(section, f"event: {label}")
    return event


def praised_event(ctx: IngestContext, section: Section, sentence: Sentence) -> URIRef | None:
    """'praised the Charlie Hebdo attacks in Paris in January 2015'."""
    match = _PRAISED.search(sentence.text)
    if not match or ctx.subject is None:
        return None
    rest = sentence.text[match.end() :]
    date = first_date(ctx, section, sentence, rest)
    places = ctx.find_places(rest, demonyms=False).places
    what = match["what"].strip()
    event = ctx.index.mint(
        EVENT, f"{date.slug + '-' if date else ''}{slugify(what)}", ctx.minted
    )
    ctx.add(section, event, RDF.type, KG.Event)
    ctx.add_label(section, event, what, "en")
    for place in places[:1]:
        ctx.add(section, event, KG.place, place)
    if date is not None:
        ctx.add_date(section, event, date, line=sentence.line)
    ctx.add(section, event, KG.verbatim, Literal(" ".join(sentence.text[match.start() :].split())))
    ctx.add(section, ctx.subject, KG.praised, event)
    ctx.extracted(section, f"praised: {what}" + (f" ({date.edtf})" if date else ""))
    return event


def trained_with(ctx: IngestContext, section: Section, sentence: Sentence) -> URIRef | None:
    """'… leaders have trained with other terrorist cell leaders, such as Osama bin Laden'."""
    match = _TRAINED.search(sentence.text)
    if not match or ctx.subject is None:
        return None
    person = ctx.person(section, match["p"], sentence.line)
    ctx.add(section, ctx.subject, KG.leadersTrainedWith, person)
    ctx.extracted(section, f"leaders trained with {ctx.short(person)}")
    return person


def _label(ctx: IngestContext, iri: URIRef) -> str:
    return ctx.index.labels.get(iri, {}).get("en", str(iri).rsplit("/", 1)[-1])
