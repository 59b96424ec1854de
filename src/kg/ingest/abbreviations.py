"""Words written with a full stop that ends no sentence ("Dr. Tiller", "St. Louis", "U.S.").

One list for every reader that cuts a text into sentences: the readers' sentence splitter
(`kg.ingest.context.split_sentences`) and the attack-entry grammar (`kg.ingest.entry_layouts`),
so that "Dr. Hector …" after a place-first head is one sentence for both.
"""

from __future__ import annotations

ABBREVIATIONS = frozenset({
    "U.S", "U.K", "U.N", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Jr", "Sr",
    "No", "vs", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "approx", "a.k.a",
})  # fmt: skip
