"""The day a wire story's dateline names ("ABUJA, June 3 (Reuters) -"): its relative dates count from it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from diplograph.timex.anchor import safe_date
from diplograph.timex.lexicon import MONTHS, WEEKDAYS
from diplograph.timex.patterns import MONTH

# A place (up to five capitalised words, "SANTA CRUZ DE LA SIERRA", then up to two ", Region" parts), a day and month in
# either order, an optional year, an optional agency ("(Reuters)", "/TASS/", "KAZINFORM"), then a
# dash or colon ("ASTANA. April 9. KAZINFORM -" and "MOSCOW, April 9. /TASS/." use full stops, "Jeddah, June 23,
# 2026, SPA --" a comma).
# A government page's "September 25, 2024 - Ottawa, Ontario -" gives the date first, with its
# year, then the place. An agency in brackets may end it alone ("Havana, June 27 (Prensa Latina) Cuba's
# ..."). Every repeat is bounded and words are split by required blanks, so a line costs linear time.
_WORDS = r"[A-Z][\w.'’-]{0,30}(?:[ \t]+(?:(?:d[aeiou]|d[ao]s|del|la|el)[ \t]+)?[A-Z][\w.'’-]{0,30}){0,4}"  # "Foz do
# Iguaçu", "Ciudad del Este": a name's small link words in lower case
_AGENCY = r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/|[A-Z][A-Z&'’-]{1,20}(?:[ \t]+[A-Z][A-Z&'’-]{1,20}){0,2})"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_WORDS})(?:,[ \t]*{_WORDS}){{0,2}}(?:,|\.)?[ \t]+"
    rf"(?:(?P<mon>{MONTH})[ \t]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{MONTH}))"
    rf"(?:,?[ \t]+(?P<year>(?:19|20|21)\d\d))?(?:[.,]?[ \t]*{_AGENCY})?[ \t]*"
    rf"(?:--?|[–—:]|(?<=[/)])\.|(?<=\))(?=[ \t]+[A-Z])|(?<=\d\d\d\d)\.(?=[ \t]+[A-Z]))"  # "Abuja, 9 December 2052. The"
    rf"|[ \t]*(?:(?P<mon3>{MONTH})[ \t]+(?P<day3>\d{{1,2}}),?|(?P<day4>\d{{1,2}})[ \t]+(?P<mon4>{MONTH}))"
    rf"[ \t]+(?P<year3>(?:19|20|21)\d\d)[ \t]*(?:--?|[–—])[ \t]*(?P<place3>{_WORDS})"
    rf"|[ \t]*(?P<place5>{_WORDS})(?:,[ \t]*{_WORDS}){{0,2}}[ \t]+(?:--?|[–—])[ \t]+"  # "SUVA, FIJI — 2 September
    rf"(?:(?P<day5>\d{{1,2}})[ \t]+(?P<mon5>{MONTH})|(?P<mon6>{MONTH})[ \t]+(?P<day6>\d{{1,2}}),?)"  # 2026", a line
    rf"[ \t]+(?P<year5>(?:19|20|21)\d\d)[ \t]*$"  # of its own under a release's heading
    rf"|[ \t]*(?P<place7>{_WORDS}),[ \t]*(?P<day7>\d{{1,2}})\.(?P<mon7>\d{{1,2}})\.(?P<year7>(?:19|20|21)\d\d)"  # "DUSHANBE,
    rf"(?:[ \t]*{_AGENCY})?[ \t]*(?:--?|[–—:])"  # 27.05.2026 /NIAT Khovar/ —": a day in figures, day first
    rf"|[ \t]*(?P<place8>{_WORDS})(?:,[ \t]*{_WORDS})?(?:[ \t]*\(|,[ \t]*[^\n,()]{{1,40}},?[ \t]+(?:corresponding|equivalent)"
    rf"[ \t]+to[ \t]+)(?:(?P<day8>\d{{1,2}})[ \t]+(?P<mon8>{MONTH})|(?P<mon9>{MONTH})[ \t]+(?P<day9>\d{{1,2}}),?)"
    rf"[ \t]+(?P<year8>(?:19|20|21)\d\d)\)?(?:[.,]?[ \t]*{_AGENCY})?[ \t]*(?:--?|[–—:])")  # "GENEVA (3 October
# 2026) -", "Muscat, 10 Rajab 1447 AH, corresponding to 30 December 2025 (ONA) -": the day in brackets or given again
# in the Gregorian calendar after another one's
_LINES = 6  # a dateline opens one of the first lines with text (after a headline and a byline)
_LINE_CHARS = 200
_HEAD_CHARS = 8000  # a cleaned page keeps its blanked menus as blank lines before the story
_DAYS_BEFORE, _DAYS_AFTER = 45, 2  # a story runs days after its dateline, never long before it


def story_day(text: str, dct: date | None) -> date | None:
    """The day the opening dateline names (without a year: within weeks before the dct), else None."""
    found = dateline(text, dct)
    return found[0] if found else None


@lru_cache(maxsize=64)
def _opening(text: str, other: re.Pattern | None = None) -> tuple[re.Match, int] | None:
    """The dateline match on one of the first lines with text (or else the first match of ``other``), and that line's
    offset; remembered, as a story's head is asked again for each day it is seen from. A dated dateline beats a
    place-only line before it ("Reporting: X — Editing: Y" over "Foz do Iguaçu, May 15 –")."""
    found = _dated_opening(text)  # shared by both callers: the dateline regex runs over a story's head once
    if found is not None or other is None:
        return found
    return next(((m, offset) for head, offset in _head_lines(text) if (m := other.match(head)) is not None), None)


@lru_cache(maxsize=64)
def _dated_opening(text: str) -> tuple[re.Match, int] | None:
    """_opening's dateline match alone."""
    return next(((m, offset) for head, offset in _head_lines(text) if (m := _DATELINE.match(head)) is not None), None)


