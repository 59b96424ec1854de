"""Statements an entry makes across its clauses, beyond one shape's match: a claim made in
another's name, partners "with" the doer, "both claimed" and "so did" pointing back, a
follower's deed credited to the leader's group, a hedge on the group's work, a deed told
"according to" others."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.attribution.claimants import _groups, _is_place, _refuse
from kg.ingest.attribution.lexicon import (
    _AND,
    _DEED,
    _DET,
    _FOR,
    _FOR_CLAIMANT,
    _I,
    _NAMED,
    _ORG_NAME,
    DEED_DONE,
    HEDGE_BEFORE,
)
from kg.ingest.attribution.model import Statement
from kg.ingest.context import IngestContext
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted
from kg.namespaces import KG

# "⟦X⟧ carried out the raid, according to the police": the clause's deed is told on others' word
# (matched at the statement's end: `match` anchors there; a "^" would only hold at offset 0)
_ACCORDING_AFTER = re.compile(r"[^.;]{0,120}?,\s*according\s+to\b", re.I)


# "⟦X⟧ fighters, by their own account, took the town": the doers' own word, their claim
_OWN_ACCOUNT = re.compile(
    r"\bby\s+(?:its|their|his|her)\s+own\s+(?:account|admission)\b", re.I
)


def _on_others_word(text: str, statement: Statement) -> Statement:
    """A deed whose clause ends "according to …" is attributed, not conducted: the hedge
    binds to the clause it closes, not to the entry. A deed the clause tells "by their own
    account" is the doers' claim."""
    if statement.modality != "conducted":
        return statement
    start = max(text.rfind(mark, 0, statement.start) for mark in ".;") + 1
    stop = min((i for i in (text.find(mark, statement.end) for mark in ".;") if i >= 0),
               default=len(text))
    if _OWN_ACCOUNT.search(text, start, stop):
        return Statement(statement.shape, "claimed", statement.start, statement.end,
                         statement.groups)
    if not _ACCORDING_AFTER.match(text, statement.end):
        return statement
    return Statement(statement.shape, "attributed", statement.start, statement.end,
                     statement.groups)


# a claim the entry itself doubts
_DOUBTED_CLAIM = re.compile(
    r"\b(?:never|not|could\s+not\s+be|was\s+not|has\s+not\s+been)\s+(?:been\s+)?"
    r"(?:authenticated|verified|confirmed)\b|\bunverified\b|\bof\s+doubtful\s+authenticity\b|"
    r"\bauthenticity\s+(?:was|is|remains)\s+(?:doubtful|disputed|in\s+doubt)\b",
    re.I,
)


# "the bombings are still only suspected to be its work", "are believed to have been the
# ⟦X⟧’s doing": a hedge on the group's part, pointing back by a possessive
_HEDGED_WORK = re.compile(
    rf"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+|widely\s+|generally\s+)?"
    rf"(?:only\s+)?(?:suspected|believed|thought|assumed|presumed)\s+to\s+(?:be|have\s+been)\s+"
    rf"(?:(?P<ana>its|their|the\s+group[’']s)|(?P<list>{G})(?:’s|'s))\s+(?:own\s+)?"
    rf"(?:work|doing|handiwork|operation|act)\b",
    re.I,
)


