"""People in one article: clean names, their titles, and descriptions that stand for them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from diplograph.extract.actors.candidates import Cand
from diplograph.extract.actors.columns import doc_text, sentence_start, span_text, token_columns
from diplograph.extract.actors.names import PARTICLES
from diplograph.extract.actors.nonactors import signer_office
from diplograph.extract.base import PERSON, ActorMention, DocActors, token_strings
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.roles import (
    HONORIFICS,
    LEAD_STYLES,
    MODIFIERS,
    PLURAL_HEADS,
    SOLE_OFFICES,
    STYLE_CHAIN,
    STYLE_INITIALS,
    apposition_role,
    describe,
    gender_of,
    is_title,
    premodifier_role,
    title_positions,
)
from diplograph.timex.dateline import dateline_place

_WORD = re.compile(r"\S+")
_DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INNER_POSSESSIVE = re.compile(r"['\u2019]s\s")
_DETERMINERS = {"the"}
_CLOSERS = frozenset({",", ".", ";", ")"})  # what ends a name set off as an apposition


_ROMAN = re.compile(r"[IVXL]{2,6}")  # a session's number before a name ("XIII Morocco-Spain High-Level Meeting")
_STYLE_WORDS = frozenset("royal imperial serene highness excellency majesty".split())  # "His Royal Highness"


def _is_prefix_word(tok: str) -> bool:
    """Words glued before a name that are not part of it: titles, honorifics, "Kremlin", "Russian"."""
    low = tok.lower()
    gz = gazetteer()
    return (is_title(tok) or low in MODIFIERS or low in HONORIFICS or tok in STYLE_INITIALS or tok[:1].islower()
            or low in PLURAL_HEADS  # "Prime Ministers X of A and Y of B"
            or low == "the" or _ROMAN.fullmatch(tok)  # "The Hon X" opening a line: the article of the style
            is not None or gz.lookup(tok) is not None or gz.demonym(tok) is not None)  # "XIII [Morocco-Spain ...]"


def _particle_name(words: list[tuple[int, str]]) -> bool:
    """"von der Leyen", "al-Sisi" after a title: lower-case particles that open a surname, not a prefix."""
    particles = 0
    while particles < len(words) - 1 and words[particles][1] in PARTICLES:
        particles += 1
    return particles > 0 and words[particles][1][:1].isupper()


def clean_person(c: Cand, known: set[str] = frozenset()) -> list[Cand]:
    """A PERSON entity without titles, honorifics or possessive; "Blake-Sorokin" becomes two names
    when each side is a name ``known`` from elsewhere in the article (else "Jean-Pierre" stays whole)."""
    out = []
    for offset, part in _parts(c.text, known):
        words = [(m.start(), m.group()) for m in _WORD.finditer(part)]
        if len(words) > 1 and all(w.lower() in STYLE_CHAIN or w.lower() in HONORIFICS for _, w in words):
            continue  # "Yang Berhormat Pehin", "Kaya Laila": pieces of a Malay style, nobody's name
        styled = False
        while words and (_is_prefix_word(words[0][1]) and not _particle_name(words)
                         or styled and words[0][1].lower() in STYLE_CHAIN
                         or words[0][1].lower() in LEAD_STYLES and len(words) > 2
                         or words[0][1] == "Tan" and len(words) > 2 and words[1][1].lower() == "sri"):  # "Tan Sri X"
            styled = styled or words[0][1].lower().rstrip("'\u2019") in HONORIFICS or words[0][1] == "Tan"
            words.pop(0)
        if not words or all(w.lower() in _STYLE_WORDS for _, w in words):
            continue  # "His Royal Highness": a style, nobody's name
        start = words[0][0]
        name = _INNER_POSSESSIVE.split(part[start:].split("\n")[0])[0]  # "Jane Roe's Call with ..."
        name = _POSSESSIVE.sub("", name).strip()
        if name[-1:] in "-\u2013" and gazetteer().lookup(name[:-1]) is not None:
            continue  # "Morocco-" of a "Morocco-Spain" pair the tagger cut: a state, not a person
        if len(name) < 2 or not (name[:1].isupper() or _particle_name(words)):
            continue
        s = c.start + offset + start
        out.append(replace(c, start=s, end=s + len(name), text=name, name=" ".join(name.split())))
    return out


def _parts(text: str, known: set[str]):
    """The pieces of "Blake-Sorokin" (each a known name), or the whole text."""
    pieces = _DASH.split(text)
    if len(pieces) < 2 or not all(p.strip().lower() in known for p in pieces):
        yield 0, text
        return
    pos = 0
    for piece in pieces:
        at = text.find(piece, pos)
        yield at, piece
        pos = at + len(piece)


def person_roles(doc: Doc, p: Cand, keys_at: dict[int, str]) -> tuple[str | None, str | None, str | None, str | None]:
    """(title, body key, titled alias, gender hint) for one person mention."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return None, None, None, None
    before = token_columns(doc).words[max(0, span.start - 3): span.start]  # the words' texts, no Tokens
    gender = gender_of(before)
    found = premodifier_role(doc, span.start, keys_at)
    if found is not None:
        title, role_of, start = found
        role_of = role_of or _state_after(doc, span.end, keys_at) \
            or _state_before_comma(doc, span, start, keys_at)  # "Sudan's army chief, Gen X,"
        alias = " ".join(doc_text(doc)[start:p.end].split())
        return title, role_of, alias, gender_of(title.split()) or gender
    found2 = apposition_role(doc, span.end - 1, keys_at)
    if found2 is not None:
        return found2[0], found2[1] or _state_before_comma(doc, span, p.start, keys_at), None, \
            gender_of(found2[0].split()) or gender
    office = signer_office(span)
    if office is not None:
        return office, None, None, gender_of(office.split()) or gender
    found3 = _titled_before_comma(doc, span, p.start, keys_at)
    if found3 is not None:  # "with Canada's Minister of Foreign Affairs, X, ahead of ...", the parse's apposition lost
        return found3[0], found3[1], None, gender_of(found3[0].split()) or gender
    return None, _state_after(doc, span.end, keys_at) or _possessor_state(doc, span.start, keys_at), None, gender


