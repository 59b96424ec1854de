"""The attacks section's layouts: where an entry starts, where its date is, which lines are its.

The collection writes one "DATE: what happened. (3 killed)" paragraph per attack, and the attack
reader (`kg.ingest.attacks`) reads that form. Other sources lay the same entries out otherwise:
bullets and numbered lists ("- …", "3. …", "(iv) …"), table rows ("1996 | Addis Ababa | … | 4
killed"), the place or the target first and the date after it ("Kabul, 3 March 2011 — …",
"Bombing of the Marriott hotel, Islamabad (20 September 2008): …"), a date on a line of its own
above its text, entries under a year heading that give only day and month ("2014", then "12 June:
…" or "- In June, …"), a sentence that opens with its date ("On 12 June 2014, …", "Between 2000
and 2007, …"), or a date later in the line ("… in Gao on 12 June 2014"). This module is the small
grammar of those layouts: each line is classed by what marks an entry's start (a list marker, a
new paragraph, a date where a layout puts one), its date is found where the layout puts it, and the
entry is handed on in the collection's form ("DATE: text") with its lines as written, so the
entry's provenance (its lines, its verbatim text) stays the source's.

What is not an entry never becomes one: a year heading gives its year to the entries under it; a
table's header row names the cells of the rows below; a line of the section that has no date and
tells no attack (a note, "Sources differ on …", a paragraph of context) is handed on undated, so
the attack reader skips it and says so. A date the text gives only as a reference ("in
retaliation for the 2008 raid", "founded in 2002") is never the entry's date, and a paragraph that
tells several attacks, each opening with its own date, is given no single date (the review says
so): which of its dates a key would take is not ours to guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.ingest.abbreviations import ABBREVIATIONS
from kg.ingest.casualties import parse_casualty_note, split_casualty_note
from kg.ingest.dates import (
    MONTHS,
    DateError,
    PartialDate,
    approximately,
    find_dates,
    parse_date,
)

# "August 19, 2008: …": a short prefix before the first colon opens an attack entry.
ENTRY_DATE = re.compile(r"^\s{0,10}(?P<date>[^:]{1,60}?)\s{0,10}:\s{0,10}(?=\S)")
# a list marker: "- ", "• ", "* ", "– ", "1. ", "1) ", "(1) ", "iv. ", "(b) " (never a year:
# at most three digits, and a space after it)
_MARKER = re.compile(
    r"^\s{0,10}(?:[-•*–]|\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[ivxIVX]{1,5}[.)]|\([ivxIVX]{1,5}\)"
    r"|\(?[a-h][.)]|\([a-h]\))\s+(?=\S)"
)
# a record written as labelled fields whose first field is its date
_DATE_FIELD = re.compile(r"^(?:date|when)\s*:\s*(?P<date>[^|;]{1,60}?)\s*(?:[|;]\s*|$)", re.I)
# a year alone on its line heads the entries below it ("2014", "2014:")
_YEAR_HEADING = re.compile(r"^\s{0,10}(?P<y>(?:1[89]|20)\d\d)\s{0,5}:?\s*$")
# an entry written as a table row: "1996 | Addis Ababa | a bombing … | 3 killed", its cells
# apart by bars, dot leaders ("1996 ....... Addis Ababa ....... a bombing"), middle dots or tabs
_CELL = re.compile(r"\s+\|\s+|\s*\.{3,}\s*|\s*…{2,}\s*|\s+·\s+|\t+")
_FIGURES_CELL = re.compile(r"\b(?:killed|dead|wounded|injured|casualt\w*|hostages?)\b", re.I)
# where the place or target written first ends and the entry's text begins: a colon, a dash
# between spaces ("Kabul, 3 March 2011 — Gunmen …"), or a full stop just after the date
_HEAD_END = re.compile(r"\s*:\s+|\s+[—–-]\s+|(?<=\d)\.\s+(?=[A-Z])")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day and month, or a month, without its year: "12 June", "June 12", "early June", "June";
# two of them joined ("30 July – 2 August", "January to September", "March–May"); a season
# ("Spring", "the summer"), which a heading's year makes EDTF's season ("2015-21")
_DAY_MONTH = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}(?!\d))"
_NO_YEAR = (
    rf"(?:(?:early|mid|late)[-\s]+)?(?:{_DAY}(?:\s*[-–]\s*{_DAY})?\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}(?:\s+{_DAY}(?:\s*[-–]\s*{_DAY})?(?!\d))?)"
    rf"|{_DAY_MONTH}(?:\s*[–—]\s*|\s+-\s+|\s+(?:to|until|through)\s+){_DAY_MONTH}"
    rf"|(?:from\s+)?{_MONTH}(?:\s*[–—]\s*|-|\s+-\s+|\s+(?:to|until|through)\s+){_MONTH}"
    r"|(?:spring|summer|autumn|fall|winter)"
)
# the temporal lead of a sentence that opens with its date: "On", "In", "On the night of", …
_LEAD = (
    r"(?:(?:early|late)\s+on\s+|on\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of\s+|"
    r"in\s+the\s+(?:night|early\s+hours)\s+of\s+|on\s+|in\s+|during\s+|at\s+dawn\s+on\s+|"
    r"through(?:out)?\s+|over\s+|(?:starting|beginning)\s+(?:in|on)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"  # "On Tuesday, 14 March 2009"
    r"(?:(?<=in\s)(?:early|mid|late)[-\s]+)?"  # "In late October 2001": the month, as written
)
# a hedge before the opening date: the indictment's "On or about 3 May 1983", "In or about
# 1976", "Around 12 June 2014", "Circa 1992"
_HEDGED_LEAD = re.compile(
    r"(?P<hedge>(?:on|in)\s+or\s+(?:about|around)|(?:(?:on|in)\s+)?(?:about|around|circa|c\.))\s+",
    re.I,
)
_OPENING_NO_YEAR = re.compile(
    rf"^(?i:{_LEAD}(?P<date>{_NO_YEAR}))(?=\s*,|\s+[a-z]|\s+[—–-]\s)"
)
# a date inside the line is the entry's when a preposition of time stands before it ("… in Gao
# on 12 June 2014", "… in March 2011"), and not when the words before tell another event or a
# reference ("in retaliation for the raid of …", "founded in 2002", "since 2005")
_TIME_PREPOSITION = re.compile(
    r"\b(?:on|in|during)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?$", re.I
)
_REFERENCE_WORDS = re.compile(
    r"\b(?:retaliat\w*|reveng\w*|aveng\w*|reprisal|response|anniversary|founded|formed|created|"
    r"established|since|until|after|before|following|earlier|previous|prior|convicted|"
    r"sentenced|arrested|tried|trial|designated|listed|banned)\b",
    re.I,
)
# a line that tells an attack (for a line with no date under a year heading): what the attack
# reader reads as an attack, a casualty or a weapon
_ATTACK_WORDS = re.compile(
    r"\b(?:attack\w*|bomb\w*|explo\w*|blast|shot|shoot\w*|gunm[ae]n|kill\w*|murder\w*|"
    r"assassinat\w*|ambush\w*|raid\w*|storm\w*|kidnap\w*|abduct\w*|hijack\w*|massacre\w*|"
    r"struck|strike|stormed|seized|overran|fired|shell\w*|hit|burn\w*|behead\w*|stabb\w*|"
    r"executed|rockets?|grenades?|suicide|wounded|injured)\b",
    re.I,
)
# the attack as the object of a verb that tells what was said of it ("claimed the bombing",
# "attributed the ambush to", "named the bombing among its operations"): a sentence whose only
# attack word stands so tells the claim, and its date ("in a recording released in 2004") is
# the claim's, never another attack's
_SAID_OF_THE_ATTACK = re.compile(
    r"\b(?:claimed|claiming|admitted|acknowledged|attributed|attributing|blamed|blaming|named|"
    r"listed|condemned|denied|praised|celebrated|described|recorded)\s+(?:(?:responsibility|"
    r"credit)\s+for\s+)?(?:the|this|that|these|those|its|their|his|an?)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|raids?|"
    r"assaults?|killings?|murders?|massacres?|kidnappings?|abductions?|beheadings?|"
    r"hijackings?|shootings?|operations?|strikes?)\b",
    re.I,
)
# a line of the section that speaks about the sources, not about an attack
_NOTE_LINE = re.compile(
    r"^\s*(?:notes?\b|n\.b\.|sources?\b|figures?\b|estimates?\b|counts?\b|casualty\s+figures\b|"
    r"accounts\s+differ|reports\s+differ|\*)",
    re.I,
)


@dataclass
class Entry:
    """One attack entry: its first and last line, its lines as written (blank lines left out),
    and its body in the collection's form, one row per line of the span (blank rows for blank
    lines), so that a character of the body still tells its line."""

    start: int
    end: int
    written: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.rows)

    def add(self, number: int, written: str, row: str) -> None:
        self.rows += [""] * (number - self.end - 1)
        self.rows.append(row)
        self.written.append(written)
        self.end = number


@dataclass
class _State:
    year: str | None = None  # the year heading the entries stand under
    header: list[str] | None = None  # the table's header row, its labels
    awaiting_text: Entry | None = None  # a date on a line of its own, waiting for its text


def attack_entries(lines: list[tuple[int, str]], first_of_paragraph: set[int]) -> list[Entry]:
    """The entries of an attacks section given as its non-blank lines (line number, text) and
    the numbers of the lines that open a paragraph."""
    entries: list[Entry] = []
    state = _State()
    for index, (number, as_written) in enumerate(lines):
        if _RULE_ROW.match(as_written):
            continue  # "|---|---|": the rule under a table's header, no entry
        written = _without_outer_bars(as_written)
        heading = _YEAR_HEADING.match(written)
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        month_heading = _month_heading(written, following)
        if heading or month_heading:
            state.year, state.awaiting_text = (heading or month_heading)["y"], None
            continue
        if state.header is None and not entries and header_row(written):
            state.header = [cell.strip().lower() for cell in _CELL.split(written.strip())]
            continue  # "Date | Location | What happened | Casualties": names the cells
        if state.awaiting_text is not None:
            state.awaiting_text.add(number, as_written, written.strip())
            state.awaiting_text = None
            continue
        read = _read_line(written, state)
        if read is not None:
            row, lone = read
            entry = Entry(number, number, [as_written], [row])
            entries.append(entry)
            if lone:
                state.awaiting_text = entry
            continue
        bare = _MARKER.sub("", written, count=1)
        previous = lines[index - 1][1] if index else ""
        if (bare != written or number in first_of_paragraph or not entries
                or sentence_opening_date(_first_sentence(bare)) is not None
                or _headed_line(bare, previous)):
            entries.append(_undated_or_inner(number, as_written, bare.strip(), state))
        else:  # a line that continues the entry above it (a wrapped line, a second paragraph)
            entries[-1].add(number, as_written, written.strip())
    return entries


# a Markdown table: its rows open and close with a bar ("| 4 June 2015 | Kidal | … |"), and a
# rule of dashes stands under its header ("|---|:---:|")
_OUTER_BARS = re.compile(r"^\s{0,10}\|\s*(?P<row>.*?\S)\s*\|\s*$")
_RULE_ROW = re.compile(r"^\s{0,10}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _without_outer_bars(line: str) -> str:
    """A Markdown table's row without the bars that open and close it, its cells apart by
    the bars between them as any table row's ("| 1996 | Addis Ababa | … |" → "1996 | Addis
    Ababa | …"); any other line as it is."""
    match = _OUTER_BARS.match(line)
    return match["row"] if match and " | " in f" {match['row']} " else line


