"""Where an event happens when its own clause names no city: a dateline's city that is not a capital, a "where" clause
on a trip whose verb the parser set below the clause or on the trip's day, a city hung on the day or on the party
met, a trip's city for the meeting it is made for (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2064, 5, 7)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _places(run, text: str, *parts: str) -> list:
    rows = events_with(run(text), *parts)
    assert rows, event_rows(run(text))
    return [r[4] for r in rows]


@pytest.mark.parametrize("text, parts, place", [
    # a dateline's city that is not its state's capital, the state's side taking part that day
    ("KARACHI, May 7 (Wire) - Pakistani Prime Minister Adnan Rizvi held talks on Wednesday with Omani Foreign "
     "Minister Salim Al-Harthy on port investment, his office said.", ("Rizvi", "Harthy"), "Karachi"),
    ("ALMATY, May 7 (Wire) - Kazakh Foreign Minister Daniyar Sultanov received his Kyrgyz counterpart Nurbek Osmonov "
     "on Wednesday, the ministry said.", ("Sultanov",), "Almaty"),
    # "for X, where he is expected to hold talks": the "where" on the verb below the relative clause
    ("Mr Okonkwo leaves Accra this morning for Lome, where he is expected to hold talks with Togo's President on "
     "Friday.", ("Okonkwo", "Togo"), "Lome"),
    # "returns to X today, where ... at the House": the clause hung on the trip's day, before a building of no city
    ("MOMBASA, Kenya - President Jomo Wafula returns to Nairobi today, where he is due to receive Somalia's foreign "
     "minister at the Harambee House on Friday.", ("Wafula", "Somalia"), "Nairobi"),
    # a city hung on the day a meeting was set for, or on the party met
    ("The Moldova-Romania joint commission meeting originally planned for 12 June in Iasi has been postponed.",
     ("Moldova", "Romania"), "Iasi"),
    ("Norway's envoy Siri Dahl met on Tuesday with a delegation of the Sudanese army in Jeddah.", ("Dahl",), "Jeddah"),
])
def test_the_city_the_text_gives_elsewhere_than_the_clause(run, text, parts, place):
    assert place in _places(run, text, *parts), event_rows(run(text))


def test_an_explicit_city_beats_a_dateline_that_is_no_capital(run):
    text = ("LAGOS, May 7 (Wire) - Nigerian President Tunde Okafor held talks with Ghanaian President Kofi "
            "Mensah-Boateng in Abuja on Wednesday, his office said.")
    assert _places(run, text, "Okafor", "Mensah-Boateng") == ["Abuja"]


def test_a_dateline_city_does_not_place_other_states_contacts(run):
    text = ("LAGOS, May 7 (Wire) - The foreign ministers of Chad and Niger held talks on Wednesday on the security of "
            "their border, a statement said.")
    assert "Lagos" not in _places(run, text, "Chad", "Niger")


def test_a_day_far_from_a_non_capital_dateline_keeps_no_place(run):
    text = ("KARACHI, May 7 (Wire) - Pakistani Prime Minister Adnan Rizvi will hold talks with Omani Foreign Minister "
            "Salim Al-Harthy on May 20, his office said.")
    assert "Karachi" not in _places(run, text, "Rizvi", "Harthy")


def test_a_city_the_party_met_comes_from_is_no_place(run):
    text = "Norway's envoy Siri Dahl met on Tuesday with a delegation of the Sudanese army from Port Sudan."
    assert "Port Sudan" not in _places(run, text, "Dahl")



def test_a_meeting_a_trip_to_a_city_of_no_capital_is_made_for_is_in_that_city(run):
    text = ("Lebanon's foreign minister will hold talks in Damascus with Syria's president on Thursday before travelling "
            "to Aleppo a day later to meet the provincial governor Rami Haddad.")
    assert _places(run, text, "Haddad") == ["Aleppo"], event_rows(run(text))

