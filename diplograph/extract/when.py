"""The day a verb happened: its own time expression (tense-aware), or "a day after" another verb's day."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract.actors.columns import char_offsets, doc_text, entities, subtree_ids
from diplograph.extract.base import token_strings
from diplograph.records import Timex
from diplograph.timex import resolve
from diplograph.timex.dateline import dateline, day_headings, entry_stamps, live_headings, summary_start
from diplograph.timex.lexicon import WEEKDAYS
from diplograph.timex.values import value_day

# Children that carry the verb's reported content or its arguments, never its own time.
CONTENT_DEPS = frozenset("ccomp xcomp dobj nsubj nsubjpass csubj attr conj parataxis punct cc relcl".split())
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "several": None, "few": None}
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0}
_COARSE_UNITS = {"month": 1, "months": 1, "year": 12, "years": 12}  # "a year after X met Y": months back, not a day
_SAME_DAY = re.compile(r"^(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))$")


def own_tokens(verb, exclude: set[int] = frozenset()) -> list[int]:
    """The indices of the verb's adjunct tokens (time, place, manner), without its content, arguments or excluded
    ids (in no set order; a subtree's words are read as indices, no Token per word)."""
    out = []
    ahead, theirs = _fronted(verb)
    for child in [*verb.children, *ahead]:
        if child.i in exclude or child in theirs:
            continue
        if child.dep_ in CONTENT_DEPS:
            if child.dep_ in _OBJECTS:  # "will receive X at the palace this Wednesday (20)": parsed under X
                out.extend(t for c in child.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                           and c.i not in exclude for t in subtree_ids(c) if t not in exclude)
                out.extend(t for c in child.children if c.dep_ == "prep" and c.lower_ == "on" and c.i not in exclude
                           and any(o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.ent_type_ == "TIME" and any(
                               d.ent_type_ == "DATE" for d in o.children)) for o in c.children)
                           for t in subtree_ids(c) if t not in exclude)  # "signed an agreement on Wednesday",
                # "received X in Jeddah on Sunday evening" (a part of a named day, tagged a time)
            if child.dep_ in _SUBJECTS and child.i < verb.i:  # "Kenya and Uganda on Tuesday signed": parsed under
                out.extend(t for c in child.children if c.dep_ in ("prep", "npadvmod") and c.i not in exclude  # the
                           and _just_before(c, verb) and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                           for t in subtree_ids(c) if t not in exclude)  # subject ("X, the minister, today received")
                out.extend(c.i for c in child.children if c.dep_ == "compound" and c.ent_type_ == "DATE"
                           and c.i == child.left_edge.i and c.i not in exclude)  # "On Friday Mr Roe met": the day
                # parsed as the first word of the subject's name
            continue
        words = subtree_ids(child)
        if verb.pos_ == "NOUN":  # "talks with X, who arrived on Monday": X's day, not the talks'
            aside = _relative_clauses(verb.doc, words, of_people=True) | other_times(verb.doc, words)
        else:  # "wrote in a post, which was shared by Sunday evening": the post's day (but "came from X, who
            aside = _not_its_time(child, words)  # spoke on Monday": X's)
            if child.dep_ == "prep":
                aside |= _relative_clauses(verb.doc, words, of_people=False)
        out.extend(t for t in words if t not in exclude and t not in aside)
    return out


_YEAR = re.compile(r"\d{4}$")
_YEAR_SPAN = re.compile(r"\d{4}[-–]\d{2,4}$")
_SPAN_LINKS = frozenset(("-", "–", "to", "through"))


def _years_covered(start: int, sdoc) -> bool:
    """Whether the expression starting at that character is "for 2047-2050", "for 2091 to 2095": the years a
    roadmap or plan covers ("signed a roadmap for 2047-2050"), no date of any event."""
    starts = char_offsets(sdoc)[0]
    i = bisect_left(starts, start)
    if i >= len(starts) or starts[i] != start:
        return False
    first = sdoc[i - 2] if i >= 2 and sdoc[i - 1].lower_ in _SPAN_LINKS and _YEAR.match(sdoc[i].text) else sdoc[i]
    return first.dep_ == "pobj" and first.head.lower_ == "for" and year_span(first)  # (the tagger may split the span)


def year_span(obj) -> bool:
    """A year followed by another ("2047-2050", "2091 to 2095"): a span of years."""
    if _YEAR_SPAN.match(obj.text):
        return True
    doc = obj.doc
    return bool(_YEAR.match(obj.text)) and obj.i + 2 < len(doc) and doc[obj.i + 1].lower_ in _SPAN_LINKS \
        and bool(_YEAR.match(doc[obj.i + 2].text))


