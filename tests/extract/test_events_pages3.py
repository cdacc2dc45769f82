"""Whole pages, third batch of failure classes: "the two sides" told by a ministry, meetings "last" held before the
one reported, places named by buildings, states and cities."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, events_with as with_parties

PUBLISHED = date(2025, 5, 21)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one page; its first line is a headline."""
    from diplograph.extract import extract_one
    from diplograph.records import Document

    def go(text: str, published: date = PUBLISHED):
        doc = Document(id="page", text=text, published=published, title=text.split("\n", 1)[0].strip())
        return extract_one(nlp(text), doc)

    return go


def test_the_two_sides_a_ministry_reports_on_are_the_parties_not_the_ministry(run):
    ex = run("Lake talks\n\nNorway's Foreign Minister Ola Brekke held talks with his Swedish counterpart Karin Lind in "
             "Oslo on Tuesday.\n\nIn a statement, the Ministry of Foreign Affairs said the talks had been useful and "
             "that the two sides had agreed to meet again in Stockholm on 3 June.")
    later = [r for r in rows(ex) if r[4] == "Stockholm"]
    assert later and not any("Ministry" in n for n in later[0][1]), rows(ex)
    assert later[0][2] == "agreed" and later[0][3] == "2025-06-03", rows(ex)


def test_a_meeting_the_leaders_last_held_is_not_the_talks_reported(run):
    ex = run("Andean news\n\nBolivia's President Marco Quispe ended a two-day visit to Peru on Tuesday after talks "
             "with President Lucia Rojas that both sides called useful.\n\nThe two leaders last met in Quito in "
             "March.")
    pairs = with_parties(ex, "Quispe", "Rojas")
    assert {r[3] for r in pairs} == {"2025-05-20", "2025-03"}, rows(ex)
    assert next(r[4] for r in pairs if r[3] == "2025-03") == "Quito", rows(ex)


def test_undated_talks_on_a_dated_trip_take_the_trips_day(run):
    ex = run("Border news\n\nMongolia's prime minister ended a three-day visit to Kazakhstan on Friday after talks with "
             "President Daniyar Seitkali.")
    talks = [r for r in with_parties(ex, "Seitkali") if r[0] != "visit"]
    assert talks and talks[0][2] == "held" and talks[0][3] == "2025-05-16", rows(ex)


def test_a_building_named_in_the_plural_is_placed_in_its_city(run):
    ex = run("Island news\n\nIreland's foreign minister Niamh Byrne held talks with Iceland's Gudrun Olafsdottir at "
             "the Government Buildings in Dublin on Monday.")
    assert [r[4] for r in with_parties(ex, "Byrne", "Olafsdottir")] == ["Dublin"], rows(ex)


@pytest.mark.parametrize("text,place", [
    ("Ukraine's foreign minister Petro Marchenko met his Moldovan counterpart Ion Rotaru in Lviv in western Ukraine "
     "on Monday.", "Lviv"),
    ("On 19 May in Tallinn, Estonia's prime minister Kaja Tamm met Latvian President Juris Ozols.", "Tallinn"),
])
def test_a_city_hung_on_a_name_or_a_day_beats_the_state_on_the_verb(run, text, place):
    ex = run("Neighbours\n\n" + text)
    assert [r[4] for r in rows(ex) if r[0] != "visit"] == [place], rows(ex)


def test_a_state_named_at_length_goes_by_its_name(run):
    ex = run("Pacific news\n\nChile's foreign minister Tomas Fuentes visited the Republic of Korea on Monday.")
    assert [r[4] for r in with_parties(ex, "Fuentes")] == ["South Korea"], rows(ex)


@pytest.mark.parametrize("text,place", [
    ("VILNIUS, May 20 (Wire) - Lithuania's President Rasa Jankauskiene received Finland's Prime Minister Mikko Laine "
     "at the Presidential Palace on Tuesday.", "Vilnius"),
    ("TASHKENT, May 20 (Wire) - Kazakhstan's foreign minister Aidos Nurlanov, who is on an official visit to "
     "Uzbekistan, held talks with his Uzbek counterpart Bakhyt Saidov on Tuesday.", "Tashkent"),
])
def test_under_a_dateline_a_contact_of_its_day_at_a_building_or_in_its_state_is_in_its_city(run, text, place):
    ex = run("Regional news\n\n" + text)
    assert [r[4] for r in rows(ex) if r[0] != "visit"] == [place], rows(ex)


def test_a_building_away_from_the_dateline_keeps_its_name(run):
    ex = run("Regional news\n\nVILNIUS, May 20 (Wire) - Finland's Prime Minister Mikko Laine received Sweden's Prime "
             "Minister Karl Berg at the Presidential Palace on Tuesday.")
    assert [r[4] for r in rows(ex)] != ["Vilnius"], rows(ex)


