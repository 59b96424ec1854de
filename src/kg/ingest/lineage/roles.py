"""Filling a frame's roles: which organisations a matched span names.

A slot, the profile's own group ("the group", "it"), or an unknown name only where it can
name an organisation; owners, parts, parentheses and inserted clauses are no party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.clauses import blank
from kg.ingest.context import IngestContext
from kg.ingest.group_references import UNRESOLVED
from kg.ingest.lineage.lexicon import ASIDE, INSERT, SELF_WORDS, Frame
from kg.ingest.name_variants import variant_of
from kg.ingest.names import (
    NameSet,
    could_name_new_organisation,
    is_acronym,
    is_organisation_name,
    looks_like_person,
    strip_article,
)
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, SLOT_RE, Slotted, slot_entities

_FACTION_OUT_OF = re.compile(
    r"\b(?:a|the|one)\s+(?:[\w-]+\s+)?(?:faction|wing|splinter|part|section)\s+(?:(?:that|which)\s+"
    r"[^⟦.;]{0,60}?\b(?:out\s+of|from|away\s+from))\s+(?:the\s+)?$",
    re.I,
)


def faction_out_of(template: Slotted, match: re.Match[str], prior: URIRef) -> bool:
    """Whether a merger's party is named only as the organisation a faction came out of."""
    for slot in re.finditer(r"⟦\d+⟧", template.text[match.start() : match.end()]):
        if template.entity(slot.group(0)) == prior:
            start = match.start() + slot.start()
            return bool(_FACTION_OUT_OF.search(template.text, match.start(), start))
    return False



def antecedent(
    ctx: IngestContext, template: Slotted, match: re.Match[str], own: URIRef
) -> list[URIRef]:
    """The organisation a pronoun subject stands for: the last one named before it in the
    sentence that is not the group itself; nothing when there is none."""
    before = [template.entity(m.group(0))
              for m in re.finditer(r"⟦\d+⟧", template.text[: match.start()])]
    named = [e for e in before if e is not None and e != own
             and "person" not in ctx.index.kinds.get(e, set())]
    return named[-1:]


_ASIDE_RE = re.compile(rf"{ASIDE}|{INSERT}", re.I)


def asides_of(
    frame: Frame, match: re.Match[str], *, whole: bool = False
) -> list[tuple[int, int]]:
    """The inserted clauses and parentheses inside a frame's prior roles (template offsets),
    or, `whole`, anywhere in its match (what a nested clause may still be read from)."""
    if whole:
        return [(match.start() + a.start(), match.start() + a.end())
                for a in _ASIDE_RE.finditer(match.group(0))]
    spans: list[tuple[int, int]] = []
    # a frame's own aside between its roles ("pledged allegiance to ⟦X⟧, as ⟦Y⟧ had renamed
    # itself in 2016, and was absorbed"): its dates are its own
    if "aside" in match.re.groupindex and match["aside"]:
        spans.append(match.span("aside"))
    for role in frame.priors:
        if role in match.re.groupindex and match[role]:
            start, end = match.span(role)
            spans += [(start + a.start(), start + a.end())
                      for a in _ASIDE_RE.finditer(match.string[start:end])]
    return spans





_SLOT_ONLY = re.compile(rf"\W*(?:the\s+)?(?:⟦\d+⟧|{NAME})\W*", re.I)