def _not_its_time(child, words: list[int]) -> set[int]:
    """"holding talks in X before travelling to Y a day later": the clause of another act before or after the
    verb's, timed by a count from this one, is that act's time (not "call on X before flying home today", which
    bounds the call's day); the indices of its words under a child of the verb, with other_times."""
    found = {t for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"
             and any(w.lower_ in ("later", "earlier") for w in c.subtree) for t in subtree_ids(c)} \
        if child.dep_ == "prep" and child.lower_ in ("before", "after") else set()
    return found | other_times(child.doc, words)


def other_times(doc, words: list[int]) -> set[int]:
    """Among the words, those of a time that is not the event's: "a declaration on building a rail link by 2048"
    (a deadline), "the commission, which last met in 2062" (its session before)."""
    lower, dep = token_strings(doc, "LOWER"), token_strings(doc, "DEP")
    found: set[int] = set()
    for i in words:
        if lower[i] == "by" and dep[i] == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE"
                                                          for o in doc[i].children) \
                or dep[i] == "relcl" and any(w.dep_ == "advmod" and w.lower_ in _BEFORE_NOW for w in doc[i].children):
            found.update(subtree_ids(doc[i]))
    return found


_OBJECTS = frozenset({"dobj"})


def _relative_clauses(doc, words: list[int], of_people: bool) -> set[int]:
    """The words of the relative clauses among words: those on people ("who", "whom", "whose") or the others."""
    dep = token_strings(doc, "DEP")
    return {t for r in words if dep[r] == "relcl" and any(w.lower_ in _WHO for w in doc[r].children) == of_people
            for t in subtree_ids(doc[r])}


def _fronted(verb) -> tuple[list, set]:
    """"X met Y on Monday, and on Tuesday he met Z": phrases after the "and" that open a joined clause, which the
    parser hung on the first verb, belong to the joined verb: (those this verb takes over, those it gives away)."""
    theirs = {c for j in verb.children if j.dep_ == "conj" and j.pos_ in ("VERB", "AUX") for c in _opening(verb, j)}
    return _ahead(verb), theirs


def _ahead(verb) -> list:
    """_fronted's first half alone: day_of asks only whether a joined verb takes over any phrase."""
    return _opening(verb.head, verb) if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") else []


def _opening(head, joined) -> list:
    """The prepositions under head between its last "and" before the joined verb and that verb."""
    cc = [c.i for c in head.children if c.dep_ == "cc" and c.i < joined.i]
    return [c for c in head.children if cc and max(cc) < c.i < joined.i and c.pos_ == "ADP"
            and c.dep_ in ("prep", "conj")]


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHO = frozenset("who whom whose".split())
_BEFORE_NOW = frozenset("last previously".split())  # "which last met in May": an earlier session's time


def _just_before(phrase, verb) -> bool:
    """True when only auxiliaries, negations and adverbs stand between a phrase and the verb after it."""
    between = verb.doc[phrase.right_edge.i + 1:verb.i]
    return phrase.right_edge.i < verb.i and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between)


def find_timex(tokens, timexes: list[Timex], sdoc) -> Timex | None:
    """The first DATE/TIME expression overlapping the tokens: tagged timexes first, then spaCy's."""
    return timex_among([t.i for t in tokens], timexes, sdoc)


def timex_among(ids: list[int], timexes: list[Timex], sdoc) -> Timex | None:
    """find_timex over token indices (their characters read from the document's offset columns)."""
    if not ids:
        return None
    starts, ends = char_offsets(sdoc)
    spans = [(starts[i], ends[i]) for i in ids]
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    tagged, ents = _dated(timexes, sdoc)
    for tx in tagged:
        if tx.start >= hi:
            break
        if tx.end > lo and any(a < tx.end and tx.start < b for a, b in spans):
            return tx
    ids = set(ids)
    for start, end, ent in ents:
        if start >= hi:
            break  # (in text order: none further on overlaps)
        if end > lo and any(ent.start <= i < ent.end for i in ids):
            return Timex(ent.start_char, ent.end_char, ent.text, ent.label_, "", anchored=False)
    return None


def _dated(timexes: list[Timex], sdoc) -> tuple[list[Timex], list]:
    """DATE/TIME expressions by start, and spaCy's DATE/TIME entities, worked out once per document."""
    found = _dated_all(timexes, sdoc)
    return found[1], found[2]


