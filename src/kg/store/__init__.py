"""The graph's home: the stores and the one place terms cross between rdflib and pyoxigraph.

Nothing is re-exported here; import the module that holds what you need (docs/storage.md):

- `kg.store.embedded`: Oxigraph in process (a build's store on disk, or in memory): catalogue
  queries with bound parameters and name lookup (`OxigraphStore`).
- `kg.store.remote`: any SPARQL 1.1 store over HTTP: queries, and the push of a build.
- `kg.store.sparql`: SPARQL text before it reaches either: the safety check, parameter binding,
  the checks a build records, and `QueryResult`.
- `kg.store.terms`: rdflib terms to pyoxigraph terms and back.
- `kg.store.as_written`: the literals Oxigraph rewrites, kept as the files wrote them.
"""
