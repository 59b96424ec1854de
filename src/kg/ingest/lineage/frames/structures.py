"""Frames for the structure classes of the seventh round (`dev-5`, `dev-6`; see
docs/ingest-lineage-grammar.md, "Structures (seventh round)"). Each is a sentence *structure*
the grammar did not read, written once for every predicate of its kind:

- a named part in apposition: "a faction of X, Y, broke away" (Y split from X);
- an event noun whose relative clause names the parties: "X is the product of a merger …, in
  which A joined with (the remnants of) B";
- a person's men taken out and named: "P withdrew his men in 1968 and called them Y" (Y split
  from the group, or from the organisation named after "out of");
- notes without a subject, as a chronology writes them: "2000: renamed Y", "Began as the
  circle A, 1984; renamed X 1987" (the profile's group is the subject a note leaves out).

Read after the generated grammar, before the first rounds' patterns. See
`kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    ITEMS,
    MERGE_VERBS,
    NAMED,
    ORG,
    SHORT_GAP,
    UNION,
    Frame,
    frame,
)

_PART = r"(?:faction|wing|fraction|section|current|tendency|group|branch|cell)"
_BROKE_OFF = (
    r"(?:broke\s+away|broke\s+off|split\s+(?:off|away)|splintered(?:\s+off)?|seceded|separated|"
    r"walked\s+out|went\s+its\s+own\s+way)"
)
# what a merger's parties are called before the colon that lists them ("four opposition
# groups:"): organisations, never clans, tribes or currents
_BODIES = (
    r"(?:groups|factions|organi[sz]ations|movements|militias|bands|brigades|cells|parties|"
    r"fronts|societies|clubs|bodies|outfits|networks|guerrillas|units|battalions|wings)"
)
_MEN = r"(?:his|her|their)\s+(?:men|followers|fighters|supporters|loyalists|cadres|faction)"

STRUCTURES: list[Frame] = [
    # "In 1991 a faction of the ELN, the CRS, broke away": the part named in apposition
    frame("s-split-named-part-appositive", "split",
       rf"\b(?:an?|one|the)\s+(?:[\w-]+\s+)?{_PART}\s+of\s+(?P<b>{ORG})\s*,\s*(?P<x>{NAMED})"
       rf"\s*,\s*{ADVERB}{_BROKE_OFF}\b(?!\s+(?:from|with))",
       "x", ("b",), ("broke away", "broke off", "split", "splinter", "seceded", "separated",
                     "walked out", "own way")),
    # "X is the product of a merger announced in 2009, in which A joined with the remnants of B"
    frame("s-merger-event-in-which", "merger",
       rf"(?P<x>{ORG})\s+(?:is|was)\b(?:[^⟦.;]{{0,30}}?\s)?(?:the\s+)?(?:product|result|"
       rf"outcome|fruit|child)\s+of\s+an?\s+(?:[\w-]+\s+)?{UNION}\b{SHORT_GAP},?\s+in\s+which\s+"
       rf"(?P<a>{NAMED})\s+{MERGE_VERBS}\s+(?:with\s+)?(?:(?:the\s+)?(?:remnants|rest|remains|"
       rf"survivors)\s+of\s+)?(?P<b>{NAMED})",
       "x", ("a", "b"), ("in which",)),
    # "G is generally described as a merger, in February 2009, of four groups: A, B, C and D"
    frame("s-merger-nominal-colon-list", "merger",
       rf"(?P<x>{ORG})\s+(?:is|was)\s+(?:[^⟦.;:]{{0,40}}?\s)?(?:an?|the)\s+(?:[\w-]+\s+)?"
       rf"{UNION}\b"
       rf"[^⟦.;:]{{0,40}}?\bof\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|several|"
       rf"\d+)\s+(?:[\w-]+\s+){{0,2}}?{_BODIES}\s*:\s*(?P<a>{ITEMS})",
       "x", ("a",), ("merger", "union", "fusion", "amalgamation", "unification", "merging")),
    # "P broke away in 1977 with the X": the named body P left with is the split
    frame("s-split-broke-away-with-named", "split",
       rf"\b(?:broke\s+away|broke\s+off|split\s+off|seceded|walked\s+out)(?:\s+from\s+"
       rf"(?P<b>{ORG}))?(?:\s+(?:in|on|by|around)\s+[^⟦,.;]{{1,30}}?)?\s+with\s+"
       rf"(?P<x>{NAMED})(?![’']s)(?!\s+(?:support|backing|help|blessing|approval)\b)",
       "x", ("b", "@self"), ("broke away", "broke off", "split off", "seceded", "walked out")),
    # "Jibril withdrew his men in 1968 and called them the PFLP-GC"
    frame("s-split-took-his-men-and-named-them", "split",
       rf"\b(?:withdrew|took|led|pulled|brought)\s+{_MEN}(?:\s+out(?:\s+of\s+(?P<b>{ORG}))?)?"
       rf"{SHORT_GAP},?\s+and\s+{ADVERB}(?:called|named|dubbed|styled|christened)\s+(?:them(?:selves)?|"
       rf"it(?:self)?)\s+(?P<x>{NAMED})",
       "x", ("b", "@self"), ("his men", "her men", "their men", "his followers", "his fighters",
                             "his supporters", "his loyalists", "his cadres", "his faction")),
    # "In 2019 the Islamic State carved two new provinces out of ISKP’s territory: A and B";
    # "… carved A and B out of the group": each carved part split from the one it came out of
    frame("s-split-carved-out-of-list", "split",
       rf"\bcarved\s+(?:(?:(?:an?|one|two|three|four|several|new|separate|\d+)\s+){{1,3}}"
       rf"(?:[\w-]+\s+)?(?:provinces?|wings?|factions?|groups?|branches|organi[sz]ations?|"
       rf"units?|fronts?)\s+)out\s+of\s+(?P<b>{ORG})(?:[’']s?\s+(?:territory|ranks|"
       rf"structure|membership|forces))?\s*:\s*(?P<x>{ITEMS})",
       "x", ("b",), ("carved",)),
    frame("s-split-carved-named-out-of", "split",
       rf"\bcarved\s+(?P<x>{ITEMS})\s+out\s+of\s+(?P<b>{ORG})",
       "x", ("b",), ("carved",)),
    # a chronology's notes: "2000: renamed Aleph."; "Founded 1980; renamed Aleph in 1984" —
    # only where no organisation is named before it in the sentence (else the note may be
    # that one's: "1994: the Ansongo Cell founded; renamed …")
    frame("s-rename-note", "rename",
       rf"^(?:[^⟦;:.]{{0,40}}[;:]\s*)?(?:(?:later|then|finally)\s+)?renamed\s+(?P<x>{NAMED})",
       "x", ("@self",), ("renamed",)),
    # "2013: joined A to create Y": a note's merger, the group one of its parties
    frame("s-merger-note", "merger",
       rf"^(?:[^⟦;:.]{{0,40}}[;:]\s*)(?:(?:later|then|finally)\s+)?(?:joined(?:\s+forces)?\s+"
       rf"with|joined|merged\s+with|united\s+with|fused\s+with)\s+(?P<b>{ITEMS})\s+to\s+"
       rf"(?:create|form|found|establish|launch)\s+(?P<x>{NAMED})",
       "x", ("@self", "b"), ("joined", "merged", "united", "fused")),
    # "Began as the yoga circle A, Tokyo, 1984; renamed X 1987"
    frame("s-rename-note-began-as", "rename",
       rf"^(?:began|started|founded|formed)\s+as\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
       rf"(?P<a>{NAMED})[^;.]{{0,60}};\s*(?:(?:later|then)\s+)?renamed\s+(?P<x>{ORG})",
       "x", ("a",), ("renamed",)),
]  # fmt: skip
