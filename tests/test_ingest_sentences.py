"""The sentence splitter every reader shares (`kg.ingest.context.split_sentences`).

Writers of chronologies and briefs often list items as bullets without full stops; joined, a
whole list became one "sentence" and a reader saw the second item's subject as the first's
object. A bullet at the start of a line now ends the item (or the heading) before it, whatever its
marker and whatever word the item ends with; a dash inside a line, a hyphenated word and a line
that only continues an item do not."""

from __future__ import annotations

import pytest

from kg.ingest.context import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 1991: the Front formed in Kandi\n- 1996: a faction left it\n- 2003: renamed",
         ["- 1991: the Front formed in Kandi", "- 1996: a faction left it", "- 2003: renamed"]),
        ("Chronology:\n• founded by Omar Sy in 1988\n• banned in 1992\n• dissolved 2001",
         ["Chronology:", "• founded by Omar Sy in 1988", "• banned in 1992", "• dissolved 2001"]),
        ("Events\n* attack on a depot in Lira\n  (claimed the next day)\n* a second raid",
         ["Events", "* attack on a depot in Lira\n  (claimed the next day)", "* a second raid"]),
        ("– 2010 split from the Union\n– 2012 merged with the Brigade of Light.",
         ["– 2010 split from the Union", "– 2012 merged with the Brigade of Light."]),
    ],
)
def test_a_bullet_at_the_start_of_a_line_ends_the_item_before_it(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group - small at first - grew after 2004 and spread to the coast",
        "It was a well-\nknown front of the party in the north",
        "The raid killed 12 people\nand wounded 30 more in the market",
        "Its leader since 2009 -\nthe third - is Adam Musa",
    ],
)
def test_a_dash_inside_a_line_or_a_continued_line_stays_in_the_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_an_abbreviation_before_a_bullet_does_not_join_the_items() -> None:
    text = "- trained by the U.S.\n- armed by Iran"
    assert sentences(text) == ["- trained by the U.S.", "- armed by Iran"]
