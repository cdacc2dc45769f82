"""Styles recall was lowest on: timetables in relative clauses, a body's sessions, participle clauses."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a plain present with a calendar day: a timetable ------------------------------------------

@pytest.mark.parametrize("text,part,day,place", [
    ("DAKAR, June 11 (Wire) - The envoy will brief the African Union Peace and Security Council, which meets in "
     "Addis Ababa on 14 July.", "African Union", "2025-07-14", "Addis Ababa"),
    ("LIMA, June 11 (Wire) - The Andean Community council meets in Lima on 3 September.", "Andean Community",
     "2025-09-03", "Lima"),
    ("HANOI, June 11 (Wire) - The ministers will report to the ASEAN summit, which opens in Vientiane on October 8.",
     "ASEAN", "2025-10-08", "Vientiane"),
])
def test_a_present_tense_with_a_calendar_day_is_scheduled(run, text, part, day, place):
    assert [(r[2], r[3], r[4]) for r in events_with(run(text), part)] == [("scheduled", day, place)]


def test_a_past_tense_with_a_calendar_day_stays_held(run):
    rows = events_with(run("LIMA, June 11 (Wire) - The Andean Community council met in Lima on 3 June."), "Andean")
    assert [(r[2], r[3]) for r in rows] == [("held", "2025-06-03")]


# -- a body's session -------------------------------------------------------------------------

@pytest.mark.parametrize("text,parts,status,day,place", [
    ("CAIRO, June 11 (Wire) - The Arab League's contact group on Libya agreed to hold its next session in Tunis "
     "on 3 July.", ("Arab League",), "agreed", "2025-07-03", "Tunis"),
    ("BUCHAREST, June 11 (Wire) - Romania and Moldova will hold a joint government session in Chisinau in "
     "October.", ("Romania", "Moldova"), "scheduled", "2025-10", "Chisinau"),
    ("DAKAR, June 11 (Wire) - The Senegal-Gambia joint commission's next session will take place in Banjul in "
     "March, the ministers said.", ("Senegal", "Gambia"), "scheduled", "2026-03", "Banjul"),
    ("BERLIN, June 11 (Wire) - Germany and Poland will hold a joint cabinet session in Warsaw on Monday.",
     ("Germany", "Poland"), "scheduled", "2025-06-16", "Warsaw"),
])
def test_a_bodys_or_two_governments_session_is_their_meeting(run, text, parts, status, day, place):
    rows = events_with(run(text), *parts)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("meeting", status, day, place)]


@pytest.mark.parametrize("text", [
    "ACCRA, June 11 (Wire) - The National Assembly will hold its next session in March.",
    "NAIROBI, June 11 (Wire) - The Supreme Court will hold its next session in March.",
    "WASHINGTON, June 11 (Wire) - The US Congress will hold a joint session on Monday.",
])
def test_a_parliaments_or_a_courts_session_is_no_diplomatic_event(run, text):
    assert event_rows(run(text)) == []


# -- a gathering in a participle clause -------------------------------------------------------

@pytest.mark.parametrize("text,parts,day,place", [
    ("CAIRO, June 11 (Wire) - Meeting in Cairo on Sunday, the Egyptian and Sudanese foreign ministers agreed to "
     "reopen the border.", ("Egypt", "Sudan"), "2025-06-08", "Cairo"),
    ("KAMPALA, June 11 (Wire) - The presidents of Kenya and Uganda, meeting in Kampala on Tuesday, signed a "
     "pipeline deal.", ("Kenya", "Uganda"), "2025-06-10", "Kampala"),
    ("SANTIAGO, June 11 (Wire) - The Chilean and Bolivian foreign ministers, meeting in Arica on Monday, have "
     "agreed to set up a water commission.", ("Chile", "Bolivia"), "2025-06-09", "Arica"),
])
def test_a_gathering_in_a_participle_clause_was_held(run, text, parts, day, place):
    rows = [r for r in events_with(run(text), *parts) if r[0] == "meeting"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", day, place)]


def test_a_participle_on_a_future_clause_is_not_held(run):
    rows = events_with(run("DOHA, June 11 (Wire) - Meeting in Doha next week, the Gulf and Iranian foreign "
                           "ministers will discuss shipping."), "Iran")
    assert all(r[2] != "held" for r in rows)


# -- a council named by who sits in it: its organisation meets ---------------------------------

@pytest.mark.parametrize("text,body,others", [
    ("MINSK, June 11 (Wire) - The Council of Foreign Ministers of the CIS met in Minsk on Tuesday.",
     "Commonwealth of Independent States", set()),
    ("JEDDAH, June 11 (Wire) - Pakistan's foreign minister attended the OIC Council of Foreign Ministers in Jeddah "
     "on Tuesday.", "Organization of Islamic Cooperation", {"Pakistan"}),
    ("ALMATY, June 11 (Wire) - The delegation of Kyrgyzstan took part in the meeting of the Council of Heads of "
     "Government of the Commonwealth of Independent States held on Tuesday in Almaty.",
     "Commonwealth of Independent States", {"Kyrgyzstan"}),
])
def test_a_council_of_a_bodys_members_is_the_bodys_meeting(run, text, body, others):
    rows = event_rows(run(text))
    assert [(r[0], set(r[1]), r[2]) for r in rows] == [("meeting", {body} | others, "held")]


def test_a_national_council_of_ministers_is_no_diplomatic_meeting(run):
    assert event_rows(run("LONDON, June 11 (Wire) - The minister attended the Council of Ministers in London on "
                          "Tuesday.")) == []


# -- an en dash inside a summit's name --------------------------------------------------------

@pytest.mark.parametrize("text,part,status,day,place", [
    ("BELGRADE, June 11 (Wire) - Serbia's president said on Monday he would not travel to next month's "
     "EU\u2013Western Balkans summit in Tirana.", "Serbia", "declined", "2025-07", "Tirana"),
    ("BRUSSELS, June 11 (Wire) - The EU\u2013Central Asia summit will be held in Samarkand on 3 April.",
     "European Union", "scheduled", "2026-04-03", "Samarkand"),
])
def test_an_en_dash_in_a_summits_name_keeps_its_status(run, text, part, status, day, place):
    rows = events_with(run(text), part)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("summit", status, day, place)]


# -- a styled host receiving a guest "and his accompanying delegation" --------------------------

@pytest.mark.parametrize("text,guest", [
    ("KUWAIT, June 11 (KUNA) -- His Highness the Crown Prince received at Bayan Palace today the visiting Foreign "
     "Minister of the Republic of Paraguay Luis Benitez and his accompanying delegation.", "Luis Benitez"),
    ("DOHA, June 11 (QNA) -- His Highness the Amir received at the Amiri Diwan today the visiting Prime Minister of "
     "the Republic of Mozambique Carlos Nhaca and his accompanying delegation.", "Carlos Nhaca"),
])
def test_a_guest_with_an_accompanying_delegation_is_still_received(run, text, guest):
    rows = [r for r in events_with(run(text), guest) if r[0] == "meeting"]
    assert [(r[2], r[3]) for r in rows] == [("held", "2025-06-11")]


# -- first-person releases: the heading's one named person is "I" -------------------------------

@pytest.mark.parametrize("text,author,other,kind", [
    ("Media release\nMinister for Foreign Affairs Sarah Tupou\n\nToday I spoke with the Prime Minister of Samoa "
     "about our shared commitment to a secure Pacific.", "Sarah Tupou", "Samoa", "call"),
    ("Statement by Foreign Minister Daniel Okoth\n\nThis morning I met the Foreign Minister of Ethiopia, Abebe "
     "Tesfaye, in Nairobi to discuss the border.", "Daniel Okoth", "Abebe Tesfaye", "meeting"),
    ("Media release \u2014 The Hon Fiona Marsh MP, Minister for Trade\n\nToday I spoke with the Prime Minister of "
     "Tonga about trade in the region.", "Fiona Marsh", "Tonga", "call"),
])
def test_the_i_of_a_release_is_the_author_its_heading_names(run, text, author, other, kind):
    rows = events_with(run(text), author, other)
    assert [(r[0], r[2]) for r in rows] == [(kind, "held")]


def test_a_release_naming_nobody_gives_i_no_speaker(run):
    rows = event_rows(run("Press release\n\nToday I spoke with the Prime Minister of Samoa about our shared "
                          "commitment to a secure Pacific."))
    assert all(len(r[1]) < 2 for r in rows)


# -- a bare "the Minister of State" later in a readout: the holder named before --------------------

def test_a_later_bare_minister_of_state_is_the_holder_named_before(run):
    text = ("Muscat / Information Office / 11 June 2025\n\nHE Minister of State at the Ministry of Foreign Affairs "
            "Dr. Salim bin Nasser Al-Harthy met today with the UN Special Envoy for Sudan.\n\nHE the Minister of "
            "State also received a phone call today from HE Foreign Minister of the Republic of Niger, during which "
            "they reviewed bilateral relations.")
    rows = [r for r in event_rows(run(text)) if r[0] == "call"]
    assert [(sorted(r[1]), r[2]) for r in rows] == [(["Niger", "Salim bin Nasser Al-Harthy"], "held")]


# -- a gathering whose sidelines host a planned meeting; a plan the parties "agreed" after it -------

@pytest.mark.parametrize("text,body,day", [
    ("JEDDAH, June 11 (Wire) - The two ministers will meet on the sidelines of the OIC Council of Foreign Ministers "
     "next Tuesday.", "Organization of Islamic Cooperation", "2025-06-17"),
    ("KUALA LUMPUR, June 11 (Wire) - The Thai and Cambodian foreign ministers will meet on the sidelines of the "
     "ASEAN summit in Kuala Lumpur on Sunday.", "ASEAN", "2025-06-15"),
])
def test_a_gathering_hosting_a_planned_meeting_on_its_sidelines_is_scheduled(run, text, body, day):
    rows = [r for r in event_rows(run(text)) if r[1] == {body}]
    assert [(r[2], r[3]) for r in rows] == [("scheduled", day)]


@pytest.mark.parametrize("text,parts", [
    ("BUCHAREST, June 11 (Wire) - Romania and Moldova will hold a joint government session in Chi\u0219in\u0103u in "
     "the autumn, the two prime ministers agreed in a phone call on Friday, the Romanian government said.",
     ("Romania", "Moldova")),
    ("LUSAKA, June 11 (Wire) - Zambia and Malawi will hold their joint commission in Lilongwe in August, the two "
     "foreign ministers agreed on Monday.", ("Zambia", "Malawi")),
])
def test_a_plan_followed_by_the_parties_agreement_is_agreed(run, text, parts):
    rows = [r for r in events_with(run(text), *parts) if r[0] == "meeting"]
    assert [r[2] for r in rows] == ["agreed"]


# -- a bare title under a ministry's heading that names its capital --------------------------------

@pytest.mark.parametrize("text,state,place", [
    ("Transcript of the Weekly Press Briefing by the Spokesperson, Ministry of Foreign Affairs, Nairobi\n\n"
     "SPOKESPERSON: The Foreign Minister will visit Kampala from 3 to 5 July at the invitation of his Ugandan "
     "counterpart.", "Kenya", "Kampala"),
    ("Press briefing by the Spokesperson of the Ministry of Foreign Affairs, Hanoi\n\nSPOKESPERSON: The Deputy "
     "Prime Minister and Foreign Minister will visit Vientiane from 3 to 5 July.", "Vietnam", "Vientiane"),
])
def test_a_bare_title_under_a_ministrys_heading_serves_the_capitals_state(run, text, state, place):
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert [(state in r[1], r[2], r[4]) for r in rows] == [(True, "scheduled", place)]
