"""Short wire leads of the kind event-data coders code: third parties' verbs, trips whose destination the parser
hung on the traveller, receptions told in the passive (rules behind events-blind5's failure classes, on invented
sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, events_with as with_parties, extractor

PUBLISHED = date(2024, 5, 16)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("sentence", [
    "Norway mediated talks between Chad and Niger in Oslo on Tuesday.",
    "Qatar brokered talks between Eritrea and Djibouti in Doha on Tuesday, both governments said.",
    "The Vatican facilitated talks between Peru and Ecuador on Tuesday.",
])
def test_a_third_party_verb_in_the_past_reports_talks_that_took_place(run, sentence):
    found = with_parties(run(sentence), *(p for p in ("Chad", "Eritrea", "Peru") if p in sentence))
    assert found and found[0][2] == "held" and found[0][3] == "2024-05-14", rows(run(sentence))


def test_an_offer_to_mediate_stays_a_proposal(run):
    ex = run("Ghana offered on Tuesday to mediate talks between Togo and Benin.")
    assert [r[2] for r in with_parties(ex, "Togo", "Benin")] == ["proposed"], rows(ex)


@pytest.mark.parametrize("sentence,state,city", [
    ("A visit by Libya's foreign minister to Tunis has been postponed.", "Tunisia", "Tunis"),
    ("A visit by Oman's foreign minister to Tehran, set for Sunday, has been put off.", "Iran", "Tehran"),
])
def test_a_destination_hung_on_the_traveller_is_the_trip_s_destination(run, sentence, state, city):
    visits = [r for r in rows(run(sentence)) if r[0] == "visit"]
    assert visits and state in visits[0][1] and visits[0][4] == city, rows(run(sentence))


def test_an_envoy_to_a_state_names_a_post_not_a_trip(run):
    ex = run("A visit by Peru's ambassador to Ecuador has been postponed.")
    assert not [r for r in rows(ex) if r[0] == "visit" and "Ecuador" in r[1]], rows(ex)


def test_a_passive_reception_is_hosted_by_its_agent(run):
    ex = run("The Chilean minister was received by Bolivia's president on Monday.")
    found = with_parties(ex, "Bolivia", "Chile")
    assert found and found[0][2] == "held" and found[0][4] != "Chile", rows(ex)


@pytest.mark.parametrize("sentence,city", [
    ("Ghana's president hosted the leaders of Togo and Benin for a summit in Accra on Monday.", "Accra"),
    ("Spain will host a summit with the leaders of Morocco and Tunisia in Madrid on June 3.", "Madrid"),
])
def test_a_host_s_capital_named_in_the_sentence_beats_the_host_state_as_the_place(run, sentence, city):
    summits = [r for r in rows(run(sentence)) if r[0] == "summit"]
    assert summits and summits[0][4] == city, rows(run(sentence))


@pytest.mark.parametrize("sentence,city", [
    ("In Nairobi, Kenyan President Amos Otieno said he would host Tanzanian President Grace Mollel next month.",
     "Nairobi"),
    ("In Lima, Peru's foreign minister said she would host her Chilean counterpart in Arequipa next week.", "Arequipa"),
])
def test_a_leader_hosts_in_their_state_s_capital_the_sentence_names(run, sentence, city):
    found = [r for r in rows(run(sentence)) if r[2] == "scheduled"]
    assert found and found[0][4] == city, rows(run(sentence))


@pytest.mark.parametrize("sentence,when,status", [
    ("Chile and Peru concluded negotiations on the treaty text in Lima last month.", "2024-04", "held"),
    ("Peru's president will boycott the Andean Community summit in Bogota next month.", "2024-06", "declined"),
    ("Bolivia said on Tuesday it would not attend the regional summit in Quito next month.", "2024-06", "declined"),
])
def test_the_time_of_taking_part_or_staying_away_dates_the_event_not_the_saying(run, sentence, when, status):
    found = [r for r in rows(run(sentence)) if r[0] in ("negotiation", "meeting", "summit")]
    assert found and found[0][2:4] == (status, when), rows(run(sentence))


def test_a_rejection_keeps_the_day_of_the_claim_off_the_event(run):
    ex = run("Chad rejected on Monday an offer of talks with Sudan.")
    assert [r[2:4] for r in with_parties(ex, "Chad", "Sudan")] == [("declined", None)], rows(ex)


def test_nationalities_before_a_field_noun_name_the_groups_that_meet(run):
    ex = run("Kyrgyz and Kazakh border delegations met in Almaty on Monday.")
    assert [r[2:4] for r in with_parties(ex, "Kyrgyzstan", "Kazakhstan")] == [("held", "2024-05-13")], rows(ex)


def test_the_two_men_after_office_holders_are_the_states_they_stand_for(run):
    ex = run("Ghana's president received his Togolese counterpart in Accra on Monday. "
             "The two men later signed a border accord.")
    signings = [r for r in rows(ex) if r[0] == "signing"]
    assert signings and signings[0][1] == {"Ghana", "Togo"}, rows(ex)


@pytest.mark.parametrize("sentence", [
    "Talks were held on Tuesday between Vietnam and Laos.",
    "A meeting took place in Vientiane on Tuesday between the foreign ministers of Vietnam and Laos.",
])
def test_between_on_the_verb_an_event_noun_is_subject_of_names_its_parties(run, sentence):
    found = with_parties(run(sentence), "Vietnam", "Laos")
    assert found and found[0][2:4] == ("held", "2024-05-14"), rows(run(sentence))


@pytest.mark.parametrize("sentence", [
    "Sudan and South Sudan will resume border talks in Juba after the rainy season.",
    "The envoy said she would travel to Niamey before the next round.",
])
def test_a_plan_timed_by_another_occasion_is_scheduled(run, sentence):
    found = [r for r in rows(run(sentence)) if r[0] in ("talks", "visit")]
    assert found and found[0][2] == "scheduled", rows(run(sentence))


def test_a_plan_without_any_time_stays_agreed(run):
    ex = run("Kenya will host talks with Uganda.")
    assert [r[2] for r in with_parties(ex, "Kenya", "Uganda")] == ["agreed"], rows(ex)


@pytest.mark.parametrize("sentence", [
    "Qatar's foreign ministry on Tuesday denied reports that its minister had met a Syrian official in Rome.",
    "Oman denied that its envoy had met Houthi leaders in Sanaa last month.",
    "Cricket Australia and the Pakistan Cricket Board held talks in Dubai on Tuesday about a tour.",
    "The football federations of Ghana and Nigeria met in Accra on Tuesday.",
])
def test_denied_contacts_and_sports_bodies_give_no_event(run, sentence):
    assert rows(run(sentence)) == []


def test_a_confirmed_report_keeps_its_contact(run):
    ex = run("Qatar confirmed reports that its minister had met a Syrian official in Rome.")
    assert with_parties(ex, "Qatar", "Syria"), rows(ex)


@pytest.mark.parametrize("sentence,status", [
    ("Armenia rejected a Georgian offer to host direct talks with Azerbaijan.", "declined"),
    ("Armenia accepted Kazakhstan's offer to mediate talks with Azerbaijan.", "agreed"),
])
def test_whoever_offers_to_host_or_mediate_is_no_party_to_the_talks(run, sentence, status):
    found = [r for r in rows(run(sentence)) if r[0] == "talks"]
    assert found and found[0][1] == {"Armenia", "Azerbaijan"} and found[0][2] == status, rows(run(sentence))


def test_whoever_proposes_talks_is_a_party(run):
    ex = run("Armenia rejected a Turkish proposal for talks.")
    assert [r[2] for r in with_parties(ex, "Armenia", "Turkey")] == ["declined"], rows(ex)


def test_a_pronoun_subject_of_an_adverbial_clause_is_the_main_clause_s_person(run):
    ex = run("Ghanaian President Kofi Mensah met a delegation led by Togo's foreign minister Paul Adjo on Monday, "
             "two days after he received Benin's defence minister.")
    assert with_parties(ex, "Kofi Mensah", "Benin") and not with_parties(ex, "Paul Adjo", "Benin"), rows(ex)


def test_a_day_after_meeting_x_the_subject_met_x_the_day_before_and_elsewhere(run):
    ex = run("A day after meeting Singapore's prime minister, Malaysia's king flew to Jakarta on Tuesday.")
    meetings = [r for r in rows(ex) if r[0] == "meeting"]
    assert meetings and meetings[0][1] == {"Malaysia", "Singapore"}, rows(ex)
    assert meetings[0][2:] == ("held", "2024-05-13", None), rows(ex)


@pytest.mark.parametrize("sentence,status", [
    ("Fiji's foreign minister is to attend a ministerial conference on ocean governance in Lisbon on Monday.",
     "scheduled"),
    ("Chad's president will attend a summit on the Lake Chad basin in Abuja on Monday.", "scheduled"),
])
def test_a_gathering_one_named_party_will_attend_is_an_event(run, sentence, status):
    found = [r for r in rows(run(sentence)) if r[0] in ("conference", "summit")]
    assert found and found[0][2] == status, rows(run(sentence))


def test_a_state_visited_by_name_receives_the_visit_beside_the_talks_it_is_for(run):
    ex = run("Thailand's prime minister will visit Cambodia on Monday for talks with his Cambodian counterpart.")
    assert sorted(r[0] for r in rows(ex)) == ["talks", "visit"], rows(ex)
    assert all(r[1] == {"Thailand", "Cambodia"} and r[2:4] == ("scheduled", "2024-05-20") for r in rows(ex)), rows(ex)


@pytest.mark.parametrize("sentence", [
    "Kenya's president received Somalia's prime minister in Nairobi on Monday, in the first visit by a Somali "
    "head of government to Kenya in years.",
    "Armenia's foreign minister paid a working visit to Tbilisi on Monday, where he was received by Georgia's "
    "president.",
])
def test_a_reception_beside_a_named_visit_is_a_meeting_of_its_own(run, sentence):
    kinds = sorted(r[0] for r in rows(run(sentence)))
    assert kinds == ["meeting", "visit"], rows(run(sentence))
    meeting = next(r for r in rows(run(sentence)) if r[0] == "meeting")
    assert meeting[2:] == ("held", "2024-05-13", "Nairobi" if "Nairobi" in sentence else "Tbilisi"), rows(run(sentence))


def test_a_guest_welcomed_by_officials_is_no_meeting(run):
    ex = run("Armenia's foreign minister arrived in Tbilisi on Monday. He was received at the airport by senior "
             "Foreign Ministry officials.")
    assert [r[0] for r in rows(ex)] == ["visit"], rows(ex)


def test_a_city_hung_deep_in_the_event_s_topic_is_its_place(run):
    ex = run("Oman and Iran held consultations on a code of conduct for the Strait of Hormuz in Muscat on Monday.")
    assert [r[4] for r in with_parties(ex, "Oman", "Iran")] == ["Muscat"], rows(ex)


def test_a_region_of_a_topic_is_no_place(run):
    ex = run("Chad and Sudan held talks on the war in Darfur on Monday.")
    assert [r[4] for r in with_parties(ex, "Chad", "Sudan")] == [None], rows(ex)


@pytest.mark.parametrize("sentence", [
    "The AU envoy convened the delegations of Sudan and South Sudan in Addis Ababa on Monday for talks on the border.",
    "The UN envoy convened the delegations of Sudan and South Sudan in Addis Ababa on Monday for a new round of "
    "talks.",
])
def test_the_delegations_a_convener_brings_together_for_talks_are_its_parties(run, sentence):
    found = with_parties(run(sentence), "Sudan", "South Sudan")
    assert found and found[0][2:4] == ("held", "2024-05-13"), rows(run(sentence))
