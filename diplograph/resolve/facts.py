"""Cross-article identity of events and statements: one record per real-world fact, all its sources kept."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import gazetteer, same_place
from diplograph.records import Event, Statement, Timex
from diplograph.timex.values import timex_bounds

SIMILAR = 0.34  # share of the shorter quote's word stems found in the other one
MIN_SHARED = 2  # stems two quotes must share before they can be the same statement
NEAR_SAME = 88  # rapidfuzz token-sort ratio of two wordings of one remark
HELD_DAYS_APART = 2  # two held events further apart than this are different events
CLAIMS_DAYS_APART = 200  # proposals this far apart in time are different events
STEM = 5  # a word's first letters stand for its family ("prepared"/"preparation")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = frozenset("""a an and are as at be been being but by can could did do does for from had has
have he her his i if in into is it its itself of on or our she so such than that the their them
then there these they this those to too us was we were what when which while who will with would
you your also just more most very not no nor any all both each other some about over out up""".split())


# -- statements ----------------------------------------------------------------------------------------
def merge_statements(statements: Iterable[Statement]) -> list[Statement]:
    """Statements of one speaker on one day with similar words, from different articles, become one."""
    items = list(statements)
    groups: dict[tuple[str, date | None], list[int]] = defaultdict(list)
    for i, st in enumerate(items):
        groups[(st.speaker, st.said_on)].append(i)
    parent = list(range(len(items)))
    for members in groups.values():
        _link_similar(items, members, parent)
    clusters: dict[int, list[Statement]] = defaultdict(list)
    for i, st in enumerate(items):
        clusters[_find(parent, i)].append(st)
    return [_one_statement(group) for group in clusters.values()]


def _link_similar(items: list[Statement], members: list[int], parent: list[int]) -> None:
    """Join the most similar pairs first; a merged group never holds two statements of one article."""
    pairs = _similar_pairs(items, members)
    docs = {i: set(_docs(items[i])) for i in members}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = _find(parent, i), _find(parent, j)
        if a == b or docs[a] & docs[b]:
            continue
        parent[b] = a
        docs[a] |= docs.pop(b)


def _similar_pairs(items: list[Statement], members: list[int]) -> list[tuple[float, int, int]]:
    """(score, i, j) for the pairs of different articles alike enough to merge.

    The score depends on the two quotes alone, so it is computed once per pair of distinct
    wordings: many outlets repeating one remark cost one comparison, not one per pair of copies.
    """
    by_quote: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_quote[items[i].quote].append(i)
    quotes = list(by_quote)
    stems = [stems_of(q) for q in quotes]
    docs = {i: frozenset(_docs(items[i])) for i in members}
    pairs = []
    for a, qa in enumerate(quotes):
        for b in range(a, len(quotes)):
            score = max(similarity(stems[a], stems[b]), wording(qa, quotes[b]))
            if score < SIMILAR:
                continue
            for x in by_quote[qa]:
                for y in by_quote[quotes[b]]:
                    if (a != b or x < y) and not docs[x] & docs[y]:
                        pairs.append((score, min(x, y), max(x, y)))
    return pairs


def stems_of(text: str) -> set[str]:
    """Content-word stems of a quote: lower-cased, function words out, each cut to its first letters."""
    return {w[:STEM] for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP and len(w) > 2}


def similarity(a: set[str], b: set[str]) -> float:
    """Share of the smaller stem set found in the other (0 when they share too few stems)."""
    shared = len(a & b)
    if shared < MIN_SHARED or not a or not b:
        return 0.0
    return shared / min(len(a), len(b))


def wording(a: str, b: str) -> float:
    """Near-identical wordings (one word or the punctuation changed) count fully; anything less counts nil."""
    from rapidfuzz import fuzz

    return 1.0 if min(len(a), len(b)) >= 20 and fuzz.token_sort_ratio(a.lower(), b.lower()) >= NEAR_SAME else 0.0


def _docs(st: Statement) -> set[str]:
    return {m.doc_id for m in st.mentions} or {st.doc_id}


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _one_statement(group: list[Statement]) -> Statement:
    """One statement for a group: the fullest quote stands for all, every mention kept."""
    if len(group) == 1:
        return group[0]
    best = max(group, key=lambda s: (s.direct, len(s.quote.split()), s.key))
    mentions = tuple(sorted({m for s in group for m in s.mentions}, key=lambda m: (m.doc_id, m.start)))
    return replace(best, key=min(s.key for s in group), mentions=mentions,
                   about=tuple(dict.fromkeys(k for s in group for k in s.about)),
                   about_events=tuple(dict.fromkeys(k for s in group for k in s.about_events)))


# -- events --------------------------------------------------------------------------------------------
def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events of one kind with the same participants, from different articles, become one event."""
    return merge_events_keyed(events)[0]


