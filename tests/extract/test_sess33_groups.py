"""Parties given as groups and bodies named by their members: members a later sentence tells as coming to a
gathering, "it brought together", bodies and meetings named "A-B ...", standing joint bodies, regional counterparts,
"the two sides": on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2063, 3, 1)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, members", [
    ("Kenya will host a regional summit on the Nile in Mombasa in June, State House said on Friday. The presidents of "
     "Uganda, Tanzania and Rwanda have confirmed their participation.", {"Uganda", "Tanzania", "Rwanda"}),
    ("The summit of Gulf leaders opened in Doha on Tuesday. The emirs of Kuwait and Qatar and the king of Bahrain "
     "attended.", {"Kuwait", "Qatar", "Bahrain"}),
    ("The annual summit of Pacific leaders, which Palau was to host in Koror, has been called off. The leaders of Fiji, "
     "Samoa and Tonga had confirmed their attendance.", {"Fiji", "Samoa", "Tonga"}),
    ("Chile's president will host a summit in Valparaiso next month. The heads of state of Peru, Bolivia and Ecuador "
     "are expected to take part.", {"Peru", "Bolivia", "Ecuador"}),
])
def test_members_told_after_a_gathering_take_part_in_it(run, text, members):
    rows = [r for r in event_rows(run(text)) if r[0] == "summit"]
    assert len(rows) == 1 and members <= rows[0][1], event_rows(run(text))


def test_attending_another_occasion_adds_no_one(run):
    text = ("Ghana will host a summit on cocoa prices in Accra in May. The presidents of Togo and Benin attended a "
            "funeral in Lome on Friday.")
    rows = [r for r in event_rows(run(text)) if r[0] == "summit"]
    assert all("Togo" not in r[1] for r in rows), rows


def test_a_refusal_after_a_gathering_is_no_attendance(run):
    text = ("Ghana will host a summit on cocoa prices in Accra in May. The presidents of Togo and Benin will not "
            "attend.")
    rows = [r for r in event_rows(run(text)) if r[0] == "summit" and r[2] != "declined"]
    assert all("Togo" not in r[1] for r in rows), event_rows(run(text))


def test_it_brought_together_is_the_gathering_just_told(run):
    text = ("The third Baltic Sea security conference opened in Gdansk on Monday. It brought together the defence "
            "ministers of Poland, Germany, Denmark and Sweden.")
    rows = event_rows(run(text))
    assert len(rows) == 1, rows
    assert {"Poland", "Germany", "Denmark", "Sweden"} <= rows[0][1]
    assert (rows[0][2], rows[0][3], rows[0][4]) == ("held", "2063-02-26", "Gdansk")


@pytest.mark.parametrize("text, sides", [
    ("The Franco-Italian Council of Ministers will meet in Genoa on 12 April.", {"France", "Italy"}),
    ("The 7th Mongolia-Kazakhstan Strategic Dialogue was held in Ulaanbaatar on Tuesday.", {"Mongolia", "Kazakhstan"}),
    ("The Azerbaijani-Georgian Joint Intergovernmental Commission held its 12th session in Tbilisi on Monday. The two "
     "sides signed three agreements on rail transit.", {"Azerbaijan", "Georgia"}),
])
def test_a_body_named_by_its_members_is_their_meeting(run, text, sides):
    rows = event_rows(run(text))
    assert rows and all(r[1] == sides for r in rows), rows


def test_a_business_council_of_two_states_is_no_meeting_of_theirs(run):
    text = ("The Tanzania-Zambia Business Council held its annual general meeting in Dar es Salaam on Friday, electing "
            "a new chairman.")
    assert event_rows(run(text)) == []


def test_a_standing_joint_body_convened_by_their_ministers_is_their_meeting(run):
    text = ("The prime ministers of Laos and Thailand spoke by phone on Monday and agreed that their interior ministers "
            "would convene the Joint Border Committee in Vientiane next month.")
    rows = [r for r in event_rows(run(text)) if r[0] != "call"]
    assert rows and rows[0][1] >= {"Laos", "Thailand"} and rows[0][2] == "agreed", rows


@pytest.mark.parametrize("text, group", [
    ("Iceland's prime minister will host her Nordic counterparts at a summit in Akureyri next month.",
     "Nordic counterparts"),
    ("The Turkish president held talks with his Central Asian counterparts in Ankara on Monday.",
     "Central Asian counterparts"),
])
def test_regional_counterparts_are_a_group(run, text, group):
    rows = event_rows(run(text))
    assert len(rows) == 1 and group in rows[0][1], rows


def test_regional_counterparts_met_in_a_capital_are_not_its_state(run):
    text = "Finland's prime minister will meet her Baltic counterparts in Tallinn on Friday."
    rows = event_rows(run(text))
    assert len(rows) == 1 and "Estonia" not in rows[0][1] and "Baltic counterparts" in rows[0][1], rows
