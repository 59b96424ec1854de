"""Text that is not yet a clause: labelled lines of terse profiles ("Emir: X (since 2010)"),
verbless fragments ("X, emir from 2003"), posts the text declares to be the top one, and
asides that would otherwise split a clause or lend it a date.
"""

from __future__ import annotations

import re

from kg.ingest.dates import HEDGE_WORDS
from kg.ingest.leaders.lexicon import (
    _D,
    _KEEPS,
    _LEADER_WORD,
    _OTHER_POST_WORDS,
    _P,
    HONORIFIC,
)
from kg.ingest.leaders.model import LeadershipState, Template

# --- posts the text declares the top one, labels and fragments of terse profiles

_POST = r"(?P<post>[A-Za-z][\w-]*(?:\s+of\s+[A-Za-z]+|\s+[a-z][\w-]*)?)"
_DECLARED_POST = [
    re.compile(
        rf"\b(?:whose|its|the|⟪G⟫[’']s)\s+{_POST}\s+(?:commands|leads|heads|directs|runs)\s+"
        r"(?:the\s+(?:organi[sz]ation|group|movement|party|front)|(?:the\s+)?⟪G⟫|it)(?!\w)",
        re.I,
    ),
    re.compile(
        rf"(?:the\s+)?⟪G⟫\s+is\s+(?:led|headed|commanded|directed|run)\s+by\s+(?:its|a|the)\s+"
        rf"{_POST}\s*(?:[,;.]|$)",
        re.I,
    ),
]
_NOT_A_POST = re.compile(
    r"\b(?:council|committee|shura|body|board|assembly|bureau|leadership|command|wing|group|"
    r"members?|cells?|leaders?|emirs?|amirs?|heads?|chiefs?|commanders?)$",
    re.I,
)


def _read_posts(tpl: Template, state: LeadershipState) -> None:
    """A post the text says commands the group is its leadership: it is declared once, and in
    this sentence and every later one reads as "leader". Any other post (a chief of staff, a
    quartermaster) stays another post unless the text declares it."""
    declared: list[tuple[int, int]] = []
    for pattern in _DECLARED_POST:
        for match in pattern.finditer(tpl.text):
            post = " ".join(match["post"].lower().split())
            if not _NOT_A_POST.search(post):
                declared.append(match.span())
                if post not in state.posts:
                    state.posts.append(post)
    if declared:
        # the declaration itself names the post, no leader: it stays as written
        return
    for post in state.posts:
        tpl.text = re.sub(rf"(?<![\w-]){re.escape(post)}(?![\w-])", "leader", tpl.text,
                          flags=re.I)


