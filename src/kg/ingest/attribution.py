"""Who an attack entry credits, and how: a small grammar of attribution statements.

An entry is read as a sequence of statements, each a shape of clause that names organisations
and says how the text links them to the attack:

- conduct: "⟦X⟧ fighters attacked", "A woman from the Black Tigers, …, killed", "Black Tiger
  suicide bombers drove", "fighters loyal to Isnilon Hapilon and the Maute Group held";
- claim: "⟦X⟧ claimed responsibility", "⟦X⟧ admitted the bombing", "⟦X⟧ spokesman Abu Soliman
  claimed", "⟦X⟧ released a statement announcing";
- third-party attribution: "Indian investigators attributed the bombings to ⟦X⟧", "India
  blamed ⟦X⟧ and ⟦Y⟧ for", "attributed to ⟦X⟧ a suicide bombing";
- suspicion and hedging: "police suspected ⟦X⟧ of", "⟦X⟧ is believed to have", "⟦X⟧ reportedly";
- denial: "⟦X⟧ denied any part", "which denied any involvement", "both groups denied", "the
  group never claimed it", "did not claim".

Statements are found left to right; each organisation takes the modality of the first statement
that names it, except that a denial never overrides anything else: a group others blame and that
denies it stays `attributed` (the denial is kept in the verbatim), and `denied` is stated only
where the denial is all the entry says of the group. A denial names its groups or points back
("which", "both groups", "the Tigers") to the groups of the statement before it.

Organisations are the slots of the template (`kg.ingest.slots`); an unknown capitalised name is
taken as an organisation only where the clause says it is one: after "attributed … to", "blamed",
"suspected", or before a word for its members ("Black Tiger suicide bombers", "a woman from
the Black Tigers"). A nationality adjective ("Kurdish fighters") is never a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest.context import IngestContext
from kg.ingest.group_references import (
    FOREIGN_HEADS,
    head_noun_spans,
    leaders_men_spans,
    own_name_spans,
)
from kg.ingest.names import (
    NameSet,
    core_of_name,
    is_adjective_word,
    is_organisation_head,
    is_organisation_name,
    looks_like_person,
    parse_named,
    split_owner,
    strip_article,
)
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted, slotted
from kg.names import normalise_name
from kg.namespaces import KG

_AND = r"(?:\s{0,5},\s{0,5}(?:and\s{1,5})?|\s{1,5}and\s{1,5}(?:its\s+allies,?\s+|(?:also\s+)?by\s+)?|\s+along\s+with\s+|\s+as\s+well\s+as\s+)"  # noqa: E501
# A list of known organisations only (slots), and one that may also hold unknown names.
_SLOTS = rf"(?:the\s+)?{G}(?:{_AND}(?:the\s+)?{G}){{0,8}}"
_NAMED = rf"(?:the\s+)?(?:{G}|{NAME})(?:{_AND}(?:the\s+)?(?:{G}|{NAME})){{0,8}}"
_APPOSITIVE = r"(?:\s{0,5},\s{0,5}[^,.;]{1,60},)?,?"
_MEMBERS = (
    r"(?:suicide\s+)?(?:militants|fighters|members|gunmen|operatives|commandos|guerrillas|"
    r"bombers|cadres|fronts|units|attackers|insurgents)"
)
_MEMBER = (
    r"(?:woman|man|member|members|fighter|fighters|militant|militants|gunman|gunmen|bomber|"
    r"bombers|attacker|attackers|commando|commandos|cadres|"
    r"unit|units|cell|team|squad)"
)
_DEED = (
    r"(?:conducted|perpetrated|carried\s+out|attacked|launched|stormed|bombed|detonated|"
    r"kidnapped|abducted|ambushed|killed|executed|took|seized|assaulted|raided|targett?ed|"
    r"fired|shot|struck|overran|staged|waged|drove|held|massacred|blew\s+up|planted|hijacked|"
    r"crossed|murdered|assassinated|overran|besieged|set\s+off|opened\s+fire|occupied|captured|"
    r"hit|shelled|torched|burned|destroyed|fell\s+on|fought|"
    r"(?:began|started|kept|continued)\s+(?:firing|shelling|attacking|shooting|bombing|"
    r"launching)|joined\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:assault|attack|offensive|raid|"
    r"operation|fighting|battle|siege)|"
    r"led\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:attack|assault|push|offensive|raid|charge|operation))"
)
_I = re.I
# "attributed the blast to a misfired ⟦PIJ⟧ rocket": a weapon or a cell of the group named
# after it is the group's
_WEAPON = (
    r"(?:rocket|rockets|missile|missiles|bomb|bombs|mortar|mortars|device|shell|shells|drone|"
    r"cell|cells|unit|squad|commando|operatives|fighters|militants|gunmen)\b"
)
# a word of a name: capitalised, or an Arabic article joined to one ("al-Quds", "al-Aqsa")
_WORD = r"(?:[A-Z][\w’'\-]{0,40}|(?:al|el|ad|ash|ar|as|at|az|an|ad|ud|ul)-[\w’'\-]{1,40})"
# An unknown name that says it is an organisation ("the Maute Group", "the Dune Battalion"):
# where a person could stand as well ("fighters loyal to Hamidou Cissé"), only such a name is
# taken as an organisation.
_ORG_NAME = (
    rf"(?-i:(?=(?:{_WORD}\s+){{0,5}}(?:Group|Brigades?|Battalions?|Front|Movement|"
    r"Army|Tigers|Party|Council|Network|Organi[sz]ation|Union|Forces|Militia|Jihad|Ansar\w*|"
    rf"Jama\w*|Province|Wilayat?|Branch|Emirate|Column|Unit|Squad|Regiment)\b){NAME})"
)
# A unit or faction acting under its own name ("The Provisionals’ Belfast Brigade set off …"):
# only a name whose head word says it is one, never a state's forces.
_UNIT_NAME = (
    rf"(?-i:(?!(?:Security|Government|Armed|Police|National|Federal|Special|Border|Military|"
    rf"Defen[cs]e|Coalition|Allied|Joint|Rapid|Republican\s+Guard|Presidential|Royal|State)\b)"
    rf"(?=(?:{_WORD}\s+){{0,5}}(?:Brigades?|Battalions?|Column|Unit|Squad|Cell|"
    rf"Tigers|Province|Wilayat?)\b){NAME})"
)
# claimants the clause names: known organisations, or names that say they are organisations
_ACRONYM = r"(?-i:\b(?:[A-Z][A-Z0-9]{1,9}|[0-9]{1,3}[A-Z]{1,4})(?:-[A-Z0-9]{1,9}){0,3}\b)"
# "the New IRA": a word before an acronym makes a name of its own, not the acronym's group
_WORD_ACRONYM = r"(?-i:[A-Z][a-z][\w’'-]{0,30}\s+[A-Z][A-Z0-9]{1,9}\b)"
# A claimant may be any name ("The Taliban claimed", "Tehrik-i-Taliban Pakistan claimed"):
# the verb says it is an organisation or a person, and `_organisation` refuses persons,
# places and adjectives. "Fatah’s al-Aqsa Martyrs’ Brigades": an owner before the name.
_CLAIMANT = rf"(?:(?:{G}|{NAME})(?:’s|'s)\s+)?(?:{G}|{_ORG_NAME}|{_WORD_ACRONYM}|{_ACRONYM}|{NAME})"
_CLAIMERS = (
    rf"(?:the\s+|an?\s+)?[“\"]?{_CLAIMANT}[”\"]?(?:{_AND}(?:the\s+)?{_CLAIMANT}){{0,8}}"
)
# the one a claim is made for: a known organisation or the profile's own group
_FOR = r"(?:(?P<list>(?:the\s+)?⟦\d+⟧)|(?P<ana>the\s+(?:group|movement|organi[sz]ation)|it))"
_SPEAKERS = (
    r"(?:claimed|admitted|announced)\b[^.;]{0,80}?\b(?:and\s+)?(?:said|saying|stated|stating|"
    r"added|adding)"
)

# (name of the shape, modality, pattern): every pattern has a group `list`, the organisations.
_OF_MEMBERS = (
    r"(?:(?:fighters|members|militants|cells?|gunmen|operatives|elements|supporters)\s+"
    r"(?:of|from)\s+(?:the\s+)?)"
)

# "the Dogon militia Dan Na Ambassagou": a description before the name, no part of it
_DESCRIBED = (
    r"(?:(?:the\s+|an?\s+)?(?:(?-i:[A-Z][\w’'-]+)\s+)?(?-i:militia|group|movement|faction|"
    r"organi[sz]ation|outfit|network|rebel\s+group|armed\s+group)\s+)?"
)

# what others say a group did: "officials said the ⟦H⟧ had organised it", "intelligence
# officials said that ⟦ISI⟧ officers had helped plan the bombing"
_REPORTED_DEED = (
    rf"(?:{_DEED}|organi[sz]ed|planned|ordered|directed|financed|masterminded|prepared|"
    rf"carried\s+(?:it|them|this)\s+out|(?:was|were)\s+(?:behind|responsible))"
)
_SPEAKER = (
    r"(?:officials|officers|investigators|prosecutors|police|intelligence|authorities|"
    r"government|ministry|army|military|spokesman\s+for\s+the\s+(?:army|police|government)|"
    r"analysts|experts|sources|diplomats|commanders?|cadres|members|defectors|witnesses|"
    r"survivors|Washington|Kabul|Islamabad|New\s+Delhi|"
    r"Delhi|Moscow|Ankara|Baghdad|Bamako|Tehran|Jerusalem|Paris|London)"
)

# "suspect the cell that became ⟦X⟧", "blamed the faction that later formed ⟦X⟧": the group
# the description names
_BECAME = (
    r"(?:the|a)\s+(?:cell|faction|group|men|unit|network|wing|splinter|circle)\s+(?:that|which|"
    r"who)\s+(?:later\s+|would\s+)?(?:became|become|formed|form|founded|found|turned\s+into)\s+"
    r"(?:the\s+)?"
)

_SHAPES: list[tuple[str, str, re.Pattern[str]]] = [
    # "prosecutors described them as ⟦AAI⟧ members", "police identified the men as members of
    # ⟦X⟧": others say who the attackers were
    ("described as members", "attributed", re.compile(
        rf"\b(?:described|identified|named|labelled|labeled|branded)\s+(?:them|him|her|the\s+"
        rf"(?:men|attackers|gunmen|bombers|suspects|cell|group))\s+as\s+(?:an?\s+)?"
        rf"(?:{_OF_MEMBERS}|(?:members?|militants?|fighters?|operatives?)\s+of\s+(?:the\s+)?)?"
        rf"(?P<list>{_NAMED})", _I)),
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
    # "charged X, Y and members of both ⟦AQ⟧ and ⟦EIJ⟧": the organisations whose members
    # were charged
    ("members charged", "attributed", re.compile(
        rf"\b(?:charged|indicted|accused|prosecuted|convicted|sentenced|jailed)\s+[^.;]{{0,80}}?"
        rf"\b(?:members|leaders|militants|cadres|operatives|fighters|commanders)\s+of\s+"
        rf"(?:both\s+)?(?:the\s+)?(?P<list>{_NAMED})", _I)),
    # "a ⟦UVF⟧ member, Robert Campbell, was convicted of the bombing": one of its men was
    # found to have done it; the group is attributed, not its own claimant
    ("member convicted", "attributed", re.compile(
        rf"\b(?:an?|one|two|three|several)\s+(?P<list>{G}|{_ORG_NAME}|{_ACRONYM})\s+"
        rf"(?:member|members|militant|militants|man|men|gunman|gunmen|volunteer|volunteers|"
        rf"fighter|fighters|operative|operatives)(?:\s*,\s*[^,.;]{{1,60}},)?\s+(?:was|were|"
        rf"had\s+been)\s+(?:later\s+)?(?:convicted|charged|jailed|sentenced|found\s+guilty)\b",
        _I)),
    # "a second claim was issued in the name of ⟦MLF⟧"
    ("claim issued in a name", "claimed", re.compile(
        rf"\bclaims?\s+(?:was|were)\s+(?:(?:also|later|then)\s+)?(?:issued|made|published|posted|released|"
        rf"put\s+out)\s+in\s+the\s+name\s+of\s+(?P<list>{_NAMED})", _I)),
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
    # "laid the campaign at ⟦JI⟧’s door", "at the door of ⟦X⟧"
    ("laid at the door", "attributed", re.compile(
        rf"\blaid\s+(?:[\w’'-]{{1,40}}\s+){{0,8}}?at\s+(?:the\s+door\s+of\s+(?P<list>{_NAMED})|"
        rf"(?P<own>(?:the\s+)?(?:{G}(?:’s|'s|’|')|{NAME}))\s+door)", _I)),
    # terse: "Claim by an unknown group, X", "Joint claim: X and Y", "Claimed by X"
    ("terse claim", "claimed", re.compile(
        rf"(?:\b(?:joint\s+)?claim(?:ed)?\s+(?:jointly\s+)?by|\bjoint\s+claim\s*:|\bclaimed\s*:)"
        rf"\s+(?:an?\s+(?:unknown|little-known|new|obscure|previously\s+unknown)\s+(?:group|"
        rf"organi[sz]ation|outfit)\s*,\s*)?(?P<list>{_NAMED})", _I)),
    # "a front for ⟦TTP⟧" as others see it: the group behind the claimant is suspected
    ("front behind a claimant", "implicated", re.compile(
        rf"\b(?:suspect\w*|believ\w*|seen|thought|said|alleged\w*|considered|regarded|described)"
        rf"\b[^.;]{{0,60}}?\bfront\s+(?:group\s+|organi[sz]ation\s+|name\s+)?(?:for|of)\s+"
        rf"(?P<list>{_NAMED})", _I)),
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:attributed|blamed|pinned)\s+(?:(?:the|an?|it|them)\s+)?(?:[\w’'-]{{1,40}}\s+){{0,8}}?"
        rf"(?:to|on)\s+(?:{_OF_MEMBERS}|the\s+(?:military|armed|political)\s+wing\s+of\s+|"
        rf"(?:an?|the)\s+(?:(?-i:[a-z][\w-]{{2,20}})\s+){{0,2}}(?=(?:{G}|{NAME})\s+{_WEAPON})|"
        # "attributed to the nascent al-Nusra": a word about the group before its name
        rf"the\s+(?:(?-i:[a-z][\w-]{{2,20}})\s+){{1,2}}(?=(?:{G}|{NAME})))?"
        rf"(?P<list>{_NAMED})", _I)),
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:blamed|held)\s+{_DESCRIBED}(?P<list>{_NAMED})\s+(?:responsible\s+)?for\b", _I)),
    # "held the Organisation responsible and charged …": responsible with no "for"
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:held|hold|holds|deemed|considered|found)\s+{_DESCRIBED}(?P<list>{_NAMED})\s+"
        rf"(?:\w+\s+)?responsible\b", _I)),
    # "authorities blamed the SAF." / "accused the SAF of", "charged the SAF with"
    ("third-party attribution", "attributed", re.compile(
        rf"\bblamed\s+(?:{_OF_MEMBERS})?{_DESCRIBED}(?P<list>{_NAMED})(?:\s+{_MEMBERS})?"
        rf"(?=\s*[,.;]|\s*$)",
        _I)),
    ("third-party attribution", "attributed", re.compile(
        rf"\b(?:accused|charged)\s+(?P<list>{_NAMED})\s+(?:of|with|over)\b", _I)),
    # passive: "was claimed by X", "was carried out by X and Y"
    ("passive claim", "claimed", re.compile(
        rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|quickly|swiftly|promptly|also|"
        rf"jointly)\s+)?claimed\s+(?:both\s+|jointly\s+|(?:[\w-]+\s+){{1,4}}?)?by\s+"
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
    ("hedged act", "implicated", re.compile(
        rf"(?P<list>{_SLOTS})\s+(?:(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|"
        r"suspected|said|alleged)\s+to\s+(?:have|be\s+(?:behind|responsible))|reportedly|"
        r"allegedly|probably|likely)\s+\w", _I)),
    ("spokesman's claim", "claimed", re.compile(
        rf"\bspokes(?:man|woman|person)\s+for\s+(?:(?P<list>{_SLOTS})|(?P<ana>the\s+group|it))"
        rf"\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?(?:claimed|announced)\b", _I)),  # noqa: E501
    ("voice's claim", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})(?:’s|'s)?|\b(?P<ana>the\s+group[’']s|its))\s+(?:(?:own|official)\s+)?"
        rf"(?:{NAME}\s+)?(?:news\s+agency|media\s+(?:arm|wing|outlet|office)|propaganda\s+"
        rf"(?:arm|outlet|wing))\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?"
        rf"(?:claimed|announced|said)\b", _I)),
    # "the SAF said it had carried out", "in a statement, the group said it was behind", "the
    # IMU then declared that its own fighters had carried it out"
    ("said it did", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})|\b(?P<ana>the\s+group))(?:\s{{0,5}},\s{{0,5}}[^,.;]{{1,60}},)?\s+"
        rf"(?:(?:then|later|also|soon|itself)\s+)?(?:said|stated|announced|declared|boasted|"
        rf"insisted|confirmed)\s+(?:that\s+)?(?:it|they|its\s+(?:own\s+)?(?:fighters|men|members|"
        rf"militants|commandos|units?|cells?|operatives))\s+(?:had\s+)?"
        rf"(?:{_DEED}|carried\s+(?:it|them|this)\s+out|was\s+behind|were\s+behind|"
        rf"was\s+responsible|were\s+responsible|meant|intended|planned|placed|left|sent|"
        rf"targeted|chosen|aimed)\b", _I)),
    ("spokesman's claim", "claimed", re.compile(
        rf"(?:(?P<list>{_SLOTS})(?:’s|'s)?|\b(?P<ana>the\s+group[’']s|its))\s+(?:(?:chief|main|official)\s+)?spokes(?:man|woman|person)"
        rf"\s{{0,5}},?\s{{0,5}}(?:{NAME}\s{{0,5}},?\s{{0,5}})?(?:(?:has|had)\s+)?(?:claimed|announced)\b", _I)),  # noqa: E501
    ("announcement", "announced", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:(?:released|issued)\s+a\s+statement\s+announc\w*|"
        r"announced\s+that\s+it\s+had)\b", _I)),
    ("claim", "claimed", re.compile(
        rf"(?P<list>{_CLAIMERS}){_APPOSITIVE}\s+(?:(?:has|have|had)\s+)?(?:(?:jointly|together|"
        r"both|also|later|quickly|swiftly|promptly|immediately|publicly)\s+)?(?:(?:claimed|"
        r"admitted)(?:\s+(?:responsibility|credit)\b|\b)|(?:took|accepted|assumed)\s+(?:full\s+)?"
        r"(?:responsibility|credit)\b)", _I)),
    ("implication", "implicated", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
        r"(?:(?:widely|also|later|first)\s+)?(?:implicated|suspected)\b", _I)),
    # "⟦X⟧ and Merabet were blamed for": others' attribution in the passive
    ("passive attribution", "attributed", re.compile(
        rf"(?P<list>{_SLOTS}){_APPOSITIVE}\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
        r"(?:(?:widely|also|later|first|officially)\s+)?(?:blamed|accused|held\s+responsible)\b",
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
    ("members acting", "conducted", re.compile(
        rf"(?P<list>(?:the\s+)?(?:{G}|{NAME}))\s+{_MEMBERS}\s+(?:who\s+[^,.;]{{1,80}}?\s+)?{_DEED}\b", _I)),  # noqa: E501
    # "al-Nusra and Ahrar al-Sham fighters, united in the Army of Conquest, took Idlib": the
    # groups whose fighters acted, not the coalition they were united in
    ("members of several acting", "conducted", re.compile(
        rf"(?P<list>{_NAMED})\s+{_MEMBERS}\s*,\s*(?:united|grouped|fighting|allied)\s+(?:in|under|"
        rf"as)\s+[^,.;]{{1,80}},\s+{_DEED}\b", _I)),
    # "Fighters of the Sinia Brigade raided …": a unit named by the clause as organisation
    ("fighters of", "conducted", re.compile(
        rf"\b(?:fighters|members|militants|gunmen|commandos|units?|cells?|cadres|snipers|volunteers|"
        rf"bombers|operatives|men)\s+(?:of|from)\s+"
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
    r"(?:\s{0,5},\s{0,5}[^,.;]{1,60},)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:denied|denies|rejected\s+(?:any\s+)?(?:responsibility|role|involvement|part)|"
    r"disclaimed|disowned|claimed\s+nothing|(?:had|has)\s+nothing\s+to\s+do\s+with|"
    r"did\s+not\s+claim|does\s+not\s+claim|"
    r"never\s+claimed|has\s+not\s+claimed|have\s+not\s+claimed|did\s+not\s+admit|"
    r"(?:has\s+|have\s+|had\s+)?never\s+admitted|(?:has|have|had)\s+not\s+admitted)\b",
    _I,
)
# the one whose words a pronoun reports: "⟦X⟧ said that it …", "⟦X⟧ insisted they …"
_SPEAKER_BEFORE = re.compile(
    rf"(?P<g>{G})[^.;⟦]{{0,40}}?\b(?:said|stated|insisted|declared|maintained|claimed|"
    rf"announced|replied|answered)\s+(?:that\s+)?$",
    re.I,
)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no)\s+$", _I)


@dataclass(frozen=True)
class Statement:
    """One clause that links organisations to the attack."""

    shape: str
    modality: str
    start: int  # template offsets of the whole clause and of its list of organisations
    end: int
    groups: tuple[URIRef, ...]


def read_attributions(
    ctx: IngestContext, section: Section, template: Slotted
) -> list[tuple[URIRef, str, str]]:
    """(organisation, modality, verbatim) for every organisation the entry credits, in order of
    first mention; empty when the entry names nobody (the caller then falls back to the page's
    subject)."""
    template = _with_group_slotted(ctx, template)
    statements: list[Statement] = []
    taken: list[tuple[int, int]] = []
    _claims_made_for(ctx, section, template, statements, taken)
    for shape, modality, pattern in _SHAPES:
        for match in pattern.finditer(template.text):
            if "ana" in pattern.groupindex and match["ana"]:
                span = match.span("ana")  # "the group's spokesman", "its spokesman": the page's
                groups = [ctx.subject] if ctx.subject is not None else []
            elif "own" in pattern.groupindex and match["own"]:
                span = match.span("own")  # "at ⟦JI⟧’s door", "in the DF’s name"
                groups = []
            else:
                span = match.span("list")
                groups = []
            if any(not (span[1] <= a or span[0] >= b) for a, b in taken):
                continue
            if _PARENT_IN_APPOSITIVE.search(template.text, 0, span[0]) and re.match(
                r"\s*,", template.text[span[1]:]
            ):
                continue  # "⟦U⟧, a unit of ⟦SAF⟧, carried out": the unit did, not ⟦SAF⟧
            groups = groups or _groups(ctx, section, template, span, named=shape != "conduct",
                                       shown=shape not in _OPEN_SLOT_SHAPES)
            if not groups and shape == "claim" and _voice_of_group(ctx, template, span):
                groups = [ctx.subject]  # "Abu Salma claimed": the group's man speaks for it
            if not groups:
                continue
            taken.append(span)
            statements.append(Statement(shape, modality, match.start(), match.end(), tuple(groups)))
    _units_of(ctx, section, template)
    statements += _with_partners(ctx, section, template, statements)
    statements += _led_by_the_leader(ctx, template)
    statements += _owner_claims(ctx, section, template, statements)
    statements.sort(key=lambda s: s.start)
    statements += _back_references(ctx, section, template, statements)
    statements.sort(key=lambda s: s.start)
    denials: list[Statement] = []
    for match in _DENIAL.finditer(template.text):
        if match["list"]:
            groups = _groups(ctx, section, template, match.span("list"), named=False)
        else:
            speaker = _SPEAKER_BEFORE.search(template.text, 0, match.start("ana"))
            before = [s for s in statements if s.start < match.start()]
            groups = list(before[-1].groups) if before else []
            if speaker is not None and template.entity(speaker["g"]) is not None:
                groups = [template.entity(speaker["g"])]  # "⟦X⟧ said it had nothing to do"
            if not groups and ctx.subject is not None:
                groups = [ctx.subject]
        if groups:
            denials.append(Statement("denial", "denied", match.start(), match.end(), tuple(groups)))
    statements += _hedged_work(ctx, template, statements)
    statements.sort(key=lambda s: s.start)
    doubted = bool(_DOUBTED_CLAIM.search(template.text))
    statements = [_on_others_word(template.text, s) for s in statements]
    result: dict[URIRef, tuple[str, str]] = {}
    for statement in statements:
        for group in statement.groups:
            verbatim = " ".join(template.original_span(statement.start, statement.end).split())
            if group not in result:
                result[group] = (statement.modality, verbatim)
            elif result[group][0] == "conducted" and statement.modality == "claimed":
                # "its fighters seized the plant …; it claimed the operation": the claim is
                # what the text says of the group's part, beyond telling the deed
                result[group] = (statement.modality, verbatim)
            elif (result[group][0] == "claimed" and statement.shape == "hedged work"
                  and doubted):
                # "a claim in its name, never authenticated; only suspected to be its work":
                # the hedge binds to the group's part, the claim being in doubt
                result[group] = (statement.modality, verbatim)
    for denial in denials:
        for group in denial.groups:
            if group not in result:
                verbatim = " ".join(template.original_span(denial.start, denial.end).split())
                result[group] = ("denied", verbatim)
    ordered = sorted(
        result,
        key=lambda g: min(s.start for s in [*statements, *denials] if g in s.groups),
    )
    return [(g, *result[g]) for g in ordered]


# "⟦X⟧ carried out the raid, according to the police": the clause's deed is told on others' word
_ACCORDING_AFTER = re.compile(r"^[^.;]{0,120}?,\s*according\s+to\b", re.I)


def _on_others_word(text: str, statement: Statement) -> Statement:
    """A deed whose clause ends "according to …" is attributed, not conducted: the hedge
    binds to the clause it closes, not to the entry."""
    if statement.modality != "conducted" or not _ACCORDING_AFTER.match(text, statement.end):
        return statement
    return Statement(statement.shape, "attributed", statement.start, statement.end,
                     statement.groups)


# a claim the entry itself doubts
_DOUBTED_CLAIM = re.compile(
    r"\b(?:never|not|could\s+not\s+be|was\s+not|has\s+not\s+been)\s+(?:been\s+)?"
    r"(?:authenticated|verified|confirmed)\b|\bunverified\b|\bof\s+doubtful\s+authenticity\b|"
    r"\bauthenticity\s+(?:was|is|remains)\s+(?:doubtful|disputed|in\s+doubt)\b",
    re.I,
)
# "the bombings are still only suspected to be its work", "are believed to have been the
# ⟦X⟧’s doing": a hedge on the group's part, pointing back by a possessive
_HEDGED_WORK = re.compile(
    rf"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+|widely\s+|generally\s+)?"
    rf"(?:only\s+)?(?:suspected|believed|thought|assumed|presumed)\s+to\s+(?:be|have\s+been)\s+"
    rf"(?:(?P<ana>its|their|the\s+group[’']s)|(?P<list>{G})(?:’s|'s))\s+(?:own\s+)?"
    rf"(?:work|doing|handiwork|operation|act)\b",
    re.I,
)


def _hedged_work(
    ctx: IngestContext, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    found: list[Statement] = []
    for match in _HEDGED_WORK.finditer(template.text):
        if match["list"]:
            iri = template.entity(match["list"])
            groups = (iri,) if iri is not None else ()
        else:
            before = [s for s in statements if s.start < match.start()]
            groups = before[-1].groups if before else (
                (ctx.subject,) if ctx.subject is not None else ())
        if groups:
            found.append(Statement("hedged work", "implicated", match.start(), match.end(),
                                   tuple(groups)))
    return found


# "with ⟦AQIM⟧ and ⟦MUJAO⟧," after a deed, or an entry that opens "With ⟦AQIM⟧, took …"
_WITH_PARTNERS = re.compile(
    rf"(?P<open>(?:^|[:;]\s*)\W*)?(?:(?:along|together)\s+with|\bwith|\balongside|\bbeside)\s+"
    rf"(?P<list>{_NAMED})(?:\s*,|(?=\s+(?:in|at|on|near|against|during|from|for|and)\b|\s*[.;]|\s*$))",
    _I,
)
_DEED_BEFORE = re.compile(rf"\b(?:{_DEED}|led|spearheaded|headed)\b[^.;]{{0,40}}$", _I)
_DEED_AFTER = re.compile(rf"\s*{_DEED}\b", _I)  # used with .match(text, pos)


def _with_partners(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    """Partners in the deed: "⟦AD⟧ led the push, with ⟦AQIM⟧ and ⟦MUJAO⟧, on Konna" (they
    conducted it too) and the subjectless "With ⟦AQIM⟧, took Timbuktu" (the profile's group
    and the partner conducted it)."""
    found: list[Statement] = []
    for match in _WITH_PARTNERS.finditer(template.text):
        groups = _groups(ctx, section, template, match.span("list"), named=True, shown=False)
        if not groups:
            continue
        if match["open"] is not None and _DEED_AFTER.match(template.text, match.end()):
            if ctx.subject is not None:
                groups = [ctx.subject, *[g for g in groups if g != ctx.subject]]
        elif not _DEED_BEFORE.search(template.text, 0, match.start()):
            continue
        found.append(Statement("with partners", "conducted", match.start(), match.end(),
                               tuple(groups)))
    return found


# "both claimed its capture", "and so did ⟦GI⟧ and ⟦IJG⟧": the groups the clause points back
# to, or names, take the modality of the statement before
_BOTH = re.compile(
    r"\b(?:both|the\s+two)(?:\s+(?:groups|organi[sz]ations|movements))?\s+(?:(?:later|also|"
    r"quickly)\s+)?(?:claimed|took\s+responsibility|admitted)\b",
    re.I,
)
# "an unknown International Justice Group": a determiner and a word of doubt before a name
_DET = (
    r"(?:(?:the|an?)\s+(?:(?:unknown|little-known|obscure|new|previously\s+unknown|shadowy)\s+)?)?"
)
_SO_DID = re.compile(
    rf"\bso\s+did\s+(?P<list>{_DET}(?:{G}|{NAME})(?:{_AND}{_DET}(?:{G}|{NAME})){{0,8}})", re.I
)


def _back_references(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    found: list[Statement] = []
    for match in _BOTH.finditer(template.text):
        before = [s for s in statements if s.start < match.start() and len(s.groups) > 1]
        if before:
            found.append(Statement("both claimed", "claimed", match.start(), match.end(),
                                   before[-1].groups))
    for match in _SO_DID.finditer(template.text):
        before = [s for s in statements if s.start < match.start()]
        groups = _groups(ctx, section, template, match.span("list"), named=True)
        if before and groups:
            found.append(Statement("so did", before[-1].modality, match.start(), match.end(),
                                   tuple(groups)))
    return found


_SELF_REFERENCE = re.compile(
    r"\b(?:the\s+(?-i:group|organi[sz]ation|movement))(?![\w-])", re.I
)


_ITS_MEMBERS = re.compile(
    r"(?<=\bto\s)its\s+(?:own\s+)?(?:members|fighters|militants|cadres|men|operatives)\b", re.I
)


def _with_group_slotted(ctx: IngestContext, template: Slotted) -> Slotted:
    """The entry with "the group", "the organisation", "the movement" and the head noun of
    the group's own name ("the Front") slotted as the profile's group, where no other
    organisation is named before it (then the reference could be that one's)."""
    if ctx.subject is None:
        return template
    kept = [(a, b, template.slots[i]) for i, (_, _, a, b) in enumerate(template._pieces)]
    spans: list[tuple[int, int, URIRef]] = []
    text = template.original
    for match in _SELF_REFERENCE.finditer(text):
        if re.match(r"[’']s\s+(?:own\s+)?(?:news|media|propaganda|spokes)", text[match.end():]):
            continue  # "the group’s news agency": its own shape reads the voice
        spans.append((match.start(), match.end(), ctx.subject))
    spans += head_noun_spans(ctx, text, kept + spans)
    spans += own_name_spans(ctx, text, kept + spans)
    spans += leaders_men_spans(ctx, text, kept + spans)
    # "attributed the attack in part to its members": the group's members
    spans += [(m.start(), m.end(), ctx.subject) for m in _ITS_MEMBERS.finditer(text)]
    spans = [(a, b, iri) for a, b, iri in spans
             if not any(not (b <= x or a >= y) for x, y, _ in kept)
             and not any(other != ctx.subject and x < a for x, _, other in kept)]
    spans += [(a, b, iri) for a, b, iri in _head_references(ctx, text, kept)
              if not any(not (b <= x or a >= y) for x, y, _ in kept + spans)]
    if not spans:
        return template
    return slotted(ctx, text, kept + spans)


# "⟦U⟧, a unit of ⟦SAF⟧, carried out", "⟦U⟧, the SAF’s special brigade,": a part of the
# group named in an appositive
_UNIT_WORDS = (
    r"(?:unit|units|wing|brigade|battalion|faction|cell|branch|arm|squad|column|division|"
    r"province|section|company)"
)
_PARENT_IN_APPOSITIVE = re.compile(
    rf",\s*(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+(?:of|within)\s+"
    rf"(?:the\s+)?$",
    re.I,
)
_UNIT_OF = re.compile(
    rf"(?P<unit>{G})\s*,\s*(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+"
    rf"(?:of|within)\s+(?:the\s+)?(?P<parent>{G})\s*,"
    rf"|(?P<unit2>{G})\s*,\s*(?:the\s+)?(?P<parent2>{G})(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_UNIT_WORDS}\s*,",
    re.I,
)


def _units_of(ctx: IngestContext, section: Section, template: Slotted) -> None:
    """A unit the entry says is part of another organisation ("⟦U⟧, a unit of ⟦SAF⟧,") is
    tied to it by kg:affiliateOf (the nearest relation the model has for a part that answers
    to a senior body; not lineage). The unit alone is credited with the attack."""
    for match in _UNIT_OF.finditer(template.text):
        unit = template.entity(match["unit"] or match["unit2"])
        parent = template.entity(match["parent"] or match["parent2"])
        if unit is None or parent is None or unit == parent:
            continue
        ctx.add(section, unit, KG.affiliateOf, parent)
        ctx.extracted(section, f"{ctx.short(unit)} a unit of {ctx.short(parent)} (affiliate of)")


# "⟦IS⟧ claimed the bombings in ⟦ISCAP⟧’s name", "… for ⟦ISCAP⟧", "Yahya Saree claimed the
# strike for the movement": the claim is the named one's; the claimant (a parent, a person) is
# credited with nothing
_CLAIM_FOR = re.compile(
    rf"(?P<claimant>(?:the\s+)?(?:{G}|{NAME}))\s+(?:(?:has|had)\s+)?claimed\s+[^.;⟦]{{0,60}}?\s*"
    rf"(?:\bin\s+(?P<own>(?:the\s+)?{G})(?:’s|'s)\s+name|\bin\s+the\s+name\s+of\s+"
    rf"(?P<named>(?:the\s+)?{G})|\b(?:for|on\s+behalf\s+of)\s+{_FOR}(?=\s*(?:[,.;]|$|and\b|"
    rf"but\b|in\b|with\b|within\b|on\b|after\b)))",
    _I,
)


def _claims_made_for(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement],
    taken: list[tuple[int, int]],
) -> None:
    """Claims made in another's name: the named organisation claimed; the claimant's words
    are taken so no other shape credits it."""
    for match in _CLAIM_FOR.finditer(template.text):
        if match["ana"]:
            groups = [ctx.subject] if ctx.subject is not None else []
            span = match.span("ana")
        else:
            which = next(g for g in ("own", "named", "list") if match[g])
            span = match.span(which)
            groups = _groups(ctx, section, template, span, named=False)
        if not groups:
            continue
        taken += [match.span("claimant"), span]
        claimant = " ".join(template.original_span(*match.span("claimant")).split())
        ctx.reports[section.key].unused.append((
            section.start, claimant, "attribution",
            "claimed the attack in another's name or for it: the claim is credited to "
            f"{', '.join(ctx.short(g) for g in groups)}, not to the claimant",
        ))
        statements.append(Statement("claim made for", "claimed", match.start(), match.end(),
                                    tuple(groups)))


