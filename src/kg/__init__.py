"""ctkg: a knowledge graph of militant organisations.

The stages are functions that pass graphs to each other, so a notebook can do what the `kg`
command does:

    from kg import load, reason, validate, run_query, find_query
    kg = load()                      # ontology + data/
    reason(kg)                       # OWL 2 RL entailments into their own graph
    report = validate(kg)            # SHACL; report.conforms, report.warnings
    rows = run_query(kg, find_query("lineage"), {"group": "AQIM"})

Importing `kg` loads the core only; the picture and server stacks are optional extras
(`ctkg[pictures]`, `ctkg[serve]`) imported when `kg.pictures` or `kg.serve` is, and the STIX
and spreadsheet libraries (`ctkg[stix]`, `ctkg[xlsx]`) when an export needs them.
"""

from kg._version import __version__
from kg.build import BuildResult, build, current_graph
from kg.construct import construct, write_graph
from kg.errors import (
    DataFileError,
    KgError,
    ParameterError,
    QueryError,
    StoreError,
    UnsafeQueryError,
)
from kg.export import ExportResult, export
from kg.ingest import IngestResult, ingest_profile, write_ingested
from kg.load import KnowledgeGraph, load
from kg.query import EmbeddedStore, QueryResult, resolve_entity, run_query
from kg.query_catalogue import CatalogueQuery, catalogue, find_query
from kg.reason import ReasoningResult, reason
from kg.stix import StixResult, export_stix, stix_bundle
from kg.store import PushResult, RemoteStore, push
from kg.validate import Severity, ValidationReport, ValidationResult, validate
from kg.xlsx import export_group_workbook, write_result_workbook

__all__ = [
    "BuildResult",
    "CatalogueQuery",
    "DataFileError",
    "EmbeddedStore",
    "ExportResult",
    "IngestResult",
    "KgError",
    "KnowledgeGraph",
    "ParameterError",
    "PushResult",
    "QueryError",
    "QueryResult",
    "ReasoningResult",
    "RemoteStore",
    "Severity",
    "StixResult",
    "StoreError",
    "UnsafeQueryError",
    "ValidationReport",
    "ValidationResult",
    "__version__",
    "build",
    "catalogue",
    "construct",
    "current_graph",
    "export",
    "export_group_workbook",
    "export_stix",
    "find_query",
    "ingest_profile",
    "load",
    "push",
    "reason",
    "resolve_entity",
    "run_query",
    "stix_bundle",
    "validate",
    "write_graph",
    "write_ingested",
    "write_result_workbook",
]
