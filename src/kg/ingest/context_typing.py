"""Typing from the shape of the sentence around a name that no reader takes a fact from.

Most persons and armed groups a profile names are the subject of no fact: a victim ("blogger
A was hacked to death"), a relative ("his wife, B, was injured"), a founder of a predecessor
("founded in 1980 by C"), an armed wing ("Armed wing: the D Army"). Left untyped, an analyst
asking for the persons or the armed groups a profile names gets none of them (issue #12,
"typing from context"). Each shape here says what the name is by the words the sentence puts
around it — a noun only a person is, a possessive of a life's events, an organisation's wing —
never by the name alone, and never where the graph knows the name as a place or an
organisation (`kg.ingest.leaders.type_persons` makes that check for the persons found here).

Two families, each a small set of shapes over the leadership reader's template (persons are
`⟪Pn⟫`, organisations and places `⟪X⟫`, so a place or a known group never fills a person's
slot):

- `PERSON_CONTEXTS`: patterns whose `p…` groups are persons (read by
  `kg.ingest.leaders.person_types.persons_in`);
- `type_armed_wings`: organisations the text names as an armed or military wing, or as an
  armed group, stated `kg:ArmedGroup` (minted where the graph lacks them).
"""

from __future__ import annotations

import re

from rdflib import RDF

from kg.ingest.context import IngestContext
from kg.ingest.leaders.lexicon import _P
from kg.ingest.names import parse_named
from kg.ingest.sections import Section
from kg.namespaces import KG

__all__ = ["PERSON_CONTEXTS", "type_armed_wings", "type_leadership_persons"]

# the events of a life, owned by the one who lives it: "X's death", "X's assassination"
_LIFE = (r"(?:death|assassination|murder|funeral|birthday|widow|widower|execution|tomb|grave|"
         r"kidnapping|abduction|arrest|release|extradition|trial|conviction|election|memoirs|"
         r"kunya|nom\s+de\s+guerre|real\s+name|family|children|wife|husband|son|daughter|"
         r"brother|sister|father|mother|home|house|apartment)")
# nouns only a person is, singular and plural, that introduce names after them ("blogger X",
# "gay-rights activists X and Y", "two senior assistant judges, X and Y")
_PERSON_NOUN = (r"(?:blogger|writer|novelist|poet|journalist|reporter|editor|publisher|"
                r"activist|campaigner|unionist|solicitor|lawyer|barrister|judge|magistrate|"
                r"prosecutor|admiral|general|brigadier|colonel|major|captain|lieutenant|"
                r"sergeant|soldier|policeman|policewoman|officer|official|diplomat|attaché|"
                r"counsellor|counselor|consul|ambassador|minister|politician|legislator|"
                r"senator|mayor|governor|dictator|president|premier|linguist|scholar|"
                r"professor|teacher|student|doctor|physician|surgeon|nurse|engineer|"
                r"businessman|businesswoman|industrialist|banker|employee|worker|farmer|"
                r"priest|bishop|cleric|imam|preacher|monk|nun|missionary|tourist|hostage|"
                r"striker|bomber|hijacker|gunman|assassin|militant|commander|chief|leader|"
                r"founder|ideologue|spokesman|spokeswoman)")
# a possessor of a role: "Umarov's deputy (naib), X", "his wife, X", "its religious affairs
# counsellor, X"
_ROLE_OF = (r"(?:deputy|naib|wife|husband|widow|son|daughter|brother|sister|father|mother|"
            r"cousin|nephew|successor|predecessor|spokesman|spokeswoman|counsellor|counselor|"
            r"adviser|advisor|aide|bodyguard|driver|secretary|lieutenant|commander|emir|amir|"
            r"chief|attaché|envoy|ambassador|consul|confidant|son-in-law|brother-in-law)")
# a nationality or a faith as a noun, hyphenated or not ("Nigerian", "Bangladeshi-Canadian",
# "Turk", "Yemeni", "Sunni")
_NATIONAL = (r"(?:[A-Z][a-z]+(?:an|ian|ese|i|ish|ite)|Turk|Briton|Swede|Dane|Pole|Finn|Greek|"
             r"Thai|Scot|Kurd|Arab|Jew|Muslim|Christian|Hindu|Sikh|Buddhist)"
             r"(?:-(?:[A-Z][a-z]+(?:an|ian|ese|i|ish)|born|Turk|Briton|Kurd|Arab))*")
