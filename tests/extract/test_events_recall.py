"""Recall on unseen text: places the tagger missed, partners named by a relative "with whom"."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text,parts,place", [
    ("Brazil's Lula and Argentina's Milei held talks at the opening of the Mercosur summit in Foz do Iguacu on "
     "Friday.", ("Mercosur",), "Foz do Iguacu"),
    ("Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in Toulon on Monday.",
     ("Schoof", "De Wever"), "Toulon"),
    ("The leaders of Chile and Bolivia will hold talks in Punta Arenas next week.", ("Chile", "Bolivia"),
     "Punta Arenas"),
])
def test_a_city_the_tagger_missed_is_the_place(run, text, parts, place):
    assert [r[4] for r in events_with(run(text), *parts)] == [place]


@pytest.mark.parametrize("text", [
    "Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in May.",
    "Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever at Microsoft on Monday.",
])
def test_a_month_or_a_company_is_no_city(run, text):
    assert [r[4] for r in events_with(run(text), "Schoof", "De Wever")] == [None]


def test_the_partner_of_with_whom_is_the_noun_before_it(run):
    ex = run("Kenyan Foreign Minister Musalia Mudavadi arrived in Accra on Monday and was received by Ghana's "
             "Foreign Minister Samuel Ablakwa, with whom he held talks on cocoa prices.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Mudavadi", "Ablakwa")] == [("talks", "held", "2024-10-14")]


def test_with_whom_after_a_delegation_gives_its_talks(run):
    ex = run("A Malian delegation led by Foreign Minister Abdoulaye Diop arrived in Dakar on Tuesday and was received "
             "by Senegalese Foreign Minister Yassine Fall, with whom it held talks on transit trade.")
    assert [r[0] for r in events_with(ex, "Fall") if r[0] != "visit"] == ["talks"]


def test_with_which_of_a_thing_gives_no_party(run):
    assert event_rows(run("The treaty, with which the two states ended their war, was signed in 1994 in Oslo.")) == []


def test_a_partner_hung_on_the_thing_signed_signs_too(run):
    ex = run("Zambia's Hakainde Hichilema will sign a power-sharing accord with Malawi's Lazarus Chakwera on Friday.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Hichilema", "Chakwera")] == [
        ("signing", "scheduled", "2024-10-18")]


def test_a_tool_signed_with_is_no_partner(run):
    assert event_rows(run("Zambian President Hakainde Hichilema signed the condolence book with a silver pen.")) == []


@pytest.mark.parametrize("text,state,place", [
    ("Indian Prime Minister Narendra Modi will travel to Sochi next week.", "Russia", "Sochi"),
    ("Turkish President Recep Tayyip Erdogan arrived in Jeddah on Monday for a two-day visit.", "Saudi Arabia",
     "Jeddah"),
])
def test_a_visit_to_a_city_is_a_visit_to_its_state(run, text, state, place):
    assert [(r[0], r[4]) for r in events_with(run(text), state)] == [("visit", place)]


@pytest.mark.parametrize("text,parts,expected", [
    ("Kenya's Foreign Minister Musalia Mudavadi received at the ministry in Nairobi yesterday the Foreign Minister of "
     "Ghana, Samuel Ablakwa, and discussed cocoa prices with him.", ("Mudavadi", "Ablakwa"), [("meeting", "held")]),
    ("LIMA - The Minister of Foreign Affairs, Elmer Schialer, this weekend will receive a delegation of the Chilean "
     "Senate led by its President, Manuel Ossandon.", ("Schialer",), [("meeting", "scheduled")]),
])
def test_a_name_the_parser_took_for_an_adverb_is_a_party(run, text, parts, expected):
    assert [(r[0], r[2]) for r in events_with(run(text), *parts)] == expected


def test_a_date_after_a_reception_verb_is_no_guest(run):
    assert event_rows(run("Kenyan President William Ruto received Tuesday the annual report of the central bank.")) == []


@pytest.mark.parametrize("text,parts,expected", [
    ("Foreign Minister Park Dong-hyun is set to visit Chile and Peru next month for talks with his counterparts.",
     ("Park Dong-hyun",), [("visit", "scheduled"), ("visit", "scheduled")]),
    ("Unification Minister Kim Tae-yeon held talks with Mongolian Foreign Minister Battsetseg Batmunkh in Ulaanbaatar "
     "on Monday. Kim arrived in Ulaanbaatar on Sunday for a four-day visit.", ("Kim Tae-yeon", "Mongolia"),
     [("visit", "held")]),
])
def test_a_hyphenated_given_name_is_one_name_and_its_family_name_comes_first(run, text, parts, expected):
    assert [(r[0], r[2]) for r in events_with(run(text), *parts)] == expected


def test_a_suffix_after_a_name_is_no_given_name(run):
    ex = run("Senior officials of the Ruto-era cabinet met Ugandan Foreign Minister Odongo Jeje in Kampala on Monday.")
    assert not any("era" in name for row in event_rows(ex) for name in row[1])


def test_a_visit_to_the_island_under_an_agency_dateline_without_a_dash(run):
    ex = run("Havana, October 16 (Prensa Latina) Cuban Foreign Minister Bruno Rodriguez held talks on Tuesday with "
             "his Laotian counterpart Thongsavanh Phomvihane, who is paying an official visit to the island.")
    assert [(r[0], r[4]) for r in events_with(ex, "Phomvihane", "Cuba") if r[0] == "visit"] == [("visit", "Havana")]


def test_the_leaders_gathering_ahead_is_the_same_bodys_next_one(run):
    ex = run("SADC foreign ministers met in Gaborone on Friday ahead of the leaders' summit in Harare next month.")
    assert sorted((r[0], r[2], r[4]) for r in events_with(ex, "SADC")) == [("meeting", "held", "Gaborone"),
                                                                          ("summit", "scheduled", "Harare")]


def test_the_leaders_meeting_told_again_is_the_same_meeting(run):
    ex = run("Ethiopian and Eritrean officials met in Jeddah on Monday. The leaders' meeting was described as cordial.")
    assert [(r[2], r[4]) for r in event_rows(ex)] == [("held", "Jeddah")]


@pytest.mark.parametrize("text,expected", [
    ("President Ruto's meeting with President Museveni in Entebbe on Monday was always going to be tense.",
     [("held", "2024-10-14")]),
    ("The ministers discussed the upcoming summit of Ruto and Museveni in Entebbe on Monday.",
     [("scheduled", "2024-10-21")]),
    ("A meeting between Ruto and Museveni in Entebbe on Monday would be useful.", [("proposed", "2024-10-21")]),
])
def test_a_dated_event_noun_without_a_verb_of_its_own(run, text, expected):
    assert [(r[2], r[3]) for r in events_with(run(text), "Ruto", "Museveni")] == expected


def test_a_city_the_tagger_read_as_a_one_word_person_is_the_place(run):
    ex = run("Kenya's trade minister Alice Wanjiru and her Tanzanian counterpart Juma Mfinanga met in Cotonou on Monday "
             "on the margins of a trade fair.")
    assert [r[4] for r in events_with(ex, "Wanjiru", "Mfinanga")] == ["Cotonou"]


def test_an_in_phrase_hung_on_here_is_the_place(run):
    ex = run("Zambia's president will host his Malawian counterpart, Peter Mwale, here in Kitwe.")
    assert [r[4] for r in events_with(ex, "Zambia", "Mwale")] == ["Kitwe"]