def _owner_claims(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    """"Militants of Belmokhtar’s Signed-in-Blood Battalion seized …; Belmokhtar claimed the
    operation": the man whose unit the entry names claims for that unit. Only a person the
    entry itself names as the unit's owner."""
    found: list[Statement] = []
    for match in _OWNER_CLAIMED.finditer(template.text):
        person = match["person"]
        owned = re.search(
            rf"(?<![\w-]){re.escape(person)}[’']s\s+(?P<unit>{_ORG_NAME})", template.text
        )
        if owned is None:
            continue
        groups = _groups(ctx, section, template, owned.span(), named=True)
        if groups:
            found.append(Statement("owner's claim", "claimed", match.start(), match.end(),
                                   tuple(groups)))
    return found


_OWNER_CLAIMED = re.compile(
    rf"(?:^|[;.]\s*|,\s+|\band\s+)(?P<person>{NAME})\s+(?:(?:has|had)\s+)?claimed\b", _I
)


_FOLLOWERS_OF = re.compile(
    rf"\b(?:fighters|forces|militants|men|gunmen|followers|loyalists)\s+(?:loyal\s+to|led\s+by|"
    rf"under)\s+(?P<person>{NAME})(?:\s+and\s+(?:the\s+)?(?:{G}|{NAME}))?\s+{_DEED}\b",
    _I,
)


def _led_by_the_leader(ctx: IngestContext, template: Slotted) -> list[Statement]:
    """"Fighters loyal to Isnilon Hapilon (and the Maute Group) held Marawi": fighters who
    follow a person the profile's own leadership paragraph names (a leader or a commander of
    the group) are the group's fighters, so the group conducted it; the other organisation
    named is read by the shapes. A person named nowhere in that paragraph credits nobody."""
    section = ctx.layout.get("leadership")
    if ctx.subject is None or section is None:
        return []
    found: list[Statement] = []
    for match in _FOLLOWERS_OF.finditer(template.text):
        name = template.original_span(*match.span("person")).strip()
        person, _, _ = ctx.index.lookup(name)
        if person is None or "person" not in ctx.index.kinds.get(person, set()):
            continue
        if name in section.body:
            found.append(
                Statement("fighters loyal to", "conducted", match.start(), match.end(),
                          (ctx.subject,))
            )
    return found


# Shapes whose slot a person fills as easily as an organisation ("Musa claimed the raid",
# "with Hapilon"): an unknown bare name there is an organisation only where the profile shows
# it as one (`_shown_as_organisation`).
_OPEN_SLOT_SHAPES = {"claim", "denial", "with partners"}


def _groups(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], *,
    named: bool, shown: bool = True,
) -> list[URIRef]:
    """The organisations of a list: its slots, and (where the clause says so) unknown names,
    resolved or created; a person, a place or a nationality adjective is never one. With
    `shown` false, an unknown bare name must be shown as an organisation by the profile."""
    found: list[URIRef] = []
    item = re.compile(rf"{G}|{NAME}" if named else G)
    for match in item.finditer(template.text, *span):
        iri = template.entity(match.group(0))
        _keep_loose_name(ctx, section, template, match.group(0), iri)
        if iri is None and not shown:
            written = strip_article(template.original_span(match.start(), match.end()).strip())
            written = _POSSESSIVE.sub("", _without_place(ctx, written))
            beside_a_group = re.search(G, template.text[span[0]:span[1]]) is not None and not (
                looks_like_person(written) or _person_in_profile(ctx, written))
            if not (beside_a_group or _shown_as_organisation(ctx, written)):
                continue  # "Musa claimed the raid": a bare name shown nowhere as a group
        part = _PART_BEFORE.search(template.text, 0, match.start())
        if iri is not None and part is not None:
            # "the Gao Province (GP) of the SAF claimed": the named part acts, not its parent
            iri = template.entity(part["g"]) or iri
        province = _PART_NAME_BEFORE.search(template.text, max(0, match.start() - 80),
                                             match.start())
        if iri is not None and province is not None:
            # "the Gao Province of ⟦CM⟧ claimed": the province acts, not its parent
            iri = _organisation(ctx, section, strip_article(province["part"]))
        if iri is None:
            name = strip_article(template.original_span(match.start(), match.end()).strip())
            name = _without_place(ctx, name)  # "the Taliban in Kunduz": the name runs on
            name = _PROVINCE_OF.sub(r"\g<part>", name)  # "Yemen Province of the Islamic State"
            owned = split_owner(name)
            owner = None
            if owned is not None:
                owner = _POSSESSIVE.sub("", name[: len(name) - len(owned)].strip())
                name = owned  # "Haddad’s Kidal Brigade", "the Provisionals’ Belfast Brigade"
            iri = _organisation(ctx, section, name)
            if (iri is not None and iri != ctx.subject and owner
                    and _shown_as_organisation(ctx, strip_article(owner))):
                # "The Islamic State’s Khorasan Province": the unit's full name says whose
                full = f"{strip_article(owner)} {name}"
                ctx.add(section, iri, SKOS.altLabel, Literal(full, lang="en"))
        written = strip_article(template.original_span(match.start(), match.end()))
        if (iri is not None and iri != ctx.subject and match.group(0).startswith("⟦")
                and not _exact_name_of_subject(ctx, written)
                and _short_form_of_subject(ctx, written)):
            # "Al-Nusra" slotted as the lineage's node, in the profile of the group once called
            # "Jabhat al-Nusra": a short form of the group's name is the group. A name the
            # profile gives exactly to the group and to another node ("Those Who Sign in
            # Blood", the battalion that merged into it) stays that node's.
            iri = ctx.subject
        if iri is not None and iri != ctx.subject and _one_of_subjects_names(ctx, iri):
            iri = ctx.subject  # "in ISCAP’s name" where ISCAP is one of the ADF's own names
        if iri is not None and iri not in found:
            found.append(iri)
    return found


