"""Major-attack entries: `DATE: text (N killed, M wounded)` to a kg:Attack with its provenance.

Per entry: the date with its precision (a range when the text says "From 1998 to 2003"), the
places resolved against the gazetteer (unresolved ones kept as text and reported), the
perpetrators with the modality the verbs give (conducted, claimed responsibility, announced,
implicated; the page's subject as "implied subject" when the entry names nobody), GTD attack,
weapon and target types from keywords, figures from the casualty parenthesis, hostages and
ransom from the sentences. An attack another profile already describes (same date, same place)
is linked, not duplicated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import XSD

from kg.ingest.attribution import (
    REFUSED,
    a_person_named_as_the_doer,
    acted_by_a_state,
    claim_left_unread,
    others_named_an_unread_doer,
    persons_in_entry,
    read_attributions,
    role_left_unproven,
    states_named,
    the_group_as_target,
)
from kg.ingest.casualties import (
    AT_LEAST,
    EXACT,
    KILLED,
    RELEASED,
    TAKEN,
    WOUNDED,
    Figure,
    hostage_figures,
    parse_casualty_note,
    ransom,
    split_casualty_note,
    zero_sentence_figures,
)
from kg.ingest.context import AttackRecord, IngestContext, PlaceFinding, Sentence
from kg.ingest.dates import DateError, PartialDate, find_dates, numeric_date_order, parse_date
from kg.ingest.entry_layouts import sentence_opening_date
from kg.ingest.entry_persons import persons_in_entry_text
from kg.ingest.entry_spans import siege_span
from kg.ingest.events import PERSON, legal_event, only_legal_clauses, without_legal_clauses
from kg.ingest.place_clauses import attack_places
from kg.ingest.prose_figures import differing_counts, figures_in_sentences
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.ingest.slots import G, Slotted, introductions, slot_entities, slotted
from kg.ingest.vocabulary import (
    ATTACK_TYPES,
    HOSTAGE_TARGET,
    SUICIDE,
    TARGET_TYPES,
    WEAPON_TYPES,
    concepts_in,
)
from kg.namespaces import (
    ATTACK,
    ATTACK_TYPE,
    ATTRIBUTION,
    ATTRIBUTION_MODALITY,
    COUNT_QUALIFIER,
    FIGURE,
    KG,
    PLACE,
    RANSOM,
    SCHEMA,
    TARGET_TYPE,
    WEAPON_TYPE,
)

_PREFIX = re.compile(r"^\s{0,10}(?P<date>[^:]{1,60}?)\s{0,10}:\s*")
_JOINTLY = re.compile(rf"\b(?:jointly\s+with|together\s+with|in\s+cooperation\s+with|alongside)\s+(?:the\s+)?(?P<g>{G})", re.I)  # noqa: E501
_ALLIES = re.compile(
    rf"(?P<a>{G})\s+and\s+its\s+allies,?\s+(?P<list>(?:the\s+)?{G}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{G})*)",
    re.I,
)
_TITLES = r"(?:President|Prime Minister|Minister|Ambassador|General|Governor|Mayor|Colonel|Judge)"
_NATIONAL = (
    r"(?P<nat>U\.S\.|[A-Z][a-zé]+)\s+(?:citizen|national|President|Prime Minister|Minister)\s+"
)
_PERSON_TARGETS = [
    # (pattern, is target, is victim): "targeting Algerian President Abdelaziz Bouteflika",
    # "killed U.S. citizen Christopher Legget", "the death of Ambassador Christopher Stevens"
    (re.compile(rf"\btarget(?:t)?ing\s+(?:{_NATIONAL})?(?:{_TITLES}\s+)?(?P<name>{PERSON})"), True, False),  # noqa: E501
    (re.compile(rf"\b(?:killed|killing|murdered|assassinated|executed)\s+(?:{_NATIONAL})?(?:{_TITLES}\s+)?(?P<name>{PERSON})"), True, True),  # noqa: E501
    (re.compile(rf"\bdeath\s+of\s+(?:{_NATIONAL})?(?:{_TITLES}\s+)?(?P<name>{PERSON})"), False, True),  # noqa: E501
]
_CAMPAIGN = re.compile(r"\bseries of\b|\boffensive\b|\bcampaign\b", re.I)
_BARRICADE = re.compile(r"\battacked\b|\bstormed\b|\bsiege\b|\bhotels?\b|\bbarricad\w*", re.I)
_KIND_WORDS = {
    ATTACK_TYPE["bombing-explosion"]: ("bombing", "Bombing"),
    ATTACK_TYPE["armed-assault"]: ("armed-assault", "Armed assault"),
    ATTACK_TYPE["hostage-taking-kidnapping"]: ("kidnapping", "Kidnapping"),
    ATTACK_TYPE["hostage-taking-barricade"]: ("hostage-siege", "Hostage siege"),
    ATTACK_TYPE["assassination"]: ("assassination", "Assassination"),
    ATTACK_TYPE["hijacking"]: ("hijacking", "Hijacking"),
    ATTACK_TYPE["facility-infrastructure-attack"]: ("facility-attack", "Attack on a facility"),
}
_FIGURE_PROPERTY = {
    KILLED: KG.killed,
    WOUNDED: KG.wounded,
    TAKEN: KG.hostagesTaken,
    RELEASED: KG.hostagesReleased,
}


def extract_attack(ctx: IngestContext, section: Section) -> None:
    text = section.body
    prefix = _PREFIX.match(text)
    if not prefix:
        ctx.problem(section, section.start, _undated_entry(text), Severity.ERROR)
        return
    try:
        date = parse_date(prefix["date"], _numeric_order(ctx))
    except DateError as error:
        ctx.problem(section, section.start, f"{error}; entry skipped", Severity.ERROR)
        return
    if date.edtf.startswith("[") and "/" in date.text:
        ctx.problem(section, section.start, (
            f"{date.text!r} is day/month or month/day and no other entry's date tells which: "
            f"kept as either day ({date.edtf}), no day stated"
        ))
    rest_offset = prefix.end()
    prose, note = split_casualty_note(text[rest_offset:])
    sentences = ctx.sentences(section, prose, rest_offset)
    date = _range_from_text(ctx, section, date, sentences)
    # a clause that tells a sentencing is the ruling's, not the attack's; the rest of its
    # sentence still tells the attack
    attack_sentences = [t for s in sentences if (t := without_legal_clauses(s)) is not None]
    attack_text = " ".join(s.text for s in attack_sentences)

    intro_spans: list[tuple[int, int, URIRef]] = []
    for sentence in attack_sentences:
        for start, end, iri in introductions(ctx, section, sentence.text, sentence.line):
            intro_spans.append((start + sentence.start - rest_offset, end + sentence.start - rest_offset, iri))  # noqa: E501
    template = slotted(ctx, prose, intro_spans)
    places = attack_places(ctx, section, attack_text)  # the attack's clauses only
    types = [c for c, _ in concepts_in(attack_text, ATTACK_TYPES)]
    if ATTACK_TYPE["hostage-taking-kidnapping"] in types and _BARRICADE.search(attack_text):
        types = [ATTACK_TYPE["hostage-taking-barricade"] if t == ATTACK_TYPE["hostage-taking-kidnapping"] else t for t in types]  # noqa: E501
    weapons = [c for c, _ in concepts_in(attack_text, WEAPON_TYPES)]
    targets = [c for c, _ in concepts_in(attack_text, TARGET_TYPES)]
    if not targets and re.search(r"\bhostages?\b", attack_text, re.I):
        targets = [HOSTAGE_TARGET]
    suicide = bool(SUICIDE.search(attack_text))
    campaign = date.precision == "range" or bool(_CAMPAIGN.search(attack_text))

    located = _located_places(ctx, section, places)
    where = [*places.places, *(node for node, _ in located)]
    iri, minted = _attack_iri(ctx, date, where, types, suicide, campaign)
    graph_key = section
    ctx.add(graph_key, iri, RDF.type, KG.Campaign if campaign else KG.Attack)
    if minted or "en" not in ctx.index.labels.get(iri, {}):
        label = _label(ctx, types, suicide, campaign, where, prefix["date"], attack_text)
        ctx.add_label(graph_key, iri, label, "en")
    ctx.add_date(graph_key, iri, date, line=section.start)
    for place in places.places:
        ctx.add(graph_key, iri, KG.place, place)
    for name in places.unresolved:
        ctx.add(graph_key, iri, SCHEMA.location, Literal(name))
        ctx.problem(
            section, section.start,
            f"place {name!r} is not in the gazetteer (kg.gazetteer or data/places.ttl); kept "
            "as text (schema:location) — add it to data/places.ttl to resolve it",
        )
    for name, relation in places.unresolved_references:
        ctx.problem(
            section, section.start,
            f"reference point {name!r} ({relation}) is not in the gazetteer; it only locates "
            "the attack and is not its place — add it to data/places.ttl to keep it",
        )
    for choice in places.choices:
        ctx.problem(section, section.start, f"place {choice}", Severity.NOTE)
    if not places.places and not places.local and len(places.parts) == len(places.regions):
        ctx.add(graph_key, iri, KG.place, PLACE["unknown"])
    for written, place, relation in places.references:
        ctx.extracted(
            section,
            f"reference point {ctx.short(place)} ({relation}, {written!r}): not a place of the "
            "attack",
        )
    for written, whole in places.parts:
        if written in places.regions:  # "South Asia" when data/places.ttl lacks it
            ctx.add(graph_key, iri, SCHEMA.location, Literal(written))
            ctx.problem(
                section, section.start,
                f"{written!r} is a region of {ctx.short(whole)}: kept as text (schema:location), "
                "never placed in the whole continent",
                Severity.NOTE,
            )
    for node, message in located:
        ctx.add(graph_key, iri, KG.place, node)
        ctx.problem(section, section.start, message, Severity.NOTE)
    for place_note in places.notes:  # not `note`: that is the entry's casualty parenthesis
        ctx.problem(section, section.start, f"place {place_note}", Severity.NOTE)
    _attributions(ctx, section, iri, template, prose, minted)
    for concept in types or [ATTACK_TYPE["unknown"]]:
        ctx.add(graph_key, iri, KG.attackType, concept)
    for concept in weapons or [WEAPON_TYPE["unknown"]]:
        ctx.add(graph_key, iri, KG.weaponType, concept)
    for concept in targets or [TARGET_TYPE["unknown"]]:
        ctx.add(graph_key, iri, KG.targetType, concept)
    if suicide:
        ctx.add(graph_key, iri, KG.suicide, Literal(True))
    figures = hostage_figures(attack_text)
    if note is not None:
        parsed, leftovers = parse_casualty_note(note)
        figures.extend(parsed)
        for leftover in leftovers:
            ctx.problem(
                section, section.end,
                f"casualty figure not understood: {leftover!r} in ({note}); write e.g. "
                "'(20 killed, unknown wounded)' or '(10+ wounded)'",
            )
    texts = [s.text for s in attack_sentences]
    if note is None:  # no closing note: the figures the sentences state, if any
        stated = {figure.kind for figure in figures}
        figures += [f for f in figures_in_sentences(texts) if f.kind not in stated]
    else:  # the note gives the lower of two sources' counts: at least that many
        differing = {f.kind: f for f in differing_counts(texts)}
        figures = [
            replace(f, qualifier=AT_LEAST) if f.kind in differing and f.qualifier == EXACT
            and f.count == differing[f.kind].count else f
            for f in figures
        ]
    given = {figure.kind for figure in figures}
    for sentence in attack_sentences:
        figures += [f for f in zero_sentence_figures(sentence.text) if f.kind not in given]
    _figures(ctx, section, iri, figures, minted)
    amount = ransom(attack_text)
    if amount is not None:
        node = ctx.index.mint(RANSOM, str(iri).rsplit("/", 1)[-1], ctx.minted)
        ctx.add(graph_key, iri, KG.ransom, node)
        ctx.add(graph_key, node, RDF.type, SCHEMA.MonetaryAmount)
        lexical = format(amount.value.normalize(), "f")
        lexical = lexical if "." in lexical else lexical + ".0"  # the canonical form, 6000000.0
        ctx.add(graph_key, node, SCHEMA.value, Literal(lexical, datatype=XSD.decimal))
        ctx.add(graph_key, node, SCHEMA.currency, Literal(amount.currency))
        ctx.add(graph_key, node, KG.verbatim, Literal(amount.verbatim))
        ctx.extracted(section, f"ransom {amount.value} {amount.currency}")
    for match in _ALLIES.finditer(template.text):
        ally = template.entity(match["a"])
        for other in slot_entities(ctx, section, template, match.span("list"), section.start):
            if ally is not None and other != ally:
                ctx.add(graph_key, ally, KG.alliedWith, other)
                ctx.extracted(section, f"{ctx.short(ally)} allied with {ctx.short(other)}")
    named = _named_persons(ctx, section, iri, attack_sentences)
    named += persons_in_entry(ctx, section, template)
    named += persons_in_entry_text(ctx, section, attack_text)
    used = [f.verbatim for f in figures] + named + ([amount.verbatim] if amount else [])
    for sentence in attack_sentences[1:]:
        if not any(u and u in sentence.text for u in used) and not any(
            concepts_in(sentence.text, rules) for rules in (ATTACK_TYPES, TARGET_TYPES)
        ):
            ctx.unused(section, sentence)
    ctx.add(graph_key, iri, KG.verbatim, Literal(" ".join(text[rest_offset:].split())))
    for sentence in sentences:
        ruling = only_legal_clauses(sentence)
        if ruling is not None:
            legal_event(ctx, section, ruling, related=iri)
    ctx.attacks.append(AttackRecord(iri, section.key, date, places.places, minted))
    # every place stated, the parts and towns the gazetteer lacks too (`located`): the review
    # lists what the graph says, not only the gazetteer's places
    said = ", ".join(ctx.short(p) for p in where) or "place unknown"
    ctx.extracted(
        section,
        f"{'campaign' if campaign else 'attack'} {ctx.short(iri)}: {date.edtf} "
        f"({date.precision}), {said}"
        + (" (place from a nationality adjective)" if places.by_demonym else ""),
    )
    ctx.extracted(
        section,
        "types: " + ", ".join(str(c).rsplit("/", 1)[-1] for c in
                              [*(types or [ATTACK_TYPE["unknown"]]), *(weapons or [WEAPON_TYPE["unknown"]]),  # noqa: E501
                               *(targets or [TARGET_TYPE["unknown"]])])
        + (", suicide" if suicide else ""),
    )


def _undated_entry(text: str) -> str:
    """Why an entry was skipped: no date where any layout puts one, or several dates of which
    none is the entry's (a paragraph telling several attacks, a date only of a reference)."""
    try:
        dates = find_dates(text)
    except DateError:
        dates = []
    if len({date.edtf for _, _, date in dates}) > 1:
        return (
            "attack entry gives several dates and none where a layout puts the entry's own (a "
            "paragraph telling several attacks, or a reference's date): no one date is stated, "
            "entry skipped — write one entry per attack, 'DATE: …'"
        )
    return "attack entry does not start with its date ('August 19, 2008: …'); entry skipped"


