"""Speech without quotation marks: transcript speaker labels, "Name: ..." lines and press-statement leads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# "SECRETARY KERRY: ", "FOREIGN MINISTER LAVROV: ", "MR. PRICE: " (a few capitalised words, then a colon)
_CAPS_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'\u2019-]*[ \t]){0,4}[A-Z][A-Z'\u2019-]+)[ \t]*:[ \t]*(?=\S)", re.M)
# "Spokesperson Ned Price: ", "Lavrov: " (capitalised words, then a colon; checked against the actors)
_NAME_LABEL = re.compile(r"^[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]){0,5}[A-Z][\w'\u2019-]+)[ \t]*:[ \t]*(?=\S)", re.M)
_STATEMENT_HEAD = re.compile(r"^[ \t]*(?:press[ \t]+)?(?:statement|readout)\b[^\n]{0,200}$", re.I | re.M)
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


def labelled_turns(text: str) -> Iterator[Turn]:
    """Transcript turns ("SECRETARY KERRY: ...", "Spokesperson X: ...") with their paragraphs."""
    labels = sorted({(m.start(1), m.end(1), m.end()) for rx in (_CAPS_LABEL, _NAME_LABEL) for m in rx.finditer(text)
                     if not re.search(r"https?$|\d$", m.group(1))})
    transcript = sum(1 for a, b, _ in labels if text[a:b].isupper()) >= 2
    for n, (a, b, body) in enumerate(labels):
        stop = labels[n + 1][0] if n + 1 < len(labels) else len(text)
        end = stop if transcript and text[a:b].isupper() else _line_end(text, body)
        yield Turn((a, b), tuple(_paragraphs(text, body, end)))


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
    if m is None:
        return None
    pos = m.end() + 1
    for _ in range(HEADER_LINES):
        end = _line_end(text, pos)
        line = text[pos:end]
        if len(line.split()) >= LEAD_WORDS and not _CAPS_LABEL.match(line):
            return m.start(), pos, pos + len(line) - len(line.lstrip())
        if pos >= len(text):
            return None
        pos = end + 1
    return None


def readout_lead(verb) -> bool:
    """"X provided the following readout:": the verb hands what follows to its subject."""
    if verb.lemma_.lower() not in _LEAD_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LEAD_NOUNS]
    return bool(objs) and any(t.text == ":" for t in verb.sent[-3:])
