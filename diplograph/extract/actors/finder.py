"""Find the actors of one parsed article: states, organisations and people, with their roles."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.actors import candidates as cands_
from diplograph.extract.actors.blocs import bare_organs, bloc_mentions, named_back, organ_owner, owned_organs
from diplograph.extract.actors.candidates import Cand
from diplograph.extract.actors.columns import char_tokens, doc_text, token_columns
from diplograph.extract.actors.names import PARTICLES, first_name_gender, given_names
from diplograph.extract.actors.headlines import english_words
from diplograph.extract.actors.nonactors import byline_spans, is_credit, is_junk, is_outlet, is_room
from diplograph.extract.actors.people import clean_person, describe_at, person_roles
from diplograph.extract.base import ORG, PERSON, ActorMention, DocActors, token_strings
from diplograph.extract.clauses import in_dateline
from diplograph.kb.gazetteer import Gazetteer, city_state, fold, gazetteer, locate_place, seat_in_play
from diplograph.kb.identifiers import official_name
from diplograph.kb.petrarch import agents
from diplograph.kb.names import (
    PRONOUN_GENDERS,
    contradicted_guesses,
    genders_from_pronouns,
    initials,
    link_names,
    person_key,
    romanised,
    slug,
)
from diplograph.kb.roles import (BODIES, CULTURE_STYLES, HONORIFICS, MODIFIERS, PORTFOLIOS, POST_NOMINALS, SHORT_TITLES,
                                 STYLE_CHAIN, is_honorific, is_title)
from diplograph.records import Document
from diplograph.timex.dateline import dateline_place

_ORGANS = frozenset({"commission", "secretariat"})
_GOVERNMENT_OF = re.compile(r"(?:[A-Z][\w-]* ){0,3}Government of (?:the )?(.+)")  # "Interim Government of Mali"
# The body's own people named after it: "AU Heads of State and Government", "ASEAN Foreign Ministers".
_MEMBERS_TAIL = re.compile(r"\s(?:[Hh]eads of (?:[Ss]tate|[Gg]overnment)(?: and [Gg]overnment)?|(?:[A-Z][a-z]+ )?"
                           r"[Mm]inisters|[Ll]eaders)$")
# Words that make "<Nationality> ... Forces/Army" a movement's name, not the state's own forces.
_MOVEMENT_WORDS = frozenset("""liberation democratic free independence revolutionary resistance patriotic
salvation""".split())
_PRIORITY = {"gazetteer": 0, "demonym": 1, "fuzzy": 2, "ner": 3}
GUESS_CHECK_REACH = 120  # tokens after a name in which a contradicting "he"/"she" voids a guess from the given name


def _title_part(ent) -> bool:
    """"Cabinet", "External Affairs": portfolio words NER took for a body, inside a title."""
    doc = ent.doc
    lower = token_strings(doc, "LOWER")
    words = [w for w in lower[ent.start:ent.end] if w not in ("of", "for", "and", "&")]
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if len(words) > 1 and any(is_title(t.text) for t in doc[ent.end:ent.end + 2]) \
            and gazetteer().demonym(doc[ent.start].text):
        words = words[1:]  # "[Indian External Affairs] Minister", "[Kenyan Foreign Affairs] Cabinet Secretary": the
        # state's word opens the title, no body
    if not words or not all(w in MODIFIERS or w in PORTFOLIOS for w in words):
        return False
    return words[-1] == "affairs" or nxt is not None and is_title(nxt.text) or _inside_title(ent)


def find_actors(sdoc: Doc, document: Document | None = None, *, keep: bool = False) -> DocActors:
    """Every actor mention in a parsed article (offsets into ``document.text``).

    ``keep``: leave the document's text, token columns and entities cached for the extraction
    steps that follow (the caller then drops them with ``candidates.forget``).
    """
    try:
        return _find_actors(sdoc, document)
    finally:
        if not keep:
            cands_.forget(sdoc)


def _find_actors(sdoc: Doc, document: Document | None) -> DocActors:
    gz = gazetteer()
    publisher = document.publisher if document is not None else None
    gaz = _in_context(sdoc, _not_surnames(sdoc, cands_.gazetteer_cands(sdoc, gz)))
    keys_at = {i: c.key for c in gaz for i in _token_ids(sdoc, c)}
    demonyms = cands_.demonym_spans(sdoc, gz, {c.key for c in gaz if c.type == "state"})
    keys_at.update({i: e.key for s, t, e in demonyms for i in range(s, t) if i not in keys_at})
    taken = {i for c in gaz for i in range(c.start, c.end)}
    by_demonym = {i for s, t, _ in demonyms for i in range(sdoc[s].idx, sdoc[t - 1].idx + len(sdoc[t - 1]))}
    credits = byline_spans(doc_text(sdoc))
    people, orgs = _people_and_orgs(sdoc, gz, publisher, (taken, by_demonym), credits)
    orgs = named_back(orgs, gaz + orgs)
    own = [(c.start, c.end) for c in orgs]  # "Syrian Democratic Forces": the name, not Syria's forces
    found = [c for c in gaz + [d for d in cands_.demonym_cands(sdoc, demonyms)
                               if not any(s <= d.start and d.end <= e for s, e in own)] + orgs if not c.place]
    actors = DocActors([_mention(c) for c in _non_overlapping(found)])
    for c in orgs:  # "House Speaker X": NER organisations are bodies of titles too
        keys_at.update({i: c.key for i in _token_ids(sdoc, c) if i not in keys_at and c.key})
    guessed = _add_people(sdoc, actors, people, keys_at)
    _more_surnames(sdoc, actors, credits)
    described = describe_at(sdoc, actors, keys_at)
    for mention, alias in described:
        actors.add(mention, alias)
    if guessed and described:  # "The Secretary-General, on his first visit, ...": the pronoun tells the gender
        _own_pronouns(sdoc, actors, [(t[0], t[-1], m.key) for m, _ in described
                                     if len(t := _token_ids(sdoc, Cand(m.start, m.end, "", "", None, "", "", "ner", 0)))],
                      guessed)
    for mention in bloc_mentions(sdoc, actors):
        actors.add(mention)
    for old, new in owned_organs(sdoc, actors):
        actors.swap(old, new)
    for old, new in bare_organs(sdoc, actors):
        actors.swap(old, new)
    _home_by_style(sdoc, actors)
    return actors


# "the Kingdom", "the Sultanate": state media name their own state by the word its official name opens with
_STYLED_HOME = re.compile(r"\b[Tt]he (Kingdom|Sultanate|Emirate|Principality|Grand Duchy)\b(?!\s+of\b)")


def _party_place(sdoc: Doc, start: int, end: int) -> bool:
    """Whether the words stand where a party does ("the Kingdom will host", "the Kingdom and X", "the Kingdom's
    role", "talks with the Kingdom"), not where a place does ("a visit to the Kingdom", "leave the Kingdom for X"):
    those the visit rules read as the dateline's place."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.lower_ in ("with", "between", "by")
    return tok.dep_ in ("nsubj", "nsubjpass", "poss")


def _home_by_style(sdoc: Doc, actors: DocActors) -> None:
    """"MANAMA - ... the Kingdom will host the summit", "MUSCAT - The Sultanate and Jordan signed": under a dateline
    of a state whose official name carries the word, the word stands for that state (nowhere else: "the Kingdom" in
    a Nairobi story is someone else's)."""
    text = doc_text(sdoc)
    found = list(_STYLED_HOME.finditer(text))
    if not found or (city := dateline_place(text, dayless=True)) is None:
        return
    entry = gazetteer().capital(city) or (not seat_in_play(city, actors)
                                          and (key := city_state(city)) and gazetteer().entry(key))  # not "GENEVA -"
    if not entry or entry.type != "state" or not any(m[1] in official_name(entry.key) for m in found):
        return
    for m in found:
        start, end = m.start(1), m.end(1)
        if m[1] not in official_name(entry.key):
            continue
        taken = actors.at(start, end)
        mention = ActorMention(start, end, m[1], entry.key, entry.name, "state", "description")
        if not _party_place(sdoc, start, end):
            if taken is not None and taken.type == ORG and taken.start == start and taken.end == end:
                actors.swap(taken, mention)  # "on a visit to the Sultanate" the tagger took for a body of that
                # name: the place stays the visit rules' to read, but as the state, never as a body "Sultanate"
            continue
        if taken is None:
            actors.add(mention)
        elif taken.type == ORG and taken.start == start and taken.end == end:
            actors.swap(taken, mention)  # ("the Sultanate" tagged a body of that name)


def without_outlet(actors: DocActors, publisher: str | None) -> DocActors:
    """The same mentions less those naming the page's own publisher."""
    if not publisher:
        return actors
    gz = gazetteer()
    kept = [m for m in actors if m.type == PERSON or not is_outlet(m.text, gz, publisher)]
    if len(kept) == len(actors):
        return actors
    out = DocActors(kept, dict(actors.genders))
    out.aliases.update({k: set(v) for k, v in actors.aliases.items() if any(m.key == k for m in kept)})
    return out


def _not_surnames(doc: Doc, gaz: list[Cand]) -> list[Cand]:
    """A capital that is somebody's name here ("Mr Kingston", "Lewis Hamilton ... Hamilton") is no capital."""
    surnames = {fold(e[-1].text) for e in cands_.doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for c in gaz:
        if c.kind == "capital":
            found = char_tokens(doc, c.start, c.end)
            prev = doc[found[0] - 1].lower_ if found is not None and found[0] > 0 else ""
            if fold(c.text) in surnames or prev in HONORIFICS or is_title(prev):
                continue
        out.append(c)
    return out


def _token_ids(doc: Doc, c: Cand) -> range:
    """The indices of the tokens a candidate covers (its Span's Tokens are never needed, only where they are)."""
    found = char_tokens(doc, c.start, c.end)
    return range(*found) if found is not None else range(0)


def _in_context(doc: Doc, gaz: list[Cand]) -> list[Cand]:
    """Capitals act only as speakers or parties; names of places where things happen are marked."""
    for c in gaz:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        whole = span is not None and span.start_char == c.start and span.end_char == c.end
        if whole and c.kind == "capital":
            c.place = not cands_.is_agentive(span)
        elif whole:
            c.place = cands_.is_locative(span)
    return gaz


def _people_and_orgs(doc: Doc, gz: Gazetteer, publisher: str | None, taken_by: tuple[set[int], set[int]],
                     credits: list[tuple[int, int]]) -> tuple[list[Cand], list[Cand]]:
    """PERSON and ORG entities that are real names, typed by a vote across the article."""
    taken, by_demonym = taken_by
    taken = taken | by_demonym
    ents = {(e.start_char, e.end_char): e for e in cands_.doc_ents(doc)}
    people, orgs, places = [], [], []
    known = _person_words(doc)
    in_full = {t.lower_ for e in cands_.doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    for c in cands_.ner_cands(doc, gz):
        if c.source == "fuzzy":  # a misspelt state
            orgs.append(c)
            continue
        if any(c.start < e and s < c.end for s, e in credits):
            continue
        ent = ents[(c.start, c.end)]
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]
        if c.type == ORG and (body := _members_body(ent)) is not None:  # "Heads of State and Government of
            ent, c = body, replace(c, start=body.start_char, text=body.text, name=body.text)  # ECOWAS": the body
        if c.type == ORG and (cut := _place_for(ent)) is not None:  # "in Skopje for EPC summit": the body after "for"
            ent = doc[cut + 1:ent.end]
            c = replace(c, start=ent.start_char, text=ent.text, name=ent.text)
        if is_junk(ent) or is_outlet(c.text, gz, publisher) or _inside_title(ent) or _title_part(ent) \
                or c.type == ORG and _office_name(ent) \
                or is_credit(ent, gz) or c.type == PERSON and _common_word(ent, known, in_full) \
                or c.type == ORG and is_room(ent) or _lone_title(ent):
            continue
        text = doc_text(doc)[ent.start_char:ent.end_char]  # ent.text, with no Token per word
        if c.type == PERSON and text.isupper() and all(in_dateline(t) for t in ent):
            continue  # "MEKELLE — Leaders of ...": the place line of a wire story, whatever NER made of it
        if c.type == ORG and text.isupper() and ent.start > 0 and doc[ent.start - 1].text in (",", ".", "(") \
                and all(in_dateline(t) for t in ent) and gz.lookup(text) is None:
            continue  # "ASTANA. KAZINFORM - ", "ULAANBAATAR, MONTSAME - ": the agency filing the story
        if _bracketed_agency(ent) and gz.lookup(text) is None:
            continue  # "DOHA, (QNA) -", "DUSHANBE, 27.05.2026 /NIAT Khovar/ -": the agency in the dateline's brackets
        if c.type == PERSON and gz.lookup(text) is None and gz.venue_city(text) is not None:
            continue  # "received at Bayan Palace": a palace or seat the venues table knows is where, not who
        if c.type == PERSON and _city_word(ent, in_full):
            continue  # "visit Darwin", "met in Haparanda and Tornio": a town, not a person
        if c.type != PERSON and ent.start > 0 and _after_person_title(ent):
            c = replace(c, type=PERSON)  # "Mr Kingston", "spokeswoman Irina Belova": a person whatever NER said
        elif c.type == PERSON and len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
            c = replace(c, type="organization")  # "the Houthis": a group, not a person
        if c.type == PERSON and _igo_organ(" ".join(token_columns(doc).words[ent.start:ent.end])):
            c = replace(c, type=ORG)  # "SADC Heads of State" tagged PERSON: the body's leaders, the body acting
        if c.type == ORG and (cut := _holder_tail(ent)) is not None:  # "the National Assembly of Cambodia Samdech
            name = doc[cut:ent.end]  # X Y": the body's head named after its title, one entity to the tagger
            people.extend(p for p in clean_person(replace(c, start=name.start_char, end=name.end_char, text=name.text,
                                                          name=name.text, type=PERSON, key=None), known)
                          if p.start not in taken)
            ent = doc[ent.start:cut]
            c = replace(c, end=ent.end_char, text=doc_text(doc)[c.start:ent.end_char], tok=cut - 1)
        if c.type == PERSON:
            people.extend(_with_letters(doc, p) for p in clean_person(c, known) if p.start not in taken)
        elif c.type == "place":
            places.append(c)
        elif taken.isdisjoint(range(c.start, c.end)) or _own_name(ent, taken - by_demonym):
            orgs.extend(_org_cands(c))
    people, orgs = _vote_types(people, orgs, places)
    return people, link_acronyms(orgs)


def _with_letters(doc: Doc, p: Cand) -> Cand:
    """"Jane Roe MLA": the mention runs on over the letters after the name (the parser may make them the phrase's
    head), the name stays without them."""
    end = p.tok + 1
    if end >= len(doc) or doc[p.tok].idx + len(doc[p.tok]) != p.end:
        return p
    while end < len(doc) and doc[end].text in POST_NOMINALS and doc[end - 1].whitespace_ == " ":
        end += 1
    while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in POST_NOMINALS:
        end += 2  # "Jane Roe, P.C., M.P.": letters set off by commas
    return p if end == p.tok + 1 else replace(p, end=doc[end - 1].idx + len(doc[end - 1]), tok=end - 1,
                                              text=doc_text(doc)[p.start:doc[end - 1].idx + len(doc[end - 1])])


def _bracketed_agency(ent) -> bool:
    """True for a name in brackets or slashes inside a dateline ("(QNA)", "/NIAT Khovar/"): the agency filing it."""
    if not all(in_dateline(t) for t in ent):
        return False  # (the cheap test first: most names are nowhere near a dateline)
    text = doc_text(ent.doc)
    before = text[text.rfind("\n", 0, ent.start_char) + 1:ent.start_char]
    if text[ent.end_char:ent.end_char + 4].lstrip(" )").startswith(":"):
        return False  # "SPOKESPERSON (Mme X):": a speaker label naming who speaks, no agency
    return before.count("(") > before.count(")") or before.count("/") % 2 == 1 or ent.text.startswith("/")


def _place_for(ent) -> int | None:
    """"leaders in Skopje for EPC summit": a place after "in"/"at" and what the people there came for, run into one
    body's name by the tagger (not "the Centre for Strategic Studies": no place before the "for"); the "for"'s index."""
    doc = ent.doc
    cut = next((t.i for t in ent[1:4] if t.lower_ == "for"), None)
    if cut is None or cut + 1 >= ent.end or ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "at") \
            or not all(t.is_title for t in doc[ent.start:cut]):
        return None
    return cut if _gazetted_city(doc[ent.start:cut].text) else None  # (city_state knows the capitals)


def _city_word(ent, in_full: set[str]) -> bool:
    """A lone word tagged PERSON where a place stands ("in Tornio", "visit Darwin") that names a city GeoNames knows,
    with no title before it and never part of a full name in the article ("Obama, Castro announce" stay people)."""
    if len(ent) != 1 or ent[0].lower_ in in_full or not ent[0].is_title:
        return False
    if ent.start > 0 and (is_honorific(prev := ent.doc[ent.start - 1]) or is_title(prev.text)):
        return False
    if not (cands_.is_locative(ent) or ent[0].dep_ == "dobj" and ent[0].head.lemma_.lower() in _VISIT_VERBS):
        return False
    return _gazetted_city(ent.text)


def _gazetted_city(name: str) -> bool:
    """A city GeoNames places: a capital, a sizeable city of one state, or any city it has coordinates for."""
    if city_state(name) is not None:
        return True
    place = locate_place(name)
    return place is not None and place.latitude is not None


_VISIT_VERBS = frozenset({"visit", "tour"})


def _lone_title(ent) -> bool:
    """"the Chairperson would visit Juba": a title alone names the office-holder described earlier, no body; so does
    a title's shorthand ("EAM Rao", "the Sindh CM")."""
    return len(ent) == 1 and (ent[0].text in SHORT_TITLES or is_title(ent[0].text) and ent.start > 0
                              and ent.doc[ent.start - 1].lower_ == "the")


def _own_name(ent, taken: set[int]) -> bool:
    """"Syrian National Coalition", "Syrian Democratic Forces", "the Pakistani Taliban": a body named with a
    nationality adjective is its own actor (not "Russian Foreign Ministry" nor "Russian Armed Forces", which are
    the state acting)."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "\u2019s")]
    if len(words) < 2 or gazetteer().lookup(words[0].text) is not None \
            or not taken.isdisjoint(range(ent.start_char, ent.end_char)):
        return False
    last = words[-1].lower_
    if last in BODIES:
        return False
    if len(words) == 2:  # "Pakistani Taliban": a name of its own after the adjective, no common noun
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        return words[-1].pos_ == "PROPN" and last not in cands_.COLLECTIVES and not is_title(last) \
            and last not in MODIFIERS and last not in PORTFOLIOS and (nxt is None or not is_title(nxt.text)) \
            and agents().get(last) is None  # (not "Kyrgyz Foreign [Minister]" nor an organ the agents table knows)
    return last not in cands_.COLLECTIVES or any(t.lower_ in _MOVEMENT_WORDS for t in words[1:-1])


def _common_word(ent, known: set[str], in_full: set[str]) -> bool:
    """"Lunch with the president ...": a lone common noun opening a sentence is capitalised by position;
    it is a name when the article names it as a person elsewhere, or, before a preposition, in a full name."""
    tok = ent[0]
    low, j = tok.lower_, tok.i - 1
    while j >= 0 and ent.doc[j].is_space:
        j -= 1
    opening = tok.is_sent_start or j < 0 or ent.doc[j].text in (".", "!", "?", ":")
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    phrase = nxt is not None and nxt.pos_ == "ADP" and low not in in_full  # "Lunch with ...", "Dinner at ..."
    return len(ent) == 1 and opening and low in english_words("noun") and low not in given_names() \
        and (low not in known or phrase)


def _org_cands(c: Cand) -> list[Cand]:
    """An organisation's name without "the" or possessive; "Name (ACR)" gives the name and its acronym."""
    text, start = c.text, c.start
    inner = None
    if "(" in text:
        cut = text.index("(")
        inner = (start + cut + 1, text[cut + 1:].split(")")[0].strip())
        text = text[:cut].rstrip()
    gz = gazetteer()
    owner = re.match(r"(?:the |The )?([A-Z][\w. -]*?)['\u2019]s\s+(?=[A-Z])", text)
    body = None  # a body of states owning the organ named ("the OIC's Council of Foreign Ministers")
    if owner and (found := gz.lookup(owner.group(1))) is not None:  # "Burma's National League for Democracy"
        body = (start, text) if found.type == ORG and found.state is None else None
        start, text = start + owner.end(), text[owner.end():]
    while len(text.split()) > 1 and gz.demonym(text.split()[-1]) is not None:  # "UN European (headquarters)"
        text = text[: text.rstrip().rfind(" ")].rstrip()
    lead = len(text) - len(re.sub(r"^(?:the|The)\s+", "", text))
    name = " ".join(re.sub(r"^(?:the|The)\s+|['\u2019]s?$", "", text).split())
    if not name:
        return []
    entry = gazetteer().lookup(name) or _igo_organ(name) or organ_owner(name)  # a known name NER glued to more
    # ("the OIC (Org..."), a body's sitting organ
    if entry is None and body is not None:  # "the Organisation of Islamic Cooperation's Council of Foreign
        return _org_cands(replace(c, start=body[0], text=owner.group(0)[:-1].rstrip()))  # Ministers": the body acts
    state = _government_of(name) if entry is None else None
    if state is not None:  # "the Transitional Government of Haiti": the state it governs
        return [replace(c, start=start + lead, end=start + len(text), text=text[lead:], name=state.name,
                        key=state.key, type=state.type, kind="name")]
    key, name = (entry.key, entry.name) if entry is not None and entry.type == ORG else (f"org:{slug(name)}", name)
    main = replace(c, start=start + lead, end=start + len(text), text=text[lead:], name=name,
                   key=key, kind="acronym" if name.isupper() else "name")
    if inner is None or not inner[1].isupper() or not inner[1].isalpha():
        return [main]
    acr = replace(main, start=inner[0], end=inner[0] + len(inner[1]), text=inner[1], kind="acronym")
    return [main, acr]


def _government_of(name: str):
    """The state a government is named for ("Transitional Government of Haiti", "Federal Government of Somalia"),
    not a government of something else ("Government of National Unity")."""
    found = _GOVERNMENT_OF.fullmatch(name)
    entry = gazetteer().lookup(found.group(1)) if found else None
    return entry if entry is not None and entry.type == "state" else None


def _igo_organ(name: str):
    """The IGO whose commission or secretariat a name is ("AU Commission" is the African Union acting), or whose
    members' leaders or ministers it names ("ECOWAS Heads of State", "SADC Foreign Ministers")."""
    head, _, last = name.rpartition(" ")
    members = _MEMBERS_TAIL.search(name)
    head = name[:members.start()].strip() if members else head
    entry = gazetteer().lookup(head) if (members or last.lower() in _ORGANS) and head else None
    return entry if entry is not None and entry.type == ORG else None


def link_acronyms(orgs: list[Cand]) -> list[Cand]:
    """An unknown acronym whose letters are one organisation's initials in this article is that organisation."""
    names = {o.key: o.name for o in orgs}
    full = {k: n for k, n in names.items() if len(n.split()) > 1}
    organs = {o.key for o in orgs if o.text.split()[-1].lower() in _ORGANS and gazetteer().entry(o.key)}
    out = []
    for o in orgs:
        letters = o.name.replace(".", "")
        hits = [k for k, n in full.items() if o.kind == "acronym" and letters in (initials(n), _counted(n))]
        hits = sorted(organs) if o.name.lower() in _ORGANS else hits  # "the Commission" after "AU Commission"
        out.append(replace(o, key=hits[0], name=names[hits[0]]) if len(hits) == 1 else o)  # an organ's one-word body
    return out


_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _counted(name: str) -> str:
    """Initials with number words as digits ("Bucharest Nine" -> "B9", "Group of Seven" -> "G7")."""
    parts = name.split()
    out = [_NUMBERS.get(w.lower()) for w in parts]
    if not any(out):
        return ""
    return "".join(d or (w[0].upper() if w.lower() not in ("of", "the", "and") else "") for w, d in zip(parts, out))


_OFFICE_NAME = re.compile(r"(?:the )?(?:heads?|chiefs?) of (?:the )?(?:state|government)(?: and government)?",
                          re.IGNORECASE)
_MEMBERS_HEAD = re.compile(r"(?:the |The )?(?:[Hh]eads of (?:[Ss]tate|[Gg]overnment)(?: and [Gg]overnment)?|"
                           r"[Ll]eaders) of (?:the )?(?=[A-Z])")  # "Heads of State and Government of ECOWAS"


def _members_body(ent):
    """The known body at the end of a name its members' leaders begin ("Heads of State of MERCOSUR")."""
    members = _MEMBERS_HEAD.match(ent.text)
    entry = gazetteer().lookup(ent.text[members.end():]) if members else None
    if entry is None or entry.type != ORG:
        return None
    return ent.doc.char_span(ent.start_char + members.end(), ent.end_char)


def _office_name(ent) -> bool:
    """"the Head of State", "Heads of State and Government" tagged as a body: an office, whose holders the text
    names apart."""
    return _OFFICE_NAME.fullmatch(ent.text) is not None


def _inside_title(ent) -> bool:
    """"State" in "Secretary of State", "Foreign Affairs" in "Minister of Foreign Affairs"."""
    doc, i = ent.doc, ent.start
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and is_title(doc[i - 2].text)


def _person_words(doc: Doc) -> set[str]:
    """Lower-case person names and surnames seen as PERSON entities without a dash."""
    out: set[str] = set()
    for e in cands_.doc_ents(doc):
        if e.label_ == "PERSON" and not any(t.text in "-\u2010\u2011\u2012\u2013\u2014" for t in e):
            out |= {e.text.lower(), e[-1].lower_}
    return out


# Head nouns of a state's bodies whose holder state media name right after them ("the National Assembly X Y").
_BODY_HEADS = frozenset("""assembly parliament senate congress council committee commission ministry ministers cabinet
court chamber house government presidium""".split())  # "the Cabinet of Ministers Jane Roe"


def _holder_tail(ent) -> int | None:
    """Where a person's name starts at the end of a body's entity ("the National Assembly Tran Quoc Hung", "the
    National Assembly of Cambodia Samdech Khieu Sopheak"): two to four capitalised words of no known name after the
    body's head or its state, which a title before the body ("Chairman of") makes the holder's name."""
    if ent.start < 2 or not is_title(ent.doc[ent.start - 2].text) or ent.doc[ent.start - 1].lower_ not in ("of", "the"):
        if not (ent.start >= 3 and is_title(ent.doc[ent.start - 3].text) and ent.doc[ent.start - 2].lower_ == "of"):
            return None  # no "Chairman of (the)" before the body
    gz = gazetteer()
    heads = [t.i for t in ent if t.lower_ in _BODY_HEADS or t.ent_type_ == "GPE" or gz.lookup(t.text) is not None]
    if not heads or not 2 <= ent.end - heads[-1] - 1 <= 4:
        return None
    tail = ent.doc[heads[-1] + 1:ent.end]
    if not all(t.is_title and t.is_alpha and gz.lookup(t.text) is None and t.lower_ not in _BODY_HEADS for t in tail):
        return None
    return tail.start


def _after_person_title(ent) -> bool:
    """True when an honorific or a singular title stands right before a short capitalised name, or sets it
    off by a comma ("Fiji's prime minister, Ratu Josaia Vakaloloma,")."""
    doc = ent.doc
    prev = doc[ent.start - 1]
    if is_honorific(prev):
        return True
    words = ent.text.split()  # "Kassym-Jomart Tokayev": a hyphenated given name is one word of the name
    if not (2 <= len(words) <= 3 and all(w.istitle() and w.replace("-", "").isalpha() for w in words)):
        return False
    if prev.text == "," and ent.start > 1 and (ent.end == len(doc) or doc[ent.end].text in (",", ".")):
        prev = doc[ent.start - 2]  # an apposition, as long as the name is not a known body
        if gazetteer().lookup(ent.text) is not None:
            return False
    return is_title(prev.text) and prev.tag_ not in ("NNS", "NNPS")


def _vote_types(people: list[Cand], orgs: list[Cand], places: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """Outvote a stray NER type: a person's surname tagged ORG or GPE once is still the person."""
    votes = Counter(fold(p.name) for p in people)
    for p in people:  # a full name counts double, ten times when it opens with a known first name
        if len(p.name.split()) > 1:
            first = p.name.split()[0]
            votes[fold(p.name.split()[-1])] += 10 if first.lower() in given_names() else 2
            votes[fold(first)] += 2  # "Wang Jianguo ... Wang said": a surname written first
            if (paternal := _paternal_surname(p.name)) is not None:
                votes[fold(paternal)] += 2  # "Juan Camilo Ospina Restrepo ... Ospina said"
    people = people + [replace(c, type=PERSON) for c in places if votes[fold(c.name)] > 0]
    org_votes = Counter(fold(o.name) for o in orgs)
    to_person = [o for o in orgs if votes[fold(o.name)] > org_votes[fold(o.name)]]
    to_org = [p for p in people if len(p.name.split()) == 1 and org_votes[fold(p.name)] > votes[fold(p.name)]]
    people = [p for p in people if p not in to_org] + [replace(o, type=PERSON) for o in to_person]
    orgs = [o for o in orgs if o not in to_person]
    orgs += [replace(p, type="organization", key=f"org:{slug(p.name)}") for p in to_org]
    return people, orgs


def _non_overlapping(found: list[Cand]) -> list[Cand]:
    """Longest, best-sourced candidates first; anything overlapping a kept one is dropped."""
    kept: list[Cand] = []
    for c in sorted(found, key=lambda c: (_PRIORITY[c.source], -(c.end - c.start), c.start)):
        if c.key and all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return kept


def _mention(c: Cand) -> ActorMention:
    return ActorMention(c.start, c.end, c.text, c.key or "", c.name, c.type, c.kind)


def _add_people(doc: Doc, actors: DocActors, people: list[Cand], keys_at: dict[int, str]) -> dict[str, str]:
    """Link surnames and variants to full names, then read each person's title and body."""
    canon = link_names([p.name for p in people])
    people = [p for p in people if not actors.in_span(p.start, p.end, partial=True)]
    keyed = [(p, person_key(canon[p.name]), canon[p.name]) for p in sorted(people, key=lambda p: p.start)]
    with_people = dict(keys_at)
    for p, key, _ in keyed:
        with_people.update({i: key for i in _token_ids(doc, p)})
    hints: dict[str, str] = {}
    guessed: dict[str, str] = {}  # from a given name alone, which the text's own "he"/"she" may contradict
    for p, key, full in keyed:
        title, role_of, alias, gender = person_roles(doc, p, with_people)
        kind = "name" if len(p.name.split()) > 1 else "surname"
        role_of = None if role_of == key else role_of
        actors.add(ActorMention(p.start, p.end, p.text, key, full, PERSON, kind, title, role_of), p.name)
        if alias:
            actors.aliases[key].add(alias)
        if styled := _styled_form(doc_text(doc), p):
            actors.aliases[key].add(styled)
        if latin := romanised(full):  # a spelling to match other articles by, never a merge
            actors.aliases[key].add(latin)
        if gender:
            hints.setdefault(key, gender)
        elif guess := first_name_gender(full):
            guessed.setdefault(key, guess)
    spans = [(t[0], t[-1], m.key) for m in actors if m.type == PERSON
             if len(t := _token_ids(doc, Cand(m.start, m.end, "", "", None, "", "", "ner", 0)))]
    lower = token_strings(doc, "LOWER")
    # a given name read as a woman's or a man's ("Chanda", "Hala") that the text's own pronoun contradicts tells nothing
    void = contradicted_guesses(lower, spans, guessed, GUESS_CHECK_REACH, is_title, _subject_ends(doc, spans, guessed)) \
        - hints.keys() if guessed else set()
    actors.genders.update({**genders_from_pronouns(lower, spans),
                           **{k: g for k, g in guessed.items() if k not in void}, **hints})
    for key in void:
        actors.genders.pop(key, None)
    guessed = {k: g for k, g in guessed.items() if k not in void and k not in hints}
    _own_pronouns(doc, actors, spans, guessed)
    return guessed


def _own_pronouns(doc: Doc, actors: DocActors, spans: list[tuple[int, int, str]], guessed: dict[str, str]) -> None:
    """A he/she between a subject and its verb, no other person between ("The Secretary-General, on his first visit,
    met ..."), is the subject's own: it outranks a gender guessed from the given name."""
    if not guessed:
        return
    starts = sorted(first for first, _, _ in spans)
    for _, last, key in spans:
        if key not in guessed:
            continue
        tok = doc[last]
        verb = tok.head.head if tok.dep_ == "appos" else tok.head
        if tok.dep_ == "appos" and tok.head.dep_ not in ("nsubj", "nsubjpass") \
                or tok.dep_ not in ("nsubj", "nsubjpass", "appos") or not last < verb.i <= last + 30:
            continue
        stop = next((s for s in starts if last < s < verb.i), verb.i)
        for i in range(last + 1, stop):
            if (g := PRONOUN_GENDERS.get(doc[i].lower_)) is not None:
                if g != guessed[key]:
                    actors.genders[key] = g
                    guessed.pop(key)
                break


def _subject_ends(doc: Doc, spans: list[tuple[int, int, str]], guessed: dict[str, str]) -> set[int]:
    """The last tokens of guessed people's mentions that head a clause's subject ("Minister X said"), or stand in
    apposition to one ("The minister, X, said")."""
    out = set()
    for _, last, key in spans:
        if key in guessed:
            tok = doc[last]
            if tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                out.add(last)
    return out


def _styled_form(text: str, p: Cand) -> str | None:
    """"Alhaji Musa Timbo-Conteh", "Dato Seri Setia Haji Awang X": the name with the culture's styles written right
    before it (the person goes by the plain name; the styled one is another name of them)."""
    words = text[max(0, p.start - 60):p.start].rsplit("\n", 1)[-1].split()
    k = len(words)
    while k and (words[k - 1].lower().rstrip("'\u2019") in CULTURE_STYLES or words[k - 1].lower() in STYLE_CHAIN
                 and k > 1 and words[k - 2].lower().rstrip("'\u2019") in CULTURE_STYLES | STYLE_CHAIN):
        k -= 1
    return " ".join([*words[k:], p.name]) if k < len(words) else None


_GIVEN_LAST = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")  # a family name, then a hyphenated given name


def _paternal_surname(name: str) -> str | None:
    """"Ospina" of "Juan Camilo Ospina Restrepo", "Peña" of "Rafael Antonio Peña Guzmán": the first of two family
    names closing a name of three words or more, which Spanish and Portuguese usage writes alone."""
    words = name.split()
    return words[-2] if len(words) >= 3 and _family_word(words[-2]) else None


def _named_by_first(name: str) -> str | None:
    """"Ganbaatar" of "Ganbaatar Tsogtbayar", "Abiy" of "Abiy Ahmed", "Wang" of "Wang Yuming": the first word of a
    two-word name that no given-name list knows, which family-name-first and given-name cultures write alone."""
    words = name.split()
    return words[0] if len(words) == 2 and _family_word(words[0]) else None


def _family_word(word: str) -> bool:
    """A capitalised word of three letters or more that no given-name list, particle, honorific or style knows: a
    name its bearer may be called by alone."""
    low = word.lower()
    return len(word) >= 3 and word.istitle() and word.isalpha() and low not in given_names() and low not in PARTICLES \
        and low not in HONORIFICS and low not in STYLE_CHAIN


def _more_surnames(doc: Doc, actors: DocActors, credits: list[tuple[int, int]]) -> None:
    """A full name's surname written alone where NER missed it ("the Blake-Sorokin summit", "Sorokin said")."""
    owners: dict[str, set[str]] = {}
    for m in actors:
        if m.type == PERSON and m.kind == "name":
            last = m.name.split()[-1]
            owners.setdefault(last, set()).add(m.key)
            if "-" in last and last.split("-", 1)[0].lower() in ("al", "el"):  # "al-Rubaie", written "Rubaie"
                owners.setdefault(last.split("-", 1)[1], set()).add(m.key)
            if _GIVEN_LAST.match(m.name):  # "Han Seung-woo", "Lai Ching-te": the family name comes first
                owners.setdefault(m.name.split()[0], set()).add(m.key)
            if (paternal := _paternal_surname(m.name)) is not None:
                owners.setdefault(paternal, set()).add(m.key)
            if (first := _named_by_first(m.name)) is not None:
                owners.setdefault(first, set()).add(m.key)
    gz = gazetteer()
    text = doc_text(doc)
    joined = {name.split("-")[0]: name for name in owners if "-" in name}  # "Sjöberg-Ekman": three tokens
    for tok in (doc[i] for i, word in enumerate(token_columns(doc).words) if word in owners or word in joined):
        surname = tok.text if tok.text in owners else joined[tok.text]
        end = tok.idx + len(surname)
        if text[tok.idx:end] != surname or text[end:end + 1].isalpha():
            continue
        keys = owners[surname]
        if len(keys) > 1 or actors.in_span(tok.idx, end, partial=True):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.is_title and prev.lower_ in given_names():
            continue  # another person of the same surname
        if any(s <= tok.idx < e for s, e in credits) or gz.lookup(surname) or gz.capital(surname):
            continue
        key = next(iter(keys))
        actors.add(ActorMention(tok.idx, end, surname, key, actors.name_of(key) or surname, PERSON, "surname"))


def register_extensions() -> None:
    """Custom attributes, registered once per process."""
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", default=None)


@Language.factory("diplograph_actors", requires=["doc.ents", "token.dep", "token.tag"],
                  assigns=["doc._.actors"])
def make_actor_finder(nlp: Language, name: str):
    """Set ``doc._.actors`` to the article's actor mentions."""
    register_extensions()
    return _ActorFinder()


class _ActorFinder:
    """Pipeline component wrapper around :func:`diplograph.extract.actors.finder.find_actors`."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.actors = find_actors(doc)
        except Exception:  # noqa: BLE001 - extract() retries and reports this document alone
            doc._.actors = None
        return doc
