"""Event types and non-diplomatic look-alikes (session 14): a word on the sidelines is a meeting, readout
"discussions" are talks, a finals "summit clash" and companies' talks are no diplomacy, a named forum that "will
be held" is a gathering, offices known by their own language's word."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.ingest.clean.page import clean
from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 3, 4)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_word_on_the_sidelines_is_a_meeting_not_a_call(run):
    text = "Armenia's foreign minister and his Greek counterpart spoke on the margins of the OSCE ministerial in Malta."
    assert [r[0] for r in events_with(run(text), "Armenia", "Greece")] == ["meeting"], event_rows(run(text))


def test_speaking_by_phone_stays_a_call(run):
    text = "Armenia's foreign minister spoke by phone with his Greek counterpart on Tuesday."
    assert [r[0] for r in events_with(run(text), "Armenia", "Greece")] == ["call"], event_rows(run(text))


def test_readout_discussions_are_talks(run):
    text = "Kenya's foreign minister held discussions with the visiting Zambian foreign minister in Nairobi on Tuesday."
    assert [r[0] for r in events_with(run(text), "Kenya", "Zambia")] == ["talks"], event_rows(run(text))


@pytest.mark.parametrize("text", [
    "Pakistan will meet New Zealand in the summit clash of the tri-series in Harare on Friday.",
    "Nigeria face Ghana in a showdown in Accra on Sunday, and the two sides will meet again in the decider.",
])
def test_a_sporting_final_is_no_summit(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text", [
    "The chief executives of the two carmakers met in Seoul on Monday to discuss a merger.",
    "Zenith Bank and Stanbic Bank signed a cross-border settlement agreement in Lagos on Tuesday.",
    "Talks between the two insurers over a joint venture in Nairobi resumed on Monday.",
])
def test_companies_and_their_people_hold_no_diplomatic_talks(run, text):
    assert event_rows(run(text)) == []


def test_a_known_development_bank_is_no_company(run):
    text = "The African Development Bank and Senegal signed a loan agreement in Dakar on Tuesday."
    assert [r[0] for r in events_with(run(text), "Senegal")] == ["signing"], event_rows(run(text))


def test_a_named_forum_that_will_be_held_is_a_gathering(run):
    text = "The ninth Fiji–New Zealand Ministerial Forum will be held in Suva on May 12, the foreign ministry said."
    rows = events_with(run(text), "Fiji", "New Zealand")
    assert [(r[2], r[3], r[4]) for r in rows] == [("scheduled", "2026-05-12", "Suva")], event_rows(run(text))


def test_a_kiribati_president_by_his_title(run):
    text = "Australia's foreign minister will meet Beretitenti Taneti Kaiea in Tarawa on Friday."
    assert events_with(run(text), "Taneti Kaiea", "Australia"), event_rows(run(text))


def test_a_styled_signer_above_a_release_heading_is_kept():
    """"Senator the Hon Jane Roe" over her office: the release's signer, not the outlet's masthead."""
    raw = ("The Hon Mere Tawhiri MP\nMinister of Foreign Affairs\n\nMedia statement\n\nTrip to Samoa\n\n"
           "Today I will travel to Apia for talks with the Samoan prime minister.\n")
    assert clean(raw).text.startswith("The Hon Mere Tawhiri MP")


def test_discussions_as_a_trip_s_purpose_leave_the_trip_a_visit(run):
    text = "The UN envoy will travel to Khartoum next week for discussions with Sudanese officials on aid access."
    assert [r[0] for r in events_with(run(text), "Sudan")] == ["visit"], event_rows(run(text))


def test_discussions_without_a_counterpart_are_the_meeting_told_before(run):
    text = ("Norway's foreign minister met his Chilean counterpart in Oslo on Tuesday. The two ministers held "
            "detailed discussions on Antarctic research.")
    assert [r[0] for r in events_with(run(text), "Norway", "Chile")] == ["meeting"], event_rows(run(text))
