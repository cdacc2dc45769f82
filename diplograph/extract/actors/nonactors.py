"""What is not an actor: news outlets, credits of reporters and photographers, labels and headline bits."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from diplograph.extract.actors.blocs import organ_owner
from diplograph.extract.actors.candidates import COLLECTIVES, is_locative
from diplograph.extract.actors.columns import doc_text, line_tokens, token_columns
from diplograph.extract.actors.headlines import english_words
from diplograph.extract.actors.names import JOINED_ACRONYM, PARTICLES
from diplograph.extract.base import token_strings
from diplograph.kb.gazetteer import Gazetteer, fold, gazetteer
from diplograph.kb.roles import AUTHOR_OFFICE, BODIES, PLURAL_HEADS, is_honorific, is_title

OUTLET_WORDS = frozenset("""times news post journal herald tribune gazette telegraph press television tv radio
broadcasting daily magazine newspaper chronicle observer newswire wire images photo photos dispatch ledger review
courier bulletin digest mirror examiner inquirer sentinel""".split())
NON_ACTOR_LAST = frozenset({"summit", "talks", "war", "conference", "meeting", "agreement", "treaty",
                            "accord", "deal", "ceasefire", "protocol", "format", "process", "plan", "day",
                            "partnership", "outbreak", "pandemic", "crisis", "retreat", "mou", "mous"})
# Words of the press: a name next to them is a reporter's ("VOA State Department Correspondent Jane Roe").
PRESS_WORDS = frozenset("""correspondent correspondents reporter reporters journalist editor writer columnist
producer anchor photographer stringer bureau""".split())
_BYLINE_PARTS = (  # alternatives, in the order they are tried
    (r"(?i:(?:additional |editing and |with )?(?:reporting|writing|editing|edited|written|compiled|reported|posted|"
     r"story|words|photographs?|photos?|images?|video|graphics?|translated|translation)\s+(?:by|:))[^;\n)]*"),
    r"\b[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}",  # REUTERS/Jane Roe
    (r"(?:^|\n)[ \t]*[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3} is an? [^.\n]{0,40}?"
     r"(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer)\b"),  # a reporter's bio
    r"(?:^|\n|[|\u00b7\u2022])[ \t*_>]*By[ \t]+[A-Z][^\n|\u00b7\u2022]{0,80}",
    r"\((?:Photo|Image|Credit)[^)\n]*\)",
    r"\([A-Z][^()\n/]{0,40}/[A-Z][^()\n/]{0,40}\)(?=[ \t]*(?:\n|$))",  # (Outlet/Photographer)
    r"(?:Photo|Image|Credit|Source|Contributing|Contributors?)s?:[^\n]{0,80}",
    r"[A-Z][^.\n]{0,80}\bcontributed (?:to this (?:report|story|article)|reporting)",
)
# The first alternative (case-insensitive, tried at every letter) is the costly one: look for its
# credit word only where "by" or ":" follows a space, and leave it out of texts that have none.
_CREDIT_WORD = re.compile(r"(?:reporting|writing|editing|edited|written|compiled|reported|posted|story|words|"
                          r"photographs?|photos?|images?|video|graphics?|translated|translation)\Z", re.IGNORECASE)
_BY_AFTER_SPACE = re.compile(r"(?<!\s)\s+(?:by|:)", re.IGNORECASE)  # from the start of each run of space
_LONGEST_CREDIT_WORD = len("photographs")


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Stretches that credit reporters, editors and photographers ("Writing by ...", "Photo: ...")."""
    credits = any(_CREDIT_WORD.search(text[max(0, m.start() - _LONGEST_CREDIT_WORD):m.start()])
                  for m in _BY_AFTER_SPACE.finditer(text))
    kept = tuple(credits if i == 0 else any(w in text for w in needed) for i, needed in enumerate(_BYLINE_NEEDS))
    return [(m.start(), m.end()) for m in _byline(kept).finditer(text)
            if not AUTHOR_OFFICE.search(m.group())] if any(kept) else []  # "By X, Prime Minister of Y" writes as X


# Text each alternative's every match holds (the first's is worked out above): a text without it leaves it out.
_BYLINE_NEEDS = ((), ("/",), (" is a",), ("By",), ("(Photo", "(Image", "(Credit"), ("/",),
                 ("Photo", "Image", "Credit", "Source", "Contribut"), ("contributed ",))


@lru_cache(maxsize=256)
def _byline(kept: tuple[bool, ...]) -> re.Pattern[str]:
    """The byline pattern without the alternatives that cannot match the text (same matches, a third of the work)."""
    return re.compile("|".join(part for part, keep in zip(_BYLINE_PARTS, kept) if keep))


def is_outlet(text: str, gz: Gazetteer, publisher: str | None) -> bool:
    """News agencies, newspapers and the page's own publisher report; they are not actors."""
    return _outlet(text, gz, publisher)


