"""Gulf, Central Asian and Pacific state-media styles: agencies in dateline brackets, styles and patronymic names,
receptions at palaces, messages and calls received."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.clauses import DATELINE
from diplograph.timex.dateline import dateline, dateline_place
from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 11, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- datelines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line,opening", [
    ("MANAMA, (BNA) \u2013 The Foreign Minister received ...", "MANAMA, (BNA) \u2013 "),
    ("TASHKENT, 11.11.2025 /UzA/ \u2014 The President held ...", "TASHKENT, 11.11.2025 /UzA/ \u2014 "),
    ("CASTRIES, St Lucia, Mon Nov 10 2025 (CMC) \u2013 Leaders of ...", "CASTRIES, St Lucia, Mon Nov 10 2025 (CMC) \u2013 "),
])
def test_datelines_with_bracketed_agencies_and_days_in_figures(line, opening):
    m = DATELINE.match(line)
    assert m is not None and m.group(0) == opening


def test_a_day_in_figures_dates_the_story_and_a_dayless_agency_line_names_its_place():
    assert dateline("BISHKEK, 10.11.2025 /Kabar/ \u2014 The Cabinet ...", PUBLISHED)[0] == date(2025, 11, 10)
    assert dateline_place("BISHKEK, 10.11.2025 /Kabar/ \u2014 The Cabinet ...") == "Bishkek"
    assert dateline_place("RIYADH, (SPA) \u2013 The Crown Prince ...", dayless=True) == "Riyadh"


@pytest.mark.parametrize("text,agency", [
    ("MANAMA, (BNA) \u2013 Bahraini Foreign Minister Khalid Al Mannai met Greek Foreign Minister Nikos Dendias "
     "in Manama on Tuesday.", "BNA"),
    ("ASHGABAT, 11.11.2025 /TDH Watan/ \u2014 Turkmen Foreign Minister Batyr Annayev held talks with Iranian "
     "Foreign Minister Hossein Rezaei in Ashgabat on Tuesday.", "Watan"),
])
def test_the_agency_in_dateline_brackets_is_no_party(run, text, agency):
    ex = run(text)
    assert not any(agency in a.name for a in ex.actors)
    assert [len(r[1]) for r in event_rows(ex)] == [2]


# -- styles, titles and names -------------------------------------------------------------------

def test_the_amir_spelled_so_stands_for_the_state_of_the_dateline(run):
    rows = events_with(run("DOHA, (QNA) \u2013 His Highness the Amir received on Monday the Prime Minister of "
                           "Malta, Joseph Camilleri, and the accompanying delegation."), "Qatar", "Camilleri")
    assert [(r[0], r[3], r[4]) for r in rows] == [("meeting", "2025-11-10", "Doha")]


def test_a_style_in_capitals_before_a_guests_name_keeps_her_title_and_state_one_party(run):
    rows = event_rows(run("KUWAIT CITY, (KUNA) \u2013 Foreign Minister Sheikh Salem Al-Sabah received on Sunday "
                          "President of the Republic of Senegal HE Aminata Diop Sall."))
    assert len(rows) == 1 and any("Aminata Diop Sall" in n for n in rows[0][1]) and len(rows[0][1]) == 2


@pytest.mark.parametrize("text,name", [
    ("Prime Minister of Malaysia Datuk Seri Hamzah bin Yusof met Thai Prime Minister Somchai Wongsawat in "
     "Putrajaya on Monday.", "Hamzah bin Yusof"),
    ("Malaysian Trade Minister Siti Hajar binti Osman held talks with Singapore's trade minister Tan Wei Ming in "
     "Singapore on Monday.", "Siti Hajar binti Osman"),
])
def test_patronymic_particles_stay_inside_a_name(run, text, name):
    assert any(name in n for r in event_rows(run(text)) for n in r[1])


def test_a_long_name_with_hyphenated_family_parts_is_still_a_name(run):
    rows = events_with(run("Kuwaiti Foreign Minister Sheikh Nasser Sabah Al-Ahmad Al-Jaber met his Omani "
                           "counterpart in Muscat on Monday."), "Al-Jaber")
    assert [(r[3], r[4]) for r in rows] == [("2025-11-10", "Muscat")]


# -- receptions, messages and calls -------------------------------------------------------------

def test_a_call_received_is_a_call_and_no_reception(run):
    rows = event_rows(run("His Highness the Emir of Kuwait received on Sunday a phone call from Egyptian President "
                          "Hany Mahfouz, during which they discussed regional developments."))
    assert [r[0] for r in rows] == ["call"]


@pytest.mark.parametrize("text", [
    "The King received a written message from the President of Chad on bilateral relations.",
    "His Majesty the Sultan received cables of congratulations from the leaders of the GCC states on National Day.",
])
def test_a_message_or_a_cable_received_is_no_meeting(run, text):
    assert event_rows(run(text)) == []


def test_a_palace_the_venues_know_is_where_and_not_who(run):
    ex = run("KUWAIT CITY, (KUNA) \u2013 The Crown Prince received at Seif Palace on Monday the Foreign Minister of "
             "Chile, Alberto Vidal.")
    assert not any(a.name == "Seif Palace" for a in ex.actors)
    assert [r[4] for r in events_with(ex, "Vidal")] == ["Kuwait City"]


def test_a_states_titled_guest_hung_on_the_day_is_the_guest(run):
    rows = events_with(run("The Sultan received at Al Alam Palace on Monday Indian External Affairs Minister Ravi "
                           "Shankar Rao."), "Rao")
    assert [(r[0], r[4]) for r in rows] == [("meeting", "Muscat")]


def test_a_guests_name_hung_on_the_state_ending_her_title_is_the_guest(run):
    rows = events_with(run("MUSCAT, Nov 10 (ONA) \u2013 Sayyid Harib bin Saif Al Busaidi, the Deputy Prime Minister, "
                           "received at Al Alam Palace the Minister of Trade of Brazil, Carla Menezes, who is currently "
                           "on a working trip."), "Menezes", "Busaidi")
    assert [(r[0], r[4]) for r in rows] == [("meeting", "Muscat")]


def test_visiting_the_kingdom_goes_to_the_state_of_the_reception(run):
    rows = events_with(run("RIYADH, Nov 10 (SPA) \u2013 The Crown Prince received at Al-Yamamah Palace on Monday the "
                           "President of Finland, Mikko Lahtinen, who is currently visiting the Kingdom."),
                       "Lahtinen", "Saudi Arabia")
    assert sorted(r[0] for r in rows) == ["meeting", "visit"]
    assert {r[4] for r in rows} == {"Riyadh"}


# -- bodies named by two nationalities ----------------------------------------------------------

@pytest.mark.parametrize("text,a,b,status,place", [
    ("The Emirati-Egyptian Higher Committee will hold its fourteenth session in Cairo next week.",
     "United Arab Emirates", "Egypt", "scheduled", "Cairo"),
    ("The Kazakh-Uzbek Supreme Interstate Council held its ninth session in Turkistan on Monday.",
     "Kazakhstan", "Uzbekistan", "held", "Turkistan"),
])
def test_a_body_named_by_two_nationalities_meets_as_the_two_states(run, text, a, b, status, place):
    rows = events_with(run(text), a, b)
    assert [(r[2], r[4]) for r in rows] == [(status, place)]


# -- retreats and organs of named bodies --------------------------------------------------------

@pytest.mark.parametrize("text,party,status", [
    ("Melanesian Spearhead Group leaders will hold a retreat in Luganville next month.",
     "Melanesian Spearhead Group", "scheduled"),
    ("Samoa's prime minister has declined an invitation to attend the Pacific Islands Forum leaders' retreat in "
     "Koror next month.", "Samoa", "declined"),
])
def test_a_leaders_retreat_is_a_gathering(run, text, party, status):
    rows = events_with(run(text), party)
    assert [r[2] for r in rows] == [status]


def test_an_armys_retreat_is_no_gathering(run):
    assert event_rows(run("The army's retreat from the northern town was completed on Tuesday.")) == []


def test_a_numbered_session_of_an_organ_named_with_its_bodys_acronym_is_its_meeting(run):
    rows = event_rows(run("The 33rd session of the OIC Executive Committee will be held in Jeddah on Sunday."))
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2025-11-16", "Jeddah")]


def test_the_amir_by_title_alone_is_an_office_on_a_call(run):
    rows = events_with(run("Asked about the call, the spokesman said: His Highness the Amir received a phone call "
                           "yesterday from President Marek Novotny of the Czech Republic."), "Novotny", "Amir")
    assert [r[0] for r in rows] == ["call"]


def test_the_head_of_state_tagged_as_a_body_is_an_office_and_its_holder_the_host(run):
    rows = event_rows(run("The visiting Japanese Foreign Minister, Kenta Mori, was received by the Head of State, "
                          "His Highness Tuimavave Lealaiauloto, on Monday."))
    assert [sorted(r[1]) for r in rows if r[0] == "meeting"] == [["Kenta Mori", "Tuimavave Lealaiauloto"]]
