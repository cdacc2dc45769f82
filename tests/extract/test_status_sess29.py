"""Status read from answers told later, from headlines whose subject is a plain noun, and from a two-nation body
whose sitting was called off: rules from held-out misses, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor

PUBLISHED = date(2030, 5, 10)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, kind", [
    ("Last week the Thai prime minister invited Cambodian President Sok Vanna to a meeting in Bangkok. Phnom Penh "
     "rejected the invitation on Tuesday.", "meeting"),
    ("Kenya offered to host talks between Ethiopia and Eritrea in Nairobi. Asmara turned the offer down on Monday.",
     "talks"),
    ("Kenya offered to host talks between Ethiopia and Eritrea in Nairobi, but Asmara turned down the offer.", "talks"),
    ("President Wanjiku Mbeki invited President Okello Ayoo to a summit in Mombasa. Ayoo declined the invitation, "
     "citing the election.", "summit"),
])
def test_an_offer_refused_in_a_later_clause_is_declined(run, text, kind):
    found = [r for r in rows(run(text)) if r[0] == kind]
    assert found and all(r[2] == "declined" for r in found), rows(run(text))


@pytest.mark.parametrize("text", [
    "President Wanjiku Mbeki invited President Okello Ayoo to a summit in Mombasa. Ayoo rejected the results of the "
    "vote.",
    "Kenya offered to host talks between Ethiopia and Eritrea in Nairobi. Asmara turned to Cairo for support.",
])
def test_a_refusal_of_something_else_leaves_the_offer_proposed(run, text):
    found = rows(run(text))
    assert found and all(r[2] == "proposed" for r in found), found


def test_an_acceptance_still_agrees(run):
    found = rows(run("Qatar invited Chad and Sudan to talks in Doha. Both accepted the invitation on Wednesday."))
    assert found and all(r[2] == "agreed" for r in found), found


@pytest.mark.parametrize("headline, kind, day", [
    ("Indian, Japanese foreign ministers to hold talks in Tokyo on Thursday", "talks", "2030-05-16"),
    ("Ethiopian, Eritrean leaders to sign border accord in Asmara on Monday", "signing", "2030-05-13"),
])
def test_a_headline_infinitive_under_a_plain_noun_is_scheduled(run, headline, kind, day):
    found = [r for r in rows(run(headline)) if r[0] == kind]
    assert found and all(r[2] == "scheduled" and r[3] == day for r in found), rows(run(headline))


def test_a_plain_noun_with_an_infinitive_in_a_full_sentence_is_not_a_headline(nlp):
    from diplograph.extract.events.status import headline_subject

    doc = nlp("The ministers to hold talks in Tokyo were named on Thursday.")
    verb = next(t for t in doc if t.lower_ == "hold")
    assert headline_subject(verb) is None


@pytest.mark.parametrize("body", [
    "Greek–Turkish High-Level Cooperation Council",
    "Kenya-Uganda Cooperation Council",
])
def test_a_two_nation_body_whose_sitting_was_postponed_is_a_cancelled_meeting(run, body):
    found = rows(run(f"The {body}, which was due to meet in Kampala on 2 June, was postponed last week."))
    assert found and all(r[0] == "meeting" and r[2] == "cancelled" and r[3] == "2030-06-02" for r in found), found


def test_a_one_nation_council_is_no_meeting_of_states(run):
    found = rows(run("The Kenyan National Security Council, which was due to meet on 2 June, was postponed last week."))
    assert not found, found


@pytest.mark.parametrize("text, day", [
    ("Despite the storm, the meeting of Caribbean foreign ministers in Bridgetown went ahead as planned on Monday.",
     "2030-05-06"),
    ("The meeting of Andean foreign ministers took place as scheduled on Tuesday.", "2030-05-07"),
])
def test_as_planned_keeps_the_tense_of_its_clause(run, text, day):
    found = rows(run(text))
    assert found and all(r[2] == "held" and r[3] == day for r in found), found


def test_a_visit_under_consideration_is_proposed(run):
    found = rows(run("A visit by the Chinese premier to Canberra is under consideration, officials said."))
    assert found and all(r[2] == "proposed" for r in found), found


@pytest.mark.parametrize("headline, state, place", [
    ("Haddad heads to Nairobi for state visit", "Kenya", "Nairobi"),
    ("Okonjo travels to Accra for talks", "Ghana", "Accra"),
    ("Blinken lands in Tel Aviv", "Israel", "Tel Aviv"),
])
def test_a_headline_verb_in_s_the_tagger_read_as_a_noun_is_the_verb(run, headline, state, place):
    found = [r for r in rows(run(headline)) if r[0] == "visit"]
    assert any(state in r[1] and r[4] == place for r in found), rows(run(headline))


def test_a_plural_noun_root_with_a_verb_in_the_sentence_stays_a_noun(nlp):
    doc = nlp("Talks between the two heads of state ended in Riga on Friday.")
    assert all(t.pos_ == "NOUN" for t in doc if t.lower_ == "heads")


def test_a_visit_held_this_year_and_a_sitting_moved_ahead_stay_apart(nlp):
    text = ("President Amara Koroma of Sierra Leone was on a one-day working visit to Liberia, his second this year, "
            "and flew back to Freetown last night.\n\nThe Liberia-Sierra Leone Joint Commission, which had been set to "
            "sit in Monrovia on 28 May, has been moved to 16 July, the foreign ministry said.")
    found = rows(extractor(nlp, date(2030, 5, 20))(text))
    assert any(r[0] == "visit" and r[2] == "held" for r in found), found
    assert any(r[0] == "meeting" and r[2] == "scheduled" and r[3] == "2030-07-16" for r in found), found


@pytest.mark.parametrize("text, kind", [
    ("Guinea's junta leader failed to show up at the ECOWAS summit in Accra.", "summit"),
    ("The Malian prime minister failed to attend the talks with Algeria in Algiers.", "talks"),
    ("Ecuador's president cancelled his participation in the Andean Community summit in Lima.", "summit"),
    ("The Argentine president suspended his participation in the Mercosur summit.", "summit"),
])
def test_one_side_s_part_called_off_or_missed_is_declined(run, text, kind):
    found = [r for r in rows(run(text)) if r[0] == kind]
    assert found and all(r[2] == "declined" for r in found), rows(run(text))


def test_a_visit_cut_short_took_place(run):
    found = [r for r in rows(run("President Amadu Bello cut short his visit to Paris and returned to Abuja on Sunday."))
             if r[0] == "visit"]
    assert found and all(r[2] == "held" for r in found), found


def test_failing_to_agree_at_talks_is_no_refusal_of_them(run):
    found = rows(run("Egypt's and Ethiopia's foreign ministers met in Cairo on Monday but failed to reach agreement."))
    assert found and not any(r[2] == "declined" for r in found), found


def test_over_the_weekend_dates_the_call(run):
    found = rows(run("The Thai and Malaysian leaders spoke by phone over the weekend."))
    assert found and all(r[0] == "call" and r[3] == "2030-W18-WE" for r in found), found


def test_a_body_sitting_told_in_its_relative_clause_takes_that_clause_s_place(run):
    found = rows(run("The Kenya-Uganda Joint Commission, which was due to sit in Entebbe on 3 June, was postponed."))
    assert found and all(r[0] == "meeting" and r[2] == "cancelled" and r[4] == "Entebbe" for r in found), found


def test_a_tour_of_two_capitals_named_by_its_verb_is_one_visit_to_each(run):
    found = [r for r in rows(run("Japan's defence minister will visit Manila and Hanoi in a week-long Southeast Asian "
                                 "tour starting on Sunday.")) if r[0] == "visit"]
    assert sorted(tuple(sorted(r[1])) for r in found) == [("Japan", "Philippines"), ("Japan", "Vietnam")], found