def _numeric_order(ctx: IngestContext) -> str | None:
    """How this profile's attack entries write slashed dates ('dmy', 'mdy' or untold): one
    entry's "25/03/2012" tells how to read another's "03/04/2012"."""
    return numeric_date_order(
        section.body[:60] for section in ctx.layout.sections if section.parent == "major-attacks"
    )


def _range_from_text(
    ctx: IngestContext, section: Section, date: PartialDate, sentences: list[Sentence]
) -> PartialDate:
    """'1998: From 1998 to 2003, …' is the range 1998/2003, not the year 1998; '2017: From May
    to October 2017' is 2017-05/2017-10; '2006: On the night of 2–3 June 2006, …' is
    2006-06-02/2006-06-03: a range the entry's first sentence opens with, behind at most a
    temporal lead (`entry_layouts.sentence_opening_date`). A single day is not taken: the
    prefix is the writer's date for the entry."""
    if not sentences:
        return date
    try:
        find_dates(sentences[0].text)  # a date that denotes none ("February 30") is reported
    except DateError as error:
        ctx.problem(section, section.start, str(error), Severity.ERROR)
        return date
    opening = sentence_opening_date(sentences[0].text)
    if opening is not None and opening.precision == "range":
        candidate = opening
        # '1998: From 1998 to 2003' contains the entry's date; '2017: From May to October
        # 2017' lies inside it: either way the range is the entry's own, said more precisely
        if candidate.earliest <= date.latest and date.earliest <= candidate.latest:
            return candidate
    # a siege told from its first day and ended in a later clause: the span of both days, where
    # the day is the sentence's own (a writer's "January 16, 2013: …" prefix is the writer's
    # date for the entry and stays it)
    texts = [sentence.text for sentence in sentences]
    if not any(date.text in text for text in texts):
        return date
    return siege_span(date, texts) or date


