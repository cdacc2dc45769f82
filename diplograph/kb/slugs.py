"""The one slug: keys keep every script; IRI segments are ASCII, with a hash where letters are lost."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from slugify import slugify

from diplograph.kb.gazetteer import fold

MAX_ASCII = 80  # longer IRI segments are cut and keep a hash


@lru_cache(maxsize=1 << 16)
def slug(text: str, *, ascii: bool = False) -> str:
    """A lower-case hyphenated slug (python-slugify).

    Keys keep letters of every script ("Сергей Лавров" -> "сергей-лавров", "José" -> "jose").
    ``ascii=True`` gives an IRI segment: plain when nothing but accents is lost, else a
    transliterated head and a hash of the text, so distinct texts never share a segment.
    """
    if not ascii:
        return slugify(fold(text), allow_unicode=True)
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = slugify(folded)
    lossy = any(ord(c) > 127 and c.isalnum() for c in folded)
    if plain and not lossy and len(plain) <= MAX_ASCII:
        return plain
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    head = slugify(text, max_length=40)
    return f"{head}-{digest}" if head else digest
