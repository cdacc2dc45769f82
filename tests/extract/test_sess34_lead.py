"""Offices a text gives by other words than the title a later reference uses ("Head of State X ... the President",
"X, who speaks for the ministry ... the spokesperson"), and a chair held as an office, not a sitting; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, statement_with as said

PUBLISHED = date(2071, 3, 18)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, speaker, fragment, day", [
    # "Head of State" and "the President" are one office in a republic's state media
    ("Head of State Askar Zhumabekov addressed the congress of teachers on Monday. The President noted that the "
     "schools were \"a lifeline for the south\".", "askar zhumabekov", "lifeline for the south", "2071-03-16"),
    ("Speaking at the cabinet on Tuesday, Head of State Ruslan Tokayev instructed ministers to cut red tape. The "
     "President said the reforms would continue.", "ruslan tokayev", "the reforms would continue", "2071-03-17"),
    # an office told by a relative clause on the name
    ("Ambassador Selam Tadesse Worku, who speaks for the Ministry of Foreign Affairs, told reporters on Monday that "
     "the border would reopen. According to the Spokesperson, the talks will resume in April.",
     "selam tadesse worku", "the talks will resume in April", "2071-03-16"),
])
def test_a_later_title_finds_the_person_the_office_was_given_to(run, text, speaker, fragment, day):
    names, statement = said(run(text), fragment)
    assert speaker in names, names
    assert statement.said_on.isoformat() == day


@pytest.mark.parametrize("text", [
    "Amina Garba Sule, who chairs the ECOWAS Commission, condemned the ambush near Gao.",
    "Sweden chairs the Council of the Baltic Sea States this year.",
])
def test_a_chair_held_in_the_plain_present_is_no_meeting(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, sides", [
    ("Ghana will chair the Ghana-Togo Joint Commission in Accra next week.", {"Ghana", "Togo"}),
    ("Malaysia chaired the ASEAN Coordinating Council in Kuala Lumpur on Monday.", {"ASEAN"}),
])
def test_a_chaired_sitting_is_still_a_meeting(run, text, sides):
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and sides <= rows[0][1], event_rows(run(text))
