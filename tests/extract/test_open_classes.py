"""Failure classes earlier blind batches left open: dateline words, office-only bodies, postponements, contacts."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from tests.harness import event_rows, events_with

PUBLISHED = date(2024, 10, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    from diplograph.extract import extract_one

    cache: dict[str, object] = {}

    def go(text: str):
        if text not in cache:
            doc = Document(id="case", text=text, published=PUBLISHED, publisher="Wire")
            cache[text] = extract_one(nlp(text), doc)
        return cache[text]

    return go


def speaker_of(ex, fragment: str):
    """The actor that said the statement whose words hold fragment."""
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    assert hits, [s.quote for s in ex.statements]
    return next(a for a in ex.actors if a.key == hits[0].speaker)


# -- statements -------------------------------------------------------------------------------

def test_a_dateline_word_the_tagger_took_for_a_person_is_no_speaker(run):
    ex = run('JAFFNA \u2014 Leaders of the regional council met in the city on Monday. The council\'s head '
             'accused them of "an attempted coup".')
    assert not any(a.type == "person" and a.name.isupper() for a in ex.actors)
    assert "JAFFNA" not in speaker_of(ex, "attempted coup").name


@pytest.mark.parametrize("text,fragment,state", [
    ("The Ministry of Foreign Affairs of Armenia said on Monday that the border talks would resume. "
     "The Ministry of Foreign Affairs of Azerbaijan said the talks were premature.", "would resume", "Armenia"),
    ("The Ministry of Foreign Affairs of Armenia said on Monday that the border talks would resume. "
     "The Ministry of Foreign Affairs of Azerbaijan said the talks were premature.", "premature", "Azerbaijan"),
    ("ACCRA \u2014 The Ministry of Foreign Affairs said on Monday that the envoy had been recalled.", "recalled",
     "Ghana"),
])
def test_an_office_only_ministry_is_its_own_states(run, text, fragment, state):
    actor = speaker_of(run(text), fragment)
    assert actor.key != "org:ministry-of-foreign-affairs" and state in actor.name


def test_an_office_only_ministry_with_no_state_in_sight_keeps_its_name(run):
    actor = speaker_of(run("The Ministry of Foreign Affairs said on Monday that the envoy had been recalled."),
                       "recalled")
    assert actor.name == "Ministry of Foreign Affairs"


# -- postponements ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,status,day", [
    # a new date at any precision: rescheduled to it
    ("A visit to Quito by the Peruvian president has been pushed back to early next year.", "scheduled", "2025"),
    ("A visit to Quito by Peruvian President Dina Boluarte, planned for late October, has been postponed to "
     "early next year, officials said.", "scheduled", "2025"),
    # no new date: called off for now
    ("Chile and Bolivia postponed their border talks to a later date.", "cancelled", None),
    ("Talks between Ghana and Togo on the border were postponed indefinitely.", "cancelled", None),
])
def test_a_postponement_is_rescheduled_only_to_a_date_the_text_gives(run, text, status, day):
    rows = event_rows(run(text))
    assert len(rows) == 1, rows
    assert rows[0][2] == status and rows[0][3] == day


# -- events -----------------------------------------------------------------------------------

def test_a_delegation_led_by_someone_travels_as_its_leader(run):
    rows = events_with(run("A delegation led by Kenya's Deputy President Amos Wekesa arrived in Kampala on Tuesday "
                           "for talks on fuel imports."), "Wekesa", "Uganda")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("visit", "held", "2024-10-15", "Kampala")]


@pytest.mark.parametrize("text,parts,place", [
    ("Malta's foreign minister will not attend next week's Union for the Mediterranean ministerial in Rabat.",
     ("Malta", "Union for the Mediterranean"), "Rabat"),
    ("Iceland's foreign minister will not attend next week's Council of the Baltic Sea States ministerial in "
     "Gdansk.", ("Iceland", "Council of the Baltic Sea States"), "Gdansk"),
])
def test_one_party_stays_away_from_a_bodys_meeting_named_by_the_body(run, text, parts, place):
    rows = events_with(run(text), *parts)
    assert [(r[2], r[3], r[4]) for r in rows] == [("declined", "2024-W43", place)]
