"""Leadership shapes that text nobody tuned the reader on brought out (issue #12, dev-2).

Each block is one SHAPE that failed on profiles written by someone who never read the reader —
a relative clause between the subject and its verb, a passive start, "has since led", a hedge
of another wording, terse fragments after a label, a post the text itself declares to be the
top one, descriptors and titles before a name, day-month-year dates, ends by flight or
recapture — in at least four wordings of our own (none copied from the corpus), each asserting
the exact facts: (leader, since, until, ended_by), or no leader at all. Precision first: where a
sentence does not say who led *this* group, nothing is stated and the review says why.
"""

from __future__ import annotations

import pytest

from kg.ingest.context import split_sentences
from kg.ingest.leaders import LeadershipState, Reading, read_sentence

Tenure = tuple[str, "str | None", "str | None", "str | None"]


def readings(text: str) -> list[Reading]:
    state = LeadershipState()
    return [read_sentence(None, text[a:b], state) for a, b in split_sentences(text)]


def tenures(text: str) -> list[Tenure]:
    """(person, since, until, ended_by) of every tenure the paragraph states, in order."""
    read = [t for reading in readings(text) for t in reading.tenures]
    return [(t.person, t.start and t.start.edtf, t.end and t.end.edtf, t.ended_by) for t in read]


def hedged(text: str) -> list[tuple[str, str | None, bool]]:
    read = [t for reading in readings(text) for t in reading.tenures]
    return [(t.person, t.start and t.start.edtf, t.hedged) for t in read]


