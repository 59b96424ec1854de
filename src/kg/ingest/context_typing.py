"""Typing from the shape of the sentence around a name that no reader takes a fact from.

Most persons and armed groups a profile names are the subject of no fact: a victim ("blogger
A was hacked to death"), a relative ("his wife, B, was injured"), a founder of a predecessor
("founded in 1980 by C"), an armed wing ("Armed wing: the D Army"). Left untyped, an analyst
asking for the persons or the armed groups a profile names gets none of them (issue #12,
"typing from context"). Each shape here says what the name is by the words the sentence puts
around it — a noun only a person is, a possessive of a life's events, an organisation's wing —
never by the name alone, and never where the graph knows the name as a place or an
organisation (`kg.ingest.leaders.type_persons` makes that check for the persons found here).

Two families, each a small set of shapes over the leadership reader's template (persons are
`⟪Pn⟫`, organisations and places `⟪X⟫`, so a place or a known group never fills a person's
slot):

- `PERSON_CONTEXTS`: patterns whose `p…` groups are persons (read by
  `kg.ingest.leaders.person_types.persons_in`), with `office_holders` for an office the
  template took for a name ("Egypt's Interior Minister, X,"): the eleventh round added what
  only a person undergoes (acquitted, extradited, pleaded guilty), a trade after the name, a
  person's own fatwa or memoirs, a birth name in brackets and "until his death";
- `type_armed_wings`: organisations the text names as an armed or military wing, or as an
  armed group, a militia, or several fighting each other, stated `kg:ArmedGroup` (minted
  where the graph lacks them; an acronym alone only while nothing in the graph bears it).
"""

from __future__ import annotations

import re

from rdflib import RDF, URIRef

from kg.ingest.context import IngestContext
from kg.ingest.leaders.lexicon import _P
from kg.ingest.mentions import STATE_FORCE
from kg.ingest.names import (
    DEMONYMS,
    NATIONALITY_NOUNS,
    could_name_new_organisation,
    is_adjective_word,
    is_kunya,
    is_organisation_head,
    names_an_organisation,
    parse_named,
    spelled_by,
)
from kg.ingest.sections import Section
from kg.ingest.state_bodies import names_a_state_body
from kg.namespaces import KG, SCHEMA

__all__ = [
    "PERSON_CONTEXTS",
    "kunya_bearers",
    "nationals",
    "not_persons",
    "office_holders",
    "state_person",
    "state_pledged_to",
    "type_armed_wings",
    "type_fighting_owners",
    "type_leadership_persons",
]

# what befalls a person and is told as "the … of X" as well as "X's …": "the murder of X",
# "assassination of X" (an organisation is banned or dissolved, never murdered or arrested)
_BEFALLS = (r"(?:death|assassination|murder|killing|execution|funeral|kidnapping|abduction|"
            r"arrest|extradition|imprisonment)")
# the events of a life, owned by the one who lives it: "X's death", "X's assassination"
_LIFE = (rf"(?:{_BEFALLS}|birthday|widow|widower|tomb|grave|"
         r"release|trial|conviction|election|memoirs|"
         r"kunya|nom\s+de\s+guerre|real\s+name|family|children|wife|husband|son|daughter|"
         r"brother|sister|father|mother|home|house|apartment|fatwa|sermons?|speech|"
         r"memoirs?|autobiography|biography|testament)")
# nouns only a person is, singular and plural, that introduce names after them ("blogger X",
# "gay-rights activists X and Y", "two senior assistant judges, X and Y")
_PERSON_NOUN = (r"(?:blogger|writer|novelist|poet|journalist|reporter|editor|publisher|"
                r"activist|campaigner|unionist|solicitor|lawyer|barrister|judge|magistrate|"
                r"prosecutor|admiral|general|brigadier|colonel|major|captain|lieutenant|"
                r"sergeant|soldier|policeman|policewoman|officer|official|diplomat|attaché|"
                r"counsellor|counselor|consul|ambassador|minister|politician|legislator|"
                r"senator|mayor|governor|dictator|president|premier|linguist|scholar|"
                r"professor|teacher|student|doctor|physician|surgeon|nurse|engineer|"
                r"businessman|businesswoman|industrialist|banker|employee|worker|farmer|"
                r"priest|bishop|cleric|imam|preacher|monk|nun|missionary|tourist|hostage|"
                r"striker|bomber|hijacker|gunman|assassin|militant|commander|chief|leader|"
                r"founder|ideologue|spokesman|spokeswoman|correspondent|theorist|thinker|"
                r"philosopher|economist|lecturer|researcher|translator|interpreter|"
                r"photographer|cameraman|driver|chauffeur|clerk|accountant|shopkeeper|trader|"
                r"merchant|vendor|tailor|carpenter|electrician|plumber|mechanic|technician|"
                r"labourer|laborer|chemist|pharmacist|architect|fisherman|shepherd|herder|"
                r"villager|refugee|seminarian|mufti|pastor|executive|entrepreneur|chairman|"
                r"chairwoman|negotiator|mediator|informant|informer|smuggler|sniper|seller|caliph|"
                r"financier|recruiter|combatant|rancher|landowner|inspector|commissioner|"
                r"superintendent|constable|detective|security\s+guard|defendant|consultant|"
                r"magnate|prisoner|civilian|passenger|fugitive|accomplice|heir|heiress|"
                r"contractor|guide|signatory|coordinator|chargé\s+d[’']affaires)")
# offices of a body only a person holds, in apposition with "of" and no article: "X, governor
# of the province,", "X, director general of prisons" (an organisation is a member of a body,
# never its governor)
_OFFICE_OF = (r"(?:governor|director(?:[- ]general)?|minister|president|vice[- ]president|mayor|"
              r"secretary(?:[- ]general)?|chairman|chairwoman|chairperson|prefect|ambassador|"
              r"prosecutor|rector|archbishop|bishop)(?:\s+general)?")
# a possessor of a role: "Umarov's deputy (naib), X", "his wife, X", "its religious affairs
# counsellor, X"
_ROLE_OF = (r"(?:deputy|naib|wife|husband|widow|son|daughter|brother|sister|father|mother|"
            r"cousin|nephew|successor|predecessor|spokesman|spokeswoman|counsellor|counselor|"
            r"adviser|advisor|aide|bodyguard|driver|secretary|lieutenant|commander|emir|amir|"
            r"chief|attaché|envoy|ambassador|consul|confidant|son-in-law|brother-in-law)")
