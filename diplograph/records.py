"""Frozen records handed between pipeline stages: no spaCy objects, no RDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

ActorType = Literal["person", "organization", "state"]
PERSON, ORG, STATE = "person", "organization", "state"
EventStatus = Literal["proposed", "agreed", "scheduled", "held", "declined", "cancelled"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article after ingest: text keeps the original's character offsets.

    ``text`` has the same length as the source span it was taken from; boilerplate
    removed by clean-up is blanked with spaces (newlines kept), so an offset into
    ``text`` plus ``base`` is an offset into the original file's text.
    """

    id: str
    text: str
    published: date | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None  # path or description of where it came from
    base: int = 0  # offset of text[0] in the original text of ``source``
    parent: str | None = None  # page id for related-article teasers
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of an article that supports a fact (offsets into the original)."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised time expression (TIMEX3 semantics)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # e.g. 2025-05-16, 2025-W33, 2025-06, P3Y, PAST_REF, XXXX-WXX-5
    earliest: date | None = None  # interval for vague or coarse values
    latest: date | None = None
    anchored: bool = True  # False when a relative value could not be resolved


@dataclass(frozen=True, slots=True)
class Role:
    """A title or office seen for an actor in one article."""

    title: str  # "spokesman", "President", "cultural advisor"
    of: str | None  # actor key of the body/state ("kremlin", "state:RUS"), if known
    doc_id: str
    observed: date | None
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization or state; ``key`` is its canonical identity."""

    key: str  # e.g. "person:dmitry-peskov", "state:RUS", "org:nato"
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    same_as: tuple[str, ...] = ()  # Wikidata / ISO 3166 IRIs


@dataclass(frozen=True, slots=True)
class StatusClaim:
    """An article's report of an event's status on a given day."""

    status: EventStatus
    doc_id: str
    asserted_on: date | None  # the day the claim was made (statement/publication)
    asserted_by: str | None = None  # actor key of who said so, if reported speech
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A diplomatic event: meeting, summit, talks, call, visit, signing."""

    key: str
    type: str  # meeting | summit | talks | negotiation | call | visit | signing
    participants: tuple[str, ...]  # actor keys
    status_claims: tuple[StatusClaim, ...] = ()
    location: str | None = None
    time: Timex | None = None
    mediators: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    plover: str | None = None  # e.g. "CONSULT/visit"
    cameo: str | None = None  # e.g. "036"
    mentions: tuple[Mention, ...] = ()

    @property
    def status(self) -> EventStatus | None:
        """The latest claimed status (ties broken by the stronger status)."""
        if not self.status_claims:
            return None
        order = {s: i for i, s in enumerate(
            ("proposed", "agreed", "scheduled", "declined", "cancelled", "held"))}
        latest = max(self.status_claims, key=lambda c: (
            c.asserted_on or date.min, order[c.status]))
        return latest.status


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what, when: direct quotation or reported clause."""

    key: str
    speaker: str  # actor key
    quote: str
    direct: bool
    doc_id: str
    time: Timex | None = None
    said_on: date | None = None  # resolved day (time expression, else publication)
    about: tuple[str, ...] = ()  # actor keys
    about_events: tuple[str, ...] = ()  # event keys
    mentions: tuple[Mention, ...] = ()  # across every article that reports it


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document (keys are corpus-level after resolve)."""

    doc: Document
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    timexes: tuple[Timex, ...] = ()


@dataclass(frozen=True, slots=True)
class Corpus:
    """The resolved corpus: one record per real-world actor, event, statement."""

    documents: tuple[Document, ...]
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    statements: tuple[Statement, ...]
