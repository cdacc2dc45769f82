"""Meetings of standing bodies (sessions, joint commissions, councils), datelined "here", misread state names."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.events.status import status_of
from diplograph.records import Document

PUBLISHED = date(2024, 10, 18)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    from diplograph.extract import extract_one

    cache: dict[str, object] = {}

    def go(text: str):
        if text not in cache:
            doc = Document(id="case", text=text, published=PUBLISHED, publisher="Wire")
            cache[text] = extract_one(nlp(text), doc)
        return cache[text]

    return go


def events_with(ex, *parts: str) -> list:
    """Events whose participants' names hold every part."""
    table = {a.key: a.name for a in ex.actors}
    return [ev for ev in ex.events
            if all(p.lower() in " | ".join(table.get(k, k) for k in ev.participants).lower() for p in parts)]


def one_event(ex, *parts: str):
    found = events_with(ex, *parts)
    assert len(found) == 1, [(e.type, e.participants, e.status) for e in ex.events]
    return found[0]


@pytest.mark.parametrize("text,parts,status,day,place", [
    ("Arab League foreign ministers held their 163rd ordinary session in Cairo on Wednesday.",
     ("Arab League",), "held", "2024-10-16", "Cairo"),
    ("Nordic Council ministers held a ministerial session in Helsinki on Tuesday and issued a statement.",
     ("Nordic Council",), "held", "2024-10-15", "Helsinki"),
    ("Ghana and Togo agreed on Monday to convene their Joint Permanent Commission in Lome in December.",
     ("Ghana", "Togo"), "agreed", "2024-12", "Lome"),
    ("The ECOWAS Council of Ministers was held in Abuja on Thursday.",
     ("ECOWAS",), "held", "2024-10-17", "Abuja"),
])
def test_a_standing_body_meets(run, text, parts, status, day, place):
    ev = one_event(run(text), *parts)
    assert ev.type == "meeting" and ev.status == status
    assert ev.time is not None and ev.time.value == day
    assert ev.location == place


@pytest.mark.parametrize("text", [
    "Parliament's budget session ended late on Thursday.",
    "The team's training session in Doha was cut short by the heat.",
    "The commission published its annual report on Thursday.",
    "The electoral commission met on Monday to count the ballots.",
])
def test_sessions_and_commissions_that_are_no_diplomacy(run, text):
    assert run(text).events == ()


def test_speaking_ministers_still_meet_for_their_bloc(run):
    ex = run("ASEAN economic ministers met in Vientiane on Tuesday and called for calm in the South China Sea.")
    ev = one_event(ex, "ASEAN")
    assert ev.status == "held" and ev.location == "Vientiane"


def test_preparations_for_an_event_put_it_ahead(nlp):
    doc = nlp("The two presidents discussed preparations for the summit in Astana.")
    assert status_of(next(t for t in doc if t.text == "summit")) == "scheduled"


def test_a_participle_on_the_body_dates_its_meeting(run):
    ex = run("The presidents discussed the meeting of the Intergovernmental Commission scheduled for November in Baku.")
    ev = one_event(ex, "Intergovernmental Commission")
    assert ev.status == "scheduled" and ev.time is not None and ev.time.value == "2024-11"


def test_held_here_is_held_at_the_dateline(run):
    ex = run("NAIROBI, Oct 17 (KNA) -- The East African Community Council of Ministers was held here on Thursday.")
    ev = one_event(ex, "Council of Ministers")
    assert ev.location == "Nairobi" and ev.time is not None and ev.time.value == "2024-10-17"


@pytest.mark.parametrize("text,state", [
    ("New Zealand's foreign minister will travel to Tuvalu on Monday.", "Tuvalu"),
    ("The Indian prime minister will pay a state visit to Kyrgyzstan next week.", "Kyrgyzstan"),
])
def test_a_state_the_tagger_misread_is_still_the_place_visited(run, text, state):
    ev = one_event(run(text), state)
    assert ev.type == "visit" and ev.status == "scheduled" and ev.location == state


