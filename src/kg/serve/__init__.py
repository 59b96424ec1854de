"""`kg serve`: the embedded graph as a read-only SPARQL 1.1 Protocol endpoint, with entity pages
for every IRI it mints and a query page for people. See docs/stores-and-serving.md."""

from kg.serve.app import create_app, ensure_can_listen
from kg.serve.limits import ServeSettings

__all__ = ["ServeSettings", "create_app", "ensure_can_listen"]
