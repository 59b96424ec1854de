"""The lineage grammar, tested by a combinatorial bank rather than by sentences seen in profiles.

Every sentence is generated from templates: a predicate wording (per kind: split, rename,
merger, absorption, pledge; both directions, active and passive, relative clauses) × a form of
the profile's group (its acronym, its name, the head noun of its name, "the group", "the
organisation", "it" after a sentence about the group) × a form of the other organisation (with
or without an acronym) × a date form (year, month, day either way round, approximate, carried
from the sentence before) × the clause order (date first or last). Each sentence names
organisations of its own, so a whole batch is one synthetic profile (one ingest per batch, not
per sentence) and each sentence's facts are picked out of the batch by its organisations.

Facts are (resulting organisation, kind, prior organisation, EDTF date), organisations named
by acronym (lower case) where the sentence gives one, else by preferred name; the profile's
group is `sf`. Distractors (alliances, wings, fronts, rivals, another group's own split,
fighters taken in while their group lived on …) must state NO fact touching the group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from tests.test_ingest_lineage_shapes import Fact, _profile, lineage_facts

# --- the axes ---------------------------------------------------------------------------------

# the profile's group as a sentence names it: (text, needs a sentence about the group before)
SELF_FORMS = [
    ("the SF", False),
    ("the Sahel Front", False),
    ("the Front", False),
    ("the group", False),
    ("the organisation", False),
    ("it", True),
]
# (phrase, EDTF); a phrase that carries its date from the sentence before has an anchor
DATE_FORMS = [
    ("in 2011", "2011"),
    ("in March 2011", "2011-03"),
    ("on 5 March 2011", "2011-03-05"),
    ("on March 5, 2011", "2011-03-05"),
    ("around 2011", "2011~"),
    ("in about 2011", "2011~"),
]
CARRIED = [
    # (anchor sentence, carried phrase, EDTF)
    ("The Sahel Front held a congress in 2009.", "two years later", "2011"),
    ("The Sahel Front held a congress in 2010.", "the following year", "2011"),
    ("The Sahel Front held a congress in 2011.", "that August", "2011-08"),
    ("The Sahel Front held a congress in March 2011.", "later that year", "2011"),
    ("The Sahel Front held a congress in September 2010.", "three months later", "2010-12"),
]
_PLACES = ["Azawad", "Bourem", "Diabaly", "Essakane", "Gourma", "Hombori", "Intahaka", "Kidal",
           "Lere", "Menaka", "Nampala", "Ouatagouna", "Rharous", "Segou", "Timbuktu",
           "Youwarou", "Zinder", "Chinagodrar", "Filingue", "Jibo", "Pissila", "Uvira",
           "Wagadou", "Quinzambougou", "Veye"]  # fmt: skip
_NOUNS = ["Brigade", "Falcons", "Column", "Legion", "Union", "Movement", "Army", "Guard"]


@dataclass
class Org:
    name: str
    acronym: str
    with_acronym: bool

    @property
    def first(self) -> str:
        """How the sentence names it the first time."""
        return f"the {self.name} ({self.acronym})" if self.with_acronym else f"the {self.name}"

    @property
    def key(self) -> str:
        return self.acronym.lower() if self.with_acronym else self.name


class Orgs:
    """Organisations with unique names and acronyms, handed out in order."""

    def __init__(self) -> None:
        self._names = (
            (place, noun) for noun in _NOUNS for place in _PLACES
        )
        self._count = 0

    def next(self, *, acronym: bool = False) -> Org:
        """Every third without an acronym, unless the shape needs a known organisation."""
        place, noun = next(self._names)
        self._count += 1
        return Org(f"{place} {noun}", f"{place[0]}{noun[0]}", acronym or self._count % 3 != 0)


@dataclass
class Case:
    """One generated sentence (with the sentence before it, if it needs one) and its facts."""

    ident: str
    text: str
    orgs: list[Org]
    expected: set[Fact] = field(default_factory=set)


# --- the templates ----------------------------------------------------------------------------
# {S} the group, {X} {Y} other organisations (first mention), {Z} the resulting one, {D} a date.
# Each template says who is the result and who the prior: "S<X" is "the group came from X".

SPLIT_FROM_OTHER = [  # this group came from X
    "{S} broke away from {X} {D}.",
    "{S} split from {X} {D}.",
    "{S} splintered from {X} {D}.",
    "{S} seceded from {X} {D}.",
    "{S} broke off from {X} {D}.",
    "{S} parted ways with {X} {D}.",
    "{S} walked out of {X} {D}.",
    "{S} defected from {X} {D}.",
    "{S} was carved out of {X} {D}.",
    "{S} was formed {D} as a breakaway faction of {X}.",
    "{S} began {D} as a dissident faction of {X}.",
    "{S}, which had split from {X} {D}, operates in Gao.",
]
SPLIT_FROM_SELF = [  # X came from this group
    "{X} broke away from {S} {D}.",
    "{X} split from {S} {D}.",
    "{X} splintered from {S} {D}.",
    "{X} seceded from {S} {D}.",
    "{X} broke off from {S} {D}.",
    "{X} parted ways with {S} {D}.",
    "{X} walked out of {S} {D}.",
    "{X} was carved out of {S} {D}.",
    "{X}, which had broken away from {S} {D}, operates in Gao.",
    "{X}, a breakaway faction of {S}, was formed {D}.",
    "Dissidents expelled from {S} {D} formed {X}.",
    "Commanders who quit {S} {D} founded {X}.",
]
SPLIT_FOUNDED = [  # people of the group left and founded X: X came from the group
    "Commanders of {S} broke away {D} and announced {X}.",
    "Some notables broke away {D} and launched {X}.",
    "Ali Musa founded a breakaway formation, {X}, {D}.",
    "Ali Musa set up a splinter group, {X}, {D}.",
    "A dissident wing walked out {D} to form {X}.",
]
LEADER_LEFT = [  # the group's leader (named in its leadership paragraph) left X
    "Omar Haddad walked out of {X} {D}.",
    "Omar Haddad quit {X} {D}, judging its leaders too soft.",
    "Omar Haddad defected from {X} {D}.",
    "Omar Haddad parted ways with {X} {D}.",
]
FOLLOWERS = [  # a commander left; the men who followed him formed X: X came from the group
    "Ali Musa renounced {S} {D}; the fighters who followed him formed {X}.",
    "Ali Musa left {S} {D}, and the men who went with him became {X}.",
    "Ali Musa broke with {S} {D}; the commanders who sided with him set up {X}.",
    "Ali Musa quit {S} {D}, and the militants who followed him were announced as {X}.",
]
REMNANT_MERGED = [  # what was left of the group merged into Z
    "its survivors merged as {Z} {D}.",
    "its remnants and local militias united as {Z} {D}.",
    "the group’s remaining fighters came together as {Z} {D}.",
    "its members and other insurgents combined to form {Z} {D}.",
]
LEADERS_GROUP = [  # the group named as its leader's (named in its leadership paragraph)
    "Omar Haddad’s group split from {X} {D}.",
    "Haddad’s followers broke away from {X} {D}.",
    "Haddad’s band walked out of {X} {D}.",
    "Haddad’s men seceded from {X} {D}.",
]
OTHERS_IT = [  # "it" after a sentence about another organisation is that one, not the group
    "{X} operates near Gao. It broke away from {Y} {D}.",
    "{X} was founded by students. It split from {Y} {D}.",
    "{X} is a rival of the group. It seceded from {Y} {D}.",
    "{X} recruits in Kidal. It walked out of {Y} {D}.",
]
UNKNOWN_IT = [  # "it" after a sentence about a name the graph does not know: nothing
    "The Kidal Hawks were founded by students. It split from {X} {D}.",
    "The Gao Circle operates near Gao. It broke away from {X} {D}.",
    "The Ansongo Network is a rival. It seceded from {X} {D}.",
    "The Menaka Circle recruits in Kidal. It walked out of {X} {D}.",
]
RENAME_SELF = [  # the group took a new name X: X renamed from the group
    "{S} renamed itself {X} {D}.",
    "{S} changed its name to {X} {D}.",
    "{S} adopted the name {X} {D}.",
    "{S} took the name {X} {D}.",
    "{S} rebranded as {X} {D}.",
    "{S} became known as {X} {D}.",
    "{S} gave itself the name {X} {D}.",
    "{S} was renamed {X} {D}.",
    "{S} reverted to the name {X} {D}.",
    "{S} went back to its old name, {X}, {D}.",
]
MERGER_OUT = [  # the group and X merged to form Z
    "{S} merged with {X} {D} to form {Z}.",
    "{S} joined with {X} to form {Z} {D}.",
    "{S} united with {X} {D} to form {Z}.",
    "{S} fused with {X} {D}, forming {Z}.",
    "{S} amalgamated with {X} {D} to create {Z}.",
    "{S} combined with {X} to form {Z} {D}.",
    "{S} joined with {X} {D}, and the merged group took the name of {Z}.",
    "{S} merged with {X} {D}, and the new organisation was called {Z}.",
    "{S} united with {X} {D}, and the joint movement became known as {Z}.",
    "Omar Haddad merged {S} with {X} {D}, and the joint organisation was named {Z}.",
]
MERGER_THREE = [  # the group and two others
    "{S} joined {X} and {Y} in creating {Z} {D}.",
    "{S} merged with {X} and {Y} {D} into {Z}.",
    "{S}, {X} and {Y} came together as {Z} {D}.",
    "{S} fused with {X} and {Y} {D} to found {Z}.",
]
MERGER_IN = [  # X and Y merged to form the group (the group named by its names only)
    "{S} was formed {D} by a merger of {X} and {Y}.",
    "{X} and {Y} merged {D} to form {S}.",
    "{X} and {Y} came together as {S} {D}.",
    "{S} was created {D} through the merger of {X} and {Y}.",
]
ABSORB_IN = [  # the group took X in
    "{S} absorbed {X} {D}.",
    "{S} incorporated {X} {D}.",
    "{X} was absorbed into {S} {D}.",
    "{X} was folded into {S} {D}.",
    "{X} was integrated into {S} {D}.",
    "{X} was incorporated into {S} {D}.",
    "{X} was subsumed into {S} {D}.",
    "{X} dissolved into {S} {D}.",
    "{X} was taken over by {S} {D}.",
    "{X} transferred its fighters into {S} {D}.",
]
ABSORB_OUT = [  # the group was taken into X
    "{S} was absorbed into {X} {D}.",
    "{S} was folded into {X} {D}.",
    "{S} was integrated into {X} {D}.",
    "{S} dissolved into {X} {D}.",
    "{S} pledged allegiance to {X} {D}, and its fighters were absorbed.",
    "{S} swore loyalty to {X} {D}, and its fighters were integrated.",
]
PLEDGE = [  # the group pledged to X and took the name Z
    "{S} pledged allegiance to {X} {D} and renamed itself {Z}.",
    "{S} swore loyalty to {X} {D}, taking the name {Z}.",
    "{S} pledged bay’ah to {X} {D} and took the name {Z}.",
    "{S} swore allegiance to {X} {D} and changed its name to {Z}.",
]
DISTRACTORS = [
    "{S} formed an alliance with {X} {D}.",
    "{S} joined a coalition with {X} {D}.",
    "{S} and {X} formed a coalition, {Z}, {D}.",
    "There was no merger between {S} and {X} {D}.",
    "{X} is the armed wing of {S}.",
    "{X} has served as a cover name for {S} since 2011.",
    "{X} is a front for {S}.",
    "{X} is a sister party of {S}.",
    "{X} has been a rival of {S} since 2011.",
    "{S} fought {X} {D}.",
    "{S} crushed {X} {D}.",
    "{S} and {X} never formed one organisation.",
    "{S} was not part of {X}.",
    "{S} pledged allegiance to {X} {D}.",
    "{X} split from {Y} {D}.",
    "Some fighters of {X} joined {S} {D}, but {X} fought on.",
    "{S} cooperated with {X} {D}.",
    "{S} clashed with {X} {D}.",
    "Omar Haddad left {X} {D} and joined a rival group.",
    "{S} merged with {X} {D}, but the merger failed.",
    "{S} held talks with {X} {D}, and the joint committee was named the Peace Council.",
]

# (family name, templates, expected facts as (result, kind, prior) over the roles S X Y Z)
FAMILIES: list[tuple[str, list[str], list[tuple[str, str, str]], bool]] = [
    # the last item: whether {S} may be a pronoun or a descriptive phrase
    ("split-from-other", SPLIT_FROM_OTHER, [("S", "split", "X")], True),
    ("split-from-self", SPLIT_FROM_SELF, [("X", "split", "S")], True),
    ("split-founded", SPLIT_FOUNDED, [("X", "split", "S")], True),
    ("leader-left", LEADER_LEFT, [("S", "split", "X")], True),
    ("followers", FOLLOWERS, [("X", "split", "S")], True),
    ("remnant-merged", REMNANT_MERGED, [("Z", "merger", "S")], True),
    ("others-it", OTHERS_IT, [("X", "split", "Y")], False),
    ("leaders-group", LEADERS_GROUP, [("S", "split", "X")], False),
    ("unknown-it", UNKNOWN_IT, [], False),
    ("rename", RENAME_SELF, [("X", "rename", "S")], True),
    ("merger-out", MERGER_OUT, [("Z", "merger", "S"), ("Z", "merger", "X")], True),
    ("merger-three", MERGER_THREE,
     [("Z", "merger", "S"), ("Z", "merger", "X"), ("Z", "merger", "Y")], True),
    ("merger-in", MERGER_IN, [("S", "merger", "X"), ("S", "merger", "Y")], False),
    ("absorb-in", ABSORB_IN, [("S", "absorption", "X")], True),
    ("absorb-out", ABSORB_OUT, [("X", "absorption", "S")], True),
    ("pledge", PLEDGE, [("Z", "pledge", "S")], True),
    ("distractor", DISTRACTORS, [], True),
]
BATCHES = 4  # each wording meets four forms of the group and four dates across the batches


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate(batch: int) -> list[Case]:
    """Every template once, its axes chosen so that across the batches each template meets
    several forms of every axis (a Latin square rather than the full product)."""
    orgs = Orgs()
    cases: list[Case] = []
    for family, templates, facts, pronoun in FAMILIES:
        for number, template in enumerate(templates):
            forms = SELF_FORMS if pronoun else SELF_FORMS[:2]
            self_form, needs_before = forms[(number + batch) % len(forms)]
            if needs_before and template.startswith("{S},"):
                self_form, needs_before = "the group", False  # never "It, which …"
            # Decisions: where the organisation stands in free text (after "merged X with",
            # before ", and the merged group took the name") or beside a person who left it
            # ("Omar Haddad walked out of X"), only a known or introduced one is a party; an
            # unknown name there could be a place or a person's
            known = family in ("leader-left", "others-it") or ", and the" in template
            x = orgs.next(acronym=known)
            y = orgs.next() if "{Y}" in template else x
            z = orgs.next() if "{Z}" in template else x
            # (a date carried over two sentences has no anchor: none for two-sentence shapes)
            carried = (number + 2 * batch) % 5 == 4 and ". " not in template
            before = ""
            if carried:
                anchor, phrase, edtf = CARRIED[(number + batch) % len(CARRIED)]
                before = anchor + " "
                if needs_before:
                    self_form = "the group"
            else:
                phrase, edtf = DATE_FORMS[(number + 3 * batch) % len(DATE_FORMS)]
                if needs_before:
                    before = "The Sahel Front recruits in Gao. "
            text = template.replace("{X}", x.first).replace("{Y}", y.first)
            text = text.replace("{Z}", z.first).replace("{S}", self_form)
            date_first = ((number + batch) % 2 == 1 and template.find("{D}") > 0
                          and "," not in template[: template.find("{D}")]
                          and ". " not in template)
            if date_first and not text.startswith(("Dissidents", "Commanders", "There")):
                # "In March 2011, the group split from …": the date opens the clause
                text = _cap(phrase) + ", " + text.replace(" {D}", "")
                # "it" stays right after the date
            else:
                text = text.replace("{D}", phrase).replace(" ,", ",")
            if family == "remnant-merged" and not before:
                before = "The Sahel Front was routed in the north. "
            text = before + _cap(text)
            role = {"S": "sf", "X": x.key, "Y": y.key, "Z": z.key}
            expected = {(role[r], kind, role[p], edtf) for r, kind, p in facts}
            used = [o for o, role in ((x, "{X}"), (y, "{Y}"), (z, "{Z}")) if role in template]
            cases.append(Case(f"{family}-{number}-b{batch}", text, used, expected))
    return cases


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> dict[int, set[Fact]]:
    """One ingest per batch: every generated sentence of the batch in one history paragraph."""
    folder = tmp_path_factory.mktemp("grammar")
    found: dict[int, set[Fact]] = {}
    for batch in range(BATCHES):
        found[batch] = set()
        # a profile's paragraph stays under the ingest's line limit: a batch in chunks
        chunks: list[list[str]] = [[]]
        for case in generate(batch):
            if sum(len(t) + 1 for t in chunks[-1]) + len(case.text) > 8000:
                chunks.append([])
            chunks[-1].append(case.text)
        for number, chunk in enumerate(chunks):
            result = ingest_profile(folder / f"sf{batch}-{number}.txt",
                                    text=_profile(" ".join(chunk)), existing=Dataset())
            found[batch] |= lineage_facts(result.dataset)
    return found


CASES = [case for batch in range(BATCHES) for case in generate(batch)]


def _mine(case: Case, facts: set[Fact]) -> set[Fact]:
    keys = {o.key for o in case.orgs}
    return {f for f in facts if f[0] in keys or f[2] in keys}


@pytest.mark.parametrize("case", CASES, ids=[c.ident for c in CASES])
def test_generated_sentence_states_exactly_its_lineage(batches, case):
    batch = int(case.ident.rsplit("b", 1)[1])
    mine = _mine(case, batches[batch])
    if case.ident.startswith("distractor") and len(case.orgs) > 1:
        # another group's own split may be stated; never as the group's lineage
        mine = {f for f in mine if "sf" in (f[0], f[2])}
    assert mine == case.expected, case.text


def test_no_batch_states_a_fact_no_sentence_asked_for(batches):
    """A fact of the group with no organisation of the sentences (a self-loop, a guess)."""
    for batch, facts in batches.items():
        keys = {o.key for case in generate(batch) for o in case.orgs}
        stray = {f for f in facts if f[0] not in keys and f[2] not in keys}
        assert stray == set(), batch


def test_the_bank_is_combinatorial():
    """At least four options of every axis, every template met in every batch."""
    assert len(SELF_FORMS) >= 4 and len(DATE_FORMS) >= 4 and len(CARRIED) >= 4
    assert all(len(templates) >= 4 for _, templates, _, _ in FAMILIES)
    assert len({c.ident for c in CASES}) == len(CASES)
    assert len({c.text for c in CASES}) > 0.9 * len(CASES)  # the batches word them apart


WHEN = [  # the step dated by a when-clause after it, not by a date elsewhere in the sentence
    ("Omar Haddad’s group split from the Gao Circle (GC) when he left for Kidal in February "
     "2011.", {("sf", "split", "gc", "2011-02")}),
    ("The Gao Union (GU), which had split from the Niger Brigade (NB) in 2005, lost the Kidal "
     "Legion (KL) when its commanders walked out in June 2009.",
     {("gu", "split", "nb", "2005")}),
    ("The anti-talks cadres under Ali Musa broke away in 2012 and in April 2013 adopted the name "
     "Sahel Independent (SI).", {("si", "split", "sf", "2012")}),
    ("Later a harder faction styling itself the Gao Legion (GLE) broke away under Ali Musa, who "
     "was killed in January 2017.", {("gle", "split", "sf", None)}),
]


@pytest.fixture(scope="module")
def when_facts(tmp_path_factory) -> set[Fact]:
    folder = tmp_path_factory.mktemp("when")
    history = " ".join(text for text, _ in WHEN)
    result = ingest_profile(folder / "sf.txt", text=_profile(history), existing=Dataset())
    return lineage_facts(result.dataset)


def test_a_step_is_dated_by_its_own_clause(when_facts):
    assert when_facts == set().union(*(facts for _, facts in WHEN))

