"""A siege's end, told after its start: the entry's span.

A hostage-taking that lasted days is told from its first day ("On 1 September 2004 gunmen
seized a school …") and ended in a later clause that gives the day of its end, mostly without
the year ("… the siege ended with a storming on 3 September", "… special forces stormed the
theatre on 26 October"). The key and an analyst take the attack's date as the span from the
first day to the last. This module reads that span, and only that: the clause must say the
siege ended (ended, came to an end, was over, was broken, was stormed) and give one day, later
than the first and within weeks of it; a consequence told later (hostages freed, a body
found, an arrest) is no end of the attack, and the entry keeps its first day.
"""

from __future__ import annotations

import re
from datetime import date

from kg.ingest.dates import MONTHS, DateError, PartialDate, from_edtf

# an entry that tells a siege: people held, a place seized or occupied
_SIEGE = re.compile(
    r"\b(?:sieges?|hostages?|held|seized|occupied|occupation|stand-?off|barricad\w*)\b", re.I
)
# a clause that tells the siege's end
_ENDED = re.compile(
    r"\b(?:ended|came\s+to\s+an\s+end|was\s+over|was\s+broken|broke\s+the\s+siege|"
    r"lifted\s+the\s+siege|stormed|storming)\b",
    re.I,
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "on 3 September", "on September 3", "on the 3rd of September", with its year or none
_ON_DAY = re.compile(
    rf"\bon\s+(?:the\s+)?(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\.?|(?P<m2>{_MONTH})\.?\s+"
    rf"(?P<d2>{_DAY}))\b(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?",
    re.I,
)
_CLAUSE = re.compile(r";\s*|(?<=\.)\s+(?=[A-Z])|,\s+(?:and|but|while|when)\s+", re.I)
_LONGEST_SIEGE_DAYS = 60


def siege_span(start: PartialDate, sentences: list[str]) -> PartialDate | None:
    """The span from the entry's first day to the day a later clause says its siege ended;
    None where the entry tells no siege, no clause ends it on a day, or the day is not after
    the first within weeks."""
    if start.precision != "day" or start.approximate:
        return None
    if not any(_SIEGE.search(sentence) for sentence in sentences):
        return None
    first = start.earliest
    for sentence in sentences:
        for clause in _CLAUSE.split(sentence):
            if not _ENDED.search(clause):
                continue
            days = list(_ON_DAY.finditer(clause))
            if len(days) != 1:
                continue
            end = _day_of(days[0], first.year)
            if end is None or not 0 < (end - first).days <= _LONGEST_SIEGE_DAYS:
                continue
            text = f"{start.text} – {days[0].group(0)[3:]}"
            try:
                return from_edtf(f"{first.isoformat()}/{end.isoformat()}", "range", text)
            except DateError:
                return None
    return None


def _day_of(match: re.Match[str], year: int) -> date | None:
    month = MONTHS[(match["m"] or match["m2"]).lower()]
    day = int(re.match(r"\d+", match["d"] or match["d2"]).group(0))
    written = int(match["y"]) if match["y"] else year
    if written != year:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
