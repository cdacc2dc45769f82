"""Which meetings, talks, summits, visits and calls are diplomatic: a state's own organs sitting, companies, unions,
clubs, hospitals, storms and sports fixtures are none, and the real events beside them stay."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2038, 6, 9)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a state's own organs sitting as themselves --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pakistan's National Economic Council met in Islamabad on Monday and approved the development budget.",
    "The Politburo met in Hanoi on Tuesday to discuss the succession.",
    "Ghana's National Security Council will meet on Friday to review the situation in the north.",
    "Peru's Constitutional Tribunal met in Lima on Monday to rule on the appeal.",
    "The Federal Executive Council met in Abuja on Tuesday and approved a new refinery.",
])
def test_a_states_own_organ_sitting_alone_is_no_event(run, text):
    assert event_rows(run(text)) == []


def test_an_organ_met_beside_talks_between_two_states_keeps_the_talks(run):
    text = ("Zambia's National Security Council met on Monday, hours before President Chilufya Mwansa held talks "
            "with Malawian President Grace Phiri in Lusaka.")
    rows = event_rows(run(text))
    assert len(rows) == 1, rows
    assert events_with(run(text), "Mwansa", "Phiri")


def test_a_leader_chairing_his_own_states_committee_is_no_meeting(run):
    text = "Sri Lanka's president chaired a meeting of the National Disaster Management Council in Colombo on Monday."
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text,sides", [
    ("The African Union's Peace and Security Council met in Addis Ababa on Tuesday on the crisis in Chad.",
     ("African Union",)),  # the organ named for its body
    ("The UN special envoy, Ana Sofia Berg, met Libya's Presidential Council in Tripoli on Sunday.", ("Berg",)),
])
def test_bodies_of_states_and_organs_meeting_a_foreign_envoy_stay(run, text, sides):
    assert events_with(run(text), *sides), event_rows(run(text))


# -- companies, unions, clubs, hospitals, storms ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hyundai and the Korean Metal Workers' Union will resume wage talks in Ulsan on Monday.",
    "Mexico's labour minister and the teachers' unions held talks in Mexico City on Tuesday.",
    "The Continental Tour athletics meeting in Nairobi on Saturday will bring together runners from Kenya and Uganda.",
    "Typhoon Hagupit visited the northern Philippines last week, leaving thousands homeless.",
    "President Ruto visited Kenyatta National Hospital in Nairobi on Monday to see the victims of the fire.",
    "Thailand meet Vietnam in Bangkok tonight for a place in the final.",
    "Embraer and Boeing executives met in Sao Paulo on Monday to discuss a joint venture.",
    "Zimbabwe's ruling ZANU-PF will hold its national conference in Gweru in December.",
])
def test_non_diplomatic_senses_give_no_event(run, text):
    assert event_rows(run(text)) == []


def test_union_talks_beside_a_visit_keep_the_visit(run):
    text = ("Renault and the CGT union broke off talks on Tuesday, the day Moroccan Prime Minister Youssef Alaoui "
            "held talks with French Prime Minister Claire Dumont in Paris.")
    rows = event_rows(run(text))
    assert len(rows) == 1, rows
    assert events_with(run(text), "Alaoui", "Dumont")


def test_an_envoy_of_a_union_of_states_is_a_party(run):
    text = "The African Union Special Envoy, Amara Diallo, met Sudanese Prime Minister Kamal Idris in Port Sudan on Monday."
    assert events_with(run(text), "Idris"), event_rows(run(text))


def test_known_unions_of_states_are_parties(run):
    text = "The European Union and the African Union held talks in Brussels on Monday on migration."
    assert events_with(run(text), "European Union", "African Union"), event_rows(run(text))


def test_a_hospital_visit_beside_a_reception_keeps_the_reception(run):
    text = ("Prime Minister Imran Sheikh visited a hospital in Karachi on Monday and later received the Chinese "
            "foreign minister, Wang Lin, in Karachi.")
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] == "visit" and not any("Wang" in n or "China" in n for n in r[1])], rows
    assert events_with(run(text), "Sheikh", "Wang")


# -- calls ------------------------------------------------------------------------------------------

def test_a_call_received_from_a_named_leader_is_a_call(run):
    text = "President Omar Sy received a call on Monday from French President Claire Dumont about the drought."
    rows = events_with(run(text), "Sy", "Dumont")
    assert [r[0] for r in rows] == ["call"], event_rows(run(text))
    assert rows[0][3] == "2038-06-07"


@pytest.mark.parametrize("text", [
    "The minister received a call from the opposition for early elections.",
    "Prime Minister Ana Costa received a call from a journalist on Monday.",
    "The opposition renewed its call for talks on a new constitution.",
])
def test_appeals_and_other_calls_are_no_call(run, text):
    assert [r for r in event_rows(run(text)) if r[0] == "call"] == []
