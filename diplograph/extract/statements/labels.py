"""Who a transcript's speaker label names: a person of the article, an honorific surname, or an office."""

from __future__ import annotations

import re

from diplograph.extract.actors.headlines import english_words
from diplograph.extract.actors.nonactors import PRESS_WORDS
from diplograph.extract.actors.names import GEO_WORDS, ORG_LAST
from diplograph.extract.base import ActorMention, DocActors
from diplograph.extract.statements.reporting import SPEAKER_TITLES
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.names import person_key, slug
from diplograph.kb.petrarch import phoenix_actors
from diplograph.kb.roles import HONORIFICS as ROLE_HONORIFICS, SHORT_TITLES

HONORIFICS = {"mr": "m", "mister": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "dr": None}
_SMALL = frozenset("of for the and to on in".split())
_TITLE_WORDS = SPEAKER_TITLES | frozenset("""director-general secretary-general spokesperson representative
commissioner presenter minister""".split())
_BODY_HEADS = frozenset("ministry presidency government office embassy".split())  # "Azerbaijani foreign ministry:"
HEADER_CHARS = 400  # how far into a transcript its header (who is speaking, where, when) may run


def label_speaker(actors: DocActors, text: str, a: int, b: int, header_end: int, *, headed: bool = False,
                  answering: bool = False, stance: bool = False) -> str | None:
    """The actor key a label names ("SECRETARY KERRY", "MS. BRENNER", "PRESIDENT", "Chief Cabinet Secretary");
    headed: an office must end on its title ("WHO chief", never "UN General Assembly live"); answering: the label
    answers a questioner's turn, so a lone surname ("Vucic:") is the interviewee's; stance: a headline's words take a
    position (a refusal, a condition, a modal), so a capital before them speaks for its state."""
    label = " ".join(SHORT_TITLES.get(w, w) for w in text[a:b].replace(",", " ").split())  # "Omani FM"
    words = [w.strip(".") for w in label.split()]
    if label.isupper() and (titled := _titled_name(actors, words, a, b)) is not None:
        return titled  # "FOREIGN AFFAIRS SPOKESPERSON ANITA HOLM": the name, not the office with it
    if len(words) > 1 and (tail := _name_tail(actors, words)) is not None:
        return tail  # "RESTREPO GIRALDO:" for Paula Restrepo Giraldo, not a "Giraldo" of its own
    people = [m for m in actors.in_span(a, b, partial=True) if m.type == "person" and m.kind != "unnamed"]
    if people:
        return people[-1].key
    last = words[-1]
    known = _surname(actors, last) if len(last) > 2 else None
    if known is None and answering and len(last) > 2 and label.isupper():
        known = _name_word(actors, last)  # "DATUK SERI AZMAN:" for Datuk Seri Azman Hakimi Yusof, named by given name;
            # "TAN:" for Tan Wei Ming, the family name first
    if known is not None:
        return known
    lowered = [w.lower() for w in words]
    if headed and stance and not label.isupper() and (seat := gazetteer().capital(label)) is not None:
        actors.add(ActorMention(a, b, text[a:b], seat.key, seat.name, "state", "capital"))
        return seat.key  # "Seoul: No talks until ...", not "Kyiv: Drones hit the grid": a position is a state's
    if headed and len(words) == 2 and words[0].endswith(("'s", "\u2019s")) and bare_surname(words[1]) \
            and getattr(gazetteer().lookup(words[0][:-2]), "type", None) in ("state", "organization"):
        start = text.rfind(words[1], a, b)  # "Colombia's Restrepo: ...", "WHO's Roe: ...": a state's or body's own person
        key = person_key(words[1])
        actors.add(ActorMention(start, start + len(words[1]), words[1], key, words[1], "person", "surname"),
                   alias=words[1])
        return key
    if (headed or answering) and len(words) == 1 and bare_surname(words[0]):  # "Fidan: Ankara will not ...": a surname
        if answering and label.isupper() and (full := _spelled_out(actors, text, words[0])) is not None:
            return full  # "NDIAYE-SARR:" for the interview's "Awa Ndiaye-Sarr", a name the tagger did not read
        key = person_key(words[0])
        actors.add(ActorMention(a, b, words[0], key, words[0], "person", "surname"), alias=words[0])
        return key
    named = _office_then_name(actors, text, a, b) or _name_then_office(actors, text, a, b)
    if named is not None:
        return named
    if 2 <= len(words) <= 3 and all(_is_title(w) for w in lowered[:-1]) and not _is_title(lowered[-1]) \
            and bare_surname(_cap(words[-1])):
        return _titled_surname(actors, words, a, b)  # "PRESIDENT SHEINBAUM", "MINISTER LAMOLA"
    if lowered[0] in HONORIFICS and len(words) in (2, 3) and not _is_title(lowered[-1]):
        return _honorific_person(actors, words, a, b)
    if (_is_title(lowered[-1]) or lowered[-1] in _BODY_HEADS if headed else any(_is_title(w) for w in lowered)) and len(words) <= 6:
        return _office(actors, text, label, a, b, header_end, headed)
    return None


