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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.slots import NAME, SLOT, G

# The profile's own group as prose names it when it is a role of the clause.
SELF_WORDS = ("the group", "it", "itself", "the organisation", "the organization",
              "the movement", "the party", "the insurgency", "the leadership",
              "the group's leadership", "the group’s leadership", "its leadership",
              "his movement", "his group", "his organisation", "his organization",
              "the alliance")  # fmt: skip
# the noun in lower case: "the Movement for …" is a name, not the group; "his movement" is
# the founder's, in a history paragraph the profile's group
_SELF = (
    r"(?:the\s+(?-i:group|organi[sz]ation|movement|party|insurgency|leadership)|the\s+group[’']s\s+"
    r"leadership|its\s+leadership|his\s+(?-i:movement|group|organi[sz]ation)|it)"
)
# "the Palestinian branch of X", "the armed wing of X" as a PRIOR: the organisation is X
_PART_OF = (
    r"(?:(?:the\s+)?(?:(?-i:[A-Z][\w’'-]{1,30})\s+)?(?:local\s+|regional\s+|national\s+|"
    r"militant\s+|radical\s+|armed\s+|youth\s+)?(?:branch|chapter|section|wing)\s+of\s+)?"
)
ORG = rf"(?:{SLOT}|{_SELF}\b)"
NAMED = rf"(?:{SLOT})"
_AND = r"(?:\s{0,5},\s{0,5}(?:and\s{1,5})?|\s{1,5}and\s{1,5})"
ORGS = rf"{ORG}(?:{_AND}{ORG}){{0,8}}"
# A party in a list as prose writes it: an owner before it ("Ali Musa’s ⟦1⟧"), a part of it
# after it ("⟦1⟧’s southern wing", no party itself), a parenthesis ("(the Masked Men)") and an
# inserted clause that tells something else ("⟦1⟧, which had broken away from ⟦2⟧ in 2009,").
# `kg.ingest.lineage` blanks the parts, parentheses and inserted clauses out of a role before
# reading its organisations, and dates the main clause without the dates they hold.
_POSSESSOR = rf"(?:{NAME}[’']s\s+)"
ASIDE = r"(?:\s{0,3}\([^()]{1,60}\))"
INSERT = (
    r"(?:\s{0,3},\s{0,3}(?:which|that|who|whose|itself|formed|founded|created|established|set\s+up|"
    r"born|led|an?)\b[^;.()]{1,120}?(?=\s{0,3},\s{0,3}and\s|\s{1,3}and\s))"
)
# (a name's last word may have taken the "’s" already: "Brigade’s" is one word of NAME)
PART = r"(?:(?:[’']s|(?<=[’']s))\s+(?:[\w-]{1,30}\s+){0,3}?[\w-]{1,30})"
_ITEM = rf"(?:{_PART_OF}{_POSSESSOR}?{ORG}{PART}?{ASIDE}?{INSERT}?)"
ITEMS = rf"{_ITEM}(?:{_AND}{_ITEM}){{0,8}}"
_GAP = r"[^⟦.;]{0,80}?"
_SHORT_GAP = r"[^⟦.;]{0,40}?"
_ADVERB = r"(?:(?:later|then|again|eventually|formally|officially|subsequently|gradually|soon|also|finally)\s+)?"  # noqa: E501
_FOUND_PASSIVE = r"(?:founded|formed|created|established|set\s+up|launched|started|born)"
_MEMBERS = (
    r"(?:(?:[\w’'-]{1,20}\s+){0,2}?(?:(?:former|ex-?|disaffected|dissident|breakaway|renegade|"
    r"radical|hardline|younger)\s*-?\s*)?(?:members|militants|commanders|cadres|fighters|"
    r"leaders|officers|activists|followers|clerics)|(?:[\w’'-]{1,20}\s+){0,2}?(?:dissidents|"
    r"defectors|deserters))"
)
_LEFT = (
    r"(?:left|quit|deserted|abandoned|defected\s+from|broke\s+(?:away\s+)?from|"
    r"(?:had\s+)?broken\s+away\s+from|split\s+(?:off\s+)?from|splintered\s+from|seceded\s+from)"
)
_SPLINTER_NOUN = (
    r"(?:offshoot|splinter(?:\s+(?:group|faction|cell|movement))?|breakaway(?:\s+(?:group|"
    r"faction|wing|movement|organi[sz]ation))?|dissident\s+(?:faction|wing|group))"
)
_RENAME_VERB = (
    r"(?:renamed\s+itself(?:\s+as)?|was\s+renamed(?:\s+again)?(?:\s+(?:as|to))?|changed\s+its\s+"
    r"name\s+to|rebranded(?:\s+itself)?(?:\s+as)?|became\s+known\s+as|took\s+(?:on\s+)?the\s+"
    r"name(?:\s+of)?|adopted\s+the\s+name(?:\s+of)?|assumed\s+the\s+name(?:\s+of)?)"
)
_RENAME_ING = (
    r"(?:renaming\s+itself|changing\s+its\s+name\s+to|taking\s+the\s+name(?:\s+of)?|"
    r"adopting\s+the\s+name(?:\s+of)?|rebranding\s+(?:itself\s+)?as)"
)
_OATH = (
    r"(?:pledged|swore|sworn|declared|gave|offered|pledging|swearing|declaring|giving)\s+"
    r"(?:its\s+|an\s+oath\s+of\s+|formal\s+)?(?:allegiance|loyalty|fealty|bay[’']?ah?)\s+to"
)
PLEDGE = re.compile(rf"\b{_OATH}\b", re.I)
# "which in 2018 became", "emerged in 1998 from": a short time phrase between the words
_WHEN = r"(?:\s+(?:in|on|by|around|during|after)\s+[^⟦,.;]{1,30}?)"
_UNION = r"(?:union|merger|fusion|amalgamation|unification|merging)"


