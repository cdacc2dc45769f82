"""Where and when events on long pages happen: datelines, other calendars, sources, trips, gatherings, live blogs."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.ingest.clean.page import clean
from diplograph.timex import tag
from diplograph.timex.dateline import dateline, dateline_place
from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2046, 5, 8)  # a Tuesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Daily Ledger")


@pytest.mark.parametrize("line,day,place", [
    ("LUSAKA (6 May 2046) - Zambia and Malawi ...", date(2046, 5, 6), "Lusaka"),
    ("Riyadh, 19 Shawwal 1467 AH, corresponding to 5 May 2046 (SPA) - The Crown Prince ...", date(2046, 5, 5),
     "Riyadh"),
    ("Tehran, 16 Ordibehesht 1425, equivalent to May 6, 2046 (IRNA) -- Iran's ...", date(2046, 5, 6), "Tehran"),
])
def test_a_dateline_gives_its_day_in_brackets_or_after_another_calendars(line, day, place):
    assert dateline(line, PUBLISHED)[0] == day
    assert dateline_place(line) == place


def test_another_calendars_date_stands_for_the_gregorian_day_beside_it():
    text = "They will meet on 2 Khordad 1425, corresponding to 23 May 2046, in Yerevan."
    found = [tx for tx in tag(text, PUBLISHED) if tx.type == "DATE"]
    assert [(tx.text, tx.value) for tx in found] == [("2 Khordad 1425, corresponding to 23 May 2046", "2046-05-23")]
    assert [tx.value for tx in tag("They met on 2 Khordad, the minister said.", PUBLISHED) if tx.value[:1] == "2"] \
        != ["2046-05-23"]  # no Gregorian day beside it: nothing made up


def test_an_event_dated_in_another_calendar_takes_the_gregorian_day(run):
    rows = events_with(run("TEHRAN, 18 Ordibehesht 1425, corresponding to 8 May 2046 (IRNA) -- Iran's Foreign Minister "
                           "Hossein Rahimi Tabar received Armenia's Foreign Minister Narek Sargsyan Avetisyan. Rahimi "
                           "Tabar and Sargsyan Avetisyan agreed to convene the joint economic commission in Yerevan on "
                           "2 Khordad 1425, corresponding to 23 May 2046."), "Rahimi Tabar", "Sargsyan Avetisyan")
    assert ("2046-05-23", "Yerevan") in {(r[3], r[4]) for r in rows if r[2] == "agreed"}, rows


def test_a_source_phrase_neither_dates_nor_places_the_event(run):
    rows = events_with(run("Zambia's Foreign Minister Mulenga Chanda Banda held talks with his Malawian counterpart "
                           "Chikondi Phiri Mwale at the foreign ministry, according to a statement issued by his "
                           "ministry in Lusaka yesterday."), "Chanda Banda", "Phiri Mwale")
    assert rows and all(r[3] is None and r[4] != "Lusaka" for r in rows), rows


def test_a_trip_to_a_capital_named_by_nationality_and_its_contacts_there(run):
    ex = run("GABORONE, May 8 - Botswana's Foreign Minister Kagiso Molefe Seretse, who travelled to the Namibian "
             "capital on Monday for a two-day working visit, held talks with Namibia's Foreign Minister Hilma Shikongo "
             "Nangolo. On Tuesday, Seretse called on President Tjiuezo Kaura Muundjua at his office.")
    visits = [r for r in event_rows(ex) if r[0] == "visit"]
    assert visits and all(r[4] == "Windhoek" and "Namibia" in r[1] for r in visits), event_rows(ex)
    call = events_with(ex, "Molefe Seretse", "Kaura Muundjua")
    assert call and all(r[4] == "Windhoek" for r in call), call  # not the dateline's Gaborone


def test_a_home_trip_under_the_dateline_keeps_the_dateline_city(run):
    rows = events_with(run("GABORONE, May 8 - Botswana's President Kgosi Modise Tau received Namibia's Foreign "
                           "Minister Hilma Shikongo Nangolo at his office on Tuesday."), "Modise Tau", "Shikongo")
    assert rows and all(r[4] == "Gaborone" for r in rows), rows


def test_a_gatherings_own_clause_gives_its_days_and_place_over_the_trips(run):
    rows = events_with(run("Prime Minister Selin Arbaoui Haddad leaves on Sunday for the Annual Meeting of the Council "
                           "of Ministers of the Arab Maghreb Union, which runs from Monday to Wednesday in Rabat."),
                       "Arbaoui Haddad", "Maghreb")
    assert rows and all(r[3] == "2046-05-14" and r[4] == "Rabat" for r in rows), rows  # not Sunday the 13th


def test_a_place_hung_on_the_counterpart_of_a_bodys_meeting(run):
    rows = events_with(run("Next month, Foreign Minister Bishnu Karki Thapa will co-chair the sixth meeting of the "
                           "Nepal-Japan Joint Commission with Japan's Foreign Minister Sato Kenta in Kathmandu on June "
                           "12."), "Japan")
    assert rows and all(r[3] == "2046-06-12" and r[4] == "Kathmandu" for r in rows), rows


@pytest.mark.parametrize("venue,city", [("the Palais des Nations", "Geneva"), ("the Vienna International Centre", "Vienna")])
def test_multilateral_venues_name_their_city(run, venue, city):
    rows = events_with(run("Armenia's Deputy Foreign Minister Aram Hovsepyan Baghdasaryan and Azerbaijan's Deputy "
                           f"Foreign Minister Elnur Mammadli Huseynov held talks at {venue} on Monday."), "Hovsepyan")
    assert rows and all(r[4] == city for r in rows), rows


def test_a_live_blogs_stamp_lines_survive_cleaning():
    page = ("Summit live\n\nUpdated 16:10 CET\n\n16:10\nThe leaders have left the palace.\n\n"
            "12:45\nThe talks between the two presidents have begun at the palace.\n")
    text = clean(page).text
    assert "16:10\nThe leaders" in text and "12:45\n" in text
    assert "Updated" not in text  # the page's own stamp is still furniture
    single = clean("World news\n\n09:30\nThe ministers met in Rabat on Monday to discuss fisheries.\n").text
    assert "09:30" not in single  # one time alone is no live blog
