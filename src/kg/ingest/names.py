"""Names as the profiles list them: splitting, acronyms, language tags and slugs for IRIs.

An alternative-names list mixes English, French and Arabic in Latin transliteration; tagging
them all `en` would tell a French-speaking analyst nothing. The language is guessed from
function words and transliteration markers, conservatively: a name is `fr` or `ar-Latn` only
when at least two markers say so and no English function word contradicts them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.names import normalise_name

_APOSTROPHES = "’‘´`'ʼʻ′"
_FRENCH = {
    "le", "la", "les", "des", "du", "dans", "pour", "et", "au", "aux", "sur", "groupe",
    "mouvement", "islamique", "salafiste", "armée", "armé", "armee", "arme", "prédication",
    "predication", "libération", "liberation", "pays", "unicité", "soutien", "musulmans",
}  # fmt: skip
_ENGLISH = {
    "the", "of", "in", "and", "for", "to", "lands", "organization", "group", "movement",
    "islamic", "front", "brigade", "battalion", "support", "army", "state", "those", "who",
}  # fmt: skip
_ARABIC = {
    "al", "el", "wal", "bi", "fi", "bil", "ila", "min", "tanzim", "jamaat", "jamat", "jama",
    "harakat", "ansar", "katibat", "katiba", "qaedat", "qaidat", "bilad", "dawla", "tawhid",
    "nusrat", "nusra", "muslimin", "islamiya", "islami", "maghrib", "jihad", "ahl", "sunna",
    "dima", "muwaqqiun", "mulathamin", "mulathameen", "garbi", "afriqqiya", "dine", "din",
}  # fmt: skip
_ACCENTS = re.compile(r"[éèêëàâçîïôûùœ]", re.I)
# "GIA", "MUJAO", "17N" (Revolutionary Organization 17 November): capitals and digits, at
# least one capital, a digit first only before capitals ("17N", never a year or "1,400");
# two or three joined by hyphens ("PROCUP-PDLP", "PFLP-GC"): the acronym of a name built of
# two organisations' names, one acronym of its own; a lower-case letter between two capitals
# ("ChRI", "HuJI", "JeM": a syllable kept from the name) when the acronym ends in a capital
# ("McCain", "DeVos" end in lower case and stay names)
_ACRONYM = re.compile(
    r"^(?:[A-Z](?:[a-z]?[A-Z0-9&]){1,9}(?:-[A-Z][A-Z0-9&]{1,9}){0,2}|[0-9]{1,3}[A-Z]{1,4})$"
)
_ARTICLES = {"al", "el", "ad", "ed", "ud", "ul", "ar", "ash", "az", "an"}


# A name in a script other than Latin says its script, and for a script one language owns its
# language; for a script many languages share ("Аль-Каида" could be Russian or Chechen), the
# tag says the script only ("und-Cyrl"), never a language the text does not give.
_SCRIPT_TAGS = {
    "GREEK": "el", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko", "THAI": "th",
    "CYRILLIC": "und-Cyrl", "ARABIC": "und-Arab", "HEBREW": "und-Hebr",
    "DEVANAGARI": "und-Deva", "BENGALI": "und-Beng", "TAMIL": "ta", "GURMUKHI": "pa",
    "CJK": "und-Hani", "HIRAGANA": "ja", "KATAKANA": "ja", "ETHIOPIC": "und-Ethi",
}  # fmt: skip


def script_tag(name: str) -> str | None:
    """The tag of the script most of a name's letters are written in, None for Latin."""
    counts: dict[str, int] = {}
    for char in name:
        if char.isalpha() and not char.isascii():
            script = unicodedata.name(char, "").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    letters = sum(1 for char in name if char.isalpha())
    if not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return _SCRIPT_TAGS.get(script) if count * 2 > letters else None


def language_of(name: str) -> str:
    """'fr', 'ar-Latn' or 'en' for a group's name written in Latin letters; the script's tag
    for one written in another script ('Επαναστατικός Αγώνας' → 'el')."""
    if (tag := script_tag(name)) is not None:
        return tag
    words = [w.lower() for w in re.findall(rf"[\w{_APOSTROPHES}]+", name)]
    words = [re.sub(f"[{_APOSTROPHES}]", "", w) for w in words]
    french = sum(1 for w in words if w in _FRENCH) + (1 if _ACCENTS.search(name) else 0)
    english = sum(1 for w in words if w in _ENGLISH)
    arabic = sum(1 for w in words if w in _ARABIC) + len(
        re.findall(r"\b(?:al|el|bi|wal|bil|ad|ash)-", name, re.I)
    )
    if french >= 2 and french > english:
        return "fr"
    if arabic >= 2 and english == 0 and french < 2:
        return "ar-Latn"
    return "en"


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip()))


