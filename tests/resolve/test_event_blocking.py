"""Event merging tests only pairs that can be one event, and merges exactly as the first, pairwise rule did.

The reference below is the merge as written before blocking and features: every pair sharing a
participant, tested on the records themselves, joined greedily in the same order.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from diplograph.records import Event, Mention, StatusClaim, Timex
from diplograph.resolve import facts
from diplograph.resolve.memo import Memo

TYPES = ("meeting", "summit", "talks", "call", "visit", "signing", "parade")  # the last in no family
ACTORS = ("state:RUS", "state:USA", "state:UKR", "person:ana-ruiz", "org:un")
PLACES = (None, None, "Geneva", "Oslo", "Norway")
STATUSES = ("proposed", "agreed", "scheduled", "held", "declined", "cancelled")


def old_same_event(a: Event, b: Event) -> bool:
    """Same family, matching participants (equal, or one inside the other), compatible place and time."""
    if facts.lx.FAMILIES.get(a.type) != facts.lx.FAMILIES.get(b.type):
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb or not (pa == pb or pa < pb or pb < pa):
        return False
    if pa != pb and min(len(pa), len(pb)) < 2 and not (a.type == b.type and a.location and b.location
                                                          and facts._place(a.location) == facts._place(b.location)):
        return False  # one lone participant is too little to say it is the same event
    if not facts._docs_of(a).isdisjoint(facts._docs_of(b)):
        return False
    both_held = a.status == b.status == "held"
    if old_apart(a, b):
        return False  # held in one city, called off or planned in another; a visit to one place, a meeting in another
    da, db = facts._day(a), facts._day(b)
    if both_held and da and db and abs((da - db).days) > facts.HELD_DAYS_APART:
        return False
    sa, sb = facts._span(a), facts._span(b)
    if not both_held and sa and sb and (sa[1] < sb[0] or sb[1] < sa[0]):
        return False  # talks held on Monday and talks due next week: two rounds
    ca, cb = facts._claim_days(a), facts._claim_days(b)
    if old_after_report(a, b) or old_after_report(b, a):
        return False  # reported held, and dated wholly after every such report: two rounds
    if old_refused_before(a, b) or old_refused_before(b, a):
        return False  # an undated refusal, and an event first reported months after it: two events
    if old_refused_after(a, b) or old_refused_after(b, a):
        return False  # an undated refusal reported weeks after an event's days were over: a next one refused
    return not (ca and cb and min(abs((x - y).days) for x in ca for y in cb) > facts.CLAIMS_DAYS_APART)


def old_after_report(held: Event, other: Event) -> bool:
    """An event reported as held, and one dated wholly after the last of those reports."""
    claims, span = facts._claim_days(held), facts._span(other)
    return held.status == "held" and bool(claims) and span is not None and span[0] > max(claims)


def old_refused_before(refused: Event, other: Event) -> bool:
    """An undated refusal, and a dated event (or a fresh proposal or agreement) first reported more than
    REFUSAL_DAYS_APART after its last report."""
    claims, others = facts._claim_days(refused), facts._claim_days(other)
    return refused.status in ("declined", "cancelled") and facts._span(refused) is None and bool(claims) \
        and (facts._span(other) is not None or other.status in ("proposed", "agreed")) and bool(others) \
        and (min(others) - max(claims)).days > facts.REFUSAL_DAYS_APART


def old_refused_after(refused: Event, other: Event) -> bool:
    """An undated plan or refusal first reported more than REFUSED_AFTER_DAYS after another event's last day."""
    claims, span = facts._claim_days(refused), facts._span(other)
    return refused.status in ("proposed", "agreed", "scheduled", "declined", "cancelled") and facts._span(refused) is None and bool(claims) \
        and span is not None and (min(claims) - span[1]).days > facts.REFUSED_AFTER_DAYS


def old_apart(a: Event, b: Event) -> bool:
    """Both events have a place, and the places are not one (a state and its capital are one)."""
    return bool(a.location and b.location) and not facts.same_place(a.location, b.location)


def old_can_join(x: Event, y: Event) -> bool:
    """Nothing sets two members of a group apart: parties nested, dates not disjoint, claims near.

    Checked for every pair of a growing group, so an undated report cannot chain two events
    reported years apart into one.
    """
    px, py = set(x.participants), set(y.participants)
    sx, sy = facts._span(x), facts._span(y)
    if sx and sy and (sx[1] < sy[0] or sy[1] < sx[0]):
        return False
    cx, cy = facts._claim_days(x), facts._claim_days(y)
    if cx and cy and min(abs((a - b).days) for a in cx for b in cy) > facts.CLAIMS_DAYS_APART:
        return False
    if x.type != y.type and old_apart(x, y):
        return False
    if old_refused_after(x, y) or old_refused_after(y, x):
        return False
    return px <= py or py <= px


