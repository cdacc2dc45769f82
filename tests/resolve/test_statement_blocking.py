"""Statement merging compares each pair of wordings once, and merges exactly as pair by pair."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from diplograph.records import Mention, Statement
from diplograph.resolve import facts
from diplograph.resolve.facts import merge_statements

QUOTES = ("The ceasefire must hold and talks must resume next week.",
          "The ceasefire must hold, and the talks must resume next week.",
          "Talks must resume next week if the ceasefire holds.",
          "We will not accept new sanctions on our exports.",
          "Sanctions on exports will not be accepted.",
          "Nothing was agreed.")


def pairwise(items: list[Statement]) -> list[Statement]:
    """The merge as it was written before blocking: every pair of copies scored on its own."""
    groups: dict = {}
    for i, s in enumerate(items):
        groups.setdefault((s.speaker, s.said_on), []).append(i)
    parent = list(range(len(items)))
    for members in groups.values():
        pairs = []
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                if facts._docs(items[i]) & facts._docs(items[j]):
                    continue
                score = max(facts.similarity(facts.stems_of(items[i].quote), facts.stems_of(items[j].quote)),
                            facts.wording(items[i].quote, items[j].quote))
                if score >= facts.SIMILAR:
                    pairs.append((score, i, j))
        docs = {i: set(facts._docs(items[i])) for i in members}
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            a, b = facts._find(parent, i), facts._find(parent, j)
            if a != b and not docs[a] & docs[b]:
                parent[b] = a
                docs[a] |= docs.pop(b)
    clusters: dict = {}
    for i, s in enumerate(items):
        clusters.setdefault(facts._find(parent, i), []).append(s)
    return [facts._one_statement(g) for g in clusters.values()]


def outlets(seed: int, copies: int) -> list[Statement]:
    """Each remark retold by several outlets, some articles carrying two remarks, in any order."""
    rng = random.Random(seed)
    out = []
    for n in range(copies * len(QUOTES)):
        quote = rng.choice(QUOTES)
        doc = f"doc-{rng.randrange(copies * 2)}"  # articles often carry several remarks
        speaker = rng.choice(("person:a", "person:b"))
        day = date(2024, 5, rng.choice((1, 2)))
        st = Statement(f"s{n}", speaker, quote, rng.random() < 0.5, doc, said_on=day,
                       mentions=(Mention(doc, n, n + len(quote), quote),))
        out.append(replace(st, about=(f"state:{rng.choice('XYZ')}",)))
    rng.shuffle(out)
    return out


def test_blocked_merge_equals_the_pairwise_merge():
    for seed in range(6):
        items = outlets(seed, copies=4 + seed * 3)
        assert merge_statements(items) == pairwise(items)


def test_each_pair_of_wordings_is_scored_once(monkeypatch):
    calls = []
    real = facts.wording
    monkeypatch.setattr(facts, "wording", lambda a, b: calls.append((a, b)) or real(a, b))
    items = outlets(1, copies=20)
    merged = merge_statements(items)
    groups: dict = {}
    for s in items:
        groups.setdefault((s.speaker, s.said_on), []).append(s.quote)
    wordings = sum(len(set(q)) * (len(set(q)) + 1) // 2 for q in groups.values())
    copies = sum(len(q) * (len(q) - 1) // 2 for q in groups.values())
    assert len(calls) <= wordings < copies // 10
    assert len(merged) < len(items)