_MEMBER_WORDS = (
    r"(?:fighters|militants|members|gunmen|cadres|operatives|units?|commanders?|leadership|"
    r"leaders?|spokes(?:man|woman|person)|emir|militia|cells?|camps?|ranks|wing|faction)"
)


def _keep_loose_name(
    ctx: IngestContext, section: Section, template: Slotted, token: str, iri: URIRef | None
) -> None:
    """A slot found only by the loose key ("Ansar Dine" for the curated "Ansar al-Din"): the
    profile's own spelling becomes an alternative name, so the name it uses is the group's."""
    found = re.fullmatch(r"⟦(\d+)⟧", token)
    if iri is None or found is None or iri == ctx.subject:
        return  # the group's own names are the Alternative Names paragraph's alone
    written = template.loose.get(int(found.group(1)))
    if written and "group" in ctx.index.kinds.get(iri, set()) | {"group"}:
        ctx.add(section, iri, SKOS.altLabel, Literal(strip_article(written), lang="en"))


def _shown_as_organisation(ctx: IngestContext, name: str) -> bool:
    """Whether the profile shows a bare name as an organisation: the index knows it as one,
    it carries an organisation's head word or is an acronym, or the profile writes it with an
    article ("the Taliban": a person takes none) or with its members ("Taliban fighters",
    "al-Mourabitoun’s commanders"). "Musa claimed the raid" alone shows nothing."""
    if not name:
        return False
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return bool(ctx.index.kinds.get(known, set()) & {"group", "organisation"})
    if _ORG_HEAD.search(name) or re.fullmatch(_ACRONYM, name):
        return True
    if looks_like_person(name) or _person_in_profile(ctx, name):
        return False
    text = "\n".join(section.body for section in ctx.layout.sections)
    quoted = re.escape(name)
    return bool(
        re.search(rf"\b(?:the|The)\s+{quoted}(?:’s|'s)?(?![\w’'-])(?!\s+(?-i:[A-Z]))", text)
        or re.search(rf"(?<![\w-]){quoted}(?:’s|'s)?\s+{_MEMBER_WORDS}\b", text)
    )


