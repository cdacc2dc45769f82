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
    ("Russia's president held talks with the president of Laos at the Kremlin on Monday.", ("Russia", "Laos"),
     "Moscow"),
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
    rows = events_with(run("Saudi Arabia's crown prince received Oman's foreign minister at Al-Yamamah Palace in "
                           "Jeddah on Wednesday."), "Saudi", "Oman")
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


@pytest.mark.parametrize("text,parts,place", [
    # a guest received in the passive is in the receiver's city, not the guest's
    ("PARAMARIBO - Guyana's President Devan Ramsingh was received by President Marlo Sital at the Presidential Palace "
     "yesterday.", ("Ramsingh", "Sital"), "Paramaribo"),
    # a palace of the state a guest is visiting is in that state's city
    ("Lithuania's president is in Warsaw on an official visit. He held talks with President Andrzej Kowal at the "
     "Presidential Palace on Thursday.", ("Kowal",), "Warsaw"),
    # a host's trip elsewhere does not place the reception
    ("CANBERRA, 17 October - Prime Minister Liam Hart welcomed Vanuatu's prime minister to Parliament House this "
     "morning, a month before both men travel to Nuku'alofa for a regional summit.", ("Hart", "Vanuatu"), "Canberra"),
    # talks a traveller holds on a visit to a city are in that city
    ("Chile's foreign minister, who arrived in Lima on Wednesday for a two-day official visit, held talks with his "
     "Peruvian counterpart on Thursday.", ("Chile", "Peru"), "Lima"),
    # talks on the bare sidelines under a dateline are in its city
    ("BAMAKO - A regional summit opened on Thursday without Guinea's leader. On the sidelines, Ghana's president held "
     "talks with Niger's prime minister.", ("Ghana", "Niger"), "Bamako"),
    # talks on a visit to the dateline's state are in the dateline's city
    ("MANILA - Vietnam's prime minister, who is on a three-day official visit to the Philippines, held talks with "
     "President Ramon Cruz on Thursday.", ("Vietnam", "Cruz"), "Manila"),
])
def test_a_contact_takes_the_city_its_context_gives(run, text, parts, place):
    assert [r[4] for r in _contacts(events_with(run(text), *parts))] == [place]


@pytest.mark.parametrize("text,parts,elsewhere", [
    ("Chile's foreign minister will travel to Lima next week. On Thursday she held talks with Brazil's foreign "
     "minister.", ("Chile", "Brazil"), "Lima"),  # a trip still to come
    ("Before leaving for Lima, Chile's president will receive Bolivia's foreign minister at the Palace on Friday.",
     ("Chile", "Bolivia"), "Lima"),  # the host leaves afterwards
    ("Oman's foreign minister arrived in the capital on Wednesday on a two-day visit, his second to Jordan this year. "
     "The Omani minister is scheduled to call on Prime Minister Khalid Nasser today before flying to Aqaba.",
     ("Oman", "Nasser"), "Aqaba"),  # a trip begun after the call
    ("ISLAMABAD: Iran's foreign minister arrived on Monday for a two-day visit. The Iranian minister is scheduled to "
     "call on Prime Minister Nadeem Lodi today before flying to Lahore.", ("Iran", "Lodi"), "Lahore"),
])
def test_a_trip_before_or_after_a_contact_does_not_place_it(run, text, parts, elsewhere):
    assert elsewhere not in [r[4] for r in _contacts(events_with(run(text), *parts))]


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


def test_a_meeting_here_and_a_commission_agreed_elsewhere_are_two_events_with_their_own_places(run):
    rows = run("LA PAZ – Chile's foreign minister, Ana Soto, and her Bolivian counterpart, Luis Mamani Quispe, met "
               "here on Monday for nearly three hours, their first meeting since Bolivia closed the border crossing in "
               "July.\n\nThe two agreed to hold a first meeting of a binational gas commission in Santiago in October, "
               "according to a joint communiqué released late on Monday.")
    assert sorted((r[2], r[3], r[4]) for r in event_rows(rows)) == [("agreed", "2025-10", "Santiago"),
                                                                  ("held", "2025-10-13", "La Paz")]


