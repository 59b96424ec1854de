"""The grammar of attribution: every shape of clause that links organisations to the attack,
each with the modality it states (conduct, claim, third-party attribution, suspicion, denial).

`_SHAPES` is tried in order; a list of organisations one shape has taken is never read again
by a later one, so the more specific shapes come first."""

from __future__ import annotations

import re

from kg.ingest.attribution.lexicon import (
    _ACRONYM,
    _APPOSITIVE,
    _ATTACKERS,
    _BECAME,
    _CLAIM_VERB,
    _CLAIMERS,
    _DEED,
    _DESCRIBED,
    _I,
    _MEMBER,
    _MEMBERS,
    _NAMED,
    _OF_MEMBERS,
    _ONE_DOER,
    _ORG_NAME,
    _PERSON_NAME,
    _REPORTED_DEED,
    _SLOTS,
    _SPEAKER,
    _SPEAKERS,
    _UNIT_NAME,
    _UNIT_WORDS,
    _WEAPON,
    _WORD,
    BETWEEN_VERB_AND_NAME,
    CLAIM_MEDIUM,
    COUNT_WORDS,
    DEED_DONE,
)
from kg.ingest.slots import NAME, G

# a word that hedges what follows: "reportedly", "allegedly", "believed to have been"
_HEDGE_WORD = (
    r"(?:reportedly|allegedly|apparently|presumably|probably|possibly|purportedly|supposedly|"
    r"(?:believed|thought|said|suspected|alleged|reported)\s+to\s+(?:have\s+been|be))"
)
# where a name read in an open slot ends: punctuation, a function word, a verb or the words for
# its men ("suspicion fell on ⟦X⟧ militants"), never a lower-case noun the name only qualifies
# ("the Medellín cartel", "Kidal traffickers": a place or a family before a common noun)
_NAME_ENDS = (
    rf"(?:\s+{_MEMBERS})?(?=\s*[,.;:)]|\s*$|\s+(?:and|but|or|which|who|whose|after|for|over|in|at|"
    rf"on|because|though|although|as|when|while|until|before|since|was|were|had|has|have|is|"
    rf"are|rather|instead|too|again|first|once|itself|themselves|alone|instead|to|of|with|"
    rf"from|by|during|despite|that|did|does|would|could|might|may|also|then|later|never|not|"
    rf"paid|ordered|planned|carried|planted|organi[sz]ed|financed|directed|staged|"
    rf"(?-i:[a-z]+ed))\b)"
)
# the verbs that tie the doers to a group, in either tense, and what they tie
_LINKED = r"(?:link(?:ed|s)?|tie[sd]?|connect(?:ed|s)?)"
_LINKED_OBJECT = (
    rf"(?:them|him|her|it|the\s+(?:[\w-]+\s+){{0,3}}?(?:men|attackers|bombers|gunmen|assailants|"
    rf"suspects|couple|pair|attack|attacks|bombing|bombings|blasts?|killings?|plot|cell|"
    rf"{_ONE_DOER}))"
)
# a role a person holds in an organisation
_ROLE = (
    r"(?:leader|commander|emir|amir|chief|founder|co-founder|spokes(?:man|woman|person)|deputy|"
    r"member|militant|operative|head|official|ideologue|bomb-?maker|lieutenant)s?"
)
# what a group's man says the group did: "said in a video that ⟦X⟧ had directed the attack"
_SAID_GROUP_DID = (
    rf"(?:said|stated|declared|announced|boasted)\b[^.;⟦]{{0,60}}?\bthat\s+(?:{G}|it|they|the\s+"
    rf"(?:group|movement|organi[sz]ation)|its\s+(?:fighters|men|members))\s+had\s+"
    rf"{_REPORTED_DEED}"
)

# who speaks when the verb comes first and its subject after it ("Blamed for it the police
# ⟦X⟧"): a state's body, named by a common noun, with at most one word before it
_SPEAKER_AFTER_VERB = (
    r"(?:the\s+)?(?:(?-i:[A-Z][\w’'-]+|[a-z][\w-]+)\s+)?(?:police|authorities|government|"
    r"officials|investigators|prosecutors|army|military|ministry|security\s+forces|"
    r"intelligence\s+services?|court|courts|judges)"
)
# what the verb-first clause blames: nothing, "it", or the deed or the doer as a common noun
_VERB_FIRST_OBJECT = r"(?:(?:for\s+)?(?:it|them|this|that|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?"

# a body others know by its name, that speaks of an attack: "Amnesty International", "Human
# Rights Watch", "the Interior Ministry", "the Assam Police"
_NAMED_BODY = (
    r"(?-i:(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,5}(?:International|Watch|"
    r"Nations|Commission|Council|Ministry|Agency|Office|Bureau|Institute|Observatory|Mission|"
    r"Tribunal|Court|Committee|Department|Police|Service|Services))"
)
# an organisation's men: "⟦X⟧ activists", "gunmen of the ⟦Y⟧"
_MEN_WORDS = rf"(?:{_MEMBERS}|activists|supporters|followers|men|loyalists|cadres)"
_MEN_OF = rf"(?:(?:the\s+)?{G}\s+{_MEN_WORDS}|{_MEN_WORDS}\s+(?:of|from)\s+(?:the\s+)?{G})"

# "condemned" as a court's verb: a court or the courts condemning, or the verb opening its
# clause ("Condemned the courts …"); never the adjective ("freed three condemned ⟦X⟧ members")
_CONDEMNED = (
    r"(?:(?:^|(?<=[.;:|]\s))\W*condemned|\b(?:courts?|judges?|tribunals?|justice|jury)"
    r"(?:\s+(?:in|of|at)\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:(?:later|also|then|eventually|finally)\s+)?"
    r"condemned)"
)

# "freed eight convicted ⟦X⟧ members", "the jailed ⟦X⟧ fighters": a verb of the verdict used
# as an adjective after a count or a determiner (each lookbehind of fixed width)
_NOT_AFTER_A_COUNT = "".join(
    rf"(?<!\b{word}\s)" for word in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "several", "some", "many", "the", "its", "their", "all", "both",
        "these", "those", "other", "of")) + r"(?<!\d\s)"

# "Claimed the attack on the ⟦Y⟧ base": a name after a preposition is no subject
_NOT_AFTER_A_PREPOSITION = "".join(
    rf"(?<!\b{word}\s)(?<!\b{word}\sthe\s)" for word in (
        "on", "at", "of", "against", "in", "by", "for", "to", "with", "from", "near"))

