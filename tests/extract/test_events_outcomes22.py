"""Outcomes of proposals (session 13): who offered or invited, whether an acceptance is done or only asked for, a
proposal answered in a relative clause, plans given up ("no longer"), and the parties an outcome names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 2, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _rows(run, text: str, *parts: str) -> list[tuple]:
    return [(r[0], r[2], r[3], r[4]) for r in events_with(run(text), *parts)]


# -- who offered or invited --------------------------------------------------------------------

@pytest.mark.parametrize("text,status", [
    ("Ghana turned down Togo's invitation to a summit in Lome.", "declined"),
    ("Ghana accepted Togo's invitation to a summit in Lome.", "agreed"),
])
def test_the_inviter_of_an_invitation_to_a_gathering_takes_part(run, text, status):
    assert [r[2] for r in events_with(run(text), "Ghana", "Togo")] == [status], event_rows(run(text))


def test_an_invitation_to_hold_talks_makes_the_inviter_the_other_side(run):
    text = "Kenya invited Uganda to hold talks in Nairobi."
    assert _rows(run, text, "Kenya", "Uganda") == [("talks", "proposed", None, "Nairobi")], event_rows(run(text))


def test_its_offer_that_another_is_urged_to_accept_is_the_urgers(run):
    text = "The Thai government urged Cambodia to accept its invitation to talks in Bangkok."
    assert [r[2] for r in events_with(run(text), "Thailand", "Cambodia")] == ["proposed"], event_rows(run(text))


def test_its_offer_answered_at_the_top_names_no_one_else(run):
    assert events_with(run("North Korea rejected its offer of talks."), "South Korea") == []


def test_the_agreement_of_two_sides_to_resume_talks_is_theirs_not_the_welcomers(run):
    text = "Qatar welcomed the agreement of Kenya and Somalia to resume talks in Doha."
    rows = [r for r in event_rows(run(text)) if r[0] == "talks"]
    assert [(r[1], r[2]) for r in rows] == [(frozenset({"Kenya", "Somalia"}), "agreed")], rows


def test_a_government_of_a_state_named_as_a_body_is_the_state(run):
    text = "Trinidad proposed talks between the Government of Belize and the Government of Honduras."
    assert [r[2] for r in events_with(run(text), "Belize", "Honduras")] == ["proposed"], event_rows(run(text))


def test_a_titled_name_of_a_state_serves_that_state(run):
    text = ("Chile's president and President Ana Ruiz of Honduras agreed that their trade ministers would meet in "
            "Santiago in May.")
    rows = [r for r in events_with(run(text), "Chile", "Honduras") if r[0] == "meeting"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("agreed", "2025-05", "Santiago")], event_rows(run(text))


def test_a_gathering_convened_by_a_state_is_hosted_by_it(run):
    rows = events_with(run("Chile attended a conference organised by Argentina."), "Chile", "Argentina")
    assert [r[0] for r in rows] == ["conference"]


# -- acceptances asked for, refused, or told in a relative clause ---------------------------------

@pytest.mark.parametrize("text,status", [
    ("The UN envoy urged Armenia and Azerbaijan to agree to a new round of talks in Geneva.", "proposed"),
    ("Armenia and Azerbaijan agreed to a new round of talks in Geneva.", "agreed"),
])
def test_an_agreement_only_urged_is_a_proposal(run, text, status):
    assert [r[2] for r in events_with(run(text), "Armenia", "Azerbaijan")] == [status], event_rows(run(text))


def test_refusing_to_accept_an_invitation_declines_it(run):
    text = "Ghana refused to accept Togo's invitation to a summit in Lome."
    assert [r[2] for r in events_with(run(text), "Ghana")] == ["declined"], event_rows(run(text))


@pytest.mark.parametrize("text,a,b,status", [
    ("Bolivia's proposal for talks with Chile, which Santiago rejected on Friday, is back on the agenda.",
     "Bolivia", "Chile", "declined"),
    ("Peru made an offer of talks with Ecuador, which Quito accepted on Monday.", "Peru", "Ecuador", "agreed"),
])
def test_a_proposal_answered_in_a_relative_clause_takes_the_answer_not_its_day(run, text, a, b, status):
    assert [(r[1], r[2]) for r in _rows(run, text, a, b)] == [(status, None)], event_rows(run(text))


# -- plans given up --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,part,status", [
    ("Malta's prime minister will no longer visit Tunis next week.", "Malta", "cancelled"),
    ("The summit between Laos and Cambodia will no longer take place.", "Laos", "cancelled"),
    ("Chad will no longer attend the summit in Yaounde.", "Chad", "declined"),
])
def test_what_will_no_longer_happen_is_off(run, text, part, status):
    assert [r[1] for r in _rows(run, text, part)] == [status], event_rows(run(text))


def test_no_longer_in_a_habit_cancels_no_plan(run):
    text = "Kenya and Uganda no longer hold annual talks."
    assert "cancelled" not in [r[2] for r in event_rows(run(text))]


# -- partners named together -------------------------------------------------------------------------

def test_talks_with_two_partners_keep_the_subject_and_the_place_on_the_second(run):
    text = "Kenya's president held talks with Uganda's president and Tanzania's president in Arusha on Sunday."
    rows = [r for r in events_with(run(text), "Kenya", "Uganda", "Tanzania")]
    assert [(r[0], r[2], r[4]) for r in rows] == [("talks", "held", "Arusha")], event_rows(run(text))
