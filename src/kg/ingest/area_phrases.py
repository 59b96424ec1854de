"""The shapes of phrase an areas-of-operation line is written in, beyond a plain list of names:
a designator one list shares whatever its case ('the Abyan and Shabwa governorates', 'Counties
Armagh and Down', 'the Marri and Bugti tribal areas'), a clause that leads up to a place
('support networks in Scotland'), a side of a place ('the far north of Benin and Togo'), and
items that are no place at all ('to 1995', 'for fund-raising'), which state nothing.

These rewrite the line's text or judge one item; the line's own grammar (colons, brackets,
commas) stays in `kg.ingest.profile_facts`."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.place_patterns import _N

# A place name, also one that starts with its article ("al-Bayda", "el-Arish")
_NAME = rf"(?:(?:al|el|an|ad|ash|as|ar|at|az)-)?{_N}"
# A list that ends in one plural designator, written in any case: each name takes it ("the
# Mediterranean and Aegean coasts" are two coasts, neither of them a sea)
_LIST_THEN_DESIGNATOR = re.compile(
    rf"(?P<names>(?:{_NAME}\s*,\s*)*{_NAME})\s+and\s+(?P<last>{_NAME})\s+"
    r"(?P<kind>(?:tribal\s+)?(?i:governorates|provinces|prefectures|divisions|departments|"
    r"regions|districts|counties|states|territories|townships|municipalities|oblasts|tehsils|"
    r"zones|agencies|coasts|shores)|tribal\s+areas)\b"
)
# The same designator written before the list, as Irish counties are: 'Counties Armagh and Down'
_DESIGNATOR_THEN_LIST = re.compile(
    rf"\b(?P<kind>Counties)\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*)\s+and\s+(?P<last>{_NAME})"
)
# 'the far north', 'the south-east': a side of a place
_SIDE = r"(?:far\s+|extreme\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)"
# 'the far north of Benin and Togo': the side of each whole, not the wholes
_SIDE_OF_LIST = re.compile(
    rf"\b(?P<side>{_SIDE}\s+of)\s+(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})\b"
)
# 'the west of Niger': a side of a place the gazetteer has no entry for, inside that place
SIDE_OF = re.compile(rf"^{_SIDE}\s+of\s+(?P<whole>[A-ZÀ-ÖØ-ÞĀ-ſ].*)$")
# 'with one commando operation in Bolivia', 'support networks in Scotland', 'occasional
# rocket fire into southern Israel': lower-case words of a clause, no name among them, before
# the place ('the border district of al-Qaim in Anbar Province' names two places: left whole)
_CLAUSE_BEFORE_PLACE = re.compile(
    r"^(?:[a-z][a-z’'\-]*\s+){1,7}(?:in|into|at)\s+(?:the\s+)?"
    r"(?=(?:(?:north|south|east|west|central)[\w\-]*\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ])"
)
# 'at Naameh', 'in Sirte', 'in the Damascus countryside': a lower-case preposition alone before
# a name, or before "the" and a name ('In Amenas' is a name)
_PREPOSITION_BEFORE_PLACE = re.compile(r"^(?:at|in|into|from)\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-ÞĀ-ſ])")
# a reference's marker written into the line: 'Lebanon.[1]', 'Syria[12]', 'Iraq [a]'
FOOTNOTE_MARKS = re.compile(r"\s?\[(?:\d{1,3}|[a-z])\]")
# 'the region Afghans call Loya Paktia': what follows is the name
_NAMING_CLAUSE = re.compile(
    r"^(?:the\s+)?(?:region|area|zone)\s+(?:[\w’'\-]+\s+)?"
    r"(?:call|calls|called|know\s+as|known\s+as)\s+"
)


def _singular(kind: str) -> str:
    """'governorates' → 'Governorate', 'Counties' → 'County', 'tribal areas' → 'tribal area':
    a one-word designator is part of the proper name; a described one stays as written."""
    words = kind.split()
    last = words[-1]
    last = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1]
    if len(words) == 1:
        return last.capitalize()
    return " ".join([*words[:-1], last.lower()])


def _names(match: re.Match[str]) -> list[str]:
    return [n.strip() for n in match["names"].split(",")] + [match["last"].strip()]


def distribute_designators(text: str) -> str:
    """'the Abyan, Shabwa and al-Bayda governorates' → 'the Abyan Governorate, Shabwa
    Governorate and al-Bayda Governorate'; 'Counties Armagh and Down' → 'County Armagh and
    County Down'; 'the far north of Benin and Togo' → 'the far north of Benin and far north of
    Togo'. Each name is then looked up as the subdivision (or the side) it is, not the town
    that shares its name. The result is still a list to the line's grammar."""

    def after(match: re.Match[str]) -> str:
        singular = _singular(match["kind"])
        named = [f"{n} {singular}" for n in _names(match)]
        return f"{', '.join(named[:-1])} and {named[-1]}"

    def before(match: re.Match[str]) -> str:
        singular = _singular(match["kind"])
        named = [f"{singular} {n}" for n in _names(match)]
        return f"{', '.join(named[:-1])} and {named[-1]}"

    def sides(match: re.Match[str]) -> str:
        side = re.sub(r"\s+", " ", match["side"])
        return f"{side} {match['first']} and {side} {match['second']}"

    text = _LIST_THEN_DESIGNATOR.sub(after, text)
    text = _DESIGNATOR_THEN_LIST.sub(before, text)
    text = _designator_over_brackets(text)
    return _SIDE_OF_LIST.sub(sides, text)


