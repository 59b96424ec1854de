"""'View References': one kg:Source per numbered entry, in the entry's own graph.

The collection writes Chicago-style notes: `N. Last, First. “Title.” Publisher. Last modified
DATE. Accessed DATE. URL.` with many variations (no author, an organisation as author, an
editor, a series before the publisher, no URL, "Last Modified", "March 27,2015"). The URL loses
its trailing period. Books are written as Chicago's bibliography writes them, the title in
italics and so with no quotes: `Last, First M. Title: Subtitle. City: Publisher, YEAR.`; the
author block then ends at the first full stop that closes a name, the place of publication is
not the publisher, and the year is the date of issue. Other styles (APA, Harvard, MLA,
newspapers, court cases, comma-separated European notes, a bare URL) are told apart by their
shape in `kg.ingest.citations`, which says what each element after the title is; this module
states what it finds. A death toll in a title ("At least 29 dead") is a figure the source gives
for the attack it reports, so it is linked to that attack when exactly one fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.ingest.attacks import add_figure
from kg.ingest.casualties import killed_in_text
from kg.ingest.citations import (
    NAME_CAPITALS,
    SEGMENT,
    Tail,
    author_date,
    case_after_body,
    court_case,
    in_english,
    is_designation,
    is_imprint,
    is_place_of_issue,
    names_an_organisation,
    person_names,
    quotation,
    read_tail,
    strip_footnote_mark,
    table_header,
    table_row,
    volume_editors,
    without_et_al,
)
from kg.ingest.context import IngestContext, looks_like_organisation
from kg.ingest.dates import DateError, parse_date
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.names import normalise_name
from kg.namespaces import KG, SCHEMA, SOURCE

_URL = re.compile(r"https?://\S+")
# the entry's marker: its number, or the bullet of a list written behind bullets
_NUMBER = re.compile(r"^\s*(?:\|?\s*\d{1,3}\s*[.)|]|[-•*–])\s*")
# A word of a person's name: "Anna", "M.", "Al-Amin", "de", "van", "O’Neill"
# a word of a person's name: a capital of any Latin alphabet, then small letters ("Núñez",
# "Ødegård"; never an acronym); an initial; a particle
_NAME_TOKEN = re.compile(
    rf"^(?:[{NAME_CAPITALS}](?:[^\W\d_{NAME_CAPITALS}]|[’'-])+"
    rf"(?:-[{NAME_CAPITALS}](?:[^\W\d_{NAME_CAPITALS}]|[’'-])+)*|[{NAME_CAPITALS}]\.|"
    r"de|van|von|der|al|bin|ibn|da|di|la|le|del|dos|du)[.,]?$"
)
_INITIAL = re.compile(r"^[A-Z]\.,?$")
# the words that join a co-author to the first ("Okafor, Chidi, and Ruth Baines", "Park, Lena,
# with Tomas Reyes": a book written with a second author names both)
_JOINING_AUTHORS = ("and", "&", "with")


def extract_reference(ctx: IngestContext, section: Section) -> None:
    number = section.number or 0
    text = _NUMBER.sub("", section.body, count=1).strip()
    text, marked = strip_footnote_mark(text)
    if marked:
        ctx.extracted(section, "the note's own mark ([n]) before the citation, left out")
    source = ctx.index.mint(SOURCE, f"{ctx.slug}-ref-{number}", ctx.minted)
    ctx.add(section, ctx.graph.document, DCTERMS.references, source)
    ctx.add(section, source, RDF.type, KG.Source)
    ctx.add(section, source, KG.referenceNumber, Literal(number))
    urls = [u.rstrip(".,;") for u in _URL.findall(text)]
    text = _URL.sub(" ", text).strip()
    editors, text = volume_editors(text)
    columns = _table_columns(ctx, section)
    if columns is not None:
        # a table's row: each cell is the part its column's title says, nothing to guess
        cells = table_row(columns, section.body)
        parts = _Parts(cells.get("title", text.strip()), cells.get("authors", ""))
        tail = Tail(accessed=cells.get("accessed"),
                    issued=[cells["issued"]] if "issued" in cells else [],
                    names=[[cells["publisher"]]] if "publisher" in cells else [])
        ctx.extracted(section, "a table's row: each cell read by its column's title")
    else:
        parts = _read_parts(ctx, section, text, urls, editors_first=bool(editors))
        tail = read_tail(parts.after, comma_style=parts.comma_style)
    ctx.add(section, source, DCTERMS.title, Literal(parts.title, lang="en"))
    ctx.extracted(section, f"source {ctx.short(source)}: “{parts.title}”")
    for note in tail.notes:
        ctx.problem(section, section.start, note, Severity.NOTE)
    publishers = tail.publishers
    for creator in _authors(ctx, section, parts.authors, publishers,
                            institution=parts.institution):
        ctx.add(section, source, DCTERMS.creator, creator)
    if tail.accessed is not None:
        date = _date(ctx, section, tail.accessed)
        if date is not None:
            if date.precision == "day":
                ctx.add(section, source, KG.accessed, date.literal)
                ctx.extracted(section, f"accessed {date.edtf}")
            else:
                ctx.problem(section, section.start, f"accessed date {tail.accessed!r} is not a full date; not recorded")  # noqa: E501
    modified = None
    if tail.modified is not None:
        modified = _date(ctx, section, tail.modified)
        if modified is not None and modified.literal is not None:
            ctx.add(section, source, DCTERMS.modified, modified.literal)
            ctx.extracted(section, f"last modified {modified.edtf}")
    for role, names in ((SCHEMA.editor, [*editors, *tail.editors]), (SCHEMA.translator, tail.translators)):  # noqa: E501
        for name in names:
            person = ctx.person(section, name, section.start)
            ctx.add(section, source, role, person)
            ctx.extracted(section, f"{'editor' if role == SCHEMA.editor else 'translator'} {ctx.short(person)}")  # noqa: E501
    _issued(ctx, section, source, [*parts.issued, *tail.issued])
    for name in publishers:
        publisher = ctx.organisation(section, name, section.start)
        ctx.add(section, source, DCTERMS.publisher, publisher)
        ctx.extracted(section, f"publisher {ctx.short(publisher)}")
    for series in tail.series:
        part = ctx.organisation(section, series, section.start)
        ctx.add(section, source, SCHEMA.isPartOf, part)
        ctx.extracted(section, f"part of {ctx.short(part)}")
    for url in urls[:1]:
        ctx.add(section, source, SCHEMA.url, Literal(url, datatype=XSD.anyURI))
        ctx.extracted(section, f"url {url}")
    _figure_in_title(ctx, section, parts.title, modified)


def _table_columns(ctx: IngestContext, section: Section) -> list[str] | None:
    """The columns of the table of references this entry is a row of (its header, the first
    row of column titles in the references section), or None if the entry is no table row."""
    if "|" not in section.body:
        return None
    parent = ctx.layout.get("references")
    for line in (parent.body if parent is not None else "").splitlines():
        if "|" in line and (header := table_header(line)) is not None:
            return header
    return None


@dataclass
class _Parts:
    """A citation's author block, title and what follows the title, told apart by its style."""

    title: str
    authors: str = ""
    after: str = ""
    comma_style: bool = False
    issued: list[str] = field(default_factory=list)
    institution: bool = False  # the author block names a body, whatever its words


