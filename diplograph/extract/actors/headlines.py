"""Title Case headlines: entities NER glued to a headline's verb are cut back to the names in them."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.extract.base import MODEL

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
    cuts = [t.i for t in ent[1:] if verb_like(t)]
    if not cuts:
        return [ent]
    if ent.label_ == "ORG":
        return [Span(ent.doc, ent.start, cuts[0], label="ORG")]
    for k in range(len(ent) - 1, 1, -1):  # "Brooks Banks Warns": a full name of the article comes first
        if tuple(t.lower_ for t in ent[:k]) in names:
            return [Span(ent.doc, ent.start, ent.start + k, label="PERSON")]
    bounds = [ent.start - 1, *cuts, ent.end]
    pieces = [Span(ent.doc, a + 1, b, label="PERSON") for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    named = [p for p in pieces if surnames[p[-1].lower_] > (1 if p.end == ent.end else 0)]
    return pieces if named else [ent]


def verb_like(tok: Token) -> bool:
    """A Title Case word of a headline that reads as a verb ("Rejects", "Meets", "Watches")."""
    low, verbs = tok.lower_, _verbs()
    return low.endswith("s") and not low.endswith("ss") and low not in _PLURAL_NAMES and (
        low[:-1] in verbs or low.endswith("es") and low[:-2] in verbs)


def _in_headline(ent: Span, text: str) -> bool:
    """True when an entity sits in a Title Case line of five words or more without a full stop."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start: end if end >= 0 else len(text)].strip()
    if line.endswith((".", ",", ":")):
        return False
    words = [w for w in _HEADLINE_WORDS.findall(line) if w.lower() not in _MINOR]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.9 * len(words)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Base forms of English verbs from the packaged model's lemmatizer tables (empty if not found)."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        folder = next(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        return frozenset(Lookups().from_disk(folder).get_table("lemma_index")["verb"])
    except (StopIteration, OSError, KeyError, ImportError):
        return frozenset()