# kinship, which only a person has: "X, daughter of the former mayor," (an organisation's
# "offshoot of" or "branch of" is no kinship)
_KIN = (r"(?:son|daughter|wife|husband|widow|widower|brother|sister|father|mother|nephew|niece|"
        r"cousin|grandson|granddaughter|son-in-law|brother-in-law|stepson|stepdaughter)")
# a nationality or a faith as a noun, hyphenated or not ("Nigerian", "Bangladeshi-Canadian",
# "Turk", "Yemeni", "Sunni")
_NATIONAL = (r"(?:[A-Z][a-z]+(?:an|ian|ese|i|ish|ite)|Turk|Briton|Swede|Dane|Pole|Finn|Greek|"
             r"Thai|Scot|Kurd|Arab|Jew|Muslim|Christian|Hindu|Sikh|Buddhist)"
             r"(?:-(?:[A-Z][a-z]+(?:an|ian|ese|i|ish)|born|Turk|Briton|Kurd|Arab))*")
# what only a person undergoes: arrest, trial's outcome, prison, removal from a country
_UNDERGONE = (r"(?:arrested|detained|jailed|imprisoned|acquitted|sentenced|extradited|deported|"
              r"hanged|paroled|pardoned)")
# a subject is never the object of a preposition, nor the tail of a longer list ("men from A
# and B were arrested", "from A, B and C")
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\b{word}\s)" for word in (
        "from", "in", "of", "at", "near", "to", "and", "or", "around", "outside", "inside",
        "across", "into", "between", "toward", "towards", "by", "with", "for", "on", "over",
        "under", "through", "beyond", "along", "within")
) + r"(?<!P\d⟫\s)(?<!P\d\d⟫\s)(?<!P\d⟫,\s)(?<!P\d\d⟫,\s)(?<!X⟫\s)(?<!X⟫,\s)"
# an apposition that says the names are an organisation's ("X, a Tuareg group,"; "X, a
# hunters' militia,"): whatever the verb, no person
# the nouns of organisations an apposition's head may be ("X, a Tuareg group,"; "X, a network
# the group's leaders had denounced")
_ORGANISATION_NOUN = (
    r"(?:group|militia|faction|organi[sz]ation|movement|network|front|party|army|brigade|"
    r"battalion|cell|wing|coalition|alliance|unit|outfit|offshoot|splinter|branch|affiliate|"
    r"company|firm|charity|foundation|bank|newspaper|magazine|agency)"
)
_NOT_AN_ORGANISATION = (
    rf"(?!\s*,\s*(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_ORGANISATION_NOUN}s?\b)"
)
# nouns of the many that are no persons: a "among them" after one of these names organisations
# or places
_COLLECTIVE = (r"(?:groups?|organi[sz]ations?|factions?|parties|party|movements?|militias?|"
               r"fronts?|brigades?|units?|cells?|countries|towns?|cities|city|villages?|"
               r"provinces?|regions?|states?|districts?|companies|company|firms?|agencies|"
               r"newspapers?|magazines?)")
_NAME_LIST = (rf"(?P<p>{_P})(?:\s*,\s*(?P<p2>{_P}))?(?:\s*,?\s+and\s+(?P<p3>{_P}))?")

