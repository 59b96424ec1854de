"""What a sentence cites is not what it tells: the year of a scholar's work and the date of a
report are never the start of a tenure.

A history written by a scholar carries its sources inside its sentences: "The group has been
led by X (Smith 2015)", "According to a 2016 report, X leads the group". The leadership grammar
takes the first date of a clause for its start, so the year of the citation or of the report
became the year the leader took over — a wrong fact on text nobody had read, and, for a
citation's author block ("Abou Zahab 2002"), a person the sentence never spoke of.

Two shapes, each closed on purpose:

- an in-text citation in brackets, author then year: "(Zaman 1998)", "(Abou Zahab 2002;
  Nasr 2000)", "(Smith and Jones, 2010: 14)", "(see Ali et al. 2019)" — taken out of the
  sentence before it is read (a bracket that opens with a month, "(January 2010)", is a date);
- a date used as the attribute of a source noun: "a 2016 report", "the 2019 United Nations
  assessment", "in a 2018 interview" — the date of the source, which the template keeps as
  written text rather than a date token.
"""

from __future__ import annotations

import re

from kg.ingest.dates import MONTHS

_YEAR = r"(?:1[89]\d\d|20\d\d)[a-z]?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_AUTHOR_WORD = r"(?:[A-Z][\w’'-]+|al-[A-Z][\w’'-]+|et\s+al\.?|and|&|de|van|von|bin|ibn)"
# one citation: an author block, then its year and perhaps a page ("Smith and Jones, 2010: 14")
_ONE = (
    rf"(?:(?:see|cf\.|e\.g\.,?|also)\s+)?{_AUTHOR_WORD}(?:\s+{_AUTHOR_WORD}){{0,5}},?\s+{_YEAR}"
    rf"(?:\s*[,:]\s*(?:p{{1,2}}\.\s*)?\d+(?:[–-]\d+)?)?"
)
# (a post and its year in brackets, "(Emir 2001)", is a tenure, never a source)
_CITATION = re.compile(
    r"\s*\((?!(?:Emir|Amir|Leader|Chief|Chairman|Chairwoman|President|Head|Commander|"
    r"Secretary|General|Acting|Interim|Deputy|Founder|Caliph|Wali)\b)"
    rf"(?P<inner>{_ONE}(?:\s*[;,]\s*{_ONE})*)\)"
)

_SOURCE_NOUN = (
    r"(?:report|reports|assessment|estimate|study|survey|interview|statement|article|book|"
    r"paper|analysis|briefing|testimony|communiqué|communique|video|audio|message|profile|"
    r"document|documents|census|ruling|indictment|designation|listing|hearing|investigation|"
    r"account|biography|obituary|letter|speech|sermon|press\s+release)"
)
# "a 2016 report", "the 2019 United Nations report", "its 2018 annual assessment"
_SOURCE_AFTER = re.compile(
    rf"\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}(?:(?:[a-z]+al|annual|yearly|monthly|internal|"
    rf"official|secret|leaked|confidential|published)\s+){{0,2}}{_SOURCE_NOUN}\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.I)


def without_citations(text: str) -> str:
    """The sentence with its in-text citations in brackets taken out (see module docstring)."""

    def drop(match: re.Match[str]) -> str:
        first = match["inner"].split()[0].rstrip(".,").lower()
        if first in MONTHS or re.fullmatch(_SEASON, first):
            return match.group(0)  # "(January 2010)", "(spring 2004)": a date, not a source
        return ""

    return _CITATION.sub(drop, text)


def dates_a_source(text: str, start: int, end: int) -> bool:
    """Whether the date written at text[start:end] is the attribute of a source noun ("a 2016
    report"): the source's date, never one of the events the sentence tells."""
    return bool(_ARTICLE_BEFORE.search(text, 0, start)) and bool(_SOURCE_AFTER.match(text, end))
