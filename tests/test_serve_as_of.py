"""The group page's year slider and designations (#16), asked of the worker's page job
directly (tests/test_browser.py moves the slider in a real browser)."""

from __future__ import annotations

import re

import pytest

from kg.load import load
from kg.namespaces import GROUP
from kg.serve import jobs
from kg.serve.app import AS_OF
from kg.serve.entities import designations_of
from tests.hostile.labels import html_problems

DESIGNATED = """
@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://w3id.org/ctkg/id/> .
ex:profile\\/saf\\#history {
  ex:group\\/saf a kg:ArmedGroup ; skos:prefLabel "Sahel Armed Front"@en .
  ex:org\\/uk a kg:Organisation ; skos:prefLabel "United Kingdom"@en .
  ex:designation\\/saf-uk a kg:Designation ; kg:designatedOrganisation ex:group\\/saf ;
    kg:designatedBy ex:org\\/uk ; kg:listName "proscribed organisations" ;
    kg:edtf "2015" ; kg:delisted "2019"^^xsd:gYear .
}
"""


def page(kg, iri, as_of=None) -> str:
    reply = jobs.entity(kg, iris=[str(iri)], accept="text/html", max_rows=1000, as_of=as_of)
    assert reply.status == 200
    return reply.body.decode()


def test_the_group_page_has_a_year_slider_with_links_for_each_change(reasoned_kg):
    html = page(reasoned_kg, GROUP.aqim)
    slider = re.search(r'<input type="range" id="as-of" name="as_of"[^>]*>', html)
    assert slider and 'min="1998"' in slider.group() and 'step="1"' in slider.group()
    assert 'href="?as_of=1998#lineage"' in html and 'href="?as_of=2006#lineage"' in html
    assert 'id="org-aqim"' in html  # without as_of: the whole lineage


def test_as_of_2005_draws_gspcs_lineage_without_aqim_and_lists_the_steps(reasoned_kg):
    html = page(reasoned_kg, GROUP.aqim, "2005")
    diagram = html[html.index('id="lineage-diagram"') : html.index("</figure>")]
    assert 'id="org-gspc"' in diagram and 'id="org-aqim"' not in diagram
    table = html[html.index('id="as-of-steps"') : html.index("</table>", html.index("as-of-steps"))]
    assert "split from" in table and "renamed from" not in table
    assert 'value="2005"' in html


def test_as_of_2010_adds_the_rename(reasoned_kg):
    html = page(reasoned_kg, GROUP.aqim, "2010")
    assert 'id="org-aqim"' in html and "renamed from" in html


@pytest.mark.parametrize("text", ["2005", "2006-09", "2006-09-15"])
def test_the_page_accepts_a_year_month_or_day(text):
    assert AS_OF.fullmatch(text)


@pytest.mark.parametrize("text", ["05", "2005-9", "2005)", "<script>", "2005-09-15T00"])
def test_anything_else_is_refused_before_it_reaches_a_worker(text):
    assert not AS_OF.fullmatch(text)


def test_a_group_with_no_designation_says_so(reasoned_kg):
    assert "No designation of Al Qaida in the Islamic Maghreb is stated" in page(
        reasoned_kg, GROUP.aqim
    )


def test_designations_are_listed_with_authority_list_dates_and_section(tmp_path):
    path = tmp_path / "saf.trig"
    path.write_text(DESIGNATED, encoding="utf-8")
    kg = load([path])
    (found,) = designations_of(kg, GROUP.saf)
    assert (found.authority.text, found.list_name, found.date, found.delisted) == (
        "United Kingdom",
        "proscribed organisations",
        "2015",
        "2019",
    )
    assert found.source is not None and found.source.href == "/id/profile/saf#history"


HOSTILE = """
@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix g: <https://w3id.org/ctkg/id/group/> .
@prefix e: <https://w3id.org/ctkg/id/event/> .
@prefix d: <https://w3id.org/ctkg/id/designation/> .
<https://w3id.org/ctkg/id/profile/x#history> {
  g:old a kg:ArmedGroup ; skos:prefLabel "<script>alert('old')</script>"@en .
  g:new a kg:ArmedGroup ; skos:prefLabel "New </td><img src=x onerror=alert(1)>"@en ;
    kg:renamedFrom g:old .
  e:rename a kg:Rename ; kg:priorOrganisation g:old ; kg:resultingOrganisation g:new ;
    kg:edtf "2001" ; kg:earliest "2001-01-01"^^xsd:date ; kg:latest "2001-12-31"^^xsd:date .
  d:x a kg:Designation ; kg:designatedOrganisation g:new ;
    kg:listName "<b onmouseover=alert(2)>list</b>" ; kg:edtf "2003" .
}
"""


def test_names_in_the_steps_table_and_designations_are_text_never_markup(tmp_path):
    from kg.reason import reason

    path = tmp_path / "hostile.trig"
    path.write_text(HOSTILE, encoding="utf-8")
    kg = load([path])
    reason(kg)
    html = page(kg, GROUP.new, "2005")
    table = html[html.index('id="as-of-steps"') : html.index("</table>", html.index("as-of-steps"))]
    assert "&lt;script&gt;alert(&#39;old&#39;)&lt;/script&gt;" in table
    assert html_problems(html) == []  # no script but the server's own editor, no on… attribute
    assert "<img" not in html and "<b onmouseover" not in html
    assert "&lt;b onmouseover=alert(2)&gt;list&lt;/b&gt;" in html
