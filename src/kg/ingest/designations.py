"""Designations as data: who lists the group as terrorist, on which list, since when, and any
delisting, read from the profile's own sentences into `kg:Designation` nodes.

    The U.S. State Department designated the group a Foreign Terrorist Organization in 2013.
    It was added to the UN Security Council's sanctions list in 2012.
    The group was proscribed by the United Kingdom in 2001 and delisted in 2018.

`read_designations` reads one sentence into `DesignationReading`s (a pure function, so the
wordings are tested on their own); `extract_designations` states them in the section's graph,
every node with the sentence's words as `kg:verbatim`, like every other fact. Only what the
sentence says is recorded: an authority the text does not name is left out (a Foreign
Terrorist Organization is a U.S. list, but the profile did not say who listed it), and a
sentence that names a list or an authority without a date still gives a designation, undated.
A delisting sentence ("was delisted in 2018") completes the designation the profile named
before it (by the same authority, if it names one); with none to complete it is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, Literal, URIRef

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import DateError, PartialDate, find_dates
from kg.ingest.names import slugify
from kg.ingest.sections import Section
from kg.namespaces import DATE_PRECISION, DESIGNATION, KG

# Authorities the profiles name in several ways, by one name each (the name an analyst looks
# for); any other is kept as the text names it.
_AUTHORITIES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:U\.?\s?S\.?|United States|American)\s+(?:State Department|Department of State)"
                r"|(?:State Department|Department of State)", re.I),
     "United States Department of State"),
    (re.compile(r"(?:U\.?\s?S\.?|United States|American)\s+(?:Treasury|Department of the Treasury)"
                r"|Treasury Department|Department of the Treasury", re.I),
     "United States Department of the Treasury"),
    (re.compile(r"(?:the\s+)?(?:U\.?\s?N\.?|United Nations)\s+Security Council(?:'s|’s)?|UNSC",
                re.I), "United Nations Security Council"),
    (re.compile(r"(?:U\.?\s?N\.?|United Nations)", re.I), "United Nations"),
    (re.compile(r"(?:U\.?\s?K\.?|United Kingdom|British(?:\s+government)?|Britain)"
                r"(?:'s|’s)?(?:\s+Home Office)?|Home Office", re.I), "United Kingdom"),
    (re.compile(r"(?:U\.?\s?S\.?|United States|American)(?:\s+government)?", re.I),
     "United States"),
    (re.compile(r"(?:European Union|EU)\b", re.I), "European Union"),
    (re.compile(r"Canad(?:a|ian government)|Public Safety Canada", re.I), "Canada"),
    (re.compile(r"Australi(?:a|an government)", re.I), "Australia"),
]

# The verbs of listing. The list's own name, when given, follows "as (a/an)" or "to the … list".
_LISTED = (
    r"(?:designated|re-?designated|listed|proscribed|banned|outlawed|sanctioned|blacklisted"
    r"|added)"
)
_DESIGNATION = re.compile(rf"\b{_LISTED}\b", re.I)
_DELISTED = re.compile(
    r"\b(?:de-?listed|de-?proscribed|removed\s+(?:it\s+|the\s+group\s+)?from\s+(?:the|its)\s+"
    r"(?:[\w’'().-]+\s+){0,6}?list|revoked\s+(?:its|the)\s+(?:[\w-]+\s+)?designation"
    r"|(?:designation|listing)\s+was\s+(?:revoked|lifted))\b",
    re.I,
)
_LIST_AS = re.compile(
    r"(?:\bas\s+(?:an?\s+|one\s+of\s+(?:its\s+)?)?|\ban?\s+)(?P<list>(?:Specially\s+Designated\s+Global\s+"
    r"Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ations?|terrorist\s+(?:organi[sz]ations?|"
    r"entit(?:y|ies)|group)|proscribed\s+(?:terrorist\s+)?organi[sz]ations?)"
    r"(?:\s+\((?:FTO|SDGT)\))?)",
    re.I,
)
_LIST_TO = re.compile(
    r"\b(?:to|on)\s+(?:the\s+)?(?:[\w.’']+\s+){0,4}?(?P<list>(?:[\w’'()-]+\s+){0,5}?"
    r"(?:sanctions?|terrorist|terror|proscription)\s+list)",
    re.I,
)
_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,6}"
"""A proper name of a few capitalised words, 'of the' and the like between them."""
_BY = re.compile(rf"\bby\s+(?:the\s+)?(?P<who>{_NAME})")
# between the listing verb and its "by": a stop, a bracket, a semicolon or another verb in the
# past ("formed … and led by X") means the "by" is another clause's agent, never the authority
_OTHER_CLAUSE = re.compile(r"[.;()\[\]]|\b(?!designated\b|listed\b)[a-z]{3,}ed\b(?=\s+by\b)"
                           r"|\b(?:led|run|founded|formed|headed|created|commanded)\b")
_AUTHORITY_FIRST = re.compile(
    rf"^\s*(?:In\s+(?:[^,]{{1,40}},|(?:(?:early|late|mid-?)\s*)?\w+\s+\d{{4}})\s*)?"
    rf"(?:the\s+)?(?P<who>{_NAME})\s+"
    rf"(?:has\s+|had\s+|formally\s+|officially\s+)?{_LISTED}",
)


@dataclass(frozen=True)
class DesignationReading:
    """One listing a sentence states: by whom (None if the sentence does not say), on which
    list (None if not named), when, and when the group was taken off it (if the sentence
    says)."""

    authority: str | None
    list_name: str | None
    date: PartialDate | None
    delisted: PartialDate | None = None


def authority_name(text: str) -> str | None:
    """One name for an authority however the text writes it ('the U.S. State Department',
    'the UN Security Council', 'Britain'); a name outside the table as written."""
    text = " ".join(text.split()).strip(" ,.;:’'")
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"(?:'s|’s)$", "", text)
    if not text:
        return None
    for pattern, name in _AUTHORITIES:
        if pattern.fullmatch(text):
            return name
    return text if text[0].isupper() else None


def _authority_in(text: str) -> str | None:
    """The first authority of the table the text names, as a whole word: "UN" is no part of
    "Union" or "until"."""
    for pattern, name in _AUTHORITIES:
        for match in pattern.finditer(text):
            if not (text[match.start() - 1 : match.start()].isalnum()
                    or text[match.end() : match.end() + 1].isalnum()):
                return name
    return None


def _dates(text: str) -> list[tuple[int, int, PartialDate]]:
    try:
        return find_dates(text)
    except DateError:
        return []


_CONTEXT = re.compile(
    r"terror|proscri|blacklist|\blist|\bsanctions\b|Security Council|Treasury", re.I
)
"""A listing verb counts only beside these words: 'designated a new emir' is no listing."""
_PRONOUNS = {"it", "the group", "group", "they", "he", "she", "this", "which"}


def read_designations(text: str) -> list[DesignationReading]:
    """The designation (and any delisting) one sentence states; [] if it states none."""
    listing = _DESIGNATION.search(text)
    delisting = _DELISTED.search(text)
    if listing is not None and delisting is not None and (
        delisting.start() <= listing.start() <= delisting.end()
    ):
        listing = None  # "removed from the sanctions list": no listing of its own
    if listing is not None and not _CONTEXT.search(text):
        listing = None
    if listing is None and delisting is None:
        return []
    dates = _dates(text)

    def first_date(start: int, end: int) -> PartialDate | None:
        return next((value for at, _, value in dates if start <= at < end), None)

    if listing is None:
        assert delisting is not None
        by = _BY.search(text, delisting.end())
        who = authority_name(by.group("who")) if by else _authority_in(text)
        delisted = first_date(delisting.start(), len(text)) or first_date(0, len(text))
        return [DesignationReading(who, None, None, delisted)]
    # the listing's words end where a later delisting starts ("… in 2001 and delisted in 2018")
    end = delisting.start() if delisting is not None and delisting.start() > listing.start() else len(text)  # noqa: E501
    listed = text[:end]
    authority = None
    by = _BY.search(listed, listing.end())
    if by is not None and _OTHER_CLAUSE.search(listed, listing.end(), by.start("who")):
        by = None  # "… designated it in 2011. (… formed in 2013 and led by X)": another verb's
    first = _AUTHORITY_FIRST.search(listed)
    if by is not None:
        authority = authority_name(by.group("who"))
    if authority is None and first is not None:
        who = first.group("who").strip()
        if who.casefold() not in _PRONOUNS:
            authority = authority_name(who)
    if authority is None:
        authority = _authority_in(listed)
    found = _LIST_AS.search(listed) or _LIST_TO.search(listed)
    if found is not None:
        list_name = _clean_list(found.group("list"))
    elif re.search(r"\bproscri", listed, re.I):
        list_name = "proscribed organisations"
    elif re.search(r"\bsanction", listed, re.I):
        list_name = "sanctions list"
    else:
        list_name = None
    delisted = first_date(end, len(text)) if delisting is not None and end < len(text) else None
    return [DesignationReading(authority, list_name, first_date(0, end), delisted)]


def _clean_list(text: str) -> str:
    text = " ".join(text.split()).strip(" ,.;")
    text = re.sub(r"\s*\((?:FTO|SDGT)\)$", "", text)
    text = re.sub(r"^(?:the|its)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:U\.?\s?N\.?|United Nations)\s+Security Council(?:'s|’s)?\s+", "", text)
    text = re.sub(r"s$", "", text) if re.search(r"(?:Organi[sz]ations|Terrorists)$", text) else text
    return text[:1].upper() + text[1:] if text.islower() is False else text


def extract_designations(ctx: IngestContext, section: Section) -> None:
    """State the designations the section's sentences give, in its graph; a sentence another
    reader reported as not understood is taken off that list once read here."""
    if ctx.subject is None:
        return
    report = ctx.reports.get(section.key)
    for sentence in ctx.sentences(section):
        readings = read_designations(sentence.text)
        for reading in readings:
            _state(ctx, section, sentence, reading)
        if readings and report is not None:
            report.not_understood = [
                item for item in report.not_understood if item[0] != sentence.line
                or item[1] != sentence.text
            ]


_LAST = "_last_designations"


def _state(
    ctx: IngestContext, section: Section, sentence: Sentence, reading: DesignationReading
) -> None:
    words = Literal(" ".join(sentence.text.split()))
    earlier: list[tuple[URIRef, str | None]] = ctx.__dict__.setdefault(_LAST, [])
    if reading.list_name is None and reading.date is None and reading.delisted is not None:
        # a delisting alone completes the designation named before it
        for node, authority in reversed(earlier):
            if reading.authority in (None, authority):
                ctx.add(section, node, KG.delisted, _date_literal(reading.delisted), sentence.line)
                ctx.extracted(section, f"delisted {reading.delisted.edtf}")
                return
        ctx.problem(
            section, sentence.line,
            f"a delisting ({reading.delisted.edtf}) but no designation before it to complete; "
            "add the designation it ends (who listed the group, on which list, when)",
        )
        return
    subject_local = str(ctx.subject).rsplit("/", 1)[-1]
    parts = [subject_local, slugify(reading.authority or reading.list_name or "listing")]
    if reading.date is not None:
        parts.append(reading.date.slug)
    node = ctx.index.mint(DESIGNATION, "-".join(parts), ctx.minted)
    ctx.add(section, node, RDF.type, KG.Designation)
    ctx.add(section, node, KG.designatedOrganisation, ctx.subject)
    if reading.authority is not None:
        authority = ctx.organisation(section, reading.authority, sentence.line)
        ctx.add(section, node, KG.designatedBy, authority)
    if reading.list_name is not None:
        ctx.add(section, node, KG.listName, Literal(reading.list_name))
    if reading.date is not None:
        literal = reading.date.literal
        if literal is not None:
            ctx.add(section, node, KG.date, literal, sentence.line)
        ctx.add(section, node, KG.edtf, Literal(reading.date.edtf))
        ctx.add(section, node, KG.earliest, Literal(reading.date.earliest))
        ctx.add(section, node, KG.latest, Literal(reading.date.latest))
        ctx.add(section, node, KG.datePrecision, DATE_PRECISION[reading.date.precision])
    if reading.delisted is not None:
        ctx.add(section, node, KG.delisted, _date_literal(reading.delisted), sentence.line)
    ctx.add(section, node, KG.verbatim, words)
    earlier.append((node, reading.authority))
    ctx.extracted(
        section,
        f"designation by {reading.authority or 'an authority the text does not name'}"
        + (f" as {reading.list_name}" if reading.list_name else "")
        + (f" in {reading.date.edtf}" if reading.date else "")
        + (f", delisted {reading.delisted.edtf}" if reading.delisted else ""),
    )


def _date_literal(value: PartialDate) -> Literal:
    return value.literal if value.literal is not None else Literal(value.edtf)