def merge_events_keyed(events: Iterable[Event]) -> tuple[list[Event], dict[str, str]]:
    """merge_events, plus the map from every old event key to the key of the event it went into."""
    items = list(events)
    parent = list(range(len(items)))
    members = {i: [i] for i in range(len(items))}
    for i, j in _candidate_pairs(items):
        if _same_event(items[i], items[j]):
            a, b = _find(parent, i), _find(parent, j)
            if a != b and all(_can_join(items[x], items[y]) for x in members[a] for y in members[b]):
                parent[b] = a
                members[a] += members.pop(b)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, ev in enumerate(items):
        groups[_find(parent, i)].append(ev)
    merged, keymap = [], {}
    for group in groups.values():
        one = _one_event(group)
        merged.append(one)
        keymap.update({ev.key: one.key for ev in group})
    return merged, keymap


def _same_event(a: Event, b: Event) -> bool:
    """Same family, matching participants (equal, or one inside the other), compatible place and time."""
    if lx.FAMILIES.get(a.type) != lx.FAMILIES.get(b.type):
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb or not (pa == pb or pa < pb or pb < pa):
        return False
    if pa != pb and min(len(pa), len(pb)) < 2 and not (a.type == b.type and a.location and b.location
                                                          and _place(a.location) == _place(b.location)):
        return False  # one lone participant is too little to say it is the same event
    if not _docs_of(a).isdisjoint(_docs_of(b)):
        return False
    both_held = a.status == b.status == "held"
    opposed = {a.status, b.status} in ({"held", "cancelled"}, {"held", "declined"})
    if (both_held or opposed or a.type != b.type) and _apart(a, b):
        return False  # held in one city, called off in another; a visit to one place, a meeting in another
    da, db = _day(a), _day(b)
    if both_held and da and db and abs((da - db).days) > HELD_DAYS_APART:
        return False
    sa, sb = _span(a), _span(b)
    if not both_held and sa and sb and (sa[1] < sb[0] or sb[1] < sa[0]):
        return False  # talks held on Monday and talks due next week: two rounds
    ca, cb = _claim_days(a), _claim_days(b)
    return not (ca and cb and min(abs((x - y).days) for x in ca for y in cb) > CLAIMS_DAYS_APART)


def _apart(a: Event, b: Event) -> bool:
    """Both events have a place, and the places are not one (a state and its capital are one)."""
    return bool(a.location and b.location) and not same_place(a.location, b.location)


def _candidate_pairs(items: list[Event]) -> list[tuple[int, int]]:
    """Pairs that may be one event, bigger participant sets first (they anchor the groups).

    Only pairs of one family whose participant sets nest can pass ``_same_event``, so each event
    is paired with the events of its family that hold all its participants (the intersection of
    their lists), not with every event sharing one of them: the pairs left out would be rejected
    anyway, and the merge is the same (quadratic in a popular state's events otherwise).
    """
    by_actor: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for i, ev in enumerate(items):
        for key in set(ev.participants):
            by_actor[(lx.FAMILIES.get(ev.type), key)].add(i)
    pairs: set[tuple[int, int]] = set()
    for i, ev in enumerate(items):
        family = lx.FAMILIES.get(ev.type)
        sets = sorted((by_actor[(family, key)] for key in set(ev.participants)), key=len)
        holders = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0] if sets else ()
        pairs.update((i, j) if i < j else (j, i) for j in holders if j != i)
    size = {i: len(ev.participants) for i, ev in enumerate(items)}
    return sorted(pairs, key=lambda p: (-(size[p[0]] + size[p[1]]), items[p[0]].key, items[p[1]].key))


