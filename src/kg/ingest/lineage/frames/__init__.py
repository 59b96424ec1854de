"""Lineage sentences described by their shape: a verb class and the roles around it.

The history readers once kept one pattern per profile sentence; a new profile's wording then
fell through. Here each frame is one *shape* of clause — "RESULT came out of PRIOR as an
offshoot", "PRIOR was integrated into RESULT", "RESULT renamed from PRIOR" — written over the
slotted template (`kg.ingest.slots`: every known or introduced organisation is a slot ⟦n⟧), with
its verbs as a class of alternatives rather than one word, and its roles filled by any
organisation reference: a slot, an unknown capitalised name (checked by
`kg.ingest.names.is_organisation_name`), or a reference to the profile's own group ("the
group", "it", "the movement", "the organisation", "the party").

Kinds follow Mapping Militant Organizations (split, merger, absorption, rename; `pledge` is a
rename that came with an oath of allegiance). Decisions a reader of any profile relies on:

- "grew out of X", "has its roots in X", "traces its origins to X", "emerged from X", with X a
  named organisation, is a split from X (X lived on); a rename in the same sentence wins, as the
  more specific frame is read first. A common noun ("a study circle") is no lineage.
- absorption needs an organisation taken in as a body ("absorbed X", "X was integrated / folded
  / incorporated into …", "fighters of X were integrated into …" or "… joined the group", "X
  dissolved into …"), as the corpus keys read it; members of X who "defected to" or "switched
  to" the group are individual recruits: no lineage, and the review says why.
- an oath of allegiance alone is an affiliation, never lineage.
- allies, rivals, wings, "inspired by", a sister party founded by cadres: no frame reads them.

Every frame is bounded (gaps of at most a few dozen characters, no nested free repetition) so
a hostile line stays linear (see `kg.ingest.bounds`).

The frames of `founding` and `shapes` grew one shape at a time, as profiles showed them;
a writer who words a step another way falls through. `GRAMMAR` states the grammar once and
generates its frames from closed lexicons (`kg.ingest.lineage.lexicon`), one per kind of step,
so every predicate is read in every clause shape:

    active      ORG PRED ORG            "the group broke away from X", "X absorbed the group"
    relative    ORG, which (had) PRED ORG, …   "X, which had split from the group in 2011, …"
    reverse     ORG, from which ORG PRED, …    "X, from which the group broke away in 2011, …"
    passive     ORG was PRED(by/into) ORG       "X was absorbed into the group", "taken over by"

Each lexicon entry says which side is the result and which the prior, so direction follows
from the predicate ("X absorbed Y": X the result; "X was absorbed into Y": Y the result), never
from which side is the profile's group. Roles are filled as in every frame
(`kg.ingest.lineage.roles`):
a slot, a reference to the group ("the group", "it", "the Front" via
`kg.ingest.group_references`), or an unknown name that can name an organisation.

The lexicons (closed; a word not here is not read as lineage by this grammar):

- split (result came out of prior): broke away / broke off / split (off) / splintered / seceded /
  defected from, broke with, walked out of, parted ways / company with, left, quit, was carved
  out of; "a dissident / breakaway / splinter faction of"; people expelled from or who quit X
  who then formed Y;
- rename (prior took a new name): renamed itself, was renamed, changed its name to, called
  itself, adopted / took / assumed the name, rebranded as, became known as, gave itself the
  name, restyled itself, reverted to / resumed (its old name), dropped X for Y;
- merger: merged / joined / united / fused / amalgamated / combined (with …) to form, came
  together as, "a merger of", "formed by the merger of";
- absorption (result took prior in as a body): absorbed, incorporated, subsumed, took over,
  brought X under its command; X was absorbed / folded / integrated / incorporated / subsumed
  into, was brought under, was taken over by, dissolved into, transferred its fighters to;
- pledge: an oath of allegiance with the new name it gave (`FRAMES`), or
  "became a province / branch / affiliate of Z under the name X"; an oath alone is no lineage.

Not lineage, whatever the verb: a clause with "not", "never" or "no" before its predicate
("was not part of", "never formed one organisation", "no merger"), and fighters taken in while
their own group lived on ("… but X fought on"). Alliances, coalitions, wings, fronts, cover
names, sister parties, rivals and fighting have no predicate in any lexicon.

Dates: the clause's own date (every prose format `kg.ingest.dates` reads, approximate ones as
EDTF `2011~`), else a date carried from an anchor ("two years later", "the following year",
"that August", "later that year") only where the anchor's date is in the same or the previous
sentence (`carried_date`).

One list, one reader (`LINEAGE_FRAMES`), in reading order, the more specific shapes first; one
module per family:

    founding    how an organisation came to be ("formed when X left Y", "born of a split")
    shapes      the hand-written shapes, one family per kind of step
    grammar     the frames generated from the closed lexicons
    structures  the seventh round's structure classes (a named part in apposition, an event
                noun with its parties in a relative clause, a person's men named, notes)
    indirect    the eighth round's: parties named indirectly (a description, a named unit, a
                partner after "together with", the named members of a class, a note's label)
    people_and_order  the fourteenth round's: steps told through the people who made them (a
                founder who founded the group after leaving another, leaders who led members
                out and then founded one) and a split told verb first ("From X split off in
                1963 the faction around P; this faction is the present G"), read after
                `LOOKING_BACK`, before the hand-written frames
    parts       the fifteenth round's: a body that divided into named parts ("fractured into
                three factions, A, B and C"; "broke into factions, one of which … under the
                name Y"), each part not the body itself a split; read after
                `PEOPLE_AND_ORDER`
    fronted     the fifteenth round's: a step in a participle clause fronted before the main
                clause's subject ("Having split from X in 2004, G …"), read after `parts`
    looking_back  the ninth round's: steps told looking back (a former name behind a time
                boundary, the founders' old organisation: `LOOKING_BACK`, read first, as the
                more specific readings of "called itself" and "left"; a faction named in a
                later clause: `NAMED_LATER`, read after `indirect`)
    described   the tenth round's: steps described rather than narrated (an origin in a
                part of another organisation, an identity restated as a rename, a
                replacement whose predecessor lived on, a chronology's nominal notes),
                read first, as the more specific readings of "emerged" and "founded"
    patterns    the first rounds' sentence patterns (`FIRST_ROUNDS`), read last and `plain`
"""