def _located_places(
    ctx: IngestContext, section: Section, places: PlaceFinding
) -> list[tuple[URIRef, str]]:
    """The places the gazetteer lacks that the text locates, stated inside what contains them
    (a part: "northern Israel", "West Beirut"; a town: "Chibok, Borno State"), with the review
    note for each: never the whole country, never unknown."""
    located: list[tuple[URIRef, str]] = []
    for written, whole in places.parts:
        if written in places.regions:
            continue
        why = f"a part of {ctx.name_of(whole)}"
        node = ctx.local_place(section, written, whole, why, part=True)
        if written in places.written_as:  # "the north of Israel", as the text names it
            ctx.add_label(section, node, places.written_as[written], "en")
        located.append((node, (
            f"{written!r} is a part of {ctx.short(whole)} the gazetteer lacks: placed in "
            f"{ctx.short(node)}, inside it, not in the whole"
        )))
    for written, container, why in places.local:
        node = ctx.local_place(section, written, container, why, part=False)
        if written in places.written_as:  # "the Lukodi camp", as the text names it
            ctx.add_label(section, node, places.written_as[written], "en")
        located.append((node, (
            f"place {written!r} is not in the gazetteer; {why}: stated as {ctx.short(node)} "
            f"inside {ctx.short(container)}"
        )))
    return located


