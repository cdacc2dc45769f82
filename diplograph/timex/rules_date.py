"""Normalisers for calendar dates: days, months, years, quarters, seasons, weekdays."""

from __future__ import annotations

import re
from datetime import date

from diplograph.timex.anchor import (
    Point,
    add,
    at,
    month_near,
    month_week,
    safe_date,
    season_value,
)
from diplograph.timex.context import Ctx, Norm, narrow
from diplograph.timex.lexicon import MONTHS, ORDINALS, SEASONS, WEEKDAYS

FUNCTION_WORDS = frozenset({
    "on", "in", "by", "since", "until", "till", "of", "from", "and", "or", "but", "the", "last",
    "next", "this", "early", "late", "mid", "during", "before", "after", "at", "for", "to",
    "through", "between", "then", "as", "that", "every", "each", "said", "says", "said,",
})


def point_norm(p: Point, mod: str | None = None, ref: date | None = None, typ: str = "DATE") -> Norm:
    """A Norm for a whole calendar period, its interval narrowed by a modifier."""
    lo, hi = narrow(*p.bounds, mod, ref)
    return Norm(typ, p.value, lo, hi, point=p)


def unresolved(value: str, typ: str = "DATE") -> Norm:
    """A Norm for a relative value that has no reference date."""
    return Norm(typ, value, anchored=False)


def year_of(text: str, dct: date | None) -> int | None:
    """A year from '2009', '09' or "'09" (two digits: the century nearest the dct)."""
    digits = text.strip("'’")
    if len(digits) == 4:
        return int(digits)
    base = dct.year if dct else 2000
    year = base // 100 * 100 + int(digits)
    return year - 100 if year > base + 10 else year


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _pick_year(ctx: Ctx, month: int, day: int, start: int, end: int, weekday: int | None) -> int:
    """The year of a day-month without year: weekday match, then tense, then nearest."""
    dct = ctx.dct
    options = [y for y in (dct.year - 1, dct.year, dct.year + 1) if safe_date(y, month, day)]
    if weekday is not None:
        fitting = [y for y in options if date(y, month, day).weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs((date(y, month, day) - dct).days))
    direction = ctx.direction(start, end)
    same = safe_date(dct.year, month, day)
    if same is None:
        return min(options, key=lambda y: abs((date(y, month, day) - dct).days))
    if direction < 0 and (same - dct).days > 31:
        return dct.year - 1
    if direction > 0 and (dct - same).days > 31:
        return dct.year + 1
    if direction == 0 and abs((same - dct).days) > 183:
        return min(options, key=lambda y: abs((date(y, month, day) - dct).days))
    return dct.year


def day_norm(ctx: Ctx, month: int, day: int, year: str | None, start: int, end: int,
             weekday: str | None = None) -> Norm | None:
    """A Norm for a day given by month and day, with or without a year."""
    wd = WEEKDAYS.get(weekday.lower().rstrip(".")) if weekday else None
    if year:
        d = safe_date(year_of(year, ctx.dct), month, day)
        return point_norm(Point("day", d)) if d else None
    if ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}-{day:02d}") if safe_date(2000, month, day) else None
    y = _pick_year(ctx, month, day, start, end, wd)
    return point_norm(Point("day", date(y, month, day)))


def r_iso(m, ctx: Ctx) -> Norm | None:
    """ISO 8601 dates (and date-times) are already normalised."""
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        zone = "Z" if m["z"] == "Z" else (m["z"] or "")
        return Norm("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}{zone}", d, d, point=Point("day", d))
    return point_norm(Point("day", d))


def r_iso_slash(m, ctx: Ctx) -> Norm | None:
    """Year-first slash dates ('2024/03/15')."""
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return point_norm(Point("day", d)) if d else None


def r_numeric(m, ctx: Ctx) -> Norm | None:
    """Numeric dates in the order the article writes unambiguous ones ('21/05/2024' makes
    '05/06/2024' day first); else slash dates month first (US wire copy), dotted and dashed day first."""
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] != "/" and len(m["y"]) != 4:
        return None  # "1.5.98" is more often a version or a score than a date
    day_first = numeric_order(ctx)
    if day_first is None:
        day_first = m["sep"] != "/"
    if day_first:
        a, b = b, a
    month, day = (b, a) if a > 12 else (a, b)
    d = safe_date(year_of(m["y"], ctx.dct), month, day)
    return point_norm(Point("day", d)) if d else None


