"""Where an event happens: "in X" phrases, places visited, hosts' capitals, place-name modifiers."""

from __future__ import annotations

import calendar
import re

from diplograph.extract.actors.columns import doc_text, entities, span_text
from diplograph.extract.base import ActorMention, DocActors, any_word, token_strings
from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import city_state, gazetteer, locate_place
from diplograph.kb.roles import TITLE_HEADS, is_honorific
from diplograph.timex.dateline import dateline_place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset("city town capital port resort village island region province".split())
_TOWN_NOUNS = frozenset("city town port resort village".split())
_EDGES = frozenset("outskirt outskirts edge".split())  # "on the outskirts of X": in X for an event's place
# Last words of a building's name ("at Parliament House", "at Government House", "at the Blue Hall").
BUILDINGS = frozenset("house palace hall building buildings villa lodge mansion residence court castle manor pavilion".split())
# First words of a building's name in Romance languages ("at the Casa Amarilla", "at the Palacio de Carondelet").
_FRONT_BUILDINGS = frozenset("casa palacio palais palazzo quinta".split())
# Last words of a seat of government or of an office ("at the Prime Minister's Office", "at the ministry"): the city
# of the state whose seat it is, when the text tells which
SEAT_NOUNS = BUILDINGS | frozenset("office ministry presidency chancellery secretariat headquarters guesthouse".split())
_OFFICE_WORDS = frozenset("office ministry presidency chancellery palace headquarters secretariat".split())  # a seat in
# lower case (not "the residence", anyone's)
_NAME_LINKS = frozenset("do da de del dos das di du el al la le".split())  # "Foz do Iguacu", "Ciudad del Este"
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)  # "in May" is never a city
_DEEP_PREPS = ("on", "about", "over", "for", "between")
_RELATIVES = frozenset("where which who that".split())  # "the Jubilee House, where ...": the clause is no name
_INSTITUTIONS = frozenset("parliament congress senate assembly council court cabinet government".split())  # "in
# Parliament": a body sitting, no town
_VENUE_WORDS = frozenset("hotel centre center hall stadium resort".split())  # a venue's last word
_VENUE_EPITHETS = frozenset("""union unity peace independence friendship liberty victory freedom national state people
peoples republic government parliament congress grand royal""".split())  # "the Union Buildings": no town's name
_ROOMS = frozenset("room rooms hotel centre center chamber auditorium club stadium square park airport".split())  # a
# venue's name, no town
_SEQUEL_ADVERBS = frozenset("next again later soon".split())  # the parser hangs the place on them
_DEICTIC = frozenset("here there".split())  # "will host X here in Pretoria": the "in" phrase hangs on the adverb
_GATHERING_HEADS = frozenset("summit meeting conference session".split())  # "a summit of leaders in X"
# Posts named with the state they serve in ("the ambassador to Iraq"): their "to X" is no destination.
_POSTED = frozenset("ambassador ambassadors envoy envoys emissary consul representative delegate".split())


