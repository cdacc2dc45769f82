"""Whole pages, fourth batch of failure classes: venues named by buildings beside their city, plans put on hold or
that "did not push through", meetings leaders instructed their ministers to hold, summits proposed for a state to
host, gatherings a trip is made to attend, meetings on the sidelines the verb carries."""

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


@pytest.mark.parametrize("text,place", [
    ("President Amina Yusufu of Tanzania and her Malawian counterpart Peter Banda held talks at State House in "
     "Dar es Salaam on Monday.", "Dar es Salaam"),
    ("The Minister of Foreign Affairs, Ambassador Lydia Okafor, on Tuesday received the Foreign Minister of Benin, "
     "Paul Houngbo, at the Ministry's headquarters, Maitama House, Abuja.", "Abuja"),
    ("Rwanda's foreign minister Jean Habimana met his Ugandan counterpart Grace Akello at Parliament House, Kampala, "
     "on Tuesday.", "Kampala"),
])
def test_a_building_beside_its_city_places_the_meeting_in_the_city(run, text, place):
    ex = run("Lake news\n\n" + text)
    assert [r[4] for r in rows(ex) if r[0] != "visit"] == [place], rows(ex)


@pytest.mark.parametrize("text", [
    "A visit to Ghana by the Liberian President, George Tarpeh, has been put on hold indefinitely because of the "
    "floods.",
    "A meeting with the foreign ministers of Peru and Bolivia, which had been planned for Tuesday, did not push "
    "through because the Bolivian minister fell ill.",
])
def test_a_plan_put_on_hold_or_that_did_not_push_through_is_cancelled(run, text):
    ex = run("Trip news\n\n" + text)
    assert [r[2] for r in rows(ex)] == ["cancelled"], rows(ex)


def test_ministers_their_leaders_instructed_to_meet_is_an_agreed_meeting(run):
    ex = run("Energy news\n\nPresident Luis Ferro said he and his Uruguayan counterpart Ana Suarez had instructed "
             "their trade ministers to meet in Montevideo next month.")
    assert [(r[2], r[3], r[4]) for r in rows(ex)] == [("agreed", "2025-06", "Montevideo")], rows(ex)


def test_a_summit_proposed_for_a_state_to_host_is_proposed(run):
    ex = run("Summit news\n\nPresident Ana Suarez has proposed that Uruguay host a regional summit on water next year.")
    assert [(r[0], r[2]) for r in rows(ex)] == [("summit", "proposed")], rows(ex)


@pytest.mark.parametrize("text,place", [
    ("President Grace Mutua leaves for Lusaka on Friday to attend an extraordinary COMESA summit on the crisis in "
     "eastern Congo.", "Lusaka"),
    ("Foreign Minister Adel Nour is expected to travel to Brussels next week to co-chair the EU-Morocco Association "
     "Council with the EU High Representative.", "Brussels"),
])
def test_a_gathering_a_trip_is_made_to_attend_is_in_the_city_travelled_to(run, text, place):
    ex = run("Summit news\n\n" + text)
    assert {r[4] for r in rows(ex)} == {place}, rows(ex)


def test_a_meeting_held_on_the_sidelines_of_a_gathering_is_where_the_gathering_is(run):
    ex = run("Retreat news\n\nThailand's foreign minister Somchai Rattanakul and Malaysian Foreign Minister Aziz "
             "Rahman held a bilateral meeting today on the sidelines of the ASEAN Foreign Ministers' Retreat in "
             "Penang.")
    assert [r[4] for r in with_parties(ex, "Rattanakul", "Rahman")] == ["Penang"], rows(ex)


def test_a_visit_whose_own_clause_says_it_began_is_held_on_the_past_day(run):
    ex = run("Visit news\n\nPresident Omar Guelleh held talks with President Halima Warsame of Somalia, who is in "
             "Nairobi on a two-day state visit that began on Monday.")
    visits = [r for r in rows(ex) if r[0] == "visit"]
    assert [(r[2], r[3]) for r in visits] == [("held", "2025-05-19")], rows(ex)


