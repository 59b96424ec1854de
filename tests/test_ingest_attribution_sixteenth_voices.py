"""Perpetrator and modality on unseen text: an eleventh attribution bank, in wordings of its own.

The sixteenth round scored `dev-17` (blind until then), `dev-16` and the validation set before
any change, pooled the perpetrator and modality misses and wrong facts of `dev-17`, `dev-16`,
`dev-15` and `dev-14`, and classed them by the structure that decides them. Two in five
modalities stated on `dev-17` were wrong, nearly all of them the page's group as the implied
subject (`conducted`) where the entry tells another's word the readers did not read: a court's
verdict on the group's members counted by a word the readers did not list ("convicted eight ⟦X⟧
members", "upheld the convictions of two ⟦X⟧ members"), a voice that says who the doers were in
a relative clause ("fighters whom the UN mission identified as ⟦X⟧", "a man whom prosecutors
described as a member of ⟦X⟧"), a name qualified at once by another's account ("⟦X⟧ fighters,
according to UN investigators", a table's responsibility cell), a voice that names nobody
("sources told US media that …"), a claim with its medium between the claimant and the verb
("which ⟦X⟧ on its website claimed") and a claim told verb first, its subject after the object
("Claimed the bombings A, emir of ⟦Y⟧", a translation's order, as `dev-15` and `dev-13` write
too).

Each class holds entries written for this bank (other names, places, verbs and orders than the
corpus), each asserting the exact set of (organisation, modality) it yields, in the answer keys'
words; an empty set means nobody is stated. The last two entries of each class at least are
controls that look alike and must read otherwise. No corpus sentence is copied.
"""

from __future__ import annotations

import datetime

import pytest
from rdflib import Dataset

from tests.test_ingest_attribution_structure import credited
from tests.test_ingest_attribution_unseen_shapes import bank_cases, ingest_bank

