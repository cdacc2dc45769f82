"""Whole wire-service pages: background meetings ("the two ministers last met"), secondary contacts on the sidelines,
places and days that belong to another clause (a "since" phrase, a reported clause, an onward trip), bodies of two
states a quote or two after their talks, and "our ministers" in a leader's words."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, events_with as with_parties, extractor

PUBLISHED = date(2026, 4, 15)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one page as a wire story of the day."""
    return extractor(nlp, PUBLISHED)


def test_a_since_phrase_does_not_date_the_meeting(run):
    ex = run("Minister visits Accra\n\nACCRA, April 15 (Wire) - Malian Foreign Minister Awa Diarra held talks with "
             "President John Mensah in Accra on Tuesday.\n\nDiarra, on her first trip to Ghana since taking office in "
             "October, also met her Ghanaian counterpart Kofi Asante.")
    met = with_parties(ex, "Awa Diarra", "Kofi Asante")
    assert met and all(r[3] == "2026-04-14" for r in met), rows(ex)


def test_the_two_ministers_are_the_counterparts_not_the_prime_minister_named_between(run):
    ex = run("Talks in Hanoi\n\nHANOI, April 15 (Wire) - Foreign Minister Tran Van Long on Wednesday held talks with "
             "his Chilean counterpart Ines Carrasco in Hanoi.\n\nCarrasco is due to call on Prime Minister Le Minh "
             "Duc on Thursday.\n\nThe two ministers last met in Lima in November.")
    past = [r for r in rows(ex) if r[3] == "2025-11"]
    assert [r[1] for r in past] == [frozenset({"Tran Van Long", "Ines Carrasco"})], rows(ex)


def test_the_presidents_are_the_two_named_before(run):
    ex = run("Border reopens\n\nLA PAZ, April 15 (Wire) - Bolivian President Marcos Quiroga and Paraguayan President "
             "Elena Benitez met on Wednesday at the border town of Infante Rivarola.\n\nThe presidents had spoken by "
             "phone on March 30, their office said.")
    assert [(r[1], r[3]) for r in rows(ex) if r[0] == "call"] == [
        (frozenset({"Marcos Quiroga", "Elena Benitez"}), "2026-03-30")], rows(ex)


def test_who_holds_talks_with_two_others_takes_part(run):
    ex = run("Trilateral\n\nPresident Ana Soto of Chile held talks with Peruvian President Luis Rojas and Bolivian "
             "President Evo Quispe in Arica on Tuesday.")
    assert any({"Ana Soto", "Luis Rojas", "Evo Quispe"} <= r[1] for r in rows(ex)), rows(ex)


def test_bilateral_meetings_with_a_counterpart_and_another_minister_on_the_sidelines_of_the_session(run):
    ex = run("Ministers meet\n\nArab League foreign ministers met in Cairo on Tuesday for an emergency session on "
             "Libya.\n\nOn the sidelines of the session, Jordanian Foreign Minister Sami Haddad held bilateral "
             "meetings with his Tunisian counterpart Leila Ben Salem and Moroccan Foreign Minister Karim Tazi.\n\n"
             "The next Arab League summit will be held in Baghdad in May.")
    for other in ("Leila Ben Salem", "Karim Tazi"):
        assert [(r[3], r[4]) for r in with_parties(ex, "Sami Haddad", other)] == [("2026-04-14", "Cairo")], rows(ex)


def test_a_place_after_a_reported_clause_on_the_object_is_not_the_meetings(run):
    ex = run("Envoy in Nairobi\n\nNAIROBI, April 15 (Wire) - Somali Foreign Minister Abdi Farah met Kenyan Foreign "
             "Minister Grace Wanjiku on Tuesday, who told reporters that President Paul Kibet would receive Somalia's "
             "prime minister soon in Mombasa.")
    assert all(r[4] != "Mombasa" for r in with_parties(ex, "Abdi Farah", "Grace Wanjiku")), rows(ex)


def test_a_meeting_before_an_onward_trip_is_not_in_the_next_city(run):
    ex = run("State visit\n\nMADRID, April 15 (Wire) - Argentine President Julio Ferrer arrived in Madrid on Tuesday "
             "for a state visit to Spain.\n\nHe is scheduled to meet Spanish Prime Minister Lucia Prieto on Thursday "
             "before travelling to Seville.")
    assert [r[4] for r in with_parties(ex, "Julio Ferrer", "Lucia Prieto")] == ["Madrid"], rows(ex)


def test_who_invites_another_to_attend_a_summit_takes_part(run):
    ex = run("Summit invitation\n\nPresident Aigerim Sultanova invited President Omar Haddad to attend the Caspian "
             "summit to be held in Aktau next year. Haddad accepted the invitation.")
    summit = [r for r in rows(ex) if r[0] == "summit"]
    assert summit and {"Aigerim Sultanova", "Omar Haddad"} <= summit[0][1], rows(ex)


