"""A member staying away from a body's gathering told without naming it ("X is not coming", "X did not come", "X is
not here", "X has pulled out"), above the live blog's entry that opens it too; a body's mission to a place as its
visit; with the near-misses that must give no absence and no visit: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2091, 5, 14)

GATHER = ("meeting", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, member", [
    ("The ECOWAS summit opened in Abuja on Friday. Guinea's president is not coming, his office said.", "Guinea"),
    ("The Pacific Islands Forum leaders' meeting opened in Suva on Tuesday. Tonga's prime minister is not here; "
     "Nuku'alofa has sent its deputy prime minister.", "Tonga"),
    ("The SADC summit began in Gaborone on Monday. Zambia's president did not come, citing a cabinet reshuffle.",
     "Zambia"),
    ("The ASEAN summit got under way in Vientiane on Wednesday. Myanmar's junta chief will not be coming, a "
     "spokesman said.", "Myanmar"),
    ("The Commonwealth summit opens in Apia on Monday. India's prime minister has pulled out, citing the monsoon "
     "session of parliament.", "India"),
    ("The CARICOM heads of government meeting opened in Basseterre on Sunday. Haiti's prime minister has withdrawn "
     "from the meeting.", "Haiti"),
    ("The Arab League summit opened in Manama on Saturday. Syria's delegation is here, but Lebanon's is not coming, "
     "an official said.", "Lebanon"),
])
def test_a_member_away_from_the_gathering_told_before(run, text, member):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, [[member]], "declined"), rows


@pytest.mark.parametrize("text, member", [
    ("LIVE: GCC summit in Kuwait City\n\nAll times AST\n\n12:15 - Oman's sultan is not here. Muscat is represented "
     "by its deputy prime minister.\n\n09:00 - Good morning from Bayan Palace, where the GCC summit opens at ten.",
     "Oman"),
    ("LIVE: ECOWAS summit, Abuja\n\n10:30 - Confirmed: Niger's president is not coming.\n\n08:00 - Good morning "
     "from Abuja, where the ECOWAS summit opens at nine.", "Niger"),
])
def test_a_live_blogs_absence_above_the_entry_that_opens_the_gathering(run, text, member):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, [[member]], "declined"), rows


@pytest.mark.parametrize("text, member", [
    ("Ecuador withdrew from the Andean Community summit in Lima at the last minute.", "Ecuador"),
    ("Samoa's prime minister has withdrawn from the Pacific Islands Forum leaders' meeting in Nuku'alofa this week.",
     "Samoa"),
])
def test_withdrawing_from_a_named_gathering_declines_it(run, text, member):
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, [[member]], "declined"), rows


def test_not_in_the_place_of_the_gathering_going_on_told_in_no_place(run):
    text = ("LIVE: SADC extraordinary summit, Harare\n\n11:00 - No-show: Zambia's president is not in Harare. Lusaka "
            "has sent its foreign minister.\n\n09:00 - Good morning. Southern African leaders are gathering for the "
            "summit.")
    rows = event_rows(run(text))
    assert has_row(rows, GATHER, [["Zambia"]], "declined", place="Harare"), rows


@pytest.mark.parametrize("text", [
    "The ECOWAS summit opened in Abuja on Friday. The breakthrough is not coming, analysts said.",
    "The ASEAN summit opened in Vientiane on Friday. Thailand has withdrawn from the trade pact it signed last year.",
    "The Andean Community summit opened in Lima on Friday. Peru pulled out its troops from the border.",
    "The EU summit opened in Brussels on Thursday. Hungary's prime minister did not come up with a new proposal.",
    "The SADC summit opened in Gaborone on Monday. Zambia's president said he is not here to make friends.",
    "The Commonwealth summit opened in Apia on Monday. Help is not coming for the drought-hit islands, Fiji's prime "
    "minister said.",
    "The Pacific Islands Forum leaders met in Suva on Tuesday. Australia's prime minister did not come "
    "empty-handed, pledging $200 million.",
    "Russia withdrew from the grain deal in July, weeks before the summit in Sochi.",
    "A planned meeting in Lusaka between the government and the rebels was called off on Monday after the rebels "
    "pulled out.",
    "The Mekong summit, which Laos was due to host in June, has been called off after several leaders said they "
    "could not come.",
    "The talks in Geneva are set for Friday. If the envoy cannot come, I will go to Bern myself, Malawi's foreign "
    "minister said.",
])
def test_no_absence_without_a_side_staying_away(run, text):
    rows = event_rows(run(text))
    assert not any(r[2] == "declined" for r in rows), rows


@pytest.mark.parametrize("text, parts, status", [
    ("A Security Council mission to Mali is scheduled for March, diplomats said.",
     [["Security Council"], ["Mali"]], "scheduled"),
    ("The Peace and Security Council will undertake a field mission to Kinshasa next week.",
     [["African Union"], ["Congo"]], "scheduled"),
    ("The Council's planned field mission to Kinshasa, due next week, has been postponed.",
     [["Council"], ["Congo"]], None),
    ("A planned mission by Council members to Haiti, which had been due to leave on 12 October, has been called off.",
     [["Council"], ["Haiti"]], "cancelled"),
])
def test_a_bodys_mission_to_a_place_is_its_visit(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), parts, status), rows


@pytest.mark.parametrize("text", [
    "The OSCE Mission to Moldova said the talks would resume.",
    "Ghana's permanent mission to the United Nations issued a statement on Tuesday.",
    "The African Union's peacekeeping mission to Somalia will be extended by a year.",
    "China's diplomatic mission to Australia protested the decision.",
])
def test_a_standing_mission_is_no_visit(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" for r in rows), rows