_ORG_HEAD = re.compile(
    r"(?-i:\b(?:Group|Brigades?|Battalions?|Front|Movement|Army|Tigers|Party|Council|Network|"
    r"Organi[sz]ation|Union|Forces|Militia|Jihad|Ansar\w*|Jama\w*|Province|Wilayat?|Branch|"
    r"Emirate|Column|Unit|Squad|Regiment|Taliban|Mujahideen|Mujahidin|Hezbollah|Hizb\w*|"
    r"Lashkar|Jaish|Harakat|Tehrik|Tahrir|Jabhat)\b)"
)


def _without_place(ctx: IngestContext, name: str) -> str:
    """A name that ran on into the place of the deed ("Taliban in Kunduz", the name pattern
    taking "in" as a word of names like "Al Qaida in the Islamic Maghreb"): cut where the
    rest is a place the gazetteer knows."""
    found = re.match(r"^(?P<name>.+?)\s+(?:in|at)\s+(?:the\s+)?(?P<place>[^,;]+)$", name)
    if found is None:
        return name
    place, _, _ = ctx.index.lookup(found["place"])
    if place is not None and "place" in ctx.index.kinds.get(place, set()):
        return found["name"]
    if ctx.find_places(found["place"], demonyms=False).places:
        return found["name"]
    return name


