"""Find and normalise every time expression in a text, in reading order."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from diplograph.records import Timex
from diplograph.timex import rules_date as d
from diplograph.timex import rules_day as n
from diplograph.timex import rules_other as o
from diplograph.timex import rules_rel as r
from diplograph.timex import rules_time as t
from diplograph.timex.anchor import add, at
from diplograph.timex.context import Ctx, Norm
from diplograph.timex.calendars import beside_gregorian
from diplograph.timex.dateline import story_day
from diplograph.timex.lexicon import PARTS_OF_DAY, number, unit_key
from diplograph.timex.patterns import candidates

log = logging.getLogger(__name__)

HANDLERS = {
    "iso": d.r_iso, "iso_slash": d.r_iso_slash, "numeric": d.r_numeric, "ordday": d.r_ordday, "ordword": d.r_ordword, "same_ago": r.r_same_ago, "mdy": d.r_mdy, "dmy": d.r_mdy,
    "month_year": d.r_month_year, "month": d.r_month, "fiscal": d.r_fiscal, "year": d.r_year,
    "decade": d.r_decade, "decade_word": d.r_decade, "century": d.r_century, "season": d.r_season,
    "quarter": r.r_quarter, "quarter_q": r.r_quarter_q, "half": r.r_half, "half_adj": r.r_half,
    "the_unit": r.r_the_unit, "year_earlier": r.r_year_earlier, "relunit": r.r_relunit,
    "ago": r.r_ago, "same_day": r.r_same_day,
    "weekday": n.r_weekday, "weekdays": n.r_weekdays, "relday": n.r_relday,
    "this_pod": n.r_this_pod, "pod": n.r_pod, "holiday": n.r_holiday,
    "dur": o.r_dur, "dur_first": o.r_dur, "dur_adj": o.r_dur_adj, "dur_long": o.r_dur_long,
    "dur_bare": o.r_dur_bare, "set_every": o.r_set_every, "set_weekends": o.r_set_weekends, "set_adv": o.r_set_adv,
    "set_freq": o.r_set_freq, "clock": t.r_clock, "noon": t.r_noon, "vague": t.r_vague,
}
_ENTITY_LABELS = ("DATE", "TIME")


def normalise(name: str, match, ctx: Ctx) -> Norm | None:
    """Run one rule's normaliser; a rule that trips over odd input yields nothing."""
    try:
        return HANDLERS[name](match, ctx)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, IndexError) as exc:
        log.debug("timex rule %s failed on %r: %s", name, match.group(), exc)
        return None


def run(ctx: Ctx, extra: list[tuple[int, int, str]] | None = None) -> list[Timex]:
    """Greedy leftmost-longest selection over all rule matches, normalised in reading order.

    extra: (start, end, text) spans found elsewhere (spaCy DATE/TIME entities), used
    only where no rule matched and only when dateparser can read them.
    """
    found: list[Timex] = []
    ahead: list[int] = []  # "the day before" read before any day of the story was named
    taken = 0
    for start, end, name, match in candidates(ctx.text):
        if start < taken:
            continue
        unanchored = ctx.last_day is None
        norm = normalise(name, match, ctx)
        if norm is None:
            continue
        s = start if norm.start is None else norm.start
        e = end if norm.end is None else norm.end
        found.append(_with_context(ctx, Timex(s, e, ctx.text[s:e], norm.type, norm.value,
                                              norm.earliest, norm.latest, norm.anchored)))
        if not norm.anaphoric:
            ctx.remember(norm.point, e)
        if unanchored and _NEXT_DAY.fullmatch(ctx.text[s:e].lower()):
            ahead.append(len(found) - 1)
        taken = e
    _from_later_day(found, ahead, ctx.text)
    if extra:
        found = sorted(found + _entities(extra, found, ctx), key=lambda t: t.start)
    return _attach_times(_parts_of_days(found, ctx.text), ctx.text)


_NEXT_DAY = re.compile(r"(?:the|a|one)\s+day\s+(?P<dir>before|earlier|after|later)|the\s+(?P<rel>previous|next|following)"
                       r"\s+day")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STOP = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]|\n")


