"""Event words real pages use: the negotiating table, rounds of talks, capitals the tagger misreads."""

from __future__ import annotations

import pytest

from diplograph.extract.events.finder import trigger_type
from diplograph.extract.events.places import Places
from diplograph.extract.events.status import governors, status_of


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia and Egypt will return to the negotiating table next week.", "negotiation"),
    ("The two sides are back at the bargaining table in Oslo.", "negotiation"),
    ("He laid the plans on the table.", None),
    ("The negotiating table was made of oak.", None),
])
def test_the_negotiating_table_is_a_negotiation(nlp, text, expected):
    assert trigger_type(token(nlp(text), "table")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Serbia and Kosovo came back to the negotiating table in Brussels on Monday.", "held"),
    ("Ethiopia and Egypt will return to the negotiating table in Addis Ababa next week.", "scheduled"),
])
def test_the_verb_above_the_table_gives_the_status(nlp, text, expected):
    table = token(nlp(text), "table")
    assert any(t.pos_ == "VERB" for t in governors(table))
    assert status_of(table) == expected


def test_a_capital_the_tagger_misread_is_still_the_place(nlp):
    doc = nlp("Senegal's president held talks with Mauritania's president in Dakar on Thursday.")
    president = [t for t in doc if t.text == "president"][1]

    class NoActors:
        def at(self, start, end):
            return None

    assert Places(NoActors()).place_of(president) == "Dakar"
