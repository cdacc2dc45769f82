"""Sides named by a title and the page itself: an unnamed office-holder ("The Crown Prince", "The President") under a
dateline stands for the dateline city's state also when the city is no capital but seats a body of states
("JEDDAH", "ISTANBUL", "ARUSHA"), as long as the page names no such body (then the city frames the body's story:
"GENEVA - ... the World Health Organization"); and a dateline whose year lies beyond 2099 ("Jeddah, July 09, 2112,
SPA --") is a dateline still. With the near-misses that keep their sides: a title with its own state or body, a
body's seat on a page naming the body. Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 11, 8)  # a Wednesday
LATE = date(2112, 7, 9)

MEET = ("meeting", "talks", "negotiation", "summit", "conference", "visit", "call")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.fixture(scope="module")
def late(nlp):
    return extractor(nlp, LATE, publisher="Government Press Office")


@pytest.mark.parametrize("text, sides", [
    # Gulf state media: a royal title under a city that seats a body no line names
    ("JEDDAH, Nov 8 (Wire) - The Crown Prince received Kenya's foreign minister, Neema Mwakyusa, on Tuesday for talks "
     "on labour migration.", ["Saudi Arabia", "Neema Mwakyusa"]),
    # Europe/Asia: a president under the great city that is no capital
    ("ISTANBUL, Nov 8 (Wire) - The President received Azerbaijan's foreign minister, Rauf Mammadli, on Tuesday for "
     "talks on the gas corridor.", ["Turkey", "Rauf Mammadli"]),
    # East Africa: the seat of a regional body, the body unnamed
    ("ARUSHA, Nov 8 (Wire) - The President held talks with Rwanda's foreign minister, Claudine Uwase, on Tuesday at "
     "the State Lodge.", ["Tanzania", "Claudine Uwase"]),
])
def test_a_bare_title_under_a_seat_city_is_its_state(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held"), rows


@pytest.mark.parametrize("text, sides", [
    # a readout with the agency after the year
    ("Jeddah, July 09, 2112, SPA -- The Crown Prince took a call today from President Otieno Wafula of Kenya. The two "
     "sides reviewed bilateral relations.", ["Saudi Arabia", "Otieno Wafula"]),
    # a capital's dateline of the same shape
    ("Nairobi, July 09, 2112, KNA -- The President took a call today from President Juma Mwakyusa of Tanzania. The "
     "two sides reviewed the border talks.", ["Kenya", "Juma Mwakyusa"]),
    # a great city, not a capital
    ("Mombasa, July 09, 2112, KNA -- The President took a call today from President Juma Mwakyusa of Tanzania.",
     ["Kenya", "Juma Mwakyusa"]),
])
def test_a_dateline_beyond_2099_frames_the_title(late, text, sides):
    rows = event_rows(late(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held", day="2112-07-09"), rows
    assert not any(n in ("SPA", "KNA", "Crown Prince", "President") for r in rows for n in r[1]), rows


def test_a_seat_city_with_its_body_named_is_no_state(run):
    text = ("GENEVA, Nov 8 (Wire) - The President met Iran's foreign minister, Dariush Kamali, on Tuesday on the "
            "sidelines of the World Health Organization assembly.")
    rows = event_rows(run(text))
    assert not any("Switzerland" in r[1] for r in rows), rows


def test_a_bodys_office_under_its_seat_stays_the_body(run):
    text = ("JEDDAH, Nov 8 (Wire) - The Secretary-General of the Organisation of Islamic Cooperation received Mali's "
            "foreign minister, Oumar Traore, on Tuesday.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Organization of Islamic Cooperation"], ["Oumar Traore"]], "held"), rows
    assert not any("Saudi Arabia" in r[1] for r in rows), rows


def test_a_title_with_its_own_state_keeps_it(run):
    text = ("ISTANBUL, Nov 8 (Wire) - Ghana's president, Kwabena Asante-Mensah, met Azerbaijan's foreign minister, "
            "Rauf Mammadli, on Tuesday on the margins of an energy forum.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Kwabena Asante-Mensah"], ["Rauf Mammadli"]], "held"), rows
    assert not any("Turkey" in r[1] for r in rows), rows


@pytest.mark.parametrize("text, guest, state", [
    # state news agency, the dateline's agency in brackets: "visiting the Sultanate"
    ("Muscat, 8 November 2090 (ONA) -- Sayyid Talal bin Nasser Al Habsi, Foreign Minister, received at the Ministry on "
     "Monday Rohan Deshpande-Iyer, Minister of State for External Affairs of the Republic of India, who is currently "
     "visiting the Sultanate.", "Rohan Deshpande-Iyer", "Oman"),
    # newspaper: "on an official visit to the Sultanate"
    ("MUSCAT, Nov 8 - His Majesty the Sultan received at Al Alam Palace yesterday the Prime Minister of the Hashemite "
     "Kingdom of Jordan, Walid Al-Khasawneh. Al-Khasawneh, who is on an official visit to the Sultanate, also "
     "co-chaired with Sayyid Talal the joint committee, where the two sides signed agreements on tourism.",
     "Walid Al-Khasawneh", "Oman"),
])
def test_a_visit_to_the_styled_state_is_to_the_dateline_state(run, text, guest, state):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[guest], [state]], "held"), rows
    assert not any("Sultanate" in r[1] for r in rows), rows


def test_the_styled_word_under_another_states_dateline_stays_put(run):
    text = ("NAIROBI, Nov 8 (Wire) - Kenya's foreign minister, Neema Mwakyusa, left for a visit to the Sultanate on "
            "Monday.")
    rows = event_rows(run(text))
    assert not any("Kenya" in r[1] and "Neema Mwakyusa" in r[1] for r in rows if r[0] == "visit"), rows


def test_the_bare_title_is_the_one_given_it_not_a_later_longer_one(run):
    # a briefing: "Secretary X" before "Foreign Secretary Y"; "the Secretary" asked about is X
    text = ("DEPARTMENT OF STATE\nDepartment Press Briefing\nDeputy Spokesperson Harriet Quinlan-Moss\nWashington, "
            "D.C.\nNovember 8, 2090\n\nMS QUINLAN-MOSS: Good afternoon. Secretary Abernathy-Cole leaves tomorrow for "
            "Mexico City, where on Friday she will hold talks with Foreign Secretary Ernesto Vargas Llosa-Pardo on "
            "migration.\n\nQUESTION: The Bolivian delegation in Washington this week asked for a meeting with the "
            "Secretary. Is that happening?\n\nMS QUINLAN-MOSS: We received the request and we declined it.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Abernathy-Cole"], ["Bolivia"]]), rows
    assert not any("Ernesto Vargas Llosa-Pardo" in r[1] and "Bolivia" in r[1] for r in rows), rows


def test_the_longer_title_still_finds_its_holder(run):
    text = ("LONDON, Nov 8 (Wire) - Foreign Secretary Miles Pemberton-Ashe met Home Secretary Clara Denholm on Tuesday. "
            "Later the Foreign Secretary flew to Paris for talks with his French counterpart.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Miles Pemberton-Ashe"], ["France"]], "held", place="Paris"), rows
