"""Speech without quotation marks: transcript speaker labels, "Name: ..." lines and press-statement leads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.roles import HONORIFICS, TITLE_HEADS

_OUTLET = r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "JOURNALIST (Agence Europe): "
# "SECRETARY KERRY: ", "FOREIGN MINISTER LAVROV: ", "MR. PRICE: ", "The PRIME MINISTER: " (capitalised words, a colon)
_CAPS_LABEL = re.compile(r"^[ \t]*((?:(?:The|Mr|Ms|Mrs|Dr)\.?[ \t])?(?:[A-Z][A-Z.'\u2019-]*[ \t]){0,4}[A-Z][A-Z'\u2019-]+)"
                         rf"{_OUTLET}[ \t]*:[ \t]*(?=\S)", re.M)
# "Spokesperson Ned Price: ", "Lavrov: ", "Shri Arjun Mehta, Official Spokesperson: " (checked against the actors)
_NAME_LABEL = re.compile(r"^[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]){0,5}[A-Z][\w'\u2019-]+"
                         r"(?:,(?:[ \t][A-Z][\w.'\u2019-]*){1,4})?)[ \t]*:[ \t]*(?=\S)", re.M)
# An interview's "Q: ... A: ..." (or "Q. ... A. ...") turns.
_QA_LABEL = re.compile(r"^[ \t]*([QA])[.:][ \t]+(?=\S)", re.M)
# An interview set as dash-led paragraphs ("- Will you sign?" / "- Not this year."), as state agencies print them.
_DASH_TURN = re.compile(r"^[ \t]*(-(?=[ \t])|[\u2013\u2014])[ \t]*(?=\S)", re.M)
# The note closing an interview: how it was made, or whom the interviewee was speaking to.
_CLOSING_NOTE = re.compile(r"\b(?:interview|conversation|transcript)s?\b[^\n]{0,40}?\b(?:was|were|has been|have been)[ \t]+"
                           r"(?:conducted|edited|condensed|recorded|translated|held|lightly)\b|"
                           r"\b(?:spoke|was speaking|talked|was talking)[ \t]+to[ \t]+(?:(?:the|this)[ \t]+(?:paper|newspaper|"
                           r"magazine|programme|program|station|agency)|our[ \t]+\w+|us)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")
# Labels of whoever puts the questions in a briefing, hearing or interview: their turns are not statements.
QUESTIONERS = frozenset("""q question questions reporter reporters journalist journalists host interviewer moderator
anchor presenter correspondent audience participant press""".split())
# Of those, the ones who also narrate (a broadcast's presenter and correspondent): a turn of theirs that asks nothing is
# the story told, whose quotations and reported speech are read as in any article.
_ANSWERERS = frozenset({"A", "ANSWER", "ANSWERS", "RESPONSE", "REPLY"})  # an interview's bare answer labels
NARRATORS = frozenset("reporter host anchor presenter correspondent".split())
_STATEMENT_HEAD = re.compile(r"^[ \t]*(?:(?:press|joint|official|media)[ \t]+){0,2}(?:statement|readout)\b[^\n]{0,200}$",
                             re.I | re.M)  # "Statement by X on ...", "Joint statement by X and Y", "Press statement"
# A release that opens on its author's name and office lines ("Jen Psaki\nDepartment Spokesperson\n").
_BYLINE_HEAD = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*[ \t]){1,3}[A-Z][\w'\u2019-]+[ \t]*\n"
                          rf"[ \t]*(?:[A-Z][\w-]*[ \t]){{0,3}}(?i:{'|'.join(sorted(TITLE_HEADS, key=len, reverse=True))})[ \t]*$", re.M)
_ASIDE = re.compile(r"\((?:laughter|applause|inaudible|off-mike|crosstalk)[^()\n]{0,40}\)", re.I)
_LEAD_NOUNS = ("readout", "statement", "remarks")
_LEAD_VERBS = ("provide", "issue", "release", "give", "deliver", "read")
MIN_WORDS = 5  # a paragraph shorter than this is an aside, not a statement
LEAD_WORDS = 12  # the lead a press-statement header attributes is a full sentence or more
HEADER_LINES = 6  # lines of a press-statement header (title, name, office, place, date)


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled stretch of speech: the label's span and the paragraphs said after it."""

    label: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    question: bool = False  # a question put by a journalist, host or member: not a statement
    answer: bool = False  # an interview's bare "A:": the interviewee speaks
    narration: bool = False  # a presenter's or correspondent's report: theirs is no statement, whom they quote speaks


