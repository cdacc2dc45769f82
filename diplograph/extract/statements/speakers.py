"""Who a subject phrase stands for: names, pronouns, descriptions, institutions, via DocActors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplograph.extract.actors.columns import doc_text
from diplograph.extract.base import ActorMention, DocActors, token_strings
from diplograph.extract.clauses import CLOCK, SUBJECT_DEPS, in_dateline, is_speech_verb, subject_of
from diplograph.extract.statements.reporting import (
    GENERIC_SPEAKERS,
    PERSON_EPITHETS,
    PLURAL_PARTIES,
    PRONOUN_GENDER,
    SPEAKER_TITLES,
    SPEECH_NOUNS,
    UNNAMED_SOURCES,
)
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.names import slug
from diplograph.kb.roles import BODIES, MODIFIERS, PORTFOLIOS, describe, is_title, same_title

INSTITUTIONS = frozenset("""ministry government office embassy administration cabinet presidency
kremlin palace house council parliament department agency commission mission army military
delegation team side""".split())
# Bodies that speak as one ("the border committee said", "the electoral bureau said"): when no state or
# body is named on them they still speak, as a source of their own.
# A state's own bodies, named by their office alone ("the presidency", "the foreign ministry", "the government").
STATE_BODIES = frozenset("presidency government ministry cabinet".split())
SPEAKING_BODIES = INSTITUTIONS | frozenset("""committee service bureau movement media television radio
broadcaster guard police court tribunal board secretariat directorate command junta regime consulate
prosecutor prosecution inspectorate regulator watchdog navy organisation organization party""".split())
# Leading words that name nobody: determiners, and courtesy or occasion ("the visiting Mexican minister").
_NOT_NAMING = frozenset("a an the one this that some visiting honourable honorable hon. hon".split())
_VAGUE = frozenset("many some most few other several more".split())
SALIENCE_WINDOW = 3  # sentences a person stays the likely referent of "he"/"she"
DESCRIPTION_WINDOW = 8  # sentences back a description ("the senator") may point, roles permitting
LATER_CHARS = 600
FULLER_TOKENS = 150  # how far back an office may have been described in full ("the Chinese Ambassador to Fiji")
BODY_LOOKBACK = 300  # tokens back "the ministry" may point to the ministry named in full
MAX_NAME_WORDS = 8  # an unnamed speaker's description longer than this is a clause, not a name
BELONGING_TOKENS = 7  # longest "of/for/to ..." phrase kept in an unnamed speaker's name
_CLOSE_TO = frozenset({"close", "closest", "near", "familiar"})  # "sources close to the presidency"
PENDING = "?"  # salience key prefix of an office-holder only described so far ("Jordan's foreign minister received")  # how far after a lead's description its holder may be named


@dataclass(slots=True)
class Salience:
    """People recently seen as subjects or speakers, most recent last, for pronoun and description links."""

    seen: list[tuple[int, str, int]] = field(default_factory=list)  # (sentence no., key, char pos)

    def note(self, sent_no: int, key: str, pos: int) -> None:
        """Record a person as the subject or speaker of a sentence."""
        self.seen.append((sent_no, key, pos))

    def recent(self, sent_no: int, pos: int, actors: DocActors, gender: str | None,
               fits=None, window: int = SALIENCE_WINDOW) -> str | None:
        """The most recent salient person before pos within the window, matching gender (and fits) if known."""
        for no, key, at in reversed(self.seen):
            if at >= pos:
                continue
            if no < sent_no - window:
                return None
            g = actors.genders.get(key)
            if (gender and g and g != gender) or (fits is not None and not fits(key)):
                continue
            return key
        return None


TITLE_PHRASE = 12  # words in a long title with its holder's name ("Minister of Local Government and ... X Y")
_TITLE_JOINS = frozenset("of for and the".split())


class Speakers:
    """Resolves the head token of a subject phrase to an actor key for one document."""

    def __init__(self, actors: DocActors, salience: Salience):
        self.actors, self.salience = actors, salience
        self.voices: set[str] = set()  # keys that spoke through a person ("the ministry spokesman" -> the ministry)
        self.titles: dict[str, set[tuple[str, str | None]]] = {}  # offices seen beside a name in apposition

    def titled(self, key: str, token) -> None:
        """Note the office a description in apposition gives a named person ("the UN's envoy, X")."""
        self.titles.setdefault(key, set()).add((token.text, self._modifier_actor(token) or self._principal(token)))

    def described(self, key: str, person) -> None:
        """Note the office a relative clause gives a named person ("X, who speaks for the ministry", "who chairs the
        Commission"): "the spokesperson" or "the chair" later is X."""
        for rel in (c for c in person.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP")):
            office = _RELATIVE_OFFICES.get(rel.lemma_.lower())
            if office is None or any(c.dep_ in ("aux", "auxpass", "neg") for c in rel.children):
                continue
            title, prep = office
            held = [o for c in rel.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children
                    if o.dep_ == "pobj"] if prep else [c for c in rel.children if c.dep_ == "dobj"]
            for obj in held[:1]:
                body = self.actors.named_at(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
                if body is not None and body.type != "person":
                    self.titles.setdefault(key, set()).add((title, body.key))

    def _roles(self, key: str) -> list[tuple[str, str | None]]:
        """The roles the actors give a person, and the offices seen beside the name."""
        return self.actors.roles_of(key) + sorted(self.titles.get(key, ()), key=str)

    def key(self, token, sent_no: int, *, person_only: bool = False) -> str | None:
        """The actor key the phrase headed by token stands for (None for generic or unknown ones)."""
        token = self._antecedent(token)
        if token is None:
            return None
        if token.lower_ in HONOURED_STYLES and any(c.dep_ == "poss" for c in token.children):
            styled = next((c for c in token.children if c.dep_ == "appos"), None)  # "His Majesty the King"
            if styled is not None:
                return self.key(styled, sent_no, person_only=person_only)
            return self._held(self.salience.recent(sent_no, token.idx, self.actors, None), token.doc)  # "His Highness"
        if token.lower_ == "one":  # "one of the delegates said": one of them speaks for them
            token = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PROPN")
                                                                       or o.lower_ == "them")), token)
        lower, lemma = token.lower_, token.lemma_.lower()
        if _group_head(token) and (named := self._named_in_group(token)) is not None:
            return named  # "the foreign ministers of A and B, X and Y, said": the first of those it names
        if lower in ("they", "them", "both") or (_singular(token) in PLURAL_PARTIES and _counted_pair(token)) \
                or _bare_count(token) or (_group_head(token) and _bare_definite(token) and not person_only):
            found = self._plural(token, sent_no)  # "They stressed ...", "the two leaders agreed ..."
            if found is None and token.pos_ != "PRON" and lower != "both":
                found = self._named_pair(token)  # "The two Heads of State reaffirmed" after the visit's two names
            if found is None and _bare_definite(token) and token.pos_ != "NUM" and not _counted_pair(token):
                return None if person_only else self._description(token, sent_no) or self._unnamed(token)
                # ("the ministers" with no pair named before: as before)
            return found if found or person_only or token.pos_ == "PRON" or lower == "both" else self._unnamed(token)
        if token.pos_ == "PRON" or lower in PRONOUN_GENDER:
            return self._pronoun(token, sent_no)
        if token.tag_ == "NNS" and _singular(token) in PLURAL_PARTIES and not person_only \
                and [c.lower_ for c in token.children if c.dep_ != "punct"] == ["the"] \
                and (group := self.salience.recent(sent_no, token.idx, self.actors, None,
                                                   lambda k: _group_key(k, token.doc))) is not None:
            return self._held(group, token.doc)  # "the leaders said" after "the heads of government of X condemned"
        mention = self.actors.at(token.idx, token.idx + len(token))
        if mention is None and token.pos_ == "PROPN":
            mention = surname_mention(self.actors, token.text)
        if mention is not None and mention.kind == "unnamed":
            return mention.key
        if mention is not None and mention.type != "person" and mention.name.lower() == lower and lemma in SPEAKER_TITLES \
                and _definite(token):
            mention = None  # "The Chairperson reiterates": a capitalised office the finder took for a body's name
        if mention is not None and not person_only and self._generic_body(mention, token):
            return self._unnamed(token)  # "Ghana's Ministry of Foreign Affairs": that state's ministry, not any
        if mention is not None and not person_only and (own := self._state_office(mention, token)) is not None:
            return own  # "the Ministry of Foreign Affairs of Georgia", or under a "RIYADH --" dateline: one state's
        if token.text.isupper() and 2 <= len(token.text) <= 4 and _definite(token) \
                and (holder := self._initials_holder(token)) is not None:
            return holder  # "the CS" after "Cabinet Secretary X", "the PM" after "Prime Minister Y"
        if mention is not None and mention.kind == "description" and mention.type == "person" and not person_only \
                and (fuller := self._fuller_office(token)) is not None:
            return fuller  # "the Australian minister" after "the visiting Australian foreign minister", not a PM
        if mention is not None and not (mention.kind == "demonym" and lower in SPEAKER_TITLES):
            return None if person_only and mention.type != "person" else mention.key
        if lemma in SPEECH_NOUNS and not person_only:  # "a White House statement said", "according to a report by X"
            return self._author(token, sent_no)
        if lemma in PERSON_EPITHETS and token.tag_ == "NN" and _definite(token) \
                and (held := self._held(self.salience.recent(sent_no, token.idx, self.actors, None), token.doc)):
            return held  # "the veteran activist": the person just named, before any unnamed activist
        if (lemma in UNNAMED_SOURCES or lower in UNNAMED_SOURCES) and _definite(token) and not person_only \
                and (earlier := self._fuller_office(token)) is not None:
            return earlier  # "the official was quoted as saying" after "an unnamed foreign ministry official"
        if lemma in UNNAMED_SOURCES or lower in UNNAMED_SOURCES:
            body = self._body(token) if lemma == "authority" else self._principal(token)  # "a source close to X"
            return None if person_only else self._voice(body) or self._unnamed(token)
        if lemma in GENERIC_SPEAKERS or lower in GENERIC_SPEAKERS:  # "people familiar with the talks" still speak
            described = lemma in ("people", "person") and any(c.dep_ in ("amod", "acl", "nummod") and c.lower_ not in _VAGUE
                                                  for c in token.children)
            return self._unnamed(token) if described and not person_only else None
        if lemma in SPEAKER_TITLES and (named := self._title_holder(token)) is not None:
            return named  # "Commissioner for Peace and Security X Y said": the parser hung the name in the title
        if lemma in SPEAKER_TITLES:
            return self._description(token, sent_no) or (None if person_only else self._unnamed(token))
        if lemma == "member" and not person_only and self._principal(token) is not None \
                and all(c.dep_ not in ("det", "nummod", "amod") or c.lower_ == "the" for c in token.children):
            return self._unnamed(token)  # "the members of the Security Council": the body's members as one voice
        if lemma in SPEAKING_BODIES and not person_only:
            # "the prime minister's office", "his office said": the holder the possessor names or points to
            holder = next((c for c in token.children if c.dep_ == "poss" and (c.lemma_.lower() in SPEAKER_TITLES
                                                                              or c.lower_ in ("his", "her"))), None)
            held = self.key(holder, sent_no) if holder is not None else None
            if held is not None and not self._named_person(held):
                held = self._described_body(token)  # "the prime minister's office": the office, not an unnamed holder
            return self._modifier_actor(token) or held or self._principal(token) or self._same_body(token) \
                or self._dateline_body(token) or self._described_body(token)
        if (lemma in PERSON_EPITHETS or _aged(token)) and _definite(token):  # "the firebrand", "the 62-year-old"
            return self._held(self.salience.recent(sent_no, token.idx, self.actors, None), token.doc)
        return None

    def _title_holder(self, token) -> str | None:
        """The person named at the end of a capitalised title phrase ("Secretary for Trade and Industry X Y"),
        the words between being the office's own (capitalised, or "of", "for", "and", "the")."""
        if not token.text[:1].isupper() or token.right_edge.i - token.i > TITLE_PHRASE:
            return None
        last = token.right_edge
        mention = self.actors.at(last.idx, last.idx + len(last))
        if mention is None or mention.type != "person" or mention.kind != "name" or mention.start <= token.idx:
            return None
        between = [t for t in token.doc[token.i + 1:last.i + 1] if t.idx < mention.start]
        if not between or not all(t.text[:1].isupper() or t.lower_ in _TITLE_JOINS for t in between):
            return None
        return mention.key

    def _generic_body(self, mention, token) -> bool:
        """A body whose name is only an office ("Ministry of Foreign Affairs", "Foreign Ministry", "Presidency"),
        with the state it belongs to on it ("Ghana's", "the Kenyan"): the name alone would stand for every state's."""
        if not office_only(mention):
            return False
        return any(c.dep_ in ("poss", "amod", "compound") and c.i < token.i and c.idx < mention.start
                   and (self._mention_of(c) is not None or demonym_key(self.actors, c.text) is not None
                        or getattr(gazetteer().lookup(c.text), "type", None) == "state")
                   for c in token.children)

    def _state_office(self, mention, token) -> str | None:
        """A body named only by its office is each state's own: the state an "of <State>" after it names ("the
        Ministry of Foreign Affairs of Georgia"), else, unqualified, the state whose capital opens the dateline
        ("RIYADH, Aug 11 -- The Ministry of Foreign Affairs said"); None when neither tells (the name alone stays)."""
        if not office_only(mention) or any(c.dep_ in ("poss", "amod", "compound") and c.i < token.i
                                             and c.idx < mention.start for c in token.children):
            return None
        text = doc_text(token.doc)
        end, state = mention.end, None
        if (after := _OF_STATE.match(text, mention.end)) is not None:
            words = after.group(1).split()
            for n in range(len(words), 0, -1):  # "of Georgia", "of South Sudan Said": the longest state name
                if (entry := gazetteer().lookup(" ".join(words[:n]))) is not None and entry.type == "state":
                    state, end = entry, after.start(1) + len(" ".join(words[:n]))
                    break
        state = state or _dateline_state(text, mention.start)
        if state is None:
            return None
        return self._states_body(text, mention.start, end, state, own_name=end > mention.end)

    def _states_body(self, text: str, start: int, end: int, state, own_name: bool = False) -> str:
        """The body written at [start, end) as the given state's own ("Georgia's Ministry of Foreign Affairs")."""
        name = " ".join(text[start:end].split())
        if name.lower().startswith("the "):
            name = name[4:]
        full = name if own_name else f"{state.name}'s {name}"
        key = f"source:{slug(full)}"
        self.actors.add(ActorMention(start, end, text[start:end], key, full, "organization", "unnamed", None,
                                     state.key), name)
        self.actors.aliases.setdefault(key, set()).update({full, name})
        self.voices.add(key)
        return key

    def _dateline_body(self, token) -> str | None:
        """"DAKAR - ... the presidency said", "the foreign ministry said": a state's own body, named by its office
        alone, under a dateline that opens on that state's capital; "the government" is the state itself."""
        if token.lemma_.lower() not in STATE_BODIES or not _definite(token) or any(
                c.dep_ in ("poss", "nmod", "prep") or c.dep_ in ("amod", "compound")
                and c.lower_ not in MODIFIERS and c.lower_ not in PORTFOLIOS for c in token.children):
            return None
        text = doc_text(token.doc)
        state = _dateline_state(text, token.idx) or _fronted_capital(token)
        if state is None:
            return None
        if token.lemma_.lower() == "government":
            if not self.actors.by_key(state.key):  # "In Nairobi, the government says": the place itself no actor
                self.actors.add(ActorMention(token.idx, token.idx + len(token), token.text, state.key, state.name,
                                             "state", "description"))
            return state.key
        start = min(t.idx for t in token.subtree if t.i <= token.i and t.dep_ != "det")
        return self._states_body(text, start, token.idx + len(token), state)

    def _voice(self, key: str | None) -> str | None:
        """A key that spoke through a person: pronouns may point back to it."""
        if key is not None:
            self.voices.add(key)
        return key

    def _plural(self, token, sent_no: int) -> str | None:
        """"They", "both", "the two leaders": a group just described ("the foreign ministers of A, B and C met"),
        else the most recent salient party (a statement has one speaker)."""
        doc = token.doc
        group = self.salience.recent(sent_no, token.idx, self.actors, None, lambda k: _group_key(k, doc))
        recent = group or self.salience.recent(sent_no, token.idx, self.actors, None)
        if recent is not None and recent.startswith(PENDING) and not group and token.pos_ != "PRON" \
                and (pair := self._named_pair(token)) is not None:
            return pair  # "The Minister of A, X, and the Minister of B, Y, met. The Ministers stated": X, not an office
            # (one named beside an unnamed office is no pair: "The Vice President spoke with President X ... the two
            # leaders agreed" keeps the office)
        return self._held(recent, doc) or self._pair_before(token)

    def _named_in_group(self, token) -> str | None:
        """The first person a plural subject names in apposition before its verb ("the foreign ministers of A, B
        and C, X, Y and Z, condemned"): a joint statement's first signatory."""
        verb = token.head
        end = verb.idx if verb.i > token.i and token.dep_ in SUBJECT_DEPS else token.right_edge.idx
        if end - token.idx > LATER_CHARS // 2:
            return None
        for m in self.actors.in_span(token.idx + len(token), end):
            span = token.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.type != "person" or m.kind != "name" or span is None:
                continue
            up = span.root
            while up.i != token.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            if up.i == token.i:  # its own apposition, not a clause inside it ("meeting in Kota Kinabalu")
                return m.key
        return None

    def _named_pair(self, token) -> str | None:
        """"The two Heads of State reaffirmed", "The Ministers stated" with no one salient: the earlier of the last
        two people named just before (the host and the guest of the visit a communiqué opens with)."""
        start = token.sent.start_char
        people: list[str] = []
        for m in reversed(self.actors.in_span(max(0, start - LATER_CHARS * 2), start)):
            if m.type == "person" and m.kind == "name" and m.key not in people:
                people.append(m.key)
                if len(people) == 2:
                    return people[1]
        return None

    def _pair_before(self, token) -> str | None:
        """"Viet Nam and Laos issued a joint statement. ... the two sides affirmed": the first of the parties a
        subject just before coordinated (a statement has one speaker)."""
        doc = token.doc
        for tok in reversed(doc[max(0, token.sent.start - PAIR_REACH):token.i]):
            if tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS and tok.head.i < tok.i \
                    and (second := self.actors.at(tok.idx, tok.idx + len(tok))) is not None \
                    and (first := self.actors.at(tok.head.idx, tok.head.idx + len(tok.head))) is not None \
                    and first.key != second.key \
                    and first.type == second.type and first.kind != "unnamed":
                return first.key
        return None

    def _held(self, key: str | None, doc) -> str | None:
        """A salient key, with an office-holder the text only described ("?<token>") made a speaker now."""
        if key is None or not key.startswith(PENDING):
            return key
        return self._unnamed(doc[int(key[len(PENDING):])])

    def _body(self, token) -> str | None:
        """The state or body a phrase names in its modifiers or "for"/"of" phrase."""
        return self._modifier_actor(token) or self._principal(token)

    def unnamed(self, token) -> str | None:
        """An office-named speaker as an actor of its own (for the finder)."""
        return self._unnamed(token)

    def _unnamed(self, token) -> str | None:
        """An unnamed or office-named speaker ("a senior EU official", "two diplomats") as an actor of its own."""
        phrase = _phrase(token, belonging=True)
        if len([w for w in doc_text(token.doc)[phrase[0]:phrase[1]].split() if w.lower() not in _NOT_NAMING]) \
                > MAX_NAME_WORDS:
            phrase = _phrase(token)
        text = " ".join(doc_text(token.doc)[phrase[0]:phrase[1]].split())
        words = text.split()
        while words and words[0].lower() in _NOT_NAMING:
            words = words[1:]
        name = " ".join(words).strip(" ,;:")
        if not name or len(words) > MAX_NAME_WORDS or any(
                any(c.isdigit() for c in w) and gazetteer().lookup(w.strip(",;:")) is None for w in words):
            return None  # no figures ("2 officials"), but a body's name may hold one ("the G7 foreign ministers")
        key = f"source:{slug(name)}"
        body = self._body(token)
        aliases = {text, name, token.text}
        owned = name.replace("\u2019s ", "'s ").split("'s ", 1)[-1]  # "Iran's foreign ministry spokesman"
        if owned != name and owned.split()[-1] == token.text:  # also "foreign ministry spokesman"
            aliases.add(owned)
        if not self.actors.by_key(key):
            for alias in sorted(aliases):
                self.actors.aliases.setdefault(key, set()).add(alias)
        office = describe(name)  # "prime minister", not "minister": no defence minister is meant by it
        self.actors.add(ActorMention(phrase[0], phrase[1], text, key, name, "person", "unnamed",
                                     (office[0] if office else token.text) if body else None, body))
        self.voices.add(key)
        return key

    def _antecedent(self, token):
        """For "who"/"which" subjects of a relative clause, the noun the clause describes."""
        if token.tag_ in ("WP", "WDT") or token.lower_ in ("who", "which", "that"):
            verb = token.head
            while verb.dep_ not in ("relcl", "ROOT") and verb.head != verb:
                verb = verb.head
            return verb.head if verb.dep_ == "relcl" else None
        return token

    def _pronoun(self, token, sent_no: int) -> str | None:
        """He/she: the salient person first, then the actors' own pronoun link."""
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is None:
            return None
        one = lambda k: not _group_key(k, token.doc)  # noqa: E731 - "he" is never a group
        key = self._held(self.salience.recent(sent_no, token.idx, self.actors, gender, one), token.doc)
        if key is not None:
            return key
        mention = self.actors.at(token.idx, token.idx + len(token))
        if mention is not None and mention.type == "person":
            return mention.key
        found = self.actors.resolve_pronoun(token.idx, gender)
        return found.key if found is not None else None

    def _description(self, token, sent_no: int) -> str | None:
        """"The Labour leader", "the Kremlin spokesman": by role, salience, a later name, else their body."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in token.children):
            return self._voice(self._principal(token)) or self._institution(token)  # "a ministry spokesman"
        if _plural(token):  # "the ministers said": the group described before, never one of them
            return self._fuller_office(token)
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and (key := self._owner(owner, sent_no)) is not None:
            return self._voice(key)  # "its spokesman", "his spokesman": the one they speak for
        phrase = _phrase(token)
        text = doc_text(token.doc)[phrase[0]:phrase[1]]
        bodies = set(self.actors.description_bodies(text) or ())
        named = {_bare(w) for w in text.split()[1:] if w[:1].isupper() and not is_title(_bare(w))}
        found = self.actors.resolve_description(text, phrase[0])
        if found is not None and self._vouched(found.key, bodies, named):
            return found.key
        definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
                       for c in token.children)
        if not definite:
            return None
        words = {_bare(w)[:5] for w in text.split()[1:] if not is_title(_bare(w))}
        title = (describe(text) or (token.lemma_,))[0]  # "education minister": no prime minister

        def fits(key: str, strict: bool) -> bool:
            return not key.startswith(PENDING) and self._named_person(key) \
                and self._role_fits(key, words, title, strict) \
                and self._vouched(key, bodies, named)

        # one whose known roles share a word with the description first ("the NLD leader"), then anyone not ruled out
        return self.salience.recent(sent_no, token.idx, self.actors, None, lambda k: fits(k, True), DESCRIPTION_WINDOW) \
            or self._sole_holder(token, bodies, named, title) or self.salience.recent(sent_no, token.idx, self.actors, None, lambda k: fits(k, False), DESCRIPTION_WINDOW) \
            or self._earlier_source(token) or self._named_later(token, bodies, named) or self._fuller_office(token) \
            or self._institution(token)

    def _other_party(self, key: str, named: set[str]) -> bool:
        """"The Reform leader" is not the one known as "Conservative leader": both name a body, and not the same."""
        if not named:
            return False
        own = set()
        for role, _ in self._roles(key):
            for w in role.split():
                if is_title(_bare(w)):
                    break
                if w[:1].isupper():
                    own.add(_bare(w))
        return bool(own) and not own & named

    def _vouched(self, key: str, bodies: set[str], named: set[str]) -> bool:
        """A description naming a state, body or party ("the Green leader", "the Australian minister") fits only
        a person known to serve it; an unqualified one ("the minister") anyone whose office fits."""
        if not self._compatible(key, bodies, named):
            return False
        named = {w for w in named if w not in MODIFIERS and w not in PORTFOLIOS}
        if not bodies and not named:
            return True
        roles = self._roles(key)
        if bodies & {of for _, of in roles if of}:
            return True
        own = {_bare(w) for role, _ in roles for w in role.split()}
        return bool(named & own) or bool(bodies & set(self.actors.description_bodies(" ".join(r for r, _ in roles)) or ()))

    def _serves(self, key: str, bodies: set[str]) -> bool:
        """False for a person whose offices belong to other bodies than the ones a description names."""
        served = {of for _, of in self._roles(key) if of}
        return not bodies or not served or bool(served & bodies)

    def _compatible(self, key: str, bodies: set[str], named: set[str]) -> bool:
        """A person may be the one a description means: no office of another body, no other party's title."""
        return self._serves(key, bodies) and not self._other_party(key, named)

    def _owner(self, pron, sent_no: int) -> str | None:
        """Whom "its"/"their" (the body or state last named before) or "his"/"her" (the salient person) stand for."""
        if pron.lower_ in ("its", "their"):
            sent_start = pron.doc[max(0, pron.sent.start - 1)].sent.start_char
            bodies = [m for m in self.actors.before(pron.idx) if m.type != "person" and m.start >= sent_start
                      and m.kind not in ("demonym",)]
            return bodies[0].key if bodies else None
        gender = PRONOUN_GENDER.get(pron.lower_)
        if gender is None:
            return None
        return self._held(self.salience.recent(sent_no, pron.idx, self.actors, gender), pron.doc)

    def _sole_holder(self, token, bodies: set[str], named: set[str], title: str = "") -> str | None:
        """"The secretary" when one named person of the document holds that title, named before or after."""
        holders = {m.key for m in self.actors.mentions if m.type == "person" and m.kind in ("name", "surname")
                   and m.role and _same_head(m.role, token.lemma_) and (not title or same_title(m.role, title))
                   and self._vouched(m.key, bodies, named)}
        return holders.pop() if len(holders) == 1 else None

    def _earlier_source(self, token) -> str | None:
        """"The minister" after "Jordan's foreign minister said": the office-named speaker seen before."""
        own = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"}
        for m in reversed(self.actors.before(token.idx, "person")):
            if m.kind != "unnamed" or token.idx - m.end > LATER_CHARS * 2:
                continue  # "Mexico's president" is not the "Brazil's president" seen before
            words = m.name.lower().replace("\u2019", "'").replace("'s ", " ").split()
            if words and _same_head(words[-1], token.lemma_) and own <= set(words):
                return m.key
        return None

    def _fuller_office(self, token) -> str | None:
        """"The Ambassador said" after "welcomed the Chinese Ambassador to Fiji": the office as first described."""
        own = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"}
        mine = _phrase(token, belonging=True)
        doc, lemma, lemmas = token.doc, token.lemma_.lower(), token_strings(token.doc, "LEMMA")
        for i in range(token.i - 1, max(0, token.i - FULLER_TOKENS) - 1, -1):  # back, a Token only for the lemma
            if lemmas[i].lower() != lemma or _plural(prev := doc[i]) != _plural(token):
                continue  # "the ministers" after "Foreign ministers of the Gulf states", "the minister" after one
            a, b = _phrase(prev, belonging=True)
            beside = [prev.head] + [c for c in prev.children if c.dep_ == "appos"] if prev.dep_ == "compound" \
                else [c for c in prev.children if c.dep_ == "appos"] + ([prev.head] if prev.dep_ == "appos" else [])
            spans = [(a, b)] + [(t.idx, t.idx + len(t)) for t in beside] + [_titles_after(doc_text(doc), b)]
            if any(m.type == "person" and m.kind != "unnamed" for x, y in spans
                   for m in self.actors.in_span(x, y, partial=True)):
                return None  # "Foreign Minister X", "Georgia's prime minister, X": a named holder
            if b - a > mine[1] - mine[0] and own <= {t.lower_ for t in prev.doc.char_span(a, b, alignment_mode="expand")}:
                return self._unnamed(prev)
            return None
        return None

    def _initials_holder(self, token) -> str | None:
        """The one named person before token whose office the capitals abbreviate ("CS": Cabinet Secretary)."""
        holders = {m.key for m in self.actors.before(token.idx, "person") if m.kind in ("name", "surname")
                   and m.role and "".join(w[0] for w in m.role.split() if w[:1].isupper())[-len(token.text):]
                   == token.text}
        return holders.pop() if len(holders) == 1 else None

    def _named_person(self, key: str) -> bool:
        """True for a person the document names (not an unnamed source, not a body)."""
        return any(m.type == "person" and m.kind != "unnamed" for m in self.actors.by_key(key)[:1])

    def _named_later(self, token, bodies: set[str], named: set[str]) -> str | None:
        """A lead's "the ministry's spokeswoman said" names her a paragraph later: the next person with that title."""
        end = token.idx + len(token)
        first = True  # the first person named after a lead's description, untitled, who speaks there, is its holder
        for m in self.actors.mentions:
            if not (end <= m.start < end + LATER_CHARS and m.type == "person" and m.kind == "name"):
                continue
            if m.role and _same_head(m.role, token.lemma_) and self._compatible(m.key, bodies, named) \
                    and (not bodies or m.role_of in bodies):
                return m.key
            if first:
                first = False
                if not m.role and not self._roles(m.key) and self._untitled_speaker(token, m) \
                        and not any(p.type == "person" and p.kind in ("name", "surname")
                                    for p in self.actors.before(token.idx, "person")):
                    return m.key
        return None

    def _untitled_speaker(self, token, m) -> bool:
        """The name at m opens the sentence after the description's, as the subject of its own verb (it speaks on)."""
        doc = token.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.sent.start != token.sent.end:
            return False
        head = span.root
        return head.dep_ in ("nsubj", "nsubjpass") and (span.start == span.sent.start or is_speech_verb(head.head))

    def _institution(self, token) -> str | None:
        """The state or body behind "the/a ministry spokesman": named on the word, or on its last mention."""
        if token.lemma_.lower().startswith("spoke") and (key := self._modifier_actor(token)) is not None:
            return self._voice(key)  # "Iran's foreign ministry spokesman", "the Kremlin spokesman"
        for noun in (c for c in token.children if c.dep_ in ("compound", "poss", "nmod")
                     and c.lemma_.lower() in INSTITUTIONS):
            key = self._modifier_actor(noun) or self._mention_of(noun)
            if key is not None:
                return self._voice(key)
            doc = token.doc
            for prev in reversed(doc[max(0, token.sent.start - 80):noun.i]):  # "India's ministry ... a ministry"
                if prev.lemma_.lower() == noun.lemma_.lower() and prev.i != noun.i:
                    key = self._modifier_actor(prev) or self._mention_of(prev)
                    if key is not None:
                        return key
        return None

    def _author(self, token, sent_no: int) -> str | None:
        """Whose statement or report: its "X's", its "from/by/of X", or the body named in its modifiers."""
        for child in token.children:
            if (child.dep_ == "poss" and child.pos_ != "PRON") or \
                    (child.dep_ in ("compound", "nmod") and child.lemma_.lower() in SPEAKING_BODIES):
                return self.key(child, sent_no)  # "the ministry's statement", "a Kosovo government statement"
        for verb in [token] + [c for c in token.children if c.dep_ == "acl"]:  # "a statement issued by X"
            for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of")):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() not in SPEECH_NOUNS:
                    return self.key(obj, sent_no)
        return self._modifier_actor(token) or self._earlier_author(token, sent_no)

    def _earlier_author(self, token, sent_no: int) -> str | None:
        """"The statement said" after "X said in a statement" or "X's statement": the same author."""
        if not _definite(token) or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
            return None
        for prev in reversed(token.doc[max(0, token.i - BODY_LOOKBACK):token.i]):
            if prev.lemma_.lower() != token.lemma_.lower():
                continue
            if prev.dep_ == "pobj" and prev.head.lower_ == "in" and is_speech_verb(prev.head.head) \
                    and (subj := subject_of(prev.head.head)) is not None:
                return self.key(subj, sent_no)  # "X said in a statement ... The statement said"
            return self._author(prev, sent_no) if not _definite(prev) else None
        return None

    def _same_body(self, token) -> str | None:
        """"The ministry said" after "China's commerce ministry": the body the same noun named last."""
        if not _definite(token) or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
            return None
        for prev in reversed(token.doc[max(0, token.i - BODY_LOOKBACK):token.i]):
            if prev.lemma_.lower() == token.lemma_.lower() and prev.pos_ in ("NOUN", "PROPN"):
                own = self.actors.at(prev.idx, prev.idx + len(prev))
                if own is not None and own.kind == "unnamed":
                    return own.key  # "Ghana's Ministry of Foreign Affairs ... The ministry added"
                return self._modifier_actor(prev) or self._mention_of(prev)
        return None

    def _described_body(self, token) -> str | None:
        """"The attorney general's office", "the energy ministry": a body described, not named, still speaks."""
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return None  # "his office": whose, the pronoun's resolution decides elsewhere
        if not any(c.dep_ in ("amod", "compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("for", "of")
                                                                         and token.pos_ == "PROPN")
                   for c in token.children):
            return None
        return self._unnamed(token)

    def _principal(self, token) -> str | None:
        """"A spokesperson for X": X, on whose behalf the unnamed person speaks."""
        for obj in (o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                    for o in c.children if o.dep_ == "pobj"):
            mention = self.actors.at(obj.idx, obj.idx + len(obj))
            if mention is None and obj.pos_ == "PROPN":
                mention = surname_mention(self.actors, obj.text)
            if mention is not None:
                return mention.key
        return None

    def _mention_of(self, tok) -> str | None:
        """A body or state named by the word itself ("the Kremlin", "the Ministry of X" as an actor)."""
        mention = self.actors.at(tok.idx, tok.idx + len(tok))
        return mention.key if mention is not None and mention.type != "person" else None

    def _role_fits(self, key: str, words: set[str], title: str, strict: bool = False) -> bool:
        """A person fits a description when a known role has its title, or a word of the role that is no title
        begins like one of the description ("the NLD leader", "the senator"); with no known roles, when not strict."""
        roles = self._roles(key)
        if not roles:
            return not strict
        if any(same_title(role, title) for role, _ in roles):
            return True
        known = [_bare(w) for role, of in roles for w in f"{role} {of or ''}".replace(":", " ").split()]
        other = {w[:5] for w in known if not is_title(w)}  # "ministry" is no "minister"; "senator" is of the Senate
        return bool(other & (words | {title.lower()[:5]}))

    def _modifier_actor(self, token) -> str | None:
        """"The Turkish foreign ministry": the state or body named in the modifiers."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                mention = self.actors.at(child.idx, child.idx + len(child))
                if mention is not None and mention.type != "person":
                    return mention.key
                key = demonym_key(self.actors, child.text)
                if key is not None:
                    return key
        return None


# Offices told by a relative clause on a person's name ("who speaks for", "who chairs", "who heads"): the title,
# and the preposition naming the body (None: the verb's object names it).
_RELATIVE_OFFICES = {"speak": ("spokesperson", "for"), "chair": ("chair", None), "head": ("head", None)}


def surname_mention(actors: DocActors, word: str):
    """A person of the document whose surname is word (for names the actor finder missed); an office named by its
    title alone has none ("the Secretary" is not "the Deputy Secretary" named before)."""
    low = word.lower()
    return next((m for m in actors.mentions if m.type == "person" and m.kind != "unnamed"
                 and m.name.split()[-1].lower() == low), None)


def demonym_key(actors: DocActors, word: str) -> str | None:
    """The state an adjective of nationality names, if that state is an actor of the document."""
    entry = gazetteer().demonym(word)
    if entry is None:
        return None
    return entry.key if any(m.key == entry.key for m in actors.mentions) else None


_TITLE_RUN = re.compile(r"(?:\s*,\s*(?:[A-Z][\w.'-]*|of|the|and)(?:\s+(?:[A-Z][\w.'-]*|of|the|and))*)*\s*,\s*")


def _titles_after(text: str, end: int) -> tuple[int, int]:
    """The stretch of further titles after an office ("The Minister of State, Minister of X, Mr. Y"), up to the name."""
    m = _TITLE_RUN.match(text, end, min(len(text), end + 120))
    return (end, m.end() + 1) if m else (end, end)


def _bare(word: str) -> str:
    """A word lower-cased without its possessive ending or punctuation."""
    word = word.lower().replace("\u2019", "'")
    return (word[:-2] if word.endswith("'s") else word).strip(".,;:'\"()")


def _same_head(role: str, title: str) -> bool:
    """A role and a title word share their head ("spokeswoman" and "spokesperson" count as one)."""
    head = role.lower().split()[-1]
    title = title.lower()
    return head == title or (head[:5] == title[:5] == "spoke")


def _plural(token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def _singular(token) -> str:
    """A plural noun's singular, also for a capitalised one the tagger left unlemmatised ("Heads" of State)."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s") else lemma