class Places:
    """Place finding over one document's actors (a capital named as a place is a place, not an actor)."""

    def __init__(self, actors: DocActors):
        self.actors = actors
        self.venues: dict[str, object] = {}  # a city given for a seat the text names instead, and that seat's word

    def place_of(self, tok, deep: bool = False) -> str | None:
        """The named place of a word's "in X"/"at X" phrase (deep: also "a summit on trade in X", "a meeting between
        the two parties in X")."""
        found = self._own_place(tok) or (next(
            (p for c in tok.children if c.dep_ == "advmod" and c.lower_ in _DEICTIC and (p := self._own_place(c))),
            None) if any_word(tok.doc, _DEICTIC) else None)  # "here in Pretoria" (the document's words first)
        if found is None and tok.pos_ == "VERB":
            found = next((p for c in tok.children if c.dep_ == "advmod" and c.lower_ in _SEQUEL_ADVERBS
                          and (p := self._own_place(c))), None)  # "agreed to meet next in Tokyo", "again in X"
        if found is None and tok.pos_ == "VERB":
            found = next((p for c in _hung_venues(tok) if (p := self._own_place(c.head, preps=[c]))), None) \
                or next((p for o in _hung_cities(tok) if (p := self._own_place(o, cities=True))), None)
        if found is None and tok.pos_ != "VERB" and tok.lemma_.lower() in lx.JOINT_BODIES:
            found = next((p for v in _sitting_clauses(tok) if (p := self._own_place(v))), None)
        if found is None and deep:  # a city only: "talks on the war in Ukraine" are not held in Ukraine
            found = self._deep_place(tok, 3, _DEEP_PREPS + (("of",) if tok.lemma_.lower() in _GATHERING_HEADS else ()))
        return found

    def _deep_place(self, tok, depth: int, preps: tuple[str, ...]) -> str | None:
        """A city the parser hung on a phrase inside the event's noun phrase ("talks on sharing water in X",
        "consultations on a code of conduct for the sea in X", "a summit of leaders in X")."""
        objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ in ("pobj", "pcomp") and trigger_free(o)
                and o.lemma_ not in lx.TROUBLES  # "talks on sharing water in X": a gerund's "in X" too
                and not (c.lower_ == "of" and o.lemma_ in lx.TOPIC_SITES)]  # "on the reopening of the bridge in X"
        objs += [d for o in objs if o.dep_ == "pcomp" for d in o.children if d.dep_ == "dobj" and trigger_free(d)
                 and d.lemma_ not in lx.TROUBLES]  # "talks on reopening the crossings in X": the gerund's object's
        objs += [a for o in objs for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]  # "a session of the
        # Nigeria-Chad Joint Commission in X", the body's name read as an apposition
        if "between" in preps:  # "a meeting between A and his counterpart B in X": the phrase the parser hung on B
            objs += [d for o in objs if o.head.lower_ == "between" for c in o.children if c.dep_ == "conj"
                     for d in (c, *(a for a in c.children if a.dep_ == "appos"))]
        return next((p for o in objs if (p := self._own_place(o, cities=True))
                     or depth > 1 and (p := self._deep_place(o, depth - 1, preps + ("of",)))), None)

    def tail_place(self, preps: list) -> str | None:
        """The place one of some "in X"/"at X" phrases names (the closing phrases a coordination shares)."""
        return next((p for c in preps if (p := self._own_place(c.head, preps=[c]))), None)

    def _own_place(self, tok, cities: bool = False, preps: list | None = None) -> str | None:
        """The place of a word's own "in X"/"at X" phrase (cities: no state or region); a building's name only when
        no other phrase of the word names its city ("at State House in Harare" -> Harare)."""
        building = town = opening = None
        for child in tok.children if preps is None else preps:
            if child.dep_ == "prep" and (child.lower_ in ("in", "at") or child.lower_ == "to" and tok.lemma_ == "welcome"):
                obj = next((o for o in child.children if o.dep_ == "pobj"), None)  # "welcomed X to Pretoria"
                if obj is None or _after_report(tok, child):
                    continue
                if obj.lemma_.lower() in _PLACE_NOUNS:  # "in the city of Salvador", "in the capital Ankara"
                    named = next((o for p in obj.children if p.lower_ == "of" for o in p.children), None) \
                        or next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), obj)
                    whole = obj.doc[obj.i: named.right_edge.i + 1].text
                    if named != obj and gazetteer().capital(whole) is not None:
                        return whole  # "in Port of Spain": the name of a city, not a city of somewhere
                    if named == obj and (city := capital_by_nationality(obj)) is not None:
                        return city  # "in the Ethiopian capital"
                    if named != obj and named.pos_ == "PROPN" and obj.lemma_.lower() in _TOWN_NOUNS \
                            and _no_actor(self.actors.at(named.idx, named.idx + len(named))):
                        return _proper_name(named)  # "the border city of Cucuta", whatever the tagger's label
                    obj = named
                if (city := _city_after_building(obj)) is not None:
                    return city  # "at State House Entebbe": a seat's name that its city ends
                if obj.pos_ == "NOUN" and obj.lower_ in _AIRFIELD_WORDS and (city := _port_city(obj)) is not None:
                    return city  # "landed at Tallinn airport": the city the lower-case port is named by
                opening = opening or town_opening(_venue_name(obj))  # "at the Da Nang Convention Centre": the
                # town a venue's name opens with, unless a phrase names its city ("at X Hall in Y")
                if obj.pos_ == "PROPN" and not trigger_free(obj):  # "at the Summit of the Americas (in Panama)":
                    named = [obj, *(o for p in obj.children if p.lower_ == "of" for o in p.children)]  # the
                    # gathering's own name, not a town or a building; its city may hang on the name's last word
                    if (city := next(filter(None, map(_city_in, named)), None) or self._city_beside(tok, child)):
                        return city
                    continue
                if (city := self._venue(tok, child, obj)) is not None:
                    return city  # "at Hyderabad House", "at the Kremlin": the city of a known seat or headquarters
                if child.lower_ == "at" and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" \
                        and (city := _city_in(obj)) is not None:
                    return city  # "at the General Border Committee in Chanthaburi": where the body sat
                m = self.actors.at(obj.idx, obj.idx + len(obj))
                if cities and ((m is not None and m.kind != "capital") or entity_text(obj) in lx.REGIONS):
                    continue
                if obj.ent_type_ in PLACE_LABELS:
                    if obj.ent_type_ == "FAC" or obj.pos_ == "NOUN":  # "at the Great Hall of the People in Beijing"
                        if (city := _city_in(obj) or self._city_beside(tok, child)) is not None:
                            return city
                        if airfield(name := _facility(obj)) and not capital_within(name) \
                                and (city := _state_within(name) or dateline_place(doc_text(tok.doc), dayless=True)):
                            return city  # "arrived at Kuwait International Airport": Kuwait; "ACCRA - X landed at Y
                            # International Airport": the city visited, not the runway
                        building = building or name
                        continue
                    return entity_text(obj)
                if child.lower_ in ("at", "to") and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" \
                        and (obj.lower_ in BUILDINGS or any(c.dep_ == "compound" and c.lower_ in _FRONT_BUILDINGS
                                                           and c.i - obj.left_edge.i < 2 for c in obj.children)):
                    if (city := _city_in(obj) or self._city_beside(tok, child)) is not None:
                        return city  # "at Parliament House" the tagger read as a body
                    building = building or _facility(obj)
                    continue
                if child.lower_ == "at" and obj.pos_ == "PROPN" and obj.lower_ in SEAT_NOUNS \
                        and (city := _city_in(obj)) is not None:
                    return city  # "at the Federal Chancellery in Berlin", "at the Presidency in Abuja": its city
                if (city := capital_name(obj)) is not None:
                    return city  # "in Dakar" the tagger read as a person, "in Kyiv" as nothing
                unknown = m is None or m.kind == "capital" \
                    or m.type == "organization" and gazetteer().lookup(m.text) is None
                if unknown and (city := city_name(obj)) is not None:
                    return city  # "in Toulon" the tagger read as a body, "in Punta Cana" as nothing
                if child.lower_ == "in" and m is not None and m.type == "person" and obj.ent_type_ == "PERSON" \
                        and m.end == obj.idx + len(obj) and city_state(m.text) is not None:
                    return m.text  # "in Cotonou", "in Kota Kinabalu" the tagger read as a person: a city of some size
                if m is not None and m.type == "state":
                    return m.name
                if m is None and not cities and obj.pos_ == "PROPN" and (state := _state_named(obj)) is not None:
                    return state  # "gather in Samoa" with the state's name tagged as a body and no actor on it
                if (obj.pos_ == "NOUN" or obj.lower_ in BUILDINGS) and (city := _city_in(obj)) is not None:
                    return city  # "at the ministry's headquarters in Abuja", "at the X Building in Y": the city
                if child.lower_ == "at" and obj.lower_ in SEAT_NOUNS and m is None \
                        and (obj.pos_ == "PROPN" or obj.lower_ in _OFFICE_WORDS) \
                        and not any(c.lower_ == "of" for c in obj.children):  # not "the residence of the ambassador"
                    if (city := _city_down(obj)) is not None:
                        return city  # "at the customs building on the X bridge in Cucuta"
                    building = building or _facility(obj)  # "at the ministry", "at the Prime Minister's Office"
                    continue
                town = town or _unlisted_town(child, obj, m)
        return town or opening or building

    def _venue(self, tok, prep, obj) -> str | None:
        """The city of a seat, palace or headquarters the gazetteer knows, unless the text names one beside it
        ("at Al-Salam Palace in Jeddah" -> Jeddah)."""
        if obj.pos_ not in ("PROPN", "NOUN") or not (city := venue_city_of(obj)):
            return None
        named = _city_in(obj) or self._city_beside(tok, prep)
        if named is None:
            self.venues.setdefault(city, obj)
        return named or city

    def _city_beside(self, tok, at) -> str | None:
        """"welcomed at the State House in Abuja": the city of an "in X" the parser hung beside a building's phrase."""
        if at.lower_ != "at":
            return None
        return next((p for c in tok.children if c.i > at.i and c.dep_ == "prep" and c.lower_ == "in"
                     and (p := self._own_place(tok, cities=True, preps=[c]))), None)

    def visited_place(self, verb) -> str | None:
        """"visited Yerevan": the place visited, unless it is a state (then it is the host, a participant)."""
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"  # "received the Foreign
                and (c.lower_ not in TITLE_HEADS or gazetteer().capital(entity_text(c)))]  # Minister of X": a guest
        # (but "visited Nur-Sultan" is a capital ending in a title's word)
        to = ("to", "for") if verb.lemma_.lower() in lx.DEPART_VERBS else lx.TRIP_TO  # "left for Yerevan"
        objs += [o for c in trip_preps(verb) if c.lower_ in to  # "travelled to Yerevan"
                 for o in c.children if o.dep_ == "pobj" and (is_place(o) or _state_as_person(o))]
        for obj in objs:
            m = self.actors.at(obj.idx, obj.idx + len(obj))
            if m is None or m.kind == "capital":
                return entity_text(obj)
        named = [o for c in trip_preps(verb) if c.lower_ in to for o in c.children if o.dep_ == "pobj"]
        named += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "to visit the Thai capital"
        return next((city for o in named if (city := capital_by_nationality(o))), None)  # "to the Ethiopian capital"

    def visited_state(self, verb) -> str | None:
        """"will visit China": the state visited, the visit's place when no city is named."""
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
            m = self.actors.at(obj.idx, obj.idx + len(obj))
            if m is not None and m.type == "state" and m.kind != "capital":
                return m.name
        return None

    def host_of_place(self, place: str, sent=None) -> str | None:
        """The state a visited capital, country or known city is ("expected in Abidjan"); with its sentence, the
        place is noted as naming that state."""
        entry = gazetteer().capital(place)
        if entry is None and sent is not None:
            found = gazetteer().lookup(place)
            entry = found if found is not None and found.type == "state" else None
        if entry is None and sent is not None and (key := city_state(place)) is not None:
            entry = gazetteer().entry(key)  # "arrived in Kazan": Russia receives the visit, named by one of its cities
        if entry is None and sent is not None and (city := gazetteer().venue_city(place)) is not None:
            entry = gazetteer().capital(city)  # "welcomed X to the Blue House": the state whose seat it is receives X
        if entry is None:
            return None
        if self.actors.by_key(entry.key):
            return entry.key
        if sent is None:
            return None
        start = _find_folded(sent.text, place, sent.start_char)  # "arrived in Nairobi": Kenya receives the visit
        if start < 0:
            start = _find_folded(sent.doc.text, place, 0)  # "OTTAWA - ... welcomed X": named by the dateline
        end = start + len(place)
        named = gazetteer().lookup(place)
        kind = "name" if entry.kind != "capital" and named is not None and named.key == entry.key else "capital"
        if start < 0 and (cap := next((t for t in sent if t.lemma_.lower() == "capital"
                                       and capital_by_nationality(t) == place), None)) is not None:
            start, end, kind = cap.left_edge.idx, cap.idx + len(cap), "capital"  # "will visit the Ugandan capital"
        if start < 0 and (seat := self.venues.get(place)) is not None:
            start, end, kind = seat.left_edge.idx, seat.idx + len(seat), "capital"  # "to the Blue House": its seat
        if start < 0:
            return None
        text = sent.doc.text[start:end]
        self.actors.add(ActorMention(start, end, text, entry.key, entry.name, "state", kind))
        return entry.key

    def place_name(self, key: str) -> str | None:
        """Where a hosting state or seat is: the capital it was named by ("Tokyo proposed..."), else its name."""
        mentions = self.actors.by_key(key)
        if not mentions or mentions[0].type != "state":
            return None
        capital = next((m.text for m in mentions if m.kind == "capital"), None)
        return capital or mentions[0].name

    def np_place(self, tok) -> bool:
        """True when a compound modifier names a city rather than an actor."""
        return tok.ent_type_ in PLACE_LABELS and tok.dep_ == "compound"

    def _place_modifier(self, tok) -> bool:
        """"the Istanbul talks", "the Moscow talks" name a place; "Japan-India summit", "Africa summit" do not."""
        if entity_text(tok) in lx.REGIONS or any(t.is_punct and t.text in "-\u2013\u2014/" for t in _around(tok)) \
                or re.search(r"\w\s?[-\u2013\u2014]\s?[A-Z]", entity_text(tok)):  # "Central Asia-China" tagged as one
            return False
        mention = self.actors.at(tok.idx, tok.idx + len(tok))
        return mention is None or mention.kind == "capital"


