"""Who takes part: a plural title over a list of leaders, "the two ministers" after two presidents, an encounter noun
set off after the verb, and a style's name NER cut short."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, extractor, typed_rows as _typed

PUBLISHED = date(2025, 5, 21)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one article (once) as a daily's of PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher="Daily")


def test_a_plural_title_over_two_leaders_each_of_a_state_under_a_dateline(run):
    ex = run("TBILISI, May 20 (Wire) - Presidents Giorgi Beridze of Georgia and Aram Sargsyan of Armenia met in "
             "Batumi on Tuesday.")
    want = (frozenset({"Giorgi Beridze", "Aram Sargsyan"}), "held", "2025-05-20", "Batumi")
    assert _typed(ex, "meeting") == [want], rows(ex)


def test_a_plural_title_the_tagger_reads_as_a_name(run):
    ex = run("Prime Ministers Tomas Varga of Slovakia and Milan Horak of Czechia held talks in Brno on Monday.")
    assert [r[0] for r in _typed(ex, "talks")] == [frozenset({"Tomas Varga", "Milan Horak"})], rows(ex)


def test_the_two_ministers_after_two_presidents_are_their_states(run):
    ex = run("Malawian President Chikondi Banda and Zambian President Mwansa Tembo met in Lilongwe on Monday. The two "
             "foreign ministers will meet in Lusaka next month to prepare a border treaty.")
    scheduled = [r for r in _typed(ex, "meeting") if r[1] == "scheduled"]
    assert [r[0] for r in scheduled] == [frozenset({"Malawi", "Zambia"})], rows(ex)
    assert (frozenset({"Chikondi Banda", "Mwansa Tembo"}), "held", "2025-05-19", "Lilongwe") in _typed(ex, "meeting")


def test_the_two_prime_ministers_stay_the_prime_ministers(run):
    ex = run("Prime Minister Sione Tupou of Tonga received Prime Minister Lemalu Faleolo of Samoa in Nuku'alofa on "
             "Monday. The two prime ministers agreed to meet again in Apia in October.")
    agreed = [r for r in _typed(ex, "meeting") if r[1] == "agreed"]
    assert [r[0] for r in agreed] == [frozenset({"Sione Tupou", "Lemalu Faleolo"})], rows(ex)


def test_an_encounter_noun_after_a_comma_is_no_other_party(run):
    ex = run("The defence ministers of Peru and Ecuador met in Tumbes on Tuesday, their first face-to-face contact "
             "since the border incident.")
    assert _typed(ex, "meeting") == [(frozenset({"Peru", "Ecuador"}), "held", "2025-05-20", "Tumbes")], rows(ex)


def test_a_thing_met_is_still_no_meeting(run):
    ex = run("Norway and Iceland met their emissions target on Tuesday, the agency said.")
    assert not rows(ex), rows(ex)


def test_a_styled_name_the_entity_cut_short_is_whole(run):
    ex = run("Sheikh Hamad Salem Al-Thani met Jordanian Foreign Minister Omar Haddad in Doha on Monday.")
    assert [r[0] for r in _typed(ex, "meeting")] == [frozenset({"Hamad Salem Al-Thani", "Omar Haddad"})], rows(ex)


def test_a_call_on_his_majesty_the_king_is_a_meeting_with_the_kingdom(run):
    ex = run("Foreign Minister Hamid Karzoun called on His Majesty the King of Lesotho in Maseru on Tuesday.")
    want = (frozenset({"Hamid Karzoun", "Lesotho"}), "held", "2025-05-20")
    assert [r[:3] for r in _typed(ex, "meeting")] == [want], rows(ex)


def test_a_delegation_of_a_ministry_led_by_a_named_official_is_the_official(run):
    ex = run("Deputy Foreign Minister Tran Van Minh on Tuesday received a delegation of the Lao Ministry of Foreign "
             "Affairs led by Vice Minister Phonsavanh Keomany in Hanoi.")
    assert [r[0] for r in _typed(ex, "meeting")] == [frozenset({"Tran Van Minh", "Phonsavanh Keomany"})], rows(ex)
