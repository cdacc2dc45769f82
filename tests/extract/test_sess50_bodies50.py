"""A body or a group as one side: a bare title the text gave a body's office-holder, the Secretary-General met as an
object, a "Place, Region, day -" dateline kept out of the subject, a body's next or hosted "gathering", and a state
proposing that a group's members meet; with the near-misses that must stay as they were: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "conference", "summit")
TRIP = ("visit",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, kinds, parts, status", [
    ("Mogadishu, 27 May 2090 - The Chairperson of the African Union Commission arrived in Mogadishu on Friday.\n\n"
     "The Chairperson will travel on to Nairobi on 1 June to attend the IGAD ministerial consultation.",
     TRIP, [["African Union"], ["Kenya"]], "scheduled"),
    ("Mogadishu, 27 May 2090 - The Chairperson of the African Union Commission arrived in Mogadishu on Friday.\n\n"
     "The Chairperson was received at Villa Somalia by President Hassan Warsame.",
     MEET, [["African Union"], ["Warsame"]], "held"),
    ("Bamako, 26 May 2090 - The President of the ECOWAS Commission arrived in Bamako on Saturday. The President "
     "met Mali's transitional leader, Colonel Sekou Traore, on Sunday.", MEET, [["ECOWAS"], ["Traore"]], "held"),
])
def test_a_bare_title_given_to_a_body_before_is_the_body(run, text, kinds, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts, status), rows
    assert not any({"Somalia", "Mali"} & set(r[1]) and "Kenya" not in r[1] and r[0] in MEET for r in rows), rows


@pytest.mark.parametrize("text, parts", [
    ("Egypt's foreign minister Sameh Fahmy met the Secretary-General at UN headquarters on Tuesday.",
     [["Fahmy"], ["United Nations"]]),
    ("Kenya's President Daniel Otieno held talks with the Secretary-General in Nairobi on Monday.",
     [["Otieno"], ["United Nations"]]),
    ("Jakarta, 26 May 2090 - The ASEAN Secretariat welcomed a delegation from Japan. Japan's envoy, Sato Hiroshi, "
     "met the Secretary-General on Friday.", [["Sato"], ["ASEAN"]]),
])
def test_the_secretary_general_met_as_an_object(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "held"), rows


@pytest.mark.parametrize("text, parts", [
    ("On Sunday the Secretary-General flies to Addis Ababa; on Monday he meets the AU Commission chairperson there "
     "for talks.", [["United Nations"], ["African Union"]]),
    ("The Secretary-General will travel to Jakarta next week, where she will meet the ASEAN Secretary-General.",
     [["United Nations"], ["ASEAN"]]),
])
def test_the_unqualified_secretary_general_beside_another_bodys(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "scheduled"), rows


@pytest.mark.parametrize("text, body", [
    ("Washington, D.C., 22 May 2090 - The Secretary General of the OAS, Luis Ortega Mena, met today with the "
     "Foreign Minister of Guatemala, Carla Ruiz Pineda.", "Organization of American States"),
    ("Washington, D.C., 22 May 2090 - The Secretary General met today with the Foreign Minister of Guatemala, "
     "Carla Ruiz Pineda.", None),
])
def test_a_place_region_day_dateline_stays_out_of_the_subject(run, text, body):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Pineda"]], "held"), rows
    assert not any("United States" in r[1] for r in rows), rows


@pytest.mark.parametrize("text, parts, status", [
    ("North Macedonia's prime minister confirmed that Iceland will host the next EPC gathering in Reykjavik in the "
     "spring of 2091.", [["European Political Community"], ["Iceland"]], "scheduled"),
    ("The next ASEAN gathering will take place in Manila in November.", [["ASEAN"]], "scheduled"),
])
def test_a_bodys_next_or_hosted_gathering(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit", "meeting"), parts, status), rows


@pytest.mark.parametrize("text, parts", [
    ("Kazakhstan has proposed that the five Central Asian foreign ministers meet in Almaty in October.",
     [["Kazakhstan"], ["Central Asia"]]),
    ("Qatar suggested that Gulf foreign ministers meet in Doha next month.", [["Qatar"], ["Gulf"]]),
    ("Ghana has proposed that ECOWAS leaders meet in Accra in July.", [["Ghana"], ["ECOWAS"]]),
])
def test_a_state_proposing_that_a_group_meet_is_a_side(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "proposed"), rows


@pytest.mark.parametrize("text, body", [
    ("An extraordinary meeting of the Organisation of Islamic Cooperation's Council of Foreign Ministers has been "
     "pushed back to June 4.", "Islamic Cooperation"),
    ("JEDDAH, May 27 (Wire) - A meeting of the Organisation of Islamic Cooperation's Council of Foreign Ministers, "
     "requested by Pakistan, will be held on June 4, the OIC said.", "Islamic Cooperation"),
    ("The Caribbean Community's Council for Foreign and Community Relations will meet in Georgetown on June 4.",
     "CARICOM"),
])
def test_a_bodys_own_organ_named_with_a_possessive_is_the_body(run, text, body):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[body]], "scheduled", "2090-06-04"), rows


@pytest.mark.parametrize("text, parts", [
    ("The Pacific Islands Forum leaders met in Suva on Monday.\n\nOn Tuesday the Secretariat received a delegation "
     "from Japan.", [["Pacific Islands Forum"], ["Japan"]]),
    ("African Union ministers met in Addis Ababa on Monday.\n\nOn Tuesday the Commission received a delegation "
     "from Brazil.", [["African Union"], ["Brazil"]]),
])
def test_a_bodys_bare_secretariat_is_the_body(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "held"), rows
    assert not any(n in ("Secretariat", "Commission") for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, absent", [
    ("Egypt proposed that Israel and Hamas meet in Cairo next week.", "Egypt"),  # a go-between, not a side
    ("The UN proposed that ASEAN foreign ministers meet in Jakarta.", "United Nations"),
    ("Fiji's foreign minister said she had proposed that the Forum foreign ministers hold a special meeting with "
     "Chinese and US officials before the end of the year.", "Fiji"),  # the group meets others: no proposer's side
    ("Nairobi, 27 May 2090 - Kenya's President Daniel Otieno opened the AU summit. The President later met "
     "Ghana's president in Nairobi.", "African Union"),  # a state's president, not the body's
])
def test_near_misses_keep_their_sides(run, text, absent):
    rows = event_rows(run(text))
    assert not any(absent in r[1] and len(r[1]) >= 2 and r[0] in MEET and "summit" != r[0] for r in rows), rows


@pytest.mark.parametrize("text", [
    "Talks on NATO membership will resume in Brussels next week.",
    "Finland's accession to NATO was discussed at UN headquarters in New York on Monday.",
    "The European Union praised the ceasefire agreed between the two sides.",
    "Leaders at the EPC gathering in Skopje discussed energy.",
    "A gathering of party members in Nairobi ended on Friday.",
    "The ASEAN secretariat is based in Jakarta.",
])
def test_a_body_as_topic_or_place_is_no_event(run, text):
    assert event_rows(run(text)) == []