# "the departments of Córdoba, Antioquia (above all the Urabá region), Sucre and Magdalena": a
# plural designator before a list whose items may carry bracketed parts
# also after the country's possessive and a described qualifier ("Thailand's southern border
# provinces of …", "Nigeria's north-eastern states of …"): the possessor holds the list and is
# not stated for it, as a possessive states what it owns; after "the", a qualifier keeps the
# older filler reading ("the border districts of Bihać and Cazin": the towns), and a
# capitalised one ("the Pashtun districts of …") is left alone (the reverted 88ab6d5's control)
_DESIGNATOR_OF = re.compile(
    r"(?:\bthe|(?<![\w’'])(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w\-]*[’']s\s+(?:(?-i:[a-z])[a-z\-]*\s+){0,3}?)\s*"
    r"(?P<kind>(?i:departments|provinces|states|regions|governorates|districts|"
    r"counties|prefectures|townships|municipalities|oblasts|tehsils|territories|zones|"
    r"agencies))\s+of\s+"
)
_LIST_ITEM = re.compile(rf"(?P<name>{_NAME})(?P<bracket>\s*\([^()]*\))?")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's names, folded: for telling a list of units from a list of countries."""
    from kg.gazetteer import gazetteer
    from kg.names import normalise_name

    names: set[str] = set()
    for place in gazetteer().store.of_kind("country"):
        names |= {normalise_name(n) for n in (place.name, *(t for t, _ in place.alt_names))}
    return frozenset(n for n in names if n)


def _is_country_name(name: str) -> bool:
    from kg.names import normalise_name

    return normalise_name(name) in _country_names()


def _list_names(text: str) -> list[str]:
    """The names of a written list, its brackets left out ('A, B (x) and C' → A, B, C)."""
    text = re.sub(r"\([^()]*\)", "", text)
    return [n.strip() for n in re.split(r",|\band\b", text) if n.strip()]


