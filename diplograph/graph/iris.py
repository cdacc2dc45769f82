"""Deterministic instance IRIs from canonical keys, so rebuilt graphs merge and views can link."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/diplograph/id/"
KINDS = ("actor", "event", "statement", "place")
_MAX_SLUG = 80
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def normalise_base(base: str) -> str:
    """Make sure instance IRIs are appended after a separator."""
    return base if base.endswith(("/", "#")) else base + "/"


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower-case ASCII slug; non-Latin, empty or long input keeps a hash so distinct keys stay distinct."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_part = _NON_SLUG.sub("-", folded.lower().encode("ascii", "ignore").decode()).strip("-")
    lossy = any(ord(c) > 127 and c.isalnum() for c in folded)
    if ascii_part and not lossy and len(ascii_part) <= _MAX_SLUG:
        return ascii_part
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    head = ascii_part[:40].rstrip("-")
    return f"{head}-{digest}" if head else digest


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
