"""Perpetrator and modality on unseen text: a tenth attribution bank, in wordings of its own.

The fifteenth round scored `dev-16` (blind until then) and `dev-15` before any change, pooled
every perpetrator and modality miss and wrong fact of `dev-16`, `dev-15`, `dev-14` and `dev-13`,
and classed them by the structure that decides them: a claim made by the man the profile
states as the group's leader, named alone (`dev-16`, `dev-15`); the group's own word told by
another verb of the claim class ("announced it had taken", "posted a video of", "its leadership
admitted its cadres had"); the group's members convicted where the group is named by a common
noun or an appositive ("convicted members of the group", "two members of the force, A and B,
were convicted", `dev-16`, `dev-13`); an attribution only unnamed sources make ("some sources
attribute …"), a suspicion as the keys' convention has it; and others' tie of the suspects to
the group, which then "did not claim" it (others' word, the silence kept in the verbatim); the
band of the stated leader ("attributed the bombing to Zarqawi's network"); a deed that opens
its clause with its subject left out, done "with" a partner (`dev-13`); and the writer's
lower-case "the force" for a group named "… Force" (`dev-16`).
Each class holds entries written for this bank (other names, places, verbs and orders than the
corpus), each asserting the exact set of (organisation, modality) it yields, in the answer keys'
words; an empty set means nobody is stated. Each class has controls that look alike and must
read otherwise.

One profile of its own: the leadership is told in the history only ("Hamid Rakan founded the
Front … and has led it since"), as `dev-16`'s Jama'at al-Tawhid wal-Jihad tells Zarqawi's,
so the claim of the leader rests on the tenure the leaders reader states, not on a leadership
paragraph.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from tests.test_ingest_attribution_structure import credited
from tests.test_ingest_attribution_unseen_shapes import bank_cases, ingest_bank

PROFILE = (
    "Terrorism Profiles\n\nRiver Valley Front (RVF)\n\nAlternative Names:\n\n"
    "Jabhat al-Wadi\n\nAreas of Operation:\n\nMali and Niger.\n\nHistory:\n\n"
    "Hamid Rakan founded the River Valley Front in 2008 and has led it since. The Desert Hawks "
    "Battalion (DHB) and the Mountain Brigades (MB) operate in the same region. Tarek Bouzid, "
    "a journalist in Gao, has written about the Front since 2012.\n\n"
    "Funding Sources:\n\nKidnapping for ransom.\n\nMajor Attacks:\n\n"
)

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "Rakan claimed the bombing in a recording": the man the profile states as the group's
    # leader speaks for it, named alone (the keys' convention: a claim by the group's founder or
    # leader is the group's); his claim made for another is the other's
    "a claim by the group's stated leader, named alone": [
        ("A car bomb hit a barracks in Gao. Rakan claimed the bombing in an audio message "
         "released a year later.", {("rvf", "claimed")}),
        ("Gunmen killed four guards at a mine near Kidal; in a video, Hamid Rakan claimed "
         "responsibility.", {("rvf", "claimed")}),
        ("A convoy was ambushed near Ansongo. Rakan later admitted the ambush.",
         {("rvf", "claimed")}),
        # controls: a man the profile names in another role; another group's claim
        ("A bomb hit a market in Gao. Rakan claimed the bombing for the DHB, an ally.",
         {("dhb", "claimed")}),
        # his own unit named beside him claims through him, not the group (as `dev-2` keys it)
        ("Militants of Rakan’s Dune Battalion seized a gas field near Kidal; Rakan claimed the "
         "operation in a video.", {("dune battalion", "claimed")}),
        ("A bomb hit a hotel in Gao. The DHB claimed the bombing; Rakan condemned it.",
         {("dhb", "claimed")}),
    ],
    # "Took the provincial capital with ⟦Y⟧", "Taken with ⟦Y⟧ after a siege": a deed that opens
    # its clause with its subject left out is the profile's group's, and the partner's too
    "a subjectless deed done with partners": [
        ("Stormed a barracks near Gao with the DHB after a two-day siege.",
         {("rvf", "conducted"), ("dhb", "conducted")}),
        ("Target: the airport of Kidal | What happened: Captured together with the MB after "
         "a week of fighting", {("rvf", "conducted"), ("mb", "conducted")}),
        ("Overran an army post near Kidal alongside the DHB and MB units; the garrison fled.",
         {("rvf", "conducted"), ("dhb", "conducted"), ("mb", "conducted")}),
        # controls: a named subject's partner; the victims' ally
        ("DHB fighters stormed a barracks near Gao with the MB.",
         {("dhb", "conducted"), ("mb", "conducted")}),
        ("Killed two traders in Gao accused of working with the DHB.", {("rvf", "conducted")}),
    ],
    # "attributed the bombing to Zarqawi's network": the band of the man the profile states
    # as the group's leader is the group
    "the stated leader's band": [
        ("A truck bomb hit an embassy in Niamey. Officials attributed the bombing to Rakan's "
         "network.", {("rvf", "attributed")}),
        ("A convoy was ambushed near Gao; the army blamed Hamid Rakan’s men for the ambush.",
         {("rvf", "attributed")}),
        ("Rockets hit the airport of Gao, and investigators traced the rockets to Rakan’s "
         "group.", {("rvf", "attributed")}),
        # controls: the band of a man the profile names in another role; another group's men
        ("A convoy was ambushed near Gao; the army blamed Bouzid’s men for the ambush.",
         set()),
        ("A bomb hit a market in Gao; police blamed fighters of the DHB.",
         {("dhb", "attributed")}),
    ],
    # "the group announced it had taken the town", "posted a video of the beheading", "its
    # leadership admitted its fighters had set it off": the group's own word of its deed
    "the group's own word by another verb of the claim class": [
        ("The Front announced it had taken the town of Ansongo after a week of fighting.",
         {("rvf", "claimed")}),
        ("The DHB declared that it had shot down an army helicopter near Kidal.",
         {("dhb", "claimed")}),
        ("Two engineers were beheaded near Gao; the group posted a video of the killing.",
         {("rvf", "claimed")}),
        ("A guard was executed near Kidal, and the MB released footage of the execution.",
         {("mb", "claimed")}),
        ("A mine hit a bus near Gao. The Front's leadership admitted its fighters had laid it "
         "and apologised.", {("rvf", "claimed")}),
        ("Raids on three police posts near Gao, announced in leaflets the Front issued the "
         "same day.", {("rvf", "claimed")}),
        # controls: another's announcement or video of the deed
        ("DHB fighters attacked a convoy near Gao; the army announced it had taken two "
         "prisoners.", {("dhb", "conducted")}),
        ("MB gunmen raided a bank in Kidal, and the police released a video of the raid.",
         {("mb", "conducted")}),
    ],
    # "convicted members of the group", "two members of the Front, A and B, were convicted":
    # the group's men convicted, the group named by a common noun or before an appositive of
    # the men's names: a court's word, attributed
    "the group's members convicted, named by a common noun": [
        ("A judge was shot dead in Gao. A court in Bamako convicted members of the group of the "
         "killing.", {("rvf", "attributed")}),
        ("A colonel was killed in Kidal. Two members of the Front, Ali Sow and Omar Ba, were "
         "convicted of the murder in 2015.", {("rvf", "attributed")}),
        ("A bank in Gao was robbed; three members of the MB were later sentenced for the "
         "robbery.", {("mb", "attributed")}),
        # the member named after the noun: "⟦X⟧ member A B was convicted"
        ("A hotel in Gao was bombed; MB member Ali Sow was convicted of the bombing in 2016.",
         {("mb", "attributed")}),
        ("A bus was burned near Kidal. DHB fighter Omar Ba was later jailed for the attack.",
         {("dhb", "attributed")}),
        # controls: a man convicted alone credits no group; the group's men acted
        ("A judge was shot dead in Gao; a court convicted Ali Sow of the killing.", set()),
        ("Members of the DHB stormed a prison in Gao and freed forty inmates.",
         {("dhb", "conducted")}),
    ],
    # "some sources attribute the attacks to ⟦X⟧": others' word that no named voice gives is
    # a suspicion, as "some sources link the robbers to ⟦X⟧" is
    "an attribution only unnamed sources make": [
        ("Gunmen attacked four posts near Gao. Some sources attribute the attacks to the DHB; "
         "others believe a local gang organised them.", {("dhb", "suspected")}),
        ("A bomb hit a market in Kidal; several analysts blamed the MB for the bombing.",
         {("mb", "suspected")}),
        ("A bus was burned near Gao. Some reports ascribe the burning to MB fighters.",
         {("mb", "suspected")}),
        # controls: a named voice's attribution is others' word
        ("Gunmen attacked a post near Gao. The police attribute the attack to the DHB.",
         {("dhb", "attributed")}),
        ("A bomb hit a bus in Kidal; officials blamed the MB, and some sources agreed.",
         {("mb", "attributed")}),
    ],
    # "police said the suspects had links to ⟦X⟧, which did not claim the attacks": others tie
    # the doers to the group, and its silence leaves it the one accused
    "others' tie of the suspects to a group that did not claim": [
        ("Bombs hit three hotels in Gao. Police later said that suspects had links to the DHB, "
         "which did not claim the attacks.", {("dhb", "attributed")}),
        ("A bus was burned near Kidal; investigators said the gunmen had ties to the MB, which "
         "never claimed the attack.", {("mb", "attributed")}),
        ("A bridge was blown up near Gao. Officials said the bombers were linked to the "
         "DHB, which did not claim it.", {("dhb", "attributed")}),
        # controls: the group's silence is all the entry says; a tie unnamed sources make
        ("A bomb hit a market in Gao; the MB did not claim the attack.", {("mb", "denied")}),
        ("A bomb hit a bus in Gao; some sources said the bombers had links to the DHB.",
         {("dhb", "suspected")}),
    ],
}


# a second profile, whose name ends in "Force" and whose writer calls it "the force" in lower
# case ("The force was founded …"): the singular head stands for the group there, as "the
# faction" and "the brigade" do where the writer so uses them
FORCE_PROFILE = (
    "Terrorism Profiles\n\nSahel Volunteer Force (SVF)\n\nAlternative Names:\n\n"
    "Force des Volontaires du Sahel\n\nAreas of Operation:\n\nMali.\n\nHistory:\n\n"
    "The force was founded in 2004 by former soldiers. The Desert Hawks Battalion (DHB) "
    "fought beside it until 2010.\n\nFunding Sources:\n\nExtortion.\n\nMajor Attacks:\n\n"
)
FORCE_BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "the writer's lower-case 'the force' for a group named '… Force'": [
        ("A colonel was shot dead in Gao. Two members of the force, Ali Sow and Omar Ba, were "
         "convicted of the murder.", {("svf", "attributed")}),
        ("Killings of officials near Kidal, 2005 to 2008. The police attributed most of the "
         "deaths to the force.", {("svf", "attributed")}),
        ("An army post near Gao was overrun; the force claimed the raid.", {("svf", "claimed")}),
        # controls: a state's force named by its own words; another group blamed
        ("Gunmen shot a guard near Gao; the police force blamed the DHB.", {("dhb", "attributed")}),
        ("DHB fighters attacked a convoy near Gao; an army task force pursued them.",
         {("dhb", "conducted")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def rvf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("voices-and-verdicts"), PROFILE, BANK,
                       lambda k, i: _date(12 * k + i))


@pytest.fixture(scope="module")
def svf(tmp_path_factory) -> Dataset:
    return ingest_bank(tmp_path_factory.mktemp("voices-and-verdicts-force"), FORCE_PROFILE,
                       FORCE_BANK, lambda k, i: _date(12 * k + i))


CASES = bank_cases(BANK)
FORCE_CASES = bank_cases(FORCE_BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(rvf, k, index, entry, expected):
    assert credited(rvf, _date(12 * k + index), campaigns_and_states=True) == expected


@pytest.mark.parametrize(("k", "index", "entry", "expected"), FORCE_CASES)
def test_the_force_is_the_group_where_its_writer_calls_it_so(svf, k, index, entry, expected):
    assert credited(svf, _date(12 * k + index), campaigns_and_states=True) == expected


def test_every_class_has_three_wordings_and_two_controls_at_least():
    """Each class lists its wordings first and its controls last (the last two at least,
    marked by a comment in the bank)."""
    for entries in [*BANK.values(), *FORCE_BANK.values()]:
        assert len(entries) >= 5
