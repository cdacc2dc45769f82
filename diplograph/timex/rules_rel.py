"""Normalisers for expressions relative to the article date or to the narrative."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.timex.anchor import Point, add, at, quarter_near, safe_date
from diplograph.timex.context import Ctx, Norm
from diplograph.timex.lexicon import ORDINALS, UNIT_GRAN, number, unit_key
from diplograph.timex.rules_date import point_norm, unresolved, year_of
from diplograph.timex.rules_other import duration_value

_PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
                "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}
_NEXT = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
         "this": 0, "current": 0, "present": 0, "same": 0, "latest": -1}


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").lower()).strip()


def _year_base(ctx: Ctx, year: str | None, rel: str | None) -> int | None:
    """The year named by '2009', 'this year', 'last year', 'the year' next to a quarter/half."""
    if year:
        return year_of(year, ctx.dct)
    rel = _ws(rel)
    if rel in ("the", "same"):
        p = ctx.ref_point("year")
        return p.day.year if p else None
    if ctx.dct is None:
        return None
    return ctx.dct.year + _NEXT.get(rel, 0)


def r_quarter(m, ctx: Ctx) -> Norm | None:
    """Quarters of a named or relative year, or the one the tense points to."""
    word = m["ord"].lower()
    named, rel = m["year"] or m["pyear"], m["rel"] or m["prel"]
    if named or rel:
        year = _year_base(ctx, named, rel)
        n = 4 if word in ("final", "last") else ORDINALS[word]
        if year is None:
            return unresolved(f"XXXX-Q{n}")
        return point_norm(Point("quarter", date(year, n * 3 - 2, 1)))
    if ctx.dct is None:
        return unresolved("XXXX-QX" if word == "last" else f"XXXX-Q{ORDINALS.get(word, 4)}")
    if word == "last":
        return point_norm(add(at(ctx.dct, "quarter"), -1))
    n = 4 if word == "final" else ORDINALS[word]
    return point_norm(quarter_near(ctx.dct, n, ctx.direction(m.start(), m.end())))


def r_quarter_q(m, ctx: Ctx) -> Norm | None:
    """'Q3 2024' and '3Q' abbreviations."""
    n = int((m["q1"] or m["q2"]).strip("Qq"))
    if m["year"]:
        return point_norm(Point("quarter", date(year_of(m["year"], ctx.dct), n * 3 - 2, 1)))
    if ctx.dct is None:
        return unresolved(f"XXXX-Q{n}")
    return point_norm(quarter_near(ctx.dct, n, ctx.direction(m.start(), m.end())))


def r_half(m, ctx: Ctx) -> Norm | None:
    """Halves of a year ('the first half of 2022', 'second-half')."""
    g = m.groupdict()
    n = 1 if g["ord"].lower() == "first" else 2
    named, rel = g.get("year") or g.get("pyear"), g.get("rel") or g.get("prel")
    if not m.group().lower().startswith(("the", "first-", "second-")) and not (named or rel):
        return None  # "a second half" without an article or year
    if not named and not rel and ctx.after(m.end())[:1] == ["of"]:
        return None  # "the first half of the match"
    year = _year_base(ctx, named, rel or "this")
    if year is None:
        return unresolved(f"XXXX-H{n}")
    return point_norm(Point("half", date(year, 1 if n == 1 else 7, 1)))


def r_ago(m, ctx: Ctx) -> Norm | None:
    """Counted offsets: 'ago' from the dct, 'later'/'earlier' from the narrative."""
    unit, direction = unit_key(m["unit"]), _ws(m["dir"])
    n = number(m["n"])
    if unit is None:
        return None
    if direction in ("before", "after") and ctx.text[m.end():m.end() + 4].lstrip()[:1] in ("", ",", ".", ";", ":"):
        direction = "later" if direction == "after" else "earlier"  # "... there a day after.": a day later
    if direction in ("before", "after", "prior"):
        end = m.start("dir")
        end -= len(ctx.text[:end]) - len(ctx.text[:end].rstrip())
        return Norm("DURATION", duration_value(n, unit), start=m.start(), end=end)
    sign = 1 if direction in ("later", "from now", "hence", "on") else -1
    if n is not None and m["half"]:
        n += 0.5
    if unit == "year" and n is not None and n != int(n):
        unit, n = "month", n * 12  # "a year and a half ago": 18 months back
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    gran = UNIT_GRAN.get(unit)
    if gran is None:  # hours, minutes: the day they fall on
        gran, n = "day", 0
    if unit == "week":
        gran, n = "day", n * 7
    if unit == "fortnight":
        gran, n = "day", n * 14
    if unit in ("decade", "century"):
        gran, n = "year", n * (10 if unit == "decade" else 100)
    base = at(ctx.dct, gran) if direction == "ago" and ctx.dct else ctx.ref_point(gran)
    if base is None:
        return unresolved(_PLACEHOLDER[gran])
    if n != int(n):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if gran == "year" and direction != "ago" and _fiscal_period(ctx):
        return _anaphoric(point_norm(add(ctx.last_point, sign * int(n) * _PER_YEAR[ctx.last_point.gran])))
    norm = point_norm(add(base, sign * int(n)))
    return _anaphoric(norm) if sign < 0 and direction != "ago" else norm


def _anaphoric(norm: Norm) -> Norm:
    """Mark a value counted from the narrative so that it does not become the narrative."""
    norm.anaphoric = True
    return norm


_PER_YEAR = {"quarter": 4, "half": 2}


def _fiscal_period(ctx: Ctx) -> bool:
    """Whether the narrative is about a quarter or half ('a year earlier' is then that period)."""
    return ctx.last_point is not None and ctx.last_point.gran in _PER_YEAR


def r_relunit(m, ctx: Ctx) -> Norm | None:
    """'last week', 'this year', 'the previous month', 'earlier this month'."""
    rel, unit = _ws(m["rel"]), m["unit"].lower()
    the = rel.startswith("the ")
    rel = rel.removeprefix("the ").removeprefix("this ")  # "this past week" is "past week"
    mod = m["pre"] or m["mod"]
    prev = ctx.before(m.start())[-1:]
    span_prep = prev and prev[0] in ("over", "within", "during", "for", "throughout", "in")
    if prev == ["for"] and ctx.before(m.start(), 2)[0] in _SCHEDULED:
        span_prep = False  # "planned for the coming week" names a week, not a stretch of time
    if the and (rel == "past" or (rel in ("last", "next", "coming") and span_prep and unit != "day")) or (
            rel == "past" and unit in ("decade", "century")):
        if m["pre"]:
            return None
        return Norm("DURATION", duration_value(1, "fortnight" if unit == "fortnight" else unit))
    if unit == "day":
        return _rel_day(rel, ctx)
    if unit == "weekend":
        return weekend(ctx, _NEXT.get(rel, 0), 0 if rel != "this" else ctx.direction(m.start(), m.end()))
    gran = UNIT_GRAN[unit]
    shift = _NEXT.get(rel, 0) * (2 if unit == "fortnight" else 1)
    if the and rel in ("previous", "following", "same", "next", "last") or rel == "same":
        base = ctx.ref_point(gran)
    else:
        base = at(ctx.dct, gran) if ctx.dct else None
    if base is None:
        return unresolved(_PLACEHOLDER[gran])
    p = add(base, shift)
    return point_norm(p, mod, ctx.dct)


_SCHEDULED = frozenset({"planned", "scheduled", "set", "slated", "due", "expected", "called",
                        "timetabled", "pencilled", "penciled", "booked", "earmarked", "postponed",
                        "delayed", "rescheduled", "moved", "pushed", "brought"})


def weekend(ctx: Ctx, shift: int, direction: int) -> Norm:
    """A weekend: the dct's ISO week's, moved by shift weeks, or by tense to the one just
    past (a past-tense weekend not yet come) or to come (a future one already over)."""
    if ctx.dct is None:
        return unresolved("XXXX-WXX-WE")
    p = add(at(ctx.dct, "week"), shift)
    sat = p.day + timedelta(days=5)
    if shift == 0 and direction < 0 and sat > ctx.dct:
        p, sat = add(p, -1), sat - timedelta(days=7)
    elif shift == 0 and direction > 0 and sat + timedelta(days=1) < ctx.dct:
        p, sat = add(p, 1), sat + timedelta(days=7)
    return Norm("DATE", p.value + "-WE", sat, sat + timedelta(days=1), point=p)


def _rel_day(rel: str, ctx: Ctx) -> Norm | None:
    """'the next day', 'the previous day' from the narrative day."""
    shift = {"next": 1, "following": 1, "previous": -1, "same": 0, "this": 0}.get(rel)
    if shift is None:
        return None
    d = ctx.dct if rel == "this" else ctx.ref_day()
    if d is None:
        return unresolved("XXXX-XX-XX")
    return point_norm(Point("day", d + timedelta(days=shift)))


def r_the_unit(m, ctx: Ctx) -> Norm | None:
    """'for the year', 'during the quarter': the period the story is about."""
    prev = ctx.before(m.start())[-1:]
    if prev not in (["for"], ["during"], ["throughout"]) and not (prev == ["in"] and m["unit"].lower() == "quarter"):
        return None
    p = ctx.ref_point(m["unit"].lower())
    return point_norm(p) if p else unresolved(_PLACEHOLDER[m["unit"].lower()])


def r_same_ago(m, ctx: Ctx) -> Norm | None:
    """'the same month a year earlier', 'the same period last year': the narrative period a year back."""
    unit = m["unit"].lower()
    p = ctx.last_point if unit in ("period", "time") else ctx.ref_point(unit)
    if p is not None and p.gran == "day" and unit in ("period", "time"):
        return None  # a period named by one day is not known
    return _year_back(p) if p is not None else unresolved(_PLACEHOLDER.get(unit, "XXXX"))


def r_year_earlier(m, ctx: Ctx) -> Norm | None:
    """'a year-earlier quarter': the narrative period one year back."""
    unit = (m["unit"] or "").lower()
    if unit in ("quarter", "month", "week"):
        p = ctx.ref_point(unit)
    elif unit == "period" and ctx.last_point is not None or not unit and _fiscal_period(ctx):
        p = ctx.last_point
    else:
        p = ctx.ref_point("year")
    if p is None:
        return unresolved(_PLACEHOLDER[unit if unit in _PLACEHOLDER else "year"])
    return _year_back(p)


def _year_back(p: Point) -> Norm | None:
    """The period p one year earlier, as an anaphoric Norm."""
    steps = {"day": 365, "week": 52, "month": 12, "quarter": 4, "half": 2, "year": 1}.get(p.gran)
    if steps is None:
        return None
    if p.gran == "day":
        d = p.day
        return _anaphoric(point_norm(Point("day", safe_date(d.year - 1, d.month, d.day) or d - timedelta(days=366))))
    return _anaphoric(point_norm(add(p, -steps)))


def r_same_day(m, ctx: Ctx) -> Norm | None:
    """Anaphoric days and periods ('the same day', 'the end of the month')."""
    word = _ws(m["word"])
    if word == "the day" and ctx.before(m.start())[-1:] not in (
            ["end"], ["ended"], ["ending"], ["ends"], ["finish"], ["finished"], ["finishing"],
            ["close"], ["closed"], ["closing"], ["for"]):
        return None
    if word == "the weekend":
        return weekend(ctx, 0, ctx.direction(m.start(), m.end()))
    if word in ("earlier today", "later today"):
        return point_norm(Point("day", ctx.dct), word.split()[0], None) if ctx.dct else unresolved("XXXX-XX-XX")
    gran = UNIT_GRAN[re.search(r"\b(day|week|month|year|decade|century)\b", word).group(1)]
    if gran in ("decade", "century") and "turn" in word:
        return None  # "the turn of the century": which one depends on the story
    shift = 1 if word.endswith(" after") else -1 if word.endswith((" before", " previous")) else 0
    if word.endswith((" before last", " after next")):  # counted from the dct, two steps away
        return point_norm(add(at(ctx.dct, gran), 2 if word.endswith("next") else -2)) if ctx.dct \
            else unresolved(_PLACEHOLDER[gran])
    if gran == "day":
        d = ctx.ref_day()
        if d is None:
            return unresolved("XXXX-XX-XX")
        p = Point("day", d + timedelta(days=shift))
    else:
        p = ctx.ref_point(gran)
        if p is None:
            return unresolved(_PLACEHOLDER[gran])
        p = add(p, shift)
    mod = re.match(r"(?:the )?(start|end|close|early part|first part|latter part|later part|last part|earlier|later|early|late)\b|\w+[ -](end)$", word)
    norm = point_norm(p, mod and (mod.group(1) or mod.group(2)), ctx.dct)
    return _anaphoric(norm) if shift < 0 else norm
