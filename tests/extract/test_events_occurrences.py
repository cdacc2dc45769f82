"""One article telling several occurrences of a meeting (session 12): a meeting held and the next one, the
previous round before a new one, an invitation accepted in its own sentence, the host of next year's summit."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor

PUBLISHED = date(2026, 3, 18)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _with(rows, *names):
    return [r for r in rows if all(any(n in p for p in r[1]) for n in names)]


@pytest.mark.parametrize("text,first,second", [
    ("The foreign ministers of Chad and Niger met in Niamey in January. On Tuesday they met again in N'Djamena.",
     "Niamey", "N'Djamena"),
    ("The presidents of Uruguay and Paraguay met in Asunción last year. Yesterday they met again, in Montevideo.",
     "Asunción", "Montevideo"),
])
def test_meeting_again_by_pronoun_is_a_second_occurrence_of_those_who_met(run, text, first, second):
    rows = event_rows(run(text))
    held = {r[4] for r in rows if r[2] == "held" and len(r[1]) == 2}
    assert {first, second} <= held, rows


def test_meeting_again_with_no_one_before_names_no_one(run):
    rows = event_rows(run("Fishermen clashed with the coast guard near the port on Monday. They met again on Tuesday."))
    assert not [r for r in rows if r[1]], rows


@pytest.mark.parametrize("text,plan,before", [
    ("Ghana and Togo will hold a new round of border talks in Lomé on Friday. It will be the first since the "
     "previous round ended without agreement in Accra.", "Lomé", "Accra"),
    ("Kenya and Somalia will hold a third round of maritime talks in Nairobi next week. The previous round, held "
     "in Mogadishu in January, ended without a deal.", "Nairobi", "Mogadishu"),
])
def test_the_previous_round_is_not_the_round_ahead(run, text, plan, before):
    rows = event_rows(run(text))
    assert [r[2] for r in rows if r[4] == plan] == ["scheduled"], rows
    assert all(r[2] == "held" for r in rows if r[4] == before), rows


@pytest.mark.parametrize("text,guest,host", [
    ("Zambia's president invited the Malawian president to visit Lusaka at a convenient time, and the Malawian "
     "leader accepted.", "Malawi", "Zambia"),
    ("The Latvian prime minister invited her Irish counterpart to pay an official visit to Riga, an invitation the "
     "Irish prime minister accepted.", "Ireland", "Latvia"),
])
def test_an_invitation_accepted_in_the_same_sentence_is_agreed(run, text, guest, host):
    rows = _with(event_rows(run(text)), guest)
    assert [r[2] for r in rows] == ["agreed"], rows


def test_an_invitation_not_yet_answered_stays_proposed(run):
    rows = event_rows(run("Zambia's president invited the Malawian president to visit Lusaka, and the two leaders "
                          "signed a trade accord."))
    assert [r[2] for r in rows if r[0] == "visit"] == ["proposed"], rows


@pytest.mark.parametrize("text,body,host", [
    ("Caribbean Community leaders ended their summit in Bridgetown on Tuesday. Belize will host next year's summit.",
     "CARICOM", "Belize"),
    ("Leaders of the Economic Community of West African States closed their summit in Abuja on Sunday. Senegal "
     "will host next year's summit, the commission said.", "ECOWAS", "Senegal"),
])
def test_the_host_of_next_years_summit_hosts_the_body_that_just_met(run, text, body, host):
    rows = event_rows(run(text))
    ahead = [r for r in rows if r[2] == "scheduled"]
    assert len(ahead) == 1 and any(body in p or "Caribbean" in p or "West African" in p for p in ahead[0][1]), rows
    assert any(r[2] == "held" for r in rows), rows


def test_last_years_summit_is_no_next_one(run):
    rows = event_rows(run("ASEAN leaders met in Manila on Monday. Last year's summit in Vientiane was overshadowed "
                          "by the crisis in Myanmar."))
    assert [r for r in rows if r[2] in ("scheduled", "agreed", "proposed")] == [], rows


def test_a_dialogue_resuming_does_not_take_the_parties_of_a_summit_told_before(run):
    rows = event_rows(run("The foreign ministers of Chile and Peru held talks in Lima on Monday and agreed to work toward "
                          "a summit with Bolivia in La Paz next year. The two ministers also said that a border "
                          "dialogue would resume in Arica in June."))
    assert not [r for r in rows if r[4] == "Arica" and any("Bolivia" in p for p in r[1])], rows