def test_a_plan_moved_to_a_new_day_takes_the_new_day_not_the_original_one(run):
    ex = run("Consultations news\n\nThe German-Danish government consultations, which were originally planned for "
             "4 June in Copenhagen, will now take place on 2 July.")
    assert [(r[2], r[3]) for r in rows(ex)] == [("scheduled", "2025-07-02")], rows(ex)


def test_a_plan_called_off_keeps_the_day_it_had_first_been_set_for(run):
    ex = run("Trip news\n\nThe visit to Chad by the Foreign Minister of Niger, Issa Maiga, earlier scheduled for "
             "28 May, has been postponed at the request of the Nigerien side.")
    assert [(r[2], r[3]) for r in rows(ex)] == [("cancelled", "2025-05-28")], rows(ex)


def test_a_summit_scheduled_to_convene_on_a_day_keeps_that_day_when_called_off(run):
    ex = run("Summit news\n\nThe tripartite summit of Kuwait, Oman and Qatar that was scheduled to convene in Doha on "
             "June 12 has been postponed to a date to be agreed.")
    assert [(r[2], r[3], r[4]) for r in rows(ex)] == [("cancelled", "2025-06-12", "Doha")], rows(ex)


def test_continuing_to_a_capital_is_a_visit_timed_by_the_stop_before(run):
    ex = run("Trip news\n\nForeign Minister Lena Vogt will travel to Vilnius tomorrow, where she will meet Prime "
             "Minister Jonas Petrauskas. She will then continue to Riga.")
    onward = [r for r in rows(ex) if r[4] == "Riga"]
    assert [(r[0], r[2]) for r in onward] == [("visit", "scheduled")], rows(ex)
    assert any("Vogt" in n for n in onward[0][1]), rows(ex)


def test_continuing_to_do_something_is_no_trip(run):
    ex = run("Aid news\n\nThe foreign minister said Estonia would continue to support Ukraine's reconstruction.")
    assert not [r for r in rows(ex) if r[0] == "visit"], rows(ex)


def test_a_reception_before_leaving_for_a_summit_is_not_placed_in_the_summits_city(run):
    ex = run("Summit news\n\nTunis (TAP) - President Lina Haddad departed for Tokyo on Monday evening to attend the "
             "Japan-Africa summit, after earlier receiving Mauritanian Prime Minister Sidi Ould Baba at the Carthage "
             "Palace.")
    summit = [r for r in rows(ex) if r[0] == "summit"]
    reception = with_parties(ex, "Haddad", "Ould Baba")
    assert [r[4] for r in summit] == ["Tokyo"], rows(ex)
    assert reception and all(r[4] != "Tokyo" for r in reception), rows(ex)


def test_a_journalists_question_about_a_meeting_gives_no_event(run):
    ex = run("Transcript\n\nBERG: The Foreign Minister Tove Lindahl will travel to Tallinn tomorrow.\n\nQUESTION "
             "(LARSEN): Ms Berg, will the Minister meet her Indian counterpart at the G20 foreign ministers' meeting "
             "next month?\n\nBERG: There are no plans for such a meeting at present.")
    assert [(r[0], r[4]) for r in rows(ex)] == [("visit", "Tallinn")], rows(ex)


def test_a_meeting_told_and_then_asked_about_stays(run):
    ex = run("Briefing\n\nSPOKESPERSON: Danish Foreign Minister Erik Holm met his Japanese counterpart Taro Sato in "
             "Vienna on Monday.\n\nQUESTION: Why did Holm meet Sato in Vienna?")
    assert [(r[2], r[3], r[4]) for r in with_parties(ex, "Holm", "Sato")] == [("held", "2025-05-19", "Vienna")], rows(ex)


def test_agreements_ministers_sign_in_the_presence_of_leaders_are_the_leaders_signing(run):
    ex = run("Council news\n\nPrime Minister Anna Berg and President Lukas Meier held talks in Graz today. Ministers "
             "signed six agreements in the presence of the two leaders.")
    assert [(r[2], r[3]) for r in with_parties(ex, "Berg", "Meier") if r[0] == "signing"] == [("held", "2025-05-21")], \
        rows(ex)