PERSON_CONTEXTS: tuple[re.Pattern[str], ...] = (
    # "Rafik Hariri's assassination", "Ho Chi Minh's birthday", "X's 1998 fatwa"
    re.compile(rf"(?P<p>{_P})[’']s\s+(?:(?:[a-z][\w-]*|⟪D\d+⟫)\s+){{0,2}}?{_LIFE}\b"),
    # "blogger X", "gay-rights activists X and Y", "two senior assistant judges, X and Y",
    # "Admiral X", "Ambassador X"
    re.compile(rf"\b(?i:{_PERSON_NOUN})s?\s*,?\s+{_NAME_LIST}"),
    # "X and Y, members of the last commando"
    re.compile(rf"{_NAME_LIST}\s*,\s*(?:the\s+|both\s+|two\s+|three\s+|all\s+)?"
               rf"(?:members|leaders|founders|militants|fighters|veterans|brothers|sisters|"
               rf"sons|daughters|activists|officers|commanders)\s+of\b"),
    # "X, a Nigerian said to have trained …", "X, a Bangladeshi-Canadian who led …"; "A
    # German-born Turk, X, drove …": a nationality as the head of the apposition
    re.compile(rf"(?P<p>{_P})\s*,\s*an?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_NATIONAL}"
               rf"(?=\s+(?:who|whom|said|born|from|living|national|citizen)\b|\s*[,;.])"),
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?{_NATIONAL}\s*,\s*"
               rf"(?P<p>{_P})\s*,"),
    # "Umarov's deputy (naib), X", "his wife, X", "its religious affairs counsellor, X"
    re.compile(
        rf"(?:(?:⟪(?:P\d+|H)⟫|\b[\w-]+)[’']s|⟪H⟫|\b(?:his|her|its|their))\s+"
        rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE_OF}|{_PERSON_NOUN})"
        # "his secretary of state for security, X": the post's own complement, lower case
        rf"(?:\s+(?:of|for)\s+(?:[a-z]+\s+){{0,3}}?[a-z]+)?"
        rf"(?:\s*\([^()]*\))?\s*,\s*(?P<p>{_P})(?!\s*[’']s)",
        re.I,
    ),
    # "the leader of the Islamic Movement of Uzbekistan, X, declared"; "one of the diplomats,
    # X, was killed"
    re.compile(
        rf"\b(?:(?:the\s+)?(?:leader|emir|amir|chief|founder|head|commander|spokesman)\s+of\s+"
        rf"(?:the\s+)?⟪X⟫|one\s+of\s+the\s+(?:\w+\s+)?{_PERSON_NOUN}s)\s*,\s*(?P<p>{_P})\s*,"
    ),
    # "PWG founded 1980 in Andhra Pradesh by X", "created in 1969 by X"
    re.compile(
        rf"\b(?i:founded|co-founded|created|established|set\s+up)\b[^.;⟪]{{0,60}}?"
        rf"(?:⟪[DX]\d*⟫[^.;⟪]{{0,30}}?){{0,2}}\bby\s+(?P<p>{_P})(?![’']s)"
    ),
    # "led in Dagestan by X"
    re.compile(rf"\bled\s+(?:in|from)\s+(?:the\s+)?⟪X⟫\s+by\s+(?P<p>{_P})(?![’']s)"),
    # "his loyalty to X", "an oath to X"
    re.compile(rf"\b(?:loyalty|oath|obedience|fealty|bay[’']?ah)\s+to\s+(?P<p>{_P})(?![’']s)",
               re.I),
    # "X, an American linguist with …", "X, a company employee the group took for …"
    re.compile(
        rf"(?P<p>{_P})\s*,\s*(?:the|a|an)\s+(?:(?:[a-z][\w’'-]*|[A-Z][\w-]+|⟪[XG]⟫)\s+){{0,4}}?"
        rf"{_PERSON_NOUN}\b(?![’'-])"
    ),
    # "X, head of its military wing, was killed", "X, chief of the finance office": a post of
    # a body, in apposition with no article (an organisation is no body's head or chief)
    re.compile(
        rf"(?P<p>{_P})\s*,\s*(?:(?:former|then|later|acting|deputy|de\s+facto|its|their)\s+)?"
        rf"(?:head|chief|leader|founder|co-founder|commander|emir|amir|caliph|spokesman|"
        rf"spokeswoman|secretary-general|deputy|treasurer|financier|ideologue|{_KIN}|"
        rf"{_OFFICE_OF})\s+of\b"
    ),
    # "X (real name Y)", "X (born Y)": only a person has a birth name; the bracket's name is
    # the same person, so only the name outside it is typed (one person, one IRI)
    re.compile(rf"(?P<p>{_P})\s*\(\s*(?:real|true|birth|original|given)\s+name\b|"
               rf"(?P<p2>{_P})\s*\(\s*(?:born|née|nee)\s+⟪P\d+⟫\s*\)"),
    # "led by X until his death", "headed by X until her arrest": the pronoun takes the name up
    re.compile(rf"(?P<p>{_P})\s+until\s+⟪H⟫(?:[’']s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_LIFE}\b"),
    # what only a person undergoes, as the subject: "X and Y were acquitted in 2005", "X was
    # extradited", "X pleaded guilty" (never after a preposition: "men from A and B were
    # arrested" names places)
    re.compile(
        rf"{_NOT_AFTER_PREPOSITION}{_NAME_LIST}\s+(?:(?:was|were)\s+(?:(?:later|subsequently|"
        rf"both|also|eventually|then|briefly|soon|again)\s+)?{_UNDERGONE}|"
        rf"pleaded\s+(?:not\s+)?guilty)\b"
    ),
    # the same, as the object: "India extradited X to …", "police arrested X and Y on …";
    # convicted, charged and tried also befall companies and charities, so only with a noun of
    # persons before the names ("convicted two members X and Y")
    re.compile(
        rf"\b(?:{_UNDERGONE}\s+(?:(?:two|three|four|five|several|fellow|former|its|their|the|"
        rf"⟪[XG]⟫|[A-Z]{{2,6}})\s+){{0,2}}?(?:(?:members?|militants?|fighters?|activists?|"
        rf"commanders?|men|women)\s+)?|"
        rf"(?:convicted|charged|indicted|tried)\s+(?:(?:two|three|four|five|several|fellow|"
        rf"former|its|their|the|⟪[XG]⟫|[A-Z]{{2,6}})\s+){{0,2}}?(?:members?|militants?|fighters?|"
        rf"activists?|commanders?|men|women)\s+)"
        rf"{_NAME_LIST}{_NOT_AN_ORGANISATION}(?=\s*[,.;:()]|\s*$|\s+(?:of|on|in|for|to|after|"
        rf"from|at|with|without|over|under|as|and|but|who|whom|while|when|before|until|"
        rf"because)\b)"
    ),
)

