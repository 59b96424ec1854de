"""Leadership read from the STRUCTURE of a sentence: a second bank, written by hand.

The combinatorial bank (`test_ingest_leaders_combinatorial.py`) crosses closed axes of
wording; the held-out profiles showed that the next writer uses combinations nobody crossed.
This bank is written the other way: for each structure that defeated the reader on `dev-3`
and `dev-4` (see docs/ingest-accuracy.md, "Structures that defeated the reader"), natural
sentences of our own, each varying everything but the structure (names, regions, verbs,
dates, what stands between subject and predicate), each asserting the exact tenures
(person, since, until, ended_by) or that NO tenure is stated.

Cheap by design: one synthetic profile is ingested once per module and its context kept; each
case (one to three sentences) is read with a fresh state, so cases never lean on each other.
One test per structure reports every failure at once.
"""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.ingest import ingest_profile
from kg.ingest.context import IngestContext
from kg.ingest.leaders import LeadershipState, read_sentence
from tests.test_ingest_leaders_combinatorial import Fact, facts, leadership_context

PROFILE = """Terrorism Profiles

Coastal Resistance Army (CRA)

Alternative Names:

Jaysh al-Sahil al-Muqawim, Coast Army

Africa: Guinea, Sierra Leone.

Ibrahima Conteh led the group from 1996.


The Army is organised in columns under a council.

Funding Sources:

Smuggling and ransoms.
"""

Case = tuple[str, list[Fact]]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory) -> IngestContext:
    """The context the leadership reader of the synthetic profile works in."""
    return leadership_context(tmp_path_factory.mktemp("cra"), "cra", PROFILE)


def assert_cases(ctx: IngestContext, cases: list[Case]) -> None:
    assert len(cases) >= 6
    failures = []
    for text, expected in cases:
        got = facts(ctx, text)
        if got != expected:
            failures.append(f"{text!r}\n    expected {expected}\n    got      {got}")
    assert not failures, f"{len(failures)} of {len(cases)} read wrong:\n" + "\n".join(failures)


# --- an appositive or a parenthetical between the subject and its predicate ----------------
APPOSITIVES: list[Case] = [
    ("Omar Sefiani, a former schoolteacher from Tiznit, took over the group in March 2004.",
     [("Omar Sefiani", "2004-03", None, None)]),
    ("Lamine Diarra (known in the camps as “the Tailor”), the son of a fisherman, was named "
     "emir of the group in 2011.",
     [("Lamine Diarra", "2011", None, None)]),
    ("Aminata Konaté, the widow of a fighter and a trained nurse, has headed the movement "
     "since 2019.",
     [("Aminata Konaté", "2019", None, None)]),
    ("Then Hamid Lakhdar (Abu Sami), a veteran of the Afghan camps, chosen in June 2013; "
     "soldiers shot him in 2016.",
     [("Hamid Lakhdar", "2013-06", None, None)]),
    ("Yacouba Sanogo (born 1970), for years the group's treasurer, became its leader on "
     "3 May 2009.",
     [("Yacouba Sanogo", "2009-05-03", None, None)]),
    # an appositive that names another post keeps its person out of the leadership
    ("Salif Traoré, the group's deputy since 2010, was arrested in Bamako in 2015.", []),
    ("Yacine Brahimi, a cousin of one of the founders, led a raid on Gao in 2012.", []),
    ("Moctar Diop (a lawyer by training), the spokesman of the movement, was detained in "
     "2014.", []),
]


def test_an_appositive_or_parenthetical_between_subject_and_predicate_is_skipped(ctx) -> None:
    assert_cases(ctx, APPOSITIVES)


