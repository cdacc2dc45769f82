"""A body's name with its acronym in brackets before the event noun ("the X Organisation (XO) Leaders' Summit"): the
event keeps the verb's or preposition's slot the name took, as without the brackets; and near-misses that give no
summit of states: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

GATHER = ("summit", "meeting", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    ("President Mirziyoyev attended the Shanghai Cooperation Organisation (SCO) Heads of State Summit in Tashkent "
     "on Thursday.", [["Shanghai"], ["Mirziyoyev"]], "held"),
    ("Papua New Guinea's Prime Minister will fly to Honiara next week for the Melanesian Spearhead Group (MSG) "
     "Leaders' Summit.", [["Melanesian"], ["Papua New Guinea"]], "scheduled"),
    ("Ghana's President left Accra on Saturday to attend the Economic Community of West African States (ECOWAS) "
     "Extraordinary Summit in Abuja.", [["ECOWAS", "Economic Community"], ["Ghana"]], None),
    ("The Emir of Qatar arrived in Riyadh on Tuesday to take part in the Gulf Cooperation Council (GCC) "
     "Consultative Summit.", [["Gulf Cooperation"], ["Qatar"]], "held"),
    ("Prime Minister Sharif is expected to attend the Organisation of Islamic Cooperation (OIC) extraordinary "
     "summit in Jeddah next month.", [["Islamic Cooperation"], ["Sharif"]], "scheduled"),
    ("Chile's foreign minister skipped the Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting in Lima "
     "last week.", [["Chile"]], None),
    ("Kazakhstan's president did not attend the Collective Security Treaty Organization (CSTO) Leaders' Summit "
     "in Minsk on Friday.", [["Kazakhstan"]], None),
    ("Mr Rabuka will fly to Apia on Wednesday for the Pacific Islands Forum (PIF) Foreign Ministers' Meeting.",
     [["Pacific Islands Forum"], ["Rabuka"]], "scheduled"),
    ("Brazil's president travelled to Kingstown last month for the Community of Latin American and Caribbean "
     "States (CELAC) "
     "Summit.", [["CELAC"], ["Brazil"]], "held"),
])
def test_the_event_after_a_bracketed_acronym_keeps_its_slot(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, parts, status), rows


@pytest.mark.parametrize("text", [
    "The ruling African National Congress (ANC) Party Conference opened in Johannesburg on Friday.",
    "Shares of the Industrial and Commercial Bank of China (ICBC) Annual Meeting day rose in Shanghai.",
    "The Kenya Football Federation (KFF) Annual General Meeting was held in Nairobi on Saturday.",
    "Delegates of the Democratic Alliance (DA) Federal Congress elected a new leader in Pretoria.",
    "The International Air Transport Association (IATA) Annual Summit will take place in Dubai in June.",
])
def test_a_party_company_or_federation_meeting_is_no_event_of_states(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in GATHER and len(r[1]) >= 2 for r in rows), rows


@pytest.mark.parametrize("text, parts", [
    ("The junta refused to receive the ASEAN Special Envoy in Naypyidaw last week.", [["ASEAN"], ["Myanmar"]]),
    ("Venezuela's government refused to receive the OAS Special Envoy in Caracas on Monday.",
     [["American States"], ["Venezuela"]]),
    ("Kabul has refused to receive the OIC Special Envoy this month.", [["Islamic", "OIC"]]),
])
def test_an_office_tagged_as_a_building_is_the_body_office(run, text, parts):
    rows = event_rows(run(text))
    assert rows and has_row(rows, ("visit", "meeting"), parts), rows


@pytest.mark.parametrize("text", [
    "The leaders met at the Kremlin Palace on Monday.",
    "The talks were held at the Grand Hyatt Hotel in Jakarta on Friday.",
    "The OAS Secretary General will travel to Port-au-Prince next week to meet the transitional council.",
])
def test_a_building_stays_a_place(run, text):
    rows = event_rows(run(text))
    assert all(r[4] for r in rows), rows
