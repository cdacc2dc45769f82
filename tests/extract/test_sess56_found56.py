"""An event a transcript's question names and its answer only points back to ("What about the summit planned for X?
- It has been postponed. / That will not happen in the spring."): called off, as the same words told outright; one
invited to join a meeting told just before who declined ("X, who had been invited to join the meeting, declined
because of the floods") stays away from it, a refusal of its own, and is no attendee. With the near-misses that must
stay clean: invented sentences and invented people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, place", [
    # briefing, Asia: postponed with no new date
    ("PRESS SECRETARY: The foreign minister will travel to Chile next week.\n\n"
     "REPORTER: What about the Vietnam-Philippines summit that was planned for Manila this month?\n\n"
     "PRESS SECRETARY: It has been postponed. No date has been set.", ["Vietnam", "Philippines"], "Manila"),
    # interview, Europe: "will not happen"
    ("Q: And the Greek-Turkish summit in Ankara this spring?\n\n"
     "MINISTER: That will not happen in the spring. I cannot tell you when it will.", ["Greece", "Turkey"], "Ankara"),
    # briefing, Africa: "those negotiations" put off
    ("QUESTION: And the negotiations between Kenya and Somalia in Mombasa next week?\n\n"
     "SPOKESPERSON: Those negotiations have been put off. We will announce a new date in due course.",
     ["Kenya", "Somalia"], "Mombasa"),
])
def test_answer_pointing_back_calls_the_asked_event_off(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "cancelled", place=place), rows


@pytest.mark.parametrize("text, sides, status, day", [
    # a new date given: still ahead
    ("QUESTION: And the talks between Iran and Germany in Geneva next week?\n\n"
     "SPOKESMAN: Those talks have been postponed to 3 December at the request of the German side.",
     ["Iran", "Germany"], "scheduled", "2090-12-03"),
])
def test_answer_with_a_new_date_keeps_it_ahead(run, text, sides, status, day):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status, day=day), rows


@pytest.mark.parametrize("text", [
    # business and sport asked about: no diplomatic event, whatever the answer
    "Q: What about the football match between Kenya and Somalia in Mombasa next week?\n\nA: It has been postponed.",
    "Q: And the investors' conference the banks were planning in Nairobi?\n\nA: That will not happen this year.",
])
def test_answers_about_other_occasions_give_nothing(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET for r in rows), rows


@pytest.mark.parametrize("text, held, away, place", [
    # readout, Central Asia: relative clause, a reason after the refusal
    ("The President of Uzbekistan met the President of Kazakhstan in Turkistan on Monday. The President of "
     "Tajikistan, who had been invited to join the meeting, declined because of the floods.",
     ["Uzbekistan", "Kazakhstan"], "Tajikistan", "Turkistan"),
    # wire, Latin America
    ("LIMA, May 27 (Wire) - The presidents of Peru and Ecuador met in Tumbes on Friday to discuss the border "
     "corridor. Bolivia's president, who had been invited to join the meeting, declined owing to the election "
     "campaign.", ["Peru", "Ecuador"], "Bolivia", "Tumbes"),
    # newspaper, Africa: no reason given
    ("The presidents of Ghana and Togo met in Lome on Thursday. The president of Benin, who had been invited to "
     "join the meeting, declined.", ["Ghana", "Togo"], "Benin", "Lome"),
])
def test_invited_who_declined_stays_away(run, text, held, away, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in held], "held"), rows
    assert not any(r[2] == "held" and any(away in n for n in r[1]) for r in rows), rows
    assert has_row(rows, MEET, [[away]], "declined"), rows


@pytest.mark.parametrize("text, joined", [
    # the one invited came: an attendee
    ("The President of Uzbekistan met the President of Kazakhstan in Turkistan on Monday. The President of "
     "Tajikistan, who had been invited to join the meeting, took part by video link.", "Tajikistan"),
])
def test_invited_who_came_joins(run, text, joined):
    rows = event_rows(run(text))
    assert not any(r[2] == "declined" for r in rows), rows


@pytest.mark.parametrize("text", [
    # invited to another occasion, declined: no refusal of the meeting
    "The presidents of Ghana and Togo met in Lome on Thursday. The president of Benin, who had been invited to "
    "address the national assembly, declined because of the floods.",
])
def test_invited_elsewhere_declined_is_no_refusal_of_the_meeting(run, text):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Ghana"], ["Togo"]], "held"), rows
    assert not any(r[2] == "declined" for r in rows), rows
