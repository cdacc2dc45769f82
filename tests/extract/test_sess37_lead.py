"""An event noun in -s that the tagger reads as a present verb ("said that talks with X would resume") is still the
noun: its event is talks, not a conversation held that day; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor
from tests.harness import statement_with as said

PUBLISHED = date(2081, 9, 17)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Kenya said on Tuesday that talks with Ethiopia would resume.",
    "Chile's foreign minister said on Monday that talks with Bolivia would resume in October.",
    "Vietnam said on Friday that negotiations with the Philippines would continue next month.",
])
def test_a_plural_event_noun_read_as_a_verb_is_the_noun(run, text):
    rows = event_rows(run(text))
    assert rows, text
    assert {r[0] for r in rows} <= {"talks", "negotiation", "meeting"}, rows
    assert all(r[2] != "held" for r in rows), rows  # what "would resume" is has not happened yet


def test_only_a_verb_in_a_nouns_slot_is_retagged(nlp):
    said = nlp("Kenya said on Tuesday that talks with Ethiopia would resume.")
    assert [t.pos_ for t in said if t.lower_ == "talks"] == ["NOUN"]
    assert said._.event_cues and "talks" in {said[i].lower_ for i in said._.event_cues}
    own = nlp("Peru's president talks with Chile's leader by phone every week.")
    assert [t.pos_ for t in own if t.lower_ == "talks"] == ["VERB"]  # its own subject: the verb it is


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Dan Keller told a briefing that Canberra had offered to cut tariffs.", "dan keller",
     "Canberra had offered to cut tariffs"),
    ("Ghana's trade minister Kwesi Mensah-Bonsu told a briefing in Accra that Ghana had agreed to lower duties.",
     "kwesi mensah-bonsu", "Ghana had agreed to lower duties"),
])
def test_a_that_clause_hung_on_the_audience_as_a_relative_is_what_was_said(run, text, speaker, words):
    # the parser reads "a briefing that X had offered to cut tariffs" as a relative clause with "that" the object of
    # "cut", which already has one: the clause is the report, without its "that"
    names, statement = said(run(text), words)
    assert speaker in names
    assert statement.quote == words


@pytest.mark.parametrize(("text", "other"), [
    ("HELSINKI, Sept 17 (Wire) - Finnish Prime Minister Anneli Virtanen-Koski spoke to the Swedish prime minister on "
     "Tuesday, her office said.", "Sweden"),
    ("ACCRA, Sept 17 (Wire) - Ghana's president spoke with the Nigerian president on Monday about the border.",
     "Nigeria"),
])
def test_a_readout_call_with_a_leader_named_by_the_states_adjective(run, text, other):
    rows = [r for r in event_rows(run(text)) if r[0] == "call"]
    assert len(rows) == 1 and other in rows[0][1] and rows[0][2] == "held", event_rows(run(text))


def test_speaking_with_a_states_officials_is_no_call(run):
    text = "HELSINKI, Sept 17 (Wire) - Finland's trade minister spoke with Swedish officials on Tuesday."
    assert not [r for r in event_rows(run(text)) if r[0] == "call"], event_rows(run(text))
