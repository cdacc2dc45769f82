"""A further occurrence and what else the same sides are told to plan stay apart: "the following round", "the
subsequent session" are further ones, like "the next round"; a wish for a contact told after a further occurrence was
set ("agreed to meet again in X ... Y hoped to sit down with Z", "another round in X next week ... Y had suggested
that the presidents meet") is another event. With the near-misses that must stay one event: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, held_place, plan", [
    # wire, South America: "the following round"
    ("ASUNCION, May 27 (Wire) - Paraguay and Bolivia held border talks in Asuncion on Friday. The two delegations "
     "agreed to hold the following round in La Paz in July.", ["Paraguay", "Bolivia"], "Asuncion",
     ("agreed", "2090-07", "La Paz")),
    # wire, southern Africa: "the subsequent session"
    ("WINDHOEK, May 27 (Wire) - Namibia and Botswana held water talks in Windhoek on Friday, and the two delegations "
     "agreed to hold the subsequent session in Gaborone in August.", ["Namibia", "Botswana"], "Windhoek",
     ("agreed", "2090-08", "Gaborone")),
    # wire, Caucasus: "the following round is set for"
    ("TBILISI, May 27 (Wire) - Georgian and Armenian negotiators concluded a third round of transit talks in Tbilisi "
     "on Saturday. The following round is set for Yerevan on June 20.", ["Georgia", "Armenia"], "Tbilisi",
     ("scheduled", "2090-06-20", None)),
])
def test_following_round_is_a_further_one(run, text, sides, held_place, plan):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held", place=held_place), rows
    assert has_row(rows, MEET, [[s] for s in sides], plan[0], day=plan[1], place=plan[2]), rows


@pytest.mark.parametrize("text, sides, plan, wish", [
    # wire, Nordic: next round agreed, a minister's own wish after it
    ("OSLO, May 27 (Wire) - Norway and Iceland ended a second round of fisheries negotiations in Oslo on Friday "
     "without a deal but agreed to meet again in Reykjavik in two weeks. Norwegian minister Eirik Solvang-Haugen said "
     "he hoped to sit down with Iceland's minister himself before the summer.", ["Norway", "Iceland"],
     ("agreed", "Reykjavik"), ["Solvang"]),
    # wire, Pacific
    ("WELLINGTON, May 27 (Wire) - New Zealand and Fiji held trade talks in Wellington on Friday and agreed to meet "
     "again in Suva in October. Fijian trade minister Josaia Waqanivalu-Tora said he hoped to sit down with his New "
     "Zealand counterpart alone before the end of the year.", ["New Zealand", "Fiji"], ("agreed", "Suva"),
     ["Waqanivalu"]),
])
def test_wish_after_agreed_next_meeting_is_its_own(run, text, sides, plan, wish):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], plan[0], place=plan[1]), rows
    assert has_row(rows, MEET, [wish], "proposed"), rows
    assert not has_row(rows, MEET, [wish], "agreed"), rows


@pytest.mark.parametrize("text, sides, place", [
    # broadcast, Central Asia
    ("DUSHANBE - Kyrgyz and Tajik delegations will hold another round of water talks in Osh next week. The previous "
     "round, held in Khujand last month, ended without agreement. Dushanbe had suggested that the two presidents meet "
     "at the border, but Bishkek turned the idea down.", ["Kyrgyz", "Tajik"], "Osh"),
    # wire, West Africa
    ("ACCRA, May 27 (Wire) - Ghana and Togo will hold another round of border talks in Lome next week, officials "
     "said. Togo had suggested that the two presidents meet before the rainy season, but Accra rejected the idea.",
     ["Ghana", "Togo"], "Lome"),
])
def test_suggestion_after_next_round_set_is_its_own(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "scheduled", place=place), rows
    assert any(r[2] in ("declined", "proposed") and r[4] != place for r in rows if r[0] in MEET), rows


@pytest.mark.parametrize("text, sides, place", [
    # near-miss: the agreed meeting named again ("The meeting will be chaired by")
    ("MANILA, May 27 (Wire) - The Philippines and Indonesia held maritime talks in Manila on Friday and agreed to meet "
     "again in Jakarta in September. The meeting will be chaired by the two foreign ministers.",
     ["Philippines", "Indonesia"], "Jakarta"),
    # near-miss: the round's own proposer, definite ("proposed the round")
    ("ACCRA, May 27 (Wire) - Ghana and Togo will hold another round of border talks in Lome next week, officials "
     "said. Accra had proposed the round in April.", ["Ghana", "Togo"], "Lome"),
    # near-miss: "that meeting" points back
    ("BUDAPEST, May 27 (Wire) - Hungary and Slovakia held energy talks in Budapest on Friday. They agreed to meet "
     "again in Bratislava in July. Slovakia proposed to hold that meeting at the level of prime ministers.",
     ["Hungary", "Slovakia"], "Bratislava"),
])
def test_plan_told_again_stays_one(run, text, sides, place):
    rows = event_rows(run(text))
    ahead = [r for r in rows if r[0] in MEET and r[2] != "held"]
    assert len(ahead) == 1 and ahead[0][4] == place, rows