# the shapes of the thirteenth round (issue #12), each in `tests/test_ingest_typing_shapes.py`
PERSON_CONTEXTS += (
    # a list of names in apposition to a count (or "both") and a noun of persons: "A and B,
    # two local journalists,"; "A, B and C, three former students"
    re.compile(rf"{_NAME_LIST}\s*,\s*(?:two|three|four|five|six|seven|eight|nine|ten|both|all)"
               rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?i:{_PERSON_NOUN})s?\b(?![’'-])"),
    # "among them" or "including" after a noun of persons, with no noun of organisations or
    # places between: "eight prisoners escaped …, among them A and B"; "four militants of the
    # Front, among them A, “Alias”, and B"
    re.compile(
        rf"\b(?i:{_PERSON_NOUN}|member|fighter|man|men|women|hostage|victim)s?\b"
        # whose they are: "militants of the cell", "members of the Front"
        rf"(?:\s+of\s+(?:(?:the|its|their)\s+)?(?:⟪[GX]⟫|[a-z]+\b))?"
        rf"(?:(?!\b(?:{_COLLECTIVE})\b)(?:[^.;:⟪]|⟪(?:[GXH]|D\d+)⟫)){{0,80}}?,\s*"
        rf"(?:among\s+them|including)\s+(?P<p>{_P})(?:\s*,\s*[“\"]⟪P\d+⟫[”\"])?"
        rf"(?:\s*,\s*(?P<p2>{_P})(?:\s*,\s*[“\"]⟪P\d+⟫[”\"])?)?"
        rf"(?:\s*,?\s+and\s+(?P<p3>{_P}))?"
    ),
    # a nom de guerre, a kunya or an alias a name is known by, with "his" or "her": "X, better
    # known by his kunya Y"; "X, known under her nom de guerre Y" (an organisation's is "its")
    re.compile(rf"(?P<p>{_P})\s*,\s*(?:(?:better|also|widely|more\s+commonly)\s+)?known\s+"
               rf"(?:by|under)\s+(?:⟪H⟫[’']s|his|her)\b"),
    # an office a name became or was elected, appointed, sworn in to: "After X became prime
    # minister"; "X, who was appointed governor" (an organisation becomes a party, not one)
    re.compile(
        rf"(?P<p>{_P})(?:\s*,\s*who)?\s+(?:became|was\s+(?:elected|appointed|named|made|"
        rf"sworn\s+in\s+as))\s+(?:(?:the|its|their|new|first|interim|acting|country[’']s|"
        rf"⟪X⟫[’']s)\s+){{0,3}}(?:prime\s+minister|president|vice[- ]president|governor|mayor|"
        rf"minister|chancellor|premier|senator|king|queen|pope|archbishop|bishop)\b"
    ),
)

# the shapes of the fourteenth round (issue #12), each in
# `tests/test_ingest_typing_unseen_shapes.py` with look-alikes that must stay untyped
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|an?)"
# a plural kinship noun, which only persons have: "X's sons A and B", "his brothers, A and B"
_KIN_PLURAL = (r"(?:sons|daughters|brothers|sisters|wives|husbands|nephews|nieces|cousins|"
               r"children|grandsons|granddaughters)")
# what a name may be the object of and still go on: a stop, a preposition, a verb after it
_NAME_ENDS = (r"(?![’'])(?=\s*[,.;:()]|\s*$|\s+(?:in|on|at|by|and|was|were|had|has|near|"
              r"outside|after|before|during|while|for|from|to|left|led|took|brought|ended|"
              r"sparked|prompted)\b)")
# a leader's noun: "led it as its emir" (an organisation is never an organisation's emir)
_LEADER_NOUN = (r"(?:emir|amir|leader|chief|commander|head|president|chairman|secretary[- ]"
                r"general|general\s+secretary|caliph|imam)")
PERSON_CONTEXTS += (
    # what befalls a person, told with "of": "after the murder of X in 1975", "assassination
    # of X, director of …" (never "the arrest of X militants": a noun after the name is
    # what the name qualifies)
    re.compile(rf"\b(?i:{_BEFALLS})\s+of\s+(?:the\s+)?{_NAME_LIST}{_NAME_ENDS}"),
    # a subject, a short apposition between commas, then what only a person undergoes: "X,
    # wanted for the killing, was arrested in …"; "X, then aged 40, was extradited"
    re.compile(
        rf"{_NOT_AFTER_PREPOSITION}(?P<p>{_P}){_NOT_AN_ORGANISATION}\s*,"
        rf"(?:[^,;.⟪]|⟪[DH]\d*⟫){{2,60}}?,\s+(?:(?:was|were)\s+(?:(?:later|subsequently|"
        rf"eventually|then|finally)\s+)?{_UNDERGONE}|pleaded\s+(?:not\s+)?guilty)\b"
    ),
    # the followers of a person: "the faction around X", "the circle grouped around X"
    # (a part of the group named before, and a list: "a section of the DB, around A, B and C")
    re.compile(rf"\b(?:factions?|circle|group|wing|section|current|tendency|followers|men|"
               rf"members)(?:\s+of\s+(?:the\s+)?⟪[GX]⟫\s*,?)?\s+"
               rf"(?:(?:grouped|gathered|formed)\s+)?around\s+{_NAME_LIST}(?![’']s)"),
    # a plural kinship noun after a possessor, the names after it: "X's sons A and B",
    # "his brothers, A and B,"
    re.compile(rf"(?:[’']s|\b(?i:his|her))\s+(?:(?:two|three|four|elder|younger|eldest|"
               rf"youngest|own)\s+)?{_KIN_PLURAL}\s*,?\s+{_NAME_LIST}"),
    # a name and a count of persons with it: "by X and two accomplices", "X and three other
    # men"
    re.compile(rf"(?P<p>{_P})\s+and\s+{_COUNT}\s+(?:other\s+|unnamed\s+|unidentified\s+)?"
               rf"(?:{_PERSON_NOUN}s?|men|women|gunmen|militiamen|policemen|accomplices?)"
               rf"\b(?![’'-])"),
    # what only befalls a person, as a participle before the name: "the exiled X", "the late
    # X", "the jailed X"
    re.compile(rf"\bthe\s+(?:exiled|late|jailed|imprisoned|slain|murdered|assassinated|deposed|"
               rf"detained|kidnapped|abducted|executed)\s+(?P<p>{_P})(?![’']s)"),
    # a leader's post the name held over what it led: "which X proclaimed in 2007 and led as
    # its emir"; "X led it as its first chairman"
    re.compile(rf"(?P<p>{_P})(?![’']s)\s+(?:(?:[^.;,⟪]|⟪(?:D\d+|G)⟫){{0,50}}?\s)?"
               rf"(?:led|headed|ruled|commanded|directed)\s+(?:it\s+|them\s+|⟪[GX]⟫\s+)?as\s+"
               rf"(?:its|their)\s+(?:(?:first|new|sole|self-proclaimed|supreme)\s+)?"
               rf"{_LEADER_NOUN}\b"),
)

# the shapes of the fifteenth round (issue #12), each in
# `tests/test_ingest_typing_described.py` with look-alikes that must stay untyped
PERSON_CONTEXTS += (
    # names in apposition after a count of persons of a body: "Two members of the force, A and
    # B, were convicted"; "three militants of the Front, A, B and C," (the names in apposition
    # are the persons counted; an organisation's name among them is refused by
    # `names_an_organisation`, as in every shape)
    re.compile(rf"\b(?i:{_COUNT}|both|all)\s+(?:[a-z][\w-]*\s+)?(?:members|militants|fighters|"
               rf"activists|cadres|(?i:{_PERSON_NOUN})s)\s+of\s+(?:(?:the|its|their)\s+)?"
               rf"(?:⟪[GX]⟫|(?:[a-z][\w-]*\s+){{0,2}}?"
               rf"(?!(?:alliance|coalition|umbrella|federation|council|union|front)\b)"
               rf"[a-z][\w-]*)\s*,\s*{_NAME_LIST}\s*,"),
    # a court's verdict or charge on the names, the offence after them: "a jury convicted A and
    # B of the murder", "prosecutors charged X with …" (a company is convicted of fraud too: an
    # organisation's name is refused by the guard every shape has, the template's own words
    # and `names_an_organisation`)
    # (two names or more: "convicted Lafarge Holcim of funding" is a company's verdict, and a
    # company's name need not say so)
    re.compile(rf"\b(?:convicted|charged|indicted|tried|acquitted)\s+(?P<p>{_P})"
               rf"(?:\s*,\s*(?P<p2>{_P}))?\s*,?\s+and\s+(?P<p3>{_P})"
               rf"{_NOT_AN_ORGANISATION}\s+(?:of|with|for|on)\s+"
               rf"(?:(?:the|a|an|two|three|several|his|her|their|its)\s+)?[a-z]"),
    # the names among a body's members, founders or leaders: "A, B and C were among its most
    # active members" (an alliance's member organisations are refused by the same guard)
    re.compile(rf"{_NOT_AFTER_PREPOSITION}{_NAME_LIST}\s+(?:were|was)\s+(?:also\s+)?among\s+"
               rf"(?:its|their|the\s+group[’']s|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
               rf"(?:members|founders|co-founders|leaders|commanders|militants|fighters)\b"),
)


# What a sentence says a name is that no shape for persons may override (issue #12, the
# sixteenth round; `tests/test_ingest_typing_refusals.py`): a shape for persons reads a few
# words around a name, and these read the words that tell what the name itself is.
_NOT_A_PERSON_SHAPES: tuple[re.Pattern[str], ...] = (
    # an acronym in brackets that spells the name's initials: "⟪P0⟫ (JI)" where P0 is
    # "Jemaah Islamiyah" (the acronym is checked against the name in `not_persons`)
    re.compile(rf"(?P<p>{_P})\s*\(\s*(?P<acronym>[A-Z][A-Z.-]{{1,9}})\s*\)"),
    # an apposition whose head is a noun of organisations: "⟪P0⟫ (JI), a network the
    # group's leaders had denounced", "⟪P0⟫, an armed faction that …" (the head ends the noun
    # phrase: "X, the group's founder" and "X, a group commander" are persons' appositions)
    # (the head, not a noun a preposition governs: "X, a financier of the cells," is a person)
    re.compile(rf"(?P<p>{_P})(?:\s*\([^()]*\))?\s*,\s*(?:a|an|the|its|their|this|that)\s+"
               rf"(?:(?!(?:of|for|in|at|to|from|with|on|by|and|or)\b)[\w’'-]+\s+){{0,3}}?"
               rf"{_ORGANISATION_NOUN}s?\b(?![’'-])"
               rf"(?=\s*[,.;:)]|\s*$|\s+(?:that|which|whose|the|its|their|a|an|of|in|at|on|"
               rf"based|formed|founded|set|created|led|linked|with|from|active|operating|"
               rf"accused|blamed|known|responsible|behind|close|allied|aligned|loyal|"
               rf"headed|run|once|then|now|later|since|until|he|she|they|it|we|whom)\b)"),
    # a name in quotation marks: a title ("the “General Consensus” on dialogue"), a motto or
    # a nickname, which is another name's alias and never a second person
    re.compile(rf"[“\"‘](?P<p>{_P})[”\"’]"),
)


def not_persons(persons: dict[str, str], text: str) -> set[str]:
    """The names a template shows are not persons, whatever shape for persons reads them: a
    name its acronym in brackets spells ("⟪P0⟫ (JI)"), a name in apposition to a noun of
    organisations ("⟪P0⟫, a network …"), a name in quotation marks (a title or an alias)."""
    refused: set[str] = set()
    for pattern in _NOT_A_PERSON_SHAPES:
        for match in pattern.finditer(text):
            name = persons.get(match["p"].strip("⟪⟫"))
            if name is None:
                continue
            acronym = match.groupdict().get("acronym")
            if acronym is None or spelled_by(name, acronym):
                refused.add(name)
    return refused

# the shapes of the sixteenth round (issue #12), each in `tests/test_ingest_typing_refusals.py`
# with look-alikes that must stay untyped
# what is done only to persons, in the active voice: a count of persons its object
_DONE_TO_PERSONS = (r"(?:killed|shot(?:\s+dead)?|murdered|assassinated|executed|beheaded|"
                    r"stabbed|kidnapped|abducted|wounded|injured|took\s+hostage|"
                    r"arrested|detained|jailed|sentenced|extradited|deported|hanged|released|"
                    r"freed|convicted)")
PERSON_CONTEXTS += (
    # a count of persons, the object of what is done only to persons, the names in
    # apposition: "shot dead two other members, A and B,"; "kidnapped three engineers, A, B and
    # C, in 2009" (an organisation is never shot dead; "members" of a coalition only with such
    # a verb)
    re.compile(rf"\b{_DONE_TO_PERSONS}\s+(?:(?:{_COUNT}|both|all)\s+)(?:[a-z][\w-]*\s+){{0,2}}?"
               rf"(?:members|(?:police|gun|business|fisher|trades|country|militia)?(?:men|women)|"
               rf"(?i:{_PERSON_NOUN})s)\s*,\s*{_NAME_LIST}"
               rf"(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|near|outside|after|before|during|while|"
               rf"to|for|who|whom)\b)"),
    # a person's tie to a country or a town, in apposition: "X, citizen of Azerbaijan,"; "X, a
    # native of Sofia"; "X, a resident of Kano" (an organisation is no town's native)
    re.compile(rf"(?P<p>{_P})\s*,\s*(?:(?:a|an|the|then\s+a|former)\s+)?(?:(?:dual|naturali[sz]ed|"
               rf"long-time|longtime|lifelong)\s+)?(?:citizen|national|native|resident)\s+of\b"),
)


# a nationality written as the noun before a name, the name in apposition: "the Egyptian Abu
# Ayyub al-Masri", "the Briton X" (with a noun of persons after the nationality, "the American
# contractor X", `PERSON_CONTEXTS` reads it)
_NATIONALITY_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<nat>{_NATIONAL})\s+(?P<p>{_P})(?![’'])"
)


def nationals(persons: dict[str, str], text: str) -> list[str]:
    """The persons a template names after a nationality used as a noun ("the Egyptian ⟪P0⟫"
    where P0 is "Abu Ayyub al-Masri"). A nationality is as often an adjective before an
    organisation's name ("the Kurdish Ansar al-Islam", "the Lebanese Fatah al-Islam"), so the
    name must be a kunya (`is_kunya`: a person's name of honour), or the nationality a word
    that is a noun only (`NATIONALITY_NOUNS`: "the Briton", "the Turk")."""
    found: list[str] = []
    for match in _NATIONALITY_BEFORE.finditer(text):
        name = persons.get(match["p"].strip("⟪⟫"))
        if name and (is_kunya(name) or match["nat"] in NATIONALITY_NOUNS):
            found.append(name)
    return found


# an office written with capitals, which the template takes for a name ("Egypt's Interior
# Minister, X,"; "the Punjab Chief Minister, X,"): the name in apposition holds it
_OFFICE_TITLE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary|President|Vice[- ]President|Governor|"
    r"Mayor|Ambassador|Commissioner|Chancellor|Premier|Prosecutor|Attorney[- ]General|"
    r"Spokesman|Spokeswoman|Chief\s+of\s+Staff|Chief\s+Justice|Director|Director[- ]General|"
    r"Consul|Envoy|Mufti|Chief\s+Rabbi|Patriarch|Archbishop|Cardinal)$"
)
_APPOSED = re.compile(rf"(?P<office>{_P})\s*,\s*(?P<p>{_P})\s*(?=[,;.)]|$)")
# the holder first, then the office: "X, former Grand Mufti (survived)", "X, then Interior
# Minister, was shot"
_HOLDER_FIRST = re.compile(
    rf"(?P<p>{_P})\s*,\s*(?:(?:the|a|former|then|later|acting|deputy|outgoing)\s+){{1,2}}"
    rf"(?P<office>{_P})\s*(?=[,;.()|]|$)"
)