_SHAPES: list[tuple[str, str, re.Pattern[str]]] = [
    # "gunmen linked to ⟦X⟧ shot …", "by men tied to ⟦X⟧": the attackers described only by
    # their ties to the group, the writer's or others' attribution, never its told conduct
    ("attackers linked to", "attributed", re.compile(
        rf"\b(?:gunm[ae]n|men|attackers|assailants|militants|fighters|bombers|kidnappers|"
        rf"youths|elements|a\s+cell|cells)\s+(?:(?:widely|reportedly|allegedly|closely)\s+)?"
        rf"(?:linked|tied|connected)\s+(?:to|with)\s+(?:the\s+)?(?P<list>{_NAMED})", _I)),
    # "⟦A⟧ fighters, reportedly including ⟦B⟧ units, took the town": the units named under a
    # hedge among another's men are suspected; the men's own organisation is told as acting
    ("hedged among others' men", "implicated", re.compile(
        rf"\b{_HEDGE_WORD}\s+including\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED})"
        rf"(?:\s+(?:units?|fighters|men|members|militants|elements|cells?|brigades?))?"
        rf"(?=\s*[,.;)]|\s*$)", _I)),
    # The verb before its subject (a writer who puts the verb first, as in a translation):
    # "Blamed for it the police ⟦X⟧", "Accused the authorities ⟦X⟧ of the killing", "Linked the
    # bomber the police to ⟦X⟧", "Suspected by the police are fighters of ⟦X⟧". Only where
    # the verb opens the clause, so no subject stands before it, and a state's body follows.
    ("blame told verb first", "attributed", re.compile(
        rf"(?:^|[.;:]\s*)\W*(?:blamed|accused|held\s+responsible)\s+{_VERB_FIRST_OBJECT}"
        rf"{_SPEAKER_AFTER_VERB}\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED})", _I)),
    ("link told verb first", "attributed", re.compile(
        rf"(?:^|[.;:]\s*)\W*(?:linked|tied|connected|attributed|traced)\s+{_VERB_FIRST_OBJECT}"
        rf"{_SPEAKER_AFTER_VERB}\s+to\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED})", _I)),
    # "Claimed the bombings A, emir of ⟦Y⟧", "Claimed the attack the ⟦Y⟧, in a statement": the
    # claim told verb first, its subject after the object (a translation's order); the subject
    # claims, and a man named there by his role in an organisation speaks for it. Never the
    # page's group by default (the subjectless claim), and never a name after a preposition
    # ("Claimed the attack on the ⟦Y⟧ base")
    ("claim told verb first", "claimed", re.compile(
        rf"(?:^|[.;:]\s*)\W*claimed\s+(?:[^.;⟦]{{0,60}}?\s+)?"
        rf"(?:{_NOT_AFTER_A_PREPOSITION}(?P<list>(?:the\s+)?{G})(?=\s*[,.;]|\s*$)"
        rf"|(?P<voice>{NAME})\s*,\s*(?:(?:the|an?)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_ROLE}\s+"
        rf"(?:of|for|in|from|within)\s+(?:the\s+)?(?P<list2>{G}|{_ORG_NAME}))", _I)),
    # "⟦X⟧ fighters, according to UN investigators" (a responsibility cell), "burned by the ⟦X⟧,
    # according to police": the name opens its clause (or follows "by") and another's account
    # qualifies it at once: that voice's word, attributed (unless what it reports is a denial)
    ("a name by another's account", "attributed", re.compile(
        rf"(?:(?:^|[.;:|—–]\s*)\W*|\bby\s+)(?P<list>{_NAMED})(?:\s+{_MEMBERS})?\s*,\s*"
        rf"according\s+to\b(?![^.;|]{{0,80}}\b(?:denied|denies|denying|rejected|disowned)\b)",
        _I)),
    # "the government accused ⟦X⟧, which claimed the attack a week later": the relative's
    # claim, read before any other shape takes the name (a claim says more of the group's part
    # than others' word)
    ("relative claim", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})\s*,\s*(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:later|then|also|"
        rf"quickly|promptly|itself|soon|duly|subsequently|publicly)\s+)?{_CLAIM_VERB}", _I)),
    ("suspicion told verb first", "implicated", re.compile(
        rf"(?:^|[.;:]\s*)\W*suspected\s+(?:by\s+{_SPEAKER_AFTER_VERB}\s+(?:(?:is|are|was|were)\s+)?"
        rf"|{_VERB_FIRST_OBJECT}{_SPEAKER_AFTER_VERB}\s+)(?:(?:an?|the|some|two|three|four|"
        rf"several)\s+)?(?:{_OF_MEMBERS})?(?P<list>{_NAMED})", _I)),
    # A person named as one of an organisation's men speaks or acts for it: the organisation is
    # credited, never the man ("Omar Sidi, a commander of ⟦X⟧, claimed", "⟦X⟧ commander Omar
    # Sidi claimed", "⟦X⟧’s Omar Sidi said in a video that the group had directed it"). The
    # man's name (`voice`) is taken so no later shape reads it as a claimant.
    ("his organisation's claim", "claimed", re.compile(
        # "Abu Sulaiman, spokesman of ⟦X⟧, claimed": the article may be left out
        rf"(?P<voice>{NAME})\s*,\s*(?:(?:the|an?|one\s+of\s+the)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
        rf"{_ROLE}\s+(?:of|for|in|from|within)\s+(?:the\s+)?(?P<list>{G}|{_ORG_NAME})\s*,\s+"
        rf"(?:(?:later|then|also|had|has)\s+)?(?:{_CLAIM_VERB}|{_SAID_GROUP_DID})", _I)),
    ("his organisation's claim", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})(?:’s|'s)?\s+(?:(?:[\w-]+\s+){{0,2}}?{_ROLE}\s*,?\s+)?"
        rf"(?P<voice>{_PERSON_NAME}|{NAME})"
        rf"\s*,?\s+(?:(?:later|then|also|first)\s+)?(?:{_CLAIM_VERB}|{_SAID_GROUP_DID})", _I)),
    ("his organisation's deed", "conducted", re.compile(
        rf"(?P<voice>{NAME})\s*,\s*(?:(?:the|an?|one\s+of\s+the)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
        rf"{_ROLE}\s+"
        rf"(?:of|for|in|from|within)\s+(?:the\s+)?(?P<list>{G}|{_ORG_NAME})\s*,\s+(?:(?:later|then|"
        rf"also)\s+)?{_DEED}\b", _I)),
    # a hedge on the agent of a passive or on where the attackers came from: "was reportedly
    # carried out by ⟦X⟧", "a bomb, allegedly planted by ⟦X⟧,", "gunmen, apparently from ⟦X⟧,"
    ("hedged agent", "implicated", re.compile(
        rf"\b(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?{_HEDGE_WORD}\s+"
        # "were reportedly claimed by ⟦X⟧" reports a claim, not a hedge on the doer: the passive
        # claim reads it
        rf"(?!claimed\b)(?:(?-i:[a-z]+ed)|set|sent|built|made|thrown|driven|shot|hidden|left|laid|run|led|"
        rf"carried\s+out|set\s+off|blown\s+up|taken|held|fought|done|begun|undertaken)\s+"
        rf"(?:jointly\s+)?by\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("hedged agent", "implicated", re.compile(
        rf"\b{_HEDGE_WORD}\s+(?:from|of|with|(?:members|fighters|militants)\s+of|belonging\s+to|"
        rf"linked\s+to|loyal\s+to|acting\s+for|working\s+for)\s+(?:the\s+)?(?P<list>{_NAMED}){_NAME_ENDS}",
        _I)),
    # "⟦X⟧ activists and gunmen of the ⟦Y⟧ are believed to have killed …": the men of several
    # organisations, each named before or after its men, and a hedge on what they did
    ("hedged men of several", "implicated", re.compile(
        rf"(?P<list>{_MEN_OF}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_MEN_OF})*)\s+(?:(?:is|are|was|were)\s+"
        rf"(?:(?:widely|generally|also)\s+)?(?:believed|thought|suspected|said|alleged|reported|"
        rf"presumed)\s+to\s+(?:have|be)|(?:(?:is|are|was|were)\s+)?(?:reportedly|allegedly|"
        rf"apparently|probably))\b", _I)),
    # "⟦X⟧ fighters and militants of the ⟦Y⟧ ambushed …": the men of several organisations
    # acting together, each named before or after its men
    ("men of several acting", "conducted", re.compile(
        rf"(?P<list>{_MEN_OF}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_MEN_OF})+)\s+"
        rf"(?:(?:then|later|also|again|together|jointly)\s+)?{_DEED}\b", _I)),
    # "gunmen believed to belong to ⟦X⟧", "attackers thought to be members of ⟦X⟧": a hedge on
    # who the attackers were
    ("believed to be its men", "implicated", re.compile(
        rf"\b(?:{_MEMBERS}|men|attackers|assailants|gunmen|bombers|kidnappers|suspects|couple|"
        rf"pair|man|woman|brothers|youths?|{_ONE_DOER})"
        # "the bomber, A, is said to have attended ⟦X⟧ study sessions": the doer's tie, hedged
        rf"(?:\s*,\s*[^,.;]{{1,60}},)?\s+(?:(?:is|are|was|were)\s+)?"
        rf"(?:(?:widely|generally)\s+)?(?:(?:believed|thought|suspected|said|reported|presumed)\s+"
        rf"to\s+(?:be|have\s+been|belong\s+to|have\s+belonged\s+to|be\s+from|be\s+linked\s+to|"
        rf"have\s+links\s+to|have\s+attended|have\s+trained\s+(?:with|under|in)|have\s+been\s+"
        rf"close\s+to)|"
        rf"suspected\s+of\s+(?:belonging|links)\s+to)\s+(?:an?\s+)?(?:(?:members?|fighters?|"
        rf"militants?|cells?)\s+(?:of|from)\s+)?(?:the\s+)?(?P<list>{_NAMED})", _I)),
    # "a bomb hit a bus, probably the work of ⟦X⟧", "the killings, thought to be the handiwork
    # of ⟦X⟧ militants": the writer's or others' hedged word on whose work it was
    ("hedged work of", "implicated", re.compile(
        rf"\b(?:probably|likely|apparently|possibly|presumably|perhaps|allegedly|reportedly|"
        rf"(?:believed|thought|suspected|said|assumed|presumed)\s+to\s+(?:be|have\s+been))\s+"
        rf"(?:the\s+)?(?:work|handiwork|doing)\s+of\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED})"
        rf"{_NAME_ENDS}", _I)),
    # "police said the attackers were likely ⟦X⟧ members": others' hedged word on whose men
    # the attackers were; unhedged ("were ⟦X⟧ members") it is others' word, attributed
    ("reported membership, hedged", "implicated", re.compile(
        rf"\b{_SPEAKER}\s+(?:(?:later|also|then|had)\s+)?(?:said|stated|reported|believed|"
        rf"thought|suspected|concluded)\s+(?:that\s+)?{_ATTACKERS}\s+(?:was|were|is|are)\s+"
        rf"(?:likely|probably|possibly|apparently|presumably|perhaps)\s+(?:(?:all|both)\s+)?"
        rf"(?P<list>{_NAMED})\s+{_MEMBERS}\b", _I)),
    ("reported membership", "attributed", re.compile(
        rf"\b{_SPEAKER}\s+(?:(?:later|also|then|had)\s+)?(?:said|stated|reported|confirmed|"
        rf"concluded|found|established)\s+(?:that\s+)?{_ATTACKERS}\s+(?:was|were|is|are)\s+"
        rf"(?:(?:all|both)\s+)?(?P<list>{_NAMED})\s+{_MEMBERS}\b", _I)),
    # "prosecutors described them as ⟦AAI⟧ members", "police identified the men as members of
    # ⟦X⟧": others say who the attackers were
    ("described as members", "attributed", re.compile(
        # "fighters whom the UN mission identified as ⟦X⟧", "a man whom prosecutors described
        # as a member of ⟦X⟧": the doers the relative points back to, named by others' voice
        rf"\b(?:whom|who)\s+(?:[^,.;]{{1,60}}?\s+)?(?:later\s+)?(?:described|identified|"
        rf"named|labelled|labeled|branded)\s+as\s+(?:an?\s+)?(?:{_OF_MEMBERS}|(?:members?|"
        rf"militants?|fighters?|operatives?)\s+of\s+(?:the\s+)?)?(?P<list2>{_NAMED})"
        rf"|\b(?:described|identified|named|labelled|labeled|branded)\s+(?:them|him|her|it|the\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:men|attackers|gunmen|bombers|suspects|cell|group|house|"
        rf"building|flat|apartment|workshop|factory|camp|site|car|vehicle|device|bomb))\s+as\s+"
        rf"(?:an?\s+)?(?:{_OF_MEMBERS}|(?:members?|militants?|fighters?|operatives?)\s+of\s+"
        # "described them as linked to ⟦X⟧": others tie the attackers to the group
        rf"(?:the\s+)?|(?:linked|tied|connected|close|loyal|affiliated)\s+(?:to|with)\s+"
        rf"(?:the\s+)?)?(?P<list>{_NAMED})", _I)),
    # "the police said he belonged to ⟦X⟧", "officials said the bombers were members of ⟦X⟧",
    # "police said Abu Rara was a member of ⟦X⟧ Bekasi": others say whose men the attackers
    # were
    ("reported membership", "attributed", re.compile(
        rf"\b{_SPEAKER}\s+(?:(?:later|also|then|had)\s+)?(?:said|stated|reported|confirmed|"
        rf"concluded|found|alleged|believed|established|told\s+[\w\s]{{1,30}}?)\s+(?:that\s+)?"
        rf"{_ATTACKERS}\s+"
        # "had been in contact with members of ⟦X⟧": a tie others report, as the others
        rf"(?:(?:had|has|have)\s+been\s+in\s+(?:regular\s+)?(?:contact|touch)\s+with"
        rf"(?:\s+(?:{COUNT_WORDS}\s+)?(?:members|militants|fighters|leaders)\s+of)?|"
        rf"(?:had\s+)?belonged\s+to|belongs?\s+to|(?:had|have|has)\s+(?:close\s+)?"
        rf"(?:links|ties|connections)\s+(?:to|with)|(?:had\s+)?(?:acted|were\s+acting|worked)\s+"
        rf"(?:for|on\s+behalf\s+of)|(?:was|were|is|are|had\s+been)\s+"
        rf"(?:(?:an?|the|all|both)\s+)?(?:members?|militants?|fighters?|operatives?|part|"
        rf"cadres?)\s+of)\s+(?:an?\s+|the\s+)?(?P<list>{_NAMED})", _I)),
    # "police linked the bombers to ⟦X⟧", "investigators tied them to ⟦X⟧": an object is
    # required ("a group linked to ⟦X⟧ attacked" says whose ally the attacker was, not more)
    ("linked by others", "attributed", re.compile(
        rf"\b{_LINKED}\s+{_LINKED_OBJECT}\s+(?:directly\s+)?to\s+"
        rf"(?:an?\s+|the\s+)?(?:{_OF_MEMBERS})?(?P<list>{_NAMED})", _I)),
    # "attributed it to Iranian-backed militias, naming ⟦KH⟧": the one the attribution names
    ("attribution naming", "attributed", re.compile(
        rf"\b(?:attributed|blamed|pinned)\b[^.;]{{0,80}}?,\s+(?:naming|singling\s+out|"
        rf"citing|in\s+particular|notably|chiefly)\s+(?P<list>{_NAMED})", _I)),
    # "police named ⟦X⟧ as responsible", "identified the MB as the perpetrators"
    ("named as responsible", "attributed", re.compile(
        rf"\b(?:named|identified|singled\s+out|pointed\s+to)\s+"
        # "named two members of ⟦X⟧ as his killers": its men named, the organisation attributed
        rf"(?:(?:two|three|four|five|six|several|some|a\s+few)\s+)?(?:{_OF_MEMBERS})?"
        rf"(?P<list>{_NAMED})"
        # "named ⟦X⟧ members as the perpetrators": its men named, the organisation attributed
        rf"(?:\s+{_MEMBERS})?\s+as\s+"
        rf"(?:(?:the\s+)?(?:group\s+|organi[sz]ation\s+)?responsible|(?:the|his|her|their|its)\s+"
        rf"(?:perpetrators?|culprits?|attackers?|authors?|organi[sz]ers?|killers?|murderers?|"
        rf"assassins?|bombers?|gunmen|gunman|planners?|kidnappers?|abductors?)|"
        rf"(?:being\s+)?behind)\b", _I)),
    # "leaflets in the ⟦JMB⟧’s name demanding …": the group's own paper at the scene claims it
    # (unless the clause says the paper denied it)
    ("papers in a name", "claimed", re.compile(
        rf"\b(?:leaflets?|statements?|communiqu[ée]s?|letters?|posters?|pamphlets?|notes?|"
        rf"banners?)\s+(?:(?:signed|left|issued|found|scattered|posted)\s+)?(?:in|with|under|"
        # "a communiqué signed with the ⟦M-19⟧’s name", "a letter bearing X’s name"
        rf"bearing)\s+(?:the\s+name\s+"
        rf"of\s+(?P<list>{_NAMED})|(?P<own>(?:the\s+)?(?:{G}(?:’s|'s)|{NAME}))\s+name)\b"
        rf"(?![^.;]{{0,60}}\b(?:denied|denying|disowned|disowning|rejected|rejecting)\b)", _I)),
    # "According to prosecutors, ⟦MB⟧ ordered the killing": a deed told on others' word
    ("according to", "attributed", re.compile(
        rf"\baccording\s+to\s+[^,;.⟦]{{1,60}},\s+(?P<list>{_NAMED})(?:\s+{_MEMBERS})?\s+"
        rf"(?:had\s+)?{_REPORTED_DEED}", _I)),
    ("reported act", "attributed", re.compile(
        rf"\b{_SPEAKER}\s+(?:(?:later|also|then|had)\s+)?(?:said|stated|told\s+[\w\s]{{1,30}}?|"
        rf"concluded|alleged|found|reported|asserted|insisted|believed|suggested|charged)\s+"
        rf"(?:that\s+)?(?P<list>{_NAMED})(?:\s+(?:officers|agents|operatives|leadership|leaders|"
        rf"command|{_MEMBERS}))?\s+"
        rf"(?:had\s+)?(?:(?:helped|helping)\s+(?:to\s+)?(?:plan|organi[sz]e|prepare|carry\s+out|"
        rf"finance|direct|stage|mount)\b|{_REPORTED_DEED})", _I)),
    # "Amnesty International said ⟦X⟧ fighters killed …": a body others know by its name
    # (a rights group, a ministry, a court) tells the deed; others' word, attributed
    ("reported act, a named body", "attributed", re.compile(
        rf"(?:^|(?<=[\s(]))(?:the\s+)?{_NAMED_BODY}\s+(?:(?:later|also|then|had)\s+)?"
        rf"(?:said|stated|reported|concluded|alleged|found|documented|asserted)\s+(?:that\s+)?"
        rf"(?P<list>{_NAMED})(?:\s+{_MEMBERS})?\s+(?:had\s+)?{_REPORTED_DEED}", _I)),
    # "the CBI’s charge sheet named the ⟦NDFB⟧", "the inquiry's report blamed ⟦X⟧": a paper of
    # the accusers (a charge sheet, an indictment, a verdict, a report) names the doer
    ("an accusing paper names", "attributed", re.compile(
        rf"\b(?:charge[\s-]?sheets?|chargesheets?|indictments?|verdicts?|judg(?:e)?ments?|"
        rf"inquiry|inquiries|investigation|(?:official|final|inquiry|police|government)\s+"
        rf"reports?|findings|dossiers?|complaints?)\s+(?:(?:later|also|then|eventually|"
        rf"formally)\s+)?(?:named|blamed|accused|cited|identified|implicated)\s+"
        rf"(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # "Blamed by the Ministry of Interior; no claim", "Attributed by investigators to the
    # group": the verb's subject left out and nobody else named in the clause: the profile's
    # group, blamed by others (an entry names its own group when it names nobody)
    ("blamed by others, the group implied", "attributed", re.compile(
        r"(?:^|[.;:|]\s*)\W*(?P<ana>(?:blamed|attributed|ascribed|pinned))\s+by\s+"
        r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:police|authorities|government|ministry|"
        r"officials|investigators|prosecutors|army|military|courts?|intelligence|security\s+"
        r"services?|state)(?:\s+of\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)?"
        r"(?:\s+(?:on|to)\s+(?:the\s+)?(?:group|organi[sz]ation|movement))?"
        r"(?=\s*(?:[;.,|)]|$)|\s+(?:and|but|although|though|while|after)\b)", _I)),
    # "charged X, Y and members of both ⟦AQ⟧ and ⟦EIJ⟧": the organisations whose members
    # were charged
    ("members charged", "attributed", re.compile(
        rf"(?:\b(?:charged|indicted|accused|prosecuted|convicted|sentenced|jailed)|{_CONDEMNED})\s+"
        rf"[^.;]{{0,80}}?"
        rf"\b(?:members|leaders|militants|cadres|operatives|fighters|commanders)\s+of\s+"
        rf"(?:both\s+)?(?:the\s+)?(?P<list>{_NAMED})", _I)),
    # "police charged ⟦IM⟧ members instead", "arrested Maute militants": its men accused
    ("members charged", "attributed", re.compile(
        # "freed eight convicted ⟦X⟧ members": the verb as an adjective, after a count or an
        # article, says nothing of this deed
        rf"{_NOT_AFTER_A_COUNT}"
        rf"(?:\b(?:charged|indicted|accused|prosecuted|convicted|sentenced|jailed|arrested)|"
        rf"{_CONDEMNED})\s+(?:{COUNT_WORDS}\s+)?(?P<list>{_NAMED})\s+"
        rf"(?:members|militants|cadres|operatives|fighters|men)\b"
        # "convicted ⟦RSM⟧ member Angelo Trinidad": one man, the sentence names him its member
        rf"|(?:\b(?:charged|indicted|prosecuted|convicted|sentenced|jailed)|{_CONDEMNED})\s+"
        rf"(?P<list2>{G})\s+(?:member|militant|cadre|operative|fighter)\s+{NAME}", _I)),
    # "upheld the convictions of two ⟦X⟧ members", "the sentencing of nine members of ⟦X⟧":
    # the verdict told as a noun, its men counted by any word
    ("members charged", "attributed", re.compile(
        rf"\b(?:convictions?|sentences|sentencing|trials?|prosecutions?|indictments?)\s+of\s+"
        rf"(?:{COUNT_WORDS}\s+)?(?:(?P<list>{_NAMED})\s+(?:members|militants|cadres|operatives|"
        rf"fighters|men)\b|(?:members|militants|cadres|operatives|fighters|men)\s+of\s+"
        rf"(?:the\s+)?(?P<list2>{_NAMED}))", _I)),
    # "a ⟦UVF⟧ member, Robert Campbell, was convicted of the bombing": one of its men was
    # found to have done it; the group is attributed, not its own claimant
    ("member convicted", "attributed", re.compile(
        # "⟦X⟧ militants were later sentenced for the attack": the men open the clause
        rf"(?:\b(?:an?|one|two|three|several)\s+|(?:^|[.;:]\s*)\W*(?=⟦))(?P<list>{G}|{_ORG_NAME}|"
        rf"{_ACRONYM})\s+"
        rf"(?:member|members|militant|militants|man|men|gunman|gunmen|volunteer|volunteers|"
        # "⟦X⟧ member A B was convicted": the member named after the noun
        rf"fighter|fighters|operative|operatives)(?:\s*,\s*[^,.;]{{1,60}},|\s+{NAME})?\s+(?:was|"
        rf"were|had\s+been)\s+(?:later\s+)?(?:convicted|charged|jailed|sentenced|found\s+guilty)\b",
        _I)),
    # "two members of the ⟦X⟧, A and B, were convicted of the murder", "three fighters of ⟦X⟧
    # were later sentenced": its men, named after their organisation, found to have done it
    ("member convicted", "attributed", re.compile(
        rf"\b(?:(?:an?|one|two|three|four|five|several|some)\s+)?(?:member|members|militants?|"
        rf"fighters?|operatives?|cadres?|men)\s+of\s+(?:the\s+)?(?P<list>{G})"
        rf"(?:\s*,\s*[^,.;]{{1,80}},)?\s+(?:was|were|had\s+been)\s+(?:(?:later|subsequently|"
        rf"eventually|also)\s+)?(?:convicted|jailed|sentenced|found\s+guilty)\b", _I)),
    # "the group posted a video of the beheading", "⟦X⟧ released footage of the execution": the
    # group's own record of the deed is its claim; "announced in leaflets the party issued",
    # "announced in a communiqué issued by ⟦X⟧": the deed announced in the group's own paper
    ("the group's record of the deed", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})\s+(?:(?:later|then|also|soon|quickly|promptly)\s+)?(?:posted|"
        rf"released|published|issued|circulated|distributed|broadcast|put\s+out|uploaded)\s+"
        rf"(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:video|videos|footage|recording|film|photographs|"
        rf"pictures|images)\s+(?:of|showing)\s+(?:the|its|his|her|their)\b"
        rf"|\b(?:announced|proclaimed|claimed)\s+in\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?"
        rf"(?:leaflets?|statements?|communiqu[ée]s?|pamphlets?|posters?|videos?|recordings?|"
        rf"messages?|letters?|bulletins?)\s+(?:(?:that|which)\s+)?(?:(?P<list2>{_SLOTS})\s+"
        rf"(?:had\s+)?(?:issued|released|published|posted|distributed|put\s+out|sent)|"
        rf"(?:issued|released|published|posted|distributed|put\s+out|sent)\s+by\s+"
        rf"(?P<own>(?:the\s+)?{G}))\b", _I)),
    # "⟦X⟧ boasted of the attack", "bragged about the bombing": the group's pride in the deed
    # is its claim
    ("boast", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})\s+(?:(?:later|then|also|openly|publicly)\s+)?(?:boasted|bragged|"
        rf"gloated)\s+(?:of|about|over)\b", _I)),
    # "the bombing has been linked to ⟦X⟧", "is generally ascribed to ⟦X⟧": others' word in the
    # passive with no agent (never "has never been linked to": left unproven)
    ("passive link", "attributed", re.compile(
        rf"\b(?:has|have|had)\s+(?:(?:since|also|repeatedly|widely|officially)\s+)?been\s+"
        rf"(?:(?:widely|officially|also|firmly|directly)\s+)?(?:linked|tied|traced|ascribed)\s+"
        rf"(?:directly\s+)?to\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}"
        rf"|\b(?:is|are|was|were)\s+(?:(?:widely|generally|officially|also|firmly|directly|"
        rf"usually|commonly)\s+)?(?:linked|tied|ascribed)\s+(?:directly\s+)?to\s+"
        rf"(?:{_OF_MEMBERS})?(?P<list2>{_NAMED}){_NAME_ENDS}", _I)),
    # "charged the ⟦X⟧’s leader, Karim Haddou, over the bombing": the group's man, named as
    # its man by the entry itself
    ("its man charged", "attributed", re.compile(
        rf"\b(?:charged|indicted|accused|prosecuted|convicted|sentenced|jailed|arrested)\s+"
        rf"(?:the\s+)?(?P<list>{G})(?:’s|'s)\s+(?:(?:[\w-]+\s+){{0,2}}?)(?:leader|commander|chief|"
        rf"founder|emir|members?|militants?|fighters?|operatives?|cadres?|bomb-?maker)\b", _I)),
    # "a ⟦X⟧ operative later confessed to planting the bomb": the group's man owns the deed
    ("member confessed", "attributed", re.compile(
        rf"\b(?:an?|one|two|three|several)\s+(?P<list>{G})\s+(?:member|members|militant|"
        rf"militants|operative|operatives|fighter|fighters|cadre|cadres|man|men)"
        rf"(?:\s*,\s*[^,.;]{{1,60}},)?\s+(?:(?:later|then|also|subsequently)\s+)?(?:confessed|"
        rf"admitted|pleaded\s+guilty)\b", _I)),
    # "officials suspected the involvement of ⟦X⟧", "police suspected the hand of ⟦X⟧"
    ("suspected involvement", "implicated", re.compile(
        rf"\bsuspect(?:ed|s)?\s+(?:the\s+)?(?:involvement|hand|role|complicity|participation)\s+"
        rf"of\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # a claim told as a noun: "⟦X⟧ issued a claim of responsibility", "a claim of responsibility
    # by ⟦X⟧ appeared", "⟦X⟧’s claim came hours later", "Claiming responsibility, ⟦X⟧ said"
    ("a claim as a noun", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})\s+(?:(?:later|then|also|soon|quickly|promptly|swiftly)\s+)?"
        rf"(?:issued|released|posted|published|put\s+out|made|sent|broadcast)\s+(?:an?|its)\s+"
        rf"(?:(?:written|online|formal|joint|video|audio)\s+)?claim\b", _I)),
    ("a claim as a noun", "claimed", re.compile(
        rf"\b(?:an?|the)\s+(?:(?:written|online|formal|joint|video|audio)\s+)?claims?\s+of\s+"
        rf"responsibility\s+(?:by|from)\s+(?P<list>{_SLOTS})", _I)),
    ("a claim as a noun", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})(?:’s|'s|’|')\s+(?:(?:first|own|written|online|formal|later)\s+)?"
        rf"claims?\s+(?:of\s+responsibility\b|(?:came|followed|appeared|was\s+(?:posted|"
        rf"published|issued|released))\b)", _I)),
    ("a claim as a noun", "claimed", re.compile(
        rf"(?:^|[.;:]\s*)\W*(?:in\s+)?claiming\s+(?:responsibility|credit)(?:\s+for\s+[^,.;]{{1,60}}?)?"
        rf"\s*,\s+(?P<list>{_SLOTS})", _I)),
    # "the attack bore the hallmarks of ⟦X⟧": the writer's inference from the deed, a suspicion
    ("hallmarks", "implicated", re.compile(
        rf"\b(?:bore|bears|had|has|carried|carries|showed|shows)\s+(?:all\s+)?(?:the\s+)?"
        rf"(?:hallmarks|signature|fingerprints|trademarks?)\s+of\s+(?:an?\s+)?(?:{_OF_MEMBERS})?"
        rf"(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # "authorities pointed the finger at ⟦X⟧", "blame fell on ⟦X⟧": others' blame, told by an
    # idiom or as a noun
    ("blame as a noun", "attributed", re.compile(
        rf"\b(?:pointed|points|point)\s+(?:the|a)\s+finger\s+(?:of\s+blame\s+)?at\s+"
        rf"(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}"
        rf"|\bblame\s+(?:(?:quickly|soon|immediately|first|later)\s+)?(?:fell|falls|rested|"
        rf"was\s+laid|was\s+placed|was\s+put)\s+(?:on|upon)\s+(?:{_OF_MEMBERS})?(?P<list2>{_NAMED})"
        rf"{_NAME_ENDS}", _I)),
    # "⟦X⟧ was named as the perpetrator", "a court found ⟦X⟧ guilty": others' word, passive or
    # a court's
    ("named as responsible, passive", "attributed", re.compile(
        rf"(?P<list>{_SLOTS})(?:\s+{_MEMBERS})?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?:(?:later|officially|formally|publicly|also)\s+)?(?:named|identified|singled\s+out|"
        rf"designated)\s+as\s+(?:the\s+)?(?:perpetrators?|culprits?|attackers?|authors?|"
        rf"(?:group\s+)?responsible|organi[sz]ers?)\b", _I)),
    ("found guilty", "attributed", re.compile(
        rf"\bfound\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED})(?:\s+{_MEMBERS})?\s+guilty\b", _I)),
    # "⟦X⟧’s spokesman told reporters the group had carried out the attack"
    ("spokesman said it did", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})(?:’s|'s)?\s+(?:(?:chief|main|official)\s+)?spokes(?:man|woman|person)"
        rf"\s*,?\s*(?:{NAME}\s*,?\s*)?(?:said|stated|declared|told\s+[\w\s]{{1,30}}?)\s+"
        rf"(?:that\s+)?(?:the\s+group|it|they|its\s+(?:fighters|men|members|militants))\s+had\s+"
        rf"{_REPORTED_DEED}", _I)),
    # "a second claim was issued in the name of ⟦MLF⟧"
    ("claim issued in a name", "claimed", re.compile(
        rf"\bclaims?\s+(?:was|were)\s+(?:(?:also|later|then)\s+)?(?:issued|made|published|posted|released|"
        rf"put\s+out)\s+in\s+the\s+name\s+of\s+(?P<list>{_NAMED})", _I)),
    # "the killings were claimed in ⟦X⟧’s name", "it was later claimed in the name of ⟦X⟧":
    # a claim made in the group's name, whoever sent it
    ("passive claim in a name", "claimed", re.compile(
        rf"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|also|then|quickly|"
        rf"soon|promptly|subsequently|first|duly)\s+)?claimed\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:in\s+the\s+name\s+of\s+(?P<list>{_NAMED})|on\s+behalf\s+of\s+(?P<list2>{_NAMED})|"
        rf"in\s+(?P<own>(?:the\s+)?(?:{G}(?:’s|'s)|{NAME}))\s+name)", _I)),
    # "A claim posted on the internet in the name of ⟦X⟧ could not be verified", "a claim faxed
    # to newspapers in ⟦X⟧’s name": the claim names the group; a doubt about it stays in the
    # verbatim (a claim is stated as a claim, verified or not), a denial of it is no claim
    ("a claim in a name", "claimed", re.compile(
        rf"\b(?:an?|the|one|another)\s+(?:(?:second|first|later|new|written|anonymous|further)\s+)?"
        rf"claims?\s+(?:of\s+responsibility\s+)?(?:(?:posted|issued|sent|made|published|released|"
        rf"faxed|mailed|telephoned|phoned|delivered|received|signed|broadcast|left|put\s+out)\b"
        rf"[^.;,⟦]{{0,60}}?\s+)?(?:in\s+the\s+name\s+of\s+(?P<list>{_NAMED})|in\s+"
        rf"(?P<own>(?:the\s+)?(?:{G}(?:’s|'s)|{NAME}))\s+name)"
        rf"(?![^.;]{{0,60}}\b(?:denied|denying|disowned|disowning|rejected|rejecting|repudiated|"
        rf"dismissed)\b)", _I)),
    # "The ⟦X⟧’s first claimed operation was a bomb at …", "its last claimed attack": the deed
    # named as one the group claimed
    ("a claimed deed of the group", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})(?:’s|'s)|\b(?P<ana>its|the\s+group[’']s))\s+(?:(?:first|last|"
        rf"latest|earliest|only|second|third|deadliest|bloodiest|biggest|largest|best-known|"
        rf"most\s+[\w-]+)\s+)?claimed\s+(?:[\w-]+\s+)?(?:operations?|attacks?|actions?|"
        rf"bombings?|killings?|assassinations?|kidnappings?|hijackings?|raids?|strikes?|"
        rf"ambush(?:es)?|massacres?)\b", _I)),
    # "Suspicion fell on ⟦X⟧", "suspicions centred on members of ⟦X⟧", "⟦X⟧ came under
    # suspicion", "the prime suspects were ⟦X⟧ members": a suspicion told as a noun
    ("suspicion as a noun", "implicated", re.compile(
        rf"\bsuspicions?\s+(?:(?:has|have|had)\s+)?(?:(?:immediately|quickly|soon|first|initially|"
        rf"later|also|again|at\s+once|swiftly|naturally)\s+)?(?:fell|falls|rested|rests|centred|"
        rf"centered|centres|centers|focused|focussed|pointed|turned|settled|was\s+directed|"
        rf"were\s+directed)\s+(?:on|upon|to|towards?|at)\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}",
        _I)),
    ("suspicion as a noun", "implicated", re.compile(
        rf"(?P<list>{_SLOTS})(?:\s+{_MEMBERS})?\s+(?:(?:quickly|soon|immediately|also|later|first)"
        rf"\s+)?(?:came|fell|was|were)\s+under\s+suspicion\b", _I)),
    ("suspicion as a noun", "implicated", re.compile(
        rf"\b(?:main|prime|chief|principal|leading|first|only)\s+suspects?\s+(?:(?:in|for)\s+"
        rf"[^.;,]{{1,60}}?\s+)?(?:was|were|is|are|became|remained|remain)\s+(?:an?\s+|the\s+)?"
        rf"(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("suspicion as a noun", "implicated", re.compile(
        rf"(?P<list>{_SLOTS})(?:\s+{_MEMBERS})?\s+(?:was|were|is|are|became|remained)\s+(?:the\s+)?"
        rf"(?:main|prime|chief|principal|leading|first|only)\s+suspects?\b", _I)),
    ("suspicion as a noun", "implicated", re.compile(
        rf"\bsuspicions?\s+that\s+(?:{_OF_MEMBERS})?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # "militants who said they belonged to ⟦X⟧", "a suspect confessed to being a member of
    # ⟦X⟧": the captured men's own word, reported by others: attributed, never the group's claim
    ("the suspects' word of membership", "attributed", re.compile(
        rf"\b(?:who|which)\s+(?:later\s+|allegedly\s+|reportedly\s+|then\s+)?(?:said|admitted|"
        rf"confessed|told\s+[\w\s]{{1,30}}?|stated|testified)\s+(?:that\s+)?(?:they|he|she)\s+"
        rf"(?:had\s+)?(?:belonged|belong|were|was|had\s+been|acted|worked|fought)\s+(?:to|for|"
        rf"(?:an?\s+|the\s+)?(?:members?|militants?|fighters?|operatives?|part|cadres?)\s+of)\s+"
        rf"(?:an?\s+|the\s+)?(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("the suspects' word of membership", "attributed", re.compile(
        rf"\b(?:confessed|admitted|owned\s+up)\s+to\s+(?:being|having\s+been)\s+(?:an?\s+|the\s+)?"
        rf"(?:members?|militants?|fighters?|operatives?|part|cadres?)\s+of\s+(?:an?\s+|the\s+)?"
        rf"(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # "⟦X⟧ later declared in a statement that the cell was its own", "the group said the bombers
    # were its fighters": the group's word that the men were its men is its claim
    ("the group owns the men", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})|\b(?P<ana>the\s+group))(?:\s{{0,5}},\s{{0,5}}[^,.;]{{1,60}},)?\s+"
        rf"(?:(?:then|later|also|soon|itself|quickly|promptly|publicly)\s+)?(?:said|stated|declared|"
        rf"announced|confirmed|acknowledged|admitted|boasted)\s+(?:in\s+an?\s+(?:[\w-]+\s+)?"
        rf"(?:statement|video|communiqu[ée]|message|letter|recording|post)\s+)?(?:that\s+)?"
        rf"(?:the|its|these|those|all|both)\s+(?:[\w-]+\s+){{0,2}}?(?:cell|men|members|bombers?|"
        rf"gunmen|attackers?|militants|fighters|team|squad|unit|suspects|plotters|assailants|"
        rf"hijackers|kidnappers)\s+(?:(?:was|were|had\s+been)\s+(?:its\s+own|its\s+(?:own\s+)?"
        rf"(?:members|men|fighters|militants|operatives|cell|soldiers|mujahideen|martyrs)|"
        rf"(?:members|fighters|militants)\s+of\s+(?:it|the\s+group))|belonged\s+to\s+(?:it|the\s+"
        rf"group))\b", _I)),
    # a label before the name: "Attributed to: ⟦X⟧", "Suspected: ⟦X⟧", "Claim: ⟦X⟧",
    # "Responsibility: ⟦X⟧" (the source states who was responsible, unqualified)
    ("labelled attribution", "attributed", re.compile(
        # never after a table's "|": a column headed "Attribution" names the doer, as the keys
        # read a bare name there (`dev-14` eoka-b)
        rf"(?:^|[.;]\s*)\W*(?:attributed\s+to|blamed\s+on|attribution|blamed)\s*:\s*"
        rf"(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("labelled suspicion", "implicated", re.compile(
        rf"(?:^|[.;|]\s*)\W*(?:suspected|suspects?|suspected\s+perpetrators?|suspicion)\s*:\s*"
        rf"(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("labelled claim", "claimed", re.compile(
        rf"(?:^|[.;|]\s*)\W*(?:claim|claimant|claimed\s+by|responsibility\s+claimed\s+by)\s*:\s*"
        rf"(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    ("labelled conduct", "conducted", re.compile(
        rf"(?:^|[.;|]\s*)\W*(?:responsibility|responsible|perpetrators?|perpetrated\s+by|"
        rf"carried\s+out\s+by)\s*:\s*(?P<list>{_NAMED}){_NAME_ENDS}", _I)),
    # "the spokesman, Sanda Bouamama, said the destruction was a divine order": the group's
    # own spokesman speaking for the deed, unless he says it was not theirs
    ("spokesman said", "claimed", re.compile(
        rf"\b(?P<ana>the|its|the\s+group[’']s)\s+(?:(?:chief|main|official)\s+)?"
        rf"spokes(?:man|woman|person)\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:said|stated|"
        rf"declared|explained)\b(?![^.;]{{0,80}}\b(?:not|never|no|nothing)\b)", _I)),
    # "⟦AQIM⟧ claimed the attack and said that ⟦al-M⟧ had carried it out": the one the
    # claimant names as the doer claimed too
    ("claim naming the doer", "claimed", re.compile(
        rf"\b{_SPEAKERS}\s+(?:that\s+)?(?P<list>{_CLAIMERS})\s+(?:had\s+)?(?:{_DEED}\s+it|"
        rf"carried\s+(?:it|them)\s+out|conducted\s+(?:it|them)|was\s+behind|were\s+behind|"
        rf"was\s+responsible|were\s+responsible)\b", _I)),
    # "laid the campaign at ⟦JI⟧’s door", "at the door of ⟦X⟧", "laid the bombing at the feet
    # of ⟦X⟧ members": the idiom of blame, with the door, the doorstep or the feet
    ("laid at the door", "attributed", re.compile(
        rf"\blaid\s+(?:[\w’'-]{{1,40}}\s+){{0,8}}?at\s+(?:the\s+(?:door|doorstep|feet)\s+of\s+"
        rf"(?:(?:an?|the|some|several|two|three|four)\s+)?(?:{_OF_MEMBERS})?(?P<list>{_NAMED})|"
        rf"(?P<own>(?:the\s+)?(?:{G}(?:’s|'s|’|')|{NAME}))\s+(?:door|doorstep|feet))", _I)),
    # "the army put the blame on ⟦X⟧", "officials placed the blame for the blast squarely on
    # ⟦X⟧": blame as a noun, put on the group
    ("blame put on", "attributed", re.compile(
        rf"\b(?:put|puts|placed|places|laid|lays|pinned|pins|cast|casts|threw|fixed)\s+"
        rf"(?:the\s+|much\s+of\s+the\s+|most\s+of\s+the\s+)?blame\s+(?:for\s+[^.;⟦]{{1,60}}?\s+)?"
        rf"(?:(?:squarely|firmly|directly|chiefly|mainly)\s+)?(?:on|upon)\s+(?:{_OF_MEMBERS})?"
        rf"(?P<list>{_NAMED})", _I)),
    # terse: "Claim by an unknown group, X", "Joint claim: X and Y", "Claimed by X"
    ("terse claim", "claimed", re.compile(
        rf"(?:\b(?:joint\s+)?claim(?:ed)?\s+(?:jointly\s+)?by|\bjoint\s+claim\s*:|\bclaimed\s*:)"
        rf"\s+(?:an?\s+(?:unknown|little-known|new|obscure|previously\s+unknown)\s+(?:group|"
        rf"organi[sz]ation|outfit)\s*,\s*)?(?P<list>{_NAMED})", _I)),
    # "a front for ⟦TTP⟧" as others see it: the group behind the claimant is suspected
    # "believed it to be a cover name for ⟦X⟧", "police think the name is an alias of ⟦X⟧":
    # a cover name as well as a front
    ("front behind a claimant", "implicated", re.compile(
        rf"\b(?:suspect\w*|believ\w*|seen|thought|thinks?|said|alleged\w*|considered|regarded|"
        rf"described|assumed|presumed)"
        rf"\b[^.;]{{0,60}}?\b(?:front|cover|alias|pseudonym|mask|façade|facade)\s+"
        rf"(?:group\s+|organi[sz]ation\s+|name\s+)?(?:for|of|used\s+by)\s+"
        rf"(?P<list>{_NAMED})", _I)),
    ("third-party attribution", "attributed", re.compile(
        # the present tense too: "the police attribute the attack to ⟦X⟧"
        rf"\b(?:attribut(?:ed|es?)|ascrib(?:ed|es?)|blam(?:ed|es?)|pin(?:ned|s)|traced)\s+"
        rf"(?:(?:the|an?|it|them)\s+)?(?:[\w’'-]{{1,40}}\s+){{0,8}}?"
        rf"(?:to|on)\s+(?:(?:(?:an?|the|one)\s+)?{_OF_MEMBERS}|the\s+(?:military|armed|political)\s+wing\s+of\s+|"
        # "to a misfired ⟦PIJ⟧ rocket", "to a ⟦X⟧ suicide cell": a word before or after the name
        rf"(?:an?|the)\s+(?:(?-i:[a-z][\w-]{{2,20}})\s+){{0,2}}(?=(?:{G}|{NAME})\s+"
        rf"(?:(?-i:[a-z][\w-]{{2,20}})\s+)?{_WEAPON})|"
        # "attributed to the nascent al-Nusra": a word about the group before its name
        rf"the\s+(?:(?-i:[a-z][\w-]{{2,20}})\s+){{1,2}}(?=(?:{G}|{NAME})))?"
        rf"(?P<list>{_NAMED})", _I)),
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:blam(?:ed|es?)|held|holds?)\s+(?:{BETWEEN_VERB_AND_NAME}\s+)?{_DESCRIBED}"
        rf"(?P<list>{_NAMED}){_APPOSITIVE}\s+(?:responsible\s+)?"
        rf"for\b", _I)),
    # "held the Organisation responsible and charged …": responsible with no "for"
    ("third-party attribution", "attributed", re.compile(
        # "hold members of ⟦X⟧ responsible", "held two militants of ⟦X⟧ responsible"
        rf"\b(?:held|hold|holds|deemed|considered|found)\s+(?:(?:two|three|four|several|some|"
        rf"\d+)\s+)?(?:{_OF_MEMBERS})?{_DESCRIBED}(?P<list>{_NAMED})"
        rf"{_APPOSITIVE}\s+"
        rf"(?:\w+\s+)?responsible\b", _I)),
    # "authorities blamed the SAF." / "accused the SAF of", "charged the SAF with"
    ("third-party attribution", "attributed", re.compile(
        rf"\bblam(?:ed|es?)\s+(?:{BETWEEN_VERB_AND_NAME}\s+)?(?:{_OF_MEMBERS})?{_DESCRIBED}"
        rf"(?P<list>{_NAMED})(?:\s+{_MEMBERS})?"
        # "blamed the ⟦MB⟧ and declared it …": a second verb of the same subject follows
        rf"(?=\s*[,.;]|\s*$|\s+and\s+(?:(?:then|later|also|promptly)\s+)?(?-i:[a-z]{{3,}}ed)\b)",
        _I)),
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:accused|charged)\s+(?P<list>{_NAMED})\s+(?:of|with|over)\b", _I)),
    # passive: "was claimed by X", "was carried out by X and Y"
    ("passive claim", "claimed", re.compile(
        rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|quickly|swiftly|promptly|also|"
        # "were reportedly claimed by an ⟦X⟧ cell": a claim reported is a claim (the doubt
        # stays in the verbatim), and a cell of the group claims for it
        rf"jointly|reportedly|allegedly|apparently|purportedly|supposedly)\s+)?claimed\s+"
        rf"(?:both\s+|jointly\s+|(?:[\w-]+\s+){{1,4}}?)?by\s+(?:an?\s+(?=(?:{G}|{NAME})\s+"
        rf"(?:cell|unit|squad|commando|column|faction|wing|branch)\b))?"
        rf"(?P<list>{_NAMED})", _I)),
    ("passive conduct", "conducted", re.compile(
        rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|conducted|perpetrated|"
        rf"staged|executed|committed|launched|mounted|organi[sz]ed|captured|kidnapped|abducted|"
        rf"seized|ambushed|attacked|overrun|stormed|shot(?:\s+dead)?|killed|murdered|"
        rf"assassinated|taken\s+hostage|bombed|hijacked)\s+(?:jointly\s+)?by\s+"
        rf"(?:{_OF_MEMBERS})?(?P<list>{_NAMED})(?=(?:’s|'s)\s+{_MEMBERS}\b|\s+{_MEMBERS}\b|"
        rf"\s*[,.;]|\s+(?:in|at|on|near|and|as|after|while|during)\b|\s*$)", _I)),
    ("suspicion", "implicated", re.compile(
        rf"\bsuspect(?:ed|s)?\s+(?:{_OF_MEMBERS}|(?:local|two|several|some)\s+|{_BECAME})?(?P<list>{_NAMED})"
        rf"(?:\s+{_MEMBERS})?(?=\s+of\b|\s*[,.;]|\s*$)", _I)),
    # "The ⟦X⟧’ first actions are believed to have been shootings", "its early operations
    # were thought to include …": the group's deeds, and the hedge on them
    ("hedged deeds", "implicated", re.compile(
        rf"(?:(?P<list>{_SLOTS})(?:’s|'s|’|')|\b(?P<ana>its|the\s+group[’']s))\s+"
        rf"(?:(?:first|earliest|early|last|latest|main|known|own)\s+)?(?:actions|attacks|"
        rf"operations|deeds|acts|strikes|killings|bombings|raids)\s+(?:are|were|is|was)\s+"
        rf"(?:widely\s+|generally\s+|now\s+)?(?:believed|thought|said|reported|suspected|"
        rf"alleged|presumed|assumed)\s+to\s+(?:have\s+been|be|include|have\s+included)\b", _I)),
    ("hedged act", "implicated", re.compile(
        rf"(?P<list>{_SLOTS})\s+(?:(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|"
        r"suspected|said|alleged)\s+to\s+(?:have|be\s+(?:behind|responsible))|reportedly|"
        r"allegedly|probably|likely)\s+\w"
        # "⟦X⟧ is thought responsible", "⟦X⟧ was widely believed behind it"
        rf"|(?P<list2>{_SLOTS})\s+(?:is|are|was|were)\s+(?:(?:widely|generally|also)\s+)?"
        r"(?:believed|thought|suspected|presumed|assumed)\s+(?:responsible|behind)\b", _I)),
    ("spokesman's claim", "claimed", re.compile(
        rf"\bspokes(?:man|woman|person)\s+for\s+(?:(?P<list>{_SLOTS})|(?P<ana>the\s+group|it))"
        rf"\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?(?:(?:first|later|then|also|initially)\s+)?(?:claimed|announced)\b", _I)),  # noqa: E501
    ("voice's claim", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})(?:’s|'s)?|\b(?P<ana>the\s+group[’']s|its))\s+(?:(?:own|official)\s+)?"
        rf"(?:{NAME}\s+)?(?:news\s+agency|media\s+(?:arm|wing|outlet|office)|propaganda\s+"
        rf"(?:arm|outlet|wing))\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?"
        rf"(?:claimed|announced|said)\b", _I)),
    # "the SAF said it had carried out", "in a statement, the group said it was behind", "the
    # IMU then declared that its own fighters had carried it out"
    ("said it did", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})|\b(?P<ana>the\s+group))"
        # "the ⟦X⟧’s leadership admitted its cadres had …": the group's organ speaks for it
        rf"(?:(?:’s|'s)\s+(?:(?:central|top|senior)\s+)?(?:leadership|leaders|command|"
        rf"committee|politburo))?(?:\s{{0,5}},\s{{0,5}}[^,.;]{{1,60}},)?\s+"
        rf"(?:(?:then|later|also|soon|itself|publicly|openly)\s+)?(?:said|stated|announced|"
        rf"declared|boasted|admitted|acknowledged|conceded|"
        # "⟦X⟧ said in a statement that its fighters had planted the bomb"
        rf"insisted|confirmed)\s+(?:(?:in|on)\s+(?:an?|its)\s+(?:[\w-]+\s+)?(?:statement|video|"
        rf"communiqu[ée]|message|letter|recording|post|website|channel)\s+)?(?:that\s+)?"
        rf"(?:it|they|its\s+(?:own\s+)?(?:fighters|men|members|cadres|"
        rf"militants|commandos|units?|cells?|operatives))\s+(?:had\s+{DEED_DONE}\b|(?:had\s+)?"
        rf"(?:{_DEED}|carried\s+(?:it|them|this)\s+out|was\s+behind|were\s+behind|"
        rf"was\s+responsible|were\s+responsible|meant|intended|planned|placed|left|sent|"
        rf"targeted|chosen|aimed)\b)"
        # "⟦X⟧ said it was revenge for …": the group gives the deed its motive
        rf"|(?:(?P<list2>{_SLOTS})|\b(?P<ana2>the\s+group))\s+(?:(?:then|later|also)\s+)?(?:said|"
        rf"stated|declared|called)\s+(?:that\s+)?(?:it|the\s+(?:attack|bombing|killing|"
        rf"shooting|raid|operation))\s+(?:was|had\s+been)\s+(?:an?\s+)?(?:(?:act\s+of\s+)?"
        rf"revenge|retaliation|vengeance|reprisal|response|punishment|retribution)\b", _I)),
    ("spokesman's claim", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS}|(?<=\ban\s)(?<!\w){NAME}|(?<=\ba\s){NAME})(?:’s|'s)?|"
        rf"\b(?P<ana>the\s+group[’']s|its))\s+(?:(?:chief|main|official)\s+)?spokes(?:man|woman|person)"
        rf"\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?(?:(?:first|later|then|also|initially)\s+)?(?:claimed|announced)\b", _I)),  # noqa: E501
    ("announcement", "announced", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:(?:released|issued)\s+a\s+statement\s+announc\w*|"
        r"announced\s+that\s+it\s+had)\b", _I)),
    # "⟦X⟧’s Chechen vilayat claimed", "the ⟦DHB⟧’s Songhai wing claimed it": the owner's
    # unit, unnamed (a people or a region before a lower-case unit noun), claims for it
    ("the owner's unit claims", "claimed", re.compile(
        rf"(?P<list>{_SLOTS})(?:’s|'s)\s+(?:(?-i:[A-Z][\w-]+)\s+|(?-i:[a-z][\w-]+)\s+)?"
        rf"(?-i:{_UNIT_WORDS}|vilayat|wilayat?|wilaya)\s+(?:(?:has|had|also|later|then|"
        rf"quickly|promptly)\s+)?{_CLAIM_VERB}", _I)),
    # "abducted a doctor, and told him that they acted for the “⟦X⟧”": the doers' own word,
    # as the subject of the deed (never others': "police said they acted for …")
    ("the doers' word that they acted for", "claimed", re.compile(
        rf"\b(?:who|and)\s+(?:later\s+|then\s+)?(?:told|informed|assured|warned|wrote\s+to)\s+"
        rf"[^.;⟦]{{1,40}}?\bthat\s+they\s+(?:had\s+)?(?:acted|were\s+acting|struck|fought|"
        rf"were\s+fighting|worked|came)\s+(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+"
        rf"(?:the\s+)?[“\"]?(?P<list>{G}|{NAME})[”\"]?", _I)),
    ("claim", "claimed", re.compile(
        # "⟦X⟧ in a statement claimed", "which ⟦X⟧ on its website claimed": the medium between
        rf"(?P<list>{_CLAIMERS}){_APPOSITIVE}\s+(?:{CLAIM_MEDIUM}\s+)?(?:(?:has|have|had)\s+)?"
        r"(?:(?:jointly|together|"
        r"both|also|later|quickly|swiftly|promptly|immediately|publicly|first|initially)\s+)?"
        rf"{_CLAIM_VERB}(?!\s+(?:the\s+)?lives\b)", _I)),
    # the terse note "⟦X⟧ suspected; no one convicted": a suspicion with its verb left out
    ("terse suspicion", "implicated", re.compile(
        rf"(?:^|[.;:]\s*)(?P<list>{_SLOTS})\s+(?:(?:was|were|is|are)\s+)?(?:widely\s+|also\s+)?"
        rf"suspected(?=\s*[;.,]|\s*$)", _I)),
    ("implication", "implicated", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
        rf"(?:{BETWEEN_VERB_AND_NAME}\s+){{0,2}}(?:implicated|suspected)\b", _I)),
    # "⟦X⟧ and Merabet were blamed for": others' attribution in the passive
    ("passive attribution", "attributed", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
        rf"(?:{BETWEEN_VERB_AND_NAME}\s+){{0,2}}(?:blamed|accused|held\s+responsible)\b",
        _I)),
    ("a member of a faction", "conducted", re.compile(
        rf"\b(?-i:[Aa]n?|[Oo]ne|[A-Z]?[a-z]{{2,12}})\s+{_MEMBER}\s+(?:from|of)\s+"
        rf"(?P<list>(?:the\s+)?(?:{G}|{NAME})){_APPOSITIVE}\s+{_DEED}\b", _I)),
    ("fighters loyal to", "conducted", re.compile(
        rf"\b(?:fighters|forces|militants|men|gunmen)\s+loyal\s+to\s+(?:{NAME}\s+and\s+)?"
        rf"(?P<list>(?:the\s+)?(?:{G}|{_ORG_NAME}))\s+{_DEED}\b", _I)),
    ("members of a list acting", "conducted", re.compile(
        rf"(?P<list>{_NAMED})\s+{_MEMBERS}{_APPOSITIVE}\s+(?:who\s+[^,.;]{{1,80}}?\s+)?{_DEED}\b",
        _I)),
    # "The ⟦X⟧’s fighters ambushed a patrol", "the ⟦X⟧’s urban cell members struck": the
    # organisation's men, or the men of its unnamed unit, told by its possessive
    ("its men acting, possessive", "conducted", re.compile(
        rf"(?P<list>(?:the\s+)?{G})(?:’s|'s)\s+(?:own\s+)?(?:(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_UNIT_WORDS}|sector|zone|command|front)\s+)?{_MEMBERS}\s+"
        rf"(?:(?:then|later|also|again)\s+)?{_DEED}\b", _I)),
    # "⟦X⟧ fighters flown in from Urabá took the town": a reduced relative clause (a participle
    # and its words) between the men and their deed
    ("members acting", "conducted", re.compile(
        rf"(?P<list>(?:the\s+)?(?:{G}|{NAME}))\s+{_MEMBERS}\s+(?:who\s+[^,.;]{{1,80}}?\s+|"
        rf"(?-i:[a-z]+(?:ed|wn|en|ing)|brought|sent|led|kept|hid|left|bought|caught|taught)\s+"
        rf"(?:in|from|by|out|up|into|across|over|under|with)\b"
        rf"[^,.;]{{0,60}}?\s+)?{_DEED}\b", _I)),
    # "al-Nusra and Ahrar al-Sham fighters, united in the Army of Conquest, took Idlib": the
    # groups whose fighters acted, not the coalition they were united in
    ("members of several acting", "conducted", re.compile(
        rf"(?P<list>{_NAMED})\s+{_MEMBERS}\s*,\s*(?:united|grouped|fighting|allied)\s+(?:in|under|"
        rf"as)\s+[^,.;]{{1,80}},\s+{_DEED}\b", _I)),
    # "Fighters of the Sinia Brigade raided …": a unit named by the clause as organisation
    ("fighters of", "conducted", re.compile(
        rf"\b(?:fighters|members|militants|gunmen|commandos|units?|cells?|cadres|snipers|volunteers|"
        rf"bombers|operatives|men|guerrillas|insurgents|rebels|combatants)\s+(?:of|from)\s+"
        rf"(?P<list>(?:the\s+)?(?:{G}|{_ORG_NAME}|{NAME})(?:\s+and\s+(?:of\s+)?(?:the\s+)?"
        rf"(?:{G}|{_ORG_NAME}|{NAME})){{0,3}}){_APPOSITIVE}\s+{_DEED}\b", _I)),
    # "a document signed by the BR-PCC claimed the killing", "a statement issued by X claimed"
    ("claim in a name", "claimed", re.compile(
        rf"\b(?:document|statement|communiqu[ée]|leaflet|letter|video|message|tape|recording|post|"
        rf"e-?mail|tweet|note|call|telephone\s+call|phone\s+call|audio|website)"
        rf"\s+(?:(?:signed|issued|released|posted|published|sent|put\s+out)(?:\s+[a-z]{{3,12}})?\s+)?in\s+"
        rf"(?:the\s+name\s+of\s+(?P<list>{_NAMED})|(?P<own>(?:the\s+)?(?:{G}(?:’s|'s)|{NAME}))\s+"
        rf"name)\s+(?:claimed|announced)\b", _I)),
    # "a ⟦17N⟧ proclamation claimed the killing", "the Front’s communiqué claimed it"
    ("a group's document claimed", "claimed", re.compile(
        rf"(?P<list>{G}|{NAME})(?:’s|'s)?\s+(?:proclamation|statement|communiqu[ée]|leaflet|letter|"
        rf"video|message|website|channel|bulletin|magazine)\s+(?:(?:later|also|then)\s+)?"
        rf"(?:claimed|announced)\b", _I)),
    ("signed claim", "claimed", re.compile(
        rf"\b(?:document|statement|communiqu[ée]|leaflet|letter|video|message|e-?mail|tweet|note|"
        rf"call)\s*,?\s+(?:signed|issued|released|posted|published|sent)\s+by\s+(?P<list>{_NAMED})"
        rf"\s*,?\s+(?:(?:also|later|then)\s+)?(?:claimed|announced)\b", _I)),
    # "The Royal Bhutan Army launched an offensive": a force named as an organisation acts
    ("named force acting", "conducted", re.compile(
        rf"^\W*(?P<list>(?:the\s+)?(?-i:(?=(?:[A-Z][\w’'-]{{0,40}}\s+){{1,5}}(?:Army|Forces|"
        rf"Police|Guard|Navy|Air\s+Force)\b){NAME}))\s+{_DEED}\b", _I)),
    ("named organisation acting", "conducted", re.compile(
        rf"(?:^|[.;:]\s+)\W*(?P<list>(?:the\s+)?{_ORG_NAME}){_APPOSITIVE}\s+"
        rf"(?:(?:then|later|also|again)\s+)?{_DEED}\b", _I)),
    ("unit acting", "conducted", re.compile(
        rf"(?:\b(?:the\s+)?{G}(?:’s|'s)\s+)?(?P<list>(?:the\s+)?{_UNIT_NAME})\s+{_DEED}\b", _I)),
    # "joined the ⟦Hamas⟧-led assault": the leader of the assault conducted it too (never
    # "the Hamas-led government": only a noun of attack)
    # "The ⟦MB⟧ bombing of a bridge …", "the ⟦DHB⟧’s raid on …": the deed named as the group's
    ("the group's deed named", "conducted", re.compile(
        rf"(?:^|[.;:]\s+|\b(?-i:[Tt]he)\s+)(?P<list>{_SLOTS})(?:’s|'s)?\s+(?:suicide\s+|car\s+|"
        rf"truck\s+)?(?:bombing|bombings|attack|attacks|raid|ambush|assault|massacre|kidnapping|"
        rf"offensive|siege)\s+(?:of|on|in|at|against|near)\b", _I)),
    ("led assault", "conducted", re.compile(
        rf"(?P<list>{G}|(?-i:{_WORD}(?:\s+{_WORD}){{0,3}}?))-led\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:assault|attack|attacks|offensive|raid|raids|operation|invasion|incursion|siege|"
        rf"campaign|bombing|bombings)\b", _I)),
    ("conduct", "conducted", re.compile(
        rf"(?<!united\sin\s)(?<!united\sin\sthe\s)(?<!part\sof\s)(?<!part\sof\sthe\s)"
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:{_MEMBERS}\s+)?{_DEED}\b", _I)),
]  # fmt: skip


