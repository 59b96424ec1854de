"""What the stages of the leadership reader pass to each other: the template of a sentence,
a tenure, the state carried across the sentences of a paragraph, and a sentence's reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib.namespace import Namespace

from kg.ingest.dates import DateError, PartialDate, from_edtf
from kg.namespaces import VOCAB

TENURE_END = Namespace(str(VOCAB) + "tenure-end/")
"""How a tenure ended, as `dcterms:type` of the kg:Leadership: killed, died, arrested,
dismissed, resigned, surrendered (the IRIs are `…/vocab/tenure-end/<how>`)."""

@dataclass
class Template:
    """A sentence with its persons, dates, group phrases and pronouns replaced by tokens."""

    text: str
    persons: dict[str, str] = field(default_factory=dict)  # "P0" → name as written
    dates: dict[str, PartialDate] = field(default_factory=dict)  # "D0" → date
    pronoun: str | None = None  # the person "he"/"she" stands for, if any
    others: list[str] = field(default_factory=list)  # each ⟪X⟫ as written, in order
    nicknames: list[tuple[str, str]] = field(default_factory=list)  # "Margherita “Mara” Cagol"
    # persons named by one part only, whose full name the text does not give ("his son S"):
    # a person, but never stated as a leader
    partial: set[str] = field(default_factory=set)
    # a faction the text makes the group by its name ("that faction, which kept the G name"):
    # its leader's tenure began at a split the clause does not date
    faction: bool = False
    # a clause's subject is a name the template did not take for a person ("Khazali was
    # released …"): the sentence's later "he" stands for that one, whom the reader cannot name
    unknown_subject: bool = False
    # the sentence founded something the reader did not bind to the group ("founded a militia
    # in 2005 and led it"): an "it" led after it is that thing, not the group
    founded_other: bool = False


@dataclass
class Tenure:
    """One person's leadership of the group: from, until, how it ended; hedged if reported."""

    person: str
    start: PartialDate | None
    end: PartialDate | None = None
    ended_by: str | None = None
    hedged: bool = False
    inferred: bool = False  # the start was not written with the tenure but carried from elsewhere
    # with no start: the text's shape says it gives none ("Acting leader: X", "under the
    # leadership of X", "at some point after that") — stated without a start
    no_start_given: bool = False
    # with no start: the sentence tells a date or a duration the reader did not take as the
    # start ("headed it for three decades") — not stated, only reported, as before
    start_unread: bool = False


@dataclass
class LeadershipState:
    """What the reader remembers across the clauses and sentences of the paragraph."""

    last_person: str | None = None
    last_end: PartialDate | None = None
    known: list[str] = field(default_factory=list)  # full names, in order of first mention
    tenures: dict[str, Tenure] = field(default_factory=dict)  # the latest tenure per person
    ends: dict[str, tuple[PartialDate | None, str | None]] = field(default_factory=dict)
    founded: dict[str, PartialDate] = field(default_factory=dict)  # founder → founding date
    # the group's founding date when this sentence tells it: "X was announced on 22 August
    # 2013; …, and the post went to Y" — the first leader's start, told in the same sentence
    born: PartialDate | None = None
    # posts the text declares to be the group's top one: "an Army Council, whose Chief of
    # Staff commands the organisation" — read as a leader word from then on
    posts: list[str] = field(default_factory=list)
    last_leader: str | None = None
    last_date: str | None = None  # the last date the previous sentence told (EDTF)
    successors: set[str] = field(default_factory=set)  # "his successor, X": X follows on
    last_kind: str | None = None  # the last clause's predicate: "lead", "be"
    founders: list[str] = field(default_factory=list)  # who founded the group, with whom
    # the dates the previous sentence told, in order: what "from then", "that August", "two
    # years later" may refer to (kg.ingest.leaders.carried)
    previous_dates: list[PartialDate] = field(default_factory=list)
    # the organisation (not the group) the previous sentence was about: its "it" is that one
    other_subject: str | None = None
    # persons the text made leaders of another organisation ("the Kayes Front was led by X"):
    # one who "succeeded him" took that organisation's post, not the group's
    other_leaders: set[str] = field(default_factory=set)
    # family names the text uses as such ("the elder Haqqani", "the Barre family")
    families: set[str] = field(default_factory=set)
    # the group's founding as another section tells it, for "from its formation" (looked up
    # once, at the first sentence: kg.ingest.leaders.founding)
    founding: PartialDate | None = None
    founding_looked_up: bool = False
    # the body the text declares the group's collective leadership ("collective leadership, the
    # 'Bureau'"): its members, with a date, are leaders (kg.ingest.leaders.collective)
    collective: str | None = None


@dataclass
class Reading:
    tenures: list[Tenure] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    # persons the sentence shows to be persons (a role, a pronoun, a tenure, an alias, an end)
    typed: list[str] = field(default_factory=list)
    declined: list[tuple[str, str]] = field(default_factory=list)  # (clause as written, why)

    @property
    def anything(self) -> bool:
        return bool(self.tenures or self.aliases or self.roles or self.typed)

def single_date(edtf: str) -> PartialDate | None:
    """One end of a range ('2004', '2013-05') as a date of its own precision."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(edtf))
    if precision is None:
        return None
    try:
        return from_edtf(edtf, precision, edtf)
    except DateError:
        return None

def _typed(reading: Reading, name: str | None) -> None:
    if name and name not in reading.typed:
        reading.typed.append(name)