def office_holders(persons: dict[str, str], text: str) -> list[str]:
    """The persons a template names in apposition to an office the template took for a name
    ("⟪P0⟫, ⟪P1⟫," where P0 is "Interior Minister"; "⟪P1⟫, former ⟪P0⟫ (…)" where P0 is
    "Grand Mufti"): the holder is a person, the office is typed nothing."""
    found: list[str] = []
    for match in (*_APPOSED.finditer(text), *_HOLDER_FIRST.finditer(text)):
        office = persons.get(match["office"].strip("⟪⟫"), "")
        name = persons.get(match["p"].strip("⟪⟫"))
        if name and _OFFICE_TITLE.match(office) and not _OFFICE_TITLE.match(name):
            found.append(name)
    return found


# a kunya in brackets after a name: "X (Abu Hafs al-Masri)" — only a person bears one; the
# bracket's name is the same person, so only the name outside it is typed (one person, one IRI)
_BRACKETED = re.compile(rf"(?P<p>{_P})\s*\(\s*(?P<k>{_P})\s*\)")


def kunya_bearers(persons: dict[str, str], text: str) -> list[str]:
    """The persons a template names with a kunya in brackets after them ("⟪P0⟫ (⟪P1⟫)" where
    P1 is "Abu Musab"): the name outside the bracket is a person."""
    found: list[str] = []
    for match in _BRACKETED.finditer(text):
        name = persons.get(match["p"].strip("⟪⟫"))
        if name and is_kunya(persons.get(match["k"].strip("⟪⟫"), "")) and not is_kunya(name):
            found.append(name)
    return found