_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w/]|\.\d)")


def numeric_order(ctx: Ctx) -> bool | None:
    """True when the article's unambiguous numeric dates put the day first, False for month
    first, None when it has none (or both)."""
    if "day_first" not in ctx.notes:
        votes = [0, 0]
        for m in _NUMERIC_DATE.finditer(ctx.text):
            a, b = int(m[1]), int(m[3])
            if a > 12 >= b >= 1:
                votes[0] += 1
            elif b > 12 >= a >= 1:
                votes[1] += 1
        ctx.notes["day_first"] = None if votes[0] == votes[1] else votes[0] > votes[1]
    return ctx.notes["day_first"]


def r_ordday(m, ctx: Ctx) -> Norm | None:
    """'on the 14th', 'the 25th of this month': a day of the month the story is in."""
    day = int(m["day"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if not rel and ctx.before(m.start())[-1:] not in ([w] for w in _DAY_PREPS):
        return None
    if ctx.dct is None:
        return unresolved(f"XXXX-XX-{day:02d}")
    if rel:
        return _day_of_month(ctx, rel, day)
    last = ctx.last_point
    if last is not None and last.gran in ("day", "month") and last.day.day <= day \
            and abs((last.day - ctx.dct).days) <= 62:
        d = safe_date(last.day.year, last.day.month, day)  # "signed on March 3, in force on the 14th"
        if d is not None:
            return point_norm(Point("day", d))
    options = [d for k in (-1, 0, 1) if (first := add(at(ctx.dct, "month"), k).day)
               and (d := safe_date(first.year, first.month, day))]
    direction = ctx.direction(m.start(), m.end())
    if direction < 0 and any(d <= ctx.dct for d in options):
        d = max(d for d in options if d <= ctx.dct)
    elif direction > 0 and any(d >= ctx.dct for d in options):
        d = min(d for d in options if d >= ctx.dct)
    else:
        d = min(options, key=lambda d: abs((d - ctx.dct).days))
    return point_norm(Point("day", d))


_DAY_PREPS = ("on", "by", "until", "till", "from", "since", "before", "after", "between", "and",
              "to", "through", "of", "late", "early")


def _day_of_month(ctx: Ctx, rel: str, day: int) -> Norm | None:
    """The day of "this" / "next" / "last" / "the following" / "the previous" month (the "the" ones counted from the
    story's last month told)."""
    base = ctx.ref_point("month") if rel.startswith("the ") else at(ctx.dct, "month")
    shift = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(rel, 0)
    first = add(base, shift).day
    d = safe_date(first.year, first.month, day)
    return point_norm(Point("day", d)) if d else None


_TENS = {"twenty": 20, "thirty": 30}


def r_ordword(m, ctx: Ctx) -> Norm | None:
    """'on the fourth of November', 'the twentieth of this month': a day of the month spelt out."""
    tens, _, unit = re.sub(r"[-\s]+", "-", m["word"].lower()).rpartition("-")
    day = _TENS.get(tens, 0) + ORDINALS[unit]  # "fourth", "twentieth", "twenty-first", "thirty first"
    if m["mon"]:
        return day_norm(ctx, _month(m["mon"]), day, m["year"], m.start(), m.end())
    if ctx.dct is None:
        return unresolved(f"XXXX-XX-{day:02d}")
    return _day_of_month(ctx, m["rel"].lower(), day)


def r_mdy(m, ctx: Ctx) -> Norm | None:
    """Day-and-month dates; a missing year comes from the dct, the weekday and the tense."""
    return day_norm(ctx, _month(m["mon"]), _day(m["day"]), m["year"], m.start(), m.end(), m["wd"])


def r_month_year(m, ctx: Ctx) -> Norm | None:
    """A month of a named or relative year ('June 2021', 'October of next year')."""
    month = _month(m["mon"])
    if m["year"]:
        year = year_of(m["year"], ctx.dct)
    elif ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}")
    else:
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        base = ctx.ref_point("year") if rel in ("the same", "the following", "the previous") else at(ctx.dct, "year")
        shift = {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        year = add(base, shift).day.year
    return month_point_norm(Point("month", date(year, month, 1)), m["mod"])


def month_point_norm(p: Point, mod: str | None) -> Norm:
    """A month, or the first/last week of it ('the last week of March' is an ISO week)."""
    week = re.search(r"\b(first|last)\s+week\s+of", mod or "", re.I)
    if week:
        return point_norm(month_week(p.day.year, p.day.month, 1 if week.group(1).lower() == "first" else -1))
    return point_norm(p, mod)


def r_month(m, ctx: Ctx) -> Norm | None:
    """A bare month name points back or forward from the dct as the tense says."""
    word, rel, mod = m["mon"], (m["rel"] or "").lower(), m["mod"]
    if not rel and not mod and not _month_alone_ok(m, ctx):
        return None
    month = _month(word)
    if ctx.dct is None:
        return unresolved(f"XXXX-{month:02d}")
    cur = ctx.dct.month
    if rel in ("last", "past", "previous"):
        p = month_near(ctx.dct, month, -1)
        p = add(p, -12) if month == cur else p
    elif rel in ("next", "coming"):
        p = month_near(ctx.dct, month, 1)
        p = add(p, 12) if month == cur else p
    elif rel == "this":
        p = Point("month", date(ctx.dct.year, month, 1))
    else:
        p = month_near(ctx.dct, month, ctx.direction(m.start(), m.end()))
    return month_point_norm(p, mod)


def _month_alone_ok(m, ctx: Ctx) -> bool:
    """Whether a bare month name is a date, not 'may', 'march' or a person called 'Jan'."""
    word = m["mon"]
    if word.endswith(".") or len(word) <= 3 and word not in ("May",):
        return False
    prev = ctx.before(m.start())
    if word in ("May", "MAY", "March", "MARCH"):
        return bool(prev) and prev[0] in FUNCTION_WORDS - {"said", "says", "said,", "to", "that"}
    return not (prev and prev[0] in ("the",) and ctx.after_raw(m.end())[:1].isupper())


def r_fiscal(m, ctx: Ctx) -> Norm | None:
    """Fiscal years keep the FY prefix TIMEX3 uses; a split year ('2023-24') is named by the year it ends."""
    year = year_of(m["year"] or m["fy"] or m["year2"] or m["end"] or m["end2"], ctx.dct)
    return Norm("DATE", f"FY{year}", point=Point("year", date(year, 1, 1)))


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bits)(?<!\bthis)(?<!\bas)|km|kg|mph|"
    r"feet|ft|m\b|metres|meters|people|troops|staff|units|tonnes|tons)")