def labelled_turns(text: str) -> Iterator[Turn]:
    """Transcript turns ("SECRETARY KERRY: ...", "Spokesperson X: ...", "Q: ... A: ...") with their paragraphs."""
    found: dict[int, tuple[int, int, int]] = {}
    if "\n" in text and ("?" in text) and (dashed := _dash_turns(text)):
        yield from dashed
        return
    if "\n" in text and "?" in text and (plain := _plain_turns(text)):
        yield from plain
        return
    lines = _colon_lines(text)
    qa = _QA_LABEL.finditer(text) if any(mark in text for mark in _QA_MARKS) else ()
    for matches in (qa, _matches_at(_CAPS_LABEL, text, lines), _matches_at(_NAME_LABEL, text, lines)):
        for m in matches:  # one label per line, the first pattern that reads it
            if m.start(1) not in found and not re.search(r"https?$|\d$", m.group(1)):
                found[m.start(1)] = (m.start(1), m.end(1), m.end())
    if not any(text[a:b] == "Q" for a, b, _ in found.values()):  # "A. Smith said": no interview without a "Q"
        found = {k: v for k, v in found.items() if text[v[0]:v[1]] != "A"}
    labels = sorted(found.values())
    kinds = [_label_kind(text[a:b]) for a, b, _ in labels]
    transcript = sum(1 for (a, b, _), k in zip(labels, kinds) if text[a:b].split()[-1].isupper() or k) >= 2 \
        or (len(labels) == 1 and _titled_caps(text[labels[0][0]:labels[0][1]]))
    turns = []
    for n, (a, b, body) in enumerate(labels):
        stop = labels[n + 1][0] if n + 1 < len(labels) else len(text)
        end = stop if transcript else _line_end(text, body)
        parts = _without_note(text, tuple(_paragraphs(text, body, end)), n + 1 == len(labels))
        turns.append((parts, _asks(text, parts)))
    # an interviewer who puts questions elsewhere prompts with a turn that asks nothing ("HOST: Beijing says ...")
    asking = {_label_word(text[a:b]) for (a, b, _), (_, asks) in zip(labels, turns) if asks}
    for n, (a, b, body) in enumerate(labels):
        parts, asks = turns[n]
        narration = kinds[n] == "q" and not asks and _label_word(text[a:b]) in NARRATORS \
            and _label_word(text[a:b]) not in asking
        question = not narration and (kinds[n] == "q" or (transcript and kinds[n] != "a" and asks))
        yield Turn((a, b), parts, question, kinds[n] == "a", narration)


def _dash_turns(text: str) -> list[Turn]:
    """An interview printed as dash-led paragraphs: a dash paragraph ending on "?" is the interviewer's, the ones
    after it the interviewee's answer; [] unless questions and answers both appear (a bulleted list is no interview)."""
    labels = [(m.start(1), m.end(1), m.end()) for m in _DASH_TURN.finditer(text)
              if m.start() == 0 or text[m.start() - 1] == "\n"]
    if len(labels) < 2:
        return []
    turns, asked = [], False
    for n, (a, b, body) in enumerate(labels):
        stop = labels[n + 1][0] if n + 1 < len(labels) else len(text)
        parts = _without_note(text, tuple(_paragraphs(text, body, stop)), n + 1 == len(labels))
        if _asks(text, parts) or text[body:stop].rstrip(" \t\n)\u201d\"'").endswith("?"):
            asked = True
            turns.append(Turn((a, b), ((body, len(text[:stop].rstrip())),), question=True))
        elif asked and parts:
            turns.append(Turn((a, b), parts, answer=True))
    return turns if any(t.answer for t in turns) and any(t.question for t in turns) else []


# An introduction telling of the talk a printed interview gives ("X spoke to us", "sat down with our editor").
INTERVIEW_TOLD = re.compile(r"\b(?:spoke|spoken|talked|speaking|talking)[ \t]+(?:to|with)\b|\binterview(?:ed|s)?\b|"
                             r"\bsat[ \t]+down[ \t]+with\b|\bjoin(?:s|ed|ing)?[ \t]+(?:us|me)\b|\bin[ \t]+conversation[ \t]+with\b",
                             re.I)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)
QUESTION_CHARS = 500  # a printed interview's question is a short paragraph


def text_lines(text: str) -> list[tuple[int, int]]:
    r"""The (start, end) of each line with a non-space character, as re.finditer(r"[^\n]*\S[^\n]*") reads them but
    in linear time (the pattern scans a long line of spaces again from each of its characters)."""
    found, at = [], 0
    for line in text.split("\n"):
        if line and not line.isspace():
            found.append((at, at + len(line)))
        at += len(line) + 1
    return found