def _titled_name(actors: DocActors, words: list[str], a: int, b: int) -> str | None:
    """"MINISTER PENNY WONG": an office in capitals, then its holder's given name and surname."""
    lowered = [w.lower() for w in words]
    last = max((n for n, w in enumerate(lowered) if _is_title(w)), default=None)
    if last is None:
        return None
    first = last + 1
    while first < len(words) and lowered[first] in ROLE_HONORIFICS:  # "SPOKESPERSON SHRI ...": courtesy dropped
        first += 1
    rest = words[first:]
    of = next((n for n in range(2, min(len(rest), 5)) if rest[n].lower() == "of"), None)
    state = _office_state(rest[of:]) if of is not None else None
    if state is not None:  # "PRESIDENT JANE ROE OF PERU": the holder's state after the name
        rest = rest[:of]
    if not 2 <= len(rest) <= 4 or any(not w.replace("-", "").isalpha() or w.lower() in _SMALL
                                      or _is_title(w.lower()) or gazetteer().lookup(_cap(w)) is not None
                                      for w in rest):
        return None
    name = " ".join(_cap(w) for w in rest)
    key = person_key(name)
    role = " ".join(_cap(w) for w in words[:last + 1])
    actors.add(ActorMention(a, b, " ".join(words), key, name, "person", "name", role, state), alias=name)
    return key


def _name_then_office(actors: DocActors, text: str, a: int, b: int) -> str | None:
    """"JANE ROE, FOREIGN MINISTER OF PERU", "Jane Roe, Finnish Foreign Minister": a personal name, a comma and the
    office it holds, its state given by an adjective or an "of" phrase."""
    name, comma, office = text[a:b].partition(",")
    words, held = name.split(), office.replace(",", " ").split()
    lowered = [w.lower().strip(".") for w in held]
    if not comma or not 2 <= len(words) <= 5 or not any(_is_title(w) for w in lowered) or len(held) > 7 \
            or any(not w.replace("-", "").replace("'", "").isalpha() or not w[:1].isupper() or w.lower() in _SMALL
                   or _is_title(w.lower()) or w.lower() in HONORIFICS or gazetteer().lookup(_cap(w)) is not None
                   for w in words):
        return None
    full = " ".join(_cap(w) for w in words)
    start = a + len(name) - len(name.lstrip())
    key = person_key(full)
    role = " ".join(w.lower() if w.lower() in _SMALL else _cap(w) for w in held)
    actors.add(ActorMention(start, start + len(name.strip()), name.strip(), key, full, "person", "name", role,
                            _office_state(held)), alias=full)
    return key


def _office_state(words: list[str]) -> str | None:
    """The one state an office's words name, by adjective ("FINNISH") or name ("of PERU"), as a key."""
    words = [_cap(w.strip(".")) for w in words]
    of = next((n for n, w in enumerate(words) if w.lower() == "of"), None)
    named = [" ".join(w for w in words[of + 1:] if w.lower() != "the")] if of is not None else []
    found = set()
    for word in named + words:
        entry = gazetteer().demonym(word) or gazetteer().lookup(word)
        if entry is not None and entry.type == "state":
            found.add(entry.key)
    return found.pop() if len(found) == 1 else None


