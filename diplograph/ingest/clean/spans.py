"""Span arithmetic for clean-up: blanking, merging, kept stretches and link density."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplograph.ingest.clean.rules import Line


def blank_spans(raw: str, spans: Sequence[tuple[int, int]]) -> str:
    """Replace every non-space character inside ``spans`` (sorted, disjoint) by a space."""
    out, pos = [], 0
    for s, e in spans:
        out.append(raw[pos:s])
        out.append(re.sub(r"\S", " ", raw[s:e]))
        pos = e
    out.append(raw[pos:])
    return "".join(out)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters (blanking needs them so)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        elif e > s:
            merged.append((s, e))
    return merged


def kept_spans(raw: str, removed: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Stretches of ``raw`` left untouched that hold some text."""
    kept, pos = [], 0
    for s, e in [*removed, (len(raw), len(raw))]:
        if raw[pos:s].strip():
            kept.append((pos, s))
        pos = max(pos, e)
    return tuple(kept)


def link_density(lines: list[Line], links: Sequence[tuple[int, int]]) -> dict[int, float]:
    """Share of each line's visible characters that sit inside a link, keyed by line start."""
    spans = sorted(links)
    out: dict[int, float] = {}
    k = 0
    for ln in lines:
        while k < len(spans) and spans[k][1] <= ln.start:
            k += 1
        inside, m = 0, k
        while m < len(spans) and spans[m][0] < ln.end:
            inside += min(spans[m][1], ln.end) - max(spans[m][0], ln.start)
            m += 1
        visible = len(ln.text.strip())
        out[ln.start] = min(1.0, inside / visible) if visible else 0.0
    return out
