"""Attribution tested by a combinatorial bank: perpetrator form × modality wording × entry shape.

Each generated attack entry names organisations of its own and has a date of its own, so all
entries of a batch are one synthetic profile (one ingest per batch) and each entry's
attributions are picked out by its date. Attributions are (organisation, modality) with the
answer keys' modality words (conducted, claimed, attributed, suspected, denied); the profile's
group is `saf`, other organisations are named by acronym.

Shapes: one perpetrator with a modality; a joint claim; two perpetrators with different
modalities; a faction or unit named as perpetrator (it gets the attack, its parent does not); a
person or a news agency who claims for the group (the group claimed, no person becomes an
organisation); a claim made "on behalf of" the group; the group as the TARGET of another
actor (the actor only). A state or its forces as perpetrator (`kg:attributedTo` must be an
organisation, and a state is none in this model): nothing is stated for the state.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass

import pytest
from rdflib import RDF, SKOS, Dataset

from kg.ingest import ingest_profile
from kg.ingest.accuracy import _MODALITY_WORDS
from kg.namespaces import KG

# the profile's group as an entry names it
SELF_FORMS = ["the SAF", "the Sahel Front", "the group", "SAF"]
_PLACES = ["Azawad", "Bourem", "Diabaly", "Essakane", "Gourma", "Hombori", "Intahaka", "Kidal",
           "Lere", "Menaka", "Nampala", "Ouatagouna", "Rharous", "Segou", "Timbuktu",
           "Youwarou", "Zinder", "Chinagodrar", "Filingue", "Jibo", "Pissila", "Uvira",
           "Wagadou", "Quinzambougou", "Veye"]  # fmt: skip
_NOUNS = ["Brigade", "Legion", "Column", "Union", "Movement", "Army"]
DEEDS = ["the attack on a barracks", "the bombing of a bus", "the raid on a checkpoint",
         "the kidnapping of two engineers"]  # fmt: skip

# {P} a perpetrator, {Q} another, {deed} the attack as a noun phrase
CLAIMED = [
    "{P} claimed responsibility for {deed}.",
    "{P} said it had carried out {deed}.",
    "{P} took responsibility for {deed}.",
    "{P} claimed {deed}.",
    "In a statement, {P} announced that it had carried out {deed}.",
]
ATTRIBUTED = [
    "Officials attributed {deed} to {P}.",
    "The government blamed {P} for {deed}.",
    "Police held {P} responsible for {deed}.",
    "Investigators laid {deed} at the door of {P}.",
    "Authorities accused {P} of {deed}.",
]
SUSPECTED = [
    "{P} is suspected of {deed}.",
    "{P} is believed to be behind {deed}.",
    "{P} is thought to have carried out {deed}.",
    "Police suspected {P} of {deed}.",
]
DENIED = [
    "A bomb exploded in Gao. {P} denied any involvement in {deed}.",
    "A bomb exploded in Gao. {P} rejected any role in {deed}.",
    "A bomb exploded in Gao. {P} did not claim {deed}.",
    "A bomb exploded in Gao. {P} never claimed {deed}.",
]
MODALITIES = [("claimed", CLAIMED), ("attributed", ATTRIBUTED), ("suspected", SUSPECTED),
              ("denied", DENIED)]  # fmt: skip
JOINT = [
    "{P} and {Q} jointly claimed {deed}.",
    "{deed_cap} was claimed by {P} and {Q}.",
    "{P} and {Q} claimed {deed} in a joint statement.",
    "{P} claimed {deed} together with {Q}.",
]
TWO = [  # (template, modality of P, modality of Q)
    ("{P} claimed {deed}; officials attributed it to {Q}.", "claimed", "attributed"),
    ("{P} claimed {deed}, but police suspected {Q}.", "claimed", "suspected"),
    ("Officials attributed {deed} to {P}; {Q} denied any involvement.", "attributed", "denied"),
    ("{P} carried out {deed}; {Q} is suspected of helping.", "conducted", "suspected"),
]
VOICES = [  # someone claims for the group: the group claimed
    "SAF spokesman Abu Talha claimed {deed}.",
    "Abu Talha, a spokesman for the group, claimed {deed}.",
    "The group’s news agency claimed {deed}.",
    "Abu Talha claimed {deed} on behalf of the SAF.",
    "A statement issued in the name of the SAF claimed {deed}.",
]
FACTIONS = [  # a named unit acts: it, not its parent
    "{U}, a unit of the SAF, carried out {deed}.",
    "Fighters of {U}, the SAF’s special brigade, carried out {deed}.",
    "{U}, the group’s suicide unit, claimed {deed}.",
    "The SAF’s armed wing, {U}, claimed {deed}.",
    "Haddad’s group, {U}, claimed {deed}.",
]
TARGETS = [  # the group attacked by another: only the attacker
    "{Q} attacked a SAF base in Gao.",
    "Fighters of {Q} ambushed a SAF convoy near Gao.",
    "{Q} claimed an attack on the group’s camp near Gao.",
    "{Q} killed three SAF commanders in Gao.",
]
BACK = [  # "both claimed", "so did": the groups pointed back to or named
    ("{P} and {Q} fighters overran a post near Gao, and both claimed its capture.",
     "claimed", "claimed"),
    ("{P} and {Q} attacked a convoy; both groups later claimed it.", "claimed", "claimed"),
    ("{P} claimed {deed}, and so did {Q}.", "claimed", "claimed"),
    ("{deed_cap} was claimed both by {P} and by {Q}.", "claimed", "claimed"),
    ("Prosecutors charged two men and members of both {P} and {Q} over {deed}.",
     "attributed", "attributed"),
]
PARTNERS = [  # partners in the deed conducted it too
    ("{P} led the assault, with {Q}, on a base near Gao.", "conducted", "conducted"),
    ("{P} stormed the town, together with {Q}, at dawn.", "conducted", "conducted"),
]
OWN_VOICE = [  # the group's own voice, leader's men, a claim in its (alternative) name
    ("Gunmen burned a school; the spokesman, Abu Talha, said it was a warning.", "claimed"),
    ("Gunmen burned a school; its spokesman said the raid was revenge.", "claimed"),
    ("Gunmen burned a school; the spokesman said the group had nothing to do with it.",
     "denied"),
    ("Police suspected Haddad’s followers of {deed}.", "suspected"),
    ("Haddad’s men carried out {deed}.", "conducted"),
    ("A second claim was issued in the name of the Front du Sahel.", "claimed"),
    ("With the help of local guides, gunmen carried out {deed}.", "conducted"),
    ("A bomb hit Gao. A statement issued abroad in the group’s name claimed the massacre.",
     "claimed"),
    ("Armed men attacked a mission in Gao; the government attributed the attack in part to its "
     "members.", "attributed"),
    ("Three SAF members, recruited abroad, opened fire at a market in Gao.", "conducted"),
    ("Gunmen shot dead a writer in Gao; the Front claimed the killing.", "claimed"),
]
NAMED_FORCES = [  # a force named as an organisation acts; the group is its target
    ("The Royal Gourma Army raided SAF camps near Gao.", "royal-gourma-army"),
    ("The Azawad National Guard stormed a SAF hideout near Gao.", "azawad-national-guard"),
    ("Gunmen attacked a bus; the New SAF claimed the attack.", "new-saf"),
]
DESCRIBED = [  # a description before another organisation's name
    "The government blamed the Fulani militia {Q}, which denied it.",
    "Officials blamed the armed group {Q} for {deed}.",
    "Police held the rebel group {Q} responsible for {deed}.",
    "The army blamed the Dogon militia {Q}.",
]
STATES = [  # a state or its forces: no organisation is credited
    "French forces struck a SAF camp near Gao.",
    "The Malian army bombed a SAF base near Gao.",
    "Malian troops raided a SAF hideout near Gao.",
    "A French drone strike killed a SAF commander near Gao.",
]


@dataclass
class Entry:
    ident: str
    text: str
    expected: set[tuple[str, str]]


class Orgs:
    def __init__(self) -> None:
        self._names = ((p, n) for n in _NOUNS for p in _PLACES)

    def next(self) -> tuple[str, str]:
        """(first mention, key)"""
        place, noun = next(self._names)
        acronym = place[0] + noun[0]
        return f"the {place} {noun} ({acronym})", acronym.lower()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate(batch: int) -> list[Entry]:
    orgs = Orgs()
    entries: list[Entry] = []
    counter = itertools.count()

    def add(ident: str, text: str, expected: set[tuple[str, str]]) -> None:
        i = next(counter)
        deed = DEEDS[(i + batch) % len(DEEDS)]
        text = text.replace("{deed_cap}", _cap(deed)).replace("{deed}", deed)
        text = ". ".join(_cap(part) for part in text.split(". "))
        entries.append(Entry(f"{ident}-b{batch}", text, expected))

    for modality, templates in MODALITIES:
        for number, template in enumerate(templates):
            # the group in one of its forms, or another organisation
            choice = (number + batch) % (len(SELF_FORMS) + 1)
            if choice < len(SELF_FORMS):
                who, key = SELF_FORMS[choice], "saf"
            else:
                who, key = orgs.next()
            add(f"{modality}-{number}", template.replace("{P}", who), {(key, modality)})
    for number, template in enumerate(JOINT):
        (q, qkey) = orgs.next()
        who = SELF_FORMS[(number + batch) % 2]
        add(f"joint-{number}", template.replace("{P}", who).replace("{Q}", q),
            {("saf", "claimed"), (qkey, "claimed")})
    for number, (template, first, second) in enumerate(TWO):
        (q, qkey) = orgs.next()
        p, pkey = (q, qkey) if batch % 2 else ("the SAF", "saf")
        if batch % 2:
            (q, qkey) = ("the SAF", "saf")
        add(f"two-{number}", template.replace("{P}", p).replace("{Q}", q),
            {(pkey, first), (qkey, second)})
    for number, template in enumerate(VOICES):
        add(f"voice-{number}", template, {("saf", "claimed")})
    for number, template in enumerate(FACTIONS):
        (unit, ukey) = orgs.next()
        modality = "claimed" if "claimed" in template else "conducted"
        add(f"faction-{number}", template.replace("{U}", unit), {(ukey, modality)})
    for number, template in enumerate(TARGETS):
        (q, qkey) = orgs.next()
        modality = "claimed" if "claimed" in template else "conducted"
        add(f"target-{number}", template.replace("{Q}", q), {(qkey, modality)})
    for number, (template, first, second) in enumerate(BACK + PARTNERS):
        (q, qkey) = orgs.next()
        p, pkey = ("the SAF", "saf") if batch % 2 == 0 else orgs.next()
        add(f"back-{number}", template.replace("{P}", p).replace("{Q}", q),
            {(pkey, first), (qkey, second)})
    for number, (template, modality) in enumerate(OWN_VOICE):
        add(f"voice2-{number}", template, {("saf", modality)})
    for number, template in enumerate(DESCRIBED):
        (q, qkey) = orgs.next()
        add(f"described-{number}", template.replace("{Q}", q), {(qkey, "attributed")})
    for number, (template, modality) in enumerate([
        ("With {Q}, took the town of Gao.", "conducted"),
        ("With {Q}, seized a convoy near Gao.", "conducted"),
    ]):
        (q, qkey) = orgs.next()
        add(f"with-{number}", template.replace("{Q}", q), {("saf", modality), (qkey, modality)})
    # a short form of an organisation this profile names ("Jaish Ansar al-Gao"); an unknown
    # one is an organisation of its own
    for number, (template, key) in enumerate([
        ("Ansar al-Gao claimed {deed}.", "jag"),
        ("Gunmen stormed a checkpoint; Ansar al-Gao took responsibility.", "jag"),
        ("Ansar al-Timbuktu claimed {deed}.", "ansar-al-timbuktu"),
    ]):
        add(f"short-{number}", template, {(key, "claimed")})
    add("so-did-unknown", "The SAF claimed {deed}, and so did an unknown Gourma Justice Group.",
        {("saf", "claimed"), ("gourma-justice-group", "claimed")})
    for number, (template, key) in enumerate(NAMED_FORCES):
        add(f"named-{number}", template, {(key, "claimed" if "claimed" in template else
                                            "conducted")})
    for number, template in enumerate(STATES):
        add(f"state-{number}", template, set())
    return entries


BATCHES = 3
_START = datetime.date(2011, 1, 1)


def _profile(entries: list[Entry]) -> str:
    lines = []
    for i, entry in enumerate(entries):
        day = _START + datetime.timedelta(days=i)
        lines.append(f"{day:%B} {day.day}, {day.year}: {entry.text} (3 killed)")
    attacks = "\n".join(lines)
    return (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009. In 2012 it fought beside Jaish Ansar al-Gao (JAG).\n\n"
        f"Major Attacks:\n\n{attacks}\n"
    )


def attributions(graph) -> dict[str, set[tuple[str, str]]]:
    """Per attack date (ISO), its (organisation, modality) pairs."""
    found: dict[str, set[tuple[str, str]]] = {}
    for attack in graph.subjects(RDF.type, KG.Attack):
        date = str(next(graph.objects(attack, KG.date)))
        pairs = found.setdefault(date, set())
        for node in graph.objects(attack, KG.attribution):
            # organisations only: a state named as behind it is kg:attributedToState
            for group in graph.objects(node, KG.attributedTo):
                (modality,) = graph.objects(node, KG.modality)
                word = str(modality).rsplit("/", 1)[-1]
                acronyms = sorted(str(a) for a in graph.objects(group, KG.acronym))
                name = acronyms[0].lower() if acronyms else str(group).rsplit("/", 1)[-1]
                pairs.add((name, _MODALITY_WORDS.get(word, word)))
    return found


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> dict[int, tuple[dict[str, set[tuple[str, str]]], set[str]]]:
    folder = tmp_path_factory.mktemp("attribution")
    found = {}
    for batch in range(BATCHES):
        graph = ingest_profile(folder / f"saf{batch}.txt", text=_profile(generate(batch)),
                               existing=Dataset()).dataset
        names = {str(label) for node, label in graph.subject_objects(SKOS.prefLabel)
                 if "/group/" in str(node) or "/org/" in str(node)}
        found[batch] = (attributions(graph), names)
    return found


ENTRIES = [(batch, i, e) for batch in range(BATCHES) for i, e in enumerate(generate(batch))]


@pytest.mark.parametrize(("batch", "index", "entry"), ENTRIES, ids=[e.ident for _, _, e in ENTRIES])
def test_generated_entry_credits_exactly_its_perpetrators(batches, batch, index, entry):
    day = (_START + datetime.timedelta(days=index)).isoformat()
    found, _ = batches[batch]
    assert found.get(day, set()) == entry.expected, entry.text


def test_no_person_news_agency_or_state_becomes_an_organisation(batches):
    for _, names in batches.values():
        assert not any(w in n for n in names for w in (
            "Talha", "spokesman", "Agency", "French", "Malian", "Haddad"))


def test_the_bank_is_combinatorial():
    assert len(SELF_FORMS) >= 4
    assert all(len(t) >= 4 for _, t in MODALITIES)
    assert all(len(t) >= 4 for t in (JOINT, TWO, VOICES, FACTIONS, TARGETS, STATES, BACK,
                                      OWN_VOICE, DESCRIBED))