# A post a leader may hold beside the leadership, named with it in one label ("Spokesman and
# commander: X"): never a leadership of its own, nor another body's.
_BESIDE = r"(?i:spokes(?:man|woman|person))"
# "Current emir: X, alias Y, since June 2018", "Leader: X (since 2019)": a label that names the
# post, a colon, the person and the start
_LABEL = re.compile(
    # "Co-founder and first emir: X": the founding told beside the post, the post read
    # "Deputy emir: X" is another post, never "emir: X" (the label is left as written)
    rf"(?P<other>\b{_OTHER_POST_WORDS}\s+)?"
    rf"(?P<label>(?P<founder>(?:[Cc]o-?)?[Ff]ounder\s+and\s+)?"
    # "Spokesman and commander: X": a post held beside the leadership, the leadership read
    rf"(?P<also>{_BESIDE}\s+and\s+)?"
    rf"(?:(?:current|present|first|new|last|acting|interim|overall|founding)\s+)?"
    # a plural label ("Leaders: A (2001–2005); B …") is a list, read by the list pattern
    rf"(?:{_LEADER_WORD}"
    # a listing's field that opens the line: "Commander: X" (a bare "commander" in prose is
    # anyone's; "Deputy commander: X" opens with another word)
    rf"|(?(also)|(?<![^\n]))commander(?=\s*(?:and\s+{_BESIDE}\s*)?:)))(?<![sS])"
    # "Emir and founder: X", "Commander and spokesman: X": the same, the other post after
    rf"(?P<also2>\s+and\s+(?P<founder2>(?:co-?)?founder)?(?(founder2)|{_BESIDE}))?"
    # a hedge on the whole line: "Acting emir (reportedly): X"
    rf"(?P<hedge>\s*\(\s*(?:reportedly|allegedly|reported|unconfirmed|disputed)\s*\))?"
    # a fact sheet's field may put a title before the name ("Leader: Dr. X")
    rf"\s*:\s*(?:{HONORIFIC}\s+)?(?P<p>{_P})"
    # "X alias Y", "X, alias 'Y'", "X (Y)"
    rf"(?P<mid>(?:\s*,?\s*(?:alias|aka|also\s+known\s+as|known\s+as)\s+"
    rf"(?:⟪P\d+⟫|[‘“\"][^’”\"]{{1,40}}[’”\"]|[A-Z][\w’'-]+(?![\w’'-]))"
    rf"|\s*\(\s*⟪P\d+⟫\s*\)"
    # "Commander: X (a.k.a. “Y”; “Z”)": the aliases in brackets (read by the alias reader)
    rf"|\s*\(\s*(?:a\.k\.a\.|aka|alias|also\s+known\s+as|known\s+as)\s+[^()⟪]{{1,60}}\))?)"
    # "Leader: X (founder)": the post held from the founding, whose date the label does not give
    rf"(?P<founded>\s*\(\s*(?:the\s+)?(?:[Cc]o-?)?[Ff]ounder\s*\))?"
    # the start: "(since 2010)", ", from June 2010", "(2010–present)", or none at the end
    # "Emir: X; in office from the founding, February 2018": the start in a fragment of its own
    rf"(?:\s*(?:,\s*|\(\s*"
    # "Chairman: X (general secretary from the founding in 1995, chairman from 2001)": titles
    # that change within one tenure, the first one's start the tenure's
    rf"(?:(?:the\s+|its\s+)?{_LEADER_WORD}\s+(?=(?:since|from)\b))?"
    rf"|;\s*in\s+(?:office|post|command|charge)\s+(?=(?:since|from)\b)"
    # "Commander: X; commander since the force's establishment in 2013": the post repeated
    rf"|;\s*(?:the\s+|its\s+)?(?:commander|{_LEADER_WORD})\s+(?=(?:since|from)\b))"
    rf"(?:(?P<how>since|from)\s+)?(?:(?:the|its|⟪G⟫[’']s|the\s+[a-z]+[’']s)\s+(?:founding|"
    rf"foundation|establishment|formation|creation|outset|start|beginning)"
    rf"\s*(?:,\s*|in\s+|on\s+)?)?"
    # "since approximately 2004": the hedge the date reader already took (2004~)
    rf"(?:(?:{HEDGE_WORDS})\s*)?"
    rf"(?P<d>{_D})"
    # "2004 to November 2018", "2010 – August 2012": the end of the tenure in the range
    rf"(?:\s*(?:[–-]|to|until|till)\s*(?:(?P<d2>{_D})|present|today|now))?\s*\)?"
    # or none: at the end, or before a fragment of its own ("Emir: X; killed in …"), or
    # before a last aside that names no one and no date ("Acting emir: X, in charge of daily
    # affairs"; never "X, since …", "X, killed in 2004")
    rf"|(?=\s*\.?\s*$|\s*;|\s*,\s*(?!(?:since|from|until|till|between)\b)[^⟪,;()]*$))",
    re.I,
)
# "Next: X, chosen by the shura in August 2009": a succession label, a person, a choice
_NEXT = re.compile(
    rf"\b(?P<label>Next|Then|Successor|Later|Subsequently)\s*:?\s*(?P<p>{_P})"
    # "Then X, chosen …"; with the asides taken out, "Then X (Y) chosen …"
    rf"(?:\s*,\s*|\s*\(\s*⟪P\d+⟫\s*\)\s*,?\s*|\s+)"
    rf"(?P<verb>chosen|elected|named|appointed|selected|picked|installed)\b(?!\s+(?:as\s+)?"
    rf"(?:{_KEEPS}\s+)*(?:deputy|spokes|military|regional|governor))",
)


def _label_sentence(match: re.Match[str]) -> str:
    """"Emir: X (since 2010)" → "X has been emir since 2010"; "Acting leader: X" → "X is
    acting leader" (a tenure whose start the text does not give)."""
    if match["other"]:
        return match.group(0)
    label = match["label"][len(match["founder"] or "") + len(match["also"] or "") :].lower()
    if label == "commander":
        label = "commander of ⟪G⟫"  # the listing's field names the group's commander
    person = f"{match['p']}{match['mid']}"
    hedge = " reportedly" if match["hedge"] else ""
    if match["d"] is None and (match["founded"] or match["founder"] or match["founder2"]):
        # the founder's post runs from the founding: dated by the founding the text tells,
        # else only reported (never stated with no start)
        return f"{person}{hedge} has been {label} since its founding"
    if match["d"] is None:
        return f"{person}{hedge} is {label}"
    if match["d2"]:
        return f"{person}{hedge} was {label} from {match['d']} until {match['d2']} "
    how = (match["how"] or "since").lower()
    return f"{person}{hedge} {'has been' if how == 'since' else 'was'} {label} {how} {match['d']}"