def _attack_iri(
    ctx: IngestContext,
    date: PartialDate,
    places: list[URIRef],
    types: list[URIRef],
    suicide: bool,
    campaign: bool,
) -> tuple[URIRef, bool]:
    """An attack another profile describes on the same date at the same place is the same
    attack; otherwise mint date-place-kind."""
    for known in ctx.index.attacks:
        if known.edtf != date.edtf or not places:
            continue
        if any(
            p == q or q in ctx.index.ancestors(p) or p in ctx.index.ancestors(q)
            for p in places
            for q in known.places
        ):
            return known.iri, False
    kind = "campaign" if campaign else (
        _KIND_WORDS.get(types[0], ("attack", ""))[0] if types else "attack"
    )
    if suicide and kind == "bombing":
        kind = "suicide-bombing"
    # a gazetteer town's IRI ends in its GeoNames id (agadez-2448085); the attack's IRI
    # needs only the name
    place = re.sub(r"-\d+$", "", str(places[0]).rsplit("/", 1)[-1]) if places else "unknown-place"
    return ctx.index.mint(ATTACK, f"{date.slug}-{place}-{kind}", ctx.minted), True


def _label(
    ctx: IngestContext,
    types: list[URIRef],
    suicide: bool,
    campaign: bool,
    places: list[URIRef],
    date_text: str,
    text: str,
) -> str:
    if campaign:
        kind = "Offensive" if re.search(r"\boffensive\b", text, re.I) else "Campaign of attacks"
    elif types:
        kind = _KIND_WORDS.get(types[0], ("", "Attack"))[1]
        if suicide and types[0] == ATTACK_TYPE["bombing-explosion"]:
            kind = "Suicide bombing"
    else:
        kind = "Attack"
    where = ctx.index.labels.get(places[0], {}).get("en") if places else None
    date_text = " ".join(date_text.split())
    return f"{kind} in {where}, {date_text}" if where else f"{kind}, {date_text}"


