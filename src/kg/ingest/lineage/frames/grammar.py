"""The lineage grammar generated from the closed lexicons (`kg.ingest.lineage.lexicon`): one
frame per kind of step and clause shape (active, relative, reverse relative, passive), so
every predicate is read in every shape. See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ABSORB_ACTIVE,
    ABSORB_CUES,
    ABSORB_PASSIVE,
    ADVERB,
    AND_UNNAMED_PARTNERS,
    AUX,
    BODIES,
    DATE_GAP,
    FOUND_PASSIVE,
    FOUNDED,
    INTO_PART_OF,
    ITEMS,
    KNOWN_AS,
    MEMBERS_OF,
    MERGE_VERBS,
    NAMED,
    NEW_BODY,
    OATH,
    ORG,
    PART,
    PEOPLE,
    REL,
    REMNANT,
    RENAME,
    SEMI_ITEMS,
    SPLINTER_CUES,
    SPLINTER_NOUN,
    SPLIT,
    SPLIT_CUES,
    SPLIT_NO_FROM,
    THEN_CUES,
    THEN_NAMED,
    UNDER_THE_NAME,
    UNNAMED_PARTNERS,
    WHEN,
    Frame,
    alt,
    frame,
)
from kg.ingest.slots import NAME, G

GRAMMAR: list[Frame] = [
    # --- split ---------------------------------------------------------------------------
    frame("g-split-active", "split",
       rf"(?P<x>{ORG}){REL}\s+{AUX}{ADVERB}(?:(?:itself|themselves)\s+)?{alt(SPLIT)}\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), SPLIT_CUES),
    frame("g-split-reverse-relative", "split",
       rf"(?P<b>{ORG})\s*,\s*from\s+which\s+(?P<x>{ORG})\s+{AUX}{ADVERB}{SPLIT_NO_FROM}\b",
       "x", ("b",), ("from which",)),
    # "⟦Y⟧, a dissident faction of ⟦X⟧", "⟦Y⟧, a splinter of ⟦X⟧", "⟦Y⟧, an offshoot of ⟦X⟧":
    # an appositive whose head is a noun of the shared splinter class (`SPLINTER_NOUN`)
    frame("g-split-faction-of", "split",
       rf"(?P<x>{ORG})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?(?:(?:renegade)\s+"
       rf"(?:faction|wing|group|cell|movement)|{SPLINTER_NOUN})\s+(?:of|from|within)\s+"
       rf"(?P<b>{ORG})",
       "x", ("b",), ("renegade", *SPLINTER_CUES)),
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
    # "⟦A⟧ and five smaller insurgent groups merged into ⟦Y⟧": partners counted, not named,
    # coordinated with the named one (`AND_UNNAMED_PARTNERS`)
    frame("g-merger-with-to-form", "merger",
       rf"(?P<a>{ITEMS})(?:{AND_UNNAMED_PARTNERS})?\s+{AUX}{ADVERB}{MERGE_VERBS}(?:\s+together)?(?:\s+(?:with\s+)?(?P<b>{ITEMS})|"
       # "united with a dozen smaller armed organisations": partners the text does not name;
       # "merged with two groups of ⟦X⟧, A and B, to form …": or names in apposition
       rf"{UNNAMED_PARTNERS}(?:(?:\s+(?:of|from|within)\s+(?:the\s+)?(?:{NAMED}|[^⟦,.;]{{1,60}}?))?"
       rf"\s*,\s*(?P<b2>{ITEMS})\s*,)?)?"
       rf"[^⟦.;]{{0,40}}?\s+(?:to\s+(?:form|create|found|establish|launch|become)|forming|"
       rf"creating|becoming|as|into|in\s+(?:creating|forming|founding|establishing|setting\s+up|"
       rf"launching))\s+{NEW_BODY}(?P<x>{ORG})",
       "x", ("a", "b", "b2"), ("merged", "joined", "united", "fused", "amalgamated", "combined",
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
    # "⟦X⟧ was absorbed into ⟦G⟧"; what was left of it, told by a possessive ("its remnants
    # are said to have been absorbed into …", "the SF's remaining fighters were folded into
    # …"); the body it went into may be a part of the absorber ("the armed forces of ⟦Z⟧")
    frame("g-absorb-passive", "absorption",
       rf"(?:(?P<a>{ORG})(?:[’']s\s+{REMNANT})?|\b(?P<its>its|their)\s+{REMNANT}){REL}\s+"
       rf"{AUX}{ADVERB}{alt(ABSORB_PASSIVE)}\s+{INTO_PART_OF}(?P<x>{ORG})",
       "x", ("a", "its"), ABSORB_CUES),
    # "pledged allegiance to X, and its fighters were absorbed": taken into X
    frame("g-absorb-after-pledge", "absorption",
       rf"\b{OATH}\s+(?P<x>{NAMED})[^⟦.;]{{0,40}}?,?\s+and\s+(?:its|their)\s+(?:fighters|members|"
       rf"units|forces|men|cadres)\b[^⟦.;]{{0,40}}?\s+(?:were|was)\s+{ADVERB}(?:(?:largely|fully)"
       rf"\s+)?(?:absorbed|integrated|incorporated|folded\s+in|merged\s+in)\b",
       "x", ("@self",), ("allegiance", "loyalty", "fealty", "bay")),
    # "it pledged allegiance to X and was absorbed into it", "swore an oath to X, as Y then
    # called itself, and was folded into X": the one who pledged was taken into X; an aside
    # between the two (one clause of up to 80 characters) tells something else
    frame("g-absorb-pledged-and-taken-in", "absorption",
       rf"(?P<a>{ORG})\s+{AUX}{ADVERB}{OATH}\s+(?P<x>{NAMED})(?P<aside>\s*,[^.;,]{{1,80}}?,)?{WHEN}?\s*,?\s+"
       rf"and\s+(?:was|were)\s+{ADVERB}(?:(?:largely|fully|formally|quickly|soon)\s+)?"
       rf"(?:absorbed|integrated|incorporated|folded|subsumed|merged)\s+(?:in)?to\s+"
       rf"(?:it|(?P<x2>{NAMED}))(?![\w⟦])",
       "x", ("a",), ("allegiance", "loyalty", "fealty", "bay")),
    # "former members of X who … broke away and formed Y", "X fighters loyal to P are said to
    # have broken off to found Y": the leavers' own organisation is the one they left (never
    # the profile's group by default, as the frame after this one would take it)
    frame("g-split-members-of-broke-away-and-founded", "split",
       rf"(?:\b{PEOPLE}\s+(?:of|from)\s+(?P<b>{ORG})|(?P<b2>{ORG})\s+(?:{PEOPLE})\b)"
       rf"[^⟦.;]{{0,80}}?\s+{AUX}{ADVERB}(?:broke|broken|break|split|splintered)\s+(?:away|off)"
       rf"(?:\s+with\s+[^⟦.;]{{0,60}}?)?{DATE_GAP}\s+(?:and\s+{ADVERB}(?:formed|founded|created|"
       rf"launched|established|set\s+up)|to\s+(?:form|found|create|launch|establish|set\s+up))"
       rf"\s+(?P<x>{NAMED})",
       "x", ("b", "b2"), ("broke away", "broken away", "broke off", "broken off", "split off",
                          "splintered off")),
    # "… broke away and announced X", "split off from Y to launch X": a new organisation
    frame("g-split-and-founded", "split",
       # the past or, after "to", the infinitive: "led Musa to break away … and form Y"
       # "are said to have broken away and formed Y": the participle after a hedge
       rf"\b(?:(?:broke|break|broken)\s+away|(?:broke|break|broken)\s+off|split\s+off|splintered\s+off|"
       rf"seceded|walked\s+out|(?:broke|break)\s+ranks)"
       rf"(?:\s+from\s+(?P<b>{ORG}))?(?:\s+with\s+[^⟦.;]{{0,60}}?)?{DATE_GAP}"
       # "…, founding Y", "split off as Y", "… and founded Y", "… to form Y"
       rf"(?:\s*,?\s*(?:founding|forming|creating|launching|setting\s+up)|\s+as|\s+"
       rf"(?:and\s+(?:(?:in|on|by)\s+[^⟦,.;]{{1,30}}?\s+)?{ADVERB}(?:formed|founded|created|"
       rf"launched|announced|proclaimed|established|set\s+up|declared|adopted\s+the\s+name|"
       rf"{KNOWN_AS}|became|re-?emerged\s+as|form|found|create|launch|"
       rf"took\s+the\s+name|(?:called|named|styled)\s+(?:themselves|itself))|to\s+(?:form|"
       rf"found|create|"
       rf"launch|announce|proclaim|establish|set\s+up)))\s+(?:the\s+(?:creation|formation|"
       # "… seceded to form what became Y": the organisation under its later name
       rf"founding|birth)\s+of\s+|what\s+(?:later\s+)?(?:became|would\s+become|was\s+to\s+"
       rf"become)\s+)?(?P<x>{NAMED})",
       "x", ("b", "@self"), ("broke away", "broke off", "split off", "splintered off",
                             "seceded", "walked out", "broke ranks", "break away",
                             "break off", "break ranks")),
    # "… broke away from X in 2015, calling themselves Y from then on", "… broke away from it
    # and pledged allegiance to Z, under the name of Y": the name the leavers took, told by a
    # participle or "under the name" (`UNDER_THE_NAME`), an oath to another organisation
    # between the two (an affiliation: the leavers kept a name of their own); only with the
    # organisation they left named ("from X"), as without it the leavers may have left the
    # organisation the clause before is about
    frame("g-split-calling-themselves", "split",
       rf"\b(?:(?:broke|broken)\s+(?:away|off)|split\s+(?:off|away)|splintered\s+off|seceded|"
       rf"walked\s+out)\s+(?:from|of)\s+(?P<b>{ORG}){DATE_GAP}"
       rf"(?:\s*,?\s+and\s+{ADVERB}{OATH}\s+{NAMED}{DATE_GAP})?\s*,?\s*{UNDER_THE_NAME}"
       rf"\s+(?:(?:from\s+then\s+on|thereafter|henceforth|thenceforth)\s+)?(?P<x>{NAMED})",
       "x", ("b",), ("calling", "naming", "styling", "under the name", "under the new name")),
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
    # "⟦A⟧ entered into ⟦B⟧ and became its ⟦Y⟧ (province)", "joined ⟦B⟧ and became its ⟦Y⟧",
    # "pledged allegiance to ⟦B⟧ and later became its ⟦Y⟧": the possessive form of the province
    # above — A went on as B's part under the name Y (a rename; where an oath precedes, the
    # affiliation says the pledge). "became its largest faction" names nothing: no step
    frame("g-became-its-named-part", "rename",
       rf"(?P<a>{ORG}){REL}\s+{AUX}{ADVERB}(?:{alt(ABSORB_PASSIVE)}|joined|{OATH})\s+"
       rf"{INTO_PART_OF}{NAMED}[^⟦.;]{{0,40}}?,?\s+and\s+{ADVERB}became\s+its\s+"
       rf"(?P<x>{NAMED})",
       "x", ("a",), ("became its",)),
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
