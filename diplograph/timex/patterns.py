"""Regular expressions for English time expressions, TIMEX3 extent conventions.

Extents follow TimeML: determiners, modifiers ("early", "nearly") and "ago" are
inside, prepositions ("on", "in", "since") are outside.
"""

from __future__ import annotations

import re
import re._constants as _c
from functools import lru_cache
from re import _parser
from string import ascii_lowercase
from typing import NamedTuple

from diplograph.timex.lexicon import HOLIDAY_NAMES, NUMBER_WORD

# Month names are matched case-sensitively: "may", "march" and "sun" are common words.
MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
         r"|DECEMBER)(?![\w-])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?![\w-])))")
WEEKDAY = (r"(?:(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|\.)|(?-i:Tues|Thur|Thurs)\.?"
           r"|Wednesday|Saturday|Tuesday|Thursday)(?![\w-])")
SP = r"[^\S\n]+"  # a space that is not a line break
DAY = r"(?<![\w.,/:-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
YEAR = r"(?:(?:1[0-9]|20|21)\d\d(?!\w|[-–](?!\d))|'\d\d(?![\w']))"
NUM = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD})"
QUANT = (rf"(?:{NUM}(?:\s+and\s+a\s+half)?|an?(?:\s+single)?|a\s+couple\s+of|several|a\s+few|"
         rf"few|many|some|a\s+dozen|dozens\s+of|hundreds\s+of|half\s+an?)")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
        r"quarters?|years?|decades?|century|centuries|millenni(?:um|a|ums))")
MOD = (r"(?:early|late|mid|(?:end|start)(?=-)|the\s+(?:very\s+)?(?:start|beginning|end|middle|close|turn|dawn|rest|"
       r"remainder|bulk)\s+of|the\s+(?:early|first|latter|later|last)\s+part\s+of|the\s+(?:first|second|latter)\s+half\s+of|the\s+(?:first|last)\s+"
       r"(?:days?|weeks?|months?)\s+of)")
APPROX = (r"(?:about|around|nearly|almost|approximately|roughly|some|just|only|at\s+least|"
          r"at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|over|under|upwards\s+of|"
          r"no\s+more\s+than|as\s+(?:many|much|long)\s+as)")
POD = r"(?:morning|afternoon|evening|night|overnight)"
TZ = (r"(?:UTC|GMT|Z|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK|JST|IST|AEST|AEDT|HKT|SGT|ET|PT"
      r"|local\s+time)(?:\s*[+-−]\s*\d{1,2}(?::?\d\d)?)?(?!\w)")
AMPM = r"(?:[ap]\.?\s?m\b\.?)"
CLOCK = (rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*{AMPM})?"
         rf"|(?:1[0-2]|0?[1-9])\.[0-5]\d\s*{AMPM}"
         rf"|(?:1[0-2]|0?[1-9])(?:\s*{AMPM}|\s+o['’]clock)"
         rf"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:{TZ}|hours|hrs|h)(?!\w)))")
# "the 1998 first quarter", "last year's second half", "the year's third quarter"
LEAD_YEAR = rf"(?:(?P<pyear>{YEAR})\s+|(?P<prel>this|last|next|the)\s+year['’]s\s+)?"
HOLIDAY = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+") for h in HOLIDAY_NAMES)

# a day of the month spelt out ("the fourth of November", "the twentieth of this month")
ORD_DAY = (r"(?:twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[-\s]first|thirtieth|"
           r"twentieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
           r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)")

