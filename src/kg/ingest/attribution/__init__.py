"""Who an attack entry credits, and how: a small grammar of attribution statements.

An entry is read as a sequence of statements, each a shape of clause that names organisations
and says how the text links them to the attack:

- conduct: "⟦X⟧ fighters attacked", "A woman from the Black Tigers, …, killed", "Black Tiger
  suicide bombers drove", "fighters loyal to Isnilon Hapilon and the Maute Group held";
- claim: "⟦X⟧ claimed responsibility", "⟦X⟧ admitted the bombing", "⟦X⟧ spokesman Abu Soliman
  claimed", "⟦X⟧ released a statement announcing";
- third-party attribution: "Indian investigators attributed the bombings to ⟦X⟧", "India
  blamed ⟦X⟧ and ⟦Y⟧ for", "attributed to ⟦X⟧ a suicide bombing";
- suspicion and hedging: "police suspected ⟦X⟧ of", "⟦X⟧ is believed to have", "⟦X⟧ reportedly";
- denial: "⟦X⟧ denied any part", "which denied any involvement", "both groups denied", "the
  group never claimed it", "did not claim".

Statements are found left to right; each organisation takes the modality of the first statement
that names it, except that a denial never overrides anything else: a group others blame and that
denies it stays `attributed` (the denial is kept in the verbatim), and `denied` is stated only
where the denial is all the entry says of the group. A denial names its groups or points back
("which", "both groups", "the Tigers") to the groups of the statement before it.

Organisations are the slots of the template (`kg.ingest.slots`); an unknown capitalised name is
taken as an organisation only where the clause says it is one: after "attributed … to", "blamed",
"suspected", or before a word for its members ("Black Tiger suicide bombers", "a woman from
the Black Tigers"). A nationality adjective ("Kurdish fighters") is never a group.

One stage per module, downhill:

    lexicon         the closed word lists and name patterns (deeds, members, speakers)
    subject_names   the profile's own group under its other names
    persons_named   persons in a claimant's place, and the group's own voice
    claimants       which organisations a slot names (known, or shown as one by the text)
    entry           the entry's structure: self-references slotted, units tied to parents
    shapes          the grammar: every clause shape with its modality
    across_clauses  statements across clauses (claims for another, partners, back references)
    others_word     others' word read by the clause's shape: a responsibility column naming
                    its source, mutual blame, attribution to a pronoun
    reader          the statements in order, one modality per organisation
    persons         persons an entry names by role, typed as persons
    states          a state's forces acting, or others naming a doer not read: nothing
                    attributed to an organisation
    persons_as_doers  a person a court, prosecutors or the police name as the doer: nothing
                    stated (a person is no perpetrator), never the implied subject
    states_named    a state others name as behind the attack, or whose forces struck: an
                    attribution by kg:attributedToState
    targets         the profile's group as the target of the deed ("Struck ⟦X⟧ the hideouts
                    of the group"): the other organisation named is the doer, or nobody
"""

from kg.ingest.attribution.across_clauses import claim_left_unread, role_left_unproven
from kg.ingest.attribution.claimants import REFUSED
from kg.ingest.attribution.persons import persons_in_entry
from kg.ingest.attribution.persons_as_doers import a_person_named_as_the_doer
from kg.ingest.attribution.reader import read_attributions
from kg.ingest.attribution.states import acted_by_a_state, others_named_an_unread_doer
from kg.ingest.attribution.states_named import states_named
from kg.ingest.attribution.targets import the_group_as_target

__all__ = [
    "REFUSED",
    "a_person_named_as_the_doer",
    "acted_by_a_state",
    "claim_left_unread",
    "others_named_an_unread_doer",
    "persons_in_entry",
    "read_attributions",
    "role_left_unproven",
    "states_named",
    "the_group_as_target",
]