def test_a_visit_to_a_city_that_is_no_capital_is_a_visit_to_its_state(run):
    ex = run("Regional news\n\nThe Ghanaian Prime Minister, Kwame Asare, is expected in Lagos on 24 and 25 May for an "
             "official visit, the presidency said.")
    assert [(r[1], r[4]) for r in with_parties(ex, "Asare")] == [(frozenset({"Kwame Asare", "Nigeria"}),
                                                                  "Lagos")], rows(ex)


def test_a_capital_making_a_proposal_is_its_government(run):
    ex = run("Fisheries\n\nNew Zealand's government has rejected an offer from Canberra to open talks on fishing "
             "quotas.")
    assert [(r[1], r[2]) for r in rows(ex)] == [(frozenset({"New Zealand", "Australia"}), "declined")], rows(ex)


def test_talks_refused_with_their_proposer_are_not_the_talks_reported_before(run):
    ex = run("Hydropower\n\nNepal's foreign minister Ram Thapa will hold talks with Indian Foreign Minister Arjun Mehta "
             "on Friday.\n\nBhutan has declined to take part in the trilateral talks on hydropower proposed by New "
             "Delhi, officials said.")
    assert [r[2] for r in with_parties(ex, "Thapa", "Mehta")] == ["scheduled"], rows(ex)
    assert [r[2] for r in with_parties(ex, "Bhutan", "India")] == ["declined"], rows(ex)


def test_he_after_a_trailing_attribution_is_the_reported_traveller_not_the_ministry(run):
    ex = run("Diplomacy\n\nForeign Secretary Tomas Rivera will leave for Tokyo on Monday on a three-day official visit, "
             "the foreign ministry said. He is scheduled to hold talks with Japanese Foreign Minister Kenji Sato on "
             "Tuesday.")
    assert [r[3] for r in with_parties(ex, "Rivera", "Sato")] == ["2025-05-27"], rows(ex)


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz undertook an official visit to Paraguay from 12 to 14 May.",
    "Foreign Minister Ana Ruiz completed a three-day official visit to Paraguay on Monday.",
])
def test_a_visit_undertaken_or_completed_was_held(run, text):
    ex = run("Mercosur news\n\n" + text)
    assert [r[2] for r in with_parties(ex, "Ruiz", "Paraguay")] == ["held"], rows(ex)


def test_they_would_meet_again_is_the_next_meeting_of_all_who_met(run):
    ex = run("Nuclear talks\n\nThe foreign ministers of Norway, Finland and Denmark met their Icelandic counterpart Jon "
             "Magnusson in Oslo this evening. A Danish diplomat said they would meet again in Reykjavik.")
    later = [r for r in rows(ex) if r[4] == "Reykjavik"]
    assert later and len(later[0][1]) >= 3 and later[0][2] in ("agreed", "proposed", "scheduled"), rows(ex)
    assert [r[2] for r in rows(ex) if r[4] == "Oslo"] == ["held"], rows(ex)


def test_the_pair_who_just_met_sign_there_and_then(run):
    ex = run("Pacific news\n\nFiji's foreign minister Litia Naivalu met her Tongan counterpart Sione Fifita in Suva on "
             "Tuesday.\n\nThe pair signed a memorandum of understanding on maritime surveillance.")
    signed = [r for r in rows(ex) if r[0] == "signing"]
    assert signed == [("signing", frozenset({"Litia Naivalu", "Sione Fifita"}), "held", "2025-05-20", "Suva")], rows(ex)


def test_before_flying_on_where_he_meets_another_the_traveller_meets_and_the_first_contact_stays_put(run):
    ex = run("Great Lakes\n\nKenya's foreign minister Juma Otieno met Ugandan President Moses Kato on Monday "
             "morning before flying to Kigali, where he is scheduled to meet Rwandan Foreign Minister Eric Habimana on "
             "Tuesday.")
    assert [(r[2], r[4]) for r in with_parties(ex, "Otieno", "Habimana")] == [("scheduled", "Kigali")], rows(ex)
    assert [r[2] for r in with_parties(ex, "Otieno", "Kato")] == ["held"], rows(ex)
    assert "Kigali" not in [r[4] for r in with_parties(ex, "Otieno", "Kato")], rows(ex)
    assert not with_parties(ex, "Kato", "Habimana"), rows(ex)


def test_the_first_of_two_surnames_names_the_person(run):
    ex = run("Southern Cone\n\nBrazil's President Helena Carvalho received Uruguay's President Andres Pereira Sosa in "
             "Brasilia on Monday.\n\nCarvalho and Pereira, who last met in Asuncion in March, agreed to push for the "
             "bloc's trade deal.")
    assert [r[3] for r in with_parties(ex, "Carvalho", "Pereira Sosa") if r[4] == "Asuncion"] == ["2025-03"], rows(ex)
