"""Lineage sentences described by their shape: a verb class and the roles around it.

The history readers once kept one pattern per profile sentence; a new profile's wording then
fell through. Here each frame is one *shape* of clause — "RESULT came out of PRIOR as an
offshoot", "PRIOR was integrated into RESULT", "RESULT renamed from PRIOR" — written over the
slotted template (`kg.ingest.slots`: every known or introduced organisation is a slot ⟦n⟧), with
its verbs as a class of alternatives rather than one word, and its roles filled by any
organisation reference: a slot, an unknown capitalised name (checked by
`kg.ingest.names.is_organisation_name`), or a reference to the profile's own group ("the
group", "it", "the movement", "the organisation", "the party").

Kinds follow Mapping Militant Organizations (split, merger, absorption, rename; `pledge` is a
rename that came with an oath of allegiance). Decisions a reader of any profile relies on:

- "grew out of X", "has its roots in X", "traces its origins to X", "emerged from X", with X a
  named organisation, is a split from X (X lived on); a rename in the same sentence wins, as the
  more specific frame is read first. A common noun ("a study circle") is no lineage.
- absorption needs an organisation taken in as a body ("absorbed X", "X was integrated / folded
  / incorporated into …", "fighters of X were integrated into …" or "… joined the group", "X
  dissolved into …"), as the corpus keys read it; members of X who "defected to" or "switched
  to" the group are individual recruits: no lineage, and the review says why.
- an oath of allegiance alone is an affiliation, never lineage.
- allies, rivals, wings, "inspired by", a sister party founded by cadres: no frame reads them.

Every frame is bounded (gaps of at most a few dozen characters, no nested free repetition) so
a hostile line stays linear (see `kg.ingest.bounds`).

The frames of `_ROUND_THREE` and `FRAMES` grew one shape at a time, as profiles showed them;
a writer who words a step another way falls through. `GRAMMAR` states the grammar once and
generates its frames from closed lexicons (`kg.ingest.lineage.lexicon`), one per kind of step,
so every predicate is read in every clause shape:

    active      ORG PRED ORG            "the group broke away from X", "X absorbed the group"
    relative    ORG, which (had) PRED ORG, …   "X, which had split from the group in 2011, …"
    reverse     ORG, from which ORG PRED, …    "X, from which the group broke away in 2011, …"
    passive     ORG was PRED(by/into) ORG       "X was absorbed into the group", "taken over by"

Each lexicon entry says which side is the result and which the prior, so direction follows
from the predicate ("X absorbed Y": X the result; "X was absorbed into Y": Y the result), never
from which side is the profile's group. Roles are filled as in every frame
(`kg.ingest.lineage.roles`):
a slot, a reference to the group ("the group", "it", "the Front" via
`kg.ingest.group_references`), or an unknown name that can name an organisation.

The lexicons (closed; a word not here is not read as lineage by this grammar):

- split (result came out of prior): broke away / broke off / split (off) / splintered / seceded /
  defected from, broke with, walked out of, parted ways / company with, left, quit, was carved
  out of; "a dissident / breakaway / splinter faction of"; people expelled from or who quit X
  who then formed Y;
- rename (prior took a new name): renamed itself, was renamed, changed its name to, called
  itself, adopted / took / assumed the name, rebranded as, became known as, gave itself the
  name, restyled itself, reverted to / resumed (its old name), dropped X for Y;
- merger: merged / joined / united / fused / amalgamated / combined (with …) to form, came
  together as, "a merger of", "formed by the merger of";
- absorption (result took prior in as a body): absorbed, incorporated, subsumed, took over,
  brought X under its command; X was absorbed / folded / integrated / incorporated / subsumed
  into, was brought under, was taken over by, dissolved into, transferred its fighters to;
- pledge: an oath of allegiance with the new name it gave (`FRAMES`), or
  "became a province / branch / affiliate of Z under the name X"; an oath alone is no lineage.

Not lineage, whatever the verb: a clause with "not", "never" or "no" before its predicate
("was not part of", "never formed one organisation", "no merger"), and fighters taken in while
their own group lived on ("… but X fought on"). Alliances, coalitions, wings, fronts, cover
names, sister parties, rivals and fighting have no predicate in any lexicon.

Dates: the clause's own date (every prose format `kg.ingest.dates` reads, approximate ones as
EDTF `2011~`), else a date carried from an anchor ("two years later", "the following year",
"that August", "later that year") only where the anchor's date is in the same or the previous
sentence (`carried_date`).

The first rounds' sentence patterns (`FIRST_ROUNDS`) are frames too, read last: one list, one
reader (`LINEAGE_FRAMES`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.lineage.lexicon import (
    ABSORB_ACTIVE,
    ABSORB_CUES,
    ABSORB_PASSIVE,
    ADVERB,
    AND,
    ASIDE,
    AUX,
    BODIES,
    DATE_GAP,
    FOUND_INFINITIVE,
    FOUND_PASSIVE,
    FOUNDED,
    FOUNDED_ACTIVE,
    GAP,
    ITEMS,
    LEFT,
    MEMBERS,
    MEMBERS_OF,
    MERGE_VERBS,
    NAMED,
    NAMED_ITSELF,
    NEW_BODY,
    OATH,
    ORG,
    ORGS,
    PART,
    PART_OF,
    PEOPLE,
    REL,
    RENAME,
    RENAME_ING,
    RENAME_VERB,
    SELF,
    SEMI_ITEMS,
    SHORT_GAP,
    SPLINTER_NOUN,
    SPLIT,
    SPLIT_CUES,
    SPLIT_NO_FROM,
    THEN_CUES,
    THEN_NAMED,
    UNION,
    WHEN,
    WHEN_LEFT,
    Frame,
    alt,
    frame,
)
from kg.ingest.slots import LIST, NAME, SLOT, G

# Round three (issue #12): shapes the second held-out set told and no frame read.
_ROUND_THREE: list[Frame] = [
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

FRAMES: list[Frame] = [
    *_ROUND_THREE,
    # --- pledges: an oath and a new name --------------------------------------------------
    frame("pledge-and-rename", "pledge",
           rf"(?P<a>{ORG})\s+{ADVERB}{OATH}\s+(?P<b>{NAMED}){SHORT_GAP}(?:\s+and|,)\s+"
           rf"{ADVERB}(?:{RENAME_VERB}|{RENAME_ING})\s+(?P<x>{NAMED})",
           "x", ("a",), ("allegiance", "loyalty", "fealty", "bay")),
    frame("after-pledging-renamed", "pledge",
           rf"\b(?:after|upon|on)\s+{OATH}\s+(?P<b>{NAMED}){SHORT_GAP},\s+(?P<a>{ORG})\s+"
           rf"{ADVERB}{RENAME_VERB}\s+(?P<x>{NAMED})",
           "x", ("a",), ("allegiance", "loyalty", "fealty", "bay")),
    # --- renames -------------------------------------------------------------------------
    # "Jabhat Fath al-Sham (the former Nusra Front)": the parenthesis names what it was
    frame("the-former-in-parenthesis", "rename",
           rf"(?P<x>{NAMED})\s*\(\s*(?:the\s+)?(?:former|formerly|previously|once|then\s+still)\s+"
           rf"(?:known\s+as\s+|called\s+|named\s+)?(?P<a>{NAMED})\s*\)",
           "x", ("a",), ("former", "previously", "once")),
    frame("formerly-known-as", "rename",
           rf"(?P<x>{ORG})\s*,\s*(?:formerly|previously|originally|once)\s+(?:known\s+as|called|"
           rf"named)\s+(?P<a>{NAMED})",
           "x", ("a",), ("formerly", "previously", "originally", "once")),
    frame("was-called-until", "rename",
           rf"(?P<x>{ORG})\s+was\s+(?:called|known\s+as|named)\s+(?P<a>{NAMED})\s+until\b",
           "x", ("a",), ("until",)),
    frame("until-was-called", "rename",
           rf"\buntil\s+[^⟦,.;]{{1,30}}?,?\s+(?P<x>{ORG})\s+was\s+(?:called|known\s+as|named)\s+"
           rf"(?P<a>{NAMED})",
           "x", ("a",), ("until",)),
    frame("formerly-opening", "rename",
           rf"^\W{{0,3}}(?:formerly|previously|originally)\s+(?:known\s+as\s+|called\s+)?"
           rf"(?P<a>{NAMED})\s*,\s*(?P<x>{ORG})",
           "x", ("a",), ("formerly", "previously", "originally")),
    frame("relative-rename", "rename",
           rf"(?P<a>{NAMED})\s*,\s*(?:an?|the)\s+[^⟦.;]{{1,100}}?,?\s+(?:that|which)\s+{ADVERB}"
           rf"(?:{RENAME_VERB}|became)\s+(?P<x>{ORG})",
           "x", ("a",), ("renamed", "name", "rebranded", "known as", "became")),
    # "renamed itself Sinistra Proletaria in 1970 and took the name Red Brigades": step two
    frame("and-took-the-name", "rename",
           rf"(?:(?<=itself\s)|(?<=name\s)|(?<=name\sto\s)|(?<=renamed\s)|(?<=\sas\s))"
           rf"(?P<a>{NAMED})(?:{WHEN}|\s+[^⟦.;,]{{1,25}}?)?\s*,?\s+and\s+{ADVERB}"
           rf"(?:{RENAME_VERB}|{RENAME_ING})\s+(?P<x>{ORG})",
           "x", ("a",), ("name", "renamed")),
    # "the majority continued as the Red Brigades–Fighting Communist Party (BR-PCC)"
    frame("continued-as", "rename",
           rf"\b(?:the\s+(?:majority|rest|remainder|core|main\s+body)|(?P<a>{ORG}))\s+"
           rf"{ADVERB}(?:continued|carried\s+on|survived|re-?emerged)\s+as\s+(?P<x>{NAMED})",
           "x", ("a", "@self"), ("continued", "carried on", "survived", "emerged")),
    frame("renamed", "rename",
           rf"(?P<a>{ORG})(?:\s*,\s*(?:which|that){WHEN}?)?\s+{ADVERB}(?:{RENAME_VERB}|"
           rf"(?:declared|proclaimed|restyled|reconstituted)\s+itself(?:\s+as)?)\s+(?P<x>{NAMED})",
           "x", ("a",), ("renamed", "name", "rebranded", "known as", "itself")),
    # "the council, which became the Islamic State of Iraq (ISI) in 2006": a name, never
    # "became the largest …" (a capital is needed) nor "became Al Qaida’s branch"
    frame("became", "rename",
           rf"(?P<a>{ORG})(?:\s*,\s*(?:which|that){WHEN}?)?\s+{ADVERB}became\s+(?P<x>{NAMED})"
           rf"(?!\s*(?:’s|'s)\b)(?!\s+(?:of|for)\b)",
           "x", ("a",), ("became",)),
    # --- mergers -------------------------------------------------------------------------
    frame("merged-to-form", "merger",
           rf"(?P<a>{ITEMS})(?:\s+(?-i:[a-z][\w-]{{1,20}})){{0,2}}?\s+{ADVERB}(?:merged|joined\s+forces|"
           rf"joined|united|combined|"
           rf"amalgamated|fused)(?:\s+together)?(?:\s+with\s+(?P<b>{ITEMS}))?{SHORT_GAP}\s+"
           rf"(?:to\s+(?:form|create|found|establish|set\s+up|launch)|forming|creating|"
           rf"founding)\s+(?P<x>{ORG})",
           "x", ("a", "b"), ("merged", "joined", "united", "combined", "amalgamated", "fused")),
    frame("born-of-union", "merger",
           rf"(?P<x>{ORG})\s+(?:(?:was|were)\s+{FOUND_PASSIVE}|emerged|arose|came|grew)\b{GAP}\s+"
           rf"(?:from|through|by|out\s+of|of|in|with)\s+(?:the\s+|an?\s+)?(?-i:{UNION})\s+(?:of|between)\s+"
           # "of two small Marxist parties, A and B": a classifier before the list
           rf"(?:(?:[\w-]+\s+){{0,4}}?(?:{BODIES}|parties)(?:\s+(?:of|from)\s+[^⟦,.;]{{1,30}}?)?"
           rf"\s*,\s*)?(?P<a>{ITEMS})",
           "x", ("a",), ("union", "merger", "fusion", "amalgamation", "unification", "merging")),
    frame("union-produced", "merger",
           rf"\bthe\s+{UNION}\s+of\s+(?P<a>{ORGS}){SHORT_GAP}\s+(?:created|produced|formed|"
           rf"gave\s+birth\s+to|resulted\s+in)\s+(?P<x>{ORG})",
           "x", ("a",), ("union", "merger", "fusion", "amalgamation", "unification")),
    # --- absorption ----------------------------------------------------------------------
    # X's fighters as a body moving into the group ("fighters of X joined the group en
    # masse", "many of X's fighters joined it") is an absorption, as the corpus keys read it
    # (Islamic Amal into Hezbollah); individuals who "defected to" or "switched to" it are
    # recruits: no lineage, said in the review.
    frame("members-joined", "absorption",
           rf"\b(?:fighters|members|militants|cadres|units|remnants|men)\s+(?:of|from)\s+"
           rf"(?P<a>{NAMED}){SHORT_GAP}\s+{ADVERB}joined\s+(?P<x>{ORG})",
           "x", ("a",), ("joined",)),
    frame("org-members-joined", "absorption",
           rf"(?P<a>{NAMED})(?:[’']s)?\s+(?:fighters|members|militants|cadres|units|men)\s+"
           rf"{SHORT_GAP}{ADVERB}joined\s+(?P<x>{ORG})",
           "x", ("a",), ("joined",)),
    frame("members-defected", "recruits",
           rf"\b(?:fighters|members|militants|cadres|commanders|units|veterans|men)\s+(?:of|from)\s+"
           rf"(?P<a>{NAMED}){SHORT_GAP}\s+(?:defected\s+to|switched\s+to|went\s+over\s+to|"
           rf"flocked\s+to)\s+(?P<x>{ORG})",
           "x", ("a",), ("defected", "switched", "went over", "flocked")),
    frame("org-members-defected", "recruits",
           rf"(?P<a>{NAMED})(?:[’']s)?\s+(?:fighters|members|militants|cadres|commanders|units|men)\s+"
           rf"{SHORT_GAP}(?:defected\s+to|switched\s+to|went\s+over\s+to|flocked\s+to)\s+"
           rf"(?P<x>{ORG})",
           "x", ("a",), ("defected", "switched", "went over", "flocked")),
    frame("taken-in", "absorption",
           rf"(?:\b(?:fighters|members|remnants|units|cadres|militants|elements|faction|factions|"
           rf"part|parts|wing|most)\s+of\s+)?"
           rf"(?P<a>{ORG})(?:\s*,[^⟦.;]{{1,80}},|\s+(?:under|led\s+by)\s+[^⟦.;,]{{1,40}}?)?\s+"
           rf"(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
           rf"{ADVERB}(?:(?:fully|formally|largely)\s+)?(?:integrated|absorbed|incorporated|folded|"
           rf"merged|subsumed)\s+(?:[^⟦.;]{{0,30}}?\s)?(?:into|by|within)\s+(?P<x>{ORG})",
           "x", ("a",), ("integrated", "absorbed", "incorporated", "folded", "merged", "subsumed")),
    frame("dissolved-into", "absorption",
           rf"(?P<a>{NAMED})\s+{ADVERB}(?:dissolved|merged)\s+(?:itself\s+)?into\s+(?P<x>{ORG})",
           "x", ("a",), ("into",)),
    frame("absorbed", "absorption",
           rf"(?P<x>{ORG})\s+{ADVERB}(?:absorbed|incorporated|swallowed(?:\s+up)?|subsumed|"
           rf"took\s+over)\s+(?P<a>{NAMED}(?:{AND}{NAMED}){{0,8}})",
           "x", ("a",), ("absorbed", "incorporated", "swallowed", "subsumed", "took over")),
    # --- this group came from X ----------------------------------------------------------
    frame("founded-by-members", "split",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}{GAP}\s+by\s+{MEMBERS}\s+(?:of|from)\s+"
           rf"{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("by",)),
    frame("founded-by-leavers", "split",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}{GAP}\s+by\s+(?:[^⟦.;,]{{1,60}}?\s)?"
           rf"(?:who|that)\s+(?:had\s+)?{LEFT}\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("who", "that")),
    frame("participle-as-offshoot", "split",
           rf"^\W{{0,3}}(?:founded|formed|created|established|born|launched|started)\b{GAP}\s+as\s+"
           rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+(?:of|from)\s+{PART_OF}"
           rf"(?P<b>{ORG}){SHORT_GAP},\s+(?P<x>{ORG})",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    frame("began-as-offshoot", "split",
           rf"(?P<x>{ORG})\s+(?:emerged|arose|appeared|began|started|originated|(?:was|were)\s+"
           rf"{FOUND_PASSIVE})\b{GAP}\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+"
           rf"(?:of|from|within)\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    frame("grew-out-of", "split",
           rf"(?P<x>{ORG})\s+{ADVERB}(?:grew\s+out\s+of|has\s+its\s+roots\s+in|had\s+its\s+roots\s+"
           rf"in|traces?\s+its\s+(?:roots|origins?)\s+(?:back\s+)?to|(?:evolved|emerged|sprang|"
           rf"(?:was|were)\s+born|originated|grew){WHEN}?\s+(?:out\s+of|from|within))\s+{PART_OF}"
           rf"(?P<b>{NAMED})"
           rf"(?!\s*(?:’s|'s)\b)",
           "x", ("b",), ("grew out", "roots", "origin", "evolved", "emerged", "sprang", "born")),
    frame("itself-a-splinter", "split",
           rf"(?P<x>{G})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+"
           rf"(?:of|from)\s+(?P<b>{G}|{SELF}\b)",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    # --- the group's own leader acting for it ---------------------------------------------
    # "Julani refused, broke away from the ISI and pledged allegiance to …": a person the
    # profile's leadership paragraph names, breaking away without founding a new group, takes
    # the group with him
    frame("leader-broke-away", "split",
           rf"(?P<p>{NAME})\s+(?:[^⟦.;]{{0,40}}?,\s+)?{ADVERB}(?:(?:broke\s+away|split|seceded|broke\s+off)"
           rf"\s+from|broke\s+with)\s+(?P<b>{NAMED})(?![^.;]{{0,80}}\b(?:form|found|creat|establish|set\s+up))",
           "@leader:p", ("b",), ("broke", "split", "seceded")),
    # "After X was routed, many of its fighters joined Kony" (the group's leader)
    frame("its-fighters-joined", "absorption",
           rf"(?P<a>{NAMED})\s+[^⟦.;]{{0,100}}?,\s+(?:many|most|some|hundreds|thousands|the\s+bulk)\s+"
           rf"of\s+its\s+(?:fighters|members|militants|men)\s+{ADVERB}joined\s+"
           rf"(?:(?P<x>(?:the\s+)?{G}|{SELF}\b)|(?P<p>{NAME}))",
           "x|@leader:p", ("a",), ("its fighters", "its members", "its militants", "its men")),
    # "first called itself A and then B, before taking the name C": A → B → C
    frame("called-itself-then", "rename",
           rf"\b(?:called|named|styled)\s+itself\s+(?P<a>{NAMED})\s+and\s+(?:then|later)\s+"
           rf"(?P<x>{NAMED})",
           "x", ("a",), ("itself",)),
    frame("then-before-taking", "rename",
           rf"(?:(?<=then\s)|(?<=later\s))(?P<a>{NAMED})\s*,?\s+before\s+{RENAME_ING}\s+"
           rf"(?P<x>{ORG})",
           "x", ("a",), ("before",)),
    # --- X split off (from this group, or from a named one) -------------------------------
    frame("split-from", "split",
           rf"(?P<x>{ORG})(?:\s*,\s*(?:which|that|who))?\s+(?:had\s+)?(?:itself\s+)?{ADVERB}"
           rf"(?:split|splintered|broke\s+away|broke\s+off|seceded|separated|defected|broken\s+"
           rf"away)\s+(?:off\s+|away\s+)?from\s+(?P<b>{ORG})",
           "x", ("b",), ("split", "splintered", "broke", "seceded", "separated", "defected")),
    frame("broke-with-leadership", "split",
           rf"(?P<x>{NAMED})\s+{ADVERB}broke\s+with\s+(?:the\s+(?:group[’']s\s+|central\s+|"
           rf"main\s+)?leadership|its\s+(?:parent|leadership))",
           "x", ("@self",), ("broke with",)),
    frame("splinter-appositive", "split",
           rf"\b(?:an?|one|the)\s+(?:new\s+)?(?:splinter|breakaway|dissident)\s+(?:group|faction|"
           rf"wing|cell|movement|organi[sz]ation)\s*,\s*(?P<x>{NAMED})\s*,",
           "x", ("@self",), ("splinter", "breakaway", "dissident")),
    frame("leavers-founded", "split",
           rf"\b(?:members|loyalists|dissidents|commanders|fighters|cadres|militants|hardliners|"
           rf"veterans|leaders|clerics)\s+(?:who|that)\s+(?:had\s+)?{LEFT}\s+(?P<b>{ORG})\s+"
           rf"{ADVERB}(?:founded|formed|created|set\s+up|launched|established)\s+(?P<x>{NAMED})",
           "x", ("b",), ("who", "that")),
    frame("calling-itself-broke-away", "split",
           rf"\b(?:calling|naming|styling)\s+itself\s+(?P<x>{NAMED})\s*,\s*{ADVERB}(?:broke\s+"
           rf"away|split|seceded|splintered|broke\s+off)(?:\s+(?:off|away))?(?:\s+from\s+"
           rf"(?P<b>{ORG}))?",
           "x", ("b", "@self"), ("itself",)),
    frame("led-out-to-form", "split",
           rf"\bled\s+[^⟦.;]{{1,60}}?\s+out(?:\s+of\s+(?P<b>{ORG}))?\s+to\s+(?:form|found|"
           rf"create|set\s+up|launch)\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("out",)),
    frame("left-to-form", "split",
           rf"\b(?:left|quit|abandoned|deserted)\s+(?:(?P<b>{ORG})\s+)?(?:in\s+[^⟦,.;]{{1,20}}?\s+)?"
           rf"(?:to\s+(?:form|found|create|set\s+up|launch|establish)|and\s+{ADVERB}(?:formed|"
           rf"founded|created|set\s+up|launched|established))\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("left", "quit", "abandoned", "deserted")),
    frame("broke-away-alone", "split",
           rf"(?<!of\s)(?<!of\sthe\s)(?<!from\s)(?<!from\sthe\s)(?<!within\s)(?<!within\sthe\s)"
           rf"(?P<x>{G})\s+{ADVERB}(?:broke\s+away|split\s+off|splintered\s+off|seceded)\b"
           rf"(?!\s+(?:from|with))",
           "x", ("@self",), ("broke away", "split off", "splintered off", "seceded")),
]  # fmt: skip



GRAMMAR: list[Frame] = [
    # --- split ---------------------------------------------------------------------------
    frame("g-split-active", "split",
       rf"(?P<x>{ORG}){REL}\s+{AUX}{ADVERB}(?:(?:itself|themselves)\s+)?{alt(SPLIT)}\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), SPLIT_CUES),
    frame("g-split-reverse-relative", "split",
       rf"(?P<b>{ORG})\s*,\s*from\s+which\s+(?P<x>{ORG})\s+{AUX}{ADVERB}{SPLIT_NO_FROM}\b",
       "x", ("b",), ("from which",)),
    frame("g-split-faction-of", "split",
       rf"(?P<x>{ORG})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?(?:dissident|breakaway|"
       rf"splinter|renegade)\s+(?:faction|wing|group|cell|movement)\s+(?:of|from|within)\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), ("dissident", "breakaway", "splinter", "renegade")),
    frame("g-split-people-left-founded", "split",
       rf"\b{PEOPLE}(?:\s+(?:of|loyal\s+to)\s+{ORG})?\s+(?:(?:who|that)\s+(?:had\s+)?(?:left|quit|"
       rf"broke\s+away\s+from|"
       rf"split\s+from|deserted)|(?:who\s+(?:had\s+been|were)\s+)?expelled\s+from)\s+"
       rf"(?P<b>{ORG}){DATE_GAP}\s+{ADVERB}{FOUNDED}\s+(?P<x>{NAMED})",
       "x", ("b",), ("left", "quit", "expelled", "broke away", "split", "deserted")),
    frame("g-split-expelled-formed", "split",
       rf"(?P<b>{ORG})\s+expelled\s+[^⟦.;]{{1,60}}?,?\s+(?:who|which|that)\s+{ADVERB}"
       rf"(?:went\s+on\s+to\s+(?:found|form|create|set\s+up)|{FOUNDED})\s+(?P<x>{NAMED})",
       "x", ("b",), ("expelled",)),
    # --- rename --------------------------------------------------------------------------
    frame("g-rename-active", "rename",
       rf"(?P<a>{ORG}){REL}\s+{AUX}{ADVERB}{alt(RENAME)}\s+(?P<x>{NAMED})",
       "x", ("a",), ("renamed", "name", "rebranded", "known as", "itself")),
    frame("g-rename-dropped", "rename",
       rf"\bdropped\s+(?:the\s+name\s+|its\s+name\s+)?(?P<a>{NAMED})\s+(?:for|in\s+favou?r\s+of)\s+"
       rf"(?:the\s+name\s+)?(?P<x>{NAMED})",
       "x", ("a",), ("dropped",)),
    # --- merger --------------------------------------------------------------------------
    frame("g-merger-with-to-form", "merger",
       rf"(?P<a>{ITEMS})\s+{ADVERB}{MERGE_VERBS}(?:\s+together)?(?:\s+(?:with\s+)?(?P<b>{ITEMS}))?"
       rf"[^⟦.;]{{0,40}}?\s+(?:to\s+(?:form|create|found|establish|launch)|forming|creating|"
       rf"as|into|in\s+(?:creating|forming|founding|establishing|setting\s+up|launching))\s+"
       rf"{NEW_BODY}(?P<x>{ORG})",
       "x", ("a", "b"), ("merged", "joined", "united", "fused", "amalgamated", "combined",
                         "came together")),
    frame("g-merger-appositive", "merger",
       rf"(?P<x>{ORG})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:merger|union|fusion|amalgamation)\s+"
       rf"(?:of|between)\s+(?P<a>{ITEMS})",
       "x", ("a",), ("merger", "union", "fusion", "amalgamation")),
    # "A joined with B …, and the merged group took the name Z"; "X merged A with B, and the
    # joint organisation was called Z": the name comes after the merger, in its own clause
    frame("g-merger-x-with-y-then-named", "merger",
       rf"\b(?:merged|united|fused|combined|amalgamated)\s+[^⟦.;]{{0,40}}?(?P<a>{ORG})(?:{PART})?"
       rf"\s+with\s+[^⟦.;]{{0,40}}?(?P<b>{ORG})[^.;]{{0,60}}?{THEN_NAMED}",
       "x", ("a", "b"), THEN_CUES),
    frame("g-merger-then-named", "merger",
       rf"(?P<a>{ITEMS})\s+{ADVERB}{MERGE_VERBS}(?:\s+(?:together\s+)?with\s+"
       rf"(?P<b>[^.;]{{1,100}}?)|[^.;]{{0,60}}?){THEN_NAMED}",
       "x", ("a", "b"), THEN_CUES),
    # --- absorption ----------------------------------------------------------------------
    frame("g-absorb-active", "absorption",
       rf"(?P<x>{ORG}){REL}\s+{AUX}{ADVERB}{alt(ABSORB_ACTIVE)}\s+(?P<a>{ORG})",
       "x", ("a",), ABSORB_CUES),
    frame("g-absorb-brought-under", "absorption",
       rf"(?P<x>{ORG})\s+{ADVERB}brought\s+(?P<a>{ORG})\s+under\s+(?:its|the\s+group[’']s)\s+"
       rf"(?:command|control|banner|umbrella|wing)",
       "x", ("a",), ("brought",)),
    frame("g-absorb-passive", "absorption",
       rf"(?P<a>{ORG}){REL}\s+{AUX}{ADVERB}{alt(ABSORB_PASSIVE)}\s+(?P<x>{ORG})",
       "x", ("a",), ABSORB_CUES),
    # "pledged allegiance to X, and its fighters were absorbed": taken into X
    frame("g-absorb-after-pledge", "absorption",
       rf"\b{OATH}\s+(?P<x>{NAMED})[^⟦.;]{{0,40}}?,?\s+and\s+(?:its|their)\s+(?:fighters|members|"
       rf"units|forces|men|cadres)\b[^⟦.;]{{0,40}}?\s+(?:were|was)\s+{ADVERB}(?:(?:largely|fully)"
       rf"\s+)?(?:absorbed|integrated|incorporated|folded\s+in|merged\s+in)\b",
       "x", ("@self",), ("allegiance", "loyalty", "fealty", "bay")),
    # "… broke away and announced X", "split off from Y to launch X": a new organisation
    frame("g-split-and-founded", "split",
       rf"\b(?:broke\s+away|broke\s+off|split\s+off|splintered\s+off|seceded|walked\s+out|"
       rf"broke\s+ranks)"
       rf"(?:\s+from\s+(?P<b>{ORG}))?(?:\s+with\s+[^⟦.;]{{0,60}}?)?{DATE_GAP}\s+"
       rf"(?:and\s+(?:(?:in|on|by)\s+[^⟦,.;]{{1,30}}?\s+)?{ADVERB}(?:formed|founded|created|"
       rf"launched|announced|proclaimed|established|set\s+up|declared|adopted\s+the\s+name|"
       rf"became|re-?emerged\s+as|"
       rf"took\s+the\s+name|(?:called|named|styled)\s+themselves)|to\s+(?:form|found|create|"
       rf"launch|announce|proclaim|establish|set\s+up))\s+(?:the\s+(?:creation|formation|"
       rf"founding|birth)\s+of\s+)?(?P<x>{NAMED})",
       "x", ("b", "@self"), ("broke away", "broke off", "split off", "splintered off",
                             "seceded", "walked out", "broke ranks")),
    # "Dar founded a breakaway formation, the Muslim Mujahideen, in 1991"
    frame("g-split-founded-a-breakaway", "split",
       rf"\b{FOUNDED}\s+(?:an?|the|his\s+own|their\s+own)\s+(?:new\s+)?(?:breakaway|splinter|"
       rf"dissident)\s+(?:formation|group|faction|organi[sz]ation|movement|party|outfit|wing)"
       rf"(?:\s+(?:of|from)\s+(?P<b>{ORG}))?\s*,?\s*(?:called\s+|named\s+|known\s+as\s+)?"
       rf"(?P<x>{NAMED})",
       "x", ("b", "@self"), ("breakaway", "splinter", "dissident")),
    # "Haddad, Musa and Kebir walked out of X in 1996": the group's founders (named in its
    # leadership paragraph) leaving X take the group out of it, unless they joined or founded
    # something else in the same sentence; X must be an organisation the graph knows or the
    # sentence introduces ("left the Malian Army" is a career, not a split)
    frame("g-leaders-left", "split",
       rf"(?P<p>{NAME})\s+{ADVERB}(?:walked\s+out\s+of|quit|left|defected\s+from|parted\s+"
       rf"ways\s+with|broke\s+ranks\s+with)\s+(?P<b>(?:the\s+)?{G})"
       rf"(?![^.;]{{0,80}}\b(?:form|found|creat|establish|set\s+up|join|launch|announc))",
       "@leader:p", ("b",), ("walked out", "quit", "left", "defected", "parted", "broke ranks")),
    # "its survivors and other insurgents merged as X": the group's remnant in a merger
    frame("g-merger-its-remnant", "merger",
       rf"\b(?:its|the\s+group[’']s)\s+(?:survivors|remnants|fighters|members|cadres|rump|"
       rf"remaining\s+(?:fighters|members))\s+(?:and\s+[^⟦.;]{{1,60}}?\s+)?{ADVERB}(?:merged|united|"
       rf"joined\s+forces|combined|came\s+together|banded\s+together)\s+(?:as|into|to\s+form|to\s+"
       rf"create|forming)\s+(?P<x>{NAMED})",
       "x", ("@self",), ("survivors", "remnants", "fighters", "members", "cadres", "rump",
                         "remaining")),
    # "… renounced the group; the fighters who followed him were announced as X"
    frame("g-split-followers-formed", "split",
       rf"\b(?:renounced|left|quit|broke\s+with|defected\s+from|split\s+from|was\s+expelled\s+"
       rf"from|walked\s+out\s+of)\s+(?P<b>{ORG})[^.]{{0,80}}?\b(?:the\s+)?(?:fighters|men|"
       rf"followers|members|cadres|militants|commanders)\s+(?:who|that)\s+(?:had\s+)?(?:followed|"
       rf"joined|went\s+with|sided\s+with|stayed\s+with)\s+(?:him|her|them|{NAME})\s+{ADVERB}"
       rf"(?:were\s+announced\s+as|announced\s+themselves\s+as|formed|founded|became|set\s+up|"
       rf"regrouped\s+as|re-?emerged\s+as|took\s+the\s+name)\s+(?P<x>{NAMED})",
       "x", ("b",), ("followed", "joined", "went with", "sided with", "stayed with")),
    # --- pledge: a province or branch under a new name -------------------------------------
    frame("g-pledge-province", "pledge",
       rf"(?P<a>{ORG})\s+{ADVERB}became\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:province|branch|"
       rf"affiliate|wilayat?)\s+of\s+(?P<b>{NAMED})[^⟦.;]{{0,40}}?,?\s+(?:under\s+the\s+name|"
       rf"as|named|called|known\s+as)\s+(?P<x>{NAMED})",
       "x", ("a",), ("province", "branch", "affiliate", "wilaya")),
    # --- round six: the structures the fourth and fifth writers used ----------------------
    # "N outfits announced … that they had dissolved themselves into a single body: A; B; C
    # and D": the parties listed after a colon, the single body the profile's group
    frame("g-merger-into-one-body-list", "merger",
       rf"\b(?:[\w-]+\s+){{0,4}}?{BODIES}\b[^⟦.;:]{{0,100}}?\b(?:dissolved\s+themselves|merged|"
       rf"fused|united|combined|came\s+together|were\s+merged)(?:\s+(?:in|on|by)\s+[^⟦.;:]{{1,30}}?)?"
       rf"\s+(?:in|into|as)\s+(?:a\s+single|one|"
       rf"a\s+new|a\s+common|a\s+unified)\s+(?:body|organi[sz]ation|group|movement|front|"
       rf"structure|entity|force)\s*:\s*(?P<a>{SEMI_ITEMS})",
       "@self", ("a",), ("single", "one body", "one organi", "one group", "one movement",
                         "new body", "common", "unified")),
    # "⟦AM⟧ was a compound of its own, born in August 2013 when ⟦MB⟧ fused with ⟦MUJAO⟧":
    # the participle after a predicate nominal tells the merger that made it
    frame("g-merger-born-when-fused", "merger",
       rf"(?P<x>{ORG})\s+(?:was|were)\s+(?:an?|the)\s+[^⟦.;,]{{1,50}}?\s*,\s*{FOUND_PASSIVE}\b"
       rf"[^⟦.;]{{0,40}}?\s+when\s+(?P<a>{ITEMS})\s+(?:fused|merged|united|combined|joined"
       rf"(?:\s+forces)?|amalgamated)\s+with\s+(?P<b>{ITEMS})",
       "x", ("a", "b"), ("when",)),
    # "⟦A⟧ merged with ⟦B⟧ and C in an organisation the press called ⟦X⟧": the result named by
    # a reduced relative clause
    frame("g-merger-in-a-body-called", "merger",
       rf"(?P<a>{ORG})\s+{ADVERB}{MERGE_VERBS}\s+with\s+(?P<b>[^.;]{{1,100}}?)\s+(?:in|into|to\s+"
       rf"form|as)\s+(?:an?|the)\s+(?:new\s+|single\s+)?(?:organi[sz]ation|group|body|movement|"
       rf"front|entity|force)\s+(?:(?:that|which)\s+)?(?:[^⟦.;,]{{1,30}}?\s+)?(?:called|named|"
       rf"dubbed|christened|(?:was|were|became)\s+known\s+as|came\s+to\s+be\s+(?:called|known\s+as))"
       rf"\s+(?P<x>{NAMED})",
       "x", ("a", "b"), ("called", "named", "dubbed", "christened", "known as")),
    # "the ⟦A⟧ exiles re-founded their movement in Kabul under a new name, the ⟦X⟧": the same
    # organisation, renamed, told through its members
    frame("g-rename-refounded-under-a-new-name", "rename",
       rf"(?:(?P<a>{NAMED})\s+(?:[\w-]+\s+)?{MEMBERS_OF}|(?:the\s+)?{MEMBERS_OF}\s+of\s+"
       rf"(?P<a2>{NAMED}))\s+{ADVERB}(?:re-?founded|re-?formed|"
       rf"re-?launched|re-?established|revived|reconstituted|rebuilt|reorgani[sz]ed)\s+"
       rf"(?:their|the|its)\s+(?:movement|group|organi[sz]ation|party|network|front)\b"
       rf"[^⟦.;]{{0,60}}?\s+under\s+(?:a\s+)?(?:new|different|fresh)\s+name\s*,?\s*(?P<x>{ORG})",
       "x", ("a", "a2"), ("new name", "different name", "fresh name")),
    frame("g-rename-under-a-new-name", "rename",
       rf"(?P<a>{ORG})\s+{ADVERB}(?:was|were)\s+{ADVERB}(?:re-?founded|re-?formed|re-?launched|"
       rf"re-?established|revived|reconstituted|rebuilt|reorgani[sz]ed|relaunched)\b[^⟦.;]{{0,60}}?"
       rf"\s+under\s+(?:a\s+)?(?:new|different|fresh)\s+name\s*,?\s*(?P<x>{NAMED})",
       "x", ("a",), ("new name", "different name", "fresh name")),
    # "⟦AN⟧ came out of a faction that split from ⟦BH⟧ in 2012": the faction is the group
    frame("g-split-out-of-a-faction-that", "split",
       rf"(?P<x>{ORG})\s+(?:(?:seems|appears|is\s+(?:said|thought|believed))\s+to\s+have\s+)?"
       rf"(?:come|came|emerged|grown|grew|sprung|sprang|arisen|arose|originated)\s+(?:out\s+of|from|"
       rf"in)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:faction|wing|splinter|current|tendency|group|cell)\s+"
       rf"(?:that|which)\s+(?:had\s+)?{alt(SPLIT)}\s+(?P<b>{ORG})",
       "x", ("b",), SPLIT_CUES),
    # "The organisation is a split from ⟦PIRA⟧", "Origin: a split from ⟦HTS⟧ in 2018": a
    # nominal predicate or a labelled line
    frame("g-split-nominal", "split",
       rf"(?:(?P<x>{ORG})\s+(?:is|was)\s+(?:itself\s+)?|^\W{{0,3}}(?:origins?|roots|lineage|"
       rf"parent|history)\s*:\s*)(?:an?|the)\s+(?:(?:[\w-]+\s+){{0,2}})?(?:split|breakaway|"
       rf"splinter|offshoot)\s+(?:group\s+|faction\s+)?(?:from|of)\s+(?P<b>{ORG})",
       "x|@self", ("b",), ("split", "breakaway", "splinter", "offshoot")),
    # "⟦HTS⟧ was itself the merger, in January 2017, of ⟦JFS⟧ with four smaller factions"
    frame("g-merger-nominal-of", "merger",
       rf"(?P<x>{ORG})\s+(?:is|was)\s+(?:itself\s+)?(?:the|an?)\s+(?:product\s+of\s+(?:the|an?)\s+)?"
       rf"(?:merger|union|fusion|amalgamation)\s*,?(?:\s+(?:in|on)\s+[^⟦,.;]{{1,30}}?,)?\s+(?:of|"
       rf"between)\s+(?P<a>{ITEMS})(?:\s+(?:with|and)\s+(?P<b>{ITEMS}))?",
       "x", ("a", "b"), ("merger", "union", "fusion", "amalgamation")),
    # "the new group absorbed most of ⟦J⟧’s remaining fighters": the body of X taken in, as the
    # keys read "fighters of X were absorbed"
    frame("g-absorb-most-of-its-fighters", "absorption",
       rf"(?P<x>the\s+new\s+(?:group|organi[sz]ation|movement)|{ORG})\s+{ADVERB}(?:absorbed|took\s+in|"
       rf"incorporated|integrated)\s+(?:most|many|much|"
       rf"all|the\s+bulk|the\s+rest|the\s+remainder|part|the\s+core)\s+of\s+(?P<a>{NAMED})(?:[’']s)?\s+"
       rf"(?:remaining\s+|surviving\s+)?(?:fighters|members|commanders|cadres|units|men|forces)",
       "x", ("a",), ("absorbed", "took in", "incorporated", "integrated")),
    # "The group had begun in 1980 as ⟦JAA⟧, a relief body, and took the name ⟦HuJI⟧ a few
    # years later": what it began as, renamed
    frame("g-rename-began-as-then-took-the-name", "rename",
       rf"(?P<s>{ORG})\s+(?:itself\s+)?(?:had\s+)?(?:begun|began|started|emerged|was\s+{FOUND_PASSIVE})"
       rf"\b[^⟦.;]{{0,30}}?\s+as\s+(?P<a>{NAMED})[^.;]{{0,120}}?\band\s+{ADVERB}(?:took|adopted|"
       rf"assumed)\s+(?:on\s+)?the\s+name(?:\s+of)?\s+(?P<x>{ORG})",
       "x", ("a",), ("took the name", "adopted the name", "assumed the name")),
]  # fmt: skip


# --- the first rounds' shapes ----------------------------------------------------------
# Read after the frames above, for what they leave: "split into A, which kept the name, and
# B", "converted itself into …, X", the anonymous split named in a later sentence, an
# affiliation, an origin. Their roles are slots (`SUBJECT`: a slot or the group).
SUBJECT = rf"(?:{SLOT}|the (?:new )?group|it|the organi[sz]ation)"
# the group when another organisation is the sentence's subject
PROSE_SELF = r"(?P<self>the\s+(?:new|larger|main|parent)\s+(?:group|organi[sz]ation|party|movement)|the\s+group|it)"  # noqa: E501
FIRST_ROUNDS: list[Frame] = [
    frame("p-founded-by-breakaway", "split",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:founded|formed|created|established)[^⟦.;]{{0,80}}?"
          rf"\s+by\s+[^⟦.;]{{0,60}}?\b(?:who|that)\s+(?:had\s+)?(?:broken\s+away|broke\s+away|"
          rf"split|splintered|seceded)\s+from\s+(?P<b>{SLOT})",
          "x", ('b',), ('broke away', 'broken away', 'split', 'splintered', 'seceded')),
    frame("p-relative-rename", "rename",
          rf"(?P<a>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
          rf"(?:later\s+|then\s+|eventually\s+)?(?:renamed\s+itself|changed\s+its\s+name\s+to|"
          rf"took\s+the\s+name)\s+(?P<x>{SLOT})",
          "x", ('a',), ('renamed itself', 'changed its name', 'took the name')),
    frame("p-relative-split", "split",
          rf"(?P<x>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
          rf"(?:had\s+)?(?:split|splintered|broke\s+away|seceded)\s+(?:off\s+)?from\s+"
          rf"(?P<b>{SUBJECT})",
          "x", ('b',), ('split', 'splintered', 'broke away', 'seceded')),
    frame("p-split-into", "split",
          rf"(?P<a>{SUBJECT})\s+split\s+into\s+(?:two\s+(?:factions|groups|wings)\s*,?\s*)?"
          rf"(?P<x1>{SLOT})(?P<r1>\s*,\s*(?:which|that)\s+[^,.;]{{1,80}},)?\s*,?\s+and\s+"
          rf"(?P<x2>{SLOT})(?P<r2>\s*,\s*(?:which|that)\s+(?:kept|retained)\b)?",
          "x1+x2", ('a',), ('split into',)),
    frame("p-offshoot", "split",
          rf"(?P<x>{SUBJECT})\s+(?:emerged|arose|appeared|was\s+(?:formed|founded|created|"
          rf"established))[^⟦.]{{0,120}}?\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}"
          rf"(?:offshoot|splinter(?:\s+group)?|breakaway(?:\s+(?:group|faction))?)\s+"
          rf"(?:of|from)\s+(?P<b>{SLOT})",
          "x", ('b',), ('offshoot', 'splinter', 'breakaway')),
    frame("p-integrated", "absorption",
          rf"\b(?:fighters|members|remnants|units|cadres|militants)\s+of\s+(?P<a>{SLOT})"
          rf"[^⟦.]{{0,120}}?\s(?:were|was)\s+(?:(?:gradually|later|eventually)\s+)?"
          rf"(?:integrated|absorbed|incorporated|folded|merged)\s+into\s+{PROSE_SELF}\b",
          "@self", ('a',), ('integrated', 'absorbed', 'incorporated', 'folded', 'merged')),
    frame("p-faction-splintered", "split",
          rf"\b(?:a|one)\s+(?:faction|splinter\s+group|wing|breakaway\s+group)\s+that\s+"
          rf"(?:splintered|split|broke\s+away|seceded)\s+from\s+{PROSE_SELF}"
          rf"(?:\s+in\s+[^⟦.,]{{1,30}})?\s*,\s*(?P<x>{SLOT})",
          "x", ('@self',), ('splintered', 'split', 'broke away', 'seceded')),
    frame("p-broke-away-to-form", "split",
          rf"\bbroke\s+away\b(?!\s+from)(?:\s+with\s+[^⟦.]{{0,60}}?)?\s+(?:and\s+"
          rf"(?:later\s+|then\s+)?(?:formed|founded|created)|to\s+(?:form|found|create))\s+"
          rf"(?P<x>{SLOT})",
          "x", ('@self',), ('broke away',)),
    frame("p-pledge-rename", "pledge",
          rf"(?P<a>{SUBJECT})\s+pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to\s+"
          rf"(?P<b>{SLOT})[^⟦.]{{0,60}}?\s(?:and|,)\s+(?:(?:then|later)\s+)?(?:renamed\s+itself|"
          rf"changed\s+its\s+name\s+to|took\s+the\s+name|rebranded\s+(?:itself\s+)?as)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('pledged',), partners=('b',)),
    frame("p-joined-to-form", "merger",
          rf"(?P<a>{SUBJECT}|{LIST})\s+joined\s+(?:forces\s+)?(?:with\s+(?P<b>{LIST})\s+)?"
          rf"(?:together\s+)?[^⟦.]{{0,40}}?\b(?:to\s+form|forming|to\s+create)\s+(?P<x>{SLOT})",
          "x", ('a', 'b'), ('joined',)),
    frame("p-converted", "rename",
          rf"(?P<a>{SUBJECT})\s+(?:[^\s⟦.]+\s+){{0,8}}?(?:converted|transformed|turned)\s+"
          rf"itself\s+into\s+[^⟦.,]{{0,60}}?,\s+(?P<x>{SLOT})",
          "x", ('a',), ('itself into',)),
    frame("p-merger-rename", "merger-rename",
          rf"(?P<a>{SUBJECT})\s+merged\s+with\s+(?P<b>{LIST})[^⟦.]*?,?\s+(?:changing\s+its\s+"
          rf"name\s+to|and\s+(?:renamed|rebranded)\s+itself|renaming\s+itself|and\s+changed\s+"
          rf"its\s+name\s+to|and\s+took\s+the\s+name)\s+(?P<x>{SLOT})",
          "x", ('a',), ('merged',), partners=('b',)),
    frame("p-merger-when", "merger",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+when\s+"
          rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?",
          "x", ('a', 'b'), ('merged',)),
    frame("p-merger-of", "merger",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+"
          rf"(?:by|through|from)\s+the\s+merger\s+of\s+(?P<a>{LIST})",
          "x", ('a',), ('merger of',)),
    frame("p-merger-to-form", "merger",
          rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?[^⟦.]*?\s+(?:to\s+form|"
          rf"forming|creating|into\s+a\s+new\s+group,?)\s+(?P<x>{SLOT})",
          "x", ('a', 'b'), ('merged',)),
    frame("p-absorbed-into", "absorption",
          rf"(?P<a>{LIST})\s+(?:merged\s+into|(?:was|were)\s+absorbed\s+(?:into|by))\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('merged into', 'absorbed')),
    frame("p-absorbed", "absorption",
          rf"(?P<x>{SUBJECT})\s+absorbed\s+(?P<a>{LIST})",
          "x", ('a',), ('absorbed',)),
    frame("p-split-and-formed", "split",
          rf"(?:{SUBJECT}|he|she|they)\s+(?:had\s+)?(?:split|broke\s+away)\s+from\s+"
          rf"(?P<b>{SLOT})[^⟦.]*?\band\s+(?:then\s+)?(?:formed|founded|created|established)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('b',), ('split', 'broke away')),
    frame("p-split", "split",
          rf"(?P<x>{SUBJECT})\s+(?:had\s+)?(?:itself\s+)?(?:split|splintered|broke\s+away|"
          rf"separated)\s+(?:off\s+)?from\s+(?P<b>{SLOT})",
          "x", ('b',), ('split', 'splintered', 'broke away', 'separated')),
    frame("p-split-anonymous", "split-unnamed",
          rf"\b(?:a|the)\s+(?:splinter|faction|wing|breakaway)\w*(?:\s+(?:group|faction))?"
          rf"(?:\s+(?:of|from|within)\s+(?P<b>{SLOT}))?[^.⟦]*?\s(?:broke\s+away|split\s+off|"
          rf"splintered|seceded)",
          "", ('b', '@self'), ('broke away', 'split off', 'splintered', 'seceded')),
    frame("p-named-itself", "names-the-split",
          rf"the\s+new\s+group\s+(?:named|called)\s+itself\s+(?P<x>{SLOT})",
          "x", (), ('itself',)),
    frame("p-rename", "rename",
          rf"(?P<a>{SUBJECT})\s+(?:renamed\s+itself|changed\s+its\s+name\s+to|was\s+renamed"
          rf"(?:\s+again)?(?:\s+(?:as|to))?|rebranded\s+(?:itself\s+)?as|became\s+known\s+as)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('renamed', 'changed its name', 'rebranded', 'became known')),
    frame("p-affiliate", "affiliate",
          rf"(?P<a>{SUBJECT})\s+(?:pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to|became\s+"
          rf"an?\s+(?:affiliate|branch|franchise)\s+of|is\s+an?\s+(?:affiliate|branch)\s+of|"
          rf"affiliated\s+(?:itself\s+)?with)\s+(?P<b>{SLOT})",
          "a", ('b',), ('pledged', 'affiliate', 'branch', 'franchise')),
    frame("p-origin", "origin",
          rf"(?P<a>{SUBJECT})\s+(?:originated\s+as|traces\s+its\s+(?:roots|origins)\s+to|"
          rf"has\s+its\s+roots\s+in)\s+(?P<b>{SLOT})",
          "a", ('b',), ('originated', 'traces its', 'has its roots')),
]  # fmt: skip

# Every frame in reading order: the more specific shapes first.
LINEAGE_FRAMES: list[Frame] = [*FRAMES, *GRAMMAR, *(replace(f, plain=True) for f in FIRST_ROUNDS)]