def _read_line(written: str, state: _State) -> tuple[str, bool] | None:
    """The line in the collection's form if a layout dates it at its start or in its head, and
    whether it is a date alone (its text on the next line); None if no layout does."""
    bare = _MARKER.sub("", written, count=1).strip()
    field = _DATE_FIELD.match(bare)
    if field and _parses(field["date"]):  # "Date: 9 June 2006 | Location: Gaza | …"
        rest = bare[field.end():].strip()
        pieces = re.split(r"\s*;\s+|\s+\|\s+", rest)
        if all(re.match(r"[A-Z][\w ]{0,30}:\s", piece) for piece in pieces):
            # "Place: Niamey; What: …": fields, whatever separates them; those that count the
            # dead or wounded ("Killed: 12") become the closing note
            fields = [tuple(piece.split(":", 1)) for piece in pieces]
            counted = _counted_fields([(label, value) for label, value in fields])
            kept = [piece for piece, (label, _) in zip(pieces, fields, strict=True)
                    if not counted or label.strip().lower() not in _COUNT_LABELS]
            rest = " | ".join(kept) + (f" ({counted})" if counted else "")
        return (f"{field['date'].strip()}: {rest}", False) if rest else (
            f"{field['date'].strip()}:", True)
    prefix = ENTRY_DATE.match(bare)
    if prefix and _parses(prefix["date"]):
        return bare, False  # the collection's form, "DATE: text"
    row = _table_row(written.strip(), state.header)
    if row is not None:
        return row, False
    alone = bare.rstrip(":–—- ").strip()
    if _parses(alone) and not _YEAR_HEADING.match(alone):
        return f"{alone}:", True  # a date on a line of its own
    if state.year is not None:
        completed = _with_heading_year(prefix["date"], state.year) if prefix else None
        if completed is not None:
            return f"{completed}: {bare[prefix.end():]}", False  # "12 June: …" under "2014"
        opening = _OPENING_NO_YEAR.match(bare)
        if opening:
            completed = _with_heading_year(opening["date"], state.year)
            if completed is not None:
                return f"{completed}: {bare}", False  # "In June, fighters …" under "2014"
    head = _dated_head(bare)
    if head is not None:
        return head, False
    alone_head = _head_alone(bare)
    if alone_head is not None:
        return alone_head, True  # "Police station, Mopti – 3 April 2013", its text below
    return None