def _find_folded(text: str, place: str, offset: int) -> int:
    """Where a place is named in a text, in any case ("OTTAWA" for "Ottawa"), as a character offset; -1 if not."""
    at = text.find(place)
    if at < 0 and len(folded := text.lower()) == len(text):
        at = folded.find(place.lower())
    return offset + at if at >= 0 else -1


# Light verbs a trip noun is the object of ("paid a visit to", "made a trip to", "undertook a tour to")
_TRIP_SUPPORT = frozenset("pay make undertake conduct begin start".split()) | lx.SEND_VERBS  # "led a mission to X"
_TRIP_UNDONE = lx.CANCEL | lx.DECLINE  # verbs that call a trip off or turn it down, taking no "to" of their own


def _after_report(tok, prep) -> bool:
    """"met X, who told reporters that Y would receive Z soon in Ankara": a place after an object's relative clause
    that reports someone's words belongs to those words, wherever the parser hung it."""
    return any(r.dep_ == "relcl" and r.i < prep.i and any(c.dep_ == "ccomp" for c in r.children)
               for o in tok.children if o.dep_ in ("dobj", "nsubj") and o.i < prep.i for r in o.children)


def trip_preps(tok) -> list:
    """A trip's phrases; for a trip noun also the "to X" the parser hung on its traveller ("a visit by the
    minister to Baghdad"), unless the traveller is a post that names where it serves ("the envoy to X")."""
    own = [c for c in tok.children if c.dep_ == "prep"]
    own += [p for c in own_ons(tok) for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]  # "flew on to Baku"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and not any(c.lower_ == "to" for c in own) \
            and tok.head.lemma_.lower() in _TRIP_SUPPORT:  # "paid a State Visit to India": "to" hung on "paid"
        own += [c for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > tok.i]
    elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and not any(c.lower_ == "to" for c in own) \
            and tok.head.lemma_.lower() in _TRIP_UNDONE:  # "shelved a visit by X to Budapest": "to" hung on the verb
        own += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i
                and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]  # (not "postponed it to May")
    elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and not any(c.lower_ == "to" for c in own) \
            and (verb := _verb_above(tok)) is not None:  # "discussed preparations for the visit of X to Y": "to Y"
        own += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i  # hung on the verb
                and any(o.dep_ == "pobj" and is_place(o) for o in c.children)]
    if tok.pos_ != "NOUN" or any(c.lower_ == "to" for c in own):
        return own
    return own + [p for c in own if c.lower_ == "by" for o in c.children
                  if o.dep_ == "pobj" and o.lower_ not in _POSTED
                  for p in o.children if p.dep_ == "prep" and p.lower_ == "to"]


