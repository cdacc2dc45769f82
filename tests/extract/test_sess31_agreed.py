"""Agreed and follow-on events told inside another event's report: a next gathering after a bare mention of the one
held, a decision in a conjunct of the held contact, "the two governments" when one state goes unnamed, and "the
next summit, the Nth, which X is to host": rules on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2031, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _rows(run, text, kind, status):
    return [r for r in event_rows(run(text)) if r[0] == kind and r[2] == status]


def test_the_next_summit_after_a_bare_mention_is_the_bodys_next_one(run):
    text = ("COMMUNIQUE OF THE SUMMIT OF THE EAST AFRICAN COMMUNITY\n\n1. The Summit of the Heads of State of the "
            "East African Community (EAC) was held in Arusha on 3 March 2031.\n\n2. Summit noted that Burundi will "
            "host the next Ordinary Summit in Gitega in March 2032.")
    held = _rows(run, text, "summit", "held")
    ahead = _rows(run, text, "summit", "scheduled")
    assert held and held[0][3] == "2031-03-03" and held[0][4] == "Arusha", event_rows(run(text))
    assert ahead and "East African Community" in ahead[0][1] and ahead[0][3] == "2032-03" \
        and ahead[0][4] == "Gitega", event_rows(run(text))


def test_a_decision_in_a_conjunct_of_two_sides_is_agreed(run):
    text = ("Zambian and Malawian officials ended a three-day meeting of their joint permanent commission in Lusaka "
            "on Thursday and resolved to hold the next session in Lilongwe in August.")
    rows = [r for r in event_rows(run(text)) if r[4] == "Lilongwe"]
    assert rows and rows[0][2] == "agreed" and rows[0][1] == {"Zambia", "Malawi"} and rows[0][3] == "2031-08", \
        event_rows(run(text))
    assert any(r[2] == "held" and r[4] == "Lusaka" for r in event_rows(run(text))), event_rows(run(text))


def test_one_sides_decision_stays_a_proposal(run):
    text = "Kenya's foreign minister met diplomats in Nairobi on Tuesday and decided to seek talks with Somalia."
    assert all(r[2] != "agreed" for r in event_rows(run(text))), event_rows(run(text))


def test_the_two_governments_take_the_leader_whose_state_goes_unnamed(run):
    text = ("President Ana Ruiz spoke by telephone with the President of Uruguay, Diego Pereira. The leaders "
            "discussed trade, and agreed that the two governments would hold a binational meeting in Montevideo in "
            "May.")
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and rows[0][1] == {"Ana Ruiz", "Uruguay"} and rows[0][2] == "agreed" and rows[0][3] == "2031-05" \
        and rows[0][4] == "Montevideo", event_rows(run(text))


def test_the_two_governments_of_two_named_states_are_those_states(run):
    text = ("Chile's president spoke by telephone with Peru's president on Thursday. They agreed that the two "
            "governments would hold a binational cabinet in Arica in June.")
    rows = [r for r in event_rows(run(text)) if r[4] == "Arica"]
    assert rows and rows[0][1] == {"Chile", "Peru"} and rows[0][2] == "agreed", event_rows(run(text))


def test_the_next_summit_which_a_capital_is_to_host(run):
    text = ("Japan and Australia closed their ministerial talks in Perth on Tuesday with a pledge to prepare the next "
            "Japan-Australia summit, the tenth, which Tokyo is to host in October.")
    summits = [r for r in event_rows(run(text)) if r[0] == "summit"]
    assert summits and {"Japan", "Australia"} <= summits[0][1] and summits[0][2] == "scheduled" \
        and summits[0][3] == "2031-10" and summits[0][4] == "Tokyo", event_rows(run(text))
    assert any(r[0] == "talks" and r[2] == "held" and r[4] == "Perth" for r in event_rows(run(text)))


def test_a_summit_that_a_capital_hosted_is_held_not_ahead(run):
    text = ("Japan and Australia closed their ministerial talks in Perth on Tuesday, a month after the last "
            "Japan-Australia summit, which Tokyo hosted in February.")
    assert not any(r[0] == "summit" and r[2] in ("scheduled", "agreed") for r in event_rows(run(text))), \
        event_rows(run(text))