def _hedged_work(
    ctx: IngestContext, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    found: list[Statement] = []
    for match in _HEDGED_WORK.finditer(template.text):
        if match["list"]:
            iri = template.entity(match["list"])
            groups = (iri,) if iri is not None else ()
        else:
            before = [s for s in statements if s.start < match.start()]
            groups = before[-1].groups if before else (
                (ctx.subject,) if ctx.subject is not None else ())
        if groups:
            found.append(Statement("hedged work", "implicated", match.start(), match.end(),
                                   tuple(groups)))
    return found


# "with ⟦AQIM⟧ and ⟦MUJAO⟧," after a deed, or an entry that opens "With ⟦AQIM⟧, took …"
_WITH_PARTNERS = re.compile(
    rf"(?P<open>(?:^|[:;]\s*)\W*)?(?:(?:along|together)\s+with|\bwith|\balongside|\bbeside)\s+"
    # "with ⟦Y⟧ and Free Syrian Army units": the partner's men named by a word after it
    rf"(?P<list>{_NAMED})(?:\s+(?:units|fighters|forces|militants|cadres|elements))?"
    rf"(?:\s*,|(?=\s+(?:in|at|on|near|against|during|from|for|and|after|before)\b|\s*[.;|]|\s*$))",
    _I,
)


# what the victims were accused of, or their ties: "civilians accused of working with",
# "villagers suspected of collaborating with", "people with links with", "sympathisers of":
# the organisation after "with" is the victims' alleged ally, never a partner in the deed
_VICTIMS_ASSOCIATION = re.compile(
    r"(?:\b(?:accused|suspected|charged|convicted|guilty|branded|denounced)\s+(?:of|as|for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z]+ing|sympathi[sz]ers?|collaborators?|informers?|allies)"
    r"|\b(?:links?|ties|contacts?|dealings|collaboration|sympathies|sympathi[sz]ing|"
    r"collaborating|cooperating|co-operating|siding)|\balleged(?:ly)?\s+(?:[a-z]+ing|allied))\s+$",
    re.I,
)


_DEED_BEFORE = re.compile(rf"\b(?:{_DEED}|led|spearheaded|headed)\b[^.;]{{0,40}}$", _I)


_DEED_AFTER = re.compile(rf"\s*{_DEED}\b", _I)  # used with .match(text, pos)


# "Took the provincial capital with ⟦Y⟧", "| What happened: Taken with ⟦Y⟧ after a siege": the
# deed opens its clause, its subject left out (the profile's group, as an entry naming nobody
# credits it), and no name stands between the deed and the partner
_SUBJECTLESS_DEED_BEFORE = re.compile(
    rf"(?:^|[.;:|]\s*)\W*(?:{_DEED}|{DEED_DONE})\b[^.;:|⟦]{{0,60}}$", _I
)


def _with_partners(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    """Partners in the deed: "⟦AD⟧ led the push, with ⟦AQIM⟧ and ⟦MUJAO⟧, on Konna" (they
    conducted it too) and the subjectless "With ⟦AQIM⟧, took Timbuktu" (the profile's group
    and the partner conducted it)."""
    found: list[Statement] = []
    for match in _WITH_PARTNERS.finditer(template.text):
        if _VICTIMS_ASSOCIATION.search(template.text, 0, match.start()):
            continue  # "killed civilians accused of working with ⟦FARC⟧": the victims' ally
        groups = _groups(ctx, section, template, match.span("list"), named=True, shown=False)
        if not groups:
            continue
        if match["open"] is not None and _DEED_AFTER.match(template.text, match.end()):
            if ctx.subject is not None:
                groups = [ctx.subject, *[g for g in groups if g != ctx.subject]]
        elif _SUBJECTLESS_DEED_BEFORE.search(template.text, 0, match.start()):
            # the deed's left-out subject is the profile's group; the partner did it too
            if ctx.subject is not None:
                groups = [ctx.subject, *[g for g in groups if g != ctx.subject]]
        elif not _DEED_BEFORE.search(template.text, 0, match.start()):
            continue
        found.append(Statement("with partners", "conducted", match.start(), match.end(),
                               tuple(groups)))
    return found


# "both claimed its capture", "and so did ⟦GI⟧ and ⟦IJG⟧": the groups the clause points back
# to, or names, take the modality of the statement before
_BOTH = re.compile(
    r"\b(?:(?P<count>both|the\s+two|all\s+(?:two|three|four|five|six)|the\s+(?:three|four|five|"
    r"six))(?:\s+(?:groups|organi[sz]ations|movements|factions))?|(?:all\s+)?the\s+(?:groups|"
    r"organi[sz]ations|movements|factions))\s+(?:(?:later|also|quickly|jointly|together|"
    r"then|all)\s+)?(?:claimed|took\s+responsibility|admitted)\b",
    re.I,
)
# how many groups the count word points back to ("the three groups claimed" after three named)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_SO_DID = re.compile(
    rf"\b(?:so|as)\s+did\s+(?P<list>{_DET}(?:{G}|{NAME})(?:{_AND}{_DET}(?:{G}|{NAME})){{0,8}})",
    re.I,
)


def _back_references(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    found: list[Statement] = []
    for match in _BOTH.finditer(template.text):
        before = [s for s in statements if s.start < match.start() and len(s.groups) > 1]
        count = _COUNTS.get(match["count"].split()[-1].lower()) if match["count"] else None
        if count is not None:
            # "With ⟦X⟧ and ⟦Y⟧, raided …; the three groups claimed": the statement that names
            # as many groups as the count (the profile's group and its two partners, not the
            # partners alone); none, and the count does not settle who claimed ("⟦X⟧ and ⟦Y⟧
            # carried it out; all three claimed it": a third the reader did not see)
            before = [s for s in before if len(s.groups) == count]
        if before:
            found.append(Statement("both claimed", "claimed", match.start(), match.end(),
                                   before[-1].groups))
    for match in _SO_DID.finditer(template.text):
        before = [s for s in statements if s.start < match.start()]
        groups = _groups(ctx, section, template, match.span("list"), named=True)
        if before and groups:
            found.append(Statement("so did", before[-1].modality, match.start(), match.end(),
                                   tuple(groups)))
    return found


# "⟦IS⟧ claimed the bombings in ⟦ISCAP⟧’s name", "… for ⟦ISCAP⟧", "Yahya Saree claimed the
# strike for the movement": the claim is the named one's; the claimant (a parent, a person) is
# credited with nothing
_CLAIM_FOR = re.compile(
    # "A later claimed the operation for ⟦X⟧": an adverb before the verb changes nothing
    rf"(?P<claimant>{_FOR_CLAIMANT.format(name=NAME)})\s+(?:(?:has|had)\s+)?"
    rf"(?:(?:later|again|also|then|first|subsequently|afterwards|soon|quickly)\s+)?claimed\s+"
    rf"[^.;⟦]{{0,60}}?\s*"
    rf"(?:\bin\s+(?P<own>(?:the\s+)?{G})(?:’s|'s)\s+name|\bin\s+the\s+name\s+of\s+"
    rf"(?P<named>(?:the\s+)?{G})|\b(?:for|on\s+behalf\s+of)\s+{_FOR}(?=\s*(?:[,.;]|$|and\b|"
    rf"but\b|in\b|with\b|within\b|on\b|after\b))"
    # "A claimed the bombing for Riyad-us Saliheen": the leading words of the group's own name
    # (`_own_short_form` checks them)
    rf"|\b(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?P<short>{NAME})(?=\s*(?:[,.;]|$|"
    rf"and\b|but\b|in\b|with\b|within\b|on\b|after\b)))",
    _I,
)


def _own_short_form(ctx: IngestContext, written: str) -> URIRef | None:
    """The profile's group where `written` is the leading words of its preferred or of an
    alternative name ("Riyad-us Saliheen" of "Riyad-us Saliheen Reconnaissance and Sabotage
    Battalion …"), two words at least, and no organisation the index knows is named so (the
    parent "Islamic State" of an "Islamic State in Somalia" profile stays the parent)."""
    if ctx.subject is None:
        return None
    words = written.split()
    if len(words) < 2:
        return None
    known, _, _ = ctx.index.lookup(written)
    if known is not None and known != ctx.subject:
        return None
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for label in ctx.graph.objects(ctx.subject, predicate):
            if str(label).split()[:len(words)] == words:
                return ctx.subject
    return None


def _claims_made_for(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement],
    taken: list[tuple[int, int]],
) -> None:
    """Claims made in another's name: the named organisation claimed; the claimant's words
    are taken so no other shape credits it."""
    for match in _CLAIM_FOR.finditer(template.text):
        if match["ana"]:
            groups = [ctx.subject] if ctx.subject is not None else []
            span = match.span("ana")
        elif match["branch"]:
            span = match.span("branch")
            part = _part_named(ctx, section, match["region"],
                               template.original_span(*span))
            groups = [part] if part is not None else []
            if part is None:
                # "claimed it for its Desert branch", a part the profile never names: the
                # claim is not the claimant's, and the part is unknown, so nobody is credited
                taken += [match.span("claimant"), span]
                _refuse(ctx, section, template, span, "a claim made for a part of the claimant "
                        "that the profile names nowhere: neither the claimant nor the part is "
                        "credited")
        elif match["short"]:
            span = match.span("short")
            own = _own_short_form(ctx, " ".join(template.original_span(*span).split()))
            groups = [own] if own is not None else []
        else:
            which = next(g for g in ("own", "named", "list") if match[g])
            span = match.span(which)
            groups = _groups(ctx, section, template, span, named=False)
        if not groups:
            continue
        taken += [match.span("claimant"), span]
        claimant = " ".join(template.original_span(*match.span("claimant")).split())
        ctx.reports[section.key].unused.append((
            section.start, claimant, "attribution",
            "claimed the attack in another's name or for it: the claim is credited to "
            f"{', '.join(ctx.short(g) for g in groups)}, not to the claimant",
        ))
        statements.append(Statement("claim made for", "claimed", match.start(), match.end(),
                                    tuple(groups)))


def _part_named(
    ctx: IngestContext, section: Section, region: str, written: str
) -> URIRef | None:
    """The part a claim is made for, named by its region ("the Khorasan province"): the
    profile's own group when one of its names holds the region ("Islamic State Khorasan
    Province"), else an organisation the index knows as "<region> Province" (or Branch …);
    None when neither (the claim then credits nobody, rather than the claimant)."""
    region = " ".join(region.split())
    if ctx.subject is not None:
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.formerName):
            for label in ctx.graph.objects(ctx.subject, predicate):
                if re.search(rf"(?<![\w-]){re.escape(region)}(?![\w-])", str(label), re.I):
                    return ctx.subject
    head = re.search(r"(?i:province|branch|wilayat?|affiliate|chapter|division|franchise)$",
                     written.strip())
    if head is None:
        return None
    known, _, _ = ctx.index.lookup(f"{region} {head.group(0).title()}")
    if known is not None and ctx.index.kinds.get(known, set()) & {"group", "organisation"}:
        return known
    return None


