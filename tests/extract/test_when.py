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
