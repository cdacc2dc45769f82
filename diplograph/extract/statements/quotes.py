"""Quotation spans in raw news text, so speech can be told from narration in every quote style."""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018"  # ‘
SINGLE_CLOSE = "\u2019"  # ’ (also the typographic apostrophe)
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/:;,\u00a0") | set(DOUBLE_OPEN) | {'"'}
_PUNCT_END = set(".,!?;:\u2026)\u2014\u2013-") | set(DOUBLE_CLOSE) | {'"'}
_ELLIPSIS = re.compile(r"^(?:\u2026|\.\.\.)\s*|\s*(?:\u2026|\.\.\.)$")
# The only characters the scans below act on, so they can jump from one to the next.
_DOUBLE_OPENING = re.compile(f'[{DOUBLE_OPEN}"]')
_DOUBLE_INSIDE = re.compile(f'[{DOUBLE_OPEN}{DOUBLE_CLOSE}"\n]')
_SINGLE_OPENING = re.compile(f"[{SINGLE_OPEN}']")
_SINGLE_CLOSING = re.compile(f"[{SINGLE_CLOSE}']")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: its marks' span and the inner text parts (several when it runs over paragraphs)."""

    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the last part)
    parts: tuple[tuple[int, int], ...]  # inner [start, end) spans, marks excluded
    style: str  # "double" | "single" | "guillemet"

    def text(self, source: str) -> str:
        """The quoted words, parts joined by a space, outer ellipses and stray punctuation trimmed."""
        return clean(" ".join(source[a:b] for a, b in self.parts))

    def inner(self) -> tuple[int, int]:
        """The [start, end) span from the first to the last quoted character."""
        return self.parts[0][0], self.parts[-1][1]

    def covers(self, pos: int) -> bool:
        """True if a character offset lies inside the quoted words."""
        return any(a <= pos < b for a, b in self.parts)


def clean(text: str) -> str:
    """Quote text without leading/trailing ellipses, dashes and commas, whitespace collapsed."""
    text = " ".join(text.split())
    for _ in range(2):
        text = text.strip()
        if "\u2026" in text or "..." in text:  # the pattern reads the whole text: only where it can match
            text = _ELLIPSIS.sub("", text)
        text = text.strip(" ,;:\u2014\u2013")
    return text.rstrip(",")


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in text order: double/guillemet first, then single quotes outside them."""
    doubles = _find_double(text)
    singles = [q for q in _find_single(text)
               if not any(d.start <= q.start < d.end for d in doubles)]
    # a single quote wrapping whole double quotes is the outer one (British style);
    # one that crosses a double quote's boundary is a misread apostrophe
    singles = [q for q in singles
               if all(q.end <= d.start or q.end >= d.end for d in doubles if q.start < d.start)]
    doubles = [d for d in doubles if not any(q.start < d.start and d.end <= q.end for q in singles)]
    return sorted(doubles + singles, key=lambda q: q.start)


def _is_open(text: str, i: int) -> bool:
    """A straight mark opens when preceded by a boundary and followed by a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _is_close(text: str, i: int) -> bool:
    """A closing mark follows a non-space and is not inside a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _find_double(text: str) -> list[Quote]:
    """Double quotes and guillemets, including quotes continued over paragraphs."""
    out: list[Quote] = []
    opened: int | None = None
    parts: list[tuple[int, int]] = []
    first = -1
    style = "double"
    i = 0
    while i < len(text):
        if opened is not None or not parts:  # else every character counts: a continuation may never re-open
            m = (_DOUBLE_OPENING if opened is None else _DOUBLE_INSIDE).search(text, i)
            if m is None:
                break
            i = m.start()
        ch = text[i]
        straight = ch == '"'
        if opened is None:
            if ch in DOUBLE_OPEN or (straight and _is_open(text, i)):
                opened, first = i + 1, i if not parts else first
                style = "guillemet" if ch in "\u00ab" else "double"
            elif parts and not ch.isspace():  # a continuation that never re-opened
                out.append(Quote(first, parts[-1][1], tuple(parts), style))
                parts = []
        elif ch in DOUBLE_CLOSE or (straight and _is_close(text, i)):
            parts.append((opened, i))
            out.append(Quote(first, i + 1, tuple(parts), style))
            opened, parts = None, []
        elif ch == "\n":
            opened = _continue_paragraph(text, i, opened, parts)
        elif ch in DOUBLE_OPEN:  # an opening mark while open: the earlier one was never closed
            opened, first, parts = i + 1, i, []
        i += 1
    return out


def _continue_paragraph(text: str, i: int, opened: int, parts: list[tuple[int, int]]) -> int | None:
    """At a newline inside an open quote: keep it open only if the next paragraph re-opens it."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and (text[j] in DOUBLE_OPEN or text[j] == '"') and text[i - 1:i] not in DOUBLE_CLOSE:
        parts.append((opened, i))
        return None  # the next paragraph's opening mark opens the next part
    parts.clear()
    return None


def _find_single(text: str) -> list[Quote]:
    """Single quotes (curly or straight), telling closing marks from apostrophes."""
    out: list[Quote] = []
    i = 0
    while (m := _SINGLE_OPENING.search(text, i)) is not None:  # from one mark to the next
        i = m.start()
        if text[i] == SINGLE_OPEN or _is_open(text, i):
            close = _single_close(text, i)
            if close is not None:
                out.append(Quote(i, close + 1, ((i + 1, close),), "single"))
                i = close + 1
                continue
        i += 1
    return out


def _single_close(text: str, start: int) -> int | None:
    """The closing mark for a single quote opened at start, within its paragraph."""
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    candidates = [j for m in _SINGLE_CLOSING.finditer(text, start + 2, stop) if _is_close(text, j := m.start())]
    if not candidates:
        return None
    for j in candidates:  # the first mark that is not a plural possessive ("leaders' talks")
        after = text[j + 1] if j + 1 < stop else "\n"
        if text[j - 1] != "s" or text[j - 1] in _PUNCT_END or after in _PUNCT_END or after == "\n":
            return j
    return candidates[0]
