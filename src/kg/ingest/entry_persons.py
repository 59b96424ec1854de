"""Persons an attack entry shows to be persons, read from the structure around the name.

An entry names its victims, its attackers and the officials who speak about it in a handful of
structures, whatever the words: a rank or a title before the name ("Captain George Tsantes",
"Brigadier Stephen Saunders"), a person's noun before it ("the industrialist Özdemir Sabancı",
"engineer Chris McManus"), an appositive that gives a role after it ("Richard Welch, the CIA’s
station chief,") or before it ("A counsellor at the Turkish embassy, Ömer Haluk Sipahioğlu,"),
and a verb only a person suffers in the passive ("Rodolfo Aguinaldo … was shot dead"). A name
in such a place is typed kg:Person (typing from context, issue #12) and never an organisation.

Refused, so that nothing is typed wrong: a name with an organisation's head word ("… Front",
"… Brigade"), a name the index knows as a group, an organisation or a place, a name opening
with a nationality adjective or a word that opens sentences.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext
from kg.ingest.names import is_adjective_word, is_organisation_head
from kg.ingest.sections import Section

# a person's name as entries write it: two to four capitalised words ("Ömer Haluk Sipahioğlu",
# "Baha Abu al-Ata", "Elisabeth von Dyck"), particles inside
_WORD = r"[A-ZÀ-ÖØ-ÞŞĞİ][\w’'\-]{1,30}"
_PARTICLE = r"(?:al-|el-|ad-|von\s|van\s|de\s|da\s|del\s|bin\s|ibn\s|abu\s|Abu\s|bint\s)"
PERSON_NAME = rf"(?-i:{_WORD}(?:\s+{_PARTICLE}?{_WORD}|\s+{_PARTICLE}[\w’'\-]{{2,30}}){{1,3}})"

_RANK = (
    r"(?:Brigadier(?:\s+General)?|General|Colonel|Lieutenant(?:\s+Colonel)?|Major|Captain|"
    r"Admiral|Commander|Sergeant|Corporal|Private|Constable|Inspector|Superintendent|"
    r"President|Vice\s+President|Prime\s+Minister|Minister|Senator|Governor|Mayor|Judge|"
    r"Ambassador|Consul|Dr\.?|Professor|Father|Sheikh|Mullah|Imam|Bishop|King|Prince|"
    r"Congressman|Congresswoman|Deputy|Chief\s+Justice|Attorney\s+General)"
)
_ROLE_NOUN = (
    r"(?:businessman|businesswoman|industrialist|engineer|journalist|reporter|lawyer|judge|"
    r"magistrate|prosecutor|diplomat|priest|missionary|tourist|teacher|doctor|nurse|"
    r"politician|deputy|congressman|congresswoman|senator|mayor|governor|minister|officer|"
    r"soldier|policeman|policewoman|constable|attach[ée]|counsell?or|ambassador|consul|"
    r"student|activist|chairman|chairwoman|president|founder|co-founder|commander|chief|"
    r"head|director|executive|manager|banker|publisher|editor|scholar|professor|cleric|"
    r"preacher|economist|adviser|advisor|spokes(?:man|woman|person)|leader|member|"
    r"emir|ideologue|trainee|worker|farmer|guard|pilot|driver|bodyguard|hostage|"
    r"station\s+chief|son|daughter|wife|husband|brother|sister|father|mother)"
)
_VICTIM_VERB = (
    r"(?:shot(?:\s+dead)?|killed|kidnapped|abducted|assassinated|murdered|stabbed|beheaded|"
    r"executed|taken\s+hostage|seized|captured|wounded|injured|ambushed)"
)

_RANK_BEFORE = re.compile(rf"^(?:{_RANK}\s+)+")

_CUES = [
    # "Captain George Tsantes", "U.S. Army Colonel James Rowe", "President Islam Karimov"
    re.compile(rf"\b{_RANK}\s+(?P<p>{PERSON_NAME})"),
    # "the industrialist Özdemir Sabancı", "British engineer Chris McManus"
    re.compile(rf"\b{_ROLE_NOUN}\s+(?P<p>{PERSON_NAME})", re.I),
    # "Richard Welch, the CIA’s station chief,": a role in an appositive after the name
    re.compile(
        rf"(?P<p>{PERSON_NAME})\s*,\s*(?:(?:a|an|the|its|his|her)\s+)?(?:[^,;.()]{{0,60}}?\s)?"
        rf"{_ROLE_NOUN}\b[^,;()]{{0,60}}[,;(]",
        re.I,
    ),
    # "A counsellor at the Turkish embassy, Ömer Haluk Sipahioğlu,": the role before the name
    re.compile(
        rf"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_ROLE_NOUN}\b[^,;.()]{{0,60}},\s*"
        rf"(?P<p>{PERSON_NAME})\s*[,;]",
        re.I,
    ),
    # "Rodolfo Aguinaldo, a congressman, was shot", "Stephen Carroll was shot dead"
    re.compile(rf"(?P<p>{PERSON_NAME})(?:\s*,[^,;.]{{1,80}},)?\s+(?:was|were)\s+{_VICTIM_VERB}\b"),
]

_NOT_FIRST = re.compile(
    r"(?-i:(?:The|A|An|In|On|At|By|After|Before|During|Two|Three|Four|Five|Six|Ten|Police|"
    r"Gunmen|Militants|Fighters|Soldiers|Troops|Officials|Security|Government|Army|Islamic|"
    r"National|United|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|"
    r"Old|Saint|St\.?|Mount|Lake|Cape|Port|Fort|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)


def persons_in_entry_text(ctx: IngestContext, section: Section, text: str) -> list[str]:
    """Persons the entry's structure shows, typed kg:Person in the entry's graph; returns the
    names as written."""
    found: list[str] = []
    for cue in _CUES:
        for match in cue.finditer(text):
            name = _RANK_BEFORE.sub("", " ".join(match["p"].split()))
            if name in found or not _could_be_person(ctx, name):
                continue
            ctx.person(section, name, section.start)
            found.append(name)
    return found


def _could_be_person(ctx: IngestContext, name: str) -> bool:
    words = name.split()
    if len(words) < 2 or _NOT_FIRST.match(name) or is_adjective_word(words[0]):
        return False
    if is_organisation_head(name) or re.search(r"\b(?:Embassy|Hotel|Airport|Street|Avenue|"
                                               r"Square|Bridge|Station|Centre|Center|Club|"
                                               r"Bar|Party|Company|Ministry|Court|Base)\b",
                                               name):
        return False
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return "person" in ctx.index.kinds.get(known, set())
    # the whole name a place ("Kiryat Arba"), not a place inside it ("George" in a person's)
    return not any(ctx.name_of(place) == name
                   for place in ctx.find_places(name, demonyms=False).places)
