"""Whole pages: one event told over a headline and several paragraphs, datelines after page furniture."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from harness import event_rows as rows, events_with as with_parties

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one page; its first line is the headline when ``headline`` is set."""
    from diplograph.extract import extract_one

    def go(text: str, headline: bool = False, published: date = PUBLISHED):
        title = text.split("\n", 1)[0].strip() if headline else None
        doc = Document(id="page", text=text, published=published, title=title)
        return extract_one(nlp(text), doc)

    return go


def test_headline_naming_one_leader_by_state_is_the_body_talks(run):
    ex = run("Kenya's Mwangi, Tanzanian President Kessy Hold Talks On Lake Victoria Fishing\n\n"
             "Kenya's President Daniel Mwangi and Tanzanian President Amina Kessy held talks in Arusha on Monday.\n\n"
             "The two leaders also discussed the standard gauge railway, officials said.", headline=True)
    talks = [r for r in rows(ex) if r[0] == "talks"]
    assert len(talks) == 1, rows(ex)
    assert talks[0][3:] == ("2024-03-11", "Arusha")


def test_resumed_talks_in_headline_and_body_are_one_round_dated_by_the_body(run):
    ex = run("Chile, Peru resume border talks in Lima\n\n"
             "Chile and Peru resumed talks on their maritime border on Tuesday after a two-year pause.\n\n"
             "Both delegations said the atmosphere had improved.", headline=True)
    found = with_parties(ex, "Chile", "Peru")
    assert len(found) == 1, rows(ex)
    assert found[0][2:] == ("held", "2024-03-12", "Lima")


def test_a_headline_and_a_later_round_elsewhere_stay_apart(run):
    ex = run("Chile, Peru resume border talks in Lima\n\n"
             "Chile and Peru resumed talks on their maritime border on Tuesday in Lima.\n\n"
             "Chile and Peru last held talks in Santiago in January 2022.", headline=True)
    places = sorted(r[4] or "" for r in with_parties(ex, "Chile", "Peru"))
    assert "Lima" in places and len(places) == 2, rows(ex)


@pytest.mark.parametrize("dateline", [
    "TASHKENT. March 4. KUN NEWS - ",  # day after full stops, agency in capitals
    "Tashkent, 4 March 2024 - ",  # a place in ordinary case with its day
])
def test_dateline_forms_give_the_story_day(run, dateline):
    text = ("Uzbekistan and Kyrgyzstan sign water deal\n\n"
            f"{dateline}Uzbekistan's President Timur Rakhmatov held talks with Kyrgyz President Azamat Dzhumabaev "
            "on Monday, the presidential press service said.")
    found = with_parties(run(text, published=date(2024, 3, 12)), "Rakhmatov", "Dzhumabaev")
    assert [r[3] for r in found] == ["2024-03-04"], found


def test_dateline_after_blanked_page_furniture_dates_today(run):
    furniture = "\n".join(" " * 30 for _ in range(12))
    text = (f"{furniture}\nMinister meets Chilean counterpart\n\n"
            "March 4, 2024 - Ottawa, Ontario - Global Affairs\n\n"
            "Canada's foreign minister today met with Chile's foreign minister, Ines Valdivia.")
    found = with_parties(run(text), "Canada", "Ines Valdivia")  # the minister named in apposition takes part
    assert [r[3] for r in found] == ["2024-03-04"], rows(run(text))


@pytest.mark.parametrize("text,place", [
    ("On Wednesday, the Turkish minister travelled to Erbil, where he met Iraqi Kurdish leader Sirwan Hawrami.",
     "Erbil"),
    ("South Korea's foreign minister held talks with his Japanese counterpart Takeshi Morimoto in Tokyo on Monday.",
     "Tokyo"),
    ("Mexico's President Lorena Ibarra and Guatemala's President Rafael Quinonez met at a military base on the "
     "outskirts of Tapachula on Wednesday.", "Tapachula"),
    ("Argentina's President Martin Echagaray and Brazil's President Ricardo Vasconcelos held a bilateral meeting at "
     "a hotel in the Paraguayan capital on Thursday.", "Asuncion"),
])
def test_the_place_given_around_the_parties_and_the_building(run, text, place):
    assert [r[4] for r in rows(run(text))] == [place]


