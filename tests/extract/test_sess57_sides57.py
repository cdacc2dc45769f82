"""Sides lost to a misparse of a title or a venue: "President of the Republic Jane Roe" names the person (not a body
"Republic Jane Roe"); "held talks at the palace with X" keeps X, whom the parser hung on the venue; "Indian External
Affairs Minister X" is a title (no body "Indian External Affairs" as a third side). Near-misses keep what main did.
Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import actor_names, event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, host, guest", [
    # state media, North Africa
    ("TUNIS, May 22 (TAP) - President of the Republic Mounir Belhadj-Ferchichi received on Monday at Carthage Palace "
     "Algerian Foreign Minister Karim Benaissa-Lounes.", "Mounir Belhadj-Ferchichi", "Karim Benaissa-Lounes"),
    # state media, Balkans
    ("BELGRADE, May 22 (Tanjug) - President of the Republic Zoran Petrikić-Vuk on Monday received at the Palace of "
     "Serbia Greek Minister of Foreign Affairs Nikos Alexandrou-Pappas, who is in Belgrade on a working visit.",
     "Zoran Petrikić-Vuk", "Nikos Alexandrou-Pappas"),
    # newspaper, West Africa
    ("DAKAR - President of the Republic Ousmane Kandji-Seck met Gambian Vice President Lamin Ceesay-Jobe at the "
     "palace on Friday.", "Ousmane Kandji-Seck", "Lamin Ceesay-Jobe"),
])
def test_president_of_the_republic_is_the_person(run, text, host, guest):
    ex = run(text)
    rows = event_rows(ex)
    assert has_row(rows, MEET, [[host], [guest]], "held"), rows
    assert not any(n.startswith("Republic") for n in actor_names(ex)), actor_names(ex)


def test_republic_of_a_named_state_still_read(run):
    text = ("NAIROBI - The President of the Republic of Kenya, Amani Wekesa-Otieno, met Ugandan Foreign Minister "
            "Grace Nakato-Ssali at State House on Friday.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Wekesa-Otieno"], ["Nakato-Ssali"]], "held"), rows


@pytest.mark.parametrize("text, a, b", [
    # wire, Latin America: a venue between the talks and the partner
    ("HAVANA, May 22 (Wire) - President Tomas Arrieta Villalba held talks on Monday at the presidential palace with "
     "the President of Bolivia, Efrain Mamani Quispe.", "Tomas Arrieta Villalba", "Efrain Mamani Quispe"),
    # state media: the title set off by commas, a named palace
    ("HAVANA, May 22 (Wire) - The President of the Republic, Tomas Arrieta Villalba, held official talks on Monday at "
     "the Palace of the Revolution with the President of Bolivia, Efrain Mamani Quispe.",
     "Tomas Arrieta Villalba", "Efrain Mamani Quispe"),
    # newspaper, Asia
    ("HANOI - Foreign Minister Tran Minh Khoa held a meeting yesterday at the ministry with Lao Foreign Minister "
     "Souksavanh Phommachanh.", "Tran Minh Khoa", "Souksavanh Phommachanh"),
])
def test_partner_hung_on_the_venue(run, text, a, b):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[a], [b]], "held"), rows


def test_partner_before_the_venue_unchanged(run):
    text = ("HAVANA, May 22 (Wire) - President Tomas Arrieta Villalba held talks on Monday with President Efrain "
            "Mamani Quispe of Bolivia at the presidential palace.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Arrieta Villalba"], ["Mamani Quispe"]], "held"), rows


@pytest.mark.parametrize("text, a, b", [
    ("Foreign Minister Amina Rahman Chowdhury and Indian External Affairs Minister Suresh Venkat Rao held talks at "
     "the state guest house yesterday.", "Amina Rahman Chowdhury", "Suresh Venkat Rao"),
    ("Kenyan Foreign Affairs Cabinet Secretary Wanjiru Odhiambo-Kamau and Tanzanian Prime Minister Juma Mrisho-Kombo "
     "held talks in Arusha on Friday.", "Wanjiru Odhiambo-Kamau", "Juma Mrisho-Kombo"),
])
def test_state_word_opening_a_title_is_no_body(run, text, a, b):
    ex = run(text)
    rows = [r for r in event_rows(ex) if r[0] in MEET]
    assert has_row(rows, MEET, [[a], [b]], "held"), rows
    assert all(len(r[1]) == 2 for r in rows), rows


def test_ministry_of_a_state_still_a_body(run):
    text = "The Indian External Affairs Ministry said the two ministers would meet in Dhaka next month."
    ex = run(text)
    assert not any(n.startswith("Indian External Affairs Minister") for n in actor_names(ex)), actor_names(ex)


@pytest.mark.parametrize("text, guest, land", [
    # readout, Americas
    ("OTTAWA - Prime Minister Graham Tellier-Boyd spoke today with Prime Minister Winston Clarke-Morgan of Jamaica. "
     "Prime Minister Tellier-Boyd invited Prime Minister Clarke-Morgan to Ottawa for an official visit later this "
     "year.", "Winston Clarke-Morgan", "Canada"),
    # wire, East Africa
    ("NAIROBI, May 26 (Wire) - President Amani Wekesa-Otieno invited President Juma Mrisho-Kombo to Nairobi for a "
     "state visit in October.", "Juma Mrisho-Kombo", "Kenya"),
    # newspaper, Asia
    ("HANOI - Prime Minister Tran Van Duc invited his Lao counterpart Souksavanh Phommachanh to Hanoi for a working "
     "visit next month.", "Souksavanh Phommachanh", "Vietnam"),
])
def test_invited_to_a_city_for_a_visit_is_the_guests_trip(run, text, guest, land):
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert has_row(rows, ("visit",), [[guest], [land]], "proposed"), rows
    assert not any(any(n.startswith(("Graham", "Amani", "Tran Van")) for n in r[1]) for r in rows), rows


def test_invited_for_a_visit_with_no_place_keeps_the_inviter(run):
    text = ("NAIROBI, May 26 (Wire) - President Amani Wekesa-Otieno invited President Juma Mrisho-Kombo for a state "
            "visit, officials said.")
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert not any(any("Kenya" == n for n in r[1]) and len(r[1]) > 2 for r in rows), rows
