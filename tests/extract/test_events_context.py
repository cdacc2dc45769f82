"""Events told with words that lean on the sentences before: stay-aways, return visits, pairs, titles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a refusal naming no gathering ------------------------------------------------------------

@pytest.mark.parametrize("text,who,kind,place", [
    ("The Andean summit opens in Quito on Monday, but Chile's president declined to attend.", "Chile", "summit",
     "Quito"),
    ("Leaders of the Pacific Islands Forum will meet in Apia next week. Tonga's king declined an invitation to "
     "attend.", "Tonga", "meeting", "Apia"),
    ("The finance minister will lead the delegation to the SADC summit in Lusaka next week. Asked about the "
     "president, the minister said: \"The President of Botswana will not be attending.\"", "Botswana", "summit",
     "Lusaka"),
])
def test_a_stay_away_refuses_the_gathering_told_before(run, text, who, kind, place):
    rows = [r for r in events_with(run(text), who) if r[2] == "declined"]
    assert [(r[0], r[4]) for r in rows] == [(kind, place)], event_rows(run(text))


def test_the_gathering_stays_apart_from_the_refusal(run):
    rows = event_rows(run("Leaders of the Pacific Islands Forum will meet in Apia next week. Tonga's king declined "
                          "an invitation to attend."))
    assert sorted(r[2] for r in rows) == ["declined", "scheduled"]


@pytest.mark.parametrize("text", [
    "Chile's president declined to attend, officials said.",
    "Ecuador's foreign minister will not be attending, his office said on Tuesday.",
])
def test_a_stay_away_with_no_gathering_told_is_no_event(run, text):
    assert event_rows(run(text)) == []


# -- return visits ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,host,home,place", [
    ("Peru's president Rosa Quispe visited La Paz on Monday. She invited her host to pay a return visit to Lima.",
     "Bolivia", "Peru", "Lima"),
    ("Mongolia's prime minister arrived in Astana on Tuesday for a two-day visit to Kazakhstan. He invited his "
     "host to pay a return visit to Ulaanbaatar next year.", "Kazakhstan", "Mongolia", "Ulaanbaatar"),
])
def test_the_host_invited_to_a_return_visit_travels(run, text, host, home, place):
    rows = [r for r in event_rows(run(text)) if r[2] == "proposed"]
    assert [(r[1], r[4]) for r in rows] == [(frozenset({host, home}), place)], event_rows(run(text))


# -- pairs of nationality adjectives ----------------------------------------------------------

@pytest.mark.parametrize("text,sides", [
    ("The Kyrgyz-Tajik border talks resumed in Bishkek on Monday.", {"Kyrgyzstan", "Tajikistan"}),
    ("The Sino-Indian border talks resumed in Beijing on Monday.", {"China", "India"}),
    ("The Franco-Italian summit was held in Turin on Monday.", {"France", "Italy"}),
    ("Peruvian and Chilean ministers held talks in Arica on Tuesday.", {"Peru", "Chile"}),
    ("The Korea-Mongolia talks were held in Ulaanbaatar on Monday.", {"South Korea", "Mongolia"}),
])
def test_paired_nationalities_on_an_event_word_are_its_sides(run, text, sides):
    assert [r[1] for r in event_rows(run(text))] == [frozenset(sides)]


@pytest.mark.parametrize("text", [
    "The Indo-Pacific summit was held in Manila on Monday.",  # a region, not two states
    "The Japanese talks ended on Monday.",  # one adjective alone names no side
])
def test_a_lone_or_regional_adjective_names_no_sides(run, text):
    assert all(len(r[1]) < 2 for r in event_rows(run(text)))


def test_korea_alone_stays_unresolved(run):
    assert not any(a.key.startswith("state:") for a in run("Korea remains a divided peninsula.").actors)


# -- a title told alone, then with its holder -------------------------------------------------

@pytest.mark.parametrize("text,host,guest", [
    ("The Chancellor will host Poland's president in Vienna next month. In Vienna, Chancellor Markus Leitner "
     "confirmed he would host Polish President Jan Nowicki for annual talks in November.", "Markus Leitner",
     "Jan Nowicki"),
    ("The President will receive Senegal's prime minister in Bamako on Thursday. President Moussa Keita said on "
     "Tuesday he would receive the Senegalese prime minister Awa Ndiaye on Thursday.", "Moussa Keita", "Awa Ndiaye"),
])
def test_a_title_and_its_named_holder_host_one_event(run, text, host, guest):
    rows = event_rows(run(text))
    assert len(rows) == 1 and {host, guest} <= rows[0][1], rows


# -- a body's leaders or ministers ------------------------------------------------------------

@pytest.mark.parametrize("text,body", [
    ("The IGAD Heads of State will meet in Djibouti next week.", "IGAD"),
    ("CARICOM Heads of Government gathered in Bridgetown on Sunday for a summit.", "CARICOM"),
    ("The ASEAN Foreign Ministers will meet in Vientiane next week.", "ASEAN"),
])
def test_a_bodys_heads_of_state_are_the_body_meeting(run, text, body):
    ex = run(text)
    assert [sorted(r[1]) for r in event_rows(ex)] == [[body]]
    assert not any("Heads" in a.name or "Ministers" in a.name for a in ex.actors)


def test_heads_of_state_parsed_apart_from_their_body_are_the_body(run):
    rows = event_rows(run("IGAD Heads of State met in Nairobi on Sunday."))
    assert [(sorted(r[1]), r[2], r[4]) for r in rows] == [(["IGAD"], "held", "Nairobi")]
