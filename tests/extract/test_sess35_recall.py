"""Events missed outright: a meeting the sides agree their officials, their unnamed body or a numbered sitting will
hold, "the two signed agreements" read by the parser as a noun phrase, and a reception whose time the parser took
for its object; with what stays out (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, events_with, extractor

PUBLISHED = date(2075, 9, 17)  # a Tuesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


LEAD = ("Botswana's President Kagiso Motsumi met Namibian President Helvi Amutenya in Gaborone on Monday. ")


@pytest.mark.parametrize("plan", [
    "The two presidents agreed that senior officials would meet in Windhoek next month.",
    "The two leaders agreed that the joint commission would meet in Windhoek next month.",
    "Both sides agreed that the 14th session would be held in Windhoek next month.",
])
def test_a_sitting_the_sides_agree_on_is_theirs(run, plan):
    ex = run(LEAD + plan)
    agreed = [r for r in event_rows(ex) if r[2] == "agreed"]
    assert [(r[1], r[3], r[4]) for r in agreed] == [(frozenset({"Botswana", "Namibia"}), "2075-10", "Windhoek")], \
        event_rows(ex)
    assert [r[2] for r in events_with(ex, "Motsumi", "Amutenya")] == ["held"], event_rows(ex)


@pytest.mark.parametrize("text", [
    "The two dockworkers' unions agreed that officials would meet in Walvis Bay next month.",
    "The 12th round of voting in the Mongolian presidential election will be held in March.",
    "Jordan's Foreign Minister Rami Haddadin met the press the same evening in Amman.",
])
def test_what_stays_out(run, text):
    assert not event_rows(run(text)), event_rows(run(text))


def test_a_reception_the_same_evening_is_a_meeting(run):
    ex = run("Jordan's Foreign Minister Rami Haddadin landed in Ankara on Monday and was received the same evening "
             "by Turkish President Selim Akbulut.")
    assert [(r[2], r[3]) for r in events_with(ex, "Haddadin", "Akbulut")] == [("held", "2075-09-16")], \
        event_rows(ex)


def test_the_two_signed_papers_after_talks_is_a_signing(run):
    ex = run("Prime Minister Ingrid Haldorsen held talks with President Aigars Liepins in Riga on Monday, and the two "
             "signed agreements on grid links.")
    assert sorted(r[0] for r in events_with(ex, "Haldorsen", "Liepins")) == ["signing", "talks"], event_rows(ex)


@pytest.mark.parametrize("text", [
    "Norway and Latvia published the two signed agreements on grid links on Monday.",
    "Norway and Latvia held talks on Monday, and the two signed agreements were published.",
])
def test_signed_papers_named_as_things_stay_no_signing(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "signing"], event_rows(run(text))
