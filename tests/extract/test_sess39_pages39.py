"""Live blogs and scraped pages: stamps with a dash open entries, a heading's label is no dateline, the city a live
blog's heading names places its day's entries and its guest's visit, a stamp's zone is no part of a name, a dateline
may end with a full stop, and a great city that is no capital frames "the country": invented pages, several regions."""

from __future__ import annotations

from datetime import date

import pytest

from harness import actor_names, event_rows, extractor
from diplograph.timex.dateline import dateline_place, entry_stamps

PUBLISHED = date(2061, 5, 12)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Own Desk")


@pytest.mark.parametrize("text, count", [
    ("Live updates\n\n11:42 - The talks began.\n\n10:05 - Leaders arrived.\n", 2),
    ("LIVE\n\n13:05 ICT — The summit closed.\n\n09:40 ICT — \"Welcome\", the host said.\n", 2),
    ("Blog\n\n8.15pm | The ministers met.\n\n7.58pm | The ministers arrived.\n", 2),
    ("Markets\n\nThe index rose 2.5% - a record.\n\n10 - 2 was the final score.\n", 0),
])
def test_stamps_with_a_dash_open_entries(text, count):
    assert len(entry_stamps(text)) == count


@pytest.mark.parametrize("text, place", [
    ("LIVE UPDATES: Thai PM in Phnom Penh for border talks\n", None),
    ("BREAKING: Kenya and Uganda sign border pact\n", None),
    ("Live: Europe's leaders in Skopje for the summit\n", None),
    ("Analysis - What the deal means\n", None),
    ("ISLAMABAD: Pakistan and Iran agreed on Monday ...\n", "Islamabad"),
    ("DAR ES SALAAM. President Rehema Mkwawa yesterday hosted ...\n", "Dar es Salaam"),
    ("Addis Ababa. Ethiopia's prime minister on Tuesday ...\n", "Addis Ababa"),
    ("Mr. Kamau said the talks would resume.\n", None),
    ("Dr. Wanjiru Otieno chaired the session.\n", None),
])
def test_place_only_datelines(text, place):
    assert dateline_place(text, dayless=True) == place


_NAIROBI_BLOG = """LIVE: Kenyan president in Addis Ababa for IGAD talks

Updated 15:30 EAT

15:30 EAT - The talks are over, officials said.

13:10 EAT - President Otieno Mwangi-Kariuki and Ethiopian Prime Minister Abebe Tesfaye Gudeta are now in talks, aides say.

09:20 EAT - Somalia's president will not come after all, his office said this morning.
"""

_SUVA_BLOG = """Live updates: Fiji PM in Port Moresby

16:45 - Fijian Prime Minister Ratu Semi Tikoduadua and PNG Prime Minister Peter Kaupa Namaliu have just signed a labour mobility agreement.

13:00 - The two prime ministers met this morning, Namaliu's office says.
"""

_ASUNCION_BLOG = """Mercosur summit in Asunción - as it happened

17:30 - Uruguay's president, Martín Sosa Etcheverry, and Paraguay's president, Luis Benítez Cáceres, met on the sidelines for half an hour.

09:40 - Brazilian President Carla Menezes Duarte has landed at Silvio Pettirossi airport.
"""


@pytest.mark.parametrize("text, parts, place", [
    (_NAIROBI_BLOG, {"Otieno Mwangi-Kariuki", "Abebe Tesfaye Gudeta"}, "Addis Ababa"),
    (_SUVA_BLOG, {"Ratu Semi Tikoduadua", "Peter Kaupa Namaliu"}, "Port Moresby"),
    (_ASUNCION_BLOG, {"Martín Sosa Etcheverry", "Luis Benítez Cáceres"}, "Asunción"),
])
def test_a_live_blogs_heading_places_its_entries(run, text, parts, place):
    rows = [r for r in event_rows(run(text)) if parts <= r[1] and r[0] != "signing"]
    assert rows, event_rows(run(text))
    assert all(r[2] == "held" and r[3] == PUBLISHED.isoformat() and r[4] == place for r in rows), rows


