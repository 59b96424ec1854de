"""Every IRI the code uses, in one place.

The ontology's own terms are a `DefinedNamespace`, so a misspelt term fails at import time rather
than silently at query time; `tests/test_namespaces.py` checks that this list and
`ontology/kg.ttl` agree term for term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/ctkg/"


class KG(DefinedNamespace):
    """Terms of the ctkg ontology (`ontology/kg.ttl`)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    ArmedGroup: URIRef
    Attack: URIRef
    Attribution: URIRef
    Campaign: URIRef
    City: URIRef
    Country: URIRef
    Designation: URIRef
    Enmity: URIRef
    Event: URIRef
    Facility: URIRef
    Figure: URIRef
    Leadership: URIRef
    LegalEvent: URIRef
    LineageEvent: URIRef
    Merger: URIRef
    Organisation: URIRef
    Person: URIRef
    Place: URIRef
    ProfileDocument: URIRef
    ProfileSection: URIRef
    Region: URIRef
    Subdivision: URIRef
    Rename: URIRef
    Source: URIRef
    Split: URIRef
    # properties
    absorbed: URIRef
    accessed: URIRef
    acronym: URIRef
    affiliateOf: URIRef
    alliedWith: URIRef
    areaOfOperation: URIRef
    attackType: URIRef
    attributedTo: URIRef
    attributedToState: URIRef
    attribution: URIRef
    coDefendants: URIRef
    count: URIRef
    countQualifier: URIRef
    date: URIRef
    datePrecision: URIRef
    declaredEnemy: URIRef
    defendant: URIRef
    delisted: URIRef
    designatedBy: URIRef
    designatedOrganisation: URIRef
    dissolved: URIRef
    earliest: URIRef
    edtf: URIRef
    endDate: URIRef
    endLine: URIRef
    enemy: URIRef
    formedByMergerOf: URIRef
    formerName: URIRef
    fundingActivity: URIRef
    goal: URIRef
    hasDirectPredecessor: URIRef
    hasLeadership: URIRef
    hasPredecessor: URIRef
    hasSuccessor: URIRef
    heldAtTheTime: URIRef  # a rule of kg.derive (a prov:Plan), not a property
    hostagesReleased: URIRef
    hostagesTaken: URIRef
    ideology: URIRef
    inception: URIRef
    iso3166Alpha2: URIRef
    jurisdiction: URIRef
    killed: URIRef
    latest: URIRef
    leader: URIRef
    leadersTrainedWith: URIRef
    listName: URIRef
    ledBy: URIRef
    legalOutcome: URIRef
    locatedIn: URIRef
    mergerPartner: URIRef
    modality: URIRef
    nationality: URIRef
    ofOrganisation: URIRef
    participant: URIRef
    perpetrator: URIRef
    place: URIRef
    praised: URIRef
    priorOrganisation: URIRef
    rank: URIRef
    ransom: URIRef
    referenceNumber: URIRef
    relatedEvent: URIRef
    renamedFrom: URIRef
    resultingOrganisation: URIRef
    rivalOf: URIRef
    section: URIRef
    sourceFile: URIRef
    splitFrom: URIRef
    startDate: URIRef
    startLine: URIRef
    structure: URIRef
    suicide: URIRef
    tactic: URIRef
    target: URIRef
    targetType: URIRef
    verbatim: URIRef
    victim: URIRef
    weaponType: URIRef
    wounded: URIRef


ONTOLOGY_IRI = URIRef(BASE + "ontology")
SHAPES = Namespace(BASE + "shapes#")
CHECKS = Namespace(BASE + "checks/")

# Entities: one namespace per kind, so an IRI says what it names.
ID = Namespace(BASE + "id/")
GROUP = Namespace(BASE + "id/group/")
ORG = Namespace(BASE + "id/org/")
PERSON = Namespace(BASE + "id/person/")
PLACE = Namespace(BASE + "id/place/")
ATTACK = Namespace(BASE + "id/attack/")
EVENT = Namespace(BASE + "id/event/")
PROFILE = Namespace(BASE + "id/profile/")
SOURCE = Namespace(BASE + "id/source/")
DATASET = URIRef(BASE + "id/dataset")
# Qualified-relation and figure nodes, and the profile collection (minted by `kg ingest` in the
# same scheme as the curated data).
FACILITY = Namespace(BASE + "id/facility/")
ATTRIBUTION = Namespace(BASE + "id/attribution/")
FIGURE = Namespace(BASE + "id/figure/")
RANSOM = Namespace(BASE + "id/ransom/")
LEADERSHIP = Namespace(BASE + "id/leadership/")
ENMITY = Namespace(BASE + "id/enmity/")
DESIGNATION = Namespace(BASE + "id/designation/")
COLLECTION = Namespace(BASE + "id/collection/")

