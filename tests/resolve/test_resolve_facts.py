"""Cross-article merging of statements and events."""

from __future__ import annotations

import pytest

from datetime import date

from diplograph.records import Event, Mention, Statement, StatusClaim, Timex
from diplograph.resolve.facts import merge_events, merge_facts, merge_statements, similarity, stems_of

DAY = date(2024, 3, 15)


def st(key, doc, quote, speaker="person:ana-lopez", day=DAY, direct=True, about_events=()):
    return Statement(key, speaker, quote, direct, doc, said_on=day, about_events=about_events,
                     mentions=(Mention(doc, 10, 10 + len(quote), quote),))


def ev(key, doc, kind, participants, status, on=DAY, location=None, day=None, start=5):
    claim = StatusClaim(status, doc, on)
    time = Timex(0, 6, "Monday", "DATE", day) if day else None
    return Event(key, kind, tuple(participants), (claim,), location=location, time=time,
                 mentions=(Mention(doc, start, start + 7, "meeting"),))


# -- statements -----------------------------------------------------------------------------------------
def test_translations_of_one_quote_merge():
    a = st("s1", "d1", "Such a meeting is certainly necessary for both countries.")
    b = st("s2", "d2", "Without a doubt, this meeting is necessary.")
    (merged,) = merge_statements([a, b])
    assert {m.doc_id for m in merged.mentions} == {"d1", "d2"}
    assert merged.key == "s1"
    assert merged.quote == a.quote  # the fuller quote stands for both


def test_different_speaker_or_day_never_merge():
    a = st("s1", "d1", "The harbour agreement must be signed this month.")
    b = st("s2", "d2", "The harbour agreement must be signed this month.", speaker="person:li-wei")
    c = st("s3", "d3", "The harbour agreement must be signed this month.", day=date(2024, 3, 14))
    assert len(merge_statements([a, b, c])) == 3


def test_two_quotes_of_one_article_stay_apart():
    a = st("s1", "d1", "The harbour agreement must be signed this month.")
    b = st("s2", "d1", "The harbour agreement must be signed soon.")
    assert len(merge_statements([a, b])) == 2


def test_best_pairs_win_and_articles_never_repeat_in_a_group():
    a1 = st("a1", "d1", "Fishing quotas are the key issue for the coastal towns.")
    a2 = st("a2", "d1", "The border crossing will reopen next week for trucks.")
    b1 = st("b1", "d2", "The crossing at the border reopens next week for trucks and buses.")
    b2 = st("b2", "d2", "For the coastal towns, fishing quotas remain the key issue.")
    merged = merge_statements([a1, a2, b1, b2])
    groups = sorted(sorted(m.doc_id + ":" + m.text[:6] for m in s.mentions) for s in merged)
    assert groups == [["d1:Fishin", "d2:For th"], ["d1:The bo", "d2:The cr"]]


def test_unrelated_quotes_of_one_speaker_do_not_merge():
    a = st("s1", "d1", "Fishing quotas are the key issue for the coastal towns.")
    b = st("s2", "d2", "The border crossing will reopen next week for trucks.")
    assert len(merge_statements([a, b])) == 2


def test_similarity_uses_word_families():
    assert similarity(stems_of("careful preparation is needed"), stems_of("it must be carefully prepared")) >= 0.5
    assert similarity(stems_of("the weather"), stems_of("the weather")) == 0.0  # too few words to judge


# -- events ---------------------------------------------------------------------------------------------
def test_prospective_meeting_later_held_is_one_event():
    proposed = ev("e1", "d1", "summit", ["person:a", "person:b"], "proposed", on=date(2024, 2, 1))
    held = ev("e2", "d2", "meeting", ["person:b", "person:a"], "held", location="Oslo", day="2024-03-15")
    (merged,) = merge_events([proposed, held])
    assert merged.status == "held"
    assert [c.status for c in merged.status_claims] == ["proposed", "held"]
    assert merged.location == "Oslo" and merged.time.value == "2024-03-15"
    assert (merged.plover, merged.cameo) == ("CONSULT/meet", "040")
    assert {m.doc_id for m in merged.mentions} == {"d1", "d2"}


def test_a_call_is_never_a_meeting():
    call = ev("e1", "d1", "call", ["person:a", "person:b"], "held")
    meeting = ev("e2", "d2", "meeting", ["person:a", "person:b"], "held")
    assert len(merge_events([call, meeting])) == 2


