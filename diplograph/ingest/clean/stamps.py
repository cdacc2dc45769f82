"""Date stamps on scraped pages: lines that only say when, and the publication date they give."""

from __future__ import annotations

import re
from datetime import date

from diplograph.ingest.clean.rules import is_prose, split_lines, words

_MONTHS = {m: n for n, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
    "aug august", "sep sept september", "oct october", "nov november", "dec december"), start=1)
    for m in names.split()}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# Each alternative names its parts; every part is bounded, so a scan is linear in the line.
DATE = re.compile(
    rf"\b(?:(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})"
    rf"|(?P<dd>\d{{1,2}})[./-](?P<dm>\d{{1,2}})[./-](?P<dy>\d{{4}})"
    rf"|{_DAY.replace('(', '(?P<wd>', 1)}\s{{0,3}}(?P<wm>{_MONTH}),?\s{{0,3}}(?P<wy>\d{{4}})"
    rf"|(?P<mm>{_MONTH})\s{{0,3}}{_DAY.replace('(', '(?P<md>', 1)},?\s{{0,3}}(?P<my>\d{{4}}))\b",
    re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d(?:[:.]\d\d)?\s{0,2}(?:[ap]\.?m\.?)?|\b\d{1,2}\s{0,2}[ap]\.?m\.?\b"
                   r"|\b(?:utc|gmt|[a-z]{2,4}t)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b,?",
                   re.IGNORECASE)
_PUBLISHED = re.compile(r"^\W{0,3}(published|posted|first published|publication date|date|released"
                        r"|issued)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(updated|modified|edited|last update)\b", re.IGNORECASE)
_SCAN_LINES = 80  # a stamp sits in the page's head; the rest is only read for labelled ones


def find_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first full calendar date (day, month and year) written in ``text``."""
    for m in DATE.finditer(text):
        if m["iy"]:
            y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
        elif m["dy"]:
            y, d, mo = int(m["dy"]), int(m["dd"]), int(m["dm"])
            if mo > 12 >= d:  # 05/20/2024: month first
                d, mo = mo, d
        elif m["wy"]:
            y, d, mo = int(m["wy"]), int(m["wd"]), _MONTHS.get(m["wm"].rstrip(".").lower())
        else:
            y, d, mo = int(m["my"]), int(m["md"]), _MONTHS.get(m["mm"].rstrip(".").lower())
        if not mo or not 1990 <= y <= 2100:
            continue
        try:
            return date(y, mo, d), m
        except ValueError:
            continue
    return None


def is_stamp(text: str) -> bool:
    """A short line that is a date (and time) with at most a few words of label around it."""
    bare = text.strip()
    if len(bare) > 120 or is_prose(bare) or bare[-1] in "-–—:":
        return False  # a line ending on a dash or colon opens the story ("PARIS, May 3 —")
    found = find_date(bare)
    if not found:
        return False
    rest = _TIME.sub(" ", bare[:found[1].start()] + " " + bare[found[1].end():])
    return len(words(rest)) <= 5


def page_date(raw: str) -> date | None:
    """The publication date a page shows: a labelled stamp, else the first bare one near the top;
    an "updated" stamp only when nothing else is there."""
    best: tuple[int, date] | None = None
    for n, ln in enumerate(split_lines(raw[:200_000])):
        bare = ln.bare
        if not bare or not is_stamp(bare):
            continue
        label = bool(_PUBLISHED.match(bare))
        if not label and n >= _SCAN_LINES:
            continue
        rank = 0 if label else 2 if _UPDATED.search(bare) else 1
        day = find_date(bare)[0]
        if best is None or rank < best[0]:
            best = (rank, day)
        if rank == 0:
            break
    return best[1] if best else None
