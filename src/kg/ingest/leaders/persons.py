"""Person-name spans: a sentence becomes a template in which persons, dates, the group and
pronouns are tokens (⟪P0⟫, ⟪D0⟫, ⟪G⟫, ⟪H⟫, ⟪X⟫).

A capitalised phrase is a person only if it is not a known group, place or organisation;
ranks, nationalities and sentence openers before a name are not part of it; a surname of a
person named before is that person.
"""

from __future__ import annotations

import re
from datetime import date as date_type

from kg.ingest.context import IngestContext, looks_like_organisation
from kg.ingest.dates import HEDGE_BEFORE, DateError, PartialDate, approximately, find_dates
from kg.ingest.group_reference import other_organisations, references
from kg.ingest.leaders.carried import carried_dates
from kg.ingest.leaders.model import LeadershipState, Template
from kg.ingest.leaders.sources import dates_a_source
from kg.ingest.names import NATIONALITY_NOUNS
from kg.ingest.resolve import DEMONYMS

# ------------------------------------------------------------------ mentions: the template

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"  # Latin capitals, for "Öcalan", "İmralı"
_WORD = rf"[{_UPPER}][\w’'\-]{{1,40}}"
_INITIALS = rf"(?:[{_UPPER}]\.\s?){{1,3}}"
_PARTICLE = (
    r"(?:bin|ben|ibn|ag|Ag|ould|Ould|abu|Abu|Abou|al|el|de|del|la|van|der|Al|da|dos|y|"
    r"Ó|Ní|Nic|Ua|Mac|Mc)"  # Irish: "Seán Ó Briain", "Máire Ní Bhriain"
)
# The Arabic article in its transliterations, joined to the next word: "al-", "el-", "ad-Din"
_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ur|us|ut)-"
_PERSON = re.compile(
    rf"(?:\b{_INITIALS}\s?{_WORD}|\b{_WORD}|(?<![\w-])al-[{_UPPER}][\w’'\-]{{1,40}})"
    # a middle initial stays in the name: "James L. Dozier"
    rf"(?:\s{{1,3}}(?:{_PARTICLE}\s{{1,3}}){{0,3}}(?:[{_UPPER}]\.\s{{1,3}})?"
    rf"(?:{_WORD}|{_ARTICLE}[\w’'\-]{{1,40}})){{0,6}}"
)
# Military ranks and a country's initials before a name are not part of it ("U.S. Brigadier
# General James L. Dozier"); "Commander", "Mullah", "Sheikh" are kept, as the keys write them.
_RANKS = {
    "Brigadier", "General", "Colonel", "Major", "Captain", "Lieutenant", "Admiral", "Sergeant",
    "Corporal", "Marshal", "Field", "Lt.", "Gen.", "Col.", "Capt.", "Maj.", "Sgt.",
}
# Capitalised words that open a sentence or name a month are never the first word of a person.
_NOT_FIRST = {
    "In", "On", "At", "By", "After", "Before", "During", "Following", "However", "The", "Its",
    "It", "This", "That", "These", "Since", "Then", "He", "She", "They", "His", "Her", "Their",
    "When", "While", "From", "Until", "Under", "With", "A", "An", "As", "According", "Both",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Spring", "Summer", "Autumn", "Winter", "Also", "And",
    "Of", "For", "Yet", "But", "Although", "Though", "Later", "Earlier", "Today", "Upon",
    "Once", "Together", "Neither", "Each", "One", "Two", "Three", "Some", "Many", "Most",
    "Per", "Via", "Next", "Current", "Founder", "Successor", "Leader", "Leaders", "Other",
    # a post in the plural heads a list of its holders: "Co-founders A and B are believed …"
    "Founders", "Co-founders", "Cofounders", "Successors", "Commanders", "Emirs", "Chiefs",
    # a verb that opens a clause whose subject follows it, as a translation keeps its source's
    # word order ("Led Santoso the group until 2016"): the verb is never part of the name
    "Led", "Headed", "Commanded", "Directed", "Ran", "Chaired", "Founded", "Co-founded",
    "Established", "Created", "Formed", "Took", "Assumed", "Seized", "Inherited", "Succeeded",
    "Replaced", "Pledged", "Became", "Remained", "Was", "Were", "Is", "Are", "Had", "Has",
    "Came", "Broke", "Returned", "Died",
}  # fmt: skip
# Nationalities and peoples that may stand before a name ("the Malian Arab X") besides the
# gazetteer's adjectives of nationality (kg.ingest.resolve.DEMONYMS).
_ETHNONYMS = {
    "Arab", "Berber", "Tuareg", "Kurdish", "Kurd", "Pashtun", "Baloch", "Fulani", "Tamil",
    "Sinhalese", "Basque", "Catalan", "Corsican", "Irish", "Scottish", "Welsh", "English",
    "German", "Italian", "Belgian", "Dutch", "Sudanese", "Ugandan", "Congolese", "Tanzanian",
    "Ethiopian", "Eritrean", "Jordanian", "Kuwaiti", "Qatari", "Emirati", "Omani", "Bangladeshi",
    "Uzbek", "Chechen", "Tajik", "Uighur", "Uyghur", "Zaydi", "Sunni", "Shia", "Shiite", "Druze",
    "Maronite", "Moro", "Rohingya", "Acehnese", "Javanese", "Thai", "Burmese", "Nepali",
    "Japanese", "Greek", "Cypriot", "Bosnian", "Albanian", "Kosovar", "Dagestani", "Ingush",
    # nationalities that are nouns only ("the Briton Kenneth Bigley")
    *NATIONALITY_NOUNS,
}  # fmt: skip
# Words that make a capitalised phrase an organisation or a place, never a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:State|States|Front|Army|Brigades?|Movement|Party|Group|Forces|Courts?|Network|"
    r"Province|Wing|Council|Committee|Union|Tigers|Organi[sz]ation|Liberation|Islamic|"
    r"Kingdom|Republic|Government|Police|Intelligence|Services?|Battalion|Jihad|Taliban|"
    r"Qaida|Qaeda|Shabaab|Hezbollah|Hamas|Emirate|Caliphate|Youth|Mujahideen|Corps|Guard|"
    r"Ministry|Department|Agency|Nations|Coalition|Alliance|Association|Federation|Region|"
    # a state's bodies: "Afghanistan's National Directorate of Security announced his death"
    r"Directorate|Bureau|Authority|Administration|Commission|Secretariat|Headquarters)\b"
)
# A capitalised phrase made of post words only names a post, never a person: "General
# Secretary: X", "Acting Emir", "Supreme Leader", "Deputy Commander-in-Chief"
_POST_ONLY = re.compile(
    r"(?:(?:General|Secretary|Secretary-General|Supreme|Deputy|Acting|Interim|Chief|Leader|"
    r"Emir|Amir|Chairman|Chairwoman|Chairperson|President|Vice|Spokesman|Spokeswoman|"
    r"Spokesperson|Commander|Commander-in-Chief|Head|First|Founder|Co-founder|Overall|Top|"
    r"Political|Military|Maximum|Paramount|Guide)(?:\s+|-|$))+"
)
# A compass point or a part before a capitalised name makes it a part of a place, never a
# person: "West Belfast", "Central Java", "North Sinai", "Upper Egypt".
_PART_OF_PLACE = {
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "North-East", "North-West", "South-East", "South-West", "Northeast", "Northwest",
    "Southeast", "Southwest", "Upper", "Lower", "Greater", "Inner", "Outer",
}  # fmt: skip
_HIS = r"(?:his|her|⟪H⟫(?:’s)?)"
_NICKNAMED = re.compile(
    rf"\b(?P<first>{_WORD})\s+(?:[“\"‘](?P<nick>[^”\"’\s]{{2,30}})[”\"’]"
    # in brackets, one capitalised word that is no acronym: "Panagiota (Pola) Roupa"
    rf"|\((?P<nick2>[{_UPPER}][a-zà-ÿ][\w’'-]{{1,28}})\))"
    rf"\s+(?P<last>{_WORD}(?:\s+{_WORD})?)"
)
# A lowercase noun for what a person is, right before a single capitalised name.
_ROLE_NOUN_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|his|her)\s+(?:[a-z-]+\s+){0,2}(?:engineer|cleric|preacher|scholar|"
    r"commander|militant|veteran|fighter|bomb-maker|ideologue|teacher|student|doctor|"
    r"businessman|judge|emir|amir|leader|chief|deputy|spokesman|brother|son|nephew|cousin|"
    r"preacher|imam|mullah|sheikh|officer|soldier|recruiter|financier|trainer)\s+$"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s])?(?P<d>1[89]\d|20\d)0s\b", re.I)
