"""Answers that refer back: an answer that gives the event its question names a status ("- We have proposed one for
March.", "- We have requested a meeting in Mogadishu.", "- Yes, on Friday.") also gives it the day and the place it
tells, and its "we" is the answerer's side (the minister who answers, the body a briefing's heading names); with the
near-misses that give nothing ("No comment.", "I won't speculate.", "Yes, but not before March.", a question about
no one). Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 11, 8)  # a Wednesday

MEET = ("meeting", "talks", "negotiation", "summit", "conference", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, day, place", [
    # interview, Q:/surname labels: "one" for the asked talks, the month ahead
    ("'Rivers do not stop at borders': Kenya's foreign minister\n\nWambui Kariuki-Odhiambo spoke to us in Nairobi on "
     "Monday.\n\nQ: Will Kenya hold talks with Ethiopia on the dam?\n\nKARIUKI-ODHIAMBO: We have proposed them for "
     "March. Whether they happen depends on Addis.", ["Kenya", "Ethiopia"], "2091-03", None),
    # interview: the answer's place and season for the question's host and talks
    ("'The strait is our street': Indonesia's foreign minister\n\nQ: Will Indonesia host talks with Malaysia on the "
     "fisheries row?\n\nSURYADI WIBOWO: We have offered to host them in Surabaya in October, with both coast "
     "guards.\n\nQ: And Canberra?\n\nSURYADI WIBOWO: We talk every week.", ["Indonesia", "Malaysia"], "2091-10",
     "Surabaya"),
    # interview with a dash for the answer: invited, to a city, in a month
    ("'A small country with long memories': Georgia's foreign minister\n\nQ: Will you meet your Armenian counterpart "
     "before the summer?\n- I have invited him to Tbilisi in June. He has not answered yet.",
     ["Georgia", "Armenia"], "2091-06", "Tbilisi"),
])
def test_answer_gives_the_asked_event_its_day_and_place(run, text, sides, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "proposed", day=day, place=place), rows


@pytest.mark.parametrize("text, state, place", [
    ("Noon briefing, UN Spokesperson's office\n\nSPOKESPERSON: On Monday the Secretary-General meets the AU "
     "chairperson in Addis Ababa.\n\nQUESTION: Will he also see Somalia's president?\n\nSPOKESPERSON: We have "
     "requested a meeting in Mogadishu. We have not had an answer.", "Somalia", "Mogadishu"),
    ("Daily press briefing by the UN Spokesperson (excerpt)\n\nSPOKESPERSON: The Secretary-General is in Nairobi "
     "today.\n\nQUESTION (Radio Kigali): Will the Secretary-General see Burundi's president while in the region?\n\n"
     "SPOKESPERSON: We have requested a meeting in Gitega.", "Burundi", "Gitega"),
])
def test_a_spokespersons_we_is_the_body_of_the_briefing(run, text, state, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["United Nations"], [state]], "proposed", place=place), rows
    assert not any("Radio" in n for r in rows for n in r[1]), rows  # the asker's outlet is no side


def test_yes_with_a_day_sets_the_asked_meeting(run):
    text = ("'We sell salt and sunshine': Peru's president\n\nNilda Huaman Quispe spoke to us in Lima on Monday.\n\n"
            "Q: Will you meet the Chilean president in Arica?\n\nHUAMAN QUISPE: Yes, on Friday. We have a lot to "
            "settle on water.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Chile"]], "scheduled", day="2090-11-10"), rows


@pytest.mark.parametrize("text", [
    # a yes with no day it is set for
    "'We sell salt and sunshine': Peru's president\n\nNilda Huaman Quispe spoke to us in Lima on Monday.\n\n"
    "Q: Will you meet the Chilean president in Arica?\n\n"
    "HUAMAN QUISPE: Yes, but not before March. There is too much to prepare.",
    # a yes with nothing dated
    "'We sell salt and sunshine': Peru's president\n\nNilda Huaman Quispe spoke to us in Lima on Monday.\n\n"
    "Q: Will you meet the Chilean president in Arica?\n\n"
    "HUAMAN QUISPE: Yes. There is a lot to settle on water.",
])
def test_a_yes_without_a_day_sets_no_day(run, text):
    rows = event_rows(run(text))
    assert not has_row(rows, MEET, [["Chile"]], "scheduled"), rows


@pytest.mark.parametrize("text", [
    "Weekly briefing, Ministry of Foreign Affairs, Bangkok\n\nQUESTION: Will the minister see the Cambodian "
    "ambassador this week?\n\nSPOKESPERSON: No comment.",
    "Weekly briefing, Ministry of Foreign Affairs, Bangkok\n\nQUESTION: Will the minister see the Cambodian "
    "ambassador this week?\n\nSPOKESPERSON: I won't speculate on the minister's diary.",
    "'Numbers do not lie': Norway's trade minister\n\nQ: Will you see the results of the review?\n\n"
    "LINDHAGEN-MOE: We have requested them. They are late.",
])
def test_questions_answered_with_nothing_give_nothing(run, text):
    rows = event_rows(run(text))
    assert not any(r[2] in ("proposed", "scheduled", "agreed") for r in rows), rows
