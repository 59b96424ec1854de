"""Start dates the text gives by reference to another date: "from then", "from that point",
"thereafter", "that August", "two years later", "seventeen months later".

A carried date is resolved only from a date told earlier in the same sentence or in the
sentence before; with no such date the tenure's start stays unknown (never a date from further
back, which may belong to another event).
"""

from __future__ import annotations

import re

from kg.ingest.dates import DateError, PartialDate, from_edtf

# "from then (on)", "from that point", "thereafter", "since then", "after that": the start is
# the date told just before
THEN = re.compile(
    r"\b(?:from\s+(?:then|there)(?:\s+on(?:wards?)?)?|from\s+that\s+(?:point|time|moment|day|"
    r"date|year)(?:\s+on(?:wards?)?)?|thereafter|thenceforth|since\s+then|after\s+that|"
    r"from\s+this\s+point(?:\s+on)?)\b",
    re.I,
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
# "that August", "in August of that year": a month of the year told before
THAT_MONTH = re.compile(
    rf"\b(?:that|the\s+same|the\s+following)\s+(?P<m>{'|'.join(_MONTHS)})\b"
    rf"|\bin\s+(?P<m2>{'|'.join(_MONTHS)})\s+of\s+(?:that|the\s+same)\s+year\b",
    re.I,
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}  # fmt: skip
# "two years later", "a year after", "seventeen months later"
LATER = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})\s+(?P<unit>years?|months?)\s+(?:later|after(?:wards)?)\b",
    re.I,
)


def carried_start(text: str, before: list[PartialDate]) -> tuple[bool, PartialDate | None]:
    """(whether the clause dates its start by reference, the date it refers to resolved against
    `before`, the dates told before it in this sentence and the one before, in order)."""
    referent = before[-1] if before else None
    if referent is not None and "/" in referent.edtf:
        referent = _edtf(referent.edtf.split("/")[-1])
    month = THAT_MONTH.search(text)
    if month:
        if referent is None:
            return True, None
        number = _MONTHS.index((month["m"] or month["m2"]).lower()) + 1
        return True, _edtf(f"{referent.edtf[:4]}-{number:02d}")
    later = LATER.search(text)
    if later:
        if referent is None:
            return True, None
        count = int(later["n"]) if later["n"].isdigit() else _NUMBERS[later["n"].lower()]
        year = int(referent.edtf[:4])
        if later["unit"].lower().startswith("year"):
            return True, _edtf(str(year + count))
        if len(referent.edtf.rstrip("~")) < 7:
            return True, None  # months after a year: the month is unknown
        months = year * 12 + int(referent.edtf[5:7]) - 1 + count
        return True, _edtf(f"{months // 12}-{months % 12 + 1:02d}")
    if THEN.search(text):
        return True, referent
    return False, None


def _edtf(edtf: str) -> PartialDate | None:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(edtf))
    if precision is None:
        return None
    try:
        return from_edtf(edtf, precision, edtf)
    except DateError:
        return None
