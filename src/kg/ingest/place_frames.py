"""The role of a place mention, read from the grammar of the phrase it stands in: one table.

A place named in an attack entry is one of three things, and the words around it say which:

- **the place of the attack**: after "in", "at", "on", "outside", "on the outskirts of", "in
  the centre of", "aboard … in", in a list after one of those ("in Kano, Kaduna and Bauchi");
  these are the default, so they are not listed below;
- **a reference point**, kept with its relation and never taken as the place: "N km
  (north-)west of X", "near X", "near the border with X", "between A and B", "on the road from
  A to B", "after it left X", "bound for X", "en route to X";
- **no place at all**: who speaks or accuses ("According to X", "officials in X said", "X
  blamed", "X said"), a victim's nationality, and where another event before or after the attack
  happened ("held in", "tried in", "released in", "extradited to", "flown to", "where the body
  was found").

`FRAMES_BEFORE` holds the words that stand right before the name, `FRAMES_AFTER` the words
right after it. Each row is (pattern, role, relation, example); the first that matches
decides. The relation is what the review shows ("reference point place:gao-2457163 (near,
'Gao')"); the scorer only asks that the name is kept out of the attack's places. Precision
first: a frame that is not sure leaves the name unplaced rather than placed.

"near X" and "off the coast of X" are reference points even when nothing else places the
attack: the attack happened somewhere beside X, not in it, and the development corpus's keys
read them so.
"""

from __future__ import annotations

import re
from typing import NamedTuple

REFERENCE = "reference"
NON_PLACE = "non-place"

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+"
_DISTANCE = r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|nautical\s+miles|nm)"
_DIRECTION = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"


class Frame(NamedTuple):
    pattern: re.Pattern[str]
    role: str  # REFERENCE or NON_PLACE
    relation: str  # "direction-of" is replaced by the direction written ("south-of")
    example: str


def _before(pattern: str, role: str, relation: str, example: str) -> Frame:
    return Frame(re.compile(pattern + r"$", re.I), role, relation, example)


