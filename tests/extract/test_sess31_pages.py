"""Where and when events on long pages are: an earlier occurrence told as "last held", a held claim told before the
event's day, a dateline's city against a visit abroad, days counted from the narrative, a press release's dateline
ended by a full stop and a state's name the tagger took for a body (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.events.coref import _not_yet_held
from diplograph.records import Mention, StatusClaim
from diplograph.timex.dateline import dateline_place
from harness import event_rows, events_with, extractor

PUBLISHED = date(2052, 3, 8)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_meeting_last_held_years_ago_is_not_the_sideline_talks(run):
    text = ("Foreign ministers of the Andean Community met in Quito on Wednesday. On the sidelines, Colombia's Foreign "
            "Minister Camilo Restrepo held talks with Peru's Foreign Minister Rosa Ccahuana. The ministers' meeting "
            "was last held in Bolivia in 2040.")
    talks = [r for r in events_with(run(text), "Restrepo", "Ccahuana") if r[0] == "talks"]
    assert [(r[2], r[3], r[4]) for r in talks] == [("held", "2052-03-06", "Quito")], event_rows(run(text))


def test_an_object_last_held_is_an_earlier_occurrence(run):
    text = ("Colombia's Foreign Minister Camilo Restrepo held talks with Peru's Foreign Minister Rosa Ccahuana in "
            "Leticia on Wednesday. The two countries last held a summit in 2031.")
    rows = event_rows(run(text))
    assert ("2052-03-06", "Leticia") in {(r[3], r[4]) for r in rows if r[0] == "talks"}, rows
    assert all(r[3] != "2031" for r in rows if r[0] == "talks"), rows


def test_a_dateline_capital_does_not_place_talks_held_on_a_visit_abroad(run):
    text = ("TBILISI - Georgian President Levan Kiknadze returned home on Friday from Yerevan, where he paid an "
            "official visit to Armenia. Kiknadze and Armenian President Armen Sargsyan-Hakobyan held talks on "
            "Thursday at the presidential residence.")
    rows = event_rows(run(text))
    talks = [r for r in rows if r[0] == "talks"]
    assert [(r[3], r[4]) for r in talks] == [("2052-03-07", "Yerevan")], rows
    assert [r[4] for r in rows if r[0] == "visit"] == ["Yerevan"], rows


def test_a_dateline_capital_still_places_talks_at_home(run):
    text = ("TBILISI - Georgian President Levan Kiknadze held talks with Armenian President Armen Sargsyan-Hakobyan "
            "at the presidential palace on Thursday.")
    rows = [r for r in event_rows(run(text)) if r[0] in ("talks", "meeting")]
    assert [r[4] for r in rows] == ["Tbilisi"], rows


def test_a_day_named_beside_a_count_from_the_narrative_dates_the_event(run):
    text = ("Chadian Foreign Minister Mahamat Abakar met his Cameroonian counterpart in Yaounde on Monday. Two days "
            "later, on Wednesday, Abakar held talks with Nigerian Foreign Minister Ibrahim Danjuma in Abuja.")
    rows = [r for r in events_with(run(text), "Abakar", "Danjuma")]
    assert [(r[2], r[3]) for r in rows] == [("held", "2052-03-06")], event_rows(run(text))


def test_a_press_release_dateline_ended_by_a_full_stop_places_its_talks(run):
    text = ("Lome, 8 March 2052. Ghana's Foreign Minister Kofi Adjei-Boateng held talks with Togo's Foreign Minister "
            "Komlan Agbeko on Thursday.")
    rows = [r for r in event_rows(run(text)) if r[0] == "talks"]
    assert [(r[3], r[4]) for r in rows] == [("2052-03-07", "Lome")], event_rows(run(text))


@pytest.mark.parametrize("text, place", [
    ("Lome, 8 March 2052. The Minister received the ambassadors.", "Lome"),
    ("Monday, 4 March 2052. The talks went on.", None),
    ("The talks ended on 4 March 2052. They will resume.", None),
])
def test_dateline_places(text, place):
    assert dateline_place(text) == place


def test_a_state_the_tagger_took_for_a_body_places_a_gathering(run):
    rows = event_rows(run("Pacific Islands Forum leaders will gather in Samoa next month."))
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2052-04", "Samoa")], rows


def test_a_held_claim_made_before_the_event_s_first_day_is_a_plan():
    mention = Mention("case", 0, 4, "meet")
    told = [StatusClaim("held", "case", date(2052, 3, 8), None, mention),
            StatusClaim("scheduled", "case", date(2052, 3, 8), None, mention)]
    ahead = _not_yet_held(told, (date(2052, 3, 12), date(2052, 3, 12)), PUBLISHED)
    assert [c.status for c in ahead] == ["scheduled", "scheduled"]
    gone = _not_yet_held(told, (date(2052, 3, 5), date(2052, 3, 5)), PUBLISHED)
    assert [c.status for c in gone] == ["held", "scheduled"]
    assert _not_yet_held(told, None, PUBLISHED) == told


def test_a_meeting_held_before_the_report_stays_held(run):
    text = "Mercosur foreign ministers met in Montevideo on Tuesday to review the customs code."
    rows = event_rows(run(text))
    assert [(r[2], r[3]) for r in rows] == [("held", "2052-03-05")], rows
