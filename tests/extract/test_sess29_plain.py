"""Triggers first, rules as filters: a contact the rules left with one party takes the two sides its clause names
(subject, object, "with", "between", a passive's agent) or a headline's "A, B" opening, while a trip's talks, an
anaphor and sentences naming one side stay as they were; tested on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2039, 4, 13)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Daily News")


@pytest.mark.parametrize("text, kind, status", [
    ("Uruguay, Paraguay ministers to hold river talks on Monday", "talks", "scheduled"),
    ("Laos, Cambodia leaders to hold summit in Luang Prabang", "summit", "scheduled"),
])
def test_a_headline_opening_on_two_states_names_both_sides(run, text, kind, status):
    rows = events_with(run(text), "Uruguay", "Paraguay") or events_with(run(text), "Laos", "Cambodia")
    assert rows and rows[0][0] == kind and rows[0][2] == status, event_rows(run(text))


def test_a_trips_talks_do_not_make_the_state_visited_a_party(run):
    rows = event_rows(run("Estonia's prime minister visited Finland on Tuesday for talks on energy links."))
    assert not [r for r in rows if r[0] != "visit"], rows
    assert [r[0] for r in rows] == ["visit"], rows


def test_a_comma_in_running_text_is_no_headline_pair(run):
    rows = event_rows(run("Ghana, the current chair of the bloc, will host talks on the crisis next week."))
    assert not [r for r in rows if len(r[1]) >= 2], rows


def test_talks_between_two_named_sides_keep_only_those_sides(run):
    rows = event_rows(run("Kenya's president offered on Tuesday to host negotiations between Somalia and "
                          "Ethiopia in Nairobi."))
    assert not [r for r in rows if any("Kenya" in n for n in r[1]) and r[0] in ("talks", "negotiation")], rows


def test_a_tete_a_tete_split_at_its_hyphens_is_a_meeting(run):
    rows = events_with(run("Iceland's foreign minister, Sigrun Olafsdottir, and her Danish counterpart, Mads Kjaer, "
                           "had a short tête-à-tête in Copenhagen on Monday."), "Olafsdottir", "Kjaer")
    assert rows and rows[0][0] == "meeting" and rows[0][2:5] == ("held", "2039-04-11", "Copenhagen"), rows


def test_a_trilateral_as_a_noun_is_a_meeting_of_its_three_sides(run):
    rows = events_with(run("Nepal, Bhutan and Bangladesh held a trilateral in Thimphu on Tuesday on hydropower "
                           "trade."), "Nepal", "Bhutan", "Bangladesh")
    assert rows and rows[0][0] == "meeting" and rows[0][2:5] == ("held", "2039-04-12", "Thimphu"), rows


@pytest.mark.parametrize("text", [
    "Parliament debated trilateral cooperation on the river basin on Tuesday.",
    "Voters met the candidates face-to-face at rallies across the province.",
])
def test_hyphenated_and_adjective_forms_outside_a_contact_are_no_event(run, text):
    assert not event_rows(run(text))


@pytest.mark.parametrize("text, parts, status, day", [
    ("Moldova, Romania negotiators to resume energy talks in Iasi later this week", ("Moldova", "Romania"),
     "scheduled", "2039-W15"),
    ("Belize, Guatemala border talks in Washington end without deal", ("Belize", "Guatemala"), "held", None),
])
def test_a_headline_pair_takes_the_headlines_tense_and_its_one_time(run, text, parts, status, day):
    rows = events_with(run(text), *parts)
    assert rows and rows[0][2:4] == (status, day), event_rows(run(text))