def role_spans(
    frame: Frame, match: re.Match[str]
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    priors = [match.span(p) for p in frame.priors if p in match.re.groupindex and match[p]]
    results = [r.rsplit(":", 1)[-1] for r in frame.result.split("|")]
    result = next(
        (match.span(r) for r in results if r in match.re.groupindex and match[r]), (-1, -1)
    )
    return result, priors


def overlaps(
    text: str, frame: Frame, match: re.Match[str], taken: tuple[int, int],
    taken_roles: tuple[tuple[int, int], list[tuple[int, int]]],
) -> bool:
    """Whether a match repeats a clause already read. Sharing only the organisation where
    one step ends and the next begins is no repeat: "renamed itself ⟦1⟧, which in 2018
    became ⟦2⟧" is two steps through ⟦1⟧ (the result of one, the prior of the other). The
    same organisation in the same role twice ("grew out of ⟦1⟧, a militia that renamed itself
    ⟦2⟧") is one step read twice."""
    start, end = max(match.start(), taken[0]), min(match.end(), taken[1])
    if start >= end:
        return False
    if not _SLOT_ONLY.fullmatch(text[start:end]):
        return True
    result, priors = role_spans(frame, match)
    taken_result, taken_priors = taken_roles

    def covers(span: tuple[int, int]) -> bool:
        return span[0] <= end and start <= span[1]

    chain = (covers(result) and any(covers(p) for p in taken_priors)) or (
        covers(taken_result) and any(covers(p) for p in priors)
    )
    return not chain




# words a possessive inside a name is made of ("Lord’s Resistance Army", "New People’s Army",
# "Kurdistan Workers’ Party"): never an owner to strip
_NAME_POSSESSORS = {
    "people", "peoples", "lord", "lords", "god", "gods", "workers", "women", "martyrs",
    "nation", "nations", "allah", "prophet", "mother", "toilers", "masses", "mujahideen",
}  # fmt: skip


def _is_owner(ctx: IngestContext, said: str, owned: str = "") -> bool:
    """Whether "X’s " before a name names its owner (a person: "Alice Auma’s Holy Spirit
    Movement", "Belmokhtar’s al-Mulathamun Battalion") rather than being part of the name
    ("the Lord’s Resistance Army")."""
    owner = re.sub(r"[’']s?\s*$", "", said.strip())
    words = owner.split()
    if not words or words[-1].lower() in _NAME_POSSESSORS:
        return False
    known, _, _ = ctx.index.lookup(owner)
    if known is not None:
        return "person" in ctx.index.kinds.get(known, set())
    if len(words) == 1 and owned and could_name_new_organisation(owned):
        # one unknown word owning a name that says it is an organisation ("Battalion")
        return not could_name_new_organisation(owner)
    return 2 <= len(words) <= 3 and not could_name_new_organisation(owner)


def _offset_in_template(template: Slotted, span: tuple[int, int], chars: int) -> int:
    """How far into a template span the first `chars` characters of its original text reach
    (a span without slots is the same text in both)."""
    original = template.original_span(*span)
    text = template.text[span[0] : span[1]]
    return chars if original == text else 0


def leader_stands_for_group(
    ctx: IngestContext, template: Slotted, match: re.Match[str], group: str
) -> list[URIRef]:
    """The profile's group, where a role is filled by a person its leadership paragraph
    names ("Julani broke away from the ISI", "its fighters joined Kony"); nothing otherwise."""
    leadership = ctx.layout.get("leadership")
    if ctx.subject is None or leadership is None or not match[group]:
        return []
    name = " ".join(template.original_span(*match.span(group)).split())
    known, _, _ = ctx.index.lookup(name)
    if known is not None and "person" not in ctx.index.kinds.get(known, set()):
        return []  # an organisation or a place by that name
    # The leadership paragraph must name the person *elsewhere*: where the layout gave the
    # sentence itself to the leadership (an untitled history read there by its position), its
    # own words would vouch for any name in it ("… whose Fatah – Revolutionary Council broke
    # away from Fatah" made the group a split of Fatah)
    body = " ".join(leadership.body.split()).replace(" ".join(template.original.split()), " ")
    # "Julani", "Kony": a surname the leadership paragraph uses for its person
    # "Jawlani" for "Abu Mohammad al-Jawlani": a name after an article prefix is still his
    if known is None and not re.search(
        rf"(?<![\w-])(?:(?:al|el|ad|as|ash|az|an|ar|at)-)?{re.escape(name)}(?![\w-])",
        body,
    ):
        return []
    if known is not None and name not in body:
        return []
    return [ctx.subject]


# the part after a slot's possessive, or a lowercase one after any ("⟦1⟧’s Sahara emirate",
# "the Niger Brigade’s southern wing"); never "Alice Auma’s Holy Spirit Movement"
_PART_AFTER = re.compile(
    r"(?:(?<=⟧[’']s)|(?<=[’']s)(?=\s+(?!(?:al|el|ad|ash|ar|as|az|an|at)-)[a-z]))\s+(?!⟦|the\s+⟦)(?:[\w-]{1,30}\s+){0,3}?[\w-]{1,30}"
    r"(?=\s*,|\s+and\s|\s*$)"
)
# "the Swat wing of ⟦TNSM⟧": the organisation is the one after "of"
_PART_OF_RE = re.compile(
    r"\b(?:(?-i:[A-Z][\w’'-]{1,30})\s+)?(?:local\s+|regional\s+|national\s+|militant\s+|"
    r"radical\s+|armed\s+|youth\s+)?(?:branch|chapter|section|wing)\s+of\b",
    re.I,
)
_OWNER = re.compile(
    r"^(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+[’']s\s+(?=[A-Z]|(?:al|el|ad|ash|ar|as|az|an|at)-)"
)
# a word and a hyphen right before a name: "pro-", "anti-", "ex-" make the name a modifier
_HYPHENATED_PREFIX = re.compile(r"\w-$")
_ROLE_ITEM = re.compile(
    # a name first: "the Movement for the Emancipation …" is not "the movement" (the group)
    rf"{SLOT_RE.pattern}|\b(?:{'|'.join(re.escape(w) for w in SELF_WORDS)})\b", re.I
)


def role_organisations(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str], group: str,
    refused: list[str], line: int, *, named: bool = False, slots_only: bool = False,
    plain: bool = False, possessive: bool = False,
) -> list[URIRef]:
    """The organisations of one role: the profile's group for "the group", "it" …; the
    slots; an unknown name only where it could name an organisation (never a person, a place,
    an adjective). `plain`: every slot the role spans, as the first rounds' shapes read it;
    `possessive`: the role is an owner ("most of ⟦J⟧’s fighters"), its possessive no bar."""
    if group not in match.re.groupindex or match.group(group) is None:
        return []
    if plain:
        said = match.group(group).strip().lower()
        if said in ("the group", "it", "the organisation", "the organization"):
            return [ctx.subject] if ctx.subject is not None else []
        if said == "the new group":
            return []
        if _faction_leader(ctx, template, match.start(group),
                          template.original_span(*match.span(group))):
            # "a faction led by P and Talaat Yaqub split from …": a leader, no organisation
            written = repr(" ".join(match.group(group).split()))
            if written not in refused:
                refused.append(written)
            return []
        return slot_entities(ctx, section, template, match.span(group), line)
    text = " ".join(match.group(group).split()).lower()
    if text == "it" and (earlier := _clause_subject_before(ctx, template, match.start(group))):
        return [earlier]  # "⟦HB⟧ broke away from ⟦DU⟧, and it later merged …": ⟦HB⟧
    if text == "it" and _it_after_another_subject(ctx, template, match.start(group)):
        # "⟦LG⟧ traces its origin to ⟦TF⟧: ⟦LG⟧ was set up by fighters who followed P out of
        # it": "it" after another organisation's clause is that one's or the one named last,
        # never surely the group — nothing is stated
        if "'it'" not in refused:
            refused.append("'it'")
        return []
    if text in ("its", "their"):
        # "…, and its remnants were absorbed into …": whose remnants
        return _owner_of_its(ctx, template, match.start(group), refused)
    if text in SELF_WORDS:
        return [ctx.subject] if ctx.subject is not None else []
    if text == "the new group":
        # the group a sentence opens with, when that is the profile's ("⟦JA⟧ grew from the
        # ruins of ⟦J⟧; in 2012 the new group absorbed …"); else a group not yet named
        return [ctx.subject] if _opens_with_the_group(ctx, template) else []
    found: list[URIRef] = []
    start, end = match.span(group)
    part = _named_part(ctx, section, template, template.text, start, end, line)
    if part is not None:
        return part
    # a name is the longest run of capitals, so "the Pakistani ⟦Taliban⟧" ends the role at
    # the demonym: the known name after it belongs to the role too (read below)
    last = re.search(r"(?<![\w’'-])([A-Z][a-z]{2,20})$", match.string[start:end])
    tail = re.match(r"\s+⟦\d+⟧(?![’']s)", match.string[end:])
    if last and tail and last.group(1) in DEMONYMS:
        end += tail.end()
    said_role = match.string[start:end]  # the text the frame read (a core clause, blanked)
    # "the Sahara emirate of ⟦AQIM⟧": a unit of another organisation, never that organisation;
    # named by its qualifier, it is an organisation of its own ("Sahara emirate of AQIM"),
    # unnamed ("a unit of ⟦AD⟧") no party at all
    for unit in _UNIT_OF.finditer(said_role):
        said = " ".join(template.original_span(start + unit.start(), start + unit.end()).split())
        if unit["qualifier"]:
            said = re.sub(r"\s*\([^()]*\)", "", said)  # the parent's acronym is not its name
            iri = ctx.group(section, NameSet([strip_article(said)]), line)
            if iri is not None and iri not in found:
                found.append(iri)
        elif repr(said) not in refused:
            refused.append(repr(said))
    said_role = _UNIT_OF.sub(lambda m: " " * len(m.group(0)), said_role)
    # "the Pakistani ⟦Taliban⟧": a demonym before a known name names another organisation
    # (Tehrik-i-Taliban Pakistan), never the known one; joined only where one fits
    for demonym in _DEMONYM_SLOT.finditer(said_role):
        if demonym["word"] not in DEMONYMS:
            continue
        said = " ".join(template.original_span(start + demonym.start(),
                                               start + demonym.end()).split())
        variant = variant_of(ctx.index, said)
        if variant is not None and variant.one is not None:
            ctx.extracted(section, f"{said!r} read as {ctx.short(variant.one)} ({variant.form})")
            found += [variant.one] if variant.one not in found else []
        else:
            ctx.reports[section.key].unused.append((
                line, said, "name",
                "a demonym before a known name names another organisation, and "
                + ("several fit: " + ", ".join(ctx.short(c) for c in variant.candidates)
                   if variant is not None else "none the graph knows fits")
                + ": kept as text, nothing stated",
            ))
            if repr(said) not in refused:
                refused.append(repr(said))
        said_role = (said_role[:demonym.start()] + " " * (demonym.end() - demonym.start())
                     + said_role[demonym.end():])
    if ";" in said_role:
        # "A; B, which ⟦C⟧ had raised …; and D": an item's inserted clause is no party
        said_role = _SEMI_INSERT.sub(lambda m: " " * len(m.group(0)), said_role)
    # inserted clauses, parentheses and the part after a possessive ("⟦1⟧’s Sahara emirate")
    # are no party of this role; an owner ("Ali Musa’s ⟦2⟧") and a possessed item neither
    said_role = _PART_OF_RE.sub(lambda m: " " * len(m.group(0)), said_role)
    said_role = _PART_AFTER.sub(lambda m: " " * len(m.group(0)), blank(
        said_role, [(a.start(), a.end()) for a in _ASIDE_RE.finditer(said_role)]))
    items = [item for item in _ROLE_ITEM.finditer(said_role)
             if (possessive or not re.match(r"[’']s\b", said_role[item.end():]))
             and (possessive or not re.search(r"[’']s$", item.group(0)))
             and (not slots_only or template.slot_number(item.group(0)) is not None
                  or " ".join(item.group(0).split()).lower() in SELF_WORDS)]
    # In a list ("the merger of Ansar Dine, Al-Mourabitoun, the Macina Liberation Front and …")
    # every item is of one kind: once a sibling is an organisation the graph knows or a name
    # that says it is one, an unknown item needs only to be an organisation's kind of name.
    def known_organisation(said: str) -> bool:
        known = ctx.index.lookup(strip_article(said))[0]
        return known is not None and "person" not in ctx.index.kinds.get(known, set())

    # a known person is no organisation sibling ("Sungkar and Ba’asyir broke away …")
    listed_with_organisations = len(items) > 1 and any(
        template.slot_number(other.group(0)) is not None
        or known_organisation(other.group(0))
        or could_name_new_organisation(strip_article(other.group(0)))
        for other in items
    )
    for item in items:
        described = False
        said = " ".join(item.group(0).split()).lower()
        if said in SELF_WORDS:
            iris = [ctx.subject] if ctx.subject is not None else []
        else:
            span = (start + item.start(), start + item.end())
            if _faction_leader(ctx, template, span[0], template.original_span(*span)):
                # "a faction led by ⟦P⟧ and ⟦Talaat Yaqub⟧ split from …": the second leader
                said = " ".join(template.original_span(*span).split())
                if repr(said) not in refused:
                    refused.append(repr(said))
                continue
            if template.slot_number(item.group(0)) is None:
                if _HYPHENATED_PREFIX.search(template.text, 0, span[0]):
                    # "pro-Islamic State members": a name joined by a hyphen to a word before
                    # it is a modifier of what follows, never a party (the slotter refuses a
                    # known name so joined for the same reason)
                    said = " ".join(template.original_span(*span).split())
                    if repr(said) not in refused:
                        refused.append(repr(said))
                    continue
                name = strip_article(template.original_span(*span))
                name = re.sub(r"^so-called\s+", "", name).strip("“”\"‘’ ")
                if possessive:
                    name = re.sub(r"[’']s$", "", name)  # "most of Jundallah’s fighters"
                if name.endswith("-") or template.text.startswith("⟦", span[1]):
                    # "the RPA-⟦ABB⟧": half of a compound name, not a name of its own
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
                owner = _OWNER.match(name)
                owned = False
                if owner and _is_owner(ctx, name[: owner.end()], name[owner.end():]):
                    # "Alice Auma’s Holy Spirit Movement": the movement, not its owner
                    span = (span[0] + _offset_in_template(template, span, owner.end()), span[1])
                    name = name[owner.end():]
                    # "broke away from Yasser Arafat’s Fatah": what a person owns in a role
                    # of lineage is his organisation, however short its name
                    owned = True
                known, _, _ = ctx.index.lookup(name)
                if known is None and _qualified_like_the_group(ctx, template, span, name):
                    # "merged with the Communist Party of Nepal (Unity Centre–Masal)" in the
                    # profile of the Communist Party of Nepal (Maoist): the qualifier is the
                    # name's, and the bare name would mint a party nobody named
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
                inner = re.search(r"(\w+)[’']s\s", name)
                if known is None and inner and inner.group(1).lower() not in _NAME_POSSESSORS:
                    # "the Niger Brigade’s Timbuktu battalion": a part of another, no party
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
                if known is None and _short_form_of_group(ctx, name):
                    # "the Provisionals" in the Provisional IRA's profile
                    found += [ctx.subject] if ctx.subject not in found else []
                    continue
                variant = (variant_of(ctx.index, name, context=section.body)
                           if known is None else None)
                if variant is not None and variant.spelled_out is not None:
                    # "the Pakistani Taliban" before the section names Tehrik-i-Taliban
                    # Pakistan: the organisation it spells out, the one that fits
                    spelled = ctx.group(section, NameSet([variant.spelled_out]), line)
                    variant = replace(variant, candidates=(spelled,) if spelled else ())
                if variant is not None:
                    # "the Pakistani Taliban" for Tehrik-i-Taliban Pakistan: joined only
                    # where one organisation fits (kg.ingest.name_variants)
                    if variant.one is not None:
                        ctx.extracted(section, f"{name!r} read as {ctx.short(variant.one)} "
                                               f"({variant.form})")
                        found += [variant.one] if variant.one not in found else []
                    else:
                        ctx.reports[section.key].unused.append((
                            line, name, "name",
                            f"could be a {variant.form} of any of "
                            + ", ".join(ctx.short(c) for c in variant.candidates)
                            + ": kept as text, nothing stated",
                        ))
                        if repr(name) not in refused:
                            refused.append(repr(name))
                    continue
                # "Adolat (“Justice”), an Islamist vigilante movement …" in the section
                described = _called_an_organisation(section.body, name)
                loose = (named or listed_with_organisations or described or owned
                         or _called_an_organisation(template.original, name))
                fit = is_organisation_name if loose else _could_name
                if known is None and not fit(name):
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
            spelled = (_spelled_out(ctx, section, template, span, line)
                       or _listed_with_its_acronym(ctx, section, template, span, line))
            iris = spelled or slot_entities(ctx, section, template, span, line)
            unslotted = template.slot_number(item.group(0)) is None
            if not iris and unslotted and (described or possessive):
                # a name the section describes as an organisation, though it reads like a
                # person's (the appositive decides), or one whose fighters a body took in
                iri = ctx.group(section, NameSet([name]), line)
                iris = [iri] if iri is not None else []
            iris += _alias_after(ctx, section, template, span, iris, line)
        found += [i for i in iris if i not in found]
    return [i for i in found if i != UNRESOLVED]  # "it" for an organisation not known


