"""Persons that sentences of any section show to be persons (an honorific, a role, a faction
following them, a pronoun taking them up), so they are typed kg:Person and not left untyped.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext
from kg.ingest.leaders.lexicon import _LEADER_WORD, _P
from kg.ingest.leaders.model import LeadershipState, Reading
from kg.ingest.leaders.persons import _RANKS, template
from kg.ingest.leaders.roles import _ROLE, _read_aliases, _read_roles
from kg.ingest.leaders.styles import HONORIFIC, without_office
from kg.ingest.names import names_an_organisation
from kg.ingest.sections import Section

# ------------------------------------------------------------------ persons in other sections

# "the ISI leader X", "chief prosecutor X", "trade unionist X", "his wife X": a person's noun
# right before the name
_NOUN_BEFORE = re.compile(
    rf"\b(?:leader|emir|chief|commander|founder|co-founder|spokes(?:man|woman|person)|minister|"
    rf"prosecutor|judge|adviser|advisor|unionist|journalist|businessman|businesswoman|politician|"
    rf"officer|general|diplomat|ambassador|priest|bishop|professor|lawyer|cleric|preacher|"
    rf"activist|deputy|governor|mayor|senator|president|colonel|captain|brother|sister|wife|"
    rf"husband|son|daughter|father|mother|nephew|cousin|ideologue|negotiator|industrialist|"
    rf"executive|magistrate|envoy|consul|kidnapper|hostage|member)\s+(?P<p>{_P})"
)
# "under X", "allegiance to X", "the government of X", "X led …": a person's relations
_PERSON_RELATION = re.compile(
    rf"\b(?:under|allegiance\s+to|government\s+of|regime\s+of|orders\s+of|loyal\s+to)\s+"
    rf"(?P<p>{_P})(?![’']s)"
    # the same relation to each of a list: "broke away under A, B and C"
    rf"(?:\s*,\s*(?P<p2>{_P})(?![’']s))?(?:\s*,?\s+and\s+(?P<p3>{_P})(?![’']s))?"
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
    # (a bracket after the first name, "led by A (better known as B) and C", leaves C a person)
    # (any verb of leading: "headed by X", "commanded by X", as "led by X")
    rf"|\b(?:led|headed|commanded|directed|chaired)\s+by\s+(?P<p2>{_P})(?:\s*\([^()]*\))?(?:\s*,?\s+and\s+(?P<p3>{_P}))?"
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
    # an entry's lead is no part of its sentence: "⟪D0⟫, Kano: X shot dead his …", "- ⟪D0⟫ —
    # X …", "⟪D0⟫: Location: Kano | Description: X …" (a date, the place, the fields' labels,
    # then a colon, a dash or a bar); the pronoun then in the same clause
    rf"|^\W*(?:\d{{1,3}}[.)]\s*)?⟪D\d+⟫(?:[^⟪;.]|⟪X⟫){{0,80}}?[:—–|]\s*(?P<s>{_P})(?![’']s)"
    rf"[^⟪;]{{0,120}}?⟪H⟫"
)


# Nouns only a person is: "X, the artillery lieutenant who …", "X, a Fulani preacher,".
PERSON_NOUNS = (
    r"(?:officer|lieutenant|captain|colonel|general|soldier|preacher|cleric|imam|scholar|"
    r"physician|doctor|engineer|teacher|student|lawyer|journalist|writer|poet|diplomat|"
    r"ambassador|official|politician|businessman|businesswoman|detainee|prisoner|veteran|"
    r"militant|fighter|gunman|bomber|hijacker|operative|activist|ideologue|theorist|leader|"
    r"founder|co-founder|commander|chief|emir|amir|member|man|woman|brother|sister|son|"
    r"daughter|wife|husband|father|mother|nephew|cousin|agent|informer|defector|warlord|"
    r"president|minister|king|prince|sheikh|mullah|strongman|dictator|ruler|negotiator|"
    r"coordinator)"
)
# a name in apposition with a lowercase description ending in one of those nouns: "Abbud
# al-Zumar, the intelligence officer who planned …", "Amadou Koufa, a Fulani preacher"
_DESCRIBED_AFTER = re.compile(
    rf"(?P<p>{_P})(?:\s*\([^()]*\))?\s*,\s*(?:the|a|an|his|her|its|their|⟪H⟫’s)\s+"
    rf"(?:(?:[a-z][\w’'-]*|[A-Z][a-z]+|⟪[GX]⟫)\s+){{0,4}}?{PERSON_NOUNS}s?\b(?![’'-])"
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
    found += [name for name in tpl.persons.values() if HONORIFIC.match(name)]
    # the shapes of sentence only a person fits, read for typing alone (imported here: the
    # module reads the leadership template, and this package imports it)
    from kg.ingest.context_typing import (
        PERSON_CONTEXTS,
        kunya_bearers,
        nationals,
        not_persons,
        office_holders,
    )

    found += office_holders(tpl.persons, tpl.text)
    found += kunya_bearers(tpl.persons, tpl.text)
    found += nationals(tpl.persons, tpl.text)

    for pattern in (_FOLLOWERS_OF, _NAMED_AS, _TAKEN_UP, _NOUN_BEFORE, _PERSON_RELATION,
                    _PERSON_CONTEXT, _DESCRIBED_AFTER, *PERSON_CONTEXTS):
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
    # a name that says it is an organisation's ("Jaish al-Fatah", "… Brigades") is no person,
    # whatever shape the sentence has ("a coalition headed by Jaish al-Fatah"); nor a name the
    # sentence itself says is none (its acronym, an organisation's noun in apposition, quotes),
    # unless the sentence reads it as a person's alias (then the person it names is typed)
    refused = not_persons(tpl.persons, tpl.text)
    return list(dict.fromkeys(aliases.get(name, name) for name in found
                              if not names_an_organisation(aliases.get(name, name))
                              and (name in aliases or name not in refused)))


def type_persons(ctx: IngestContext, section: Section) -> None:
    """State as a kg:Person everyone a section's sentences show to be a person (see
    `persons_in`), unless the graph already knows the name as a group or organisation."""
    from kg.ingest.context_typing import state_person

    state = LeadershipState()
    for sentence in ctx.sentences(section):
        for name in persons_in(ctx, sentence.text, state):
            known, _, _ = ctx.index.lookup(name, "group", "organisation", "place")
            if known is not None:
                continue
            # an office is not part of the name: "President Yoweri Museveni"
            name = without_office(name)
            iri = ctx.person(section, name, sentence.line)
            # stated here even where the graph knows the person: this sentence's evidence,
            # with its provenance (kg.ingest.context_typing.state_person)
            state_person(ctx, section, iri, sentence.line)
            ctx.extracted(section, f"{ctx.short(iri)}: a person (named in a role or taken up "
                          "by a pronoun)")


