"""Sides of a contact the people named only stand behind: a sitting the leaders hand to "their foreign ministers" or
"their governments" ("asked their foreign ministers to meet", "a dialogue led by their ministers", "a joint session
of their governments") is held by the states those leaders serve. Near-misses keep the people: a held meeting of the
leaders, ministers named themselves. Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, states, status", [
    # readout with a dateline: one leader's state is the text's home
    ("OTTAWA - Prime Minister Margaret Tellier-Boyd spoke today with President Ignacio Barrantes Solís of Costa Rica. "
     "The leaders discussed trade. The two leaders asked their foreign ministers to meet in Ottawa next month.",
     ["Canada", "Costa Rica"], "proposed"),
    # wire, Europe: "a joint session of their governments"
    ("VILNIUS, May 26 (Wire) - Lithuanian President Rimantas Valaitis hosted Latvian President Ilze Bērziņa on Friday, "
     "and the two agreed to convene a joint session of their governments in Riga next month.",
     ["Lithuania", "Latvia"], "agreed"),
    # newspaper, Africa: "led by their foreign ministers"
    ("NAIROBI - Kenyan President Amani Wekesa-Otieno and Ethiopian Prime Minister Dawit Alemu Gebre met in Nairobi on "
     "Friday and agreed to convene a border commission in Moyale next month, led by their foreign ministers.",
     ["Kenya", "Ethiopia"], None),
])
def test_sitting_handed_to_their_people_is_their_states(run, text, states, status):
    rows = event_rows(run(text))
    plans = [r for r in rows if r[0] in MEET and r[2] != "held"]
    assert has_row(plans, MEET, [[s] for s in states], status), rows
    assert not any(any(" " in n and n not in states for n in r[1]) for r in plans), rows


def test_held_meeting_of_the_leaders_keeps_the_leaders(run):
    text = ("VILNIUS, May 26 (Wire) - Lithuanian President Rimantas Valaitis hosted Latvian President Ilze Bērziņa on "
            "Friday, and the two agreed to convene a joint session of their governments in Riga next month.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Valaitis"], ["Bērziņa"]], "held"), rows


def test_ministers_meeting_already_named_keeps_them(run):
    text = ("Foreign Minister Liisa Vainikka of Finland and Foreign Minister Kaspars Ozols of Latvia will meet in "
            "Helsinki next month, their ministries said.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Vainikka"], ["Ozols"]]), rows