def test_a_meeting_on_the_sidelines_is_where_the_articles_summit_is(run):
    ex = run("EU leaders opened a two-day summit in Brussels on Thursday.\n\n"
             "On the sidelines, Polish prime minister Tomasz Wierzbicki and German chancellor Konrad Albrecht held a "
             "bilateral meeting, a spokesperson said.")
    assert [r[4] for r in with_parties(ex, "Wierzbicki", "Albrecht")] == ["Brussels"]


def test_sidelines_of_two_gatherings_give_no_place(run):
    ex = run("EU leaders held a summit in Brussels on Thursday, a week after a NATO summit in Vilnius.\n\n"
             "On the sidelines, Polish prime minister Tomasz Wierzbicki and German chancellor Konrad Albrecht held a "
             "bilateral meeting, a spokesperson said.")
    assert [r[4] for r in with_parties(ex, "Wierzbicki", "Albrecht")] == [None]


def test_a_signing_after_the_talks_takes_their_day_and_place(run):
    ex = run("Prime Minister Arvind Mehra and Sri Lankan President Chaminda Wijesinghe held talks in New Delhi on "
             "Monday.\n\nAfter the talks, India and Sri Lanka signed a memorandum of understanding on defence.")
    signing = [r for r in rows(ex) if r[0] == "signing"]
    assert [r[3:] for r in signing] == [("2024-03-11", "New Delhi")], rows(ex)


def test_a_signing_after_the_talks_keeps_the_day_and_place_it_gives(run):
    ex = run("Prime Minister Arvind Mehra and Sri Lankan President Chaminda Wijesinghe held talks in New Delhi on "
             "Monday.\n\nAfter the talks, India and Sri Lanka signed a defence agreement in Colombo on Tuesday.")
    assert [r[3:] for r in rows(ex) if r[0] == "signing"] == [("2024-03-12", "Colombo")], rows(ex)


def test_a_palace_is_read_as_the_city_of_the_same_partys_talks_that_day(run):
    ex = run("Turkiye's Foreign Minister Kerem Yildirimoglu held talks in Baghdad on Tuesday with Iraqi Prime Minister "
             "Haidar al-Saadi.\n\nYildirimoglu later met Iraqi President Nawzad Barzinji at the Salam Palace.")
    assert [r[4] for r in with_parties(ex, "Barzinji")] == ["Baghdad"], rows(ex)


def test_a_palace_is_not_read_as_the_city_of_a_trip_that_day(run):
    ex = run("Indonesia's President Hendra Wijayakusuma departed for Seoul on Sunday for a summit, after receiving "
             "Timor-Leste Prime Minister Joaquim Belo at the Merdeka Palace.")
    assert "Seoul" not in [r[4] for r in with_parties(ex, "Belo")], rows(ex)


def test_the_chairperson_later_on_the_page_is_the_chairperson_named_first(run):
    ex = run("The Chairperson of the African Union Commission, Abdourahmane Kane Ndiaye, met South Sudan's foreign "
             "minister Rebecca Akol in Addis Ababa on Tuesday.\n\n"
             "The two sides agreed that the Chairperson would undertake a working visit to Juba this month.")
    assert [r[4] for r in with_parties(ex, "Kane Ndiaye", "South Sudan")] == ["Juba"], rows(ex)
    assert not any(a.name == "Chairperson" for a in ex.actors)


def test_entries_under_date_headings_happen_on_their_headings_day(run):
    ex = run("Readouts of the Secretary-General's meetings\n\n19 February 2025\n\n"
             "The Secretary-General met today with Mr. Andres Restrepo, Minister for Foreign Affairs of Colombia.\n\n"
             "17 February 2025\n\n"
             "The Secretary-General spoke today with Mr. Samuel Mutai, President of Kenya.",
             published=date(2025, 2, 20))
    assert sorted(r[3] for r in rows(ex)) == ["2025-02-17", "2025-02-19"], rows(ex)
