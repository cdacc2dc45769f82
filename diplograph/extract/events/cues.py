"""Pipeline component marking the words that may name a diplomatic event, from the CAMEO-derived lexicon."""

from __future__ import annotations

from itertools import takewhile

import numpy
from spacy.attrs import ENT_TYPE, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, NUM, PROPN, VERB
from spacy.tokens import Doc, Span

from diplograph.extract.clauses import is_speech_verb
from diplograph.extract.events.asked import question_turn_answer
from diplograph.extract.events.places import is_place
from diplograph.extract.events.status import NAME_DASHES
from diplograph.kb import event_lexicon as lx
from diplograph.kb.roles import LEADER_HEADS, MODIFIERS, TITLE_HEADS, is_title


def _register() -> None:
    """``doc._.event_cues``: token indices of candidate event words (None when the component did not run)."""
    if not Doc.has_extension("event_cues"):
        Doc.set_extension("event_cues", default=None)


def cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(noun words, verb/adjective words) that trigger_type may read as an event."""
    nouns = frozenset(lx.TRIGGER_NOUNS) | lx.ROUND_NOUNS | lx.TABLE_NOUNS | frozenset(lx.GATHERING_NAMES) | lx.JOINT_BODIES \
        | lx.JOINT_ONLY_BODIES | lx.RETREAT_NOUNS | lx.SENT_GROUPS | lx.CREDENTIAL_NOUNS | lx.AUDIENCE_NOUNS \
        | lx.SIGNING_NOUNS | lx.STOP_NOUNS | {"talk", "invitation"} \
        | {w for k in lx.TRIGGER_NOUNS if "-" in k for w in k.split("-")[::len(k.split("-")) - 1]}  # "tête-à-tête"
    # split at its hyphens: its first or last piece may head it
    verbs = frozenset(lx.TRIGGER_VERBS) | lx.SPEAK_VERBS | lx.ARRIVAL_WORDS | lx.TRAVEL_VERBS \
        | lx.DEPART_VERBS | lx.HOSTING_VERBS | lx.CONVENE_VERBS | lx.CO_LEAD_FORMS \
        | lx.SIGN_VERBS | lx.EXCHANGE_VERBS \
        | {"get", "sit", "bring", "call", "mediate", "visiting", "see", "invite", "put", "spend", "come"} \
        | lx.OCCASION_VERBS
    return nouns, verbs


@Language.factory("diplograph_event_cues", requires=["token.lemma", "token.tag"],
                  assigns=["doc._.event_cues"])
def make_event_cues(nlp: Language, name: str):
    """Mark candidate event words once per document, so event finding visits only them."""
    _register()
    return EventCues(nlp.vocab)


class EventCues:
    """Event nouns and event/travel/status verbs, by lemma or lower-case form, tested as columns.

    A token is a cue when its LEMMA or LOWER is a noun word and its POS is NOUN/PROPN, or either is a
    verb word and its POS is VERB/ADJ: the same test as the token Matcher kept here, which still runs
    (and raises spaCy's error) on documents without POS or lemmas.
    """

    def __init__(self, vocab):
        nouns, verbs = cue_words()
        self.matcher = Matcher(vocab)
        for attr in ("LEMMA", "LOWER"):  # exact POS values are tested in C; an IN set is one more Python call a token
            self.matcher.add("EVENT_NOUN", [[{attr: {"IN": sorted(nouns)}, "POS": pos}] for pos in ("NOUN", "PROPN")])
            self.matcher.add("EVENT_VERB", [[{attr: {"IN": sorted(verbs)}, "POS": pos}] for pos in ("VERB", "ADJ")])
        # the string ids the Matcher's IN sets compare with, sorted for a binary search
        self.nouns, self.verbs = (numpy.unique(numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64))
                                  for words in (nouns, verbs))
        self.co_forms = numpy.unique(numpy.array([get_string_id(w) for w in lx.CO_LEAD_FORMS], dtype=numpy.uint64))
        self.noun_pos, self.verb_pos = (numpy.array(tags, dtype=numpy.uint64) for tags in ((NOUN, PROPN), (VERB, ADJ)))
        self.papers = numpy.unique(numpy.array([get_string_id(w) for w in lx.SIGNABLE], dtype=numpy.uint64))
        self.one, self.be, self.in_ = get_string_id("one"), get_string_id("be"), get_string_id("in")
        self.fac = get_string_id("FAC")
        self.stays = numpy.unique(numpy.array([get_string_id(w) for w in lx.STAY_NOUNS], dtype=numpy.uint64))
        self.next_words = numpy.unique(numpy.array([get_string_id(w) for w in lx.NEXT_ONE], dtype=numpy.uint64))

    def __call__(self, doc: Doc) -> Doc:
        if not (doc.has_annotation("POS") and doc.has_annotation("LEMMA")):
            doc._.event_cues = sorted({start for _, start, _ in self.matcher(doc)})
            return doc
        columns = doc.to_array([LEMMA, LOWER, POS, ENT_TYPE]).reshape(-1, 4)
        lemma, lower, pos = columns[:, 0], columns[:, 1], columns[:, 2]
        nominal = numpy.isin(pos, self.noun_pos)
        noun = nominal & (_member(lemma, self.nouns) | _member(lower, self.nouns))
        verb = numpy.isin(pos, self.verb_pos) & (_member(lemma, self.verbs) | _member(lower, self.verbs))
        by_form, by_lemma = nominal & _member(lower, self.verbs), nominal & _member(lemma, self.verbs)
        for i in numpy.flatnonzero(by_form | by_lemma).tolist():  # verbs the tagger took for nouns: "will on
            # Thursday travel to X" (after a modal), "Ruto heads to Beijing" (a headline's verb in -s)
            if by_form[i] and _modal_verb(doc[i]) or by_lemma[i] and _headline_verb(doc[i]) \
                    or _verb_by_slot(doc[i]):  # "A and B sign gas deal", "which Lithuania hosts in Vilnius"
                noun[i], verb[i] = False, True
        for i in numpy.flatnonzero(verb & (pos == VERB) & _member(lower, self.nouns)).tolist():
            if _nominal_verb(doc[i]) or _plural_before(doc[i]):  # "said that talks with X would resume", "the
                noun[i], verb[i] = True, False  # fisheries talks with X were scrapped": the plural noun the tagger
                # read as a present verb, retagged as the noun it is
        for i in numpy.flatnonzero((pos == ADJ) & (_member(lower, self.nouns) | _member(lower, self.papers))).tolist():
            if _nominal_adjective(doc[i]) or _swallowed_subject(doc[i]):  # "held a bilateral on the sidelines",
                doc[i].pos_, doc[i].tag_ = "NOUN", "NN"  # "the signing of the fisheries protocol, planned for ...":
                noun[i] = bool(_member(lower[i:i + 1], self.nouns)[0])  # the noun the tagger took for an adjective
        for i in numpy.flatnonzero((pos == NUM) & (lower == self.one)).tolist():
            if _one_on_one(doc[i]):  # "has just finished a one-on-one with X": the noun the tagger read as numbers
                doc[i].pos_, doc[i].tag_ = "NOUN", "NN"
                noun[i] = True
        one = numpy.zeros(len(lower), dtype=bool)
        one[1:] = (lower[1:] == self.one) & _member(lower[:-1], self.next_words)  # "the next one"
        be_in = numpy.zeros(len(lower), dtype=bool)
        be_in[:-1] = (lemma[:-1] == self.be) & (lower[1:] == self.in_)
        for i in numpy.flatnonzero(be_in).tolist():
            sent = doc[i].sent
            met = presence_with(doc[i])  # (its purpose "to discuss the line" no event of its own)
            be_in[i] = (presence_ahead(doc[i]) or presence_asked(doc[i]) or met) \
                and not noun[sent.start:sent.end].any() \
                and not any(verb[c.i] and not (met and c.lemma_.lower() in lx.SPEAK_VERBS)
                            for c in doc[i].children if c.dep_ in ("advcl", "xcomp")) \
                and not _gathering_placed_before(doc[i], noun)  # "I will be in Helsinki on Friday": a trip told by
            # being there (not "will be in Brussels for the summit", "will be in Rabat to sign it", nor "Q: ... a
            # meeting in Antalya. Will you go? A: I will be in Antalya on the 14th": the summit, signing, meeting is it)
            if be_in[i]:  # "be" the main verb of its clause, as "stay" would be
                doc[i].pos_ = "VERB"
        doc._.event_cues = numpy.flatnonzero(noun | verb | one | be_in).tolist()
        if (columns[:, 3] == self.fac).any():
            _offices_as_bodies(doc)
        for i in doc._.event_cues:
            _set_off_sequence(doc[i])
            _object_after_adverbials(doc[i])
            _split_subject(doc[i] if doc[i].pos_ == "VERB" else doc[i].head)
            _reduced_relative_root(doc[i])
            _measure_after(doc[i])
            _named_after_acronym(doc[i])
            _purpose_off_place(doc[i])
            _acronym_as_verb(doc[i])
        for i in doc._.event_cues:
            if doc[i].lemma_ == "put" and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.SIGN_BY_HAND
                                              for c in doc[i].children):
                doc[i].lemma_ = "sign"  # "put pen to paper on", "put their names to": signed (if a paper follows)
        for i in numpy.flatnonzero(_member(lower, self.co_forms)).tolist():
            doc[i].lemma_ = lx.CO_LEAD_LEMMAS[doc[i].lower_]  # "co-chaired": lemma "chair", not "co-chaire"
        for i in numpy.flatnonzero(noun & (pos == PROPN)).tolist():
            _common_trip(doc[i])
        stays = numpy.flatnonzero((pos == NOUN) & _member(lower, self.stays) & ~noun).tolist()
        if stays:  # "wrapped up two days in X": asked of trigger_type only, no event noun to the rules above
            doc._.event_cues = sorted(set(doc._.event_cues).union(stays))
        return doc


def _offices_as_bodies(doc: Doc) -> None:
    """"refused to receive the ASEAN Special Envoy", tagged a building: the body before the office is the name,
    the office the common words it is in lower case ("the ASEAN special envoy"), so it is no place."""
    ents = doc.ents
    if not any(_office_tagged_built(e) for e in ents):
        return
    out = []
    for e in ents:
        if _office_tagged_built(e):
            end = e.end
            while end > e.start and (is_title(doc[end - 1].text) or doc[end - 1].lower_ in MODIFIERS):
                t = doc[end - 1]
                t.pos_, t.tag_, t.lemma_ = ("NOUN", "NN", t.lower_) if is_title(t.text) else ("ADJ", "JJ", t.lower_)
                end -= 1
            start = e.start + (e[0].dep_ == "det")
            e = Span(doc, start, end, label="ORG") if end > start else None
        if e is not None:
            out.append(e)
    doc.ents = out


def _office_tagged_built(ent) -> bool:
    """A building's entity that ends in an office's title, words apart ("the ASEAN Special Envoy"; not
    "Port-au-Prince", a place whose last piece is a title)."""
    return ent.label_ == "FAC" and len(ent) > 1 and is_title(ent[-1].text) and all(t.whitespace_ for t in ent[:-1])


def presence_ahead(tok) -> bool:
    """"I will be in Helsinki on Friday", "we'll be in Taipei in October": a speaker's own stay to come in a named
    place, a trip as much as "will travel to" (not "the talks will be in Geneva", nor a third party's stay a media
    name or a title may stand for, nor "I would be in Paris if they asked", nor "I will not be in Cairo": a plan
    denied, no refusal)."""
    if tok.lemma_ != "be" or not any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSONS for c in tok.children) \
            or any(c.dep_ == "neg" for c in tok.children) \
            or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                   for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.ent_type_ == "GPE"
                                                            for o in c.children) for c in tok.children)


def presence_asked(tok) -> bool:
    """"Q: You were in Ankara last week. Did ...?": an interviewer's question telling the one asked of a stay in a
    named place, a trip of theirs as much as "you travelled to" (not "Were you in Ankara?", which asks, nor a report's
    "you were in Ankara" in a quotation, with no question paragraph around it)."""
    if tok.lemma_ != "be" or tok.tag_ != "VBD" or any(c.dep_ == "neg" for c in tok.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ == "you" and c.i > tok.i - 3 and c.i < tok.i
                       for c in tok.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and is_place(o) for o in c.children)
               for c in tok.children):
        return False
    return question_turn_answer(tok) is not None


def presence_with(be) -> bool:
    """"You were in Iasi with the Romanian foreign minister on Friday", "X was in Skopje with his Macedonian
    counterpart": a stay in a named place told with a person in office, a meeting with them (not "Were you in Rome
    with him?", which asks, nor "was not in Rome with X", "would be in Rome with X", nor "with her husband")."""
    if be.lemma_ != "be" or any(c.dep_ in ("neg", "aux") and c.lower_ in _NOT_TOLD for c in be.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < be.i for c in be.children) or be.sent[-1].text == "?":
        return False
    withs = [o for c in be.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"
             and (o.ent_type_ == "PERSON" or o.lemma_.lower() in TITLE_HEADS | LEADER_HEADS | {"counterpart"})]
    # "with the Romanian foreign minister": a name the tagger missed may be the place
    foreign = any(c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "poss", "compound") for o in withs
                  for c in o.children)
    return bool(withs) and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or is_place(o) or foreign and o.pos_ == "PROPN"
                              and o.ent_type_ != "PERSON") for o in c.children) for c in be.children)


