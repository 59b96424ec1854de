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

from kg.query import normalise_name

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
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_ARTICLES = {"al", "el", "ad", "ed", "ud", "ul", "ar", "ash", "az", "an"}


def language_of(name: str) -> str:
    """'fr', 'ar-Latn' or 'en' for a group's name."""
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


def split_name_list(text: str) -> list[tuple[int, int, str]]:
    """A comma-separated list of names, with each name's span; commas inside parentheses do
    not split ('Armed Islamic Group (GIA, Algeria)' stays one name)."""
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
            stripped = raw.strip().rstrip(".")
            if stripped:
                offset = start + (len(raw) - len(raw.lstrip()))
                items.append((offset, offset + len(stripped), stripped))
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


def parse_named(text: str) -> NameSet:
    """Split 'X (Y or ACR)', 'X (Y (ACR)' (unbalanced, as profiles write it) or 'X (ACR)'."""
    text = text.strip().strip("‘’“”\"'").strip()
    parts = [p for p in re.split(r"\s*[()]\s*", text) if p.strip()]
    result = NameSet()
    for part in parts:
        for piece in re.split(r"\s+or\s+|\s*/\s*|\s*;\s*", part):
            piece = strip_article(piece.strip(" ,.‘’“”\"'"))
            if not piece:
                continue
            if is_acronym(piece):
                if piece not in result.acronyms:
                    result.acronyms.append(piece)
            elif piece not in result.names:
                result.names.append(piece)
    return result


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
    (kg.query.normalise_name) finds nothing: Arabic articles dropped and common variant
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