def reference_merge(items: list[Event]) -> tuple[list[Event], dict[str, str]]:
    """Every pair sharing a participant, tested and joined as before blocking."""
    by_actor: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(items):
        for key in set(ev.participants):
            by_actor[key].append(i)
    pairs = {(min(i, j), max(i, j)) for ids in by_actor.values() for i in ids for j in ids if i != j}
    size = {i: len(ev.participants) for i, ev in enumerate(items)}
    parent = list(range(len(items)))
    members = {i: [i] for i in range(len(items))}
    for i, j in sorted(pairs, key=lambda p: (-(size[p[0]] + size[p[1]]), items[p[0]].key, items[p[1]].key)):
        if old_same_event(items[i], items[j]):
            a, b = facts._find(parent, i), facts._find(parent, j)
            if a != b and all(old_can_join(items[x], items[y]) for x in members[a] for y in members[b]):
                parent[b] = a
                members[a] += members.pop(b)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, ev in enumerate(items):
        groups[facts._find(parent, i)].append(ev)
    merged, keymap = [], {}
    for group in groups.values():
        one = facts._one_event(group)
        merged.append(one)
        keymap.update({ev.key: one.key for ev in group})
    return merged, keymap


def random_events(rng: random.Random, n: int, prefix: str = "ev") -> list[Event]:
    out = []
    for i in range(n):
        doc, on = f"d{rng.randrange(n // 2)}", date(2024, 1, 1) + timedelta(days=rng.randrange(400))
        day = on + timedelta(days=rng.choice((-1, 0, 0, 2, 9)))
        time = Timex(0, 6, "Monday", "DATE", day.isoformat()) if rng.random() < 0.7 else None
        claims = tuple(StatusClaim(rng.choice(STATUSES), doc, on + timedelta(days=rng.choice((0, 0, 250))))
                       for _ in range(rng.choice((1, 1, 2))))
        out.append(Event(f"{prefix}:{i}", rng.choice(TYPES), tuple(rng.sample(ACTORS, rng.choice((1, 2, 2, 3)))),
                         claims, location=rng.choice(PLACES), time=time,
                         mentions=(Mention(doc, 5, 12, "meeting"),)))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_blocked_merge_equals_the_pairwise_merge(seed):
    items = random_events(random.Random(seed), 160)
    merged = facts.merge_events_keyed(items)
    assert merged == reference_merge(items)
    assert len(merged[0]) < len(items)  # some events did merge