# A list item's marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+")


def split_name_list(text: str) -> list[tuple[int, int, str]]:
    """A comma-separated list of names, with each name's span; commas inside parentheses do
    not split ('Armed Islamic Group (GIA, Algeria)' stays one name). A list written one item to
    a line behind bullets ("- Weatherman" / "- the Weathermen") is split at each bullet as well:
    a line without a bullet continues the item above it (a name wrapped onto the next line).
    A table ("Name | Form" over "Jaish al-Adl | transliteration") gives the cell of its name
    column on each row (`_table_names`)."""
    table = _table_names(text)
    if table is not None:
        return table
    if not any(_BULLET.match(line) for line in text.splitlines()):
        return _split_at_commas(text)
    items: list[tuple[int, int, str]] = []
    for start, end in _bulleted_items(text):
        items += [(start + s, start + e, name) for s, e, name in _split_at_commas(text[start:end])]
    return items


_CELL = re.compile(r"[^|]+")
# the titles a names table gives its columns; the first group names the column of names
_NAME_COLUMN = re.compile(r"(?:alternative\s+)?(?:names?|alias(?:es)?|spellings?)", re.I)
_OTHER_COLUMN = re.compile(
    r"(?:forms?|languages?|scripts?|types?|kinds?|notes?|remarks?|meanings?|translations?|"
    r"transliterations?|used(?:\s+by)?|periods?|dates?|years?|sources?|comments?)", re.I
)
_EMPTY_CELL = {"", "—", "–", "-", "n/a", "none"}


def _table_names(text: str) -> list[tuple[int, int, str]] | None:
    """The names of a list written as a table with a header row of column titles ("Name |
    Form | Note"): the cell under the name column (the first, if none is titled so) on every
    row after the header. The other cells say what the name is (a transliteration, a short
    form) and are no names. None when the text is no such table: a header of titles is the
    evidence, since without it a second column may as well hold a second name."""
    rows: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if "|" in line:
            rows.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    if len(rows) < 2:
        return None
    header = [c.group(0).strip().rstrip(":").strip() for c in _cells(rows[0][1])]
    if not header or not all(_NAME_COLUMN.fullmatch(c) or _OTHER_COLUMN.fullmatch(c)
                             for c in header):
        return None
    column = next((i for i, c in enumerate(header) if _NAME_COLUMN.fullmatch(c)), 0)
    items: list[tuple[int, int, str]] = []
    for start, line in rows[1:]:
        cells = _cells(line)
        if _RULE_ROW.fullmatch(line.strip()) or column >= len(cells):
            continue
        cell = cells[column]
        raw = cell.group(0)
        name = " ".join(raw.split()).rstrip(".")
        if name.lower() in _EMPTY_CELL:
            continue
        begin = start + cell.start() + (len(raw) - len(raw.lstrip()))
        items.append((begin, begin + len(name), name))
    return items


_RULE_ROW = re.compile(r"[|:\s-]+")


def _cells(line: str) -> list[re.Match[str]]:
    """A row's cells, the empty ones a leading or trailing bar makes left out."""
    cells = list(_CELL.finditer(line))
    while cells and not cells[0].group(0).strip() and line[: cells[0].start()].strip() == "":
        cells = cells[1:]
    while cells and not cells[-1].group(0).strip():
        cells = cells[:-1]
    return cells


def _bulleted_items(text: str) -> list[tuple[int, int]]:
    """The span of each bulleted item's text, its bullet left out."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        bullet = _BULLET.match(line)
        if bullet is not None:
            spans.append((offset + bullet.end(), offset + len(line.rstrip("\r\n"))))
        elif spans and line.strip():
            spans[-1] = (spans[-1][0], offset + len(line.rstrip("\r\n")))
        elif line.strip():  # text before the first bullet is an item of its own
            spans.append((offset, offset + len(line.rstrip("\r\n"))))
        offset += len(line)
    return spans


# A sanctions listing's field label and its items' letters: "a.k.a.: (a) X; (b) Y; (c) Z"
# (the UN's and OFAC's consolidated lists), "also known as: (i) X, (ii) Y". The label and the
# letters say where a name stands and are no part of it.
_LISTING_LABEL = re.compile(r"(?i:a\.k\.a\.?|aka|also\s+known\s+as)\s*:\s*|a\.k\.a\.\s+")
_ITEM_LETTER = re.compile(r"(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4})\))\s+(?=\S)")


def _without_listing_marks(raw: str) -> int:
    """How many characters a listing's label and an item's letter take at the start of an
    item ("a.k.a.: (a) Quwat …" → the length of "a.k.a.: (a) "); 0 where there are none."""
    lead = len(raw) - len(raw.lstrip())
    cut = lead
    if label := _LISTING_LABEL.match(raw, cut):
        cut = label.end()
    if letter := _ITEM_LETTER.match(raw, cut):
        cut = letter.end()
    return cut if cut > lead and raw[cut:].strip() else lead


def _split_at_commas(text: str) -> list[tuple[int, int, str]]:
    items: list[tuple[int, int, str]] = []
    depth = 0
    start = 0
    for index, char in enumerate(text + ","):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            raw = text[start:index]
            marks = _without_listing_marks(raw)
            raw = raw[marks:]
            start += marks
            stripped = raw.strip().rstrip(".")
            if stripped:
                offset = start + (len(raw) - len(raw.lstrip()))
                # a name wrapped onto the next line is one name with one space
                items.append((offset, offset + len(stripped), " ".join(stripped.split())))
            start = index + 1
    return items


@dataclass
class NameSet:
    """The names one mention gives an organisation: 'Groupe Islamique Armeé (Armed Islamic
    Group or GIA)' gives two names and an acronym."""

    names: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)

    def preferred(self) -> dict[str, str]:
        """One name per language, the first given in it."""
        chosen: dict[str, str] = {}
        for name in self.names:
            chosen.setdefault(language_of(name), name)
        return chosen


