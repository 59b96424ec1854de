"""Sentences with their organisations replaced by slots, so verb patterns can be read.

"The GSPC merged with Al Qaida in September 2006, changing its name to Al Qaida in the Islamic
Maghreb (AQIM)" becomes "The ⟦0⟧ merged with Al Qaida in September 2006, changing its name to
⟦1⟧": known organisations (and ones the sentence introduces, "X (ACR)" or a quoted new name)
become numbered slots; an unknown capitalised name in a slot position is matched by `NAME` and
created. The patterns of the history and attack extractors are written over this form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.ingest.context import IngestContext
from kg.ingest.names import (
    NameSet,
    is_acronym,
    is_kunya,
    is_lower_description,
    is_organisation_name,
    language_of,
    looks_like_person,
    parse_named,
    strip_article,
    without_describing_word,
)
from kg.ingest.sections import Section
from kg.ingest.state_bodies import names_a_state_body

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_STOP = rf"(?:In|On|At|By|After|Before|During|Following|However|The|Its|It|This|Since|Then|He|She|They|{_MONTHS})\b"  # noqa: E501
# Words that open a sentence or clause and never a name ("Formerly the Gao Front (GF), …",
# "Founded in 1998 as …"): without them the opener would be read as the name's first word.
_STOP = rf"(?:{_STOP}|(?:Formerly|Previously|Originally|Initially|Until|Founded|Formed|Created|Established|Born|Launched|Later|When|While|Although|Though|Under|With|From|Within|Among|Both|Several)\b)"  # noqa: E501
# Quantifiers are bounded (a word of at most 40 characters, a name of at most 16 words): a
# pattern searched at every offset of a long run of capitals would otherwise rescan the run
# from each offset, quadratic time on a hostile line (see kg.ingest.bounds).
_CAP = (
    rf"\b(?!{_STOP})(?:[A-ZÀ-ÖØ-Þ][\w’'´\-]{{0,40}}"  # "Óglaigh na hÉireann" too
    rf"|(?:al|el|wal|bil|bi|ad|ash|ar|fi|ut|ud|ul|as|az|an|at)-[\w’'´\-]{{1,40}})"
)
# An en or em dash inside a name continues it: "Communist Party of Peru – Red Flag",
# "Fatah–Revolutionary Council" are organisations of their own, not the name before the dash.
_DASH = r"(?:\s{0,3}[–—]\s{0,3})"
# inner words of names in English, French, Arabic transliteration, Italian, Spanish and
# Portuguese ("Partito della Guerriglia", "Ejército de Liberación Nacional"), and the "son of"
# of an Arabic name ("Katibat Zayd ibn Ali" is one name, never "Katibat Zayd")
_CONNECTOR = (
    r"(?:of|in|the|for|de|du|des|la|le|les|et|pour|fi|bi|wal|al|dans|pays|bil|della|delle|"
    r"degli|dei|del|di|da|do|dos|das|per|y|e|ibn|bin|bint)"
)
# Case-sensitive even inside patterns compiled with re.I: a name starts with a capital.
# Atomic: a name is the longest run of capitalised words; a pattern never needs a shorter one
# (what follows a name is a lowercase verb or a slot), and not trying shorter ones keeps a
# long run of capitals linear with a small constant.
NAME = rf"(?-i:(?>{_CAP}(?:(?:\s{{1,5}}(?:{_CONNECTOR}\s{{1,5}}){{0,3}}|{_DASH}){_CAP}){{0,15}}))"
G = r"⟦\d+⟧"
# "the so-called “Red Dawn”": a quoted or so-called name is still the name
SLOT = rf"(?:the\s+)?(?:so-called\s+)?(?:{G}|[“\"‘]?{NAME}(?:\s+of\s+(?:the\s+)?{G})?[”\"’]?)"
LIST = rf"{SLOT}(?:(?:\s{{0,5}},\s{{0,5}}(?:and\s{{1,5}})?|\s{{1,5}}and\s{{1,5}}){SLOT}){{0,12}}"
SLOT_RE = re.compile(SLOT)
_DASH_CONTINUES = re.compile(rf"{_DASH}(?-i:[A-Z])")
# 'X (ACR)', 'X (Other name or ACR)', 'X (name in another language)'
_NAME_WITH_AND = (
    rf"(?-i:{_CAP}(?:(?:\s{{1,5}}(?:(?:{_CONNECTOR}|and)\s{{1,5}}){{0,3}}|{_DASH}){_CAP}){{0,15}})"
)
_PAREN_INTRO = re.compile(rf"(?P<name>{_NAME_WITH_AND})\s{{0,5}}\((?P<inner>[^()]{{0,300}})\)")
_QUOTED_INTRO = re.compile(
    r"(?:named itself|renamed itself|changing its name to|changed its name to|known as|"
    r"called itself|calling itself|rebranded (?:itself )?as|took the name)\s+"
    r"(?P<q>[‘“\"'])\s*(?P<body>.{1,300}?)\s*[’”\"'](?=[\s,.;:]|$)"
)


# "Fighters of the Desert Brigade (DB)": the capitalised first word of a sentence is not part
# of the name the parenthesis introduces.
_PART_OF = re.compile(
    r"(?:Fighters|Members|Remnants|Units|Cadres|Militants|Elements|Leaders|Parts|Factions|"
    r"Gunmen|Supporters|Activists|Followers|Loyalists|Commandos|Cells|"
    r"Most|Some|Many|Much)\s+of\s+"
)

# "Struck the Kenyan Defence Forces (KDF) the camps of …": a writer who puts the verb first
# opens the sentence with a past tense and "the"; the verb is no word of the name after it
_VERB_OPENS = re.compile(
    r"(?-i:[A-Z][a-z]+ed|Struck|Shot|Hit|Took|Held|Fought|Drove|Overran|Stole|Threw|Burnt|Blew"
    r"\s+up|Set\s+off)\s+(?:the|an?)\s+(?=[A-Z])"
)


@dataclass
class Slotted:
    """A sentence in template form, and what each slot stands for."""

    original: str
    text: str = ""
    slots: list[URIRef] = field(default_factory=list)
    loose: dict[int, str] = field(default_factory=dict)  # slot → text matched by transliteration
    _pieces: list[tuple[int, int, int, int]] = field(default_factory=list)  # tpl → original

    def orig(self, position: int) -> int:
        """The offset in the original sentence of a template offset."""
        shift = 0
        for tpl_start, tpl_end, orig_start, orig_end in self._pieces:
            if position < tpl_start:
                break
            if position < tpl_end:
                return orig_start
            shift = orig_end - tpl_end
        return position + shift

    def original_span(self, start: int, end: int) -> str:
        return self.original[self.orig(start) : self.orig(end)]

    def entity(self, slot_text: str) -> URIRef | None:
        number = self.slot_number(slot_text)
        return self.slots[number] if number is not None else None

    def slot_number(self, slot_text: str) -> int | None:
        match = re.fullmatch(r"\s*(?:[Tt]he\s+)?⟦(\d+)⟧\s*", slot_text)
        return int(match.group(1)) if match else None


def slotted(
    ctx: IngestContext,
    text: str,
    spans: list[tuple[int, int, URIRef]] | None = None,
    *,
    kinds: tuple[str, ...] = ("group", "organisation"),
) -> Slotted:
    """Replace the given spans, then every other mention of an organisation, by slots."""
    chosen: list[tuple[int, int, URIRef]] = list(spans or [])
    loose: set[int] = set()
    for mention in ctx.mentions(text):
        if any(not (mention.end <= a or mention.start >= b) for a, b, _ in chosen):
            continue
        best = mention.best()
        if best is None or not (ctx.index.kinds.get(best, set()) & set(kinds)):
            continue
        if _DASH_CONTINUES.match(text, mention.end):
            continue  # "Communist Party of Peru – Red Flag": another organisation's name
        if _inside_longer_name(text, mention.start):
            continue  # "Jabhat Ansar al-Din" is not Ansar al-Din
        if re.search(r"\w-$", text[max(0, mention.start - 2):mention.start]):
            continue  # "Tehrik-i-Taliban Pakistan" is not the Taliban: a word joined before
        if _joined_to_another_name(ctx, text, mention.end):
            continue  # "BR-PCC", "PFLP-GC", "DHB-Sahel" are not the BR, PFLP, DHB
        end = mention.end
        acronym = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", text[end:])
        if acronym:
            end += acronym.end()
        chosen.append((mention.start, end, best))
        if mention.loose:
            loose.add(mention.start)
    chosen.sort()
    result = Slotted(text)
    parts: list[str] = []
    position = 0
    for start, end, iri in chosen:
        parts.append(text[position:start])
        tpl_start = sum(len(p) for p in parts)
        token = f"⟦{len(result.slots)}⟧"
        parts.append(token)
        result._pieces.append((tpl_start, tpl_start + len(token), start, end))
        if start in loose:
            result.loose[len(result.slots)] = text[start:end]
        result.slots.append(iri)
        position = end
    parts.append(text[position:])
    result.text = "".join(parts)
    return result


def _joined_to_another_name(ctx: IngestContext, text: str, end: int) -> bool:
    """Whether a known name runs on by a hyphen into a capitalised word ("PFLP-GC", "HuJI-B",
    "DHB-Sahel"): the whole is another organisation's name, and the known one a fragment of
    it. Only a second organisation the index knows ("AQIM-MUJAO") leaves it a name of its own."""
    joined = re.match(r"-([A-Z][\w’']{0,30})", text[end:])
    if joined is None:
        return False
    other, _, _ = ctx.index.lookup(joined.group(1))
    return other is None or not ctx.index.kinds.get(other, set()) & {"group", "organisation"}


_WORD_BEFORE = re.compile(r"(?:^|[\s(])(?P<w>[A-Z][\w’'\-]{1,40})\s{1,3}$")
_NOT_PART = re.compile(
    rf"^(?:{_STOP}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|A|An|And|But|"
    r"Or|As|Both|Either|Neither|Each|Every|All|Most|Some|When|Where|While|If|So|Also|Yet|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Dozens|Hundreds|"
    r"Thousands|Several|Many|Few|Suspected|Alleged|Armed|Masked|Unidentified|Former|Senior)$"
)


def _inside_longer_name(text: str, start: int) -> bool:
    """Whether a known name is the tail of a longer one: "Jabhat Ansar al-Din" (a front of
    its own) holds "Ansar al-Din". A capitalised word right before it that could belong to a
    name (not a sentence opener, a demonym, a possessive) makes the mention part of a longer
    name, which is then read as a name of its own."""
    before = _WORD_BEFORE.search(text[max(0, start - 45) : start])
    if before is None:
        return False
    word = before["w"]
    if _NOT_PART.match(word):
        return False
    if re.match(r"[A-Z][A-Z0-9]{1,9}\b", text[start:]) and not is_acronym(word):
        return True  # "the New IRA" is not the IRA: a capitalised word before an acronym
    return is_organisation_name(word) and not is_acronym(word)


# what only a person's other name is called: "X (nom de guerre Y)", "X (kunya Y)"
_PERSONS_OTHER_NAME = re.compile(r"\s*(?:nom\s+de\s+guerre|kunya|real\s+name|birth\s+name|"
                                 r"born|n[ée]e)\b", re.I)


def introductions(
    ctx: IngestContext, section: Section, text: str, line: int
) -> list[tuple[int, int, URIRef]]:
    """Organisations a sentence introduces with their names: "the Groupe Islamique Armeé
    (Armed Islamic Group or GIA)", "named itself ‘The Groupe salafiste … (GSPC)’". Each is
    resolved or created, its names stated; returns the spans they cover."""
    spans: list[tuple[int, int, URIRef]] = []
    for match in _QUOTED_INTRO.finditer(text):
        names = parse_named(match["body"])
        iri = ctx.group(section, names, line)
        if iri is not None:
            spans.append((match.start("q"), match.end(), iri))
    for match in _PAREN_INTRO.finditer(text):
        if any(a <= match.start() < b for a, b, _ in spans):
            continue
        part_of = _PART_OF.match(match["name"]) or _VERB_OPENS.match(match["name"])
        name_start = match.start("name") + (part_of.end() if part_of else 0)
        outer = strip_article(match["name"][part_of.end() :] if part_of else match["name"])
        # "the SF and the Desert Falcons (DF)": a known organisation before "and" is a name
        # of its own; the parenthesis introduces only what follows the last "and"
        joined = re.match(r"(?P<left>.+)\s+and\s+(?:the\s+)?(?P<right>\S.*)$", outer)
        if joined and (
            is_acronym(joined["left"]) or ctx.index.lookup(strip_article(joined["left"]))[0]
            # "the Jibo Falcons and the Pissila Falcons (PF)": the acronym is the right one's
            or _initials(joined["right"]) in parse_named(match["inner"]).acronyms
        ):
            name_start = match.start("name") + match["name"].rfind(joined["right"])
            outer = joined["right"]
        # "Pakistan's Inter-Services Intelligence (ISI)": the state's possessive is whose the
        # body is, no part of its name (kg.ingest.state_bodies)
        owned = re.match(r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’']s\s+(?=[A-Z])", outer)
        if owned and ctx.index.lookup(owned["owner"], "place")[0] is not None:
            name_start += outer.find(outer[owned.end():])
            outer = outer[owned.end():]
        inner = parse_named(match["inner"])
        # "Wadie Haddad's Popular Front … (PFLP-EO)", "Unlike the Red Army Faction (RAF)": the
        # acronym spells where the name starts; a possessor or an opening word before it is
        # no part of it
        spelled = _where_the_acronym_starts(outer, inner.acronyms)
        # a state's body keeps whatever owns it ("Ruritania's Directorate of State Security"):
        # its bare name is every state's, and only `kg.ingest.state_bodies` names its owner
        # (the slot still covers the words left out, as before: "Islamic State-aligned
        # Jamaah Ansharut Daulah (JAD)" is one slot, named "Jamaah Ansharut Daulah")
        if spelled and not names_a_state_body(outer[spelled:]):
            outer = outer[spelled:]
        # the slot still covers the describing word: "the ⟦SMP⟧ gunmen", as shapes read it
        outer = next((bare for acronym in inner.acronyms
                      if (bare := without_describing_word(outer, acronym)) != outer), outer)
        longer = _name_the_acronym_spells(text, name_start, outer, inner.acronyms)
        if longer is not None:
            name_start, outer = longer
        # "X (“the international”)": a translation in quotes, in lower case, introduces X as
        # a name, though the translation is no name of its own
        glossed = bool(re.fullmatch(r"\s*[‘“\"'][^‘’“”\"]+[’”\"']\s*", match["inner"])) and (
            is_lower_description(match["inner"].strip(" ‘’“”\"'")))
        if not inner.acronyms and not glossed and not _suffixed_acronym(outer, inner.names) and (
            not any(language_of(n) != language_of(outer) for n in inner.names)
        ):
            continue
        if not _plausible_name(outer) or any(not _plausible_name(n) for n in inner.names):
            continue
        if not inner.acronyms and (_PERSONS_OTHER_NAME.match(match["inner"]) or (
                inner.names and all(is_kunya(n) for n in inner.names))):
            # "Hassan Tahir (Abu Musab)", "X (nom de guerre Y)": a person's other name, no
            # organisation's
            continue
        names = NameSet([outer, *[n for n in inner.names if n != outer]], inner.acronyms)
        iri = ctx.group(section, names, line)
        if iri is not None:
            spans.append((name_start, match.end(), iri))
    return spans


# "People's Committee against Police Atrocities (PCPA)": capitalised words, then one or two
# lower-case words inside the name, right before the name the parenthesis follows
_HEAD_BEFORE_LOWER = re.compile(
    r"(?P<head>(?:[A-Z][\w’'-]*\s+){1,6})(?P<low>(?:(?-i:[a-z]+)\s+){1,2})$"
)


def _name_the_acronym_spells(
    text: str, start: int, name: str, acronyms: list[str]
) -> tuple[int, str] | None:
    """The whole name where the acronym spells more than the capitalised run before it: the
    name reader stops at a lower-case word ("against", "to"), so "People's Committee against
    Police Atrocities (PCPA)" would be introduced as "Police Atrocities". Extended back over
    one or two lower-case words and the capitalised words before them only where the
    initials of the whole then spell the acronym exactly; (start, name) or None."""
    for acronym in acronyms:
        own = _initials(name)
        if not own or own == acronym or not acronym.endswith(own):
            continue
        before = _HEAD_BEFORE_LOWER.search(text, max(0, start - 120), start)
        if before is None:
            continue
        words = before["head"].split()
        low = "".join(w[0] for w in before["low"].split()).upper()
        for count in range(1, len(words) + 1):
            head = words[-count:]
            # "Committee against Foreign Bases (CAFB)" spells its lower-case word too
            if _initials(" ".join(head)) + own == acronym or (
                    _initials(" ".join(head)) + low + own == acronym):
                first = before.start("head") + before["head"].rindex(" ".join(head))
                return first, text[first:start] + name
    return None


# "RUD-Urunana", "CNRD-Ubwiyunge": an acronym joined by a hyphen to a word of another language
_SUFFIXED_ACRONYM = re.compile(r"(?P<acronym>[A-Z]{2,8})-(?-i:[A-Z])[\w’']+")


def _suffixed_acronym(name: str, others: list[str]) -> bool:
    """Whether a parenthesis gives the name an acronym with a word joined to it, the acronym
    spelling the name's initials ("the Rally for Unity and Democracy (RUD-Urunana)"), or the
    same initials in another order, as a name translated from another language keeps its own
    ("the National Council for Renewal and Democracy (CNRD-Ubwiyunge)"): the parenthesis
    introduces the whole name, "and" and all, as an acronym alone does."""
    initials = _initials(name)
    return len(initials) >= 3 and any(
        (m := _SUFFIXED_ACRONYM.fullmatch(other)) is not None
        and sorted(m["acronym"]) == sorted(initials) for other in others)


def _where_the_acronym_starts(name: str, acronyms: list[str]) -> int:
    """The offset in `name` where the name its acronym spells starts, where words before it
    are no part of it: "Wadie Haddad's Popular Front for the Liberation of Palestine – External
    Operations (PFLP-EO)" (a person's possessive: the organisation is his, not named after
    him), "Unlike the Red Army Faction (RAF)" (a word opening the sentence). Only where the
    whole's initials do not spell the acronym and the last two or more words' spell it
    exactly: "People's Liberation Army (PLA)" and "Islamic State's Khorasan Province (ISKP)"
    keep their possessives, and an acronym of another language ("Revolutionary Cells (RZ)")
    moves nothing. 0 where nothing is left out."""
    words = list(re.finditer(r"\S+", name))
    for acronym in acronyms:
        letters = re.sub(r"[^A-Z]", "", acronym)
        if len(letters) < 2 or _initials(name) == letters:
            continue
        for first in range(1, len(words) - 1):
            if not words[first].group()[:1].isupper():
                continue
            rest = name[words[first].start():]
            if _initials(rest) == letters:
                return words[first].start()
    return 0


def _initials(name: str) -> str:
    """"Pissila Falcons" → "PF": the capitals that open the words of a name."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _plausible_name(name: str) -> bool:
    """A name, not a date, a count or a sentence fragment."""
    return bool(name) and not re.search(r"\d", name) and len(name.split()) <= 12 and not (
        is_acronym(name) and len(name) < 2
    )


