"""A trip is a frame for the contacts told just after it: a meeting or talks of the traveller, told in the next
sentences with no day of their own and as a plan, are on that trip: they take the trip's day and stand scheduled as
the trip is, each its own record beside the visit. Near-misses: a contact with its own day, a contact of other
people, a trip with no day, a trip called off: invented sentences."""

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


@pytest.mark.parametrize("text, talks, day", [
    # wire, Oceania: "while in" the capital, a call on the prime minister
    ("WELLINGTON, May 28 (Wire) - New Zealand's foreign minister, Aroha Tamatea-Reid, will pay an official visit to "
     "Fiji from 2 to 4 June, her office said on Sunday. While in Suva, the minister will call on Prime Minister "
     "Sitiveni Naqara-Bale.", [["Tamatea-Reid"], ["Naqara-Bale"]], "2090-06-02"),
    # wire, Oceania: a second contact in the same sentence
    ("WELLINGTON, May 28 (Wire) - New Zealand's foreign minister, Aroha Tamatea-Reid, will pay an official visit to "
     "Fiji from 2 to 4 June, her office said on Sunday. While in Suva, the minister will call on Prime Minister "
     "Sitiveni Naqara-Bale and hold talks with her counterpart, Josefa Vuniwai.",
     [["Tamatea-Reid"], ["Vuniwai"]], "2090-06-02"),
    # press release, Europe: "in Oslo, the minister will meet"
    ("Press release\n\nMinister of Foreign Affairs Liisa Kórsmann-Vaher will pay a working visit to Norway on "
     "Thursday, 1 June 2090.\n\nIn Oslo, the Minister will meet her Norwegian counterpart, Solveig Brekke-Aune, to "
     "discuss Baltic Sea security.", [["Kórsmann-Vaher"], ["Brekke-Aune"]], "2090-06-01"),
    # state media, Asia: "during the visit, he is due to meet"
    ("HANOI, May 28 (VNA) - Lao Deputy Prime Minister Bounmy Sisouphanh-Keo will pay an official visit to Vietnam "
     "on Tuesday, the agency reported. During the visit, he is due to meet Vietnamese Prime Minister Tran Van "
     "Nghiem-Long.", [["Sisouphanh-Keo"], ["Nghiem-Long"]], "2090-05-30"),
    # newspaper, Americas: a trip next Wednesday, a meeting told after
    ("SANTIAGO - Chilean Foreign Minister Ignacia Recabarren-Toro will travel to Lima on a visit to Peru on "
     "Wednesday, the ministry said. There she will meet Peruvian Foreign Minister Ramiro Quispe-Allende on the "
     "fisheries dispute.", [["Recabarren-Toro"], ["Quispe-Allende"]], "2090-05-31"),
])
def test_a_contact_told_on_a_trip_takes_its_day_and_status(run, text, talks, day):
    rows = event_rows(run(text))
    assert has_row(rows, TRIP, [talks[0]]), rows
    assert has_row(rows, MEET, talks, "scheduled", day=day), rows


@pytest.mark.parametrize("text, talks, day", [
    # a contact with its own day keeps it
    ("WELLINGTON, May 28 (Wire) - New Zealand's foreign minister, Aroha Tamatea-Reid, will pay an official visit to "
     "Fiji from 2 to 4 June, her office said on Sunday. She will meet Prime Minister Sitiveni Naqara-Bale on "
     "3 June.", [["Tamatea-Reid"], ["Naqara-Bale"]], "2090-06-03"),
])
def test_a_contact_with_its_own_day_keeps_it(run, text, talks, day):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, talks, day=day), rows


@pytest.mark.parametrize("text, talks", [
    # other people meet: not on the trip
    ("ACCRA - Ghanaian Foreign Minister Kojo Mensah-Ofori will pay a visit to Togo on Friday, his ministry said. "
     "Separately, Ivorian President Yao Kouassi-Brou will meet Beninese President Sèna Houngbédji-Dossou.",
     [["Kouassi-Brou"], ["Houngbédji-Dossou"]]),
    # a commission's sitting put off, told after the trip: no plan of the traveller's, not on the trip
    ("BUENOS AIRES, May 28 (Wire) - Argentina's foreign minister, Valeria Ocampo-Ruiz, is due in Montevideo on "
     "Wednesday for talks with Uruguayan Foreign Minister Diego Larrañaga-Sosa. A meeting of the river commission "
     "that was to follow in Colonia later this month has been put off until September.",
     [["Argentina"], ["Uruguay"]]),
    # a trip with no day gives none
    ("ACCRA - Ghanaian Foreign Minister Kojo Mensah-Ofori will pay a visit to Togo, his ministry said. While in Lome, "
     "he will meet Togolese Foreign Minister Komlan Adjovi-Sena.", [["Mensah-Ofori"], ["Adjovi-Sena"]]),
])
def test_a_contact_off_the_frame_gets_no_trip_day(run, text, talks):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET and all(any(f in n for f in g for n in r[1]) for g in talks) and r[3]
                   for r in rows), rows


@pytest.mark.parametrize("text, seen", [
    # UN press release: "while in the capital she is expected to see X"
    ("UNITED NATIONS - Secretary-General Tomasz Wielgosz-Lind heads to Nairobi next week for a regional summit, "
     "which opens on Saturday, 3 June. While in the Kenyan capital he is expected to see Amina Wekesa-Oduor, who "
     "chairs the commission.", [["Wielgosz-Lind"], ["Wekesa-Oduor"]]),
    # press release, Africa: "during the visit he will also see"
    ("ACCRA - Ivorian Foreign Minister Koffi Ahoua-Yao will pay a working visit to Ghana on Thursday. During the "
     "visit he will also see President Ama Kwarteng-Boadu.", [["Ahoua-Yao"], ["Kwarteng-Boadu"]]),
    # newspaper, Caribbean: a stay in a capital, a leader to be seen
    ("KINGSTON - Barbadian Foreign Minister Celeste Maynard-Holder travels to Jamaica on Tuesday for a two-day visit. "
     "While in the Jamaican capital she is expected to see Prime Minister Desmond Rowe-Campbell.",
     [["Maynard-Holder"], ["Rowe-Campbell"]]),
])
def test_seeing_someone_on_a_trip_is_a_meeting(run, text, seen):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, seen, "scheduled"), rows


@pytest.mark.parametrize("text", [
    "During the visit, the minister will see the results of the irrigation scheme in Gao.",
    "While in the capital she hopes to see progress on the rail project.",
])
def test_seeing_things_on_a_trip_is_no_meeting(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET for r in rows), rows