def _head_lines(text: str):
    """(first characters, offset) of each of the first lines with text, in order."""
    offset, seen = 0, 0
    for line in text[:_HEAD_CHARS].splitlines(keepends=True):
        if seen == _LINES:
            return
        if line.strip():
            seen += 1
            yield line[:_LINE_CHARS], offset
        offset += len(line)


def dateline(text: str, dct: date | None) -> tuple[date, int] | None:
    """(day, end offset) of the opening dateline, when one names a day that dct or it gives a year to."""
    if (opening := _opening(text)) is None:
        return None
    m, offset = opening
    if m["mon7"]:
        month = int(m["mon7"])
    else:
        month = MONTHS[(m["mon"] or m["mon2"] or m["mon3"] or m["mon4"] or m["mon5"] or m["mon6"] or m["mon8"]
                        or m["mon9"]).lower().rstrip(".")]
    day = int(m["day"] or m["day2"] or m["day3"] or m["day4"] or m["day5"] or m["day6"] or m["day7"] or m["day8"]
              or m["day9"])
    year = m["year"] or m["year3"] or m["year5"] or m["year7"] or m["year8"]
    if year:
        found = safe_date(int(year), month, day)
    elif dct is None:
        return None
    else:  # a yearless dateline far from the publication date is not trusted over it
        days = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := safe_date(y, month, day))
                and -_DAYS_BEFORE <= (d - dct).days <= _DAYS_AFTER]
        found = days[0] if days else None
    return (found, offset + m.end()) if found else None


# "19 February 2025", "Tuesday, March 4, 2025": a line that is nothing but a day, heading the entries
# of a dated listing (readouts, press releases) or a live blog's days.
_HEADING = re.compile(
    rf"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon>{MONTH})|(?P<mon2>{MONTH})[ \t]+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)"
    rf"[ \t]+(?P<year>(?:19|20|21)\d\d)[ \t]*")


def place_day_line(line: str) -> bool:
    """True for a release's line that is a place, a dash and a day ("SUVA, FIJI — 2 September 2026"): a dateline
    naming where the story is told, not a bare time stamp."""
    m = _DATELINE.match(line[:_LINE_CHARS])
    return m is not None and m["place5"] is not None


def day_heading(line: str) -> date | None:
    """The day a line that is only a date names ("19 February 2025"), else None."""
    m = _HEADING.fullmatch(line[:_LINE_CHARS]) if len(line) <= _LINE_CHARS else None
    if m is None:
        return None
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    return safe_date(int(m["year"]), month, int(m["day"] or m["day2"]))


def day_headings(text: str) -> list[tuple[int, date]]:
    """(offset, day) of every date-only line, when a page has two or more (one is just its own date)."""
    return _marked_lines(text, lambda line: day_heading(line.rstrip("\r\n")) if line.strip() else None)


