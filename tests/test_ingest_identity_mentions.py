"""One organisation, one IRI, across profiles: an organisation a profile names in passing is
linked to the IRI the graph has (`kg.ingest.mentions`) only on a certain name; a name written
with an acronym inside it joins the spelled-out name (`kg.ingest.acronym_expansion`); a
re-ingested profile keeps the IRIs other sources point to. Each class has its own wordings and
the pairs that must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.acronym_expansion import expands_acronym
from kg.namespaces import GROUP, KG, SCHEMA


def _profile(title: str, history: str = "The group emerged in 1994.",
             ideology: str = "Salafi-jihadist.") -> str:
    return (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\nNone known\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n\n"
        f"Ideological Roots:\n\n{ideology}\n"
    )


def _ingest(tmp_path: Path, slug: str, text: str, existing: Dataset):
    result = ingest_profile(tmp_path / f"{slug}.txt", text=text, existing=existing)
    union = Dataset()
    for quad in existing.quads((None, None, None, None)):
        union.add(quad)
    for quad in result.dataset.quads((None, None, None, None)):
        union.add(quad)
    return result, union


def _objects(dataset: Dataset, subject, predicate) -> set:
    return {q[2] for q in dataset.quads((subject, predicate, None, None))}


def _subjects(dataset: Dataset, predicate, obj) -> set:
    return {q[0] for q in dataset.quads((None, predicate, obj, None))}


def _mentioned(dataset: Dataset) -> set:
    return _objects(dataset, None, SCHEMA.mentions)


def _named(dataset: Dataset, name: str) -> set:
    return {q[0] for q in dataset.quads((None, SKOS.prefLabel, None, None)) if str(q[2]) == name}


@pytest.fixture()
def known_front(tmp_path: Path) -> tuple[Dataset, URIRef]:
    """A graph that knows the Sahara Liberation Front from its own profile."""
    _, union = _ingest(tmp_path, "slf", _profile("Sahara Liberation Front (SLF)"), Dataset())
    (front,) = _named(union, "Sahara Liberation Front")
    return union, front


# ------------------------------------------------------------ a full name named in passing


@pytest.mark.parametrize("ideology", [
    "The group shares the outlook of the Sahara Liberation Front.",
    "Unlike the Sahara Liberation Front, it never sought a state of its own.",
    "Its preachers praised the Sahara Liberation Front’s leaders in 2011.",
    "Sahara Liberation Front veterans trained its first recruits.",
    "In 2013 it became a Sahara Liberation Front-aligned movement.",
    "It renewed its oath to the Sahara Liberation Front, an oath that changed nothing.",
])
def test_an_organisation_named_in_passing_is_linked_to_the_iri_the_graph_has(
    tmp_path, known_front, ideology
):
    graph, front = known_front
    result, _ = _ingest(tmp_path, "other", _profile("Desert Brigades (DB)", ideology=ideology),
                        graph)
    assert front in _mentioned(result.dataset)
    # a mention is a link, nothing else: no second name, type or IRI for the front
    assert not set(result.dataset.quads((front, None, None, None)))
    assert len(_named(result.dataset, "Sahara Liberation Front")) == 0


def test_the_mention_is_stated_in_the_graph_of_the_section_that_names_it(tmp_path, known_front):
    graph, front = known_front
    result, _ = _ingest(tmp_path, "other", _profile(
        "Desert Brigades (DB)", ideology="It admires the Sahara Liberation Front."), graph)
    (section,) = {g for s, p, o, g in result.dataset.quads((None, SCHEMA.mentions, front, None))}
    assert str(getattr(section, "identifier", section)).endswith("#ideology")


# ------------------------------------------------------------ what is not evidence enough


@pytest.mark.parametrize("ideology", [
    "The group shares the outlook of the SLF.",                    # an acronym alone
    "It wants an islamic state and a sahara liberation front.",    # words, not a name
    "It admires the Sahara Liberation Front of Western Mauritania.",  # a longer name
    "It admires the Sahara Liberation Front-Revolutionary Council.",  # a longer name
    "It admires the Mauritanian Sahara Liberation Front.",         # a qualifier: another one
    "It admires Ahmed’s Sahara Liberation Front.",                 # a possessor: another one
])
def test_a_mention_that_could_be_another_organisation_is_not_linked(
    tmp_path, known_front, ideology
):
    graph, front = known_front
    result, _ = _ingest(tmp_path, "other", _profile("Desert Brigades (DB)", ideology=ideology),
                        graph)
    assert front not in _mentioned(result.dataset)
    assert not set(result.dataset.quads((None, None, front, None)))


def test_two_namesakes_in_the_graph_refuse_the_link_and_the_review_says_so(tmp_path):
    graph = Dataset()
    curated = URIRef("https://example.org/graph/curated")
    for slug in ("nla-colombia", "nla-peru"):
        graph.add((GROUP[slug], RDF.type, KG.ArmedGroup, curated))
        graph.add((GROUP[slug], SKOS.prefLabel, Literal("National Liberation Army", lang="en"),
                   curated))
    result, _ = _ingest(tmp_path, "third", _profile(
        "Desert Brigades (DB)", ideology="It admired the National Liberation Army."), graph)
    assert not _mentioned(result.dataset) & _named(graph, "National Liberation Army")
    extracted = [e for s in result.sections for e in s.extracted]
    assert any("'National Liberation Army' not linked: 2 organisations" in e for e in extracted)


def test_a_profile_never_links_a_name_of_its_own_group_to_another_organisation(tmp_path):
    _, graph = _ingest(tmp_path, "first", _profile("Army of the Faithful (AF)"), Dataset())
    result, _ = _ingest(tmp_path, "second", _profile(
        "Mountain Front (MF)", ideology="Its fighters once called themselves the Army of the "
        "Faithful before the Mountain Front took its present name."), graph)
    (army,) = _named(graph, "Army of the Faithful")
    assert _mentioned(result.dataset) == {army}  # another organisation's name: linked
    assert GROUP["mf"] not in _mentioned(result.dataset)


def test_an_organisation_the_profile_says_it_is_not_is_not_linked(tmp_path, known_front):
    graph, front = known_front
    result, _ = _ingest(tmp_path, "other", _profile(
        "Sahara Liberation Front (SLF-M)",
        history="The group emerged in 2001 in Morocco. It is not to be confused with the "
                "Sahara Liberation Front of Mali.",
        ideology="Unlike the Sahara Liberation Front, it seeks a caliphate."), graph)
    assert front not in _mentioned(result.dataset)


# ------------------------------------------------------------ an acronym inside a name


@pytest.mark.parametrize(("short", "long"), [
    ("Continuity NLA", "Continuity National Liberation Army"),
    ("Real SLF", "Real Sahara Liberation Front"),
    ("PFLM General Command", "Popular Front for the Liberation of Mauritania General Command"),
    ("Sahel IS Province", "Sahel Islamic State Province"),
])
def test_a_name_with_an_acronym_inside_joins_the_same_name_spelled_out(tmp_path, short, long):
    _, graph = _ingest(tmp_path, "first", _profile(f"{long} (XQZ)"), Dataset())
    result, _ = _ingest(tmp_path, "second", _profile(short), graph)
    (known,) = _named(graph, long)
    assert _subjects(result.dataset, RDF.type, KG.ArmedGroup) == {known}
    assert Literal(short, lang="en") in _objects(result.dataset, known, SKOS.altLabel)


@pytest.mark.parametrize(("short", "long"), [
    ("Continuity NLA", "Continuity National Defence Army"),  # letters differ
    ("Real SLF", "Real Sahara Liberation Front Council"),    # a word more
    ("SLF", "Sahara Liberation Front"),                      # an acronym alone
    ("Harkat ul Mujahidin", "Harkat Union League Mujahidin"),  # a particle, no acronym
])
def test_a_name_that_is_not_the_same_with_its_acronym_spelled_out_stays_apart(short, long):
    assert not expands_acronym(short.split(), long.split())
    assert not expands_acronym(long.split(), short.split())


def test_two_organisations_the_spelled_out_name_could_be_refuse_the_join(tmp_path):
    _, graph = _ingest(tmp_path, "a", _profile("Real Sahara Liberation Front (RSLF)"), Dataset())
    _, graph = _ingest(tmp_path, "b", _profile("Real Sudan Liberation Force (RSLFO)"), graph)
    result, _ = _ingest(tmp_path, "c", _profile("Real SLF"), graph)
    (minted,) = _subjects(result.dataset, RDF.type, KG.ArmedGroup)
    assert minted not in _subjects(graph, RDF.type, KG.ArmedGroup)
    assert any("could be any of" in p.message for p in result.problems)


# ------------------------------------------------------------ re-ingesting a profile


def test_re_ingesting_a_profile_keeps_an_iri_another_source_points_to(tmp_path):
    text = _profile("Desert Brigades (DB)", history="The group emerged in 1994 as an offshoot "
                    "of the Sahara Liberation Front.")
    first, union = _ingest(tmp_path, "db", text, Dataset())
    parents = _objects(first.dataset, None, KG.splitFrom)
    assert len(parents) == 1
    (parent,) = parents
    # another source says something of the front, under its IRI and without naming it
    union.add((parent, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q1"),
               URIRef("https://example.org/graph/links")))
    again = ingest_profile(tmp_path / "db.txt", text=text, existing=union)
    assert _objects(again.dataset, None, KG.splitFrom) == {parent}


# ------------------------------------------------------------ a name introduced as new


@pytest.mark.parametrize("ideology", [
    "Its allies included the Sahara Liberation Front, a Malian splinter of the Polisario. "
    "The Sahara Liberation Front later denied any link.",
    "The Sahara Liberation Front, the small party then in the governing coalition, shielded "
    "it. Members of the Sahara Liberation Front sat in its council.",
    "The Sahara Liberation Front, an offshoot of a student union, praised it. It admired the "
    "Sahara Liberation Front.",
])
def test_a_known_name_the_profile_introduces_with_a_description_is_linked_nowhere_in_it(
    tmp_path, known_front, ideology
):
    graph, front = known_front
    result, _ = _ingest(tmp_path, "other", _profile("Desert Brigades (DB)", ideology=ideology),
                        graph)
    assert front not in _mentioned(result.dataset)
    extracted = [e for s in result.sections for e in s.extracted]
    assert any("possibly another organisation of the name elsewhere in the profile" in e
               for e in extracted)


# ------------------------------------------------------------ typing from the sentence


@pytest.mark.parametrize("ideology", [
    "In 2008 the Sahara Liberation Front later fought government troops near Kidal.",
    "Sahara Liberation Front fighters trained its first recruits.",
    "Gunmen of the Sahara Liberation Front guarded its camps.",
    "It fought alongside the Sahara Liberation Front until 2010.",
    "The Sahara Liberation Front carried out a string of bombings in 2011.",
])
def test_an_organisation_a_sentence_shows_fighting_is_stated_an_armed_group(
    tmp_path, ideology
):
    _, graph = _ingest(tmp_path, "slf", _profile("Sahara Liberation Front (SLF)"), Dataset())
    (front,) = _named(graph, "Sahara Liberation Front")
    result, _ = _ingest(tmp_path, "other", _profile("Desert Brigades (DB)", ideology=ideology),
                        graph)
    assert (front, RDF.type, KG.ArmedGroup) in {q[:3] for q in result.dataset.quads(
        (front, RDF.type, None, None))}


@pytest.mark.parametrize("ideology", [
    "It fought against the Sahara Liberation Front in 2009.",      # the one fought against
    "The Sahara Liberation Front never fought.",                   # negated
    "The Sahara Liberation Front praised its preachers.",          # no fighting
])
def test_an_organisation_not_shown_fighting_gets_no_type_from_the_profile(tmp_path, ideology):
    _, graph = _ingest(tmp_path, "slf", _profile("Sahara Liberation Front (SLF)"), Dataset())
    (front,) = _named(graph, "Sahara Liberation Front")
    result, _ = _ingest(tmp_path, "other", _profile("Desert Brigades (DB)", ideology=ideology),
                        graph)
    assert front in _mentioned(result.dataset)
    assert not set(result.dataset.quads((front, RDF.type, None, None)))


@pytest.mark.parametrize("name", ["Malian Army", "Interior Ministry Police", "Sahel Coalition"])
def test_a_state_force_shown_fighting_is_not_stated_an_armed_group(tmp_path, name):
    graph = Dataset()
    curated = URIRef("https://example.org/graph/curated")
    body = URIRef("https://w3id.org/ctkg/id/org/state-force")
    graph.add((body, RDF.type, KG.Organisation, curated))
    graph.add((body, SKOS.prefLabel, Literal(name, lang="en"), curated))
    result, _ = _ingest(tmp_path, "other", _profile(
        "Desert Brigades (DB)", ideology=f"In 2012 the {name} attacked its camps."), graph)
    assert body in _mentioned(result.dataset)
    assert not set(result.dataset.quads((body, RDF.type, None, None)))


# ------------------------------------------------------------ namesakes told apart by where


def _profile_in(title: str, areas: str, ideology: str) -> str:
    return _profile(title, ideology=ideology).replace("The Sahel: Mali.", areas)


@pytest.mark.parametrize(("known", "known_areas", "areas", "ideology", "linked"), [
    # the graph's namesake operates elsewhere: possibly another organisation of the name
    ("Ansar al-Tawhid (AAT)", "South Asia: Bangladesh.", "Middle East: Iraq.",
     "It fought alongside Ansar al-Tawhid in 2005.", False),
    ("Jund al-Haqq (JAH)", "East Africa: Somalia.", "Southeast Asia: the Philippines.",
     "Its first cells followed the doctrine of Jund al-Haqq.", False),
    ("People's Vanguard (PV)", "South America: Peru.", "South Asia: Nepal.",
     "The group received money from People's Vanguard couriers.", False),
    # the two share a country, or the profile's own areas include the namesake's
    ("Ansar al-Tawhid (AAT)", "South Asia: Bangladesh.", "South Asia: Bangladesh and India.",
     "It fought alongside Ansar al-Tawhid in 2005.", True),
    ("Jund al-Haqq (JAH)", "East Africa: Somalia and Kenya.", "East Africa: Kenya.",
     "Its first cells followed the doctrine of Jund al-Haqq.", True),
    ("People's Vanguard (PV)", "South America: Peru.", "South America: Peru and Bolivia.",
     "The group received money from People's Vanguard couriers.", True),
])
def test_a_namesake_that_operates_elsewhere_is_not_linked_and_the_review_says_so(
    tmp_path, known, known_areas, areas, ideology, linked
):
    _, graph = _ingest(tmp_path, "known", _profile_in(known, known_areas, "Salafi-jihadist."),
                       Dataset())
    (organisation,) = _named(graph, known.split(" (")[0])
    result, _ = _ingest(tmp_path, "other", _profile_in("Desert Brigades (DB)", areas, ideology),
                        graph)
    assert (organisation in _mentioned(result.dataset)) is linked
    assert ("kept apart as possibly a namesake" in result.review()) is not linked



@pytest.mark.parametrize(("known", "known_areas", "areas", "history"), [
    ("Ansar al-Tawhid (AAT)", "South Asia: Bangladesh.", "Middle East: Iraq.",
     "The group emerged in 2004 as a split from Ansar al-Tawhid. Ansar al-Tawhid fighters "
     "later rejoined it."),
    ("Jund al-Haqq (JAH)", "East Africa: Somalia.", "Southeast Asia: the Philippines.",
     "In 2010 the group merged with Jund al-Haqq. Jund al-Haqq had fought in Mindanao since "
     "2001."),
    ("People's Vanguard (PV)", "South America: Peru.", "South Asia: Nepal.",
     "The group broke away from People's Vanguard in 1999, and People's Vanguard fighters "
     "attacked its camps in 2000."),
])
def test_a_namesake_a_fact_names_gets_its_own_iri_and_a_note(
    tmp_path, known, known_areas, areas, history
):
    """A fact (lineage, here) naming an organisation the graph knows by the same full name but
    only in other countries names a namesake: never the graph's IRI (an IRI of its own where
    the profile states it), and the review says so."""
    _, graph = _ingest(tmp_path, "known", _profile_in(known, known_areas, "Salafi-jihadist."),
                       Dataset())
    name = known.split(" (")[0]
    (organisation,) = _named(graph, name)
    text = _profile_in("Desert Brigades (DB)", areas, "Salafi-jihadist.").replace(
        "The group emerged in 1994.", history)
    result, _ = _ingest(tmp_path, "other", text, graph)
    assert not set(result.dataset.quads((None, None, organisation, None)))
    assert not set(result.dataset.quads((organisation, None, None, None)))
    # where the profile states the namesake at all, it is under an IRI of its own
    assert all(iri != organisation for iri in _named(result.dataset, name))
    assert "kept apart as possibly a namesake" in result.review()


@pytest.mark.parametrize(("areas", "history"), [
    ("Middle East: Iraq.", "The group emerged in 2004 as a split from Ansar al-Tawhid."),
    ("Southeast Asia: the Philippines.",
     "In 2010 the group pledged allegiance to Ansar al-Tawhid."),
    ("South America: Peru.", "Its founders left Ansar al-Tawhid in 1999."),
])
def test_an_organisation_other_groups_are_affiliates_of_is_joined_wherever_it_is_named(
    tmp_path, areas, history
):
    """Ansar al-Tawhid operates in Bangladesh, but a Sahel group is its affiliate: its name
    carries across borders (as the Islamic State's or Al Qaida's does), and a profile from
    another region naming it means it."""
    _, graph = _ingest(tmp_path, "known", _profile_in(
        "Ansar al-Tawhid (AAT)", "South Asia: Bangladesh.", "Salafi-jihadist."), Dataset())
    (organisation,) = _named(graph, "Ansar al-Tawhid")
    affiliate = URIRef("https://w3id.org/ctkg/id/group/sahel-affiliate")
    graph.add((affiliate, KG.affiliateOf, organisation,
               URIRef("https://example.org/graph/curated")))
    text = _profile_in("Desert Brigades (DB)", areas, "Salafi-jihadist.").replace(
        "The group emerged in 1994.", history)
    result, union = _ingest(tmp_path, "other", text, graph)
    assert set(result.dataset.quads((None, None, organisation, None)))
    assert len(_named(union, "Ansar al-Tawhid")) == 1
