"""The day a wire story's dateline names ("ABUJA, June 3 (Reuters) -"): its relative dates count from it."""

from __future__ import annotations

import re
from datetime import date

from diplograph.timex.anchor import safe_date
from diplograph.timex.lexicon import MONTHS
from diplograph.timex.patterns import MONTH

# A place (up to four capitalised words, then up to two ", Region" parts), a day and month in
# either order, an optional year, an optional "(Agency)", then a dash or colon. Every repeat is
# bounded and words are split by required blanks, so a line costs linear time.
_WORDS = r"[A-Z][\w.'’-]{0,30}(?:[ \t]+[A-Z][\w.'’-]{0,30}){0,3}"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_WORDS})(?:,[ \t]*{_WORDS}){{0,2}},?[ \t]+"
    rf"(?:(?P<mon>{MONTH})[ \t]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{MONTH}))"
    rf"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:--?|[–—:])")
_LINES = 6  # a dateline opens one of the first lines (after a headline and a byline)
_LINE_CHARS = 200
_DAYS_BEFORE, _DAYS_AFTER = 45, 2  # a story runs days after its dateline, never long before it


def story_day(text: str, dct: date | None) -> date | None:
    """The day the opening dateline names (without a year: within weeks before the dct), else None."""
    found = dateline(text, dct)
    return found[0] if found else None


def dateline(text: str, dct: date | None) -> tuple[date, int] | None:
    """(day, end offset) of the opening dateline, when one names a day that dct or it gives a year to."""
    offset = 0
    for line in text[:2000].splitlines(keepends=True)[:_LINES]:
        m = _DATELINE.match(line[:_LINE_CHARS])
        if m is None:
            offset += len(line)
            continue
        month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["day"] or m["day2"])
        if m["year"]:
            found = safe_date(int(m["year"]), month, day)
        elif dct is None:
            return None
        else:  # a yearless dateline far from the publication date is not trusted over it
            days = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := safe_date(y, month, day))
                    and -_DAYS_BEFORE <= (d - dct).days <= _DAYS_AFTER]
            found = days[0] if days else None
        return (found, offset + m.end()) if found else None
    return None


def dateline_place(text: str) -> str | None:
    """The place an opening dateline names ("TIANJIN, July 15 (Xinhua) --" -> "Tianjin"), else None."""
    for line in text[:2000].splitlines()[:_LINES]:
        m = _DATELINE.match(line[:_LINE_CHARS])
        if m is not None:
            place = m["place"]
            return place.title() if place.isupper() else place
    return None