_ALSO = re.compile(
    r"\s*[,;]?\s+(?:also|often|sometimes|variously)\s+(?:rendered|known\s+as|called|spelt|spelled|"
    r"written|transliterated(?:\s+as)?|translated(?:\s+as)?)\s+|\s*,\s*a\.?k\.?a\.?\s+"
)


def is_qualifier(text: str) -> bool:
    """Whether a parenthesis after a name is part of it rather than another name or an
    acronym: an adjective of creed or nation ('Communist Party of India (Maoist)', '… (Marxist-
    Leninist)'). Without it the name is another organisation's ('Communist Party of India')."""
    text = text.strip()
    words = [w for w in re.split(r"[\s-]+", text) if w]
    return (
        0 < len(words) <= 3
        and not is_acronym(text)
        and all(is_adjective_word(w) for w in words)
    )


_PARENTHESIS = re.compile(r"\(([^()]+)\)")


# "(Arabic: جيش الإسلام, Jaish al-Islam)": the language's label names no organisation; the
# names after it, in the script and in Latin letters, are separated by commas
_LANGUAGE = (
    r"(?:Arabic|Persian|Farsi|Dari|Urdu|Pashto|Punjabi|French|Spanish|Italian|German|Turkish|"
    r"Kurdish|Russian|Somali|Hebrew|Greek|Tamil|Bengali|Hindi|Indonesian|Malay|Tagalog|"
    r"Filipino|Basque|Catalan|Portuguese|Amharic|Hausa|Chinese|Japanese|Irish|Sinhala|Uzbek|"
    r"Chechen|Tigrinya|Fulfulde|Tamasheq|Berber|Tamazight)"
)
# in brackets after a name, or the whole of a bracket's text a reader passes on
_LANGUAGE_LABELLED = re.compile(rf"\({_LANGUAGE}\s*:\s*(?P<names>[^()]+)\)|"
                                rf"^{_LANGUAGE}\s*:\s*(?P<alone>[^()]+)$")


def _language_labelled(match: re.Match[str]) -> str:
    """The names of a bracket opened by a language's label, each kept apart; a word in lower
    case ("Persian: farmandehi") is a term glossed, no name, and is left out."""
    listed = match["names"] if match["names"] is not None else match["alone"]
    names = [n.strip() for n in listed.split(",")]
    names = [n for n in names if n and not n.islower()]
    if match["alone"] is not None:
        return " / ".join(names)
    return f"({' / '.join(names)})" if names else ""


# words all in lower case, two or more of them plain words (no transliteration's hyphen),
# describe a name; they name nothing ("al-Nasr Battalions (claims its attacks)"), where a name
# written in lower case is a transliteration ("jaish al-adl")
_LOWER_DESCRIPTION = re.compile(r"[a-z][\w’'-]*(?:[\s,]+[a-z][\w’'-]*)+")


def is_lower_description(text: str) -> bool:
    """Words all in lower case, two or more plain ones: what a writer says of a name."""
    text = text.strip()
    return bool(_LOWER_DESCRIPTION.fullmatch(text)) and sum(
        1 for word in re.split(r"[\s,]+", text) if "-" not in word) >= 2


