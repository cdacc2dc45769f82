"""Statuses of planned, refused and called-off events: refusals over a host's relative clause, joint decisions,
proposals whose clause the parser hung on a phrase, body names, overtaken plans and talks that never began (rules
from the session's status class, on invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, only_event

PUBLISHED = date(2067, 4, 13)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_refusal_above_a_hosted_gathering_is_declined(run):
    row = only_event(run("Bhutan will not attend a regional conference on glaciers that Nepal is hosting in Pokhara next "
                         "week, the foreign secretary said."), "Bhutan")
    assert row[2] == "declined", row


def test_a_hosted_gathering_without_a_refusal_stays_scheduled(run):
    row = only_event(run("Bhutan will attend a regional conference on glaciers that Nepal is hosting in Pokhara next week, "
                         "the foreign secretary said."), "Bhutan")
    assert row[2] == "scheduled", row


def test_concurring_to_meet_is_agreed(run):
    row = only_event(run("Icelandic Prime Minister Sigrun Haraldsdottir and Estonian Prime Minister Kaarel Tamm "
                         "concurred to meet in Tallinn in September."), "Sigrun Haraldsdottir")
    assert row[2] == "agreed" and row[3] == "2067-09" and row[4] == "Tallinn", row


@pytest.mark.parametrize("subject", ["The pair", "The two", "Both leaders"])
def test_a_joint_decision_that_ministers_should_meet_is_agreed(run, subject):
    text = ("Zambian President Mulenga Chanda met Malawian President Chikondi Banda in Lusaka on Monday. "
            f"{subject} decided that their energy ministers should sit down in Lilongwe next month.")
    rows = [r for r in event_rows(run(text)) if r[4] == "Lilongwe"]
    assert len(rows) == 1 and rows[0][2] == "agreed", event_rows(run(text))


def test_one_sides_decision_that_its_minister_should_travel_is_not_agreed(run):
    rows = event_rows(run("Zambia decided that its energy minister should travel to Lilongwe next month."))
    assert all(r[2] != "agreed" for r in rows), rows


def test_a_proposal_hung_on_the_call_it_was_made_in_is_proposed(run):
    row = only_event(run("Georgian Prime Minister Levan Beridze proposed to his Armenian counterpart, Aram "
                         "Petrosyan, during a telephone conversation on Monday that the two countries hold a summit in "
                         "Batumi in July."), "Georgia")
    assert row[2] == "proposed" and row[3] == "2067-07" and row[4] == "Batumi", row


@pytest.mark.parametrize("text, status", [
    # an event word in a body's name takes the invitation
    ("Indonesia said it has invited Timor-Leste to the next meeting of the Joint Consultation Mechanism in Jakarta.",
     "proposed"),
    # a dialogue that was to have been held and was postponed is cancelled
    ("The Mercosur–Canada trade dialogue, which was to have been held in Asuncion on May 2, has been postponed, with no "
     "new date set, the ministry said.", "cancelled"),
    # a summit that was to have been held, then moved, is scheduled
    ("The summit between Namibia and Botswana, which was to have been held in Windhoek on Friday, will now take place "
     "in Gaborone on May 20.", "scheduled"),
])
def test_every_event_of_the_sentence_takes_its_status(run, text, status):
    rows = event_rows(run(text))
    assert rows and all(r[2] == status for r in rows), rows


def test_a_postponed_summit_set_again_under_a_reporting_verb_is_scheduled(run):
    row = only_event(run("After their talks, the two presidents announced that the trilateral summit with Paraguay, "
                         "postponed in March, would now be held in Encarnacion on June 9."), "Paraguay")
    assert row[2] == "scheduled" and row[3] == "2067-06-09", row


@pytest.mark.parametrize("text, status", [
    ("Talks between Belize and Guatemala on the Sarstoon dispute collapsed before they began on Saturday.",
     "cancelled"),
    ("Talks between Belize and Guatemala on the Sarstoon dispute collapsed on Saturday.", "held"),
])
def test_talks_that_collapsed_before_they_began_were_never_held(run, text, status):
    row = only_event(run(text), "Belize")
    assert row[2] == status, row


def test_a_school_forum_declined_is_no_event(run):
    assert event_rows(run("The students' union will not attend a debating forum that the university is hosting in "
                          "Kandy next week.")) == []
