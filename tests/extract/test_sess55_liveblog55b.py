"""Live blogs: the gathering a live blog's heading names ("LIVE: ECOWAS summit, Abuja") is the one its entries follow,
held that day in the heading's city, which a comma or a label's colon may set off as well as "in"; "have just come out
of a bilateral", "emerged from their talks" tell a sitting held. With the near-misses that must give nothing held: a
heading that looks ahead ("Countdown to ..."), entries of scenery or weather, leaving a place that is no sitting, and a
gathering told again in an entry, which stays one event: invented pages and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2094, 6, 16)  # a Wednesday
DAY = PUBLISHED.isoformat()

GATHER = ("summit", "meeting", "conference", "talks")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _held(rows, side: str, place: str | None = None) -> list:
    """The held gatherings naming side, on the page's day (and in place, when given)."""
    return [r for r in rows if r[0] in GATHER and r[2] == "held" and r[3] == DAY
            and any(side in p for p in r[1]) and (place is None or r[4] == place)]


@pytest.mark.parametrize("text, side, place", [
    # 24-hour stamps with a dash, the city after a comma
    ("LIVE: Extraordinary ECOWAS summit, Abuja\n\nAll times Abuja (UTC+1)\n\n17:40 - Communique adopted. Leaders "
     "call for a ceasefire in the north.\n\n11:05 - A heavy police presence around the venue this morning.\n\n"
     "08:50 - Good morning from the conference centre.", "ECOWAS", "Abuja"),
    # the city under a label's colon
    ("LIVE: Nairobi - IGAD heads of state summit\n\nAll times EAT\n\n16:30 - The closing session has ended.\n\n"
     "09:15 - Delegations are arriving under light rain.", "IGAD", "Nairobi"),
    # a bare label above the heading; a.m./p.m. stamps with a zone
    ("CONO SUR TV\nHome | Politics | World\n\nLIVE UPDATES\nMercosur leaders' summit, Montevideo\n\n"
     "4:10 p.m. ET\nThe family photo is done and leaders head into the plenary.\n\n10:20 a.m. ET\n"
     "Motorcades are lining up outside the Legislative Palace.", "Mercosur", "Montevideo"),
    # no live label left (a page's menus and label blanked): the page's first line heads it
    ("SADC extraordinary summit, Lusaka - Day 2\n\n17:05 - Leaders have adopted the final communique.\n\n"
     "09:30 - Traffic is heavy around the conference centre this morning.", "SADC", "Lusaka"),
    # "as it happened", the city after "in"
    ("ASEAN foreign ministers' meeting in Vientiane - as it happened\n\n18:00 The ministers have adopted their "
     "joint communique.\n\n09:30 Heavy security on the roads to the convention centre.", "ASEAN", "Vientiane"),
])
def test_heading_gathering_is_held_that_day_in_its_city(run, text, side, place):
    rows = event_rows(run(text))
    assert _held(rows, side, place), rows


@pytest.mark.parametrize("text, sides, place", [
    ("LIVE: Caricom heads of government meeting, Bridgetown\n\nAll times local\n\n15:45 - The prime ministers of "
     "Jamaica and Trinidad and Tobago have just come out of a bilateral on the margins, their offices say.\n\n"
     "09:00 - Good morning.", ("Jamaica", "Trinidad"), "Bridgetown"),
    ("LIVE: Nordic leaders in Helsinki\n\n13:20 CET - The Finnish and Swedish prime ministers, Aino Lehtovaara and "
     "Nils Berggren, have just stepped out of a one-on-one meeting.\n\n08:40 CET - Leaders are arriving.",
     ("Lehtovaara", "Berggren"), "Helsinki"),
])
def test_come_out_of_a_bilateral_is_held(run, text, sides, place):
    rows = event_rows(run(text))
    assert any(r[2] == "held" and r[3] == DAY and r[4] == place
               and all(any(s in p for p in r[1]) for s in sides) for r in rows), rows


def test_emerged_from_talks_is_held(run):
    rows = event_rows(run("Bhutan's foreign minister, Karma Dorjee Wangmo, and her Nepali counterpart, Suman Adhikari "
                          "Thapa, emerged from their talks in Kathmandu on Monday without a joint statement."))
    assert any(r[0] in GATHER and r[2] == "held" and r[3] == "2094-06-14" for r in rows), rows


def test_the_heading_gathering_told_again_stays_one(run):
    rows = event_rows(run("LIVE: SADC summit, Gaborone\n\nAll times CAT\n\n15:10 - The SADC summit has opened with a "
                          "minute's silence.\n\n08:30 - Good morning from Gaborone, where it is cold and bright."))
    assert len([r for r in rows if r[0] == "summit" and r[2] == "held"]) == 1, rows


@pytest.mark.parametrize("text", [
    # a heading that looks ahead: nothing held yet
    "LIVE: Countdown to the ASEAN summit, Jakarta\n\n18:00 - Workers are putting up flags along the avenue.\n\n"
    "09:00 - Roads near the venue will close on Friday.",
    # a heading of no gathering, entries of weather and security only
    "LIVE: Storm Irene hits Kingston\n\n14:00 - Police have closed the harbour road.\n\n10:00 - The rain has eased "
    "over the capital.",
])
def test_no_gathering_held(run, text):
    rows = event_rows(run(text))
    assert not [r for r in rows if r[2] == "held"], rows


def test_coming_out_of_a_hospital_is_no_sitting(run):
    rows = event_rows(run("LIVE: Election day in Lusaka\n\n12:10 - The opposition leader has just come out of the "
                          "hospital after a check-up.\n\n08:00 - Polls are open."))
    assert not [r for r in rows if r[2] == "held"], rows


def test_a_one_on_one_is_a_meeting(run):
    rows = event_rows(run("LIVE: EU-Africa ministerial, Lisbon\n\n14:10 GMT - Ghana's foreign minister, Efua "
                          "Mensah-Boakye, has just finished a one-on-one with Portuguese Foreign Minister Rui Castelo "
                          "Branco.\n\n09:00 GMT - Ministers are arriving."))
    assert any(r[0] == "meeting" and r[2] == "held" and r[3] == DAY and r[4] == "Lisbon"
               and {"Efua Mensah-Boakye", "Rui Castelo Branco"} <= r[1] for r in rows), rows


def test_a_one_on_one_meeting_stays_one(run):
    rows = event_rows(run("Kenya's president, Daniel Mwangi Otieno, held a one-on-one meeting with Senegal's "
                          "president, Awa Ndiaye Sarr, in Dakar on Tuesday."))
    assert len([r for r in rows if "Awa Ndiaye Sarr" in r[1]]) == 1, rows


def test_one_on_one_drills_are_no_meeting(run):
    assert not event_rows(run("The two coaches ran one-on-one drills with the strikers in Accra on Tuesday."))


def test_stepped_out_to_take_a_call_is_held(run):
    rows = event_rows(run("LIVE: Nordic Council session, Oslo\n\n16:15 CET - Norway's prime minister, Ingrid "
                          "Solbakken-Rud, stepped out to speak by phone with the Finnish president about the border."
                          "\n\n09:00 CET - Good morning."))
    assert any(r[0] == "call" and r[2] == "held" and r[3] == DAY and any("Finland" in p for p in r[1])
               for r in rows), rows
