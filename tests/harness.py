"""Helpers several test packages share: project scripts loaded as modules, events read as plain rows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path, name: str) -> ModuleType:
    """The script at ``path`` as module ``name``, registered so its dataclasses can look it up."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def event_rows(ex) -> list[tuple[str, frozenset[str], str | None, str | None, str | None]]:
    """(type, participant names, status, date, place) of every event an extraction gave."""
    names = {a.key: a.name for a in ex.actors}
    return [(e.type, frozenset(names.get(k, k) for k in e.participants), e.status,
             e.time.value if e.time else None, e.location) for e in ex.events]


def has_row(rows, kinds, parts, status=None, day=None, place=None) -> bool:
    """Whether a row of one of kinds names a fragment of each group in parts, with that status, day prefix, place."""
    return any(r[0] in kinds and all(any(f in n for f in group for n in r[1]) for group in parts)
               and (status is None or r[2] == status) and (day is None or (r[3] or "").startswith(day))
               and (place is None or r[4] == place) for r in rows)


def only_event(ex, *parts: str):
    """The one event row whose participant names contain every fragment (asserted to be one)."""
    rows = events_with(ex, *parts)
    assert len(rows) == 1, event_rows(ex)
    return rows[0]


def actor_names(ex, kind: str | None = None) -> set[str]:
    """The names of the actors an extraction gave (of one type only, with ``kind``)."""
    return {a.name for a in ex.actors if kind is None or a.type == kind}


def events_with(ex, *parts: str) -> list:
    """The event rows whose participant names contain every fragment."""
    return [r for r in event_rows(ex) if all(any(p in n for n in r[1]) for p in parts)]


def places_with(ex, *parts: str) -> list:
    """The places of the event rows whose participant names contain every fragment (there must be one)."""
    rows = events_with(ex, *parts)
    assert rows, event_rows(ex)
    return [r[4] for r in rows]


def typed_rows(ex, kind: str) -> list[tuple]:
    """(participant names, status, date, place) of every event of one type an extraction gave."""
    return [r[1:] for r in event_rows(ex) if r[0] == kind]


def extractor(nlp, published, publisher: str | None = "Wire"):
    """A function extracting one short text as an article of that day, each text extracted once."""
    from diplograph.extract import extract_one
    from diplograph.records import Document

    cache: dict[str, object] = {}

    def go(text: str):
        if text not in cache:
            cache[text] = extract_one(nlp(text), Document(id="case", text=text, published=published,
                                                          publisher=publisher))
        return cache[text]

    return go


def rows_of_day(nlp):
    """A function giving one short text's event rows as an article of the given ISO day."""
    from datetime import date

    from diplograph.extract import extract_one
    from diplograph.records import Document

    def go(text: str, published: str):
        return event_rows(extract_one(nlp(text), Document(id="case", text=text, published=date.fromisoformat(published),
                                                          publisher="Wire")))
    return go


def participant_name(key: str) -> str:
    """A participant's name (a state the extraction names by key alone: its gazetteer name)."""
    from diplograph.kb.gazetteer import gazetteer

    entry = gazetteer().entry(key) if ":" in key else None
    return entry.name if entry is not None else key


def statement_with(ex, fragment: str):
    """The speaker's lower-cased names and the one statement whose words hold fragment (asserted to be one)."""
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    assert len(hits) == 1, f"{fragment!r} in {[s.quote for s in ex.statements]}"
    actor = next(a for a in ex.actors if a.key == hits[0].speaker)
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}, hits[0]
