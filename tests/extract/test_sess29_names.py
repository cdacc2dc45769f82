"""Actors' names as the matcher sees them: letters after a name, styles before it, names split or typed as bodies."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import actor_names, event_rows, events_with, extractor, only_event

PUBLISHED = date(2031, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text,person,letters", [
    ("Deputy Darragh Ó Súilleabháin TD met the Slovak ambassador in Cork on Tuesday.", "Darragh Ó Súilleabháin",
     "TD"),
    ("The Rt Hon Imogen Ashcombe MP, Minister for the Americas, met Chile's foreign minister in Santiago on Monday.",
     "Imogen Ashcombe", "MP"),
    ("Barbados' attorney general, Desmond Harewood KC, held talks with his Bahamian counterpart on Monday.",
     "Desmond Harewood", "KC"),
])
def test_letters_after_a_name_are_no_part_of_it(run, text, person, letters):
    ex = run(text)
    names = actor_names(ex)
    assert person in names, names
    assert not any(n.endswith(f" {letters}") or n == letters for n in names), names


def test_a_name_with_letters_typed_as_a_body_is_a_person(run):
    ex = run("The Hon Tevita Lolohea OBE MP, Tonga's Minister of Foreign Affairs, met New Zealand's foreign "
             "minister, Rangi Paewai, in Wellington on Monday.")
    people = actor_names(ex, "person")
    assert {"Tevita Lolohea", "Rangi Paewai"} <= people, people
    _, _, status, day, place = only_event(ex, "Lolohea", "Paewai")
    assert (status, day, place) == ("held", "2031-06-09", "Wellington")


def test_letters_set_off_by_a_comma_are_nobody(run):
    ex = run("Alhaji (Dr.) Sani Bawa Dankano, OFR, on Monday received Benin's foreign minister, Aurélien Houngbédji, "
             "in Abuja.")
    names = actor_names(ex)
    assert "OFR" not in names and "Sani Bawa Dankano" in names, names
    assert events_with(ex, "Dankano", "Houngbédji"), event_rows(ex)


def test_the_mention_covers_the_letters_the_parser_makes_the_head(run):
    row = only_event(run("Ireland's foreign minister, Eimear Doherty, travelled to Belfast on Monday for talks with "
                         "First Minister Ruth Galbraith-Kerr MLA."), "Doherty", "Galbraith-Kerr")
    assert row[0] in ("talks", "meeting") and row[2:] == ("held", "2031-06-09", "Belfast"), row


def test_a_given_name_after_a_style_stays_with_the_family_names(run):
    ex = run("Bahrain's foreign minister Sheikh Rashid Hamad Al-Khalifa Al-Nuaimi received the Jordanian envoy on "
             "Sunday. Sheikh Rashid said ties were strong.")
    people = actor_names(ex, "person")
    assert "Rashid Hamad Al-Khalifa Al-Nuaimi" in people, people
    assert "Hamad Al-Khalifa Al-Nuaimi" not in people and "Rashid" not in people, people


@pytest.mark.parametrize("text,person", [
    ("Foreign Minister Ato Girma Woldemariam Tadesse received the Kenyan envoy on Tuesday.",
     "Girma Woldemariam Tadesse"),
    ("Myanmar's labour minister U Thein Zaw Myint met Thai officials in Mae Sot on Tuesday.", "Thein Zaw Myint"),
    ("The Commonwealth Secretary-General, the Rt Hon Baroness Okonjo-Pratt KC, met the Tongan king on Tuesday.",
     "Okonjo-Pratt"),
])
def test_cultures_styles_are_no_part_of_the_name(run, text, person):
    assert person in actor_names(run(text)), actor_names(run(text))


def test_irish_and_scottish_mac_names_join_their_given_name(run):
    ex = run("Ireland's foreign minister met First Minister Catriona MacLennan MSP in Edinburgh on Tuesday.")
    assert "Catriona MacLennan" in actor_names(ex), actor_names(ex)


def test_a_cabinets_chairman_is_not_glued_to_the_body(run):
    ex = run("Chairman of the Cabinet of Ministers Aibek Toktogulov met Azerbaijan's foreign minister in Bishkek on "
             "Monday.")
    names = actor_names(ex)
    assert "Aibek Toktogulov" in names and not any("Toktogulov" in n and "Cabinet" in n for n in names), names


@pytest.mark.parametrize("text", [
    "Dr Saoirse Ní Laoire, PhD, will meet first-year students at the university open day on Friday.",
    "Lord Pemberton-Hale KC, the barrister, met his clients in the chambers on Monday.",
])
def test_letters_after_a_name_do_not_make_an_event(run, text):
    assert not event_rows(run(text)), event_rows(run(text))


def test_a_regions_people_are_not_the_state(run):
    ex = run("The Hon. Kieran Mallory-Shaw MP, Minister for Resources, will visit Darwin next week. The Minister will "
             "also hold talks with Northern Territorian and Western Australian mining unions.")
    assert not [r for r in event_rows(ex) if r[0] in ("talks", "meeting")], event_rows(ex)


def test_a_named_dialogue_is_no_person(run):
    ex = run("Chile's foreign minister and her Danish counterpart agreed on Monday to hold the first Chile–Denmark "
             "Strategic Dialogue in Copenhagen in October.")
    assert not any(a.type == "person" and "Dialogue" in a.name for a in ex.actors), actor_names(ex)
    row = only_event(ex, "Chile", "Denmark")
    assert row[2:] == ("agreed", "2031-10", "Copenhagen"), row


def test_the_taoiseach_is_a_title(run):
    ex = run("Taoiseach Fionnuala Breathnach met the Estonian prime minister in Tallinn on Monday.")
    assert "Fionnuala Breathnach" in actor_names(ex, "person"), actor_names(ex)


def test_the_taoiseach_alone_is_ireland_or_its_holder_not_another_prime_minister(run):
    ex = run("The Taoiseach, Brendan Ó Conaill, and the Belgian Prime Minister, Lieven Dewaele, agreed on Monday to "
             "meet again in Brussels in May. The Taoiseach said the talks had been useful.")
    people = actor_names(ex, "person")
    assert {"Brendan Ó Conaill", "Lieven Dewaele"} <= people, people
    row = only_event(ex, "Dewaele")
    assert row[2] == "agreed" and any("Ó Conaill" in n or n == "Ireland" for n in row[1]), row


def test_a_surname_opened_by_a_particle_is_the_fullactor_names(run):
    ex = run("Colombia's foreign minister, Luisa Fernanda del Castillo Rengifo, met Ecuador's foreign minister in "
             "Quito on Monday. Del Castillo said the border would reopen.")
    people = actor_names(ex, "person")
    assert "Luisa Fernanda del Castillo Rengifo" in people and "Del Castillo" not in people, people


def test_a_lower_case_particle_the_tagger_made_a_verb_stays_in_the_name(run):
    ex = run("Foreign Minister Paulo Henrique dos Reis Matos received Angola's foreign minister in Brasília on "
             "Tuesday.")
    assert "Paulo Henrique dos Reis Matos" in actor_names(ex), actor_names(ex)
