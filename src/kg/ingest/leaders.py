"""Leadership told as a narrative, read by a small grammar over the clauses of a sentence.

Profiles rarely say "X has led the group since 2004" and stop. They tell a succession: "A, the
group's first emir, led the group from 1992 until his arrest in 1993, when he was succeeded by
B, alias 'C'"; "D founded the group in 2002 and led it until he was killed"; "Y's death in a
drone strike in June 2010 brought X to the head of the group". One regular expression per
wording cannot keep up with text nobody has seen, so the reader works on the *shape*:

1. A sentence becomes a template in which the parts the grammar is about are tokens:
   ⟪P0⟫ a person (a capitalised name of 1–6 words with particles — al-, bin, ibn, Abu, de, van,
   initials — that is not a known group, place or organisation; or a surname of a person named
   before), ⟪D0⟫ a date, ⟪G⟫ the profile's group ("the group", "the movement", its own name),
   ⟪H⟫ a pronoun for the last person, ⟪X⟫ another organisation or a place.
2. The template is split into clauses at ";", ":", ", when", " after", ", but", ", who" and at
   " and" before a verb ("… founded the group in 2002 | and led it until he was killed").
3. Each clause is read as subject + predicate + object + dates: the predicate is one of a few
   families (start: took over, became/was named LEADER; lead: led/headed/commanded OBJECT; be:
   has been LEADER since; succession: succeeded/replaced, was succeeded by, leadership passed
   to, brought P to the head of; end: killed, died, arrested, captured, ousted, dismissed,
   removed, resigned, stepped down, surrendered, extradited; founded). Whether it is leadership
   of *this* group is decided by the object: the group, "it", its top body ("its executive
   council") — never another organisation, a wing, a faction, a region, a deputy's post.
4. Across clauses and sentences a small state links them: the subject carried over by "and",
   the person "he/his/she/her" stands for, the founding date of a founder who then "led it",
   and the open tenure a later "was killed"/"was replaced by" ends.

Precision first: a clause with a leadership word that is not read as leadership of the group
is *declined* with a reason, which the review lists; a leader without a start date is reported,
never stated with a guessed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS, SKOS, Namespace

from kg.ingest.context import IngestContext, Sentence, looks_like_organisation
from kg.ingest.dates import DateError, PartialDate, approximately, find_dates, from_edtf
from kg.ingest.names import split_name_list
from kg.ingest.report import Severity
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.namespaces import KG, LEADERSHIP, SCHEMA, VOCAB

TENURE_END = Namespace(str(VOCAB) + "tenure-end/")
"""How a tenure ended, as `dcterms:type` of the kg:Leadership: killed, died, arrested,
dismissed, resigned, surrendered (the IRIs are `…/vocab/tenure-end/<how>`)."""

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
}  # fmt: skip
# Words that make a capitalised phrase an organisation or a place, never a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:State|States|Front|Army|Brigades?|Movement|Party|Group|Forces|Courts?|Network|"
    r"Province|Wing|Council|Committee|Union|Tigers|Organi[sz]ation|Liberation|Islamic|"
    r"Kingdom|Republic|Government|Police|Intelligence|Services?|Battalion|Jihad|Taliban|"
    r"Qaida|Qaeda|Shabaab|Hezbollah|Hamas|Emirate|Caliphate|Youth|Mujahideen|Corps|Guard|"
    r"Ministry|Department|Agency|Nations|Coalition|Alliance|Association|Federation|Region)\b"
)
_GROUP_PHRASE = re.compile(
    r"\b(?:[Tt]he\s+(?:group|movement|organi[sz]ation|network|party|front|insurgency)(?![’']s)\b)"
)
_HIS = r"(?:his|her|⟪H⟫(?:’s)?)"
_NICKNAMED = re.compile(
    rf"\b(?P<first>{_WORD})\s+[“\"‘](?P<nick>[^”\"’\s]{{2,30}})[”\"’]\s+(?P<last>{_WORD}(?:\s+{_WORD})?)"
)
_ABOUT = re.compile(r"\b(?:about|around|circa|c\.|approximately|roughly|some\s+time\s+in)\s*$",
                    re.I)
# A lowercase noun for what a person is, right before a single capitalised name.
_ROLE_NOUN_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|his|her)\s+(?:[a-z-]+\s+){0,2}(?:engineer|cleric|preacher|scholar|"
    r"commander|militant|veteran|fighter|bomb-maker|ideologue|teacher|student|doctor|"
    r"businessman|judge|emir|amir|leader|chief|deputy|spokesman|brother|son|nephew|cousin|"
    r"preacher|imam|mullah|sheikh|officer|soldier|recruiter|financier|trainer)\s+$"
)
_HE = re.compile(r"\b(?:he|she|He|She|him|her|his|His|Her)\b")


@dataclass
class Template:
    """A sentence with its persons, dates, group phrases and pronouns replaced by tokens."""

    text: str
    persons: dict[str, str] = field(default_factory=dict)  # "P0" → name as written
    dates: dict[str, PartialDate] = field(default_factory=dict)  # "D0" → date
    pronoun: str | None = None  # the person "he"/"she" stands for, if any
    others: list[str] = field(default_factory=list)  # each ⟪X⟫ as written, in order
    nicknames: list[tuple[str, str]] = field(default_factory=list)  # "Margherita “Mara” Cagol"


@dataclass
class Tenure:
    """One person's leadership of the group: from, until, how it ended; hedged if reported."""

    person: str
    start: PartialDate | None
    end: PartialDate | None = None
    ended_by: str | None = None
    hedged: bool = False
    inferred: bool = False  # the start was not written with the tenure but carried from elsewhere


@dataclass
class LeadershipState:
    """What the reader remembers across the clauses and sentences of the paragraph."""

    last_person: str | None = None
    last_end: PartialDate | None = None
    known: list[str] = field(default_factory=list)  # full names, in order of first mention
    tenures: dict[str, Tenure] = field(default_factory=dict)  # the latest tenure per person
    ends: dict[str, tuple[PartialDate | None, str | None]] = field(default_factory=dict)
    founded: dict[str, PartialDate] = field(default_factory=dict)  # founder → founding date
    # the group's founding date when this sentence tells it: "X was announced on 22 August
    # 2013; …, and the post went to Y" — the first leader's start, told in the same sentence
    born: PartialDate | None = None
    # posts the text declares to be the group's top one: "an Army Council, whose Chief of
    # Staff commands the organisation" — read as a leader word from then on
    posts: list[str] = field(default_factory=list)
    last_leader: str | None = None
    last_date: str | None = None  # the last date the previous sentence told (EDTF)
    successors: set[str] = field(default_factory=set)  # "his successor, X": X follows on
    last_kind: str | None = None  # the last clause's predicate: "lead", "be"
    founders: list[str] = field(default_factory=list)  # who founded the group, with whom


@dataclass
class Reading:
    tenures: list[Tenure] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    # persons the sentence shows to be persons (a role, a pronoun, a tenure, an alias, an end)
    typed: list[str] = field(default_factory=list)
    declined: list[tuple[str, str]] = field(default_factory=list)  # (clause as written, why)

    @property
    def anything(self) -> bool:
        return bool(self.tenures or self.aliases or self.roles or self.typed)


def template(ctx: IngestContext | None, text: str, state: LeadershipState) -> Template:
    """Tokenise dates, group phrases, persons and pronouns (in that order of precedence)."""
    spans: list[tuple[int, int, str, object]] = []
    try:
        for start, end, date in find_dates(text):
            if _ABOUT.search(text, 0, start):
                date = approximately(date)  # "in about 2000": 2000~, never stated as 2000
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
    for name in _listed_names(ctx):
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            if free(match.start(), match.end()):
                spans.append((match.start(), match.end(), "G", None))
    named: list[str] = []  # persons named earlier in the sentence: "… Jacobo Arenas until Arenas"
    nicknames: list[tuple[str, str]] = []
    for match in _NICKNAMED.finditer(text):
        # a nickname in quotes inside the name: the person is the name without it
        full = f"{match['first']} {match['last']}"
        if free(match.start(), match.end()) and not _NOT_A_PERSON.search(full):
            spans.append((match.start(), match.end(), "P", full))
            named.append(full)
            nicknames.append((full, match["nick"]))
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
        full = _person_name(name, state, named)
        if full is None and _ROLE_NOUN_BEFORE.search(text, 0, start) and not _NOT_A_PERSON.search(
            name
        ) and name not in _NOT_FIRST:
            full = name  # "the engineer Zarkasih": one name, introduced by what he is
        if full is None:
            continue
        named.append(full)
        if full not in state.known and (_NOT_A_PERSON.search(full) or looks_like_organisation(full)):  # noqa: E501
            spans.append((start, end, "X", None))
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
        elif kind == "H" and text[start:end] in ("his", "His", "Her"):
            parts.append("⟪H⟫’s")  # a possessive, never a subject: "his deputy, X, took over"
        else:
            parts.append(f"⟪{kind}⟫")
        position = end
    parts.append(text[position:])
    result.text = "".join(parts)
    result.pronoun = state.last_person
    result.nicknames = nicknames
    return result


_GENERIC_HEAD = re.compile(
    r"^(?:Jabhat|Harakat|Jama[’']?at|Jamaat|Hay[’']at|Tanzim|The)\s+|"
    r"\s+(?:Front|Movement|Group|Army|Organi[sz]ation|Party|Brigades?)$"
)


def _listed_names(ctx: IngestContext | None) -> list[str]:
    """The group's own names from its "Alternative Names" section, each also without a generic
    head ("Jabhat al-Nusra", "al-Nusra Front" → "al-Nusra"): the leadership paragraph is read
    before that section, yet "led al-Nusra from 2012" is a tenure of this group."""
    if ctx is None:
        return []
    names: set[str] = set()
    title = ctx.layout.get("title")
    if title is not None:
        # "the Brigades" of the Red Brigades, "the Tigers" of the Liberation Tigers: a plural
        # head noun of the title with "the" is the group
        head = re.sub(r"\s*\([^()]*\)\s*$", "", title.body).split()
        if head and head[-1].endswith("s") and len(head[-1]) > 4 and head[-1][0].isupper():
            names.add(f"the {head[-1]}")
    section = ctx.layout.get("alternative-names")
    if section is None:
        return sorted(names, key=len, reverse=True)
    for _start, _end, name in split_name_list(section.body):
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
        for form in (bare, _GENERIC_HEAD.sub("", bare).strip()):
            if len(form) >= 4 and (" " in form or "-" in form or form.isupper()):
                names.add(form)
    return sorted(names, key=len, reverse=True)