def _attributions(
    ctx: IngestContext,
    section: Section,
    attack: URIRef,
    template: Slotted,
    prose: str,
    minted: bool,
) -> None:
    reviewed = len(ctx.reports[section.key].unused)
    credited = read_attributions(ctx, section, template)
    refused = any(kind == REFUSED for _, _, kind, _ in ctx.reports[section.key].unused[reviewed:])
    perpetrators = [group for group, _, _ in credited]
    modalities = {group: (modality, verbatim) for group, modality, verbatim in credited}
    for group, modality, _ in credited:
        if modality in ("attributed", "denied", "implicated") and _DENIED_WORDS.search(prose):
            ctx.problem(
                section, section.start,
                f"{ctx.short(group)}: the entry says a group denied or did not claim it: "
                f"recorded as {modality}, never as claimed; the denial is in the verbatim",
                Severity.NOTE,
            )
            break
    if credited:
        # "X attacked the town together with Y": Y did what X did
        for joint in _JOINTLY.finditer(template.text):
            other = template.entity(joint["g"])
            if other is not None and other not in modalities:
                modalities[other] = modalities[perpetrators[0]]
                perpetrators.append(other)
    states = states_named(ctx, prose)
    _state_attributions(ctx, section, attack, states, minted)
    if not perpetrators:
        if (ctx.subject is None or refused or states or acted_by_a_state(ctx, section, prose)
                or others_named_an_unread_doer(ctx, section, template)
                or a_person_named_as_the_doer(ctx, section, template)
                or the_group_as_target(ctx, section, template)):
            # a claimant named only in part, a state acting, others naming a doer the reader
            # could not read, a person a court or the police named, or the group struck by
            # someone unnamed: nobody is stated
            return
        perpetrators = [ctx.subject]
        first = re.split(r"\s+in\s+|[,.;]", prose.strip(), maxsplit=1)[0]
        modalities = {ctx.subject: ("implied", " ".join(first.split()))}
        unread_claim = claim_left_unread(ctx, prose)
        if unread_claim is not None:
            # "Basayev claimed responsibility", "The same letters claimed it": a claim whose
            # claimant the reader could not name, no stranger's: the group's claim (#12)
            modalities = {ctx.subject: ("claimed", unread_claim)}
        unproven = role_left_unproven(prose)
        if unproven is not None:
            # "no evidence of the group's role has been published": the entry doubts the
            # group's part, so the page's subject is at most suspected
            modalities = {ctx.subject: ("implicated", unproven)}
    local = str(attack).rsplit("/", 1)[-1]
    for group in perpetrators:
        modality, verbatim = modalities[group]
        concept = _MODALITY_CONCEPTS[modality]
        kinds = ctx.index.kinds.get(group, set())
        if modality in ("conducted", "claimed") and "group" not in kinds and "person" not in kinds:
            # an organisation the text shows attacking is an armed group (typing from context)
            ctx.add(section, group, RDF.type, KG.ArmedGroup)
            ctx.index.add_kind(group, "group")
            ctx.extracted(section, f"{ctx.short(group)} typed an armed group: it attacked")
        base = f"{local}-{str(group).rsplit('/', 1)[-1]}"
        if not minted and not base.endswith(f"-{ctx.slug}"):
            base += f"-{ctx.slug}"  # an attack another profile described: say whose claim
        node = ctx.index.mint(ATTRIBUTION, base, ctx.minted)
        ctx.add(section, attack, KG.attribution, node)
        ctx.add(section, node, RDF.type, KG.Attribution)
        ctx.add(section, node, KG.attributedTo, group)
        ctx.add(section, node, KG.modality, concept)
        ctx.add(section, node, KG.verbatim, Literal(verbatim))
        ctx.extracted(section, f"attributed to {ctx.short(group)}: {str(concept).rsplit('/', 1)[-1]} ({verbatim!r})")  # noqa: E501