def _marked_lines(text: str, mark) -> list[tuple[int, object]]:
    """(offset, mark) of every line mark() gives a value for, when two or more do: a page's run of entries."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        if (value := mark(line)) is not None:
            found.append((offset, value))
        offset += len(line)
    return found if len(found) >= 2 else []


# "10:15", "21:15 EDT", "9.40am GMT", "11:42 -", "13:05 ICT —", "4.50pm:", "16:20 local -", "【14:30】", "0800 GMT -",
# "2m ago", "35 min ago": a time opening a line, the stamp of a live blog's entry, with or without a dash or colon
# between it and the entry's first word (a wire's four digits only with their zone; not a page's "Updated 09:10"
# byline, which stamps the page, and whose time a second stamp below would make an entry's).
ZONE_NAME = r"(?:[A-Z]{1,4}T|GMT|UTC|CET|IST|WIB|BST|MSK)"  # "ET", "PT": North American short zones too
_ZONE = ZONE_NAME + r"(?:[+-]\d{1,2})?"
_STAMP = re.compile(r"[ \t]*[【\[(]?"
                    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?(?:[ \t]+" + _ZONE + r")?"
                    r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]+" + _ZONE +
                    r"|\d{1,2}[ \t]*(?:m|mins?|minutes?|h|hrs?|hours?)[ \t]+ago)"
                    r"(?:[ \t]+local)?[】\])]?(?:[ \t]*:|[ \t]+[-–—|])?"
                    r"(?=[ \t]*$|[ \t]*[A-Z\"“'‘])")

# A heading that calls its page a live blog ("LIVE: ...", "... - live", "Live updates: ...", "as it happened").
_LIVE_HEAD = re.compile(r"(?i)^[ \t]*live\b|\blive[ \t]+(?:updates?|blog|coverage|report)\b|\blive[ \t]*[:|–—]"
                        r"|[-–—:|][ \t]*live[ \t]*$"
                        r"|\bas[ \t]+it[ \t]+happened\b|\ben[ \t]+vivo\b")
# A stamp set off from its entry ("14:05 - X", "11:42 BST" on its own line, "11:42 Brasília — X"), not a time that
# only opens a sentence ("10:15 The talks opened."): a lone one of those opening a page is a one-entry live blog.
_SET_OFF = re.compile(r"[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]+[-–—|][ \t]")  # "11:42 Brasília — "


def _set_off(m: re.Match, line: str) -> bool:
    """Whether a stamp opening a line stands apart from the entry's words: a dash, colon or zone, or a line alone."""
    rest = line[m.end():_LINE_CHARS]
    return not rest.strip() or re.search(r"[-–—|:】\])][ \t]*$|[A-Z]T$|GMT$|UTC$", m.group(0)) is not None \
        or _SET_OFF.match(rest) is not None


_HEAD_LINES = 12  # the lines a live blog's heading and key points take above a lone entry


def stamp_line(line: str) -> bool:
    """True for a line that is only a live blog's time stamp ("10:15", "21:15 EDT")."""
    m = _STAMP.match(line[:_LINE_CHARS])
    return m is not None and not line[m.end():].strip()


def entry_stamps(text: str) -> list[int]:
    """Offsets of the lines a live blog's time stamps open, when a page has two or more (one is just a time), or
    one opening the page or under a heading that says it is live ("LIVE: ...", "... - as it happened")."""
    if found := [offset for offset, _ in _marked_lines(text, lambda line: _STAMP.match(line[:_LINE_CHARS]))]:
        return found
    offset, lines = 0, 0
    heading = False
    for line in text.splitlines(keepends=True)[:_HEAD_LINES]:
        if m := _STAMP.match(line[:_LINE_CHARS]):
            return [offset] if heading or not lines and _set_off(m, line) else []
        if line.strip():
            heading |= lines < 2 and _LIVE_HEAD.search(line[:_LINE_CHARS]) is not None
            lines += 1
        offset += len(line)
    return []


_SUMMARY_CHARS = 1500  # how far above its first entry a live blog's heading may sit


def summary_start(text: str, first: int) -> int:
    """Where the day's news of a live blog whose first entry opens at first begins: just under a heading that says
    the page is live ("EU summit - live"), whose "Key events" or "Summary" block retells the entries; else at the entry."""
    offset = max(0, first - _SUMMARY_CHARS)
    for line in text[offset:first].splitlines(keepends=True):
        if line.strip():
            return offset + len(line) if _LIVE_HEAD.search(line[:_LINE_CHARS]) else first
        offset += len(line)
    return first


_HEADING_WORDS = 16  # a live blog's heading is a headline's length, not a paragraph's
_LIVE_LABEL = re.compile(r"(?i)[ \t]*live(?:[ \t]+(?:updates?|blog|coverage|report))?[ \t]*[:!]?[ \t]*")


