"""A sentence's opening date glued by the tagger onto the name after it ("On Friday Mr Roe met ...") dates the
event and stays out of the name; a month that is a first name stays in it; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import actor_names, event_rows, extractor

PUBLISHED = date(2089, 3, 10)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize(("text", "name", "day"), [
    ("On Friday Mr Okonkwo met the Ghanaian foreign minister in Accra.", "Okonkwo", "2089-03-04"),
    ("On Tuesday President Alvarez hosted his Chilean counterpart in Lima.", "Alvarez", "2089-03-08"),
    ("On Monday Prime Minister Leota Sapolu will travel to Wellington for talks with her New Zealand counterpart.",
     "Leota Sapolu", "2089-03-14"),
])
def test_an_opening_weekday_dates_the_event_and_is_no_part_of_the_name(run, text, name, day):
    ex = run(text)
    rows = event_rows(ex)
    assert rows, text
    assert any(name in parts for _, parts, _, _, _ in rows), rows
    assert all(not n.lower().startswith(("friday", "tuesday", "monday")) for n in actor_names(ex)), actor_names(ex)
    assert day in {r[3] for r in rows}, rows


def test_a_month_after_in_is_the_date_and_a_month_first_name_is_a_name(run):
    ex = run("In March President Obiang Nguema hosted Gabon's president in Malabo.")
    assert "March President Obiang Nguema" not in actor_names(ex)
    assert {r[3] for r in event_rows(ex)} == {"2089-03"}, event_rows(ex)
    named = run("April Ryan met the Kenyan envoy in Nairobi on Monday.")
    assert "April Ryan" in actor_names(named), actor_names(named)


@pytest.mark.parametrize(("text", "month"), [
    ("Chile's foreign minister will visit Lima before Easter.", "2089-04"),  # Easter 2089: 3 April, still ahead
    ("Japan's prime minister will travel to Canberra for talks with Australia's prime minister before Christmas.",
     "2089-12"),
    ("Kenya's president will host Uganda's president in Nairobi by 20 June.", "2089-06"),
])
def test_a_deadline_dates_the_event_by_its_month_not_its_day(run, text, month):
    rows = event_rows(run(text))
    assert rows and {r[3] for r in rows} == {month}, rows


def test_a_weekday_after_before_keeps_its_day(run):
    rows = event_rows(run("Kenya's president met Uganda's president in Nairobi on Monday, before Friday's summit."))
    assert "2089-03-07" in {r[3] for r in rows}, rows
