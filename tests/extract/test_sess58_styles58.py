"""Transcripts (interviews, ministry briefings) where the question carries the event and the answer its fate or its
sides: "Q: Lome has proposed a three-way meeting. / A: We have said no" (the answering side turns the proposal down
and joins its sides: "we" is the interviewee's or the briefing ministry's state); "Q: You hosted the Paraguayan
foreign minister. / A: The joint commission will sit in Asuncion" (the standing body of the two states the
question's contact joins, the interviewee standing for their state). Near-misses: a refusal that is not one ("we have
not said no"), a refusal of another thing named in the answer ("the invitation to the forum", "the accusation"), a
body's sitting with no contact asked about. And a live blog's or a report's leader who "stayed in" their own capital
stays away from the gathering told (not the host staying in the summit's city, nor a stay in another state's city).
Invented people; real states and cities."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts", [
    # an interview: a neighbour's proposal in the question, "we have said no" in the answer
    ("'Our door stays open': Ghana's foreign minister\n\n"
     "Kwabena Asante-Mensah spoke to us in Accra on Tuesday.\n\n"
     "Q: Lome has proposed a three-way meeting with Ouagadougou on the border posts. Will you take part?\n\n"
     "ASANTE-MENSAH: We received the proposal and we have said no. The border posts are a bilateral matter.",
     (["Ghana"], ["Togo"])),
    # an offer asked about with no verb of its own, turned down with "it"
    ("'Dialogue is the only road': Chile's foreign minister\n\n"
     "Q: And Bolivia's offer of talks on the Silala waters?\n\n"
     "VALDIVIA-ROJAS: We have turned it down. The court has already ruled.\n\n"
     "Tomas Valdivia-Rojas is Chile's foreign minister.",
     (["Chile"], ["Bolivia"])),
    # a ministry's briefing: the spokesperson's "we" is the briefing's state
    ("Briefing of the Foreign Ministry of Kazakhstan, Astana\n\n"
     "SPOKESPERSON ABENOV: Good afternoon.\n\n"
     "QUESTION: Bishkek has offered to host trilateral talks with Tashkent on the water releases. What is your "
     "answer?\n\n"
     "SPOKESPERSON ABENOV: We have declined. Kazakhstan prefers the bilateral channel.",
     (["Kazakhstan"], ["Kyrgyzstan"])),
    # the question a statement, not ending on "?", after the asker's label; "said no to that"
    ("'We keep our word': Mongolia's foreign minister\n\n"
     "Q: Moscow has proposed talks on the pipeline route.\n\n"
     "BATBAYAR-DORJ: We said no to that last week. There is nothing to discuss.\n\n"
     "Batbayar Ganbold-Dorj is Mongolia's foreign minister.",
     (["Mongolia"], ["Russia"])),
])
def test_answer_turns_down_the_proposal_asked_about(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, list(parts), "declined"), rows


@pytest.mark.parametrize("text, parts", [
    # "we have not said no": no refusal
    ("Interview: Moldova's foreign minister\n\n"
     "Ion Cebotaru-Lungu spoke to us in Chisinau on Friday.\n\n"
     "Q: Tiraspol has proposed a new round of talks in Bender. Will you go?\n\n"
     "CEBOTARU-LUNGU: We have not said no. We are studying it.",
     (["Moldova", "Cebotaru"], ["Transnistria", "Tiraspol"])),
    # the answer turns down another thing it names itself
    ("Interview: Latvia's foreign minister\n\n"
     "Q: Minsk proposed talks on the border crossings last month.\n\n"
     "ZARINA-OZOLA: We turned down the invitation to the Vitebsk forum instead.\n\n"
     "Ilze Zarina-Ozola is Latvia's foreign minister.",
     (["Latvia"], ["Belarus"])),
    ("'We keep our word': Mongolia's foreign minister\n\n"
     "Q: Moscow has proposed talks on the pipeline route. Your answer?\n\n"
     "BATBAYAR-DORJ: We have rejected the accusation that we are stalling.\n\n"
     "Batbayar Ganbold-Dorj is Mongolia's foreign minister.",
     (["Mongolia"], ["Russia"])),
])
def test_no_refusal_of_the_proposal_asked_about(run, text, parts):
    rows = event_rows(run(text))
    assert not has_row(rows, MEET, list(parts), "declined"), rows


@pytest.mark.parametrize("text, parts, place", [
    # "sit" with the body's noun as the event's word, the interviewee standing for their state
    ("'Good fences': Uruguay's foreign minister\n\n"
     "Lucia Ferreyra-Sosa spoke to us in Montevideo on Tuesday.\n\n"
     "Q: You hosted the Paraguayan foreign minister on Monday. Anything concrete?\n\n"
     "FERREYRA-SOSA: Yes. The joint commission on the waterway will sit in Asuncion in October, for the first time "
     "in six years.",
     (["Uruguay"], ["Paraguay"]), "Asuncion"),
    # a short "Yes." and a second question sentence between the contact and the body's sitting
    ("Interview: Thailand's foreign minister\n\n"
     "Q: You hosted the Cambodian foreign minister last week. Was it useful? Any dates?\n\n"
     "CHAIYAPORN: Yes. The joint boundary commission will meet in Siem Reap in December.\n\n"
     "Somchai Chaiyaporn is Thailand's foreign minister. He spoke to us in Bangkok.",
     (["Thailand"], ["Cambodia"]), "Siem Reap"),
    # "we proposed that the joint committee meet": the interviewee's state, not the interviewee
    ("'The Gulf is one house': Qatar's foreign minister\n\n"
     "Q: You met the Omani foreign minister on Sunday. How did it go?\n\n"
     "AL-KUWARI: Very well. We proposed that the joint economic committee meet in Sohar next month, and he agreed "
     "to consult Muscat.\n\n"
     "Hamad Al-Kuwari is Qatar's foreign minister.",
     (["Qatar"], ["Oman"]), "Sohar"),
])
def test_joint_body_sits_for_the_sides_of_the_contact_asked_about(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, list(parts), place=place), rows


def test_a_body_sitting_with_no_contact_asked_about_has_no_foreign_side(run):
    text = ("Interview: Kenya's foreign minister\n\n"
            "Q: What is next for the cabinet?\n\n"
            "WANJIRU-MBUGUA: The cabinet will meet in Nakuru in March.\n\n"
            "Grace Wanjiru-Mbugua is Kenya's foreign minister.")
    rows = event_rows(run(text))
    assert not any(r[4] == "Nakuru" and len(r[1]) >= 2 for r in rows), rows


@pytest.mark.parametrize("text, side", [
    # a live blog's entry: a leader who stayed in their own capital stays away from the gathering the heading names
    ("LIVE: Pacific Islands Forum leaders' meeting in Apia\n\nAll times local\n\n"
     "16:30 - The communique is out.\n\n"
     "11:10 - One empty seat: Nauru's president stayed in Yaren and the country is represented by its foreign "
     "minister.\n\n"
     "09:00 - Good morning from Apia, where the Forum leaders open their retreat shortly.", "Nauru"),
    # the state by its adjective
    ("LIVE: SADC summit in Gaborone\n\n"
     "16:00 - The Malawian president stayed in Lilongwe because of the floods; his vice president reads the "
     "speech.\n\n"
     "09:00 - Good morning from Gaborone, where southern African leaders open their summit shortly.", "Malawi"),
    # a report: the leaders met in one capital, one of them stayed in his own
    ("Leaders of the Pacific Alliance met in Lima on Friday. Chile's president stayed in Santiago because of the "
     "wildfires.", "Chile"),
])
def test_leader_staying_in_own_capital_stays_away(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[side]], "declined"), rows


@pytest.mark.parametrize("text, side", [
    # staying on in the host's city, or in another state's city: no absence
    ("LIVE: SADC summit in Gaborone\n\n"
     "16:00 - The Malawian president stayed in Gaborone after the summit for talks with the host.\n\n"
     "09:00 - Good morning from Gaborone, where southern African leaders open their summit shortly.", "Malawi"),
    ("LIVE: SADC summit in Gaborone\n\n"
     "16:00 - Zambia's president stayed in Cape Town for a private visit.\n\n"
     "09:00 - Good morning from Gaborone, where southern African leaders open their summit shortly.", "Zambia"),
    # the host staying on in their own capital, where the summit sits
    ("LIVE: EAC summit in Nairobi\n\n"
     "16:00 - Kenya's president stayed in Nairobi after the summit to meet business leaders.\n\n"
     "09:00 - Good morning from Nairobi, where East African leaders open their summit shortly.", "Kenya"),
])
def test_leader_staying_elsewhere_is_no_absence(run, text, side):
    rows = event_rows(run(text))
    assert not has_row(rows, MEET, [[side]], "declined"), rows