# --- a relative clause between the subject and its verb ---------------------------------------
RELATIVE_BETWEEN = [
    ("Kofi Asante led the group from 2001 until he was killed in 2006. Yaw Mensah, who had "
     "trained in Libya, succeeded him.",
     [("Kofi Asante", "2001", "2006", "killed"), ("Yaw Mensah", "2006", None, None)]),
    ("Tariq Jamil, who was born in Multan in 1961, led the movement from 1998 until 2004.",
     [("Tariq Jamil", "1998", "2004", None)]),
    ("Rosa Etxebarria, whose brother had been jailed in 1979, took over the organisation in "
     "March 1988.",
     [("Rosa Etxebarria", "1988-03", None, None)]),
    ("Hamid Nouri, who always denied any link to the group, became its emir in 2011 and "
     "remained emir until the army captured him in 2015.",
     [("Hamid Nouri", "2011", "2015", "arrested")]),
    ("Samuel Okello, who later wrote a memoir about the war, headed the group between 1990 "
     "and 1996.",
     [("Samuel Okello", "1990", "1996", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_BETWEEN)
def test_a_relative_clause_between_subject_and_verb_keeps_the_subject(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- successions told with other verbs: followed by, stood in for, acted as --------------------
OTHER_SUCCESSION_VERBS = [
    ("Karim Haddad led the group from 1999 until he was arrested in May 2004. He was followed "
     "by Nabil Aoun.",
     [("Karim Haddad", "1999", "2004-05", "arrested"), ("Nabil Aoun", "2004-05", None, None)]),
    ("Karim Haddad headed the movement until his death in 2008; he was followed as emir by "
     "Nabil Aoun.",
     [("Karim Haddad", None, "2008", "died"), ("Nabil Aoun", "2008", None, None)]),
    ("Karim Haddad led the group from 1999 until he was detained in 2003. Nabil Aoun stood in "
     "for him until 2005.",
     [("Karim Haddad", "1999", "2003", "arrested"), ("Nabil Aoun", "2003", "2005", None)]),
    ("Nabil Aoun acted as leader of the group from 2005 until he was killed in 2007.",
     [("Nabil Aoun", "2005", "2007", "killed")]),
    ("Nabil Aoun served as acting emir from June 2005 until his arrest in 2007.",
     [("Nabil Aoun", "2005-06", "2007", "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SUCCESSION_VERBS)
def test_followed_by_stood_in_for_and_acted_as_are_successions(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- the start told in the passive: the post is the subject, the person its agent ---------------
PASSIVE_STARTS = [
    ("Command was assumed in 2011 by Ibrahim Sesay.", [("Ibrahim Sesay", "2011", None, None)]),
    ("The leadership was taken over by Ibrahim Sesay in March 2011.",
     [("Ibrahim Sesay", "2011-03", None, None)]),
    ("The group was founded in 1987 by Ibrahim Sesay, who led it until he died in 1999.",
     [("Ibrahim Sesay", "1987", "1999", "died")]),
    ("The movement was set up by Ibrahim Sesay in 1987; he headed it until his arrest in 1995.",
     [("Ibrahim Sesay", "1987", "1995", "arrested")]),
    ("In 2011 control of the group passed to Ibrahim Sesay.",
     [("Ibrahim Sesay", "2011", None, None)]),
    ("Ibrahim Sesay seized control of the group in a coup in 2011.",
     [("Ibrahim Sesay", "2011", None, None)]),
    ("Ibrahim Sesay seized control of the port in 2011.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_STARTS)
def test_a_start_told_in_the_passive_names_its_agent_as_the_leader(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- "since" with no date: from the last date the narrative told ------------------------------
BARE_SINCE = [
    ("Command passed to Omar Faye in 2016, and he has led the group since.",
     [("Omar Faye", "2016", None, None)]),
    ("In June 2016 Omar Faye rejected the old council and has since led the movement himself.",
     [("Omar Faye", "2016-06", None, None)]),
    ("Omar Faye has led the group ever since.",
     [("Omar Faye", None, None, None)]),  # no date told anywhere: no start is guessed
    ("Omar Faye became emir in 2016 and has remained in charge since.",
     [("Omar Faye", "2016", None, None)]),
    ("The leadership was taken over in 2016 by Omar Faye, who has run the organisation since.",
     [("Omar Faye", "2016", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SINCE)
def test_a_bare_since_dates_the_tenure_from_the_last_date_told(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- hedges in other wordings: kept as a hedged tenure ----------------------------------------
MORE_HEDGES = [
    ("Hassan Warsame is generally held to have led the group from 2012.",
     [("Hassan Warsame", "2012", True)]),
    ("Hassan Warsame is widely believed to have been its emir since 2012.",
     [("Hassan Warsame", "2012", True)]),
    ("Hassan Warsame, by most accounts, has headed the movement since 2012.",
     [("Hassan Warsame", "2012", True)]),
    ("The leadership appears to have passed to Hassan Warsame in 2012.",
     [("Hassan Warsame", "2012", True)]),
    ("Hassan Warsame is thought to have taken over the group in 2012.",
     [("Hassan Warsame", "2012", True)]),
    ("Hassan Warsame seems to have become leader of the group in 2012.",
     [("Hassan Warsame", "2012", True)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_HEDGES)
def test_a_hedged_tenure_in_other_wordings_is_kept_hedged(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert hedged(text) == expected


# --- terse fragments after a label ----------------------------------------------------------
TERSE = [
    ("First leader: Dawud Ahmadi, emir from March 2003; killed in an air strike, June 2008.",
     [("Dawud Ahmadi", "2003-03", "2008-06", "killed")]),
    ("Leader: Dawud Ahmadi, since May 2010.", [("Dawud Ahmadi", "2010-05", None, None)]),
    ("Current chief: Dawud Ahmadi (since 2019).", [("Dawud Ahmadi", "2019", None, None)]),
    ("Dawud Ahmadi, emir from 2003 to 2008; arrested in Peshawar, 2008.",
     [("Dawud Ahmadi", "2003", "2008", "arrested")]),
    ("Successor: Zia Rahimi, chosen by the council in July 2008.",
     [("Zia Rahimi", "2008-07", None, None)]),
    ("Other commanders, none of them leader: Zia Rahimi, deputy; Omar Baig, spokesman.", []),
]


@pytest.mark.parametrize(("text", "expected"), TERSE)
def test_terse_fragments_after_a_label_are_read(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


def test_a_terse_chain_takes_each_start_from_the_last_end() -> None:
    text = (
        "Founder: Dawud Ahmadi, emir from March 2003; killed by a drone, June 2008. Next: Zia "
        "Rahimi, chosen by the shura in June 2008; arrested in Quetta, May 2012. Then Omar "
        "Baig, known as “the Teacher”; emir from May 2012 until a raid killed him in 2015."
    )
    assert tenures(text) == [
        ("Dawud Ahmadi", "2003-03", "2008-06", "killed"),
        ("Zia Rahimi", "2008-06", "2012-05", "arrested"),
        ("Omar Baig", "2012-05", "2015", "killed"),
    ]


# --- a post the text declares the top one ----------------------------------------------------
DECLARED_POSTS = [
    ("The group is run by a council whose chief of staff commands it. Liam Doherty, its first "
     "chief of staff, held the post from 1970 until he was arrested on 2 May 1973.",
     [("Liam Doherty", "1970", "1973-05-02", "arrested")]),
    ("The chief of staff heads the organisation. Liam Doherty was chief of staff from 1970 to "
     "1974.",
     [("Liam Doherty", "1970", "1974", None)]),
    ("Its quartermaster-general directs the movement. Liam Doherty became quartermaster-general "
     "in 1981.",
     [("Liam Doherty", "1981", None, None)]),
    ("The organisation is led by its chief of staff. Liam Doherty was chief of staff from 1970; "
     "Sean Keane succeeded him in 1975.",
     [("Liam Doherty", "1970", "1975", None), ("Sean Keane", "1975", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DECLARED_POSTS)
def test_a_post_the_text_says_leads_the_group_is_its_leadership(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- posts that are never the leadership of the group -----------------------------------------
NOT_LEADERS = [
    ("Liam Doherty was chief of staff of the group from 1970 to 1974.", "chief of staff"),
    ("Liam Doherty served as the army’s chief of staff from 1970.", "chief of staff"),
    ("Liam Doherty was quartermaster-general of the group from 1981.", "quartermaster"),
    ("Liam Doherty, the movement’s quartermaster, was arrested in 1984.", "quartermaster"),
    ("Sheikh Abdelkarim Nasser was the group’s spiritual leader until his death in 2004.",
     "spiritual leader"),
    ("Sheikh Abdelkarim Nasser, revered as its spiritual guide, died in 2004.", "spiritual guide"),
    ("Mawlana Faiz Rahman became the spiritual guide of the movement in 1998.",
     "spiritual guide"),
    ("Nuri Kamal chaired the group’s governing council from 2015 until 2018.", "council"),
    ("Nuri Kamal, chairman of the Supreme Governing Council, was killed in 2018.", "council"),
    ("Nuri Kamal was elected chairman of the council in 2015.", "council"),
    ("Nuri Kamal was president of the political wing from 1990 to 2005.", "political wing"),
    ("Nuri Kamal has been president of the movement’s political party since 1990.", "party"),
    ("Nuri Kamal led the group’s political wing from 1990.", "political wing"),
    ("In March 2016 Yusuf Dembele announced a pledge to the caliph in the group’s name; the "
     "leadership disowned him within days.", "pledge"),
    ("Yusuf Dembele declared in 2016 that the group had joined the Islamic State, but its emir "
     "rejected the statement.", "pledge"),
    ("Yusuf Dembele, the former spokesman, proclaimed the group’s allegiance in 2016 and was "
     "expelled.", "pledge"),
    ("Yusuf Dembele and Ali Toure, neither of whom ever led the group, were arrested in 2016.",
     "neither"),
    ("Yusuf Dembele was commander of the Gao brigade and never commanded the group as a whole.",
     "brigade"),
]


@pytest.mark.parametrize(("text", "why"), NOT_LEADERS)
def test_a_post_that_is_not_the_groups_leadership_states_no_leader(text: str, why: str) -> None:
    assert tenures(text) == [], why


def test_a_spiritual_guide_who_the_text_says_led_the_group_is_its_leader() -> None:
    text = ("Sheikh Abdelkarim Nasser, the group’s spiritual guide, also led it from 1995 until "
            "his death in 2004.")
    assert tenures(text) == [("Sheikh Abdelkarim Nasser", "1995", "2004", "died")]


def test_the_pledge_announcer_is_declined_in_the_review() -> None:
    (first, _second) = readings(
        "In March 2016 Yusuf Dembele announced a pledge to the caliph in the group’s name. "
        "Ali Toure has led the group since 2013."
    )
    assert first.tenures == []


# --- names with titles, descriptors and other transliterations --------------------------------
NAMES = [
    ("Mullah Abdul Qayyum took over the group in 2006.", "Mullah Abdul Qayyum"),
    ("Mawlana Fazal Karim has led the movement since 2006.", "Mawlana Fazal Karim"),
    ("Sheikh Mohamed Abdi became emir of the group in 2006.", "Sheikh Mohamed Abdi"),
    ("Dr Ayman Salih has headed the organisation since 2006.", "Dr Ayman Salih"),
    ("Commander Joseph Okot took command of the group in 2006.", "Commander Joseph Okot"),
    ("The Sudanese cleric Abdelrahim Ould Hamma took over the group in 2006.",
     "Abdelrahim Ould Hamma"),
    ("He was followed in 2006 by the Libyan veteran Abu Anas al-Libi.", "Abu Anas al-Libi"),
    ("Leadership passed in 2006 to his younger brother Abd al-Malik al-Hakim.",
     "Abd al-Malik al-Hakim"),
    ("Leadership passed in 2006 to Yusuf Hakim’s younger brother Abd al-Malik al-Hakim.",
     "Abd al-Malik al-Hakim"),
    ("In 2006 he was followed by Yusuf Hakim’s nephew, Abd al-Malik al-Hakim.",
     "Abd al-Malik al-Hakim"),
    ("The engineer Marwan Qasim took over the group in 2006.", "Marwan Qasim"),
    ("Abou Moussab Abdelouadoud became emir of the group in 2006.", "Abou Moussab Abdelouadoud"),
    ("Mohamed Ag Najem took over the group in 2006.", "Mohamed Ag Najem"),
    ("Seán Ó Briain became chief of the organisation in 2006.", "Seán Ó Briain"),
    ("Pádraig Mac Giolla Bhríde took over the group in 2006.", "Pádraig Mac Giolla Bhríde"),
    ("Abu Bakr el-Baghdadi took over the group in 2006.", "Abu Bakr el-Baghdadi"),
    ("Nur ad-Din Zinki took over the group in 2006.", "Nur ad-Din Zinki"),
    ("Abu Muhammad ash-Shami took over the group in 2006.", "Abu Muhammad ash-Shami"),
    ("Abū Muḥammad al-Jawlānī took over the group in 2006.", "Abū Muḥammad al-Jawlānī"),
    ("Şahin Yılmaz took over the group in 2006.", "Şahin Yılmaz"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_titles_descriptors_and_transliterations_leave_the_name(text: str, name: str) -> None:
    assert [(t[0], t[1]) for t in tenures(text)] == [(name, "2006")]


def test_a_single_name_introduced_by_a_role_noun_is_a_person() -> None:
    text = "The engineer Zulkifli later acted as emir until he was captured in June 2007."
    assert tenures(text) == [("Zulkifli", None, "2007-06", "arrested")]


# --- dates in other forms ---------------------------------------------------------------------
DATES = [
    ("Ahmad Karimi led the group from 3 March 2009 until 14 July 2011.",
     [("Ahmad Karimi", "2009-03-03", "2011-07-14", None)]),
    ("On 3 March 2009 Ahmad Karimi was named leader of the group.",
     [("Ahmad Karimi", "2009-03-03", None, None)]),
    ("In 2014 fighters loyal to Ahmad Karimi took the town, and he became emir of the group.",
     [("Ahmad Karimi", "2014", None, None)]),
    ("In 2014 militants chose Ahmad Karimi as the group’s new leader.",
     [("Ahmad Karimi", "2014", None, None)]),
    ("Ahmad Karimi took charge of the group in about 2000.",
     [("Ahmad Karimi", "2000~", None, None)]),
    ("Ahmad Karimi headed the group from the founding of the movement in December 1969 until "
     "1974.",
     [("Ahmad Karimi", "1969-12", "1974", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates_in_prose_of_every_form_date_the_tenure(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


# --- ends of other kinds ------------------------------------------------------------------
ENDS = [
    ("Joseph Kato led the group from 1995 until he fled to Kenya in 2014.",
     [("Joseph Kato", "1995", "2014", "fled")]),
    ("Joseph Kato led the group from 1995 until his recapture in 2004.",
     [("Joseph Kato", "1995", "2004", "arrested")]),
    ("Joseph Kato led the group from 1995 until the police detained him in 2004.",
     [("Joseph Kato", "1995", "2004", "arrested")]),
    ("Joseph Kato led the group from 1995 until his own arrest in 2004.",
     [("Joseph Kato", "1995", "2004", "arrested")]),
    ("Joseph Kato led the group from 1995 until he was caught in Nairobi in 2004.",
     [("Joseph Kato", "1995", "2004", "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), ENDS)
def test_a_tenure_ended_by_flight_or_recapture_says_so(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


# --- a co-leader without a start ---------------------------------------------------------
def test_a_co_leader_without_a_start_gets_no_guessed_start() -> None:
    text = ("Amadou Sow founded the front in 1990 and led it together with his cousin Idrissa "
            "Ba until Ba died in 1996.")
    assert tenures(text) == [
        ("Amadou Sow", "1990", None, None),
        ("Idrissa Ba", None, "1996", "died"),
    ]


# --- asides, aliases as antecedents, the founding in the same sentence ------------------------
ASIDES = [
    # a concessive aside with a date of its own lends the tenure no start
    ("Karim Haddad was arrested in May 2004; Nabil Aoun then took over and, despite a spell in "
     "hospital that ended in August 2005, remained leader until his death in 2009.",
     [("Nabil Aoun", "2004-05", "2009", "died")]),
    # an aside between dashes: a source, so the tenure is hedged but read
    ("Leadership passed — according to the group’s own statements — to Nabil Aoun in 2004.",
     [("Nabil Aoun", "2004", None, None)]),
    # dashes and semicolons inside brackets never split the clause
    ("Nabil Aoun (also called Abu Yasin — the Teacher — or “the Doctor”; born in Tripoli) has "
     "led the group since 2004.",
     [("Nabil Aoun", "2004", None, None)]),
    # an alias right before "who" stands for the person
    ("Command was handed in 2004 to Nabil Aoun, known as Abu Yasin, who has led it since.",
     [("Nabil Aoun", "2004", None, None)]),
    ("The group was founded in 2004 by Nabil Aoun (Abu Yasin), who led it until he fled abroad "
     "in 2011.",
     [("Nabil Aoun", "2004", "2011", "fled")]),
    # the first leader of a group whose founding the same sentence tells
    ("The front was proclaimed on 12 March 2004, and the post of emir went to Nabil Aoun, until "
     "soldiers killed him in 2006.",
     [("Nabil Aoun", "2004-03-12", "2006", "killed")]),
    # a "nor" earlier in the clause does not negate the succession
    ("Its founders wanted neither a foreigner nor a cleric, and leadership went to Nabil Aoun in "
     "2004.",
     [("Nabil Aoun", "2004", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_asides_brackets_and_aliases_do_not_derail_the_clause(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


UNCONFIRMED_ENDS = [
    "Nabil Aoun has led the group since 2004. His death has been reported twice and never "
    "confirmed.",
    "Nabil Aoun has led the group since 2004. Reports that he was killed in 2016 were never "
    "verified.",
    "Nabil Aoun has led the group since 2004; his death in a 2016 air strike remains "
    "unconfirmed.",
    "Nabil Aoun has led the group since 2004. Rumours of his death in 2016 proved false "
    "reports.",
]


@pytest.mark.parametrize("text", UNCONFIRMED_ENDS)
def test_a_death_never_confirmed_does_not_end_the_tenure(text: str) -> None:
    assert tenures(text) == [("Nabil Aoun", "2004", None, None)]


# --- two founders, then one of them led; "<verb> the group as its leader" ---------------------
FOUNDERS_THEN_ONE_LED = [
    ("Two preachers, Omar Sidibe and Bakary Traore, set up the group in Bamako in March 1998, "
     "and Sidibe, as its first emir, led it until he was killed in 2003.",
     [("Omar Sidibe", "1998-03", "2003", "killed")]),
    ("Omar Sidibe and Bakary Traore established the movement in 1998, and Traore headed it "
     "until his arrest in 2001.",
     [("Bakary Traore", "1998", "2001", "arrested")]),
    ("Omar Sidibe and Bakary Traore formed the front in 1998, and Sidibe then commanded it until "
     "he died in 2004.",
     [("Omar Sidibe", "1998", "2004", "died")]),
    ("Omar Sidibe and Bakary Traore launched the organisation in June 1998, and Traore, its "
     "first amir, ran it until 2002.",
     [("Bakary Traore", "1998-06", "2002", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDERS_THEN_ONE_LED)
def test_of_two_founders_the_one_the_text_says_led_leads_from_the_founding(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


AS_ITS_LEADER = [
    ("Idris Kamara rebuilt the organisation as its emir from 2009 until he was arrested in 2014.",
     [("Idris Kamara", "2009", "2014", "arrested")]),
    ("Idris Kamara revived the movement as its leader in 2009.",
     [("Idris Kamara", "2009", None, None)]),
    ("Idris Kamara reorganised the group as its new chief from 2009.",
     [("Idris Kamara", "2009", None, None)]),
    ("Idris Kamara steered the front as its commander-in-chief from 2009 to 2012.",
     [("Idris Kamara", "2009", "2012", None)]),
    # another post, or the group seen as something: no tenure
    ("Idris Kamara served the group as its deputy emir from 2009.", []),
    ("Idris Kamara described the group as its leader’s creature in 2009.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_ITS_LEADER)
def test_any_verb_of_the_group_as_its_leader_is_a_tenure(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


def test_a_hedged_succession_after_a_long_relative_clause_keeps_its_subject() -> None:
    text = ("Kofi Asante led the group from 2001 until he died in 2006. Yaw Mensah, who has always "
            "denied that he ever belonged to it, is widely held to have succeeded him and to have "
            "remained leader until soldiers captured him in 2010.")
    assert tenures(text) == [
        ("Kofi Asante", "2001", "2006", "died"),
        ("Yaw Mensah", "2006", "2010", "arrested"),
    ]


# --- a restrictive relative's verb, a merger's "new body", a name that modifies a person --------
MERGERS_AND_MODIFIERS = [
    ("When the merger that formed the alliance was declared in March 2017, the veteran Kurdish "
     "commander Dilan Aksoy was named the new body’s leader.",
     [("Dilan Aksoy", "2017-03", None, None)]),
    ("After the union which created the coalition in 2012, Dilan Aksoy became the new "
     "organisation’s first chief.",
     [("Dilan Aksoy", "2012", None, None)]),
    ("In 2012 the former Ansar Dine commander Dilan Aksoy was chosen as the merged group’s emir.",
     [("Dilan Aksoy", "2012", None, None)]),
    ("The talks that established the front ended in 2012, and the Tamil Eelam veteran Dilan "
     "Aksoy became the united movement’s leader in 2013.",
     [("Dilan Aksoy", "2013", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), MERGERS_AND_MODIFIERS)
def test_the_leader_of_the_body_a_merger_created_is_the_groups_leader(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


# --- persons typed from contexts the unseen profiles used -------------------------------------
from kg.ingest.leaders import persons_in  # noqa: E402

PERSON_CONTEXTS = [
    # the successor in another post is still a person
    ("Farid Nasser chaired the assembly until 2015 and was succeeded in that office by Karim "
     "Yousef.", ["Karim Yousef"]),
    ("In 2015 the council’s president was replaced by Karim Yousef.", ["Karim Yousef"]),
    # a relative "whom" / "who" right after the name
    ("Its creed draws on the sermons of Karim Yousef, whom many recruits heard in Peshawar.",
     ["Karim Yousef"]),
    ("Money came through Karim Yousef, who ran a charity in Doha.", ["Karim Yousef"]),
    # led by one or two persons
    ("Dissidents led by Karim Yousef and Samir Haddad walked out in 1998.",
     ["Karim Yousef", "Samir Haddad"]),
    ("A splinter group led by Karim Yousef formed in 1998.", ["Karim Yousef"]),
    # a name followed by "and his/her …"
    ("The bomb narrowly missed Karim Yousef and his bodyguards.", ["Karim Yousef"]),
    ("In 2014 Karim Yousef and her supporters broke away.", ["Karim Yousef"]),
    # the victim of a verb only persons suffer
    ("Gunmen shot Karim Yousef outside his school.", ["Karim Yousef"]),
    ("Militants kidnapped Karim Yousef and two engineers in 2009.", ["Karim Yousef"]),
    ("Fighters assassinated Karim Yousef at a checkpoint.", ["Karim Yousef"]),
]


@pytest.mark.parametrize(("text", "persons"), PERSON_CONTEXTS)
def test_a_person_is_typed_from_more_contexts(text: str, persons: list[str]) -> None:
    assert persons_in(None, text, LeadershipState()) == persons


@pytest.mark.parametrize(
    "text",
    [
        "Fighters attacked Baraawe Port and the Jubba Valley in 2009.",
        "A coalition led by the Sahel Defence Movement formed in 2012.",
        "The front shot down a helicopter over Kidal Region in 2013.",
        "Support reached Jamaat Nusrat, which ran camps in Mali.",
    ],
)
def test_a_capitalised_name_in_those_contexts_that_is_no_person_is_not_typed(text: str) -> None:
    assert persons_in(None, text, LeadershipState()) == []


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("After Grace Akello’s Holy Spirit Movement was routed in 1987, its fighters scattered.",
         ["Grace Akello"]),
        ("Veterans of Omar Diallo’s Macina Front joined in 2015.", ["Omar Diallo"]),
        ("In 2003 Samir Haddad’s Liberation Army merged with the group.", ["Samir Haddad"]),
        ("Members of Karim Yousef’s Martyrs Brigade fled north.", ["Karim Yousef"]),
    ],
)
def test_a_person_whose_organisation_is_named_is_a_person(text: str, persons: list[str]) -> None:
    assert persons_in(None, text, LeadershipState()) == persons


def test_a_successor_in_another_post_in_the_leadership_paragraph_is_a_person_not_a_leader() -> None:
    (reading,) = readings(
        "Farid Nasser, who chaired the governing council, was killed in 2018 and was succeeded "
        "in that post by Karim Yousef; neither man led the group itself."
    )
    assert reading.tenures == []
    assert "Karim Yousef" in reading.typed


def test_a_place_in_a_terse_end_is_neither_a_subject_nor_a_person() -> None:
    text = ("Founder: Dawud Ahmadi, emir from March 2003; killed by a drone in Upper Kurram, June "
            "2008. Next: Zia Rahimi, chosen by the shura in June 2008; killed in North Kurram, "
            "May 2012.")
    assert tenures(text) == [
        ("Dawud Ahmadi", "2003-03", "2008-06", "killed"),
        ("Zia Rahimi", "2008-06", "2012-05", "killed"),
    ]
    typed = [name for reading in readings(text) for name in reading.typed]
    assert "Upper Kurram" not in typed and "North Kurram" not in typed


def test_a_start_written_in_the_relative_clause_wins_over_the_predecessors_end() -> None:
    text = ("Yusuf Hakim led the movement until soldiers killed him in September 2004. Command "
            "then passed to his brother Abd al-Malik Hakim, who has led it since 2005.")
    assert tenures(text) == [
        ("Yusuf Hakim", None, "2004-09", "killed"),
        ("Abd al-Malik Hakim", "2005", None, None),
    ]


# --- attempts, claims and expectations are not tenures ----------------------------------------
UNREALISED = [
    "Omar Bakr claimed to lead the group in 2010, but the council rejected his claim.",
    "Omar Bakr sought to take over the movement in 2010.",
    "Omar Bakr was expected to become emir in 2010.",
    "Omar Bakr was a candidate to succeed Ali Musa in 2010.",
    "Omar Bakr hoped to succeed Ali Musa as leader of the group.",
    "Omar Bakr tried to seize control of the group in 2010 but failed.",
]


@pytest.mark.parametrize("text", UNREALISED)
def test_an_attempt_a_claim_or_an_expectation_is_no_tenure(text: str) -> None:
    (reading,) = readings(text)
    assert reading.tenures == []
    assert reading.declined, "the review must say why no leader was read"


# --- more verbs and phrases of taking and holding the top post --------------------------------
MORE_WORDINGS = [
    ("Tomas Reyes has been at the helm of the group since 2010.",
     [("Tomas Reyes", "2010", None, None)]),
    ("Tomas Reyes helmed the organisation from 2010 to 2014.",
     [("Tomas Reyes", "2010", "2014", None)]),
    ("Tomas Reyes presided over the movement from 2010 until his death in 2014.",
     [("Tomas Reyes", "2010", "2014", "died")]),
    ("Tomas Reyes assumed the mantle of leadership in 2010.",
     [("Tomas Reyes", "2010", None, None)]),
    ("Tomas Reyes became the group’s top commander in 2010 after his rival’s arrest.",
     [("Tomas Reyes", "2010", None, None)]),
    ("On 5 June 2010, Tomas Reyes was proclaimed emir of the group.",
     [("Tomas Reyes", "2010-06-05", None, None)]),
    ("Tomas Reyes inherited the leadership from his father in 2010.",
     [("Tomas Reyes", "2010", None, None)]),
    ("Tomas Reyes stepped in as leader after the founder’s death in 2010.",
     [("Tomas Reyes", "2010", None, None)]),
    ("Tomas Reyes’s tenure as emir began in 2010.", [("Tomas Reyes", "2010", None, None)]),
    # the same verbs with another object: no tenure
    ("Tomas Reyes presided over the tribunal from 2010.", []),
    ("Tomas Reyes inherited the leadership of his father’s clan in 2010.", []),
    ("Tomas Reyes stepped in as deputy leader in 2010.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WORDINGS)
def test_more_verbs_of_taking_and_holding_the_top_post(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


def test_hostile_runs_of_the_new_shapes_are_read_in_bounded_time() -> None:
    """Each new shape (relative clauses, describing words, asides, labels, concessives,
    brackets, intentions, possessives) on a long repeated run: well under a second each on
    today's machines; the bound is generous so a slow machine never fails it, a backtracking
    regular expression (minutes) always does."""
    import time

    hostile = [
        "Ali Kane, " + "who said that, " * 500 + "took over in 2004.",
        "Leadership passed to " + "the old " * 2000 + "Omar Sy.",
        "Ali Kane " + "— according to x — " * 500 + "took over in 2004.",
        "Leader: Ali Kane, " + "alias Bob, " * 500 + "since 2004.",
        "Ali Kane, despite " + "a, " * 2000 + "took over in 2004.",
        "Ali Kane (" + "x — y; " * 1000 + ") led the group from 2004.",
        "Ali Kane " + "claimed to " * 1000 + "lead the group in 2004.",
        "Ali Kane’s " * 500 + "tenure as emir began in 2004.",
    ]
    for text in hostile:
        began = time.monotonic()
        read_sentence(None, text, LeadershipState())
        assert time.monotonic() - began < 20, text[:60]


# --- lists, bracketed years before "was followed by", handing over ----------------------------
LISTS_AND_HANDOVERS = [
    ("Leaders: Ali Musa (2001–2005); Omar Bakr (2005–present).",
     [("Ali Musa", "2001", "2005", None), ("Omar Bakr", "2005", None, None)]),
    ("Emirs: Ali Musa (1998–2003); Omar Bakr (since 2003).",
     [("Ali Musa", "1998", "2003", None), ("Omar Bakr", "2003", None, None)]),
    # the years in brackets are the predecessor's: the successor starts at their end
    ("Ali Musa (2001–2005) was followed by Omar Bakr.", [("Omar Bakr", "2005", None, None)]),
    ("Ali Musa (1990–1996) was succeeded by Omar Bakr.", [("Omar Bakr", "1996", None, None)]),
    ("In 2005 Ali Musa handed the leadership to Omar Bakr.",
     [("Omar Bakr", "2005", None, None)]),
    ("Ali Musa headed the group until 2005, when he handed over to Omar Bakr.",
     [("Ali Musa", None, "2005", None), ("Omar Bakr", "2005", None, None)]),
    ("Ali Musa transferred command of the group to his deputy, Omar Bakr, in 2005.",
     [("Omar Bakr", "2005", None, None)]),
    ("Ali Musa handed the weapons to Omar Bakr in 2005.", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_HANDOVERS)
def test_lists_bracketed_years_and_handovers(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ali Musa was killed in 2005, and Omar Bakr was named the new emir.",
         [("Omar Bakr", "2005", None, None)]),
        ("Ali Musa was arrested in March 2005 and Omar Bakr took over the group.",
         [("Omar Bakr", "2005-03", None, None)]),
        ("Ali Musa died in 2005, and Omar Bakr became emir in 2007.",
         [("Omar Bakr", "2007", None, None)]),
        # none of these is a handover of the group
        ("Omar Bakr's property passed to Ali Musa in 2005.", []),
        ("Omar Bakr handed the money to Ali Musa in 2005.", []),
        ("Ali Musa was followed by many recruits in 2005.", []),
        ("Ali Musa's tenure as spokesman began in 2005.", []),
    ],
)
def test_a_new_subject_after_an_end_starts_at_that_end(text: str, expected: list[Tenure]) -> None:
    assert tenures(text) == expected


CHAINS = [
    ("Sani Bello led the group from 1998. He was succeeded by Omar Bakr in 2005, who was in turn "
     "succeeded by Ali Musa in 2010.",
     [("Sani Bello", "1998", "2005", None), ("Omar Bakr", "2005", "2010", None),
      ("Ali Musa", "2010", None, None)]),
    ("Sani Bello led the group from 1998 to 2005. Omar Bakr, his deputy, then took charge until "
     "his death in 2010.",
     [("Sani Bello", "1998", "2005", None), ("Omar Bakr", "2005", "2010", "died")]),
    ("The group’s first leader was Sani Bello (1998–2005).",
     [("Sani Bello", "1998", "2005", None)]),
    ("Its current emir is Sani Bello, who took over in 2015.",
     [("Sani Bello", "2015", None, None)]),
    ("Sani Bello was emir until 2005. That year Omar Bakr became emir.",
     [("Sani Bello", None, "2005", None), ("Omar Bakr", "2005", None, None)]),
    ("Sani Bello, emir since 1998, was captured on 3 May 2005; Omar Bakr succeeded him the same "
     "month.",
     # "the same month" is a date of its own, at the month's precision (kg.ingest.leaders.carried)
     [("Sani Bello", "1998", "2005-05-03", "arrested"), ("Omar Bakr", "2005-05", None, None)]),
    # not the group's: the army's first leader, a leader's brother
    ("The army’s first leader was Sani Bello (1998–2005).", []),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_chains_told_in_turn_with_the_post_first_or_the_year_after(
    text: str, expected: list[Tenure]
) -> None:
    assert tenures(text) == expected


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Militants kidnapped U.S. Brigadier General James L. Dozier from his flat in Verona.",
         ["James L. Dozier"]),
        ("Gunmen shot Colonel Ahmed Salim Bakr outside his home.", ["Ahmed Salim Bakr"]),
        ("Fighters assassinated Lieutenant General Ravi Kumar Menon in 2001.",
         ["Ravi Kumar Menon"]),
        ("Militants abducted Major Ana María Quintero near Cali.", ["Ana María Quintero"]),
    ],
)
def test_ranks_and_a_countrys_initials_are_not_part_of_the_name(
    text: str, persons: list[str]
) -> None:
    assert persons_in(None, text, LeadershipState()) == persons