def _plain_turns(text: str) -> list[Turn]:
    """A printed interview with no labels: after an introduction telling of the talk, question paragraphs (ending on
    "?", one of them at least addressing "you") each answered by the paragraphs below it, which are the
    interviewee's; [] unless two questions or more are each answered and no line opens on a speaker label."""
    if text.count("?") < 2:
        return []  # (two question paragraphs at least, each ending on "?": no need to read the lines)
    paras = text_lines(text)
    asking = [i for i, (a, b) in enumerate(paras) if text[a:b].rstrip(" )\u201d\"'").endswith("?") and b - a <= QUESTION_CHARS]
    if len(asking) < 2 or asking[0] == 0 or any(i + 1 >= len(paras) or i + 1 in asking for i in asking) \
            or not any(_YOU.search(text, *paras[i]) for i in asking):
        return []
    if not INTERVIEW_TOLD.search(text, 0, paras[asking[0]][0]) or _QA_LABEL.search(text) \
            or any(_CAPS_LABEL.match(text, paras[i][0]) for i in range(asking[0], len(paras))):
        return []
    turns = []
    for n, i in enumerate(asking):
        a, b = paras[i]
        turns.append(Turn((a, a), ((a, b),), question=True))
        stop = paras[asking[n + 1]][0] if n + 1 < len(asking) else len(text)
        parts = _without_note(text, tuple(_paragraphs(text, paras[i + 1][0], stop)), n + 1 == len(asking))
        if parts:
            turns.append(Turn((paras[i + 1][0], paras[i + 1][0]), parts, answer=True))
    return turns


def _without_note(text: str, parts: tuple[tuple[int, int], ...], last: bool) -> tuple[tuple[int, int], ...]:
    """The last turn's paragraphs without the closing note on the interview after them ("This interview has been
    edited for length", "The minister was speaking to our correspondent in X")."""
    if not last or len(parts) < 2:
        return parts
    a, b = parts[-1]
    return parts[:-1] if _CLOSING_NOTE.search(text, a, b) and not _FIRST_PERSON.search(text, a, b) else parts


def closing_note(text: str) -> tuple[int, int] | None:
    """The span of an interview's closing note, when its last paragraph is one ("The interview was conducted in X on
    Friday"), else None."""
    body = text.rstrip()
    start = body.rfind("\n") + 1
    if not 0 < start or len(body) - start > NOTE_CHARS:
        return None
    return (start, len(body)) if _CLOSING_NOTE.search(body, start) and not _FIRST_PERSON.search(body, start) else None


NOTE_CHARS = 200  # a closing note is one short sentence
_QA_MARKS = ("Q.", "Q:", "A.", "A:")  # in every match of _QA_LABEL


def _colon_lines(text: str) -> list[int]:
    """The starts of the lines with a colon, in order: the only places a name label (one line, a colon after the
    name) can match, tried there instead of the whole text searched for line starts."""
    starts: list[int] = []
    pos = text.find(":")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        starts.append(start)
        end = text.find("\n", pos)
        if end < 0:
            break
        pos = text.find(":", end)
    return starts


def _matches_at(rx: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """rx.finditer(text) for a one-line pattern anchored at a line's start, tried at those starts alone."""
    return [m for m in (rx.match(text, start) for start in starts) if m is not None]


def _label_kind(label: str) -> str | None:
    """"q" for a questioner's label ("QUESTION", "Q", "Reporter", a news outlet's "Reuters"), "a" for an answer's
    bare "A", else None."""
    first = _label_word(label)
    if label.strip().upper() in _ANSWERERS:
        return "a"
    return "q" if first in QUESTIONERS or gazetteer().is_outlet(label.strip()) else None


def _label_word(label: str) -> str:
    """A label's first word, lower-cased ("" for none)."""
    words = label.split()
    return words[0].strip(".,").lower() if words else ""


def _titled_caps(label: str) -> bool:
    """A capitalised label with an office or honorific ("SECRETARY KERRY", "MR. PRICE"): one speaker's remarks."""
    parts = label.split()
    return len(parts) >= 2 and label.isupper() and any(p.lower() in TITLE_HEADS | set(HONORIFICS) for p in parts[:-1])


def _asks(text: str, parts: tuple[tuple[int, int], ...]) -> bool:
    """True for a transcript turn that ends on a question (what a journalist or member says)."""
    return bool(parts) and text[parts[-1][0]:parts[-1][1]].rstrip(" )\u201d\"'").endswith("?")


def _line_end(text: str, pos: int) -> int:
    """End of the line that starts at or before pos."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-empty paragraphs of [start, end), asides such as "(Laughter.)" left at their edges."""
    pos = start
    for chunk in re.split(r"(\n[ \t]*\n)", text[start:end]):
        a, b = pos, pos + len(chunk)
        pos = b
        words = _ASIDE.sub(" ", chunk).split()
        if len(words) < MIN_WORDS or not chunk.strip() or chunk.strip().startswith(("\n",)):
            continue
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        yield a, b


def header_speaker_span(text: str) -> tuple[int, int, int] | None:
    """A press statement's header ("Statement by X on ...", or "Press Statement" then a name line):
    (start, end) of the header and the start of the paragraph it attributes."""
    m = _STATEMENT_HEAD.search(text, 0, min(len(text), 400))
    if m is not None:  # "Statement by X on ...": X; "Readout of X's call with Y": only name lines below speak
        by = re.search(r"\b(?:by|from)\b", m.group(0))
        first = m.start() + by.end() if by is not None else m.end()
    elif (m := _BYLINE_HEAD.match(text)) is not None:
        first = m.start()
    else:
        return None
    pos = m.end() + 1
    for _ in range(HEADER_LINES):
        end = _line_end(text, pos)
        line = text[pos:end]
        if len(line.split()) >= LEAD_WORDS and not _CAPS_LABEL.match(line):
            return first, pos, pos + len(line) - len(line.lstrip())
        if pos >= len(text):
            return None
        pos = end + 1
    return None


def lead_lemma(lemma: str) -> bool:
    """True for a lemma readout_lead may accept (a cheap test before building the token)."""
    return lemma.lower() in _LEAD_VERBS


def readout_lead(verb) -> bool:
    """"X provided the following readout:": the verb hands what follows to its subject."""
    if verb.lemma_.lower() not in _LEAD_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _LEAD_NOUNS]
    return bool(objs) and any(t.text == ":" for t in verb.sent[-3:])