def _single(edtf: str) -> PartialDate | None:
    """One end of a range ('2004', '2013-05') as a date of its own precision."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(edtf))
    if precision is None:
        return None
    try:
        return from_edtf(edtf, precision, edtf)
    except DateError:
        return None


def _person_name(name: str, state: LeadershipState, named: list[str] | None = None) -> str | None:
    """The full name a capitalised phrase stands for: a surname of a person already named is
    that person; a single unknown word is not taken for a person (precision first)."""
    words = name.split()
    if len(words) == 1:
        word = re.sub(r"^(?:al|el)-", "", words[0].lower())
        for known in [*reversed(named or []), *reversed(state.known)]:
            parts = [re.sub(r"^(?:al|el)-", "", p.lower()) for p in known.split()]
            # "Julani" is al-Julani; a two-letter surname ("Ba") only of a name of two words
            if word in (parts[0], parts[-1]) and (len(word) > 2 or (
                    len(parts) > 1 and word == parts[-1])):
                return known
        return None
    if words[0].lower().startswith("al-"):
        words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words)


# ------------------------------------------------------------------ the clause grammar

_P = r"⟪P\d+⟫"
_PH = r"⟪(?:P\d+|H)⟫"
_D = r"⟪D\d+⟫"
_GROUP = (
    r"(?:(?:(?:the\s+(?:remnants|rest|remainder|bulk)|what\s+(?:was\s+left|remained))\s+of\s+)?"
    r"(?:the\s+)?⟪G⟫(?![’']s)"
    # "headed the LRA delegation": the group's name as a modifier names something else
    r"(?!\s+(?!(?:in|from|since|until|till|to|and|for|with|at|after|between|during|when|as|on|"
    r"ever|together|jointly|alongside|through|again|but|while|which|who|before|under|into|"
    r"until|then|once|briefly|itself|throughout|across|has|had|have|was|were|is|are|been|"
    r"did|does|would|will|not|never|also|effectively|formally|himself|herself|themselves|alone|"
    r"since|personally|thereafter|network|movement|organi[sz]ation|group|militia)\b|[a-z]+ly\b)"
    r"[a-z]{3,}\b)"
    r"|\bit\b|the\s+(?:remnants|rest|remainder)\b(?!\s+of))"
)
# The group's own top body stands for the group: "headed the executive from 1986", "headed its
# executive council from 2004 to 2013", "chairs its political bureau".
_TOP_BODY = (
    r"(?:(?:the|its|⟪G⟫[’']s|the\s+group[’']s)\s+(?:executive(?:\s+(?:committee|council))?|"
    r"leadership|high\s+command|central\s+committee|political\s+bureau|politburo|"
    r"shura(?:\s+council)?|supreme\s+council|command)\b)"
)
_LEADER_WORD = (
    r"(?:leader|emir|amir|head|chief|commander-in-chief|supreme\s+commander|"
    r"secretary[- ]general|chairman|chairwoman|chairperson|co-leader|co-chair|co-chairman|"
    r"caliph|president|successor|(?:top|overall|general)\s+commander|general\s+leader)s?"
    # "chief negotiator", "head coach": a leader word that qualifies another noun is no post
    r"(?![\w-])(?!\s+(?!(?:of|for|over|in|on|at|to|since|from|until|and|or|after|between|ever|till|"
    r"during|when|who|whom|which|but|with|by|following|as|until|began|started|commenced|"
    r"ended|lasted)\b)[a-z]{3,})"
)
# Determiners and adjectives that keep a leader word the group's top post.
_KEEPS = (
    # "the new body's general leader": the body a merger created is the group
    r"(?:the\s+(?-i:new|merged|united|combined)\s+(?-i:body|group|organi[sz]ation|movement|"
    r"alliance|coalition|entity|formation|front)[’']s|"
    r"the(?:\s+(?-i:[a-z]+)[’']s)?|its|his|her|⟪H⟫(?:’s)?|⟪P\d+⟫[’']s|their|a|an|⟪G⟫[’']s|new|"
    r"first|second|third|fourth|fifth|last|sole|overall(?!\s+commander)|supreme(?!\s+commander)|"
    r"founding|interim|acting|undisputed|former|next|top(?!\s+commander)|joint|current|present|"
    r"incumbent)"
)
# Adjectives that make it another post: a deputy, a branch, a region.
_OTHER_POST = (
    r"(?:deputy|vice|assistant|military|security|intelligence|operations|regional|local|"
    r"provincial|field|area|zonal|district|sector|spiritual|religious|ideological|media|"
    r"political|finance|financial|propaganda|eastern|western|northern|southern|central|"
    r"faction|front|wing|battalion|brigade|unit|cell|city|urban|rural|[\w-]+-in-command|"
    r"(?-i:[A-Z][\w’'\-]+))"
)


def _leader_np(tag: str = "") -> str:
    """A leader noun phrase, "(as) the group's new emir (of the group)", with its qualifier
    (q…), and what it is the leader of (of…, other…) as named groups."""
    return (
        # possessive repeats (*+): a long run of adjectives is read once, never backtracked
        rf"(?:as\s+)?(?:{_KEEPS}\s+)*+(?P<q{tag}>(?:{_OTHER_POST}\s+(?:and\s+)?)*+){_LEADER_WORD}"
        rf"(?P<of{tag}>\s+(?:of|for|over|in)\s+(?:{_GROUP}|{_TOP_BODY}|"
        rf"(?P<other{tag}>(?!⟪D)[^,;.()]{{1,60}})))?"
    )


_LEADER_NP = _leader_np()
# A hedge keeps the tenure but marks it reported: "is (widely) believed to have", "appears to
# have", "seems to have", "reportedly", ", by most accounts,".
_HEDGE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:(?:widely|generally|commonly|often|usually|also)\s+)?"
    r"(?:reported|believed|said|thought|alleged|understood|rumou?red|presumed|held|considered|"
    r"regarded|assumed|suspected)\s+to\s+(?:have\s+)?|"
    r"(?:appears?|appeared|seems?|seemed)\s+(?:instead\s+|also\s+|then\s+)?to\s+(?:have\s+)?|"
    r"reportedly\s+|allegedly\s+|apparently\s+|purportedly\s+|probably\s+|possibly\s+|"
    r"presumably\s+|(?:,\s*)?(?:by|according\s+to)\s+(?:most|many|some|several|all)\s+"
    r"accounts\s*,?\s*)",
    re.I,
)
# A leadership verb that only says someone wanted, tried, claimed or was expected to lead.
_UNREALISED = re.compile(
    r"\b(?:claim(?:ed|s)?|sought|seeks?|tried|tries|wanted|wants|hoped|hopes|aspired|planned|"
    r"attempted|attempts|expected|intended|vowed|threatened|candidate|bid|failed|refused|"
    r"declined|offered|promised|poised|tipped|likely|due|set|ambition|plot(?:ted)?|"
    r"conspired|pretended|purported)\s+to\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:never|not|no\s+longer|n[’']t|neither|nor|none\s+of)\b", re.I)
_AUX = r"\b(?:(?:has|had|have|having|is|was|were|would|to)\s+)?(?:(?:been|be|also|then|later|jointly|subsequently|briefly|eventually|effectively|since|ever\s+since)\s+)*"  # noqa: E501
# "since" with no date of its own: "has since led it", "who has led it since.", "ever since"
_BARE_SINCE = re.compile(
    r"\bhas\s+(?:ever\s+)?since\b|\bsince\s*[.;,]?\s*$|\bever\s+since\b(?!\s*⟪D)"
)

# start: the subject became the group's leader
_START = re.compile(
    rf"{_AUX}(?:(?P<took>took|taken|take|takes)\s+(?:over(?:\s+(?P<over>{_GROUP}|{_TOP_BODY}|"
    rf"the\s+(?:leadership|command|helm|reins)(?:\s+of\s+(?:{_GROUP}|(?P<other2>[^,;.]{{1,60}})))?"
    rf"|(?P<other3>(?:the\s+)?⟪[PX]\d*⟫|the\s+(?!(?:same|following|next)\s+year)[^,;.⟪]{{1,40}}"
    # "took over operations in the north": a lowercase object is something else
    rf"|(?!(?:in|on|at|as|from|after|when|following|upon|and|with|that|until|briefly|again|"
    rf"while|but|before|during|once|shortly|soon|later|the|that|ever)\b)[a-z][^,;.⟪]{{0,40}})))?(?:\s+as\s+{_leader_np('a')})?"
    rf"|{_HIS}\s+place(?:\s+at\s+the\s+(?:top|head)\s+of\s+(?:{_GROUP}|[^,;.]{{1,40}}))?"
    rf"|(?:command|control|charge|the\s+helm|the\s+reins)(?:\s+of\s+(?:{_GROUP}|(?P<other4>[^,;.]{{1,60}})))?)"
    rf"|(?:inherited|inherits)\s+(?:the\s+)?(?:leadership|command)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other8>[^,;.]{{1,60}})))?"
    rf"|stepped\s+in\s+{_leader_np('e')}"
    rf"|(?:assumed|assumes|assume)\s+(?:the\s+)?(?:leadership|command|control|mantle(?:\s+of\s+"
    rf"(?:leadership|command))?)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other5>[^,;.]{{1,60}})))?(?:\s+as\s+{_leader_np('b')})?"
    rf"|rose\s+to\s+(?:the\s+)?(?:leadership|command|top)(?:\s+of\s+(?:{_GROUP}|(?P<other6>[^,;.]{{1,60}})))?"
    rf"|(?:seized|seize|seizes|wrested|wrest)\s+(?:control|command|the\s+leadership)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other7>[^,;.]{{1,60}})))?"
    rf"|(?:became|become|becomes|named|appointed|chosen|elected|selected|proclaimed|installed|"
    rf"made|designated|confirmed|announced|declared\s+(?:himself|herself)|declared)\s+{_leader_np('c')})",
    re.I,
)
# lead: the subject led an object (the group or something else) — the object decides
_LEAD = re.compile(
    rf"{_AUX}(?:co-)?(?:led|leads|lead|leading|headed|heads|head|heading|commanded|commands|"
    rf"command|ran|runs|run|directed|directs|chaired|chairs|helmed|helms|steered|steers|"
    rf"presided\s+over|presides\s+over)\s+"
    rf"(?:(?P<obj>{_GROUP}|{_TOP_BODY})|(?P<other>⟪[PX]\d*⟫|(?:the|a|an|its|his|her|⟪G⟫[’']s)\s+[^,;.⟪]{{1,50}}))",
    re.I,
)
# be: the subject is/was/has been the group's leader
_BE = re.compile(
    rf"\b(?:(?:has|had|have)\s+been|is|was|were|are|served\s+as|serves\s+as|remained|remains|"
    rf"(?:has\s+|had\s+)?acted\s+as|acts\s+as|"
    rf"(?:has|had|have)\s+held\s+the\s+(?:post|position|office|title)\s+of)\s+"
    rf"(?:also\s+)?{_LEADER_NP}"
    rf"|\b(?:(?:has|had|have)\s+been|is|was|were|remained|remains|stayed)\s+at\s+the\s+"
    rf"(?:helm|head|top)\s+of\s+(?:{_GROUP}|{_TOP_BODY})",
    re.I,
)
# "The group's first leader was X (1998–2005)", "Its current emir is X"
_BE_REVERSED = re.compile(
    rf"(?:^|(?<=[;,:]\s))(?:(?-i:The|Its|the|its)\s+(?:(?-i:group|movement|organi[sz]ation)[’']s\s+)?"
    rf"|⟪G⟫[’']s\s+)(?:(?:first|new|current|present|last|founding|next|second|third)\s+)?"
    rf"(?:leader|emir|amir|chief|commander-in-chief|secretary[- ]general|chairman|caliph)\s+"
    rf"(?:was|is|has\s+been|became)\s+(?P<o>{_P})(?![’']s)",
    re.I,
)
# "X's tenure as emir began in 2010"
_TENURE_BEGAN = re.compile(
    rf"(?P<o>{_P})[’']s\s+(?:tenure|term|reign|rule|leadership)(?:\s+as\s+{_leader_np('t')})?"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+(?:began|started|commenced)",
    re.I,
)
# "the leadership (of the group) then passed (in 2006) to his younger brother, X": up to four
# describing words ("an Egyptian veteran", "the Malian Arab") may stand before the name.
_DESCRIBED = r"(?:(?:⟪H⟫’s|⟪P\d+⟫[’']s|(?!(?:of|and|by|from|with)\b)[\w’'-]+),?\s+){0,4}?"
# "X rebuilt the organisation as its amir from 2009": any verb of the group, as its leader
_AS_LEADER = re.compile(
    rf"\b(?!(?:joined|left|served|described|saw|regarded|considered|called|named|portrayed|"
    rf"presented|depicted|treated|recognised|recognized|acknowledged|denounced)\b)[a-z]{{3,}}\s+"
    rf"(?:{_GROUP})\s+{_leader_np('d')}",
    re.I,
)
# "X, the first leader, held the post from 1969 until …": the post held is the one in apposition
_HELD = re.compile(
    rf",\s*(?:{_KEEPS}\s+)*{_LEADER_WORD}\s*,\s*(?:(?:has|had)\s+)?(?:held|occupied)\s+"
    rf"(?:the|this|that)\s+(?:post|position|office|title)\b",
    re.I,
)
_SUCCEEDED_BY = re.compile(
    rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:in\s+turn\s+|then\s+|later\s+|eventually\s+|"
    rf"subsequently\s+)?(?:succeeded|replaced|followed)"
    rf"(?:\s+as\s+{_LEADER_NP})?"
    rf"(?:\s+(?:in|on)\s+(?P<date>{_D}))?\s+by\s+{_DESCRIBED}(?P<o>{_P})(?![’']s)",
    re.I,
)
_SUCCEEDED = re.compile(
    rf"{_AUX}(?:succeeded|replaced|succeeds|replaces|succeed|replace|stood\s+in\s+for|"
    rf"stand\s+in\s+for|stands\s+in\s+for|took\s+over\s+from)\s+"
    rf"(?P<o>{_PH}|him|her|[{_UPPER}][\w’'\-]{{1,40}})(?![’']s)"
    rf"(?:\s+as\s+{_LEADER_NP})?",
)
# "X handed the leadership to Y in 2005", "… when he handed over to Y"
_HANDED = re.compile(
    rf"\b(?:handed|passed|transferred|ceded|relinquished)\s+(?:over\s+(?=to\b)|(?:over\s+)?"
    rf"(?:(?:the|his|her|⟪H⟫’s)\s+)?(?:leadership|command|control|reins|post)"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+)to\s+"
    rf"{_DESCRIBED}(?P<o>{_P})(?![’']s)",
    re.I,
)
_PASSED_TO = re.compile(
    rf"(?:leadership|command|control|post|helm)(?:\s+of\s+(?:the\s+)?(?:⟪G⟫|emir|amir|leader|"
    rf"chief|head|commander))?\s+(?:(?:has|had)\s+)?"
    rf"(?:then\s+|later\s+|eventually\s+|instead\s+)?(?:passed|fell|went|was\s+handed|"
    rf"was\s+given|was\s+transferred)(?:\s+(?:in|on)\s+(?P<date>{_D}))?\s+to\s+{_DESCRIBED}"
    rf"(?P<o>{_P})(?![’']s)",
    re.I,
)
# the start told in the passive: "Command was assumed in 2014 by X", "The leadership was taken
# over by X in 2011"
_TAKEN_BY = re.compile(
    rf"(?:leadership|command|control|helm|reins)(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+"
    rf"(?:was|were|had\s+been|has\s+been)\s+(?:then\s+|later\s+|eventually\s+)?"
    rf"(?:assumed|taken(?:\s+over)?|seized|inherited)(?:\s+(?:in|on)\s+(?P<date>{_D}))?"
    rf"\s+by\s+{_DESCRIBED}(?P<o>{_P})(?![’']s)",
    re.I,
)
_BIRTH_WORDS = re.compile(
    r"\b(?:merger|union|founding|creation|formation|launch|created|formed|founded|established|"
    r"announced|declared|proclaimed|launched)\b", re.I
)
# the group's birth, told of the group: "⟪G⟫ was announced on 22 August 2013"
_GROUP_BORN = re.compile(
    rf"(?:^|[;,]\s*)(?:the\s+)?⟪G⟫(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:officially\s+|formally\s+)?"
    rf"(?:announced|founded|formed|created|established|launched|set\s+up|proclaimed)"
    rf"\s+(?:on|in)\s+(?P<date>{_D})",
    re.I,
)
# the founding told in the passive: "The group was founded in 1995 by X (and Y)"
_FOUNDED_BY = re.compile(
    rf"(?:the\s+)?⟪G⟫\s+(?:was|had\s+been|has\s+been)\s+(?:jointly\s+)?(?:co-)?(?:founded|"
    rf"established|created|set\s+up|formed|launched)(?:\s+(?:in|on)\s+(?P<date>{_D}))?"
    rf"(?:\s+in\s+⟪X⟫)?\s+by\s+{_DESCRIBED}(?P<o>{_P})(?![’']s)(?:\s*,?\s+and\s+{_DESCRIBED}(?P<o2>{_P})(?![’']s))?",
    re.I,
)
_BROUGHT = re.compile(
    rf"(?:brought|propelled|elevated|raised)\s+(?P<o>{_P})\s+to\s+the\s+(?:head|helm|leadership|"
    rf"top|command)(?:\s+of\s+(?:{_GROUP}|(?P<other>[^,;.]{{1,60}})))?",
    re.I,
)
# "X, the group's emir since 2010, …", "The group's leader since 2010, X, …"
_APPOSED_SINCE = re.compile(
    rf"(?P<o>{_P})\s*,\s*(?:{_KEEPS}\s+)++{_LEADER_WORD}(?:\s+of\s+{_GROUP})?\s+since\s+"
    rf"(?P<date>{_D})"
    rf"|(?:(?-i:The|Its)\s+(?:group[’']s\s+|⟪G⟫[’']s\s+)?|⟪G⟫[’']s\s+)(?:(?:first|new|current)\s+)?"
    rf"{_LEADER_WORD}\s+since\s+(?P<date2>{_D})\s*,\s*(?P<o2>{_P})",
    re.I,
)
# "The group has had three leaders: A (2001–2005), B (2005–2012) and C (since 2012)"
_LEADER_LIST = re.compile(
    r"(?:⟪G⟫|\b[Ii]ts|\bthe\s+group[’']s)[^.:;]{0,30}?\b(?:leaders|emirs|chiefs|"
    r"secretaries-general|commanders-in-chief)\b\s*(?::|were|have\s+been|included)"
    r"|^\s*(?:Leaders|Emirs|Amirs|Leadership|Chiefs)\s*:"  # a terse "Leaders: A (2001–2005); …"
)
_LISTED = re.compile(
    rf"(?P<o>{_P})\s*\(\s*(?:since\s+|from\s+)?(?P<date>{_D})"
    r"(?:\s*[–-]\s*(?:present|today|now))?\s*\)",
    re.I,
)
_ELECTED_OBJECT = re.compile(
    rf"\b(?:elected|named|appointed|chose|selected|installed|proclaimed|announced|declared|"
    rf"picked)\s+(?P<o>{_P})\s+"
    rf"{_LEADER_NP}",
    re.I,
)
_LED_BY = re.compile(
    rf"{_GROUP}\s+{_AUX}(?:led|headed|commanded|run)\s+by\s+(?P<o>{_P})"
    rf"(?:\s*,?\s+(?:and|with)\s+(?P<o2>{_P}))?",
    re.I,
)
_SUCCESSOR_NP = re.compile(
    rf"(?:⟪H⟫’s|{_P}[’']s|his|her)\s+(?:\w+\s+)?successor\s*,?\s+(?:was\s+)?(?P<o>{_P})", re.I
)
_UNDER = re.compile(
    rf"under\s+the\s+(?:leadership|command)\s+of\s+(?P<o>{_P})(?:\s*\(\s*(?P<date>{_D})\s*\))?",
    re.I,
)
_IN_BRACKETS = re.compile(
    rf"(?P<o>{_P})\s*\(\s*(?:{_KEEPS}\s+)*{_LEADER_WORD}\s*,?\s*(?P<date>{_D})\s*\)", re.I
)
_APPOSED = re.compile(
    rf"(?P<o>{_P})\s*,\s*(?:{_KEEPS}\s+)+(?:{_LEADER_WORD})(?:\s+of\s+{_GROUP})?\s*"
    rf"\(\s*(?P<date>{_D})\s*\)",
    re.I,
)
_FOUNDED = re.compile(
    rf"{_AUX}(?:co-)?(?:founded|established|created|set\s+up|formed|launched)\s+"
    rf"(?:(?P<obj>{_GROUP})|(?P<other>[^,;.]{{1,60}}))",
    re.I,
)
_TOGETHER = re.compile(
    rf"(?:together|jointly|along)\s+with\s+(?:(?:his|her|⟪H⟫’s|⟪H⟫|its|the\s+group[’']s|⟪G⟫[’']s)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<o>{_P})",
    re.I,
)
_END_WORDS = {
    "killed": "killed", "assassinated": "killed", "executed": "killed", "slain": "killed",
    "blew": "killed", "died": "died", "dies": "died", "arrested": "arrested",
    "captured": "arrested", "detained": "arrested", "extradited": "arrested",
    "ousted": "dismissed", "dismissed": "dismissed", "removed": "dismissed",
    "deposed": "dismissed", "expelled": "dismissed", "voted": "dismissed",
    "resigned": "resigned", "stepped": "resigned", "surrendered": "surrendered",
    "caught": "arrested", "seized": "arrested", "recaptured": "arrested", "fled": "fled",
    "recapture": "arrested", "flight": "fled",
    "death": "died", "killing": "killed", "assassination": "killed", "execution": "killed",
    "arrest": "arrested", "capture": "arrested", "detention": "arrested",
    "extradition": "arrested", "ouster": "dismissed", "dismissal": "dismissed",
    "removal": "dismissed", "resignation": "resigned", "surrender": "surrendered",
}  # fmt: skip
_END_VERB = (
    r"(?:(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(?P<passive>killed|assassinated|"
    r"executed|slain|arrested|captured|recaptured|caught|seized|detained|extradited|ousted|"
    r"dismissed|removed|deposed|expelled|voted\s+out)|(?P<active>died|dies|resigned|"
    r"stepped\s+down|surrendered|fled|"
    r"blew\s+(?:himself|herself)\s+up))"
)
_END_NOUN = (
    r"(?P<noun>death|killing|assassination|execution|arrest|capture|recapture|detention|"
    r"extradition|ouster|dismissal|removal|resignation|surrender|flight)"
)
# "until his arrest (in D)", "until he was killed (… in D)", "until police captured him (… D)",
# "until 2004"
_UNTIL = re.compile(
    rf"\b(?:until|till|to)\s+(?:(?P<who1>⟪H⟫|{_P})(?:[’']s)?\s+(?:own\s+|eventual\s+|later\s+)?"
    rf"{_END_NOUN}"
    rf"|(?P<who2>⟪H⟫|{_P}|he|she)(?:\s+and\s+{_P})?\s+{_END_VERB}"
    rf"|[^;⟪]{{0,40}}?\b(?P<agent>killed|captured|recaptured|arrested|detained|caught|seized|"
    rf"assassinated|executed|removed|ousted|deposed|extradited)\s+(?:him|her|⟪H⟫)"
    rf"|(?P<date>{_D}))",
    re.I,
)
# an end told on its own: "⟪P⟫ was killed in ⟪D⟫", "⟪P⟫’s death in ⟪D⟫", "the killing of ⟪P⟫"
_END_CLAUSE = re.compile(rf"^[^⟪]{{0,40}}?{_END_VERB}", re.I)
_END_POSSESSIVE = re.compile(
    rf"(?:(?P<o>{_P}(?=[’']s)|⟪H⟫)(?:[’']s)?\s+(?:\w+\s+)?|\bthe\s+(?=\w+\s+of\s+{_P}))"
    rf"{_END_NOUN}\b(?:\s+of\s+(?P<o2>{_P}))?",
    re.I,
)
_END_AGENT = re.compile(
    rf"\b(?P<agent>killed|captured|recaptured|arrested|detained|assassinated|executed|ousted|"
    rf"deposed)\s+(?P<o>{_P})"
)

# Clause boundaries: the subject of a clause opened by "and" is the last clause's subject.
_SPLIT = re.compile(
    r"\s*;\s*|:\s+|\s*[—–]\s+"
    r"|,?\s+(?=(?:when|whereupon|after|but|while|before|although|though)\s)"
    r"|,\s+(?=(?:who|whom|which)\s)"
    r"|,?\s+(?=and\s+(?:the\s+(?:two|three|four|five)|both|they)\b)"
    r"|,?\s+(?=and\s+(?:then\s+|later\s+|subsequently\s+|also\s+|eventually\s+|briefly\s+)?"
    r"(?:again|was|were|has|had|have|is|led|leads|headed|heads|commanded|ran|runs|took|became|"
    r"assumed|succeeded|replaced|died|resigned|stepped|surrendered|remained|served|never|"
    r"co-founded|founded|established|created|directed|chaired|declared|rose)\b)",
    re.I,
)
_LEADING = re.compile(r"^(?:After|Following|Upon|On|With)\b[^,]{1,120},\s*")
# words before a token that make it no subject: a preposition, an alias marker, "the"
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:of|by|with|from|to|after|under|alias|aka|as|than|called|nicknamed|killed|name|"
    r"in|at|near|into|across|outside|inside|through|toward|towards|"
    r"captured|arrested|succeeded|replaced|the|a|an|for|against|named|appointed|elected|"
    r"brought)|[(“‘\"'])\s*$",
    re.I,
)


@dataclass
class _Clause:
    text: str  # template text
    link: str  # "", "and", "when", "after", "but", "who", ";"
    antecedent: str | None = None  # for "who": the last person token before it


def _clauses(text: str) -> list[_Clause]:
    """The template split into clauses, each with the word that joined it to the one before."""
    result: list[_Clause] = []
    leading = _LEADING.match(text)
    if leading:
        result.append(_Clause(text[: leading.end()].rstrip(", "), ""))
        text = text[leading.end() :]
    position, link = 0, "after" if leading else ""
    for match in _SPLIT.finditer(text):
        piece = text[position : match.start()]
        if piece.strip():
            result.append(_Clause(piece.strip(" ,"), link))
        position = match.end()
        after = text[position:]
        first = after.split(None, 1)[0].lower() if after.strip() else ""
        link = first if first in {"and", "when", "whereupon", "after", "but", "while", "before",
                                  "who", "whom", "which", "although", "though"} else ";"
        if first in {"and", "when", "whereupon", "after", "but", "while", "before", "who",
                     "whom", "which", "although", "though"}:
            position += len(after) - len(after.lstrip()) + len(first)
    piece = text[position:]
    if piece.strip():
        result.append(_Clause(piece.strip(" ,"), link))
    result = [part for clause in result for part in _split_new_subject(clause)]
    for before, clause in pairwise(result):
        if clause.link in ("who", "whom"):
            tokens = re.findall(_P, before.text)
            clause.antecedent = tokens[-1] if tokens else None
    return [part for clause in result for part in _split_relative(clause)]


# The main verb that takes up the subject again after a relative clause: "X, who denied any
# part in it, is held to have succeeded him", "X, who had trained in Libya, took over".
_MAIN_AFTER_RELATIVE = re.compile(
    r",\s+(?=(?:is|was|were|are|has|had|have|then|later|also|became|took|led|headed|succeeded|"
    r"remained|served|stood|acted|assumed|replaced|rose|ran|commanded)\b)"
)


def _split_relative(clause: _Clause) -> list[_Clause]:
    """A relative clause between the subject and its verb ends at the comma before the main
    verb; what follows is a clause of its own whose subject is the relative's antecedent."""
    if clause.link not in ("who", "whom") or clause.antecedent is None:
        return [clause]
    match = _MAIN_AFTER_RELATIVE.search(clause.text)
    if match is None or not _FINITE.search(clause.text[: match.start()]):
        return [clause]
    return [_Clause(clause.text[: match.start()], clause.link, clause.antecedent),
            _Clause(clause.text[match.end() :], "who", clause.antecedent)]


