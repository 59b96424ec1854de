"""The closed lexicons of the lineage grammar and the vocabulary its frames are written in.

A role (`ORG`: a slot or the profile's own group; `NAMED`: a slot only; `ITEMS`: a list of
parties with their owners, parts, parentheses and inserted clauses), a predicate per kind of
step (`SPLIT`, `RENAME`, `MERGE_VERBS`, `ABSORB_ACTIVE`, `ABSORB_PASSIVE`, `OATH` …) and the
short bounded gaps between them. A word not in a lexicon is not read as lineage: a new writer's
predicate is added here, once, and every frame of its kind reads it. `Frame` is one shape of
clause; `kg.ingest.lineage.frames` lists them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.clauses import LIST_ITEM_INSERT, ROLE_PARENTHESIS
from kg.ingest.slots import NAME, SLOT

# The profile's own group as prose names it when it is a role of the clause.
SELF_WORDS = ("the group", "it", "itself", "the organisation", "the organization",
              "the movement", "the party", "the insurgency", "the leadership",
              "the group's leadership", "the group’s leadership", "its leadership",
              "his movement", "his group", "his organisation", "his organization",
              "the alliance", "the entity")  # fmt: skip
# the noun in lower case: "the Movement for …" is a name, not the group; "his movement" is
# the founder's, in a history paragraph the profile's group
SELF = (
    r"(?:the\s+(?-i:group|organi[sz]ation|movement|party|insurgency|leadership|entity)|the\s+group[’']s\s+"
    r"leadership|its\s+leadership|his\s+(?-i:movement|group|organi[sz]ation)|it)"
)
# "the Palestinian branch of X", "the armed wing of X" as a PRIOR: the organisation is X
# "the survivors of X", "the remnants of X": what was left of X is X, as the keys read it
# ("fused with survivors of X": X is a party); dissidents or defectors of X are people who left
PART_OF = (
    r"(?:(?:the\s+)?(?:(?-i:[A-Z][\w’'-]{1,30})\s+)?(?:local\s+|regional\s+|national\s+|"
    r"militant\s+|radical\s+|armed\s+|youth\s+)?(?:branch|chapter|section|wing)\s+of\s+|"
    r"(?:the\s+)?(?:remnants|remains|survivors|rump|rest)\s+of\s+)?"
)
# "absorbed into the armed forces of X", "folded into the ranks of X": the body an organisation
# was taken into is the one the part belongs to
INTO_PART_OF = (
    r"(?:(?:the\s+)?(?:(?:armed|military|fighting|regular)\s+)?(?:forces|ranks|structures|fold)"
    r"\s+of\s+)?"
)
# what was left of an organisation, told by a possessive: "its remnants", "the SF's remaining
# fighters" (the keys read the fighters of X taken in as X taken in)
REMNANT = (
    r"(?:(?:remaining|surviving)\s+)?(?:remnants|remains|survivors|rump|fighters|members|"
    r"cadres|units|forces)"
)
# "the old ⟦IRA⟧", "the original ⟦X⟧": a modifier before a name is no part of it
ORG = rf"(?:(?:the\s+(?:old|original|historic|former)\s+)?{SLOT}|{SELF}\b)"
NAMED = rf"(?:{SLOT})"
AND = r"(?:\s{0,5},\s{0,5}(?:and\s{1,5})?|\s{1,5}and\s{1,5})"
ORGS = rf"{ORG}(?:{AND}{ORG}){{0,8}}"
# A party in a list as prose writes it: an owner before it ("Ali Musa’s ⟦1⟧"), a part of it
# after it ("⟦1⟧’s southern wing", no party itself), a parenthesis ("(the Masked Men)") and an
# inserted clause that tells something else ("⟦1⟧, which had broken away from ⟦2⟧ in 2009,").
# `kg.ingest.lineage.roles` blanks the parts, parentheses and inserted clauses out of a role before
# reading its organisations, and dates the main clause without the dates they hold.
_POSSESSOR = rf"(?:{NAME}[’']s\s+)"
ASIDE = ROLE_PARENTHESIS  # what an aside in a role is: `kg.ingest.clauses`
INSERT = LIST_ITEM_INSERT
# (a name's last word may have taken the "’s" already: "Brigade’s" is one word of NAME)
PART = r"(?:(?:[’']s|(?<=[’']s))\s+(?:[\w-]{1,30}\s+){0,3}?[\w-]{1,30})"
# "the Sahara emirate of ⟦AQIM⟧": a unit named by its qualifier, read whole by the roles
UNIT_TAIL = (
    r"(?:\s+(?-i:emirate|region|zone|sector|unit|command|province|wilayat?|katiba|battalion|"
    r"brigade|division|directorate)\s+of\s+(?:the\s+)?⟦\d+⟧)?"
)
_ITEM = rf"(?:{PART_OF}{_POSSESSOR}?{ORG}{UNIT_TAIL}{PART}?{ASIDE}?{INSERT}?)"
# "⟦A⟧ broke away from ⟦B⟧, and it later merged …": "it" after "and" opens a clause of its own,
# never a list's next item
_NEXT_ITEM = rf"(?!it\b){_ITEM}"
# a list closes at its "and": "A, B and C" — never "A and B, C" ("… among them A and B, UN
# experts report" took "UN" for a third party)
_LAST_AND = r"(?:\s{0,5},\s{0,5}and\s{1,5}|\s{1,5}and\s{1,5})"
ITEMS = rf"{_ITEM}(?:\s{{0,5}},\s{{0,5}}{_NEXT_ITEM}){{0,8}}(?:{_LAST_AND}{_NEXT_ITEM})?"
# "into one organisation, X", "to form a single front, which became known as X": a generic noun
# phrase before the result's name
NEW_BODY = (
    r"(?:(?:an?|one|the)\s+(?:(?:single|new|common|unified|joint|larger|united)\s+)?(?:body|"
    r"organi[sz]ation|group|movement|front|entity|force|structure|formation)\s*,?\s*"
    r"(?:(?:which|that)\s+(?:was\s+|became\s+|is\s+)?(?:later\s+|soon\s+)?(?:called|named|"
    r"known\s+as|dubbed)\s+)?)?"
)
# how a text counts bodies it does not name: "a dozen", "several", "five", "12" — one word
# class for every frame that reads a count (partners of a merger, the parts of a split)
COUNT = (
    r"(?:an?\s+(?:dozen|handful|number|score|couple)|dozens|scores|several|some|many|a\s+few|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
)
# the bodies a text counts without naming them
COUNTED_BODIES = (
    r"(?:groups|factions|militias|organi[sz]ations|movements|outfits|brigades|bands|cells|"
    r"parties|fronts|networks|units|guerrillas|committees)"
)
# partners of a merger the text counts but does not name: "with a dozen smaller armed
# organisations", "with several other militias", "with two local bands"
UNNAMED_PARTNERS = (
    rf"\s+with\s+(?P<unnamed>{COUNT}\s+(?:of\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{COUNTED_BODIES}\b)"
)
# the same partners coordinated with a named party as the subject: "⟦A⟧ and five smaller
# insurgent groups merged into …", "⟦A⟧ and several other factions"
AND_UNNAMED_PARTNERS = (
    rf"\s+and\s+(?P<unnamed_and>(?:{COUNT}\s+(?:of\s+)?|other\s+)(?:[\w-]+\s+){{0,3}}?"
    rf"{COUNTED_BODIES})\b"
)
# a body dividing into parts: "split into", "fractured into", "broke up into" (bare "broke
# into" is a burglary's verb: it divides only into a noun of parts, `PARTS`)
DIVIDED_INTO = (
    r"(?:(?:split|splintered|fractured|fragmented|divided)(?:\s+up)?|(?:broke|broken)\s+up)\s+into"
)
BROKE_INTO = r"(?:broke|broken)\s+into"
# the parts a body divided into, as a text counts them: "three factions", "rival wings"
PARTS = (
    rf"(?:(?:{COUNT}|rival|competing|separate|several)\s+)?(?:[\w-]+\s+)?(?:factions|wings|groups|"
    r"camps|parts|organi[sz]ations|movements|parties|splinters|branches|fractions)"
)
# the name a body of leavers went by, told after the clause of their leaving: "under the
# name (of) Y", "calling themselves Y"
UNDER_THE_NAME = (
    r"(?:under\s+the\s+(?:new\s+)?name(?:\s+of)?|(?:calling|naming|styling)\s+(?:themselves|itself))"
)
# "with a dozen smaller armed organisations", "with other militias": peers compared with the
# named party say what it is — an armed group like them
ARMED_PEERS = re.compile(
    r"\b(?:other|smaller|larger|fellow|rival)\s+(?:[\w-]+\s+){0,2}?(?:armed|militant|guerrilla|"
    r"insurgent|jihadist|militias|brigades)\b",
    re.I,
)
# the members through whom a text tells what their organisation did ("the Adolat exiles")
MEMBERS_OF = (
    r"(?:exiles|members|leaders|founders|veterans|survivors|cadres|remnants|loyalists|"
    r"militants|fighters)"
)
# a list whose items are set apart by semicolons ("A; B; C, which …; and D"): an item may then
# carry any inserted clause up to the next semicolon
_SEMI_ITEM = (
    rf"(?:{PART_OF}{_POSSESSOR}?{ORG}{UNIT_TAIL}{PART}?{ASIDE}?"
    rf"(?:\s{{0,3}},[^;.]{{1,120}}?(?=\s{{0,3}};))?)"
)
SEMI_ITEMS = rf"{_SEMI_ITEM}(?:\s{{0,3}};\s{{0,3}}(?:and\s{{1,5}})?{_SEMI_ITEM}){{1,8}}"
GAP = r"[^⟦.;]{0,80}?"
SHORT_GAP = r"[^⟦.;]{0,40}?"
ADVERB = r"(?:(?:later|then|again|eventually|formally|officially|subsequently|gradually|soon|also|finally)\s+)?"  # noqa: E501
FOUND_PASSIVE = (
    r"(?:founded|formed|created|established|set\s+up|launched|started|born|constituted)"
)
# "became known as X", "became known to the police as X": who knew it so is no part of the name
KNOWN_AS = r"became\s+known\s+(?:to\s+[^,;⟦]{1,30}?\s+)?as"
MEMBERS = (
    r"(?:(?:[\w’'-]{1,20}\s+){0,2}?(?:(?:former|ex-?|disaffected|dissident|breakaway|renegade|"
    r"radical|hardline|younger)\s*-?\s*)?(?:members|militants|commanders|cadres|fighters|"
    r"leaders|officers|activists|followers|clerics)|(?:[\w’'-]{1,20}\s+){0,2}?(?:dissidents|"
    r"defectors|deserters))"
)
# "followed Abed Rabbo out of X": the leavers told by whom they followed
LEFT = (
    rf"(?:followed\s+(?:{NAME}\s+|him\s+|her\s+|them\s+)?out\s+of|"
    r"left|quit|deserted|abandoned|defected\s+from|broke\s+(?:away\s+)?from|broke\s+with|"
    r"(?:had\s+)?broken\s+away\s+from|split\s+(?:off\s+)?from|splintered\s+from|seceded\s+from)"
)
SPLINTER_NOUN = (
    r"(?:offshoot|spin-?off|outgrowth|splinter(?:\s+(?:group|faction|cell|movement))?|"
    r"breakaway(?:\s+(?:group|faction|wing|movement|organi[sz]ation))?|dissident\s+(?:faction|"
    r"wing|group))"
)
# the words that cue a frame built on SPLINTER_NOUN
SPLINTER_CUES = ("offshoot", "spin-off", "spinoff", "outgrowth", "splinter", "breakaway",
                 "dissident")
RENAME_VERB = (
    r"(?:renamed\s+itself(?:\s+as)?|was\s+renamed(?:\s+again)?(?:\s+(?:as|to))?|changed\s+its\s+"
    rf"name\s+to|rebranded(?:\s+itself)?(?:\s+as)?|{KNOWN_AS}|took\s+(?:on\s+)?the\s+"
    r"name(?:\s+of)?|adopted\s+the\s+name(?:\s+of)?|assumed\s+the\s+name(?:\s+of)?)"
)
RENAME_ING = (
    r"(?:renaming\s+itself|changing\s+its\s+name\s+to|taking\s+the\s+name(?:\s+of)?|"
    r"adopting\s+the\s+name(?:\s+of)?|rebranding\s+(?:itself\s+)?as)"
)
OATH = (
    r"(?:pledged|swore|sworn|declared|gave|offered|pledging|swearing|declaring|giving)\s+"
    r"(?:its\s+|their\s+|an\s+oath\s+of\s+|formal\s+)?(?:allegiance|loyalty|fealty|bay[’']?ah?)\s+to"
)
PLEDGE = re.compile(rf"\b{OATH}\b", re.I)
# "which in 2018 became", "emerged in 1998 from": a short time phrase between the words
WHEN = r"(?:\s+(?:in|on|by|around|during|after)\s+[^⟦,.;]{1,30}?)"
UNION = r"(?:union|merger|fusion|amalgamation|unification|merging)"


@dataclass(frozen=True)
class Frame:
    """A shape of lineage clause: its kind, its pattern, and which named groups play the
    result and the prior roles ('@self' for the profile's group when the shape leaves the
    role unsaid, as in "a splinter group, X, formed")."""

    name: str
    # split | merger | absorption | rename | pledge | merger-rename: a step;
    # recruits | affiliate | origin: no step, said in the review or as an affiliation;
    # split-unnamed | names-the-split: a split whose new group a later sentence names
    kind: str
    pattern: re.Pattern[str]
    result: str  # one role, "a|b" the first filled, "a+b" each its own step
    priors: tuple[str, ...]
    cues: tuple[str, ...]
    partners: tuple[str, ...] = ()  # parties that keep their identity (affiliates)
    # the first rounds' shapes: a role is every slot it spans (no name check), and a clause
    # without a date of its own takes the sentence's first one
    plain: bool = False


def frame(
    name: str, kind: str, pattern: str, result: str, priors: tuple[str, ...],
    cues: tuple[str, ...], *, partners: tuple[str, ...] = (), plain: bool = False,
) -> Frame:
    return Frame(name, kind, re.compile(pattern, re.I), result, priors, cues, partners, plain)


WHEN_LEFT = (
    r"(?:left|quit|deserted|abandoned|walked\s+out\s+(?:of|on)|broke\s+(?:away\s+)?(?:from|with)|"
    r"(?:had\s+)?broken\s+(?:away\s+)?(?:from|with)|split\s+(?:off\s+)?from|splintered\s+from|"
    r"seceded\s+from|(?:was|were)\s+expelled\s+from)"
)
FOUNDED_ACTIVE = r"(?:founded|formed|created|set\s+up|launched|established)"
FOUND_INFINITIVE = r"(?:found|form|create|set\s+up|launch|establish)"
NAMED_ITSELF = (
    r"(?:(?:called|named|styled|dubbed)\s+itself|took\s+(?:on\s+)?the\s+name(?:\s+of)?|adopted\s+"
    rf"the\s+name(?:\s+of)?|{KNOWN_AS})"
)
BODIES = r"(?:factions|groups|militias|organi[sz]ations|movements|outfits|brigades|bands|cells)"


# Words that make a history sentence lineage-like: one with none of its frames read is named
# in the review with the reason.
LINEAGE_WORDS = re.compile(
    r"\b(?:split|splinter\w*|broke\s+(?:away|off|with|from)|offshoot|spin-?off|spun\s+off|"
    r"outgrowth|merged?|merger|absorbed|"
    r"integrated\s+into|incorporated\s+into|folded\s+into|dissolved\s+into|renamed|rebranded|"
    r"changed\s+its\s+name|formerly\s+known|grew\s+out\s+of|roots\s+in|origins?\s+to|"
    r"breakaway|seceded|defected|joined\s+forces|to\s+form|pledged|swore|allegiance)\b",
    re.I,
)



# --- lexicons: (phrase, side of the result) --------------------------------------------------
# "left": the organisation before the predicate is the result; "right": the one after it.
SPLIT = [
    r"(?:broke|broken)\s+(?:away|off)\s+from",
    r"(?:broke|broken)\s+from",
    r"spun\s+off\s+from",
    r"peeled\s+(?:away|off)\s+from",
    r"broke\s+with",
    r"split\s+(?:off\s+|away\s+)?from",
    r"splintered\s+(?:off\s+)?from",
    r"seceded\s+from",
    r"defected\s+from",
    r"walked\s+out\s+(?:of|on)",
    r"parted\s+(?:ways|company)\s+with",
    r"(?:left|quit)",
    r"(?:was|were)\s+carved\s+out\s+of",
    r"separated\s+(?:itself\s+)?from",
]
SPLIT_NO_FROM = r"(?:broke\s+away|broke\s+off|split\s+(?:off|away)|splintered(?:\s+off)?|seceded|walked\s+out|defected)"  # noqa: E501
RENAME = [
    r"renamed\s+itself(?:\s+as)?",
    r"(?:was|were)\s+renamed(?:\s+(?:as|to))?",
    r"changed\s+its\s+name\s+to",
    r"called\s+itself",
    r"(?:adopted|took|assumed)\s+(?:on\s+)?the\s+name(?:\s+of)?",
    r"rebranded(?:\s+itself)?(?:\s+as)?",
    KNOWN_AS,
    r"gave\s+itself\s+the\s+name",
    r"restyled\s+itself(?:\s+as)?",
    # "began using the name X", "started calling itself X", "began operating under the name X"
    r"(?:began|begun|started)\s+(?:(?:using|to\s+use|operating\s+under|to\s+operate\s+under)"
    r"\s+the\s+name(?:\s+of)?|(?:calling|to\s+call)\s+itself)",
    r"(?:reverted\s+to|resumed|went\s+back\s+to|returned\s+to)\s+(?:the|its)\s+"
    r"(?:(?:old|former|original|earlier|first)\s+)?name(?:\s+of)?\s*,?",
]
MERGE_VERBS = (
    r"(?:merged|joined(?:\s+forces)?|united|fused|amalgamated|combined|came\s+together)"
)
ABSORB_ACTIVE = [  # the left one took the right one in
    r"absorbed",
    r"incorporated",
    r"subsumed",
    r"took\s+over",
    r"swallowed(?:\s+up)?",
]
ABSORB_PASSIVE = [  # the left one was taken into the right one
    # "was absorbed into", and in the perfect after an auxiliary or a hedge: "has since been
    # incorporated into", "are said to have been absorbed into"
    r"(?:was|were|(?:since\s+)?been)\s+(?:(?:fully|formally|largely|later)\s+)?(?:absorbed|"
    r"folded|integrated|incorporated|subsumed|merged)\s+(?:back\s+)?(?:into|by|within)",
    r"(?:was|were)\s+brought\s+under",
    # "the jamaat entered into the Emirate", "entered the ranks of X": went in as a part of it
    # (bare "entered X" is as often a country or a war)
    r"entered(?:\s+into|(?=\s+(?:the\s+)?(?:ranks|fold|structures)\s+of\b))",
    r"(?:was|were)\s+taken\s+over\s+by",
    r"dissolved\s+(?:itself\s+)?into",
    r"transferred\s+(?:all\s+)?its\s+(?:fighters|members|forces|men|units)\s+(?:in)?to",
]

# "X, which had split from Y", and an appositive's head noun before the relative pronoun: "X,
# an offshoot that had broken away from Y", "X, the faction which left Y"
APPOSITIVE_HEAD = (
    r"(?:(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:offshoot|splinter|faction|group|organi[sz]ation|"
    r"movement|militia|band|outfit|cell|formation|wing)\s+)"
)
REL = rf"(?:\s*,\s*{APPOSITIVE_HEAD}?(?:which|that)(?:\s+(?:had|has|have))?)?"
# how widely a hedge is held: "is usually said to have", "is commonly thought to have"
HEDGE_ADVERB = r"(?:widely|generally|usually|commonly|often|mostly|frequently)"
# an adverb that draws a conclusion from the sentence before ("is therefore usually treated
# as", "thus broke away"): it tells nothing of the step (`kg.ingest.lineage.clauses` sets it
# aside; a frame that needs the sentence as written reads past it)
CONCLUSIVE_ADVERB = r"(?:therefore|thus|hence|consequently|accordingly)"
# what a description says the organisation is taken for: "is described by several analysts
# as", "is widely seen as", "is often called"
DESCRIBED_AS = (
    rf"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:{CONCLUSIVE_ADVERB}\s+)?"
    r"(?:(?:widely|often|generally|usually|commonly|"
    r"sometimes|also|variously)\s+)?(?:(?:described|regarded|seen|considered|viewed|counted|"
    r"classed|treated|characteri[sz]ed|identified|known)\s+(?:by\s+[^⟦.;,]{1,40}?\s+)?as\s+|"
    r"(?:called|labell?ed|termed)\s+(?:by\s+[^⟦.;,]{1,40}?\s+)?)?"
)
# "had split", and the raising verbs of a hedge: "is thought to have broken away", "seems to
# have split" (the step is read; the hedge is the review's to say, as the keys count it)
AUX = (
    r"(?:(?:had|has|have)\s+|(?:is|was|are|were)\s+(?:{HEDGE_ADVERB}\s+)?(?:thought|"
    r"believed|said|reported|understood|known)\s+to\s+have\s+|(?:seems?|seemed|appears?|"
    r"appeared)\s+to\s+have\s+)?"
).replace("{HEDGE_ADVERB}", HEDGE_ADVERB)
DATE_GAP = r"(?:\s+[^⟦.;]{1,30}?\s*,?)?"  # "in 2011", "on March 5, 2011", "two years later"
PEOPLE = (
    r"(?:members|dissidents|commanders|cadres|militants|fighters|leaders|hardliners|"
    r"activists|clerics|officers|veterans|loyalists)"
)
FOUNDED = r"(?:founded|formed|created|set\s+up|launched|established)"


def alt(phrases: list[str]) -> str:
    return "(?:" + "|".join(phrases) + ")"



# ", and the merged group took the name Z": the name a merger's result took
THEN_NAMED = (
    r",?\s+and\s+the\s+(?:merged|joint|new|combined|resulting|united|enlarged)\s+(?:group|"
    r"organi[sz]ation|movement|body|entity|formation|front)\s+(?:(?:later|then|soon)\s+)?"
    r"(?:took\s+(?:on\s+)?the\s+name(?:\s+of)?|(?:was|were)\s+(?:called|named|renamed|known\s+as|"
    r"christened|dubbed)|became\s+known\s+as|called\s+itself|named\s+itself|adopted\s+the\s+"
    r"name(?:\s+of)?)\s+(?P<x>" + NAMED + ")"
)
THEN_CUES = ("merged", "joint", "combined", "resulting", "united", "enlarged")
SPLIT_CUES = ("broke", "broken", "split", "splinter", "seceded", "defected", "walked out",
               "parted", "left", "quit", "carved", "separated", "spun off", "peeled")
ABSORB_CUES = ("absorbed", "incorporated", "subsumed", "took over", "swallowed", "folded",
                "integrated", "merged", "brought under", "taken over", "dissolved",
                "transferred", "entered")



# The third-person present of the lexicons' verbs and the past every frame is written in: a
# dated chronology tells its steps in the historical present ("1994: the party splits",
# "January 2009: merges with X to form Y"); `kg.ingest.lineage.restated` puts them in the past
# rather than every frame carrying both. Only the "-s" form: the bare form is the infinitive
# the frames read as it is ("to form", "to merge").
HISTORICAL_PRESENT: dict[str, str] = {
    "splits": "split", "breaks": "broke", "splinters": "splintered", "secedes": "seceded",
    "defects": "defected", "leaves": "left", "quits": "quit", "separates": "separated",
    "walks": "walked", "fractures": "fractured", "fragments": "fragmented",
    "divides": "divided", "renames": "renamed", "changes": "changed", "calls": "called",
    "adopts": "adopted", "takes": "took", "assumes": "assumed", "rebrands": "rebranded",
    "becomes": "became", "restyles": "restyled", "reverts": "reverted", "begins": "began",
    "merges": "merged", "joins": "joined", "unites": "united", "fuses": "fused",
    "amalgamates": "amalgamated", "combines": "combined", "comes": "came",
    "absorbs": "absorbed", "incorporates": "incorporated", "subsumes": "subsumed",
    "dissolves": "dissolved", "forms": "formed", "founds": "founded", "creates": "created",
    "launches": "launched", "establishes": "established", "pledges": "pledged",
    "swears": "swore", "declares": "declared", "emerges": "emerged", "grows": "grew",
    "announces": "announced", "proclaims": "proclaimed", "expels": "expelled",
    "transfers": "transferred",
}  # fmt: skip
