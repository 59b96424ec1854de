"""Lineage as one grammar: [organisation] [predicate of a kind] [organisation(s)] [time].

The frames of `kg.ingest.lineage_frames` grew one shape at a time, as profiles showed them;
a writer who words a step another way falls through. This module states the grammar once and
generates its frames from closed lexicons, one per kind of step, so every predicate is read in
every clause shape:

    active      ORG PRED ORG            "the group broke away from X", "X absorbed the group"
    relative    ORG, which (had) PRED ORG, …   "X, which had split from the group in 2011, …"
    reverse     ORG, from which ORG PRED, …    "X, from which the group broke away in 2011, …"
    passive     ORG was PRED(by/into) ORG       "X was absorbed into the group", "taken over by"

Each lexicon entry says which side is the result and which the prior, so direction follows
from the predicate ("X absorbed Y": X the result; "X was absorbed into Y": Y the result), never
from which side is the profile's group. Roles are filled as in every frame (`kg.ingest.lineage`):
a slot, a reference to the group ("the group", "it", "the Front" via
`kg.ingest.group_references`), or an unknown name that can name an organisation.

The lexicons (closed; a word not here is not read as lineage by this grammar):

- split (result came out of prior): broke away / broke off / split (off) / splintered / seceded /
  defected from, broke with, walked out of, parted ways / company with, left, quit, was carved
  out of; "a dissident / breakaway / splinter faction of"; people expelled from or who quit X
  who then formed Y;
- rename (prior took a new name): renamed itself, was renamed, changed its name to, called
  itself, adopted / took / assumed the name, rebranded as, became known as, gave itself the
  name, restyled itself, reverted to / resumed (its old name), dropped X for Y;
- merger: merged / joined / united / fused / amalgamated / combined (with …) to form, came
  together as, "a merger of", "formed by the merger of";
- absorption (result took prior in as a body): absorbed, incorporated, subsumed, took over,
  brought X under its command; X was absorbed / folded / integrated / incorporated / subsumed
  into, was brought under, was taken over by, dissolved into, transferred its fighters to;
- pledge: an oath of allegiance with the new name it gave (`kg.ingest.lineage_frames`), or
  "became a province / branch / affiliate of Z under the name X"; an oath alone is no lineage.

Not lineage, whatever the verb: a clause with "not", "never" or "no" before its predicate
("was not part of", "never formed one organisation", "no merger"), and fighters taken in while
their own group lived on ("… but X fought on"). Alliances, coalitions, wings, fronts, cover
names, sister parties, rivals and fighting have no predicate in any lexicon.

Dates: the clause's own date (every prose format `kg.ingest.dates` reads, approximate ones as
EDTF `2011~`), else a date carried from an anchor ("two years later", "the following year",
"that August", "later that year") only where the anchor's date is in the same or the previous
sentence (`carried_date`).
"""

from __future__ import annotations

import re

from kg.ingest.dates import DateError, PartialDate, find_dates, from_edtf
from kg.ingest.lineage_frames import _ADVERB, _OATH, ITEMS, NAMED, ORG, PART, Frame
from kg.ingest.slots import NAME, G