def parse_named(text: str) -> NameSet:
    """Split 'X (Y or ACR)', 'X (Y (ACR)' (unbalanced, as profiles write it) or 'X (ACR)'; a
    qualifier in brackets stays part of its name ('Communist Party of India (Maoist)'); a
    bracket opened by a language's label gives the names after it ('X (Arabic: …, …)')."""
    text = text.strip().strip("‘’“”\"'").strip()
    if is_lower_description(text):
        return NameSet()  # a bracket's words read alone: a description, no name
    text = _LANGUAGE_LABELLED.sub(_language_labelled, text)
    # "MUJAO, also rendered Movement for Tawhid …", "MNJ, also known as …": another name
    text = _ALSO.sub(" / ", text)
    text = _PARENTHESIS.sub(
        lambda m: f"\x00{m[1]}\x01" if is_qualifier(m[1]) else m[0], text
    )
    parts = [
        p.replace("\x00", "(").replace("\x01", ")")
        for p in re.split(r"\s*[()]\s*", text)
        if p.strip()
    ]
    result = NameSet()
    for index, part in enumerate(parts):
        if index and is_lower_description(part):
            continue  # "X (claims most attacks in its own name)": what the writer says of it
        for piece in re.split(r"\s+or\s+|\s*/\s*|\s*;\s*", part):
            piece = strip_article(piece.strip(" ,.‘’“”\"'"))
            if len(piece) < 2:
                continue  # "DHKP/C": one letter is neither a name nor an acronym
            if is_acronym(piece):
                if piece not in result.acronyms:
                    result.acronyms.append(piece)
            elif piece not in result.names:
                result.names.append(piece)
    if len(result.names) == 1 and len(result.acronyms) == 1:
        result.names[0] = without_describing_word(result.names[0], result.acronyms[0])
    return result


# Adjectives of nationality → gazetteer slug (kg.ingest.resolve reads them for places, used
# only when a text names none; here they describe an organisation before its name)
DEMONYMS = {
    "Algerian": "algeria", "Malian": "mali", "Tunisian": "tunisia", "Libyan": "libya",
    "Mauritanian": "mauritania", "Nigerien": "niger", "Burkinabe": "burkina-faso",
    "Burkinabé": "burkina-faso", "French": "france", "Spanish": "spain", "British": "united-kingdom",  # noqa: E501
    "American": "united-states", "Moroccan": "morocco", "Nigerian": "nigeria", "Ivorian": "ivory-coast",  # noqa: E501
    "Chadian": "chad", "Egyptian": "egypt", "Afghan": "afghanistan", "Canadian": "canada",
    "Indian": "india", "Pakistani": "pakistan", "Iraqi": "iraq", "Syrian": "syria",
    "Turkish": "turkey", "Lebanese": "lebanon", "Israeli": "israel", "Somali": "somalia",
    "Kenyan": "kenya", "Yemeni": "yemen", "Saudi": "saudi-arabia", "Iranian": "iran",
    "Filipino": "philippines", "Philippine": "philippines", "Colombian": "colombia",
    "Peruvian": "peru", "Malaysian": "malaysia", "Indonesian": "indonesia", "Russian": "russia",
    "Chinese": "china", "Palestinian": "palestinian-territory", "Sri Lankan": "sri-lanka",
    "Ethiopian": "ethiopia", "Cameroonian": "cameroon", "Jordanian": "jordan",
}  # fmt: skip


# a faith, a sect, a doctrine or a stance written before a name as an adjective ("the Shia
# Lashkar-e-Ali (LeA)", "the banned Lashkar-e-Ali"), or a word shaped like a nationality ("the
# Kenyan Jeshi la Mlima (JM)")
_DESCRIBING_WORD = re.compile(
    r"^(?:Shia|Shiite|Shi[’']ite|Sunni|Sufi|Salafi|Salafist|Deobandi|Barelvi|Ismaili|Alawite|"
    r"Druze|Wahhabi|Maoist|Marxist|Leninist|Islamist|Jihadist|Christian|Hindu|Sikh|Buddhist|"
    r"Catholic|Protestant|Loyalist|Republican|Separatist|Secessionist|Anarchist|Trotskyist|"
    r"Neo-Nazi|Far-[Rr]ight|Far-[Ll]eft|Militant|Radical|Extremist|Banned|Outlawed|Rival|"
    r"Sectarian|[A-Z][a-z]+(?:ian|ese|ish))$"
)
_NAME_PARTICLES = {"al", "el", "ul", "ud", "ut", "us", "ur", "ad", "ed", "ar", "as", "an", "at",
                   "az", "wa", "wal", "fi", "bi", "e", "i", "o", "u", "ag", "of", "for", "the",
                   "and", "in", "de", "la", "del", "des", "du", "le", "y"}


def _initials(words: list[str]) -> str:
    """The initials an acronym takes from a name's words: hyphenated parts count apart, the
    articles and particles of transliterations and the function words are skipped."""
    parts = [p for w in words for p in re.split(r"[-‑]", w) if p]
    return "".join(p[0] for p in parts if p.lower() not in _NAME_PARTICLES).lower()


