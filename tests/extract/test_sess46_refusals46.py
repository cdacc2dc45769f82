"""Refusals and stay-aways told without a verb of refusing on the gathering: "X is not in <city>", "whom Y had invited
to join the session, declined", "said no to an invitation", "the juntas ruling A and B", a briefing answer that
restates the refusal, "X's absence from", "a notable absentee at", "excused himself from", "give it a miss", "stayed
home"; with near-misses that are no refusal; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, has_row

PUBLISHED = date(2092, 4, 9)
GATHERINGS = ("summit", "meeting", "conference", "talks")


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, absent, place", [
    # a live blog, newest first: the absence above the entry that opens the gathering, its city in two words
    ("LIVE: African Union summit\n\n12:10 - Confirmed: Egypt's president is not in Addis Ababa. Cairo has sent its "
     "prime minister instead.\n\n09:00 - Good morning from Addis Ababa, where African leaders open their summit "
     "today.", "Egypt", "Addis Ababa"),
    ("Good morning from the Bahamas, where Commonwealth leaders open their summit today.\n\nConfirmed: Canada's "
     "prime minister is not in Nassau. Ottawa has sent its foreign minister instead.", "Canada", "The Bahamas"),
    # invited (pluperfect) to the session of the meeting held, and declined: the one held, placed by the dateline
    ("ASUNCION - Paraguay's president met her Uruguayan counterpart on Monday. Argentina's president, whom she had "
     "invited to join the afternoon session, declined, saying he was needed in Buenos Aires.", "Argentina", None),
    ("SADC leaders met in Gaborone on Saturday. The governments of Madagascar and Comoros turned down invitations "
     "to attend, citing domestic crises.", "Madagascar", "Gaborone"),
    ("Good evening. Bangladesh's prime minister has said no to an invitation to the BIMSTEC summit in Bangkok, "
     "saying she is needed at home during the floods.", "Bangladesh", "Bangkok"),
    ("Japan's absence from the G7 summit in Ottawa drew comment on Friday.", "Japan", "Ottawa"),
    ("Poland's boycott of the EU summit in Riga drew sharp criticism.", "Poland", "Riga"),
    ("Kazakhstan's president was a notable absentee at the CIS summit in Minsk on Friday.", "Kazakhstan", "Minsk"),
    ("Sri Lanka's president excused himself from the Commonwealth summit in Kigali, citing the economic crisis.",
     "Sri Lanka", "Kigali"),
    ("Mozambique's president will give the SADC summit in Windhoek a miss, his spokesman said.", "Mozambique",
     "Windhoek"),
    ("EU leaders gathered in Brussels on Thursday for a two-day summit. Slovakia's prime minister is staying at "
     "home for the confidence vote.", "Slovakia", "Brussels"),
])
def test_one_side_stays_away_from_the_gathering(run, text, absent, place):
    rows = event_rows(run(text))
    assert has_row(rows, GATHERINGS, [[absent]], "declined", place=place), rows


def test_the_juntas_ruling_three_states_stay_away_together(run):
    text = ("West African leaders met at the ECOWAS summit in Abuja on Sunday. The juntas ruling Mali, Burkina Faso "
            "and Niger turned down invitations to attend as observers.")
    rows = event_rows(run(text))
    assert has_row(rows, GATHERINGS, [["Mali"], ["Burkina Faso"], ["Niger"]], "declined", place="Abuja"), rows


def test_a_briefing_answer_restating_the_refusal_declines_the_summit_asked_about(run):
    text = ("QUESTION: Will the President attend the SCO summit in Astana next week?\n\nSPOKESPERSON: The President "
            "will not travel to Astana this time. The Foreign Minister will lead the delegation.")
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [["Shanghai Cooperation Organisation"]], "declined", place="Astana"), rows
    assert not any(r[0] == "visit" for r in rows), rows  # one refusal, no trip of its own


@pytest.mark.parametrize("text", [
    "Asked whether she would meet the Chinese envoy, the minister said no decision had been taken.",
    "In the absence of talks with Beijing, Manila turned to Washington for help.",
    "EU leaders gathered in Brussels on Thursday for a two-day summit. Many residents stayed home because of the "
    "strike.",
    "The World Cup qualifier between Ghana and Angola in Luanda was called off because of heavy rain.",
    "The Kenyan foreign ministry declined to comment on the report.",
    "Nigeria's national oil company cancelled a contract with a Chinese construction firm on Monday.",
])
def test_near_misses_give_no_refusal(run, text):
    rows = event_rows(run(text))
    assert not any(r[2] in ("declined", "cancelled") for r in rows), rows
