"""When an event happens: its own time expression, read in the tense of the words that carry it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from diplograph.extract.actors.columns import sentence_bounds, subtree_ids
from diplograph.extract.base import token_strings
from diplograph.extract.clauses import is_speech_verb, semicolon_before
from diplograph.extract.events.status import (SIDELINES, answered_in, clauses_on, happening_clause, hosting_clause,
                                              last_occurrence, name_on, nominal_gerund, of_bodies, to_be_held, went_unheld)
from diplograph.extract.events.triggers import fronted_host, invited_to_ceremony
from diplograph.extract.when import (by_month, day_of, deadline, may_be_dated, other_times, resolve_day, tense_of,
                                     timex_among)
from diplograph.kb import event_lexicon as lx
from diplograph.records import Timex
from diplograph.timex import resolve
from diplograph.timex.values import value_day

FUTURE_STATUSES = frozenset({"proposed", "agreed", "scheduled"})
_SEQUENCE_PREPS = frozenset("after before following ahead".split())  # an event placed by another one

# Words on the path from a date to its event that make the date a future one ("planned for Friday").
FUTURE_CUES = lx.SCHEDULE_ADJ | frozenset("expected upcoming forthcoming next plan schedule".split())


def event_when(tok, levels: list, status: str | None, dct: date | None,
               timexes: list[Timex]) -> tuple[Timex | None, date | None]:
    """The event's day (or coarser time); a day named as a deadline ("will meet before Christmas", "by 20 June")
    gives its month, by when the event is to be."""
    time, day = _event_when(tok, levels, status, dct, timexes)
    named = day or (value_day(time.value) if time is not None else None)
    if named is not None and status != "held" and deadline(time, tok.doc):
        return by_month(time, named, tok.doc), None
    return time, day


def _event_when(tok, levels: list, status: str | None, dct: date | None,
                timexes: list[Timex]) -> tuple[Timex | None, date | None]:
    """The event's day (or coarser time), each date read in the tense of the words leading to it."""
    if _undated_tree(tok, timexes):
        return _told_today(tok, status, dct, levels)
    default = "future" if status in FUTURE_STATUSES or status in ("declined", "cancelled") and not (
        tok.dep_ == "pobj" and tok.head.lower_ in _SEQUENCE_PREPS) and any(
        _future_word(v) for v in levels[1:4] if v.pos_ in ("VERB", "AUX")) else "past"  # "will not attend the
    # summit in August": the August to come (not "will skip the summit, after a meeting on Friday")
    tense_for = _tense_reader(tok, default)
    plan = (_planned_infinitive(tok) or _hosted_plan(tok)) if status != "held" else None
    coarse_tense = _plan_reader(plan, tense_for) if plan is not None else tense_for
    seen = set(subtree_ids(tok))  # indices: no Token per word
    pos, lower = token_strings(tok.doc, "POS"), token_strings(tok.doc, "LOWER")  # columns, not a Token per word
    sources = {i for v in levels[:3] for i in source_words(v)}
    seen |= sources
    nouns = [i for i in seen if i != tok.i and pos[i] == "NOUN" and lower[i] in lx.TRIGGER_NOUNS]
    others = {t for i in nouns for t in subtree_ids(tok.doc[i])}  # "will meet to follow up on Friday's call": Friday dates the call
    dep = token_strings(tok.doc, "DEP")  # answered_in answers only for a relative clause: the column first
    answers = {t for i in seen if pos[i] == "VERB" and dep[i] == "relcl" and answered_in(tok.doc[i])
               for t in subtree_ids(tok.doc[i])}
    others |= answers | sources  # "talks in Doha, which X dismissed on Saturday": the day of the answer, not the talks'
    seen |= _claimed_infinitives(tok, pos, lower)
    fronted = _speech_dates(levels) | (_trailing_speech(levels) if default == "future" else set())
    fronted |= {t.i for i in seen if i != tok.i and pos[i] == "VERB" and is_speech_verb(tok.doc[i])
                for c in tok.doc[i].children if time_modifier(c) for t in c.subtree}  # "a visit at the invitation
    # of X, the spokesperson announced on Tuesday": a saying the parser hung inside the event's phrase dates the saying
    seen |= fronted
    others |= fronted
    seen |= {t.i for v in levels[1:3] for c in v.children if c.dep_ == "prep" and c.lower_ in _SEQUENCE_PREPS
             for o in c.children if o.dep_ == "pobj" and o.i != tok.i and lower[o.i] in lx.TRIGGER_NOUNS
             and pos[o.i] == "NOUN" for t in o.subtree}  # "will convene talks next week, after a meeting on
    # Tuesday": the day of the event before or after, not of these talks
    superseded = _superseded(tok) if status != "cancelled" else []  # called off: the day it had been set for
    superseded += last_occurrence(tok) if status != "held" else []  # "the summit, last held in May 2029, will ..."
    others |= {t for c in superseded for t in subtree_ids(c)}
    time, day = day_of(tok, timexes, dct, default, others, tense_for=tense_for)
    if time is not None and day is None:
        return time, None  # "a year after X hosted him": the year counted back, no day
    gone = {t for c in superseded for t in subtree_ids(c)}
    own = [tok] + [tok.head for _ in [0] if fronted_host(tok)] + [p for p in own_participles(tok, status != "held") if p.i not in gone] \
        + ([tok.head] if nominal_gerund(tok) else []) \
        + [v for v in levels[1:3] if v.pos_ == "NOUN" and v.lemma_.lower() in lx.ROUND_NOUNS] \
        + [levels[2] for _ in [0] if len(levels) > 2 and _trip_for(tok, levels)] \
        + [v for v in planned_clause(tok) if v.i not in gone] \
        + [o for o in [invited_to_ceremony(tok) if tok.pos_ == "VERB" else None] if o is not None]  # "next week's leaders meeting",
    # "next year's round of consultations", "Thursday's trip to Brussels for talks"
    named = [v for v in levels[1:3] if name_on(v, tok)]  # "next week's Union for the Mediterranean ministerial"
    for child in own[1:]:
        for verb in (child, *(c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB")):
            if day is None:  # "the summit that was scheduled to convene in Doha on June 12": the complement's day
                time, day = day_of(verb, timexes, dct, default, answers,
                                   tense_for=coarse_tense if verb == plan else tense_for)
    called_off = status == "cancelled"
    if day is None and (coarse := _coarse(tok, own + named, set(), timexes, dct, coarse_tense, fronted,
                                          called_off)) is not None:
        return coarse, None  # "talks held in Oslo last week": the mention's own time beats its governor's
    used = [tok] + named
    for below, level in zip(levels, levels[1:]):
        if day is not None or (claim_verb(level) and not _takes_part(level, below) and not _at_outset(below)
                               and not _expected_in(level) and not _expected_to(level, below)
                               and (below.dep_ not in ("nsubj", "nsubjpass") or level.lemma_.lower() in lx.CANCEL)):
            break  # "said/proposed on Monday": the day of the claim, not of the event
        if level.pos_ == "NOUN" and level.lemma_.lower() in lx.PROPOSE_NOUNS and below.dep_ == "prep":
            break  # "renewed on Monday his call for a meeting": the day of the call, not of the meeting
        if below.dep_ in ("nsubj", "nsubjpass") and _agreed_then(level):  # "a meeting was agreed on Monday": the
            seen |= {t.i for c in level.children if time_modifier(c) and c.lower_ != "for" for t in c.subtree}
            # day of the agreement ("a meeting was agreed for Friday" keeps its day)
        if level.pos_ in ("VERB", "AUX", "ADJ") or level.lemma_.lower() in SIDELINES:  # "sidelines ... next Tuesday"
            for verb in [level] + [c for c in level.children if c.dep_ == "xcomp" and c.i not in seen]:
                if day is None:  # "the talks are expected to open on Friday": the complement dates them
                    time, day = day_of(verb, timexes, dct, default, seen, tense_for=tense_for)
                    used.append(verb)
                if time is not None and day is None:
                    return time, None  # "two months after the leaders held talks in X": the month counted back
        seen |= {level.i}
    if day is None and (found := _before_trailing_speech(levels, timexes, dct, tense_for))[1] is not None:
        return found  # "will attend the summit in X, Y, on July 8, the ministry said": the date hung on "said"
    if day is None:
        time = _coarse(tok, used, seen, timexes, dct, coarse_tense, fronted, called_off, nested=True)
    if day is None and time is None:
        time, day = _when_clause(tok, levels, timexes, dct, tense_for)
    if day is None and time is None:
        time, day = _hung_after(tok, timexes, dct, tense_for, others)
    if day is None and time is None:
        return _told_today(tok, status, dct, levels)
    return time, day


_AFTER_PREPS = frozenset("on in at during".split())  # prepositions of a time right after the event's phrase


def _hung_after(tok, timexes: list[Timex], dct: date | None, tense_for,
                others: set[int]) -> tuple[Timex | None, date | None]:
    """"a summit in Tromso next month focused on X", "invited them to talks in Geneva on March 2": a date that
    follows the event noun's own phrase at once, which the parser hung on a word beside it, dates the event (on a
    verb above the event only a calendar date, the same in either tense: not the day of a proposal or a saying)."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    if tok.pos_ != "NOUN" or nxt >= len(doc) or doc[nxt].is_sent_start:
        return None, None
    first = doc[nxt]
    if first.dep_ == "prep" and first.lower_ in _AFTER_PREPS:
        words, hang = [t.i for t in first.subtree], first.head
    elif first.ent_type_ in ("DATE", "TIME") and first.dep_ in ("amod", "det", "npadvmod", "compound", "nummod"):
        head = first if first.dep_ == "npadvmod" else first.head
        if head.dep_ != "npadvmod":
            return None, None
        words, hang = [t.i for t in head.subtree], head.head
    else:
        return None, None
    if not words or words[0] != nxt or any(i in others for i in words):
        return None, None
    tx = timex_among(words, timexes, doc)
    if tx is None or tx.type != "DATE" or not tx.anchored or not tx.value[:4].isdigit() or tx.start < first.idx:
        return None, None
    if hang.is_ancestor(tok) and not (claim_verb(hang) and dct is not None and any(c.isdigit() for c in tx.text)
                                      and resolve_day(tx, dct, "past") == resolve_day(tx, dct, "future") is not None):
        return None, None  # "discussed the summit on Friday", "called off the trip on Wednesday": that act's day
    day = resolve_day(tx, dct, tense_for(tx))
    if day is not None:
        return replace(tx, value=day.isoformat(), anchored=True), day
    return tx, None


def source_words(verb) -> set[int]:
    """"according to a statement issued in Nairobi yesterday": the words naming a report, whose day is the report's,
    not the event's."""
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}


def _told_today(tok, status: str | None, dct: date | None, levels: list = ()) -> tuple[Timex | None, date | None]:
    """"I have just met with him", "X has just held talks with Y": a present perfect with "just" took place on the
    day it is told; so does a gathering told as going on ("the summit gets under way", "leaders are gathering",
    "leaders open the second day of their summit"); other undated events stay undated."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if status != "held" or dct is None:
        return None, None
    if verb.pos_ != "VERB" and tok.pos_ == "NOUN":
        verb = next((v for v in levels[1:5] if v.pos_ in ("VERB", "AUX")), verb)  # "open the second day of the summit"
    if verb.pos_ not in ("VERB", "AUX"):
        return None, None
    just_done = verb.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "just" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.children)
    if not (just_done or _going_on(verb)):
        return None, None
    return Timex(verb.idx, verb.idx, "", "DATE", dct.isoformat()), dct


def _going_on(verb) -> bool:
    """A sentence's plain present or present progressive ("opens", "are gathering", "is under way") in running text:
    the gathering it tells of goes on the day it is told (not a headline's present, news of what took place, nor a
    reported or conditional clause)."""
    if verb.dep_ not in ("ROOT", "conj", "relcl") or any(c.dep_ == "mark" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if not (verb.tag_ in ("VBZ", "VBP") and not auxes or verb.tag_ == "VBG" and auxes
            and all(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in auxes)):
        return False
    doc = verb.doc
    end = sentence_bounds(doc, verb.i)[1]
    return any(doc[i].lower_ in (".", "!", "?") for i in range(max(end - 2, verb.i), end))  # a closing quote may follow


_PRESENT_BE = frozenset("is are am 's 're 'm \u2019s \u2019re \u2019m".split())  # "is meeting", "'re gathering"


_PRESENT_HAVE = frozenset("have has 've \u2019ve 's \u2019s".split())  # a present perfect's auxiliary


def _undated_tree(tok, timexes: list[Timex]) -> bool:
    """True when no date or time lies in the word's whole parse tree and no "after"/"before" counts days from
    another verb there ("a day after meeting X"): nothing in reach can date the event, so the search is skipped."""
    doc = tok.doc
    memo = doc.user_data.get(_UNDATED)  # (timexes, the root above each word climbed, the answer per root): the
    if memo is None or memo[0] is not timexes:  # triggers of a sentence share its root
        memo = doc.user_data[_UNDATED] = (timexes, {}, {})
    roots, answers = memo[1], memo[2]
    climbed, word = [], tok
    while (top := roots.get(word.i)) is None:
        climbed.append(word.i)
        head = word.head
        if head.i == word.i:
            top = word.i
            break
        word = head
    roots.update(dict.fromkeys(climbed, top))
    found = answers.get(top)
    if found is None:
        root = doc[top]
        left, right = root.left_edge.i, root.right_edge.i
        found = answers[top] = not may_be_dated(root, timexes) \
            and not any(w in ("after", "before") for w in token_strings(doc, "LOWER")[left:right + 1])
    return found


_UNDATED = "diplograph-undated-trees"


_OFFER_ACTS = frozenset("propose suggest offer invite float moot pitch request urge".split())  # acts, not hopes


def _agreed_then(verb) -> bool:
    """"was agreed on Monday", "was proposed by X on Tuesday": an agreement or proposal told as done, whose own
    time is when it was made ("the next round is expected in July" dates the round)."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in lx.AGREE | _OFFER_ACTS \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "be", "will", "'s")
                    for c in verb.children)


