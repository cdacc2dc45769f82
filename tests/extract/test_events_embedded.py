"""Events told inside other clauses (participles, relatives, "between" on a participle) and parties recovered from
context ("officials from both countries", "their ministers", "the visiting minister")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a clause on the event noun names whom it gathers: one event, with those parties -------------------------------

@pytest.mark.parametrize("text,parties,place", [
    ("A summit bringing together the heads of state of Angola, Namibia and Zambia opens in Windhoek on Thursday.",
     {"Angola", "Namibia", "Zambia"}, "Windhoek"),
    ("The conference, which brought together the foreign ministers of Chile, Bolivia and Peru in Arica on Tuesday, "
     "closed without a declaration.", {"Chile", "Bolivia", "Peru"}, "Arica"),
    ("A summit attended by the presidents of Senegal and Gambia opened in Banjul on Monday.",
     {"Senegal", "The Gambia"}, "Banjul"),
    ("Talks involving Serbia and Kosovo resumed in Brussels on Monday.", {"Serbia", "Kosovo"}, "Brussels"),
])
def test_a_gathering_clause_gives_the_event_its_parties(run, text, parties, place):
    rows = event_rows(run(text))
    assert [(set(r[1]), r[4]) for r in rows] == [(parties, place)]


def test_a_relative_clause_that_gathers_dates_the_event(run):
    rows = event_rows(run("The summit, which brought together the leaders of Ghana, Togo and Benin in Lome on Monday, "
                          "ended without a deal."))
    assert [(r[2], r[3]) for r in rows] == [("held", "2025-06-09")]


def test_the_first_time_since_a_year_dates_nothing(run):
    rows = event_rows(run("The session, which will bring together the Joint Water Commission for the first time since "
                          "2017, is planned for October."))
    assert [r[3] for r in rows] in ([], ["2025-10"])


# -- a participle on the noun carries "between" and the event's status -------------------------------------------

def test_between_on_the_nouns_participle_names_the_sides(run):
    rows = events_with(run("The ceasefire grew out of talks held in Djibouti in May between Ethiopia and Eritrea."),
                       "Ethiopia", "Eritrea")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-05", "Djibouti")]


def test_the_nouns_own_participle_tells_it_was_held_under_another_noun(run):
    rows = events_with(run("Norway welcomed the results of talks held in Oslo in April between Colombia and Peru."),
                       "Colombia", "Peru")
    assert [r[2] for r in rows] == ["held"]


# -- parties from context --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,sides", [
    ("Fiji and Tonga have quarrelled over fishing grounds for years. Negotiators from both countries met in Suva on "
     "Monday.", {"Fiji", "Tonga"}),
    ("Vietnam and Laos signed a power deal on Monday. Their energy ministers will meet in Vientiane next week.",
     {"Vietnam", "Laos"}),
])
def test_the_sides_told_before_take_part(run, text, sides):
    rows = [r for r in event_rows(run(text)) if r[0] != "signing"]
    assert [set(r[1]) for r in rows] == [sides]


def test_the_visiting_minister_is_the_one_who_arrived(run):
    rows = event_rows(run("Chile's foreign minister Ana Reyes landed in Montevideo on Sunday. The visiting minister "
                          "will hold talks with Uruguay's president on Thursday."))
    talks = [r for r in rows if r[0] == "talks"]
    assert [r[3] for r in talks] == ["2025-06-12"]
    assert any("Reyes" in n or n == "Chile" for n in talks[0][1]) and "Uruguay" in talks[0][1]


def test_a_past_relative_clause_keeps_its_past_day_under_a_future_verb(run):
    rows = events_with(run("Ghana's foreign minister, who met Togo's president in Lome on Monday, is expected in "
                           "Cotonou later this week."), "Togo")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-06-09", "Lome")]


# -- a relative clause set off after the event's phrase says when and where it happens ----------------------------

@pytest.mark.parametrize("text,when,place", [
    ("Negotiations between Sudan and South Sudan, which will be held in Juba next week, were welcomed by the AU.",
     "2025-W25", "Juba"),
    ("Norway said it would host talks between Colombia and Venezuela, which are due to take place in Oslo in "
     "September.", "2025-09", "Oslo"),
])
def test_a_relative_on_the_last_side_still_tells_the_events_time_and_place(run, text, when, place):
    rows = events_with(run(text), "Sudan" if "Sudan" in text else "Colombia")
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", when, place)]


def test_a_saying_hung_inside_the_visits_phrase_does_not_date_the_visit(run):
    text = ("KATHMANDU, June 11 (Wire) - The President of Bhutan will arrive in the country on Friday on a three-day "
            "state visit at the invitation of President Ram Thapa, the foreign ministry spokesperson announced on "
            "Wednesday.")
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert [r[3] for r in rows] == ["2025-06-13"]


@pytest.mark.parametrize("text,other", [
    ("Kenya's foreign minister met his counterpart in Kampala on Monday.", "Uganda"),
    ("Peru's foreign minister said he had spoken by phone with his counterpart in Quito on Monday.", "Ecuador"),
])
def test_a_counterpart_in_a_capital_is_that_states(run, text, other):
    rows = event_rows(run(text))
    assert len(rows) == 1 and other in rows[0][1]


def test_a_counterpart_in_ones_own_capital_or_a_city_names_no_side(run):
    assert event_rows(run("Uganda's foreign minister met his counterpart in Kampala on Monday.")) == []
    assert event_rows(run("Kenya's foreign minister met his counterpart in Geneva on Monday.")) == []


def test_their_ministers_are_the_states_of_the_leaders_before(run):
    text = ("Bolivian President Luis Arce Mamani and Paraguayan President Carlos Benitez will meet next month. Their "
            "foreign ministers met in Asuncion on Monday to prepare the visit.")
    rows = [r for r in event_rows(run(text)) if r[2] == "held"]
    assert [set(r[1]) for r in rows] == [{"Bolivia", "Paraguay"}]


def test_the_teller_of_a_meeting_of_the_two_sides_is_not_one_of_them(run):
    text = ("Armenia and Azerbaijan traded fire on the border on Sunday. Georgia said on Monday that officials from the "
            "two sides would meet in Tbilisi next week.")
    rows = [r for r in event_rows(run(text)) if r[0] != "visit"]
    assert [set(r[1]) for r in rows] == [{"Armenia", "Azerbaijan"}]


def test_a_name_that_only_qualifies_a_thing_is_no_side(run):
    text = ("The EU envoy on Tuesday urged talks between Serbia and Kosovo on reopening the Ibar bridge, saying "
            "officials from the two sides should meet in Brussels soon.")
    assert [set(r[1]) for r in event_rows(run(text))] == [{"Serbia", "Kosovo"}]


def test_a_meeting_that_brings_together_a_joint_council_is_the_pairs_meeting(run):
    text = ("Kenya's President and Ethiopia's Prime Minister will meet in Nairobi next month. The meeting, which will "
            "bring together the Joint Ministerial Commission for the first time since 2019, had been planned for May.")
    rows = event_rows(run(text))
    assert len(rows) == 1 and {"Kenya", "Ethiopia"} <= {n.split("'")[0] for n in rows[0][1]} | set(rows[0][1])


def test_a_rounds_participle_set_off_after_the_sides_dates_and_places_the_talks(run):
    rows = event_rows(run("The last round of talks between Kenya and Somalia, held in Mombasa in May 2023, collapsed."))
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2023-05", "Mombasa")]


def test_ministers_meeting_in_a_month_gone_met(run):
    text = ("Ghana and Togo share the field. The deal comes after officials from the two countries, meeting in Lome "
            "last month, failed to agree on a timetable.")
    assert [(r[2], r[3]) for r in event_rows(run(text))] == [("held", "2025-05")]


def test_weeks_of_talks_take_no_day_from_the_signing(run):
    rows = event_rows(run("NAIROBI (Wire) - Sudan and South Sudan signed a peace deal on Monday after weeks of talks "
                          "mediated by Kenya."))
    assert [(r[2], r[3]) for r in rows if r[0] == "talks"] == [("held", None)]