_DENIAL = re.compile(
    rf"(?:(?P<list>{_SLOTS})|\b(?P<ana>which|who|both\s+groups|(?:the|both)\s+(?-i:[A-Z]?[\w’'-]{{1,40}})|it|they))"
    # "every ⟦FLNC⟧ faction denied", "⟦X⟧ leaders denied", "the group’s spokesman denied"
    r"(?:\s+(?:factions?|members|leaders?|wings?|commanders?)|(?:’s|'s)\s+(?:(?:chief|official)\s+)?"
    r"spokes(?:man|woman|person))?"
    r"(?:\s{0,5},\s{0,5}[^,.;]{1,60},)?\s+(?:(?:has|have|had)\s+)?"
    # "⟦X⟧ again denied", "has always denied", "flatly rejected any role"
    r"(?:(?:again|also|immediately|promptly|quickly|swiftly|publicly|strongly|flatly|"
    r"repeatedly|later|always|consistently|firmly|vehemently)\s+)?"
    r"(?:denied|denies|rejected\s+(?:any\s+)?(?:responsibility|role|involvement|part)|"
    r"disclaimed|disowned|claimed\s+nothing|(?:had|has)\s+nothing\s+to\s+do\s+with|"
    r"did\s+not\s+claim|does\s+not\s+claim|"
    # "never formally claimed", "did not publicly claim": the adverb changes nothing
    r"never\s+(?:(?:formally|officially|publicly|openly|explicitly)\s+)?claimed|"
    r"(?:has|have|did|does)\s+not\s+(?:(?:formally|officially|publicly|openly|explicitly)\s+)?"
    r"claim(?:ed)?|did\s+not\s+admit|"
    r"(?:has\s+|have\s+|had\s+)?never\s+(?:admitted|acknowledged)|(?:has|have|had)\s+not\s+"
    r"(?:admitted|acknowledged)|did\s+not\s+acknowledge)\b",
    _I,
)