# --- a coordinated clause whose subject is a pronoun: "…, and he was its leader from …" ----
PRONOUN_CLAUSES: list[Case] = [
    ("Rashid Tamimi, a surgeon, founded the group in 1987 with a handful of students, and he "
     "was its emir from 1990 until his death in 2001.",
     [("Rashid Tamimi", "1990", "2001", "died")]),
    ("Bakary Sangaré trained in Libya in the 1990s, and in 2008 he became the group's "
     "commander-in-chief.",
     [("Bakary Sangaré", "2008", None, None)]),
    ("Moussa Keita left the army in 2002, and he has led the movement since 2006.",
     [("Moussa Keita", "2006", None, None)]),
    ("Nadia Ferhat lost two brothers in the war, and she was named the organisation's "
     "chairwoman in October 2016.",
     [("Nadia Ferhat", "2016-10", None, None)]),
    ("Ali Haidar spoke for the group in 2005, and he never held command of it.", []),
    ("Samir Haddad joined the group in 1995, and he later commanded its northern column.", []),
]


def test_a_pronoun_subject_after_and_opens_a_clause_of_its_own(ctx) -> None:
    assert_cases(ctx, PRONOUN_CLAUSES)


# --- a relative clause: "X, who …", "the man who …" ------------------------------------------
RELATIVES: list[Case] = [
    ("When soldiers killed Ahmed Zerrouki in April 2010, they ended the life of the man who "
     "had founded the group in 1998 and run it ever since.",
     [("Ahmed Zerrouki", "1998", "2010-04", "killed")]),
    ("Most of the cadres followed Tarek Belhadj, who became the movement's leader in 1996 and "
     "held the post until 2004.",
     [("Tarek Belhadj", "1996", "2004", None)]),
    ("The group was then taken over by Hassan Diab, who has run it since 2014.",
     [("Hassan Diab", "2014", None, None)]),
    ("Souad Mernissi, who had spent the 1990s in exile, took over the organisation in 2003.",
     [("Souad Mernissi", "2003", None, None)]),
    ("Khalid Ouazzani, who led the group's Tripoli cell until 2008, was killed in 2011.", []),
    ("Hamza Bensaid, who never led the group, was its chief recruiter until 2013.", []),
]


def test_a_relative_clause_is_read_as_a_clause_of_its_antecedent(ctx) -> None:
    assert_cases(ctx, RELATIVES)


# --- an object complement with another subject: "the council chose X as emir" ---------------
COMPLEMENTS: list[Case] = [
    ("In 2005 the shura council chose as its new emir Yahya Benali, a former student of "
     "theology.",
     [("Yahya Benali", "2005", None, None)]),
    ("The founding communiqué of 12 June 2014 presented Abdallah Kone as the group's leader.",
     [("Abdallah Kone", "2014-06-12", None, None)]),
    ("The movement elected as its secretary-general Fatou Camara in September 2020.",
     [("Fatou Camara", "2020-09", None, None)]),
    ("After his release in August 2012 the newspapers regularly called Sidi Kounta the "
     "group's chief.",
     [("Sidi Kounta", "2012-08", None, None)]),
    ("Western officials described Yunus Kaba as the group's chief of staff in 2018.", []),
    ("The group named Karim Toure as its spokesman in 2012.", []),
    ("In 2010 the rival faction proclaimed Issa Dicko as the emir of Gao.", []),
]


def test_an_object_complement_makes_its_object_the_leader(ctx) -> None:
    assert_cases(ctx, COMPLEMENTS)


# --- a nominal predicate: the post or the leadership as the subject --------------------------
NOMINALS: list[Case] = [
    ("The leadership belonged from the outset in 1991 to Issa Barry.",
     [("Issa Barry", "1991", None, None)]),
    ("The chairmanship of the movement went in 1999 to Oumar Sidibé.",
     [("Oumar Sidibé", "1999", None, None)]),
    ("Idrissa Cissé’s rise to the leadership of the group came in 2015.",
     [("Idrissa Cissé", "2015", None, None)]),
    ("Abdoul Karim Sow headed the group from 2001 until his arrest in 2008. He escaped in "
     "March 2010, and the command was his again until 2013.",
     [("Abdoul Karim Sow", "2001", "2008", "arrested"),
      ("Abdoul Karim Sow", "2010-03", "2013", None)]),
    ("The command of the southern front fell to Amadou Tall in 2004.", []),
    ("The secretary-generalship of the allied party belonged to Modibo Keita.", []),
]


