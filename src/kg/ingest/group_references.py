"""References to the profile's own group that are not one of its names.

"The Front split from …" in the profile of the Sahel Front: the head noun of the group's own
name, with the article and nothing after it that would make it another name ("the Front for
the Liberation of …", "the Front’s"), stands for the group. The lineage reader slots such a
reference as the group, so every lineage shape reads it as it reads "the group".

The descriptions and the head-noun list are `kg.ingest.group_reference`'s, shared with the
leadership reader; this module adds what the lineage and attribution readers need beyond them
(foreign first words, pronouns after another organisation, a leader's men).
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.context import IngestContext
from kg.ingest.group_reference import HEAD_NOUNS
from kg.ingest.names import could_name_new_organisation
from kg.ingest.slots import NAME, Slotted, _inside_longer_name
from kg.namespaces import KG

# head nouns of organisations' names: one list, kg.ingest.group_reference's, shared with leaders



# generic first words of transliterated names ("Katiba Macina", "Jabhat al-Nusra"): "the
# katiba" stands for the group, in either case
FOREIGN_HEADS = frozenset({
    "katiba", "katibat", "jamaat", "jama’at", "jama'at", "jamaah", "jamaa", "harakat", "harakah",
    "jabhat", "hizb", "lashkar", "jaish", "jaysh", "tehrik", "tehreek", "tanzim", "liwa",
    "saraya", "kataib", "majlis",
})  # fmt: skip
# capitalised generic nouns a profile may use for its own group ("the Organisation claimed")
GENERIC = ("Organisation", "Organization", "Group", "Movement")
# "the brigades" in the profile of the Al-Aqsa Martyrs' Brigades: a plural head noun a writer
# keeps in lower case still names the group; the others in lower case ("the army", "the front",
# "the council", "the forces") are as often a state's army, a battle line or a government body,
# and name the group only capitalised. "The force" in the Khalistan Commando Force's profile
# is the group: a state's force is "the police force", "the security force", never "the
# force" alone (`dev-16`, fifteenth round)
LOWER_CASE_HEADS = frozenset({
    "Brigades", "Battalions", "Tigers", "Commandos", "Mujahideen", "Falcons", "Committees",
    "Force",
})  # fmt: skip


def foreign_heads(ctx: IngestContext) -> set[str]:
    """The generic first words of the group's names ("Katiba" of "Katiba Macina"), and the
    generic last word of its preferred name ("Jamaat" of "Shariat Jamaat", a name in the
    word order of Russian or Urdu): the preferred name is the one the graph holds when the
    history is read, before the names section lists the others."""
    if ctx.subject is None:
        return set()
    found: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for label in ctx.graph.objects(ctx.subject, predicate):
            words = str(label).split()
            if len(words) >= 2 and words[0].lower() in FOREIGN_HEADS:
                found.add(words[0].lower())
            if (predicate == SKOS.prefLabel and len(words) >= 2
                    and words[-1].lower() in FOREIGN_HEADS):
                found.add(words[-1].lower())
    return found


def first_words(ctx: IngestContext) -> set[str]:
    """The first distinctive word of the group's preferred name without its Arabic article
    ("Gama’a" of "al-Gama’a al-Islamiyya"): "the Gama’a" stands for the group."""
    if ctx.subject is None:
        return set()
    found: set[str] = set()
    for label in ctx.graph.objects(ctx.subject, SKOS.prefLabel):
        words = str(label).split()
        article = re.match(r"(?:al|el|ad|ar|as|ash|at|az|an)-", words[0]) if words else None
        if len(words) >= 2 and article:  # only after an article: "the Sahel" is a region
            word = words[0][article.end():]
            if len(word) >= 4 and word[:1].isupper() and word.lower() not in FOREIGN_HEADS:
                found.add(word)
    return found


def head_nouns(ctx: IngestContext) -> set[str]:
    """The head nouns of the group's preferred and alternative English names: the last
    name word that is an organisation's noun, before any "of" ("Liberation Tigers of Tamil
    Eelam" → Tigers)."""
    if ctx.subject is None:
        return set()
    found: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for label in ctx.graph.objects(ctx.subject, predicate):
            words = re.split(r"\s+of\s+|\s+for\s+", str(label), maxsplit=1)[0].split()
            if len(words) >= 2 and words[-1] in HEAD_NOUNS:
                found.add(words[-1])
    return found


