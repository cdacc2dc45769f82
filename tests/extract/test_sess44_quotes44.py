"""Reported speech the parser hides, and speakers named after a long title: a "that" clause hung as a relative on a noun deep in the audience phrase
("told journalists on the sidelines of the summit that X"), and a rebutted claim with its "that" clause
("rejected reports that X"); invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor, statement_with as said

PUBLISHED = date(2091, 3, 14)


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, speaker, fragment", [
    ("Kenyan Foreign Secretary Ruth Wambui told journalists on the sidelines of the summit that Nairobi backed "
     "the plan.", "ruth wambui", "nairobi backed the plan"),
    ("The Kremlin on Monday rejected reports that the president would travel to the summit.", "kremlin",
     "president would travel"),
    ("Indonesia's foreign ministry dismissed claims that Jakarta had agreed to host the refugees.", "indonesia",
     "agreed to host"),
    ("Minister of Local Government and Rural Development Grace Otieno said the roads would be repaired.",
     "grace otieno", "roads would be repaired"),
    ("Minister of Energy and Water Resources Ahmed Yusuf said the dam talks with Ethiopia had collapsed.",
     "ahmed yusuf", "dam talks"),
    ("Secretary for Trade and Industry Chan Ka-wai told reporters that Hong Kong would appeal the ruling.",
     "chan ka-wai", "appeal the ruling"),
    ("Commissioner for Peace and Security Bankole Adeoye-Okafor said the mission would be extended.",
     "adeoye-okafor", "mission would be extended"),
    ("Prime Minister Tevita Lolohea denied allegations that Tonga had been pressured by its lenders.",
     "tevita lolohea", "pressured by its lenders"),
])
def test_the_hidden_clause_is_reported(run, text, speaker, fragment):
    names, _ = said(run(text), fragment)
    assert any(speaker in n for n in names), names


@pytest.mark.parametrize("text", [
    "The minister rejected reports on Monday, without giving details.",
    "The court rejected claims for compensation from the families.",
    "The journalists were told to leave the building before the vote.",
    "He spoke at the end of the summit that the two presidents had called.",
    "The guard pressed the button and the gates opened.",
])
def test_no_statement_without_reported_words(run, text):
    assert not run(text).statements, [s.quote for s in run(text).statements]
