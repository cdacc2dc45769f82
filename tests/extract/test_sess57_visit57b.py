"""A trip told as "his"/"her" visit to a state, hung on the talks, meeting, consultations or signing held with that
state's own official ("held talks with Y during his visit to Finland", "met Y on the second day of her official visit
to Chile"), is the traveller's visit, received by that state, apart from the contact held on it. With the near-misses
that must grow nothing: a bare trip, a courtesy call that is the trip's own reception, a contact with officials of
two states, a trip to "the country". Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, kinds, met, visitor, state", [
    # Nordic, wire: "held talks ... during his official visit to Finland"
    ("Swedish Prime Minister Erik Lund held talks with Finnish Prime Minister Aino Virtanen in Helsinki on Wednesday "
     "during his official visit to Finland.", ("talks",), "Aino Virtanen", "Erik Lund", "Finland"),
    # Nordic, newspaper: consultations on the second day of the visit
    ("Swedish Prime Minister Erik Lund held consultations with Finnish Prime Minister Aino Virtanen in Helsinki on "
     "Wednesday, on the second day of his official visit to Finland.", ("talks",), "Aino Virtanen", "Erik Lund",
     "Finland"),
    # South-East Asia, state media: "met ... during his visit to Vietnam"
    ("Chilean Foreign Minister Pablo Reyes met Vietnamese Foreign Minister Tran Van Long during his visit to "
     "Vietnam.", ("meeting", "talks"), "Tran Van Long", "Pablo Reyes", "Vietnam"),
    # East Africa, press release: a signing at the end of a state visit
    ("Ugandan President Moses Okello signed a trade accord with Tanzanian President Halima Juma in Dodoma on "
     "Friday, at the end of his state visit to Tanzania.", ("signing",), "Halima Juma", "Moses Okello", "Tanzania"),
    # Andes, broadcast: a plan, "will meet ... during her visit to Peru"
    ("Bolivian Foreign Minister Rosa Quispe will meet Peruvian Foreign Minister Luis Salazar during her visit to "
     "Peru next week.", ("meeting", "talks"), "Luis Salazar", "Rosa Quispe", "Peru"),
    # Gulf, readout: negotiations, the trip named by its capital
    ("Omani Foreign Minister Salim Harthy held negotiations with Qatari Foreign Minister Khalid Thani on Monday "
     "during his visit to Doha.", ("negotiation", "talks"), "Khalid Thani", "Salim Harthy", "Qatar"),
])
def test_contact_on_his_visit_keeps_the_visit(run, text, kinds, met, visitor, state):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, [[visitor], [met]]), rows
    assert has_row(rows, ("visit",), [[visitor], [state]]), rows


def test_visit_takes_the_contacts_day_and_city(run):
    rows = event_rows(run("Swedish Prime Minister Erik Lund held talks with Finnish Prime Minister Aino Virtanen in "
                          "Helsinki on Wednesday during his official visit to Finland."))
    assert has_row(rows, ("visit",), [["Erik Lund"], ["Finland"]], "held", day="2090-05-24", place="Helsinki"), rows


@pytest.mark.parametrize("text, kinds", [
    # a bare trip: no talks grow
    ("Turkish Foreign Minister Kemal Arslan visited Baku on Monday during his tour of the Caucasus.",
     ("talks", "meeting")),
    # a courtesy call is the trip's own reception: no meeting of its own
    ("Kazakh President Nurlan Bekov paid a courtesy call on Uzbek President Timur Karimov in Tashkent on Monday "
     "during his visit to Uzbekistan.", ("meeting", "talks")),
])
def test_no_contact_grows(run, text, kinds):
    rows = event_rows(run(text))
    assert not any(r[0] in kinds for r in rows), rows


def test_courtesy_call_stays_the_visit(run):
    rows = event_rows(run("Kazakh President Nurlan Bekov paid a courtesy call on Uzbek President Timur Karimov in "
                          "Tashkent on Monday during his visit to Uzbekistan."))
    assert has_row(rows, ("visit",), [["Nurlan Bekov"], ["Uzbekistan"]], "held"), rows


def test_two_states_met_on_the_trip_stay_as_they_were(run):
    rows = event_rows(run("Chilean Foreign Minister Pablo Reyes met Vietnamese Foreign Minister Tran Van Long and "
                          "Lao Foreign Minister Somsak Vong during his visit to Vietnam."))
    assert has_row(rows, ("meeting", "talks"), [["Pablo Reyes"], ["Tran Van Long"]]), rows


def test_trip_to_the_country_grows_no_visit(run):
    rows = event_rows(run("Swedish Prime Minister Erik Lund held talks with Finnish Prime Minister Aino Virtanen in "
                          "Helsinki on Wednesday during his official visit to the country."))
    assert has_row(rows, ("talks",), [["Erik Lund"], ["Aino Virtanen"]], "held"), rows


@pytest.mark.parametrize("text, host, guest, state", [
    # Latin America, state media: the guest set off after "the President of Y, Z," and the trip "to the country"
    ("The President of Ecuador, Diego Mora, held official talks on Monday at the Carondelet Palace with the "
     "President of Paraguay, Hugo Benitez, currently paying an official visit to the country.", "Diego Mora",
     "Hugo Benitez", "Ecuador"),
    # West Africa, newspaper
    ("The President of Ghana, Kwame Asante, held talks on Tuesday in Accra with the President of Togo, Edem Agbo, "
     "currently paying an official visit to the country.", "Kwame Asante", "Edem Agbo", "Ghana"),
    # Lusophone, wire: "now making a working visit to Portugal"
    ("The Prime Minister of Portugal, Rui Matos, held talks in Lisbon on Thursday with the Prime Minister of Cape "
     "Verde, Jorge Lopes, now making a working visit to Portugal.", "Rui Matos", "Jorge Lopes", "Portugal"),
])
def test_guest_set_off_after_the_one_met_is_the_visitor(run, text, host, guest, state):
    rows = event_rows(run(text))
    assert has_row(rows, ("talks",), [[host], [guest]], "held"), rows
    assert has_row(rows, ("visit",), [[guest], [state]], "held"), rows
    assert not has_row(rows, ("visit",), [[host], [state]]), rows


def test_participle_without_currently_stays_the_subjects(run):
    rows = event_rows(run("Indian Prime Minister Arjun Rao met Sri Lankan President Nimal Perera in Colombo, paying "
                          "his first visit to the island."))
    assert not has_row(rows, ("visit",), [["Nimal Perera"], ["Sri Lanka"]]), rows
