"""Sides named by a description the text resolved earlier: "the two delegations" of talks between a state and an
armed group (the group a side, as "between A and B" named it), "the two sides" of talks a go-between mediated,
sponsored or hosted (the mediator, the envoy's state and the host are no side), and "the two presidents / leaders"
of two states told only by name when the one person named is a body's envoy (the states meet, not the envoy).
Near-misses keep the two leaders named, an envoy who met one side himself, and a body no text paired with a state.
Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _sides(rows, status):
    return [r[1] for r in rows if r[2] == status]


@pytest.mark.parametrize("text, sides, status, place", [
    # wire, Horn of Africa: a state and an armed group, the envoy's proposal
    ("A new round of talks between the Sudanese army and the Rapid Support Forces, which was due to open in Nairobi "
     "on Monday, has been postponed, the African Union said. The AU envoy, Kwame Asante-Boadu, has proposed that the "
     "two delegations meet in Kampala instead.", ["Sudan", "Rapid Support Forces"], "proposed", "Kampala"),
    # newspaper, Gulf: "between the delegations of X and Y" and the round they agreed on
    ("Kenya hosted on Monday and Tuesday a round of talks between the delegations of the Government of Sudan and the "
     "Rapid Support Forces. The two delegations agreed to hold another round in Jeddah next month.",
     ["Sudan", "Rapid Support Forces"], "agreed", "Jeddah"),
    # broadcast, Middle East: a government and a movement, suggested
    ("Negotiations between Yemen's government and the Houthis, due to open in Muscat this week, were called off. The "
     "Omani mediator, Salim Al-Harthy-Nabhani, suggested that the two delegations meet in Salalah instead.",
     ["Yemen", "Houthis"], "proposed", "Salalah"),
])
def test_two_delegations_of_a_state_and_an_armed_group(run, text, sides, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status, place=place), rows


@pytest.mark.parametrize("text, sides, mediator", [
    # wire, South America: mediated by an envoy named by his state's adjective
    ("Qatar hosted consultations between the Colombian government and the ELN rebels in Doha on Sunday, mediated by "
     "the Norwegian envoy Ola Brekke-Sund. The two sides agreed to meet again in Havana in June.",
     ["Colombia", "ELN"], "Norway"),
    # press release, Middle East: under the auspices of an envoy
    ("Negotiations between Yemen's government and the Houthis took place in Muscat last week under the auspices of "
     "the UN envoy, Mr. Lars Ekholm-Berg. The two sides agreed to hold a further round in September.",
     ["Yemen", "Houthis"], "United Nations"),
    # newspaper, Caribbean: a round brokered by an envoy
    ("Colombia's government and the ELN rebels ended a round of talks in Caracas on Friday, brokered by the Cuban "
     "envoy Ramiro Toledo-Paz. The two sides agreed to meet again in Havana next month.", ["Colombia", "ELN"], "Cuba"),
    # press release, Levant: the envoy's name in apposition after his title, which the parser hangs on the round
    ("Jordan hosted on Sunday and Monday a round of consultations between the delegations of the Government of Yemen "
     "and the Houthis, under the auspices of the United Nations Special Envoy for Yemen, Mr. Pieter Van Dalen-Moss. "
     "The two sides agreed to hold another round next month.", ["Yemen", "Houthis"], "Van Dalen-Moss"),
    # state media, East Africa: an ambassador envoy of a regional body
    ("The Government of Kenya hosted in Nairobi this week a second round of talks between the delegations of the "
     "Government of South Sudan and the SPLM-IO, under the auspices of the IGAD Special Envoy for South Sudan, "
     "Ambassador Tesfaye Girma-Alemu. The two sides agreed to meet again in Juba in July.",
     ["South Sudan", "SPLM-IO"], "Girma-Alemu"),
])
def test_two_sides_not_the_go_between(run, text, sides, mediator):
    rows = event_rows(run(text))
    agreed = _sides(rows, "agreed")
    assert has_row(rows, MEET, [[s] for s in sides], "agreed"), rows
    assert not any(any(mediator in n for n in parts) and len(parts) == 2 for parts in agreed), rows


@pytest.mark.parametrize("text, sides, status, place", [
    # wire, Caucasus: the states told in a compound, the body's envoy offers
    ("Tensions have risen along the Armenia-Azerbaijan border. OSCE envoy Petra Vukovic-Lind has proposed direct "
     "talks between the two leaders in Vienna.", ["Armenia", "Azerbaijan"], "proposed", "Vienna"),
    # broadcast, Horn of Africa: "host a meeting of the two presidents"
    ("Relations between Eritrea and Djibouti soured this year. UN special envoy Hannah Oyelaran-Beck said she would "
     "host a meeting of the two presidents in Nairobi next month.", ["Eritrea", "Djibouti"], "scheduled", "Nairobi"),
    # newspaper, Africa: the envoy offers, "the two presidents"
    ("Fighting flared along the Sudan-South Sudan border this week. AU envoy Abdou Karim Ndiaye-Sall has offered to "
     "host direct talks between the two presidents in Addis Ababa.", ["Sudan", "South Sudan"], "proposed",
     "Addis Ababa"),
    # state media, Africa: the states named in the sentence before, the envoy's pronoun
    ("AU Commission chairperson Abdou Karim Ndiaye-Sall said both Sudan and South Sudan had agreed to send "
     "delegations. He has also offered to host direct talks between the two presidents in Addis Ababa.",
     ["Sudan", "South Sudan"], "proposed", "Addis Ababa"),
])
def test_two_leaders_of_the_states_an_envoy_brings_together(run, text, sides, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status, place=place), rows


@pytest.mark.parametrize("text, sides, status", [
    # near-miss, South Asia: the two leaders named stay the sides
    ("Indian Prime Minister Arjun Mehra-Iyer held talks with Sri Lankan President Nimal Perera-Wick in Colombo on "
     "Tuesday. The two leaders agreed to meet again in New Delhi in December.",
     ["Arjun Mehra-Iyer", "Nimal Perera-Wick"], "agreed"),
    # near-miss, South America: a third person received later does not take the presidents' place
    ("Chilean President Camila Orrego-Vial met Peruvian President Julio Cardenas-Huaman in Arica on Monday. On "
     "Tuesday Orrego-Vial received Bolivia's foreign minister, Rosa Quispe-Mamani. The two presidents agreed to meet "
     "again in Lima in March.", ["Camila Orrego-Vial", "Julio Cardenas-Huaman"], "agreed"),
    # near-miss, Africa: the envoy who met one side himself is a side of that meeting's sequel
    ("The UN envoy Sofia Lindqvist-Amar met Sudan's foreign minister in Port Sudan on Sunday. She said the two sides "
     "would meet again next week.", ["Sofia Lindqvist-Amar", "Sudan"], "scheduled"),
])
def test_near_misses_keep_the_pair_told(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status), rows


def test_body_never_paired_is_no_delegation(run):
    """The body only tells the news: "the two delegations" are the two states' own."""
    text = ("Ethiopian and Kenyan officials held border talks in Moyale on Friday, the African Union said. The two "
            "delegations agreed to meet again in Marsabit next month.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Ethiopia"], ["Kenya"]], "agreed"), rows
    assert not any(any("African Union" in n for n in r[1]) for r in rows if r[2] == "agreed"), rows
