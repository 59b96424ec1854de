"""The closed word lists and name patterns every attribution statement is built from: the
list of organisations a clause names, the deeds, the words for a group's members, the speakers
whose words report a deed, and the words that open a sentence without naming anyone.

Only patterns live here (no code that reads an entry), so the grammar (`shapes`) and the
readers of the entry's structure share one vocabulary."""

from __future__ import annotations

import re

from kg.ingest.slots import NAME, G

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
    # "held" hostages or a town, never "held the army responsible"
    r"fired|shot|struck|overran|staged|waged|drove|held(?![^.;]{0,60}?\bresponsible\b)|"
    r"massacred|blew\s+up|planted|hijacked|"
    r"crossed|murdered|assassinated|overran|besieged|set\s+off|opened\s+fire|occupied|captured|"
    r"hit|shelled|torched|burned|destroyed|fell\s+on|fought|robbed|looted|"
    # "set fire to the jetty", "set the depot ablaze"
    r"set\s+fire\s+to|set\s+(?:[\w’'-]+\s+){1,4}?(?:ablaze|alight|on\s+fire)|"
    r"(?:began|started|kept|continued)\s+(?:firing|shelling|attacking|shooting|bombing|"
    r"launching)|joined\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:assault|attack|offensive|raid|"
    r"operation|fighting|battle|siege)|"
    r"led\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:attack|assault|push|offensive|raid|charge|operation))"
)


# the deed after "had", where the participle is not the past tense `_DEED` lists ("it had
# taken the town", "its cadres had set it off", "had shot down a helicopter"): the group's own
# word of what it did, in every shape that reports a deed after "had"
DEED_DONE = (
    r"(?:taken|overrun|shot\s+down|blown\s+up|struck|hit|fought|driven|stolen|begun|laid|"
    r"set\s+(?:it|them|the\s+[\w-]+)\s+off|blown\s+(?:it|them)\s+up|carried\s+(?:it|them)\s+out|"
    # the movements of an armed operation: "its units had slipped through the cordon"
    r"slipped\s+(?:through|past|into|out\s+of)|infiltrated|penetrated|broken\s+(?:through|into)|"
    r"entered|occupied|surrounded)"
)


_I = re.I


# how many of the group's men a verdict names: a figure, a number word or a quantifier ("convicted
# eight ⟦X⟧ members", "the convictions of 11 ⟦X⟧ militants"). One list for every shape that counts
# the men before their organisation.
COUNT_WORDS = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|"
    r"some|many|a\s+few|a\s+number\s+of|dozens\s+of|scores\s+of|all|both)"
)


# the medium a claim is made through, told between the claimant and its verb ("⟦X⟧ in a
# statement claimed", "which ⟦X⟧ on its website claimed", "⟦X⟧ through its news agency claimed")
CLAIM_MEDIUM = (
    r"(?:in|on|through|via|by)\s+(?:an?|its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|website|web\s+site|video|message|channel|communiqu[ée]|news\s+agency|"
    r"agency|recording|post|magazine|radio|broadcast|leaflet|letter|newsletter|bulletin|"
    r"account|page|outlet)"
)


# adverbs that stand between a verb of blame or suspicion and whom it names ("blamed chiefly
# ⟦X⟧"), or between "is" and "suspected" ("⟦X⟧ is again suspected"): they change nothing of
# whom the clause names. One list for every shape that allows them.
BETWEEN_VERB_AND_NAME = (
    r"(?:chiefly|mainly|largely|primarily|principally|mostly|squarely|directly|openly|"
    r"publicly|again|also|still|now|widely|generally|later|first|officially|repeatedly|long|"
    r"immediately|quickly)"
)


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
# "A “Catholic Reaction Force” claimed it", "The “Groupe des anonymes” claimed": a name the
# writer quotes is a name as a whole, lower-case words and all
QUOTED = r"[“\"](?-i:[A-Z])[^”\"]{1,60}[”\"]"
# "FLNC-Canal historique claimed": a name may run on in lower case (`claimants` keeps the
# words only where the profile writes the whole name elsewhere)
LOWER_TAIL = (
    r"(?:\s+(?!(?:faction|factions|spokes\w+|members?|commanders?|leaders?|fighters|militants|men|"
    r"group|wing|cells?|first|later|then|also|and|or|had|has|have|was|were|itself|jointly|both|"
    r"quickly|promptly|publicly|immediately|swiftly|together)\b)(?-i:[a-zà-ÿ][\w’'-]{2,20})){1,2}"
)
_CLAIMANT = (
    rf"(?:{QUOTED}|(?:(?:{G}|{NAME})(?:’s|'s)\s+)?(?:{G}|{_ORG_NAME}|{_WORD_ACRONYM}|{_ACRONYM}|"
    rf"{NAME}(?:{LOWER_TAIL})??))"
)


