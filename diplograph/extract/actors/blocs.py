""""The bloc", "the regional bloc", "the alliance", "the world body": a body referred back to by what it is, the one
named before."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from diplograph.extract.actors.columns import doc_text, token_columns
from diplograph.extract.base import ActorMention, DocActors, token_strings
from diplograph.kb.gazetteer import fold, gazetteer
from diplograph.records import ORG

# Nouns that refer back to a grouping of states; "union", "alliance", "league", "forum" and "organisation" only to one
# whose own name says so ("the union" is the African Union, never ASEAN; "the alliance" is NATO, the North Atlantic
# Alliance; "the 22-member league" the Arab League; "the Forum" the Pacific Islands Forum).
_ANY_BLOC = frozenset("bloc grouping".split())
_NAMED_BY = frozenset("union alliance league forum organisation organization".split())
_DESCRIBED = frozenset("organisation organization body".split())  # only with a modifier: "the 57-member organisation",
# "the Strasbourg-based body", "the regional body" (not the bare word of an NGO's or a corpse's story)
_BLOC_WORDS = _ANY_BLOC | _NAMED_BY | _DESCRIBED
_ORGAN_WORDS = frozenset("secretariat commission".split())  # a grouping's organs, named alone after it
_WORLD_BODY = "org:un"  # "the world body": the press's name for the United Nations, named before or not
# Organs, agencies, courts and banks of the gazetteer: bodies, but never "the bloc" of a story.
_NOT_GROUPINGS = frozenset("""org:un org:un-security-council org:un-general-assembly org:european-commission
org:european-council org:council-of-the-eu org:european-parliament org:iaea org:who org:imf org:world-bank org:wto
org:unesco org:unicef org:unhcr org:icc org:icj org:icrc org:interpol org:ecb org:un-human-rights-council org:wfp
org:unrwa org:opcw org:nato-russia-council""".split())
_SITTING_ORGANS = frozenset("council committee authority conference commission".split())  # "X of the <body>" (not an
# assembly: "the Assembly of the African Union" stays a body of its own, apart from the AU's other meetings)
_NAMED_ORGANS = frozenset("council committee authority".split())  # "<body> X Council" (not "the UN ... Conference")
_MODIFIER_POS = frozenset("ADJ NOUN NUM PROPN".split())  # "the regional bloc", "the 15-member West African bloc"
_DOMESTIC = frozenset("""ruling governing opposition electoral parliamentary voting party coalition trade labour labor
workers teachers students farmers""".split())  # "the ruling alliance", "the opposition bloc": a country's own politics


def bloc_mentions(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """"the bloc", "the regional bloc's summit", "the alliance": the one grouping of states named before that the
    noun fits (none when two fit, or none is named)."""
    words, lower = token_columns(doc).words, token_strings(doc, "LOWER")
    out = []
    for i in [i for i, w in enumerate(lower) if w in _BLOC_WORDS]:  # the lower-case column first: few words are any
        word = words[i]
        noun = _capital_noun(doc, i) if word[:1].isupper() else word
        if noun not in _ANY_BLOC and noun not in _NAMED_BY and noun not in _DESCRIBED:  # lower case but "the Forum's"
            continue
        tok = doc[i]
        start = _article_start(doc, i)
        if start is None or i + 1 < len(doc) and doc[i + 1].lower_ == "of" \
                or noun in _DESCRIBED and start == i - 1 \
                or actors.in_span(doc[start].idx, tok.idx + len(tok), partial=True):
            continue  # "the union of two parties", "the organisation" alone, "the EU bloc" (named already)
        if noun == "body" and i and doc[i - 1].lower_ == "world":
            fits = {_WORLD_BODY}
        else:
            fits = {m.key for m in actors.before(doc[start].idx) if m.type == ORG and _grouping(m.key, noun)}
        if len(fits) != 1:
            continue
        entry = gazetteer().entry(next(iter(fits)))
        out.append(ActorMention(doc[start].idx, tok.idx + len(tok), doc[start:i + 1].text, entry.key, entry.name, ORG,
                                "description"))
    return out + _the_members_count(doc, actors)


_COUNTED_UNION = ("org:eu", frozenset({"27", "28"}))  # "the 27": the Union's member states, the press's name for it


def _the_members_count(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """"The 27 will hold a summit with X" after "EU leaders": the Union referred back to by its members' count, a
    number standing alone as a noun phrase's head after "the"."""
    key, counts = _COUNTED_UNION
    out = []
    for tok in (doc[i] for i, w in enumerate(token_columns(doc).words) if w in counts):  # (Tokens for the counts only)
        if not tok.i or doc[tok.i - 1].lower_ != "the" or tok.dep_ == "nummod" \
                or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN") \
                or actors.in_span(doc[tok.i - 1].idx, tok.idx + len(tok), partial=True):
            continue  # "the 27 member states", "the 27 September meeting"
        if not any(m.key == key for m in actors.before(tok.idx)):
            continue
        entry = gazetteer().entry(key)
        out.append(ActorMention(doc[tok.i - 1].idx, tok.idx + len(tok), doc[tok.i - 1:tok.i + 1].text, entry.key,
                                entry.name, ORG, "description"))
    return out


