"""Events told in an interview's questions and answers: an interviewer's "You were in X last week" is the one asked's
trip there, "Not this time." refuses the gathering the question asks of, "you sat across from your counterpart" is a
meeting; with the near-misses that tell none (a question asking whether one was there, a report with no question
paragraph, "Not yet.", a seat across from a building). Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "conference", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, place", [
    # surname labels, introduced above
    ("'The lake is a shared well': Uganda's foreign minister\n\nOkello Ssemanda-Byaruhanga spoke to us in Kampala on "
     "Thursday.\n\nQ: You were in Nairobi last week. Did the Kenyans listen?\n\nSSEMANDA-BYARUHANGA: They listened. "
     "Whether they heard is another matter.\n\nQ: And the fishing licences?\n\nSSEMANDA-BYARUHANGA: Still open.",
     ["Ssemanda", "Kenya"], "Nairobi"),
    # surname labels, closing line on the interviewee
    ("'We sell copper, not silence': Peru's foreign minister on the Andes\n\nQ: You were in La Paz earlier this month. "
     "What came of it?\n\nVALDIVIESO ARANA: A railway study and a promise to meet again.\n\nQ: Is the border "
     "quiet?\n\nVALDIVIESO ARANA: Quieter than the newspapers.\n\nRosario Valdivieso Arana is Peru's minister of "
     "foreign affairs.", ["Valdivieso", "Bolivia"], "La Paz"),
    # Q:/A: labels, introduced above
    ("'A small state needs many friends': Estonia's foreign minister\n\nMarju Kalvet-Ilves spoke to us in Tallinn on "
     "Friday.\n\nQ: You were in Vilnius on Tuesday. Anything agreed?\n\nA: A joint purchase of air defence radars. "
     "The details follow in June.\n\nQ: And the Finns?\n\nA: We talk every week.", ["Kalvet", "Lithuania"],
     "Vilnius"),
])
def test_asked_you_were_in_a_place_is_the_interviewees_trip(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[sides[0], sides[0].upper()], [sides[1]]], "held", place=place), rows  # (the
    # answer's capitals label may name the interviewee)


@pytest.mark.parametrize("text, sides", [
    ("'The reef is our border': Fiji's prime minister\n\nSitiveni Naivalurua-Tora spoke to us in Suva on "
     "Saturday.\n\nQ: You met the Indian prime minister in Delhi last month. Was it useful?\n\nNAIVALURUA-TORA: Very. "
     "We got the hospital.\n\nQ: Will you go to Tokyo for the Pacific Islands Leaders Meeting?\n\nNAIVALURUA-TORA: "
     "Not this time. My deputy will go in my place.", ["Naivalurua", "Japan"]),
    ("'Our coffee speaks for us': Honduras's president\n\nQ: Will you attend the Ibero-American summit in Madrid?\n\n"
     "CASTELLANOS MEJIA: Not this time. The foreign minister will represent us.\n\nQ: And Washington?\n\n"
     "CASTELLANOS MEJIA: Next year, perhaps.\n\nGloria Castellanos Mejia is the president of Honduras.",
     ["Castellanos", "Spain"]),
])
def test_not_this_time_refuses_the_asked_gathering(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit", "meeting", "conference"), [[sides[0], sides[0].upper()]], "declined"), rows


@pytest.mark.parametrize("text, sides", [
    ("'Borders are drawn by patience': Georgia's foreign minister\n\nNino Abashidze-Kvirikashvili spoke to us in "
     "Tbilisi on Monday.\n\nQ: You sat across from your Armenian counterpart in Yerevan last week. Anything new?\n\n"
     "ABASHIDZE-KVIRIKASHVILI: A draft on the rail link. Not a treaty, but a draft.\n\nQ: And after that?\n\n"
     "ABASHIDZE-KVIRIKASHVILI: We wait for the engineers.", ["Abashidze", "Armenia"]),
    ("OSLO, May 27 (Wire) - Norway's foreign minister, Sigrun Haldorsen-Vik, sat across from her Swedish counterpart "
     "in Stockholm on Friday for three hours of talk on Arctic fisheries, her ministry said.", ["Haldorsen", "Swed"]),
])
def test_sat_across_from_a_counterpart_is_a_meeting(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[sides[0], sides[0].upper()], [sides[1]]], "held"), rows


@pytest.mark.parametrize("text", [
    # the question asks whether one was there: no trip told
    "'The lake is a shared well': Uganda's foreign minister\n\nOkello Ssemanda-Byaruhanga spoke to us in Kampala on "
    "Thursday.\n\nQ: Were you in Nairobi last week?\n\nSSEMANDA-BYARUHANGA: I was at home with the budget.\n\nQ: And "
    "the fishing licences?\n\nSSEMANDA-BYARUHANGA: Still open.",
    # an op-ed addressing its reader: no question paragraph
    "OPINION\n\nBy Teodora Marinescu-Pop\n\nYou were in Bucharest last week, perhaps, when the trams stopped. Nobody "
    "explained why. The city deserves better.",
    # a seat across from a building, not a person
    "BRUSSELS - The minister sat across from the cathedral in a small cafe on Friday, reading the papers.",
])
def test_no_trip_or_meeting_without_one_told(run, text):
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] in MEET and r[2] == "held"], rows


def test_not_yet_is_no_refusal(run):
    text = ("'Rice is diplomacy too': Laos's foreign minister\n\nQ: Will you visit Hanoi for the Mekong summit?\n\n"
            "PHOMMACHANH: Not yet. The dates are still open.\n\nQ: And Bangkok?\n\nPHOMMACHANH: We talk often.\n\n"
            "Khamla Phommachanh is the foreign minister of Laos.")
    rows = event_rows(run(text))
    assert not [r for r in rows if r[2] == "declined"], rows
