"""Who the parties are: names whole however long, titles and letters kept off them, and features of the map, title
shorthand and offices that are no party."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import actor_names, event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _people(ex) -> set[str]:
    return {a.name for a in ex.actors if a.type == "person"}


# -- a name is whole: no portfolio word before it, no letters after it, all its words however many ---------------

@pytest.mark.parametrize("text,name", [
    ("PRETORIA - Minister of International Relations and Cooperation Thandiwe Mokoena met Botswana's foreign "
     "minister Kabo Seretse in Pretoria on Monday.", "Thandiwe Mokoena"),
    ("The Minister of Fisheries and Marine Resources Alfredo Menezes will travel to Luanda next week.",
     "Alfredo Menezes"),
])
def test_a_portfolio_joined_by_and_is_no_first_name(nlp, text, name):
    people = {m.text for m in nlp(text)._.actors if m.type == "person"}
    assert name in people and not any(p.endswith(name) and p != name for p in people)


def test_a_six_word_name_with_its_particle_is_one_name(run):
    ex = run("Brazil's Minister of Foreign Affairs, Luiz Carlos Ribeiro Mendes da Silva, begins a visit to Chile "
             "tomorrow.")
    assert _people(ex) == {"Luiz Carlos Ribeiro Mendes da Silva"}  # no "Minister" either


def test_letters_set_off_by_commas_are_no_person(run):
    ex = run("The Honourable Jean Leblanc-Roy, P.C., M.P., Minister of International Trade, met with Chile's trade "
             "minister Rodrigo Salinas in Montreal on Monday.")
    rows = events_with(ex, "Jean Leblanc-Roy", "Rodrigo Salinas")
    assert rows and not any("M.P." in n or "P.C." in n for r in event_rows(ex) for n in r[1])


def test_a_bantu_particle_joins_the_name(run):
    ex = run("The envoy held talks in Lusaka on Monday with Zambia's foreign minister, Mr. Mwansa wa Chanda.")
    assert "Mwansa wa Chanda" in _people(ex)


# -- titles, offices and their shorthand are no party ------------------------------------------------------------

def test_a_title_shorthand_is_no_body(run):
    ex = run("DPM Tran Van Minh holds talks with Lao counterpart in Hanoi")
    assert "DPM" not in actor_names(ex)


def test_leaders_after_long_titles_are_both_sides(run):
    ex = run("Minister for Foreign Affairs of the Kingdom of Denmark Lars Holmgaard and Minister for Foreign Affairs "
             "of the Republic of Finland Aino Virtanen held consultations in Helsinki on Monday.")
    rows = events_with(ex, "Lars Holmgaard", "Aino Virtanen")
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-06-09", "Helsinki")]


# -- rivers, seas, valleys, mountains and zones are places ---------------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("Farmers in the Awash Valley met district officials on Monday.", "Awash Valley"),
    ("Tankers crossing the Strait of Hormuz were escorted on Tuesday.", "Strait of Hormuz"),
    ("Engineers inspected the Lobito Corridor rail line and the Kigoma Special Economic Zone.",
     "Kigoma Special Economic Zone"),
    ("Climbers set off for Mount Elgon from Mbale on Sunday.", "Mount Elgon"),
])
def test_a_feature_of_the_map_is_no_actor(nlp, text, place):
    assert place not in {m.text for m in nlp(text)._.actors}


def test_a_body_named_after_a_feature_is_still_a_body(nlp):
    doc = nlp("Officials of the Mekong River Commission met Lao ministers in Vientiane on Monday.")
    assert any(m.type == "organization" and "Commission" in m.text for m in doc._.actors)


def test_a_basins_scientists_meeting_is_no_event(run):
    assert event_rows(run("Scientists studying the Limpopo River Basin met in Maputo on Monday.")) == []
