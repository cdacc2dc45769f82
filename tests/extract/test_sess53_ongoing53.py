"""A trip under way with a purpose infinitive after it stays held with its traveller, and one meeting verb with
coordinated partners each given a place or day of their own is a meeting with each; with the near-misses that must
stay as they were (a trip still ahead with a purpose, partners of one meeting): invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation")
TRIP = ("visit",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    ("SANTIAGO, 28 May 2090 (Wire) - The speaker of Chile's Senate, Ana Torres, received on Saturday a delegation of "
     "Indonesia's parliament led by its deputy speaker, Budi Santoso, who is on a four-day visit to the country to "
     "study copper projects.", [["Santoso"], ["Chile"]], "held"),
    ("PORT LOUIS, 28 May 2090 - Ghana's trade minister, Kofi Mensah, who is on a three-day visit to Mauritius to "
     "review sugar projects, met officials on Friday.", [["Mensah"], ["Mauritius"]], "held"),
    ("Kenyan President Daniel Odhiambo is to visit Ethiopia next week to discuss the dam dispute.",
     [["Odhiambo"], ["Ethiopia"]], "scheduled"),
    ("The Brazilian foreign minister, Paulo Lima, is to travel to Angola in June to sign a trade accord.",
     [["Lima"], ["Angola"]], "scheduled"),
])
def test_a_trip_under_way_with_a_purpose_is_held(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, TRIP, parts, status), rows


@pytest.mark.parametrize("text, legs", [
    ("Foreign Minister Min-jun Lee met President Daniel Kiprono in Nairobi on Friday and the Tanzanian leader, "
     "Neema Mwakalinga, in Dodoma on Saturday.", [(["Lee"], ["Kiprono"], "Nairobi"), (["Lee"], ["Mwakalinga"], "Dodoma")]),
    ("Secretary Ellen Blake held talks with Indian Prime Minister Arjun Rao on Thursday and with Pakistani Prime "
     "Minister Tariq Qureshi on Friday.", [(["Blake"], ["Rao"], None), (["Blake"], ["Qureshi"], None)]),
])
def test_one_verb_two_meetings(run, text, legs):
    rows = event_rows(run(text))
    for a, b, place in legs:
        assert has_row(rows, MEET, [a, b], "held", place=place), rows
    assert not any(r[0] in MEET and len(r[1]) > 2 for r in rows), rows


@pytest.mark.parametrize("text, names", [
    ("Chancellor Greta Weber met Polish President Jan Nowak and Lithuanian President Rasa Kaunas in Vilnius on Friday.",
     ["Weber", "Nowak", "Kaunas"]),
])
def test_partners_without_settings_of_their_own_stay_one_meeting(run, text, names):
    rows = [r for r in event_rows(run(text)) if r[0] in MEET]
    assert len(rows) == 1 and all(any(n in p for p in rows[0][1]) for n in names), rows
