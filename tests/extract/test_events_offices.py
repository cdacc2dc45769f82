"""Office-holders named by title alone ("The Prime Minister met X"): the state whose government frames the text."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2024, 10, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a government release with no state in its publisher's name."""
    return extractor(nlp, PUBLISHED, publisher="Government Press Office")


def parties(ex, *named: str) -> list[frozenset[str]]:
    """Participant names of the events that include every named fragment."""
    return [row[1] for row in events_with(ex, *named)]


def test_a_dateline_capital_frames_the_title(run):
    ex = run("NAIROBI - The President received Tanzanian Foreign Minister Mahmoud Kombo at State House on Tuesday "
             "for talks on the border.")
    assert any("Kenya" in names for names in parties(ex, "Kombo"))


def test_a_seat_of_government_in_the_text_frames_the_title(run):
    ex = run("The Kremlin said the President spoke by telephone with Armenian Foreign Minister Aram Petrosyan on "
             "Monday about grain exports.")
    assert any("Russia" in names for names in parties(ex, "Petrosyan"))


def test_two_seats_of_government_leave_the_title_unresolved(run):
    ex = run("The Kremlin and the White House said the President spoke by telephone with Armenian Foreign Minister "
             "Aram Petrosyan on Monday.")
    assert not any({"Russia", "United States"} & names for names in parties(ex, "Petrosyan"))


def test_an_earlier_office_without_a_name_gives_its_state(run):
    ex = run("Norway's prime minister arrived in Reykjavik on Monday for a two-day working visit.\n\n"
             "The Prime Minister met Icelandic Foreign Minister Sigrun Halldorsdottir on Tuesday.")
    assert any("Norway" in names for names in parties(ex, "Halldorsdottir"))


def test_two_states_offices_leave_the_title_unresolved(run):
    ex = run("Norway's prime minister and Denmark's prime minister arrived in Reykjavik on Monday.\n\n"
             "The Prime Minister met Icelandic Foreign Minister Sigrun Halldorsdottir on Tuesday.")
    found = parties(ex, "Halldorsdottir")
    assert found and not any({"Norway", "Denmark"} & names for names in found)


def test_an_unframed_title_is_an_office_holder_of_its_own(run):
    ex = run("DEPUTY SPOKESPERSON: The Federal Chancellor will receive the President of Ghana, Kwame Asante, on "
             "Thursday.\n\nQUESTION: Will trade be discussed?")
    assert any("Federal Chancellor" in names for names in parties(ex, "Asante"))


def test_a_named_holder_keeps_the_title(run):
    ex = run("Prime Minister Aiko Tanaka flew to Manila on Monday. The Prime Minister met President Ramon Cruz "
             "on Tuesday.")
    assert not any("Prime Minister" in names for names in parties(ex, "Cruz"))
    assert events_with(ex, "Tanaka", "Cruz")


def test_a_title_with_a_state_is_not_an_unnamed_office(run):
    ex = run("The Danish prime minister met President Ramon Cruz on Tuesday.")
    assert not any(name == "Prime minister" or name.startswith("Prime") for row in event_rows(ex)
                   for name in row[1])


def test_a_lower_case_minister_is_nobody_in_particular(run):
    ex = run("SPOKESPERSON: The minister answered questions on fisheries and will travel to Apia next month.")
    assert not any("inister" in name for row in event_rows(ex) for name in row[1])


def test_a_coordination_shares_its_closing_date_and_place(run):
    ex = run("Thai Foreign Minister Somchai Rattana paid a courtesy call on President Ana Lopes and held talks with "
             "Foreign Minister Rui Matos in Lisbon on Tuesday.")
    assert [(r[3], r[4]) for r in events_with(ex, "Rattana", "Lopes")] == [("2024-10-15", "Lisbon")]
    assert [(r[3], r[4]) for r in events_with(ex, "Rattana", "Matos")] == [("2024-10-15", "Lisbon")]


def test_a_verb_with_its_own_date_and_place_keeps_them(run):
    ex = run("Thai Foreign Minister Somchai Rattana met President Ana Lopes in Porto on Monday and held talks with "
             "Foreign Minister Rui Matos in Lisbon on Tuesday.")
    assert [(r[3], r[4]) for r in events_with(ex, "Rattana", "Lopes")] == [("2024-10-14", "Porto")]


def test_a_closing_phrase_of_a_non_event_verb_is_not_shared(run):
    ex = run("Thai Foreign Minister Somchai Rattana met President Ana Lopes and thanked Portugal for its support in "
             "Lisbon on Tuesday.")
    assert [(r[3], r[4]) for r in events_with(ex, "Rattana", "Lopes")] == [(None, None)]


def test_a_reception_place_names_the_host_of_an_unframed_title(run):
    ex = run("The President received Samoan Prime Minister Tuilaepa Fonoti in Accra on Friday.")
    assert any("Ghana" in names and not any("President" == n for n in names) for names in parties(ex, "Fonoti"))


def test_a_title_met_as_object_takes_the_framing_state(run):
    ex = run("NAIROBI - Tanzanian Foreign Minister Mahmoud Kombo will meet with the President on Friday to discuss "
             "the border.")
    assert any("Kenya" in names for names in parties(ex, "Kombo"))


def test_talks_with_a_title_take_the_seat_of_government(run):
    ex = run("The Kremlin said Armenian Foreign Minister Aram Petrosyan held talks with the President on Monday.")
    assert any("Russia" in names for names in parties(ex, "Petrosyan"))


def test_two_seats_leave_a_title_object_unresolved(run):
    ex = run("The Kremlin and the White House said Armenian Foreign Minister Aram Petrosyan held talks with the "
             "President on Monday.")
    assert not any({"Russia", "United States"} & names for names in parties(ex, "Petrosyan"))


def test_a_plural_or_state_title_object_is_left_alone(run):
    ex = run("NAIROBI - Tanzanian Foreign Minister Mahmoud Kombo met the Ugandan President and the ministers on "
             "Friday.")
    assert not any("Kenya" in names for names in parties(ex, "Kombo"))


def test_a_title_met_in_a_capital_is_that_state(run):
    ex = run("Tanzanian Foreign Minister Mahmoud Kombo met the President in Accra on Friday.")
    assert any("Ghana" in names for names in parties(ex, "Kombo"))


def test_an_unframed_title_object_gives_no_lone_meeting(run):
    ex = run("Tanzanian Foreign Minister Mahmoud Kombo met the President on Friday.")
    assert not parties(ex, "Kombo")


def test_a_pronoun_continues_an_office_named_by_title_alone(run):
    ex = run("The OSCE Secretary-General phoned Moldova's president on Monday. On Friday he will fly to Tbilisi, "
             "where he will meet Georgia's prime minister.")
    assert any({"Organization for Security and Co-operation in Europe", "Georgia"} <= names
               or {"OSCE", "Georgia"} <= names for names in parties(ex, "Georgia"))


def test_a_pronoun_after_a_state_leader_by_title_is_that_state(run):
    ex = run("Chile's president spoke with Peru's president on Monday. He will meet Ecuador's president in Quito "
             "on Friday.")
    assert any({"Chile", "Ecuador"} <= names for names in parties(ex, "Ecuador"))


def test_a_spokesman_is_no_pronoun_antecedent_for_a_meeting(run):
    ex = run("Chile's foreign ministry spokesman said on Monday that the dispute was closed. He will meet "
             "Ecuador's president in Quito on Friday.")
    assert not any("Chile" in names for names in parties(ex, "Ecuador"))
