"""A count after "in" on a contact still to come dates it that far from the day of writing ("will meet again in two
weeks" -> that week, "talks resume in ten days" -> that day, "is due to visit in three months" -> that month);
near-misses keep a stretch of time: a count in a past clause ("held three rounds in two weeks"), "in two weeks of
talks", "within ten days", a length ("will last two weeks"). Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2135, 3, 9)  # a Wednesday, ISO week 10

MEET = ("meeting", "talks", "negotiation", "summit", "conference", "visit", "call", "signing")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _dates(rows):
    return [r[3] for r in rows if r[0] in MEET]


@pytest.mark.parametrize("text, want", [
    # East Africa, wire: a round set two weeks on
    ("Kenya's foreign minister Amani Kiprono-Wek will meet his Ugandan counterpart Joel Akena-Obbo in Kampala in two "
     "weeks, the ministry said.", "2135-W12"),
    # Latin America, newspaper: talks broke off and resume
    ("Peru and Chile ended a first round without a deal on Tuesday but agreed to meet again in Lima in three weeks, "
     "Peru's trade minister Rosa Quilca-Mendez said.", "2135-W13"),
    # South Asia, press release: talks resuming in days
    ("Sri Lanka and the Maldives will resume fisheries talks in ten days, the Sri Lankan foreign ministry said.",
     "2135-03-19"),
    # Balkans, broadcast: a visit months ahead
    ("Serbian President Dusan Markovic-Ilic is due to visit Slovenia in two months, his office said.", "2135-05"),
    # Pacific, state media: a fortnight
    ("Fiji's prime minister Ratu Jone Vakaloloma will hold talks with the Tongan leader in a fortnight, officials "
     "said.", "2135-W12"),
    # Gulf, readout: "in N weeks' time"
    ("Oman will host talks between Qatar and Bahrain in four weeks' time, the Omani foreign ministry said.",
     "2135-W14"),
])
def test_count_ahead_dates_the_contact(run, text, want):
    assert want in _dates(event_rows(run(text))), event_rows(run(text))


@pytest.mark.parametrize("text", [
    # a count in a past clause is a stretch, not a day
    "Ghana's president Kofi Adomako-Manu held three rounds of talks with Togo's president Eli Agbodjan-Kpeli in two "
    "weeks.",
    # "in two weeks of talks": a stretch
    "Ghana and Togo reached a border deal in two weeks of talks in Lome, officials said.",
    # "within": a limit, not a day
    "Ghana's president Kofi Adomako-Manu will meet Togo's president Eli Agbodjan-Kpeli within two weeks.",
    # a length
    "The talks between Ghana and Togo will last two weeks, officials said.",
])
def test_stretch_gives_no_counted_day(run, text):
    bad = {"2135-W12", "2135-03-23"}
    assert not bad & set(_dates(event_rows(run(text)))), event_rows(run(text))


def test_past_week_not_shifted(run):
    rows = event_rows(run("Ghana's president Kofi Adomako-Manu met Togo's president Eli Agbodjan-Kpeli in Lome two "
                          "weeks ago."))
    assert "2135-02-23" in _dates(rows), rows


# "overnight" in a past clause is the night before the day of writing; a plan, or a noun's modifier, names no day
@pytest.mark.parametrize("text", [
    # Horn of Africa, wire: talks told in the morning after
    "Ethiopian Foreign Minister Dawit Alemu-Bekele met his Eritrean counterpart Selam Tesfai-Goitom overnight in "
    "Asmara, the ministry said.",
    # Andes, broadcast: a call overnight
    "Bolivia's president Ximena Arze-Quiroga spoke by phone with Paraguay's president overnight, her office said.",
])
def test_overnight_is_the_night_before(run, text):
    assert "2135-03-08" in [(d or "")[:10] for d in _dates(event_rows(run(text)))], event_rows(run(text))


@pytest.mark.parametrize("text", [
    "Ethiopian Foreign Minister Dawit Alemu-Bekele will travel overnight to Asmara to meet his Eritrean counterpart "
    "Selam Tesfai-Goitom on Friday.",
    "After overnight talks in Asmara, Ethiopian Foreign Minister Dawit Alemu-Bekele met Eritrea's president on "
    "Monday.",
])
def test_overnight_near_misses(run, text):
    assert "2135-03-08" not in [(d or "")[:10] for d in _dates(event_rows(run(text)))], event_rows(run(text))


# a plan's dropping told in the present perfect is news of a plan whose weekday has not come: the weekday ahead
@pytest.mark.parametrize("text, want", [
    # West Africa, broadcast: a summit put off, told the next morning
    ("The extraordinary ECOWAS summit on the Sahel, due to open in Abuja on Monday, has been put off, the regional "
     "secretariat announced this morning.", "2135-03-14"),
    # Andes, wire: talks set for a weekday just gone by name
    ("Talks between Peru and Chile on the Tacna water accord, set for Tuesday in Lima, have been postponed, the "
     "Peruvian foreign ministry said.", "2135-03-15"),
])
def test_dropped_plan_keeps_weekday_ahead(run, text, want):
    assert want in _dates(event_rows(run(text))), event_rows(run(text))


@pytest.mark.parametrize("text, gone", [
    # a simple past may tell of a day gone
    ("Talks between Peru and Chile on the Tacna water accord, set for Tuesday in Lima, were postponed, the Peruvian "
     "foreign ministry said.", "2135-03-08"),
    # a meeting that did not take place is behind the writer
    ("The talks between Peru and Chile on Monday did not take place and have been postponed, the ministry said.",
     "2135-03-07"),
])
def test_dropped_plan_near_misses(run, text, gone):
    assert gone in _dates(event_rows(run(text))), event_rows(run(text))
