"""Events told in a later sentence: contacts after a reception ("X later met Y", "earlier the same day"), guests
and visitors named by a title ("the guest", "the visiting minister"), pronouns that continue the topic, a trip's
programme and its calling-off, a way home, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2031, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_received_visiting_president_is_a_meeting_with_the_guest(run):
    found = events_with(run("SANTIAGO, March 12 (Wire) - President Camila Reyes on Tuesday received visiting "
                            "Uruguayan President Martín Olivera at La Moneda palace."), "Reyes", "Olivera")
    assert found and found[0][0] in ("meeting", "talks") and found[0][2] == "held" and found[0][3] == "2031-03-11"


@pytest.mark.parametrize("cue", ["Earlier the same day,", "Later that day,", "That same day,"])
def test_a_contact_the_same_day_takes_the_day_named_before(run, cue):
    text = (f"Foreign Minister Ingrid Solberg met her Danish counterpart Lars Holm in Tromsø on Monday. {cue} "
            "Solberg held talks with Icelandic Foreign Minister Gudrun Einarsdottir.")
    talks = events_with(run(text), "Solberg", "Einarsdottir")
    assert talks and talks[0][3] == "2031-03-10", event_rows(run(text))


def test_a_later_contact_with_someone_new_is_apart_from_the_reception(run):
    text = ("RABAT, March 12 (Wire) - Morocco's King received Mauritanian Prime Minister Ahmed Ould Baba at the "
            "royal palace on Tuesday. Ould Baba later met Moroccan Prime Minister Karim Bennani, the palace said.")
    found = run(text)
    assert events_with(found, "Ould Baba", "Bennani"), event_rows(found)
    assert any("Morocco" in r[1] and "Ahmed Ould Baba" in r[1] for r in event_rows(found)), event_rows(found)


def test_the_guest_and_the_visiting_minister_continue_the_guest_received(run):
    text = ("HANOI, March 12 (Wire) - Prime Minister Vo Thanh Long received Lao Foreign Minister Bounlap Keomany at "
            "the Government Office today. The guest later held talks with Vietnamese Foreign Minister Dang Thi Hoa.")
    talks = events_with(run(text), "Keomany", "Dang Thi Hoa")
    assert talks and talks[0][2] == "held" and talks[0][3] == "2031-03-12", event_rows(run(text))


def test_a_later_contact_without_a_day_takes_the_reception_day(run):
    text = ("The Foreign Secretary, Helen Marsh, received Georgian Foreign Minister Nino Beridze in London "
            "yesterday. She reaffirmed support for Georgia's reforms.\n\nLater, Ms Beridze met the Minister for "
            "Trade, Owen Price.")
    met = events_with(run(text), "Beridze", "Price")
    assert met and met[0][3] == "2031-03-11", event_rows(run(text))


def test_a_repeated_pronoun_subject_continues_the_first_topic(run):
    text = ("Kenya's President Joseph Kamau is in Berlin this week. Today he sat down with Economy Minister Julia "
            "Brandt. Tomorrow he will meet Chancellor Frank Weber at the Chancellery.")
    assert events_with(run(text), "Kamau", "Weber"), event_rows(run(text))
    assert not events_with(run(text), "Brandt", "Weber")


def test_a_contact_during_a_stay_under_way_is_scheduled(run):
    text = ("The Secretary-General of the Commonwealth, Dr. Grace Adeyemi, arrived in Freetown on Wednesday 12 "
            "March 2031 for a working visit to Sierra Leone. During her stay, she will meet "
            "President Samuel Koroma.")
    met = events_with(run(text), "Adeyemi", "Koroma")
    assert met and met[0][2] == "scheduled" and met[0][4] == "Freetown", event_rows(run(text))


def test_a_contact_in_the_state_a_dated_trip_goes_to_is_on_the_trip(run):
    text = ("Foreign Minister Tomas Lind will travel to Bishkek today for a two-day visit to Kyrgyzstan, before "
            "continuing to Tajikistan.\n\nIn Kyrgyzstan, Mr Lind will meet President Almaz Usenov. He will then "
            "travel to Dushanbe on Friday, where he will call on President Rustam Nazarov.")
    met = events_with(run(text), "Lind", "Usenov")
    assert met and met[0][2] == "scheduled" and met[0][3] == "2031-03-12", event_rows(run(text))


@pytest.mark.parametrize("text, who", [
    ("ACCRA, March 12 (Wire) - Togolese President Kossi Amegan was due to arrive in Accra on Friday for talks with "
     "his Ghanaian counterpart on electricity tariffs. The visit has been postponed indefinitely, Ghana's "
     "presidency said on Wednesday.", "Amegan"),
    ("SOFIA, March 12 (Wire) - Romanian Prime Minister Dan Ionescu was to meet his Bulgarian counterpart Petar "
     "Dimov in Sofia on Friday to discuss the Danube bridge tolls. Ionescu called off the trip on Wednesday after a "
     "row over border checks, his office said.", "Dimov"),
])
def test_a_trip_called_off_takes_its_contact_with_it(run, text, who):
    contacts = [r for r in events_with(run(text), who) if r[0] != "visit"]
    assert contacts and all(r[2] == "cancelled" for r in contacts), event_rows(run(text))


def test_the_way_home_is_no_visit(run):
    text = ("KAMPALA, March 12 (Wire) - Rwandan Prime Minister Jean Habimana held talks with Ugandan Prime "
            "Minister Ruth Nabirye in Kampala on Wednesday. Habimana will tour an industrial park on Thursday before "
            "departing for Kigali.")
    assert events_with(run(text), "Habimana", "Nabirye")
    assert not [r for r in events_with(run(text), "Habimana") if r[0] == "visit" and "Rwanda" in r[1]]


def test_talks_with_his_host_named_after_a_comma_are_with_the_host(run):
    text = ("This is the evening news. Botswana's President Kabelo Mosweu is in Windhoek. This morning he held "
            "talks with his host, President Hilma Nghifindaka, at State House.")
    assert events_with(run(text), "Mosweu", "Nghifindaka"), event_rows(run(text))


def test_a_first_visit_told_beside_the_meeting_stands_as_it_does(run):
    text = ("CANBERRA, March 12 (Wire) - Australian Prime Minister Ellen Shaw met New Zealand Prime Minister Rua "
            "Tamihana at Parliament House on Tuesday, the first visit to Australia by a New Zealand leader in two "
            "years.")
    visits = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert visits and all(r[2] == "held" for r in visits), event_rows(run(text))


def test_a_minister_meeting_mayors_later_is_no_event(run):
    text = ("Spain's agriculture minister, Lucía Prado, toured drought-hit farms in Murcia on Tuesday. Later she met "
            "local mayors and irrigation cooperatives to discuss water quotas.")
    assert not event_rows(run(text))