@pytest.mark.parametrize("text", [
    "Live\n\n10:45 WIB - Malaysia's king arrived in Jakarta for a state visit.\n\n09:00 WIB - Doors open.\n",
    "Live\n\n09:20 EAT - Somali President Hassan Abdi Warsame arrived in Nairobi.\n\n08:00 EAT - Morning.\n",
])
def test_a_stamps_zone_is_no_part_of_a_name(run, text):
    assert not any(n.startswith(("WIB", "EAT", "10:45", "09:20")) for n in actor_names(run(text))), actor_names(run(text))


@pytest.mark.parametrize("text, visitor, state, place", [
    ("LAGOS - Ghanaian President Kofi Mensah arrived in the country on Monday for a two-day working visit. He met "
     "President Bola Adeyemi at the State House on Tuesday.", "Kofi Mensah", "Nigeria", "Lagos"),
    ("DAR ES SALAAM. President Zawadi Shauri yesterday held talks with her Mozambican counterpart, Albino Sitoe, at "
     "State House. President Sitoe jetted into the country on Wednesday evening for a state visit of three days.",
     "Albino Sitoe", "Tanzania", "Dar es Salaam"),
    ("ALMATY - Kyrgyz President Almaz Toktorov flew into the country on Tuesday for a two-day official visit, "
     "officials said.", "Almaz Toktorov", "Kazakhstan", "Almaty"),
])
def test_a_great_city_dateline_frames_the_country(run, text, visitor, state, place):
    rows = [r for r in event_rows(run(text)) if r[0] == "visit" and visitor in r[1]]
    assert any(state in r[1] and r[4] == place for r in rows), event_rows(run(text))


def test_a_body_seat_dateline_frames_no_visit(run):
    text = "GENEVA - Iranian Foreign Minister Ali Rezaei arrived on Monday for talks with the IAEA chief."
    assert not [r for r in event_rows(run(text)) if r[0] == "visit" and "Switzerland" in r[1]], event_rows(run(text))


@pytest.mark.parametrize("text, parts, day, place", [
    ("Mirzoyev, Halimov hold talks in Dushanbe, sign water-sharing accord\n\nDUSHANBE, May 10 - President Rustam "
     "Mirzoyev held talks with Uzbek President Jahongir Halimov at the Palace of Nations on Tuesday, the presidential "
     "press service said. The two sides discussed the Rogun dam and border crossings.\n\nAfter the talks, the "
     "parties signed nine documents, among them a water-sharing accord.\n",
     {"Rustam Mirzoyev", "Jahongir Halimov"}, "2061-05-10", "Dushanbe"),
    ("Toshmatov, Abenov hold talks in Tashkent, sign transit accord\n\nTASHKENT - President Sardor Toshmatov held "
     "talks with Kazakh President Nurlan Abenov at the Kuksaroy residence on Monday, the presidential press service "
     "reports. The two sides discussed rail transit and water.\n\nFollowing the talks, the parties signed 14 "
     "documents, including a transit accord.\n", {"Sardor Toshmatov", "Nurlan Abenov"},
     "2061-05-09", "Tashkent"),
])
def test_a_headlines_signing_is_done_at_its_talks(run, text, parts, day, place):
    rows = [r for r in event_rows(run(text)) if r[0] == "signing" and r[2] == "held"]
    assert rows, event_rows(run(text))
    assert all(r[3] == day and r[4] == place for r in rows), event_rows(run(text))


def test_a_transcripts_speaker_label_is_no_dateline_city(run):
    text = ("EVENING NEWS - TRANSCRIPT\n\nKUMASI: Good evening. Togolese President Kossi Amegan arrived on Sunday for a "
            "state visit, his office said.\n\nKUMASI: And the mood?\n")
    assert not [r for r in event_rows(run(text)) if r[0] == "visit" and "Ghana" in r[1]], event_rows(run(text))