@dataclass(frozen=True)
class Frame:
    """A shape of lineage clause: its kind, its pattern, and which named groups play the
    result and the prior roles ('@self' for the profile's group when the shape leaves the
    role unsaid, as in "a splinter group, X, formed")."""

    name: str
    kind: str  # split | merger | absorption | rename | pledge | recruits
    pattern: re.Pattern[str]
    result: str
    priors: tuple[str, ...]
    cues: tuple[str, ...]


def _frame(
    name: str, kind: str, pattern: str, result: str, priors: tuple[str, ...],
    cues: tuple[str, ...],
) -> Frame:
    return Frame(name, kind, re.compile(pattern, re.I), result, priors, cues)


_WHEN_LEFT = (
    r"(?:left|quit|deserted|abandoned|walked\s+out\s+(?:of|on)|broke\s+(?:away\s+)?(?:from|with)|"
    r"(?:had\s+)?broken\s+(?:away\s+)?(?:from|with)|split\s+(?:off\s+)?from|splintered\s+from|"
    r"seceded\s+from|(?:was|were)\s+expelled\s+from)"
)
_FOUNDED_ACTIVE = r"(?:founded|formed|created|set\s+up|launched|established)"
_FOUND_INFINITIVE = r"(?:found|form|create|set\s+up|launch|establish)"
_NAMED_ITSELF = (
    r"(?:(?:called|named|styled|dubbed)\s+itself|took\s+(?:on\s+)?the\s+name(?:\s+of)?|adopted\s+"
    r"the\s+name(?:\s+of)?|became\s+known\s+as)"
)
_BODIES = r"(?:factions|groups|militias|organi[sz]ations|movements|outfits|brigades|bands|cells)"