_MONTH_YEAR = re.compile(
    rf"^\s{{0,10}}(?P<m>{_MONTH})\s+(?P<y>(?:1[89]|20)\d\d)\s{{0,5}}:?\s*$", re.I
)


def _month_heading(line: str, following: str) -> re.Match[str] | None:
    """'November 2020' heading lines that give only their day ('1 November: …', 'Late
    November: …'): a heading of the entries below, never an entry of its own. A month alone
    above an undated text stays a date on a line of its own (the key check's convention)."""
    heading = _MONTH_YEAR.match(line)
    if heading is None:
        return None
    bare = _MARKER.sub("", following, count=1).strip()
    opening = ENTRY_DATE.match(bare) or _OPENING_NO_YEAR.match(bare)
    completed = _with_heading_year(opening["date"], heading["y"]) if opening else None
    if completed is None:
        return None
    month = parse_date(f"{heading['m']} {heading['y']}")
    date = parse_date(completed)
    if not (month.earliest <= date.earliest <= month.latest):
        return None  # "June 2014" above "3 July: …": not this month's entries
    return heading


def _parses(text: str) -> bool:
    try:
        parse_date(text)
    except DateError:
        return False
    return True


def _with_heading_year(text: str, year: str) -> str | None:
    """'12 June' under the heading '2014' → '12 June 2014'; None if the text is no day and
    month, or month, without a year."""
    text = " ".join(text.split())
    if not re.fullmatch(_NO_YEAR, text, re.I):
        return None
    for candidate in (f"{text} {year}", f"{text}, {year}"):
        if _parses(candidate):
            return candidate
    return None


