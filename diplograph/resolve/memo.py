"""What one resolution worked out, kept as plain data so the next one redoes only what changed.

A memo names records by a digest of their full content, so a cached answer is reused only for
exactly the input it was computed from: which pairs of events are one event (a pure test of the
two events), and how each cluster of events and each block of statements was grouped (the
merge of a cluster depends on its own members alone). Nothing in it is executable; ``from_json``
checks every value and raises ValueError on anything of another shape.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import Any

import numpy as np

MAX_ITEMS = 5_000_000  # bounds what a damaged or hostile memo can make a build hold
_DIGEST_CHARS = 24


def digest(record: Any) -> str:
    """A digest of a frozen record's full content (its repr: fields in order, no sets)."""
    return hashlib.blake2b(repr(record).encode(), digest_size=_DIGEST_CHARS // 2).hexdigest()


def block_digest(digests: Iterable[str]) -> str:
    """A digest of a block's members, in order."""
    return hashlib.blake2b("\0".join(digests).encode(), digest_size=_DIGEST_CHARS // 2).hexdigest()


class Memo:
    """The last run's answers (read) and this run's (written as they are worked out)."""

    def __init__(self, events: list[str] | None = None, pairs: Any = None,
                 event_groups: dict[str, list[list[int]]] | None = None,
                 statement_groups: dict[str, list[list[int]]] | None = None) -> None:
        self.events = events or []  # digest of each event of the last run, in its order
        self.pairs = _pair_rows(pairs)  # indices into events, one row a pair: the pairs that were one event
        self.event_groups = event_groups or {}  # cluster digest -> groups of member positions
        self.statement_groups = statement_groups or {}  # block digest -> groups of member positions
        self.next = _Next()
        self.reused = {"pairs": 0, "event clusters": 0, "statement blocks": 0}
        self.worked = {"events": 0, "event clusters": 0, "statement blocks": 0}

    @staticmethod
    def groups(cached: list[list[int]] | None, size: int) -> list[list[int]] | None:
        """Cached groups when they split positions 0..size-1 exactly, else None."""
        if cached is None:
            return None
        flat = sorted(p for g in cached for p in g)
        return cached if flat == list(range(size)) else None

    def to_json(self) -> dict:
        """This run's answers, as plain JSON values."""
        n = self.next
        return {"events": n.events, "pairs": _pairs_text(_pair_rows(n.pairs)),
                "event_groups": n.event_groups, "statement_groups": n.statement_groups}

    @classmethod
    def from_json(cls, data: Any) -> Memo:
        """A memo read back from JSON; ValueError when any part is not what ``to_json`` writes."""
        if not isinstance(data, dict) or set(data) != {"events", "pairs", "event_groups", "statement_groups"}:
            raise ValueError("not a resolution memo")
        events = data["events"]
        if not isinstance(events, list) or len(events) > MAX_ITEMS or not all(_is_digest(d) for d in events):
            raise ValueError("bad event digests")
        pairs = _pairs_read(data["pairs"])
        if len(pairs) and int(pairs.max()) >= len(events):
            raise ValueError("bad pair")
        return cls(events, pairs, _groups(data["event_groups"]), _groups(data["statement_groups"]))


class _Next:
    """The answers of the run in progress."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.pairs: np.ndarray = _pair_rows(None)
        self.event_groups: dict[str, list[list[int]]] = {}
        self.statement_groups: dict[str, list[list[int]]] = {}


def _pair_rows(pairs: Any) -> np.ndarray:
    """Pairs of positions as an array with one pair a row (from rows, a flat list or nothing)."""
    return np.array(pairs if pairs is not None else [], dtype=np.int64).reshape(-1, 2)


def _pairs_text(pairs: np.ndarray) -> str:
    """Pairs as one base64 text of little-endian 4-byte positions (a list of 2 M pairs loads seconds slower)."""
    return base64.b64encode(pairs.astype("<u4").tobytes()).decode("ascii")


def _pairs_read(text: Any) -> np.ndarray:
    """The pairs ``_pairs_text`` wrote; ValueError on anything else."""
    if not isinstance(text, str) or len(text) > MAX_ITEMS * 12:
        raise ValueError("bad pairs")
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:  # binascii.Error, or a character outside ASCII
        raise ValueError("bad pairs") from exc
    if len(raw) % 8:
        raise ValueError("bad pairs")
    return np.frombuffer(raw, dtype="<u4").astype(np.int64).reshape(-1, 2)


def _is_digest(value: Any) -> bool:
    return isinstance(value, str) and len(value) == _DIGEST_CHARS and all(c in "0123456789abcdef" for c in value)


def _is_index(value: Any, size: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size


def _groups(data: Any) -> dict[str, list[list[int]]]:
    if not isinstance(data, dict) or len(data) > MAX_ITEMS:
        raise ValueError("bad groups")
    total = 0
    for key, groups in data.items():
        if not _is_digest(key) or not isinstance(groups, list):
            raise ValueError("bad groups")
        for group in groups:
            if not isinstance(group, list) or not group or not all(_is_index(p, MAX_ITEMS) for p in group):
                raise ValueError("bad group")
            total += len(group)
    if total > MAX_ITEMS:
        raise ValueError("too many grouped items")
    return data
