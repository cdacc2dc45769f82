"""An agreed later sitting is one of the states the agreeing office-holders serve ("the two ministers agreed to hold
the next round in X": who will sit for the states is not yet told); with the near-misses that keep their people (a
held meeting, a signing, a visit, a side of unknown state): invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "conference", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, states", [
    ("HANOI, May 27 (Wire) - Vietnamese Foreign Minister Tran Quoc Lam met Lao Foreign Minister Bounmy Vongsa in "
     "Hanoi on Saturday. The two ministers agreed to hold the next round of border talks in Vientiane in July.",
     ["Viet", "Lao"]),
    ("Accra, 27 May 2090 - Ghanaian President Kojo Asante-Boakye received Ivorian President Aya Kouassi-Brou at "
     "Jubilee House on Saturday. The two presidents agreed to hold a joint commission meeting in Abidjan in "
     "September.", ["Ghana", "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire"]),
    ("LIMA, May 27 - Peruvian Foreign Minister Lucho Paredes Ibáñez held talks with Chilean Foreign Minister Marta "
     "Solís Vera on Saturday. The two ministers agreed to hold talks on fisheries in Santiago in August.",
     ["Peru", "Chile"]),
])
def test_an_agreed_later_sitting_is_of_the_states(run, text, states):
    rows = event_rows(run(text))
    groups = [s.split("|") for s in states]
    assert has_row(rows, MEET, groups, "agreed"), rows


@pytest.mark.parametrize("text, people", [
    ("HANOI, May 27 (Wire) - Vietnamese Foreign Minister Tran Quoc Lam met Lao Foreign Minister Bounmy Vongsa in "
     "Hanoi on Saturday.", ["Lam", "Vongsa"]),
    ("LIMA, May 27 - Peruvian Foreign Minister Lucho Paredes Ibáñez held talks with Chilean Foreign Minister Marta "
     "Solís Vera on Saturday.", ["Paredes", "Solís"]),
    ("Accra, 27 May 2090 - Ghanaian President Kojo Asante-Boakye received Ivorian President Aya Kouassi-Brou at "
     "Jubilee House on Saturday.", ["Asante-Boakye", "Kouassi-Brou"]),
])
def test_a_held_meeting_keeps_its_people(run, text, people):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[p] for p in people], "held"), rows


def test_a_scheduled_meeting_keeps_its_people(run):
    rows = event_rows(run("OSLO, May 27 - Norwegian Foreign Minister Ingrid Havnaas-Lund will meet Danish Foreign "
                          "Minister Rasmus Kjeldgaard-Holm in Copenhagen on Tuesday."))
    assert has_row(rows, MEET, [["Havnaas-Lund"], ["Kjeldgaard-Holm"]], "scheduled"), rows


@pytest.mark.parametrize("text, state, other", [
    ("MANILA, May 27 - The Department of Foreign Affairs said on Saturday it had turned down an invitation to talks "
     "with Vietnam in Hanoi next month.", "Philippines", "Vietnam"),
    ("SANTIAGO, May 27 - The Ministry of Foreign Affairs said on Saturday it had declined an invitation to a "
     "meeting with Argentina in Mendoza next month on the glacier border.", "Chile", "Argentina"),
])
def test_a_foreign_ministry_or_presidency_as_a_side_is_its_state(run, text, state, other):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[state], [other]]), rows
    assert not any(any("Department" in n or "Ministry" in n for n in r[1]) for r in rows), rows


def test_a_ministry_spokesman_announcing_talks_is_no_side(run):
    rows = event_rows(run("NAIROBI, May 27 - Kenyan Foreign Minister Wairimu Kang'ethe will hold talks with "
                          "Ugandan Foreign Minister Okello Mutebi-Ssali in Kampala on Tuesday, the Foreign Ministry "
                          "said."))
    assert has_row(rows, MEET, [["Kang'ethe"], ["Mutebi-Ssali"]], "scheduled"), rows


def test_an_agreed_sitting_takes_the_pages_own_state_for_a_leader_of_no_state_told(run):
    rows = event_rows(run("CANBERRA, May 27 - Australia's government welcomed Fijian Prime Minister Semi Nawalowalo "
                          "on Saturday. Prime Minister Harriet Lowell-Price met Nawalowalo in Canberra, and the two "
                          "leaders agreed to hold talks on labour mobility in Suva in August."))
    assert has_row(rows, MEET, [["Australia"], ["Fiji"]], "agreed"), rows