# The words right before a name (matched at the end of the text before it)
FRAMES_BEFORE: list[Frame] = [
    _before(
        r"\b(?:near|close\s+to|next\s+to|beside|adjacent\s+to)\s+"
        r"(?:the\s+(?:village|town|city)\s+of\s+)?(?:the\s+)?"
        # "beside the southern Gaza Strip": a side of the reference point is one too
        r"(?:(?:north|south)(?:-?east|-?west)?ern\s+|eastern\s+|western\s+)?",
        REFERENCE,
        "near",
        "near Gao",
    ),
    _before(
        # never "in and around Gao": the place and its surroundings, a place cue
        r"(?<!\b[Ii]n\sand\s)\baround\s+(?:the\s+(?:village|town|city)\s+of\s+)?(?:the\s+)?",
        REFERENCE,
        "around",
        "around Tame",
    ),
    _before(
        r"\bon\s+the\s+(?:shores?|banks?)\s+of\s+(?:the\s+)?",
        REFERENCE,
        "on-the-shore-of",
        "on the shore of Lake Albert",
    ),
    # the edge of a city is in the city (kg.ingest.place_finding drops the relation there, as
    # for "the outskirts of Kabul"); the edge of a lake, a forest, a country only locates
    _before(
        r"\bon\s+the\s+(?:(?:north|south|east|west)(?:-?east|-?west)?(?:ern)?\s+)?"
        r"(?:edges?|fringes?)\s+of\s+(?:the\s+)?",
        REFERENCE,
        "on-the-edge-of",
        "on the edge of the Sambisa forest",
    ),
    _before(
        r"\b(?:near|along|across|on|at|to)\s+the\s+border\s+(?:(?:crossing|post|point)\s+)?"
        r"(?:with|of|into|to)\s+(?:the\s+)?",
        REFERENCE,
        "near-border-with",
        "near the border with Niger",
    ),
    _before(
        r"\bborder(?:s|ing)?\s+(?:with\s+|of\s+)?(?:the\s+)?",
        REFERENCE,
        "near-border-with",
        "bordering Kenya",
    ),
    # "on the Sukma–Bijapur border", "on the Kabul–Jalalabad road": the second of two places
    # joined by a dash names one end of a line between them (the first is a frame after its
    # name, in FRAMES_AFTER), which only locates the attack
    Frame(
        re.compile(r"\bthe\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']+){0,2}\s*[–—-]\s*$"),
        REFERENCE,
        "between",
        "on the Sukma–Bijapur border",
    ),
    # "where the borders of Benin, Niger and Burkina Faso meet", "the frontier with Mali"
    _before(
        r"\bfrontiers?\s+(?:with|of)\s+(?:the\s+)?",
        REFERENCE,
        "near-border-with",
        "close to the frontier with Mali",
    ),
    # never "in the south of Kaduna State" (a part of it: kg.ingest.place_finding reads it so);
    # "to the south of Gao" is a direction from it, "north of the town of Gao" the town's
    _before(
        rf"(?:(?<!\bthe\s)|(?<=\bto\sthe\s))\b(?P<dir>{_DIRECTION})\s+of\s+"
        r"(?:the\s+(?:(?:village|town|city|district\s+capital)\s+of\s+(?:the\s+)?)?)?",
        REFERENCE,
        "direction-of",
        "35 km north-west of Kandahar",
    ),
    _before(
        rf"\b{_DISTANCE}\s+(?:from|outside(?:\s+of)?|off)\s+(?:the\s+)?",
        REFERENCE,
        "distance-from",
        "15 km from Kidal",
    ),
    # "in the northern suburbs of Buenos Aires", "a western suburb of Athens": around the
    # city, outside it (kg.ingest.place_finding keeps the words as written); never "in
    # Beirut's southern suburbs", a quarter the city owns
    _before(
        rf"\b(?:(?:{_DIRECTION})(?:ern)?\s+|outer\s+|poor(?:er)?\s+|residential\s+)?"
        r"suburbs?\s+of\s+(?:the\s+)?",
        REFERENCE,
        "suburb-of",
        "in the northern suburbs of Buenos Aires",
    ),
    # "off the coast of Somalia": somewhere at sea beside it, not in it
    _before(
        r"\boff\s+the\s+(?:\w+\s+)?coasts?\s+of\s+(?:the\s+)?",
        REFERENCE,
        "off-the-coast-of",
        "off the coast of Somalia",
    ),
    # "between Kisumu and Kakamega": both ends only locate
    _before(
        rf"\bbetween\s+(?:the\s+)?(?:{_CAP}\s+){{0,4}}(?:and\s+(?:the\s+)?)?",
        REFERENCE,
        "between",
        "between Abu Dhabi and Dubai",
    ),
    # "across the Nile from Luxor": the far bank's town only locates
    _before(
        r"\bacross\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,3}from\s+(?:the\s+)?",
        REFERENCE,
        "across-from",
        "across the Nile from Luxor",
    ),
    # "on the road from Gao to Ansongo": where the road runs, not where it was hit
    _before(
        rf"\b(?:road|highway|motorway|route|railway|rail\s+line|flight|journey|trip|way)\s+"
        rf"(?:from\s+(?:the\s+)?(?:{_CAP}\s+){{1,4}}(?:to|towards?)|from|to|towards?)\s+"
        r"(?:the\s+)?",
        REFERENCE,
        "route",
        "on the road from Gao to Ansongo",
    ),
    _before(
        r"\b(?:bound\s+for|en\s+route\s+(?:to|from)|on\s+(?:its|their|his|her|the)\s+way\s+"
        r"(?:to|from)|head(?:ing|ed)\s+(?:to|for|towards?)|destined\s+for)\s+(?:the\s+)?",
        REFERENCE,
        "route",
        "a bus bound for Mombasa",
    ),
    # "rockets fired from southern Lebanon into northern Israel", "flew a hang glider from
    # southern Lebanon into Israel": where a shot or a craft left from, not where it struck
    # (the name after "into" / "at" is the place)
    _before(
        r"\b(?:fired|launched|lobbed|flew|flown|piloted|steered|sailed)\s+"
        r"(?:[a-z\-]+\s+){0,4}?from\s+(?:the\s+)?"
        r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
        r"(?:ern)?\s+)?",
        NON_PLACE,
        "launch-site",
        "rockets fired from southern Lebanon into Israel",
    ),
    # "as they prepared car bombs against targets that included the air base at Ramstein",
    # "plotting to bomb the embassy in Rome": what a plan aimed at, where nothing happened
    _before(
        r"\b(?:prepar(?:ed|ing)|plann(?:ed|ing)|plott(?:ed|ing)|intend(?:ed|ing))\b"
        r"(?:[^.;:]|\.(?=\S|\s+(?-i:[a-z]))){0,60}?"  # "U.S. air base": no sentence's end
        r"\b(?:against|to\s+(?:attack|bomb|strike|hit|target|blow\s+up))\b"
        r"(?:[^.;:]|\.(?=\S|\s+(?-i:[a-z]))){0,60}?"
        r"\b(?:at|in|on)\s+(?:the\s+)?",
        NON_PLACE,
        "intended-target",
        "as they prepared car bombs against targets that included the air base at Ramstein",
    ),
    _before(
        r"\b(?:left|leaving|leaves)\s+(?:the\s+)?",
        REFERENCE,
        "departure-point",
        "after it left Manila",
    ),
    _before(
        r"\b(?:held|jailed|detained|imprisoned|tried|sentenced)\s+in\s+(?:the\s+)?",
        NON_PLACE,
        "held-in",
        "prisoners held in Mauritania",
    ),
    # "the embassy of Kenya in Mogadishu", "the government of Mali": whose institution or
    # people, not where (as "the Kenyan embassy" and "the Embassy of Peru" are read)
    _before(
        # (never "the post of the army of Nassoumbou": a translation's "army post of" a town)
        r"\b(?:embass(?:y|ies)|consulates?|high\s+commission|ambassadors?|consuls?|"
        r"governments?|ministry|ministries|intelligence\s+services?|president|king|citizens?|"
        r"nationals?)\s+of\s+(?:the\s+)?",
        NON_PLACE,
        "owner",
        "the embassy of Kenya in Mogadishu",
    ),
    _before(
        r"\baccording\s+to\s+(?:the\s+)?",
        NON_PLACE,
        "source",
        "According to the U.S. State Department",
    ),
    # "according to officials in Paris", "police sources in Lagos said": who speaks
    _before(
        r"\baccording\s+to\s+(?:[\w’'\-]+\s+){0,4}in\s+(?:the\s+)?",
        NON_PLACE,
        "source",
        "according to officials in Paris",
    ),
    # "attributed the strikes to Iran", "blamed the blast on Syria": the one accused
    _before(
        r"\b(?:attributed|ascribed|credited|traced|blamed)\b[^.;:]{0,60}\b(?:to|on)\s+"
        r"(?:the\s+)?",
        NON_PLACE,
        "attributed-to",
        "blamed the blast on Syria",
    ),
    # "had flown from Pakistan", "extradited to France": where someone came from or went; the
    # verb in any form ("waiting to cross the river into X", "trying to flee to X"), with what
    # is crossed between ("crossed the Rio Grande into X", "fled over the mountains to X")
    _before(
        r"\b(?:fl(?:y|ew|own|[ey]ing)|travell?(?:ed|ing)?|return(?:ed|ing)?|deported|extradited|"
        r"depart(?:ed|ing)?|sail(?:ed|ing)?|fle(?:e|d|eing)|c(?:o|a)me|coming|smuggled|"
        r"repatriated|transferred|taken|slipp?(?:ed|ing)?|infiltrated|cross(?:ed|ing)?|"
        r"enter(?:ed|ing)?|"
        r"sneaked|escap(?:e|ed|ing)|withdr[ae]w|withdrawing|retreat(?:ed|ing)?)"
        r"\s+(?:back\s+|home\s+|in\s+|out\s+)?(?:(?:across|over)\s+the\s+border\s+)?"
        r"(?:(?:across|over)\s+)?(?:the\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+){0,3}(?:river|River|"
        r"border|frontier|strait|Strait|sea|Sea|mountains|Mountains|desert|Desert|lake|Lake|"
        r"channel|Channel|bay|Bay|gulf|Gulf)\s+)?"
        r"(?:from|to|into|through|via)\s+(?:the\s+)?",
        NON_PLACE,
        "travel",
        "the bodies were flown to France",
    ),
    # "carried hostages back into Gaza", "took the captives to Jolo": where someone was taken
    _before(
        r"\b(?:carried|carrying|took|taking|brought|bringing|dragged|driven|drove|marched|"
        r"moved|spirited)\s+(?:(?:the|their|its|his|her|some|all|\d+|[a-z]+)\s+){0,2}"
        r"(?:hostages?|captives?|prisoners?|victims?|them|him|her|bod(?:y|ies)|ship|vessel|"
        r"aircraft|plane|crew|passengers)\s+(?:back\s+|away\s+)?(?:in)?to\s+(?:the\s+)?",
        NON_PLACE,
        "taken-to",
        "carried hostages back into Gaza",
    ),
    # "he was freed by police in Padua": where another event, after the attack, happened
    # ("tried to storm the exchange in Karachi" is an attempt, not a trial)
    _before(
        r"\b(?:freed|released|rescued|found|buried|arrested|tried(?!\s+to\b)|sentenced|"
        r"convicted|hospitali[sz]ed|treated|extradited|handed\s+over)\b[^.;,:]{0,40}\bin\s+(?:the\s+)?",
        NON_PLACE,
        "other-event",
        "the hostages were released in Bamako",
    ),
    _before(
        r"\bafter\s+(?:the\s+|an?\s+)?[^.;,:]{0,60}\b(?:struck|attacked|bombed|raided|hit|"
        r"shelled|banned|outlawed|prohibited|forbade|cancell?ed)\b[^.;,:]{0,30}\bin\s+"
        r"(?:the\s+)?",
        NON_PLACE,
        "other-event",
        "after the army struck their camps in Garamba; after the rally was banned in Sfax",
    ),
    # "after the capture of Mosul by the army", "before the siege of Marawi": the act named by
    # its noun dates the attack; it is another event, and its place is not the attack's
    _before(
        r"\b(?:after|before|since|following|until|during\s+the\s+aftermath\s+of)\s+the\s+"
        r"(?:capture|seizure|recapture|storming|siege|sack|occupation|battle|fall)\s+"
        r"(?:of|for)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:the\s+)?",
        NON_PLACE,
        "other-event",
        "after the capture of Mosul by the army",
    ),
    # "as revenge for the arrest of its leader in Croatia": where the motive happened
    _before(
        r"\b(?:revenge|retaliation|reprisal|retribution|response|protest)\s+(?:for|against|to)"
        r"\b[^.;,]{0,60}\bin\s+(?:the\s+)?",
        NON_PLACE,
        "motive",
        "as revenge for Qasim’s abduction in Croatia",
    ),
    # "migrant labourers from Bihar", "pilgrims from Iran": where people came from
    _before(
        r"\b(?:migrants?|labou?rers|workers|pilgrims|refugees|traders|tourists|settlers|"
        r"families|many\s+of\s+them|most\s+of\s+them|all\s+of\s+them)\b[^.;]{0,20}?"
        r"\bfrom\s+(?:the\s+)?",
        NON_PLACE,
        "origin",
        "migrant labourers from Bihar",
    ),
    # "a cadet from Ecuador", "two cousins from Jabel Mukaber", "a gunman from the Sinai": a
    # person's origin (a noun of a person, then "from"), never where the attack happened
    _before(
        # (or opening the sentence: "Recruits from Kenya attacked …")
        r"(?:\b(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|"
        r"many|its|his|her|their)\s+|^\s*|[.;:]\s+)(?:[a-z\-]+\s+){0,2}"
        r"(?:[a-z]+(?:ers?|ists?|man|men|woman|"
        r"women|ians?|ants?|ents?|ets?|ees?)|people|children|boys?|girls?|nationals?|"
        r"citizens?|youths?|recruits?|volunteers?|cousins|brothers|sisters|sons?|daughters?)"
        r"\s+from\s+(?:the\s+)?",
        NON_PLACE,
        "origin",
        "a cadet from Ecuador",
    ),
    # "said to have trained in Shabwa", "born in Leeds", "who had studied in Cairo": a person's
    # history, told about the attacker or a victim, not where the attack happened
    _before(
        r"\b(?:trained|born|raised|studied|educated|grew\s+up|radicali[sz]ed|recruited|"
        r"lived|living|settled|schooled|indoctrinated)\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+"
        r"(?:the\s+)?",
        NON_PLACE,
        "biography",
        "a Nigerian said to have trained in Shabwa",
    ),
    # "mailed from Sanaa to addresses in Chicago", "a parcel sent to a minister in Rome": where
    # a thing was sent from or to, not where it went off or was found
    _before(
        r"\b(?:mailed|posted|shipped|sent|addressed|dispatched|couriered)\s+"
        r"(?:from\s+[^,.;:]{1,40}?\s+)?(?:from|to|for)\s+(?:(?:(?:an?|the|their|his|her|its)"
        # ("a parcel sent to a judge was defused in Lyon": a verb ends the recipient)
        r"\s+)?(?-i:(?!(?:was|were|is|are|had|has|have|been)\b)[a-z\-]+\s+){1,3}(?:in|at)\s+)?"
        r"(?:the\s+)?",
        NON_PLACE,
        "sent",
        "bombs mailed from Sanaa to addresses in Chicago",
    ),
    # "the pipeline carrying gas to Israel", "a ship delivering arms to Yemen": where a thing
    # went, not where it was hit
    _before(
        r"\b(?:carrying|carried|delivering|delivered|supplying|supplied|exporting|exported|"
        r"pumping|pumped)\s+(?:[\w’'\-]+\s+){1,3}?(?:to|into)\s+(?:the\s+)?",
        NON_PLACE,
        "sent",
        "the pipeline carrying gas to Israel and Jordan",
    ),
    # "after the truce signed at Corinto had broken down": where an agreement was made
    _before(
        r"\b(?:truce|ceasefire|cease-fire|accords?|agreements?|deal|treaty|talks|"
        r"peace|pact)\s+(?:\w+\s+)?(?:signed|agreed|reached|brokered|negotiated|concluded|"
        r"held|struck)\s+(?:at|in)\s+(?:the\s+)?",
        NON_PLACE,
        "agreement",
        "after the truce signed at Corinto had broken down",
    ),
    # "in retaliation for Kenya’s intervention in Somalia": the motive, not where it happened
    _before(
        r"\b(?:intervention|invasion|involvement|presence|deployment|occupation|role|policy|"
        r"policies|offensive|operations?|crackdown|campaign|strikes)\s+(?:in|of|against)\s+"
        r"(?:the\s+)?",
        NON_PLACE,
        "motive",
        "Kenya’s intervention in Somalia",
    ),
]

