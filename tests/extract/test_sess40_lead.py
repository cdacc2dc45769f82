"""A plan moved in a later sentence takes its new date; a place hung on "next"/"again" is the meeting's; a weekday
morning is as bare as the weekday; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor

PUBLISHED = date(2094, 5, 16)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize(("text", "kind", "when"), [
    ("Ghana's president will visit Lome next Tuesday. The visit has now been moved to 2 June, his office said.",
     "visit", "2094-06-02"),
    ("The foreign ministers of Chile and Argentina are due to meet in Mendoza on Thursday. But the meeting was "
     "pushed back to next month.", "meeting", "2094-06"),
    ("Nepal's prime minister was expected in New Delhi on Wednesday. The trip has been postponed until 9 June.",
     "visit", "2094-06-09"),
])
def test_a_plan_moved_in_a_later_sentence_takes_its_new_date(run, text, kind, when):
    rows = [r for r in event_rows(run(text)) if r[0] == kind]
    assert len(rows) == 1 and rows[0][2:4] == ("scheduled", when), event_rows(run(text))


def test_a_plan_called_off_in_a_later_sentence_keeps_its_day(run):
    rows = event_rows(run("Ghana's president will visit Lome on Friday. The visit has been postponed."))
    assert [r[2:4] for r in rows if r[0] == "visit"] == [("cancelled", "2094-05-21")], rows


@pytest.mark.parametrize(("text", "place"), [
    ("The leaders of Japan and Uzbekistan agreed to meet next in Tokyo.", "Tokyo"),
    ("Kenya and Somalia agreed to meet soon in Nairobi.", "Nairobi"),
    ("The foreign ministers of Peru and Chile will meet again in Arica in July.", "Arica"),
])
def test_a_place_hung_on_next_again_or_soon_is_the_meetings(run, text, place):
    rows = event_rows(run(text))
    assert [r[4] for r in rows] == [place], rows


def test_a_weekday_morning_of_a_meeting_that_did_not_take_place_is_the_one_just_gone(run):
    rows = event_rows(run("A meeting between the presidents of Ghana and Togo planned for Friday morning in Lome did "
                          "not take place."))  # told on Sunday
    assert [r[2:4] for r in rows] == [("cancelled", "2094-05-14")], rows


def test_a_reports_bare_title_takes_no_state_from_the_ministry_it_quotes(run):
    """"Minister X is expected to call on Y ..., the ministry said": no interview, no answerer's state."""
    ex = run("AMMAN - Deputy Prime Minister and Minister of Foreign Affairs Rami Haddad is expected to call on Iraqi "
             "Prime Minister Ali Jaafar in Baghdad on Thursday, the ministry said in a statement on Sunday.")
    rows = event_rows(ex)
    assert rows and all(len(r[1]) == 2 for r in rows), rows


@pytest.mark.parametrize("text", [
    "Tuma Telecom, Kenya's second-largest mobile operator, and Tanzania's Jamii Networks have held talks on merging "
    "their mobile money arms, two executives said.",
    "Emirates and the Saudi carrier Riyadh Air have broken off talks on a codeshare agreement, a source said.",
    "The Brazilian planemaker's two largest suppliers met in Sao Paulo on Friday to discuss delivery delays.",
    "Heineken and the Nigerian brewer Champion Breweries held talks in Lagos on Friday.",
])
def test_talks_of_carriers_operators_suppliers_and_brewers_are_business(run, text):
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_carrier_named_beside_states_leaves_their_talks(run):
    rows = event_rows(run("Kenya and Ethiopia held talks in Nairobi on Friday on the national carrier's new route "
                          "to Addis Ababa."))
    assert [r[0] for r in rows] == ["talks"], rows


@pytest.mark.parametrize("text", [
    "Tourist visits to Zanzibar and Arusha rose 12 percent in the first half of the year, the tourism board said.",
    "Visits by tourists to Cusco fell last month, Peru's tourism ministry said.",
    "The novelist Rosa Delgado will deliver the annual Garcia Memorial talks at the University of Lima next week.",
])
def test_tourists_and_lectures_are_no_diplomacy(run, text):
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_state_visit_stays(run):
    rows = event_rows(run("President Mwale paid a state visit to Zambia on Friday."))
    assert [r[0] for r in rows] == ["visit"], rows
