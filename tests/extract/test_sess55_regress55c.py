"""Narrowings of this session's splits, invented sentences: a body's own ministers meeting ("when NATO defence
ministers meet") is that body's meeting and takes no sides from a contact told before; "the talks" after an arrival
made for talks are those talks, not a second event on the trip; business people signing contracts at a summit make
no signing of the leaders. Near-misses both ways: a further meeting proposed by one side still takes the sides of the
talks just told; talks a text adds to a trip not made for them still become the trip's talks; officials signing at a
summit still sign for it."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, body, absent", [
    ("TALLINN, May 28 (Wire) - The prime ministers of Estonia and Finland met in Tallinn on Sunday with EU envoy "
     "Marten Kallasvee. Prime Minister Liisa Oruste said she would raise the matter when NATO defence ministers meet "
     "in Brussels next month.", "NATO", ["Finland"]),
    ("Foreign Minister Dace Ozolina held talks with her Polish counterpart in Riga on Sunday. She said Latvia would "
     "press the point again when EU foreign ministers meet in Luxembourg next month.", "European Union", ["Poland"]),
])
def test_a_body_s_own_ministers_meeting_takes_no_earlier_sides(run, text, body, absent):
    rows = event_rows(run(text))
    mine = [r for r in rows if r[0] in MEET and any(body in n for n in r[1]) and r[2] in ("scheduled", "agreed",
                                                                                         "proposed")]
    assert mine, rows
    assert not any(any(a in n for n in r[1]) for r in mine for a in absent), rows


def test_a_further_round_one_side_proposes_still_takes_the_talks_sides(run):
    text = ("Armenian and Azerbaijani negotiators held talks in Geneva on Sunday. The Armenian envoy, Hovik "
            "Sargsyan-Melkonyan, proposed another round next month.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Armenia"], ["Azerbaijan"]], "held"), rows


@pytest.mark.parametrize("text, sides", [
    ("ERBIL, May 28 (Wire) - A delegation of the Kurdistan Regional Government arrived in Baghdad on Sunday for talks "
     "with the federal oil ministry on export payments, a spokesman said.\n\nThe talks are due to continue on Monday.",
     [["Kurdistan"], ["Iraq"]]),
    ("JUBA, May 28 - A Sudanese delegation flew to Juba on Sunday for negotiations with South Sudan on oil transit "
     "fees. The negotiations are expected to resume on Tuesday, officials said.", [["Sudan"], ["South Sudan"]]),
])
def test_the_talks_a_trip_was_made_for_make_no_second_event(run, text, sides):
    rows = event_rows(run(text))
    told = [r for r in rows if r[0] in MEET + ("visit",) and all(any(f in n for f in g for n in r[1]) for g in sides)]
    assert len(told) == 1, rows
    assert told[0][2] == "held", rows


def test_talks_added_to_a_trip_not_made_for_them_stay_the_trip_s(run):
    text = ("Senegal's president landed in Mauritania this afternoon for a two-day state visit. The talks are due "
            "tomorrow and will cover fishing rights.")
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [["Senegal"], ["Mauritania"]]), rows
    assert has_row(rows, MEET, [["Senegal"], ["Mauritania"]]), rows


@pytest.mark.parametrize("text", [
    "SEOUL - Chilean President Marisol Arancibia-Vega began a state visit to South Korea on Sunday, holding a summit "
    "with President Jung Dae-hyun in Seoul. On the sidelines, business groups from both countries signed nine "
    "commercial contracts at an investment forum.",
    "HANOI - Vietnamese and Kenyan leaders held talks in Hanoi on Sunday. Afterwards, business leaders of the two "
    "countries signed supply contracts worth $300 million.",
])
def test_business_people_signing_at_a_summit_make_no_signing_of_the_leaders(run, text):
    rows = event_rows(run(text))
    assert any(r[0] in MEET and r[2] == "held" for r in rows), rows
    assert not any(r[0] == "signing" for r in rows), rows


def test_officials_signing_at_a_summit_still_sign(run):
    text = ("Ghanaian President Kofi Asante-Boateng held talks with Ivorian President Yao Kouadio-Brou in Accra on "
            "Sunday. Afterwards, ministers from both countries signed five agreements on trade and energy.")
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [["Asante"], ["Kouadio"]], "held") \
        or has_row(rows, ("signing",), [["Ghana"], ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"]], "held"), rows