@pytest.mark.parametrize("seed", range(4))
def test_features_decide_each_pair_as_the_records_do(seed):
    items = random_events(random.Random(seed), 120)
    seen = [facts._features(ev) for ev in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            f, g = seen[i], seen[j]
            if f.family == g.family and f.parties and g.parties and (f.parties <= g.parties or g.parties <= f.parties):
                assert facts._same(f, g) == old_same_event(items[i], items[j])
                assert facts._can_join(f, g) == old_can_join(items[i], items[j])


@pytest.mark.parametrize("seed", range(4))
def test_merging_with_the_last_runs_memo_equals_merging_afresh(seed):
    rng = random.Random(seed)
    base = random_events(rng, 200)
    memo = Memo()
    facts.merge_events_keyed(base, memo)
    added = base + random_events(rng, 4, prefix="new")  # about 2 % more
    dropped = [ev for ev in added if ev.key != "ev:7"]
    again = Memo.from_json(memo.to_json())  # through plain JSON values, as saved
    assert facts.merge_events_keyed(dropped, again) == reference_merge(dropped)
    assert again.worked["events"] == 4
    assert again.reused["event clusters"] > again.worked["event clusters"]
    unchanged = Memo.from_json(again.to_json())
    assert facts.merge_events_keyed(dropped, unchanged) == reference_merge(dropped)
    assert unchanged.worked == {"events": 0, "event clusters": 0, "statement blocks": 0}


def test_a_lone_participant_pairs_only_with_events_of_its_type_and_place_holding_it():
    a = Event("a", "meeting", ("state:RUS",), location="Geneva")
    b = Event("b", "meeting", ("state:RUS", "state:UKR"), location="Geneva")  # holds RUS, same place
    c = Event("c", "call", ("state:RUS", "state:UKR"))  # another family
    d = Event("d", "meeting", ("state:UKR", "state:USA"))  # shares no participant set with a
    e = Event("e", "talks", ("state:RUS", "state:UKR"), location="Geneva")  # same family, another type
    items = [a, b, c, d, e]
    assert sorted((items[i].key, items[j].key) for i, j in facts._candidate_pairs(items)) == [("a", "b"), ("b", "e")]


CLAIM_OFFSETS = (0, 120, 205, 260, 410)  # 205 from both 0 and 410: near neither


def varied_events(rng: random.Random, n: int) -> list[Event]:
    """Events with spans of a day to a quarter, claims up to a year apart, few participant sets (many pairs)."""
    values = ("2024-03-04", "2024-03-05", "2024-03", "2024-Q2", "2024-W20", "2024-09-01", None)
    out = []
    for i in range(n):
        doc, on = f"d{i}", date(2024, 1, 1) + timedelta(days=rng.randrange(300))
        value = rng.choice(values)
        claims = tuple(StatusClaim(rng.choice(STATUSES), doc, on + timedelta(days=rng.choice(CLAIM_OFFSETS)))
                       for _ in range(rng.choice((0, 1, 1, 2, 3))))
        out.append(Event(f"e{rng.randrange(10 ** 6):06d}:{i}", rng.choice(TYPES[:4]),
                         tuple(rng.sample(ACTORS[:3], rng.choice((1, 2, 2, 3)))), claims,
                         location=rng.choice(PLACES), time=Timex(0, 3, "May", "DATE", value) if value else None,
                         mentions=(Mention(doc, 5, 12, "meeting"),)))
    return out


def pairwise_greedy(items: list[Event], seen: list, pairs) -> list[list[int]]:
    """The group join as first written: every member of one group tested against every member of the other."""
    parent = list(range(len(items)))
    members = {i: [i] for i in parent}
    size = [len(ev.participants) for ev in items]
    order = sorted(map(tuple, pairs), key=lambda p: (-(size[p[0]] + size[p[1]]), items[p[0]].key, items[p[1]].key))
    for i, j in order:
        a, b = facts._find(parent, i), facts._find(parent, j)
        if a != b and all(facts._can_join(seen[x], seen[y]) for x in members[a] for y in members[b]):
            parent[b] = a
            members[a] += members.pop(b)
    return sorted(sorted(g) for g in members.values())


def test_a_groups_summary_decides_as_every_pair_of_members_would():
    rng = random.Random(5)
    outcomes = []
    for _ in range(3000):
        seen = [facts._features(ev) for ev in varied_events(rng, rng.randrange(2, 7))]
        cut = rng.randrange(1, len(seen))
        here, there = facts._Group(seen[0]), facts._Group(seen[cut])
        for f in seen[1:cut]:
            here.absorb(facts._Group(f))
        for f in seen[cut + 1:]:
            there.absorb(facts._Group(f))
        expected = all(facts._can_join(x, y) for x in seen[:cut] for y in seen[cut:])
        assert here.joins(there) == expected
        outcomes.append(expected)
    assert 100 < sum(outcomes) < len(outcomes) - 100  # both answers well represented


@pytest.mark.parametrize("seed", range(4))
def test_the_windowed_group_join_equals_the_pairwise_one(seed):
    items = varied_events(random.Random(seed), 700)
    seen = [facts._features(ev) for ev in items]
    pairs = facts._candidate_pairs(items, seen)
    assert len(pairs) > 5000  # enough for many windows between joins
    found = facts._greedy(items, seen, list(range(len(items))), pairs)
    assert sorted(sorted(g) for g in found) == pairwise_greedy(items, seen, pairs)
    assert sum(len(g) > 1 for g in found) > 20


@pytest.mark.parametrize("width", [50, 1 << 40])  # one integer key; a lexicographic sort when that would not fit
def test_pairs_are_ordered_by_falling_size_then_the_keys_ranks(width):
    rng = random.Random(width)
    total, first, second = ([rng.randrange(limit) for _ in range(400)] for limit in (6, 50, 50))
    order = facts._pair_order(*(np.array(v) for v in (total, first, second)), width).tolist()
    assert order == sorted(range(400), key=lambda k: (-total[k], first[k], second[k]))


@pytest.mark.parametrize("seed", range(3))
def test_the_column_test_finds_exactly_the_pairs_same_finds(seed):
    rng = random.Random(seed)
    items = varied_events(rng, 300)
    for i in rng.sample(range(300), 60):  # reported by no article, or by several (one of them maybe shared)
        docs = rng.choice(((), (f"d{i}", f"d{rng.randrange(300)}")))
        items[i] = replace(items[i], mentions=tuple(Mention(doc, 5, 12, "meeting") for doc in docs))
    seen = [facts._features(ev) for ev in items]
    expected = {(i, j) for i in range(300) for j in range(i + 1, 300)
                if seen[i].family == seen[j].family and seen[i].parties and seen[j].parties
                and (seen[i].parties <= seen[j].parties or seen[j].parties <= seen[i].parties)
                and facts._same(seen[i], seen[j])}
    found = facts._candidate_pairs(items, seen).tolist()
    assert len(found) == len(expected) and set(map(tuple, found)) == expected
    fresh = rng.sample(range(300), 15)
    assert facts._pairs_of(fresh, seen).tolist() == sorted(
        [i, j] for i, j in expected if i in fresh or j in fresh)


def test_the_memo_tells_apart_an_undated_event_whose_articles_moved_in_time():
    items = [Event(k, "meeting", ("state:FJI", "state:NZL"), mentions=(Mention(d, 0, 7, "meeting"),))
             for k, d in (("a", "d1"), ("b", "d2"))]
    near = {"d1": date(2030, 5, 1), "d2": date(2030, 5, 2)}
    memo = Memo()
    assert len(facts.merge_events_keyed(items, memo, near)[0]) == 1
    again = Memo.from_json(memo.to_json())
    apart = {"d1": date(2030, 5, 1), "d2": date(2051, 5, 2)}  # d2 re-dated in its manifest
    assert len(facts.merge_events_keyed(items, again, apart)[0]) == 2
