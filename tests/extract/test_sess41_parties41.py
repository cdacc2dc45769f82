"""The second side of a body's gathering: the state that hosts one body's summit, meeting or conference ("X will
host the SICA summit", "which X was due / is set / was expected to host") takes part beside the body; a host of
talks or a meeting between two sides only mediates it, and a summit's city alone names no host. Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, has_row

PUBLISHED = date(2091, 5, 14)  # a Monday

GATHERINGS = {"summit", "meeting", "conference", "talks"}


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize(("text", "parts", "status"), [
    ("Costa Rica will host the next summit of the Central American Integration System in December, the "
     "secretariat said.", (("Central American",), ("Costa Rica",)), "scheduled"),
    ("Kenya will host the East African Community summit in Nairobi on March 3, officials said on Monday.",
     (("East African Community",), ("Kenya",)), "scheduled"),
    ("Ghana is to host an ECOWAS summit in Accra next month, the bloc's commission announced.",
     (("ECOWAS", "Economic Community of West African States"), ("Ghana",)), "scheduled"),
    ("Uruguay hosted the Mercosur summit in Montevideo on Tuesday.", (("Mercosur",), ("Uruguay",)), "held"),
    ("The Mercosur summit that Paraguay was due to host in Asuncion next week has been postponed indefinitely.",
     (("Mercosur",), ("Paraguay",)), "cancelled"),
    ("The CARICOM summit, which Jamaica is set to host in Kingston in July, will focus on climate finance.",
     (("CARICOM", "Caribbean Community"), ("Jamaica",)), "scheduled"),
    ("The Pacific Alliance summit that Peru was expected to host in Lima has been called off.",
     (("Pacific Alliance",), ("Peru",)), "cancelled"),
    ("Qatar hosted a meeting of Arab League foreign ministers in Doha on Monday.",
     (("Arab League",), ("Qatar",)), "held"),
    ("Switzerland will host a United Nations conference on refugees in Geneva in December.",
     (("United Nations",), ("Switzerland",)), "scheduled"),
    ("The ASEAN summit, which Laos was scheduled to host in Vientiane in October, has been postponed indefinitely.",
     (("ASEAN", "Association of Southeast Asian Nations"), ("Laos",)), "cancelled"),
    ("Fiji hosted the Pacific Islands Forum leaders' meeting in Suva last week.",
     (("Pacific Islands Forum",), ("Fiji",)), "held"),
    ("Mongolia will host a summit of the Shanghai Cooperation Organisation next year, its foreign ministry said.",
     (("Shanghai Cooperation",), ("Mongolia",)), "scheduled"),
    ("Senegal is hosting the African Union summit in Dakar this week.", (("African Union",), ("Senegal",)), "held"),
    ("Indonesia said on Sunday it will host the G20 summit in Bali in November.",
     (("G20", "Group of Twenty"), ("Indonesia",)), "scheduled"),
])
def test_the_host_of_a_bodys_gathering_is_a_side(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, GATHERINGS, parts, status), rows


@pytest.mark.parametrize(("text", "host"), [
    ("Egypt hosted talks between Israel and Hamas in Cairo on Sunday.", "Egypt"),
    ("Kenya hosted a meeting between the Sudanese army and the Rapid Support Forces in Nairobi last week.", "Kenya"),
    ("Turkey will host a meeting between Russia and Ukraine in Istanbul next month.", "Turkey"),
    ("Norway hosted a meeting between the Colombian government and the ELN rebels in Oslo.", "Norway"),
    ("Ethiopia hosted a meeting between the African Union and IGAD on Somalia.", "Ethiopia"),
    ("The ASEAN summit in Jakarta was postponed until June.", "Indonesia"),
    ("The G7 summit in Hiroshima will be held in May.", "Japan"),
    ("Argentina hosted talks between the United Kingdom and the Falklands in Buenos Aires.", "Argentina"),
    ("Oman will host a meeting between Iran and the United States in Muscat next week.", "Oman"),
    ("The president hosted the national football team at the palace.", "national football team"),
])
def test_a_go_between_or_a_city_is_no_side(run, text, host):
    rows = event_rows(run(text))
    assert not any(host in n for r in rows for n in r[1]), rows
