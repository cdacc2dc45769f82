"""A trip counted in an apposition the parser hangs on the arrival verb ("arrived for a visit, her first to Ghana",
"the first he has made to Paraguay") is to the state it names; with near-misses that name no state visited:
invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

TRIP = ("visit",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    ("Kenya's foreign minister, Amina Wekesa, arrived in the evening for a working visit, her first to Ghana as "
     "minister.", [["Wekesa"], ["Ghana"]], "held"),
    ("Mongolian Prime Minister Batbold Ganzorig will arrive on Thursday for a state visit, his first to Vietnam since "
     "taking office.", [["Ganzorig"], ["Vietnam"]], "scheduled"),
    ("The Bolivian foreign minister, Rosa Quispe Mamani, arrived on Saturday on an official visit, the first she has "
     "made to Paraguay.", [["Mamani"], ["Paraguay"]], "held"),
    ("Indonesian Foreign Minister Rahmat Suryadi flew in on Monday for a three-day visit, the first he has paid to "
     "Fiji.", [["Suryadi"], ["Fiji"]], "held"),
    ("Tanzania's president, Neema Lyimo, arrived on Friday for a state visit, her first to Zambia since her "
     "election.", [["Lyimo"], ["Zambia"]], "held"),
])
def test_a_counted_trip_on_the_verb_names_the_state_visited(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, TRIP, parts, status), rows


@pytest.mark.parametrize("text", [
    "Ghana's president, Kwame Asante, arrived on Monday for a state visit, his first trip abroad this year.",
    "The Portuguese minister, Joana Reis, arrived on Monday for a working visit, the first of three she will make "
    "this year.",
    "The Fijian leader, Ratu Epeli Vuki, arrived on Sunday, his first day in office after the election.",
    "Egypt's foreign minister, Hany Salem, arrived on Monday for talks, the first round since the ceasefire.",
])
def test_a_count_naming_no_state_gives_no_visit(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" for r in rows), rows


PAGE = (
    "RADIO NUKU'ALOFA\nHome | News | Pacific | Sport | Listen live\nThis site uses cookies. [OK]\n\n"
    "Samoan PM due Thursday; fisheries talks postponed\n\nNewsroom | Monday 22 May 2090\n\n"
    "Prime Minister Sione Lavaka held talks in Nuku'alofa on Friday with Australia's Pacific minister, Claire Hadley, "
    "on disaster funding.\n\n"
    "Samoa's prime minister, Tuilaepa Fiame Leota, arrives on Thursday for an official visit of two days, the first "
    "he has made to Tonga. He and Lavaka will hold talks on Friday on seasonal workers.\n\n"
    "(c) 2090 Radio Nuku'alofa")


def test_a_page_without_a_dateline_keeps_the_counted_trip(nlp):
    rows = event_rows(extractor(nlp, date(2090, 5, 22))(PAGE))
    assert has_row(rows, TRIP, [["Leota"], ["Tonga"]], "scheduled"), rows
    assert has_row(rows, ("talks", "meeting"), [["Lavaka"], ["Hadley"]], "held"), rows
