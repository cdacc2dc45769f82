"""Papers signed in bundles or under other names ("a series of agreements", "twelve cooperation documents", "a
compact") are a signing at the verb's place; "a morning of talks" is one stretch of talks the verb above dates;
invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor

PUBLISHED = date(2094, 5, 16)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize(("text", "place"), [
    ("President Oumar Diallo of Mali and President Issa Traore of Niger signed a series of agreements in Bamako "
     "on Friday.", "Bamako"),
    ("Vietnam's prime minister and his Lao counterpart signed a number of cooperation documents in Vientiane on "
     "Friday.", "Vientiane"),
    ("The foreign ministers of Fiji and Samoa signed a compact on fisheries in Suva on Friday.", "Suva"),
    ("Chancellor Helga Brandt and Polish Prime Minister Jan Kowal signed eleven documents in Warsaw on Friday.",
     "Warsaw"),
    ("Peru and Ecuador signed a framework for border security in Quito on Friday.", "Quito"),
    ("Kazakhstan's president and the Turkish president signed a total of nine memoranda in Astana on Friday.",
     "Astana"),
])
def test_papers_told_in_bundles_or_other_names_are_a_signing(run, text, place):
    rows = [r for r in event_rows(run(text)) if r[0] == "signing"]
    assert rows, event_rows(run(text))
    assert rows[0][2:] == ("held", "2094-05-14", place), rows


@pytest.mark.parametrize("text", [
    "The prime minister signed a document on Friday.",  # one paper, one hand: no accord between sides
    "Finance Minister Rosa Ibarra signed a series of decrees on Friday.",
])
def test_a_single_paper_or_decrees_are_no_signing(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "signing"], event_rows(run(text))


@pytest.mark.parametrize("stretch", ["a morning of talks", "an evening of talks", "a night of negotiations"])
def test_a_stretch_of_talks_before_a_signing_is_held_where_and_when_the_signing_is(run, stretch):
    ex = run(f"Foreign Minister Amina Yusuf of Somalia and Kenya's foreign minister signed a pact on grazing routes "
             f"in Nairobi on Friday, after {stretch} that aides called difficult.")
    rows = [r for r in event_rows(ex) if r[0] in ("talks", "negotiation")]
    assert rows and rows[0][2:] == ("held", "2094-05-14", "Nairobi"), event_rows(ex)


@pytest.mark.parametrize(("text", "kind", "when"), [
    ("Ghana's president will visit Lome next Tuesday. The visit has now been moved to 2 June, his office said.",
     "visit", "2094-06-02"),
    ("The foreign ministers of Chile and Argentina are due to meet in Mendoza on Thursday. But the meeting was "
     "pushed back to next month.", "meeting", "2094-06"),
    ("Nepal's prime minister was expected in New Delhi on Wednesday. The trip has been postponed until 9 June.",
     "visit", "2094-06-09"),
])
def test_a_plan_moved_in_a_later_sentence_takes_its_new_date(run, text, kind, when):
    rows = [r for r in event_rows(run(text)) if r[0] == kind]
    assert len(rows) == 1 and rows[0][2:4] == ("scheduled", when), event_rows(run(text))


def test_a_plan_called_off_in_a_later_sentence_keeps_its_day(run):
    rows = event_rows(run("Ghana's president will visit Lome on Friday. The visit has been postponed."))
    assert [r[2:4] for r in rows if r[0] == "visit"] == [("cancelled", "2094-05-21")], rows


@pytest.mark.parametrize(("text", "place"), [
    ("The leaders of Japan and Uzbekistan agreed to meet next in Tokyo.", "Tokyo"),
    ("Kenya and Somalia agreed to meet soon in Nairobi.", "Nairobi"),
    ("The foreign ministers of Peru and Chile will meet again in Arica in July.", "Arica"),
])
def test_a_place_hung_on_next_again_or_soon_is_the_meetings(run, text, place):
    rows = event_rows(run(text))
    assert [r[4] for r in rows] == [place], rows


def test_a_weekday_morning_of_a_meeting_that_did_not_take_place_is_the_one_just_gone(run):
    rows = event_rows(run("A meeting between the presidents of Ghana and Togo planned for Friday morning in Lome did "
                          "not take place."))  # told on Sunday
    assert [r[2:4] for r in rows] == [("cancelled", "2094-05-14")], rows