def own_ons(verb) -> list:
    """The bare "on" of a trip going further ("travels on to X", "flew on to Baku"), on which the parser hangs the
    "to" of its destination."""
    return [c for c in verb.children if verb.pos_ == "VERB" and c.lower_ == "on" and c.dep_ in ("prt", "prep", "advmod")
            and not any(o.dep_ == "pobj" for o in c.children)]


def _verb_above(noun):
    """The verb a trip noun's prepositional phrases lead up to ("discussed preparations for the visit"), when it is
    no verb of going or speaking whose own "to" names a destination or a listener."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "dobj") or node.head == node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            lemma = node.lemma_.lower()
            return None if lemma in _OWN_TO_VERBS else node
    return None


_ADDRESS_VERBS = frozenset("say tell speak talk write explain announce report reply respond complain".split())  # whose
# "to" is a listener ("spoke about the visit to reporters")
_OWN_TO_VERBS = lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS | lx.DEPART_VERBS | _ADDRESS_VERBS  # a "to" of their own


def _around(tok) -> list:
    """A modifier's words and its neighbours, where the dash of a "Japan-India" pair would be."""
    doc = tok.doc
    return [*tok.subtree] + [doc[i] for i in (tok.left_edge.i - 1, tok.right_edge.i + 1) if 0 <= i < len(doc)]


