"""Lineage from the history paragraph: splits, mergers, renames and absorptions, with dates.

Following Mapping Militant Organizations, only splits, mergers and renames are ancestry. The
sentence decides which: "A merged with B, changing its name to X" makes A the renamed
predecessor and B a merger partner that keeps its identity (X is then B's affiliate, not its
descendant); "A and B merged to form X" makes both predecessors. A direct edge (kg:splitFrom …)
and a dated kg:LineageEvent are stated for each step; the reasoner derives the rest.

One stage per module, downhill:

    reader     the history paragraph sentence by sentence: candidate sentences, the frames
               matched over the slotted template, what each sentence told or left unused
    lexicon    the closed lexicons (predicates per kind, role words, inserted clauses)
    frames     the grammar: every shape of lineage clause, built from the lexicons
    steps      a matched frame to the steps it states (roles filled, kind decided)
    roles      which organisations a role's span names
    dates      the date a step takes (its clause's own, a closing one, a carried one)
    emit       the edges and the dated kg:LineageEvent of one step
    review     lineage-like wording that stated nothing, with the reason, for `--review`
    subject    a table's rows as items, and the subject a fact sheet's sentence leaves out
    former_names  the group's former names the names section lists ("formerly X")
    qualified  factions named by a known acronym and a qualifier ("the NDFB (Progressive)") or by
               the group's leader ("the Daimary faction")
"""

from kg.ingest.lineage.emit import LINEAGE_KIND
from kg.ingest.lineage.former_names import extract_former_names
from kg.ingest.lineage.reader import extract_history, extract_lineage

__all__ = ["LINEAGE_KIND", "extract_former_names", "extract_history", "extract_lineage"]