def _when_clause(tok, levels: list, timexes: list[Timex], dct: date | None,
                 tense_for) -> tuple[Timex | None, date | None]:
    """"last met in December, when X made a visit to Y": a 'when' clause hung on a time expression happens then; so
    does a 'where' clause the parser hung on the day of a trip ("will travel to X on Thursday, where he will meet Y")."""
    for verb in [tok, *levels[1:3]]:
        rel = next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("when", "where")), None) \
            if verb.dep_ in ("relcl", "advcl") else None
        if rel is None:
            continue
        head = verb.head
        tokens = [head.i, *(t for c in head.children if c.dep_ in ("det", "amod", "compound", "nummod")
                            for t in subtree_ids(c))]
        tx = timex_among(tokens, timexes, tok.doc) if rel == "when" or head.ent_type_ in ("DATE", "TIME") else None
        trip = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
        if rel == "where" and tx is None and trip is not None and trip.lemma_.lower() in lx.TRAVEL_VERBS:
            tx = timex_among([t for c in trip.children if c.dep_ == "npadvmod" or c.dep_ == "prep" and c.lower_ == "on"
                              for t in subtree_ids(c)], timexes, tok.doc)  # "Tomorrow X travels to Y, where she will
            # meet Z": the day of the trip whose destination the clause is on
        if rel == "where" and tx is None:
            continue  # "Erbil, where he met X": a place, dated by the words around it
        if tx is None or tx.type != "DATE" or not tx.anchored:
            return None, None
        day = resolve_day(tx, dct, tense_for(tx))
        if day is not None:
            return replace(tx, value=day.isoformat(), anchored=True), day
        return (tx, None) if tx.value[:4].isdigit() else (None, None)
    return None, None


