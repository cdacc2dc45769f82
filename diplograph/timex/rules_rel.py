"""Normalisers for expressions relative to the article date or to the narrative."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.timex.anchor import Point, add, at, quarter_near, safe_date, weekday_near
from diplograph.timex.context import Ctx, Norm, narrow
from diplograph.timex.lexicon import ORDINALS, PARTS_OF_DAY, UNIT_GRAN, WEEKDAYS, holiday, number, unit_key
from diplograph.timex.rules_date import FUNCTION_WORDS, point_norm, unresolved, year_of

_PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
                "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}
_NEXT = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
         "this": 0, "current": 0, "present": 0, "same": 0}


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
    word = m["ord"].lower()
    if m["year"] or m["rel"]:
        year = _year_base(ctx, m["year"], m["rel"])
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
    n = int((m["q1"] or m["q2"]).strip("Qq"))
    if m["year"]:
        return point_norm(Point("quarter", date(year_of(m["year"], ctx.dct), n * 3 - 2, 1)))
    if ctx.dct is None:
        return unresolved(f"XXXX-Q{n}")
    return point_norm(quarter_near(ctx.dct, n, ctx.direction(m.start(), m.end())))


def r_half(m, ctx: Ctx) -> Norm | None:
    g = m.groupdict()
    n = 1 if g["ord"].lower() == "first" else 2
    if not g.get("year") and not g.get("rel") and ctx.after(m.end())[:1] == ["of"]:
        return None  # "the first half of the match"
    year = _year_base(ctx, g.get("year"), g.get("rel") or "this")
    if year is None:
        return unresolved(f"XXXX-H{n}")
    return point_norm(Point("half", date(year, 1 if n == 1 else 7, 1)))


def r_weekday(m, ctx: Ctx) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    if not rel and not _weekday_ok(m, ctx):
        return None
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    suffix, typ = (f"T{pod}", "TIME") if pod else ("", "DATE")
    if ctx.dct is None:
        return unresolved(f"XXXX-WXX-{wd + 1}{suffix}", typ)
    d = weekday_day(ctx.dct, wd, rel, ctx.direction(m.start(), m.end(), -1))
    return Norm(typ, d.isoformat() + suffix, d, d, point=Point("day", d))


def weekday_day(dct: date, wd: int, rel: str, direction: int) -> date:
    """The day a weekday name points to from dct, given its modifier and the tense."""
    one = timedelta(days=1)
    if rel in ("last", "past", "previous"):
        return weekday_near(dct - one, wd, -1)
    if rel in ("next", "coming"):
        return weekday_near(dct + one, wd, 1)
    if rel == "this":
        return at(dct, "week").day + timedelta(days=wd)
    return weekday_near(dct, wd, 1 if direction > 0 else -1)


def _weekday_ok(m, ctx: Ctx) -> bool:
    """False for 'Black Monday', 'Sunday Times' and the like."""
    if ctx.before_raw(m.start()).lower() in _NAMED_DAYS:
        return False
    nxt = ctx.after_raw(m.end())
    return not (nxt[:1].isupper() and ctx.text[m.end():m.end() + 1] == " " and nxt.lower() not in (
        "and", "or") and nxt.rstrip(".,").lower() not in _MONTHS_LOWER)


_NAMED_DAYS = {"black", "cyber", "super", "bloody", "holy", "palm", "maundy", "shrove", "easter",
               "good", "ash", "fat", "blue", "giving", "manic", "whit", "low", "plough"}
_MONTHS_LOWER = {"january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def r_weekdays(m, ctx: Ctx) -> Norm | None:
    wd = WEEKDAYS[m.group().lower()[:-1]]
    return Norm("SET", f"XXXX-WXX-{wd + 1}")


_RELDAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
           "tomorrow night": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


def r_relday(m, ctx: Ctx) -> Norm | None:
    word = _ws(m["word"])
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if "night" in word else None)
    suffix, typ = (f"T{pod}", "TIME") if pod else ("", "DATE")
    if ctx.dct is None:
        return unresolved("XXXX-XX-XX" + suffix, typ)
    d = ctx.dct + timedelta(days=_RELDAY[word])
    return Norm(typ, d.isoformat() + suffix, d, d, point=Point("day", d))


def r_this_pod(m, ctx: Ctx) -> Norm | None:
    rel, pod = _ws(m["rel"]), PARTS_OF_DAY[m["pod"].lower()]
    d = ctx.dct if rel == "this" else ctx.ref_day()
    if d is None:
        return unresolved(f"XXXX-XX-XXT{pod}", "TIME")
    return Norm("TIME", f"{d.isoformat()}T{pod}", d, d)


def r_pod(m, ctx: Ctx) -> Norm | None:
    prev = ctx.before(m.start())
    if prev[-1:] not in (["in"], ["during"], ["by"], ["until"], ["early"], ["late"], ["all"], ["through"]):
        return None
    return r_this_pod_value(ctx, PARTS_OF_DAY[m["pod"].lower()], m.start())


def r_this_pod_value(ctx: Ctx, pod: str, start: int) -> Norm:
    """A part of the day named in the sentence, else of the dct ('in the morning')."""
    d = ctx.sentence_day(start)
    if d is None:
        return unresolved(f"XXXX-XX-XXT{pod}", "TIME")
    return Norm("TIME", f"{d.isoformat()}T{pod}", d, d)


def r_holiday(m, ctx: Ctx) -> Norm | None:
    name = m["name"]
    if m["year"]:
        d = holiday(name, year_of(m["year"], ctx.dct))
    elif ctx.dct is None:
        d0 = holiday(name, 2001)
        return unresolved(f"XXXX-{d0.month:02d}-{d0.day:02d}" if d0 and "easter" not in name.lower() else "XXXX-XX-XX")
    else:
        days = [holiday(name, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        d = choose(days, ctx.dct, ctx.direction(m.start(), m.end()))
    return point_norm(Point("day", d)) if d else None


def choose(days: list[date], ref: date, direction: int) -> date:
    """The latest day on/before ref (-1), the first on/after (+1), else the nearest."""
    if direction < 0 and any(d <= ref for d in days):
        return max(d for d in days if d <= ref)
    if direction > 0 and any(d >= ref for d in days):
        return min(d for d in days if d >= ref)
    return min(days, key=lambda d: abs((d - ref).days))


def r_ago(m, ctx: Ctx) -> Norm | None:
    unit, direction = unit_key(m["unit"]), _ws(m["dir"])
    n = number(m["n"])
    if unit is None:
        return None
    if direction in ("before", "after", "prior"):
        from diplograph.timex.rules_other import duration_value

        end = m.start("dir")
        end -= len(ctx.text[:end]) - len(ctx.text[:end].rstrip())
        return Norm("DURATION", duration_value(n, unit), start=m.start(), end=end)
    sign = 1 if direction in ("later", "from now", "hence", "on") else -1
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
    rel, unit = _ws(m["rel"]), m["unit"].lower()
    the = rel.startswith("the ")
    rel = rel.removeprefix("the ")
    mod = m["pre"] or m["mod"]
    prev = ctx.before(m.start())[-1:]
    span_prep = prev and prev[0] in ("over", "within", "during", "for", "throughout", "in")
    if the and (rel == "past" or (rel in ("last", "next", "coming") and span_prep and unit != "day")) or (
            rel == "past" and unit in ("decade", "century")):
        if m["pre"]:
            return None
        from diplograph.timex.rules_other import duration_value

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
    shift = {"next": 1, "following": 1, "previous": -1, "same": 0, "this": 0}.get(rel)
    if shift is None:
        return None
    d = ctx.dct if rel == "this" else ctx.ref_day()
    if d is None:
        return unresolved("XXXX-XX-XX")
    return point_norm(Point("day", d + timedelta(days=shift)))


def r_the_unit(m, ctx: Ctx) -> Norm | None:
    if ctx.before(m.start())[-1:] not in (["for"], ["during"], ["throughout"]):
        return None
    p = ctx.ref_point(m["unit"].lower())
    return point_norm(p) if p else unresolved(_PLACEHOLDER[m["unit"].lower()])


def r_year_earlier(m, ctx: Ctx) -> Norm | None:
    unit = (m["unit"] or "").lower()
    if unit in ("quarter", "month", "week"):
        p = ctx.ref_point(unit)
    elif unit == "period" and ctx.last_point is not None or not unit and _fiscal_period(ctx):
        p = ctx.last_point
    else:
        p = ctx.ref_point("year")
    if p is None:
        return unresolved(_PLACEHOLDER[unit if unit in _PLACEHOLDER else "year"])
    steps = {"day": 365, "week": 52, "month": 12, "quarter": 4, "half": 2, "year": 1}.get(p.gran)
    if steps is None:
        return None
    if p.gran == "day":
        d = p.day
        return _anaphoric(point_norm(Point("day", safe_date(d.year - 1, d.month, d.day) or d - timedelta(days=366))))
    return _anaphoric(point_norm(add(p, -steps)))


def r_same_day(m, ctx: Ctx) -> Norm | None:
    word = _ws(m["word"])
    if word == "the day" and ctx.before(m.start())[-1:] not in (
            ["end"], ["ended"], ["ending"], ["ends"], ["finish"], ["finished"], ["finishing"],
            ["close"], ["closed"], ["closing"], ["for"]):
        return None
    if word == "the weekend":
        return weekend(ctx, 0, ctx.direction(m.start(), m.end()))
    if word in ("earlier today", "later today"):
        return point_norm(Point("day", ctx.dct), word.split()[0], None) if ctx.dct else unresolved("XXXX-XX-XX")
    gran = UNIT_GRAN[re.search(r"\b(day|week|month|year)\b", word).group(1)]
    shift = 1 if word.endswith("day after") else -1 if word.endswith("day before") else 0
    if gran == "day":
        d = ctx.ref_day()
        if d is None:
            return unresolved("XXXX-XX-XX")
        p = Point("day", d + timedelta(days=shift))
    else:
        p = ctx.ref_point(gran)
        if p is None:
            return unresolved(_PLACEHOLDER[gran])
    mod = re.match(r"(?:the )?(start|end|close|earlier|later|early|late)\b", word)
    return point_norm(p, mod.group(1) if mod else None, ctx.dct)