_FINITE = re.compile(
    r"\b(?:was|were|has|had|is|are|led|leads|headed|commanded|took|became|assumed|succeeded|"
    r"replaced|died|resigned|founded|killed|arrested|captured|chaired|ran|named|appointed|"
    r"stepped|surrendered|held|kept|remained|returned|fled|defected|created|established|"
    r"co-founded|formed|launched|rebuilt|revived|rose|fought|went|set)\b"
)
_AND_PERSON = re.compile(rf",?\s+and\s+(?=(?:[\w’'-]+\s+){{0,3}}?{_P})")


def _split_new_subject(clause: _Clause) -> list[_Clause]:
    """"X was killed in 2024 and Y, its chief in Gaza, was named head": a second subject
    after "and" opens a clause of its own once the first has its verb."""
    for match in _AND_PERSON.finditer(clause.text):
        before, after = clause.text[: match.start()], clause.text[match.end() :]
        if (
            re.search(_P, before)
            and _FINITE.search(before)
            and not re.search(rf"{_P}\s*$", before)  # "until X and Y were arrested": one subject
            and re.match(rf"{_P}(?:\s*,[^,]{{0,80}},|\s*\([^)]*\))?\s+(?:\w+\s+)?"
                         rf"(?:{_FINITE.pattern}|[a-z]{{3,}}ed\b)", after)
        ):
            return [_Clause(before, clause.link, clause.antecedent),
                    *_split_new_subject(_Clause(after, "and-new"))]
    return [clause]


