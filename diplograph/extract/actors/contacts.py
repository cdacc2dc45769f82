"""Bare names NER missed as parties of a contact ("Lula met Boric", "Ruto will meet Museveni"): people."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token

from diplograph.extract.actors.headlines import _in_headline, english_words
from diplograph.extract.actors.names import _cities, _name_word
from diplograph.extract.base import token_strings
from diplograph.kb.event_lexicon import TRIGGER_NOUNS
from diplograph.kb.gazetteer import fold, gazetteer

# Verbs of meeting or talking whose subject and "with" partner are the parties.
_CONTACT_VERBS = frozenset("""meet confer consult negotiate phone telephone call host receive welcome greet talk speak
chat converse visit""".split())
_OBJECT_VERBS = frozenset("meet phone telephone call host receive welcome greet".split())  # object: the one met
_SUPPORT_VERBS = frozenset("hold have begin open conduct".split())  # with an event noun: "held talks with X"
_PARTNER_PREPS = frozenset({"with", "between"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RETAGGED = frozenset({"", "NORP", "GPE", "ORG"})  # what NER may have made of a bare surname
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
_MAX_WORDS = 3
_NOT_BARE = frozenset({"det", "poss", "nummod", "amod", "case"})  # "the Taliban", "Brazil's Lula": not bare


def contact_names(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """A capitalised proper noun run that is the subject, object or "with" partner of a meeting, call or visit
    word, that NER left untagged or took for a nationality, place or body the gazetteer does not know, is a person
    (a body-tagged word only when a person is the other party: "Boeing held talks with Airbus" stays)."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    for anchor in _anchors(doc):
        parties = _parties(anchor)
        runs = [r for p in parties if (r := _bare_run(p, at, text)) is not None]
        for r in runs:
            if _label(at, r) != "ORG" or not _partner(r[-1]) and _beside_person(r, parties, runs, at, people):
                found[r.start] = r
    if not found:
        return ents
    taken = {i for r in found.values() for i in range(r.start, r.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + [Span(doc, r.start, r.end, label="PERSON") for r in found.values()], key=lambda e: e.start)


def _beside_person(run: Span, parties: list[Token], runs: list[Span], at: dict[int, Span], people: set[int]) -> bool:
    """Another party is a person: tagged so, or a bare name NER did not take for a body."""
    return any(p.i in people and not run.start <= p.i < run.end for p in parties) \
        or any(o is not run and _label(at, o) != "ORG" for o in runs)


def _partner(tok: Token) -> bool:
    """"talks with Hamas": a body-tagged word after "with" is most often a body indeed."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj"


def _mistagged_name(tok: Token) -> bool:
    """"Witkoff held talks", "Pezeshkian spoke": a sentence's first word the tagger read as a common noun or
    adjective, though no English word, is a name word when it would be one as a proper noun."""
    return tok.pos_ in ("NOUN", "ADJ") and tok.is_sent_start and tok.dep_ in _SUBJECTS and not _english(tok) \
        and _name_word(tok, proper=False)


def _english(tok: Token) -> bool:
    words = (tok.lower_, tok.lemma_.lower())
    return any(w in english_words(pos) for w in words for pos in ("noun", "verb", "adj", "adv"))


def _label(at: dict[int, Span], run: Span) -> str:
    tagged = at.get(run.end - 1)
    return tagged.label_ if tagged is not None else ""


def _anchors(doc: Doc) -> list[Token]:
    """Contact verbs, event nouns, and support verbs with an event noun object."""
    lemmas, pos, lower = token_strings(doc, "LEMMA"), token_strings(doc, "POS"), token_strings(doc, "LOWER")
    out = []
    for i in [k for k, kind in enumerate(pos) if kind == "VERB" or kind == "NOUN"]:  # the columns first: a Token
        lemma, kind = lemmas[i].lower(), pos[i]  # only for the few that pass
        if kind == "VERB" and lemma in _CONTACT_VERBS or kind == "NOUN" and (
                lemma in TRIGGER_NOUNS or lower[i] in TRIGGER_NOUNS):
            out.append(doc[i])
        elif kind == "VERB" and lemma in _SUPPORT_VERBS and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in TRIGGER_NOUNS or c.lower_ in TRIGGER_NOUNS)
                for c in doc[i].children):
            out.append(doc[i])
    return out


def _parties(anchor: Token) -> list[Token]:
    """The anchor's subject (for a verb), object (for a verb of meeting), partners and agent, with conjuncts."""
    lemma = anchor.lemma_.lower()
    direct: list[Token] = []
    if anchor.pos_ == "VERB":
        subjects = [c for c in anchor.children if c.dep_ in _SUBJECTS]
        if not subjects and anchor.dep_ == "xcomp":  # "Ruto is set to meet Museveni"
            subjects = [c for c in anchor.head.children if c.dep_ in _SUBJECTS]
        direct += subjects
        if lemma in _OBJECT_VERBS:
            direct += [c for c in anchor.children if c.dep_ == "dobj"]
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS or c.dep_ == "agent":
            direct += [o for o in c.children if o.dep_ == "pobj"]
    return [t for p in direct for t in (p, *p.conjuncts)]


def _bare_run(tok: Token, at: dict[int, Span], text: str) -> Span | None:
    """The short proper-noun run a party token ends, when it may be a person's bare name."""
    doc = tok.doc
    if not (_name_word(tok) if tok.tag_ == "NNP" else _mistagged_name(tok)) \
            or any(c.dep_ in _NOT_BARE for c in tok.children):
        return None
    start = tok.i
    while start > 0 and tok.i - start < _MAX_WORDS - 1 and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == tok.i and _name_word(doc[start - 1]):
        start -= 1
    if any(c.i < start for c in tok.children):
        return None  # "Air Force chief Mensah", "Secretary of Defense Jim Roe": a titled name is found as such
    run = doc[start: tok.i + 1]
    if any(t.tag_ in ("NNS", "NNPS") for t in run) or tok.dep_ == "nsubj" and tok.head.tag_ == "VBP" \
            and not tok.conjuncts:
        return None  # "Tourists visited ...", "the Juniors visit ...": a plural is no one person
    tags = {at[i].label_ if i in at else "" for i in range(run.start, run.end)}
    if not tags <= _RETAGGED or any(i in at and (at[i].start < run.start or at[i].end > run.end)
                                    for i in range(run.start, run.end)):
        return None
    if any(t.lower_ in _CALENDAR for t in run) or fold(run.text) in _cities() or _in_headline(run, text) \
            or gazetteer().fuzzy_state(run.text) is not None:  # "Argentinia": a misspelt state
        return None
    first = run[0]
    opening = first.is_sent_start or first.i > 0 and doc[first.i - 1].is_punct and doc[first.i - 1].text != ","
    if opening and _english(first):
        return None  # "Talks with ...": a common word capitalised by position
    return run
