"""The date of a lineage step: the clause's own, a closing one, a carried one.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import (
    HEDGE_BEFORE,
    DateError,
    PartialDate,
    approximately,
    find_dates,
    from_edtf,
)
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted


def date_in_a_relative_after(sentence: Sentence, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the sentence's first date lies in a relative clause after the clause a frame
    read that tells something else: a person's fate ("… broke away under Ali Musa, who was
    killed in January 2017"), or what befell the new organisation ("… and form the Kidal Army,
    which Mali banned in 2013"). A relative whose verb is the step's own ("…, which it left in
    1998", "…, from which it broke away in 1998") dates the step."""
    end = template.orig(match.end())
    found = _safe_find(sentence.text)
    if not found:
        return False
    first = found[0][0]
    if first < end:
        return False
    between = sentence.text[end:first]
    if re.search(r",\s*(?:who|whose)\b", between, re.I):
        return True
    relative = re.search(r",\s*(?:which|that)\b", between, re.I)
    return relative is not None and not _STEP_VERB.search(between, relative.start())


# the verbs of a relative clause that retells the step itself ("…, which it left in 1998")
_STEP_VERB = re.compile(
    r"\b(?:left|quit|abandoned|deserted|split|splintered|broke|broken|seceded|defected|"
    r"merged|joined|absorbed|renamed|became|formed|founded|created|established|launched)\b",
    re.I,
)


_AFTER_EVENT = re.compile(
    r"^\W*(?:after|following)\s+[^,]{0,80}?\b(?:death|killing|assassination|arrest|capture|"
    r"defeat|rout|collapse|fall|surrender)\b[^,]{0,40}$",
    re.I,
)


