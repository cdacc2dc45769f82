"""Event dates from a plan told in a clause on the event noun, from the story's sequence and from the stay told just
before; a visit's "this year" count and a month deadline on a meeting's verb (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import events_with, extractor

PUBLISHED = date(2031, 4, 8)  # a Tuesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _dates(rows, kind: str | None = None) -> list[str | None]:
    return [r[3] for r in rows if kind is None or r[0] == kind]


@pytest.mark.parametrize("text,parts,day", [
    ("Chilean President Marta Olivares has called off the visit to Montevideo she was due to make on Friday.",
     ("Olivares",), "2031-04-11"),
    ("The Ghanaian leader, Kofi Asante-Baah, has cancelled the state visit to Lomé he was to begin on Thursday.",
     ("Asante-Baah",), "2031-04-10"),
    ("Vietnam's prime minister has postponed the official visit to Laos he was to have paid on April 20-21.",
     ("Laos",), "2031-04-20"),
])
def test_a_plan_in_a_clause_without_that_dates_the_event(run, text, parts, day):
    assert day in _dates(events_with(run(text), *parts), "visit")


def test_a_meeting_proposed_for_a_day_in_a_clause_is_read_ahead(run):
    rows = events_with(run("The Estonian-Latvian meeting on energy that Tallinn had proposed to hold in Tartu on "
                           "April 22 will not take place."), "Estonia")
    assert "2031-04-22" in _dates(rows)


def test_a_later_reception_takes_the_day_of_the_story_before(run):
    text = ("Foreign Minister Amara Diallo held talks in Conakry on Monday with her Sierra Leonean counterpart "
            "Joseph Kamara on the border crossings. The two ministers agreed to meet again in Freetown next month. "
            "President Sekou Bah later received Kamara at the presidential palace, the presidency said.")
    assert "2031-04-07" in _dates(events_with(run(text), "Bah", "Kamara"))


def test_a_signing_before_the_leaders_spoke_takes_the_day_of_the_story_before(run):
    text = ("Prime Minister Anan Siriwat and his Malaysian counterpart Hakim Rahman agreed yesterday to open two "
            "border posts. It was their first meeting since the floods. Their trade ministers Niran Thongchai and "
            "Farid Osman signed a memorandum on customs before the leaders spoke to reporters.")
    assert "2031-04-07" in _dates(events_with(run(text), "Thongchai", "Farid Osman"), "signing")


def test_an_ordinal_visit_this_year_is_no_date_of_the_year(run):
    rows = events_with(run("Japan's foreign minister Aiko Tanabe was in Suva yesterday for talks with Fiji's prime "
                           "minister. It was Ms Tanabe's second visit to Fiji this year."), "Tanabe")
    assert "2031" not in _dates(rows)


def test_a_meeting_set_by_a_month_is_that_month(run):
    rows = events_with(run("The two leaders agreed that the Ghana-Togo Joint Commission would convene in Accra by "
                           "September."), "Ghana")
    assert "2031-09" in _dates(rows)


def test_a_date_owning_a_word_before_the_event_noun_dates_it(run):
    rows = events_with(run("Samoa's prime minister has declined to attend next month's Pacific Islands Forum "
                           "leaders' summit in Koror."), "Samoa")
    assert _dates(rows, "summit") and set(_dates(rows, "summit")) == {"2031-05"}


def test_talks_while_there_take_the_day_of_the_stay(run):
    rows = events_with(run("Kenya's foreign minister will pay a working visit to Kigali on Thursday, 10 April. "
                           "While in Kigali she will hold talks with her Rwandan counterpart, Claude Mugisha."),
                       "Mugisha")
    assert _dates(rows, "talks") == ["2031-04-10"]


def test_talks_lasting_hours_take_the_day_told_before(run):
    text = ("Zambia's President Mwila Chanda and his Angolan counterpart signed a rail accord in Lusaka yesterday. "
            "The two leaders put pen to paper at State House after close to three hours of talks behind closed doors.")
    rows = [r for r in events_with(run(text), "Chanda") if r[0] in ("talks", "meeting", "summit")]
    assert rows and all(r[3] == "2031-04-07" for r in rows)


@pytest.mark.parametrize("text,value", [
    ("The premier will meet the US president on St Patrick's Day.", "2031-03-17"),
    ("The two sides will sign the charter on Europe Day.", "2031-05-09"),
    ("Envoys gathered in Edinburgh on St. Andrew's Day 2030.", "2030-11-30"),
])
def test_widely_kept_saints_and_observance_days_are_dated(text, value):
    from diplograph.timex import tag

    assert value in [t.value for t in tag(text, date(2031, 3, 1))]


@pytest.mark.parametrize("text", [
    "Mexico's foreign secretary arrived in Lima on Monday. Today she is expected to meet Peru's president Ana Quispe.",
    "Peru's president Ana Quispe is expected to meet Mexico's foreign secretary today.",
])
def test_a_passive_expected_to_is_timed_by_its_own_words(run, text):
    assert _dates(events_with(run(text), "Quispe"), "meeting") == ["2031-04-08"]


def test_a_summit_a_state_offered_to_host_is_its_proposal(run):
    rows = events_with(run("The ministers discussed a summit of Sahel leaders, which Niger has offered to host in "
                           "Niamey in June."), "Niger")
    assert [(r[2], r[3]) for r in rows if r[0] == "summit"] == [("proposed", "2031-06")]


def test_talks_expected_during_a_visit_begun_are_not_read_from_its_departure(run):
    rows = events_with(run("Senegal's president Awa Sarr left for Bamako on Monday on a state visit to Mali, during "
                           "which she is expected to hold talks with President Modibo Keita."), "Keita")
    assert "2031-04-14" not in _dates(rows, "talks")