def state_person(ctx: IngestContext, section: Section, iri: URIRef, line: int) -> None:
    """State in the section's graph that the person a sentence's shape found is a person,
    also where the graph already knew it (a person of the curated data named in passing): the
    profile's own evidence, kept with its provenance, as `kg.ingest.mentions` does for an
    organisation shown fighting. Nothing new is minted here."""
    ctx.add(section, iri, RDF.type, KG.Person, line)


def type_leadership_persons(ctx: IngestContext, section: Section) -> None:
    """The leadership section's persons that only these shapes show ("Umarov's deputy
    (naib), X, was killed"): the leadership reader types the leaders and the roles it reads,
    and `kg.ingest.leaders.type_persons` reads the other sections; this reads the leadership
    section with `PERSON_CONTEXTS` alone, under the same checks (a name the graph knows as a
    group, an organisation or a place is left alone)."""
    from kg.ingest.leaders.model import LeadershipState
    from kg.ingest.leaders.persons import template
    from kg.ingest.leaders.styles import HONORIFIC, without_office

    state = LeadershipState()
    for sentence in ctx.sentences(section):
        tpl = template(ctx, sentence.text, state)
        found: list[str] = office_holders(tpl.persons, tpl.text)
        found += kunya_bearers(tpl.persons, tpl.text)
        found += nationals(tpl.persons, tpl.text)
        # "pardoned by President X", "the Reverend X": a state's office or a cleric's style
        # before the name, as in every other section
        found += [without_office(name) for name in tpl.persons.values()
                  if HONORIFIC.match(name)]
        for pattern in PERSON_CONTEXTS:
            for match in pattern.finditer(tpl.text):
                for token in match.groupdict().values():
                    name = tpl.persons.get(token.strip("⟪⟫")) if token else None
                    if name:
                        found.append(name)
        refused = not_persons(tpl.persons, tpl.text)
        for name in dict.fromkeys(found):
            known, _, _ = ctx.index.lookup(name, "group", "organisation", "place")
            if known is not None or names_an_organisation(name) or name in refused:
                continue
            iri = ctx.person(section, name, sentence.line)
            state_person(ctx, section, iri, sentence.line)
            ctx.extracted(section, f"{ctx.short(iri)}: a person (the shape of the sentence)")


# ------------------------------------------------------------------ armed wings

# a word of a name: capitalised, or an Arabic article or conjunction joined to one
# ("al-Islam", "wal-Muslimin", "ul-Mujahideen")
_NAME_WORD = r"(?:[A-Z][\w’'-]*|(?:al|el|ul|ud|ad|ar|as|ash|wal|bil|fi)-[\w’'-]+)"
_NAME = (rf"{_NAME_WORD}(?:\s+(?:(?:of|the|de|del|la|al|for|and|des|du)\s+)*{_NAME_WORD})*"
         r"(?:\s*\([A-Z][\w-]*\))?")