def _dated_head(line: str) -> str | None:
    """'Kabul, 3 March 2011 — Gunmen …' → '3 March 2011: Kabul. Gunmen …'; 'Bombing of the
    Marriott hotel, Islamabad (20 September 2008): …', 'Kabul — 3 March 2011 — …' and
    'St. Petersburg, 3 April 2017. A bomb …' likewise. The head is the text before a colon, a
    spaced dash or a full stop: the first such head that writes a date must write one, as a
    segment of its own (between commas, dashes or brackets, not inside a clause: "bombed the
    hotel on 3 May 2003" is no head), beside the place or target it names. Nothing else of the
    line is moved."""
    try:
        spans = [(a, b) for a, b, _ in find_dates(line[:160])]
    except DateError:
        spans = []
    for end in _HEAD_END.finditer(line[:160]):
        if any(a < end.start() < b for a, b in spans):
            continue  # the dash of a span of dates ("March 2014 – May 2014") ends no head
        head = line[: end.start()]
        try:
            if not find_dates(head):
                continue
        except DateError:
            return None
        text = line[end.end() :].strip()
        parts = _head_date_and_rest(head)
        if parts is None or not text:
            return None
        date_text, rest = parts
        if not rest:  # "3 March 2011 — Gunmen …": the date alone heads the line
            named = _NAMED_FIRST.match(text)
            if named and _names_a_place_first(named["where"]):
                # "1 October 1975 – Madrid: four officers shot dead": the place the text
                # names first, up to its own colon, is the head's place
                return f"{date_text}: {_head_fields(named['where'])}{text[named.end():]}"
            return f"{date_text}: {text}"
        return f"{date_text}: {_head_fields(rest)}{text}"
    return None


def _head_alone(line: str) -> str | None:
    """'Police station in Mopti – 3 April 2013' on a line of its own, its text on the next
    line: a head of place (or target) and date with nothing after it, as "DATE: Location: … |"
    for the text below to join. Only a line that ends no sentence and writes its date as a
    segment of its own, as a head does ("Gunmen stormed the station on 3 April 2013" is a
    sentence, not a head)."""
    if len(line) > 120 or (_SENTENCE_END.search(line) and not line.rstrip().endswith(")")):
        return None
    parts = _head_date_and_rest(line.rstrip(" :"))
    if parts is None or not parts[1]:
        return None  # a date alone is read as a date on a line of its own
    date_text, rest = parts
    return f"{date_text}: {_head_fields(rest)}".rstrip()


def _head_date_and_rest(head: str) -> tuple[str, str] | None:
    """The date a head writes as a segment of its own, and what is left of the head (the
    place or target it names, '' for none); None where the head writes no date, several, a
    reference's date, or a date inside a clause."""
    try:
        found = find_dates(head)
    except DateError:
        return None
    if len(found) != 1:
        return None
    start, stop, _date = found[0]
    part = re.search(r"\b(?:early|mid|late)[-\s]+$", head[:start], re.I)
    if part and _parses(head[part.start():stop]):  # "— early November 2023:"
        start = part.start()
    if len(head) > 140 or _REFERENCE_WORDS.search(head[:start]):
        return None
    if not (re.search(r"(?:^|[,(]|\s[—–-])\s*$", head[:start])
            and re.match(r"(?:\s*(?:$|[,()])|\s+[—–-]\s)", head[stop:])):
        return None  # the date is no segment of its own: a clause, not a place and a date
    # what is left of the head once the date and what only frames it ("(…)", "on") go
    rest = re.sub(r"\(\s*\)|\s+on\s*$|^\s*on\s+", " ", head[:start] + head[stop:])
    rest = " ".join(rest.split()).strip(" ,;—–-")
    rest = re.sub(r"^\((.*)\)$", r"\1", rest)  # "9 June 2006 (Gaza): …": the place alone
    return head[start:stop], rest


