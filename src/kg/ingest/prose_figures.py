"""Killed and wounded as an entry's sentences state them, for entries with no casualty note.

The collection closes each attack entry with its figures, "(20 killed, 3 wounded)". Other
writers put them in the sentence: "…, killing 14 and wounding 22", "12 people were killed",
"at least 150 people were wounded", "leaving seven dead", "the death toll rose to 30", or two
sources' counts, "from 44 to 47 dead" (at least the lower). The attack reader takes these only
when the entry has no note (the note is the writer's own statement of the figures).

Precision first. A figure is read only where a count stands with a verb or word of killing or
wounding; "dozens", "scores", "several" or "hundreds" state that people were killed or wounded
but no count: a figure whose count is unknown ("killing dozens", "scores of civilians were
killed"), never a guess. "Casualties" (the killed and the wounded together, which neither figure
is) give nothing. A figure is not
the entry's when its clause tells another event ("in retaliation for a strike that killed 12"),
when its sentence gives a total ("more than 300 people in all", "since 2004", "over the
campaign"), when those counted are the attackers ("killing 5 militants"), or when the number is
part of a date.
"""

from __future__ import annotations

import re

from kg.ingest.casualties import (
    AT_LEAST,
    ATTACKERS,
    JUSTICE_VERBS,
    KILLED,
    NUMBER_WORDS,
    UNKNOWN,
    WOUNDED,
    Figure,
    qualified_figure,
)
from kg.ingest.dates import DateError, find_dates

_WORD = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n), key=len, reverse=True))
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
# "twenty-two", "forty one": a count in words of two parts
_COMPOUND = rf"(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(_UNITS)})\b"
# "one hundred and twelve", "a hundred", "two hundred forty": hundreds in words, the tens and
# units after them (never read as the last word alone: "twelve" of "one hundred and twelve")
_BELOW_HUNDRED = rf"(?:{_COMPOUND}|(?:{'|'.join(_TENS)}|{_WORD})\b)"
_HUNDREDS = (rf"(?:a|one|{'|'.join(w for w in _UNITS if w != 'one')})\s+hundred\b"
             rf"(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?")
# a count, never the first part of a larger one ("two dozen", "12 thousand": no count read)
_N = (rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|{_HUNDREDS}|{_BELOW_HUNDRED})"
      r"(?!\s+(?:dozen|hundred|thousand|million)\b))")
# "as many as 99", "up to 30": an upper bound, a count about that many (approximately)
_Q = (
    r"(?:at\s+least|more\s+than|over|about|around|some|nearly|approximately|roughly|"
    r"as\s+many\s+as|up\s+to)"
)
# a count, or two sources' counts ("44 to 47", "between 44 and 47", "44 or 47")
_COUNT = (
    rf"(?:all\s+)?(?:(?P<q>{_Q})\s+)?(?:between\s+(?P<b1>{_N})\s+and\s+(?P<b2>{_N})"
    rf"|(?:from\s+)?(?P<n>{_N})(?:\s*(?:[-–]|to|or)\s*(?P<n2>{_N}))?)"
)
# those counted: a few words ("people", "police officers", "members of the family"), or two
# kinds of victims joined by "and" ("soldiers and police"), neither a word of killing or
# wounding, a count or a vague count ("12 dead and many wounded" is two figures, not one)
_JOINED_WORD = (
    r"(?!(?:were|was|had|have|and|in|at|on|near|when|as|after|by|kill\w*|wound\w*|injur\w*|dead|"
    r"died|deaths?|hurt|more|others?|dozens|scores|hundreds|thousands|several|many|some|"
    rf"{'|'.join(NUMBER_WORDS)})\b)[a-z][\w’'-]*"
)
_WHO = (
    rf"(?:(?:\s+{_JOINED_WORD}){{1,2}}\s+and(?:\s+{_JOINED_WORD}){{1,2}}"
    r"|(?:\s+(?!(?:were|was|had|have|and|in|at|on|near|when|as|after|by)\b)[\w’'-]+){0,4})"
)
_KILL = r"(?:killed|dead|died|deaths?|lost\s+their\s+lives|were\s+killed)"
_WOUND = r"(?:wounded|injured|hurt)"


