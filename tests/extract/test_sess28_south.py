"""Names, bodies and places of African, Latin American and Caribbean news: gatherings "of Heads of State of X",
Spanish place names with link words, "this port city" under a dateline, receptions whose venue the parser hung on a
person, paternal surnames written alone, professional styles, "Presidents A of X and B of Y", and plans told in the
past perfect."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2031, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _names(ex) -> set[str]:
    return {a.name for a in ex.actors}


# -- a gathering "of Heads of State (and Government) of X" is X's -------------------------------------------------

@pytest.mark.parametrize("text,body,city", [
    ("The Summit of Heads of State and Government of SADC will be held in Gaborone on Friday.", "SADC", "Gaborone"),
    ("A summit of Heads of State of CARICOM will take place in Bridgetown on Friday.", "CARICOM", "Bridgetown"),
])
def test_a_summit_of_heads_of_state_of_a_body_is_the_body_s(run, text, body, city):
    ex = run(text)
    rows = [r for r in event_rows(ex) if r[0] == "summit"]
    assert any(any(body in n for n in r[1]) and r[4] == city and r[2] == "scheduled" for r in rows)
    assert not any("Heads of State" in n for n in _names(ex))


# -- places: names cut at their link words, "this city" under a dateline, a venue hung on the host ----------------

@pytest.mark.parametrize("text,sides,place", [
    ("Bolivian President Rodrigo Choque met his Paraguayan counterpart Luis Benítez in Santa Cruz de la Sierra on "
     "Tuesday.", ("Rodrigo Choque", "Luis Benítez"), "Santa Cruz de la Sierra"),  # a name cut at its link words
    ("MOMBASA, June 11 (Reuters) - The foreign ministers of Kenya and Tanzania held talks in this port city on "
     "Tuesday on the shared fishing grounds.", ("Kenya", "Tanzania"), "Mombasa"),  # "this port city": the dateline's
])
def test_the_place_is_named_whole(run, text, sides, place):
    assert any(r[4] == place and r[3] == "2031-06-10" for r in events_with(run(text), *sides))


def test_this_city_without_a_dateline_is_no_place(run):
    ex = run("The foreign ministers of Kenya and Tanzania held talks in this city on Tuesday.")
    assert all(r[4] is None for r in events_with(ex, "Kenya", "Tanzania"))


def test_a_venue_hung_on_the_host_is_the_reception_s(run):
    ex = run("The Malian foreign minister was received on Monday by President Idrissa Maiga at the Presidential "
             "Palace in Niamey.")
    assert any(r[4] == "Niamey" for r in events_with(ex, "Idrissa Maiga"))


# -- names: paternal surnames, professional styles, plural titles --------------------------------------------------

def test_a_paternal_surname_alone_is_the_person(run):
    ex = run("Chilean Foreign Minister Tomás Ignacio Valdivia Ferrer arrived in Lima on Monday. Valdivia will meet "
             "Peru's president on Thursday.")
    assert any(r[2] == "scheduled" and r[3] == "2031-06-12" for r in events_with(ex, "Valdivia Ferrer", "Peru"))
    assert "Valdivia" not in _names(ex)


@pytest.mark.parametrize("style", ["Engr.", "Barr.", "Amb."])
def test_a_professional_style_opens_a_name(run, style):
    ex = run(f"President Mathieu Adjovi hosted {style} Chukwuma Obiora, Nigeria's minister of works, in Cotonou "
             "on Monday.")
    assert any(r[4] == "Cotonou" for r in events_with(ex, "Mathieu Adjovi", "Chukwuma Obiora"))


def test_presidents_a_of_x_and_b_of_y_are_both_parties(run):
    ex = run("Presidents Kwame Owusu of Ghana and Pascal Kabore of Burkina Faso will hold talks in Paga on Friday.")
    rows = [r for r in event_rows(ex) if r[0] in ("talks", "meeting")]
    assert any(r[1] >= {"Kwame Owusu", "Pascal Kabore"} and r[3] == "2031-06-13" for r in rows)


def test_a_plural_title_is_no_part_of_the_name(run):
    ex = run("Prime Ministers Kwesi Appiah of Ghana and Yao Agbodjan of Togo met in Aflao on Tuesday.")
    assert {"Kwesi Appiah", "Yao Agbodjan"} <= _names(ex)
    assert not any(n.startswith("Ministers") for n in _names(ex))


def test_a_leader_s_own_minister_stands_for_the_leader_s_state(run):
    ex = run("Kenyan President Daniel Mwangi said on Monday that his foreign minister would travel to Addis Ababa "
             "next week for talks with Ethiopian officials.")
    assert any(r[1] == {"Kenya", "Ethiopia"} and r[4] == "Addis Ababa" for r in event_rows(ex))
    assert not events_with(run("President Daniel Mwangi met his foreign minister on Monday."))


def test_representatives_of_two_states_are_no_legislature(run):
    ex = run("Representatives of Chad and Sudan held talks in Doha on Monday.")
    assert any(r[1] == {"Chad", "Sudan"} for r in events_with(ex, "Chad", "Sudan"))
    assert not any("Congress" in n for n in _names(ex))


# -- a plan in the past perfect fell through ----------------------------------------------------------------------

def test_a_trip_the_plan_had_been_due_for_is_not_held(run):
    ex = run("Liberia's foreign minister, Amara Sirleaf, has called off a planned visit to Conakry next week. She had "
             "been due to sign a border accord during the trip.")
    rows = [r for r in events_with(ex, "Amara Sirleaf") if r[0] == "visit"]
    assert rows and all(r[2] == "cancelled" for r in rows)


def test_during_a_visit_that_happened_stays_held(run):
    ex = run("Foreign Minister Amara Sirleaf met President Alpha Diallo in Conakry on Monday. During the visit, the "
             "two signed a border accord.")
    assert all(r[2] == "held" for r in events_with(ex, "Amara Sirleaf", "Alpha Diallo"))


# -- negatives --------------------------------------------------------------------------------------------------

def test_traditional_rulers_at_government_house_are_no_diplomacy(run):
    ex = run("Traditional rulers from the state met Governor Alhaji Sani Bello at Government House in Minna on "
             "Tuesday to discuss cattle routes.")
    assert event_rows(ex) == []


def test_a_name_without_its_second_family_name_is_the_same_person():
    from diplograph.kb.names import link_names

    canon = link_names(["Rafael Ortega Díaz", "Rafael Ortega", "Ortega"])
    assert canon["Rafael Ortega"] == canon["Ortega"] == "Rafael Ortega Díaz"
    assert link_names(["Ana Ruiz", "Ana Torres Vidal"])["Ana Ruiz"] == "Ana Ruiz"
