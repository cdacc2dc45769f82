"""A held contact and a further one of the same sides told beside it stay two events: "their presidents (teams) would
meet" after a named pair is a plan of the sides they serve; "the delegations last met in X" names the parties of the
contact just told; a further occurrence still ahead ("the next summit", "agreed to meet again", "another round") is
never the one held or called off; "a three-way summit with C" after A met B gathers A, B and C. With the near-misses
that must stay one event or give none: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, held, plan", [
    # wire: named ministers of two states, their presidents' summit agreed
    ("MONTEVIDEO, May 26 (Wire) - The foreign ministers of Paraguay and Uruguay, Lidia Arrostegui Benitez and Tomas "
     "Ferreyra Olaizola, met in Montevideo on Friday and agreed that their presidents would hold a summit in the "
     "autumn.", (["Paraguay"], ["Uruguay"]), (["Paraguay"], ["Uruguay"], "agreed")),
    # readout: heads of two bodies, their teams to meet
    ("Addis Ababa, 27 May 2090: African Union Commission chairperson Ousmane Kabore-Sylla hosted ECOWAS Commission "
     "President Adaeze Okonkwo-Baptiste on Saturday at the headquarters. They agreed that their teams would meet in "
     "Accra in July.", (["Kabore"], ["Okonkwo"]), (["African Union"], ["ECOWAS"], "agreed")),
    # state media: named ministers, their prime ministers to meet
    ("HANOI, 27 May (State News) - Foreign Minister Tran Minh Khoa and his Lao counterpart, Bounlap Sithavong, held "
     "talks in Hanoi on Saturday and agreed that their prime ministers would meet in Vientiane next month.",
     (["Khoa"], ["Sithavong"]), (["Vietnam"], ["Laos"], "agreed")),
])
def test_their_people_meet_as_their_sides(run, text, held, plan):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, list(held), "held"), rows
    assert has_row(rows, MEET, list(plan[:2]), plan[2]), rows


@pytest.mark.parametrize("text, sides, held_place", [
    ("BISHKEK - The meeting of the Kyrgyz and Kazakh government delegations on water sharing, which was set for "
     "Thursday in Talas, has been postponed at the request of the Kazakh side. The delegations last met in Almaty "
     "earlier this month.", ["Kyrgyz", "Kazakh"], "Almaty"),
    ("Talks between Armenian and Georgian border officials will open in Yerevan on Tuesday, the ministry said. "
     "The officials last met in Tbilisi in March.", ["Armenia", "Georgia"], "Tbilisi"),
    ("Mali and Niger will hold border talks in Gao next week, a ministry statement said. The two delegations last met "
     "in Niamey in February.", ["Mali", "Niger"], "Niamey"),
])
def test_last_met_with_no_one_named_is_the_same_sides_before(run, text, sides, held_place):
    rows = event_rows(run(text))
    held = [r for r in rows if r[0] in MEET and r[2] == "held"]
    assert any(r[4] == held_place for r in held), rows
    assert any(r[2] != "held" for r in rows if r[0] in MEET), rows


@pytest.mark.parametrize("text, kind, held_day, next_place", [
    ("LIVE: East African Community summit in Arusha\n\nUpdated 18:00 local time\n\n17:45 - Leaders have adopted the "
     "Arusha communique. The next EAC summit will be held in Kigali in November, the secretariat says.\n\n09:00 - "
     "Welcome to our coverage from the conference centre, where the summit opens at ten.", "summit", "2090-05-28",
     "Kigali"),
    ("LIVE: Andean Community leaders' summit, Quito\n\nAll times local\n\n18:10 - Declaration adopted. A follow-up "
     "summit will take place in Lima in March, the host announces.\n\n08:30 - Good morning from Quito, where the "
     "summit opens at nine.", "summit", "2090-05-28", "Lima"),
])
def test_next_summit_of_a_live_blog_is_its_own(run, text, kind, held_day, next_place):
    rows = event_rows(run(text))
    assert any(r[0] == kind and r[2] == "held" for r in rows), rows
    assert any(r[0] == kind and r[2] in ("scheduled", "agreed") and r[4] == next_place for r in rows), rows


@pytest.mark.parametrize("text, sides", [
    ("AMMAN, May 28 (Wire) - Jordan's prime minister received Egypt's president in Amman on Sunday for talks on gas "
     "supplies. A three-way summit with Iraq will follow in Baghdad in the autumn, the two leaders decided.",
     ["Jordan", "Egypt", "Iraq"]),
    ("Kenya's president hosted Uganda's president in Nairobi on Saturday. A trilateral meeting with Tanzania will be "
     "held in Arusha next month, their offices said.", ["Kenya", "Uganda", "Tanzania"]),
])
def test_a_counted_gathering_with_one_more_side(run, text, sides):
    rows = event_rows(run(text))
    assert any(r[0] in MEET and r[2] in ("agreed", "scheduled") and len(r[1]) == 3
               and all(any(s in n for n in r[1]) for s in sides) for r in rows), rows
    assert has_row(rows, MEET, [[sides[0]], [sides[1]]], "held"), rows


@pytest.mark.parametrize("text, sides", [
    ("BRUSSELS - A day of EU-facilitated talks between Montenegro and Albania ended without agreement on Thursday. "
     "The EU mediator, Sigrun Haavisto-Lund, said she had proposed another round in June, and that Tirana had "
     "accepted.", ["Montenegro", "Albania"]),
    ("Talks between Ethiopia and Eritrea broke up in Djibouti on Friday. The mediator, Faisal Osman Dirie, has "
     "suggested a new round of talks next month, the broadcaster said.", ["Ethiopia", "Eritrea"]),
])
def test_another_round_a_mediator_proposes_is_of_the_talks_told(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[sides[0]], [sides[1]]], "held"), rows
    assert has_row(rows, MEET, [[sides[0]], [sides[1]]], "proposed"), rows


@pytest.mark.parametrize("text, sides", [
    # one talks told twice: held, its definite mention the same
    ("Ghana and Togo held talks on the border in Lome on Saturday. The talks focused on smuggling.",
     ["Ghana", "Togo"]),
    # a scheduled meeting named again as "the next round" is the same plan
    ("Chile and Peru will hold a new round of fisheries talks in Arica next week. The next round will focus on "
     "quotas, officials said.", ["Chile", "Peru"]),
])
def test_one_event_stays_one(run, text, sides):
    rows = [r for r in event_rows(run(text)) if r[0] in MEET]
    assert len(rows) == 1 and all(any(s in n for n in rows[0][1]) for s in sides), rows


@pytest.mark.parametrize("text", [
    "Analysts said a three-way summit with Iraq was unlikely this year.",
    "The committee last met in 2081, according to its website.",
])
def test_no_event_from_nothing(run, text):
    rows = [r for r in event_rows(run(text)) if r[0] in MEET]
    assert not rows, rows


def test_a_counted_gathering_proposed_to_others_takes_no_one_met(run):
    rows = event_rows(run("Prime Minister Ana Kalsakau met Japan's special envoy, Kenji Morita, in Port Vila on "
                          "Monday. She has also written to the governments of Fiji and Samoa to propose trilateral "
                          "talks on fisheries."))
    assert has_row(rows, MEET, [["Kalsakau"], ["Morita"]], "held"), rows
    assert not any(r[2] != "held" and any("Morita" in n for n in r[1]) for r in rows), rows


def test_a_second_round_a_spokesman_announces(run):
    rows = event_rows(run("Talks between Gabon and Chad were held in Libreville last week under Swiss mediation. A "
                          "second round is expected in October, according to a Swiss spokesman, Urs Meili-Brand."))
    assert has_row(rows, MEET, [["Gabon"], ["Chad"]], "held", place="Libreville"), rows
    assert has_row(rows, MEET, [["Gabon"], ["Chad"]], "scheduled", day="2090-10"), rows


def test_a_count_of_sides_not_those_told_takes_no_one(run):
    rows = event_rows(run("Bolivia and Paraguay held water talks in Asuncion on Tuesday. The three countries' "
                          "engineers last met in La Paz in January."))
    assert not any(r[4] == "La Paz" and len(r[1]) == 2 for r in rows), rows


@pytest.mark.parametrize("text, sides", [
    ("Kenya's foreign minister met her Ugandan counterpart in Nairobi on Monday. The ministers said the two "
     "countries' joint commission would meet in Kampala in June.", ["Kenya", "Uganda"]),
])
def test_the_two_countries_joint_body_is_their_meeting(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[sides[0]], [sides[1]]], "scheduled", place="Kampala"), rows