def _titled_before_comma(doc: Doc, span, start: int, keys_at: dict[int, str]) -> tuple[str, str | None, int] | None:
    """The title of a state's office written before a name set off by commas ("Canada's Minister of Foreign Affairs,
    X, said"), whatever the parse made of the apposition; ``start`` is where the name (or its own title) begins."""
    first = span.start
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1
    if first < 2 or doc[first - 1].text != "," or span.end < len(doc) and doc[span.end].text not in _CLOSERS:
        return None
    found = premodifier_role(doc, first - 1, keys_at)
    return found if found is not None and found[1] is not None and found[1].startswith("state:") else None


def _state_before_comma(doc: Doc, span, start: int, keys_at: dict[int, str]) -> str | None:
    """The state of that office, if any (a name's own title leaves its state to the phrase before the comma)."""
    found = _titled_before_comma(doc, span, start, keys_at)
    return found[1] if found is not None else None


def _possessor_state(doc: Doc, first: int, keys_at: dict[int, str]) -> str | None:
    """The state whose possessive opens an untitled name ("Tanzania's X"): the one X serves."""
    if first < 2 or not _POSSESSIVE.fullmatch(doc[first - 1].text):
        return None
    key = keys_at.get(first - 2)
    return key if key is not None and key.startswith("state:") else None


def _state_after(doc: Doc, end: int, keys_at: dict[int, str]) -> str | None:
    """The state named by "of (the) Y" right after a titled name ("Prime Minister X of Japan"): the one X serves."""
    at = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if end >= len(doc) or doc[end].lower_ != "of" or at >= len(doc):
        return None
    key = keys_at.get(at)
    return key if key is not None and key.startswith("state:") else None


def describe_at(doc: Doc, actors: DocActors, keys_at: dict[int, str]) -> list[tuple[ActorMention, str]]:
    """Definite descriptions ("the Kremlin spokesman", "the Ukrainian leader") resolved to people."""
    out = []
    named: dict[str, str] = {}  # the words of a description -> whom they named last
    home = _dateline_state(doc_text(doc))
    for tok in (doc[i] for i in title_positions(token_strings(doc, "LOWER"))):  # the column, not a Token per word
        if tok.tag_ in ("NNS", "NNPS") or _followed_by_name(doc, tok.i, actors):
            continue
        if actors.in_span(tok.idx, tok.idx + len(tok.text), partial=True):
            continue
        start = _description_start(doc, tok.i, keys_at)
        if start is None and tok.pos_ == "PROPN" and tok.is_title and tok.i == sentence_start(doc, tok.i) \
                and (tok.dep_ in ("nsubj", "nsubjpass") or tok.ent_type_ == "PERSON"):
            start = tok.i  # "Lyonchhen will hold talks": an office written as a name, with no article
        if start is None:
            continue
        text = span_text(doc, start, tok.i + 1)
        if tok.lower_ == "head":  # "the Head of State": only where the page titles one person so ("Head of State X")
            office = f"head of {doc[tok.i + 2].lower_}"
            held = {m.key for m in actors if m.type == PERSON and (m.role or "").lower() == office}
            if len(held) == 1:
                person = next(iter(actors.by_key(held.pop())))
                named[text.lower()] = person.key
                out.append((ActorMention(doc[start].idx, tok.idx + len(tok.text), text, person.key, person.name,
                                         PERSON, "description", person.role), text))
            continue
        person = actors.resolve_description(text, position=doc[start].idx, sentence=doc[sentence_start(doc, tok.i)].idx,
                                            exclude=_clause_subjects(tok, actors) | _counterparts_side(tok, actors)
                                            | _counterparts_hosts(doc, tok, actors),
                                            prefer=_subject_before(tok, actors), again=named.get(text.lower()),
                                            home=home)
        if person is None and start == tok.i - 1 and (office := SOLE_OFFICES.get(tok.lower_)) is not None \
                and (entry := gazetteer().lookup(office)) is not None:
            out.append((ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, entry.key, entry.name, entry.type,
                                     "description"), text))  # "the Pope received ...": the Holy See acts
            continue
        if person is None:
            continue
        desc = describe(text)
        named[text.lower()] = person.key
        mention = ActorMention(doc[start].idx, tok.idx + len(tok.text), text, person.key, person.name,
                               PERSON, "description", desc[0] if desc else tok.text,
                               desc[1][0] if desc and desc[1] else None)
        out.append((mention, text))
    return out


