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


@pytest.mark.parametrize("text, side, kind, place", [
    # wire, Africa: a state pulls out of a gathering told with "of"
    ("CAIRO, May 27 (Wire) - Egypt has pulled out of the summit in Khartoum, citing security concerns, the foreign "
     "ministry said.", "Egypt", "summit", "Khartoum"),
    # broadcast, Oceania: a leader drops out
    ("Good evening. Fiji's prime minister, Rupeni Vakacegu-Tora, has dropped out of the conference in Apia, his "
     "office said tonight.", "Vakacegu", "conference", "Apia"),
    # newspaper, Americas: bows out at the last minute
    ("The Bolivian president, Ernesto Mamani Colque, bowed out of the summit in Lima at the last minute.", "Mamani",
     "summit", "Lima"),
])
def test_out_of_a_gathering_is_staying_away(run, text, side, kind, place):
    rows = event_rows(run(text))
    assert has_row(rows, (kind,), [[side]], "declined", place=place), rows


@pytest.mark.parametrize("text", [
    "Egypt's president met Sudan's leader, Hamid Osman Babiker, on the eve of the summit in Khartoum.",
    "Sudan's army pulled out of the town of Wad Madani ahead of the summit.",
])
def test_backdrop_of_stays_a_backdrop(run, text):
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] == "summit" and r[2] == "declined"], rows


@pytest.mark.parametrize("text, guest, host, status, place", [
    # readout, Americas: accepted an invitation to come
    ("Today the Vice President of Colombia met President Ana Lucia Mejia Bonilla of Honduras and accepted her "
     "invitation to come to Tegucigalpa early next year.", "Colombia", "Honduras", "agreed", "Tegucigalpa"),
    # newspaper, Africa: invited to come
    ("Zambia's president, Mwansa Chileshe-Banda, has invited his Malawian counterpart to come to Lusaka next "
     "month for talks on the border.", "Malawi", "Zambia", None, "Lusaka"),
    # state media, Asia: declined
    ("DHAKA, 27 May (State News) - Myanmar's foreign minister declined an invitation from Bangladesh to come to "
     "Dhaka for talks on repatriation.", "Myanmar", "Bangladesh", "declined", "Dhaka"),
])
def test_invitation_to_come_is_a_trip(run, text, guest, host, status, place):
    rows = event_rows(run(text))
    assert any(r[4] == place and (status is None or r[2] == status) and any(guest in n for n in r[1])
               for r in rows), rows


@pytest.mark.parametrize("text", [
    "The migrants came to Lima in search of work, officials said.",
    "The general came to power in Bamako in a coup in 2085.",
])
def test_coming_without_invitation_is_no_trip(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "visit"], event_rows(run(text))
