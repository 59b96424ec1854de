"""`kg lineage --as-of`: the lineage picture of the network as it stood at a date (#16)."""

from __future__ import annotations

import pytest

from kg.cli import app
from kg.errors import ParameterError
from kg.namespaces import GROUP
from kg.pictures import lineage_of, render_lineage

from .conftest import without_progress


def test_aqims_lineage_as_of_2005_is_gia_to_gspc_without_aqim(reasoned_kg):
    family = lineage_of(reasoned_kg, "AQIM", as_of="2005")
    assert family.path_years() == [("GIA", "GSPC", "1998")]
    assert set(family.members) == {GROUP.gia, GROUP.gspc}


def test_aqims_lineage_as_of_2010_adds_the_rename(reasoned_kg):
    family = lineage_of(reasoned_kg, "AQIM", as_of="2010")
    assert sorted(family.path_years()) == [("GIA", "GSPC", "1998"), ("GSPC", "AQIM", "2006-09")]
    assert GROUP.aqim in family.members


def test_without_as_of_the_picture_is_the_whole_lineage(reasoned_kg):
    assert (
        lineage_of(reasoned_kg, "AQIM").path_years()
        == lineage_of(reasoned_kg, "AQIM", as_of="2020").path_years()
    )


def test_the_diagram_says_which_date_it_shows(reasoned_kg):
    text = render_lineage(lineage_of(reasoned_kg, "AQIM", as_of="2005"), "mermaid").decode()
    assert "as of 2005" in text
    assert "aqim[" not in text and "gspc[" in text


def test_kg_lineage_as_of_draws_the_network_then(runner, built):
    result = runner.invoke(
        app, ["lineage", "AQIM", "--as-of", "2005", "--format", "dot", "--build", str(built)]
    )
    assert result.exit_code == 0, result.output
    assert "org-gspc" in result.stdout and "org-aqim" not in result.stdout


def test_a_bad_as_of_is_one_line_and_exit_2(runner, built):
    result = runner.invoke(
        app, ["lineage", "AQIM", "--as-of", "2005-13", "--format", "dot", "--build", str(built)]
    )
    assert result.exit_code == 2
    assert without_progress(result.output) == ["error: parameter 'as_of': month 13 is out of range"]


def test_a_bad_as_of_in_the_library_is_a_parameter_error(reasoned_kg):
    with pytest.raises(ParameterError):
        lineage_of(reasoned_kg, "AQIM", as_of="soon")
