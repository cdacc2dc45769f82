"""TIMEX3 values of single phrases against a reference date, from the TimeML guidelines' cases."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.timex import resolve

D = date.fromisoformat

# (phrase, document creation date or None, governing tense, expected type, expected value)
CASES = [
    # bare weekdays: tense decides the direction; the dct's own weekday is the dct
    ("Friday", "2025-05-14", "past", "DATE", "2025-05-09"),
    ("Friday", "2025-05-14", "future", "DATE", "2025-05-16"),
    ("on Monday", "2025-05-14", "past", "DATE", "2025-05-12"),
    ("on Monday", "2025-05-14", "future", "DATE", "2025-05-19"),
    ("Wednesday", "2025-05-14", "past", "DATE", "2025-05-14"),
    ("Wednesday", "2025-05-14", "future", "DATE", "2025-05-14"),
    ("Tuesday", "2025-05-14", None, "DATE", "2025-05-13"),
    ("Sunday", "2025-01-02", "past", "DATE", "2024-12-29"),
    ("Thursday", "2024-12-30", "future", "DATE", "2025-01-02"),
    ("Saturday", "2024-12-30", "future", "DATE", "2025-01-04"),
    ("last Friday", "2025-05-14", None, "DATE", "2025-05-09"),
    ("last Wednesday", "2025-05-14", None, "DATE", "2025-05-07"),
    ("next Friday", "2025-05-14", None, "DATE", "2025-05-16"),
    ("next Wednesday", "2025-05-14", None, "DATE", "2025-05-21"),
    ("this Friday", "2025-05-14", "past", "DATE", "2025-05-16"),
    ("Saturday morning", "2025-05-14", "past", "TIME", "2025-05-10TMO"),
    ("Thursday night", "2025-05-14", "future", "TIME", "2025-05-15TNI"),
    ("Sundays", "2025-05-14", None, "SET", "XXXX-WXX-7"),
    # days relative to the dct, across month and year ends and 29 February
    ("today", "2025-05-14", None, "DATE", "2025-05-14"),
    ("yesterday", "2025-01-01", None, "DATE", "2024-12-31"),
    ("tomorrow", "2024-12-31", None, "DATE", "2025-01-01"),
    ("tomorrow", "2024-02-28", None, "DATE", "2024-02-29"),
    ("the day before yesterday", "2024-03-01", None, "DATE", "2024-02-28"),
    ("tonight", "2025-05-14", None, "TIME", "2025-05-14TNI"),
    ("last night", "2025-03-01", None, "TIME", "2025-02-28TNI"),
    ("yesterday afternoon", "2025-05-14", None, "TIME", "2025-05-13TAF"),
    ("this morning", "2025-05-14", None, "TIME", "2025-05-14TMO"),
    # absolute and partly absolute days
    ("May 16, 2025", "2025-06-01", None, "DATE", "2025-05-16"),
    ("16 May 2025", "2025-06-01", None, "DATE", "2025-05-16"),
    ("the 16th of May", "2025-06-01", None, "DATE", "2025-05-16"),
    ("Friday, May 16", "2025-06-01", None, "DATE", "2025-05-16"),
    ("Sept. 11, 2001", "2025-06-01", None, "DATE", "2001-09-11"),
    ("2025-05-16", None, None, "DATE", "2025-05-16"),
    ("5/16/2025", None, None, "DATE", "2025-05-16"),
    ("16/5/2025", None, None, "DATE", "2025-05-16"),
    ("Dec. 30", "2025-01-03", "past", "DATE", "2024-12-30"),
    ("January 2", "2024-12-28", "future", "DATE", "2025-01-02"),
    ("June 3", "2025-06-10", None, "DATE", "2025-06-03"),
    # months, years, decades, centuries
    ("June 2021", "2025-05-14", None, "DATE", "2021-06"),
    ("June", "2025-03-10", "past", "DATE", "2024-06"),
    ("June", "2025-03-10", "future", "DATE", "2025-06"),
    ("in March", "2025-03-20", "past", "DATE", "2025-03"),
    ("December", "2025-01-10", "future", "DATE", "2025-12"),
    ("January", "2025-02-01", "past", "DATE", "2025-01"),
    ("last March", "2025-05-14", None, "DATE", "2025-03"),
    ("next January", "2024-11-05", None, "DATE", "2025-01"),
    ("early June", "2025-08-01", "past", "DATE", "2025-06"),
    ("2019", "2025-05-14", None, "DATE", "2019"),
    ("late 2019", "2025-05-14", None, "DATE", "2019"),
    ("mid-2011", "2025-05-14", None, "DATE", "2011"),
    ("the 1990s", "2025-05-14", None, "DATE", "199"),
    ("the early '80s", "2025-05-14", None, "DATE", "198"),
    ("the 20th century", "2025-05-14", None, "DATE", "19"),
    ("the twenty-first century", "2025-05-14", None, "DATE", "20"),
    ("fiscal 2024", "2025-05-14", None, "DATE", "FY2024"),
    # weeks, ISO numbering at year ends (2020 has 53 ISO weeks)
    ("this week", "2025-05-14", None, "DATE", "2025-W20"),
    ("last week", "2025-01-02", None, "DATE", "2024-W52"),
    ("next week", "2020-12-24", None, "DATE", "2020-W53"),
    ("next week", "2020-12-31", None, "DATE", "2021-W01"),
    ("this week", "2021-01-01", None, "DATE", "2020-W53"),
    ("last week", "2026-01-05", None, "DATE", "2026-W01"),
    ("this weekend", "2025-05-14", None, "DATE", "2025-W20-WE"),
    ("next weekend", "2025-12-31", None, "DATE", "2026-W02-WE"),
    # months and years relative to the dct
    ("last month", "2025-01-15", None, "DATE", "2024-12"),
    ("next month", "2024-12-15", None, "DATE", "2025-01"),
    ("this month", "2025-05-14", None, "DATE", "2025-05"),
    ("last year", "2025-01-01", None, "DATE", "2024"),
    ("next year", "2025-12-31", None, "DATE", "2026"),
    ("earlier this year", "2025-05-14", None, "DATE", "2025"),
    ("a year ago", "2025-05-14", None, "DATE", "2024"),
    ("two years ago", "2025-05-14", None, "DATE", "2023"),
    ("three months ago", "2025-02-10", None, "DATE", "2024-11"),
    ("five days ago", "2025-01-03", None, "DATE", "2024-12-29"),
    ("a week ago", "2025-01-03", None, "DATE", "2024-12-27"),
    ("two weeks from now", "2025-12-25", None, "DATE", "2026-01-08"),
    # quarters, halves, seasons
    ("the first quarter of 2009", "2025-05-14", None, "DATE", "2009-Q1"),
    ("the fourth quarter", "2025-02-01", "past", "DATE", "2024-Q4"),
    ("the third quarter", "2025-02-01", "future", "DATE", "2025-Q3"),
    ("last quarter", "2025-02-01", None, "DATE", "2024-Q4"),
    ("next quarter", "2024-11-01", None, "DATE", "2025-Q1"),
    ("the third quarter of last year", "2025-02-01", None, "DATE", "2024-Q3"),
    ("Q2 2023", "2025-05-14", None, "DATE", "2023-Q2"),
    ("the second half of 2022", "2025-05-14", None, "DATE", "2022-H2"),
    ("summer 2024", "2025-05-14", None, "DATE", "2024-SU"),
    ("this summer", "2025-05-14", None, "DATE", "2025-SU"),
    ("next spring", "2025-05-14", None, "DATE", "2026-SP"),
    ("last autumn", "2025-05-14", None, "DATE", "2024-FA"),
    # durations
    ("three years", "2025-05-14", None, "DURATION", "P3Y"),
    ("18 months", "2025-05-14", None, "DURATION", "P18M"),
    ("thirty minutes", "2025-05-14", None, "DURATION", "PT30M"),
    ("two hours", "2025-05-14", None, "DURATION", "PT2H"),
    ("half an hour", "2025-05-14", None, "DURATION", "PT30M"),
    ("two and a half years", "2025-05-14", None, "DURATION", "P2.5Y"),
    ("twenty-five years", "2025-05-14", None, "DURATION", "P25Y"),
    ("a decade", "2025-05-14", None, "DURATION", "P10Y"),
    ("a fortnight", "2025-05-14", None, "DURATION", "P2W"),
    ("several weeks", "2025-05-14", None, "DURATION", "PXW"),
    ("the past nine days", "2025-05-14", None, "DURATION", "P9D"),
    ("the next four years", "2025-05-14", None, "DURATION", "P4Y"),
    ("more than a week", "2025-05-14", None, "DURATION", "P1W"),
    ("27-year", "2025-05-14", None, "DURATION", "P27Y"),
    ("two consecutive quarters", "2025-05-14", None, "DURATION", "P2Q"),
    # sets
    ("every year", "2025-05-14", None, "SET", "P1Y"),
    ("every other week", "2025-05-14", None, "SET", "P2W"),
    ("weekly", "2025-05-14", None, "SET", "P1W"),
    ("every Monday", "2025-05-14", None, "SET", "XXXX-WXX-1"),
    ("twice a month", "2025-05-14", None, "SET", "P1M"),
    # clock times, dated by the dct unless a day is named
    ("6:40 p.m.", "2025-05-14", None, "TIME", "2025-05-14T18:40"),
    ("at 18:00 UTC", "2025-05-14", None, "TIME", "2025-05-14T18:00Z"),
    ("8 a.m. tomorrow", "2025-05-14", None, "TIME", "2025-05-15T08:00"),
    ("12 a.m.", "2025-05-14", None, "TIME", "2025-05-14T00:00"),
    ("noon", "2025-05-14", None, "TIME", "2025-05-14T12:00"),
    ("midnight", "2025-05-14", None, "TIME", "2025-05-14T24:00"),
    # vague references
    ("now", "2025-05-14", None, "DATE", "PRESENT_REF"),
    ("recently", "2025-05-14", None, "DATE", "PAST_REF"),
    ("in the past", "2025-05-14", None, "DATE", "PAST_REF"),
    ("the near future", "2025-05-14", None, "DATE", "FUTURE_REF"),
    ("soon", "2025-05-14", None, "DATE", "FUTURE_REF"),
    ("in the coming days", "2025-05-14", None, "DATE", "FUTURE_REF"),
    ("several years ago", "2025-05-14", None, "DATE", "PAST_REF"),
    # holidays
    ("Christmas Day", "2025-12-01", "future", "DATE", "2025-12-25"),
    ("Christmas", "2025-01-10", "past", "DATE", "2024-12-25"),
    ("Easter 2024", "2025-05-14", None, "DATE", "2024-03-31"),
    ("New Year's Day", "2025-12-20", "future", "DATE", "2026-01-01"),
    # no publication date: relative values stay underspecified
    ("Friday", None, "past", "DATE", "XXXX-WXX-5"),
    ("last week", None, None, "DATE", "XXXX-WXX"),
    ("yesterday", None, None, "DATE", "XXXX-XX-XX"),
    ("June 5", None, None, "DATE", "XXXX-06-05"),
    ("June", None, "past", "DATE", "XXXX-06"),
    ("next year", None, None, "DATE", "XXXX"),
    ("this morning", None, None, "TIME", "XXXX-XX-XXTMO"),
    ("the fourth quarter", None, None, "DATE", "XXXX-Q4"),
    ("this summer", None, None, "DATE", "XXXX-SU"),
    ("6 p.m.", None, None, "TIME", "XXXX-XX-XXT18:00"),
]


@pytest.mark.parametrize("phrase,dct,tense,typ,value", CASES)
def test_value(phrase, dct, tense, typ, value):
    t = resolve(phrase, D(dct) if dct else None, tense)
    assert t is not None, phrase
    assert (t.type, t.value) == (typ, value)


RELATIVE_WITHOUT_DCT = [c for c in CASES if c[1] is None and c[4].startswith("X")]


@pytest.mark.parametrize("phrase,dct,tense,typ,value", RELATIVE_WITHOUT_DCT)
def test_unresolved_relative_values_are_flagged(phrase, dct, tense, typ, value):
    assert resolve(phrase, None, tense).anchored is False


@pytest.mark.parametrize("phrase", ["2019", "May 16, 2025", "three years", "every year"])
def test_absolute_values_need_no_dct(phrase):
    t = resolve(phrase, None)
    assert t.anchored and not t.value.startswith("X")


# (phrase, dct, expected value, earliest, latest): intervals of vague or coarse values
INTERVALS = [
    ("June 3", "2025-06-10", "2025-06-03", "2025-06-03", "2025-06-03"),
    ("mid-May", "2025-03-01", "2025-05", "2025-05-11", "2025-05-20"),
    ("early June", "2025-03-01", "2025-06", "2025-06-01", "2025-06-10"),
    ("late 2019", "2025-03-01", "2019", "2019-09-01", "2019-12-31"),
    ("earlier this year", "2025-05-14", "2025", "2025-01-01", "2025-05-14"),
    ("later this month", "2025-05-14", "2025-05", "2025-05-14", "2025-05-31"),
    ("since 2022", "2025-05-14", "2022", "2022-01-01", "2025-05-14"),
    ("next week", "2025-05-14", "2025-W21", "2025-05-19", "2025-05-25"),
    ("in the coming days", "2025-05-14", "FUTURE_REF", "2025-05-15", "2025-05-21"),
    ("this weekend", "2025-05-14", "2025-W20-WE", "2025-05-17", "2025-05-18"),
    ("the first quarter of 2009", "2025-05-14", "2009-Q1", "2009-01-01", "2009-03-31"),
    ("last winter", "2025-03-01", "2024-WI", "2024-12-01", "2025-02-28"),
    ("the 1990s", "2025-05-14", "199", "1990-01-01", "1999-12-31"),
]


@pytest.mark.parametrize("phrase,dct,value,earliest,latest", INTERVALS)
def test_interval(phrase, dct, value, earliest, latest):
    t = resolve(phrase, D(dct))
    assert (t.value, t.earliest, t.latest) == (value, D(earliest), D(latest))


def test_phrase_without_time_expression_gives_none():
    assert resolve("the minister of foreign affairs", D("2025-05-14")) is None


@pytest.mark.parametrize("value,expected", [
    ("2025-05-16", ("2025-05-16", "date")),
    ("2025-05", ("2025-05", "gYearMonth")),
    ("2019", ("2019", "gYear")),
    ("2025-05-16T18:40Z", ("2025-05-16T18:40:00Z", "dateTime")),
    ("P3Y", ("P3Y", "duration")),
    ("P2W", ("P14D", "duration")),
    ("P2.5Y", ("P2Y6M", "duration")),
    ("PT30M", ("PT30M", "duration")),
    ("2025-W20", None),
    ("PRESENT_REF", None),
    ("XXXX-WXX-5", None),
    ("P1.5D", None),
])
def test_xsd_form(value, expected):
    from diplograph.timex.xsd import xsd_form

    assert xsd_form(value) == expected
