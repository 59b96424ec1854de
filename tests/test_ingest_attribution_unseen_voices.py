"""Perpetrator and modality on unseen text: an eighth attribution bank, in wordings of its own.

The thirteenth round scored `dev-14` (blind until then) and `dev-13` before any change and
classed every perpetrator and modality miss and wrong fact by the structure of the entry: a
court's verdict on the group's men told with a verb the readers did not know ("condemned") or
with one man ("convicted ⟦X⟧ member A"), the group's word about what its men did ("⟦X⟧ said its
fighters had set fire to …"), the attackers only described as linked to the group, the group's
units hedged among a coalition's men ("reportedly including ⟦X⟧ units"), a spokesman named
without an article ("A, spokesman of ⟦X⟧, claimed") and the doers' own account ("by their own
account"). Each class holds entries written for this bank (other names, places, verbs and
orders than the corpus), each asserting the exact set of (organisation, modality) it yields,
in the answer keys' words; an empty set means nobody is stated.

One profile: the structure bank's Coastal Liberation Front (`clf`; its history names the
Desert Hawks Battalion, `dhb`, and the Mountain Brigades, `mb`), as the seventh bank has it.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from tests.test_ingest_attribution_structure import credited
from tests.test_ingest_attribution_unseen_doers import PROFILE
from tests.test_ingest_attribution_unseen_shapes import bank_cases, ingest_bank

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # a court's verdict on the group's men, whatever the verb, or on one man the sentence names
    # as its member: the group attributed (the keys' convention)
    "a verdict on the group's men": [
        ("A bomb killed a judge outside the court of Gao. The courts later condemned militants of "
         "the DHB for the murder.", {("dhb", "attributed")}),
        ("Gunmen shot a mayor in Kidal. Condemned the tribunal of Gao two members of the MB for "
         "the crime.", {("mb", "attributed")}),
        ("A car bomb exploded at the port of Gao; a court in Bamako convicted DHB member Ali "
         "Maiga of planting it.", {("dhb", "attributed")}),
        ("Fighters raided a bank in Kidal. A judge sentenced MB militant Omar Sy to life for "
         "the raid.", {("mb", "attributed")}),
        ("A bomb killed a judge in Gao; a court in Bamako condemned DHB member Ali Sow for the "
         "murder.", {("dhb", "attributed")}),
        # controls: "condemned" as an adjective of prisoners freed is no verdict
        ("Gunmen ambushed a prison van near Gao and freed three condemned DHB members, Ali Sow "
         "among them.", {("clf", "conducted")}),
        ("Fighters stormed a jail in Kidal and freed two condemned members of the MB.",
         {("clf", "conducted")}),
        # controls: a person named alone credits no group, nor does an arrest of nobody's men
        ("A bomb exploded at a café in Gao; a court in Bamako convicted Ali Maiga of planting "
         "it.", set()),
        ("A bomb exploded at a café in Gao; a court in Bamako convicted two local youths of "
         "planting it.", set()),
    ],
    # "⟦X⟧ said its fighters had set fire to the jetty": the group's own word on its men's
    # deed is its claim, the deed a verb of burning too
    "the group's word on its men's deed": [
        ("An oil depot burned near Gao; the DHB said its fighters had set fire to it.",
         {("dhb", "claimed")}),
        ("The MB stated that its men had set the customs post ablaze near Kidal.",
         {("mb", "claimed")}),
        ("A warehouse in Gao burned down. The DHB said its units had set fire to the building "
         "at dawn.", {("dhb", "claimed")}),
        # control: others say so, it is others' word
        ("A warehouse in Gao burned down. Police said DHB fighters had set fire to the "
         "building.", {("dhb", "attributed")}),
    ],
    # "gunmen linked to ⟦X⟧": the attackers only described by their ties to the group; the
    # writer attributes, the group's conduct is not told
    "the attackers described as linked to the group": [
        ("Gunmen linked to the DHB shot two customs officers near Gao.",
         {("dhb", "attributed")}),
        ("A bomb was thrown into a bar in Kidal by men tied to the MB.",
         {("mb", "attributed")}),
        ("Attribution: militants linked to the DHB | Deaths: 2", {("dhb", "attributed")}),
        # control: the group's own fighters act; an ally linked to it is no attacker
        ("DHB fighters ambushed a convoy near Gao.", {("dhb", "conducted")}),
    ],
    # "⟦A⟧ fighters, reportedly including ⟦B⟧ units, took the town": the coalition conducted,
    # the units named under a hedge suspected
    "a group hedged among a coalition's men": [
        ("MB fighters, reportedly including DHB units, drove the army out of Kidal.",
         {("mb", "conducted"), ("dhb", "suspected")}),
        ("The DHB stormed the airport of Gao, allegedly including fighters of the MB.",
         {("dhb", "conducted"), ("mb", "suspected")}),
        ("Fighters of the MB, apparently including CLF units, overran an army base near Gao.",
         {("mb", "conducted"), ("clf", "suspected")}),
        # control: unhedged, the units are among the doers
        ("MB fighters, including DHB units, drove the army out of Kidal.",
         {("mb", "conducted")}),
    ],
    # "A, spokesman of ⟦X⟧, claimed": the man's role named without an article
    "a spokesman named without an article": [
        ("A bomb exploded in Gao. Ali Sow, spokesman of the DHB, claimed the attack.",
         {("dhb", "claimed")}),
        ("Gunmen raided a bank in Kidal; Omar Traoré, commander of the MB, claimed the raid.",
         {("mb", "claimed")}),
        ("A mine hit a bus near Gao. Moussa Keita, spokesperson for the Mountain Brigades, "
         "later claimed responsibility.", {("mb", "claimed")}),
        # control: the man named killed, claiming nothing: his organisation is not credited as
        # claimant
        ("A bomb exploded in Gao. Ali Sow, spokesman of the DHB, was killed in the blast.",
         {("clf", "conducted")}),
    ],
    # "⟦X⟧ fighters, by their own account, took the town": the doers' own word, a claim
    "the doers' own account": [
        ("DHB fighters, by their own account, took the town of Ansongo.",
         {("dhb", "claimed")}),
        ("By its own account, the MB shelled the airport of Gao for two days.",
         {("mb", "claimed")}),
        ("The DHB, by its own admission, kidnapped two engineers near Kidal.",
         {("dhb", "claimed")}),
        # control: another's account is others' word
        ("DHB fighters, by the army's account, took the town of Ansongo.",
         {("dhb", "conducted")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2021, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def clf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("unseen-voices"), PROFILE, BANK,
                       lambda k, i: _date(12 * k + i))


CASES = bank_cases(BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(clf, k, index, entry, expected):
    assert credited(clf, _date(12 * k + index), campaigns_and_states=True) == expected


def test_every_class_has_three_wordings_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