# the leaders a faction is told with: the name right after "led by" or after "a faction under"
# is the first of them, the name after "led by P and" the second
_LED_BY = re.compile(
    r"(?:\b(?:led|headed|commanded|run|directed)\s+by|\b(?-i:faction|wing|tendency|current|"
    r"minority|majority|splinter|breakaway)\s+(?:[\w-]+\s+)?under)\s+(?:the\s+)?$",
    re.I,
)
_LED_BY_AND = re.compile(
    r"\b(?:led|headed|commanded|founded|run|directed)\s+by\s+[^.;⟦]{0,60}?(?:⟦\d+⟧)?"
    r"(?:\s*\([^()]{1,60}\))?\s+and\s+$"
)


def _faction_leader(ctx: IngestContext, template: Slotted, at: int, written: str) -> bool:
    """Whether the name written at `at` is one of a faction's leaders ("a faction led by P
    split from …", "a faction under P broke away", "a faction led by P and Q split from …"):
    a person, however much the name looks like a group's, unless the graph knows it as an
    organisation ("an alliance led by ⟦A⟧ and ⟦B⟧")."""
    before = template.text[:at]
    if not (_LED_BY_AND.search(before) or _LED_BY.search(before)):
        return False
    known = ctx.index.lookup(strip_article(" ".join(written.split())))[0]
    return known is None or "person" in ctx.index.kinds.get(known, set())


