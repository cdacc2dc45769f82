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


def test_a_month_agreed_in_a_past_relative_clause_is_the_one_to_come(run):
    text = ("Zambia's President Mulenga Banda yesterday wrapped up a two-day state visit to Malawi, during which he "
            "and President Grace Phiri agreed to reconvene the Joint Permanent Commission of Cooperation in Lusaka in "
            "July.")
    rows = [r for r in event_rows(run(text)) if r[4] == "Lusaka"]
    assert rows and rows[0][2] == "agreed" and rows[0][3] == "2031-07", event_rows(run(text))


def test_a_month_told_in_a_past_relative_clause_stays_gone(run):
    text = ("Zambia's President Mulenga Banda, who met President Grace Phiri in Lilongwe in January, wrapped up a "
            "visit to Malawi yesterday.")
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and rows[0][2] == "held" and rows[0][3] == "2031-01", event_rows(run(text))


def test_an_agreed_dialogue_takes_its_month(run):
    text = ("Prime Minister Kalani Fonua met the Prime Minister of Samoa, Tavita Leota, in Nuku'alofa this morning. "
            "It was agreed that the inaugural Tonga–Samoa Annual Leaders' Dialogue would be held in Apia in November.")
    rows = [r for r in event_rows(run(text)) if r[4] == "Apia"]
    assert rows and rows[0][2] == "agreed" and rows[0][3] == "2031-11", event_rows(run(text))


def test_a_commission_set_for_a_dated_trip_takes_the_trips_day(run):
    text = ("NAIROBI, March 14 (Wire) - Uganda's foreign minister, Moses Okello Kagwa, will pay a two-day official "
            "visit to Kenya beginning Monday, Kenya's foreign ministry said on Friday. He will co-chair the "
            "Kenya-Uganda Joint Commission with Foreign Minister Amina Wanjiru Otieno.")
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and rows[0][2] == "scheduled" and rows[0][3] == "2031-03-17", event_rows(run(text))


def test_a_commission_with_no_trip_stays_agreed(run):
    text = ("Uganda's foreign minister, Moses Okello Kagwa, said on Friday that he will co-chair the Kenya-Uganda "
            "Joint Commission with Foreign Minister Amina Wanjiru Otieno.")
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and rows[0][2] == "agreed" and rows[0][3] is None, event_rows(run(text))



def test_a_contest_co_hosted_with_a_third_state_is_no_meeting(run):
    text = ("President Ana Ruiz of Chile spoke by telephone today with King Harald of Norway. They discussed the 2034 "
            "Ski World Cup, which the two countries co-host with Sweden.")
    assert [r[0] for r in event_rows(run(text))] == ["call"], event_rows(run(text))


def test_a_commission_co_chaired_with_a_counterpart_is_still_a_meeting(run):
    text = "Chile's foreign minister will co-chair the joint commission with her Peruvian counterpart in Lima on Friday."
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and rows[0][1] == {"Chile", "Peru"} and rows[0][2] == "scheduled", event_rows(run(text))