# A headline's "Moldovan president: \u201cOur future is in the EU\u201d" or "\u201cAfrica is ...\u201d \u2014 Kenyan president".
_HEAD_SAYS = re.compile(r"^(?:[A-Za-z]+[ \t]*\|[ \t]*)?([A-Z][^\n:\u201c\"|]{1,60}?):[ \t]+(\S[^\n]{8,200}?)[ \t]*$")
_HEAD_QUOTE = re.compile(r"^(?:[A-Za-z]+[ \t]*\|[ \t]*)?[\u201c\"]([^\n\u201c\u201d\"]{8,200})[\u201d\"][ \t]*(?::|[-\u2013\u2014]+)"
                         r"[ \t]*([A-Za-z][^\n:\u201c\"]{1,60}?)[ \t]*$")
_HEAD_SAYS_AFTER = re.compile(r"^(?:[A-Za-z]+[ \t]*\|[ \t]*)?(\S[^\n]{8,200}?),[ \t]+says[ \t]+([A-Z][^\n:,.\u201c\"]{1,60}?)"
                              r"[ \t]*$")  # "Drone flights 'a grave provocation', says Seoul"
_DOCUMENT_TITLE = re.compile(r"(?i)(?:(?:joint|press|official|final|media)[ \t]+)*(?:statement|communiqu[eé]|declaration|"
                             r"readout|remarks|release|transcript)\b")
HEAD_SPEAKER_WORDS = 6  # a headline's speaker is a short phrase ("WHO chief", "DIRCO spokesperson X")


def headline_attribution(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The speaker span and the words span of a headline that attributes words ("X: ..." or "\u201c...\u201d \u2014 X")."""
    end = _line_end(text, 0)
    line = text[:end]
    m = _HEAD_QUOTE.match(line)
    if m is not None:
        speaker, words = (m.start(2), m.end(2)), (m.start(1), m.end(1))
    else:
        m = _HEAD_SAYS.match(line)
        if m is not None:
            speaker, words = (m.start(1), m.end(1)), (m.start(2), m.end(2))
        elif (m := _HEAD_SAYS_AFTER.match(line)) is not None:
            speaker, words = (m.start(2), m.end(2)), (m.start(1), m.end(1))
        else:
            return None
    if len(text[speaker[0]:speaker[1]].split()) > HEAD_SPEAKER_WORDS or _DOCUMENT_TITLE.match(text, words[0]):
        return None  # "BURUNDI-RWANDA: JOINT STATEMENT OF ...": a document's title, nobody's words
    a, b = words
    while a < b and text[a] in "\u201c\"'\u2018 ":
        a += 1
    while b > a and text[b - 1] in "\u201d\"'\u2019 .":
        b -= 1
    said = " ".join(text[a:b].lower().split())
    body = " ".join(text[end:].lower().split())
    quoted = [q.lower() for q in re.findall(r"[\u201c\"]([^\u201c\u201d\"\n]{4,120})[\u201d\"]", text[words[0]:words[1]])]
    if len(said) < 8 or said in body or any(q in body for q in quoted):
        return None  # a headline restating words the story quotes is not a second statement
    return speaker, (a, b)