def _group_key(key: str, doc) -> bool:
    """A salience key of a group only described so far ("?<token>" on a plural head)."""
    return key.startswith(PENDING) and _plural(doc[int(key[len(PENDING):])])


def _group_head(token) -> bool:
    """A plural head of parties or office-holders ("the Ministers", "the foreign ministers", "the two leaders")."""
    return token.tag_ in ("NNS", "NNPS") and (_singular(token) in PLURAL_PARTIES or _singular(token) in SPEAKER_TITLES)


def _bare_definite(token) -> bool:
    """"The Ministers", "the leaders": a plural with only "the" on it, pointing back to the parties named."""
    return [c.lower_ for c in token.children if c.dep_ not in ("punct", "appos", "conj", "cc")] == ["the"]


def _bare_count(token) -> bool:
    """"The two also urged", "the three said": a number standing for the parties just named."""
    return token.pos_ == "NUM" and token.lower_ in ("two", "three", "four") \
        and [c.lower_ for c in token.children if c.dep_ != "punct"] == ["the"]


def _counted_pair(token) -> bool:
    """"Both sides", "the two leaders", "all participants": a plural phrase counting the parties just named."""
    return token.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("both", "two", "all") for c in token.children) \
        and not any(c.dep_ in ("compound", "poss", "amod") for c in token.children)


