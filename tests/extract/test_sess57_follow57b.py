"""Two contacts of the same sides told in one text: the one reported and an earlier one recalled ("The two last met
in X in March", where the parser takes "last" for the subject), or the next one a
leaders' meeting is followed by ("The next summit will take place in X"); with the near-misses that stay one record
(one contact told twice, the next summit of the gathering whose sidelines the leaders met on). Texts and people
invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 11, 8)  # a Wednesday

MEET = ("meeting", "talks", "negotiation", "summit", "conference", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, now, before", [
    # wire: "The two last met", "last" parsed as the subject
    ("President Lior Tamsen of Estonia met Finnish President Aino Rask in Tallinn on Tuesday. The two last met in "
     "Helsinki in March.", ["Tamsen", "Rask"], "Tallinn", ("Helsinki", "2090-03")),
    # state media: a summit ahead, the last one recalled
    ("ACCRA, Nov 8 - Ghana and Togo will hold a border summit in Accra on Friday. The two last met in Lome in June.",
     ["Ghana", "Togo"], "Accra", ("Lome", "2090-06")),
])
def test_an_earlier_contact_recalled_is_its_own_record(run, text, sides, now, before):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], place=now), rows
    assert has_row(rows, MEET, [[s] for s in sides], "held", day=before[1], place=before[0]), rows


@pytest.mark.parametrize("text, sides, place, day", [
    ("The presidents of Kenya and Tanzania met in Arusha on Friday. The next summit will take place in Mombasa in "
     "June.", ["Kenya", "Tanzania"], "Mombasa", "2091-06"),
    ("VIENTIANE (State media) - The prime ministers of Laos and Cambodia met in Vientiane on Monday and reviewed "
     "border demarcation. The next summit will be held in Siem Reap in May.", ["Laos", "Cambodia"], "Siem Reap",
     "2091-05"),
])
def test_the_next_summit_after_the_leaders_met(run, text, sides, place, day):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held"), rows
    assert has_row(rows, ("summit",), [[s] for s in sides], "scheduled", day=day, place=place), rows


@pytest.mark.parametrize("text, sides", [
    ("Kazakhstan and Uzbekistan held water talks in Astana. The talks, which began on Monday, ended on Tuesday with a "
     "joint statement.", ["Kazakhstan", "Uzbekistan"]),
    ("The foreign ministers of Jordan and Cyprus met in Amman on Sunday. The meeting, their third this year, lasted "
     "two hours.", ["Jordan", "Cyprus"]),
    ("President Maret Ilves of Estonia met Latvian President Janis Berzins in Riga on Tuesday. The two leaders spoke "
     "for an hour about energy links.", ["Ilves", "Berzins"]),
])
def test_one_contact_told_twice_stays_one(run, text, sides):
    rows = [r for r in event_rows(run(text)) if all(any(s in n for n in r[1]) for s in sides)]
    assert len(rows) == 1, rows


def test_the_next_summit_of_the_gathering_met_at_is_the_bodys(run):
    text = ("The leaders of Kenya and Tanzania met in Arusha on Friday on the sidelines of the EAC summit. The next "
            "summit will take place in Mombasa in June.")
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [["East African"]], "scheduled", day="2091-06"), rows
    assert not has_row(rows, ("summit",), [["Kenya"], ["Tanzania"]], "scheduled"), rows


def test_their_first_meeting_is_no_earlier_one(run):
    text = "Chilean and Argentine foreign ministers met in Santiago on Monday. It was their first meeting this year."
    rows = [r for r in event_rows(run(text)) if r[0] in MEET]
    assert len(rows) == 1, rows


@pytest.mark.parametrize("text, sides, status", [
    ("OPINION\n\nIn May, Hanoi brushed aside Singapore's offer to host talks with Manila, the second such rebuff this "
     "year.", ["Vietnam", "Philippines"], "declined"),
    ("The Serbian president waved aside an invitation to meet Kosovo's prime minister in Brussels.",
     ["Serbia", "Kosovo"], "declined"),
    ("Chad brushed aside the criticism and held talks with Sudan in Ndjamena on Monday.", ["Chad", "Sudan"], "held"),
])
def test_an_offer_brushed_aside_is_declined(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, guest, host, day", [
    ("Latvia and Estonia held energy talks in Riga on Monday. Latvia invited Estonia's prime minister to visit in "
     "January.", "Estonia", "Latvia", "2091-01"),
    ("DAKAR (APS) - Senegal has invited the president of Mauritania to visit before the end of the year, the foreign "
     "ministry said.", "Mauritania", "Senegal", None),
    ("Uruguay invited Chile's foreign minister to visit in March, the ministry said on Tuesday.", "Chile", "Uruguay",
     "2091-03"),
])
def test_invited_to_visit_with_no_place_goes_to_the_inviter(run, text, guest, host, day):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[guest], [host]], "proposed", day=day), rows


@pytest.mark.parametrize("text, place", [
    ("Oman's sultan invited the Iranian president to pay a visit to Muscat.", "Muscat"),
    ("Poland invited the Lithuanian president to visit Gdansk in May.", "Gdansk"),
])
def test_invited_to_visit_a_place_keeps_the_place(run, text, place):
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert rows and all(r[4] == place for r in rows), rows
