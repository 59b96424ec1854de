"""Leadership sentences generated from templates, one axis of variation at a time and crossed.

The reader must read the SHAPE of a leadership statement, not the wordings of the profiles it
was tuned on. Every bank here crosses axes of our own wording — who (the subject's form), the
predicate, how the group is referred to, how the start is dated, how the tenure ended, and the
voice or order of the clauses — and asserts the exact facts of EVERY combination: (leader,
since, until, ended_by), the aliases, or no leader at all.

Cheap by design: one synthetic profile is ingested once per module (`profile_context`), and the
context its leadership reader saw is kept; each combination is then read with a fresh state
(`read_sentence`), so combinations never lean on each other. One test per bank walks all its
combinations and reports every failure at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Dataset

import kg.ingest as ingest_module
from kg.ingest import ingest_profile
from kg.ingest.context import IngestContext, split_sentences
from kg.ingest.leaders import LeadershipState, persons_in, read_sentence

PROFILE = """Terrorism Profiles

Sahel Liberation Front (SLF)

Alternative Names:

Jabhat Tahrir al-Sahil, Front for the Liberation of the Sahel

Africa: Mali, Niger.

Abdoulaye Sy led the group from 1998.


The Front is organised in cells under a council.

Funding Sources:

Kidnappings for ransom.
"""

Fact = tuple[str, "str | None", "str | None", "str | None"]


def leadership_context(folder: Path, slug: str, profile: str) -> IngestContext:
    """The context the leadership reader of a small synthetic profile works in (its title,
    acronym and alternative names are the group's), caught as the ingest hands it over."""
    seen: list[IngestContext] = []
    original = ingest_module._READERS["leadership"]

    def capture(context: IngestContext, section) -> None:  # type: ignore[no-untyped-def]
        seen.append(context)
        original(context, section)

    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(ingest_module._READERS, "leadership", capture)
        ingest_profile(folder / f"{slug}.txt", text=profile, existing=Dataset())
    assert seen, "the synthetic profile has a leadership paragraph"
    return seen[0]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    return leadership_context(tmp_path_factory.mktemp("slf"), "slf", PROFILE)


def facts(ctx: IngestContext, text: str) -> list[Fact]:
    """(person, since, until, ended_by) of every tenure a paragraph states, in order."""
    state = LeadershipState()
    read = []
    for start, end in split_sentences(text):
        read += read_sentence(ctx, text[start:end], state).tenures
    return [(t.person, t.start and t.start.edtf, t.end and t.end.edtf, t.ended_by) for t in read]


def aliases(ctx: IngestContext, text: str) -> list[tuple[str, str]]:
    state = LeadershipState()
    found: list[tuple[str, str]] = []
    for start, end in split_sentences(text):
        found += read_sentence(ctx, text[start:end], state).aliases
    return found


@dataclass(frozen=True)
class Case:
    text: str
    expected: list[Fact]
    alias: tuple[str, str] | None = None


def check(ctx: IngestContext, cases: Iterable[Case]) -> tuple[int, list[str]]:
    """Read every case; return how many there were and a line per case read wrong."""
    failures, count = [], 0
    for case in cases:
        count += 1
        got = facts(ctx, case.text)
        if got != case.expected:
            failures.append(f"{case.text!r}\n    expected {case.expected}\n    got      {got}")
        if case.alias is not None and case.alias not in aliases(ctx, case.text):
            failures.append(f"{case.text!r}\n    alias {case.alias} not read")
    return count, failures


def assert_all(ctx: IngestContext, cases: Iterable[Case], minimum: int) -> None:
    count, failures = check(ctx, cases)
    assert count >= minimum
    assert not failures, f"{len(failures)} of {count} read wrong:\n" + "\n".join(failures[:40])


# --- the axes ---------------------------------------------------------------------------------
# subject forms: (as written in the sentence, the person, an alias the sentence gives)
SUBJECTS = [
    ("Karim Ould Haddad", "Karim Ould Haddad", None),
    ("Abu Talha al-Masri", "Abu Talha al-Masri", None),
    ("the cleric Yusuf Bello Danjuma", "Yusuf Bello Danjuma", None),
    ("Idris Ag Mohamed, alias Abu Jandal,", "Idris Ag Mohamed", ("Idris Ag Mohamed", "Abu Jandal")),
    ("Hamadou Kouffa Diallo, better known as “Sheikh Hamza”,", "Hamadou Kouffa Diallo",
     ("Hamadou Kouffa Diallo", "Sheikh Hamza")),
]
# the group: its names, its acronym, the head noun of its name, descriptions
GROUPS = [
    "the group", "the organisation", "the Front", "SLF", "the Sahel Liberation Front",
    "Jabhat Tahrir al-Sahil", "the movement", "the insurgency", "the network",
    "the breakaway movement", "the new group",
]
# verbs of leading over a duration
LEAD_VERBS = ["led", "headed", "ran", "commanded", "chaired", "directed", "presided over"]
# start forms: (as written after the verb and group, EDTF)
STARTS = [
    ("from 2009", "2009"),
    ("from March 2009", "2009-03"),
    ("from 3 March 2009", "2009-03-03"),
    ("from March 3, 2009", "2009-03-03"),
    ("from early 2009", "2009"),
    ("from the spring of 2009", "2009-21"),
]
# ends: (as written, EDTF, ended_by); the date always 2014
ENDS = [
    ("", None, None),
    ("until 2014", "2014", None),
    ("until his death in 2014", "2014", "died"),
    ("until he died in 2014", "2014", "died"),
    ("until he was killed in 2014", "2014", "killed"),
    ("until he was assassinated in 2014", "2014", "killed"),
    ("until he was executed in 2014", "2014", "killed"),
    ("until his arrest in 2014", "2014", "arrested"),
    ("until he was captured in 2014", "2014", "arrested"),
    ("until he was detained in 2014", "2014", "arrested"),
    ("until he was extradited in 2014", "2014", "arrested"),
    ("until he surrendered in 2014", "2014", "surrendered"),
    ("until he resigned in 2014", "2014", "resigned"),
    ("until he stepped down in 2014", "2014", "resigned"),
    ("until he stood down in 2014", "2014", "resigned"),
    ("until he was removed in 2014", "2014", "dismissed"),
    ("until he was set aside in 2014", "2014", "dismissed"),
    ("until he was deposed in 2014", "2014", "dismissed"),
    ("until he was ousted in 2014", "2014", "dismissed"),
    ("until he was dismissed in 2014", "2014", "dismissed"),
    ("until he was voted out in 2014", "2014", "dismissed"),
    ("until his removal in 2014", "2014", "dismissed"),
    ("until his resignation in 2014", "2014", "resigned"),
]


def crossed(*axes: list, full: int = 3) -> Iterator[tuple]:
    """The full product of the first `full` axes; each further axis cycled along it with a
    stride of its own, so every option of every axis is met many times at a bounded cost."""
    strides = (7, 11, 13, 17, 19)  # primes: coprime with every axis's length here
    for i, head in enumerate(itertools.product(*axes[:full])):
        yield (*head, *(axis[(i * strides[k]) % len(axis)] for k, axis in enumerate(axes[full:])))


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


# voice and clause order of a tenure over a duration: (template, whether the subject may carry
# an alias in apposition)
LEAD_ORDERS = [
    "{S} {verb} {g} {start}{end}.",
    "{Start}, {s} {verb} {g}{end}.",
    "{G} was {passive} by {s} {start}{end}.",
    "It was {s} who {verb} {g} {start}{end}.",
]
PASSIVE = {"led": "led", "headed": "headed", "ran": "run", "commanded": "commanded",
           "chaired": "chaired", "directed": "directed", "presided over": "presided over"}


def lead_cases() -> Iterator[Case]:
    """verb × end in full; group, subject, start and clause order cycled along them."""
    for verb, (end, until, how), group, (written, person, alias), (start, since), order in (
        crossed(LEAD_VERBS, ENDS, GROUPS, SUBJECTS, STARTS, LEAD_ORDERS, full=2)
    ):
        if order.startswith("{G}") and verb == "presided over":
            continue  # "was presided over by": no one writes it
        if "{G}" in order or "It was" in order:
            written = person  # an alias in apposition reads oddly after "by" or "It was"
            alias = None
        text = order.format(
            S=capital(written), s=written, verb=verb, passive=PASSIVE[verb], g=group,
            G=capital(group), start=start, Start=capital(start), end=f" {end}" if end else "",
        )
        yield Case(text, [(person, since, until, how)], alias)


def test_every_verb_of_leading_with_every_end_group_reference_start_and_order(ctx) -> None:
    assert_all(ctx, lead_cases(), 150)


# --- taking the post: a start verb or an appointment to a leader noun -------------------------
LEADER_NOUNS = ["emir", "leader", "head", "chief", "commander", "chairman", "secretary-general",
                "amir", "wali", "supreme leader"]
TAKE_VERBS = ["took over {g}", "took charge of {g}", "took the helm of {g}",
              "assumed command of {g}", "assumed the leadership of {g}", "took control of {g}"]
APPOINTED = ["became {noun} of {g}", "was named {noun} of {g}", "was appointed {noun} of {g}",
             "was chosen as {noun} of {g}", "was elected {noun} of {g}",
             "was installed as {noun} of {g}", "was proclaimed {noun} of {g}",
             "was declared {noun} of {g}"]
AT_DATES = [("in 2009", "2009"), ("in March 2009", "2009-03"), ("on 3 March 2009", "2009-03-03"),
            ("on March 3, 2009", "2009-03-03"), ("in early 2009", "2009"),
            ("in the spring of 2009", "2009-21"), ("in late 2009", "2009")]
START_ORDERS = ["{S} {pred} {at}.", "{At}, {s} {pred}.", "{S}, a veteran of the war, {pred} {at}."]


def start_cases() -> Iterator[Case]:
    """appointment × noun (and every take-over verb) × clause order in full; group, subject and
    date cycled along them."""
    preds = [(a, n) for a in APPOINTED for n in LEADER_NOUNS] + [(v, "") for v in TAKE_VERBS]
    for (pred, noun), order, group, (written, person, alias), (at, since) in crossed(
        preds, START_ORDERS, GROUPS, SUBJECTS, AT_DATES, full=2
    ):
        if "veteran" in order and alias:
            written, alias = person, None
        text = order.format(S=capital(written), s=written, pred=pred.format(noun=noun, g=group),
                            at=at, At=capital(at))
        yield Case(text, [(person, since, None, None)], alias)


def test_every_verb_of_taking_the_post_and_every_leader_noun(ctx) -> None:
    assert_all(ctx, start_cases(), 250)


# --- succession: the successor starts; the predecessor is only named --------------------------
PREDECESSORS = ["Moussa Ag Acharatoumane", "Abu Obeida Yusuf al-Annabi", "Salif Traoré Keita",
                "Mohamed Lamine Ould Sidatt"]
SUCCESSIONS = [
    "{S} succeeded {P} as {noun} of {g} {at}.",
    "{S} replaced {P} at the head of {g} {at}.",
    "{P} was succeeded by {s} {at}.",
    "{P} was replaced as {noun} of {g} by {s} {at}.",
    "{At}, {s} succeeded {P}.",
    "{At}, the leadership of {g} passed to {s}.",
]


def succession_cases() -> Iterator[Case]:
    for order, noun, group, (_written, person, _alias), pred, (at, since) in crossed(
        SUCCESSIONS, LEADER_NOUNS, GROUPS, SUBJECTS, PREDECESSORS, AT_DATES, full=2
    ):
        text = order.format(S=capital(person), s=person, P=pred, noun=noun, g=group, at=at,
                            At=capital(at))
        yield Case(text, [(person, since, None, None)])


def test_a_successor_starts_at_the_date_of_the_succession(ctx) -> None:
    assert_all(ctx, succession_cases(), 60)


# --- labelled lines of terse profiles -------------------------------------------------------
LABELS = ["Emir", "Leader", "Acting leader", "Current emir", "Head", "Supreme leader",
          "Chairman", "Interim leader"]
LABEL_DATES = [("", None), (" (since 2010)", "2010"), (", since June 2010", "2010-06"),
               (" (from 2010)", "2010"), (" (2010–present)", "2010")]


def label_cases() -> Iterator[Case]:
    for label, (_written, person, _alias), (date, since) in crossed(LABELS, SUBJECTS,
                                                                     LABEL_DATES, full=2):
        yield Case(f"{label}: {person}{date}.", [(person, since, None, None)])


def test_a_labelled_line_names_the_leader_and_its_start_if_any(ctx) -> None:
    assert_all(ctx, label_cases(), 40)


# --- not leadership: another post, another organisation, an unrealised or hedged one ------------
NOT_LEADING = [
    "{S} served as the deputy leader of {g} {at}.",
    "{S} was appointed spokesman of {g} {at}.",
    "{S}, the ideologue of {g}, was arrested {at}.",
    "{S} was the spiritual guide of {g} {at}.",
    "{S} was named chief of staff of {g} {at}.",
    "{S} commanded the northern brigade of {g} {at}.",
    "{S} led the Movement for Unity and Jihad from 2009 until 2014.",
    "{S} was elected governor of Borno State {at}.",
    "{S} was thought to be the real power behind {g} {at}.",
    "{S}, who would later lead a splinter faction, joined {g} {at}.",
    "{S} co-founded {g} {at} but never led it.",
    "{S} acted as the chief negotiator of {g} {at}.",
    "{S} was the patron of {g} {at}.",
    "{S} became military commander of {g} {at}.",
    "{S} sought to take over {g} {at}.",
    "{S} headed the political wing of {g} {at}.",
    "{S} was captured {at}; nothing suggests he ever headed {g}.",
    "{S} was arrested {at}, and no one has claimed that he led {g}.",
    "There is no evidence that {S} commanded {g} {at}.",
    "{S}, its best-known field commander, was killed {at} without ever heading {g}.",
    "{S} fought for {g} for a decade without leading it.",
]


def not_leading_cases() -> Iterator[Case]:
    for order, group, (_written, person, _alias), (at, _since) in crossed(
        NOT_LEADING, GROUPS, SUBJECTS, AT_DATES, full=2
    ):
        yield Case(order.format(S=capital(person), g=group, at=at), [])


def test_other_posts_other_organisations_and_attempts_state_no_leader(ctx) -> None:
    assert_all(ctx, not_leading_cases(), 150)


# --- dates carried from the sentence before, resolved only when that date is told -------------
CARRIED = [
    # (first sentence, second sentence, since)
    ("{G} was founded in 1998.", "From then, {s} led it.", "1998"),
    ("{G} was founded in 1998.", "{S} led it from that point until 2004.", "1998"),
    ("{G} was founded in 1998.", "{S} led it thereafter.", "1998"),
    ("{G} was founded in March 1998.", "That August, {s} took over {g}.", "1998-08"),
    ("{G} was founded in 1998.", "Two years later, {s} took over {g}.", "2000"),
    ("{G} was founded in May 1998.", "Seventeen months later {s} became its emir.", "1999-10"),
    ("{G} was founded in 1998 and from then {s} led it.", "", "1998"),
    ("On the founding of {g} in 1998, {s} became its emir.", "", "1998"),
    ("Omar Sangaré was killed in 2010.", "{S} took over {g} after Sangaré’s death.", "2010"),
    ("{S} took over {g} after the death of Omar Sangaré in 2010.", "", "2010"),
    ("{G} was founded in December 1998.", "The following March, {s} took over {g}.",
     "1999-03"),
    ("{G} was founded in 1998.", "The following March, {s} took over {g}.", None),
    ("In 2004 {s} took over {g}, which had been founded six years earlier.", "", "2004"),
    ("{G} was founded in October 1997.", "{S} led it from the following month.", "1997-11"),
    ("{G} was founded in 1997.", "The following year {s} took over {g}.", "1998"),
    ("{G} was founded in 1997.", "{S} took over {g} that year.", "1997"),
    ("{G} was founded in 1997.", "{S} led it from the following month.", None),
    ("Its founders met in prison.", "From then, {s} led it.", None),
    ("Its founders met in prison.", "{S} led it thereafter.", None),
    ("Its founders met in prison.", "Two years later, {s} took over {g}.", None),
    ("Its founders met in prison.", "That August, {s} took over {g}.", None),
    ("{G} was founded in 1998. Its founders met in prison.", "From then, {s} led it.", None),
]


def carried_cases() -> Iterator[Case]:
    for (first, second, since), group, (_written, person, _alias) in crossed(
        CARRIED, GROUPS, SUBJECTS, full=2
    ):
        parts = (first, second) if second else (first,)
        text = " ".join(capital(s.format(S=person, s=person, g=group, G=group)) for s in parts)
        until = "2004" if "until 2004" in text else None
        yield Case(text, [(person, since, until, None)])


def test_a_carried_date_is_resolved_only_from_a_date_told_before(ctx) -> None:
    assert_all(ctx, carried_cases(), 150)


# --- leadership told as a circumstance: "under the leadership of X", "X's leadership" ----------
CIRCUMSTANCES = [
    # (template, since): the date is the circumstance's, never the start, unless it says so
    ("Under the leadership of {s}, {g} expanded into Niger in 2012.", None),
    ("{G} grew quickly under {s}’s leadership.", None),
    ("With {s} at its head, {g} spread south.", None),
    ("{S}’s leadership of {g} began in 2012.", "2012"),
    ("{G} has been under the leadership of {s} since 2012.", "2012"),
    ("{G}, with {s} at its head since 2012, spread south.", "2012"),
    ("{G} was founded in 2012 under the command of {s}.", "2012"),
    ("{G} was constituted in March 2012 under the leadership of {s}.", "2012-03"),
    ("{G} was set up in 2012 under the direction of {s}.", "2012"),
]


def circumstance_cases() -> Iterator[Case]:
    for (order, since), group, (_written, person, _alias) in crossed(
        CIRCUMSTANCES, GROUPS, SUBJECTS, full=2
    ):
        text = order.format(S=person, s=person, g=group, G=capital(group))
        yield Case(text, [(person, since, None, None)])


def test_leadership_told_as_a_circumstance_names_the_leader(ctx) -> None:
    assert_all(ctx, circumstance_cases(), 60)


# --- the holder of the post since a date: be-predicates ----------------------------------------
BE_FORMS = [
    "{S} has been {noun} of {g} since {d}.",
    "{S} has served as {noun} of {g} since {d}.",
    "{S} has chaired {g} since {d}.",
    "{S}, {noun} of {g} since {d}, lives in hiding.",
    "Since {d}, {g} has been led by {s}.",
    "{G} has been headed since {d} by {s}.",
]
SINCE_DATES = [("2009", "2009"), ("March 2009", "2009-03"), ("3 March 2009", "2009-03-03"),
               ("March 3, 2009", "2009-03-03"), ("early 2009", "2009")]


def be_cases() -> Iterator[Case]:
    for order, noun, group, (written, person, alias), (d, since) in crossed(
        BE_FORMS, LEADER_NOUNS, GROUPS, SUBJECTS, SINCE_DATES, full=2
    ):
        if not order.startswith("{S}"):
            written, alias = person, None
        text = order.format(S=capital(written), s=written, noun=noun, g=group,
                            G=capital(group), d=d).replace(",,", ",")
        yield Case(text, [(person, since, None, None)], alias)


def test_the_holder_of_the_post_since_a_date(ctx) -> None:
    assert_all(ctx, be_cases(), 60)


# --- hedges: the tenure is kept, marked reported -----------------------------------------------
HEDGES = [
    "{S} reportedly led {g} from 2009.",
    "{S} is believed to have led {g} from 2009.",
    "{S} is said to have taken over {g} in 2009.",
    "By most accounts, {s} led {g} from 2009.",
    "{S} is thought to have become emir of {g} in 2009.",
    "{S} allegedly headed {g} from 2009.",
]


def test_a_hedged_tenure_is_kept_and_marked_reported(ctx) -> None:
    count, failures = 0, []
    for order, group, (_written, person, _alias) in crossed(HEDGES, GROUPS, SUBJECTS, full=2):
        count += 1
        text = order.format(S=person, s=person, g=group)
        state = LeadershipState()
        read = read_sentence(ctx, text, state).tenures
        got = [(t.person, t.start and t.start.edtf, t.hedged) for t in read]
        if got != [(person, "2009", True)]:
            failures.append(f"{text!r}: {got}")
    assert count >= 60
    assert not failures, "\n".join(failures)


# --- "it" is the group only when the sentence before was about the group ----------------------
PRONOUNS = [
    ("{G} was founded in 1998.", "It was led by {s} from 2001.", [("{p}", "2001", None, None)]),
    ("{G} grew in the north.", "Its emir from 2001 was {s}.", [("{p}", "2001", None, None)]),
    ("{G} split in 2004.", "It has been headed by {s} since 2006.", [("{p}", "2006", None, None)]),
    ("The Movement for Unity and Jihad was founded in 1998.", "It was led by {s} from 2001.", []),
    ("The Movement for Unity and Jihad grew in the north.", "Its emir from 2001 was {s}.", []),
    ("The Movement for Unity and Jihad split in 2004.", "It has been headed by {s} since 2006.",
     []),
]


def pronoun_cases() -> Iterator[Case]:
    for (first, second, expected), group, (_written, person, _alias) in crossed(
        PRONOUNS, GROUPS, SUBJECTS, full=2
    ):
        text = f"{capital(first.format(G=group))} {second.format(s=person)}"
        yield Case(text, [tuple(v.format(p=person) if v else v for v in f) for f in expected])


def test_it_is_the_group_only_after_a_sentence_about_the_group(ctx) -> None:
    assert_all(ctx, pronoun_cases(), 60)


# --- approximate and decade starts --------------------------------------------------------------
APPROXIMATE = [
    ("around 2005", "2005~"), ("about 2005", "2005~"), ("circa 2005", "2005~"),
    ("the mid-1990s", "199X"), ("the early 1990s", "199X"), ("the 1990s", "199X"),
]
APPROXIMATE_FORMS = ["{S} took over {g} in {d}.", "{S} led {g} from {d}.",
                     "{S} became emir of {g} in {d}."]


def approximate_cases() -> Iterator[Case]:
    for order, (d, since), group, (_written, person, _alias) in crossed(
        APPROXIMATE_FORMS, APPROXIMATE, GROUPS, SUBJECTS, full=2
    ):
        yield Case(order.format(S=person, g=group, d=d), [(person, since, None, None)])


def test_an_approximate_start_is_kept_approximate(ctx) -> None:
    assert_all(ctx, approximate_cases(), 18)


# --- terse profiles: a label, then fragments without a subject ---------------------------------
TERSE_LABELS = ["Leader and founder: {S}, a former teacher.", "Emir: {S}.",
                "Founder and chief: {S} (kunya Abu Bakr), a veteran of the war.",
                "Commander: {S}, born in Gao."]
TERSE_FRAGMENTS = [
    ("Founded {g} in 2009; led it until May 2014.", "2009", "2014-05", None),
    ("Set {g} up in 2009 after a quarrel with his clan; commanded it until May 2014.", "2009",
     "2014-05", None),
    ("Took over {g} in 2009; killed in a raid in May 2014.", "2009", "2014-05", "killed"),
    ("Headed {g} from 2009 until his arrest in May 2014.", "2009", "2014-05", "arrested"),
]


def terse_cases() -> Iterator[Case]:
    for label, (fragment, since, until, how), group, (_w, person, _a) in crossed(
        TERSE_LABELS, TERSE_FRAGMENTS, GROUPS, SUBJECTS, full=2
    ):
        text = f"{label.format(S=person)} {fragment.format(g=group)}"
        yield Case(text, [(person, since, until, how)])


def test_a_fragment_without_a_subject_is_the_labelled_persons(ctx) -> None:
    assert_all(ctx, terse_cases(), 16)


# --- a work's title is no person; the author who led is ------------------------------------------
WORKS = ["pamphlet", "book", "manifesto", "treatise"]
TITLES = ["The Forgotten Duty", "The Silent Obligation", "Milestones of the Road",
          "The Clear Proof"]


def work_cases() -> Iterator[Case]:
    for work, title, group, (_w, person, _a) in crossed(WORKS, TITLES, GROUPS, SUBJECTS, full=2):
        text = (f"{group[0].upper() + group[1:]} was the creation of {person}, whose {work} "
                f"{title} inspired a generation; he led it from 1979 until 1981.")
        yield Case(text, [(person, "1979", "1981", None)])


def test_the_title_of_a_work_is_never_taken_for_the_leader(ctx) -> None:
    assert_all(ctx, work_cases(), 16)


# --- the post passed on after an end told in the sentence before -------------------------------
ENDS_BEFORE = [("Police shot {P} dead in May 2002.", "2002-05"),
               ("{P} was killed in a raid in May 2002.", "2002-05"),
               ("{P} was arrested in May 2002.", "2002-05"),
               ("{P} died in May 2002.", "2002-05")]
PASSED = ["Command fell to {s}.", "The leadership passed to {s}.",
          "Command of {g} went to {s}.", "The post of emir went to {s}."]


def passed_cases() -> Iterator[Case]:
    for (end, since), passed, group, (_w, person, _a), predecessor in crossed(
        ENDS_BEFORE, PASSED, GROUPS, SUBJECTS, PREDECESSORS, full=2
    ):
        text = f"{end.format(P=predecessor)} {passed.format(s=person, g=group)}"
        yield Case(text, [(person, since, None, None)])


def test_the_post_passed_on_starts_at_the_end_told_before(ctx) -> None:
    assert_all(ctx, passed_cases(), 16)



# --- "then" before a successor named in apposition; a start the text says it does not know ------
THEN_WHO = [
    "{P} led {g} from 2001 until he stepped down in 2006, and then his deputy, {s}, who "
    "headed it until 2011.",
    "{P} was its emir from 2001 until his arrest in 2006, and then {s}, who led it until 2011.",
    "{P} commanded {g} from 2001 until he was killed in 2006, and then his brother, {s}, who "
    "ran it until 2011.",
]
SOME_TIME = [
    "{S} is reported to have led what remained at some point after that.",
    "{S} took over {g} at some point after 2006.",
    "{S} became its emir at an unknown date.",
]


def then_cases() -> Iterator[Case]:
    for order, group, (_w, person, _a), predecessor in crossed(
        THEN_WHO, GROUPS, SUBJECTS, PREDECESSORS, full=2
    ):
        how = {"stepped": "resigned", "emir": "arrested", "commanded": "killed"}
        ended = next(v for k, v in how.items() if k in order)
        text = order.format(P=predecessor, s=person, g=group)
        yield Case(text, [(predecessor, "2001", "2006", ended), (person, "2006", "2011", None)])
    for order, group, (_w, person, _a) in crossed(SOME_TIME, GROUPS, SUBJECTS, full=2):
        text = f"The founder was killed in 2006. {order.format(S=person, g=group)}"
        yield Case(text, [(person, None, None, None)])


def test_then_before_a_successor_and_a_start_the_text_does_not_know(ctx) -> None:
    assert_all(ctx, then_cases(), 60)


# --- founders named in a list, one of whom then led; a namesake elsewhere is not the group ------
FOUNDINGS = [
    "{G} was founded on 3 May 1981 by {S}, Anil Gogoi and Deepak Saikia.",
    "{G} was started on 3 May 1981 at a farm near Kandi by a few students including {S}, "
    "Anil Gogoi and Deepak Saikia.",
    "{G} was floated on 3 May 1981 by a handful of young men including Anil Gogoi and {S}.",
    "{G} was set up on 3 May 1981 in a village by {S} and Anil Gogoi.",
    "{G} was floated on 3 May 1981 at the Old Fort in Kandi by a handful of young men "
    "including {S} and Anil Gogoi.",
]
FOLLOW_UPS = ["{S}, the chairman, headed it until 2012.", "{S} led it until his death in 2012.",
              "{S} chaired the movement until 2012.",
              "{S}, the chairman, headed it for three decades, mostly from exile, until 2012."]
# the group's name and a place: a namesake only where the sentence says so (the title here names
# no place); otherwise it is the group, there
NAMESAKES = [("{S} headed {name} in Derna, a separate organisation, from 2012.", False),
             ("{S} led {name} in Tunisia, another group of that name, from 2012.", False),
             ("{S} commanded {name} in the Sinai, not to be confused with this group, from 2012.",
              False),
             ("{S} led {name} in Mali from 2012.", True)]
NAMES = ["the Sahel Liberation Front", "SLF", "Jabhat Tahrir al-Sahil"]


def founding_cases() -> Iterator[Case]:
    for founding, follow, group, (_w, person, _a) in crossed(
        FOUNDINGS, FOLLOW_UPS, GROUPS, SUBJECTS, full=2
    ):
        text = f"{capital(founding.format(G=group, S=person))} {follow.format(S=person)}"
        how = "died" if "death" in follow else None
        yield Case(text, [(person, "1981-05-03", "2012", how)])
    for (order, ours), name, (_w, person, _a) in crossed(NAMESAKES, NAMES, SUBJECTS, full=2):
        expected: list[Fact] = [(person, "2012", None, None)] if ours else []
        yield Case(order.format(S=person, name=name), expected)


def test_a_listed_founder_who_led_and_a_namesake_elsewhere(ctx) -> None:
    assert_all(ctx, founding_cases(), 20)



# --- the successor "chosen in his place"; the post named first; founders as "the pair" ----------
IN_PLACE = [
    ("{P} remained its head until internal elections in 2011, when {s} was chosen in his place.",
     "2011"),
    ("{P} led {g} until he was killed in 2011; {s} was named to replace him.", "2011"),
    ("{P} was arrested in 2011, and {s} was elected as his successor.", "2011"),
]
NAMED_AS = [
    "The emir (amir) is generally named as {s}, from the group’s emergence in 1995.",
    "Its leader is usually identified as {s}, from 1995.",
    "The chief (qaid) of {g} from 1995 was {s}.",
]
PAIRS = [
    ("{S} founded {g} in February 1971 together with Omar Tall; the pair are usually described "
     "as having led it jointly until 1972.", True),
    ("{S} and Omar Tall founded {g} in February 1971, and the two led it until 1972.", False),
    ("{S} set up {g} in February 1971 with Omar Tall, and both ran it until 1972.", False),
]


def successor_cases() -> Iterator[Case]:
    for (order, since), group, (_w, person, _a), predecessor in crossed(
        IN_PLACE, GROUPS, SUBJECTS, PREDECESSORS, full=2
    ):
        text = order.format(P=predecessor, s=person, g=group)
        got = [f for f in [(person, since, None, None)]]
        yield Case(text, got)
    for order, group, (_w, person, _a) in crossed(NAMED_AS, GROUPS, SUBJECTS, full=2):
        yield Case(order.format(s=person, g=group), [(person, "1995", None, None)])


def test_a_successor_chosen_in_his_place_and_a_post_named_first(ctx) -> None:
    count, failures = 0, []
    for case in successor_cases():
        count += 1
        got = [f for f in facts(ctx, case.text) if f[0] == case.expected[0][0]]
        if got != case.expected:
            failures.append(f"{case.text!r}: {got}")
    assert count >= 60
    assert not failures, "\n".join(failures)


def test_founders_named_as_a_pair_led_jointly(ctx) -> None:
    failures = []
    for (order, hedged), group, (_w, person, _a) in crossed(PAIRS, GROUPS, SUBJECTS, full=2):
        text = order.format(S=person, g=group)
        state = LeadershipState()
        read = read_sentence(ctx, text, state).tenures
        got = sorted((t.person, t.start and t.start.edtf, t.end and t.end.edtf, t.hedged)
                     for t in read)
        expected = sorted([(person, "1971-02", "1972", hedged), ("Omar Tall", "1971-02", "1972",
                                                                  hedged)])
        if got != expected:
            failures.append(f"{text!r}: {got}")
    assert not failures, "\n".join(failures)


# --- typing: a name in apposition with a description only a person fits ------------------------
DESCRIPTIONS = ["the artillery lieutenant who opened fire", "a Fulani preacher",
                "the blind cleric revered as its guide", "a former customs officer",
                "the intelligence officer who planned the raid", "his younger brother",
                "a veteran of the Afghan war"]
ORGANISATIONS = [("Ansar Dine", "a Tuareg group"), ("the Tripoli Council", "a militia coalition"),
                 ("Dan Na Ambassagou", "a hunters’ militia"),
                 ("the Saiqa unit", "the army’s special forces")]
FRAMES = ["{X}, {d}, was arrested in 2004.", "In 2004 the police arrested {X}, {d}, in Gao.",
          "Neither {X}, {d}, nor anyone else led it."]


def test_a_name_described_as_only_a_person_can_be_is_typed_a_person() -> None:
    failures, count = [], 0
    for frame, description, (_w, person, _a) in crossed(FRAMES, DESCRIPTIONS, SUBJECTS, full=2):
        count += 1
        text = frame.format(X=person, d=description)
        if person not in persons_in(None, text, LeadershipState()):
            failures.append(text)
    for frame, (name, description) in crossed(FRAMES, ORGANISATIONS, full=2):
        count += 1
        text = frame.format(X=name, d=description)
        if persons_in(None, text, LeadershipState()):
            failures.append(f"{text} (an organisation typed a person)")
    assert count >= 30
    assert not failures, "\n".join(failures)