# A table-like line that names the person first, then the post and its years: "- X: emir,
# 1996–2004", "X — leader, from 2011", "X: chairman since 2004"; and the post first with its
# years in brackets: "Emir (2004–2011): X". Only a bare post (a qualifier of another post, or
# "of" another body, leaves the line as written).
_PERSON_POST = re.compile(
    rf"^(?P<head>\s*(?:[-•*]\s*)?(?P<p>{_P})(?:\s*\(\s*⟪P\d+⟫\s*\))?)\s*(?::|[—–]|,)\s*"
    rf"(?P<post>(?:(?:the\s+group[’']s|its|⟪G⟫[’']s)\s+)?"
    rf"(?:(?:first|second|third|last|founding|new|sole|overall|acting|interim)\s+)?{_LEADER_WORD})"
    rf"\s*,?\s*(?:(?P<how>from|since|between)\s+)?(?=⟪D)",
    re.I,
)
_BARE_POST = (
    rf"(?:(?:first|second|third|last|founding|new|sole|overall|acting|interim)\s+)?{_LEADER_WORD}"
)
_POST_DATED_LABEL = re.compile(
    rf"^(?P<bullet>\s*(?:[-•*]\s*)?)(?P<post>(?:(?:first|second|third|last|founding|new|sole|"
    rf"overall|acting|interim)\s+)?{_LEADER_WORD})(?<![sS])\s*\(\s*(?:(?P<how>since|from)\s+)?"
    rf"(?P<d>{_D})\s*\)\s*:\s*"
    rf"(?P<p>{_P})",
    re.I,
)


# The dates first, then the person and the post: "2004–2011: X (emir)", "- 1996 to 2004: X,
# leader", "Since 2012: X (acting emir)". Only a bare post, as in the lines above.
_DATES_FIRST = re.compile(
    rf"^(?P<bullet>\s*(?:[-•*]\s*)?)(?:(?P<how>[Ss]ince|[Ff]rom)\s+)?(?P<d>{_D})"
    rf"(?:\s*(?:[–-]|to|until|till)\s*(?:(?P<d2>{_D})|present|today|now))?\s*:\s*"
    rf"(?P<p>{_P})\s*(?:\(\s*(?P<post>{_BARE_POST})\s*\)|,\s*(?P<post2>{_BARE_POST})(?![\w-]))"
    rf"\s*(?P<end>[.;]?\s*$)",
    re.I,
)


def _dates_first(match: re.Match[str]) -> str:
    post = _lower(match["post"] or match["post2"])
    if match["d2"]:
        return f"{match['bullet']}{match['p']} was {post} from {match['d']} until {match['d2']}."
    how = (match["how"] or "from").lower()
    verb = "has been" if how == "since" or not match["how"] else "was"
    how = "since" if verb == "has been" else how
    return f"{match['bullet']}{match['p']} {verb} {post} {how} {match['d']}."


def _lower(post: str) -> str:
    """A post as a running sentence writes it: "Emir" → "emir" (a capital before a post names
    another body's post in the grammar), its tokens kept."""
    return re.sub(r"⟪[^⟫]*⟫|[^⟪]+",
                  lambda m: m.group(0) if m.group(0).startswith("⟪") else m.group(0).lower(), post)


def _person_post(match: re.Match[str]) -> str:
    how = (match["how"] or "from").lower()
    verb = "has been" if how == "since" else "was"
    return f"{match['head']} {verb} {_lower(match['post'])} {how} "


def _read_labels(tpl: Template) -> None:
    """Rewrite a label and its fragment as the sentence it stands for."""
    tpl.text = _PERSON_POST.sub(_person_post, tpl.text)
    tpl.text = _DATES_FIRST.sub(_dates_first, tpl.text)
    tpl.text = _POST_DATED_LABEL.sub(
        lambda m: f"{m['bullet']}{m['p']} "
        f"{'has been' if (m['how'] or '').lower() == 'since' else 'was'} {_lower(m['post'])} "
        f"{(m['how'] or 'from').lower()} {m['d']}",
        tpl.text,
    )
    tpl.text = _LABEL.sub(_label_sentence, tpl.text)
    tpl.text = _NEXT.sub(lambda m: f"{m['label']}: {m['p']} was {m['verb']} leader", tpl.text)


