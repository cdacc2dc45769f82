"""A named forum, assembly or council of states that a trip is for ("flew to Suva for the Pacific Islands Forum", "will
lead the delegation to the Manama Forum", "led a delegation to Lisbon for the Portugal-Brazil Ministerial Forum") or
that a side stays away from ("will stay away from the ECOWAS Council of Ministers") is the gathering the text tells;
near-misses keep no gathering: a lower-case forum of no name ("for a business forum"), a trip for something else
("for medical treatment", "for the Accra Marathon"), a forum nobody is named going to. Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2135, 3, 9)

GATHER = ("summit", "conference", "meeting")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    # Pacific, wire: a leader flies in for a regional forum
    ("Samoa's prime minister Fiame Leota-Sapolu flew to Suva on Sunday for the Pacific Islands Forum.",
     [("Leota-Sapolu", "Samoa"), ("Pacific Islands Forum",)], "held"),
    # Europe/Latin America, press release: a two-state ministerial forum ahead
    ("Foreign Minister Ines Carvalho-Neto will travel to Lisbon next week for the Portugal-Brazil Ministerial Forum.",
     [("Portugal",), ("Brazil",)], "scheduled"),
    # Central Asia, newspaper: arriving for a named forum
    ("Kazakh President Nurlan Abenov-Sadyk arrived in Tashkent on Thursday for the Central Asia Consultative Forum.",
     [("Abenov-Sadyk", "Kazakhstan"), ("Central Asia Consultative Forum",)], "held"),
    # Baltic, broadcast: heading a delegation for an assembly
    ("The prime minister, Ruta Kalnina-Ozola, will head a delegation to Vilnius next month for the Baltic Assembly.",
     [("Kalnina-Ozola",), ("Baltic Assembly",)], "scheduled"),
    # Gulf, state media: leading a delegation to the forum itself
    ("Sheikh Hamad bin Rashid Al Marri confirmed that he would lead the Bahraini delegation to the Manama Forum in "
     "December.", [("Hamad bin Rashid",), ("Manama Forum",)], "scheduled"),
    # West Africa, wire: a state sends a delegation to a named two-state forum
    ("Nigeria sent a delegation to Accra on Monday for the Ghana-Nigeria Economic Forum.",
     [("Ghana",), ("Nigeria",)], "held"),
    # Pacific, newspaper: the Tongan minister leads a delegation to a joint forum
    ("Prime Minister Tevita Faleafa will lead a delegation to Wellington next week for the Tonga-New Zealand Joint "
     "Ministerial Forum.", [("Tonga",), ("New Zealand",)], "scheduled"),
    # West Africa, broadcast: staying away from a council of a bloc's ministers
    ("Nigeria's foreign minister Ada Okoro-Bello says she will stay away from next week's ECOWAS council of ministers "
     "in Accra.", [("Okoro-Bello", "Nigeria"), ("ECOWAS",)], "declined"),
    # Sahel, wire: flying in for a bloc's council
    ("Mali's foreign minister Oumar Sangare-Kone flew to Abuja on Monday for the ECOWAS Council of Ministers.",
     [("Sangare-Kone", "Mali"), ("ECOWAS",)], "held"),
])
def test_named_gathering_a_trip_is_for(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, parts, status=status), rows


@pytest.mark.parametrize("text", [
    # a forum of no name
    "Nigeria's trade minister Bola Adekunle-Ojo flew to Accra on Monday for a business forum.",
    # a trip for something else
    "Chancellor Greta Vollmer-Haas flew to New York on Sunday for medical treatment.",
    "Nigeria's trade minister Bola Adekunle-Ojo arrived in Accra on Monday for the Accra Marathon.",
    # nobody named goes
    "The minister flew to Davos for the World Economic Forum.",
    # a delegation to a forum of no name
    "The minister led a delegation to the forum on cybersecurity.",
])
def test_no_gathering_without_a_named_forum_and_a_side(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in GATHER for r in rows), rows


@pytest.mark.parametrize("text, parts", [
    # Caribbean, press release: the next stop of a tour, in the present
    ("Minister Hana Okafor-Reyes travels on to Port-au-Prince on Friday.", [("Okafor-Reyes",), ("Haiti",)]),
    # Caucasus, wire: flying on
    ("Foreign Minister Tamar Ebralidze-Kvitsiani flies on to Baku on Thursday.",
     [("Ebralidze-Kvitsiani",), ("Azerbaijan",)]),
    # Balkans, newspaper: past tense
    ("Slovenian President Mojca Zupancic-Horvat travelled on to Skopje on Tuesday after two days in Sofia.",
     [("Zupancic-Horvat",), ("North Macedonia", "Skopje")]),
])
def test_trip_going_on_to_a_place(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), parts), rows


@pytest.mark.parametrize("text", [
    "The ship sailed on to Mombasa.",
    "The talks went on to midnight.",
])
def test_going_on_to_without_a_trip(run, text):
    assert not event_rows(run(text))


@pytest.mark.parametrize("text, parts", [
    # Andes, wire: two presidents and hours together on a border bridge
    ("Bolivian President Mauricio Quispe-Arce and his Peruvian counterpart Rafael Huaman-Soto spent three hours "
     "together on Monday in a tent on the border bridge.", [("Quispe-Arce",), ("Huaman-Soto", "Peru")]),
    # East Africa, newspaper: an afternoon together
    ("Kenyan President Amani Kiprono-Wek and Ugandan President Joel Akena-Obbo spent the afternoon together at State "
     "House in Entebbe on Friday.", [("Kiprono-Wek",), ("Akena-Obbo",)]),
    # West Africa, broadcast: possessive states
    ("Ghana's Kofi Adomako-Manu and Togo's Eli Agbodjan-Kpeli spent the evening together in Lome.",
     [("Adomako-Manu",), ("Agbodjan-Kpeli",)]),
])
def test_time_spent_together_is_a_meeting(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting",), parts), rows


@pytest.mark.parametrize("text", [
    "The family spent the day together in Lome.",
    "The two footballers spent the afternoon together in Madrid.",
    "Kofi Adomako-Manu and his wife spent the weekend together in Accra.",
])
def test_time_together_without_two_in_office(run, text):
    assert not any(r[0] == "meeting" for r in event_rows(run(text)))