def _owner_claims(
    ctx: IngestContext, section: Section, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    """"Militants of Belmokhtar’s Signed-in-Blood Battalion seized …; Belmokhtar claimed the
    operation": the man whose unit the entry names claims for that unit. Only a person the
    entry itself names as the unit's owner."""
    found: list[Statement] = []
    for match in _OWNER_CLAIMED.finditer(template.text):
        person = match["person"]
        owned = re.search(
            rf"(?<![\w-]){re.escape(person)}[’']s\s+(?P<unit>{_ORG_NAME})", template.text
        )
        if owned is None:
            continue
        groups = _groups(ctx, section, template, owned.span(), named=True)
        if groups:
            found.append(Statement("owner's claim", "claimed", match.start(), match.end(),
                                   tuple(groups)))
    return found


_OWNER_CLAIMED = re.compile(
    rf"(?:^|[;.]\s*|,\s+|\band\s+)(?P<person>{NAME})\s+(?:(?:has|had)\s+)?claimed\b", _I
)


_FOLLOWERS_OF = re.compile(
    rf"\b(?:fighters|forces|militants|men|gunmen|followers|loyalists)\s+(?:loyal\s+to|led\s+by|"
    rf"under)\s+(?P<person>{NAME})(?:\s+and\s+(?:the\s+)?(?:{G}|{NAME}))?\s+{_DEED}\b",
    _I,
)


def _led_by_the_leader(ctx: IngestContext, template: Slotted) -> list[Statement]:
    """"Fighters loyal to Isnilon Hapilon (and the Maute Group) held Marawi": fighters who
    follow a person the profile's own leadership paragraph names (a leader or a commander of
    the group) are the group's fighters, so the group conducted it; the other organisation
    named is read by the shapes. A person named nowhere in that paragraph credits nobody."""
    section = ctx.layout.get("leadership")
    if ctx.subject is None or section is None:
        return []
    found: list[Statement] = []
    for match in _FOLLOWERS_OF.finditer(template.text):
        name = template.original_span(*match.span("person")).strip()
        person, _, _ = ctx.index.lookup(name)
        if person is None or "person" not in ctx.index.kinds.get(person, set()):
            continue
        if name in section.body:
            found.append(
                Statement("fighters loyal to", "conducted", match.start(), match.end(),
                          (ctx.subject,))
            )
    return found


# ", and claimed the killing the same day": a claim whose subject is the clause's before it
_AND_CLAIMED = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:later|then|also|promptly|quickly|subsequently|publicly)\s+)?"
    r"(?:claimed|admitted|acknowledged)\b(?!\s+(?:the\s+)?lives\b)",
    re.I,
)


