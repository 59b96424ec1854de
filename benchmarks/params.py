"""The parameters of tests/queries/*/*.params, adapted to a generated corpus's names.

Every catalogue query is timed with the same kinds of values its tests use (a group by acronym,
a country by name, a date window, a minimum death toll, an attack and a property), read from the
`corpus.json` the generator writes beside the data.
"""

from __future__ import annotations

import json
from pathlib import Path


def catalogue_params(corpus: Path, query: str) -> list[tuple[str, dict[str, str]]]:
    """(label, params) pairs for one catalogue query; a query without params runs once."""
    sample = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    group, root = sample["group"], sample["root"]
    # corpora generated before an ally was sampled have none
    ally, ally_year = sample.get("ally", group), sample.get("ally_year", "1995")
    table: dict[str, list[dict[str, str]]] = {
        "allies": [{"group": ally}, {"group": ally, "as_of": ally_year}],
        "attacks": [
            {"group": group, "min_killed": "20"},
            {"group": group, "country": sample["country"], "from": "1985", "to": "2000"},
            {"group": root},
        ],
        # the root of a tree (its own attacks), the group with the longest lineage, every group
        "attacks-by-country": [{"group": root}, {"group": group}, {}],
        "casualties-by-year": [{"group": group}],
        "conflicting-claims": [{}],
        "descendants": [{"group": root}, {"group": root, "as_of": "1995"}],
        "designations": [{"group": group}],
        "group-profile": [{"group": root}],
        "leaders": [{"group": group}, {"group": group, "as_of": "1995"}],
        "lineage": [{"group": group}, {"group": group, "as_of": "1995"}],
        "names": [{"group": group}],
        "sources": [{"entity": sample["attack"], "property": "kg:killed"}],
    }
    pairs = []
    for params in table.get(query, [{}]):
        label = query + "".join(f" {k}={v}" for k, v in params.items())
        pairs.append((label, params))
    return pairs
