"""Event identity within an article: a further occurrence told beside the one held, and one event told twice."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor, only_event

PUBLISHED = date(2031, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def test_the_next_round_is_not_the_numbered_round_held(run):
    ex = run("The fifth round of consultations between Kenya and Uganda was held in Kampala on Monday. Both sides "
             "agreed to hold the next round of consultations in Nairobi.")
    rows = events_with(ex, "Kenya", "Uganda")
    assert {(r[2], r[4]) for r in rows} == {("held", "Kampala"), ("agreed", "Nairobi")}, event_rows(ex)


def test_a_plan_to_meet_again_takes_the_sides_who_just_met(run):
    ex = run("Qatar hosted a third round of indirect talks between Eritrea and Ethiopia in Doha on Sunday. The two "
             "delegations agreed to meet again in Doha next month.")
    rows = events_with(ex, "Eritrea", "Ethiopia")
    assert {r[2] for r in rows} == {"held", "agreed"}, event_rows(ex)
    agreed = next(r for r in rows if r[2] == "agreed")
    assert agreed[3] == "2031-07", agreed


def test_what_it_was_names_the_meeting_just_told(run):
    ex = run("Portugal's prime minister Joana Mendes met Spanish prime minister Pablo Ferrer in Porto on Monday. It "
             "was the two leaders' second meeting this year.")
    assert only_event(ex, "Mendes", "Ferrer")[2:] == ("held", "2031-06-09", "Porto")


def test_a_signing_at_the_talks_is_signed_by_their_sides(run):
    ex = run("Chilean President Ignacio Larraín held talks with Argentine President Lucía Benítez in Mendoza on "
             "Monday. The two presidents later oversaw the signing of four agreements on energy and mining.")
    signing = [r for r in events_with(ex, "Larraín", "Benítez") if r[0] == "signing"]
    assert len(signing) == 1 and signing[0][2:] == ("held", "2031-06-09", "Mendoza"), event_rows(ex)
    assert any(r[0] in ("talks", "meeting") for r in events_with(ex, "Larraín", "Benítez")), event_rows(ex)


def test_mediation_framing_talks_is_no_event_of_its_own(run):
    ex = run("Sudanese and South Sudanese delegations held a round of talks on the Abyei border in Juba on Monday "
             "under Ethiopian mediation.")
    rows = event_rows(ex)
    assert not any(r[0] == "mediation" for r in rows), rows
    assert any(r[0] in ("talks", "negotiation") and r[2] == "held" for r in rows), rows


def test_a_signed_annex_is_a_signing_beside_the_meeting(run):
    ex = run("Norway's prime minister Nils Brekke and Finland's prime minister Aleksi Rantanen met in Tromsø on "
             "Monday and signed an annex to the border river treaty.")
    kinds = {r[0] for r in events_with(ex, "Brekke", "Rantanen")}
    assert {"meeting", "signing"} <= kinds, event_rows(ex)


def test_one_meeting_told_in_lead_and_later_paragraph_stays_one(run):
    ex = run("Mongolia's foreign minister Batbayar Dorj met his Kazakh counterpart Serik Abenov in Ulaanbaatar on "
             "Monday.\n\nThe meeting, held at the State Palace, lasted two hours. It was the ministers' first "
             "meeting since January.")
    assert only_event(ex, "Dorj", "Abenov")[2:] == ("held", "2031-06-09", "Ulaanbaatar")
