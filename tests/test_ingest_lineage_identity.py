"""Names that join and names that must not: variants of known names, and "not to be confused
with".

Two questions an analyst asks of a history paragraph:
- "the Pakistani Taliban", "Tehreek-e-Taliban", "the I.R.A.": is this the organisation the
  graph already has? Only where exactly one organisation fits (kg.ingest.name_variants); two
  candidates and the text stays text, with a review note.
- "X is not to be confused with Y": is Y kept apart from X, as data (owl:differentFrom), and
  never read as lineage? (kg.ingest.lineage.distinct)

Sentences are our own (none from a profile); organisations are placeholders of the Sahel.
"""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import OWL, RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.name_variants import variant_of
from kg.ingest.resolve import EntityIndex
from kg.namespaces import KG
from tests.test_ingest_lineage_shapes import _profile, lineage_facts, review_text

GROUP = "https://w3id.org/ctkg/group/"


def _known(*orgs: tuple[str, str, str | None]) -> Dataset:
    """Organisations the graph already has: (IRI local name, preferred name, acronym)."""
    dataset = Dataset()
    graph = dataset.graph(URIRef("urn:test:known"))
    for local, name, acronym in orgs:
        iri = URIRef(GROUP + local)
        graph.add((iri, RDF.type, KG.ArmedGroup))
        graph.add((iri, SKOS.prefLabel, Literal(name, lang="en")))
        if acronym:
            graph.add((iri, KG.acronym, Literal(acronym)))
    return dataset


def _index(*orgs: tuple[str, str, str | None]) -> EntityIndex:
    return EntityIndex.from_dataset(_known(*orgs))


# --- names that join: the variant forms, on the index alone (no ingest) -----------------------

KNOWN = (
    ("ttp", "Tehrik-i-Taliban Pakistan", "TTP"),
    ("taliban", "Taliban", None),
    ("gsm", "Ghana Salafist Movement", "GSM"),
    ("ira", "Irish Republican Army", "IRA"),
    ("hbd", "Tanzim Hurras al-Din", None),
    ("jmb", "Jama’atul Mujahideen Bangladesh", "JMB"),
    ("hut", "Hizb ut-Tahrir", None),
    ("imu", "Islamic Movement of Uzbekistan", "IMU"),
    ("imk", "Islamic Movement of Kurdistan", "IMK"),
)
JOINS = [
    ("the Pakistani Taliban", "ttp", "demonym and short name"),
    ("Pakistani Taliban", "ttp", "demonym and short name"),
    ("the Ghanaian Salafist Movement", None, None),  # "Ghanaian" is no demonym we list
    ("I.R.A.", "ira", "acronym with dots"),
    ("Tehreek-e-Taliban Pakistan", "ttp", "transliteration"),
    ("Jamaat-ul-Mujahideen Bangladesh", "jmb", "transliteration"),
    ("Hizbut Tahrir", "hut", "transliteration"),
    ("Hurras al-Din", "hbd", "short form"),
    # must join nothing: the bare short name, another country's, a longer name, a fragment
    ("Afghan Taliban", None, None),
    ("Taliban Pakistan", None, None),
    ("the Hurras al-Din Brigade", None, None),
    ("Islamic Movement", None, None),
    ("the Khorasan Group", None, None),
]


@pytest.mark.parametrize(("said", "joins", "form"), JOINS)
def test_a_variant_joins_the_one_organisation_it_can_name(said, joins, form):
    found = variant_of(_index(*KNOWN), said)
    if joins is None:
        assert found is None or found.one is None
        return
    assert found is not None and found.form == form
    assert found.one == URIRef(GROUP + joins)


def test_a_variant_two_organisations_fit_joins_neither():
    index = _index(*KNOWN, ("ptm", "Pakistan Taliban Movement", None),
                   ("ira2", "Irish Revolutionary Alliance", "IRA"))
    for said in ("the Pakistani Taliban", "I.R.A."):
        found = variant_of(index, said)
        assert found is not None and found.one is None and len(found.candidates) == 2, said


# --- names that join, in a history paragraph ----------------------------------------------------

def _ingest(tmp_path: Path, history: str, existing: Dataset):
    return ingest_profile(tmp_path / "sf.txt", text=_profile(history), existing=existing)