def _designator_over_brackets(text: str) -> str:
    """'the departments of Córdoba, Antioquia (above all the Urabá region), Sucre and Cesar'
    → 'Córdoba Department, Antioquia Department (above all the Urabá region), Sucre
    Department and Cesar Department': the designator goes to every top-level item of the
    list, across the brackets of one (which the plain list patterns stop at), so that each is
    looked up as the unit it is, never as the most populous town of its name elsewhere. The
    list ends at the first piece that is no name."""
    out: list[str] = []
    position = 0
    for match in _DESIGNATOR_OF.finditer(text):
        if match.start() < position:
            continue
        singular = _singular(match["kind"])
        items: list[str] = []
        cursor = match.end()
        while True:
            item = _LIST_ITEM.match(text, cursor)
            if item is None:
                break
            items.append(f"{item['name']} {singular}{item['bracket'] or ''}")
            cursor = item.end()
            separator = re.match(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[cursor:])
            if separator is None or _LIST_ITEM.match(text, cursor + separator.end()) is None:
                break
            items.append(separator.group(0))
            cursor += separator.end()
        if len([i for i in items if i.strip(" ,") not in ("", "and")]) < 2:
            continue  # one name: the other readers have it
        if any(_is_country_name(i) for i in _list_names(text[match.end() : cursor])):
            # "the southern regions of Mali and Niger": the list holds the units, not names
            # them; each country keeps its own reading
            continue
        out.append(text[position : match.start()] + "".join(items))
        position = cursor
    return "".join(out) + text[position:]


# 'the group was present in most of Colombia's departments', 'active in all of Nigeria's
# states': a share of a country's units, written with the country's possessive, is the country
_SHARE_OF_UNITS = re.compile(
    r"\b(?:present|active|operat\w*|based|spread)\s+(?:in|across|throughout)\s+"
    r"(?:most|all|many|much|some|half|several|parts|each|every\s+one)\s+of\s+"
    rf"(?P<whole>{_NAME})[’']s\s+(?:departments|provinces|states|regions|districts|"
    r"governorates|counties|prefectures|cities|towns|territory)\b"
)
# 'the group has also named Myanmar as a field of jihad', 'it has declared Kashmir a coming
# front': a place the group only named, threatened or called to, not where it operates
_AIM_ONLY = re.compile(
    r"^(?:[a-z][\w’'\-]*\s+){0,6}(?:named|declared|designated|proclaimed|threatened|"
    r"called\s+on|called\s+for|urged|vowed\s+to\s+\w+)\s+(?:[a-z]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ſ]"
)


# "to a lesser extent than in the Sahel", "compared with Kenya", "unlike in Mali", "as in
# Iraq": a place named to compare with, not one the group is said to operate in
_COMPARISON = re.compile(
    r"(?i)(?:^|\s)(?:than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike|"
    r"as\s+(?:it\s+(?:did|does)\s+)?in|like\s+in)\s"
)


def names_a_comparison(item: str) -> bool:
    """Whether an item names its place only to compare with it ('to a lesser extent than in
    the Sahel'): no area."""
    return _COMPARISON.search(item) is not None


def names_only_an_aim(item: str) -> bool:
    """Whether an item only says the group named, threatened or called to a place ('the group
    has named Myanmar as a field of jihad'): an aim or a threat, never an area."""
    return _AIM_ONLY.match(item) is not None


def place_of_clause(item: str) -> str:
    """'with one commando operation in Bolivia' → 'Bolivia'; 'the region Afghans call Loya
    Paktia' → 'Loya Paktia'; 'at Naameh' → 'Naameh'; 'the group was present in most of
    Colombia's departments' → 'Colombia'; any other item as it is."""
    share = _SHARE_OF_UNITS.search(item)
    if share is not None:
        return share["whole"]
    item = _NAMING_CLAUSE.sub("", item)
    return _PREPOSITION_BEFORE_PLACE.sub("", _CLAUSE_BEFORE_PLACE.sub("", item))


