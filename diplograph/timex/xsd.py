"""XML Schema forms of TIMEX3 values, so the graph can type dates without parsing TIMEX3 itself."""

from __future__ import annotations

import re

_FORMS = (
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)?"), "dateTime"),
    (re.compile(r"\d{4}-\d\d-\d\d"), "date"),
    (re.compile(r"\d{4}-\d\d"), "gYearMonth"),
    (re.compile(r"\d{4}"), "gYear"),
    (re.compile(r"P(?:\d+(?:\.\d+)?[YMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?|PT(?:\d+(?:\.\d+)?[HMS])+"),
     "duration"),
)


def xsd_form(value: str) -> tuple[str, str] | None:
    """(lexical form, XSD datatype local name) for a TIMEX3 value, None if XSD has no type for it.

    Weeks, quarters, seasons, decades, REF values and underspecified values have no
    XSD type: keep the raw TIMEX3 value plus the earliest/latest interval for those.
    """
    for pattern, datatype in _FORMS:
        if pattern.fullmatch(value):
            if datatype == "dateTime":
                value = _with_seconds(value)
            if datatype == "duration":
                value = _xsd_duration(value)
            return (value, datatype) if value else None
    return None


def _with_seconds(value: str) -> str:
    """xsd:dateTime needs seconds: 2025-05-16T18:40Z -> 2025-05-16T18:40:00Z."""
    return re.sub(r"(T\d\d:\d\d)(?!:)", r"\1:00", value)


def _xsd_duration(value: str) -> str | None:
    """xsd:duration has no weeks and no fractions above seconds: P2W -> P14D, P2.5Y -> P2Y6M."""
    weeks = re.search(r"(\d+(?:\.\d+)?)W", value)
    if weeks:
        value = value.replace(weeks.group(0), f"{float(weeks.group(1)) * 7:g}D")
    years = re.fullmatch(r"P(\d+)\.(\d+)Y", value)
    if years:
        months = round(float("0." + years.group(2)) * 12)
        value = f"P{years.group(1)}Y{months}M" if months else f"P{years.group(1)}Y"
    without_seconds = re.sub(r"[\d.]+S$", "", value)
    return None if "." in without_seconds else value
