"""Whom an answer's "him", "her" or "they" stands for: the people the question just before it asks about."""

from __future__ import annotations

from bisect import bisect_left

from diplograph.extract.actors.columns import char_offsets, doc_text, entities
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.roles import TITLE_HEADS

QUESTION_REACH = 400  # characters of the paragraph before an answer read for the ones it asks about
LABEL_REACH = 60  # characters of a transcript line its speaker's label ("PRIME MINISTER X:") may take


def asked_about(tok):
    """The head of the one person a question names ("Have you spoken to the Mexican president?", "Will you raise it
    with Chancellor X?") when tok is "him" or "her" in the paragraph that answers it; None when the question names no
    one or several, or the paragraph before asks nothing."""
    return asked_one(tok) if tok.lower_ in ("him", "her") else None


def asked_one(tok):
    """The head of the one person the question above tok's answer names ("Have you spoken to the Mexican president?
    - We spoke on Friday": the president is the other "we"), else None."""
    heads = _asked(tok)
    return heads[0] if len(heads) == 1 else None


def asked_pair(tok) -> list:
    """"Q: Has the President spoken to the Japanese prime minister? A: They talked by phone": the heads of the two
    people the question names, for an answer's "they"; [] otherwise."""
    if tok.lower_ not in ("they", "them"):
        return []
    heads = _asked(tok)
    return heads if len(heads) == 2 else []


def _asked(tok) -> list:
    """The people the question above tok's paragraph names, when tok's line answers it and names no one before tok."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx)
    if start < 0:
        return []
    question_end = len(text[:start].rstrip())
    colon = text.find(":", start, min(tok.idx, start + LABEL_REACH))
    said = colon + 1 if colon > 0 else start  # the answer's words, after its speaker's label
    if question_end <= 0 or _people(tok.doc, said, tok.idx):
        return []  # the pronoun's line follows a paragraph that asks and names no one before it
    first = max(text.rfind("\n", 0, question_end) + 1, question_end - QUESTION_REACH)
    if text[question_end - 1] != "?":  # "Q: And your Finnish colleague? The cable was cut twice.": a question
        label = text.find(":", first, min(question_end, first + LABEL_REACH))  # put by the asker, then its backdrop
        mark = text.find("?", label, question_end) if asker_label(text, first, question_end) else -1
        if mark < 0:
            return []
        question_end = mark + 1
    label = text[start:colon].split() if colon > 0 else []
    return [t for t in _people(tok.doc, first, question_end) if not label or t.text.lower() != label[-1].lower()]
    # ("ANCHOR: Minister Rahman, did you meet X? / RAHMAN: We met": the one answering is not asked about)


def asked_place(there) -> str | None:
    """"Q: You were in Bangkok last week. A: I met the Thai foreign minister there": the one place the question line
    above an answer's "there" names, when the answer names none before it."""
    text = doc_text(there.doc)
    start = text.rfind("\n", 0, there.idx)
    if start < 0:
        return None
    question_end = len(text[:start].rstrip())
    first = max(text.rfind("\n", 0, question_end) + 1, question_end - QUESTION_REACH)
    asking = text[question_end - 1:question_end] == "?" or asker_label(text, first, question_end)
    if question_end <= 0 or not asking or _places(there.doc, start, there.idx):
        return None
    found = set(_places(there.doc, first, question_end))
    return found.pop() if len(found) == 1 else None


ASKERS = frozenset("Q QUESTION INTERVIEWER HOST REPORTER ANCHOR".split())  # labels of the one asking


def asker_label(text: str, first: int, end: int, reach: int = LABEL_REACH) -> bool:
    """Whether the line starting at first opens with an asker's label ("Q:", "QUESTION:") within reach, before end."""
    colon = text.find(":", first, min(end, first + reach))
    return colon > 0 and text[first:colon].strip().upper() in ASKERS


def _places(doc, start: int, end: int) -> list[str]:
    """The names of the places (GPE entities) of a stretch."""
    return [e.text for e in entities(doc) if e.label_ == "GPE" and start <= e.start_char and e.end_char <= end]




def _people(doc, start: int, end: int) -> list:
    """Heads of the person phrases of a stretch: a named person, or an office-holder named by title ("the Japanese
    prime minister", "the German chancellor"), not the one asked ("you", "Prime Minister, ...")."""
    starts, _ = char_offsets(doc)
    found = []
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):  # the stretch's words only
        t = doc[i]
        last = not (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")
        if t.ent_type_ == "PERSON" and last and not _title_word(t) \
                and not (t.lower_ in TITLE_HEADS and _addressed(doc, t, start)) \
                and not (t.ent_iob_ == "B" and gazetteer().name_or_capital(t.text)):  # ("Q. Minister, did you ...";
            # "in Rabat" tagged a name)
            found.append(t)  # a name's last word
        elif t.ent_type_ != "PERSON" and t.pos_ in ("NOUN", "PROPN") and t.lower_ in TITLE_HEADS \
                and not (t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON") and not _addressed(doc, t, start):
            found.append(t)  # "the Mexican president" (not the title of a name that follows)
    return found


def _title_word(t) -> bool:
    """"the Nigerien leader" tagged a name: a word the parser hangs on the office title right after it modifies the
    title, which is the person asked about."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and t.head.i == nxt.i and t.dep_ in ("compound", "amod") and nxt.lower_ in TITLE_HEADS \
        and nxt.ent_type_ != "PERSON"


def _addressed(doc, title, start: int) -> bool:
    """"Prime Minister, will you ...": the title the question opens on, before a comma, is the one asked."""
    before = doc_text(doc)[start:title.left_edge.idx].rstrip()
    return title.i + 1 < len(doc) and doc[title.i + 1].text == "," \
        and (not before or before.endswith(":") or _turn_mark(before))


def _turn_mark(before: str) -> bool:
    """What opens a question's line before its first word: an asker's label ("Q.", "QUESTION") or a dash."""
    return before.rstrip(".:").strip().upper() in ASKERS or before.strip() in ("-", "\u2013", "\u2014")


def question_turn_answer(tok) -> int | None:
    """"Q: You met the Chilean minister on Friday. Was it warm? / A: Very.": where the answer to the question
    paragraph holding tok begins (an asker-labelled line, or a printed interview's plain question paragraph), so that
    the question's "you" is the one answering; None when tok's paragraph is no interviewer's question."""
    text = doc_text(tok.doc)
    first = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end < 0 else end
    labelled = asker_label(text, first, end)
    if not labelled and text[:end].rstrip()[-1:] != "?":
        return None  # (a plain line is a question only when it ends on "?")
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t\r":
        nxt += 1
    stop = text.find("\n", nxt)
    stop = len(text) if stop < 0 else stop
    if nxt >= len(text) or nxt - end > 4 or asker_label(text, nxt, stop) or text[nxt:stop].rstrip().endswith("?"):
        return None  # the next paragraph asks again, or there is none
    colon = text.find(":", nxt, min(stop, nxt + LABEL_REACH))
    label = text[nxt:colon].strip() if colon > 0 else ""
    if label and len(label.split()) <= 4:
        return colon + 1  # the answer's label ("A:", "VOGT:", "Vogt:"): its speaker answers
    return nxt
