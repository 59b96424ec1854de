"""Organisation names read whole where a lineage verb wants one, in many languages' styles.

A name continues across an en dash ('Communist Party of Peru – Red Flag' is not the Communist
Party of Peru), inner words ('of the', 'for the', 'pour la', 'wal-'), a parenthesised acronym,
quotes and 'the so-called'; a demonym or creed adjective alone ('Palestinian', 'Afghan',
'Kurdish', 'Islamist'), a generic noun phrase, a person or a place is never an organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.names import could_name_new_organisation, is_organisation_name
from tests.test_ingest_lineage_shapes import facts

NAMES = [
    ("the Communist Party of Peru – Red Flag", "Communist Party of Peru – Red Flag"),
    ("Fatah–Revolutionary Council", "Fatah–Revolutionary Council"),
    ("the Popular Front for the Liberation of Palestine – General Command",
     "Popular Front for the Liberation of Palestine – General Command"),
    ("the Revolutionary Armed Forces of Colombia – People’s Army",
     "Revolutionary Armed Forces of Colombia – People’s Army"),
    ("the Movement for the Emancipation of the Niger Delta",
     "Movement for the Emancipation of the Niger Delta"),
    ("the Front for the Liberation of the Enclave of Cabinda",
     "Front for the Liberation of the Enclave of Cabinda"),
    ("the Union of Islamic Courts in Somalia", "Union of Islamic Courts in Somalia"),
    ("the Ejército de Liberación Nacional", "Ejército de Liberación Nacional"),
    ("Euskadi Ta Askatasuna", "Euskadi Ta Askatasuna"),
    ("the Groupe Salafiste pour la Prédication et le Combat",
     "Groupe Salafiste pour la Prédication et le Combat"),
    ("Jama’at Nusrat al-Islam wal-Muslimin", "Jama’at Nusrat al-Islam wal-Muslimin"),
    ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ("Hizb ut-Tahrir", "Hizb ut-Tahrir"),
    ("the Partiya Karkerên Kurdistanê", "Partiya Karkerên Kurdistanê"),
    ("Harakat al-Shabaab al-Mujahideen", "Harakat al-Shabaab al-Mujahideen"),
    ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi"),
    ("the Egyptian Islamic Jihad", "Egyptian Islamic Jihad"),
    ("the Kurdistan Workers’ Party", "Kurdistan Workers’ Party"),
    ("Ansar al-Sharia in Libya", "Ansar al-Sharia in Libya"),
    ("the Armée Islamique du Salut", "Armée Islamique du Salut"),
    ("the New People’s Army", "New People’s Army"),
    ("the so-called Army of the Righteous", "Army of the Righteous"),
    ("the “Red Dawn Brigades”", "Red Dawn Brigades"),
    ("the Moro Islamic Liberation Front", "Moro Islamic Liberation Front"),
    ("Sendero Luminoso", "Sendero Luminoso"),
    ("the Palestinian branch of the Muslim Brotherhood", "Muslim Brotherhood"),
    ("the Lord’s Salvation Army", "Lord’s Salvation Army"),
    ("Alice Auma’s Holy Spirit Movement", "Holy Spirit Movement"),
]


@pytest.mark.parametrize(("written", "name"), NAMES)
def test_a_prior_organisation_is_read_by_its_whole_name(tmp_path: Path, written, name):
    history = f"The group emerged in 1998 as an offshoot of {written}."
    assert facts(tmp_path, history) == {("sf", "split", name, "1998")}


@pytest.mark.parametrize(("written", "name"), NAMES[:8])
def test_a_successor_is_read_by_its_whole_name(tmp_path: Path, written, name):
    history = f"In 2012 {written} split from the group."
    assert facts(tmp_path, history) == {(name, "split", "sf", "2012")}


NOT_NAMES = [
    "The group emerged in 1998 as an offshoot of the Palestinian diaspora.",
    "The group grew out of Afghan networks in 1998.",
    "The group emerged in 1998 as an offshoot of Kurdish circles.",
    "The group grew out of Islamist study circles in 1998.",
    "The group emerged in 1998 as an offshoot of the movement.",
    "The group emerged in 1998 as a faction of several groups.",
    "In 1998 its fighters split from the group.",
    "In 1998 Ali Musa split from the Popular Front.",
    "The group grew out of Haddad’s network in 1998.",
    "The group grew out of Mali in 1998.",
    "In 1998 Abu Musab al-Sahrawi broke away from the group.",
]


@pytest.mark.parametrize("history", NOT_NAMES)
def test_an_adjective_a_common_noun_a_person_or_a_place_is_never_an_organisation(
    tmp_path: Path, history
):
    assert not any("sf" in (f[0], f[2]) for f in facts(tmp_path, history))


@pytest.mark.parametrize(
    "word",
    ["Palestinian", "Afghan", "Kurdish", "Islamist", "Pakistani", "Lebanese", "Sri Lankan",
     "the movement", "a faction", "its fighters", "several groups", "Haddad’s"],
)
def test_a_modifier_alone_names_no_organisation(word):
    assert not is_organisation_name(word)


@pytest.mark.parametrize(
    "name",
    ["Taliban", "Hamas", "Egyptian Islamic Jihad", "Pakistani Taliban", "Islamic Jihad",
     "Fatah–Revolutionary Council", "KONGRA-GEL", "Hizb ut-Tahrir"],
)
def test_a_name_that_holds_an_adjective_is_still_a_name(name):
    assert is_organisation_name(name)


@pytest.mark.parametrize("name", ["Omar Haddad", "Hussein al-Musawi", "Abu Bakr al-Sahrawi"])
def test_an_unknown_two_word_name_without_an_organisation_word_is_not_minted(name):
    assert not could_name_new_organisation(name)


@pytest.mark.parametrize(
    ("inner", "names", "acronyms"),
    [
        ("MUJAO, also rendered Movement for Tawhid and Jihad in West Africa",
         ["Movement for Tawhid and Jihad in West Africa"], ["MUJAO"]),
        ("MNJ, also known as Niger Justice Movement", ["Niger Justice Movement"], ["MNJ"]),
        ("GF, sometimes spelt Gao Front", ["Gao Front"], ["GF"]),
        ("Armed Islamic Group or GIA", ["Armed Islamic Group"], ["GIA"]),
    ],
)
def test_a_parenthesis_that_gives_another_rendering_names_both(inner, names, acronyms):
    from kg.ingest.names import parse_named

    found = parse_named(inner)
    assert (found.names, found.acronyms) == (names, acronyms)
