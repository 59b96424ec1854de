"""Leadership told as a narrative, read by a small grammar over the sentence.

Profiles rarely say "X has led the group since 2004" and stop. They tell a succession: "A, the
group's first emir, led the group from 1992 until his arrest in 1993, when he was succeeded by
B, alias 'C'"; "D founded the group in 2002 and led it until he was killed"; "E has led the
group together with its co-founder F since October 2011". One regular expression per wording
cannot keep up, so a sentence is first rewritten as a template in which the parts the grammar
is about are tokens:

    ⟪P0⟫  a person (a capitalised name that is not a known group, place or organisation, or a
          surname of a person named earlier), ⟪D0⟫ a date, ⟪G⟫ the profile's group ("the
          group", "it", "the movement", its own name), ⟪H⟫ a pronoun for the last person.

and the clauses are read off that template: a *tenure* (subject, start, optional end with how
it ended), a *succession* ("succeeded by ⟪P1⟫" starts ⟪P1⟫'s tenure where the last one ended),
an *alias* and a *role* that is not leadership (deputy, spokesman, third-in-command, security
chief, commander of a unit): a role is kept as a role and never makes a leader. A sentence the
grammar reads only partly states what it read; one it cannot read is left to the caller, which
reports it verbatim. Nothing is guessed: a leader without a start date is reported, not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS, SKOS, Namespace

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import DateError, PartialDate, find_dates, from_edtf
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.namespaces import KG, LEADERSHIP, SCHEMA, VOCAB

TENURE_END = Namespace(str(VOCAB) + "tenure-end/")
"""How a tenure ended, as `dcterms:type` of the kg:Leadership: killed, arrested, dismissed,
resigned, died (the IRIs are `…/vocab/tenure-end/<how>`)."""

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"  # Latin capitals, for "Öcalan", "İmralı"
_WORD = rf"[{_UPPER}][\w’'\-]{{1,40}}"
_PARTICLE = r"(?:bin|ben|ibn|ag|Ag|ould|Ould|abu|Abu|Abou|al|el|de|del|la|van|der|Al)"
_PERSON = re.compile(
    rf"\b{_WORD}(?:\s{{1,3}}(?:{_PARTICLE}\s{{1,3}}){{0,3}}(?:{_WORD}|al-[\w’'\-]{{1,40}})){{0,6}}"
)
# Capitalised words that open a sentence or name a month are never the first word of a person.
_NOT_FIRST = {
    "In", "On", "At", "By", "After", "Before", "During", "Following", "However", "The", "Its",
    "It", "This", "That", "These", "Since", "Then", "He", "She", "They", "His", "Her", "Their",
    "When", "While", "From", "Until", "Under", "With", "A", "An", "As", "According", "Both",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Spring", "Summer", "Autumn", "Winter", "Also", "And",
    "Of", "For", "Yet", "But", "Although", "Though", "Later", "Earlier", "Today",
}  # fmt: skip
_ROLE = (
    r"(?:(?:first|second|third|new|former|top|senior|chief|military|deputy|security|media|"
    r"religious|spiritual|political|field|regional|local|international|eastern|western|"
    r"northern|southern)\s+)*"
    r"(?:deputy(?:\s+(?:leader|emir|commander))?|spokes(?:man|woman|person)|"
    r"(?:second|third|fourth)-in-command|"
    # "security chief", "the group's security and military chief", "chief of operations"
    r"(?:security|military|intelligence|operations)(?:\s+and\s+(?:security|military|"
    r"intelligence|operations))?\s+chief|chief\s+of\s+(?:security|operations|intelligence)|"
    r"head\s+of\s+security|treasurer|ideologue|financier|negotiator|strategist|"
    r"brother-in-law|(?:military\s+)?commander|co-founder|founder|mufti|judge|envoy|recruiter|"
    r"governor)"
)
_LEADER_WORD = r"(?:leader|emir|amir|head|chief|commander-in-chief|secretary[- ]general|chairman)"
_GROUP_WORDS = (
    r"(?:the\s+(?:group|movement|organi[sz]ation|network|insurgency|party)\b|it\b|(?:the\s+)?⟪G⟫)"
)
_LED = r"(?:led|headed|commanded|ran|directed)"
# The group's own top body stands for the group: "headed the executive from 1986", "headed its
# executive council from 2004 to 2013".
_TOP_BODY = (
    r"(?:(?:the|its|the\s+group[’']s)\s+(?:executive(?:\s+(?:committee|council))?|leadership|"
    r"high\s+command|central\s+committee|shura(?:\s+council)?))"
)
# words between two parts of a clause: never a person, date or group token (a place or another
# organisation, ⟪X⟫, may stand there: "in Nairobi, Kenya, in February 1999")
_ANY = r"(?:[^.;⟪]|⟪X⟫)"
_GAP = _ANY + r"{0,80}?"
_AKA = r"(?:alias|a\.k\.a\.|aka|also\s+known\s+as|better\s+known\s+as|known\s+as|also\s+called)"
# ", the group's first emir," / "(a veteran)" / ", also known as ⟪P⟫," between subject and verb
_APPOSITION = (
    rf"(?:\s*,\s*{_AKA}\s+(?:[‘“\"'][^’”\"'⟪]{{1,60}}[’”\"']|[‘“\"']?⟪P\d+⟫[’”\"']?)"
    rf"(?:[^,;⟪]{{0,60}}?,|\s*,?)"
    rf"|\s*,[^,;⟪]{{0,120}}?,[’”\"']?|\s*\([^()]{{0,80}}\))"
    r"{0,2}"
)
_SUBJECT = r"(?P<s>⟪[PH]\d*⟫)"
_END = (
    r"(?P<end>until\s+(?:(?:his|her)\s+(?P<noun>arrest|capture|death|killing|assassination|"
    r"dismissal|removal|ouster|resignation|execution)|(?:⟪H\d*⟫|⟪P\d+⟫)\s+(?:was\s+)?"
    r"(?P<verb>killed|arrested|captured|dismissed|removed|deposed|ousted|resigned|died|executed|"
    r"assassinated|blew\s+(?:himself|herself)\s+up)|[^.;⟪]{0,40}?\s(?P<agent>killed|arrested|"
    r"captured)\s+(?:him|her|⟪H⟫))(?:[^.;⟪]{0,80}?⟪(?P<until>D\d+)⟫)?)"
)
# "from its renaming in 1976", "since the group's founding in 1990": the event dates the start
_EVENT_IN = (
    r"(?:(?:its|the\s+group[’']s|⟪G⟫[’']s)\s+(?:renaming|founding|foundation|creation|"
    r"formation|establishment|launch|rebranding)\s+in\s+)?"
)
_SINCE = (
    rf"(?:from\s+{_EVENT_IN}⟪(?P<from>D\d+)⟫|since\s+{_EVENT_IN}⟪(?P<since>D\d+)⟫|"
    r"(?:in|on)\s+⟪(?P<in>D\d+)⟫)"
)
_FROM = rf"(?:(?:from\s+{_EVENT_IN})?⟪(?P<from>D\d+)⟫|since\s+{_EVENT_IN}⟪(?P<since>D\d+)⟫)"


def _together(group: str) -> str:
    """"together with (its co-founder) ⟪P⟫": a co-leader, in a named group."""
    return (
        r"(?:\s+(?:together|jointly)\s+with\s+(?:(?:his|her|its|the\s+group[’']s)\s+)?"
        rf"(?:co-founder\s+|deputy\s+|brother\s+)?(?P<{group}>⟪P\d+⟫))?"
    )



_TENURES = [
    # ⟪P⟫ (has) led the group [together with ⟪P⟫] from/since ⟪D⟫ [until …]
    re.compile(
        rf"{_SUBJECT}{_APPOSITION}\s+(?:has\s+|had\s+)?(?:also\s+)?{_LED}\s+"
        rf"(?:{_GROUP_WORDS}|{_TOP_BODY})"
        rf"{_together('co')}{_GAP}\s{_FROM}{_together('co2')}(?:{_GAP}\s{_END})?"
    ),
    # ⟪P⟫ founded the group (in …) in ⟪D⟫ and led it [until …]
    re.compile(
        rf"{_SUBJECT}{_APPOSITION}\s+(?:co-)?founded\s+{_GROUP_WORDS}{_GAP}\s{_SINCE}[^.;⟪]{{0,80}}?"
        rf"\s(?:and|,)\s+(?:then\s+)?(?:has\s+|had\s+)?{_LED}\s+{_GROUP_WORDS}{_GAP}"
        rf"(?:\s{_END})?"
    ),
    # ⟪P⟫ founded another body (the predecessor) … and led the group from ⟪D⟫ [until …]:
    # "founded the Tamil New Tigers in 1972 and led the movement from its renaming in 1976"
    re.compile(
        rf"{_SUBJECT}{_APPOSITION}\s+(?:co-)?founded\s+[^.;]{{1,100}}?\s(?:and|,)\s+(?:then\s+)?"
        rf"{_LED}\s+{_GROUP_WORDS}{_GAP}\s{_FROM}(?:{_GAP}\s{_END})?"
    ),
    # "⟪P⟫, the party's first secretary-general (1989-1991)": a tenure told in apposition
    re.compile(
        rf"{_SUBJECT}\s*,\s*(?:the\s+(?:group|party|movement|organi[sz]ation)[’']s\s+|its\s+|"
        rf"⟪G⟫[’']s\s+)(?:(?:first|second|third|former|founding|last)\s+)?{_LEADER_WORD}\s*"
        r"\(\s*⟪(?P<from>D\d+)⟫\s*\)"
    ),
    # ⟪P⟫ took over / took command / became emir / was named leader in ⟪D⟫ [and led … until …]
    re.compile(
        rf"{_SUBJECT}{_APPOSITION}\s+(?:(?:is|was)\s+(?P<hedge>reported|believed|said|thought)\s+"
        rf"to\s+have\s+)?(?:(?:had|has)\s+)?(?:took\s+(?:his|her)\s+place\s+at\s+the\s+"
        rf"(?:top|head)\s+of\s+{_GROUP_WORDS}|took\s+over|taken\s+over|took\s+(?:command|control|charge)|"
        rf"assumed\s+(?:the\s+)?(?:leadership|command)|became\s+(?:the\s+)?(?:group[’']s\s+|new\s+)?"
        rf"{_LEADER_WORD}|become\s+(?:the\s+)?(?:group[’']s\s+|new\s+)?{_LEADER_WORD}|"
        rf"declared\s+(?:himself|herself)\s+(?:the\s+)?(?:new\s+)?{_LEADER_WORD}|"
        rf"(?:was|were)\s+(?:named|appointed|chosen|elected|proclaimed)\s+(?:as\s+)?(?:the\s+)?"
        rf"(?:group[’']s\s+|new\s+)?{_LEADER_WORD})(?:\s+of\s+{_GROUP_WORDS})?(?=[\s,])"
        # "became the emir of Tripoli", "emir for the Sahara": a leader of something else
        rf"(?!\s+(?:of|for|over)\s+(?!{_GROUP_WORDS}))"
        rf"(?:[^.;⟪]{{0,40}}?\s{_SINCE})"
        rf"(?:[^.;⟪]{{0,60}}?\s(?:and|,)\s+(?:then\s+)?{_LED}\s+{_GROUP_WORDS}\s{_END})?"
    ),
    # ⟪P⟫ has been (the group's) secretary-general since ⟪D⟫
    re.compile(
        rf"{_SUBJECT}{_APPOSITION}\s+(?:has\s+been|had\s+been|is|was)\s+(?:the\s+)?"
        rf"(?:group[’']s\s+|⟪G⟫[’']s\s+)?{_LEADER_WORD}(?:\s+of\s+{_GROUP_WORDS})?\s+{_FROM}"
        rf"(?:{_GAP}\s{_END})?"
    ),
    # the group has been led by ⟪P⟫ since ⟪D⟫
    re.compile(
        rf"{_GROUP_WORDS}\s+(?:is|was|has\s+been|had\s+been)\s+(?:led|headed)\s+by\s+{_SUBJECT}"
        rf"{_APPOSITION}{_together('co')}{_GAP}\s{_FROM}(?:{_GAP}\s{_END})?"
    ),
]
_SUCCEEDED = re.compile(
    r"(?:(?:was|were)\s+succeeded\s+by|(?:his|her)\s+successor(?:\s+was)?,?)\s+(?P<s>⟪P\d+⟫)"
)
# "… from 2004 to 2013, when ⟪P⟫ and ⟪P⟫ took over (as co-chairs)": they start where the
# tenure just read ended.
_WHEN_TOOK_OVER = re.compile(
    r"\bwhen\s+(?P<s>⟪P\d+⟫)(?:\s*,?\s+and\s+(?P<s2>⟪P\d+⟫))?\s+(?:took\s+over|took\s+command|"
    r"took\s+charge|replaced\s+(?:him|her|⟪H⟫)|succeeded\s+(?:him|her|⟪H⟫))\b"
)
_SUCCEEDED_HIM = re.compile(
    rf"(?P<s>⟪P\d+⟫){_APPOSITION}\s+succeeded\s+(?:him|her|⟪[HP]\d*⟫|[{_UPPER}][\w’'\-]{{1,40}})"
    r"(?:[^.;⟪]{0,40}?\s+in\s+⟪(?P<in>D\d+)⟫)?"
    r"(?:\s+and\s+was\s+(?P<verb>killed|arrested|captured|dismissed|removed|deposed|ousted)"
    r"[^.;⟪]{0,60}?\s+in\s+⟪(?P<until>D\d+)⟫)?"
)
_ALIAS = re.compile(
    r"(?P<p>⟪P\d+⟫)\s*(?:,\s*|\(\s*)(?:alias|a\.k\.a\.|aka|also\s+known\s+as|better\s+known\s+as|"
    r"known\s+as|also\s+called|nicknamed|whose\s+kunya\s+is|kunya)\s+(?P<q>[‘“\"'])?(?P<a>⟪P\d+⟫)"
)
_QUOTED_ALIAS = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s*(?:,\s*|\(\s*)(?:{_AKA}|whose\s+kunya\s+is|nicknamed)\s+[‘“\"']"
    r"(?P<a>[^’”\"'⟪,]{1,60}?),?[’”\"']"
)
_ROLE_BEFORE = re.compile(
    rf"(?:(?:his|her|its|the\s+group[’']s|the|a|an)\s+)?(?P<role>{_ROLE})(?:\s+of\s+{_GROUP_WORDS})?,?\s+(?P<p>⟪P\d+⟫)",
    re.I,
)
_ROLE_AFTER = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s*,\s*(?:(?:the|a|an|its|his|her|the\s+(?-i:[a-z]{{2,20}})[’']s|⟪G⟫[’']s)\s+)?"
    rf"(?:(?-i:[A-Z][\w’'\-]{{1,40}})\s+)?(?P<role>{_ROLE})\b",
    re.I,
)
_ROLE_SERVED = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s+(?:(?:has\s+served|served|serves|is|was|has\s+been)\s+as\s+"
    rf"(?:(?:⟪P\d+⟫(?:[’']s)?|its|the\s+group[’']s|the|a|an)\s+)?"
    # "Makki is Saeed's brother-in-law and deputy", "X is a spokesman of the movement"
    rf"|(?:is|was)\s+(?:⟪P\d+⟫[’']s|(?-i:[A-Z][\w\-]{{1,30}})[’']s|its|the\s+group[’']s|"
    rf"(?:a|the)(?=\s+\w+\s+of\b))\s+"
    rf"(?:[\w-]{{1,20}}\s+and\s+)?)(?P<role>{_ROLE})\b",
    re.I,
)
# "⟪P⟫ and ⟪P⟫ sit on the executive committee": members of a top body, not leaders
_ROLE_SITS = re.compile(
    r"(?P<p>⟪P\d+⟫)(?:\s*,?\s+and\s+(?P<p2>⟪P\d+⟫))?\s+(?:sits?|sat|has\s+sat|serves?|served)\s+"
    r"on\s+(?:the\s+|its\s+|the\s+group[’']s\s+)?(?P<role>(?:executive|central|leadership|"
    r"shura|military|political)\s+(?:committee|council|bureau|body))\b",
    re.I,
)
_GROUP_PHRASE = re.compile(
    r"\b(?:[Tt]he\s+(?:group|movement|organi[sz]ation|network)(?![’']s)\b)"
)
_HE = re.compile(r"\b(?:he|she|He|She|him|her)\b")
_ENDED = {
    "arrest": "arrested", "capture": "arrested", "arrested": "arrested", "captured": "arrested",
    "death": "died", "died": "died",
    "killing": "killed", "assassination": "killed", "execution": "killed", "killed": "killed",
    "assassinated": "killed", "executed": "killed", "blew": "killed",
    "dismissal": "dismissed", "removal": "dismissed", "ouster": "dismissed",
    "dismissed": "dismissed", "removed": "dismissed", "deposed": "dismissed",
    "ousted": "dismissed", "resignation": "resigned", "resigned": "resigned",
}  # fmt: skip


@dataclass
class Template:
    """A sentence with its persons, dates, group phrases and pronouns replaced by tokens."""

    text: str
    persons: dict[str, str] = field(default_factory=dict)  # "P0" → name as written
    dates: dict[str, PartialDate] = field(default_factory=dict)  # "D0" → date
    pronoun: str | None = None  # the person "he"/"she" stands for, if any


@dataclass
class Tenure:
    person: str
    start: PartialDate | None
    end: PartialDate | None = None
    ended_by: str | None = None
    hedged: bool = False


@dataclass
class LeadershipState:
    """What the reader remembers across the sentences of the paragraph."""

    last_person: str | None = None
    last_end: PartialDate | None = None
    known: list[str] = field(default_factory=list)  # full names, in order of first mention


@dataclass
class Reading:
    tenures: list[Tenure] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(self.tenures or self.aliases or self.roles)


def template(ctx: IngestContext | None, text: str, state: LeadershipState) -> Template:
    """Tokenise dates, group phrases, persons and pronouns (in that order of precedence)."""
    spans: list[tuple[int, int, str, object]] = []
    try:
        for start, end, date in find_dates(text):
            spans.append((start, end, "D", date))
    except DateError:
        pass

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _, _ in spans)

    if ctx is not None:
        for mention in ctx.mentions(text):
            best = mention.best()
            if best is None or not free(mention.start, mention.end):
                continue
            kinds = ctx.index.kinds.get(best, set())
            if best == ctx.subject:
                spans.append((mention.start, mention.end, "G", None))
            elif kinds & {"group", "organisation", "place"} and "person" not in kinds:
                spans.append((mention.start, mention.end, "X", None))
    for match in _GROUP_PHRASE.finditer(text):
        if free(match.start(), match.end()):
            spans.append((match.start(), match.end(), "G", None))
    for match in _PERSON.finditer(text):
        start, name = match.start(), match.group(0)
        words = name.split()
        while words and (
            words[0] in _NOT_FIRST or (len(words) > 1 and words[0].endswith(("’s", "'s")))
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words = words[1:]
        if not words:
            continue
        end = match.end()
        while end > start and text[end - 1] in "’'" and not text[start:end].endswith(("’s", "'s")):
            end -= 1  # a closing quote: "alias 'Djafar al-Afghani'"
        name = text[start:end]
        if not free(start, end):
            continue
        full = _person_name(name, state)
        if full is None:
            continue
        spans.append((start, end, "P", full))
    for match in _HE.finditer(text):
        if free(match.start(), match.end()):
            spans.append((match.start(), match.end(), "H", None))
    spans.sort()
    result = Template("")
    parts: list[str] = []
    position = 0
    counters = {"D": 0, "P": 0}
    for start, end, kind, value in spans:
        parts.append(text[position:start])
        if kind == "D":
            token = f"D{counters['D']}"
            counters["D"] += 1
            result.dates[token] = value  # type: ignore[assignment]
            parts.append(f"⟪{token}⟫")
        elif kind == "P":
            token = f"P{counters['P']}"
            counters["P"] += 1
            result.persons[token] = value  # type: ignore[assignment]
            parts.append(f"⟪{token}⟫")
        elif kind == "H":
            parts.append("⟪H⟫")
        elif kind == "G":
            parts.append("⟪G⟫")
        else:
            parts.append("⟪X⟫")
        position = end
    parts.append(text[position:])
    result.text = "".join(parts)
    result.pronoun = state.last_person
    return result


def _single(edtf: str) -> PartialDate | None:
    """One end of a range ('2004', '2013-05') as a date of its own precision."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(edtf))
    if precision is None:
        return None
    try:
        return from_edtf(edtf, precision, edtf)
    except DateError:
        return None


