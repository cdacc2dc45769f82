"""An unnamed forum of ministers that sides hold or convene ("agreed to hold an annual ministerial forum") is their
meeting; a business, investment or online forum is none: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2123, 3, 15)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status, place", [
    ("PNG, Australia agree to hold annual ministerial forum in Lae in August", [["Papua"], ["Australia"]], "agreed",
     "Lae"),
    ("NAIROBI, March 15 (Wire) - Kenya and Uganda agreed on Wednesday to hold a ministerial forum in Kampala in "
     "August, the two foreign ministries said.", [["Kenya"], ["Uganda"]], "agreed", "Kampala"),
    ("Vietnam and Laos will hold their first intergovernmental forum in Vientiane next month, state media reported.",
     [["Viet"], ["Lao"]], "scheduled", "Vientiane"),
])
def test_a_ministerial_forum_held_is_a_meeting(run, text, parts, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting",), parts, status, place=place), rows


@pytest.mark.parametrize("text", [
    "The chamber of commerce will host a business forum in Kampala in August.",
    "Kenya and Uganda will hold an investment forum in Kampala in August.",
    "The ministry will hold an online forum for diaspora students next week.",
])
def test_other_forums_are_no_meeting(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "meeting" for r in rows), rows
