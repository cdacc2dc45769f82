"""What a rule needs to know besides its match: the reference date, tense and narrative."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from diplograph.timex import tense as tense_mod
from diplograph.timex.anchor import Point, at

_WORD = re.compile(r"[\w’'$£€%.,-]+")
MODS = {"early": (0.0, 1 / 3), "mid": (1 / 3, 2 / 3), "late": (2 / 3, 1.0),
        "start": (0.0, 1 / 3), "beginning": (0.0, 1 / 3), "dawn": (0.0, 1 / 3),
        "turn": (0.0, 0.1), "middle": (1 / 3, 2 / 3), "end": (2 / 3, 1.0),
        "close": (2 / 3, 1.0), "first half": (0.0, 0.5), "second half": (0.5, 1.0),
        "latter half": (0.5, 1.0), "earlier": None, "later": None,
        "early part": (0.0, 1 / 3), "first part": (0.0, 1 / 3), "latter part": (2 / 3, 1.0),
        "later part": (2 / 3, 1.0), "last part": (2 / 3, 1.0)}


@dataclass(slots=True)
class Norm:
    """A normalised value before it is tied to a text span."""

    type: str
    value: str
    earliest: date | None = None
    latest: date | None = None
    anchored: bool = True
    point: Point | None = None  # the period, for later narrative anchoring
    start: int | None = None  # trimmed extent, when the rule matched more than the timex
    end: int | None = None
    anaphoric: bool = False  # counted from the narrative, so it does not move the narrative


@dataclass(slots=True)
class Ctx:
    """Per-document state: dct, optional parse, tense override, last mentioned periods."""

    text: str
    dct: date | None
    doc: object | None = None
    tense_override: str | None = None
    last_day: date | None = None
    last_day_end: int = -1
    last_point: Point | None = None
    _tenses: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)  # facts worked out once per document

    def tense(self, start: int, end: int) -> str | None:
        """The tense governing the span (override, nearby cue words, then the parse)."""
        if self.tense_override:
            return self.tense_override
        key = (start, end)
        if key not in self._tenses:
            found = tense_mod.guess(self.text, start, end)
            if found is None and self.doc is not None:
                found = tense_mod.from_doc(self.doc, start, end)
            self._tenses[key] = found
        return self._tenses[key]

    def direction(self, start: int, end: int, default: int = 0) -> int:
        """-1 for past, +1 for future, default otherwise."""
        t = self.tense(start, end)
        return -1 if t == "past" else 1 if t == "future" else default

    def before(self, start: int, n: int = 1) -> list[str]:
        """The n words before an offset, lower-cased, nearest last."""
        return [w.lower() for w in _WORD.findall(self.text[max(0, start - 60):start])[-n:]]

    def before_raw(self, start: int) -> str:
        """The word before an offset as written ('' at the start)."""
        words = _WORD.findall(self.text[max(0, start - 40):start])
        return words[-1] if words else ""

    def after(self, end: int, n: int = 1) -> list[str]:
        """The n words after an offset, lower-cased."""
        return [w.lower() for w in _WORD.findall(self.text[end:end + 60])[:n]]

    def after_raw(self, end: int) -> str:
        """The word after an offset as written."""
        words = _WORD.findall(self.text[end:end + 40])
        return words[0] if words else ""

    def ref_day(self) -> date | None:
        """The day narrative expressions ('the same day', a clock time) hang on."""
        return self.last_day or self.dct

    def sentence_day(self, start: int) -> date | None:
        """The day a clock time hangs on: the day named last if in its sentence or within a
        week of the dct (the story's day), else the dct."""
        if self.last_day is not None and 0 <= self.last_day_end <= start:
            if not _SENTENCE_END.search(self.text, self.last_day_end, start):
                return self.last_day
            if self.dct is not None and abs((self.last_day - self.dct).days) <= 7:
                return self.last_day
        return self.dct

    def ref_point(self, gran: str) -> Point | None:
        """The period of granularity gran that 'the previous/following ...' counts from."""
        last = self.last_point
        if last is not None and _coarser_or_equal(gran, last.gran):
            return at(last.day, gran)
        return at(self.dct, gran) if self.dct else None

    def remember(self, point: Point | None, end: int = -1) -> None:
        """Record a resolved period (ending at offset end) as the narrative reference."""
        if point is None:
            return
        self.last_point = point
        if point.gran == "day":
            self.last_day, self.last_day_end = point.day, end


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]|\n")
_ORDER = ("day", "week", "month", "quarter", "half", "year", "decade", "century")


def _coarser_or_equal(gran: str, than: str) -> bool:
    return _ORDER.index(gran) >= _ORDER.index(than)


def narrow(lo: date, hi: date, mod: str | None, ref: date | None = None) -> tuple[date, date]:
    """The sub-interval named by a modifier such as 'early', 'the end of', 'earlier'."""
    from datetime import timedelta

    if not mod:
        return lo, hi
    key = re.sub(r"^the\s+(?:very\s+)?|\s+of$", "", mod.lower()).strip()
    key = re.sub(r"\s+", " ", key)
    if key in ("earlier", "later"):
        if ref is None or not lo <= ref <= hi:
            return lo, hi
        return (lo, ref) if key == "earlier" else (ref, hi)
    if key not in MODS:
        return lo, hi
    a, b = MODS[key]
    days = (hi - lo).days + 1
    first = lo + timedelta(days=int(days * a))
    last = lo + timedelta(days=max(int(days * b) - 1, int(days * a)))
    return first, last
