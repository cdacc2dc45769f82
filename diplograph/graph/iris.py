"""Deterministic instance IRIs from canonical keys, so rebuilt graphs merge and views can link."""

from __future__ import annotations

from datetime import date
from functools import partial
from urllib.parse import quote

from rdflib import URIRef

from diplograph.kb.slugs import slug as kb_slug

DEFAULT_BASE = "https://w3id.org/diplograph/id/"
KINDS = ("actor", "event", "statement", "place")


def normalise_base(base: str) -> str:
    """Make sure instance IRIs are appended after a separator."""
    return base if base.endswith(("/", "#")) else base + "/"


# IRI segments: the one slug (kb.slugs) in its ASCII form
slug = partial(kb_slug, ascii=True)


def article_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The article's IRI, which also names the graph of what it asserts."""
    return URIRef(f"{normalise_base(base)}article/{quote(doc_id, safe='')}")


def iri_for(kind: str, key: str, base: str = DEFAULT_BASE) -> URIRef:
    """IRI of an actor, event, statement or place from its canonical key (or name, for places)."""
    if kind == "article":
        return article_iri(key, base)
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {KINDS + ('article',)}")
    return URIRef(f"{normalise_base(base)}{kind}/{slug(key)}")


def mention_iri(doc_id: str, start: int, end: int, base: str = DEFAULT_BASE) -> URIRef:
    """RFC 5147 fragment of the article for a character span of its original text."""
    return URIRef(f"{article_iri(doc_id, base)}#char={start},{end}")


def timex_iri(doc_id: str, start: int, end: int, base: str = DEFAULT_BASE) -> URIRef:
    """A time expression as written at a span of an article."""
    return URIRef(f"{article_iri(doc_id, base)}/timex/{start}-{end}")


def status_claim_iri(event: URIRef, status: str, asserted_on: date | None = None,
                     asserted_by: URIRef | None = None) -> URIRef:
    """One claim about an event (status, day, who said so), however many articles report it."""
    parts = [slug(status), asserted_on.isoformat() if asserted_on else "undated"]
    if asserted_by is not None:
        parts.append(slug(str(asserted_by).rstrip("/").rsplit("/", 1)[-1]))
    return URIRef(f"{event}/status/{'-'.join(parts)}")


def role_iri(actor: URIRef, title: str, of: str | None) -> URIRef:
    """An office held by an actor, one node per title and body across the corpus."""
    tail = slug(title) if not of else f"{slug(title)}-{slug(of)}"
    return URIRef(f"{actor}/role/{tail}")


def resolved_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """The named graph of corpus-level derived facts."""
    return URIRef(f"{normalise_base(base)}graph/resolved")


def timeline_graph_iri(day: date, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph of one month's timeline rows (``{base}graph/timeline/YYYY-MM``), so a month is read alone."""
    return URIRef(f"{normalise_base(base)}graph/timeline/{day.year:04d}-{day.month:02d}")
