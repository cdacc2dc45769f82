"""Places of events: a known seat's city, the city of the state whose seat a palace is, datelines for sidelines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 10, 17)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _contacts(rows) -> list:
    return [r for r in rows if r[0] not in ("visit", "signing")]


@pytest.mark.parametrize("text,parts,place", [
    ("South Korea's president hosted Vietnam's prime minister at the Blue House on Tuesday.",
     ("South Korea", "Vietnam"), "Seoul"),
    ("Russia's president held talks with the president of Laos at the Kremlin on Monday.", ("Russia", "Laos"), "Moscow"),
    ("Argentina's president received Paraguay's foreign minister at the Casa Rosada on Wednesday.",
     ("Argentina", "Paraguay"), "Buenos Aires"),
    ("Senegal's foreign minister met Indonesia's foreign minister at the ASEAN Secretariat on Thursday.",
     ("Senegal", "Indonesia"), "Jakarta"),
])
def test_a_known_seat_or_headquarters_places_the_event_in_its_city(run, text, parts, place):
    assert [r[4] for r in _contacts(events_with(run(text), *parts))] == [place]


@pytest.mark.parametrize("text,parts,place", [
    ("Ghana's president received Togo's foreign minister at the Presidential Palace on Tuesday.",
     ("Ghana", "Togo"), "Accra"),
    ("Zambia's president received Malawi's defence minister at State House on Monday.", ("Zambia", "Malawi"), "Lusaka"),
    ("LILONGWE, Oct 17 (Wire) - President Peter Chisale received Mozambique's defence minister at the Presidential "
     "Palace on Thursday.", ("Chisale", "Mozambique"), "Lilongwe"),
])
def test_a_palace_of_no_named_city_is_in_the_receiving_states_city(run, text, parts, place):
    assert [r[4] for r in _contacts(events_with(run(text), *parts))] == [place]


def test_a_seat_named_beside_its_city_keeps_that_city(run):
    rows = events_with(run("Saudi Arabia's crown prince received Oman's foreign minister at Al-Yamamah Palace in Jeddah "
                           "on Wednesday."), "Saudi", "Oman")
    assert [r[4] for r in _contacts(rows)] == ["Jeddah"]


def test_a_place_in_another_sentence_is_not_the_palaces_city(run):
    rows = run("Peru's foreign minister will travel to Quito next week. On Thursday she was received by Colombia's "
               "president at the Presidential Palace.")
    assert [r[4] for r in _contacts(events_with(rows, "Colombia"))] in (["Bogota"], ["Colombia"])


@pytest.mark.parametrize("text,place", [
    ("ADDIS ABABA, Oct 17 (Wire) - Botswana's foreign minister and Namibia's foreign minister met on the sidelines "
     "of the Executive Council on Friday.", "Addis Ababa"),
    ("MOSCOW, Oct 17 (Wire) - Botswana's foreign minister and Namibia's foreign minister met on the sidelines of the "
     "Executive Council last month, officials said.", None),
])
def test_a_meeting_on_the_sidelines_of_a_placeless_gathering_is_where_the_wire_files_from_that_day(run, text, place):
    assert [r[4] for r in _contacts(events_with(run(text), "Botswana", "Namibia"))] == [place]


def test_a_video_call_under_a_dateline_has_no_place(run):
    rows = events_with(run("OSLO, Oct 17 (Wire) - Norway's prime minister and Finland's prime minister held a video "
                           "call on Friday."), "Norway", "Finland")
    assert [(r[0], r[4]) for r in rows] == [("call", None)]


def test_a_palace_name_stops_before_its_relative_clause(run):
    rows = event_rows(run("Kenya's president received Rwanda's foreign minister at the Sagana Lodge, where the two "
                          "discussed trade, on Monday."))
    assert all("where" not in (r[4] or "") for r in rows)


def test_a_guest_received_in_the_passive_is_in_the_receivers_city_not_the_guests(run):
    rows = run("PARAMARIBO - Guyana's President Devan Ramsingh was received by President Marlo Sital at the "
               "Presidential Palace yesterday.")
    assert [r[4] for r in _contacts(events_with(rows, "Ramsingh", "Sital"))] == ["Paramaribo"]


def test_a_palace_of_the_state_a_guest_is_visiting_is_in_that_states_city(run):
    rows = run("Lithuania's president is in Warsaw on an official visit. He held talks with President Andrzej Kowal at "
               "the Presidential Palace on Thursday.")
    assert [r[4] for r in _contacts(events_with(rows, "Kowal"))] == ["Warsaw"]


def test_a_hosts_trip_elsewhere_does_not_place_the_reception(run):
    rows = run("CANBERRA, 17 October - Prime Minister Liam Hart welcomed Vanuatu's prime minister to Parliament House "
               "this morning, a month before both men travel to Nuku'alofa for a regional summit.")
    assert [r[4] for r in _contacts(events_with(rows, "Hart", "Vanuatu"))] == ["Canberra"]


@pytest.mark.parametrize("text,place", [
    ("SANTA CRUZ - Brazil's foreign minister and her Bolivian counterpart met here on Monday.", "Santa Cruz"),
    ("ISLAMABAD, Oct 17 (Wire) - Pakistani and Afghan officials held a second round of talks on reopening the "
     "crossings in Kabul on Wednesday.", "Kabul"),
])
def test_the_sentences_own_place_beats_the_datelines_capital(run, text, place):
    assert [r[4] for r in event_rows(run(text))] == [place]


def test_an_office_of_no_known_state_is_no_place(run):
    rows = event_rows(run("Officials said the two envoys met at the ministry on Tuesday."))
    assert all(r[4] is None for r in rows)


def test_talks_a_traveller_holds_on_a_visit_to_a_city_are_in_that_city(run):
    rows = run("Chile's foreign minister, who arrived in Lima on Wednesday for a two-day official visit, held talks with "
               "his Peruvian counterpart on Thursday.")
    assert [r[4] for r in _contacts(events_with(rows, "Chile", "Peru"))] == ["Lima"]


def test_a_trip_still_to_come_does_not_place_a_meeting_already_held(run):
    rows = run("Chile's foreign minister will travel to Lima next week. On Thursday she held talks with Brazil's "
               "foreign minister.")
    assert "Lima" not in [r[4] for r in _contacts(events_with(rows, "Chile", "Brazil"))]


def test_talks_on_the_sidelines_under_a_dateline_are_in_its_city(run):
    rows = run("BAMAKO - A regional summit opened on Thursday without Guinea's leader. On the sidelines, Ghana's "
               "president held talks with Niger's prime minister.")
    assert [r[4] for r in _contacts(events_with(rows, "Ghana", "Niger"))] == ["Bamako"]


def test_a_host_leaving_afterwards_does_not_take_the_reception_to_the_trips_city(run):
    rows = run("Before leaving for Lima, Chile's president will receive Bolivia's foreign minister at the Palace on "
               "Friday.")
    assert "Lima" not in [r[4] for r in _contacts(events_with(rows, "Chile", "Bolivia"))]


def test_a_call_made_before_flying_on_is_not_in_the_next_city(run):
    rows = run("Oman's foreign minister arrived in the capital on Wednesday on a two-day visit, his second to Jordan "
               "this year. The Omani minister is scheduled to call on Prime Minister Khalid Nasser today before flying "
               "to Aqaba.")
    assert [r[4] for r in _contacts(events_with(rows, "Oman", "Nasser"))] != ["Aqaba"]


def test_talks_on_a_visit_to_the_datelines_state_are_in_the_datelines_city(run):
    rows = run("MANILA - Vietnam's prime minister, who is on a three-day official visit to the Philippines, held talks "
               "with President Ramon Cruz on Thursday.")
    assert [r[4] for r in _contacts(events_with(rows, "Vietnam", "Cruz"))] == ["Manila"]


def test_a_trip_begun_after_a_call_does_not_place_it(run):
    rows = run("ISLAMABAD: Iran's foreign minister arrived on Monday for a two-day visit. The Iranian minister is "
               "scheduled to call on Prime Minister Nadeem Lodi today before flying to Lahore.")
    assert [r[4] for r in _contacts(events_with(rows, "Iran", "Lodi"))] != ["Lahore"]