_NOT_TOLD = frozenset({"not", "n't", "never", "would", "could", "might", "should", "may"})


def _gathering_placed_before(be, noun) -> bool:
    """A stay's place named shortly before in a sentence that tells a gathering there: the stay is the way to it."""
    doc, text = be.doc, be.doc.text
    for place in (o for c in be.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                  if o.dep_ == "pobj" and o.ent_type_ == "GPE"):
        at = text.rfind(place.text, max(0, be.sent.start_char - _PLACED_REACH), be.sent.start_char)
        span = doc.char_span(at, at + len(place.text), alignment_mode="expand") if at >= 0 else None
        if span is not None and any(noun[t.i] and t.lemma_.lower() not in lx.TRIP_NOUNS for t in span.sent):
            return True  # (not "Is the Brasilia trip still on?": the trip the stay is)
    return False


_PLACED_REACH = 600  # characters before a stay read for its place named with a gathering
_AHEAD_MODALS = frozenset({"will", "'ll", "shall"})
_FIRST_PERSONS = frozenset({"i", "we"})
_CONDITIONS = frozenset({"if", "unless"})


def _modal_verb(tok) -> bool:
    """A verb form the tagger read as a noun after a modal and an adverbial ("will on Thursday travel", "would next
    week visit"): retagged as the verb it is, with its lemma."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VB", tok.lower_
    return True


def _nominal_verb(tok) -> bool:
    """An event noun in -s the tagger read as a present verb where it fills a noun's slot ("that talks with X would
    resume", "called for negotiations"): a verb in -s is never a subject or an object itself."""
    if tok.tag_ != "VBZ" or tok.dep_ not in _ARGUMENT_DEPS or any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and not _swallowed_subject(tok):
        return False
    tok.pos_, tok.tag_ = "NOUN", "NNS"
    return True


