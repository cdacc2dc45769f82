"""Event participants named by title, shorthand, demonym or pronoun ("the Ethiopian PM", "the Thai army chief",
"received her"): each stands for the right side, never for the other party or the one reporting it."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2026, 3, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_a_demonym_before_an_army_chief_names_the_state(run):
    ex = run("The Bolivian army chief met the Peruvian defence minister in La Paz on Monday.")
    assert events_with(ex, "Bolivia", "Peru")


def test_upper_case_shorthand_is_a_title_after_a_demonym(run):
    ex = run("The Maltese PM held talks with the Tunisian president in Valletta on Tuesday.")
    assert events_with(ex, "Malta", "Tunisia")
    ex = run("At 3 pm the Maltese delegation left the hall.")
    assert not event_rows(ex)


def test_demonyms_the_country_data_lacks(run):
    ex = run("The Djiboutian foreign minister met the Maldivian president in Male on Monday.")
    assert events_with(ex, "Djibouti", "Maldives")
    ex = run("Slovenian and Ecuadorian officials held talks in Quito on Monday.")
    assert events_with(ex, "Slovenia", "Ecuador")


def test_a_named_host_is_not_the_guest_his_sentence_names_by_title(run):
    ex = run("President Okello received the Rwandan president at his residence on Monday.")
    assert events_with(ex, "Okello", "Rwanda")
    ex = run("Chancellor Brandt met the Austrian chancellor in Munich on Monday.")
    assert events_with(ex, "Brandt", "Austria")


def test_a_description_in_a_later_sentence_still_continues_the_named_holder(run):
    ex = run("President Okello arrived in Kigali on Monday. The Ugandan president met Rwandan officials on Tuesday.")
    assert any(r[0] == "meeting" for r in events_with(ex, "Okello", "Rwanda"))


def test_an_object_pronoun_continues_an_office_named_before(run):
    ex = run("The Chilean foreign minister landed in Asuncion on Monday. Paraguay's president received her on "
             "Tuesday.")
    assert any(r[0] == "meeting" for r in events_with(ex, "Chile", "Paraguay"))
    ex = run("The Angolan president flew to Windhoek on Sunday, and the Namibian president will receive him on "
             "Monday, a presidential aide, Petrus Haindongo, said.")
    assert any(r[0] == "meeting" for r in events_with(ex, "Angola", "Namibia"))
    assert not events_with(ex, "Haindongo")


def test_an_object_pronoun_is_not_its_own_clauses_subject(run):
    ex = run("The Gabonese president arrived in Yaounde on Sunday. President Biya held talks with him on Monday.")
    assert any(r[0] == "talks" and len(r[1]) == 2 for r in events_with(ex, "Biya", "Gabon"))


def test_a_title_met_under_a_dateline_is_a_counterpart_beside_the_visit(run):
    ex = run("RABAT, March 10 (Wire) - The Mauritanian prime minister arrived in Rabat on Tuesday on a two-day "
             "visit during which he held talks with the King on fisheries.")
    types = {r[0] for r in events_with(ex, "Mauritania", "Morocco")}
    assert {"visit", "talks"} <= types


def test_a_possessive_the_tagger_took_into_a_place_name_keeps_the_state(run):
    ex = run("The Chadian foreign minister met South Sudan's president in Juba on Tuesday.")
    assert events_with(ex, "Chad", "South Sudan")


def test_a_stay_away_told_by_state_and_by_name_is_one_refusal(run):
    ex = run("Czech PM skips Central European summit\n\nThe leaders met in Vienna on Tuesday for the Central "
             "European summit, which Czech Prime Minister Jana Novakova decided not to attend.")
    assert len([r for r in event_rows(ex) if r[2] == "declined"]) == 1


def test_a_refused_reception_of_him_takes_no_one_named_before(run):
    ex = run("Prime Minister Ana Ruiz met the Chilean president on Monday. A visit to Lima by Bolivia's foreign "
             "minister will not go ahead after the government refused to receive him.")
    assert not any("Ruiz" in n and "Bolivia" in m for r in event_rows(ex) for n in r[1] for m in r[1])


def test_an_office_of_the_secretary_general_stands_for_the_body(run):
    ex = run("The Special Envoy of the Secretary-General for the Great Lakes met Burundi's president in Gitega on "
             "Monday and will travel to Kinshasa later this week.")
    assert events_with(ex, "United Nations", "Burundi")
    assert any(r[0] == "visit" for r in events_with(ex, "United Nations"))


def test_a_named_visit_before_its_talks_told_next_is_an_event_of_its_own(run):
    ex = run("The Kenyan foreign minister will visit Lusaka next week, the ministry said.\n\nShe will hold talks "
             "with her Zambian counterpart on the rail corridor.")
    types = {r[0] for r in events_with(ex, "Kenya", "Zambia")}
    assert {"visit", "talks"} <= types



def test_a_contact_split_from_a_trip_takes_its_city_not_its_state():
    from diplograph.extract.events.coref import Cluster, Sighting, split_trip
    from diplograph.extract.events.participants import Roles

    def seen(kind, no, parts, place, **kw):
        return Sighting(kind, no * 100, no * 100 + 5, no, Roles(participants=parts, location=place, **kw), "scheduled",
                        None, None, None, None, False, named_visit=kind == "visit")

    trips = [seen("visit", 0, ["person:a", "state:GHA"], "Ghana", received_by="state:GHA"),
             seen("visit", 1, ["person:a", "state:GHA"], "Accra", received_by="state:GHA")]
    call = seen("meeting", 2, ["person:a", "person:b"], None, counterpart=True)
    parts = split_trip(Cluster([*trips, call]), {"person:b": "state:GHA"})
    contact = next(c for c in parts if c.sightings[0].type == "meeting")
    assert contact.sightings[0].roles.location == "Accra"


def test_a_description_in_a_named_subjects_clause_is_someone_else(run):
    # "Fiame accepted an invitation from the Japanese Prime Minister": not Fiame, so Fiame stays unplaced in Japan
    rows = event_rows(run("APIA – Prime Minister Tuilaepa Fiame on Monday received Japan's Vice Foreign Minister Taro "
                          "Sato at the Government Building. Fiame has accepted an invitation from the Japanese Prime "
                          "Minister to visit Tokyo in September."))
    assert [r[4] for r in rows if r[0] == "meeting"] == ["Apia"]
    assert [len(r[1]) for r in rows if r[0] == "visit"] == [2]
