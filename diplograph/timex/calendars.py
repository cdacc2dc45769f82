"""Dates told in another calendar beside their Gregorian day ("8 Rajab 1468 AH, corresponding to 14 May 2046")."""

from __future__ import annotations

import re
from dataclasses import replace

from diplograph.records import Timex

# Month names of the Hijri and Solar Hijri calendars, as English-language state media spell them.
_MONTHS = (r"Muharram|Safar|Rabi[ʻ'’]?\s?al[- ](?:Awwal|Thani|Akhir)|Jumada\s?al[- ](?:Ula|Awwal|Akhirah|Akhira|Thani"
           r"|Thaniyah)|Rajab|Sha[ʻ'’]?ban|Ramadan|Shawwal|Dhu\s?al[- ](?:Qa[ʻ'’]?dah|Qi[ʻ'’]?dah|Hijjah)"
           r"|Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand")
# The other calendar's day (a pair of days too) and month, an optional year and era, then the words that give the
# Gregorian day; every repeat is bounded.
_OTHER = re.compile(rf"\b\d{{1,2}}(?:\s{{0,2}}(?:and|-|–)\s{{0,2}}\d{{1,2}})?\s{{1,3}}(?:{_MONTHS})"
                    rf"(?:,?\s{{1,3}}\d{{4}})?(?:\s{{0,2}}(?:AH|A\.H\.|H|SH|AP))?"
                    r",?\s{1,3}(?:corresponding|equivalent)\s{1,3}to\s{1,3}(?:the\s{1,3})?", re.IGNORECASE)
_CUES = ("correspond", "equivalent")


def beside_gregorian(text: str, found: list[Timex]) -> list[Timex]:
    """The tagged dates, each Gregorian one that another calendar's date precedes widened over both, so the words a
    parse hangs on the event ("on 8 Rajab") date it as the Gregorian ones would."""
    if not any(cue in text for cue in _CUES):
        return found
    wider = {tx.start: m.start() for m in _OTHER.finditer(text) for tx in found
             if tx.start == m.end() and tx.type == "DATE"}
    if not wider:
        return found
    return [replace(tx, start=wider[tx.start], text=text[wider[tx.start]:tx.end]) if tx.start in wider else tx
            for tx in found if not any(wider.get(o, o) <= tx.start < o for o in wider)]