def head_noun_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """Spans of "the <head noun>" that stand for the group, outside the spans already taken."""
    if ctx.subject is None:
        return []
    heads = head_nouns(ctx)
    nouns = heads | {n.lower() for n in heads & LOWER_CASE_HEADS} | set(GENERIC) | first_words(ctx)
    foreign = foreign_heads(ctx)
    words = "|".join(sorted(re.escape(n) for n in nouns))
    if foreign:
        words += "|(?i:" + "|".join(sorted(re.escape(n) for n in foreign)) + ")"
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:{words})\b"
        r"(?![’'-]|\s+(?:of|for|de|du|des|al|el)\b|\s+[A-Z(⟦])"
    )
    own = {str(label) for predicate in (SKOS.prefLabel, SKOS.altLabel)
           for label in ctx.graph.objects(ctx.subject, predicate)}
    spans: list[tuple[int, int, URIRef]] = []
    for match in pattern.finditer(text):
        if any(not (match.end() <= a or match.start() >= b) for a, b, _ in taken):
            continue
        noun = match.group(0).split()[-1]
        if _another_named(text, noun, own):
            continue  # "the Popular Front … the Front": which front is not said
        spans.append((match.start(), match.end(), ctx.subject))
    return spans


def _another_named(text: str, noun: str, own: set[str]) -> bool:
    """Whether the sentence names an organisation other than the group with the same head
    noun ("the Popular Front"), so "the Front" could be either."""
    for match in re.finditer(rf"(?:[A-Z][\w’'-]*\s+)+{noun}\b", text):
        name = re.sub(r"^(?:(?:The|In|On|By|After|Before|Since|When)\s+)+", "", match.group(0))
        if name == noun:
            continue
        if not any(label.endswith(name) or name.endswith(label) for label in own):
            return True
    return False


# what "it" stands for when the sentence before was about an organisation the graph does not
# know: no organisation, so no lineage is read from it (precision first)
UNRESOLVED = URIRef("urn:kg:ingest:unresolved-reference")

# a sentence's opening: a date or a linking phrase before its subject ("In March 2011, ")
_OPENING = re.compile(
    r"^\W*(?:(?:in|on|by|from|after|before|during|around|about|later|then|since|until|till|that|"
    r"the\s+"
    r"following|two|three|four|five|\d{1,4}|early|late|mid-?|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|spring|summer|autumn|winter|year|"
    r"years|months?|later)[\s,]+)*",
    re.I,
)


def subject_of(ctx: IngestContext, template: Slotted) -> URIRef | None:
    """The organisation a sentence is about, for the pronoun of the next: the slot that opens
    it (after a date), or the group when it opens with a reference to it; None otherwise."""
    rest = template.text[_OPENING.match(template.text).end():]
    slot = re.match(r"(?:the\s+)?(⟦\d+⟧)", rest, re.I)
    if slot:
        # the group's own name, even an acronym another organisation shares ("The SF is not
        # to be confused with the Sahara Force (SF)"), is the group in its own profile
        offset = len(template.text) - len(rest)
        said = template.original_span(offset + slot.start(1), offset + slot.end(1))
        if ctx.subject is not None and ctx.index.has_name(ctx.subject, said.strip()):
            return ctx.subject
        return template.entity(slot.group(1))
    if re.match(r"(?:it|the\s+(?:group|organi[sz]ation|movement))\b", rest, re.I):
        return ctx.subject
    name = re.match(rf"(?:(?P<the>[Tt]he)\s+)?(?P<name>{NAME})", rest)
    if name and (name["the"] or could_name_new_organisation(name["name"])):
        return UNRESOLVED  # "The Wagadou Falcons was founded …": another, unknown one
    return None


def other_subject_pronoun(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]],
    last_subject: URIRef | None,
) -> list[tuple[int, int, URIRef]]:
    """"It" opening a sentence whose previous sentence was about another organisation
    stands for that organisation, never for the profile's group."""
    if last_subject is None or last_subject == ctx.subject:
        return []
    opening = _OPENING.match(text)
    match = re.match(r"[Ii]t\b(?![’'])", text[opening.end():])
    if match is None:
        return []
    start = opening.end()
    if any(a <= start < b for a, b, _ in taken):
        return []
    return [(start, start + 2, last_subject)]