def test_the_tour_wrapped_up_after_talks_is_the_travellers(run):
    ex = run("Pacific tour\n\nSUVA, April 15 (Wire) - Korean Foreign Minister Park Ji-won will travel to Apia on "
             "Thursday for talks with Samoan Prime Minister Tuilagi Faleolo, before wrapping up her tour in Port Vila, "
             "Vanuatu, on Saturday.")
    tour = [r for r in rows(ex) if r[0] == "visit" and r[4] == "Port Vila"]
    assert all("Tuilagi Faleolo" not in r[1] for r in tour), rows(ex)


def test_a_plan_called_off_for_a_month_just_gone_is_dated_that_month(run):
    ex = run("Fisheries talks\n\nA meeting of the Philippine-Vietnam Joint Commission on fisheries, which was "
             "scheduled for March in Manila, was called off, officials said.")
    assert [r[3] for r in rows(ex) if r[2] == "cancelled"] == ["2026-03"], rows(ex)


def test_our_ministers_in_a_leaders_words_are_both_sides(run):
    ex = run("Leaders meet\n\nLUSAKA, April 15 (Wire) - Zambian President Peter Mwale and Malawian President Joyce "
             "Banda Phiri held talks in Lusaka on Wednesday.\n\n\"We have agreed that our trade ministers will meet in "
             "Lilongwe next month,\" Mwale told reporters.")
    later = [r for r in rows(ex) if r[4] == "Lilongwe"]
    assert [(r[2], r[3]) for r in later] == [("agreed", "2026-05")], rows(ex)
    assert {"Peter Mwale", "Joyce Banda Phiri"} <= later[0][1] or {"Zambia", "Malawi"} <= later[0][1], rows(ex)


def test_a_joint_committee_a_quote_after_the_talks_is_the_two_states(run):
    ex = run("Water talks\n\nTASHKENT, April 15 (Wire) - Uzbek Foreign Minister Bakhodir Saidov held talks with "
             "Kyrgyz Foreign Minister Almaz Toktogulov in Tashkent on Tuesday.\n\n\"We spoke frankly,\" Saidov said. "
             "\"Nothing was left out.\"\n\nThe joint water committee last convened in Osh in January.")
    past = [r for r in rows(ex) if r[3] == "2026-01"]
    assert [(r[1], r[4]) for r in past] == [(frozenset({"Uzbekistan", "Kyrgyzstan"}), "Osh")], rows(ex)


def test_a_surname_without_its_arabic_article_is_the_same_person():
    from diplograph.kb.names import link_names, skeleton

    assert skeleton("al-Hashimi") == skeleton("Hashimi")
    assert skeleton("Alvarez") != skeleton("varez")
    canon = link_names(["Nabil Karim al-Hashimi", "Hashimi", "Salma el-Badawi", "Badawi"])
    assert canon["Hashimi"] == "Nabil Karim al-Hashimi" and canon["Badawi"] == "Salma el-Badawi"


def test_the_first_leader_to_visit_is_a_record_of_the_visit_told_not_a_plan(run):
    ex = run("Visit\n\nDHAKA, April 15 (Wire) - Nepalese Prime Minister Hari Adhikari held talks with Bangladeshi Prime "
             "Minister Rahima Chowdhury in Dhaka on Tuesday.\n\nAdhikari, who arrived on Monday for a three-day "
             "official visit, is the first Nepalese leader to visit Bangladesh since 2019.")
    assert not [r for r in rows(ex) if r[2] == "proposed"], rows(ex)


def test_who_opens_the_gathering_joins_it_and_a_pair_meeting_later_is_apart(run):
    ex = run("Ministers meet\n\nGEORGETOWN, April 15 (Wire) - Foreign ministers of the Caribbean Community met in "
             "Georgetown on Tuesday.\n\nOpening the meeting, Guyanese Foreign Minister Ravi Persaud said the region "
             "must speak with one voice.\n\nHaitian Foreign Minister Claude Joseph Pierre attended the Georgetown "
             "meeting and later met Persaud.")
    assert [r for r in rows(ex) if r[2] is None] == [], rows(ex)
    assert [(r[3], r[4]) for r in with_parties(ex, "Claude Joseph Pierre", "Ravi Persaud")
            if "CARICOM" not in r[1]] == [("2026-04-14", "Georgetown")], rows(ex)


def test_a_building_named_first_in_a_romance_language_is_the_meetings_place(run):
    ex = run("Inauguration\n\nPresident Lucia Marin of Ecuador held talks with Peruvian President Jorge Salas at the "
             "Casa Verde on Tuesday.")
    places = [r[4].removeprefix("the ") for r in with_parties(ex, "Lucia Marin", "Jorge Salas")]
    assert places == ["Casa Verde"], rows(ex)


def test_a_sidelines_meeting_held_takes_the_place_of_the_gathering_held_not_the_next(run):
    ex = run("Summit\n\nNAIROBI, April 15 (Wire) - Leaders of the Intergovernmental Authority on Development held a "
             "summit in Djibouti on Tuesday. On the sidelines, Somali President Hassan Ali met Ethiopian Prime Minister "
             "Tesfaye Bekele. The next summit will be held in Kampala in October.")
    assert [r[4] for r in with_parties(ex, "Hassan Ali", "Tesfaye Bekele")] == ["Djibouti"], rows(ex)