HISTORY = (
    "The group grew out of a split in the Pakistani Taliban in 2007. "
    "In 2009 the Desert Falcons (DF) broke away from the I.R.A. and joined the group."
)


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    one = _ingest(tmp_path_factory.mktemp("joined"), HISTORY, _known(*KNOWN))
    both = _ingest(tmp_path_factory.mktemp("refused"), HISTORY, _known(
        *KNOWN, ("ptm", "Pakistan Taliban Movement", None),
        ("ira2", "Irish Revolutionary Alliance", "IRA")))
    return one, both


def test_a_predecessor_named_by_a_demonym_is_the_known_organisation(joined):
    result, _ = joined
    facts = lineage_facts(result.dataset)
    assert ("sf", "split", "ttp", "2007") in facts, review_text(result)
    assert ("df", "split", "ira", "2009") in facts, review_text(result)
    assert not [n for n in result.dataset.subjects(SKOS.prefLabel, None)
                if "Pakistani" in str(result.dataset.value(n, SKOS.prefLabel))]
    assert "'Pakistani Taliban' read as" in review_text(result)


def test_a_variant_two_organisations_fit_states_nothing_and_says_so(joined):
    _, result = joined
    facts = lineage_facts(result.dataset)
    assert not [f for f in facts if f[0] == "sf" or f[2] in ("ttp", "ptm", "ira", "ira2")], facts
    review = review_text(result)
    assert "'Pakistani Taliban'" in review and "several fit" in review, review


# --- "not to be confused with": data, never lineage --------------------------------------------

# sentence → the names the profile's group (Sahel Front, SF) is said not to be
DISTINCT: list[tuple[str, set[str]]] = [
    ("The SF is not to be confused with the Sahara Force (SF), a smuggling ring of the 1990s.",
     {"Sahara Force"}),
    ("Nor should it be confused with the Desert Shield, an older militia.", {"Desert Shield"}),
    ("The group is unrelated to the so-called “Gao Circle,” a name the press gave a cell.",
     {"Gao Circle"}),
    ("The movement has no organisational link with the Niger Guard.", {"Niger Guard"}),
    ("The Front is distinct from the Kidal Falcons and should not be mistaken for the Menaka "
     "Union, with which it never merged.", {"Kidal Falcons", "Menaka Union"}),
    ("The organisation is a different group from the Timbuktu League.", {"Timbuktu League"}),
    ("Not to be confused with the Segou Hunters, a militia of the 1980s.", {"Segou Hunters"}),
    ("The SF should not be confused with the Azawad Youth, nor with the Bourem Cell.",
     {"Azawad Youth", "Bourem Cell"}),
    ("The entity is not to be confused with the Sahel Front of Niger, the band of smugglers "
     "that bore the same name in 1970 and was destroyed in 1972, nor with the Chadian SF of "
     "1980.", {"Sahel Front of Niger", "Chadian SF"}),
    # nothing: the subject is a name the graph does not know; the object is the group's own
    # name; the subject is a common noun
    ("It is not to be confused with the Sahel Front.", set()),
    ("The Bamba Brigade is unrelated to the Gourma Union.", set()),
    ("Its fighters are not to be confused with smugglers.", set()),
]


@pytest.fixture(scope="module")
def distinct(tmp_path_factory):
    history = " ".join(sentence for sentence, _ in DISTINCT)
    first = _ingest(tmp_path_factory.mktemp("distinct"), history, Dataset())
    # the Sahara Force's own profile, read after the Sahel Front's: one IRI each
    merged = Dataset()
    for quad in first.dataset.quads((None, None, None, None)):
        merged.add(quad)
    text = _profile("The Sahara Force began as a smuggling ring.").replace(
        "Sahel Front (SF)", "Sahara Force (SF)").replace("Front du Sahel", "Force du Sahara")
    second = ingest_profile(tmp_path_factory.mktemp("second") / "sahara-force.txt", text=text,
                            existing=merged)
    return first, second


def _iri(dataset, label: str) -> URIRef | None:
    return next(iter(dataset.subjects(SKOS.prefLabel, Literal(label, lang="en"))), None)


