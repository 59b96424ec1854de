"""An honest review: for every sentence, the facts taken and every candidate left unused (a
name, a date, a number, a place word) with the reason; never "nothing extracted" for a section
whose graph has statements; and the same as JSON for tooling."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest_profile


def _profile(leadership: str, history: str) -> str:
    return (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        f"The Sahel: Mali.\n\n{leadership}\n\nThe group is divided into cells.\n\n"
        f"Funding Sources:\n\nKidnapping for ransom.\n\n{history}\n\n"
        "Major Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


LEADERSHIP = "Omar Haddad has led the group since 2009. A courier was arrested in 2012 in Gao."
HISTORY = "The Desert Brigade (DEB) and the River Battalion (RIB) fought beside the group."


def _section(result, key):
    return next(s for s in result.sections if s.key == key)


def test_a_section_whose_graph_has_statements_never_reads_nothing_extracted(tmp_path: Path):
    result = ingest_profile(tmp_path / "saf.txt", text=_profile(LEADERSHIP, HISTORY),
                            existing=Dataset())
    history = _section(result, "history")
    assert history.statements > 0
    review = result.review()
    block = review.split("[history]", 1)[1].split("\n==", 1)[0]
    assert "(nothing extracted)" not in block
    assert f"+ {history.statements} statements" in block


def test_every_unused_date_and_place_word_is_listed_with_its_line_and_reason(tmp_path: Path):
    result = ingest_profile(tmp_path / "saf.txt", text=_profile(LEADERSHIP, HISTORY),
                            existing=Dataset())
    unused = {(text, kind) for _, text, kind, _ in _section(result, "leadership").unused}
    assert ("2012", "date") in unused
    assert ("Gao", "place") in unused
    assert ("2009", "date") not in unused  # it dates the tenure
    assert ("Omar Haddad", "name") not in unused  # he is the leader stated
    lines = {line for line, *_ in _section(result, "leadership").unused}
    assert lines == {11}
    assert "- line 11: unused date '2012': no fact of this section is dated by it" in (
        result.review()
    )


def test_the_review_as_json_has_every_section_with_facts_and_unused_candidates(tmp_path: Path):
    profile = tmp_path / "saf.txt"
    profile.write_text(_profile(LEADERSHIP, HISTORY), encoding="utf-8")
    run = CliRunner().invoke(
        app, ["ingest", str(profile), "--review", "--format", "json", "--data", str(profile.parent)]
    )
    assert run.exit_code == 0, run.output
    review = json.loads(run.stdout)
    sections = {s["key"]: s for s in review["sections"]}
    assert {"title", "leadership", "history", "attack-01"} <= set(sections)
    leadership = sections["leadership"]
    assert leadership["extracted"] == ["leader person:omar-haddad (new) since 2009"]
    assert {"line": 11, "text": "2012", "kind": "date",
            "reason": "no fact of this section is dated by it"} in leadership["unused_candidates"]
    assert review["errors"] == 0