# The words right after a name (matched at its end)
FRAMES_AFTER: list[Frame] = [
    # "across the Nile from Luxor": the river between, no place
    Frame(re.compile(r"\s+from\s+"), REFERENCE, "across-from", "across the Nile from Luxor"),
    # "on the Sukma–Bijapur border", "the Kenya-Somalia frontier": the first of the two sides
    # of a border only locates the attack
    Frame(
        re.compile(r"\s*[–—-]\s*[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']+){0,2}\s+"
                   # "on the Kabul–Jalalabad highway": one end of the road between them
                   r"(?:border|frontier|boundary|road|highway|motorway|railway|rail\s+line|"
                   r"pipeline)\b"),
        REFERENCE,
        "between",
        "on the Sukma–Bijapur border",
    ),
    # "Kano, where the body was found": where another event happened
    Frame(
        re.compile(
            r",?\s+where\s+[^.;:]{0,50}?\b(?:bod(?:y|ies)|remains|corpses?|hostages?|"
            r"captives?)\s+(?:was|were|had\s+been)\s+(?:later\s+|eventually\s+)?"
            r"(?:found|dumped|discovered|recovered|freed|released|rescued|buried|left)\b"
        ),
        NON_PLACE,
        "other-event",
        "Kano, where the body was found",
    ),
]

