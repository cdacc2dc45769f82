"""English calendar vocabulary shared by the patterns and the normaliser."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI",
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}
_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a number of", "numerous",
                    "a couple of", "couple of", "dozens of", "hundreds of", "thousands of")

# unit word -> (TIMEX3 letter, whether it is a time-of-day unit written after "PT")
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False),
}
UNIT_GRAN = {"day": "day", "night": "day", "week": "week", "fortnight": "week",
             "month": "month", "quarter": "quarter", "year": "year", "decade": "decade",
             "century": "century", "weekend": "week"}

NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|"
               r"three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|"
               r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
               r"eighteen|nineteen|a\s+hundred|one\s+hundred|hundred)")


def number(text: str) -> float | None:
    """The value of a number written in digits or English words, or None."""
    t = text.lower().replace(",", "").strip()
    t = re.sub(r"\s+", " ", t)
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    half = 0.0
    m = re.fullmatch(r"(.+?) and a half", t)
    if m:
        t, half = m.group(1), 0.5
    if t in ("a", "an", "one", "a single", "single"):
        return 1 + half
    if t in ("half a", "half an", "a half"):
        return 0.5
    if t in ("a couple of", "couple of", "a couple"):
        return 2 + half
    if t in ("a dozen", "dozen"):
        return 12 + half
    if t in ("a hundred", "one hundred", "hundred"):
        return 100 + half
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    parts = re.split(r"[-\s]", t)
    if len(parts) == 1 and t in _UNITS_WORDS:
        return _UNITS_WORDS[t] + half
    if len(parts) == 1 and t in _TENS_WORDS:
        return _TENS_WORDS[t] + half
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _UNITS_WORDS:
        return _TENS_WORDS[parts[0]] + _UNITS_WORDS[parts[1]] + half
    return None


def unit_key(word: str) -> str | None:
    """The singular unit name for a unit word such as 'Years' or 'centuries'."""
    w = word.lower()
    if w in ("centuries",):
        return "century"
    if w in ("millennia", "millenniums"):
        return "millennium"
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    return w if w in UNITS else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    if n > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday(name: str, year: int) -> date | None:
    """The date of a widely observed fixed or computed holiday in a year."""
    key = re.sub(r"[^a-z ]", "", name.lower().replace("’", "'").replace("'s", ""))
    key = re.sub(r"\s+", " ", key).strip()
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year day": (1, 1), "new years day": (1, 1), "new year eve": (12, 31),
             "new years eve": (12, 31), "boxing day": (12, 26), "halloween": (10, 31),
             "valentine day": (2, 14), "valentines day": (2, 14), "may day": (5, 1),
             "independence day": (7, 4), "bastille day": (7, 14), "armistice day": (11, 11),
             "remembrance day": (11, 11), "veterans day": (11, 11), "guy fawkes night": (11, 5),
             "st patrick day": (3, 17), "saint patrick day": (3, 17), "st andrew day": (11, 30),
             "saint andrew day": (11, 30), "st george day": (4, 23), "saint george day": (4, 23),
             "st david day": (3, 1), "saint david day": (3, 1), "europe day": (5, 9),
             "united nations day": (10, 24), "international women day": (3, 8), "human rights day": (12, 10)}
    if key in fixed:
        return date(year, *fixed[key])
    offsets = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
               "ash wednesday": -46, "pentecost": 49, "whit monday": 50}
    if key in offsets:
        return easter(year) + timedelta(days=offsets[key])
    computed = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
                "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
                "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3)}
    if key in computed:
        month, weekday, n = computed[key]
        return _nth_weekday(year, month, weekday, n)
    return None


HOLIDAY_NAMES = (
    "Christmas Day", "Christmas Eve", "Christmas", "New Year's Day", "New Year's Eve",
    "New Years Day", "New Years Eve", "Boxing Day", "Halloween", "Valentine's Day",
    "May Day", "Independence Day", "Bastille Day", "Armistice Day", "Remembrance Day",
    "Veterans Day", "Easter Sunday", "Easter Monday", "Easter", "Good Friday",
    "Ash Wednesday", "Pentecost", "Whit Monday", "Thanksgiving Day", "Thanksgiving",
    "Labor Day", "Memorial Day", "Martin Luther King Day", "Presidents Day",
    "Guy Fawkes Night", "St. Patrick's Day", "St Patrick's Day", "Saint Patrick's Day", "St. Andrew's Day",
    "St Andrew's Day", "Saint Andrew's Day", "St. George's Day", "St George's Day", "Saint George's Day",
    "St. David's Day", "St David's Day", "Saint David's Day", "Europe Day", "United Nations Day",
    "International Women's Day", "Human Rights Day",
)