# a piece of a head that is only a place's name: capitalised words, a name's particles, a
# country in brackets ("Gao", "St. Petersburg", "Timbuktu (Mali)", "Dar es Salaam"); or the
# last item of a list of names, "and" before it ("Barpeta and Bongaigaon"), which may close
# with the kind of unit every item is ("Kano and Kaduna states", "Lamu and Kilifi counties")
_NAME = (
    r"(?:[A-Z][\w'’.-]*|\([A-Z][\w'’. -]*\)|of|the|al|el|es|de|du|la|le|del|da)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|\([A-Z][\w'’. -]*\)|of|the|al|el|es|de|du|la|le|del|da))*"
)
_UNIT_KINDS = (
    r"(?:district|province|state|county|region|governorate|department|prefecture|municipality|"
    r"township|division|territory|oblast|parish|tehsil|commune)s?"
)
_PLACE_NAME = re.compile(
    rf"^{_NAME}(?:\s+{_UNIT_KINDS})?(?:\s+and\s+{_NAME}(?:\s+{_UNIT_KINDS})?)?$"
)  # "Dang district", as a piece of its own, is a unit's name too
# after a date that heads the line alone, a place written first and closed by its own colon
# ("3 March 2011 – Kabul: gunmen stormed …", "2000 – Vigo, Pontevedra: …")
_NAMED_FIRST = re.compile(r"(?P<where>[^:;.()]{1,60}?)\s*:\s+(?=\S)")


def _names_a_place_first(where: str) -> bool:
    """Whether the words before the colon of "DATE – Kabul: …" are only place names, the first
    of them one the gazetteer has: a capitalised word of another kind ("Ambush: …",
    "Kidnapping: …") heads the text as its title, not as its place, and is never kept as one."""
    from kg.gazetteer import gazetteer

    pieces = [piece.strip() for piece in where.split(",")]
    if not all(_PLACE_NAME.match(piece) for piece in pieces):
        return False
    first = re.split(r"\s+and\s+", pieces[0])[0]
    return bool(gazetteer().named(first))


# pieces of a head that say where without being a bare name: "in El Geneina", "the Masalit
# neighbourhoods of El Geneina", "the village of Wad al-Nourah", "Zamzam camp for displaced
# people"; a designator written first with a capital ("Village of …") is the common noun
_CUED_PLACE = re.compile(rf"^(?:in|at)\s+(?:the\s+)?{_NAME}$")
_PART_OF_PLACE = re.compile(
    r"\b(?:neighbou?rhoods?|quarters?|districts?|outskirts|suburbs?|centre|center|village|town|"
    r"city|hamlet)\s+of\s+[A-ZÀ-ÖØ-ÞĀ-ſ]"
    r"|^[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*){0,2}\s+(?:camp|village|township)\b"
)
_DESIGNATOR_FIRST = re.compile(r"^(?:the\s+)?(Village|Town|City|Hamlet)\s+of\s+")


_INNER_CUE = re.compile(
    rf"^(?P<what>[^,]*?[a-z][^,]*?)\s+(?P<where>(?:in|at)\s+(?:the\s+)?{_NAME})$"
)


_SEAT_OF_UNIT = re.compile(
    rf"^(?:the\s+)?(?:(?:administrative|district|provincial|regional)\s+)?(?:headquarters|capital|"
    rf"seat|chief\s+town)\s+of\s+(?:the\s+)?(?={_NAME}\s+{_UNIT_KINDS}$)"
)


def _split_at_cue(piece: str) -> list[tuple[str, bool]]:
    """'Army barracks at Ghorahi' → [('Army barracks', True), ('at Ghorahi', False)]: a target
    (True: what was attacked, never where, even when it looks like a site: 'Army camp') written
    with its own cue and place; a piece that is only a name, or a cue and a name, stays whole."""
    match = _INNER_CUE.match(piece)
    if match is None or _CUED_PLACE.match(piece) or _PLACE_NAME.match(piece):
        return [(piece, False)]
    return [(match["what"], True), (match["where"], False)]


def _head_fields(rest: str) -> str:
    """The head without its date as the labelled fields the place reader reads
    (`kg.ingest.place_fields`): its pieces that are only a place's name as the location
    ("Bombing of the Azalai hotel, Bamako" → "Location: Bamako | Description: Bombing of the
    Azalai hotel | "), so the place is read from the head as written and a target ("the Azalai
    hotel") is never taken for a place; a head with no such piece stays a sentence before the
    text."""
    pieces = [_DESIGNATOR_FIRST.sub(lambda m: f"the {m[1].lower()} of ", piece.strip())
              for piece in rest.split(",") if piece.strip()]
    # "Army barracks at Ghorahi, Dang district", "Police posts in Rolpa, Rukum and Sindhuli
    # districts": a piece that names what was attacked, then "at"/"in" and a name, is the target
    # and the cued place (the pieces after it say where that place lies, or list more)
    split = [part for piece in pieces for part in _split_at_cue(piece)]
    targets = {i for i, (_, is_target) in enumerate(split) if is_target}
    # "Dunai, headquarters of Dolpa district": the unit a town is the seat of holds it
    pieces = [_SEAT_OF_UNIT.sub("", piece) for piece, _ in split]
    placed = [i not in targets and bool(_PLACE_NAME.match(piece) or _PART_OF_PLACE.search(piece)
                                        or _CUED_PLACE.match(piece))
              for i, piece in enumerate(pieces)]
    cued = next((i for i, piece in enumerate(pieces) if _CUED_PLACE.match(piece)), None)
    if cued is not None:
        # "Khamis Abakar, governor of West Darfur, in El Geneina": a piece that says "in" where
        # makes the bare names before it what was attacked (a person, a building), not where
        placed = [ok and (i >= cued or not _PLACE_NAME.match(pieces[i]))
                  for i, ok in enumerate(placed)]
    where = [f"the {piece}" if _PART_OF_PLACE.search(piece) and not piece.startswith("the ")
             else piece for piece, ok in zip(pieces, placed, strict=True) if ok]
    what = [piece for piece, ok in zip(pieces, placed, strict=True) if not ok]
    if not where:
        return f"{rest}. "
    fields = f"Location: {', '.join(where)} | "
    return fields + (f"Description: {', '.join(what)}. " if what else "Description: ")


