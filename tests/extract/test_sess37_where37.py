"""Where an event is: a visit to a state in the capital the text names, towns no table knows, places told in a
clause the parser hung off the event's noun, trips called off lending no place, contacts reported days later under
their dateline, "is in X for talks" and "host guests for talks in X". Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2031, 3, 17)  # a Monday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _places(ex, kind: str) -> set[str | None]:
    return {row[4] for row in event_rows(ex) if row[0] == kind}


@pytest.mark.parametrize("text, kind, place", [
    ("Officials in Hanoi said Indonesian President Budi Hartono Wiryawan would begin a state visit to Vietnam on "
     "Wednesday.", "visit", "Hanoi"),
    ("Ugandan President Samuel Kiprono Okello-Mbeki is in Accra today on the first day of a two-day state visit "
     "to Ghana, his office said.", "visit", "Accra"),
])
def test_a_visit_to_a_state_is_in_the_capital_the_text_names(run, text, kind, place):
    assert place in _places(run(text), kind), event_rows(run(text))


def test_a_visit_to_a_state_stays_there_when_only_another_city_is_named(run):
    text = ("Sri Lankan Prime Minister Anura Dissanayake-Perera will pay a state visit to India next week, the "
            "ministry said. She will also travel to Chennai.")
    assert "Chennai" not in _places(run(text), "visit"), event_rows(run(text))


@pytest.mark.parametrize("text, kind, place", [
    ("The presidents of Mongolia and Kazakhstan will meet in Tsetserleg next month, officials said.",
     "meeting", "Tsetserleg"),
    ("Thai and Cambodian defence officials held talks in Kratie on Friday, the Cambodian ministry said.",
     "talks", "Kratie"),
])
def test_a_town_no_table_knows_is_a_place_after_in(run, text, kind, place):
    assert place in _places(run(text), kind), event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The two leaders met in Parliament on Friday.",
    "The foreign ministers of the group met in Conference Room 2 at United Nations headquarters on Friday.",
    "The foreign ministers of Peru and Bolivia met in February to discuss the border.",
])
def test_no_town_from_a_body_or_a_month(run, text):
    places = {row[4] for row in event_rows(run(text))}
    assert not places & {"Parliament", "February", "Conference Room"}, event_rows(run(text))


@pytest.mark.parametrize("text, kind, place", [
    ("A new round of talks between Egypt and Ethiopia, due to open in Khartoum on Thursday, has been postponed, "
     "officials said.", "talks", "Khartoum"),
    ("The African Union called off on Sunday a meeting between the presidents of Rwanda and Burundi that its envoy "
     "was to chair in Addis Ababa on Friday.", "meeting", "Addis Ababa"),
    ("This month's annual leaders' retreat between Prime Minister Lars Holmqvist and Finland's Prime Minister Aino Vuorinen, which was "
     "to be held in Tampere on the 20th, will not go ahead.", "summit", "Tampere"),
])
def test_a_clause_off_the_events_noun_places_it(run, text, kind, place):
    assert place in {row[4] for row in event_rows(run(text))}, event_rows(run(text))


def test_a_trip_ruled_out_lends_no_place_to_a_meeting_elsewhere(run):
    text = ("Japanese Prime Minister Haruto Kisaragi will meet the Chinese premier on the sidelines of the G20 summit "
            "next month, his spokesman said on Monday, but he ruled out a visit to Beijing this year.")
    rows = [row for row in event_rows(run(text)) if row[0] == "meeting"]
    assert rows and all(row[4] != "Beijing" for row in rows), event_rows(run(text))


def test_a_contact_reported_after_a_weekend_is_under_its_dateline(run):
    text = ("LIMA, March 17 (Wire) - Peru and Ecuador held a round of border talks at Torre Grande on Friday, the "
            "Peruvian foreign ministry said.")
    assert "Lima" in {row[4] for row in event_rows(run(text))}, event_rows(run(text))


@pytest.mark.parametrize("text, place", [
    ("The Ghanaian president is in Abuja today for talks with Nigerian President Bola Adeyemi-Okafor.", "Abuja"),
    ("Foreign Minister Badr bin Hamad Al-Busaidi will host representatives of Yemen's government and the Houthis for "
     "indirect talks in Muscat next week.", "Muscat"),
])
def test_an_event_one_is_in_a_city_for_is_there(run, text, place):
    assert place in {row[4] for row in event_rows(run(text))}, event_rows(run(text))


@pytest.mark.parametrize("text, place", [
    ("Prime Minister Mia Alleyne-Grant flies to Port of Spain on Sunday for an official visit of two days.",
     "Port of Spain"),
    ("Vietnamese President Tran Duc Minh held talks with Lao Prime Minister Sonexay Phommavong at the Da Nang "
     "Convention Centre on Saturday.", "Da Nang"),
    ("Kenyan President Daniel Kiprop Mwangi received Ugandan President Yoweri Okello at the Mombasa State House on "
     "Friday.", "Mombasa"),
])
def test_a_place_name_the_tagger_cut_or_a_venue_opening_with_its_town(run, text, place):
    assert place in {row[4] for row in event_rows(run(text))}, event_rows(run(text))


def test_a_due_phrase_on_the_events_noun_gives_its_place_and_month(run):
    text = ("The Commonwealth leaders' meeting, due in Kigali in June, is expected to focus on trade and climate "
            "finance, officials said.")
    rows = [row for row in event_rows(run(text)) if row[4] == "Kigali"]
    assert rows and rows[0][3] == "2031-06", event_rows(run(text))