_SITTING_VERBS = frozenset("meet sit convene reconvene gather".split())


def _sitting_clauses(body) -> list:
    """"the Joint Commission, which had been set to sit in Entebbe on 3 June, ...": the relative clause's verbs of
    the body's sitting, whose "in X" is where it sits."""
    found = []
    for clause in (c for c in body.children if c.dep_ == "relcl"):
        verbs = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "acomp")]
        verbs += [d for v in verbs[1:] for d in v.children if d.dep_ == "xcomp"]  # "was due to sit", "set to sit"
        found += [v for v in verbs if v.lemma_.lower() in _SITTING_VERBS or v.lower_ in lx.SCHEDULE_ADJ
                  and not any(c.dep_ == "prt" for c in v.children)]  # "which had been set for 22 June in X" (not
        # "set up in 2001 in X")
    return found


def _hung_venues(verb) -> list:
    """"was received by President X at the Palace in Dakar", "hosted President Y at State House": the "at" phrase the
    parser hung on the person named as the verb's agent or object."""
    people = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    people += [c for c in verb.children if c.dep_ == "dobj"]
    return [p for o in people if o.ent_type_ == "PERSON" for p in o.children if p.dep_ == "prep" and p.lower_ == "at"]


def _hung_cities(verb) -> list:
    """"scheduled for 3 April in X", "met on Monday with a delegation of Y in X": the words the parser hung a city on
    instead of the verb (its day, the party it met, that party's "of" phrase)."""
    objs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "with") for o in c.children
            if o.dep_ == "pobj" and (c.lower_ == "with" or o.ent_type_ in ("DATE", "TIME"))]
    return objs + [o for m in objs if m.ent_type_ not in ("DATE", "TIME") for c in m.children
                   if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def stray_name(tok) -> bool:
    """A name the parser hung on a verb as an adverbial noun ("received today the Minister of X"), not a date."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")


def hung_guests(verb, holders: bool = True) -> list:
    """"received in audience in Amman the foreign minister of X": an object the parser hung on a place or
    phrase before it as an apposition, when the verb has no object of its own."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if len(objs) > 1:  # "received today at the AU headquarters H.E. Ms. X": a second object is the guest
            found += [o for o in objs[1:] if o.pos_ == "PROPN"]
            continue
        inner = [d for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
                 for d in p.children if d.dep_ == "pobj"]  # "at the AU headquarters in Addis Ababa, the Minister"
        found += [d for d in objs + inner if d.ent_type_ == "PERSON" and d.pos_ == "PROPN"]  # "at the ministry in
        # Abu Dhabi H.E. Dr. X": a person the parser took into the place's name is the guest
        found += [d for d in objs if d.pos_ == "PROPN" and d.lower_ in TITLE_HEADS and of_a_state(d)]  # "received
        # at the palace on Sunday Malaysian Foreign Minister X": a state's titled guest the parser hung on the day
        objs += inner
        found += [a for o in objs for a in o.children if a.dep_ == "appos" and a.i > o.i and a.pos_ in ("NOUN", "PROPN")]
        found += [a for o in objs for a in o.children if a.dep_ == "conj" and a.pos_ == "PROPN"
                  and (a.ent_type_ == "PERSON" or any(is_honorific(t) for t in a.subtree if t.i < a.i))
                  and not any(c.dep_ == "cc" for c in o.children)]
        # "at the headquarters in Addis Ababa, H.E. Ms. X": a person the parser joined to the place, no "and" between
    if not holders:
        return found
    return found + [n for a in found if a.lower_ in TITLE_HEADS and (n := _holder_after(a)) is not None]


def of_a_state(title) -> bool:
    """"Malaysian Foreign Minister", "Minister of Foreign Affairs of Japan": a title a state's name qualifies."""
    return any(c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound") for c in title.children) or any(
        o.ent_type_ == "GPE" for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.subtree)


def title_holder(title):
    """The holder's name set apart after a guest's title ("the Minister of ..., Mr. Y,"), or None."""
    return _holder_after(title) or _holder_on_state(title) if title.lower_ in TITLE_HEADS else None


def _holder_on_state(title):
    """"the Minister for Foreign Affairs of Japan, X, who is visiting ...": the holder the parser hung on the state
    that ends the title (the title's phrase then runs on past the name, and no name follows it)."""
    doc = title.doc
    return next((t for t in title.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.ent_type_ == "GPE"
                 and t.head.dep_ == "pobj" and doc[t.left_edge.i - 1].text == ","), None)


def _holder_after(title):
    """"the Minister of Foreign Affairs, Cooperation and X Abroad, Mr. Y,": the name the parser set apart from the
    title phrase it follows, the holder whatever it was hung on."""
    doc, i = title.doc, title.right_edge.i + 1
    while i < min(len(doc), title.right_edge.i + 5) and (  # "... Abroad, Mr. Y": a portfolio's last word left out
            doc[i].text == "," or is_honorific(doc[i]) or doc[i].is_title and not doc[i].ent_type_):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    ent = next((e for e in entities(doc) if e.start == i), None)
    return ent.root if ent is not None else None


def trigger_free(tok) -> bool:
    """True for a word that names no event itself ("trade" in "a summit on trade in X", not "talks")."""
    return tok.lemma_.lower() not in lx.TRIGGER_NOUNS


def venue_city_of(tok) -> str | None:
    """The city of the known venue a noun names ("Hyderabad House", "the Diaoyutai State Guesthouse", "the Kremlin",
    "the AU headquarters"), whatever entity label the tagger gave it."""
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "poss", "case", "nmod", "punct")]
    start = words[0].i if words else tok.i
    names = {tok.doc[start: tok.i + 1].text, _proper_name(tok), _facility(tok)}
    if tok.ent_type_:
        names.add(entity_text(tok))
    return next((c for n in names if n and (c := gazetteer().venue_city(n)) is not None), None)