# The nouns a described part of a place is headed by: 'the border counties', '(far south)',
# 'the tribal areas' are parts of what they are written in
_PART_NOUN = (
    rf"(?:areas?|regions?|zones?|count(?:y|ies)|districts?|provinces?|{_SIDE}|interior|"
    r"coast(?:line)?|borders?|frontier|countryside|hinterland|highlands|lowlands|mountains|"
    r"hills|valleys?|plains?|delta|belt|islands?|towns|villages|cities)"
)
# ... unless the words before it make it a clause: a preposition, a possessive, a quantifier
_DESCRIBED_PART = re.compile(
    r"^(?:(?!(?:its|their|his|her|in|into|to|for|with|across|until|since|every|almost|a|an|"
    rf"some|one)\b)[a-z][\w\-]*\s+){{0,2}}{_PART_NOUN}$"
)


def names_no_place(item: str) -> bool:
    """An item with no capitalised word that is not a described part of a place ('to 1995',
    'for fund-raising', 'its western suburbs', 'a small cell', 'in almost every region')
    names no place: where the gazetteer does not know it either, it is no area, not even as
    text. 'the border counties' and '(far south)' are parts of what they are written in."""
    # a sentence's first word is capitalised whatever it is ("Its strongholds lay"): only a
    # capital after it, or on a word that is no pronoun, article or preposition, is a name
    item = _SENTENCE_OPENER.sub(lambda m: m.group(0).lower(), item)
    if re.search(r"(?:^|[\s\-])[A-ZÀ-ÖØ-ÞĀ-ſ]", item):
        return False
    return not _DESCRIBED_PART.match(item)


_SENTENCE_OPENER = re.compile(
    r"^(?:Its|It|Their|They|His|Her|He|She|We|Our|This|These|Those|There|Some|Most|Many|"
    r"Cells|Members|Fighters|Units)\b"
)


# The designator of an administrative unit written after its name, singular, in any case
# ('Sonitpur district', 'Buthidaung Township', 'the Puntland state'): the unit's own name is
# the name before it, by which texts and keys also call it
_UNIT_DESIGNATOR = re.compile(
    rf"^(?:the\s+)?(?P<name>{_NAME})\s+(?i:district|township|municipality|tehsil|state|"
    r"province|region|governorate|county|prefecture|department|territory|division|oblast|zone|"
    r"(?:tribal\s+)?agency)$"
)


def unit_name(written: str) -> str | None:
    """'Kokrajhar District' → 'Kokrajhar', 'the Puntland state' → 'Puntland': the bare name of
    an administrative unit written with its designator, None for anything else ('Cal Miskaad
    mountains' is no unit, 'Northern Rakhine State' is named with its side)."""
    match = _UNIT_DESIGNATOR.match(written.strip())
    if match is None or _SIDE_ADJECTIVE_FIRST.match(written) or _SIDE_WORD.fullmatch(
        match["name"]
    ):
        # "Northern Rakhine State" is a side of a unit, "the North District" a side alone;
        # "North Aceh District", "Upper Dir District" are units whose own name holds a compass
        # word (taken from the reverted 88ab6d5, with its controls)
        return None
    if match["name"].split()[-1] in _PART_OF_A_UNIT_NAME:
        return None  # 'Xinjiang Uyghur Autonomous Region': the designator is in the name
    return match["name"]


_SIDE_ADJECTIVE_FIRST = re.compile(
    r"(?i)(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\b"
)
_SIDE_WORD = re.compile(r"(?i)north|south|east|west|central|upper|lower|middle")
_PART_OF_A_UNIT_NAME = frozenset({
    "Autonomous", "Special", "Federal", "Capital", "Tribal", "Administrative", "Territorial",
    "National", "Metropolitan",
})  # fmt: skip