def _can_join(x: Event, y: Event) -> bool:
    """Nothing sets two members of a group apart: parties nested, dates not disjoint, claims near.

    Checked for every pair of a growing group, so an undated report cannot chain two events
    reported years apart into one.
    """
    px, py = set(x.participants), set(y.participants)
    sx, sy = _span(x), _span(y)
    if sx and sy and (sx[1] < sy[0] or sy[1] < sx[0]):
        return False
    cx, cy = _claim_days(x), _claim_days(y)
    if cx and cy and min(abs((a - b).days) for a in cx for b in cy) > CLAIMS_DAYS_APART:
        return False
    if x.type != y.type and _apart(x, y):
        return False
    return px <= py or py <= px


def _docs_of(ev: Event) -> set[str]:
    return {m.doc_id for m in ev.mentions}


def _place(text: str) -> str:
    return text.split(",")[0].strip().lower()


def _day(ev: Event) -> date | None:
    value = ev.time.value if ev.time else None
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return date.fromisoformat(value[:10])
    return None


def _span(ev: Event) -> tuple[date, date] | None:
    return timex_bounds(ev.time) if ev.time is not None and ev.time.value else None


def _claim_days(ev: Event) -> list[date]:
    return [c.asserted_on for c in ev.status_claims if c.asserted_on]


def _one_event(group: list[Event]) -> Event:
    """One event for a group: claims and mentions pooled, type/place/day by support."""
    if len(group) == 1:
        return group[0]
    weight = Counter()
    for ev in group:
        weight[ev.type] += len(ev.mentions) or 1
    kind = max(weight, key=lambda t: (weight[t], -lx.TYPE_PRIORITY.index(t) if t in lx.TYPE_PRIORITY else -99))
    participants = Counter(k for ev in group for k in ev.participants)
    claims = tuple(dict.fromkeys(c for ev in sorted(group, key=lambda e: e.key) for c in ev.status_claims))
    mentions = tuple(sorted({m for ev in group for m in ev.mentions}, key=lambda m: (m.doc_id, m.start)))
    mediators = tuple(dict.fromkeys(k for ev in group for k in ev.mediators))
    hosts = tuple(dict.fromkeys(k for ev in group for k in ev.hosts))
    draft = Event(key=min(ev.key for ev in group), type=kind,
                  participants=tuple(sorted(participants, key=lambda k: (-participants[k], k))),
                  status_claims=claims, location=_best_location(group), time=_best_time(group),
                  mediators=mediators, hosts=hosts, mentions=mentions)
    plover, cameo = lx.codes(kind, draft.status, mediated=bool(mediators), hosted=bool(hosts))
    return replace(draft, plover=plover, cameo=cameo)


def _best_location(group: list[Event]) -> str | None:
    """The place most members give (held reports double; a city takes the votes of its state)."""
    votes = Counter()
    names: dict[str, str] = {}
    for ev in group:
        if ev.location:
            votes[_place(ev.location)] += 2 if ev.status == "held" else 1
            names.setdefault(_place(ev.location), ev.location)
    for wide in list(votes):
        narrow = [p for p in votes if p != wide and same_place(p, wide) and _is_state(wide)]
        if narrow:
            votes[narrow[0]] += votes.pop(wide)
    return names[max(votes, key=lambda p: (votes[p], p))] if votes else None


def _is_state(place: str) -> bool:
    entry = gazetteer().lookup(place.title())
    return entry is not None and entry.type == "state" and entry.kind == "name"


def _best_time(group: list[Event]) -> Timex | None:
    """The day most members give, an explicit time expression counting double."""
    votes: Counter = Counter()
    timex: dict[str, Timex] = {}
    for ev in group:
        if ev.time is not None and ev.time.value:
            votes[ev.time.value] += 2 if ev.time.text else 1
            timex.setdefault(ev.time.value, ev.time)
    return timex[max(votes, key=lambda v: (votes[v], v))] if votes else None


# -- both ----------------------------------------------------------------------------------------------
def merge_facts(events: Iterable[Event], statements: Iterable[Statement]) -> tuple[list[Event], list[Statement]]:
    """Merge events and statements, pointing each statement's about_events at the merged event keys."""
    merged_events, keymap = merge_events_keyed(events)
    remapped = [replace(st, about_events=tuple(dict.fromkeys(keymap.get(k, k) for k in st.about_events)))
                for st in statements]
    return merged_events, merge_statements(remapped)