# Round three (issue #12): shapes the second held-out set told and no frame read.
_ROUND_THREE: list[Frame] = [
    # "⟦DF⟧, formed in May 2010 when Ali Musa left ⟦NB⟧", "It was created in 1998, when its
    # founders quit ⟦PLF⟧": an organisation made when people left another is its split
    _frame("formed-when-left", "split",
           rf"(?P<x>{ORG}){ASIDE}?(?:\s*,|\s+(?:was|were))\s+{_FOUND_PASSIVE}\b{_SHORT_GAP},?\s+"
           rf"when\s+(?:[^⟦;.,]{{1,60}}?\s)?{_WHEN_LEFT}\s+{_PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("when",)),
    # "born of a split in ⟦IRA⟧", "the product of a 1998 schism within ⟦PLF⟧"
    _frame("born-of-split", "split",
           rf"(?P<x>{ORG})\s+(?:(?:was|were)\s+(?:born|formed|founded|created)|emerged|arose|came|"
           rf"grew|resulted|(?:is|was)\s+the\s+(?:product|result|outcome|fruit))\b{_SHORT_GAP}\s+"
           rf"(?:of|from|out\s+of|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:split|schism|rupture|"
           rf"breach|break-?up)\s+(?:in|within|inside|of)\s+{_PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("split", "schism", "rupture", "breach", "break")),
    _frame("split-gave-birth", "split",
           rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:split|schism|rupture)\s+(?:in|within|inside)\s+"
           rf"(?P<b>{ORG}){_SHORT_GAP}\s+(?:gave\s+birth\s+to|produced|spawned|created|led\s+to\s+the\s+"
           rf"(?:creation|founding|birth)\s+of)\s+(?P<x>{ORG})",
           "x", ("b",), ("split", "schism", "rupture")),
    # "⟦DF⟧ rejoined ⟦SF⟧ and was absorbed into it": taken back in as a body
    _frame("rejoined", "absorption",
           rf"(?P<a>{ORGS})\s+{_ADVERB}(?:rejoined|re-joined|returned\s+to(?:\s+the\s+fold\s+of)?|"
           rf"went\s+back\s+to|(?:was|were)\s+(?:reabsorbed|re-absorbed|reintegrated|re-integrated)\s+"
           rf"(?:into|by|in))\s+(?P<x>{ORG})(?:{_WHEN}?\s+and\s+(?:was|were)\s+(?:absorbed|"
           rf"integrated|folded|incorporated|merged)\s+(?:back\s+)?into\s+(?:it|them)\b)?",
           "x", ("a",), ("rejoined", "re-joined", "returned to", "went back", "reabsorbed",
                         "re-absorbed", "reintegrated", "re-integrated")),
    # "The SF was formed in 1995, when militants under Haddad joined with the remnants of ⟦PF⟧
    # to form a single force": every organisation on either side is a party (people are not)
    _frame("formed-when-joined", "merger",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{_FOUND_PASSIVE}\b{_SHORT_GAP},?\s+(?:when|as)\s+"
           rf"(?P<a>[^;.]{{1,100}}?)\s+(?:joined(?:\s+forces)?\s+with|merged\s+with|united\s+with|"
           rf"combined\s+with|fused\s+with)\s+(?P<b>[^;.,]{{1,100}}?)(?=\s+(?:to\s+(?:form|create)|"
           rf"in\s+\d|under\b)|\s*[,;.]|\s*$)",
           "x", ("a", "b"), ("when", "as")),
    _frame("formed-when-came-together", "merger",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{_FOUND_PASSIVE}\b{_SHORT_GAP},?\s+(?:when|as)\s+"
           rf"(?P<a>[^;.]{{1,120}}?)\s+(?:merged|united|came\s+together|joined\s+forces|combined|"
           rf"fused|banded\s+together)\b(?!\s+with)",
           "x", ("a",), ("when", "as")),
    # "Founded June 2007: nine factions united under Haddad, among them ⟦DF⟧"
    _frame("factions-united-among-them", "merger",
           rf"(?:(?P<x>{ORG})\s+(?:was|were)\s+)?\b{_FOUND_PASSIVE}\b[^⟦;.]{{0,60}}?{_BODIES}\b"
           rf"[^⟦;.]{{0,60}}?\s(?:united|merged|came\s+together|joined\s+forces|banded\s+together|"
           rf"coalesced|combined)\b[^⟦;.]{{0,60}}?,\s+(?:among\s+them|among\s+which|including|"
           rf"notably|such\s+as)\s+(?P<a>{ITEMS})",
           "x|@self", ("a",), ("among", "including", "notably", "such as")),
    # "a breakaway faction of ⟦JI⟧ that rejected the truce and called itself ⟦TQJ⟧"
    _frame("breakaway-named-itself", "split",
           rf"\b(?:an?|the)\s+(?:(?:new|small|radical|militant|hardline|violent)\s+)?(?:breakaway|"
           rf"splinter|dissident|rebel|renegade)\s+(?:faction|wing|group|cell|branch|movement)\s+"
           rf"(?:of|from|within)\s+(?P<b>{ORG})(?:\s*,[^⟦;.]{{1,80}}?,|\s+(?:that|which|who)"
           rf"(?:\s+[^⟦;.]{{1,80}}?)?(?:\s+and)?)?\s+{_ADVERB}{_NAMED_ITSELF}\s+(?P<x>{NAMED})",
           "x", ("b",), ("itself", "name", "known as")),
    _frame("faction-that-left-named-itself", "split",
           rf"\b(?:an?|the|one)\s+(?:faction|wing|group|cell)\s+(?:that|which)\s+(?:had\s+)?"
           rf"{_WHEN_LEFT}\s+(?P<b>{ORG}){_SHORT_GAP}\s+{_ADVERB}{_NAMED_ITSELF}\s+(?P<x>{NAMED})",
           "x", ("b",), ("itself", "name", "known as")),
    # "Abu Walid’s faction, after its break with Belmokhtar, went on as ⟦ISGS⟧": a part of the
    # group (or of the named one) living on under a name of its own is a split
    _frame("faction-went-on-as", "split",
           rf"\b(?:faction|wing|minority|dissidents|splinter|hardliners|remnants)\b(?:\s+of\s+"
           rf"(?P<b>{ORG}))?[^⟦;.]{{0,80}}?\s+{_ADVERB}(?:went\s+on|continued|carried\s+on|"
           rf"re-?emerged|re-?organi[sz]ed|regrouped|resurfaced|lived\s+on)\s+as\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("went on", "continued", "carried on", "emerged", "organi",
                                 "regrouped", "resurfaced", "lived on")),
    # "its remnants formed ⟦SU⟧", "what remained of ⟦SF⟧ founded ⟦SU⟧"
    _frame("remnants-formed", "split",
           rf"(?:\b(?:its|the\s+group[’']s)\s+(?:remnants|survivors|rump)|\b(?:the\s+)?(?:remnants|"
           rf"survivors|rump|what\s+remained|what\s+was\s+left)\s+of\s+(?P<b>{ORG}))\s+{_ADVERB}"
           rf"(?:{_FOUNDED_ACTIVE}|regrouped\s+as|re-?organi[sz]ed\s+as)\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("remnants", "survivors", "rump", "remained", "was left")),
    # "Sungkar and Ba’asyir broke away from ⟦DI⟧ when they founded ⟦JI⟧", "Haddad broke with
    # ⟦PLF⟧ in 1998 to set up ⟦SF⟧": founders leaving one organisation to found another
    _frame("left-when-founded", "split",
           rf"{_WHEN_LEFT}\s+{_PART_OF}(?P<b>{ORG})(?:\s*,\s*(?:the|an?)\s+[^⟦;.,]{{1,80}}?(?=\s*,))?"
           rf"(?:{_WHEN}|\s+[^⟦;.,]{{1,25}}?)?\s*,?\s+"
           rf"(?:when\s+(?:they|he|she)\s+{_ADVERB}{_FOUNDED_ACTIVE}|and\s+{_ADVERB}"
           rf"{_FOUNDED_ACTIVE}|to\s+{_FOUND_INFINITIVE})\s+(?P<x>{ORG})",
           "x", ("b",), ("left", "quit", "deserted", "abandoned", "walked out", "broke",
                         "broken", "split", "splintered", "seceded", "expelled")),
    # "the group later became", "was reconstituted as", "gave way to": the same organisation
    # under a new name
    _frame("reconstituted-as", "rename",
           rf"(?P<a>{ORG})\s+{_ADVERB}(?:(?:was|were)\s+{_ADVERB}(?:reconstituted|re-?organi[sz]ed|"
           rf"restructured|reborn|relaunched|transformed|re-?formed)\s+(?:as|into)|gave\s+way\s+to)"
           rf"\s+(?P<x>{NAMED})",
           "x", ("a",), ("reconstituted", "organi", "restructured", "reborn", "relaunched",
                         "transformed", "formed", "gave way")),
    # "⟦JI⟧’s roots lie in ⟦DI⟧", "The movement is generally traced to ⟦BY⟧": where the
    # same sentence tells a rename into the group, the rename is the step (read in lineage.py)
    _frame("roots-lie-in", "split",
           rf"(?:(?P<x>{ORG})(?:[’']s)?|\bits)\s+(?:(?:is|was)\s+(?:generally\s+|usually\s+|often\s+|"
           rf"commonly\s+|widely\s+)?traced\s+(?:back\s+)?to|(?:roots|origins?)\s+(?:lie|lay|are|is|"
           rf"were)\s+in)\s+{_PART_OF}(?P<b>{NAMED})(?!\s*(?:’s|'s)\b)",
           "x|@self", ("b",), ("traced", "roots", "origin")),
]  # fmt: skip

FRAMES: list[Frame] = [
    *_ROUND_THREE,
    # --- pledges: an oath and a new name --------------------------------------------------
    _frame("pledge-and-rename", "pledge",
           rf"(?P<a>{ORG})\s+{_ADVERB}{_OATH}\s+(?P<b>{NAMED}){_SHORT_GAP}(?:\s+and|,)\s+"
           rf"{_ADVERB}(?:{_RENAME_VERB}|{_RENAME_ING})\s+(?P<x>{NAMED})",
           "x", ("a",), ("allegiance", "loyalty", "fealty", "bay")),
    _frame("after-pledging-renamed", "pledge",
           rf"\b(?:after|upon|on)\s+{_OATH}\s+(?P<b>{NAMED}){_SHORT_GAP},\s+(?P<a>{ORG})\s+"
           rf"{_ADVERB}{_RENAME_VERB}\s+(?P<x>{NAMED})",
           "x", ("a",), ("allegiance", "loyalty", "fealty", "bay")),
    # --- renames -------------------------------------------------------------------------
    _frame("formerly-known-as", "rename",
           rf"(?P<x>{ORG})\s*,\s*(?:formerly|previously|originally|once)\s+(?:known\s+as|called|"
           rf"named)\s+(?P<a>{NAMED})",
           "x", ("a",), ("formerly", "previously", "originally", "once")),
    _frame("was-called-until", "rename",
           rf"(?P<x>{ORG})\s+was\s+(?:called|known\s+as|named)\s+(?P<a>{NAMED})\s+until\b",
           "x", ("a",), ("until",)),
    _frame("until-was-called", "rename",
           rf"\buntil\s+[^⟦,.;]{{1,30}}?,?\s+(?P<x>{ORG})\s+was\s+(?:called|known\s+as|named)\s+"
           rf"(?P<a>{NAMED})",
           "x", ("a",), ("until",)),
    _frame("formerly-opening", "rename",
           rf"^\W{{0,3}}(?:formerly|previously|originally)\s+(?:known\s+as\s+|called\s+)?"
           rf"(?P<a>{NAMED})\s*,\s*(?P<x>{ORG})",
           "x", ("a",), ("formerly", "previously", "originally")),
    _frame("relative-rename", "rename",
           rf"(?P<a>{NAMED})\s*,\s*(?:an?|the)\s+[^⟦.;]{{1,100}}?,?\s+(?:that|which)\s+{_ADVERB}"
           rf"(?:{_RENAME_VERB}|became)\s+(?P<x>{ORG})",
           "x", ("a",), ("renamed", "name", "rebranded", "known as", "became")),
    # "renamed itself Sinistra Proletaria in 1970 and took the name Red Brigades": step two
    _frame("and-took-the-name", "rename",
           rf"(?:(?<=itself\s)|(?<=name\s)|(?<=name\sto\s)|(?<=renamed\s)|(?<=\sas\s))"
           rf"(?P<a>{NAMED})(?:{_WHEN}|\s+[^⟦.;,]{{1,25}}?)?\s*,?\s+and\s+{_ADVERB}"
           rf"(?:{_RENAME_VERB}|{_RENAME_ING})\s+(?P<x>{ORG})",
           "x", ("a",), ("name", "renamed")),
    # "the majority continued as the Red Brigades–Fighting Communist Party (BR-PCC)"
    _frame("continued-as", "rename",
           rf"\b(?:the\s+(?:majority|rest|remainder|core|main\s+body)|(?P<a>{ORG}))\s+"
           rf"{_ADVERB}(?:continued|carried\s+on|survived|re-?emerged)\s+as\s+(?P<x>{NAMED})",
           "x", ("a", "@self"), ("continued", "carried on", "survived", "emerged")),
    _frame("renamed", "rename",
           rf"(?P<a>{ORG})(?:\s*,\s*(?:which|that){_WHEN}?)?\s+{_ADVERB}(?:{_RENAME_VERB}|"
           rf"(?:declared|proclaimed|restyled|reconstituted)\s+itself(?:\s+as)?)\s+(?P<x>{NAMED})",
           "x", ("a",), ("renamed", "name", "rebranded", "known as", "itself")),
    # "the council, which became the Islamic State of Iraq (ISI) in 2006": a name, never
    # "became the largest …" (a capital is needed) nor "became Al Qaida’s branch"
    _frame("became", "rename",
           rf"(?P<a>{ORG})(?:\s*,\s*(?:which|that){_WHEN}?)?\s+{_ADVERB}became\s+(?P<x>{NAMED})"
           rf"(?!\s*(?:’s|'s)\b)(?!\s+(?:of|for)\b)",
           "x", ("a",), ("became",)),
    # --- mergers -------------------------------------------------------------------------
    _frame("merged-to-form", "merger",
           rf"(?P<a>{ITEMS})(?:\s+(?-i:[a-z][\w-]{{1,20}})){{0,2}}?\s+{_ADVERB}(?:merged|joined\s+forces|"
           rf"joined|united|combined|"
           rf"amalgamated|fused)(?:\s+together)?(?:\s+with\s+(?P<b>{ITEMS}))?{_SHORT_GAP}\s+"
           rf"(?:to\s+(?:form|create|found|establish|set\s+up|launch)|forming|creating|"
           rf"founding)\s+(?P<x>{ORG})",
           "x", ("a", "b"), ("merged", "joined", "united", "combined", "amalgamated", "fused")),
    _frame("born-of-union", "merger",
           rf"(?P<x>{ORG})\s+(?:(?:was|were)\s+{_FOUND_PASSIVE}|emerged|arose|came|grew)\b{_GAP}\s+"
           rf"(?:from|through|by|out\s+of|of|in|with)\s+(?:the\s+|an?\s+)?(?-i:{_UNION})\s+(?:of|between)\s+"
           rf"(?P<a>{ITEMS})",
           "x", ("a",), ("union", "merger", "fusion", "amalgamation", "unification", "merging")),
    _frame("union-produced", "merger",
           rf"\bthe\s+{_UNION}\s+of\s+(?P<a>{ORGS}){_SHORT_GAP}\s+(?:created|produced|formed|"
           rf"gave\s+birth\s+to|resulted\s+in)\s+(?P<x>{ORG})",
           "x", ("a",), ("union", "merger", "fusion", "amalgamation", "unification")),
    # --- absorption ----------------------------------------------------------------------
    # X's fighters as a body moving into the group ("fighters of X joined the group en
    # masse", "many of X's fighters joined it") is an absorption, as the corpus keys read it
    # (Islamic Amal into Hezbollah); individuals who "defected to" or "switched to" it are
    # recruits: no lineage, said in the review.
    _frame("members-joined", "absorption",
           rf"\b(?:fighters|members|militants|cadres|units|remnants|men)\s+(?:of|from)\s+"
           rf"(?P<a>{NAMED}){_SHORT_GAP}\s+{_ADVERB}joined\s+(?P<x>{ORG})",
           "x", ("a",), ("joined",)),
    _frame("org-members-joined", "absorption",
           rf"(?P<a>{NAMED})(?:[’']s)?\s+(?:fighters|members|militants|cadres|units|men)\s+"
           rf"{_SHORT_GAP}{_ADVERB}joined\s+(?P<x>{ORG})",
           "x", ("a",), ("joined",)),
    _frame("members-defected", "recruits",
           rf"\b(?:fighters|members|militants|cadres|commanders|units|veterans|men)\s+(?:of|from)\s+"
           rf"(?P<a>{NAMED}){_SHORT_GAP}\s+(?:defected\s+to|switched\s+to|went\s+over\s+to|"
           rf"flocked\s+to)\s+(?P<x>{ORG})",
           "x", ("a",), ("defected", "switched", "went over", "flocked")),
    _frame("org-members-defected", "recruits",
           rf"(?P<a>{NAMED})(?:[’']s)?\s+(?:fighters|members|militants|cadres|commanders|units|men)\s+"
           rf"{_SHORT_GAP}(?:defected\s+to|switched\s+to|went\s+over\s+to|flocked\s+to)\s+"
           rf"(?P<x>{ORG})",
           "x", ("a",), ("defected", "switched", "went over", "flocked")),
    _frame("taken-in", "absorption",
           rf"(?:\b(?:fighters|members|remnants|units|cadres|militants|elements|faction|factions|"
           rf"part|parts|wing|most)\s+of\s+)?"
           rf"(?P<a>{ORG})(?:\s*,[^⟦.;]{{1,80}},|\s+(?:under|led\s+by)\s+[^⟦.;,]{{1,40}}?)?\s+"
           rf"(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
           rf"{_ADVERB}(?:(?:fully|formally|largely)\s+)?(?:integrated|absorbed|incorporated|folded|"
           rf"merged|subsumed)\s+(?:[^⟦.;]{{0,30}}?\s)?(?:into|by|within)\s+(?P<x>{ORG})",
           "x", ("a",), ("integrated", "absorbed", "incorporated", "folded", "merged", "subsumed")),
    _frame("dissolved-into", "absorption",
           rf"(?P<a>{NAMED})\s+{_ADVERB}(?:dissolved|merged)\s+(?:itself\s+)?into\s+(?P<x>{ORG})",
           "x", ("a",), ("into",)),
    _frame("absorbed", "absorption",
           rf"(?P<x>{ORG})\s+{_ADVERB}(?:absorbed|incorporated|swallowed(?:\s+up)?|subsumed|"
           rf"took\s+over)\s+(?P<a>{NAMED}(?:{_AND}{NAMED}){{0,8}})",
           "x", ("a",), ("absorbed", "incorporated", "swallowed", "subsumed", "took over")),
    # --- this group came from X ----------------------------------------------------------
    _frame("founded-by-members", "split",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{_FOUND_PASSIVE}{_GAP}\s+by\s+{_MEMBERS}\s+(?:of|from)\s+"
           rf"{_PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("by",)),
    _frame("founded-by-leavers", "split",
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{_FOUND_PASSIVE}{_GAP}\s+by\s+(?:[^⟦.;,]{{1,60}}?\s)?"
           rf"(?:who|that)\s+(?:had\s+)?{_LEFT}\s+{_PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("who", "that")),
    _frame("participle-as-offshoot", "split",
           rf"^\W{{0,3}}(?:founded|formed|created|established|born|launched|started)\b{_GAP}\s+as\s+"
           rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_SPLINTER_NOUN}\s+(?:of|from)\s+{_PART_OF}"
           rf"(?P<b>{ORG}){_SHORT_GAP},\s+(?P<x>{ORG})",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    _frame("began-as-offshoot", "split",
           rf"(?P<x>{ORG})\s+(?:emerged|arose|appeared|began|started|originated|(?:was|were)\s+"
           rf"{_FOUND_PASSIVE})\b{_GAP}\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_SPLINTER_NOUN}\s+"
           rf"(?:of|from|within)\s+{_PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    _frame("grew-out-of", "split",
           rf"(?P<x>{ORG})\s+{_ADVERB}(?:grew\s+out\s+of|has\s+its\s+roots\s+in|had\s+its\s+roots\s+"
           rf"in|traces?\s+its\s+(?:roots|origins?)\s+(?:back\s+)?to|(?:evolved|emerged|sprang|"
           rf"(?:was|were)\s+born|originated|grew){_WHEN}?\s+(?:out\s+of|from|within))\s+{_PART_OF}"
           rf"(?P<b>{NAMED})"
           rf"(?!\s*(?:’s|'s)\b)",
           "x", ("b",), ("grew out", "roots", "origin", "evolved", "emerged", "sprang", "born")),
    _frame("itself-a-splinter", "split",
           rf"(?P<x>{G})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_SPLINTER_NOUN}\s+"
           rf"(?:of|from)\s+(?P<b>{G}|{_SELF}\b)",
           "x", ("b",), ("offshoot", "splinter", "breakaway", "dissident")),
    # --- the group's own leader acting for it ---------------------------------------------
    # "Julani refused, broke away from the ISI and pledged allegiance to …": a person the
    # profile's leadership paragraph names, breaking away without founding a new group, takes
    # the group with him
    _frame("leader-broke-away", "split",
           rf"(?P<p>{NAME})\s+(?:[^⟦.;]{{0,40}}?,\s+)?{_ADVERB}(?:broke\s+away|split|seceded|broke\s+off)"
           rf"\s+from\s+(?P<b>{NAMED})(?![^.;]{{0,80}}\b(?:form|found|creat|establish|set\s+up))",
           "@leader:p", ("b",), ("broke", "split", "seceded")),
    # "After X was routed, many of its fighters joined Kony" (the group's leader)
    _frame("its-fighters-joined", "absorption",
           rf"(?P<a>{NAMED})\s+[^⟦.;]{{0,100}}?,\s+(?:many|most|some|hundreds|thousands|the\s+bulk)\s+"
           rf"of\s+its\s+(?:fighters|members|militants|men)\s+{_ADVERB}joined\s+"
           rf"(?:(?P<x>(?:the\s+)?{G}|{_SELF}\b)|(?P<p>{NAME}))",
           "x|@leader:p", ("a",), ("its fighters", "its members", "its militants", "its men")),
    # "first called itself A and then B, before taking the name C": A → B → C
    _frame("called-itself-then", "rename",
           rf"\b(?:called|named|styled)\s+itself\s+(?P<a>{NAMED})\s+and\s+(?:then|later)\s+"
           rf"(?P<x>{NAMED})",
           "x", ("a",), ("itself",)),
    _frame("then-before-taking", "rename",
           rf"(?:(?<=then\s)|(?<=later\s))(?P<a>{NAMED})\s*,?\s+before\s+{_RENAME_ING}\s+"
           rf"(?P<x>{ORG})",
           "x", ("a",), ("before",)),
    # --- X split off (from this group, or from a named one) -------------------------------
    _frame("split-from", "split",
           rf"(?P<x>{ORG})(?:\s*,\s*(?:which|that|who))?\s+(?:had\s+)?(?:itself\s+)?{_ADVERB}"
           rf"(?:split|splintered|broke\s+away|broke\s+off|seceded|separated|defected|broken\s+"
           rf"away)\s+(?:off\s+|away\s+)?from\s+(?P<b>{ORG})",
           "x", ("b",), ("split", "splintered", "broke", "seceded", "separated", "defected")),
    _frame("broke-with-leadership", "split",
           rf"(?P<x>{NAMED})\s+{_ADVERB}broke\s+with\s+(?:the\s+(?:group[’']s\s+|central\s+|"
           rf"main\s+)?leadership|its\s+(?:parent|leadership))",
           "x", ("@self",), ("broke with",)),
    _frame("splinter-appositive", "split",
           rf"\b(?:an?|one|the)\s+(?:new\s+)?(?:splinter|breakaway|dissident)\s+(?:group|faction|"
           rf"wing|cell|movement|organi[sz]ation)\s*,\s*(?P<x>{NAMED})\s*,",
           "x", ("@self",), ("splinter", "breakaway", "dissident")),
    _frame("leavers-founded", "split",
           rf"\b(?:members|loyalists|dissidents|commanders|fighters|cadres|militants|hardliners|"
           rf"veterans|leaders|clerics)\s+(?:who|that)\s+(?:had\s+)?{_LEFT}\s+(?P<b>{ORG})\s+"
           rf"{_ADVERB}(?:founded|formed|created|set\s+up|launched|established)\s+(?P<x>{NAMED})",
           "x", ("b",), ("who", "that")),
    _frame("calling-itself-broke-away", "split",
           rf"\b(?:calling|naming|styling)\s+itself\s+(?P<x>{NAMED})\s*,\s*{_ADVERB}(?:broke\s+"
           rf"away|split|seceded|splintered|broke\s+off)(?:\s+(?:off|away))?(?:\s+from\s+"
           rf"(?P<b>{ORG}))?",
           "x", ("b", "@self"), ("itself",)),
    _frame("led-out-to-form", "split",
           rf"\bled\s+[^⟦.;]{{1,60}}?\s+out(?:\s+of\s+(?P<b>{ORG}))?\s+to\s+(?:form|found|"
           rf"create|set\s+up|launch)\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("out",)),
    _frame("left-to-form", "split",
           rf"\b(?:left|quit|abandoned|deserted)\s+(?:(?P<b>{ORG})\s+)?(?:in\s+[^⟦,.;]{{1,20}}?\s+)?"
           rf"(?:to\s+(?:form|found|create|set\s+up|launch|establish)|and\s+{_ADVERB}(?:formed|"
           rf"founded|created|set\s+up|launched|established))\s+(?P<x>{NAMED})",
           "x", ("b", "@self"), ("left", "quit", "abandoned", "deserted")),
    _frame("broke-away-alone", "split",
           rf"(?<!of\s)(?<!of\sthe\s)(?<!from\s)(?<!from\sthe\s)(?<!within\s)(?<!within\sthe\s)"
           rf"(?P<x>{G})\s+{_ADVERB}(?:broke\s+away|split\s+off|splintered\s+off|seceded)\b"
           rf"(?!\s+(?:from|with))",
           "x", ("@self",), ("broke away", "split off", "splintered off", "seceded")),
]  # fmt: skip


# Words that make a history sentence lineage-like: one with none of its frames read is named
# in the review with the reason.
LINEAGE_WORDS = re.compile(
    r"\b(?:split|splinter\w*|broke\s+(?:away|off|with)|offshoot|merged?|merger|absorbed|"
    r"integrated\s+into|incorporated\s+into|folded\s+into|dissolved\s+into|renamed|rebranded|"
    r"changed\s+its\s+name|formerly\s+known|grew\s+out\s+of|roots\s+in|origins?\s+to|"
    r"breakaway|seceded|defected|joined\s+forces|to\s+form|pledged|swore|allegiance)\b",
    re.I,
)
