"""Texts that tell several events: a gathering and who stays away from it, a body's summit beside one refusal."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 4, 15)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- staying away from a gathering told before -------------------------------------------------

@pytest.mark.parametrize("text,who,kind,place", [
    ("SADC leaders opened their summit in Windhoek on Tuesday, but Madagascar's president stayed away.",
     "Madagascar", "summit", "Windhoek"),
    ("Foreign ministers of the Arab League met in Cairo on Monday. Algeria did not send a delegation.",
     "Algeria", "meeting", "Cairo"),
    ("Leaders of Peru, Chile and Bolivia will hold a meeting in Arica later this month. Ecuador has said it will not "
     "take part.", "Ecuador", "meeting", "Arica"),
    ("The prime ministers of Estonia, Latvia and Lithuania will meet in Riga next week. Poland's prime minister "
     "will be absent, his office said.", "Poland", "meeting", "Riga"),
])
def test_a_member_staying_away_is_a_refusal_beside_the_gathering(run, text, who, kind, place):
    rows = event_rows(run(text))
    refused = [r for r in events_with(run(text), who) if r[2] == "declined"]
    assert [(r[0], r[4]) for r in refused] == [(kind, place)], rows
    assert any(r[2] in ("held", "scheduled") and not any(who in n for n in r[1]) for r in rows), rows


def test_the_refusal_goes_with_the_gathering_that_goes_ahead(run):
    text = ("Defence ministers of Kenya, Uganda and Tanzania met in Arusha on Tuesday and agreed to meet again in "
            "Kampala in June. Rwanda did not send a delegation.")
    assert [(r[3], r[4]) for r in events_with(run(text), "Rwanda")] == [("2026-04-14", "Arusha")], \
        event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The OECD ministers met in Paris on Monday. Japan did not take part in the vote on the declaration.",
    "The Nordic ministers met in Oslo on Monday. Sweden's minister stayed away from the dinner for personal reasons.",
    "Leaders of the Andean Community met in Lima on Monday. Investors stayed away from the bond market.",
])
def test_staying_away_from_something_else_is_no_refusal(run, text):
    assert [r for r in event_rows(run(text)) if r[2] == "declined"] == []


def test_a_party_of_the_meeting_declining_is_no_second_refusal(run):
    rows = event_rows(run("A trilateral meeting with Serbia's foreign minister had been under consideration, but "
                          "Belgrade has declined to take part."))
    assert len([r for r in rows if r[2] == "declined"]) <= 1, rows


# -- a body's summit beside one member's refusal ----------------------------------------------

@pytest.mark.parametrize("text,body,refuser,status,day,place", [
    ("BAMAKO, April 15 (Wire) - Mali's junta leader will skip next Monday's summit of the Economic Community of "
     "West African States in Abuja, his spokesman said.", "ECOWAS", "Mali", "scheduled", "2026-04-20",
     "Abuja"),
    ("ADDIS ABABA, April 15 (Wire) - Eritrea's president boycotted last Saturday's summit of the Intergovernmental "
     "Authority on Development in Kampala, officials said.", "IGAD", "Eritrea", "held",
     "2026-04-11", "Kampala"),
])
def test_a_refusal_leaves_the_body_its_own_summit(run, text, body, refuser, status, day, place):
    rows = event_rows(run(text))
    own = [r for r in events_with(run(text), body) if not any(refuser in n for n in r[1])]
    assert [(r[2], r[3], r[4]) for r in own] == [(status, day, place)], rows
    assert [r[2] for r in events_with(run(text), refuser)] == ["declined"], rows


def test_a_refused_proposal_to_host_leaves_no_summit(run):
    rows = event_rows(run("NAIROBI, April 15 (Wire) - Kenya rejected a proposal from Uganda to host next Monday's "
                          "summit of the Intergovernmental Authority on Development in Kampala."))
    assert [r[2] for r in rows] == ["declined"], rows


def test_an_undated_refusal_leaves_no_summit_of_its_own(run):
    rows = event_rows(run("Mali's junta leader will skip the summit of the Economic Community of West African "
                          "States, his spokesman said."))
    assert [r[2] for r in rows] == ["declined"], rows


# -- two contacts of one traveller in one sentence ---------------------------------------------

@pytest.mark.parametrize("text,first,second", [
    ("The Kenyan foreign minister Amina Odhiambo is due to meet her Ugandan counterpart Henry Okello this morning "
     "and will call on Prime Minister Robinah Nabbanja on Friday.", "Okello", "Nabbanja"),
    ("Chile's foreign minister Rosa Vidal will hold talks with Foreign Minister Pablo Quiroga on Thursday and will "
     "call on President Daniel Noboa on Friday.", "Quiroga", "Noboa"),
    ("KAMPALA, April 15 (Wire) - Indian envoy Vikram Rao will call on Prime Minister Robinah Nabbanja on Friday.",
     "Rao", "Nabbanja"),
])
def test_a_courtesy_call_in_a_second_clause_is_a_meeting_of_its_own(run, text, first, second):
    rows = event_rows(run(text))
    assert len(events_with(run(text), first)) == 1 and len(events_with(run(text), second)) == 1, rows
    assert events_with(run(text), second)[0][0] == "meeting", rows


def test_calling_on_a_leader_to_act_is_no_meeting(run):
    text = "The opposition called on President Yoweri Museveni to release the detained activists."
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text,traveller,counterpart", [
    ("PARIS, April 15 (Wire) - On Monday the minister Jean Morel will meet German Foreign Minister Klaus Brandt in "
     "Berlin, and on Tuesday he will hold talks with Polish Foreign Minister Anna Nowak in Warsaw.", "Morel", "Nowak"),
    ("Australian Foreign Minister Sarah Collins is touring Southeast Asia. Yesterday she met Vietnamese Deputy Prime "
     "Minister Tran Van Minh in Hanoi, and today she will hold talks with Cambodian Foreign Minister Sok Vanna.",
     "Collins", "Sok Vanna"),
])
def test_a_pronoun_in_a_joined_clause_continues_the_first_clause_subject(run, text, traveller, counterpart):
    rows = events_with(run(text), counterpart)
    assert rows and not any("Brandt" in n or "Tran Van Minh" in n for r in rows for n in r[1]), event_rows(run(text))
    assert any(traveller in n for r in rows for n in r[1]), event_rows(run(text))


# -- whose day: the event's, not a participant's ----------------------------------------------

def test_a_day_between_the_subject_and_the_verb_dates_the_signing(run):
    text = ("KAMPALA, April 15 (Wire) - Uganda and Rwanda on Tuesday signed two agreements on rail transport after "
            "talks between President Yoweri Museveni and President Paul Kagame, who arrived in Kampala on Monday for "
            "a state visit.")
    rows = event_rows(run(text))
    assert [r[3] for r in rows if r[0] == "signing"] == ["2026-04-14"], rows
    assert [r[3] for r in rows if r[0] in ("talks", "meeting")] == ["2026-04-14"], rows


def test_a_person_s_relative_clause_keeps_its_day_for_the_trip(run):
    text = ("KAMPALA, April 15 (Wire) - President Paul Kagame, who arrived in Kampala on Monday for a two-day state "
            "visit, held talks with President Yoweri Museveni on Tuesday.")
    rows = event_rows(run(text))
    assert [r[3] for r in rows if r[0] in ("talks", "meeting")] == ["2026-04-14"], rows
    assert [r[3] for r in rows if r[0] == "visit"] == ["2026-04-13"], rows


# -- a plan proposed beside the meeting told --------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("ACCRA, April 15 (Wire) - President Mahama hosted Togo's President Faure Gnassingbe in Accra on Tuesday. "
     "Gnassingbe proposed that the two governments hold joint consultations in Lome in the autumn.", "Lome"),
    ("LIMA, April 15 (Wire) - Peru's foreign minister met his Chilean counterpart in Lima on Tuesday and suggested "
     "that the two delegations meet again in Arica in June.", "Arica"),
])
def test_a_plain_present_under_a_proposal_is_proposed(run, text, place):
    rows = event_rows(run(text))
    assert [r[2] for r in rows if r[4] == place] == ["proposed"], rows
    assert any(r[2] == "held" for r in rows), rows


@pytest.mark.parametrize("text,sides,status", [
    ("BISHKEK, April 15 (Wire) - The signing of a border treaty between Kyrgyzstan and Tajikistan, planned for Friday "
     "in Osh, has been pushed back to next week, officials said.", {"Kyrgyzstan", "Tajikistan"}, "scheduled"),
    ("The signing of the water-sharing accord between Ethiopia and Sudan took place in Khartoum on Monday.",
     {"Ethiopia", "Sudan"}, "held"),
])
def test_the_parties_of_a_signing_are_those_of_the_deal_signed(run, text, sides, status):
    rows = event_rows(run(text))
    assert [(r[1], r[2]) for r in rows if r[0] == "signing"] == [(frozenset(sides), status)], rows


# -- "the three countries' leaders": the states told before ------------------------------------

@pytest.mark.parametrize("text,sides", [
    ("CAIRO, April 15 (Wire) - A trilateral summit of Egypt, Jordan and Iraq set for Sunday has been postponed "
     "indefinitely. The three countries' leaders last met in Amman in October.", {"Egypt", "Jordan", "Iraq"}),
    ("ARUSHA, April 15 (Wire) - Kenya, Uganda, Tanzania and Rwanda held a summit in Arusha on Tuesday. The four "
     "countries' foreign ministers last met in Kigali in January.", {"Kenya", "Uganda", "Tanzania", "Rwanda"}),
])
def test_the_counted_countries_leaders_are_the_states_told_before(run, text, sides):
    rows = event_rows(run(text))
    assert [r[1] for r in rows if r[2] == "held" and r[3] in ("2025-10", "2026-01")] == [frozenset(sides)], rows


def test_three_members_of_one_body_are_not_three_states(run):
    rows = event_rows(run("SARAJEVO, April 15 (Wire) - The three members of Bosnia and Herzegovina's presidency met "
                          "European Commissioner Marta Kos in Sarajevo on Tuesday."))
    assert any("Bosnia and Herzegovina" in r[1] for r in rows), rows


def test_three_countries_with_two_told_name_nobody(run):
    rows = event_rows(run("Peru and Chile held border talks in Tacna on Tuesday. The three countries' foreign "
                          "ministers last met in Santiago in January."))
    assert not any(r[3] == "2026-01" and len(r[1]) == 2 for r in rows), rows


@pytest.mark.parametrize("text,counterpart,days", [
    ("NAIROBI, April 15 (Wire) - Foreign Minister Amina Odhiambo will visit Uganda and Rwanda next week. In Kampala on "
     "Monday, she will co-chair the Kenya-Uganda Joint Commission with Foreign Minister Henry Okello, and in Kigali on "
     "Thursday she will hold talks with Foreign Minister Olivier Nduhungirehe.", "Nduhungirehe",
     ("2026-04-16", "2026-04-23")),
    ("LIMA, April 15 (Wire) - The Peruvian foreign minister met his Chilean counterpart Alberto Soto in Santiago on "
     "Monday, and on Tuesday he met Argentine Foreign Minister Diego Ferrer in Buenos Aires.", "Diego Ferrer",
     ("2026-04-14",)),
])
def test_a_day_opening_a_joined_clause_dates_that_clause(run, text, counterpart, days):
    rows = events_with(run(text), counterpart)
    assert len(rows) == 1 and rows[0][3] in days, event_rows(run(text))


def test_a_relative_clause_refusal_names_its_antecedent(run):
    text = ("WINDHOEK, April 15 (Wire) - The SADC summit opened in Windhoek on Tuesday without Madagascar's "
            "president, who declined the bloc's invitation to send a representative and stayed at home.")
    rows = events_with(run(text), "Madagascar")
    assert [(r[2], r[3]) for r in rows] == [("declined", "2026-04-14")], event_rows(run(text))
