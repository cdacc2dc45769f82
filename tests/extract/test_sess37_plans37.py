"""Plans and their fates (session 37): a plan "dropped" is called off, an overtaken expectation and a relative-clause
plan share the fate of what they were for, a proposal's "for" phrase hung on its proposer still says it was refused,
"agreed to continue the talks" and "the tenth round" are further sittings, and a body's name holds no event word."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 5, 4)  # a Monday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text,a,b", [
    ("A planned meeting between the foreign ministers of Chile and Bolivia has been dropped from the programme of "
     "the summit, the ministry said.", "Chile", "Bolivia"),
    ("The summit between Vietnam and Laos that had been planned for June has been axed, officials in Hanoi said.",
     "Vietnam", "Laos"),
])
def test_a_plan_dropped_or_axed_is_cancelled(run, text, a, b):
    rows = [r for r in events_with(run(text), a, b) if r[0] != "visit"]
    assert rows and {r[2] for r in rows} == {"cancelled"}, event_rows(run(text))


def test_dropping_out_of_a_summit_is_a_refusal(run):
    text = "Malawi's president dropped out of next week's SADC summit in Harare, his office said on Sunday."
    rows = events_with(run(text), "Malawi")
    assert [r[2] for r in rows] == ["declined"], event_rows(run(text))


def test_dropping_by_for_talks_is_no_cancellation(run):
    text = "The Kenyan president dropped by for talks with Tanzania's president at State House on Friday."
    assert all(r[2] != "cancelled" for r in event_rows(run(text))), event_rows(run(text))


def test_a_visit_called_off_is_not_held_because_a_plan_was_to_take_place_during_it(run):
    text = ("Egypt's president has cancelled the visit to Khartoum he was due to make on Thursday. The talks the two "
            "sides were to hold during the visit will be rescheduled.")
    rows = events_with(run(text), "Sudan")
    assert rows and all(r[2] != "held" for r in rows), event_rows(run(text))


def test_talks_a_host_had_been_expected_to_hold_on_a_visit_called_off_are_cancelled(run):
    text = ("Argentine President Julio Ferreyra has called off the state visit to Montevideo he was to begin on "
            "Tuesday. Uruguay's President Ana Lucía Pereira had been expected to receive him at the Torre Ejecutiva "
            "for talks on river dredging.")
    rows = events_with(run(text), "Ferreyra", "Pereira")
    assert rows and {r[2] for r in rows} == {"cancelled"}, event_rows(run(text))
    assert "talks" in {r[0] for r in rows}, event_rows(run(text))


@pytest.mark.parametrize("text,a,b", [
    ("Azerbaijan's foreign minister on Tuesday rejected a proposal by Armenia's foreign minister for direct talks "
     "in Tbilisi, saying a peace treaty must come first.", "Azerbaijan", "Armenia"),
    ("Ecuador has turned down an offer from Colombia's president for talks on the border bridge.", "Ecuador",
     "Colombia"),
])
def test_a_proposal_for_talks_refused_is_declined_whoever_made_it(run, text, a, b):
    rows = events_with(run(text), a, b)
    assert [r[2] for r in rows] == ["declined"], event_rows(run(text))


def test_agreeing_to_continue_the_talks_is_a_further_round(run):
    text = ("Delegations of Armenia and Georgia held a round of border talks in Tbilisi from 20 to 22 April. The "
            "parties agreed to continue the talks in Yerevan in June.")
    rows = events_with(run(text), "Armenia", "Georgia")
    assert sorted((r[2], r[4]) for r in rows) == [("agreed", "Yerevan"), ("held", "Tbilisi")], event_rows(run(text))


def test_talks_that_continue_the_next_day_are_the_same_talks(run):
    text = "Ghana and Togo held talks in Accra on Friday. The talks continued on Saturday."
    assert len(events_with(run(text), "Ghana", "Togo")) == 1, event_rows(run(text))


def test_the_tenth_round_after_the_ninth_is_a_further_sitting_of_the_same_sides(run):
    text = ("Norway and Sweden held the ninth round of their Strategic Consultation Mechanism in Oslo on Friday. The "
            "tenth round will take place in Stockholm in the autumn, the foreign ministry said.")
    rows = events_with(run(text), "Norway", "Sweden")
    assert ("scheduled", "Stockholm") in {(r[2], r[4]) for r in rows}, event_rows(run(text))
    assert "held" in {r[2] for r in rows}, event_rows(run(text))


@pytest.mark.parametrize("text,a,b,status", [
    ("Indonesia's planned round of the Joint Consultation Mechanism with Malaysia, scheduled for next Tuesday in "
     "Kuching, has been called off, the foreign ministry said.", "Indonesia", "Malaysia", "cancelled"),
    ("Vietnam's next round of talks with Cambodia will take place in Phnom Penh in June.", "Vietnam", "Cambodia",
     "scheduled"),
])
def test_a_rounds_owner_and_its_bodys_partner_are_its_sides(run, text, a, b, status):
    rows = events_with(run(text), a, b)
    assert [r[2] for r in rows] == [status], event_rows(run(text))


@pytest.mark.parametrize("text,status", [
    ("The announcement follows Sunday's meeting in Nairobi between Foreign Minister Njeri Mwangi and Ethiopia's "
     "ambassador, Dawit Bekele.", "held"),
    ("Wednesday's meeting in Nairobi between Foreign Minister Njeri Mwangi and Ethiopia's ambassador, Dawit Bekele, "
     "must settle the trade row.", "scheduled"),
    ("Thursday's talks in Madrid between Spanish Foreign Minister Laura Ortiz and Moroccan Foreign Minister Karim "
     "Alaoui must deliver results.", "scheduled"),
])
def test_a_weekday_owned_meeting_takes_the_nearer_of_its_two_days(run, text, status):
    rows = [r for r in event_rows(run(text)) if r[0] != "visit"]
    assert [r[2] for r in rows] == [status], event_rows(run(text))


def test_a_bi_national_commission_split_by_its_hyphen_is_a_joint_body(run):
    text = ("The 7th Session of the Namibia-Botswana Bi-National Commission, which had been set for 22 June in "
            "Windhoek, will not go ahead as planned.")
    rows = events_with(run(text), "Namibia", "Botswana")
    assert [r[2] for r in rows] == ["cancelled"], event_rows(run(text))
