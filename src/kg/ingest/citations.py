"""The parts of one citation line, read from the line's shape: which style wrote it, where its
title is, and what each element after the title is.

Reference lists mix styles: Chicago notes (`Last, First. “Title.” Publisher. Accessed DATE.`),
Chicago bibliography books (`Last, First. Title. City: Publisher, YEAR.`), the same with an
organisation as author, APA (`Last, F. (YEAR). Title. Publisher.`), Harvard (`Last, F. (YEAR)
Title. City: Publisher.`), MLA and newspapers (`“Title.” Journal, vol. 4, no. 2, 2015, pp. 1–9.`,
`“Title.” The Daily Star, 2 May 2015.`), European comma-separated notes (`Org, «Title», Series
N°254, 12 October 2017.`), court cases (`United States v. Smith, No. 12-cr-345 (S.D.N.Y.
2013).`) and a bare URL. Each is told by its shape, never by its words.

After the title every element is one of: an access or modification date, editors or a
translator, a date of issue, a place: publisher imprint, a locator (volume, issue, pages), a
document identifier or numbered report ("Africa Report N°254", "QDe.088": the series such a
number belongs to is not a publisher), a genre in lower case ("press release"), a containing
work ("In Title, edited by …"), or a name. The last name is the publisher; names before it are
series. Where the parts cannot be told apart nothing is stated: the verbatim citation is kept
by the reference's section, and `notes` says what was set aside and why, for the review.

Pure text in, parts out: `kg.ingest.references` turns them into RDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.dates import DateError, parse_date

# ---------------------------------------------------------------------------------------------
# Segments and elements

# A citation's segments end at ". ", but not after an initial, "U.S" or "St", nor between a
# number's abbreviation and its number ("Report No. 137", "Vol. 4", "pp. 12–19", "sec. 2").
# A day's ordinal full stop before its month and year, after a comma or a short word in lower
# case ("vom 11. Juli 2018", "den 3. maj 2015", "Bericht, 3. März 2015": German and the Nordic
# languages write a date so) ends no segment; nor do "Nr.", "Az." or "Bd." before their number
# (a document's number, its file reference, a volume). "Studies 11. May 2015" is split as before.
_ORDINAL_DATE = (
    r"\.\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|maj|mai|juni|"
    r"juli|okt|dezember|des|dez)[a-zäöü]*\.?\s+(?:1[6-9]|20)\d\d\b"
)
_BEFORE_ORDINAL = (r"\s[a-zäöü]{2}\s", r"\s[a-zäöü]{3}\s", r",\s")
_NOT_AN_ORDINAL_DATE = "".join(
    rf"(?!(?<={word}{digits}){_ORDINAL_DATE})"
    for word in _BEFORE_ORDINAL for digits in (r"\d", r"\d\d")
)
SEGMENT = re.compile(
    # "Smith v. Jones": the "v." of a case's parties ends no sentence
    r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bSt)(?<!\bp)(?<!\bv)(?<!\bvs)"
    + _NOT_AN_ORDINAL_DATE
    + r"(?:(?<!\bNo)(?<!\bno)(?<!\bNos)(?<!\bVol)(?<!\bvol)(?<!\bpp)(?<!\bsec)(?<!\bch)"
    r"(?<!\bpt)(?<!\bart)(?<!\bNr)(?<!\bAz)(?<!\bBd)\.\s+|\.\s+(?!\d))"
)
_ACCESSED = re.compile(
    r"^(?:accessed|retrieved|consulted)\s+(?:on\s+)?(?P<d>.+?)(?:,?\s+from)?$"
    # the same in the languages the collection cites: "Consulté le 1er octobre 2015",
    # "Consultado el 4 de mayo de 2019", "Abgerufen am 3. Mai 2018", "Consultato il …"
    r"|^(?:consult[ée]e?\s+le|consultad[oa]\s+(?:el|em|en)|abgerufen\s+am|consultato\s+il|"
    r"acc?edido\s+(?:el|em))\s+(?P<f>.+)$",
    re.I,
)
# APA's "Retrieved from <URL>" (the URL already taken out): no date to read
_RETRIEVED_FROM = re.compile(r"^(?:retrieved|available)\s+(?:from|at)$", re.I)
_MODIFIED = re.compile(r"^(?:last\s+(?:modified|updated)|updated|published)\s+(?:on\s+)?(?P<d>.+)$", re.I)  # noqa: E501
_EDITED = re.compile(r"^(?:edited|ed\.)\s+by\s+(?P<names>.+)$", re.I)
_TRANSLATED = re.compile(r"^(?:translated|trans\.)\s+by\s+(?P<names>.+)$", re.I)
# "In Armed Groups of Asia, edited by Lena Park, 45–67": the work a chapter sits in
_CONTAINER = re.compile(
    r"^In\s+(?P<work>.+?)(?:,\s*(?:edited|ed\.)\s+by\s+(?P<editors>.+?))?(?:,\s*(?:pp?\.\s*)?\d+\s*[–-]\s*\d+)?$"
)
# "London: Hurst, 2012", "Santa Monica, CA: RAND Corporation", "New York: HRW, September 2001"
_IMPRINT = re.compile(
    r"^(?P<city>[A-Z][\w .’'-]{1,40}?(?:,\s*[A-Z]{2}|,\s*[A-Z][a-z]+)?):\s+(?P<publisher>[^:]+?)"
    r"(?:,\s*(?P<date>[^,:]*\b(?:1[6-9]|20)\d\d\b[^,:]*))?$"
)
# "Journal of Lake Studies 12, no. 3 (2015): 45–67", "Andean Review 4 (2011): 101–30"
_JOURNAL = re.compile(
    r"^(?P<journal>[A-Z][^()]*?\D)\s+\d{1,4}(?:,\s*(?:no|nos|issue)\.?\s*\d+(?:[–/-]\d+)?)?"
    r"\s*\((?P<date>[^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)(?::\s*[\dA-Za-z–-]+(?:\s*[–-]\s*\d+)?)?$"
)
# APA's and Harvard's journal after the year told before the title: "Modern Lake Studies 32
# (3): 689–716", "Andean Review 4(2), 101–30": a journal, its volume, issue and pages, no year
_JOURNAL_ISSUE = re.compile(
    r"^(?P<journal>[A-Z][^()]*?[^\W\d])\s+\d{1,4}\s*\((?!(?:1[6-9]|20)\d\d\))\d{1,4}(?:[–/-]\d{1,4})?\)"
    r"(?:(?::|,)\s*\d+(?:\s*[–-]\s*\d+)?)?$"
)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_BRACKETED_YEAR = re.compile(r"\s*\((?P<d>[^()]*\b(?:1[6-9]|20)\d\d\b[^()]*)\)$")
# vol. 4, no. 2, issue 3, pp. 12–19, p. 4, N° 7, 2nd ed., 7(2)
_LOCATOR = re.compile(
    r"^(?:(?:vols?|nos?|issue|iss|pp?|n[°º]|nr|part|pt|ch|chap|chapter|art|article|section|sec)"
    r"\.?\s*(?:[\dIVXivx]|[A-Z]\d)|\d+\s*\(\d+\)$|\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b|\d+\s*[–-]\s*\d+$)",
    re.I,
)
# one token mixing letters and digits: "QDe.088", "RL33038", "S/2019/570", "GAO-15-123" —
# with a separator, or as many digits as letters ("France24" is a name)
_IDENTIFIER = re.compile(r"^(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9][\w./:-]{2,}$")


# a document's number after the words that name its series or kind, the number written with a
# slash ("Drucksache 17/14600", "Az. 6 St 3/12", "Command Paper 2019/7"): a document number
_SERIES_AND_NUMBER = re.compile(r"^(?:[\w.]+\s+){1,4}\d{1,6}/\d{1,6}$")


def _is_identifier(element: str) -> bool:
    if _SERIES_AND_NUMBER.match(element):
        return True
    if not _IDENTIFIER.match(element):
        return False
    digits = sum(c.isdigit() for c in element)
    return bool(re.search(r"[./:-]", element)) or digits >= sum(c.isalpha() for c in element)


# a series and its number: "Africa Report N°254", "Europe Report No. 220", "IPAC Report No. 38"
_NUMBERED = re.compile(r"^(?P<series>.+?)\s+(?:No\.?|no\.|Nos?\.|N[°º]|Nr\.?|Number|#)\s*\d[\w./-]*$")  # noqa: E501
# a unit and the body it belongs to, written as two comma-separated names: one publisher
_UNIT = re.compile(
    r"^(?:U\.S\.\s+|US\s+|UK\s+)?(?:Bureau|Office|Division|Directorate|Department|Ministry|"
    r"Government|Secretariat|Committee|Subcommittee|Commission|Agency|Service|Unit|Section|"
    r"Branch)\s+(?:of|for|on)\b"
)
# a kind of document, all in lower case ("press release", "fact sheet"); a brand written with a
# capital inside ("detikNews", "openDemocracy") is a name
_GENRE = re.compile(
    r"^[a-z][a-z\s-]*$"
    # the same kinds written in title or sentence case, which name no body: "Media Note",
    # "Press Statement", "Press release", "Police White Paper"
    r"|^(?:[A-Z][a-z]+\s+)?(?i:press\s+(?:release|statement|briefing)|media\s+note|"
    r"fact\s+sheet|white\s+paper|background\s+note|public\s+statement|policy\s+brief|"
    r"news\s+release)$"
)
# a day and its month, or a month alone, with no year: "6 July", "July 6", "September"
_DAY_OR_MONTH = re.compile(
    r"^(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?$", re.I
)
_MONTH_DAY = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$", re.I
)


@dataclass
class Tail:
    """What follows a citation's title, element by element."""

    accessed: str | None = None
    modified: str | None = None
    issued: list[str] = field(default_factory=list)  # dates of issue, as written
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    names: list[list[str]] = field(default_factory=list)  # each: one publisher, or co-publishers
    notes: list[str] = field(default_factory=list)

    @property
    def publishers(self) -> list[str]:
        return self.names[-1] if self.names else []

    @property
    def series(self) -> list[str]:
        return [name for names in self.names[:-1] for name in names]


