"""Partial dates as the profiles write them, to EDTF with earliest/latest bounds and a precision.

"2007", "December 2007", "August 19, 2008", "From 1998 to 2003", "(1979-1989)", "2006 or 2007"
are all normal in the collection: a year is a span, never 1 January. Writers outside it also use
ISO dates and ranges ("2004-05-01 to 2004-05-03"), ordinals ("the 21st of May 2007",
"20th–21st May 2007"), dotted day-first dates ("30.07.2004") and slashed ones, whose order
("03/04/2012": March or April?) only the profile's other dates can tell. The text is turned into an
EDTF string here; the `edtf` package then validates it and computes the bounds, so "February 30,
2015" is refused by the same rules that define the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from edtf import parse_edtf, struct_time_to_date
from rdflib import Literal
from rdflib.namespace import XSD

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ISO = r"(?:1[89]\d\d|20\d\d)-(?:0[1-9]|1[0-2])-[0-3]\d"
_TO = r"(?:\s*[–—]\s*|\s+-\s+|\s+(?:to|until|through|till)\s+)"
# "30.07.2004" (day first wherever dots are written), "03/04/2012" (order told by the profile)
_NUMERIC = re.compile(
    r"(?<![\d./])(?P<p1>[0-3]?\d)(?P<sep>[./])(?P<p2>[0-3]?\d)(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?!\d|[./]\d)"
)
# A four-digit number followed by these is a count, not a year ("2000 people").
_COUNTED = (
    r"\s{0,5}\+?\s{0,5}(?:people|persons|killed|wounded|dead|hostages|members|fighters|militants|"
    r"troops|soldiers|civilians)\b"
)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

# One date expression; ordered from the most to the least specific.
_SINGLE = [
    ("day", re.compile(rf"(?P<m>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY}),?\s*(?P<y>{_YEAR})\b", re.I)),
    ("day", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b", re.I)),  # noqa: E501
    ("day", re.compile(rf"\b(?P<y>{_YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    ("month", re.compile(rf"(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.I)),
    ("season", re.compile(rf"\b(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.I)),  # noqa: E501
    ("year", re.compile(rf"\b(?:(?P<q>early|late|mid)[-\s]+)?(?P<y>{_YEAR})\b(?![-–]\d)", re.I)),
]
_DATE_TEXT = (
    rf"(?:{_ISO}|{_MONTH}\s+{_DAY},?\s*{_YEAR}|{_DAY}\s+{_MONTH}\s+{_YEAR}|{_MONTH}\s+(?:of\s+)?{_YEAR}"
    rf"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}|{_YEAR})"
)
# a date written with its month and year, and its day or not: one side of a span of dates
_DATED_MONTH = (
    rf"(?:{_MONTH}\s+{_DAY},?\s*{_YEAR}|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+(?:of\s+)?{_YEAR})"
)
_RANGES = [
    re.compile(
        rf"\b(?:from|between)\s+(?P<a>{_DATE_TEXT})\s+(?:to|and|until|through|till)\s+"
        rf"(?P<b>{_DATE_TEXT})\b",
        re.I,
    ),
    re.compile(rf"\b(?P<a>{_ISO}){_TO}(?P<b>{_ISO})\b"),
    # "December 2017 – March 2018", "5 May 2010 to 7 June 2011", "March 3, 2015 through
    # April 9, 2016": two dates each written with its month and year, joined by a dash or a
    # word of span with no "from" before them (the later date last; a bare year on either
    # side stays apart: "June 1990 until 2001" is a month's year, then a year)
    re.compile(rf"(?<![\w–-])(?P<ma>{_DATED_MONTH}){_TO}(?P<mb>{_DATED_MONTH})\b", re.I),
    re.compile(rf"(?<![\d$])(?P<a>{_YEAR})\s*[-–]\s*(?P<b>{_YEAR})(?!\d)"),
    # "1986 to 1992", "2009 until 2012": two years joined by a word of span, as by a dash (the
    # later year last, and no count after it: "in 2011 to 2000 fighters" is a year and a count)
    re.compile(rf"(?<![\d$])(?P<ya>{_YEAR})\s+(?:to|until|till|through)\s+(?P<yb>{_YEAR})"
               rf"(?!\d|[-–/]\d)(?!{_COUNTED})", re.I),
    re.compile(rf"(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:[-–—]|to|and|until|through)\s*(?P<d2>{_DAY}),?\s*(?P<y>{_YEAR})\b", re.I),  # noqa: E501
    # "20th–21st May 2007", "the 20th to the 21st of May 2007": two days of one month
    re.compile(
        rf"\b(?:the\s+)?(?P<d1>{_DAY})\s*(?:[-–—]|to|and|until|through)\s*(?:the\s+)?(?P<d2>{_DAY})"
        rf"\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b",
        re.I,
    ),
    # "30 April – 2 May 2007", "April 30 to May 2, 2007": the year written once, at the end
    re.compile(
        rf"\b(?:(?P<da>{_DAY})\s+(?:of\s+)?(?P<ma>{_MONTH})|(?P<mb>{_MONTH})\s+(?P<db>{_DAY})){_TO}"
        rf"(?P<b>(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+|{_MONTH}\s+{_DAY},?\s*){_YEAR})\b",
        re.I,
    ),
    # "the first half of 2018" (2018-01/2018-06), "the third quarter of 2015" (2015-07/2015-09)
    re.compile(
        rf"\b(?:the\s+)?(?P<part>first|second|third|fourth|last)\s+(?P<unit>half|quarter)\s+of\s+"
        rf"(?P<y>{_YEAR})\b",
        re.I,
    ),
    # "From May to October 2017", "between May and October 2017", "March to May 2017",
    # "March–May 2017": two months of one year ("and" only after "from" or "between")
    re.compile(
        rf"\b(?:(?:from|between)\s+(?P<m1>{_MONTH})\s+(?:to|and|until|through|till)\s+"
        rf"|(?<!\d\s)(?P<m1b>{_MONTH})(?:\s*[–—]\s*|\s+-\s+|-|\s+(?:to|until|through|till)\s+))"
        rf"(?P<m2>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b",
        re.I,
    ),
    # "in October and November 2001", "during March and April 2016": two months in a row that
    # a time preposition joins by "and", or that open the text as an entry's date (two months
    # apart are two months, not a span)
    re.compile(
        r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|^)"
        rf"(?P<mx>{_MONTH})\s+and\s+(?P<mz>{_MONTH})"
        rf"\s+(?:of\s+)?(?P<y>{_YEAR})\b",
        re.I,
    ),
    # "through 2017 and 2018", "throughout 1998 and 1999", "during 2004 and 2005": two years
    # in a row that a time preposition spans (two years apart are two years, not a span)
    re.compile(
        rf"\b(?:through(?:out)?|during|over)\s+(?P<ya>{_YEAR})\s+and\s+(?P<yb>{_YEAR})\b",
        re.I,
    ),
]
# a month or a day written just before a year: the year is that date's ("June 1990", "3 May,
# 1990"), never the first year of a span of years
_DAY_OR_MONTH_BEFORE = re.compile(rf"(?:\b{_MONTH}|\b\d{{1,2}}(?:st|nd|rd|th)?)\.?,?\s*$", re.I)
_EITHER = re.compile(rf"\b(?P<a>{_YEAR})\s+or\s+(?P<b>{_YEAR})\b")
_NOT_A_YEAR = re.compile(_COUNTED, re.I)
# …unless a preposition of time stands before it: "In 2014 fighters took the town".
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|from|during|early|late|mid)\s*$", re.I)
_TIMESTAMP = re.compile(
    r"^(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?:,?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})\s*"
    r"(?P<ampm>[ap]\.?m\.?)?)?$",
    re.I,
)


class DateError(ValueError):
    """A date expression that does not denote a date (unknown form, or a day that does not
    exist); the message says which form is expected."""


@dataclass(frozen=True)
class PartialDate:
    """A date at the precision the text gives it."""

    edtf: str
    earliest: date
    latest: date
    precision: str  # day | month | year | range
    text: str

    @property
    def approximate(self) -> bool:
        """'around 2004' (EDTF '2004~'): the text hedges the date."""
        return self.edtf.endswith("~")

    @property
    def literal(self) -> Literal | None:
        """kg:date / kg:startDate in the matching XSD type; None for a range or an approximate
        date (no XSD type says 'around')."""
        if self.approximate:
            return None
        if self.precision == "day":
            return Literal(self.edtf, datatype=XSD.date)
        if self.precision == "month":
            return Literal(self.edtf, datatype=XSD.gYearMonth)
        if self.precision == "year":
            return Literal(self.edtf, datatype=XSD.gYear)
        return None

    @property
    def slug(self) -> str:
        """For IRIs: '2007-12', '1998-2003'."""
        return re.sub(r"[^0-9]+", "-", self.edtf).strip("-")


def approximately(found: PartialDate) -> PartialDate:
    """The same date hedged ('around 2004'): EDTF's '~', the bounds of the date as written."""
    if found.approximate or found.precision == "range":
        return found
    return PartialDate(found.edtf + "~", found.earliest, found.latest, found.precision, found.text)


