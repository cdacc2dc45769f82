"""A static SVG timeline for the site pages, so they need no JavaScript."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

ROW, LABEL, PAD = 22, 230, 12
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True, slots=True)
class Mark:
    """One row of a static timeline: a point, a range, a statement or a status claim."""

    label: str
    start: str  # ISO day
    end: str
    kind: str  # event | statement | claim
    color: str
    href: str | None = None


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Day, month or year ticks, whichever gives a readable number."""
    days = (hi - lo).days
    if days <= 45:
        step = max(1, days // 8)
        return [(lo + timedelta(d), f"{(lo + timedelta(d)).day} "
                 f"{MONTHS[(lo + timedelta(d)).month - 1]}") for d in range(0, days + 1, step)]
    if days <= 3 * 365:
        every = 1 if days <= 300 else 3
        out, y, m = [], lo.year, lo.month
        while date(y, m, 1) <= hi:
            if date(y, m, 1) >= lo and (m - 1) % every == 0:
                out.append((date(y, m, 1), f"{MONTHS[m - 1]} {y}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    every = max(1, days // 365 // 8)
    return [(date(y, 1, 1), str(y)) for y in range(lo.year + 1, hi.year + 1) if y % every == 0]


def svg_timeline(marks: list[Mark], *, width: int = 820) -> str:
    """Rows of marks on one time axis, escaped and self-contained."""
    marks = [m for m in marks if m.start]
    if not marks:
        return '<p class="note">Nothing dated to draw.</p>'
    lo = min(_day(m.start) for m in marks) - timedelta(1)
    hi = max(_day(m.end) for m in marks) + timedelta(2)
    span = max(1, (hi - lo).days)

    def x(d: date) -> float:
        return round(LABEL + (d - lo).days / span * (width - LABEL - PAD), 1)

    height = 20 + ROW * len(marks)
    out = [f'<svg class="timeline" width="{width}" height="{height}" role="img" '
           f'viewBox="0 0 {width} {height}" aria-label="timeline">']
    for d, text in _ticks(lo, hi):
        if x(d) > width - 40:
            continue
        out.append(f'<line x1="{x(d)}" x2="{x(d)}" y1="14" y2="{height}" class="grid"/>'
                   f'<text x="{x(d) + 3}" y="11" class="tick">{escape(text)}</text>')
    for n, mark in enumerate(marks):
        out.append(_row(mark, 20 + n * ROW, x, n))
    out.append("</svg>")
    return "".join(out)


def _row(mark: Mark, y: int, x, n: int) -> str:
    """One labelled row; the mark links to its page when it has one."""
    a, b = _day(mark.start), _day(mark.end) + timedelta(1)
    label = mark.label if len(mark.label) <= 36 else mark.label[:35] + "…"
    tip = f"{mark.label} · {mark.start}" + ("" if mark.end == mark.start else f" – {mark.end}")
    mid, fill = y + ROW / 2, escape(mark.color)
    if mark.kind == "claim":  # a run of reports over several days spans them
        shape = f'<rect x="{x(a) - 1}" y="{y + 3}" width="{max(3.0, x(b) - x(a))}" ' \
                f'height="{ROW - 6}" fill="{fill}" fill-opacity=".8"/>'
    elif mark.kind == "statement":
        cx = x(a) + 3
        shape = f'<path d="M{cx} {mid - 5} l5 5 l-5 5 l-5 -5 Z" fill="{fill}" class="mark"/>'
    elif mark.end != mark.start:
        shape = (f'<rect x="{x(a)}" y="{y + 6}" width="{max(4.0, x(b) - x(a))}" height="{ROW - 12}" '
                 f'rx="4" fill="{fill}" fill-opacity=".55" stroke="{fill}" class="mark"/>')
    else:
        shape = f'<circle cx="{x(a) + 3}" cy="{mid}" r="5.5" fill="{fill}" class="mark"/>'
    body = (f'<rect x="0" y="{y}" width="100%" height="{ROW}" class="{"alt" if n % 2 else "bg"}"/>'
            f'<text x="6" y="{y + 15}">{escape(label)}</text>{shape}<title>{escape(tip)}</title>')
    if mark.href:
        return f'<a href="{escape(mark.href, quote=True)}"><g>{body}</g></a>'
    return f"<g>{body}</g>"