_MODIFIER_OF_PERSON = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:commander|leader|chief|emir|amir|spokes(?:man|woman)|member|fighter|"
    r"militant|official|cleric|ideologue|veteran|founder|co-founder|operative)\s+⟪P\d+⟫"
)


def _subjects(clause: str, end: int) -> list[str]:
    """The person tokens that are the subject of a predicate starting at `end`: the first
    person token before it that is not possessive, not after a preposition or alias word and
    not in brackets or quotes; a second one joined by "and" is a co-subject."""
    found: list[str] = []
    depth = 0
    for match in re.finditer(rf"{_PH}|[()]", clause[:end]):
        token = match.group(0)
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        before = clause[: match.start()]
        after = clause[match.end() : match.end() + 2]
        if after.startswith(("’s", "'s")):
            continue
        if _MODIFIER_OF_PERSON.match(clause, match.end()):
            continue  # "the veteran Ahrar al-Sham commander X": a name that modifies a person
        if found:
            if re.search(r"(?:,\s*|\s)and\s*$", before) and not re.search(_NOT_SUBJECT_BEFORE, before[:-4]):  # noqa: E501
                found.append(token)
            continue
        if _NOT_SUBJECT_BEFORE.search(before):
            continue
        found.append(token)
    return found


def _co_founders(text: str) -> list[str]:
    """"together with his wife X and Y": every person token of the "together with" list."""
    match = re.search(r"\b(?:together|jointly|along)\s+with\s+(?P<rest>[^;]*)", text, re.I)
    if match is None:
        return []
    tokens = []
    for token in re.finditer(rf"{_P}|[,.;]\s*(?!and\b)|\bwho\b", match["rest"]):
        if not token.group(0).startswith("⟪"):
            if (tokens and token.group(0).strip() in (".", ";")) or token.group(0) == "who":
                break
            continue
        tokens.append(token.group(0))
    return tokens


def _dates_in(text: str) -> list[str]:
    return re.findall(r"⟪(D\d+)⟫", text)


def read_sentence(ctx: IngestContext | None, text: str, state: LeadershipState) -> Reading:
    """The tenures, successions, aliases and roles one sentence states (see module docstring).

    Tenures read in earlier sentences (kept in `state`) may be completed by this one: "He was
    killed in 2012" ends the tenure of the person "he" stands for."""
    tpl = template(ctx, text, state)
    _drop_asides(tpl)
    _read_posts(tpl, state)
    _read_labels(tpl)
    reading = Reading()
    for name in tpl.persons.values():
        if name not in reading.persons:
            reading.persons.append(name)
    _read_aliases(tpl, reading)
    born = _GROUP_BORN.search(tpl.text)
    state.born = tpl.dates.get(born["date"].strip("⟪⟫")) if born else None
    _read_dated_mentions(tpl, state, reading)
    for match in _SUCCESSOR_NP.finditer(tpl.text):
        name = tpl.persons.get(match["o"].strip("⟪⟫"))
        if name:
            state.successors.add(name)
    subject: list[str] = []
    last_end: tuple[PartialDate | None, str | None] | None = None
    clauses = _clauses(tpl.text)
    for i, clause in enumerate(clauses):
        following = clauses[i + 1] if i + 1 < len(clauses) else None
        if following is not None and following.link not in ("after",):
            following = None
        subject, last_end = _read_clause(
            tpl, clause, subject, last_end, state, reading, following
        )
    _read_roles(tpl, reading)
    for match in _PERSON_CONTEXT.finditer(tpl.text):
        for token in match.groupdict().values():
            if token:
                _typed(reading, tpl.persons.get(token.strip("⟪⟫")))
    roled = {name for name, _ in reading.roles}
    if not reading.tenures and not reading.declined and tpl.persons and _LEADERSHIP_LIKE.search(
        tpl.text
    ) and not set(tpl.persons.values()) <= roled:
        reading.declined.append((text, NO_LEADERSHIP_VERB))
    for name in reading.persons:
        if name not in state.known:
            state.known.append(name)
    if tpl.dates:
        state.last_date = list(tpl.dates.values())[-1].edtf
    for name, _ in reading.roles:
        _typed(reading, name)
    for name, _ in reading.aliases:
        _typed(reading, name)
    if reading.persons and not reading.tenures and state.last_person not in reading.persons:
        state.last_person = reading.persons[0]
    return reading


# --- posts the text declares the top one, labels and fragments of terse profiles

_POST = r"(?P<post>[A-Za-z][\w-]*(?:\s+of\s+[A-Za-z]+|\s+[a-z][\w-]*)?)"
_DECLARED_POST = [
    re.compile(
        rf"\b(?:whose|its|the|⟪G⟫[’']s)\s+{_POST}\s+(?:commands|leads|heads|directs|runs)\s+"
        r"(?:the\s+(?:organi[sz]ation|group|movement|party|front)|(?:the\s+)?⟪G⟫|it)(?!\w)",
        re.I,
    ),
    re.compile(
        rf"(?:the\s+)?⟪G⟫\s+is\s+(?:led|headed|commanded|directed|run)\s+by\s+(?:its|a|the)\s+"
        rf"{_POST}\s*(?:[,;.]|$)",
        re.I,
    ),
]
_NOT_A_POST = re.compile(
    r"\b(?:council|committee|shura|body|board|assembly|bureau|leadership|command|wing|group|"
    r"members?|cells?|leaders?|emirs?|amirs?|heads?|chiefs?|commanders?)$",
    re.I,
)


def _read_posts(tpl: Template, state: LeadershipState) -> None:
    """A post the text says commands the group is its leadership: it is declared once, and in
    this sentence and every later one reads as "leader". Any other post (a chief of staff, a
    quartermaster) stays another post unless the text declares it."""
    declared: list[tuple[int, int]] = []
    for pattern in _DECLARED_POST:
        for match in pattern.finditer(tpl.text):
            post = " ".join(match["post"].lower().split())
            if not _NOT_A_POST.search(post):
                declared.append(match.span())
                if post not in state.posts:
                    state.posts.append(post)
    if declared:
        # the declaration itself names the post, no leader: it stays as written
        return
    for post in state.posts:
        tpl.text = re.sub(rf"(?<![\w-]){re.escape(post)}(?![\w-])", "leader", tpl.text,
                          flags=re.I)


