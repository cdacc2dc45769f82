"""Quote finding, quote clean-up, statement dates and statement-event links (no full articles)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.statements.quotes import clean, find_quotes
from diplograph.extract.statements.finder import link_events
from diplograph.extract.when import _quick
from diplograph.records import Event, Mention, Statement


def texts(source: str) -> list[str]:
    return [q.text(source) for q in find_quotes(source)]


@pytest.mark.parametrize("source,expected", [
    ("\u201cWe are ready,\u201d she said.", ["We are ready"]),
    ('He said "yes" and then "no".', ["yes", "no"]),
    ("\u00abC'est fini\u00bb, dit-il.", ["C'est fini"]),
    ("\u2018It\u2019s over,\u2019 he said.", ["It\u2019s over"]),
    ("'Ankara's plan wasn't bad,' the minister said.", ["Ankara's plan wasn't bad"]),
    ("The ministers' talks were 'very useful', she said.", ["very useful"]),
    ("O'Neill's team didn't comment.", []),
    ("\u201cA quote that never closes.\nNext paragraph.", []),
    ("\u201cFirst part.\n\n\u201cSecond part,\u201d he said.", ["First part. Second part"]),
    ("\u201cShe called it \u2018a trap\u2019 yesterday,\u201d he said.", ["She called it \u2018a trap\u2019 yesterday"]),
])
def test_find_quotes(source, expected):
    assert texts(source) == expected


def test_quote_parts_keep_offsets():
    source = "\u201cFirst part.\n\u201cSecond part,\u201d he said."
    (quote,) = find_quotes(source)
    assert [source[a:b] for a, b in quote.parts] == ["First part.", "Second part,"]
    assert quote.covers(source.index("Second"))
    assert not quote.covers(source.index("he said"))


@pytest.mark.parametrize("raw,expected", [
    ("\u2026such a meeting is needed", "such a meeting is needed"),
    ("...we will act,", "we will act"),
    ("  spaced   out  ", "spaced out"),
    ("the crisis in Ukraine.", "the crisis in Ukraine."),
])
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("phrase,tense,expected", [
    ("wednesday", "past", date(2024, 3, 13)),
    ("on friday", "past", date(2024, 3, 15)),  # the publication day itself
    ("tuesday", "future", date(2024, 3, 19)),
    ("yesterday", None, date(2024, 3, 14)),
    ("earlier today", None, date(2024, 3, 15)),
    ("next month", None, None),
])
def test_quick_days(phrase, tense, expected):
    assert _quick(phrase, date(2024, 3, 15), tense) == expected


def test_link_events_uses_the_statement_span():
    st = Statement("statement:1", "person:a", "they should meet", False, "d",
                   mentions=(Mention("d", 100, 130, "x" * 30),))
    inside = Event("event:1", "meeting", ("person:b", "person:c"), mentions=(Mention("d", 110, 117, "meeting"),))
    outside = Event("event:2", "call", ("person:b", "person:c"), mentions=(Mention("d", 200, 204, "call"),))
    other_doc = Event("event:3", "call", ("person:b",), mentions=(Mention("e", 110, 114, "call"),))
    (linked,) = link_events([st], [inside, outside, other_doc])
    assert linked.about_events == ("event:1",)
