"""Announced trips and their business (session 14): a "where" clause the parser hung on the trip's day takes that day
and the trip's destination; a relative clause telling when a series last met is an earlier occurrence, not the plan."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 5, 4)  # a Monday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text,a,b,day,place", [
    ("The Director-General will travel to Jakarta on Wednesday, where she will co-chair the Third ASEAN–WHO Health "
     "Ministers Dialogue with the Minister of Health, Budi Santoso.", "ASEAN", "Budi Santoso", "2026-05-06", "Jakarta"),
    ("The Chairperson will travel to Gaborone on Friday, where he will co-chair the SADC–AU Coordination Meeting "
     "with the SADC Executive Secretary, Thabo Molefe.", "SADC", "African Union", "2026-05-08", "Gaborone"),
    ("The President will travel to Lima on 12 June, where he will attend the Pacific Alliance Summit with the "
     "presidents of Chile, Colombia and Mexico.", "Chile", "Mexico", "2026-06-12", "Lima"),
])
def test_a_where_clause_hung_on_the_trips_day_is_on_that_day_in_the_city_visited(run, text, a, b, day, place):
    rows = [r for r in events_with(run(text), a, b) if r[0] != "visit"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", day, place)], event_rows(run(text))


def test_a_where_clause_on_a_place_keeps_its_own_reading(run):
    text = "Finnish President Mikko Laine will travel to Tallinn on Friday, where he will hold talks with Kadri Tamm."
    rows = [r for r in events_with(run(text), "Laine", "Tamm")]
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2026-05-08", "Tallinn")], event_rows(run(text))


def test_a_series_last_held_years_ago_does_not_turn_the_called_off_plan_into_a_held_event(run):
    text = ("Talks between the Chilean and Peruvian governments planned in Arica for next week will no longer take "
            "place. No new date has been set for the talks, which were last held in 2023.")
    rows = events_with(run(text), "Chile", "Peru")
    assert [r[2] for r in rows] == ["cancelled"], event_rows(run(text))


@pytest.mark.parametrize("text,a,b", [
    ("The state visit of the Belgian king to Kinshasa announced for next week will not take place.", "Belgium", "Congo"),
    ("The German chancellor's trip to Chisinau announced for next week has been cancelled.", "Germany", "Moldova"),
])
def test_a_plan_whose_participle_the_parser_read_as_a_verb_is_called_off_by_the_verb_after_it(run, text, a, b):
    rows = events_with(run(text), a, b)
    assert [(r[2], r[3]) for r in rows] == [("cancelled", "2026-W20")], event_rows(run(text))


@pytest.mark.parametrize("text,a,b,status,day,place", [
    ("Serbia and Croatia agreed to hold a joint session of their governments in Zagreb in May.",
     "Serbia", "Croatia", "agreed", "2026-05", "Zagreb"),
    ("Poland and Lithuania will hold a joint session of the two cabinets in Vilnius on Friday.",
     "Poland", "Lithuania", "scheduled", "2026-05-08", "Vilnius"),
])
def test_a_joint_session_of_two_governments_is_their_meeting(run, text, a, b, status, day, place):
    rows = events_with(run(text), a, b)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("meeting", status, day, place)], event_rows(run(text))


def test_a_joint_session_of_a_parliament_is_no_diplomatic_meeting(run):
    assert event_rows(run("The president addressed a joint session of Congress on Tuesday.")) == []


def test_a_day_hung_on_a_trailing_reporting_verb_before_its_subject_dates_the_plan_reported(run):
    text = "Prime Minister Anwar will attend the ASEAN summit in Vientiane, Laos, on July 8, the ministry said."
    rows = events_with(run(text), "Anwar", "ASEAN")
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2026-07-08", "Vientiane")], event_rows(run(text))


def test_a_day_after_the_reporting_verbs_subject_dates_the_saying_not_the_plan(run):
    text = "President Ruto will meet Ethiopian Prime Minister Abiy Ahmed in Addis Ababa, the presidency said on Friday."
    rows = events_with(run(text), "Ruto", "Abiy")
    assert [r[3] for r in rows] == [None], event_rows(run(text))


def test_a_call_timed_by_a_stay_elsewhere_is_scheduled_even_without_a_date(run):
    text = "While in Peru, Foreign Minister Ana Reyes will call on President Luis Ortega."
    rows = events_with(run(text), "Reyes", "Ortega")
    assert [r[2] for r in rows] == ["scheduled"], event_rows(run(text))


def test_talks_a_minister_was_to_have_held_did_not_take_place(run):
    text = "Foreign Minister Lina Haddad was to have held talks with her Jordanian counterpart Omar Khatib in Amman."
    rows = events_with(run(text), "Haddad", "Khatib")
    assert [r[2] for r in rows] == ["cancelled"], event_rows(run(text))
