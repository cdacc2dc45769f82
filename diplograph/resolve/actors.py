"""Cross-article identity: one actor per real-world entity, then events and statements merged."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from diplograph.kb.gazetteer import fold, gazetteer
from diplograph.kb.names import initials, name_parts, same_person, skeleton
from diplograph.records import Actor, Corpus, Event, Extraction, Statement
from diplograph.resolve.facts import merge_facts
from diplograph.resolve.memo import Memo

__all__ = ["resolve", "actor_keymap", "merge_actors"]


def resolve(extractions: Iterable[Extraction], memo: Memo | None = None) -> Corpus:
    """The corpus with one record per actor, event and statement, every key corpus-level.

    With a ``memo`` of the last run, only the event clusters and statement blocks whose records
    changed are merged again (the result is the same); the memo then holds this run's answers.
    """
    exs = list(extractions)
    per_doc = [a for ex in exs for a in ex.actors]
    keymap = actor_keymap(per_doc)
    actors = merge_actors(per_doc, keymap)
    events = [_remap_event(e, keymap) for ex in exs for e in ex.events]
    statements = [_remap_statement(s, keymap) for ex in exs for s in ex.statements]
    published = {ex.doc.id: ex.doc.published for ex in exs if ex.doc.published}
    events, statements = _merge_facts(events, statements, memo, published)
    return Corpus(tuple(ex.doc for ex in exs), tuple(actors), tuple(events), tuple(statements))


def _merge_facts(events: list[Event], statements: list[Statement], memo: Memo | None = None,
                 published: dict[str, date] | None = None) -> tuple[list, list]:
    """Same event or statement from several articles into one (the facts module does this)."""
    merged_events, merged_statements = merge_facts(events, statements, memo, published)
    return list(merged_events), list(merged_statements)


# -- which keys are the same actor -----------------------------------------------------------
def actor_keymap(actors: Iterable[Actor]) -> dict[str, str]:
    """Per-document keys mapped to corpus keys (only keys that change appear)."""
    actors = list(actors)
    weight = Counter()
    names: dict[str, Counter] = defaultdict(Counter)
    for a in actors:
        weight[a.key] += max(1, len(a.mentions))
        names[a.key][a.name] += max(1, len(a.mentions))
    people = {k: v.most_common(1)[0][0] for k, v in names.items() if k.startswith("person:")}
    keymap = _people_keymap(people, weight)
    keymap.update(_stray_orgs(names, people, keymap, weight))
    keymap.update(_acronym_orgs(actors))
    return {k: v for k, v in keymap.items() if k != v}


def _acronym_orgs(actors: list[Actor]) -> dict[str, str]:
    """An organisation known only by an acronym joins the one organisation spelled out with it elsewhere."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "organization" and len(a.name.split()) > 1:
            for form in (a.name, *a.aliases):
                spelled[form if form.isupper() else initials(form)].add(a.key)
    out = {}
    for a in actors:
        owners = spelled.get(a.name.replace(".", ""), set()) - {a.key}
        if a.type == "organization" and a.name.isupper() and len(owners) == 1:
            out[a.key] = next(iter(owners))
    return out


def _people_keymap(people: dict[str, str], weight: Counter) -> dict[str, str]:
    """Full names joined by spelling variant; surname-only keys joined to their one full name."""
    full = sorted((k for k, n in people.items() if len(n.split()) > 1), key=lambda k: (-weight[k], k))
    blocks: dict[str, list[str]] = defaultdict(list)  # surname skeleton's first letters -> canonical keys
    keymap: dict[str, str] = {}
    for key in full:
        block = blocks[_block(people[key])]
        target = next((g for g in block if same_person(people[g], people[key])), None)
        keymap[key] = target or key
        if target is None:
            block.append(key)
    cluster_weight = Counter()
    for key, target in keymap.items():
        cluster_weight[target] += weight[key]
    for key in (k for k in people if k not in keymap):
        block = blocks.get(_block(people[key]), [])
        group = [g for g in block if same_person(people[g], people[key])]
        keymap[key] = max(group, key=lambda g: (cluster_weight[g], g)) if group else key
    return keymap


def _block(name: str) -> str:
    """Names compared with each other share the first two letters of the surname's skeleton."""
    return skeleton(name_parts(name)[1])[:2]


def _stray_orgs(names: dict[str, Counter], people: dict[str, str], keymap: dict[str, str],
                weight: Counter) -> dict[str, str]:
    """An unknown "organization" that is a person's name elsewhere (NER slip) joins that person."""
    gz = gazetteer()
    cluster_weight = Counter()
    for key in people:
        cluster_weight[keymap.get(key, key)] += weight[key]
    by_form: dict[str, str] = {}
    for key, name in people.items():
        target = keymap.get(key, key)
        by_form.setdefault(fold(name), target)
        by_form.setdefault(skeleton(name_parts(name)[1]), target)
    out = {}
    for key, counter in names.items():
        if not key.startswith("org:") or gz.entry(key) is not None:
            continue
        name = counter.most_common(1)[0][0]
        target = by_form.get(fold(name)) or (by_form.get(skeleton(name)) if " " not in name else None)
        if target and cluster_weight[target] >= weight[key]:  # a tie goes to the person
            out[key] = target
    return out


def _spaced(name: str) -> str:
    """A name as one line: a line break or tab caught inside a mention becomes one space."""
    return " ".join(name.split())


# -- merging records -------------------------------------------------------------------------
def merge_actors(actors: Iterable[Actor], keymap: dict[str, str]) -> list[Actor]:
    """One Actor per corpus key: most frequent full name, every alias, majority type."""
    groups: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        groups[keymap.get(a.key, a.key)].append(a)
    return [_merge_group(key, group, keymap) for key, group in groups.items()]


def _merge_group(key: str, group: list[Actor], keymap: dict[str, str]) -> Actor:
    names, types = Counter(), Counter()
    for a in group:
        names[_spaced(a.name)] += max(1, len(a.mentions))
        types[a.type] += max(1, len(a.mentions))
    entry = gazetteer().entry(key)
    full = [n for n in names if len(n.split()) > 1] if key.startswith("person:") else []
    name = entry.name if entry else max(full or names, key=lambda n: (names[n], len(n), n))
    aliases = {_spaced(n) for a in group for n in (a.name, *a.aliases)} - {name, ""}
    roles = tuple(dict.fromkeys(replace(r, of=keymap.get(r.of, r.of)) if r.of else r
                                for a in group for r in a.roles))
    mentions = tuple(dict.fromkeys(m for a in group for m in a.mentions))
    same_as = tuple(dict.fromkeys(s for a in group for s in a.same_as))
    kind = entry.type if entry else types.most_common(1)[0][0]
    return Actor(key, name, kind, tuple(sorted(aliases)), mentions, roles, same_as)


def _remap(key: str | None, keymap: dict[str, str]) -> str | None:
    return keymap.get(key, key) if key else key


def _keys(keys: tuple[str, ...], keymap: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(keymap.get(k, k) for k in keys))


def _remap_event(e: Event, keymap: dict[str, str]) -> Event:
    claims = tuple(replace(c, asserted_by=_remap(c.asserted_by, keymap)) for c in e.status_claims)
    return replace(e, participants=_keys(e.participants, keymap), hosts=_keys(e.hosts, keymap),
                   mediators=_keys(e.mediators, keymap), status_claims=claims)


def _remap_statement(s: Statement, keymap: dict[str, str]) -> Statement:
    return replace(s, speaker=_remap(s.speaker, keymap) or s.speaker, about=_keys(s.about, keymap))
