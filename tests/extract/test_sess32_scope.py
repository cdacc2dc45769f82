"""What is no diplomatic event: a mountain's summit, a mock summit, gatherings told as a habit, a leader's tour of a
site at home, a department meeting its own people and a government meeting its own regions' heads — beside true
contacts the same checks must keep (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.events.sectors import sector_body, state_office, subnational
from harness import event_rows, events_with, extractor

PUBLISHED = date(2057, 5, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_mountain_summit_is_no_summit(run):
    text = ("Three Chilean climbers scaled the summit of Aconcagua on Thursday, the national mountaineering "
            "federation said. A Peruvian team reached the summit of Huascaran a day earlier.")
    assert [r for r in event_rows(run(text)) if r[0] == "summit"] == [], event_rows(run(text))


def test_a_leaders_summit_reached_by_a_verb_of_arrival_stays(run):
    text = "Leaders of Mercosur will hold a summit in Asuncion on Monday to discuss the trade deal with Japan."
    assert [r[0] for r in event_rows(run(text))] == ["summit"], event_rows(run(text))


def test_a_mock_summit_of_schoolchildren_is_no_event(run):
    text = ("Schoolchildren from Ghana and Togo took part in a mock African Union summit in Lome on Wednesday, "
            "debating a resolution on plastic waste.")
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_gatherings_told_as_a_habit_are_no_event(run):
    text = ("Chile's Foreign Minister Ignacio Valdes met Argentina's Foreign Minister Paula Sosa at the Palacio San "
            "Martin on Thursday, a building where the two governments' cabinets hold their meetings.")
    rows = event_rows(run(text))
    assert len(rows) == 1 and events_with(run(text), "Valdes", "Sosa"), rows


def test_a_leaders_tour_of_an_industrial_park_is_no_visit(run):
    text = ("Prime Minister Dawit Alemayehu visited the Hawassa Industrial Park on Saturday and toured a new "
            "garment plant, state television reported.")
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_foreign_leaders_visit_to_a_state_with_a_park_on_the_way_stays(run):
    text = ("Kenya's President Amina Wekesa arrived in Addis Ababa on Thursday for a three-day state visit to "
            "Ethiopia and will visit the Hawassa Industrial Park on Saturday.")
    rows = [r for r in event_rows(run(text)) if r[0] == "visit" and "Ethiopia" in r[1]]
    assert rows and rows[0][2] == "held", event_rows(run(text))


def test_relatives_meeting_their_own_foreign_ministry_is_no_event(run):
    text = "Relatives of the detained sailors met officials of the Foreign Ministry in Manila on Tuesday."
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_a_government_meeting_its_own_regions_heads_is_no_event(run):
    text = ("President Lucia Ortega met the governors of the Mexican states in Monterrey on Monday to agree on "
            "water-sharing rules for the drought.")
    assert event_rows(run(text)) == [], event_rows(run(text))


def test_states_of_a_region_stay_parties(run):
    text = "Foreign ministers of the Gulf states met their Central Asian counterparts in Tashkent on Wednesday."
    assert event_rows(run(text)), event_rows(run(text))


def test_names_of_regions_and_offices():
    assert subnational("the 16 German states") and subnational("Nigeria's 36 states")
    assert subnational("the eastern provinces")
    assert not subnational("Gulf states") and not subnational("Central Asian states")
    assert not subnational("Organization of American States") and not subnational("small island developing States")
    assert state_office("Foreign Office") and state_office("the State Department")
    assert not state_office("United Nations Office for Project Services")
    assert sector_body("the Hawassa Industrial Park") and sector_body("Kaesong Industrial Zone")
    assert not sector_body("euro zone") and not sector_body("Park Jin") and not sector_body("Camp David")


def test_talks_on_a_players_transfer_are_no_event(run):
    text = ("Club Olimpia has opened talks with Penarol about the transfer of striker Diego Benitez, the club's "
            "chairman told ABC Color on Thursday.")
    assert event_rows(run(text)) == [], event_rows(run(text))