def _state_attributions(
    ctx: IngestContext,
    section: Section,
    attack: URIRef,
    states: list[tuple[URIRef, str, str]],
    minted: bool,
) -> None:
    """A state the entry names as behind the attack, or whose forces struck: an attribution
    of its own, naming the state by kg:attributedToState (a state is no organisation, so it is
    never a kg:perpetrator), with the modality the entry gives."""
    local = str(attack).rsplit("/", 1)[-1]
    for country, modality, verbatim in states:
        base = f"{local}-{str(country).rsplit('/', 1)[-1]}"
        if not minted:
            base += f"-{ctx.slug}"
        node = ctx.index.mint(ATTRIBUTION, base, ctx.minted)
        concept = _MODALITY_CONCEPTS[modality]
        ctx.add(section, attack, KG.attribution, node)
        ctx.add(section, node, RDF.type, KG.Attribution)
        ctx.add(section, node, KG.attributedToState, country)
        ctx.add(section, node, KG.modality, concept)
        ctx.add(section, node, KG.verbatim, Literal(verbatim))
        ctx.extracted(section, f"attributed to the state {ctx.short(country)}: "
                      f"{str(concept).rsplit('/', 1)[-1]} ({verbatim!r})")


_DENIED_WORDS = re.compile(r"\b(?:denied|denies|did\s+not\s+claim|never\s+claimed)\b", re.I)
_MODALITY_CONCEPTS = {
    "announced": ATTRIBUTION_MODALITY["announced"],
    "claimed": ATTRIBUTION_MODALITY["claimed-responsibility"],
    "implicated": ATTRIBUTION_MODALITY["implicated"],
    "attributed": ATTRIBUTION_MODALITY["attributed"],
    "denied": ATTRIBUTION_MODALITY["denied"],
    "conducted": ATTRIBUTION_MODALITY["conducted"],
    "implied": ATTRIBUTION_MODALITY["implied-subject"],
}


