"""Per-document token columns and text, read once per actor pass: spaCy builds a new Token on every access."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import add
from typing import NamedTuple

import numpy

from spacy.attrs import HEAD, IDX, IS_PUNCT, IS_SPACE, ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

# Per-call caches in doc.user_data (doc.text, doc.ents and Token objects are rebuilt on access).
_TEXT, _COLUMNS, _ENTITIES, _SENTS = "_dg_text", "_dg_columns", "_dg_entities", "_dg_sentences"
_TREE, _OFFSETS = "_dg_heads", "_dg_offsets"


class Columns(NamedTuple):
    """Token attributes as plain lists, by token index."""

    words: list[str]  # token texts
    spaces: list[str]  # trailing whitespace
    blank: list[bool]  # is_space
    punct: list[bool]  # is_punct
    breaks: list[int]  # indices of the tokens holding a line break, ascending


class _Strings(dict):
    """Strings by hash, shared by every document: a hash names one string in any vocab, and most words repeat."""

    LIMIT = 1 << 18  # distinct strings kept before starting afresh (a long build meets new words forever)
    store: StringStore | None = None

    def __missing__(self, key: int) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        text = self[key] = self.store[key]
        return text


_STRINGS = _Strings()
_SPACES = ("", " ")


def strings_of(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of a column of hashes read from ``doc``, looked up once per distinct string."""
    _STRINGS.store = doc.vocab.strings
    return list(map(_STRINGS.__getitem__, hashes))


def doc_text(doc: Doc) -> str:
    """The document's text, built once per pass from the token columns (``Doc.text`` makes a Token per word)."""
    text = doc.user_data.get(_TEXT)  # (one read of the dict when cached: asked again and again)
    if text is None:
        cols = token_columns(doc)
        text = doc.user_data[_TEXT] = "".join(map(str.__add__, cols.words, cols.spaces))
    return text


def token_columns(doc: Doc) -> Columns:
    """The document's token columns, read once per actor pass."""
    columns = doc.user_data.get(_COLUMNS)  # (one read of the dict when cached: asked again and again)
    if columns is None:
        # one list per attribute (transposed first): a list per token row costs more than the reads
        table = doc.to_array([ORTH, SPACY, IS_SPACE, IS_PUNCT])
        words = strings_of(doc, table[:, 0].tolist())
        spacy, blank, punct = table[:, 1:].astype(bool).T.tolist() if len(doc) else ([], [], [])  # bools made in numpy
        spaces = list(map(_SPACES.__getitem__, spacy))  # spaCy's trailing whitespace is one space or none
        columns = doc.user_data[_COLUMNS] = Columns(words, spaces, blank, punct,
                                                    [i for i, w in enumerate(words) if "\n" in w])
    return columns


def entities(doc: Doc) -> tuple[Span, ...]:
    """The parser's entities, read once per pass (``Doc.ents`` builds new Spans on every access)."""
    if _ENTITIES not in doc.user_data:
        doc.user_data[_ENTITIES] = doc.ents
    return doc.user_data[_ENTITIES]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for tokens start < end, cut from the document's text (a Span and its text make
    a Token per word)."""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx:last.idx + len(last)]


def sentence_start(doc: Doc, i: int) -> int:
    """``doc[i].sent.start`` from starts read once per pass (``Token.sent`` scans the whole document each time)."""
    return sentence_bounds(doc, i)[0]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``doc[i].sent``'s (start, end) from starts read once per pass, with no Span built."""
    if _SENTS not in doc.user_data:
        doc.user_data[_SENTS] = [sent.start for sent in doc.sents]
    starts = doc.user_data[_SENTS]
    k = bisect_right(starts, i)
    return starts[k - 1], (starts[k] if k < len(starts) else len(doc))


def char_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and the character after it (``t.idx``, ``t.idx + len(t)``), read once per pass."""
    found = doc.user_data.get(_OFFSETS)
    if found is None:
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        found = doc.user_data[_OFFSETS] = (starts, list(map(add, starts, map(len, token_columns(doc).words))))
    return found


def char_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """``doc.char_span(start, end, alignment_mode="expand")``'s (start, end) for start < end, or None, with no Span
    built: each character belongs to the token whose text or trailing space holds it."""
    starts, ends = char_offsets(doc)
    size = ends[-1] + len(token_columns(doc).spaces[-1]) if starts else 0
    if not (0 <= start < size and 0 < end <= size):
        return None
    first = bisect_right(starts, start) - 1
    return first + (start == ends[first]), bisect_right(starts, end - 1)


def subtree_ids(tok) -> list[int]:
    """The indices of ``tok.subtree``, ascending, with no Token per word: the words between its edges when each of
    them but the word hangs on another of them (one slice's min and max), else those whose heads climb to it (a
    non-projective parse may put others between the edges)."""
    i, left, right = tok.i, tok.left_edge.i, tok.right_edge.i
    if left == right:
        return [i]
    doc = tok.doc
    up = doc.user_data.get(_TREE)
    if up is None:  # each token's head, -1 for a root: HEAD holds the offset to it as an unsigned integer
        offsets = doc.to_array(HEAD).astype(numpy.int64)
        up = doc.user_data[_TREE] = numpy.where(offsets == 0, -1, offsets + numpy.arange(len(doc))).tolist()
    heads = up[left:right + 1]
    heads[i - left] = left  # the word's own head, outside
    if left <= min(heads) and max(heads) <= right:
        return list(range(left, right + 1))
    out = []
    for k in range(left, right + 1):
        j = k
        while j != i and left <= j <= right:
            j = up[j]
        if j == i:
            out.append(k)
    return out


def line_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the line around tokens ``start`` to ``end``: after the last break before ``start``,
    up to the first break at or after ``end``."""
    breaks = token_columns(doc).breaks
    before, after = bisect_left(breaks, start), bisect_left(breaks, end)
    return (breaks[before - 1] + 1 if before else 0), (breaks[after] if after < len(breaks) else len(doc))


def forget(doc: Doc) -> None:
    """Drop the text, columns, entities, sentence starts, heads and offsets (nothing per call may travel with a pickled Doc)."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_COLUMNS, None)
    doc.user_data.pop(_ENTITIES, None)
    doc.user_data.pop(_SENTS, None)
    doc.user_data.pop(_TREE, None)
    doc.user_data.pop(_OFFSETS, None)
