"""Cancelled, postponed and declined events: call-offs only feared or denied, parties that stay away, the months
of refusals to come, and contacts that fall with the trip they were planned on; invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import events_with
from harness import extractor

PUBLISHED = date(2030, 5, 10)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "The Andean Community summit in Quito on May 24 could be postponed because of the protests, officials said.",
    "The Andean Community summit in Quito on May 24 might be delayed by the strike, two diplomats said.",
])
def test_a_call_off_only_feared_leaves_the_plan_standing(run, text):
    found = [r for r in rows(run(text)) if r[0] == "summit"]
    assert found and all(r[2] == "scheduled" for r in found), rows(run(text))


@pytest.mark.parametrize("text", [
    "Kenya's foreign ministry on Thursday denied reports that President Amina Wekesa had called off her visit to "
    "Uganda next week.",
    "Kenya's foreign ministry denied that President Amina Wekesa had cancelled her visit to Uganda.",
])
def test_a_denied_call_off_leaves_the_visit_planned(run, text):
    found = events_with(run(text), "Amina Wekesa")
    assert found and all(r[0] == "visit" and r[2] not in ("cancelled", "declined", "held") for r in found), \
        rows(run(text))


def test_a_denied_meeting_is_still_no_event(run):
    assert not rows(run("The ministry denied that the two foreign ministers had met in Vienna in March."))


def test_a_party_that_did_not_turn_up_declines_the_talks(run):
    found = events_with(run("The Eritrean delegation did not turn up for Tuesday's talks with Ethiopia in Nairobi, "
                            "the mediators said."), "Eritrea")
    assert found and all(r[0] == "talks" and r[2] == "declined" for r in found), found


def test_a_lone_state_that_will_not_take_part_declines_the_gathering_to_come(run):
    found = events_with(run("Mongolia will not take part in the meeting of regional foreign ministers in Almaty in "
                            "October, its foreign ministry said on Monday."), "Mongolia")
    assert found and all(r[2] == "declined" and r[3] == "2030-10" for r in found), found


def test_a_contact_planned_on_a_postponed_trip_falls_with_it(run):
    ex = run("Chile's foreign minister, Tomas Errazuriz, has postponed his trip to Lima, where he was due to hold "
             "talks with Peruvian Foreign Minister Rosa Quispe.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert talks and all(r[2] == "cancelled" for r in talks), rows(ex)


def test_a_contact_on_a_trip_made_is_still_held(run):
    ex = run("Chile's foreign minister, Tomas Errazuriz, travelled to Lima on Monday, where he held talks with "
             "Peruvian Foreign Minister Rosa Quispe.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert talks and all(r[2] == "held" for r in talks), rows(ex)
