"""Raw actor candidates from the gazetteer, spaCy's entities and nationality adjectives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from diplograph.extract.actors import columns
from diplograph.extract.actors.columns import doc_text, token_columns
from diplograph.extract.actors.contacts import contact_names
from diplograph.extract.actors.names import repair_ents
from diplograph.extract.base import ORG, PERSON
from diplograph.kb.event_lexicon import BACKDROP_NOUNS, TRIGGER_NOUNS
from diplograph.kb.gazetteer import Entry, Gazetteer, fold, natural_feature
from diplograph.kb.gazetteer import gazetteer as gazetteer_
from diplograph.kb.roles import BODIES, MODIFIERS, SHORT_TITLES, STYLE_CHAIN, is_honorific, is_title

MAX_NGRAM = 6
_DASH = re.compile(r"[-\u2010-\u2015]")
_POSSESSIVE_END = re.compile(r"\s*['\u2019]s?$")
LOCATIVE = frozenset("""in at near outside inside across around throughout within via through over beyond
onto""".split())
DIRECTIONAL = frozenset({"to", "into", "toward", "towards"})  # a place only after a motion word
MOTION = frozenset("""visit trip travel journey tour go come return fly arrive head move deploy send
flight voyage route road way march invasion incursion""".split())
AGENT_PREPS = frozenset({"with", "between", "against", "by", "for", "among"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "iobj", "csubj"})
PLACE_VERBS = frozenset("""visit tour leave reach enter arrive depart return fly travel attack bomb strike
shell capture surround""".split())  # their object is a place, not a party
# Nouns for groups that act for a state: "Russian negotiators" is Russia acting.
COLLECTIVES = frozenset("""delegation delegations delegate delegates negotiator negotiators team teams side
sides government governments authorities authority administration official officials diplomat diplomats
leadership ministry military army navy forces troops embassy parliament cabinets regime envoys representatives
counterparts mediators militaries armies navies guard guards coastguard coastguards commanders""".split())
# Nouns on which a nationality adjective names its state acting: "his Russian counterpart", "the South Korean proposal".
STANCES = frozenset("""proposal proposals plan offer initiative invitation position request demand bid call appeal overture counterpart colleague
counterparts colleagues presidents leaders ministers envoys""".split())
# Offices whose holders, in the plural, act for their state: "the Indian and Pakistani foreign secretaries".
_PLURAL_OFFICES = frozenset("""secretary premier chancellor minister ambassador envoy emissary diplomat negotiator
representative consul spokesman spokeswoman spokesperson adviser advisor aide commissioner chief deputy official
president vice-president leader head general commander""".split())


# Per-call cache in doc.user_data (doc.ents is rebuilt on access); text and token columns: columns.py.
_ENTS = "_dg_ents"


def doc_ents(doc: Doc) -> list[Span]:
    """The document's entities, built once per actor pass."""
    if _ENTS not in doc.user_data:
        text = doc_text(doc)
        doc.user_data[_ENTS] = contact_names(doc, repair_ents(doc, list(columns.entities(doc)), text), text)
    return doc.user_data[_ENTS]


def forget(doc: Doc) -> None:
    """Drop the per-call caches (Spans must not travel with a pickled Doc)."""
    doc.user_data.pop(_ENTS, None)
    columns.forget(doc)


@dataclass(slots=True)
class Cand:
    """A stretch of text that may name an actor, before linking."""

    start: int  # char offsets, doc-local
    end: int
    text: str
    type: str
    key: str | None
    name: str
    kind: str
    source: str  # gazetteer | ner | demonym
    tok: int  # index of the candidate's last token
    place: bool = False  # a state or capital where something happens, not who acts


def _cand(span: Span | Token, entry: Entry, kind: str, start: int | None = None, end: int | None = None) -> Cand:
    s = span.idx if isinstance(span, Token) else span.start_char
    e = s + len(span.text) if isinstance(span, Token) else span.end_char
    s, e = start if start is not None else s, end if end is not None else e
    last = span.i if isinstance(span, Token) else span.end - 1
    text = doc_text(span.doc)[s:e]
    return Cand(s, e, text, entry.type, entry.key, entry.name, kind, "gazetteer", last)


