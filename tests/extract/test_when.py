"""A verb's day counts from the wire dateline's day when the story opens with one."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.when import day_of, story_dct
from diplograph.timex import tag


def _verb_day(nlp, text: str, dct: date, lemma: str) -> date | None:
    sdoc = nlp(text)
    verb = next(t for t in sdoc if t.lemma_ == lemma and t.pos_ in ("VERB", "AUX"))
    timexes = tag(text, dct, doc=sdoc)
    return day_of(verb, timexes, dct, "past")[1]


@pytest.mark.parametrize("text,lemma,expected", [
    ("ABUJA, June 3 (Reuters) - Nigeria's president met opposition leaders on Tuesday.", "meet", date(2024, 5, 28)),
    ("ABUJA, June 3 (Reuters) - Nigeria's president met opposition leaders yesterday.", "meet", date(2024, 6, 2)),
    ("Nigeria's president met opposition leaders on Tuesday.", "meet", date(2024, 6, 4)),
])
def test_day_of_counts_from_the_dateline(nlp, text, lemma, expected):
    assert _verb_day(nlp, text, date(2024, 6, 10), lemma) == expected


def test_story_dct_without_a_dateline_is_the_publication_date(nlp):
    sdoc = nlp("Nigeria's president met opposition leaders on Tuesday.")
    assert story_dct(sdoc, date(2024, 6, 10)) == date(2024, 6, 10)
    assert story_dct(nlp("ABUJA, June 3 (Reuters) - Talks."), date(2024, 6, 10)) == date(2024, 6, 3)


@pytest.mark.parametrize("phrase,tense,expected", [
    ("next Monday", "past", date(2024, 6, 17)),  # "had been convened for next Monday": ahead all the same
    ("next Monday", "future", date(2024, 6, 17)),
    ("last Friday", "future", date(2024, 6, 7)),  # "will build on talks held last Friday"
    ("Friday", "future", date(2024, 6, 14)),
    ("on Friday", "past", date(2024, 6, 7)),
])
def test_next_and_last_weekdays_ignore_the_tense_around_them(phrase, tense, expected):
    from diplograph.extract.when import resolve_day
    from diplograph.records import Timex

    tx = Timex(0, len(phrase), phrase, "DATE", "")
    assert resolve_day(tx, date(2024, 6, 10), tense) == expected