# name -> pattern; order matters only for equal extents (earlier wins)
RULES: dict[str, str] = {
    "iso": r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:(?:T|\s+)(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<z>Z|[+-]\d\d:?\d\d)?)?\b",
    "numeric": r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|\.\d)",
    "iso_slash": r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\w/])",
    "mdy": rf"(?:(?P<wd>{WEEKDAY}),?{SP})?(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?{SP}(?P<year>{YEAR}))?",
    "dmy": rf"(?:(?P<wd>{WEEKDAY}),?{SP})?(?:the\s+)?(?P<day>{DAY})(?:\s*(?:[-–&]|and|to)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w))?(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?",
    "ordday": r"\bthe\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<rel>this|next|last|the\s+same|the\s+following|the\s+previous)\s+month)?(?=\s*(?:[,.;:)!?\n]|$)|\s+(?:and|or|at|in|when|to|with|for|after|before|but|as|while|until|amid|from|during|under|despite|following|this|next|last|if|so|because)\b)",
    "ordword": rf"\bthe\s+(?P<word>{ORD_DAY})\s+of\s+(?:(?P<mon>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?|(?P<rel>this|next|last)\s+month\b)",
    "same_ago": r"\bthe\s+same\s+(?P<unit>period|time|month|quarter|week|half)\s+(?:(?:of\s+)?(?:a|one|the)\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior|preceding|last)\s+year|(?:a\s+)?year[\s-]earlier)\b",
    "quarter": rf"(?:the\s+)?{LEAD_YEAR}(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+|financial[\s-]+|calendar[\s-]+)?quarter(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?:the\s+)?(?P<rel>this|last|next|the|current|previous|same)\s+(?:fiscal\s+|financial\s+)?year))?",
    "quarter_q": rf"\b(?:(?P<q1>Q[1-4])|(?P<q2>[1-4]Q))(?:\s*(?P<year>{YEAR}))?\b",
    "half_adj": r"\b(?P<ord>first|second)-half\b",
    "half": rf"(?:the\s+)?{LEAD_YEAR}(?P<ord>first|second|latter)\s+half(?:\s+of\s+(?:(?P<year>{YEAR})|(?:the\s+)?(?P<rel>this|last|next|the|current)\s+year))?",
    "month_year": rf"(?:(?P<mod>{MOD})[\s-]*)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the\s+same|the\s+following|the\s+previous)\s+year)",
    "month": rf"(?:(?P<rel>last|next|this|past|coming|previous)\s+|(?P<mod>{MOD})[\s-]*)?(?P<mon>{MONTH})",
    "fiscal": r"\b(?:(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)(?:19|20)\d\d[-/–](?P<end>\d\d|(?:19|20)\d\d)|(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+(?P<year>(?:19|20)\d\d|'\d\d)|FY\s?(?P<fy>(?:19|20)?\d\d)|the\s+(?P<year2>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year|the\s+(?:19|20)\d\d[-/–](?P<end2>\d\d|(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year)(?![\w-])",
    "year": rf"(?:(?P<mod>{MOD})[\s-]*|(?<![\w$£€#.,-])|(?<=\d{{4}}[-–]))(?P<year>{YEAR})(?!\s*(?:%|percent|per\s+cent))",
    "decade": r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*|(?<![\w-]))(?P<dec>(?:1[0-9]|20)?\d0|'\d0)['’]?s\b",
    "decade_word": r"\bthe\s+(?:(?P<mod>early|late|mid)[\s-]*)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    "century": r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]*)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century",
    "season": rf"(?:(?P<rel>this|last|next|past|coming|the)\s+|(?P<mod>early|late|mid)[\s-]*)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b",
    "weekday": rf"(?:(?P<rel>last|next|this|coming|past|previous)\s+|(?P<mod>early|late)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?(?:\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b(?!['’]s))?",
    "weekdays": r"(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b",
    "relday": rf"\b(?:(?P<mod>early|late)\s+)?(?P<word>today|tonight|overnight|yesterday|tomorrow|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:last|tomorrow)\s+night)(?:\s+(?P<pod>{POD}))?\b",
    "this_pod": rf"\b(?P<rel>this|that|the\s+same|the\s+(?:next|following|previous)|early|late)\s+(?P<pod>{POD})",
    "pod": r"\b(?:the\s+)?(?P<pod>morning|afternoon|evening)\b(?!\s+of\b)",
    "relunit": rf"(?:(?P<pre>earlier|later|early|late|mid)[\s-]+|(?P<mod>{MOD})[\s-]*)?(?P<rel>this\s+past|this\s+coming|this|last|next|(?:the\s+)?(?:past|previous|next|coming|following|current|same|last|present|latest))\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century|fortnight|day)(?:['’]s)?(?!\s+of\b)",
    "the_unit": r"\bthe\s+(?:(?:entire|whole|full)\s+)?(?P<unit>year|quarter|month|week|day)\b(?!\s+(?:before|after|of|that|when|in\s+which|ended|ending|to|earlier|ago|since|before)\b)(?![-’'])",
    "year_earlier": r"\b(?:the\s+)?year[\s-](?:earlier|ago)(?:\s+(?P<unit>quarter|period|month|week))?\b",
    "ago": rf"(?:(?P<approx>{APPROX})\s+)?(?P<n>{QUANT})[\s-]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|on(?=\s*[,.;])|prior)\b",
    "dur_first": rf"(?<![\w.,])(?P<n>{NUM})(?=\s*(?:and|to|or|-|–)\s*{NUM}[\s-]+(?P<unit>{UNIT})\b)",
    "dur": rf"(?:(?P<approx>{APPROX})\s+)?(?:the\s+(?P<rel>past|last|next|coming|previous|first|final|following|latest|same)\s+)?(?P<n>{QUANT})[\s-]+(?:(?:straight|consecutive|successive|full|trading|business|working|calendar|long|short|whole|more|other|further)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\b",
    "dur_adj": rf"(?P<n>{NUM}|single|half)-(?P<unit>{UNIT})(?:-(?:long|old))?\b",
    "dur_long": rf"(?P<unit>{UNIT})-long\b",
    "dur_bare": r"(?:(?P<rel>recent|(?:the\s+)?(?:past|last|next|coming)(?:\s+few)?|the)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
    "set_every": rf"\b(?:every|each)\s+(?P<other>other\s+)?(?:(?P<n>{NUM}|few|several|couple\s+of)\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<pod>{POD})|(?P<season>spring|summer|autumn|fall|winter|weekday))\b",
    "set_weekends": r"\b(?:on\s+)?(?P<word>weekends|weekdays)\b",
    "set_adv": r"\b(?P<word>daily|weekly|monthly|annual|annually|yearly|hourly|nightly|quarterly|biannual|biennial|bi-?weekly|bi-?monthly|fortnightly|semi-?annual|semi-?annually)\b",
    "set_freq": rf"\b(?:(?P<freq>once|twice|thrice|{NUM}\s+times)\s+)?(?:an?|per)\s+(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade)\b(?!['’-])",
    "clock": rf"(?<![\w:.$£€])(?P<clock>{CLOCK})(?:\s*\(?(?P<tz>{TZ})\)?)?(?:,?\s+(?P<day>(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tonight|last\s+night|today|yesterday|tomorrow|(?:on\s+)?{WEEKDAY}))?",
    "noon": rf"\b(?P<word>noon|midday|midnight)\b(?:,?\s+(?P<day>today|yesterday|tomorrow|(?:on\s+)?{WEEKDAY}))?",
    "vague": r"\b(?P<word>now|nowadays|presently|currently|recently|lately|soon|very\s+soon|at\s+present|these\s+days|the\s+present|the\s+past|the\s+future|the\s+(?:near|distant|foreseeable|immediate)\s+future|the\s+(?:short|long|medium|near)[\s-]term|the\s+time\s+being|the\s+moment|recent)\b(?![-’'])",
    "holiday": rf"\b(?P<name>{HOLIDAY})\b(?:\s+(?P<year>{YEAR}))?",
    "same_day": r"\b(?P<word>the\s+(?:week|month|year)\s+(?:before\s+last|after\s+next)|(?:the\s+)?(?:very\s+)?same\s+day|that\s+(?:day|week|month|year)|the\s+(?:day|week|month|year)\s+(?:before|after|previous)(?!\s+\w+ing)|(?:the\s+)?(?:very\s+)?(?:start|beginning|middle|end|close|rest|remainder|turn|(?:early|first|latter|later|last)\s+part)\s+of\s+the\s+(?:day|week|month|year|decade|century)|(?:earlier|later|late|early)\s+in\s+the\s+(?:day|week|month|year)|(?:earlier|later)\s+today|the\s+day|the\s+weekend|(?:the\s+)?(?:year|month)[\s-]end)\b(?!-\w)",
}

