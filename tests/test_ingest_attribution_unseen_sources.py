"""Perpetrator and modality on unseen text: a ninth attribution bank, in wordings of its own.

The fourteenth round scored `dev-15` (blind until then) before any change and classed every
perpetrator and modality miss and wrong fact by the structure that decides it: others' word
told in the present tense ("the police attribute the attack to ⟦X⟧", a police overview or an
academic summary), an adverb between the verb of blame or suspicion and whom it names ("blamed
chiefly ⟦X⟧", "⟦X⟧ is again suspected"), the group's members held responsible, a table's
responsibility column that names who says so in a parenthesis ("⟦X⟧ (Government); ⟦Y⟧
(claim)"), a man's claim made for a group ("A later claimed the operation for ⟦X⟧"), mutual
blame ("each side blamed the other") and a denial with an adverb ("never formally claimed").
Each class holds entries written for this bank (other names, places, verbs and orders than the
corpus), each asserting the exact set of (organisation, modality) it yields, in the answer
keys' words; an empty set means nobody is stated. Each class has controls that look alike and
must read otherwise.

One profile: the structure bank's Coastal Liberation Front (`clf`; its history names the
Desert Hawks Battalion, `dhb`, and the Mountain Brigades, `mb`), as the seventh bank has it.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from tests.test_ingest_attribution_structure import credited
from tests.test_ingest_attribution_unseen_doers import PROFILE as DOERS_PROFILE
from tests.test_ingest_attribution_unseen_shapes import bank_cases, ingest_bank

# the seventh bank's profile, with a name whose head is "Faction" that the writer uses in lower
# case for the group ("The faction recruits …"), as a translated police overview does
PROFILE = DOERS_PROFILE.replace(
    "Front de Libération de la Côte",
    "Front de Libération de la Côte, Sea Wind Faction",
).replace("The Front emerged in 2009.", "The Front emerged in 2009. The faction recruits along "
          "the coast.")
assert PROFILE.count("Sea Wind Faction") == 1 and "The faction recruits" in PROFILE

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "the police attribute the attack to ⟦X⟧": others' word in the present tense, as a
    # police overview or a summary tells it, is their word as in the past
    "others' word in the present tense": [
        ("A bomb hit a market in Gao. The police attribute the attack to the DHB.",
         {("dhb", "attributed")}),
        ("Gunmen shot two guards in Kidal; investigators blame the MB for the shooting.",
         {("mb", "attributed")}),
        ("A mine destroyed a bus near Gao. Officials hold the DHB responsible.",
         {("dhb", "attributed")}),
        ("The army attributes the burning of a school in Ansongo to MB militants.",
         {("mb", "attributed")}),
        ("Rockets struck the airport of Gao, which the government blames on the DHB.",
         {("dhb", "attributed")}),
        # the writer's own lower-case name for the group after "to"
        ("A bomb hit the port of Gao. The police attribute the attack to the faction.",
         {("clf", "attributed")}),
        ("Rockets hit the airport of Kidal, and officials traced the rockets to the faction.",
         {("clf", "attributed")}),
        # controls: what the present tense names is no organisation, or the group is the one
        # who blames
        ("Gunmen of the DHB shot a guard in Kidal; police attribute the killing to a feud.",
         {("dhb", "conducted")}),
        ("MB fighters ambushed a patrol near Gao; the MB blames the army for the war.",
         {("mb", "conducted")}),
    ],
    # "blamed chiefly ⟦X⟧", "⟦X⟧ is again suspected": an adverb between the verb and whom it
    # names changes nothing of whom it names
    "an adverb between the verb and whom it names": [
        ("Gunmen shot a mayor in Gao. Witnesses blamed chiefly the MB.",
         {("mb", "attributed")}),
        ("Villages burned near Kidal; rights groups blamed mainly the DHB for the killings.",
         {("dhb", "attributed")}),
        ("Gunmen robbed a bank in Gao, and the DHB is again suspected.",
         {("dhb", "suspected")}),
        ("A bomb wrecked a bridge near Ansongo. The MB is still suspected by the police.",
         {("mb", "suspected")}),
        # controls: the adverb's object is no organisation; the group's men acted
        ("DHB fighters attacked a convoy near Gao; they blamed chiefly the army for the war.",
         {("dhb", "conducted")}),
        ("MB gunmen shot a judge in Gao; the judge had blamed mainly the drought for the unrest.",
         {("mb", "conducted")}),
    ],
    # "the police hold members of ⟦X⟧ responsible": the group's men held responsible, the
    # group attributed; the group holding another responsible did nothing
    "the group's members held responsible": [
        ("A bomb hit a market in Gao. Police hold members of the DHB responsible.",
         {("dhb", "attributed")}),
        ("The prosecutor held two militants of the MB responsible for the bombing of a bus in "
         "Gao.", {("mb", "attributed")}),
        ("Gunmen burned a depot in Kidal; officials held fighters from the DHB responsible.",
         {("dhb", "attributed")}),
        # controls: the group holds another responsible; it is no doer of the deed
        ("MB gunmen shot a judge in Gao; the DHB held the army responsible.",
         {("mb", "conducted")}),
        ("DHB fighters shot a teacher in Kidal; the MB holds the government responsible for "
         "her safety.", {("dhb", "conducted")}),
    ],
    # a table's responsibility column naming who says so in a parenthesis: "⟦X⟧ (police)" is
    # others' word, "⟦Y⟧ (claim, 4 May)" the group's claim
    "a responsibility column naming its source": [
        ("Target: a police post in Gao | Responsibility: DHB (police); MB (claim, 4 May)",
         {("dhb", "attributed"), ("mb", "claimed")}),
        ("Target: a market in Kidal | Responsibility: MB (army)", {("mb", "attributed")}),
        ("Target: a bus depot in Gao | Responsibility: DHB members (police)",
         {("dhb", "attributed")}),
        ("Target: a hotel in Gao | Responsibility: MB (claimed); DHB (government)",
         {("mb", "claimed"), ("dhb", "attributed")}),
        ("Target: a bridge near Ansongo | Responsible: the DHB (according to the police)",
         {("dhb", "attributed")}),
        # controls: unqualified, the column names the doer; a parenthesis in another column
        # qualifies nothing of it
        ("Target: a bank in Gao | Responsibility: DHB", {("dhb", "conducted")}),
        ("Target: a convoy near Gao (army) | Responsibility: MB", {("mb", "conducted")}),
    ],
    # "A later claimed the operation for ⟦X⟧": a man's claim made for a group is the group's
    # claim; the man is no claimant
    "a man's claim made for a group": [
        ("Gunmen seized a hotel in Gao. Ali Sow later claimed the operation for the DHB.",
         {("dhb", "claimed")}),
        ("A bomb killed four soldiers near Kidal; Omar Traoré claimed the bombing on behalf of "
         "the MB.", {("mb", "claimed")}),
        ("Rockets hit the airport of Gao. In a video, Moussa Keita claimed responsibility in the "
         "name of the DHB.", {("dhb", "claimed")}),
        # the group's own name by its leading words: the group
        ("A bomb hit a barracks in Gao. Omar Traoré later claimed the bombing for Coastal "
         "Liberation.", {("clf", "claimed")}),
        ("Gunmen shot two customs officers near Kidal; Ali Sow claimed the killings on behalf "
         "of Front de Libération, in a video.", {("clf", "claimed")}),
        # controls: the leading words of another organisation's name are not the group's;
        # what follows "for" is no organisation, or the man claims for nobody
        ("MB fighters stormed a prison in Gao; Ali Sow claimed the raid for Desert Hawks.",
         {("mb", "conducted")}),
        ("MB fighters stormed a prison in Gao; Ali Sow claimed the raid for revenge.",
         {("mb", "conducted")}),
        ("DHB gunmen shot a mayor in Gao; Omar Traoré claimed asylum for his family in Niger.",
         {("dhb", "conducted")}),
    ],
    # "each side blamed the other": mutual blame names both sides the clause before names,
    # each attributed, neither conducted
    "mutual blame": [
        ("Fighting broke out in Gao between the DHB and the MB; each side blamed the other for "
         "the first shots.", {("dhb", "attributed"), ("mb", "attributed")}),
        ("The DHB and the MB clashed near Kidal, and both blamed each other for the deaths.",
         {("dhb", "attributed"), ("mb", "attributed")}),
        ("Clashes between the MB and the DHB left ten dead in Gao; the two groups accused each "
         "other of starting them.", {("dhb", "attributed"), ("mb", "attributed")}),
        # controls: one side blames the other; one group blamed by two voices
        ("Fighting broke out in Gao between the DHB and the army; the army blamed the DHB.",
         {("dhb", "attributed")}),
        ("DHB fighters and MB fighters stormed an army post near Gao; each group praised the "
         "other.", {("dhb", "conducted"), ("mb", "conducted")}),
    ],
    # "⟦X⟧ never formally claimed it, but it has been widely attributed to them": the denial
    # read with its adverb; others' attribution pointing back to the group by a pronoun
    "a claim never made, with others' word": [
        ("Gunmen shot a mayor in Gao. The DHB never formally claimed the killing, but it has "
         "been widely attributed to them.", {("dhb", "attributed")}),
        ("A bomb hit a barracks near Kidal. The MB never officially claimed the bombing, though "
         "it is generally attributed to it.", {("mb", "attributed")}),
        ("Two engineers were kidnapped near Gao. The MB never publicly claimed the kidnapping.",
         {("mb", "denied")}),
        # control: others attribute it to another organisation
        ("Gunmen shot a mayor in Gao. The DHB never formally claimed the killing, but police "
         "attributed it to the MB.", {("dhb", "denied"), ("mb", "attributed")}),
    ],
    # "some sources link the robbers to ⟦X⟧ members": a tie made only by unnamed or partial
    # sources is a suspicion; the police's tie, in either tense, is their attribution
    "a tie to the group, and who makes it": [
        ("Gunmen robbed a bank in Gao. Some sources link the robbers to DHB members who had "
         "trained in Niger.", {("dhb", "suspected")}),
        ("A bomb hit a bus in Kidal; several reports tied the bombers to the MB.",
         {("mb", "suspected")}),
        ("A judge was shot in Gao. Unnamed officials have connected the gunman to members of "
         "the DHB.", {("dhb", "suspected")}),
        ("Gunmen robbed a bank in Gao. Police link the robbers to DHB members.",
         {("dhb", "attributed")}),
        # control: the group's own men act; a tie to a description names no group
        ("MB fighters robbed a bank in Gao; some sources link the robbers to a smuggling ring.",
         {("mb", "conducted")}),
    ],
    # "the bomber, A, is said to have attended ⟦X⟧ study sessions; ⟦X⟧ denied any
    # involvement": a hedged tie of the one doer to the group, which its denial does not undo
    "the doer's hedged tie to the group": [
        ("A bomber struck a mosque in Gao. The bomber, Ali Sow, is said to have attended DHB "
         "study sessions; the DHB denied any involvement.", {("dhb", "suspected")}),
        ("A gunman shot three guards in Kidal. The gunman is believed to have trained with the "
         "MB.", {("mb", "suspected")}),
        ("A suicide bomber struck a church in Gao; the attacker was thought to have "
         "belonged to the DHB.", {("dhb", "suspected")}),
        # controls: the doer's tie told without a hedge by others, and a doer tied to nobody
        ("A bomber struck a mosque in Gao; police said the bomber belonged to the MB.",
         {("mb", "attributed")}),
        ("DHB fighters attacked a convoy near Gao; the gunman is said to have trained abroad.",
         {("dhb", "conducted")}),
    ],
    # "abducted a doctor and told him that they acted for the “⟦X⟧”": the doers' own word
    # that they acted for the group is its claim; others saying so is others' word
    "the doers' word that they acted for a group": [
        ("Two men abducted a doctor in Gao and told him that they acted for the “Desert Hawks "
         "Battalion”.", {("dhb", "claimed")}),
        ("Three gunmen, who told the hostages that they were acting on behalf of the MB, seized "
         "a bus near Kidal.", {("mb", "claimed")}),
        ("Masked men burned a school in Gao and later wrote to the mayor that they had acted in "
         "the name of the DHB.", {("dhb", "claimed")}),
        # controls: others say so; the doers name a cause, no group
        ("Gunmen shot a mayor in Gao; police said that they acted for the MB.",
         {("mb", "attributed")}),
        ("DHB fighters abducted a doctor in Gao and told him that they acted for God.",
         {("dhb", "conducted")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2022, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def clf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("unseen-sources"), PROFILE, BANK,
                       lambda k, i: _date(12 * k + i))


CASES = bank_cases(BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(clf, k, index, entry, expected):
    assert credited(clf, _date(12 * k + index), campaigns_and_states=True) == expected


def test_every_class_has_three_wordings_and_a_control_at_least():
    for entries in BANK.values():
        stated = [e for e in entries if any(m != "conducted" for _, m in e[1])]
        assert len(stated) >= 3
        assert len(entries) - len(stated) >= 1 or len(entries) >= 4
