"""Protocol wording of state agencies and ministries: styled titles, titles before the holder's name, joint bodies."""

from __future__ import annotations

from datetime import date

import pytest

from harness import events_with, extractor

PUBLISHED = date(2025, 2, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "DOHA, Feb 12 (QNA) -- The Crown Prince received Peru's Foreign Minister Lucia Ormeno today.",
    "DOHA, Feb 12 (QNA) -- His Highness the Crown Prince received Peru's Foreign Minister Lucia Ormeno today.",
])
def test_a_crown_prince_by_title_receives_the_guest(run, text):
    assert [(r[0], r[2], r[3]) for r in events_with(run(text), "Ormeno")] == [("meeting", "held", "2025-02-12")]


def test_a_guest_after_the_place_and_day_is_still_the_one_received(run):
    ex = run("MANAMA, Feb 12 (BNA) -- His Highness the Crown Prince received at Al-Qudaibiya Palace today the visiting "
             "Foreign Minister of the Republic of Chile Ana Beltran.")
    assert [(r[0], r[2], r[4]) for r in events_with(ex, "Beltran", "Bahrain")] == [("meeting", "held", "Manama")]


def test_a_name_closing_a_title_of_a_state_is_its_holder(run):
    ex = run("Minister of Foreign Affairs of the Republic of Palau Ivan Rengulbai will pay an official visit to "
             "Japan from February 16 to 19.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Rengulbai", "Japan")] == [
        ("visit", "scheduled", "2025-02-16")]


@pytest.mark.parametrize("text,sides", [
    ("The EU–Morocco Association Council met in Brussels on Monday.", ("European Union", "Morocco")),
    ("The Ghana–Burkina Faso Joint Commission met in Accra on Monday.", ("Ghana", "Burkina Faso")),
    ("The meeting of the Kenya–South Sudan Joint Working Group on Trade was held in Juba on Monday.",
     ("Kenya", "South Sudan")),
])
def test_an_en_dash_pair_before_a_joint_body_names_its_two_sides(run, text, sides):
    assert [r[2] for r in events_with(run(text), *sides)] == ["held"]


@pytest.mark.parametrize("text,when", [
    ("The talks between Ghana and Togo that were to be held in Lome on Monday have been called off.", "2025-02-10"),
    ("The meeting between Peru and Bolivia planned for 3 to 5 March in La Paz has been postponed, an official said "
     "on Tuesday, without giving a new date.", "2025-03-03"),
])
def test_a_plan_in_the_subject_under_a_called_off_verb_is_cancelled(run, text, when):
    rows = [r for r in run(text).events]
    assert [(e.status, e.time.value if e.time else None) for e in rows] == [("cancelled", when)]


def test_a_plan_in_the_subject_postponed_to_a_new_day_is_scheduled_then(run):
    ex = run("The talks between Ghana and Togo that were to be held in Lome on Monday have been postponed to "
             "February 20.")
    assert [(e.status, e.time.value) for e in ex.events] == [("scheduled", "2025-02-20")]


@pytest.mark.parametrize("text,sides,status", [
    ("Armenia has rejected a French proposal to hold talks with Azerbaijan in Paris.", ("Armenia", "Azerbaijan"),
     "declined"),
    ("Sudan accepted a Saudi proposal for talks with South Sudan on oil transit.", ("Sudan", "South Sudan"), "agreed"),
])
def test_who_answers_a_third_partys_proposal_for_talks_takes_part(run, text, sides, status):
    rows = [r for r in events_with(run(text), *sides) if r[0] == "talks"]
    assert [(len(r[1]), r[2]) for r in rows] == [(2, status)]


def test_a_proposal_for_talks_with_the_one_answering_keeps_the_proposer(run):
    rows = events_with(run("Kosovo rejected Serbia's proposal for talks with Kosovo."), "Serbia", "Kosovo")
    assert [r[2] for r in rows] == ["declined"]


@pytest.mark.parametrize("text,body", [
    ("Oman's foreign minister met today with the UN Secretary-General's Personal Envoy for Libya.", "United Nations"),
    ("Ghana's foreign minister met the AU Commission chairperson's special envoy in Accra on Monday.", "African Union"),
])
def test_an_envoy_of_an_office_stands_for_the_body_the_office_heads(run, text, body):
    assert [r[0] for r in events_with(run(text), body)] == ["meeting"]


def test_the_next_meeting_the_subjects_will_hold_is_a_new_meeting_of_theirs(run):
    ex = run("Chile and Peru said they would hold the next meeting of foreign ministers in Lima.")
    assert [(r[0], r[4]) for r in events_with(ex, "Chile", "Peru")] == [("meeting", "Lima")]


def test_the_meeting_of_their_joint_commission_is_the_subjects_meeting(run):
    ex = run("Ghana and Togo have postponed the meeting of their joint commission on border trade to March 4.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Ghana", "Togo")] == [("meeting", "scheduled", "2025-03-04")]


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said talk of a meeting with his Somali counterpart was premature.",
    "A summit between the two presidents would be premature, an aide to Peru's president said.",
])
def test_a_meeting_called_premature_is_no_event(run, text):
    assert run(text).events == ()


@pytest.mark.parametrize("text,host,guest,place", [
    ("Abu Dhabi, 4 March 2025 (WAM) – H.H. Sheikh Hamdan bin Rashid Al Nahyan, Deputy Prime Minister and Minister of "
     "Foreign Affairs, today received at the Ministry's headquarters in Abu Dhabi H.E. Dr. Salim bin Nasser "
     "Al-Harthy, Minister of State for Foreign Affairs of the Sultanate of Oman.", "Hamdan", "Harthy", "Abu Dhabi"),
    ("Kuwait City, 4 March 2025 (KUNA) – H.E. Sheikh Fahad Al-Sabah, Minister of Foreign Affairs, today received at "
     "the Ministry's headquarters in Kuwait City H.E. Dr. Omar bin Saleh Al-Hadrami, Minister of State for Foreign "
     "Affairs of Yemen.", "Sabah", "Hadrami", "Kuwait City"),
])
def test_a_guest_the_parser_took_into_the_receptions_place_is_met_that_day(run, text, host, guest, place):
    # the guest's name swallowed the city before it ("in Abu Dhabi H.E. Dr. X"), and "today" hung on the host
    rows = events_with(run(text), host, guest)
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-03-04", place)]
