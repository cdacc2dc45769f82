"""International bodies as parties: bodies told back by what they are, their missions' trips, their officials as the
body's side, and relief agencies and model bodies that are no party to diplomacy."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _described(nlp, text: str) -> list[tuple[str, str]]:
    """(words, actor key) of the mentions that name a body by what it is."""
    return [(m.text, m.key) for m in nlp(text)._.actors if m.kind == "description" and m.type == "organization"]


# -- a body told back by what it is -------------------------------------------------------------

@pytest.mark.parametrize("text,words,key", [
    ("Aid convoys were stopped at the border, a spokeswoman for the world body said on Tuesday.", "the world body",
     "org:un"),
    ("The OAS met in Washington. The 35-member organisation's permanent council will vote on Friday.",
     "The 35-member organisation", "org:oas"),
    ("The OSCE criticised the vote. An envoy of the Vienna-based body will travel there.", "the Vienna-based body",
     "org:osce"),
    ("The Arab League condemned the strikes. The 22-member league will meet on Sunday.", "The 22-member league",
     "org:arab-league"),
])
def test_a_body_described_is_the_one_named_before(nlp, text, words, key):
    assert (words, key) in _described(nlp, text)


def test_a_lone_forum_the_tagger_took_for_a_body_is_the_forum_named_before(nlp):
    doc = nlp("Pacific Islands Forum leaders arrived in Apia. The Forum's chair, Tuilagi Seiuli, opened the talks.")
    holders = [m for m in doc._.actors if m.type == "person" and m.role_of]
    assert [m.role_of for m in holders] == ["org:pacific-islands-forum"]


@pytest.mark.parametrize("text", [
    "Human Rights Watch said the organisation had documented the abuses.",
    "The African Union called for calm. The body of a fisherman was found on the beach.",
    "The European Union imposed sanctions. The opposition bloc walked out of parliament.",
])
def test_a_bare_organisation_a_corpse_or_a_domestic_bloc_is_no_body(nlp, text):
    assert _described(nlp, text) == []


# -- a body's team or mission travels -----------------------------------------------------------

@pytest.mark.parametrize("text,parts,status,day,place", [
    ("An AU assessment team arrived in Bangui on Sunday.", ("African Union", "Central African Republic"), "held",
     "2025-06-08", "Bangui"),
    ("An OSCE team will travel to Georgia next week.", ("OSCE", "Georgia"), "scheduled", "2025-W25", "Georgia"),
    ("Former Ghanaian president Kofi Asamoah will lead an ECOWAS mission to Conakry on Monday.",
     ("Kofi Asamoah", "Guinea"), "scheduled", "2025-06-16", "Conakry"),
    ("The Arab League sent an envoy to Tripoli on Tuesday.", ("Arab League", "Libya"), "held", "2025-06-10",
     "Tripoli"),
])
def test_a_bodys_team_mission_or_envoy_sent_abroad_is_its_visit(run, text, parts, status, day, place):
    rows = [r for r in events_with(run(text), *parts) if r[0] == "visit"]
    assert [(r[2], r[3], r[4]) for r in rows] == [(status, day, place)]


def test_the_mission_in_the_next_sentence_stands_for_who_leads_it(run):
    text = ("The EU will send a delegation to Yerevan on Friday. The delegation will meet Prime Minister Hovik "
            "Sargsyan.")
    assert events_with(run(text), "European Union", "Hovik Sargsyan")


@pytest.mark.parametrize("text", [
    "The Brazilian team flew to Lima for the qualifier on Sunday.",
    "The club will send a team to Quito for the final.",
    "A Peruvian team will travel to Bolivia next week.",
])
def test_a_squad_is_still_no_mission(run, text):
    assert event_rows(run(text)) == []


# -- an official of a body is its side ----------------------------------------------------------

def test_a_headline_title_and_the_named_holder_are_one_visit(run):
    text = ("OSCE Secretary General to visit Georgia\n\nThe Secretary General of the OSCE, Ingrid Holm-Stavik, "
            "will visit Georgia on 20 June.")
    visits = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert len(visits) == 1 and visits[0][2:4] == ("scheduled", "2025-06-20")


# -- relief agencies and model bodies -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ICRC held a meeting in Geneva on Monday on conditions in detention.",
    "The executive board of UNICEF met in New York on Tuesday.",
    "Students from 30 schools held a Model United Nations summit in Nairobi on Saturday.",
])
def test_a_relief_agency_sitting_alone_or_a_model_body_is_no_diplomacy(run, text):
    assert event_rows(run(text)) == []


def test_a_relief_agency_meeting_a_states_leader_is_still_a_meeting(run):
    text = "The head of UNICEF met Yemen's prime minister in Aden on Monday."
    rows = events_with(run(text), "UNICEF", "Yemen")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-06-09", "Aden")]


# -- a lone organ word after one grouping -------------------------------------------------------

@pytest.mark.parametrize("text,key", [
    ("SADC leaders met in Gaborone. The Secretariat will send observers to Maputo.", "org:sadc"),
    ("IGAD condemned the fighting. The Commission said it was ready to help.", "org:igad"),
])
def test_a_lone_secretariat_or_commission_is_the_grouping_named_before(nlp, text, key):
    assert [m.key for m in nlp(text)._.actors if m.text in ("Secretariat", "Commission")] == [key]


def test_a_commission_after_a_national_one_stays_apart(nlp):
    doc = nlp("IGAD condemned the fighting. Kenya's Electoral Commission met. The Commission set a date.")
    assert "org:igad" not in [m.key for m in doc._.actors if m.text == "Commission"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Aiko Tanabe will lead a delegation to Hanoi for the next session of the joint committee.",
    "The minister will lead a delegation to Accra on Monday, where she will co-chair the joint commission.",
    "The deputy premier led a delegation to the ASEAN ministers' meeting in Vientiane last week.",
])
def test_a_group_sent_for_a_contact_or_a_gathering_is_that_event_not_a_trip(run, text):
    assert [r for r in event_rows(run(text)) if r[0] == "visit"] == []
