"""Find and normalise every time expression in a text, in reading order."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from diplograph.records import Timex
from diplograph.timex import rules_date as d
from diplograph.timex import rules_other as o
from diplograph.timex import rules_rel as r
from diplograph.timex import rules_time as t
from diplograph.timex.anchor import add, at
from diplograph.timex.context import Ctx, Norm
from diplograph.timex.patterns import candidates

log = logging.getLogger(__name__)

HANDLERS = {
    "iso": d.r_iso, "numeric": d.r_numeric, "mdy": d.r_mdy, "dmy": d.r_mdy,
    "month_year": d.r_month_year, "month": d.r_month, "fiscal": d.r_fiscal, "year": d.r_year,
    "decade": d.r_decade, "century": d.r_century, "season": d.r_season,
    "quarter": r.r_quarter, "quarter_q": r.r_quarter_q, "half": r.r_half,
    "weekday": r.r_weekday, "weekdays": r.r_weekdays, "relday": r.r_relday,
    "this_pod": r.r_this_pod, "pod": r.r_pod, "relunit": r.r_relunit, "ago": r.r_ago,
    "dur": o.r_dur, "dur_adj": o.r_dur_adj, "dur_long": o.r_dur_long, "dur_bare": o.r_dur_bare,
    "set_every": o.r_set_every, "set_adv": o.r_set_adv, "set_freq": o.r_set_freq,
    "clock": t.r_clock, "noon": t.r_noon, "vague": t.r_vague, "holiday": r.r_holiday,
    "same_day": r.r_same_day,
}
_ENTITY_LABELS = ("DATE", "TIME")


def normalise(name: str, match, ctx: Ctx) -> Norm | None:
    """Run one rule's normaliser; a rule that trips over odd input yields nothing."""
    try:
        return HANDLERS[name](match, ctx)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, IndexError) as exc:
        log.debug("timex rule %s failed on %r: %s", name, match.group(), exc)
        return None


def run(ctx: Ctx, extra: list | None = None) -> list[Timex]:
    """Greedy leftmost-longest selection over all rule matches, normalised in order."""
    found: list[Timex] = []
    taken = 0
    cands = candidates(ctx.text)
    if extra:
        cands = sorted(cands + extra, key=lambda c: (c[0], -(c[1] - c[0])))
    for start, end, name, match in cands:
        if start < taken:
            continue
        norm = _entity(match, ctx) if name == "ent" else normalise(name, match, ctx)
        if norm is None:
            continue
        s = start if norm.start is None else norm.start
        e = end if norm.end is None else norm.end
        found.append(_with_context(ctx, Timex(s, e, ctx.text[s:e], norm.type, norm.value,
                                              norm.earliest, norm.latest, norm.anchored)))
        ctx.remember(norm.point)
        taken = e
    return found


def _with_context(ctx: Ctx, timex: Timex) -> Timex:
    """Widen the interval for 'since 2022' (up to the dct) and 'until June' (from the dct)."""
    if ctx.dct is None or timex.type != "DATE" or timex.earliest is None:
        return timex
    prev = ctx.before(timex.start)[-1:]
    if prev == ["since"] and timex.earliest <= ctx.dct:
        return replace(timex, latest=max(ctx.dct, timex.latest))
    if prev in (["until"], ["till"], ["through"]) and timex.latest >= ctx.dct:
        return replace(timex, earliest=min(ctx.dct, timex.earliest))
    return timex


def tag(text: str, dct: date | None, *, doc=None) -> list[Timex]:
    """Every time expression in text, normalised against the publication date dct."""
    if isinstance(dct, datetime):
        dct = dct.date()
    ctx = Ctx(text or "", dct, doc)
    extra = None
    if doc is not None:
        extra = [(e.start_char, e.end_char, "ent", e.text) for e in getattr(doc, "ents", ())
                 if e.label_ in _ENTITY_LABELS and doc.text == text]
    return run(ctx, extra)


_LEADING = re.compile(r"^\s*(?:(?:on|in|at|since|by|until|till|during|from|for|of|as\s+of)\s+)*", re.I)


def resolve(phrase: str, dct: date | None, tense: str | None = None) -> Timex | None:
    """Normalise one phrase on its own, tense ('past'/'present'/'future') steering weekdays."""
    if isinstance(dct, datetime):
        dct = dct.date()
    text = phrase or ""
    begin = _LEADING.match(text).end()
    body_end = len(text.rstrip(" .,;:"))
    ctx = Ctx(text, dct, tense_override=tense)
    tagged = run(ctx)
    for timex in tagged:
        if timex.start <= begin and timex.end >= body_end:
            return timex
    if tagged:
        return max(tagged, key=lambda x: x.end - x.start)
    norm = _dateparser(text[begin:body_end], dct, tense)
    if norm is None:
        return None
    return Timex(begin, body_end, text[begin:body_end], norm.type, norm.value,
                 norm.earliest, norm.latest, norm.anchored)


def _entity(text: str, ctx: Ctx) -> Norm | None:
    """A spaCy DATE/TIME entity that no rule matched: try dateparser on it."""
    return _dateparser(text, ctx.dct, None)


def _dateparser(text: str, dct: date | None, tense: str | None) -> Norm | None:
    """dateparser's reading of a phrase, only with a reference date and a digit or name in it."""
    if dct is None or not re.search(r"\d|[A-Z][a-z]{2}", text) or len(text) > 40:
        return None
    import dateparser

    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": prefer,
                "RETURN_TIME_AS_PERIOD": True, "STRICT_PARSING": False}
    try:
        data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception as exc:  # dateparser raises many kinds on odd input
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    day, period = data.date_obj.date(), data.period or "day"
    if period == "time":
        stamp = data.date_obj
        return Norm("TIME", f"{day.isoformat()}T{stamp.hour:02d}:{stamp.minute:02d}", day, day)
    gran = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period, "day")
    p = at(day, gran)
    return Norm("DATE", p.value, *p.bounds, point=p)


def shift(timex: Timex, anchor: date, direction: int | None = None) -> Timex:
    """Re-anchor 'a day after'/'two weeks earlier' on another event's date instead of the dct.

    The timex's value must be a day/week/month/quarter/year duration ('P1D') or a
    day-level date; direction defaults from its text ('before', 'earlier', 'ago' are -1).
    Anything else comes back unchanged.
    """
    m = re.fullmatch(r"P(\d+)(D|W|M|Y|Q)", timex.value)
    if direction is None:
        direction = -1 if re.search(r"\b(?:before|earlier|ago|prior|previous)\b", timex.text, re.I) else 1
    if m is None and not re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-XX-XX", timex.value):
        return timex
    n, unit = (int(m.group(1)), m.group(2)) if m else (0, "D")
    if not m and re.search(r"\b(?:day|night)\s+(?:before|after|earlier|later)\b|\b(?:previous|next|following)\s+day\b",
                           timex.text, re.I):
        n = 1
    gran = {"D": "day", "W": "day", "M": "month", "Y": "year", "Q": "quarter"}[unit]
    p = add(at(anchor, gran), n * (7 if unit == "W" else 1) * direction)
    lo, hi = p.bounds
    return replace(timex, type="DATE", value=p.value, earliest=lo, latest=hi, anchored=True)