# What puts a place before a name: a locative preposition, or a noun of what befalls or
# surrounds a place and "of" ("During the siege of Nahr al-Bared he fled": a camp, never the
# person a later "he" takes up; "in Shtaura", "near Ain al-Hilweh"). Never "around" (a group
# is rebuilt, and a faction gathers, around a person), nor "the fall of" or "the capture of"
# (a ruler falls, a commander is captured). A name after a locative stays untyped even led by
# a rank ("near General Santander" is a police academy): precision first
_PLACE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:(?:siege|battle|sack|recapture|destruction|bombardment|"
    r"outskirts|streets|ruins|camp|town|village|city|district|province|region|valley|port|"
    r"mountains|hills|suburbs?|centre|center|heart)\s+of|in|at|near|outside|inside|"
    r"across|throughout|into|within)\s+(?:the\s+)?$",
    re.I,
)
# A work's title after the noun for it is never a person: "his pamphlet The Neglected Duty".
# An indefinite article right before a capitalised phrase makes it a description of what a
# person is, never a name: "founded by X, a Florida National Guardsman, who led it" (the
# guardsman is X, and the "who" after him is X too), "an Army Ranger", "a Baptist Minister".
_DESCRIPTION_BEFORE = re.compile(r"(?:^|[\s,(])(?:[aA]|[aA]n)\s+$")
_WORK_BEFORE = re.compile(
    r"\b(?:pamphlet|book|manifesto|treatise|tract|essay|article|newspaper|magazine|journal|"
    r"sermon|letter|video|film|statement|communiqué|bulletin|booklet|poem|song|fatwa|"
    r"periodical|leaflet|broadcast|station|website)\s+(?:(?i:the)\s+)?$"
)
# A place after the group's name makes it a namesake: "Ansar al-Sharia in Derna"
_ELSEWHERE = re.compile(
    r"\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid)\b)"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
)
# a kinship noun right before a single given name: "his son S", "Y's younger brother B"
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|⟪H⟫’s|[A-Z][\w’'-]+[’']s)\s+(?:(?:eldest|elder|younger|youngest|own|"
    r"oldest|second|third)\s+)?(?:son|brother|half-brother|nephew|cousin|grandson|daughter|"
    r"sister|stepson|son-in-law|brother-in-law)\s+$"
)
# a family name told as one: "the elder Haqqani", "the Barre family", "the Haqqanis"
_FAMILY = re.compile(
    r"\bthe\s+(?:elder|younger|older|late)\s+([A-Z][\w’'-]+)\b(?![’']s\s+(?:son|brother))"
    r"|\bthe\s+([A-Z][\w’'-]+)\s+(?:family|clan|brothers|dynasty|household)\b"
    r"|\bthe\s+([A-Z][\w’'-]+?)s\b(?![’'\w])"
)
# An alias marker right after a single name makes it a person's: "founded by Santoso, alias Abu
# Wardah" (a mononym, as many Indonesian and Kurdish names are); an organisation is "also
# known as", never "alias" or "real name"
_ALIAS_AFTER = re.compile(
    r"\s*,?\s*(?:alias|a\.?k\.?a\.?)\s+[A-Z]|\s*\((?:real\s+name|born)\s+[A-Z]"
)
_HER_OWN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:deputy|successor|brother|sister|husband|son|daughter|cousin|nephew|"
    r"lieutenant|aide|spokes(?:man|woman|person)|bodyguard|companion|partner|father|mother|"
    r"treasurer|second-in-command)\b"
)
_HE = re.compile(r"\b(?:he|she|He|She|him|her|his|His|Her)\b")


