"""Where an event happens when its own clause names no city: a dateline's city that is not a capital, a "where" clause
on a trip whose verb the parser set below the clause or on the trip's day, a city hung on the day or on the party
met, a proper noun the tagger took for a product (fresh invented sentences)."""

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


@pytest.mark.parametrize("text, parts, place", [
    # a visit told by the state's name: the contacts of its days are in that state when no city of it is told
    ("Chadian President Ali Mahamat Brahim began his first state visit to Cameroon on Tuesday. The two presidents, "
     "Mr Brahim and Cameroonian President Jean Ndongo Essomba, held a closed-door meeting the same afternoon.",
     ("Brahim", "Essomba"), "Cameroon"),
    ("Lithuania's foreign minister Rasa Jankauskaite is on a two-day visit to Georgia. On Tuesday she held talks with "
     "Georgian Prime Minister Levan Beridze.", ("Jankauskaite", "Beridze"), "Georgia"),
])
def test_a_contact_on_a_visit_to_a_state_is_in_that_state(run, text, parts, place):
    assert [r[4] for r in events_with(run(text), *parts) if r[0] != "visit"] == [place], event_rows(run(text))


def test_a_contact_days_away_from_a_visit_to_a_state_takes_no_place_from_it(run):
    text = ("Lithuania's foreign minister Rasa Jankauskaite will pay a visit to Georgia in September. On Tuesday she "
            "held talks with Georgian Prime Minister Levan Beridze.")
    assert "Georgia" not in [r[4] for r in events_with(run(text), "Jankauskaite", "Beridze") if r[0] != "visit"]