def _before_trailing_speech(levels: list, timexes: list[Timex], dct: date | None,
                            tense_for) -> tuple[Timex | None, date | None]:
    """"X will attend the summit in Kunming, China, on July 8, the ministry said": a day between the reported clause
    and the trailing speech verb's subject that the parser hung on the speech verb belongs to the clause reported."""
    for verb in levels[1:3]:
        said = verb.head
        if verb.dep_ != "ccomp" or said.i < verb.i or verb.pos_ not in ("VERB", "AUX") or not is_speech_verb(said):
            continue
        subject = next((c for c in said.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None:
            return None, None
        tokens = [t for c in said.children if c.dep_ == "prep" and verb.i < c.i < subject.i for t in subtree_ids(c)]
        tx = timex_among(tokens, timexes, verb.doc) if tokens else None
        day = resolve_day(tx, dct, tense_for(tx)) if tx is not None and tx.type == "DATE" else None
        return (replace(tx, value=day.isoformat(), anchored=True), day) if day is not None else (None, None)
    return None, None


def _planned_infinitive(tok):
    """"turned down a proposal to host the talks in March", "refused to meet in May": the to-infinitive that frames
    the event as a plan, whatever became of it (None when there is none)."""
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    planned = verb.dep_ == "acl" and head.lemma_.lower() in lx.PROPOSE_NOUNS \
        or verb.dep_ == "xcomp" and head.lemma_.lower() in lx.DECLINE
    return verb if planned else None


def _hosted_plan(tok):
    """"the summit, which X was to host in November": the infinitive of a host's plan told in the past (None else)."""
    host = hosting_clause(tok)
    if host is None or host.lower_ not in ("was", "were"):
        return None
    return next((c for c in host.children if c.dep_ == "xcomp"), None)


def _plan_reader(plan, tense_for):
    """A month or season inside a plan's infinitive ("to host the talks in March") is the next one; one outside it
    ("a proposal made in January") keeps its own tense."""
    doc = plan.doc

    def read(tx: Timex) -> str:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        node = span.root if span is not None else plan
        while node != plan and node.head != node:
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node != plan:
                return tense_for(tx)  # "to reopen talks, made in a letter in January": the letter's month
        return "future" if node == plan and span is not None else tense_for(tx)

    return read


def _speech_dates(levels: list) -> set[int]:
    """"X said on Monday it would attend the summit next month": a phrase before the reported clause's subject
    dates the saying, wherever the parser hung it; not one a colon or an opening quotation mark puts inside the words
    quoted ("X said: 'Next week I will travel to Y'")."""
    found: set[int] = set()
    for verb in (v for v in levels if v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp" and is_speech_verb(v.head)):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i > verb.head.i:
            found |= {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") and verb.head.i < c.i < subject.i
                      and not any(w.text in _QUOTE_OPENERS for w in verb.doc[verb.head.i + 1:c.left_edge.i])
                      for t in c.subtree}
    return found


_QUOTE_OPENERS = frozenset(':"\u201c\u2018')  # after a speech verb, what opens the words quoted


def _trailing_speech(levels: list) -> set[int]:
    """"X will travel to Y next week, the ministry announced on Sunday": a speech clause the parser hung on the event's
    verb as an adverbial; its day is the announcement's, before any plan it tells."""
    return {t.i for v in levels[:3] if v.pos_ in ("VERB", "AUX") for c in v.children
            if c.dep_ == "advcl" and is_speech_verb(c) and any(s.dep_ == "nsubj" for s in c.children)
            for t in c.subtree}


def _takes_part(verb, below) -> bool:
    """"concluded negotiations last month", "will skip the summit next month": a verb of taking part in (or
    staying away from) its object, whose time is the event's, not the time of a claim about it."""
    return below.dep_ == "dobj" and verb.lemma_.lower() in lx.HELD | lx.ABSENCE_VERBS


def _trip_for(tok, levels: list) -> bool:
    """"called off Thursday's trip to Brussels for talks with X": talks a trip is made for happen on its days."""
    return levels[1].dep_ == "prep" and levels[1].lower_ == "for" and levels[1].head == levels[2] \
        and levels[2].pos_ == "NOUN" and levels[2].lower_ in lx.TRIP_NOUNS and tok.dep_ == "pobj"


def _expected_in(verb) -> bool:
    """"is expected in Abu Dhabi next week for talks": an arrival foretold, whose time is the trip's, not a claim's."""
    return verb.lower_ in lx.ARRIVAL_WORDS and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)
        for c in verb.children)


def _expected_to(verb, below) -> bool:
    """"Today he is expected to meet X", "is expected on Friday to sign": a plan foretold in the passive, whose time is
    the act's, not a claim's."""
    return verb.lemma_.lower() == "expect" and below.dep_ == "xcomp" and below.head == verb \
        and verb.dep_ in ("ROOT", "conj", "ccomp") and any(c.dep_ == "auxpass" for c in verb.children)
    # (not "a visit, during which he is expected to hold talks": the clause of another act, whose day is above)


def _at_outset(below) -> bool:
    """"welcomed X on Wednesday at the start of a visit": what is done as an event opens happens on its first day,
    even a verb that elsewhere tells a claim."""
    return below.dep_ == "prep" and below.lower_ in ("at", "on") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _OPENINGS for c in below.children)