# a line that opens with the place or target it tells of, then a spaced dash: "Wichita, Kansas
# — a clinic, bombed on 3 May 1993 …", "Abortion clinics across the state — letters mailed in
# …" (the head holds no sentence's punctuation)
_LINE_HEAD = re.compile(r"^[A-Z][^—–:;.!?]{1,80}?\s+(?:[—–]|-)\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?:\[\d{1,3}\])*\s*$|\)\s*$")


def _headed_line(bare: str, previous: str) -> bool:
    """A line of a paragraph that starts an entry of its own though nothing marks it: the
    line above ends its sentence, the line opens with a place-or-target head before a spaced
    dash, and its own text dates it where a preposition of time places the date ("…, bombed on
    16 January 1997"). Lines written one per attack with no blank line between are entries;
    a wrapped line (the sentence above still open) or an undated line continues its entry."""
    return bool(_SENTENCE_END.search(previous) and _LINE_HEAD.match(bare)
                and not _NOTE_LINE.match(bare) and _opening_date(bare) is not None)


def _first_sentence(line: str) -> str:
    return next(iter(_sentences(line)), "")


_SENTENCE_BREAK = re.compile(r"(?<=\.)\s+(?=[A-Z])|(?<=;)\s+")


def _sentences(line: str) -> list[str]:
    """The line's sentences, cut after a full stop before a capital or after a semicolon, but
    not after an abbreviation or an initial ("Dr. Tiller", "St. Louis", "J. Smith")."""
    text, pieces, start = line.strip(), [], 0
    for cut in _SENTENCE_BREAK.finditer(text):
        words = text[start : cut.start()].split()
        last = words[-1].rstrip(".").lstrip("\"“‘(") if words else ""
        if text[cut.start() - 1] == "." and (last in ABBREVIATIONS
                                             or re.fullmatch(r"[A-Z](?:\.[A-Z])*", last)):
            continue
        pieces.append(text[start : cut.start()])
        start = cut.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


def _opening_date(line: str) -> str | None:
    """The date an entry without a date prefix gives itself: a range or date its first
    sentence opens with ("Between 2000 and 2007, …", "On 12 June 2014, …"), else the first
    date of that sentence where a preposition of time places it ("… in Gao on 12 June 2014").
    A range the first sentence states is the entry's span even where later sentences tell its
    attacks one by one. None where the entry tells several attacks, each with its own date,
    and states no range over them: no one of its dates is the entry's."""
    # the closing note ("(4 killed)") counts, it tells no attack: a later sentence that dates
    # only a consequence ("The hostage was freed on 30 December 2009.") stays no attack of its own
    sentences = _sentences(split_casualty_note(line)[0])
    if not sentences:
        return None
    own = (_until_an_event(sentences[0]) or sentence_opening_date(sentences[0])
           or _placed_date(sentences[0]))
    if own is not None and own.precision != "range":
        own = _started_until(sentences[0], own) or own
    if own is not None and own.precision == "range":
        return own.text
    events = {
        date.edtf for sentence in sentences if _tells_an_attack(sentence)
        and (date := sentence_opening_date(sentence) or _placed_date(sentence)) is not None
    }
    if len(events) > 1:
        return None  # several attacks, each with its own date
    if own is None and len(sentences) > 1 and _ATTACK_WORDS.search(sentences[1]):
        # "Beslan came a week later. On 1 September 2004 gunmen seized …": a sentence that
        # only leads in, then the attack's sentence opening with its date (the only date of an
        # attack the entry gives)
        second = sentence_opening_date(sentences[1])
        if (second is not None and events == {second.edtf}
                and _first_date(sentences[0]) is None):
            return second.text
    return own.text if own is not None else None


def _tells_an_attack(sentence: str) -> bool:
    """Whether a sentence tells an attack: an attack word outside what only says who claimed or
    was blamed for one ("The front claimed the bombing in a statement issued in 2012" tells the
    claim; its date is the claim's)."""
    return bool(_ATTACK_WORDS.search(_SAID_OF_THE_ATTACK.sub(" ", sentence)))


# "Starting in late October 2007, … until … in November and December": a start the sentence
# opens with, and its end a later month of the same year after "until"
_STARTED = re.compile(r"^\s*(?:starting|beginning)\s+(?:in|on)\s+", re.I)
_UNTIL_MONTH = re.compile(
    rf"\b(?:until|till|up\s+to)\b[^.;]*?\bin\s+(?:{_MONTH}\s+and\s+)?(?P<m>{_MONTH})\b"
    r"(?!,?\s+\d)",
    re.I,
)