# month names of the languages the collection cites (French, Spanish, Portuguese, Italian,
# German), for dates of issue written in them ("3 avril 2016", "März 2015")
_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December", "enero": "January", "febrero": "February",
    "marzo": "March", "abril": "April", "mayo": "May", "junio": "June", "julio": "July",
    "agosto": "August", "septiembre": "September", "setiembre": "September",
    "octubre": "October", "noviembre": "November", "diciembre": "December",
    "janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May",
    "junho": "June", "julho": "July", "setembro": "September", "outubro": "October",
    "dezembro": "December", "gennaio": "January", "febbraio": "February", "aprile": "April",
    "maggio": "May", "giugno": "June", "luglio": "July", "settembre": "September",
    "ottobre": "October", "dicembre": "December", "januar": "January", "februar": "February",
    "märz": "March", "juni": "June", "juli": "July", "oktober": "October",
    "dezember": "December",
}  # fmt: skip
_MONTH_WORD = re.compile(r"\b(?P<m>[A-Za-zÀ-ÿ]+)\b")
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|"
                "December")


def in_english(date: str) -> str:
    """'3 avril 2016' → '3 April 2016'; 'de', 'del' between the parts dropped ('4 de mayo de
    2019'); a season to its year ('Spring 2019' → '2019'); an English date unchanged; '2018,
    March 4' (APA) → 'March 4, 2018'."""
    date = _MONTH_WORD.sub(lambda m: _MONTHS.get(m["m"].lower(), m["m"]), date.strip(" .()"))
    date = re.sub(r"\s+(?:de|del)\s+", " ", date)
    # a day's ordinal as French and German write it: "1er octobre", "3. Mai"
    date = re.sub(r"\b(\d{1,2})(?:er|re|\.)(?=\s+[A-Z])", r"\1", date)
    # a magazine's double issue, "July/August 2006": the span of its two months
    date = re.sub(rf"^({_MONTH_NAMES})\s*/\s*(?=(?:{_MONTH_NAMES})\s+(?:1[6-9]|20)\d\d$)",
                  r"\1 to ", date)
    # a season says no more than its year ("Spring 2019" → "2019")
    date = re.sub(r"^(?:Spring|Summer|Autumn|Fall|Winter)\s+(?=(?:1[6-9]|20)\d\d$)", "", date)
    apa = re.fullmatch(r"(?P<y>(?:1[6-9]|20)\d\d),\s*(?P<rest>[A-Z][a-z]+\.?(?:\s+\d{1,2})?)", date)
    return f"{apa['rest']}, {apa['y']}" if apa and re.search(r"\d$", apa["rest"]) else (
        f"{apa['rest']} {apa['y']}" if apa else date
    )