_WING = r"(?i:armed|military|guerrilla|fighting|paramilitary)\s+(?:wing|arm)\b"
# a name its language writes in lower case after its first word, made a name by the acronym
# beside it: "Forces combattantes du peuple (FCP)", "Ejército popular revolucionario (EPR)"
_SENTENCE_CASE_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s+[a-zà-ÿ][\w’'-]*){1,4}\s*\([A-Z][A-Z-]{1,9}\)"
_ARMED_WING_SHAPES: tuple[re.Pattern[str], ...] = (
    # "Armed wing: the People's Liberation Guerrilla Army (PLGA)."; "an armed wing, the X";
    # "an armed wing (the X)"; "its military wing, X"
    # "Armed wing .......... the X": a field whose label a row of dots leads to its value
    re.compile(rf"\b{_WING}\s*(?::|,|\(|—|–|\.{{3,}}|…+)\s*(?:the\s+)?"
               rf"(?P<n>{_SENTENCE_CASE_NAME}|{_NAME})"),
    # "X (ACR), the armed wing"; "X, its military wing"
    # (or whose wing, by a possessive noun: "X (ACR), the party's armed wing")
    re.compile(rf"(?P<n>{_NAME})\s*,\s*(?:the|its|their|an?)\s+(?:[a-z]+(?:[’']s)?\s+)?"
               rf"{_WING}\b(?!\s+(?:commander|chief|leader|head|spokes(?:man|woman)|member|"
               rf"fighter)s?\b)"),
    # "Prima Linea, a rival armed group of the same years"; "X, a Tuareg militia"
    re.compile(rf"(?P<n>{_NAME})\s*,\s*an?\s+(?:[\w-]+\s+){{0,2}}?(?:armed\s+(?:group|"
               rf"faction|organi[sz]ation|movement)|militia|(?:rebel|insurgent|guerrilla)\s+"
               rf"(?:group|faction|army|movement|organi[sz]ation))\b"),
    # "the Arab militias known as the X", "an armed group calling itself the X": a body of
    # fighters and the name it goes by (never a militia's leader "known as" a kunya: the noun
    # must stand right before)
    re.compile(rf"\b(?:militias?|armed\s+groups?|(?:rebel|insurgent|guerrilla|paramilitary)\s+"
               rf"(?:groups?|forces|movements?)|paramilitaries)\s+(?:(?:(?:locally|widely|"
               rf"collectively|commonly)\s+)?(?:known|referred\s+to)(?:\s+(?:locally|widely|"
               rf"collectively|commonly))?\s+as|called|calling\s+(?:itself|themselves))\s+"
               rf"(?:the\s+)?(?P<n>{_NAME})"),
)
# several organisations named at once as fighting: "the A and the B, Tuareg militias working
# with …"; "A and B have fought each other since 2020". Each name must say it is an
# organisation (`could_name_new_organisation`: a head word or an acronym): two warlords fight
# each other too.
_ARMED_PAIR_SHAPES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:the\s+)?(?P<n>{_NAME})\s*,?\s+and\s+(?:the\s+)?(?P<n2>{_NAME})\s*,\s*"
               rf"(?:[\w’'-]+\s+){{0,4}}?(?:militias|armed\s+groups|rebel\s+groups|"
               rf"insurgent\s+groups|guerrilla\s+groups)\b"),
    re.compile(rf"(?:the\s+)?(?P<n>{_NAME})\s+and\s+(?:the\s+)?(?P<n2>{_NAME})\s+"
               rf"(?:(?:have|had|has|then|later|repeatedly|often)\s+){{0,2}}"
               rf"(?:fought|clashed\s+with|attacked)\s+(?:each\s+other|one\s+another)\b"),
)
# the start of a sentence, or a word that only opens one, is no part of a name
_OPENING = {"The", "A", "An", "Its", "Their", "His", "Her", "In", "On", "By", "It", "They",
            "He", "She", "This", "That", "These", "Those",
            # a count opens a noun phrase, never a name ("Two Lake Front bombers")
            "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several",
            "Some", "Many", "Dozens", "Hundreds"}  # fmt: skip
# what a list's entry says when it names nothing: "Armed wing: none known"
_NOTHING = {"None", "Unknown", "Not", "No", "Nil", "N/A", "See"}


