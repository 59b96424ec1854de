"""A step told in a participle clause fronted before the main clause's subject (the fifteenth
round; docs/ingest-lineage-grammar.md, "Structures (fifteenth round)").

"Having split from X in 2004, G attacked Gao"; "After breaking away from X in 2004, G …";
"Shortly after leaving X, G …": the clause before the comma has no subject of its own, and the
one it leaves out is the main clause's subject after the comma. The generated grammar read the
participle's auxiliary as the subject ("Having" split from X: an organisation called "Having"
was minted). Here the subject after the comma is the result, the organisation left the prior,
dated by the participle clause's own date. The main clause's subject must be an organisation
(a slot, or the group by "the group", "it", …): "Having left X, Ali Musa founded …" is a
person's career. Read before the generated grammar. See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import DATE_GAP, ORG, Frame, frame

# "having split from", "after breaking away from", "splitting off from", "after leaving"
_LEAVING = (
    r"(?:(?:shortly\s+|soon\s+|long\s+)?after\s+)?(?:having\s+)?(?:(?:broken|breaking)\s+"
    r"(?:away|off)\s+from|(?:split|splitting|splintered|splintering)\s+(?:off\s+|away\s+)?from|"
    r"(?:seceded|seceding)\s+from|(?:breaking|broken)\s+with|(?:left|leaving|quit|quitting))"
)

FRONTED: list[Frame] = [
    frame("fr-split-fronted-participle", "split",
          rf"^\W{{0,3}}(?:in\s+[^⟦,.;]{{1,30}}?\s*,?\s+)?{_LEAVING}\s+(?P<b>{ORG}){DATE_GAP}\s*,\s+"
          rf"(?P<x>{ORG})\s+(?!(?:and|or)\b)",
          "x", ("b",), ("having", "after", "breaking", "splitting", "leaving", "quitting",
                        "seceding", "splintering")),
]  # fmt: skip
