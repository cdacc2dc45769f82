"""TIMEX3 values as RDF dates at the precision the text supports."""

from __future__ import annotations

import re
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
# Calendar values worth reporting as a date (weeks, quarters, seasons, halves too).
DATE_LIKE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?$")


def timestamp_literal(value: str | None) -> Literal | None:
    """An xsd:date / xsd:gYearMonth / xsd:gYear literal for a precise TIMEX3 value, else None."""
    if not value:
        return None
    if m := _DAY.match(value):
        try:
            return Literal(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def date_like(value: str | None) -> str | None:
    """The value when it names a calendar period the records file can report, else None."""
    if not value:
        return None
    day = _DAY.match(value)
    if day:
        return value[:10]
    return value if DATE_LIKE.match(value) else None


_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12])$")


def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day of a week, weekend, quarter or half-year value (when the tagger gave none)."""
    if not value:
        return None
    try:
        if m := _WEEK.match(value):
            year, week = int(m[1]), int(m[2])
            first = date.fromisocalendar(year, week, 6 if m[3] else 1)
            return first, date.fromisocalendar(year, week, 7)
        if m := _PART.match(value):
            year, part = int(m[1]), m[2]
            months = 3 if part[0] == "Q" else 6
            first_month = (int(part[1]) - 1) * months + 1
            after = first_month + months  # first month after the period (13 = next January)
            following = date(year + 1, 1, 1) if after > 12 else date(year, after, 1)
            return date(year, first_month, 1), following - timedelta(days=1)
    except ValueError:
        return None
    return None