@lru_cache(maxsize=1 << 14)  # asked of every name of every page, most of them again and again
def _outlet(text: str, gz: Gazetteer, publisher: str | None) -> bool:
    """is_outlet() worked out (a pure function of its arguments once the gazetteer is loaded)."""
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


_CODE = re.compile(r"[A-Za-z]{4,}-\d+")
# Last words of places where things happen, not of bodies that act.
FACILITIES = frozenset("""station airport hotel headquarters residence stadium square room hall terminal
compound""".split())


_NOT_BODY_HEADS = PLURAL_HEADS | FACILITIES
_HYPHENS = frozenset("-\u2010\u2011")  # inside a hyphenated name ("Al-Sabah"), no word of its own


def is_junk(span: Span) -> bool:
    """Entities that are not names: section labels, credits, stage directions, headline fragments, events."""
    doc, start, end, label = span.doc, span.start, span.end, span.label_  # read once: each is a call into spaCy
    words, lower = token_columns(doc).words, token_strings(doc, "LOWER")  # the columns, no Tokens
    full = doc_text(doc)
    text = full[span.start_char:span.end_char].strip()  # span.text, with no Token per word
    particle_first = label == "PERSON" and end - start > 1 and lower[start] in PARTICLES and doc[end - 1].is_title
    if not text or not (text[:1].isupper() or particle_first) or not any(c.isalpha() for c in text):
        return True  # "von der Leyen" after a title is a name
    line_start = full.rfind("\n", 0, span.start_char) + 1
    line_end = full.find("\n", span.end_char)
    line = full[line_start: line_end if line_end >= 0 else len(full)].strip()
    if line == text and (end - start <= 2 or label == "PERSON") and not _office_below(full, line_end):
        return True  # a label or a credit alone on its line ("Comments", "Jane Roe" under a headline)
    if _in_menu(full, line_start, line_end) and not ((label == "PERSON" or is_honorific(doc[start]))
                                                     and _office_below(full, line_end)):  # "the Hon X" tagged ORG
        return True  # "Popular DoD Resources", "Casualty Status (PDF)": a line of a site's link list
    if label == "PERSON" and _names_only(span) and not _office_below(full, line_end):
        return True  # "Jane Roe John Doe": reporters' names run together under a headline
    if end - start > 1 and text.isupper() and not JOINED_ACRONYM.fullmatch(text):
        return True  # a shouted headline or label ("ZANU-PF", one word, is a name)
    if any(lower[i] in ("copyright", "\u00a9") or _year_shaped(words[i]) for i in range(start, end)):
        return True  # "X. Copyright 2025": a footer, not a name
    if label == "PERSON" and any(c.isdigit() for c in text) or _CODE.fullmatch(text):
        return True  # "COVID-19": a code, not a name ("G-20" is)
    if label == "ORG" and end - start > 1 and lower[end - 1] in _NOT_BODY_HEADS:
        return True  # "B9 Counterparts", "Seoul Railway Station"
    if end - start == 1 and _one_word_junk(span, text, full):
        return True
    person = label == "PERSON"  # "Khalid bin Said", "Ana dos Santos": a name word tagged VERB is still a name
    pos = token_strings(doc, "POS")
    if end - start > 2 and any(pos[i] in ("VERB", "AUX") and not (person and (doc[i].is_title or lower[i] in PARTICLES)
                                                                  or doc[i].is_upper) for i in range(start, end)) \
            or end - start > 6 and sum(_a_word(t) for t in span) > 6 and not (label != "PERSON" and organ_owner(text)):
        # "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": four words (counted only for a span long enough to have seven);
        # "the Permanent Council of the Organization of American States" is a body's organ
        return True
    if label == "ORG" and is_title(words[end - 1]) and token_strings(doc, "TAG")[end - 1] not in ("NNS", "NNPS") \
            and not any(lower[i] in BODIES for i in range(start, end)) and gazetteer().lookup(text) is None:
        return True  # "National Security Advisor": an office, not a body
    return fold(words[end - 1]) in NON_ACTOR_LAST


def _year_shaped(word: str) -> bool:
    """spaCy's shape "dddd" (four digits or more, under its 100-character "LONG"), read off the text: the SHAPE
    column would cost a lookup per token of the document for the few tokens of an entity."""
    return 4 <= len(word) < 100 and word.isdigit()


def _a_word(tok) -> bool:
    """A word of a name's length count: not a style ("Sheikh"), and a hyphenated compound ("Al-Sabah") counts once."""
    doc = tok.doc
    glued = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text in _HYPHENS
    return tok.text not in _HYPHENS and not glued and not is_honorific(tok)