# "Between 2007 and the withdrawal of U.S. forces in December 2011, …": a span whose end is
# an event the sentence dates
_BETWEEN_AND_EVENT = re.compile(
    r"^\s*(?:between|from)\s+(?P<a>[^,;]{4,30}?)\s+(?:and|to|until)\s+the\s+"
    r"(?P<event>[^,;\d]{3,60}?)\s+(?:in|on)\s+(?P<b>[^,;]{4,30}?)\s*,",
    re.I,
)


def _until_an_event(sentence: str) -> PartialDate | None:
    """The span of a sentence that opens "Between D1 and the <event> in D2,": from the first
    date to the date the event is given; None where either is no date or the end comes first."""
    match = _BETWEEN_AND_EVENT.match(sentence)
    if match is None or _REFERENCE_WORDS.search(match["event"]):
        return None
    try:
        first, last = parse_date(match["a"]), parse_date(match["b"])
        # the entry's prefix says the span as the attack reader parses it, "from A to B"
        span = parse_date(f"from {match['a'].strip()} to {match['b'].strip()}")
    except DateError:
        return None
    if last.earliest <= first.latest or span.edtf != f"{first.edtf}/{last.edtf}":
        return None
    return span


def _started_until(sentence: str, start: PartialDate) -> PartialDate | None:
    """The span of a sentence that opens with when something started and says, after
    "until", the later month of the same year it lasted to (no year of its own written); None
    where it says no such month, or one not after the start."""
    if not _STARTED.match(sentence) or start.precision not in ("month", "day"):
        return None
    until = _UNTIL_MONTH.search(sentence)
    if until is None:
        return None
    first, year = start.earliest.month, start.earliest.year
    last = MONTHS[until["m"].lower().rstrip(".")]
    if last <= first:
        return None
    try:
        began = (f"{start.earliest.day} " if start.precision == "day" else "") + (
            f"{start.earliest:%B} {year}")  # "late October 2007" began in October 2007
        return parse_date(f"from {began} to {until['m']} {year}")
    except DateError:
        return None


def _first_date(sentence: str) -> tuple[int, int, PartialDate] | None:
    """The sentence's first date with its span; None where it has none, or one that denotes
    no day ("February 30": the entry's own reader reports it)."""
    try:
        found = find_dates(sentence)
    except DateError:
        return None
    return found[0] if found else None


def _placed_date(sentence: str) -> PartialDate | None:
    """The sentence's first date where a preposition of time places it ("… on 12 June 2014",
    "… in March 2011", "… between 2000 and 2006"); None where it is a reference's date ("in
    retaliation for the raid of …", "founded in 2002") or stands unplaced."""
    first = _first_date(sentence)
    if first is None:
        return None
    start, _end, date = first
    before = sentence[:start]
    if _REFERENCE_WORDS.search(before[-40:]):
        return None
    if _TIME_PREPOSITION.search(before) or (
        date.precision == "range" and re.match(r"(?:between|from)\b", date.text, re.I)
    ):
        return date
    return None


def sentence_opening_date(sentence: str) -> PartialDate | None:
    """A date the sentence opens with, behind at most a temporal lead ("On the night of")."""
    first = _first_date(sentence)
    if first is None:
        return None
    start, end, date = first
    lead = sentence[:start]
    hedge = _HEDGED_LEAD.fullmatch(lead)
    if hedge is None and not re.fullmatch(_LEAD, lead, re.I) and not re.fullmatch(
        r"(?:from|between)\s+", lead, re.I
    ):
        return None
    if re.match(r"\s*[,:]?\s*(?:[a-z]|[A-Z])", sentence[end:]) is None:
        return None
    if hedge is not None:  # the hedge travels with the date, so its prefix reads "~" too
        return replace(approximately(date), text=f"{hedge['hedge']} {date.text}")
    return date


def _table_row(line: str, header: list[str] | None) -> str | None:
    """A table row whose first cell is a date ("c. 1992 | Bosaso, Bari region | seized the
    port | casualties not known") as "c. 1992: …" with the other cells after it: labelled by
    the header row where there is one ("Location: Bosaso, Bari region | …", which the place
    reader reads as fields), else joined as clauses of one sentence, so that no cell is read as
    a field it may not be. The figures' cell becomes the closing note."""
    cells = _CELL.split(line)
    if len(cells) < 3 or not _row_date(cells[0]):
        return None
    date, rest = cells[0], cells[1:]
    labels = header[1:] if header is not None and len(header) == len(cells) else None
    note = ""
    if _FIGURES_CELL.search(rest[-1]):  # "4 killed, 10 wounded": the collection's closing note
        note, rest = f" ({rest[-1].strip('()')})", rest[:-1]
    if labels is not None:
        # the figures' column, taken as the note, leaves its label out
        named = list(zip(labels[: len(rest)], rest, strict=True))
        if not note:
            note, named = _casualties_column(named)
        counted = _counted_fields(named)
        if counted and not note:  # "Killed | Wounded" columns: their counts are the note
            note = f" ({counted})"
            named = [(label, cell) for label, cell in named if label not in _COUNT_LABELS]
        fields = [f"{label.capitalize()}: {cell}" for label, cell in named]
        return f"{date}: " + " | ".join(fields) + note
    return f"{date}: " + "; ".join(cell.rstrip(".;") for cell in rest) + "." + note