def _read_parts(
    ctx: IngestContext, section: Section, text: str, urls: list[str], *, editors_first: bool
) -> _Parts:
    """Which style wrote the line decides where the title is: a quotation; a court case's name;
    the title after an APA or Harvard year; a book after a person or an organisation; after a
    volume's editors, its first sentence; else the first sentence, with a warning."""
    if not text.strip(" .,;"):
        ctx.problem(section, section.start, "the reference is only a URL: the URL is its title; no author or publisher stated", Severity.NOTE)  # noqa: E501
        return _Parts(title=urls[0] if urls else section.body.strip())
    if (case := court_case(text)) is not None:
        if case.rest:
            ctx.extracted(section, "a court case named first: the case's name is the title (a citation after it only locates it), the elements after it read as usual")  # noqa: E501
            # the full date among the elements, if any, is the date of issue; else the year
            dated = read_tail(case.rest).issued
            issued = [] if dated or not case.year else [case.year]
            return _Parts(title=case.title, after=case.rest, issued=issued)
        ctx.extracted(section, f"a court case: the court ({case.court!r}) and the docket are kept in the citation, not stated as a publisher")  # noqa: E501
        return _Parts(title=case.title, issued=[case.year])
    if (bodied := case_after_body(text)) is not None:
        body, case = bodied
        ctx.extracted(section, f"a court's case: the court ({body!r}) wrote it, the case is the "
                               "title, the elements after it read as usual")
        return _Parts(title=case.title, authors=body, after=case.rest, institution=True)
    dated = author_date(text)
    issued: list[str] = []
    if dated is not None:
        ctx.extracted(section, "author-date style: the year after the authors is the date of issue")
        issued = [] if dated.date == "n.d." else [re.sub(r"(?<=\d)[a-z]$", "", dated.date)]
        quoted = quotation(dated.rest)
        if quoted is None:
            segments = [p.strip() for p in SEGMENT.split(dated.rest) if p.strip()]
            return _Parts(segments[0].rstrip("."), dated.authors, ". ".join(segments[1:]), issued=issued)  # noqa: E501
        return _quoted_parts(dated.rest, quoted, authors=dated.authors, issued=issued)
    quoted = quotation(text)
    book = _book(text)
    if quoted is not None and book is not None and _quotes_inside(book[1]):
        # "Koehler, Daniel. The Rise of the “Lake Front” in Chad. London: …": a quoted phrase
        # inside a book's unquoted title is part of the title, not the title
        ctx.extracted(section, "a book: the title after the authors, a quoted phrase inside it")
        return _Parts(book[1], book[0], book[2])
    if quoted is not None:
        return _quoted_parts(text, quoted)
    book = book or _organisation_book(text)
    if book is not None:
        ctx.extracted(section, "a book: the title after the authors, not in quotes")
        return _Parts(book[1], book[0], book[2])
    if (document := _numbered_document(text)) is not None:
        ctx.extracted(section, "a body's numbered document: the body, then the document's "
                               "name with its date and number as the title")
        return document
    if (document := _issued_report(text)) is not None:
        ctx.extracted(section, "a body's report: the body, then the report's title, then the "
                               "city it was issued in and the date (no publisher)")
        return document
    if editors_first:
        ctx.extracted(section, "an edited volume: the title after its editors")
    else:
        ctx.problem(
            section, section.start,
            "reference has no title in quotes (“…”); took its first sentence as the title",
        )
    segments = [p.strip() for p in SEGMENT.split(text) if p.strip()]
    return _Parts((segments[0] if segments else text).rstrip("."), "", ". ".join(segments[1:]))