# "Provisional IRA", "Real IRA": capitalised words ending in an acronym name an organisation,
# never a person or a place
_ACRONYM_HEADED = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}[A-Z]{2,6}")


def _could_name(name: str) -> bool:
    return could_name_new_organisation(name) or bool(_ACRONYM_HEADED.fullmatch(name))


_ORG_NOUN = (
    r"(?:movement|group|organi[sz]ation|party|militia|network|front|army|insurgency|faction|"
    r"brigade|battalion|guerrilla|rebel\s+group|jihadist\s+group)"
)


# the nouns a name written before them in lower case makes an organisation ("the Tanzim
# militia"); never "faction", "group", "wing", "army" or "front", which follow a leader's name
# ("the Bello faction") or a country's ("the Mali army") as often as an organisation's
_CLASSIFIER = r"(?-i:militia|movement|organi[sz]ation|party|network)"


def _called_an_organisation(sentence: str, name: str) -> bool:
    """Whether the sentence itself says an unknown name is an organisation, by an appositive
    ("Darul Islam, the movement that had fought for …", "X, a Salafi militia") or by the
    organisation's noun it is written with, in lower case ("the Tanzim militia")."""
    return bool(re.search(
        rf"(?<![\w-]){re.escape(name)}(?:(?:\s*\([^()]{{1,60}}\))?\s*,\s*(?:the|an?)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_ORG_NOUN}\b|\s+{_CLASSIFIER}\b)",
        sentence,
    ))