def test_a_residence_of_someone_else_does_not_split_a_meeting_from_its_city(run):
    rows = event_rows(run("Japan's foreign minister and China's foreign minister are scheduled to meet in Paris on "
                          "Sunday. The two will meet at the residence of the Chinese ambassador."))
    assert [(r[2], r[4]) for r in rows if r[0] == "meeting"] == [("scheduled", "Paris")]


@pytest.mark.parametrize("text,host", [
    ("President Lee Jae-sung welcomed Vietnamese President Nguyen Van Long to the Blue House on Wednesday at the "
     "start of a three-day state visit.", "South Korea"),
    ("MANILA – President Ramon Dizon welcomed Indonesian President Budi Hartono on Monday at the start of a two-day "
     "state visit.", "Philippines"),
])
def test_a_visit_received_at_a_seat_or_under_a_dateline_has_that_state_as_host(run, text, host):
    visits = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert len(visits) == 1 and host in visits[0][1]


@pytest.mark.parametrize("text,day", [
    ("NAIROBI, Oct 16 (Wire) - President Amani Mwangi welcomed Ghanaian President Kwesi Otoo on Thursday at the "
     "start of a four-day state visit.", "2025-10-16"),
    ("Chile's President Gabriel Boric received Peru's foreign minister at La Moneda on Tuesday, at the beginning of "
     "her first official visit.", "2025-10-14"),
])
def test_a_visit_starts_on_the_day_of_the_welcome_that_opens_it(run, text, day):
    assert [r[3] for r in event_rows(run(text)) if r[0] == "visit"] == [day]



@pytest.mark.parametrize("text,place", [
    ("Chancellor Ingrid Hofer received Slovak Prime Minister Pavol Kral at the Federal Chancellery in Vienna on "
     "Monday.", "Vienna"),
    ("A meeting between Peru's foreign minister and his Chilean counterpart Ana Soto Ruiz in Arica, set for Friday, "
     "has been moved to October 24.", "Arica"),
])
def test_a_city_hung_on_a_seat_or_on_the_last_party_places_the_meeting(run, text, place):
    assert [r[4] for r in _contacts(event_rows(run(text)))] == [place]


@pytest.mark.parametrize("text,place", [
    ("Kenya's president has arrived in Kampala for a two-day visit. He is expected to meet Ugandan President Moses "
     "Okello later today.", "Kampala"),
    ("Kenya's president has arrived in Kampala for a two-day visit. He will hold talks on Saturday with Ugandan "
     "President Moses Okello.", "Kampala"),
    ("Kenya's president visited Kampala on Monday. He will hold talks with Ugandan President Moses Okello on "
     "Saturday.", None),
])
def test_a_contact_set_for_the_days_of_a_visit_under_way_is_in_the_visited_city(run, text, place):
    assert [r[4] for r in _contacts(event_rows(run(text)))] == [place]


def test_a_where_clause_after_city_and_state_is_in_the_city(run):
    rows = event_rows(run("Barbados' prime minister Mia Clarke will depart tomorrow for Apia, Samoa, where she will "
                          "attend the Commonwealth Heads of Government Meeting from October 21 to 23."))
    assert [r[4] for r in rows if r[0] != "visit"] == ["Apia"]


def test_the_talks_told_again_keep_their_day_beside_a_visit_of_other_days(run):
    rows = event_rows(run("HANOI, Oct 17 (VNA) -- Prime Minister Pham Van Long held talks with Lao Prime Minister "
                          "Sonexay Vongsa at the Presidential Palace on Friday. Prime Minister Vongsa is paying an "
                          "official visit to Vietnam from October 16 to 18. Following the talks, the two prime "
                          "ministers witnessed the signing of an agreement on energy."))
    assert sorted((r[0], r[3]) for r in rows if r[0] != "visit") == [("signing", "2025-10-17"), ("talks", "2025-10-17")]


def test_a_session_of_a_body_named_as_an_apposition_takes_the_bodys_place(run):
    rows = event_rows(run("Ghana's president received Togo's prime minister in Accra on Monday. The two sides agreed to "
                          "hold the next session of the Ghana–Togo Joint Commission in Lome in June, the ministry said."))
    assert [r[4] for r in rows if r[2] == "agreed"] == ["Lome"]
