"""A leader missing from the gathering a live blog follows, told without a word of the gathering ("X's president is
not coming after all", "X has sent its prime minister instead", "X is sending its foreign minister rather than its
president", "X's president is not in the room"): a refusal of the heading's gathering. "A one-to-one" is a meeting
like "a one-on-one", whichever piece the parser heads; leaders who "peeled off / broke away for" talks held them.
With the near-misses that must stay clean: invented sentences and invented people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

GATHER = ("summit", "meeting", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _blog(heading: str, entry: str, opening: str) -> str:
    return f"{heading}\n\nAll times local\n\n11:40 - {entry}\n\n08:30 - {opening}"


@pytest.mark.parametrize("text, side, place", [
    # Africa: "not coming after all", a reason after it
    (_blog("LIVE | ECOWAS leaders' summit, Abuja", "Guinea's president is not coming after all, his office "
           "confirms, citing floods in the north.", "Welcome to our coverage from the capital, where leaders are "
           "assembling at the State House."), "Guinea", "Abuja"),
    # Oceania: a side meeting told in a later entry does not take the absence
    ("LIVE | Pacific leaders' summit, Suva\n\n4.10pm Tonga's prime minister and Samoa's prime minister have just "
     "emerged from a bilateral in the annex.\n\n11.00am Vanuatu's prime minister is not coming after all, his "
     "office says.\n\n8.45am Leaders are gathering at the conference centre.", "Vanuatu", "Suva"),
    # Africa: "sent its prime minister instead"
    (_blog("LIVE: Addis Ababa - AU extraordinary summit", "Chad has sent its prime minister "
           "instead.", "Heads of state gather from nine."), "Chad", "Addis Ababa"),
    # Asia: "rather than its president"
    (_blog("LIVE: SCO summit, Bishkek", "Turkmenistan is again sending its deputy prime minister rather "
           "than its president.", "Good morning from Bishkek, where the summit opens at ten."), "Turkmenistan",
     "Bishkek"),
    # Americas: "not in the room"
    (_blog("LIVE: CARICOM summit in Georgetown", "Haiti's prime minister is not in the room this morning.",
           "Leaders are arriving for the opening session."), "Haiti", "Georgetown"),
])
def test_a_leader_missing_from_the_live_blogs_gathering_declines_it(run, text, side, place):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, [[side]], "declined", place=place), rows


@pytest.mark.parametrize("text", [
    # a business fair: a company's stand-in is no refusal of a diplomatic gathering
    _blog("LIVE: Africa trade fair, Abuja", "Dangote Group is sending its finance director rather than its "
          "chairman.", "Exhibitors are setting up their stands."),
    # sport: a club's team, not a state's leader
    _blog("LIVE: Cup final, Lagos", "Enyimba has sent its reserve team instead.", "Fans are arriving early."),
    # a summit whose leader comes: "in the room" with no negation
    _blog("LIVE: SADC summit, Lusaka", "Botswana's president is in the room now.", "Leaders are arriving."),
])
def test_no_refusal_without_a_leader_kept_away(run, text):
    rows = event_rows(run(text))
    assert not any(r[2] == "declined" for r in rows), rows


@pytest.mark.parametrize("text, sides", [
    # Africa: "a one-to-one" the parser heads on its last piece
    ("The Nigerian president held a one-to-one with the Beninese president in Cotonou on Tuesday.",
     ["Nigeria", "Benin"]),
    # Asia, a live blog's present perfect: "peeled off for a one-to-one"
    ("LIVE: Central Asia summit, Bishkek\n\nAll times local\n\n16:30 Uzbekistan's president and Tajikistan's "
     "president have peeled off for a one-to-one on the dam.\n\n09:00 Leaders are arriving at the palace.",
     ["Uzbekistan", "Tajikistan"]),
    # Europe: "have broken away for talks"
    ("Latvia's prime minister and Lithuania's prime minister have broken away for talks on the power link.",
     ["Latvia", "Lithuania"]),
])
def test_one_to_one_and_peeling_off_for_talks_are_held(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "talks"), [[s] for s in sides], "held"), rows


@pytest.mark.parametrize("text", [
    "The school in Accra offers one-to-one tutoring to the children of diplomats.",
    "The coach held a one-to-one with the striker in Accra on Tuesday.",
    "The dockers' unions held out for talks on pay on Tuesday.",
    "The function maps each mission to a single office one-to-one.",
])
def test_other_one_to_ones_and_holding_out_give_nothing(run, text):
    rows = event_rows(run(text))
    assert not rows, rows
