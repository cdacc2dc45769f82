"""A live blog's time-stamped entries tell the day's news: an undated meeting in one took place that day."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.timex.dateline import entry_stamps
from tests.harness import events_with, extractor

PUBLISHED = date(2026, 3, 11)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Daily Ledger")


def test_time_stamps_open_a_live_blogs_entries():
    page = "Summit live\n09:05 GMT\nLeaders arrive.\n11.40am Talks open.\n14:20 EDT The ministers met.\n"
    assert len(entry_stamps(page)) == 3
    assert entry_stamps("10:15 The talks opened.\nNothing else.\n") == []  # one time is no live blog
    assert entry_stamps("Growth was 10.25 percent.\n12.50 percent in May.\n") == []  # figures, not stamps


@pytest.mark.parametrize("entry,who", [
    ("16:40 Chilean President Pablo Arancibia and his Argentine counterpart Lucía Ferreyra met for an hour at the "
     "presidential palace, their offices said.", ("Arancibia", "Ferreyra")),
    ("16:40 EDT\nThe foreign ministers of Kenya and Ethiopia held talks on the sidelines of the meeting.",
     ("Kenya", "Ethiopia")),
])
def test_an_undated_meeting_in_a_live_entry_is_that_days(run, entry, who):
    page = ("Regional leaders' week – live\n\n09:10 Delegations are arriving in the capital for the week's "
            f"talks.\n\n{entry}\n\n18:05 The evening session has been pushed back by an hour.\n")
    rows = [r for r in events_with(run(page), *who) if r[2] == "held"]
    assert rows and all(r[3] == PUBLISHED.isoformat() for r in rows), rows


def test_an_undated_meeting_outside_a_live_blog_keeps_no_day(run):
    rows = events_with(run("Chilean President Pablo Arancibia and his Argentine counterpart Lucía Ferreyra met for "
                           "an hour at the presidential palace, their offices said."), "Arancibia", "Ferreyra")
    assert rows and all(r[3] is None for r in rows), rows