def spelled_by(name: str, acronym: str) -> bool:
    """Whether an acronym spells a name's initials ("Jemaah Islamiyah" and "JI", "Lake Front
    for Unity" and "LFU"): a name a writer gives with such an acronym is an organisation's,
    since no one introduces a person's name with its initials."""
    letters = acronym.replace(".", "").replace("-", "").lower()
    return len(letters) >= 2 and acronym.isupper() and _initials(name.split()) == letters


def without_describing_word(name: str, acronym: str) -> str:
    """'Shia Sipah-e-Muhammad Pakistan' with '(SMP)' → 'Sipah-e-Muhammad Pakistan': the first
    word is a writer's description (a faith, a sect, a nationality), not part of the name,
    when the acronym's letters are the initials of the rest but not of the whole. A name whose
    acronym counts that word ('Shia Ulema Council (SUC)') keeps it; anything else unchanged."""
    words = name.split()
    if len(words) < 3 or not (_DESCRIBING_WORD.match(words[0]) or words[0] in DEMONYMS):
        return name
    letters = acronym.lower()
    if _initials(words) == letters or _initials(words[1:]) != letters:
        return name
    return " ".join(words[1:])


# "Jaish al-Zolm (“Army of Injustice,” the name used by the Iranian authorities)": a gloss
# in brackets, a quoted translation or a description in lower-case words, is about the name
_GLOSSED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)$")
_DESCRIPTION = re.compile(r"[“”\"]|(?:\b[a-z]+\b\W+){3}")


def without_gloss(listed: str) -> tuple[str, str | None]:
    """(the name, its gloss) of a listed name followed by a gloss in brackets; (listed, None)
    for a name with an acronym, a translation or a qualifier in brackets ('Jaish al-Adl (Army
    of Justice)', 'Front du Sahel (FDS)'), which stay as written."""
    found = _GLOSSED.match(listed.strip())
    if found is None or not _DESCRIPTION.search(found["gloss"] + " "):
        return listed, None
    return found["name"].strip(), found["gloss"].strip()


def strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", name.strip())


def slugify(text: str) -> str:
    """'Al-Qa´ida in the Islamic Maghreb' → 'al-qaida-in-the-islamic-maghreb'."""
    text = re.sub(f"[{_APOSTROPHES}]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


@lru_cache(maxsize=1 << 16)
def loose_key(name: str) -> str:
    """A second, looser key for transliterated names, used only when the strict key
    (kg.names.normalise_name) finds nothing: Arabic articles dropped and common variant
    spellings folded, so 'Ansar Dine' meets 'Ansar al-Din' and 'Al-Mourabitoun' meets
    'al-Murabitun'."""
    words = [w for w in normalise_name(name).split() if w not in _ARTICLES]
    folded = []
    for word in words:
        word = word.replace("ou", "u").replace("ee", "i").replace("ei", "i")
        if len(word) > 3 and word.endswith("e"):
            word = word[:-1]
        folded.append(word)
    return " ".join(folded)


# --- Is this span a whole organisation name? -------------------------------------------------
# The readers of lineage and attribution find a capitalised run where a sentence's grammar
# wants an organisation ("an offshoot of ___", "attributed to ___"). The run is a name only if
# it could stand alone as one: a nationality or creed adjective ("Palestinian", "Kurdish",
# "Islamist"), a common word that opens a sentence, or a possessive ("Haddad’s") is a modifier
# of what follows, never an organisation. Precision first: a span refused here states nothing,
# and the reader says so in the review.

# the suffixes that make a word an adjective of nation or creed whatever its stem; shorter
# endings ('-an', '-i') are too common in names ('Taliban', 'Ansaru') and are listed instead
_DEMONYM_SHAPE = re.compile(r"(?-i:[A-Z][a-zà-ÿ]{2,20}(?:ish|ian|ians|ese|ist|ists))")
_DEMONYMS = {
    "Afghan", "Afghans", "Pakistani", "Pakistanis", "Iraqi", "Iraqis", "Somali", "Somalis",
    "Yemeni", "Saudi", "Kenyan", "Moroccan", "Libyan", "Algerian", "American", "Mexican",
    "Chechen", "Uzbek", "Tajik", "Turkmen", "Israeli", "Israelis", "Kuwaiti", "Qatari",
    "Emirati", "Omani", "Bahraini", "Nepali", "Bangladeshi", "Punjabi", "Kashmiri",
    "Filipino", "Filipinos", "Thai", "Malay", "Uighur", "Uyghur", "Hutu", "Tutsi", "Fulani",
    "Hausa", "Kanuri", "Tuareg", "Tuaregs", "Berber", "Berbers", "Moor", "Druze", "Alawite",
    "Yazidi", "Maronite", "Coptic", "Greek", "Dutch", "French", "Irish", "Scottish", "Welsh",
    "Basques", "Catalan", "Corsican", "Colombian", "Peruvian", "Chilean", "Cuban",
    "Venezuelan", "Nicaraguan", "Salvadoran", "Mozambican", "Congolese", "Ugandan",
    "Rwandan", "Malian", "Nigerien", "Chadian", "Sudanese", "Eritrean", "Ethiopian",
    "Tanzanian", "Egyptian", "Syrian", "Iranian", "Turk", "Turks", "Sri", "Lankan",
}  # fmt: skip
_CREEDS = {
    "Islamist", "Islamists", "Islamic", "Jihadist", "Jihadists", "Salafi", "Salafist",
    "Salafists", "Shia", "Shiite", "Shiites", "Sunni", "Sunnis", "Muslim", "Muslims",
    "Christian", "Christians", "Marxist", "Marxists", "Maoist", "Maoists", "Leninist",
    "Communist", "Communists", "Socialist", "Nationalist", "Nationalists", "Basque", "Tamil",
    "Tamils", "Kurd", "Kurds", "Arab", "Arabs", "Moro", "Baloch", "Pashtun", "Pashtuns",
    "Sikh", "Sikhs", "Hindu", "Hindus", "Western", "Eastern", "Northern", "Southern",
    "Central", "Government", "State", "Army", "Police", "Security", "Islam", "Jihad",
}  # fmt: skip
_ADJECTIVE_CREEDS = _CREEDS - {
    "Islam", "Jihad", "State", "Army", "Police", "Security", "Government",
}  # fmt: skip
_GENERIC_HEADS = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|this|that|these|those|several|some|many|other|another|"
    r"one|two|three|various|rival|local)\s+)*(?:group|groups|movement|movements|faction|"
    r"factions|organi[sz]ations?|fighters|militants|members|cell|cells|party|parties|wing|"
    r"branch|network|militias?|rebels|insurgents|jihadists|brigades?|unit|units)$",
    re.I,
)
_POSSESSIVE_END = re.compile(r"[’']s?$")
_DASH_JOIN = re.compile(r"\s*[–—]\s*|(?<=\w)-(?=[A-Z])")


