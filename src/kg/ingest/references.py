"""'View References': one kg:Source per numbered entry, in the entry's own graph.

The collection writes Chicago-style notes: `N. Last, First. “Title.” Publisher. Last modified
DATE. Accessed DATE. URL.` with many variations (no author, an organisation as author, an
editor, a series before the publisher, no URL, "Last Modified", "March 27,2015"). The URL loses
its trailing period. Books are written as Chicago's bibliography writes them, the title in
italics and so with no quotes: `Last, First M. Title: Subtitle. City: Publisher, YEAR.`; the
author block then ends at the first full stop that closes a name, the place of publication is
not the publisher, and the year is the date of issue. A death toll in a title ("At least 29
dead") is a figure the source gives for the attack it reports, so it is linked to that attack
when exactly one fits.
"""

from __future__ import annotations

import re
from datetime import timedelta

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.ingest.attacks import add_figure
from kg.ingest.casualties import killed_in_text
from kg.ingest.context import IngestContext, looks_like_organisation, quoted_title
from kg.ingest.dates import DateError, parse_date
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.namespaces import KG, SCHEMA, SOURCE

_URL = re.compile(r"https?://\S+")
_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)]\s*")
# A citation's segments end at ". ", but not after an initial, "U.S" or "St", nor between a
# number's abbreviation and its number ("Report No. 137", "Vol. 4", "pp. 12–19").
_SEGMENT = re.compile(
    r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bSt)"
    r"(?:(?<!\bNo)(?<!\bno)(?<!\bNos)(?<!\bVol)(?<!\bvol)(?<!\bpp)\.\s+|\.\s+(?!\d))"
)
_ACCESSED = re.compile(r"^accessed\s+(?P<d>.+)$", re.I)
_MODIFIED = re.compile(r"^(?:last\s+(?:modified|updated)|updated|published)\s+(?P<d>.+)$", re.I)
_EDITED = re.compile(r"^edited\s+by\s+(?P<names>.+)$", re.I)
# A word of a person's name: "Anna", "M.", "Al-Amin", "de", "van", "O’Neill"
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)*|[A-Z]\.|de|van|von|der|al|bin|ibn|da|di|la|le)[.,]?$")  # noqa: E501
_INITIAL = re.compile(r"^[A-Z]\.,?$")
_PUBLICATION = re.compile(
    r"^(?:(?P<city>[A-Z][\w .’'-]{1,40}?(?:,\s*[A-Z]{2})?):\s+)?(?P<publisher>.+?)"
    r"(?:,\s*(?P<year>(?:1[89]|20)\d\d))?$"
)


def extract_reference(ctx: IngestContext, section: Section) -> None:
    number = section.number or 0
    text = _NUMBER.sub("", section.body, count=1).strip()
    source = ctx.index.mint(SOURCE, f"{ctx.slug}-ref-{number}", ctx.minted)
    ctx.add(section, ctx.graph.document, DCTERMS.references, source)
    ctx.add(section, source, RDF.type, KG.Source)
    ctx.add(section, source, KG.referenceNumber, Literal(number))
    urls = [u.rstrip(".,;") for u in _URL.findall(text)]
    text = _URL.sub(" ", text)
    span = quoted_title(text)
    book = _book(text) if span is None else None
    if book is not None:
        authors_text, title, after = book
        ctx.extracted(section, "a book: the title after the authors, not in quotes")
    elif span is None:
        ctx.problem(
            section, section.start,
            "reference has no title in quotes (“…”); took its first sentence as the title",
        )
        parts = [p.strip() for p in _SEGMENT.split(text) if p.strip()]
        authors_text, title, after = "", (parts[0] if parts else text).rstrip("."), ". ".join(parts[1:])  # noqa: E501
    else:
        authors_text = text[: span[0] - 1].strip().rstrip(".")
        title = text[span[0] : span[1]].strip()
        after = text[span[1] + 1 :]
    ctx.add(section, source, DCTERMS.title, Literal(title, lang="en"))
    ctx.extracted(section, f"source {ctx.short(source)}: “{title}”")
    for creator in _authors(ctx, section, authors_text):
        ctx.add(section, source, DCTERMS.creator, creator)
    publishers: list[str] = []
    modified = None
    for segment in (s.strip(" .") for s in _SEGMENT.split(after)):
        if not segment:
            continue
        if match := _ACCESSED.match(segment):
            date = _date(ctx, section, match["d"])
            if date is not None:
                if date.precision == "day":
                    ctx.add(section, source, KG.accessed, date.literal)
                    ctx.extracted(section, f"accessed {date.edtf}")
                else:
                    ctx.problem(section, section.start, f"accessed date {match['d']!r} is not a full date; not recorded")  # noqa: E501
        elif match := _MODIFIED.match(segment):
            modified = _date(ctx, section, match["d"])
            if modified is not None and modified.literal is not None:
                ctx.add(section, source, DCTERMS.modified, modified.literal)
                ctx.extracted(section, f"last modified {modified.edtf}")
        elif match := _EDITED.match(segment):
            for name in re.split(r"\s+and\s+|\s*,\s*", match["names"]):
                if name.strip():
                    editor = ctx.person(section, name, section.start)
                    ctx.add(section, source, SCHEMA.editor, editor)
                    ctx.extracted(section, f"editor {ctx.short(editor)}")
        else:
            publishers.append(_publisher(ctx, section, source, segment))
    if publishers:
        publisher = ctx.organisation(section, publishers[-1], section.start)
        ctx.add(section, source, DCTERMS.publisher, publisher)
        ctx.extracted(section, f"publisher {ctx.short(publisher)}")
        for series in publishers[:-1]:
            part = ctx.organisation(section, series, section.start)
            ctx.add(section, source, SCHEMA.isPartOf, part)
            ctx.extracted(section, f"part of {ctx.short(part)}")
    for url in urls[:1]:
        ctx.add(section, source, SCHEMA.url, Literal(url, datatype=XSD.anyURI))
        ctx.extracted(section, f"url {url}")
    _figure_in_title(ctx, section, title, modified)


