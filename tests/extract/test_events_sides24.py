"""Sides the text names only by what they are: "his host" and "her counterpart" after a trip, "the delegation" whose
trip was just told, a joint body's own "between A and B" or dash pair, "the three" after three states, and guests
welcomed "to" a place the parser hung on the guests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _meetings(ex) -> list:
    return [r for r in event_rows(ex) if r[0] in ("meeting", "talks")]


# -- "his host", "her counterpart": the state the trip just told went to --------------------------------------------

@pytest.mark.parametrize("text,parties", [
    ("The Estonian prime minister has landed in Riga. She is due to meet her host at the castle this afternoon.",
     {"Estonia", "Latvia"}),
    ("Bolivia's foreign minister arrived in Asuncion on Monday and held talks with his host on river trade.",
     {"Bolivia", "Paraguay"}),
    ("The Ghanaian president flew to Lome on Sunday. On Monday he met his counterpart at the presidential palace.",
     {"Ghana", "Togo"}),
])
def test_a_host_or_counterpart_after_a_trip_is_the_state_visited(run, text, parties):
    assert parties in [set(r[1]) for r in _meetings(run(text))]


def test_a_counterpart_on_the_way_to_a_body_meeting_is_nobody_in_particular(run):
    ex = run("The Danish foreign minister flew to Brussels for a NATO meeting on Tuesday. There she met her "
             "counterpart over breakfast.")
    assert not any("Belgium" in r[1] for r in _meetings(ex))


def test_a_named_counterpart_keeps_its_own_name(run):
    ex = run("Bolivia's foreign minister arrived in Asuncion on Monday and held talks with his counterpart "
             "Ramon Benitez.")
    assert any("Ramon Benitez" in r[1] for r in _meetings(ex))


# -- "the delegation": the one whose trip was just told -----------------------------------------------------------

def test_the_delegation_received_is_the_one_that_arrived(run):
    ex = run("A Mongolian parliamentary delegation led by Speaker Batbold Enkh arrived in Astana on Monday. "
             "The delegation was received by the Kazakh President on Tuesday.")
    rows = events_with(ex, "Kazakhstan")
    assert any(r[0] == "meeting" and r[3] == "2025-09-16" and len(r[1]) == 2 for r in rows)


def test_the_delegation_holding_talks_is_the_one_that_arrived(run):
    ex = run("A Turkish trade delegation arrived in Nairobi on Monday. The delegation held talks with Kenyan "
             "officials on Tuesday.")
    assert {"Turkey", "Kenya"} in [set(r[1]) for r in _meetings(ex)]


def test_a_delegation_told_of_nowhere_is_no_guest(run):
    assert event_rows(run("The delegation was received by the Foreign Minister on Tuesday.")) == []


# -- a joint body's own sides -------------------------------------------------------------------------------------

def test_a_joint_body_between_two_states_meets_as_those_states(run):
    ex = run("The fifth session of the Intergovernmental Commission for Trade between the Republic of Croatia and "
             "the Republic of Uzbekistan took place in Zagreb on Monday.")
    assert [(set(r[1]), r[4]) for r in _meetings(ex)] == [({"Croatia", "Uzbekistan"}, "Zagreb")]


def test_a_joint_working_group_meets_as_the_two_states_named_before(run):
    ex = run("Uganda and Rwanda signed a cross-border trade accord in Kigali on Friday. The Joint Technical Working "
             "Group on the border will meet in Kampala next month.")
    assert {"Uganda", "Rwanda"} in [set(r[1]) for r in _meetings(ex) if r[2] == "scheduled"]


# -- three parties ------------------------------------------------------------------------------------------------

def test_the_three_after_three_states_are_those_states(run):
    ex = run("Slovenia hosted a trilateral meeting of the foreign ministers of Slovenia, Croatia and Hungary in "
             "Ljubljana on Monday, where the three signed a memorandum on river navigation.")
    assert any(r[0] == "signing" and set(r[1]) == {"Slovenia", "Croatia", "Hungary"} for r in event_rows(ex))


def test_the_three_leaders_are_the_three_states_named_before(run):
    ex = run("The prime ministers of Laos, Cambodia and Thailand gathered in Pakse on Friday. The three leaders "
             "signed a declaration on the Mekong.")
    assert any(r[0] == "signing" and set(r[1]) == {"Laos", "Cambodia", "Thailand"} for r in event_rows(ex))


def test_guests_welcomed_to_a_place_hung_on_them_are_met(run):
    ex = run("Vanuatu's prime minister has welcomed his Fijian and Tongan counterparts to Port Vila for talks on "
             "fisheries.")
    assert any({"Vanuatu", "Fiji", "Tonga"} <= set(r[1]) for r in _meetings(ex))


def test_welcoming_a_decision_is_no_meeting(run):
    assert event_rows(run("Kenya's president welcomed the decision to move the regional office to Nairobi.")) == []


# -- a bare title under a dateline that names the capital after its state ------------------------------------------

@pytest.mark.parametrize("text,state", [
    ("KUWAIT, Sept 16 (KUNA) -- The Amir received on Tuesday a cable of greetings and then met visiting Malian "
     "Prime Minister Abdoulaye Traore at Bayan Palace.", "Kuwait"),
    ("PANAMA, Sept 16 (Wire) - The President met Costa Rican President Elena Vargas on Tuesday to discuss the "
     "canal.", "Panama"),
])
def test_a_bare_title_stands_for_the_state_whose_capital_the_dateline_names(run, text, state):
    assert any(r[0] == "meeting" and state in r[1] and len(r[1]) == 2 for r in event_rows(run(text)))


def test_the_delegation_welcomed_at_the_airport_is_no_meeting(run):
    ex = run("A Nepali delegation led by Deputy Minister Ram Sharma arrived in Dhaka on Monday. The delegation was "
             "received at the airport by Additional Secretary Karim Hossain.")
    assert [r[0] for r in event_rows(ex)] == ["visit"]


def test_the_president_receiving_the_delegation_meets_it(run):
    ex = run("A Chilean business delegation led by Trade Minister Rosa Araya arrived in Montevideo on Monday. The "
             "Uruguayan President received the delegation on Tuesday.")
    assert any(r[0] == "meeting" and set(r[1]) == {"Chile", "Uruguay"} for r in event_rows(ex))
