"""Slice the view model to one actor's neighbourhood and/or a date range."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from diplograph.errors import ViewError
from diplograph.views.model import ViewModel


def scope_model(model: ViewModel, *, focus: str | None = None, since: date | None = None,
                until: date | None = None) -> ViewModel:
    """Keep what falls in [since, until] and, with a focus, what touches that actor."""
    if since and until and since > until:
        raise ViewError(f"--since {since} is after --until {until}")
    events = {k: e for k, e in model.events.items() if _within(e.start, e.end, since, until)}
    statements = {k: s for k, s in model.statements.items()
                  if _within(s.start, s.end, since, until)}
    keep_actors: set[str] | None = None
    if focus is not None:
        who = find_actor(model, focus)
        events = {k: e for k, e in events.items() if who in {a for a, _r in e.actors}}
        statements = {k: s for k, s in statements.items()
                      if s.speaker == who or who in s.about
                      or set(s.about) & events.keys()}
        keep_actors = {who}
    elif since or until:
        keep_actors = set()
    if keep_actors is not None:
        for e in events.values():
            keep_actors.update(a for a, _r in e.actors)
        for s in statements.values():
            keep_actors.update({s.speaker, *s.about} & model.actors.keys())
    actors = model.actors if keep_actors is None else {
        k: a for k, a in model.actors.items() if k in keep_actors}
    return _prune(ViewModel(dict(actors), events, statements, model.articles), model)


def _within(start: str | None, end: str | None, since: date | None,
            until: date | None) -> bool:
    """Whether a (maybe vague) span meets the range; undated items only if unsliced."""
    if since is None and until is None:
        return True
    if start is None:
        return False
    return not ((since and end < since.isoformat()) or (until and start > until.isoformat()))


def _prune(model: ViewModel, full: ViewModel) -> ViewModel:
    """Drop links to actors, events and statements that were sliced away."""
    for k, e in model.events.items():
        model.events[k] = replace(e, actors=[(a, r) for a, r in e.actors if a in model.actors],
                                  claims=[{**c, "by": c["by"] if c["by"] in model.actors
                                           else None} for c in e.claims])
    for k, a in model.actors.items():
        roles = [r if r["of"] is None or r["of"] in model.actors else
                 {**r, "of": None, "of_label": full.actors[r["of"]].label} for r in a.roles]
        model.actors[k] = replace(a, roles=roles)
    targets = model.actors.keys() | model.events.keys()
    for k, s in model.statements.items():
        speaker = s.speaker if s.speaker in model.actors else None
        model.statements[k] = replace(s, speaker=speaker,
                                      about=[t for t in s.about if t in targets])
    return model


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def find_actor(model: ViewModel, name: str) -> str:
    """The id of the actor named by id, IRI, key, label or alias (case-insensitive)."""
    wanted = _norm(name)
    for pick in (
        lambda a: name in (a.id, a.iri),
        lambda a: _norm(a.iri.rsplit("/", 1)[-1]) == wanted,
        lambda a: _norm(a.label) == wanted,
        lambda a: any(_norm(x) == wanted for x in a.aliases),
    ):
        found = sorted(a.id for a in model.actors.values() if pick(a))
        if found:
            return found[0]
    raise ViewError(f"no actor matches {name!r} (try a name, key or IRI)")
