"""The timeline day of every dated item, precomputed so a date range reads one indexed property."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.graph.namespace import DG, SEM, TIME


def timeline_days(quads: Iterable[tuple]) -> dict[URIRef, date]:
    """Each dated item's day: its earliest exact date, else the first day its vaguest reading allows.

    The rule the timeline query used to compute at query time: an ``xsd:date`` timestamp wins;
    otherwise the earliest of a month's or year's first day, ``sem:hasEarliestBeginTimeStamp``
    and the beginning of the OWL-Time interval of its ``dg:time`` expression.
    """
    exact: dict[URIRef, date] = {}
    vague: dict[URIRef, date] = {}
    times: dict[URIRef, list[URIRef]] = {}
    begins: dict[URIRef, URIRef] = {}
    instants: dict[URIRef, date] = {}
    for s, p, o, *_ in quads:
        if p == SEM.hasTimeStamp and isinstance(o, Literal):
            day = _first_day(o)
            if day is not None:
                into = exact if o.datatype == XSD.date else vague
                into[s] = min(day, into.get(s, day))
        elif p == SEM.hasEarliestBeginTimeStamp and isinstance(o, Literal) and o.datatype == XSD.date:
            vague[s] = min(o.toPython(), vague.get(s, o.toPython()))
        elif p == DG.time:
            times.setdefault(s, []).append(o)
        elif p == TIME.hasBeginning:
            begins[s] = o
        elif p == TIME.inXSDDate and isinstance(o, Literal) and o.datatype == XSD.date:
            instants[s] = o.toPython()
    for item, expressions in times.items():
        for t in expressions:
            day = instants.get(begins.get(t))
            if day is not None:
                vague[item] = min(day, vague.get(item, day))
    return {item: exact.get(item, day) for item, day in {**vague, **exact}.items()}


def _first_day(stamp: Literal) -> date | None:
    """The first day an xsd:date, xsd:gYearMonth or xsd:gYear timestamp allows."""
    text = str(stamp)
    try:
        if stamp.datatype == XSD.date:
            return date.fromisoformat(text[:10])
        if stamp.datatype == XSD.gYearMonth:
            return date(int(text[:4]), int(text[5:7]), 1)
        if stamp.datatype == XSD.gYear:
            return date(int(text[:4]), 1, 1)
    except ValueError:
        return None
    return None
