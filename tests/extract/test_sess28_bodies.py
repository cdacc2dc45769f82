"""Joint bodies' sittings as the member states' meetings: moved, called off, convened, told back; follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2031, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _one(run, text, *sides):
    rows = events_with(run(text), *sides)
    assert len(rows) == 1, event_rows(run(text))
    return rows[0]


# -- a body whose sitting was set, moved or called off -----------------------------------------

@pytest.mark.parametrize("text,sides,status,day", [
    ("The Malawi–Mozambique Joint Permanent Commission, which was to meet in Blantyre on Friday, has been called "
     "off.", ("Malawi", "Mozambique"), "cancelled", "2031-03-14"),
    ("The Chile–Bolivia Joint Border Committee, which had been due to meet in Arica this week, has been "
     "postponed indefinitely.", ("Chile", "Bolivia"), "cancelled", None),
    ("The ninth meeting of the EU–Armenia Partnership Council has been moved to 4 April.", ("European Union",
                                                                                            "Armenia"),
     "scheduled", "2031-04-04"),
])
def test_a_bodys_sitting_moved_or_called_off_is_the_members_meeting(run, text, sides, status, day):
    row = _one(run, text, *sides)
    assert row[2] == status
    if day is not None:
        assert row[3] == day


def test_a_body_that_is_suspended_is_no_meeting(run):
    assert event_rows(run("The Malawi–Mozambique Joint Permanent Commission was suspended in 2029.")) == []


def test_a_postponed_meeting_that_will_now_take_place_is_scheduled(run):
    row = _one(run, "The trilateral meeting of Ghana, the Republic of the Congo and Gabon, postponed last month, "
               "will now take place on Tuesday in Libreville.", "Ghana", "Gabon")
    assert row[2:] == ("scheduled", "2031-03-18", "Libreville")
    assert any("Congo" in n for n in row[1])


# -- convening a joint body --------------------------------------------------------------------

@pytest.mark.parametrize("text,sides,place", [
    ("Tunisia and Algeria agreed to convene the joint commission in Algiers next month.", ("Tunisia", "Algeria"),
     "Algiers"),
    ("The foreign ministers of Benin, Niger and Nigeria agreed on Monday to convene the tripartite mechanism in "
     "Abuja in May.", ("Benin", "Niger", "Nigeria"), "Abuja"),
])
def test_convening_the_joint_body_is_a_new_sitting(run, text, sides, place):
    row = _one(run, text, *sides)
    assert row[2] == "agreed" and row[4] == place


def test_their_chiefs_meet_for_the_sides_who_said_so(run):
    text = ("Kyrgyz President Almaz Toktogulov and Tajik President Rustam Nazarov held talks in Bishkek on Tuesday "
            "and said their border chiefs would meet in Dushanbe next month.")
    row = _one(run, text, "Kyrgyzstan", "Tajikistan")
    assert row[2:] in {("scheduled", "2031-04", "Dushanbe"), ("agreed", "2031-04", "Dushanbe")}


# -- the body's name split or told back --------------------------------------------------------

def test_the_body_told_back_is_its_pair(run):
    text = ("The 12th meeting of the Azerbaijan–Georgia Intergovernmental Commission was held in Baku on Tuesday. "
            "The sides agreed to hold the next meeting of the Commission in Tbilisi in 2032.")
    rows = events_with(run(text), "Azerbaijan", "Georgia")
    assert sorted((r[2], r[3], r[4]) for r in rows) == [("agreed", "2032", "Tbilisi"), ("held", "2031-03-11", "Baku")]


def test_a_meeting_of_the_dash_named_council_has_both_sides(run):
    row = _one(run, "The fourth meeting of the EU–Moldova Association Council will take place in Brussels on "
               "Monday.", "European Union", "Moldova")
    assert row[2] == "scheduled"


def test_a_cooperation_council_with_a_state_is_no_party(run):
    rows = event_rows(run("Bulgarian Prime Minister Stefan Dimitrov proposed on Tuesday that the High-Level "
                          "Cooperation Council with Romania meet in Ruse in the autumn."))
    assert len(rows) == 1 and rows[0][2] == "proposed", rows
    assert not any("Council" in n for n in rows[0][1]) and any("Romania" in n for n in rows[0][1])


# -- days --------------------------------------------------------------------------------------

def test_said_after_meeting_takes_the_dated_clause(run):
    row = _one(run, "Laos and Thailand agreed on Monday to reopen the Friendship Bridge crossing, Foreign Minister "
               "Somphone Keola said after meeting his Thai counterpart, Anuwat Srisuk, in Vientiane.", "Keola",
               "Srisuk")
    assert row[2:4] == ("held", "2031-03-10")


def test_a_plan_floated_during_a_call_does_not_take_the_calls_day(run):
    rows = event_rows(run("Singapore's prime minister floated a summit with the leaders of Malaysia and Indonesia "
                          "in Singapore during a telephone call with Malaysian Prime Minister Farid Rahman on "
                          "Monday, his office said."))
    plans = [r for r in rows if r[2] == "proposed"]
    assert plans and all(r[3] != "2031-03-10" for r in plans), rows


# -- negatives ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The joint committee of the Zambia Football Association and the Malawi Football Association will meet in "
    "Lusaka next week to set a date for the friendly.",
    "The Fulbright binational commission has moved its scholarship interviews to 4 April.",
])
def test_non_diplomatic_bodies_are_no_meeting(run, text):
    assert event_rows(run(text)) == []