PROFILE = (
    "Terrorism Profiles\n\nNorthern Hills Movement (NHM)\n\nAlternative Names:\n\n"
    "Harakat al-Tilal\n\nAreas of Operation:\n\nMali and Niger.\n\nHistory:\n\n"
    "The Northern Hills Movement was founded in 2009 in the hills north of Gao by Abu Hamza "
    "al-Rashidi, who has led it since. Idris el-Kanouni, a cleric in Niamey, preached against "
    "it from 2012. The Desert "
    "Hawks Battalion (DHB) and the Mountain Brigades (MB) operate in the same region.\n\n"
    "Funding Sources:\n\nKidnapping for ransom.\n\nMajor Attacks:\n\n"
)

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "a court convicted eight ⟦X⟧ members of the killings", "upheld the convictions of two ⟦X⟧
    # members": the group's men convicted, counted by any number word, the verdict a verb or a
    # noun: a court's word, attributed
    "the group's members convicted, counted by any word, the verdict a verb or a noun": [
        ("A bomb hit a hotel in Gao. A court in Bamako later sentenced seven NHM members for "
         "the bombing.", {("nhm", "attributed")}),
        ("Gunmen killed a judge in Kidal; in 2019 judges convicted eleven NHM militants of the "
         "murder.", {("nhm", "attributed")}),
        ("A convoy was ambushed near Gao. The appeal court upheld the convictions of three NHM "
         "fighters for the ambush.", {("nhm", "attributed")}),
        ("A market in Gao was bombed; the sentencing of nine members of the NHM followed in "
         "2020.", {("nhm", "attributed")}),
        # controls: another group's men convicted; "convicted" as an adjective of the freed
        ("A bomb hit a hotel in Gao. A court later convicted seven DHB members for the "
         "bombing.", {("dhb", "attributed")}),
        ("NHM fighters stormed a prison in Kidal and freed eight convicted DHB members.",
         {("nhm", "conducted")}),
    ],
    # "fighters whom the UN mission identified as ⟦X⟧ attacked", "a man whom prosecutors
    # described as a member of ⟦X⟧": others say in a relative clause who the doers were
    "others name the doers as the group's men in a relative clause": [
        ("Gunmen whom the police identified as NHM fighters raided a bank in Gao.",
         {("nhm", "attributed")}),
        ("A court convicted Omar Sidi, whom prosecutors described as a member of the NHM, of "
         "the bombing of a bus in Gao.", {("nhm", "attributed")}),
        ("A bus was bombed in Kidal by two men who investigators later identified as members "
         "of the NHM.", {("nhm", "attributed")}),
        # controls: another group's men; the group's own word on its victims
        ("Gunmen whom the police identified as DHB fighters raided a bank in Gao.",
         {("dhb", "attributed")}),
        ("NHM fighters killed two traders in Gao whom the group described as informers.",
         {("nhm", "conducted")}),
    ],
    # "⟦X⟧ fighters, according to UN investigators" (a responsibility cell), "by the ⟦X⟧,
    # according to police": the name is others' word at once
    "a name qualified at once by another's account": [
        ("Night raid on a camp near Gao | 12 | NHM fighters, according to UN investigators",
         {("nhm", "attributed")}),
        ("A camp near Kidal was burned by the NHM, according to the police.",
         {("nhm", "attributed")}),
        ("Two police officers shot dead in Gao; NHM gunmen, according to the ministry.",
         {("nhm", "attributed")}),
        # controls: the group's men as the victims of another's deed; another group named
        ("DHB fighters killed three NHM members near Gao, according to the army.",
         {("dhb", "attributed")}),
        ("Raid on a depot near Kidal | 4 | MB fighters, according to the UN mission",
         {("mb", "attributed")}),
    ],
    # "sources told US media that he had been in contact with ⟦X⟧ members", "reports said the
    # bomber belonged to ⟦X⟧": a voice that names nobody suspects, a named one attributes
    "a voice that names nobody": [
        ("A man shot two guards in Gao; sources told local media that he had been in contact "
         "with NHM members.", {("nhm", "suspected")}),
        ("A bomb hit a bus in Kidal. Sources said the bomber belonged to the NHM.",
         {("nhm", "suspected")}),
        ("A mosque in Gao was bombed; media reports linked the bombers to the NHM.",
         {("nhm", "suspected")}),
        # controls: the police named as the source, or their sources
        ("A bomb hit a bus in Kidal. Police sources said the bomber belonged to the NHM.",
         {("nhm", "attributed")}),
        ("A man shot two guards in Gao; the police told local media that he had been in "
         "contact with NHM members.", {("nhm", "attributed")}),
    ],
    # "which ⟦X⟧ on its website claimed", "⟦X⟧ in a statement claimed the ambush": the medium
    # of the claim between the claimant and its verb
    "a claim with its medium between the claimant and the verb": [
        ("A bomb hit a police post in Gao, which the NHM on its website claimed.",
         {("nhm", "claimed")}),
        ("A convoy was ambushed near Kidal. The DHB in a statement claimed the ambush.",
         {("dhb", "claimed")}),
        ("Gunmen raided a bank in Gao; the MB through its news agency later claimed the raid.",
         {("mb", "claimed")}),
        # controls: the medium carries another's condemnation or praise, not a claim
        ("NHM fighters raided a bank in Gao; the DHB in a statement condemned the raid.",
         {("nhm", "conducted")}),
        ("NHM fighters raided a bank in Gao; the DHB in a video praised the raid.",
         {("nhm", "conducted")}),
    ],
    # "Claimed the bombings A, emir of ⟦Y⟧": the verb before its subject, which follows the
    # object (a translation's order); the subject is the claimant, never the page's group
    "a claim told verb first, the subject after the object": [
        ("A bus was bombed in Gao. Claimed the bombing Omar Sidi, emir of the DHB.",
         {("dhb", "claimed")}),
        ("A barracks in Kidal was attacked at night. Claimed the attack the Mountain Brigades, "
         "in a statement of the same evening.", {("mb", "claimed")}),
        ("Two police posts in Gao were attacked; claimed responsibility for them Yusuf Kane, "
         "commander of the DHB.", {("dhb", "claimed")}),
        # controls: the group itself after the verb; a claim told with its subject first
        ("Gunmen attacked a bank in Gao. Claimed the attack the NHM.", {("nhm", "claimed")}),
        ("A bus was bombed in Gao. The DHB claimed the bombing.", {("dhb", "claimed")}),
    ],
    # "the ⟦X⟧ announced that its units had slipped through the cordon": the group's own word
    # of a deed told by a verb of an armed operation's movement
    "the group's own word of its units' movement": [
        ("The NHM announced that its units had slipped through the army's lines and taken "
         "three villages near Gao.", {("nhm", "claimed")}),
        ("The DHB said its fighters had infiltrated the base near Kidal before dawn.",
         {("dhb", "claimed")}),
        ("In a video, the MB declared that its men had broken through the wall of the prison "
         "at Gao.", {("mb", "claimed")}),
        # controls: another's word of the group's men; the group's word of another's deed
        ("NHM fighters stormed a depot near Gao; the army said its units had entered the town "
         "by noon.", {("nhm", "conducted")}),
        ("DHB gunmen raided a bank in Kidal; the NHM said the army had occupied the town.",
         {("dhb", "conducted")}),
    ],
    # "Police officer A was shot dead … by ⟦X⟧ gunmen": "police" qualifying the victim's rank
    # is no state's force acting, so the entry still reads (or falls back to the group)
    "a victim named by a police rank": [
        ("Police officer Amadou Cissé was shot dead outside a school in Gao by NHM gunmen.",
         {("nhm", "conducted")}),
        ("Police inspector Moussa Traoré was kidnapped in Kidal; the DHB claimed the "
         "kidnapping.", {("dhb", "claimed")}),
        ("Police station in Gao set on fire by NHM fighters at night.",
         {("nhm", "conducted")}),
        # controls: the police acting, named as a force
        ("Police stormed an NHM hideout near Gao and killed two men.", set()),
        ("Police commandos raided a DHB camp near Kidal.", set()),
    ],
    # "Rashidi claimed the bombing", where the profile writes "Abu Hamza al-Rashidi": the
    # surname alone, the article joined to it dropped, is the man's, never an organisation
    # (the man the profile states as the group's leader speaks for it)
    "a surname alone, written elsewhere with its article joined": [
        ("A bomb hit a hotel in Gao. Rashidi claimed the bombing in a recording.",
         {("nhm", "claimed")}),
        ("Gunmen killed four guards near Kidal; Rashidi later admitted the attack.",
         {("nhm", "claimed")}),
        ("A convoy was ambushed near Gao, and in a video Rashidi claimed responsibility.",
         {("nhm", "claimed")}),
        # controls: a man in another role named alone; another group's claim beside him
        ("A bomb hit a bus in Gao. Kanouni condemned the bombing.", {("nhm", "conducted")}),
        ("A bomb hit a bus in Gao. The DHB claimed the bombing; Kanouni condemned it.",
         {("dhb", "claimed")}),
    ],
    # "Basayev claimed responsibility", "The same letters claimed it", "announced in leaflets
    # the party issued": a claim whose claimant no shape names (the founder named alone, the
    # group's papers), in an entry that names no organisation: the page's group claimed,
    # as the keys read a claim with no named subject; never where the clause makes the
    # claimant another (a stranger, a state's voice) or negates the claim
    "a claim whose claimant the reader cannot name": [
        ("A bomb hit a barracks in Gao. A caller to a radio station in Niamey claimed the "
         "bombing the same night.", {("nhm", "claimed")}),
        ("Gunmen raided a bank in Kidal; the same leaflets claimed the raid a week later.",
         {("nhm", "claimed")}),
        ("A mine hit a bus near Gao, announced in a communiqué circulated that evening.",
         {("nhm", "claimed")}),
        # controls: a man the profile gives no role; a state's voice "claims"; a negated
        # claim; "claimed to" asserts
        ("Gunmen stormed a barracks in Gao; Yacouba Diallo claimed the raid.",
         {("nhm", "conducted")}),
        ("A bomb hit a market in Gao; the police claimed the bomb was meant for a minister.",
         {("nhm", "conducted")}),
        ("A bomb hit a bus in Gao; no group claimed it.", {("nhm", "suspected")}),
        ("Gunmen killed a village chief near Kidal and claimed to act for the people.",
         {("nhm", "conducted")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2021, 1, 1) + datetime.timedelta(days=3 * index)


@pytest.fixture(scope="module")
def nhm(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("sixteenth-voices"), PROFILE, BANK,
                       lambda k, i: _date(12 * k + i))


CASES = bank_cases(BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_structure_says(nhm, k, index, entry, expected):
    assert credited(nhm, _date(12 * k + index), campaigns_and_states=True) == expected


def test_every_class_has_three_wordings_and_two_controls_at_least():
    """Each class lists its wordings first and its controls last (the last two, marked by a
    comment in the bank)."""
    assert all(len(entries) >= 5 for entries in BANK.values())
