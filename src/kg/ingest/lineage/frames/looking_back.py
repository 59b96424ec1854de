"""Frames for the structure classes of the ninth round (`dev-9`; see
docs/ingest-lineage-grammar.md, "Structures (ninth round)"): steps a profile tells looking
back from the present, each written once for every wording of its kind:

- a former name behind a time boundary: "Before then it called itself Y", "until 2005 the
  group was known as Y", "the group went by Y until 2005", "it was originally called Y" (Y is
  the organisation's earlier name: Y renamed into it, never the other way round);
- the founders' old organisation: "its founders belonged to X, which they left in 2002",
  "the group's founders quit X in 2002" (the group split from X);
- a faction told before its name: "a faction led by P was split from X; the new organisation
  was called Y", "a faction under P was expelled from X …; the new party took the name Y"
  (Y split from X, once a later clause names it).

`LOOKING_BACK` is read first (its frames are the more specific readings of "called itself"
and "left"), `NAMED_LATER` after the eighth round's frames, before the first rounds' patterns. See
`kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import ADVERB, NAMED, ORG, Frame, frame

# the boundary a former name held until: "until 2005", "before then", "before that", "till the
# congress of 1974"
_BOUNDARY = (
    r"(?:until|till|up\s+to|before)\s+(?:then|that(?:\s+time)?|this|[^⟦,.;]{1,30}?)"
)
# how a text says an organisation bore a name: "called itself", "was known as", "went by"
_BORE_THE_NAME = (
    r"(?:(?:had\s+)?called\s+itself|(?:was|were|had\s+been)\s+(?:called|known\s+as|named)|"
    r"went\s+by(?:\s+the\s+name(?:\s+of)?)?|used\s+the\s+name(?:\s+of)?|"
    r"operated\s+(?:as|under\s+the\s+name(?:\s+of)?))"
)
_FIRST = r"(?:originally|initially|at\s+first)"
# "first called itself A and then B": a chain of names, read step by step elsewhere
_NOT_A_CHAIN = r"(?!\s*(?:\([^()]{1,60}\))?\s*,?\s*(?:and\s+)?(?:then|later|afterwards)\b)"
# the founding members through whom a text tells where the group came from
_FOUNDERS = (
    r"(?:its|the\s+group[’']s|the\s+organi[sz]ation[’']s|the\s+movement[’']s)\s+"
    r"(?:founders|founding\s+members|first\s+members|original\s+members|core\s+members|"
    r"founding\s+cadres)"
)
_WERE_IN = (
    r"(?:had\s+)?(?:belonged\s+to|been\s+members\s+of|were\s+members\s+of|were\s+(?:all\s+)?in|"
    r"came\s+from|(?:had\s+)?served\s+in)"
)
_THEY_LEFT = (
    r"(?:(?:\s*\([^()]{1,60}\))?\s*,\s*(?:which|whom)\s+they\s+(?:had\s+)?(?:left|quit|"
    r"abandoned|deserted)\b|\s+(?:until|before)\s+(?:they\s+)?(?:left|quitting|leaving)\s+it\b|"
    r"\s+and\s+(?:then\s+)?(?:left|quit)\s+it\b)"
)
_LEFT_NOW = (
    r"(?:left|quit|deserted|abandoned|walked\s+out\s+of|broke\s+(?:away\s+)?(?:from|with)|"
    r"(?:had\s+)?broken\s+(?:away\s+)?(?:from|with)|split\s+(?:off\s+)?from)"
)
# a faction not yet named: "a Marxist faction led by P", "the radical wing under P"
_FACTION = (
    r"\b(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?(?-i:faction|wing|tendency|current|splinter\s+"
    r"group|minority|majority)\b[^.;⟦]{0,60}?"
)
_DRIVEN_FROM = (
    r"(?:was|were)\s+{ADVERB}(?:split|expelled|separated|driven|forced|pushed|thrown)\s+"
    r"(?:off\s+|out\s+|away\s+)?(?:from|of)"
).replace("{ADVERB}", ADVERB)
# a faction told by its leaders, who may be two and have other names: "a faction led by P
# (better known as Q) and R"
_FACTION_LED = _FACTION.replace("{0,60}", "{0,110}")
# the same leaving told in the active: "a faction led by P split from X"
_LEFT_ACTIVE = (
    r"(?:{ADVERB}(?:split|splintered|broke\s+away|broke\s+off|seceded|separated|walked\s+out)"
    r"\s+(?:off\s+|away\s+)?(?:from|of)|{ADVERB}(?:left|quit))"
).replace("{ADVERB}", ADVERB)
_NEW_BODY = (
    r"\bthe\s+(?:new|breakaway|splinter|dissident)\s+(?-i:organi[sz]ation|group|movement|party|"
    r"front|formation|faction|outfit)"
)

LOOKING_BACK: list[Frame] = [
    # "Before then it called itself ⟦Y⟧", "Until 2005, the group was known as ⟦Y⟧"
    frame("b-former-name-before-boundary", "rename",
       rf"\b{_BOUNDARY}\s*,?\s+(?P<x>{ORG})\s+{ADVERB}(?:{_FIRST}\s+)?{_BORE_THE_NAME}\s+"
       rf"(?P<a>{NAMED})",
       "x", ("a",), ("until", "till", "up to", "before")),
    # "The group went by ⟦Y⟧ until 2005", "it called itself ⟦Y⟧ before the congress of 1974"
    frame("b-former-name-boundary-after", "rename",
       rf"(?P<x>{ORG})\s+{ADVERB}(?:{_FIRST}\s+)?{_BORE_THE_NAME}\s+(?P<a>{NAMED})"
       rf"(?:\s*\([^()]{{1,60}}\))?\s*,?\s+(?:until|till|up\s+to|before)\s+[^⟦,.;]{{1,30}}",
       "x", ("a",), ("until", "till", "up to", "before")),
    # "The group was originally called ⟦Y⟧", "At first, it called itself ⟦Y⟧"
    frame("b-former-name-originally", "rename",
       rf"(?:(?P<x>{ORG})\s+(?:(?:was|were|had\s+been)\s+{_FIRST}\s+(?:called|known\s+as|named)|"
       rf"{_FIRST}\s+(?:called\s+itself|went\s+by(?:\s+the\s+name(?:\s+of)?)?|used\s+the\s+name"
       rf"(?:\s+of)?))|\b(?:originally|initially|at\s+first|in\s+its\s+(?:early|first)\s+years)"
       rf"\s*,?\s+(?P<x2>{ORG})\s+{_BORE_THE_NAME})\s+(?P<a>{NAMED}){_NOT_A_CHAIN}",
       "x|x2", ("a",), ("originally", "initially", "at first", "early years", "first years")),
    # "its founders belonged to ⟦X⟧, which they left in 2002"; "the group's founders quit ⟦X⟧"
    frame("b-founders-left", "split",
       rf"\b{_FOUNDERS}\s+(?:{_WERE_IN}\s+(?P<b>{ORG}){_THEY_LEFT}|{ADVERB}{_LEFT_NOW}\s+"
       rf"(?P<b2>{ORG}))",
       "@self", ("b", "b2"), ("founders", "founding members", "first members",
                              "original members", "core members", "founding cadres")),
]  # fmt: skip

# "After ⟦X⟧ dissolved in 1995, its members formed ⟦Y⟧": the end of X, then what its people made
_ENDED = (
    r"(?:dissolved(?:\s+itself)?|disbanded|collapsed|fell\s+apart|broke\s+up|was\s+dissolved|"
    r"was\s+disbanded|ceased\s+to\s+exist|wound\s+itself\s+up)"
)
_ITS_PEOPLE = (
    r"(?:(?:many|most|some|several|a\s+number|hundreds|dozens)\s+of\s+)?(?:its|their)\s+"
    r"(?:former\s+)?(?:members|fighters|cadres|militants|leaders|commanders|veterans|activists)"
)
_NOMINAL_SPLIT = r"(?:split|secession|breakaway|break-?away|departure|defection|exit)"

LOOKING_BACK += [
    # "After ⟦X⟧ disbanded in 2001, many of its fighters founded ⟦Y⟧": Y split from X, as
    # "the remnants of X formed Y" is read; the date of X's end is not Y's
    frame("b-after-it-ended-its-members-formed", "split",
       rf"\b(?:after|when|once|following)\s+(?P<b>{ORG})\s+(?:had\s+)?{_ENDED}\b[^⟦.;]{{0,40}}?,?"
       rf"\s+{_ITS_PEOPLE}\s+{ADVERB}(?:formed|founded|created|set\s+up|launched|established|"
       rf"regrouped\s+as)\s+(?P<x>{ORG})",
       "x", ("b",), ("dissolved", "disbanded", "collapsed", "fell apart", "broke up",
                     "ceased", "wound")),
    # "the split of ⟦Y⟧ from ⟦X⟧ in 2004", "⟦Y⟧’s secession from ⟦X⟧": a split told as a noun
    frame("b-split-nominal-of-from", "split",
       rf"\b(?:the|a|its)\s+(?:[\w-]+\s+)?{_NOMINAL_SPLIT}\s+of\s+(?P<x>{ORG})\s+from\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), ("split of", "secession of", "breakaway of", "departure of",
                     "defection of", "exit of")),
]

# Read after the eighth round's frames: a clause a fuller frame reads ("a faction … was
# expelled from ⟦X⟧ and founded ⟦Y⟧") is that frame's.
NAMED_LATER: list[Frame] = [
    # "a faction led by P was expelled from ⟦X⟧ and named itself ⟦Y⟧": named in one breath
    frame("b-faction-driven-from-and-named", "split",
       rf"{_FACTION}\s{_DRIVEN_FROM}\s+(?P<b>{ORG})[^⟦.;]{{0,60}}?\s+and\s+{ADVERB}"
       rf"(?:(?:named|called|styled)\s+itself|took\s+(?:on\s+)?the\s+name(?:\s+of)?|formed|"
       rf"founded|set\s+up|became\s+known\s+as|re-?emerged\s+as)\s+(?P<x>{NAMED})",
       "x", ("b",), ("faction", "wing", "tendency", "current", "splinter", "minority",
                     "majority")),
    # "a faction led by P split from ⟦X⟧ over … and took the name ⟦Y⟧", "the radical wing under
    # P broke away from ⟦X⟧ and called itself ⟦Y⟧": the same told in the active (twelfth round)
    frame("b-faction-left-and-named", "split",
       rf"{_FACTION_LED}\s{_LEFT_ACTIVE}\s+(?P<b>{ORG})[^⟦.;]{{0,80}}?\s+and\s+{ADVERB}"
       rf"(?:(?:named|called|styled)\s+itself|took\s+(?:on\s+)?the\s+(?:(?:old|former)\s+)?"
       rf"name(?:\s+of)?|adopted\s+the\s+name(?:\s+of)?|formed|founded|set\s+up|became\s+"
       rf"known\s+as|re-?emerged\s+as)\s+(?P<x>{NAMED})",
       "x", ("b",), ("faction", "wing", "tendency", "current", "splinter", "minority",
                     "majority")),
    # "a Marxist faction led by P was split from ⟦X⟧ …": the new organisation is named later
    frame("b-faction-driven-from", "split-unnamed",
       rf"{_FACTION}\s{_DRIVEN_FROM}\s+(?P<b>{ORG})",
       "", ("b",), ("faction", "wing", "tendency", "current", "splinter", "minority",
                    "majority")),
    # "…; the new organisation was called ⟦Y⟧", "the breakaway group took the name ⟦Y⟧"
    frame("b-new-body-named", "names-the-split",
       rf"{_NEW_BODY}\s+{ADVERB}(?:(?:was|were)\s+{ADVERB}(?:called|named|christened|dubbed)|"
       rf"(?:named|called|styled)\s+itself|took\s+(?:on\s+)?the\s+name(?:\s+of)?|"
       rf"became\s+known\s+as|adopted\s+the\s+name(?:\s+of)?)\s+(?P<x>{NAMED})",
       "x", (), ("new", "breakaway", "splinter", "dissident")),
]  # fmt: skip