def _capital_noun(doc: Doc, i: int) -> str:
    """"Forum" in "the Forum's secretary general" or "the Forum said", lower-cased; "" when the word opens a name
    ("the Union of Comoros", "the Forum Fisheries Agency") or starts a sentence."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.is_sent_start or tok.lower_ not in _NAMED_BY or nxt is not None and nxt.text[:1].isupper():
        return ""
    return tok.lower_


def _article_start(doc: Doc, i: int) -> int | None:
    """Index of "the" opening "the (regional / 15-member / West African) bloc", or None."""
    j = i - 1
    while j >= 0 and i - j <= 4:
        tok = doc[j]
        if tok.lower_ == "the":
            return j
        if tok.pos_ not in _MODIFIER_POS and tok.text not in ("-", "\u2010", "\u2011") and tok.lower_ != "based" \
                or tok.lower_ in _DOMESTIC:  # ("the Strasbourg-based body")
            return None
        j -= 1
    return None


def _grouping(key: str, noun: str) -> bool:
    """A known grouping of states the noun may stand for ("union": one whose own name has the word)."""
    if key in _NOT_GROUPINGS or gazetteer().entry(key) is None:
        return False
    words = _name_words().get(key, frozenset())
    return noun in _ANY_BLOC or noun == "body" or noun in words or noun.replace("isation", "ization") in words


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """The words of every name and alias the gazetteer knows each organisation by."""
    gz = gazetteer()
    words: dict[str, set[str]] = {}
    for form, entry in [*gz.folded.items(), *((fold(k), e) for k, e in gz.exact.items())]:
        if entry.type == ORG:
            words.setdefault(entry.key, set()).update(form.split())
    return {k: frozenset(v) for k, v in words.items()}


def named_back(orgs: list, known: list) -> list:
    """A lone capitalised "Forum", "League" or "Union" the tagger took for a body of its own ("the Forum's secretary
    general") is the one grouping named before whose name has the word, and a lone "Secretariat" or "Commission" the
    one grouping named before, its organ (``known``: the candidates with keys)."""
    out = []
    for c in orgs:
        word = c.text.lower()
        organ = word in _ORGAN_WORDS and not any(  # (not after a body of its own so named: "the Electoral Commission")
            k.start < c.start and k.name.lower().endswith(word) and gazetteer().entry(k.key) is None for k in known)
        if (word in _NAMED_BY or organ) and c.key == f"org:{word}":
            fits = {k.key for k in known if k.start < c.start and k.type == ORG
                    and _grouping(k.key, "bloc" if organ else word)}
            if len(fits) == 1:
                entry = gazetteer().entry(next(iter(fits)))
                c = replace(c, key=entry.key, name=entry.name, kind="description")
        out.append(c)
    return out


@lru_cache(maxsize=4096)
def organ_owner(name: str):
    """The known body whose sitting organ a name is ("the Permanent Council of the Organization of American States",
    "the OSCE Ministerial Council", "the Council of Ministers of the Arab League"): its sittings are the body's."""
    words = name.split()
    gz = gazetteer()
    for mark in ("'s ", "\u2019s "):  # "the OIC's Council of Foreign Ministers": a known body's own organ
        head, found, rest = name.partition(mark)
        entry = gz.lookup(head.removeprefix("the ").removeprefix("The ")) if found else None
        if entry is not None and entry.type == ORG and entry.state is None \
                and any(w.lower() in _SITTING_ORGANS for w in rest.split()):
            return entry
    for i, word in enumerate(words[1:-1], 1):
        if word == "of" and any(w.lower() in _SITTING_ORGANS for w in words[:i]):
            tail = words[i + 2:] if words[i + 1] in ("the", "The") else words[i + 1:]
            entry = gz.lookup(" ".join(tail)) if tail else None
            if entry is not None and entry.type == ORG:
                return entry
    if len(words) < 2 or words[-1].lower() not in _NAMED_ORGANS:
        return None
    entry = next((e for n in range(1, min(3, len(words) - 1) + 1) if (e := gz.lookup(" ".join(words[:n]))) is not None),
                 None)  # "the [ECOWAS] Mediation and Security Council"
    return entry if entry is not None and entry.type == ORG else None


_BARE_ORGANS = frozenset({"secretariat", "general secretariat", "secretariat-general", "commission"})


def bare_organs(doc: Doc, actors: DocActors) -> list[tuple[ActorMention, ActorMention]]:
    """(old, new) readings of a body's organ named bare ("The General Secretariat regrets", "the Commission said")
    after one known body of states alone: that body's (not when two bodies could own it, EU and AU pages alike)."""
    out, bodies = [], {}
    for m in actors:  # (each mention of the key: the tagger's "General Secretariat" as a person is all its own)
        if m.key not in bodies and gazetteer().entry(m.key) is None \
                and (word := " ".join(m.text.lower().split()).removeprefix("the ")) in _BARE_ORGANS:
            earlier = actors.before(m.start, ORG)
            owners = {o.key for o in earlier if (e := gazetteer().entry(o.key)) is not None
                      and e.type == ORG and e.state is None}
            own = any(o.name.lower().endswith(word.split()[-1]) and gazetteer().entry(o.key) is None for o in earlier)
            bodies[m.key] = gazetteer().entry(owners.pop()) if len(owners) == 1 and not own else None  # (not after
            # a body of its own so named: "Kenya's Electoral Commission met. The Commission set a date.")
        if (entry := bodies.get(m.key)) is not None:
            out.append((m, ActorMention(m.start, m.end, m.text, entry.key, entry.name, ORG, "description")))
    return out


def owned_organs(doc: Doc, actors: DocActors) -> list[tuple[ActorMention, ActorMention]]:
    """(old, new) readings of organs the tagger split from the known body they belong to: "the AU [Peace and]
    Security Council", "the Peace and Security Council of the African Union" (two names to it) are the body's."""
    text = doc_text(doc)
    out = []
    for m in actors:
        if m.type != ORG or gazetteer().entry(m.key) is not None \
                or not m.text or m.text.split()[-1].lower() not in _SITTING_ORGANS:
            continue
        after = re.match(r"\s+of\s+(?:the\s+)?", text[m.end:m.end + 12])
        owner = actors.at(m.end + after.end(), m.end + after.end() + 1) if after else None
        owner = owner if owner is not None and owner.start == m.end + after.end() else None
        start = m.start
        if owner is None:  # "the AU Peace and Security Council": capitalised words and "and" back to the body
            lead = re.search(r"(?:\b(?:[A-Z][\w-]*|and|&)\s+){0,4}$", text[max(0, m.start - 60):m.start])
            start = m.start - len(lead.group()) if lead else m.start
            owner = next((o for o in actors.in_span(start, m.start) if o.type == ORG), None)
            start = owner.start if owner is not None else m.start
        entry = gazetteer().entry(owner.key) if owner is not None and owner.type == ORG else None
        if entry is not None:
            out.append((m, ActorMention(start, m.end, text[start:m.end], entry.key, entry.name, ORG, "name")))
    return out