def _one_of_subjects_names(ctx: IngestContext, iri: URIRef) -> bool:
    """Whether an organisation the text names is, by its name or acronym, one the profile
    lists among its own group's alternative names ("Islamic State Central Africa Province
    (ISCAP)" in the ADF's): the profile says they are one."""
    if ctx.subject is None:
        return False
    own: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.acronym):
        for label in ctx.graph.objects(ctx.subject, predicate):
            parsed = parse_named(str(label))
            own |= {n.casefold() for n in [*parsed.names, *parsed.acronyms]}
    theirs = {str(label).casefold() for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.acronym)
              for label in ctx.graph.objects(iri, predicate)}
    return bool(own & theirs)


_PART_BEFORE = re.compile(rf"(?P<g>{G})\s+of\s+(?:the\s+)?$")
_PART_NAME_BEFORE = re.compile(
    r"(?P<part>\b(?-i:[A-Z][\w’'-]{1,40}\s+){1,4}(?-i:Province|Wilayat?|Branch|Emirate|Division|"
    r"Battalion|Brigade|Column|Unit|Cell|Company|Regiment|Squad|Detachment|Sector))"
    r"\s+of\s+(?:the\s+)?$"
)
_PROVINCE_OF = re.compile(
    r"^(?P<part>.+?\b(?:Province|Wilayat?|Branch|Emirate|Division))\s+of\s+(?:the\s+)?\S.*$"
)