# "West Darfur incl. El Geneina", "Borno State including Maiduguri": a place the item before it
# holds, named inside the same item; a name must follow, or nothing is split off ("Kenya
# including its refugee camps")
_INCLUDES = re.compile(
    r"(?<=[\w.)])\s+(?:incl\.|including|esp\.|especially|notably|in\s+particular|"
    r"particularly)\s+(?=(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ])"
)
# "North Darfur except El Fasher", "the Gao Region excluding Ansongo": what follows is where the
# group is *not*; it is dropped up to the item's end
_EXCLUDES = re.compile(
    r"\s+(?:except(?:\s+for)?|excluding|but\s+not|other\s+than|apart\s+from|save)\s+"
    r"(?=(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ])[^,;()|\n]*"
)


def split_inclusions(text: str) -> str:
    """'West Darfur incl. El Geneina' → 'West Darfur, El Geneina' (two items of the line);
    'North Darfur except El Fasher' → 'North Darfur' (the excepted place is no area)."""
    return _INCLUDES.sub(", ", _EXCLUDES.sub("", text))


# "(then called Ceylon)", "(formerly Zaire)", "(known until 2010 as the North-West Frontier
# Province)": the item before it under another name, never a place of its own (taken from the
# reverted 88ab6d5, with its controls)
_ANOTHER_NAME = re.compile(
    r"^(?:(?:then|once|formerly|previously|until\s+\d{4})\s+)?(?:called|named|known\s+"
    r"(?:\w+\s+){0,3}as|renamed(?:\s+from)?)\s+\S|^(?:formerly|previously)\s+[A-ZÀ-ÖØ-ÞĀ-ſ]"
)


def names_another_name(item: str) -> bool:
    """Whether an item only gives another name of the place it is written after: nothing to
    state."""
    return _ANOTHER_NAME.match(item) is not None


# "the Osaka metropolitan area", "the Nairobi metro area", "the Lagos metropolitan region": the
# city the area is named after
_METROPOLITAN_AREA = re.compile(
    rf"^(?:the\s+)?(?P<city>{_NAME})\s+(?i:metropolitan|metro)\s+(?i:area|region)$"
)


def city_of_metropolitan_area(item: str) -> str | None:
    """'the Osaka metropolitan area' → 'Osaka'; None for anything else ('the metropolitan
    area' names no city)."""
    match = _METROPOLITAN_AREA.match(item.strip())
    return match["city"] if match is not None else None


# The words of one class each, shared by every reader of an areas line that needs them: who
# the group is when a clause names it, and the verbs that say it is somewhere
GROUP_SUBJECT = (
    r"(?:it|they|the\s+(?:group|organi[sz]ation|movement|front|network)(?:[’']s\s+\w+)?|"
    # "its fighters", "cells using its name", "fighters loyal to it": the group's own people,
    # a participle or adjective phrase of up to four words after them
    r"(?:(?:its|their)\s+(?:own\s+)?)?(?:fighters|units|cells|members|militants|men|"
    r"brigades|cadres|operatives)(?:\s+(?:using|loyal|linked|acting|operating|under|to|in|"
    r"of|its|their|it|name|the|group|organi[sz]ation)){0,4}|"
    r"(?:its|their)\s+(?:own\s+)?(?:forces|bases|camps|networks?|presence))"
)
PRESENCE_VERB = (
    r"(?:operat\w*|deployed|stationed|based|active|present|held|holds?|kept|keeps?|"
    r"maintain(?:s|ed)?|fought|fights?|controll?(?:s|ed)?|ran|runs?|had|has|have|"
    r"established|set\s+up|built|spread|struck|strikes?|attack(?:s|ed)|bombed|raided|"
    r"carried\s+out|launched|conducted)"
)
_AUXILIARY = r"(?:(?:has|have|had|is|are|was|were|been|be|long|also|still|reportedly|since)\s+)"
# "where its fighters have been deployed around Damascus since 2013": the group's presence
_WHERE_PRESENCE = re.compile(
    rf"^where\s+{GROUP_SUBJECT}\s+{_AUXILIARY}{{0,3}}{PRESENCE_VERB}\b(?P<rest>.*)$",
    re.I | re.S,
)
_WHERE = re.compile(r"^where\s+\S", re.I)


