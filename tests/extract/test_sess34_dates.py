"""The dates of events found: "the next morning" counted from the day told before, an arrival foretold with its
time, a follow-up plan taking the month of the plan before it, a bare weekday of a plan called off, a plan's "the
following day" and the talks a trip is made for; invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.when import bare_weekday
from diplograph.timex import tag
from harness import event_rows as rows
from harness import events_with
from harness import extractor

PUBLISHED = date(2059, 4, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, value", [
    ("The envoy landed in Lusaka on Monday evening and the next morning met the president.", "2059-04-15TMO"),
    ("The envoy landed in Lusaka on Monday. The following afternoon she met the president.", "2059-04-15TAF"),
    ("The envoy left Lusaka on Monday; the previous evening she had dined with the president.", "2059-04-13TEV"),
])
def test_the_next_part_of_the_day_counts_from_the_day_told(text, value):
    found = [tx.value for tx in tag(text, PUBLISHED) if "the" in tx.text.lower()]
    assert found == [value], [(tx.text, tx.value) for tx in tag(text, PUBLISHED)]


def test_this_morning_is_still_the_day_of_writing():
    assert [tx.value for tx in tag("This morning the envoy met the president.", PUBLISHED)] == ["2059-04-18TMO"]


def test_talks_the_next_morning_take_the_day_after_the_arrival(run):
    found = events_with(run("Botswana's foreign minister, Kagiso Molefe, reached Windhoek on Sunday night and the "
                            "next morning sat down with his Namibian counterpart, Hilma Shikongo, for talks on the "
                            "Kavango river."), "Kagiso Molefe", "Hilma Shikongo")
    assert found and all(r[3] == "2059-04-14" for r in found), found


def test_an_arrival_foretold_dates_the_talks_it_is_for(run):
    found = [r for r in rows(run("Moldova's foreign minister, Doina Ciobanu, is expected in Tbilisi early next week "
                                 "for talks with her Georgian counterpart, Levan Abashidze, aides said."))
             if r[0] == "talks"]
    assert found and all(r[3] == "2059-W17" for r in found), found


def test_a_follow_up_plan_takes_the_month_of_the_visit_before_it(run):
    ex = run("Foreign Minister Tupou Lavemai of Tonga will pay an official visit to Wellington in June, the "
             "ministry said. She is expected to hold talks with New Zealand's foreign minister, Rawiri Tane, on "
             "seasonal workers.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert talks and all(r[3] == "2059-06" for r in talks), rows(ex)


def test_a_follow_up_plan_takes_no_day_of_setting_out(run):
    ex = run("The Cypriot president will leave for Brussels on Sunday to attend the EU summit on 24 and 25 April. "
             "On the sidelines, he is scheduled to hold talks with the Greek prime minister.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert all(r[3] != "2059-04-20" for r in talks), rows(ex)


def test_a_follow_up_plan_takes_no_month_of_news_gone(run):
    ex = run("Peru's foreign minister, Ana Valdivia, met her Ecuadorian counterpart, Mateo Cordero, in Quito in March. "
             "The two ministers are expected to hold talks again in Lima.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert talks and all(r[3] is None for r in talks), rows(ex)


@pytest.mark.parametrize("text, day", [
    ("The African Union called off a meeting between Sudan and South Sudan that had been set for Thursday in "
     "Addis Ababa, diplomats said.", "2059-04-17"),
    ("A visit to Rabat by the Mauritanian prime minister, which was to take place on Saturday, has been cancelled, "
     "officials said.", "2059-04-19"),
])
def test_a_plan_called_off_on_a_bare_weekday_is_the_nearer_one(run, text, day):
    found = [r for r in rows(run(text)) if r[2] == "cancelled"]
    assert found and all(r[3] == day for r in found), rows(run(text))


@pytest.mark.parametrize("text, bare", [("Thursday", True), ("on  Thursday", True), ("next Thursday", False),
                                         ("last Thursday", False), ("Thursday evening", True)])  # (a part of the
# day says no week either)
def test_only_a_bare_weekday_may_be_moved_to_the_nearer_week(text, bare):
    assert bare_weekday(text) is bare


def test_a_football_meeting_the_next_morning_is_no_event(run):
    assert not rows(run("The Zambian squad arrived in Lusaka on Monday and the next morning met Malawi in a "
                        "friendly at the national stadium."))


def test_the_following_day_of_a_plan_counts_from_the_day_ahead_not_the_saying(run):
    ex = run("Asean foreign ministers will meet their counterparts from the African Union in Kigali on 12 May, the "
             "bloc's secretary-general, Tran Minh Duc, told reporters on Wednesday. He will fly on to Nairobi for "
             "talks with Kenya's foreign minister, Wanjiku Otieno, the following day.")
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert talks and all(r[3] == "2059-05-13" for r in talks), rows(ex)


@pytest.mark.parametrize("text, day", [
    ("Armenian President Vahe Sargsyan has called off Monday's trip to Paris for talks with French officials on "
     "the peace treaty, his office said.", "2059-04-21"),
    ("Chile's president, Ignacio Valdes, will make a trip to Montevideo next month for talks with Uruguayan "
     "officials, La Moneda said.", "2059-05"),
])
def test_talks_a_trip_is_made_for_take_the_trips_time(run, text, day):
    talks = [r for r in rows(run(text)) if r[0] == "talks"]
    assert talks and all(r[3] == day for r in talks), rows(run(text))