_NUMBERED_ACRONYM = re.compile(r"\b[A-Z]{1,6}-?\d{1,3}[A-Z]{0,3}\b")


def is_organisation_name(name: str) -> bool:
    """Whether a span taken where a sentence wants an organisation can name one by itself.

    Refused: an empty span, a lone nationality or creed adjective ('Palestinian', 'Afghan',
    'Islamist'), a generic noun phrase ('the movement', 'several groups', 'its fighters'), a
    possessive ('Haddad’s'), a number. Accepted: anything else of at most 16 words, so names
    in any language ('Euskadi Ta Askatasuna', 'Hizb ut-Tahrir') pass; a person or a place is
    told apart by the index, not by the shape (see `kg.ingest.lineage`)."""
    text = " ".join(name.strip(" ,.;:“”\"‘’'").split())
    text = re.sub(r"^(?:the|The)\s+(?:so-called\s+)?", "", text)
    # a number is no name, but an acronym with a number in it is ("Alianza Democrática M-19")
    if not text or (re.search(r"\d", _NUMBERED_ACRONYM.sub("", text)) and not is_acronym(text)):
        return False
    if _GENERIC_HEADS.match(text) or _POSSESSIVE_END.search(text):
        return False
    words = text.split()
    if len(words) > 16:
        return False
    if len(words) == 1:
        word = words[0]
        if word in _CREEDS or word in _DEMONYMS or _DEMONYM_SHAPE.fullmatch(word):
            return False
    # "Palestinian Islamist", "Sri Lankan": a run of adjectives only
    return not all(
        w in _DEMONYMS or w in _ADJECTIVE_CREEDS or _DEMONYM_SHAPE.fullmatch(w) for w in words
    )


def dash_parts(name: str) -> list[str]:
    """The parts of a name joined by an en or em dash ('Communist Party of Peru – Red Flag'
    → ['Communist Party of Peru', 'Red Flag']): the whole is one organisation, distinct from
    the part before the dash."""
    return [p for p in _DASH_JOIN.split(name) if p]


