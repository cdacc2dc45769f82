"""Leaders named by one bare name as parties of a meeting, call or visit are people, whatever NER made of them."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors.contacts import contact_names
from diplograph.extract.actors.finder import find_actors
from tests.harness import event_rows, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


def _people(nlp, text: str) -> set[str]:
    return {m.text for m in find_actors(nlp(text)) if m.type == "person"}


@pytest.mark.parametrize("text,kind,parts,status", [
    ("Okonjo met Mwangaza in Nairobi on Monday.", "meeting", {"Okonjo", "Mwangaza"}, "held"),
    ("Haraldsen spoke with Virtanen by phone on Tuesday.", "call", {"Haraldsen", "Virtanen"}, "held"),
    ("Tuilagi received Faleolo in Apia.", "meeting", {"Tuilagi", "Faleolo"}, "held"),
    ("Nurlanov held talks with Bekmuratov in Astana.", "talks", {"Nurlanov", "Bekmuratov"}, "held"),
    ("Al-Hashimi and Qabbani met in Amman on Sunday.", "meeting", {"Al-Hashimi", "Qabbani"}, "held"),
    ("Dorjsuren hosted Tsogbadrakh at the palace.", "meeting", {"Dorjsuren", "Tsogbadrakh"}, "held"),
    ("Castellanos telephoned Ibarguen on Wednesday.", "call", {"Castellanos", "Ibarguen"}, "held"),
    ("Kowalczyk met with Brezina in Prague on Thursday.", "meeting", {"Kowalczyk", "Brezina"}, "held"),
    ("Mensah is set to meet Traore in Bamako.", "meeting", {"Mensah", "Traore"}, "scheduled"),
])
def test_bare_names_meeting_are_the_parties(run, text, kind, parts, status):
    rows = event_rows(run(text))
    assert [(r[0], r[1], r[2]) for r in rows] == [(kind, frozenset(parts), status)]


@pytest.mark.parametrize("text,names", [
    ("Okonjo met Mwangaza in Nairobi on Monday.", {"Okonjo", "Mwangaza"}),  # both untagged or one a nationality
    ("Santhirasegaram will meet Wickramanayake in Colombo.", {"Santhirasegaram", "Wickramanayake"}),
    ("Witkowski held talks with Hamas in Doha.", {"Witkowski"}),  # a body after "with" stays a body
])
def test_the_parties_are_people(nlp, text, names):
    assert _people(nlp, text) == names


@pytest.mark.parametrize("text", [
    "Talks with Lisbon resumed on Monday.",  # a common word opening the sentence
    "Lunch with the envoy was cancelled.",
    "Monday met with strong protests in Lagos.",  # a weekday
    "Reuters spoke with the envoy in Kigali.",  # an outlet
    "Xinhua met the delegation in Ulaanbaatar.",
    "President met the delegation in Accra.",  # a title alone
    "Kenyans met the delegation in Nairobi.",  # a demonym
    "Boeing held talks with Airbus in Toulouse.",  # two bodies, no person beside them
    "Valdivia hosted the delegation on Friday.",  # a known city
])
def test_no_person_from_common_words_places_outlets_or_bodies(nlp, text):
    assert _people(nlp, text) == set()


def test_a_title_case_headline_is_left_alone(nlp):
    assert "Okonjo" not in _people(nlp, "Okonjo Meets Mwangaza In Nairobi Over Trade Row")


def test_a_visit_object_stays_a_place(run):
    rows = event_rows(run("Okonjo will visit Kisumu next week."))
    assert all("Kisumu" not in r[1] for r in rows)


@pytest.mark.parametrize("text", [
    "Pilgrims from Chad and Niger visited the shrine this month.",
    "Applicants may visit any consular office.",
    "Deportivo Juniors visit Kasama on Sunday.",
])
def test_a_plural_subject_is_no_person(nlp, text):
    assert _people(nlp, text) == set()


def test_a_titled_name_is_left_to_the_title_rules(nlp):
    doc = nlp("Secretary of Defense Jim Roe met yesterday with Minister for Defence Ana Kovac in Brussels.")
    assert contact_names(doc, [], doc.text) == []