def _dated_all(timexes: list[Timex], sdoc) -> tuple:
    found = sdoc.user_data.get("diplograph-dated")
    if found is None or found[0] is not timexes:
        tagged = sorted((tx for tx in timexes if tx.type in ("DATE", "TIME") and not _years_covered(tx.start, sdoc)),
                        key=lambda x: x.start)
        ents = [(e.start_char, e.end_char, e) for e in entities(sdoc) if e.label_ in ("DATE", "TIME")
                and not _years_covered(e.start_char, sdoc)]
        spans = sorted([(tx.start, tx.end) for tx in tagged] + [(a, b) for a, b, _ in ents])
        reach, furthest = [], -1  # furthest end among the spans starting at or before each one
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        found = sdoc.user_data["diplograph-dated"] = (timexes, tagged, ents, [a for a, _ in spans], reach)
    return found


def may_be_dated(verb, timexes: list[Timex]) -> bool:
    """False when no DATE/TIME expression overlaps the verb's subtree (its own time cannot be there)."""
    _, _, _, starts, reach = _dated_all(timexes, verb.doc)
    if not starts:
        return False
    edges = verb.doc.user_data.get(_EDGES)  # the subtree's first and last characters, remembered per verb (asked
    if edges is None:  # again of the same verbs by every trigger and statement)
        edges = verb.doc.user_data[_EDGES] = {}
    found = edges.get(verb.i)
    if found is None:
        left, right = verb.left_edge, verb.right_edge
        found = edges[verb.i] = (left.idx, right.idx + len(right))
    k = bisect_left(starts, found[1])  # the spans starting before the subtree ends
    return k > 0 and reach[k - 1] > found[0]


_EDGES = "diplograph-subtree-chars"


def resolve_day(tx: Timex, dct: date | None, tense: str | None) -> date | None:
    """A day for a time expression, seen from dct in the given tense ("past" or "future"; None keeps the tagger's
    reading, made with the whole sentence in view)."""
    if dct is None or tense is None and tx.anchored:
        return value_day(tx.value)  # no tense of its own to re-read it in: the tagger's reading in context
    phrase = " ".join(tx.text.lower().split())
    if _COUNTED.fullmatch(phrase) and tx.anchored and value_day(tx.value) is not None:
        return value_day(tx.value)  # "the day before", "two days later": counted by the tagger from the day named
    if (m := _ORDINAL_DAY.fullmatch(phrase)) and tx.anchored and (day := value_day(tx.value)) is not None:
        return _month_day_in_tense(day, int(m[1]), dct, tense)
    quick = _quick(phrase, dct, tense)
    if quick is not None:
        return quick
    found = resolve(tx.text, dct, tense=tense)
    if found is not None:
        return value_day(found.value)
    return value_day(tx.value) if tx.anchored else None


_COUNTED = re.compile(r"(?:the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?) "
                      r"(?:before|earlier|after|later)|the (?:previous|next|following) (?:day|morning|afternoon|evening|night)"
                      r"|(?:(?:earlier|later) )?(?:the |that )?same day|(?:earlier|later) (?:that|in the) day|that day")
# ("earlier the same day", "later that day": the day named before, which the tagger read in context)
_ORDINAL_DAY = re.compile(r"(?:on )?the (\d{1,2})(?:st|nd|rd|th)")


def _month_day_in_tense(day: date, number: int, dct: date, tense: str | None) -> date:
    """"will travel on the 14th" after the 14th has passed: the 14th of next month (the tagger's day when its
    reading already lies on the tense's side of dct, or no tense is known)."""
    if tense not in ("past", "future") or (day >= dct) == (tense == "future") or day == dct:
        return day
    step = 1 if tense == "future" else -1
    year, month = dct.year, dct.month
    for _ in range(3):
        try:
            found = date(year, month, number)
        except ValueError:
            found = None
        if found is not None and (found >= dct if step > 0 else found <= dct):
            return found
        month += step
        year, month = (year + 1, 1) if month > 12 else (year - 1, 12) if month < 1 else (year, month)
    return day


def bare_weekday(text: str) -> bool:
    """"Thursday", "on Thursday", "Thursday morning": a weekday with no word saying which week."""
    words = " ".join(text.lower().split()).removeprefix("on ")
    return re.sub(r" (?:morning|afternoon|evening|night)$", "", words) in _WEEKDAYS