_OPENINGS = frozenset("start beginning outset opening".split())


def _claimed_infinitives(tok, pos, lower) -> set[int]:
    """"The talks came ahead of a summit on X, to be held on Saturday": the words of another event noun's
    infinitive, which the parser hung on the clause, date that event, not this one."""
    start, end = sentence_bounds(tok.doc, tok.i)  # tok.sent searches the sentence out again on every access
    memo = tok.doc.user_data.setdefault("diplograph-claimed-infinitives", {})
    found = memo.get(start)
    if found is None:  # worked out once per sentence: (noun, the infinitive's head, the infinitive's words)
        found = memo[start] = [(i, clause.head.i, [t.i for t in clause.subtree])
                                    for i in range(start, end) if pos[i] in ("NOUN", "PROPN")
                                    and lower[i] in lx.TRIGGER_NOUNS and (clause := to_be_held(tok.doc[i])) is not None]
    return {t for i, head, words in found if i != tok.i and head != tok.i for t in words}


_FORMERLY = frozenset("originally initially first previously earlier".split())


def _superseded(tok) -> list:
    """"the consultations, originally planned for 4 June, will now take place on 2 July": the former plan's clause,
    whose day gives way to the verb the event is the subject of."""
    subj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in lx.ROUND_NOUNS else tok  # "the fifth round of talks, ..., will now"
    if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.pos_ not in ("VERB", "AUX"):
        return []
    clauses = [c for c in subj.children if c.dep_ in ("acl", "relcl")] + clauses_on(tok)
    anew = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in subj.head.children)  # "will now be held"
    return [c for c in dict.fromkeys(clauses)
            if any(a.dep_ == "advmod" and a.lower_ in _FORMERLY or anew and a.dep_ == "aux" and a.lower_ == "had"
                   for a in c.children)  # "which had been due to take place in August, will now be held ..."
            or anew and c.lower_ in ("was", "were") and c == hosting_clause(tok)]  # "which X was to host in May"