def _climb(tok: Token) -> Token:
    """Up through coordination ("in Russia and Ukraine") to the phrase's governing token."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def is_locative(span: Span) -> bool:
    """True when a name is the object of a place preposition ("in Moscow", "to the Kremlin")."""
    root = _climb(span.root)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in DIRECTIONAL:
        return prep.head.lemma_.lower() in MOTION
    return prep.lower_ in LOCATIVE


def is_agentive(span: Span) -> bool:
    """True when a capital acts ("Moscow says", "talks with Washington", "Kyiv's position")."""
    if span.text.isupper() and len(span.text) > 3:
        return False  # a dateline ("MOSCOW (Reuters)") or a shouted headline
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "\u2019s"):
        return True
    root = _climb(span.root)
    if root.dep_ == "dobj" and root.head.lemma_ in PLACE_VERBS:
        return False
    if root.dep_ in AGENT_DEPS:
        return True
    if root.dep_ == "compound" and _dashed(span):  # "the Belgrade-Pristina dialogue": the two sides, not a venue
        noun = root
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        return _event_word(noun)
    return root.dep_ == "pobj" and root.head.lower_ in AGENT_PREPS


def _dashed(span: Span) -> bool:
    """A name joined by a dash, without spaces, to the name before or after it ("Belgrade-Pristina")."""
    doc = span.doc
    before = span.start > 1 and doc[span.start - 1].text in _PAIR_GLUE and not doc[span.start - 2].whitespace_ \
        and not doc[span.start - 1].whitespace_
    after = span.end + 1 < len(doc) and doc[span.end].text in _PAIR_GLUE and not span[-1].whitespace_ \
        and not doc[span.end].whitespace_
    return before or after


def _inside_name(doc: Doc, start: int, end: int, ent_at: dict[int, Span]) -> bool:
    """True when tokens lie inside a longer entity that is itself a name ("US European Command")."""
    ent = ent_at.get(start)
    if ent is None or ent.label_ in ("GPE", "NORP"):
        return False
    parts = _DASH.split(ent.text)
    if len(parts) > 1 and all(_lookup(gazetteer_(), p.strip()) for p in parts):
        return False  # "Armenia-Azerbaijan" is two states, not one name
    first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
    if ent.label_ == "PERSON" and start == first and end < ent.end and _titleish(doc[end]):
        return False  # a title glued to a name ("Kremlin spokesman Ivan Sorokin")
    of = start - 1 - (start > first + 1 and doc[start - 1].lower_ == "the")  # "of the African Union Commission"
    if ent.label_ not in ("ORG", "PERSON") and of > first and doc[of].lower_ == "of" \
            and any(is_title(t.text) or is_title(t.text[:-1]) for t in doc[first:of]):  # "Ministers"
        return False  # "The Foreign Ministers of Egypt" tagged as a law: a title's state, not part of a name
    if ent.label_ == "PERSON" and of > first and doc[of].lower_ == "of" and end == ent.end \
            and all(_titleish(t) for t in doc[first:of]):
        return False  # "received the King of Bahrain", tagged as a person: the title's state, not a name of it
    last = ent.end - (doc[ent.end - 1].text in ("'s", "\u2019s"))  # "South Sudan's" tagged LOC with its "'s"
    return last - first > end - start


_GATHERING_LAST = frozenset("summit conference meeting talks ministerial".split())


def _opens_gathering(doc: Doc, start: int, ent_at: dict[int, Span]) -> bool:
    """"the SADC Extraordinary Summit", "the ASEAN Summit": the body opening a named gathering is an actor."""
    ent = ent_at.get(start)
    first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0) if ent is not None else -1
    if start != first or ent[-1].lower_ not in _GATHERING_LAST:
        return False
    head = ent.root.head  # "on the margins of the SCO Summit": a backdrop, named as a whole
    return not (ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in BACKDROP_NOUNS)


def _titleish(tok: Token) -> bool:
    return is_title(tok.text) or tok.lower_ in MODIFIERS


def _lookup(gz: Gazetteer, text: str) -> Entry | None:
    return gz.name_or_capital(text)


def gazetteer_cands(doc: Doc, gz: Gazetteer) -> list[Cand]:
    """Every stretch naming a known state, capital, IGO or seat of government (contexts unchecked)."""
    ent_at = {i: ent for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
    words, spaces, blank, punct, _ = token_columns(doc)
    out: list[Cand] = []
    resume = 0  # the token after the last name found: no name starts inside one
    for i in _name_starts(words, spaces, gz):
        if i < resume:
            continue
        word = words[i]
        if len(word) > 3 and _DASH.search(word):  # the length first: most words are short, a search costs more
            out.extend(_dash_parts(doc[i], gz))
        hit = None
        glued = i + 1 < len(words) and not spaces[i] and words[i + 1] in _POSSESSIVES  # "People's Republic"
        if gz.opens(word) or glued and _first_folded(word + words[i + 1]) in gz.first_words:
            longest = min(MAX_NGRAM, len(words) - i)
            if spaces[i] and word.isascii() and word.isalpha() and word.lower() != "the":
                longest = _within(words, spaces, i, longest, gz.longest_name(word.lower()))
            lead = [""]  # lead[n]: the first n words with their spaces, built once for every length tried
            for k in range(i, i + longest - 1):
                lead.append(lead[-1] + words[k] + spaces[k])
            for n in range(longest, 0, -1):
                last = i + n - 1
                if blank[last] or punct[last] and n > 1:
                    continue
                text = lead[n - 1] + words[last]
                entry = gz.name_or_capital(text)
                if entry is not None and (not _inside_name(doc, i, i + n, ent_at)
                                          or entry.type == "organization" and _opens_gathering(doc, i, ent_at)):
                    span = doc[i:i + n]
                    cut = text.endswith(".") and text.count(".") == 1  # "Ukraine." at the end
                    hit = _cand(span, entry, entry.kind, end=span.end_char - 1 if cut else None)
                    break
        if hit is not None:
            out.append(hit)
            resume = doc.char_span(hit.start, hit.end, alignment_mode="expand").end
    return out


_POSSESSIVES = ("'s", "\u2019s")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _within(words: list[str], spaces: list[str], i: int, longest: int, most: int) -> int:
    """How many tokens from ``i`` (a plain word of its own, no "the") a name of at most ``most`` words may run
    over: each word after a space with an ASCII letter or digit in it stays a word of its own once folded, so
    stretches with more such words need no look-up (the gazetteer's longest name for the first word bounds them)."""
    count = 0
    for n in range(1, longest + 1):
        k = i + n - 1
        if (k == i or spaces[k - 1]) and _ALNUM.search(words[k]):
            count += 1
            if count > most:
                return n - 1
    return longest


def _name_starts(words: list[str], spaces: list[str], gz: Gazetteer) -> list[int]:
    """The tokens a name or dashed pair may start at, ascending: a word a name opens with, a dashed word, or a
    word glued to a possessive ("People's"). Each distinct word is tested once (most words are neither, and
    articles repeat their words); the others are left out of the walk."""
    starts = {w for w in set(words) if w[:1].isalpha() and (gz.opens(w) or len(w) > 3 and _DASH.search(w))}
    at = [i for i, w in enumerate(words) if w in starts or w in _POSSESSIVES]
    if not any(words[i] in _POSSESSIVES for i in at):
        return at
    glued = {i - 1 for i in at if words[i] in _POSSESSIVES and i and not spaces[i - 1] and words[i - 1][:1].isalpha()}
    return sorted({i for i in at if words[i] in starts} | glued)


@lru_cache(maxsize=1 << 16)
def _first_folded(word: str) -> str:
    """The folded first word of a token's text: asked of every word, and articles repeat their words."""
    return fold(word).split(" ")[0]


def _dash_parts(tok: Token, gz: Gazetteer) -> list[Cand]:
    """Known names joined by dashes inside one token ("U.S.-Russia", "Kyiv-Moscow", "U.S.-Kenyan")."""
    out, pos = [], 0
    for part in _DASH.split(tok.text):
        entry = _lookup(gz, part) or gz.demonym(part) if part else None
        if entry is not None:
            out.append(_cand(tok, entry, entry.kind, tok.idx + pos, tok.idx + pos + len(part)))
        pos += len(part) + 1
    return out if len(out) >= 2 else []


# "Latin American leaders": no US citizens; "Western Australian unions": a state's region, not the state.
CONTINENTAL = frozenset("Latin North South Central West East Western Eastern Northern Southern".split())
# Combining forms that name a state only as the first half of a paired adjective ("Sino-Japanese", "Franco-German").
COMBINING = {"Sino": "China", "Franco": "France", "Russo": "Russia", "Anglo": "United Kingdom", "Indo": "India",
              "Italo": "Italy", "Greco": "Greece", "Turco": "Turkey", "Austro": "Austria", "Germano": "Germany",
              "Hispano": "Spain", "Luso": "Portugal", "Nippo": "Japan", "Serbo": "Serbia"}
_PAIR_GLUE = frozenset({"-", "\u2010", "\u2011", "\u2013", "/", "and"})


def demonym_spans(doc: Doc, gz: Gazetteer, states: set[str] = frozenset()) -> list[tuple[int, int, Entry]]:
    """Nationality adjectives of one or two words ("Russian", "South Korean") as token ranges; a shared one
    ("Congolese") for the one of its states the text names otherwise (``states``)."""
    words, spaces, blank, _, _ = token_columns(doc)
    out, resume = [], 0
    for i in [k for k, w in enumerate(words) if w[:1].isupper()]:  # no demonym, alone or first of two, is lower-case
        if i < resume:
            continue  # the second word of a two-word one
        two = gz.demonym(words[i] + spaces[i] + words[i + 1]) if i + 1 < len(words) and not blank[i + 1] \
            and words[i].lower() != "the" and words[i + 1][:1].isalpha() else None  # not "Kyrgyz" + "-", "Sudanese" + "."
        one = gz.demonym(words[i]) or gz.demonym_among(words[i], states) or _people_plural(doc, i, gz) \
            if not (i and words[i - 1] in CONTINENTAL) else None
        if one is None and words[i] in COMBINING and i + 2 < len(words) and words[i + 1] in _PAIR_GLUE \
                and gz.demonym(words[i + 2]) is not None:
            one = gz.lookup(COMBINING[words[i]])  # "Sino-Japanese": China, paired with Japan
        if two is not None:
            out.append((i, i + 2, two))
        elif one is not None:
            out.append((i, i + 1, one))
        resume = i + 2 if two is not None else i + 1
    return out


def demonym_cands(doc: Doc, spans: list[tuple[int, int, Entry]]) -> list[Cand]:
    """Nationality adjectives on groups that act: "Russian negotiators", "the Ukrainian and Russian delegations"."""
    out = []
    pairs = [(s1, e2) for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:])
             if s2 - e1 == 1 and doc[e1].lower_ in _PAIR_GLUE]
    for (_, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        if s2 - e1 == 1 and doc[e1].lower_ == "and":
            _share_noun(doc[e1 - 1], doc[e2 - 1])
    on_event = {i for s1, e2 in pairs if _event_word(_modified_noun(doc[e2 - 1])) for i in range(s1, e2)}
    for start, end, entry in spans:
        noun = _group_noun(doc, end - 1)
        if noun is None or not _acting(noun):
            noun = _modified_noun(doc[end - 1])
        if start in on_event or noun is not None and _acting(noun) or _the_people(doc[start:end]):
            # "Sino-Japanese talks", "Thai and Cambodian talks": a pair of states on an event word are its sides
            span = doc[start:end]
            out.append(Cand(span.start_char, span.end_char, span.text, entry.type, entry.key, entry.name,
                            "demonym", "demonym", end - 1))
    return out


def _people_plural(doc: Doc, i: int, gz: Gazetteer) -> Entry | None:
    """"the Kenyans", "the Israelis": a nationality's plural after "the", the state's side."""
    word = doc[i].text
    return gz.demonym(word[:-1]) if word.endswith("s") and i and doc[i - 1].lower_ == "the" \
        and doc[i].tag_ in ("NNPS", "NNS") and gz.lookup(word) is None else None  # (not "the Philippines")


def _the_people(span) -> bool:
    """"talks with the Sudanese", "the Samoans are ready": a nationality standing alone after "the" for its state's
    side in a dealing (not "the Sudanese army", nor "the Sudanese of Darfur": a people, not its state)."""
    tok = span[-1]
    return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
        and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
        and not any(c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _share_noun(first: Token, second: Token) -> None:
    """"The Kyrgyz and Tajik foreign ministers met", parsed as "Kyrgyz" and "Tajik ministers": both nationality
    adjectives modify the noun, so the parse is set so (the first an adjective of it, the second its conjunct)."""
    noun = next((c for c in first.children if c.dep_ == "conj" and c.i > second.i), None)
    if noun is None or noun.pos_ != "NOUN" or first.dep_ in ("amod", "compound", "nmod", "ROOT") \
            or not noun.left_edge.i <= second.i or second.head.i > noun.i \
            or any(c.dep_ not in ("det", "cc", "conj") for c in first.children):
        return
    noun.head, noun.dep_ = first.head, first.dep_
    for det in [c for c in first.children if c.dep_ == "det"]:
        det.head = noun
    first.head, first.dep_ = noun, "amod"
    second.head, second.dep_ = first, "conj"


def _event_word(noun: Token | None) -> bool:
    """A noun that names a diplomatic event ("talks", "summit")."""
    return noun is not None and bool({noun.lower_, noun.lemma_.lower()} & TRIGGER_NOUNS.keys())


def _acting(noun: Token) -> bool:
    """Groups, office-holders and proposals through which a state acts."""
    doc, i = noun.doc, noun.i
    while i + 1 < len(doc) and i - noun.i < 3 and doc[i].lower_ in MODIFIERS:
        i += 1  # "Crown Prince", "Foreign Minister"
    head = doc[i] if is_title(doc[i].text) or noun.dep_ in ("compound", "amod") else noun  # "the Thai army chief"
    return noun.lower_ in COLLECTIVES or noun.lower_ in STANCES or head.text in SHORT_TITLES \
        or is_title(head.text) and head.tag_ not in ("NNS", "NNPS") \
        or head.tag_ == "NNS" and head.lemma_.lower() in _PLURAL_OFFICES


def _modified_noun(tok: Token) -> Token | None:
    """The noun an adjective finally modifies in the parse ("Palestinian health ministry" -> ministry)."""
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
            tok = tok.head
            if tok.dep_ not in ("compound", "amod", "nmod"):
                return tok
        else:
            return None
    return None


def _group_noun(doc: Doc, i: int) -> Token | None:
    """The noun a nationality adjective modifies, skipping coordinated adjectives and "negotiating"."""
    j = i + 1
    while j < len(doc) and j <= i + 5:
        t = doc[j]
        if t.lower_ in ("and", "or", ",", "negotiating", "peace", "military", "government", "top", "senior"):
            if t.lower_ in COLLECTIVES:
                return t
            j += 1
            continue
        if t.text[:1].isupper() and j > i + 1 and doc[j - 1].lower_ in ("and", "or", ","):
            j += 1  # another nationality: "Russian and Ukrainian negotiators"
            continue
        if t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i > j and t.text.islower():
            j += 1  # a noun naming the group's field: "Kyrgyz and Tajik border delegations"
            continue
        if t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i > j and t.text.islower():
            j += 1  # an office's adjective: "the Kyrgyz and Tajik foreign ministers"
            continue
        return t if t.pos_ in ("NOUN", "PROPN") else None
    return None


def ner_cands(doc: Doc, gz: Gazetteer) -> list[Cand]:
    """PERSON and ORG entities, plus GPEs that are misspelt states ("Argentinia")."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ in ("PERSON", "ORG"):
            if _turn_label(ent) and all(is_title(t.text) or not t.text[:1].isupper() for t in ent[1:]):
                continue  # "Q. Minister, did you ...": an interview's turn label and the title it addresses, no name
            # "H.E. Ms Claudia Vieira" tagged ORG: a person, by the honorific
            typ = PERSON if ent.label_ == "PERSON" or _after_honorifics(ent) else ORG
            if typ == ORG and _a_feature(ent, gz):
                typ = "place"  # "the Ferghana Valley": kept only if it turns out to be a person's name
            start, end = ent.start_char, ent.end_char
            text = doc_text(doc)[start:end]  # Span.text makes a Token per word, and it was read twice
            out.append(Cand(start, end, text, typ, None, text, "name", "ner", ent.end - 1))
        elif ent.label_ == "GPE" and not _known(gz, ent):
            if len(ent) == 2 and ent[0].text in _PAIR_GLUE and (entry := _self_styled(ent[1:], gz)) is not None:
                out.append(_styled_cand(ent[1:], entry))  # "ASEAN-[-Korea]": the dash taken into the name
                continue
            entry = gz.fuzzy_state(_POSSESSIVE_END.sub("", ent.text)) or _self_styled(ent, gz)
            if entry is not None:
                c = _cand(ent, entry, "name", end=ent.start_char + len(_POSSESSIVE_END.sub("", ent.text)))
                c.source, c.place = "fuzzy", is_locative(ent)
                out.append(c)
            else:  # kept only if it turns out to be a person's name (the type vote)
                out.append(Cand(ent.start_char, ent.end_char, ent.text, "place", None, ent.text, "name", "ner",
                                ent.end - 1))
    if any(name in doc_text(doc) for name in _SELF_STYLED):  # "the ASEAN-Korea summit" with Korea untagged
        tagged = {i for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        out += [_styled_cand(doc[tok.i:tok.i + 1], entry) for tok in doc if tok.text in _SELF_STYLED
                and tok.i not in tagged and (entry := _self_styled(doc[tok.i:tok.i + 1], gz)) is not None]
    return out


def _turn_label(ent: Span) -> bool:
    """An entity opening a line on an interview's "Q." or "A." turn label."""
    first = ent[0]
    return len(ent) > 1 and first.text in ("Q.", "A.") and (first.i == 0 or "\n" in ent.doc[first.i - 1].text_with_ws)


def _a_feature(ent: Span, gz: Gazetteer) -> bool:
    """A river, sea, mountain or zone NER took for a body, unless the gazetteer knows it ("Solomon Islands") or a
    body's word names what runs it ("Lake Chad Basin Commission")."""
    lower = [t.lower_ for t in ent if t.lower_ != "the"]
    return natural_feature(lower) and not any(w in BODIES for w in lower) and gz.lookup(ent.text) is None


def _styled_cand(span: Span, entry: Entry) -> Cand:
    """A state named by the short name it styles itself by in a pair, kept as a fuzzy match is."""
    c = _cand(span, entry, "name")
    c.source, c.place = "fuzzy", is_locative(span)
    return c


# Short names a state styles itself by in paired names ("Korea-ASEAN summit", "Korea-Japan talks"), too vague alone.
_SELF_STYLED = {"Korea": "South Korea"}


def _self_styled(ent: Span, gz: Gazetteer) -> Entry | None:
    """A state's own short name dashed to another known name ("Korea-ASEAN", "ASEAN-Korea")."""
    doc, name = ent.doc, _SELF_STYLED.get(ent.text)
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text in _PAIR_GLUE - {"and"} else None
    before = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text in _PAIR_GLUE - {"and"} else None
    other = [t for t in (before, after) if t is not None and (_lookup(gz, t.text) or gz.demonym(t.text))]
    return gz.lookup(name) if name and other else None


def _after_honorifics(ent: Span) -> Span | None:
    """The name after the honorifics an entity opens with ("H.E. Ms Claudia Vieira" -> "Claudia Vieira", "the Hon
    Jane Roe", "Tan Sri Rahmat Hashim"), if any."""
    doc = ent.doc
    first = k = ent.start + (ent[0].lower_ == "the" and len(ent) > 1 and is_honorific(ent[1]))
    while k < ent.end and (is_honorific(doc[k]) or k > first and doc[k].lower_ in STYLE_CHAIN
                           or doc[k].text == "Tan" and k + 1 < ent.end and doc[k + 1].lower_ == "sri"):
        k += 1
    rest = ent.doc[k:ent.end]
    if k == first or not 1 <= len(rest) <= 4 or not all(t.text.istitle() for t in rest):
        return None
    return rest


def _known(gz: Gazetteer, ent: Span) -> bool:
    """True when any part of an entity is a known name ("South Africa's" holds "South Africa")."""
    text = _POSSESSIVE_END.sub("", ent.text)
    return any(_lookup(gz, p.strip()) for p in [text, *_DASH.split(text)])