def is_where_clause(item: str) -> bool:
    """'where …' after a place: a clause about that place, read only by `where_presence`."""
    return _WHERE.match(item.strip()) is not None


def where_presence(item: str) -> str | None:
    """The text after the verb of a 'where' clause that says the group is somewhere ('where
    its units have long held ground around Kismayo' → ' ground around Kismayo'); None for a
    clause about anyone or anything else ('where its rival held Idlib', 'where the group is
    banned', 'where the diaspora raised funds')."""
    match = _WHERE_PRESENCE.match(item.strip())
    return match["rest"] if match is not None else None


# The words of a clause that puts a place in the line for another reason than the group's
# presence: a state's ban or listing of the group, a diaspora's money, a rival's ground (one
# class, shared by every reader that needs it)
NOT_PRESENCE = (
    r"(?i:banned|proscribed|outlawed|designated|listed|blacklisted|sanctioned|"
    r"diaspora|émigrés?|emigres?|expatriates?|rivals?[’']?s?|enem(?:y|ies)[’']?s?|opponents?|"
    # who says so ("India (alleged by the Nepali government)", "according to Saudi officials")
    # and who backs the group ("armed and funded by Iran"): a source or a sponsor, not where
    # the group is; only a named body ("by Iran", "by the Nepali government"): "claimed by the
    # group in Mombasa", "supported by local tribes in Kunar" still place the group
    r"(?:alleged|claimed|reported|said|stated|asserted|backed|sponsored|funded|financed|"
    r"armed|supported|trained)\s+by(?=\s+(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ]))|according\s+to)"
)
_NO_PRESENCE_BEFORE_NAME = re.compile(
    rf"^[^A-ZÀ-ÖØ-ÞĀ-ſ]*?\b{NOT_PRESENCE}(?![\w’'])[^A-ZÀ-ÖØ-ÞĀ-ſ]*[A-ZÀ-ÖØ-ÞĀ-ſ]"
)


# "the United Kingdom proscribed it in 2014", "Saudi Arabia bans the group", "the European Union
# lists it": a state or a union as the subject of a ban or a listing whose object is the group;
# the place is who bans, never where the group is
_BANS_THE_GROUP = re.compile(
    r"(?i)\b(?:bann?(?:s|ed)|proscrib(?:es|ed)|outlaw(?:s|ed)|designat(?:es|ed)|lists|listed|"
    r"blacklist(?:s|ed)|sanction(?:s|ed))\s+(?:it|them|the\s+(?:group|organi[sz]ation|"
    r"movement|front|network))\b"
)


# "Iran funds and arms it", "Qatar has financed the movement": a named state as the subject of
# backing the group is its sponsor, never where it is ("local tribes support it in Kidal", whose
# subject is no name, still places the group)
_BACKS_THE_GROUP = re.compile(
    r"^(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w’'\-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’'\-]*){0,3}\s+"
    r"(?:(?:has|have|had|long|reportedly|openly)\s+){0,2}"
    r"(?:fund(?:s|ed)?|financ(?:e|es|ed)|arms|armed|back(?:s|ed)?|support(?:s|ed)?|"
    r"train(?:s|ed)?|sponsor(?:s|ed)?|bankroll(?:s|ed)?)"
    # the object, or the end of the item where the line's grammar split 'funds and arms it'
    r"(?:(?:\s+and\s+\w+)?\s+(?:it|them|the\s+(?:group|organi[sz]ation|movement|front|"
    r"network))\b|\s*$)"
)


def names_no_presence(item: str) -> bool:
    """Whether an item's lead-up says why a place is named other than the group being there
    ('banned in the United Kingdom', 'designated a terrorist organisation by Australia',
    'fund-raising among the diaspora in Canada', 'its rival's bases in Syria', 'alleged by
    the Nepali government', 'backed by Iran'): no area.
    'support networks in Scotland' and 'members arrested in France' are the group's own."""
    return (_NO_PRESENCE_BEFORE_NAME.match(item.strip()) is not None
            or _BANS_THE_GROUP.search(item) is not None
            or _BACKS_THE_GROUP.match(item.strip()) is not None)


