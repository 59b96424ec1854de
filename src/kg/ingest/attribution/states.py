"""A state's forces acting: the profile's group is then the target, and nothing is attributed."""

from __future__ import annotations

import re

from kg.ingest.attribution.claimants import _is_place
from kg.ingest.attribution.lexicon import _UNIT_WORDS
from kg.ingest.context import IngestContext
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted

_STATE_WORDS = "|".join(sorted(re.escape(d) for d in DEMONYMS))


_FORCES = (
    r"(?:forces|army|armed\s+forces|troops|soldiers|military|air\s*force|navy|police|"
    r"gendarmes?|gendarmerie|drones?|drone\s+strikes?|air\s*strikes?|airstrikes?|jets|"
    r"warplanes|aircraft|helicopters|special\s+forces|commandos|marines|missiles?|rockets?|"
    r"(?:drone\s+|air\s*|missile\s+|artillery\s+)?strikes?|air\s+raids?|raids?|shelling|"
    r"bombardment|artillery)"
)


# a deed done to the force, told without "were": the participle then a preposition, no object
_SUFFERED = (
    r"(?:(?:ambushed|attacked|killed|targeted|shot(?:\s+dead)?|kidnapped|abducted|massacred|"
    r"wounded|injured|captured|overrun|bombed|besieged|fired\s+upon)\s+(?:on|in|near|at|along|"
    r"outside|inside|while|during|by|as|after|when)\b|(?:hit|struck|caught)\s+by\b)"
)


_STATE_ACTOR = re.compile(
    # at the opening of the entry, after a time or circumstance ("In March, French troops …",
    # "During an offensive, the army …")
    rf"^\W*(?:(?-i:In|On|During|After|Before|At|Early|Late|Later|Then)\b[^,;.]{{0,60}},\s*)?"
    rf"(?:(?:(?:an?|the)\s+)?(?:(?:{_STATE_WORDS}|U\.S\.|US|UN|NATO|coalition|government|"
    rf"security|state|federal|national|allied|international)\s+)+(?:[\w-]+\s+){{0,2}}?"
    rf"{_FORCES}\b"
    # "An army patrol caught …", "Police commandos stormed …": a force with no state named
    rf"|(?:an?|the)\s+(?:army|police|military|government|security|navy|gendarmerie)\s+"
    rf"(?:patrol|unit|column|convoy|raid|operation|offensive|ambush|squad|detachment)\b"
    # (never "Police officer A was shot …": "police" qualifying the noun after it, the victim)
    rf"|(?:troops|soldiers|police(?:men)?(?!\s+(?:officers?|officials?|chief|commanders?|"
    rf"inspector|constables?|sergeant|stations?|posts?|headquarters|barracks|academy|vans?|"
    rf"vehicles?|cars?|recruits?|cadets?|informers?)\b)|gendarmes|commandos)\b"
    rf"|(?:an?|the)\s+(?:air|drone|missile|artillery)\s*(?:strikes?|raids?|attacks?)\b)"
    # the force acts: not a victim named by rank ("U.S. Army Private Bowe Bergdahl was …")
    rf"(?!\s+(?-i:[A-Z]))(?!\s+(?:was|were|had\s+been)\b)"
    # a headline's passive with its auxiliary left out: "Security forces ambushed on the
    # border", "Soldiers killed near Gao", "Police hit by a mine": the force suffered
    rf"(?!\s+{_SUFFERED})",
    re.I,
)


# "A Front base was bombed by Malian aircraft": a state's force as the agent of the passive
_BY_A_STATE = re.compile(
    rf"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){{0,2}}?by\s+(?:(?:an?|the)\s+)?(?:(?:{_STATE_WORDS}|"
    rf"U\.S\.|US|UN|NATO|coalition|government|security|state|federal|allied)\s+)+"
    rf"(?:[\w-]+\s+){{0,2}}?{_FORCES}\b",
    re.I,
)