def _person_name(name: str, state: LeadershipState) -> str | None:
    """The full name a capitalised phrase stands for: a surname of a person already named is
    that person; a single unknown word is not taken for a person (precision first)."""
    words = name.split()
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    if len(words) == 1:
        for known in reversed(state.known):
            parts = [p.lower() for p in known.split()]
            if words[0].lower() in (parts[0], parts[-1]):
                return known
        return None
    return " ".join(words)


def read_sentence(ctx: IngestContext | None, text: str, state: LeadershipState) -> Reading:
    """The tenures, successions, aliases and roles one sentence states (see module docstring)."""
    tpl = template(ctx, text, state)
    reading = Reading()

    def person(token: str) -> str | None:
        if token.startswith("⟪H"):
            return tpl.pronoun
        return tpl.persons.get(token.strip("⟪⟫"))

    for name in tpl.persons.values():
        if name not in reading.persons:
            reading.persons.append(name)
    for match in _ALIAS.finditer(tpl.text):
        main, alias = person(match["p"]), person(match["a"])
        if main and alias and main != alias:
            reading.aliases.append((main, alias))
    for match in _QUOTED_ALIAS.finditer(tpl.text):
        main = person(match["p"])
        if main and (main, match["a"].strip()) not in reading.aliases:
            reading.aliases.append((main, match["a"].strip()))
    taken: list[tuple[int, int]] = []
    for pattern in _TENURES:
        for match in pattern.finditer(tpl.text):
            if any(not (match.end() <= a or match.start() >= b) for a, b in taken):
                continue
            who = person(match["s"])
            if who is None:
                continue
            start_token = match["from"] or match["since"] or match["in"]
            tenure = Tenure(who, tpl.dates.get(start_token) if start_token else None)
            if tenure.start is not None and "/" in tenure.start.edtf:
                # "from 2004 to 2013" is one date expression: its ends are the tenure's
                first, last = tenure.start.edtf.split("/", 1)
                tenure.start, tenure.end = _single(first), _single(last)
            groups = match.groupdict()
            if groups.get("hedge"):
                tenure.hedged = True
            if groups.get("end"):
                how = groups.get("noun") or groups.get("verb") or groups.get("agent") or ""
                tenure.ended_by = _ENDED.get(how.split()[0]) if how else None
                tenure.end = tpl.dates.get(groups["until"]) if groups.get("until") else None
            reading.tenures.append(tenure)
            for co in (groups.get("co"), groups.get("co2")):
                partner = person(co) if co else None
                if partner and partner != who:
                    reading.tenures.append(Tenure(partner, tenure.start))
            taken.append(match.span())
            state.last_person = who
    for match in _SUCCEEDED.finditer(tpl.text):
        successor = person(match["s"])
        before = [t for t in reading.tenures if t.end is not None]
        start = before[-1].end if before else state.last_end
        if successor and start is not None:
            reading.tenures.append(Tenure(successor, start))
    for match in _WHEN_TOOK_OVER.finditer(tpl.text):
        before = [t for t in reading.tenures if t.end is not None]
        if not before:
            continue
        for token in (match["s"], match["s2"]):
            successor = person(token) if token else None
            if successor and not any(t.person == successor for t in reading.tenures):
                reading.tenures.append(Tenure(successor, before[-1].end))
    for match in _SUCCEEDED_HIM.finditer(tpl.text):
        successor = person(match["s"])
        start = tpl.dates.get(match["in"]) if match["in"] else state.last_end
        if successor and start is not None and not any(t.person == successor for t in reading.tenures):  # noqa: E501
            tenure = Tenure(successor, start)
            if match["until"]:
                tenure.end = tpl.dates.get(match["until"])
                tenure.ended_by = _ENDED.get(match["verb"])
            reading.tenures.append(tenure)
    for pattern in (_ROLE_BEFORE, _ROLE_AFTER, _ROLE_SERVED, _ROLE_SITS):
        for match in pattern.finditer(tpl.text):
            role = " ".join(match["role"].lower().split())
            if pattern is _ROLE_SITS:
                role = f"member of the {role}"
            tokens = [match["p"], *([match["p2"]] if "p2" in pattern.groupindex and match["p2"] else [])]  # noqa: E501
            for token in tokens:
                who = person(token)
                if who is None or (who, role) in reading.roles:
                    continue
                reading.roles.append((who, role))
    for name in reading.persons:
        if name not in state.known:
            state.known.append(name)
    ends = [t.end for t in reading.tenures if t.end is not None]
    if ends:
        state.last_end = ends[-1]
    if reading.persons and not reading.tenures:
        state.last_person = reading.persons[0]
    return reading