# Controlled vocabularies (SKOS concept schemes under ontology/vocab/).
VOCAB = Namespace(BASE + "vocab/")
ATTACK_TYPE = Namespace(BASE + "vocab/attack-type/")
TARGET_TYPE = Namespace(BASE + "vocab/target-type/")
WEAPON_TYPE = Namespace(BASE + "vocab/weapon-type/")
ATTRIBUTION_MODALITY = Namespace(BASE + "vocab/attribution-modality/")
COUNT_QUALIFIER = Namespace(BASE + "vocab/count-qualifier/")
DATE_PRECISION = Namespace(BASE + "vocab/date-precision/")
FUNDING_ACTIVITY = Namespace(BASE + "vocab/funding-activity/")
TACTIC = Namespace(BASE + "vocab/tactic/")
GOAL = Namespace(BASE + "vocab/goal/")
IDEOLOGY = Namespace(BASE + "vocab/ideology/")
ORG_STRUCTURE = Namespace(BASE + "vocab/org-structure/")
LEGAL_OUTCOME = Namespace(BASE + "vocab/legal-outcome/")

# Named graphs that the pipeline itself writes.
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY_GRAPH = GRAPH["ontology"]
VOCAB_GRAPH = GRAPH["vocab"]
INFERRED_GRAPH = GRAPH["inferred"]
# Statements derived by the project's own rules (kg.derive), each with the rule that made it.
DERIVED_GRAPH = GRAPH["derived"]
# Gazetteer places the data mentions, described by the build from kg.gazetteer.
GAZETTEER_GRAPH = GRAPH["gazetteer"]
# What the build precomputes for the catalogue queries (kg.precompute): outside graph/, where
# a data file's graph is named after the file and could take the same name.
PRECOMPUTED_GRAPH = URIRef(BASE + "index/precomputed")


class KGI(DefinedNamespace):
    """Terms of the precomputed graph (`kg.precompute`): an index for the catalogue queries,
    derived from the data at build time, not part of the ontology."""

    _NS = Namespace(BASE + "index#")
    _fail = True

    Index: URIRef  # the precomputed graph is one (a marker: the graph was written)
    disputed: URIRef  # subject → a property the sources give it more than one value of
    nameKey: URIRef  # entity → the folded form (kg.names.normalise_name) of one of its names
    # one row of conflicting-claims: its columns, named as the query names them
    claimAbout: URIRef
    subjectName: URIRef
    property: URIRef
    value1: URIRef
    qualifier1: URIRef
    section1: URIRef
    value2: URIRef
    qualifier2: URIRef
    section2: URIRef
    compatible: URIRef
    # casualties-by-year (#15): what it read through property paths, which Virtuoso evaluates
    # wrongly from a bound group
    holds: URIRef  # the precomputed graph → an index it holds (named by the index's property):
    # a graph written by an older kg lacks it, and is not taken as current
    lineageAttack: URIRef  # organisation → an attack by it or by an organisation of its lineage
    attackYear: URIRef  # attack → the year of one of its earliest dates (xsd:integer)
    killedLowest: URIRef  # attack → its smallest killed count, as the data writes it
    killedHighest: URIRef  # attack → its largest killed count, as the data writes it
    # attacks-by-country (kg.precompute.attacks_by_country)
    country: URIRef  # attack (with a perpetrator) or tally → a kg:Country it is counted in
    countryName: URIRef  # country → one of its skos:prefLabels
    anyPerpetrator: URIRef  # stands for "any group": its tallies are the counts without one
    tally: URIRef  # kgi:anyPerpetrator → the count of one country (kgi:country, kgi:attacks)
    attacks: URIRef  # tally → how many attacks it counts (xsd:integer)
    rank: URIRef  # conflicting-claims row → its place in the query's order (xsd:integer)

SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
VOID = Namespace("http://rdfs.org/ns/void#")

# Prefixes bound on every graph we serialise, so Turtle and JSON-LD read naturally.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": str(SCHEMA),
    "geo": str(GEO),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "void": str(VOID),
    "dcat": "http://www.w3.org/ns/dcat#",
    "group": str(GROUP),
    "org": str(ORG),
    "person": str(PERSON),
    "place": str(PLACE),
    "attack": str(ATTACK),
    "event": str(EVENT),
    "profile": str(PROFILE),
    "source": str(SOURCE),
    "facility": BASE + "id/facility/",
    "attribution": BASE + "id/attribution/",
    "figure": BASE + "id/figure/",
    "ransom": BASE + "id/ransom/",
    "leadership": BASE + "id/leadership/",
    "enmity": BASE + "id/enmity/",
    "attacktype": str(ATTACK_TYPE),
    "targettype": str(TARGET_TYPE),
    "weapontype": str(WEAPON_TYPE),
    "modality": str(ATTRIBUTION_MODALITY),
    "qualifier": str(COUNT_QUALIFIER),
    "precision": str(DATE_PRECISION),
    "graph": str(GRAPH),
}
