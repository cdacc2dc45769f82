"""Normalisers for durations, sets, clock times and vague references."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.timex.anchor import Point, add, at
from diplograph.timex.context import Ctx, Norm
from diplograph.timex.lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number,
    unit_key,
)
from diplograph.timex.rules_date import point_norm

_AMOUNT = re.compile(r"(?:^[$£€]?\d[\d,.]*(?:bn|m|k|%)?|^(?:million|billion|trillion|thousand|"
                     r"hundred|percent|%|bn|m|k|times|dollars|euros|pounds|barrels|tonnes|tons|"
                     r"people))$", re.I)


def duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 duration for n units ('P3Y', 'PT30M', 'PXD' when n is vague)."""
    letter, is_time = UNITS[unit]
    if unit == "decade" and n is not None:
        n, letter = n * 10, "Y"
    if unit == "fortnight" and n is not None:
        n = n * 2
    smaller = {"hour": (60, "M"), "minute": (60, "S")}
    if n is not None and n != int(n) and unit in smaller:
        factor, letter = smaller[unit]
        n, is_time = n * factor, True
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def r_dur(m, ctx: Ctx) -> Norm | None:
    """Counted durations ('three years', 'the past nine days', 'more than a week')."""
    unit = unit_key(m["unit"])
    raw = re.sub(r"\s+", " ", m["n"].lower())
    if unit is None or unit == "night" and raw in ("a", "an"):
        return None
    if raw in ("a", "an") and unit in ("second", "quarter"):
        return None  # "a second attempt", "about a quarter of them"
    if raw in ("a", "an", "a single"):
        prev = ctx.before(m.start())
        if prev and (_AMOUNT.search(prev[-1]) or prev[-1] in ("once", "twice", "thrice")):
            return None  # "15 a year": a frequency
    vague = raw in ("several", "a few", "few", "many", "some", "dozens of", "hundreds of")
    n = None if vague else number(raw)
    if n is None and not vague:
        return None
    if n is not None and m.groupdict().get("half"):
        n += 0.5
    if (ahead := _counted_ahead(m, ctx, n, unit)) is not None:
        return ahead
    value = duration_value(n, unit)
    if m.groupdict().get("approx") and m.groupdict().get("rel"):  # "over the past 12 months": a preposition, not an approximation
        return Norm("DURATION", value, start=m.start("rel") - len("the "))
    return Norm("DURATION", value)


_AHEAD_UNITS = {"day": 1, "week": 7, "fortnight": 14}


def _counted_ahead(m, ctx: Ctx, n: float | None, unit: str) -> Norm | None:
    """"Will meet again in two weeks", "talks resume in ten days' time", "is due to visit in three months": a count
    after "in" on a clause to come is the day, week or month that far from the dct (not a stretch: "signed five
    deals in two weeks", "in two weeks of talks", "within ten days")."""
    if ctx.dct is None or n is None or n != int(n) or n < 1 or m.groupdict().get("rel") or m.groupdict().get("approx") \
            or unit not in (*_AHEAD_UNITS, "month") or ctx.before(m.start()) != ["in"] \
            or ctx.after(m.end())[:1] in (["of"], ["and"], ["to"], ["or"]) or ctx.tense(m.start(), m.end()) != "future":
        return None
    if unit == "month":
        return point_norm(add(at(ctx.dct, "month"), int(n)))
    day = ctx.dct + timedelta(days=int(n) * _AHEAD_UNITS[unit])
    return point_norm(Point("day", day) if unit == "day" else at(day, "week"))


def r_dur_adj(m, ctx: Ctx) -> Norm | None:
    """Hyphenated durations used as adjectives ('a 27-year contract')."""
    unit = unit_key(m["unit"])
    raw = m["n"].lower()
    n = 1.0 if raw == "single" else 0.5 if raw == "half" else number(raw)
    if unit is None or n is None:
        return None
    return Norm("DURATION", duration_value(n, unit))


def r_dur_long(m, ctx: Ctx) -> Norm | None:
    """'decades-long', 'year-long': a vague or single-unit duration."""
    unit = unit_key(m["unit"])
    if unit is None:
        return None
    n = None if m["unit"].lower().endswith("s") else 1.0
    return Norm("DURATION", duration_value(n, unit))


