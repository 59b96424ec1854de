"""`kg ingest` on what analysts actually receive: the AQIM page, its variants (CRLF, Windows-1252,
straight quotes) and broken profiles. Fixtures live in tests/ingest/."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal
from rdflib.namespace import DCTERMS, SKOS, XSD

from kg.cli import app
from kg.ingest import IngestError, Severity, ingest_profile, write_ingested
from kg.ingest.casualties import parse_casualty_note, split_casualty_note, zero_sentence_figures
from kg.ingest.dates import DateError, parse_date, parse_timestamp
from kg.ingest.resolve import EntityIndex
from kg.load import load
from kg.namespaces import ATTACK, COUNT_QUALIFIER, GROUP, KG, PLACE, SCHEMA
from kg.reason import reason
from kg.validate import validate
from tests.hermetic import DATA

from .conftest import without_progress

REPO = Path(__file__).resolve().parent.parent
AQIM = DATA / "profiles" / "aqim.txt"
BAD = Path(__file__).parent / "ingest" / "bad"
PROFILES = Path(__file__).parent / "ingest" / "profiles"


@pytest.fixture(scope="module")
def gazetteer():
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def aqim(gazetteer):
    return ingest_profile(AQIM, existing=gazetteer)


def facts(result, subject=None, predicate=None, obj=None) -> list:
    return list(result.dataset.triples((subject, predicate, obj)))


# ---------------------------------------------------------------- sections and provenance


def test_every_aqim_section_is_found_with_the_lines_it_spans(aqim):
    spans = {r.key: (r.start_line, r.end_line) for r in aqim.sections}
    assert spans["title"] == (3, 3)
    assert spans["alternative-names"] == (5, 7)
    assert spans["history"] == (23, 23)
    assert spans["major-attacks"] == (25, 49)
    assert spans["attack-05"] == (35, 35)
    assert spans["references"] == (67, 77)
    assert len([k for k in spans if k.startswith("attack-")]) == 12
    assert len([k for k in spans if k.startswith("reference-")]) == 9


def test_each_attack_is_stated_in_the_graph_of_its_own_entry(aqim):
    dataset = aqim.dataset
    issers = ATTACK["2008-08-19-issers-suicide-bombing"]
    graphs = {str(g.identifier) for g in dataset.graphs() if (issers, RDF.type, KG.Attack) in g}
    assert graphs == {"https://w3id.org/ctkg/id/profile/aqim#attack-05"}


def test_the_aqim_profile_reads_without_errors_or_warnings(aqim):
    assert aqim.ok
    assert aqim.warnings == []


# ---------------------------------------------------------------- dates, figures, names


@pytest.mark.parametrize(
    "text, edtf, earliest, latest, precision",
    [
        ("2007", "2007", date(2007, 1, 1), date(2007, 12, 31), "year"),
        ("December 2007", "2007-12", date(2007, 12, 1), date(2007, 12, 31), "month"),
        ("August 19, 2008", "2008-08-19", date(2008, 8, 19), date(2008, 8, 19), "day"),
        ("From 1998 to 2003", "1998/2003", date(1998, 1, 1), date(2003, 12, 31), "range"),
        ("1979-1989", "1979/1989", date(1979, 1, 1), date(1989, 12, 31), "range"),
        ("2006 or 2007", "[2006,2007]", date(2006, 1, 1), date(2007, 12, 31), "range"),
        ("January 16-19, 2013", "2013-01-16/2013-01-19", date(2013, 1, 16), date(2013, 1, 19), "range"),  # noqa: E501
        ("February 2015", "2015-02", date(2015, 2, 1), date(2015, 2, 28), "month"),
        ("March 27,2015", "2015-03-27", date(2015, 3, 27), date(2015, 3, 27), "day"),
    ],
)
def test_a_partial_date_keeps_its_precision_and_bounds(text, edtf, earliest, latest, precision):
    parsed = parse_date(text)
    assert (parsed.edtf, parsed.earliest, parsed.latest, parsed.precision) == (
        edtf, earliest, latest, precision,
    )


@pytest.mark.parametrize("text", ["February 30, 2015", "Spring", "sometime in 2012 or so", ""])
def test_a_date_that_denotes_no_day_is_refused(text):
    with pytest.raises(DateError):
        parse_date(text)


def test_the_last_updated_stamp_reads_as_month_day_year_and_12_hour_clock():
    assert parse_timestamp("11/13/2015, 12:00 pm").isoformat() == "2015-11-13T12:00:00"
    assert parse_timestamp("1/2/2016, 12:30 am").isoformat() == "2016-01-02T00:30:00"


@pytest.mark.parametrize(
    "note, expected",
    [
        ("20 killed, unknown wounded", [("killed", 20, "exact"), ("wounded", None, "unknown")]),
        ("4 killed, 10+ wounded", [("killed", 4, "exact"), ("wounded", 10, "at-least")]),
        ("0 killed, 3 wounded", [("killed", 0, "exact"), ("wounded", 3, "exact")]),
        ("10,000+ killed", [("killed", 10000, "at-least")]),
        ("unknown killed, 56 wounded", [("killed", None, "unknown"), ("wounded", 56, "exact")]),
        ("approximately 30 killed", [("killed", 30, "approximately")]),
    ],
)
def test_casualty_notes_keep_unknown_apart_from_zero(note, expected):
    figures, leftovers = parse_casualty_note(note)
    assert [(f.kind, f.count, f.qualifier) for f in figures] == expected
    assert leftovers == []


@pytest.mark.parametrize(
    "note, expected",
    [
        ("No casualties", [("killed", 0), ("wounded", 0)]),
        ("no one hurt", [("killed", 0), ("wounded", 0)]),
        ("Nobody was harmed", [("killed", 0), ("wounded", 0)]),
        ("No one was killed or injured", [("killed", 0), ("wounded", 0)]),
        ("none killed", [("killed", 0)]),
        ("no fatalities", [("killed", 0)]),
        ("no deaths, 4 injured", [("killed", 0), ("wounded", 4)]),
        ("No injuries, 2 killed", [("wounded", 0), ("killed", 2)]),
    ],
)
def test_a_zero_said_in_words_is_a_zero(note, expected):
    figures, leftovers = parse_casualty_note(note)
    assert [(f.kind, f.count) for f in figures] == expected
    assert {f.qualifier for f in figures} == {"exact"} and leftovers == []
    assert split_casualty_note(f"Bombs went off at a bank. ({note})")[1] == note


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("No casualties.", [("killed", 0), ("wounded", 0)]),
        ("No one hurt.", [("killed", 0), ("wounded", 0)]),
        ("There were no casualties.", [("killed", 0), ("wounded", 0)]),
        ("No casualties were reported.", [("killed", 0), ("wounded", 0)]),
        ("Nobody was killed in the blast.", [("killed", 0)]),
        ("no one was injured", [("wounded", 0)]),
    ],
)
def test_a_sentence_saying_only_that_nobody_was_harmed_is_a_zero(sentence, expected):
    figures = zero_sentence_figures(sentence)
    assert [(f.kind, f.count, f.qualifier) for f in figures] == [(*e, "exact") for e in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was killed until the second device went off an hour later.",
        "No casualties among the soldiers, but two guards died.",
        "Police said no one claimed the attack.",
        "The bomb was defused; no one was hurt, officials said, though a driver later died.",
    ],
)
def test_a_sentence_that_says_more_than_no_harm_states_no_zero(sentence):
    assert zero_sentence_figures(sentence) == []


def test_an_entry_whose_own_sentence_says_no_one_was_hurt_has_zero_figures(tmp_path):
    text = (
        "Terrorism Profiles\n\nRiver Front (RVF)\n\nAlternative Names:\n\nFront du Fleuve\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "June 2010: The group bombed a bridge in Gao. Nobody was hurt.\n\n"
        "July 2010: The group attacked a convoy near Kidal. No one was injured. (4 killed)\n"
    )
    graph = ingest_profile(tmp_path / "rvf.txt", text=text, existing=Dataset()).dataset
    figures = sorted(
        (str(kind).rsplit("#", 1)[-1].rsplit("/", 1)[-1], int(graph.value(node, KG.count)))
        for kind in (KG.killed, KG.wounded)
        for _, _, node in graph.triples((None, kind, None))
    )
    assert figures == [("killed", 0), ("killed", 4), ("wounded", 0), ("wounded", 0)]


@pytest.mark.parametrize(
    "text", ["The cell (no one knew its name) struck.", "(the bank's main branch)"]
)
def test_a_parenthesis_without_a_figure_is_no_casualty_note(text):
    assert split_casualty_note(f"Bombs went off at a bank. {text}")[1] is None


@pytest.mark.parametrize("note", ["casualties unknown", "casualties not known",
                                  "unknown casualties", "casualties not reported"])
def test_casualties_unknown_is_two_unknown_figures_never_zero(note):
    """The keys' convention (`dev-11`: "casualties not known"): a casualty is one killed or
    wounded, so neither figure is known; neither is zero."""
    assert split_casualty_note(f"Bombs went off at a bank. ({note})")[1] == note
    figures, leftovers = parse_casualty_note(note)
    assert [(f.kind, f.count, f.qualifier) for f in figures] == [
        ("killed", None, "unknown"), ("wounded", None, "unknown")]
    assert leftovers == []


def test_an_entry_without_a_casualty_note_has_no_figure(aqim):
    text, note = split_casualty_note("Following a coup, AQIM and its allies (AD) launched an offensive.")  # noqa: E501
    assert note is None and text.endswith("offensive.")
    offensive = ATTACK["2012-03-mali-campaign"]
    assert facts(aqim, offensive, KG.killed) == [] and facts(aqim, offensive, KG.wounded) == []


def test_unknown_wounded_is_a_figure_with_no_count(aqim):
    figure = next(o for _, _, o in facts(aqim, ATTACK["2007-batna-suicide-bombing"], KG.wounded))
    assert facts(aqim, figure, KG.countQualifier) == [
        (figure, KG.countQualifier, COUNT_QUALIFIER["unknown"])
    ]
    assert facts(aqim, figure, KG.count) == []


def test_aqim_names_are_tagged_arabic_french_or_english(aqim):
    labels = {str(o): o.language for _, _, o in facts(aqim, GROUP["aqim"], SKOS.altLabel)}
    assert labels["Tanzim Qaedat bi-Bilad al-Maghrab al-Islami"] == "ar-Latn"
    assert labels["al-Qaïda dans les pays du Maghreb islamique"] == "fr"
    assert labels["Al-Qa´ida in the Islamic Maghreb"] == "en"


def test_names_the_history_gives_to_gspc_are_aqims_former_names(aqim):
    former = {str(o) for _, _, o in facts(aqim, GROUP["aqim"], KG.formerName)}
    assert former == {
        "Salafist Group for Call and Combat (GSPC)",
        "Groupe salafiste pour la prédication et le combat",
        "the Salafist Group for Preaching and Combat",
    }


# ---------------------------------------------------------------- entity resolution


@pytest.mark.parametrize("spelling", ["al-Qaeda", "Al Qa’ida", "AL-QAIDA", "Al Qaïda", "al Qa'ida"])
def test_al_qaida_spelt_any_way_links_to_the_group_already_in_the_graph(spelling):
    index = EntityIndex.from_dataset(load([DATA], with_ontology=False).dataset)
    mentions = index.scan(f"The group merged with {spelling} in 2006.")
    assert [m.best() for m in mentions] == [GROUP["al-qaida"]]


def test_ansar_dine_links_to_ansar_al_din_and_the_review_says_how():
    result = ingest_profile(PROFILES / "jnim.txt", existing=load([DATA], with_ontology=False))
    assert (GROUP["jnim"], KG.formedByMergerOf, GROUP["ansar-al-din"]) in result.dataset
    assert "'Ansar Dine' matched group:ansar-al-din (existing) by transliteration" in result.review()  # noqa: E501


def test_the_profile_subject_already_in_the_graph_keeps_its_iri_and_its_preferred_name():
    existing = load([DATA / "places.ttl", DATA / "profiles" / "aqim.trig"],
                    with_ontology=False)
    result = ingest_profile(PROFILES / "al-mourabitoun.txt", existing=existing)
    mujao_names = [o for _, _, o in facts(result, GROUP["mujao"], SKOS.prefLabel)]
    assert mujao_names == []  # the curated MUJAO keeps its one English preferred name
    assert (GROUP["those-who-sign-in-blood"], KG.splitFrom, GROUP["aqim"]) in result.dataset


# ---------------------------------------------------------------- stable output


def test_ingesting_the_same_profile_twice_gives_the_same_bytes(gazetteer):
    first = ingest_profile(AQIM, existing=gazetteer).trig()
    second = ingest_profile(AQIM, existing=gazetteer).trig()
    assert first == second


def test_the_output_does_not_depend_on_the_python_hash_seed(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"aqim-{seed}.trig"
        code = (
            "from kg.ingest import ingest_profile, write_ingested; from kg.load import load; "
            f"r = ingest_profile({str(PROFILES / 'jnim.txt')!r}, existing=load("
            f"[{str(REPO / 'data')!r}], with_ontology=False)); write_ingested(r, {str(target)!r})"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_reingesting_a_profile_whose_output_is_already_loaded_gives_the_same_bytes(tmp_path):
    data = load([DATA], with_ontology=False)
    first = ingest_profile(PROFILES / "al-mourabitoun.txt", existing=data)
    written = write_ingested(first, tmp_path / "al-mourabitoun.trig")
    again = ingest_profile(
        PROFILES / "al-mourabitoun.txt",
        existing=load([DATA, written], with_ontology=False),
    )
    assert again.trig() == written.read_text(encoding="utf-8")


def test_the_written_trig_holds_exactly_the_ingested_quads(aqim, tmp_path):
    written = write_ingested(aqim, tmp_path / "aqim.trig")
    parsed = Dataset()
    parsed.parse(written, format="trig")
    quads = {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in parsed.quads()}  # noqa: E501
    assert quads == set(aqim.graph.quads())


def test_the_ingested_aqim_graph_has_no_shacl_violations(aqim, tmp_path):
    written = write_ingested(aqim, tmp_path / "aqim.trig")
    kg = load([DATA / "places.ttl", written])
    reason(kg)
    report = validate(kg)
    assert report.violations == [], [r.message for r in report.violations]


# ---------------------------------------------------------------- input variants


def _variant(gazetteer, data: bytes):
    return ingest_profile(AQIM, existing=gazetteer, text=data)


def test_crlf_line_endings_give_the_same_graph(aqim, gazetteer):
    crlf = AQIM.read_bytes().replace(b"\n", b"\r\n")
    result = _variant(gazetteer, crlf)
    assert result.trig() == aqim.trig()
    assert [p.severity for p in result.problems] == [Severity.NOTE]


def test_windows_1252_text_gives_the_same_graph(aqim, gazetteer):
    cp1252 = AQIM.read_text(encoding="utf-8").encode("cp1252")
    result = _variant(gazetteer, cp1252)
    assert result.trig() == aqim.trig()
    note = result.problems[0]
    assert note.severity is Severity.NOTE and "Windows-1252" in note.message and note.line == 7


def test_straight_quotes_read_the_same_references_as_curly_ones(aqim, gazetteer):
    text = AQIM.read_text(encoding="utf-8")
    for curly, straight in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'")):
        text = text.replace(curly, straight)
    result = _variant(gazetteer, text.encode("utf-8"))
    assert result.ok

    curly_sources = {s for s, _, _ in facts(aqim, None, RDF.type, KG.Source)}
    straight_sources = {s for s, _, _ in facts(result, None, RDF.type, KG.Source)}
    assert curly_sources == straight_sources
    for source in curly_sources:
        a = {str(o).replace("’", "'") for _, _, o in facts(aqim, source, DCTERMS.title)}
        b = {str(o) for _, _, o in facts(result, source, DCTERMS.title)}
        assert a == b


def test_a_byte_that_is_neither_utf8_nor_windows_1252_is_an_error_on_its_line(gazetteer):
    data = AQIM.read_bytes().replace(b"Droukdel", b"Droukdel\x81", 1)
    result = _variant(gazetteer, data)
    errors = result.errors
    assert len(errors) == 1 and errors[0].line == 13 and "UTF-8" in errors[0].message


# ---------------------------------------------------------------- broken profiles


def _problems(name: str, gazetteer) -> list:
    return ingest_profile(BAD / name, existing=gazetteer).problems


def test_an_empty_file_is_an_error_on_line_1(gazetteer):
    problems = _problems("empty.txt", gazetteer)
    assert [(p.line, p.severity) for p in problems] == [(1, Severity.ERROR)]
    assert "empty" in problems[0].message


def test_a_profile_without_major_attacks_is_an_error_naming_where_they_belong(gazetteer):
    errors = [p for p in _problems("no-major-attacks.txt", gazetteer) if p.severity is Severity.ERROR]  # noqa: E501
    assert [(p.line, "Major Attacks" in p.message) for p in errors] == [(19, True)]


def test_sections_out_of_order_are_an_error_naming_the_late_heading(gazetteer):
    errors = [p for p in _problems("out-of-order.txt", gazetteer) if p.severity is Severity.ERROR]
    assert [p.line for p in errors] == [13]
    assert "'Funding Sources' is out of order" in errors[0].message
    assert "line 9" in errors[0].message


def test_an_unreadable_date_names_its_line_and_skips_only_that_entry(gazetteer):
    result = ingest_profile(BAD / "unparseable-date.txt", existing=gazetteer)
    assert [(p.line, p.severity) for p in result.errors] == [
        (13, Severity.ERROR),
        (15, Severity.ERROR),
    ]
    assert "'Sometime in the spring'" in result.errors[0].message
    assert "'February 30, 2013' is not a real date" in result.errors[1].message
    attacks = {s for s, _, _ in facts(result, None, RDF.type, KG.Campaign)}
    attacks |= {s for s, _, _ in facts(result, None, RDF.type, KG.Attack)}
    assert len(attacks) == 1


def test_places_missing_from_the_gazetteer_are_kept_as_text_and_reported(gazetteer):
    result = ingest_profile(BAD / "unresolved-place.txt", existing=gazetteer)
    assert result.ok
    reported = {(p.line, p.message.split("'")[1]) for p in result.warnings}
    assert reported == {(10, "Azawagh Valley"), (16, "Tessalit")}
    kept = {str(o) for _, _, o in facts(result, None, SCHEMA.location)}
    # "an ambush near Tessalit": a reference point, reported, never the attack's place
    assert kept == set()
    # "in Konna, Mali": the text says where the town the gazetteer lacks lies, so it is a place
    # inside Mali, with a note (issue #11)
    assert facts(result, PLACE["konna"], KG.locatedIn, PLACE["mali"])
    assert any(p.line == 14 and "'Konna' is not in the gazetteer" in p.message
               for p in result.problems)
    (note,) = [p.message for p in result.warnings if p.line == 16]
    assert note.startswith("reference point 'Tessalit' (near)")


def test_every_problem_names_a_line_inside_the_file(gazetteer):
    for path in sorted(BAD.glob("*.txt")) + sorted(PROFILES.glob("*.txt")):
        lines = max(1, len(path.read_text(encoding="utf-8").split("\n")))
        for problem in ingest_profile(path, existing=gazetteer).problems:
            assert 1 <= problem.line <= lines, (path.name, problem)


# ---------------------------------------------------------------- writing


def test_a_ttl_output_is_refused_because_it_cannot_hold_the_section_graphs(aqim, tmp_path):
    with pytest.raises(IngestError, match=r"write it as \.trig"):
        write_ingested(aqim, tmp_path / "aqim.ttl")
    assert not (tmp_path / "aqim.ttl").exists()


def test_an_existing_file_is_left_untouched_without_force(aqim, tmp_path):
    target = tmp_path / "aqim.trig"
    target.write_text("# an analyst's edits\n", encoding="utf-8")
    with pytest.raises(IngestError, match="--force"):
        write_ingested(aqim, target)
    assert target.read_text(encoding="utf-8") == "# an analyst's edits\n"
    write_ingested(aqim, target, force=True)
    assert target.read_text(encoding="utf-8") == aqim.trig()


def test_a_profile_with_errors_is_written_only_when_a_partial_result_is_asked_for(gazetteer, tmp_path):  # noqa: E501
    result = ingest_profile(BAD / "unparseable-date.txt", existing=gazetteer)
    with pytest.raises(IngestError, match=r"unparseable-date\.txt:13: .*--partial"):
        write_ingested(result, tmp_path / "partial.trig")
    assert list(tmp_path.iterdir()) == []
    written = write_ingested(result, tmp_path / "partial.trig", partial=True)
    parsed = Dataset()
    parsed.parse(written, format="trig")
    assert len(list(parsed.quads())) == len(result.graph)


# ---------------------------------------------------------------- the command


@pytest.fixture()
def project(tmp_path, monkeypatch) -> Path:
    """A scratch project whose data/ is a copy, so the command's default output lands there."""
    import shutil

    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_kg_ingest_writes_the_profile_into_data_and_says_so(runner, project):
    profile = project / "al-mourabitoun.txt"
    profile.write_bytes((PROFILES / "al-mourabitoun.txt").read_bytes())
    result = runner.invoke(app, ["ingest", str(profile)])
    assert result.exit_code == 0, result.output
    written = project / "data" / "profiles" / "al-mourabitoun.trig"
    assert written.is_file()
    assert "wrote data/profiles/al-mourabitoun.trig" in result.stdout
    warning = "warning: al-mourabitoun.txt:23: a split is described but the new group is not named"
    assert warning in result.stderr