def from_edtf(edtf: str, precision: str, text: str) -> PartialDate:
    """Validate an EDTF string with the `edtf` package and compute its bounds."""
    bounds = _bounds(edtf)
    if bounds is None:
        raise DateError(f"{text.strip()!r} is not a real date")
    return PartialDate(edtf, bounds[0], bounds[1], precision, text)


@lru_cache(maxsize=4096)
def _bounds(edtf: str) -> tuple[date, date] | None:
    """First and last day an EDTF string denotes (None if it denotes none). Cached: the
    package's grammar takes milliseconds per string and profiles repeat their dates."""
    try:
        parsed = parse_edtf(edtf)
        return struct_time_to_date(parsed.lower_strict()), struct_time_to_date(parsed.upper_strict())  # noqa: E501
    except Exception:  # the edtf package raises several types for bad input
        return None


# the words a writer hedges a date with: "c. 1992", "circa 1992", "in about 2000", "around
# March 2004", the indictment's "on or about 3 May 1983" and "in or about 1976" (the readers
# of leaders and lineage and the entry's date prefix share them)
HEDGE_WORDS = (
    r"(?:on|in)\s+or\s+(?:about|around)|c\.|ca\.|circa|about|around|approximately|approx\.|"
    r"roughly|some\s+time\s+in"
)
"""The words that make a date approximate ("approximately 2004" is 2004~), for readers that
must step over them."""
_HEDGE_WORDS = HEDGE_WORDS
_HEDGE = re.compile(rf"(?:{_HEDGE_WORDS})\s*", re.I)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
_PART_OF_MONTH = re.compile(rf"(?:early|mid|late)[-\s]+(?={_MONTH}\b)", re.I)
HEDGE_BEFORE = re.compile(rf"\b(?:{_HEDGE_WORDS})\s*$", re.I)
"""A hedge ending the text just before a date: search the text up to the date."""