def _armed_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every organisation the sentence names as an armed wing or group."""
    found: list[tuple[int, str]] = []
    for pattern in _ARMED_WING_SHAPES:
        for match in pattern.finditer(text):
            named = _without_opening(match.start("n"), match["n"])
            if named is not None:
                found.append(named)
    for pattern in _ARMED_PAIR_SHAPES:
        for match in pattern.finditer(text):
            pair = [_without_opening(match.start(g), match[g]) for g in ("n", "n2")]
            if all(n is not None and could_name_new_organisation(n[1]) for n in pair):
                found += [n for n in pair if n is not None]
    return found


# a name may open with the Arabic article in lower case: "al-Nasser Salah al-Din Brigades"
_ARTICLE_FIRST = re.compile(r"^(?:al|el|an|ar|as|ad|ash|ul)-[A-Z]")


def _without_opening(start: int, name: str) -> tuple[int, str] | None:
    """(offset, name) without the words that only open a sentence; None if no name is left."""
    words = name.split()
    while words and words[0] in _OPENING:
        start += len(words[0]) + 1
        words = words[1:]
    if not words or words[0] in _NOTHING or not (
        words[0][:1].isupper() or _ARTICLE_FIRST.match(words[0])
    ):
        return None
    return start, " ".join(words)


def type_armed_wings(ctx: IngestContext, section: Section) -> None:
    """State as a kg:ArmedGroup every organisation a sentence of the section names as an
    armed or military wing or as an armed group: the one the graph has by that name, else a
    new one. A name the graph knows as a person or a place, and the profile's own group, are
    left alone (the review says why)."""
    for sentence in ctx.sentences(section):
        for _, name in _armed_names(sentence.text):
            names = parse_named(name)
            if not names.names and not names.acronyms:
                continue
            if not names.names:
                # an acronym alone is no evidence of which bearer it is: a new organisation
                # only while nothing in the graph bears it (the profile's own group aside)
                known, _, _ = ctx.index.lookup(names.acronyms[0], "group", "organisation",
                                               "person", "place")
                if known is not None and known != ctx.subject:
                    ctx.extracted(section, f"{name!r} not typed an armed group: an acronym "
                                           f"alone, and {ctx.short(known)} bears it")
                    continue
            person_or_place, _, _ = ctx.index.lookup((names.names or names.acronyms)[0],
                                                     "person", "place")
            if person_or_place is not None:
                ctx.extracted(section, f"{name!r} not typed an armed group: the graph knows "
                                       f"it as {ctx.short(person_or_place)}")
                continue
            iri = ctx.group(section, names, sentence.line)
            if iri is None or iri == ctx.subject:
                continue
            ctx.add(section, iri, RDF.type, KG.ArmedGroup, sentence.line)
            ctx.index.add_kind(iri, "group")
            ctx.extracted(section, f"{ctx.short(iri)} an armed group: named as an armed wing or "
                                   f"group ({name!r})")


# ------------------------------------------------------------------ armed groups by their fighters

# a noun of fighters, singular or plural (`kg.ingest.mentions._FIGHTERS` reads the plurals for
# the organisations the graph has: made one list in the sixteenth round, the corpus-wide
# identity pass fell from 0.88 / 0.99 to 0.60 / 0.84 on that branch, so the two lists are kept
# apart until that is traced)
FIGHTER_NOUNS = (r"(?:fighters?|militants?|gunm[ae]n|insurgents?|guerr?ill?as?|militiam[ae]n|"
                 r"combatants?|(?:suicide\s+)?bombers?)")
_FIGHTERS_SHAPES: tuple[re.Pattern[str], ...] = (
    # the organisation's name before the noun: "Lake Front gunmen", "a former KLF gunman"
    re.compile(rf"(?P<n>{_NAME})\s+{FIGHTER_NOUNS}\b"),
    # the noun "of" the organisation, or fighting for it: "fighters of the Kano Battalion",
    # "went north to fight for the Tessalit Brigade" (never "loyal to", which a person takes,
    # nor "from", which a place takes)
    re.compile(rf"\b(?:{FIGHTER_NOUNS}\s+of|(?:fight|fights|fought|fighting)\s+for)\s+(?:the\s+)?"
               rf"(?P<n>{_NAME})"),
)


def type_fighting_owners(ctx: IngestContext, section: Section) -> None:
    """State as a kg:ArmedGroup an organisation the graph does not have, which a sentence
    shows by its fighters ("Lake Front gunmen", "fighters of the Kano Battalion", "fought for
    the X"), minted. The organisations the graph has are `kg.ingest.mentions`' (which links
    them only where the name is certain). Refused, and said in the review: a name a
    nationality qualifies ("the Kurdish Ansar al-Islam": which organisation of the name is not
    said), a name that does not say it is an organisation's (`could_name_new_organisation`: a
    single word may be a clan, a place or a person), a state's force or body, an acronym alone
    that something in the graph bears."""
    for sentence in ctx.sentences(section):
        for pattern in _FIGHTERS_SHAPES:
            for match in pattern.finditer(sentence.text):
                named = _without_opening(match.start("n"), match["n"])
                if named is None:
                    continue
                name = named[1]
                first = name.split()[0]
                if is_adjective_word(first) or first in DEMONYMS:
                    ctx.extracted(section, f"{name!r} not typed an armed group: a nationality "
                                           "or creed qualifies the name")
                    continue
                names = parse_named(name)
                written = (names.names or names.acronyms or [""])[0]
                if not written or any(ctx.index.lookup(n)[0] is not None
                                      for n in [*names.names, *names.acronyms]):
                    continue  # the graph has it: the mention linker's
                # "militants of the Front": a head word alone is the writer's short form of an
                # organisation named in full elsewhere, never a new one
                generic = len(written.split()) == 1 and is_organisation_head(written)
                if (generic or not could_name_new_organisation(written)
                        or STATE_FORCE.search(name) or names_a_state_body(name)):
                    ctx.extracted(section, f"{name!r} not typed an armed group: the name does "
                                           "not say it is an armed organisation's")
                    continue
                iri = ctx.group(section, names, sentence.line)
                if iri is None or iri == ctx.subject:
                    continue
                ctx.add(section, iri, RDF.type, KG.ArmedGroup, sentence.line)
                ctx.index.add_kind(iri, "group")
                ctx.extracted(section, f"{ctx.short(iri)} an armed group: shown by its fighters "
                                       f"({match.group(0)!r})")


# ------------------------------------------------------------------ the object of a pledge

# "pledged allegiance to the Islamic State", "swore an oath of allegiance to the Lake Front in
# 2014": what a pledge of allegiance is given to is a person or an organisation; a name that
# says it is an organisation's (a head word: State, Front, Army …) is the organisation. Never a
# name that qualifies a noun after it ("to Islamic State leader X") or is a possessor ("to the
# Islamic State's leader"): the sentence goes on past the name only with a preposition, a
# conjunction or a stop.
_PLEDGED_TO = re.compile(
    rf"\b(?:pledged|pledging|swore|sworn|swearing|renewed|renewing|gave|giving)\s+"
    rf"(?:(?:its|his|their|her|an?|the|formal|public|full)\s+){{0,2}}"
    rf"(?:allegiance|bay[’']?ah|oath(?:\s+of\s+(?:allegiance|loyalty))?|loyalty)\s+to\s+"
    rf"(?:the\s+)?(?P<n>{_NAME})(?![’'\w-])"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:in|and|around|but|after|before|when|while|on|at|by|until|"
    rf"from|as|which|who|instead|rather|during|since)\b)"
)


def state_pledged_to(ctx: IngestContext, section: Section) -> None:
    """The organisation a pledge of allegiance is given to, linked from the section
    (`schema:mentions`) and, where the graph lacks it, minted: an analyst asking which profiles
    speak of the Islamic State gets the profile that says its faction pledged to it, though no
    other reader takes a fact from the sentence, and the profile ingested first names it as
    certainly as the later ones (issue #12: one thing, one IRI, linked from all that name it).
    The name must say it is an organisation's (`could_name_new_organisation`); a name the graph
    knows as a person or a place, or the profile's own group, is left alone."""
    for sentence in ctx.sentences(section):
        for match in _PLEDGED_TO.finditer(sentence.text):
            named = _without_opening(match.start("n"), match["n"])
            # each side of an "and" must say it is an organisation's: "to Karim Tahir and Omar
            # Said" names two persons, "to the Movement for Unity and Jihad" one organisation
            if named is None or not all(could_name_new_organisation(part) for part in
                                        re.split(r"\s+and\s+", named[1])):
                continue
            names = parse_named(named[1])
            if not names.names:
                continue  # an acronym alone is no evidence of which bearer it is
            person_or_place, _, _ = ctx.index.lookup(names.names[0], "person", "place")
            if person_or_place is not None:
                continue
            iri = ctx.group(section, names, sentence.line)
            if iri is None or iri == ctx.subject:
                continue
            ctx.add(section, ctx.section_graph(section.key), SCHEMA.mentions, iri, sentence.line)
            ctx.extracted(section, f"mentions {ctx.short(iri)}: the organisation a pledge of "
                                   f"allegiance is given to ({named[1]!r})")
