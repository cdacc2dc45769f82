"""The project's spaCy pipeline: the packaged English model plus diplograph's own components."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from diplograph.errors import DiplographError
from diplograph.extract.actors.finder import register_extensions
from diplograph.extract.base import MODEL
from diplograph.extract.events.cues import make_event_cues
from diplograph.kb.roles import ABBREVIATIONS, HONORIFICS, is_title

__all__ = ["MAX_LENGTH", "load_nlp", "make_event_cues", "make_line_splitter"]

MAX_LENGTH = 2_000_000
# "Brig. Gen. X", "Lt. Col. Y": abbreviated titles are one token each and never end a sentence.
TITLE_ABBREVIATIONS = frozenset(a.title() for a in {*ABBREVIATIONS, *HONORIFICS} if a.endswith("."))

_INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")  # U.S., U.N., U.K.


@Language.factory("diplograph_lines", assigns=["token.is_sent_start"])
def make_line_splitter(nlp: Language, name: str):
    """Sentence starts at line breaks, so headlines without a full stop stay apart."""
    return split_at_lines


def split_at_lines(doc: Doc) -> Doc:
    """Mark the first word after every line break as a sentence start (before the parser runs)."""
    after_break = False
    for tok in doc:
        if tok.is_space or not tok.text.strip():
            after_break = after_break or "\n" in tok.text
            if "\n" in tok.whitespace_:
                after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        elif tok.i > 0 and doc[tok.i - 1].text in TITLE_ABBREVIATIONS and tok.text[:1].isupper():
            tok.is_sent_start = False
        elif tok.i > 0 and _INITIALISM.fullmatch(doc[tok.i - 1].text) and is_title(tok.text):
            tok.is_sent_start = False  # "U.S. Ambassador X met ...": the initials qualify the title
        after_break = "\n" in tok.whitespace_
    return doc


@lru_cache(maxsize=2)
def load_nlp(actors: bool = True) -> Language:
    """The packaged model with diplograph's components; loaded once, never downloaded."""
    import spacy

    register_extensions()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise DiplographError(f"spaCy model {MODEL!r} is not installed ({exc})") from None
    nlp.max_length = MAX_LENGTH
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("diplograph_lines", before="parser")
    nlp.add_pipe("diplograph_event_cues", last=True)
    if actors:
        nlp.add_pipe("diplograph_actors", last=True)
    return nlp
