"""Speakers and outlets as parties: an answer's "him", "her", "they" and "we" after a question, "our minister" and
"our country", and "the Kingdom" / "the country" under a dateline, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2044, 6, 15)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _rows(run, text, kind):
    return [r for r in event_rows(run(text)) if r[0] == kind]


@pytest.mark.parametrize("text, kind, parties, status, day", [
    ("Interview with Finnish President Aino Korhonen-Lahti.\n\n"
     "Q: The Estonian prime minister has asked for a joint air-defence plan. Have you discussed it with him?\n\n"
     "KORHONEN-LAHTI: I will see him in Tallinn on Monday, and it is the first item.",
     "meeting", {"Aino Korhonen-Lahti", "Estonia"}, "scheduled", "2044-06-20"),
    ("The Portuguese prime minister, Duarte Vasconcelos Lobo, spoke to RTP on Wednesday.\n\n"
     "INTERVIEWER: Have you talked to the Spanish prime minister about the drought?\n\n"
     "VASCONCELOS LOBO: I called her on Monday, and we agreed to share the reservoir data.",
     "call", {"Duarte Vasconcelos Lobo", "Spain"}, "held", "2044-06-13"),
])
def test_him_or_her_in_an_answer_is_the_one_the_question_names(run, text, kind, parties, status, day):
    found = _rows(run, text, kind)
    assert found and found[0][1] == parties and found[0][2:4] == (status, day), event_rows(run(text))


def test_we_spoke_after_a_question_on_one_person(run):
    text = ("INTERVIEWER: Have you spoken to the Ghanaian president since the border closure?\n\n"
            "OUATTARA-KONE: We spoke last night for an hour. It was a useful conversation.\n\n"
            "(President Mariam Ouattara-Kone of Cote d'Ivoire was speaking to our correspondent.)")
    found = _rows(run, text, "call")
    assert found and "Ghana" in found[0][1] and any("Ouattara" in n for n in found[0][1]), event_rows(run(text))


def test_they_in_an_answer_are_the_two_the_question_names(run):
    text = ("Briefing by the presidential spokesperson\n\n"
            "Q: Has President Lindiwe Mokoena-Dube spoken to the Zambian president since the rail strike?\n\n"
            "SPOKESPERSON: They talked by phone on Monday for half an hour.")
    found = _rows(run, text, "call")
    assert found and found[0][1] == {"Lindiwe Mokoena-Dube", "Zambia"}, event_rows(run(text))


def test_a_question_alone_names_no_one_for_a_pronoun(run):
    text = ("Q: What do you make of the new tariffs?\n\n"
            "A: I will see him in Geneva on Friday.")
    assert not _rows(run, text, "meeting"), event_rows(run(text))


def test_i_spoke_to_my_counterpart_is_a_call_and_we_the_two(run):
    text = ("Peru's foreign minister, Rosa Quintanilla Huamán, told reporters in Lima: \"I spoke to my Bolivian "
            "counterpart this morning. We will meet in La Paz next week to settle the lake dispute.\"")
    calls = _rows(run, text, "call")
    assert calls and calls[0][1] == {"Rosa Quintanilla Huamán", "Bolivia"}, event_rows(run(text))
    meetings = [r for r in event_rows(run(text)) if r[0] in ("meeting", "talks")]
    assert meetings and meetings[0][1] == {"Rosa Quintanilla Huamán", "Bolivia"}, event_rows(run(text))
    assert meetings[0][2] == "scheduled" and meetings[0][4] == "La Paz"


def test_speaking_to_an_outlet_is_no_call(run):
    text = ("Prime Minister Tomas Lindqvist-Berg has spoken to SVT outside parliament:\n"
            "\"The grid will be back by tonight.\"")
    assert not _rows(run, text, "call"), event_rows(run(text))


@pytest.mark.parametrize("text, own, other", [
    ("Weekly press briefing of the Foreign Ministry spokesperson, Cairo\n\n"
     "SPOKESPERSON NOUR EL-DIN: The foreign minister of our country will travel to Khartoum on Sunday at the "
     "invitation of his Sudanese counterpart.", "Egypt", "Sudan"),
    ("HANOI (State Radio) - A government spokesman said our Prime Minister will fly to Vientiane next month for "
     "talks with his Lao counterpart on the new railway.", "Vietnam", "Laos"),
])
def test_our_minister_serves_the_state_of_the_briefing_or_dateline(run, text, own, other):
    rows = event_rows(run(text))
    assert any({own, other} <= set(r[1]) for r in rows), rows


@pytest.mark.parametrize("text, visitor, state", [
    ("AMMAN, June 15 (Petra) -- Foreign Minister Hani Qudah Zu'bi received at the ministry today Omani Foreign "
     "Minister Salim bin Hamad Al Busaidi on the occasion of his visit to the Kingdom.", "Salim bin Hamad Al Busaidi",
     "Jordan"),
    ("DOHA, 15th June, 2044 (QNA) -- HE the Minister of State for Foreign Affairs Khalid Al Mansouri today met "
     "Kyrgyz Foreign Minister Bakyt Osmonaliev, who is currently visiting the country.", "Bakyt Osmonaliev", "Qatar"),
    ("Managua, June 14. The Co-President of the Republic on Tuesday received Lu Wenbin, Vice-Premier of the "
     "State Council of China, who is making an official visit to our country, the official agency reported.",
     "Lu Wenbin", "Nicaragua"),
])
def test_a_visit_to_the_kingdom_the_country_or_our_country_goes_to_the_home_state(run, text, visitor, state):
    visits = _rows(run, text, "visit")
    assert visits and visits[0][1] == {visitor, state}, event_rows(run(text))


def test_a_question_on_the_counterparts_minister_is_not_our_minister(run):
    text = ("PRESS BRIEFING BY THE MINISTRY SPOKESPERSON\n\n"
            "SPOKESPERSON MENSAH: Our Minister, Mr. Kwabena Osei-Tutu, will host his Togolese counterpart in Accra on "
            "Friday. The ministers will discuss the border.\n\n"
            "QUESTION: Will the President also meet the Togolese minister?\n\n"
            "SPOKESPERSON MENSAH: Not at this stage.")
    found = _rows(run, text, "meeting")
    assert found and found[0][1] == {"Kwabena Osei-Tutu", "Togo"}, event_rows(run(text))
    assert found[0][2] == "scheduled" and found[0][3] == "2044-06-17" and found[0][4] == "Accra"