def _quoted_parts(
    text: str, quoted: tuple[int, int, int, int], *, authors: str | None = None,
    issued: list[str] | None = None,
) -> _Parts:
    """The quotation is the title; before it the authors, after it the rest. A comma right
    after the closing mark (or just inside it) means the note separates its elements by
    commas ('“Title”, Series, Publisher')."""
    opening, start, end, closing = quoted
    title = text[start:end].strip()
    after = text[closing:]
    subtitle = _SUBTITLE_AFTER_QUOTE.match(after)
    if subtitle is not None and not re.search(r"[.!?,;:]$", title):
        # "“They Came To Kill”: Atrocities in …": a quoted phrase that opens the title, its
        # subtitle after a colon or a dash up to the end of the sentence
        rest = after[subtitle.end():]
        cut = SEGMENT.search(rest)
        stop = cut.start() if cut else len(rest.rstrip(" ."))
        title = text[opening : closing + subtitle.end() + stop].strip()
        after = rest[stop:]
    comma_style = after.lstrip().startswith(",") or title.endswith(",")
    title = title.rstrip(",").strip()
    if authors is None:
        authors = text[:opening]
    return _Parts(title, authors.strip().strip(",;").strip(), after, comma_style, list(issued or []))  # noqa: E501


# a subtitle right after the closing mark, behind a colon or a spaced dash
_SUBTITLE_AFTER_QUOTE = re.compile(r"\s?(?::|\s[–—])\s+(?=[A-Z0-9“\"«‘'])")


