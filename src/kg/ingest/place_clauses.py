"""Which clauses of an attack entry say where the attack happened, and which places in them
are only containers of another (issues #11 and #12).

An entry is a head clause that tells the attack ("Gunmen stormed the Radisson Blu hotel in
Bamako") and, often, more clauses that tell something else: who claimed it or was blamed ("JNIM
claimed the assault, citing a visit by Israel's prime minister to Chad"), who said what
("Israel … attributed the blast to a misfired rocket"), where hostages were freed or suspects
tried. A place is the attack's only when it is named in a clause whose predicate is the attack:
the head clause, or a later clause whose own predicate is an attack ("the fighting spread to
Tripoli", "a second bomb exploded in Kuta"). A clause whose predicate is a claim, an
accusation, a statement or an aftermath is read for nothing but the review, which lists every
place named there and why it is not the attack's. When the attack's clauses name no place, the
attack has none: a place from a clause about something else is never taken instead.

This works on the shape of the sentence (clause boundaries, which predicate comes first), not on
any one profile's words: the predicates are the few verbs and nouns that say an attack happened,
and the few that say someone spoke about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from kg.ingest.context import IngestContext, PlaceFinding, split_sentences
from kg.ingest.place_fields import place_text_of_fields, place_text_of_row
from kg.ingest.place_patterns import describes_a_site
from kg.ingest.report import Severity
from kg.ingest.resolve import resolve_place
from kg.ingest.sections import Section

# A predicate that tells the attack itself (verbs in any tense, and the nouns of an event that
# happens: "the fighting spread to", "a second blast hit")
_ATTACK = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s)?|bomb(?:ed|s|ing|ings)?|blasts?|explo(?:ded|des|"
    r"sions?)|went\s+off|blew\s+(?:up|themselves\s+up|himself\s+up|herself\s+up)|detonat\w+|"
    r"storm(?:ed|s|ing)|raid(?:ed|s|ing)?|ambush(?:ed|es|ing)?|kill(?:ed|s|ing)|shot|shoot\w*|"
    r"gunned|fired|opened\s+fire|shell(?:ed|s|ing)|struck|strikes?|hit|kidnapp?(?:ed|s|ing)?|"
    r"abduct(?:ed|s|ing|ions?)|hijack(?:ed|s|ing)?|seiz(?:ed|es|ing)|overr?an|overrun|"
    r"massacred?|assassinat\w+|murdered|beheaded|executed|burn(?:ed|t)|torched|set\s+fire|"
    r"destroyed|wrecked|rocked|fought|fighting|clash(?:ed|es)|battles?|offensive|"
    r"took\s+(?:\w+\s+){0,3}hostages?|held\s+(?:\w+\s+){0,3}hostages?|"
    r"incursions?|invaded|besieged|captured|occupied|entered|landed|mortared|rocketed|"
    r"hostage-taking|siege|"
    # "a booby-trapped book burst into flames at …", "gunmen burst into a church"
    r"burst|caught\s+fire|went\s+up\s+in\s+flames|"
    # "a parcel addressed to the minister had been intercepted in Lyon", "a second device was
    # defused at the station": the attack that failed is still where it was aimed
    r"(?:parcel|package|letter|bomb|device|explosives?)s?\b[^;.]{0,100}?\b(?:was|were|had\s+been|"
    r"have\s+been|has\s+been)\s+(?:intercepted|defused|disarmed|made\s+safe))\b",
    re.I,
)
# A predicate that tells something said or done about the attack, not the attack: a claim, an
# accusation, a denial, a statement, a later arrest, trial, release or transfer
_ABOUT = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|blam(?:ed|es|ing)|attribut(?:ed|es|ing)|accus(?:ed|es|ing)|"
    r"den(?:ied|ies|y)|condemn(?:ed|s)|said|says|stated|announced|declared|reported|"
    r"described|called|cited|citing|suspected|believed|thought|held\s+(?:\w+\s+){0,3}"
    r"responsible|laid|admitted|disowned|praised|arrested|detained|tried(?!\s+to\b)|charged|convicted|"
    r"sentenced|acquitted|extradited|released|freed|rescued|ransomed|paid|negotiated|"
    r"recovered|found|identified|named|estimated|estimates|verified|confirmed)\b",
    re.I,
)
# Where a clause ends inside a sentence: a semicolon, or a colon that opens an explanation
_CLAUSE_END = re.compile(r"\s*;\s*")


@dataclass(frozen=True)
class Clause:
    text: str
    attack: bool  # the head clause, or one whose first predicate is an attack
    why: str  # for the review: why a clause that is not the attack's was left out


def clauses(text: str) -> list[Clause]:
    """The clauses of an entry's text (sentences, then semicolons), each marked as telling the
    attack or something about it. The first clause is the entry's head and always tells the
    attack; a later one does when an attack predicate comes before any predicate of saying,
    claiming, accusing or an aftermath ("the fighting spread to Tripoli"), and never when a
    claim comes first ("JNIM claimed the assault, citing a visit … to Chad")."""
    result: list[Clause] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        position = 0
        for match in [*_CLAUSE_END.finditer(sentence), None]:
            piece = sentence[position : match.start() if match else len(sentence)]
            position = match.end() if match else len(sentence)
            if not piece.strip():
                continue
            if not result:
                result.append(Clause(piece, True, ""))
                continue
            attack = _ATTACK.search(piece)
            about = _ABOUT.search(piece)
            if attack is not None and (about is None or attack.start() < about.start()):
                result.append(Clause(piece, True, ""))
            elif about is not None:
                result.append(Clause(piece, False, f"its predicate is {about.group(0)!r}"))
            else:
                result.append(Clause(piece, False, "it tells no attack"))
    return result


# ", kidnapped in Birnin Kebbi in May 2011, were killed": a participle phrase set off by commas
# between a subject and its verb tells what happened to the subject before (or elsewhere); its
# places are not the attack's
_PARTICIPLE_PHRASE = re.compile(
    r",\s+(?:(?:later|first|previously|once|originally|earlier)\s+)?(?:[a-z]+ed|taken|held|"
    r"seen|born|brought|kept|flown|driven|hidden|caught|sent|stolen)\b[^,;()]{0,120}?,"
    r"(?=\s+(?:(?:were|was|had|have|has|are|is)\b|[a-z]+ed\b))"
)


# "Umar Farouk Abdulmutallab, a Nigerian said to have trained in Shabwa, tried …", "Sami
# Haddad, who had lived in Lyon, shot …", "… exploded as Airey Neave, the spokesman on Northern
# Ireland, drove out": an apposition or a relative clause that describes the subject of a
# clause (a name at its head, or after a subordinator) before its verb tells who the subject
# is, not where the attack happened
_SUBJECT_APPOSITION = re.compile(
    r"(?:^\s*|\b(?:as|when|while|after|before|because|since|until|and|but)\s+)"
    r"(?P<subject>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[- ])?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,4})(?P<aside>,\s+(?:an?|the|who|whose)\s+[^,;()]{1,150}?,)"
    r"(?=\s+(?:[a-z]+(?:ed|s)|was|were|had|has|is|are|tried|shot|set|blew|opened|drove|threw|"
    r"stabbed|took|led|sent|made|began|hid|fled)\b)"
)


# "Militants tunnelled under the fence, attacked a post inside Israel, killed two soldiers and
# abducted a third": a series of the subject's own predicates, each a past verb between commas
# (the verb after the phrase goes on to another, ", V-ed" or "and V-ed"), not a phrase about
# the subject ("The two men, kidnapped in Niamey, were killed")
_SERIES_GOES_ON = re.compile(
    r"\s+[a-z]+ed\b(?!\s+by\b)[^,;.]{0,80}?(?:,?\s+and\s+|,\s+)(?:then\s+)?[a-z]+ed\b"
)


def _without_participle_phrases(text: str) -> tuple[str, list[str]]:
    """The clause without its participle phrases and appositions about the subject, and those
    phrases."""
    phrases = [m for m in _PARTICIPLE_PHRASE.finditer(text)
               if not _SERIES_GOES_ON.match(text, m.end())]
    asides = [m.group(0) for m in phrases]
    for m in reversed(phrases):
        text = text[: m.start()] + "," + text[m.end() :]
    apposition = _SUBJECT_APPOSITION.search(text)
    if (
        apposition is not None
        and resolve_place(apposition["subject"]) is None
        and not describes_a_site(apposition["aside"])
    ):
        # never "Zinjibar, a town in Abyan, fell …": a place as the subject is where
        asides.append(apposition["aside"])
        text = text[: apposition.start("aside")] + text[apposition.end("aside") :]
    return text, asides


def attack_places(ctx: IngestContext, section: Section, text: str) -> PlaceFinding:
    """The places of the attack an entry's text tells: read from the clauses that tell the
    attack only (see `clauses`), with the places that merely contain another of them left out
    ('Kpinkankandi, in Togo's Savanes region … in Togo': the town, not the region or the
    country). Every place named in another clause is listed in the review with the reason."""
    fielded = place_text_of_fields(text)
    if fielded is not None:
        # "Target: … | Location: … | Method: …": read from the where-field alone
        # (`kg.ingest.place_fields`)
        text, label = fielded
        ctx.problem(
            section, section.start,
            f"the entry is written as labelled fields: its place is read from its {label!r} "
            "field alone" if label else "the entry is written as labelled fields, none of "
            "which says where: no place read from it",
            Severity.NOTE,
        )
    rowed = place_text_of_row(section.verbatim.split("\n", 1)[0], text) if fielded is None else None
    if rowed is not None:
        # "1996 | Addis Ababa | a bombing … | 3 killed": the cell after the date says where
        text = rowed
        ctx.problem(
            section, section.start,
            "the entry is written as a table row: its place is read from the cell after the "
            "date, which names places and nothing else",
            Severity.NOTE,
        )
    parts = clauses(text)
    kept: list[str] = []
    asides: list[str] = []
    for clause in parts:
        if clause.attack:
            main, aside = _without_participle_phrases(clause.text)
            kept.append(main)
            asides += aside
    finding = ctx.find_places("; ".join(kept))
    for aside in asides:
        other = ctx.find_places(aside, demonyms=False)
        for place in [*other.places, *(p for _, p, _ in other.references)]:
            ctx.problem(
                section,
                section.start,
                f"place {ctx.name_of(place)!r} ({ctx.short(place)}) is named in a phrase about "
                f"the subject ({aside.strip(' ,')[:80]!r}), another event: not the attack's place",
                Severity.NOTE,
            )
    for clause in parts:
        if clause.attack:
            continue
        other = ctx.find_places(clause.text, demonyms=False)
        named = [f"{ctx.name_of(p)!r} ({ctx.short(p)})" for p in other.places]
        named += [repr(w) for w, _ in other.parts]
        named += [f"{w!r} ({ctx.short(p)}, {relation})" for w, p, relation in other.references]
        named += [repr(w) for w in other.unresolved]
        for place in dict.fromkeys(named):
            ctx.problem(
                section,
                section.start,
                f"place {place} is named in a clause about something else ({clause.why}: "
                f"{clause.text.strip()[:80]!r}): not the attack's place",
                Severity.NOTE,
            )
    _drop_containers(ctx, section, finding)
    return finding


def _kind_of(place: URIRef) -> str | None:
    """The gazetteer's kind of a place (city, subdivision, country, continent), None for the
    regions of data/places.ttl and the parts and towns a profile states itself."""
    from kg.gazetteer import gazetteer

    found = gazetteer().place(str(place))
    return found.kind if found is not None else None


def _drop_containers(ctx: IngestContext, section: Section, finding: PlaceFinding) -> None:
    """The most specific place the entry names is the attack's: a place that contains another
    of its places (a country, a province, a region written beside the town) is only where that
    one lies, as the answer keys and the curated data write it."""
    # a town or a subdivision makes its containers redundant; a region or a part does not
    # ("an offensive in Mali, eventually taking control of Northern Mali": both, as the curated
    # data states them)
    inner: list[URIRef] = [
        *(p for p in finding.places if _kind_of(p) in ("city", "subdivision")),
        *(c for _, c, _ in finding.local),
    ]

    def contains_another(place: URIRef) -> bool:
        return any(other != place and place in ctx.index.ancestors(other) for other in inner) or (
            place in {c for _, c, _ in finding.local}
        )

    dropped = [p for p in finding.places if contains_another(p)]
    for place in dropped:
        finding.places.remove(place)
        ctx.problem(
            section,
            section.start,
            f"place {ctx.short(place)} only contains another place of the attack: not stated",
            Severity.NOTE,
        )
    kept_parts = []
    for written, whole in finding.parts:
        if written in finding.regions:
            kept_parts.append((written, whole))
            continue
        if any(whole == other or whole in ctx.index.ancestors(other) for other in inner):
            ctx.problem(
                section,
                section.start,
                f"{written!r} only says where another place of the attack lies: not stated",
                Severity.NOTE,
            )
            continue
        kept_parts.append((written, whole))
    finding.parts[:] = kept_parts