def acted_by_a_state(ctx: IngestContext, section: Section, prose: str) -> bool:
    """Whether an entry that credits no organisation tells an act of a state's forces
    ("French forces struck a SAF camp", "The Malian army bombed …"): the profile's group is
    then the target, not the perpetrator, and nothing is attributed. A state is no
    kg:Organisation in this model (kg:attributedTo ranges over organisations, and the answer
    keys list such a state among the entry's reference places), so the act is left in the
    review rather than typed as an organisation of its own."""
    match = _STATE_ACTOR.match(prose) or _BY_A_STATE.search(prose)
    if match is None:
        return False
    ctx.reports[section.key].unused.append((
        section.start, " ".join(match.group(0).split()), "attribution",
        "a state's forces acted: a state is not an organisation in this model, and the "
        "profile's group is the target here, so no perpetrator is stated",
    ))
    return True



# "Yemeni officials blamed al-Qaida in Yemen, the branch that …", "the government attributed it
# to Iran": others name who did it, in words no shape could read whole
_OTHERS_NAME_THE_DOER = re.compile(
    r"\b(?:blamed|accused|suspected|attributed\s+(?:[\w’'-]+\s+){0,4}?to|"
    r"(?:blamed|pinned)\s+(?:[\w’'-]+\s+){0,4}?on|held|"
    # "suspicion fell on the Kidal cartel": a suspicion told as a noun
    r"[Ss]uspicions?\s+(?:[a-z]+\s+){0,2}?(?:fell|rested|centred|centered|focused|focussed|pointed|"
    r"turned|settled)\s+(?:on|upon|to|towards?|at)|[Ss]uspicions?\s+that|"
    # the verb before its subject: "Accused the police the group of Omar Kane"
    r"(?i:blamed|accused|suspected|linked|tied)\s+(?:[\w’'-]+\s+){0,5}?(?:police|authorities|"
    r"government|officials|investigators|prosecutors|army|military)(?:\s+to)?)\s+(?:the\s+)?"
    # "blamed the network of Omar Kane": a band named for a man
    r"(?P<band>(?:group|network|men|followers|band|gang|fighters)\s+of\s+(?:the\s+)?)?"
    r"(?P<name>⟦\d+⟧|(?-i:[A-Z]))"
)


# "C Company, Adair’s old unit,": an appositive that says the name is an organisation's
_UNIT_APPOSITIVE = re.compile(
    rf"\s*,\s*(?:an?|the|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_UNIT_WORDS}|group|"
    rf"movement|organi[sz]ation|militia|front|network|coalition|alliance)\b",
    re.I,
)


# "Blamed by the police on a criminal gang", "attributed by investigators to a rival clan":
# others blame someone they describe, not the group
_BLAMED_ON_A_DESCRIPTION = re.compile(
    r"\b(?:blamed|attributed|ascribed|pinned)\s+by\s+[^.;⟦]{1,60}?\s+(?:on|to)\s+(?:an?|some)\s+"
    r"(?-i:[a-z])[\w-]*",
    re.I,
)


def others_named_an_unread_doer(ctx: IngestContext, section: Section, template: Slotted) -> bool:
    """Whether an entry that credits no organisation says others named the doer ("officials
    blamed X", "attributed it to X") where X could not be read: the profile's group is then no
    implied subject (the text names someone else, or the group in words not understood), so
    nobody is stated and the review says why."""
    described = _BLAMED_ON_A_DESCRIPTION.search(template.text)
    if described is not None:
        ctx.reports[section.key].unused.append((
            section.start, " ".join(template.original_span(*described.span()).split()),
            "attribution",
            "others blame someone they describe but do not name: the profile's group is not "
            "the implied subject, so nobody is stated",
        ))
        return True
    match = _OTHERS_NAME_THE_DOER.search(template.text)
    if match is None:
        return False
    end = min(len(template.text), match.end() + 40)
    named = template.original_span(match.start("name"), end)
    for _, written, kind, _ in ctx.reports[section.key].unused:
        if match["band"]:
            break  # "blamed the group of Omar Kane": a man's band, whoever he is, is no person
        if kind != "attribution" or not written or not named.lstrip().startswith(written):
            continue
        after = named.lstrip()[len(written):]
        if not _is_place(ctx, written) and not _UNIT_APPOSITIVE.match(after):
            return False  # the reader read the name and found a person ("suspected Kono")
    ctx.reports[section.key].unused.append((
        section.start, " ".join(template.original_span(match.start(), end).split()),
        "attribution",
        "others name who did it in words the reader could not read whole (a name that runs on, "
        "a state, a description): the profile's group is not taken as the implied subject",
    ))
    return True