_SEPARATE = re.compile(
    r"\b(?:separate|different|distinct|unrelated|another|namesake|not\s+to\s+be\s+confused)\b",
    re.I,
)


def _namesake(ctx: IngestContext | None, text: str, end: int) -> re.Match[str] | None:
    """"<the group's name> in <place>" names a namesake elsewhere — only where the group's own
    title places it elsewhere ("Ansar al-Sharia in Libya": "… in Derna" is another) or the
    sentence says so ("a separate organisation"); else "the Brigate Rosse in Milan" is the
    group, in Milan."""
    elsewhere = _ELSEWHERE.match(text, end)
    if elsewhere is None:
        return None
    title = ctx.layout.get("title") if ctx is not None else None
    placed = re.search(r"\sin\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)", title.body) if title else None
    where = elsewhere.group(0).split()[-1]
    if placed and placed["place"] != where and placed["place"] not in elsewhere.group(0):
        return elsewhere
    return elsewhere if _SEPARATE.search(text, elsewhere.end()) else None


# two given names before one family name, after a word of kinship that says they share it:
# "brothers Abdullah and Omar Maute", "the sisters Rosa and Ana Ortiz"
_SIBLINGS = re.compile(
    r"\b(?:[Bb]rothers|[Ss]isters|[Ss]iblings|[Tt]wins|[Cc]ousins)\s+(?P<a>[A-Z][a-z’'-]{2,})\s+and\s+"
    r"(?P<b>[A-Z][a-z’'-]{2,})\s+(?P<family>[A-Z][\w’'-]{2,})\b(?!\s+[A-Z])"
)


