"""Tagging running text: extents, tense from the sentence, narrative anchors, non-dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.timex import shift, tag

DCT = date(2025, 5, 14)  # a Wednesday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text,expected", [
    ("The foreign minister said on Friday that talks had stalled.", [("Friday", "2025-05-09")]),
    ("Ministers will meet on Friday in Geneva.", [("Friday", "2025-05-16")]),
    ("The envoy said Tuesday the ceasefire was holding.", [("Tuesday", "2025-05-13")]),
    ("The summit is scheduled to open on Monday.", [("Monday", "2025-05-19")]),
    ("The vote is expected to be held on Saturday.", [("Saturday", "2025-05-17")]),
    ("On Monday, the delegation arrived in Oslo.", [("Monday", "2025-05-12")]),
])
def test_weekday_direction_follows_the_sentence(text, expected):
    assert values(text) == expected


def test_extent_leaves_prepositions_out_and_keeps_modifiers():
    text = "Talks resumed in early June and lasted for nearly three weeks, ending on March 3."
    assert [t.text for t in tag(text, DCT)] == ["early June", "nearly three weeks", "March 3"]


def test_narrative_anchor_for_later_and_same_day():
    text = ("The accord was signed on March 3, 2024. Two days later the parliament ratified it, "
            "and the same day the envoy left. A year earlier talks had failed.")
    assert values(text) == [("March 3, 2024", "2024-03-03"), ("Two days later", "2024-03-05"),
                            ("the same day", "2024-03-05"), ("A year earlier", "2023")]


@pytest.mark.parametrize("text,expected", [
    ("The envoy, who had seen the king the day before, reached Amman on Monday.",
     [("the day before", "2025-05-11"), ("Monday", "2025-05-12")]),
    ("Having signed the deal the previous day, the ministers left Lima on Friday.",
     [("the previous day", "2025-05-08"), ("Friday", "2025-05-09")]),
    ("The delegation met on Monday; a day earlier it had toured the port.",
     [("Monday", "2025-05-12"), ("a day earlier", "2025-05-11")]),
    ("The day before, the minister spoke to the press. Talks opened in Oslo on Friday.",
     [("The day before", "2025-05-13"), ("Friday", "2025-05-09")]),  # another sentence: the story's day
])
def test_a_day_counted_before_its_anchor_takes_the_day_its_sentence_names_next(text, expected):
    assert values(text) == expected


def test_clock_time_takes_the_day_named_next_to_it():
    text = "The statement came at 16:15 GMT on Tuesday, June 10."
    found = tag(text, date(2025, 6, 12))
    assert found[0].value == "2025-06-10T16:15Z"


def test_year_earlier_after_a_quarter_is_that_quarter():
    text = "Exports in the second quarter rose from a year earlier and from the year-earlier period."
    assert values(text, date(2024, 8, 1)) == [
        ("the second quarter", "2024-Q2"), ("a year earlier", "2023-Q2"),
        ("the year-earlier period", "2023-Q2")]


def test_clock_time_takes_the_story_day_not_an_old_date():
    text = ("The ministers met late Tuesday. The fiscal year ended Sept. 30. "
            "At 3:30 p.m. the talks broke up. Another date: At 9 a.m. the market opened.")
    found = {t.text: t.value for t in tag(text, date(2025, 5, 14))}
    assert found["late Tuesday"] == "2025-05-13"
    assert found["3:30 p.m."] == "2025-05-14T15:30"
    assert found["9 a.m."] == "2025-05-14T09:00"


@pytest.mark.parametrize("text", [
    "You may ask the minister.",
    "Protesters plan to march on the capital.",
    "The Sunday Times reported the claim.",
    "Markets recalled Black Monday.",
    "Some 2000 troops were deployed.",
    "The Russell 2000 Index fell.",
    "Two A380s and three A350s were ordered.",
    "The now-defunct agency closed.",
    "About a quarter of the delegates left.",
])
def test_non_dates_are_not_tagged(text):
    assert tag(text, DCT) == []


def test_frequency_after_an_amount_is_a_set():
    found = tag("The fund pays out $5 billion a year.", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [("a year", "SET", "P1Y")]


def test_year_range_gives_each_year():
    assert values("Deliveries run from 2026 to 2028.") == [("2026", "2026"), ("2028", "2028")]


def test_hyphenated_year_range_gives_each_year():
    assert values("He chaired the council in 2020-2021.") == [("2020", "2020"), ("2021", "2021")]


@pytest.mark.parametrize("text,expected", [
    ("Over the weekend the envoy spoke to reporters.", "2025-W19-WE"),  # dct is a Wednesday
    ("The envoy will travel at the weekend.", "2025-W20-WE"),
    ("Talks continued last weekend.", "2025-W19-WE"),
])
def test_weekend_follows_tense(text, expected):
    assert [v for _, v in values(text)] == [expected]


def test_day_before_counts_from_the_story_day():
    text = "The summit opened on Monday. The day before, ministers met in Doha."
    assert values(text) == [("Monday", "2025-05-12"), ("The day before", "2025-05-11")]


def test_whole_periods_and_the_year_before():
    text = "For the entire year exports rose, after falling the year before."
    assert values(text, date(2010, 1, 28)) == [("the entire year", "2010"), ("the year before", "2009")]


def test_duration_range_gives_both_ends():
    assert values("The review takes between 60 and 90 days.") == [("60", "P60D"), ("90 days", "P90D")]


def test_without_dct_relative_values_are_unanchored_and_absolute_ones_kept():
    found = tag("He arrived on Friday, two days after the June 5, 2019 vote.", None)
    by_text = {t.text: t for t in found}
    assert by_text["Friday"].value == "XXXX-WXX-5" and not by_text["Friday"].anchored
    assert by_text["June 5, 2019"].value == "2019-06-05" and by_text["June 5, 2019"].anchored


def test_shift_resolves_a_day_after_an_event():
    found = tag("The rebels withdrew a day after the talks.", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [("a day", "DURATION", "P1D")]
    moved = shift(found[0], date(2025, 2, 28))
    assert (moved.type, moved.value, moved.earliest) == ("DATE", "2025-03-01", date(2025, 3, 1))
    assert shift(found[0], date(2025, 2, 28), -1).value == "2025-02-27"


def test_shift_of_two_weeks_earlier_goes_back():
    found = tag("Two weeks earlier, the ministers had met.", DCT)
    moved = shift(found[0], date(2025, 1, 10))
    assert moved.value == "2024-12-27"


def test_spacy_doc_supplies_tense(nlp_timex):
    text = "Markets are to remain closed until Friday, officials said."
    doc = nlp_timex(text)
    assert values(text) == [("Friday", "2025-05-16")]
    assert [(t.text, t.value) for t in tag(text, DCT, doc=doc)] == [("Friday", "2025-05-16")]


def test_spacy_entities_used_only_for_the_docs_own_text(nlp_timex):
    """The doc's entities count only when it is the parse of this very text (spaces and scripts included)."""
    from diplograph.timex.tagger import _same_text

    for text in ("Talks resume on Friday, officials said.", "  Talks\u00a0on  Friday.\n\n", "Путин 北京 Friday ", ""):
        doc = nlp_timex(text)
        assert _same_text(doc, text)
        assert not _same_text(doc, text + " ")
        assert not _same_text(doc, text.upper()) or text == text.upper()
    assert not _same_text(nlp_timex(""), None)


