"""An event noun after "for" that the parser hangs on the place before it ("gathered in Lusaka for the summit") is
what the travellers came for: the place is the event's. Invented sentences, several regions, with near-misses."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor


@pytest.fixture(scope="module")
def run(nlp):
    extract = extractor(nlp, date(2090, 5, 28))
    return lambda text: event_rows(extract(text))


@pytest.mark.parametrize("text, kind, place", [
    ("Leaders gathered in Lusaka for the SADC Extraordinary Summit on Saturday.", "summit", "Lusaka"),
    ("Presidents gathered in Tegucigalpa for the CELAC Summit on Monday.", "summit", "Tegucigalpa"),
    ("Ministers arrived in Jakarta for the ASEAN Foreign Ministers' Meeting on Tuesday.", "meeting", "Jakarta"),
    ("Andean foreign ministers met in Quito for a round of talks on migration last week.", "talks", "Quito"),
])
def test_place_before_purpose(run, text, kind, place):
    rows = run(text)
    assert any(r[0] in (kind, "meeting", "summit", "talks") and r[4] == place for r in rows), rows


@pytest.mark.parametrize("text", [
    "Tourists flocked to Paris for the Olympics.",
    "She moved to Nairobi for a job at the United Nations.",
    "Fans gathered in Manila for the basketball final on Sunday.",
])
def test_no_event_for_other_purposes(run, text):
    assert run(text) == []