_BIRTH_NOUN = r"(?:founding|foundation|formation|creation|establishment|inception|birth)"
# A fragment without a verb: "X, emir from 2003" → "X was emir from 2003"; "emir from 2003
# until …" (its subject carried); "killed by a drone, August 2009" → "was killed …". A row of a
# table drawn with leader dots ("X .......... chairman until 2013") is the same fragment, and
# a post held "until" a date is a tenure whose start the row does not give.
_FRAGMENT_POST = re.compile(
    rf"^(?P<p>{_P}\s*(?:,|\.{{3,}})\s*)?"
    rf"(?=(?:(?:the|its|current|first|new|last|acting)\s+)*{_LEADER_WORD}"
    rf"(?:\s+of\s+(?:the\s+)?⟪G⟫)?\s*,?\s+(?:(?:from|since|between|until|till)\s+"
    # "X, commander-in-chief, from its founding in 2000 until …": the founding's date
    rf"(?:(?:its|the|⟪G⟫[’']s|the\s+(?:group|organi[sz]ation|movement)[’']s)\s+"
    rf"{_BIRTH_NOUN}\s+(?:in|on)\s+)?)?⟪D)",
    re.I,
)
_FRAGMENT_END = re.compile(
    r"^(?=(?:killed|assassinated|executed|arrested|captured|detained|extradited|ousted|"
    r"dismissed|removed|deposed|expelled)\b)"
)


def _fragment(text: str) -> str:
    match = _FRAGMENT_POST.match(text)
    if match and not match["p"] and re.search(r"\b(?:was|is|has\s+been|became)\s+⟪P\d+⟫", text):
        match = None  # "Its emir from 2001 was X": a sentence with its verb, no fragment
    if match:
        person = (match["p"] or "").rstrip(" ,.")
        return f"{person} was {text[match.end():]}".lstrip()
    if _FRAGMENT_END.match(text):
        return "was " + text
    return text


_UNCONFIRMED = re.compile(
    r"\b(?:never|not\s+(?:been\s+)?|un)\s*(?:confirmed|verified)\b|\bfalse\s+reports?\b|"
    r"\brumou?rs?\s+of\s+(?:his|her|⟪H⟫’s|⟪P\d+⟫’s)\s+death\b|\bprematurely\b",
    re.I,
)
# Asides that tell no leadership of their own and would otherwise split a clause or lend it a
# date: a concessive ", despite a spell in prison ended by an escape in October 1973,", and a
# "— according to later statements —" between dashes (a source: the clause is then hedged).
_CONCESSIVE = re.compile(
    r",\s*(?:despite|in\s+spite\s+of|apart\s+from|notwithstanding|except\s+for)\b[^,;()]*,"
)
_DASHED = re.compile(r"\s[—–]\s(?P<aside>[^—–⟪;.]{1,80})\s[—–]\s")
_SOURCE = re.compile(r"\b(?:according\s+to|reportedly|it\s+is\s+said|as\s+\w+\s+claimed)\b",
                     re.I)


def _drop_asides(tpl: Template) -> None:
    """Take the asides out of the template, and read a clause's split marks inside brackets
    ("X (alias Y — the One-Eyed — or Z)") as commas, so a bracket never splits a clause."""
    for match in reversed(list(_CONCESSIVE.finditer(tpl.text))):
        dropped = match.group(0).count("⟪X⟫")
        if dropped:
            first = tpl.text[: match.start()].count("⟪X⟫")
            del tpl.others[first : first + dropped]
        tpl.text = tpl.text[: match.start()] + "," + tpl.text[match.end() :]
    tpl.text = _DASHED.sub(
        lambda m: " reportedly " if _SOURCE.search(m["aside"]) else " ", tpl.text
    )
    out, depth = [], 0
    for i, char in enumerate(tpl.text):
        depth += (char == "(") - (char == ")")
        depth = max(depth, 0)
        # a spaced dash is an aside, "2005–present" a range
        spaced = char in "—–" and i > 0 and tpl.text[i - 1].isspace()
        out.append("," if depth and (char in ";:" or spaced) else char)
    tpl.text = "".join(out)