def _from_later_day(found: list[Timex], ahead: list[int], text: str) -> None:
    """"X, who had met Y the day before, flew to Ankara on Wednesday": with no day named before it, a day
    counted from another is counted from the day its sentence names next, not from the publication day."""
    for i in ahead:
        tx = found[i]
        later = next((found[j] for j in range(i + 1, len(found))
                      if j not in ahead and _DAY_VALUE.fullmatch(found[j].value or "")), None)
        if later is None or _STOP.search(text, tx.end, later.start) or later.earliest is None:
            continue
        m = _NEXT_DAY.fullmatch(tx.text.lower())
        back = (m["dir"] or m["rel"]) in ("before", "earlier", "previous")
        day = date.fromordinal(later.earliest.toordinal() + (-1 if back else 1))
        found[i] = replace(tx, value=day.isoformat(), earliest=day, latest=day, anchored=True)


def _entities(spans: list[tuple[int, int, str]], found: list[Timex], ctx: Ctx) -> list[Timex]:
    """Timexes for entity spans that overlap no rule match and read as calendar dates."""
    out = []
    for start, end, text in spans:
        if any(t.start < end and start < t.end for t in found + out):
            continue
        if not _DATE_SHAPE.search(text):
            continue
        norm = _dateparser(text, ctx.dct, ctx.tense(start, end))
        if norm is not None:
            out.append(Timex(start, end, text, norm.type, norm.value, norm.earliest, norm.latest))
    return out


_DATE_SHAPE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                         r"oct|nov|dec)[a-z]*\.?\s+\d", re.I)


_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")


def _attach_times(found: list[Timex], text: str) -> list[Timex]:
    """Date a clock time by the day right after it ('16:15 UTC, June 1st')."""
    out = list(found)
    for i, (time, nxt) in enumerate(zip(found, found[1:])):
        if time.type != "TIME" or "T" not in time.value or not _DAY_VALUE.match(nxt.value):
            continue
        if re.fullmatch(r"\s*,?\s*(?:on\s+)?", text[time.end:nxt.start]):
            clock = time.value[time.value.index("T"):]
            out[i] = replace(time, value=nxt.value + clock, earliest=nxt.earliest,
                             latest=nxt.latest, anchored=nxt.anchored)
    return out


_POD_OF = re.compile(r"(?:\bthe\s+)?\b(morning|afternoon|evening|night)\s+of\s+$", re.I)


def _parts_of_days(found: list[Timex], text: str) -> list[Timex]:
    """'the morning of June 24' is one TIME: the day's value with the part of day."""
    out = []
    for tx in found:
        m = _POD_OF.search(text, max(0, tx.start - 30), tx.start) if _DAY_VALUE.match(tx.value) else None
        if m and (not out or out[-1].end <= m.start()):
            code = PARTS_OF_DAY[m.group(1).lower()]
            tx = replace(tx, start=m.start(), text=text[m.start():tx.end], type="TIME",
                         value=f"{tx.value}T{code}")
        out.append(tx)
    return out


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


def tag(text: str, dct: date | None, *, doc=None, ents=None) -> list[Timex]:
    """Every time expression in text, normalised against the publication date dct
    (or the day a wire dateline names: "ABUJA, June 3 (Reuters) - ... on Monday").

    ents: the entities of a parse of this very text, when the caller has read them (and checked the text)
    already; else doc's, when doc is a parse of text.
    """
    if isinstance(dct, datetime):
        dct = dct.date()
    dct = story_day(text or "", dct) or dct
    ctx = Ctx(text or "", dct, doc)
    if ents is None and doc is not None and _same_text(doc, text):
        ents = getattr(doc, "ents", ())
    extra = None if ents is None else [(e.start_char, e.end_char, e.text) for e in ents
                                       if e.label_ in _ENTITY_LABELS]
    return beside_gregorian(ctx.text, run(ctx, extra))


def _same_text(doc, text: str) -> bool:
    """``doc.text == text``, read from two token columns (``Doc.text`` makes a Token per word)."""
    if not len(doc):
        return text == ""
    strings = doc.vocab.strings
    orths, spaces = doc.to_array(["ORTH", "SPACY"]).T.tolist()
    return "".join([strings[h] + " " if space else strings[h] for h, space in zip(orths, spaces)]) == text


