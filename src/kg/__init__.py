"""ctkg: a knowledge graph of militant organisations.

The stages are functions that pass graphs to each other, so a notebook can do what the `kg`
command does:

    from kg import load, reason, validate, run_query, find_query
    kg = load()                      # ontology + data/
    reason(kg)                       # OWL 2 RL entailments into their own graph
    report = validate(kg)            # SHACL; report.conforms, report.warnings
    rows = run_query(kg, find_query("lineage"), {"group": "AQIM"})

Importing `kg` loads nothing but the version; each stage is imported when first named (`kg.load`
loads the loader, and so on), and the picture and server stacks are optional extras
(`ctkg[pictures]`, `ctkg[serve]`) imported when `kg.pictures` or `kg.serve` is, the STIX and
spreadsheet libraries (`ctkg[stix]`, `ctkg[xlsx]`) when an export needs them.
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING

from kg._version import __version__

# Each public name and the module that defines it. They are imported on first use (PEP 562), not
# here: `import kg` used to import every stage, pySHACL, owlrl and the ingest readers with them,
# which cost a one-shot `kg query` seconds before it did anything (docs/benchmarks.md, #13).
_LAZY = {
    "BuildResult": "kg.build",
    "build": "kg.build",
    "current_graph": "kg.build",
    "DataFileError": "kg.errors",
    "KgError": "kg.errors",
    "ParameterError": "kg.errors",
    "QueryError": "kg.errors",
    "StoreError": "kg.errors",
    "UnsafeQueryError": "kg.errors",
    "construct": "kg.construct",
    "write_graph": "kg.construct",
    "ExportResult": "kg.export",
    "export": "kg.export",
    "IngestResult": "kg.ingest",
    "ingest_profile": "kg.ingest",
    "write_ingested": "kg.ingest",
    "KnowledgeGraph": "kg.load",
    "load": "kg.load",
    "EmbeddedStore": "kg.query",
    "QueryResult": "kg.store.sparql",
    "resolve_entity": "kg.query",
    "run_query": "kg.query",
    "CatalogueQuery": "kg.query_catalogue",
    "catalogue": "kg.query_catalogue",
    "find_query": "kg.query_catalogue",
    "ReasoningResult": "kg.reason",
    "reason": "kg.reason",
    "PushResult": "kg.store.remote",
    "RemoteStore": "kg.store.remote",
    "push": "kg.store.remote",
    "Severity": "kg.validate",
    "ValidationReport": "kg.validate",
    "ValidationResult": "kg.validate",
    "validate": "kg.validate",
    "StixResult": "kg.stix",
    "export_stix": "kg.stix",
    "stix_bundle": "kg.stix",
    "export_group_workbook": "kg.xlsx",
    "write_result_workbook": "kg.xlsx",
}

if TYPE_CHECKING:
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
    from kg.query import EmbeddedStore, resolve_entity, run_query
    from kg.query_catalogue import CatalogueQuery, catalogue, find_query
    from kg.reason import ReasoningResult, reason
    from kg.stix import StixResult, export_stix, stix_bundle
    from kg.store.remote import PushResult, RemoteStore, push
    from kg.store.sparql import QueryResult
    from kg.validate import Severity, ValidationReport, ValidationResult, validate
    from kg.xlsx import export_group_workbook, write_result_workbook


def __getattr__(name: str) -> object:
    """A public name, imported from its module on first use and kept here."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """`kg` itself. Five stages are functions named like their modules (`kg.load.load`):
    importing the module `kg.load` makes Python set the attribute `kg.load` to the module, so
    these names are properties that always give the function, as they did when this package
    imported every stage eagerly."""


def _stage_function(name: str) -> property:
    def get(_package: types.ModuleType) -> object:
        return getattr(importlib.import_module(f"kg.{name}"), name)

    def ignore(_package: types.ModuleType, _value: object) -> None:
        """The import system records the submodule here; `sys.modules` keeps it anyway."""

    return property(get, ignore)


for _name in ("build", "export", "load", "reason", "validate"):
    setattr(_Package, _name, _stage_function(_name))
sys.modules[__name__].__class__ = _Package


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