PAIR_REACH = 80  # tokens back a counted pair ("the two sides") looks for the parties a subject coordinated
HONOURED_STYLES = frozenset("majesty highness excellency holiness".split())  # "His Royal Highness said"


def _definite(token) -> bool:
    """True for "the X" or "X's Y" (a description pointing back), not "a X"."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in token.children)


def _aged(token) -> bool:
    """"The 62-year-old": a person described by age."""
    return token.lower_.endswith("-old") or (token.lower_ == "old" and token.i > 0 and token.nbor(-1).lower_ == "-")


_OF_STATE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})")
# The place in capitals that opens a wire story ("RIYADH, Aug 11 --", "ACCRA \u2014"): its state is the story's own.
_CAPITAL_LINE = re.compile(r"[ \t]*([A-Z][A-Z'.\u2019-]+(?:[ \t][A-Z][A-Z'.\u2019-]+){0,3})[ \t]*[,(:\u2013\u2014-]")


def _dateline_state(text: str, pos: int):
    """The state whose capital opens the story's dateline before pos ("RIYADH, Aug 11 --"), if any."""
    opening = _CAPITAL_LINE.match(text)
    return gazetteer().capital(opening.group(1).title()) if opening is not None and opening.end() <= pos else None


def _fronted_capital(token):
    """The state whose capital a broadcast sets its sentence in before the speaker ("In Athens, the government
    says ..."), if any."""
    sent = token.sent
    if sent[0].lower_ != "in" or (comma := next((t for t in sent[1:6] if t.text == ","), None)) is None \
            or comma.i >= token.i:
        return None
    return gazetteer().capital(doc_text(token.doc)[sent[1].idx:comma.idx].strip())


