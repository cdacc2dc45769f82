"""Plans told as agreed, joined or framed by a trip: who meets when two sides agree their people will, and the time
an undated plan takes from the plan it belongs to (rules from the session's plans class, on invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2081, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _row(rows, place):
    found = [r for r in rows if r[4] == place]
    assert len(found) == 1, rows
    return found[0]


@pytest.mark.parametrize("agreement", [
    "the two leaders agreed that their interior ministers would meet in Conakry next month",
    "the two leaders agreed their interior ministers should meet in Conakry next month",
    "the pair decided that officials would meet in Conakry next month",
])
def test_people_an_agreement_frames_meet_for_the_agreeing_states(run, agreement):
    text = ("Sierra Leone's President Foday Kamara spoke by telephone on Tuesday with Guinea's President Mamadou "
            f"Barry about the fishing dispute, and {agreement}.")
    row = _row(event_rows(run(text)), "Conakry")
    assert row[1] == {"Sierra Leone", "Guinea"} and row[2] == "agreed" and row[3] == "2081-07", row


def test_a_leader_of_no_named_state_agrees_for_the_datelines_state(run):
    text = ("MONROVIA, June 11 (Wire) - President Joseph Toe said on Wednesday that he had spoken by phone with "
            "Ivorian President Kouadio Yao on Tuesday night and that the two had agreed their foreign ministers would "
            "meet in Abidjan on June 20.")
    row = _row(event_rows(run(text)), "Abidjan")
    assert row[1] == {"Liberia", "Ivory Coast"} and row[2] == "agreed" and row[3] == "2081-06-20", row


def test_without_a_dateline_no_side_of_unknown_state_is_made_up(run):
    text = ("President Joseph Toe said on Wednesday that he had spoken by phone with Ivorian President Kouadio Yao "
            "on Tuesday night and that the two had agreed their foreign ministers would meet in Abidjan on June 20.")
    rows = event_rows(run(text))
    assert not any(r[4] == "Abidjan" and "Joseph Toe" in r[1] for r in rows), rows


def test_people_the_words_place_are_not_the_agreeing_sides(run):
    text = ("Sierra Leone's President Foday Kamara spoke by telephone on Tuesday with Guinea's President Mamadou "
            "Barry, and the two agreed that Liberian officials would travel to Conakry next month.")
    rows = event_rows(run(text))
    assert not any(r[1] == {"Sierra Leone", "Guinea"} and r[4] == "Conakry" for r in rows), rows


def test_a_plan_one_side_makes_for_its_own_ministers_names_no_other_side(run):
    rows = event_rows(run("Sierra Leone decided on Tuesday that its ministers would visit Conakry next month."))
    assert not any(r[2] == "agreed" and "Guinea" in r[1] for r in rows), rows


def test_a_plan_joined_to_a_dated_one_takes_its_day(run):
    text = ("Mauritania's President Sidi Ould Cheikh will attend the Sahel security summit in Bamako on Monday, the "
            "presidency said on Tuesday, and will hold a bilateral meeting with Mali's transitional president.")
    rows = event_rows(run(text))
    meeting = [r for r in rows if r[0] != "summit" and "Mali" in r[1]]
    assert len(meeting) == 1 and meeting[0][2] == "scheduled" and meeting[0][3] == "2081-06-16", rows


def test_a_plan_joined_to_an_undated_one_stays_undated(run):
    text = ("Mauritania's President Sidi Ould Cheikh will attend the Sahel security summit in Bamako, the "
            "presidency said, and will hold a bilateral meeting there with Mali's transitional president.")
    rows = event_rows(run(text))
    meeting = [r for r in rows if r[0] != "summit" and "Mali" in r[1]]
    assert all(r[3] is None for r in meeting), rows


def test_an_undated_programme_item_takes_the_month_of_the_trip_told_before(run):
    text = ("DHAKA, June 11 (Wire) - President Rafiqul Karim will pay a state visit to Kathmandu next month at the "
            "invitation of the Nepali president, the presidency said. The two heads of state will open the third "
            "meeting of the Bangladesh-Nepal Joint Commission on Power Trade.")
    rows = event_rows(run(text))
    plan = [r for r in rows if r[0] != "visit"]
    assert len(plan) == 1 and plan[0][2] == "scheduled" and plan[0][3] == "2081-07", rows