def is_date(text: str) -> bool:
    """'May 2016', 'October 19, 2012', '12 October 2017', '(2012)': a date of issue."""
    text = in_english(text)
    if not _YEAR.search(text):
        return False
    try:
        parse_date(text)
    except DateError:
        return False
    return True


def _elements(segment: str) -> list[str]:
    """A segment split at its commas (not inside brackets), a 'Month D' and its year kept
    together: 'Journal, vol. 4, no. 2, October 19, 2012' → Journal | vol. 4 | no. 2 | the date."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(segment + ","):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(segment[start:index].strip())
            start = index + 1
    joined: list[str] = []
    for part in parts:
        if joined and _MONTH_DAY.match(joined[-1]) and re.fullmatch(r"(?:1[6-9]|20)\d\d", part):
            joined[-1] = f"{joined[-1]}, {part}"
        elif part:
            joined.append(part)
    return joined


# a document named with its date: "Judgment of July 1992", "Decision dated 3 May 2015",
# "Press release of 12 June 2014" (a kind of document and when it was issued, never a name)
_DATED_DOCUMENT = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:of|dated|from|du|del|vom)\s+(?P<date>.+)$"
)


def _dated_document(element: str) -> str | None:
    """The date of a document named with it ('Judgment of July 1992' → 'July 1992')."""
    match = _DATED_DOCUMENT.match(element)
    return match["date"] if match is not None and is_date(match["date"]) else None


def _kind(element: str) -> str:
    if is_date(element):
        return "date"
    if _dated_document(element) is not None:
        return "dated document"
    if _LOCATOR.match(element):
        return "locator"
    if _is_identifier(element):
        return "identifier"
    if _GENRE.match(element):
        return "genre"
    return "name"


def read_tail(after: str, *, comma_style: bool = False) -> Tail:
    """The elements after a title. In a comma-separated note each element between commas is
    one part ('Mapping Militant Organizations, Stanford University': a series, then the
    publisher); in a note written in sentences a segment is one name with its date, locators or
    identifier peeled off its end ('U.S. Department of State, Bureau of Counterterrorism' is one
    publisher, 'Human Rights Watch, September 2001' a publisher and a date)."""
    tail = Tail()
    for segment in (s.strip(" .,;") for s in SEGMENT.split(after.strip(" .,;"))):
        if not segment:
            continue
        if _RETRIEVED_FROM.match(segment):
            continue
        if match := _ACCESSED.match(segment):
            tail.accessed = in_english(match["d"] or match["f"])
        elif match := _MODIFIED.match(segment):
            tail.modified = match["d"]
        elif match := _EDITED.match(segment):
            tail.editors += split_names(match["names"])
        elif match := _TRANSLATED.match(segment):
            tail.translators += split_names(match["names"])
        elif match := _CONTAINER.match(segment):
            if match["editors"]:
                tail.editors += split_names(match["editors"])
            tail.notes.append(f"{segment!r}: the work this one is part of, not a publisher")
        elif match := _JOURNAL.match(segment):
            # Chicago's journal article: "Journal 12, no. 3 (2015): 45–67"
            tail.issued.append(match["date"])
            tail.notes.append(f"{segment!r}: a journal, its volume, issue and pages; the journal is the publisher")  # noqa: E501
            tail.names.append([match["journal"].strip()])
        elif match := _JOURNAL_ISSUE.match(segment):
            tail.notes.append(f"{segment!r}: a journal, its volume, issue and pages; the journal is the publisher")  # noqa: E501
            tail.names.append([match["journal"].strip()])
        elif imprints := _imprints(segment):
            for _city, _publisher, date in imprints:
                if date:
                    tail.issued.append(date)
            tail.names.append([publisher for _city, publisher, _date in imprints])
        else:
            _read_elements(tail, segment, comma_style=comma_style)
    return tail


def is_imprint(segment: str) -> bool:
    """'Bogotá: Imprenta Nacional, 2013': a place of publication, its publisher, a date."""
    return bool(_imprints(segment.strip(" .")))


def is_designation(segment: str) -> bool:
    """A numbered report, a document number, a locator or a date: never a title or a name."""
    segment = segment.strip(" .")
    return bool(_NUMBERED.match(segment)) or _kind(segment) in (
        "date", "dated document", "locator", "identifier")


def _imprints(segment: str) -> list[tuple[str, str, str | None]]:
    """'London: Hurst; New York: Oxford University Press, 2012' → two (city, publisher, date)
    imprints; [] unless every part of the segment is one."""
    found = []
    for part in re.split(r"\s*;\s*", segment):
        match = _IMPRINT.match(part.strip())
        if match is None:
            return []
        found.append((match["city"], match["publisher"].strip(), match["date"]))
    return found


def _read_elements(tail: Tail, segment: str, *, comma_style: bool) -> None:
    elements = _elements(segment)
    names: list[str] = []
    if (len(elements) == 2 and _DAY_OR_MONTH.match(elements[1])
            and is_place_of_issue(elements[0])):
        # "Jakarta/Brussels, 6 July": the city of issue and the day, the year given before
        tail.notes.append(f"{segment!r}: the place and day a document was issued, not a "
                          "publisher")
        return
    if not comma_style:
        # peel dates, locators and identifiers off the end; what is left is one name
        peeled: list[tuple[str, str]] = []
        while len(elements) > 1 and _kind(elements[-1]) != "name":
            element = elements.pop()
            peeled.append((element, _kind(element)))
        if len(elements) > 1 and _NUMBERED.match(elements[-1]):
            # "Center for …, Futures Project Case Study Series No. 1": the publisher, then the
            # numbered series it issued the document in (no publisher itself)
            tail.notes.append(f"{elements.pop()!r}: a numbered report or series, not a "
                              "publisher")
        kinds = [kind for _element, kind in peeled]
        rest = ", ".join(elements)
        if _kind(rest) != "name":
            peeled.append((rest, _kind(rest)))
            rest = ""
        for element, kind in reversed(peeled):
            _set_aside(tail, element, kind)
        if rest and "identifier" in kinds:
            tail.notes.append(f"{rest!r}: the series of a document number, not a publisher")
        elif rest and "date" in kinds and is_place_of_issue(rest):
            tail.notes.append(f"{rest!r}: the place a document was issued, not a publisher")
        elif rest:
            names.append(rest)
    else:
        for index, element in enumerate(elements):
            kind = _kind(element)
            following = elements[index + 1] if index + 1 < len(elements) else ""
            if kind != "name":
                _set_aside(tail, element, kind)
            elif following and _kind(following) == "identifier":
                tail.notes.append(f"{element!r}: the series of a document number, not a publisher")
            elif names and _UNIT.match(element):
                names[-1] = f"{names[-1]}, {element}"  # "U.S. Department of State, Bureau of …"
            else:
                names.append(element)
    for name in names:
        name, issued = _bracketed_date(name)
        if issued:
            tail.issued.append(issued)
        if _NUMBERED.match(name):
            tail.notes.append(f"{name!r}: a numbered report or series, not a publisher")
            continue
        if _DAY_OR_MONTH.fullmatch(name):
            # "2 November", "June" after a title whose year the author block gave: the day of
            # issue, never a name
            tail.notes.append(f"{name!r}: the day or month of issue, not a publisher")
            continue
        if _described(name):
            tail.notes.append(f"{name!r}: a sentence that describes the document, not a "
                              "publisher's name")
            continue
        tail.names.append([name])


# the words a name joins its capitalised words with, in the languages the collection cites
_NAME_CONNECTORS = {"of", "for", "and", "on", "to", "in", "the", "at", "de", "del", "des", "du",
                    "la", "le", "les", "el", "y", "et", "und", "für", "di", "da", "do", "dos",
                    "a", "an", "&"}


def _described(name: str) -> bool:
    """'Narrative summary of reasons for listing': a sentence in lower case after its first
    word (three words or more that are neither capitalised nor a name's connectors), which
    describes the document and names no publisher. A name in sentence case opens with a word
    only bodies bear ("Institut français des relations internationales") and stays a name."""
    words = re.findall(r"[^\W\d_][\w’'-]*", name)
    lower = [w for w in words[1:] if w[0].islower() and w.lower() not in _NAME_CONNECTORS]
    return len(lower) >= 3 and not _ORGANISATION_WORDS.search(name)


# a city of issue before a date: "Jakarta/Brussels, 6 July", "Colombo, January 31, 2021"
# (the capitals are NAME_CAPITALS, defined further down with the author-date forms)
_CITY = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ][\w’'-]+"
_CITIES = re.compile(rf"{_CITY}(?:\s{_CITY})?(?:/{_CITY}(?:\s{_CITY})?)*")
# a city large enough that a one-word publisher is not named after it by chance ("Xinhua",
# "Hurst" are towns as well as a news agency and a publisher)
_LARGE_CITY = 100_000
# a city so large that a name it is also known by ("New York", "Mexico City" as "Mexico")
# names it when it stands before a date
_GREAT_CITY = 1_000_000


def is_place_of_issue(name: str) -> bool:
    """Whether the name before a date is the city (or the cities, joined by "/") a report was
    issued in, not its publisher: each is a large city the gazetteer knows by that very name.
    A crisis group writes "Jakarta/Brussels, 6 July"; "Reuters, 5 May 2019" stays a
    publisher."""
    if not _CITIES.fullmatch(name):
        return False
    from kg.gazetteer.search import gazetteer

    places = gazetteer()
    return all(
        any(place.kind == "city" and (
            (place.name == city and place.population >= _LARGE_CITY)
            # "New York" for New York City: a city of millions by a name it is known by
            or (place.population >= _GREAT_CITY and any(alt == city for alt, _ in place.alt_names))
        ) for place in places.named(city))
        for city in name.split("/")
    )


def _bracketed_date(name: str) -> tuple[str, str | None]:
    """'Studies in Conflict & Terrorism (2012)' → the journal and its year."""
    match = _BRACKETED_YEAR.search(name)
    if match is None or not is_date(match["d"]):
        return name, None
    return name[: match.start()].strip(), match["d"]


def _set_aside(tail: Tail, element: str, kind: str) -> None:
    if kind == "date":
        tail.issued.append(element.strip(" ()"))
    elif kind == "dated document":
        tail.issued.append(_dated_document(element) or "")
        tail.notes.append(f"{element!r}: a document and the date it was issued, not a "
                          "publisher")
    elif kind == "locator":
        tail.notes.append(f"{element!r}: a volume, issue or page, not a publisher")
    elif kind == "identifier":
        tail.notes.append(f"{element!r}: a document number, not a publisher")
    else:
        tail.notes.append(f"{element!r}: a kind of document (lower case), not a publisher")


def split_names(text: str) -> list[str]:
    """'Lena Park and Tomas Reyes' → two names."""
    return [n.strip(" .") for n in re.split(r",?\s+and\s+|\s*,\s*|\s*&\s*", text) if n.strip(" .")]


# ---------------------------------------------------------------------------------------------
# Where the title is

_QUOTED = re.compile(r"“(?P<a>.+?)”|\"(?P<b>.+?)\"|«\s*(?P<c>.+?)\s*»|„(?P<d>.+?)[“”]|‹\s*(?P<e>.+?)\s*›")  # noqa: E501
# a note's own mark: "[3]", or the caret an encyclopaedia's note links back with ("^", "^ a b")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\^(?:\s+[a-z](?=\s))*)\s*")
# "United States v. Smith, No. 1:12-cr-345 (S.D.N.Y. 2013)", "Holder v. Humanitarian Law
# Project, 561 U.S. 1 (2010)": a case name, then the docket or report, the court and the year
_COURT = re.compile(
    r"^(?P<case>[A-Z][^,“”\"]{0,80}?\s+v\.?\s+[A-Z][^,“”\"]{0,80}?),\s+(?P<rest>.*?"
    r"[(\[](?P<court>[^()\[\]]*?)\s*(?P<year>(?:1[6-9]|20)\d\d)[)\]].*)$"
)
# APA and Harvard: the author block, then the year in brackets ("(2015).", "(2015, May 2).")
_APA = re.compile(
    r"^(?P<authors>[^“”\"«»()]{2,200}?)\.?\s+\((?P<date>(?:1[6-9]|20)\d\d[a-z]?(?:,\s*[^()]{1,20})?|n\.d\.)\)\.?\s+(?P<rest>.+)$"
)
# an encyclopaedia's citation: the author, then the full date in brackets ("International
# Crisis Group (29 March 2011). “Title”.", "Lena Park (May 2, 2014).")
_WIKI_DATED = re.compile(
    r"^(?P<authors>[^“”\"«»()]{2,200}?)\s+\((?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:1[6-9]|20)\d\d|"
    r"[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:1[6-9]|20)\d\d|[A-Z][a-z]+\s+(?:1[6-9]|20)\d\d)\)\.?\s+"
    r"(?P<rest>.+)$"
)
# Chicago's author-date bibliography: the author block, then the year as a sentence of its own
# ("Marone, Francesco. 2015. “Title.” …", "Europol. 2011. “Title.” …")
# the capitals a person's name may open with: English's and the other Latin alphabets' ("Núñez",
# "Ødegård", "Çelik", "Świątek"), as the leaders' template reads them
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_YEAR_SENTENCE = re.compile(
    # a body's acronym in brackets may close the block: "International Crisis Group (ICG). 2010."
    r"^(?P<authors>[^“”\"«»()]{2,200}?(?:\s+\([A-Z][A-Za-z&]{1,9}\))?)\.\s+"
    r"(?P<date>(?:1[6-9]|20)\d\d[a-z]?)\.\s+(?P<rest>.+)$"
)
_BLOCK_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z&]{1,9}\)$")
# the author block that form allows: inverted persons ("Marone, Francesco", "Park, Lena, and
# Tomas Reyes") or one word ("Europol"); anything else may be a title followed by a year
# (a name's capital may be any Latin one: "Ødegård, Knut", "Świątek, Ola")
_INVERTED_BLOCK = re.compile(
    rf"[{NAME_CAPITALS}][\w’'-]+(?:\s+[{NAME_CAPITALS}][\w’'-]+)*,\s+[{NAME_CAPITALS}][\w’'-]*\.?"
    rf"(?:\s+[{NAME_CAPITALS}][\w’'-]*\.?)*"
    rf"(?:,?\s+(?:and|&)\s+[{NAME_CAPITALS}][\w.’'-]*(?:\s+[{NAME_CAPITALS}][\w.’'-]*)*)*"
)


def strip_footnote_mark(text: str) -> tuple[str, bool]:
    """'[1] Hahn, Gordon M. …' → 'Hahn, Gordon M. …', '^ Reuters …' → 'Reuters …': a note's
    own mark before the citation."""
    stripped = _FOOTNOTE_MARK.sub("", text, count=1)
    return stripped, stripped != text


def quotation(text: str) -> tuple[int, int, int, int] | None:
    """The first quotation, in “…”, "…", «…», „…“ or ‹…›: (start of the opening mark, start of
    the quoted text, its end, end of the closing mark)."""
    match = _QUOTED.search(text)
    if match is None:
        return None
    group = next(name for name in "abcde" if match[name] is not None)
    return match.start(), match.start(group), match.end(group), match.end()


# the titles a table of references gives its columns, by the part of a citation each holds
_TABLE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"no\.?|#|nr\.?|number|ref\.?", re.I)),
    ("authors", re.compile(r"authors?|by|author\(s\)|creators?", re.I)),
    ("title", re.compile(r"title|document|article", re.I)),
    ("publisher", re.compile(r"publishers?|source|outlet|publication|published\s+by|issuer",
                             re.I)),
    ("issued", re.compile(r"year|date|published|issued|date\s+of\s+issue", re.I)),
    ("accessed", re.compile(r"accessed|retrieved|access\s+date|date\s+accessed", re.I)),
    ("url", re.compile(r"url|link|web", re.I)),
)
_NO_CELL = {"", "—", "–", "-", "n/a", "n.d.", "none", "unknown"}


def table_header(line: str) -> list[str] | None:
    """The part of a citation each column holds ('title', 'authors', …), from a table's header
    row ("No. | Author | Title | Publisher | Year | Accessed"); None unless every cell is a
    known column title and one of them is the title."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    roles = [next((role for role, title in _TABLE_ROLES if title.fullmatch(c)), None)
             for c in cells]
    if None in roles or "title" not in roles:
        return None
    return [r for r in roles if r is not None]