def test_entities_the_caller_read_stand_for_the_docs(nlp_timex):
    """A caller that has read the parse's entities already passes them: the same expressions as the doc's own."""
    for text in ("Talks resume on Friday, officials said.", "The envoy arrived on 3 May 2024 and left a week later.",
                 "Ministers met over the weekend ahead of the autumn session."):
        doc = nlp_timex(text)
        assert tag(text, DCT, doc=doc, ents=doc.ents) == tag(text, DCT, doc=doc)


@pytest.fixture(scope="module")
def nlp_timex():
    from diplograph.timex.parse import nlp

    return nlp()


WORDS = st.sampled_from([
    "on", "Friday", "last", "next", "week", "May", "16", ",", "2025", "the", "past", "three",
    "years", "ago", "early", "mid-", "June", "12:30", "p.m.", "UTC", "every", "a", "day",
    "after", "since", "'82", "1990s", "quarter", "first", "of", "this", "morning", "\n", ".",
    "Q3", "FY2024", "-", "tomorrow", "half", "and", "Christmas", "said", "will", "7/8/07",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=25), st.one_of(st.none(), st.dates()))
def test_offsets_stay_in_bounds_on_date_like_text(words, dct):
    text = " ".join(words)
    _check(text, dct)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_nothing_raises_on_arbitrary_text(text, dct):
    _check(text, dct)