def test_held_events_on_different_days_or_places_stay_apart():
    a = ev("e1", "d1", "meeting", ["person:a", "person:b"], "held", day="2024-03-01")
    b = ev("e2", "d2", "meeting", ["person:a", "person:b"], "held", day="2024-03-15")
    c = ev("e3", "d3", "meeting", ["person:a", "person:b"], "held", location="Oslo")
    d = ev("e4", "d4", "meeting", ["person:a", "person:b"], "held", location="Rome")
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([c, d])) == 2


def test_held_talks_and_talks_called_off_elsewhere_stay_apart():
    held = ev("e1", "d1", "talks", ["state:AAA", "state:BBB"], "held", location="Lusaka")
    off = ev("e2", "d2", "talks", ["state:AAA", "state:BBB"], "cancelled", location="Maputo")
    later = ev("e3", "d3", "talks", ["state:AAA", "state:BBB"], "cancelled", location="Lusaka")
    assert len(merge_events([held, off])) == 2
    assert len(merge_events([held, later])) == 1  # one round, first held, then reported as called off


def test_talks_held_in_one_city_and_talks_planned_in_another_stay_apart():
    held = ev("e1", "d1", "talks", ["state:AAA", "state:BBB"], "held", location="Lusaka")
    plan = ev("e2", "d2", "talks", ["state:AAA", "state:BBB"], "proposed", location="Harare")
    here = ev("e3", "d3", "talks", ["state:AAA", "state:BBB"], "scheduled", location="Lusaka")
    assert len(merge_events([held, plan])) == 2  # "a next round is proposed for Harare": not the Lusaka round
    assert len(merge_events([held, here])) == 1  # set for Lusaka, then held there
    other = ev("e4", "d4", "talks", ["state:AAA", "state:BBB"], "agreed", location="Maputo")
    assert len(merge_events([plan, other])) == 2  # proposed for Harare, agreed for Maputo: two plans


def test_a_lone_participant_does_not_pull_events_together():
    pair_one = ev("e1", "d1", "meeting", ["person:a", "person:b"], "proposed")
    pair_two = ev("e2", "d2", "meeting", ["person:a", "person:c"], "proposed")
    lone = ev("e3", "d3", "meeting", ["person:a"], "proposed")
    assert len(merge_events([pair_one, pair_two, lone])) == 3


def test_subset_participants_merge_when_unambiguous():
    trio = ev("e1", "d1", "talks", ["state:AAA", "state:BBB", "state:CCC"], "held")
    pair = ev("e2", "d2", "talks", ["state:AAA", "state:BBB"], "held")
    (merged,) = merge_events([trio, pair])
    assert set(merged.participants) == {"state:AAA", "state:BBB", "state:CCC"}


def test_merge_facts_points_statements_at_merged_events():
    a = ev("e1", "d1", "summit", ["person:a", "person:b"], "proposed")
    b = ev("e2", "d2", "summit", ["person:a", "person:b"], "proposed")
    s = st("s1", "d2", "A summit is needed.", about_events=("e2",))
    events, statements = merge_facts([a, b], [s])
    assert [e.key for e in events] == ["e1"]
    assert statements[0].about_events == ("e1",)


def test_merging_is_deterministic():
    items = [ev(f"e{i}", f"d{i}", "meeting", ["person:a", "person:b"], "proposed") for i in range(4)]
    assert merge_events(items) == merge_events(list(reversed(items)))


def test_held_round_and_next_round_stay_apart_across_articles():
    parties = ["state:CHL", "state:PER"]
    held_a = ev("e1", "d1", "talks", parties, "held", location="Lima", day="2024-03-11")
    held_b = ev("e2", "d2", "talks", parties, "held", location="Peru", day="2024-03-11")
    next_a = ev("e3", "d1", "talks", parties, "agreed", day="2024-W12", start=40)
    next_b = ev("e4", "d2", "talks", parties, "scheduled", day="2024-03-19", start=40)
    merged = merge_events([held_a, held_b, next_a, next_b])
    assert sorted(sorted(m.doc_id for m in e.mentions) for e in merged) == [["d1", "d2"], ["d1", "d2"]]
    held = next(e for e in merged if e.status == "held")
    assert held.location == "Lima"  # the capital and its state are one place


def test_two_wordings_of_one_remark_merge_but_other_remarks_of_the_day_do_not():
    a = st("s1", "d1", "Nobody walked out of the hall, and in this region that is already news.")
    b = st("s2", "d2", "Nobody left the hall. In this part of the world, that is news in itself.")
    c = st("s3", "d2", "The fees must be fair before the pipeline reopens.")
    d = st("s4", "d1", "Teh fees must be fair before the pipeline reopens")  # a typo, nothing else
    merged = merge_statements([a, b, c, d])
    groups = sorted(sorted(m.doc_id + ":" + m.text[:6] for m in s.mentions) for s in merged)
    assert groups == [["d1:Nobody", "d2:Nobody"], ["d1:Teh fe", "d2:The fe"]]


