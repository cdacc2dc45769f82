"""Cross-article identity of events and statements: one record per real-world fact, all its sources kept."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import gazetteer, same_place
from diplograph.records import Event, Statement, Timex
from diplograph.resolve.memo import Memo, block_digest, digest
from diplograph.timex.values import timex_bounds

SIMILAR = 0.34  # share of the shorter quote's word stems found in the other one
MIN_SHARED = 2  # stems two quotes must share before they can be the same statement
NEAR_SAME = 88  # rapidfuzz token-sort ratio of two wordings of one remark
HELD_DAYS_APART = 2  # two held events further apart than this are different events
REFUSAL_DAYS_APART = 90  # an undated refusal and an event first reported this much later are two events
REFUSED_AFTER_DAYS = 14  # an undated plan or refusal first reported this long after an event's last day is another
UNHELD = frozenset({"proposed", "agreed", "scheduled", "declined", "cancelled"})  # claims that tell no event took place
RENEWED = frozenset({"proposed", "agreed"})  # a fresh offer or agreement, undated, months after a refusal: a new one
CLAIMS_DAYS_APART = 200  # proposals this far apart in time are different events
STEM = 5  # a word's first letters stand for its family ("prepared"/"preparation")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = frozenset("""a an and are as at be been being but by can could did do does for from had has
have he her his i if in into is it its itself of on or our she so such than that the their them
then there these they this those to too us was we were what when which while who will with would
you your also just more most very not no nor any all both each other some about over out up""".split())


# -- statements ----------------------------------------------------------------------------------------
def merge_statements(statements: Iterable[Statement], memo: Memo | None = None) -> list[Statement]:
    """Statements of one speaker on one day with similar words, from different articles, become one.

    With a ``memo``, a block whose statements are exactly those of the last run keeps its groups.
    """
    items = list(statements)
    groups: dict[tuple[str, date | None], list[int]] = defaultdict(list)
    for i, st in enumerate(items):
        groups[(st.speaker, st.said_on)].append(i)
    parent = list(range(len(items)))
    for members in groups.values():
        if len(members) < 2:
            continue
        if memo is None:
            _link_similar(items, members, parent)
        else:
            _link_remembered(items, members, parent, memo)
    clusters: dict[int, list[Statement]] = defaultdict(list)
    for i, st in enumerate(items):
        clusters[_find(parent, i)].append(st)
    return [_one_statement(group) for group in clusters.values()]


def _link_remembered(items: list[Statement], members: list[int], parent: list[int], memo: Memo) -> None:
    """``_link_similar`` for one block, or its groups of the last run when the block is unchanged."""
    key = block_digest(digest(items[i]) for i in members)
    cached = Memo.groups(memo.statement_groups.get(key), len(members))
    if cached is None:
        _link_similar(items, members, parent)
        found: dict[int, list[int]] = defaultdict(list)
        for pos, i in enumerate(members):
            found[_find(parent, i)].append(pos)
        cached = list(found.values())
        memo.worked["statement blocks"] += 1
    else:
        for group in cached:
            head = members[group[0]]
            for pos in group[1:]:
                parent[members[pos]] = head
        memo.reused["statement blocks"] += 1
    memo.next.statement_groups[key] = cached


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


def merge_events_keyed(events: Iterable[Event], memo: Memo | None = None,
                       published: Mapping[str, date] | None = None) -> tuple[list[Event], dict[str, str]]:
    """merge_events, plus the map from every old event key to the key of the event it went into.

    With a ``memo`` (the last run's pairs and groups), pairs among events seen before and the
    groups of unchanged clusters are taken from it; the result is the same as without. ``published``
    (document id to publication day) dates an event no status claim dates by the days its articles came out.
    """
    items = list(events)
    seen = [_features(ev, published) for ev in items]
    if memo is None:
        groups = _greedy(items, seen, list(range(len(items))), _candidate_pairs(items, seen))
    else:
        groups = _merge_with_memo(items, seen, memo)
    merged, keymap = [], {}
    for group in sorted(groups, key=lambda g: g[0]):
        one = _one_event([items[i] for i in group])
        merged.append(one)
        keymap.update({items[i].key: one.key for i in group})
    return merged, keymap


def _greedy(items: list[Event], seen: list[_Seen], members: list[int], pairs: np.ndarray) -> list[list[int]]:
    """Join the pairs in their order when every member of one group can join every member of the other.

    ``pairs`` holds positions in ``members`` (the events at stake, ascending); groups come back by
    first member. The all-pairs test is read from each group's summary (``_Group``), which decides
    it exactly. Between two joins the groups stand still, so the pairs are read in windows: within
    one, only the first pair of each two groups can change anything, and a join ends the window.
    """
    size = np.array([len(items[m].participants) for m in members], dtype=np.int64)
    keys = [items[m].key for m in members]
    rank = {key: r for r, key in enumerate(sorted(set(keys)))}  # equal keys, equal rank: as the strings sort
    ranks = np.array([rank[key] for key in keys], dtype=np.int64)
    order = _pair_order(size[pairs[:, 0]] + size[pairs[:, 1]], ranks[pairs[:, 0]], ranks[pairs[:, 1]], len(rank))
    first, second = pairs[order, 0], pairs[order, 1]
    count = len(members)
    root = np.arange(count, dtype=np.int64)  # each member's group, named by one of its members
    held = [[pos] for pos in range(count)]  # a group's members, kept by the name of the group
    groups = [_Group(seen[m]) for m in members]
    refused: set[tuple[int, int, int, int]] = set()  # groups (name, size) found apart: groups only grow
    start, window = 0, 64
    while start < len(first):
        here, there = root[first[start:start + window]], root[second[start:start + window]]
        codes = here * count + there
        _, once = np.unique(np.where(here == there, -1, codes), return_index=True)
        once.sort()
        joined = None
        for at, a, b in zip(once.tolist(), here[once].tolist(), there[once].tolist()):
            if a == b or (a, groups[a].size, b, groups[b].size) in refused:
                continue
            if groups[a].joins(groups[b]):
                groups[a].absorb(groups[b])
                root[held[b]] = a
                held[a] += held[b]
                held[b] = []
                joined = at
                break
            refused.add((a, groups[a].size, b, groups[b].size))
        if joined is None:
            start, window = start + window, min(window * 2, 1 << 16)
        else:
            start, window = start + joined + 1, max(64, 2 * joined)
    found: dict[int, list[int]] = defaultdict(list)
    for pos, group in enumerate(root.tolist()):
        found[group].append(members[pos])
    return list(found.values())


def _pair_order(total: np.ndarray, first: np.ndarray, second: np.ndarray, width: int) -> np.ndarray:
    """The stable order by (-total, first, second) (ranks below ``width``): one integer key when it fits."""
    if len(total) and (int(total.max()) + 1) * width * width < 1 << 62:
        return np.argsort((-total * width + first) * width + second, kind="stable")
    return np.lexsort((second, first, -total))


class _Group:
    """What ``_can_join`` reads of a group's members, so that two groups are tested in one step.

    Every member of A can join every member of B exactly when: A's latest span start is not after
    B's earliest span end and the reverse (each inequality holds for all pairs iff for the extremes);
    no claim days are apart (settled by the extremes of first/last claim days, else tested over the
    distinct claim-day tuples); no two differing types sit at places that are not one (tested over
    the distinct (type, place) pairs); no undated plan or refusal of one was first reported weeks after the
    earliest end of the other's spans (settled by the latest such first report); and the distinct
    participant sets of both nest pairwise.
    """

    __slots__ = ("size", "start", "end", "lo_min", "lo_max", "hi_min", "hi_max", "claims", "places", "parties",
                 "refused")

    def __init__(self, f: _Seen) -> None:
        self.size = 1
        self.start, self.end = f.span if f.span else (None, None)  # latest start, earliest end
        self.claims = {f.claims} if f.claims else set()
        self.lo_min = self.lo_max = f.claims[0] if f.claims else 0
        self.hi_min = self.hi_max = f.claims[-1] if f.claims else 0
        self.places: dict[str, set[str]] = {f.type: {f.location}} if f.location else {}
        self.parties = {f.parties}
        undated_plan = f.status in UNHELD and f.span is None and f.claims
        self.refused = f.claims[0] if undated_plan else None  # the latest first report of an undated plan or refusal

    def joins(self, other: _Group) -> bool:
        """``_can_join`` holds for every member of this group with every member of ``other``."""
        if self.start is not None and other.start is not None and (
                self.end < other.start or other.end < self.start):
            return False
        if self.claims and other.claims and not self._claims_near(other):
            return False
        if self.refused is not None and other.end is not None and self.refused > other.end + REFUSED_AFTER_DAYS \
                or other.refused is not None and self.end is not None and other.refused > self.end + REFUSED_AFTER_DAYS:
            return False
        for kind, here in self.places.items():
            for other_kind, there in other.places.items():
                if kind != other_kind and not all(_same_place(x, y) for x in here for y in there):
                    return False
        return all(p <= q or q <= p for p in self.parties for q in other.parties)

    def _claims_near(self, other: _Group) -> bool:
        if self.lo_max > other.hi_min + CLAIMS_DAYS_APART or other.lo_max > self.hi_min + CLAIMS_DAYS_APART:
            return False  # a member's first claim is past all claims of one across: apart
        near = CLAIMS_DAYS_APART
        if (self.lo_max - other.lo_min <= near and other.lo_max - self.lo_min <= near) or (
                self.hi_max - other.hi_min <= near and other.hi_max - self.hi_min <= near):
            return True  # every pair's first (or last) claim days are near
        return not any(_claims_apart(x, y) for x in self.claims for y in other.claims)

    def absorb(self, other: _Group) -> None:
        """Take ``other``'s members into this group's summary."""
        self.size += other.size
        if other.refused is not None:
            self.refused = other.refused if self.refused is None else max(self.refused, other.refused)
        if other.start is not None:
            if self.start is None:
                self.start, self.end = other.start, other.end
            else:
                self.start, self.end = max(self.start, other.start), min(self.end, other.end)
        if other.claims:
            if self.claims:
                self.lo_min, self.lo_max = min(self.lo_min, other.lo_min), max(self.lo_max, other.lo_max)
                self.hi_min, self.hi_max = min(self.hi_min, other.hi_min), max(self.hi_max, other.hi_max)
            else:
                self.lo_min, self.lo_max, self.hi_min, self.hi_max = (
                    other.lo_min, other.lo_max, other.hi_min, other.hi_max)
            if len(self.claims) < len(other.claims):
                self.claims, other.claims = other.claims, self.claims
            self.claims |= other.claims
        for kind, there in other.places.items():
            self.places.setdefault(kind, set()).update(there)
        self.parties |= other.parties


def _merge_with_memo(items: list[Event], seen: list[_Seen], memo: Memo) -> list[list[int]]:
    """The groups of ``_greedy`` over every pair, reusing the last run's pairs and clusters.

    Whether two events are one is a test of the two alone, so the pairs among events seen last
    time are the memo's and only new events are tested; the greedy join never crosses a cluster
    (events linked by pairs), so an unchanged cluster keeps its groups.
    """
    # an event dated only by its articles' publication days is the same record on another day only with them
    digests = [digest(ev) if ev.status_claims or not f.claims else digest((ev, f.claims))
               for ev, f in zip(items, seen)]
    now = {d: i for i, d in enumerate(digests)}
    if len(now) != len(digests):  # two identical records: positions are ambiguous, work it all out
        return _greedy(items, seen, list(range(len(items))), _candidate_pairs(items, seen))
    known = set(memo.events)
    fresh = [i for i, d in enumerate(digests) if d not in known]
    memo.worked["events"] += len(fresh)
    if len(fresh) * 4 > len(items):
        pairs = _candidate_pairs(items, seen)
    else:
        old = np.array([now.get(d, -1) for d in memo.events], dtype=np.int64)
        kept = old[memo.pairs] if len(memo.pairs) else np.zeros((0, 2), dtype=np.int64)
        kept = np.sort(kept[(kept >= 0).all(axis=1)], axis=1)  # each pair once, as the memo holds it
        memo.reused["pairs"] += len(kept)
        pairs = np.concatenate([kept, _pairs_of(fresh, seen)])  # these hold a new event: none was in the memo
    memo.next.events, memo.next.pairs = digests, pairs
    groups = []
    for cluster, inner in _clusters(len(items), pairs):
        if len(cluster) == 1:
            groups.append(cluster)
            continue
        key = block_digest(digests[i] for i in cluster)
        cached = Memo.groups(memo.event_groups.get(key), len(cluster))
        if cached is None:
            found = _greedy(items, seen, cluster, inner)
            where = {i: pos for pos, i in enumerate(cluster)}
            cached = [[where[i] for i in g] for g in found]
            memo.worked["event clusters"] += 1
        else:
            memo.reused["event clusters"] += 1
        memo.next.event_groups[key] = cached
        groups += [sorted(cluster[p] for p in g) for g in cached]
    return groups


def _clusters(size: int, pairs: np.ndarray) -> list[tuple[list[int], np.ndarray]]:
    """The connected parts of the pair graph, by first member: (members in order, their pairs as
    positions among the members).

    Labels are hooked to the least label across each pair, then pointer-jumped, until no pair
    joins two labels; each part ends labelled by its least member.
    """
    if not size:
        return []
    label = np.arange(size, dtype=np.int64)
    first, second = pairs[:, 0], pairs[:, 1]
    while len(pairs):
        here, there = label[first], label[second]
        if (here == there).all():
            break
        least = np.minimum(here, there)
        np.minimum.at(label, here, least)
        np.minimum.at(label, there, least)
        while True:
            jumped = label[label]
            if (jumped == label).all():
                break
            label = jumped
    by_label = np.argsort(label, kind="stable")
    starts = np.flatnonzero(np.diff(label[by_label], prepend=-1))
    position = np.empty(size, dtype=np.int64)
    position[by_label] = np.arange(size) - np.repeat(starts, np.diff(np.append(starts, size)))
    pair_label = label[first]
    by_pair = np.argsort(pair_label, kind="stable")
    local = position[pairs[by_pair]]
    cuts = np.searchsorted(pair_label[by_pair], label[by_label[starts]]).tolist() + [len(pairs)]
    ends = starts.tolist() + [size]
    ordered = by_label.tolist()
    return [(ordered[ends[k]:ends[k + 1]], local[cuts[k]:cuts[k + 1]]) for k in range(len(ends) - 1)]


class _Seen(NamedTuple):
    """What the merge rules read of one event, worked out once (days as ordinals)."""

    family: str | None
    parties: frozenset[str]
    docs: frozenset[str]
    type: str
    status: str | None
    location: str | None
    place: str | None
    day: int | None
    span: tuple[int, int] | None
    claims: tuple[int, ...]


def _features(ev: Event, published: Mapping[str, date] | None = None) -> _Seen:
    day, span = _day(ev), _span(ev)
    claims = {d.toordinal() for d in _claim_days(ev)}
    if not claims and published:  # no report dates it: the days its articles came out keep it in its years
        claims = {published[m.doc_id].toordinal() for m in ev.mentions if m.doc_id in published}
    return _Seen(lx.FAMILIES.get(ev.type), frozenset(ev.participants), frozenset(_docs_of(ev)), ev.type,
                 ev.status, ev.location, _place(ev.location) if ev.location else None,
                 day.toordinal() if day else None,
                 (span[0].toordinal(), span[1].toordinal()) if span else None,
                 tuple(sorted(claims)))


def _same(a: _Seen, b: _Seen) -> bool:
    """``_same_event`` on the features of two events of one family whose participants nest."""
    if a.parties != b.parties and min(len(a.parties), len(b.parties)) < 2 and not (
            a.type == b.type and a.place and b.place and a.place == b.place):
        return False  # one lone participant is too little to say it is the same event
    if not a.docs.isdisjoint(b.docs) or _pair_in_many(a, b):
        return False
    both_held = a.status == b.status == "held"
    if both_held and a.day is not None and b.day is not None and abs(a.day - b.day) > HELD_DAYS_APART:
        return False
    if not both_held and a.span and b.span and (a.span[1] < b.span[0] or b.span[1] < a.span[0]):
        return False  # talks held on Monday and talks due next week: two rounds
    if a.claims and b.claims and _claims_apart(a.claims, b.claims):
        return False
    if _planned_after(a, b) or _planned_after(b, a) or _refused_before(a, b) or _refused_before(b, a) \
            or _refused_after(a, b) or _refused_after(b, a):
        return False
    # a meeting held in one city and one refused, called off or planned in another, or two planned for two
    # cities ("a next round proposed for Vienna", "talks agreed for Rome"): two events
    return not _apart_seen(a, b)


def _pair_in_many(a: _Seen, b: _Seen) -> bool:
    """Two members' own contact and a gathering of four or more told under another word ("the Kazakh and Uzbek
    leaders will meet", "the summit of Central Asian presidents"): two events, though the parties nest."""
    return a.type != b.type and min(len(a.parties), len(b.parties)) == 2 and max(len(a.parties), len(b.parties)) >= 4


def _claims_apart(ca: tuple[int, ...], cb: tuple[int, ...]) -> bool:
    """Every claim day of one event is more than CLAIMS_DAYS_APART from every claim day of the other."""
    if ca[-1] + CLAIMS_DAYS_APART < cb[0] or cb[-1] + CLAIMS_DAYS_APART < ca[0]:
        return True
    return min(abs(x - y) for x in ca for y in cb) > CLAIMS_DAYS_APART


def _planned_after(held: _Seen, other: _Seen) -> bool:
    """Talks reported as held and talks dated wholly after every such report: two rounds."""
    return held.status == "held" and bool(held.claims) and other.span is not None \
        and other.span[0] > held.claims[-1]


def _refused_before(refused: _Seen, other: _Seen) -> bool:
    """A refusal with no day of its own and an event dated and reported only months after every report of it
    ("rejected a proposal for a summit in Cairo" in February, a Cairo meeting set for August; "rejected an offer of
    talks" in August, "urged X to accept its offer of talks" in January): two events."""
    return refused.status in ("declined", "cancelled") and refused.span is None and bool(refused.claims) \
        and (other.span is not None or other.status in RENEWED) and bool(other.claims) \
        and other.claims[0] > refused.claims[-1] + REFUSAL_DAYS_APART


def _refused_after(refused: _Seen, other: _Seen) -> bool:
    """An undated plan or refusal first reported weeks after another event's days were over ("met in Jeddah in
    September", "rejected an offer of talks" in October; "a summit next month" agreed in June, "postponed the
    summit" in November; a summit held in March, "agreed to hold a summit" in a story of the next year): it is
    about a next one, not that one."""
    return refused.status in UNHELD and refused.span is None and bool(refused.claims) \
        and other.span is not None and refused.claims[0] > other.span[1] + REFUSED_AFTER_DAYS


def _apart_seen(a: _Seen, b: _Seen) -> bool:
    return bool(a.location and b.location) and not _same_place(a.location, b.location)


@lru_cache(maxsize=65536)
def _same_place(a: str, b: str) -> bool:
    return same_place(a, b)


def _candidate_pairs(items: list[Event], seen: list[_Seen] | None = None) -> np.ndarray:
    """Pairs (i < j, one a row) that are one event by ``_same_event``, in no particular order.

    Only pairs of one family whose participant sets nest can pass, and of two events with claim
    days only those with some claims within CLAIMS_DAYS_APART; so events are kept in blocks of one
    family and one participant set, sorted by first claim day, and each block is tested against
    the part of each block holding all its participants that its claim days can reach (the pairs
    left out would be rejected anyway), on feature columns read once per event.
    """
    seen = seen if seen is not None else [_features(ev) for ev in items]
    table = _Table(seen)
    found = []
    for key, block in table.blocks.items():
        for other in table.holding(key):
            found += table.tested(block.members, table.blocks[other], other == key)
    return _rows(found)


def _pairs_of(fresh: list[int], seen: list[_Seen]) -> np.ndarray:
    """Every pair that is one event and holds one of the ``fresh`` events, in order."""
    table = _Table(seen)
    by_block: dict[tuple[str | None, frozenset[str]], list[int]] = defaultdict(list)
    for i in fresh:
        if seen[i].parties:
            by_block[(seen[i].family, seen[i].parties)].append(i)
    found = []
    for key, rows in by_block.items():
        for other in table.nested(key):
            found += table.tested(np.array(rows, dtype=np.int64), table.blocks[other], False)
    return np.unique(_rows(found), axis=0)


def _rows(found: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)


class _Block:
    """The events of one family and participant set: undated ones, then dated ones by first claim day."""

    def __init__(self, members: list[int], table: _Table) -> None:
        rows = np.array(members, dtype=np.int64)
        dated = rows[table.claimed[rows]]
        self.dated = dated[np.argsort(table.first[dated], kind="stable")]
        self.starts = table.first[self.dated]
        self.undated = rows[~table.claimed[rows]]
        self.members = np.concatenate([self.undated, self.dated])
        self.spread = int((table.last[dated] - table.first[dated]).max()) if len(dated) else 0


class _Table:
    """The features ``_same`` reads, as columns over all events, and the events' blocks."""

    def __init__(self, seen: list[_Seen]) -> None:
        self.seen = seen
        names: dict[str | None, int] = {None: -1, "": -1}

        def code(value: str | None) -> int:
            return names.setdefault(value, len(names))

        blocks: dict[tuple[str | None, frozenset[str]], list[int]] = {}
        for i, f in enumerate(seen):
            if f.parties:
                blocks.setdefault((f.family, f.parties), []).append(i)
        number = {key: n for n, key in enumerate(blocks)}

        def column(values: list) -> np.ndarray:
            return np.array(values, dtype=np.int64)

        self.block = column([number.get((f.family, f.parties), -1) for f in seen])
        self.parties = column([len(f.parties) for f in seen])
        self.type = column([code(f.type) for f in seen])
        self.place = column([code(f.place) for f in seen])
        self.where = column([code(f.location) for f in seen])
        self.doc = column([code(next(iter(f.docs))) if len(f.docs) == 1 else -2 - i if not f.docs else -1
                           for i, f in enumerate(seen)])  # -1: several articles
        self.day = column([_NONE if f.day is None else f.day for f in seen])
        self.start = column([f.span[0] if f.span else _NONE for f in seen])
        self.end = column([f.span[1] if f.span else _NONE for f in seen])
        self.first = column([f.claims[0] if f.claims else 0 for f in seen])
        self.last = column([f.claims[-1] if f.claims else 0 for f in seen])
        self.claims = column([len(f.claims) for f in seen])
        self.held = np.array([f.status == "held" for f in seen], dtype=bool)
        self.off = np.array([f.status in ("cancelled", "declined") for f in seen], dtype=bool)
        self.unheld = np.array([f.status in UNHELD for f in seen], dtype=bool)
        self.renewed = np.array([f.status in RENEWED for f in seen], dtype=bool)
        self.claimed = self.claims > 0
        self.places = {n: name for name, n in names.items() if name}
        self.width = len(names) + 2  # above every code
        self.blocks = {key: _Block(members, self) for key, members in blocks.items()}
        self.by_actor: dict[tuple[str | None, str], set[tuple[str | None, frozenset[str]]]] = defaultdict(set)
        for key in self.blocks:
            for actor in key[1]:
                self.by_actor[(key[0], actor)].add(key)

    def holding(self, key: tuple[str | None, frozenset[str]]) -> set[tuple[str | None, frozenset[str]]]:
        """The blocks of the family whose participants hold all of ``key``'s (``key`` among them)."""
        sets = sorted((self.by_actor[(key[0], actor)] for actor in key[1]), key=len)
        return sets[0].intersection(*sets[1:])

    def nested(self, key: tuple[str | None, frozenset[str]]) -> set[tuple[str | None, frozenset[str]]]:
        """The blocks of the family whose participants hold, or are held by, ``key``'s."""
        near = set().union(*(self.by_actor[(key[0], actor)] for actor in key[1]))
        return {other for other in near if key[1] <= other[1] or other[1] <= key[1]}

    def tested(self, rows: np.ndarray, block: _Block, equal: bool) -> list[np.ndarray]:
        """The pairs (as rows) of an event of ``rows`` and a member of ``block`` that are one event,
        worked out a bounded number of candidates at a time; of one block, each pair from its lower index."""
        step = max(1, _CANDIDATES // max(1, len(block.members)))
        found = []
        for at in range(0, len(rows), step):
            f, g = self.reach(rows[at:at + step], block)
            keep = g > f if equal else f != g
            found.append(self.same(f[keep], g[keep]))
        return found

    def reach(self, rows: np.ndarray, block: _Block) -> tuple[np.ndarray, np.ndarray]:
        """(f, g) for each event f of ``rows`` and each member g of ``block`` within its claims' reach."""
        dated = rows[self.claimed[rows]]
        undated = rows[~self.claimed[rows]]
        lo = np.searchsorted(block.starts, self.first[dated] - CLAIMS_DAYS_APART - block.spread, "left")
        hi = np.searchsorted(block.starts, self.last[dated] + CLAIMS_DAYS_APART, "right")
        counts = hi - lo
        ends = np.cumsum(counts)
        total = int(ends[-1]) if len(ends) else 0
        inside = block.dated[np.repeat(lo - ends + counts, counts) + np.arange(total)]
        f = np.concatenate([np.repeat(undated, len(block.members)), np.repeat(dated, len(block.undated)),
                            np.repeat(dated, counts)])
        g = np.concatenate([np.tile(block.members, len(undated)), np.tile(block.undated, len(dated)), inside])
        return f, g

    def _refused_before(self, f: np.ndarray, g: np.ndarray) -> np.ndarray:
        """``_refused_before`` of each pair, as columns."""
        return self.off[f] & self.claimed[f] & (self.start[f] == _NONE) & self.claimed[g] \
            & ((self.start[g] != _NONE) | self.renewed[g]) & (self.first[g] > self.last[f] + REFUSAL_DAYS_APART)

    def _refused_after(self, f: np.ndarray, g: np.ndarray) -> np.ndarray:
        """``_refused_after`` of each pair, as columns."""
        return self.unheld[f] & self.claimed[f] & (self.start[f] == _NONE) & (self.end[g] != _NONE) \
            & (self.first[f] > self.end[g] + REFUSED_AFTER_DAYS)

    def same(self, f: np.ndarray, g: np.ndarray) -> np.ndarray:
        """The pairs (f, g) that ``_same`` finds one event, as rows (lower, higher); ``_same`` itself
        decides the few whose columns cannot (several articles or several claim days in play)."""
        both_held = self.held[f] & self.held[g]
        lone = ((self.block[f] != self.block[g]) & (np.minimum(self.parties[f], self.parties[g]) < 2)
                & ~((self.type[f] == self.type[g]) & (self.place[f] >= 0) & (self.place[f] == self.place[g])))
        dated = (self.day[f] != _NONE) & (self.day[g] != _NONE)
        spanned = (self.start[f] != _NONE) & (self.start[g] != _NONE)
        claimed = self.claimed[f] & self.claimed[g]
        far = claimed & ((self.last[f] + CLAIMS_DAYS_APART < self.first[g])
                         | (self.last[g] + CLAIMS_DAYS_APART < self.first[f]))
        later = (self.held[f] & self.claimed[f] & (self.start[g] != _NONE) & (self.start[g] > self.last[f])) \
            | (self.held[g] & self.claimed[g] & (self.start[f] != _NONE) & (self.start[f] > self.last[g]))
        refused = self._refused_before(f, g) | self._refused_before(g, f) | self._refused_after(f, g) \
            | self._refused_after(g, f)
        few, many = np.minimum(self.parties[f], self.parties[g]), np.maximum(self.parties[f], self.parties[g])
        in_many = (self.type[f] != self.type[g]) & (few == 2) & (many >= 4)  # ``_pair_in_many``
        out = (lone | ((self.doc[f] == self.doc[g]) & (self.doc[f] != -1)) | far | later | refused | in_many
               | (both_held & dated & (np.abs(self.day[f] - self.day[g]) > HELD_DAYS_APART))
               | (~both_held & spanned & ((self.end[f] < self.start[g]) | (self.end[g] < self.start[f]))))
        unsure = ~out & ((self.doc[f] == -1) | (self.doc[g] == -1)
                         | (claimed & ((self.claims[f] > 1) | (self.claims[g] > 1))))
        placed = ~out & ~unsure & (self.where[f] >= 0) & (self.where[g] >= 0)
        if placed.any():
            codes = self.where[f[placed]] * self.width + self.where[g[placed]]
            kinds, back = np.unique(codes, return_inverse=True)
            alike = np.array([_same_place(self.places[c // self.width], self.places[c % self.width])
                              for c in kinds.tolist()], dtype=bool)
            out[np.flatnonzero(placed)[~alike[back]]] = True
        keep = ~out & ~unsure
        if unsure.any():
            keep[unsure] = [_same(self.seen[i], self.seen[j])
                            for i, j in zip(f[unsure].tolist(), g[unsure].tolist())]
        f, g = f[keep], g[keep]
        return np.stack([np.minimum(f, g), np.maximum(f, g)], axis=1)


_NONE = -(1 << 62)  # no day, no span
_CANDIDATES = 500_000  # pairs tested in one array step: bounds the memory a large block takes


def _can_join(x: _Seen, y: _Seen) -> bool:
    """Nothing sets two members of a group apart: parties nested, dates not disjoint, claims near.

    Checked for every pair of a growing group, so an undated report cannot chain two events
    reported years apart into one.
    """
    if x.span and y.span and (x.span[1] < y.span[0] or y.span[1] < x.span[0]):
        return False
    if x.claims and y.claims and _claims_apart(x.claims, y.claims):
        return False
    if x.type != y.type and _apart_seen(x, y):
        return False
    if _refused_after(x, y) or _refused_after(y, x) or _pair_in_many(x, y):
        return False
    return x.parties <= y.parties or y.parties <= x.parties


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
    """The day most members give, an explicit time expression counting double; on a tie the finer one ("2025-10-09"
    before the "2025-FA" a plan gave)."""
    votes: Counter = Counter()
    timex: dict[str, Timex] = {}
    for ev in group:
        if ev.time is not None and ev.time.value:
            votes[ev.time.value] += 2 if ev.time.text else 1
            timex.setdefault(ev.time.value, ev.time)
    return timex[max(votes, key=lambda v: (votes[v], bool(_DAY.fullmatch(v)), v))] if votes else None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# -- both ----------------------------------------------------------------------------------------------
def merge_facts(events: Iterable[Event], statements: Iterable[Statement], memo: Memo | None = None,
                published: Mapping[str, date] | None = None) -> tuple[list[Event], list[Statement]]:
    """Merge events and statements, pointing each statement's about_events at the merged event keys."""
    merged_events, keymap = merge_events_keyed(events, memo, published)
    remapped = [replace(st, about_events=tuple(dict.fromkeys(keymap.get(k, k) for k in st.about_events)))
                for st in statements]
    return merged_events, merge_statements(remapped, memo)
