"""Session 37 (speech37): bylines, transcript turns that report others, styled speakers, relayed quotes, headlines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import challenge  # noqa: E402


def _statements(text: str, published: str = "2041-03-14") -> list[tuple[str, str, str | None]]:
    """(speaker label, quote, date) of each statement built from one text."""
    items = [{"id": "t1", "text": text, "published": published, "style": "newspaper"}]
    recs = challenge.Records(challenge.build_records(items))
    return [(recs.label(s.get("speaker")), s.get("quote") or "", s.get("date"))
            for s in recs.cited["statements"].get("t1", [])]


def _find(found, words: str):
    return next((f for f in found if words.lower() in f[1].lower()), None)


@pytest.mark.parametrize("text", [
    "OPINION | Why the river treaty matters\n\nBy Ingrid Solheim-Varga, former Norwegian envoy to the Arctic Council\n\n"
    "I told a committee of the Storting in May that the treaty would collapse without a monitoring body. Little has "
    "changed since then.",
    "The river treaty is failing\n\nWhen I told a committee of the Storting in May that the treaty would collapse "
    "without a monitoring body, few listened. Little has changed.\n\n"
    "Ingrid Solheim-Varga was Norway's envoy to the Arctic Council until 2039.",
])
def test_opinion_first_person_goes_to_signed_author(text):
    found = _statements(text)
    hit = _find(found, "treaty would collapse")
    assert hit is not None and "Solheim-Varga" in hit[0]


def test_transcript_turn_past_report_goes_to_reported_speaker():
    text = ("Press briefing by the government spokesman, Abuja, 14 March 2041\n\n"
            "MR. ADEYEMI-COLE: Good morning. At the cabinet meeting this morning, the President stressed that Nigeria "
            "will not accept new conditions on the loan. He asked the finance ministry to publish the terms by "
            "Friday.\n\nQUESTION: Will the President travel to Accra?\n\n"
            "MR. ADEYEMI-COLE: His schedule for next week will be announced in due course.")
    found = _statements(text)
    stressed = _find(found, "will not accept new conditions")
    asked = _find(found, "publish the terms")
    own = _find(found, "announced in due course")
    assert stressed is not None and "President" in stressed[0]
    assert asked is not None and "President" in asked[0]
    assert own is not None and "Adeyemi" in own[0].title()
    assert not any(f[1].lower().startswith("good morning") for f in found)


def test_transcript_present_tense_stays_with_spokesperson():
    text = ("Daily briefing, 14 March 2041\n\n"
            "SPOKESPERSON LINA ROSTAMI: The Secretary-General is deeply worried by the floods in Sindh. He calls on "
            "donors to release emergency funds without delay.\n\nQUESTION: Will he visit?\n\n"
            "SPOKESPERSON: I have nothing to announce on travel today.")
    found = _statements(text)
    hit = _find(found, "donors to release emergency funds")
    assert hit is not None and "Rostami" in hit[0]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("RABAT - His Majesty the King warned on Tuesday that the region would pay dearly for a new war.",
     "region would pay dearly", "King"),
    ("RIYADH - The Crown Prince received the Yemeni envoy on Sunday. His Royal Highness stressed that the truce "
     "remains the best path to a settlement.", "truce remains the best path", "Crown Prince"),
])
def test_styled_speakers(text, words, speaker):
    hit = _find(_statements(text), words)
    assert hit is not None and speaker in hit[0]


def test_quoted_as_saying_by_agency():
    text = ("TAIPEI, March 14 - Taiwan is ready to resume charter flights to Fuzhou if Beijing lifts its ban on "
            "tour groups, Transport Minister Lin Wei-ting was quoted as saying by the Central News Agency on "
            "Monday.")
    hit = _find(_statements(text), "ready to resume charter flights")
    assert hit is not None and "Lin" in hit[0]


def test_naming_aside_and_nested_report_are_not_statements():
    text = ("WELLINGTON - New Zealand's trade minister said on Monday that Wellington had conveyed its concerns to "
            "Jakarta over what she called a pattern of arbitrary import bans.")
    found = _statements(text)
    assert _find(found, "Wellington had conveyed") is not None
    assert all(not f[1].lower().startswith(("what she called", "its concerns")) for f in found)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Chile's Montalva: 'We will not sign a treaty that divides the glacier'", "will not sign a treaty", "Montalva"),
    ("Border closures 'a last resort that nobody wants', says Nairobi", "a last resort that nobody wants", "Kenya"),
])
def test_headline_attributions(text, words, speaker):
    hit = _find(_statements(text), words)
    assert hit is not None and speaker in hit[0]


def test_document_title_after_colon_is_no_statement():
    text = ("GHANA-TOGO: JOINT COMMUNIQUE OF THE TWO PRESIDENTS\n\nLome, 14 March 2041 - The two presidents said "
            "that the Aflao border post would open around the clock from April.")
    found = _statements(text)
    assert not any("JOINT" in f[1] for f in found)


def test_colon_lead_put_it_bluntly():
    text = ("DHAKA - Bangladesh's home minister, Farhana Chowdhury, defended the curfew on Monday. She put it "
            "bluntly: \"Nobody likes a curfew. Nobody likes funerals either.\"")
    hit = _find(_statements(text), "Nobody likes a curfew")
    assert hit is not None and "Chowdhury" in hit[0]


def test_two_sides_after_coordinated_parties():
    text = ("ASTANA, March 14 - Kazakhstan and Uzbekistan issued a joint statement on Friday after talks in "
            "Astana. In the statement, the two sides affirmed their commitment to a shared water-accounting system "
            "for the Syr Darya.")
    hit = _find(_statements(text), "water-accounting system")
    assert hit is not None and hit[0] in ("Kazakhstan", "Uzbekistan")


def test_bare_possessive_object_is_no_statement():
    text = ("ACCRA - Ghana's foreign minister conveyed her sympathy to the families of the victims on Monday and "
            "called on the authorities in Bamako to bring those responsible to justice.")
    found = _statements(text)
    assert not any(f[1].lower() == "her sympathy" for f in found)
    assert _find(found, "authorities in Bamako to bring") is not None