def _swallowed_subject(tok) -> bool:
    """"A second round of [X–Y] talks on ... has been pushed back", "the signing of the fisheries protocol, planned
    for ..., was postponed": a noun in an argument's slot that the tagger took for a verb or an adjective, with the
    phrase before it as its subject, is the object of that phrase's "of" (left without one, or holding only the words
    right before it): hung back under "of", the phrase taking its slot."""
    if tok.dep_ not in _ARGUMENT_DEPS or tok.tag_ not in ("VBZ", "JJ"):
        return False
    subject = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
        if subject is not None else None
    if of is None or of.i > tok.i:
        return False
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if any(o.right_edge.i != tok.i - 1 or o.pos_ not in ("NOUN", "PROPN") for o in objects) \
            or any(t.is_punct and t.text not in NAME_DASHES for t in tok.doc[of.i + 1:tok.i]):
        return False
    for o in objects:  # "of the Norway-Iceland fisheries": the words before the noun are its modifiers
        o.head, o.dep_ = tok, "compound"
        for c in [c for c in o.children if c.dep_ in ("det", "poss") and c.i < o.i]:
            c.head = tok
    subject.head, subject.dep_ = (subject, tok.dep_) if tok.head == tok else (tok.head, tok.dep_)
    tok.head, tok.dep_ = of, "pobj"
    return True


