"""Press briefing transcripts: an answer that gives the status of the event its question names ("We have proposed a
meeting", "It's under consideration", "Those talks are planned for ...", "That trip has been cancelled"), the
near-misses that give none ("nothing to announce", "I'll refer you to ...", "not on the schedule", "I wouldn't rule
it out", a reporter's own trip), and a briefing's heading kept by the cleaner (no newsletter cue, no time stamp).
Texts invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor, has_row

from diplograph.ingest.clean.page import clean

PUBLISHED = date(2090, 5, 28)
MEETINGS = ("meeting", "talks", "negotiation", "summit", "conference", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


TOLD = [
    ("Department Press Briefing - May 28, 2090\n\nQUESTION: Is the Secretary going to meet the Chinese foreign minister in Jakarta next week?\n\nMR. HALVORSEN: We have proposed a meeting, and we are working out the dates.",
     MEETINGS, [("China", "Chinese")], "proposed"),
    ("Foreign Ministry Spokesperson's Regular Press Conference, Beijing, May 28, 2090\n\nQ: Will the foreign ministers of China and Japan hold talks in Seoul this month?\n\nSPOKESPERSON: We have proposed talks to the Japanese side.",
     MEETINGS, [("Japan",)], "proposed"),
    ("Itamaraty press briefing, Brasilia, 28 May 2090\n\nQUESTION: Will President Lula receive the Argentine president in Brasilia?\n\nSPOKESPERSON: That visit is under discussion between the two chancelleries.",
     MEETINGS, [("Lula",), ("Argentin",)], "proposed"),
    ("Daily noon briefing, Office of the Spokesperson for the Secretary-General - 28 May 2090\n\nQUESTION: Will the Secretary-General meet the Ethiopian prime minister in Addis Ababa?\n\nSPOKESPERSON: It's under consideration. We'll share details.",
     MEETINGS, [("Ethiopia",)], "proposed"),
    ("Weekly Press Briefing by the Spokesperson, Ministry of Foreign Affairs, Islamabad\n\nQUESTION: Will the Foreign Minister hold talks with his Afghan counterpart in Kabul?\n\nSPOKESPERSON: Those talks are planned for the end of the month.",
     MEETINGS, [("Afghan",)], "scheduled"),
    ("Midday briefing of the European Commission, Brussels, 28 May 2090\n\nQ: Is the EU-China summit in Beijing still going ahead?\n\nSPOKESPERSON: The summit has been called off.",
     MEETINGS, [("China",)], "cancelled"),
    ("Press briefing by the spokesperson of the Ministry of Foreign Affairs, Ankara\n\nQUESTION: Will the Minister visit Cairo next week?\n\nSPOKESPERSON: That trip has been cancelled.",
     MEETINGS, [("Egypt",)], "cancelled"),
    ("MOFA press briefing, Tokyo, 28 May 2090\n\nQ: Will the Foreign Minister meet the Philippine foreign secretary in Manila next month?\n\nPRESS SECRETARY: The meeting is scheduled for June 12.",
     MEETINGS, [("Philippine", "Philippines")], "scheduled"),
    ("Media briefing by the Ministry of External Affairs, New Delhi\n\nQUESTION: Has the External Affairs Minister sought a meeting with the Canadian foreign minister?\n\nSPOKESPERSON: He has asked, and we are waiting for a response.",
     MEETINGS, [("Canad",)], "proposed"),
]


@pytest.mark.parametrize("text, kinds, parts, status", TOLD)
def test_an_answer_gives_the_status_of_the_event_its_question_names(run, text, kinds, parts, status):
    found = rows(run(text))
    assert has_row(found, kinds, parts, status), found


UNTOLD = [
    "MOFA press briefing, Tokyo, 28 May 2090\n\nQ: Is the Foreign Minister planning to visit Pyongyang?\n\nSPOKESPERSON: I have nothing to announce at this point.",
    "Transcript of Weekly Media Briefing by the Official Spokesperson, Ministry of External Affairs\n\nQUESTION: Will the Prime Minister meet the Chinese President at the BRICS summit in Kazan?\n\nOFFICIAL SPOKESPERSON: That meeting is not on the schedule.",
    "Department Press Briefing - May 28, 2090\n\nQUESTION: Will the Secretary meet the Russian foreign minister in Geneva?\n\nMR. HALVORSEN: I'll refer you to the White House for the President's schedule.",
    "Department Press Briefing - May 28, 2090\n\nQUESTION: I was in Hanoi last week and met the Vietnamese deputy minister. Will the Secretary go there?\n\nMR. HALVORSEN: I have nothing to announce.",
    "MOFA press briefing, Tokyo, 28 May 2090\n\nQ: Did the Foreign Minister meet the South Korean foreign minister in Busan last week?\n\nPRESS SECRETARY: I'm not going to get into the details of diplomatic exchanges.",
    "Department Press Briefing - May 28, 2090\n\nQUESTION: Would the Secretary consider talks with the Iranian foreign minister?\n\nMR. HALVORSEN: I wouldn't rule it out.",
    "Foreign Ministry Spokesperson's Regular Press Conference, Beijing, May 28, 2090\n\nQ: Will Premier Li visit Australia?\n\nA: We have no information to release at the moment.",
    "DIRCO media briefing, Pretoria, 28 May 2090\n\nQUESTION: Will the President attend the Commonwealth summit in Kigali?\n\nSPOKESPERSON: We will announce the programme in due course.",
    "Foreign Ministry briefing, Moscow, 28 May 2090\n\nQUESTION: Has the Minister asked the Americans for a meeting?\n\nSPOKESPERSON: We have asked nothing of them. It is for Washington to decide.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_a_briefing_answer_that_gives_no_status_claims_no_event(run, text):
    found = [r for r in rows(run(text)) if r[2] not in (None, "proposed")]
    assert not found, found


HEADINGS = [
    "Uzbek Foreign Ministry - weekly briefing, 4 October 2090 (excerpts)",
    "Ministry of Foreign Affairs - spokesperson's weekly briefing, Ankara",
    "Department Press Briefing, May 23, 2090",
    "Weekly briefing of the Ministry of Foreign Affairs spokesman, Doha",
    "Government press conference, Berlin, 8 September 2090",
]
BODY = "\n\nSPOKESPERSON: The Minister will travel to Kenya next week, where he will meet the President.\n\nQUESTION: Anything else?\n\nSPOKESPERSON: No."


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_briefing_heading_is_kept(heading):
    assert clean(heading + BODY).text.startswith(heading)


@pytest.mark.parametrize("line", ["Sign up for our weekly briefing", "Get the morning briefing in your inbox"])
def test_a_newsletter_cue_is_still_blanked(line):
    assert not clean(line + BODY).text.startswith(line)


ANSWERED_AGAIN = [
    ("Press briefing, Ministry of Foreign Affairs, Hanoi\n\nSPOKESPERSON: The Minister will host the Laotian foreign minister in Hanoi on Friday.\n\nQUESTION: What about the consultations with Cambodia and Thailand on the Mekong?\n\nSPOKESPERSON: Those consultations have been called off.",
     [("Cambodia",), ("Thailand",)], [("Lao",)]),
    ("Weekly media briefing, Ministry of Foreign Affairs, Nairobi\n\nSPOKESPERSON: The Foreign Minister will receive her Ugandan counterpart in Nairobi on Monday to discuss the oil pipeline.\n\nQUESTION: And the three-way meeting with Tanzania and Rwanda? Is it still planned for next month?\n\nSPOKESPERSON: The meeting has been postponed at Kigali's request.",
     [("Tanzania",), ("Rwanda",)], [("Uganda",)]),
]


@pytest.mark.parametrize("text, asked, told", ANSWERED_AGAIN)
def test_an_answers_definite_mention_is_the_event_its_question_names(run, text, asked, told):
    found = rows(run(text))
    assert has_row(found, MEETINGS, asked, "cancelled"), found
    assert has_row(found, MEETINGS, told, "scheduled") and not has_row(found, MEETINGS, told, "cancelled"), found


def test_an_answer_that_the_one_asked_will_not_travel_declines_the_gathering(run):
    text = ("Kazakh Foreign Ministry - weekly briefing, 28 May 2090\n\nQUESTION: Will the President attend the SCO summit in"
            " Minsk next month?\n\nSPOKESPERSON: The President will not travel to Minsk this time. The Prime Minister will"
            " lead the delegation.")
    found = rows(run(text))
    assert has_row(found, ("summit",), [("Kazakhstan",)], "declined"), found
