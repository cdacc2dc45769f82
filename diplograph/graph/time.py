"""TIMEX3 values as RDF dates at the precision the text supports."""

from __future__ import annotations

import re
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

from diplograph.timex.values import value_bounds

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


_COARSE = re.compile(r"^\d{4}-(?:W\d{2}(?:-WE)?|Q[1-4]|H[12])$")


def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day of a week, weekend, quarter or half-year value (when the tagger gave none)."""
    return value_bounds(value) if value and _COARSE.match(value) else None