# --- lexicons: (phrase, side of the result) --------------------------------------------------
# "left": the organisation before the predicate is the result; "right": the one after it.
SPLIT = [
    r"(?:broke|broken)\s+(?:away|off)\s+from",
    r"broke\s+with",
    r"split\s+(?:off\s+|away\s+)?from",
    r"splintered\s+(?:off\s+)?from",
    r"seceded\s+from",
    r"defected\s+from",
    r"walked\s+out\s+(?:of|on)",
    r"parted\s+(?:ways|company)\s+with",
    r"(?:left|quit)",
    r"(?:was|were)\s+carved\s+out\s+of",
]
SPLIT_NO_FROM = r"(?:broke\s+away|broke\s+off|split\s+(?:off|away)|splintered(?:\s+off)?|seceded|walked\s+out|defected)"  # noqa: E501
RENAME = [
    r"renamed\s+itself(?:\s+as)?",
    r"(?:was|were)\s+renamed(?:\s+(?:as|to))?",
    r"changed\s+its\s+name\s+to",
    r"called\s+itself",
    r"(?:adopted|took|assumed)\s+(?:on\s+)?the\s+name(?:\s+of)?",
    r"rebranded(?:\s+itself)?(?:\s+as)?",
    r"became\s+known\s+as",
    r"gave\s+itself\s+the\s+name",
    r"restyled\s+itself(?:\s+as)?",
    r"(?:reverted\s+to|resumed|went\s+back\s+to|returned\s+to)\s+(?:the|its)\s+"
    r"(?:(?:old|former|original|earlier|first)\s+)?name(?:\s+of)?\s*,?",
]
MERGE_VERBS = (
    r"(?:merged|joined(?:\s+forces)?|united|fused|amalgamated|combined|came\s+together)"
)
ABSORB_ACTIVE = [  # the left one took the right one in
    r"absorbed",
    r"incorporated",
    r"subsumed",
    r"took\s+over",
    r"swallowed(?:\s+up)?",
]
ABSORB_PASSIVE = [  # the left one was taken into the right one
    r"(?:was|were)\s+(?:(?:fully|formally|largely|later)\s+)?(?:absorbed|folded|integrated|"
    r"incorporated|subsumed|merged)\s+(?:back\s+)?(?:into|by|within)",
    r"(?:was|were)\s+brought\s+under",
    r"(?:was|were)\s+taken\s+over\s+by",
    r"dissolved\s+(?:itself\s+)?into",
    r"transferred\s+(?:all\s+)?its\s+(?:fighters|members|forces|men|units)\s+(?:in)?to",
]

_REL = r"(?:\s*,\s*(?:which|that)(?:\s+(?:had|has|have))?)?"
_AUX = r"(?:(?:had|has|have)\s+)?"
_DATE_GAP = r"(?:\s+[^⟦.;]{1,30}?\s*,?)?"  # "in 2011", "on March 5, 2011", "two years later"
_PEOPLE = (
    r"(?:members|dissidents|commanders|cadres|militants|fighters|leaders|hardliners|"
    r"activists|clerics|officers|veterans|loyalists)"
)
_FOUNDED = r"(?:founded|formed|created|set\s+up|launched|established)"


def _alt(phrases: list[str]) -> str:
    return "(?:" + "|".join(phrases) + ")"


def _f(name: str, kind: str, pattern: str, result: str, priors: tuple[str, ...],
       cues: tuple[str, ...]) -> Frame:
    return Frame(name, kind, re.compile(pattern, re.I), result, priors, cues)


# ", and the merged group took the name Z": the name a merger's result took
_THEN_NAMED = (
    r",?\s+and\s+the\s+(?:merged|joint|new|combined|resulting|united|enlarged)\s+(?:group|"
    r"organi[sz]ation|movement|body|entity|formation|front)\s+(?:(?:later|then|soon)\s+)?"
    r"(?:took\s+(?:on\s+)?the\s+name(?:\s+of)?|(?:was|were)\s+(?:called|named|renamed|known\s+as|"
    r"christened|dubbed)|became\s+known\s+as|called\s+itself|named\s+itself|adopted\s+the\s+"
    r"name(?:\s+of)?)\s+(?P<x>" + NAMED + ")"
)
_THEN_CUES = ("merged", "joint", "combined", "resulting", "united", "enlarged")
_SPLIT_CUES = ("broke", "broken", "split", "splinter", "seceded", "defected", "walked out",
               "parted", "left", "quit", "carved")
_ABSORB_CUES = ("absorbed", "incorporated", "subsumed", "took over", "swallowed", "folded",
                "integrated", "merged", "brought under", "taken over", "dissolved",
                "transferred")

