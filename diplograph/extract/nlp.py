"""The project's spaCy pipeline: the packaged English model plus diplograph's own components."""

from __future__ import annotations

import gc
import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from diplograph.errors import DiplographError
from diplograph.extract.actors import blocs, headlines, names
from diplograph.extract.actors.finder import register_extensions
from diplograph.extract.base import MODEL
from diplograph.extract.cached import make_cached_attributes, make_cached_lemmas
from diplograph.extract.clauses import DATELINE, DATELINE_TOKENS
from diplograph.extract.events import leaders
from diplograph.extract.events.cues import make_event_cues
from diplograph.kb.event_lexicon import CO_LEAD_FORMS
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.petrarch import phoenix_actors
from diplograph.kb.roles import ABBREVIATIONS, FOREIGN_TITLE_PHRASES, HONORIFICS, is_title
from diplograph.timex.dateline import ZONE_NAME

__all__ = ["MAX_LENGTH", "load_nlp", "make_cached_attributes", "make_cached_lemmas", "make_event_cues",
           "make_line_splitter"]

MAX_LENGTH = 2_000_000
# "Brig. Gen. X", "Lt. Col. Y": abbreviated titles are one token each and never end a sentence.
TITLE_ABBREVIATIONS = frozenset(a.title() for a in {*ABBREVIATIONS, *HONORIFICS} if a.endswith(".")) \
    | {w for p in FOREIGN_TITLE_PHRASES for w in p if w.endswith(".")}  # "Minister a.i. Jane Roe", written lower

_STOPS = frozenset(".!?")
_CLOSING_QUOTES = frozenset('"\u201d')  # a straight or right double quotation mark
_CAPTION_LABELS = frozenset("FILE PHOTO UPDATE UPDATED BREAKING WATCH VIDEO EXCLUSIVE ANALYSIS".split())
_DATELINE_LINES = 8  # lines (title, byline, blank ones) a dateline may come after
_FIRST_SENTENCE = 80  # words a dateline's first sentence is kept whole over
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")  # U.S., U.N., U.K.
_CLOCK_HALVES = frozenset({"a.m.", "p.m."})
_ZONE_WORD = re.compile(ZONE_NAME)  # "ET", "EDT", "GMT" after "3:15 p.m.": the live-blog stamps' zones


@Language.factory("diplograph_lines", assigns=["token.is_sent_start"])
def make_line_splitter(nlp: Language, name: str):
    """Sentence starts at line breaks, so headlines without a full stop stay apart."""
    return split_at_lines


def split_at_lines(doc: Doc) -> Doc:
    """Mark the first word after every line break as a sentence start (before the parser runs).

    Reads the token texts once as a column (a spaCy Token is a new object on every access) and
    builds Tokens only for the few words it marks. spaCy's trailing whitespace is one space at
    most, so line breaks live in whitespace tokens only.
    """
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()] if len(doc) else []
    after_break, lines = True, 0
    for i, word in enumerate(words):
        if not word.strip():  # whitespace (is_space) or empty
            after_break = after_break or "\n" in word
            continue
        if after_break:
            if i > 0:
                doc[i].is_sent_start = True
            if lines < _DATELINE_LINES and word[:1].isupper():  # a dateline opens one of the story's first lines
                _after_dateline(doc, i)
            lines += 1
        elif i > 0 and words[i - 1] in TITLE_ABBREVIATIONS and word[:1].isupper():
            doc[i].is_sent_start = False
        elif i > 0 and words[i - 1].lower() in _CLOCK_HALVES and _ZONE_WORD.fullmatch(word):
            doc[i].is_sent_start = False  # "12:45 p.m. ET": the zone goes with its time, not a sentence of its own
        elif i > 0 and _INITIALISM.fullmatch(words[i - 1]) and is_title(word):
            doc[i].is_sent_start = False  # "U.S. Ambassador X met ...": the initials qualify the title
        elif i > 1 and words[i - 1] == "." and words[i - 2] in _NAME_ABBREVIATIONS and _name_goes_on(word):
            doc[i].is_sent_start = False  # "Ma. Cristina Reyes", "Md. Touhid Hossain": a given name cut short
        elif word in _CLOSING_QUOTES and i > 0 and words[i - 1] in _STOPS and not doc[i - 1].whitespace_ \
                and (doc[i].whitespace_ or i + 1 == len(words) or not words[i + 1].strip()):
            doc[i].is_sent_start = False  # "... for ever." then a space or line break: the quotation's closing mark
            # ends its sentence, not one of its own
        after_break = False
    return doc