# an adverb between the auxiliary and its participle: "were reportedly killed", "were also
# wounded", "had all been killed" is not this (the auxiliary comes first)
_ADVERB = r"(?:(?:[a-z]+ly|also|later|then)\s+)?"


# a span of time or a part after "died N": "died two days later", "died 3 of them" (no count
# of the dead)
_NOT_WHO_AFTER_DIED = (
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|later|of|from|in|on|at)\b)"
)


# the words that open a part of a count: "among them twelve children", "including six police
# officers", "of whom three were children", "most of them women" (a part of the dead, never
# another source's count)
_PART_OF = (r"(?:among\s+(?:them|whom|those|the\s+dead)|including|of\s+(?:whom|them)|"
            r"(?:most|many|all|some|several|half)\s+of\s+(?:them|whom)|mostly|mainly)\b")
# a part of those counted set off by commas between the count and its verb: "12 people,
# including 3 children, were killed", "Twenty-three people, most of them pilgrims, died"
_ASIDE = rf"(?:,\s+{_PART_OF}[^,;.()]{{1,60}},)?"


def _told_count_patterns(count: str) -> tuple[re.Pattern[str], ...]:
    """The five ways a sentence tells a count of killed or wounded, for a count's pattern (a
    number, or a vague word): "killing C", "wounding C", "C were killed", "C were wounded", and
    the verb before its subject, "died C" (a translation's order: "died fourteen soldiers")."""
    return (
        re.compile(rf"\bkill(?:ing|ed)\s+{count}(?P<who>{_WHO})(?=\s+and\b|[\s,.;)]|$)", re.I),
        re.compile(rf"\b(?:wound(?:ing|ed)|injur(?:ing|ed))\s+{count}(?P<who>{_WHO})"
                   rf"(?=\s+and\b|[\s,.;)]|$)", re.I),
        re.compile(rf"(?<![\w$€£])(?:the\s+)?{count}(?P<who>{_WHO}){_ASIDE}\s+(?:(?:were|was|"
                   rf"had\s+been|are)\s+{_ADVERB})?{_KILL}\b", re.I),
        re.compile(rf"(?<![\w$€£]){count}(?P<who>{_WHO}){_ASIDE}\s+(?:(?:were|was|had\s+been|"
                   rf"are)\s+{_ADVERB})?{_WOUND}\b", re.I),
        re.compile(rf"\b(?:died|perished)\s+{count}{_NOT_WHO_AFTER_DIED}(?P<who>{_WHO})"
                   rf"(?=[\s,.;)]|$)", re.I),
    )


