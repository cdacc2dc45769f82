"""The plain view model the HTML views are drawn from (no RDF inside)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DATE = re.compile(r"^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?")
_MONTH_END = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(slots=True)
class Source:
    """One article passage that supports a fact, with the sentence it sits in."""

    doc: str
    passage: str | None = None
    start: int | None = None
    sentence: tuple[int, str] | None = None  # (start offset, exact text) of its sentence


@dataclass(slots=True)
class Node:
    """Common fields of actors, events and statements."""

    id: str
    iri: str
    label: str = ""
    type: str = ""
    count: int = 1
    sources: list[Source] = field(default_factory=list)


@dataclass(slots=True)
class ActorView(Node):
    """An actor with its names and roles."""

    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)  # ISO, Wikidata and other identifiers
    ids: list[list[str]] = field(default_factory=list)  # [label, url]: ISO 3166, Wikidata, GeoNames
    roles: list[dict] = field(default_factory=list)  # title, of, on, doc


@dataclass(slots=True)
class EventView(Node):
    """An event with its (maybe vague) date span, actors and status history."""

    start: str | None = None
    end: str | None = None
    place: str | None = None
    status: str | None = None
    actors: list[tuple[str, str]] = field(default_factory=list)  # (actor id, relation)
    claims: list[dict] = field(default_factory=list)  # status, on, by, doc, passage, start, sentence
    ids: list[list[str]] = field(default_factory=list)  # its place's [label, url] identifiers


@dataclass(slots=True)
class StatementView(Node):
    """Who said what, when, and about whom."""

    quote: str = ""
    speaker: str | None = None
    start: str | None = None
    end: str | None = None
    direct: bool | None = None
    about: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ViewModel:
    """Everything the views show, keyed by short ids (a*, e*, s*, d*)."""

    actors: dict[str, ActorView] = field(default_factory=dict)
    events: dict[str, EventView] = field(default_factory=dict)
    statements: dict[str, StatementView] = field(default_factory=dict)
    articles: dict[str, dict] = field(default_factory=dict)  # title, publisher, date, url

    def node(self, nid: str) -> Node | None:
        """Look up an actor, event or statement by short id."""
        return self.actors.get(nid) or self.events.get(nid) or self.statements.get(nid)


def date_span(lexical: str | None) -> tuple[str, str] | None:
    """First and last day covered by an xsd date, gYearMonth or gYear lexical value."""
    m = _DATE.match(lexical or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return (f"{year}-{month}-{day}",) * 2
    if month:
        last = _MONTH_END[int(month) - 1]
        if month == "02" and not _leap(int(year)):
            last = 28
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