def capital_name(tok) -> str | None:
    """A capital's name on a proper noun, whatever entity label the tagger gave it (or none)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "TIME":
        return None  # a capital's name the tagger took for a date ("in Montevideo on Friday") still is one
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    name = tok.doc[parts[0].i if parts else tok.i: tok.i + 1].text
    if tok.ent_type_ in ("ORG", "NORP") and entity_text(tok) != name:
        return None  # "in Moscow State University": a body named after the city
    return name if gazetteer().capital(name) is not None else None


def city_name(tok) -> str | None:
    """A city GeoNames knows, named by a proper noun the tagger gave no place label ("Foz do Iguacu", "Copacabana"
    tagged a product)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "FAC", "PRODUCT") or tok.text in _CALENDAR:
        return None
    doc = tok.doc
    start = next((c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), tok.i)
    end = tok.i + 1
    while end < min(len(doc), tok.i + 4) and (doc[end].is_title and doc[end].text not in _CALENDAR
                                              or doc[end].lower_ in _NAME_LINKS and end + 1 < len(doc)
                                              and doc[end + 1].is_title):
        end += 1  # "Foz do Iguacu" the parser broke up: the words of the name after the noun
    for stop in range(end, tok.i, -1):
        name = doc[start:stop].text
        if doc[stop - 1].is_title and (found := locate_place(name)) is not None \
                and found.latitude is not None:
            return name
    return None


def destination(tok) -> str | None:
    """The name after a trip's "to" when the gazetteer knows it as a capital or a state's city, whatever the tagger
    took it for ("to Windhoek" tagged a common noun, "to Busan" a person): where a journey ends is a place."""
    if not tok.is_title or tok.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    name = entity_text(tok) if tok.ent_type_ else _proper_name(tok)
    return name if gazetteer().capital(name) is not None or city_state(name) is not None else None


def capital_by_nationality(noun) -> str | None:
    """"the Ethiopian capital", "the Kenyan capital": the capital of the state the adjective names."""
    if noun.lemma_.lower() != "capital":
        return None
    for mod in (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
        entry = gazetteer().demonym(mod.text)
        if entry is not None:
            return gazetteer().capital_of(entry.key)
    return None


def where_place(tok) -> str | None:
    """The place a relative "where" points back to ("Erbil, where he met X"): a place or a known city."""
    trip = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "npadvmod" else None
    if tok.ent_type_ in ("DATE", "TIME") and trip is not None and trip.pos_ in ("VERB", "AUX"):
        # "will travel to X on Thursday, where he will meet Y", "returns to X today, where ...", "will be in X on Monday,
        # where ...": the parser hung the clause on the trip's day
        return next((found for c in trip.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                     for o in c.children if o.dep_ == "pobj" and (found := where_place(o)) is not None), None)
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "NORP", "DATE", "TIME"):
        return None
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and (city := where_place(tok.head)) is not None \
            and gazetteer().lookup(_proper_name(tok)) is not None:
        return city  # "for Georgetown, Guyana, where he will attend": the city its state was named after
    name = entity_text(tok) if tok.ent_type_ in PLACE_LABELS else _proper_name(tok)
    return name if tok.ent_type_ in PLACE_LABELS or locate_place(name) is not None else None