def dated_elsewhere(sentence: Sentence, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the only date before the clause belongs to another event the sentence opens
    with ("After Haddad’s death in 2019 its remnants formed …": 2019 dates the death)."""
    return bool(_AFTER_EVENT.match(sentence.text[: template.orig(match.start())]))



# "⟦X⟧ (X), a nationalist movement founded in 1973, …", "⟦X⟧, which was formed in 1990 by
# exiles": an appositive or relative after a prior that tells the prior's own founding
_PRIOR_FOUNDED = re.compile(
    r"(?:\s*\([^()⟦]{0,60}\))?\s*,\s*(?:(?:an?|the|one|itself\s+an?)\s+[^,;.⟦()]{0,60}?\s|"
    r"(?:which|that)\s+(?:had\s+been|has\s+been|was|were)\s+(?:[a-z]+ly\s+)?)?"
    r"(?:founded|formed|created|established|set\s+up|launched|raised|organi[sz]ed|built)\b"
    r"[^,;.⟦]{0,80}",
    re.I,
)


def prior_founding_asides(
    template: Slotted, priors: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The appositives right after a prior role that tell when the prior itself was founded
    ("grew out of ⟦X⟧, a movement founded in 1973"), template offsets: their dates are the
    prior's founding, never the step's (the step is then dated by another date, or not at all).
    A founding told after the result is left alone: the result's founding is the step's date
    as often as not ("⟦Y⟧, formed in 2004, broke away from ⟦X⟧")."""
    spans: list[tuple[int, int]] = []
    for _, end in priors:
        found = _PRIOR_FOUNDED.match(template.text, end)
        if found and re.search(r"\d", found.group(0)):
            spans.append(found.span())
    return spans


def first_date_within(
    sentence: Sentence, template: Slotted, spans: list[tuple[int, int]]
) -> bool:
    """Whether the sentence's first date lies in one of the spans (template offsets)."""
    found = _safe_find(sentence.text)
    if not found or not spans:
        return False
    first = found[0][0]
    return any(template.orig(a) <= first < template.orig(b) for a, b in spans)


def first_date(ctx: IngestContext, section: Section, sentence: Sentence) -> PartialDate | None:
    try:
        found = find_dates(sentence.text)
    except DateError as error:
        ctx.problem(section, sentence.line, str(error), Severity.ERROR)
        return None
    return found[0][2] if found else None


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b[^.;,]{0,60}?\s(?:in|on)\s+", re.I)
_CLOSING_DATE = re.compile(
    r"\s*,?\s*(?:(?:on|in|around|about|circa|c\.|approximately|by)\s*){0,2}", re.I
)


def date_of_clause(
    ctx: IngestContext, section: Section, sentence: Sentence, template: Slotted,
    match: re.Match[str], *, closing_first: bool = False, closing_only: bool = False,
    asides: list[tuple[int, int]] | None = None, previous: str | None = None,
    blanked: list[tuple[int, int]] | None = None, earlier: bool = True,
) -> PartialDate | None:
    """The date of the clause a pattern matched: one inside it, else the last one before it
    ("In January 2012 a faction that splintered …"), else None. A sentence can date two
    things ("After the agreement signed in November 2016, … in August 2017 converted itself").
    `blanked`: the clauses and parentheses the core clause set aside (template offsets): their
    dates are theirs, and a date after one still closes the clause ("⟦A⟧ broke away from ⟦B⟧
    (the old party) in 1969")."""
    found = dates_with_carried(sentence.text, previous)
    text = sentence.text
    if blanked:
        spans = [(template.orig(a), template.orig(b)) for a, b in blanked]
        found = [f for f in found if not any(x <= f[0] and f[1] <= y for x, y in spans)]
        for x, y in spans:
            text = text[:x] + " " * (y - x) + text[y:]
    start, end = template.orig(match.start()), template.orig(match.end())
    skipped = [(template.orig(a), template.orig(b)) for a, b in asides or []]
    inside = [d for a, b, d in found if start <= a and b <= end
              and not any(x <= a and b <= y for x, y in skipped)]
    # "renamed itself the LTTE on May 5, 1976": the date that closes the clause
    after = [
        (a, d) for a, b, d in found if end <= a and _CLOSING_DATE.fullmatch(text[end:a])
    ]
    # a frame ends at its result, so a date right after it dates the step itself ("…, a
    # circle formed in 1969, which renamed itself SP in 1970": 1970)
    if closing_only:
        return after[0][1] if after else None
    # "… split from X when she left for Beirut in February 1971": the when-clause dates it
    when = [(a, d) for a, b, d in found if end <= a
            and _WHEN_CLAUSE.fullmatch(text[end:a])]
    if not inside and not after and when:
        return when[0][1]
    if inside and not (closing_first and after):
        first = min(a for a, b, d in found if d is inside[0])
        # "began around 2011 as a faction of …": the hedge before a date inside the clause
        return approximately(inside[0]) if HEDGE_BEFORE.search(text[:first]) else inside[0]
    if after:
        a, found_date = after[0]
        return approximately(found_date) if HEDGE_BEFORE.search(text[end:a]) else found_date
    # `earlier`: False for a clause that says it came later ("…, and it later merged")
    before = [(a, d) for a, b, d in found if b <= start] if earlier else []
    if before and _AFTER_EVENT.match(text[:start]):
        return None  # "After Haddad’s death in 2019 its remnants formed …": the death's date
    if not before:
        return None
    a, found_date = before[-1]
    # "From about 2005 Noordin Top led …": the hedge before the date
    return approximately(found_date) if HEDGE_BEFORE.search(text[:a]) else found_date


# --- dates carried from an anchor -------------------------------------------------------------
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20}  # fmt: skip
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
_CARRIED = re.compile(
    rf"\b(?:(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+years?\s+later|"
    rf"(?P<nm>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+months?\s+later|"
    r"(?P<next>the\s+(?:following|next)\s+year|a\s+year\s+later)|"
    r"(?P<same>(?:later\s+)?(?:that|the\s+same)\s+year)|"
    # "that month", "in the same month", "the following month": the anchor's month, or the next
    r"(?P<samemonth>(?:that|the\s+same)\s+month)|(?P<nextmonth>the\s+(?:following|next)\s+month)|"
    rf"(?:that|the\s+same|the\s+following)\s+(?P<month>{'|'.join(_MONTHS)}))\b",
    re.I,
)


