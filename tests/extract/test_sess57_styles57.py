"""The forms of an interview's question and a report that tell a meeting by where someone was and with whom:
"You were in Iasi with the Romanian foreign minister on Friday", "X was in Skopje with his Macedonian counterpart",
"You spent last Thursday in Denpasar with Australia's foreign minister" (the parser hanging the "with" on the
place). Near-misses: a question asking it ("Were you in Rome with him?"), a stay with family, a hypothetical ("would
be in Rome with X"), a denial ("was not in Rome with X"). Invented people; real states and cities."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, place", [
    # an interview's question: a stay in a town the tagger takes for a body, with a foreign minister
    ("'We are neighbours first': Moldova's foreign minister\n\n"
     "Our conversation with Ilinca Dumbrava-Stoica was recorded in Chisinau on Monday.\n\n"
     "Q: You were in Iași with the Romanian foreign minister on Friday. What came of it?\n\n"
     "DUMBRAVA-STOICA: A timetable for the bridge at Ungheni, nothing more.",
     (["Dumbrava", "DUMBRAVA", "Moldova"], ["Romania"]), None),
    # "spent last Thursday in X with Y": the parser hangs the "with" on the place
    ("Q&A | Malaysia's foreign minister on the straits\n\n"
     "Harith Zulkefli-Anuar answered our questions in Putrajaya on Tuesday.\n\n"
     "Q: You spent last Thursday in Kuching with Brunei's foreign minister. Anything concrete?\n\n"
     "ZULKEFLI-ANUAR: A joint survey of the border rivers.",
     (["Zulkefli", "ZULKEFLI", "Malaysia"], ["Brunei"]), "Kuching"),
    # a report: a minister in a capital with his counterpart, the purpose after it
    ("BELGRADE, May 27 (Wire) - Serbia's foreign minister Dusan Markovac-Ilic was in Skopje with his Macedonian "
     "counterpart on Friday to discuss the rail line to Thessaloniki, the ministry said.",
     (["Markovac", "Serbia"], ["Macedonia"]), "Skopje"),
    # a ministry's release: its minister in a capital with a named head of government
    ("MINISTRY OF FOREIGN AFFAIRS OF ZAMBIA\nPRESS STATEMENT\n\nLusaka, 27 May 2090\n\n"
     "Zambian Foreign Minister Chilufya Mwansa-Bwalya was in Harare with the Zimbabwean prime minister on Friday "
     "and the Kariba dam works were reviewed, the ministry said.",
     (["Mwansa", "Zambia"], ["Zimbabwe"]), "Harare"),
])
def test_stay_with_an_official_is_a_meeting(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, list(parts), "held", place=place), rows


@pytest.mark.parametrize("text, other", [
    # a question asking whether, answered with a private stay
    ("Kestutis Zemaitis-Rudis, Lithuania's foreign minister, spoke to us in Vilnius.\n\n"
     "Q: Were you in Warsaw with the Polish prime minister last week?\n\n"
     "A: No. I was in Krakow with my family.", "Pol"),
    # a stay with family, not an official
    ("The Hungarian foreign minister, Bence Orosz-Takacs, was in Vienna with his wife on Saturday for a concert.",
     "Austria"),
    # a hypothetical stay
    ("ATHENS, May 27 (Wire) - Foreign Minister Stavros Leventis-Kourou said he would be in Ankara with his Turkish "
     "counterpart if the talks on the islands resumed.", "Turk"),
    # a denied stay
    ("SOFIA, May 27 (Wire) - Foreign Minister Radoslav Petkov-Dimov was not in Bucharest with the Romanian prime "
     "minister on Friday, his office said, correcting earlier reports.", "Romania"),
])
def test_no_meeting_without_a_told_stay(run, text, other):
    rows = event_rows(run(text))
    assert not any(r[2] in ("held", "scheduled") and any(other in n for n in r[1]) for r in rows), rows


ASKED = "Nilufar Rahimova-Saidova answered our questions in Tashkent on Monday.\n\n"


def test_answer_naming_who_called_it_off(run):
    """"The presidency has cancelled it": the answer's active voice gives the asked-of session its status."""
    rows = event_rows(run(ASKED + "Q: And the SCO foreign ministers' session in Astana next month?\n\n"
                                  "RAHIMOVA-SAIDOVA: The presidency has cancelled it. Nobody could agree on the agenda."))
    assert has_row(rows, MEET, [["Shanghai Cooperation"]], "cancelled"), rows


def test_answer_moving_it_to_a_day_is_no_cancellation(run):
    rows = event_rows(run(ASKED + "Q: And the SCO foreign ministers' session in Astana next month?\n\n"
                                  "RAHIMOVA-SAIDOVA: The presidency has postponed it to July."))
    assert not any(r[2] == "cancelled" for r in rows), rows


def test_when_answered_by_place_and_day(run):
    """"Q: When will you meet X? A: In Astana on 4 June.": a meeting set for that day and place."""
    rows = event_rows(run(ASKED + "Q: When will you meet the Kazakh foreign minister?\n\n"
                                  "RAHIMOVA-SAIDOVA: In Astana on 4 June, ahead of the summit."))
    assert has_row(rows, MEET, [["Rahimova", "RAHIMOVA", "Uzbekistan"], ["Kazakhstan"]], "scheduled", day="2090-06-04",
                   place="Astana"), rows


@pytest.mark.parametrize("question, answer", [
    ("When did you last meet the Kazakh foreign minister?", "In Astana, a year ago."),  # asked of the past
    ("Will you meet the Kazakh foreign minister?", "In Astana? No plans."),  # no "when": a place asked back
    ("When will you meet the Kazakh foreign minister?", "We have not decided. There is no date."),
])
def test_when_unanswered_is_no_plan(run, question, answer):
    rows = event_rows(run(ASKED + f"Q: {question}\n\nRAHIMOVA-SAIDOVA: {answer}"))
    assert not any(r[2] in ("scheduled", "held") and any("Kazakh" in n for n in r[1]) for r in rows), rows
