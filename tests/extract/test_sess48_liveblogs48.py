"""Live blogs: the stamps that open their entries in the forms outlets use ("4.50pm:", "16:20 local -",
"【14:30】", "0800 GMT -", "2m ago"), a lone entry under a heading that says the page is live, and a live heading's
summary block: what they tell as done with no day was done on the blog's day. Texts invented."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.ingest.clean.page import clean
from diplograph.timex.dateline import entry_stamps, summary_start
from harness import event_rows as rows
from harness import extractor, has_row

PUBLISHED = date(2090, 5, 28)
DAY = "2090-05-28"
MEETS = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("stamp", ["4.50pm:", "16:20 local -", "【14:30】", "[14:30]", "0800 GMT -",
                                   "2m ago", "35 min ago", "3 hours ago", "11:50 a.m.", "21:15 EDT"])
def test_entry_stamps_in_the_forms_outlets_use(stamp):
    text = f"Talks in Oslo\n\n{stamp}\nThe ministers met.\n\n{stamp}\nThe ministers arrived.\n"
    assert len(entry_stamps(text)) == 2


@pytest.mark.parametrize("line", ["2024 Olympic Games open", "1500 people were evacuated", "12 hours of talks ended"])
def test_a_number_opening_a_line_is_no_stamp(line):
    assert entry_stamps(f"Talks in Oslo\n\n{line}\nThe ministers met.\n\n{line}\nThey left.\n") == []


@pytest.mark.parametrize("text,found", [
    ("Mercosur summit - live\n\n10:20\nThe presidents met.\n", True),
    ("LIVE: Mercosur summit in Asuncion\n\n10:20 - The presidents met.\n", True),
    ("Mercosur summit live: leaders sign deal\n\n10:20\nThe presidents met.\n", True),
    ("10:20 - The presidents met in Asuncion.\n", True),
    ("11:42 Asuncion — The presidents met.\n", True),
    ("10:20 The presidents met in Asuncion.\n", False),
    ("Mercosur summit opens in Asuncion\n\nThe presidents arrived.\n10:20 - The presidents met.\n", False),
    ("Farmers live in fear of the drought\n\nIt has not rained.\n10:20 The presidents met.\n", False),
])
def test_a_lone_entry_counts_under_a_live_heading_or_opening_the_page(text, found):
    assert bool(entry_stamps(text)) is found


def test_a_pages_updated_byline_is_no_entry():
    assert entry_stamps("Ministers meet in Oslo\n\nUpdated 09:10 GMT\n\n14:05 The ministers met.\n") == []


def test_the_page_cleaner_keeps_a_lone_stamp_under_a_live_heading():
    raw = "Border talks - live\n\n11:50\nThe foreign ministers met at the bridge.\n"
    assert "11:50" in clean(raw).text


def test_a_live_headings_summary_block_tells_the_days_news():
    text = "EU summit - live\n\nKey events\nLeaders met.\n\n18:30\nLeaders agreed.\n"
    first = entry_stamps(text)[0]
    assert summary_start(text, first) == len("EU summit - live\n")
    assert summary_start("EU summit\n\nKey events\nLeaders met.\n\n18:30\nX.\n\n17:00\nY.\n", 34) == 34


TOLD = [
    ("Nato summit in Vilnius - live\n\n35 min ago\nTurkey's president Kemal Aksoy and Sweden's prime minister Ebba Lindgren-Holm met for an hour on the summit sidelines, Nato's secretary general says.\n\n3 hours ago\nNato leaders gathered in Vilnius for the first day of their summit.",
     [("Aksoy",), ("Lindgren",)]),
    ("Border crossings: live\n\n11:50 a.m.\nColombian foreign minister Catalina Urrego-Mejia has met Venezuela's foreign minister Rafael Briceno-Tovar at the Simon Bolivar bridge in Cucuta. \"We agreed to reopen two crossings,\" she says.",
     [("Urrego",), ("Briceno",)]),
    ("Caucasus talks - as it happened\n\n4.50pm: Armenia's foreign minister Aram Hovsepyan and Azerbaijan's foreign minister Elnur Mammadli held talks in Tbilisi, Georgian officials say.\n\n2.15pm: Both delegations have landed.",
     [("Hovsepyan",), ("Mammadli",)]),
    ("EU summit live: leaders agree on defence fund\n\nEU leaders met in Brussels and agreed a new defence fund.\n\n18:30 CET\nEU leaders have agreed a new defence fund, European Council president Anna Lindqvist-Roos says.",
     [("EU", "European"),]),
]


@pytest.mark.parametrize("text,parts", TOLD)
def test_a_live_blog_entry_dates_what_it_tells_as_done_to_the_blogs_day(run, text, parts):
    found = rows(run(text))
    assert has_row(found, MEETS, parts, "held", DAY), found


def test_a_sports_live_blog_with_teams_meeting_gives_no_event(run):
    text = ("Champions League draw: live\n\n12:20\nReal Madrid will meet Bayern Munich in the quarter-finals. The first "
            "leg is in Madrid.\n\n12:05\nThe draw is under way in Nyon.")
    assert not rows(run(text))
