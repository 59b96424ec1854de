"""Whatever text arrives, `kg ingest` answers with a result or a KgError, never a traceback;
every problem it reports names a line of the file; and reading the same text twice gives the
same bytes. Generated profiles also check that what an entry states is what the graph holds.

Examples are kept few (the whole module runs in seconds); hypothesis keeps the failing ones in
its database, so a regression found once is replayed first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF

from kg.errors import KgError
from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
AQIM_LINES = (DATA / "profiles" / "aqim.txt").read_text(encoding="utf-8").split("\n")
GAZETTEER = load([DATA / "places.ttl"], with_ontology=False)
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def ingest(data: bytes):
    """The result, or None when the library refused with a KgError (allowed)."""
    try:
        return ingest_profile("generated.txt", existing=GAZETTEER, text=data)
    except KgError:
        return None


def check(data: bytes) -> None:
    lines = data.count(b"\n") + data.count(b"\r") + 1
    first = ingest(data)
    if first is None:
        return
    for problem in first.problems:
        assert 1 <= problem.line <= lines, problem
        assert problem.message
    second = ingest(data)
    assert second is not None and second.trig() == first.trig()
    assert second.problems == first.problems


# ---------------------------------------------------------------- mutated AQIM profiles

noise = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80),
    st.sampled_from([  # lines that move the structure: headings, entries, references, stamps
        "Major Attacks:", "Funding Sources:", "Alternative Names:", "Ideological Roots:",
        "View References", "Recent Articles", "Profile Last Updated: 13/45/2015, 99:00 pm",
        "2007: AQIM attacked a hotel in Gao. (3 killed, 10+ wounded)", "Spring 2012: (",
        "  10. “T.” P. Last modified June 31, 2015. Accessed May 1, 2015. http://x.org.",
        "The GSPC merged with Al Qaida in 2006, changing its name to the GSPC (GSPC).",
        "X (Y or Z) split from X in 1999 and formed X.", "(unknown killed, unknown wounded)",
    ]),
)
mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, len(AQIM_LINES) - 1), st.just("")),
    st.tuples(st.just("duplicate"), st.integers(0, len(AQIM_LINES) - 1), st.just("")),
    st.tuples(st.just("swap"), st.integers(0, len(AQIM_LINES) - 2), st.just("")),
    st.tuples(st.just("replace"), st.integers(0, len(AQIM_LINES) - 1), noise),
    st.tuples(st.just("insert"), st.integers(0, len(AQIM_LINES)), noise),
    st.tuples(st.just("truncate"), st.integers(0, len(AQIM_LINES)), st.just("")),
    st.tuples(st.just("splice"), st.integers(0, len(AQIM_LINES) - 1), noise),
)


def mutate(lines: list[str], steps: list[tuple[str, int, str]]) -> list[str]:
    lines = list(lines)
    for kind, index, text in steps:
        index = min(index, max(0, len(lines) - 1))
        if not lines:
            lines = [text]
        elif kind == "delete":
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, lines[index])
        elif kind == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif kind == "replace":
            lines[index] = text
        elif kind == "insert":
            lines.insert(index, text)
        elif kind == "truncate":
            lines = lines[:index]
        elif kind == "splice":
            middle = len(lines[index]) // 2
            lines[index] = lines[index][:middle] + text + lines[index][middle:]
    return lines


@pytest.mark.slow  # ~25 s; leave it out of a quick local run with -m "not slow"
@SETTINGS
@given(
    steps=st.lists(mutation, min_size=1, max_size=6),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_a_mutated_aqim_profile_never_escapes_with_a_traceback(steps, line_end, encoding):
    text = line_end.join(mutate(AQIM_LINES, steps))
    data = text.encode(encoding, errors="replace")
    check(data)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_are_read_or_refused_but_never_crash(data):
    check(data)


# ---------------------------------------------------------------- generated profiles

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
PLACES = ["Bamako", "Gao", "Niger", "Northern Mali", "Ouagadougou", "Algeria", "Tunisia"]
VERBS = {
    "claimed responsibility for": "claimed-responsibility",
    "conducted": "conducted",
    "has been implicated in": "implicated",
}


@st.composite
def entry_dates(draw):
    year = draw(st.integers(1990, 2024))
    kind = draw(st.sampled_from(["year", "month", "day", "range"]))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    if kind == "year":
        return f"{year}", f"{year}", ""
    if kind == "month":
        return f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}", ""
    if kind == "day":
        return f"{MONTHS[month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}", ""
    end = year + draw(st.integers(1, 5))
    return f"{year}", f"{year}/{end}", f"From {year} to {end}, "


@st.composite
def figures(draw):
    killed = draw(st.one_of(st.none(), st.integers(0, 5000)))
    wounded = draw(st.one_of(st.none(), st.integers(0, 5000)))
    at_least = draw(st.booleans())
    parts, expected = [], {}
    if killed is not None:
        parts.append(f"{killed:,}{'+' if at_least else ''} killed")
        expected["killed"] = (killed, "at-least" if at_least else "exact")
    if wounded is not None:
        parts.append("unknown wounded" if wounded % 7 == 0 else f"{wounded} wounded")
        expected["wounded"] = (None, "unknown") if wounded % 7 == 0 else (wounded, "exact")
    return (f" ({', '.join(parts)})" if parts else ""), expected


@st.composite
def profiles(draw):
    entries = draw(
        st.lists(
            st.tuples(entry_dates(), st.sampled_from(sorted(VERBS)), st.sampled_from(PLACES),
                      figures()),
            min_size=1,
            max_size=5,
        )
    )
    lines = ["Terrorism Profiles", "", "Test Brigade of the Sahel (TBS)", "", "Major Attacks:", ""]
    for (date_text, _, lead), verb, place, (note, _) in entries:
        lines += [f"{date_text}: {lead}TBS {verb} an attack in {place}.{note}", ""]
    lines += ["Profile Last Updated: 01/02/2020, 9:00 am"]
    return "\n".join(lines), entries


@SETTINGS
@given(generated=profiles())
def test_what_a_generated_entry_states_is_what_the_graph_holds(generated):
    text, entries = generated
    result = ingest(text.encode("utf-8"))
    assert result is not None and result.ok, result.review() if result else "refused"
    dataset = result.dataset
    attacks = sorted(
        {s for cls in (KG.Attack, KG.Campaign) for s in dataset.subjects(RDF.type, cls)},
        key=lambda a: next(
            int(str(g.identifier).rsplit("-", 1)[-1])
            for g in dataset.graphs()
            if (a, RDF.type, None) in g and "#attack-" in str(g.identifier)
        ),
    )
    assert len(attacks) == len(entries)
    for attack, ((_, edtf, _), verb, _, (_, expected)) in zip(attacks, entries, strict=True):
        assert str(dataset.value(attack, KG.edtf)) == edtf
        modality = dataset.value(dataset.value(attack, KG.attribution), KG.modality)
        assert str(modality).rsplit("/", 1)[-1] == VERBS[verb]
        for kind, (count, qualifier) in expected.items():
            figure = dataset.value(attack, KG.killed if kind == "killed" else KG.wounded)
            assert str(dataset.value(figure, KG.countQualifier)).rsplit("/", 1)[-1] == qualifier
            value = dataset.value(figure, KG.count)
            assert (None if value is None else int(value)) == count
        if not expected:
            assert dataset.value(attack, KG.killed) is None


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_the_generated_profile_shape_reads_the_same_in_both_encodings(encoding):
    text = "Terrorism Profiles\n\nTest Brigade (TB)\n\nMajor Attacks:\n\n2015: TB conducted an attack in Gao. (3 killed)\n"  # noqa: E501
    result = ingest(text.encode(encoding))
    assert result is not None and result.ok
