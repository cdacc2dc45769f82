"""A body's sittings and its organs ("the Executive Council of ECOWAS", "the OAS Permanent Council", "the IGAD
Council of Ministers, which will take place ..."), members staying away from a sitting, and a partner the parser
hung on the place of a meeting: on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors.blocs import organ_owner
from harness import event_rows, extractor

PUBLISHED = date(2041, 3, 13)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("name, key", [
    ("Executive Council of the African Union", "org:african-union"),
    ("Council of Ministers of the Arab League", "org:arab-league"),
    ("Permanent Council of the Organization of American States", "org:oas"),
    ("ASEAN Coordinating Council", "org:asean"),
    ("GCC Supreme Council", "org:gcc"),
])
def test_an_organ_named_with_its_body_is_the_body(name, key):
    entry = organ_owner(name)
    assert entry is not None and entry.key == key


@pytest.mark.parametrize("name", ["National Security Council", "Security Council", "Municipal Council of Lagos",
                                  "Council of State", "UN Climate Change Conference"])
def test_other_councils_have_no_owner(name):
    assert organ_owner(name) is None


@pytest.mark.parametrize("text, party, status, day, place", [
    ("The Executive Council of the Economic Community of West African States convened in Lome on Thursday.",
     "ECOWAS", "held", "2041-03-07", "Lome"),
    ("The Council of Ministers of the Arab Maghreb Union held its 40th session in Rabat on Monday.",
     "Arab Maghreb Union", "held", "2041-03-11", "Rabat"),
    ("The IGAD Council of Ministers, which will take place in Entebbe on 14 March, will review the crisis.",
     "IGAD", "scheduled", "2041-03-14", "Entebbe"),
    ("The ECOWAS Defence and Security Committee met in Banjul on Tuesday.", "ECOWAS", "held", "2041-03-12", "Banjul"),
    ("The Arctic Council is meeting in Tromso today.", "Arctic Council", "held", "2041-03-13", "Tromso"),
    ("The OAS Permanent Council held a special session on Venezuela on Monday.", "Organization of American States",
     "held", "2041-03-11", None),
])
def test_a_bodys_organ_sitting_is_the_bodys_meeting(run, text, party, status, day, place):
    rows = event_rows(run(text))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(frozenset({party}), status, day, place)], rows


def test_a_member_staying_away_from_a_sitting_to_be_held_declines_it(run):
    text = ("Mali will not take part in the session of the ECOWAS Council of Ministers to be held in Niamey on "
            "Friday, its foreign ministry said.")
    rows = {(r[2], "Mali" in r[1]) for r in event_rows(run(text)) if "ECOWAS" in r[1] and r[4] == "Niamey"}
    assert rows == {("declined", True), ("scheduled", False)}, event_rows(run(text))


def test_a_reason_for_staying_away_is_no_other_occasion(run):
    text = ("The Nordic Council meets in Oslo on Tuesday. Iceland's prime minister will not attend, in solidarity "
            "with striking fishermen.")
    rows = [r for r in event_rows(run(text)) if "Iceland" in r[1]]
    assert [(r[2], r[3], r[4]) for r in rows] == [("declined", "2041-03-19", "Oslo")], event_rows(run(text))


def test_a_partner_hung_on_the_place_of_the_meeting_is_still_met(run):
    text = "The Secretary-General of the Commonwealth met on Monday at Marlborough House with the Foreign Minister of Fiji."
    rows = event_rows(run(text))
    assert len(rows) == 1 and {"Fiji", "Commonwealth of Nations"} <= rows[0][1], rows


@pytest.mark.parametrize("text", [
    "The Lagos State House of Assembly held its 20th session on Tuesday.",
    "The football association's executive committee held its annual session in Accra on Monday.",
])
def test_a_domestic_or_sporting_bodys_session_is_no_event(run, text):
    assert event_rows(run(text)) == []