def _office_then_name(actors: DocActors, text: str, a: int, b: int) -> str | None:
    """"Official Spokesperson, Shri Arvind Mehra": an office, a comma and a personal name (courtesy dropped)."""
    office, comma, rest = text[a:b].rpartition(",")
    if not comma or not any(_is_title(w.lower()) for w in office.split()):
        return None
    start = a + len(office) + 1
    words = rest.split()
    while words and words[0].lower() in ROLE_HONORIFICS:
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(w.istitle() and w.replace("-", "").isalpha() for w in words):
        return None
    name = " ".join(words)
    start = text.index(words[0], start)
    key = person_key(name)
    actors.add(ActorMention(start, start + len(name), name, key, name, "person", "name",
                            " ".join(office.split()), None), alias=name)
    return key


# Rubrics a headline may open with ("Factbox: ...", "Explainer: ..."): no one's name.
_RUBRICS = frozenset("factbox explainer newsletter podcast livestream recap roundup wrapup".split())


def bare_surname(word: str) -> bool:
    """A capitalised word that can only be a surname: no English word, rubric, title, place or body."""
    low = word.lower()
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha() or len(word) < 3 \
            or low in _RUBRICS or _is_title(low):
        return False
    known = phoenix_actors().get(low.casefold(), ())
    if known:  # the CAMEO dictionaries know it: a person's surname ("LAVROV": SERGEY LAVROV), or a place or body
        return any(e.name.split()[-1].casefold() == low and len(e.name.split()) > 1 for e in known)
    vocabulary = english_words("noun") | english_words("verb") | english_words("adj") | english_words("adv")
    stems = {low, low[:-1], low[:-2], low[:-3]} if low.endswith(("s", "ed", "ing")) else {low}
    return not stems & vocabulary and low not in GEO_WORDS | ORG_LAST and gazetteer().lookup(word) is None


def _spelled_out(actors: DocActors, text: str, word: str) -> str | None:
    """The person an interview's introduction or closing line names in full ("Awa Ndiaye-Sarr spoke to us", "Awa
    Ndiaye-Sarr is Senegal's foreign minister") whose surname a capitals answer label gives, added where it stands."""
    surname = _cap(word)
    for m in re.finditer(rf"((?:[A-Z][a-z][\w'\u2019-]*[ \t]+){{1,3}}){re.escape(surname)}\b", text):
        given = m.group(1).split()
        while given and (_is_title(low := given[0].lower().strip(".")) or low in HONORIFICS or low in ROLE_HONORIFICS
                         or low in _SMALL or gazetteer().lookup(given[0]) is not None):
            given = given[1:]  # "Foreign Minister Awa Ndiaye-Sarr": the name after the office
        before = text[max(text.rfind("\n", 0, m.start()), m.start() - 40):m.start()].lower().split()
        if any(w.strip(",.").lower() in PRESS_WORDS for w in before[-3:] + m.group(1).split()):
            continue  # "our correspondent Owen Prothero": the outlet's own voice, not the one interviewed
        if given and not any(_is_title(w.lower()) or gazetteer().lookup(w) is not None for w in given):
            start = m.start() + m.group().rindex(given[0], 0, len(m.group(1)))
            name = " ".join(text[start:m.end()].split())
            key = person_key(name)
            actors.add(ActorMention(start, m.end(), name, key, name, "person", "name"), alias=name)
            return key
    return None


def _surname(actors: DocActors, word: str) -> str | None:
    """A named person of the document whose surname is word."""
    low = word.lower()
    found = next((m for m in actors.mentions if m.type == "person" and m.kind != "unnamed"
                  and m.name.split()[-1].lower() == low), None)
    return found.key if found is not None else None


def _name_tail(actors: DocActors, words: list[str]) -> str | None:
    """The one named person of the document whose full name ends on the label's words (a compound surname)."""
    low = [w.lower() for w in words]
    found = {m.key for m in actors.mentions if m.type == "person" and m.kind == "name"
             and len(m.name.split()) > len(low) and [w.lower() for w in m.name.split()[-len(low):]] == low}
    return found.pop() if len(found) == 1 else None


def _name_word(actors: DocActors, word: str) -> str | None:
    """The one named person of the document one of whose names (not the last) is word."""
    low = word.lower()
    found = {m.key for m in actors.mentions if m.type == "person" and m.kind == "name"
             and low in (w.lower() for w in m.name.split()[:-1])}
    return found.pop() if len(found) == 1 else None