def test_an_undated_report_does_not_chain_events_reported_years_apart():
    parties = ["state:EGY", "state:ETH", "state:SDN"]
    early = ev("e1", "d1", "talks", parties, "scheduled", on=date(2020, 7, 21))
    late = ev("e3", "d3", "meeting", parties[:2], "agreed", on=date(2025, 6, 4))
    bare = Event("e2", "talks", tuple(parties), (), mentions=(Mention("d2", 5, 12, "talks"),))
    merged = merge_events([early, bare, late])
    assert len(merged) == 2
    years = sorted({c.asserted_on.year for e in merged for c in e.status_claims})
    assert years == [2020, 2025]
    assert all(len({c.asserted_on.year for c in e.status_claims}) == 1 for e in merged)


def test_undated_talks_reported_held_are_not_talks_dated_after_the_report():
    parties = ["state:SRB", "state:XKX"]
    held = ev("e1", "d1", "talks", parties, "held", on=date(2025, 4, 29), location="Brussels")
    later_round = ev("e2", "d2", "talks", parties, "scheduled", on=date(2025, 6, 26), day="2025-07")
    later_held = ev("e3", "d3", "talks", parties, "held", on=date(2025, 6, 26), day="2025-06-25")
    merged = merge_events([held, later_round, later_held])
    assert len(merged) == 3
    earlier_plan = ev("e4", "d4", "talks", parties, "scheduled", on=date(2025, 4, 20), day="2025-04-28")
    assert len(merge_events([held, earlier_plan])) == 1  # planned before the report: the talks then held


def test_an_undated_refusal_and_an_event_reported_months_later_stay_apart():
    refused = ev("e1", "d1", "summit", ["state:ISR", "state:EGY"], "declined", on=date(2024, 2, 20), location="Cairo")
    later = ev("e2", "d2", "meeting", ["state:ISR", "state:EGY", "state:QAT"], "scheduled", on=date(2024, 7, 30),
               location="Cairo", day="2024-08-04")
    assert len(merge_events([refused, later])) == 2


def test_an_undated_refusal_and_the_event_reported_that_week_merge():
    refused = ev("e1", "d1", "summit", ["state:ISR", "state:EGY"], "declined", on=date(2024, 7, 29), location="Cairo")
    later = ev("e2", "d2", "summit", ["state:ISR", "state:EGY"], "scheduled", on=date(2024, 7, 30),
               location="Cairo", day="2024-08-04")
    assert len(merge_events([refused, later])) == 1


@pytest.mark.parametrize("status,apart", [("proposed", 2), ("agreed", 2), ("scheduled", 1)])
def test_a_fresh_undated_offer_months_after_an_undated_refusal_is_another(status, apart):
    parties = ["state:KOR", "state:PRK"]
    refused = ev("e1", "d1", "talks", parties, "declined", on=date(2025, 8, 20))
    renewed = ev("e2", "d2", "talks", parties, status, on=date(2026, 1, 26))
    assert len(merge_events([refused, renewed])) == apart  # (an undated "scheduled" says nothing new)


def test_an_undated_offer_and_its_refusal_that_month_merge():
    parties = ["state:KOR", "state:PRK"]
    offered = ev("e1", "d1", "talks", parties, "proposed", on=date(2025, 8, 10))
    refused = ev("e2", "d2", "talks", parties, "declined", on=date(2025, 8, 20))
    assert [e.status for e in merge_events([offered, refused])] == ["declined"]


def test_an_undated_refusal_weeks_after_a_held_meeting_refuses_another():
    parties = ["state:BDI", "state:RWA"]
    held = ev("e1", "d1", "meeting", parties, "held", on=date(2026, 3, 3), location="Nairobi", day="2026-03-01")
    refused = ev("e2", "d2", "talks", parties, "declined", on=date(2026, 4, 20))
    merged = merge_events([held, refused])
    assert sorted(e.status for e in merged) == ["declined", "held"]