def _short_form_of_group(ctx: IngestContext, name: str) -> bool:
    """"The Provisionals" for the Provisional IRA: one plural word that is the first word of
    the profile's own group's preferred name. Only the profile's group: another
    organisation's short form is left unread."""
    if ctx.subject is None or not re.fullmatch(r"[A-Z][a-z]{3,}s", name):
        return False
    firsts = {label.split()[0] for label in ctx.index.labels.get(ctx.subject, {}).values()
              if label.split()}
    return name[:-1] in firsts



_DEMONYM_SLOT = re.compile(r"(?<![\w’'-])(?P<word>[A-Z][a-z]{2,20})\s+⟦\d+⟧(?![’']s)")
_UNIT_OF = re.compile(
    r"\b(?:(?:the|an?)\s+)?(?P<qualifier>[A-Z][\w’'-]{1,30}\s+)?(?:emirate|region|zone|sector|unit|"
    r"command|province|wilayat?|katiba|battalion|brigade|division|directorate)\s+of\s+"
    r"(?:the\s+)?⟦\d+⟧"
)
_SEMI_INSERT = re.compile(
    r"\s*,\s*(?:which|that|who|whose|an?|itself|formed|founded|created|born|led|raised|set\s+up)"
    r"\b[^;]*",
    re.I,
)
# "another fraction of ⟦MIR⟧, known as MIR-Voz Rebelde, …": the party is the fraction, by the
# name the text gives it, never the organisation it was a fraction of
_PART_BEFORE = re.compile(
    r"\b(?:an?|another|one|the)\s+(?:[\w-]+\s+)?(?:faction|fraction|wing|part|section|splinter|"
    r"offshoot|breakaway\s+group|tendency|current)\s+of\s+$",
    re.I,
)
_KNOWN_AS = re.compile(
    r"\s*,\s*(?:(?:which\s+was|later)\s+)?(?:known|called|named|styled|dubbed)\s+(?:as\s+)?"
    r"(?P<name>(?:⟦\d+⟧)?[^,;.()⟦]{1,60}?)(?=\s*[,;.)]|\s+(?:was|were|had|which)\b)",
    re.I,
)


