"""Interviews printed in many styles: whoever answers is found from an introduction ("X spoke to us", "sat down
with our editor"), a closing line on the interviewee ("X is Tunisia's foreign minister."), or a surname label, and
answers set as "A:", "A.", "Answer:", dash-led paragraphs or plain paragraphs under plain questions all speak for
the interviewee; the one a question asks about ("the Nigerien leader", "Minister, ... the Moroccan foreign minister")
is who an answer's "him" and "we" meet. Near-misses: a question answered "No", a hypothetical answer, and a turn
label ("Q. Minister") are no event and no person. Invented people; real states and cities."""

from __future__ import annotations

from datetime import date

import pytest

from harness import actor_names, event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status, place", [
    # "Q:" / "A:" turns, the interviewee named only by a closing line on them
    ("Q: Minister, did you meet the Moroccan foreign minister in Rabat?\n\n"
     "A: Yes. I met him on Wednesday, and we went through the fisheries file line by line.\n\n"
     "Samira Ben Youssef-Khelifi is Tunisia's foreign minister. She spoke to us in Tunis.",
     (["Youssef", "Tunisia"], ["Morocco"]), "held", "Rabat"),
    # "Q." / "A." turns, the introduction naming the interviewee
    ("Rania Haddad-Mourad, Lebanon's foreign minister, spoke to us in Beirut on Friday.\n\n"
     "Q. Minister, have you seen the Cypriot president since the spring?\n\n"
     "A. I met him in Nicosia on Tuesday. It was a long and useful evening.",
     (["Haddad", "Lebanon"], ["Cyprus"]), "held", "Nicosia"),
    # "Question:" / "Answer:" labels: "we spoke" is the interviewee and the one asked about
    ("In an interview with the Daily Meridian, Chilean Foreign Minister Ignacio Valdebenito Rojas spoke about "
     "relations with Lima.\n\nQuestion: Have you spoken with the Peruvian foreign minister since the storm?\n\n"
     "Answer: Yes. We spoke by phone on Thursday about the border crossings.",
     (["Valdebenito", "Chile"], ["Peru"]), "held", None),
    # mixed-case full-name labels, an outlet asking; a demonym the tagger takes for a name before "leader"
    ("Ghana's foreign minister, Chidinma Okafor-Eze, spoke to the Coastal Tribune.\n\n"
     "Coastal Tribune: Have you met the Nigerien leader?\n\n"
     "Chidinma Okafor-Eze: I met him in Niamey last month, and we spoke for two hours about the corridor.",
     (["Okafor", "Ghana"], ["Niger"]), "held", "Niamey"),
    # dash-led paragraphs after "sat down with our editor"
    ("Nepal's foreign minister, Binod Prasad Adhikari-Thapa, sat down with our editor.\n\n"
     "\u2014 Minister, you met the Indian foreign secretary in Kathmandu last week. What came of it?\n\n"
     "\u2014 A long list of small things, which is how neighbours make progress.\n\n"
     "\u2014 Will you travel to Beijing?\n\n\u2014 Not at this time, though the invitation stands.",
     (["Adhikari", "Nepal"], ["India"]), "held", "Kathmandu"),
    # plain question paragraphs with no labels at all
    ("Estonia's foreign minister Kadri Tammsaar-Lepp talked to us in Tallinn.\n\n"
     "Will you go to Riga this summer?\n\n"
     "I am going there next week to meet my Latvian counterpart about the rail link.\n\n"
     "And the Finns?\n\nWe speak every week. Helsinki is closer than people think.",
     (["Tammsaar", "Estonia"], ["Latvia"]), "scheduled", None),
])
def test_answer_speaks_for_the_interviewee(run, text, parts, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET + ("call",), list(parts), status, place=place), rows


def test_plain_answers_tell_an_agreed_meeting_of_our_governments(run):
    text = ("Latvia's foreign minister Aivars Kalnins-Ozols spoke to us in Riga on Thursday.\n\n"
            "You were in Vilnius on Monday. What did you and your Lithuanian colleague decide?\n\n"
            "We agreed that our governments will hold a joint cabinet session in Riga in the autumn.\n\n"
            "Will you go to Minsk?\n\nNo. There is nothing to discuss there for now.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Latvia"], ["Lithuania"]], "agreed", place="Riga"), rows
    assert not any("Belarus" in n or "Minsk" in n for r in rows for n in r[1] if r[2] in ("scheduled", "held")), rows


