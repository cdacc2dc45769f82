"""Refusals, passed-up meetings, counterparts named beside their state, and dates given as "next week's"."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as an article published on PUBLISHED."""
    from diplograph.extract import extract_one

    def go(text: str):
        return extract_one(nlp(text), Document(id="case", text=text, published=PUBLISHED))

    return go


def _event(ex, kind: str, parts: tuple[str, ...]):
    table = {a.key: a.name for a in ex.actors}
    for ev in ex.events:
        got = " | ".join(table.get(k, k) for k in ev.participants).lower()
        if ev.type == kind and all(p.lower() in got for p in parts):
            return ev
    raise AssertionError(f"no {kind} with {parts}: {[(e.type, e.participants) for e in ex.events]}")


@pytest.mark.parametrize("text,kind,parts,status,day", [
    ("Lloyd Austin spoke by telephone with his counterpart from Italy, Defence Minister Guido Crosetto.",
     "call", ("Austin", "Crosetto"), "held", None),
    ("Xi Jinping turned down a request from Joe Biden for a meeting.", "meeting", ("Xi", "Biden"), "declined", None),
    ("Narendra Modi rejected a request from Shehbaz Sharif for talks.", "talks", ("Modi", "Sharif"), "declined", None),
    ("Egypt's President Abdel Fattah al-Sisi did not meet Ethiopian Prime Minister Abiy Ahmed at the summit.",
     "meeting", ("Sisi", "Abiy"), "declined", None),
    ("Japan's Prime Minister Fumio Kishida will skip next week's G7 summit in Rome.", "summit", ("Kishida", "G7"),
     "declined", "2024-W12"),
    ("ASEAN foreign ministers will not attend next week's ASEAN leaders meeting in Jakarta, Joko Widodo said.",
     "meeting",
     ("ASEAN",), "declined", "2024-W12"),
])
def test_event(run, text, kind, parts, status, day):
    ev = _event(run(text), kind, parts)
    assert ev.status == status
    if day is not None:
        assert ev.time is not None and ev.time.value == day


def test_not_having_met_for_years_is_no_event(run):
    text = "Egypt's President Abdel Fattah al-Sisi has not met Ethiopian Prime Minister Abiy Ahmed since 2019."
    assert [e for e in run(text).events if e.status == "declined"] == []