# The relations of a name that is no place at all (where a shot was fired from, a plan aimed
# at, someone was held): unlike a reference point, it says nothing of where the attack was
NON_PLACE_RELATIONS = frozenset(
    {f.relation for f in [*FRAMES_BEFORE, *FRAMES_AFTER] if f.role == NON_PLACE} | {"source"}
)

# Who speaks: "officials in Paris said", "police in Lagos told reporters": a name between such
# a noun and a verb of saying is the speaker's seat, not where anything happened
_SPEAKER_BEFORE = re.compile(
    r"\b(?:officials?|authorities|police|sources|spokes(?:man|woman|person)|government|"
    r"ministry|prosecutors?|diplomats?|investigators|analysts?)\s+in\s+(?:the\s+)?$",
    re.I,
)
_SAYING_AFTER = re.compile(
    r"\s+(?:said|says|told|reported|announced|stated|confirmed|claimed|blamed|accused|"
    r"attributed|believed|suspected)\b"
)


# The earlier items of a coordinated list before a name: "Benin, Niger and ", "Benin, " (the
# name is an item of the list, and takes the frame the first item stands in); after a comma
# alone only when the list goes on after the name ("Benin, Niger and Burkina Faso"), never
# "near In Amenas, Algeria", where the name after the comma says where the first one lies
_LIST_BEFORE = re.compile(
    rf"(?:{_CAP}(?:\s+{_CAP}){{0,3}}\s*,\s*){{0,6}}{_CAP}(?:\s+{_CAP}){{0,3}}"
    r"(?P<end>\s*,?\s+(?:and|or)\s+|\s*,\s*)$"
)