def _quick(phrase: str, dct: date, tense: str | None) -> date | None:
    """Weekdays, today and yesterday/tomorrow, the common cases in news, resolved directly."""
    lead = re.match(r"^(?:on|last|this|next|earlier on|late|early) ", phrase)
    phrase = phrase[lead.end():] if lead else phrase
    phrase = re.sub(r" (?:morning|afternoon|evening|night)$", "", phrase)
    if phrase in _WEEKDAYS:
        delta = (dct.weekday() - _WEEKDAYS.index(phrase)) % 7
        if lead and lead.group() == "next ":  # "convened for next Monday": ahead, whatever the tense around it
            return dct + timedelta(days=(7 - delta) % 7 or 7)
        if lead and lead.group() == "last ":  # "met last Friday": behind, whatever the tense around it
            return dct - timedelta(days=delta or 7)
        if tense == "future":
            return dct + timedelta(days=(7 - delta) % 7)
        return dct - timedelta(days=delta)
    if _SAME_DAY.match(phrase) or phrase in ("today", "tonight"):
        return dct
    if phrase in ("yesterday", "last night"):
        return dct - timedelta(days=1)
    if phrase == "tomorrow":
        return dct + timedelta(days=1)
    return None


def relative_anchor(verb) -> tuple[object, int, tuple[int, int], int | None] | None:
    """For "a day after saying ...": the anchoring verb and the signed day offset from it (for "a year after", the
    signed offset in months and the unit's months)."""
    prep = verb.head if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("after", "before") else None
    if prep is not None and verb.dep_ == "pobj" and any(c.dep_ in ("relcl", "acl") for c in verb.children):
        prep = None  # "a week before the summit, which will open on May 3": the noun's own clause dates it
    # ("a day after talks with X", the event a noun: counted from the verb the span hangs on)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None) \
        if prep is None and verb.dep_ == "advcl" else None  # read only where it is used: most verbs are neither
    if prep is not None and prep.head.dep_ == "npadvmod" and (days := _span_days(prep.head)) is not None:
        span = prep.head  # "a day after meeting X, Y flew to Z": the span heads the phrase, the verb above anchors it
        left, right = span.left_edge.idx, verb.idx
        return span.head, -days if prep.lower_ == "after" else days, (left, right), None
    if prep is not None:
        word, anchor, holders = prep, prep.head, (prep,)
    elif mark is not None and verb.dep_ == "advcl":
        word, anchor, holders = mark, verb.head, (verb, verb.head)
    else:
        return None
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in ("npadvmod", "advmod", "obl"):
                continue
            days, unit = _span_days(child), None
            if days is None and (unit := _COARSE_UNITS.get(child.lower_)) is not None:
                days = _span_days(child, _COARSE_UNITS)  # "a year after X hosted him": its months
            if days is not None:
                left = min(child.left_edge.idx, word.idx)
                right = max(child.right_edge.idx + len(child.right_edge), word.idx + len(word))
                return anchor, -days if word.lower_ == "after" else days, (left, right), unit
    return None


def _span_days(unit, units: dict[str, int] = _UNITS) -> int | None:
    """Days in "a day", "two days", "a week" (None when it is not such a phrase); with other units, their count."""
    per = units.get(unit.lower_)
    if per is None:
        return None
    count = next((c for c in unit.children if c.dep_ in ("det", "nummod")), None)
    n = _NUMBERS.get(count.lower_) if count is not None else 1
    return None if n is None else n * per


_PLAN_HEADS = frozenset("due expected set scheduled slated poised".split())


def _anchor_tense(verb) -> str | None:
    """The tense of a verb another one is counted from: its own ("will arrive"), future for "is to begin" and "is due
    to arrive", else None (the tagger's reading stands)."""
    found = tense_of(verb)
    if found is not None or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                          for c in verb.children):
        return found
    head = verb.head
    planned = head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") or head.lower_ in _PLAN_HEADS
    return "future" if planned else None


def tense_of(verb) -> str | None:
    """"future" for will/shall/going-to verbs, "past" for past forms, None for present."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & {"will", "shall", "'ll", "\u2019ll"} or (verb.head.lower_ == "going" and verb.dep_ == "xcomp"):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or lowers & {"has", "have", "had"}:
        return "past"
    return None


def plain_present(verb) -> bool:
    """A simple present with no auxiliary ("condemns", "chairs", "opens"): not "has said", "will say", "is held"."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def story_dct(sdoc, dct: date | None) -> date | None:
    """The day relative dates count from: a wire dateline's ("ABUJA, June 3 (Reuters) -"), else dct."""
    return _story(sdoc, dct)[0]