def live_headings(text: str, first: int) -> list[tuple[int, int]]:
    """(start, end) of the lines above a live blog's first entry that head it: the page's first line (its title, the
    label and byline around it maybe blanked as menus), one that says the page is live ("LIVE: CELAC summit,
    Tegucigalpa", "EU summit - as it happened"), or the line under a bare label ("LIVE BLOG")."""
    offset = max(0, first - _SUMMARY_CHARS)
    found, label = [], False
    title = len(text) - len(text.lstrip())
    heading = text[title:first].split("\n", 1)[0].rstrip()
    if heading and len(heading.split()) <= _HEADING_WORDS:
        found.append((title, title + len(heading)))
    for line in text[offset:first].splitlines(keepends=True):
        words = len(line.split())
        if words and (label or _LIVE_HEAD.search(line[:_LINE_CHARS])) and words <= _HEADING_WORDS:
            found.append((offset, offset + len(line.rstrip())))
        if words:
            label = _LIVE_LABEL.fullmatch(line.rstrip("\r\n")) is not None
        offset += len(line)
    return found


_NAME_LINKS = frozenset("de la del do da dos das di du el es of".split())  # small words inside a place's name

# A headline's label before a colon ("LIVE UPDATES: Thai PM in Phnom Penh", "BREAKING: ..."): no place.
_KICKER = (r"(?!(?i:live|breaking|watch|updated?|exclusive|analysis|opinion|editorial|explainer|video|photos?"
           r"|developing|just[ \t]+in|fact[ \t]+check|in[ \t]+pictures)(?:[ \t]+(?i:updates?|blog|news))?[ \t]*[:|–—-])")

# A dateline without a day ("ISLAMABAD: Pakistan and ...", "Addis Abeba - Prime Minister ...", "HANOI /VNA/ - ..."):
# a place, an optional agency in slashes or brackets, then a dash or colon, then the story's first word.
# East African papers end it with a full stop ("DAR ES SALAAM. President ...", "Dar es Salaam. The ..."): a place in
# capitals, or of two words or more, so that no "Mr." or "Dr." opening a line is read for one.
_STOP_PLACE = (r"[A-Z][A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]+){0,3}"
               r"|[A-Z][a-z'’-]{2,}(?:[ \t]+(?:d[aeiou][ \t]+|es[ \t]+|del[ \t]+|el[ \t]+)?[A-Z][a-z'’-]+){1,3}")
_PLACE_ONLY = re.compile(rf"[ \t]*{_KICKER}(?:(?P<place>{_WORDS})(?:,?[ \t]+(?:\([^()\n]{{1,40}}\)|/[^/\n]{{1,30}}/))?"
                         rf"[ \t]*(?:--?|[–—:])|(?P<stop>{_STOP_PLACE})\.)[ \t]+(?=[A-Z\"“])")


# A release's place and day on a line of their own under its heading ("Muscat, 13 August 2122", "Pretoria, June 4,
# 2042"): the place it is issued from, as a dateline's (the day is the release's, which its date already gives).
_PLACE_DAY_LINE = (rf"[ \t]*(?P<place9>{_WORDS}),[ \t]*(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}},?)"
                   rf"[ \t]+[12]\d{{3}}[ \t]*$")
_DAYLESS = re.compile(rf"(?:{_PLACE_ONLY.pattern})|(?:{_PLACE_DAY_LINE})")


def dateline_place(text: str, dayless: bool = False) -> str | None:
    """The place an opening dateline names ("TIANJIN, July 15 (Xinhua) --" -> "Tianjin"), else None
    (dayless: also a place-only one, "ISLAMABAD: ..." -> "Islamabad", which the caller must check is a place)."""
    if (opening := _opening(text, _DAYLESS if dayless else None)) is None:
        return None
    m = opening[0]
    found = m.groupdict()
    place = next(found[g] for g in ("place", "place3", "place5", "place7", "place8", "stop", "place9") if found.get(g))
    place = place.rstrip(".")  # "ASTANA. April 9."
    if place.split()[0].lower().rstrip(".") in WEEKDAYS:
        return None  # "Monday, 9 December 2052.": a day heading, no place
    if not place.isupper():
        return place
    first, *rest = ("-".join(p.capitalize() for p in w.split("-")) for w in place.split(" "))  # "St George's"
    return " ".join([first, *(w.lower() if w.lower() in _NAME_LINKS else w for w in rest)])  # "Santa Cruz de la Sierra"
