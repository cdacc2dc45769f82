"""The second party of a diplomatic contact that is no state: regional and de facto governments, opposition and
rebel sides, movements named by a front or an acronym, and bodies named with a nationality adjective."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import actor_names, event_rows, events_with, extractor

PUBLISHED = date(2044, 2, 10)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- regional governments and de facto authorities -------------------------------------------------

@pytest.mark.parametrize("text,sides", [
    ("Georgian and Abkhaz officials met in Gali on Monday to discuss the crossing points.", ("Georgia", "Abkhazia")),
    ("Moldova's deputy prime minister held talks with Transnistria's chief negotiator in Tiraspol on Tuesday.",
     ("Moldova", "Transnistria")),
    ("Turkish Cypriot negotiators met Greek Cypriot negotiators in Nicosia on Monday.", ("Cyprus", "Northern Cyprus")),
    ("Ethiopia's prime minister received a delegation from Somaliland in Addis Ababa on Monday.",
     ("Ethiopia", "Somaliland")),
    ("Iraq's finance minister met officials of the Kurdistan Regional Government in Baghdad on Tuesday.",
     ("Iraq", "Kurdistan Region")),
])
def test_a_regional_or_de_facto_government_is_a_party_of_its_own(run, text, sides):
    rows = events_with(run(text), *sides)
    assert rows, event_rows(run(text))
    assert rows[0][2] == "held"


def test_the_administration_of_a_region_is_the_region_not_its_state(run):
    text = "Negotiators from Somalia's federal government and the regional administration of Jubaland held talks in " \
           "Kismayo on Monday."
    assert events_with(run(text), "Somalia", "Jubaland"), event_rows(run(text))


def test_a_region_named_as_a_place_is_no_party(run):
    text = "Ukraine's foreign minister met his Turkish counterpart in Ankara on Monday, a day after visiting Abkhazia's " \
           "border with Russia."
    rows = event_rows(run(text))
    assert not any("Abkhazia" in n for r in rows for n in r[1]), rows


# -- opposition and rebel sides qualifying a person or group -----------------------------------------

@pytest.mark.parametrize("text,side", [
    ("The German chancellor met the exiled Venezuelan opposition leader in Berlin on Tuesday.", "opposition"),
    ("Britain's foreign secretary held talks with a delegation of Zimbabwean opposition leaders in London on Monday.",
     "opposition"),
])
def test_an_opposition_leader_speaks_for_the_opposition_not_the_state(run, text, side):
    rows = event_rows(run(text))
    assert any(any(side in n.lower() for n in r[1]) for r in rows), rows
    assert not any("Venezuela" in r[1] or "Zimbabwe" in r[1] for r in rows), rows


@pytest.mark.parametrize("text,state,group", [
    ("Chad's government and a coalition of armed opposition groups resumed talks in Doha on Monday.", "Chad",
     "opposition"),  # a coalition of groups: the groups
    ("Representatives of the Sudanese Revolutionary Front met the Egyptian foreign minister in Cairo on Monday.",
     "Egypt", "Revolutionary Front"),  # a movement's name with a nationality is its own
])
def test_a_group_is_the_party_beside_a_state(run, text, state, group):
    rows = events_with(run(text), state)
    assert rows and any(group in n for n in rows[0][1]), event_rows(run(text))


# -- movements named by a front, an acronym or after a nationality adjective -------------------------

def test_a_front_ner_missed_is_a_movement(run):
    text = "The Sahrawi Liberation Front held talks with Algerian officials in Tindouf on Monday."
    assert "Sahrawi Liberation Front" in actor_names(run(text)) or events_with(run(text), "Front"), \
        event_rows(run(text))


def test_an_unknown_acronym_after_the_is_a_body(run):
    text = "Indian officials held talks with the outlawed NSCN in Dimapur on Tuesday."
    assert events_with(run(text), "India", "NSCN"), event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The CEO met the board in Frankfurt on Monday.",
    "The GDP figures were discussed at the meeting.",
])
def test_common_abbreviations_are_no_bodies(run, text):
    assert event_rows(run(text)) == []


def test_a_group_named_after_a_nationality_adjective_is_its_own(run):
    text = "Norwegian diplomats met envoys of the Yemeni Houthis in Oslo on Monday."
    rows = event_rows(run(text))
    assert any({"Norway", "Yemeni Houthis"} == r[1] for r in rows), rows


def test_a_states_own_armed_forces_stay_the_state(run):
    text = "The Russian Armed Forces and Turkish officials held talks in Ankara on Monday."
    rows = event_rows(run(text))
    assert any({"Russia", "Turkey"} <= r[1] for r in rows), rows


# -- negatives -----------------------------------------------------------------------------------

def test_a_rebel_attack_is_no_event(run):
    text = "Fighters of the Arakan Army attacked a police post near Sittwe on Monday, the junta said."
    assert event_rows(run(text)) == []


def test_an_opposition_rally_is_no_event(run):
    text = "Serbia's opposition coalition held a rally in Novi Sad on Saturday."
    assert event_rows(run(text)) == []


# -- capitals paired on an event, groups of a body's people --------------------------------------

def test_two_capitals_dashed_on_an_event_noun_are_its_sides(run):
    text = "The next round of the Kinshasa-Kigali talks will be held in Luanda on March 3."
    rows = events_with(run(text), "Congo", "Rwanda")
    assert rows and rows[0][2] == "scheduled", event_rows(run(text))


def test_a_capital_compounding_an_event_alone_is_its_venue(run):
    text = "The Vienna talks between Iranian and European negotiators resumed on Monday."
    assert not any("Austria" in r[1] for r in event_rows(run(text))), event_rows(run(text))


def test_a_delegation_of_a_groups_negotiators_speaks_for_the_group(run):
    text = "A meeting on Friday between Nigeria's national security adviser and a delegation of the Niger Delta " \
           "Liberation Front's negotiators was called off."
    rows = event_rows(run(text))
    assert any("Nigeria" in r[1] and any("Front" in n for n in r[1]) and r[2] == "cancelled" for r in rows), rows


def test_representatives_of_a_government_and_a_rebel_movement_are_both_sides(run):
    text = "Representatives of Mozambique's government and the Renamo rebel movement resumed talks in Maputo on Monday."
    rows = event_rows(run(text))
    assert any("Mozambique" in r[1] and any("Renamo" in n for n in r[1]) for r in rows), rows


def test_talks_resumed_under_a_mediation_are_one_event(run):
    text = "Negotiators of Sudan's government and the Chadian government resumed direct talks in Doha on Monday " \
           "under Qatari mediation."
    rows = event_rows(run(text))
    assert [r[0] for r in rows] == ["talks"], rows


def test_a_trip_to_a_regional_seat_for_talks_has_the_region_as_party(run):
    text = "Austria's foreign minister, Lena Hofbauer, flew to Erbil on Tuesday for talks with the Kurdistan Region's " \
           "prime minister."
    assert events_with(run(text), "Hofbauer", "Kurdistan Region"), event_rows(run(text))


def test_a_nationality_before_a_clipped_title_is_the_state(run):
    text = "Kazakh Foreign Minister Aidos Nurlanov held talks with Tajik Foreign Minister Rustam Saidzoda in Astana " \
           "on Tuesday."
    assert not [n for n in actor_names(run(text)) if n.endswith("Foreign")], actor_names(run(text))