_LEADING = re.compile(r"^\s*(?:(?:on|in|at|since|by|until|till|during|from|for|of|as\s+of)\s+)*", re.I)


def resolve(phrase: str, dct: date | None, tense: str | None = None) -> Timex | None:
    """Normalise one phrase on its own, tense ('past'/'present'/'future') steering weekdays."""
    if isinstance(dct, datetime):
        dct = dct.date()
    return _resolve(phrase or "", dct, tense)


@lru_cache(maxsize=4096)
def _resolve(text: str, dct: date | None, tense: str | None) -> Timex | None:
    """resolve() on plain arguments, remembered: verbs of one article ask about the same phrases."""
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


_BARE_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.I)


def _dateparser(text: str, dct: date | None, tense: str | None) -> Norm | None:
    """dateparser's reading of a phrase, only with a reference date and a digit or name in it."""
    if dct is None or not re.search(r"\d|[A-Z][a-z]{2}", text) or len(text) > 40:
        return None
    found = _parse_date(text, dct, tense)
    if found is None:
        return None
    stamp, period = found
    day = stamp.date()
    if period == "time" and _BARE_CLOCK.match(text):
        day = dct  # "14:05" in a live blog: the reference is the day's midnight, not a moment after the time
    if period == "time":
        return Norm("TIME", f"{day.isoformat()}T{stamp.hour:02d}:{stamp.minute:02d}", day, day)
    gran = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period, "day")
    p = at(day, gran)
    return Norm("DATE", p.value, *p.bounds, point=p)


@lru_cache(maxsize=4096)
def _parse_date(text: str, dct: date, tense: str | None) -> tuple[datetime, str] | None:
    """dateparser's (moment, period) for a phrase, remembered (building its parser is slow)."""
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
    return data.date_obj, data.period or "day"


def shift(timex: Timex, anchor: date, direction: int | None = None) -> Timex:
    """Re-anchor 'a day after' or 'two weeks earlier' on an event's date instead of the dct.

    The amount comes from a duration value ('P1D') or from the text ('two weeks
    earlier', 'the next day'); direction defaults from the text ('before', 'earlier',
    'ago', 'previous' are -1). A timex with no such amount comes back unchanged.
    """
    amount = _amount(timex)
    if amount is None:
        return timex
    n, unit = amount
    if direction is None:
        direction = -1 if _BACKWARDS.search(timex.text) else 1
    gran = {"D": "day", "W": "day", "M": "month", "Y": "year", "Q": "quarter"}[unit]
    p = add(at(anchor, gran), n * (7 if unit == "W" else 1) * direction)
    lo, hi = p.bounds
    return replace(timex, type="DATE", value=p.value, earliest=lo, latest=hi, anchored=True)


_BACKWARDS = re.compile(r"\b(?:before|earlier|ago|prior|previous|preceding)\b", re.I)
_UNIT_LETTER = {"day": "D", "night": "D", "week": "W", "fortnight": "W", "month": "M",
                "quarter": "Q", "year": "Y"}


def _amount(timex: Timex) -> tuple[int, str] | None:
    """(n, unit letter) of a whole-number duration or of a relative phrase's text."""
    m = re.fullmatch(r"P(\d+)([DWMYQ])", timex.value)
    if m:
        return int(m.group(1)), m.group(2)
    if re.search(r"\b(?:next|following|previous|preceding)\s+day\b|\bday\s+(?:before|after)\b",
                 timex.text, re.I):
        return 1, "D"
    m = re.search(r"(\S+(?:\s+and\s+a\s+half)?)\s+(days?|nights?|weeks?|fortnights?|months?|quarters?|years?)\b",
                  timex.text, re.I)
    if not m:
        return None
    n, unit = number(m.group(1)), unit_key(m.group(2))
    if n is None or n != int(n) or unit not in _UNIT_LETTER:
        return None
    return int(n) * (2 if unit == "fortnight" else 1), _UNIT_LETTER[unit]
