"""Whole pages, fifth batch of failure classes: a headline's shorthand title ("PM X") before the body's full name,
one-sided refusals to send anyone to a gathering, and plans refused for a bare month ahead."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows

PUBLISHED = date(2025, 5, 21)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one page; its first line is a headline."""
    from diplograph.extract import extract_one
    from diplograph.records import Document

    def go(text: str, published: date = PUBLISHED):
        doc = Document(id="page", text=text, published=published, title=text.split("\n", 1)[0].strip(),
                       publisher="Daily")
        return extract_one(nlp(text), doc)

    return go


def test_a_headline_shorthand_title_names_the_person_the_body_names_in_full(run):
    ex = run("PM Nkemelu flies to Accra; border talks with Togo deferred\nBy Staff\nLagos, May 21\n\n"
             "Prime Minister Obinna Nkemelu flew to Accra this morning, beginning a three-day official visit to Ghana "
             "at the invitation of President Kwame Asante.\n\n"
             "PM Nkemelu being seen off by ministers at the airport on Wednesday. Photo: NAN")
    assert [(r[0], r[1]) for r in rows(ex)] == [("visit", frozenset({"Obinna Nkemelu", "Ghana"}))], rows(ex)
    assert not any(a.name.startswith("PM") for a in ex.actors)


def test_a_clock_time_in_capitals_is_no_title(run):
    ex = run("Leaders to meet\n\nPresident Ana Suarez will meet Chilean President Jorge Vidal at 3 PM Tuesday in "
             "Santiago.")
    assert [(r[1], r[4]) for r in rows(ex)] == [(frozenset({"Ana Suarez", "Jorge Vidal"}), "Santiago")], rows(ex)


@pytest.mark.parametrize("text,state", [
    ("The two leaders also discussed the ASEAN Regional Forum meeting, which is set to take place in Manila next "
     "week. Cambodia has already said it will not send a minister to the Manila meeting.", "Cambodia"),
    ("The SADC Council of Ministers meeting opens in Windhoek on Monday. Madagascar will not send a minister to "
     "the meeting, the ministry said.", "Madagascar"),
])
def test_a_state_that_will_not_send_a_minister_declines_that_gathering_apart(run, text, state):
    ex = run("Forum news\n\n" + text)
    assert [r[2] for r in rows(ex) if r[1] == frozenset({state})] == ["declined"], rows(ex)
    assert not any(state in r[1] for r in rows(ex) if r[2] != "declined"), rows(ex)


def test_a_state_sending_its_minister_takes_part_in_the_gathering(run):
    ex = run("Assembly news\n\nThe OAS General Assembly meeting opens in Asuncion on Monday. Uruguay will send its "
             "foreign minister to the meeting, the ministry said.")
    assert [(r[1], r[2]) for r in rows(ex)] == [
        (frozenset({"Organization of American States", "Uruguay"}), "scheduled")], rows(ex)


@pytest.mark.parametrize("text,expected", [
    ("Portuguese Prime Minister Ana Lopes held talks with her Spanish counterpart Luis Ortega in Porto on Tuesday, "
     "and the two agreed that the next council will meet in Seville in 2026.", ("agreed", "2026", "Seville")),
    ("Chilean Foreign Minister Rosa Vidal and her Argentine counterpart Pablo Ruiz met in Mendoza on Monday. They "
     "said their defence cabinets would meet in Santiago in July.", ("scheduled", "2025-07", "Santiago")),
    ("Chilean Foreign Minister Rosa Vidal and her Argentine counterpart Pablo Ruiz met in Mendoza on Monday. Vidal "
     "and Ruiz said their defence cabinets would meet in Santiago in July to set up a joint patrol.",
     ("scheduled", "2025-07", "Santiago")),
    ("In short: Prime Minister Tomas Varga and President Milan Horvat opened the Joint Economic Forum in Pecs today, "
     "and the two leaders agreed that the next commission will meet in Zagreb in 2026.", ("agreed", "2026", "Zagreb")),
])
def test_a_body_meeting_as_itself_gathers_the_sides_told_just_before(run, text, expected):
    ex = run("Neighbours news\n\n" + text)
    found = [r for r in rows(ex) if r[4] == expected[2]]
    assert [(r[2], r[3], r[4]) for r in found] == [expected], rows(ex)
    assert len(found[0][1]) == 2, rows(ex)


def test_a_body_meeting_with_no_sides_told_before_is_no_event(run):
    ex = run("City news\n\nThe city council will meet on Friday to approve the budget, the mayor said.")
    assert rows(ex) == []


