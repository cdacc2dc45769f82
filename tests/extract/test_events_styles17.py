"""Styles recall was lowest on: timetables in relative clauses, a body's sessions, participle clauses."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a plain present with a calendar day: a timetable ------------------------------------------

@pytest.mark.parametrize("text,part,day,place", [
    ("DAKAR, June 11 (Wire) - The envoy will brief the African Union Peace and Security Council, which meets in "
     "Addis Ababa on 14 July.", "African Union", "2025-07-14", "Addis Ababa"),
    ("LIMA, June 11 (Wire) - The Andean Community council meets in Lima on 3 September.", "Andean Community",
     "2025-09-03", "Lima"),
    ("HANOI, June 11 (Wire) - The ministers will report to the ASEAN summit, which opens in Vientiane on October 8.",
     "ASEAN", "2025-10-08", "Vientiane"),
])
def test_a_present_tense_with_a_calendar_day_is_scheduled(run, text, part, day, place):
    assert [(r[2], r[3], r[4]) for r in events_with(run(text), part)] == [("scheduled", day, place)]


def test_a_past_tense_with_a_calendar_day_stays_held(run):
    rows = events_with(run("LIMA, June 11 (Wire) - The Andean Community council met in Lima on 3 June."), "Andean")
    assert [(r[2], r[3]) for r in rows] == [("held", "2025-06-03")]


# -- a body's session -------------------------------------------------------------------------

@pytest.mark.parametrize("text,parts,status,day,place", [
    ("CAIRO, June 11 (Wire) - The Arab League's contact group on Libya agreed to hold its next session in Tunis "
     "on 3 July.", ("Arab League",), "agreed", "2025-07-03", "Tunis"),
    ("BUCHAREST, June 11 (Wire) - Romania and Moldova will hold a joint government session in Chisinau in "
     "October.", ("Romania", "Moldova"), "scheduled", "2025-10", "Chisinau"),
    ("DAKAR, June 11 (Wire) - The Senegal-Gambia joint commission's next session will take place in Banjul in "
     "March, the ministers said.", ("Senegal", "Gambia"), "scheduled", "2026-03", "Banjul"),
    ("BERLIN, June 11 (Wire) - Germany and Poland will hold a joint cabinet session in Warsaw on Monday.",
     ("Germany", "Poland"), "scheduled", "2025-06-16", "Warsaw"),
])
def test_a_bodys_or_two_governments_session_is_their_meeting(run, text, parts, status, day, place):
    rows = events_with(run(text), *parts)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("meeting", status, day, place)]


@pytest.mark.parametrize("text", [
    "ACCRA, June 11 (Wire) - The National Assembly will hold its next session in March.",
    "NAIROBI, June 11 (Wire) - The Supreme Court will hold its next session in March.",
    "WASHINGTON, June 11 (Wire) - The US Congress will hold a joint session on Monday.",
])
def test_a_parliaments_or_a_courts_session_is_no_diplomatic_event(run, text):
    assert event_rows(run(text)) == []


# -- a gathering in a participle clause -------------------------------------------------------

@pytest.mark.parametrize("text,parts,day,place", [
    ("CAIRO, June 11 (Wire) - Meeting in Cairo on Sunday, the Egyptian and Sudanese foreign ministers agreed to "
     "reopen the border.", ("Egypt", "Sudan"), "2025-06-08", "Cairo"),
    ("KAMPALA, June 11 (Wire) - The presidents of Kenya and Uganda, meeting in Kampala on Tuesday, signed a "
     "pipeline deal.", ("Kenya", "Uganda"), "2025-06-10", "Kampala"),
    ("SANTIAGO, June 11 (Wire) - The Chilean and Bolivian foreign ministers, meeting in Arica on Monday, have "
     "agreed to set up a water commission.", ("Chile", "Bolivia"), "2025-06-09", "Arica"),
])
def test_a_gathering_in_a_participle_clause_was_held(run, text, parts, day, place):
    rows = [r for r in events_with(run(text), *parts) if r[0] == "meeting"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", day, place)]


def test_a_participle_on_a_future_clause_is_not_held(run):
    rows = events_with(run("DOHA, June 11 (Wire) - Meeting in Doha next week, the Gulf and Iranian foreign "
                           "ministers will discuss shipping."), "Iran")
    assert all(r[2] != "held" for r in rows)