_KILLING, _WOUNDING, _WERE_KILLED, _WERE_WOUNDED, _DIED_FIRST = _told_count_patterns(_COUNT)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "killing 14", "killed at least 24 people", "wounding 22", "injuring more than 30"
    (KILLED, _KILLING),
    (KILLED, re.compile(rf"\b(?:left|leaving)\s+{_COUNT}(?P<who>{_WHO})\s+dead\b", re.I)),
    (WOUNDED, _WOUNDING),
    # "12 people were killed", "seven soldiers died", "12 dead", "150 people were wounded"
    (KILLED, _WERE_KILLED),
    (WOUNDED, _WERE_WOUNDED),
    (KILLED, _DIED_FIRST),
    # "claimed 14 lives", "claimed the lives of 14 people", "cost the lives of 14"
    (KILLED, re.compile(rf"\b(?:claim(?:ed|ing)|cost(?:ing)?|took|taking)\s+the\s+lives\s+of\s+"
                        rf"{_COUNT}(?P<who>{_WHO})(?=[\s,.;)]|$)", re.I)),
    (KILLED, re.compile(rf"\b(?:claim(?:ed|ing)|cost(?:ing)?|took|taking)\s+{_COUNT}\s+lives\b",
                        re.I)),
    # "the death toll rose to 30", "a toll of 12 dead"
    # "put the toll in the city at 10,000 to 15,000": where the toll was counted between
    (KILLED, re.compile(rf"\b(?:death\s+)?toll\s+(?:\w+\s+){{0,4}}?(?:of|to|at)\s+{_COUNT}"
                        , re.I)),
    # "counts of the dead differ between sources, from 44 to 47"
    (KILLED, re.compile(rf"\b(?:the\s+dead|deaths|death\s+toll|killed)\b[^.;]{{0,50}}?\bfrom\s+"
                        rf"(?P<n>{_N})\s+to\s+(?P<n2>{_N})", re.I)),
]
# a clause that tells another event, or a sentence that gives a total
_OTHER_EVENT = re.compile(
    r"\b(?:retaliat\w*|reveng\w*|aveng\w*|in\s+response\s+to|reprisal|anniversary|earlier|"
    r"previous|prior|last\s+year|the\s+year\s+before)\b",
    re.I,
)
_WHOLE_TOTAL = (
    r"\b(?:in\s+all|altogether|overall|in\s+total|to\s+date|so\s+far|since|over\s+the\s+"
    r"(?:years|decade|course|period)|cumulative|campaign|throughout)\b"
)
# a period's subtotal: "in June alone", "in the first week alone", "in 2014 alone"
_SUBTOTAL = r"\b(?:in|during|on|over)\s+(?:[\w-]+\s+){1,4}?alone\b"
_TOTAL = re.compile(rf"{_WHOLE_TOTAL}|{_SUBTOTAL}", re.I)
# a vague count is no count, so a subtotal of one ("killing dozens in the first week alone")
# still says people were killed, their number unknown; a total over many attacks does not
_VAGUE_TOTAL = re.compile(_WHOLE_TOTAL, re.I)