def _plural_before(tok) -> bool:
    """"The fisheries talks with X, which were due in March, were scrapped": an event noun in -s the tagger read as
    a present verb whose subject is a plural noun right before it (no verb in -s agrees with one) is the noun that
    plural qualifies; when the tagger made it the sentence's head, the verb conjoined to it without a subject of its
    own is its verb."""
    if tok.tag_ != "VBZ" or tok.i == 0 or any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return False
    before = tok.doc[tok.i - 1]
    if before.head != tok or before.dep_ != "nsubj" or before.tag_ != "NNS" or before.pos_ != "NOUN":
        return False
    before.dep_ = "compound"
    tok.pos_, tok.tag_ = "NOUN", "NNS"
    verb = next((c for c in tok.rights if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if tok.head == tok and verb is not None:
        for c in [c for c in tok.rights if c.i > verb.i or c.is_punct and c.i == verb.left_edge.i - 1]:
            c.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        tok.head = verb
        tok.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return True


def _acronym_as_verb(tok) -> None:
    """"LIVE: ECOWAS summit, Abuja", "ECOWAS summit opens in Abuja": a capitals acronym opening its line or sentence
    right before an event noun, read by the tagger as a verb in -s taking the noun as its object, is the noun's
    modifier (the noun heads what the acronym held)."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or tok.i == 0:
        return
    verb = tok.head
    if verb.i != tok.i - 1 or verb.pos_ != "VERB" or not verb.is_sent_start or not verb.text.isupper() \
            or not 2 <= len(verb.text) <= 8 or not verb.text.isalpha() or any(c.dep_ in ("aux", "neg", "nsubj")
                                                                             for c in verb.children):
        return
    root = verb.head == verb
    for c in [c for c in verb.children if c != tok]:
        c.head = tok
    if root:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = verb.head, verb.dep_
    verb.head, verb.dep_ = tok, "compound"
    verb.pos_, verb.tag_ = "PROPN", "NNP"


def _one_on_one(tok) -> bool:
    """"a one-on-one with X", "their one-on-one": the first piece of the split noun, heading it as an argument (not
    "a one-on-one meeting", whose noun is the event)."""
    doc, i = tok.doc, tok.i
    if i >= 4 and doc[i - 4:i + 1].text.lower() in ("one-on-one", "one-to-one"):
        i -= 4  # "a one-to-one with X": the parser may head the noun on its last piece
    return i + 4 < len(doc) and doc[i:i + 5].text.lower() in ("one-on-one", "one-to-one") \
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos", "ROOT") \
        and all(t.head.i in range(i, i + 5) for t in doc[i:i + 5] if t != tok)


def _nominal_adjective(tok) -> bool:
    """An event noun the tagger read as an adjective where it heads its own phrase ("held a bilateral with X", "a
    trilateral was held"), not one that modifies a noun ("bilateral relations")."""
    return tok.dep_ in _ARGUMENT_DEPS and any(c.dep_ == "det" for c in tok.children)


_ARGUMENT_DEPS = frozenset("dobj pobj nsubj nsubjpass".split())
_SUBJECT_DEPS = frozenset("compound amod nsubj".split())


def _headline_verb(tok) -> bool:
    """A headline's verb in -s the tagger read as the plural noun it heads ("Ruto heads to Beijing for talks",
    "Albanese visits Jakarta"): retagged as the present verb, the name before it as its subject."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or tok.i == 0 or not tok.lower_.endswith("s"):
        return False
    subject = tok.doc[tok.i - 1]
    if subject.head != tok or subject.dep_ not in _SUBJECT_DEPS or not subject.text[:1].isupper() \
            or not any(c.i > tok.i and c.dep_ in ("prep", "npadvmod", "dobj") for c in tok.children) \
            or any(t.pos_ in ("VERB", "AUX") and t != subject and not _told_of_object(t, tok) for t in tok.sent):
        return False
    tok.pos_, tok.tag_ = "VERB", "VBZ"
    subject.dep_ = "nsubj"
    if subject.pos_ == "VERB":  # "Blinken lands in Tel Aviv": the name read as a participle
        subject.pos_, subject.tag_, subject.lemma_ = "PROPN", "NNP", subject.text
    for c in tok.children:
        if c.i > tok.i and c.dep_ == "npadvmod" and c.pos_ == "PROPN":
            c.dep_ = "dobj"  # "visits Jakarta"
    return True


def _told_of_object(verb, head) -> bool:
    """A verb in a clause that describes a noun after head ("heads to X for the summit, which opens on Saturday"):
    no verb of head's own clause."""
    if head not in verb.ancestors:
        return False
    below = [verb, *takewhile(lambda t: t != head, verb.ancestors)]
    return any(t.dep_ in ("relcl", "acl") and t.head.i > head.i and t.head.pos_ in ("NOUN", "PROPN") for t in below)


def _verb_by_slot(tok) -> bool:
    """A verb the tagger read as a noun where only a verb fits: it takes an object ("Tanzania and Mozambique sign gas
    deal"), or it heads a relative or "that" clause with a subject before it ("the conference, which Lithuania hosts
    in Vilnius"; "proposed that the joint commission meet in Juba"). A noun's own marks (a determiner, a possessive,
    an adjective) rule it out ("a road sign", "the heads of state"), and the form agrees with the subject: a bare
    form with a plural (two names joined, a plural title) or after "that" (the subjunctive), one in -s with a single
    one."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.text != tok.lower_ \
            or tok.dep_ not in ("ROOT", "relcl", "ccomp"):
        return False
    lefts = [c for c in tok.lefts if c.dep_ in _SLOT_SUBJECTS and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if not lefts or tok.doc[tok.i - 1].is_punct or tok.doc[tok.i - 1] not in {t for c in lefts for t in c.subtree}:
        return False
    first, nearest = lefts[0], lefts[-1]
    dets = [c for c in tok.children if c.dep_ == "det" and c.i < first.left_edge.i]  # the subject's, hung on tok
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "case") and c not in dets for c in tok.children):
        return False
    gaps = [t for t in tok.doc[first.i:nearest.left_edge.i] if t.is_punct or t.pos_ == "CCONJ"]
    joined = bool(gaps) or any(c.dep_ == "conj" for c in first.children) or first.tag_ in ("NNS", "NNPS") \
        or any(c.dep_ == "appos" and any(k.dep_ == "conj" for k in c.children) for c in first.children)
    plural = tok.tag_ == "NN"
    if plural and tok.lower_.endswith("s") or not plural and joined:
        return False
    subjunctive = tok.dep_ == "ccomp" and (any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                                           or tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ == "that")
    if plural and not joined and not subjunctive or dets and not subjunctive:
        return False
    if tok.dep_ == "ROOT" and (not plural or not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)):
        return False  # (a headline's verb in -s is _headline_verb's)
    if tok.dep_ == "ROOT" and first.pos_ not in ("PROPN", "NOUN") or first.pos_ == "NOUN" and not (
            first.tag_ == "NNS" and first.text[:1].isupper() or tok.dep_ != "ROOT"):
        return False  # a headline's subject is named ("Presidents X and Y sign ..."), not "road sign", "ink pact"
    tok.pos_, tok.tag_ = "VERB", "VB" if subjunctive else "VBP" if plural else "VBZ"
    if plural:
        tok.lemma_ = tok.lower_
    subject = first if gaps else nearest
    for c in lefts:
        if c != subject:
            c.head, c.dep_ = subject, "conj" if gaps else "compound"
    subject.dep_ = "nsubj"
    for c in dets:
        c.head = subject
    return True


_SLOT_SUBJECTS = frozenset("nsubj nmod compound npadvmod appos".split())


def _object_after_adverbials(tok) -> None:
    """"His Majesty received at the palace yesterday the Prime Minister of X": a host verb's guest put after its
    place and day, which the parser hangs on the verb in apposition, is its object."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.MEET_HOSTS or any(
            c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children):
        return
    kids = [c for c in tok.children if c.i > tok.i]
    appos = next((c for c in kids if c.dep_ == "appos"), None)
    if appos is not None and appos.pos_ in ("NOUN", "PROPN") and appos.i - tok.i <= _ADVERBIAL_REACH \
            and any(c.dep_ in ("prep", "npadvmod") and c.i < appos.i for c in kids) \
            and not any(t.is_punct for t in tok.doc[tok.i + 1:appos.left_edge.i]):
        appos.dep_ = "dobj"


def _purpose_off_place(tok) -> None:
    """"Leaders gathered in Lusaka for the SADC summit": an event noun after "for" that the parser hangs on the place
    before it is what the verb's subject came for, so "for" goes to the verb and the place stays the verb's."""
    prep = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return
    place = prep.head
    if place.ent_type_ not in ("GPE", "LOC") or place.dep_ != "pobj":
        return
    into = place.head
    if into.dep_ == "prep" and into.lower_ in ("in", "to", "at") and into.head.pos_ == "VERB":
        prep.head = into.head


def _split_subject(verb) -> None:
    """"Delegations of X and Y on border delimitation and demarcation held talks": a noun after "and" that closes
    a subject's trailing phrase, which the parser took for a second subject of the verb, is that phrase's conjunct."""
    if verb.pos_ != "VERB":
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].i > verb.i:
        return
    first, second = subjects
    cc = verb.doc[second.left_edge.i - 1]
    if cc.dep_ == "cc" and cc.lower_ in ("and", "or") and first.left_edge.i <= cc.head.i <= first.right_edge.i \
            and cc.head.pos_ in ("NOUN", "PROPN") and cc.head != first:
        second.head, second.dep_ = cc.head, "conj"


_PLANNED_FOR = frozenset("schedule plan set slate".split())  # "talks scheduled for May": a reduced relative


def _reduced_relative_root(tok) -> None:
    """"Talks between A and B scheduled for Brussels next week have been scrapped", "talks set for Lima next month
    have been called off": the participle after an event noun that the parser took for the noun's verb (the real one
    its clausal complement, or it a complement of the real one) is a clause on the noun, and the passive verb the
    noun's own (so the status is the scrapping, not the schedule)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.pos_ not in ("NOUN", "PROPN") or verb.tag_ not in ("VBN", "VBD") \
            or verb.lemma_.lower() not in _PLANNED_FOR or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return
    if verb.head == verb:  # the participle as the root, the real verb its complement
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and _bare_passive(c)), None)
    else:  # the participle as a complement of the real verb after it
        told = verb.head if verb.dep_ == "ccomp" and verb.head.i > verb.i and _bare_passive(verb.head) else None
    if told is None:
        return
    if verb.head == verb:
        for c in list(verb.children):
            if c.dep_ == "punct" and c.i > told.i:
                c.head = told  # the closing stop
        told.head, told.dep_ = told, "ROOT"
    verb.head, verb.dep_ = tok, "acl"
    tok.head, tok.dep_ = told, "nsubjpass"


def _bare_passive(verb) -> bool:
    """"have been scrapped": a passive with no subject of its own is the real verb whose subject the parser gave the
    participle before it."""
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in verb.children) \
        and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in verb.children)


def _measure_after(tok) -> None:
    """"called off his Tehran visit hours before departure": the event noun the parser hung as a modifier of the
    span of time after it is the object, the span an adverbial of the verb."""
    span = tok.head
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or span.i != tok.i + 1 or span.ent_type_ not in ("TIME", "DATE") \
            or span.lemma_.lower() not in _SPANS or span.i + 1 >= len(tok.doc) \
            or tok.doc[span.i + 1].lower_ not in _SPAN_LINKS or span.head == span:
        return
    link = tok.doc[span.i + 1]
    if span.head == link:  # the span already measures "before": the noun is the object of the verb "before" is on
        if link.head.pos_ not in ("VERB", "AUX") or link.head.i > tok.i:
            return
        tok.head, tok.dep_ = link.head, "dobj"
    else:
        tok.head, tok.dep_ = span.head, span.dep_
        span.head, span.dep_ = tok.head, "npadvmod"
    for c in [c for c in span.children if c.i < tok.i and c.dep_ in ("poss", "det", "amod", "compound")]:
        c.head = tok


_SPANS = frozenset("minute hour day week month".split())
_SPAN_LINKS = frozenset("before after ahead earlier later".split())
_ADVERBIAL_REACH = 12  # words from a host verb to a guest put after its place and day
_SEQUENCE = frozenset({"after", "before"})


def _set_off_sequence(tok) -> None:
    """"agreed on Monday to open the border, after talks in Accra", "agreed to meet in May, after speaking by phone,
    the presidency said": an event in a phrase set off by a comma belongs to the clause told, not to the infinitive
    or the trailing speech verb the parser hung it on (so it takes that clause's tense and day)."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in _SEQUENCE or prep.dep_ != "prep" or prep.i == 0 \
            or tok.doc[prep.i - 1].text != ",":
        return
    above = prep.head
    if above.dep_ == "xcomp" and above.head.tag_ == "VBD" and above.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in above.children):
        prep.head = above.head
    elif above.pos_ == "VERB" and is_speech_verb(above) and (told := next(
            (c for c in above.children if c.dep_ == "ccomp" and c.i < prep.i and c.pos_ in ("VERB", "AUX")),
            None)) is not None:
        prep.head = told


def _named_after_acronym(tok) -> None:
    """"attended the Shanghai Cooperation Organisation (SCO) Heads of State Summit": the event noun after a body's
    name and its acronym in brackets, which the parser hangs on the name in apposition (the name taking the verb's
    slot), heads the phrase, the name a modifier of it, as it is when written without the brackets."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return
    doc, j = tok.doc, tok.i
    while j > 0 and tok.i - j < _RUN_REACH and doc[j - 1].text != ")" and _run_word(doc[j - 1]):
        j -= 1
    if j < 4 or doc[j - 1].text != ")" or doc[j - 3].text != "(" or not _acronym(doc[j - 2].text) \
            or doc[j - 4].pos_ != "PROPN" or not doc[j - 4].text[:1].isupper():
        return
    start = j - 4
    while start > 1 and j - start < _NAME_REACH and _name_word(doc[start - 1], doc[start - 2]):
        start -= 1
    while start < j - 4 and doc[start].lower_ in _NAME_LINKS:
        start += 1
    det = doc[start - 1] if start > 0 and doc[start - 1].dep_ in ("det", "poss") else None
    phrase = range(det.i if det is not None else start, tok.i + 1)
    roots = [t for t in doc[phrase.start:tok.i] if t.head.i not in phrase and not t.is_punct]
    if len(roots) != 1 or roots[0].head == roots[0] or _dominates(tok, roots[0].head) \
            or tok.head != tok and tok.head.i not in phrase:
        return
    root, name = roots[0], range(start, j - 4 + 1)
    above, dep = root.head, root.dep_
    body = next((t for t in doc[start:j - 3] if t.head.i not in name), doc[j - 4])
    tok.head, tok.dep_ = above, "dobj" if dep == "dative" and above.pos_ == "VERB" and not any(
        c.dep_ == "dobj" for c in above.children) else dep  # "attended the X (X) Summit": the name read as a dative
    for t in doc[start:j - 3]:  # the name's words the parser hung outside it: under its head, or its "of"
        if t != body and t.head.i not in name:
            prep = next((p for p in reversed(doc[start:t.i]) if p.dep_ == "prep"), None)
            t.head, t.dep_ = (prep, "pobj") if prep is not None else (body, "compound")
    for t in doc[j:tok.i]:  # the run's words hung on the name: modifiers of the event noun
        if t.head.i not in range(j, tok.i + 1):
            t.head, t.dep_ = tok, "compound"
    first = doc[j]  # "the X (X) Leaders' Summit": the name qualifies the run's first noun, as without the brackets
    body.head, body.dep_ = first if first.pos_ in ("NOUN", "PROPN") and first.i < tok.i else tok, "compound"
    doc[j - 2].head, doc[j - 2].dep_ = body, "appos"
    for t in (doc[j - 3], doc[j - 1]):
        t.head, t.dep_ = doc[j - 2], "punct"
    if det is not None:
        det.head = tok


def _name_word(tok, before) -> bool:
    """A word of a body's name read leftwards ("Organisation of the Islamic ...", not "next Tuesday for the")."""
    if tok.pos_ == "PROPN":
        return tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "TIME")
    return tok.lower_ in _NAME_LINKS and (tok.lower_ != "the" or before.lower_ == "of")


