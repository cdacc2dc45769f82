"""Plans and intentions (session 11): agreements, commitments and proposals to meet, their days, a plan told beside a
contact held, one side staying away from a gathering that goes ahead, and signings told only as a meeting's purpose."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 2, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- agreements and commitments ---------------------------------------------------------------

@pytest.mark.parametrize("text,a,b,day,place", [
    ("Bolivia and Paraguay decided to hold the next session of their border commission in Tarija in June.",
     "Bolivia", "Paraguay", "2025-06", "Tarija"),
    ("Laos and Thailand pledged on Monday to convene their joint commission in Vientiane in May.",
     "Laos", "Thailand", "2025-05", "Vientiane"),
    ("Croatia and Montenegro resolved to hold consultations in Podgorica next month.",
     "Croatia", "Montenegro", "2025-03", "Podgorica"),
])
def test_two_sides_deciding_or_pledging_to_meet_have_agreed_a_meeting_ahead(run, text, a, b, day, place):
    rows = [r for r in events_with(run(text), a, b) if r[0] != "call"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("agreed", day, place)], event_rows(run(text))


def test_one_side_promising_a_visit_has_only_proposed_it(run):
    rows = events_with(run("Malawi's president promised to visit Zambia before the end of the year."), "Malawi")
    assert [r[2] for r in rows] == ["proposed"]


def test_deciding_against_attending_a_summit_declines_it(run):
    rows = events_with(run("Guinea's president decided against attending the ECOWAS summit in Accra."), "Guinea")
    assert [r[2] for r in rows] == ["declined"]


@pytest.mark.parametrize("verb", ["consented", "assented"])
def test_consenting_to_talks_agrees_to_them(run, verb):
    rows = events_with(run(f"Armenia and Azerbaijan {verb} to a new round of talks on the border."),
                       "Armenia", "Azerbaijan")
    assert [r[2] for r in rows] == ["agreed"]


def test_their_ministers_meeting_under_an_agreement_are_the_agreeing_leaders_states(run):
    text = ("Peru's President Rosa Campos and Ecuador's President Diego Vera agreed on Monday that their "
            "trade ministers would meet in Tumbes in April.")
    rows = [r for r in events_with(run(text), "Peru", "Ecuador") if r[0] == "meeting"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("agreed", "2025-04", "Tumbes")], event_rows(run(text))


def test_their_ministers_of_a_leader_whose_state_is_unknown_meet_no_one_named(run):
    text = "Prime Minister Tomas Ferreira and Minister Ana Luz agreed that their deputies would meet in Dili."
    assert not [r for r in event_rows(run(text)) if r[0] == "meeting"]


# -- the day of an agreement is not the day of the meeting -----------------------------------

@pytest.mark.parametrize("text,day", [
    ("A meeting between the defence ministers of Georgia and Armenia was agreed in a phone call on Monday.", None),
    ("A summit of Kenya and Somalia was proposed by the Kenyan president on Tuesday.", None),
    ("A meeting between Benin and Togo was agreed for Friday.", "2025-02-14"),
])
def test_a_day_on_the_agreeing_verb_dates_the_agreement_not_the_meeting(run, text, day):
    rows = [r for r in event_rows(run(text)) if r[0] in ("meeting", "summit")]
    assert rows and rows[0][2] in ("agreed", "proposed") and rows[0][3] == day, event_rows(run(text))


# -- a plan beside a contact held ---------------------------------------------------------------

def test_a_meeting_agreed_after_talks_held_is_a_second_event(run):
    text = ("The presidents of Uganda and Rwanda agreed on Tuesday to meet in Kigali in May, after talks on the "
            "sidelines of a trade forum in Kampala.")
    rows = sorted((r[2], r[3], r[4]) for r in events_with(run(text), "Uganda", "Rwanda"))
    assert ("agreed", "2025-05", "Kigali") in rows and any(r[0] == "held" and r[2] == "Kampala" for r in rows), rows


def test_a_signing_told_as_the_purpose_of_an_agreed_meeting_is_no_event_of_its_own(run):
    ex = run("Mali and Niger agreed to meet in Niamey next month to sign a transit accord.")
    assert [r[0] for r in event_rows(ex)] == ["meeting"], event_rows(ex)


def test_a_signing_planned_in_its_own_right_stays(run):
    ex = run("Mali and Niger will sign a transit accord in Niamey next month.")
    assert [r[0] for r in event_rows(ex)] == ["signing"]


# -- proposals ---------------------------------------------------------------------------------

def test_a_subjunctive_under_a_proposal_is_proposed_not_held(run):
    rows = events_with(run("Egypt's president suggested that Sudan and Chad meet in Cairo."), "Sudan", "Chad")
    assert [(r[2], r[4]) for r in rows] == [("proposed", "Cairo")]


def test_an_invitation_to_a_named_guest_to_visit_makes_the_guest_the_traveller(run):
    ex = run("Prime Minister Lena Moravec renewed her invitation to President Ivo Dragan to visit Prague in 2026.")
    rows = [r for r in event_rows(ex) if r[0] == "visit"]
    assert rows and any("Dragan" in n for n in rows[0][1]) and rows[0][2:] == ("proposed", "2026", "Prague"), rows


@pytest.mark.parametrize("text,status", [
    ("The planned summit between Sudan and South Sudan will take place in Juba in April.", "scheduled"),
    ("The proposed summit between Sudan and South Sudan will be difficult to organise.", "proposed"),
    ("Kenya will host the proposed talks between Sudan and South Sudan in Nairobi next week.", "scheduled"),
])
def test_a_planned_event_that_will_take_place_is_scheduled(run, text, status):
    rows = events_with(run(text), "Sudan", "South Sudan")
    assert [r[2] for r in rows] == [status], event_rows(run(text))


def test_preparations_under_way_for_a_summit_put_it_ahead(run):
    rows = events_with(run("Preparations are under way for a summit between Vietnam and Laos in Hanoi in June."),
                       "Vietnam", "Laos")
    assert [(r[2], r[3]) for r in rows] == [("scheduled", "2025-06")]


def test_no_date_set_for_talks_does_not_schedule_them(run):
    ex = run("Serbia and Kosovo agreed to hold talks on the bridge. No date has been set for the talks.")
    assert [r[2] for r in events_with(ex, "Serbia", "Kosovo")] == ["agreed"]


def test_talks_awaited_without_a_day_are_scheduled(run):
    ex = run("Norway's envoy arrived in Bogota on Tuesday ahead of talks between Colombia and the ELN.")
    assert [r[2] for r in events_with(ex, "Colombia", "ELN")] == ["scheduled"], event_rows(ex)


# -- one side staying away ---------------------------------------------------------------------

def test_a_gathering_going_ahead_without_the_one_who_stays_away_is_its_bodys(run):
    ex = run("Sudan will not send its foreign minister to next week's meeting of IGAD ministers in Djibouti. "
             "The meeting will go ahead as planned on 20 February.")
    rows = sorted((r[2], r[3], r[4]) for r in events_with(ex, "IGAD") if r[0] == "meeting")
    assert [r for r in rows if r[0] == "scheduled"] == [("scheduled", "2025-02-20", "Djibouti")], event_rows(ex)
    assert [r[2] for r in events_with(ex, "Sudan")] == ["declined"]


def test_pulling_out_of_a_summit_with_others_is_one_sides_refusal(run):
    ex = run("Peru pulled out of the summit with Chile and Bolivia, but Chile and Bolivia will meet as planned on "
             "Friday.")
    assert [r[2] for r in events_with(ex, "Peru")] == ["declined"], event_rows(ex)
    assert any(r[2] == "scheduled" and "Peru" not in r[1] for r in events_with(ex, "Chile", "Bolivia"))


def test_the_two_leaders_after_a_named_leader_and_another_states_office(run):
    ex = run("Tonga's Prime Minister Sione Vaipulu invited Fiji's prime minister to visit Nuku'alofa. "
             "The invitation was made when the two leaders met in Suva on Monday.")
    rows = [r for r in events_with(ex, "Vaipulu", "Fiji") if r[0] == "meeting"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", "2025-02-10", "Suva")], event_rows(ex)


# -- prospects, agreements on an event, and days still ahead ------------------------------------

@pytest.mark.parametrize("text", [
    "A summit between Niger and Benin is on the cards for April.",
    "Talks between Niger and Benin remain on the table.",
    "Niger and Benin are working towards a summit in Cotonou in April.",
    "Niger's president pressed for talks with Benin.",
])
def test_a_prospect_or_a_push_for_an_event_proposes_it(run, text):
    assert [r[2] for r in events_with(run(text), "Niger", "Benin")] == ["proposed"], event_rows(run(text))


def test_an_agreement_on_a_meeting_agrees_it(run):
    ex = run("Oman and Yemen reached agreement on a meeting of their foreign ministers in Muscat in March.")
    assert [(r[2], r[4]) for r in events_with(ex, "Oman", "Yemen")] == [("agreed", "Muscat")]


def test_a_contact_on_a_day_still_ahead_is_not_held(run):
    ex = run("Malawi's foreign minister heads to Lusaka next week for talks with Zambia's foreign minister.")
    assert [(r[2], r[3]) for r in events_with(ex, "Malawi", "Zambia")] == [("scheduled", "2025-W08")], event_rows(ex)


@pytest.mark.parametrize("text", [
    "The two ministers discussed preparations for the forthcoming visit of the Cambodian prime minister to Bangkok.",
    "The ministers discussed the upcoming visit of the Cambodian prime minister to Bangkok.",
])
def test_a_forthcoming_event_without_a_day_is_scheduled_not_merely_agreed(run, text):
    assert [r[2] for r in events_with(run(text), "Cambodia") if r[0] == "visit"] == ["scheduled"]


def test_a_meeting_called_for_a_day_is_convened(run):
    ex = run("An emergency meeting of Gulf Cooperation Council ministers has been called for Sunday in Riyadh.")
    assert [(r[2], r[3]) for r in events_with(ex, "Gulf Cooperation Council")] == [("scheduled", "2025-02-16")]


def test_its_president_staying_away_is_the_state_that_says_so(run):
    ex = run("Paraguay has already said its president will not attend the summit in Montevideo.")
    assert [(r[0], r[2]) for r in events_with(ex, "Paraguay")] == [("summit", "declined")], event_rows(ex)


def test_agreeing_to_work_toward_a_summit_agrees_it(run):
    ex = run("Nepal and Bangladesh agreed on Monday to work toward a summit in Kathmandu next spring.")
    assert [(r[2], r[3]) for r in events_with(ex, "Nepal", "Bangladesh")] == [("agreed", "2025-SP")], event_rows(ex)


def test_the_day_of_a_decision_is_not_the_day_of_the_talks_decided(run):
    ex = run("Bolivia and Chile decided on Monday to hold talks in Arica.")
    assert [(r[2], r[3]) for r in events_with(ex, "Bolivia", "Chile")] == [("agreed", None)], event_rows(ex)


def test_a_site_the_topic_names_is_not_where_the_talks_are(run):
    ex = run("Chad's president called for talks with Cameroon on the repair of the dam in Maga.")
    assert [(r[2], r[4]) for r in events_with(ex, "Chad", "Cameroon")] == [("proposed", None)], event_rows(ex)


def test_the_two_leaders_need_a_leader_named_in_full_with_their_states_title(run):
    ex = run("Well, Maria, the Austrian chancellor did not travel to Prague today. Aides say the two leaders spoke "
             "by phone instead, with the Czech prime minister.")
    assert not [r for r in event_rows(ex) if r[0] == "call" and "Maria" in r[1]], event_rows(ex)


# -- plans told in the past perfect ---------------------------------------------------------------

@pytest.mark.parametrize("text,a,b", [
    ("Ghana's president had been due to visit Lome on Friday.", "Ghana", "Togo"),
    ("Talks between Serbia and Kosovo had been set for Thursday.", "Serbia", "Kosovo"),
    ("Uruguay's foreign minister had been scheduled to meet Paraguay's foreign minister in Asuncion on Monday.",
     "Uruguay", "Paraguay"),
])
def test_a_plan_told_in_the_past_perfect_has_fallen_through(run, text, a, b):
    assert [r[2] for r in events_with(run(text), a, b)] == ["cancelled"]


def test_a_postponed_visit_stays_off_when_a_later_sentence_says_what_it_had_been_due_to_include(run):
    rows = event_rows(run("A visit to Bhutan by Bangladesh's foreign minister, planned for February 20, has been "
                          "postponed, the ministry said. The minister had been due to co-chair a joint commission "
                          "with his Bhutanese counterpart during the trip."))
    assert rows and {r[2] for r in rows} == {"cancelled"}


@pytest.mark.parametrize("text", [
    "Ghana's president is due to visit Lome on Friday.",
    "Talks between Serbia and Kosovo have been set for Thursday.",
])
def test_a_plan_in_the_present_stays_scheduled(run, text):
    assert {r[2] for r in event_rows(run(text))} == {"scheduled"}


# -- contacts on a trip's programme -----------------------------------------------------------------

def test_a_contact_set_during_an_announced_visit_is_scheduled(run):
    rows = events_with(run("The 9th session of the Ghana-Togo Joint Commission will be held in Lome on 3 and 4 March. "
                           "During the visit, Ghana's foreign minister will call on President Kossi Amegah."), "Amegah")
    assert [r[2] for r in rows] == ["scheduled"]


def test_a_contact_in_a_city_of_a_dated_itinerary_is_scheduled_on_the_trips_first_day(run):
    rows = events_with(run("Norway's foreign minister Kari Holm will travel to Tallinn and Riga from 18 to 20 March. "
                           "In Riga she will meet Latvian Prime Minister Ilze Berzina."), "Holm", "Berzina")
    assert [r[2:] for r in rows] == [("scheduled", "2025-03-18", "Riga")]


@pytest.mark.parametrize("text,parts", [
    ("Norway's foreign minister Kari Holm will visit Riga on 18 March. She will also meet Estonian Prime Minister "
     "Kristjan Tamm.", ("Holm", "Tamm")),  # not the side the trip goes to
    ("Kenya and Ethiopia will hold talks on the dam.", ("Kenya", "Ethiopia")),  # no trip at all
])
def test_an_undated_contact_off_any_trips_programme_stays_agreed(run, text, parts):
    assert [r[2] for r in events_with(run(text), *parts)] == ["agreed"]


def test_a_contact_on_the_eve_of_a_dated_gathering_is_the_day_before_it(run):
    rows = events_with(run("ASEAN foreign ministers will meet in Vientiane on 14 March. On the eve of the meeting, "
                           "Laos's foreign minister will hold talks with Japanese Foreign Minister Kenji Ota."), "Ota")
    assert [r[2:] for r in rows] == [("scheduled", "2025-03-13", "Vientiane")]


@pytest.mark.parametrize("text,status,day", [
    ("Poland and Moldova held talks in Chisinau on Monday. Next year's round of consultations will be held in Warsaw.",
     "scheduled", "2026"),
    ("Saturday's round of talks between Sudan and South Sudan was called off.", "cancelled", "2025-02-15"),
])
def test_a_round_or_session_is_dated_by_its_own_possessive(run, text, status, day):
    rows = [r for r in event_rows(run(text)) if r[2] == status]
    assert [r[3] for r in rows] == [day]