def r_year(m, ctx: Ctx) -> Norm | None:
    """A four-digit year, unless the number counts things or names a product."""
    raw = m["year"]
    if raw.startswith(("'", "’")):
        if not m["mod"] and ctx.before(m.start())[-1:] not in (["since"], ["in"], ["of"], ["from"]):
            return None
    else:
        y = int(raw)
        if not 1000 <= y <= 2100 or (not 1800 <= y <= 2099 and not m["mod"]):
            return None
        if not m["mod"] and _NOT_YEAR_AFTER.match(ctx.text, m.end()):
            if ctx.before(m.start())[-1:] not in (["in"], ["since"], ["of"], ["by"], ["until"]):
                return None
        prev = ctx.before_raw(m.start("year"))
        if prev.lower() in _COUNTED_NAMES or prev[-1:] in ("$", "£", "€"):
            return None
        if _in_name(ctx, m.start("year"), m.end("year"), prev):
            return None
    year = year_of(raw, ctx.dct)
    return point_norm(Point("year", date(year, 1, 1)), m["mod"])


_COUNTED_NAMES = frozenset({
    "no.", "no", "nos.", "number", "#", "flight", "route", "resolution", "resolutions", "article",
    "articles", "section", "chapter", "paragraph", "page", "pages", "room", "highway", "road",
    "gate", "platform", "item", "form", "rule", "model", "bus", "line", "channel", "code",
})


