"""Perpetrator and modality on unseen text: a fifth attribution bank, in wordings of its own.

The tenth round scored `dev-10` (the blind `heldout-8` of the ninth round) before any change
and classified every perpetrator and modality miss and wrong fact by the structure of the
entry: who is named, who says it, the verb, the hedge, where it sits. Each class below holds
entries written for this bank (other names, places, verbs and clause orders than the corpus),
each asserting the exact set of (organisation, modality) it yields; an empty set means nobody
is stated, which is what precision asks where the entry names a doer the model cannot hold or
names the group only as a target's ally.

Two profiles: the structure bank's Coastal Liberation Front (`HEAD`: `clf`, `dhb`, `mb`), and
the Sahel Emirate (`EMIRATE`), whose name ends in a word no list of head nouns holds, whose
alternative names carry a qualifier in parentheses, and whose history opens sentences with
prepositions before other groups' names.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from kg.load import load
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import HEAD, credited

# class of structure → [(entry, expected (organisation, modality) set)], in the CLF's profile
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "⟦X⟧’s Chechen vilayat claimed": a word before the owner's unnamed unit (a people, a
    # region) names no organisation; the owner claimed
    "the owner's unnamed unit claims": [
        ("A bomb hit the governor’s house in Gao; the DHB’s Songhai wing claimed it.",
         {("dhb", "claimed")}),
        ("Gunmen raided a bank in Gao, and the MB’s Tuareg unit claimed responsibility.",
         {("mb", "claimed")}),
        ("A convoy was ambushed near Gao. The DHB’s Fulani battalion claimed the ambush two "
         "days later.", {("dhb", "claimed")}),
    ],
    # "In El Aro, a village of Ituango, Antioquia, ⟦X⟧ units killed": names joined by commas
    # with no "and" are a circumstance (places) running into the subject, not a list of actors
    "a comma run before the subject": [
        ("In Tinzaouaten, a hamlet of the commune of Ansongo, Ménaka, DHB fighters killed ten "
         "herders.", {("dhb", "conducted")}),
        ("Near Tin-Hama, Bourem, MB gunmen ambushed a supply convoy.", {("mb", "conducted")}),
        ("At Ber, Goundam, Tonka, DHB units burned the market and the mayor’s house.",
         {("dhb", "conducted")}),
        # a list with "and" stays a list
        ("DHB and MB fighters stormed a barracks in Gao.",
         {("dhb", "conducted"), ("mb", "conducted")}),
    ],
    # "killed civilians accused of working with ⟦FARC⟧": the organisation after "with" is the
    # victims' alleged ally, never a partner in the deed
    "the victims' alleged ally": [
        ("DHB gunmen shot traders suspected of dealing with the MB in Gao.",
         {("dhb", "conducted")}),
        ("MB fighters executed men accused of siding with the DHB near Gao.",
         {("mb", "conducted")}),
        ("DHB militants burned the homes of people with ties with the MB in Gao.",
         {("dhb", "conducted")}),
        # the words after "with" name the group's partner where no accusation comes between
        ("DHB fighters stormed a barracks in Gao together with the MB.",
         {("dhb", "conducted"), ("mb", "conducted")}),
    ],
    # "⟦X⟧ fighters flown in from Urabá took control of the town": a reduced relative clause
    # between the men and their deed
    "a participle phrase between the men and the deed": [
        ("DHB fighters brought in from Niger stormed the prison of Gao.",
         {("dhb", "conducted")}),
        ("MB gunmen dressed in army uniforms killed five guards in Gao.",
         {("mb", "conducted")}),
        ("DHB militants hiding in the market opened fire on a patrol in Gao.",
         {("dhb", "conducted")}),
    ],
    # a court, prosecutors or the police name a person as the doer: a person is no perpetrator
    # in the model, and the group is not named, so nobody is stated (never the implied group)
    "a person named as the doer": [
        ("A judge was shot dead in Gao. In 2012 a court convicted Ibrahim Maiga in absentia of "
         "ordering the killing.", set()),
        ("Gunmen hijacked a bus near Gao; police identified the gunman as Fatoumata Traore.",
         set()),
        ("A mayor was killed in Gao. Moussa Diarra, a local trader, was later convicted of "
         "planning the murder.", set()),
        ("A bomb wrecked a bar in Gao; prosecutors charged Aliou Keita with organising the "
         "bombing.", set()),
        # the group's men named by their group stay the group's
        ("Police charged three DHB members with the bombing of a bar in Gao.",
         {("dhb", "attributed")}),
    ],
    # "Security forces ambushed on the border": a headline's passive, its "were" left out; the
    # force suffered, so the page's group stays the implied doer
    "a headline passive: the force suffered": [
        ("Security forces ambushed near Gao; six killed.", {("clf", "conducted")}),
        ("Soldiers killed in a bomb blast at a checkpoint outside Gao.", {("clf", "conducted")}),
        ("Police attacked at their post in Gao by unidentified gunmen.", {("clf", "conducted")}),
        # a force that acts is still a state's act: nothing stated
        ("Malian troops attacked a CLF camp near Gao.", set()),
    ],
    # "The brigades' first actions are believed to have been shootings": the hedge binds to
    # the group's deeds
    "the group's deeds, hedged": [
        ("The Front’s first attacks are thought to have been bombings of police posts around "
         "Gao.", {("clf", "suspected")}),
        ("Its earliest operations were believed to include raids on convoys near Gao.",
         {("clf", "suspected")}),
        ("The DHB’s last attacks are said to have been ambushes near Gao.",
         {("dhb", "suspected")}),
    ],
    # "a bar in Gao and the DHB claimed it": the place that closes the deed's clause runs into
    # the claimants' list; a place is never minted an organisation (it was, beside a known one)
    "a place before the conjunction of a list": [
        ("A bomb hit a bar in Gao and the DHB claimed it.", {("dhb", "claimed")}),
        ("Gunmen raided a bank in Kidal, and the MB claimed responsibility.",
         {("mb", "claimed")}),
        ("Gunmen from Timbuktu and the DHB stormed a barracks near Gao.",
         {("dhb", "conducted")}),
        # a name the gazetteer only spells near ("Hamas", the German town Hamm) is no place
        ("Hamas and the DHB claimed a bomb in Gao jointly.",
         {("hamas", "claimed"), ("dhb", "claimed")}),
    ],
    # "the People's Committee against Police Atrocities (PCPA)": the name runs past a
    # lower-case word; the acronym spells where it starts
    "a name whose acronym spells past a lower-case word": [
        ("Police blamed the Committee against Foreign Bases (CAFB) for a bomb in Gao.",
         {("cafb", "attributed")}),
        ("The League to Defend Azawad (LDA) claimed the ambush of a convoy near Gao.",
         {("lda", "claimed")}),
        ("A bomb hit a barracks in Gao; the Front against Occupation (FAO) claimed it.",
         {("fao", "claimed")}),
        ("Police suspected the Committee against Torture in Azawad (CATA) of the bombing.",
         {("cata", "suspected")}),
    ],
}

EMIRATE = (
    "Terrorism Profiles\n\nSahel Emirate\n\nAlternative Names:\n\n"
    "SP (Jihadist), Imarat as-Sahil, Sahel Ansarudin\n\nNorth Africa: Mali and Niger.\n\n"
    "Omar Sidi has led the Emirate since 2012.\n\nFunding Sources:\n\nSmuggling.\n\n"
    "The Sahel Emirate emerged in 2011 from the Sahel Party (SP), a lawful party founded in "
    "1990 that it left. Unlike Ansarudin and the Desert Hawks Battalion (DHB), the Emirate "
    "fights only in Mali. Like Tadamon, it recruits among herders. Despite Nasrallah Brigades "
    "rivalry, it holds the river.\n\nMajor Attacks:\n\n"
)
# class of structure → entries, in the Sahel Emirate's profile
EMIRATE_BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "the Emirate claimed responsibility": the last word of the group's own name, whatever
    # the word, capitalised after "the", is the group (it was minted as "Emirate")
    "the group by the last word of its name": [
        ("A bomb hit a bus in Gao; the Emirate claimed responsibility.",
         {("sahel emirate", "claimed")}),
        ("Gunmen of the Emirate stormed a police post near Gao.",
         {("sahel emirate", "conducted")}),
        ("Officials blamed the Emirate for a bomb at the market of Gao.",
         {("sahel emirate", "attributed")}),
        # an alternative name may end in another organisation's name ("Sahel Ansarudin"):
        # only the preferred name's last word stands for the group
        ("A bomb hit a bus in Gao; the Ansarudin claimed it.", {("ansarudin", "claimed")}),
    ],
    # "Blamed by police on … the CPI (Maoist)": a name of the group's own with a qualifier in
    # parentheses is the group whole, never the organisation its first part names
    "the group's own name with a qualifier": [
        ("A bomb hit a barracks in Gao. Police blamed the SP (Jihadist).",
         {("sahel emirate", "attributed")}),
        ("The SP (Jihadist) claimed the ambush of a convoy near Gao.",
         {("sahel emirate", "claimed")}),
        ("A mayor was shot in Gao; the SP (Jihadist) denied involvement.",
         {("sahel emirate", "denied")}),
    ],
    # "Unlike Hamas and the PIJ, the brigades …" in the history made "Unlike" a given name
    # and "Hamas" a surname, so "Hamas and the brigades claimed the attack" lost Hamas: a
    # preposition opening a sentence is no given name
    "a co-claimant the history names after a preposition": [
        ("A bomb hit a bus in Gao. Ansarudin and the Emirate claimed the attack jointly.",
         {("ansarudin", "claimed"), ("sahel emirate", "claimed")}),
        ("Tadamon and the Emirate claimed the kidnapping of two engineers near Gao.",
         {("tadamon", "claimed"), ("sahel emirate", "claimed")}),
        ("The Emirate and Ansarudin both claimed a raid on a barracks near Gao.",
         {("ansarudin", "claimed"), ("sahel emirate", "claimed")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2017, 1, 1) + datetime.timedelta(days=3 * index)


def _entries(bank: dict[str, list[tuple[str, set[tuple[str, str]]]]]) -> str:
    lines = []
    for k, entries in enumerate(bank.values()):
        for i, (entry, _) in enumerate(entries):
            day = _date(10 * k + i)
            lines.append(f"{day:%B} {day.day}, {day.year}: {entry} (1 killed)\n")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def gazetteer() -> Dataset:
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def clf(tmp_path_factory, gazetteer) -> Dataset:
    """One ingest for the CLF bank; every entry is a section of its own, dated apart."""
    path = tmp_path_factory.mktemp("unseen") / "clf.txt"
    return ingest_profile(path, text=HEAD + _entries(BANK), existing=gazetteer).dataset


@pytest.fixture(scope="module")
def emirate(tmp_path_factory, gazetteer) -> Dataset:
    path = tmp_path_factory.mktemp("unseen") / "sahel-emirate.txt"
    return ingest_profile(path, text=EMIRATE + _entries(EMIRATE_BANK),
                          existing=gazetteer).dataset


def _cases(bank: dict[str, list[tuple[str, set[tuple[str, str]]]]]) -> list:
    return [pytest.param(k, i, entry, expected, id=f"{kind}: {entry[:60]}")
            for k, (kind, entries) in enumerate(bank.items())
            for i, (entry, expected) in enumerate(entries)]


@pytest.mark.parametrize(("k", "index", "entry", "expected"), _cases(BANK))
def test_the_entry_credits_exactly_whom_its_structure_says(clf, k, index, entry, expected):
    assert credited(clf, _date(10 * k + index)) == expected


@pytest.mark.parametrize(("k", "index", "entry", "expected"), _cases(EMIRATE_BANK))
def test_in_the_emirates_profile_the_entry_credits_whom_its_structure_says(
    emirate, k, index, entry, expected
):
    assert credited(emirate, _date(10 * k + index)) == expected


def test_the_lawful_party_the_qualified_name_starts_with_is_credited_nowhere(emirate):
    """The Sahel Party (SP), whose acronym opens the group's qualified name "SP (Jihadist)",
    is another organisation: no entry credits it."""
    found = {name for k in range(len(EMIRATE_BANK)) for i in range(10)
             for name, _ in _credited_or_empty(emirate, _date(10 * k + i))}
    assert "sp" not in found and "sahel party" not in found


def _credited_or_empty(graph: Dataset, day: datetime.date) -> set[tuple[str, str]]:
    try:
        return credited(graph, day)
    except AssertionError:  # no entry on that day
        return set()


def test_every_class_has_three_entries_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
    assert all(len(entries) >= 3 for entries in EMIRATE_BANK.values())
