"""The non-held statuses told in more of the ways news tells them: a plan dropped ("dropped plans for a summit",
"pulled the plug on the talks", "struck from the programme"), a meeting set by a third party that "never took place",
a leader kept away by the stand-in sent "rather than" / "instead of" him. Near-misses: a plan kept or announced, a
stand-in sent with no word of whom it replaces, the same idioms on things that are no meetings. Invented sentences
and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status", [
    # wire, Americas: plans dropped
    ("LIMA, May 27 (Wire) - Peru has dropped plans for a summit with Ecuador in Tumbes, the foreign ministry said.",
     ["Peru", "Ecuador"], "cancelled"),
    # newspaper, Europe: plans shelved, passive
    ("Plans for talks between Latvia and Belarus on the border crossings have been shelved, officials in Riga said.",
     ["Latvia", "Belarus"], "cancelled"),
    # broadcast, Africa: the plug pulled
    ("In other news, Malawi has pulled the plug on a summit with Zambia that was planned for Lilongwe next month.",
     ["Malawi", "Zambia"], "cancelled"),
    # state media, Asia: struck from the programme
    ("The visit by the Mongolian foreign minister to Kazakhstan has been struck from the programme, the ministry "
     "said on Saturday.", ["Mongolia", "Kazakhstan"], "cancelled"),
    # opinion, Middle East: set by a third party, never took place
    ("The meeting between Jordan's and Iraq's water ministers that Egypt had arranged for April never took place.",
     ["Jordan", "Iraq"], "cancelled"),
    # press release, Oceania: a stand-in rather than the leader
    ("Fiji will be represented at the Pacific Islands summit in Apia by its trade minister rather than its prime "
     "minister, the government said.", ["Fiji"], "declined"),
    # wire, Caribbean: a stand-in instead of the leader
    ("Belize will send its foreign minister to the regional summit in Kingston instead of its prime minister, "
     "officials said.", ["Belize"], "declined"),
])
def test_non_held_status(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "summit", "talks", "visit"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, sides, status", [
    # plans kept or made: still a proposal
    ("Peru did not drop plans for a summit with Ecuador, the foreign minister said.", ["Peru", "Ecuador"],
     "proposed"),
    ("Peru unveiled plans for a summit with Ecuador in Tumbes.", ["Peru", "Ecuador"], "proposed"),
    # turned down, not dropped
    ("Ecuador rejected plans for a summit with Peru.", ["Peru", "Ecuador"], "declined"),
    # a stand-in with no word of whom it replaces: the side attends
    ("Fiji will be represented at the Pacific Islands summit in Apia by its trade minister.", ["Fiji"],
     "scheduled"),
])
def test_near_misses_keep_status(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "summit", "talks", "visit"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text", [
    "Peru pulled the plug on the railway project with Ecuador.",
    "The pension bill was struck from the agenda in Lima on Friday.",
    "Peru dropped plans for a new tariff on Ecuadorian bananas.",
])
def test_idioms_on_no_meeting(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, side", [
    # live blog, Pacific: a stand-in sent instead, after a word of the leader's absence
    ("The Pacific Islands Forum summit opened in Apia on Monday. Fiji's prime minister is not in the room: Fiji "
     "has sent its foreign minister instead.", "Fiji"),
    # wire, Africa: a capital sends its stand-in rather than its leader
    ("The SADC summit opened in Windhoek on Monday. Malawi has sent its foreign minister rather than its "
     "president.", "Malawi"),
])
def test_stand_in_sent_instead(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [[side]], "declined"), rows


def test_stand_in_without_instead_attends(run):
    rows = event_rows(run("The Pacific Islands Forum summit opened in Apia on Monday. Fiji has sent its foreign "
                          "minister."))
    assert not has_row(rows, ("summit",), [["Fiji"]], "declined"), rows


@pytest.mark.parametrize("text, side", [
    # broadcast, Pacific: a leaders' group's gathering, left
    ("In Suva, the Fijian prime minister has withdrawn from the Melanesian Leaders Group gathering in Noumea this "
     "week, citing the budget debate.", "Fiji"),
    # newspaper, Caribbean
    ("The Jamaican prime minister has pulled out of the Caribbean Leaders Group gathering in Bridgetown next week.",
     "Jamaica"),
])
def test_leaders_group_gathering(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit", "meeting"), [[side]], "declined"), rows


def test_business_leaders_gathering_is_none(run):
    rows = event_rows(run("The Jamaican prime minister has pulled out of the Caribbean Business Leaders Group "
                          "gathering in Bridgetown next week."))
    assert not has_row(rows, ("summit",), [["Jamaica"]]), rows


@pytest.mark.parametrize("text, side", [
    # live blog, Central Asia: a side's seat filled by a stand-in
    ("The Central Asian leaders' summit opened in Bishkek on Monday. Tajikistan's seat is taken by a deputy prime "
     "minister: Dushanbe says the president is unwell.", "Tajikistan"),
    # live blog, Pacific: not in the room
    ("The Pacific Islands Forum summit opened in Apia on Monday. Tonga's prime minister is not in the room.",
     "Tonga"),
])
def test_absent_from_the_sitting(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [[side]], "declined"), rows


@pytest.mark.parametrize("text", [
    "The Pacific Islands Forum summit opened in Apia on Monday. Tonga's seat was taken by Samoa in the vote.",
    "The Pacific Islands Forum summit opened in Apia on Monday. Tonga's prime minister is in the room.",
])
def test_present_at_the_sitting(run, text):
    rows = event_rows(run(text))
    assert not has_row(rows, ("summit",), [["Tonga"]], "declined"), rows


@pytest.mark.parametrize("text, status", [
    # any stand-in "rather than" the leader
    ("The Central Asian leaders' summit opened in Bishkek on Monday. Tajikistan is again sending the deputy chair of "
     "its cabinet rather than its president.", "declined"),
    # near-miss: "rather than" on things, not on a leader
    ("The Central Asian leaders' summit opened in Bishkek on Monday. Tajikistan is sending aid rather than troops.",
     None),
])
def test_rather_than_the_leader(run, text, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("summit",), [["Tajikistan"]], "declined") == (status == "declined"), rows
