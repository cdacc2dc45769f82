"""Who takes part in an event mention, who mediates or hosts it, and where it happens."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from diplograph.extract.actors.candidates import COMBINING, CONTINENTAL
from diplograph.extract.actors.columns import doc_text, entities, sentence_bounds, sentence_start, token_columns
from diplograph.extract.base import ActorMention, DocActors, token_strings
from diplograph.extract.actors.headlines import english_words
from diplograph.extract.actors.names import given_names
from diplograph.extract.actors.nonactors import office_below
from diplograph.extract.clauses import CLOCK, is_speech_verb
from diplograph.extract.events.asked import ASKERS, asked_about, asked_one, asked_pair, question_turn_answer
from diplograph.extract.events.leaders import leader_mention
from diplograph.extract.events.status import (NAME_DASHES, SIDELINES, answer_at, happening_clause, headline_named,
                                              hosting_clause, sentence_last, last_occurrence, proposal_noun, to_be_held)
from diplograph.extract.events.places import (
    PLACE_LABELS,
    Places,
    capital_name,
    city_name,
    destination,
    entity_text,
    hung_guests,
    stray_name,
    title_holder,
    trigger_free,
    trip_preps,
    where_place,
)
from diplograph.extract.events.triggers import (
    ceremonial,
    clause_verb,
    credentials_held,
    dashed_body,
    members_owner,
    moved_from,
    told_visitors,
    withs_on_place,
)
from diplograph.extract.statements.reporting import (
    FIRST_PERSON,
    PERSON_TITLES,
    PRONOUN_GENDER,
)
from diplograph.extract.statements.speakers import demonym_key, surname_mention
from diplograph.extract.statements.transcripts import INTERVIEW_TOLD
from diplograph.extract.events.sectors import sector_body
from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import city_state, gazetteer
from diplograph.kb.roles import (AUTHOR_OFFICES, BODIES, MODIFIERS, PORTFOLIOS, SHORT_TITLES, TITLE_HEADS, head_of,
                                 is_honorific, is_title, other_portfolio, same_title)
from diplograph.kb.names import person_key
from diplograph.kb.slugs import slug
from diplograph.timex.dateline import dateline_place
from diplograph.extract.when import in_live_entry, in_live_heading

OCCASIONS = frozenset("remark statement comment briefing availability appearance".split())  # spoken with a guest
MEDIATE_VERBS = frozenset("mediate broker facilitate sponsor".split())
HOST_VERBS = frozenset({"host"})


@dataclass(slots=True)
class Roles:
    """Participants, mediators, hosts and place found for one event mention."""

    participants: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    location: str | None = None
    counterpart: bool = False  # a "with X" party was named: the subject is the other side
    received_by: str | None = None  # the state a visited place belongs to ("arrived in Nairobi": Kenya)
    invited: bool = False  # an invitation names who is to travel ("the invitation of X for Y to visit")

    def add(self, keys: list[str]) -> None:
        """Add participants, keeping order and skipping repeats."""
        self.participants.extend(k for k in keys if k not in self.participants)


class Parties(Places):
    """Finds the actors of event mentions in one document."""

    def __init__(self, actors: DocActors, speaker_at=None, quoted_at=None):
        super().__init__(actors)
        self.speaker_at = speaker_at or (lambda pos: None)  # statement speaker covering a position
        self.quoted_at = quoted_at or (lambda pos: False)  # whether those are the speaker's own words
        self._np_memo: dict[int, tuple[int, tuple[str, ...]]] = {}  # word index -> (actors' version, its keys)
        self._home: str | None | bool = False  # the state of the capital the text opens on; False: not read yet
        self._header_side: str | None | bool = False  # the one side an interview's header gives an office of
        self._live_body: str | None | bool = False  # the one body a live blog's heading follows the gathering of

    # -- noun phrases -> actor keys ---------------------------------------------------------------
    def np_keys(self, tok) -> list[str]:
        """Actors a noun phrase stands for, conjuncts included ("X and Y", "Russian and Ukrainian delegations");
        remembered per word while the actors stay as they were (the rules ask about the same subjects again)."""
        version = self.actors.version
        seen = self._np_memo.get(tok.i)
        if seen is not None and seen[0] == version:
            return list(seen[1])
        keys = self._np_keys(tok)
        if self.actors.version == version:  # a call that added an actor is asked afresh
            self._np_memo[tok.i] = (version, tuple(keys))
        return keys

    def _np_keys(self, tok) -> list[str]:
        """np_keys worked out."""
        keys: list[str] = []
        appos = [c for c in tok.children if c.dep_ == "appos"] if tok.lower_ in _STYLE_WORDS else []
        if len(appos) == 1 and appos[0].i > tok.i and is_title(appos[0].text) \
                and tok.dep_ not in ("nsubj", "nsubjpass") and self.actors.at(tok.idx, tok.idx + len(tok)) is None:
            return self._np_keys(appos[0])  # "called on His Majesty the King": the office the style goes before
        # "Turkey's President Erdogan and US President Trump": the parser may hang the conjunct on the apposition
        heads = _listed_before(tok) + [tok] + [c for a in [tok, *(c for c in tok.children if c.dep_ == "appos")]
                                            for c in a.conjuncts if c.i > tok.i]
        pairs = [c for c in tok.children if c.dep_ == "appos" and self._named_pair(tok, c)]
        heads += pairs + [t for a in pairs for t in a.subtree if t.dep_ == "conj" and t.ent_type_ == "GPE"
                          and t.head.ent_type_ == "GPE" and t.head.ent_iob_ == "I"]  # "A, [the Republic of the
        # Congo] and B": the last conjunct hung inside the state's name
        for head in dict.fromkeys(heads):
            keys.extend(k for k in self._one_np(head) if k not in keys)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i \
                and (len(keys) < 2 or any(c.dep_ == "appos" for h in (tok, *tok.conjuncts) for c in h.children)):
            # "A, B, the Republic of C and D" parsed as appositions
            keys.extend(k for k in self._listed_subject(tok) if k not in keys)
        return keys

    def _as_person(self, mention):
        """A person mention, or the person a multi-word name the tagger took for an unknown body stands for (held in
        apposition to an office: "the foreign ministers of A, X, and of B, Thérèse Y")."""
        if mention is None or mention.type == "person":
            return mention
        words = mention.text.split()
        if mention.type != "organization" or mention.kind != "name" or not 2 <= len(words) <= 4 \
                or gazetteer().entry(mention.key) is not None \
                or not all(w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].islower()
                           and w.lower() not in english_words("noun") for w in words):
            return None
        person = ActorMention(mention.start, mention.end, mention.text, person_key(mention.text), mention.text,
                              "person", "name")
        self.actors.swap(mention, person)
        return person

    def each_conjunct(self, tok) -> list[tuple[object, list[str]]]:
        """Each conjunct of a noun phrase with its own actors ("met A, B and C separately": one party each)."""
        heads = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        return [(h, keys) for h in heads if (keys := self._one_np(h))]

    def _listed_subject(self, subj) -> list[str]:
        """"A's X, B's Y and Z held talks" misparsed: every leader named in the words before the verb."""
        doc, verb = subj.doc, subj.head
        pos, text = token_strings(doc, "POS"), token_columns(doc).words  # columns: a Token per look costs more
        start, first = subj.left_edge.i, sentence_start(doc, subj.i)
        while start > first and (pos[start - 1] in _LIST_POS or self._leader_of(doc, start - 1)
                                 or _in_title_chain(doc, start - 1)) and text[start - 1] not in "-–—()":
            start -= 1
        dep = token_strings(doc, "DEP")  # the first auxiliary of the verb after the subject: "... will hold"
        end = next((i for i in range(subj.i + 1, verb.i) if dep[i] == "aux" and doc[i].head == verb), verb.i)
        if "and" not in token_strings(doc, "LOWER")[start:end] \
                or any(p in ("VERB", "AUX") or p == "ADP" and not doc[i].ent_type_  # "the Republic of the Congo"
                       and not self._leader_of(doc, i) and not _in_title_chain(doc, i)
                       for i, p in enumerate(pos[start:end], start)):
            return []  # ("Presidents X of A and Y of B" may stay)
        words = doc[start:verb.i]
        found = self.actors.in_span(words.start_char, words.end_char)
        people = [m for m in found if m.type == "person"]
        sides = {m.role_of for m in people}
        keys: list[str] = []
        for m in found:
            leader = next((p for p in people if p.start >= m.end), None)
            between = doc_text(doc)[m.end:leader.start] if leader is not None else ","
            led = next((p for p in reversed(people) if p.end <= m.start), None)
            if m.type == "state" and led is not None and doc_text(doc)[led.end:m.start].strip() == "of":
                continue  # "Presidents X of A and Y of B": A is X's
            if m.type == "state" and (m.key in sides or ("," not in between and " and " not in between)):
                continue  # "Egypt's President X", "Iraqi Prime Minister Y": the state qualifies its leader
            if m.type in ("person", "state", "organization") and m.key not in keys:
                keys.append(m.key)
        return keys if len(keys) >= 2 else []

    def _leader_of(self, doc, i: int) -> bool:
        """"of" between a person's name and a state's ("X of Namibia"): the leader's state, no phrase of its own."""
        if doc[i].lower_ != "of" or not 0 < i < len(doc) - 1:
            return False
        name = doc[i - 1]  # (a name the entity repairs found, which the parse's own entities lack)
        named = self.actors.at(name.idx, name.idx + len(name))
        if name.ent_type_ != "PERSON" and (named is None or named.type != "person"):
            return False
        state = self.actors.at(doc[i + 1].idx, doc[i + 1].idx + len(doc[i + 1]))
        return state is not None and state.type == "state"

    def _named_in(self, head) -> list:
        """The actors named by one conjunct's own words ("South Korea" in "of Japan, South Korea and X"), not by a
        mention around the whole list."""
        start = min([head.idx] + [c.idx for c in head.children if c.dep_ in ("compound", "det") and c.i < head.i])
        return [m for m in self.actors.in_span(start, head.idx + len(head)) if not m.key.startswith(SOURCE_PREFIX)]

    def _named_pair(self, tok, appos) -> bool:
        """"Museveni, Ruto set for talks": two names of the same kind side by side are a list, not one person."""
        if tok.pos_ != "PROPN" or appos.pos_ != "PROPN" or any(c.dep_ == "det" for c in appos.children) \
                and not (tok.ent_type_ == appos.ent_type_ == "GPE" and appos.ent_iob_ == "I"):
            return False  # but "Angola, the Democratic Republic of the Congo": a state's name with its article
        a, b = self.actors.at(tok.idx, tok.idx + len(tok)), self.actors.at(appos.idx, appos.idx + len(appos))
        a = a or self._by_surname(tok) or leader_mention(tok, partner=False)
        b = b or self._by_surname(appos) or leader_mention(appos, partner=False)
        if a is not None and b is not None and {a.type, b.type} == {"person", "organization"}:
            body = a if a.type == "organization" else b  # "Museveni, Ruto": a surname the tagger took for a body
            return self._unknown_body(body, tok if body is a else appos)
        return a is not None and b is not None and a.key != b.key and a.type == b.type

    def _one_np(self, tok) -> list[str]:
        """Actors of one conjunct."""
        if tok.lower_ == "whom" and tok.dep_ == "dobj" and tok.head.dep_ == "relcl":
            return self.np_keys(tok.head.head)  # "X, whom he hosted last month": X
        if tok.lower_ == "whose" and tok.dep_ == "poss" and (clause := _relative_clause(tok)) is not None:
            return self.np_keys(clause.head)  # "talks with X, whose visit to China runs to Friday": X's visit
        if (owner := _bare_style(tok)) is not None and self.actors.at(tok.idx, tok.idx + len(tok)) is None:
            key = self._style_bearer(tok) or self._pronoun(owner)  # "His Highness received a call from X": the
            return [key] if key else []  # style alone stands for the one it was written before, else as "he" does
        if (tok.pos_ == "PRON" or tok.lower_ in PRONOUN_GENDER or tok.lower_ in FIRST_PERSON) \
                and not (tok.text.isupper() and len(tok) > 1 and tok.pos_ == "PROPN"):  # "talks with US"
            if tok.lower_ in ("their", "they", "them"):
                keys = self._asked_pair(tok) or self._they(tok) or self._clause_subject(tok) or self._later_subject(tok) \
                    or self._subject_before(tok) \
                    or (self._recent_pair(tok) if tok.dep_ == "nsubj" and tok.i == sentence_start(tok.doc, tok.i) else []) \
                    or self._remarks_pair(tok)
                if len(keys) == 1 and tok.lower_ == "their" and self._named_person(keys[0], None) \
                        and keys[0] in (pair := self._recent_pair(tok)):
                    return pair  # "X raised Y with Z in Suva, their first meeting since ...": X and Z
                return keys
            if tok.lower_ in ("it", "its"):  # "The AU said it welcomed...": the body named as subject before
                if (pair := self._subject_body_pair(tok)):
                    return pair  # "the EU–Chile Association Council will hold its next meeting": the two sides
                keys = self._clause_subject(tok)
                return keys[:1] if len(keys) == 1 and self.actors.by_key(keys[0])[0].type != "person" else []
            if tok.lower_ in ("we", "us") and (pair := self._we_pair(tok)):
                return pair  # "X and I spoke last week. We agreed to meet in Y": the speaker and X
            if tok.lower_ == "we" and (side := self._our_side_facing(tok)) is not None:
                return [side]  # "We met the Ethiopians in Nairobi": the speaker's side, the other one named
            key = self._pronoun(tok)
            return [key] if key else []
        if (body := self._live_members(tok)) is not None:
            return [body]  # "19:00 - Leaders agree to hold a summit with X": the heading's gathering's members
        if _owned_by_speaker(tok) and (side := self.answerer_side(tok)) is not None:
            return [side]  # "AL-RASHIDI: our technical committees will meet", "my government": the interviewee's state
        if (pair := self._joint_pair(tok)):
            return pair  # "a meeting of the Vietnam-Laos Intergovernmental Committee": the two sides meet
        if (pair := next((p for c in tok.children if c.dep_ == "appos" and (p := self._joint_pair(c))), [])):
            return pair  # "a meeting of the EU–[Georgia Association Council]": the body parsed as the first side's appositive
        if (body := dashed_body(tok)) is not None and (pair := self._joint_pair(body, tok.i)):
            return pair  # "the session of the Iran [– Oman Joint Commission]": the rest of the name hung elsewhere
        if _joint_body(tok) and len(gathered := [k for c in tok.children if c.dep_ == "acl"
                                                 and c.lemma_.lower() in lx.GATHERING_CLAUSE_VERBS
                                                 for o in c.children if o.dep_ == "dobj" for k in self.np_keys(o)]) >= 2:
            return gathered  # "the tripartite mechanism bringing together A, B and C": its members
        paired = tok.lemma_.lower() in _PAIRED_BODIES and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        if (_joint_body(tok) or paired) and any(m.type in ("state", "person") and m.kind != "capital"
                                                for m in self.actors.in_span(tok.sent.start_char, tok.sent.end_char)):
            return []  # "a meeting of its Joint Commission with X", "the Cooperation Council with X": the sides the
            # sentence names meet, not the body
        if _joint_body(tok) and (pair := self._recent_states(tok)):
            return pair  # "... the next meeting of the Interstate Council": the two states named before meet in it
        if tok.lower_ in _NEIGHBOURS and tok.pos_ == "NOUN" and (keys := self._neighbours(tok)):
            return keys  # "a conference of Sudan's neighbours": the states around it, one side
        mention = self.actors.at(tok.idx, tok.idx + len(tok))
        if mention is not None and (name_head(mention.name) == tok.lower_ or tok.idx + len(tok) == mention.end) \
                and not _name_goes_on(tok) and (sides := self.member_sides(tok.doc, mention)):
            return sides  # "the Korea-Viet Nam Dialogue will meet", "the A-B Council of Ministers": the sides meet
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        if appos is None and mention is None and (stray := self._stray_holder(tok)) is not None:
            return [stray]  # "talks with his Iraqi counterpart, X": the name the parser hung on "talks" is X
        for _ in range(3):  # "President His Highness Sheikh X": a title's apposition may hang on another
            if appos is None or (mention is not None and mention.type == "person"):
                break
            named = self.actors.at(appos.idx, appos.idx + len(appos))  # "the AU Commission chair, X": X
            mention = named if named is not None and (mention is None or named.type == "person") else mention
            appos = next((c for c in (*appos.children, *tok.children) if c.dep_ == "appos" and c.i > appos.i), None) \
                if named is None else None  # "my brother, the Minister of X, Dr Y": the next apposition names Y
        if mention is not None and mention.type == "organization" and (held := self._titled_holder(tok, mention)):
            mention = held  # "OSCE Chairperson-in-Office and Minister for Foreign Affairs of Malta X": the parser hung
            # the titles and their holder on the body that opens the first
        if mention is not None and self._office_body(mention.key):  # "the Minister for Foreign Affairs of X, Y"
            end = tok.right_edge.idx + len(tok.right_edge)
            held = [m for m in self.actors.in_span(mention.end, end) if m.type == "person"]
            mention = held[0] if len(held) == 1 else mention
        if mention is None and tok.i + 1 < len(tok.doc) and (nxt := tok.nbor(1)).dep_ == "prep" and nxt.head == tok:
            named = self.actors.at(nxt.idx, nxt.idx + len(nxt))  # "General Secretary To Lam": a name that begins
            mention = named if named is not None and named.type == "person" and named.start == nxt.idx else None
            # with a function word the parser read as a preposition
        if mention is None and tok.pos_ == "PROPN":
            mention = self._by_surname(tok)
        if mention is None and tok.pos_ == "PROPN" and tok.dep_ == "pobj" \
                and (tok.head.dep_ == "agent" or tok.head.lower_ in ("from", "by") and proposal_noun(tok.head.head)):
            mention = self._seat_of_government(tok)  # "a proposal from Buenos Aires": the capital's government
        if mention is None and tok.pos_ == "PROPN" and (tok.ent_type_ in ("PERSON", "") or _title_inside(tok)):
            states = [k for k in self._modifier_keys(tok) if k.startswith("state:")]
            if not states and is_honorific(tok):  # "His Majesty the Sultan of Oman": the state of the title the
                # style stands beside
                states = [k for c in tok.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                          for k in self._modifier_keys(c) if k.startswith("state:")]
            if len(states) == 1:
                return states  # "Senegal's Macky Sall", "King Abdullah II of Jordan": the state they stand for
        if tok.lower_ == "heads" and tok.i < len(tok.doc) - 1 and tok.nbor(1).lower_ == "of" \
                and any(c.lower_ in lx.PAIR_WORDS for c in tok.children):
            return self._recent_pair(tok)  # "the two Heads of Government": the pair named before, not a body
        if mention is None and tok.lower_ in _MEMBER_HOLDERS and (keys := self._members_of(tok)):
            return keys  # "a summit of Heads of State of MERCOSUR": the body or states whose leaders meet
        if mention is None and tok.lower_ == "heads" and (keys := self._regions_heads(tok)):
            return keys  # "the five Central Asian heads of state": the region's leaders as one side
        if mention is None and tok.lower_ == "heads" and 0 < tok.i < len(tok.doc) - 1 and tok.nbor(1).lower_ == "of":
            before = tok.nbor(-1)
            body = self.actors.at(before.idx, before.idx + len(before))
            if body is not None and body.type == "organization":
                return [body.key]  # "ECOWAS Heads of State met", the body's name parsed apart: the body meets
        if mention is not None and mention.type == "organization" and mention.name.lower() in BODIES \
                and (keys := self._body_by_head(tok)):
            return keys  # "The Council" after "the SCO Council of Foreign Ministers": that council
        if mention is None or mention.type == "organization":
            mention = self._named_parent(tok) or mention  # "the Council of Foreign Ministers of the CIS": the CIS
        if mention is None and (tok.pos_ in ("PROPN", "NOUN") or headline_named(tok) is not None):
            mention = leader_mention(tok, partner=self._beside_person(tok))
            if mention is not None:
                self.actors.add(mention)  # "Scholz to visit Beijing", "Tinubu, Mahama hold talks"
        elif mention is not None and self._unknown_body(mention, tok) and self._beside_person(tok):
            person = leader_mention(tok, partner=True)
            if person is not None:  # "Museveni, Ruto set for talks": a surname the tagger took for a body
                self.actors.swap(mention, person)
                mention = person
        elif mention is not None and self._unknown_body(mention, tok) \
                and (person := surname_mention(self.actors, tok.text)) is not None \
                and person.kind == "name" and " " in person.name:
            mention = person  # "Demirtas held talks" after "Foreign Minister Hakan Demirtas": the tagger's body is him
        lemma = tok.lemma_.lower()
        if mention is None and ((lemma in PERSON_TITLES or lemma in lx.GROUP_NOUNS)
                                and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in tok.children)
                                or lemma == "guest" and tok.left_edge.lower_ == "the") \
                and (keys := self._visitor_before(tok)):
            return keys  # "X arrived in Y on Monday. The visiting minister (the guest) will meet Z": X
        if mention is None and told_visitors(tok) and (keys := self._visitor_before(tok)):
            return keys  # "A delegation led by X arrived in Y. The delegation was received by Z": X
        if mention is None and lemma in _HOSTS and tok.tag_ == "NN" and _owned_only(tok) \
                and (keys := self._visited_before(tok)):
            return keys  # "X landed in Vilnius. He will meet his host", "... with her counterpart": the state visited
        if mention is None and _office_alone(tok) and (keys := self._visited_before(tok)):
            return keys  # "X arrived in Thimphu. He will call on the King (the Head of State)": the state visited
        if tok.lower_ in lx.PAIR_WORDS and tok.pos_ in ("NUM", "PRON", "DET"):
            return self._recent_pair(tok)
        if _capital_plural(tok) \
                and (mention is None or mention.type == "organization" and mention.name.lower() == tok.lower_) \
                and (keys := self._recent_pair(tok, titled_only=True)):
            return keys  # "In their meeting, the Ministers also agreed": a release's capitalised plural title is the
            # two holding it told before, as "the ministers" is (not a body the tagger made of the word)
        if tok.lower_ in _SIDE_COUNTS and tok.pos_ == "NUM" and [c.lower_ for c in tok.children] == ["the"]:
            return self._recent_pair(tok)  # "where the three signed a declaration": the three named before
        if tok.tag_ == "NNS" and lemma in PERSON_TITLES and (keys := self._holders_listed(tok)):
            return keys  # "the foreign ministers of A, X, and of B, Y, held talks": the people named in apposition
        if tok.tag_ == "NNS" and tok.i and tok.left_edge.lower_ in ("the", "their") \
                and (keys := self._subject_before(tok)):
            return keys  # "The ministers later received X", "Their presidents will meet": those of the sentence before
        if tok.tag_ == "NNS" and mention is None and (keys := self._agreed_delegates(tok)):
            return keys  # "the two leaders agreed that their foreign ministers would meet": the leaders' states
        if mention is not None and mention.key.startswith(SOURCE_PREFIX) \
                and (lemma in lx.GROUP_NOUNS or lemma in PERSON_TITLES):
            if any(c.lower_ in lx.PAIR_WORDS or c.lower_ in _SIDE_COUNTS for c in tok.children) \
                    and (keys := self._recent_pair(tok)):
                return keys  # "the two prime ministers, who held talks, said ...": the speaker the statements made
                # of them is the pair named before
            if (keys := self._bare_plural_pair(tok)):
                return keys  # "X met Y on Monday. The leaders agreed that ...": the two just named, not a source
            if (holder := self._sole_holder(mention)) is not None:
                return [holder]  # "Prime Minister receives X" over "Prime Minister Y received X": the one holding it
            listed = [m.key for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj" for h in (o, *o.conjuncts) for m in self._named_in(h)
                      if m.type in ("state", "organization")]
            if len(listed) >= 2:
                return list(dict.fromkeys(listed))  # "the foreign ministers of A, B and C met ..., pledging ...": each
            if mention.role_of:
                return [mention.role_of]  # "GCC foreign ministers met ... and called for ...": the speakers' body
            if (state := self._answerers_own(tok)) is not None:
                return [state]  # "Q: Will the President go to X? A: He will.": the interviewee's president
        if mention is not None and not (mention.kind == "demonym" and lemma in lx.GROUP_NOUNS):
            return [] if mention.kind == "capital" and self._is_place(tok) else [mention.key]
        if lemma in _PEOPLE and any(c.lower_ in lx.PAIR_WORDS for c in tok.children):
            return self._recent_pair(tok)  # "the two men last met in June"
        if lemma in _PAIRS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._recent_pair(tok)  # "the pair signed a memorandum"
        if lemma in lx.GROUP_NOUNS or tok.lower_ in lx.GROUP_NOUNS or lemma in PERSON_TITLES \
                or tok.text in SHORT_TITLES:  # "the Ethiopian PM"
            kids = list(tok.children)
            counted = tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in kids) \
                and any(c.lower_ in _SIDE_COUNTS and c.dep_ == "nummod" for c in kids)  # "the three ministers
            # signed", not "the three members of X" nor "the first meeting of the three envoys" (which "it" is)
            if counted or any(c.lower_ in lx.PAIR_WORDS for c in kids):
                return self._recent_pair(tok)
            if tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
                return self._recent_pair(tok) or ([side] if (side := self.answerer_side(tok)) else [])  # "we
                # agreed that our foreign ministers will meet": both sides' ministers; else an interviewee's own
            if tok.tag_ == "NNS" and lemma in PERSON_TITLES and [c.lower_ for c in tok.children] == ["the"]:
                return self._recent_pair(tok, titled_only=True)  # "the presidents had spoken by phone": the two
                # presidents told before
            owner = tok if lemma in lx.STATE_GROUPS else next((c for c in tok.children if c.dep_ == "poss"
                                                               and c.lemma_.lower() in lx.STATE_GROUPS), None)
            if owner is not None and any(c.lower_ in _SIDE_COUNTS or c.lower_ in lx.PAIR_WORDS for c in owner.children) \
                    and (keys := self._recent_pair(owner)):
                return keys  # "the three countries", "the three countries' leaders": the states told before
            if keys := self._side_keys(tok):
                return keys  # "the exiled Belarusian opposition leader", "rebel negotiators": the side they speak for
            keys = self._modifier_keys(tok) or self._leader(tok)  # "a delegation led by X": X stands for it
            if keys and lemma in lx.SENT_GROUPS and all(k.startswith("org:") and gazetteer().entry(k) is None
                                                        for k in keys) \
                    and (led := [k for h in (tok, *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                                    for o in c.children if o.dep_ == "pobj"))
                                 for k in self._leader(h)][:1]):
                keys = led  # "a delegation of the X Ministry of Foreign Affairs led by Y" (the parser may hang "led"
                # on the ministry): Y, not a body no list knows
            if not keys and lemma in _HOSTS and not _regional_group(tok):
                keys = self._counterpart_in_capital(tok)  # "spoke with his counterpart (host) in Asuncion": Paraguay's
            if not keys and lemma in PERSON_TITLES and lemma not in _HOSTS:
                keys = self._owner_state(tok)  # "Quinonez said his interior minister would travel": Guatemala's
            if not keys and lemma in lx.MEMBER_NOUNS:  # "members of Hamas's political bureau": Hamas
                keys = [k for c in [*tok.children, *_members_of_phrase(tok)] if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj" for k in self._one_np(o) or self._modifier_keys(o)] \
                    or [k for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in BODIES
                        for k in self._one_np(c) or self._body_by_head(c) if k.startswith("org:")]  # "Council
                # members": the council told before
            if keys or lemma not in lx.STATE_FORCES:
                return keys or self._groups_of(tok) or self._generic(tok) or self._their_sides(tok)
        return self._generic(tok)

    def _owner_state(self, title) -> list[str]:
        """"his interior minister": the state of the office-holder "his" stands for (a minister of theirs); "our
        foreign minister", "the foreign minister of our country": the speaker's state."""
        if (ours := _ours(title)) is not None:
            state = self.our_state(ours)
            return [state] if state is not None else []
        if (state := self._answerers_own(title)) is not None:
            return [state]  # "Q: Will the President go to X? A: He will.": the interviewee's president
        owner = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        key = self._pronoun(owner) if owner is not None else None
        states = {m.role_of for m in self.actors.by_key(key) if m.role_of} if key else set()
        return list(states) if len(states) == 1 else []

    def _answerers_own(self, title) -> str | None:
        """A bare state title as its clause's subject in an interview ("Q: Will the President go? - He will."): the
        state of the one who answers, known by their office or a closing line on them (a briefing's spokesperson,
        of no state of their own, leaves the title to the briefing's framing state)."""
        if title.tag_ not in ("NN", "NNP") or title.dep_ not in ("nsubj", "nsubjpass") or title.lemma_.lower() not in _STATE_TITLES \
                or any(c.dep_ in ("poss", "prep", "amod", "compound") and c.pos_ != "PROPN" and c.lower_ != "foreign"
                       for c in title.children):
            return None  # (not "the acting president", "the president of X": whose, the phrase tells)
        text = doc_text(title.doc)
        at = answer_at(title) or _labelled_answer(title)
        if at is None and not _line_label(text, title.idx):
            return None  # (not a report's "Minister X is expected to ..., the ministry said": no interview)
        owner = self.speaker_at(title.idx)
        if owner is None and at is not None:
            owner = self.speaker_at(at) or self._label_person(text, at)  # the question's: the answerer's
        if owner is None:
            return None
        if owner.startswith("state:"):
            return owner
        states = {m.role_of for m in self.actors.by_key(owner) if (m.role_of or "").startswith("state:")}
        return states.pop() if len(states) == 1 else self._described_state(owner, doc_text(title.doc))

    def _interviewee(self, tok) -> str | None:
        """The one an interviewer's question line addresses as "you": the speaker of the answer below it (a person)."""
        at = question_turn_answer(tok)
        if at is None:
            return None
        text = doc_text(tok.doc)
        first = _BLANK.match(text, at).end()  # the answer's first word
        labelled = at > 0 and text[at - 1] == ":"
        who = self.speaker_at(first) or self._label_person(text, first) or self._closing_person(text) \
            or (None if labelled else self._introduced(text))
        if who is None or who.startswith(SOURCE_PREFIX) or not any(m.type == "person" for m in self.actors.by_key(who)):
            return None
        return who

    def _introduced(self, text: str) -> str | None:
        """A printed interview's plain question lines: the last person its introduction names when it tells of the
        talk ("X spoke to us in Dakar on Monday") and two question paragraphs or more follow, each answered; read
        once per document."""
        if getattr(self, "_introduction", False) is False:
            self._introduction = self._introduced_once(text)
        return self._introduction

    def _introduced_once(self, text: str) -> str | None:
        paras = [(m.start(), m.group().rstrip()) for m in _PARAS.finditer(text)]
        asking = [i for i, (_, p) in enumerate(paras) if p.endswith("?")]
        if len(asking) < 2 or any(i + 1 >= len(paras) or paras[i + 1][1].endswith("?") for i in asking):
            return None
        header_end = paras[asking[0]][0]
        if not INTERVIEW_TOLD.search(text, 0, header_end):
            return None
        people = [m for m in self.actors.in_span(0, header_end) if m.type == "person" and m.kind in ("name", "surname")]
        return people[-1].key if people else None

    def _closing_person(self, text: str) -> str | None:
        """"X is Uganda's minister of foreign affairs." as an interview's last line: the one its "A:" lines are."""
        body = text.rstrip()
        start = body.rfind("\n") + 1
        if len(body) - start > _BIO_REACH:
            return None
        first = next((m for m in self.actors.in_span(start, len(body)) if m.type == "person"), None)
        return first.key if first is not None and first.start == start and text.startswith(" is ", first.end) else None

    def _label_person(self, text: str, at: int) -> str | None:
        """The person a capitals label before a position names by surname ("SHARIPOV: He will."), for an answer too
        short to be a statement of its own."""
        label = _line_label(text, at)
        if not label:
            return None
        person = surname_mention(self.actors, label.split()[-1])
        return person.key if person is not None else None

    def answerer_side(self, tok, unlabelled: bool = False) -> str | None:
        """The state (or body) an interviewee's labelled answer speaks for with "we" or "our": the one the answering
        person serves, by their office or the interview's headline or introduction ("Iraq's foreign minister"); None
        outside an answer, for a label that matches no one, or for an interviewer's turn."""
        text = doc_text(tok.doc)
        label = _line_label(text, tok.idx)
        if unlabelled and not label and (who := self.speaker_at(tok.idx)) is not None and who == self._introduced(text):
            label = "A"  # a printed interview's unlabelled (or dash-led) answer: the introduction's interviewee's
        if not label or label.strip(".").split()[-1] in ASKERS:
            return None
        who = (self._closing_person(text) or self._introduced(text)) if label == "A" else self._label_person(text, tok.idx)
        if who is None or who.startswith(SOURCE_PREFIX):
            return None
        states = {m.role_of for m in self.actors.by_key(who) if (m.role_of or "").startswith(("state:", "org:"))}
        if len(states) == 1:
            return states.pop()
        return self.header_office(text) or self._described_state(who, text)

    def header_office(self, text: str) -> str | None:
        """The one state or body an interview's header gives an office of ("Iraq's foreign minister", "the Kenyan
        president", "the AU Commission chairperson"), before its first question; read once per document."""
        if self._header_side is False:
            asked = _FIRST_ASK.search(text)
            end = asked.start() if asked is not None else 0
            found = {m.key for m in self.actors.in_span(0, end) if m.type in ("state", "organization")
                     and m.kind != "capital" and not m.key.startswith(SOURCE_PREFIX) and _OFFICE_AFTER.match(text, m.end)}
            self._header_side = found.pop() if len(found) == 1 else None
        return self._header_side

    def _described_state(self, key: str, text: str) -> str | None:
        """The one state a closing line on a person names ("X is Uganda's minister of foreign affairs"): whom an
        interviewee serves when no phrase of the text titles them."""
        for m in self.actors.by_key(key):
            if m.type == "person" and text.startswith(" is ", m.end):
                end = text.find("\n", m.end)
                found = {a.key for a in self.actors.in_span(m.end, min(end if end > 0 else len(text), m.end + _BIO_REACH))
                         if a.type == "state"}
                if len(found) == 1:
                    return found.pop()
        return None

    def our_state(self, our) -> str | None:
        """The state "our" speaks for: the speaker's (a state, or the one an office-holder serves), else the state of
        the capital the text's dateline or heading names (a ministry's briefing, a state outlet's report)."""
        if (side := self.answerer_side(our)) is not None and side.startswith("state:"):
            return side  # "AL-RASHIDI: ... our technical committees": the interviewee's state, whoever a clause reports
            # (a spokesperson's ministry is no state: "our country" is then the briefing's, below)
        speaker = self.speaker_at(our.idx)
        if speaker is None and (speaker := self._byline_author(our) or self._signer(our)) is None:
            speaker = self._heading_body(our.doc)
        if speaker is not None and speaker.startswith("state:"):
            return speaker
        states = {m.role_of for m in self.actors.by_key(speaker) if (m.role_of or "").startswith("state:")} \
            if speaker is not None else set()
        if len(states) == 1:
            return states.pop()
        return self._home_state(our.doc) if not states else None

    def _home_state(self, doc) -> str | None:
        """The state of the capital a text opens on (its dateline, or its heading's one state or capital), read once
        per document."""
        if self._home is False:
            text = doc_text(doc)
            end = max(text.find("\n\n", 0, _HEADING_REACH), 0)
            city = dateline_place(text, dayless=True)
            at = text.find(city.upper() if city.upper() in text else city) if city else -1
            if at >= 0 and (entry := gazetteer().capital(city)) is not None:
                capitals = {entry.key: (at, city)}
            else:
                capitals = {e.key: (ent.start_char, ent.text) for ent in entities(doc) if ent.label_ == "GPE"
                            and (ent.end_char <= end or ent.start_char == 0 and text[ent.end_char:][:1] in ",-")
                            and (e := gazetteer().capital(ent.text)) is not None}  # ("Havana, September 9. ...")
                capitals.update({m.key: (m.start, m.text) for m in self.actors.in_span(0, end) if m.type == "state"})
            self._home = next(iter(capitals)) if len(capitals) == 1 else None
            if self._home is not None and not self.actors.by_key(self._home):  # "Briefing ..., Tehran": Iran
                (at, city), state = capitals[self._home], gazetteer().entry(self._home)
                self.actors.add(ActorMention(at, at + len(city), city, self._home, state.name, "state", "capital"))
        return self._home

    def served_states(self, keys: list[str]) -> list[str]:
        """Each actor as the state it holds office for (itself when none), once each ("their ministers": the states)."""
        return list(dict.fromkeys(next((m.role_of for m in self.actors.by_key(k) if m.role_of), k) for k in keys))

    def _their_sides(self, tok) -> list[str]:
        """"ahead of a summit between their prime ministers", "A met B, while their ministers signed": the states of
        the two sides "their" stands for (or of the two just named)."""
        theirs = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        if theirs is None or tok.tag_ != "NNS":
            return []
        keys = self._one_np(theirs)
        keys = keys if len(keys) >= 2 else self._recent_pair(theirs)
        keys = _sides_only(self.served_states(keys))
        return keys if len(keys) >= 2 else []  # (their people: no side of unknown state)

    def sent_sides(self, tok) -> list[str]:
        """"(the leaders asked) their foreign ministers (to meet)": the states of the two "their" stands for; one of
        them placed by no title serves the text's home state ("WASHINGTON - The President spoke with Y of Z")."""
        if (keys := self._their_sides(tok)) or not (theirs := next((c for c in tok.children if c.dep_ == "poss"), None)):
            return keys
        keys = self._one_np(theirs)
        keys = self.served_states(keys if len(keys) >= 2 else self._recent_pair(theirs))
        unplaced = [k for k in keys if k.startswith("person:")]
        if len(keys) == 2 and len(unplaced) == 1 and (home := self._home_state(tok.doc)) is not None \
                and home not in keys:
            keys = [home if k in unplaced else k for k in keys]
        return keys if len(keys) == 2 and all(k.startswith("state:") for k in keys) else []

    def _holders_listed(self, tok) -> list[str]:
        """"The foreign ministers of A, X, and of B, Y": a plural office's holders named in apposition, one per state."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return []
        people = [m.key for c in tok.subtree if c.dep_ in ("appos", "conj") and c.i > tok.i and c.pos_ == "PROPN"
                  and (c.head == tok or c.head.head.lower_ == "of" and c.head.head.head == tok)  # (the parse may
                  for m in [self._as_person(self.actors.at(c.idx, c.idx + len(c)))] if m is not None]  # (the
        # parse may hang a name on its state: "of Rwanda, X, and of Y, Z"; the tagger may take a name for a body)
        return list(dict.fromkeys(people)) if len(set(people)) >= 2 else []

    def _bare_plural_pair(self, tok) -> list[str]:
        """"The leaders / presidents / ministers" opening a sentence that plans or answers ("X met Y. The leaders
        agreed / decided that ..."): the plural subject of the sentence before, else the two sides just named."""
        if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or [c.lower_ for c in tok.children] != ["the"] \
                or tok.i != sentence_start(tok.doc, tok.i) + 1 or tok.i < 2 \
                or tok.head.lemma_.lower() not in lx.AGREE | _DECIDE_VERBS:
            return []
        return self._subject_before(tok) or self._recent_pair(tok, titled_only=True) or self._recent_pair(tok)

    def _agreed_delegates(self, tok) -> list[str]:
        """"The two agreed (that) their foreign ministers / officials would meet": people no modifier places, the
        subject of a plan an agreement of two or more sides frames, are those sides' people: the sides' states."""
        verb = tok.head
        agency = tok.lower_ in lx.AGENCY_HEADS  # "their coast guards", "the two customs services": the sides' own
        counted = ("the", "two", "both", "countries", "nations", "sides") if agency else ("the",)
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
                or verb.head.lemma_.lower() not in lx.AGREE | _DECIDE_VERBS \
                or not (tok.lemma_.lower() in lx.GROUP_NOUNS or tok.lemma_.lower() in PERSON_TITLES or agency) \
                or any(c.dep_ == "poss" and c.lower_ != "their" and c.lower_ not in counted
                       or c.dep_ in ("det", "nummod", "prep", "appos") and c.lower_ not in counted
                       for c in tok.children) or self._modifier_keys(tok):
            return []  # (not "Kenyan officials", "officials of X", "two ministers": people the words place)
        agreed = verb.head
        while agreed.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in agreed.children):
            agreed = agreed.head  # "X and Y met ... and agreed that ...": the first verb's subject
        subj = next((c for c in agreed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        keys = self.served_states(self.np_keys(subj)) if subj is not None and subj.i != tok.i else []
        unplaced = [k for k in keys if k.startswith("person:")]
        if len(keys) >= 2 and len(unplaced) == 1 and (home := self._home_state(tok.doc)) is not None \
                and home not in keys:
            keys = [home if k in unplaced else k for k in keys]  # "PORT MORESBY - ... the Prime Minister and X's
            # president agreed": the one whose state goes unnamed serves the text's home state
        return keys if len(keys) >= 2 and all(k.startswith("state:") for k in keys) else []  # (no side of unknown state)

    def _named_parent(self, body) -> ActorMention | None:
        """The international organisation a council of its members belongs to ("the OIC Council of Foreign
        Ministers", "the Council of Foreign Ministers of the Commonwealth of X"), added when the tagger missed it."""
        if body.dep_ == "pobj" and body.head.lower_ == "of":  # "the Council of Foreign Ministers" met: "Ministers"
            found = members_owner(body, self._described_body) or members_owner(body.head.head, self._described_body)
        else:
            found = members_owner(body, self._described_body)
        if found is None:
            return None
        start, end, entry = found
        mention = self.actors.at(start, end)
        if mention is not None and mention.key == entry.key:
            return mention
        if mention is not None and mention.type == "organization" and mention.start <= start and end <= mention.end:
            whole = ActorMention(mention.start, mention.end, mention.text, entry.key, entry.name, "organization",
                                 "name")
            self.actors.swap(mention, whole)  # "the OIC Council of Foreign Ministers" tagged whole: the OIC
            return whole
        mention = ActorMention(start, end, doc_text(body.doc)[start:end], entry.key, entry.name, "organization", "name")
        self.actors.add(mention)
        return mention

    def _body_by_head(self, tok) -> list[str]:
        """"Council members" after "the Peace and Security Council": the latest body named before whose name ends
        in the capitalised word."""
        if not tok.text[:1].isupper():
            return []
        word = tok.lower_
        return next(([m.key] for m in self.actors.before(tok.idx) if m.type == "organization"
                     and any(len(n.split()) > 1 and name_head(n) == word for n in (m.name, m.text))), [])

    def _described_body(self, owner) -> tuple[int, int, object] | None:
        """A known organisation a description stands for ("the bloc" after "ECOWAS"), as members_owner gives it."""
        mention = self.actors.at(owner.idx, owner.idx + len(owner))
        entry = gazetteer().entry(mention.key) if mention is not None else None
        return (mention.start, mention.end, entry) if entry is not None and entry.type == "organization" else None

    def _seat_of_government(self, tok) -> ActorMention | None:
        """A capital named as the one who acts ("an offer by Canberra"): a mention of its state, noted."""
        first = min([tok] + [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], key=lambda t: t.i)
        name = tok.doc[first.i: tok.i + 1].text
        entry = gazetteer().capital(name)
        if entry is None:
            return None
        mention = ActorMention(first.idx, tok.idx + len(tok), name, entry.key, entry.name, "state", "capital")
        self.actors.add(mention)
        return mention

    def _leader(self, tok) -> list[str]:
        """The one "led by X" / "headed by X" names on a group: X stands for the group."""
        return [k for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                for k in self.np_keys(o)][:1]

    def _joint_pair(self, tok, start: int | None = None) -> list[str]:
        """The two sides a standing joint body names by a dash pair before it ("the EU-Morocco Association Council",
        "the Ethiopia-Kenya Joint Ministerial Commission"), its name starting at ``start`` when the parser split it:
        its meetings are theirs."""
        if tok.lemma_.lower() not in _PAIRED_BODIES or tok.i == 0:
            return []
        start = tok.left_edge.i if start is None else start
        if tok.dep_ == "appos" and start >= 2 and tok.doc[start - 1].text in NAME_DASHES:
            start = tok.head.left_edge.i  # "the Chile–[Peru Joint Commission]": the first side parsed as its head
        words = tok.doc[min(start, _dash_start(tok)): tok.i]
        if sector_body(tok.doc[words.start:tok.i + 1].text):
            return []  # "the Uganda-Kenya Business Council": traders of the two, no meeting of theirs
        if not any(t.text in NAME_DASHES for t in words):
            between = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"  # "the Commission for X
                       for o in c.children if o.dep_ == "pobj" for k in self.np_keys(o)]  # between A and B": A and B
            if len(between) >= 2:
                return between
            return self._named_before(tok) if tok.lemma_.lower() in lx.JOINT_BODIES else []
        found = self.actors.in_span(words.start_char, words.end_char, partial=True)
        keys = list(dict.fromkeys(m.key for m in found if m.type in ("state", "organization") and m.end <= tok.idx
                                  and not (m.type == "organization" and _member_named(m.name))))  # (its sides are)
        if len(keys) < 2:  # the tagger read "Vietnam-Laos Intergovernmental Committee" (or "Ukraine Association
            # Council" after "EU-", "Laos Intergovernmental Committee" after an en dash) as one name: look the sides up
            dash = next(t for t in words if t.text in NAME_DASHES)
            entries = [_side_entry(tok.doc[max(words.start, dash.i - 3):dash.i], last=True),
                       _side_entry(tok.doc[dash.i + 1:min(words.end, dash.i + 4)], last=False)]
            if all(e is not None and e[1].type in ("state", "organization") for e in entries):
                for t, e in entries:
                    if not any(m.key == e.key for m in found):
                        self.actors.add(ActorMention(t.start_char, t.end_char, t.text, e.key, e.name, e.type, "name"))
                keys = list(dict.fromkeys(e.key for _, e in entries))
        return keys if len(keys) == 2 else []

    def member_sides(self, doc, mention) -> list[str]:
        """The states or bodies a body or meeting the tagger named as one stands for when its name is theirs joined by
        dashes ("the Korea-Viet Nam Strategic Dialogue", "the Jordanian-Egyptian Higher Joint Committee", "the
        Greece-Cyprus-Egypt Summit"): its sides take part, not the name (not a business council of the two)."""
        if mention.type != "organization" or not _member_named(mention.name) or sector_body(mention.name) \
                or (span := doc.char_span(mention.start, mention.end, alignment_mode="expand")) is None:
            return []
        dashes = [t.i for t in span if t.text in NAME_DASHES]
        parts = [(doc[max(span.start, dashes[0] - 3):dashes[0]], True)] \
            + [(doc[a + 1:b], False) for a, b in zip(dashes, dashes[1:])] \
            + [(doc[dashes[-1] + 1:min(span.end, dashes[-1] + 4)], False)]
        entries = [_side_entry(words, last) if len(words) else None for words, last in parts]
        if any(e is None or e[1].type not in ("state", "organization") for e in entries) \
                or len({e.key for _, e in entries}) != len(entries):
            return []
        for words, entry in entries:
            if not any(m.key == entry.key for m in self.actors.in_span(words.start_char, words.end_char, partial=True)):
                self.actors.add(ActorMention(words.start_char, words.end_char, words.text, entry.key, entry.name,
                                             entry.type, "name"))
        return [e.key for _, e in entries]

    def standing_sides(self, doc, mention) -> list[str]:
        """The two states a standing joint body named only by what it is stands for ("the two countries' Joint
        Permanent Commission", "their ministers would convene the General Border Committee", "the Joint Border
        Commission" after the two states' story): its sittings are theirs, not the name's."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.type != "organization" or gazetteer().entry(mention.key) is not None \
                or not _joint_body(span.root) or _member_named(mention.name) or sector_body(mention.name):
            return []
        body = span.root
        owner = next((c for c in body.children if c.dep_ == "poss"), None)
        subj = next((c for c in body.head.children if c.dep_ == "nsubj"), None) if body.dep_ == "dobj" else None
        for words in (owner, subj if subj is not None and subj.tag_ == "NNS"
                      and any(c.dep_ == "poss" and c.lower_ == "their" for c in subj.children) else None):
            keys = self.served_states(self.np_keys(words)) if words is not None else []
            if len(keys) == 2:
                return keys  # "the two countries' X", "their defence ministers would convene X"
        return self._recent_states(body)

    def _subject_body_pair(self, tok) -> list[str]:
        """The two sides of a dash-named joint body that is (or stands in apposition to) the subject before "its"."""
        subj = next((c for c in reversed(tok.doc[sentence_start(tok.doc, tok.i):tok.i])
                     if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subj is None:
            return []
        return next((pair for b in (subj, *(c for c in subj.children if c.dep_ == "appos"))
                     if (pair := self._joint_pair(b))), [])

    def _recent_states(self, tok) -> list[str]:
        """The two states named most often (or served by people named), the later first on a tie, in the 300 words
        before a joint body that names none of its own (not an observer named once)."""
        since = tok.doc[max(0, tok.i - 300)].idx
        served = {m.key: m.role_of for m in self.actors if m.type == "person" and (m.role_of or "").startswith("state:")}
        named = [m.key if m.type == "state" else served[m.key] for m in self.actors.before(tok.idx)
                 if m.start >= since and m.kind not in ("capital", "pronoun") and (m.type == "state" or m.key in served)]
        counts = Counter(named)
        keys = sorted(dict.fromkeys(named), key=lambda k: -counts[k])  # stable: the later first among equals
        return keys[:2] if len(keys) >= 2 and (len(keys) == 2 or counts[keys[1]] > counts[keys[2]]) else []

    def _named_before(self, tok) -> list[str]:
        """"the Association Council" after "the EU-Morocco Association Council", "the Commission" after "the A–B
        Intergovernmental Commission": the pair its full name gave."""
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        bare = not parts and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)  # "the Commission"
        if not (parts or bare) or not tok.text[:1].isupper():
            return []
        name = tok.doc[parts[0].i: tok.i + 1].text if parts else tok.text
        words = r"(?: [A-Z][\w-]*){0,4}" if bare else ""  # "the X–Y Intergovernmental Commission" told back
        doc = tok.doc
        for m in re.finditer(rf"\b(\S+)[{_DASH_CLASS}](\S+){words} {re.escape(name)}\b", doc_text(doc)[:tok.idx]):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span[-1].lemma_.lower() in lx.JOINT_BODIES:
                return self._joint_pair(span[-1])
        return []

    def _groups_of(self, tok) -> list[str]:
        """"the leaders of Sudan's warring factions": the group a group noun speaks for."""
        return [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                and not any(_members_of_phrase(m) == [c] for m in tok.conjuncts)  # not "A and members of B"
                for o in c.children if o.dep_ == "pobj" and o.i > tok.i and o.pos_ == "NOUN"
                for k in self._generic(o)]

    def _regions_heads(self, tok) -> list[str]:
        """"the five Central Asian heads of state", "West African heads of state and government": the leaders of a
        region's states, one side named for the region."""
        offices = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.lower_ in _OFFICE_OF]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        if not offices or not mods or any(self.actors.at(c.idx, c.idx + len(c)) for c in mods):
            return []
        first = min(c.left_edge.i for c in mods)
        region = _region_of_group(" ".join(t.text for t in tok.doc[first:tok.i]) + " leaders")
        if region is None:
            return []
        end = offices[0].idx + len(offices[0])
        name = " ".join(doc_text(tok.doc)[tok.doc[first].idx:end].split())
        key = GROUP_PREFIX + slug(name)
        self.actors.add(ActorMention(tok.doc[first].idx, end, name, key, name, "organization", "description"),
                        alias=region)
        return [key]

    def _members_of(self, tok) -> list[str]:
        """The body or states of "heads of state (and government) of X", whatever the tagger made of the office."""
        offices = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.lower_ in _OFFICE_OF]
        return [k for o in offices for k in self._modifier_keys(o, nested=False)]

    def _generic(self, tok) -> list[str]:
        """A body the text names by what it is ("Venezuela's opposition", "rebel groups", "European powers",
        "talks with the government"): the state for a government or army, else an actor of its own."""
        lemma = tok.lemma_.lower()
        if tok.lower_ in _NEIGHBOURS and tok.pos_ == "NOUN":
            return self._neighbours(tok)
        kids = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i]
        stray = [c for c in tok.head.children if tok.dep_ == "poss" and c.dep_ in ("amod", "compound")
                 and c.i < tok.left_edge.i and c.text[:1].isupper()]  # "the Nordic prime ministers' summit"
        kids += stray  # with "Nordic" hung on the summit
        shared = [c for c in tok.head.children if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i
                  and c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]  # "the Belarusian opposition
        stray, kids = stray + shared, kids + shared  # leader": the side's modifiers hung on the one it qualifies
        named = any(c.text[:1].isupper() for c in kids)  # "Western powers", "Pacific Island nations"
        if lemma in lx.GROUP_HEADS and tok.pos_ == "NOUN" and not named and (sides := self._groups_of(tok)):
            return sides  # "a coalition of opposition groups": the groups
        if tok.pos_ != "NOUN" and not (shared and tok.pos_ in ("PROPN", "ADJ")) \
                or not (lemma in lx.GENERIC_GROUPS or lemma in lx.STATE_FORCES
                        or (tok.lower_ in lx.COLLECTIVES or lemma in lx.GROUP_HEADS) and named
                        or (lemma in lx.GROUP_HEADS or tok.lower_ in lx.COLLECTIVES)  # "separatist
                        and any(c.lemma_.lower() in lx.GENERIC_GROUPS for c in kids)):  # leaders"
            return []
        if leader := self._leader(tok):
            return leader  # "the de facto government led by X", "rebels headed by X": X stands for them
        mods = self._modifier_keys(tok) + [m.key for c in shared if (m := self.actors.at(c.idx, c.idx + len(c)))]
        states = [k for k in mods if k.startswith("state:")]
        bodies = [k for k in mods if gazetteer().entry(k) is not None and gazetteer().entry(k).type == "organization"]
        if lemma in lx.GROUP_HEADS and bodies and not states:
            return bodies[:1]  # "the BRICS group", "the G20 grouping": the known body itself
        if tok.lower_ in _MEMBER_STATES and not states and (body := self._members_body(tok)):
            return body[:1]  # "the GCC states", "the ASEAN member states": the body whose members they are
        if tok.lower_ in lx.COLLECTIVES and states:
            return []  # "Arab states", "the African countries": the states the modifiers name, or none
        if lemma in lx.GROUP_HEADS and states and not any(c.lemma_.lower() in lx.GENERIC_GROUPS for c in kids):
            return states[:1]  # "Russian forces": the state's own
        if lemma in lx.STATE_FORCES and bodies and not states:
            return bodies[:1]  # "the regional administration of Puntland": the body it governs
        if lemma in lx.STATE_FORCES and not states and (seat := _seat_named(tok)) is not None:
            return [seat]  # "the government in Kabul", "the Taliban administration in Kabul": the state it rules
        if not states and not named:
            sentence = {m.key for m in self.actors.in_span(tok.sent.start_char, tok.sent.end_char)
                        if m.type == "state" and not (m.kind == "capital" and gazetteer().capital(m.text) is None)}
            # "talks with the government": the one state the sentence names (a town visited names none)
            states = sorted(sentence) if len(sentence) == 1 else []
            if not states:
                return []
        if lemma in lx.STATE_FORCES:
            return states[:1]
        words = list(tok.doc[min([tok.left_edge.i, *(c.i for c in stray)]):tok.i + 1])
        cut = max((n + 1 for n, t in enumerate(words) if t.dep_ in ("cc", "punct") and not _paired_modifier(t, tok)),
                  default=0)
        first = next((t for t in words[cut:] if t.dep_ not in ("det", "predet", "nummod")  # "X and ELN rebels"
                      and not (t.dep_ == "poss" and t.pos_ == "PRON")  # ("her Nordic counterparts")
                      and t.lower_ not in _COUNTING_WORDS), tok)  # ("the four other Central Asian states")
        acronyms = [t for t in tok.doc[first.i:tok.i] if t.text.isupper() and t.text.isalnum() and 2 <= len(t) <= 6
                    and t.ent_type_ == "" and self.actors.at(t.idx, t.idx + len(t)) is None]
        if len(acronyms) == 1:  # "the ELN rebels", "M23 fighters": the group's own name, not its description
            a = acronyms[0]
            self.actors.add(ActorMention(a.idx, a.idx + len(a), a.text, f"org:{slug(a.text)}", a.text,
                                         "organization", "acronym"))
            return [f"org:{slug(a.text)}"]
        name = " ".join(doc_text(tok.doc)[first.idx:tok.idx + len(tok)].split())
        own = [t.lower_ for t in tok.doc[first.i:tok.i + 1] if t.dep_ != "case" and not any(
            m.key in states for m in self.actors.in_span(t.idx, t.idx + len(t), partial=True))]
        key = GROUP_PREFIX + slug(" ".join([s.split(":")[-1].lower() for s in states[:1]] + own))
        self.actors.add(ActorMention(first.idx, tok.idx + len(tok), name, key, name, "organization",
                                     "description", role_of=states[0] if states else None), alias=tok.lower_)
        if (region := _region_of_group(name)) is not None:
            self.actors.aliases[key].add(region)  # "Central Asian leaders": the region's states as one side
        elif (proper := _proper_part(name)) is not None and not states:
            self.actors.aliases[key].add(proper)  # "the Estado Mayor Central dissident group": its own name
        return [key]

    def _neighbours(self, tok) -> list[str]:
        """"Sudan's neighbours", "the neighbours of Libya": the states around one, a side of their own named so (not
        the state they surround)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            owner = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                          if o.dep_ == "pobj"), None)
        m = self.actors.at(owner.idx, owner.idx + len(owner)) if owner is not None else None
        if m is None or m.type != "state":
            return []
        first = min(owner.left_edge.i, tok.i) if owner.dep_ == "poss" else tok.i
        last = tok if owner.dep_ == "poss" else owner
        name = " ".join(doc_text(tok.doc)[tok.doc[first].idx:last.idx + len(last)].split())
        name = name[4:] if name.lower().startswith("the ") else name
        key = GROUP_PREFIX + slug(f"{m.key.split(':')[-1].lower()} neighbours")
        self.actors.add(ActorMention(tok.doc[first].idx, last.idx + len(last), name, key, name, "organization",
                                     "description"), alias=f"{m.text}'s neighbours")
        self.actors.aliases[key].add(f"neighbours of {m.text}")
        return [key]

    @staticmethod
    def _unknown_body(mention, tok) -> bool:
        """A lone capitalised word typed as an organisation no reference table knows ("Museveni")."""
        return mention.type == "organization" and mention.kind == "name" and mention.text == tok.text \
            and tok.text[1:].islower() and gazetteer().entry(mention.key) is None

    def _beside_person(self, tok) -> bool:
        """True when a name is listed with a known person ("Tinubu, Mahama", "Petro and Maduro")."""
        near = list(tok.conjuncts) + [c for c in tok.children if c.dep_ == "appos"] + _listed_before(tok)
        near += [tok.head] if tok.dep_ in ("appos", "conj") else []
        if tok.dep_ in ("nsubj", "npadvmod"):  # "Tinubu, Mahama hold talks": two subjects side by side
            near += [c for c in tok.head.children if c.dep_ in ("nsubj", "npadvmod") and c.i != tok.i]
        for other in near:
            m = self.actors.at(other.idx, other.idx + len(other)) or self._by_surname(other)
            if m is not None and m.type == "person":
                return True
            if (m is None or self._unknown_body(m, other)) and leader_mention(other, partner=False) is not None:
                return True  # "Museveni, Ruto ...": listed with a head of government the dictionary knows
        return False

    def _by_surname(self, tok):
        """A proper noun the actor finder missed, matched to a person's surname seen in the document (or the first
        of two surnames, "Pereira" for "Andres Pereira Sosa", when it is nobody's given name)."""
        found = surname_mention(self.actors, tok.text)
        low = tok.text.lower()
        if found is not None or low in given_names():
            return found
        if is_title(tok.text):  # "The Vice President spoke": the office named so before, not "the Deputy Secretary"
            office = " ".join(t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod")) + " " + low
            held = [m for m in self.actors.mentions if m.kind == "unnamed" and m.type == "person"
                    and same_title(m.name, office.strip())]
            return min(held, key=lambda m: (m.start > tok.idx, abs(m.start - tok.idx)), default=None)
        return next((m for m in self.actors.mentions if m.type == "person" and len(words := m.name.split()) >= 3
                     and words[-2].lower() == low), None)

    def span_keys(self, tok) -> list[str]:
        """Actors named anywhere in a phrase, leaving out states that only qualify a person's title."""
        first, last = tok.left_edge, tok.right_edge
        keys: list[str] = []
        for m in self.actors.in_span(first.idx, last.idx + len(last)):
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.type != "person" and span is not None and self._qualifies_person(span.root):
                continue
            if m.key not in keys:
                keys.append(m.key)
        for t in tok.subtree:
            if t.pos_ == "PROPN" and self.actors.at(t.idx, t.idx + len(t)) is None:
                m = self._by_surname(t)
                if m is not None and m.key not in keys:
                    keys.append(m.key)
        return keys

    def _between_keys(self, obj) -> list[str]:
        """Actors of a "between" object: the phrase's own reading first, every name in it otherwise."""
        keys = self.np_keys(obj)
        if len(keys) >= 2 or obj.lemma_.lower() in lx.GROUP_NOUNS:
            return keys
        return keys + [k for k in self.span_keys(obj) if k not in keys]

    def _qualifies_person(self, tok) -> bool:
        """True for "U.S." in "U.S. President Donald Trump": a modifier inside a person's name phrase."""
        for _ in range(3):
            if tok.dep_ not in ("compound", "amod", "nmod") or tok.head == tok:
                return False
            tok = tok.head
            m = self.actors.at(tok.idx, tok.idx + len(tok))
            if m is not None and m.type == "person":
                return True
        return False

    def _side_keys(self, tok) -> list[str]:
        """The side of a conflict or of a country's politics that qualifies a group or office ("opposition leaders",
        "separatist negotiators"): they speak for it, not for the state its other modifiers name."""
        lemma = tok.lemma_.lower()
        if lemma not in lx.GROUP_NOUNS and lemma not in PERSON_TITLES:
            return []  # "the M23 rebel movement", "rebel groups": the head names the group itself
        side = next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                     and c.lemma_.lower() in lx.GENERIC_GROUPS - lx.COLLECTIVES), None)
        return self._generic(side) if side is not None else []

    def _spoken_for(self, tok) -> list[str]:
        """Whom the people of a group's "of"/"from" phrase speak for: their side, a body named by what it is ("of the
        federal government", "of the M23 rebel movement"), or what a group of a group's people names ("of X's
        negotiators")."""
        return self._side_keys(tok) or self._generic(tok) or (
            self._modifier_keys(tok, nested=False) if tok.lemma_.lower() in lx.GROUP_NOUNS else [])

    def proposing(self, noun) -> list[str]:
        """"a Bolivian call for talks", "Kabul's offer of talks": the side a proposal noun's own modifiers name."""
        return self._modifier_keys(noun)

    def _modifier_keys(self, tok, nested: bool = True) -> list[str]:
        """"Russian and Ukrainian negotiators", "the Russian president": actors in the modifiers."""
        keys: list[str] = []
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")]
        preps = ("of", "from") if tok.lemma_.lower() in lx.GROUP_NOUNS else ("of",)  # "his counterpart from X"
        mods += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 and not any(_members_of_phrase(m) == [c] for m in tok.conjuncts)  # not "A and members of B": B's
                 for o in c.children if o.dep_ == "pobj"]
        mods += [o for o in moved_from(tok) if o.dep_ == "pobj"]  # the parser hung "from X" on the verb
        mods += [p for c in mods if c.dep_ == "compound" for p in c.children if p.dep_ == "poss"
                 and any(n.lower_ in lx.PAIR_WORDS for n in p.children)]  # "the two countries' [fisheries] ministers"
        mods += [p for c in mods if c.lower_ in lx.MISSION_MODS for p in c.children
                 if p.dep_ in ("compound", "amod", "poss")]  # "an AU [assessment] team": the body before its task
        if tok.lemma_.lower() in PERSON_TITLES:  # "Commissioner for Enlargement Marta Kos": the holder after the portfolio
            mods += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                     for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                     and (m := self.actors.at(o.idx, o.idx + len(o))) is not None and m.type == "person"]
            if (holder := self._protocol_holder(tok)) is not None:
                return [holder]
        for child in mods:
            for sub in [child] + list(child.conjuncts):
                named = self._named_holder(sub) if child.dep_ == "pobj" else None
                if named is not None:  # "his counterpart from the United Kingdom, Defence Secretary X": X
                    keys.extend([named] if named not in keys else [])
                    continue
                mention = self.actors.at(sub.idx, sub.idx + len(sub))
                if mention is None and sub.dep_ == "amod" and not (sub.i and sub.nbor(-1).text in CONTINENTAL):
                    key = demonym_key(self.actors, sub.text)  # not "Western Australian unions": a region's
                    mention = next((m for m in self.actors.mentions if m.key == key), None) if key else None
                if mention is not None and mention.key not in keys:
                    keys.append(self._title_holder(mention, tok) or mention.key)
                elif mention is None and child.dep_ == "pobj" and (side := self._spoken_for(sub)):
                    keys.extend(k for k in side if k not in keys)  # "a delegation of opposition leaders"
                elif mention is None and (sub.dep_ == "pobj" and sub.head.lower_ in ("from", "of") or sub.dep_ == "poss"
                                          and sub.head != tok) and any(c.lower_ in lx.PAIR_WORDS for c in sub.children):
                    keys.extend(k for k in self._one_np(sub) if k not in keys)  # "officials from the two sides",
                    # "the two countries' fisheries ministers": the sides named before
                elif mention is None and sub.dep_ == "pobj" and sub.head.lower_ in preps and tok.lemma_.lower() \
                        in lx.GROUP_NOUNS and sub.lemma_.lower() in lx.STATE_FORCES:
                    keys.extend(k for k in self._one_np(sub) if k not in keys)  # "delegations from Mali's
                    # government and the rebels": the state the government or army stands for
                elif mention is None and sub.dep_ == "pobj" and nested and tok.lemma_.lower() in _HOLDERS \
                        and (sub.pos_ == "PROPN" or sub.lemma_.lower() in BODIES or sub.lower_ in _OFFICE_OF):
                    # "the chairman of Sudan's Sovereignty Council", "the head of Somalia's electoral commission",
                    # "the heads of state of A, B and C"
                    keys.extend(k for k in self._modifier_keys(sub, nested=False) if k not in keys)
                elif mention is None and sub.dep_ == "pobj" and nested and tok.lemma_.lower() in _HOLDERS \
                        and sub.lower_ in _MEMBER_STATES and (body := self._members_body(sub)):
                    keys.extend(k for k in body if k not in keys)  # "the foreign ministers of the GCC (member)
                    # states": the body whose members they are
                elif mention is None and sub.dep_ in ("nmod", "compound") and nested and sub.i < tok.i \
                        and sub.lemma_.lower() in PERSON_TITLES and tok.pos_ == "PROPN" \
                        and tok.lemma_.lower() not in PERSON_TITLES:
                    # "the US Secretary of Homeland Security" parsed with the portfolio's last word as its head: the
                    # title before it keeps its own state
                    keys.extend(k for k in self._modifier_keys(sub, nested=False) if k not in keys)
                elif mention is None and sub.dep_ == "poss" and nested and sub.lower_ in _MEMBER_STATES \
                        and not any(c.lower_ in lx.PAIR_WORDS or c.dep_ == "nummod" for c in sub.children) \
                        and (group := self._generic(sub)):
                    keys.extend(k for k in group if k not in keys)  # "the Gulf states' foreign ministers", "the
                    # GCC countries' leaders": the group or body they serve
                elif mention is None and sub.dep_ == "poss" and nested and sub.lemma_.lower() in PERSON_TITLES:
                    # "the UN Secretary-General's Special Envoy", "the Kenyan president's envoy": whom the office serves
                    keys.extend(k for k in self._modifier_keys(sub, nested=False) if k not in keys)
                elif mention is None and sub.dep_ == "poss" and sub.lower_ == "its" and nested \
                        and tok.lemma_.lower() in lx.GROUP_NOUNS | PERSON_TITLES:
                    # "Uruguay said its president would not attend": the state or body named before
                    keys.extend(k for k in self._one_np(sub) if k not in keys and not k.startswith("person:"))
        return keys

    def _members_body(self, states) -> list[str]:
        """"the GCC states", "the ASEAN member states", "the EU countries": the body its modifier names, when its
        members are meant (an organisation's, never a lone state's)."""
        mods = [c for c in states.children if c.dep_ in ("compound", "nmod", "amod") and c.i < states.i]
        mods += [g for c in mods if c.lower_ in ("member", "members") for g in c.children
                 if g.dep_ in ("compound", "nmod", "amod")]  # "the ASEAN member states"
        keys = []
        for c in mods:
            m = self.actors.at(c.idx, c.idx + len(c))
            if m is not None and m.type == "organization" and m.key not in keys:
                keys.append(m.key)
        return keys

    def _protocol_holder(self, title) -> str | None:
        """"the Minister for Foreign Affairs of the Republic of Nauru Marcus Deiye", "Chairman of the National Assembly
        X Y": a name closing the title's own chain of "of"/"for" phrases, right after the state or body it serves,
        is the title's holder."""
        node = title
        for _ in range(4):
            node = next((o for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                         for o in c.children if o.dep_ == "pobj"), None)
            if node is None:
                return None
            m = self.actors.at(node.idx, node.idx + len(node))
            doc = title.doc
            closing = node.i == title.right_edge.i or node.i + 1 < len(doc) and doc[node.i + 1].text == ","
            if m is not None and m.type == "person" and closing and node.i - title.i > 3:  # (", who is ...")
                i = next((t.i for t in title.subtree if t.idx == m.start), node.i) - 1
                while i > title.i and is_honorific(doc[i]):  # "... of Cambodia Samdech X Y"
                    i -= 1
                before = self.actors.at(doc[i].idx, doc[i].idx + len(doc[i]))  # the state or body served
                return m.key if before is not None and before.type in ("state", "organization") else None
        return None

    def _named_holder(self, state_tok) -> str | None:
        """The person set beside a state in apposition ("from the United Kingdom, Minister X"): X."""
        for appos in (c for c in state_tok.children if c.dep_ == "appos"):
            m = self.actors.at(appos.idx, appos.idx + len(appos)) or self._by_surname(appos)
            if m is not None and m.type == "person":
                return m.key
        return None

    def _sole_holder(self, mention) -> str | None:
        """The one person named in the text with the office an unnamed speaker's bare title names ("The Prime
        Minister stressed ..." after "Prime Minister X received Y"); none when two hold it or a state qualifies it."""
        title = mention.text.removeprefix("the ").removeprefix("The ")
        if mention.role_of or not title.istitle() or " " not in title and title.lower() in ("minister", "president"):
            return None  # "Kuwaiti Foreign Minister": whose, the parser reads apart; "the Minister": any minister
        held = {m.key for m in self.actors.mentions if m.type == "person" and m.kind == "name"
                for role, _ in self.actors.roles_of(m.key) if head_of(role) != "counterpart"  # whose office, unsaid
                and same_title(role, title) and not other_portfolio(role, title)}
        return held.pop() if len(held) == 1 else None

    def _title_holder(self, mention, head) -> str | None:
        """"The Russian president": the person holding that title for that state, when known."""
        if mention.type != "state" or head.lemma_.lower() not in ("president", "leader", "minister", "premier"):
            return None
        title = " ".join([c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.idx >= mention.end]
                         + [head.lower_])  # "Fiji's prime minister" is not its foreign minister named before
        for m in self.actors.mentions:
            if m.type == "person" and m.role_of == mention.key and m.role \
                    and head.lemma_.lower() in m.role.lower() and same_title(m.role, title) \
                    and not other_portfolio(m.role, title):
                return m.key
        return None

    def _dangling_with(self, prep) -> list[str]:
        """The actor named right after a "with" whose object the parser found elsewhere ("talks with Minister X and
        exchange views": X hung on "views"); title words may come between."""
        doc = prep.doc
        words = doc[prep.i + 1:min(len(doc), prep.i + 6)]
        if not len(words) or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words[:1]):
            return []
        found = [m for m in self.actors.in_span(words.start_char, words.end_char)
                 if m.kind != "pronoun" and m.type in ("person", "state", "organization")]
        if not found:
            return []
        before = [t for t in words if t.idx < found[0].start]
        if not all(t.pos_ in ("DET", "PROPN", "ADJ") or t.tag_ == "PRP$" or is_title(t.text) for t in before):
            return []  # "talks with the aim of ending Russia's war": no one met
        last = next(t for t in reversed(words) if t.idx < found[0].end)
        if last.dep_ in ("compound", "amod") and last.head.head == prep:
            return []  # "in consultation with ASEAN partners": a modifier of the object the parser found
        return [found[0].key]

    def _they(self, tok) -> list[str]:
        """"raised it with X when they met": the clause above's subject and its "with" party."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "relcl", "conj"):
            return []
        above = verb.head
        subj = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        keys = self.np_keys(subj) if subj is not None and subj.i != tok.i else []
        for obj in with_objects(above):
            keys += [k for k in self.np_keys(obj) if k not in keys]
        if len(keys) == 1 and verb.dep_ == "conj":  # "X will receive him, and they will hold talks": X and his guest
            for obj in (c for c in above.children if c.dep_ == "dobj" and c.lower_ in PRONOUN_GENDER):
                keys += [k for k in self.np_keys(obj) if k not in keys]
        return keys if len(keys) >= 2 else []

    def _remarks_pair(self, tok) -> list[str]:
        """"Remarks with X before their meeting": X and the one who makes the remarks (the first other person named)."""
        event = tok.head if tok.dep_ == "poss" else None
        prep = event.head if event is not None and event.dep_ == "pobj" else None
        remarks = prep.head if prep is not None and prep.lower_ in ("before", "after", "ahead", "following") else None
        if remarks is None or remarks.pos_ != "NOUN" or remarks.lemma_.lower() not in OCCASIONS:
            return []
        guests = [k for o in with_objects(remarks) for k in self.np_keys(o)]
        others = [m.key for m in self.actors.mentions if m.type == "person" and m.key not in guests
                  and m.kind not in ("pronoun", "description")]
        return guests[:1] + others[:1] if len(guests) == 1 and others else []

    def _recent_pair(self, tok, titled_only: bool = False) -> list[str]:
        """"The two leaders", "both sides", "the three countries": the last two (three) distinct actors of the right
        kind named before (titled_only: two holding the title the words name, or none); else, in an interview's
        answer, the interviewee's state and the one other state its question and answer name."""
        return self._recent_pair_told(tok, titled_only) or self._answer_pair(tok)

    def _answer_pair(self, tok) -> list[str]:
        """"Q: You spent a day in Dushanbe with your Tajik counterpart. ... Q: What next? A: The two presidents will
        sign in Osh": the state the interviewee speaks for and the one other state named from the question before
        the answer on (its "your Tajik counterpart"); [] for three sides or more, or outside an answer."""
        if not any(c.lower_ in ("two", "both") for c in (tok, *tok.children)):
            return []
        side = self.answerer_side(tok, unlabelled=True)
        if side is None or not side.startswith("state:"):
            return []
        text = doc_text(tok.doc)
        line = text.rfind("\n", 0, tok.idx)
        asked = text.rfind("?", 0, max(line, 0))
        if line < 0 or asked < 0:
            return []
        start = text.rfind("\n", 0, asked) + 1  # the question paragraph's start
        asked = text.rfind("?", 0, start)  # and the one before it, whose answer told the pair's meeting
        start = text.rfind("\n", 0, asked) + 1 if asked > 0 else start
        others = {m.key for m in self.actors.in_span(start, tok.idx) if m.type == "state" and m.key != side
                  and not m.key.startswith(SOURCE_PREFIX)}
        return [side, others.pop()] if len(others) == 1 else []

    def _recent_pair_told(self, tok, titled_only: bool = False) -> list[str]:
        """_recent_pair from the actors named before."""
        want = "state" if tok.lemma_.lower() in lx.STATE_GROUPS else "person"
        kinds = {want, "organization"} if tok.lemma_.lower() in lx.EITHER_SIDE else {want}  # "Israel and Hamas ... both sides"
        since = tok.doc[max(0, tok.i - 150)].idx
        text = doc_text(tok.doc)
        window = tok.doc[max(0, tok.i - 150):tok.i]
        go_betweens = {k for t in window if _go_between(t) for k in self._word_keys(t)}  # ("Omani auspices": by the
        # adjective)
        mediators = {k for t in window if _mediating(t) for k in self._word_keys(t)}  # ("mediated by the Norwegian
        # envoy")
        teller = self.speaker_at(tok.idx)  # "the ministry said the two sides had agreed": the teller is no side
        teller = teller if teller is not None and any(m.type == "organization" for m in self.actors.by_key(teller)) \
            else None
        above = set()  # "X is ready to host a meeting of the two countries' leaders", "X said the two sides would
        for subj in _subjects_above(tok):  # meet": X is neither side (though "X and Y met, the first meeting
            named = {m.key for m in self.actors.in_span(subj.left_edge.idx,  # of the two sides" they are)
                                                       subj.right_edge.idx + len(subj.right_edge))}
            above |= named if len(named) == 1 or any(t.lemma_.lower() in _GO_BETWEENS | {"envoy"} for t in (
                subj, *(c for c in subj.children if c.dep_ in ("appos", "compound")))) else set()
            # ("the Algerian envoy, X, suggested that the two delegations meet": the envoy and the state he serves)
        cands = [m for m in self.actors.before(tok.idx) if m.type in kinds and m.kind != "pronoun"
                 and m.key != teller and m.key not in above and m.key not in mediators
                 and not m.key.startswith(SOURCE_PREFIX)  # "a senior official" is nobody's counterpart
                 and not (m.type == "organization" and _pair_body(m.name))  # "the A-B Joint Committee": its sides
                 and (m.type == want or gazetteer().entry(m.key) is None)  # an armed group, not a mediating IGO
                 and (m.type == want or tok.lemma_.lower() != "delegation" or _between_parties(tok.doc, m))]

        def sides(pool):
            return [m for m in pool if not speaker_label(m.start, m.end, text)  # "MR X:" asks or answers
                    and not (m.key in go_betweens and _told_by_office(tok.doc, m))
                    and not _names_a_thing(tok.doc, m, m.type == "organization")]  # "the Ibar bridge", "met in
            # Singapore": no side (the costlier tests, on the mentions asked about only)
        recent = sides([m for m in cands if m.start >= since])
        earlier = sides(cands) if not recent else []
        if not recent and len({m.key for m in earlier}) == 2:  # a communique's "the two Heads of Government"
            recent = earlier  # paragraphs after the only two it named
        title = _capital_plural(tok) or tok.lemma_.lower()  # "the two ministers": people holding that title first
        if title == "head" and any(o.lower_ in ("state", "government") for c in tok.children
                                   if c.dep_ == "prep" and c.lower_ == "of" for o in c.children):
            title = "leader"  # "the two heads of state": leaders

        def titled(pool):
            found = [m.key for m in pool if any(_holds(role, title) for role, _ in self.actors.roles_of(m.key))]
            if found and title != "leader":  # "X met his counterpart Y ... the two ministers": a counterpart holds
                found += [m.key for m in pool  # the office X holds
                          if any(role == "counterpart" for role, _ in self.actors.roles_of(m.key))]
            return found
        n = _SIDE_COUNTS.get(tok.lower_) or next((_SIDE_COUNTS[c.lower_] for c in tok.children
                                                  if c.lower_ in _SIDE_COUNTS), 2)  # "the three", "the three leaders"
        holders = titled(recent)
        if holders and not titled_only and title in _RANKED_OFFICES | {"leader"} \
                and (mixed := self._mixed_pair(list(dict.fromkeys(holders)), [
                    *(m.key for m in recent if m.type == "person"), *sorted(above)], title, n)):
            return mixed  # "President X received the foreign minister of Y ... the two presidents": X and Y's state
        others = list(dict.fromkeys(k for k in [*(m.key for m in recent if m.type == "person"), *sorted(above)]
                                    if k.startswith("person:") and self._holds_other(k, tok))) \
            if title in _RANKED_OFFICES and not holders else []
        others = [] if all(map(self._body_official, others)) else others  # (a body's envoy serves no state)
        if others:  # "Presidents X and Y met ... The two foreign ministers will meet" (or "our ministers", in X's
            # words): not the presidents but the states they serve (one whose state goes unnamed serves the text's
            # home state, else stands for it)
            states = [next((of for _, of in self.actors.roles_of(k) if of and of.startswith("state:")), None)
                      for k in others]
            home = self._home_state(tok.doc) if None in states else None
            served = list(dict.fromkeys(of or (home if home and home not in states else k)
                                        for k, of in zip(others, states)))
            if home and len(others) == n and states.count(None) == n and len(served) < n:
                # "the Guatemalan president ... President Y": the page's state and the other one told
                named = list(dict.fromkeys(m.key for m in self.actors.before(tok.idx) if m.start >= since
                                           and m.type == "state" and m.kind != "capital" and m.key != home))
                served = [home, *named] if len(named) == n - 1 else served
            return served if len(served) == n and len(others) == n else []
        if titled_only:  # those holding the title, else the only ones named of late
            keys = list(dict.fromkeys(holders or [m.key for m in recent if m.type == want]))
            return keys if len(keys) == n else []
        for pool in (holders, [m.key for m in recent]):  # descriptions count: "the minister met X, where the two"
            keys = list(dict.fromkeys(pool))[:n]
            if len(keys) == n:
                return keys
            if pool and len(keys) < n and title == "leader":  # the two leaders named at the top of a long story
                keys = list(dict.fromkeys(reversed(titled(sides(cands)))))[:n]
                if len(keys) == n:
                    return keys[::-1]
        if n != 2:  # "the foreign ministers of A, B and C ..., where the three signed": the states, when just n
            states = list(dict.fromkeys(m.key for m in self.actors.before(tok.idx) if m.start >= since
                                        and m.type == "state" and m.kind != "capital")) if want == "person" else []
            return states if len(states) == n else []
        keys = []
        for prev in reversed(window):
            if prev.pos_ != "PROPN":
                continue
            m = self.actors.at(prev.idx, prev.idx + len(prev)) or self._by_surname(prev)
            if m is not None and m.type == want and m.key not in keys and m.key not in mediators \
                    and not speaker_label(m.start, m.end, text) and not _go_between(prev) \
                    and not (_teller_owner(prev) and m.key in go_betweens):
                # ("under Omani auspices, Oman's foreign ministry said": the go-between telling the news)
                keys.append(m.key)
                if len(keys) == 2:
                    return keys
        if want == "person" and len(keys) < 2:  # "Fiji's prime minister hosted his Tongan counterpart ... the two
            states = list(dict.fromkeys(m.key for m in self.actors.before(tok.idx)  # men": office-holders stand for
                                        if m.start >= since and m.type == "state"))  # states
            if len(states) > 2 and len(outside := [k for k in states if k not in above]) == 2:
                states = outside  # "X offered to host the two ministers": X is no side (though "X suggested that
                # the two presidents meet" X is, the two states named)
            if len(states) == 1 and len(keys) == 1 and (title in PERSON_TITLES or title == "leader") \
                    and not any(m.role_of for m in self.actors.by_key(keys[0])):
                return keys + states  # "X will visit Baku at the invitation of his Azerbaijani counterpart, where the
                # two presidents will hold talks": X, serving no state named, and the other
                # state's office-holder
            if len(states) != 2:
                return []
            if not keys or len(keys) == 1 and title in PERSON_TITLES | {"leader"} and self._body_official(keys[0]):
                return states  # "AU envoy X offered to host talks between the two presidents" after "A and B": the
                # one named serves a body, no state, and the two leaders are those of the two states told
            own = next((m.role_of for m in self.actors.by_key(keys[0]) if m.role_of and m.kind == "name"), None)
            if own in states:  # "Samoa's PM X invited New Zealand's prime minister ... the two leaders": X and the
                return [keys[0]] + [k for k in states if k != own]  # other state's office-holder
        if want == "state" and len(keys) == 1:  # "PM X spoke with the Prime Minister of Finland, Y ... the two
            people = list(dict.fromkeys(m.key for m in self.actors.before(tok.idx)  # governments": the one whose
                                        if m.start >= since and m.type == "person"  # state goes unnamed stands for it
                                        and not m.key.startswith(SOURCE_PREFIX)))
            own = [k for k in people if any(m.role_of == keys[0] for m in self.actors.by_key(k))]
            if len(people) == 2 and len(own) == 1:
                other = [k for k in people if k not in own]
                home = self._home_state(tok.doc) if tok.lemma_.lower() in _COUNTRY_WORDS else None  # "the two
                # countries' commission": the text's home state, when its leader is the one left unplaced ("the two
                # sides signed" keeps the leader, the side that acted)
                served = {m.role_of for m in self.actors.by_key(other[0]) if m.role_of}
                return keys + ([home] if home is not None and home != keys[0] and not served else other)
        if want == "state" and tok.lemma_.lower() in lx.EITHER_SIDE:
            return self._unplaced_pair(tok, since, {teller, *mediators}, keys)
        return []

    def _word_keys(self, t) -> list[str]:
        """A go-between may be told by its name or only by its adjective ("Omani auspices"): the actor at the word
        and the state its demonym names."""
        return [k for k in (getattr(self.actors.at(t.idx, t.idx + len(t)), "key", None),
                            getattr(gazetteer().demonym(t.text), "key", None)) if k]

    def _body_official(self, key: str) -> bool:
        """Whether the text has a person serve a body and no state (a go-between, not one of two states' leaders)."""
        served = [m.role_of for m in self.actors.by_key(key) if m.role_of]
        return bool(served) and all(s.startswith("org:") for s in served)

    def _unplaced_pair(self, tok, since: int, tellers: set[str | None], states: list[str]) -> list[str]:
        """"President X held talks with Prime Minister Y. The two sides signed ...": when the states of the two
        people just named go untold, the two sides are those two people (who serve no state named before)."""
        text = doc_text(tok.doc)
        people = list(dict.fromkeys(m.key for m in self.actors.before(tok.idx)
                                    if m.start >= since and m.type == "person" and m.kind != "pronoun"
                                    and m.key not in tellers and not m.key.startswith(SOURCE_PREFIX)
                                    and not speaker_label(m.start, m.end, text)))
        if len(people) != 2:
            return []
        served = {m.role_of for k in people for m in self.actors.by_key(k) if m.role_of}
        return people if not served & set(states) and not any(s and s.startswith("state:") for s in served) else []

    def _mixed_pair(self, holders: list[str], people: list[str], title: str, n: int) -> list[str]:
        """"President X received Y's foreign minister ... the two presidents will meet": the holders of the title
        named, and for the sides only an envoy of another office stood for, the state that envoy serves."""
        if len(holders) >= n:
            return []
        def state_of(key):
            return next((of for _, of in self.actors.roles_of(key) if of and of.startswith("state:")), None)
        own = {state_of(k) for k in holders} | set(holders)
        envoys = [k for k in dict.fromkeys(people) if k.startswith("person:") and k not in holders
                  and (roles := [r for r, _ in self.actors.roles_of(k) if r])
                  and not any("counterpart" in r.lower() or _holds(r, title) for r in roles)]
        states = [s for s in dict.fromkeys(state_of(k) for k in envoys) if s is not None and s not in own]
        return holders + states if envoys and len(holders) + len(states) == n \
            and all(state_of(k) is not None for k in envoys) else []

    def _holds_other(self, key: str, tok) -> bool:
        """Whether every office the text gives a person is another than the one a plural title names ("the two
        foreign ministers" are no presidents nor prime ministers; "the two prime ministers" are)."""
        title, prime = tok.lemma_.lower(), any(c.lower_ in _OTHER_OFFICE for c in tok.children)
        roles = [role for role, _ in self.actors.roles_of(key) if role]
        for role in roles:
            words = role.lower().replace("-", " ").split()
            if "counterpart" in words or (any(w.startswith(title) for w in words) if prime else _holds(role, title)):
                return False
        return bool(roles)

    def _counterpart_in_capital(self, tok) -> list[str]:
        """"his counterpart in Kampala", "met his counterpart in Kampala": the office-holder of the state whose
        capital the phrase names (on the word, or on the verb it is the object of)."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head
        holders = [tok] + ([verb] if tok.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" else [])
        obj = next((o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                    for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        entry = gazetteer().capital(entity_text(obj) or obj.text) if obj is not None else None
        if entry is None:
            return []
        if not self.actors.by_key(entry.key):
            self.actors.add(ActorMention(tok.idx, tok.idx + len(tok), tok.text, entry.key, entry.name, "state",
                                         "description"))
        return [entry.key]

    def _visitor_before(self, tok) -> list[str]:
        """"the visiting minister", "the visiting delegation", "his guest": who the nearest trip told in this or the
        last few sentences takes there (the subject of "arrived", "travelled", "visited", or the "by" of "a visit by
        X"), quotes and remarks between them."""
        for cand in reversed(_from_sentence_before(tok, VISITOR_REACH)):
            verb = cand.head
            if cand.pos_ != "PRON" and (cand.dep_ == "nsubj" and verb.lemma_.lower() in _TRIP_VERBS
                                        or cand.dep_ == "nsubj" and _sends_group(verb)
                                        or cand.dep_ == "pobj" and verb.lower_ == "by"
                                        and verb.head.lemma_.lower() in ("visit", "trip")
                                        or _guest_received(cand) or self._met_abroad(cand)) \
                    and (keys := self.np_keys(cand)):
                return keys[:1]
        return []

    def _met_abroad(self, subj) -> bool:
        """"X met (held talks with) her Japanese counterpart in Tokyo": a subject of a state named for them meeting in
        another state's capital is a visitor there."""
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.lemma_.lower() not in ("meet", "hold"):
            return False
        place = next((o for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "in"
                      and next(a for a in c.ancestors if a.pos_ in ("VERB", "AUX")) == verb  # "talks with X in Cairo"
                      for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        host = gazetteer().capital(entity_text(place) or place.text) if place is not None else None
        own = {m.role_of for k in self.np_keys(subj) for m in self.actors.by_key(k) if m.role_of}
        return host is not None and bool(own) and host.key not in own

    def _visited_before(self, tok) -> list[str]:
        """"his host", "her counterpart": the state the nearest trip told in this or the sentence before goes to
        ("landed in Vilnius", "flew to Reykjavik", "visited Peru"), not the traveller's own; none when a body is named
        on the way (a trip to a body's meeting: the counterpart may be anyone's)."""
        doc, words = tok.doc, _from_sentence_before(tok)
        for cand in reversed(words):
            verb = cand.head.head if cand.dep_ == "pobj" else cand.head
            trip = cand.dep_ == "pobj" and cand.head.lower_ in ("to", "in", "for") \
                and verb.lemma_.lower() in _TRIP_VERBS  # "landed in Vilnius", "flew to Reykjavik"
            if cand.pos_ != "PROPN" or cand.conjuncts or not (  # one place visited, not "Chile and Peru"
                    trip or cand.dep_ == "dobj" and verb.lemma_.lower() == "visit"):
                continue
            if any(m.type == "organization" and not m.key.startswith(SOURCE_PREFIX)
                   for m in self.actors.in_span(doc[words.start].idx, tok.idx)):
                return []
            host = self.host_of_place(entity_text(cand) or cand.text, cand.sent)
            own = {k for s in verb.children if s.dep_ == "nsubj" for k in self.np_keys(s)}
            own |= {m.role_of for k in own for m in self.actors.by_key(k) if m.role_of}
            return [host] if host is not None and host not in own else []
        return []

    def _style_bearer(self, tok) -> str | None:
        """The person (or the state a ruler's title names) the same style was last written before: "His Highness
        Sheikh X, President of the UAE, received ... His Highness later called Y" is X."""
        text, style, pos = doc_text(tok.doc), tok.text, tok.idx
        for _ in range(8):  # the nearest few earlier uses of the style
            pos = text.rfind(style, 0, pos)
            if pos < 0:
                return None
            near = [m for m in self.actors.in_span(pos + len(style), pos + len(style) + 60)
                    if m.type in ("person", "state") and _STYLE_GAP.fullmatch(text, pos + len(style), m.start)]
            if near:  # "His Highness [the Amir] Sheikh X": only titles and styles between; not "His Highness
                return min(near, key=lambda m: m.start).key  # welcomed the Lebanese President", a bare use
        return None

    def _pronoun(self, tok) -> str | None:
        """A pronoun: the speaker inside their own words, else the actors' own link."""
        if tok.lower_ in ("their", "its", "they", "them"):
            keys = self._clause_subject(tok)
            return keys[0] if len(keys) == 1 else None
        if (owner := self._clause_owner(tok)) is not None:
            return owner  # "X said the Italian prime minister had called off his visit": the minister's, not X's
        if (asked := asked_about(tok)) is not None and len(keys := self._one_np(asked)) == 1:
            return keys[0]  # "Q: Have you spoken to the Mexican president? A: I called her on Friday": the president
        if (office := self._earlier_office(tok, frozenset(), back=0)) is not None:
            return office  # "X flew to Y, and Y's president received him, an adviser said": X, not the adviser
        speaker = self.speaker_at(tok.idx)
        labelled = self._labelled(tok.doc)
        quoted = speaker is not None and tok.lower_ in PRONOUN_GENDER and self.quoted_at(tok.idx)
        if (quoted or speaker in labelled or speaker is not None and self._line_speaker(tok) == speaker) \
                and tok.lower_ not in ("i", "me", "my"):
            speaker = None  # "MS X: The minister will travel on Sunday, and he will meet Y", "X said: 'He will ...'":
            # he is not X
        if speaker is not None and tok.dep_ in ("dobj", "pobj") and tok.lower_ in PRONOUN_GENDER and any(
                c.dep_ == "nsubj" and PRONOUN_GENDER.get(c.lower_, PRONOUN_GENDER[tok.lower_]) != PRONOUN_GENDER[tok.lower_]
                for c in clause_verb(tok).children):
            speaker = None  # "X says she hosted him in May": she is the speaker, so he is not
        if speaker is not None and (tok.lower_ in ("i", "me", "my") or tok.lower_ in PRONOUN_GENDER
                                    and self._named_person(speaker, PRONOUN_GENDER[tok.lower_])):
            return speaker  # "X said he would meet Y"; not "he ..., the presidential office said"
        if speaker is None and tok.lower_ in ("i", "me", "my"):
            return self._byline_author(tok) or self._signer(tok)  # "Today I spoke with X" in a minister's own
            # media release, named in its heading or signed below
        if speaker is None and tok.lower_ in ("we", "us", "our"):
            return self._heading_body(tok.doc)  # "We agreed to convene ..." in a body's communique
        if tok.lower_ == "you" and (at := answer_at(tok)) is not None:
            return self.speaker_at(at) or self._label_person(doc_text(tok.doc), at)  # "Q: Will you attend the
            # summit? A: No.": the one who answers (named by a surname label, for an answer too short to be a statement)
        if tok.lower_ in ("you", "your") and speaker is None and not _reported(tok) \
                and (asked := self._interviewee(tok)) is not None:
            return asked  # "Q: You met X in Ankara on Friday. Was it warm?": the one who answers
        if tok.lower_ not in PRONOUN_GENDER:
            return None
        mention = self.actors.at(tok.idx, tok.idx + len(tok))
        if mention is not None and mention.type == "person":
            return mention.key
        if (main := self._main_subject(tok)) is not None:
            return main
        if (teller := self._teller(tok)) is not None:
            return teller
        if (same := self._conjoined_subject(tok)) is not None:
            return same
        if (topic := self._previous_topic(tok)) is not None:
            return topic
        if (main := self._main_subject(tok)) is not None:
            return main
        subj = next((c for c in clause_verb(tok).children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                     or c.dep_ == "nsubj" and c.lower_ == "who" and c.head.dep_ == "relcl"), None) \
            if tok.dep_ in ("dobj", "pobj") else None  # "President X will receive him / hold talks with him": not X
        if subj is not None and subj.lower_ == "who":
            subj = subj.head.head  # "talks with X, who hosted him in Bali last year": not X
        taken = frozenset(self.np_keys(subj)) | {m.key for m in self.actors.before(tok.idx, "person")
                                                 if m.key.startswith(SOURCE_PREFIX)} if subj is not None else frozenset()
        taken |= labelled | {k for k in [self._line_speaker(tok), quoted and self.speaker_at(tok.idx)] if k}
        # who speaks in a transcript or a quotation is no "he" of the words spoken
        found = self.actors.resolve_pronoun(tok.idx, PRONOUN_GENDER[tok.lower_], taken)  # nor "a spokesperson"
        return found.key if found is not None else self._earlier_office(tok, taken)

    def _earlier_office(self, tok, taken: frozenset[str], back: int = 1) -> str | None:
        """"Somalia's president flew to Nairobi, and the Kenyan president received him", "a visit by X's minister
        ... refused to receive him": an object pronoun continues the nearest earlier subject or "by" agent when an
        office alone names it, in its own sentence or up to ``back`` sentences before, not its own clause's subject;
        a person named as that subject is left to the pronoun's usual reading."""
        if tok.dep_ not in ("dobj", "pobj") or tok.lower_ not in ("him", "her"):
            return None
        doc, clause = tok.doc, clause_verb(tok)
        first = sentence_start(doc, tok.i)
        for _ in range(back):
            first = sentence_start(doc, first - 1) if first else 0
        for cand in reversed(doc[first:tok.i]):
            if cand.pos_ == "PRON" or not (cand.dep_ in ("nsubj", "nsubjpass") and cand.head != clause
                                           or cand.dep_ == "pobj" and cand.head.lower_ == "by"):
                continue
            if (key := self._office_holder(cand)) is not None:
                return key if key not in taken else None
            if cand.pos_ == "PROPN" or cand.ent_type_ == "PERSON":
                return None
        return None

    def _live_members(self, tok) -> str | None:
        """"Leaders agree to ...", "the heads of state have adopted ...", "Ministers have signed ..." in a live blog's
        entry: with no word placing them, the members of the one body whose gathering the blog's heading follows
        ("LIVE: SADC extraordinary summit, Lusaka")."""
        if tok.tag_ != "NNS" or tok.lower_ not in _LIVE_MEMBERS or tok.dep_ not in ("nsubj", "nsubjpass") \
                or not all(c.dep_ == "det" and c.lower_ == "the"
                           or c.dep_ in ("nummod", "punct") and (CLOCK.fullmatch(c.text) or c.text in NAME_DASHES)
                           or c.dep_ == "prep" and c.lower_ == "of" and all(  # (an entry's time stamp, its dash)
                               o.lower_ in ("state", "government") for o in c.children if o.dep_ in ("pobj", "conj"))
                           for c in tok.children) or not in_live_entry(tok.doc, tok.idx):
            return None
        if self._live_body is False:
            bodies = {m.key for m in self.actors.mentions if m.type == "organization" and m.kind in ("name", "acronym")
                      and in_live_heading(tok.doc, m.start)}
            others = [m for m in self.actors.mentions if m.type == "state" and m.kind != "capital"
                      and in_live_heading(tok.doc, m.start)]  # (not "LIVE: Kenya-EAC summit": two sides)
            self._live_body = bodies.pop() if len(bodies) == 1 and not others else None
        return self._live_body

    def _heading_body(self, doc) -> str | None:
        """The one body a page's heading names ("JOINT COMMUNIQUE OF THE 59TH ASEAN FOREIGN MINISTERS' MEETING"): the
        "we" of a communique or chair's statement told in no one's quoted words."""
        text = doc_text(doc)
        end = text.find("\n\n", 0, _HEADING_REACH)
        if end < 0:
            return None
        bodies = {m.key for m in self.actors.in_span(0, end) if m.type == "organization"}
        states = [m for m in self.actors.in_span(0, end) if m.type in ("state", "person") and m.kind != "capital"]
        return bodies.pop() if len(bodies) == 1 and not states else None

    def _line_speaker(self, tok) -> str | None:
        """The person whose name opens the line a word is on, before a colon ("Lin Jian: ..."), if any."""
        text = doc_text(tok.doc)
        start = text.rfind("\n", 0, tok.idx) + 1
        colon = text.find(":", start, tok.idx)
        found = self.actors.in_span(start, colon) if colon > start and colon - start <= 40 else []
        return found[0].key if len(found) == 1 and found[0].type == "person" and found[0].start == start else None

    def _labelled(self, doc) -> frozenset[str]:
        """People a transcript names only in its speaker labels ("MR X:"), found once per document."""
        if getattr(self, "_labels", None) is None:
            text = doc_text(doc)
            self._labels = frozenset(m.key for m in self.actors.mentions if m.type == "person"
                                     and all(speaker_label(n.start, n.end, text) for n in self.actors.by_key(m.key)))
        return self._labels

    def _clause_owner(self, tok) -> str | None:
        """"his"/"her" inside a reported clause whose own subject is one person or office-holder named before it
        ("X said the Hungarian foreign minister cancelled his trip"): that subject, not the one reporting it."""
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss":
            return None
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None) \
            if verb.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS") or tok in subj.subtree \
                or subj.conjuncts or not (subj.lemma_.lower() in PERSON_TITLES or subj.ent_type_ == "PERSON"):
            return None
        between = tok.doc[subj.i + 1:tok.i]
        if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_TITLES and t.dep_ != "compound" for t in between):
            return None  # "X welcomed President Y on his first visit": another person between, his may be Y's
        keys = self._one_np(subj)
        if len(keys) != 1:
            return None
        known = self.actors.genders.get(keys[0])
        return None if known and known != PRONOUN_GENDER[tok.lower_] else keys[0]

    def _byline_author(self, tok) -> str | None:
        """The one person a release's heading names ("Media release - The Hon X MP, Minister for Y"): the "I" of
        its body; None when the heading names nobody or several."""
        text = doc_text(tok.doc)
        end = 0
        for _ in range(_BYLINE_LINES):  # the heading: the first lines, above the pronoun's own line
            nxt = text.find("\n", end + 1)
            if nxt < 0 or nxt > tok.idx:
                break
            end = nxt
        found = self.actors.in_span(0, end)
        people = {m.key for m in found if m.type == "person"}
        if not people:  # "The Hon X Y MP" the tagger took for a body: the styled name of a member
            people = {p.key for m in found if m.type == "organization" and (p := self._styled_member(m)) is not None}
        if not people and not found:  # "Senator the Hon X Y" on a line of its own, which no step took for anyone
            people = {p.key for line in _LINES.finditer(text, 0, end) if (p := self._styled_line(line)) is not None}
        if not people and found:  # "SENATOR THE HON JANE X" in capitals, of which the tagger took a part for a body
            people = {p.key for line in _LINES.finditer(text, 0, end)
                      if (p := self._capital_styled_line(line, found)) is not None}
        if not people and end > 0 and (author := self._author_line(text)) is not None:
            return author  # "The author is Romania's foreign minister": an op-ed whose byline names no office
        return people.pop() if len(people) == 1 and end > 0 else None

    def _asked_pair(self, tok) -> list[str]:
        """An answer's "they" after a question on two people ("Has the President spoken to the Japanese prime
        minister? - They talked last night"): the two."""
        keys = list(dict.fromkeys(k for head in asked_pair(tok) for k in self._one_np(head)))
        return keys if len(keys) == 2 else []

    def _we_pair(self, tok) -> list[str]:
        """"we" in a speaker's words after "X and I" as a subject in the same speaker's words a few sentences before
        (an interview's answer before the next question): the speaker and X."""
        speaker = self.speaker_at(tok.idx) or self._label_person(doc_text(tok.doc), tok.idx)  # (an answer whose
        # label no statement took: "THÉRÈSE X KALONJI:", the tagger's body, beside "KALONJI:" below)
        if speaker is None or speaker.startswith(SOURCE_PREFIX):
            return []  # an unnamed source's "we" is no side
        first = sentence_start(tok.doc, tok.i)
        for _ in range(_WE_REACH):
            first = sentence_start(tok.doc, first - 1) if first else 0
        for me in (t for t in reversed(tok.doc[first:tok.i]) if t.lower_ == "i"):
            if me.dep_ == "conj" and me.head.dep_ in ("nsubj", "nsubjpass") and self.speaker_at(me.idx) == speaker:
                other = [k for k in self._one_np(me.head) if k != speaker]
                return [speaker, *other[:1]] if other else []
            if me.dep_ == "nsubj" and me.head.lemma_.lower() in _WE_CONTACTS and self.speaker_at(me.idx) == speaker:
                parties = [o for c in me.head.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                           for o in c.children if o.dep_ == "pobj"] + [c for c in me.head.children if c.dep_ == "dobj"]
                other = [k for o in parties for k in self._one_np(o) if k != speaker]
                return [speaker, other[0]] if len(other) == 1 else []  # "I spoke to X this morning. We will meet"
        contact = tok.head.lemma_.lower() in _WE_CONTACTS or any(  # "We had planned / agreed to meet in X"
            c.dep_ == "xcomp" and c.lemma_.lower() in _WE_CONTACTS for c in tok.head.children)
        asked = asked_one(tok) if tok.dep_ == "nsubj" and contact else None
        other = [k for k in self._one_np(asked) if k != speaker] if asked is not None else []
        return [speaker, other[0]] if len(other) == 1 else []  # "Q: Have you spoken to X? A: We spoke on Friday"

    def _our_side_facing(self, tok) -> str | None:
        """A speaker's "we" as the subject of a clause that names the other side as its object ("We met the
        Ethiopians", "we hosted them"): the speaker, who acts for their side (no unnamed source's "we")."""
        if tok.dep_ != "nsubj" or not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")
                                          for c in tok.head.children):
            return None
        speaker = self.speaker_at(tok.idx)
        if speaker is not None and not speaker.startswith(SOURCE_PREFIX) and (side := self.answerer_side(tok)):
            return side  # "AL-RASHIDI: We have proposed a meeting with X": the interviewee's state
        return speaker if speaker is not None and not speaker.startswith(SOURCE_PREFIX) else None

    def _signer(self, tok) -> str | None:
        """The one person who signs the text below a pronoun, alone on a line over an office ("Jane Roe" over
        "Minister for Foreign Affairs"): a release's "I"; read once per document."""
        if getattr(self, "_signed", None) is None:
            text = doc_text(tok.doc)
            self._signed = [m for m in self.actors.mentions if m.type == "person" and _signs(text, m)]
        signers = {m.key for m in self._signed if m.start > tok.idx}
        return signers.pop() if len(signers) == 1 else None

    def _author_line(self, text: str) -> str | None:
        """An op-ed's line on its author ("The writer is Chile's foreign minister"), read once per document: the one
        person it names, else the one state whose office it gives; none for a former office-holder or no office."""
        if getattr(self, "_author", False) is False:
            m = _AUTHOR_IS.search(text)
            line = m.group(1).lower() if m is not None else ""
            found = self.actors.in_span(m.start(1), m.end(1)) if m is not None else []
            people = {a.key for a in found if a.type == "person"}
            states = {a.key for a in found if a.type == "state"}
            office = any(w in AUTHOR_OFFICES for w in re.findall(r"[a-z-]+", line)) and "former" not in line
            self._author = (people or states).pop() if office and len(people or states) == 1 else None
        return self._author

    def _styled_line(self, line: re.Match) -> ActorMention | None:
        """A heading line that is a member's styled name ("Senator the Hon X Y", "The Hon X Y MP"): that person."""
        m = _STYLED_MEMBER.search(text := line.group().rstrip(" ,"))
        person = _styled_person(_STYLED_MEMBER.fullmatch(text, m.start()), line.start()) if m else None  # to the end
        if person is not None:
            self.actors.add(person)
        return person

    def _titled_holder(self, tok, body: ActorMention) -> ActorMention | None:
        """The one person named at the end of a body's phrase that goes on in titles ("OSCE Chairperson-in-Office and
        Minister for Foreign Affairs of Malta X", "OSCE Chairperson-in-Office X"): their holder, whom the parser hung
        inside the body's phrase; none when anything but title words stands between."""
        doc, edge = tok.doc, tok.right_edge
        after = next((t for t in doc[tok.i + 1:edge.i + 1] if t.idx >= body.end), None)
        if after is None or not after.text[:1].isupper() or after.lemma_.lower() not in PERSON_TITLES:
            return None
        end = edge.idx + len(edge)
        people = [m for m in self.actors.in_span(body.end, end) if m.type == "person"]
        if len(people) != 1 or people[0].end != end:
            return None
        words = [t for t in doc[after.i:edge.i + 1] if t.idx < people[0].start]
        if not all(t.lower_ in _TITLE_LINKS or t.text in ("-", "\u2013") or t.text[:1].isupper() for t in words):
            return None
        return people[0]

    def _capital_styled_line(self, line: re.Match, found: list[ActorMention]) -> ActorMention | None:
        """A heading line in capitals that is a member's styled name ("SENATOR THE HON JANE X", "THE HON JANE X MP"),
        where the tagger took only bodies: that person, in place of the bodies inside the name."""
        text = line.group().rstrip(" ,")
        if not text.isupper() or (m := _STYLED_MEMBER.search(text)) is None:
            return None
        person = _styled_person(_STYLED_MEMBER.fullmatch(text, m.start()), line.start())
        inside = [b for b in found if person is not None and b.start >= person.start and b.end <= person.end]
        if person is None or any(b.type != "organization" for b in inside) or any(
                b.start < person.end and b.end > person.start and b not in inside for b in found):
            return None
        name = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), person.name)  # "Jane O'Neill-Roe"
        person = ActorMention(person.start, person.end, person.text, f"person:{slug(name)}", name, "person", "name")
        if inside:
            self.actors.swap(inside[0], person)
        else:
            self.actors.add(person)
        return person

    def _styled_member(self, body: ActorMention) -> ActorMention | None:
        """"The Hon Fiona X MP" tagged as a body: the person, by the style and a given name that opens the name."""
        person = _styled_person(_STYLED_MEMBER.fullmatch(body.text), body.start)
        if person is not None:
            self.actors.swap(body, person)
        return person

    def _named_person(self, key: str, gender: str | None) -> bool:
        """A person named by name or surname (not an office or desk), of no other gender than the pronoun's."""
        if not any(m.type == "person" and m.kind in ("name", "surname") for m in self.actors.by_key(key)):
            return False
        known = self.actors.genders.get(key)
        return not (known and gender and known != gender)

    def _conjoined_subject(self, tok) -> str | None:
        """"In Tokyo he will meet X, and in Seoul he will hold talks with Y": the subject pronoun of a conjoined
        clause continues the subject of the clause it is joined to, not the last person named (X)."""
        verb = tok.head
        joined = verb.head if verb.dep_ == "conj" else next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i and any(
                p.dep_ == "punct" and p.text == ";" and c.i < p.i < tok.i for p in verb.children)), None)
        # ("X met Y on Tuesday; he is also due to call on Z": the parser may hang the clause before the semicolon
        # on the one after as its complement)
        if tok.dep_ not in ("nsubj", "nsubjpass") or joined is None or joined.i >= tok.i:
            return None
        subj = next((c for c in joined.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ != tok.lower_:
            return None
        if subj.pos_ == "PRON":
            return self._pronoun(subj)
        people = [k for k in self._one_np(subj) if any(m.type == "person" for m in self.actors.by_key(k))]
        return self._pronoun_person(tok, subj, people) if people else None

    def _previous_topic(self, tok) -> str | None:
        """"Li held talks with Luxon ... He will meet Albanese": a pronoun opening a sentence as its subject
        continues the person the sentence before was about (its main subject), not the last one named."""
        sent = tok.sent
        if tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0 or tok.i != sent.start and any(
                m.type == "person" for m in self.actors.in_span(sent.start_char, tok.idx)):
            return None  # "The meeting came a day after he spoke with X": no one named before it in its sentence
        before = tok.doc[sent.start - 1].sent
        root = next((t for t in reversed(before) if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), before.root)
        told = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None) \
            if is_speech_verb(root) else None  # "X will leave for Y, the ministry said. He ...": X, not the ministry
        subj = next((c for c in (told or root).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ == tok.lower_:
            return self._previous_topic(subj)  # "X is in Y. He met Z today. Tomorrow he will meet W": still X
        if subj is None or subj.pos_ == "PRON":
            return None
        people = []
        for keys in (self._one_np(subj), self.span_keys(subj)):  # "Prime Minister and Foreign Minister X": X
            people = people or [k for k in keys if any(m.type == "person" and m.name.split()[-1].lower() not in BODIES
                                                       for m in self.actors.by_key(k))]
        return self._pronoun_person(tok, subj, people)

    def _pronoun_person(self, tok, subj, people: list[str]) -> str | None:
        """The one person of the subject a pronoun continues, when the gender fits; else the office it names."""
        if not people:
            return self._office_holder(subj)
        gender = self.actors.genders.get(people[0]) if len(people) == 1 else None
        if len(people) != 1 or gender and gender != PRONOUN_GENDER[tok.lower_]:
            return None
        return people[0]

    def _someone(self, tok, keys: list[str]) -> bool:
        """A person or one office-holder ("President X", "Zambia's president"), not a state's officials."""
        return is_title(tok.text) or any(m.type == "person" for k in keys for m in self.actors.by_key(k))

    def _office_holder(self, subj) -> str | None:
        """"The UN Secretary-General spoke with X. Tomorrow he will meet Y": a subject named by an office alone
        (no person known) continues as the state or body that office stands for."""
        if not is_title(subj.text) or head_of(subj.text) == "spokesman":
            return None
        keys = self._one_np(subj)
        return keys[0] if len(keys) == 1 else None

    def _main_subject(self, tok) -> str | None:
        """"X met Y before flying to Rome, where he will meet Z": the subject of a clause hung inside the sentence
        continues its main subject, not the last person named."""
        clause = tok.head
        if tok.dep_ == "poss" and clause.dep_ == "dobj" and clause.head.tag_ == "VBG" \
                and clause.head.dep_ in ("pcomp", "advcl") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.head.children):
            clause = clause.head  # "X will travel to Y before wrapping up her tour in Z": X's tour
        elif tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("relcl", "advcl") or clause == tok.sent.root:
            return None
        root = tok.sent.root
        told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if told is not None and is_speech_verb(root) and tok.i < root.i:
            root = told  # "X held talks with Y, whom he hosted in May, the agency reported": the reported clause's X
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or subj.i > tok.i:
            return None
        people = [k for k in self._one_np(subj) if any(m.type == "person" for m in self.actors.by_key(k))]
        return self._pronoun_person(tok, subj, people)

    def _teller(self, tok) -> str | None:
        """"Guyana's president has sent word that he will not attend", "the Kenyan minister told reporters she would
        travel": the subject of a told clause is the one office-holder who tells it (no other person between)."""
        if tok.dep_ != "nsubj" or tok.lower_ not in PRONOUN_GENDER or tok.lower_ in FIRST_PERSON:
            return None
        clause = tok.head
        verb = clause.head if clause.dep_ == "ccomp" else clause.head.head if clause.dep_ == "acl" \
            and clause.head.dep_ == "dobj" and clause.head.lower_ in _TOLD_NOUNS else None
        if verb is None or verb.pos_ != "VERB" or not (is_speech_verb(verb) or verb.lemma_.lower() in ("send", "tell")):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS") or subj.conjuncts \
                or not (subj.lemma_.lower() in PERSON_TITLES or subj.ent_type_ == "PERSON"):
            return None
        if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_TITLES for t in tok.doc[subj.i + 1:tok.i]):
            return None  # "X told President Y that he ...": he may be Y
        keys = self._one_np(subj)
        if len(keys) != 1:
            return None
        known = self.actors.genders.get(keys[0])
        return None if known and known != PRONOUN_GENDER[tok.lower_] else keys[0]

    def _clause_subject(self, tok) -> list[str]:
        """"Their"/"its": the actors of the nearest earlier subject in the same sentence."""
        for cand in reversed(tok.doc[sentence_start(tok.doc, tok.i):tok.i]):
            if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ != "PRON":
                keys = self.np_keys(cand)
                if keys:
                    return keys
        return []

    def _subject_before(self, tok) -> list[str]:
        """"The ministers of A, B and C met in X. They will meet again in Y", "GCC ministers met in X. The ministers
        later received Y": a sentence-opening "they" or bare "the <people>" continues the plural subject of the
        sentence before, when it names two or more sides (or, for "the <people>" of the same word, one body)."""
        start = tok.left_edge.i
        if tok.dep_ not in ("nsubj", "nsubjpass") or start != sentence_start(tok.doc, tok.i) or start == 0:
            return []
        bare = tok.lower_ != "they"
        theirs = bare and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)  # "Their presidents"
        if bare and (tok.tag_ != "NNS" or any(
                (c.dep_ not in ("det", "poss") or c.lower_ not in ("the", "their"))
                and not (c.dep_ in ("amod", "compound") and c.i < tok.i and not c.n_lefts + c.n_rights  # "Their foreign
                         and self.actors.at(c.idx, c.idx + len(c)) is None)  # ministers", not "the Kenyan ministers"
                for c in tok.children)):
            return []
        before = tok.doc[start - 1].sent
        subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
                     and t.head.dep_ not in ("relcl", "advcl", "acl")  # not "..., where the two sides signed"
                     and not any(c.lower_ in lx.PAIR_WORDS for c in t.children)
                     and (t.tag_ == "NNS" or t.conjuncts or any(c.dep_ == "appos" for c in t.children))), None)
        if subj is None \
                or bare and not theirs and subj.lemma_.lower() != tok.lemma_.lower():
            return []
        keys = self.np_keys(subj)
        if theirs:  # "X's president and Y's president ... Their foreign ministers met": the states they lead
            keys = self.served_states(keys)
        if bare and not theirs and len(keys) == 1 and keys[0].startswith(("org:", GROUP_PREFIX)):
            return keys  # "the ministers" of the body whose ministers met
        return keys if len(keys) >= 2 else []

    def _later_subject(self, tok) -> list[str]:
        """"Following their meeting, X and Y issued a statement": the subject of the clause the phrase opens."""
        verb = tok.head
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i
                     and not c.left_edge.i <= tok.i <= c.right_edge.i), None) \
            if verb.pos_ in ("VERB", "AUX") else None  # (not the phrase "their" opens: "their ministers should sit")
        keys = self.np_keys(subj) if subj is not None and subj.pos_ != "PRON" else []
        return keys if len(keys) >= 2 else []

    def _is_place(self, tok) -> bool:
        """A capital used as a place ("in Moscow", "the Moscow talks") rather than a government."""
        return tok.dep_ in ("pobj", "compound") and (tok.dep_ == "compound" or tok.head.lower_ in ("in", "at", "to"))

    # -- roles around a trigger ---------------------------------------------------------------------
    def around(self, trigger, gov) -> Roles:
        """Participants from "between", compounds, "with", possessives, "of", then the governing subject."""
        roles = Roles()
        kids = list(trigger.children)  # read once: each walk of Token.children builds its Tokens anew
        self._named_parent(trigger)  # a council of a body's members named as the meeting: the body's name first
        self._place_and_helpers(trigger, roles)
        if gov is not None and gov != trigger:
            self._place_and_helpers(gov, roles)
        between: list[str] = []
        for holder in _between_holders(trigger):
            between = between or [k for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ == "between"
                                  for o in c.children if o.dep_ == "pobj" for k in self._between_keys(o)]
        if between:
            roles.add(between)
            return roles
        for mod in (c for c in kids if c.dep_ == "amod" and c.lemma_.lower() in MEDIATE_VERBS):
            # "EU-mediated talks", "UN-sponsored peace talks": the body named in the modifier mediates
            first = mod.left_edge
            roles.mediators.extend(m.key for m in self.actors.in_span(first.idx, mod.idx, partial=True)
                                   if m.key not in roles.mediators)
        for frame in (o for c in kids if c.dep_ == "prep" and c.lower_ in ("under", "through", "via")
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "mediation"):
            roles.mediators.extend(k for k in self._modifier_keys(frame) if k not in roles.mediators)
        if trigger.lemma_.lower() != "ceremony":  # "the APEC Haus signing ceremony": a venue before it, not a side
            roles.add(self._compound_keys(trigger))
        if trigger.lemma_.lower() in lx.SIGN_VERBS | lx.EXCHANGE_VERBS:
            # "ministers signed six deals in the presence of the two leaders", "memoranda were exchanged in the
            # presence of the two prime ministers"
            roles.add([k for c in kids if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj" and p.lower_ == "presence"
                       for of in p.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"
                       for k in self.np_keys(o)])
        if trigger.pos_ == "NOUN":  # "a summit bringing together A, B and C", "talks that involved X", "a meeting
            # attended by Y": the clause's object (or a passive's agent) is gathered by the event the noun names
            clauses = [c for c in kids if c.dep_ in ("acl", "relcl")]
            if trigger.dep_ == "nsubjpass" and trigger.head.pos_ == "VERB":
                clauses.append(trigger.head)  # "The meeting was attended by X, Y and Z": the sentence after names them
            roles.add([k for v in clauses if v.lemma_.lower() in lx.GATHERING_CLAUSE_VERBS
                       for k in [*(k for o in _gathered(v) for k in self.np_keys(o)), *self._attendees(v)]])
        topics = [o for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "about", "over")
                  for o in c.children if o.dep_ == "pobj"] if trigger.pos_ == "NOUN" else []
        roles.add([k for n in (trigger, *topics) for c in n.children if c.dep_ == "acl"
                   and c.lemma_.lower() in _PROPOSER_VERBS
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                   for k in self.np_keys(o)])  # "the talks (on X) proposed by Beijing": who proposes them takes part
        children = list(kids)
        children += [o for c in children if c.lower_ == "visiting" and c.dep_ in ("advcl", "xcomp")
                     for o in c.children if o.dep_ == "dobj"]  # "met visiting President X"
        children += [g for c in children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on")
                     for o in c.children if c.lower_ != "on" or o.lower_ in lx.REMOTE_WORDS  # "on the phone with X"
                     for g in o.children if g.dep_ == "prep" and g.lower_ == "with"]
        if trigger.pos_ == "VERB":  # "will sign a treaty with X": the parser hung the partner on the thing signed
            children += [p for d in kids if d.dep_ == "dobj" and d.pos_ == "NOUN" and not self.np_keys(d)
                         for p in d.children if p.dep_ == "prep" and p.lower_ == "with"]
            if trigger.lemma_.lower() in lx.SIGN_VERBS:  # "signed a memorandum of understanding (on trade) with X":
                children += _deep_with(kids)  # the parser hung the partner on a word of the thing's name or topic
            if trigger.lemma_.lower() in lx.SIGN_VERBS:  # "entered into a pact with X"
                children += [p for c in kids if c.dep_ == "prep" and c.lower_ == "into" for d in c.children
                             if d.dep_ == "pobj" for p in d.children if p.dep_ == "prep" and p.lower_ == "with"]
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "signing":  # "the signing of the accord with X"
            children += _deep_with([c for c in kids if c.dep_ == "prep" and c.lower_ == "of"], deps=("pobj",))
        children += _with_on_lapse(trigger)
        children += _with_past_sidelines(trigger)
        if _sidelines_backdrop(trigger):  # "met on the sidelines of the summit with X": X is met, not at the summit
            children = [c for c in children if not (c.dep_ == "prep" and c.lower_ == "with")]
        if trigger.lower_ in lx.CO_LEAD_FORMS:  # "will co-chair the Joint Commission along with X": X co-chairs
            children += _along_with(trigger)
            children += [c for o in kids if o.dep_ == "dobj" and o.pos_ == "PROPN"
                         and o.lemma_.lower() in lx.GATHERING_NAMES
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "with"]  # "co-chair the A-B
            # Ministerial Forum with X": the "with" hung on the forum's name
        venues = kids + ([c for c in trigger.head.children if c.i > trigger.i]
                         if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else [])
        children += [g for c in venues if c.dep_ == "prep" and c.lower_ == "at" for o in c.children if o.dep_ == "pobj"
                     and o.lemma_.lower() not in lx.TRIGGER_NOUNS
                     for p in (o, *(i for n in o.children if n.dep_ == "prep" and n.lower_ == "in" for i in n.children))
                     for g in p.children if g.dep_ == "prep" and g.lower_ == "with"]
        # "met here at Headquarters with X", "at its headquarters in Y with X": the parser hung the partner on the place
        # (for "held talks at the palace with X", the place hangs on the verb that holds the talks)
        if trigger.lemma_.lower() in ("spend", "be"):  # "spent Thursday in Denpasar with X", "were in Iasi with X"
            children += withs_on_place(trigger)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lx.CALL_SUPPORT:
            children += [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("from", "with", "on")]
        if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN":
            children += [c for c in trigger.head.children if c.dep_ == "poss" or c.lower_ == "from"]
        if trigger.lemma_.lower() in ("visit", "trip"):  # "visit X to discuss Y with Z": Z receives the visit
            for obj in (o for c in kids if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
                        for o in with_objects(c)):
                roles.add(self.np_keys(obj))
        if trigger.pos_ == "NOUN" and _leg_of_told_trip(trigger) and (keys := self._visitor_before(trigger)):
            roles.add(keys)  # "X will fly to Y. A stop in Z planned for the same trip was dropped": X's stop
        offer = _proposal_above(trigger)
        guests = self._invited(offer, trigger) if offer is not None else []
        if guests:  # "the invitation of X for Y to pay a visit to Z": Y travels, X hosts
            roles.hosts.extend(k for k in self._modifier_keys(offer) if k not in roles.hosts and k not in guests)
            children = [c for c in children if c.head != offer or c.dep_ != "poss" and c.lower_ != "from"]  # the
            roles.add(guests)  # inviter ("Y's invitation", "an invitation from Y") receives the guests, it is no visitor
            roles.invited, offer = True, None
        elif offer is not None and _carried(offer, trigger):
            roles.invited = True  # "X conveyed an invitation from Y to visit Z": X carries it for a guest named apart
        if offer is not None and _offer_to_host(trigger, offer):  # "an Egyptian offer to host talks with Israel"
            roles.hosts.extend(k for k in self._modifier_keys(offer) + [  # Egypt would host; the parties are others
                k for c in offer.children if c.lower_ in ("from", "by") or c.dep_ == "poss"
                for o in ([c] if c.dep_ == "poss" else c.children) for k in self.np_keys(o)] if k not in roles.hosts)
            offer = None
        if offer is not None:  # "a South Korean proposal for talks", "Japan's invitation to a summit"
            roles.add(self._modifier_keys(offer))
            if offer.lemma_.lower() in ("invitation", "invite"):  # "his invitation to X to visit Y": X is the guest
                roles.add([k for c in offer.children if c.dep_ == "prep" and c.lower_ == "to"
                           for o in c.children if o.dep_ == "pobj" for k in self.np_keys(o)])
            children += [c for c in offer.children if c.lower_ in ("from", "by") or c.dep_ == "poss"]
            roles.add([k for c in offer.children if c.dep_ == "compound" for k in self.np_keys(c)])  # "a government offer"
            roles.add([k for c in offer.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                       for k in self.np_keys(c)])  # "an invitation from his counterpart X": X hung on the noun
            if offer.dep_ == "nsubjpass":  # "an invitation ... was turned down by Zambia": Zambia answers it
                roles.add([k for c in offer.head.children if c.dep_ == "agent"
                           for o in c.children if o.dep_ == "pobj" for k in self.np_keys(o)])
        ceremony = ceremonial(trigger)
        if ceremony:
            held = credentials_held(trigger)  # "presented credentials / letters of credence to X", "an audience to X"
            children += [c for n in (held, held.head) for c in n.children if c.dep_ == "prep" and c not in kids
                         and c.lower_ in ("to", "with", "from", "of") and (c.lower_ != "of" or held == trigger)]
        preps = ("with", "of", "from", "by", "to") if trigger.lemma_.lower() in lx.SPEAK_VERBS else \
            ("with", "of", "from", "by", "on") if trigger.lemma_.lower() == "call" else \
            ("with", "of", "from", "by", "to") if ceremony \
            else ("with", "of", "from", "by")  # "spoke to President X", "a courtesy call on X", "an audience to X"
        for child in children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in preps):
                objs = [child] if child.dep_ == "poss" else [o for o in child.children if o.dep_ == "pobj"] + [
                    o for g in child.children if g.dep_ == "pcomp" and g.lower_ == "visiting"
                    for o in g.children if o.dep_ == "dobj"]  # "talks with visiting Minister X" read as a gerund
                named = False
                for obj in objs:
                    keys = self.np_keys(obj)
                    roles.add(keys)
                    roles.counterpart = roles.counterpart or bool(keys and child.lower_ in ("with", "to"))
                    named = named or bool(keys)
                if not named and child.lower_ == "with" and (keys := self._dangling_with(child)):
                    roles.add(keys)  # "talks with Foreign Minister X and exchange views" misparsed: X still met
                    roles.counterpart = True
            elif child.dep_ in ("nsubj", "dobj") and trigger.pos_ == "VERB":
                keys = self.np_keys(child)
                roles.add(keys)  # "travel to X, where he will meet Y": Y met is the other side, as "with Y" is
                roles.counterpart = roles.counterpart or bool(  # not "to meet Zambian officials": the state visited
                    keys and child.dep_ == "dobj" and trigger.lemma_ == "meet" and self._someone(child, keys))
            elif child.dep_ == "dep" and trigger.pos_ == "VERB" and child.i > trigger.i \
                    and trigger.lemma_.lower() in lx.HOSTING_VERBS and child.lemma_.lower() in PERSON_TITLES \
                    and not any(c.dep_ == "dobj" for c in kids):
                roles.add(self.np_keys(child))  # "received at the palace today the visiting Minister of X": the guest
            elif child.dep_ == "npadvmod" and trigger.pos_ == "VERB" and child.i > trigger.i and stray_name(child) \
                    and not any(c.dep_ == "dobj" and c.right_edge.i + 1 != child.left_edge.i for c in kids):
                # "received in his office today the Minister of X": the guest; "met Fiji Prime Minister X", the name
                # split off the state before it: X
                roles.add(self.np_keys(child))
        if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
                                          for c in kids):
            holders = self.loose_appositions(trigger)
            if holders:  # "met with the Minister for Foreign Affairs of X, H.E. Y": Y, not an office read as a body
                roles.participants = [k for k in roles.participants if not self._office_body(k)]
            roles.add(holders)
        elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                      for c in kids):
            roles.add(self.loose_appositions(trigger.head))  # "held talks with his host, President X," hung on "held"
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() in lx.HOSTING_VERBS:
            for g in hung_guests(trigger, holders=False):  # "received in Amman the Minister"
                roles.add(self._named_or_held(g))  # (its holder named apart when the title names no one)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lx.HOSTING_VERBS:
            if guests := [k for g in _honoured(trigger) if not any(t.lemma_.lower() in lx.SPORTING for t in g.subtree)
                          for k in self.np_keys(g)]:  # "Y hosted a lunch for X": X, and Y at the table (not a
                # go-between, as for "hosted talks between A and B"; not "a lunch for the national football team")
                roles.add([k for c in trigger.head.children if c.dep_ == "nsubj" for k in self.np_keys(c)] + guests)
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in lx.SIGNING_NOUNS:
            roles.add(self._signatories(trigger))  # "witnessed the signing of a pact by X and Y": X and Y sign it
            if len(roles.participants) < 2:  # "the signing of the ASEAN-Canada agreement": the accord's sides
                roles.add([k for c in kids if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                           if o.dep_ == "pobj" and o.lemma_.lower() in lx.SIGNABLE for k in self._compound_keys(o)])
        if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.lemma_.lower() in lx.SIGN_VERBS:
            roles.add(self._titled_pair_before(trigger))
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _AGENT_TAKES_PART:
            # "a deal was signed by X and Y", "X was received by President Y": the agent takes part
            by = [k for c in kids if c.dep_ == "agent"
                  for o in c.children if o.dep_ == "pobj"  # "by the Head of State, His Highness X": X
                  for k in self._named_or_held(o)]
            if len(by) < 2 and trigger.lemma_.lower() in lx.SIGN_VERBS:
                # "signed by the Minister of Foreign Affairs and Cooperation, X, and the Minister of Y, Z": a title
                # with its own "and" misleads the parse; the people the agent names sign
                by += [k for k in self._attendees(trigger) if k not in by]
                by += [k for c in kids if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and is_title(c.text)
                       and any(a.dep_ == "agent" and a.i < c.i for a in kids)  # "..., and the Minister of Z, W"
                       for m in self.actors.in_span(c.idx, c.right_edge.idx + len(c.right_edge))  # hung on the verb
                       if m.type == "person" and m.kind != "pronoun" and (k := m.key) not in by]
            roles.add(by)
        for verb in dict.fromkeys(v for v in (trigger, gov) if v is not None and v.dep_ == "relcl"):
            if any(o.lower_ in _RELATIVE_OBJECTS for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                   for o in c.children if o.dep_ == "pobj"):  # "received by X, with whom he held talks": X
                keys = self.np_keys(verb.head)
                roles.add(keys)
                roles.counterpart = roles.counterpart or bool(keys)
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if keys and subj is not None and subj.pos_ == "PRON":  # "he" is never "whom": the clause above's
                    roles.add([k for k in self.np_keys(s) if k not in keys] if (s := _outer_subject(verb)) else [])
        self._answered_proposal(_proposal_above(trigger), roles)
        roles.participants = [k for k in roles.participants if k not in roles.mediators]
        return roles

    def _titled_pair_before(self, verb) -> list[str]:
        """"The Minister of A, X, and the Minister of B, Y, today signed ...": a verb the parser hung on the last name
        (no subject of its own, the sentence rooted in a title) is signed by the people the titled list names."""
        head = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) or head.dep_ != "appos" \
                or head.pos_ != "PROPN" or not any(t.text == "," for t in verb.doc[head.i + 1:verb.i]) \
                or head.sent.root.pos_ in ("VERB", "AUX") or head.sent.root.i > head.i:
            return []
        start = verb.doc[sentence_start(verb.doc, verb.i)].idx
        people = list(dict.fromkeys(m.key for m in self.actors.in_span(start, head.idx + len(head))
                                    if m.type == "person" and m.kind != "pronoun"))
        return people if len(people) >= 2 else []

    def _attendees(self, verb) -> list[str]:
        """"attended by President of A X, President of B Y and Z": the people a passive's agent names, its list
        misparsed as titles nested in one another."""
        found = [m for a in verb.children if a.dep_ == "agent"
                 for m in self.actors.in_span(a.idx, a.right_edge.idx + len(a.right_edge))]
        return list(dict.fromkeys(m.key for m in found if m.type == "person" and m.kind != "pronoun"
                                  and not m.key.startswith(SOURCE_PREFIX)))

    def _signatories(self, noun) -> list[str]:
        """Who signs, not who looks on: "witnessed the signing of a pact by X and Y", "the signing of an accord, signed
        on one side by X and on the other by Y" (a "by" after the noun on a noun or a signing verb, wherever the
        parser hung it; not "welcomed by", "proposed by")."""
        sent = noun.sent
        agents = [t for t in sent[noun.i + 1 - sent.start:] if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                  and (t.head.pos_ in ("NOUN", "PROPN") or t.head.lemma_.lower() in lx.SIGN_VERBS)]
        return [k for c in agents for o in c.children if o.dep_ == "pobj" for k in self._named_or_held(o)]

    def _named_or_held(self, tok) -> list[str]:
        """The actors a phrase names, else those of the holder its bare title names apart ("the Minister of X, Mr. Y")."""
        if keys := self.np_keys(tok):
            return keys
        holder = title_holder(tok)
        return self.np_keys(holder) if holder is not None else []

    def _answered_proposal(self, offer, roles: Roles) -> None:
        """"Lebanon rejected a U.S. proposal for talks with Israel": when the one answering a proposal for talks with
        a named side is not the proposer, the proposer stands aside (a go-between) and the one answering takes part."""
        if offer is None or not roles.counterpart or offer.dep_ != "dobj" \
                or offer.head.lemma_.lower() not in lx.DECLINE | lx.AGREE:
            return
        third = [k for k in self._modifier_keys(offer) if k in roles.participants]
        answering = [k for c in offer.head.children if c.dep_ == "nsubj" for k in self.np_keys(c)]
        if third and answering and not set(answering) & set(roles.participants):
            roles.mediators.extend(k for k in third if k not in roles.mediators)
            roles.add(answering)

    def _invited(self, offer, trigger) -> list[str]:
        """The guests an invitation names for a visit ("the invitation of X for Y to pay a visit", "X's invitation
        to Y to visit"): they travel, the inviter receives them."""
        if offer.lemma_.lower() not in ("invitation", "invite") or trigger.lemma_.lower() not in ("visit", "trip"):
            return []
        preps = [c for c in offer.children if c.dep_ == "prep" and c.lower_ in ("for", "to")]
        if offer.dep_ == "dobj" and trigger.dep_ == "advcl" and trigger.head == offer.head:  # "renewed her invitation
            preps += [c for c in offer.head.children if c.dep_ == "prep" and c.lower_ == "to"  # | to X | to visit Y"
                      and offer.i < c.i < trigger.i]
        guests = [o for c in preps for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in lx.TRIGGER_NOUNS]
        if offer.dep_ == "dobj":  # "handed him a written invitation to visit X": the one handed it
            guests += [c for c in offer.head.children if c.dep_ == "dative" and c.pos_ in ("PRON", "PROPN", "NOUN")]
        if not guests and offer.dep_ == "dobj" and offer.head.lemma_.lower() in _ANSWER_VERBS:
            guests += [c for c in offer.head.children if c.dep_ == "nsubj"]  # "X accepted Y's invitation to visit Z"
        return [k for o in guests for k in self.np_keys(o)]

    def _office_body(self, key: str) -> bool:
        """An organisation the tagger made of an office's title ("the Minister for Foreign Affairs")."""
        mentions = self.actors.by_key(key)
        if not mentions or mentions[0].type != "organization":
            return False
        first = [w for w in mentions[0].name.split() if w.lower() != "the"][:1]
        return bool(first) and first[0].lower() in TITLE_HEADS

    def _stray_holder(self, tok) -> str | None:
        """The person named right after a title noun and a comma ("his Iraqi counterpart, X") whom the parser hung on a
        word before the title (the verb, the trigger) as apposition or object: the title's holder."""
        doc = tok.doc
        if tok.pos_ != "NOUN" or not is_title(tok.text) or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            return None
        m = self.actors.at(doc[tok.i + 2].idx, doc[tok.i + 2].idx + len(doc[tok.i + 2]))
        if m is None or m.type != "person" or m.start != doc[tok.i + 2].idx:
            return None
        last = next((t for t in doc[tok.i + 2:tok.i + 10] if t.idx + len(t) >= m.end), None)
        return m.key if last is not None and last.dep_ in ("appos", "npadvmod", "dobj") and last.head.i < tok.i \
            else None  # hung back on the verb or the trigger before it

    def loose_appositions(self, verb) -> list[str]:
        """"received the Minister of X, Hon. Y, at ...": a name set off by commas after the object, which the
        parser hung on the verb, is the object's holder."""
        keys = []
        for c in verb.children:
            if c.dep_ != "npadvmod" or c.pos_ != "PROPN" or c.left_edge.i == 0 \
                    or c.doc[c.left_edge.i - 1].text != ",":
                continue
            m = self.actors.at(c.idx, c.idx + len(c)) or self._by_surname(c)
            if m is not None and m.type == "person":
                keys.append(m.key)
        return keys

    def _trip_city(self, tok) -> str | None:
        """"signed a pact during X's visit to Hanoi": an event on the occasion of a trip is in the city visited."""
        held = _trip_holders(tok.doc)
        holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"] if held else []
        for trip in (o for h in holders if h.i in held for c in h.children
                     if c.dep_ == "prep" and c.lower_ in ("during", "on")
                     for o in c.children if o.dep_ == "pobj" and lx.TRIGGER_NOUNS.get(o.lemma_.lower()) == "visit"):
            for city in (p for c in trip.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                if gazetteer().capital(entity_text(city)) is not None:
                    return entity_text(city)
        return self._journey_end(tok) or self._there_for(tok)

    def _there_for(self, tok) -> str | None:
        """"is in Male today for talks with X", "Leaders in X for the summit": an event someone is in a city
        for is in that city (the "in" phrase just before the "for" phrase, on "be" or on the people there)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.pos_ != "NOUN":
            return None
        purpose, holder = tok.head, tok.head.head
        if not (holder.lemma_ == "be" or holder.pos_ == "NOUN" and holder.dep_ in ("ROOT", "punct", "nsubj")):
            return None
        ins = [c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < purpose.i
               and purpose.i - c.right_edge.i <= 2]  # (one word between: "in Male today for talks")
        place = next((p for c in ins if (p := self._own_place(holder, cities=True, preps=[c]))), None)
        return place if place is not None and (gazetteer().capital(place) is not None or city_state(place)) else None

    def _journey_end(self, tok) -> str | None:
        """"leaves for Lusaka on Friday to attend a summit", "will travel to Brussels to co-chair the council", "travels
        to Erbil for talks": a gathering the trip is made to attend is in the city the trip goes to."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.pos_ == "NOUN":
            trip = tok.head.head  # "will travel to Windhoek on Tuesday for talks with X": the talks the trip is for
        else:
            purpose = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
            if purpose is None or purpose.tag_ != "VB" or purpose.dep_ not in ("advcl", "xcomp") \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
                return None
            trip = purpose.head
        stay = trip.lemma_.lower() == "be"  # "will be in Dhaka on Saturday to co-chair the commission": where one is
        if trip.lemma_.lower() not in lx.TRAVEL_VERBS | lx.DEPART_VERBS and not stay:
            return None
        place = None if stay else self.visited_place(trip)
        place = place or next((name for c in trip_preps(trip) if c.lower_ == ("in" if stay else "to")
                               for o in c.children if o.dep_ == "pobj" and (name := city_name(o) or destination(o))),
                              None)  # "to Erbil", "to Windhoek" tagged a noun, "to Busan" a person
        return place if place is not None and (gazetteer().capital(place) is not None or city_state(place)) else None

    def _participle_place(self, noun, clause=None) -> str | None:
        """"a meeting scheduled for Tuesday in Cairo", "the summit that was due to take place in Arusha":
        the place of a clause that schedules or holds the noun, down its complement chain."""
        clauses = [clause] if clause is not None else [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        for verb in clauses:
            carrier = None
            for _ in range(3):
                lemma = verb.lemma_.lower()
                if lemma in lx.OWN_PARTICIPLES or lemma == "take" and any(
                        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
                    place = self.place_of(verb) or next(  # "bringing together the ministers of A and B in X":
                        (p for o in _gathered(verb) if lemma in lx.GATHERING_CLAUSE_VERBS  # the city hung on them
                         if (p := self._own_place(o, cities=True))), None) \
                        or (self._own_place(carrier) if carrier is not None else None)
                    if place is not None:
                        return place
                step = next((c for c in verb.children if c.dep_ in ("acomp", "xcomp")), None)
                if step is None and lemma == "be":  # "that X was to chair in Y": the infinitive read as a bare
                    step = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"  # preposition's
                                 for o in p.children if o.dep_ == "pobj"  # object, its place maybe on "was"
                                 and (o.tag_ == "VB" or o.lemma_.lower() in lx.OWN_PARTICIPLES)
                                 and not any(d.dep_ in ("det", "poss") for d in o.children)), None)
                    carrier = verb if step is not None else None
                verb = step
                if verb is None:
                    break
        return None

    def _compound_keys(self, trigger) -> list[str]:
        """Actors named in the modifiers: "Putin-Trump summit", "U.S.-Russia talks", "Russian-Ukrainian talks"."""
        for body in (trigger, *(c for c in trigger.children if c.dep_ == "compound" and c.i < trigger.i)):
            if body.i and body.lemma_.lower() in lx.JOINT_BODIES and (pair := self._joint_pair(body)):
                return pair  # "the EU-Ukraine Association Council (meeting)": the two sides, not the body's name
        keys: list[str] = self._dash_pair(trigger)  # first, so a name read across the dash is split
        mods = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i]
        if not mods:
            return keys
        start = min(t.idx for m in mods for t in m.subtree)
        first = trigger.doc[min(t.i for m in mods for t in m.subtree)]
        start = min(start, _pair_start(first))  # "The ASEAN–GCC summit": the first side parsed off the modifiers
        if trigger.dep_ == "appos" and first.i >= 2 and trigger.doc[first.i - 1].text in NAME_DASHES \
                and trigger.head.i < first.i:
            start = trigger.head.left_edge.idx  # "the Chile–[Peru Joint Commission]": the first side is its head
        for m in self.actors.in_span(start, trigger.idx, partial=True):
            tok = trigger.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.kind == "capital" and tok is not None and self.np_place(tok.root):
                continue
            if name_head(m.name) == trigger.lower_ and not _name_goes_on(trigger) \
                    and (sides := self.member_sides(trigger.doc, m)):
                keys.extend(k for k in sides if k not in keys)  # "the 10th Korea-Viet Nam Strategic Dialogue"
                continue
            if m.type == "organization" and m.name.lower() in BODIES and tok is not None \
                    and (told := self._body_by_head(tok.root)):
                keys.extend(k for k in told if k not in keys)  # "the Council meeting": the council named before
                continue
            if m.key not in keys:
                keys.append(m.key)
        span = trigger.doc.char_span(start, trigger.idx, alignment_mode="expand") or []
        for t in span:
            m = self._by_surname(t) if t.pos_ == "PROPN" and self.actors.at(t.idx, t.idx + len(t)) is None else None
            if m is not None and m.key not in keys:
                keys.append(m.key)
        keys.extend(k for k in self._dashed_regions(span, keys) if k not in keys)
        body = next((m for m in mods if _joint_body(m)), None)
        if body is not None and len(keys) == 1 and all(m.type == "organization" for m in self.actors.by_key(keys[0])) \
                and (pair := self._recent_states(body)):
            return pair  # "the Joint Border Committee meeting": the two states named before meet in it
        return keys

    def _dashed_regions(self, span, keys: list[str]) -> list[str]:
        """"the EU-Central Asia summit", "the Central Asia-China summit": a region joined by a dash to the other side
        of a gathering's name is a side of its own, named as written (its states together)."""
        words = [t for t in span if t.dep_ != "det" and t.pos_ != "NUM" and t.ent_type_ != "ORDINAL"]
        cuts = [n for n, t in enumerate(words) if t.text in NAME_DASHES]
        if len(cuts) != 1:
            return []
        found = []
        for part in (words[:cuts[0]], words[cuts[0] + 1:]):
            if not part or self.actors.in_span(part[0].idx, part[-1].idx + len(part[-1]), partial=True):
                continue
            name = " ".join(t.text for t in part)
            if name not in lx.REGIONS or not all(t.text[:1].isupper() for t in part):
                continue
            key = GROUP_PREFIX + slug(name)
            self.actors.add(ActorMention(part[0].idx, part[-1].idx + len(part[-1]), name, key, name, "organization",
                                         "description"), alias=name)
            found.append(key)
        return found if len(found) == 1 and keys else []  # not "the Asia-Pacific summit": one region

    def _dash_pair(self, trigger) -> list[str]:
        """"the Putin-Xi summit", "the Jaishankar-Wang talks": two people by surname, joined by a dash
        right before the event word (not "Jean-Yves", a given name)."""
        doc, i = trigger.doc, trigger.i
        if i < 3 or doc[i - 2].text not in NAME_DASHES:
            return []
        left, right = doc[i - 3], doc[i - 1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in (left, right)) \
                or left.lower_ in given_names():
            return []
        whole = doc_text(doc)[left.idx: right.idx + len(right)]
        if i >= 4 and is_title(doc[i - 4].text) or any(m.type == "person" and m.name.endswith((" " + whole, "-" + whole))
                                                        for m in self.actors):
            return []  # "Minister Roe-Blake meets", "Jane Roe-Blake ... Roe-Blake talks": one double-barrelled name
        if (named := self.actors.at(left.idx, right.idx + len(right))) is not None and named.type == "person" \
                and named.start < left.idx and named.end >= right.idx + len(right):
            return []  # "Faris Al-Khasawneh-Majali received": one person's name spans both halves
        found = []
        for part in (left, right):
            mention = self.actors.at(part.idx, part.idx + len(part))
            if mention is not None and mention.end <= part.idx + len(part) and mention.start >= part.idx:
                found.append(mention)
                continue
            if mention is not None and mention.type != "person":
                return []  # part of a body's or place's name
            found.append(leader_mention(part, partner=False, paired=True))
        known = any(m is not None and m.type == "person" for m in found)  # "Putin-Xi": Putin vouches for Xi
        found = [m or _bare_surname(part, known) for m, part in zip(found, (left, right))]
        if any(m is None for m in found):
            return []
        for part, person in zip((left, right), found):
            whole = self.actors.at(part.idx, part.idx + len(part))
            if whole is None:
                self.actors.add(person)
            elif whole is not person and whole.type == "person":  # "Jaishankar-Wang" read as one name
                self.actors.swap(whole, person)
        return [m.key for m in found]

    def _place_past_title(self, obj) -> str | None:
        """"met the Commissioner for Enlargement X in Sarajevo", "talks with the head of X's council in Y": the city
        the parser hung on a title's portfolio, a name's or a meeting's "of" phrase (never a topic's: "talks for the
        war in X")."""
        for _ in range(3):
            title = obj.lemma_.lower() in _HOLDERS
            if not (title or obj.pos_ == "PROPN" or obj.lemma_.lower() in lx.TRIGGER_NOUNS):
                return None  # "of" ("President X of Chad in Abuja")
            obj = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ in (("for", "of") if title else ("of",))
                        for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                return None
            if (place := self._own_place(obj, cities=True)) is not None:
                return place
        return None

    def _place_with(self, kids: list) -> str | None:
        """"with (visiting) X in Y", "with his counterpart X in Y", "with X and Y in Z": the place the parser hung on
        the other side (also on a body's, "the meeting of the Joint Commission with X in Y")."""
        for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "with"):
            objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
            objs += [c for o in objs[:1] for c in o.conjuncts]  # (the place hangs on Y)
            for obj in objs:
                place = self.place_of(obj) or next((p for o in obj.children if o.dep_ == "dobj" and obj.dep_ == "pcomp"
                                                    if (p := self.place_of(o))), None) \
                    or self._place_past_title(obj)  # "with the head of X's council in Y"
                if place is not None:
                    return place
        return None

    def _place_and_helpers(self, tok, roles: Roles) -> None:
        """"in Istanbul" -> place; "mediated/brokered by X" -> mediator; "hosted by X" -> host."""
        kids = list(tok.children)  # read once: each walk of Token.children builds its Tokens anew
        roles.location = roles.location or self.place_of(tok, deep=tok.pos_ in ("NOUN", "PROPN"))  # "Commission for X in Y"
        before = last_occurrence(tok)  # "the consultations, last held in Warsaw, will ...": not this one's place
        for part in (c for c in kids if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lx.OWN_PARTICIPLES
                     and c not in before):
            roles.location = roles.location or self.place_of(part) or next(  # "negotiations held in Nairobi"
                (entity_text(o) for c in part.children if c.dep_ == "prep" and c.lower_ == "for"
                 for o in c.children if o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS), None)  # "planned for Oslo"
        roles.location = roles.location or self._place_with(kids)
        for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):  # "a meeting of their ministers in Manila"
                roles.location = roles.location or self._own_place(obj, cities=True) or self._participle_place(obj) \
                    or self._place_with(list(obj.children)) \
                    or next((p for c in obj.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                             if (p := self._participle_place(o))), None)  # "the meeting of the Mechanism on the
                # South China Sea, which was scheduled for April 28 in Xiamen": the clause hung on the body's topic
        broad = roles.location if tok.pos_ == "VERB" and _state_place(roles.location) else None
        if broad is not None:
            roles.location = None  # "met X in Lviv in western Ukraine": the city beats its state
        if tok.pos_ in ("VERB", "ADJ"):  # "met Y in X" (hung on the object), "expected to open in X"
            objs = [c for c in kids if c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.pos_ == "VERB")]
            objs += [o for c in kids if c.lower_ == "visiting" for o in c.children if o.dep_ == "dobj"]
            objs += [a for o in objs if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos"]  # "his counterpart X
            # in Y", "received visiting Minister X in Y"
            objs += [o for c in kids if c.dep_ == "prep" and c.lower_ == "on" and tok.lemma_.lower() == "call"
                     for o in c.children if o.dep_ == "pobj"]  # "called on X at Y": the place hangs on X
            for obj in objs:  # "signed an agreement on trade in Arusha": a city under the object's topic too
                roles.location = roles.location or self.place_of(obj, deep=obj.pos_ == "NOUN")
                roles.location = roles.location or self._place_past_title(obj)
            roles.location = roles.location or self._purpose_place(kids) or self._origin_place(objs)
            if roles.location is None and tok.lemma_.lower() in lx.HOSTING_VERBS:
                guests = [o for o in objs if o.dep_ == "dobj"]
                guests += [p for o in guests for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"]  # "will host representatives of X for talks
                roles.location = next(filter(None, (self._purpose_place(list(o.children)) for o in guests)), None)
                # in Oslo": the "for" phrase the parser hung on the guests
            if roles.location is None and tok.lemma_.lower() in lx.SIGN_VERBS:  # "struck a deal on power links in
                roles.location = self._deep_place(tok, 2, ("on", "over"))  # X": the accord's topic hung on the verb
            days = [o for c in kids if c.dep_ == "prep" for o in c.children
                    if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
            for day in days:  # "On 4 March in Chisinau, X met Y": the place hung on the day
                roles.location = roles.location or self._own_place(day, cities=True)
        if broad is not None:
            within = city_state(roles.location) if roles.location else None
            roles.location = roles.location if within is not None and within == _state_key(broad) else broad
        for clause in (c for c in _noun_clauses(tok, kids) if c not in before) if roles.location is None else ():
            roles.location = roles.location or self._participle_place(tok, clause)
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):  # "talks were (due) to take place in X"
            roles.location = roles.location or self._participle_place(tok, tok)
        for clause_of in (to_be_held, hosting_clause, happening_clause):  # "a summit on the crisis in X, to be held
            # in Y", "talks between A and B, which are due to take place in Y" (each looked for while no place is found)
            if roles.location is None and (clause := clause_of(tok)) is not None and clause not in before:
                roles.location = self.place_of(clause)  # "the summit on trade, which X will host in Y"
        if roles.location is None:
            roles.location = self._trip_city(tok)
        if roles.location is None and tok.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in kids):
            roles.location = where_place(tok.head)  # "travelled to Erbil, where he met X"
        for child in kids:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in MEDIATE_VERBS | HOST_VERBS:
                agents = [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                target = roles.mediators if child.lemma_.lower() in MEDIATE_VERBS else roles.hosts
                target.extend(k for a in agents for k in self.np_keys(a) if k not in target)
                for where in [child, *agents]:  # "a summit hosted by X in Y": the place hangs on the host
                    roles.location = roles.location or self.place_of(where)
            elif child.dep_ == "compound" and child.ent_type_ in PLACE_LABELS and roles.location is None:
                if self._place_modifier(child):
                    roles.location = entity_text(child)
            elif child.dep_ in ("compound", "amod") and roles.location is None and (city := capital_name(child)) is not None \
                    and self._place_modifier(child):
                roles.location = city  # "calls off Vilnius trip": a capital the tagger gave no place label

    def _purpose_place(self, kids: list) -> str | None:
        """"hosted X for a day of talks at Y", "received X for a working dinner in Y": the place the parser hung on
        the contact the verb is for (its own "in"/"at" phrase only, not one inside its topic; not a gathering's name,
        "for the Indian Ocean Conference in Goa", whose own event has its place)."""
        for obj in (o for c in kids if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"):
            spans = [obj] + ([o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                             if obj.ent_type_ in ("DATE", "TIME") else [])  # "for a day of talks"
            contacts = [o for o in spans if o.pos_ == "NOUN" and (o.lower_ in lx.TRIGGER_NOUNS or not trigger_free(o))]
            if (found := next(filter(None, map(self._own_place, contacts)), None)):
                return found
        return None

    def _origin_place(self, objs: list) -> str | None:
        """"will meet their counterparts from the Gulf Cooperation Council in Kuwait City": a city the parser hung
        on the body the verb's object comes from (a city, never a state or region)."""
        return next((p for obj in objs if obj.dep_ == "dobj" and obj.pos_ == "NOUN" for c in obj.children
                     if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                     if o.dep_ == "pobj" and o.pos_ == "PROPN" and (p := self._own_place(o, cities=True))), None)


def speaker_label(start: int, end: int, text: str) -> bool:
    """A name that opens its line in capitals before a colon ("MR PIGOTT:"): who speaks in a transcript, not whom
    "the two" or "they" of the talk refer to."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return bool(_LABEL_TAIL.match(text, end)) and line.strip() == line.strip().upper() and len(line.split()) <= 3 \
        and text[start:end].isupper()


def _noun_clauses(tok, kids: list) -> list:
    """The clauses that may schedule or hold an event noun: its participial and relative clauses and its "due to"
    phrase, also those of the round it is a round of ("a new round of talks, due to open in X")."""
    nouns = [tok, *([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of"
                    and tok.head.head.lemma_.lower() in lx.ROUND_NOUNS else [])]
    return [c for n in nouns for c in (kids if n is tok else n.children) if c.dep_ in ("acl", "relcl")
            or c.dep_ in ("prep", "amod", "acomp") and c.lower_ in lx.SCHEDULE_ADJ and c.i > n.i]


def _state_place(place: str | None) -> bool:
    """True for a place that is a whole state ("Poland"), not a city in it."""
    return _state_key(place) is not None


def _state_key(place: str | None) -> str | None:
    """The key of the state a place names, if it names one."""
    entry = gazetteer().lookup(place) if place else None
    return entry.key if entry is not None and entry.type == "state" else None
def _paired_modifier(link, noun) -> bool:
    """"Asian and African nations": the "and" joins two modifiers of one noun, not two phrases."""
    mod = link.head
    return mod.dep_ in ("amod", "compound") and mod.head == noun and any(c.dep_ == "conj" for c in mod.children)


def _title_inside(tok) -> bool:
    """"the US Secretary of Homeland Security" parsed with the portfolio's last word as its head (and tagged a body):
    a title hangs before the head."""
    return tok.lemma_.lower() not in PERSON_TITLES and any(
        c.dep_ in ("nmod", "compound") and c.i < tok.i and c.lemma_.lower() in PERSON_TITLES for c in tok.children)


def _owned_only(tok) -> bool:
    """"his host", "her counterpart on trade": a pronoun's, with nothing naming whose state it is."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.lefts) and not any(
        c.dep_ in ("amod", "compound", "appos", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
        for c in tok.children)


def _name_goes_on(tok) -> bool:
    """"the A-B Diplomatic Consultation Mechanism" cut after "Consultation": the name goes on past the word."""
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "PROPN" and tok.nbor(1).text[:1].isupper()


def _regional_group(tok) -> bool:
    """"her Nordic counterparts", "his Baltic counterparts in Riga": a region's people, a group of their own (not the
    state of the capital they meet in)."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in tok.children)


def _member_named(name: str) -> bool:
    """A body or meeting named by its members joined by dashes ("the A-B Joint Commission", "the A-B Dialogue")."""
    return any(d in name for d in NAME_DASHES) and (head := name_head(name)) != "" \
        and (head in _PAIRED_BODIES or head in lx.TRIGGER_NOUNS or head in lx.GATHERING_NAMES)  # "the A-B Forum"


def _pair_body(name: str) -> bool:
    """A body of two sides by its name: named by its members, or a joint one ("the Joint Intergovernmental
    Commission"), never a side of its own."""
    words = name.lower().replace("-", " ").split()
    return _member_named(name) or name_head(name) in _PAIRED_BODIES and any(w in lx.JOINT_MODS for w in words)


def _labelled_answer(tok) -> int | None:
    """Where the answer to the question a word stands in begins, when a capitals label opens the answer's line ("Q:
    Has the President spoken to X? / RINALDI: They spoke on Wednesday"): the one who answers is the interviewee."""
    doc = tok.doc
    last = sentence_last(tok)
    if last.text != "?":
        return None
    text = doc_text(doc)
    line = text.find("\n", last.idx, last.idx + _ANSWER_GAP)
    if line < 0 or text[last.idx + 1:line].strip():
        return None
    line = _BLANK.match(text, line).end()
    colon = text.find(":", line, line + _LABEL_CHARS + 1)
    label = text[line:colon].strip() if colon > line else ""
    return colon + 1 if label.isupper() and label.upper() not in ASKERS else None


def _reported(tok) -> bool:
    """"There are reports you will meet X", "Critics say you met Y": a claim the question puts to the one asked, no
    event it tells itself."""
    head = tok.head
    for _ in range(4):
        if head.head == head:
            return False
        head = head.head
        if head.lemma_.lower() in _CLAIM_NOUNS or head.pos_ in ("VERB", "AUX") and is_speech_verb(head) \
                and not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in head.children):
            return True
    return False


_CLAIM_NOUNS = frozenset("report reports claim claims rumour rumours rumor rumors allegation allegations suggestion "
                         "suggestions speculation word".split())


def _line_label(text: str, at: int) -> str:
    """The capitals speaker label ("Q", "SHARIPOV", "MS. X") opening the line that holds a position, or ""."""
    line = text.rfind("\n", 0, at) + 1
    colon = text.find(":", line, at)
    label = text[line:colon].strip() if colon >= 0 else ""
    return label if len(label) <= _LABEL_CHARS and label.isupper() else ""


def _owned_by_speaker(tok) -> bool:
    """A common noun the speaker owns, one side's ("our committees", "my government"), not a person's title (whose
    holder the phrase may name) nor a count of sides ("our two countries": both)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() not in PERSON_TITLES \
        and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children) \
        and not any(c.dep_ == "nummod" or c.lower_ in lx.PAIR_WORDS for c in tok.children)


def _ours(title):
    """The "our" that owns a title, directly ("our foreign minister") or through the land it serves ("the foreign
    minister of our country"), else None."""
    owner = next((c for c in title.children if c.dep_ == "poss" and c.lower_ == "our"), None)
    if owner is not None:
        return owner
    lands = [o for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" and o.lemma_.lower() in _OUR_LANDS]
    return next((c for o in lands for c in o.children if c.dep_ == "poss" and c.lower_ == "our"), None)


_WE_CONTACTS = frozenset("speak talk call meet see phone propose suggest invite write".split())  # "I spoke to X. We agreed
# ...", "I have proposed to X that we meet": X and I
_LABEL_CHARS = 40  # how long a transcript's speaker label ("MINISTER SHARIPOV") may be
_ANSWER_GAP = 8  # characters between a question mark and the line break before its answer
_BLANK = re.compile(r"[\s\u2013\u2014-]*")  # white space and a dash-led turn's dash from a position on (read in place)
_PARAS = re.compile(r"[^\n]+")  # a text's lines, each a paragraph of a printed interview
# An interview's first question: a "Q:" or capitals label line (the header above it names the one answering).
_FIRST_ASK = re.compile(r"^[ \t]*(?:Q|[A-Z][A-Z .'\u2019-]{0,38})[.:][ \t]", re.M)
# An office after a state or body's name in a header ("'s foreign minister", " president", " Commission chairperson").
_OFFICE_AFTER = re.compile(r"(?:['\u2019]s)?(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+(?i:"
                           + "|".join(sorted(TITLE_HEADS | {"chairperson", "chair", "chairman"}, key=len, reverse=True)) + r")\b")
_BIO_REACH = 100  # characters of a closing line on a person ("X is Y's minister of ...") read for the state served
_STATE_TITLES = frozenset("president minister premier chancellor king queen emir".split())  # a state's own offices
_OUR_LANDS = frozenset("country government nation state republic kingdom".split())  # "the minister of our country"


def _joint_body(tok) -> bool:
    """A standing body of two states named by what it is ("the Joint Commission", "the Supreme Interstate Council")."""
    return tok.lemma_.lower() in _PAIRED_BODIES and any(  # "Joint" on "Boundary" in "the Joint Boundary Commission"
        t.lower_ in lx.JOINT_MODS for c in tok.lefts if c.dep_ in ("compound", "amod") for t in c.subtree)


_LABEL_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:")  # "MR X (Agency):" ends a speaker's label
_HEADING_REACH = 300  # characters of a page's heading, before its first blank line
_PAIRED_BODIES = lx.JOINT_BODIES | {"group"}  # "the India-Sri Lanka Joint Working Group": the pair's body


def _dash_start(body) -> int:
    """Where a dash pair naming a body starts when the parser left it out of the body's phrase ("the EU–Kazakhstan
    Cooperation Council", its en dash splitting the name): the first capitalised word of "A–B" before the body."""
    doc, i = body.doc, body.left_edge.i
    while i > 0 and (doc[i - 1].text in NAME_DASHES or doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN") \
            and i > sentence_start(doc, body.i):
        i -= 1
    return i if any(t.text in NAME_DASHES for t in doc[i:body.left_edge.i]) else body.left_edge.i


def _pair_start(first) -> int:
    """Where the first side of "A–B" starts when the parser hung it elsewhere ("The [ASEAN]–GCC summit"): the
    capitalised words right before a dash that opens a modifier, else the modifier's own start."""
    doc, end = first.doc, first.i - 2  # the word before the dash
    start = sentence_start(doc, first.i)  # first.sent.start, read without a Span
    if end < start or doc[end + 1].text not in NAME_DASHES or doc[end + 1].whitespace_ or doc[end].whitespace_:
        return first.idx
    i = end
    while i >= max(start, end - 3) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i -= 1
    return doc[i + 1].idx if i < end else first.idx


def _side_entry(words, last: bool):
    """The known state or body one side of a dash pair names, with its words ("Sri Lanka" in "India-Sri Lanka",
    "Mauritanian" in "Algerian-Mauritanian")."""
    gz = gazetteer()
    for n in range(len(words), 0, -1):
        span = words[len(words) - n:] if last else words[:n]
        if (entry := gz.lookup(span.text) or gz.demonym(span.text)
                or (gz.lookup(COMBINING[span.text]) if last and span.text in COMBINING else None)) is not None:
            return span, entry  # ("Franco" in "the Franco-German Council": France)
    return None
_DASH_CLASS = "".join(re.escape(d) for d in sorted(NAME_DASHES))


def _bare_surname(tok, partner: bool) -> ActorMention | None:
    """A person known only by the surname a dash pair names: tagged a person, paired with a known one, or no
    English word."""
    if gazetteer().lookup(tok.text) is not None or gazetteer().capital(tok.text) is not None:
        return None
    if not partner and tok.ent_type_ != "PERSON" and any(
            tok.lower_ in english_words(pos) for pos in ("noun", "verb", "adj")):
        return None
    return ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"person:{slug(tok.text)}", tok.text, "person",
                        "surname")


def _in_title_chain(doc, i: int) -> bool:
    """"of" inside a leader's title ("Minister of Foreign Affairs of the Republic of X Y and ..."): no phrase of its
    own in a list of titled leaders."""
    if doc[i].lower_ not in ("of", "for"):
        return False
    j = i - 1
    while j >= 0 and i - j <= 6 and (doc[j].lower_ in MODIFIERS or doc[j].lower_ in PORTFOLIOS
                                     or doc[j].lower_ in ("of", "for", "and", "the")):
        j -= 1
    return doc[i].ent_type_ != "" or j >= 0 and is_title(doc[j].text)


_LIST_POS = frozenset("PROPN NOUN ADJ PART PUNCT CCONJ DET NUM".split())  # words a list of named leaders is made of


_SIDE_COUNTS = {"three": 3, "four": 4}  # "the three countries", "the four leaders": that many sides told before


def _capital_plural(tok) -> str | None:
    """The office a capitalised plural title names ("the Ministers", "the Presidents": minister, president), which the
    tagger leaves unlemmatised as a proper noun."""
    word, kids = tok.lower_, list(tok.children)
    if tok.tag_ not in ("NNPS", "NNP") or not word.endswith("s") or word[:-1] not in PERSON_TITLES \
            or not tok.text[0].isupper() or [c.lower_ for c in kids if c.dep_ != "compound"] != ["the"] \
            or kids[0].lower_ != "the":
        return None
    title = " ".join([*(c.lower_ for c in kids if c.dep_ == "compound"), word[:-1]])  # "the Prime Ministers"
    return title if all(c.dep_ != "compound" or c.pos_ == "PROPN" and c.text[0].isupper() for c in kids) else None


def _holds(role: str | None, title: str) -> bool:
    """Whether an office is of the kind a plural title names: "the two ministers" are foreign or trade ministers, not
    a prime minister named between them; "the two presidents" are no vice-president."""
    if title == "leader" and same_title(role, title) and head_of(role or "") != "counterpart":
        return True  # "the two leaders": heads of state or government, not a minister's counterpart
    if head_of(title) == "prime-minister" and head_of(role or "") == "prime-minister":
        return True  # "the two premiers": Prime Ministers
    words = (role or "").lower().replace("-", " ").split()
    if title == "minister" and head_of(role or "") == "secretary" and _MINISTERIAL_SECRETARY.intersection(words) \
            and not _JUNIOR_SECRETARY.intersection(words):
        return True  # "Mexico's Secretary of Foreign Affairs", "the Cabinet Secretary for Foreign Affairs": a minister
    return any(w.startswith(title) and not (n and words[n - 1] in _OTHER_OFFICE) for n, w in enumerate(words))


_MINISTERIAL_SECRETARY = frozenset("foreign external state cabinet".split())  # a secretary who is a minister
_JUNIOR_SECRETARY = frozenset("permanent under assistant deputy general principal private".split())  # and who is not


_OTHER_OFFICE = frozenset({"prime", "vice"})  # a word that makes a title another office
_RANKED_OFFICES = frozenset({"minister", "president"})  # "the two ministers" are no presidents (a premier is either)


def _between_holders(trigger) -> list:
    """Where a trigger's "between" phrase may hang: on it, on the noun it modifies ("his mediation role
    between A and B"), or on its topic ("negotiations on a trade deal between A and B")."""
    holders = [trigger]
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        holders.append(trigger.head)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in _ROUND_HEADS:
        holders.append(trigger.head.head)  # "the latest round of talks between A and B"
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB" and trigger.pos_ in ("NOUN", "PROPN"):
        holders.append(trigger.head)  # "talks were held on Monday between A and B", "talks took place between A and B"
    if trigger.pos_ in ("NOUN", "PROPN"):
        signing = trigger.lemma_.lower() in lx.SIGNING_NOUNS
        topics = ("on", "over", "about", "of", "for") if signing else ("on", "over", "about")
        holders += [o for h in holders[:2 if signing else 1] for c in h.children if c.dep_ == "prep"
                    and c.lower_ in topics for o in c.children if o.dep_ == "pobj"]  # "the signing of a peace deal
        # between A and B", "the signing ceremony for the pact between A and B"
        holders += [c for c in trigger.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                    and c.lemma_.lower() in lx.OWN_PARTICIPLES]  # "talks held in X last week between A and B"
    return holders


def _listed_before(subj) -> list:
    """"Vanuatu, Australia sign pact": names before the subject, joined by commas, that the parser left aside."""
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc, out, edge = subj.doc, [], subj.left_edge.i
    if edge < 1 or token_columns(doc).words[edge - 1] != ",":
        return out  # no comma right before the subject: no name set off before it (the column, no Token)
    for sib in sorted((c for c in subj.head.children if c.i < subj.i and c.dep_ != "punct"), key=lambda c: -c.i):
        if sib.dep_ not in ("npadvmod", "advmod", "nmod", "dep", "nsubj", "advcl") or sib.right_edge.i + 2 != edge \
                or doc[sib.right_edge.i + 1].text != "," or not (sib.pos_ == "PROPN" or sib.ent_type_ == "GPE"):
            break
        out.insert(0, sib)
        edge = sib.left_edge.i
    return out


def _outer_subject(clause):
    """The subject of the clause a relative clause's noun stands in ("X arrived and was received by Y, with whom
    he ...": X)."""
    verb = clause.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head  # "arrived ... and was received by Y": the first verb's subject
    return None


_OFFICE_OF = frozenset({"state", "government"})  # "heads of state (and government) of A and B": of the states named
_HOSTS = frozenset("host counterpart".split())  # "his host", "her counterpart": the state whose place was visited
_STYLE_WORDS = frozenset("majesty highness excellency".split())  # "His Majesty the King": a style, then the title
_STATE_HEADS = frozenset("president king queen emperor emir amir sultan monarch premier".split())


def _honoured(occasion) -> list:
    """"hosted a working lunch for X", "hosted a dinner in honour of X": the guest of the occasion a host's verb
    takes as its object, wherever the parser hung the phrase."""
    owners = [occasion.head, occasion]
    guests = [o for d in owners for p in d.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj"]
    return guests + [o for d in owners for p in d.children if p.dep_ == "prep" and p.lower_ == "in"
                     for h in p.children if h.lower_ in ("honour", "honor")
                     for of in h.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]


def _along_with(verb) -> list:
    """The "with" the parser hung on "along" ("co-chair the commission along with her counterpart")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "along"
            for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]


def _office_alone(tok) -> bool:
    """"the King", "the Head of State", "the Prime Minister" as a guest's host (not a subject): a head of state or
    government named by the office alone, with no state, name or nationality beside it."""
    if tok.dep_ in ("nsubj", "nsubjpass", "compound") or tok.tag_ != "NNP" and tok.tag_ != "NN":
        return False
    lower, kids = tok.lower_, list(tok.children)
    if lower == "head":
        of = [o.lower_ for c in kids if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if of not in (["state"], ["government"]):
            return False
        kids = [c for c in kids if c.dep_ != "prep"]
    elif lower == "minister":
        if not any(c.dep_ == "compound" and c.lower_ == "prime" for c in kids):
            return False
        kids = [c for c in kids if c.lower_ != "prime"]
    elif lower not in _STATE_HEADS:
        return False
    return [c.lower_ for c in kids] == ["the"]
_TRIP_VERBS = lx.TRIP_VERBS | {"visit"}  # who a trip takes


def _sends_group(verb) -> bool:
    """"X will lead (sent) a mission to Haiti": X is who "the mission" stands for in the next sentence."""
    return verb.lemma_.lower() in lx.SEND_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.SENT_GROUPS
                                                      for c in verb.children)


def _leg_of_told_trip(trigger) -> bool:
    """"a stop in X that had been planned for the same trip", "a visit to X, part of that tour": a leg with no
    traveller of its own, of a trip the text told just before (named by "the/that/this" or "same")."""
    if trigger.lemma_.lower() not in lx.STOP_NOUNS | {"visit", "trip"} or any(c.dep_ == "poss" for c in trigger.children):
        return False
    return any(t.lower_ in lx.TRIP_NOUNS and t != trigger and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("the", "that", "this", "same") for c in t.children)
        for t in trigger.subtree)


def _guest_received(cand) -> bool:
    """"X received (will host) Y", "the visiting President of Z, W": the guest a reception names, whose trip a later
    "the visiting minister" or "the guest" continues."""
    return cand.dep_ == "dobj" and cand.head.lemma_.lower() in lx.MEET_HOSTS - {"meet"} and cand.i > cand.head.i \
        or cand.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in cand.children) \
        or cand.lemma_.lower() == "guest" and cand.left_edge.lower_ == "the"  # told back in turn


def _subjects_above(tok) -> list:
    """The subjects of the clauses a word is inside, up to a coordinated, adverbial or relative clause."""
    found, node = [], tok
    while node.head != node and node.dep_ not in ("conj", "advcl", "relcl", "parataxis", "acl"):
        node = node.head
        found += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok and not c.is_ancestor(tok)]
    return found


def _names_a_thing(doc, mention, qualifier: bool) -> bool:
    """A name that only says where ("shook hands in Singapore") or, for a body's name (qualifier), qualifies a thing
    ("the Ibar bridge", "the Nile dam") or tells the news ("the directorate said"): not a side of anything."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at"):
        return True
    if span is not None and _go_between(span.root):
        return True  # "with Norway and Cuba as guarantors", "under Omani auspices": a third party, no side
    if qualifier and span is not None and span.root.dep_ == "nsubj" and is_speech_verb(span.root.head):
        return True  # "the Communications Directorate said": a body that only tells the news
    if not qualifier or span is None or span.root.dep_ != "compound":
        return False
    head = span.root.head
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and not (lemma in lx.GROUP_NOUNS or lemma in PERSON_TITLES or lemma in BODIES
                                        or lemma in lx.TRIGGER_NOUNS or head.lower_ in lx.TRIGGER_NOUNS)


_GO_BETWEENS = frozenset("guarantor mediator facilitator observer witness sponsor co-sponsor broker".split())
_AUSPICES = frozenset("auspices mediation facilitation sponsorship".split())


def _go_between(root) -> bool:
    """"with Norway and Cuba as guarantors", "with Qatar as mediator", "under Omani auspices", "through Kuwaiti
    mediation": a party named as the talks' go-between, never one of the two sides "the two delegations" are."""
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ in ("compound", "amod", "poss") and (root.head.lemma_.lower() in _AUSPICES
                                                      or root.head.lower_ in _AUSPICES):  # (its lemma "auspex")
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    roles = [o for h in (root, root.head.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
             for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _GO_BETWEENS for o in roles)


def _between_parties(doc, mention) -> bool:
    """"talks between Yemen's government and the Houthis", "between the delegations of X and Y": a body the text
    names as one side of talks between two (whose delegation "the two delegations" may be), not any body told."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("conj", "compound", "poss") and root.head != root:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lx.STATE_GROUPS:
        root = root.head.head  # "between the delegations of X and Y"
    return root.dep_ == "pobj" and root.head.lower_ == "between"


def _mediating(tok) -> bool:
    """"talks mediated by the Norwegian envoy X", "under the auspices of the UN envoy, Mr X", "Qatar hosted talks
    between A and B": the one (or the state of the one) through whom the two sides talk, never one of them; not what
    the go-between's title names ("the envoy for Yemen")."""
    while tok.dep_ in ("compound", "amod", "poss", "appos", "conj") and tok.head != tok:
        if tok.dep_ == "appos" and (left := next(t.i for t in tok.subtree if not t.is_punct)) >= 2 \
                and tok.doc[left - 1].text == "," \
                and any(_mediating(a) for a in tok.doc[left - 2].ancestors if a.dep_ == "pobj" and a.i < left):
            return True  # "under the auspices of the Envoy for X, Mr Y", Y hung by the parser on the talks
        tok = tok.head
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "host":  # "Qatar hosted talks between A and B"
        return any(t.lower_ == "between" for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "by" and prep.head.lemma_.lower() in MEDIATE_VERBS \
        or prep.lower_ == "of" and prep.head.lower_ in _AUSPICES


_TELLING_OFFICES = frozenset("ministry office presidency spokesman spokeswoman spokesperson agency".split())


def _told_by_office(doc, mention) -> bool:
    """_teller_owner of a mention's words."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and _teller_owner(span.root)


def _teller_owner(root) -> bool:
    """"Oman's foreign ministry said in a statement": the state whose office tells the news, in that phrase (no
    side when it is the talks' go-between too; "Brazil's foreign ministry said the two countries would sign" may be
    one)."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in _TELLING_OFFICES and root.head.dep_ == "nsubj" \
        and is_speech_verb(root.head.head)


def _gathered(clause) -> list:
    """Who a gathering clause brings together: its object, or the agent of a passive ("attended by X")."""
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    objs = objs or [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [o for o in objs if o.lemma_.lower() not in lx.JOINT_BODIES]  # "will bring together the Cooperation
    # Council": the format the sides named elsewhere meet in, not a party


def with_objects(verb) -> list:
    """The "with" parties of a verb, also when the parser hung them on its object ("raised the idea with X")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]


_TOLD_NOUNS = frozenset("word notice message".split())  # "sent word that he would not attend"


def _seat_named(tok) -> str | None:
    """"the government in Kabul", "the junta in Naypyitaw": the state whose capital the ruling body sits in (a seat
    named by a preposition right on the noun, not a town elsewhere in the clause)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            name = tok.doc[place.left_edge.i:place.i + 1].text if place.left_edge.pos_ == "PROPN" else place.text
            entry = gazetteer().capital(name) or gazetteer().capital(place.text)
            if entry is not None:
                return entry.key
    return None


def _offer_to_host(trigger, offer) -> bool:
    """"an offer to host / mediate talks with Z": whoever offers would host or mediate, not be a party."""
    verb = trigger.head if trigger.dep_ == "dobj" else None
    return verb is not None and verb.head == offer and verb.lemma_.lower() in {"host"} | MEDIATE_VERBS \
        and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children)


_CARRY_VERBS = frozenset("convey deliver hand transmit relay pass carry bring".split())


def _carried(offer, trigger) -> bool:
    """An invitation to visit that its subject only carries to someone ("conveyed / delivered an invitation")."""
    return offer.lemma_.lower() in ("invitation", "invite") and trigger.lemma_.lower() in ("visit", "trip") \
        and offer.dep_ == "dobj" and offer.head.lemma_.lower() in _CARRY_VERBS


def _proposal_above(trigger):
    """The proposal/invitation noun a trigger hangs from ("proposal for talks", "Finland's offer to host a
    new round of talks", "an invitation from X to attend a summit"), if any."""
    tok = trigger
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in tok.children):
        if tok.dep_ == "acl" and proposal_noun(tok.head):
            return tok.head  # "renewed his invitation to X to visit Y": the event verb is the invitation's infinitive
        if tok.dep_ == "advcl" and tok.head.pos_ == "VERB":  # the same, the infinitive hung on "renewed"
            return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and proposal_noun(c)
                         and c.lemma_.lower() in ("invitation", "invite")), None)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ROUND_HEADS:
        tok = tok.head.head  # "a new round of talks": the round stands for the talks
    if tok.dep_ == "dobj" and tok.head.dep_ in ("acl", "advcl", "xcomp") and tok.head.pos_ == "VERB":
        verb = tok.head  # "an invitation to hold talks", "an offer to host talks" ("offer" tagged a verb)
        if proposal_noun(verb.head):
            return verb.head
        if verb.dep_ == "advcl" and verb.head.pos_ == "VERB":  # "snubbed an invitation from X to hold talks"
            return next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") and proposal_noun(c)),
                        None)
        return None
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("for", "to", "of"):
        return None
    if prep.head.pos_ == "VERB" and prep.lower_ == "for":  # "turned down a request from X for a meeting"
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass") and proposal_noun(c)), None)
    if prep.head.pos_ == "VERB" and prep.lower_ == "to":  # "turned down X's invitation to a summit", the "to" hung
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i  # on the verb
                     and c.lemma_.lower() in ("invitation", "invite") and proposal_noun(c)), None)
    return prep.head if proposal_noun(prep.head) else None


_BYLINE_LINES = 4  # lines of a release's heading that may name its author
# "The Hon X Y MP", "Hon. X Y": a parliamentarian's style around a name the tagger may read as a body's
_STYLED_MEMBER = re.compile(r"((?:the\s+)?(?:rt\.?\s+)?hon\.?\s+)([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}?)"
                            r"(?:\s+(?:MP|MHA|MLA|MPP|TD|QC|KC|AO|AC))*", re.I)
_LINES = re.compile(r"[^\n]+")
_TITLE_LINKS = frozenset("and & of for the in on".split())  # words inside joined titles ("Minister for X of Y")
_WE_REACH = 6  # sentences back in which "X and I" may have named the other one of a speaker's "we"
_AUTHOR_IS = re.compile(r"^[ \t*_]*The (?:author|writer) is ([^\n]{1,160})", re.M)  # an op-ed's line on its author


def _with_on_lapse(trigger) -> list:
    """"a day after holding talks in X with Y", "hours after meeting with Y": the parser hung the partner's "with" on
    the lapse of time the gerund's preposition modifies; it belongs to the gerund's event."""
    gerund = trigger.head if trigger.dep_ == "dobj" else trigger
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ not in ("after", "before", "following") \
            or prep.head.dep_ != "npadvmod":
        return []
    return [c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > trigger.i]


def _sidelines_gatherings(trigger) -> list:
    """The gatherings a meeting is told "on the sidelines / margins of" (hung on the trigger or the verb holding it)."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    return [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
            for s in c.children if s.dep_ == "pobj" and s.lemma_.lower() in SIDELINES
            for of in s.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]


def _partnered(trigger) -> bool:
    """A meeting word that already names whom it is with (an object, or a "with" of its own or its verb's)."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") or c.dep_ == "dobj" and c != trigger
               for h in holders for c in h.children)


def _with_past_sidelines(trigger) -> list:
    """"held talks on the sidelines of the G20 summit with X": the parser hung the partner's "with" on the
    gathering; it belongs to the meeting told on its sidelines, when that names no partner of its own."""
    if trigger.pos_ not in ("VERB", "NOUN") or _partnered(trigger):
        return []
    return [g for o in _sidelines_gatherings(trigger) for g in o.children
            if g.dep_ == "prep" and g.lower_ == "with" and g.i > trigger.i]


def _sidelines_backdrop(trigger) -> bool:
    """The summit of "X met on the sidelines of the summit with Y": its "with" is the meeting's partner."""
    side = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if side is None or side.lemma_.lower() not in SIDELINES or side.dep_ != "pobj":
        return False
    holder = side.head.head
    meeting = holder if holder.lemma_.lower() in lx.TRIGGER_VERBS or holder.lower_ in lx.TRIGGER_NOUNS \
        else next((c for c in holder.children if c.dep_ == "dobj" and c.lower_ in lx.TRIGGER_NOUNS), None)
    return meeting is not None and trigger in _sidelines_gatherings(meeting) and not _partnered(meeting)


def _from_sentence_before(tok, back: int = 1):
    """The words from the start of the sentence ``back`` before a word's own up to the word's phrase (a span of the
    doc)."""
    first = sentence_start(tok.doc, tok.i)
    for _ in range(back):
        first = sentence_start(tok.doc, first - 1) if first else 0
    return tok.doc[first:tok.left_edge.i]


def _signs(text: str, mention: ActorMention) -> bool:
    """A person named alone on a line (styles aside) over an office whose holder speaks as "I"."""
    start, end = text.rfind("\n", 0, mention.start) + 1, text.find("\n", mention.end)
    line = re.sub(r"\s*\([^()]*\)$", "", text[start:end if end >= 0 else len(text)].strip(" \t,"))  # "(MP)"
    office = office_below(text, end) or ""
    return line.endswith(mention.text) and len(line.split()) <= len(mention.text.split()) + 3 \
        and any(w in AUTHOR_OFFICES for w in office.lower().split())


def _styled_person(m: re.Match | None, offset: int) -> ActorMention | None:
    """The member a styled-name match names (``offset``: where the matched text starts), when a given name opens it."""
    if m is None or m.group(2).split()[0].lower() not in given_names():
        return None
    start = offset + m.start(2)
    return ActorMention(start, start + len(m.group(2)), m.group(2), f"person:{slug(m.group(2))}", m.group(2),
                        "person", "name")
_PEOPLE = frozenset("man men woman women".split())
_COUNTRY_WORDS = frozenset("country nation".split())  # "the two countries", "both nations": states, not sides
# Verbs by which the one invited answers an invitation to visit ("X accepted / declined Y's invitation to visit Z"):
# their subject is the guest who would travel, the inviter the host.
_ANSWER_VERBS = frozenset("accept decline refuse reject welcome".split())
_AGENT_TAKES_PART = lx.SIGN_VERBS | lx.EXCHANGE_VERBS | lx.HOSTING_VERBS  # "a deal was signed by X", "received by Y"
VISITOR_REACH = 4  # sentences back to the trip that made someone "the visiting minister" or "his guest"
_DECIDE_VERBS = frozenset("decide resolve".split())  # "the pair decided that their ministers should meet"
_PAIRS = frozenset("pair duo".split())  # "the pair", "the duo": the two just named
_PROPOSER_VERBS = frozenset("propose suggest offer float moot initiate".split())  # "talks proposed by X"
_NEIGHBOURS = frozenset("neighbours neighbors".split())  # "Sudan's neighbours": the states around one
_MEMBER_STATES = frozenset("states countries nations".split())  # "of the GCC states": the body's members
_HOLDERS = PERSON_TITLES | frozenset({"head", "chief"})  # office words whose "of" phrase names the body led
_LIVE_MEMBERS = frozenset("leaders heads ministers".split())  # a live blog's bare members of its gathering
_MEMBER_HOLDERS = frozenset({"heads", "leaders"})  # a gathering "of heads of state of X": of X's members
SOURCE_PREFIX = "source:"  # unnamed speakers the statements pass names ("GCC foreign ministers")
# Words that count or set apart the members of a group, not part of its name ("the four other Central Asian states")
_COUNTING_WORDS = frozenset("other fellow remaining several various".split())
_GROUP_MEMBERS = frozenset("leaders states countries nations presidents governments".split())


def _members_of_phrase(tok) -> list:
    """The "of" phrase right after "members" that the parser hung on the conjunct before ("talks between A and members
    of B": of B, B's members), as a one-item list, else []."""
    if tok.lemma_.lower() not in lx.MEMBER_NOUNS or tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return []
    nxt = tok.nbor(1)
    return [nxt] if nxt.lower_ == "of" and nxt.dep_ == "prep" and nxt.head == tok.head and tok.head.i < tok.i else []


def _region_of_group(name: str) -> str | None:
    """The region a group of its states or leaders is named for ("Central Asian leaders", "Sahel states": Central
    Asia, the Sahel), else None."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _GROUP_MEMBERS or not all(w[:1].isupper() for w in words[:-1]):
        return None
    named = " ".join(words[:-1])
    return next((r for r in (named, named[:-1], named[:-2]) if r in lx.REGIONS and len(r) > 3), None)


def _proper_part(name: str) -> str | None:
    """The own name a description of a group opens with ("Estado Mayor Central dissident group": Estado Mayor
    Central), when two capitalised words or more come before its lower-case words."""
    words = name.split()
    cut = next((n for n, w in enumerate(words) if not w[:1].isupper()), len(words))
    if cut < 2 or cut == len(words) or not all(w.islower() for w in words[cut:]):
        return None
    return " ".join(words[:cut])


GROUP_PREFIX = "group:"  # actors the events pass names itself ("Venezuela's opposition"); dropped when uncited
_ROUND_HEADS = lx.ROUND_NOUNS | frozenset({"rounds"})
_RELATIVE_OBJECTS = frozenset({"whom", "which"})  # "with whom": the relative clause's partner is the noun it follows


def name_head(name: str) -> str:
    """The head word of a name: its last word before "of" ("Summit of the Americas": summit; "OSCE Ministerial
    Council": council; "Council of Foreign Ministers": council)."""
    words = name.lower().split()
    return (words[:words.index("of")] if "of" in words[1:] else words)[-1] if words else ""


_VISIT_NOUNS = frozenset(word for word, kind in lx.TRIGGER_NOUNS.items() if kind == "visit")


def _trip_holders(doc) -> frozenset[int]:
    """The words holding a "during"/"on" phrase whose object is a visit noun ("signed during X's visit to Y"), found
    once per document from the columns: Parties._trip_city asks of every event word, and most words hold none."""
    key = "diplograph-trip-holders"
    found = doc.user_data.get(key)
    if found is None:
        dep, lemma = token_strings(doc, "DEP"), token_strings(doc, "LEMMA")
        found = doc.user_data[key] = frozenset(
            prep.head.i for i, d in enumerate(dep) if d == "pobj" and lemma[i].lower() in _VISIT_NOUNS
            and (prep := doc[i].head).dep_ == "prep" and prep.lower_ in ("during", "on"))
    return found


_DEEP_WITH_REACH = 3  # "of"/"on" phrases down from the thing signed to the "with" the parser hung on them


def _deep_with(kids, deps: tuple[str, ...] = ("dobj",)) -> list:
    """The "with" phrases a signing verb's object carries a few "of"/"on" phrases down ("signed a memorandum of
    understanding on border trade with X"), where no actor lies between (not "an agreement of the EU with X"); with
    deps=("pobj",), those of a signing noun's "of" phrase ("the signing of the accord on fisheries with X")."""
    objs = [o for k in kids for o in (k.children if deps == ("pobj",) else (k,))]
    found, level = [], [o for o in objs if o.dep_ in deps and o.pos_ == "NOUN"]
    found += [p for d in level for p in d.children if p.dep_ == "prep" and p.lower_ == "with"] if deps == ("pobj",) \
        else []
    for _ in range(_DEEP_WITH_REACH):
        level = [o for d in level for p in d.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "for")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        found += [p for d in level for p in d.children if p.dep_ == "prep" and p.lower_ == "with"]
    return found


# Styles of address that, with "his" or "her" and no name or title after them, stand for a person named before
# ("His Highness received a phone call from X", "Her Excellency will travel to Y").
_BARE_STYLES = frozenset({"highness", "majesty", "excellency"})
_STYLE_GAP = re.compile(r"(?:\s+(?:the|[A-Z][\w.'\u2019-]*)){0,4}\s+")  # "His Highness[ the Amir Sheikh ]X"


def _bare_style(tok):
    """The "his"/"her" of a style of address used alone ("His Majesty later called X"), else None."""
    if tok.lower_ not in _BARE_STYLES or any(c.dep_ in ("compound", "appos", "flat") for c in tok.children):
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return None  # "His Highness Sheikh X": the name follows
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)


def _relative_clause(tok):
    """The relative clause a "whose" opens ("X, whose visit to Y ends today"): the clause is X's, not its verb's
    subject's."""
    node = tok.head
    for _ in range(3):
        if node.dep_ == "relcl":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _sides_only(keys: list[str]) -> list[str]:
    """The sides "their" people serve: the states when two or more are named (beside people of unknown state, whom the
    tagger may take for bodies: "the ministers of A and B, X and Y": A and B), else the bodies when all are bodies
    ("the heads of the AU and ECOWAS commissions ... their teams")."""
    states = [k for k in keys if k.startswith("state:")]
    if len(states) >= 2:
        return states
    return keys if all(k.startswith(("state:", "org:")) for k in keys) else []