def _kin_named(text: str, start: int, name: str) -> bool:
    """A name of two or three words right after a kinship noun ("Jibril's son Jihad Jibril",
    "his brother Islam Haddad"): a person, though a word of an organisation's names opens it,
    unless its last word is one an organisation's name ends with."""
    words = name.split()
    return (2 <= len(words) <= 3 and bool(_KIN_BEFORE.search(text, 0, start))
            and not _NOT_A_PERSON.search(words[-1]) and not looks_like_organisation(name))


def template(ctx: IngestContext | None, text: str, state: LeadershipState) -> Template:
    """Tokenise dates, group phrases, persons and pronouns (in that order of precedence)."""
    spans: list[tuple[int, int, str, object]] = []
    try:
        for start, end, date in find_dates(text):
            if dates_a_source(text, start, end):
                continue  # "a 2016 report": the source's date, no event of the sentence
            if HEDGE_BEFORE.search(text, 0, start):
                date = approximately(date)  # "in about 2000": 2000~, never stated as 2000
            spans.append((start, end, "D", date))
    except DateError:
        pass

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _, _ in spans)

    told = sorted((s, e, d) for s, e, k, d in spans if k == "D")
    for start, end, date in carried_dates(text, told, state.previous_dates):  # type: ignore[arg-type]
        if free(start, end):
            spans.append((start, end, "D", date))
    for match in _DECADE.finditer(text):
        # "the mid-1990s": EDTF's unspecified year digit, a decade and never a year
        if free(match.start(), match.end()):
            decade = PartialDate(f"{match['d']}X", date_type(int(match["d"]) * 10, 1, 1),
                                 date_type(int(match["d"]) * 10 + 9, 12, 31), "decade",
                                 match.group(0))
            spans.append((match.start(), match.end(), "D", decade))

    if ctx is not None:
        for mention in ctx.mentions(text):
            best = mention.best()
            if best is None or not free(mention.start, mention.end):
                continue
            kinds = ctx.index.kinds.get(best, set())
            elsewhere = _namesake(ctx, text, mention.end)
            if best == ctx.subject and elsewhere and free(mention.start, elsewhere.end()):
                # "Ansar al-Sharia in Derna": the group's name with another place is a namesake
                spans.append((mention.start, elsewhere.end(), "X", None))
            elif best == ctx.subject:
                spans.append((mention.start, mention.end, "G", None))
            elif kinds & {"group", "organisation", "place"} and "person" not in kinds:
                spans.append((mention.start, mention.end, "X", None))
    for start, end in references(ctx, text):
        elsewhere = _namesake(ctx, text, end)
        if elsewhere and free(start, elsewhere.end()) and text[start].isupper():
            spans.append((start, elsewhere.end(), "X", None))  # a namesake elsewhere
        elif free(start, end):
            spans.append((start, end, "G", None))
    for start, end in other_organisations(text):
        if free(start, end):
            spans.append((start, end, "X", None))
    named: list[str] = []  # persons named earlier in the sentence: "… Jacobo Arenas until Arenas"
    kin: list[str] = []  # given names after a kinship noun, resolved once the sentence is read
    for match in _FAMILY.finditer(text):
        state.families.add(next(g for g in match.groups() if g))
    nicknames: list[tuple[str, str]] = []
    for match in _NICKNAMED.finditer(text):
        # a nickname in quotes inside the name: the person is the name without it
        full = f"{match['first']} {match['last']}"
        if match["nick2"] and (match["first"] in _NOT_FIRST
                               or match["last"].split()[0] in _NOT_FIRST):
            continue  # "Since (Later) The …": no name around the brackets
        if free(match.start(), match.end()) and not _NOT_A_PERSON.search(full):
            spans.append((match.start(), match.end(), "P", full))
            named.append(full)
            nicknames.append((full, match["nick"] or match["nick2"]))
    for match in _SIBLINGS.finditer(text):
        # "brothers Abdullah and Omar Maute": two given names share the family name after them
        first, second = f"{match['a']} {match['family']}", f"{match['b']} {match['family']}"
        if free(match.start("a"), match.end("family")) and not _NOT_A_PERSON.search(second):
            spans.append((match.start("a"), match.end("a"), "P", first))
            spans.append((match.start("b"), match.end("family"), "P", second))
            named.extend((first, second))
    for match in _PERSON.finditer(text):
        start, name = match.start(), match.group(0)
        words = name.split()
        while words and (
            words[0] in _NOT_FIRST or (len(words) > 1 and words[0].endswith(("’s", "'s")))
            # "the Malian Arab Ahmed al-Tilemsi": a nationality before a name of two words
            or (len(words) > 2 and (words[0] in DEMONYMS or words[0] in _ETHNONYMS
                                    or words[0] in _RANKS or re.fullmatch(r"(?:[A-Z]\.){2,}",
                                                                           words[0])))
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words = words[1:]
        if not words:
            continue
        end = match.end()
        inner = re.search(r"[’']s(?=\s)", text[start:end])
        if inner and len(text[start : start + inner.start()].split()) >= 2:
            # "Grace Akello’s Holy Spirit Movement": the name ends at its possessive
            end = start + inner.end()
        while end > start and text[end - 1] in "’'" and not text[start:end].endswith(("’s", "'s")):
            end -= 1  # a closing quote: "alias 'Djafar al-Afghani'"
        if text[start:end].endswith(("’s", "'s")):
            end -= 2  # the possessive stays in the template: "⟪P0⟫’s death"
        name = text[start:end]
        if not free(start, end) or not name:
            continue
        if _DESCRIPTION_BEFORE.search(text, 0, match.start()) and name not in state.known:
            continue  # "X, a Florida National Guardsman, who …": what X is, not who
        if _WORK_BEFORE.search(text, 0, start):
            spans.append((start, end, "X", None))  # "whose pamphlet The Neglected Duty"
            continue
        if _POST_ONLY.fullmatch(name):
            continue  # "General Secretary: X": the label's post, read by the label reader
        if _PLACE_BEFORE.search(text, 0, start) and name not in state.known:
            spans.append((start, end, "X", None))  # "the siege of Nahr al-Bared": a place
            continue
        if len(words) > 1 and words[0] in _PART_OF_PLACE:
            spans.append((start, end, "X", None))  # "a candidate from West Belfast"
            continue
        full = _person_name(name, state, named, introduced=bool(
            _ROLE_NOUN_BEFORE.search(text, 0, start) or _KIN_BEFORE.search(text, 0, start)))
        if full is None and (
            _ROLE_NOUN_BEFORE.search(text, 0, start) or _ALIAS_AFTER.match(text, end)
        ) and not _NOT_A_PERSON.search(name) and name not in _NOT_FIRST:
            full = name  # "the engineer Zarkasih": one name, introduced by what he is
            if " " not in name and _KIN_BEFORE.search(text, 0, start):
                kin.append(name)  # "his son Sirajuddin": a given name, the family's is elsewhere
        if full is None:
            continue
        named.append(full)
        if full not in state.known and not _kin_named(text, start, full) and (
            _NOT_A_PERSON.search(full) or looks_like_organisation(full)
        ):
            spans.append((start, end, "X", None))
            continue
        spans.append((start, end, "P", full))
    for match in _HE.finditer(text):
        if free(match.start(), match.end()):
            spans.append((match.start(), match.end(), "H", None))
    spans.sort()
    result = Template("")
    full_names = {n for n in (*named, *state.known) if " " in n}
    for given in kin:
        # "his son Sirajuddin" with "the elder Haqqani" told: Sirajuddin Haqqani — when exactly
        # one family of the persons named is told as a family; else a partial name
        surnames = {n.split()[-1] for n in full_names} & state.families
        if len(surnames) == 1:
            resolved = f"{given} {surnames.pop()}"
            spans = [(s, e, k, resolved if k == "P" and v == given else v) for s, e, k, v in spans]
        else:
            result.partial.add(given)
    parts: list[str] = []
    position = 0
    counters = {"D": 0, "P": 0}
    for start, end, kind, value in spans:
        if start < position:
            continue
        parts.append(text[position:start])
        if kind in ("D", "P"):
            token = f"{kind}{counters[kind]}"
            counters[kind] += 1
            if kind == "D":
                result.dates[token] = value  # type: ignore[assignment]
            else:
                result.persons[token] = value  # type: ignore[assignment]
            parts.append(f"⟪{token}⟫")
        elif kind == "X":
            result.others.append(text[start:end])
            parts.append("⟪X⟫")
        elif kind == "H" and (text[start:end] in ("his", "His", "Her") or (
            # "her deputy X took over": "her" before a person's post or kin is a possessive
            # ("arrested her in 2010", "named her emir": the object)
            text[start:end] == "her" and _HER_OWN.match(text, end)
        )):
            parts.append("⟪H⟫’s")  # a possessive, never a subject: "his deputy, X, took over"
        else:
            parts.append(f"⟪{kind}⟫")
        position = end
    parts.append(text[position:])
    result.text = "".join(parts)
    result.pronoun = state.last_person
    result.nicknames = nicknames
    return result


def _person_name(
    name: str, state: LeadershipState, named: list[str] | None = None, *, introduced: bool = False
) -> str | None:
    """The full name a capitalised phrase stands for: a surname of a person already named is
    that person — the one person of this sentence, else of the text before, it can be; a part
    shared by two ("Ahmed" of Ahmed Salem and Ahmed Yero) or a single unknown word is not taken
    for a person (precision first)."""
    words = name.split()
    if len(words) == 1:
        word = re.sub(r"^(?:al|el)-", "", words[0].lower())
        for pool in (named or [], state.known):
            matches = set()
            for known in pool:
                parts = [re.sub(r"^(?:al|el)-", "", p.lower()) for p in known.split()]
                # "Julani" is al-Julani; a two-letter surname ("Ba") only of a name of two words
                if word in (parts[0], parts[-1]) and (len(word) > 2 or (
                        len(parts) > 1 and word == parts[-1])):
                    matches.add(known)
            if len(matches) == 1:
                return matches.pop()
            if matches:
                return None  # two persons it may be: which one is not said
        return None
    # "Rodríguez Bautista" after "Nicolás Rodríguez Bautista": a compound surname, the last
    # words of the one longer name told before that ends with them — never a name introduced
    # as someone new ("his father, the scholar Badreddin al-Houthi") nor one with a particle of
    # descent, whose last words name the father ("Hussein Badreddin al-Houthi")
    descent = re.search(r"(?:^|\s)(?:al-|el-|bin\b|ibn\b|bint\b|ould\b|ben\b)", name, re.I)
    for pool in () if introduced or descent else (named or [], state.known):
        longer = {known for known in pool if len(known.split()) > len(words)
                  and known.split()[-len(words):] == words}
        if len(longer) == 1:
            return longer.pop()
        if longer:
            break
    # "Bashir Zeb" after "Bashir Zeb Baloch": the first words of the one longer name told
    # before — never of a name introduced as someone new
    for pool in () if introduced else (named or [], state.known):
        fuller = {known for known in pool if len(known.split()) > len(words)
                  and known.split()[: len(words)] == words}
        if len(fuller) == 1:
            return fuller.pop()
        if fuller:
            return None  # two persons it may be: which one is not said
    if words[0].lower().startswith("al-"):
        words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


