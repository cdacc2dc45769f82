"""Summits of regional bodies: dash pairs of two bodies, summits only named as sidelines, "the bloc" told back."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor

PUBLISHED = date(2025, 6, 11)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- a dash pair of two bodies or states before the gathering -----------------------------------

@pytest.mark.parametrize("text,parts,day,place", [
    ("The EU\u2013African Union summit opened in Brussels on Thursday.", ("European Union", "African Union"),
     "2025-06-05", "Brussels"),
    ("The EU-African Union summit opened in Brussels on Thursday.", ("European Union", "African Union"),
     "2025-06-05", "Brussels"),
    ("BRUSSELS, June 11 (Wire) - The ASEAN\u2013GCC summit began in Kuala Lumpur on Monday with a call for trade.",
     ("ASEAN", "Gulf Cooperation Council"), "2025-06-09", "Kuala Lumpur"),
    ("The China\u2013CELAC ministerial meeting closed in Beijing on Tuesday.", ("China", "CELAC"), "2025-06-10",
     "Beijing"),
])
def test_a_dash_pair_before_a_summit_is_the_gathering_of_the_two_sides(run, text, parts, day, place):
    rows = events_with(run(text), *parts)
    assert [(r[2], r[3], r[4]) for r in rows] == [("held", day, place)]


@pytest.mark.parametrize("text,part", [
    ("The African Union summit opened in Addis Ababa on Sunday.", "African Union"),
    ("The Eurasian Economic Union summit closed in Minsk on Friday.", "Eurasian Economic Union"),
])
def test_a_body_named_union_still_holds_a_summit(run, text, part):
    assert [r[2] for r in events_with(run(text), part)] == ["held"]


@pytest.mark.parametrize("text", [
    "The transport union talks collapsed on Monday.",
    "Union talks resumed on Friday after the strike.",
    "The teachers' union meeting was held on Monday.",
])
def test_a_trade_unions_talks_are_still_no_diplomacy(run, text):
    assert event_rows(run(text)) == []


# -- a summit named only as the place of side meetings ------------------------------------------

@pytest.mark.parametrize("text,part,status,day", [
    ("The two presidents met on the sidelines of the G20 summit in Johannesburg.", "G20", "held", None),
    ("The ministers met on Tuesday on the sidelines of the ASEAN summit in Vientiane.", "ASEAN", "held",
     "2025-06-10"),
    ("Leaders will meet on the sidelines of the African Union summit on Sunday.", "African Union", "scheduled",
     "2025-06-15"),
    ("Modi and Sharif are expected to meet on the sidelines of the SCO summit in Astana next week.",
     "Shanghai Cooperation", "scheduled", "2025-W25"),
])
def test_a_summit_on_whose_sidelines_leaders_meet_takes_the_verbs_tense(run, text, part, status, day):
    rows = [r for r in events_with(run(text), part) if r[0] == "summit"]
    assert [(r[2], r[3]) for r in rows] == [(status, day)]


def test_a_present_tense_on_the_sidelines_does_not_say_the_summit_was_held(run):
    rows = events_with(run("Lopez meets Sato on the sidelines of the APEC summit, his aides say."), "APEC")
    assert all(r[2] != "held" for r in rows)


# -- "the bloc", "the union", "the alliance": the one body named before ------------------------

@pytest.mark.parametrize("text,part,status,day,place", [
    ("ABUJA, June 11 (Wire) - ECOWAS ministers condemned the coup. The envoy will report to the bloc's Authority of "
     "Heads of State and Government, which meets in Abuja on 25 July.", "ECOWAS", "scheduled", "2025-07-25", "Abuja"),
    ("LUSAKA, June 11 (Wire) - SADC has called for calm in the east of the country. The regional bloc will hold an "
     "extraordinary summit in Harare next week.", "SADC", "scheduled", "2025-W25", "Harare"),
    ("NAIROBI, June 11 (Wire) - The East African Community said on Tuesday it was ready to mediate. Leaders of the "
     "bloc met in Arusha on Monday.", "East African Community", "held", "2025-06-09", "Arusha"),
    ("MANILA, June 11 (Wire) - ASEAN foreign ministers discussed the crisis. The bloc's leaders will gather for a "
     "summit in Kuala Lumpur in October.", "ASEAN", "scheduled", "2025-10", "Kuala Lumpur"),
    ("VILNIUS, June 11 (Wire) - NATO and the EU both condemned the strike. The alliance will hold its summit in "
     "Ankara in July.", "NATO", "scheduled", "2025-07", "Ankara"),
    ("ADDIS ABABA, June 11 (Wire) - The African Union Commission chair spoke on Monday. The union will convene an "
     "extraordinary summit on Sudan in Kampala next week.", "African Union", "scheduled", "2025-W25", "Kampala"),
])
def test_the_bloc_is_the_one_body_named_before(run, text, part, status, day, place):
    rows = events_with(run(text), part)
    assert [(r[2], r[3], r[4]) for r in rows] == [(status, day, place)]


@pytest.mark.parametrize("text", [
    "CARACAS, June 11 (Wire) - ALBA and CELAC leaders spoke. The bloc will meet in Havana next week.",
    "The trade union will meet the employers in Leeds on Monday. The union said talks were stalled.",
    "SANTIAGO, June 11 (Wire) - Mercosur ministers met. The alliance will meet in Lima next week.",
])
def test_the_bloc_names_no_body_when_none_or_two_fit(run, text):
    assert [r for r in event_rows(run(text)) if r[2] != "held"] == []


@pytest.mark.parametrize("text", [
    "NATO ministers met in Brussels. In Delhi, the ruling alliance won the vote.",
    "The EU welcomed the election. The opposition bloc said it would boycott parliament.",
    "The African Union sent observers. The teachers' union called a strike.",
])
def test_a_countrys_own_alliance_or_union_is_no_regional_body(nlp, text):
    from diplograph.extract.actors.finder import find_actors

    assert [m.text for m in find_actors(nlp(text)) if m.kind == "description"] == []


def test_the_bloc_is_its_body_as_an_actor(nlp):
    from diplograph.extract.actors.finder import find_actors

    text = "The Pacific Islands Forum opened its talks. The regional bloc's members disagree."
    keys = [(m.text, m.key) for m in find_actors(nlp(text)) if m.kind == "description"]
    assert keys == [("The regional bloc", "org:pacific-islands-forum")]


# -- regional bodies the gazetteer knows, by name and abbreviation -------------------------------

@pytest.mark.parametrize("form,key", [
    ("Alliance of Sahel States", "org:aes"), ("AES", "org:aes"), ("Confederation of Sahel States", "org:aes"),
    ("ECCAS", "org:eccas"), ("CEEAC", "org:eccas"), ("SADC", "org:sadc"), ("East African Community", "org:eac"),
    ("EAC", "org:eac"), ("IGAD", "org:igad"), ("CARICOM", "org:caricom"), ("SICA", "org:sica"),
    ("CELAC", "org:celac"), ("ALBA", "org:alba"), ("Mercosur", "org:mercosur"),
    ("Pacific Islands Forum", "org:pacific-islands-forum"), ("GCC", "org:gcc"), ("BIMSTEC", "org:bimstec"),
    ("SAARC", "org:saarc"), ("CICA", "org:cica"),
    ("Conference on Interaction and Confidence-Building Measures in Asia", "org:cica"),
    ("Organization of Turkic States", "org:turkic-states"), ("OTS", "org:turkic-states"),
    ("CSTO", "org:csto"), ("EAEU", "org:eaeu"), ("APEC", "org:apec"), ("BRICS", "org:brics"), ("Quad", "org:quad"),
    ("AUKUS", "org:aukus"), ("Union for the Mediterranean", "org:ufm"), ("Arab Maghreb Union", "org:amu"),
    ("CEN-SAD", "org:cen-sad"), ("West African Economic and Monetary Union", "org:waemu"), ("UEMOA", "org:waemu"),
    ("CEMAC", "org:cemac"), ("OECS", "org:oecs"), ("Council of the Baltic Sea States", "org:cbss"),
    ("Group of 77", "org:g77"), ("D-8", "org:d8"), ("Economic Cooperation Organization", "org:eco"),
    ("Lancang-Mekong Cooperation", "org:lancang-mekong"), ("Nordic-Baltic Eight", "org:nb8"),
    ("Bucharest Nine", "org:bucharest-nine"), ("Amazon Cooperation Treaty Organization", "org:acto"),
])
def test_each_regional_body_resolves(form, key):
    from diplograph.kb.gazetteer import gazetteer

    entry = gazetteer().lookup(form)
    assert entry is not None and entry.key == key


@pytest.mark.parametrize("text,part", [
    ("BAMAKO, June 11 (Wire) - Leaders of the Alliance of Sahel States met in Niamey on Sunday.",
     "Alliance of Sahel States"),
    ("ASTANA, June 11 (Wire) - The CICA summit opened in Astana on Tuesday.", "CICA"),
])
def test_a_new_bodys_meeting_is_the_body_known(run, text, part):
    ex = run(text)
    assert [r[2] for r in events_with(ex, part)] == ["held"]
    assert any(a.key.startswith("org:") and a.name == part for a in ex.actors)