def _book(text: str) -> tuple[str, str, str] | None:
    """(authors, title, the rest) of a book written `Last, First. Title. City: Publisher, YEAR.`;
    None where the text does not open with an inverted person's name (an organisation, a title
    alone), which the first-sentence reading handles as before."""
    split = _inverted_authors(text.strip())
    if split is None or looks_like_organisation(split[0]):
        return None
    parts = [p.strip() for p in _SEGMENT.split(split[1]) if p.strip()]
    if len(parts) < 2:
        return None  # a name and one sentence: nothing tells title from publisher
    return split[0], parts[0].rstrip("."), ". ".join(parts[1:])


def _inverted_authors(text: str) -> tuple[str, str] | None:
    """('Hyde, Anna M.', 'The Long War. …') for a text opening with an inverted person's name
    and any co-authors ("Okafor, Chidi, and Ruth Baines."): the block ends at the first full
    stop that closes a name word, or an initial not followed by another initial."""
    tokens = text.split(" ")
    surname_done = False
    for index, token in enumerate(tokens[:16]):
        if token in ("and", "&") and surname_done:
            continue
        if not _NAME_TOKEN.match(token):
            return None
        if not surname_done:
            surname_done = token.endswith(",")
            if index >= 3 and not surname_done:
                return None  # four words and no comma: not an inverted name
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.endswith(".") and not _INITIAL.match(following) and following:
            authors = " ".join(tokens[: index + 1])
            if not _INITIAL.match(token):
                authors = authors[:-1]  # the full stop closes the block, not a name
            return authors, " ".join(tokens[index + 1 :])
    return None


def _publisher(ctx: IngestContext, section: Section, source: URIRef, segment: str) -> str:
    """'London: Hurst, 2012' → 'Hurst', the year stated as the date of issue; a segment with
    no place and no year ('Stanford University') is the publisher as written."""
    match = _PUBLICATION.match(segment)
    if match is None or not (match["city"] or match["year"]):
        return segment
    if match["year"]:
        ctx.add(section, source, DCTERMS.issued, Literal(match["year"], datatype=XSD.gYear))
        ctx.extracted(section, f"issued {match['year']}")
    return match["publisher"].strip()


def _authors(ctx: IngestContext, section: Section, text: str) -> list[URIRef]:
    """'Filiu, Jean-Pierre' → Jean-Pierre Filiu; 'Karimi, Faith and Sandra Betsis' → two
    persons; 'The Government of the UK' → an organisation."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    if looks_like_organisation(text):
        org = ctx.organisation(section, text, section.start)
        ctx.extracted(section, f"author {ctx.short(org)}")
        return [org]
    names = [n.strip() for n in re.split(r",?\s+and\s+|\s*;\s*|\s*&\s*", text) if n.strip()]
    if names and names[0].count(",") >= 2:
        # "Zenn, Jacob, Atta Barkindo and Nicholas A. Heras": the first author inverted, the
        # others in natural order, all separated by commas
        surname, given, *others = (p.strip() for p in names[0].split(","))
        names = [f"{surname}, {given}", *[o for o in others if o], *names[1:]]
    people = []
    for index, name in enumerate(names):
        if index == 0 and name.count(",") == 1:
            last, first = (p.strip() for p in name.split(","))
            name = f"{first} {last}"
        person = ctx.person(section, name, section.start)
        ctx.extracted(section, f"author {ctx.short(person)}")
        people.append(person)
    return people


def _date(ctx: IngestContext, section: Section, text: str):
    try:
        return parse_date(text)
    except DateError as error:
        ctx.problem(section, section.start, str(error), Severity.ERROR)
        return None


def _figure_in_title(ctx: IngestContext, section: Section, title: str, modified) -> None:
    """'Burkina Faso attack: At least 29 dead' → a killed figure for this profile's one attack
    in Burkina Faso dated shortly before the source."""
    figure = killed_in_text(title)
    if figure is None:
        return
    places = ctx.find_places(title, demonyms=False).places
    candidates = []
    for record in ctx.attacks:
        if not any(p == q or q in ctx.index.ancestors(p) for p in record.places for q in places):
            continue
        if modified is not None and not (
            record.date.latest <= modified.latest
            and modified.earliest - record.date.latest <= timedelta(days=60)
        ):
            continue
        candidates.append(record)
    if len(candidates) != 1:
        ctx.problem(
            section, section.start,
            f"the title gives a toll ({figure.verbatim!r}) but {len(candidates)} attacks of this "
            "profile fit it; not linked",
            Severity.NOTE,
        )
        return
    attack = candidates[0].iri
    local = str(attack).rsplit("/", 1)[-1]
    add_figure(ctx, section, attack, figure, f"{local}-killed-{section.key}")