@pytest.mark.parametrize("text,sides", [
    ("MANILA, May 20 (Wire) - Government negotiators and the Moro Patriotic Front (MPF) opened a third round of "
     "peace talks in Kuala Lumpur on Monday, with Malaysia acting as facilitator, officials said.",
     {"Philippines", "Moro Patriotic Front"}),
    ("KHARTOUM, May 20 (Wire) - The government and the Sudan Liberation Movement held talks in Juba on Monday.",
     {"Sudan", "Sudan Liberation Movement"}),
])
def test_a_government_named_by_no_state_is_the_datelines(run, text, sides):
    ex = run("Peace news\n\n" + text)
    assert [(r[1], r[2]) for r in rows(ex)] == [(frozenset(sides), "held")], rows(ex)


def test_the_previous_round_held_elsewhere_is_a_held_event_of_its_own(run):
    ex = run("Peace news\n\nMANILA, May 20 (Wire) - Government negotiators and the Moro Patriotic Front (MPF) opened a "
             "third round of peace talks in Kuala Lumpur on Monday.\n\nThe previous round, held in Oslo in February, "
             "ended without agreement.")
    sides = frozenset({"Philippines", "Moro Patriotic Front"})
    assert sorted((r[1], r[2], r[3], r[4]) for r in rows(ex)) == [
        (sides, "held", "2025-02", "Oslo"), (sides, "held", "2025-05-19", "Kuala Lumpur")], rows(ex)


@pytest.mark.parametrize("text", [
    "The government has turned down a proposal from India to host a BIMSTEC foreign ministers' meeting in New Delhi "
    "in March, saying conditions were not ripe.",
    "Ecuador rejected an offer from Peru to host the border talks in Tumbes in February.",
])
def test_a_refused_plans_bare_month_is_the_next_one(run, text):
    ex = run("Plan news\n\n" + text)
    assert [r[2] for r in rows(ex)] == ["declined"] and rows(ex)[0][3] in ("2026-03", "2026-02"), rows(ex)


def test_a_visit_named_by_the_noun_with_an_ordinal_takes_its_visitor_and_destination(run):
    ex = run("Border news\n\nACCRA, May 20 (Wire) - President Kofi Mensah will host Burkina Faso's President Ibrahim "
             "Sawadogo in Accra on Thursday for talks on the border.\n\nThe visit, Sawadogo's first to Ghana since "
             "taking office, comes after months of tension.")
    assert [r[0] for r in rows(ex) if r[1] == frozenset({"Ibrahim Sawadogo", "Ghana"})] == ["visit"], rows(ex)
    assert {(r[2], r[3], r[4]) for r in rows(ex)} == {("scheduled", "2025-05-22", "Accra")}, rows(ex)


def test_an_ordinal_visit_to_no_named_state_stays_the_trip_told_before(run):
    ex = run("Water news\n\nAMMAN, May 20 (Wire) - Foreign Minister Rami Haddad will head to Baghdad on Tuesday for "
             "talks with Iraqi Foreign Minister Fuad Karim.\n\nThe visit will be Haddad's third this year.")
    assert sorted(r[0] for r in rows(ex)) == ["talks", "visit"], rows(ex)
    assert [r[1] for r in rows(ex) if r[0] == "visit"] == [frozenset({"Rami Haddad", "Iraq"})], rows(ex)


@pytest.mark.parametrize("text,visit", [
    ("Vietnam's foreign minister Tran Van Hoa held talks yesterday with Indonesian Foreign Minister Sri Wahyuni in "
     "Hanoi.\n\nWahyuni, who is on a three-day visit to the country, is expected to meet Prime Minister Le Minh Quan "
     "today.", {"Sri Wahyuni", "Vietnam"}),
    ("Foreign Minister Ana Pereira held talks yesterday with Japanese Vice-Foreign Minister Kenji Sato at the "
     "ministry's offices in Bridgetown.\n\nSato, who is on a two-day visit to the island, is expected to meet Prime "
     "Minister Rohan Baptiste today.", {"Kenji Sato", "Barbados"}),
])
def test_a_visit_to_the_country_goes_to_the_state_the_visitor_was_just_met_in(run, text, visit):
    ex = run("Trade news\n\n" + text)
    assert [r[0] for r in rows(ex) if r[1] == frozenset(visit)] == ["visit"], rows(ex)


def test_a_visit_to_the_country_with_no_meeting_before_names_no_state(run):
    ex = run("Trade news\n\nIndonesian Foreign Minister Sri Wahyuni met business leaders in Jakarta on Monday. "
             "Wahyuni, who returned from a visit to the country, spoke about trade.")
    assert rows(ex) == []


def test_a_body_meeting_in_a_time_clause_is_no_meeting_of_the_sides_before(run):
    ex = run("Trade news\n\nPresident Ana Suarez met Chilean President Jorge Vidal in Montevideo on Monday. Officials "
             "said a visit by Suarez to Santiago had been put off until the commission meets.")
    assert not any(r[4] is None and r[0] == "meeting" for r in rows(ex)), rows(ex)
    assert [r[0] for r in rows(ex) if r[0] in ("meeting", "talks")] == ["meeting"], rows(ex)
