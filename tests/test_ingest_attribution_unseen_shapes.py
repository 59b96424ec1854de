"""Perpetrator and modality on unseen text: a sixth attribution bank, in wordings of its own.

The eleventh round scored `dev-11` (the blind `heldout-9` of the tenth round) before any change
and classified every perpetrator and modality miss and wrong fact by the shape of the entry:
who is named, who says it, the verb and where it stands, the hedge. Each class below holds
entries written for this bank (other names, places, verbs and clause orders than the corpus),
each asserting the exact set of (organisation, modality) it yields, in the answer keys' words;
an empty set means nobody is stated, which is what precision asks where the entry names a doer
the model cannot hold or cannot tie to an organisation.

One profile: the structure bank's Coastal Liberation Front (`clf`; its history names the
Desert Hawks Battalion, `dhb`, and the Mountain Brigades, `mb`; its leadership paragraph
Karim Haddou, Samir Touati and Abu Salma), with two splinters named after their parents added
to its history, and a driver named whole in one entry and by his surname in another.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from kg.load import load
from tests.hermetic import DATA
from tests.test_ingest_attribution_structure import HEAD, credited

# the structure bank's profile, with two splinters whose names run on past their parent's
PROFILE = HEAD.replace(
    "operate in the same region.",
    "operate in the same region. A further splinter, Mountain Brigades al-Jadida, broke away "
    "from the MB in 2014, and a faction, Desert Hawks Battalion al-Gharbi, left the DHB in "
    "2016.",
)
assert PROFILE != HEAD

# class of structure → [(entry, expected (organisation, modality) set)]
BANK: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # "With ⟦X⟧ and ⟦Y⟧, raided …; the three groups claimed the raid": a count points back to
    # the statement that names as many groups (the profile's group and its partners)
    "a claim by the count of the groups named": [
        ("With the DHB and the MB, stormed a gendarmerie post near Kidal at dawn. The three "
         "groups claimed the assault in one communiqué.",
         {("clf", "claimed"), ("dhb", "claimed"), ("mb", "claimed")}),
        ("Alongside the MB, ambushed a supply convoy between Gao and Ansongo; the two groups "
         "claimed it the next day.", {("clf", "claimed"), ("mb", "claimed")}),
        ("The DHB and the MB fired rockets at the airport of Gao; the groups claimed the strike "
         "together in a joint video.", {("dhb", "claimed"), ("mb", "claimed")}),
        # a count that matches no statement settles nothing: the deed stays told as it was
        ("DHB and MB fighters stormed a police post in Gao; all four groups claimed it.",
         {("dhb", "conducted"), ("mb", "conducted")}),
    ],
    # "⟦C⟧ claimed the kidnapping; officials believed it to be a cover name for ⟦X⟧": the
    # group behind the cover is suspected, the cover name claimed
    "a cover name others tie to a group": [
        ("Two nurses were kidnapped in Kidal. The “Sons of the Dune”, unknown until then, "
         "claimed it; officials believed it to be a cover name for the DHB.",
         {("sons of the dune", "claimed"), ("dhb", "suspected")}),
        ("A bomb wrecked a bus in Gao. The “Sahel Lions” claimed it, and police think the name "
         "is an alias of the MB.", {("sahel lions", "claimed"), ("mb", "suspected")}),
        ("A bomb hit a checkpoint near Gao. The “Black Wind Brigade” claimed the attack, a "
         "name analysts regarded as a cover for the DHB.",
         {("black wind brigade", "claimed"), ("dhb", "suspected")}),
    ],
    # blame told by an idiom: "laid the bombing at the feet of ⟦X⟧ members", "put the blame
    # on ⟦X⟧"
    "blame told by an idiom": [
        ("A bomb tore through a hotel in Gao. Investigators laid the bombing at the feet of MB "
         "militants.", {("mb", "attributed")}),
        ("Gunmen killed a judge in Kidal; the government put the blame squarely on the DHB.",
         {("dhb", "attributed")}),
        ("A mine destroyed a truck near Gao. Officials placed the blame for the blast on the "
         "MB.", {("mb", "attributed")}),
        ("A bus was burned in Gao; the governor laid the attack at the DHB’s doorstep.",
         {("dhb", "attributed")}),
    ],
    # "were reportedly claimed by an ⟦X⟧ cell": a claim reported is a claim (the doubt stays
    # in the verbatim), and a cell or unit of the group claims for it
    "a passive claim, hedged, by a cell of the group": [
        ("A power line near Gao was cut by explosives; the sabotage was allegedly claimed by an "
         "MB unit.", {("mb", "claimed")}),
        ("Grenades were thrown at a police post in Gao. The attack was reportedly claimed by a "
         "DHB commando.", {("dhb", "claimed")}),
        ("Three shops were torched in Kidal; they were apparently claimed by the MB.",
         {("mb", "claimed")}),
        # a hedge on the doer, not on a claim, stays a suspicion
        ("A bridge near Gao was reportedly blown up by the DHB.", {("dhb", "suspected")}),
    ],
    # the verb before its subject and the accused after it: "Blamed for it the police ⟦X⟧",
    # "Suspected by the police are fighters of ⟦X⟧"
    "the verb before its subject": [
        ("Were set on fire two lorries near Gao. Blamed for the arson the authorities the DHB.",
         {("dhb", "attributed")}),
        ("Was shot a customs officer in Kidal. Accused the government the MB of the killing.",
         {("mb", "attributed")}),
        ("Exploded a bomb at the market of Gao. Linked the device the investigators to the "
         "DHB.", {("dhb", "attributed")}),
        ("Were kidnapped two engineers near Gao. Suspected by the authorities were members of "
         "the MB.", {("mb", "suspected")}),
        ("Was attacked a convoy near Kidal. Suspected the police fighters of the DHB.",
         {("dhb", "suspected")}),
    ],
    # "the network of Santoso": the band of a man the profile says leads the group is the
    # group; the band of anyone else names nobody the reader can state
    "a band named for its leader": [
        ("A bomb went off at a bank in Gao. Police blamed the network of Karim Haddou.",
         {("clf", "attributed")}),
        ("Gunmen raided a clinic near Kidal; officials said the men of Samir Touati carried it "
         "out.", {("clf", "attributed")}),
        ("Were killed four farmers near Gao. Accused the police the followers of Haddou.",
         {("clf", "attributed")}),
        ("A bomb went off in Gao. Police blamed the network of Omar Kane.", set()),
        ("Were killed two herders near Gao. Accused the police the group of Omar Kane.", set()),
    ],
    # "Claimed the attack nobody", "No group has claimed it": nobody owned the deed and nobody
    # is named, so the profile's group is at most suspected
    "nobody claimed it, nobody named": [
        ("A patrol was ambushed near Menaka. Claimed the ambush nobody.", {("clf", "suspected")}),
        ("A bomb hit a bus station in Gao; no group has claimed it.", {("clf", "suspected")}),
        ("Two soldiers were shot in Kidal. The killing remains unclaimed.",
         {("clf", "suspected")}),
        # a doer the entry names keeps what the entry says of it
        ("DHB gunmen killed two soldiers in Kidal; no one claimed the attack.",
         {("dhb", "conducted")}),
        ("A bomb hit a bus in Gao. No one claimed it; officials blamed the MB.",
         {("mb", "attributed")}),
    ],
    # "A Canadian court convicted Reyat of manslaughter": a person named by his surname alone,
    # whom the profile names whole elsewhere, is a person; nothing is stated
    "a person convicted by his surname alone": [
        ("A bomb hit a bus in Gao. Officials blamed the MB; Ousmane Kader Traore, a driver, "
         "pleaded guilty in 2016.", {("mb", "attributed")}),
        ("A car bomb hit a hotel in Gao. A court convicted Traore of manslaughter for the "
         "bombing in 2017.", set()),
        ("A mayor was shot in Kidal; in 2019 judges convicted Merabet of murder.", set()),
        ("A bomb hit a market in Gao. A court sentenced Traore for terrorism over the bombing.",
         set()),
    ],
    # a claim and the claimant's own later denial: the claim taken back, as the key convention
    # reads a withdrawn claim
    "a claim the claimant later denies": [
        ("A bomb hit a bus in Gao. The DHB claimed it, but later denied any role.",
         {("dhb", "denied")}),
        ("Gunmen shot a trader in Kidal; the MB first claimed the killing and then denied "
         "involvement.", {("mb", "denied")}),
        ("A bomb hit a market in Gao. The DHB claimed the attack; the group later denied it in "
         "a second communiqué.", {("dhb", "denied")}),
        # another's denial, or a denial of a part of the deed, takes nothing back
        ("A bomb hit a bus in Gao. The DHB claimed it; the MB later denied any role.",
         {("dhb", "claimed"), ("mb", "denied")}),
        ("A bomb hit a bus in Gao. The DHB claimed it but denied targeting civilians.",
         {("dhb", "claimed")}),
    ],
    # "in a statement on Telegram, ⟦X⟧ claimed", "⟦X⟧, through its media arm, claimed": the
    # medium is nobody's name, and "its" is the organisation the clause has just named
    "a claim through a medium": [
        ("A bomb hit a bus in Gao. In a statement on Telegram, the DHB claimed the attack.",
         {("dhb", "claimed")}),
        ("A grenade hit a café in Kidal. The MB, through its media arm, claimed the attack.",
         {("mb", "claimed")}),
        ("Rockets struck the airport of Gao. The DHB, via its Telegram channel, took "
         "responsibility.", {("dhb", "claimed")}),
        # "its" with no organisation just before it is the page's group
        ("A bomb hit a bus in Gao; in a message on Twitter its spokesman claimed it.",
         {("clf", "claimed")}),
    ],
    # "the government accused ⟦X⟧, which claimed the attack a week later": the claim in a
    # relative clause is the named organisation's
    "a claim in a relative clause": [
        ("A bomb hit a bus in Gao. The government accused the DHB, which claimed the attack a "
         "week later.", {("dhb", "claimed")}),
        ("A bomb hit a bus in Gao. Police first suspected the MB, who later admitted the "
         "bombing.", {("mb", "claimed")}),
        ("Gunmen raided a bank in Kidal; officials blamed the DHB, which claimed the raid the "
         "next day.", {("dhb", "claimed")}),
        # a relative denial stays a denial answering the blame: attributed
        ("A bomb hit a bus in Gao. Officials blamed the MB, which denied it.",
         {("mb", "attributed")}),
    ],
    # "a bomb hit a bus, probably the work of ⟦X⟧": a hedged word on whose work it was
    "the hedged work of a group": [
        ("A bomb hit a bus in Gao, probably the work of the MB.", {("mb", "suspected")}),
        ("Gunmen killed a chief in Kidal; the killing was thought to be the handiwork of the "
         "DHB.", {("dhb", "suspected")}),
        ("Two wells were poisoned near Gao, apparently the work of MB fighters.",
         {("mb", "suspected")}),
    ],
    # "police said the attackers were likely ⟦X⟧ members": others' word on whose men the
    # attackers were, with the organisation named before the noun
    "others' word on whose men they were": [
        ("A bomb hit a bus in Gao. Police said the attackers were likely DHB members.",
         {("dhb", "suspected")}),
        ("A bomb hit a bus in Gao. Police said the two bombers were MB militants.",
         {("mb", "attributed")}),
        ("Gunmen shot two guards in Kidal; officials believed the gunmen were probably DHB "
         "fighters.", {("dhb", "suspected")}),
    ],
    # "⟦X⟧ issued a claim of responsibility", "a claim of responsibility by ⟦X⟧ appeared",
    # "⟦X⟧’s claim came hours later", "Claiming responsibility, ⟦X⟧ said": a claim as a noun
    "a claim told as a noun": [
        ("A bomb hit a bus in Gao. Claiming responsibility, the DHB said the bus carried "
         "soldiers.", {("dhb", "claimed")}),
        ("Gunmen raided a bank in Kidal; the MB issued a claim of responsibility the next day.",
         {("mb", "claimed")}),
        ("A mine killed four soldiers near Gao. A claim of responsibility by the DHB appeared "
         "online.", {("dhb", "claimed")}),
        ("A grenade hit a café in Kidal. The MB’s claim of responsibility came hours later.",
         {("mb", "claimed")}),
    ],
    # "the attack bore the hallmarks of ⟦X⟧": the writer's inference from the deed
    "the hallmarks of a group": [
        ("A bomb hit a bus in Gao. The attack bore the hallmarks of the DHB.",
         {("dhb", "suspected")}),
        ("Nine villagers were killed near Kidal; the killings had all the hallmarks of MB "
         "fighters.", {("mb", "suspected")}),
        ("A car bomb exploded outside a bank in Gao; the blast carried the signature of the "
         "DHB.", {("dhb", "suspected")}),
    ],
    # "authorities pointed the finger at ⟦X⟧", "blame fell on ⟦X⟧": blame as a noun
    "blame as a noun or a pointed finger": [
        ("A bomb hit a bus in Gao. Authorities pointed the finger at the MB.",
         {("mb", "attributed")}),
        ("A bomb hit a market in Kidal. Blame quickly fell on the DHB.", {("dhb", "attributed")}),
        ("Gunmen burned a school in Gao; the governor pointed a finger of blame at the MB.",
         {("mb", "attributed")}),
    ],
    # "⟦X⟧ was named as the perpetrator", "a court found ⟦X⟧ guilty", "⟦X⟧ militants were
    # sentenced": others' word in the passive, or a court's verdict
    "others' word in the passive or a verdict": [
        ("A bomb hit a bus in Gao. The MB was named as the perpetrator by police.",
         {("mb", "attributed")}),
        ("A bomb hit a bus in Gao. In 2019 a court found the DHB guilty of the bombing.",
         {("dhb", "attributed")}),
        ("A tribunal found DHB fighters guilty of a massacre near Kidal in 2020.",
         {("dhb", "attributed")}),
        ("A bomb hit a bus in Gao. MB militants were later sentenced for the attack.",
         {("mb", "attributed")}),
    ],
    # "⟦X⟧’s spokesman told reporters the group had carried out the attack"
    "a spokesman says the group did it": [
        ("A bomb hit a bus in Gao. The DHB’s spokesman told reporters the group had carried out "
         "the attack.", {("dhb", "claimed")}),
        ("A bomb hit a bus in Gao. An MB spokesman, Idrissa Bah, said it had planted the bomb.",
         {("mb", "claimed")}),
        ("Gunmen ambushed a convoy near Kidal. The DHB spokesman said that its fighters had "
         "ambushed the convoy.", {("dhb", "claimed")}),
    ],
    # "⟦X⟧ said in a statement that its fighters had planted the bomb", "⟦X⟧ boasted of the
    # raid": the group's own word, with the medium between the verb and what it said
    "the group's own word in a statement or a boast": [
        ("A bomb hit a bus in Gao. The DHB said in a statement that its fighters had planted "
         "the bomb.", {("dhb", "claimed")}),
        ("Gunmen raided a bank in Kidal; the MB boasted of the raid on its website.",
         {("mb", "claimed")}),
        ("A mine killed three soldiers near Gao. The DHB said on its Telegram channel that it "
         "had planted the mine.", {("dhb", "claimed")}),
        ("Rockets hit the airport of Gao; the MB bragged about the strike in a video.",
         {("mb", "claimed")}),
    ],
    # "the bombing has been linked to ⟦X⟧", "is generally ascribed to ⟦X⟧": others' word in the
    # passive, with no agent
    "others' word in the passive with no agent": [
        ("A bomb hit a bus in Gao. The bombing has been linked to the DHB.",
         {("dhb", "attributed")}),
        ("A bomb hit a market in Kidal. The attack is generally ascribed to the MB.",
         {("mb", "attributed")}),
        ("Gunmen killed a judge in Gao; the killing has since been tied to DHB militants.",
         {("dhb", "attributed")}),
    ],
    # "attributed the blast to a ⟦X⟧ suicide cell": the group's cell or weapon, a word between
    "the group's cell or weapon, a word between": [
        ("A bomb hit a bus in Gao. Security officials attributed the blast to a DHB suicide "
         "cell.", {("dhb", "attributed")}),
        ("A bomb hit a market in Kidal. Police traced the bomb to an MB bomb-making cell.",
         {("mb", "attributed")}),
        ("Shells hit the airport of Gao; the army attributed them to a DHB artillery unit.",
         {("dhb", "attributed")}),
    ],
    # "charged the ⟦X⟧’s commander over the bombing", "a ⟦X⟧ operative confessed": the group's
    # man, named as its man by the entry itself
    "the group's man charged or confessing": [
        ("A bomb hit a bus in Gao. Authorities have charged the DHB’s commander, Idrissa Bah, "
         "over the bombing.", {("dhb", "attributed")}),
        ("A bomb hit a market in Kidal. Prosecutors indicted the MB’s bomb-maker over the "
         "blast.", {("mb", "attributed")}),
        ("A bomb hit a bus in Gao. A DHB operative later confessed to planting the bomb.",
         {("dhb", "attributed")}),
        ("A trader was shot in Kidal. Two MB militants, arrested in Gao, admitted the killing.",
         {("mb", "attributed")}),
    ],
    # "⟦X⟧ is thought responsible", "officials suspected the involvement of ⟦X⟧": a hedge or a
    # suspicion with no verb of deed to follow
    "a hedge or a suspicion with no deed told": [
        ("A bomb hit a bus in Gao. The MB is thought responsible.", {("mb", "suspected")}),
        ("An ambush killed five soldiers near Kidal; the DHB was widely believed behind it.",
         {("dhb", "suspected")}),
        ("A bomb hit a bus in Gao. Officials suspected the involvement of the DHB.",
         {("dhb", "suspected")}),
        ("A trader was shot in Kidal. Police suspect the hand of the MB in the killing.",
         {("mb", "suspected")}),
    ],
    # "blamed Harakat ul-Mujahideen al-Alami": a known name that runs on into more words of a
    # name the history writes as a splinter of its own is that splinter, never its parent
    "a splinter named past its parent's name": [
        ("Officials blamed Mountain Brigades al-Jadida for a bomb at the port of Gao.",
         {("mountain brigades al-jadida", "attributed")}),
        ("A bomb hit a hotel in Gao; Mountain Brigades al-Jadida claimed it.",
         {("mountain brigades al-jadida", "claimed")}),
        ("Police suspected Desert Hawks Battalion al-Gharbi of an ambush near Kidal.",
         {("desert hawks battalion al-gharbi", "suspected")}),
        # the parent named alone stays the parent
        ("Officials blamed the MB for a bomb at the port of Gao.", {("mb", "attributed")}),
    ],
}


def _date(index: int) -> datetime.date:
    return datetime.date(2019, 1, 1) + datetime.timedelta(days=3 * index)


def ingest_bank(
    folder: Path, profile: str, bank: dict[str, list], day_of: Callable[[int, int], datetime.date]
) -> Dataset:
    """One ingest of a bank: every entry (the `i`th of class `k`) an attack line of its own,
    dated `day_of(k, i)` apart from every other, after the bank's profile."""
    lines = []
    for k, entries in enumerate(bank.values()):
        for i, (entry, _) in enumerate(entries):
            day = day_of(k, i)
            lines.append(f"{day:%B} {day.day}, {day.year}: {entry} (1 killed)\n")
    gazetteer = load([DATA / "places.ttl"], with_ontology=False)
    return ingest_profile(folder / "clf.txt", text=profile + "\n".join(lines),
                          existing=gazetteer).dataset


@pytest.fixture(scope="module")
def clf(tmp_path_factory) -> Dataset:
    """One ingest for the bank; every entry is a section of its own, dated apart."""
    return ingest_bank(tmp_path_factory.mktemp("unseen-shapes"), PROFILE, BANK,
                       lambda k, i: _date(10 * k + i))


def bank_cases(bank: dict[str, list]) -> list:
    """The bank's entries as test cases (class index, entry index, entry, expected), each
    named by its class and its first words."""
    return [pytest.param(k, i, entry, expected, id=f"{kind}: {entry[:60]}")
            for k, (kind, entries) in enumerate(bank.items())
            for i, (entry, expected) in enumerate(entries)]


CASES = bank_cases(BANK)


@pytest.mark.parametrize(("k", "index", "entry", "expected"), CASES)
def test_the_entry_credits_exactly_whom_its_shape_says(clf, k, index, entry, expected):
    assert credited(clf, _date(10 * k + index)) == expected


def test_every_class_has_three_entries_at_least():
    assert all(len(entries) >= 3 for entries in BANK.values())
