"""Persons in a claimant's place: a name the profile shows as a person's, and the group's own
spokesman or leader speaking for it."""

from __future__ import annotations

import re

from rdflib.namespace import SKOS

from kg.ingest.attribution.lexicon import _ORG_NAME
from kg.ingest.context import IngestContext
from kg.ingest.names import (
    is_adjective_word,
    is_organisation_head,
    looks_like_person,
    strip_article,
)
from kg.ingest.resolve import DEMONYMS
from kg.ingest.slots import NAME, Slotted
from kg.namespaces import KG


def _voice_of_group(ctx: IngestContext, template: Slotted, span: tuple[int, int]) -> bool:
    """Whether the claimant is one person the profile's leadership paragraph names (its
    leader, commander or spokesman: "Abu Salma claimed", "Touati claimed"), or one the
    leaders reader stated as the group's leader wherever the profile tells it ("Zarqawi
    claimed", the history telling "Zarqawi led it"): he claims for the group, as the keys'
    convention has a claim by the group's founder or leader. A person named nowhere there
    claims for nobody."""
    section = ctx.layout.get("leadership")
    if ctx.subject is None:
        return False
    written = strip_article(template.original_span(*span).strip())
    if "⟦" in template.text[span[0]:span[1]] or not re.fullmatch(NAME, written):
        return False
    if re.search(rf"(?<![\w-]){re.escape(written)}[’']s\s+{_ORG_NAME}", template.text):
        return False  # "Belmokhtar’s Signed-in-Blood Battalion …; Belmokhtar claimed": his unit's
    if written in stated_leader_names(ctx):
        return True
    if section is None:
        return False
    known, _, _ = ctx.index.lookup(written)
    is_person = (known is not None and "person" in ctx.index.kinds.get(known, set())) or (
        looks_like_person(written) or _person_in_profile(ctx, written))
    return is_person and re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])",
                                   section.body) is not None


def stated_leader_names(ctx: IngestContext) -> set[str]:
    """The names by which a profile may write the persons the leaders reader stated as its
    group's leaders: each full label, and its last word without an Arabic article ("Zarqawi"
    for "Abu Musab al-Zarqawi"), where that word is capitalised. Read from the tenures stated
    before the attacks are read (the leaders step runs first), so a leader told in the history
    alone counts as one told in a leadership paragraph."""
    if ctx.subject is None:
        return set()
    names: set[str] = set()
    for tenure in ctx.graph.objects(ctx.subject, KG.hasLeadership):
        for person in ctx.graph.objects(tenure, KG.leader):
            labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel)
                      for o in ctx.graph.objects(person, p)}
            labels |= set(ctx.index.labels.get(person, {}).values())
            for label in labels:
                names.add(label)
                last = re.sub(r"^(?:al|el|ad|ash|as|at|az|an|ar)-", "", label.split()[-1])
                if re.fullmatch(r"(?-i:[A-Z][\w’'-]{2,40})", last):
                    names.add(last)
    return names


# the Arabic article joined to a surname ("al-Zarqawi", "el-Sherif"): the surname alone
# ("Zarqawi") is the same man's
_ARTICLE = r"(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)"


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
            if label != tail and re.search(rf"(?:\s|\s{_ARTICLE}-){re.escape(tail)}$", label):
                return True
    text = "\n".join(section.body for section in ctx.layout.sections)
    # "Abu Musab al-Zarqawi … Zarqawi": the surname may carry the article joined to it
    given = re.compile(
        rf"(?-i:\b[A-Z][a-z][\w’'-]*\s+(?:{_ARTICLE}-)?{re.escape(tail)})(?!\s+(?-i:[A-Z]))"
        rf"(?![\w’'-])"
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
    r"President|Prime|General|Lieutenant|Colonel|Captain|Minister|"
    # a preposition or a conjunction opening a sentence ("Unlike Hamas and …", "Like Fatah")
    r"Unlike|Like|Against|Despite|Besides|Beside|Including|Among|Amid|Amidst|Unless|Although|"
    r"Though|During|Until|Through|Within|Without|Via|Near|Over|Between|Beyond|Towards?|"
    r"Alongside|Except|Whereas|Whether|Also|Only|Even|Both|Neither|Either)\b)[A-Z][a-z]{2,15}\s)"
)
