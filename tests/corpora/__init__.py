"""Hand-made test corpora (invented people and articles) and the span builders they share.

``graph``: two articles and a teaser for the graph, records and shape tests; ``kg``: three
articles written to a graph folder for the query, API, store and endpoint tests; ``views``:
three articles with hostile text for the HTML views.
"""

from __future__ import annotations

from datetime import date

from diplograph.records import Mention, Timex


def mention(doc_id: str, text: str, phrase: str, nth: int = 0, base: int = 0) -> Mention:
    """The mention of the ``nth`` occurrence of ``phrase`` in ``text`` (offsets shifted by ``base``)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Mention(doc_id, base + at, base + at + len(phrase), phrase)


def timex_at(doc_id: str, text: str, phrase: str, value: str, earliest: date | None = None,
             latest: date | None = None, *, base: int = 0, type: str = "DATE", **kw) -> Timex:  # noqa: A002
    """A time expression found at ``phrase``."""
    m = mention(doc_id, text, phrase, base=base)
    return Timex(m.start, m.end, phrase, type, value, earliest, latest, **kw)