# Given names written short in Philippine, Bangladeshi, Malaysian and Indonesian usage ("Ma." Maria, "Md."/"Mohd."
# Mohammad, "Muh." Muhammad): the full stop ends no sentence when a name goes on after it.
_NAME_ABBREVIATIONS = frozenset("Ma Md Mohd Muhd Muh Moh Mhd".split())


def _name_goes_on(word: str) -> bool:
    """A capitalised name word that is no English function word ("Cristina", "Touhid"; not "The", "He")."""
    return word.istitle() and word.isalpha() and word.lower() not in STOP_WORDS and not is_title(word) \
        and (word.lower() in names.given_names() or not gazetteer().lookup(word))


def _after_dateline(doc: Doc, first: int) -> None:
    """"ARUSHA, June 7 - Kenya and Tanzania signed ...": the story's first word starts a sentence of its own,
    so the parser does not read the dateline's place and day into the story's subject."""
    line = doc[first:min(len(doc), first + DATELINE_TOKENS + 1)]
    m = DATELINE.match(line.text)
    if m is None or doc[first].text in _CAPTION_LABELS:
        return  # "FILE - Delegates attend ...": a photo caption's label, not a place
    end = line.start_char + m.end()
    body = next((t.i for t in line if t.idx >= end), None)
    if body is None or body == first:
        return
    doc[body].is_sent_start = True
    for i in range(body + 1, min(len(doc), body + _FIRST_SENTENCE)):  # up to its own full stop, one sentence
        tok = doc[i]
        if "\n" in tok.text_with_ws or tok.text in _STOPS:
            break
        tok.is_sent_start = False


@lru_cache(maxsize=4)
def load_nlp(actors: bool = True, cached: bool = True) -> Language:
    """The packaged model with diplograph's components; loaded once, never downloaded.

    ``cached``: the model's attribute ruler and lemmatizer run as column passes over outcomes
    learnt from them (same annotations, a fraction of their CPU); the originals stay loaded,
    disabled, and are what those passes learn from.
    """
    import spacy

    register_extensions()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise DiplographError(f"spaCy model {MODEL!r} is not installed ({exc})") from None
    nlp.max_length = MAX_LENGTH
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for form in CO_LEAD_FORMS:  # "co-chaired" one verb, not "co", "-", "chaired"
        for word in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("diplograph_lines", before="parser")
    if cached:
        for stock, ours in (("attribute_ruler", "diplograph_attributes"), ("lemmatizer", "diplograph_lemmas")):
            if stock in nlp.pipe_names:
                nlp.add_pipe(ours, after=stock)
                nlp.disable_pipe(stock)
    nlp.add_pipe("diplograph_event_cues", last=True)
    if actors:
        nlp.add_pipe("diplograph_actors", last=True)
    _settle()
    return nlp


def _settle() -> None:
    """Load the big tables the steps read (gazetteer, Phoenix actors, the word lists the actor and event steps build
    on first use), then keep all that lives as long as the process out of the collector's full passes (gc.freeze):
    each of them walked it all again, ~7% of the steps. The steps make many short-lived containers: a young-generation
    pass every 5,000 of them instead of every 700 sees fewer survivors (the collector's time in the steps: ~3x less)."""
    gazetteer()
    phoenix_actors()
    for table in (names.given_names, names._cities, names._us_states, blocs._name_words, leaders._by_surname):
        table()
    for pos in ("noun", "verb", "adj", "adv"):
        headlines.english_words(pos)
    gc.freeze()
    first, *older = gc.get_threshold()
    gc.set_threshold(max(first, _YOUNG_THRESHOLD), *older)


_YOUNG_THRESHOLD = 5_000  # allocations between young-generation collections (Python's default: 700)
