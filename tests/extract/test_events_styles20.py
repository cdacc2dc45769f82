"""Release and bulletin styles: capitalised visit kinds, agencies after a dated dateline, titles of lower rank."""

from __future__ import annotations

from datetime import date

import pytest

from harness import events_with, extractor

PUBLISHED = date(2026, 9, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz of Honduras paid a State Visit to Panama on Monday.",
    "The President of Honduras, Ana Ruiz, will pay an Official Working Visit to Panama on Friday.",
])
def test_a_capitalised_visit_kind_is_still_a_visit_to_the_state_named(run, text):
    rows = events_with(run(text), "Ruiz", "Panama")
    assert [r[0] for r in rows] == ["visit"]


def test_a_capitalised_visit_kind_is_no_body_of_its_own(run):
    ex = run("Joint Statement on the State Visit of the President of Chile to Uruguay\n\n"
             "The President of Chile, Tomas Vial, paid a State Visit to Uruguay on Monday.")
    assert not [a for a in ex.actors if "Visit" in a.name]


def test_an_agency_after_a_dated_dateline_is_no_party(run):
    ex = run("Muscat, September 16, 2026, ONA -- His Majesty the Sultan received at Al Alam Palace today the "
             "Foreign Minister of Peru Luis Canales.")
    rows = events_with(ex, "Canales")
    assert [(r[0], r[3]) for r in rows] == [("meeting", "2026-09-16")]
    assert not any("ONA" in n for r in rows for n in r[1])


def test_a_title_named_before_its_holder_is_not_that_holder(run):
    ex = run("The Secretary will travel to Lima on Monday to co-chair the dialogue with Peruvian Foreign Minister "
             "Luis Canales.")
    assert not [r for r in events_with(ex, "Canales") if r[0] == "visit"]


def test_a_deputy_is_not_the_office_above(run):
    ex = run("Foreign Secretary Luis Canales of Peru will travel to Quito on Monday. Yesterday the Deputy Secretary "
             "met with Ecuador's Vice Foreign Minister Rosa Mena in Washington.")
    assert not events_with(ex, "Canales", "Mena")