_NAME_LIST = (rf"(?P<p>{_P})(?:\s*,\s*(?P<p2>{_P}))?(?:\s*,?\s+and\s+(?P<p3>{_P}))?")

PERSON_CONTEXTS: tuple[re.Pattern[str], ...] = (
    # "Rafik Hariri's assassination", "Ho Chi Minh's birthday"
    re.compile(rf"(?P<p>{_P})[’']s\s+(?:[a-z][\w-]*\s+){{0,2}}?{_LIFE}\b"),
    # "blogger X", "gay-rights activists X and Y", "two senior assistant judges, X and Y",
    # "Admiral X", "Ambassador X"
    re.compile(rf"\b(?i:{_PERSON_NOUN})s?\s*,?\s+{_NAME_LIST}"),
    # "X and Y, members of the last commando"
    re.compile(rf"{_NAME_LIST}\s*,\s*(?:the\s+|both\s+|two\s+|three\s+|all\s+)?"
               rf"(?:members|leaders|founders|militants|fighters|veterans|brothers|sisters|"
               rf"sons|daughters|activists|officers|commanders)\s+of\b"),
    # "X, a Nigerian said to have trained …", "X, a Bangladeshi-Canadian who led …"; "A
    # German-born Turk, X, drove …": a nationality as the head of the apposition
    re.compile(rf"(?P<p>{_P})\s*,\s*an?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_NATIONAL}"
               rf"(?=\s+(?:who|whom|said|born|from|living|national|citizen)\b|\s*[,;.])"),
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?{_NATIONAL}\s*,\s*"
               rf"(?P<p>{_P})\s*,"),
    # "Umarov's deputy (naib), X", "his wife, X", "its religious affairs counsellor, X"
    re.compile(
        rf"(?:(?:⟪(?:P\d+|H)⟫|\b[\w-]+)[’']s|⟪H⟫|\b(?:his|her|its|their))\s+"
        rf"(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_OF}"
        rf"(?:\s*\([^()]*\))?\s*,\s*(?P<p>{_P})(?!\s*[’']s)",
        re.I,
    ),
    # "the leader of the Islamic Movement of Uzbekistan, X, declared"; "one of the diplomats,
    # X, was killed"
    re.compile(
        rf"\b(?:(?:the\s+)?(?:leader|emir|amir|chief|founder|head|commander|spokesman)\s+of\s+"
        rf"(?:the\s+)?⟪X⟫|one\s+of\s+the\s+(?:\w+\s+)?{_PERSON_NOUN}s)\s*,\s*(?P<p>{_P})\s*,"
    ),
    # "PWG founded 1980 in Andhra Pradesh by X", "created in 1969 by X"
    re.compile(
        rf"\b(?:founded|co-founded|created|established|set\s+up)\b[^.;⟪]{{0,60}}?"
        rf"(?:⟪[DX]\d*⟫[^.;⟪]{{0,30}}?){{0,2}}\bby\s+(?P<p>{_P})(?![’']s)"
    ),
    # "led in Dagestan by X"
    re.compile(rf"\bled\s+(?:in|from)\s+(?:the\s+)?⟪X⟫\s+by\s+(?P<p>{_P})(?![’']s)"),
    # "his loyalty to X", "an oath to X"
    re.compile(rf"\b(?:loyalty|oath|obedience|fealty|bay[’']?ah)\s+to\s+(?P<p>{_P})(?![’']s)",
               re.I),
    # "X, an American linguist with …", "X, a company employee the group took for …"
    re.compile(
        rf"(?P<p>{_P})\s*,\s*(?:the|a|an)\s+(?:(?:[a-z][\w’'-]*|[A-Z][\w-]+|⟪X⟫)\s+){{0,4}}?"
        rf"{_PERSON_NOUN}\b(?![’'-])"
    ),
)



