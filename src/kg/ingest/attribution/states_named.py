"""States an entry names as behind an attack, and a state's own strikes.

A state is no organisation in this model: `kg:attributedTo` (and the `kg:perpetrator` shortcut
a partner aligns with GTD's non-state perpetrators) never holds one. Yet analysts need "Russian
officials said Ukraine was behind it" and "U.S. missiles hit a meeting of the group's
commanders": who is said to stand behind an attack is the sponsorship question, and a strike
listed among a profile's attacks is a state's act. Such a state is stated on the same n-ary
`kg:Attribution` node, by `kg:attributedToState` (range `kg:Country`), with the modality of the
same scheme:

- `attributed`: others say the state did it ("attributed them to Iran", "Islamabad blamed
  India", "said Ukraine was behind it", "accused Syria of", "blamed an Israeli air strike");
- `implicated`: others suspect it ("suspected Libya of", "Iran is believed to have");
- `conducted`: the state's forces act at the opening of the entry ("U.S. missiles hit …",
  "A U.S. drone strike on …", "Iranian missiles and drones struck …").

Only a name the gazetteer knows as a country (or a nationality adjective of one) is read, never
a state's organ ("Mauritania's intelligence service", "Pakistan's Inter-Services
Intelligence": an organisation of its own), a force with no state named ("an army patrol"), or
a state's denial (a denial alone attributes nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import URIRef

from kg.ingest.context import IngestContext
from kg.ingest.resolve import DEMONYMS
from kg.namespaces import PLACE

# a state's name as the text writes it: capitalised words, no owner's "’s" after it and no
# further capitalised word (which would make it part of another name: "Iran Air")
_STATE = (
    r"(?P<state>(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}))"
    r"(?![’']s\b|[\w’'-]|\s+(?-i:[A-Z]))"
)
_DEMONYM = "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
_OF_A_STATE = rf"(?P<dem>U\.S\.|US|{_DEMONYM})"
_STATE_WEAPON = (
    r"(?:air\s*strikes?|airstrikes?|strikes?|missiles?|rockets?|shells?|drones?|drone\s+strikes?|"
    r"raids?|bombing|bombs?)"
)
_FORCE = (
    r"(?:missiles?|strikes?|airstrikes?|air\s*strikes?|drones?|drone\s+strikes?|forces|troops|"
    r"soldiers|aircraft|warplanes|jets|helicopters|commandos|special\s+forces|marines|navy)"
)

# a man of a state's office: its spies, its officers, its diplomats
_STATE_AGENT = (
    r"(?:intelligence\s+(?:officers?|agents?|officials?|operatives?)|secret\s+(?:service\s+)?"
    r"agents?|(?:army|military|security)\s+officers?|government\s+agents?|agents?|spies|spy|"
    r"diplomats?)"
)

# (modality, pattern): each pattern has a group `state` (a name) or `dem` (an adjective)
_SAID_OF_A_STATE: list[tuple[str, re.Pattern[str]]] = [
    ("attributed", re.compile(
        rf"\b(?:attributed|blamed|pinned)\s+(?:(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
        rf"(?:to|on)\s+{_STATE}(?=\s*[,.;)]|\s*$|\s+(?:and|which|who|for|as|in)\b)", re.I)),
    ("attributed", re.compile(
        rf"\bblamed\s+{_STATE}(?=\s*[,.;]|\s*$|\s+(?:and|for|over)\b)", re.I)),
    ("attributed", re.compile(rf"\baccused\s+{_STATE}\s+of\b", re.I)),
    ("attributed", re.compile(
        rf"\b(?:said|claimed|alleged|insisted|charged|concluded|stated)\s+(?:that\s+)?{_STATE}\s+"
        rf"(?:was|were|had\s+been|is)\s+(?:behind|responsible)\b", re.I)),
    ("attributed", re.compile(
        rf"\b(?:blamed|attributed\s+(?:it|them|the\s+[\w-]+)\s+to)\s+(?:an?|the)\s+"
        rf"(?:(?:misfired|stray|errant)\s+)?{_OF_A_STATE}\s+{_STATE_WEAPON}\b", re.I)),
    # "a court convicted a Libyan intelligence officer of the bombing": the state's own agent
    # found to have done it, the state is attributed (a man of no state office is no state's)
    ("attributed", re.compile(
        rf"\b(?:convicted|sentenced|indicted|charged|found)\s+(?:an?|the|two|three|several)\s+"
        rf"(?:(?:former|serving|senior)\s+)?{_OF_A_STATE}\s+(?:{_STATE_AGENT})"
        rf"(?:\s+guilty)?(?:\s+in\s+absentia)?\s+(?:of|for|over|with|in\s+connection\s+with)\b",
        re.I)),
    ("implicated", re.compile(rf"\bsuspected\s+{_STATE}\s+of\b", re.I)),
    # "Iran is widely believed to have been behind it": a suspicion of this attack only
    ("implicated", re.compile(
        rf"{_STATE}\s+(?:is|was|are|were)\s+(?:widely\s+)?(?:suspected|believed|thought)\s+to\s+"
        rf"(?:have\s+been|be)\s+behind\s+(?:it|them|the\s+(?:attacks?|bombings?|blasts?|"
        rf"killings?|plot|strikes?|assassination|kidnapping))\b", re.I)),
]
# a state's force acting at the opening of the entry, after a time or circumstance too; a
# force that suffers ("U.S. soldiers were killed") or a victim named by rank is no actor
_STATE_ACTS = re.compile(
    rf"^\W*(?:(?-i:In|On|During|After|Before|At|Early|Late|Later|Then)\b[^,;.]{{0,60}},\s*)?"
    rf"(?:(?:an?|the)\s+)?{_OF_A_STATE}\s+(?:[\w-]+\s+){{0,2}}?{_FORCE}\b"
    rf"(?!\s+(?:was|were|had|has|have)\b)(?!\s+(?-i:[A-Z]))",
    re.I,
)


# "blamed Saudi Arabia … for sheltering the group": the state is blamed for its support of the
# group, not for the attack (sponsorship as a standing relation, which the entry does not date)
_FOR_THE_GROUP = re.compile(
    r"[^.;]*?\b(?:for|of)\s+(?:sheltering|harbou?ring|hosting|protecting|backing|supporting|"
    r"arming|training|funding|financing|sponsoring|aiding|helping|tolerating)\s+(?:the\s+(?:group|"
    r"militants|movement|organi[sz]ation|rebels|insurgents|fighters|network)\b|them\b|its\b|"
    r"(?-i:[A-Z]))",
    re.I,
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[URIRef]:
    from kg.gazetteer import gazetteer

    world = gazetteer()
    return frozenset(world.iri(place) for place in world.store.of_kind("country"))


def _country(ctx: IngestContext, name: str) -> URIRef | None:
    """The country a name or a nationality adjective means, None for anything else."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if name in ("U.S.", "US"):
        iri: URIRef | None = PLACE["united-states"]
    elif name in DEMONYMS:
        iri = PLACE[DEMONYMS[name]]
    else:
        iri, _, _ = ctx.index.lookup(name)
    return iri if iri in _countries() else None


def states_named(ctx: IngestContext, prose: str) -> list[tuple[URIRef, str, str]]:
    """(country, modality, verbatim) for every state the entry names as behind the attack
    or as acting in it, in order of mention; one modality per state, the first statement's."""
    found: dict[URIRef, tuple[int, str, str]] = {}
    matches: list[tuple[int, str, re.Match[str]]] = []
    for modality, pattern in _SAID_OF_A_STATE:
        matches += [(m.start(), modality, m) for m in pattern.finditer(prose)]
    acted = _STATE_ACTS.match(prose)
    if acted is not None:
        matches.append((acted.start(), "conducted", acted))
    for start, modality, match in sorted(matches, key=lambda m: m[0]):
        if modality != "conducted" and _FOR_THE_GROUP.match(prose, match.end()):
            continue
        names = [match["dem"]] if match.re.groupindex.get("dem") and match["dem"] else [
            n for n in re.split(r"\s+and\s+", match["state"])]
        for name in names:
            country = _country(ctx, name)
            if country is not None and country not in found:
                found[country] = (start, modality, " ".join(match.group(0).split()))
    return [(c, m, v) for c, (_, m, v) in sorted(found.items(), key=lambda kv: kv[1][0])]
