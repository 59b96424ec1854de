"""References to the profile's own group that are not one of its names.

"The Front split from …" in the profile of the Sahel Front: the head noun of the group's own
name, with the article and nothing after it that would make it another name ("the Front for
the Liberation of …", "the Front’s"), stands for the group. The lineage reader slots such a
reference as the group, so every lineage shape reads it as it reads "the group".

Kept apart so the leaders' readers can use (and the lead can unify) one module for it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.context import IngestContext

# head nouns of organisations' names: a name ending in one of these can be referred to by it
HEAD_NOUNS = frozenset({
    "Front", "Army", "Movement", "Party", "Brigade", "Brigades", "Union", "Council", "Group",
    "Organisation", "Organization", "Network", "Tigers", "Battalion", "Legion", "Alliance",
    "Coalition", "Forces", "Militia", "Congress", "Committee", "Column", "Guard", "Guards",
    "Falcons", "Mujahideen", "Resistance", "Jihad", "Faction",
})  # fmt: skip


# generic first words of transliterated names ("Katiba Macina", "Jabhat al-Nusra"): "the
# katiba" stands for the group, in either case
FOREIGN_HEADS = frozenset({
    "katiba", "katibat", "jamaat", "jama’at", "jama'at", "jamaah", "jamaa", "harakat", "harakah",
    "jabhat", "hizb", "lashkar", "jaish", "jaysh", "tehrik", "tehreek", "tanzim", "liwa",
    "saraya", "kataib", "majlis",
})  # fmt: skip
# capitalised generic nouns a profile may use for its own group ("the Organisation claimed")
GENERIC = ("Organisation", "Organization", "Group", "Movement")


def foreign_heads(ctx: IngestContext) -> set[str]:
    """The generic first words of the group's names ("Katiba" of "Katiba Macina")."""
    if ctx.subject is None:
        return set()
    found: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for label in ctx.graph.objects(ctx.subject, predicate):
            words = str(label).split()
            if len(words) >= 2 and words[0].lower() in FOREIGN_HEADS:
                found.add(words[0].lower())
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
    nouns = head_nouns(ctx) | set(GENERIC)
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