_PART_BEFORE = re.compile(rf"\b{_PART_OF}\s+(?:{_Q}\s+)?$", re.I)
# who gives a count: a few words naming a source ("the health ministry", "aid agencies", "the
# European Union"), none of them a verb of the attack or a count
_SOURCE = r"(?:[A-Za-z][\w'’.-]*\s+){0,4}?[A-Za-z][\w'’.-]*"
# a sentence that says the sources give different counts: "Sources differ on the toll: some
# give 22 dead, others 23", "Counts of the dead vary from 44 to 47"
_SOURCES_DIFFER = re.compile(
    r"\b(?:sources|reports|accounts|counts|figures|estimates|tolls)\b[^.;]{0,40}?\b(?:differ|vary|"
    r"varies|disagree|conflict)\w*|\bsome\s+(?:sources\s+)?(?:give|say|report|put)\b[^.]{0,60}?"
    r"\bothers\b"
    # "(10 in some reports)", "while other reports gave eight", "other sources put it at 9"
    r"|\b(?:in|by|according\s+to)\s+(?:some|other)\s+(?:reports|sources|accounts|estimates)\b"
    r"|\b(?:other|some)\s+(?:reports|sources|accounts|estimates)\s+(?:gave|give|put|puts|said|"
    r"say|says|reported|report|counted)\b"
    # a clause that is only another source's count: "; the European Union spoke of more than
    # 1,000", "; the ministry put it at 61", "; a local NGO gave 45"
    rf"|^\s*(?:while\s+|whereas\s+|but\s+)?(?:the\s+)?{_SOURCE}\s+(?:spoke\s+of|put\s+(?:it|the"
    rf"\s+(?:toll|figure|number))\s+at|gave|counted|reported|estimated|cited)\s+(?:{_Q}\s+)?"
    rf"{_N}\s*[.]?\s*$"
    # a count, then another source's count with its verb left out: "counted more than 100 dead,
    # the health ministry 61", "12 killed, while the police said 9"
    # (a part of the dead may follow the other count: "gave 43 dead, later accounts 45, among
    # them twelve children")
    rf"|\b(?:dead|killed|deaths|wounded|injured),\s+(?:while\s+|whereas\s+|but\s+)?"
    rf"(?!(?:among|including|incl|of|with|mostly|mainly|all|most|many|some|them|and|in|on|at|"
    rf"near|during|after|before|when|as|since)\b)"
    rf"(?:the\s+)?{_SOURCE}\s+(?:(?:said|says|gave|put\s+it\s+at|counted|reported)\s+)?"
    rf"(?:only\s+)?(?:{_Q}\s+)?{_N}\s*(?:[.;]|,\s+{_PART_OF}|$)"
    # each count with its source: "fourteen according to the ministry, fifteen according to
    # later reports", "23 according to the police and 31 according to the hospital"
    rf"|\baccording\s+to\b[^.;]{{1,80}}?(?:,|\s+and|\s+but|\s+while)\s+(?:{_Q}\s+)?{_N}\s+"
    r"(?:[\w’'-]+\s+){0,2}?according\s+to\b",
    re.I,
)
# a sentence's clauses, read apart where one tells the dead and the next the wounded ("the
# toll was 12, while other reports gave eight, and dozens were wounded")
_CLAUSES = re.compile(r";\s*|,\s+and\s+(?=(?:[\w-]+\s+){1,3}(?:were|was|had)\b)", re.I)
# "An unknown number of people were killed": a figure whose count the text says is unknown
_UNKNOWN_NUMBER = re.compile(
    r"\b(?:an\s+)?unknown\s+number\s+of\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been)\s+)?"
    r"(?P<kind>killed|died|wounded|injured)\b",
    re.I,
)
# "killing dozens", "wounding several passengers", "scores of civilians were killed": people were
# killed or wounded, and no count is written (a figure whose count is unknown)
_VAGUE_COUNT = r"(?:dozens|scores|hundreds|thousands|several|many)"
_VAGUE_PATTERNS: list[tuple[str, re.Pattern[str]]] = list(
    zip((KILLED, WOUNDED, KILLED, WOUNDED, KILLED),
        _told_count_patterns(rf"{_VAGUE_COUNT}\b(?:\s+of)?"), strict=True)
)
_KILL_WORDS = re.compile(
    r"\b(?:dead|killed|killing|deaths?|death\s+toll|toll|died|fatalities)\b", re.I
)
_WOUND_WORDS = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt)\b", re.I)
_MORE_THAN = re.compile(r"\b(?:more\s+than|over)\s+$", re.I)
_NUMBER = re.compile(rf"(?<![\w$€£.,]){_N}(?![\w,]\d)", re.I)


def differing_counts(sentences: list[str]) -> list[Figure]:
    """The lower of two sources' counts, as at least that many ("Sources differ on the toll:
    some give 22 dead, others 23" → killed, at least 22), from a sentence that says the sources
    differ and speaks of one kind of figure only (the dead, or the wounded)."""
    figures: list[Figure] = []
    for whole in sentences:
        clauses = [c for c in _CLAUSES.split(whole) if c.strip()]
        for index, clause in enumerate(clauses):
            if not _SOURCES_DIFFER.search(clause):
                continue
            # "killing 21; other sources put the toll at 19": a clause that gives only the
            # other count speaks of the clause before it
            joined = (f"{clauses[index - 1]}; {clause}"
                      if index and len(_counts(clause)) < 2 else clause)
            figure = _lower_count(joined)
            if figure is not None:
                figures.append(figure)
    return figures


def _counts(sentence: str) -> list[int]:
    """The counts a sentence writes as the least each says ("more than 800" is 801), its
    dates' numbers left out."""
    try:
        dates = [(start, end) for start, end, _ in find_dates(sentence)]
    except DateError:
        dates = []
    counts = []
    for match in _NUMBER.finditer(sentence):
        count = _number(match.group(0))
        if count is None or any(a <= match.start() < b for a, b in dates):
            continue
        if _PART_BEFORE.search(sentence, 0, match.start()):
            continue  # "among them twelve children": a part of a count, no count of its own
        counts.append(count + 1 if _MORE_THAN.search(sentence, 0, match.start()) else count)
    return counts