_BARE_OK = frozenset({"for", "in", "over", "within", "recent", "past", "coming", "few", "the"})


def r_dur_bare(m, ctx: Ctx) -> Norm | None:
    """Uncounted plural units ('for years', 'in recent weeks', 'the coming days')."""
    unit = unit_key(m["unit"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if unit is None:
        return None
    prev = ctx.before(m.start())[-1:]
    if rel == "the":
        if prev != ["over"] or unit not in ("year", "decade", "century"):
            return None
    elif not rel and (not prev or prev[0] not in ("for", "in", "over", "within", "just", "only", "mere") or ctx.after(m.end())[:1] in (
            ["of"], ["ago"], ["after"], ["before"], ["later"], ["earlier"])):
        return None
    if "coming" in rel or "next" in rel:
        return _future_ref(ctx, unit)
    if rel == "recent" and unit in ("day", "week", "month", "year", "decade"):
        return Norm("DATE", "PAST_REF", *_window(ctx.dct, unit, -1))
    return Norm("DURATION", duration_value(None, unit))


_WINDOW_DAYS = {"second": 1, "minute": 1, "hour": 1, "day": 7, "week": 28, "month": 92,
                "year": 3 * 365, "decade": 30 * 365, "century": 300 * 365}


def _window(dct: date | None, unit: str, sign: int) -> tuple[date | None, date | None]:
    """A rough interval for 'the coming weeks' (sign +1) or 'recent weeks' (-1)."""
    if dct is None:
        return None, None
    span = timedelta(days=_WINDOW_DAYS.get(unit, 30))
    return (dct + timedelta(days=1), dct + span) if sign > 0 else (dct - span, dct)


def _future_ref(ctx: Ctx, unit: str) -> Norm:
    """FUTURE_REF with a rough window for 'the coming weeks'."""
    return Norm("DATE", "FUTURE_REF", *_window(ctx.dct, unit, 1))


def r_set_every(m, ctx: Ctx) -> Norm | None:
    """'every week', 'each Monday', 'every other month' recur."""
    if m["wd"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')] + 1}")
    if m["pod"]:
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    if m["season"]:
        word = m["season"].lower()
        return Norm("SET", "XXXX-WXX-WD" if word == "weekday" else f"XXXX-{SEASONS[word]}")
    unit = unit_key(m["unit"])
    vague = (m["n"] or "").split()[:1] in (["few"], ["several"], ["couple"])
    n = None if vague else number(m["n"]) if m["n"] else 1.0
    if unit is None or n is None and not vague:
        return None
    return Norm("SET", duration_value(None if n is None else n * (2 if m["other"] else 1), unit))


_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annual": "P1Y",
            "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
            "quarterly": "P3M", "biannual": "P6M", "semiannual": "P6M", "semi-annual": "P6M",
            "biennial": "P2Y", "biweekly": "P2W", "bi-weekly": "P2W", "fortnightly": "P2W",
            "bimonthly": "P2M", "bi-monthly": "P2M", "semiannually": "P6M", "semi-annually": "P6M"}


def r_set_adv(m, ctx: Ctx) -> Norm | None:
    """Frequency adverbs and adjectives ('weekly', 'annual')."""
    word = m["word"].lower()
    if word in ("daily", "weekly") and ctx.after_raw(m.end())[:1].isupper():
        return None  # a newspaper's name
    return Norm("SET", _ADVERBS[word])


def r_set_weekends(m, ctx: Ctx) -> Norm | None:
    """'on weekends', 'weekdays': the recurring part of every week."""
    start = m.start("word")
    return Norm("SET", "XXXX-WXX-WE" if m["word"].lower() == "weekends" else "XXXX-WXX-WD", start=start)


def r_set_freq(m, ctx: Ctx) -> Norm | None:
    """'twice a week', '$5 billion a year': a frequency, not a duration."""
    unit = unit_key(m["unit"])
    if not m["freq"]:
        prev = ctx.before(m.start())
        if not prev or not _AMOUNT.search(prev[-1]):
            return None
    return Norm("SET", duration_value(1, unit))