GRAMMAR: list[Frame] = [
    # --- split ---------------------------------------------------------------------------
    _f("g-split-active", "split",
       rf"(?P<x>{ORG}){_REL}\s+{_AUX}{_ADVERB}(?:itself\s+)?{_alt(SPLIT)}\s+(?P<b>{ORG})",
       "x", ("b",), _SPLIT_CUES),
    _f("g-split-reverse-relative", "split",
       rf"(?P<b>{ORG})\s*,\s*from\s+which\s+(?P<x>{ORG})\s+{_AUX}{_ADVERB}{SPLIT_NO_FROM}\b",
       "x", ("b",), ("from which",)),
    _f("g-split-faction-of", "split",
       rf"(?P<x>{ORG})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?(?:dissident|breakaway|"
       rf"splinter|renegade)\s+(?:faction|wing|group|cell|movement)\s+(?:of|from|within)\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), ("dissident", "breakaway", "splinter", "renegade")),
    _f("g-split-people-left-founded", "split",
       rf"\b{_PEOPLE}\s+(?:(?:who|that)\s+(?:had\s+)?(?:left|quit|broke\s+away\s+from|"
       rf"split\s+from|deserted)|(?:who\s+(?:had\s+been|were)\s+)?expelled\s+from)\s+"
       rf"(?P<b>{ORG}){_DATE_GAP}\s+{_ADVERB}{_FOUNDED}\s+(?P<x>{NAMED})",
       "x", ("b",), ("left", "quit", "expelled", "broke away", "split", "deserted")),
    _f("g-split-expelled-formed", "split",
       rf"(?P<b>{ORG})\s+expelled\s+[^⟦.;]{{1,60}}?,?\s+(?:who|which|that)\s+{_ADVERB}"
       rf"(?:went\s+on\s+to\s+(?:found|form|create|set\s+up)|{_FOUNDED})\s+(?P<x>{NAMED})",
       "x", ("b",), ("expelled",)),
    # --- rename --------------------------------------------------------------------------
    _f("g-rename-active", "rename",
       rf"(?P<a>{ORG}){_REL}\s+{_AUX}{_ADVERB}{_alt(RENAME)}\s+(?P<x>{NAMED})",
       "x", ("a",), ("renamed", "name", "rebranded", "known as", "itself")),
    _f("g-rename-dropped", "rename",
       rf"\bdropped\s+(?:the\s+name\s+|its\s+name\s+)?(?P<a>{NAMED})\s+(?:for|in\s+favou?r\s+of)\s+"
       rf"(?:the\s+name\s+)?(?P<x>{NAMED})",
       "x", ("a",), ("dropped",)),
    # --- merger --------------------------------------------------------------------------
    _f("g-merger-with-to-form", "merger",
       rf"(?P<a>{ITEMS})\s+{_ADVERB}{MERGE_VERBS}(?:\s+together)?(?:\s+(?:with\s+)?(?P<b>{ITEMS}))?"
       rf"[^⟦.;]{{0,40}}?\s+(?:to\s+(?:form|create|found|establish|launch)|forming|creating|"
       rf"as|into|in\s+(?:creating|forming|founding|establishing|setting\s+up|launching))\s+"
       rf"(?P<x>{ORG})",
       "x", ("a", "b"), ("merged", "joined", "united", "fused", "amalgamated", "combined",
                         "came together")),
    _f("g-merger-appositive", "merger",
       rf"(?P<x>{ORG})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:merger|union|fusion|amalgamation)\s+"
       rf"(?:of|between)\s+(?P<a>{ITEMS})",
       "x", ("a",), ("merger", "union", "fusion", "amalgamation")),
    # "A joined with B …, and the merged group took the name Z"; "X merged A with B, and the
    # joint organisation was called Z": the name comes after the merger, in its own clause
    _f("g-merger-x-with-y-then-named", "merger",
       rf"\b(?:merged|united|fused|combined|amalgamated)\s+[^⟦.;]{{0,40}}?(?P<a>{ORG})(?:{PART})?"
       rf"\s+with\s+[^⟦.;]{{0,40}}?(?P<b>{ORG})[^.;]{{0,60}}?{_THEN_NAMED}",
       "x", ("a", "b"), _THEN_CUES),
    _f("g-merger-then-named", "merger",
       rf"(?P<a>{ITEMS})\s+{_ADVERB}{MERGE_VERBS}(?:\s+(?:together\s+)?with\s+"
       rf"(?P<b>[^.;]{{1,100}}?)|[^.;]{{0,60}}?){_THEN_NAMED}",
       "x", ("a", "b"), _THEN_CUES),
    # --- absorption ----------------------------------------------------------------------
    _f("g-absorb-active", "absorption",
       rf"(?P<x>{ORG}){_REL}\s+{_AUX}{_ADVERB}{_alt(ABSORB_ACTIVE)}\s+(?P<a>{ORG})",
       "x", ("a",), _ABSORB_CUES),
    _f("g-absorb-brought-under", "absorption",
       rf"(?P<x>{ORG})\s+{_ADVERB}brought\s+(?P<a>{ORG})\s+under\s+(?:its|the\s+group[’']s)\s+"
       rf"(?:command|control|banner|umbrella|wing)",
       "x", ("a",), ("brought",)),
    _f("g-absorb-passive", "absorption",
       rf"(?P<a>{ORG}){_REL}\s+{_AUX}{_ADVERB}{_alt(ABSORB_PASSIVE)}\s+(?P<x>{ORG})",
       "x", ("a",), _ABSORB_CUES),
    # "pledged allegiance to X, and its fighters were absorbed": taken into X
    _f("g-absorb-after-pledge", "absorption",
       rf"\b{_OATH}\s+(?P<x>{NAMED})[^⟦.;]{{0,40}}?,?\s+and\s+(?:its|their)\s+(?:fighters|members|"
       rf"units|forces|men|cadres)\b[^⟦.;]{{0,40}}?\s+(?:were|was)\s+{_ADVERB}(?:(?:largely|fully)"
       rf"\s+)?(?:absorbed|integrated|incorporated|folded\s+in|merged\s+in)\b",
       "x", ("@self",), ("allegiance", "loyalty", "fealty", "bay")),
    # "… broke away and announced X", "split off from Y to launch X": a new organisation
    _f("g-split-and-founded", "split",
       rf"\b(?:broke\s+away|split\s+off|splintered\s+off|seceded|walked\s+out|broke\s+ranks)"
       rf"(?:\s+from\s+(?P<b>{ORG}))?(?:\s+with\s+[^⟦.;]{{0,60}}?)?{_DATE_GAP}\s+"
       rf"(?:and\s+(?:(?:in|on|by)\s+[^⟦,.;]{{1,30}}?\s+)?{_ADVERB}(?:formed|founded|created|"
       rf"launched|announced|proclaimed|established|set\s+up|declared|adopted\s+the\s+name|"
       rf"took\s+the\s+name|(?:called|named|styled)\s+themselves)|to\s+(?:form|found|create|"
       rf"launch|announce|proclaim|establish|set\s+up))\s+(?:the\s+(?:creation|formation|"
       rf"founding|birth)\s+of\s+)?(?P<x>{NAMED})",
       "x", ("b", "@self"), ("broke away", "split off", "splintered off", "seceded",
                             "walked out", "broke ranks")),
    # "Dar founded a breakaway formation, the Muslim Mujahideen, in 1991"
    _f("g-split-founded-a-breakaway", "split",
       rf"\b{_FOUNDED}\s+(?:an?|the|his\s+own|their\s+own)\s+(?:new\s+)?(?:breakaway|splinter|"
       rf"dissident)\s+(?:formation|group|faction|organi[sz]ation|movement|party|outfit|wing)"
       rf"(?:\s+(?:of|from)\s+(?P<b>{ORG}))?\s*,?\s*(?:called\s+|named\s+|known\s+as\s+)?"
       rf"(?P<x>{NAMED})",
       "x", ("b", "@self"), ("breakaway", "splinter", "dissident")),
    # "Haddad, Musa and Kebir walked out of X in 1996": the group's founders (named in its
    # leadership paragraph) leaving X take the group out of it, unless they joined or founded
    # something else in the same sentence; X must be an organisation the graph knows or the
    # sentence introduces ("left the Malian Army" is a career, not a split)
    _f("g-leaders-left", "split",
       rf"(?P<p>{NAME})\s+{_ADVERB}(?:walked\s+out\s+of|quit|left|defected\s+from|parted\s+"
       rf"ways\s+with|broke\s+ranks\s+with)\s+(?P<b>(?:the\s+)?{G})"
       rf"(?![^.;]{{0,80}}\b(?:form|found|creat|establish|set\s+up|join|launch|announc))",
       "@leader:p", ("b",), ("walked out", "quit", "left", "defected", "parted", "broke ranks")),
    # "its survivors and other insurgents merged as X": the group's remnant in a merger
    _f("g-merger-its-remnant", "merger",
       rf"\b(?:its|the\s+group[’']s)\s+(?:survivors|remnants|fighters|members|cadres|rump|"
       rf"remaining\s+(?:fighters|members))\s+(?:and\s+[^⟦.;]{{1,60}}?\s+)?{_ADVERB}(?:merged|united|"
       rf"joined\s+forces|combined|came\s+together|banded\s+together)\s+(?:as|into|to\s+form|to\s+"
       rf"create|forming)\s+(?P<x>{NAMED})",
       "x", ("@self",), ("survivors", "remnants", "fighters", "members", "cadres", "rump",
                         "remaining")),
    # "… renounced the group; the fighters who followed him were announced as X"
    _f("g-split-followers-formed", "split",
       rf"\b(?:renounced|left|quit|broke\s+with|defected\s+from|split\s+from|was\s+expelled\s+"
       rf"from|walked\s+out\s+of)\s+(?P<b>{ORG})[^.]{{0,80}}?\b(?:the\s+)?(?:fighters|men|"
       rf"followers|members|cadres|militants|commanders)\s+(?:who|that)\s+(?:had\s+)?(?:followed|"
       rf"joined|went\s+with|sided\s+with|stayed\s+with)\s+(?:him|her|them|{NAME})\s+{_ADVERB}"
       rf"(?:were\s+announced\s+as|announced\s+themselves\s+as|formed|founded|became|set\s+up|"
       rf"regrouped\s+as|re-?emerged\s+as|took\s+the\s+name)\s+(?P<x>{NAMED})",
       "x", ("b",), ("followed", "joined", "went with", "sided with", "stayed with")),
    # --- pledge: a province or branch under a new name -------------------------------------
    _f("g-pledge-province", "pledge",
       rf"(?P<a>{ORG})\s+{_ADVERB}became\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:province|branch|"
       rf"affiliate|wilayat?)\s+of\s+(?P<b>{NAMED})[^⟦.;]{{0,40}}?,?\s+(?:under\s+the\s+name|"
       rf"as|named|called|known\s+as)\s+(?P<x>{NAMED})",
       "x", ("a",), ("province", "branch", "affiliate", "wilaya")),
]  # fmt: skip

# --- what is not lineage however worded ----------------------------------------------------
_NEGATED = re.compile(r"\b(?:not|never|no|nor)\b", re.I)


def negated(clause: str) -> bool:
    """Whether a clause read as lineage says it did not happen ("was not part of", "never
    formed one organisation", "did not merge")."""
    return bool(_NEGATED.search(clause))


_SURVIVED = re.compile(
    r"\b(?:fought\s+on|survived|lived\s+on|carried\s+on|continued\s+(?:to\s+(?:exist|fight|"
    r"operate)|on|independently|its\s+own)|remained\s+(?:independent|intact|active)|"
    r"kept\s+(?:fighting|its\s+name|operating))\b",
    re.I,
)


def survived(rest: str) -> bool:
    """Whether what follows a clause says the organisation it took fighters from lived on
    ("…, but X fought on"): fighters taken in, not an absorption."""
    return bool(_SURVIVED.search(rest))


# --- dates carried from an anchor -------------------------------------------------------------
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
_CARRIED = re.compile(
    rf"\b(?:(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+years?\s+later|"
    rf"(?P<nm>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+months?\s+later|"
    r"(?P<next>the\s+(?:following|next)\s+year|a\s+year\s+later)|"
    r"(?P<same>(?:later\s+)?(?:that|the\s+same)\s+year)|"
    rf"(?:that|the\s+same|the\s+following)\s+(?P<month>{'|'.join(_MONTHS)}))\b",
    re.I,
)


def dates_with_carried(
    sentence: str, previous: str | None
) -> list[tuple[int, int, PartialDate]]:
    """Every date of a sentence as (start, end, date), explicit ones (`find_dates`) and carried
    ones ("two years later", "the following year", "that August", "later that year"), each
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
        month = _MONTHS.index(match["month"].lower()) + 1
        if match.group(0).lower().startswith("the following") and month <= anchor.earliest.month:
            year += 1
        return from_edtf(f"{year}-{month:02d}", "month", match.group(0))
    except DateError:
        return None
