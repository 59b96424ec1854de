"""Which words of a profile point to which concept of our SKOS schemes.

The tables are data, kept together so an analyst can read and extend them; a test checks that
every concept named here exists in `ontology/vocab/`. Attack, weapon and target types follow the
GTD codebook's own keyword conventions (a mine or an IED is a bombing with explosives; a named
person killed is an assassination); where an entry says nothing that maps, the GTD "unknown"
concept is used rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import URIRef

from kg.namespaces import (
    ATTACK_TYPE,
    FUNDING_ACTIVITY,
    GOAL,
    IDEOLOGY,
    LEGAL_OUTCOME,
    ORG_STRUCTURE,
    TACTIC,
    TARGET_TYPE,
    WEAPON_TYPE,
)

Rules = list[tuple[re.Pattern[str], URIRef]]


def _rules(pairs: Iterable[tuple[str, URIRef]]) -> Rules:
    return [(re.compile(pattern, re.I), concept) for pattern, concept in pairs]


ATTACK_TYPES: Rules = _rules([
    # a named person killed: "killed U.S. citizen Christopher Legget"
    (r"\bassassinat\w*|\bkill(?:ed|ing)\s+(?:U\.S\.\s+citizen\s+|(?-i:[A-Z][\w.]*\s+))?(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)", ATTACK_TYPE["assassination"]),  # noqa: E501
    (r"\bhijack\w*", ATTACK_TYPE["hijacking"]),
    (r"\bhostage|\bkidnap\w*|\babduct\w*", ATTACK_TYPE["hostage-taking-kidnapping"]),
    (r"\bbomb\w*|\bexplosi\w*|\bIEDs?\b|\bmines?\b|\bmortars?\b|\brockets?\b|\bgrenades?\b", ATTACK_TYPE["bombing-explosion"]),  # noqa: E501
    (r"\bguerr?ill?a\b|\bsmall arms\b|\battacked\b|\bstormed\b|\bassault\w*|\boffensive\b|\bambush\w*|\bgunmen\b|\bshooting\b|\bopened fire\b|\braid\w*", ATTACK_TYPE["armed-assault"]),  # noqa: E501
    (r"\bsabotage\w*|\barson\b|\bset fire\b", ATTACK_TYPE["facility-infrastructure-attack"]),
])
WEAPON_TYPES: Rules = _rules([
    (r"\bbomb\w*|\bexplosi\w*|\bIEDs?\b|\bmines?\b|\bmortars?\b|\brockets?\b|\bgrenades?\b", WEAPON_TYPE["explosives"]),  # noqa: E501
    (r"\bsmall arms\b|\bguns?\b|\bgunmen\b|\bfirearms?\b|\brifles?\b|\bAK-47s?\b|\bshooting\b|\bopened fire\b", WEAPON_TYPE["firearms"]),  # noqa: E501
    (r"\bknife|\bknives|\bmachete|\bbeheaded\b", WEAPON_TYPE["melee"]),
    (r"\bincendiar\w*|\barson\b|\bset fire\b", WEAPON_TYPE["incendiary"]),
])
TARGET_TYPES: Rules = _rules([
    (r"\bgovernment\b|\bPresident\b|\bConstitutional Court\b|\bcourt\b|\bministry\b|\bparliament\b|\bofficials?\b", TARGET_TYPE["government-general"]),  # noqa: E501
    (r"\bUN\b|\bUnited Nations\b|\bMINUSMA\b|\bembass(?:y|ies)\b|\bAmbassador\b|\bdiplomat\w*|\bpeacekeep\w*|\bconsulate\b", TARGET_TYPE["government-diplomatic"]),  # noqa: E501
    (r"\bpolice\w*|\bgendarm\w*", TARGET_TYPE["police"]),
    (r"\bmilitary\b|\bsoldiers?\b|\btroops\b|\barmy\b|\bbarracks\b", TARGET_TYPE["military"]),
    (r"\bcaf[eé]s?\b|\bhotels?\b|\brestaurants?\b|\bresorts?\b|\bcompan(?:y|ies)\b|\bcorporations?\b|\bbusiness\w*|\bmine\s+site|\buranium mine\b|\bgas (?:facility|plant|field)", TARGET_TYPE["business"]),  # noqa: E501
    (r"\bmissionar\w*|\bchurch\w*|\bmosques?\b|\bclerics?\b|\bimams?\b", TARGET_TYPE["religious-figures-institutions"]),  # noqa: E501
    (r"\btourists?\b", TARGET_TYPE["tourists"]),
    (r"\baid workers?\b|\bNGOs?\b|\bcharit\w*|\bhumanitarian\b", TARGET_TYPE["ngo"]),
    (r"\bjournalists?\b|\breporters?\b|\bmedia\b", TARGET_TYPE["journalists-media"]),
    (r"\bcivilians?\b|\bEuropeans\b|\bforeigners\b|\bvillagers\b", TARGET_TYPE["private-citizens-property"]),  # noqa: E501
    (r"\bschools?\b|\buniversit\w*|\bteachers?\b|\bstudents?\b", TARGET_TYPE["educational-institution"]),  # noqa: E501
    (r"\bairports?\b|\baircraft\b|\bairliners?\b", TARGET_TYPE["airports-aircraft"]),
])
HOSTAGE_TARGET = TARGET_TYPE["private-citizens-property"]
SUICIDE = re.compile(r"\bsuicide\b", re.I)

FUNDING: Rules = _rules([
    (r"\bkidnap\w*(?: [\w-]+){0,2} (?:for )?ransom|\bransom\w*", FUNDING_ACTIVITY["kidnapping-for-ransom"]),  # noqa: E501
    (r"\b(?:traffick\w*|smuggl\w*)\b[^.]*?\b(?:arms|weapons)\b|\barms (?:traffick|smuggl)\w*", FUNDING_ACTIVITY["arms-trafficking"]),  # noqa: E501
    (r"\b(?:traffick\w*|smuggl\w*)\b[^.]*?\bvehicles?\b|\bvehicle (?:traffick|smuggl)\w*", FUNDING_ACTIVITY["vehicle-trafficking"]),  # noqa: E501
    (r"\b(?:traffick\w*|smuggl\w*)\b[^.]*?\b(?:cigarettes?|tobacco)\b|\b(?:cigarette|tobacco) (?:traffick|smuggl)\w*", FUNDING_ACTIVITY["cigarette-trafficking"]),  # noqa: E501
    (r"\b(?:traffick\w*|smuggl\w*)\b[^.]*?\b(?:persons|people|migrants|humans?)\b|\bhuman (?:traffick|smuggl)\w*", FUNDING_ACTIVITY["human-trafficking"]),  # noqa: E501
])
TACTICS: Rules = _rules([
    (r"\bguerr?ill?a(?:-style)? raids?\b|\bhit-and-run\b", TACTIC["guerrilla-raids"]),
    (r"\bassassinations?\b", TACTIC["assassination"]),
    (r"\bsuicide (?:bombings?|attacks?|bombers?)\b", TACTIC["suicide-bombing"]),
    (r"\bkidnap\w*|\babduct\w*", TACTIC["kidnapping"]),
    (r"\bexecut\w*|\bbehead\w*", TACTIC["hostage-execution"]),
    (r"\bsmall[- ]arms\b", TACTIC["small-arms-attacks"]),
    (r"\bmortars?\b|\brockets?\b", TACTIC["mortar-rocket-attacks"]),
    (r"\bIEDs?\b|\bimprovised explosive", TACTIC["ied-attacks"]),
])
STRUCTURE: Rules = _rules([
    (r"\bbrigades?\b|\bkatibas?\b|\bbattalions?\b", ORG_STRUCTURE["brigades"]),
    (r"\b(?:independent|autonomous|semi-autonomous)[\w\s-]{0,12}cells?\b|\bcells\b", ORG_STRUCTURE["independent-cells"]),  # noqa: E501
    (r"\bsyndicate\b|\bcoalition\b|\bumbrella\b", ORG_STRUCTURE["syndicate"]),
])
GOALS: Rules = _rules([
    (r"\bwestern influence\b|\bexpel\w*[^.]{0,40}\b(?:west|france|foreign)", GOAL["expel-western-influence"]),  # noqa: E501
    (r"\bapostate\b|\boverthrow\w*", GOAL["overthrow-apostate-governments"]),
    (r"\bsharia\b|\bislamic (?:law|state|rule)\b", GOAL["establish-sharia-rule"]),
])
IDEOLOGIES: Rules = _rules([
    (r"\bsalafi[- ]jihad\w*|\bjihadi[- ]salaf\w*", IDEOLOGY["salafi-jihadism"]),
    (r"\bglobal jihad\w*", IDEOLOGY["global-jihad"]),
    (r"\bregionally resonant\b|\bhistorical narratives?\b|\bearly islamic conquest\b", IDEOLOGY["regional-historical-narratives"]),  # noqa: E501
])
LEGAL_OUTCOMES: Rules = _rules([
    (r"\bto death\b|\bdeath sentence\b", LEGAL_OUTCOME["death-sentence"]),
    (r"\bto (?:jail|prison)\b|\bprison\b|\bimprisonment\b|\byears in jail\b", LEGAL_OUTCOME["prison-sentence"]),  # noqa: E501
])

ALL_RULES: dict[str, Rules] = {
    "attack-type": ATTACK_TYPES,
    "weapon-type": WEAPON_TYPES,
    "target-type": TARGET_TYPES,
    "funding-activity": FUNDING,
    "tactic": TACTICS,
    "org-structure": STRUCTURE,
    "goal": GOALS,
    "ideology": IDEOLOGIES,
    "legal-outcome": LEGAL_OUTCOMES,
}


def concepts_in(text: str, rules: Rules) -> list[tuple[URIRef, str]]:
    """The concepts whose words occur in the text, in the order the text names them, each with
    the words that matched."""
    hits: dict[URIRef, tuple[int, str]] = {}
    for pattern, concept in rules:
        match = pattern.search(text)
        if match and concept not in hits:
            hits[concept] = (match.start(), match.group(0))
    return [(c, words) for c, (_, words) in sorted(hits.items(), key=lambda kv: kv[1][0])]