# "Jamaat-ul-Ahrar, a Pakistani Taliban faction, and ⟦ISKP⟧ both claimed it": an appositive
# after one claimant of a list describes it; its words name nobody (`IN_APPOSITIVE`)
_ITEM_APPOSITIVE = r"(?:\s*,\s*(?:an?|the)\s+[^,.;]{1,60}?(?=,))?"
IN_APPOSITIVE = re.compile(
    r",\s*(?:an?|the)\s+[^,.;]{1,60}?(?=,)"
    # "as did Jundallah, a Pakistani TTP splinter.": one that closes the sentence
    r"|,\s*(?:an?|the)\s+[^,.;]{0,50}?\b(?:splinter|faction|offshoot|wing|group|branch|"
    r"affiliate|ally|front|unit|cell|outfit)(?=\s*[.;]|\s*$)"
)
_CLAIMERS = (
    rf"(?:the\s+|an?\s+)?[“\"]?{_CLAIMANT}[”\"]?{_ITEM_APPOSITIVE}"
    rf"(?:{_AND}(?:the\s+)?{_CLAIMANT}{_ITEM_APPOSITIVE}){{0,8}}"
)
# the verbs of a claim: "claimed", "admitted", "acknowledged responsibility", "took credit"
_CLAIM_VERB = (
    r"(?:(?:claimed|admitted|acknowledged)(?:\s+(?:responsibility|credit)\b|\b)|(?:took|accepted|"
    r"assumed)\s+(?:full\s+)?(?:responsibility|credit)\b)"
)
# a word before the attackers' group that says who they were is not known: "suspected ⟦X⟧
# militants", "alleged ⟦X⟧ gunmen", "presumed members of ⟦X⟧" (the conduct is hedged)
HEDGE_BEFORE = re.compile(
    r"\b(?:suspected|alleged|presumed|apparent|purported|likely|possible)\s+"
    r"(?:(?:members|fighters|militants|gunmen|operatives|cadres)\s+(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)


# the one a claim is made for: a known organisation or the profile's own group
# or a part of the claimant named by its region ("for the Khorasan province", "on behalf of its
# Sahel branch", "for its West Africa Province")
_PART = r"(?:province|branch|wilayat?|affiliate|chapter|division|franchise)"
_FOR = (
    r"(?:(?P<list>(?:the\s+)?⟦\d+⟧)|(?P<branch>(?:its|the|the\s+group[’']s)\s+"
    rf"(?P<region>(?:(?-i:[A-Z][\w’'-]+)\s+){{1,3}}){_PART}\b)"
    r"|(?P<ana>the\s+(?:group|movement|organi[sz]ation)|it))"
)
# the one who claims for another: an organisation, or its outlet or spokesman ("⟦IS⟧’s Amaq
# news agency claimed the attack for …")
_FOR_CLAIMANT = (
    # "an e-mail that police say X wrote claimed the blasts in the IM’s name": a message, with
    # whatever relative clause says who wrote it
    r"(?:\b(?:an?|the)\s+(?:e-?mail|statement|letter|video|message|communiqu[ée]|leaflet|note|"
    r"call|caller|text\s+message|post|tweet)\b[^.;⟦]{{0,80}}?"
    r"|(?:the\s+)?(?:⟦\d+⟧|{name})(?:(?:(?:’s|'s|’|')\s+(?:(?:{name}|own|official)\s+)?|\s+)"
    r"(?:news\s+agency|"
    r"agency|media\s+(?:arm|wing|outlet|office)|propaganda\s+(?:arm|outlet|wing)|outlet|channel|"
    r"spokes(?:man|woman|person)|magazine))?)"
)


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


# a man's name with the particles of Arabic, Berber and Hassaniya names, which `NAME` does
# not join ("Nasser bin Ali al-Ansi", "Mokhtar ould Cheikh"): the voice that speaks for a group
_PERSON_NAME = (
    r"(?-i:[A-Z][\w’'-]{1,40}(?:\s+(?:(?:bin|ben|ibn|abu|Abu|al|el|ould|Ould|ag|Ag)\s+){0,3}"
    r"(?:[A-Z][\w’'-]{1,40}|al-[\w’'-]{1,40})){1,6})"
)


# one doer told by a noun ("the bomber", "the gunman"), or the doers by a noun the other lists
# lack: the subject of a tie others make
_ONE_DOER = (
    r"(?:bomber|gunman|attacker|assailant|kidnapper|killer|robber|robbers|perpetrators?|"
    r"killers|shooter|shooters)"
)


# the attackers as the subject of what others say of them: a pronoun, a noun for them, or a
# name ("police said he belonged to", "said the two bombers were members of", "said Abu Rara
# was a member of")
_ATTACKERS = (
    rf"(?:he|she|they|both|(?:suspects|attackers|bombers|gunmen|assailants)(?=\s+(?:had|were|was)\b)|"
    rf"(?:the|all|both)\s+(?:[\w-]+\s+){{0,2}}?(?:men|attackers|bombers|"
    rf"gunmen|assailants|suspects|couple|pair|killers|kidnappers|perpetrators|militants|"
    rf"{_ONE_DOER})|{NAME})"
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


# "an unknown International Justice Group": a determiner and a word of doubt before a name
_DET = (
    r"(?:(?:the|an?)\s+(?:(?:unknown|little-known|obscure|new|previously\s+unknown|shadowy)\s+)?)?"
)


# "⟦U⟧, a unit of ⟦SAF⟧, carried out", "⟦U⟧, the SAF’s special brigade,": a part of the
# group named in an appositive
_UNIT_WORDS = (
    r"(?:unit|units|wing|brigade|battalion|faction|cell|branch|arm|squad|column|division|"
    r"province|section|company)"
)


_MEMBER_WORDS = (
    r"(?:fighters|militants|members|gunmen|cadres|operatives|units?|commanders?|leadership|"
    r"leaders?|spokes(?:man|woman|person)|emir|militia|cells?|camps?|ranks|wing|faction)"
)


_ORG_HEAD = re.compile(
    r"(?-i:\b(?:Group|Brigades?|Battalions?|Front|Movement|Army|Tigers|Party|Council|Network|"
    r"Organi[sz]ation|Union|Forces|Militia|Jihad|Ansar\w*|Jama\w*|Province|Wilayat?|Branch|"
    r"Emirate|Column|Unit|Squad|Regiment|Taliban|Mujahideen|Mujahidin|Hezbollah|Hizb\w*|"
    r"Lashkar|Jaish|Harakat|Tehrik|Tahrir|Jabhat)\b)"
)


_NOT_A_GROUP = re.compile(
    r"^(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|Many|Most|"
    r"Nobody|No|None|Nothing|Neither|Either|Each|Every|Everyone|Anyone|Someone|It|They|He|She|"
    r"This|That|These|Those|Both|Others|Another|Who|Which|"
    r"Government|Security|Police|Army|Militants|Fighters|Gunmen|Attackers|Insurgents|"
    r"Authorities|Officials|Investigators|Prosecutors|"
    # the medium of a claim, never its author ("In a statement on Telegram, ⟦X⟧ claimed")
    r"Telegram|Twitter|Facebook|YouTube|WhatsApp|Instagram|TikTok|Signal|Rocket\.Chat|"
    r"Internet|Web|Website|Radio|Television|TV|"
    # words that describe the attackers, not name them, when they open a sentence ("Suicide
    # bombers struck", "Masked gunmen opened fire", "Unidentified assailants")
    r"Suicide|Masked|Armed|Unidentified|Unknown|Suspected|Alleged|Twin|Coordinated|"
    r"Simultaneous|Rival|Local|Foreign|Female|Male|Teenage|Child|Heavily|Bombers|Assailants|"
    r"Gunman|Bomber|Attacker|Militant|Fighter|Jihadists?|Rebels?|Soldiers|Troops"
    # "Iranian-backed militias", "Saudi-led forces": a compound adjective, never a name
    r"|[A-Z][\w’']+-(?:backed|led|based|linked|aligned|allied|sponsored|funded|affiliated|"
    r"inspired|trained|armed|supported|controlled|run))$"
)


# "Kurdish", "Malaysian", "Korean": a single word shaped like a nationality adjective. The
# shorter endings '-an' and '-i' are left to the lists (`DEMONYMS`, `is_organisation_name`):
# too many names end so ("Taliban", "Ansaru", "Houthi").
_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,20}(?:ish|ian|ese|ean|ic)")


_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")  # "Amniyat’s", "the Haqqanis’"


_GENERIC_HEAD = re.compile(
    r"(?-i:Front|Movement|Group|Organi[sz]ation|Army|Party|Network|Brigades?|Union|Council|"
    r"Alliance|Coalition|Tigers|Faction|Command|Forces|Militia|League|Jihad)"
)