_NOT_A_GROUP = re.compile(
    r"^(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|Many|Most|"
    r"Nobody|No|None|Nothing|Neither|Either|Each|Every|Everyone|Anyone|Someone|It|They|He|She|"
    r"This|That|These|Those|Both|Others|Another|Who|Which|"
    r"Government|Security|Police|Army|Militants|Fighters|Gunmen|Attackers|Insurgents|"
    r"Authorities|Officials|Investigators|Prosecutors|"
    # words that describe the attackers, not name them, when they open a sentence ("Suicide
    # bombers struck", "Masked gunmen opened fire", "Unidentified assailants")
    r"Suicide|Masked|Armed|Unidentified|Unknown|Suspected|Alleged|Twin|Coordinated|"
    r"Simultaneous|Rival|Local|Foreign|Female|Male|Teenage|Child|Heavily|Bombers|Assailants|"
    r"Gunman|Bomber|Attacker|Militant|Fighter|Jihadists?|Rebels?|Soldiers|Troops)$"
)

# "Kurdish", "Malaysian", "Korean": a single word shaped like a nationality adjective. The
# shorter endings '-an' and '-i' are left to the lists (`DEMONYMS`, `is_organisation_name`):
# too many names end so ("Taliban", "Ansaru", "Houthi").
_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,20}(?:ish|ian|ese|ean|ic)")


