"""People tied to the state the article gives them apart from a title right before the name ("Malawi's X", "X of
Luxembourg", "Chile's Minister of Foreign Affairs, X,"), offices named with their state alone, and agreeing
ministers standing for their states in their joint body's sitting: on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors.finder import find_actors
from diplograph.records import Document
from harness import event_rows, extractor

PUBLISHED = date(2033, 5, 18)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _served(nlp, text: str, surname: str) -> set[str | None]:
    """The states the mentions of the person named ``surname`` serve in one article."""
    actors = find_actors(nlp(text), Document(id="case", text=text, published=PUBLISHED))
    keys = {m.key for m in actors if m.type == "person" and surname in m.name}
    assert keys, [(m.text, m.key) for m in actors]
    return {m.role_of for m in actors if m.key in keys} - {None}


@pytest.mark.parametrize("text, surname, state", [
    ("Malawi's Chikondi Banda-Phiri arrived in Lusaka on Monday for a regional security conference.",
     "Banda-Phiri", "state:MWI"),
    ("Henrik Johansson of Sweden and Pieter Janssens flew to Vienna on Tuesday for the OSCE meeting.",
     "Johansson", "state:SWE"),
    ("Chile's Minister of Foreign Affairs, Catalina Ibarra Soto, said on Friday that the border talks would resume.",
     "Ibarra Soto", "state:CHL"),
    ("Peru's navy commander, Vice Admiral Renato Cuadros Palma, toured the port of Callao on Sunday.",
     "Cuadros Palma", "state:PER"),
    ("He met Tunisia's defence chief, General Slim Ben Romdhane, at the border.", "Ben Romdhane", "state:TUN"),
    ("The delegation was received by the Prime Minister of the Interim Government of Mali, Oumar Traoré-Diallo, in "
     "Bamako.", "Traoré-Diallo", "state:MLI"),
])
def test_a_person_serves_the_state_the_sentence_ties_them_to(nlp, text, surname, state):
    assert _served(nlp, text, surname) == {state}


@pytest.mark.parametrize("text, surname", [
    ("After meeting Kenya's president, John Okafor flew home to Lagos on Sunday.", "Okafor"),
    ("Maria Lopez of the Miami Herald asked the minister about the summit.", "Lopez"),
])
def test_a_person_beside_another_states_office_serves_no_state(nlp, text, surname):
    assert _served(nlp, text, surname) == set()


def test_offices_named_with_their_states_alone_are_the_states(run):
    text = "The president will hold talks with the Foreign Ministers of Ghana and Togo in Accra on Friday."
    parties = {name for row in event_rows(run(text)) for name in row[1]}
    assert {"Ghana", "Togo"} <= parties, event_rows(run(text))
    assert not any("Ministers" in name for name in parties), event_rows(run(text))


def test_agreeing_ministers_stand_for_their_states_in_their_joint_body(run):
    text = ("Estonian Foreign Minister Kadri Tamm and her Finnish counterpart Juhani Lehtola met in Tallinn on Tuesday "
            "and agreed that the intergovernmental commission would convene in Helsinki in June.")
    rows = [r for r in event_rows(run(text)) if r[2] == "agreed"]
    assert rows and all({"Estonia", "Finland"} <= r[1] for r in rows), event_rows(run(text))


def test_a_dateline_capital_is_no_state_of_the_title_after_it(nlp):
    text = "ROME - Foreign Minister Tomasz Zielinski held talks with his Italian counterpart in Rome on Monday."
    assert "state:ITA" not in _served(nlp, text, "Zielinski")


def test_who_conveys_an_invitation_to_visit_is_not_the_guest(run):
    text = ("The Norwegian envoy, Lars Pettersen, conveyed an invitation from the Kenyan president to visit Nairobi, "
            "which the Norwegian prime minister accepted.")
    assert not any(r[0] == "visit" and "Lars Pettersen" in r[1] for r in event_rows(run(text))), event_rows(run(text))


def test_a_visits_host_who_serves_the_state_visited_is_that_state(run):
    text = ("The Secretary-General of the Commonwealth, Amara Okafor-Reid, met on Tuesday in London with the Prime "
            "Minister of Fiji, Josefa Ratuvou. During the meeting, the Secretary-General accepted the Prime Minister's "
            "invitation to travel to Suva in July.")
    visits = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert visits and all("Fiji" in r[1] and "Josefa Ratuvou" not in r[1] for r in visits), event_rows(run(text))
