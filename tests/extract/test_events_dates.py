"""Event dates read against the publication day: plans ahead, counted days from the right event, the day of a
saying or of another event kept apart, 'when' clauses, vague plans (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.when import resolve_day
from diplograph.records import Timex
from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _dates(rows, kind: str | None = None) -> list[tuple[str, str | None]]:
    return [(r[2], r[3]) for r in rows if kind is None or r[0] == kind]


def test_a_past_call_in_a_sentence_about_a_plan_keeps_its_past_day(run):
    rows = events_with(run("The Ghanaian and Ivorian foreign ministers will meet in Accra next month, after a video "
                           "call between the two on Sunday settled the agenda."), "Ghana", "Ivor")
    assert ("held", "2025-03-09") in _dates(rows, "call")


def test_a_day_counted_from_a_planned_arrival_is_counted_ahead(run):
    rows = events_with(run("Senegal's foreign minister Awa Ndiaye will arrive in Rabat on Monday and go on to Tunis "
                           "three days later to meet Tunisian President Karim Ben Salah."), "Ndiaye", "Ben Salah")
    assert _dates(rows) == [("scheduled", "2025-03-20")]


@pytest.mark.parametrize("text,parts,expected", [
    ("Chile's president Tomás Larraín will land in Canberra on Friday, a day after meeting New Zealand's prime "
     "minister Grace Tipene in Wellington.", ("Larraín", "Tipene"), ("scheduled", "2025-03-13")),
    ("Indonesia's president is to begin a state visit to Japan on Saturday, two days after hosting Malaysian Prime "
     "Minister Farid Osman in Jakarta.", ("Indonesia", "Farid Osman"), ("scheduled", "2025-03-13")),
])
def test_a_day_before_a_planned_day_is_counted_from_that_plan(run, text, parts, expected):
    assert _dates(events_with(run(text), *parts), "meeting") == [expected]


def test_the_14th_of_a_plan_is_the_next_one(run):
    rows = events_with(run("The foreign minister of Ecuador will travel to Lima on the 5th for talks with her "
                           "Peruvian counterpart Rosa Quispe."), "Ecuador", "Quispe")
    assert _dates(rows, "talks") == [("scheduled", "2025-04-05")]


def test_the_day_of_the_saying_is_not_the_day_of_a_vague_plan(run):
    rows = events_with(run("Kazakhstan's foreign minister said on Tuesday he would travel to Tashkent in the coming "
                           "weeks to meet Uzbek President Bakhtiyor Karimov."), "Kazakhstan", "Karimov")
    assert _dates(rows) == [("scheduled", None)]


def test_an_announcement_after_a_plan_does_not_date_it(run):
    rows = events_with(run("Ghana's foreign minister will travel to Lomé next week for talks with Togolese Foreign "
                           "Minister Komi Adjovi, the ministry announced on Monday."), "Ghana", "Adjovi")
    assert _dates(rows, "talks") == [("scheduled", "2025-W12")]


def test_a_when_clause_on_a_month_dates_the_visit_it_tells(run):
    rows = events_with(run("The two presidents last met in Nairobi in November, when Ugandan President Joseph "
                           "Okello paid a state visit to Kenya."), "Okello", "Kenya")
    assert _dates(rows, "visit") == [("held", "2024-11")]


def _tx(text: str, value: str) -> Timex:
    return Timex(0, len(text), text, "DATE", value, anchored=True)


@pytest.mark.parametrize("text,value,tense,expected", [
    ("the 5th", "2025-03-05", "future", date(2025, 4, 5)),  # the 5th has gone by: next month's
    ("the 20th", "2025-03-20", "future", date(2025, 3, 20)),
    ("the 20th", "2025-03-20", "past", date(2025, 2, 20)),
    ("two days later", "2025-03-19", "past", date(2025, 3, 19)),  # counted by the tagger from the day named before
    ("three weeks earlier", "2025-02-10", "future", date(2025, 2, 10)),
])
def test_ordinal_and_counted_days_keep_the_tagger_reading_in_the_right_direction(text, value, tense, expected):
    assert resolve_day(_tx(text, value), PUBLISHED, tense) == expected


def test_without_a_tense_the_tagger_reading_stands():
    assert resolve_day(_tx("Friday", "2025-03-07"), PUBLISHED, None) == date(2025, 3, 7)


def test_no_event_from_a_name_the_parser_took_for_a_time(run):
    rows = event_rows(run("Canada's foreign minister Anne Tremblay visited Port of Spain on Monday and met Prime "
                          "Minister Ravi Maharaj, the first visit by a Canadian minister since the 2019 elections."))
    assert all(r[3] != "2019" for r in rows)


def test_a_name_split_off_the_state_before_it_is_the_one_met(run):
    rows = events_with(run("Canada's foreign minister Anne Tremblay visited Port of Spain on Monday and met Trinidad "
                           "and Tobago Prime Minister Ravi Maharaj, the first visit by a Canadian minister since the "
                           "2019 elections."), "Tremblay", "Maharaj")
    assert [(r[0], r[3]) for r in rows] == [("meeting", "2025-03-10")]


def test_a_headline_present_takes_the_day_the_story_gives_its_contact(nlp):
    from diplograph.extract import extract_one
    from diplograph.records import Document

    title = "Kenyan president hosts Tanzanian leader in Mombasa"
    text = (f"{title}\n\nMOMBASA — Kenyan President David Mwangi hosted Tanzania's President Halima Juma in Mombasa "
            "on Monday for talks on the Lake Victoria ferry corridor and cross-border trade.")
    ex = extract_one(nlp(text), Document(id="case", text=text, published=PUBLISHED, publisher="Daily", title=title))
    assert {r[3] for r in event_rows(ex) if r[2] == "held"} == {"2025-03-10"}


def test_a_day_the_parser_hung_on_the_object_dates_the_signing(run):
    rows = events_with(run("Paraguay and Bolivia signed a gas transit agreement on Monday in the border town of "
                           "Villamontes."), "Paraguay", "Bolivia")
    assert _dates(rows, "signing") == [("held", "2025-03-10")]


def test_a_visit_that_began_on_a_weekday_began_on_the_last_one(run):
    rows = events_with(run("Indian Prime Minister Arjun Mehta and Maldivian President Ibrahim Rasheed on Wednesday "
                           "witnessed the signing of a fisheries pact in Male. Mehta, who is on a three-day official "
                           "visit to the Maldives that began on Tuesday, held a bilateral meeting with Rasheed before "
                           "the signing ceremony."), "Mehta", "Maldives")
    assert _dates(rows, "visit") == [("held", "2025-03-11")]


@pytest.mark.parametrize("text,expected", [
    ("The prime minister is to begin an official visit to Oman on Friday.", "2025-03-14"),
    ("The two foreign ministers agreed to meet again in Lusaka on Friday.", "2025-03-14"),
    ("The prime minister went to Muscat on Friday.", "2025-03-07"),
    ("The parliament agreed to the budget on Friday.", "2025-03-07"),
])
def test_the_tagger_reads_a_plans_infinitive_ahead(text, expected):
    from diplograph.timex import tag

    assert [t.value for t in tag(text, PUBLISHED)] == [expected]
