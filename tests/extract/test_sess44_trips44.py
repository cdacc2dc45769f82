"""Trips told without a trip verb's "to": a leader's stop in a city (held by a leader, a trip or a tour, not a ship's
or a bus's) and a landing at a city's airport are visits to that city: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

VISIT = ("visit",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status, place", [
    ("LIMA, May 26 - The Peruvian president's stop in Quito, the second leg of his Andean tour, was scrapped on "
     "Tuesday after protests in the Ecuadorian capital.", [["Peru"], ["Ecuador"]], "cancelled", "Quito"),
    ("The Japanese prime minister's tour of Southeast Asia will include stops in Hanoi next week, officials said.",
     [["Japan"], ["Vietnam"]], "scheduled", "Hanoi"),
    ("The Indonesian president will make a brief stop in Singapore on his way back from the summit.",
     [["Indonesia"], ["Singapore"]], None, "Singapore"),
    ("10:05 The Finnish president has landed at Tallinn airport for a one-day working visit.",
     [["Finland"], ["Estonia"]], "held", "Tallinn"),
    ("The Kenyan president arrived at Entebbe airport on Sunday for a two-day state visit.",
     [["Kenya"], ["Uganda"]], "held", "Entebbe"),
])
def test_stops_and_landings_are_visits(run, text, parts, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, VISIT, parts, status, None, place), rows


@pytest.mark.parametrize("text", [
    "The cruise ship made a stop in Dubrovnik on Sunday before sailing on to Kotor.",
    "The cargo plane landed at Tallinn airport on Sunday.",
    "The singer's world tour will stop in Manila in June.",
    "Nigeria's trade minister landed a $2 billion refinery deal with investors on Tuesday.",
    "After weeks of debate the cabinet arrived at a decision on fuel subsidies on Monday.",
    "Thousands of pilgrims arrived in Mecca on Sunday for the hajj.",
])
def test_stops_and_landings_that_are_no_visit(run, text):
    assert not event_rows(run(text)), event_rows(run(text))


def test_a_dropped_stop_leaves_the_trips_talks_scheduled(run):
    rows = event_rows(run("NAIROBI, May 27 (Wire) - Kenya's president will travel to Addis Ababa on Monday for talks "
                          "with Ethiopia's prime minister. A stop in Kampala that had been planned for the same trip "
                          "has been dropped, an aide said."))
    assert has_row(rows, ("talks", "meeting"), [["Kenya"], ["Ethiopia"]], "scheduled", None, "Addis Ababa"), rows


@pytest.mark.parametrize("text, parts, place", [
    ("Iran's foreign minister called off his Baghdad visit hours before departure, the ministry said on Tuesday.",
     [["Iran"], ["Iraq"]], "Baghdad"),
    ("The Argentine president scrapped her Santiago trip days before departure after the floods, her office said.",
     [["Argentin"], ["Chile"]], "Santiago"),
])
def test_a_trip_called_off_hours_before_departure(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, VISIT, parts, "cancelled", None, place), rows


@pytest.mark.parametrize("text, parts, place", [
    ("NAIROBI, May 27 (Wire) - Kenya's president will travel to Addis Ababa on Monday for talks with Ethiopia's prime "
     "minister. A stop in Kampala that had been planned for the same trip has been dropped, an aide said.",
     [["Kenya"], ["Uganda"]], "Kampala"),
    ("The Dutch prime minister will fly to Madrid on Monday for talks with his Spanish counterpart, a spokesman said. "
     "A visit to Lisbon that had been planned for the same trip has been called off, he said.",
     [["Netherlands"], ["Portugal"]], "Lisbon"),
])
def test_a_dropped_leg_of_the_trip_told_before(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, VISIT, parts, "cancelled", None, place), rows
