"""The timeline table: each dated item's day and displayed columns, precomputed so a date range reads a few direct properties."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from diplograph.graph.namespace import DG, SEM, TIME

ACTOR_LINKS = (DG.participant, DG.host, DG.mediator, DG.speaker)  # the actors a timeline row names
_WANTED = {DG.eventType, DG.quote, DG.isDirect, RDFS.label, DG.currentStatus, SEM.hasTimeStamp,
           SEM.hasEarliestBeginTimeStamp, *ACTOR_LINKS}


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


def timeline_rows(quads: Iterable[tuple], days: dict[URIRef, date]) -> dict[URIRef, list[tuple[URIRef, Literal]]]:
    """The columns the ``timeline`` query shows for each dated item, as (property, literal) pairs.

    Kind, type (the event type, else ``direct`` or ``reported``), text (quote, else label, else
    event type) always; current status, actor names (sorted, ``; ``-joined) and the date as
    written (the smallest timestamp) when there are any. Several values of one property give
    the smallest, so a row is the same whatever order the quads come in.
    """
    values: dict[tuple[URIRef, URIRef], list] = {}
    for s, p, o, *_ in quads:
        if p in _WANTED:
            values.setdefault((s, p), []).append(o)
    names = {s: min(str(o) for o in objs) for (s, p), objs in values.items() if p == RDFS.label}

    def one(item: URIRef, prop: URIRef):
        return min(values.get((item, prop), ()), default=None, key=str)

    rows: dict[URIRef, list[tuple[URIRef, Literal]]] = {}
    for item in days:
        event_type, quote, label = one(item, DG.eventType), one(item, DG.quote), one(item, RDFS.label)
        direct = one(item, DG.isDirect)
        kind = "event" if event_type is not None else "statement"
        typ = str(event_type) if event_type is not None else (
            "direct" if direct is not None and direct.toPython() is True else "reported")
        text = next((str(v) for v in (quote, label, event_type) if v is not None), "")
        row = [(DG.timelineKind, Literal(kind)), (DG.timelineType, Literal(typ)),
               (DG.timelineText, Literal(text))]
        status = one(item, DG.currentStatus)
        if status is not None:
            row.append((DG.timelineStatus, Literal(str(status).rpartition("#")[2].lower())))
        actors = sorted({names[a] for p in ACTOR_LINKS for a in values.get((item, p), ()) if a in names})
        if actors:
            row.append((DG.timelineActors, Literal("; ".join(actors))))
        stamps = [str(v) for p in (SEM.hasTimeStamp, SEM.hasEarliestBeginTimeStamp)
                  for v in values.get((item, p), ())]
        if stamps:
            row.append((DG.timelineWhen, Literal(min(stamps))))
        rows[item] = row
    return rows
