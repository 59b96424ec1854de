"""The leadership predicates, one pattern per family of shape over template tokens: start
(took over, became/was named LEADER), lead (led/headed OBJECT), be (has been LEADER),
succession (succeeded/replaced, was succeeded by, passed to, handed to, brought to the head
of), founding, and the dated mentions ("under the leadership of X (2001–2009)", lists).
"""

from __future__ import annotations

import re

from kg.ingest.dates import HEDGE_WORDS
from kg.ingest.leaders.lexicon import (
    _AUX,
    _D,
    _GROUP,
    _KEEPS,
    _LEADER_NP,
    _LEADER_WORD,
    _P,
    _PH,
    _TOP_BODY,
    _leader_np,
)
from kg.ingest.leaders.persons import _HIS, _UPPER

_START = re.compile(
    rf"{_AUX}(?:(?P<took>took|taken|take|takes)\s+(?:over(?:\s+(?P<over>{_GROUP}|{_TOP_BODY}|"
    # "took over command", "took over the leadership of the group": the article is optional
    rf"(?:the\s+(?:leadership|command|helm|reins)|(?:leadership|command)(?![\w-]))"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other2>[^,;.]{{1,60}})))?"
    rf"|(?P<other3>(?:the\s+)?⟪[PX]\d*⟫|the\s+(?!(?:same|following|next)\s+year)[^,;.⟪]{{1,40}}"
    # "who took over that brigade": a body the sentence named before, never by itself the group
    # ("that year", "that post" are a time and a post the sentence before told)
    rf"|(?:that|those)\s+(?!(?:same\s+|very\s+)?(?:year|month|week|day|spring|summer|autumn|"
    rf"winter|time|period|post|role|position|office|title|leadership|command)\b)[a-z][^,;.⟪]{{0,40}}"
    # "took over operations in the north": a lowercase object is something else
    rf"|(?!(?:in|on|at|as|from|after|when|following|upon|and|with|that|until|briefly|again|"
    rf"while|but|before|during|once|shortly|soon|later|the|that|ever|was|is|were|are|has|had|"
    rf"remains|remained)\b)[a-z][^,;.⟪]{{0,40}})))?(?:\s+as\s+{_leader_np('a')})?"
    rf"|{_HIS}\s+place(?:\s+at\s+the\s+(?:top|head)\s+of\s+(?:{_GROUP}|[^,;.]{{1,40}}))?"
    # "took the leadership (of the group)", "took the command": as "assumed the leadership"
    # ("took the leadership Y" after a subject of its own is no English order: left unread)
    rf"|(?:command|control|charge|the\s+helm|the\s+reins|"
    # "took the head of the group": a translation's "prit la tête du groupe"
    rf"the\s+(?:leadership|command|head(?=\s+of\b))(?!\s+⟪P\d+⟫))"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other4>[^,;.]{{1,60}})))?)"
    rf"|(?:inherited|inherits)\s+(?:the\s+)?(?:leadership|command)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other8>[^,;.]{{1,60}})))?"
    rf"|stepped\s+in\s+{_leader_np('e')}"
    # "took the title in 1992": the title the sentence before named (never "the title of …",
    # which names its own post)
    rf"|(?:took|assumed|claimed\s+and\s+took)\s+the\s+(?:title|mantle)(?!\s+of\b)"
    # "began to direct the network", "came to lead it": the start of leading
    rf"|(?:began|begun|started|came)\s+to\s+(?:lead|head|direct|command|run)\s+(?P<over2>{_GROUP})"
    rf"|(?:assumed|assumes|assume)\s+(?:the\s+)?(?:leadership|command|control|mantle(?:\s+of\s+"
    rf"(?:leadership|command))?)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other5>[^,;.]{{1,60}})))?(?:\s+as\s+{_leader_np('b')})?"
    # "was elevated to the leadership", "rose to the command of the group"
    rf"|(?:rose|elevated|promoted|raised)\s+to\s+(?:the\s+)?(?:leadership|command|top)(?:\s+of\s+(?:{_GROUP}|(?P<other6>[^,;.]{{1,60}})))?"
    rf"|(?:seized|seize|seizes|wrested|wrest)\s+(?:control|command|the\s+leadership)"
    rf"(?:\s+of\s+(?:{_GROUP}|(?P<other7>[^,;.]{{1,60}})))?"
    # "X was chosen in his place": the post is the one the clause before told
    rf"|(?P<inplace>(?:chosen|elected|named|appointed|installed|picked|selected)\s+(?:in\s+(?:his|"
    rf"her|⟪H⟫’s)\s+(?:place|stead)|to\s+replace\s+(?:him|her|⟪H⟫|⟪P\d+⟫)|(?:as\s+)?(?:his|her|"
    rf"⟪H⟫’s)\s+successor))"
    rf"|(?:became|become|becomes|named|appointed|chosen|elected|selected|proclaimed|installed|"
    rf"made|designated|confirmed|announced|declared\s+(?:himself|herself)|declared|tapped|"
    # "was sworn in as leader", "was voted in as chairman", "stepped into the role of leader"
    rf"(?:sworn|voted)\s+in|stepped\s+into\s+the\s+(?:role|post|position|office)\s+of)"
    rf"\s+{_leader_np('c')})",
    re.I,
)
# lead: the subject led an object (the group or something else) — the object decides
_LEAD = re.compile(
    rf"{_AUX}(?:co-)?(?:led|leads|lead|leading|headed|heads|head|heading|commanded|commands|"
    rf"command|ran|runs|run|directed|directs|chaired|chairs|helmed|helms|steered|steers|"
    rf"presided\s+over|presides\s+over)\s+"
    rf"(?:(?P<obj>{_GROUP}|{_TOP_BODY})|(?P<other>⟪[PX]\d*⟫|(?:the|a|an|its|his|her|⟪G⟫[’']s)\s+[^,;.⟪]{{1,50}}))",
    re.I,
)
# be: the subject is/was/has been the group's leader
_BE = re.compile(
    rf"\b(?:(?:has|had|have)\s+been|is|was|were|are|served\s+as|serves\s+as|remained|remains|"
    rf"(?:has\s+|had\s+)?acted\s+as|acts\s+as|"
    rf"(?:has|had|have)\s+held\s+the\s+(?:post|position|office|title)\s+of|"
    rf"(?:(?:has|had)\s+)?held\s+(?:office|the\s+(?:post|position|office))\s+as)\s+"
    rf"(?:also\s+)?{_LEADER_NP}"
    rf"|\b(?:(?:has|had|have)\s+been|is|was|were|remained|remains|stayed)\s+(?:at\s+the\s+"
    rf"(?:helm|head|top)|in\s+(?:overall\s+|sole\s+|supreme\s+)?command|in\s+charge)\s+of\s+"
    rf"(?:{_GROUP}|{_TOP_BODY})",
    re.I,
)
# "The group's first leader was X (1998–2005)", "Its current emir is X"
_BE_REVERSED = re.compile(
    # "From 2006 to 2012 the group's chief was X", "Since 2015 the emir of the group has been X":
    # a time adjunct may open the sentence
    rf"(?:^(?:(?:(?-i:From|Since|In|Between|By)\s+)?{_D}(?:\s+(?:to|until|and)\s+{_D})?\s*,?\s+)?"
    rf"|(?<=[;,:]\s))"
    rf"(?:(?-i:The|Its|the|its)\s+(?:(?:(?-i:group|movement|organi[sz]ation)|⟪G⟫)[’']s\s+)?"
    rf"|⟪G⟫[’']s\s+)(?:(?:first|new|current|present|last|founding|next|second|third|top|sole|"
    rf"overall|undisputed|acting|interim)\s+)?"
    rf"(?:leader|emir|amir|chief|commander[- ]in[- ]chief|secretary[- ]general|general\s+secretary|"
    rf"chairman|caliph|head|wali|supreme\s+leader)(?:\s*\([^()⟪]{{1,30}}\))?(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+"
    # "Its emir from 2001 was X": the start between the post and the verb
    rf"(?:(?:from|since|in)\s+{_D}(?:\s+(?:to|until)\s+{_D})?\s+)?"
    # "The emir is generally named as X", "was given as X"
    rf"(?:was|is|has\s+been|became|(?:is|was)\s+(?:(?:generally|usually|commonly|often)\s+)?"
    rf"(?:named|identified|given|listed)\s+as)\s+(?P<o>{_P})(?![’']s)",
    re.I,
)
# "X's tenure as emir began in 2010"
_TENURE_BEGAN = re.compile(
    rf"(?P<o>{_P})[’']s\s+(?:tenure|term|reign|rule|leadership)(?:\s+as\s+{_leader_np('t')})?"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+(?:began|started|commenced)",
    re.I,
)
# "the leadership (of the group) then passed (in 2006) to his younger brother, X": up to four
# describing words ("an Egyptian veteran", "the Malian Arab") may stand before the name, never a
# preposition ("passed to officers answerable to X": X is not whom it passed to).
_DESCRIBED = (
    r"(?:(?:⟪H⟫’s|⟪P\d+⟫[’']s|(?!(?:of|and|by|from|with|to|for|under)\b)[\w’'-]+),?\s+){0,4}?"
)
# "X rebuilt the organisation as its amir from 2009": any verb of the group, as its leader
_AS_LEADER = re.compile(
    rf"\b(?!(?:joined|left|served|described|saw|regarded|considered|called|named|portrayed|"
    rf"presented|depicted|treated|recognised|recognized|acknowledged|denounced)\b)[a-z]{{3,}}\s+"
    rf"(?:{_GROUP})\s+{_leader_np('d')}",
    re.I,
)
# "X, the first leader, held the post from 1969 until …": the post held is the one in apposition
_HELD = re.compile(
    rf",\s*(?:{_KEEPS}\s+)*{_LEADER_WORD}\s*,\s*(?:(?:has|had)\s+)?(?:held|occupied)\s+"
    rf"(?:the|this|that)\s+(?:post|position|office|title)\b",
    re.I,
)
_SUCCEEDED_BY = re.compile(
    # "X was arrested in 2004 and replaced by Y": the auxiliary shared with the clause before
    rf"(?:\b(?:was|were|had\s+been|has\s+been)\s+|^\s*(?:and\s+)?(?=replaced|succeeded))(?:in\s+turn\s+|then\s+|later\s+|eventually\s+|"
    rf"subsequently\s+)?(?:succeeded|replaced|followed)"
    rf"(?:\s+as\s+{_LEADER_NP})?"
    rf"(?:\s+(?:in|on)\s+(?P<date>{_D}))?\s+by\s+{_DESCRIBED}(?P<o>{_P})(?![’']s)",
    re.I,
)
_SUCCEEDED = re.compile(
    rf"{_AUX}(?:succeeded|replaced|succeeds|replaces|succeed|replace|stood\s+in\s+for|"
    rf"stand\s+in\s+for|stands\s+in\s+for|took\s+over\s+from|"
    # "X followed him until 2016", "Y followed Z as emir": a succession only with the post or
    # the tenure's end after it ("followed him into exile", "followed him to Syria" are not)
    rf"followed(?=\s+(?:{_PH}|him|her)(?:\s*\([^()]*\))?\s*(?:as\s|until\s|till\s|in\s+⟪D|"
    rf"on\s+⟪D|[,;.]|$)))\s+"
    rf"(?P<o>{_PH}|him|her|[{_UPPER}][\w’'\-]{{1,40}})(?![’']s)"
    rf"(?:\s+as\s+{_LEADER_NP})?",
)
# "X handed the leadership to Y in 2005", "… when he handed over to Y"
_HANDED = re.compile(
    # "X's death in 2004 left the leadership to Y": the end of one tenure hands the post on
    rf"\b(?:handed|passed|transferred|ceded|relinquished|left|bequeathed)\s+(?:over\s+(?=to\b)|(?:over\s+)?"
    rf"(?:(?:the|his|her|⟪H⟫’s)\s+)?(?:leadership|command|control|reins|post)"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+)to\s+"
    rf"{_DESCRIBED}(?P<o>{_P})(?![’']s)"
    # "he gave way in May 2009 to X", "made way for X": the holder steps aside for a successor
    rf"|\b(?:gave|give|gives|making|made|make|makes)\s+way(?:\s+(?:in|on)\s+{_D})?\s+(?:to|for)\s+"
    rf"{_DESCRIBED}(?P<o4>{_P})(?![’']s)",
    re.I,
)
# the post itself as a noun: "the leadership", "the secretary-generalship", "the command"
_POST_NOUN = (
    r"(?:leadership|command|control|post|helm|secretary[- ]generalship|chairmanship|presidency|"
    r"emirship|amirship|top\s+(?:post|job)|"
    # "the choice of (a) successor fell on X": the post given by naming who holds it
    r"choice\s+of\s+(?:a\s+|the\s+|(?:his|her|⟪H⟫’s)\s+)?successor)"
)
# what may stand between the post and its verb, or the verb and "to X": "belonged from the
# outset in 1991 to X", "had passed in practice to X"
_POST_ADJUNCT = (
    rf"(?:\s+(?:in|on)\s+(?P<date>{_D})|\s+(?:from|since|after|at|in)\s+[^,;⟪]{{0,30}}?{_D}"
    # "passed in 2001 from X to Y": whom it passed from
    rf"|\s+from\s+(?:(?:⟪H⟫’s|his|her|its|the)\s+(?:[a-z-]+\s+){{0,2}})?⟪(?:P\d+|H)⟫"
    rf"|\s+in\s+practice|\s+(?:briefly|formally|effectively|de\s+facto|then|later|eventually|"
    rf"naturally|quickly|soon))*"
)
_PASSED_TO = re.compile(
    rf"{_POST_NOUN}(?:\s+of\s+(?:the\s+)?(?:⟪G⟫|emir|amir|leader|"
    rf"chief|head|commander))?\s+(?:(?:has|had)\s+)?"
    rf"(?:then\s+|later\s+|eventually\s+|instead\s+)?(?:passed|fell|went|belonged|devolved|was\s+handed|"
    rf"was\s+given|was\s+transferred){_POST_ADJUNCT}\s+(?:(?:on\s+)?to|upon|on)\s+{_DESCRIBED}"
    rf"(?P<o>{_P})(?![’']s)",
    re.I,
)
# the post as the subject and its holder as a possessive: "the command was his once more",
# "From 2003 the leadership was X's alone"
_POSSESSED = re.compile(
    rf"\b{_POST_NOUN}(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+(?:was|became|remained|is|had\s+become)\s+"
    rf"(?:(?:once\s+more|again|now|then|once\s+again)\s+)?(?P<o>⟪(?:P\d+|H)⟫)[’']s\b",
    re.I,
)
# a nominal of taking the post: "X's rise to the leadership (of the group) came in 2015",
# "X's election as emir in 2015"
_RISE = re.compile(
    rf"(?P<o>{_P})[’']s\s+(?:rise|accession|elevation|promotion|election|appointment|"
    rf"succession|return)\s+(?:to\s+(?:the\s+)?(?:leadership|command|helm|top|head|post)"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?(?!\s+of\b)|as\s+{_leader_np('r')})",
    re.I,
)
# the object complement shifted before a long object: "chose as its new emir X", "had chosen
# as his successor X"
_SHIFTED_OBJECT = re.compile(
    rf"\b(?:chose|chosen|choose|chooses|elected|elects|named|names|appointed|appoints|selected|"
    rf"picked|installed|proclaimed|designated|confirmed)\s+(?=as\s){_leader_np('s')}\s+"
    rf"(?P<o>{_P})(?![’']s)",
    re.I,
)
# the start told in the passive: "Command was assumed in 2014 by X", "The leadership was taken
# over by X in 2011"
_TAKEN_BY = re.compile(
    rf"(?:leadership|command|control|helm|reins)(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s+"
    rf"(?:was|were|had\s+been|has\s+been)\s+(?:then\s+|later\s+|eventually\s+)?"
    rf"(?:assumed|taken(?:\s+over)?|seized|inherited)(?:\s+(?:in|on)\s+(?P<date>{_D}))?"
    rf"\s+by\s+{_DESCRIBED}(?P<o>{_P})(?![’']s)",
    re.I,
)
_BIRTH_WORDS = re.compile(
    r"\b(?:merger|union|founding|creation|formation|launch|created|formed|founded|established|"
    r"announced|declared|proclaimed|launched|constituted|organi[sz]ed|set\s+up)\b", re.I
)
# the group's birth, told of the group: "⟪G⟫ was announced on 22 August 2013"
_GROUP_BORN = re.compile(
    rf"(?:^|[;,]\s*|\bwhen\s+)(?:the\s+)?⟪G⟫(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?:officially\s+|formally\s+)?"
    rf"(?:announced|founded|formed|created|established|launched|set\s+up|proclaimed)"
    rf"\s+(?:on|in)\s+(?P<date>{_D})",
    re.I,
)
# the founding told in the passive: "The group was founded in 1995 by X (and Y)"
_FOUNDED_BY = re.compile(
    # "it was formed in 2013 by X": an "it" left to the group (another organisation's "it" was
    # made ⟪X⟫ by then, `reader._it_of_the_nearest`)
    # (the verbs of a birth only: "it was organised by X" may be an attack's)
    rf"(?:(?:the\s+)?⟪G⟫|(?<![\w’'-])[Ii]t(?=\s+(?:was|had\s+been|has\s+been)\s+(?:jointly\s+)?"
    rf"(?:co-)?(?:founded|established|created|set\s+up|formed|launched)\b))"
    rf"\s+(?:was|had\s+been|has\s+been)\s+(?:jointly\s+)?"
    rf"(?:co-)?(?:founded|"
    rf"established|created|set\s+up|formed|launched|floated|constituted|started|organi[sz]ed)"
    # "in 2013 (some sources say late 2012)": another source's date in brackets is no start
    rf"(?:\s+(?:in|on)\s+(?P<date>{_D})(?:\s*\([^()⟪]{{0,40}}(?:⟪D\d+⟫[^()⟪]{{0,20}})?\))?)?"
    # where: "at the Rang Ghar in Sivasagar", "in ⟪X⟫"
    rf"(?:\s+(?:at|in|near|outside)\s+(?:[^,;⟪]|⟪[PX]\d*⟫){{1,60}}?)?"
    # by whom: "by X (and Y)", "by a handful of young men including X, Y and Z"
    rf"\s+by\s+(?P<including>[^;⟪]{{0,60}}?\b(?:including|among\s+them|notably|such\s+as)\s+)?"
    rf"{_DESCRIBED}(?P<o>{_P})(?![’']s)(?:\s*,?\s+and\s+{_DESCRIBED}(?P<o2>{_P})(?![’']s))?",
    re.I,
)
# the founding told in a relative clause whose antecedent is the group itself: "The Front is
# the organisation that X founded in 2008", "G was (generally described as) the movement which
# X and Y set up in 1994" — the group's founder and date, as the passive above gives them
_FOUNDED_RELATIVE = re.compile(
    rf"(?:^|[;,]\s*)(?:the\s+)?⟪G⟫\s+(?:is|was|has\s+been)\s+(?:[a-z]+\s+){{0,3}}?(?:as\s+)?"
    rf"(?:the\s+)?⟪G⟫\s+(?:that|which)\s+"
    rf"(?P<o>{_P})(?![’']s)(?:\s*,?\s+and\s+(?P<o2>{_P})(?![’']s))?\s+(?:had\s+)?(?:jointly\s+)?"
    rf"(?:co-)?(?:founded|established|created|formed|set\s+up|launched)"
    rf"(?:\s+(?:in|on)\s+(?P<date>{_D}))?(?P<including>(?!))?",
    re.I,
)
_BROUGHT = re.compile(
    rf"(?:brought|propelled|elevated|raised)\s+(?P<o>{_P})\s+to\s+the\s+(?:head|helm|leadership|"
    rf"top|command)(?:\s+of\s+(?:{_GROUP}|(?P<other>[^,;.]{{1,60}})))?",
    re.I,
)
# "X, the group's emir since 2010, …", "The group's leader since 2010, X, …"
_APPOSED_SINCE = re.compile(
    # with a determiner ("X, the group's emir since 2010") or the group ("X, head of the Front
    # since 2010")
    rf"(?P<o>{_P})[’”\"']?\s*,\s*(?:(?:{_KEEPS}\s+)++{_LEADER_WORD}(?:\s+of\s+{_GROUP})?|"
    rf"{_LEADER_WORD}\s+of\s+{_GROUP})\s+since\s+"
    # "X, the group's leader since its creation in 2004": the birth, dated
    rf"(?:(?:its|the\s+group[’']s|⟪G⟫[’']s)\s+(?:creation|founding|formation|foundation|"
    rf"establishment|birth|inception)\s+in\s+)?"
    rf"(?P<date>{_D})"
    rf"|(?:(?-i:The|Its)\s+(?:group[’']s\s+|⟪G⟫[’']s\s+)?|⟪G⟫[’']s\s+)(?:(?:first|new|current)\s+)?"
    rf"{_LEADER_WORD}\s+since\s+(?P<date2>{_D})\s*,\s*(?P<o2>{_P})",
    re.I,
)
# the post first, its holder in apposition, the tenure by holding it: "The group's general
# secretary, X, has held office since 2007"
_HELD_SINCE = re.compile(
    rf"(?:(?-i:The|Its)\s+(?:group[’']s\s+|⟪G⟫[’']s\s+)?|⟪G⟫[’']s\s+)(?:(?:first|new|current)\s+)?"
    rf"{_LEADER_WORD}\s*,\s*(?P<o>{_P})\s*,\s*(?:has|had)\s+(?:held\s+(?:office|(?:the|that|this)\s+"
    rf"(?:post|position|office))|been\s+in\s+office)\s+since\s+(?P<date>{_D})",
    re.I,
)
# the post the subject holds, by holding it: "he has held the post since 2015" — the start of
# a tenure told before with none (`tenures`: only of a subject already leading)
_HELD_ON = re.compile(
    rf"\b(?:has|had)\s+(?:held|occupied)\s+(?:office|(?:the|that|this)\s+(?:post|position|"
    rf"office|title))\s+(?:since|from)\s+(?P<d>{_D})"
    rf"|\b(?:has|had)\s+been\s+in\s+office\s+since\s+(?P<d2>{_D})",
    re.I,
)
# "The group has had three leaders: A (2001–2005), B (2005–2012) and C (since 2012)"
_LEADER_LIST = re.compile(
    r"(?:⟪G⟫|\b[Ii]ts|\bthe\s+group[’']s)[^.:;]{0,30}?\b(?:leaders|emirs|chiefs|"
    r"secretaries-general|commanders-in-chief)\b\s*(?::|were|have\s+been|included)"
    r"|^\s*(?:Leaders|Emirs|Amirs|Leadership|Chiefs)\s*:"  # a terse "Leaders: A (2001–2005); …"
)
_LISTED = re.compile(
    rf"(?P<o>{_P})\s*\(\s*(?:since\s+|from\s+)?(?P<date>{_D})"
    r"(?:\s*[–-]\s*(?:present|today|now))?\s*\)",
    re.I,
)
_ELECTED_OBJECT = re.compile(
    rf"\b(?:elected|named|appointed|chose|selected|installed|proclaimed|announced|declared|"
    # the historic present of a timeline's dated lines: "2009: the council appoints X emir"
    rf"elects|names|appoints|chooses|selects|installs|proclaims|"
    rf"picked|presented|acclaimed|recogni[sz]ed|introduced|hailed|"
    # others' characterisation: a tenure, reported ("the press called him the group's chief")
    rf"(?P<said>called|described|considered|regarded|dubbed|styled|identified))\s+"
    rf"(?P<o>{_P}|⟪H⟫(?![’']s)|him\b|her\b(?!\s+(?:own\s+)?[a-z]))\s+"
    rf"{_LEADER_NP}",
    re.I,
)
# others' characterisation in the passive, the person its subject: "X is generally described
# as its commander in the early 2000s", "X is described in a designation of D as a former
# secretary-general of G" — a reported tenure whose dates are the description's, never a start
_DESCRIBED_AS = re.compile(
    # a relative's ("X, a soldier who is described as …, led it"): the main verb is the predicate
    r"(?<!\bwho\s)\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:generally|widely|often|usually|"
    r"commonly|also|variously|repeatedly)\s+)?(?:described|characteri[sz]ed|identified|"
    # ("was named as emir in D" is an appointment, read by the start predicates)
    r"portrayed|listed|referred\s+to"
    # "was regarded by the authorities as the leader of G": others' judgement of who leads,
    # only of *the* leader ("regarded as a leader of G" is one among several)
    r"|(?:regarded|considered|seen|viewed|recogni[sz]ed)(?=(?:\s+(?:in|by)\s+[^,;:()]{1,60}?)?"
    r"\s+as\s+(?!(?:a|an|one)\s)))"
    r"(?:\s+(?:in|by)\s+[^,;:()]{1,60}?)?\s+"
    rf"(?=as\s)(?:as\s+(?:its|the\s+group[’']s|⟪G⟫[’']s)\s+(?:{_KEEPS}\s+)*commander"
    rf"(?![\w-])|{_leader_np('c')})",
    re.I,
)
# the successor as the object of someone else's choice: "the council named X to succeed
# him", "chose X as his successor", "replaced him with X" — X the new leader, "him" the one
# whose tenure ends (the chooser, often another body, is never the leader)
_SUCCESSOR_OBJECT = re.compile(
    rf"\b(?:named|appointed|chose|chosen|elected|picked|selected|installed|designated|"
    rf"nominated)\s+(?P<o>{_P})(?![’']s)\s+(?:to\s+(?:succeed|replace)\s+(?P<prior>{_PH}|him|"
    rf"her)(?![’']s)|as\s+(?:(?P<prior2>⟪H⟫|{_P})[’']s|his|her)\s+successor\b)"
    rf"|\breplaced\s+(?P<prior3>{_PH}|him|her)(?![’']s)\s+(?:as\s+{_LEADER_NP}\s+)?with\s+"
    rf"{_DESCRIBED}(?P<o2>{_P})(?![’']s)"
    # "voted him out and put X in his chair": the seat of the one succeeded
    rf"|\b(?:put|placed|installed|seated)\s+(?P<o3>{_P})(?![’']s)\s+in\s+(?:(?P<prior4>⟪H⟫|{_P})[’']s|"
    rf"his|her)\s+(?:chair|place|stead|seat|post)\b",
    re.I,
)
# a passive's auxiliary with an adjunct inside it: "has since 2012 been led", "was in 1993 taken
# over", "was headed from 2001 by"
_PASSIVE_AUX = (
    rf"(?:(?:has|had|have|is|was|were)\s+(?:(?:since|from|in)\s+{_D}\s+|(?:then|later|also|"
    rf"thereafter|subsequently|effectively|jointly|briefly|eventually|since|ever\s+since)\s+)*"
    rf"(?:been\s+)?(?:(?:since|from|in)\s+{_D}\s+)?)"
)
# The adjuncts a passive of leading takes before its agent: a date ("in D", "since D"), the
# group's birth ("since its founding", "from the outset"), a manner ("jointly", "briefly").
_PASSIVE_ADJUNCT = (
    # "since about 2018": the hedge the date reader already took (2018~)
    rf"(?:(?:since|from|in|on|after|until)\s+(?:(?:{HEDGE_WORDS})\s*)?{_D}"
    rf"|(?:ever\s+)?(?:since|from)\s+(?:its|the\s+group[’']s|⟪G⟫[’']s|the)\s+(?:very\s+)?"
    rf"(?:formation|founding|creation|birth|inception|establishment|foundation|start|outset|"
    rf"beginning|first\s+day)"
    rf"|(?:jointly|collectively|briefly|effectively|nominally|formally|initially|at\s+first))"
)
# the agent of a passive of leading named in apposition to a noun phrase: "led by his younger
# brother, X", "headed by its former treasurer, X" (never a body: "led by a council, X …")
_AGENT_APPOSED = (
    r"(?:(?:⟪H⟫’s|⟪P\d+⟫[’']s|⟪G⟫[’']s|his|her|its|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?!(?:council|committee|shura|board|bureau|assembly|body|team)\b)[a-z][\w-]*\s*,\s*)?"
)
_LED_BY = re.compile(
    # "What was left of the movement after that was directed by X": an adjunct after the subject
    rf"(?:{_GROUP}(?:\s+(?:after\s+that|then|thereafter|later|afterwards|from\s+then\s+on|"
    rf"(?:in|from|since)\s+{_D}))?\s+(?:{_PASSIVE_AUX}|{_AUX})"
    # the auxiliary before the subject, as a translation keeps it after a fronted adverbial:
    # "Since then is the group led by X", "From 2010 was the movement headed by X"
    rf"|\b(?:is|was|has|had)\s+(?:(?:the\s+)?⟪G⟫(?![’']s)|it)\s+(?:since\s+|then\s+)?"
    rf"(?:been\s+)?)"
    # "has been co-led by X and Y": a shared leadership, told in the passive
    rf"(?:co-)?(?:led|headed|commanded|run|chaired|directed|presided\s+over|steered|helmed|"
    rf"taken\s+over)"
    # an adjunct between the participle and its agent: "has been led since its founding by X",
    # "were taken over in 2008 by X", "was run from the start by X", "was headed jointly by"
    rf"(?:\s+{_PASSIVE_ADJUNCT}){{0,3}}\s+by\s+{_AGENT_APPOSED}(?P<o>{_P})"
    rf"(?:\s*,?\s+(?:and|with)\s+(?P<o2>{_P}))?",
    re.I,
)
_SUCCESSOR_NP = re.compile(
    rf"(?:⟪H⟫’s|{_P}[’']s|his|her)\s+(?:\w+\s+)?successor\s*,?\s+(?:was\s+)?(?P<o>{_P})", re.I
)
_UNDER = re.compile(
    rf"under\s+the\s+(?:leadership|command)\s+of\s+(?P<o>{_P})(?:\s*\(\s*(?P<date>{_D})\s*\))?",
    re.I,
)
_IN_BRACKETS = re.compile(
    rf"(?P<o>{_P})\s*\(\s*(?:{_KEEPS}\s+)*{_LEADER_WORD}\s*,?\s*(?P<date>{_D})\s*\)", re.I
)
# A tenure told by a noun phrase with its dates: "during X's tenure as emir (2004–2009)", "X's
# leadership of the group lasted from 2004 to 2009", "X's term as chairman ran from 1999 to
# 2003", "X's time at the head of the group (2004–2009)" — only a bare post, the group, or no
# object at all ("X's leadership (2004–2009)"); "X's tenure as spokesman" is another post
_THE_GROUP = r"(?:the\s+)?⟪G⟫(?![’']s)"
_TENURE_NP = re.compile(
    rf"(?P<o>{_P})[’']s\s+(?:(?:long|short|brief|first|second)\s+)?"
    rf"(?:tenure|term|time|years|period|stint|leadership|rule|reign|command)"
    rf"(?:\s+as\s+(?:{_KEEPS}\s+)*(?:(?:sole|overall|supreme|acting|interim)\s+)?{_LEADER_WORD}"
    rf"(?:\s+of\s+{_THE_GROUP})?|\s+(?:at\s+the\s+(?:head|helm)|in\s+command)\s+of\s+"
    rf"{_THE_GROUP}|\s+of\s+{_THE_GROUP})?"
    rf"(?:\s*\(\s*(?P<date>{_D})\s*\)"
    # "lasted from 2004 to 2009" is one range ("lasted ⟪D⟫"), "from 2004 to May 2009" two dates
    rf"|\s+(?:lasted|ran|went|extended|stretched)\s+(?:from\s+)?(?P<date2>{_D})"
    rf"(?:\s+(?:to|until|till)\s+(?P<until>{_D}))?)",
    re.I,
)
_APPOSED = re.compile(
    rf"(?P<o>{_P})\s*,\s*(?:{_KEEPS}\s+)+(?:{_LEADER_WORD})(?:\s+of\s+{_GROUP})?\s*"
    rf"\(\s*(?P<date>{_D})\s*\)",
    re.I,
)
_FOUNDED = re.compile(
    # "set the group up": the particle after the object
    # the historic present of a timeline's dated lines: "1970s: X founds the cooperative"
    rf"{_AUX}(?:co-)?(?:founded|founds|established|establishes|created|creates|set\s+up|"
    rf"sets\s+up|set(?=\s+(?:{_GROUP})\s+up\b)|formed|launched)\s+(?:(?P<obj>{_GROUP})(?:\s+up\b)?|(?P<other>[^,;.]{{1,60}}))"
    # "announced the group in D", "proclaimed the movement": a birth made public, only of the
    # group itself ("announced a ceasefire" is no founding)
    rf"|{_AUX}(?:announced|proclaimed|declared|unveiled)\s+(?P<announced>{_GROUP})(?![’'\w])"
    # "broke away in 2012 and gave themselves the name G", "… and called themselves G": persons
    # naming themselves the group found it ("the group called itself G" is a rename, no birth)
    rf"|(?:called|calling|named|naming|styled|styling|dubbed)\s+themselves\s+"
    rf"(?:(?:from\s+then\s+on|thereafter|henceforth)\s+)?(?P<named>{_GROUP})(?![’'\w])"
    rf"|(?:gave|giving|took|taking)\s+(?:to\s+)?themselves\s+the\s+name\s+(?:of\s+)?"
    rf"(?P<named2>{_GROUP})(?![’'\w])"
    # "had drawn the scattered circles into a single group in 1979": making a group of parts
    rf"|{_AUX}(?:drew|drawn|brought|gathered|organi[sz]ed|united|welded|forged|merged)\s+"
    rf"[^,;.⟪]{{1,60}}?\s+into\s+(?P<made>(?:a|one)\s+(?:single\s+|new\s+|unified\s+)?"
    rf"(?:group|organi[sz]ation|movement|body|network|front|party))\b",
    re.I,
)
_TOGETHER = re.compile(
    rf"(?:together|jointly|along)\s+with\s+(?:(?:his|her|⟪H⟫’s|⟪H⟫|its|the\s+group[’']s|⟪G⟫[’']s)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<o>{_P})",
    re.I,
)
# Leadership told as a circumstance of something the group did, with the group as the subject:
# "Under the leadership of X, the group expanded", "The group grew under X's leadership", "With
# X at its head (since 2012), the group …", "The group has been under the leadership of X since
# 2012". Only "since D" written with it dates the start; any other date is the event's.
_UNDER_WORDS = r"(?:leadership|command|direction|stewardship)"
_CIRCUMSTANCES = [
    re.compile(
        rf"^(?:[^,⟪]{{0,40}},\s*)?(?:Under|With)\s+(?:the\s+{_UNDER_WORDS}\s+of\s+(?P<o>{_P})"
        rf"|(?P<o2>{_P})\s+at\s+(?:its|the)\s+(?:head|helm))(?![’']s)"
        rf"(?:\s+since\s+(?P<date>{_D}))?\s*,\s*(?:the\s+)?⟪G⟫",
        re.I,
    ),
    re.compile(
        rf"^(?:[^,⟪]{{0,40}},\s*)?(?:the\s+)?⟪G⟫(?![’']s)(?P<between>(?:[^;⟪]|⟪(?:D\d+|X)⟫){{0,80}}?)"
        rf"\b(?:under\s+(?:the\s+"
        rf"{_UNDER_WORDS}\s+of\s+(?P<o>{_P})(?![’']s)|(?P<o2>{_P})[’']s\s+{_UNDER_WORDS})"
        rf"|with\s+(?P<o3>{_P})\s+at\s+its\s+(?:head|helm)"
        # "was formed in 1990 by exiles, under X, its first commander": the post in apposition
        rf"|under\s+(?P<o4>{_P})(?![’']s)\s*,\s*(?:its|the\s+group[’']s|⟪G⟫[’']s)\s+"
        rf"(?:(?:first|founding|sole)\s+)?(?:{_LEADER_WORD}|commander)\s*(?:[,;]|\.?$))"
        rf"(?:\s+since\s+(?P<date>{_D}))?",
        re.I,
    ),
    # the group with a participle in apposition: "The group, led by X since 2015, claimed
    # the attack", "an alliance with the movement, then headed by X, …" — one agent only ("led
    # by X and Y" is a shared leadership the passive frame reads)
    re.compile(
        rf"(?:the\s+)?⟪G⟫(?![’']s)\s*,\s*(?:(?:then|now|still|by\s+then|at\s+the\s+time)\s+)?"
        rf"(?:led|headed|commanded|directed|run)\s+by\s+(?P<o>{_P})(?![’']s)"
        rf"(?:\s+since\s+(?P<date>{_D}))?\s*(?:,|;|$)(?!\s*(?:and|or)\s)(?P<o2>)",
        re.I,
    ),
]