def _story(sdoc, dct: date | None) -> tuple[date | None, int]:
    """(story day, end offset of its dateline or 0), worked out once per document and day it is seen from (the
    publication day, a statement's day: they alternate)."""
    memo = sdoc.user_data.setdefault("diplograph-story-days", {})
    found = memo.get(dct)
    if found is None:
        # the head's Span.text, cut from the document's text the actor pass keeps (no Token per word)
        head = doc_text(sdoc)[:sdoc[:_HEAD_TOKENS].end_char] if len(sdoc) else ""
        found = memo[dct] = dateline(head, dct) or (dct, 0)
    return found


_HEAD_TOKENS = 600  # more than the first lines a dateline may open


def section_day(sdoc, pos: int) -> date | None:
    """The day of the date-only heading above a position, on a page of dated entries (readouts, a live
    blog's days): "The Secretary-General met today" under "19 February 2025" met that day."""
    key = "diplograph-day-headings"
    heads = sdoc.user_data.get(key)
    if heads is None:
        heads = sdoc.user_data[key] = day_headings(doc_text(sdoc))
    at = bisect_left([offset for offset, _ in heads], pos)
    return heads[at - 1][1] if at else None


def in_live_entry(sdoc, pos: int) -> bool:
    """True inside a live blog's time-stamped entry, which tells that day's news ("10:15 X has just met Y")."""
    first = live_start(sdoc)
    if first is None:
        return False
    key = "diplograph-live-summary"
    if (start := sdoc.user_data.get(key)) is None:
        start = sdoc.user_data[key] = summary_start(doc_text(sdoc), first)
    return pos >= start


def in_live_heading(sdoc, pos: int) -> bool:
    """True on the heading of a live blog ("LIVE: CELAC summit, Tegucigalpa"), which names the gathering its entries
    follow that day (not one it looks ahead to: "Countdown to the summit", "... ahead of the summit")."""
    first = live_start(sdoc)
    if first is None or pos >= first:
        return False
    key = "diplograph-live-headings"
    if (heads := sdoc.user_data.get(key)) is None:
        heads = sdoc.user_data[key] = live_headings(doc_text(sdoc), first)
    text = doc_text(sdoc)
    return any(start <= pos < end and not _AHEAD_HEADING.search(text[start:end]) for start, end in heads)


_AHEAD_HEADING = re.compile(r"(?i)\b(?:ahead[ \t]+of|countdown|preview|build-?up|eve[ \t]+of|road[ \t]+to"
                            r"|before[ \t]+the|what[ \t]+to[ \t]+expect|tomorrow|next[ \t]+week)\b")


def live_start(sdoc) -> int | None:
    """Offset of a live blog's first time-stamped entry (None on a page of no such entries)."""
    key = "diplograph-entry-stamps"
    stamps = sdoc.user_data.get(key)
    if stamps is None:
        stamps = sdoc.user_data[key] = entry_stamps(doc_text(sdoc))
    return stamps[0] if stamps else None


def day_of(verb, timexes: list[Timex], dct: date | None, tense: str | None = "past",
           exclude: set[int] = frozenset(), depth: int = 0, *,
           tense_for=None) -> tuple[Timex | None, date | None]:
    """The day a verb happened: its own time expression (tense_for(tx) overrides tense), else "N days after"."""
    dct, opening = _story(verb.doc, dct)
    dct = section_day(verb.doc, verb.idx) or dct
    ids = own_tokens(verb, exclude) if may_be_dated(verb, timexes) or _ahead(verb) else []
    starts = char_offsets(verb.doc)[0]
    # a dateline the parse hung on the verb dates it only when nothing else does
    for group in ([i for i in ids if starts[i] >= opening], [i for i in ids if starts[i] < opening]):
        found = _own_day(group, verb.doc, timexes, dct, tense, tense_for)
        if found is not None:
            return found
    rel = relative_anchor(verb) if depth < 4 else None
    if rel is not None:
        anchor, offset, phrase, unit = rel
        # "will arrive on Tuesday, a day after meeting X": the anchor's day in the anchor's own tense
        _, base = climb_day(anchor, timexes, dct, set(subtree_ids(verb)), depth + 1, tense=_anchor_tense(anchor))
        if base is None and anchor.dep_ == "ROOT" and anchor.tag_ in ("VBZ", "VBP") \
                and not any(c.dep_ == "aux" for c in anchor.children):
            base = dct  # "the news comes a day after X met Y": a plain present is the day of writing
        if base is not None and unit is not None:
            return _months_from(base, offset, unit, phrase, verb.doc), None
        if base is not None:
            day = base + timedelta(days=offset)
            return Timex(phrase[0], phrase[1], doc_text(verb.doc)[phrase[0]:phrase[1]], "DATE", day.isoformat()), day
    return None, None


