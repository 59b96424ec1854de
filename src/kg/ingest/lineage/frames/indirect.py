"""Frames for the structure classes of the eighth round (`dev-8`; see
docs/ingest-lineage-grammar.md, "Structures (eighth round)"): steps whose parties the sentence
names indirectly, each written once for every predicate of its kind:

- a description, not an event: "X, established in 2013, is described by analysts as a
  splinter of Y" (X split from Y, dated by X's founding when an aside gives it);
- a named unit of the group: "the Kidal brigade broke away in 2007" (a capitalised qualifier
  and a lower-case unit noun name an organisation of its own, which split from the group, or
  from the organisation named after "of" or "from");
- a partner after "together with": "the movement, together with A, formed Y" (a merger whose
  parties are the subject and the listed organisations; people, "dissidents of A" or "a number
  of movements", are no party, and a coalition is no merger);
- a class of bodies and the named ones in it: "formed through the merger of several cells …,
  among them A, B and C", "the defence associations, the largest of them A, merged to form Y";
- a note's label naming the kind: "Split: … in 2015 he announced a new group, Y" (Y split from
  the group);
- a split told as a noun, its parent after a colon: "G was born of a split: in 1974 P and his
  followers, expelled from X, walked out and founded it" (G split from X).

Read after the seventh round's structures, before the first rounds' patterns. See
`kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    BODIES,
    DESCRIBED_AS,
    FOUND_PASSIVE,
    ITEMS,
    NAMED,
    ORG,
    PART_OF,
    SPLINTER_CUES,
    SPLINTER_NOUN,
    UNION,
    Frame,
    frame,
)
from kg.ingest.slots import NAME, G

# what a description says the organisation is taken for (`DESCRIBED_AS`)
_DESCRIBED = DESCRIBED_AS
# the organisation's founding told in an aside before the description: its date is the split's
_FOUNDING_ASIDE = rf"(?:\s*,\s*(?:{FOUND_PASSIVE})\b[^;.]{{1,160}}?,)?"
# a unit of an armed group, as a profile names one: "the South East Antrim brigade"
_UNIT_NOUN = (
    r"(?-i:brigade|battalion|company|wing|faction|cell|unit|column|regiment|squad|division|"
    r"front)"
)
# (a possessive is the unit's owner, never its name: "Dahal's faction" is no unit called
# Dahal, `kg.ingest.group_references.LEADERS_MEN` reads a leader's faction)
_NAMED_UNIT = rf"(?:the\s+)?(?:{G}|{NAME}(?<![’']s))\s+{_UNIT_NOUN}"
# bodies a merger's named members belong to ("the defence associations", "several cells")
_MERGED_BODIES = (
    rf"(?:{BODIES}|associations|committees|councils|clubs|unions|leagues|parties|fronts|"
    rf"networks|units|battalions|circles)"
)
# "among them", "the largest of them", "including": the named members of a class
_AMONG = (
    r"(?:(?:the\s+)?(?:largest|biggest|main|oldest|strongest|best[- ]known|most\s+[\w-]+|"
    r"first|chief)\s+(?:of\s+(?:them|which|these)|among\s+them)|among\s+them|among\s+which|"
    r"including|notably|chief\s+among\s+them)"
)
_FOUNDED_ACTIVE = r"(?:formed|founded|created|set\s+up|launched|established)"
# "formed the Y, a coalition …": an alliance is no merger
_NOT_A_COALITION = (
    r"(?!\s*(?:\([^()]{1,40}\))?\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:alliance|"
    r"coalition|umbrella|federation|confederation|platform|bloc|pact)\b)"
)

INDIRECT: list[Frame] = [
    # "⟦KSS⟧, established in 2013 around …, is described by several analysts as a splinter of
    # ⟦KH⟧": a description of what the organisation is, dated by its founding
    frame("i-split-described-as-splinter", "split",
       rf"(?P<x>{ORG}){_FOUNDING_ASIDE}\s+{_DESCRIBED}(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
       rf"{SPLINTER_NOUN}\s+(?:of|from)\s+{PART_OF}(?P<b>{ORG})",
       "x", ("b",), SPLINTER_CUES),
    # "The South East Antrim brigade broke away in 2007": a unit of the group named by its
    # qualifier (from the group, unless "of X" or "from X" names another)
    frame("i-split-named-unit-broke-away", "split",
       rf"(?<![\w’'-])(?P<x>{_NAMED_UNIT})(?:\s+of\s+(?P<b>{ORG}))?"
       rf"(?:\s*,\s*(?:which|that)\s+[^⟦,;.]{{1,60}},)?\s+{ADVERB}(?:broke\s+away|"
       rf"broke\s+off|split\s+(?:off|away)|splintered(?:\s+off)?|seceded|separated"
       rf"(?:\s+itself)?)\b"
       rf"(?:\s+from\s+(?P<c>{ORG}))?(?!\s+(?:from|with)\b)",
       "x", ("b", "c", "@self"),
       ("broke away", "broke off", "split", "splinter", "seceded", "separated")),
    # "the movement, together with dissidents of ⟦EPL⟧, formed ⟦AD⟧": the listed partners are
    # parties only where the phrase is a list of organisations
    frame("i-merger-together-with-formed", "merger",
       rf"(?P<a>{ORG})\s*,\s*(?:together|along)\s+with\s+(?:(?P<b>{ITEMS})|[^;.]{{1,140}}?)"
       rf"\s*,\s+{ADVERB}{_FOUNDED_ACTIVE}\s+(?P<x>{NAMED}){_NOT_A_COALITION}",
       "x", ("a", "b"), ("together with", "along with")),
    frame("i-merger-together-with-fronted", "merger",
       rf"\b(?:together|along)\s+with\s+(?P<b>{ITEMS})\s*,\s+(?P<a>{ORG})\s+{ADVERB}"
       rf"{_FOUNDED_ACTIVE}\s+(?P<x>{NAMED}){_NOT_A_COALITION}",
       "x", ("a", "b"), ("together with", "along with")),
    # "⟦KH⟧ is reported to have been formed in or about 2007 through the merger of several
    # cells that had operated since 2003 …, among them A, B and C"
    frame("i-merger-of-bodies-among-them", "merger",
       rf"(?P<x>{ORG})\s+(?:(?:is|was)\s+(?:reported|said|thought|believed|understood|known)\s+"
       rf"to\s+have\s+been|was|were)\s+{FOUND_PASSIVE}\b[^⟦;.]{{0,60}}?\s(?:through|by|from|in|"
       rf"out\s+of|of)\s+(?:the|an?)\s+{UNION}\s+of\s+[^⟦;.]{{0,60}}?\b{_MERGED_BODIES}\b"
       rf"[^⟦;.]{{0,120}}?,\s+{_AMONG}\s+(?P<a>{ITEMS})",
       "x", ("a",), ("among", "including", "notably")),
    # "the “defence associations” of Belfast, the largest of them ⟦WDA⟧ under Smith, merged …
    # to form ⟦UDA⟧": the class is no party, its named members are
    frame("i-merger-named-members-of-a-class", "merger",
       rf"\b{_MERGED_BODIES}[”\"’]?(?:\s+(?:of|in|from)\s+[^⟦;.,]{{1,40}}?)?\s*,\s*{_AMONG}\s+"
       rf"(?P<a>{ITEMS})[^⟦;.,]{{0,60}}?,\s+{ADVERB}(?:merged|united|fused|combined|amalgamated|"
       rf"came\s+together|joined\s+forces)\b[^⟦;.]{{0,80}}?\s(?:to\s+(?:form|create|found)|"
       rf"forming|creating|into|as)\s+(?P<x>{ORG})",
       "x", ("a",), ("among", "including", "notably", "of them", "of which", "of these")),
    # "⟦G⟧ was born of a split: in 1974 P and his followers, expelled from ⟦X⟧ …, walked out
    # and founded it": the split is a noun, its parent named after the colon by the leaving
    frame("i-split-born-of-a-split-colon", "split",
       rf"(?P<x>{ORG})\s+(?:(?:had|has)\s+)?(?:itself\s+)?(?:(?:was|were)\s+(?:born|formed|"
       rf"founded|created)|emerged|arose|came|"
       rf"grew|resulted|(?:is|was)\s+(?:itself\s+)?the\s+(?:product|result|outcome|fruit))\b"
       rf"[^⟦.;:]{{0,40}}?"
       rf"\s(?:of|from|out\s+of|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:split|schism|"
       # the elaboration after a colon, or in a when-clause ("…, when a faction broke away")
       rf"rupture|breach|break-?up)(?:\s*:|[^⟦.;:]{{0,30}}?,\s*when\b)\s*[^;.:]{{0,100}}?\b"
       rf"(?:expelled\s+from|(?:had\s+)?(?:left|quit|deserted)|(?:had\s+)?(?:broke|broken)\s+"
       rf"(?:away\s+|off\s+)?(?:from|with)|(?:had\s+)?split\s+(?:off\s+|away\s+)?from|"
       rf"(?:had\s+)?seceded\s+from|walked\s+out\s+of)\s+(?P<b>{ORG})",
       "x", ("b",), ("split", "schism", "rupture", "breach", "break")),
    # "Split: members who refused the pledge followed Ashmawy; in July 2015 he announced a
    # new, al-Qaida-aligned group, ⟦M⟧": the label says the kind, the note names the result
    frame("i-split-labelled-note", "split",
       rf"^\W{{0,3}}(?:split|splinter|schism|breakaway|offshoot)s?\s*:\s*[^.]{{0,200}}?\b"
       rf"(?:announced|founded|formed|launched|set\s+up|created|established|proclaimed)\s+"
       rf"(?:an?\s+)?new\b[^;.]{{0,60}}?\s(?:group|organi[sz]ation|movement|faction|front|"
       rf"outfit)\s*,\s*(?P<x>{NAMED})",
       "x", ("@self",), ("split", "splinter", "schism", "breakaway", "offshoot")),
    # "Offshoots: the ⟦Army of Islam⟧, formed in 2006 by …" (a fact sheet's or a dotted table's
    # label): the label says the kind, the value opens with the splinter's name (twelfth round)
    frame("i-split-labelled-name", "split",
       rf"^\W{{0,3}}(?:splinters?(?:\s+(?:groups?|factions?))?|offshoots?|breakaways?(?:\s+"
       rf"(?:groups?|factions?))?|spin-?offs?)\s*:\s*(?P<x>{NAMED})(?!\s*(?:[’']s|of)\b)",
       "x", ("@self",), ("splinter", "breakaway", "offshoot", "spin")),
]  # fmt: skip