def dates_with_carried(
    sentence: str, previous: str | None
) -> list[tuple[int, int, PartialDate]]:
    """Every date of a sentence as (start, end, date), explicit ones (`find_dates`) and carried
    ones ("two years later", "the following year", "that August", "later that year", "that
    month", "in the same month", "the following month" — the last three only from a month), each
    carried one dated from the last date before it in the sentence (explicit or carried),
    else from the last date of the previous sentence. A carried phrase with no anchor dates
    nothing (precision first: an unanchored "later" is no date)."""
    try:
        found = list(find_dates(sentence))
    except DateError:
        return []
    for match in _CARRIED.finditer(sentence):
        if any(a <= match.start() < b for a, b, _ in found):
            continue
        anchors = [d for a, _, d in sorted(found, key=lambda f: f[0]) if a < match.start()]
        if not anchors and previous:
            try:
                anchors = [d for _, _, d in find_dates(previous)]
            except DateError:
                anchors = []
        anchors = [d for d in anchors if d.precision in ("year", "month", "day")]
        if not anchors:
            continue
        value = _carry(match, anchors[-1])
        if value is not None:
            found.append((match.start(), match.end(), value))
    return sorted(found, key=lambda f: f[0])


def carried_date(sentence: str, previous: str | None) -> PartialDate | None:
    """The first carried date of a sentence (see `dates_with_carried`), or None."""
    explicit = {(a, b) for a, b, _ in _safe_find(sentence)}
    carried = [d for a, b, d in dates_with_carried(sentence, previous) if (a, b) not in explicit]
    return carried[0] if carried else None


def _safe_find(sentence: str) -> list[tuple[int, int, PartialDate]]:
    try:
        return find_dates(sentence)
    except DateError:
        return []


def _carry(match: re.Match[str], anchor: PartialDate) -> PartialDate | None:
    year = anchor.earliest.year
    try:
        if match["nm"]:
            if anchor.precision not in ("month", "day"):
                return None  # "three months later" than a year: the month is unknown
            count = _NUMBERS.get(match["nm"].lower()) or int(match["nm"])
            months = year * 12 + anchor.earliest.month - 1 + count
            return from_edtf(f"{months // 12}-{months % 12 + 1:02d}", "month", match.group(0))
        if match["n"]:
            count = _NUMBERS.get(match["n"].lower()) or int(match["n"])
            return from_edtf(str(year + count), "year", match.group(0))
        if match["next"]:
            return from_edtf(str(year + 1), "year", match.group(0))
        if match["same"]:
            return from_edtf(str(year), "year", match.group(0))
        if match["samemonth"] or match["nextmonth"]:
            if anchor.precision not in ("month", "day"):
                return None  # "that month" after a bare year: the month is unknown
            months = year * 12 + anchor.earliest.month - 1 + (1 if match["nextmonth"] else 0)
            return from_edtf(f"{months // 12}-{months % 12 + 1:02d}", "month", match.group(0))
        month = _MONTHS.index(match["month"].lower()) + 1
        if match.group(0).lower().startswith("the following") and month <= anchor.earliest.month:
            year += 1
        return from_edtf(f"{year}-{month:02d}", "month", match.group(0))
    except DateError:
        return None



# --- the boundary a former name held until ---------------------------------------------------
_BEFORE_THEN = re.compile(r"\b(?:until|till|up\s+to|before)\s+(?:then|that|this)\b", re.I)
# the previous sentence must be about the name for its date to be the rename's: "used that
# name only from about 2005. Before then …" (a move or an attack dates nothing here)
_ABOUT_THE_NAME = re.compile(r"\b(?:names?|named|called|renamed|known\s+as|rebranded)\b", re.I)


def boundary_date(
    sentence: Sentence, template: Slotted, match: re.Match[str], previous: str | None
) -> PartialDate | None:
    """The date a former name gave way: the one the clause holds ("until 2005 it was known as
    Y"), or, for "before then" / "until then", the last date of the previous sentence where
    that sentence is about the name ("The group has used that name only since about 2005.
    Before then it called itself Y": 2005~). Nothing else dates the step: a date later in
    the sentence is another clause's ("…, and before that its founders left X in 2002")."""
    start, end = template.orig(match.start()), template.orig(match.end())
    found = _safe_find(sentence.text)
    inside = [(a, d) for a, b, d in found if start <= a and b <= end]
    if inside:
        a, date = inside[0]
        return approximately(date) if HEDGE_BEFORE.search(sentence.text[:a]) else date
    if previous is None or not _BEFORE_THEN.search(match.group(0)):
        return None
    if not _ABOUT_THE_NAME.search(previous):
        return None
    before = _safe_find(previous)
    if not before:
        return None
    a, _, date = before[-1]
    return approximately(date) if HEDGE_BEFORE.search(previous[:a]) else date
