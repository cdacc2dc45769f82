"""Refusals, absences and call-offs: one side staying away from a meeting or talks, 'fell through', 'never took
place' after a plan, 'will not sit at a table with', 'will not make the trip' / 'turned down the invitation' after
the gathering is told, 'will not be represented'; and near-misses that must give no refusal (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2031, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


MEET = ("meeting", "talks")
GATHER = ("meeting", "summit", "conference")


@pytest.mark.parametrize("text, kinds, parts, day, place", [
    ("Nepal stayed away from Tuesday's meeting of South Asian foreign ministers in Colombo.",
     MEET, [["Nepal"]], "2031-03-11", "Colombo"),
    ("The Bolivian government refused to send a delegation to the border talks in Arica scheduled for Monday.",
     MEET, [["Bolivia"]], "2031-03-17", "Arica"),
    ("North Korea boycotted Tuesday's talks in Beijing.", MEET, [["North Korea"]], "2031-03-11", "Beijing"),
    ("Armenia will not take part in the security council meeting in Moscow on Tuesday, Yerevan said.",
     MEET, [["Armenia"]], "2031-03-18", "Moscow"),
    ("Armenia did not take part in the meeting in Moscow on Tuesday.", MEET, [["Armenia"]], "2031-03-11", "Moscow"),
    ("Chad will not be represented at the meeting in Cairo on Tuesday.", MEET, [["Chad"]], "2031-03-18", "Cairo"),
    ("The prime minister of Fiji snubbed the Pacific leaders' retreat in Apia on Wednesday.",
     GATHER, [["Fiji"]], "2031-03-12", "Apia"),
    ("The Visegrad foreign ministers met in Bratislava on Thursday without their Polish colleague, who stayed away.",
     MEET, [["Pol"]], "2031-03-13", "Bratislava"),
    ("EU foreign ministers met in Riga on Thursday without Poland's foreign minister, who stayed away in protest at "
     "the new budget.", MEET, [["Pol"]], "2031-03-13", "Riga"),
    ("Mali's junta declined an invitation from ECOWAS to attend the extraordinary summit in Abuja on Monday.",
     GATHER, [["Mali"]], "2031-03-17", "Abuja"),
    ("The Chilean president will not attend the summit in Lima next week but will send her foreign minister.",
     GATHER, [["Chile"]], "2031-W12", "Lima"),
    ("Senegal had also invited Gambia's president to join a trilateral session on fisheries in Dakar on Friday, but "
     "he declined, citing the floods.", MEET, [["Gambia"], ["Senegal"]], "2031-03-14", "Dakar"),
])
def test_one_side_stays_away(run, text, kinds, parts, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts, "declined", day, place), rows


@pytest.mark.parametrize("text, kinds, parts, day, place", [
    ("Southern African leaders are due to meet in Gaborone on Saturday. Malawi's president will not make the trip.",
     GATHER, [["Malawi"]], "2031-03-15", "Gaborone"),
    ("OSCE foreign ministers gather in Valletta on 3 December. Russia's foreign minister turned down Malta's "
     "invitation last week.", GATHER, [["Russia"]], "2031-12-03", "Valletta"),
    ("Nordic foreign ministers will meet in Oslo on Tuesday. Finland will not attend the meeting.",
     GATHER, [["Finland"]], "2031-03-18", "Oslo"),
    ("Ministers from Libya's neighbours meet in Cairo on Tuesday. Chad has informed the hosts that it will not be "
     "represented.", GATHER, [["Chad"]], "2031-03-18", "Cairo"),
])
def test_absence_from_the_gathering_told_before(run, text, kinds, parts, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts, "declined", day, place), rows


@pytest.mark.parametrize("text, parts", [
    ("Serbia's president said he would not sit at a table with Kosovo's prime minister in Brussels.",
     [["Serbia"], ["Kosovo"]]),
    ("Lithuania's foreign minister said she would never sit at the same table with Russia's foreign minister.",
     [["Lithuania"], ["Russia"]]),
])
def test_will_not_sit_at_a_table_with(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "declined"), rows


@pytest.mark.parametrize("text, kinds, parts, day, place", [
    ("Talks between Ethiopia and Egypt on the dam, planned for Cairo this weekend, fell through.",
     ("talks",), [["Ethiopia"], ["Egypt"]], None, "Cairo"),
    ("A planned visit by the Kenyan president to Kampala fell through at the last minute.",
     ("visit",), [["Kenya"]], None, "Kampala"),
    ("The talks between Sudan and the RSF, set for 20 June in Jeddah, never took place.",
     ("talks",), [["Sudan"], ["RSF"]], None, "Jeddah"),
    ("The Kyrgyz president was due to hold talks with his Tajik counterpart in Batken on Friday, but the meeting "
     "never took place.", MEET, [["Kyrgyz"], ["Tajik"]], "2031-03-14", "Batken"),
    ("A meeting of ASEAN economic ministers, due to take place in Vientiane on 20 March, has been shelved.",
     MEET, [], "2031-03-20", "Vientiane"),
])
def test_called_off(run, text, kinds, parts, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, kinds, parts, "cancelled", day, place), rows


@pytest.mark.parametrize("text, forbidden", [
    ("Caracas rejected the terms of the ceasefire proposed by Brazil on Monday.", None),
    ("Asked about the border incident, the Thai foreign ministry declined to comment.", None),
    ("Nigeria rejected the UN Security Council resolution on Friday.", None),
    ("Fans boycotted the football match between Egypt and Algeria in Cairo.", None),
    ("Shareholders rejected the merger offer from the Korean carmaker on Tuesday.", None),
    ("The merger talks between the two banks fell through on Thursday.", None),
    ("The opposition boycotted the session of parliament on Tuesday.", None),
    ("The Kremlin denied reports that the summit in Minsk had been cancelled.", {"cancelled"}),
    ("The opposition threatened to boycott the national dialogue talks in Harare next week.", {"declined"}),
    ("The meeting between the two leaders in Geneva never took place, the spokesman said, denying the report.",
     {"cancelled"}),
    ("Japan invited South Korea to a meeting in Tokyo in May. Seoul declined to comment.", {"declined"}),
    ("Pakistan has rejected a proposal from the Afghan administration for talks on the border.", set()),
    ("The students attended a three-way session on robotics in Accra on Friday.", None),
])
def test_near_misses(run, text, forbidden):
    rows = event_rows(run(text))
    if forbidden is None:
        assert not rows, rows
    else:
        assert not any(r[2] in forbidden for r in rows), rows
        assert all(len(r[1]) > 1 for r in rows if r[0] == "talks" and r[2] == "declined"), rows  # the proposer too