def test_turn_label_is_no_person(run):
    text = ("Samira Ben Youssef-Khelifi, Tunisia's foreign minister, spoke to us in Tunis.\n\n"
            "Q. Minister, did you meet the Moroccan foreign minister in Rabat?\n\n"
            "A. Yes. I met him on Wednesday, and we agreed to hold talks again in Tunis in the autumn.")
    ex = run(text)
    assert not any(n.startswith("Q.") for n in actor_names(ex)), actor_names(ex)
    assert has_row(event_rows(ex), MEET, [["Youssef", "Tunisia"], ["Morocco"]], "held", place="Rabat"), event_rows(ex)


@pytest.mark.parametrize("text, other", [
    # a question answered "No": no meeting planned or held
    ("Zambia's foreign minister, Mwila Chanda-Phiri, spoke to our correspondent in Lusaka.\n\n"
     "Q: Will you meet your Malawian counterpart this month?\n\nA: No, that is not planned for now.\n\n"
     "Q: And the Congolese?\n\nA: We talk often, but there is no trip on the calendar.", "Malawi"),
    # a hypothetical answer: no visit scheduled
    ("Mongolia's foreign minister, Oyunbileg Batsukh, spoke to us in Ulaanbaatar.\n\n"
     "INTERVIEWER: Has the Kazakh president invited you to Astana?\n\n"
     "BATSUKH: If he invited me, I would go. He has not, and I do not expect him to this year.", "Kazakhstan"),
])
def test_refused_or_hypothetical_is_no_plan(run, text, other):
    rows = event_rows(run(text))
    assert not any(r[2] in ("scheduled", "held", "agreed") and any(other in n for n in r[1]) for r in rows), rows


def test_rhetorical_questions_in_a_column_are_no_interview(run):
    text = ("Opinion: what the Andes summit can still do\n\n"
            "Ministers Paula Orellana Vidal of Peru and Hernan Siles Arce of Bolivia met in Cusco on Friday.\n\n"
            "Will the deal hold?\n\nWe doubt it, because the border markets are still closed.\n\n"
            "Can it be saved?\n\nWe think so, if both capitals keep talking.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Peru", "Orellana"], ["Bolivia", "Siles"]], "held"), rows
    assert not any(r[2] != "held" for r in rows if r[0] in MEET), rows


@pytest.mark.parametrize("text, sides, place", [
    # capitals labels: the interviewee's state and the one other state the questions named
    ("Mauritania's foreign minister, Aminetou Mint Sidi-Ahmed, spoke to our correspondent in Nouakchott.\n\n"
     "HOST: Your Senegalese counterpart was here on Tuesday. Did the gas field come up?\n\n"
     "SIDI-AHMED: It was the only subject, and the royalty formula is finally settled.\n\n"
     "HOST: So what now?\n\n"
     "SIDI-AHMED: The two presidents will sign the royalty agreement in Saint-Louis in July.",
     (["Mauritania", "Sidi-Ahmed"], ["Senegal"]), "Saint-Louis"),
    # "Q:" and a bare "A:", the interviewee named by a closing line
    ("Q: Your Costa Rican counterpart came to Managua last month. Anything concrete?\n\n"
     "A: Yes, the river patrol protocol is agreed and ready after six rounds of drafts.\n\n"
     "Q: And the ceremony?\n\n"
     "A: The two foreign ministers will sign the patrol protocol in Granada in August.\n\n"
     "Ernesto Baltodano Ruiz is Nicaragua's foreign minister.",
     (["Nicaragua", "Baltodano"], ["Costa Rica"]), "Granada"),
])
def test_the_two_in_an_answer_are_interviewee_and_the_other_side(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), list(sides), "scheduled", place=place), rows


def test_two_leaders_sign_at_a_place_with_no_paper_named(run):
    text = ("BISHKEK, May 27 (Wire) - Kyrgyzstan and Kazakhstan closed the last open sections of their water accord "
            "on Saturday. The two presidents will sign in Talas in July, officials said.")
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [["Kyrgyzstan"], ["Kazakhstan"]], "scheduled", place="Talas"), rows


@pytest.mark.parametrize("text", [
    "ALMATY, May 27 (Wire) - Two mining firms from Kazakhstan and China will sign in Almaty in July, the companies said.",
    "The two presidents are expected to sign off on the budget in Astana next week, officials said.",
])
def test_no_leaders_or_signing_off_is_no_signing(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "signing"], event_rows(run(text))
