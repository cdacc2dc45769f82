"""Title Case headlines: entities NER glued to a headline's verb are cut back to the names in them."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.extract.base import MODEL
from diplograph.kb.gazetteer import gazetteer

_MINOR = frozenset("of the and to in on for a an at with by from as or vs".split())
_HEADLINE_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")
_PLURAL_NAMES = frozenset("""states nations affairs forces relations rights services works arms games sciences
studies talks islands emirates airways airlines holdings partners""".split())


def headline_parts(ent: Span, text: str, surnames: Counter, names: set[tuple[str, ...]]) -> list[Span]:
    """In a Title Case headline, the names around a verb NER took in: "Supreme Court [Rejects Toy Company's]",
    "Sorokin [Meets] Blake" (people only when a piece is a full name or surname of the article)."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < (3 if ent.label_ == "ORG" else 2) \
            or not _in_headline(ent, text):
        return [ent]
    cuts = [t.i for t in ent[1:] if verb_like(t) or _base_verb(t)]
    if not cuts:
        return [ent]
    if ent.label_ == "ORG":  # "International Rescue Committee": a base form cuts only after a known name
        cut = next((i for i in cuts if verb_like(ent.doc[i])
                    or gazetteer().lookup(ent.doc[ent.start:i].text) is not None), None)
        return [ent] if cut is None else [Span(ent.doc, ent.start, cut, label="ORG")]
    for k in range(len(ent) - 1, 1, -1):  # "Brooks Banks Warns": a full name of the article comes first
        if tuple(t.lower_ for t in ent[:k]) in names:
            return [Span(ent.doc, ent.start, ent.start + k, label="PERSON")]
    bounds = [ent.start - 1, *cuts, ent.end]
    pieces = [Span(ent.doc, a + 1, b, label="PERSON") for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    named = [p for p in pieces if surnames[p[-1].lower_] > (1 if p.end == ent.end else 0)]
    return named or [ent]


def headline_verb(tok: Token, text: str) -> bool:
    """A word that reads as a verb in a Title Case headline, base forms included ("Meet", "Postpone")."""
    return verb_like(tok) or _base_verb(tok) and _in_headline(tok.doc[tok.i: tok.i + 1], text)


def in_headline(tok: Token, text: str) -> bool:
    """True when a word sits in a Title Case headline line (a verb-like "Soares" in a sentence is a name)."""
    return _in_headline(tok.doc[tok.i: tok.i + 1], text)


def _base_verb(tok: Token) -> bool:
    """A Title Case base form after a plural subject ("Mbeki, Mugabe Meet", "US, ASEAN Postpone")."""
    return tok.is_title and tok.lower_ in _verbs() and tok.tag_ not in ("NNS", "NNPS")


def verb_like(tok: Token) -> bool:
    """A Title Case word of a headline that reads as a verb ("Rejects", "Meets", "Watches")."""
    low, verbs = tok.lower_, _verbs()
    return low.endswith("s") and not low.endswith("ss") and low not in _PLURAL_NAMES and (
        low[:-1] in verbs or low.endswith("es") and low[:-2] in verbs)


def _in_headline(ent: Span, text: str) -> bool:
    """True when an entity sits in a Title Case line of four words or more without a full stop."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start: end if end >= 0 else len(text)].strip()
    if line.endswith((".", ",", ":")):
        return False
    words = [w for w in _HEADLINE_WORDS.findall(line) if w.lower() not in _MINOR]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.9 * len(words)


def _verbs() -> frozenset[str]:
    return english_words("verb")


@lru_cache(maxsize=4)
def english_words(pos: str) -> frozenset[str]:
    """Base forms of English words of one class ("verb", "noun", "adj", "adv") from the packaged model's
    lemmatizer tables (empty if not found)."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        folder = next(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        return frozenset(Lookups().from_disk(folder).get_table("lemma_index")[pos])
    except (StopIteration, OSError, KeyError, ImportError):
        return frozenset()
