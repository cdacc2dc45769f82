"""Actor recognition classes that cost events: names in apposition after a bare title, shared demonyms read from
context, agency datelines, acronyms paired with a state, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

from diplograph.kb.gazetteer import gazetteer

PUBLISHED = date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _sides(ex) -> list[set[str]]:
    return [set(r[1]) for r in event_rows(ex)]


@pytest.mark.parametrize("text,person,other", [
    ("The President of the Republic, Cheikh Tidiane Mbengue, will host the Gambian leader in Dakar on Friday.",
     "Cheikh Tidiane Mbengue", "The Gambia"),
    ("The Prime Minister, Dr. Kwame Asante Boateng, received the Ambassador of Japan in Accra on Monday.",
     "Kwame Asante Boateng", "Japan"),
    ("The Minister for Foreign Affairs, H.E. Rui Lopes Tavares, met his Angolan counterpart in Luanda on Monday.",
     "Rui Lopes Tavares", "Angola"),
    ("The Foreign Minister of Chile, Valentina Soto Araya, met the Bolivian envoy in Santiago on Monday.",
     "Valentina Soto Araya", "Bolivia"),
])
def test_a_name_set_off_by_commas_after_a_bare_title_is_its_holder(run, text, person, other):
    assert _sides(run(text)) == [{person, other}]


def test_a_known_place_after_a_title_and_comma_stays_a_place(run):
    ex = run("The Prime Minister, Kuala Lumpur, and the envoy met on Monday.")
    assert not any(a.type == "person" and "Kuala" in a.name for a in ex.actors)


@pytest.mark.parametrize("text,state", [
    ("Congolese officials held talks with Rwandan delegates in Kinshasa on Monday.",
     "Democratic Republic of the Congo"),
    ("The Congolese Foreign Minister met his Gabonese counterpart in Brazzaville on Monday.",
     "Republic of the Congo"),
])
def test_a_demonym_two_states_share_is_the_one_the_text_names(run, text, state):
    ex = run(text)
    assert any(a.name == state for a in ex.actors)


def test_a_shared_demonym_with_neither_state_named_is_no_state(run):
    ex = run("Congolese officials held talks with Rwandan delegates in Kigali on Monday.")
    assert not any("Congo" in a.name for a in ex.actors)


@pytest.mark.parametrize("word,state", [("Norwegian", "Norway"), ("Dominican", "Dominican Republic")])
def test_a_demonym_a_small_territory_shares_is_the_populous_state(word, state):
    assert gazetteer().demonym(word).name == state


@pytest.mark.parametrize("text,person", [
    ("ASTANA. KAZINFORM - President Nurlan Abenov met the Chinese Foreign Minister in Astana on Monday.",
     "Nurlan Abenov"),
    ("ULAANBAATAR, MONTSAME - Prime Minister Batbayar Ganzorig held talks with the Japanese ambassador on Monday.",
     "Batbayar Ganzorig"),
])
def test_the_agency_of_a_dateline_is_no_actor_nor_the_persons_body(run, text, person):
    ex = run(text)
    assert not any(a.type == "organization" for a in ex.actors)
    holder = next(a for a in ex.actors if a.name == person)
    assert all(r.of is None or not r.of.startswith("org:") for r in holder.roles)
    assert len(_sides(ex)) == 1 and person in _sides(ex)[0]


@pytest.mark.parametrize("text,sides", [
    ("Talks between Colombia and the ELN resumed in Havana on Monday.", {"Colombia", "ELN"}),
    ("Talks between the Philippines and the MILF resumed in Kuala Lumpur on Monday.", {"Philippines", "MILF"}),
])
def test_an_untagged_acronym_a_state_faces_in_a_between_pair_is_a_party(run, text, sides):
    assert _sides(run(text)) == [sides]


@pytest.mark.parametrize("text,other", [
    ("The Pope received in audience the President of Peru, Ana Rojas, on Monday.", "Ana Rojas"),
    ("The President of Ghana, Kofi Mensah, met the Pope on Monday.", "Kofi Mensah"),
])
def test_the_pope_with_no_holder_named_stands_for_the_holy_see(run, text, other):
    assert _sides(run(text)) == [{other, "Vatican"}]


def test_the_pope_after_his_name_is_the_named_person(run):
    ex = run("Pope Leo XIV received the Prime Minister of Malta, Joseph Grech, on Monday. The Pope then met bishops.")
    assert _sides(ex)[0] == {"Leo XIV", "Joseph Grech"}
    assert not any(a.name == "Vatican" for a in ex.actors)


def test_a_double_barrelled_surname_alone_later_is_the_person_named_in_full(run):
    ex = run("President Moussa Traore received Foreign Minister Awa Traore-Sangare in Bamako on Monday. Later, "
             "Traore-Sangare met the Ghanaian envoy in Bamako.")
    assert {"Awa Traore-Sangare", "Ghana"} in _sides(ex)
    assert not any(a.name in ("Sangare", "Traore") for a in ex.actors)


@pytest.mark.parametrize("text,person,other", [
    ("The Speaker of Parliament, Rt. Hon. Anita Nabirye Kasule, hosted a delegation from Kenya in Kampala on Monday.",
     "Anita Nabirye Kasule", "Kenya"),
    ("The Minister of Foreign Affairs, Hon Aroha Tane Whaanga, met the Fijian Prime Minister in Wellington on Monday.",
     "Aroha Tane Whaanga", "Fiji"),
    # NER took the name (its first word a capital's) for a place.
    ("The Prime Minister of Fiji, Suva Ratu Kamikamica, met the Samoan envoy in Nadi on Monday.",
     "Suva Ratu Kamikamica", "Samoa"),
])
def test_a_styled_or_place_tagged_name_after_a_title_and_comma_is_a_person(run, text, person, other):
    assert _sides(run(text)) == [{person, other}]


@pytest.mark.parametrize("text,sides", [
    ("Colombia and the ELN rebels resumed talks in Havana on Monday.", {"Colombia", "ELN"}),
    ("Negotiators from Colombia and the ELN guerrilla group met in Caracas on Monday.", {"Colombia", "ELN"}),
])
def test_an_untagged_acronym_before_a_group_noun_is_the_groups_name(run, text, sides):
    assert _sides(run(text)) == [sides]


def test_a_group_with_no_acronym_keeps_its_description(run):
    ex = run("Venezuela's opposition held talks with the government in Oslo on Monday.")
    assert _sides(ex) == [{"Venezuela", "Venezuela's opposition"}]


@pytest.mark.parametrize("text,sides", [
    ("Prime Minister Batbayar Ganzorig received the Japanese ambassador on Monday.", {"Batbayar Ganzorig", "Japan"}),
    ("Foreign Minister Ana Tuilagi received the ambassadors of France and Germany in Apia on Tuesday.",
     {"Ana Tuilagi", "France", "Germany"}),
])
def test_an_ambassador_received_is_a_guest_for_the_state(run, text, sides):
    assert _sides(run(text)) == [sides]


def test_an_ambassadors_credentials_received_are_a_meeting_with_the_state(run):
    # the credentials are no guest of their own; the ambassador who hands them over is, for Brazil (the challenge
    # set's gold records a credentials ceremony as a meeting of envoy and receiver)
    ex = run("President Jane Roe received the credentials of the new Brazilian ambassador on Monday.")
    assert _sides(ex) == [{"Jane Roe", "Brazil"}]
