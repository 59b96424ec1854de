"""Can a partner's threat-intelligence platform take the graph as a STIX 2.1 bundle?

The bundle must pass the OASIS validator with zero errors, read back with the `stix2` library,
keep what an analyst needs (AQIM, its aliases, its attacks with casualty figures and the
modality of each attribution, its lineage back to GSPC and GIA), and keep its ids from one
export to the next so that a platform updates rather than duplicates.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import stix2
from benchmarks.generate import generate

from kg.cli import app
from kg.load import load
from kg.namespaces import GROUP
from kg.reason import reason
from kg.stix import EXTENSION_ID, export_stix, stix_id
from tests.hermetic import DATA

from .conftest import without_progress

AQIM = "Al Qaida in the Islamic Maghreb"


@pytest.fixture(scope="module")
def bundle_file(reasoned_kg, tmp_path_factory) -> Path:
    return export_stix(reasoned_kg, tmp_path_factory.mktemp("stix") / "aqim.json").path


@pytest.fixture(scope="module")
def bundle(bundle_file):
    return stix2.parse(bundle_file.read_text(encoding="utf-8"), allow_custom=False)


def errors_of(path: Path) -> list[str]:
    # imported here: the validator builds 38 grammars on import (2 s), which every pytest-xdist
    # worker would pay while collecting, not only the one that runs this module
    from stix2validator import ValidationOptions, validate_instance

    result = validate_instance(json.loads(path.read_text(encoding="utf-8")),
                               ValidationOptions(version="2.1"))
    return [str(error) for error in result.errors]


def by_type(bundle, kind: str) -> list:
    return [obj for obj in bundle.objects if obj.type == kind]


def named(bundle, kind: str, name: str):
    (found,) = [obj for obj in by_type(bundle, kind) if obj.name == name]
    return found


def relationships(bundle, kind: str, source=None, target=None) -> list:
    return [
        r for r in by_type(bundle, "relationship")
        if r.relationship_type == kind
        and (source is None or r.source_ref == source.id)
        and (target is None or r.target_ref == target.id)
    ]


def figures(obj, what: str) -> list[tuple[int | None, str]]:
    return sorted(
        (figure.get("count"), figure["qualifier"])
        for figure in obj.extensions[EXTENSION_ID].get(what, [])
    )


def test_the_curated_bundle_passes_the_stix2_validator_with_zero_errors(bundle_file):
    assert errors_of(bundle_file) == []


def test_a_partner_reads_the_bundle_with_plain_stix2_without_our_code(bundle_file):
    """The extension is declared in the bundle; stix2 needs nothing of kg to parse it."""
    read = (
        "import sys, stix2; b = stix2.parse(open(sys.argv[1], encoding='utf-8').read()); "
        "print(sum(o.type == 'incident' for o in b.objects))"
    )
    done = subprocess.run([sys.executable, "-c", read, str(bundle_file)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "10"


def test_aqim_is_an_intrusion_set_with_its_aliases_but_not_gspcs_names(bundle):
    aqim = named(bundle, "intrusion-set", AQIM)
    assert {"AQIM", "al-Qaïda dans les pays du Maghreb islamique",
            "Tanzim Qaedat bi-Bilad al-Maghrab al-Islami"} <= set(aqim.aliases)
    # GSPC's names, which the profile lists among AQIM's, belong to the predecessor: as aliases
    # they would make a platform merge the two groups
    assert "Groupe salafiste pour la prédication et le combat" not in aqim.aliases
    assert "Groupe salafiste pour la prédication et le combat" in (
        aqim.extensions[EXTENSION_ID]["former_names"]
    )
    assert "Establish sharia rule" in aqim.goals
    assert aqim.first_seen.year == 2003 and aqim.last_seen.isoformat()[:10] == "2016-01-15"


def test_aqims_attacks_carry_their_casualty_figures_and_how_they_are_attributed(bundle):
    aqim = named(bundle, "intrusion-set", AQIM)
    attributed = {r.source_ref: r for r in relationships(bundle, "attributed-to", target=aqim)}
    incidents = {i.name: i for i in by_type(bundle, "incident") if i.id in attributed}
    assert len(incidents) == 10  # twelve entries: two are campaigns, one is GSPC's

    court = incidents["Simultaneous bombings of the Algerian Constitutional Court and the UN "
                      "Regional Headquarters"]
    assert figures(court, "killed") == [(33, "exact"), (38, "exact")]  # both sources kept
    assert figures(court, "wounded") == [(None, "unknown")]  # unknown is never zero
    benghazi = incidents["Attack on the U.S. Embassy in Benghazi"]
    assert figures(benghazi, "wounded") == [(10, "at-least")]
    assert benghazi.extensions[EXTENSION_ID]["edtf"] == "2012-09-11"
    batna = incidents["Suicide bombing in Batna targeting President Bouteflika"]
    claim = attributed[batna.id]
    assert claim.description.lower().startswith("claimed responsibility")
    assert claim.extensions[EXTENSION_ID]["modality"] == "claimed-responsibility"
    assert [ref.url for ref in claim.external_references] == [
        "https://w3id.org/ctkg/id/profile/aqim#attack-03"
    ]
    (place,) = [r for r in relationships(bundle, "located-at", source=batna)]
    batna_city = bundle.objects[[o.id for o in bundle.objects].index(place.target_ref)]
    assert (batna_city.name, batna_city.country) == ("Batna", "DZ")
    assert batna_city.latitude == pytest.approx(35.56, abs=0.01)


def test_the_gspc_campaign_is_a_campaign_attributed_to_gspc(bundle):
    gspc = named(bundle, "intrusion-set", "Salafist Group for Call and Combat")
    (attribution,) = relationships(bundle, "attributed-to", target=gspc)
    campaign = [c for c in by_type(bundle, "campaign") if c.id == attribution.source_ref]
    assert campaign and campaign[0].first_seen.year == 1998 and campaign[0].last_seen.year == 2003


def test_aqim_derives_from_gspc_which_derives_from_gia(bundle):
    aqim = named(bundle, "intrusion-set", AQIM)
    gspc = named(bundle, "intrusion-set", "Salafist Group for Call and Combat")
    gia = named(bundle, "intrusion-set", "Armed Islamic Group")
    (renamed,) = relationships(bundle, "derived-from", aqim, gspc)
    (split,) = relationships(bundle, "derived-from", gspc, gia)
    assert "renamed from" in renamed.description and "2006-09" in renamed.description
    assert "split from" in split.description
    al_qaida = named(bundle, "intrusion-set", "Al Qaida")
    assert relationships(bundle, "derived-from", aqim, al_qaida) == []  # a merger partner
    assert relationships(bundle, "related-to", aqim, al_qaida)


def test_the_leader_is_an_individual_threat_actor_and_a_victim_an_identity(bundle):
    droukdel = named(bundle, "threat-actor", "Abdelmalek Droukdel")
    assert droukdel.resource_level == "individual"  # OpenCTI: Threat-Actor-Individual
    assert named(bundle, "identity", "Christopher Stevens").identity_class == "individual"
    (led,) = relationships(bundle, "related-to", droukdel, named(bundle, "intrusion-set", AQIM))
    assert led.description == f"leader of {AQIM} since 2004"


def test_one_report_per_profile_lists_its_objects_and_its_references(bundle):
    (report,) = by_type(bundle, "report")
    ids = {obj.id for obj in bundle.objects}
    assert set(report.object_refs) <= ids
    assert named(bundle, "intrusion-set", AQIM).id in report.object_refs
    urls = {ref.get("url") for ref in report.external_references}
    assert "http://www.nctc.gov/site/groups/aqim.html" in urls


def test_ids_are_uuid5_of_our_iris_so_two_exports_are_identical(reasoned_kg, bundle_file,
                                                                tmp_path):
    again = export_stix(reasoned_kg, tmp_path / "again.json").path
    assert again.read_bytes() == bundle_file.read_bytes()
    aqim = stix_id("intrusion-set", str(GROUP["aqim"]))
    assert aqim in bundle_file.read_text(encoding="utf-8")
    assert uuid.UUID(aqim.split("--")[1]).version == 5


@pytest.mark.slow  # half a minute: generating, reasoning, exporting and validating S
def test_the_bundle_of_the_s_corpus_passes_the_validator(tmp_path):
    kg = load([generate(tmp_path / "S", "S").folder])
    reason(kg)
    path = export_stix(kg, tmp_path / "s.json").path
    assert errors_of(path) == []
    reports = by_type(stix2.parse(path.read_text(encoding="utf-8")), "report")
    assert len(reports) > 1  # one per profile


def test_kg_export_stix_writes_the_bundle(runner, built, tmp_path):
    target = tmp_path / "bundle.json"
    result = runner.invoke(app, ["export", "--format", "stix", "-o", str(target),
                                 "--build", str(built)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "bundle"


def test_a_stix_file_name_that_is_not_json_is_one_line_and_nothing_written(runner, built,
                                                                           tmp_path):
    target = tmp_path / "bundle.stix"
    result = runner.invoke(app, ["export", "--format", "stix", "-o", str(target),
                                 "--build", str(built)])
    assert result.exit_code == 2
    assert "bundle.json" in result.output and len(without_progress(result.output)) == 1
    assert not target.exists()


def test_without_the_stix2_library_the_export_is_one_line_naming_the_extra(runner, built,
                                                                           tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "stix2", None)  # import stix2 now fails
    target = tmp_path / "x.json"
    result = runner.invoke(app, ["export", "--format", "stix", "-o", str(target),
                                 "--build", str(built)])
    assert result.exit_code == 2
    assert without_progress(result.stderr) == [
        "error: the STIX export (--format stix) needs the 'stix' extra: pip install 'ctkg[stix]'"
    ]
    assert not target.exists()


# a profile whose entries name a state as behind an attack (kg:attributedToState)
STATE_PROFILE = (
    "Terrorism Profiles\n\nCoastal Liberation Front (CLF)\n\nAlternative Names:\n\n"
    "Front de Libération de la Côte\n\nNorth Africa: Algeria and Mali.\n\n"
    "Karim Haddou has led the Front since 2010.\n\nFunding Sources:\n\nKidnapping.\n\n"
    "The Front emerged in 2009.\n\nMajor Attacks:\n\n"
    "March 3, 2016: A car bomb hit a barracks in Gao. Bamako blamed Mauritania and recalled "
    "its ambassador. (4 killed)\n\n"
    "April 9, 2016: CLF gunmen attacked a checkpoint near Gao and claimed the attack. "
    "(2 killed)\n"
)


@pytest.fixture(scope="module")
def state_bundle(tmp_path_factory):
    from kg.ingest import ingest_profile, write_ingested

    folder = tmp_path_factory.mktemp("state")
    places = load([DATA / "places.ttl"], with_ontology=False)
    result = ingest_profile(folder / "clf.txt", text=STATE_PROFILE, existing=places)
    written = write_ingested(result, folder / "clf.trig")
    kg = load([DATA / "places.ttl", written])
    reason(kg)
    path = export_stix(kg, folder / "clf.json").path
    return path, stix2.parse(path.read_text(encoding="utf-8"), allow_custom=False)


def test_a_state_blamed_for_an_attack_is_related_to_its_location_not_an_actor(state_bundle):
    path, bundle = state_bundle
    assert errors_of(path) == []
    mauritania = named(bundle, "location", "Mauritania")
    assert mauritania.country == "MR"
    (blamed,) = relationships(bundle, "related-to", target=mauritania)
    (incident,) = [i for i in by_type(bundle, "incident") if i.id == blamed.source_ref]
    assert "Mauritania" in incident.description
    assert blamed.description == (
        "attributed to the state Mauritania (Attributed): \"blamed Mauritania\"")
    extension = blamed.extensions[EXTENSION_ID]
    assert extension["relation"] == "kg:attributedToState"
    assert extension["modality"] == "attributed"
    # the state is a place, never an actor: no attributed-to points to it, and no actor or
    # identity carries its name (one IRI, one STIX object)
    assert relationships(bundle, "attributed-to", target=mauritania) == []
    assert not [o for kind in ("threat-actor", "intrusion-set", "identity")
                for o in by_type(bundle, kind) if o.name == "Mauritania"]
    # the group's own attack keeps its attributed-to
    clf = named(bundle, "intrusion-set", "Coastal Liberation Front")
    assert relationships(bundle, "attributed-to", target=clf)
