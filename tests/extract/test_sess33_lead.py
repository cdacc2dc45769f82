"""Signings told by CAMEO's other 057 verbs ("concluded a treaty", "struck a deal", "entered into a pact"), read from
the derived lexicon, on invented text."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

from diplograph.kb import event_lexicon as lx

PUBLISHED = date(2037, 5, 20)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def rows_of(ex, kind: str):
    return [r for r in event_rows(ex) if r[0] == kind]


def test_the_signing_verbs_come_from_the_dictionarys_057_patterns():
    assert {"sign", "conclude", "strike", "enter"} <= lx.SIGN_VERBS
    assert not {"ratify", "approve", "endorse", "adopt", "join"} & lx.SIGN_VERBS  # one side's acts, no signing


@pytest.mark.parametrize("text, sides, day, place", [
    ("Uruguay and Paraguay concluded a navigation treaty in Asunción on Monday.",
     {"Uruguay", "Paraguay"}, "2037-05-18", "Asunción"),
    ("Latvia and Finland struck a deal on electricity links in Helsinki on Tuesday.",
     {"Latvia", "Finland"}, "2037-05-19", "Helsinki"),
    ("Sri Lanka entered into a maritime security pact with the Maldives on Monday.",
     {"Sri Lanka", "Maldives"}, "2037-05-18", None),
    ("Namibia's trade minister, Petrus Hamutenya, and his Zambian counterpart, Chanda Mwale, concluded a transit "
     "agreement in Windhoek on Tuesday.", {"Petrus Hamutenya", "Chanda Mwale"}, "2037-05-19", "Windhoek"),
])
def test_a_057_verb_with_an_accord_is_a_signing(run, text, sides, day, place):
    rows = rows_of(run(text), "signing")
    assert len(rows) == 1, event_rows(run(text))
    kind, parties, status, when, where = rows[0]
    assert parties == sides and status == "held" and when == day and where == place, rows[0]


def test_a_057_verb_to_come_is_a_signing_to_come(run):
    rows = rows_of(run("Vietnam and Cambodia will conclude a border demarcation treaty in Hanoi next week."), "signing")
    assert len(rows) == 1 and rows[0][2] in ("scheduled", "proposed") and rows[0][4] == "Hanoi", rows


@pytest.mark.parametrize("text", [
    "Oman's foreign minister and his Yemeni counterpart concluded their talks in Muscat on Tuesday.",
    "Chile entered the negotiations with Bolivia on Monday.",
])
def test_the_same_verbs_on_talks_make_no_signing(run, text):
    assert not rows_of(run(text), "signing"), event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The dockworkers' union struck a deal with the port operator on Tuesday.",
    "Lightning struck a fuel depot near Mombasa on Tuesday.",
    "Parliament ratified the border treaty with Bolivia on Monday.",
    "The two airlines entered into a code-sharing agreement on Monday.",
])
def test_no_signing_of_states_from_strikes_ratifications_or_firms(run, text):
    assert not rows_of(run(text), "signing"), event_rows(run(text))


def place_of(ex, *names: str):
    rows = [r for r in event_rows(ex) if set(names) <= r[1]]
    assert len(rows) == 1, event_rows(ex)
    return rows[0][4]


def test_a_contact_placed_nowhere_is_where_its_side_is_that_day(run):
    text = ("Ghana's President Kofi Mensah-Bonsu met Côte d'Ivoire's President Adama Kouyaté in Abidjan on Monday. "
            "On Monday, Mensah-Bonsu also met the Liberian president.")
    assert place_of(run(text), "Kofi Mensah-Bonsu", "Liberia") == "Abidjan"


@pytest.mark.parametrize("text", [
    "Ghana's President Kofi Mensah-Bonsu met Côte d'Ivoire's President Adama Kouyaté in Abidjan on Monday. "
    "On Wednesday, Mensah-Bonsu met the Liberian president.",  # another day: wherever he was then
    "Ghana's President Kofi Mensah-Bonsu met Côte d'Ivoire's President Adama Kouyaté in Abidjan on Monday. "
    "Mensah-Bonsu held talks with Togo's President Essozimna Gnassingbé in Lomé on Monday evening. On Monday, "
    "Mensah-Bonsu also met the Liberian president.",  # two cities that day: no telling which
])
def test_no_place_from_another_day_or_from_two_cities(run, text):
    assert place_of(run(text), "Kofi Mensah-Bonsu", "Liberia") is None


@pytest.mark.parametrize("text", [
    "Bangladesh will meet Afghanistan in the semi-final in Dhaka on Thursday.",
    "Jamaica's Shericka Powell and the Bahamas' Tonique Ferguson will meet again over 400 metres at Saturday's "
    "meeting in Zurich.",
    "Thailand's Kittipong Saelim will meet Indonesia's Anthony Ginting in Sunday's men's singles final.",
])
def test_a_contest_is_no_meeting(run, text):
    assert not event_rows(run(text)), event_rows(run(text))


@pytest.mark.parametrize("text", [
    "The Indian and Pakistani foreign ministers will meet in Colombo on Thursday on the sidelines of the Asia Cup final.",
    "Jamaica's foreign minister met her Bahamian counterpart at a meeting in Nassau on Monday.",
])
def test_a_meeting_beside_a_contest_is_still_a_meeting(run, text):
    assert [r[0] for r in event_rows(run(text))] == ["meeting"], event_rows(run(text))


def test_no_place_from_a_city_a_side_travels_on_to_that_day(run):
    text = ("Ghana's President Kofi Mensah-Bonsu will receive the Prime Minister of Senegal, Amadou Sow, on Thursday. "
            "In the evening, Mensah-Bonsu will travel on to Lomé for a working dinner with Togo's President Komla "
            "Adjovi.")
    rows = [r for r in event_rows(run(text)) if "Amadou Sow" in r[1]]
    assert rows and all(r[4] != "Lomé" for r in rows), event_rows(run(text))