# After a middle item: the rest of the list ("… Niger and Burkina Faso")
_LIST_GOES_ON = re.compile(
    rf"(?:\s*,\s*{_CAP}(?:\s+{_CAP}){{0,3}})*\s*,?\s+(?:and|or)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ]"
)


def relation_before(before: str, after: str = "") -> str | None:
    """The relation of a name that follows `before` when its frame makes it a reference point
    or no place ('near', 'south-of', 'route', 'held-in', 'source'…), else None (a place). An
    item of a coordinated list takes the frame of the list ('the borders of Benin, Niger and
    Burkina Faso': all three only locate; 'sent to Rome and Milan': neither is where)."""
    for frame in FRAMES_BEFORE:
        found = frame.pattern.search(before)
        if found is not None:
            if frame.relation == "direction-of":
                return f"{found['dir'].lower()}-of"
            return frame.relation
    listed = _LIST_BEFORE.search(before)
    if (
        listed is not None
        and "," in listed["end"]
        and not listed["end"].strip(" ,")
        and not (_LIST_GOES_ON.match(after))
    ):
        listed = None  # "near In Amenas, Algeria": a qualifier, not an item
    if listed is not None and listed.start() > 0:
        head = before[: listed.start()]
        coordinated = listed["end"].strip(" ,") in ("and", "or")
        for frame in FRAMES_BEFORE:
            found = frame.pattern.search(head)
            # the last item of "A and B" shares every frame ("carrying gas to Israel and
            # Jordan": neither is where); an item after a comma only a reference point's
            if found is not None and (frame.role == REFERENCE or coordinated):
                if frame.relation == "direction-of":
                    return f"{found['dir'].lower()}-of"
                return frame.relation
    return None


def relation_after(text: str, end: int, before: str = "") -> str | None:
    """The relation the words after a name (at `end`) give it ('other-event' for 'Kano, where
    the body was found'; 'source' for 'officials in Paris said'), else None."""
    for frame in FRAMES_AFTER:
        if frame.relation == "across-from" and not re.search(r"\bacross\s+(?:the\s+)?$", before):
            continue
        if frame.pattern.match(text, end):
            return frame.relation
    if before and _SPEAKER_BEFORE.search(before) and _SAYING_AFTER.match(text, end):
        return "source"
    return None


def relation(text: str, start: int, end: int) -> str | None:
    """The relation of the name at text[start:end] by its frame before or after, or None when
    nothing keeps it from being a place of the attack."""
    before = text[max(0, start - 120) : start]
    return relation_before(before, text[end : end + 80]) or relation_after(text, end, before)


# "on the road from Addis Ababa airport": the city's own airport road, so the city is the place
AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?airport\b", re.I)