def planned_clause(tok) -> list:
    """"the visit he was due to make on Friday", "the meeting that X had proposed to hold on June 3": the infinitive
    of a plan told in a clause on the event noun (one without "that", too, which the parser hangs on the main verb),
    whose time is the day the event was set for."""
    if tok.pos_ != "NOUN":
        return []
    doc, after = tok.doc, tok.right_edge.i + 1
    clauses = [c for c in clauses_on(tok) if c.pos_ in ("VERB", "AUX")]
    if after < len(doc) - 2 and doc[after].dep_ == "nsubj" and doc[after].tag_ in ("PRP", "NNP") \
            and doc[after].left_edge.i == after:  # a contact clause: no "that", no comma
        clause = doc[after].head
        if clause.i > after and clause.dep_ in ("ccomp", "conj", "relcl", "advcl") and (
                clause.head == tok or clause.head.is_ancestor(tok)) and clause not in clauses:
            clauses.append(clause)
    found = []
    for clause in clauses:
        if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") or c.dep_ == "dobj" and c.tag_ in ("WDT", "IN")
                   for c in clause.children) or clause.lemma_ != "be" and clause.lemma_.lower() not in _PLAN_LEMMAS:
            continue  # ("talks with X, who was to arrive on Monday": the person's plan, no clause on the event)
        steps = [clause] + [c for c in clause.children if c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ]
        infinitives = [c for s in steps for c in s.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                       and c.lemma_.lower() in lx.HELD and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
        found += infinitives or ([clause] if clause.lemma_.lower() in _PLAN_LEMMAS else [])
    return found


_PLAN_LEMMAS = frozenset("propose offer plan schedule set arrange".split())  # "which X had proposed for early June"


def own_participles(tok, unheld: bool = False) -> list:
    """"talks held in Oslo", "a meeting that had been planned for Friday": the verbs describing the event
    (``unheld``: also "which X was to host on June 3", the day of a plan whose fate the words above tell)."""
    found = [c for t in (tok, *of_bodies(tok)) for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
             and c.lemma_.lower() in lx.OWN_PARTICIPLES]
    found += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children
              if o.dep_ == "pobj" for h in (o, *o.conjuncts) for c in h.children if c.dep_ == "acl"
              and c.tag_ == "VBN" and c.lemma_.lower() in lx.OWN_PARTICIPLES]  # "a summit between their leaders
    # planned for April": the parser hangs the event's participle on the last side
    found += [c for c in (to_be_held(tok), happening_clause(tok)) if c is not None and c not in found]
    found += [c for t in (tok, *(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                                 for o in p.children if o.dep_ == "pobj"))
              for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in _SET_FOR
              and c not in found and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)]
    # "the visit to X, announced for Friday, was called off": the day it was set for (the parser may hang the
    # participle on the place)
    due = [c for c in tok.children if c.dep_ in ("amod", "acl", "prep") and c.lower_ in lx.SCHEDULE_ADJ
           and c.i > tok.i and c not in found]  # "the leaders' meeting, due in X in September"
    found += due + [x for c in due for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                    and x.lemma_.lower() in lx.HELD]  # "the Joint Commission, due to be held in X next week"
    host = hosting_clause(tok)
    if host is not None and host.lemma_ == "be" and (unheld or host.lower_ not in ("was", "were")):  # "the summit, which X is
        # to host in May": the infinitive's time (not "was to host": the day of a plan since overtaken)
        found += [c for c in host.children if c.dep_ == "xcomp"]
    return found  # ("talks between A and B, which are due to take place in June": the relative's verb)