def _lower_count(sentence: str) -> Figure | None:
    """At least the lower of a sentence's counts, where it speaks of one kind only."""
    killed, wounded = _KILL_WORDS.search(sentence), _WOUND_WORDS.search(sentence)
    if bool(killed) == bool(wounded):
        return None  # both kinds, or neither: which count is which is not said
    counts = _counts(sentence)
    if len(counts) != 2:
        return None  # one count, or more than two: which two are the sources' is not said
    kind = KILLED if killed else WOUNDED
    return Figure(kind, min(counts), AT_LEAST, " ".join(sentence.split()))


def figures_in_sentences(sentences: list[str]) -> list[Figure]:
    """Killed and wounded from an entry's sentences (each kind once, the first stated)."""
    figures: dict[str, Figure] = {f.kind: f for f in differing_counts(sentences)}
    for sentence in sentences:
        for unknown in _UNKNOWN_NUMBER.finditer(sentence):
            kind = WOUNDED if unknown["kind"].lower() in ("wounded", "injured") else KILLED
            figures.setdefault(kind, Figure(kind, None, UNKNOWN, " ".join(unknown[0].split())))
    for sentence in sentences:
        if _TOTAL.search(sentence):
            continue
        try:
            dates = [(start, end) for start, end, _ in find_dates(sentence)]
        except DateError:
            dates = []
        for kind, pattern in _PATTERNS:
            if kind in figures:
                continue
            for match in pattern.finditer(sentence):
                figure = _figure(kind, match, sentence, dates)
                if figure is not None:
                    figures[kind] = figure
                    break
    for sentence in sentences:
        if _VAGUE_TOTAL.search(sentence):
            continue
        for kind, pattern in _VAGUE_PATTERNS:
            if kind in figures:
                continue
            match = next((m for m in pattern.finditer(sentence)
                          if _vague_is_the_entrys(kind, m, sentence)), None)
            if match is not None:
                figures[kind] = Figure(kind, None, UNKNOWN, " ".join(match.group(0).split()))
    return [figures[kind] for kind in (KILLED, WOUNDED) if kind in figures]


def _vague_is_the_entrys(kind: str, match: re.Match[str], sentence: str) -> bool:
    """A vague count is the entry's unless its clause tells another event or those counted are
    the attackers ("killing dozens of militants"), as for a written count."""
    clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in (";", ":", "—", ","))
    if _OTHER_EVENT.search(sentence[clause_start + 1 : match.start()]):
        return False
    if _governed_by_justice(match, sentence, clause_start + 1):
        return False
    who = match.group("who") or ""
    if re.match(r"\s*more\b", who, re.I):
        return _more_of_the_other_kind(kind, sentence[: match.start()])
    return (not ATTACKERS.search(who) and not re.match(r"\s*(?:them|those)\b", who, re.I)
            and not _counted_did_the_deed(kind, match, sentence))


def _more_of_the_other_kind(kind: str, before: str) -> bool:
    """"30 died and 50 more were wounded", "… and hundreds more were hurt": "more" beyond a
    count of the other kind counts the wounded (or the dead) themselves; "3 more died later"
    after a count of the dead adds to that count and is no figure of its own."""
    own, other = (_WOUNDING, _KILLING) if kind == WOUNDED else (_KILLING, _WOUNDING)
    return bool(other.search(before)) and not own.search(before)


# a word that tells the dead, or the wounded, however conjugated ("killing 5", "died")
_KILLING = re.compile(r"\b(?:kill(?:ed|ing)|dead|died|deaths?|lost\s+their\s+lives|toll)\b", re.I)
_WOUNDING = re.compile(r"\b(?:wound(?:ed|ing)|injur(?:ed|ing|ies)|hurt)\b", re.I)