def type_leadership_persons(ctx: IngestContext, section: Section) -> None:
    """The leadership section's persons that only these shapes show ("Umarov's deputy
    (naib), X, was killed"): the leadership reader types the leaders and the roles it reads,
    and `kg.ingest.leaders.type_persons` reads the other sections; this reads the leadership
    section with `PERSON_CONTEXTS` alone, under the same checks (a name the graph knows as a
    group, an organisation or a place is left alone)."""
    from kg.ingest.leaders.model import LeadershipState
    from kg.ingest.leaders.persons import template

    state = LeadershipState()
    for sentence in ctx.sentences(section):
        tpl = template(ctx, sentence.text, state)
        found: list[str] = []
        for pattern in PERSON_CONTEXTS:
            for match in pattern.finditer(tpl.text):
                for token in match.groupdict().values():
                    name = tpl.persons.get(token.strip("⟪⟫")) if token else None
                    if name:
                        found.append(name)
        for name in dict.fromkeys(found):
            known, _, _ = ctx.index.lookup(name, "group", "organisation", "place")
            if known is not None:
                continue
            iri = ctx.person(section, name, sentence.line)
            ctx.extracted(section, f"{ctx.short(iri)}: a person (the shape of the sentence)")


# ------------------------------------------------------------------ armed wings

_NAME = (r"(?:[A-Z][\w’'-]*|al-[\w’'-]+)(?:\s+(?:(?:of|the|de|del|la|al|for|and|des|du)\s+)*"
         r"(?:[A-Z][\w’'-]*|al-[\w’'-]+))*(?:\s*\([A-Z][\w-]*\))?")
_WING = r"(?i:armed|military|guerrilla|fighting|paramilitary)\s+(?:wing|arm)\b"
_ARMED_WING_SHAPES: tuple[re.Pattern[str], ...] = (
    # "Armed wing: the People's Liberation Guerrilla Army (PLGA)."; "an armed wing, the X";
    # "an armed wing (the X)"; "its military wing, X"
    re.compile(rf"\b{_WING}\s*(?::|,|\(|—|–)\s*(?:the\s+)?(?P<n>{_NAME})"),
    # "X (ACR), the armed wing"; "X, its military wing"
    re.compile(rf"(?P<n>{_NAME})\s*,\s*(?:the|its|their|an?)\s+(?:[a-z]+\s+)?{_WING}\b"),
    # "Prima Linea, a rival armed group of the same years"
    re.compile(rf"(?P<n>{_NAME})\s*,\s*an?\s+(?:[a-z]+\s+){{0,2}}armed\s+(?:group|faction|"
               rf"organi[sz]ation|movement)\b"),
)
# the start of a sentence, or a word that only opens one, is no part of a name
_OPENING = {"The", "A", "An", "Its", "Their", "His", "Her", "In", "On", "By", "It", "They",
            "He", "She", "This", "That", "These", "Those"}  # fmt: skip
# what a list's entry says when it names nothing: "Armed wing: none known"
_NOTHING = {"None", "Unknown", "Not", "No", "Nil", "N/A", "See"}


def _armed_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every organisation the sentence names as an armed wing or group."""
    found: list[tuple[int, str]] = []
    for pattern in _ARMED_WING_SHAPES:
        for match in pattern.finditer(text):
            name = match["n"]
            start = match.start("n")
            words = name.split()
            while words and words[0] in _OPENING:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
            if name[:1].isupper() and words[0] not in _NOTHING:
                found.append((start, name))
    return found


def type_armed_wings(ctx: IngestContext, section: Section) -> None:
    """State as a kg:ArmedGroup every organisation a sentence of the section names as an
    armed or military wing or as an armed group: the one the graph has by that name, else a
    new one. A name the graph knows as a person or a place, and the profile's own group, are
    left alone (the review says why)."""
    for sentence in ctx.sentences(section):
        for _, name in _armed_names(sentence.text):
            names = parse_named(name)
            if not names.names:
                continue
            person_or_place, _, _ = ctx.index.lookup(names.names[0], "person", "place")
            if person_or_place is not None:
                ctx.extracted(section, f"{name!r} not typed an armed group: the graph knows "
                                       f"it as {ctx.short(person_or_place)}")
                continue
            iri = ctx.group(section, names, sentence.line)
            if iri is None or iri == ctx.subject:
                continue
            ctx.add(section, iri, RDF.type, KG.ArmedGroup, sentence.line)
            ctx.index.add_kind(iri, "group")
            ctx.extracted(section, f"{ctx.short(iri)} an armed group: named as an armed wing or "
                                   f"group ({name!r})")