def parse_date(text: str, numeric_order: str | None = None) -> PartialDate:
    """A whole string that is one date or range ('2007', 'December 2007', 'August 19, 2008',
    '1998-2003', 'Summer 2012', '2006 or 2007'); DateError otherwise. `numeric_order` ('dmy'
    or 'mdy', from `numeric_date_order`) says how the profile writes slashed dates."""
    cleaned = " ".join(text.replace("\xa0", " ").split()).strip(" .,;:")
    weekday = _WEEKDAY.match(cleaned)
    if weekday and weekday.end() < len(cleaned):  # "Tuesday, 14 March 2009": the date
        return parse_date(cleaned[weekday.end():], numeric_order)
    part = _PART_OF_MONTH.match(cleaned)
    if part:  # "late October 2016" lies in October 2016: the month, as written
        return parse_date(cleaned[part.end():], numeric_order)
    hedge = _HEDGE.match(cleaned)
    if hedge and hedge.end() < len(cleaned):  # "c. 1992", "around March 2004": EDTF's "~"
        return approximately(parse_date(cleaned[hedge.end():], numeric_order))
    found = find_dates(cleaned, numeric_order)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(cleaned):
        return found[0][2]
    raise DateError(
        f"cannot read {text.strip()!r} as a date; write it like '2007', 'December 2007', "
        "'August 19, 2008' or 'From 1998 to 2003'"
    )


