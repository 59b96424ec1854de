"""The first rounds' sentence patterns, folded in as frames of their own and read last, for
what the frames before leave: "split into A, which kept the name, and B", "converted itself
into …, X", a split named in a later sentence, an affiliation, an origin. Their roles are
slots (`SUBJECT`: a slot or the group); the reader reads them `plain` (a role is every slot it
spans; an undated clause takes the sentence's first date), as they always were read.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    Frame,
    frame,
)
from kg.ingest.slots import LIST, SLOT

SUBJECT = rf"(?:{SLOT}|the (?:new )?group|it|the organi[sz]ation)"
# the group when another organisation is the sentence's subject
PROSE_SELF = r"(?P<self>the\s+(?:new|larger|main|parent)\s+(?:group|organi[sz]ation|party|movement)|the\s+group|it)"  # noqa: E501
FIRST_ROUNDS: list[Frame] = [
    frame("p-founded-by-breakaway", "split",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:founded|formed|created|established)[^⟦.;]{{0,80}}?"
          rf"\s+by\s+[^⟦.;]{{0,60}}?\b(?:who|that)\s+(?:had\s+)?(?:broken\s+away|broke\s+away|"
          rf"split|splintered|seceded)\s+from\s+(?P<b>{SLOT})",
          "x", ('b',), ('broke away', 'broken away', 'split', 'splintered', 'seceded')),
    frame("p-relative-rename", "rename",
          rf"(?P<a>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
          rf"(?:later\s+|then\s+|eventually\s+)?(?:renamed\s+itself|changed\s+its\s+name\s+to|"
          rf"took\s+the\s+name)\s+(?P<x>{SLOT})",
          "x", ('a',), ('renamed itself', 'changed its name', 'took the name')),
    frame("p-relative-split", "split",
          rf"(?P<x>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
          rf"(?:had\s+)?(?:split|splintered|broke\s+away|seceded)\s+(?:off\s+)?from\s+"
          rf"(?P<b>{SUBJECT})",
          "x", ('b',), ('split', 'splintered', 'broke away', 'seceded')),
    frame("p-split-into", "split",
          rf"(?P<a>{SUBJECT})\s+split\s+into\s+(?:two\s+(?:factions|groups|wings)\s*,?\s*)?"
          rf"(?P<x1>{SLOT})(?P<r1>\s*,\s*(?:which|that)\s+[^,.;]{{1,80}},)?\s*,?\s+and\s+"
          rf"(?P<x2>{SLOT})(?P<r2>\s*,\s*(?:which|that)\s+(?:kept|retained)\b)?",
          "x1+x2", ('a',), ('split into',)),
    frame("p-offshoot", "split",
          rf"(?P<x>{SUBJECT})\s+(?:emerged|arose|appeared|was\s+(?:formed|founded|created|"
          rf"established))[^⟦.]{{0,120}}?\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}"
          rf"(?:offshoot|splinter(?:\s+group)?|breakaway(?:\s+(?:group|faction))?)\s+"
          rf"(?:of|from)\s+(?P<b>{SLOT})",
          "x", ('b',), ('offshoot', 'splinter', 'breakaway')),
    frame("p-integrated", "absorption",
          rf"\b(?:fighters|members|remnants|units|cadres|militants)\s+of\s+(?P<a>{SLOT})"
          rf"[^⟦.]{{0,120}}?\s(?:were|was)\s+(?:(?:gradually|later|eventually)\s+)?"
          rf"(?:integrated|absorbed|incorporated|folded|merged)\s+into\s+{PROSE_SELF}\b",
          "@self", ('a',), ('integrated', 'absorbed', 'incorporated', 'folded', 'merged')),
    frame("p-faction-splintered", "split",
          rf"\b(?:a|one)\s+(?:faction|splinter\s+group|wing|breakaway\s+group)\s+that\s+"
          rf"(?:splintered|split|broke\s+away|seceded)\s+from\s+{PROSE_SELF}"
          rf"(?:\s+in\s+[^⟦.,]{{1,30}})?\s*,\s*(?P<x>{SLOT})",
          "x", ('@self',), ('splintered', 'split', 'broke away', 'seceded')),
    frame("p-broke-away-to-form", "split",
          rf"\bbroke\s+away\b(?!\s+from)(?:\s+with\s+[^⟦.]{{0,60}}?)?\s+(?:and\s+"
          rf"(?:later\s+|then\s+)?(?:formed|founded|created)|to\s+(?:form|found|create))\s+"
          rf"(?P<x>{SLOT})",
          "x", ('@self',), ('broke away',)),
    frame("p-pledge-rename", "pledge",
          rf"(?P<a>{SUBJECT})\s+pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to\s+"
          rf"(?P<b>{SLOT})[^⟦.]{{0,60}}?\s(?:and|,)\s+(?:(?:then|later)\s+)?(?:renamed\s+itself|"
          rf"changed\s+its\s+name\s+to|took\s+the\s+name|rebranded\s+(?:itself\s+)?as)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('pledged',), partners=('b',)),
    frame("p-joined-to-form", "merger",
          rf"(?P<a>{SUBJECT}|{LIST})\s+joined\s+(?:forces\s+)?(?:with\s+(?P<b>{LIST})\s+)?"
          rf"(?:together\s+)?[^⟦.]{{0,40}}?\b(?:to\s+form|forming|to\s+create)\s+(?P<x>{SLOT})",
          "x", ('a', 'b'), ('joined',)),
    frame("p-converted", "rename",
          rf"(?P<a>{SUBJECT})\s+(?:[^\s⟦.]+\s+){{0,8}}?(?:converted|transformed|turned)\s+"
          rf"itself\s+into\s+[^⟦.,]{{0,60}}?,\s+(?P<x>{SLOT})",
          "x", ('a',), ('itself into',)),
    frame("p-merger-rename", "merger-rename",
          rf"(?P<a>{SUBJECT})\s+merged\s+with\s+(?P<b>{LIST})[^⟦.]*?,?\s+(?:changing\s+its\s+"
          rf"name\s+to|and\s+(?:renamed|rebranded)\s+itself|renaming\s+itself|and\s+changed\s+"
          rf"its\s+name\s+to|and\s+took\s+the\s+name)\s+(?P<x>{SLOT})",
          "x", ('a',), ('merged',), partners=('b',)),
    frame("p-merger-when", "merger",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+when\s+"
          rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?",
          "x", ('a', 'b'), ('merged',)),
    frame("p-merger-of", "merger",
          rf"(?P<x>{SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+"
          rf"(?:by|through|from)\s+the\s+merger\s+of\s+(?P<a>{LIST})",
          "x", ('a',), ('merger of',)),
    frame("p-merger-to-form", "merger",
          rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?[^⟦.]*?\s+(?:to\s+form|"
          rf"forming|creating|into\s+a\s+new\s+group,?)\s+(?P<x>{SLOT})",
          "x", ('a', 'b'), ('merged',)),
    frame("p-absorbed-into", "absorption",
          rf"(?P<a>{LIST})\s+(?:merged\s+into|(?:was|were)\s+absorbed\s+(?:into|by))\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('merged into', 'absorbed')),
    frame("p-absorbed", "absorption",
          rf"(?P<x>{SUBJECT})\s+absorbed\s+(?P<a>{LIST})",
          "x", ('a',), ('absorbed',)),
    frame("p-split-and-formed", "split",
          rf"(?:{SUBJECT}|he|she|they)\s+(?:had\s+)?(?:split|broke\s+away)\s+from\s+"
          rf"(?P<b>{SLOT})[^⟦.]*?\band\s+(?:then\s+)?(?:formed|founded|created|established)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('b',), ('split', 'broke away')),
    frame("p-split", "split",
          rf"(?P<x>{SUBJECT})\s+(?:had\s+)?(?:itself\s+)?(?:split|splintered|broke\s+away|"
          rf"separated)\s+(?:off\s+)?from\s+(?P<b>{SLOT})",
          "x", ('b',), ('split', 'splintered', 'broke away', 'separated')),
    frame("p-split-anonymous", "split-unnamed",
          rf"\b(?:a|the)\s+(?:splinter|faction|wing|breakaway)\w*(?:\s+(?:group|faction))?"
          rf"(?:\s+(?:of|from|within)\s+(?P<b>{SLOT}))?[^.⟦]*?\s(?:broke\s+away|split\s+off|"
          rf"splintered|seceded)",
          "", ('b', '@self'), ('broke away', 'split off', 'splintered', 'seceded')),
    frame("p-named-itself", "names-the-split",
          rf"the\s+new\s+group\s+(?:named|called)\s+itself\s+(?P<x>{SLOT})",
          "x", (), ('itself',)),
    frame("p-rename", "rename",
          rf"(?P<a>{SUBJECT})\s+(?:renamed\s+itself|changed\s+its\s+name\s+to|was\s+renamed"
          rf"(?:\s+again)?(?:\s+(?:as|to))?|rebranded\s+(?:itself\s+)?as|became\s+known\s+as)\s+"
          rf"(?P<x>{SLOT})",
          "x", ('a',), ('renamed', 'changed its name', 'rebranded', 'became known')),
    frame("p-affiliate", "affiliate",
          rf"(?P<a>{SUBJECT})\s+(?:pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to|became\s+"
          rf"an?\s+(?:affiliate|branch|franchise)\s+of|is\s+an?\s+(?:affiliate|branch)\s+of|"
          rf"affiliated\s+(?:itself\s+)?with)\s+(?P<b>{SLOT})",
          "a", ('b',), ('pledged', 'affiliate', 'branch', 'franchise')),
    frame("p-origin", "origin",
          rf"(?P<a>{SUBJECT})\s+(?:originated\s+as|traces\s+its\s+(?:roots|origins)\s+to|"
          rf"has\s+its\s+roots\s+in)\s+(?P<b>{SLOT})",
          "a", ('b',), ('originated', 'traces its', 'has its roots')),
]  # fmt: skip