def test_during_a_visit_still_ahead_is_no_report_that_it_was_held(run):
    ex = run("Uzbek President Shavkat Mirziyoyev will visit Tajikistan in November. During the visit, the two "
             "presidents are expected to sign a water treaty.")
    found = events_with(ex, "Mirziyoyev", "Tajikistan")  # the visit, and the signing "the two presidents" expect
    assert [e.type for e in found if e.type != "signing"] == ["visit"]
    assert {e.status for e in found} == {"scheduled"}


def test_a_counterpart_and_the_state_he_holds_office_for_are_one_side(run):
    ex = run("Kazakh President Kassym-Jomart Tokayev rejected a proposal from his Uzbek counterpart Shavkat Mirziyoyev "
             "to meet in Samarkand, the Uzbek foreign ministry said.")
    ev = one_event(ex, "Tokayev", "Mirziyoyev")
    assert ev.status == "declined"
    assert not any(k.startswith("state:") for k in ev.participants)


@pytest.mark.parametrize("text,part,status", [
    ("Spanish Prime Minister Pedro Sanchez hosted a virtual meeting of about 30 leaders on Wednesday.", "Sanchez",
     "held"),
    ("Leaders of the G20 grouping will hold a video summit on Monday to discuss debt relief.", "G20", "scheduled"),
])
def test_a_virtual_gathering_is_a_call_of_its_host_or_body(run, text, part, status):
    ev = one_event(run(text), part)
    assert ev.type == "call" and ev.status == status and len(ev.participants) == 1


def test_a_lone_video_call_without_a_gathering_is_no_event(run):
    assert run("The president was on a video call for most of Wednesday.").events == ()


@pytest.mark.parametrize("text,word,expected", [
    ("Talks between the two governments collapsed in Geneva on Thursday.", "Talks", "held"),
    ("The meeting lasted nearly two hours.", "meeting", "held"),
    ("The summit never happened.", "summit", None),
    ("The talks failed to take place.", "talks", None),
    ("The planned summit collapsed.", "summit", "proposed"),
])
def test_an_event_that_did_something_in_the_past_took_place(nlp, text, word, expected):
    assert status_of(next(t for t in nlp(text) if t.text == word)) == expected


@pytest.mark.parametrize("text,parts", [
    ("Chile's foreign minister Alberto van Klaveren is heading to Lima for talks with President Dina Boluarte "
     "on trade.", ("Boluarte", "Klaveren")),
    ("Mexico's foreign minister Juan Ramon de la Fuente is travelling to Guatemala City for talks with President "
     "Bernardo Arevalo on migration.", ("Arevalo", "Fuente")),
])
def test_talks_a_trip_under_way_is_for_are_scheduled_without_a_date(run, text, parts):
    talks = [e for e in events_with(run(text), *parts) if e.type == "talks"]
    assert talks and all(e.status == "scheduled" for e in talks)


@pytest.mark.parametrize("text,parts", [
    ("Finland's prime minister met European Commissioner for Energy Dan Jorgensen in Helsinki on Tuesday.",
     ("Finland", "Dan Jorgensen")),
    ("The UN envoy met the chairman of the African Union Commission in Addis Ababa on Monday.",
     ("United Nations", "African Union")),
    ("Kenya's foreign minister met the head of Somalia's electoral commission in Nairobi on Monday.",
     ("Kenya", "Somalia")),
])
def test_a_title_holder_met_is_named_in_the_title_phrase(run, text, parts):
    ev = one_event(run(text), *parts)
    assert ev.type == "meeting" and ev.status == "held"