def test_a_nominal_predicate_names_the_leader_as_its_object(ctx) -> None:
    assert_cases(ctx, NOMINALS)


# --- a passive with a descriptive subject or an adjunct between -------------------------------
PASSIVES: list[Case] = [
    ("Adam Yacoub was captured in June 2006. What was left of the movement after that was "
     "commanded by Mahamat Nour.",
     [("Mahamat Nour", "2006-06", None, None)]),
    ("The group has since 2012 been led by Bilal Othmani.",
     [("Bilal Othmani", "2012", None, None)]),
    ("The organisation, weakened by arrests, was headed from 2001 by Djibril Bah.",
     [("Djibril Bah", "2001", None, None)]),
    ("The movement was in 1993 taken over by Seydou Badian.",
     [("Seydou Badian", "1993", None, None)]),
    ("The raid was led by Ibrahim Sall in 2011.", []),
    ("The group's Timbuktu column was commanded by Abou Zeid from 2008.", []),
]


def test_a_passive_reads_through_what_stands_between_subject_and_verb(ctx) -> None:
    assert_cases(ctx, PASSIVES)


# --- a date belongs to the clause it stands in -------------------------------------------------
DATES: list[Case] = [
    ("Born in 1961 in Kidal, Alhousseini Ag Acherif took over the group in 2012.",
     [("Alhousseini Ag Acherif", "2012", None, None)]),
    ("Having fought in Chad in 1987, Mahmoud Tall became the group's emir.",
     [("Mahmoud Tall", None, None, None)]),
    ("Released from prison in 2009, Hamadi Ould Sidi was chosen as the group's leader in "
     "2011.",
     [("Hamadi Ould Sidi", "2011", None, None)]),
    ("Abdelaziz Kebir, who had been jailed from 1994 to 1999, became leader of the group.",
     [("Abdelaziz Kebir", None, None, None)]),
    ("The group had split in 2003. Seventeen months later, in May 2005, Ousmane Diallo "
     "walked out of prison, and the leadership was his once more.",
     [("Ousmane Diallo", "2005-05", None, None)]),
    ("Abdelkrim Zitouni was killed in March 1995. Before the year was out the movement had "
     "chosen as his successor Jamal Zeroual.",
     [("Jamal Zeroual", "1995", None, None)]),
]


def test_a_date_in_another_clause_is_not_the_start(ctx) -> None:
    assert_cases(ctx, DATES)


# --- a name given in full once, then by one part of it ----------------------------------------
PARTIAL_NAMES: list[Case] = [
    ("Yusuf Abdi Warsame founded the group in 2004. Warsame led it until he was killed in "
     "2010.",
     [("Yusuf Abdi Warsame", "2004", "2010", "killed")]),
    ("Mohamed Lamine Ould Cheikh was chosen as emir in 2003. In 2008 Cheikh was replaced by "
     "Hamoud Ould Mahmoud.",
     [("Mohamed Lamine Ould Cheikh", "2003", "2008", None), ("Hamoud Ould Mahmoud", "2008",
                                                             None, None)]),
    # a given name after a kinship noun: the family name is the profile's, or nothing is said
    ("Abdirahman Hassan Farah fell ill in 2009, and command passed to his son Yasin.", []),
    ("With the elder Barre dying, in 2007 the leadership passed to his son Omar, whom Ali Barre "
     "had groomed for it.",
     [("Omar Barre", "2007", None, None)]),
    # one part shared by two persons: which one is meant is not said
    ("Ahmed Salem and Ahmed Yero founded the group in 2000. Ahmed led it from 2002.", []),
    ("The engineer Baraka took over the group in 2013.", [("Baraka", "2013", None, None)]),
]


def test_a_partial_name_is_the_full_name_used_before_or_nothing(ctx) -> None:
    assert_cases(ctx, PARTIAL_NAMES)