def table_row(header: list[str], row: str) -> dict[str, str]:
    """A row's cells by the part each holds (a cell with a dash or nothing left out; cells
    past the header, such as a URL added at the row's end, are left to the caller)."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    return {role: cell for role, cell in zip(header, cells, strict=False)
            if cell.lower() not in _NO_CELL}


@dataclass
class CourtCase:
    title: str
    year: str  # "" where the citation gives the date among its elements
    court: str
    rest: str = ""  # what follows a neutral citation, read as any citation's elements


# a neutral citation (Commonwealth courts): "R. v. Malik and Bagri, 2005 BCSC 350. Supreme
# Court of British Columbia. March 16, 2005." — the case's name is the title (its citation
# locates it), the elements after it (the court named on its own, the date) are read as any
# citation's
_NEUTRAL = re.compile(
    r"^(?P<case>[A-Z][^,“”\"]{0,80}?\s+v\.?\s+[A-Z][^,“”\"]{0,80}?,\s+(?P<year>(?:1[6-9]|20)\d\d)"
    r"\s+[A-Z]{2,8}(?:\s+[A-Z][A-Za-z]{1,6})?\s+\d{1,5})\.?(?:\s+(?P<rest>.*))?$"
)


# a case named in a sentence of its own, then what the court filed, the court and the date:
# "United States v. Jane Q. Doe. Plea Agreement. United States District Court for … . May
# 2004." The "v." (and a party's initial) ends no sentence; each party is capitalised words
# joined by "of", "the", "and" ("State of Ohio", "People"), so "Report on Smith v. Jones" is
# no case
_PARTY = (r"[A-Z][\w’'-]*\.?(?:\s+(?:of|the|and|[A-Z]\.|[A-Z][\w’'-]*))*")
_CASE_SENTENCE = re.compile(rf"^(?P<case>{_PARTY}\s+v\.?\s+{_PARTY})\.\s+(?P<rest>[A-Z].*)$")
# what a court files or hands down, named as a sentence after the case: the document, never a
# series or a publisher
_COURT_DOCUMENT = re.compile(
    r"^(?:(?:Plea|Sentencing|Superseding|Amended|Final|Consent|Memorandum|Criminal|Civil)\s+)?"
    r"(?:Agreement|Indictment|Judg(?:e)?ment|Opinion|Order|Complaint|Verdict|Transcript|"
    r"Memorandum|Affidavit|Brief|Decision|Ruling|Sentence|Information|Docket)$"
)


def court_case(text: str) -> CourtCase | None:
    """A court case cited by its name: the name is the title; a court in the brackets of a US
    citation is not a publisher; after a neutral citation, or after a case named in a sentence
    of its own, the elements are read as usual (what the court filed left out of them)."""
    match = _COURT.match(text.strip())
    if match is None:
        neutral = _NEUTRAL.match(text.strip())
        if neutral is None:
            return _case_sentence(text.strip())
        # the case's name alone is its title; the neutral citation after it ("2005 BCSC 350")
        # locates the decision, as a reporter does (the key convention of the fourteenth round)
        name = neutral["case"].split(",", 1)[0].strip()
        return CourtCase(name, neutral["year"], "", neutral["rest"] or "")
    return CourtCase(match["case"].strip(), match["year"], match["court"].strip(" ,"))


# a case named alone as the last sentence ("… . The Prosecutor v. Amadou Sy.")
_CASE_ALONE = re.compile(rf"^(?P<case>{_PARTY}\s+v\.?\s+{_PARTY})\.?$")
# a court's or a body's name as a sentence of its own: capitalised words and the connectors of
# a body's long name ("International Criminal Court", "Supreme Court of India")
_BODY_SENTENCE = re.compile(
    r"^(?P<body>[A-Z][\w’'.-]*(?:\s+(?:of|for|on|the|and|de|du|des|la|[A-Z][\w’'.-]*))*)"
    r"\.\s+(?P<rest>[A-Z].*)$"
)


def case_after_body(text: str) -> tuple[str, CourtCase] | None:
    """'International Criminal Court. The Prosecutor v. Amadou Sy. ICC-02/11-01/15.' → the
    court that wrote it (the author, an institution) and the case (the title), the elements
    after it read as usual; None unless a body's name opens the citation as a sentence of its
    own and the next sentence names a case ("Human Rights Watch. Report on Smith v. Jones."
    names none: a report is no party)."""
    match = _BODY_SENTENCE.match(text.strip())
    if match is None or not names_an_organisation(match["body"]):
        return None
    rest = match["rest"]
    alone = _CASE_ALONE.match(rest.strip())
    if alone is not None:
        return match["body"], CourtCase(alone["case"].strip(), "", "", ".")
    case = _case_sentence(rest)
    return (match["body"], case) if case is not None else None


def _case_sentence(text: str) -> CourtCase | None:
    """'United States v. Jane Q. Doe. Plea Agreement. Court …. May 2004.' → the case as the
    title and the elements after it, without the document the court filed."""
    match = _CASE_SENTENCE.match(text)
    if match is None:
        return None
    rest = match["rest"]
    first, _, after = rest.partition(". ")
    if _COURT_DOCUMENT.match(first.strip()):
        rest = after
    return CourtCase(match["case"].strip(), "", "", rest.strip() or ".")


@dataclass
class Dated:
    """An APA or Harvard citation: its author block, date and what follows the date."""

    authors: str
    date: str
    rest: str


def author_date(text: str) -> Dated | None:
    """'Park, L., & Reyes, T. (2015). Title. Publisher.' → the authors, '2015' and the rest;
    also an encyclopaedia's full date in brackets ('Org (29 March 2011). “Title”.') and
    Chicago's year as a sentence ('Park, Lena. 2015. Title.', with names as the block: a title
    followed by a year is no author). None unless the date follows the author block and comes
    before any quotation."""
    match = _APA.match(text.strip()) or _WIKI_DATED.match(text.strip())
    if match is None:
        year = _YEAR_SENTENCE.match(text.strip())
        authors = year["authors"].strip().rstrip(",") if year else ""
        bare = _BLOCK_ACRONYM.sub("", authors)
        if year is None or not (
            (bare == authors and (_INVERTED_BLOCK.fullmatch(authors)
                                  or re.fullmatch(rf"[{NAME_CAPITALS}][\w’'-]+", authors)))
            # an organisation, with its acronym or without
            or _organisation_block(bare)
        ):
            return None
        return Dated(authors, year["date"], year["rest"])
    authors = match["authors"].strip().rstrip(",")
    if not authors or not _looks_like_author_block(authors):
        return None
    return Dated(authors, match["date"], match["rest"])


_APA_AUTHOR = re.compile(
    r"(?P<surname>[A-Z][\w’'-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'-]+)*),\s+"
    r"(?P<initials>[A-Z]\.(?:\s?-?[A-Z]\.)*)"
)


def _looks_like_author_block(text: str) -> bool:
    """'Park, L. J., & Reyes, T.' (inverted names with initials) or one organisation's name
    with no full stop but at its end."""
    return bool(apa_authors(text)) or "." not in text.rstrip(".")


def apa_authors(text: str) -> list[str]:
    """'Park, L. J., Reyes, T., & Odu, K.' → ['L. J. Park', 'T. Reyes', 'K. Odu']; [] unless
    the whole block is such names (an 'et al.' at its end allowed)."""
    text = re.sub(r",?\s*(?:&|and)\s+", ", ", text.strip())
    text = re.sub(r",?\s*et\s+al\.?$", "", text)
    if re.search(r"(?:^|[\s.-])[A-Z]$", text):
        text += "."  # the block's closing full stop was taken for the sentence's
    found = list(_APA_AUTHOR.finditer(text))
    if not found:
        return []
    covered = re.sub(r"[\s,]+", "", _APA_AUTHOR.sub("", text))
    if covered:
        return []
    return [f"{m['initials']} {m['surname']}" for m in found]


# ---------------------------------------------------------------------------------------------
# Who the author is

# "Park, Lena, ed. Armed Lakes. …", "Park, L., & Hale, T. (Eds.). …": a volume's editors
# where its authors would be; the mark is "ed." in lower case after a comma, or "(Ed.)" in
# brackets — "Moloney, Ed." is a man called Ed
_VOLUME_EDITORS = re.compile(
    r"^(?P<names>[^“”\"«»()]{3,200}?,[^“”\"«»()]*?)(?:\s+\((?:[Ee]ds?\.?)\)|,\s+eds?\.)[.,]?\s+(?P<rest>\S.*)$"
)


def volume_editors(text: str) -> tuple[list[str], str]:
    """(editors, the rest) of a citation that opens with a volume's editors; ([], text) for
    any other."""
    match = _VOLUME_EDITORS.match(text.strip())
    if match is None:
        return [], text
    names = person_names(match["names"])
    return (names, match["rest"]) if names else ([], text)


def person_names(block: str) -> list[str]:
    """'Filiu, Jean-Pierre' → ['Jean-Pierre Filiu']; 'Zenn, Jacob, Atta Barkindo and Nicholas
    A. Heras' → three, the first inverted, the others in natural order; 'Park, L. J., & Reyes,
    T.' → ['L. J. Park', 'T. Reyes']."""
    block = block.strip().strip(",;").strip().rstrip(".")
    block = re.sub(r",\s*(Jr\.?|Sr\.?|II|III|IV)(?=,|\s|$)", r" \1", block)  # "King, Martin, Jr."
    if names := apa_authors(block):
        return names
    # "and", "&" or "with" joins a co-author ("Park, Lena, with Tomas Reyes": both wrote it)
    names = [n.strip() for n in re.split(r",?\s+(?:and|with)\s+|\s*;\s*|\s*&\s*", block)
             if n.strip()]
    if names and names[0].count(",") >= 2:
        surname, given, *others = (p.strip() for p in names[0].split(","))
        names = [f"{surname}, {given}", *[o for o in others if o], *names[1:]]
    if names and names[0].count(",") == 1:
        last, first = (p.strip() for p in names[0].split(","))
        # "Santos, Soliman M. Jr.": the suffix follows the surname in natural order
        suffix = _SUFFIX.search(first)
        if suffix is not None:
            first = first[: suffix.start()].strip()
            last = f"{last} {suffix['suffix']}"
        names[0] = f"{first} {last}"
    return [n for n in names if n]