def _issued(ctx: IngestContext, section: Section, source: URIRef, dates: list[str]) -> None:
    """The first date of issue the citation gives, at its own precision."""
    for text in dates:
        try:
            date = parse_date(in_english(text))
        except DateError:
            ctx.problem(section, section.start, f"date of issue {text!r} not read; kept in the citation", Severity.NOTE)  # noqa: E501
            continue
        if date.literal is not None:
            ctx.add(section, source, DCTERMS.issued, date.literal)
            ctx.extracted(section, f"issued {date.edtf}")
            return


def _book(text: str) -> tuple[str, str, str] | None:
    """(authors, title, the rest) of a book written `Last, First. Title. City: Publisher, YEAR.`;
    None where the text does not open with an inverted person's name (an organisation, a title
    alone), which the first-sentence reading handles as before."""
    split = _inverted_authors(text.strip())
    if split is None or looks_like_organisation(split[0]):
        return None
    parts = [p.strip() for p in SEGMENT.split(split[1]) if p.strip()]
    if len(parts) < 2:
        return None  # a name and one sentence: nothing tells title from publisher
    return split[0], parts[0].rstrip("."), ". ".join(parts[1:])


def _quotes_inside(title: str) -> bool:
    """A quotation that opens inside the title, after words of its own."""
    quoted = quotation(title)
    return quoted is not None and quoted[0] > 0 and bool(title[: quoted[0]].strip())


# a name written as an author: capitalised words (a connector between), no digit, no quote
_BODY = re.compile(r"^[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:of|for|de|der|des|du|la|the|and|für)\s+)?"
                   r"(?:[dl][’'])?[A-ZÀ-Þ][\w’'.-]*){0,5}$")


def _numbered_document(text: str) -> _Parts | None:
    """`Body. Document of DATE, No. N. Accessed DATE.` with no quotes — a court's judgment, a
    parliament's paper ("Higher Court of Lyon. Judgment of 3 May 2012, No. 12/345."): the
    title is the sentence that names the document with its date and ends with its number; the
    body before it is its author, an institution (a person writes no judgment with a file
    number). None for any other shape."""
    segments = [p.strip() for p in SEGMENT.split(text) if p.strip()]
    if len(segments) < 2 or not _BODY.match(segments[0].rstrip(".")):
        return None
    elements = _elements_of(segments[1].rstrip("."))
    if len(elements) < 2 or not is_designation(elements[-1]):
        return None
    if not any(_YEAR_IN.search(e) for e in elements[:-1]):
        return None
    return _Parts(segments[1].rstrip("."), segments[0].rstrip("."), ". ".join(segments[2:]),
                  institution=True)


_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# the words a body's long name joins its capitalised words with: "Presidential Commission of
# Inquiry to Investigate and Inquire into the Easter Sunday Attacks", "Comisión Nacional de
# Verdad y Reconciliación"
_BODY_CONNECTORS = {"of", "for", "and", "on", "to", "into", "the", "in", "de", "del", "la", "y",
                    "et", "du", "des", "für", "&"}


def _issued_report(text: str) -> _Parts | None:
    """`Body. Title. City, DATE.` with no quotes — a commission's or a ministry's report
    ("National Commission of Inquiry. Final Report. Nairobi, 2 May 2014."): the body is its
    author, an institution; the second sentence its title; the city it was issued in is no
    publisher. The body must name an organisation (`names_an_organisation`) with every word
    capitalised or a connector, and the city be a large city the gazetteer knows; None for
    any other shape."""
    segments = [p.strip() for p in SEGMENT.split(text) if p.strip()]
    if len(segments) != 3:
        return None
    body, title, issued = (segment.rstrip(".") for segment in segments)
    words = body.split()
    if not names_an_organisation(body) or not words[0][:1].isupper() or not all(
            w[:1].isupper() or w in _BODY_CONNECTORS for w in words):
        return None
    elements = _elements_of(issued)
    if len(elements) < 2 or not title[:1].isupper() or not is_place_of_issue(elements[0]):
        return None
    if not is_designation(issued.split(",", 1)[1]):
        return None  # "Colombo, January 31, 2021": a date after the city, nothing else
    return _Parts(title, body, issued, institution=True)