def _is_title(word: str) -> bool:
    """True for a word that names an office ("minister", "spokesperson", "director-general")."""
    return word in _TITLE_WORDS or word.split("-")[0] in SPEAKER_TITLES


def _honorific_person(actors: DocActors, words: list[str], a: int, b: int) -> str:
    """"MS. BRENNER": a person known only by an honorific and a surname in this transcript."""
    name = " ".join(w.capitalize() if w.isupper() else w for w in words[1:])
    key = person_key(name)
    gender = HONORIFICS[words[0].lower()]
    if gender and key not in actors.genders:
        actors.genders[key] = gender
    actors.add(ActorMention(a, b, " ".join(words), key, name, "person", "surname"), alias=name)
    return key


def _titled_surname(actors: DocActors, words: list[str], a: int, b: int) -> str:
    """"PRESIDENT SHEINBAUM": a person known by a title and a surname, the title their role."""
    name = _cap(words[-1])
    key = person_key(name)
    role = " ".join(_cap(w) for w in words[:-1])
    actors.add(ActorMention(a, b, " ".join(words), key, name, "person", "surname", role), alias=name)
    return key


def _office(actors: DocActors, text: str, label: str, a: int, b: int, header_end: int, headed: bool = False) -> str:
    """"PRESIDENT", "EGYPTIAN FOREIGN MINISTER": the named holder if the article has one (a headline's: named
    anywhere in the story below it), else the office."""
    words = label.split()
    if words[0].lower() == "the":
        words = words[1:]
    shout = label.isupper() or len(words) == 1 and words[0].isupper()  # "MINISTER OF INTERIOR", not "WHO chief"
    name = " ".join(w.lower() if w.lower() in _SMALL and n else _cap(w) if shout else w for n, w in enumerate(words))
    if headed:  # the description as written, so that its state counts ("Ghana's president" is no Togolese one)
        desc = actors.resolve_description(name if re.search(r"['\u2019]s\b", name) else f"the {name}")
    else:
        desc = actors.resolve_description("the " + name.lower(), a)
    if desc is not None and desc.kind in ("name", "surname"):
        return desc.key
    if not headed and (holder := _header_holder(actors, text, name, header_end)) is not None:
        return holder
    key = f"source:{slug(name)}"
    written = text[a:b].split()
    aliases = {name} | ({" ".join(written)} if any(w in SHORT_TITLES for w in written) else set())  # "Omani FM"
    fuller = _header_title(text[:min(header_end, HEADER_CHARS)], words[-1])
    if fuller:
        aliases.add(fuller)
    for alias in sorted(aliases):
        actors.aliases.setdefault(key, set()).add(alias)
    actors.add(ActorMention(a, b, text[a:b], key, name, "person", "unnamed"))
    return key


def _header_holder(actors: DocActors, text: str, office: str, header_end: int) -> str | None:
    """The person a transcript's header names right after the office its labels give ("briefing by the Deputy
    Spokesperson for the Secretary-General, Ines Roe" for "Deputy Spokesperson:"), set off by a comma."""
    header = text[:min(header_end, HEADER_CHARS)]
    m = re.search(rf"\b{re.escape(office)}\b", header, re.I)
    if m is None:
        return None
    near = min(len(header), m.end() + HEADER_HOLDER_CHARS)
    person = next((p for p in actors.in_span(m.end(), near) if p.type == "person" and p.kind in ("name", "surname")), None)
    between = text[m.end():person.start] if person is not None else ""
    return person.key if person is not None and "," in between and not re.search(r"[.;:\n]", between) else None


HEADER_HOLDER_CHARS = 60  # the office's own "for the X" and a comma before its holder's name


def _cap(word: str) -> str:
    """"MINISTER" -> "Minister", "DIRECTOR-GENERAL" -> "Director-General" (mixed case kept)."""
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word


def _header_title(header: str, head: str) -> str | None:
    """The office as the header names it in full ("the President of Mexico", "WHO Director-General")."""
    rx = re.compile(rf"((?:[A-Z][\w.'\u2019-]*[ \t]+){{0,3}}(?i:{re.escape(head)})"
                    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.\u2019'-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})?)")
    for m in rx.finditer(header):
        found = re.sub(r"['\u2019]s$", "", m.group(1).strip())
        if len(found.split()) > 1 and found.lower() != head.lower():
            return found
    return None
