"""ctkg: a knowledge graph of militant organisations.

The stages are functions that pass graphs to each other, so a notebook can do what the `kg`
command does:

    from kg import load, reason, validate, run_query, find_query
    kg = load()                      # ontology + data/
    reason(kg)                       # OWL 2 RL entailments into their own graph
    report = validate(kg)            # SHACL; report.conforms, report.warnings
    rows = run_query(kg, find_query("lineage"), {"group": "AQIM"})
"""

from kg.build import BuildResult, build, current_graph
from kg.errors import DataFileError, KgError, ParameterError, QueryError, StoreError
from kg.load import KnowledgeGraph, load
from kg.query import EmbeddedStore, QueryResult, resolve_entity, run_query
from kg.query_catalogue import CatalogueQuery, catalogue, find_query
from kg.reason import ReasoningResult, reason
from kg.validate import Severity, ValidationReport, ValidationResult, validate

__all__ = [
    "BuildResult",
    "CatalogueQuery",
    "DataFileError",
    "EmbeddedStore",
    "KgError",
    "KnowledgeGraph",
    "ParameterError",
    "QueryError",
    "QueryResult",
    "ReasoningResult",
    "Severity",
    "StoreError",
    "ValidationReport",
    "ValidationResult",
    "build",
    "catalogue",
    "current_graph",
    "find_query",
    "load",
    "reason",
    "resolve_entity",
    "run_query",
    "validate",
]
