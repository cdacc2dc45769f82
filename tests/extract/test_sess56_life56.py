"""A sitting named by the joint body that holds it ("the Ghana-Togo joint commission session", "the Peru-Chile
binational commission session") is that body's meeting, whatever becomes of it: called off, put off or set for a
day. Near-misses: a session of one state's own body (a parliament, a senate, a party) or a commission of no states
stays no diplomatic event. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status", [
    # wire, Africa: called off
    ("ACCRA, May 27 (Wire) - The Ghana-Togo joint commission session in Lome, due this weekend, has been called "
     "off over security concerns, the foreign ministry said.", ["Ghana", "Togo"], "cancelled"),
    # newspaper, Asia: postponed, no new date
    ("The Laos-Cambodia joint commission session planned for Pakse next week has been postponed, officials in "
     "Vientiane said on Saturday.", ["Laos", "Cambodia"], "cancelled"),
    # state media, Americas: set for a day
    ("LIMA, 27 May (State News) - The Peru-Chile binational commission session will open in Arica on Tuesday, "
     "the Foreign Ministry announced.", ["Peru", "Chile"], "scheduled"),
    # readout, Europe: scrapped
    ("The Latvia-Lithuania intergovernmental commission session in Kaunas has been scrapped after the resignation "
     "of the Latvian cabinet.", ["Latvia", "Lithuania"], "cancelled"),
])
def test_joint_body_session_is_its_meeting(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "talks"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text", [
    "The parliament's budget session in Lome has been postponed to June, the speaker said.",
    "The Senate session on the pension bill was called off on Friday.",
    "The ruling party's central committee session in Harare has been postponed.",
    "The electoral commission session on the new map has been delayed, officials in Nairobi said.",
])
def test_domestic_sessions_are_no_events(run, text):
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] in ("meeting", "talks", "summit")], rows


def test_named_session_keeps_held_sitting(run):
    rows = event_rows(run("The Kenya-Uganda joint commission session opened in Kampala on Friday, with the two "
                          "foreign ministers in the chair."))
    assert has_row(rows, ("meeting", "talks"), [["Kenya"], ["Uganda"]], "held"), rows