# the one whose words a pronoun reports: "⟦X⟧ said that it …", "⟦X⟧ insisted they …"
_SPEAKER_BEFORE = re.compile(
    rf"(?P<g>{G})[^.;⟦]{{0,40}}?\b(?:said|stated|insisted|declared|maintained|claimed|"
    rf"announced|replied|answered)\s+(?:that\s+)?$",
    re.I,
)


_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no)\s+$", _I)


# Shapes whose list holds words beside its slots ("gunmen of the ⟦Y⟧", "⟦X⟧ activists"): only
# the slots are organisations, never a capitalised word of the men ("Supporters of …")
_SLOTS_ONLY_SHAPES = {"hedged men of several", "men of several acting"}


# Shapes whose slot a person fills as easily as an organisation ("Musa claimed the raid",
# "with Hapilon"): an unknown bare name there is an organisation only where the profile shows
# it as one (`_shown_as_organisation`).
_OPEN_SLOT_SHAPES = {
    "claim", "denial", "with partners",
    # one blamed, suspected, accused, named or held responsible may be a person as well
    # ("Police first suspected Yoshiyuki Kono, a resident"): only a name the profile shows as an
    # organisation takes the slot
    "third-party attribution", "suspicion", "named as responsible", "according to",
    "reported act", "passive claim", "passive conduct", "terse claim", "hedged act",
    "laid at the door", "members charged", "described as members", "blame put on",
    # eleventh round: the verb before its subject; a person may stand in the slot as well
    "blame told verb first", "link told verb first", "suspicion told verb first",
    # twelfth round: a named body's word, an accusing paper's
    "reported act, a named body", "an accusing paper names",
    "hedged work of", "reported membership, hedged", "hallmarks", "blame as a noun",
    "named as responsible, passive", "found guilty", "passive link", "suspected involvement",
    # a person may be said to belong to a family or be linked to a man
    "reported membership", "linked by others", "attribution naming",
    # ninth round: a suspicion told as a noun, the suspects' own word, a hedge on the agent, a
    # claim made in a name, a label: a person may stand in each slot
    "suspicion as a noun", "the suspects' word of membership", "hedged agent",
    "passive claim in a name", "a claim in a name", "labelled attribution", "labelled suspicion",
    "labelled claim", "labelled conduct",
    # "an Abu Sayyaf spokesman claimed": an unknown name before "spokesman"
    "spokesman's claim",
    # sixteenth round: a name an account qualifies may be a person's
    "a name by another's account",
}  # fmt: skip
