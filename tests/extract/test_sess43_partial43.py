"""The second side of two: an unqualified "the Secretary-General" is the head of a body styled so (the UN when the
article names none such), and "the Kingdom" / "the Sultanate" under a state's dateline is that state: invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)

CONTACT = ("meeting", "talks", "call", "visit", "summit", "signing", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, other, wrong", [
    ("SPOKESPERSON: This morning the Secretary-General met with President Elena Varga of Moldova, who is in New York "
     "for the Security Council's debate. They discussed the Court's advisory opinion and the ICJ hearings.",
     "Elena Varga", "International Court of Justice"),
    ("Noon briefing. Yesterday the Secretary-General spoke by telephone with President Hassan Omar Dirie about the "
     "drawdown of the AU mission.", "Hassan Omar Dirie", "African Union"),
    ("The Deputy Secretary-General is in Lusaka today, where she met President Mwamba Chileshe to discuss debt relief. "
     "Tomorrow she will travel to Gaborone for the SADC extraordinary summit.", "Mwamba Chileshe", None),
    ("The Secretary-General will meet the Prime Minister of Fiji, Ratu Pita Lomani, on Friday, the spokesman said. "
     "The ECOWAS Commission will also brief the Council.", "Ratu Pita Lomani", "ECOWAS"),
    ("GENEVA - The Secretary-General met Iran's foreign minister, Ali Reza Bagheri, on the margins of the Human "
     "Rights Council session.", "Ali Reza Bagheri", "Human Rights Council"),
])
def test_an_unqualified_secretary_general_is_the_uns_when_no_body_so_led_is_named(run, text, other, wrong):
    rows = event_rows(run(text))
    assert has_row(rows, CONTACT, [["United Nations"], [other]]), rows
    assert wrong is None or not any(wrong in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, body, other", [
    ("JAKARTA - ASEAN foreign ministers gathered on Monday. The Secretary-General met with Timor-Leste's foreign "
     "minister, Jose Ramos Belo, on the sidelines.", "ASEAN", "Jose Ramos Belo"),
    ("BRUSSELS - NATO defence ministers meet this week. The Secretary-General held talks with Sweden's defence "
     "minister Erik Lund on Tuesday.", "NATO", "Erik Lund"),
    ("LONDON - Commonwealth foreign ministers met at Marlborough House. The Secretary-General held talks with "
     "Guyana's foreign minister Hugh Todd-Ramsay on Wednesday.", "Commonwealth", "Hugh Todd-Ramsay"),
    ("JEDDAH - The OIC executive committee met on Sunday. The Secretary-General received Gambia's foreign minister, "
     "Mamadou Tangara-Jobe, at the headquarters.", "Islamic Cooperation", "Mamadou Tangara-Jobe"),
])
def test_a_secretary_general_is_the_named_bodys_when_it_has_one(run, text, body, other):
    rows = event_rows(run(text))
    assert has_row(rows, CONTACT, [[body], [other]]), rows
    assert not any("United Nations" in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, parts", [
    ("MANAMA, Feb 8 - The foreign minister announced that the Kingdom will host the Arab League summit in Manama on "
     "May 17.", [["Arab League"], ["Bahrain"]]),
    ("MUSCAT, May 6 - The Sultanate and Jordan signed three agreements on Tuesday during the visit of Jordan's prime "
     "minister.", [["Oman"], ["Jordan"]]),
    ("RABAT, June 2 - The Kingdom and Mauritania agreed on Monday to hold a joint commission in Nouakchott in "
     "October.", [["Morocco"], ["Mauritania"]]),
    ("PHNOM PENH, Aug 14 - The Kingdom signed a memorandum on rice exports with Laos on Thursday in the presence of "
     "the two prime ministers.", [["Cambodia"], ["Laos"]]),
    ("BANGKOK, Oct 3 - The Kingdom will host the ASEAN summit in Bangkok in November, the foreign ministry said.",
     [["ASEAN"], ["Thailand"]]),
    ("RIYADH, Jan 9 (SPA) - The Kingdom and Iran agreed on Sunday to reopen their embassies and to hold talks in "
     "Baghdad next month.", [["Saudi Arabia"], ["Iran"]]),
    ("VADUZ, April 4 - The Principality and Switzerland signed a tax accord on Friday.",
     [["Liechtenstein"], ["Switzerland"]]),
    ("AMMAN (Petra) -- The Kingdom and Iraq signed a pipeline agreement in Amman on Tuesday.", [["Jordan"], ["Iraq"]]),
])
def test_the_kingdom_under_its_dateline_is_the_datelines_state(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, CONTACT, parts), rows


@pytest.mark.parametrize("text, wrong", [
    ("NAIROBI, June 2 - Kenya's foreign minister said the Kingdom had not replied to the invitation to the summit in "
     "Mombasa.", "Kenya"),
    ("DOHA, May 3 - The Kingdom signed a border accord with Qatar on Sunday.", "Qatar"),
    ("GENEVA, May 3 - The Kingdom said it would not attend the conference on Lebanon.", "Switzerland"),
    ("NEW YORK, May 3 - The Kingdom and Norway co-chaired the meeting, the delegates said.", "United States"),
])
def test_the_kingdom_is_no_state_whose_official_name_lacks_the_word(run, text, wrong):
    rows = event_rows(run(text))
    assert not any(r[1] == frozenset({wrong}) or wrong in r[1] and "Kenya" not in text for r in rows), rows
    assert not any(r[1] == frozenset({wrong}) for r in rows), rows


def test_the_kingdom_without_a_dateline_is_nobody(run):
    ex = run("The Kingdom will host the next round of talks, the minister said.")
    assert not any(a.type == "state" for a in ex.actors), [(a.key, a.name) for a in ex.actors]


def test_the_kingdom_of_a_state_names_that_state(run):
    rows = event_rows(run("AMMAN, Jan 5 - The Hashemite Kingdom of Jordan and the Kingdom of Bahrain signed a customs "
                          "accord on Sunday."))
    assert has_row(rows, CONTACT, [["Jordan"], ["Bahrain"]]), rows


@pytest.mark.parametrize("text, parts", [
    ("SAN SALVADOR - The SICA summit opened on Friday. Costa Rica will host the next summit in December, the "
     "secretariat said.", [["Central American Integration System"], ["Costa Rica"]]),
    ("The Pacific Islands Forum leaders' meeting closed in Honiara on Thursday. Tonga will host the next meeting in "
     "Nuku'alofa in September.", [["Pacific Islands Forum"], ["Tonga"]]),
    ("The East African Community summit met in Arusha on Saturday. Burundi will host the next summit in Gitega in "
     "June.", [["East African Community"], ["Burundi"]]),
])
def test_the_host_of_a_bodys_next_sitting_takes_part(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit", "meeting", "conference"), parts, status="scheduled"), rows


def test_the_host_of_the_next_round_between_others_only_hosts(run):
    rows = event_rows(run("Egypt hosted talks between Israel and Hamas in Cairo on Monday. Qatar will host the next "
                          "round in Doha."))
    assert not any("Qatar" in r[1] for r in rows), rows


@pytest.mark.parametrize("text, place", [
    ("This morning the Secretary-General met with President Ana Lopes of Cabo Verde, who is in New York for the "
     "General Assembly.", "New York"),
    ("Minister Aziz, who is in Doha for the forum, held talks with Qatar's prime minister on Monday.", "Doha"),
    ("Chancellor Brandt met with Prime Minister Tavita of Samoa, who is in Berlin for a climate conference, on "
     "Tuesday.", "Berlin"),
])
def test_a_guest_whose_clause_says_where_they_are_meets_there(run, text, place):
    rows = event_rows(run(text))
    assert any(r[0] in CONTACT and r[4] == place for r in rows), rows


def test_a_guest_who_was_elsewhere_before_places_nothing(run):
    rows = event_rows(run("The minister met Kenya's foreign minister Amina Wako, who was in Addis Ababa last month, "
                          "on Sunday."))
    assert not any(r[4] == "Addis Ababa" for r in rows), rows


def test_a_call_takes_no_place_from_where_the_guest_is(run):
    rows = event_rows(run("Foreign Minister Ines Duarte spoke by phone on Monday with Chile's foreign minister Pablo "
                          "Rojas, who is in Lima for the Pacific Alliance meeting."))
    assert not any(r[0] == "call" and r[4] == "Lima" for r in rows), rows


@pytest.mark.parametrize("text, place", [
    ("NEW YORK, May 28 (Wire) - The Secretary-General met Fiji's prime minister, Ratu Pita Lomani, today.", "New York"),
    ("BRUSSELS, May 28 - The NATO Secretary-General met Finland's defence minister Aino Laine today.",
     "Brussels"),
])
def test_a_bodys_contact_under_its_seats_dateline_is_there(run, text, place):
    rows = event_rows(run(text))
    assert any(r[0] in CONTACT and r[4] == place for r in rows), rows


def test_a_bodys_trip_under_its_seats_dateline_is_where_it_goes(run):
    rows = event_rows(run("NEW YORK, May 28 - The Secretary-General will travel to Addis Ababa next week to meet the "
                          "AU chairperson."))
    assert not any(r[4] == "New York" for r in rows), rows
