"""Normalisers for named days: weekdays, today/yesterday, parts of the day, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.timex.anchor import Point, add, at, weekday_near
from diplograph.timex.context import Ctx, Norm
from diplograph.timex.lexicon import PARTS_OF_DAY, WEEKDAYS, holiday
from diplograph.timex.rules_date import point_norm, unresolved, year_of


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").lower()).strip()


def r_weekday(m, ctx: Ctx) -> Norm | None:
    """A weekday name: modifiers first, then the tense, pick the week."""
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    if not rel and not _weekday_ok(m, ctx):
        return None
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    suffix, typ = (f"T{pod}", "TIME") if pod else ("", "DATE")
    if ctx.dct is None:
        return unresolved(f"XXXX-WXX-{wd + 1}{suffix}", typ)
    numbered = _numbered_day(ctx, m.end(), wd)
    if numbered is not None:  # the bracketed number belongs to the expression
        d, end = numbered
        return Norm(typ, d.isoformat() + suffix, d, d, point=Point("day", d), start=m.start(), end=end)
    if m["wk"]:  # "Tuesday of last week", "Friday next week": that weekday in the week named
        d = add(at(ctx.dct, "week"), _WEEK_SHIFT[m["wk"].lower()]).day + timedelta(days=wd)
    else:
        d = weekday_day(ctx.dct, wd, rel, ctx.direction(m.start(), m.end(), -1))
    return Norm(typ, d.isoformat() + suffix, d, d, point=Point("day", d))


_WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}


_DAY_IN_BRACKETS = re.compile(r"\s*\((\d{1,2})\)")


def _numbered_day(ctx: Ctx, end: int, wd: int) -> tuple[date, int] | None:
    """"this Wednesday (20)", as Brazilian and Portuguese outlets write: the day of that weekday and number
    nearest the dct (None when no day within a fortnight fits)."""
    found = _DAY_IN_BRACKETS.match(ctx.text, end)
    if found is None or ctx.dct is None:
        return None
    number = int(found.group(1))
    days = [ctx.dct + timedelta(days=k) for k in range(-14, 15)]
    fits = [d for d in days if d.weekday() == wd and d.day == number]
    return (min(fits, key=lambda d: abs((d - ctx.dct).days)), found.end()) if fits else None


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
    """Plural weekdays ('on Sundays') recur."""
    wd = WEEKDAYS[m.group().lower()[:-1]]
    return Norm("SET", f"XXXX-WXX-{wd + 1}")


_RELDAY = {"today": 0, "tonight": 0, "overnight": -1, "yesterday": -1, "tomorrow": 1, "last night": -1,
           "tomorrow night": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


_AFTER_OVERNIGHT = frozenset("in at on with for to from and as after before between , . ; : -- \u2014 \u2013".split())


def _overnight_gone(m, ctx: Ctx) -> bool:
    """"X and Y met overnight in Z", "talks that ran overnight": the night before the day of writing, told in a past
    clause (not "will talk overnight", nor a noun's modifier: "an overnight stay", "overnight talks")."""
    if m["mod"] or m["pod"] or ctx.tense(m.start(), m.end()) != "past":
        return False
    rest = ctx.text[m.end():m.end() + 30].lstrip()
    if not rest or rest[0] in ",.;:\u2014\u2013-)":
        return True
    after = ctx.after(m.end())
    return bool(after) and after[0] in _AFTER_OVERNIGHT


def r_relday(m, ctx: Ctx) -> Norm | None:
    """Days named relative to the dct ('yesterday', 'tomorrow night')."""
    word = _ws(m["word"])
    if word == "overnight" and not _overnight_gone(m, ctx):
        return None
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if "night" in word else None)
    suffix, typ = (f"T{pod}", "TIME") if pod else ("", "DATE")
    if ctx.dct is None:
        return unresolved("XXXX-XX-XX" + suffix, typ)
    d = ctx.dct + timedelta(days=_RELDAY[word])
    return Norm(typ, d.isoformat() + suffix, d, d, point=Point("day", d))


def r_this_pod(m, ctx: Ctx) -> Norm | None:
    """'this morning' is the dct's; 'that evening' is the narrative day's, 'the next morning' the day after it."""
    rel, pod = _ws(m["rel"]), PARTS_OF_DAY[m["pod"].lower()]
    d = ctx.dct if rel == "this" else ctx.ref_day()
    if d is None:
        return unresolved(f"XXXX-XX-XXT{pod}", "TIME")
    d += timedelta(days=_POD_SHIFT.get(rel, 0))
    return Norm("TIME", f"{d.isoformat()}T{pod}", d, d)


_POD_SHIFT = {"the next": 1, "the following": 1, "the previous": -1}


def r_pod(m, ctx: Ctx) -> Norm | None:
    """A bare part of the day after a preposition ('in the morning')."""
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
    """Holidays in the year the tense points to, or the year given."""
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
