"""Plans and their answers (session 39): "the leaders / presidents agreed" after a meeting are the pair just named, a
joint body that "will sit" somewhere meets there, "invited Y to <place>" is Y's visit asked for (and "she said yes /
no", "but he declined" answer it), a place offered "as a venue" hosts the talks proposed, and "has sent regrets" stays
away from the gathering told before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 5, 4)  # a Monday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text,a,b,place", [
    ("Chad's president met Cameroon's president in Yaoundé on Monday. The presidents agreed that their joint "
     "commission would meet in N'Djamena in March.", "Chad", "Cameroon", "N'Djamena"),
    ("Chad's President Idriss Kaka met Cameroon's President Joseph Ngoa in Yaoundé on Monday. The leaders agreed that "
     "their joint commission would meet in N'Djamena in March.", "Chad", "Cameroon", "N'Djamena"),  # (a body's
    # sitting: the states whose body it is)
    ("Malta's foreign minister met his Libyan counterpart in Tripoli on Sunday. The ministers agreed to hold the next "
     "round of consultations in Valletta in the autumn.", "Malta", "Libya", "Valletta"),
])
def test_the_leaders_opening_an_agreement_are_the_pair_just_named(run, text, a, b, place):
    rows = [r for r in events_with(run(text), a, b) if r[2] == "agreed"]
    assert rows and rows[0][4] == place, event_rows(run(text))


def test_a_joint_body_that_will_sit_somewhere_meets_there(run):
    text = "The Kenya-Uganda Joint Permanent Commission will sit in Kampala in July."
    rows = events_with(run(text), "Kenya", "Uganda")
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2026-07", "Kampala")], event_rows(run(text))


def test_a_body_that_sits_in_its_seat_holds_no_meeting(run):
    assert event_rows(run("The joint commission sits in Geneva.")) == []


@pytest.mark.parametrize("text,guest,host,status,place", [
    ("Vietnam's prime minister invited his Lao counterpart to Hanoi in June.", "Laos", "Vietnam", "proposed", "Hanoi"),
    ("Ghana's president was invited to Beijing by China's president.", "Ghana", "China", "proposed", "Beijing"),
    ("Norway's Prime Minister Ola Strand invited Iceland's Prime Minister Katrín Jónsdóttir to Oslo in June, and she "
     "said yes.", "Jónsdóttir", "Norway", "agreed", "Oslo"),
    ("Norway's Prime Minister Ola Strand invited Iceland's Prime Minister Katrín Jónsdóttir to Oslo in June. She said "
     "no.", "Jónsdóttir", "Norway", "declined", "Oslo"),
])
def test_an_invitation_to_a_place_is_the_guests_visit_asked_for(run, text, guest, host, status, place):
    rows = events_with(run(text), guest, host)
    assert [(r[0], r[2], r[4]) for r in rows] == [("visit", status, place)], event_rows(run(text))


def test_an_invitation_for_talks_stays_the_talks(run):
    text = "Brazil's President Rafael Nunes invited Argentina's Javier Ortega to Brasília for talks on trade."
    assert [(r[0], r[2]) for r in events_with(run(text), "Nunes", "Ortega")] == [("talks", "proposed")], \
        event_rows(run(text))


def test_but_he_declined_answers_the_invitation_of_the_clause_before(run):
    text = ("Ecuador had invited Colombia's president to a trilateral meeting with Peru's president in Quito on "
            "Monday, but he declined.")
    assert {r[2] for r in events_with(run(text), "Colombia", "Ecuador")} == {"declined"}, event_rows(run(text))


def test_a_place_offered_as_a_venue_hosts_the_talks_proposed(run):
    text = "Malaysia has offered Kuala Lumpur as a venue for talks between Thailand and Cambodia."
    assert [(r[2], r[4]) for r in events_with(run(text), "Thailand", "Cambodia")] == [("proposed", "Kuala Lumpur")], \
        event_rows(run(text))


@pytest.mark.parametrize("text,absent", [
    ("Leaders of the Pacific Alliance will meet in Lima on Friday. Chile's president has sent regrets.", "Chile"),
    ("The Commonwealth heads of government meeting opens in Apia on Monday. The Prime Minister of Tuvalu has tendered "
     "his apologies.", "Tuvalu"),
])
def test_sending_regrets_stays_away_from_the_gathering_told_before(run, text, absent):
    assert [r[2] for r in events_with(run(text), absent)] == ["declined"], event_rows(run(text))


def test_regrets_sent_to_people_are_no_absence(run):
    text = ("Egypt's foreign minister met his Sudanese counterpart in Cairo on Sunday. He sent regrets to the families "
            "of the victims.")
    assert {r[2] for r in event_rows(run(text))} == {"held"}, event_rows(run(text))


@pytest.mark.parametrize("text,a,b,place", [
    ("New Zealand's foreign minister held talks with his Australian counterpart in Wellington on Friday. The two sides "
     "decided that the annual consultations would next take place in Canberra in August.", "New Zealand", "Australia",
     "Canberra"),
    ("The presidents of Ghana and Togo decided on Tuesday that their joint commission would meet in Lomé in "
     "September.", "Ghana", "Togo", "Lomé"),
])
def test_a_sitting_the_sides_decided_on_is_agreed(run, text, a, b, place):
    assert [r[4] for r in events_with(run(text), a, b) if r[2] == "agreed"] == [place], event_rows(run(text))


def test_a_day_of_talks_wrapped_up_is_held_beside_the_sitting_agreed(run):
    text = ("Senegal's Prime Minister Amadou Fall wrapped up a day of talks in Nouakchott on Monday with Mauritania's "
            "President Ahmed Ould Salem. The leaders decided that their joint commission would next sit in Saint-Louis "
            "in May.")
    assert [(r[2], r[4]) for r in events_with(run(text), "Fall", "Salem")] == [("held", "Nouakchott")], \
        event_rows(run(text))
    assert [(r[2], r[4]) for r in events_with(run(text), "Senegal", "Mauritania")] == [("agreed", "Saint-Louis")], \
        event_rows(run(text))


@pytest.mark.parametrize("text,a,b,status", [
    ("North Korea told South Korea that it was cancelling the talks set for Friday.", "North Korea", "South Korea",
     "cancelled"),
    ("Chad has informed Egypt that it will not attend the meeting in Cairo on Thursday.", "Chad", "Egypt", "declined"),
])
def test_the_side_told_of_a_call_off_is_the_other_side(run, text, a, b, status):
    assert [r[2] for r in events_with(run(text), a, b)] == [status], event_rows(run(text))


def test_a_call_off_told_to_reporters_names_no_side(run):
    assert event_rows(run("The ministry told reporters that it was cancelling the talks.")) == []
