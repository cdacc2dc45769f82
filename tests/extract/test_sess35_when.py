"""The dates of events found: a part of a named day under the guest, a plan that "was to open" on a weekday ahead, a
date the parser hung beside the event's phrase, a clause of a later act left to that act, dates that stay with a
discussion or a proposal, and days of the month spelt out; invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.timex import tag
from harness import event_rows as rows
from harness import events_with
from harness import extractor

PUBLISHED = date(2059, 4, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_reception_on_a_named_evening_takes_that_day(run):
    found = events_with(run("Kuwait's Emir Sheikh Nawaf al-Sabah received Bahrain's Foreign Minister Khalid bin Rashid "
                            "in Kuwait City on Tuesday evening, the state news agency KUNA reported."),
                        "Nawaf al-Sabah", "Khalid bin Rashid")
    assert found and all(r[3] == "2059-04-15" for r in found), found


def test_talks_that_were_to_open_on_a_weekday_were_set_for_the_one_ahead(run):
    found = [r for r in rows(run("Talks between the trade ministers of Bolivia and Paraguay, which were to open in "
                                 "Asuncion on Monday, have been called off.")) if r[0] == "talks"]
    assert found and all(r[2] == "cancelled" and r[3] == "2059-04-21" for r in found), found


def test_a_month_hung_on_the_word_after_the_summit_dates_the_summit(run):
    found = [r for r in rows(run("Danish Prime Minister Mette Lindqvist will host her Baltic counterparts at a summit "
                                 "in Aarhus next month focused on energy security, her office said on Wednesday."))
             if r[0] == "summit"]
    assert found and all(r[2] == "scheduled" and r[3] == "2059-05" for r in found), found


def test_a_calendar_date_after_the_talks_the_invitation_names_dates_them(run):
    found = [r for r in rows(run("The Swiss envoy has invited Armenia and Azerbaijan to direct talks in Geneva on "
                                 "May 6 and 7, a spokesman said on Thursday.")) if r[0] == "talks"]
    assert found and all(r[3] == "2059-05-06" for r in found), found


def test_the_later_act_keeps_its_count_of_days(run):
    found = events_with(run("Japan's foreign minister Kenji Arakawa will pay a visit to Vietnam on Sunday, holding "
                            "talks in Hanoi with his counterpart Nguyen Thi Lan before flying to Da Nang a day later."),
                        "Kenji Arakawa", "Nguyen Thi Lan")
    assert found and all(r[3] == "2059-04-20" for r in found), found


@pytest.mark.parametrize("text", [
    "The ministers discussed preparations for the ASEAN summit on Wednesday, the ministry said.",
    "Chile proposed a meeting with Argentina in Santiago on Tuesday.",
])
def test_a_weekday_of_the_discussion_or_the_proposal_does_not_date_the_event(run, text):
    assert all(r[3] is None for r in rows(run(text))), rows(run(text))


@pytest.mark.parametrize("text, value", [
    ("The forum was due to open on the ninth of May.", "2059-05-09"),
    ("She asked both delegations to return on the twenty-third of this month.", "2059-04-23"),
    ("The council will sit on the thirtieth of next month.", "2059-05-30"),
    ("The treaty was signed on the first of March 2041.", "2041-03-01"),
])
def test_a_day_of_the_month_spelt_out_is_a_day(text, value):
    assert [tx.value for tx in tag(text, PUBLISHED)] == [value], [(tx.text, tx.value) for tx in tag(text, PUBLISHED)]


def test_a_call_off_of_a_summit_on_a_day_spelt_out_keeps_that_day(run):
    found = [r for r in rows(run("The Thailand-Cambodia summit that was due to take place in Bangkok on the twelfth "
                                 "of May has been postponed indefinitely, officials said.")) if r[0] == "summit"]
    assert found and all(r[3] == "2059-05-12" for r in found), found
