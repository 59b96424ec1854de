"""A person others name as the doer: a court, prosecutors or the police say who did it, and
it is a man or a woman, not an organisation.

"In 2004 a court convicted Carlos Castaño of ordering the murder", "police identified the
hijacker as Panagiota Roupa", "prosecutors charged José Narváez with planning it": the entry
names its author, and the author is a person. The model credits attacks to organisations
(`kg:attributedTo`) and states (`kg:attributedToState`) only, so the person cannot be stated;
but the profile's group is then no implied subject either (the text says someone else did it,
and crediting the group would turn a person's deed, told by a court, into the group's
conduct). Nothing is stated, and the review says why."""

from __future__ import annotations

import re

from kg.ingest.attribution.claimants import _is_place
from kg.ingest.attribution.lexicon import _NOT_A_GROUP
from kg.ingest.attribution.persons_named import _person_in_profile
from kg.ingest.context import IngestContext
from kg.ingest.names import is_acronym, is_organisation_head, looks_like_person
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, Slotted

# the doer's word: who did the deed, as a court or the police name him
_DOER = (
    r"(?:hijacker|gunman|gunmen|bomber|killer|attacker|assailant|assassin|shooter|driver|"
    r"kidnapper|culprit|perpetrator|murderer|arsonist|mastermind|organi[sz]er|planner)s?"
)
# what a person is convicted, charged or sentenced for: the deed or his part in it
_PART = (
    r"(?:order(?:ing|ed)|plann?(?:ing|ed)|organi[sz](?:ing|ed)|carrying\s+out|taking\s+part|"
    r"plant(?:ing|ed)|plac(?:ing|ed)|"
    r"participat(?:ing|ion)|the\s+(?:murder|killing|bombing|attack|assassination|kidnapping|"
    r"hijacking|shooting|massacre)|murder|killing|(?:masterminding|directing|financing)|"
    # "convicted Reyat of manslaughter for the bombing": the crime the deed was judged as
    r"manslaughter|(?:attempted\s+)?murder|conspiracy|terrorism|homicide)"
)
_IN_ABSENTIA = r"(?:\s+in\s+absentia)?"

_PERSON_NAMED = re.compile(
    # "a court convicted P of ordering the murder", "prosecutors charged P with planning it"
    rf"\b(?:convicted|sentenced|charged|indicted|prosecuted)\s+(?P<a>{NAME}){_IN_ABSENTIA}\s*,?"
    rf"(?:\s+(?:a|an|the)\s+[^,;.]{{1,80}},)?\s+(?:of|for|with)\s+(?:[\w-]+\s+){{0,2}}?{_PART}\b"
    # "police identified the hijacker as P", "named the gunman as P"
    rf"|\b(?:identified|named|described)\s+(?:the\s+|one\s+of\s+the\s+)?{_DOER}\s+as\s+"
    rf"(?P<b>{NAME})(?=\s*[,.;:|)]|\s*$|\s+(?:and|who|in|on|after|before|from)\b)"
    # "P was convicted of ordering the murder"
    rf"|(?P<c>{NAME})\s*,?(?:\s+(?:a|an|the)\s+[^,;.]{{1,80}},)?\s+(?:was|were)\s+(?:later\s+)?"
    rf"(?:convicted|sentenced|found\s+guilty)\s+(?:[\w\s]{{0,20}}?\s+)?(?:of|for)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PART}\b",
)


# "a court convicted a Libyan shopkeeper of the bombing": a person described, not named
_PERSON_DESCRIBED = re.compile(
    rf"\b(?:convicted|sentenced|charged|indicted)\s+(?:an?|the|two|three|four|several)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:man|woman|men|women|youths?|teenagers?|students?|brothers|"
    rf"(?-i:[a-z]+(?:er|ist|ant|ent|ian))s?){_IN_ABSENTIA}\s+(?:of|for|with)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_PART}|attack|arson|shooting|bombing|ambush)\b",
    re.I,
)


def _is_a_person(ctx: IngestContext, name: str) -> bool:
    """A given name and a surname (or a kunya), never an organisation's name, a place or a
    nationality."""
    words = name.split()
    if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS or _is_place(ctx, name):
        return False
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return "person" in ctx.index.kinds.get(known, set())
    if looks_like_person(name) or _person_in_profile(ctx, name):
        return True
    # "Panagiota Roupa": two to four capitalised words with no organisation's head word
    if len(words) == 1:
        # "convicted Reyat of manslaughter": a surname alone, which the profile writes
        # elsewhere after given names ("Inderjit Singh Reyat"), is that person's
        return any(_is_a_person(ctx, m.group(0)) for m in re.finditer(
            rf"(?-i:(?:\b[A-Z][a-z][\w’'-]*\s+){{1,3}}){re.escape(name)}(?![\w’'-])",
            "\n".join(section.body for section in ctx.layout.sections)))
    return 2 <= len(words) <= 4 and not is_organisation_head(name) and not any(
        is_acronym(w) for w in words)


def a_person_named_as_the_doer(ctx: IngestContext, section: Section, template: Slotted) -> bool:
    """Whether an entry that credits no organisation says others named a person as the doer
    (a court's conviction, a charge, the police identifying the attacker): the profile's group
    is then no implied subject, nothing is stated, and the review keeps the words."""
    for match in _PERSON_NAMED.finditer(template.text):
        group = next(g for g in ("a", "b", "c") if match[g])
        if not _is_a_person(ctx, match[group].strip()):
            continue
        ctx.reports[section.key].unused.append((
            section.start, " ".join(template.original_span(*match.span()).split()), "attribution",
            "others name a person as the doer (a court, prosecutors or the police): a person "
            "is no perpetrator in this model, and the profile's group is not the implied "
            "subject, so nothing is stated",
        ))
        return True
    described = _PERSON_DESCRIBED.search(template.text)
    if described is not None and "⟦" not in described.group(0):
        ctx.reports[section.key].unused.append((
            section.start, " ".join(template.original_span(*described.span()).split()),
            "attribution",
            "others convicted or charged a person they describe but do not name: a person is "
            "no perpetrator in this model, and the profile's group is not the implied subject, "
            "so nothing is stated",
        ))
        return True
    return False
