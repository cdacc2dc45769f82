"""What is not an actor: news outlets, credits of reporters and photographers, labels and headline bits."""

from __future__ import annotations

import re

from spacy.tokens import Span

from diplograph.extract.actors.candidates import doc_text
from diplograph.kb.gazetteer import Gazetteer, fold

OUTLET_WORDS = frozenset("""times news post journal herald tribune gazette telegraph press television tv radio
broadcasting daily magazine newspaper chronicle observer newswire wire images photo photos dispatch ledger review
courier bulletin digest mirror examiner inquirer sentinel""".split())
NON_ACTOR_LAST = frozenset({"summit", "talks", "war", "conference", "meeting", "agreement", "treaty",
                            "accord", "deal", "ceasefire", "protocol", "format", "process", "plan"})
_BYLINE = re.compile(
    r"(?i:(?:additional |editing and |with )?(?:reporting|writing|editing|edited|written|compiled|reported|posted|"
    r"story|words|photographs?|photos?|images?|video|graphics?|translated|translation)\s+(?:by|:))[^;\n)]*"
    r"|\b[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}"  # REUTERS/Jane Roe
    r"|(?:^|\n)[ \t]*[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3} is an? [^.\n]{0,40}?"
    r"(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer)\b"  # a reporter's bio
    r"|(?:^|\n|[|\u00b7\u2022])[ \t*_>]*By[ \t]+[A-Z][^\n|\u00b7\u2022]{0,80}"
    r"|\((?:Photo|Image|Credit)[^)\n]*\)"
    r"|\([A-Z][^()\n/]{0,40}/[A-Z][^()\n/]{0,40}\)(?=[ \t]*(?:\n|$))"  # (Outlet/Photographer)
    r"|(?:Photo|Image|Credit|Source|Contributing|Contributors?)s?:[^\n]{0,80}"
    r"|[A-Z][^.\n]{0,80}\bcontributed (?:to this (?:report|story|article)|reporting)")


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Stretches that credit reporters, editors and photographers ("Writing by ...", "Photo: ...")."""
    return [(m.start(), m.end()) for m in _BYLINE.finditer(text)]


def is_outlet(text: str, gz: Gazetteer, publisher: str | None) -> bool:
    """News agencies, newspapers and the page's own publisher report; they are not actors."""
    text = re.sub(r"['\u2019]s?$", "", text.strip())
    if gz.is_outlet(text):
        return True
    words = fold(text).split()
    if words and words[-1] in OUTLET_WORDS:
        return True
    if publisher:
        pub = fold(publisher)
        return bool(pub) and (fold(text) == pub or fold(text).startswith(pub + " "))
    return False


def is_junk(span: Span) -> bool:
    """Entities that are not names: section labels, headline fragments, events, lowercase words."""
    text = span.text.strip()
    if not text or not text[:1].isupper() or not any(c.isalpha() for c in text):
        return True
    full = doc_text(span.doc)
    line_start = full.rfind("\n", 0, span.start_char) + 1
    line_end = full.find("\n", span.end_char)
    line = full[line_start: line_end if line_end >= 0 else len(full)].strip()
    if line == text and len(span) <= 2:
        return True  # a label standing alone on its line ("Comments")
    if len(span) > 1 and text.isupper():
        return True
    if any(t.lower_ in ("copyright", "\u00a9") or t.shape_ == "dddd" for t in span):
        return True  # "X. Copyright 2025": a footer, not a name
    person = span.label_ == "PERSON"  # "Khalid bin Said": a capitalised name word tagged VERB is still a name
    if len(span) > 2 and any(t.pos_ in ("VERB", "AUX") and not (person and t.is_title) for t in span) \
            or len(span) > 6:
        return True
    return fold(span[-1].text) in NON_ACTOR_LAST
