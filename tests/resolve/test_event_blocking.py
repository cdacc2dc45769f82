"""Event merging pairs only events that can be one, and merges exactly as over every shared participant."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pytest

from diplograph.records import Event, Mention, StatusClaim, Timex
from diplograph.resolve import facts

TYPES = ("meeting", "summit", "talks", "call", "visit", "signing", "parade")  # the last in no family
ACTORS = ("state:RUS", "state:USA", "state:UKR", "person:ana-ruiz", "org:un")
PLACES = (None, None, "Geneva", "Oslo", "Norway")
STATUSES = ("proposed", "agreed", "scheduled", "held", "declined", "cancelled")


def every_shared_participant(items: list[Event]) -> list[tuple[int, int]]:
    """The candidate pairs as listed before blocking: every pair sharing a participant."""
    by_actor: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(items):
        for key in set(ev.participants):
            by_actor[key].append(i)
    pairs = {(min(i, j), max(i, j)) for ids in by_actor.values() for i in ids for j in ids if i != j}
    size = {i: len(ev.participants) for i, ev in enumerate(items)}
    return sorted(pairs, key=lambda p: (-(size[p[0]] + size[p[1]]), items[p[0]].key, items[p[1]].key))


def random_events(rng: random.Random, n: int) -> list[Event]:
    out = []
    for i in range(n):
        doc, on = f"d{rng.randrange(n // 2)}", date(2024, 1, 1) + timedelta(days=rng.randrange(400))
        day = on + timedelta(days=rng.choice((-1, 0, 0, 2, 9)))
        time = Timex(0, 6, "Monday", "DATE", day.isoformat()) if rng.random() < 0.7 else None
        out.append(Event(f"ev:{i}", rng.choice(TYPES), tuple(rng.sample(ACTORS, rng.choice((1, 2, 2, 3)))),
                         (StatusClaim(rng.choice(STATUSES), doc, on),), location=rng.choice(PLACES),
                         time=time, mentions=(Mention(doc, 5, 12, "meeting"),)))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_blocked_pairs_merge_exactly_as_every_shared_participant(seed, monkeypatch):
    items = random_events(random.Random(seed), 160)
    blocked = facts.merge_events_keyed(items)
    assert len(facts._candidate_pairs(items)) < len(every_shared_participant(items))
    monkeypatch.setattr(facts, "_candidate_pairs", every_shared_participant)
    assert facts.merge_events_keyed(items) == blocked
    assert len(blocked[0]) < len(items)  # some events did merge


def test_a_lone_participant_pairs_only_with_events_of_its_family_holding_it():
    a = Event("a", "meeting", ("state:RUS",))
    b = Event("b", "talks", ("state:RUS", "state:UKR"))  # same family, holds RUS
    c = Event("c", "call", ("state:RUS", "state:UKR"))  # another family
    d = Event("d", "meeting", ("state:UKR", "state:USA"))  # shares no participant set with a
    items = [a, b, c, d]
    assert [(items[i].key, items[j].key) for i, j in facts._candidate_pairs(items)] == [("a", "b")]
