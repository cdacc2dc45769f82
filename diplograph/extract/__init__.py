"""Extraction: one spaCy pass per article, turned into frozen actor, event and statement records."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator

from diplograph.extract.actors.candidates import forget
from diplograph.extract.actors.columns import doc_text, entities
from diplograph.extract.actors.finder import find_actors, without_outlet
from diplograph.extract.base import ActorMention, DocActors
from diplograph.extract.events.finder import find_events
from diplograph.extract.nlp import load_nlp
from diplograph.extract.statements.finder import find_statements, link_events
from diplograph.kb.gazetteer import gazetteer
from diplograph.records import Actor, Document, Extraction, Mention, Role
from diplograph.timex import tag

log = logging.getLogger(__name__)

__all__ = ["extract", "extract_one", "to_actors", "ActorMention", "DocActors"]


def extract(documents: Iterable[Document], *, nlp=None, batch_size: int = 16,
            n_process: int = 1, failed: list[tuple[str, str]] | None = None) -> Iterator[Extraction]:
    """Stream one Extraction per document; a document that fails is reported, never a crash.

    Each failure is appended to ``failed`` as (document id, reason); without that list it is
    a RuntimeWarning. Either way no failed document is dropped silently.
    """
    if nlp is None:
        nlp = load_nlp()
    report = _Failures(failed)
    pending: dict[str, Document] = {}  # handed to spaCy, no extraction yet

    def pairs():
        for doc in documents:
            if _readable(doc, nlp.max_length, report):
                pending[doc.id] = doc
                yield doc.text, doc

    # Actors are found here, in this process, with the Document at hand (publisher, offsets);
    # the component's result could not travel back from worker processes anyway.
    disabled = [name for name in ("diplograph_actors",) if name in nlp.pipe_names]
    source = pairs()
    with nlp.select_pipes(disable=disabled):
        stream = nlp.pipe(source, as_tuples=True, batch_size=batch_size, n_process=n_process)
        yield from _each(stream, report, pending)
    for _ in source:  # spaCy stopped early: the documents it never took failed too
        pass
    for doc_id in list(pending):
        report(doc_id, "not extracted: spaCy failed on its batch")


class _Failures:
    """Where failed documents go: the caller's list, else a warning each."""

    def __init__(self, failed: list[tuple[str, str]] | None) -> None:
        self.failed = failed

    def __call__(self, doc_id: str, reason: str) -> None:
        log.warning("document %r failed extraction: %s", doc_id, reason)
        if self.failed is not None:
            self.failed.append((doc_id, reason))
        else:
            warnings.warn(f"skipped document {doc_id!r}: {reason}", RuntimeWarning, stacklevel=4)


def _each(stream, report: _Failures, pending: dict[str, Document]) -> Iterator[Extraction]:
    """Extractions from a stream of (Doc, Document); each failure is reported by document."""
    while True:
        try:
            sdoc, document = next(stream)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - spaCy failed on a batch: its documents are reported
            log.warning("spaCy failed on a batch (%s: %s)", exc.__class__.__name__, exc)
            return
        pending.pop(document.id, None)
        try:
            yield extract_one(sdoc, document)
        except Exception as exc:  # noqa: BLE001 - one article must never stop the build
            report(document.id, f"{exc.__class__.__name__}: {exc}")


def _readable(doc: Document, max_length: int, report: _Failures) -> bool:
    """Documents spaCy can take; the others are reported before the pass starts."""
    if not isinstance(getattr(doc, "text", None), str):
        report(str(getattr(doc, "id", doc)), "no text")
        return False
    if len(doc.text) > max_length:
        report(doc.id, f"{len(doc.text)} characters is over the limit of {max_length}")
        return False
    return True


def extract_one(sdoc, document: Document) -> Extraction:
    """Actors, time expressions, statements and events of one parsed document."""
    try:
        actors = doc_actors(sdoc, document)
        timexes = _timexes(sdoc, document)
        statements = list(find_statements(sdoc, document, actors, timexes))
        events = list(find_events(sdoc, document, actors, timexes, statements))
    finally:
        forget(sdoc)  # the text, columns and entities the steps shared: nothing per call stays on the Doc
    if events:
        statements = list(link_events(statements, events))
    return Extraction(doc=document, actors=to_actors(actors, document), events=tuple(events),
                      statements=tuple(statements), timexes=tuple(timexes))


def doc_actors(sdoc, document: Document) -> DocActors:
    """The actors the pipeline component found, or found now (publisher-aware either way)."""
    found = getattr(sdoc._, "actors", None) if sdoc.has_extension("actors") else None
    if found is None:
        found = find_actors(sdoc, document, keep=True)  # the later steps read the same text and columns
        if sdoc.has_extension("actors"):
            sdoc._.actors = found
        return found
    return without_outlet(found, document.publisher)


def _timexes(sdoc, document: Document) -> list:
    """The document's time expressions, with the parser's entities the actor pass read (when it parsed this text)."""
    ents = entities(sdoc) if doc_text(sdoc) == document.text else None  # else the tagger checks the text itself
    return list(tag(document.text, document.published, doc=sdoc, ents=ents))


def to_actors(actors: DocActors, document: Document) -> tuple[Actor, ...]:
    """Doc-local mentions as Actor records with absolute offsets and dated roles."""
    out = []
    for key in actors.keys():
        ms = actors.by_key(key)
        named = [m for m in ms if m.kind not in ("pronoun", "description")] or ms
        mentions = tuple(Mention(document.id, document.base + m.start, document.base + m.end, m.text)
                         for m in ms)
        roles = tuple(dict.fromkeys(
            Role(m.role, m.role_of, document.id, document.published,
                 Mention(document.id, document.base + m.start, document.base + m.end, m.text))
            for m in named if m.role))
        descriptions = {m.text for m in ms if m.kind == "description"}
        aliases = sorted((actors.aliases.get(key, set()) | {m.text for m in named}) - {named[0].name} - descriptions)
        out.append(Actor(key, named[0].name, named[0].type, tuple(aliases), mentions, roles,
                         _same_as(key)))
    return tuple(out)


def _same_as(key: str) -> tuple[str, ...]:
    entry = gazetteer().entry(key)
    return entry.same_as if entry else ()
