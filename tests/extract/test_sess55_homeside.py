"""A sitting told only by its partner after "with" ("the talks with Laos", "the signing of the accord with
Australia"), no one owning or holding it, is the dateline state's own; the partner of a signing may hang on the
accord ("the signing of the agreement with X"). Near-misses: an owner named, a partner told before (the meeting
already reported), no dateline, no state partner: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2113, 1, 18)  # a Wednesday

SIT = ("meeting", "talks", "negotiation")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, kinds, parts, status", [
    ("HANOI, Jan 18 (Wire) - The trade talks with Laos set for Friday were called off, the foreign ministry said.",
     SIT, [["Laos"], ["Viet"]], "cancelled"),
    ("HONIARA - Prime Minister Derek Tafoa-Maelasi held a video call with China's premier on Tuesday, his office "
     "said. Meanwhile, the signing of the policing agreement with Australia, which had been set for next week in "
     "Canberra, has been called off.", ("signing",), [["Australia"], ["Solomon"]], "cancelled"),
    ("NAIROBI, Jan 18 (Reuters) - The signing of a border security accord with Ethiopia, planned for Friday, has been "
     "postponed to February, the foreign ministry said on Wednesday.", ("signing",), [["Ethiopia"], ["Kenya"]], None),
    ("MAPUTO, Jan 18 (Wire) - The signing of the gas agreement with Tanzania, which had been set for Friday in Dar "
     "es Salaam, has been put off.", ("signing",), [["Tanzania"], ["Mozambique"]], "cancelled"),
    ("ASUNCION, Jan 18 (AP) - The signing of the hydropower treaty annex with Brazil was postponed on Tuesday, the "
     "foreign ministry said.", ("signing",), [["Brazil"], ["Paraguay"]], None),
    ("LIMA - La cancillería informó / The foreign ministry said the negotiations with Ecuador on the river border "
     "will resume in Quito next month.", SIT, [["Ecuador"], ["Peru"]], None),
])
def test_a_sitting_with_one_partner_is_the_dateline_states(run, text, kinds, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts, status), rows


@pytest.mark.parametrize("text, kinds, parts", [
    ("HANOI, Jan 18 (Wire) - Thai talks with Laos set for Friday were called off.", SIT, [["Laos"], ["Thai"]]),
    ("HANOI, Jan 18 (Wire) - Thailand's prime minister met the Lao president on Friday. The talks with Laos had "
     "been planned for months.", SIT, [["Laos"], ["Thailand"]]),
])
def test_an_owner_or_a_meeting_told_before_keeps_its_sides(run, text, kinds, parts):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts), rows
    assert not any("Vietnam" in n or "Viet Nam" in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text", [
    "HANOI, Jan 18 (Wire) - A meeting with Samsung executives planned for Friday was called off.",
    "HANOI, Jan 18 (Wire) - The football match with Laos was called off.",
    "HANOI, Jan 18 (Wire) - His talks with Laos set for Friday were called off.",
])
def test_no_dateline_side_without_a_state_partner_or_with_an_owner(run, text):
    rows = event_rows(run(text))
    assert not any("Vietnam" in n or "Viet Nam" in n for r in rows for n in r[1]), rows
