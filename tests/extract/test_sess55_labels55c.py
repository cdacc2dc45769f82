"""An interview's answers under a capitals surname label ("OKONJO-VEGA:") or "A:": "we", "our committees", "my
government" in them stand for the state the interviewee's header gives them ("Ghana's foreign minister"); with the
near-misses that keep as they are (a label matching no one, "we" in a plain news quote, the interviewer's turns).
Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, place", [
    ("'The river is our border and our bridge': Ghana's foreign minister\n\nKwabena Asare-Mensimah spoke to us in "
     "Accra on Thursday.\n\nQ: Is Lome part of the river plan?\n\nASARE-MENSIMAH: We have proposed a meeting with "
     "Togo in Kumasi. Lome is studying it.\n\nQ: And the fishermen?\n\nASARE-MENSIMAH: Still waiting.",
     ["Ghana", "Togo"], "Kumasi"),
    ("'Salt and patience': Bolivia's foreign minister\n\nRosa Quispe-Mamani spoke to us in La Paz on Monday.\n\n"
     "Q: Has Santiago answered?\n\nQUISPE-MAMANI: It has. Our delegation will hold talks with Chile in Arica in "
     "June.\n\nQ: On the water?\n\nQUISPE-MAMANI: On the water, and the railway.",
     ["Bolivia", "Chile"], "Arica"),
])
def test_an_interviewees_we_is_the_state_of_the_header(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[sides[0]], [sides[1]]], place=place), rows


def test_a_label_matching_no_one_keeps_its_we(run):
    text = ("'Patience is a policy': a senior diplomat\n\nQ: Is there a date with Hanoi?\n\nTRAN-OKAFOR: We have "
            "proposed a meeting with Vietnam in Da Nang. Hanoi is studying it.\n\nQ: And the fishermen?\n\n"
            "TRAN-OKAFOR: Still waiting.")
    rows = event_rows(run(text))
    assert not any("Ghana" in n or "Laos" in n for r in rows for n in r[1]), rows


def test_we_in_a_news_quote_is_not_the_headline_state(run):
    text = ("Kenya's president in Addis Ababa\n\nKenya's President Otieno Wambugu-Kariuki arrived in Addis Ababa on "
            "Monday. \"We have proposed a meeting with Somalia in Mombasa,\" said Halima Dirie-Warsame, a Somali "
            "opposition lawmaker.")
    rows = event_rows(run(text))
    assert not has_row(rows, MEET, [["Kenya"], ["Somalia"]], place="Mombasa"), rows


def test_the_interviewers_we_is_no_side(run):
    text = ("'A bridge needs two banks': Zambia's foreign minister\n\nMwila Chanda-Banda spoke to us in Lusaka on "
            "Tuesday.\n\nQ: We hear you proposed a meeting with Malawi in Chipata?\n\nCHANDA-BANDA: Yes, in "
            "August.\n\nQ: And Harare?\n\nCHANDA-BANDA: Later.")
    rows = event_rows(run(text))
    assert not any("Wire" in n for r in rows for n in r[1]), rows
