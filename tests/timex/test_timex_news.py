"""TIMEX3 values for the conventions of 1990s wire and business news (TimeML/TempEval-3 style)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.timex import resolve, tag

D = date.fromisoformat

# (phrase, dct, governing tense, expected type, expected value); dct 1998-11-04 is a Wednesday
CASES = [
    # business-news quarters and halves, the year written before the ordinal
    ("the 1990 fourth quarter", "1998-11-04", None, "DATE", "1990-Q4"),
    ("the 1999 first quarter", "1998-11-04", None, "DATE", "1999-Q1"),
    ("last year's third quarter", "1998-11-04", None, "DATE", "1997-Q3"),
    ("this year's second quarter", "1998-11-04", None, "DATE", "1998-Q2"),
    ("the 1998 first half", "1998-11-04", None, "DATE", "1998-H1"),
    ("last year's second half", "1998-11-04", None, "DATE", "1997-H2"),
    ("the year's second half", "1998-11-04", None, "DATE", "1998-H2"),
    ("the fiscal second quarter", "1998-11-04", "past", "DATE", "1998-Q2"),
    ("the latest quarter", "1998-11-04", None, "DATE", "1998-Q3"),
    ("the latest quarter", "1999-02-10", None, "DATE", "1998-Q4"),
    ("the third quarter", "1998-11-04", "past", "DATE", "1998-Q3"),
    ("fiscal 1997", "1998-11-04", None, "DATE", "FY1997"),
    ("year-end", "1998-11-04", None, "DATE", "1998"),
    ("a year earlier", "1998-11-04", None, "DATE", "1997"),
    # news days: bare weekdays and 'yesterday' lean to the past
    ("Friday", "1998-11-04", None, "DATE", "1998-10-30"),
    ("yesterday", "1998-11-04", None, "DATE", "1998-11-03"),
    ("Tuesday night", "1998-11-04", "past", "TIME", "1998-11-03TNI"),
    ("Monday morning", "1998-11-04", "past", "TIME", "1998-11-02TMO"),
    ("the morning of June 24", "2025-07-01", None, "TIME", "2025-06-24TMO"),
    ("the evening of Oct. 4, 1997", "1998-11-04", None, "TIME", "1997-10-04TEV"),
    ("the day before", "1998-11-04", None, "DATE", "1998-11-03"),
    ("the weekend", "2025-05-14", "past", "DATE", "2025-W19-WE"),
    ("the weekend", "2025-05-14", "future", "DATE", "2025-W20-WE"),
    ("this week", "1998-01-01", None, "DATE", "1998-W01"),
    ("earlier this month", "1998-11-04", None, "DATE", "1998-11"),
    ("this past weekend", "1998-11-04", None, "DATE", "1998-W44-WE"),
    ("this coming week", "1998-11-04", None, "DATE", "1998-W46"),
    ("late last year", "1998-11-04", None, "DATE", "1997"),
    ("the end of the year", "1998-11-04", None, "DATE", "1998"),
    # numeric dates in the three common orders
    ("15.03.2024", "2025-01-01", None, "DATE", "2024-03-15"),
    ("2024/03/15", "2025-01-01", None, "DATE", "2024-03-15"),
    ("03/15/2024", "2025-01-01", None, "DATE", "2024-03-15"),
    # decades and centuries, in digits and in words
    ("the sixties", "1998-11-04", None, "DATE", "196"),
    ("the late seventies", "1998-11-04", None, "DATE", "197"),
    ("the 1930s", "1998-11-04", None, "DATE", "193"),
    ("the 19th century", "1998-11-04", None, "DATE", "18"),
    # seasons: 'last' is the latest one already over, 'next' the first still to begin
    ("last summer", "1998-11-04", None, "DATE", "1998-SU"),
    ("last summer", "1998-07-04", None, "DATE", "1997-SU"),
    ("last winter", "2025-02-01", None, "DATE", "2023-WI"),
    ("next winter", "2025-01-10", None, "DATE", "2025-WI"),
    ("the winter of 1997", "1998-11-04", None, "DATE", "1997-WI"),
    # durations, ago-dates and sets
    ("the past five years", "1998-11-04", None, "DURATION", "P5Y"),
    ("a decade", "1998-11-04", None, "DURATION", "P10Y"),
    ("two years ago", "1998-11-04", None, "DATE", "1996"),
    ("a decade ago", "1998-11-04", None, "DATE", "1988"),
    ("each year", "1998-11-04", None, "SET", "P1Y"),
    ("annually", "1998-11-04", None, "SET", "P1Y"),
    ("each month", "1998-11-04", None, "SET", "P1M"),
    # vague references
    ("currently", "1998-11-04", None, "DATE", "PRESENT_REF"),
    ("now", "1998-11-04", None, "DATE", "PRESENT_REF"),
    ("recently", "1998-11-04", None, "DATE", "PAST_REF"),
    ("recent years", "1998-11-04", None, "DATE", "PAST_REF"),
    # holidays by tense
    ("Labor Day", "1998-11-04", "past", "DATE", "1998-09-07"),
    ("Thanksgiving", "1998-11-04", "future", "DATE", "1998-11-26"),
    # a bare clock time in a past-tense line (a live blog's "14:05") is on the story's day, not the day before
    ("14:05", "1998-11-04", "past", "TIME", "1998-11-04T14:05"),
]


@pytest.mark.parametrize("phrase,dct,tense,typ,value", CASES)
def test_news_value(phrase, dct, tense, typ, value):
    t = resolve(phrase, D(dct), tense)
    assert t is not None, phrase
    assert (t.text, t.type, t.value) == (phrase, typ, value)


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, D(dct))]


def test_a_range_of_years_gives_one_timex_per_year():
    assert _tags("Output grew from 2009 to 2011.", "2015-01-01") == [
        ("2009", "DATE", "2009"), ("2011", "DATE", "2011")]


def test_a_verb_ending_in_k_is_no_amount_before_a_frequency():
    assert _tags("The rebuilding took a decade.", "1998-11-04") == [("a decade", "DURATION", "P10Y")]
    assert _tags("The plant loses $5 million a year.", "1998-11-04") == [("a year", "SET", "P1Y")]


def test_current_as_an_adjective_is_not_tagged():
    assert _tags("The current chairman resigned.", "1998-11-04") == []


def test_part_of_day_joins_the_date_after_it():
    found = _tags("Rebels attacked on the night of March 3 and withdrew.", "1998-11-04")
    assert found == [("the night of March 3", "TIME", "1998-03-03TNI")]


def test_possessive_decade_words_are_ages():
    assert _tags("Most voters in their sixties stayed home.", "1998-11-04") == []


def test_dotted_short_numbers_are_not_dates():
    assert _tags("Version 1.5.98 of the program shipped.", "1998-11-04") == []


def test_noon_and_midnight_take_the_day_named_after_them():
    assert _tags("The deadline passed at midnight Friday.", "1998-11-04") == [
        ("midnight Friday", "TIME", "1998-10-30T24:00")]


def test_over_before_the_past_is_a_preposition():
    assert _tags("Prices rose over the past 12 months.", "1998-11-04") == [
        ("the past 12 months", "DURATION", "P12M")]
    assert _tags("It lasted over 12 months.", "1998-11-04") == [("over 12 months", "DURATION", "P12M")]


@pytest.mark.parametrize("phrase,value", [
    ("a year and a half ago", "1997-05"),
    ("two and a half years ago", "1996-05"),
])
def test_half_years_ago_count_in_months(phrase, value):
    assert resolve(phrase, D("1998-11-04")).value == value


def test_in_the_quarter_is_the_quarter_under_discussion():
    found = _tags("Sales rose in the third quarter. In the quarter, costs fell.", "1998-11-04")
    assert found[-1] == ("the quarter", "DATE", "1998-Q3")


@pytest.mark.parametrize("text,value", [
    ("9:30 this morning", "1998-11-04T09:30"),
    ("10 p.m. last night", "1998-11-03T22:00"),
    ("6 a.m. tomorrow morning", "1998-11-05T06:00"),
])
def test_clock_time_with_a_part_of_a_near_day(text, value):
    assert _tags(f"It happened at {text}.", "1998-11-04") == [(text, "TIME", value)]


@pytest.mark.parametrize("phrase,value", [
    ("every few years", "PXY"),
    ("each spring", "XXXX-SP"),
    ("every weekday", "XXXX-WXX-WD"),
    ("weekends", "XXXX-WXX-WE"),
    ("semiannually", "P6M"),
])
def test_recurring_sets(phrase, value):
    t = resolve(phrase, D("1998-11-04"))
    assert (t.text, t.type, t.value) == (phrase, "SET", value)


@pytest.mark.parametrize("phrase,value,earliest,latest", [
    ("the early part of the year", "1998", "1998-01-01", "1998-05-01"),
    ("the latter part of 1997", "1997", "1997-09-01", "1997-12-31"),
    ("the later part of the month", "1998-11", "1998-11-21", "1998-11-30"),
])
def test_parts_of_periods_narrow_the_interval(phrase, value, earliest, latest):
    t = resolve(phrase, D("1998-11-04"))
    assert (t.text, t.value, t.earliest, t.latest) == (phrase, value, D(earliest), D(latest))


def test_part_of_an_undated_day_stays_underspecified():
    t = resolve("the morning of June 24", None)
    assert (t.type, t.value, t.anchored) == ("TIME", "XXXX-06-24TMO", False)


def test_end_of_the_decade_is_the_dct_decade_narrowed():
    t = resolve("the end of the decade", D("1998-11-04"))
    assert (t.value, t.latest) == ("199", D("1999-12-31")) and t.earliest > D("1995-01-01")


@pytest.mark.parametrize("text,expr,value", [
    ("The talks open in Quito on Thursday (12) after a week of delays.", "Thursday", "2024-09-12"),
    ("The envoy landed on Monday night (9) for a three-day visit.", "Monday", "2024-09-09T"),
    ("Parliament meets this Friday (13) to vote on the treaty.", "Friday", "2024-09-13"),
])
def test_a_weekday_with_its_day_number_in_brackets_takes_that_day(text, expr, value):
    found = [t for t in tag(text, date(2024, 9, 11)) if expr in t.text]  # a Wednesday
    assert found and found[0].value.startswith(value) and found[0].text.endswith(")"), found


def test_a_bracketed_number_that_fits_no_nearby_weekday_is_left_alone():
    found = tag("The ministers will meet on Friday (3) in Lima.", date(2024, 9, 11))
    assert [t.value for t in found] == ["2024-09-13"]