@pytest.mark.parametrize("status", ["proposed", "agreed", "scheduled"])
def test_an_undated_plan_reported_months_after_a_dated_summit_is_a_next_one(status):
    parties = ["org:gcc", "state:KWT", "state:OMN"]
    held = ev("e1", "d1", "summit", parties, "held", on=date(2025, 12, 4), location="Kuwait City", day="2025-12-03")
    plan = ev("e2", "d2", "summit", parties, status, on=date(2026, 9, 20))
    assert len(merge_events([held, plan])) == 2
    soon = ev("e3", "d3", "summit", parties, status, on=date(2025, 12, 10))  # told days after: that summit
    assert len(merge_events([held, soon])) == 1


def test_an_undated_plan_before_the_dated_one_merges_with_it():
    parties = ["state:PER", "state:ECU"]
    plan = ev("e1", "d1", "meeting", parties, "agreed", on=date(2026, 5, 2))
    dated = ev("e2", "d2", "meeting", parties, "scheduled", on=date(2026, 5, 20), location="Tumbes", day="2026-06-12")
    (merged,) = merge_events([plan, dated])
    assert merged.location == "Tumbes"


def test_a_refusal_told_just_after_the_meeting_stays_with_it():
    parties = ["state:BDI", "state:RWA"]
    held = ev("e1", "d1", "summit", parties, "held", on=date(2026, 3, 2), location="Nairobi", day="2026-03-01")
    stayed_away = ev("e2", "d2", "summit", parties, "declined", on=date(2026, 3, 4))
    assert len(merge_events([held, stayed_away])) == 1


def test_an_undated_postponement_months_after_the_agreed_month_is_another_summit():
    parties = ["state:ARG", "state:CHL"]
    agreed = ev("e1", "d1", "summit", parties, "agreed", on=date(2026, 5, 12), location="Santiago", day="2026-06")
    postponed = ev("e2", "d2", "summit", parties, "cancelled", on=date(2026, 10, 2))
    assert len(merge_events([agreed, postponed])) == 2
    soon = ev("e3", "d3", "summit", parties, "cancelled", on=date(2026, 6, 20))
    assert len(merge_events([agreed, soon])) == 1  # called off in the month it was due: that summit


def test_an_undated_report_does_not_chain_a_late_postponement_to_the_summit_agreed_before():
    parties = ["state:ARG", "state:CHL"]
    agreed = ev("e1", "d1", "summit", parties, "agreed", on=date(2026, 5, 12), location="Santiago", day="2026-06")
    bare = ev("e2", "d2", "summit", parties, "proposed", on=date(2026, 8, 1))
    postponed = ev("e3", "d3", "summit", parties + ["state:URY"], "cancelled", on=date(2026, 10, 2))
    merged = merge_events([agreed, bare, postponed])
    assert not any({"agreed", "cancelled"} <= {c.status for c in e.status_claims} for e in merged)


def test_a_merged_event_keeps_the_day_over_a_season_a_plan_gave():
    planned = ev("e1", "d1", "meeting", ["state:AAA", "state:BBB"], "agreed", on=date(2024, 5, 2), day="2024-FA")
    held = ev("e2", "d2", "meeting", ["state:AAA", "state:BBB"], "held", on=date(2024, 10, 10), day="2024-10-09")
    (merged,) = merge_events([planned, held])
    assert merged.status == "held" and merged.time.value == "2024-10-09"


# -- events no report dates ------------------------------------------------------------------------------
def _claimless(key, doc, kind="visit", participants=("state:IRQ", "state:TUR")):
    return Event(key, kind, participants, mentions=(Mention(doc, 5, 12, "visit"),))


def test_events_no_claim_dates_are_kept_in_the_years_their_articles_came_out():
    old, new, near = _claimless("e1", "d1"), _claimless("e2", "d2"), _claimless("e3", "d3")
    published = {"d1": date(2011, 4, 2), "d2": date(2039, 9, 30), "d3": date(2039, 10, 2)}
    merged = merge_facts([old, new, near], [], published=published)[0]
    assert sorted(sorted(m.doc_id for m in e.mentions) for e in merged) == [["d1"], ["d2", "d3"]]
    assert len(merge_facts([old, new, near], [])[0]) == 1  # nothing dates them: one event, as before


def test_an_undated_event_with_no_claim_joins_a_claimed_report_of_its_week():
    claimed = ev("e1", "d1", "visit", ["state:IRQ", "state:TUR"], "cancelled", on=date(2039, 10, 1))
    merged = merge_facts([claimed, _claimless("e2", "d2"), _claimless("e3", "d3")], [],
                         published={"d2": date(2039, 10, 3), "d3": date(2012, 1, 5)})[0]
    assert sorted(sorted(m.doc_id for m in e.mentions) for e in merged) == [["d1", "d2"], ["d3"]]