# --- the text says it does not know the start: an indirect question ---------------------------
UNKNOWN_STARTS: list[Case] = [
    ("Tahar Belkacem led the group until his arrest in 2019; when he had first taken command "
     "was never disclosed.",
     [("Tahar Belkacem", None, "2019", "arrested")]),
    ("Police arrested Hadi Saleh in May 2017; when he had become the group's leader has never "
     "been made public.",
     [("Hadi Saleh", None, "2017-05", "arrested")]),
    ("Exactly when Ousmane Sidibé took over the organisation remains unclear.",
     [("Ousmane Sidibé", None, None, None)]),
    ("Cheikh Ba was killed in 2011. Youssef Amrani succeeded him, but when is uncertain; "
     "when Amrani replaced Ba is not known.",
     [("Youssef Amrani", None, None, None)]),
    ("Sani Dogo was made emir of the group in 2014 and led it until he was captured in 2021; "
     "how he rose is unclear.",
     [("Sani Dogo", "2014", "2021", "arrested")]),
    ("When the group was founded is not known.", []),
    # what is not known is the end: the start stands
    ("Issa Bah took over the group in 2012; how and when his tenure ended is not known.",
     [("Issa Bah", "2012", None, None)]),
    ("Karim Soumaré succeeded Issa Bah as emir, and when his own leadership ended is unclear.",
     [("Karim Soumaré", None, None, None)]),
]


def test_a_start_the_text_says_it_does_not_know_is_stated_as_none(ctx) -> None:
    assert_cases(ctx, UNKNOWN_STARTS)


# --- others' characterisation: "officials described him as the leader" -------------------------
CHARACTERISATIONS: list[Case] = [
    ("When gunmen killed Abdi Farah in Ceel Buur on 2 May 2015, the government had long "
     "described him as the group's leader.",
     [("Abdi Farah", None, "2015-05-02", "killed")]),
    ("Analysts called Moussa Ag Attaher the group's emir from its first statement in 2014.",
     [("Moussa Ag Attaher", "2014", None, None)]),
    ("In 2011 the ministry regarded Salah Bakri as the movement's chief.",
     [("Salah Bakri", "2011", None, None)]),
    ("Security officials have long styled Abdou Kane the organisation's commander-in-chief.",
     [("Abdou Kane", None, None, None)]),
    ("The press called Hamza Ould Sidi the group's strategist.", []),
    ("Diplomats described Omar Hamadi as the leader of a rival faction in 2016.", []),
]


def test_a_characterisation_tells_a_leader_but_no_start_of_its_own(ctx) -> None:
    assert_cases(ctx, CHARACTERISATIONS)


# --- a subordinate clause inside the subject's aside; the main verb after it --------------------
SUBORDINATES: list[Case] = [
    ("Hassan Toure, listed by the UN in 2013 and widely thought to have been the group's "
     "treasurer before he became its emir, was killed in Gao in June 2018.",
     [("Hassan Toure", None, "2018-06", "killed")]),
    ("Fode Kaba, a preacher from Kayes who was jailed in 2004, later became the group's "
     "leader.",
     [("Fode Kaba", None, None, None)]),
    ("Mamadou Cissé, deported from Libya in 2005 after he had trained there, took over the "
     "movement in 2008.",
     [("Mamadou Cissé", "2008", None, None)]),
    ("Aliou Sall, who served as a judge before he joined the group, was never its leader.", []),
    ("Karim Daou, jailed in 1999 while he was a student, was arrested again in 2007.", []),
    ("Bouba Maiga, whom the army captured in 2012 after he had fled Gao, had led the group "
     "since 2009.",
     [("Bouba Maiga", "2009", None, None)]),
]


def test_a_subordinate_clause_in_an_aside_ends_before_the_main_verb(ctx) -> None:
    assert_cases(ctx, SUBORDINATES)


# --- "it" is the nearest organisation made an object before it ---------------------------------
NEAREST_IT: list[Case] = [
    ("Joseph Kamara, who had founded the Socialist Workers Party in 1968 and chaired it, never "
     "commanded the group.", []),
    ("Amadou Ba joined the Forces of National Salvation in 1999 and led it until 2003.", []),
    ("The group was set up in 1990 by Musa Diarra, who had created the Sahel Students Union a "
     "year earlier and run it since.", []),
    ("Ali Dicko co-founded the Front for Justice in 2008, and he led it until 2012.", []),
    ("Amadou Ba left the Forces of National Salvation in 1999, joined the group and led it "
     "from 2004.",
     [("Amadou Ba", "2004", None, None)]),
    ("Salif Keita founded the group in 1994 and led it until 2002.",
     [("Salif Keita", "1994", "2002", None)]),
]