# "along the Mauritanian border", "near the frontier with Algeria", "close to the Afghan
# border": where the items beside it lie, said to locate them; the border names no area and the
# neighbour it names is the other side's (#12: "near the border with Mauritania")
_BORDER_LOCATOR = re.compile(
    r"^(?:on|along|near|close\s+to|at|by|astride|straddling)\s+(?:the\s+)?"
    r"(?:[\w’'\-–]+\s+){0,3}(?:borders?|frontiers?|boundary|border\s+(?:area|region|zone)s?)"
    r"(?:\s+(?:with|of)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][^,;()]*)?$"
)


def names_only_a_border(item: str) -> bool:
    """Whether an item only locates the others by a border ('along the Libyan frontier',
    'near the border with Niger'): no area, not even as text."""
    return _BORDER_LOCATOR.match(item.strip()) is not None


# "Rear bases and leadership hideouts:", "- Base area:", "Active in:": a line's label before
# its colon, written in common nouns (no capital after its first word), names no place and is
# no heading the line's items lie in ("Northern Mali:", "India:" are)
LINE_LABEL = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]+)?[A-ZÀ-ÖØ-Þ][a-z\-]*(?:[ \t]+(?:[a-z][a-z\-]*|&))+[ \t]*:"
)
# the bullet a list's line opens with, no part of the item's name
BULLET = re.compile(r"^[-•*]\s+")

# "the Yarmouk camp (Damascus Governorate)", "Dadaab refugee camp (Garissa County)": a site
# whose brackets name the place it lies in, not a part of it nor an area of its own
_SITE = re.compile(
    r"(?i)\b(?:camps?|village|settlement|township|hamlet|base|mountains?|forest|valley|"
    r"oasis|island|quarter|neighbou?rhood|suburb)$"
)


def names_a_site(item: str) -> bool:
    """Whether an item names a site (a camp, a village, a mountain …) by its last word."""
    return _SITE.search(item.strip()) is not None


# "the Paletwa area of southern Chin State", "the Tora Bora region of Nangarhar": a named area
# and the place holding it; the area is stated, never the holder in its stead
# ("the Borana Zone of southern Oromia", "the Wollega zones of western Oromia", "the Malakand
# Division of …" in any case)
NAMED_AREA_OF = re.compile(
    rf"^(?:the\s+)?(?P<name>{_NAME})\s+(?P<kind>(?i:areas?|regions?|zones?|sectors?|belts?|"
    r"corridors?|divisions?))\s+of\s+(?P<holder>[A-ZÀ-ÖØ-ÞĀ-ſa-z].*)$"
)


# A clause, not a place's name: a year or a date in it ('Since 2011', 'Loadenthal 2017', 'in
# ceasefire since 12 January 1994'), a finite verb ('the quarter lies in …', 'it has been
# active'), or a lead word of time or means ('since May 2014', 'through <an allied group>')
_CLAUSE_MARK = re.compile(
    r"(?i)\b(?:1[89]\d\d|20\d\d)s?\b|"
    r"\b(?:is|are|was|were|has|have|had|been|lies|lay|lived|lives|operates|operated|"
    r"took|takes|fought|fights)\b|"
    r"^(?:since|from|until|till|through|via|during|after|before|by|members\s+of)\s"
)


def is_a_clause(item: str) -> bool:
    """Whether an item the gazetteer does not know is a clause or a date rather than a place's
    name ('Since 2011', 'through <an allied group>', 'the quarter lies in the old town'): kept
    as text it would be an area named by no one; the review says so instead."""
    return _CLAUSE_MARK.search(item) is not None
