"""Participants: styled and double-barrelled names kept whole, title-only mentions linked, invitees as visitors."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor

PUBLISHED = date(2031, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _rows(run, text, kind):
    return [r for r in event_rows(run(text)) if r[0] == kind]


def _names(run, text, kind):
    rows = _rows(run, text, kind)
    assert len(rows) == 1, event_rows(run(text))
    return rows[0][1]


# -- styles and double-barrelled names ------------------------------------------------------------

@pytest.mark.parametrize("text,person", [
    ("Today, the Honourable Margaux Bélanger-Ofori, Minister of International Trade, met with Chile's Minister of "
     "Foreign Affairs, Tomás Errázuriz Vial, in Ottawa.", "Margaux Bélanger-Ofori"),
    ("The Honorable Desmond Achterberg-Lynch held talks with Jamaica's foreign minister in Kingston on Tuesday.",
     "Desmond Achterberg-Lynch"),
])
def test_the_honourable_is_a_style_not_part_of_the_name(run, text, person):
    names = _names(run, text, "meeting") if _rows(run, text, "meeting") else _names(run, text, "talks")
    assert person in names
    assert not any("Honourable" in n or "Honorable" in n for n in names)


@pytest.mark.parametrize("text,person,state", [
    ("President Esnart Mwale-Banda's motorcade reached State House shortly after ten. This is Mwale-Banda's first "
     "visit to Botswana since she took office.", "Esnart Mwale-Banda", "Botswana"),
])
def test_a_visitors_name_stays_whole(run, text, person, state):
    names = _names(run, text, "visit")
    assert person in names and state in names


def test_a_capitalised_ing_word_inside_a_name_is_a_name_word(nlp):
    from spacy.tokens import Doc

    from diplograph.extract.actors.names import _gerund, _name_word
    words = ["Dasho", "Tshering", "Kuenzang", "Lhamo", "returned", "after", "Lauding", "Trump"]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "VBG", "NNP", "NNP", "VBD", "IN", "VBG", "NNP"],
              pos=["PROPN", "VERB", "PROPN", "PROPN", "VERB", "ADP", "VERB", "PROPN"],
              heads=[3, 3, 3, 4, 4, 4, 5, 6], deps=["compound", "compound", "compound", "nsubj", "ROOT", "prep",
                                                    "pcomp", "dobj"])
    assert _name_word(doc[1]) and not _gerund(doc[1])  # "Tshering": no English verb under the "-ing"
    assert _gerund(doc[6]) and not _name_word(doc[6])  # "Lauding": one


def test_a_triple_barrelled_name_before_a_verb_is_no_pair_of_surnames(run):
    text = "Foreign Minister Nadia Al-Rawashdeh-Qudah received Lebanese Foreign Minister Samir Aoun-Khoury in Amman."
    names = _names(run, text, "meeting")
    assert names == frozenset({"Nadia Al-Rawashdeh-Qudah", "Samir Aoun-Khoury"})


# -- title-only mentions and invitations ----------------------------------------------------------

@pytest.mark.parametrize("text,guest,host,state,status", [
    ("Chancellor Petra Vogelsang accepted President Amadou Traoré's invitation to visit Mali next spring.",
     "Petra Vogelsang", "Amadou Traoré", "Mali", "agreed"),
    ("Prime Minister Sione Lavaka declined an invitation from President Li Wenhao to visit Beijing in May.",
     "Sione Lavaka", "Li Wenhao", "China", "declined"),
])
def test_the_one_who_answers_an_invitation_to_visit_is_the_guest(run, text, guest, host, state, status):
    rows = _rows(run, text, "visit")
    assert len(rows) == 1, event_rows(run(text))
    assert guest in rows[0][1] and state in rows[0][1] and host not in rows[0][1]
    assert rows[0][2] == status


def test_the_two_countries_body_sits_for_the_home_state_and_the_named_one(run):
    text = ("NAIROBI, March 12 (Wire) - President Amina Kiptoo hosted her Ugandan counterpart, Joseph Okello, at State "
            "House on Tuesday. Kiptoo said the two countries' Joint Permanent Commission would meet in Kampala in "
            "June.")
    rows = [r for r in event_rows(run(text)) if r[2] == "scheduled"]
    assert len(rows) == 1 and {"Kenya", "Uganda"} <= rows[0][1], event_rows(run(text))


def test_the_foreign_minister_is_the_minister_for_foreign_affairs_told_first(run):
    text = ("Minister for Foreign Affairs Ms. Anjali Rana Thapa is leaving for Dhaka tomorrow on an official visit to "
            "Bangladesh at the invitation of Foreign Minister Hasan Mahmud Karim.\n\nDuring the visit, the Foreign "
            "Minister will hold bilateral talks with her Bangladeshi counterpart.")
    rows = _rows(run, text, "talks")
    assert len(rows) == 1 and "Anjali Rana Thapa" in rows[0][1], event_rows(run(text))


def test_two_surnames_dashed_before_talks_are_still_two_people(run):
    text = ("The Albanese-Luxon talks on the sidelines of the Pacific Islands Forum in Suva on Thursday lasted nearly "
            "two hours, officials said.")
    rows = _rows(run, text, "talks")
    assert len(rows) == 1 and len(rows[0][1]) == 2, event_rows(run(text))