_SET_FOR = frozenset("announce fix earmark pencil".split())  # "announced / fixed / pencilled in for Friday"


def _coarse(tok, used: list, seen: set[int], timexes: list[Timex], dct: date | None, tense_for,
            said: set[int] = frozenset(), called_off: bool = False, nested: bool = False) -> Timex | None:
    """A month, week or season dating the event ("in December", "next month"), re-read in its tense; never the
    day of the saying (said) that the parser hung on the reported verb."""
    if not any(may_be_dated(level, timexes) for level in used):
        return None  # no date or time within the words' phrases: none of their modifiers can hold one
    tokens = []
    for level in used:
        for c in level.children:
            if level == tok and _counted_within(tok, c):
                continue  # "her third visit to X this year": the span the visits are counted in, not this one's time
            if time_modifier(c):  # not a deadline or an earlier session inside the phrase ("for the commission,
                words = subtree_ids(c)  # which last met in 2062"); "agreed to meet by the end of May" keeps its own
                inner = other_times(tok.doc, words) - {c.i, *(o.i for o in c.children)} if len(words) > 2 else ()
                tokens += [t for t in words if t not in said and (level == tok or t not in seen) and t not in inner]
    doc, lower, dep = tok.doc, token_strings(tok.doc, "LOWER"), token_strings(tok.doc, "DEP")
    since = {s for t in tokens if lower[t] == "since" and dep[t] in ("prep", "mark")
             for s in subtree_ids(doc[t] if dep[t] == "prep" else doc[t].head)}  # "since he took office": the clause
    if since:  # "on his first visit since taking office in September": the start of a span, not the event's time
        tokens = [t for t in tokens if t not in since]
    coarse = timex_among(tokens, timexes, tok.doc)
    if coarse is None and nested:  # "next month's Pacific Islands Forum leaders' summit": only when nothing
        coarse = timex_among([t for g in _nested_poss(tok) for t in subtree_ids(g)], timexes, tok.doc)  # else dates it
    if coarse is None or coarse.type != "DATE" or not coarse.anchored or not coarse.value[:4].isdigit():
        return None
    if called_off and dct is not None and (gone := _just_gone(coarse, dct)) is not None:
        return gone  # "was scheduled for June" and called off in July: the June just gone
    tense = tense_for(coarse)
    if dct is None or tense != "future" or coarse.latest is None or coarse.latest >= dct:
        return coarse
    try:  # "a summit in the spring" proposed in December: next spring
        found = resolve(coarse.text, dct, tense="future")
    except Exception:  # noqa: BLE001 - keep the tagger's reading
        return coarse
    if found is None or not found.value[:4].isdigit():
        return coarse
    return replace(coarse, value=found.value, earliest=found.earliest, latest=found.latest)