def test_it_after_another_organisation_made_an_object_is_that_organisation(ctx) -> None:
    assert_cases(ctx, NEAREST_IT)


# --- a label, an aside, then a fragment of its own ---------------------------------------------
LABELS: list[Case] = [
    ("Leader: Oumar Diallo (also “Abu Yahya”), a former imam of Mopti; in office from the "
     "founding, May 2015.",
     [("Oumar Diallo", "2015-05", None, None)]),
    ("Emir: Saleh Adam (Abu Anas), a Chadian veteran; in post since March 2019.",
     [("Saleh Adam", "2019-03", None, None)]),
    ("Emir: Malik Fofana, the son of a trader; killed in a strike, April 2020.",
     [("Malik Fofana", None, "2020-04", "killed")]),
    ("Deputy: Bakar Sy (Abu Hafs); arrested in Niamey, July 2021.", []),
    ("Spokesman: Hamid Yero (Abu Khalid), a former journalist; in office from 2016.", []),
    ("Chief of the Gao column: Issa Dembélé, a former soldier; in command from 2013.", []),
]


def test_a_label_with_an_aside_reads_its_fragment(ctx) -> None:
    assert_cases(ctx, LABELS)


def test_an_ingested_profile_states_no_borrowed_start_and_says_why_a_partial_name_led_nothing(
    tmp_path_factory,
) -> None:
    """The graph and the review of three structures together: a start the text says it does not
    know (a tenure without kg:startDate, and a note), a characterisation dated from a "When"
    clause (no start), and a given name after a kinship noun (no leader, and a note)."""
    from rdflib.namespace import SKOS

    from kg.namespaces import KG

    leadership = (
        "When troops killed Abdi Warsame in Ceel Buur on 2 May 2015, the government had long "
        "described him as the leader of the group. Khalid Nour succeeded him; when he did so "
        "has never been made public. Nour fell ill in 2019, and command passed to his son "
        "Yasin."
    )
    text = PROFILE.replace("Ibrahima Conteh led the group from 1996.", leadership)
    result = ingest_profile(tmp_path_factory.mktemp("cra2") / "cra.txt", text=text,
                            existing=Dataset())
    graph = result.dataset
    tenures = {}
    for node in graph.subjects(KG.leader, None):
        (leader,) = graph.objects(node, KG.leader)
        (name,) = graph.objects(leader, SKOS.prefLabel)
        tenures[str(name)] = sorted(str(d) for d in graph.objects(node, KG.startDate))
    assert tenures == {"Abdi Warsame": [], "Khalid Nour": []}
    messages = [p.message for p in result.problems]
    assert any("'Khalid Nour': the text gives no start" in m for m in messages)
    assert any("a name given by one part only (Yasin)" in m for m in messages)


def test_hostile_runs_of_the_structures_are_read_in_bounded_time() -> None:
    """Each structure of this bank on a long repeated run (asides, alias phrases, adjuncts,
    indirect questions, "it", "the man who"): well under a second each; the bound is generous
    so a slow machine never fails it, a backtracking regular expression (minutes) always does."""
    import time

    hostile = [
        "Ali Kane, " + "a man of the old, " * 200 + "took over in 2004.",
        "Ali Kane " + "(born x) " * 200 + "took over in 2004.",
        "The command " + "in practice " * 400 + "passed to Omar Sy.",
        "Omar Sy " + "when he took over " * 150 + "is unclear.",
        "Ali Kane founded the Front in 2001 and " + "chaired it and " * 200 + "led it.",
        "the man who " * 200 + "founded the group.",
        "Ali Kane, " + "known to the men of the " * 150 + "as Bob, took over.",
    ]
    for text in hostile:
        began = time.monotonic()
        read_sentence(None, text, LeadershipState())
        assert time.monotonic() - began < 20, text[:60]
