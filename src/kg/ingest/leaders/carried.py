"""Start dates the text gives by reference to another date: "from then", "from that point",
"thereafter", "that August", "two years later", "seventeen months later".

A carried date is resolved only from a date told earlier in the same sentence or in the
sentence before; with no such date the tenure's start stays unknown (never a date from further
back, which may belong to another event).
"""

from __future__ import annotations

import datetime
import re

from kg.ingest.dates import PartialDate
from kg.ingest.leaders.model import single_date

# "from then (on)", "from that point", "thereafter", "since then", "after that": the start is
# the date told just before
THEN = re.compile(
    r"\b(?:from\s+(?:then|there)(?:\s+on(?:wards?)?)?|from\s+that\s+(?:point|time|moment|day|"
    r"date|year)(?:\s+on(?:wards?)?)?|thereafter|thenceforth|since\s+then|after\s+that|"
    # "since that date", "ever since that day": as "from that date"
    r"since\s+that\s+(?:point|time|moment|day|date)|"
    r"from\s+this\s+point(?:\s+on)?)\b",
    re.I,
)
# "at some point after that", "at an unknown date": the text says it does not know the start
SOME_TIME = re.compile(
    r"\bat\s+(?:some|an\s+unknown|an\s+unspecified)\s+(?:point|time|stage|date)\b", re.I
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
# "that August", "in August of that year": a month of the year told before
THAT_MONTH = re.compile(
    rf"\b(?:that|the\s+same|the\s+following|the\s+next)\s+(?P<m>{'|'.join(_MONTHS)})\b"
    rf"|\bin\s+(?P<m2>{'|'.join(_MONTHS)})\s+of\s+(?:that|the\s+same)\s+year\b",
    re.I,
)
# "the following month", "that year", "the next year", "the following day": a unit after the
# date told before ("since that day" is the date told before itself, as "from then" is)
THAT_UNIT = re.compile(
    r"\b(?:(?P<which>that(?:\s+same)?|the\s+same|the\s+following|the\s+next)\s+"
    r"(?P<unit2>month|year)|(?:the\s+following|the\s+next)\s+(?P<unit_day>day))\b",
    re.I,
)
# "before the year was out", "by the end of the year", "later that year": the year told before
YEAR_OUT = re.compile(
    r"\b(?:before|by)\s+the\s+(?:end\s+of\s+the\s+)?year\s+(?:was\s+out|was\s+over|ended|"
    r"had\s+ended|closed)\b|\bby\s+the\s+end\s+of\s+the\s+year\b|"
    r"\blater\s+(?:that|the\s+same)\s+year\b",
    re.I,
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}  # fmt: skip
# "two years later", "a year after", "seventeen months later". "After" and "before" count only
# where nothing follows them: "for a year before he was killed in 2004" and "two years after
# the split" tell a duration and another event, not a date counted from the date told before
LATER = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})\s+(?P<unit>years?|months?|days?)\s+"
    rf"(?P<way>later|afterwards|earlier|(?:after|before)(?!\s*[\w“‘\"'(]))\b",
    re.I,
)


def carried_dates(
    text: str, told: list[tuple[int, int, PartialDate]], previous: list[PartialDate]
) -> list[tuple[int, int, PartialDate]]:
    """Spans of "that August", "the following September", "two years later" resolved to dates,
    each against the last date told before it (in `told`, this sentence's dates with their
    spans, else the last of `previous`, the sentence before's). Unresolved ones are left out:
    the text stays as written and gives no date."""
    found = []
    for pattern in (THAT_MONTH, LATER, THAT_UNIT, YEAR_OUT):
        for match in pattern.finditer(text):
            before = [d for s, _e, d in told if s < match.start()] or previous
            resolved = _resolve(match, before[-1] if before else None)
            if resolved is not None:
                found.append((match.start(), match.end(), resolved))
    return found


def _resolve(match: re.Match[str], referent: PartialDate | None) -> PartialDate | None:
    if referent is None:
        return None
    edtf = referent.edtf.split("/")[-1].rstrip("~")
    if not edtf[:4].isdigit():
        return None
    year = int(edtf[:4])
    groups = match.groupdict()
    if match.re is YEAR_OUT:
        return single_date(str(year))
    if groups.get("m") or groups.get("m2"):
        number = _MONTHS.index((groups.get("m") or groups.get("m2") or "").lower()) + 1
        if re.match(r"the\s+(?:following|next)", match.group(0), re.I):
            # "the following September" after December 2001 is September 2002
            if len(edtf) < 7:
                return None
            year += 1 if number <= int(edtf[5:7]) else 0
        return single_date(f"{year}-{number:02d}")
    if groups.get("unit_day"):
        return _days_after(edtf, 1)
    if groups.get("unit2"):
        which = " ".join(groups["which"].lower().split())
        step = 0 if which in ("that", "the same", "that same") else 1
        if groups["unit2"].lower() == "year":
            return single_date(str(year + step))
        if len(edtf) < 7:
            return None
        months = year * 12 + int(edtf[5:7]) - 1 + step
        return single_date(f"{months // 12}-{months % 12 + 1:02d}")
    count = int(groups["n"]) if groups["n"].isdigit() else _NUMBERS[groups["n"].lower()]
    if groups["way"].lower() in ("earlier", "before"):
        count = -count
    if groups["unit"].lower().startswith("year"):
        return single_date(str(year + count))
    if groups["unit"].lower().startswith("day"):
        return _days_after(edtf, count)
    if len(edtf) < 7:
        return None  # months after a year: the month is unknown
    months = year * 12 + int(edtf[5:7]) - 1 + count
    return single_date(f"{months // 12}-{months % 12 + 1:02d}")


def _days_after(edtf: str, days: int) -> PartialDate | None:
    """The day `days` after a whole date ("the following day" after 9 September 2014); a
    day counted from a month or a year is unknown."""
    try:
        day = datetime.date.fromisoformat(edtf[:10])
    except ValueError:
        return None
    return single_date((day + datetime.timedelta(days=days)).isoformat())


def carried_start(text: str, before: list[PartialDate]) -> tuple[bool, PartialDate | None]:
    """(whether the clause dates its start by reference, the date it refers to): "from then",
    "thereafter" refer to the last date told before (`before`, in order); a "that August" or
    "two years later" left in the text found no date to refer to, so the start is unknown."""
    if THAT_MONTH.search(text) or LATER.search(text) or SOME_TIME.search(text) or (
        THAT_UNIT.search(text) or YEAR_OUT.search(text)
    ):
        return True, None
    if THEN.search(text):
        referent = before[-1] if before else None
        if referent is not None and "/" in referent.edtf:
            referent = single_date(referent.edtf.split("/")[-1])
        return True, referent
    return False, None
