"""Sides lost to how a heading or a title chain was written: a release's heading in capitals ("SENATOR THE HON JANE
ROE", "THE HON JOHN ROE MP") names the "I" of its body as the mixed-case heading does; two titles joined before one name
("OSCE Chairperson-in-Office and Minister for Foreign Affairs of Malta Jane Roe") name the person, not the body that
opens the first title. Near-misses keep what main did. Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import actor_names, event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, author, other", [
    # press release, Australia: senator's heading in capitals
    ("MEDIA RELEASE\nSENATOR THE HON JANE MORRISON-KELLY\nMINISTER FOR TRADE\n\nToday I met Indonesian Trade Minister "
     "Dewi Kartikasari in Jakarta to discuss the trade agreement.", "Morrison-Kelly", "Kartikasari"),
    # press release, Pacific: member's heading in capitals, joint release
    ("JOINT MEDIA RELEASE\nTHE HON PETER DOUGLAS-WHITE MP\nMINISTER FOR FOREIGN AFFAIRS\n\nI met New Zealand Foreign "
     "Minister Aroha Ngatai-Rewi in Wellington today.", "Douglas-White", "Ngatai-Rewi"),
    # press release, Southeast Asia: the name line first, a future trip
    ("THE HON PETER DOUGLAS-WHITE MP\nMINISTER FOR DEFENCE\n\nThis week I will travel to Manila, where I will meet "
     "Philippine Defence Secretary Ramon Villanueva-Cruz.", "Douglas-White", "Villanueva-Cruz"),
    # press release, Canada-style heading
    ("NEWS RELEASE\nTHE HON MARGARET LEBLANC-FRASER\nMINISTER OF INTERNATIONAL DEVELOPMENT\n\nYesterday I held talks "
     "with Haitian Prime Minister Jean-Robert Celestin-Pierre in Port-au-Prince.", "Leblanc-Fraser",
     "Celestin-Pierre"),
])
def test_capital_styled_heading_is_the_I(run, text, author, other):
    ex = run(text)
    rows = event_rows(ex)
    assert has_row(rows, MEET, [[author], [other]]), rows
    assert not any(n.isupper() and author.upper() in n for n in actor_names(ex)), actor_names(ex)


def test_mixed_case_heading_still_read(run):
    text = ("MEDIA RELEASE\nSenator the Hon Jane Morrison-Kelly\nMinister for Trade\n\nToday I met Indonesian Trade "
            "Minister Dewi Kartikasari in Jakarta to discuss the trade agreement.")
    assert has_row(event_rows(run(text)), MEET, [["Jane Morrison-Kelly"], ["Kartikasari"]], "held")


def test_capital_heading_of_a_body_is_no_author(run):
    # near-miss: the heading in capitals names a department, no styled member: no "I" is read from it
    text = ("MEDIA RELEASE\nDEPARTMENT OF FOREIGN AFFAIRS AND TRADE\n\nToday I met Indonesian Trade Minister Dewi "
            "Kartikasari in Jakarta.")
    rows = event_rows(run(text))
    assert not any(any("DEPARTMENT" in n.upper() for n in r[1]) and len(r[1]) >= 2 for r in rows), rows


@pytest.mark.parametrize("text, holder, other, body", [
    # press release of a body, Eastern Europe
    ("OSCE Chairperson-in-Office and Minister for Foreign Affairs of Malta Maria Borg-Zammit visited "
     "Chisinau on Monday, where she met President Elena Rusu-Tanase.", "Borg-Zammit", "Moldova", "OSCE"),
    # wire, Caucasus
    ("OSCE Chairperson-in-Office and Foreign Minister of Finland Aino Virtanen-Koski met "
     "Georgian Prime Minister Giorgi Beridze-Lomidze in Tbilisi on Monday.", "Virtanen-Koski", "Beridze-Lomidze",
     "OSCE"),
    # newspaper, Western Africa: a regional body's chair who is also a head of state
    ("ECOWAS Chairman and President of Senegal Ousmane Kandji-Seck held talks with Nigerian President "
     "Emeka Obi-Nwosu in Abuja on Friday.", "Kandji-Seck", "Obi-Nwosu", "ECOWAS"),
])
def test_two_titles_before_one_name_are_the_person(run, text, holder, other, body):
    rows = event_rows(run(text))
    assert has_row(rows, MEET + ("visit",), [[holder], [other]]), rows
    assert not any(body in r[1] and not any(holder in n for n in r[1]) for r in rows), rows


def test_body_and_a_person_joined_stay_two(run):
    # near-miss: "the EU and Foreign Minister X" are two sides joined by "and", not two titles of one person
    text = ("The European Union and Foreign Minister Aino Virtanen-Koski of Finland met Georgian Prime Minister "
            "Giorgi Beridze-Lomidze in Tbilisi on Monday.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Beridze-Lomidze"], ["Virtanen-Koski"]]), rows


def test_one_title_after_a_body_is_the_person(run):
    # one hyphenated title after the body, no dateline: the parser hung the holder on the body too
    text = "OSCE Chairperson-in-Office Aino Virtanen-Koski met Georgian Prime Minister Giorgi Beridze-Lomidze on Monday."
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Virtanen-Koski"], ["Beridze-Lomidze"]], "held"), rows


def test_body_with_a_dateline_still_read(run):
    # near-miss: the same sentence under a dateline, which main already read
    text = ("TBILISI, May 22 (Wire) - OSCE Chairperson-in-Office and Foreign Minister of Finland Aino Virtanen-Koski "
            "met Georgian Prime Minister Giorgi Beridze-Lomidze in Tbilisi on Monday.")
    assert has_row(event_rows(run(text)), MEET, [["Virtanen-Koski"], ["Beridze-Lomidze"]], "held")


def test_body_as_subject_before_a_verb_stays(run):
    # near-miss: the body itself is the subject, no title after it; the person after the verb is its partner
    text = "The OSCE mission in Georgia met Georgian Prime Minister Giorgi Beridze-Lomidze in Tbilisi on Monday."
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["OSCE"], ["Beridze-Lomidze"]]), rows


@pytest.mark.parametrize("text, guest, host", [
    # wire, South America
    ("Peruvian Foreign Minister Ana Quispe-Mamani arrived in Santiago on Friday to see her Chilean counterpart Diego "
     "Fuentes-Rojas.", "Quispe-Mamani", "Fuentes-Rojas"),
    # newspaper, South America
    ("Brazilian President Marcos Oliveira-Prado flew to Buenos Aires on Monday to see Argentine President Julio "
     "Ferreyra-Sosa.", "Oliveira-Prado", "Ferreyra-Sosa"),
    # broadcast, East Africa: a trip ahead
    ("Kenyan President Amani Wekesa-Otieno will travel to Kampala next week to see President Joseph Okello-Mwesi.",
     "Wekesa-Otieno", "Okello-Mwesi"),
])
def test_trip_to_see_a_person_is_a_meeting(run, text, guest, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[guest], [host]]), rows


@pytest.mark.parametrize("text", [
    "Foreign Minister Lukas Brenner-Hof went to Kyiv to see the damage from the strikes.",
    "The president travelled to Doha to see the World Cup final.",
    "Ghanaian President Kwesi Mensah-Boateng flew to Paris to see his doctor.",
])
def test_trip_to_see_a_thing_is_no_meeting(run, text):
    # near-misses: a sight, a match, a private errand: no one met
    rows = event_rows(run(text))
    assert not any(r[0] in MEET for r in rows), rows