# "Current emir: X, alias Y, since June 2018", "Leader: X (since 2019)": a label that names the
# post, a colon, the person and the start
_LABEL = re.compile(
    rf"(?P<label>(?:(?:current|present|first|new|last|acting|interim|overall|founding)\s+)?"
    rf"{_LEADER_WORD})\s*:\s*(?P<p>{_P})"
    rf"(?P<mid>(?:\s*,\s*(?:alias|aka|also\s+known\s+as|known\s+as)\s+"
    rf"(?:⟪P\d+⟫|[‘“\"][^’”\"]{{1,40}}[’”\"]))?)"
    rf"\s*(?:,\s*|\(\s*)(?P<how>since|from)\s+(?P<d>{_D})\s*\)?",
    re.I,
)
# "Next: X, chosen by the shura in August 2009": a succession label, a person, a choice
_NEXT = re.compile(
    rf"\b(?P<label>Next|Then|Successor|Later|Subsequently)\s*:?\s*(?P<p>{_P})\s*,\s*"
    rf"(?P<verb>chosen|elected|named|appointed|selected|picked|installed)\b(?!\s+(?:as\s+)?"
    rf"(?:{_KEEPS}\s+)*(?:deputy|spokes|military|regional|governor))",
)


def _read_labels(tpl: Template) -> None:
    """Rewrite a label and its fragment as the sentence it stands for."""
    tpl.text = _LABEL.sub(
        lambda m: f"{m['p']}{m['mid']} {'has been' if m['how'].lower() == 'since' else 'was'} "
        f"{m['label'].lower()} {m['how'].lower()} {m['d']}",
        tpl.text,
    )
    tpl.text = _NEXT.sub(lambda m: f"{m['label']}: {m['p']} was {m['verb']} leader", tpl.text)


# A fragment without a verb: "X, emir from 2003" → "X was emir from 2003"; "emir from 2003
# until …" (its subject carried); "killed by a drone, August 2009" → "was killed …".
_FRAGMENT_POST = re.compile(
    rf"^(?P<p>{_P}\s*,\s*)?(?=(?:(?:the|its|current|first|new|last|acting)\s+)*{_LEADER_WORD}"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+(?:(?:from|since|between)\s+)?⟪D)",
    re.I,
)
_FRAGMENT_END = re.compile(
    r"^(?=(?:killed|assassinated|executed|arrested|captured|detained|extradited|ousted|"
    r"dismissed|removed|deposed|expelled)\b)"
)


def _fragment(text: str) -> str:
    match = _FRAGMENT_POST.match(text)
    if match:
        person = (match["p"] or "").rstrip(" ,")
        return f"{person} was {text[match.end():]}".lstrip()
    if _FRAGMENT_END.match(text):
        return "was " + text
    return text


_UNCONFIRMED = re.compile(
    r"\b(?:never|not\s+(?:been\s+)?|un)\s*(?:confirmed|verified)\b|\bfalse\s+reports?\b|"
    r"\brumou?rs?\s+of\s+(?:his|her|⟪H⟫’s|⟪P\d+⟫’s)\s+death\b|\bprematurely\b",
    re.I,
)
# Asides that tell no leadership of their own and would otherwise split a clause or lend it a
# date: a concessive ", despite a spell in prison ended by an escape in October 1973,", and a
# "— according to later statements —" between dashes (a source: the clause is then hedged).
_CONCESSIVE = re.compile(
    r",\s*(?:despite|in\s+spite\s+of|apart\s+from|notwithstanding|except\s+for)\b[^,;()]*,"
)
_DASHED = re.compile(r"\s[—–]\s(?P<aside>[^—–⟪;.]{1,80})\s[—–]\s")
_SOURCE = re.compile(r"\b(?:according\s+to|reportedly|it\s+is\s+said|as\s+\w+\s+claimed)\b",
                     re.I)


def _drop_asides(tpl: Template) -> None:
    """Take the asides out of the template, and read a clause's split marks inside brackets
    ("X (alias Y — the One-Eyed — or Z)") as commas, so a bracket never splits a clause."""
    for match in reversed(list(_CONCESSIVE.finditer(tpl.text))):
        dropped = match.group(0).count("⟪X⟫")
        if dropped:
            first = tpl.text[: match.start()].count("⟪X⟫")
            del tpl.others[first : first + dropped]
        tpl.text = tpl.text[: match.start()] + "," + tpl.text[match.end() :]
    tpl.text = _DASHED.sub(
        lambda m: " reportedly " if _SOURCE.search(m["aside"]) else " ", tpl.text
    )
    out, depth = [], 0
    for i, char in enumerate(tpl.text):
        depth += (char == "(") - (char == ")")
        depth = max(depth, 0)
        # a spaced dash is an aside, "2005–present" a range
        spaced = char in "—–" and i > 0 and tpl.text[i - 1].isspace()
        out.append("," if depth and (char in ";:" or spaced) else char)
    tpl.text = "".join(out)


def _read_dated_mentions(tpl: Template, state: LeadershipState, reading: Reading) -> None:
    """Tenures told beside a name with their years: "under the leadership of X (2001–2009)",
    "X (emir 1998–2003)", "X, the party's first secretary-general (1989-1991)"."""
    listed = _LEADER_LIST.search(tpl.text)
    for pattern in (_UNDER, _IN_BRACKETS, _APPOSED, _APPOSED_SINCE, *([_LISTED] if listed else [])):
        for match in pattern.finditer(tpl.text):
            groups = match.groupdict()
            token = groups.get("o") or groups.get("o2")
            when_token = groups.get("date") or groups.get("date2")
            who = tpl.persons.get(token.strip("⟪⟫")) if token else None
            when = tpl.dates.get(when_token.strip("⟪⟫")) if when_token else None
            if who is None or when is None or who in state.tenures:
                continue
            start, end = when, None
            if "/" in when.edtf:
                first, last = when.edtf.split("/", 1)
                start, end = _single(first), _single(last)
            tenure = Tenure(who, start, end)
            state.tenures[who] = tenure
            reading.tenures.append(tenure)
            _typed(reading, who)


NO_LEADERSHIP_VERB = "a leader word and a name, but no leadership of the group read"
"""The reason given for a sentence that only looks like leadership; the caller reports it only
when no other reader used the sentence (a leader "trained with" someone is another fact)."""
_LEADERSHIP_LIKE = re.compile(
    rf"\b(?:{_LEADER_WORD}|led|leads|headed|heads|took\s+over|succeeded|leadership)\b", re.I
)


def _typed(reading: Reading, name: str | None) -> None:
    if name and name not in reading.typed:
        reading.typed.append(name)


def _read_aliases(tpl: Template, reading: Reading) -> None:
    def person(token: str) -> str | None:
        return tpl.persons.get(token.strip("⟪⟫"))

    for match in _ALIAS.finditer(tpl.text):
        main, alias = person(match["p"]), person(match["a"])
        if main and alias and main != alias:
            reading.aliases.append((main, alias))
    for match in _QUOTED_ALIAS.finditer(tpl.text):
        main = person(match["p"])
        if main and (main, match["a"].strip()) not in reading.aliases:
            reading.aliases.append((main, match["a"].strip()))
    for pair in tpl.nicknames:
        if pair not in reading.aliases:
            reading.aliases.append(pair)
    for match in _BRACKETED_QUOTE.finditer(tpl.text):
        main = person(match["p"])
        if main and (main, match["a"].strip()) not in reading.aliases:
            reading.aliases.append((main, match["a"].strip()))
    for match in _BRACKETED_ALIAS.finditer(tpl.text):
        main, alias = person(match["p"]), person(match["a"])
        if main and alias and main != alias and (main, alias) not in reading.aliases:
            reading.aliases.append((main, alias))


def _read_roles(tpl: Template, reading: Reading) -> None:
    for pattern in (_ROLE_BEFORE, _ROLE_AFTER, _ROLE_SERVED, _ROLE_SITS):
        for match in pattern.finditer(tpl.text):
            role = " ".join(match["role"].lower().split())
            if pattern is _ROLE_SITS:
                role = f"member of the {role}"
            tokens = [match["p"], *([match["p2"]] if "p2" in pattern.groupindex and match["p2"] else [])]  # noqa: E501
            for token in tokens:
                who = tpl.persons.get(token.strip("⟪⟫"))
                who = next((main for main, alias in reading.aliases if alias == who), who)
                if who is None or (who, role) in reading.roles:
                    continue
                if any(t.person == who for t in reading.tenures) and role in (
                    "founder", "co-founder", "commander", "military commander"
                ):
                    continue  # "the group's founder, X, … led it": a founder who led
                reading.roles.append((who, role))