_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")  # "Amniyat’s", "the Haqqanis’"


def _organisation(ctx: IngestContext, section: Section, name: str) -> URIRef | None:
    """An unknown name in an organisation's place: the known organisation it names (also in
    the plural, 'Black Tiger' for the Black Tigers; "Amniyat’s operatives" names Amniyat), or a
    new one; never a person, a place, a nationality adjective or a common word that opens a
    sentence ('Suicide bombers attacked …': `_NOT_A_GROUP`)."""
    name = _POSSESSIVE.sub("", name)
    if len(name) < 2 or re.match(r"^(?:[A-Z]\.)+[A-Z]?$|^U$", name):
        return None  # "U" of "U.S.": an abbreviation cut at its point, never a name
    if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS or _ADJECTIVE.fullmatch(name):
        return None
    for candidate in (name, name + "s"):
        known, loose, _ = ctx.index.lookup(candidate)
        if known is None:
            continue
        kinds = ctx.index.kinds.get(known, set())
        if kinds & {"person", "place"}:
            return None
        if kinds & {"group", "organisation"}:
            if known != ctx.subject and _short_form_of_subject(ctx, name):
                # "Al-Nusra claimed" in the profile of the group once called Jabhat al-Nusra:
                # the profile's own group under a short form of one of its names
                return ctx.subject
            if loose and candidate == name and known != ctx.subject:
                # "Ansar Dine" found as the curated "Ansar al-Din": the profile names it so
                ctx.add(section, known, SKOS.altLabel, Literal(name, lang="en"))
            return known
    if _GENERIC_HEAD.fullmatch(name):
        # "the Front", "Front fighters": the head noun of the group's own name is the group;
        # a generic word alone never names a new organisation
        return ctx.subject if _head_of_subject(ctx, name) else None
    if not is_organisation_name(name) or looks_like_person(name) or _person_in_profile(ctx, name):
        return None  # "Palestinian", "the movement", "Abu Talha", "Yuldashev": never a new group
    if _short_form_of_subject(ctx, name):
        return ctx.subject
    longer = _longer_name_in_profile(ctx, name)
    if longer is not None:
        if longer != ctx.subject:
            # "Ansar al-Sunna" for another group's "Jaish Ansar al-Sunna": the profile calls it
            # so (the group's own names are the Alternative Names paragraph's alone)
            ctx.add(section, longer, SKOS.altLabel, Literal(name, lang="en"))
        return longer
    return ctx.group(section, NameSet([name]), section.start)


_GENERIC_HEAD = re.compile(
    r"(?-i:Front|Movement|Group|Organi[sz]ation|Army|Party|Network|Brigades?|Union|Council|"
    r"Alliance|Coalition|Tigers|Faction|Command|Forces|Militia|League|Jihad)"
)


_HEAD_REFERENCE = re.compile(
    rf"(?:\b[Tt]he\s+|^\W*|(?<=[.;:]\s))(?P<head>{_GENERIC_HEAD.pattern})(?![\w-])"
)


def _head_references(
    ctx: IngestContext, text: str, kept: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"the Front", "The Front’s spokesman", "Front gunmen": the head noun of the group's own
    name, capitalised as a name, is the group, unless another organisation the entry names
    has the same head noun (then the reference is ambiguous and nothing is slotted)."""
    found: list[tuple[int, int, URIRef]] = []
    for match in _HEAD_REFERENCE.finditer(text):
        head = match["head"]
        if not _head_of_subject(ctx, head):
            continue
        if any(other != ctx.subject and any(
                str(label).split()[-1:] == [head]
                for label in ctx.index.labels.get(other, {}).values())
               for _, _, other in kept):
            continue
        found.append((match.start(), match.end(), ctx.subject))
    return found


def _voice_of_group(ctx: IngestContext, template: Slotted, span: tuple[int, int]) -> bool:
    """Whether the claimant is one person the profile's leadership paragraph names (its
    leader, commander or spokesman: "Abu Salma claimed", "Touati claimed"): he claims for
    the group. A person named nowhere there claims for nobody."""
    section = ctx.layout.get("leadership")
    if ctx.subject is None or section is None:
        return False
    written = strip_article(template.original_span(*span).strip())
    if "⟦" in template.text[span[0]:span[1]] or not re.fullmatch(NAME, written):
        return False
    known, _, _ = ctx.index.lookup(written)
    is_person = (known is not None and "person" in ctx.index.kinds.get(known, set())) or (
        looks_like_person(written) or _person_in_profile(ctx, written))
    if re.search(rf"(?<![\w-]){re.escape(written)}[’']s\s+{_ORG_NAME}", template.text):
        return False  # "Belmokhtar’s Signed-in-Blood Battalion …; Belmokhtar claimed": his unit's
    return is_person and re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])",
                                   section.body) is not None


def _head_of_subject(ctx: IngestContext, word: str) -> bool:
    """Whether a generic word is the head noun of the profile's own group ("Front" for the
    Al-Nusra Front): only the last word of its preferred or alternative English names."""
    if ctx.subject is None:
        return False
    return any(
        str(label).split()[-1:] == [word]
        for predicate in (SKOS.prefLabel, SKOS.altLabel)
        for label in ctx.graph.objects(ctx.subject, predicate)
    )


def _person_in_profile(ctx: IngestContext, name: str) -> bool:
    """Whether a name is a person's by the profile's own words: a person the ingest knows
    ends with it ("Yuldashev" for Tahir Yuldashev), or the profile writes it after a given
    name and never with an organisation's head word ("Tahir Yuldashev … blamed the IMU and
    Yuldashev"). A group blamed beside a person is kept; the person is never a group."""
    words = name.split()
    if len(words) > 2 or not words:
        return False
    tail = " ".join(words)
    for iri, kinds in ctx.index.kinds.items():
        if "person" not in kinds:
            continue
        for label in ctx.index.labels.get(iri, {}).values():
            if label != tail and label.endswith(" " + tail):
                return True
    text = "\n".join(section.body for section in ctx.layout.sections)
    given = re.compile(
        rf"(?-i:\b[A-Z][a-z][\w’'-]*\s+{re.escape(tail)})(?!\s+(?-i:[A-Z]))(?![\w’'-])"
    )
    return not is_organisation_head(tail) and any(
        _names_a_person(ctx, m.group(0)) for m in given.finditer(text)
    )


