"""A named body's sitting told by its end ("the Ministerial Council concluded in Vienna"), as by its opening, and the
near-misses (a body's finding, an act ended, a company's summit). Texts invented (from opinion48's set)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor, has_row

PUBLISHED = date(2025, 12, 10)  # a Wednesday
MEET = ("meeting", "talks", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


TOLD = [
    ("VIENNA, 5 December - The 32nd OSCE Ministerial Council concluded today in Vienna after two days of "
     "deliberations chaired by Switzerland.", [("OSCE", "Organization for Security")], "held", "Vienna"),
    ("Press release, Ministry of Foreign Affairs of Zambia: The SADC Council of Ministers ended in Lusaka on Thursday "
     "with the adoption of a revised budget.", [("SADC", "Southern African")], "held", "Lusaka"),
    ("The Joint Commission between Ghana and Togo concluded in Lome on Monday, the ministry said in a statement.",
     [("Ghana",), ("Togo",)], "held", "Lome"),
    ("The Andean Community's Council of Foreign Ministers adjourned in Lima on Tuesday without a date for its next "
     "session.", [("Andean Community", "CAN")], "held", "Lima"),
]


@pytest.mark.parametrize("text, parts, status, place", TOLD)
def test_a_sitting_told_by_its_end_is_found(run, text, parts, status, place):
    found = rows(run(text))
    assert has_row(found, MEET, parts, status, place=place), found


NONE = [
    "Our view: the AU Peace and Security Council concluded last week that the junta had breached the charter.",
    "The European Council ended the sanctions regime last year, a decision this newspaper opposed.",
    "The Samsung Partners Summit concluded in Seoul on Friday with new supplier awards.",
    "The Pacific Islands Forum concluded that climate finance must double.",
]


@pytest.mark.parametrize("text", NONE)
def test_a_finding_an_act_or_a_company_gives_no_sitting(run, text):
    assert rows(run(text)) == []
