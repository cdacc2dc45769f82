"""Contacts told through groups named by nationality, an office-holder told twice, briefing transcripts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- groups named by nationality ---------------------------------------------------------------

@pytest.mark.parametrize("text,a,b,day,place", [
    ("Ghanaian officials met Togolese delegates in Lome on Monday.", "Ghana", "Togo", "2024-10-14", "Lome"),
    ("Egyptian diplomats met Jordanian delegates in Amman on Sunday.", "Egypt", "Jordan", "2024-10-13", "Amman"),
    ("Uzbek delegates held talks with Kazakh negotiators in Astana on Tuesday.",
     "Uzbekistan", "Kazakhstan", "2024-10-15", "Astana"),
    ("A Bolivian delegation met Peruvian officials in Lima on Wednesday.", "Bolivia", "Peru", "2024-10-16", "Lima"),
    ("Ethiopian and Sudanese negotiators held talks in Addis Ababa on Tuesday.",
     "Ethiopia", "Sudan", "2024-10-15", "Addis Ababa"),
    ("Norwegian envoys met Colombian ministers in Bogota on Monday, two diplomats said.",
     "Norway", "Colombia", "2024-10-14", "Bogota"),
])
def test_groups_named_by_nationality_are_their_states_meeting(run, text, a, b, day, place):
    rows = events_with(run(text), a, b)
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", day, place)]
    assert all(len(r[1]) == 2 for r in event_rows(run(text)))  # the diplomats who told it are no party


# -- an office-holder and the state the title names, one party --------------------------------

@pytest.mark.parametrize("text,host,guest,state,place", [
    ("The Minister of Foreign Affairs, Dr Amina Okafor, today received a courtesy call from the newly accredited "
     "Ambassador of the Republic of Chile, H.E. Ms Lucia Ferreira Soto, at the Tafawa Balewa Building in Abuja.",
     "Okafor", "Ferreira Soto", "Chile", "Abuja"),
    ("The Minister of International Relations, Dr Sipho Mbeki, today received a courtesy call from the newly "
     "accredited Ambassador of the Republic of Peru, H.E. Ms Rosa Quispe Mamani, at the Union Building in Pretoria.",
     "Mbeki", "Quispe Mamani", "Peru", "Pretoria"),
])
def test_a_guest_and_the_state_in_her_title_are_one_party_of_one_meeting(run, text, host, guest, state, place):
    rows = event_rows(run(text))
    assert len(rows) == 1
    assert any(host in n for n in rows[0][1]) and any(guest in n for n in rows[0][1])
    assert not any(n == state for n in rows[0][1]) and rows[0][4] == place


def test_two_people_of_unknown_state_beside_a_state_still_two_meetings(run):
    rows = event_rows(run("Prime Minister Lena Kask met Ravi Menon in Tallinn on Monday. On Tuesday she held "
                          "talks with India in Delhi."))
    assert not any(r[0] == "meeting" and any("India" == n for n in r[1]) and any("Menon" in n for n in r[1])
                   for r in rows)


# -- briefing transcripts -----------------------------------------------------------------------

@pytest.mark.parametrize("text,visitor,host,day,place", [
    ("Transcript of the Weekly Press Briefing by the Spokesperson, Ministry of Foreign Affairs, Islamabad\n\n"
     "SPOKESPERSON: The Foreign Minister will visit Kathmandu from 21 to 23 October at the invitation of his "
     "Nepali counterpart. During the visit, he will hold delegation-level talks.\n\n"
     "QUESTION: Will the two ministers also sign an agreement?\n\nSPOKESPERSON: That is still being discussed.",
     "Pakistan", "Nepal", "2024-10-21", "Kathmandu"),
])
def test_talks_during_a_visit_are_with_the_state_visited_on_the_visits_day(run, text, visitor, host, day, place):
    rows = [r for r in events_with(run(text), visitor, host) if r[0] == "talks"]
    assert [(r[2], r[3]) for r in rows] == [("scheduled", day)]


def test_a_briefers_label_is_no_party_of_the_call_told(run):
    text = ("MS LINDQVIST: Good morning. The Minister spoke yesterday with Kenyan Foreign Minister Amos Wekesa. They "
            "discussed the situation in Sudan.\n\nQUESTION: Will the two ministers meet in person this month?\n\n"
            "MS LINDQVIST: I have nothing to announce.")
    assert not any(any("Lindqvist" in n for n in r[1]) for r in event_rows(run(text)))


@pytest.mark.parametrize("text,guest,host", [
    ("Q: President Mahama of Ghana arrives in Abuja on Monday. Will the two presidents hold talks?\n\n"
     "SPOKESPERSON: Yes. President Danjuma will receive him at the State House, and they will hold talks on "
     "regional security.", "Mahama", "Danjuma"),
    ("QUESTION: Prime Minister Kovac of Croatia is in Vienna next week. Is a meeting planned?\n\n"
     "SPOKESPERSON: Chancellor Huber will welcome him on Tuesday, and they will hold talks on energy.",
     "Kovac", "Huber"),
])
def test_they_after_a_host_receives_him_are_host_and_guest(run, text, guest, host):
    talks = [r for r in event_rows(run(text)) if r[0] == "talks"]
    assert talks and all(any(guest in n for n in r[1]) and any(host in n for n in r[1]) for r in talks)
