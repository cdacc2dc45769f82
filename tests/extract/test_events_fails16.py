"""Open failure classes of session 9: receptions told in the passive, gatherings named by a noun, titled names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- receptions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,guest,host,day,place", [
    ("Ghana's president was welcomed at the State House in Abuja on Monday by President Musa Danjuma.",
     "Ghana", "Danjuma", "2024-10-14", "Abuja"),
    ("The Chilean foreign minister was welcomed at the Palacio San Martin in Buenos Aires by his Argentine "
     "counterpart on Tuesday.", "Chile", "Argentina", "2024-10-15", "Buenos Aires"),
    ("Nepal's prime minister was welcomed by Indian Prime Minister Raj Malhotra in New Delhi on Wednesday.",
     "Nepal", "Malhotra", "2024-10-16", "New Delhi"),
    ("Zimbabwe's president was received at the Union Buildings in Pretoria by President Thabo Ndlovu on "
     "Wednesday.", "Zimbabwe", "Ndlovu", "2024-10-16", "Pretoria"),
])
def test_a_guest_welcomed_by_a_host_met_them_in_the_city_not_the_building(run, text, guest, host, day, place):
    rows = events_with(run(text), guest, host)
    assert [(r[2], r[3], r[4]) for r in rows if r[0] != "visit"] == [("held", day, place)]


@pytest.mark.parametrize("text", [
    "The Fijian government welcomed the decision of the Pacific Islands Forum on Monday.",
    "Kenya's president welcomed the ceasefire agreed by Sudan's warring parties.",
])
def test_welcoming_a_decision_is_no_reception(run, text):
    assert event_rows(run(text)) == []