def _coordinated_claims(template: Slotted, statements: list[Statement]) -> list[Statement]:
    """"Gunmen of ⟦X⟧ shot dead a minister …, and claimed the killing the same day": the second
    verb of a coordination shares the first one's subject, so the groups of the last statement
    before it in the same sentence claimed. A claim a shape has already read is left alone."""
    found: list[Statement] = []
    for match in _AND_CLAIMED.finditer(template.text):
        if any(s.start <= match.start() < s.end or s.start <= match.end() - 1 < s.end
               for s in statements):
            continue
        before = [s for s in statements if s.end <= match.start()
                  and not re.search(r"[.;]", template.text[s.end:match.start()])]
        if before:
            found.append(Statement("coordinated claim", "claimed", match.start(), match.end(),
                                   before[-1].groups))
    return found


# "a man who said he spoke for it claimed the bombing", "a caller claiming to speak for ⟦X⟧
# claimed": a voice that names whom it speaks for claims for them
_SPEAKING_FOR = re.compile(
    rf"\b(?:a|an|one)\s+(?:man|woman|caller|person|militant|spokes(?:man|woman|person))\s+"
    rf"(?:who\s+(?:said|claimed)\s+(?:he|she)\s+(?:spoke|was\s+speaking)|(?:claiming|purporting|"
    rf"who\s+claimed)\s+to\s+speak)\s+(?:for|on\s+behalf\s+of)\s+(?:(?P<list>{G})|(?P<ana>it|them|"
    rf"the\s+group))\s*,?\s+(?:(?:later|then|also)\s+)?(?:claimed|admitted|took\s+responsibility)\b",
    _I,
)