# "the one that killed the president", "two of which killed police officers": a count before
# an active verb of killing or wounding that has an object counts those who did it; a word
# after the verb that opens no object (a preposition, a conjunction, an adverb) leaves the
# count the victims' ("two farmers killed in the raid", "12 killed, police said")
_ACTIVE_OBJECT = re.compile(
    r"\b(?:killed|wounded|injured)\s+"
    r"(?!(?:in|at|on|near|by|during|while|when|as|after|before|and|or|but|including|among|"
    r"outright|instantly|immediately|later|overnight|since|for|with|from|inside|outside|across|"
    r"around|over|under|there|then|that|which|who|so|to|of|each|alone|too|also|either|both|"
    r"all|today|yesterday|earlier|afterwards)\b)\w",
    re.I,
)


def _governed_by_justice(match: re.Match[str], sentence: str, clause_start: int) -> bool:
    """Whether a count that opens its match (no verb of killing before it) stands after a verb
    of a court or the police in its clause: "sentenced 14 men to death", "arrested 30 people,
    12 killed" counts the sentenced or the arrested; "jailed him for killing 3 policemen"
    keeps its count, which the verb of killing governs."""
    if _KILLING.match(match.group(0)) or _WOUNDING.match(match.group(0)):
        return False
    return bool(JUSTICE_VERBS.search(sentence, clause_start, match.start()))


def _counted_did_the_deed(kind: str, match: re.Match[str], sentence: str) -> bool:
    """Whether the count stands before an active verb of killing (or wounding) with an object:
    then those counted are the doers, not the dead or the wounded."""
    verb = re.search(r"(?:killed|wounded|injured)$", match.group(0), re.I)
    if verb is None or re.search(r"\b(?:were|was|been|are|is)\b", match.group(0), re.I):
        return False  # no such verb, or a passive one: those counted were harmed
    return bool(_ACTIVE_OBJECT.match(sentence, match.start() + verb.start()))


def _figure(
    kind: str, match: re.Match[str], sentence: str, dates: list[tuple[int, int]]
) -> Figure | None:
    groups = match.groupdict()
    first, second = groups.get("n") or groups.get("b1"), groups.get("n2") or groups.get("b2")
    start = match.start("n") if groups.get("n") else match.start("b1")
    if any(a <= start < b for a, b in dates):
        return None  # "in 2008 killed": a year, not a count
    if re.search(r"\b(?:no|not|nor)\s+$", sentence[: match.start()], re.I):
        return None  # "no one was killed" is a zero, read by the zero sentences
    clause_start = max(sentence.rfind(mark, 0, match.start()) for mark in (";", ":", "—", ","))
    if _OTHER_EVENT.search(sentence[clause_start + 1 : match.start()]):
        return None
    if _governed_by_justice(match, sentence, clause_start + 1):
        return None
    if ATTACKERS.search(groups.get("who") or ""):
        return None
    if _counted_did_the_deed(kind, match, sentence):
        return None
    if re.match(r"\s*(?:more|further|additional)\b", groups.get("who") or "", re.I) and not (
        _more_of_the_other_kind(kind, sentence[: match.start()])
    ):
        return None  # "3 more died later": a part added to a count, not the entry's figure
    count = _number(first or "")
    if count is None:
        return None
    qualifier = " ".join((groups.get("q") or "").lower().split())
    verbatim = " ".join(match.group(0).split())
    other = _number(second) if second else None
    if second and other is None:
        return None
    # two counts: at least the lower ("from 44 to 47 dead": 44 at least)
    return qualified_figure(kind, count, other, qualifier, False, verbatim)


def _number(text: str) -> int | None:
    lowered = " ".join(text.lower().split())
    hundreds = re.fullmatch(r"(?P<h>\w+) hundred(?: (?:and )?(?P<rest>.+))?", lowered)
    if hundreds is not None:
        times = 1 if hundreds["h"] == "a" else _UNITS.get(hundreds["h"])
        rest = _number(hundreds["rest"]) if hundreds["rest"] else 0
        return None if times is None or rest is None else times * 100 + rest
    parts = re.split(r"[-\s]", lowered)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    if lowered in _TENS:
        return _TENS[lowered]
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    return int(lowered.replace(",", "")) if lowered.replace(",", "").isdigit() else None
