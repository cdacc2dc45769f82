"""Sides of a contact the people named only stand behind: papers two leaders witness, oversee or watch others sign
are signed by the states those leaders serve; a sitting the leaders hand to "their foreign ministers" or "their
governments" ("asked their foreign ministers to meet", "a dialogue led by their ministers", "a joint session of
their governments") is held by those states. Near-misses keep the people: leaders who sign themselves, a leader whose
state the text never gives, a held meeting of the leaders. Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, states", [
    # state media, Asia: "the two witnessed the signing"
    ("HANOI, May 26 (State News) -- Vietnamese Deputy Prime Minister Le Quang Vinh met with Cambodian Prime Minister "
     "Sok Pheaktra in Hanoi on Friday. After the talks, the two witnessed the signing of agreements on river "
     "transport.", ["Vietnam", "Cambodia"]),
    # wire, Central Asia: "oversaw the signing"
    ("BISHKEK, May 26 (Wire) - Kyrgyz President Almaz Toktobaev hosted Tajik President Rustam Nazarzoda in Bishkek on "
     "Friday, and the two leaders oversaw the signing of a water-sharing deal.", ["Kyrgyzstan", "Tajikistan"]),
    # newspaper, Africa: "watched their ministers sign"
    ("The presidents of Ghana and Togo, Kwabena Ofori-Mensah and Edem Agbeko, held talks in Accra on Friday. The "
     "presidents also watched their ministers sign a deal on cross-border trade.", ["Ghana", "Togo"]),
    # readout, Americas: "looked on as ministers signed"
    ("LIMA - Peruvian President Rosa Quispe Huamán received Ecuadorian President Andrés Villacís Mora at the Government "
     "Palace on Friday, and the two presidents looked on as ministers signed an accord on border fisheries.",
     ["Peru", "Ecuador"]),
])
def test_signing_the_leaders_watch_is_their_states(run, text, states):
    rows = event_rows(run(text))
    signs = [r for r in rows if r[0] == "signing"]
    assert signs and has_row(signs, ("signing",), [[s] for s in states]), rows
    assert not any(any(" " in n for n in r[1]) for r in signs), rows  # no person signs


@pytest.mark.parametrize("text, people", [
    # the leaders sign themselves
    ("BISHKEK, May 26 (Wire) - Kyrgyz President Almaz Toktobaev and Tajik President Rustam Nazarzoda signed a "
     "water-sharing deal in Bishkek on Friday.", ["Toktobaev", "Nazarzoda"]),
    # one leader's state is never given: the people stay
    ("Prime Minister Tevita Halaholo and the visiting Samoan Prime Minister, Lemalu Faleolo, held talks yesterday, and "
     "later looked on as officials signed a labour accord.", ["Halaholo", "Faleolo"]),
])
def test_signing_by_the_people_or_of_unknown_state_keeps_them(run, text, people):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[p] for p in people]), rows


@pytest.mark.parametrize("text, states, status", [
    # readout with a dateline: one leader's state is the text's home
    ("OTTAWA - Prime Minister Margaret Tellier-Boyd spoke today with President Ignacio Barrantes Solís of Costa Rica. "
     "The leaders discussed trade. The two leaders asked their foreign ministers to meet in Ottawa next month.",
     ["Canada", "Costa Rica"], "proposed"),
    # wire, Europe: "a joint session of their governments"
    ("VILNIUS, May 26 (Wire) - Lithuanian President Rimantas Valaitis hosted Latvian President Ilze Bērziņa on Friday, "
     "and the two agreed to convene a joint session of their governments in Riga next month.",
     ["Lithuania", "Latvia"], "agreed"),
    # newspaper, Africa: "led by their foreign ministers"
    ("NAIROBI - Kenyan President Amani Wekesa-Otieno and Ethiopian Prime Minister Dawit Alemu Gebre met in Nairobi on "
     "Friday and agreed to convene a border commission in Moyale next month, led by their foreign ministers.",
     ["Kenya", "Ethiopia"], None),
])
def test_sitting_handed_to_their_people_is_their_states(run, text, states, status):
    rows = event_rows(run(text))
    plans = [r for r in rows if r[0] in MEET and r[2] != "held"]
    assert has_row(plans, MEET, [[s] for s in states], status), rows
    assert not any(any(" " in n and n not in states for n in r[1]) for r in plans), rows


def test_held_meeting_of_the_leaders_keeps_the_leaders(run):
    text = ("VILNIUS, May 26 (Wire) - Lithuanian President Rimantas Valaitis hosted Latvian President Ilze Bērziņa on "
            "Friday, and the two agreed to convene a joint session of their governments in Riga next month.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Valaitis"], ["Bērziņa"]], "held"), rows


def test_ministers_meeting_already_named_keeps_them(run):
    text = ("Foreign Minister Liisa Vainikka of Finland and Foreign Minister Kaspars Ozols of Latvia will meet in "
            "Helsinki next month, their ministries said.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Vainikka"], ["Ozols"]]), rows