def _run_word(tok) -> bool:
    """A word of the title run between an acronym and its event noun ("Heads of State", "Leaders'", "extraordinary")."""
    return tok.text[:1].isupper() or tok.lower_ in _RUN_LINKS or tok.pos_ == "ADJ" or tok.tag_ == "POS"


def _acronym(text: str) -> bool:
    """"SCO", "CELAC", "COP28", "AU": a body's short form (letters in capitals, digits after them)."""
    return 2 <= len(text) <= 10 and text[:1].isupper() and text.isalnum() and text.upper() == text


def _dominates(tok, other) -> bool:
    """Whether tok is other or one of its heads (hanging tok on other would make a loop)."""
    for _ in range(len(tok.doc)):
        if other == tok:
            return True
        if other.head == other:
            return False
        other = other.head
    return True


_RUN_REACH = 6  # words between an acronym's closing bracket and its event noun
_NAME_REACH = 14  # words a body's name runs before its acronym
_RUN_LINKS = frozenset({"of", "and", "'", "'s", "-"})
_NAME_LINKS = frozenset({"of", "and", "for", "on", "the", "&"})  # inside a name: "Organization for Security and ..."


def _common_trip(tok) -> None:
    """A capitalised trip noun of a release ("paid a State Visit to India") is the common noun: tagged as one,
    with its kind words ("State", "Official Working") as adjectives, so the rules for "a state visit" apply."""
    if tok.lower_ not in lx.TRIP_NOUNS:
        return
    kinds = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if any(c.lower_ not in lx.VISIT_KINDS for c in kinds):
        return  # "the Kyiv Visit Programme", "Trump Tour": a name
    if tok.ent_type_:  # "an Official Working Visit", "the State Visit of the President" taken for a body's name
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or not kinds or any(t.i < tok.i and t.dep_ != "det" and t not in kinds for t in ent):
            return
        tok.doc.ents = [e for e in tok.doc.ents if e != ent]
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if tok.lower_.endswith("s") else "NN", tok.lower_.rstrip("s")
    for c in kinds:
        c.pos_, c.tag_, c.lemma_ = "ADJ", "JJ", c.lower_


def _member(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which values are in ids (sorted, non-empty): np.isin without sorting ids again for every document."""
    at = numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)
    return ids[at] == values
