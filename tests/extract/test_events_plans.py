"""Plans told from after the fact, infinitival and relative clauses on event nouns, invitations, and weekdays
with their day numbers: the rules behind issue 17's date and status classes, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from harness import event_rows as rows, events_with as with_parties

PUBLISHED = date(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short article under a one-line headline."""
    from diplograph.extract import extract_one

    def go(text: str, published: date = PUBLISHED):
        text = "Regional news\n\n" + text
        doc = Document(id="plans", text=text, published=published, title="Regional news")
        return extract_one(nlp(text), doc)

    return go


@pytest.mark.parametrize("sentence", [
    "A meeting of Arab League foreign ministers that had been set for Sunday in Tunis did not take place after "
    "it was postponed indefinitely, an official said.",
    "Talks between Chad and Sudan that had been planned for Sunday in Ndjamena failed to take place.",
])
def test_a_plan_that_did_not_take_place_is_dated_by_the_weekday_gone_by(run, sentence):
    found = [r for r in rows(run(sentence)) if r[0] in ("meeting", "talks")]
    assert found and found[0][3] == "2024-03-10", rows(run(sentence))


def test_a_plan_called_off_ahead_keeps_the_weekday_to_come(run):
    ex = run("Talks between Chad and Sudan that had been set for next Tuesday have been called off.")
    assert any(r[2] == "cancelled" and r[3] == "2024-03-19" for r in rows(ex)), rows(ex)


@pytest.mark.parametrize("sentence,place,day", [
    ("Ministers met on Tuesday. The meeting came ahead of an extraordinary summit of the Southern African "
     "Development Community (SADC) on the situation in Mozambique, to be held in Gaborone on Saturday.",
     "Gaborone", "2024-03-16"),
    ("Officials discussed an extraordinary summit of the African Union on the crisis in the Sahel, which is to "
     "be held in Addis Ababa on Sunday.", "Addis Ababa", "2024-03-17"),
])
def test_a_summit_to_be_held_is_scheduled_with_its_infinitives_day_and_place(run, sentence, place, day):
    summits = [r for r in rows(run(sentence)) if r[0] == "summit"]
    assert summits and summits[0][2:] == ("scheduled", day, place), rows(run(sentence))


def test_a_later_bodys_infinitive_does_not_date_the_call_about_it(run):
    ex = run("Foreign Minister Lars Holm spoke with his Estonian counterpart Kaja Tamm during a telephone "
             "conversation on 12 March on the preparations for the Joint Cooperation Council to be held in Tallinn.")
    calls = [r for r in rows(ex) if r[0] == "call"]
    assert calls and calls[0][2] == "held" and calls[0][3] == "2024-03-12", rows(ex)


@pytest.mark.parametrize("sentence,host,row", [
    ("The spokesman said the meeting reviewed the preparations for the 12th Gulf Summit, which Qatar will host in "
     "Doha on 17 May, as well as the situation in Yemen.", "Qatar", ("scheduled", "2024-05-17", "Doha")),
    ("Ministers discussed the summit on climate finance, which Fiji will host in Suva in June.", "Fiji",
     ("scheduled", "2024-06", "Suva")),
    ("Ministers discussed the regional summit that Kenya is hosting next month.", "Kenya",
     ("scheduled", "2024-04", "Kenya")),
    ("Leaders looked back on the conference that Norway hosted in Oslo last week.", "Norway",
     ("held", "2024-W10", "Oslo")),
])
def test_the_subject_of_a_hosting_relative_clause_hosts_and_takes_part(run, sentence, host, row):
    ex = run(sentence)
    found = [e for e in ex.events if e.type in ("summit", "conference")]
    names = {a.key: a.name for a in ex.actors}
    assert found and host in {names[k] for k in found[0].participants} and host in {names[k] for k in found[0].hosts}
    assert with_parties(ex, host)[0][2:] == row, rows(ex)


def test_an_invitation_for_someone_to_visit_makes_them_the_traveller(run):
    ex = run("The minister conveyed the invitation of President Ama Mensah for Prime Minister Jon Berg to pay an "
             "official visit to Ghana.")
    visits = [e for e in ex.events if e.type == "visit"]
    names = {a.key: a.name for a in ex.actors}
    assert visits, rows(ex)
    assert {names[k] for k in visits[0].participants} == {"Jon Berg", "Ghana"}, rows(ex)
    assert [names[k] for k in visits[0].hosts] == ["Ama Mensah"] and visits[0].status == "proposed"


def test_at_the_invitation_of_the_host_the_guest_after_the_comma_travels(run):
    ex = run("At the invitation of Foreign Minister Leila Haddad, the Foreign Minister of Peru Carlos Vela will pay "
             "an official visit to Tunisia from March 20 to 21.")
    assert ("visit", frozenset({"Carlos Vela", "Tunisia"}), "scheduled", "2024-03-20", "Tunisia") in rows(ex), rows(ex)


def test_a_weekday_whose_day_number_follows_in_brackets_dates_a_reception(run):
    ex = run("Chilean President Ana Soto will receive Peruvian President Luis Prado at La Moneda Palace this "
             "Thursday (14) for a meeting on the protection of the Pacific coast, the ministry reported.")
    assert any(r[1] == frozenset({"Ana Soto", "Luis Prado"}) and r[2:4] == ("scheduled", "2024-03-14")
               for r in rows(ex)), rows(ex)


def test_an_invited_trip_is_not_the_same_sides_visit_held_months_before(run):
    ex = run("The ministers reviewed the agreements reached during the visit to Ghana by the party chairman last "
             "October.\n\nThe minister conveyed the invitation of President Ama Mensah for Prime Minister Jon Berg to "
             "pay an official visit to Ghana.", published=date(2024, 3, 14))
    assert any(r[0] == "visit" and r[1] == frozenset({"Jon Berg", "Ghana"}) and r[2] == "proposed" and r[3] is None
               for r in rows(ex)), rows(ex)


def test_a_plan_that_was_to_have_been_held_did_not_take_place(run):
    ex = run("A summit between Ghana and Togo was to have been held in Accra on Tuesday.")
    assert [r[2] for r in with_parties(ex, "Ghana", "Togo")] == ["cancelled"]


def test_leaders_who_were_to_have_met_did_not_meet(run):
    ex = run("The Peruvian and Chilean foreign ministers were to have met in Lima on Monday.")
    assert [r[2] for r in with_parties(ex, "Peru", "Chile")] == ["cancelled"]


def test_glad_to_have_met_is_a_meeting_held(run):
    ex = run("The Peruvian foreign minister was glad to have met his Chilean counterpart in Lima on Monday.")
    assert [r[2] for r in with_parties(ex, "Peru", "Chile")] == ["held"]