def slot_entities(
    ctx: IngestContext, section: Section, slotted_text: Slotted, span: tuple[int, int], line: int
) -> list[URIRef]:
    """The organisations of a slot or list of slots (template span), creating unknown names."""
    start, end = span
    found: list[URIRef] = []
    for match in SLOT_RE.finditer(slotted_text.text, start, end):
        iri = slotted_text.entity(match.group(0))
        number = slotted_text.slot_number(match.group(0))
        if iri is not None and number in slotted_text.loose:
            said = slotted_text.loose[number]
            ctx.extracted(section, f"{said!r} matched {ctx.short(iri)} by transliteration")
        if iri is None:
            name = strip_article(slotted_text.original_span(match.start(), match.end()))
            name = re.sub(r"^so-called\s+", "", name).strip("“”\"‘’ ")
            if not is_organisation_name(name) or (
                looks_like_person(name) and ctx.index.lookup(name)[0] is None
            ):
                # "Palestinian", "Kurdish", "Haddad’s": a modifier, never an organisation
                ctx.reports[section.key].unused.append((
                    line, name, "name",
                    "stands where an organisation is expected but cannot name one by itself "
                    "(an adjective, a possessive or a common noun): nothing stated",
                ))
                continue
            known, _, _ = ctx.index.lookup(name)
            if known is not None and ctx.index.kinds.get(known, set()) & {"person", "place"}:
                continue
            iri = ctx.group(section, NameSet([name]), line)
        if iri is not None and iri not in found:
            found.append(iri)
    return found
