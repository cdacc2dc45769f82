"""Offices a text gives by other words than the title a later reference uses ("Head of State X ... the President",
"X, who speaks for the ministry ... the spokesperson"), and a chair held as an office, not a sitting; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, statement_with as said

PUBLISHED = date(2071, 3, 18)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, speaker, fragment, day", [
    # "Head of State" and "the President" are one office in a republic's state media
    ("Head of State Askar Zhumabekov addressed the congress of teachers on Monday. The President noted that the "
     "schools were \"a lifeline for the south\".", "askar zhumabekov", "lifeline for the south", "2071-03-16"),
    ("Speaking at the cabinet on Tuesday, Head of State Ruslan Tokayev instructed ministers to cut red tape. The "
     "President said the reforms would continue.", "ruslan tokayev", "the reforms would continue", "2071-03-17"),
    # an office told by a relative clause on the name
    ("Ambassador Selam Tadesse Worku, who speaks for the Ministry of Foreign Affairs, told reporters on Monday that "
     "the border would reopen. According to the Spokesperson, the talks will resume in April.",
     "selam tadesse worku", "the talks will resume in April", "2071-03-16"),
])
def test_a_later_title_finds_the_person_the_office_was_given_to(run, text, speaker, fragment, day):
    names, statement = said(run(text), fragment)
    assert speaker in names, names
    assert statement.said_on.isoformat() == day


@pytest.mark.parametrize("text", [
    "Amina Garba Sule, who chairs the ECOWAS Commission, condemned the ambush near Gao.",
    "Sweden chairs the Council of the Baltic Sea States this year.",
])
def test_a_chair_held_in_the_plain_present_is_no_meeting(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, sides", [
    ("Ghana will chair the Ghana-Togo Joint Commission in Accra next week.", {"Ghana", "Togo"}),
    ("Malaysia chaired the ASEAN Coordinating Council in Kuala Lumpur on Monday.", {"ASEAN"}),
])
def test_a_chaired_sitting_is_still_a_meeting(run, text, sides):
    rows = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert rows and sides <= rows[0][1], event_rows(run(text))


@pytest.mark.parametrize("text, fragment, day", [
    # a plain-present condemnation is made on the day of writing, whatever day its object names
    ("Latvia's foreign ministry strongly condemns the drone strike on a grain depot near Daugavpils last night.",
     "the drone strike", "2071-03-18"),
    ("The Ministry of Foreign Affairs of Benin condemns the attack on a customs post near Malanville on 14 March "
     "2071.", "the attack on a customs post", "2071-03-18"),
    # a past-tense one keeps the day its verb carries
    ("Benin's foreign ministry on Monday condemned the attack on a customs post near Malanville.",
     "the attack on a customs post", "2071-03-16"),
])
def test_a_plain_present_statement_is_of_the_day_of_writing(run, text, fragment, day):
    _, statement = said(run(text), fragment)
    assert statement.said_on.isoformat() == day


@pytest.mark.parametrize("text, speaker, fragment, unwanted", [
    # the speaker the parser made an object inside the fronted words, and a bare day after the verb
    ("Vietnam will cap rice exports from July 1, a spokesperson for the Ministry of Industry and Trade said Thursday.",
     "ministry of industry and trade", "cap rice exports from July 1", "spokesperson"),
    ("Kazakhstan will halt coal shipments to the port next month, a spokesman for the transport ministry said.",
     "transport ministry", "halt coal shipments", "spokesman"),
    # a closing relay ("..., the broadcaster X reported") is none of what was said
    ("Georgia will keep the Larsi crossing open, Deputy Interior Minister Levan Beridze said, adding that checks would "
     "continue \"until the queue is gone\", the public broadcaster GPB reported.", "levan beridze",
     "keep the Larsi crossing open", "reported"),
    # "asked about X, said only that": the question is not the speaker's, the hedge not the words
    ("The Slovak government spokeswoman, asked about the remarks, said only that Bratislava's objections were known.",
     "slovak", "objections were known", "only"),
    # a closing verb that is the reported clause itself is no relay
    ("LUSAKA — The Ministry of Foreign Affairs said on Monday that the ambassador had been recalled.",
     "zambia", "the ambassador had been recalled", "said"),
])
def test_reported_words_keep_their_speaker_and_lose_the_frame(run, text, speaker, fragment, unwanted):
    names, statement = said(run(text), fragment)
    assert any(speaker in n for n in names), names
    assert unwanted not in statement.quote.lower(), statement.quote


@pytest.mark.parametrize("text, speaker, words", [
    # an aside after a copula whose complement follows it
    ("Malawi's president, Chikondi Banda, spoke to the nation on Monday. It was, he said, a question of survival.",
     "chikondi banda", "It was a question of survival"),
    ("Tonga's foreign minister, Sione Vaipulu, met donors on Monday. The plan was, he said, a good start.",
     "sione vaipulu", "The plan was a good start"),
])
def test_an_aside_after_the_verb_of_its_clause_reports_the_clause(run, text, speaker, words):
    names, statement = said(run(text), words.split()[-1])
    assert speaker in names, names
    assert statement.quote == words


def test_a_live_blogs_present_tense_entry_keeps_its_stamp(nlp):
    """A clock stamp dates a present-tense entry without a time expression of its own (nothing to discard)."""
    text = ("14:05 The OSCE Secretary General Laura Brunner has just told reporters at the venue that the donors "
            "agreed to a new fund.\n\n"
            "14:20 Finnish President Aino Virtanen says the fund marks \"a fresh start\".")
    ex = extractor(nlp, PUBLISHED, publisher=None)(text)
    assert {s.said_on.isoformat() for s in ex.statements} == {"2071-03-18"}
    quotes = [s.quote for s in ex.statements]
    assert any("new fund" in q for q in quotes) and any("fresh start" in q for q in quotes), quotes
