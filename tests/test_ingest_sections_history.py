"""A history told in several untitled paragraphs (`kg.ingest.sections`, thirteenth round of
issue #12): the collection's layout has one untitled history between the funding and the
attacks, and a writer who tells it in three paragraphs had two of them left out whole, with
every person, group and link in them. A paragraph left over right before or after the history
is more of it; paragraphs left over before the funding stay out."""

from __future__ import annotations

import pytest

from kg.ingest.sections import split_sections
from tests.test_ingest_typing_context import _types as types_of_text

_SEVERAL = (
    "Terrorism Profiles\n\nDesert Brigades (DB)\n\nAlternative Names:\n\nNone known\n\n"
    "The Sahel: Mali.\n\nThe group is divided into cells.\n\nFunding Sources:\n\n"
    "Kidnapping for ransom.\n\n{first}\n\n{second}\n\n{third}\n\nMajor Attacks:\n\n"
    "June 2010: The group attacked a barracks. (3 killed)\n\nIdeological Roots:\n\n"
    "Salafi-jihadist.\n"
)


@pytest.mark.parametrize(("paragraphs", "person"), [
    (("The group grew out of the Lake Front in 2003.",
      "In 2007 the novelist Karim Benali was shot by its gunmen.",
      "It split in 2012."), "Karim Benali"),
    (("In 2010 its cells were hit hard by the army.",
      "The DB emerged in 2001 from the Sahel Army.",
      "Two senior judges, Ravi Menon and Anil Desai, died in its bombing of 2014."),
     "Anil Desai"),
    (("Its first emir was arrested in 2005 in Gao.",
      "The blogger Tomas Verhoeven was hacked to death by its men in 2009.",
      "The group was founded in 1998 by former soldiers."), "Tomas Verhoeven"),
])
def test_every_paragraph_of_a_history_told_in_several_is_read(tmp_path, paragraphs, person):
    text = _SEVERAL.format(first=paragraphs[0], second=paragraphs[1], third=paragraphs[2])
    lines = text.split("\n")
    history = split_sections(lines).get("history")
    assert history is not None
    first = next(n for n, line in enumerate(lines, 1) if line == paragraphs[0])
    assert (history.start, history.end) == (first, first + 4)
    # each line keeps its number: the third paragraph is four lines below the first
    assert history.line_of(history.body.index(paragraphs[2])) == first + 4
    assert "Person" in types_of_text(tmp_path, text).get(person, set())


def test_paragraphs_before_the_funding_are_not_taken_into_a_later_history():
    # the areas, leadership and organisation slots come before the funding: a paragraph left
    # over there is no history's
    text = _SEVERAL.replace("The group is divided into cells.\n\n",
                            "The group is divided into cells.\n\nIt is strong.\n\n"
                            "It is weak.\n\nIt is small.\n\n").format(
        first="The DB emerged in 2001.", second="It grew.", third="It split in 2012.")
    layout = split_sections(text.split("\n"))
    history = layout.get("history")
    assert history is not None and "It is small" not in history.body
    assert "It split in 2012." in history.body
