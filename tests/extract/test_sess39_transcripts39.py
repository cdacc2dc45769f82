"""Interviews and briefings told as transcripts: labels that put the office after the name, an answer's I/we/my
resolved to the labelled (or closing-note) speaker, "my X colleague", invitations to a place, a briefing's bare
office and an answer's "there": rules from held-out misses, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2031, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


MEET = ("meeting", "talks")


@pytest.mark.parametrize("text, parts, status, day, place", [
    ("Q: Have you spoken to the Chilean president?\n\nMATEO IBARRA SOLÍS, PRESIDENT OF PERU: I spoke to her "
     "yesterday by phone. We agreed to meet in Arica next month.",
     [["Ibarra"], ["Chile"]], "agreed", "2031-04", "Arica"),
    ("Q: Will you speak to the Moroccan king about the border?\n\nPRESIDENT KARIM BENSALAH OF ALGERIA: I spoke "
     "with him last night. We will meet in Oujda after the holidays.",
     [["Bensalah"], ["Morocco"]], None, None, "Oujda"),
    ("HOST: Any movement on the river?\n\nNGOZI ADAEZE OKAFOR, NIGERIAN FOREIGN MINISTER: My Cameroonian colleague "
     "and I will meet in Garoua on 2 April to sign the boundary protocol.",
     [["Okafor"], ["Cameroon"]], "scheduled", "2031-04-02", "Garoua"),
])
def test_labels_with_the_office_after_the_name(run, text, parts, status, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, status, day, place), rows


@pytest.mark.parametrize("text, parts, status, place", [
    ("Croatian Foreign Minister Ivana Horvat Kovač was interviewed on Sunday.\n\nQ: Relations with Belgrade are "
     "tense.\n\nHORVAT KOVAČ: I have proposed to my Serbian counterpart that we meet in Skopje next month.",
     [["Horvat Kovač"], ["Serbia"]], "proposed", "Skopje"),
    ("Q: What comes next on water?\n\nMINISTER HAMID KARIMZODA: My Uzbek colleague and I will meet in Termez on "
     "5 April.", [["Karimzoda"], ["Uzbekistan"]], "scheduled", "Termez"),
    ("Kenyan Foreign Minister Achieng Wafula said she would meet her Ethiopian colleague in Addis Ababa on "
     "Thursday.", [["Wafula"], ["Ethiopia"]], "scheduled", "Addis Ababa"),
])
def test_we_and_my_colleague_are_the_speakers_side(run, text, parts, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, status, place=place), rows


@pytest.mark.parametrize("text, guest, place", [
    ("Australian Prime Minister Ella McKenzie spoke to the breakfast show.\n\nHOST: And the new Indonesian "
     "president?\n\nMCKENZIE: I called him on Monday, and I have invited him to Canberra.", "Indonesia", "Canberra"),
    ("Japan's prime minister invited Vietnamese President Nguyen Van Minh to Tokyo next spring.",
     "Nguyen Van Minh", "Tokyo"),
    ("The Chilean president has invited her Uruguayan counterpart to Santiago, her office said on Thursday.",
     "Uruguay", "Santiago"),
])
def test_an_invitation_to_a_place_is_a_proposed_visit(run, text, guest, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[guest]], "proposed", place=place), rows


def test_an_invitation_for_no_party_is_no_visit(run):
    assert not event_rows(run("The company invited reporters to Geneva for a product launch.")), \
        event_rows(run("The company invited reporters to Geneva for a product launch."))


@pytest.mark.parametrize("text, parts, day, place", [
    ("Press briefing, Ministry of External Affairs, New Delhi\n\nOFFICIAL SPOKESPERSON: The External Affairs "
     "Minister will be in Colombo on Monday, where he will meet President Ranil Perera Wickrama.",
     [["India"], ["Wickrama"]], "2031-03-17", "Colombo"),
    ("Weekly briefing, Ministry of Foreign Affairs, Ankara\n\nSPOKESPERSON: Our Minister will receive the Foreign "
     "Minister of Georgia, Nino Beridze, in Ankara tomorrow.", [["Türkiye", "Turkey"], ["Beridze"]], "2031-03-15",
     "Ankara"),
    ("Highlights of the noon briefing, United Nations, New York\n\nSPOKESPERSON: The Deputy Secretary-General will "
     "be in Suva on Thursday, where she will meet Prime Minister Sitiveni Naulu Tabua.",
     [["United Nations"], ["Tabua"]], "2031-03-20", "Suva"),
])
def test_a_briefings_bare_office_and_its_where_clause(run, text, parts, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "scheduled", day, place), rows


@pytest.mark.parametrize("text, parts, place", [
    ("Q: Will you see the Argentine foreign minister soon?\n\nA: Yes, I am meeting him in Montevideo on Friday."
     "\n\n(Uruguayan Foreign Minister Lucía Ferreira Dotti was speaking to our correspondent.)",
     [["Ferreira Dotti"], ["Argentina"]], "Montevideo"),
    ("Q: Did you see the Brazilian president in Lisbon?\n\nA: Yes, I met him there on Wednesday.\n\n(Prime "
     "Minister João Marques Silva of Portugal spoke on public radio.)", [["Marques Silva"], ["Brazil"]], "Lisbon"),
])
def test_an_answer_of_the_closing_notes_speaker(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, place=place), rows


@pytest.mark.parametrize("text, parts, place", [
    ("Guinean Foreign Minister Amina Diallo Barry spoke to our Africa editor.\n\nQ: You were in Nairobi this week."
     "\n\nDIALLO BARRY: Yes. I met the Kenyan president there on Tuesday.", [["Diallo Barry"], ["Kenya"]], "Nairobi"),
    ("Q: You were in Hanoi last month.\n\nDATUK SERI RAHIM: I met the Vietnamese foreign minister there on the "
     "12th.\n\n(Foreign Minister Datuk Seri Rahim Abdul Karim spoke to the paper in Putrajaya.)",
     [["Rahim"], ["Vietnam", "Viet Nam"]], "Hanoi"),
])
def test_there_is_the_place_the_question_names(run, text, parts, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "held", place=place), rows


def test_an_invitation_of_several_guests_is_no_visit(run):
    text = ("Austrian Foreign Minister Clara Weissenberger has invited Slovak Foreign Minister Miroslav Hudec and "
            "Hungarian Foreign Minister Ágnes Farkas to Vienna on March 19.")
    assert not any(r[0] == "visit" for r in event_rows(run(text))), event_rows(run(text))


def test_a_meeting_takes_the_place_its_invitation_names(run):
    text = ("Q: And Warsaw?\n\nCHANCELLOR JONAS HEYDEMANN: I have invited the Polish prime minister to Berlin, and I "
            "hope we can sit down together in the spring.")
    rows = event_rows(run(text))
    assert any(r[0] in MEET and r[4] == "Berlin" for r in rows), rows