def _names_a_person(ctx: IngestContext, written: str) -> bool:
    """Whether "Given Surname" as the profile writes it is a person's name: a title or kunya
    opens it, or a first word that is no adjective, no known entity and no name of a group
    ("Haqqani Taliban", one of the group's names, is not a person)."""
    known, _, _ = ctx.index.lookup(written)
    if known is not None:
        return "person" in ctx.index.kinds.get(known, set())
    first = written.split()[0]
    return looks_like_person(written) or bool(
        _GIVEN_NAME.match(written) and not is_adjective_word(first) and first not in DEMONYMS
        and ctx.index.lookup(first)[0] is None
    )


# "Tahir Yuldashev", "Fathi Shaqaqi": a given name of the kind the corpus's persons bear is
# no proof, so only a first word that is no organisation word and no place word counts
_GIVEN_NAME = re.compile(
    r"(?-i:(?!(?:The|In|On|At|By|Of|And|For|With|From|When|While|After|Before|Since|Under|"
    r"Its|His|Her|Their|Islamic|Islamist|Jihad|Army|Front|Movement|Group|Party|Union|"
    r"National|Revolutionary|Popular|People|Liberation|Democratic|United|Free|New|Old|"
    r"North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|"
    r"President|Prime|General|Lieutenant|Colonel|Captain|Minister)\b)[A-Z][a-z]{2,15}\s)"
)


def _longer_name_in_profile(ctx: IngestContext, name: str) -> URIRef | None:
    """"Ansar al-Sunna claimed …" in a profile whose history names "Jaish Ansar al-Sunna":
    the name without its generic first word (Jaish, Jabhat, Harakat, Katiba …) names the
    organisation this profile already stated, if exactly one; an organisation of another
    profile is never matched this way (two groups may share the short form)."""
    wanted = name.casefold()
    found: set[URIRef] = set()
    for node, predicate, label, _ in ctx.graph.quads():
        if predicate in (SKOS.prefLabel, SKOS.altLabel):
            words = str(label).split()
            if (len(words) >= 2 and words[0].casefold() in FOREIGN_HEADS
                    and " ".join(words[1:]).casefold() == wanted):
                found.add(node)
    if ctx.subject in found:
        return ctx.subject  # the group's own former name, also a node of the lineage
    return next(iter(found)) if len(found) == 1 else None


def _exact_name_of_subject(ctx: IngestContext, name: str) -> bool:
    if ctx.subject is None:
        return False
    wanted = normalise_name(name)
    return any(
        normalise_name(str(label)) == wanted
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.formerName)
        for label in ctx.graph.objects(ctx.subject, predicate)
    )


def _short_form_of_subject(ctx: IngestContext, name: str) -> bool:
    """"Al-Nusra claimed …" in the profile of a group one of whose names is "Jabhat al-Nusra"
    or "al-Nusra Front": the short form names the group, as the profile's own attacks are
    credited to it under any of its names. Only the profile's own group is matched this way
    (its names are known to be one organisation), and only on the whole distinctive core."""
    if ctx.subject is None:
        return False
    core = core_of_name(name)
    if not core:
        return False
    names = [
        str(label)
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.formerName)
        for label in ctx.graph.objects(ctx.subject, predicate)
    ]
    return any(core_of_name(n) == core for n in names)


# "spokesman Abu Soliman claimed", "fighters under Hatib Hajan Sawadjaan", "fighters loyal to
# Isnilon Hapilon and the Maute Group": the name is a person's (typing from context)
_PERSON_CUES = re.compile(
    rf"\b(?:spokes(?:man|woman|person)|commander|emir|deputy|chief)\s+(?P<a>{NAME})"
    rf"|\b(?:fighters|militants|men|gunmen|forces|commandos)\s+(?:under|led\s+by|loyal\s+to)\s+"
    rf"(?P<b>{NAME})",
    _I,
)


def persons_in_entry(ctx: IngestContext, section: Section, template: Slotted) -> list[str]:
    """Persons an attack entry names by their role or as the ones fighters follow, stated as
    persons (never as groups); returns the names as written."""
    names: list[str] = []
    for match in _PERSON_CUES.finditer(template.text):
        group = "a" if match["a"] else "b"
        name = template.original_span(*match.span(group)).strip()
        if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS:
            continue
        known, _, _ = ctx.index.lookup(name)
        if known is not None and not ctx.index.kinds.get(known, set()) & {"person"}:
            continue  # a group, a place or an organisation by that name
        ctx.person(section, name, section.start)
        names.append(name)
    return names


_STATE_WORDS = "|".join(sorted(re.escape(d) for d in DEMONYMS))
_FORCES = (
    r"(?:forces|army|armed\s+forces|troops|soldiers|military|air\s*force|navy|police|"
    r"gendarmes?|gendarmerie|drones?|drone\s+strikes?|air\s*strikes?|airstrikes?|jets|"
    r"warplanes|aircraft|helicopters|special\s+forces|commandos|marines|missiles?|rockets?|"
    r"(?:drone\s+|air\s*|missile\s+|artillery\s+)?strikes?|air\s+raids?|raids?|shelling|"
    r"bombardment|artillery)"
)
_STATE_ACTOR = re.compile(
    rf"^\W*(?:(?:(?:an?|the)\s+)?(?:(?:{_STATE_WORDS}|U\.S\.|US|UN|NATO|coalition|government|"
    rf"security|state|federal|national|allied|international)\s+)+(?:[\w-]+\s+){{0,2}}?"
    rf"{_FORCES}\b"
    # "An army patrol caught …", "Police commandos stormed …": a force with no state named
    rf"|(?:an?|the)\s+(?:army|police|military|government|security|navy|gendarmerie)\s+"
    rf"(?:patrol|unit|column|convoy|raid|operation|offensive|ambush|squad|detachment)\b"
    rf"|(?:troops|soldiers|police(?:men)?|gendarmes|commandos)\b"
    rf"|(?:an?|the)\s+(?:air|drone|missile|artillery)\s*(?:strikes?|raids?|attacks?)\b)"
    # the force acts: not a victim named by rank ("U.S. Army Private Bowe Bergdahl was …")
    rf"(?!\s+(?-i:[A-Z]))(?!\s+(?:was|were|had\s+been)\b)",
    re.I,
)


def acted_by_a_state(ctx: IngestContext, section: Section, prose: str) -> bool:
    """Whether an entry that credits no organisation tells an act of a state's forces
    ("French forces struck a SAF camp", "The Malian army bombed …"): the profile's group is
    then the target, not the perpetrator, and nothing is attributed. A state is no
    kg:Organisation in this model (kg:attributedTo ranges over organisations, and the answer
    keys list such a state among the entry's reference places), so the act is left in the
    review rather than typed as an organisation of its own."""
    match = _STATE_ACTOR.match(prose)
    if match is None:
        return False
    ctx.reports[section.key].unused.append((
        section.start, " ".join(match.group(0).split()), "attribution",
        "a state's forces acted: a state is not an organisation in this model, and the "
        "profile's group is the target here, so no perpetrator is stated",
    ))
    return True

