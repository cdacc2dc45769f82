"""DocActors lookups skip the mentions that end too early to matter: they must find what a full scan finds."""

from __future__ import annotations

import random
from bisect import bisect_right

from diplograph.extract.base import ActorMention, DocActors


def _mention(start: int, end: int, n: int) -> ActorMention:
    return ActorMention(start, end, "x" * (end - start), f"person:p{n}", f"P{n}", "person", "name")


def _scan(actors: DocActors, start: int, end: int, partial: bool) -> list[ActorMention]:
    """Every mention up to the last starting by ``end``, in order, tested one by one."""
    upto = actors.mentions[:bisect_right([m.start for m in actors.mentions], end)]
    if partial:
        return [m for m in upto if m.end > start and m.start < end]
    return [m for m in upto if m.start >= start and m.end <= end]


def _check(actors: DocActors, rng: random.Random) -> None:
    for _ in range(200):
        a = rng.randrange(-5, 320)
        b = a + rng.randrange(0, 40)
        for partial in (False, True):
            assert actors.in_span(a, b, partial=partial) == _scan(actors, a, b, partial)
        hits = _scan(actors, a, b, True)
        assert actors.at(a, b) == (max(hits, key=lambda m: (m.end - m.start, -m.start)) if hits else None)


def test_lookups_match_a_full_scan_through_adds_swaps_and_drops():
    rng = random.Random(7)
    for _ in range(20):
        spans = [(s, s + rng.choice((0, 1, 3, 8, 25, 60))) for s in (rng.randrange(300) for _ in range(30))]
        actors = DocActors([_mention(a, b, n) for n, (a, b) in enumerate(spans)])
        _check(actors, rng)
        actors.add(_mention(100, 190, 99))  # longer than any before it
        _check(actors, rng)
        old = actors.mentions[5]
        actors.swap(old, _mention(old.start, old.end + 120, 98))  # the same start, a longer reading
        _check(actors, rng)
        old = actors.mentions[3]
        actors.swap(old, _mention(old.start + 200, old.start + 205, 97))  # a moved start: out of text order
        _check(actors, rng)
        actors.drop({"person:p1", "person:p2"})
        _check(actors, rng)


def test_empty_and_zero_length_mentions():
    assert DocActors().in_span(0, 10) == [] and DocActors().at(0, 10) is None
    actors = DocActors([_mention(4, 4, 1), _mention(2, 9, 2)])
    assert actors.in_span(4, 4) == [actors.mentions[1]]
    assert actors.at(3, 5).key == "person:p2"


def test_every_change_bumps_the_version_that_remembered_answers_check():
    actors = DocActors([_mention(0, 5, 1), _mention(10, 14, 2)])
    seen = {actors.version}
    actors.add(_mention(20, 26, 3))
    seen.add(actors.version)
    actors.swap(actors.mentions[0], _mention(0, 5, 4))
    seen.add(actors.version)
    actors.drop({"person:p2"})
    seen.add(actors.version)
    assert len(seen) == 4  # np_keys answers kept from before a change are asked afresh
    actors.in_span(0, 30)
    actors.at(0, 5)
    assert actors.version == max(seen)  # lookups change nothing


def test_np_keys_is_worked_out_again_only_once_the_actors_change(monkeypatch):
    from diplograph.extract.events.participants import Parties

    calls = []
    monkeypatch.setattr(Parties, "_np_keys", lambda self, tok: calls.append(tok.i) or ["person:p1"])

    class Tok:  # a word as np_keys' memo sees it: its index
        i = 3

    actors = DocActors([_mention(0, 5, 1)])
    parties = Parties(actors)
    first = parties.np_keys(Tok())
    first.append("person:changed-by-a-caller")
    assert parties.np_keys(Tok()) == ["person:p1"] and calls == [3]  # remembered, and a caller's list is its own
    actors.add(_mention(10, 12, 2))
    assert parties.np_keys(Tok()) == ["person:p1"] and calls == [3, 3]  # asked afresh after the change