@pytest.mark.parametrize("text,parts,place", [
    ("The defence ministers of Chad, Cameroon and Niger met in Niamey on Wednesday.", ("Chad", "Cameroon"),
     "Niamey"),  # the capital tagged an organisation
    ("Croatia's prime minister met European Commissioner for Enlargement Marta Kos in Zagreb on Monday.",
     ("Croatia", "Marta Kos"), "Zagreb"),  # the place hung on the name after the portfolio
    ("Ghana's president met President Faure Gnassingbe of Togo in Accra on Monday.", ("Ghana", "Gnassingbe"),
     "Accra"),  # hung on the state after the name
    ("Ghana and Togo agreed to hold a meeting between the two governments in Lome next month.", ("Ghana", "Togo"),
     "Lome"),  # hung on the parties the meeting is between
])
def test_the_place_of_a_meeting(run, text, parts, place):
    assert one_event(run(text), *parts).location == place


@pytest.mark.parametrize("text,status", [
    ("President Lula arrived in Santiago on Friday morning. Later today he sits down with President Gabriel "
     "Boric for talks on trade.", "scheduled"),
    ("President Lula met President Gabriel Boric in Santiago later that day.", "held"),
])
def test_later_today_is_ahead_in_the_present_tense(run, text, status):
    assert one_event(run(text), "Lula", "Boric").status == status


def test_a_history_of_delays_does_not_cancel_a_meeting_ahead(run):
    ex = run("Armenian and Azerbaijani negotiators will meet in Vienna next week. The talks had been postponed "
             "twice since the summer.")
    assert one_event(ex, "Armenia", "Azerbaijan").status == "scheduled"


def test_a_deal_signed_by_two_parties_in_the_passive(run):
    ev = one_event(run("A trade agreement was signed in Lima on Monday by Peru's foreign minister and his Chilean "
                       "counterpart."), "Peru", "Chile")
    assert ev.type == "signing" and ev.status == "held" and ev.location == "Lima"
    assert run("The letter was signed by 40 lawmakers.").events == ()


def test_the_holder_set_off_by_commas_after_the_object_is_the_guest(nlp):
    from spacy.tokens import Doc

    from diplograph.extract.base import ActorMention, DocActors
    from diplograph.extract.events.participants import Parties

    # "Ruto received the envoy, Ana Lima, today.", parsed with the name hung on the verb as a noun of time
    words = ["Ruto", "received", "the", "envoy", ",", "Ana", "Lima", ",", "today", "."]
    heads = [1, 1, 3, 1, 1, 6, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "npadvmod", "punct", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    name = doc[5:7]
    lima = ActorMention(name.start_char, name.end_char, "Ana Lima", "person:ana-lima", "Ana Lima", "person", "name")
    assert Parties(DocActors([lima])).loose_appositions(doc[1]) == ["person:ana-lima"]
    today = ActorMention(doc[8].idx, doc[8].idx + 5, "today", "person:today", "today", "person", "name")
    assert Parties(DocActors([today])).loose_appositions(doc[1]) == []  # a common noun of time is no name


def test_the_place_of_a_topic_is_not_the_place_of_the_talks_agreed(run):
    ex = run("Ghana and Togo agreed on Monday to begin negotiations for the dispute in the Volta region.")
    ev = one_event(ex, "Ghana", "Togo")
    assert ev.status == "agreed" and ev.location is None


def test_a_building_named_by_the_tagger_ends_with_its_phrase(run):
    ex = run("BEIJING: Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping at "
             "the Great Hall of the People on the 14th, the first day of a three-day state visit.")
    ev = one_event(ex, "Lula", "Xi")
    assert ev.location == "Beijing" and ev.time is not None and ev.time.value == "2024-10-14"  # the hall's city


def test_a_call_does_not_take_the_place_of_the_meeting_it_arranged(run):
    ex = run("Kenya's president and Uganda's president agreed during a phone call on Tuesday to meet in Kampala "
             "next month.")
    calls = [e for e in events_with(ex, "Kenya", "Uganda") if e.type == "call"]
    meetings = [e for e in events_with(ex, "Kenya", "Uganda") if e.type == "meeting"]
    assert len(calls) == 1 and calls[0].location is None
    assert len(meetings) == 1 and meetings[0].location == "Kampala" and meetings[0].status == "agreed"