def _months_from(base: date, offset: int, unit: int, phrase: tuple[int, int], sdoc) -> Timex:
    """"a year after X met Y in May" counted from a known day: the month or year it lands in, no day."""
    month = base.year * 12 + base.month - 1 + offset
    year, first = divmod(month, 12)
    if unit >= 12:
        value, earliest, latest = str(year), date(year, 1, 1), date(year, 12, 31)
    else:
        value, earliest = f"{year:04d}-{first + 1:02d}", date(year, first + 1, 1)
        latest = (date(year + (first == 11), (first + 1) % 12 + 1, 1) - timedelta(days=1))
    return Timex(phrase[0], phrase[1], doc_text(sdoc)[phrase[0]:phrase[1]], "DATE", value, earliest, latest)


def _own_day(ids: list[int], sdoc, timexes: list[Timex], dct: date | None, tense: str | None,
             tense_for) -> tuple[Timex, date] | None:
    """The first time expression among the tokens (indices) that names a day, and that day; a count from the narrative's
    last day ("A day earlier, on Sunday evening", "Two days later, on Friday") yields to a day named beside it."""
    counted = None
    starts, ends = char_offsets(sdoc)
    while ids:
        tx = timex_among(ids, timexes, sdoc)
        if tx is None:
            break
        tense_here = tense_for(tx) if tense_for is not None else tense
        day = resolve_day(tx, dct, tense_here)
        if day is not None and tense_here == "future" and dct is not None and day <= dct:
            day = _counted_ahead(tx, day, timexes, dct) or day
        if day is not None:
            found = replace(tx, value=day.isoformat(), anchored=True), day
            if not _narrative_count(tx.text):
                return found
            counted = counted or found
        ids = [i for i in ids if not (starts[i] < tx.end and tx.start < ends[i])]
    return counted


def deadline(tx: Timex, sdoc) -> bool:
    """"hope to meet before Christmas", "will visit by 20 June": a deadline, not the day itself (a weekday or a
    count, "before Friday", "by next week", keeps its own reading)."""
    head = doc_text(sdoc)[max(0, tx.start - 8):tx.start].lower().split()
    words = tx.text.lower().split()
    return bool(head) and head[-1] in ("before", "by") and not any(w.strip(",.") in WEEKDAYS for w in words) \
        and not any(w in ("next", "this", "last", "week", "weekend", "tomorrow", "today") for w in words)


def by_month(tx: Timex, day: date, sdoc) -> Timex:
    """The month a deadline's day falls in, as the event's time."""
    return _months_from(day, 0, 1, (tx.start, tx.end), sdoc)


def _counted_ahead(tx: Timex, day: date, timexes: list[Timex], dct: date) -> date | None:
    """"will meet X on 18 November, Y told reporters on Monday. She will fly on to Z the following day": a count
    for a plan that the tagger made from a day not ahead (the saying's) is made again from the last day ahead told
    before it (None when the phrase is no such count or no day ahead was told)."""
    if not _COUNTED.fullmatch(" ".join(tx.text.lower().split())):
        return None
    before = [d for t in timexes if t.end <= tx.start and t.type in ("DATE", "TIME")
              and (d := value_day(t.value)) is not None]
    ahead = [d for d in before if d > dct]
    if not ahead or before[-1] >= dct:
        return None  # ("on Saturday morning ... later in the day": counted from today, told last)
    found = ahead[-1] + (day - before[-1])
    return found if found > dct else None


def _narrative_count(text: str) -> bool:
    """"a day earlier", "two weeks later": days counted from the last event told, not from the day of writing."""
    words = text.lower().split()
    return len(words) > 1 and words[-1] in ("earlier", "later") and words[0] not in ("earlier", "later")


def climb_day(verb, timexes: list[Timex], dct: date | None, exclude: set[int],
              depth: int = 0, *, tense: str | None = "past") -> tuple[Timex | None, date | None]:
    """A verb's own day, else that of the clause it hangs from (up to a few levels)."""
    for _ in range(4):
        tx, day = day_of(verb, timexes, dct, tense, exclude, depth)
        if day is not None or verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "relcl"):
            return tx, day
        exclude = exclude | set(subtree_ids(verb))
        verb = verb.head
    return None, None
