"""TIMEX3 values as day intervals: the one place that says which days a value covers."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.records import Timex

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})X?")
# first and last month of each part of a year; 13 and 14 are next year's January and February
_PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6),
                "H2": (7, 12), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def value_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day a calendar value covers (a weekend is Saturday to Sunday); else None."""
    if not value:
        return None
    try:
        if m := _DAY.fullmatch(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.fullmatch(value):
            year, week = int(m[1]), int(m[2])
            return date.fromisocalendar(year, week, 6 if m[3] else 1), date.fromisocalendar(year, week, 7)
        if m := _MONTH.fullmatch(value):
            return months(int(m[1]), int(m[2]), int(m[2]))
        if m := _PART.fullmatch(value):
            return months(int(m[1]), *_PART_MONTHS[m[2]])
        if m := _YEAR.fullmatch(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _DECADE.fullmatch(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:  # month 13, week 54, day 31 of a short month...
        return None
    return None


def timex_bounds(tx: Timex) -> tuple[date, date] | None:
    """A time expression's own interval when the tagger gave one, else its value's."""
    if tx.earliest is not None and tx.latest is not None:
        return tx.earliest, tx.latest
    return value_bounds(tx.value)


def value_day(value: str | None) -> date | None:
    """The day a value names when it names exactly one day."""
    span = value_bounds(value) if value and _DAY.fullmatch(value) else None
    return span[0] if span else None


def months(year: int, first: int, last: int) -> tuple[date, date]:
    """From the first day of month ``first`` to the last day of month ``last`` (13, 14: next year's)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    after = date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return date(year, first, 1), after - timedelta(days=1)
