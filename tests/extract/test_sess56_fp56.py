"""Records of one side that tell no relation: a visitor whose host stayed unknown, a meeting or talks only proposed
with nobody named to meet, are no events; near-misses keep theirs: a land visited by someone unnamed, a summit
proposed for a host, a body's own sitting, a two-sided visit or proposal. Invented sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2091, 3, 14)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _lone(rows, types):
    return [r for r in rows if r[0] in types and len(r[1]) < 2]


@pytest.mark.parametrize("text", [
    "Sri Lankan Foreign Minister Nimal Perera-Okafor will visit Addu City next week.",
    "Uzbek Foreign Minister Rustam Aliev-Berg will visit Turkestan on Monday.",
    "Senegalese minister Aminata Diallo-Brandt will visit the Executive Tower on Monday.",
    "Kyrgyz Foreign Minister Aibek Sadyrov-Lund will visit Osh on Thursday.",
    "Senator Wilhelmina Okoro-Strand will travel to Lusaka next week, her office said.",
])
def test_a_visitor_without_a_host_is_no_visit(run, text):
    rows = event_rows(run(text))
    assert not _lone(rows, ("visit",)), rows


@pytest.mark.parametrize("text", [
    "The opposition leader, Teodora Balakrishnan-Muir, proposed a meeting to end the deadlock, local media reported.",
    "Union chief Obadiah Castellanos-Reyes proposed talks on the wage dispute on Tuesday.",
])
def test_a_meeting_proposed_with_nobody_named_is_no_event(run, text):
    rows = event_rows(run(text))
    assert not _lone(rows, ("meeting", "talks")), rows


@pytest.mark.parametrize("text, types, status", [
    ("Foreign Minister Lucinda Abernathy-Osei will visit Ghana next week to meet President Kofi Mensah-Dufie.",
     ("visit", "meeting"), "scheduled"),
    ("Kenya proposed talks with Ethiopia on the dam, the foreign ministry said.", ("talks",), "proposed"),
    ("President Ana Ibarguren has proposed that Paraguay host a regional summit on rivers next year.",
     ("summit",), "proposed"),
])
def test_two_sides_or_a_hosted_summit_stay(run, text, types, status):
    rows = event_rows(run(text))
    assert any(r[0] in types and r[2] == status for r in rows), rows


def test_a_land_visited_by_someone_unnamed_stays(run):
    rows = event_rows(run("Okafor-Lindqvist flies to Accra for talks"))
    assert any(r[0] == "visit" and "Ghana" in r[1] for r in rows), rows
