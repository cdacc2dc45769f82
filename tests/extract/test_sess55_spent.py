"""Hours (a night, an afternoon) spent with a person in office are a meeting with that person ("spent two hours with
his Saudi counterpart"); time spent with family, reporters, victims or a coach is none: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2121, 1, 14)  # a Tuesday

MEET = ("meeting", "talks")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    ("SANTIAGO, Jan 14 (Wire) - Chile's foreign minister, Rosa Quintanilla-Vera, spent three hours with her Argentine "
     "counterpart in Mendoza on Friday, her office said.", [["Quintanilla-Vera"], ["Argentin"]], "held"),
    ("Good evening. Vietnam's prime minister, Tran Van Hieuan, is in Vientiane tonight, where he spent more than an "
     "hour with the Lao president at the presidential palace.", [["Hieuan"], ["Lao"]], "held"),
    ("Kenya's president, David Mutisoa, will spend the afternoon with the Ethiopian prime minister in Addis Ababa on "
     "Thursday, State House said.", [["Mutisoa"], ["Ethiopia"]], "scheduled"),
    ("Portugal's foreign minister, Inês Carvalhal, spent a whole night in Luanda with her Angolan counterpart, "
     "Joaquim Ndembo-Kiala, last week.", [["Carvalhal"], ["Ndembo-Kiala"]], "held"),
])
def test_time_spent_with_an_officeholder_is_a_meeting(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, status), rows


@pytest.mark.parametrize("text", [
    "The minister spent the weekend with her family in Cascais.",
    "The foreign minister spent two hours with reporters in Mendoza on Friday.",
    "The president spent the day with flood victims in the north of the country.",
    "The defender spent 90 minutes with the coach after training on Monday.",
    "A group of tourists spent the morning with a guide in Lisbon.",
    "The ambassador spent a week in Oslo last month.",
])
def test_time_spent_with_others_is_no_meeting(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET for r in rows), rows