def office_only(mention) -> bool:
    """A body's name that is only an office ("Ministry of Foreign Affairs", "Foreign Ministry", "Presidency"):
    every state has one."""
    words = [w.lower() for w in mention.name.split() if w.lower() not in ("of", "the", "and", "for")]
    return mention.type != "person" and bool(words) and any(w in BODIES or w in _SEATS for w in words) \
        and all(w in BODIES or w in MODIFIERS or w in PORTFOLIOS or w in _SEATS for w in words)


_SEATS = frozenset({"house"})  # "State House", "Government House": a seat of government named by its building


def _phrase(token, belonging: bool = False) -> tuple[int, int]:
    """Char span of a noun phrase without its relative clauses and appositions."""
    left = min([token] + [t for c in token.children if c.i < token.i for t in c.subtree
                          if not in_dateline(t) and not CLOCK.fullmatch(t.text)],
               key=lambda t: t.i)  # "LIMA Peru's foreign minister", "09:40 Kursk's governor": not part of it
    right = token
    if belonging:  # "a spokesman for the rebel alliance", "an adviser to Ukraine's president", "sources close to X"
        for prep in (c for c in token.children if c.i > token.i and (
                (c.dep_ == "prep" and c.lower_ in ("of", "for", "to"))
                or (c.dep_ in ("amod", "advmod", "acl") and c.lower_ in _CLOSE_TO))):
            tail = list(prep.subtree)  # "of Egypt, Jordan and Saudi Arabia": a list's commas stay in
            cut = next((n for n, t in enumerate(tail) if t.text in ",;:()\u201c\"\u2014\u2013"
                        and not (t.text == "," and n + 1 < len(tail) and tail[n + 1].dep_ in ("conj", "cc"))), len(tail))
            if 1 < cut <= BELONGING_TOKENS and (cut == len(tail) or tail[cut].text in ",\u2014\u2013"):
                right = tail[cut - 1]  # "an official of X, an armed faction,": up to the aside
            break
    return left.idx, right.idx + len(right)
