"""False positives and wrong statuses: a refused journey to a gathering is the gathering's refusal, not a trip of its
own; a sports side's tour and a visit to a site are no state's visit; a plan the parser read as a clause subject of
its call-off is cancelled (rules from the session's precision class, on invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, only_event

PUBLISHED = date(2077, 4, 14)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Uruguay's president will not fly to Asuncion for next week's Mercosur summit, his office said.",
    "The Prime Minister of Lesotho will not travel to Windhoek for the SADC Heads of State meeting that opens on "
    "Saturday, a government spokesman said.",
])
def test_a_refused_journey_to_a_gathering_is_no_trip_of_its_own(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" for r in rows), rows
    assert any(r[2] == "declined" for r in rows), rows


def test_a_journey_to_a_gathering_still_goes(run):
    rows = event_rows(run("Uruguay's president will fly to Asuncion for next week's Mercosur summit, his office said."))
    assert any(r[0] == "summit" and r[2] == "scheduled" for r in rows), rows


def test_a_refused_journey_with_no_gathering_is_a_declined_visit(run):
    row = only_event(run("Peru's foreign minister has refused to travel to La Paz this month, citing the border "
                         "closure, the ministry said."), "Peru")
    assert row[0] == "visit" and row[2] == "declined", row


@pytest.mark.parametrize("text", [
    "Samoa's national rugby league team will visit Papua New Guinea in June for a two-test series in Port Moresby.",
    "The Sri Lankan cricket squad will visit Bangladesh next month for a one-day series.",
])
def test_a_sports_side_on_tour_is_no_visit(run, text):
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_leader_at_a_final_still_visits(run):
    row = only_event(run("Senegal's president will visit Morocco for the Africa Cup final and hold talks with "
                         "the king."), "Senegal")
    assert row[0] == "visit", row


@pytest.mark.parametrize("text", [
    "The prime minister, Aurelio Fenech Bonnici, visited the maternity ward of Mater Dei hospital in Msida on "
    "Tuesday, where he thanked midwives.",
    "The governor visited a primary school in Kandy on Tuesday.",
])
def test_a_visit_to_a_site_is_no_state_visit(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "visit"], event_rows(run(text))


def test_a_visit_to_a_state_with_a_site_on_the_way_stays(run):
    row = only_event(run("Austria's chancellor visited Slovenia on Tuesday and met Prime Minister Marko Zupancic in "
                         "Ljubljana."), "Slovenia")
    assert row[0] == "visit" and row[2] == "held", row


def test_a_plan_read_as_a_clause_subject_of_its_call_off_is_cancelled(run):
    row = only_event(run("Talks between the defence ministers of Armenia and Georgia planned for Friday in Tbilisi "
                         "have been called off, the Armenian ministry said on Wednesday."), "Armenia")
    assert row[2] == "cancelled" and row[4] == "Tbilisi", row