def _named_part(
    ctx: IngestContext, section: Section, template: Slotted, text: str, start: int, end: int,
    line: int,
) -> list[URIRef] | None:
    """The organisation a role names when it is "a fraction of X, known as Y": Y, created
    if new; None when the role is not written so."""
    if not _PART_BEFORE.search(text[max(0, start - 60):start]):
        return None
    known_as = _KNOWN_AS.match(text, end)
    if known_as is None:
        return None
    name = strip_article(" ".join(
        template.original_span(*known_as.span("name")).split()))
    # the text names the fraction: any capitalised name that is not a person's
    if not re.match(r"[A-Z]", name) or (looks_like_person(name)
                                         and not is_organisation_name(name)):
        return None
    iri = ctx.group(section, NameSet([name]), line)
    return [iri] if iri is not None else None


def _opens_with_the_group(ctx: IngestContext, template: Slotted) -> bool:
    first = re.match(r"\W*(?:the\s+)?(⟦\d+⟧)", template.text)
    return (ctx.subject is not None and first is not None
            and template.entity(first.group(1)) == ctx.subject)


_AND_IT = re.compile(r"(?:,\s*and|;|,\s*but|,\s*then)\s+$", re.I)


def _it_after_another_subject(ctx: IngestContext, template: Slotted, at: int) -> bool:
    """Whether an "it" inside a clause whose subject is an organisation other than the
    profile's group has a second candidate in the sentence: another organisation named before
    it ("⟦LG⟧ traces its origin to ⟦TF⟧: ⟦LG⟧ was set up by men who followed P out of it").
    With none, "it" keeps its old reading ("⟦KH⟧ broke away from it in 2004": the group)."""
    before = template.text[:at]
    clause = re.split(r"[:;]", before)[-1]
    first = re.match(r"\W*(?:(?:in|on|by|after|around|before|until)\s+[^⟦,]{1,30}?,?\s+)?"
                     r"(?:the\s+)?(⟦\d+⟧)", clause, re.I)
    if first is None or not clause[first.end():].strip():
        return False
    subject = template.entity(first.group(1))
    if subject is None or subject == ctx.subject:
        return False
    others = {template.entity(slot) for slot in re.findall(r"⟦\d+⟧", before)}
    return bool(others - {subject, ctx.subject, None})


