"""Splitting a related-articles block into teasers, each one a small document of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diplograph.ingest.clean import rules as R
from diplograph.ingest.clean.rules import Line
from diplograph.ingest.clean.spans import blank_spans

_LEADERS = "-–—|•·>»› "


@dataclass(frozen=True, slots=True)
class Teaser:
    """A related-article teaser: headline and summary, offsets into the page text."""

    start: int
    end: int
    text: str  # raw[start:end] with outlet and time labels blanked
    title: str | None
    publisher: str | None


def teasers_of(raw: str, block: list[Line], density: Callable[[Line], float]) -> list[Teaser]:
    """Teasers in the lines of a related block (label lines such as outlet and age blanked)."""
    out: list[Teaser] = []
    for group in _groups(block):
        meta = _meta_lines(group)
        content = [ln for ln in group if ln not in meta]
        first = True
        for part in _split(content, density):
            lead = [ln for ln in group if ln in meta and ln.start < part[0].start] if first else []
            teaser = _teaser(raw, lead + part, meta)
            if teaser:
                out.append(teaser)
            first = False
    return out


def _groups(block: list[Line]) -> list[list[Line]]:
    """Runs of non-empty lines separated by empty ones."""
    groups: list[list[Line]] = [[]]
    for ln in block:
        if ln.bare:
            groups[-1].append(ln)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _is_label(text: str) -> bool:
    return R.is_chrome(text) or bool(R.RELATIVE_TIME.match(text.strip(_LEADERS)))


def _meta_lines(group: list[Line]) -> set[Line]:
    """Labels: ages, dates, "- Outlet" lines, an outlet name just before an age, and echoes."""
    meta: set[Line] = set()
    for i, ln in enumerate(group):
        b = ln.bare
        led = b[0] in _LEADERS and len(R.words(b)) <= 5
        before_age = (i + 1 < len(group) and len(R.words(b)) <= 4
                      and bool(R.RELATIVE_TIME.match(group[i + 1].bare.strip(_LEADERS))))
        if led or before_age or _is_label(b):
            meta.add(ln)
    names = {ln.bare.strip(_LEADERS).casefold() for ln in meta}
    meta.update(ln for ln in group if ln.bare.strip(_LEADERS).casefold() in names)
    return meta


def _split(content: list[Line], density: Callable[[Line], float]) -> list[list[Line]]:
    """One teaser per headline with the summary that follows it, if any."""
    parts: list[list[Line]] = []
    for ln in content:
        prose = R.is_prose(ln.bare) and density(ln) < 0.5
        if not parts or not prose:
            parts.append([])
        parts[-1].append(ln)
    return parts


def _teaser(raw: str, lines: list[Line], meta: set[Line]) -> Teaser | None:
    """A teaser from its lines; short lines before the headline are labels too."""
    labels = [ln for ln in lines if ln in meta]
    body = [ln for ln in lines if ln not in meta]
    heads = [ln for ln in body if not R.is_prose(ln.bare)]
    if not body or (body == heads and len(R.words(body[0].bare)) < 3):
        return None  # nothing but labels
    start, end = lines[0].start, lines[-1].end
    text = blank_spans(raw[start:end], sorted((ln.start - start, ln.end - start) for ln in labels))
    title = body[0].bare if heads and body[0] in heads else None
    names = [ln.bare.strip(_LEADERS) for ln in labels if not _is_label(ln.bare)]
    publisher = next((n for n in names if 0 < len(R.words(n)) <= 5), None)
    return Teaser(start, end, text, title, publisher)