_SUFFIX = re.compile(r",?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$")

# Words that make an author's name an organisation's (beyond kg.ingest.context's list):
# "International Crisis Group", "Human Rights Watch", "South Asia Terrorism Portal"
_ORGANISATION_WORDS = re.compile(
    r"\b(?:Group|Watch|Portal|Network|Service|Services|Organi[sz]ation|Association|Society|"
    r"Forum|Initiative|Programme|Program|Monitor|Observatory|Team|Board|Bureau|Directorate|"
    r"Corporation|Company|Inc|Ltd|Secretariat|Parliament|Senate|Assembly|Congress|Tribunal|"
    r"Commission|Mission|Embassy|Authority|Administration|Register|Gazette|Journal|Review|"
    r"Magazine|Tribune|Herald|Daily|Radio|Television|Agence|Associated|Amnesty|International|"
    r"Knot|Centro|Comisión|Comision|Instituto|Ministerio|Fundación|Observatorio|Consejo|"
    r"Defensoría|Fiscalía|Tribunal|Comité|Conseil|Ministère|Asociación|Associação|Agencia|"
    r"Observatoire|Institut|Fondation|Collectif|Réseau|"
    # a state's and a scholar's bodies ("U.S. Department of State", "Institute for Policy
    # Analysis of Conflict", "National Police Agency")
    r"Department|Ministry|Institute|Agency|Council|Committee|University|Foundation|Centre|"
    r"Center)\b"
)
# "of", "for", "on" inside a name in natural order make it a body's; "de", "la" do not, as
# they are as common in persons' names ("Carlos de la Torre")
_INNER_CONNECTOR = re.compile(r"\s(?:of|for|on|für)\s")


def _organisation_block(author: str) -> bool:
    """An organisation written as an author block before a year ('Institute for Policy
    Analysis of Conflict', 'International Crisis Group'): a word only organisations bear, and
    every other word capitalised or a connector. A title ('The Long War on the Lake', 'Sahel
    Review special issue') opens with an article or has words in lower case."""
    words = author.split()
    return (bool(_ORGANISATION_WORDS.search(author)) and words[0] not in ("The", "A", "An")
            and all(w[:1].isupper() or w in ("of", "for", "and", "on", "de", "the", "&")
                    for w in words))


def names_an_organisation(author: str) -> bool:
    """Whether an author written in natural order names an organisation: a word only
    organisations bear, or a connector inside ('Ministry of Home Affairs', 'Centro … de …')."""
    return bool(_ORGANISATION_WORDS.search(author) or _INNER_CONNECTOR.search(f" {author} "))


def without_et_al(authors: str) -> tuple[str, bool]:
    """'Smith, John, et al.' → 'Smith, John', True: the list is not complete."""
    stripped = re.sub(r",?\s+et\s+al\.?$", "", authors.strip())
    return stripped, stripped != authors.strip()
