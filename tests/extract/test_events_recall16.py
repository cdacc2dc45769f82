"""Recall on older blind batches' classes: double-barrelled surnames, joint bodies named by a dash pair or by
what they are, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def test_a_double_barrelled_surname_stays_one_name(run):
    ex = run("Malian Foreign Minister Oumou Traore-Keita held talks with her Guinean counterpart Sekou Conde in "
             "Bamako on Monday.")
    assert [(r[0], r[2], r[3], r[4]) for r in events_with(ex, "Oumou Traore-Keita", "Sekou Conde")] == [
        ("talks", "held", "2024-10-14", "Bamako")]


def test_two_surnames_dashed_before_an_event_stay_two_people(run):
    ex = run("The Macron-Scholz meeting in Paris ended on Monday.")
    assert [sorted(r[1]) for r in event_rows(ex)] == [["Macron", "Olaf Scholz"]]


@pytest.mark.parametrize("text,sides,status", [
    ("Both sides agreed to convene the Mali–Burkina Faso Joint Commission in Bamako next month.",
     {"Mali", "Burkina Faso"}, "agreed"),
    ("The EU–Moldova Association Council will hold its ninth meeting in Brussels on 27 January.",
     {"European Union", "Moldova"}, "scheduled"),
    ("The 7th Session of the Sri Lanka–Bangladesh Joint Commission will be held in Dhaka on 3 December.",
     {"Sri Lanka", "Bangladesh"}, "scheduled"),
])
def test_a_joint_body_named_by_a_dash_pair_is_its_two_sides_meeting(run, text, sides, status):
    assert [(r[0], r[1], r[2]) for r in event_rows(run(text))] == [("meeting", frozenset(sides), status)]


def test_an_unnamed_interstate_council_is_the_two_states_named_before(run):
    ex = run("Presidents Sadyr Japarov of Kyrgyzstan and Shavkat Mirziyoyev of Uzbekistan held talks in Bishkek on "
             "Monday. The presidents agreed to hold the next meeting of the Supreme Interstate Council in Tashkent "
             "in the autumn.")
    assert [(r[2], r[3], r[4]) for r in events_with(ex, "Kyrgyzstan", "Uzbekistan")] == [
        ("agreed", "2024-FA", "Tashkent")]
    assert not events_with(ex, "Council")


def test_a_border_committee_meeting_is_the_two_states_named_before(run):
    ex = run("Armenian and Georgian defence ministers met in Tbilisi on Monday. The Joint Border Committee meeting "
             "got under way on Tuesday.")
    assert ("held", "2024-10-15") in [(r[2], r[3]) for r in events_with(ex, "Armenia", "Georgia")]
    assert not events_with(ex, "Committee")


def test_a_joint_body_with_no_two_states_before_stays_the_body(run):
    ex = run("The Intergovernmental Commission held its 11th meeting in Tashkent on Monday.")
    assert [r[1] for r in event_rows(ex)] == [frozenset({"Intergovernmental Commission"})]


@pytest.mark.parametrize("text,sides", [
    ("Minister of Foreign Affairs, International Trade and Worship Diego Ruiz met Chilean Foreign Minister Ana Soto "
     "in Buenos Aires on Monday.", {"Diego Ruiz", "Ana Soto"}),
    ("Minister of Foreign Affairs, Regional Integration and Burundians Abroad Jean Ndikumana held talks with Rwandan "
     "counterpart Paul Mugisha in Bujumbura on Monday.", {"Jean Ndikumana", "Paul Mugisha"}),
    ("The Minister of Foreign Affairs, International Cooperation and Malians Abroad, Moussa Diarra, held talks in "
     "Bamako on Monday with Nigerien Foreign Minister Samir Boukari.", {"Moussa Diarra", "Samir Boukari"}),
])
def test_the_portfolios_a_title_lists_after_a_comma_are_no_party(run, text, sides):
    assert [r[1] for r in event_rows(run(text))] == [frozenset(sides)]


def test_an_observer_named_once_is_no_side_of_the_joint_body(run):
    ex = run("The foreign ministers of Guyana and Suriname met in Paramaribo on Monday and signed a fisheries accord. "
             "Brazil sent an observer. Guyana wants a deal on the river border soon, Suriname said. The Joint Boundary Commission will meet in "
             "Georgetown in March.")
    assert [(r[2], r[3]) for r in events_with(ex, "Guyana", "Suriname") if r[4] == "Georgetown"] == [
        ("scheduled", "2025-03")]
    assert not events_with(ex, "Brazil")


def test_a_named_forum_written_lower_case_is_a_gathering(run):
    ex = run("Malaysia's prime minister has declined an invitation from Tokyo to attend the Pacific Rim forum in "
             "November.")
    assert [(r[2], r[3]) for r in events_with(ex, "Malaysia")] == [("declined", "2024-11")]


def test_a_forum_with_no_name_is_no_gathering(run):
    assert event_rows(run("The minister will attend a public forum on housing in November.")) == []


def test_a_headline_double_barrelled_surname_is_the_person_named_below(run):
    ex = run("Minister Dubois-Martin meets with Peru's Minister of Foreign Affairs\n\n"
             "Canada's Minister of Foreign Affairs, Claire Dubois-Martin, today met with Peru's Minister of Foreign "
             "Affairs, Elmer Schialer, in Lima.")
    assert [sorted(r[1]) for r in event_rows(ex)] == [["Claire Dubois-Martin", "Elmer Schialer"]]


def test_two_leaders_dashed_before_talks_stay_two_people(run):
    ex = run("Prime Minister Narendra Modi and President Xi Jinping met in Kazan. The Modi-Xi talks lasted an hour.")
    assert all(len(r[1]) == 2 for r in event_rows(ex))
    assert events_with(ex, "Modi", "Xi")


def test_a_name_after_the_honourable_is_a_person(run):
    ex = run("Australia's Minister for Trade, the Honourable Joanne Pickford-Lyle, today met with Vietnam's Minister "
             "of Industry, Tran Van Hieu, in Hanoi.")
    assert [sorted(r[1]) for r in event_rows(ex)] == [["Joanne Pickford-Lyle", "Tran Van Hieu"]]


@pytest.mark.parametrize("opening", ["The Minister of Foreign Affairs", "His Excellency the Minister of Foreign Affairs",
                                     "The Minister for Trade and Industry"])
def test_a_title_with_its_portfolio_stands_for_the_state_of_the_dateline(run, opening):
    ex = run(f"MUSCAT, 14 October 2024 (ONA) — {opening} received a phone call today from Jordanian Foreign Minister "
             "Salem Haddad, during which they discussed regional developments.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Oman", "Salem Haddad")] == [("call", "held", "2024-10-14")]


def test_a_portfolio_naming_a_state_is_no_bare_title(run):
    ex = run("MUSCAT, 14 October 2024 (ONA) — The Minister of Foreign Affairs of Jordan received a phone call today "
             "from Iraqi Foreign Minister Fuad Kareem.")
    assert not events_with(ex, "Oman")


def test_a_visit_phrase_hung_on_a_trailing_reporting_verb_belongs_to_the_reported_clause(run):
    ex = run("Foreign Minister Lidia Moreno is expected to call on President Tomas Ruiz in Asuncion on Friday, during "
             "a working visit to Paraguay that will also include talks with her counterpart Raul Benitez, the "
             "ministry said in a statement on Tuesday.")
    assert [(r[0], r[2]) for r in events_with(ex, "Lidia Moreno", "Paraguay")] == [("visit", "scheduled")]
    assert [(r[0], r[2]) for r in events_with(ex, "Lidia Moreno", "Raul Benitez")] == [("talks", "scheduled")]


def test_a_past_visit_phrase_before_a_reporting_verb_stays_held(run):
    ex = run("Foreign Minister Lidia Moreno met President Tomas Ruiz in Asuncion on Monday, during a working visit to "
             "Paraguay, the ministry said in a statement on Tuesday.")
    assert [r[2] for r in events_with(ex, "Lidia Moreno", "Paraguay")] == ["held"]


@pytest.mark.parametrize("phrase", ["at the start of a three-day official visit", "during a two-day working visit"])
def test_a_visit_told_with_a_reception_is_the_guests(run, phrase):
    ex = run(f"Ghanaian Foreign Minister Kofi Mensah received his Togolese counterpart Yawa Kodjo in Accra on Tuesday "
             f"{phrase}.")
    assert [(r[2], r[3], r[4]) for r in events_with(ex, "Yawa Kodjo", "Ghana") if r[0] == "visit"] == [
        ("held", "2024-10-15", "Accra")]
    assert not [r for r in events_with(ex, "Kofi Mensah") if r[0] == "visit"]