# a column that holds both figures, and a cell of it that says nobody was harmed
_CASUALTY_LABELS = {"casualties", "casualty", "toll", "victims", "killed/wounded",
                    "killed / wounded", "dead/wounded", "dead / wounded"}
_NO_ONE_CELL = re.compile(r"(?:none|nil|no\s+casualties|no\s+one\s+(?:hurt|harmed))\.?", re.I)


def _casualties_column(named: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The closing note a "Casualties" column gives, wherever it stands, and the other cells:
    "None" is nobody killed or wounded; a cell the note reader reads whole ("Injured, number
    not stated", "4 killed, 9 wounded") is the note; any other cell ("3 guards killed", "Not
    broken down by site") stays a field whose sentence the figure reader reads, or ignores."""
    for position, (label, cell) in enumerate(named):
        if label not in _CASUALTY_LABELS:
            continue
        others = named[:position] + named[position + 1 :]
        if _NO_ONE_CELL.fullmatch(cell.strip()):
            return " (no casualties)", others
        figures, leftovers = parse_casualty_note(cell)
        if figures and not leftovers and _FIGURES_CELL.search(cell):
            # the note is one parenthesis: "killed (number unknown)" loses its own brackets
            return f" ({' '.join(re.sub(r'[()]', ' ', cell).split())})", others
    return "", named


# a column or field that holds one figure's count, and the kind it counts
_COUNT_LABELS = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
                 "wounded": "wounded", "injured": "wounded", "injuries": "wounded"}
_COUNT_VALUE = re.compile(
    r"^(?:(?:at least|more than|over|about)\s+)?\d[\d,]*\+?$"
    r"|^\d[\d,]*\s*(?:or|to|[-–])\s*\d[\d,]*$"  # two sources' counts: at least the lower
    r"|^(?:unknown|dozens|scores|hundreds|several|many|none)$",  # unknown (as in a note); none: 0
    re.I,
)


def _count_value(value: str) -> str | None:
    """A cell's count as the note writes it: '126', '84 or 85 (sources differ)' → '84 or 85',
    'unknown; estimates range from …' → 'unknown', 'none' (a zero); None where the cell says
    more than one count ('12; 3 more died later')."""
    value = re.sub(r"\s*\([^()\d]*\)\s*$", "", value.strip())  # "(sources differ)"
    first, _, rest = value.partition(";")
    if re.search(r"\d", rest):
        return None
    first = first.strip()
    return first if _COUNT_VALUE.match(first) else None


def _counted_fields(fields: list[tuple[str, str]]) -> str:
    """'12 killed, 30 wounded' from fields or columns labelled by what they count ("Killed:
    12", "Injured: 30"); '' where none is, or where a value is no count ("several")."""
    parts = []
    for label, value in fields:
        kind = _COUNT_LABELS.get(label.strip().lower())
        if kind is None:
            continue
        count = _count_value(value)
        if count is None:
            return ""
        parts.append(f"{count} {kind}")
    return ", ".join(parts)


def _row_date(cell: str) -> bool:
    """A table cell that is a date: short, with a year, no clause of its own."""
    return len(cell) <= 40 and ":" not in cell and bool(re.search(r"\b\d{4}\b", cell))


def header_row(line: str) -> bool:
    """"Date | Location | Description | Casualties": a row of short labels, the first a date's."""
    cells = _CELL.split(line.strip())
    return (
        len(cells) >= 3
        and cells[0].strip().lower() in {"date", "when", "year", "date(s)", "dates"}
        and all(len(cell) <= 30 and not re.search(r"\d", cell) for cell in cells)
    )


def _dates_within(line: str, year: str) -> bool:
    """Whether every date the line writes lies in the heading's year (a line that writes
    another year's date, or several dates, is not dated by the heading alone)."""
    try:
        found = find_dates(line)
    except DateError:
        return False
    return all(date.earliest.year == date.latest.year == int(year) for _, _, date in found)


def _undated_or_inner(number: int, written: str, bare: str, state: _State) -> Entry:
    """An entry its layout does not date at its start: dated by a date a preposition of time
    places in it, else by the year heading above it where it tells an attack, else handed on
    undated (the attack reader skips it and says why)."""
    inner = _opening_date(bare)
    if inner is not None:
        return Entry(number, number, [written], [f"{inner}: {bare}"])
    if (state.year is not None and _ATTACK_WORDS.search(bare) and not _NOTE_LINE.match(bare)
            and _dates_within(bare, state.year)):
        return Entry(number, number, [written], [f"{state.year}: {bare}"])
    return Entry(number, number, [written], [bare])