_ORG_HEADS = re.compile(
    r"\b(?:Front|Party|Movement|Group|Army|Brigades?|Council|Union|Organi[sz]ation|Tigers|"
    r"Forces?|Jihad|State|Congress|Network|Alliance|Battalions?|League|Committee|Commandos?|"
    r"Guards?|Mujahid\w*|Taliban|Brotherhood|Resistance|Liberation|Revolutionary|Islamic|"
    r"Islami\w*|Ansar\w*|Jama\w*|Jema\w*|Harakat|Hizb\w*|Hezb\w*|Lashkar|Jaish|Tehrik|Tanzim|"
    r"Katiba\w*|Frente|Partido|Ejército|Fuerzas|Movimiento|Sendero|Armée|Groupe|Mouvement|"
    r"Parti|Partiya|Askatasuna|Cells?|Circle|Society|Association|Coalition|Federation|Command|"
    r"Legion|Militias?|Squads?|Units?|Wing|Faction|Province|Emirate|Caliphate|Courts?|Shabaab|"
    r"Vanguard|Order|Fighters|Martyrs|Defenders|Soldiers|Youth|Students|Workers|"
    # Arabic, Italian, Spanish, German, Turkish heads ("Liwa al-Haqq", "Jaysh al-Sunna",
    # "Collettivo Politico Metropolitano", "Rote Armee Fraktion")
    r"Liwa|Jaysh|Jabhat|Jabha|Kata[’']?ib|Saraya|Faylaq|Hay[’']?at|Majlis|Ahrar|Jund|Junud|Asbat|"
    r"Usbat|Jamaat|Jama[’']at|Brigate|Brigada|Partito|Fronte|Colonna|Collettivo|Movimento|Nuclei|"
    r"Organizzazione|Unione|Comando|Organización|Frente|Fraktion|Bewegung|Zellen|Partisi|Cephesi|"
    r"Proletari\w*|Column|Collective|Circle|Committees?)\b"
)
_PERSON_OPENERS = re.compile(
    r"^(?:Abu|Ibn|Bin|Sheikh|Shaykh|Mullah|Mawlana|Maulana|Imam|Dr|General|Colonel|Commander|"
    r"Emir|Amir|Mr|Mrs|Ms|President|Prime|Sayyid|Hajji?)\b"
)
_INNER_CONNECTOR = re.compile(r"\s(?:of|for|the|de|del|la|le|pour|et|fi|wal|y|and|in)\s|[–—]")


def could_name_new_organisation(name: str) -> bool:
    """Whether an unknown name (neither in the graph nor introduced by the sentence) may be
    minted as a new organisation where a lineage or attribution verb wants one.

    Stricter than `is_organisation_name`, because the same slot in "broke away from ___" also
    takes a person ("broke away from Omar Haddad"): a name is taken only if it says it is an
    organisation (a head word such as Front, Party, Army, Jama'at, Hizb, in several languages),
    is an acronym, or is long or joined like one ('Communist Party of Peru – Red Flag'). A
    two-word name with none of these ('Omar Haddad', 'Hussein al-Musawi') is refused; the caller
    says so in the review, which is the precision-first choice."""
    text = re.sub(r"^(?:the|The)\s+(?:so-called\s+)?", "", " ".join(name.split())).strip(
        "“”\"‘’' "
    )
    if not is_organisation_name(text) or _PERSON_OPENERS.match(text):
        return False
    if is_acronym(text) or _ORG_HEADS.search(text) or _INNER_CONNECTOR.search(text):
        return True
    return len(text.split()) >= 3


# possessives that are part of a name ("Lord’s Resistance Army", "New People’s Army")
_NAME_POSSESSORS = {
    "people", "peoples", "lord", "lords", "god", "gods", "workers", "women", "martyrs",
    "nation", "nations", "allah", "prophet", "mother", "toilers", "masses", "mujahideen",
}  # fmt: skip
_OWNED = re.compile(
    r"^(?P<owner>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+(?:[’']s|s[’']))\s+(?P<owned>(?:[A-Z]|"
    r"(?:al|el|ad|ash|ar|as|az|an|at)-)\S.*)$"
)


def split_owner(name: str) -> str | None:
    """The organisation in "Owner’s Organisation" ("Belmokhtar’s Signed-in-Blood Battalion",
    "the Provisionals’ Belfast Brigade"), or None when the possessive is part of the name or
    what follows it does not say it is an organisation."""
    found = _OWNED.match(" ".join(name.split()))
    if found is None:
        return None
    owner_word = re.sub(r"(?:[’']s|[’'])$", "", found["owner"].split()[-1]).lower()
    if owner_word in _NAME_POSSESSORS or not could_name_new_organisation(found["owned"]):
        return None
    return found["owned"]


_HEAD_WORDS = re.compile(
    r"\b(?:Group|Brigades?|Battalions?|Front|Movement|Army|Tigers|Party|Council|Network|"
    r"Organi[sz]ation|Union|Forces|Militia|Jihad|Province|Wilayat?|Branch|Emirate|Column|Unit|"
    r"Squad|Regiment|Committees?|Alliance|Coalition|Command|Commando|Legion|League|Faction|"
    r"Wing|Cells?)\b"
)


def is_adjective_word(word: str) -> bool:
    """Whether one word is an adjective of nation or creed ('Pakistani', 'Kurdish', 'Sunni'),
    never a given name nor a name by itself."""
    return word in _DEMONYMS or word in _CREEDS or bool(_DEMONYM_SHAPE.fullmatch(word))


