"""Calendar periods and their arithmetic, so relative phrases land on real days."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# granularities, finest first
GRANS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
SEASONS = ("WI", "SP", "SU", "FA")
_SEASON_START = {"SP": (3, 1), "SU": (6, 1), "FA": (9, 1), "WI": (12, 1)}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period of one granularity, identified by its first day."""

    gran: str
    day: date

    @property
    def value(self) -> str:
        """The TIMEX3 value of the period."""
        d = self.day
        if self.gran == "day":
            return d.isoformat()
        if self.gran == "week":
            y, w, _ = d.isocalendar()
            return f"{y}-W{w:02d}"
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    @property
    def bounds(self) -> tuple[date, date]:
        """First and last day of the period."""
        end = add(self, 1).day - timedelta(days=1)
        return self.day, end


def _month_add(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


_SPAN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def add(p: Point, n: int) -> Point:
    """The period n steps of its own granularity after (or before, n < 0) p."""
    if p.gran == "day":
        return Point("day", p.day + timedelta(days=n))
    if p.gran == "week":
        return Point("week", p.day + timedelta(weeks=n))
    return Point(p.gran, _month_add(p.day, n * _SPAN_MONTHS[p.gran]))


def at(d: date, gran: str) -> Point:
    """The period of granularity gran that contains day d."""
    if gran == "day":
        return Point("day", d)
    if gran == "week":
        return Point("week", d - timedelta(days=d.weekday()))
    if gran == "month":
        return Point("month", d.replace(day=1))
    if gran == "quarter":
        return Point("quarter", date(d.year, (d.month - 1) // 3 * 3 + 1, 1))
    if gran == "half":
        return Point("half", date(d.year, 1 if d.month <= 6 else 7, 1))
    if gran == "year":
        return Point("year", date(d.year, 1, 1))
    if gran == "decade":
        return Point("decade", date(max(d.year // 10 * 10, 1), 1, 1))
    return Point("century", date(max(d.year // 100 * 100, 1), 1, 1))


def coarsen(p: Point, gran: str) -> Point:
    """p widened to a coarser granularity (the period containing its first day)."""
    return at(p.day, gran)


def weekday_near(ref: date, weekday: int, direction: int) -> date:
    """The given weekday (0=Monday) nearest ref: on/before it (-1), on/after it (+1)."""
    delta = (weekday - ref.weekday()) % 7
    if direction >= 0:
        return ref + timedelta(days=delta)
    return ref - timedelta(days=(7 - delta) % 7)


def month_near(ref: date, month: int, direction: int) -> Point:
    """The named month relative to ref: latest on/before (-1), next on/after (+1), same year (0)."""
    year = ref.year
    if direction < 0 and month > ref.month:
        year -= 1
    elif direction > 0 and month < ref.month:
        year += 1
    return Point("month", date(year, month, 1))


def quarter_near(ref: date, quarter: int, direction: int) -> Point:
    """The named quarter of the year relative to ref, like month_near."""
    current = (ref.month - 1) // 3 + 1
    year = ref.year
    if direction < 0 and quarter > current:
        year -= 1
    elif direction > 0 and quarter < current:
        year += 1
    return Point("quarter", date(year, quarter * 3 - 2, 1))


def season_value(ref: date, season: str, offset: int = 0, direction: int = 0) -> tuple[str, date, date]:
    """(value, first day, last day) of a season relative to ref (winter spans the new year)."""
    year = ref.year + offset
    month, _ = _SEASON_START[season]
    if offset == 0 and direction:
        start = date(year, month, 1)
        if direction < 0 and start > ref:
            year -= 1
        elif direction > 0 and _month_add(start, 3) <= ref:
            year += 1
    start = date(year, month, 1)
    end = _month_add(start, 3) - timedelta(days=1)
    return f"{year:04d}-{season}", start, end


def month_end(year: int, month: int) -> int:
    """Number of days in the month."""
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not make one."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_week(year: int, month: int, which: int) -> Point:
    """The ISO week holding the first (which=1) or last (which=-1) Thursday of a month."""
    if which > 0:
        first = date(year, month, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    else:
        last = date(year, month, month_end(year, month))
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    return at(thursday, "week")
