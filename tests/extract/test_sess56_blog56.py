"""Briefings and live blogs: a heading naming a spokesperson's briefing with its capital frames the bare titles of the
turns below (the briefing's own government meets the partner named); a bare title as the subject of "will be in X
for talks with Y" is the one who meets; in a live blog's entry, bare "leaders", "the heads of state", "ministers"
with nothing placing them are the members of the one body whose gathering the heading follows. With the near-misses
that must not take a side from the heading: a heading of no capital, a trip of no contact, leaders a word places,
a heading naming a state as a side, and a page of no time-stamped entries: invented pages."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 3)  # a Wednesday

MEET = ("meeting", "talks", "negotiation", "summit", "visit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides", [
    # a spokesperson's transcript, the capital after a comma, no ministry named
    ("Transcript of the regular media briefing by the Official Spokesperson, Nairobi (3 May 2090)\n\n"
     "SPOKESPERSON: The President will be in Kampala on Friday for talks with the President of Uganda on the "
     "pipeline.\n\nQUESTION: Any plans for Dodoma?\n\nSPOKESPERSON: Nothing to announce.", ["Kenya", "Uganda"]),
    # a spokesman's daily briefing, the capital first, a "Q:"/"A:" layout
    ("Spokesman's daily briefing, Jakarta, 3 May 2090\n\nQ: What is on the Foreign Minister's diary?\n\n"
     "A: The Foreign Minister will be in Canberra on Monday for talks with the Prime Minister of Australia.",
     ["Indonesia", "Australia"]),
    # a ministry's briefing, a bare capitalised title opening the turn
    ("Ministry of Foreign Affairs - spokesperson's weekly briefing, Hanoi\n\nMS. TRAN: Prime Minister will be in "
     "Vientiane on Friday for talks with the President of Laos.", ["Vietnam", "Laos"]),
])
def test_briefing_bare_title_serves_heading_capital(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status="scheduled"), rows


@pytest.mark.parametrize("text, absent", [
    # no capital in the heading: the title stays no state's
    ("Spokesperson's briefing highlights\n\nSPOKESPERSON: The President will be in Kampala on Friday for talks with "
     "the President of Uganda.", "Kenya"),
    # a trip of no contact: no meeting at all
    ("Transcript of the regular media briefing by the Official Spokesperson, Nairobi (3 May 2090)\n\n"
     "SPOKESPERSON: The President will be in Mombasa on Friday for the opening of the new terminal.", "Kenya"),
])
def test_briefing_near_misses(run, text, absent):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET and any(absent in p for p in r[1]) for r in rows), rows


@pytest.mark.parametrize("text, sides, place", [
    # 24-hour stamps with a dash, the city before the body under the label's colon
    ("LIVE: Lusaka - SADC extraordinary summit on the floods\n\nAll times local\n\n19:00 - Communique out. Leaders "
     "agree to hold a joint summit with the EAC heads of state in Arusha in November.\n\n08:30 - Good morning from "
     "the conference centre, where security is tight.", ["SADC", "East African"], "Arusha"),
    # a bare label above the heading; a.m./p.m. stamps; "the heads of state"
    ("LIVE UPDATES\nASEAN leaders' summit, Vientiane\n\n4:10 p.m.\nThe heads of state have agreed to hold a summit "
     "with the Gulf Cooperation Council in Kuala Lumpur next year.\n\n9:20 a.m.\nRain is falling on the convention "
     "centre.", ["ASEAN", "Gulf Cooperation"], "Kuala Lumpur"),
    # "as it happened", stamps with no dash, oldest entry first
    ("Caricom heads of government meeting in Bridgetown - as it happened\n\n09:30 Heavy traffic on the coast road "
     "this morning.\n\n17:45 Leaders agree to hold talks with the African Union in Georgetown in September.",
     ["CARICOM", "African Union"], "Georgetown"),
])
def test_live_leaders_are_heading_body(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET + ("conference",), [[s] for s in sides], status="agreed", place=place), rows


@pytest.mark.parametrize("text, body", [
    # leaders a word places: opposition leaders are no members of the body
    ("LIVE: SADC extraordinary summit, Lusaka\n\nAll times local\n\n15:00 - Opposition leaders agree to hold talks "
     "with the African Union in Harare next week.\n\n08:30 - Good morning.", "SADC"),
    # the heading names a state as a side: no one body
    ("LIVE: Kenya-EAC summit, Arusha\n\nAll times local\n\n15:00 - Leaders agree to hold talks with the African Union "
     "in Addis Ababa next month.\n\n08:30 - Good morning.", "East African"),
    # no time-stamped entries: a report, not a live blog
    ("SADC extraordinary summit, Lusaka\n\nLUSAKA, May 3 (Wire) - Leaders agree to hold talks with the African "
     "Union in Harare next week, a diplomat said.", "SADC"),
])
def test_live_leaders_near_misses(run, text, body):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET and r[2] == "agreed" and any(body in p for p in r[1]) for r in rows), rows


@pytest.mark.parametrize("text, body, place", [
    # an acronym the tagger reads as a verb in -s opening the heading after the live label
    ("LIVE: ECOWAS summit, Abuja\n\nAll times Abuja (UTC+1)\n\n17:40 - Communique adopted.\n\n08:50 - Good morning "
     "from the conference centre.", "ECOWAS", "Abuja"),
    ("LIVE - ECOWAS summit, Accra\n\n4:15 p.m. GMT\nThe closing session is under way.\n\n9:05 a.m. GMT\nMotorcades "
     "are lining up outside the venue.", "ECOWAS", "Accra"),
])
def test_live_heading_acronym_read_as_verb(run, text, body, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [[body]], status="held", day=PUBLISHED.isoformat(), place=place), rows


def test_live_heading_acronym_looking_ahead_gives_nothing_held(run):
    rows = event_rows(run("Countdown: ECOWAS summit, Abuja\n\n17:40 - Workers are setting up the hall.\n\n"
                          "08:50 - Good morning from the conference centre."))
    assert not any(r[2] == "held" for r in rows), rows


@pytest.mark.parametrize("text, side", [
    # a live entry, newest first
    ("LIVE: CELAC summit, Tegucigalpa\n\n18:20 - Closing declaration adopted.\n\n10:05 - Venezuela's president is a "
     "no-show. Caracas says he has the flu.\n\n08:30 - Good morning from the palace, where delegations open the "
     "summit at nine.", "Venezuela"),
    # a wire report, told in the past
    ("SUVA, May 2 (Wire) - Pacific Islands Forum leaders opened their annual meeting in Suva on Tuesday. Tonga's "
     "prime minister was a no-show, and Nuku'alofa gave no reason.", "Tonga"),
])
def test_no_show_stays_away(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit", "meeting"), [[side]], status="declined"), rows


def test_no_show_of_no_side_gives_no_refusal(run):
    rows = event_rows(run("LIVE: SICA summit, San Salvador\n\n17:00 - Family photo done.\n\n11:20 - The host's "
                          "favourite band was a no-show at the opening ceremony.\n\n08:30 - Good morning."))
    assert not any(r[2] == "declined" for r in rows), rows