def _elements_of(segment: str) -> list[str]:
    return [e.strip() for e in segment.split(",") if e.strip()]


def _inverted_authors(text: str) -> tuple[str, str] | None:
    """('Hyde, Anna M.', 'The Long War. …') for a text opening with an inverted person's name
    and any co-authors ("Okafor, Chidi, and Ruth Baines."): the block ends at the first full
    stop that closes a name word, or an initial not followed by another initial."""
    tokens = text.split(" ")
    surname_done = False
    # a co-author is written in natural order ("… with K. Odu"): the block cannot end on an
    # initial of theirs before the surname that follows it
    awaiting_surname = False
    for index, token in enumerate(tokens[:16]):
        if token in _JOINING_AUTHORS and surname_done:
            awaiting_surname = True
            continue
        if not _NAME_TOKEN.match(token):
            return None
        if not surname_done:
            surname_done = token.endswith(",")
            if index >= 3 and not surname_done:
                return None  # four words and no comma: not an inverted name
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if awaiting_surname and _INITIAL.match(token):
            continue
        awaiting_surname = False
        if token.endswith(".") and not _INITIAL.match(following) and following:
            authors = " ".join(tokens[: index + 1])
            if not _INITIAL.match(token):
                authors = authors[:-1]  # the full stop closes the block, not a name
            return authors, " ".join(tokens[index + 1 :])
    return None


def _organisation_book(text: str) -> tuple[str, str, str] | None:
    """(author, title, the rest) of `Organisation. Title. City: Publisher, YEAR.`: a report or
    book by an organisation, its title unquoted. Only when the title is one sentence between the
    author and the imprint (a report number may stand between): otherwise nothing tells where
    the title ends, and the first-sentence reading is kept."""
    parts = [p.strip() for p in SEGMENT.split(text) if p.strip()]
    if len(parts) < 3:
        return None
    author = parts[0].rstrip(".")
    if not (looks_like_organisation(author) or names_an_organisation(author)):
        return None
    imprint = next((i for i in range(2, len(parts)) if is_imprint(parts[i])), None)
    if imprint is None or not all(is_designation(p) for p in parts[2:imprint]):
        return None
    return author, parts[1].rstrip("."), ". ".join(parts[2:])


def _authors(
    ctx: IngestContext, section: Section, text: str, publishers: list[str] | None = None,
    *, institution: bool = False,
) -> list[URIRef]:
    """'Filiu, Jean-Pierre' → Jean-Pierre Filiu; 'Karimi, Faith and Sandra Betsis' → two
    persons; 'Park, L. J., & Reyes, T.' → two persons; 'The Government of the UK', 'Human Rights
    Watch' → an organisation, the same one as a publisher of that name."""
    text = text.strip().strip(",;").strip().rstrip(".")
    if not text:
        return []
    text, incomplete = without_et_al(text)
    if incomplete:
        ctx.problem(section, section.start, "the author list ends with 'et al.': only the authors named are stated", Severity.NOTE)  # noqa: E501
    publisher_keys = {normalise_name(p) for p in publishers or []}
    natural_order = "," not in text and not re.search(r"\s(?:and|&)\s", text)
    if (
        institution
        or looks_like_organisation(text)
        or normalise_name(text) in publisher_keys
        or (natural_order and len(text.split()) >= 2 and names_an_organisation(text))
        # "Analytical Support and Sanctions Monitoring Team": an "and" inside one body's name
        or ("," not in text and names_an_organisation(text.split()[-1]))
    ):
        org = ctx.organisation(section, text, section.start)
        ctx.extracted(section, f"author {ctx.short(org)}")
        return [org]
    names = person_names(text)
    people = []
    for name in names:
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
