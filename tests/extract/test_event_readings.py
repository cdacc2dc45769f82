"""Readings of event mentions: a trip and the talks it is for (which is the event, when the visit is one of its own),
prospects denied or only asked about, conditions, idioms, and a summit one party stays away from."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows, events_with as having, extractor

PUBLISHED = date(2024, 6, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher=None)


def test_talks_with_a_guest_on_a_state_visit_are_two_events(run):
    ex = run("Chilean President Gabriel Boric held talks with Uruguayan President Yamandu Orsi, who is on a state "
             "visit to Chile, in Santiago on Monday.")
    talks = [r for r in having(ex, "Boric", "Orsi") if r[0] == "talks"]
    visits = [r for r in having(ex, "Orsi", "Chile") if r[0] == "visit"]
    assert len(talks) == 1 and talks[0][2] == "held" and talks[0][3] == "2024-06-10"
    assert len(visits) == 1 and visits[0][2] == "held" and "Boric" not in " ".join(visits[0][1])


@pytest.mark.parametrize("text,parts,kind,status,day,place", [
    # a trip made for talks with a named counterpart: the talks, dated and placed by the trip
    ("Ghana's foreign minister will travel to Dakar on Friday for talks with Senegalese Foreign Minister "
     "Yassine Fall.", ("Ghana", "Fall"), "talks", "scheduled", "2024-06-14", "Dakar"),
    ("Mongolian President Ukhnaagiin Khurelsukh arrived in Seoul on Tuesday to meet South Korean President "
     "Yoon Suk Yeol.", ("Khurelsukh", "Yoon"), "meeting", "held", "2024-06-11", "Seoul"),
    # a reception and a courtesy call are the two sides meeting
    ("Thai Prime Minister Srettha Thavisin hosted Malaysian Prime Minister Anwar Ibrahim in Bangkok on Tuesday.",
     ("Srettha", "Anwar"), "meeting", "held", "2024-06-11", "Bangkok"),
    ("Canada's ambassador to Jamaica, Emina Tudakovic, paid a courtesy call on Prime Minister Andrew Holness in "
     "Kingston on Monday.", ("Canada", "Holness"), "meeting", "held", "2024-06-10", "Kingston"),
    # a trip for talks that name no one beyond the state visited stays a visit
    ("Egypt's foreign minister visited Jordan on Sunday for talks on regional security.", ("Egypt", "Jordan"),
     "visit", "held", "2024-06-09", None),
    # a refused reception: the guests' trip is refused
    ("Belarus refused to receive a delegation from the European Union.", ("Belarus", "European Union"), "visit",
     "declined", None, None),
])
def test_the_contact_decides_the_type(run, text, parts, kind, status, day, place):
    found = [r for r in having(run(text), *parts) if r[0] == kind]
    assert len(found) == 1, rows(run(text))
    _, _, got_status, got_day, got_place = found[0]
    assert (got_status, got_day) == (status, day)
    assert place is None or got_place == place


def test_a_reception_by_a_title_alone_takes_the_state_of_its_place(run):
    ex = run("The President received Bahamian Prime Minister Philip Davis in Nairobi on Friday.")
    (meeting,) = [r for r in rows(ex) if r[0] == "meeting"]
    assert {"Kenya"} <= meeting[1] and any("Davis" in n for n in meeting[1])


def test_a_visit_named_beside_the_talks_is_its_own_event(run):
    ex = run("Laotian Prime Minister Sonexay Siphandone flew to Hanoi on Monday for talks with Vietnamese Prime "
             "Minister Pham Minh Chinh, a visit that both sides called historic.")
    kinds = {r[0] for r in having(ex, "Sonexay")}
    assert kinds == {"talks", "visit"}
    (visit,) = [r for r in having(ex, "Sonexay") if r[0] == "visit"]
    assert any("Viet" in n for n in visit[1]) and not any("Pham" in n for n in visit[1])


@pytest.mark.parametrize("text,word", [
    ("Zambia's president will travel to Gaborone on Thursday for a working visit, during which he will meet "
     "Botswana's President Duma Boko.", "Boko"),
    ("Kenya's foreign minister is to hold talks with her Ugandan counterpart in Kampala next week.", "Uganda"),
])
def test_a_finite_clause_ahead_is_scheduled(run, text, word):
    found = [r for r in rows(run(text)) if r[0] in ("meeting", "talks") and any(word in n for n in r[1])]
    assert found and all(r[2] == "scheduled" for r in found), rows(run(text))


def test_a_question_claims_no_status(run):
    ex = run("REPORTER: Is the Prime Minister going to Port Moresby this week?\n\nSPOKESMAN: Yes. Prime Minister "
             "Christopher Luxon will travel to Port Moresby on Friday.")
    visits = [r for r in rows(ex) if r[0] == "visit"]
    assert visits and all(r[2] == "scheduled" for r in visits), rows(ex)


@pytest.mark.parametrize("text", [
    "Diplomats say a summit between the Armenian and Azerbaijani leaders is unlikely before the spring.",
    "The presidents of Chad and Sudan are unlikely to meet this year.",
    "A Foreign Office spokesman said there were no plans for a meeting with the Venezuelan foreign minister.",
    "Thailand has no plans to hold talks with Cambodia on the border.",
    "There are no plans for Ghanaian President John Mahama to meet Togo's president.",
    "Asked whether Indonesia would hold talks with Australia on the treaty, the minister declined to comment.",
    "The leaders of Bolivia and Chile have not met in more than a decade.",
    "Seoul would meet Tokyo halfway if it dropped the export curbs.",
])
def test_a_denied_or_questioned_prospect_is_no_event(run, text):
    assert rows(run(text)) == []


@pytest.mark.parametrize("text,parts,status", [
    # a condition leaves the meeting proposed, not denied
    ("Kenyan President William Ruto would meet Ugandan President Yoweri Museveni if the ceasefire held, his "
     "spokesman said.", ("Ruto", "Museveni"), "proposed"),
    ("Ethiopia's prime minister ruled out talks with Eritrea.", ("Ethiopia", "Eritrea"), "declined"),
])
def test_conditions_and_refusals_keep_their_event(run, text, parts, status):
    found = [r for r in rows(run(text)) if all(any(p in n for n in r[1]) for p in parts)]
    assert found and found[0][2] == status, rows(run(text))


@pytest.mark.parametrize("text,who", [
    ("Colombian President Gustavo Petro turned down an invitation to the summit in Lima.", "Petro"),
    ("Hungary's prime minister declined to attend the summit in Brussels on Thursday.", "Hungary"),
])
def test_a_summit_one_party_stays_away_from_is_declined_by_it(run, text, who):
    (summit,) = [r for r in rows(run(text)) if r[0] == "summit"]
    assert summit[2] == "declined" and any(who in n for n in summit[1])


@pytest.mark.parametrize("text", [
    "Slovakia's prime minister has ruled out a meeting with Ukraine's president during the summit.",
    "Mali's foreign minister refused talks with the junta's envoy on the sidelines of the conference.",
])
def test_a_summit_that_is_only_the_backdrop_of_a_refusal_is_not_declined(run, text):
    assert not [r for r in rows(run(text)) if r[0] in ("summit", "conference") and r[2] == "declined"]


def test_the_host_named_in_a_hosted_modifier_takes_part(run):
    (summit,) = [r for r in rows(run("Peru declined to attend a Chilean-hosted summit in Santiago.")) if r[0] == "summit"]
    assert summit[1] == {"Peru", "Chile"} and summit[2] == "declined"


def test_the_day_before_counts_from_the_day_the_sentence_names(run):
    ex = run("Kenyan Foreign Minister Musalia Mudavadi, who had met Somali officials in Mogadishu the day before, "
             "flew to Addis Ababa on Tuesday for talks with Ethiopian Foreign Minister Gedion Timothewos.")
    (meeting,) = [r for r in having(ex, "Mudavadi", "Somalia") if r[0] == "meeting"]
    (talks,) = [r for r in having(ex, "Mudavadi", "Gedion") if r[0] == "talks"]
    assert (meeting[3], talks[3]) == ("2024-06-10", "2024-06-11")


@pytest.mark.parametrize("text,parts", [
    ("Ramaphosa, Tinubu hold talks in Abuja on sidelines of ECOWAS summit", ("Ramaphosa", "Tinubu")),
    ("Kagame, Museveni hold talks in Kigali", ("Kagame", "Museveni")),
])
def test_a_comma_joined_headline_pair_holds_talks_on_the_day_of_the_page(run, text, parts):
    (talks,) = [r for r in having(run(text), *parts) if r[0] == "talks"]
    assert talks[2:4] == ("held", PUBLISHED.isoformat())


def test_a_gathering_for_a_summit_is_that_summit(run):
    ex = run("African Union leaders gathered in Addis Ababa on Sunday for their annual summit, with the war in Sudan "
             "dominating the agenda.")
    assert [(r[0], r[2], r[4]) for r in rows(ex)] == [("summit", "held", "Addis Ababa")]


@pytest.mark.parametrize("text", [
    "President of Tajikistan Rustam Davlatov held talks with President of Turkmenistan Berdy Ovezov at the palace on "
    "Friday, the press service of the Tajik head of state reported.",
    "The minister met Chile's foreign minister in Lima, the press office of the Peruvian government said.",
])
def test_a_press_service_that_reports_a_meeting_is_not_a_party_to_it(run, text):
    assert not [r for r in rows(run(text)) if any("press" in n.lower() for n in r[1])]


@pytest.mark.parametrize("sentence,day", [
    ("Ghana and Togo hold talks in Lome on Friday on the border crossings.", "2024-06-14"),
    ("Peru's foreign minister meets her Bolivian counterpart in La Paz on Monday to discuss the lake.", "2024-06-17"),
    ("The Lao prime minister travels to Hanoi tomorrow for talks with his Vietnamese counterpart.", "2024-06-13"),
])
def test_a_plain_present_with_a_day_of_its_own_is_a_timetable(run, sentence, day):
    ex = run(sentence)
    assert [(r[2], r[3]) for r in rows(ex) if r[0] in ("talks", "meeting")] == [("scheduled", day)], rows(ex)


@pytest.mark.parametrize("sentence,status", [
    ("Ghana and Togo held talks in Lome on Friday on the border crossings.", "held"),
    ("Ghana, Togo hold talks on border crossings", "held"),  # a headline's present names no day
])
def test_a_past_or_a_dayless_headline_present_stays_held(run, sentence, status):
    assert [r[2] for r in rows(run(sentence)) if r[0] == "talks"] == [status], rows(run(sentence))


def test_a_headline_present_with_a_day_is_news_of_it(run):
    ex = run("Ghana's president meets Togo's president on Monday\nThe two leaders discussed the border crossings.")
    assert [r[2] for r in rows(ex) if r[0] == "meeting"] == ["held"], rows(ex)



@pytest.mark.parametrize("text,word,status", [
    # a plan announced as fact, with no day: scheduled
    ("Estonian Foreign Minister Kaja Mets is expected to hold talks with her Finnish counterpart in Helsinki.",
     "Finland", "scheduled"),
    ("Estonia's president is expected to visit Finland.", "Finland", "scheduled"),
    ("Ghana and Togo held talks in Accra on Monday. The next round is due to be held in Lome.", "Lome", "scheduled"),
    ("Officials said further talks between Peru and Ecuador are to be held in Quito.", "Quito", "scheduled"),
    # a wish or a possibility stays proposed
    ("Estonia's president hoped to visit Finland soon.", "Finland", "proposed"),
    ("Estonia's president wants to meet Finland's president.", "Finland", "proposed"),
    ("Estonia's president could meet Finland's president in Helsinki.", "Finland", "proposed"),
])
def test_an_undated_plan_told_as_fact_is_scheduled(run, text, word, status):
    found = [r for r in rows(run(text)) if r[3] is None and (word in r[1] or r[4] == word)]
    assert len(found) == 1 and found[0][2] == status, rows(run(text))



def test_talks_with_one_minister_and_a_meeting_with_another_stay_two_plans(run):
    ex = run("Peru's foreign minister Ana Quispe will travel to Quito on Friday for talks with Ecuadorian Foreign "
             "Minister Luis Andrade. Quispe is also expected to meet Ecuadorian President Marco Salinas.")
    assert [r for r in having(ex, "Quispe", "Salinas") if r[0] == "meeting"], rows(ex)