def _one_word_junk(span: Span, text: str, full: str) -> bool:
    """"(Laughter.)", "QUESTION:", "Ny" cut off at the page's end, "IMMEDIATELY", "Transatlantic"."""
    k = span.start_char
    while k and full[k - 1] == " ":
        k -= 1
    before = full[k - 1:k] if k else ""  # the last character before the name and its spaces (no copy of the text)
    after = full[span.end_char: span.end_char + 2]
    if before == "(" and after[:1] in (".", ")") and not text.isupper():
        return True  # a transcript's stage direction
    if text.isupper() and after[:1] == ":" and (before in ("", "\n")):
        return True  # a transcript's speaker label
    if len(text) <= 2 and not text.isupper() and span.label_ != "PERSON":
        return True  # "Ny": a word cut off at the page's end ("Xi" is a name)
    if gazetteer().lookup(text) is not None:
        return False
    low = text.lower()
    if span.label_ == "ORG" and (low in COLLECTIVES or low in PLURAL_HEADS or low.rstrip("s") + "s" in COLLECTIVES
                                 and low.endswith("s")):
        return True  # "Representatives attend ...": a plural common noun capitalised by position
    plain = low in english_words("adj") or low in english_words("adv")
    after_the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"  # "the Homeless": not a person
    return plain and (text.isupper() and len(text) > 5 or span.label_ != "PERSON" or after_the)


_MENU_RUN = 4  # short lines in a row that make a link list
_MENU_WORDS = 5


def _menu_line(line: str) -> bool:
    bare = line.strip()
    return bool(bare) and len(bare.split()) <= _MENU_WORDS and bare[-1] not in ".!?:;,\"\u201d"


@lru_cache(maxsize=64)  # a few documents' lines: the texts stay small in memory
def _in_menu(full: str, line_start: int, line_end: int) -> bool:
    """True when a line is one of several short label lines in a row (navigation, a footer's links); remembered,
    as each name on a line asks of it again."""
    end = line_end if line_end >= 0 else len(full)
    if not _menu_line(full[line_start:end]):
        return False
    before = [ln for ln in full[max(0, line_start - 400): line_start].split("\n")[1:] if ln.strip()]
    after = [ln for ln in full[end + 1: end + 400].split("\n")[:-1] if ln.strip()]
    run = 1
    for ln in reversed(before):
        if not _menu_line(ln):
            break
        run += 1
    for ln in after:
        if not _menu_line(ln):
            break
        run += 1
    return run >= _MENU_RUN


def _names_only(span: Span) -> bool:
    """True when a person's line holds nothing but person names (a credit line), and words besides this name."""
    doc = span.doc
    first, last = line_tokens(doc, span.start, span.end)
    blank, lower = token_columns(doc).blank, token_strings(doc, "LOWER")
    words = 0  # (word by word, stopping at the first that is no name's: most lines are sentences)
    for i in range(first, last):
        if not blank[i]:
            if lower[i] not in PARTICLES and doc[i].ent_type_ != "PERSON":
                return False
            words += 1
    return words > len(span)


_ROOM_PREPS = frozenset({"from", "to", "into", "out"})


def is_room(span: Span) -> bool:
    """"in the Oval Office": an unknown body's office named as where something happens is a room."""
    root = span.root
    moved = root.dep_ == "pobj" and root.head.lower_ in _ROOM_PREPS  # "walk from the Oval Office"
    return root.lower_ == "office" and len(span) > 1 and gazetteer().lookup(span.text) is None \
        and (moved or is_locative(span))


def _office_below(full: str, line_end: int) -> bool:
    """True when the next line names an office ("Jen Roe\nDepartment Spokesperson"), not a press beat."""
    return office_below(full, line_end) is not None


def office_below(full: str, line_end: int) -> str | None:
    """The office named on the line after ``line_end`` ("Department Spokesperson"), not a press beat."""
    if line_end < 0:
        return None
    rest = full[line_end + 1: line_end + 120].lstrip("\n")
    nxt = rest.split("\n", 1)[0].strip()
    words = nxt.split()
    if 0 < len(words) <= 6 and any(is_title(w) for w in words) and not any(w.lower() in PRESS_WORDS for w in words):
        return " ".join(words)
    return None


def signer_office(span: Span) -> str | None:
    """"Jane Roe" alone on a line over "Department Spokesperson": the office the line below gives her."""
    full = doc_text(span.doc)
    line_start = full.rfind("\n", 0, span.start_char) + 1
    line_end = full.find("\n", span.end_char)
    line = full[line_start: line_end if line_end >= 0 else len(full)].strip()
    return office_below(full, line_end) if line == span.text.strip() else None


def is_credit(span: Span, gz: Gazetteer) -> bool:
    """A reporter or a press beat: "VOA's Jane Roe", "Correspondent Jane Roe", "State Department Correspondent"."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("'s", "\u2019s") and span.start > 1 and gz.is_outlet(doc[span.start - 2].text):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return (span[0].lower_ in PRESS_WORDS or prev is not None and prev.lower_ in PRESS_WORDS
            or nxt is not None and nxt.lower_ in PRESS_WORDS)
