"""Where an event happens when the parser hung its place off the trigger's own phrases: on the contact a reception
is for ("hosted X for a day of talks at Y in Z"), on the body the object comes from ("meet their counterparts from
the bloc in Z"), at the end of a seat's name ("at State House Z"), on the owner of a building ("at Z's presidential
palace") or after "outside"; and a dateline's capital yields to a summit abroad its side attends that day, not one
attended the day before (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, places_with, typed_rows

PUBLISHED = date(2081, 5, 7)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, place", [
    # the place hangs on the contact the reception is for
    ("Malawi's President Chikondi Banda hosted Zambia's President Mwila Tembo for a day of talks at the Bingu "
     "International Convention Centre in Lilongwe on Friday.", ("Banda", "Tembo"), "Lilongwe"),
    ("Uruguay's foreign minister received her Paraguayan counterpart for talks at the Palacio Santos in Montevideo "
     "on Monday.", ("Uruguay", "Paraguay"), "Montevideo"),
    # the place hangs on the body the object comes from
    ("BRUSSELS - EU trade ministers will meet their counterparts from the Andean Community in Lima on 12 June, "
     "the Commission said.", ("Andean",), "Lima"),
    # a seat's name that its city ends
    # a building's city named as its owner, or a building just outside a city
    ("Benin's president and Niger's prime minister held talks on Tuesday at Cotonou's presidential palace.",
     ("Benin", "Niger"), "Cotonou"),
    ("The talks between Kyrgyzstan's and Tajikistan's foreign ministers took place at a government villa outside "
     "Tashkent on Monday.", ("Kyrgyzstan", "Tajikistan"), "Tashkent"),
    ("Kenya's President Daniel Mwangi received Tanzania's foreign minister, Rehema Kombo, at State House Mombasa on "
     "Monday.", ("Mwangi", "Kombo"), "Mombasa"),
])
def test_a_place_hung_off_the_trigger_phrases(run, text, parts, place):
    assert place in places_with(run(text), *parts), event_rows(run(text))


def test_a_contact_at_a_summit_abroad_that_day_is_in_the_summit_city(run):
    text = ("LUSAKA, May 7 (ZANIS) - Zambia's Vice-President Mutale Banda, who is attending the SADC summit in Maputo, "
            "met Malawi's President Chikondi Mkandawire today.")
    assert places_with(run(text), "Banda", "Mkandawire") == ["Maputo"], event_rows(run(text))


def test_a_summit_attended_the_day_before_leaves_the_dateline_city(run):
    text = ("DUSHANBE, May 7 (Khovar) - Tajik President Rustam Nazarov held talks with Turkmen President Serdar "
            "Annaev on Tuesday, a day after both leaders attended the CIS summit in Minsk.")
    assert [r[3] for r in typed_rows(run(text), "talks")] == ["Dushanbe"], event_rows(run(text))
