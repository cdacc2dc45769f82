"""A body's gathering and the members who stay away from it; several states' ministers named in one "of" list."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- stay-aways told by other words than "skip" or "did not attend" ------------------------------

@pytest.mark.parametrize("text,absent,status_of_body", [
    ("SADC ministers will meet in Gaborone on Friday to discuss the drought. Lesotho will not be there.",
     "Lesotho", "scheduled"),
    ("SADC ministers will meet in Gaborone on Friday to discuss the drought. Lesotho will not be present.",
     "Lesotho", "scheduled"),
    ("SADC ministers met in Gaborone on Monday to discuss the drought. Lesotho sent no delegation.",
     "Lesotho", "held"),
    ("SADC ministers met in Gaborone on Monday to discuss the drought. Lesotho sent no one to the meeting.",
     "Lesotho", "held"),
    ("SADC ministers will meet in Gaborone on Friday. Lesotho said it would boycott the session.",
     "Lesotho", "scheduled"),
])
def test_a_member_staying_away_is_a_refusal_apart_from_the_gathering(run, text, absent, status_of_body):
    rows = event_rows(run(text))
    assert [r[2] for r in events_with(run(text), absent)] == ["declined"]
    body = [r for r in rows if not any(absent in n for n in r[1])]
    assert [r[2] for r in body] == [status_of_body]
    assert {r[4] for r in rows} == {"Gaborone"}


def test_each_of_two_members_staying_away_is_its_own_refusal(run):
    text = ("Leaders of the Arab Maghreb Union met in Rabat on Tuesday, though Libya and Mauritania shunned the "
            "gathering.")
    refusals = [r for r in event_rows(run(text)) if r[2] == "declined"]
    assert sorted(sorted(n for n in r[1] if "Union" not in n) for r in refusals) == [["Libya"], ["Mauritania"]]


def test_a_past_refusal_is_from_the_gathering_held_not_the_next(run):
    text = ("IGAD leaders ended a summit in Djibouti on Monday and will meet again in Kampala on 30 June. "
            "Eritrea's president, invited as a guest, declined to travel.")
    rows = events_with(run(text), "Eritrea")
    assert [(r[2], r[3], r[4]) for r in rows] == [("declined", "2025-06-09", "Djibouti")]


def test_a_state_the_parser_took_for_an_adverb_still_stays_away(run):
    text = ("Pacific leaders held their summit in Apia on Monday. Nauru, at odds with the others over fishing "
            "licences, sent no one to the talks.")
    assert [r[2] for r in events_with(run(text), "Nauru")] == ["declined"]


@pytest.mark.parametrize("text", [
    "SADC ministers met in Gaborone on Monday. Lesotho did not take part in the vote.",
    "SADC ministers met in Gaborone on Monday. Lesotho sent a delegation.",
    "SADC ministers met in Gaborone on Monday. Lesotho will be there.",
])
def test_no_refusal_without_staying_away(run, text):
    assert [r for r in event_rows(run(text)) if r[2] == "declined"] == []


# -- "the ministers of A, B and C", a speaker's phrase as well ----------------------------------

@pytest.mark.parametrize("text,day", [
    ("The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday, vowing to deepen "
     "cooperation.", "2025-06-09"),
    ("The trade ministers of Chile, Peru and Colombia met in Lima on Monday, stressing the need for open "
     "markets.", "2025-06-09"),
])
def test_ministers_of_a_listed_few_states_are_those_states_when_they_also_speak(run, text, day):
    rows = [r for r in event_rows(run(text)) if r[2] == "held"]
    assert len(rows) == 1 and len(rows[0][1]) == 3 and rows[0][3] == day
    assert not any("ministers" in n for n in rows[0][1])


def test_they_opening_the_next_sentence_are_the_states_of_the_subject_before(run):
    text = ("The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday, vowing to deepen "
            "cooperation. They will meet again in Vilnius in September.")
    rows = events_with(run(text), "Estonia", "Latvia", "Lithuania")
    assert sorted((r[2], r[4]) for r in rows) == [("held", "Riga"), ("scheduled", "Vilnius")]



def test_their_people_opening_a_sentence_are_the_listed_states_before(run):
    text = ("Kenya, Uganda, the Democratic Republic of the Congo and Rwanda held talks in Kigali on Monday on a "
            "regional power line. Their presidents are expected to meet at a summit in Nairobi in August.")
    rows = [r for r in event_rows(run(text)) if len(r[1]) == 4]
    assert sorted((r[2], r[4]) for r in rows) == [("held", "Kigali"), ("scheduled", "Nairobi")]


# -- a body's council named by its head word; a name that only uses an event word as a modifier -------

def test_a_council_whose_name_holds_an_event_word_as_modifier_still_meets(run):
    text = "The next meeting of the ASEAN Ministerial Council will take place in Manila on 20 June."
    assert [(r[2], r[4]) for r in events_with(run(text), "ASEAN")] == [("scheduled", "Manila")]


def test_an_event_named_by_its_head_word_is_still_no_body(run):
    assert event_rows(run("The Summit of the Andes will take place in Quito on 20 June.")) == []


def test_council_members_and_the_council_are_the_council_named_before(run):
    text = ("The Permanent Council of the OAS held a special session in Washington on Monday on the crisis in Haiti. "
            "Council members agreed to meet again on 30 June.")
    rows = [r for r in events_with(run(text), "Organization of American States") if r[2] == "agreed"]
    assert [(r[3]) for r in rows] == ["2025-06-30"]


def test_the_people_of_a_body_that_met_receiving_a_guest_is_a_meeting_of_its_own(run):
    text = ("ASEAN foreign ministers met in Jakarta on Monday. The ministers later received New Zealand's foreign "
            "minister, Sarah Whitcombe.")
    rows = event_rows(run(text))
    assert sorted(len(r[1]) for r in rows if r[2] == "held") == [1, 2]


# -- signings done at a contact told in the same phrase ------------------------------------------

@pytest.mark.parametrize("text", [
    "Ghana and Togo signed four agreements after talks between presidents Kofi Mensah and Kodjo Agbeyome in Lomé "
    "on Monday.",
    "Ghana's minister met Togo's minister in Lomé on Monday. On the margins of the meeting, Ghana and Togo signed "
    "an agreement on fisheries.",
])
def test_a_signing_at_a_contact_takes_its_day_and_place(run, text):
    rows = [r for r in event_rows(run(text)) if r[0] == "signing"]
    assert [(r[3], r[4]) for r in rows] == [("2025-06-09", "Lomé")]


# -- agreed next meetings named by "the next one" or by a joint format ---------------------------

def test_the_next_one_is_the_next_gathering_of_the_body_told_before(run):
    text = ("Leaders of the Caribbean Community closed their summit in Bridgetown on Monday, agreeing that Kingston "
            "will host the next one in 2026.")
    rows = sorted((r[2], r[4]) for r in event_rows(run(text)))
    assert rows == [("agreed", "Kingston"), ("held", "Bridgetown")]


@pytest.mark.parametrize("text", ["No one came to the next one.", "The next one arrived on Monday."])
def test_the_next_one_without_a_gathering_told_is_nothing(run, text):
    assert event_rows(run(text)) == []


def test_a_binational_cabinet_is_a_meeting_of_the_two_states(run):
    text = "Peru and Bolivia agreed on Monday to hold their next binational cabinet in Puno in October."
    assert [(r[2], r[3], r[4]) for r in events_with(run(text), "Peru", "Bolivia")] == [("agreed", "2025-10", "Puno")]


@pytest.mark.parametrize("text", ["The cabinet met on Monday to discuss the budget.",
                                  "The president reshuffled his cabinet on Monday."])
def test_a_cabinet_of_one_state_is_no_diplomacy(run, text):
    assert event_rows(run(text)) == []


# -- where and when a body's sitting and the contacts beside it happen --------------------------

@pytest.mark.parametrize("text,place", [
    ("NEW YORK, June 11 (Wire) - The UN Security Council met on Tuesday to discuss the border clashes.", "New York"),
    ("GENEVA, June 11 (Wire) - The UN Human Rights Council met on Tuesday to discuss the border clashes.", "Geneva"),
    ("LONDON, June 11 (Wire) - The UN Security Council met on Tuesday to discuss the border clashes.", None),
])
def test_a_bodys_own_sitting_placed_nowhere_is_at_its_seat_under_that_dateline(run, text, place):
    assert [r[4] for r in event_rows(run(text))] == [place]


def test_a_meeting_on_the_bare_sidelines_takes_the_bodys_gathering_day_and_place(run):
    text = ("AU foreign ministers gathered in Malabo on Monday for their executive council. On the sidelines, "
            "Kenya's foreign minister Grace Wambui and her Ethiopian counterpart Dawit Alemu met to discuss trade.")
    rows = events_with(run(text), "Wambui", "Alemu")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-06-09", "Malabo")]


def test_a_city_in_a_phrase_on_the_format_is_the_place(run):
    text = "The foreign ministers of Spain, Italy and Greece met in the Med5 format in Thessaloniki on Monday."
    assert [r[4] for r in event_rows(run(text))] == ["Thessaloniki"]