def _voices_speaking_for(
    ctx: IngestContext, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    found: list[Statement] = []
    for match in _SPEAKING_FOR.finditer(template.text):
        if match["list"]:
            iri = template.entity(match["list"])
            groups: tuple[URIRef, ...] = (iri,) if iri is not None else ()
        else:
            before = [s for s in statements if s.start < match.start()]
            groups = before[-1].groups if before else (
                (ctx.subject,) if ctx.subject is not None else ())
        if groups:
            found.append(Statement("voice speaking for", "claimed", match.start(), match.end(),
                                   groups))
    return found


_HEDGE_OPENS = re.compile(r"(?:suspected|alleged|presumed|apparent|purported)\s", re.I)


def _hedged_before(template: Slotted, statement: Statement) -> Statement:
    """"Suspected ⟦X⟧ militants attacked …", "alleged members of ⟦X⟧ stormed …": conduct
    told of attackers whose group the text only suspects is a suspicion, not conduct."""
    hedged = HEDGE_BEFORE.search(template.text, 0, statement.start) or _HEDGE_OPENS.match(
        template.text, statement.start)  # "alleged members of ⟦X⟧ killed …"
    if statement.modality != "conducted" or not hedged:
        return statement
    return Statement(statement.shape, "implicated", statement.start, statement.end,
                     statement.groups)


# "Bomb at the State Department; claimed.", "Claimed by communiqué.", "…; claimed as a protest
# at …": the telegraphic note, a claim whose subject is left out. "claimed by" is read here
# only before the medium of the claim ("by communiqué", "by telephone"): "claimed by ⟦X⟧" is the
# terse claim's, and "claimed by an unknown group" names someone else.
_MEDIUM = (
    r"(?:communiqu[ée]s?|letters?|telephone|phone|calls?|statements?|videos?|e-?mails?|leaflets?|"
    r"notes?|fax|messages?|tapes?|recordings?|press\s+releases?|posters?|radio|internet|"
    r"online|telegram|cable)"
)
_SUBJECTLESS_CLAIM = re.compile(
    rf"(?:^|[.;:]\s*)\W*(?:(?:later|subsequently|quickly|promptly|also|duly|publicly|soon)\s+)?"
    rf"(?<![\w-])claimed\b(?!\s+(?:the\s+)?lives\b)"
    rf"(?!\s+(?:jointly\s+)?by\s+(?!(?:an?\s+|the\s+)?{_MEDIUM}\b))"
    # "Claimed the attack nobody": the subject after the verb, and it is nobody
    rf"(?![^.;]{{0,60}}?\b(?:nobody|no\s+one|no\s+group|no\s+organi[sz]ation|none)\b)",
    re.I,
)


# "the DVD of 2011 claimed all nine murders", "a video posted weeks later claimed the attack":
# the group's medium claims, no organisation named as its author in the clause ("claimed
# that …" asserts something else)
_MEDIUM_CLAIMED = re.compile(
    r"\b(?:the|an?|its)\s+(?:(?:later|second|first|new|own|online|recorded|written|same)\s+)?"
    r"(?:DVD|CD|video(?:tape)?|tape|recording|communiqu[ée]|leaflet|pamphlet|letter|statement|"
    r"manifesto|message|audio\s+message|press\s+release|bulletin|magazine)"
    r"(?:\s+(?:of|from|in)\s+(?:\d{4}|(?-i:[A-Z][a-z]+)(?:\s+\d{4})?)|\s+(?:released|posted|"
    r"published|sent|issued|found|mailed)\s+[^,.;⟦]{0,40}?)?"
    r"\s+(?:(?:later|also|then|itself)\s+)?claimed\b(?!\s+(?:that|to)\b)(?![^.;]*⟦)",
    re.I,
)


def _subjectless_claims(
    ctx: IngestContext, template: Slotted, statements: list[Statement]
) -> list[Statement]:
    """A claim told with its subject left out, as a note after the deed, or made by a medium
    whose author the clause does not name ("the DVD of 2011 claimed all nine murders"): the
    group the entry last showed acting or claiming claimed it, else the profile's own group
    (the profile speaks of its group when it names nobody)."""
    found: list[Statement] = []
    matches = [*_SUBJECTLESS_CLAIM.finditer(template.text),
               *_MEDIUM_CLAIMED.finditer(template.text)]
    for match in sorted(matches, key=lambda m: m.start()):
        if match.re is _MEDIUM_CLAIMED and "⟦" in re.split(
                r"[.;]", template.text[:match.start()])[-1]:
            continue  # "⟦X⟧ said a leaflet claimed it": whose leaflet the clause leaves open
        if any(s.start <= match.end() - 1 < s.end for s in statements):
            continue
        before = [s for s in statements if s.end <= match.start()
                  and s.modality in ("conducted", "claimed")]
        groups = before[-1].groups if before else (
            (ctx.subject,) if ctx.subject is not None else ())
        if groups:
            found.append(Statement("claim with no subject", "claimed", match.start(),
                                   match.end(), tuple(groups)))
    return found


# others accuse a description, not a name ("blamed the cell that had killed Belaïd", "accused
# the men behind the March bombings"), and a group then denies: the denial answers that
# accusation, so the group is the one accused
_ACCUSED_A_DESCRIPTION = re.compile(
    r"\b(?:blamed|accused|suspected|held|named|charged|implicated|"
    r"attributed\s+(?:it|them|(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?)\s+to|"
    r"(?:blamed|pinned)\s+(?:it|them|(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?)\s+on)\s+"
    r"(?:the|a|an|its|their|those|these)\s+(?:same\s+)?(?-i:[a-z])[\w-]*",
    re.I,
)


def accused_a_description(text: str, denial_start: int) -> bool:
    """Whether, before a denial, the entry tells others accusing someone they describe but do
    not name, with no organisation named between the accusation and the denial (then the
    accused could be that one: "police blamed the DHB; the CLF denied" leaves the CLF's
    denial a denial)."""
    return any("⟦" not in text[m.start():denial_start]
               for m in _ACCUSED_A_DESCRIPTION.finditer(text, 0, denial_start))


# "no independent evidence of the group's role has been published", "its involvement has never
# been proven": the entry itself says the group's part is not established
_ROLE_UNPROVEN = re.compile(
    r"\bno\s+(?:independent\s+|firm\s+|hard\s+|public\s+|conclusive\s+|direct\s+|clear\s+)?"
    r"(?:evidence|proof)\s+(?:of|for|that)\s+(?:the\s+(?:group|organi[sz]ation|movement)(?:[’']s)?|its|"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}(?:[’']s)?)\s*(?:role|involvement|part|"
    r"hand|responsibility|guilt|was\s+involved|had\s+a\s+(?:role|hand|part))"
    r"|\b(?:the\s+(?:group|organi[sz]ation|movement)[’']s|its|(?-i:[A-Z])[\w-]*(?:[’']s))\s+"
    r"(?:role|involvement|part|hand|responsibility)\s+(?:in\s+[^.;]{1,40}?\s+)?(?:has|have|had|was|"
    r"were|is|remains?|remained)\s+(?:never|not|yet\s+to\s+be)\s+(?:been\s+)?(?:proven|proved|"
    r"established|confirmed|demonstrated|shown)"
    # "No one claimed the attack", "Claimed the attack nobody", "the bombing went unclaimed":
    # the entry says nobody owned the deed and names no doer, so the group's part rests on the
    # profile's listing alone: suspected, never the implied doer
    r"|\b(?:nobody|no\s+one|no\s+group|no\s+organi[sz]ation)\s+(?:has\s+|have\s+|had\s+|ever\s+)?"
    r"(?:(?:yet|ever|publicly|immediately)\s+)?(?:claimed|took\s+responsibility|admitted)\b"
    r"|\bclaimed\s+(?:[\w-]+\s+){0,4}?(?:nobody|no\s+one|no\s+group)\b"
    r"|\b(?:was|were|went|remained|remains|has\s+remained|is)\s+(?:never\s+)?unclaimed\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+never\s+claimed\b"
    # "Supporters of the party reportedly set fire to …", "Gunmen allegedly shot …": the deed
    # itself hedged, its doer unnamed; the group's part rests on the hedge
    rf"|\b(?:reportedly|allegedly|purportedly|supposedly)\s+(?:{_DEED})\b"
    rf"|\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+)?(?:believed|thought|said|alleged|"
    rf"reported|suspected)\s+to\s+have\s+(?:{_DEED}|set\s+fire|carried\s+out)\b"
    r"|\b(?:reportedly|allegedly)\s+set\s+fire\b",
    re.I,
)


def role_left_unproven(prose: str) -> str | None:
    """The words by which an entry that names no perpetrator says the group's part is not
    established; the profile's group is then at most suspected, never the implied doer."""
    match = _ROLE_UNPROVEN.search(prose)
    return " ".join(match.group(0).split()) if match else None


# A claim the entry tells whose claimant the reader could not name (a man named alone, the
# group's letters, a leaflet, a leadership): "Basayev claimed responsibility", "The same letters
# claimed it", "announced in leaflets the party issued", "its leadership admitted its cadres had
# set it off". Pooled over `dev-15` and `dev-16`, every entry that fell back to the page's group
# with such a claim in it was keyed `claimed`, and no entry keyed `conducted` held one.
_UNREAD_CLAIM = re.compile(
    r"\b(?:claimed|admitted|acknowledged)\b(?!\s+(?:the\s+)?lives\b)(?!\s+(?:that|to)\b)"
    r"|\b(?:took|accepted|assumed)\s+(?:full\s+)?(?:responsibility|credit)\b"
    r"|\bannounced\s+in\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:leaflets?|statements?|"
    r"communiqu[ée]s?|pamphlets?|videos?|recordings?|messages?|letters?|bulletins?)\b",
    re.I,
)
# what makes the unread claimant someone else, or no claimant at all: another's voice or a
# described stranger in the clause, a negation before the verb
_CLAIMANT_IS_ANOTHER = re.compile(
    r"\b(?:unknown|little-known|obscure|another|rival|different|other|calling\s+itself|"
    r"calls\s+itself|called\s+itself|police|army|military|government|officials?|authorities|"
    r"investigators|prosecutors|ministry|minister|state|troops|soldiers|forces)\b"
    r"|\b(?:no|nobody|none|never|not|without|falsely|wrongly)\b[^.;]{0,30}$",
    re.I,
)


# a man named just before the verb ("Basayev claimed", "Basayev again claimed")
_NAMED_CLAIMANT = re.compile(
    rf"(?P<who>{NAME})\s+(?:(?:later|again|also|first|then|himself|publicly)\s+)?$")
# the roles that make a man the group's own voice, where the profile's history or leadership
# gives him one ("the instrument of A B, the field commander who had led …", "founded by A B")
_ITS_MAN = r"(?:founded|founder|co-founder|led|leads|leader|emir|amir|commander|chief|head)"


def _named_as_its_man(ctx: IngestContext, who: str) -> bool:
    """Whether the profile outside its attack entries gives the man a founding or leading
    role ("Shamil Basayev, the Chechen field commander who had led …")."""
    last = re.escape(who.split()[-1])
    text = "\n".join(s.body for s in ctx.layout.sections if s.parent is None
                     and not re.search(r"attack", s.title, re.I))
    return bool(re.search(rf"\b{last}\b[^.;]{{0,80}}?\b{_ITS_MAN}\b|\b{_ITS_MAN}\b"
                          rf"[^.;]{{0,40}}?\b{last}\b", text))


def claim_left_unread(ctx: IngestContext, prose: str) -> str | None:
    """The words of a claim an entry that names no perpetrator tells, where the clause says
    nothing of the claimant being another (a stranger, a state's voice), nothing negates it,
    and a man named as the claimant is one the profile gives a founding or leading role: the
    page's group is then the claimant, as the keys read a claim with no named subject and a
    claim by the group's founder or leader; None where there is no such claim."""
    for match in _UNREAD_CLAIM.finditer(prose):
        start = max(prose.rfind(mark, 0, match.start()) for mark in ".;:") + 1
        stop = min((i for i in (prose.find(mark, match.end()) for mark in ".;")
                    if i >= 0), default=len(prose))
        if _CLAIMANT_IS_ANOTHER.search(prose, start, match.start()) or re.search(
                r"\b(?:unknown|another|rival|calling\s+itself)\b", prose[match.end():stop], re.I):
            continue
        named = _NAMED_CLAIMANT.search(prose, start, match.start())
        if (named is not None and not _is_place(ctx, named["who"])
                and not _named_as_its_man(ctx, named["who"])):
            continue  # "Musa claimed the raid": a man the profile gives no role in the group
        return " ".join(prose[start:stop].split())
    return None