def find_dates(text: str, numeric_order: str | None = None) -> list[tuple[int, int, PartialDate]]:
    """Every date expression in a text with its character span, ranges first, left to right.
    Expressions that look like dates but denote none ('February 30, 2015') raise DateError."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, PartialDate]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def keep(start: int, end: int, value: PartialDate) -> None:
        taken.append((start, end))
        found.append((start, end, value))

    for pattern in _RANGES:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            groups = match.groupdict()
            if "unit" in groups:
                months = 6 if groups["unit"].lower() == "half" else 3
                parts = 12 // months
                index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": parts - 1}[
                    groups["part"].lower()]
                if index >= parts:
                    continue  # "the third half of 2018" is no part of a year
                first, last = index * months + 1, (index + 1) * months
                a, b = f"{groups['y']}-{first:02d}", f"{groups['y']}-{last:02d}"
            elif "ya" in groups:
                joined_by_and = match.group(0).lower().split()[-2] == "and"
                if joined_by_and and int(groups["yb"]) != int(groups["ya"]) + 1:
                    continue  # "during 2004 and 2008": two years, no span between them
                if int(groups["yb"]) <= int(groups["ya"]):
                    continue  # "2012 to 2010": the later year first is no span
                if not joined_by_and and _DAY_OR_MONTH_BEFORE.search(text, 0, match.start()):
                    continue  # "June 1990 until 2001": the first year is a month's, read apart
                a, b = groups["ya"], groups["yb"]
            elif "mx" in groups:
                first = MONTHS[groups["mx"].lower().rstrip(".")]
                last = MONTHS[groups["mz"].lower().rstrip(".")]
                if last != first + 1:
                    continue  # "in March and October 2001": two months, no span between them
                a, b = f"{groups['y']}-{first:02d}", f"{groups['y']}-{last:02d}"
            elif "m1" in groups:
                first = MONTHS[(groups["m1"] or groups["m1b"]).lower().rstrip(".")]
                last = MONTHS[groups["m2"].lower().rstrip(".")]
                if first > last:
                    continue  # "from November to February 2018": which year starts it is unsaid
                a, b = f"{groups['y']}-{first:02d}", f"{groups['y']}-{last:02d}"
            elif "da" in groups:
                a, b = _across_months(groups)
            elif "d1" in groups:
                month = MONTHS[groups["m"].lower().rstrip(".")]
                year = groups["y"]
                a = f"{year}-{month:02d}-{_day(groups['d1']):02d}"
                b = f"{year}-{month:02d}-{_day(groups['d2']):02d}"
            elif "ma" in groups:
                first, last = parse_date_text(groups["ma"]), parse_date_text(groups["mb"])
                if last.earliest <= first.latest:
                    continue  # "March 2018 – December 2017": the later date first is no span
                a, b = first.edtf, last.edtf
            else:
                a = parse_date_text(groups["a"]).edtf
                b = parse_date_text(groups["b"]).edtf
            keep(match.start(), match.end(), from_edtf(f"{a}/{b}", "range", match.group(0)))
    numeric = [
        (match.start(), match.end(), _numeric_date(match, numeric_order))
        for match in _NUMERIC.finditer(text)
        if free(match.start(), match.end())
    ]
    for start, end, value in _numeric_ranges(text, numeric):
        keep(start, end, value)
    for match in _EITHER.finditer(text):
        if free(match.start(), match.end()):
            edtf = f"[{match['a']},{match['b']}]"
            keep(match.start(), match.end(), from_edtf(edtf, "range", match.group(0)))
    for _kind, pattern in _SINGLE:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            # a count is a number alone: "3 May 2010 fighters …" is a day, whatever follows it
            if text[max(0, match.start() - 1)] == "$" or (
                _kind == "year" and _NOT_A_YEAR.match(text, match.end())
                and not _YEAR_BEFORE.search(text, 0, match.start())  # "In 2014 fighters …"
            ):
                continue
            keep(match.start(), match.end(), parse_date_text(match.group(0)))
    return sorted(found, key=lambda item: item[0])


def parse_date_text(text: str) -> PartialDate:
    """One single-date expression (no range) to a PartialDate."""
    for kind, pattern in _SINGLE:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        groups = match.groupdict()
        year = groups["y"]
        if kind == "day":
            month = (
                int(groups["mn"]) if groups.get("mn") else MONTHS[groups["m"].lower().rstrip(".")]
            )
            return from_edtf(f"{year}-{month:02d}-{_day(groups['d']):02d}", "day", text)
        if kind == "month":
            month = MONTHS[groups["m"].lower().rstrip(".")]
            return from_edtf(f"{year}-{month:02d}", "month", text)
        if kind == "season":
            return from_edtf(f"{year}-{_SEASONS[groups['s'].lower()]}", "range", text)
        return from_edtf(year, "year", text)
    raise DateError(f"cannot read {text!r} as a date")


def parse_timestamp(text: str) -> datetime:
    """'11/13/2015, 12:00 pm' (the collection's US-style 'Profile Last Updated')."""
    match = _TIMESTAMP.match(" ".join(text.split()))
    if not match:
        raise DateError(
            f"cannot read {text.strip()!r} as a date and time; expected MM/DD/YYYY, h:mm am/pm"
        )
    hour = int(match["h"] or 0)
    minute = int(match["mi"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm and not 1 <= hour <= 12:
        raise DateError(f"{text.strip()!r}: hour {hour} is not a 12-hour clock hour")
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(int(match["y"]), int(match["mo"]), int(match["d"]), hour, minute)
    except ValueError as error:
        raise DateError(f"{text.strip()!r} is not a real date and time: {error}") from None


def numeric_date_order(texts: Iterable[str]) -> str | None:
    """How a profile writes slashed dates, told by the dates that can only be read one way:
    'dmy' if some first number is over 12 ("25/03/2012") and no second one is, 'mdy' the other
    way round, None if nothing tells (then "03/04/2012" stays either day)."""
    firsts = seconds = False
    for text in texts:
        for match in _NUMERIC.finditer(text):
            if match["sep"] == "/":
                firsts |= int(match["p1"]) > 12
                seconds |= int(match["p2"]) > 12
    if firsts != seconds:
        return "dmy" if firsts else "mdy"
    return None


def _numeric_date(match: re.Match[str], order: str | None) -> PartialDate:
    """One '30.07.2004' or '03/04/2012'. Dots are day first; slashes follow the profile's order,
    else whichever reading exists, else both days as EDTF's 'one of' ("[2012-03-04,2012-04-03]",
    a range in precision: the attack is kept, its day is not guessed)."""
    first, second, year = int(match["p1"]), int(match["p2"]), match["y"]
    if match["sep"] == "." or first > 12:
        order = "dmy"
    elif second > 12:
        order = "mdy"
    day, month = (first, second) if order == "dmy" else (second, first)
    if order is None and first != second:
        edtf = f"[{year}-{first:02d}-{second:02d},{year}-{second:02d}-{first:02d}]"
        return from_edtf(edtf, "range", match.group(0))
    return from_edtf(f"{year}-{month:02d}-{day:02d}", "day", match.group(0))


def _numeric_ranges(
    text: str, found: list[tuple[int, int, PartialDate]]
) -> list[tuple[int, int, PartialDate]]:
    """Numeric dates, two joined by 'to' or a dash ("30.07.2004 – 01.08.2004") made one range."""
    merged: list[tuple[int, int, PartialDate]] = []
    for start, end, value in found:
        if merged and re.fullmatch(_TO, text[merged[-1][1] : start]):
            first = merged.pop()
            if first[2].precision == "day" and value.precision == "day":
                edtf = f"{first[2].edtf}/{value.edtf}"
                merged.append((first[0], end, from_edtf(edtf, "range", text[first[0] : end])))
                continue
            merged.append(first)
        merged.append((start, end, value))
    return merged


def _across_months(groups: dict[str, str]) -> tuple[str, str]:
    """'30 April – 2 May 2007', 'December 30 to January 2, 2008': the first day takes the last
    one's year, or the year before when its month comes later in the year."""
    last = parse_date_text(groups["b"])
    month = MONTHS[(groups["ma"] or groups["mb"]).lower().rstrip(".")]
    day = _day(groups["da"] or groups["db"])
    year = last.earliest.year
    if (month, day) > (last.earliest.month, last.earliest.day):
        year -= 1
    return f"{year}-{month:02d}-{day:02d}", last.edtf


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))