def state_leadership(
    ctx: IngestContext, section: Section, sentence: Sentence, reading: Reading
) -> None:
    """The graph of one sentence's reading: a kg:Leadership per tenure with a start date (its
    end and how it ended where the text says), aliases as alternative names, roles as
    schema:jobTitle of a person who is a schema:memberOf the group."""
    if ctx.subject is None:
        return
    for main, alias in reading.aliases:
        iri = ctx.person(section, main, sentence.line)
        if not ctx.index.has_name(iri, alias):
            ctx.add(section, iri, SKOS.altLabel, Literal(alias, lang="en"))
            ctx.index.add_name(iri, alias, 2)
        ctx.extracted(section, f"alias {alias!r} of {ctx.short(iri)}")
    leaders = {t.person for t in reading.tenures}
    for tenure in reading.tenures:
        person = ctx.person(section, tenure.person, sentence.line)
        if tenure.start is None or tenure.start.literal is None:
            ctx.problem(
                section, sentence.line,
                f"leader {tenure.person!r} found but no start date; a kg:Leadership needs one, "
                "so only the person was recorded",
            )
            continue
        subject_local = str(ctx.subject).rsplit("/", 1)[-1]
        node = ctx.index.mint(
            LEADERSHIP, f"{subject_local}-{str(person).rsplit('/', 1)[-1]}", ctx.minted
        )
        ctx.add(section, ctx.subject, KG.hasLeadership, node)
        ctx.add(section, node, RDF.type, KG.Leadership)
        ctx.add(section, node, KG.ofOrganisation, ctx.subject)
        ctx.add(section, node, KG.leader, person)
        ctx.add(section, node, KG.startDate, tenure.start.literal, sentence.line)
        described = f"leader {ctx.short(person)} since {tenure.start.edtf}"
        if tenure.end is not None and tenure.end.literal is not None:
            ctx.add(section, node, KG.endDate, tenure.end.literal, sentence.line)
            described += f" until {tenure.end.edtf}"
        if tenure.ended_by:
            ctx.add(section, node, DCTERMS.type, TENURE_END[tenure.ended_by])
            described += f" ({tenure.ended_by})"
        if tenure.hedged:
            ctx.problem(
                section, sentence.line,
                f"leader {tenure.person!r} is reported, not stated; recorded as a leader with "
                "the sentence kept verbatim",
                Severity.NOTE,
            )
            described += " (reportedly)"
        ctx.add(section, node, KG.verbatim, Literal(" ".join(sentence.text.split())))
        ctx.extracted(section, described)
    for who, role in reading.roles:
        if who in leaders and role in ("deputy", "founder", "co-founder"):
            continue
        person = ctx.person(section, who, sentence.line)
        ctx.add(section, person, SCHEMA.jobTitle, Literal(role, lang="en"))
        ctx.add(section, person, SCHEMA.memberOf, ctx.subject)
        ctx.extracted(section, f"{ctx.short(person)}: {role} (a role, not a leader)")
