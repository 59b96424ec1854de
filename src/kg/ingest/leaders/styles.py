"""A person's office or style written before the name ("President X", "the Reverend X",
"Sheikh X"): what shows a name to be a person's, and what is no part of it.

Its own module because two readers use it, the leaders' typing of persons in every section
(`kg.ingest.leaders.person_types`) and the typing of the leadership section
(`kg.ingest.context_typing`), and each of those imports the other's module where it runs.
"""

from __future__ import annotations

import re

HONORIFIC = re.compile(
    r"^(?:Grand\s+)?(?:Ayatollah|Sheikh|Shaykh|Mullah|Mawlawi|Maulana|Imam|Colonel|General|"
    r"Comrade|Sayyed|Sayyid|Hajji?|Dr\.?|Commander|President|Prime\s+Minister|Minister|"
    r"King|Queen|Prince|Judge|Senator|Governor|Mayor|Bishop|Father|Pope|Emir|Amir|Caliph|"
    r"Ambassador|Admiral|Consul|Envoy|Reverend|Rev\.|Pastor|Rabbi)\s"
)


_OFFICE = re.compile(
    r"^(?:(?:former|then|late)\s+)?(?:President|Prime\s+Minister|Minister|King|Queen|Prince|"
    r"Judge|Senator|Governor|Mayor|Ambassador|Admiral|Consul|Envoy|Reverend|Rev\.|Pastor|"
    r"Rabbi)\s+"
)


def without_office(name: str) -> str:
    """'President Yoweri Museveni' → 'Yoweri Museveni', 'The Reverend Ana Ruiz' → 'Ana Ruiz':
    an office or a cleric's style is no part of the name (one person, one IRI, however the
    text styles them); a name of one word after it keeps it ("President Museveni" stays)."""
    bare = _OFFICE.sub("", name)
    return bare if len(bare.split()) >= 2 else name
