"""The hand-written shapes of lineage clauses, one family per kind of step (pledges,
renames, mergers, absorption, this group came from X, its leader acting for it, X split off).
Read after `founding`, before the generated `grammar`. See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    AND,
    AUX,
    BODIES,
    FOUND_PASSIVE,
    GAP,
    ITEMS,
    LEFT,
    MEMBERS,
    NAMED,
    OATH,
    ORG,
    ORGS,
    PART_OF,
    RENAME_ING,
    RENAME_VERB,
    SELF,
    SHORT_GAP,
    SPLINTER_CUES,
    SPLINTER_NOUN,
    UNION,
    WHEN,
    Frame,
    frame,
)
from kg.ingest.slots import NAME, G

# how a name was carried on: "as ⟦Y⟧", "under the name ⟦Y⟧"
_AS_OR_NAMED = r"(?:as|under\s+the\s+(?:new\s+)?name(?:\s+of)?)"
# right after "continued as", "carried on under the name": where a chain of names starts
_CARRIED_ON = "(?:" + "|".join(
    rf"(?<=\s{verb}\s{how}\s)" for verb in (r"continued", r"carried\son", r"survived")
    for how in (r"as", r"under\sthe\sname", r"under\sthe\snew\sname", r"under\sthe\sname\sof")
) + ")"

SHAPES: list[Frame] = [
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
           # "the KH, formerly the Adrar Watch, …": the verb of naming may be left out
           rf"(?P<x>{ORG})\s*,\s*(?:formerly|previously|originally|once)\s+(?:(?:known\s+as|called|"
           rf"named)\s+)?(?P<a>{NAMED})",
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
           # "surfaced as ⟦A⟧ after the communal violence of 2012, and renamed itself ⟦B⟧"
           rf"(?P<a>{NAMED})(?:{WHEN}|\s+[^⟦.;,]{{1,25}}?|\s+(?:after|following|during|amid)\s+"
           rf"[^⟦.;,]{{1,70}}?)?\s*,?\s+and\s+{ADVERB}"
           rf"(?:{RENAME_VERB}|{RENAME_ING})\s+(?P<x>{ORG})",
           "x", ("a",), ("name", "renamed")),
    # "the majority continued as the Red Brigades–Fighting Communist Party (BR-PCC)"
    frame("continued-as", "rename",
           rf"\b(?:the\s+(?:majority|rest|remainder|core|main\s+body)|(?P<a>{ORG}))\s+"
           rf"{AUX}{ADVERB}(?:continued|carried\s+on|survived|re-?emerged)\s+{_AS_OR_NAMED}\s+"
           rf"(?P<x>{NAMED})",
           "x", ("a", "@self"), ("continued", "carried on", "survived", "emerged")),
    # "…continued under the name ⟦Y⟧, itself banned in 2003, and later as ⟦Z⟧": a chain of
    # names, Y renamed into Z
    frame("continued-as-then", "rename",
           rf"{_CARRIED_ON}(?P<a>{NAMED})"
           rf"(?:\s*\([^()]{{1,60}}\))?{WHEN}?(?:\s*,[^⟦.;]{{1,80}}?)?\s*,?\s+and\s+(?:(?:later|then|"
           rf"afterwards|subsequently|eventually)\s+)?(?:(?:in|from|by)\s+[^⟦,.;]{{1,30}}?\s+)?"
           rf"{_AS_OR_NAMED}\s+(?P<x>{NAMED})",
           "x", ("a",), ("continued", "carried on", "survived", "emerged")),
    frame("renamed", "rename",
           # "⟦A⟧, rejecting talks, became known as ⟦B⟧": a participle's aside
           rf"(?P<a>{ORG})(?:\s*,\s*(?:which|that){WHEN}?|\s*,\s*(?-i:[a-z]{{2,20}}ing)\s+"
           rf"[^⟦,.;]{{1,40}}?,)?\s+{ADVERB}(?:{RENAME_VERB}|"
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
           rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}{GAP}\s+by\s+(?:[^.;,]{{1,60}}?\s)?"
           rf"(?:who|that)\s+(?:had\s+)?{LEFT}\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), ("who", "that")),
    frame("participle-as-offshoot", "split",
           rf"^\W{{0,3}}(?:founded|formed|created|established|born|launched|started)\b{GAP}\s+as\s+"
           rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+(?:of|from)\s+{PART_OF}"
           rf"(?P<b>{ORG}){SHORT_GAP},\s+(?P<x>{ORG})",
           "x", ("b",), SPLINTER_CUES),
    frame("began-as-offshoot", "split",
           rf"(?P<x>{ORG})\s+(?:emerged|arose|appeared|began|started|originated|(?:was|were)\s+"
           rf"{FOUND_PASSIVE})\b{GAP}\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+"
           rf"(?:of|from|within)\s+{PART_OF}(?P<b>{ORG})",
           "x", ("b",), SPLINTER_CUES),
    frame("grew-out-of", "split",
           rf"(?P<x>{ORG})\s+{ADVERB}(?:grew\s+out\s+of|has\s+its\s+roots\s+in|had\s+its\s+roots\s+"
           rf"in|traces?\s+(?:its|their)\s+(?:own\s+)?(?:roots|origins?)\s+(?:back\s+)?to|(?:evolved|emerged|sprang|"
           rf"(?:was|were)\s+born|originated|grew){WHEN}?\s+(?:out\s+of|from|within))\s+{PART_OF}"
           # "traces its origin to the group": the profile's group by its common noun
           rf"(?P<b>{NAMED}|the\s+(?-i:group|organi[sz]ation|movement)\b)"
           rf"(?!\s*(?:’s|'s)\b)",
           "x", ("b",), ("grew out", "roots", "origin", "evolved", "emerged", "sprang", "born")),
    frame("itself-a-splinter", "split",
           rf"(?P<x>{G})\s*,\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SPLINTER_NOUN}\s+"
           rf"(?:of|from)\s+(?P<b>{G}|{SELF}\b)",
           "x", ("b",), SPLINTER_CUES),
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
           rf"\b(?:an?|one|the|another)\s+(?:(?:new|further|second|third|another|later|smaller)\s+)?"
           rf"(?:splinter|breakaway|dissident)(?:\s+(?:group|faction|wing|cell|movement|"
           rf"organi[sz]ation))?\s*,\s*(?P<x>{NAMED})\s*,",
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
    # "P led his men out of X to form Y"; a cause that drove them out: "Revulsion drove P's
    # brigades out in 1996 to found Y"
    frame("led-out-to-form", "split",
           rf"\b(?:led|drove|pushed|forced)\s+[^⟦.;]{{1,60}}?\s+out(?:\s+of\s+(?P<b>{ORG}))?"
           rf"{WHEN}?\s+to\s+(?:form|found|create|set\s+up|launch)\s+(?P<x>{NAMED})",
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
