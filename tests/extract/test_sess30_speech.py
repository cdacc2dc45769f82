"""Reported speech on unseen text: other languages' words inside titles, transcript labels by office, relayed
sayings and their day, sayings announced for later, short titles in labels, bodies under a dateline, ordinal
datelines, titles posted to a place, and names NER cut or mistyped; tested on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from diplograph.records import Document

PUBLISHED = date(2033, 6, 11)  # a Saturday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    from diplograph.extract import extract_one

    return cache(lambda text: extract_one(nlp(text), Document(id="s30", text=text, published=PUBLISHED)))


def said(ex, fragment: str):
    """The speaker's lower-cased names and the one statement whose words hold fragment."""
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    assert len(hits) == 1, f"{fragment!r} in {[s.quote for s in ex.statements]}"
    actor = next(a for a in ex.actors if a.key == hits[0].speaker)
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}, hits[0]


@pytest.mark.parametrize("text, name", [
    ("Chile's Senate will not ratify the fisheries treaty this year, Senate President Pro Tempore Ignacio Valdivieso "
     "Mora said on Thursday.", "ignacio valdivieso mora"),
    ("The Minister of Economy a.i., Lucinda Huaman Torres, said on Thursday that Peru would cut fuel subsidies.",
     "lucinda huaman torres"),
    ("Malawi's Charge d'Affaires in Lusaka, Tiyamike Banda-Mhango, said the border post would reopen next week.",
     "tiyamike banda-mhango"),
])
def test_foreign_title_words_stay_out_of_the_speakers_name(run, text, name):
    ex = run(text)
    names, _ = said(ex, "would" if "would" in text else "ratify")
    assert name in names, names
    assert not any(w in a.name.lower() for a in ex.actors for w in ("tempore", "a.i.", "d'affaires")), \
        [a.name for a in ex.actors]


@pytest.mark.parametrize("header, label, name", [
    ("Transcript of Minister for Trade Dr Adelina Soares Belo's doorstop with the media, Dili, 11 June 2033",
     "MINISTER", "adelina soares belo"),
    ("Daily briefing by Kwabena Ofori-Mensah, Spokesperson for the Chairperson, 11 June 2033",
     "SPOKESPERSON", "kwabena ofori-mensah"),
])
def test_a_label_by_office_is_the_holder_the_header_names(run, header, label, name):
    text = (f"{header}\n\nQ: Will the ministers meet before the deadline?\n\n"
            f"{label}: The ministers have been in touch every day this week, and they will keep talking.")
    names, _ = said(run(text), "in touch every day")
    assert name in names, names


def test_a_relayed_saying_takes_the_relays_day(run):
    text = ("TEHRAN - Iran's state television on Thursday quoted Deputy Foreign Minister Kazem Rahnavard as saying "
            "Tehran would not attend the conference in Vienna.")
    names, st = said(run(text), "would not attend")
    assert "kazem rahnavard" in names and st.said_on == date(2033, 6, 9), (names, st.said_on)


def test_a_title_the_parser_set_apart_from_the_name_after_it_is_that_persons(run):
    names, _ = said(run("ADEN, June 11 - Yemeni Foreign Minister Nasser Abdulla al-Qirbi was quoted by the Saba "
                        "agency as saying on Friday that the port would reopen to fuel ships."), "port would reopen")
    assert "nasser abdulla al-qirbi" in names, names


@pytest.mark.parametrize("text", [
    "The envoy will urge both sides to return to the table when she reaches Juba next week.",
    "The minister would tell parliament that the budget was sound if the opposition allowed a debate.",
])
def test_speech_announced_for_later_or_only_in_a_condition_is_no_statement(run, text):
    assert not run(text).statements


def test_a_headline_speaker_with_a_short_title(run):
    names, _ = said(run("Qatari PM: Doha will keep mediating between the two sides"), "keep mediating")
    assert names & {"qatari pm", "qatari prime minister"}, names


@pytest.mark.parametrize("text, name", [
    ("LUSAKA, June 11 - Zambia will not renew the copper export licence, the presidency said in a statement on "
     "Friday.", "zambia's presidency"),
    ("HANOI, June 11 - Vietnam will not accept the survey ship in its waters, the foreign ministry said on Friday.",
     "vietnam's foreign ministry"),
    ("LUSAKA, June 11 - Zambia will not renew the copper export licence, the government said on Friday.", "zambia"),
])
def test_a_states_body_under_its_capitals_dateline_is_that_states(run, text, name):
    names, _ = said(run(text), "will not")
    assert name in names, names


def test_a_body_under_a_city_that_hosts_others_is_not_the_hosts(run):
    ex = run("BRUSSELS, June 11 - The bloc will not extend the tariff quota, the commission said on Friday.")
    assert not any("belgium" in a.name.lower() for a in ex.actors if any(a.key == s.speaker for s in ex.statements))


def test_an_ordinal_dateline_leaves_the_first_sentence_to_its_speaker(run):
    text = ("MUSCAT, 9th June, 2033 (ONA) -- Badr Saif Al Harthi, Minister of Commerce, affirmed that Oman supports "
            "every effort to keep the Strait of Hormuz open to shipping.")
    names, _ = said(run(text), "supports every effort")
    assert "badr saif al harthi" in names, names


def test_a_title_posted_to_a_place_still_sets_off_its_holder(run):
    text = ("The WHO Representative in Malawi, Farai Chikwanha-Dube, said on Friday that the cholera vaccine "
            "would reach Mzuzu within days.")
    names, st = said(run(text), "cholera vaccine")
    assert "farai chikwanha-dube" in names and st.said_on == date(2033, 6, 10), names


def test_a_question_under_a_news_agencys_label_is_nobodys(run):
    text = ("Regular press conference of the foreign ministry spokesperson Wen Lihua, 10 June 2033\n\n"
            "AFP: Vietnam says a survey ship entered its waters off the Paracels this morning. What is your "
            "comment?\n\nWen Lihua: The ship was carrying out normal activities in waters under our jurisdiction.")
    ex = run(text)
    assert not [s for s in ex.statements if "survey ship entered" in s.quote], [s.quote for s in ex.statements]
    names, _ = said(ex, "normal activities")
    assert "wen lihua" in names, names