def _check(text: str, dct: date | None) -> None:
    found = tag(text, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end  # sorted and not overlapping
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if dct is None and t.value[:1] == "X" and t.type != "SET":
            assert not t.anchored  # a relative value with nothing to anchor it


def test_str_lower_folds_like_the_anchor_table_outside_four_letters():
    """Every character but the four keeps its length under str.lower(), and ASCII, digit and word class alike."""
    import re
    import sys

    from diplograph.timex.patterns import _FOLD_ASCII, _FOLD_ONLY

    word, digit = re.compile(r"[\w'’]"), re.compile(r"\d")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c in _FOLD_ONLY or 0xD800 <= cp <= 0xDFFF or (low := c.lower()) == c:
            continue
        assert len(low) == 1 and (low == c.translate(_FOLD_ASCII) or not low.isascii() and not c.isascii()), hex(cp)
        assert bool(word.match(low)) == bool(word.match(c)) and bool(digit.match(low)) == bool(digit.match(c)), hex(cp)


@pytest.mark.parametrize("text", ["Talks ON MONDAY and İstanbul next WEEK", "ſunday Kelvin \u212a 3 May",
                                  "ÉLYSÉE TALKS TUESDAY — “Last Year's” ÖSTERREICH DEC. 12"])
def test_anchor_starts_are_the_same_folded_either_way(text):
    from diplograph.timex import patterns

    folded = [m.start() for m in patterns._ANCHOR_FOLDED.finditer(text.translate(patterns._FOLD_ASCII))]
    assert [m.start() for m in patterns._ANCHOR_FOLDED.finditer(patterns._folded(text))] == folded
    assert folded


@pytest.mark.parametrize("text", ["Talks ON MONDAY and İstanbul next WEEK", "ſunday Kelvin \u212a 3 May, '98 o'clock",
                                  "the mid-1990s: predecessor decided—twenty-one days’ talks; ÖSTERREICH DEC. 12"])
def test_starts_tries_the_anchor_at_word_starts_only(text):
    """starts() reads anchors at word starts: the same offsets as the anchor's search over every character."""
    from bisect import bisect_right

    from diplograph.timex import patterns

    words = [m.start() for m in patterns.WORD_START.finditer(text)]
    keep = set()
    for m in patterns._ANCHOR_FOLDED.finditer(patterns._folded(text)):
        upto = bisect_right(words, m.start())
        keep.update(words[max(0, upto - patterns.LOOKBACK - 1): upto])
    assert patterns.starts(text) == sorted(keep) and keep


_RULE_WORDS_TEXT = ("In the FIRST QUARTER of 2024, and the second-half outlook for the latter half of next year; "
                    "in early SPRING, last autumn and the fall of 1998; the 21st century and the nineties; fiscal 2023, "
                    "FY24 and the 2022 financial year; at weekends, on weekdays and on Mondays; the ſame period a year "
                    "earlier and the year-earlier quarter, the same quarter of last year.")


def _every_rule_everywhere(text: str) -> list[tuple[int, int, str, str]]:
    """Every rule's non-empty match at every start, in candidates()' order: what its shortcuts must give again."""
    from diplograph.timex import patterns

    every = [(m.start(), m.end(), name, m.group()) for pos in patterns.starts(text)
             for name, rx in patterns.rules_starting(text[pos]) if (m := rx.match(text, pos)) and m.end() > m.start()]
    return sorted(every, key=lambda c: (c[0], -(c[1] - c[0]), patterns.PRIORITY[c[2]]))


@pytest.mark.parametrize("text", [_RULE_WORDS_TEXT, _RULE_WORDS_TEXT.upper(), "Talks on Monday, \u212aabul, 3 May",
                                  "No seasons, halves or quarters here: just talks on 3 May 2024."])
def test_a_rule_is_skipped_only_where_none_of_its_words_is_in_the_text(text):
    """candidates() leaves out a rule whose needed words the folded text lacks: every match of the rule holds one
    (so the candidates are those of every rule tried at every start)."""
    from diplograph.timex import patterns

    every = _every_rule_everywhere(text)
    for pos, _, name, found in every:
        if name in patterns._NEEDED:
            assert any(w in patterns._folded(found) for w in patterns._NEEDED[name]), (name, found)
    assert [(a, b, n, m.group()) for a, b, n, m in patterns.candidates(text)] == every
    assert all(w in patterns.RULES[name].lower() for name, words in patterns._NEEDED.items() for w in words[:1])


_LEAD_TEXTS = ("About twenty-one days ago, a couple of weeks later and several hours earlier; Sept. 3, Mon. 4 Sept 2019, "
               "Thurs. the 5th of MAY, mid-June, end-2024, the early 1990s, late last year, the day before yesterday; "
               "Twice a week and once per month, every other Friday, at least 3 years, Independence Day 2024, Christmas "
               "Eve, New Year's Day, Valentines day, Good Friday; semi-annual, bi-weekly, 10:30 a.m. GMT, noon Monday; "
               "the ſame week, Kabul, İstanbul 12 MAY; soon, the near future, twelve-month, decade-long, 2nd half")


@pytest.mark.parametrize("text", [_LEAD_TEXTS, _LEAD_TEXTS.upper(), _LEAD_TEXTS.lower(), _RULE_WORDS_TEXT.lower(),
                                  _LEAD_TEXTS.replace(" ", "\n"), _LEAD_TEXTS.replace(" ", "-")])
def test_a_rule_is_tried_only_where_the_letters_open_one_of_its_matches(text):
    """candidates() skips a rule at a start whose folded letters open none of its matches (_LEADS, read from the
    parsed rule): the candidates are those of every rule tried at every start."""
    from diplograph.timex import patterns

    every = _every_rule_everywhere(text)
    for pos, _, name, found in every:
        if (leads := patterns._LEADS[name]) is not None and found[:1].isascii() \
                and (head := patterns._HEAD.match(patterns._folded(text), pos).group()).isalpha():
            assert head.startswith(leads[0]) or head in leads[1], (name, found)
    assert [(a, b, n, m.group()) for a, b, n, m in patterns.candidates(text)] == every and len(every) > 20
    assert "about" in patterns._LEADS["ago"][1] and patterns._LEADS["dur"] is not None


@pytest.mark.parametrize("text,expected", [  # dct 2025-05-14 is a Wednesday of ISO week 20
    ("The call took place on Tuesday of last week.", ("Tuesday of last week", "2025-05-06")),
    ("They met on Monday last week in Rabat.", ("Monday last week", "2025-05-05")),
    ("The envoy arrives on Friday of next week.", ("Friday of next week", "2025-05-23")),
    ("The ministers sit again on Sunday this week.", ("Sunday this week", "2025-05-18")),
])
def test_a_weekday_of_a_named_week_is_that_week_s_day(text, expected):
    assert values(text) == [expected]
