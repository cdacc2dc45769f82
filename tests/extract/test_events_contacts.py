"""Contacts told in briefings, readouts and press releases: questions, labels, calls on, co-chairs, receptions."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a government transcript or release published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher="Government Press Office")


def test_a_yes_no_question_claims_no_event(run):
    asked = "QUESTION: Will President William Ruto meet President Yoweri Museveni in Kampala next week?"
    told = "SPOKESPERSON: President William Ruto will meet President Yoweri Museveni in Kampala next week."
    assert event_rows(run(asked)) == []
    assert [r[0] for r in events_with(run(told), "Ruto", "Museveni")] == ["meeting"]


def test_a_spokesperson_label_is_never_a_party(run):
    ex = run("DEPUTY FOREIGN MINISTRY SPOKESPERSON: The Minister spoke by phone with Ghana's foreign minister "
             "Samuel Ablakwa this morning.\n\nQUESTION: What did they discuss?")
    assert not any("spokesperson" in name.lower() for row in event_rows(ex) for name in row[1])


def test_the_partner_of_the_verb_a_call_frames(run):
    ex = run("Chilean Foreign Minister Alberto van Klaveren discussed lithium exports with his Bolivian counterpart "
             "Celinda Sosa during a telephone conversation on Monday.")
    assert [(r[0], r[3]) for r in events_with(ex, "van Klaveren", "Sosa")] == [("call", "2024-10-14")]


@pytest.mark.parametrize("text,expected", [
    ("The visiting Sri Lankan foreign minister called on Prime Minister Shehbaz Sharif in Islamabad on Tuesday.",
     [("meeting", "held")]),
    ("The European Union called on Prime Minister Shehbaz Sharif to release the detained journalists.", []),
    ("Opposition parties called on Prime Minister Shehbaz Sharif for an inquiry into the floods.", []),
])
def test_calling_on_a_person_is_a_meeting(run, text, expected):
    assert [(r[0], r[2]) for r in events_with(run(text), "Sharif")] == expected


def test_co_chair_is_one_verb_with_the_plain_lemma(nlp):
    doc = nlp("Ghana and Togo co-chaired the commission, which Benin will co-host next year.")
    assert [(t.text, t.lemma_) for t in doc if t.text.startswith("co-")] == [("co-chaired", "chair"),
                                                                              ("co-host", "host")]


def test_co_chairing_with_a_partner_is_a_meeting_of_the_two(run):
    ex = run("Ghanaian President John Mahama will travel to Abidjan next month for the fifth session of the "
             "Ghana-Cote d'Ivoire Joint Commission, which he will co-chair with President Alassane Ouattara.")
    assert [r[0] for r in events_with(ex, "Mahama", "Ouattara")] == ["meeting"]


def test_the_co_chairs_of_a_conference_take_part(run):
    ex = run("A donor conference co-chaired by Norway and Japan in Oslo on Monday raised $2 billion for Sudan.")
    assert [r[0] for r in events_with(ex, "Norway", "Japan")] == ["conference"]


def test_a_title_and_surname_label_names_that_person(run):
    ex = run("PRESIDENT MAHAMA: Yesterday I spoke by phone with President William Ruto about the border crossings.")
    assert [(r[0], r[1], r[3]) for r in event_rows(ex)] == [("call", frozenset({"Mahama", "William Ruto"}),
                                                              "2024-10-15")]


def test_the_body_opening_a_named_summit_attends_it(run):
    ex = run("President William Ruto will attend the IGAD Extraordinary Summit in Djibouti on Friday.")
    rows = events_with(ex, "IGAD", "Ruto")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("summit", "scheduled", "2024-10-18", "Djibouti")]


def test_a_named_summit_as_a_backdrop_stays_a_name(run):
    ex = run("President William Ruto and President Yoweri Museveni are expected to meet in Djibouti on the "
             "margins of the IGAD Extraordinary Summit.")
    assert [r[0] for r in event_rows(ex)] == ["meeting"]


def test_he_in_an_office_statement_is_not_the_office(run):
    ex = run("Chilean President Gabriel Boric will pay a state visit to Peru in May, during which he will hold "
             "talks with President Dina Boluarte, the presidential office said on Monday.")
    talks = [r for r in event_rows(ex) if r[0] == "talks"]
    assert [r[1] for r in talks] == [frozenset({"Gabriel Boric", "Dina Boluarte"})]


def test_a_sporting_meet_is_no_event(run):
    assert event_rows(run("Kenya will meet Uganda in the relay final of the East African championships "
                          "in Kampala on Saturday.")) == []


def test_an_event_that_did_not_take_place_was_cancelled(run):
    ex = run("The meeting of Kenyan and Ugandan trade ministers in Eldoret did not take place as planned.")
    assert [(r[0], r[2]) for r in events_with(ex, "Kenya", "Uganda")] == [("meeting", "cancelled")]


def test_a_journey_in_the_present_perfect_is_dated_today(run):
    ex = run("Ghanaian President John Mahama has landed in Nairobi for a three-day state visit.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Mahama")] == [("visit", "held", "2024-10-16")]
    assert event_rows(run("The Kenyan carrier landed a new contract in Accra.")) == []


def test_a_contact_on_a_trip_takes_the_trip_day(run):
    ex = run("Kenyan Foreign Minister Musalia Mudavadi will fly to Accra on Thursday, where he will meet "
             "President John Mahama.")
    meetings = [r for r in events_with(ex, "Mudavadi", "Mahama") if r[0] == "meeting"]
    assert [(r[2], r[3]) for r in meetings] == [("scheduled", "2024-10-17")]


def test_a_guest_received_by_a_host_meets_the_host(run):
    ex = run("Bolivian Foreign Minister Celinda Sosa was received by Peruvian President Dina Boluarte on Monday.")
    assert [(r[0], r[2]) for r in events_with(ex, "Sosa", "Boluarte")] == [("meeting", "held")]
    assert event_rows(run("The proposal was received by the ministry on Monday.")) == []


@pytest.mark.parametrize("text", [
    "Bolivia's refusal to attend the regional summit in Quito drew criticism.",
    "Bolivia's decision to skip the regional summit in Quito drew criticism.",
])
def test_the_one_who_refuses_stays_away(run, text):
    assert [(r[0], r[2], r[4]) for r in events_with(run(text), "Bolivia")] == [("summit", "declined", "Quito")]


def test_a_city_after_in_is_not_part_of_a_body_name(nlp):
    from spacy.tokens import Span

    from diplograph.extract.actors.names import repair_ents

    doc = nlp("The army boycotted talks with the Sudan Liberation Movement in Juba last week.")
    glued = Span(doc, 5, 11, label="ORG")  # as NER sometimes reads it: "the Sudan Liberation Movement in Juba"
    assert glued.text.endswith("in Juba")
    names = [e.text for e in repair_ents(doc, [glued], doc.text) if e.label_ == "ORG"]
    assert names == ["the Sudan Liberation Movement"]


def test_an_agreement_to_convene_a_special_session(run):
    ex = run("ECOWAS leaders ended their summit in Abuja on Sunday with an agreement to convene a special session "
             "on security in Accra in December.")
    agreed = [r for r in events_with(ex, "ECOWAS") if r[2] == "agreed"]
    assert [(r[0], r[3]) for r in agreed] == [("meeting", "2024-12")]


def test_a_building_named_like_a_body_is_the_place(run):
    ex = run("The visiting Zambian foreign minister called on President Samia Suluhu Hassan at State House "
             "on Tuesday.")
    assert [(r[0], r[4]) for r in events_with(ex, "Samia")] == [("meeting", "State House")]


def test_the_subject_meets_every_object(run):
    ex = run("Colombian President Gustavo Petro was due to meet members of Congress and officials of the Andean "
             "Community.")
    assert [r[1] for r in event_rows(ex)] == [frozenset({"Gustavo Petro", "Congress", "Andean Community"})]


def test_agreeing_that_a_meeting_would_be_held_is_agreed(nlp):
    from diplograph.extract.events.status import status_of

    doc = nlp("The two ministers agreed that the next joint commission meeting would be held in Lusaka in May, "
              "co-chaired by the two vice presidents.")
    assert status_of(next(t for t in doc if t.text == "meeting")) == "agreed"


def test_a_trip_to_meet_an_office_holder_is_the_meeting(run):
    ex = run("Estonian Foreign Minister Kaja Rebane will fly to Hanoi on Friday to meet Vietnam's prime minister.")
    assert [r[0] for r in events_with(ex, "Rebane", "Vietnam")] == ["meeting"]


def test_a_trip_where_a_named_person_is_met_types_the_contact(run):
    ex = run("Estonian Foreign Minister Kaja Rebane will travel to Hanoi next week, where she will meet Deputy Prime "
             "Minister Tran Van Loc.")
    assert "meeting" in [r[0] for r in events_with(ex, "Rebane", "Tran Van Loc")]


def test_a_trip_to_meet_a_states_officials_stays_a_visit(run):
    ex = run("Estonian Foreign Minister Kaja Rebane will travel to Hanoi next week to meet Vietnamese officials.")
    assert [r[0] for r in events_with(ex, "Rebane", "Vietnam")] == ["visit"]
