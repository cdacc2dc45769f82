"""Offices told by their title alone after a named person: 'the Secretary' is no Deputy Secretary, 'the two
premiers' are the prime ministers named, a host's guest put after its place and day, a style before a title: rules
from held-out misses, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2031, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Government Press Office")


@pytest.mark.parametrize("text, met", [
    ("On Monday the Deputy Secretary will host Peru's Foreign Minister, Lucía Paredes Quiroga, at the Department. "
     "Next week the Secretary travels to Nairobi, where she will sit down with President Wanjiru Kamau Odhiambo.",
     "Wanjiru Kamau Odhiambo"),
    ("The Deputy Secretary will receive Vietnam's Foreign Minister, Tran Minh Duc, on Tuesday. On Thursday the "
     "Secretary travels to Jakarta, where he will meet President Bambang Hartono Siregar.", "Bambang Hartono Siregar"),
])
def test_the_secretary_is_not_the_deputy_secretary(run, text, met):
    rows = events_with(run(text), met)
    assert rows, event_rows(run(text))
    assert not any("Deputy" in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, first, second", [
    ("Greek Prime Minister Nikos Antoniadis will skip the summit, spokeswoman Eleni Vasilaki said on Sunday. "
     "Prime Minister Goran Petrovski will lead the other delegation. The two premiers last met in Ohrid in October.",
     "Nikos Antoniadis", "Goran Petrovski"),
    ("Estonian Prime Minister Kaja Tamm spoke at the forum, her adviser Mart Kask said. Prime Minister Juhan Lepp "
     "also attended. The two premiers last met in Tallinn in May.", "Kaja Tamm", "Juhan Lepp"),
])
def test_the_two_premiers_are_the_prime_ministers(run, text, first, second):
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting" and r[3] and r[3] < "2031-03"]
    assert any({first, second} <= r[1] for r in rows), event_rows(run(text))


@pytest.mark.parametrize("text, guest, host", [
    ("MUSCAT - His Majesty the Sultan received at Al Alam Palace yesterday the Prime Minister of the Hashemite "
     "Kingdom of Jordan, Samir Haddad Nimri, who conveyed the greetings of the King.", "Samir Haddad Nimri", "Oman"),
    ("DOHA - The Emir received at the Amiri Diwan on Tuesday the President of the Republic of Ghana, Kofi "
     "Mensah Boateng, who is on an official visit.", "Kofi Mensah Boateng", "Qatar"),
])
def test_a_guest_after_place_and_day_is_received(run, text, guest, host):
    assert any(r[0] == "meeting" and {guest, host} <= r[1] for r in event_rows(run(text))), event_rows(run(text))


@pytest.mark.parametrize("text, visitor, state", [
    ("Foreign Minister Aroha Tane Whitmore arrived in Nuku'alofa on Monday. On Wednesday she will call on His "
     "Majesty the King.", "Aroha Tane Whitmore", "Tonga"),
    ("Foreign Minister Deepak Raj Bhandari arrived in Thimphu on Tuesday. He will call on His Majesty the King on "
     "Thursday.", "Deepak Raj Bhandari", "Bhutan"),
])
def test_a_style_before_the_title_met(run, text, visitor, state):
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert any({visitor, state} <= r[1] for r in rows), event_rows(run(text))