def _figures(
    ctx: IngestContext, section: Section, attack: URIRef, figures: list[Figure], minted: bool
) -> None:
    local = str(attack).rsplit("/", 1)[-1]
    seen: set[str] = set()
    for figure in figures:
        if figure.kind in seen:
            continue
        seen.add(figure.kind)
        base = f"{local}-{figure.kind}" + ("" if minted else f"-{ctx.slug}-{section.key}")
        add_figure(ctx, section, attack, figure, base)


def add_figure(
    ctx: IngestContext, section: Section, attack: URIRef, figure: Figure, base: str
) -> URIRef:
    """A kg:Figure node: count (absent when unknown), qualifier, verbatim."""
    node = ctx.index.mint(FIGURE, base, ctx.minted)
    ctx.add(section, attack, _FIGURE_PROPERTY[figure.kind], node)
    ctx.add(section, node, RDF.type, KG.Figure)
    if figure.count is not None:
        ctx.add(section, node, KG.count, Literal(figure.count))
    ctx.add(section, node, KG.countQualifier, COUNT_QUALIFIER[figure.qualifier])
    ctx.add(section, node, KG.verbatim, Literal(figure.verbatim))
    shown = "unknown" if figure.count is None else f"{figure.count} ({figure.qualifier})"
    ctx.extracted(section, f"{figure.kind}: {shown} — {figure.verbatim!r}")
    return node


def _named_persons(
    ctx: IngestContext, section: Section, attack: URIRef, sentences: list[Sentence]
) -> list[str]:
    """Named persons an entry says were targeted or killed, with the nationality the text
    gives them ('Algerian President …', 'U.S. citizen …'); returns the names found."""
    names: list[str] = []
    for sentence in sentences:
        for pattern, target, victim in _PERSON_TARGETS:
            for match in pattern.finditer(sentence.text):
                known, _, _ = ctx.index.lookup(match["name"])
                if known is not None and "person" not in ctx.index.kinds.get(known, set()):
                    continue  # a group or a place, not a person
                person = ctx.person(section, match["name"], sentence.line)
                names.append(match["name"])
                if target:
                    ctx.add(section, attack, KG.target, person)
                if victim:
                    ctx.add(section, attack, KG.victim, person)
                nationality = match["nat"]
                country = (
                    PLACE["united-states"] if nationality == "U.S."
                    else ctx.index.demonym(nationality) if nationality else None
                )
                if country is not None and "place" in ctx.index.kinds.get(country, set()):
                    ctx.add(section, person, KG.nationality, country)
                roles = " and ".join(r for r, on in (("target", target), ("victim", victim)) if on)
                ctx.extracted(section, f"{roles}: {ctx.short(person)}")
    return names