def _variant_of(alt: str, preferred: str) -> bool:
    """Whether an alternative name is the preferred name written another way: an acronym
    standing for some of its words ("Real IRA" for "Real Irish Republican Army"), an article,
    another case. A former name ("Those Who Sign in Blood") is none."""
    def norm(words: list[str]) -> str:
        return " ".join(w.casefold() for w in words if w.casefold() not in ("the", "a", "an"))

    pref = preferred.split()
    expanded: list[str] = []
    for word in alt.split():
        if re.fullmatch(r"[A-Z]{2,8}", word):
            for i in range(len(pref) - len(word) + 1):
                if "".join(w[0] for w in pref[i : i + len(word)]).upper() == word:
                    expanded += pref[i : i + len(word)]
                    break
            else:
                expanded.append(word)
        else:
            expanded.append(word)
    return norm(expanded) == norm(pref)


def own_name_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]],
    *, variants_only: bool = False,
) -> list[tuple[int, int, URIRef]]:
    """Spans of the group's own alternative names ("the Jihad Group" in the profile of
    Egyptian Islamic Jihad, which lists it among its names) that no other span covers: the
    profile says they name the group. Longer names first, whole words only."""
    if ctx.subject is None:
        return []
    labels = {str(label) for predicate in (SKOS.prefLabel, SKOS.altLabel)
              for label in ctx.graph.objects(ctx.subject, predicate)}
    preferred = [str(label) for label in ctx.graph.objects(ctx.subject, SKOS.prefLabel)]
    listed = ctx.layout.get("alternative-names")  # read before its section states them
    if listed is not None:
        labels |= {" ".join(n.split()) for n in re.split(r"[,;\n]", listed.body) if n.strip()}
    if variants_only:
        acronyms = {str(a).casefold() for a in ctx.graph.objects(ctx.subject, KG.acronym)}
        labels = {label for label in labels
                  if label.casefold() in acronyms
                  or any(_variant_of(label, p) for p in preferred)}
    spans: list[tuple[int, int, URIRef]] = []
    for label in sorted(labels, key=len, reverse=True):
        if len(label) < 4 or not re.search(r"[A-Z]", label):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-]|[’']s\b)", text):
            if any(not (match.end() <= a or match.start() >= b) for a, b, _ in [*taken, *spans]):
                continue
            if _inside_longer_name(text, match.start()) or re.match(
                r"\s+(?-i:[A-Z])|\s{0,3}[–—]", text[match.end():]
            ):
                continue  # "Qaedat al-Jihad" is not al-Jihad, "Red Brigades–Fighting …" not RB
            spans.append((match.start(), match.end(), ctx.subject))
    return spans


# "Shigenobu’s group", "Koufa’s followers": the men or the group of the profile's leader
LEADERS_MEN = re.compile(
    rf"(?P<person>{NAME})(?:(?<=[’']s)|[’']s)\s+(?:own\s+)?(?:group|followers|men|fighters|"
    r"movement|organi[sz]ation|militants|loyalists|band)\b(?!\s*,\s*(?:the\s+)?[A-Z⟦“\"])"
)  # never "Top’s group, Tanzim Qaedat al-Jihad,": a named part is an organisation of its own


def leaders_men_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """Spans of "<leader>’s group / followers / men" where the leader is a person the
    profile's leadership paragraph names: the group."""
    leadership = ctx.layout.get("leadership")
    if ctx.subject is None or leadership is None:
        return []
    spans: list[tuple[int, int, URIRef]] = []
    for match in LEADERS_MEN.finditer(text):
        if any(not (match.end() <= a or match.start() >= b) for a, b, _ in taken):
            continue
        person = re.sub(r"[’']s$", "", match["person"].split()[-1])
        if re.search(rf"(?<![\w-]){re.escape(person)}(?![\w-])", leadership.body):
            spans.append((match.start(), match.end(), ctx.subject))
    return spans