def _owner_of_its(
    ctx: IngestContext, template: Slotted, at: int, refused: list[str]
) -> list[URIRef]:
    """The organisation an "its" in a role stands for: the one organisation the sentence
    names before it ("⟦NU⟧ collapsed, and its remnants …": ⟦NU⟧), the group where the sentence
    names none before it (a history is about its group; a sentence opening with "Its" after
    one about another organisation is read with that one in its place, by the reader), and
    nobody where two are named ("⟦SF⟧ fought ⟦NU⟧, and its remnants …": whose is unsaid)."""
    named = {template.entity(slot) for slot in re.findall(r"⟦\d+⟧", template.text[:at])}
    named -= {None, UNRESOLVED}
    if not named:
        return [ctx.subject] if ctx.subject is not None else []
    if len(named) == 1:
        return list(named)
    if "'its'" not in refused:
        refused.append("'its'")
    return []


def _clause_subject_before(ctx: IngestContext, template: Slotted, at: int) -> URIRef | None:
    """The organisation an "it" opening a second clause stands for: the subject of the
    sentence's first clause, when that is another organisation than the profile's group."""
    if not _AND_IT.search(template.text[:at]):
        return None
    first = re.match(r"\W*(?:(?:in|on|by|after|around)\s+[^⟦,]{1,30}?,?\s+)?(?:the\s+)?(⟦\d+⟧)",
                     template.text, re.I)
    if first is None:
        return None
    entity = template.entity(first.group(1))
    if entity is None or entity == ctx.subject or entity == UNRESOLVED:
        return None
    return entity