def _city_in(tok) -> str | None:
    """The city of a building's own "in X" ("the ministry's headquarters in Abuja" -> Abuja, "a hotel in the
    Paraguayan capital" -> Asuncion, "a base on the outskirts of X" -> X, "a villa outside X" -> X), or the city
    that owns a seat ("Lomé's presidential palace"; not "Bali's airport", a place visited of its own)."""
    for owner in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and tok.lower_ in SEAT_NOUNS):
        if gazetteer().capital(name := _proper_name(owner)) is not None or city_state(name) is not None:
            return name
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "near", "outside")):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "on":  # "on the outskirts of X"
            objs = [o for e in objs if e.lemma_.lower() in _EDGES for p in e.children if p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        if prep.lower_ == "in" and (city := next(filter(None, map(capital_by_nationality, objs)), None)):
            return city
        for obj in (o for o in objs if o.pos_ == "PROPN"):
            name = _proper_name(obj)
            if gazetteer().capital(name) is not None or prep.lower_ == "on" \
                    or obj.ent_type_ == "GPE" and gazetteer().lookup(name) is None \
                    or prep.lower_ == "in" and city_state(name) is not None:  # "in the X format in Kraków"
                return name  # "the outskirts of X" are a place's, whatever the tagger took X for
    for named in (c for c in tok.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"):
        if gazetteer().capital(name := _proper_name(named)) is not None:
            return name  # "the ministry's headquarters, Abuja": a capital set off by a comma
        if named.dep_ == "appos" and (city := _city_in(named)) is not None:
            return city  # "the ministry's headquarters, Maitama House, Abuja"
    return None


def _city_after_building(tok) -> str | None:
    """"State House Entebbe", "Government House Suva": a building's name that a known city ends, in one phrase."""
    if tok.pos_ != "PROPN" or tok.lower_ in SEAT_NOUNS:
        return None
    word = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound" and c.lower_ in BUILDINGS), None)
    name = tok.doc[word.i + 1: tok.i + 1].text if word is not None else ""
    return name if name and (gazetteer().capital(name) is not None or city_state(name) is not None) else None


def _port_city(port) -> str | None:
    """"Tallinn airport", "Entebbe airport": the known city compounded before a port's lower-case word."""
    name = next((_proper_name(c) for c in port.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return name if name and (gazetteer().capital(name) is not None or city_state(name) is not None) else None


def _city_down(tok) -> str | None:
    """A city named by an "in X" anywhere in a building's phrase ("the customs building on the bridge in Cucuta")."""
    for obj in (o for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "in" for o in t.children
                if o.dep_ == "pobj" and o.pos_ == "PROPN"):
        name = _proper_name(obj)
        if gazetteer().capital(name) is not None or (found := locate_place(name)) is not None and found.latitude:
            return name
    return None


def _proper_name(tok) -> str:
    """A proper noun with the proper nouns compounded before it ("Ciudad del Este" stays whole)."""
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return tok.doc[parts[0].i if parts else tok.i: tok.i + 1].text


def _facility(tok) -> str:
    """A building's name without the place after it ("the Great Hall of the People in Beijing")."""
    text = entity_text(tok)
    last = tok.right_edge  # no subtree word after tok lies past it: the columns tell first whether any may cut
    lower, dep = token_strings(tok.doc, "LOWER"), token_strings(tok.doc, "DEP")
    cut = next((t.idx for t in tok.subtree if t.lower_ in ("in", "at") and t.i > tok.i and t.dep_ == "prep"), None) \
        if any(lower[i] in ("in", "at") and dep[i] == "prep" for i in range(tok.i + 1, last.i + 1)) else None
    if cut is None and tok.ent_type_ and text_start(tok) + len(text) > last.idx + len(last):
        cut = last.idx + len(last)  # "the Great Hall of the People on the 15th": the entity ran on past the phrase
    if cut is not None and text:
        start = tok.doc[tok.i].idx if not tok.ent_type_ else text_start(tok)
        text = doc_text(tok.doc)[start:cut].strip()
    start = tok.idx if not tok.ent_type_ else text_start(tok)
    named = {a.left_edge.i for a in tok.children if a.dep_ == "appos" and a.i > tok.i}  # "received at Unity Palace
    # the Prime Minister of Chad": the guest the parser set beside the building, with no comma between
    clause = next((t.idx for t in tok.subtree if t.i > tok.i and (t.text in ",;:(" or t.lower_ in _RELATIVES
                                                                  or t.i in named)), None)
    if clause is not None and start < clause < start + len(text):  # "the Jubilee House, where the two discussed
        text = doc_text(tok.doc)[start:clause].strip() or text  # trade in the north": the name alone
    return text


def _venue_name(tok) -> str:
    """A proper noun with the capitalised words before it in its phrase ("the Da Nang Convention Centre")."""
    start = tok.left_edge.i
    while start < tok.i and not tok.doc[start].is_title:
        start += 1
    return tok.doc[start: tok.i + 1].text if tok.pos_ == "PROPN" else tok.text


def town_opening(name: str) -> str | None:
    """The town a venue's name opens with ("Honiara International Airport", "the Bogor Presidential Palace",
    "the Da Nang Convention Centre" -> the town)."""
    words = [w for w in name.split() if w.lower() != "the"]
    if len(words) < 2 or not (airfield(name) or words[-1].lower() in SEAT_NOUNS | _VENUE_WORDS):
        return None
    return next((t for n in (2, 1) if len(words) > n and (t := " ".join(words[:n]))[:1].isupper()
                 and not _VENUE_EPITHETS & {w.lower() for w in words[:n]}
                 and gazetteer().lookup(t) is None and (gazetteer().capital(t) or city_state(t))), None)


def capital_within(name: str) -> str | None:
    """The capital a building's name begins with or holds ("the Brasilia Air Force Base" -> "Brasilia")."""
    return next((part for part in _name_parts(name) if gazetteer().capital(part) is not None), None)


def _state_within(name: str) -> str | None:
    """The state an airport's name holds ("Bahrain International Airport" -> "Bahrain")."""
    return next((entry.name for part in _name_parts(name)
                 if (entry := gazetteer().lookup(part)) is not None and entry.type == "state"), None)


def _name_parts(name: str):
    """The capitalised runs of one to three words in a building's name, longest first."""
    words = [w for w in name.split() if w.lower() != "the"]
    return (part for size in (3, 2, 1) for n in range(len(words) - size + 1)
            if (part := " ".join(words[n:n + size]))[:1].isupper())


def airfield(name: str) -> bool:
    """An airport or air base ("Kotoka International Airport"): where a guest lands, not a place events are held in."""
    return bool(_AIRFIELD_WORDS & set(name.lower().split()))


_AIRFIELD_WORDS = frozenset("airport airfield airbase aerodrome".split())


def text_start(tok) -> int:
    """The start offset of the named entity around a token."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start].idx


def entity_text(tok) -> str:
    """The full named-entity text around a token (the token itself when it is not in an entity)."""
    if not tok.ent_type_:
        return tok.text
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    comma = next((i for i in range(tok.i + 1, end) if doc[i].text == ","), None)
    if comma is not None and (named := gazetteer().lookup(span_text(doc, comma + 1, end))) is not None \
            and named.type == "state":
        end = comma  # "Skopje, North Macedonia" the tagger read as one name: the town, its state told after it
    if tok.ent_type_ in PLACE_LABELS:
        start = _linked_start(doc, start, end)
        while end - 1 > tok.i and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
            end -= 1  # "arrived in the Kingdom on Sunday": the tagger's place ran on into the next phrase
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title \
                and gazetteer().capital(whole := span_text(doc, start, end + 2)) is not None:
            return whole  # "Port of Spain" the tagger cut in two places
    return span_text(doc, start, end)


def _linked_start(doc, start: int, end: int) -> int:
    """"Colonia del Sacramento", "Santa Cruz de la Sierra": a place the tagger cut at its lower-case link words
    starts at the capitalised words the parser joined to it before them."""
    link = start
    while link > 1 and start - link < 2 and doc[link - 1].lower_ in _NAME_LINKS and doc[link - 1].is_lower:
        link -= 1
    before = doc[link - 1] if link < start else None
    if before is None or not before.is_title or before.pos_ != "PROPN" \
            or not (before.ent_type_ in PLACE_LABELS or before.dep_ == "compound" and start <= before.head.i < end):
        return start
    first = before.i
    while first > 0 and (doc[first].ent_iob_ == "I" or doc[first - 1].dep_ == "compound"
                         and doc[first - 1].head.i in (before.i, before.head.i) and doc[first - 1].is_title):
        first -= 1
    return first


def is_place(tok) -> bool:
    """A place entity, or a capital city the tagger took for something else ("to Vilnius" tagged ORG)."""
    if tok.ent_type_ in PLACE_LABELS:
        return True
    if tok.pos_ != "PROPN":
        return False
    text, gz = entity_text(tok), gazetteer()
    if gz.capital(text) is not None:
        return True
    state = gz.lookup(text)  # "to Tajikistan" tagged NORP, "to Samoa" tagged ORG: a state is a place too
    return state is not None and state.type == "state" and (tok.ent_type_ != "PERSON" or " " in text.strip())
    # ("to Brunei Darussalam" tagged a person: a state's whole formal name; not "Jordan" or "Georgia" alone)


def _unlisted_town(prep, obj, mention) -> str | None:
    """"to be held in Langkawi", "will meet in Cholpon-Ata": a bare proper name no table knows (a town too small for
    the gazetteer, tagged as nothing or as a person) after "in" is a place; not a body's, a month's or a title's."""
    if prep.lower_ != "in" or obj.pos_ != "PROPN" or not obj.is_title or obj.ent_type_ not in ("", "PERSON") \
            or not _no_actor(mention) and not (mention.type == "person" and mention.text == obj.text) \
            or obj.text in _CALENDAR or obj.lower_ in TITLE_HEADS or obj.lower_ in _INSTITUTIONS \
            or any(c.dep_ in ("det", "poss", "prep") for c in obj.children) or not trigger_free(obj):
        return None
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    name = _proper_name(obj)
    return name if not any(w.lower() in _INSTITUTIONS | SEAT_NOUNS | _ROOMS for w in name.replace("-", " ").split()) \
        and not (after is not None and after.like_num) else None  # (not "in Conference Room 4")


def _state_named(tok) -> str | None:
    """The name of the state a proper noun names whole, whatever the tagger took it for."""
    entry = gazetteer().lookup(_proper_name(tok))
    return entry.name if entry is not None and entry.type == "state" else None


def _state_as_person(tok) -> bool:
    """"his visit to Vanuatu" with the state's one-word name tagged as a person: where a trip goes is a place."""
    return tok.ent_type_ == "PERSON" and tok.n_lefts + tok.n_rights == 0 \
        and (state := gazetteer().lookup(tok.text)) is not None and state.type == "state"


def _no_actor(mention) -> bool:
    """No actor, or only a name the tagger took for a body no table knows ("the resort town of Cholpon-Ata")."""
    return mention is None or mention.type == "organization" and mention.kind == "name" \
        and gazetteer().entry(mention.key) is None