def _dateline_state(text: str) -> str | None:
    """The state whose capital a story's dateline names ("HANOI, June 10 (VNA) -"): the one its unqualified titles
    ("President X") serve."""
    city = dateline_place(text, dayless=True)
    entry = gazetteer().capital(city) if city else None
    return entry.key if entry is not None else None


def _clause_subjects(tok, actors: DocActors) -> frozenset[str]:
    """The people who are subject of the verb a description hangs from: "X accepted an invitation from the Chinese
    President" names someone other than X (a name and a description of one person do not share a clause); and,
    for a description that is the subject, the people its verb takes as object ("The President welcomed President
    X", "the minister held talks with X": not X)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return frozenset()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= tok.i <= c.right_edge.i]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head == verb:
        subjects += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        subjects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _FACING
                     for o in p.children if o.dep_ == "pobj"]
        subjects += [o for d in verb.children if d.dep_ == "dobj" for p in d.children
                     if p.dep_ == "prep" and p.lower_ in _FACING for o in p.children if o.dep_ == "pobj"]
    return frozenset(m.key for c in subjects if (m := actors.at(c.idx, c.idx + len(c))) is not None
                     and m.type == PERSON)


_FACING = frozenset({"with", "to", "on"})  # "talks with X", "spoke to X", "called on X": the other side


def _subject_before(tok, actors: DocActors) -> frozenset[str]:
    """The people subject of the sentence before a description that is itself a subject: "X left for Y at the
    invitation of President Z. The President will hold talks ...": the one the narrative follows, X, before Z."""
    first = sentence_start(tok.doc, tok.i)
    if tok.dep_ not in ("nsubj", "nsubjpass") or first == 0:
        return frozenset()
    root = tok.doc[first - 1].sent.root
    return frozenset(m.key for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                     for m in actors.in_span(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) if m.type == PERSON)


def _counterparts_side(tok, actors: DocActors) -> frozenset[str]:
    """The people of the state of a counterpart named in the description's clause: "The President will hold talks
    with his Maldivian counterpart" names someone of another state than the Maldives."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    states = {entry.key for t in verb.subtree if t.lemma_ == "counterpart" for c in t.children
              if c.dep_ in ("amod", "compound") and (entry := gazetteer().demonym(c.text)) is not None} \
        if verb is not None else set()
    return frozenset(m.key for m in actors.mentions if m.type == PERSON and m.role_of in states) if states \
        else frozenset()


def _counterparts_hosts(doc: Doc, tok, actors: DocActors) -> frozenset[str]:
    """The people the text gives a counterpart of the description's state: "Our Minister, Mr. X, will receive his
    Syrian counterpart ... Will the President meet the Syrian minister?" is not X, who is no Syrian."""
    states = {entry.key for c in tok.children if c.dep_ in ("amod", "compound")
              and (entry := gazetteer().demonym(c.text)) is not None}
    if not states:
        return frozenset()
    lower = token_strings(doc, "LOWER")
    found = set()
    for t in (doc[i] for i, w in enumerate(lower) if w in _COUNTERPARTS):
        if not any(c.dep_ in ("amod", "compound") and (e := gazetteer().demonym(c.text)) is not None and e.key in states
                   for c in t.children):
            continue
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) if verb is not None else ():
            end = subj.right_edge.idx + len(subj.right_edge)
            found |= {m.key for m in actors.in_span(subj.left_edge.idx, end) if m.type == PERSON}
    return frozenset(found)


_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def _followed_by_name(doc: Doc, i: int, actors: DocActors) -> bool:
    """A title right before a name is that name's title, not a description; "head of" is neither, but for "the Head of
    State (Government)", a leader's description."""
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j >= len(doc):
        return False
    if doc[j].lower_ == "of":
        if doc[i].lower_ == "head" and j + 1 < len(doc) and doc[j + 1].lower_ in ("state", "government"):
            return _followed_by_name(doc, j + 1, actors)  # "The Head of State also met ...": a leader described
        return True
    hit = actors.at(doc[j].idx, doc[j].idx + 1)
    return hit is not None and hit.type == PERSON or doc[j].ent_type_ == "PERSON"


def _description_start(doc: Doc, i: int, keys_at: dict[int, str]) -> int | None:
    """Index of "the" opening a description that ends at token i, or None when there is none."""
    j = i - 1
    while j >= 0 and i - j <= 6:
        tok = doc[j]
        if tok.lower_ in _DETERMINERS:
            return j
        if not (tok.lower_ in MODIFIERS or j in keys_at or is_title(tok.text)
                or tok.text[:1].isupper() and tok.pos_ == "PROPN" or tok.text in ("-", "'s", "\u2019s")):
            return None
        j -= 1
    return None