def _nested_poss(tok) -> list:
    """"next month's Pacific Islands Forum leaders' summit": a time the parser made the owner of a word before the
    event noun, not of the noun itself."""
    return [g for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i for g in c.children
            if g.dep_ == "poss" and g.ent_type_ in ("DATE", "TIME")]


def _counted_within(tok, child) -> bool:
    """"the third visit this year", "his second trip this month": an ordinal event noun's "this year", the span its
    visits are counted in."""
    return child.dep_ == "npadvmod" and child.lemma_.lower() in ("year", "month", "week") \
        and any(d.dep_ == "det" and d.lower_ == "this" for d in child.children) \
        and any(a.dep_ == "amod" and a.ent_type_ == "ORDINAL" for a in tok.children)


_MONTH = re.compile(r"\d{4}-\d{2}$")
_RECENT_DAYS = 120  # a plan called off whose month ended this long ago or less was set for that month


def _just_gone(coarse: Timex, dct: date) -> Timex | None:
    """A month read ahead that also names one just gone (the more likely day of a plan called off), else None."""
    if coarse.earliest is None or coarse.earliest <= dct or not _MONTH.match(coarse.value):
        return None  # a month only: "this weekend" called off is the one ahead
    try:
        found = resolve(coarse.text, dct, tense="past")
    except Exception:  # noqa: BLE001 - keep the tagger's reading
        return None
    if found is None or found.latest is None or not found.value[:4].isdigit() or found.latest >= dct \
            or (dct - found.latest).days >= _RECENT_DAYS:
        return None
    return replace(coarse, value=found.value, earliest=found.earliest, latest=found.latest)


def vaguely_ahead(chain, timexes: list[Timex]) -> bool:
    """"will hold a summit in the coming weeks", "will visit soon": a plan timed, though by no calendar date."""
    vague = [tx for tx in timexes if tx.value == "FUTURE_REF"]
    return bool(vague) and any(tx.start <= t.idx < tx.end for v in chain[:3] if v.pos_ in ("VERB", "AUX")
                               for c in v.children if time_modifier(c) for t in c.subtree for tx in vague)


def _tense_reader(tok, default: str):
    """A function giving the tense for one time expression: future when a schedule word leads to it."""
    doc = tok.doc
    if went_unheld(tok):  # "a session that had been set for Sunday did not take place": the Sunday just gone
        return lambda tx: "past"

    # "after a call on Monday cleared the way, they will meet": the past verb the event is the subject of tells its tense
    told = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
        and tense_of(tok.head) == "past" else None

    def tense_for(tx: Timex) -> str:
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return default
        node = span.root
        for _ in range(6):
            if node == tok or node.head == node or semicolon_before(node):
                break  # (not past a semicolon into the next sentence's tense)
            node, below = node.head, node
            if _future_word(node) or _agreed_infinitive(node) \
                    or node.dep_ == "prep" and node.lower_ == "for" and span.start <= below.i < span.end:
                return "future"  # "was agreed for Friday", "has been called for Sunday": the day it is set for (not
                # "hosted X for talks on Friday": the day of the talks the "for" names);
                # "during which they agreed to meet in July": the July to come, whatever the clause's tense
            if node == told or node.pos_ in ("VERB", "AUX") and tok.is_ancestor(node) and tense_of(node) == "past":
                return "past"  # "a visit to X that began on Wednesday": a past clause inside the event's own words
            if node.dep_ == "relcl" and node.pos_ == "VERB" and node.is_ancestor(tok) and tense_of(node) == "past":
                return "past"  # "the envoy, who held talks in X on Monday, is expected in Y": the relative's tense
        return "future" if _future_word(tok) else default

    return tense_for


_OFFERED = frozenset("propose suggest offer".split())  # "had proposed to hold it on June 3": the June 3 ahead