COMPILED: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE) for name, pattern in RULES.items()
}
PRIORITY = {name: i for i, name in enumerate(RULES)}


# Every rule's match contains one of these word beginnings within its first seven words,
# so rules are only tried just before them instead of at every character.
ANCHOR = re.compile(
    r"(?<![\w'’])(?:['’]?\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun|q[1-4]|today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|overnight|"
    r"noon|midday|midnight|second|minute|hour|day|dai|week|fortnight|month|quarter|year|decade|"
    r"centur|millenni|half|spring|summer|autumn|fall|winter|fiscal|financial|fy|every|each|annual|"
    r"hourly|nightly|bi|semi|now|presently|currently|recent|lately|soon|present|past|future|term|time|"
    r"moment|latest|weekends|weekdays|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|christmas|new|boxing|halloween|valentine|independence|bastille|armistice|remembrance|"
    r"veterans|easter|good|ash|pentecost|whit|thanksgiving|labor|memorial|martin|presidents|guy)",
    re.IGNORECASE)
WORD_START = re.compile(r"(?<![\w'’])[\w'’]")
LOOKBACK = 7


# ANCHOR's search, case-sensitive on a copy of the text whose letters are folded one for one as
# re.IGNORECASE would fold them onto ASCII (A-Z and the four others that match a-z): far quicker.
_ANCHOR_FOLDED = re.compile(ANCHOR.pattern)
# Its words without the look-behind, for word starts: folding keeps each character a word character or not (tests/timex).
_ANCHOR_WORD = re.compile(ANCHOR.pattern.removeprefix("(?<![\\w'’])"))
_FOLD_ASCII = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                             "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_FOLD_ONLY = ("\u0130", "\u0131", "\u017f", "\u212a")  # the four letters str.lower() would not fold as the table does