# "the Socialist Revolutionary Party (Marxist-Leninist), or PSR-ML, and …": the acronym an
# apposition gives the party just named
_OR_ACRONYM = re.compile(
    r"\s*(?:\([^()⟦]{1,40}\))?\s*,\s*or\s+(?P<acr>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})?)"
    r"(?=\s*[,;.)]|\s+and\b)"
)


def _alias_after(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int],
    iris: list[URIRef], line: int,
) -> list[URIRef]:
    """States the acronym an apposition gives a party ("X, or ACR,"); returns nothing new."""
    alias = _OR_ACRONYM.match(template.text, span[1])
    if alias is None or len(iris) != 1:
        return []
    labels = ctx.index.labels.get(iris[0], {})
    name = labels.get("en") or next(iter(labels.values()), None)
    if name:
        ctx.group(section, NameSet([name], [alias["acr"]]), line)
    return []


# "the Groupes d’action révolutionnaire internationalistes (GARI)": a name whose later words are
# lower case (French, Spanish …) runs on to the acronym that spells its initials
_LOWER_TAIL = re.compile(
    r"(?P<rest>(?:\s+(?:[a-zàâäçéèêëîïôöùûü’'-]+))){1,7}\s*\((?P<acr>[A-Z][A-Z0-9]{1,9})\)"
)
_PARTICLE = re.compile(r"^(?:[dl][’']?|de|du|des|la|le|les|el|del|y|et|and|of|the|pour|por)$")


def _spelled_out(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], line: int,
) -> list[URIRef]:
    """The organisation of an unknown capitalised name that runs on in lower case to an
    acronym of its initials; nothing when the initials do not spell the acronym."""
    if template.slot_number(template.text[span[0]:span[1]].strip()) is not None:
        return []
    tail = _LOWER_TAIL.match(template.text, span[1])
    if tail is None:
        return []
    name = strip_article(" ".join(template.original_span(span[0], tail.start("acr") - 1).split()))
    words = [w for w in re.split(r"[\s’']+", name) if w and not _PARTICLE.match(w.lower())]
    if "".join(w[0] for w in words).upper() != tail["acr"].upper():
        return []
    iri = ctx.group(section, NameSet([name], [tail["acr"]]), line)
    return [iri] if iri is not None else []


def _listed_with_its_acronym(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], line: int,
) -> list[URIRef]:
    """The organisation of an unknown bare acronym ("the ISGS became …") that the profile's
    list of names writes after a full name ("Islamic State in the Greater Sahara (ISGS)"):
    minted under that name and acronym, as the list introduces it, so that another profile
    naming it in full finds it by its preferred name. Nothing where the list has no such name,
    or two."""
    said = strip_article(template.original_span(*span).strip())
    names = ctx.layout.get("alternative-names")
    if names is None or not is_acronym(said) or ctx.index.lookup(said)[0] is not None:
        return []
    full = {" ".join(m.group("name").split()) for m in re.finditer(
        rf"(?:^|[,;|\n])\s*(?P<name>[^,;|\n()]{{3,80}}?)\s*\({re.escape(said)}\)", names.body)}
    if len(full) != 1:
        return []
    iri = ctx.group(section, NameSet([full.pop()], [said]), line)
    return [iri] if iri is not None else []


# a qualifier in brackets right after a name: "(Unity Centre–Masal)", "(Maoist Centre)"
_QUALIFIER_AFTER = re.compile(r"\s*\((?-i:[A-Z])[^()⟦]{0,40}\)")


def _qualified_like_the_group(
    ctx: IngestContext, template: Slotted, span: tuple[int, int], name: str
) -> bool:
    """Whether an unknown name is cut short of the qualifier in brackets after it, where the
    group's own name is that same name with a qualifier of its own ("Communist Party of Nepal
    (Maoist)"): the qualifier is what tells the two parties apart, so the bare name is no
    organisation's."""
    if ctx.subject is None or not _QUALIFIER_AFTER.match(template.text, span[1]):
        return False
    opening = " ".join(name.split()).casefold() + " ("
    return any(" ".join(str(label).split()).casefold().startswith(opening)
               for predicate in (SKOS.prefLabel, SKOS.altLabel)
               for label in ctx.graph.objects(ctx.subject, predicate))
