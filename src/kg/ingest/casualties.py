"""Casualty, hostage and ransom figures as the profiles state them.

An attack entry ends with a parenthesis such as "(20 killed, unknown wounded)", "(10+ wounded)",
"(0 killed, 3 wounded)" or "(10,000+ killed)". Unknown is never zero: "unknown wounded" is a
figure with no count. An entry with no parenthesis has no figure at all, which is different
from a figure of 0. Hostages and ransoms are read from the entry's sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

EXACT, AT_LEAST, APPROXIMATELY, UNKNOWN = "exact", "at-least", "approximately", "unknown"
KILLED, WOUNDED, TAKEN, RELEASED = "killed", "wounded", "hostages-taken", "hostages-released"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "hundreds": None, "dozens": None,
}  # fmt: skip
_NUM = r"(?<!\d)(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,12})"
_WORD_NUM = "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w]), key=len, reverse=True))
_KINDS = {
    "killed": KILLED, "dead": KILLED, "death": KILLED, "deaths": KILLED, "fatalities": KILLED,
    "wounded": WOUNDED, "injured": WOUNDED, "injuries": WOUNDED, "hurt": WOUNDED,
    "hostages": TAKEN, "hostage": TAKEN, "kidnapped": TAKEN, "abducted": TAKEN,
    "released": RELEASED, "freed": RELEASED,
}  # fmt: skip
# a number no count states ("dozens wounded"): a figure whose count is unknown, never a guess
_VAGUE = r"dozens|scores|hundreds|thousands|several|many"
# a count may be a word ("seven killed") or two sources' counts ("44–47 killed": at least 44)
_NOTE_COUNT = rf"(?:{_NUM}|\b(?:{_WORD_NUM})\b)"
# those counted are the attackers themselves ("5 militants killed", "killing 3 gunmen"): no
# figure of the attack's casualties (the one list the note and the sentences' readers share)
ATTACKERS = re.compile(
    r"\b(?:attackers?|militants?|gunm[ae]n|assailants?|fighters?|insurgents?|rebels?|bombers?|"
    r"hijackers?|kidnappers?|hostage[- ]takers?|perpetrators?|suspects?|terrorists?|"
    r"jihadists?|guerrill?as?|members\s+of\s+the\s+(?:group|cell))\b",
    re.I,
)
# the verbs of a court, a prison or the police: a count they govern counts those sentenced,
# jailed or arrested ("sentenced 14 men to death", "arrested 30 people"), never the attack's
# dead or wounded (the one list the sentences' readers share)
JUSTICE_VERBS = re.compile(
    r"\b(?:sentenc(?:ed|ing)|condemn(?:ed|ing)|convict(?:ed|ing)|jail(?:ed|ing)|"
    r"imprison(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|charg(?:ed|ing)|indict(?:ed|ing)|"
    r"prosecut(?:ed|ing)|extradit(?:ed|ing)|tried|acquitt(?:ed|ing)|captur(?:ed|ing))\b",
    re.I,
)
# those a note's count names, between the count and its kind ("14 police killed", "3 soldiers
# wounded"): one to three lower-case words, none a kind, a joining word or a count
_NOTE_WHO = (
    r"(?:\s{1,3}(?!(?:and|or|to|than|unknown|killed|dead|deaths?|fatalities|wounded|injured|"
    r"injuries|hostages?|kidnapped|abducted|released|freed)\b)[a-z][\w’'-]*){1,3}?"
)
_PART = re.compile(
    rf"(?P<q>unknown|{_VAGUE}|(?:approximately|about|around|roughly|nearly|some|~|at least|"
    rf"more than|over)"
    rf"\s{{0,5}})?(?P<n>{_NOTE_COUNT})?(?:\s{{0,2}}(?:[-–]|to|or)\s{{0,2}}(?P<n2>{_NOTE_COUNT}))?"
    rf"(?P<plus>\+)?(?:(?<=\w)(?P<who>{_NOTE_WHO}))?\s{{0,5}}(?P<kind>hostages?\s+(?:released|freed)|"
    rf"hostages?\s+taken|{'|'.join(_KINDS)})\b",
    re.I,
)
# "(No casualties)", "(no one hurt)", "(none killed)", "(No one was killed or injured)": a zero
# said in words. A casualty is one killed or wounded, and so is one hurt or harmed.
_ZERO_WORDS = {
    "casualties": (KILLED, WOUNDED), "hurt": (KILLED, WOUNDED), "harmed": (KILLED, WOUNDED),
    "injured": (WOUNDED,), "wounded": (WOUNDED,), "injuries": (WOUNDED,),
    "killed": (KILLED,), "dead": (KILLED,), "deaths": (KILLED,), "fatalities": (KILLED,),
    "died": (KILLED,),
}  # fmt: skip
_ZERO_WORD = "|".join(_ZERO_WORDS)
_NONE = re.compile(
    rf"\b(?:no|none|nobody|no[- ]one)\s+(?:(?:was|were)\s+)?(?P<a>{_ZERO_WORD})"
    rf"(?:\s+(?:or|and|nor)\s+(?P<b>{_ZERO_WORD}))?\b",
    re.I,
)
# A sentence of the entry that says only that nobody was harmed: "No casualties.", "No one was
# hurt.", "There were no casualties.", "No casualties were reported.", "Nobody was killed in the
# blast." Read as a whole sentence only, so "no one was killed until the second device" or "no
# casualties among the soldiers, but …" state nothing.
_ZERO_SENTENCE = re.compile(
    rf"^\s*(?:there\s+(?:were|was)\s+)?(?P<zero>{_NONE.pattern})"
    r"(?:\s+(?:were|was)\s+reported)?(?:\s+in\s+the\s+(?:attack|blast|explosion|bombing|fire|raid))?"
    r"\s*[.!]?\s*$",
    re.I,
)
# "casualties not known", "unknown casualties": neither figure is known (a casualty is one
# killed or wounded), so both are unknown, never zero
_UNKNOWN_CASUALTIES = re.compile(
    r"\b(?:casualties\s+(?:(?:are|were)\s+)?(?:not\s+known|unknown|not\s+reported|unreported)"
    r"|unknown\s+(?:number\s+of\s+)?casualties)\b",
    re.I,
)
# "Injured, number not stated", "killed (number unknown)", "wounded: figure not given": people
# of that kind were harmed and the note says their number is not known (unknown, never zero)
_KIND_UNCOUNTED = re.compile(
    r"\b(?P<kind>killed|dead|deaths|wounded|injured|injuries)\b[\s,:;(—–-]*(?:the\s+)?"
    r"(?:number|count|toll|figure)s?\s+(?:(?:is|was|were|are)\s+)?(?:not\s+(?:stated|given|"
    r"known|reported|released|published|available)|unknown|unreported|unstated|unavailable)\)?",
    re.I,
)
_SEPARATORS = re.compile(r"^[\s,;]*(?:and\s*)?[\s,;]*$", re.I)
# the closing parenthesis, citation marks after it or not ("(8 killed, 40+ wounded)[3]")
_NOTE = re.compile(r"\((?P<body>[^()]*)\)\s*\.?(?:\[\d{1,3}\])*\s*\.?\s*$")


@dataclass(frozen=True)
class Figure:
    kind: str  # killed | wounded | hostages-taken | hostages-released
    count: int | None
    qualifier: str  # exact | at-least | approximately | unknown
    verbatim: str


@dataclass(frozen=True)
class Ransom:
    value: Decimal
    currency: str  # ISO 4217
    verbatim: str


def split_casualty_note(entry: str) -> tuple[str, str | None]:
    """The entry's text without its final casualty parenthesis, and that parenthesis's body.
    A final parenthesis with no casualty words ("(AD)") is part of the text, not a note."""
    match = _NOTE.search(entry)
    if not match or not (
        re.search(
            r"\b(?:killed|wounded|injured|hurt|dead|deaths?|fatalities|hostages?)\b",
            match["body"], re.I
        )
        or _NONE.search(match["body"])
        or _UNKNOWN_CASUALTIES.search(match["body"])
    ):
        return entry, None
    return entry[: match.start()].rstrip(), match["body"]


def parse_casualty_note(note: str) -> tuple[list[Figure], list[str]]:
    """Figures in '20 killed, unknown wounded'; and the parts that could not be read."""
    figures: list[Figure] = []
    leftovers: list[str] = []
    position = 0
    for unknown in _UNKNOWN_CASUALTIES.finditer(note):
        verbatim = " ".join(unknown.group(0).split())
        figures += [Figure(kind, None, UNKNOWN, verbatim) for kind in (KILLED, WOUNDED)]
        note = note[: unknown.start()] + " " * len(unknown.group(0)) + note[unknown.end() :]
    for uncounted in _KIND_UNCOUNTED.finditer(note):
        kind = _KINDS[uncounted["kind"].lower()]
        figures.append(Figure(kind, None, UNKNOWN, " ".join(uncounted.group(0).split())))
        note = (note[: uncounted.start()] + " " * len(uncounted.group(0))
                + note[uncounted.end() :])
    for zero in _NONE.finditer(note):
        kinds = _zero_kinds(zero)
        verbatim = " ".join(zero.group(0).split())
        figures += [Figure(kind, 0, EXACT, verbatim) for kind in (KILLED, WOUNDED) if kind in kinds]
        note = note[: zero.start()] + " " * len(zero.group(0)) + note[zero.end() :]
    for match in _PART.finditer(note):
        gap = note[position : match.start()]
        if not _SEPARATORS.match(gap):
            leftovers.append(gap.strip(" ,;\xa0"))
        position = match.end()
        if match["who"] and not _SEPARATORS.match(gap):
            # "12 soldiers and 3 civilians killed": the count is of a part; the sum is unsaid
            leftovers.append(match.group(0))
            continue
        figure = _figure(match)
        if figure is None:
            leftovers.append(match.group(0))
        else:
            figures.append(figure)
    tail = note[position:]
    if not _SEPARATORS.match(tail):
        leftovers.append(tail.strip(" ,;"))
    return figures, [left for left in leftovers if left]


def _figure(match: re.Match[str]) -> Figure | None:
    words = match["kind"].lower().split()
    kind = _KINDS[words[-1]] if words[-1] in ("released", "freed") else _KINDS[words[0]]
    qualifier_word = (match["q"] or "").strip().lower()
    verbatim = " ".join(match.group(0).split())
    if qualifier_word == "unknown" or re.fullmatch(_VAGUE, qualifier_word):
        return Figure(kind, None, UNKNOWN, verbatim) if not match["n"] else None
    if not match["n"] or (match["who"] and ATTACKERS.search(match["who"])):
        return None
    count = _count(match["n"])
    if count is None:
        return None
    other = _count(match["n2"]) if match["n2"] else None
    if match["n2"] and other is None:
        return None
    return qualified_figure(kind, count, other, qualifier_word, bool(match["plus"]), verbatim)


def qualified_figure(
    kind: str, count: int, other: int | None, qualifier: str, plus: bool, verbatim: str
) -> Figure | None:
    """A count as its words qualify it, one rule for the closing note and the sentences
    (`kg.ingest.prose_figures`): "44–47" (two sources' counts) at least the lower, "10+" and
    "at least 10" at least 10, "more than 30" at least 31, "some 20" about 20; a qualified
    pair of counts is not read."""
    if other is not None:
        if qualifier or plus:
            return None
        return Figure(kind, min(count, other), AT_LEAST, verbatim)  # two sources' counts
    if plus or qualifier == "at least":
        return Figure(kind, count, AT_LEAST, verbatim)
    if qualifier in ("more than", "over"):
        return Figure(kind, count + 1, AT_LEAST, verbatim)
    if qualifier:
        return Figure(kind, count, APPROXIMATELY, verbatim)
    return Figure(kind, count, EXACT, verbatim)


# ---------------------------------------------------------------- figures inside sentences

_COUNT = rf"(?P<n>{_NUM}|{_WORD_NUM})"
_ABOUT = r"more than\s+|over\s+|at least\s+|about\s+|around\s+|some\s+|nearly\s+"
_TAKEN = [
    re.compile(
        rf"\b(?:took|taking|take|kidnapped|kidnapping|abducted|abducting|seized|seizing)\s+"
        rf"(?P<q>{_ABOUT})?{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:hostages?|people|persons|Europeans|foreigners|tourists|workers|diplomats|"
        rf"civilians|nationals|guests)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:a total of\s+)?(?P<q>{_ABOUT})?{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:people|persons|hostages|guests|workers)\s+(?:were\s+)?(?:taken hostage|kidnapped|"
        rf"abducted|held hostage)",
        re.I,
    ),
]
_RELEASED = re.compile(
    rf"\b(?:a total of\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?hostages\s+(?:were|was)\s+"
    rf"(?:eventually\s+|later\s+|finally\s+)?(?:released|freed|rescued)[^.]*\.?",
    re.I,
)
_ALL_BUT = re.compile(
    rf"\ball but\s+{_COUNT}\s+of the hostages\s+(?:were|was)\s+(?:released|freed|ransomed)",
    re.I,
)
_RANSOM = re.compile(
    r"\b(?:(?:a total of|a ransom of|ransom of)\s+)?(?P<cur>[$€£])\s?(?P<v>\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<mult>million|billion|thousand))?",
    re.I,
)
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP"}
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "": 1}
_KILLED_IN_TEXT = re.compile(
    rf"(?:\bto kill\s+|\bkill(?:ed|ing)\s+)(?P<q>at least\s+|more than\s+|over\s+|some\s+)?"
    rf"(?P<n>{_NUM})\s+(?:people|persons|civilians)"
    rf"|(?P<q2>at least\s+|more than\s+)?(?P<n2>{_NUM})\s+(?:people\s+)?(?:dead|killed)\b",
    re.I,
)


def _zero_kinds(zero: re.Match[str]) -> set[str]:
    """The kinds of figure a zero in words covers ("no one hurt": killed and wounded)."""
    return {kind for word in (zero["a"], zero["b"]) if word for kind in _ZERO_WORDS[word.lower()]}


def zero_sentence_figures(sentence: str) -> list[Figure]:
    """Figures of 0 from a sentence that says only that nobody was harmed ("No one hurt."),
    each with the sentence as its verbatim text; none from any other sentence."""
    match = _ZERO_SENTENCE.match(sentence)
    if match is None:
        return []
    kinds = _zero_kinds(match)
    verbatim = " ".join(sentence.split())
    return [Figure(kind, 0, EXACT, verbatim) for kind in (KILLED, WOUNDED) if kind in kinds]


def hostage_figures(text: str) -> list[Figure]:
    """Hostages taken and released as the sentences state them ('Took 32 Europeans hostage',
    'All but one of the hostages were ransomed', 'A total of 176 hostages were released')."""
    figures: list[Figure] = []
    taken: int | None = None
    for pattern in _TAKEN:
        match = pattern.search(text)
        if match and "ransom" not in match.group(0).lower():
            count = _count(match["n"])
            if count is not None:
                word = (match["q"] or "").strip().lower()
                if word in ("more than", "over"):
                    count, qualifier = count + 1, AT_LEAST
                elif word == "at least":
                    qualifier = AT_LEAST
                elif word:
                    qualifier = APPROXIMATELY
                else:
                    qualifier = EXACT
                taken = count
                verbatim = _taken_verbatim(match.group(0), match["q"] or match["n"])
                figures.append(Figure(TAKEN, count, qualifier, verbatim))
                break
    match = _RELEASED.search(text)
    if match and _count(match["n"]) is not None:
        figures.append(Figure(RELEASED, _count(match["n"]), EXACT, match.group(0).strip()))
    else:
        match = _ALL_BUT.search(text)
        if match and taken is not None and _count(match["n"]) is not None:
            figures.append(Figure(RELEASED, taken - _count(match["n"]), EXACT, match.group(0)))
    return figures


def _taken_verbatim(matched: str, number: str) -> str:
    """'Took 32 Europeans hostage' → '32 Europeans': the count and what was counted."""
    start = matched.find(number)
    return matched[start:].strip() if start >= 0 else matched.strip()


def ransom(text: str) -> Ransom | None:
    """'a total of $6 million' → 6000000 USD, when the text speaks of ransom."""
    if not re.search(r"\bransom", text, re.I):
        return None
    match = _RANSOM.search(text)
    if not match:
        return None
    value = Decimal(match["v"].replace(",", ".")) * _MULTIPLIERS[(match["mult"] or "").lower()]
    return Ransom(value, _CURRENCIES[match["cur"]], match.group(0).strip())


def killed_in_text(text: str) -> Figure | None:
    """A death toll inside prose ('to kill 38 people', 'At least 29 dead')."""
    match = _KILLED_IN_TEXT.search(text)
    if not match:
        return None
    number = match["n"] or match["n2"]
    qualifier_word = (match["q"] or match["q2"] or "").strip().lower()
    count = int(number.replace(",", ""))
    if qualifier_word == "at least":
        qualifier = AT_LEAST
    elif qualifier_word in ("more than", "over"):
        qualifier, count = AT_LEAST, count + 1
    elif qualifier_word == "some":
        qualifier = APPROXIMATELY
    else:
        qualifier = EXACT
    return Figure(KILLED, count, qualifier, match.group(0).strip())


def _count(text: str) -> int | None:
    text = text.lower()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    return int(text.replace(",", ""))
