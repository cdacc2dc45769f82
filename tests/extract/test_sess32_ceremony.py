"""Signings told as nouns, clauses, exchanges and ceremonies, their signatories rather than their witnesses, and
ceremonial meetings (credentials, audiences): the lexicon and participant rules, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2031, 3, 14)  # a Friday; "on Monday" is 2031-03-10


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _kind(ex, kind: str) -> list:
    return [r for r in event_rows(ex) if r[0] == kind]


def test_the_signatories_named_by_by_sign_not_the_witnesses(run):
    ex = run("ACCRA, March 14 (Wire) - Ghanaian President Kwame Asante Boakye held talks with Togolese President Edem "
             "Kossi Agbeko in Accra on Monday. The two presidents then witnessed the signing of a trade agreement by "
             "Ghana's trade minister Kofi Mensah Boateng and Togo's trade minister Essowe Lawson.")
    signings = _kind(ex, "signing")
    assert len(signings) == 1, event_rows(ex)
    names = " ".join(signings[0][1])
    assert "Boateng" in names and "Lawson" in names and "Agbeko" not in names, event_rows(ex)
    assert signings[0][2:] == ("held", "2031-03-10", "Accra"), event_rows(ex)


@pytest.mark.parametrize("text, place", [
    ("The strait will reopen under a treaty signed on Monday in Oslo by Norway's foreign minister Erik Lund and "
     "Sweden's foreign minister Anna Berg.", "Oslo"),
    ("The convention that Egypt's foreign minister Omar Farouk and Sudan's foreign minister Hamid Osman signed on "
     "Monday in Khartoum has been welcomed by the African Union.", "Khartoum"),
])
def test_a_clause_on_the_accord_names_its_signatories(run, text, place):
    signings = _kind(run(text), "signing")
    assert len(signings) == 1 and signings[0][2:] == ("held", "2031-03-10", place), event_rows(run(text))
    assert len(signings[0][1]) == 2, event_rows(run(text))


@pytest.mark.parametrize("text, sides", [
    ("Chile and Peru inked a deal on Monday to share data on the Humboldt current.", {"Chile", "Peru"}),
    ("Senegal and Mali exchanged notes on Monday bringing their border treaty into force.", {"Senegal", "Mali"}),
    ("The signing ceremony for the defence pact between Estonia and Finland took place in Tallinn on Monday.",
     {"Estonia", "Finland"}),
])
def test_inked_exchanged_and_ceremonies_are_signings(run, text, sides):
    signings = _kind(run(text), "signing")
    assert len(signings) == 1 and set(signings[0][1]) == sides, event_rows(run(text))
    assert signings[0][2:4] == ("held", "2031-03-10"), event_rows(run(text))


def test_instruments_exchanged_by_ministers(run):
    ex = run("The instruments of ratification were exchanged in Dakar on Monday by Senegal's foreign minister Aminata "
             "Diouf and Mauritania's foreign minister Sidi Ould Cheikh.")
    signings = _kind(ex, "signing")
    assert len(signings) == 1 and signings[0][2:] == ("held", "2031-03-10", "Dakar"), event_rows(ex)


def test_the_exchange_witnessed_after_talks_is_the_leaders_signing(run):
    ex = run("Cambodian Prime Minister Sok Vannak held talks with Thai Prime Minister Anan Chaiwong in Phnom Penh on "
             "Monday. The two leaders witnessed the exchange of agreements on health and tourism.")
    signings = _kind(ex, "signing")
    assert len(signings) == 1 and signings[0][2:] == ("held", "2031-03-10", "Phnom Penh"), event_rows(ex)
    assert {"Sok Vannak", "Anan Chaiwong"} <= set(signings[0][1]), event_rows(ex)


def test_a_ceremony_attended_after_talks_is_their_signing(run):
    ex = run("After talks in Ulaanbaatar on Monday, Mongolian President Enkhbold Dorj and Kyrgyz President Almaz "
             "Sadykov jointly attended the signing ceremony of five agreements.")
    signings = _kind(ex, "signing")
    assert len(signings) == 1 and {"Enkhbold Dorj", "Almaz Sadykov"} <= set(signings[0][1]), event_rows(ex)


@pytest.mark.parametrize("text, guest, host", [
    ("The new ambassador of Austria, Markus Gruber, presented his credentials to Kenyan President Wafula Chebet on "
     "Monday.", "Markus Gruber", "Wafula Chebet"),
    ("Norway's new ambassador, Ingrid Solvang, presented her letters of credence to President Wafula Chebet on "
     "Monday.", "Ingrid Solvang", "Wafula Chebet"),
    ("King Letsie Moshoeshoe granted an audience to Prime Minister Ruth Kato of Uganda in Maseru on Monday.",
     "Ruth Kato", "Letsie Moshoeshoe"),
])
def test_credentials_and_audiences_are_meetings(run, text, guest, host):
    meetings = _kind(run(text), "meeting")
    assert len(meetings) == 1 and {guest, host} <= set(meetings[0][1]), event_rows(run(text))
    assert meetings[0][2:4] == ("held", "2031-03-10"), event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The choir sang to an audience of 5,000 in Mombasa on Monday.",
    "Journalists covering the parliament session must collect their credentials by Monday.",
    "Fans queued for hours on Monday as the novelist signed copies of her new book in Nairobi.",
    "The two teams exchanged jerseys after the match in Kampala on Monday.",
    "More than 9,000 people have signed a petition calling for a new bridge in Kisumu.",
])
def test_ceremonial_words_outside_diplomacy_are_no_events(run, text):
    assert event_rows(run(text)) == []


def test_accords_told_as_background_are_no_signing(run):
    ex = run("Oman's foreign minister on Monday rejected a proposal by Yemen's foreign minister for talks in Aden, "
             "saying the two countries should first implement the agreements they have already signed.")
    assert _kind(ex, "signing") == [], event_rows(ex)


def test_a_signed_roadmap_is_a_signing_but_signing_off_a_plan_is_not(run):
    ex = run("Following their talks in Tashkent on Monday, the foreign ministers of Uzbekistan and Tajikistan signed a "
             "roadmap for cooperation in 2031-2033.")
    assert len(_kind(ex, "signing")) == 1, event_rows(ex)
    assert _kind(run("The finance minister signed off on the programme on Monday."), "signing") == []


def test_credentials_presented_today_are_held(run):
    ex = run("NAIROBI, March 14 (Wire) - The new ambassador of Chile, Camila Fuentes Rojas, presented her credentials "
             "to Kenyan President Wafula Chebet at State House in Nairobi this morning.")
    meetings = _kind(ex, "meeting")
    assert len(meetings) == 1 and meetings[0][2:4] == ("held", "2031-03-14"), event_rows(ex)