def _folded(text: str) -> str:
    """The text folded for _ANCHOR_FOLDED: str.lower() when none of the four is in it (much quicker than the table).

    Same matches: str.lower() folds A-Z alike, keeps every other character's length, and turns no other
    character into ASCII, a digit or a word character from a non-word one (tests/timex checks all of Unicode).
    """
    return text.translate(_FOLD_ASCII) if any(c in text for c in _FOLD_ONLY) else text.lower()


def starts(text: str) -> list[int]:
    """Offsets where a time expression may begin: word starts shortly before an anchor word."""
    words = [m.start() for m in WORD_START.finditer(text)]  # an anchor always begins a word
    folded, anchor = _folded(text), _ANCHOR_WORD.match
    keep: set[int] = set()
    for k, pos in enumerate(words):  # ANCHOR tried at word starts only, not at every character
        if anchor(folded, pos):  # the word start at pos and the LOOKBACK word starts before it
            keep.update(words[max(0, k - LOOKBACK): k + 1])
    return sorted(keep)


# Words every match of a rule contains (case-folded as _folded folds): a text without any of them skips the rule.
_NEEDED = {"quarter": ("quarter",), "half": ("half",), "half_adj": ("half",), "season": ("spring", "summer", "autumn", "fall", "winter"),
           "century": ("century",), "decade_word": ("ties",), "fiscal": ("fiscal", "financial", "fy"),
           "set_weekends": ("weekends", "weekdays"), "weekdays": ("days",), "same_ago": ("same",),
           "year_earlier": ("year",)}


def candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every (start, end, rule, match) found by any rule, longest first at each start."""
    found = []
    folded = _folded(text)
    absent = frozenset(name for name, words in _NEEDED.items() if not any(w in folded for w in words))
    head = _HEAD.match
    for pos in starts(text):
        char = text[pos]  # the rules whose match may begin with this character, and with the letters from here
        for name, rx in _rules_led(head(folded, pos).group(), absent) if char.isascii() else _rules_present(char, absent):
            m = rx.match(text, pos)
            if m and m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), PRIORITY[c[2]]))
    return found


@lru_cache(maxsize=4096)
def _rules_present(char: str, absent: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """rules_starting(char) less the rules left out (texts lack the same few rules' words: remembered)."""
    return tuple(r for r in rules_starting(char) if r[0] not in absent)


@lru_cache(maxsize=16384)
def _rules_led(head: str, absent: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """_rules_present at an ASCII character, less the rules whose every match opens with letters that ``head``
    (_HEAD's match there: the folded letters from that character on, or that character alone) does not begin with."""
    rules = _rules_present(head[0], absent)
    if not head[0].isalpha():
        return rules
    return tuple(r for r in rules if (leads := _LEADS[r[0]]) is None or head.startswith(leads[0]) or head in leads[1])


@lru_cache(maxsize=512)
def rules_starting(char: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rules a match starting with char may come from (all of them for characters outside ASCII,
    where case folding is wider than str.lower)."""
    if not char.isascii():
        return tuple(COMPILED.items())
    return tuple((name, rx) for name, rx in COMPILED.items() if _FIRST[name].admits(char))


class _First(NamedTuple):
    """What the first character of a non-empty match may be: lower-cased characters, or a class."""

    chars: frozenset[str] = frozenset()
    digit: bool = False
    word: bool = False
    space: bool = False
    any: bool = False

    def admits(self, char: str) -> bool:
        c = char.lower()
        return self.any or c in self.chars or (self.digit and c.isdigit()) \
            or (self.word and (c.isalnum() or c == "_")) or (self.space and c.isspace())

    def __or__(self, other: _First) -> _First:  # type: ignore[override]
        return _First(self.chars | other.chars, self.digit or other.digit, self.word or other.word,
                      self.space or other.space, self.any or other.any)


_ANY = _First(any=True)
_CLASSES = {_c.CATEGORY_DIGIT: _First(digit=True), _c.CATEGORY_WORD: _First(word=True),
            _c.CATEGORY_SPACE: _First(space=True)}


def _first(items) -> tuple[_First, bool]:
    """First characters of a parsed pattern sequence, and whether it can match the empty string.

    Conservative: anything not understood admits every character; lookarounds and anchors are
    read as empty (they only narrow what matches).
    """
    out = _First()
    for op, arg in items:
        nullable = False
        if op is _c.LITERAL:
            first = _First(frozenset({chr(arg).lower()}))
        elif op is _c.IN:
            first = _in_set(arg)
        elif op is _c.SUBPATTERN:
            first, nullable = _first(arg[3])
        elif op is _c.ATOMIC_GROUP:
            first, nullable = _first(arg)
        elif op is _c.BRANCH:
            first, nullable = _First(), False
            for alt in arg[1]:
                f, n = _first(alt)
                first, nullable = first | f, nullable or n
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            first, nullable = _first(arg[2])
            nullable = nullable or arg[0] == 0
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            first, nullable = _First(), True
        else:  # any character, a back-reference, a negated literal: could start with anything
            first = _ANY
        out = out | first
        if not nullable:
            return out, False
    return out, True


def _in_set(items) -> _First:
    out = _First()
    for op, arg in items:
        if op is _c.LITERAL:
            out = out | _First(frozenset({chr(arg).lower()}))
        elif op is _c.RANGE and arg[1] - arg[0] < 0x400:
            out = out | _First(frozenset(chr(i).lower() for i in range(arg[0], arg[1] + 1)))
        elif op is _c.CATEGORY and arg in _CLASSES:
            out = out | _CLASSES[arg]
        else:  # a negated set, a wide range, another class
            return _ANY
    return out


_FIRST: dict[str, _First] = {name: _first(_parser.parse(pattern, re.IGNORECASE))[0] for name, pattern in RULES.items()}


def _leads(items, heads: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The ASCII letters a parsed pattern sequence's match may open with, continued from each of ``heads``:
    (finished, open). An open string may run on into what follows; a finished one ends the letters there (followed
    by "$": no letter comes next) or the letters known.

    Conservative: every match of the sequence, read after one of the heads, opens (folded) with an open or a
    finished string, or with no letter at all; anything not understood finishes the strings read so far.
    """
    done: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL and chr(arg).isascii() and chr(arg).isalpha():
            heads = frozenset(h + chr(arg).lower() for h in heads)
        elif op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            finished, heads = _leads(arg[3] if op is _c.SUBPATTERN else arg, heads)
            done |= finished
        elif op is _c.BRANCH:
            branches = [_leads(alt, heads) for alt in arg[1]]
            done.update(*(finished for finished, _ in branches))
            heads = frozenset().union(*(open_ for _, open_ in branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[1] == 1:
            finished, once = _leads(arg[2], heads)  # once or (when optional) not at all
            done |= finished
            heads = once | heads if arg[0] == 0 else once
        elif op is _c.AT and arg is _c.AT_BOUNDARY and "" not in heads:
            done |= {h + "$" for h in heads}  # a word boundary after a letter: the letters end
            heads = frozenset()
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        else:  # a class, a repeat, any character: the letters read so far end if it cannot open with a letter
            first, nullable = _first([(op, arg)])
            if nullable or any(map(first.admits, ascii_lowercase)):
                done |= heads
            else:
                done |= {h + "$" for h in heads if h}  # a match along a head "" opens with no letter
            heads = frozenset()
        if len(heads) > 4096:
            done |= heads
            heads = frozenset()
        if not heads:
            break
    return frozenset(done), heads


def _lead_strings(pattern: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The letters a match of a rule opening with a letter may open with: (strings the letters begin with, whole
    runs of letters); None for any letters."""
    finished, open_ = _leads(_parser.parse(pattern, re.IGNORECASE), frozenset({""}))
    leads = finished | open_
    if "" in leads:
        return None
    return tuple(sorted(s for s in leads if not s.endswith("$"))), frozenset(s[:-1] for s in leads if s.endswith("$"))


_LEADS = {name: _lead_strings(pattern) for name, pattern in RULES.items()}
# The folded letters at a start, one more than the longest opening, or the one character there when it is no letter.
_HEAD = re.compile(rf"[a-z]{{1,{1 + max(len(s) for leads in _LEADS.values() if leads for part in leads for s in part)}}}|.",
                   re.DOTALL)
