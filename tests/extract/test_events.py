"""Event triggers, status cues and the PLOVER/CAMEO table."""

from __future__ import annotations

import pytest

from diplograph.extract.base import DocActors
from diplograph.extract.events.places import Places
from diplograph.kb.event_lexicon import CODES, FAMILIES, codes
from diplograph.extract.events.finder import trigger_type
from diplograph.extract.events.status import headline_subject, status_of


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("The leaders held a meeting in Rome.", "meeting", "meeting"),
    ("The press conference was held in Rome.", "conference", None),
    ("The team meeting ran late.", "meeting", None),
    ("The two presidents spoke by telephone.", "spoke", "call"),
    ("The two presidents spoke at length.", "spoke", None),
    ("She made a phone call to her counterpart.", "call", "call"),
    ("He issued a call for calm.", "call", None),
    ("They signed a trade agreement.", "signed", "signing"),
    ("He signed the letter.", "signed", None),
    ("Peace talks resumed in Doha.", "talks", "talks"),
    ("He will visit Japan.", "visit", "visit"),
    ("He will leave for Beijing on Monday.", "leave", "visit"),
    ("He will leave office on Monday.", "leave", None),
])
def test_trigger_type(nlp, text, word, expected):
    assert trigger_type(token(nlp, text, word)) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("The two ministers met in Oslo.", "met", "held"),
    ("The delegations are holding talks in Oslo.", "talks", "held"),
    ("The ministers will meet in Oslo.", "meet", "scheduled"),
    ("The ministers would meet if the truce holds.", "meet", "proposed"),
    ("A summit between the two leaders is essential.", "summit", "proposed"),
    ("The government proposed a summit.", "summit", "proposed"),
    ("The two sides agreed to hold talks.", "talks", "agreed"),
    ("The president rejected the offer of a meeting.", "meeting", "declined"),
    ("The minister ruled out a meeting.", "meeting", "declined"),
    ("The summit was cancelled.", "summit", "cancelled"),
    ("The visit was postponed.", "visit", "cancelled"),
    ("The premier will not attend the summit.", "summit", "declined"),
    ("Nothing will change until the two leaders meet.", "meet", "proposed"),
    ("The presidents have not met since 2019.", "met", None),
    ("The meeting was productive.", "meeting", "held"),
    ("She said the two ministers would meet in Oslo next week.", "meet", "scheduled"),
    ("He said his country would gladly attend the summit.", "summit", "proposed"),
    ("He said they would meet as soon as it can be arranged.", "meet", "proposed"),
    ("The summit will not take place.", "summit", "cancelled"),
    ("The summit is a big event.", "summit", None),
    ("The premier has proposed hosting a summit in Lisbon.", "summit", "proposed"),
    ("The premier agreed to a request for talks.", "talks", "agreed"),
    ("The party has refused to take part in talks with the government.", "talks", "declined"),
])
def test_status(nlp, text, word, expected):
    assert status_of(token(nlp, text, word)) == expected


def test_every_type_and_status_has_codes():
    for kind in FAMILIES:
        for status in ("proposed", "agreed", "scheduled", "held", "declined", "cancelled"):
            plover, cameo = codes(kind, status)
            assert plover and cameo and len(cameo) == 3, (kind, status)


@pytest.mark.parametrize("kwargs,expected", [
    ({}, ("CONSULT/meet", "040")),
    ({"mediated": True}, ("CONSULT/third-party", "045")),
    ({"hosted": True}, ("CONSULT/visit", "043")),
    ({"third_place": True}, ("CONSULT/third-party", "044")),
])
def test_held_meeting_modes(kwargs, expected):
    assert codes("meeting", "held", **kwargs) == expected


def test_codes_follow_the_cameo_codebook():
    assert CODES[("call", "held")] == ("CONSULT/phone", "041")
    assert CODES[("visit", "held")] == ("CONSULT/visit", "042")
    assert CODES[("talks", "held")][1] == "046"
    assert CODES[("meeting", "proposed")] == ("AGREE", "036")
    assert CODES[("summit", "declined")] == ("REJECT", "125")
    assert codes("meeting", None) == (None, None)


@pytest.mark.parametrize("text,word,subject", [
    ("Sogavare to visit Paris next week", "visit", "Sogavare"),  # the tagger reads the name as the root verb
    ("Modi to host Pacific leaders in Suva", "host", "Modi"),
    ("Marape to visit Paris next week", "visit", "Marape"),
    ("Carney, Sheinbaum to meet in Ottawa in March", "meet", "Carney"),  # the infinitive hung on the list
    ("Try to meet them in Oslo", "meet", None),  # a real verb before "to" is no name
])
def test_headline_subject_of_an_infinitive(nlp, text, word, subject):
    found = headline_subject(token(nlp, text, word))
    assert (found.text if found is not None else None) == subject


def test_a_multiword_capital_named_with_of_is_the_place(nlp):
    places = Places(DocActors([]))
    assert places.place_of(token(nlp, "The leaders met in Port of Spain on Monday.", "met")) == "Port of Spain"
    assert places.place_of(token(nlp, "The leaders met in the city of Salvador on Monday.", "met")) == "Salvador"
