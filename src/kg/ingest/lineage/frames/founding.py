"""Lineage told through how an organisation came to be (round three of issue #12): "formed
when X left Y", "born of a split in Y", "a faction that left Y and named itself X", "its
roots lie in Y". Read first: the most specific shapes. See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    ASIDE,
    BODIES,
    FOUND_INFINITIVE,
    FOUND_PASSIVE,
    FOUNDED_ACTIVE,
    ITEMS,
    NAMED,
    NAMED_ITSELF,
    ORG,
    ORGS,
    PART_OF,
    SHORT_GAP,
    WHEN,
    WHEN_LEFT,
    Frame,
    frame,
)

# Round three (issue #12): shapes the second held-out set told and no frame read.
FOUNDING: list[Frame] = [
    # "⟦DF⟧, formed in May 2010 when Ali Musa left ⟦NB⟧", "It was created in 1998, when its
    # founders quit ⟦PLF⟧": an organisation made when people left another is its split
    frame("formed-when-left", "split",
           rf"(?P<x>{ORG}){ASIDE}?(?:\s*,|\s+(?:was|were))\s+{FOUND_PASSIVE}\b{SHORT_GAP},?\s+"
           rf"when\s+(?:[^⟦;.,]{{1,60}}?\s)?{WHEN_LEFT}\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("when",)),
    # "born of a split in ⟦IRA⟧", "the product of a 1998 schism within ⟦PLF⟧"
    frame("born-of-split", "split",
           rf"(?P<x>{ORG})\s+(?:(?:was|were)\s+(?:born|formed|founded|created)|emerged|arose|came|"
           rf"grew|resulted|(?:is|was)\s+the\s+(?:product|result|outcome|fruit))\b{SHORT_GAP}\s+"
           rf"(?:of|from|out\s+of|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:split|schism|rupture|"
           rf"breach|break-?up)\s+(?:in|within|inside|of)\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("split", "schism", "rupture", "breach", "break")),
    frame("split-gave-birth", "split",
           rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:split|schism|rupture)\s+(?:in|within|inside)\s+"
           rf"(?P<b>{ORG}){SHORT_GAP}\s+(?:gave\s+birth\s+to|produced|spawned|created|led\s+to\s+the\s+"
           rf"(?:creation|founding|birth)\s+of)\s+(?P<x>{ORG})",
           "x", ("b",), ("split", "schism", "rupture")),
    # "⟦DF⟧ rejoined ⟦SF⟧ and was absorbed into it": taken back in as a body
    frame("rejoined", "absorption",
           rf"(?P<a>{ORGS})\s+{ADVERB}(?:rejoined|re-joined|returned\s+to(?:\s+the\s+fold\s+of)?|"
           rf"went\s+back\s+to|(?:was|were)\s+(?:reabsorbed|re-absorbed|reintegrated|re-integrated)\s+"
           rf"(?:into|by|in))\s+(?P<x>{ORG})(?:{WHEN}?\s+and\s+(?:was|were)\s+(?:absorbed|"
           rf"integrated|folded|incorporated|merged)\s+(?:back\s+)?into\s+(?:it|them)\b)?",
           "x", ("a",), ("rejoined", "re-joined", "returned to", "went back", "reabsorbed",
                         "re-absorbed", "reintegrated", "re-integrated")),
    # "The SF was formed in 1995, when militants under Haddad joined with the remnants of ⟦PF⟧
    # to form a single force": every organisation on either side is a party (people are not)
    frame("formed-when-joined", "merger",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}\b{SHORT_GAP},?\s+(?:when|as)\s+"
           rf"(?P<a>[^;.]{{1,100}}?)\s+(?:joined(?:\s+forces)?\s+with|merged\s+with|united\s+with|"
           rf"combined\s+with|fused\s+with)\s+(?P<b>[^;.,]{{1,100}}?)(?=\s+(?:to\s+(?:form|create)|"
           rf"in\s+\d|under\b)|\s*[,;.]|\s*$)",
           "x", ("a", "b"), ("when", "as")),
    frame("formed-when-came-together", "merger",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}\b{SHORT_GAP},?\s+(?:when|as)\s+"
           rf"(?P<a>[^;.]{{1,120}}?)\s+(?:merged|united|came\s+together|joined\s+forces|combined|"
           rf"fused|banded\s+together)\b(?!\s+with)",
           "x", ("a",), ("when", "as")),
    # "Founded June 2007: nine factions united under Haddad, among them ⟦DF⟧"
    frame("factions-united-among-them", "merger",
           # "Components at the founding: seven small factions merged into …, among them"
           rf"(?:(?:(?P<x>{ORG})\s+(?:was|were)\s+)?\b{FOUND_PASSIVE}\b|\bat\s+(?:the|its)\s+"
           rf"(?:founding|foundation|creation|birth)\b)[^⟦;.]{{0,60}}?{BODIES}\b"
           rf"[^⟦;.]{{0,60}}?\s(?:united|merged|came\s+together|joined\s+forces|banded\s+together|"
           rf"coalesced|combined)\b[^⟦;.]{{0,60}}?,\s+(?:among\s+them|among\s+which|including|"
           rf"notably|such\s+as)\s+(?P<a>{ITEMS})",
           "x|@self", ("a",), ("among", "including", "notably", "such as")),
    # "a breakaway faction of ⟦JI⟧ that rejected the truce and called itself ⟦TQJ⟧"
    frame("breakaway-named-itself", "split",
           rf"\b(?:an?|the)\s+(?:(?:new|small|radical|militant|hardline|violent)\s+)?(?:breakaway|"
           rf"splinter|dissident|rebel|renegade)\s+(?:faction|wing|group|cell|branch|movement)\s+"
           rf"(?:of|from|within)\s+(?P<b>{ORG})(?:\s*,[^⟦;.]{{1,80}}?,|\s+(?:that|which|who)"
           rf"(?:\s+[^⟦;.]{{1,80}}?)?(?:\s+and)?)?\s+{ADVERB}{NAMED_ITSELF}\s+(?P<x>{NAMED})",
           "x", ("b",), ("itself", "name", "known as")),
    frame("faction-that-left-named-itself", "split",
           rf"\b(?:an?|the|one)\s+(?:faction|wing|group|cell)\s+(?:that|which)\s+(?:had\s+)?"
           rf"{WHEN_LEFT}\s+(?P<b>{ORG}){SHORT_GAP}\s+{ADVERB}{NAMED_ITSELF}\s+(?P<x>{NAMED})",
           "x", ("b",), ("itself", "name", "known as")),
    # "Abu Walid’s faction, after its break with Belmokhtar, went on as ⟦ISGS⟧": a part of the
    # group (or of the named one) living on under a name of its own is a split
    frame("faction-went-on-as", "split",
           rf"\b(?:faction|wing|minority|dissidents|splinter|hardliners|remnants)\b(?:\s+of\s+"
           rf"(?P<b>{ORG}))?[^⟦;.]{{0,80}}?\s+{ADVERB}(?:went\s+on|continued|carried\s+on|"
           rf"re-?emerged|re-?organi[sz]ed|regrouped|resurfaced|lived\s+on)\s+as\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("went on", "continued", "carried on", "emerged", "organi",
                                 "regrouped", "resurfaced", "lived on")),
    # "its remnants formed ⟦SU⟧", "what remained of ⟦SF⟧ founded ⟦SU⟧"
    frame("remnants-formed", "split",
           rf"(?:\b(?:its|the\s+group[’']s)\s+(?:remnants|survivors|rump)|\b(?:the\s+)?(?:remnants|"
           rf"survivors|rump|what\s+remained|what\s+was\s+left)\s+of\s+(?P<b>{ORG}))\s+{ADVERB}"
           rf"(?:{FOUNDED_ACTIVE}|regrouped\s+as|re-?organi[sz]ed\s+as)\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("remnants", "survivors", "rump", "remained", "was left")),
    # "Sungkar and Ba’asyir broke away from ⟦DI⟧ when they founded ⟦JI⟧", "Haddad broke with
    # ⟦PLF⟧ in 1998 to set up ⟦SF⟧": founders leaving one organisation to found another
    frame("left-when-founded", "split",
           rf"{WHEN_LEFT}\s+{PART_OF}(?P<b>{ORG})(?:\s*,\s*(?:the|an?)\s+[^⟦;.,]{{1,80}}?(?=\s*,))?"
           rf"(?:{WHEN}|\s+[^⟦;.,]{{1,25}}?)?\s*,?\s+"
           rf"(?:when\s+(?:they|he|she)\s+{ADVERB}{FOUNDED_ACTIVE}|and\s+{ADVERB}"
           rf"{FOUNDED_ACTIVE}|to\s+{FOUND_INFINITIVE})\s+(?P<x>{ORG})",
           "x", ("b",), ("left", "quit", "deserted", "abandoned", "walked out", "broke",
                         "broken", "split", "splintered", "seceded", "expelled")),
    # "the group later became", "was reconstituted as", "gave way to": the same organisation
    # under a new name
    frame("reconstituted-as", "rename",
           rf"(?P<a>{ORG})\s+{ADVERB}(?:(?:was|were)\s+{ADVERB}(?:reconstituted|re-?organi[sz]ed|"
           rf"restructured|reborn|relaunched|transformed|re-?formed)\s+(?:as|into)|gave\s+way\s+to)"
           rf"\s+(?P<x>{NAMED})",
           "x", ("a",), ("reconstituted", "organi", "restructured", "reborn", "relaunched",
                         "transformed", "formed", "gave way")),
    # "⟦JI⟧’s roots lie in ⟦DI⟧", "The movement is generally traced to ⟦BY⟧": where the
    # same sentence tells a rename into the group, the rename is the step (read in lineage.py)
    frame("roots-lie-in", "split",
           rf"(?:(?P<x>{ORG})(?:[’']s)?|\bits)\s+(?:(?:is|was)\s+(?:generally\s+|usually\s+|often\s+|"
           rf"commonly\s+|widely\s+)?traced\s+(?:back\s+)?to|(?:roots|origins?)\s+(?:lie|lay|are|is|"
           rf"were)\s+in)\s+{PART_OF}(?P<b>{NAMED})(?!\s*(?:’s|'s)\b)",
           "x|@self", ("b",), ("traced", "roots", "origin")),
]  # fmt: skip