def _label(dataset, iri) -> str:
    return str(next(iter(dataset.objects(iri, SKOS.prefLabel)), iri))


def test_not_to_be_confused_states_different_from_and_no_lineage(distinct):
    result, _ = distinct
    dataset = result.dataset
    group = _iri(dataset, "Sahel Front")
    different = {(s, o) for s, o in dataset.subject_objects(OWL.differentFrom)}
    assert {s for s, _ in different} == {group}, review_text(result)
    assert {_label(dataset, o) for _, o in different} == set().union(
        *(want for _, want in DISTINCT)), review_text(result)
    assert lineage_facts(dataset) == set(), review_text(result)
    assert not list(dataset.subject_objects(OWL.sameAs))


def test_two_organisations_sharing_an_acronym_keep_two_iris(distinct):
    first, second = distinct
    sahel = _iri(first.dataset, "Sahel Front")
    sahara = next(o for o in first.dataset.objects(sahel, OWL.differentFrom)
                  if _label(first.dataset, o) == "Sahara Force")
    assert sahara != sahel
    assert _iri(second.dataset, "Sahara Force") == sahara  # its own profile joins it
    assert _iri(second.dataset, "Sahel Front") is None


def test_a_negative_identity_the_text_cannot_state_is_in_the_review(distinct):
    review = review_text(distinct[0])
    assert "is a name of the organisation it is said not to be" in review  # its own name
    assert "which organisation is its subject is not clear" in review  # the Bamba Brigade


def test_owl_reasoning_flags_an_organisation_equated_with_one_it_differs_from(distinct):
    graph = Graph()
    for s, p, o, _ in distinct[0].dataset.quads((None, OWL.differentFrom, None, None)):
        graph.add((s, p, o))
    s, o = next(iter(graph.subject_objects(OWL.differentFrom)))
    graph.add((s, OWL.sameAs, o))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = [str(m) for m in graph.objects(None, ERRNS.error)]
    assert any("sameAs" in e and "differentFrom" in e for e in errors), errors


# a demonym and short name the graph cannot place, spelled out in full later in the section:
# joined to that one name, never where the section spells out two
SPELLED_OUT = [
    ("The group grew out of a split in the Malian Falcons in 2006. In 2007 Harakat Falcons "
     "Mali spokesman Ali Musa left.", {("sf", "split", "Harakat Falcons Mali", "2006")}),
    ("The group grew out of a split in the Malian Falcons in 2006. Both the Harakat Falcons "
     "Mali and the Falcons Union of Mali claimed it.", set()),
]


@pytest.mark.parametrize(("history", "want"), SPELLED_OUT)
def test_a_demonym_and_short_name_joins_the_one_name_the_section_spells_out(
        tmp_path, history, want):
    result = _ingest(tmp_path, history, Dataset())
    facts = lineage_facts(result.dataset)
    assert facts == want, review_text(result)
    assert not any("Malian" in str(o) for o in result.dataset.objects(None, SKOS.prefLabel))


# --- a known one-word name that the text describes as another group's splinter ---------------


def _credited(tmp_path: Path, claim: str) -> set[URIRef]:
    """The organisations an attack entry credits, ingested against a graph that already knows
    a Jundallah (from an earlier profile) that came from no split."""
    text = _profile("").replace(
        "June 2010: The group attacked a barracks. (3 killed)",
        f"June 2010: A bomb hit a barracks in Gao. {claim} (3 killed)",
    )
    result = ingest_profile(tmp_path / "sf.txt", text=text,
                            existing=_known(("jundallah", "Jundallah", None)))
    return set(result.dataset.objects(None, KG.attributedTo))


@pytest.mark.parametrize("claim", [
    "The group claimed it, as did Jundallah, a Pakistani TTP splinter.",
    "Jundallah, a breakaway faction of the GSPC, also claimed it.",
])
def test_a_known_bare_name_described_as_another_groups_splinter_is_not_joined(tmp_path, claim):
    assert URIRef(GROUP + "jundallah") not in _credited(tmp_path, claim)


def test_the_known_bare_name_without_such_a_description_is_joined(tmp_path):
    credited = _credited(tmp_path, "The group claimed it, as did Jundallah.")
    assert URIRef(GROUP + "jundallah") in credited
