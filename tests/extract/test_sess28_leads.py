"""Events inside long lead sentences: relative and participial clauses, adjuncts of a trailing reporting verb, spans
counted from another event, "on the eve of", "their ministers" (rules behind events-blind13-leads' failure classes,
on invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, events_with as with_parties, extractor

PUBLISHED = date(2025, 9, 10)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_person_whom_the_subject_hosted_met_the_subject(run):
    ex = run("Ghanaian President Kwesi Arthur held a telephone conversation on Tuesday with Togolese President Faure "
             "Akakpo, whom he hosted in Kumasi last month, the presidency reported.")
    found = [r for r in with_parties(ex, "Arthur", "Akakpo") if r[0] == "meeting"]
    assert found and found[0][2:] == ("held", "2025-08", "Kumasi"), rows(ex)
    calls = [r for r in with_parties(ex, "Arthur", "Akakpo") if r[0] == "call"]
    assert calls and calls[0][4] is None, rows(ex)  # the meeting's place is not the call's


def test_who_hosted_him_names_the_main_subject_as_the_guest(run):
    ex = run("Chilean Foreign Minister Ana Torres will fly to Lima next week for talks with Peruvian President Luis "
             "Ccori, who hosted her in Cusco last year, officials said.")
    found = [r for r in with_parties(ex, "Torres", "Ccori") if r[2] == "held"]
    assert found and found[0][3:] == ("2024", "Cusco"), rows(ex)


def test_a_meeting_hung_on_a_trailing_reporting_verb_is_the_reported_subject_s(run):
    ex = run("Mongolian Prime Minister Batzorig Enkhbat will skip the regional summit in Tashkent, his spokesman said, "
             "after a meeting with Kazakh President Arman Seitkali in Astana on Monday.")
    found = [r for r in with_parties(ex, "Enkhbat", "Seitkali") if r[0] in ("meeting", "talks")]
    assert found and found[0][2:] == ("held", "2025-09-08", "Astana"), rows(ex)


def test_talks_a_day_before_a_dated_saying_are_dated_from_it(run):
    ex = run("Fijian Prime Minister Sitiveni Naulu has cancelled a trip to Nuku'alofa, his office said on Tuesday, "
             "a day after talks in Suva with Samoan Foreign Minister Tuala Ioane.")
    found = [r for r in with_parties(ex, "Naulu", "Ioane") if r[0] in ("meeting", "talks")]
    assert found and found[0][2:4] == ("held", "2025-09-08"), rows(ex)


@pytest.mark.parametrize("sentence,when", [
    ("Spanish Prime Minister Luis Garrido will receive Portuguese Prime Minister Joao Cabral in Madrid on Friday, "
     "a year after Cabral hosted him in Lisbon.", "2024"),
    ("Kenyan President Amos Otieno met Ugandan President Joseph Okello in Kampala on Monday, two months after the "
     "two leaders held talks in Nairobi.", "2025-07"),
])
def test_a_span_of_months_or_years_counts_back_to_a_month_or_year(run, sentence, when):
    places = {r[4]: r for r in rows(run(sentence))}
    earlier = places.get("Lisbon") or places.get("Nairobi")
    assert earlier is not None and earlier[2:4] == ("held", when), rows(run(sentence))


def test_an_opening_participle_of_reception_is_the_subject_s_reception_of_the_guest(run):
    ex = run("WARSAW, Sept 10 (Wire) - Hosting Lithuanian President Gitanas Vaitkus in Warsaw on Monday, Polish "
             "President Adam Zielinski said the two countries would build a new rail link.")
    found = with_parties(ex, "Vaitkus", "Zielinski")
    assert found and found[0][2:] == ("held", "2025-09-08", "Warsaw"), rows(ex)


def test_who_met_after_a_pair_told_in_an_apposition_names_the_pair(run):
    ex = run("Chilean President Sofia Lagos and her Bolivian counterpart, Evo Quispe (who met in La Paz on Monday), "
             "agreed to open a new border crossing.")
    found = with_parties(ex, "Lagos", "Quispe")
    assert found and found[0][2:] == ("held", "2025-09-08", "La Paz"), rows(ex)


@pytest.mark.parametrize("sentence,city", [
    ("Egypt's foreign minister received his Sudanese counterpart in Cairo on Monday as officials of the two "
     "countries met in Port Sudan.", "Port Sudan"),
    ("Jordan's king received Iraq's prime minister in Amman on Monday as the two countries' oil ministers met in "
     "Baghdad.", "Baghdad"),
])
def test_the_people_of_the_two_countries_meet_as_those_states(run, sentence, city):
    found = [r for r in rows(run(sentence)) if r[4] == city]
    assert found and len(found[0][1]) == 2 and found[0][2] == "held", rows(run(sentence))


def test_on_the_eve_of_a_visit_by_y_is_y_s_visit_the_next_day(run):
    ex = run("Omani Foreign Minister Salim al-Harthi held talks in Amman on Sunday with Jordanian Prime Minister "
             "Omar Nusour, on the eve of a visit by Nusour to Egypt.")
    visits = [r for r in rows(ex) if r[0] == "visit"]
    assert visits and visits[0][3] == "2025-09-08", rows(ex)
    assert not any("al-Harthi" in n for n in visits[0][1]), rows(ex)


def test_a_meeting_a_past_relative_tells_is_held_though_its_verb_is_ahead(run):
    ex = run("The UN envoy, Marta Lindqvist, will convene talks between the two sides in Geneva next week, after a "
             "meeting in Ankara on Monday with Turkish Foreign Minister Kaan Yavuz that she described as useful.")
    found = with_parties(ex, "Lindqvist", "Yavuz")
    assert found and found[0][2:4] == ("held", "2025-09-08"), rows(ex)


def test_a_where_clause_places_what_the_traveller_does_there(run):
    ex = run("Kenyan President Amos Otieno left Nairobi on Sunday for Kigali, where he will attend the EAC summit on "
             "Monday and hold talks with Rwandan President Paul Mugenzi.")
    found = with_parties(ex, "Otieno", "Mugenzi")
    assert found and found[0][4] == "Kigali", rows(ex)


def test_a_subject_who_is_in_a_city_meets_there(run):
    ex = run("Peru's foreign minister, who is in Geneva for the Human Rights Council, met her Swiss counterpart on "
             "Monday.")
    found = with_parties(ex, "Peru", "Switzerland")
    assert found and found[0][4] == "Geneva", rows(ex)


def test_a_summit_between_their_leaders_is_the_two_states_on_its_own_date(run):
    ex = run("Nepal and Bhutan will hold talks in Thimphu next month, ahead of a summit between their prime ministers "
             "planned for December.")
    summits = [r for r in with_parties(ex, "Nepal", "Bhutan") if r[0] == "summit"]
    assert summits and summits[0][3] == "2025-12", rows(ex)


def test_their_ministers_after_two_leaders_met_are_the_leaders_states(run):
    ex = run("Colombian President Andres Rojas met Panamanian President Ana Cedeno in Panama City on Tuesday, while "
             "their foreign ministers signed a border accord.")
    found = [r for r in rows(ex) if r[0] == "signing"]
    assert found and found[0][1] == {"Colombia", "Panama"}, rows(ex)


def test_who_is_visiting_the_country_visits_the_state_the_talks_are_in(run):
    ex = run("AMMAN, Sept 10 (Wire) - Jordanian Foreign Minister Omar Haddad held talks in Amman on Wednesday with "
             "Omani Foreign Minister Salim al-Harthi, who is visiting the country.")
    visits = [r for r in rows(ex) if r[0] == "visit"]
    assert visits and "Jordan" in visits[0][1], rows(ex)


@pytest.mark.parametrize("sentence", [
    "Hosting the national football team in Madrid on Monday, the Spanish king said the squad had made history.",
    "Kenya's president, speaking after a meeting with farmers in Nakuru on Monday, said maize prices would fall.",
    "The striker, who last met his old club in the cup final in May, will face them again in Lisbon on Saturday.",
])
def test_people_who_are_no_diplomatic_party_give_no_event(run, sentence):
    assert rows(run(sentence)) == [], rows(run(sentence))
