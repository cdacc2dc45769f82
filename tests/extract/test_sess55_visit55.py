"""A trip and the talks on it are two events when a clause of their own tells the talks (in the trip's sentence or
just after it) naming no one but the traveller's side or a person of no known state: the talks are between the
travellers and the state visited, standing, placed and dated as the trip unless told otherwise; a held trip told by
one side alone after that side's held contact with one other went to that other. Near-misses: talks only as a
trip's purpose, a question, talks with another state, a sitting at home, a trip to two states: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation")
TRIP = ("visit",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, trip, talks, status, day", [
    # wire: a state visit set for a day, negotiations planned in the next sentence
    ("ASTANA, May 28 (Wire) - Mongolian President Batzorig Enkhbayar will travel to Kazakhstan on a state visit on "
     "June 4-5, his office said. Negotiations in an expanded format are planned, and a set of agreements on transit "
     "is expected to be signed.", [["Enkhbayar"], ["Kazakhstan"]], [["Enkhbayar"], ["Kazakhstan"]], "scheduled",
     "2090-06-04"),
    # newspaper: a trip put off, with the talks it was to include
    ("LILONGWE - President Chisomo Banda's official visit to Zambia, set for Thursday, has been postponed, State "
     "House said on Sunday. The visit was to have included talks with President Mwila Chanda on the rail link.",
     [["Banda"], ["Zambia"]], [["Banda"], ["Chanda"]], "cancelled", None),
    # broadcast: arrived for a visit, formal talks due the next day
    ("And in regional news, Senegal's president landed in Mauritania this afternoon for a two-day state visit. The "
     "two leaders are due to hold formal talks tomorrow on fishing rights.", [["Senegal"], ["Mauritania"]],
     [["Senegal"], ["Mauritania"]], "scheduled", "2090-05-29"),
    # state media: arrived on an official visit; talks will centre on a topic
    ("HANOI, May 28 (VNA) - Lao Prime Minister Souksavanh Phommachanh arrived in Hanoi on Sunday on an official "
     "visit. Talks will centre on the Vientiane-Hanoi expressway, the agency reported.",
     [["Phommachanh"], ["Vietnam"]], [["Phommachanh"], ["Vietnam"]], "scheduled", "2090-05-28"),
    # interview: hopes to visit; talks there in the next sentence
    ("Q: Any plans for the region?\n\nPRIME MINISTER TASHI WANGMO DORJI: I hope to visit Kathmandu before the end "
     "of the year. Talks there would focus on the hydropower line.", [["Dorji"], ["Nepal"]], [["Dorji"], ["Nepal"]],
     "proposed", None),
    # live blog: landed for a visit, talks with the named host planned that afternoon
    ("09:40 - Chancellor Greta Lindauer has landed in Windhoek for a two-day official visit. Talks with President "
     "Ndapewa Amutenya are planned for the afternoon.", [["Lindauer"], ["Namibia"]], [["Lindauer"], ["Amutenya"]],
     "scheduled", "2090-05-28"),
    # readout style: a meeting with a named host, put off with the trip
    ("OSLO, May 28 (Wire) - Norway's foreign minister Ingrid Haugland-Vik has called off a visit to Tbilisi planned "
     "for Tuesday, her ministry said. A meeting with Georgian President Levan Gogiberidze-Tsereteli that had been "
     "set for the same day will not take place either.", [["Haugland-Vik"], ["Georgia"]],
     [["Haugland-Vik"], ["Gogiberidze"]], "cancelled", None),
])
def test_talks_told_on_a_trip_are_a_second_event(run, text, trip, talks, status, day):
    rows = event_rows(run(text))
    assert has_row(rows, TRIP, trip), rows
    assert has_row(rows, MEET, talks, status, day=day), rows


@pytest.mark.parametrize("text, visitor, host, place", [
    ("ANCHOR: The Peruvian and Chilean foreign ministers met in Lima today, their first meeting this year.\n\n"
     "CORRESPONDENT: The visit by the Chilean minister had been in doubt for weeks because of the fishing row.",
     "Chile", "Peru", "Lima"),
])
def test_a_visit_told_after_the_talks_goes_where_they_were_held(run, text, visitor, host, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[visitor], [host]], "held"), rows
    assert has_row(rows, TRIP, [[visitor], [host]], "held", day="2090-05-28"), rows


@pytest.mark.parametrize("text", [
    # the talks are only the trip's purpose
    "Ghanaian Foreign Minister Kwesi Ofori-Atta arrived in Lome on Sunday for talks.",
    "The Uruguayan president, Martina Olivera Sosa, will travel to Asuncion next week for talks on the waterway.",
    # a question, answered by the talks already told
    "Q: The Gambian president arrives in Dakar on Monday. Will the two presidents hold talks?\n\nA: Yes. President "
    "Abdou Ndiaye will receive him at the palace, and they will hold talks on the bridge.",
])
def test_talks_as_a_trip_s_purpose_or_question_make_no_second_event(run, text):
    rows = event_rows(run(text))
    meets = [r for r in rows if r[0] in MEET]
    assert all(len(r[1]) >= 2 for r in meets), rows
    assert len({r[1] for r in meets}) <= 1, rows


@pytest.mark.parametrize("text, absent", [
    # talks with a third state are not the trip's
    ("Bahrain's foreign minister, Khalid Al-Nuaimi, will visit Amman on Tuesday. Talks between Iran and Iraq on the "
     "border are due to resume in Baghdad the same week.", ["Al-Nuaimi", "Iraq"]),
    # a cabinet sitting at home is not on a trip only hoped for
    ("PORT VILA - Prime Minister Jean-Marc Kalsakau says he hopes to visit Noumea before the end of the year. "
     "Speaking after a cabinet meeting on Wednesday, he said the border talks would wait.", ["Kalsakau", "France"]),
])
def test_contacts_that_are_not_the_trip_s_stay_apart(run, text, absent):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET and all(any(a in n for n in r[1]) for a in absent) for r in rows), rows


def test_a_trip_to_two_states_gives_sideless_talks_no_host(run):
    text = ("The EU envoy for the dialogue, Henrik Vallgren, said he would travel to Belgrade and Pristina next week. "
            "\"We must rebuild the conditions for talks,\" he said.")
    rows = event_rows(run(text))
    assert has_row(rows, TRIP, [["Vallgren"], ["Serbia"]]), rows
    assert not any(r[0] in MEET for r in rows), rows


def test_a_mere_visit_grows_no_talks(run):
    rows = event_rows(run("Kenyan Foreign Minister Wanjiru Kamau visited Kigali on Friday. It was her third trip to "
                          "Rwanda this year."))
    assert has_row(rows, TRIP, [["Kamau"], ["Rwanda"]], "held"), rows
    assert not any(r[0] in MEET for r in rows), rows
