"""Visits told by arrivals, receptions, departures and the visit noun: who travels, where to, when and in what state."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows

PUBLISHED = date(2025, 5, 21)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one article."""
    from diplograph.extract import extract_one
    from diplograph.records import Document

    def go(text: str, published: date = PUBLISHED):
        return extract_one(nlp(text), Document(id="a", text=text, published=published, publisher="Daily"))

    return go


def _typed(ex, kind: str) -> list[tuple]:
    return [r[1:] for r in rows(ex) if r[0] == kind]


def test_a_subject_hung_on_a_participle_between_commas_arrives(run):
    ex = run("Hungarian Foreign Minister Zoltan Farkas, leading a business delegation, arrived in Hanoi on Monday.")
    assert _typed(ex, "visit") == [(frozenset({"Zoltan Farkas", "Vietnam"}), "held", "2025-05-19", "Hanoi")], rows(ex)


def test_a_reception_conjoined_to_the_arrival_takes_the_arriving_guest(run):
    ex = run("Peruvian President Rosa Quispe arrived in La Paz on Tuesday and was received by President Luis Mamani "
             "at the Casa Grande del Pueblo.")
    assert (frozenset({"Luis Mamani", "Rosa Quispe"}), "held", "2025-05-20", "La Paz") in _typed(ex, "meeting"), rows(ex)
    assert [r[0] for r in _typed(ex, "visit")] == [frozenset({"Rosa Quispe", "Bolivia"})], rows(ex)


def test_a_welcome_upon_arrival_is_a_reception(run):
    ex = run("The Emir, Sheikh Tamim bin Khalid, welcomed Pakistan's prime minister, Imran Sadiq, upon his arrival on "
             "Tuesday.")
    assert [(r[0], r[1], r[2]) for r in _typed(ex, "meeting")] == [
        (frozenset({"Tamim bin Khalid", "Imran Sadiq"}), "held", "2025-05-20")], rows(ex)


def test_a_monarch_named_by_title_and_state_is_the_state(run):
    ex = run("The Sultan of Brunei received the King of Jordan at Istana Nurul Iman on Monday.")
    assert [r[0] for r in _typed(ex, "meeting")] == [frozenset({"Brunei", "Jordan"})], rows(ex)


def test_an_airport_is_not_the_place_visited(run):
    ex = run("LUSAKA, May 21 (Wire) - Angolan President Manuel Domingos landed at Kenneth Kaunda International Airport "
             "on Tuesday for a three-day state visit.")
    assert rows(ex) == [("visit", frozenset({"Manuel Domingos", "Zambia"}), "held", "2025-05-20", "Lusaka")], rows(ex)


def test_an_airport_arrival_counted_as_a_first_visit_goes_to_the_state_counted(run):
    ex = run("Live: 09:40 The Thai Prime Minister has arrived at Wattay International Airport on a two-day state visit, "
             "his first to Laos since taking office.")
    assert rows(ex) == [("visit", frozenset({"Thailand", "Laos"}), "held", "2025-05-21", "Laos")], rows(ex)


def test_a_flight_into_a_capital_is_a_visit(run):
    ex = run("Estonian Prime Minister Kaja Tamm jetted into Reykjavik on Monday night for a two-day visit.")
    assert rows(ex) == [("visit", frozenset({"Kaja Tamm", "Iceland"}), "held", "2025-05-19", "Reykjavik")], rows(ex)


@pytest.mark.parametrize(("text", "day", "place"), [
    ("Foreign Minister Carla Rios flies to Asuncion today for talks with Paraguayan Foreign Minister Oscar Benitez.",
     "2025-05-21", "Asuncion"),
    ("Moroccan Prime Minister Aziz Alami departs for Dakar on Friday for talks with President Ousmane Ndiaye.",
     "2025-05-23", "Dakar"),
])
def test_a_journey_in_the_present_is_timetabled_and_its_talks_ahead(run, text, day, place):
    ex = run(text)
    talks = _typed(ex, "talks")
    assert len(talks) == 1 and talks[0][1:] == ("scheduled", day, place), rows(ex)
    assert all(r[1] == "scheduled" for r in _typed(ex, "visit")), rows(ex)


def test_a_summit_a_departure_is_for_takes_the_destination(run):
    ex = run("Portuguese President Rui Matos will leave for Luanda on Friday for a summit with President Manuel "
             "Domingos.")
    assert _typed(ex, "summit") == [(frozenset({"Rui Matos", "Manuel Domingos"}), "scheduled", "2025-05-23", "Luanda")], \
        rows(ex)


def test_a_visit_counted_in_the_present_of_a_report_is_under_way(run):
    ex = run("Turkmen Foreign Minister Batyr Orazov's third visit to Baku this year comes as the two states finalise a "
             "gas deal.")
    assert [(r[0], r[1]) for r in _typed(ex, "visit")] == [(frozenset({"Batyr Orazov", "Azerbaijan"}), "held")], rows(ex)


def test_a_visit_counted_after_the_talks_takes_their_day(run):
    ex = run("SUVA, June 24 (Wire) - Fiji's Prime Minister Isikeli Naulivou held talks on Tuesday with New Zealand's "
             "Foreign Minister, Jane Rowe, on policing. Her three-day visit is her first to Fiji since the election.",
             published=date(2025, 6, 25))
    assert _typed(ex, "visit") == [(frozenset({"Jane Rowe", "Fiji"}), "held", "2025-06-24", "Suva")], rows(ex)


def test_a_since_clause_does_not_date_the_visit(run):
    ex = run("KUWAIT CITY, May 21 (Wire) - Kuwait's foreign minister received his Jordanian counterpart Ayman Haddad "
             "in Kuwait City on Monday. Haddad, on his first visit to the country since he was appointed in January, "
             "also discussed labour permits.")
    assert _typed(ex, "visit") == [(frozenset({"Ayman Haddad", "Kuwait"}), "held", "2025-05-19", "Kuwait City")], \
        rows(ex)


def test_the_visit_after_a_meeting_and_a_plan_is_the_meetings_trip(run):
    ex = run("WARSAW, May 21 (Wire) - Czech Prime Minister Jan Novotny and his Polish counterpart Adam Lis met in "
             "Warsaw on Tuesday and agreed to revive talks on a rail link. The visit, Novotny's first to Poland in five "
             "years, had been postponed twice.")
    assert _typed(ex, "visit") == [(frozenset({"Jan Novotny", "Poland"}), "held", "2025-05-20", "Warsaw")], rows(ex)


def test_a_name_after_its_title_behind_an_opening_phrase_travels(run):
    ex = run("At the invitation of President Karim Nasser, President of the Republic of Tunisia Hedi Ben Youssef "
             "Gharbi will pay an official visit to Lebanon from May 26 to 28, the presidency announced on Wednesday.")
    assert [(r[0], r[1], r[2]) for r in _typed(ex, "visit")] == [
        (frozenset({"Hedi Ben Youssef Gharbi", "Lebanon"}), "scheduled", "2025-05-26")], rows(ex)


@pytest.mark.parametrize("text", [
    "The storm swept into Havana on Monday, flooding the seafront.",
    "The minister welcomed the report on arrival of the figures from the census office.",
    "Fans greeted the national team at the airport on Monday as it arrived home from the World Cup.",
])
def test_no_visit_without_a_diplomatic_traveller(run, text):
    assert rows(run(text)) == [], rows(run(text))