# nationalities that are nouns and never adjectives: "the Briton X" is a person, where "the
# Kurdish X" may be an organisation ("the Kurdish Ansar al-Islam")
NATIONALITY_NOUNS = frozenset({"Briton", "Turk", "Swede", "Dane", "Pole", "Finn", "Scot", "Jew"})

# the Arabic and Urdu heads that open an organisation's name and no person's ("Jaish
# al-Fatah", "Jund al-Sham", "Lashkar-e-Taiba"); "Ansar" and "Jamal" open persons' names too
_OPENING_HEADS = re.compile(
    r"^(?:Jaish|Jaysh|Jabhat|Jabha|Liwa|Kata[’']?ib|Katibat?|Harakat|Hizb|Lashkar|Tehrik|"
    r"Tanzim|Jund|Junud|Saraya|Faylaq|Asbat|Usbat|Majlis|Ahrar|Front|Frente|Groupe|Mouvement|"
    r"Movimiento|Partido|Parti|Armée|Ejército|Brigate|Brigades?)\b"
)


# the words that close a company's, a charity's or an office's name ("Kano Trading Company",
# "Sahel Relief Foundation"), which a court convicts as it convicts persons
_BODY_HEADS = re.compile(
    r"\b(?:Company|Corporation|Corp|Inc|Ltd|Limited|Holdings|Enterprises|Trust|Fund|Charity|"
    r"Foundation|Bank|Society|Association|Institute|Agency|Ministry|Office|Bureau|University|"
    r"Council|Committee|Commission)\b"
)


def names_an_organisation(name: str) -> bool:
    """Whether a name says by itself that it is an organisation's, so that no shape of
    sentence makes it a person: an acronym, a head word after the first ('… Brigades', '…
    Front', '… Company', '… Foundation') or an Arabic head opening it ('Jaish al-Fatah', 'Jund
    al-Khilafa')."""
    words = name.split()
    # a head word anywhere but first ("Lake Front", "Popular Front for …"): "Jihad" opens a
    # person's given name as well ("Jihad Haddad")
    return bool(words) and (is_acronym(" ".join(words))
                            or is_organisation_head(" ".join(words[1:]))
                            or bool(_BODY_HEADS.search(" ".join(words[1:])))
                            or bool(_OPENING_HEADS.match(words[0])))


def is_organisation_head(name: str) -> bool:
    """Whether a name carries a word that says it names an organisation ('… Brigades',
    '… Front'), so that it is never read as a person's surname."""
    return bool(_HEAD_WORDS.search(name))


def looks_like_person(name: str) -> bool:
    """A name that opens like a person's: a kunya, a title or a rank ('Abu Talha', 'Sheikh
    Omar', 'Colonel Karuna'). Used where an organisation is expected, to refuse it. A name
    whose last word is an organisation's head word is a unit named after a person ('the Abu
    Ali Mustafa Brigades', 'the Abu Sayyaf Group'), never the person."""
    words = name.split()
    if len(words) > 1 and _HEAD_WORDS.fullmatch(words[-1]):
        return False
    return bool(_PERSON_OPENERS.match(" ".join(words)))


_GENERIC_NAME_WORDS = {
    "the", "front", "jabhat", "jabha", "harakat", "movement", "group", "organization",
    "organisation", "jamaat", "jamaa", "tanzim", "party", "hizb",
}  # fmt: skip


def core_of_name(name: str) -> str:
    """A name without its generic words ('Jabhat al-Nusra', 'al-Nusra Front' → 'nusra'), for
    telling that a short form names the same organisation; '' when nothing distinctive is
    left or what is left is too short to be told apart."""
    words = [w for w in loose_key(name).split() if w not in _GENERIC_NAME_WORDS]
    core = " ".join(words)
    return core if len(core.replace(" ", "")) >= 4 else ""


# a kunya: "Abu" or "Umm" and one to three names ("Abu Hafs al-Masri", "Umm Salama")
_KUNYA = re.compile(r"^(?:Abu|Abou|Abi|Umm|Um)\s+(?:(?:al|el|ul|ud|ad|ash|as|ar)-)?[A-Z][\w’'-]+"
                    r"(?:\s+(?:(?:al|el|ul|ud|ad|ash|as|ar)-)?[A-Z][\w’'-]+){0,2}$")


def is_kunya(name: str) -> bool:
    """Whether a name is a kunya alone ("Abu Hafs al-Masri", "Umm Salama"): a person's name
    of honour, never an organisation's, whose name has a head word ("Abu Bakr Brigade")."""
    return bool(_KUNYA.match(name)) and not could_name_new_organisation(name)