def _agreed_infinitive(tok) -> bool:
    """"agreed / decided to reconvene the commission", "proposed to hold talks on 3 June": the to-infinitive of an
    agreement, commitment or offer."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.lemma_.lower() in lx.AGREE | lx.COMMIT | _OFFERED \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _future_word(tok) -> bool:
    """"planned", "due", "will hold", "opens on Saturday" in running text: a word about times to come."""
    if tok.lemma_.lower() in FUTURE_CUES or tok.lower_ in FUTURE_CUES:
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            return False  # "went ahead as planned on Monday": the manner of the main clause, in its tense
        return tok.pos_ in ("VERB", "ADJ") or tok.lower_ == "next"
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.lemma_.lower() in ("invitation", "offer") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # "declined an invitation to attend the forum in November": the November to come
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and tok.head.pos_ == "AUX" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # "talks which were to open on Monday": a plan, on the Monday it was set for, still ahead
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in lx.FUTURE for c in tok.children)


def time_modifier(child) -> bool:
    """"in December", "on Friday", "next month": a phrase that dates an event (not "since 2019")."""
    if child.dep_ == "prep" and child.lower_ in ("by", "before"):  # "agreed to meet by the end of the month": a
        return child.head.lemma_.lower() in _DEADLINE_VERBS and any(  # deadline within that month, on the
            o.dep_ == "pobj" and (o.lower_ == "end" and any(p.lower_ == "of" for p in o.children)  # meeting's verb;
                                  or child.lower_ == "by" and o.lemma_.lower() in _MONTHS)  # "would convene by December"
            for o in child.children)  # (not "to reopen the border by the end of the month", "before the summit")
    if child.dep_ == "prep" and child.lower_ == "over":  # "spoke by phone over the weekend" (not "over the border")
        return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lower_ == "weekend") for o in child.children)
    if child.dep_ == "prep":  # (not "for the first time since 2019" either)
        return child.lower_ in ("in", "on", "at", "during", "for") \
            and not (child.lower_ == "for" and any(o.lemma_ == "time" for o in child.children if o.dep_ == "pobj"))
    if child.dep_ == "poss":  # "next week's summit", "Saturday's talks"
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ in ("npadvmod", "tmod"):  # "met X Monday", not a name the parser hung there with its apposition
        return child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in _TIME_NOUNS
    return child.dep_ == "advmod"


def time_object(obj) -> bool:
    """"was received the same evening by X": a time the parser took for the verb's object, no party to it."""
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _TIME_NOUNS


_DEADLINE_VERBS = frozenset("meet hold convene visit host travel resume".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())  # verbs of the meeting itself
_TIME_NOUNS = frozenset("""day week weekend fortnight month year quarter season morning afternoon evening night spring
summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())


def claim_verb(tok) -> bool:
    """Verbs whose time is when something was said or asked for, not when the event happens."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and (is_speech_verb(tok) or lemma in lx.PROPOSE or lemma in lx.DECLINE
                                   or lemma in lx.AGREE or lemma in lx.COMMIT or lemma in lx.CANCEL
                                   or any((lemma, c.lower_) in _CLAIM_PHRASES for c in tok.children
                                          if c.dep_ in ("prt", "prep")))  # "ruled out on Monday a meeting"


_CLAIM_PHRASES = lx.DECLINE_PHRASES | lx.CANCEL_PHRASES | lx.PROPOSE_PHRASES


def rescheduled(chain, timexes: list[Timex], dct: date | None) -> tuple[Timex | None, date | None] | None:
    """"postponed to March 20", "pushed back until next month": the new date of a postponed event, read ahead."""
    for verb in chain:
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in lx.POSTPONE | lx.RESCHEDULE_VERBS or any(
                (verb.lemma_.lower(), c.lower_) in lx.POSTPONE_PHRASES for c in verb.children)):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]  # "pushed back | to May"
        ahead = ("to", "until", "till", "for") if verb.lemma_.lower() in lx.RESCHEDULE_VERBS else ("to", "until", "till")
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ahead]
        preps += [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("until", "till") and t.head != verb
                  and t.i > verb.i and t not in preps and any(o.dep_ == "pobj" for o in t.children)]  # "put off the
        # meeting it was to host next week until May": the new date the parser hung inside the object's clause (not
        # "until after the summer", no date)
        for prep in preps:
            tx = timex_among(subtree_ids(prep), timexes, verb.doc)
            if tx is None or tx.type not in ("DATE", "TIME"):  # "to Friday morning": its day
                continue
            day = resolve_day(tx, dct, "future")
            if day is not None:
                return replace(tx, value=day.isoformat(), anchored=True), day
            found = resolve(tx.text, dct, tense="future") if dct is not None and tx.anchored else None
            if found is not None and found.value[:4].isdigit():  # "until next month"
                return replace(tx, value=found.value, earliest=found.earliest, latest=found.latest), None
    return None
