"""A reference's author list is split into its persons, whatever the separators."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest import ingest_profile


def _authors(tmp_path: Path, reference: str) -> list[str]:
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "June 2010: The group attacked a barracks. (3 killed)\n\n"
        f"View References:\n\n1. {reference}\n"
    )
    graph = ingest_profile(tmp_path / "saf.txt", text=text, existing=Dataset()).dataset
    names = []
    for _, _, creator in graph.triples((None, DCTERMS.creator, None)):
        names += [str(n) for n in graph.objects(creator, SKOS.prefLabel)]
    return sorted(names)


@pytest.mark.parametrize(
    ("reference", "authors"),
    [
        ("Zenn, Jacob, Atta Barkindo and Nicholas A. Heras. “The Ideological Evolution of Boko "
         "Haram in Nigeria.” The RUSI Journal. Last modified 2013. Accessed June 14, 2021.",
         ["Atta Barkindo", "Jacob Zenn", "Nicholas A. Heras"]),
        ("Smith, Anna, Peter Jones, and Maria Lopez. “Sahel Groups.” Sahel Review. Accessed June "
         "14, 2021.", ["Anna Smith", "Maria Lopez", "Peter Jones"]),
        ("Minder, Raphael and Palko Karasz. “ETA Disbands.” The New York Times. Accessed May 30, "
         "2018.", ["Palko Karasz", "Raphael Minder"]),
        ("Filiu, Jean-Pierre. “Al-Qaeda in the Islamic Maghreb.” Carnegie. Accessed May 30, 2018.",
         ["Jean-Pierre Filiu"]),
    ],
)
def test_a_list_of_authors_is_split_into_persons(tmp_path, reference, authors):
    assert _authors(tmp_path, reference) == authors