def _in_name(ctx: Ctx, start: int, end: int, prev: str) -> bool:
    """True for a number inside a proper name ('Russell 2000 Index', 'Windows 2000 Server')."""
    gap = ctx.text[max(0, start - 2):start]
    nxt = ctx.text[end:end + 2]
    return (prev[:1].isupper() and prev.lower() not in FUNCTION_WORDS and "\n" not in gap
            and nxt[:1] == " " and nxt[1:2].isupper() and MONTHS.get(prev.lower().rstrip(".")) is None)


_DECADE_WORDS = {"twe": "20", "thi": "30", "for": "40", "fif": "50", "six": "60", "sev": "70",
                 "eig": "80", "nin": "90"}


def r_decade(m, ctx: Ctx) -> Norm | None:
    """Decades ('the 1990s', "the '80s"), but not ages ('in their 40s')."""
    dec = m["dec"].strip("'’") if "dec" in m.re.groupindex else _DECADE_WORDS[m["word"].lower()[:3]]
    if ctx.before(m.start())[-1:] in (["his"], ["her"], ["their"], ["its"], ["my"], ["your"], ["our"]):
        return None
    if len(dec) == 4:
        year = int(dec)
        if dec.endswith("00") and year < 2000:
            return point_norm(Point("century", date(year, 1, 1)), m["mod"])
    else:
        base = ctx.dct.year if ctx.dct else 2000
        year = base // 100 * 100 + int(dec)
        year = year - 100 if year > base else year
    return point_norm(Point("decade", date(max(year, 1), 1, 1)), m["mod"])


def r_century(m, ctx: Ctx) -> Norm | None:
    """Ordinal centuries ('the 20th century' is 19)."""
    word = m["ord"].lower()
    n = ORDINALS.get(word) or int(re.match(r"\d+", word).group())
    return point_norm(Point("century", date(max((n - 1) * 100, 1), 1, 1)), m["mod"])


def r_season(m, ctx: Ctx) -> Norm | None:
    """Seasons of a named year, or the one the tense points to."""
    word, rel, mod = m["season"].lower(), (m["rel"] or "").lower(), m["mod"]
    if not _season_ok(m, ctx, word, rel):
        return None
    code = SEASONS[word]
    if m["year"]:
        year = year_of(m["year"], ctx.dct)
        value, lo, hi = season_value(date(year, 6, 1), code)
    elif ctx.dct is None:
        return unresolved(f"XXXX-{code}")
    else:
        value, lo, hi = _season_near(ctx, code, rel, m)
    lo, hi = narrow(lo, hi, mod)
    return Norm("DATE", value, lo, hi)


def _season_near(ctx: Ctx, code: str, rel: str, m) -> tuple[str, date, date]:
    """'last summer' is the latest one over by the dct, 'next summer' the first to begin after it."""
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if offset:
        value, lo, hi = season_value(ctx.dct, code, 0, offset)
        if offset < 0 and hi >= ctx.dct or offset > 0 and lo <= ctx.dct:
            value, lo, hi = season_value(lo.replace(year=lo.year + offset), code)
        return value, lo, hi
    direction = 0 if rel == "this" else ctx.direction(m.start(), m.end())
    return season_value(ctx.dct, code, 0, direction)


def _season_ok(m, ctx: Ctx, word: str, rel: str) -> bool:
    """False for 'the fall of Rome', 'Arab Spring' and similar."""
    after = ctx.after(m.end())
    if after[:1] == ["of"] and not m["year"]:
        return False
    if m["season"][0].isupper() and ctx.before_raw(m.start())[:1].isupper() and not rel:
        return ctx.before(m.start())[-1:] in (["in"], ["this"], ["last"], ["next"])
    if word == "fall" and not (rel in ("this", "last", "next", "the") or m["mod"] or m["year"]):
        return False
    return not (rel == "the" and not m["year"] and ctx.before(m.start())[-1:] not in (["in"], ["during"], ["by"], ["until"], ["over"]))