def test_kg_ingest_leaves_the_curated_aqim_data_alone_without_force(runner, project):
    before = (project / "data" / "profiles" / "aqim.trig").read_bytes()
    result = runner.invoke(app, ["ingest", str(project / "data" / "profiles" / "aqim.txt")])
    assert result.exit_code == 2
    assert "already exists; pass --force" in result.stderr
    assert (project / "data" / "profiles" / "aqim.trig").read_bytes() == before


def test_kg_ingest_review_lists_each_section_and_writes_nothing(runner, project):
    result = runner.invoke(app, ["ingest", str(AQIM), "--review"])
    assert result.exit_code == 0, result.output
    assert "== History (untitled) [history] (line 23)" in result.stdout
    assert "group:gspc (new) splitFrom group:gia (new) in 1998" in result.stdout
    assert "? line 13: not understood: After this war many returned" in result.stdout
    assert sorted(p.name for p in (project / "data" / "profiles").iterdir()) == ["aqim.trig", "aqim.txt"]  # noqa: E501


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "missing.txt"], "missing.txt: no such file"),
        (["ingest", str(BAD / "empty.txt"), "-o", "out.trig"], "empty.txt:1: the file is empty"),
        (["ingest", str(BAD / "out-of-order.txt"), "-o", "out.trig"], "out-of-order.txt:13: section"),  # noqa: E501
        (["ingest", str(AQIM), "-o", "aqim.ttl"], "write it as .trig"),
    ],
)
def test_kg_ingest_reports_bad_input_in_one_line_and_exits_2(runner, project, args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    # one line of error; the progress line before it ("kg ingest: reading …") says what was done
    assert len(without_progress(result.stderr)) == 1
    assert not (project / "out.trig").exists()


def test_kg_ingest_partial_writes_what_could_be_read(runner, project):
    result = runner.invoke(app, ["ingest", str(BAD / "unparseable-date.txt"), "-o", "out.trig", "--partial"])  # noqa: E501
    assert result.exit_code == 0, result.output
    assert "error: " in result.stderr and ":13: " in result.stderr
    assert (project / "out.trig").is_file()


def test_figures_in_the_tactics_and_a_reference_title_stay_in_their_own_sections(aqim):
    dataset = aqim.dataset
    december = ATTACK["2007-12-algeria-bombing"]
    by_graph = {}
    for _, _, o, g in dataset.quads((december, KG.killed, None, None)):
        count = dataset.value(o, KG.count)
        by_graph[str(g).rsplit("#", 1)[-1]] = int(count)
    assert by_graph == {"attack-04": 33, "tactics": 38}
    ouagadougou = ATTACK["2016-01-15-ouagadougou-armed-assault"]
    reference = [
        (str(g).rsplit("#", 1)[-1], int(dataset.value(o, KG.count)), dataset.value(o, KG.countQualifier))  # noqa: E501
        for _, _, o, g in dataset.quads((ouagadougou, KG.killed, None, None))
        if str(g).endswith("reference-9")
    ]
    assert reference == [("reference-9", 29, COUNT_QUALIFIER["at-least"])]


def test_the_ransom_is_six_million_us_dollars(aqim):
    amount = next(o for _, _, o in facts(aqim, None, KG.ransom))
    assert facts(aqim, amount, SCHEMA.value)[0][2] == Literal("6000000.0", datatype=XSD.decimal)
    assert str(facts(aqim, amount, SCHEMA.currency)[0][2]) == "USD"


def test_every_concept_the_parser_can_state_exists_in_the_vocabularies():
    from rdflib import Graph

    from kg.ingest.vocabulary import ALL_RULES
    from kg.namespaces import ATTACK_TYPE, ATTRIBUTION_MODALITY, DATE_PRECISION, TARGET_TYPE

    vocabularies = Graph()
    for path in sorted((REPO / "ontology" / "vocab").glob("*.ttl")):
        vocabularies.parse(path)
    concepts = set(vocabularies.subjects(RDF.type, SKOS.Concept))
    stated = {concept for rules in ALL_RULES.values() for _, concept in rules}
    stated |= {ATTRIBUTION_MODALITY[m] for m in ("conducted", "claimed-responsibility", "announced", "implicated", "implied-subject")}  # noqa: E501
    stated |= {COUNT_QUALIFIER[q] for q in ("exact", "at-least", "approximately", "unknown")}
    stated |= {DATE_PRECISION[p] for p in ("day", "month", "year", "range")}
    stated |= {ATTACK_TYPE["unknown"], TARGET_TYPE["unknown"]}
    assert stated - concepts == set()
