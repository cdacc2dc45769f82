"""The fate of an event told around its noun: a trip called off carries the talks planned in a clause on its verb, a
summit "which X was to host" takes the tense of the verb that governs it, apologies sent for a meeting decline it,
"heads of state meeting" names who meets, "All three have accepted" answers an invitation, and a postponement to a
part of a day reads its day (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2057, 5, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_talks_planned_in_a_clause_on_a_called_off_trip_fall_with_it(run):
    text = ("Estonian Prime Minister Kaarel Tamm called off his visit to Helsinki on Wednesday, hours before he was "
            "due to hold talks with Finnish President Aino Lehtonen on energy links.")
    rows = [r for r in events_with(run(text), "Tamm", "Lehtonen") if r[0] in ("talks", "meeting")]
    assert [r[2] for r in rows] == ["cancelled"], event_rows(run(text))


def test_a_plan_beside_a_trip_made_stays(run):
    text = ("Estonian Prime Minister Kaarel Tamm visited Riga on Wednesday, a day before he was to meet Lithuanian "
            "President Rasa Vaitkute in Vilnius.")
    rows = events_with(run(text), "Tamm", "Vaitkute")
    assert rows and all(r[2] == "scheduled" for r in rows), event_rows(run(text))


def test_a_summit_a_state_was_to_host_takes_the_governing_verb(run):
    text = "The regional summit, which Ghana was to host in Accra on June 9, has been called off, officials said."
    assert [r[2] for r in event_rows(run(text)) if r[0] == "summit"] == ["cancelled"], event_rows(run(text))
    moved = "The regional summit, which Ghana was to host in Accra, will now be held in Lome, officials said."
    assert all(r[2] != "held" for r in event_rows(run(moved))), event_rows(run(moved))


def test_a_summit_a_state_hosted_was_held(run):
    text = "The regional summit, which Ghana hosted in Accra on Monday, ended without a communique."
    assert [r[2] for r in event_rows(run(text)) if r[0] == "summit"] == ["held"], event_rows(run(text))


def test_apologies_sent_for_a_meeting_decline_it(run):
    text = ("Malawi's President Chikondi Banda has sent his apologies for next week's COMESA heads of state summit "
            "in Lusaka, his office said.")
    rows = events_with(run(text), "Banda")
    assert [r[2] for r in rows] == ["declined"], event_rows(run(text))


def test_a_heads_of_state_meeting_stayed_away_from(run):
    text = "Angola's president will not attend next week's SADC heads of state meeting in Windhoek."
    rows = event_rows(run(text))
    assert [(r[2], r[3]) for r in rows] == [("declined", "2057-W21")], rows


def test_heads_of_state_summit_held(run):
    text = "Leaders gathered in Kigali on Monday for the EAC heads of state summit, which ended on Tuesday."
    assert all(r[2] == "held" for r in event_rows(run(text))), event_rows(run(text))


def test_all_invitees_accepting_agree_to_the_talks(run):
    text = ("Norway's special envoy Ingrid Haugen has invited Colombia, Ecuador and Peru to talks in Oslo on June 20 "
            "on river pollution, her office said on Thursday. All three governments have accepted.")
    rows = events_with(run(text), "Colombia", "Ecuador", "Peru")
    assert [r[2] for r in rows] == ["agreed"], event_rows(run(text))


def test_an_invitation_no_one_answered_is_proposed(run):
    text = ("Norway's special envoy Ingrid Haugen has invited Colombia, Ecuador and Peru to talks in Oslo on June 20 "
            "on river pollution, her office said on Thursday.")
    rows = events_with(run(text), "Colombia", "Ecuador", "Peru")
    assert [r[2] for r in rows] == ["proposed"], event_rows(run(text))


def test_a_meeting_put_off_to_a_part_of_a_day_is_scheduled_on_that_day(run):
    text = ("The Georgia-Armenia intergovernmental commission meeting, due to open this morning, has been pushed back "
            "to Monday afternoon, the Georgian foreign ministry said.")
    rows = event_rows(run(text))
    assert [(r[2], r[3]) for r in rows] == [("scheduled", "2057-05-21")], rows


def test_a_round_told_before_called_off_cancels_the_talks(run):
    text = ("Uruguay and Paraguay were to hold talks on river navigation in Asuncion on June 2. That round has been "
            "called off, the Uruguayan foreign ministry said.")
    rows = event_rows(run(text))
    assert [(r[2], r[3]) for r in rows] == [("cancelled", "2057-06-02")], rows


def test_a_round_of_voting_is_no_event(run):
    text = "The second round of voting in the party's leadership race has been postponed until July."
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_round_of_a_joint_commission_meets(run):
    text = "The next round of the Bhutan-India Joint Commission will be held in Thimphu in August."
    rows = event_rows(run(text))
    assert [(r[0], r[2], r[3]) for r in rows] == [("meeting", "scheduled", "2057-08")], rows


def test_a_delegation_sent_for_talks_sends_no_regrets(run):
    text = ("Pakistan has invited Turkmenistan to send a delegation to Islamabad in June for the next round of their "
            "political consultations, the Foreign Office said.")
    assert [r[2] for r in event_rows(run(text))] == ["proposed"], event_rows(run(text))


def test_a_trip_for_a_heads_of_state_summit_gives_its_tense(run):
    text = "Mr Phiri travels to Gaborone on Monday for the extraordinary SADC heads of state summit on Mozambique."
    rows = [r for r in event_rows(run(text)) if r[0] == "summit"]
    assert [(r[2], r[3]) for r in rows] == [("scheduled", "2057-05-21")], event_rows(run(text))