from __future__ import annotations

from dataclasses import replace

from kg.ingest.lineage.frames.described import DESCRIBED
from kg.ingest.lineage.frames.founding import FOUNDING
from kg.ingest.lineage.frames.fronted import FRONTED
from kg.ingest.lineage.frames.grammar import GRAMMAR
from kg.ingest.lineage.frames.indirect import INDIRECT
from kg.ingest.lineage.frames.looking_back import LOOKING_BACK, NAMED_LATER
from kg.ingest.lineage.frames.parts import PARTS_OF_A_WHOLE
from kg.ingest.lineage.frames.patterns import FIRST_ROUNDS
from kg.ingest.lineage.frames.people_and_order import PEOPLE_AND_ORDER
from kg.ingest.lineage.frames.shapes import SHAPES
from kg.ingest.lineage.frames.structures import STRUCTURES
from kg.ingest.lineage.lexicon import Frame

# The hand-written frames, as the reader once listed them
FRAMES: list[Frame] = [*FOUNDING, *SHAPES]
# Every frame in reading order: the more specific shapes first.
LINEAGE_FRAMES: list[Frame] = [
    *DESCRIBED, *LOOKING_BACK, *PEOPLE_AND_ORDER, *PARTS_OF_A_WHOLE, *FRONTED, *FRAMES, *GRAMMAR,
    *STRUCTURES, *INDIRECT, *NAMED_LATER,
    *(replace(f, plain=True) for f in FIRST_ROUNDS),
]

__all__ = ["DESCRIBED", "FIRST_ROUNDS", "FRAMES", "FRONTED", "GRAMMAR", "INDIRECT",
           "LINEAGE_FRAMES", "LOOKING_BACK", "NAMED_LATER", "PARTS_OF_A_WHOLE",
           "PEOPLE_AND_ORDER", "STRUCTURES"]
