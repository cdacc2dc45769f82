"""The sentence a span sits in, read from the article text, so a source shows its words in context."""

from __future__ import annotations

import re

from diplograph.kb.roles import ABBREVIATIONS, HONORIFICS

SIDE = 200  # characters of context kept on either side of the span: long sentences are clipped
# A sentence ends at a run of end marks (closing quotes and brackets included) before white
# space, or at a line break; one pass of a bounded window, so the time is linear in SIDE.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_SHORT = frozenset(k for k in (*HONORIFICS, *ABBREVIATIONS) if k.endswith(".")) | frozenset(
    f"{w}." for w in """jan feb mar apr jun jul aug sep sept oct nov dec no nos st jr sr inc ltd co
    corp bros dept est approx vs mt ft""".split())


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether an end mark closes a sentence: not an abbreviation, an initial, or before lower case."""
    if m.group() == "\n":
        return True
    after, stop = m.end(), min(len(text), m.end() + 40)  # blanked boilerplate: long runs of spaces
    while after < stop and text[after] in " \t\u00a0":
        after += 1
    if after < stop and text[after].islower():
        return False  # "said the U.S. envoy", "'Soon.' she said"
    if m.group() != ".":
        return True
    i = end = m.start()
    while i > 0 and end - i < 20 and (text[i - 1].isalnum() or text[i - 1] in ".'’-"):
        i -= 1
    token = text[i:end].lstrip("'’-").lower()
    return not (f"{token}." in _SHORT or "." in token
                or (len(token) == 1 and token.isalpha()))  # "Mr.", "U.S.", "J."


def sentence_span(text: str, start: int, end: int, side: int = SIDE) -> tuple[int, int]:
    """Offsets into ``text`` of the sentence holding text[start:end], clipped to ``side`` characters around it."""
    lo, hi = max(0, start - side), min(len(text), end + side)
    begin = lo
    clipped = lo > 0
    for m in _END.finditer(text, lo, start):
        if _ends_sentence(text, m):
            begin, clipped = m.end(), False
    if clipped:  # no sentence start within reach: begin at a word
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else start
    # an end mark closing the span itself ends the sentence too ("... soon." she said)
    scan = end - 1 if end > start and text[end - 1] in ".!?…" else end
    finish = hi
    for m in _END.finditer(text, scan, min(len(text), hi + 1)):
        if _ends_sentence(text, m):
            finish = m.start() if m.group() == "\n" else m.end()
            break
    else:
        if hi < len(text):  # clipped: end at a word
            space = text.rfind(" ", end, hi)
            finish = space if space >= 0 else end
    while begin < start and text[begin].isspace():
        begin += 1
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, max(finish, end)
