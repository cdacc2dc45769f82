"""Held and scheduled contacts that gave no record: a second contact after "called on X" in one clause, "a
bilateral" the tagger reads as an adjective, a meal hosted for a guest, a
head of state named by office alone after a trip, a consultation mechanism's round, and what stays out (fresh
invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2071, 6, 10)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_courtesy_call_beside_a_second_meeting_in_one_clause(run):
    text = ("Slovenia's foreign minister, Tanja Kovač Zupan, on a two-day visit to Croatia, called on President Ivo "
            "Marić Babić in Zagreb on Monday and met her Croatian counterpart, Dario Perković, on Tuesday to discuss "
            "the Krško power plant.")
    assert [(r[2], r[3]) for r in events_with(run(text), "Babić") if r[0] == "meeting"] == [("held", "2071-06-08")], \
        event_rows(run(text))
    assert [(r[2], r[3]) for r in events_with(run(text), "Zupan", "Perković")] == [("held", "2071-06-09")], \
        event_rows(run(text))


def test_an_appeal_on_a_leader_stays_out(run):
    text = "Opposition parties called on President Ivo Marić Babić to dissolve parliament and met on Tuesday."
    assert not events_with(run(text), "Babić"), event_rows(run(text))


def test_a_bilateral_is_a_meeting(run):
    text = ("Latvian Prime Minister Ilze Ozoliņa held a bilateral with Icelandic Prime Minister Gunnar Hallsson "
            "in Tallinn on Monday.")
    rows = events_with(run(text), "Ozoliņa", "Hallsson")
    assert [(r[0], r[2], r[4]) for r in rows] == [("meeting", "held", "Tallinn")], event_rows(run(text))
    adjective = "Latvia and Iceland discussed bilateral fisheries quotas in Tallinn on Monday."
    assert not event_rows(run(adjective)), event_rows(run(adjective))


def test_a_meal_hosted_for_a_guest_is_their_meeting(run):
    text = ("Gabonese President Aurélien Mba Obame hosted a working dinner for Congolese President Firmin Ngoma "
            "Itoua in Libreville on Monday.")
    rows = events_with(run(text), "Obame", "Itoua")
    assert [(r[0], r[2]) for r in rows] == [("meeting", "held")], event_rows(run(text))
    team = "Gabonese President Aurélien Mba Obame hosted a lunch for Cameroon's national football team on Monday."
    assert not [r for r in event_rows(run(team)) if len(r[1]) > 1], event_rows(run(team))


@pytest.mark.parametrize("office", ["the King", "the Head of State", "the Prime Minister", "the Emir"])
def test_a_head_of_state_named_by_office_alone_is_the_state_visited(run, office):
    text = (f"Italian Foreign Minister Paolo Cantarelli arrived in Amman on Monday. He will call on {office} on "
            "Thursday.")
    rows = [r for r in events_with(run(text), "Cantarelli") if r[0] == "meeting"]
    assert [(r[1], r[2]) for r in rows] == [(frozenset({"Paolo Cantarelli", "Jordan"}), "scheduled")], \
        event_rows(run(text))


def test_an_office_holder_as_a_subject_is_not_the_host(run):
    text = "Italian Foreign Minister Paolo Cantarelli arrived in Amman on Monday. The President said he was welcome."
    assert not [r for r in event_rows(run(text)) if r[0] == "meeting"], event_rows(run(text))


def test_a_round_of_a_consultation_mechanism_is_the_states_meeting(run):
    text = "Guyana and Suriname held the fourth round of their Political Consultation Mechanism in Paramaribo on Monday."
    rows = events_with(run(text), "Guyana", "Suriname")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2071-06-08", "Paramaribo")], event_rows(run(text))
    company = "The bank's complaints mechanism held its fourth round of reviews in Paramaribo on Monday."
    assert not event_rows(run(company)), event_rows(run(company))


def test_a_team_hosting_a_fixture_is_no_reception(run):
    text = "Uganda's Cranes will host Rwanda in a World Cup qualifier at Namboole Stadium on Sunday."
    assert not event_rows(run(text)), event_rows(run(text))
    hosted = "President Okello Mugisha will host Rwandan President Jean Bosco Habimana at State House on Sunday."
    assert events_with(run(hosted), "Mugisha", "Habimana"), event_rows(run(hosted))
