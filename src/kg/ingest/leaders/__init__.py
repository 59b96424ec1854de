"""Leadership told as a narrative, read by a small grammar over the clauses of a sentence.

Profiles rarely say "X has led the group since 2004" and stop. They tell a succession: "A, the
group's first emir, led the group from 1992 until his arrest in 1993, when he was succeeded by
B, alias 'C'"; "D founded the group in 2002 and led it until he was killed"; "Y's death in a
drone strike in June 2010 brought X to the head of the group". One regular expression per
wording cannot keep up with text nobody has seen, so the reader works on the *shape*:

1. A sentence becomes a template in which the parts the grammar is about are tokens:
   ⟪P0⟫ a person (a capitalised name of 1–6 words with particles — al-, bin, ibn, Abu, de, van,
   initials — that is not a known group, place or organisation; or a surname of a person named
   before), ⟪D0⟫ a date, ⟪G⟫ the profile's group ("the group", "the movement", its own name),
   ⟪H⟫ a pronoun for the last person, ⟪X⟫ another organisation or a place.
2. The template is split into clauses at ";", ":", ", when", " after", ", but", ", who" and at
   " and" before a verb ("… founded the group in 2002 | and led it until he was killed").
3. Each clause is read as subject + predicate + object + dates: the predicate is one of a few
   families (start: took over, became/was named LEADER; lead: led/headed/commanded OBJECT; be:
   has been LEADER since; succession: succeeded/replaced, was succeeded by, leadership passed
   to, brought P to the head of; end: killed, died, arrested, captured, ousted, dismissed,
   removed, resigned, stepped down, surrendered, extradited; founded). Whether it is leadership
   of *this* group is decided by the object: the group, "it", its top body ("its executive
   council") — never another organisation, a wing, a faction, a region, a deputy's post.
4. Across clauses and sentences a small state links them: the subject carried over by "and",
   the person "he/his/she/her" stands for, the founding date of a founder who then "led it",
   and the open tenure a later "was killed"/"was replaced by" ends.

Precision first: a clause with a leadership word that is not read as leadership of the group
is *declined* with a reason, which the review lists; a leader without a start date is reported,
never stated with a guessed one.

The stages live in modules of their own, each owning one part of the reading:

- `model`: the dataclasses passed between stages (Template, Tenure, LeadershipState, Reading);
- `persons`: person-name spans with titles, ranks, particles, nicknames (the template);
- `kg.ingest.group_reference`: the references to the profile's own group (shared with the
  lineage reader);
- `lexicon`: the closed word lists of the grammar (leader words, posts that are not the
  leadership, hedges, negation, how a tenure ended);
- `predicates`: the leadership predicates (start, lead, be, succession, founding, lists);
- `clauses`: the sentence split into clauses and each clause's subject;
- `fragments`: labels ("Emir: X"), verbless fragments, declared posts and asides;
- `tenures`: one clause read into tenures (predicate, start, end and how it ended);
- `founding`: the group's founding as the history section dates it, for a tenure told "from
  its formation";
- `roles`: aliases and the roles that are not leadership;
- `reader`: one sentence read through the stages above;
- `person_types`: persons shown by any section's sentences (for typing);
- `graph`: the RDF and the review of a reading.
"""
from __future__ import annotations

from kg.ingest.leaders.graph import state_leadership, state_tenure
from kg.ingest.leaders.model import TENURE_END, LeadershipState, Reading, Template, Tenure
from kg.ingest.leaders.person_types import persons_in, type_persons
from kg.ingest.leaders.persons import template
from kg.ingest.leaders.reader import NO_LEADERSHIP_VERB, read_sentence

__all__ = [
    "NO_LEADERSHIP_VERB",
    "TENURE_END",
    "LeadershipState",
    "Reading",
    "Template",
    "Tenure",
    "persons_in",
    "read_sentence",
    "state_leadership",
    "state_tenure",
    "template",
    "type_persons",
]
