"""Sections the collection leaves untitled, as other writers title them: "Leadership:",
"History:", "Background:", "Areas of Operation:", "Organisation:" — anywhere among the others,
in any order, each with every paragraph under it up to the next heading."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.ingest import Severity, ingest_profile
from kg.ingest.sections import split_sections
from kg.namespaces import KG

_HEAD = "Terrorism Profiles\n\nRiver Front (RVF)\n\nAlternative Names:\n\nFront du Fleuve\n\n"
_TAIL = (
    "Major Attacks:\n\nJune 2010: The group attacked a barracks in Gao. (3 killed)\n\n"
    "Ideological Roots:\n\nSalafi-jihadist.\n"
)


def _layout(middle: str):
    return split_sections((_HEAD + middle + _TAIL).split("\n"))


@pytest.mark.parametrize("middle", [
    # history told before the funding, as a news backgrounder does
    "Areas of Operation:\n\nThe Sahel: Mali.\n\nLeadership:\n\nOmar Haddad has led the group "
    "since 2009.\n\nHistory:\n\nThe group split from the Desert Front in 2008.\n\nIt grew in "
    "2012.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n",
    # a background after the funding, leaders under "Key Leaders"
    "The Sahel: Mali.\n\nKey Leaders:\n\nOmar Haddad has led the group since 2009.\n\n"
    "Funding Sources:\n\nKidnapping for ransom.\n\nBackground:\n\nThe group split from the "
    "Desert Front in 2008.\n\nIt grew in 2012.\n\n",
    # origins first of all, the structure titled, the areas inline
    "Origins:\n\nThe group split from the Desert Front in 2008.\n\nIt grew in 2012.\n\n"
    "Areas of operation: The Sahel: Mali.\n\nOrganizational structure:\n\nThe group is divided "
    "into cells.\n\nLeaders:\n\nOmar Haddad has led the group since 2009.\n\n"
    "Funding Sources:\n\nKidnapping for ransom.\n\n",
])
def test_titled_untitled_sections_are_read_wherever_they_stand(middle):
    layout = _layout(middle)
    history = layout.get("history")
    assert history is not None and history.body.split("\n")[0].startswith("The group split")
    # every paragraph under the heading, the blank line kept so that each keeps its line
    assert "It grew in 2012." in history.body
    assert history.line_of(history.body.index("It grew")) == history.body_start + 2
    assert layout.get("leadership").body.startswith("Omar Haddad")
    assert "Mali" in layout.get("areas").body
    assert not [p for p in layout.problems if p.severity is Severity.ERROR]


def test_a_titled_history_before_the_funding_gives_its_lineage_and_leader(tmp_path):
    middle = (
        "Areas of Operation:\n\nThe Sahel: Mali.\n\nLeadership:\n\nOmar Haddad has led the group "
        "since 2009.\n\nHistory:\n\nThe group split from the Desert Front in 2008.\n\n"
        "Funding Sources:\n\nKidnapping for ransom.\n\n"
    )
    result = ingest_profile(tmp_path / "rvf.txt", text=_HEAD + middle + _TAIL, existing=Dataset())
    graph = result.dataset
    assert set(graph.subjects(None, KG.Split)) or any(graph.triples((None, KG.splitFrom, None)))
    assert any(graph.triples((None, KG.leader, None)))
    assert not result.errors


def test_the_collections_untitled_layout_is_read_as_before():
    layout = _layout(
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group split from the Desert Front in 2008.\n\n"
    )
    assert [s.key for s in layout.sections if s.parent is None][:7] == [
        "title", "alternative-names", "areas", "leadership", "organisation", "funding", "history"]
    assert layout.get("history").title == "History (untitled)"
