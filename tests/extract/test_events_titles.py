"""Officials named only by title ("the Italian prime minister", "His Majesty the Sultan", "the US Secretary of
Homeland Security"): the title-holder takes part, as its state; the one reporting it does not."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_his_in_a_reported_clause_is_the_clause_subjects(run):
    ex = run("Tomas Kral, Czechia's deputy foreign minister, said the Austrian chancellor had called off his visit "
             "to Prague.")
    rows = events_with(ex, "Austria")
    assert rows and all("Czechia" in r[1] or "Czech Republic" in r[1] for r in rows)
    assert not events_with(ex, "Kral")


def test_his_after_a_pronoun_subject_stays_with_the_speaker(run):
    ex = run("Prime Minister Lena Varga said she would postpone her trip to Vienna.")
    assert events_with(ex, "Varga")


def test_a_style_before_a_title_is_not_a_person(run):
    ex = run("MANAMA, March 11 (BNA) - His Majesty the King received on Tuesday the Moroccan foreign minister.")
    assert not any("Majesty" in n for r in event_rows(ex) for n in r[1])
    assert events_with(ex, "Morocco", "Bahrain")


def test_a_title_with_a_portfolio_parsed_as_its_head_keeps_its_state(run):
    ex = run("The Canadian Minister of Public Safety will visit Bridgetown on Friday.")
    assert events_with(ex, "Canada", "Barbados")
    ex = run("The US Secretary of Homeland Security will travel to Nassau on Monday.")
    assert events_with(ex, "United States", "Bahamas")


def test_calling_on_a_title_is_a_courtesy_call(run):
    ex = run("The Nepalese foreign minister called on the Chinese prime minister in Beijing on Tuesday.")
    assert any(r[0] == "meeting" for r in events_with(ex, "Nepal", "China"))


def test_calling_on_a_minister_to_act_is_no_meeting(run):
    ex = run("The opposition called on the finance minister to resign on Tuesday.")
    assert not event_rows(ex)


def test_receiving_another_states_office_holder_is_a_meeting(run):
    ex = run("The President received the Ghanaian defence secretary at State House in Nairobi on Tuesday.")
    assert any(r[0] == "meeting" for r in events_with(ex, "Ghana"))
    ex = run("The President received the Ghanaian spokesman at State House in Nairobi on Tuesday.")
    assert not event_rows(ex)


def test_his_after_a_welcomed_guest_is_left_to_the_guest(run):
    ex = run("The Finnish president welcomed Moldovan President Ana Lungu to Helsinki on her first visit abroad.")
    visits = [r for r in event_rows(ex) if r[0] == "visit"]
    assert all(any("Lungu" in n for n in r[1]) for r in visits)
