"""Normalisers for clock times and for vague present, past and future references."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.timex.context import Ctx, Norm
from diplograph.timex.lexicon import WEEKDAYS
from diplograph.timex.rules_day import weekday_day

_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.]?(?P<m>\d\d))?(?::\d\d)?\s*(?:(?P<ap>[ap])\.?\s?m|o['’]clock)?", re.I)
_TIME_PREPS = frozenset({"at", "around", "about", "by", "until", "till", "from", "before",
                         "after", "since", "to", "approximately", "and", "roughly", "til"})


def _day_for(word: str | None, m, ctx: Ctx) -> date | None:
    """The day a clock time falls on: its own day word, else the narrative day."""
    if not word:
        return ctx.sentence_day(m.start())
    w = word.lower().removeprefix("on").strip()
    if ctx.dct is None:
        return None
    w = "yesterday" if w.startswith("last") else w.split()[0]  # "this morning", "last night"
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "tonight": 0}
    if w in offsets:
        return ctx.dct + timedelta(days=offsets[w])
    wd = WEEKDAYS.get(w.rstrip("."))
    return weekday_day(ctx.dct, wd, "", ctx.direction(m.start(), m.end(), -1)) if wd is not None else None


def _zone(tz: str | None) -> str:
    """A UTC offset suffix for UTC/GMT times (other zones stay local)."""
    if not tz:
        return ""
    t = re.sub(r"\s+", "", tz.upper()).replace("−", "-")
    z = re.match(r"(?:UTC|GMT|Z)([+-]\d{1,2})?(?::?(\d\d))?$", t)
    if not z:
        return ""
    if not z.group(1):
        return "Z"
    return f"{int(z.group(1)):+03d}:{z.group(2) or '00'}"


def r_clock(m, ctx: Ctx) -> Norm | None:
    """Clock times, dated by a day named next to them, the story's day or the dct."""
    raw = m["clock"]
    c = _CLOCK.match(raw)
    hour, minute = int(c["h"]), int(c["m"] or 0)
    plain = not c["ap"] and "clock" not in raw.lower() and not m["tz"]
    if plain and ctx.before(m.start())[-1:] and ctx.before(m.start())[-1] not in _TIME_PREPS:
        return None
    if plain and not ctx.before(m.start())[-1:]:
        return None
    if c["ap"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if c["ap"].lower() == "p" else 0)
    time = f"T{hour:02d}:{minute:02d}{_zone(m['tz'])}"
    d = _day_for(m["day"], m, ctx)
    if d is None:
        return Norm("TIME", "XXXX-XX-XX" + time, anchored=False)
    return Norm("TIME", d.isoformat() + time, d, d)


def r_noon(m, ctx: Ctx) -> Norm | None:
    """Noon and midnight as clock times."""
    word = m["word"].lower()
    time = "T24:00" if word == "midnight" else "T12:00"
    d = _day_for(m["day"], m, ctx)
    if d is None:
        return Norm("TIME", "XXXX-XX-XX" + time, anchored=False)
    return Norm("TIME", d.isoformat() + time, d, d)


_PRESENT = ("now", "currently", "nowadays", "presently", "at present", "these days", "the present",
            "the time being", "the moment", "current", "ongoing", "this time")
_PAST = ("recently", "lately", "the past", "recent", "previously", "formerly", "earlier", "once")
_FUTURE = ("soon", "very soon", "the future", "the near future", "the foreseeable future",
           "the immediate future", "the distant future", "the near term", "the long term",
           "the short term", "the medium term", "short term", "long term", "later", "upcoming",
           "future")


_FOLLOWERS = frozenset({
    "and", "or", "but", "when", "as", "that", "is", "was", "are", "were", "has", "have", "had",
    "will", "would", "with", "in", "for", "to", "the", "a", "an", "he", "she", "it", "they",
    "we", "i", "you", "there", "this", "these", "day", "time",
    "on", "at", "by", "from", "than", "because", "if", "so", "whether", "while", "until", "may",
    "might", "could", "should", "can", "also", "not", "be", "been",
})


def _ends_phrase(ctx: Ctx, end: int) -> bool:
    """Whether 'the past'/'the future' stands alone rather than modifying a noun."""
    nxt = ctx.after(end)
    return not nxt or not nxt[0][:1].isalpha() or nxt[0] in _FOLLOWERS


def r_vague(m, ctx: Ctx) -> Norm | None:
    """PRESENT_REF/PAST_REF/FUTURE_REF for 'now', 'recently', 'the near future'."""
    word = re.sub(r"[\s-]+", " ", m["word"].lower())
    if word in ("the past", "the future") and ctx.after(m.end())[:1] in (["few"], ["several"]):
        return None
    prev = ctx.before(m.start())[-1:]
    if word == "soon" and prev == ["as"] and ctx.after(m.end())[:1] == ["as"]:
        return None  # "as soon as": a conjunction
    if word in ("the past", "the present", "the future") and not _ends_phrase(ctx, m.end()):
        return None  # "the past president", "the present situation"
    if word == "recent" and prev in (["most"], ["more"]) or word == "the moment" and prev not in (["at"], ["for"]):
        return None
    lo = hi = None
    if word in _PRESENT:
        value = "PRESENT_REF"
        lo = hi = ctx.dct
    elif word in _PAST:
        value = "PAST_REF"
        hi = ctx.dct
    elif word in _FUTURE:
        value = "FUTURE_REF"
        lo = ctx.dct
    else:
        return None
    return Norm("DATE", value, lo, hi)
