"""People the actor finder left out of an event mention: a surname the event-data dictionary gives one holder."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from diplograph.extract.actors.headlines import english_words
from diplograph.extract.base import ActorMention
from diplograph.extract.clauses import in_dateline
from diplograph.extract.events.status import headline_named
from diplograph.kb.gazetteer import gazetteer, locate_place
from diplograph.kb.names import person_key
from diplograph.kb.petrarch import phoenix_actors

_OFFICES = ("GOV", "ELI", "MIL", "OPP", "LEG")  # the holder of a public role, not a firm or a charity
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_BODY_WORDS = frozenset("of the and for".split())  # words of a body's name, never of a person's
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC", "MONEY", "PERCENT"})


@cache
def _by_surname() -> dict[str, frozenset[tuple[str, str]]]:
    """Last word of every dictionary spelling of a public office-holder -> (primary name, state code) pairs."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for spelling, entries in phoenix_actors().items():
        words = spelling.split()
        if len(words) < 2 or _BODY_WORDS.intersection(words) and {words[-1], words[-1][:-1]} & english_words("noun"):
            continue  # "united states house of representatives": a body's name, no person's
        out[words[0]].add(("", ""))  # "Kim Jong Un": a surname written first is no one's surname alone
        for entry in entries:  # every bearer of the surname counts, so "Kim" or "Lee" stays ambiguous
            office = len(entry.code) >= 6 and entry.code[3:6] in _OFFICES and entry.code[:3].isalpha()
            out[words[-1]].add((entry.name, entry.code[:3] if office else ""))
    return {k: frozenset(v) for k, v in out.items()}


def leader_mention(tok, partner: bool, paired: bool = False) -> ActorMention | None:
    """A person named by a bare proper noun: the one office-holder the dictionary knows by that surname, or,
    listed with a known person ("Tinubu, Mahama hold talks": partner), a person known by the surname alone.
    paired: the word is one of a dash pair ("the Putin-Xi summit"), so the other surname is no given name of it."""
    text = tok.text
    if (tok.pos_ not in ("PROPN", "NOUN") and headline_named(tok) is None) or not text[:1].isupper() or not text[1:].islower() or len(text) < 2 \
            or len(text) < 3 and not paired \
            or tok.ent_type_ in _NOT_NAMES - _PLACES or in_dateline(tok) or gazetteer().lookup(text) is not None \
            or not paired and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return None
    if gazetteer().capital(text) is not None or locate_place(text) is not None:
        return None  # a real place ("Harare"); a surname the tagger took for one ("Tinubu") is not
    bearers = _by_surname().get(text.casefold(), frozenset())
    holders = {name for name, _ in bearers if name} | ({""} if ("", "") in bearers else set())
    states = {code for _, code in bearers} - {""}
    if len(holders) == 1 and states:
        name = " ".join(w.capitalize() for w in next(iter(holders)).split())
        state = gazetteer().entry(f"state:{next(iter(states))}") if len(states) == 1 else None
        return ActorMention(tok.idx, tok.idx + len(tok), text, person_key(name), name, "person", "surname",
                            role_of=state.key if state is not None else None)
    if partner and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "", "GPE", "ORG", "NORP") \
            and not any(text.lower() in english_words(pos) for pos in ("noun", "verb", "adj")):  # not "Address"
        state = gazetteer().entry(f"state:{next(iter(states))}") if len(states) == 1 else None  # one family's state
        return ActorMention(tok.idx, tok.idx + len(tok), text, person_key(text), text, "person", "surname",
                            role_of=state.key if state is not None else None)
    return None
