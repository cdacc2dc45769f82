"""Whole pages, second batch of failure classes: joint bodies, ranks before names, place-only datelines, office
titles the tagger read as bodies."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from diplograph.timex.dateline import dateline_place
from harness import event_rows as rows, events_with as with_parties

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one page; its first line is a headline."""
    from diplograph.extract import extract_one

    def go(text: str, published: date = PUBLISHED):
        doc = Document(id="page", text=text, published=published, title=text.split("\n", 1)[0].strip())
        return extract_one(nlp(text), doc)

    return go


@pytest.mark.parametrize("sentence", [
    "The fourth session of the Zambia-Malawi Joint Permanent Commission opened in Lilongwe on Monday.",
    "Officials said the next meeting of the Chile-Bolivia Intergovernmental Committee would be held in La Paz in May.",
])
def test_a_joint_body_named_by_a_dash_pair_is_those_two_sides_meeting(run, sentence):
    ex = run("Border news\n\n" + sentence)
    pair = [r for r in rows(ex) if r[0] in ("meeting", "talks", "conference")]
    assert len(pair) == 1 and len(pair[0][1]) == 2, rows(ex)
    assert not any("Commission" in n or "Committee" in n for n in pair[0][1]), rows(ex)


def test_a_joint_body_named_short_later_is_the_pair_its_full_name_gave(run):
    ex = run("Trade news\n\nThe Zambia-Malawi Joint Permanent Commission met in Lilongwe on Monday.\n\n"
             "The next meeting of the Joint Permanent Commission will take place in Lusaka in 2025.")
    later = [r for r in rows(ex) if r[4] == "Lusaka"]
    assert later and later[0][1] == frozenset({"Zambia", "Malawi"}), rows(ex)


@pytest.mark.parametrize("rank", ["Captain", "Colonel", "Lieutenant"])
def test_a_military_rank_is_not_part_of_a_leaders_name(run, rank):
    ex = run(f"Sahel news\n\nSenegal's foreign minister Awa Ndoye held talks with {rank} Moussa Traore in Niamey on "
             "Tuesday.")
    assert any(r[1] == frozenset({"Awa Ndoye", "Moussa Traore"}) for r in rows(ex)), rows(ex)


@pytest.mark.parametrize("line,place", [
    ("NAIROBI: Kenya and Uganda agreed ...", "Nairobi"),
    ("Addis Ababa - Prime Minister ...", "Addis Ababa"),
    ("Bishkek, 3 June (Kabar). President ...", "Bishkek"),
    ("MADRID, March 4 (Wire) - Spain ...", "Madrid"),
])
def test_a_dateline_place_with_or_without_a_day(line, place):
    assert dateline_place(f"Headline\n\n{line}", dayless=True) == place


def test_a_dayless_dateline_is_not_read_unless_asked():
    assert dateline_place("Headline\n\nNAIROBI: Kenya and Uganda agreed ...") is None


def test_talks_of_the_datelines_state_without_a_place_are_in_its_capital(run):
    ex = run("Neighbours talk trade\n\nNAIROBI: Uganda's foreign minister Grace Akello held talks with her Kenyan "
             "counterpart Peter Njoroge at the foreign ministry on Thursday.")
    assert [r[4] for r in with_parties(ex, "Akello", "Njoroge")] == ["Nairobi"], rows(ex)


def test_a_past_contact_away_from_the_dateline_day_keeps_no_place(run):
    ex = run("Neighbours talk trade\n\nNAIROBI: Uganda's foreign minister Grace Akello held talks with her Kenyan "
             "counterpart Peter Njoroge in January, officials said.")
    assert [r[4] for r in with_parties(ex, "Akello", "Njoroge")] == [None], rows(ex)


def test_a_visit_to_no_named_place_is_to_the_datelines_state(run):
    ex = run("Guest arrives\n\nNAIROBI: Uganda's foreign minister Grace Akello arrived in the capital on Wednesday "
             "evening for a three-day official visit.")
    visits = [r for r in rows(ex) if r[0] == "visit"]
    assert [(r[1], r[4]) for r in visits] == [(frozenset({"Grace Akello", "Kenya"}), "Nairobi")], rows(ex)


@pytest.mark.parametrize("sentence", [
    "Kenya's president Ruth Wambui will leave on Sunday on an official visit to the Kingdom of Lesotho.",
    "A visit by Kenya's president Ruth Wambui to Maseru, planned for April, was put off.",
])
def test_a_visit_elsewhere_or_by_the_datelines_own_leader_is_not_to_the_dateline(run, sentence):
    ex = run("Travel plans\n\nNAIROBI: " + sentence)
    assert not any(r[4] == "Nairobi" for r in rows(ex)), rows(ex)


@pytest.mark.parametrize("state,guest", [("Guinea-Bissau", "Carlos Mendes"), ("Timor-Leste", "Mateus Ribeiro")])
def test_an_office_the_tagger_read_as_a_body_gives_way_to_its_holder(run, state, guest):
    ex = run(f"Courtesy call\n\nLUSAKA, 14 March 2024 - Secretary-General of COMESA Chileshe Banda met today with the "
             f"Minister for Foreign Affairs of {state}, {guest}, at the COMESA Secretariat.")
    assert [r[1] for r in rows(ex)] == [frozenset({"Chileshe Banda", guest})], rows(ex)


def test_an_organs_one_word_body_names_the_organ_read_later(run):
    ex = run("Courtesy call\n\nABUJA, 14 March 2024 - President of the ECOWAS Commission Omar Toure met today with "
             "Ghana's foreign minister Ama Boateng at the Commission headquarters.")
    assert with_parties(ex, "Boateng"), rows(ex)


def test_a_state_visit_after_landing_at_a_base_named_for_a_capital_is_to_its_state(run):
    ex = run("Guest arrives\n\nBolivian President Luis Mamani landed at the Santiago Air Force Base on Thursday night "
             "for a two-day state visit.")
    assert [(r[1], r[2], r[4]) for r in rows(ex) if r[0] == "visit"] == [
        (frozenset({"Luis Mamani", "Chile"}), "held", "Santiago")], rows(ex)


@pytest.mark.parametrize("verb,status", [("landed", "held"), ("will land", "scheduled")])
def test_landing_for_talks_is_told_like_arriving_for_them(run, verb, status):
    ex = run(f"Guest arrives\n\nBolivian President Luis Mamani {verb} in Santiago on Thursday for talks with Chilean "
             "President Sofia Araya.", published=date(2024, 3, 13) if verb == "will land" else PUBLISHED)
    assert [r[2] for r in with_parties(ex, "Mamani", "Araya")] == [status], rows(ex)



def test_a_joint_body_named_by_what_it_is_gives_way_to_the_sides_the_clause_names(run):
    ex = run("Neighbours\n\nThe minister said Namibia would host a meeting of its Joint Commission with Angola in Windhoek "
             "in October.")
    assert [r[1] for r in rows(ex)] == [frozenset({"Namibia", "Angola"})], rows(ex)


def test_a_joint_body_named_by_what_it_is_gives_way_to_the_states_its_sentence_names(run):
    ex = run("Neighbours\n\nThe Prime Minister of Armenia said a meeting of the Supreme Interstate Council would be held "
             "in Minsk in May.")
    assert not any("Council" in n for r in rows(ex) for n in r[1]), rows(ex)
