"""The closed word lists of the leadership grammar, over template tokens: the group and its
top body, leader words and the qualifiers that keep or change a post, hedges, negation,
unrealised leadership ("sought to lead"), and how a tenure ended.

Each list is closed on purpose: a word not listed states nothing, and the sentence goes to the
review, rather than a guess.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------ the clause grammar

_P = r"⟪P\d+⟫"
_PH = r"⟪(?:P\d+|H)⟫"
_D = r"⟪D\d+⟫"
_GROUP = (
    r"(?:(?:(?:the\s+(?:(?:[a-z]+ed|[a-z]+ing|last|few)\s+)?(?:remnants?|rest|remainder|bulk)|"
    r"what\s+(?:was\s+left|remained))\s+of\s+)?"
    # "the remnant of the old JMB": an adjective of time keeps it the group
    r"(?:the\s+)?(?:(?:old|original|former|reconstituted)\s+)?⟪G⟫(?![’']s)"
    # "headed the LRA delegation": the group's name as a modifier names something else
    r"(?!\s+(?!(?:in|from|since|until|till|to|and|for|with|at|after|between|during|when|as|on|"
    r"ever|together|jointly|alongside|through|again|but|while|which|who|before|under|into|"
    r"until|then|once|briefly|itself|throughout|across|has|had|have|was|were|is|are|been|"
    r"did|does|would|will|not|never|also|effectively|formally|himself|herself|themselves|alone|"
    r"since|personally|thereafter|network|movement|organi[sz]ation|group|militia)\b|[a-z]+ly\b)"
    r"[a-z]{3,}\b)"
    # "the scattered remnants": a participle or "last"/"few" before the remnant keeps it the group
    r"|\bit\b|the\s+(?:(?:[a-z]+ed|[a-z]+ing|last|few)\s+)?(?:remnants|rest|remainder)\b(?!\s+of)"
    # "took command of the survivors after the siege": the group's remnant, told as its men
    r"|the\s+(?:survivors|remaining\s+fighters)\b(?!\s+of)"
    # "led what remained (at some point)": the group's remnant, after its end was told
    r"|what\s+(?:remained|was\s+left)\b(?!\s+of))"
)
# The group's own top body stands for the group: "headed the executive from 1986", "headed its
# executive council from 2004 to 2013", "chairs its political bureau".
_TOP_BODY = (
    r"(?:(?:the|its|(?:the\s+)?⟪G⟫[’']s|the\s+group[’']s)\s+(?>executive(?:\s+(?:committee|council))?|"
    r"leadership\s+council|leadership|high\s+command|central\s+committee|political\s+bureau|"
    r"politburo|shura(?:\s+council)?|supreme\s+council|ruling\s+council|"
    r"command)\b"
    # "the ruling council of the Kayes Front": another body's, never the group's
    r"(?!\s+(?:of|for)\s+(?!(?:the\s+)?⟪G⟫)))"
)
# Who names a leader from outside the group: their naming is an account of who leads, never an
# appointment ("Security officials have named X as its leader": the group did not name him), so
# a date with it dates the account, not the tenure. The group's own bodies and the organisations
# it answers to (a parent that appoints its emirs) are not among them.
OUTSIDE_NAMER = re.compile(
    r"\b(?:officials|authorities|police|army|military|government|governments|prosecutors?|"
    r"investigators|intelligence(?:\s+(?:services|agencies|officials))?|analysts|observers|"
    r"media|press|journalists|researchers|experts|scholars|diplomats|reports)\b"
    r"(?:(?!⟪[PG])[^;⟪])*$",
    re.I,
)
# Verbs that report what someone says, writes or holds: the one who reports is never the
# subject of the clause after "that" ("The historian X writes that Y directed it": Y directed
# it, X did not). One class for every rule that finds a clause's subject.
REPORTING_VERB = (
    r"(?:announce[sd]?|say|says|said|report(?:s|ed)?|claim(?:s|ed)?|confirm(?:s|ed)?|"
    r"declare[sd]?|state[sd]?|reveal(?:s|ed)?|disclose[sd]?|acknowledge[sd]?|admit(?:s|ted)?|"
    r"den(?:y|ies|ied)|write|writes|wrote|written|argue[sd]?|contend(?:s|ed)?|"
    r"maintain(?:s|ed)?|assert(?:s|ed)?|insist(?:s|ed)?|allege[sd]?|believe[sd]?|holds|"
    r"suggest(?:s|ed)?|note[sd]?|recall(?:s|ed)?|recount(?:s|ed)?|remember(?:s|ed)?|"
    r"conclude[sd]?|concede[sd]?|explain(?:s|ed)?|testif(?:y|ies|ied)|think|thinks|thought|"
    r"told\s+[^,;⟪]{1,30}?)"
)
_LEADER_WORD = (
    r"(?:leader|emir|amir|head|chief|commander[- ]in[- ]chief|supreme\s+commander|"
    # the same posts in the word orders of other languages' translations
    r"general\s+secretary|chief\s+commander|(?:commander|emir|amir)\s+general|supreme\s+guide|"
    r"(?:maximum|paramount)\s+leader|"
    r"secretary[- ]general|chairman|chairwoman|chairperson|co-leader|co-chair|co-chairman|"
    r"caliph|president|successor|(?:top|overall|general)\s+commander|general\s+leader|wali|"
    # "its ideologue and highest authority": the top of the group, by another word
    r"(?:highest|supreme|ultimate)\s+authority|"
    # "commander of the group" is its leader; "a commander", "commander of the north" are not
    r"(?<!\ba\s)commander(?=\s+(?:of|over)\s+(?:the\s+)?(?:⟪G⟫|it\b)))s?"
    # "chief negotiator", "head coach": a leader word that qualifies another noun is no post
    r"(?![\w-])(?!\s+(?!(?:of|for|over|in|on|at|to|since|from|until|and|or|after|between|ever|till|"
    r"during|when|who|whom|which|but|with|by|following|as|until|began|started|commenced|"
    # "when he became the group's leader has never been made public": an auxiliary follows
    r"ended|lasted|has|had|have|was|were|is|are|remains|remained|would|will)\b)[a-z]{3,})"
)
# Determiners and adjectives that keep a leader word the group's top post.
_KEEPS = (
    # "the new body's general leader": the body a merger created is the group
    r"(?:the\s+(?-i:new|merged|united|combined)\s+(?-i:body|group|organi[sz]ation|movement|"
    r"alliance|coalition|entity|formation|front)[’']s|"
    r"the(?:\s+(?-i:[a-z]+)[’']s)?|its|his|her|⟪H⟫(?:’s)?|⟪P\d+⟫[’']s|their|a|an|⟪G⟫[’']s|new|"
    r"first|second|third|fourth|fifth|last|sole|overall(?!\s+commander)|supreme(?!\s+(?:commander|authority|guide))|"
    r"founding|interim|acting|undisputed|former|next|top(?!\s+commander)|joint|current|present|"
    r"incumbent)"
)
# Adjectives that make it another post: a deputy, a branch, a region (and, in a sentence, a
# capitalised name before the post: "the Gao emir").
_OTHER_POST_WORDS = (
    r"(?:deputy|vice|assistant|military|security|intelligence|operations|regional|local|"
    r"provincial|field|area|zonal|district|sector|spiritual|religious|ideological|media|"
    r"political|finance|financial|propaganda|eastern|western|northern|southern|central|"
    r"faction|front|wing|battalion|brigade|unit|cell|city|urban|rural|[\w-]+-in-command)"
)
_OTHER_POST = rf"(?:{_OTHER_POST_WORDS}|(?-i:[A-Z][\w’'\-]+))"


def _leader_np(tag: str = "") -> str:
    """A leader noun phrase, "(as) the group's new emir (of the group)", with its qualifier
    (q…), and what it is the leader of (of…, other…) as named groups."""
    return (
        # possessive repeats (*+): a long run of adjectives is read once, never backtracked
        rf"(?:as\s+)?(?:{_KEEPS}\s+)*+(?P<q{tag}>(?:{_OTHER_POST}\s+(?:and\s+)?)*+){_LEADER_WORD}"
        rf"(?P<of{tag}>\s+(?:of|for|over|in)\s+(?:{_GROUP}|{_TOP_BODY}|"
        # "the leader of both the party and the group": the group is one of the two led
        rf"both\s+(?:[^,;.()⟪]|⟪[GX]\d*⟫){{1,40}}?\s+and\s+(?:of\s+)?{_GROUP}|"
        rf"(?P<other{tag}>(?!⟪D)[^,;.()]{{1,60}})))?"
    )


_LEADER_NP = _leader_np()
# A hedge keeps the tenure but marks it reported: "is (widely) believed to have", "appears to
# have", "seems to have", "reportedly", ", by most accounts,".
_HEDGE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:(?:widely|generally|commonly|often|usually|also)\s+)?"
    r"(?:reported|believed|said|thought|alleged|understood|rumou?red|presumed|held|considered|"
    r"regarded|assumed|suspected)\s+to\s+(?:have\s+)?|"
    # "are usually described as having led it", "is credited with having led"
    r"(?:is|was|are|were)\s+(?:(?:widely|generally|commonly|often|usually|also)\s+)?"
    r"(?:described|portrayed|depicted|seen|regarded|credited)\s+(?:as|with)\s+having\s+|"
    r"(?:appears?|appeared|seems?|seemed)\s+(?:instead\s+|also\s+|then\s+)?to\s+(?:have\s+)?|"
    r"reportedly\s+|allegedly\s+|apparently\s+|purportedly\s+|probably\s+|possibly\s+|"
    r"presumably\s+|(?:,\s*)?(?:by|according\s+to)\s+(?:most|many|some|several|all)\s+"
    r"accounts\s*,?\s*)",
    re.I,
)
# A leadership verb that only says someone wanted, tried, claimed or was expected to lead.
_UNREALISED = re.compile(
    r"\b(?:claim(?:ed|s)?|sought|seeks?|tried|tries|wanted|wants|hoped|hopes|aspired|planned|"
    r"attempted|attempts|expected|intended|vowed|threatened|candidate|bid|failed|refused|"
    r"declined|offered|promised|poised|tipped|likely|due|set|ambition|plot(?:ted)?|"
    r"conspired|pretended|purported)\s+to\b",
    re.I,
)
_NEGATION = re.compile(
    # "denied that X led it": the reported clause is negated by the one who reports it
    r"\b(?:never|not|no\s+longer|n[’']t|neither|nor|none\s+of|nothing|nobody|no\s+one|without|"
    r"den(?:ied|ies|y)\s+(?:(?:in|on)\s+⟪D\d+⟫\s+)?that|"
    # "the court made no finding that he led it": a finding, a proof not made
    r"no\s+(?:evidence|sign|record|indication|source|finding|proof|confirmation|suggestion))\b",
    re.I,
)
_AUX = r"\b(?:(?:has|had|have|having|is|was|were|would|to)\s+)?(?:(?:been|be|also|then|later|jointly|subsequently|briefly|eventually|effectively|since|ever\s+since)\s+)*"  # noqa: E501
# "since" with no date of its own: "has since led it", "who has led it since.", "ever since"
_BARE_SINCE = re.compile(
    r"\bhas\s+(?:ever\s+)?since\b|\bsince\s*[.;,]?\s*$|\bever\s+since\b(?!\s*⟪D)"
)

# start: the subject became the group's leader
_END_WORDS = {
    "killed": "killed", "assassinated": "killed", "executed": "killed", "slain": "killed",
    "blew": "killed", "died": "died", "dies": "died", "arrested": "arrested",
    "captured": "arrested", "detained": "arrested", "extradited": "arrested",
    "ousted": "dismissed", "dismissed": "dismissed", "removed": "dismissed",
    "deposed": "dismissed", "expelled": "dismissed", "voted": "dismissed",
    "resigned": "resigned", "stepped": "resigned", "surrendered": "surrendered",
    "caught": "arrested", "seized": "arrested", "recaptured": "arrested", "fled": "fled",
    "recapture": "arrested", "flight": "fled",
    "death": "died", "killing": "killed", "assassination": "killed", "execution": "killed",
    "arrest": "arrested", "capture": "arrested", "detention": "arrested",
    "extradition": "arrested", "ouster": "dismissed", "dismissal": "dismissed",
    "removal": "dismissed", "resignation": "resigned", "surrender": "surrendered",
    "stood": "resigned", "set": "dismissed", "sacked": "dismissed", "overthrown": "dismissed",
    "forced": "dismissed", "pushed": "dismissed", "deposition": "dismissed",
    "shot": "killed", "martyred": "killed", "jailed": "arrested", "imprisoned": "arrested",
    "abdicated": "resigned", "retired": "resigned", "quit": "resigned", "picked": "arrested",
    "handed": "arrested", "turned": "arrested",
}  # fmt: skip
"""How a tenure ended, by the first word of the verb or noun that tells it: the closed list of
`ended_by` values (killed, died, arrested, dismissed, resigned, surrendered, fled)."""
_END_VERB = (
    r"(?:(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(?P<passive>killed|assassinated|"
    r"executed|slain|arrested|captured|recaptured|caught|seized|detained|extradited|ousted|"
    r"dismissed|removed|deposed|expelled|voted\s+out|set\s+aside|sacked|overthrown|"
    r"(?:forced|pushed)\s+out|shot\s+dead|martyred|jailed|imprisoned|picked\s+up|"
    # "was handed over to Jordan", "was turned over to the police": custody, never a post
    # ("command was handed over to X" names a person, and is a succession)
    r"(?:handed|turned)\s+over\s+to\s+(?=⟪X⟫|the\s+(?:authorities|police|army|military|"
    r"security\s+services)\b|(?-i:[A-Z])))"
    r"|(?P<active>died|dies|resigned|abdicated|retired|quit|"
    r"(?:stepped|stood)\s+(?:down|aside)|surrendered|fled|"
    r"blew\s+(?:himself|herself)\s+up))"
)
_END_NOUN = (
    r"(?P<noun>death|killing|assassination|execution|arrest|capture|recapture|detention|"
    r"extradition|ouster|dismissal|removal|resignation|surrender|flight|deposition)"
)
# "until his arrest (in D)", "until he was killed (… in D)", "until police captured him (… D)",
# "until 2004"
_UNTIL = re.compile(
    rf"\b(?:until|till|to)\s+(?:(?P<who1>⟪H⟫|{_P})(?:[’']s)?\s+(?:own\s+|eventual\s+|later\s+)?"
    rf"{_END_NOUN}"
    rf"|(?P<who2>⟪H⟫|{_P}|he|she)(?:\s+and\s+{_P})?\s+{_END_VERB}"
    rf"|[^;⟪]{{0,40}}?\b(?P<agent>killed|captured|recaptured|arrested|detained|caught|seized|"
    rf"assassinated|executed|removed|ousted|deposed|extradited)\s+(?:him|her|⟪H⟫)"
    rf"|(?P<date>{_D})"
    # "until internal elections in 2011": an event, dated; how it ended is not said
    # (after "until" or "till" only: "elevated to the leadership in 2010" tells a start)
    rf"|(?:(?<=until\s)|(?<=till\s))[a-z][^;⟪]{{0,50}}?\s+(?:in|on)\s+(?={_D}))",
    re.I,
)
# an end told on its own: "⟪P⟫ was killed in ⟪D⟫", "⟪P⟫’s death in ⟪D⟫", "the killing of ⟪P⟫"
_END_CLAUSE = re.compile(rf"^[^⟪]{{0,40}}?{_END_VERB}", re.I)
_END_POSSESSIVE = re.compile(
    rf"(?:(?P<o>{_P}(?=[’']s)|⟪H⟫)(?:[’']s)?\s+(?:\w+\s+)?|\bthe\s+(?=\w+\s+of\s+{_P}))"
    rf"{_END_NOUN}\b(?:\s+of\s+(?P<o2>{_P}))?",
    re.I,
)
_END_AGENT = re.compile(
    rf"\b(?P<agent>killed|captured|recaptured|arrested|detained|assassinated|executed|ousted|"
    rf"deposed)\s+(?P<o>{_P})"
    rf"|\b(?P<agent2>shot)\s+(?P<o2>{_PH})\s+dead\b"  # "police shot X dead in May 2002"
    # "A drone strike killed him in July 2016": the pronoun's person, told as the object
    rf"|\b(?P<agent3>killed|captured|arrested|assassinated|executed)\s+(?P<o3>⟪H⟫)(?![’']s)"
)

# Clause boundaries: the subject of a clause opened by "and" is the last clause's subject.

# "headed it for three decades": a duration gives a start the reader does not compute
_DURATION = re.compile(
    r"\bfor\s+(?:(?:nearly|almost|about|some|over|more\s+than|less\s+than|barely|only|just)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|\d+|several|"
    r"many)\s+(?:years?|decades?|months?)\b",
    re.I,
)

# ------------------------------------------------------------------ a subject nobody named

# The capitalised words that open a clause as its subject without naming a person: function
# words, pronouns, and the collective nouns of those who act on a group (police, troops…).
# Any other capitalised word before a verb only a person is the subject of ("Khazali was
# released in 2010") names someone the template did not take for a person, and a later "he"
# stands for that one.
NOT_A_NAMED_SUBJECT = frozenset({
    "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "His", "Her",
    "Their", "We", "One", "Some", "Many", "Most", "Both", "All", "Several", "Few", "Each",
    "Police", "Troops", "Soldiers", "Officials", "Authorities", "Government", "Security",
    "Army", "Fighters", "Militants", "Members", "Analysts", "Sources", "Reports", "Gunmen",
    "Prosecutors", "Investigators", "Observers", "Supporters", "Leaders", "Commanders",
})
UNNAMED_SUBJECT = re.compile(
    r"^\s*(?:(?:In|On|By|After|During|Later|Then|From|Since)\b[^,⟪]{0,30}?(?:⟪D\d+⟫)?\s*,?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w’'-]+){0,2})"
    r"\s+(?:himself\s+|herself\s+|also\s+|later\s+|then\s+)?"
    # a verb only a person is the subject of: released, arrested, returned, died … ("Command
    # then passed to X" has a common noun first)
    r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:released|freed|arrested|detained|"
    r"captured|killed|jailed|imprisoned|sentenced|extradited|exiled|expelled|pardoned)"
    r"|returned|escaped|fled|died|resigned|surrendered)\b"
)

# A title written before a name that the person reader leaves outside it ("Dr. X", "Prof. X"):
# not part of the name, and no post
HONORIFIC = r"(?:Dr|Prof|Professor|Eng|Engr|Mr|Mrs|Ms)\.?"