def _read_clause(
    tpl: Template,
    clause: _Clause,
    carried: list[str],
    previous_end: tuple[PartialDate | None, str | None] | None,
    state: LeadershipState,
    reading: Reading,
    following: _Clause | None = None,
) -> tuple[list[str], tuple[PartialDate | None, str | None] | None]:
    """Read one clause; return its subject (carried to an "and" clause) and the end it told."""
    text = _fragment(clause.text)
    hedged = bool(_HEDGE.search(text))
    if hedged:
        # "is believed to have been emir" reads as "has been emir"
        text = _HEDGE.sub(lambda m: "has " if m.group(0).rstrip().endswith("have") else " ", text)
        text = re.sub(r"\s{2,}", " ", text)

    aliased = {alias: main for main, alias in reading.aliases}

    def person(token: str) -> str | None:
        if token.startswith("⟪H") or token.lower() in ("him", "her"):
            # "In 2014 fighters loyal to X took the town, and he became emir": with no one
            # before the sentence, "he" is the last person the sentence named before him
            return state.last_person or tpl.pronoun or _named_before(tpl, clause.text)
        if token.startswith("⟪P"):
            name = tpl.persons.get(token.strip("⟪⟫"))
            # "X, known as Y, who has led it since": an alias stands for its person
            return aliased.get(name, name) if name else None
        return _surname(token, state)

    def names(tokens: list[str]) -> list[str]:
        return [n for n in (person(t) for t in tokens) if n]

    def own_names(tokens: list[str]) -> list[str]:
        """In an end told of the subject ("until her death"), he/his/her is the subject."""
        return [n for n in ((own[0] if t.startswith("⟪H") and own[0] else person(t))
                            for t in tokens) if n]

    own: list[str | None] = [None]

    def date(token: str | None) -> PartialDate | None:
        return tpl.dates.get(token.strip("⟪⟫")) if token else None

    def decline(why: str) -> None:
        reading.declined.append((_written(tpl, clause.text), _written(tpl, why, clause.text)))

    # the subject: the persons before the predicate, else the one carried over by "and"
    predicates = [
        (p, p.search(text)) for p in (_SUCCEEDED_BY, _PASSED_TO, _HANDED, _TAKEN_BY, _BROUGHT,
                                      _BE_REVERSED,
                                      _ELECTED_OBJECT, _FOUNDED_BY, _LED_BY, _START, _SUCCEEDED,
                                      _LEAD, _BE, _HELD, _AS_LEADER, _TENURE_BEGAN, _FOUNDED)
    ]
    # a predicate of a restrictive relative ("the merger that created HTS") is not the clause's
    found = [(p, m) for p, m in predicates
             if m and not re.search(r"\b(?:that|which)\s+$", text[: m.start()])]
    found.sort(key=lambda pm: pm[1].start())
    first = found[0][1] if found else None
    # with no leadership predicate, the subject stands before the clause's end verb if any:
    # "was killed by a drone in South Waziristan, August 2009" has none of its own
    end_verb = None if first else re.search(_END_VERB, text, re.I)
    subject_tokens = _subjects(
        text, first.start() if first else (end_verb.start() if end_verb else len(text))
    )
    subjects = names(subject_tokens)
    if not subjects and state.founders and re.match(
        r"(?:the\s+(?:two|three|four|five)\b|both\b|they\b|all\s+(?:two|three|four)\b)",
        text.strip(), re.I,
    ):
        subjects = list(state.founders)  # "founded it together with Y and Z, and the three ran it"
    if not subjects and clause.link in ("and", "but", "", ";") and carried:
        subjects = list(carried)
    if not subjects and clause.link in ("who",) and clause.antecedent:
        subjects = names([clause.antecedent])
    if subjects and not any(t.startswith("⟪H") for t in subject_tokens):
        own[0] = subjects[0]  # "Tesfaye remained leader until her death": her = Tesfaye
    # "X's death has been announced several times and never confirmed": no end is stated
    told_end = None if _UNCONFIRMED.search(tpl.text) else _end_told(text, own_names, date, tpl)
    if told_end is not None and told_end[0] is None and subjects:
        told_end = (subjects[0], told_end[1], told_end[2])
    for who in subjects:
        _typed(reading, who)
    if "⟪H⟫" in text and state.last_person:
        _typed(reading, state.last_person)
    for name in _all_end_subjects(text, names):
        _typed(reading, name)
    # a negation belongs to the predicate when it stands right before it or inside it ("never
    # led it", "neither of whom ever led"), not to an earlier part of the clause ("its emir
    # would be neither of their own commanders, and the post went to X")
    negated = first is not None and bool(_NEGATION.search(
        re.split(r"[,;()]", text[max(0, first.start() - 40) : first.start()])[-1]
        + text[first.start() : first.end()]
    ))

    dates = _dates_in(text)
    until = _UNTIL.search(text)
    # whatever follows "until" is the end, read or not: never a start
    bound = re.search(r"\b(?:until|till)\b", text)
    cut = until.start() if until else (bound.start() if bound else len(text))
    start_dates = [d for d in dates if text.index(f"⟪{d}⟫") < cut]
    if first is not None:  # "X, its chief in Gaza since 2017, was named head in 2024"
        after = [d for d in start_dates if text.index(f"⟪{d}⟫") >= first.start()]
        start_dates = after or start_dates
    start = date(start_dates[0]) if start_dates else None
    then = bool(re.search(r"\b(?:then|thereupon|thereafter|subsequently)\b", text))
    end: PartialDate | None = None
    how: str | None = None
    if until:
        how = _how(until)
        end_token = until["date"] or next(iter(_dates_in(text[until.start():])), None)
        end = date(end_token)
        if start is None and end is not None and until["date"] is None:
            pass
    end_owner = None
    if until is not None:
        owner = until["who1"] or until["who2"]
        if owner and owner.startswith("⟪P"):
            end_owner = person(owner)
    if start is not None and "/" in start.edtf:
        first_half, last_half = start.edtf.split("/", 1)
        start, end = _single(first_half), (end or _single(last_half))

    new: list[Tenure] = []

    def begin(who: str, since: PartialDate | None, prior: str | None = None) -> Tenure | None:
        written = since is not None
        if prior is not None:
            before = state.tenures.get(prior)
            if since is None:
                since = (before.end if before and before.end else None) or state.ends.get(
                    prior, (None, None)
                )[0]
            if before is not None and before.end is None and since is not None:
                before.end = since
        if since is None and previous_end is not None and (
            clause.link in ("when", "after", "")
            or re.search(r"\b(?:ever\s+since|since\s+then)\b", text)
        ):
            since = previous_end[0]  # "X stepped down in 2017, and Y has led it ever since"
        if since is None and previous_end is not None and previous_end[0] is not None and (
            then or (clause.link == "and-new" and kind in (_START, _SUCCEEDED))
        ):
            # "X was arrested in May 2004; Y then took over"; "X was killed in 2005, and Y was
            # named the new emir"
            since = previous_end[0]
        if since is None and _BARE_SINCE.search(text):
            # "… in May 2015 …, and has since led it", "who has led it since.": from the last
            # date the sentence told before this clause, else the last the paragraph told
            before_clause = _dates_in(tpl.text[: max(0, tpl.text.find(clause.text))])
            if before_clause:
                since = date(before_clause[-1])
            elif state.last_date is not None:
                since = _single(state.last_date)
        if since is None and clause.link == "after":
            # "After the merger that created the coalition in 2012, X became its chief";
            # "On 5 June 2010, X was proclaimed emir"
            before_clause = tpl.text[: max(0, tpl.text.find(clause.text))]
            told = _dates_in(before_clause)
            if told and (_BIRTH_WORDS.search(before_clause) or re.fullmatch(
                rf"\s*(?:On|In|By|During)\s+{_D}\s*,?\s*", before_clause
            )):
                since = date(told[-1])
        if since is None and state.born is not None and not state.tenures:
            since = state.born  # the first leader, in the sentence that tells the founding
        if since is None and told_end is not None and told_end[0] != who:
            since = told_end[1]  # "Y's death in June 2010 brought X to the head of the group"
        if since is None and (then or who in state.successors) and state.last_leader:
            # "Godane then became emir", "His successor, X, led …": from the last one's end,
            # when the narrative goes on from that end (not from a later date)
            before = state.tenures.get(state.last_leader)
            if before is not None and before.end is not None and before.person != who and (
                state.last_date is None or state.last_date.split("/")[-1] == before.end.edtf
                or who in state.successors
            ):
                since = before.end
        if since is None and following is not None:
            # "X took over after Y was killed in 2006": the end told in the "after" clause
            later = _end_told(following.text, names, date, tpl)
            since = later[1] if later is not None else None
            noun = re.search(rf"\b{_END_NOUN}\b[^⟪]{{0,30}}?⟪(D\d+)⟫", following.text)
            if since is None and noun:  # "after Guzmán’s arrest in 1992"
                since = date(noun.group(2))
        existing = state.tenures.get(who)
        if existing is not None and (since is None or existing.start == since
                                     or existing.start is None):
            if existing.start is None:
                existing.start = since
            return existing
        if existing is not None and existing.inferred and written and existing in reading.tenures:
            # "Command passed to X, who has led it since 2004": the date written with the
            # tenure wins over the one carried from the predecessor's end
            existing.start, existing.inferred = since, False
            return existing
        tenure = Tenure(who, since, hedged=hedged, inferred=not written)
        pending = state.ends.get(who)
        if pending is not None and pending[0] is not None and since is not None and (
            pending[0].earliest >= since.earliest
        ):
            tenure.end, tenure.ended_by = pending
        state.tenures[who] = tenure
        reading.tenures.append(tenure)
        new.append(tenure)
        _typed(reading, who)
        state.last_leader = who
        return tenure

    kind = found[0][0] if found else None
    match = first
    if kind is None and clause.link == "and" and carried and state.last_kind in ("lead", "be") and (
        re.match(rf"again\b.*?\b(?:from|since|in)\s+{_D}", text)
    ):
        # "led the group from 2004 to 2006 and again from 2010 until …": a second tenure
        kind, match = _LEAD, None
        if start is not None:
            for who in carried:
                again = Tenure(who, start, end, how if end is not None else None, hedged)
                state.tenures[who] = again
                reading.tenures.append(again)
                new.append(again)
        kind = None
    if match is not None and kind in (_START, _SUCCEEDED, _LEAD) and not negated:
        tail = text[match.end() :]
        if re.match(r"\s+as\s+", tail):
            post = re.match(rf"\s+as\s+{_LEADER_NP}", tail, re.I)
            if post is None or _other_post(post):
                written = re.match(
                    r"\s+as\s+([^,;.]{1,60}?)(?:\s+(?:in|from|since)\s+⟪D|[,;.]|$)", tail
                )
                decline(f"in another post: as {written.group(1) if written else '…'}")
                kind = None
    if kind is _START and start is None and re.search(
        r"\b(?i:the\s+same|that|the\s+following|the\s+next)\s+year\b", text
    ):
        earlier = _dates_in(tpl.text[: max(0, tpl.text.find(clause.text))])
        year = date(earlier[-1]) if earlier else (
            _single(state.last_date.split("/")[-1]) if state.last_date else None
        )  # "Ali Musa was emir until 2005. That year Omar Bakr became emir."
        if year is not None:
            start = _single(year.edtf[:4])
            if year.edtf[:4].isdigit() and re.search(r"following|next", text):
                start = _single(str(int(year.edtf[:4]) + 1))
    if kind in (_START, _SUCCEEDED) and not then and (
        kind is _SUCCEEDED or (match is not None and match["took"] and not match["over"])
    ):
        then = True  # "X took over", "X succeeded him": from the last tenure's end
    if match is not None and negated and kind not in (_SUCCEEDED_BY,):
        if kind in (_START, _LEAD, _BE, _SUCCEEDED, _FOUNDED):
            decline("a leadership verb, negated")
        kind = None
    if match is not None and kind is not None and kind is not _FOUNDED and _UNREALISED.search(
        re.split(r"[,;()]", text[max(0, match.start() - 40) : match.start()])[-1]
        + text[match.start() : match.end()]
    ):
        # "claimed to lead the group", "sought to take over", "was expected to become emir"
        decline("an attempt, a claim or an expectation, not a tenure")
        kind = None
    if kind is _SUCCEEDED_BY:
        assert match is not None
        successor = person(match["o"])
        prior = subjects[0] if subjects else state.last_leader
        if match["q"]:
            decline(f"succeeded as {match['q'].strip()} …: another post")
        elif successor:
            # a date before "was followed by" is the predecessor's: "X (2001–2005) was followed
            # by Y" starts Y at the range's end, never at its start
            written = [d for d in _dates_in(text) if text.index(f"⟪{d}⟫") >= match.start()]
            earlier = [d for d in _dates_in(text) if text.index(f"⟪{d}⟫") < match.start()]
            bracketed = bool(earlier) and bool(
                re.search(r"\(\s*(?:[a-z]+\s+)?$", text[: text.index(f"⟪{earlier[-1]}⟫")])
            )
            last_before = date(earlier[-1]) if earlier else None
            if last_before is not None and bracketed:
                last_before = (_single(last_before.edtf.split("/", 1)[1])
                               if "/" in last_before.edtf else None)
            since = date(match["date"]) or (date(written[0]) if written else None) or last_before
            if since is None and prior is not None:
                t = state.tenures.get(prior)
                since = t.end if t is not None else None
            tenure = begin(successor, since or (told_end[1] if told_end else None) or (
                previous_end[0] if previous_end else None), prior)
            _close(tenure, until, end, how, end_owner)
    elif kind in (_PASSED_TO, _HANDED, _TAKEN_BY, _BROUGHT, _ELECTED_OBJECT, _TENURE_BEGAN,
                  _BE_REVERSED):
        assert match is not None
        successor = person(match["o"])
        prior = (subjects[0] if subjects else state.last_leader) if kind is _HANDED else (
            state.last_leader if kind in (_PASSED_TO, _TAKEN_BY) else None)
        if _other_post(match):
            decline(_other_post(match) or "")
        elif successor:
            tenure = begin(successor, start, prior)
            _close(tenure, until, end, how, end_owner)
            if tenure is not None and until is None and end is not None and tenure.end is None and (
                kind is _BE_REVERSED
            ):
                tenure.end = end  # "The group's first leader was X (1998–2005)"
    elif kind is _FOUNDED_BY:
        assert match is not None
        founders = [w for w in (person(t) for t in (match["o"], match["o2"]) if t) if w]
        if founders and start is not None:
            state.founders = founders
            for who in founders:
                state.founded[who] = start
        if founders:
            state.last_person = founders[0]  # "…, who led it", "he headed it"
    elif kind is _LED_BY:
        assert match is not None
        for token in (match["o"], match["o2"]):
            who = person(token) if token else None
            if who:
                tenure = begin(who, start)
                if tenure is not None and end is not None:
                    tenure.end, tenure.ended_by = end, how
    elif kind is _FOUNDED:
        assert match is not None
        if match["obj"] and start is not None:
            partners = [person(t) for t in _co_founders(text)]
            state.founders = [w for w in dict.fromkeys([*subjects, *partners]) if w]
            for who in state.founders:
                state.founded[who] = start
        # "founded the group in 2002 and led it": the next clause reads the leading
    elif kind in (_START, _SUCCEEDED, _LEAD, _BE, _HELD, _AS_LEADER) and match is not None:
        other = _other_post(match) if kind in (_START, _BE, _AS_LEADER) else None
        obj_other = None
        if kind is _START:
            obj_other = next(
                (match[g] for g in ("other2", "other3", "other4", "other5", "other6", "other7",
                                    "other8") if match[g]),
                None,
            )
            if obj_other and _is_group_text(obj_other):
                obj_other = None
        if kind is _LEAD and match["other"]:
            obj_other = match["other"]
        if kind is _SUCCEEDED and match["q"] is not None and _other_post(match):
            other = _other_post(match)
        if other:
            decline(other)
        elif obj_other:
            decline(f"led something other than the group ({_written(tpl, obj_other).strip()})")
        elif not subjects:
            decline("a leadership verb, but no person as its subject")
        else:
            co = [person(m["o"]) for m in _TOGETHER.finditer(text)]
            prior = person(match["o"]) if kind is _SUCCEEDED else None
            since = start
            if since is None and kind is _LEAD:
                since = next((state.founded[w] for w in subjects if w in state.founded), None)
            for who in subjects:
                tenure = begin(who, since, prior)
                if end_owner is not None and end_owner != who:
                    continue  # "… together with Y until Y died": Y's end, not the subject's
                if tenure is not None and end is not None and tenure.end is None:
                    tenure.end, tenure.ended_by = end, how
                elif tenure is not None and until is not None and how and tenure.ended_by is None:
                    tenure.ended_by = how
            for partner in co:
                if partner and partner not in subjects:
                    joint = begin(partner, start)  # only a date this clause states
                    if joint is not None and end_owner == partner and joint.end is None:
                        joint.end, joint.ended_by = end, how
    # an end told in this clause closes the open tenure of its subject
    if told_end is not None:
        who, when, how_ended = told_end
        tenure = state.tenures.get(who) if who else None
        if who and (tenure is None or tenure.end is None) and not (
            tenure is not None and tenure in new and until is not None
        ):
            if tenure is not None and (
                when is None or tenure.start is None or when.earliest >= tenure.start.earliest
            ):
                later = re.search(_END_VERB, text[first.end():], re.I) if first else None
                if tenure not in new or kind is None or (
                    # "X, emir since 1998, was captured on 3 May 2005": the end told after
                    # the tenure's own predicate, of its subject
                    later is not None and who in subjects and when is not None
                ):
                    tenure.end, tenure.ended_by = when, how_ended
            elif tenure is None:
                state.ends[who] = (when, how_ended)
        elif who and tenure is not None and tenure.ended_by is None and (
            (clause.link == "when" and (when is None or when == tenure.end))
            or (clause.link in (";", "and") and when is not None and when == tenure.end)
        ):
            # "… until February 2022, when he too died"; "emir 2003–2008; arrested, 2008"
            tenure.ended_by = how_ended
    state.last_kind = (
        "lead" if kind is _LEAD else "be" if kind in (_BE, _START, _SUCCEEDED, _HELD, _AS_LEADER)
        else state.last_kind
    )
    if new:
        last = new[-1]
        state.last_person = subjects[0] if subjects and kind not in (
            _SUCCEEDED_BY, _PASSED_TO, _BROUGHT, _ELECTED_OBJECT
        ) else last.person
    elif subjects:
        state.last_person = subjects[0]
    ends = [t.end for t in reading.tenures if t.end is not None]
    if ends:
        state.last_end = ends[-1]
    this_end = (told_end[1], told_end[2]) if told_end else (
        (end, how) if end is not None else None
    )
    return subjects, this_end


def _close(
    tenure: Tenure | None,
    until: re.Match[str] | None,
    end: PartialDate | None,
    how: str | None,
    owner: str | None,
) -> None:
    """"… the post went to X, until French troops killed him in April 2014": the "until" of a
    succession clause ends the successor's tenure (unless it names someone else's end)."""
    if tenure is None or until is None or end is None or tenure.end is not None:
        return
    if owner is not None and owner != tenure.person:
        return
    if tenure.start is not None and end.latest < tenure.start.earliest:
        return
    tenure.end, tenure.ended_by = end, how


def _named_before(tpl: Template, clause: str) -> str | None:
    """The last person the sentence names before the first pronoun of a clause."""
    offset = tpl.text.find(clause)
    if offset < 0:
        return None
    pronoun = clause.find("⟪H⟫")
    before = tpl.text[: offset + (pronoun if pronoun >= 0 else len(clause))]
    tokens = re.findall(r"⟪(P\d+)⟫", before)
    return tpl.persons.get(tokens[-1]) if tokens else None


def _end_told(
    text: str, names, date, tpl: Template  # type: ignore[no-untyped-def]
) -> tuple[str | None, PartialDate | None, str | None] | None:
    """An end of a person's tenure told outside an "until": (person, date, how)."""
    if _UNTIL.search(text) and not _END_POSSESSIVE.search(text):
        return None
    dates = _dates_in(text)
    possessive = _END_POSSESSIVE.search(text)
    if possessive:
        token = possessive["o"] or possessive["o2"]
        after = _dates_in(text[possessive.end() :])
        who = names([token])
        return (who[0] if who else None, date(after[0]) if after else None,
                _END_WORDS.get(possessive["noun"].lower()))
    agent = _END_AGENT.search(text)
    if agent:
        who = names([agent["o"]])
        after = _dates_in(text[agent.end() :])
        return (who[0] if who else None, date(after[0]) if after else None,
                _END_WORDS.get(agent["agent"].lower()))
    verb = re.search(_END_VERB, text, re.I)
    if verb:
        before = text[: verb.start()]
        tokens = re.findall(_PH, before)
        who = names(tokens[:1]) if tokens else []
        after = _dates_in(text[verb.end() :])
        word = (verb["passive"] or verb["active"]).split()[0].lower()
        return (who[0] if who else None, date(after[0]) if after else (
            date(dates[0]) if dates else None), _END_WORDS.get(word))
    return None


def _all_end_subjects(text: str, names) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for match in _END_POSSESSIVE.finditer(text):
        found += names([match["o"] or match["o2"]])
    for match in _END_AGENT.finditer(text):
        found += names([match["o"]])
    return found


def _how(until: re.Match[str]) -> str | None:
    word = until["noun"] or until["passive"] or until["active"] or until["agent"]
    return _END_WORDS.get(word.split()[0].lower()) if word else None


def _other_post(match: re.Match[str]) -> str | None:
    """Why a leader noun phrase is not the group's top post, or None if it is."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    for key, value in groups.items():
        if key.startswith("q") and value.strip():
            return f"a {value.strip()} post, not the group's leadership"
    for key, value in groups.items():
        if not key.startswith("other"):
            continue
        of = groups.get("of" + key[5:], "")
        if _is_group_text(value) or re.match(r"\s*in\s+⟪D\d+⟫", of):
            continue
        value = re.sub(r"\s+(?:in|on|since|from|until)\s+⟪D\d+⟫.*$", "", value.strip())
        return f"leader of another organisation or a part of it ({value})"
    return None


def _is_group_text(text: str) -> bool:
    """'the group', 'it', '⟪G⟫', its top body — the profile's group itself."""
    text = text.strip()
    return bool(re.fullmatch(rf"(?:{_GROUP}|{_TOP_BODY})(?:\s+(?:in|on|from|since)\s.*)?", text))


def _surname(word: str, state: LeadershipState) -> str | None:
    for known in reversed(state.known):
        parts = [p.lower() for p in known.split()]
        if word.lower() in (parts[0], parts[-1]):
            return known
    return None


def _written(tpl: Template, text: str, within: str | None = None) -> str:
    """A template text back in words, for the review (`within`: the clause it is part of,
    so each ⟪X⟫ is the organisation or place written there)."""
    clause = within or text
    offset = tpl.text.find(clause)
    if offset >= 0 and "⟪X⟫" in text:
        first = tpl.text[:offset].count("⟪X⟫") + clause[: max(0, clause.find(text))].count("⟪X⟫")
        names = iter(tpl.others[first:])
        text = re.sub("⟪X⟫", lambda _: next(names, "…"), text)

    def back(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.startswith("P"):
            return tpl.persons.get(token, token)
        if token.startswith("D"):
            date = tpl.dates.get(token)
            return date.text if date is not None else token
        return {"G": "the group", "H": "he", "X": "…"}.get(token, token)

    return re.sub(r"⟪([A-Z]\d*)⟫", back, text.replace("⟪H⟫’s", "his"))


# ------------------------------------------------------------------ aliases and roles

_AKA = (
    r"(?:alias|a\.k\.a\.|aka|also\s+known\s+as|better\s+known\s+(?:as|by\s+(?:his|her|⟪H⟫(?:’s)?)\s+"
    r"(?:nom\s+de\s+guerre|kunya|nickname|alias))|known\s+(?:to\s+[\w\s]{1,30}?\s+)?as|"
    r"also\s+called|nicknamed|whose\s+(?:kunya|nom\s+de\s+guerre|nickname|alias)\s+is|"
    r"(?:his|her|⟪H⟫(?:’s)?)\s+(?:kunya|nom\s+de\s+guerre)|"
    r"who\s+(?:took|adopted|uses|used|goes\s+by)\s+the\s+(?:name|nom\s+de\s+guerre|kunya)|"
    r"whose\s+(?:real|birth|given|true)\s+name\s+(?:is|was)|born)"
)
_ALIAS = re.compile(
    rf"(?P<p>{_P})\s*(?:,\s*|\(\s*)(?:{_AKA}|kunya)\s+(?P<q>[‘“\"'])?(?P<a>{_P})"
)
_QUOTED_ALIAS = re.compile(
    rf"(?P<p>{_P})\s*(?:,\s*|\(\s*)(?:{_AKA})\s+[‘“\"']"
    r"(?P<a>[^’”\"'⟪,]{1,60}?),?[’”\"']"
)
# "Ibrahim Awad al-Badri (Abu Dua)": a name in brackets right after a name
_BRACKETED_ALIAS = re.compile(rf"(?P<p>{_P})\s*\(\s*[‘“\"']?(?P<a>{_P})[’”\"']?\s*\)")
_BRACKETED_QUOTE = re.compile(rf"(?P<p>{_P})\s*\(\s*[‘“\"](?P<a>[^’”\"⟪()]{{1,40}}?)[’”\"]\s*\)")
_ROLE = (
    r"(?:(?:first|second|third|new|former|top|senior|chief|military|deputy|security|media|"
    r"religious|spiritual|political|field|regional|local|international|eastern|western|"
    r"northern|southern)\s+){0,3}"  # bounded: a run of adjectives is never rescanned
    r"(?:deputy(?:\s+(?:leader|emir|commander))?|spokes(?:man|woman|person)|"
    r"(?:second|third|fourth)-in-command|"
    # "security chief", "the group's security and military chief", "chief of operations"
    r"(?:security|military|intelligence|operations)(?:\s+and\s+(?:security|military|"
    r"intelligence|operations))?\s+chief|chief\s+of\s+(?:security|operations|intelligence)|"
    r"head\s+of\s+security|treasurer|ideologue|financier|negotiator|strategist|"
    r"brother-in-law|(?:military\s+)?commander|co-founder|founder|mufti|judge|envoy|recruiter|"
    r"governor)"
)
_GROUP_WORDS = r"(?:the\s+(?:group|movement|organi[sz]ation|network)\b|it\b|(?:the\s+)?⟪G⟫)"
_ROLE_BEFORE = re.compile(
    rf"(?:(?:his|her|its|the\s+group[’']s|the|a|an|⟪H⟫(?:’s)?)\s+)?(?P<role>{_ROLE})(?:\s+of\s+{_GROUP_WORDS})?,?\s+(?P<p>⟪P\d+⟫)",
    re.I,
)
_ROLE_AFTER = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s*,\s*(?:(?:the|a|an|its|his|her|⟪H⟫(?:’s)?|the\s+(?-i:[a-z]{{2,20}})[’']s|⟪G⟫[’']s)\s+)?"
    rf"(?:(?-i:[A-Z][\w’'\-]{{1,40}})\s+)?(?P<role>{_ROLE})\b",
    re.I,
)
_ROLE_SERVED = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s+(?:(?:has\s+served|served|serves|is|was|has\s+been)\s+as\s+"
    rf"(?:(?:⟪P\d+⟫(?:[’']s)?|its|the\s+group[’']s|the|a|an)\s+)?"
    # "Makki is Saeed's brother-in-law and deputy", "X is a spokesman of the movement"
    rf"|(?:is|was)\s+(?:⟪P\d+⟫[’']s|(?-i:[A-Z][\w\-]{{1,30}})[’']s|its|the\s+group[’']s|"
    rf"(?:a|the)(?=\s+\w+\s+of\b))\s+"
    rf"(?:[\w-]{{1,20}}\s+and\s+)?"
    # "was appointed spokesman", "became military chief", "was named the group's security chief"
    rf"|(?:was|were)\s+(?:named|appointed|made)\s+(?:(?:its|the\s+group[’']s|the|a|an)\s+)?"
    rf"|became\s+(?:(?:its|the\s+group[’']s|the|a|an)\s+)?)(?P<role>{_ROLE})\b",
    re.I,
)
# "⟪P⟫ and ⟪P⟫ sit on the executive committee": members of a top body, not leaders
_ROLE_SITS = re.compile(
    r"(?P<p>⟪P\d+⟫)(?:\s*,?\s+and\s+(?P<p2>⟪P\d+⟫))?\s+(?:sits?|sat|has\s+sat|serves?|served)\s+"
    r"on\s+(?:the\s+|its\s+|the\s+group[’']s\s+)?(?P<role>(?:executive|central|leadership|"
    r"shura|military|political)\s+(?:committee|council|bureau|body))\b",
    re.I,
)


# ------------------------------------------------------------------ persons in other sections

_HONORIFIC = re.compile(
    r"^(?:Grand\s+)?(?:Ayatollah|Sheikh|Shaykh|Mullah|Mawlawi|Maulana|Imam|Colonel|General|"
    r"Comrade|Sayyed|Sayyid|Hajji?|Dr\.?|Commander|President|Prime\s+Minister|Minister|"
    r"King|Queen|Prince|Judge|Senator|Governor|Mayor|Bishop|Father|Pope|Emir|Amir|Caliph)\s"
)
# "the ISI leader X", "chief prosecutor X", "trade unionist X", "his wife X": a person's noun
# right before the name
_NOUN_BEFORE = re.compile(
    rf"\b(?:leader|emir|chief|commander|founder|co-founder|spokes(?:man|woman|person)|minister|"
    rf"prosecutor|judge|adviser|advisor|unionist|journalist|businessman|businesswoman|politician|"
    rf"officer|general|diplomat|ambassador|priest|bishop|professor|lawyer|cleric|preacher|"
    rf"activist|deputy|governor|mayor|senator|president|colonel|captain|brother|sister|wife|"
    rf"husband|son|daughter|father|mother|nephew|cousin|ideologue|negotiator|industrialist|"
    rf"executive|magistrate|envoy|consul|kidnapper|hostage)\s+(?P<p>{_P})"
)
# "under X", "allegiance to X", "the government of X", "X led …": a person's relations
_PERSON_RELATION = re.compile(
    rf"\b(?:under|allegiance\s+to|government\s+of|regime\s+of|orders\s+of|loyal\s+to)\s+"
    rf"(?P<p>{_P})(?![’']s)"
    rf"|(?P<s>{_P})(?:\s*,[^,]{{0,80}},)?\s+(?:co-)?(?:led|headed|founded|commanded)\b"
)
# "the breakaway faction of X", "fighters loyal to X": a part of a group is led by a person
_FOLLOWERS_OF = re.compile(
    rf"\b(?:factions?|followers|loyalists|supporters|men|fighters|splinter\s+group)\s+"
    rf"(?:loyal\s+to|of|led\s+by|under)\s+(?P<p>{_P})(?![’']s)",
    re.I,
)
_RANK_WORDS = "|".join(map(re.escape, sorted(_RANKS)))
# Contexts only a person fits: the successor in a post ("was succeeded in that post by X"), a
# relative "whom"/"who" after the name, "led by X (and Y)", "X and his/her …", the victim of
# a verb only persons suffer ("shot X", "kidnapped X").
_PERSON_CONTEXT = re.compile(
    rf"\b(?:succeeded|replaced|followed)(?:\s+(?!by\b)[\w’']+){{0,4}}\s+by\s+(?P<p>{_P})"
    rf"|(?P<s>{_P})\s*,\s*(?:whom|who)\b"
    rf"|\bled\s+by\s+(?P<p2>{_P})(?:\s*,?\s+and\s+(?P<p3>{_P}))?"
    rf"|(?P<p4>{_P})\s+and\s+(?:his\b|her\b|⟪H⟫)"
    rf"|\b(?:shot|assassinated|kidnapped|abducted|beheaded|executed|murdered|stabbed|"
    rf"shot\s+dead)\s+(?:(?:[A-Z]\.){{2,}}\s+)?(?:(?:{_RANK_WORDS})\s+){{0,3}}"
    rf"(?P<p5>{_P})"
    # "Alice Auma's Holy Spirit Movement": a person's own organisation
    rf"|(?P<p6>{_P})[’']s\s+(?:⟪X⟫|(?:[A-Z][\w’'-]+\s+){{0,4}}(?:Movement|Army|Front|Party|"
    rf"Brigades?|Group|Battalion|Network|Organi[sz]ation)\b)"
)
# "the Islamic State named X as governor of its province"
_NAMED_AS = re.compile(
    rf"\b(?:named|appointed|chose|elected|made)\s+(?P<p>{_P})\s+(?:as\s+)?"
    rf"(?:(?:its|the|their|a)\s+)?(?:new\s+)?(?:{_ROLE}|{_LEADER_WORD})\b",
    re.I,
)
# "X … ; he …": a name that is the subject, taken up by a pronoun
_TAKEN_UP = re.compile(
    rf"^(?:[^⟪]{{0,40}}?)(?P<p>{_P})(?![’']s)(?:[^⟪]|⟪[DGX]\d*⟫){{0,200}}?⟪H⟫"
)


def persons_in(ctx: IngestContext | None, text: str, state: LeadershipState) -> list[str]:
    """The persons a sentence of any section shows to be persons: named with an honorific
    ("Ayatollah …", "Mullah …"), in a role ("the former chief negotiator", "the eastern
    commander"), followed by a faction ("the faction of X"), named to a post, or taken up by
    he/his/she/her. Nothing else: a capitalised name alone may be a group or a place."""
    tpl = template(ctx, text, state)
    reading = Reading()
    _read_aliases(tpl, reading)
    _read_roles(tpl, reading)
    found = [name for name, _ in reading.roles]
    found += [name for name in tpl.persons.values() if _HONORIFIC.match(name)]
    for pattern in (_FOLLOWERS_OF, _NAMED_AS, _TAKEN_UP, _NOUN_BEFORE, _PERSON_RELATION,
                    _PERSON_CONTEXT):
        for match in pattern.finditer(tpl.text):
            groups = match.groupdict()
            for token in (groups.get("p") or groups.get("s"), groups.get("p2"), groups.get("p3"),
                          groups.get("p4"), groups.get("p5"), groups.get("p6")):
                name = tpl.persons.get(token.strip("⟪⟫")) if token else None
                if name:
                    found.append(name)
    for name in tpl.persons.values():
        if name not in state.known:
            state.known.append(name)
    aliases = dict((alias, main) for main, alias in reading.aliases)
    return list(dict.fromkeys(aliases.get(name, name) for name in found))


_OFFICE = re.compile(
    r"^(?:(?:former|then|late)\s+)?(?:President|Prime\s+Minister|Minister|King|Queen|Prince|"
    r"Judge|Senator|Governor|Mayor)\s+"
)


def type_persons(ctx: IngestContext, section: Section) -> None:
    """State as a kg:Person everyone a section's sentences show to be a person (see
    `persons_in`), unless the graph already knows the name as a group or organisation."""
    state = LeadershipState()
    for sentence in ctx.sentences(section):
        for name in persons_in(ctx, sentence.text, state):
            known, _, _ = ctx.index.lookup(name, "group", "organisation", "place")
            if known is not None:
                continue
            # an office is not part of the name: "President Yoweri Museveni"
            name = _OFFICE.sub("", name) if len(_OFFICE.sub("", name).split()) >= 2 else name
            iri = ctx.person(section, name, sentence.line)
            ctx.extracted(section, f"{ctx.short(iri)}: a person (named in a role or taken up "
                          "by a pronoun)")


# ------------------------------------------------------------------ the graph


def state_leadership(
    ctx: IngestContext,
    section: Section,
    sentence: Sentence,
    reading: Reading,
    *,
    report_unread: bool = True,
) -> None:
    """The graph of one sentence's reading: a kg:Leadership per tenure with a start date (its
    end and how it ended where the text says), aliases as alternative names, roles as
    schema:jobTitle of a person who is a schema:memberOf the group, every person the sentence
    shows to be a person (a role, a pronoun, an end) as a kg:Person, and every declined
    leadership-like clause in the review with its reason."""
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
        state_tenure(ctx, section, sentence, tenure)
    for who, role in reading.roles:
        if who in leaders and role in ("deputy", "founder", "co-founder"):
            continue
        person = ctx.person(section, who, sentence.line)
        ctx.add(section, person, SCHEMA.jobTitle, Literal(role, lang="en"))
        ctx.add(section, person, SCHEMA.memberOf, ctx.subject)
        ctx.extracted(section, f"{ctx.short(person)}: {role} (a role, not a leader)")
    for who in reading.typed:
        if who not in leaders and all(who != r for r, _ in reading.roles):
            person = ctx.person(section, who, sentence.line)
            ctx.extracted(section, f"{ctx.short(person)}: a person (named with a pronoun, an "
                          "alias or an end)")
    for clause, why in reading.declined:
        if why == NO_LEADERSHIP_VERB and not report_unread:
            continue
        ctx.problem(
            section, sentence.line,
            f"no leader read from {clause!r}: {why}", Severity.NOTE,
        )


def state_tenure(ctx: IngestContext, section: Section, sentence: Sentence, tenure: Tenure) -> None:
    """One kg:Leadership, or a review problem when it has no start date."""
    if ctx.subject is None:
        return
    person = ctx.person(section, tenure.person, sentence.line)
    if tenure.start is None or tenure.start.literal is None:
        ctx.problem(
            section, sentence.line,
            f"leader {tenure.person!r} found but no start date; a kg:Leadership needs one, "
            "so only the person was recorded",
        )
        return
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
    if (
        tenure.end is not None
        and tenure.end.literal is not None
        and tenure.end.latest >= tenure.start.earliest
    ):
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
