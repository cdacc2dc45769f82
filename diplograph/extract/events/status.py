"""The status an article claims for an event mention, from tense, modality and governing words."""

from __future__ import annotations

import calendar
import re
from functools import wraps

from diplograph.extract.actors.columns import doc_text, sentence_bounds, span_text, subtree_ids
from diplograph.extract.actors.headlines import english_words
from diplograph.extract.base import any_word, token_strings
from diplograph.extract.clauses import is_speech_verb
from diplograph.extract.events.asked import asker_label
from diplograph.kb import event_lexicon as lx

UP_DEPS = frozenset("dobj nsubj nsubjpass attr oprd pobj pcomp xcomp acl relcl advcl ccomp conj appos acomp".split())
_GO_ON = "go-on"  # this level says nothing; look at the governing word
_SILENT = "silent"  # the words around say nothing about the status, and nothing above may either
_EVENT_NOUNS = frozenset(lx.TRIGGER_NOUNS) | {"talk"}
_SPANS = frozenset("minute hour day week month year".split())
PHASES = frozenset("start beginning outset end close conclusion opening closing".split())  # "at the start of a visit"
_ATTENDANCE = frozenset("participation attendance appearance presence".split())
_SHOW_UP = frozenset("attend show turn appear come go join participate travel".split())  # "failed to show up at"
_TRANSPARENT = frozenset("""round rounds series session sessions format kind sort type venue""".split()) | _ATTENDANCE \
    | PHASES  # "a round of talks", "suspended its participation in the talks", "at the start of
# a visit": the words above tell what became of the event


_PHRASAL = lx.DECLINE_PHRASES | lx.CANCEL_PHRASES  # a phrasal verb's adverb the parser hung the event under


def governors(trigger, limit: int = 5) -> list:
    """The trigger, then the words that govern it, up to (not including) a speech verb."""
    memo = trigger.doc.user_data.setdefault("diplograph-governors", {})
    found = memo.get((trigger.i, limit))
    if found is None:  # each sighting's steps climb from the same trigger again
        found = memo[trigger.i, limit] = [t.i for t in _governors(trigger, limit)]
    doc = trigger.doc
    return [doc[i] for i in found]


def _governors(trigger, limit: int) -> list:
    """governors() worked out afresh."""
    chain, tok = [trigger], trigger
    if (verb := _span_misread(trigger)) is not None:
        chain.append(tok := verb)  # "called off his Kabul visit hours before departure": the visit is called off
    for _ in range(limit):
        if tok.dep_ not in UP_DEPS and tok.dep_ != "prep" and not (tok.dep_ == "npadvmod" and measure(tok)) \
                and not (tok.dep_ == "csubj" and reduced_relative(tok)) \
                and not (tok.dep_ == "agent" and tok.head.lemma_.lower() in _SEQUENCE) \
                and not (tok.dep_ == "advmod" and chain[-2:-1] and chain[-2].dep_ == "prep"
                         and (tok.lower_ in lx.RETURN_ADVERBS or (tok.head.lemma_.lower(), tok.lower_) in _PHRASAL)) \
                or tok.head == tok:  # "came back to the table", "will stay away from the summit"
            break
        if tok.dep_ in ("ccomp", "parataxis") and is_speech_verb(tok.head) and not _mandative(tok):
            break  # the reporting verb says nothing about the event's status
        said = tok.head
        tok = _reported_clause(tok) or _stranded_that(tok) or said
        if (then := _aside_then(tok)) is not None:
            chain.append(then)  # "the talks, postponed twice, will now be held in X": the later verb governs
            break
        chain.append(tok)
    return chain


def _span_misread(trigger):
    """"called off his X visit hours before departure" parsed with the event noun as a compound of "hours": the verb
    the span's "before/after" phrase hangs on, which governs the event noun itself."""
    span = trigger.head
    if trigger.dep_ != "compound" or span.dep_ != "npadvmod" or span.lemma_.lower() not in _SPANS \
            or span.head.dep_ != "prep" or span.head.lower_ not in ("before", "after") \
            or not any(c.dep_ == "poss" or c.dep_ == "det" for c in trigger.children):
        return None
    verb = span.head.head
    return verb if verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children) else None


_SEQUENCE = frozenset("follow precede".split())  # "will visit X, followed by a visit to Y": the next leg of the plan


def _mandative(verb) -> bool:
    """"proposed that Chile host the summit", "that the two governments hold talks" (tagged a plain present), "that
    the talks be held in X": a bare verb with its own subject under a proposal is the proposal's."""
    above = verb.head if verb.dep_ == "ccomp" else _stranded_that(verb) or _proposal_that(verb)
    if above is None or above.lemma_.lower() not in lx.PROPOSE | _THAT_PROPOSALS \
            or any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.tag_ == "VBN":  # "proposed that the next session be held in X": a bare passive
        return any(c.dep_ == "nsubjpass" for c in verb.children) \
            and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    return verb.tag_ in ("VB", "VBP") and any(c.dep_ == "nsubj" for c in verb.children)


_THAT_PROPOSALS = frozenset("proposal suggestion request demand call idea".split())  # "a proposal that X meet Y"


def _proposal_that(clause):
    """The noun of "rejected a Swedish suggestion that the two ministers meet in July": a proposal whose that-clause
    tells what it asks (its own answer or its being put forward is the status, not the bare verb's tense)."""
    return clause.head if clause.dep_ == "acl" and clause.head.lemma_.lower() in _THAT_PROPOSALS \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) else None


def _stranded_that(clause):
    """The proposal verb of "proposed to X during a call on Thursday that the two countries hold a summit" when the
    parser hung the that-clause on the noun of the verb's prepositional phrase and the verb has no clause of its own."""
    if clause.dep_ != "acl" or clause.pos_ not in ("VERB", "AUX") or clause.head.dep_ != "pobj" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = clause.head.head.head
    if clause.head.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.PROPOSE \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return verb


def _aside_then(verb):
    """"X, postponed twice, will now be held": the parser made the bare participle of an aside the clause's verb
    and the true verb its conjunct; that conjunct, with its own auxiliary."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None  # (the comma first: one Token, not a walk of the children)
    heads = (verb, verb.head) if verb.dep_ == "ccomp" else (verb,)  # "announced that the summit, postponed in June,
    # would now be held in X": the parser may hang the true verb on the reporting verb instead
    return next((c for h in heads for c in h.children if c.pos_ in ("VERB", "AUX") and c.i > verb.i
                 and (c.dep_ == "conj" if h == verb else c.dep_ in ("conj", "ccomp") and not any(
                     a.dep_ in ("nsubj", "nsubjpass") for a in c.children))
                 and any(a.dep_ in ("aux", "auxpass") and a.i > verb.i for a in c.children)), None)


def _reported_clause(prep):
    """"X will call on Y, during a visit to Z, the ministry said": a phrase before a trailing reporting verb that
    the parser hung on it belongs to the clause reported before it (that clause's verb, else None)."""
    said = prep.head
    if prep.dep_ != "prep" or prep.i > said.i or not is_speech_verb(said):
        return None
    clause = next((c for c in said.children if c.dep_ in ("ccomp", "parataxis") and c.i < prep.i), None)
    while clause is not None and (down := next((c for c in clause.children if c.dep_ == "xcomp" and c.i < prep.i),
                                               None)) is not None:
        clause = down  # "is expected to call on Y": the verb the phrase goes with is "call"
    return clause


def event_levels(trigger, chain: list | None = None) -> list:
    """The trigger and its governors (``chain``, governors(trigger), when the caller has it) up to the first word that
    is about something else ("the day of talks")."""
    out = [trigger]
    for level in (governors(trigger) if chain is None else chain)[1:]:
        if level.pos_ in ("NOUN", "PROPN") and not infinitive(level) and level.lemma_.lower() not in _EVENT_NOUNS | _TRANSPARENT \
                and not measure(level) and not name_on(level, trigger) and level.lemma_.lower() not in SIDELINES \
                and not proposer(level):
            break
        out.append(level)
    return out


def proposer(level) -> bool:
    """"a proposal by Iran's foreign minister for talks": the proposer the parser hung the proposal's "for" phrase on
    (the words above it still tell the talks' fate)."""
    return level.dep_ == "pobj" and level.head.lower_ in ("by", "from") and proposal_noun(level.head.head) \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in level.children)


def infinitive(tok) -> bool:
    """"offered to host talks" with "host" tagged a noun: a noun with an infinitive's "to" is a verb."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children)


def name_on(level, trigger) -> bool:
    """"next week's Council of the Baltic Sea States ministerial": a body's name before the event noun that the
    parser made the noun's head; it names who meets, and says nothing of the event's status."""
    doc = trigger.doc
    last = trigger.i - 1
    while last > level.i and doc[last].dep_ == "amod" and doc[last].head == trigger and doc[last].pos_ == "ADJ":
        last -= 1  # "the 4th EU–AU ministerial meeting": the name, then what kind of meeting
    if level.lemma_.lower() == "head" and trigger.head.head == level and trigger.head.lower_ == "of" \
            and any(c.dep_ == "compound" and c.lemma_.lower() in _RULED for c in trigger.children):
        return True  # "the SADC heads of state meeting" parsed as heads of a "state meeting"
    if level.pos_ != "PROPN" or not 0 <= level.i < last or not doc[last].text[:1].isupper():
        return False
    return all(t.pos_ in ("ADP", "DET", "CCONJ") or t.text[:1].isupper() or t.text in NAME_DASHES and not t.whitespace_
               for t in doc[level.i:last + 1])  # "the Ghana–Togo Joint Commission", "the EU–Western Balkans summit"


_RULED = frozenset("state government".split())  # "heads of state", "heads of government"
NAME_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")  # hyphens and dashes that join two names


def measure(noun) -> bool:
    """"two days of talks", "12 hours of negotiations": a counted length of the event, not a day it speaks of."""
    return noun.lemma_.lower() in _SPANS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and any(c.dep_ == "nummod" or c.lower_ in ("several", "few") for c in noun.children)


def _one_span(noun) -> bool:
    """"wrapped up a day of talks", "after a week of negotiations": one span of the event, whose fate the verb above
    tells (not "the first day of talks": a day of the event the words above speak of)."""
    return noun.lemma_.lower() in _SPANS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and [c.lower_ for c in noun.children if c.dep_ != "prep"] in (["a"], ["an"])


def _day_of(noun) -> bool:
    """"open the second day of their summit", "the final day of the talks began": a day of the event counted, whose
    going on the verb above tells (not "the first day of the summit", which the words above only speak of)."""
    return noun.lemma_.lower() == "day" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and any(c.dep_ == "amod" and (c.lower_ in _LAST_DAYS or c.ent_type_ in ("ORDINAL", "DATE")
                                    and c.lower_.endswith(("st", "nd", "rd", "th"))) for c in noun.children) \
        and noun.dep_ in ("dobj", "nsubj") and noun.head.lemma_.lower() in _DAY_OPENS


_LAST_DAYS = frozenset("final last closing opening".split())
_DAY_OPENS = frozenset("open begin start close end wrap conclude enter".split())  # "enters its second day"


def fresh_modifier(trigger, chain: list) -> bool:
    """"a second round", "the next meeting", "another summit": a further occurrence of something known."""
    nouns = [trigger] + [t for t in chain[1:3] if t.lemma_.lower() in _TRANSPARENT]
    return any(lx.modifier_text(c) in lx.FRESH_MODS or lx.later_ordinal(c) and n.lemma_.lower() in lx.ROUND_NOUNS
               if c.dep_ in ("amod", "nummod", "det")
               else c.dep_ == "poss" and c.lemma_.lower() in _PERIODS  # "next year's summit"
               and any(d.lower_ in lx.NEXT_ONE for d in c.children) for n in nouns for c in n.children)


_PERIODS = frozenset("year month week".split())


def is_fresh(trigger, chain: list) -> bool:
    """"meet again", "a second round", "resume talks": a new occurrence, not the one already reported."""
    if fresh_modifier(trigger, chain):
        return True
    verbs = [t for t in chain[:3] if t.pos_ == "VERB"]
    return any(c.lower_ == "again" for v in verbs for c in v.children) \
        or any(v.lemma_.lower() in lx.FRESH_VERBS or v.lemma_.lower() in lx.FRESH_AHEAD_VERBS and v.tag_ == "VB"
               and trigger.dep_ == "dobj" and trigger.head == v and _set_sitting(v, trigger) for v in verbs)


def _set_sitting(verb, obj) -> bool:
    """"continue the talks in Batken in April": a place or a time of their own makes the going-on a further sitting
    (not "would continue the dialogue")."""
    return any(t.ent_type_ in ("GPE", "DATE", "LOC", "FAC") for c in verb.children if c != obj and c.dep_ != "nsubj"
               for t in c.subtree)


def status_of(trigger, chain: list | None = None) -> str | None:
    """proposed | agreed | scheduled | held | declined | cancelled, or None when nothing says (``chain``:
    governors(trigger), when the caller has it)."""
    if nominal_gerund(trigger) or body_word(trigger):
        return status_of(trigger.head)  # "will not attend the leaders meeting": the status of "leaders"; "invited
        # X to the next meeting of the Joint Consultation Mechanism": the status of the body's meeting
    if polar_question(trigger) and question_answer(trigger) == "no":
        return "declined"  # "Q: Will you go to the summit? A: No, I will not go.": the one asked refuses
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ == "you" for c in trigger.children) \
            and question_answer(trigger) == "no":
        return "declined"  # "Q: The ambassador has asked to see you. A: And I have said no.": asked, refused
    own = _modifiers(trigger)
    if own == "proposed" and trigger.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
        verb = trigger.head
        while trigger.dep_ == "pobj" and verb.pos_ == "ADP" and verb.head != verb:
            verb = verb.head  # "pulled out of a planned meeting": the verb above the prepositions
        above = _level(verb, trigger) if verb.pos_ == "VERB" or trigger.dep_ != "pobj" else _GO_ON
        if above in ("declined", "cancelled", "agreed") and (trigger.dep_ != "nsubj" or above == "cancelled"):
            return above  # "postponed a planned trip", "rejected a proposed summit", "a planned visit fell through"
        if above == "scheduled" and verb.pos_ == "VERB" and (verb.lemma_.lower() in lx.HELD or _happening(verb)):
            return above  # "the planned summit will take place in May", "Iraq will host the proposed talks"
    if own is not None:
        return None if own == _SILENT else own
    if has_begun(trigger):
        return "held"  # "who is in Nairobi on a two-day visit that began on Monday"
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB" and not _negated(trigger.head) \
            and lemma_is(trigger.head, lx.CANCEL, lx.CANCEL_PHRASES) and not _repeated(trigger.head):
        return "scheduled" if _taken_up(trigger.head, trigger) or _still_on(trigger.head) else "cancelled"  # "the meeting that was to be held
        # on Friday has been called off": the plan is off
    if trigger.dep_ == "nsubj" and (verb := _misread_plan(trigger.head)) is not None and not _negated(verb) \
            and not _repeated(verb):
        return "scheduled" if _still_on(verb) else "cancelled"  # "a meeting planned for Thursday has been called
        # off", with "a meeting planned" parsed as a clause subject of the call-off
    if _is_off(trigger):
        return "cancelled"  # "Friday's summit in Tirana is off", "the visit is now off"
    planned = to_be_held(trigger)
    unheld = "cancelled" if planned is not None and _unfulfilled(planned) else None  # "was to have been held"
    if planned is not None and unheld is None:  # "a summit on the situation in Sudan, to be held in
        # Djibouti on Saturday" (not "which was to have been held in X on Friday": the verbs above tell its fate)
        return "declined" if _refused_above(trigger, chain) else "scheduled"  # "will not attend the session to be
        # held in Minsk": one side stays away from a sitting set
    host = hosting_clause(trigger)
    if host is not None and (found := _hosting_tense(host)) is not None:
        if found == "scheduled" and _refused_above(trigger, chain):
            return "declined"  # "will not attend a conference that India is hosting": one side stays away
        return found  # "the summit, which Iraq will host in May", "the talks that Oman hosted last week"
    if trigger.pos_ == "VERB" and trigger.tag_ == "VB" and trigger.dep_ in ("acl", "relcl") \
            and not _negated(trigger) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        noun = trigger.head  # "an invitation to meet" / "a delegation to negotiate": a purpose
        if noun.dep_ == "ROOT":
            return "scheduled"  # a headline: "Japan's foreign minister to visit India on Monday"
        found = _noun_level(noun) if noun.pos_ == "NOUN" else _GO_ON
        if found == _GO_ON and (verb := _stranded_infinitive(noun)) is not None:
            return _verb_level(verb, trigger)  # "agreed during a phone call on Tuesday to meet in X": the parser hung
            # the infinitive on the call; the verb that wants it tells
        return "proposed" if found == _GO_ON else found
    for level in governors(trigger) if chain is None else chain:
        found = _level(level, trigger)
        if found != _GO_ON:
            return found
        if level != trigger and level.pos_ in ("NOUN", "PROPN") and not name_on(level, trigger) \
                and level.lemma_.lower() not in _EVENT_NOUNS | _TRANSPARENT | SIDELINES and not measure(level) \
                and not _one_span(level) and not _day_of(level) \
                and not infinitive(level) and not (trigger.dep_ == "appos" and level == trigger.head) \
                and not proposer(level):
            # ("offered to host talks" with "host" tagged a noun: read on up; "the CARICOM–United States security
            # dialogue" with the name's first word made the head: the same thing)
            return _participle(trigger) or unheld  # "the first day of talks": the words above speak of the day, not
            # the talks (though "the outcome of talks held in Oslo" still has the talks' own clause)
    return _participle(trigger) or unheld


_CEREMONY_VERBS = lx.CREDENTIAL_VERBS | lx.AUDIENCE_VERBS  # "presented her credentials", "granted an audience"
_INFINITIVE_TAKERS = lx.AGREE | lx.COMMIT | lx.DECLINE | lx.INSTRUCT  # verbs whose infinitive says what they agreed


def _stranded_infinitive(noun):
    """The verb of "agreed during a telephone call to meet", "refused at the last minute to attend" when the parser
    hung the infinitive on the noun of the verb's prepositional phrase and the verb has no complement of its own."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.lemma_.lower() in lx.PROPOSE_NOUNS:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INFINITIVE_TAKERS \
            or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
        return None
    return verb


def _refused_above(trigger, chain: list | None) -> bool:
    """The first verb above an event noun that says anything says one side will not come ("will not take part in")."""
    for level in (governors(trigger) if chain is None else chain)[1:4]:
        if level.pos_ in ("VERB", "AUX"):
            return _level(level, trigger) == "declined"
    return False


def trip_off(chain: list) -> str | None:
    """"postponed his trip to Muscat, where he was to hold talks with Y", "cancelled a trip during which he was to
    meet Y": a contact planned in a relative clause of a trip called off or refused (or in a clause of planning on
    the verb that calls it off) falls with the trip (``chain``:
    the contact's governors); None when no such trip holds it."""
    clause = next((level for level in chain[1:] if level.dep_ == "relcl"), None)
    if clause is not None:
        trip = clause.head
    else:  # "scrapped his trip to X, a day before he was to meet Y": a plan in a clause on the verb
        clause = next((level for level in chain[1:] if level.dep_ == "advcl"), None)
        trip = None if clause is None else _plan_beside(clause)
    if trip is None:
        return None
    if trip.dep_ == "pobj" and trip.head.dep_ == "prep" and trip.head.head.lower_ in lx.TRIP_NOUNS:
        trip = trip.head.head  # "his trip to Muscat, where ...": the relative hung on the destination
    if trip.pos_ != "NOUN" or trip.lower_ not in lx.TRIP_NOUNS:
        return None
    found = status_of(trip)
    return found if found in ("cancelled", "declined") else None


def _plan_beside(clause):
    """The object of the verb a clause of planning ("before he was due to meet Y") hangs on, else None."""
    if not _planned(clause) or clause.head.pos_ != "VERB":
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


SIDELINES = frozenset("sidelines sideline margins margin fringes fringe".split())  # "will meet on the sidelines
# of the summit": the summit takes the tense of the meeting on its sidelines (not "on the eve of": a day apart)
_DOUBT_ADJ = frozenset("unlikely improbable doubtful premature".split())  # "a meeting is unlikely": a prospect denied
_NO_PROSPECT = frozenset("plan intention prospect chance".split())  # "no plans to meet", "no prospect of talks"
_WHETHER = frozenset({"whether"})  # dismissed's question word, looked for in the document's words first


def dismissed(trigger, chain: list | None = None) -> bool:
    """True when the text denies the event's prospect ("a meeting is unlikely", "are unlikely to meet",
    "there are no plans for talks", "have not met in years") or only asks about it ("asked whether they would
    meet"): nothing is proposed, nothing took place. ``chain``: governors(trigger), when the caller has it."""
    if trigger.pos_ == "VERB" and _negated(trigger) and trigger.tag_ == "VBN" \
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return True  # "have not met in more than a decade": nothing took place, nothing is planned
    if polar_question(trigger):
        answer = question_answer(trigger)  # "Will the minister meet him next week?": a journalist's question, no
        if answer is None and answered_status(trigger) is not None:
            return False  # "- We have proposed one for January.": the answer tells how far it has got
        return not (answer == "yes" or answer == "no" and (asks_you(trigger) or _elliptic_answer(trigger)))  # claim
        # unless the answer makes it ("Will the President go? - He will not.": his side refuses)
    chain = governors(trigger, 4) if chain is None else chain[:5]  # four steps up: the five-step chain's first five
    if any_word(trigger.doc, _WHETHER) and any(c.dep_ == "mark" and c.lower_ == "whether" for v in chain
                                                if v.pos_ in ("VERB", "AUX") for c in v.children):
        return True  # "asked whether the EU would hold talks": a question, no claim
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in lx.DENY_VERBS - {"reject"}:
        return not any(_called_off_verb(v) for v in chain[1:])  # "denied that its envoy had met X": the climb
        # stops below the speech verb (not "denied that the summit had been postponed": the summit stands)
    for n, (below, level) in enumerate(zip(chain, chain[1:])):
        if _denied(below, level):  # "denied that the minister had met X", "dismissed reports of a meeting" (not
            return not any(_called_off_verb(v) for v in chain[1:n + 1])  # "denied reports that X had cancelled
            # the visit": the cancellation is denied, the visit stands
        if level.pos_ == "ADJ" and level.lower_ in _DOUBT_ADJ:
            return True  # "are unlikely to meet"
        if level.lemma_ == "be" and below.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "acomp" and c.lower_ in _DOUBT_ADJ for c in level.children):
            return True  # "a meeting ... is unlikely"
        if level.pos_ == "NOUN" and level.lemma_.lower() in _NO_PROSPECT \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in level.children):
            return True  # "no plans for a meeting", "no plans for X to meet Y"
        if level.pos_ == "NOUN" and level.lemma_.lower() not in _EVENT_NOUNS | _TRANSPARENT:
            return False  # the words above are about something else
    return False


def _called_off_verb(tok) -> bool:
    """A verb that calls an event off or puts it off ("cancelled", "postponed", "called off")."""
    return tok.pos_ == "VERB" and lemma_is(tok, lx.CANCEL, lx.CANCEL_PHRASES)


def _still_on(verb) -> bool:
    """"the summit may be postponed", "denied reports that the visit had been cancelled": a call-off only feared or
    denied, so the plan it would undo still stands."""
    if any(a in _HEDGES for a in _auxiliaries(verb)):
        return True
    above = verb.head
    if verb.dep_ in ("acl", "relcl") and above.lower_ in lx.REPORT_NOUNS:
        verb, above = above, above.head  # "denied reports that X had cancelled the visit"
    return verb.dep_ in ("ccomp", "dobj") and above.pos_ == "VERB" and above.lemma_.lower() in lx.DENY_VERBS \
        and not _negated(above)


_HEDGES = frozenset("may might could".split())


def _turned_up(verb) -> bool:
    """"did not show up for the talks", "did not turn up at the summit", "did not travel to the meeting": a party that
    stayed away from an event held without it."""
    lemma = verb.lemma_.lower()
    if lemma in ("show", "turn"):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "out") for c in verb.children)
    return lemma in _SHOW_UP


def _denied(below, level) -> bool:
    """A denial above the event: "denied that X met Y" (its clause), "denied reports that X met Y" (the reports)."""
    if level.pos_ == "VERB" and level.lemma_.lower() in lx.DENY_VERBS - {"reject", "dismiss"} \
            and below.dep_ == "ccomp":
        return True
    return level.pos_ == "NOUN" and level.lower_ in lx.REPORT_NOUNS and level.dep_ == "dobj" \
        and level.head.lemma_.lower() in lx.DENY_VERBS


_QUESTION_OPENERS = frozenset("""will would shall should can could may might must is are was were am do does did
has have had""".split())


def polar_question(tok) -> bool:
    """A yes/no question ("Will X meet Y?", "Is there a plan for talks?"): it asks, it claims no event."""
    doc = tok.doc
    start, end = sentence_bounds(doc, tok.i)  # tok.sent searches the sentence out again on every access
    memo = doc.user_data.setdefault("diplograph-polar-questions", {})
    if start not in memo:  # a property of the sentence: asked once, whichever trigger asks
        # the question mark first, from the text: most sentences end otherwise (no Span, no Token per word)
        asked = span_text(doc, start, end).rstrip().rstrip("\"'\u201d").endswith("?")
        memo[start] = asked and _polar_sentence(doc[start:end])
    return memo[start]


def question_answer(tok) -> str | None:
    """"yes" or "no" opening the answer to the question a word stands in, on the line below it (after the
    answerer's label, "MINISTER: No, I will not go."); None when the next line gives neither."""
    m = _answer(tok)
    if m is None:
        return None
    word = m.group(1).lower()
    return word if word in ("yes", "no") else "no" if _NEGATED_ANSWER.search(word) else "yes"  # "He will." a yes


def _elliptic_answer(tok) -> bool:
    """An answer that tells the question's clause again by its subject and auxiliary ("He will not.")."""
    m = _answer(tok)
    return m is not None and m.group(1).lower() not in ("yes", "no")


def sentence_last(tok):
    """The last word of the sentence a word stands in, past trailing white space: a "?" there makes it a question."""
    doc = tok.doc
    start, end = sentence_bounds(doc, tok.i)
    return next((doc[i] for i in range(end - 1, start, -1) if not doc[i].is_space), doc[end - 1])


def answered_status(tok) -> str | None:
    """The status an answer's opening gives the event its question names ("Q: Will the Secretary meet X? A: We have
    proposed a meeting." proposed; "Those talks have been postponed to May." scheduled), else None."""
    last = sentence_last(tok)
    if last.text != "?":
        return None
    m = _STATUS_ANSWER.match(doc_text(tok.doc), last.idx + len(last))
    if m is None and _asks_when_ahead(tok) and _WHEN_ANSWER.match(doc_text(tok.doc), last.idx + len(last)):
        return "scheduled"  # "Q: When do the ministers next meet? A: In Kuwait City on 2 August.": set for then
    return None if m is None else next(k for k, v in m.groupdict().items() if v is not None)


_OFF_AFTER = re.compile(
    r"\s+(?:it|they)(?:(?: has| have|'s|'ve| had)(?: now| since| also)? been| was| were| is| are)(?: now)? "
    r"(?:cancell?ed|called off|scrapped|shelved|suspended|postponed|put off|off)\b"
    r"(?! (?:to|until|till|for|from|twice|again|repeatedly|several|before|once|last|in)\b)"
    r"|\s+(?:it|they) (?:will not|won't|would not) (?:go ahead|take place|happen)\b"
    r"|\s+(?:it|they) (?:will|would) not[:;]",
    re.I)  # (not "It has been postponed to June": set for then; "They were postponed twice": how late they came;
# nor "They went ahead", "They have called for talks")


def called_off_after(tok) -> bool:
    """"X and Y had planned talks in Kampala for next week. They have now been called off.", "The committee was to
    meet on 14 June. It will not: ...": the next sentence's pronoun subject, the plan just told, is called off."""
    last = sentence_last(tok)
    return last.text == "." and _OFF_AFTER.match(doc_text(tok.doc), last.idx + 1) is not None


def _asks_when_ahead(tok) -> bool:
    """A question on when or where an event still to come takes place ("When do the ministers next meet?", "Where
    will the summit be held?"; not "When did you last see him?")."""
    doc = tok.doc
    start, end = sentence_bounds(doc, tok.i)
    words = [t.lower_ for t in doc[start:end] if not t.is_space and not t.is_punct]
    at = next((i for i, w in enumerate(words[:6]) if w in ("when", "where")), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in _AHEAD_AUX


_AHEAD_AUX = frozenset("do does will is are shall".split())


def answered_span(tok) -> tuple[int, int] | None:
    """The characters of the answer's first sentence when it gives the event its question names a status
    ("- We have proposed one for January.", "- We have requested a meeting in Asmara."): where that answer tells
    the event's day and place, else None."""
    last = sentence_last(tok)
    if last.text != "?":
        return None
    text = doc_text(tok.doc)
    m = _STATUS_ANSWER.match(text, last.idx + len(last))
    if m is None and _asks_when_ahead(tok):
        m = _WHEN_ANSWER.match(text, last.idx + len(last))  # "- In Kuwait City on 2 August.": the answer's day, place
    if m is None and question_answer(tok) == "yes":
        m = _answer(tok)  # "- Yes, in March.": the day the yes gives
    if m is None:
        return None
    stop = _SENTENCE_END.search(text, m.end())
    return m.start(), stop.start() if stop is not None else len(text)


_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def answer_at(tok) -> int | None:
    """Where the yes-or-no answer to the question a word stands in begins (its answerer speaks there)."""
    m = _answer(tok)
    return m.start(1) if m is not None else None


def _answer(tok) -> re.Match | None:
    doc = tok.doc
    start = sentence_bounds(doc, tok.i)[0]
    last = sentence_last(tok)
    text, after = doc_text(doc), last.idx + len(last)
    if last.text == "?":
        return _ANSWER.match(text, after) or _NOT_WHILE.match(text, after) or _WONT_GO.match(text, after)
    line = text.rfind("\n", 0, doc[start].idx) + 1
    if not asker_label(text, line, len(text), _ASKER_CHARS):
        return None  # "Q: The ambassador has asked to see you." - "And I have said no.": a question put as a statement
    return _ANSWER.match(text, after) or _REFUSED.match(text, after)


_TURN = r"[ \t\"'\u201d]*\n\s*(?:[\u2014\u2013-][ \t]*|[^\n:?]{1,50}:[ \t]*)?"  # the answer's line: a dash or a label
_ANSWER = re.compile(_TURN + r"(?:(?:yes|no)[,.;]?[ \t]+(?=(?:he|she|they|we|i) [\w']+(?: not)?[,.!;]))?"
                     r"(yes|no|(?:he|she|they|we|i) (?:will|shall|did|does|"
                     r"do|has|have)(?: not|n't)?|(?:he|she|they|we|i) (?:won't|didn't|doesn't|don't|hasn't|haven't))"
                     r"\b[,.!;]", re.I)  # "Will the President go? - He will." / "She will not.": an elliptic yes or
# no, the question's clause told again by its subject and auxiliary alone, a "No," or "Yes," before it read through
# ("No, he will not."); (not "He is.": "is he going to call X?" may ask of someone the answer's "he" is not sure to be)
_NEGATED_ANSWER = re.compile(r"not|n't|said no|refused|declined|turned")
_REFUSED = re.compile(_TURN + r"(?:and |but )?((?:i|we) (?:have |had )?(?:said no|"
                      r"refused|declined|turned (?:it|him|her|them|that) down))\b", re.I)  # "- And I have said no."
_NOT_WHILE = re.compile(_TURN + r"(not)(?: while| until| as long as| so long as| under| unless| this time| on this "
                        r"occasion)\b", re.I)  # "Will you go to
# X? - Not while prisoners are being moved.", "Not this time.": a refusal on a condition or of this occurrence (not
# "Not yet.")
_WONT_GO = re.compile(_TURN + r"(?:no[,.;]\s*)?((?:the \w+|he|she|they|we|i) (?:will|shall|"
                      r"would) not (?:be )?(?:travel|go|attend|come|join|take part)\w*)\b(?! ahead)", re.I)  # "Will the
# President attend the summit? - The President will not travel to Washington this time.": the answer tells the one
# asked of again (not "They will not go ahead": the event called off)
_ASKED_EVENT = r"(?:(?:the|that|this|those|these|such an?) (?:meeting|talk|visit|trip|call|summit|round|conversation|" \
    r"consultation|bilateral|negotiation|session|conference)s?|it|that|this|those|they)"  # an answer's subject that names the question's event again
_STATUS_ANSWER = re.compile(
    _TURN + r"(?:(?:well|so|yes|indeed|actually)\b,?[ \t]+)?(?:[^\n.?!;:]{1,120}?, (?:and )?so[ \t]+)?(?:"
    r"(?P<proposed>(?:we|i|he|she|they)(?: have|'ve| has|'s)? (?:proposed|offered|suggested|requested|asked for|asked|"
    r"invited)\b"
    r"|(?:we|i)(?: are|'re|'m| am) (?:still )?(?:working (?:out|on)|looking at|discussing) (?:the |some )?"
    r"(?:dates?|details|timing|modalities|logistics)\b"
    r"|" + _ASKED_EVENT + r"(?: is| are|'s|'re) (?:under (?:discussion|consideration)|being (?:discussed|considered|"
    r"worked out|explored))\b)"
    r"|(?P<scheduled>" + _ASKED_EVENT + r"(?: is| are|'s|'re| has been| have been) (?:now )?(?:scheduled|set|planned|"
    r"due|confirmed|on (?:the|his|her|our) (?:schedule|agenda|programme|program|calendar))\b(?! (?:not|n't))"
    r"|" + _ASKED_EVENT + r" (?:has|have) been (?:postponed|moved|pushed back|rescheduled|put off|delayed) "
    r"(?:to|until|till)\b(?! further notice))"
    r"|(?P<declined>(?:he|she|they|we|i|the (?:\w+ ){0,2}(?:president|minister|secretary|chancellor|premier|king|"
    r"leader|delegation)) (?:will not|won't|is not going to|isn't going to|does not plan to|doesn't plan to) "
    r"(?:attend|travel|go|take part|participate|join|be (?:attending|travell?ing|going|there|present))\b(?! ahead))"
    r"|(?P<cancelled>" + _ASKED_EVENT + r" (?:has|have) been (?:cancell?ed|called off|scrapped|shelved|dropped)\b"
    r"|" + _ASKED_EVENT + r"(?: is| are|'s|'re| was| were)(?: now)? (?:cancell?ed|called off|scrapped|shelved|"
    r"suspended|off|on hold)\b(?! (?:to|until|till) (?!further notice))"
    r"|" + _ASKED_EVENT + r" (?:has|have) been (?:postponed|put off|delayed|pushed back|suspended) (?:until|till) "
    r"further notice\b"
    r"|" + _ASKED_EVENT + r" (?:has|have) been (?:postponed|put off|delayed|pushed back)(?! (?:to|until|till)\b)"
    r"|" + _ASKED_EVENT + r" (?:will not|won't|is not going to|isn't going to) (?:happen|take place|go ahead)\b"
    r"|(?:the (?:\w+ ){0,2}(?:chair|chairmanship|presidency|host|hosts|organi[sz]ers?|secretariat|government|ministry)|"
    r"they|he|she|we) (?:has|have|'ve|'s) (?:cancell?ed|called off|scrapped|shelved|postponed|put off|delayed) "
    r"(?:it|them|that)\b(?! (?:to|until|till|for)\b)|(?:they|he|she|we) (?:have|has|'ve|'s) called (?:it|them) off\b))",
    re.I)  # ("It has been postponed. No date has been fixed.", "That will not happen in the spring": called off; "X
# withdrew, so we have called it off": the reason first, the answer after "so")
# (not "That meeting is not on the schedule", "I have nothing to announce", "I'll refer you to the White House": no
# status; "I wouldn't rule it out": proposed at most, claimed by nobody)
# an answer that is only the place or day asked for: "In Kuwait City on 2 August, ahead of the summit."
_WHEN_ANSWER = re.compile(_TURN + r"(?:(?:in|on|at) (?-i:[A-Z0-9])[^\n.?!]{0,80}(?:[.;,]|$)|(?:next|this|later this) "
                          r"(?:week|month|year|spring|summer|autumn|fall|winter)\b|(?-i:[A-Z])[a-z]+ \d{1,2}(?:st|nd|rd|th)?[.,])",
                          re.I)
_ASKER_CHARS = 30  # how far into its line an asker's label ("QUESTION:") may end


def asks_you(tok) -> bool:
    """A question put to its answerer ("Will you attend the summit?"): "you" the subject of the event's clause."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children):
            return True
        verb = verb.head
    return False


def _polar_sentence(sent) -> bool:
    """polar_question() for one sentence ending in a question mark, worked out afresh."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    label = next((i for i, t in enumerate(sent[:6]) if t.text == ":"), None)  # "QUESTION: Will X ...?"
    if label is not None:
        words = [t for t in sent[label + 1:] if not t.is_punct and not t.is_space]
    if not words or words[0].lower_ not in _QUESTION_OPENERS:
        return False
    return words[0].tag_ in ("MD", "VBZ", "VBP", "VBD")


def nominal_gerund(tok) -> bool:
    """"the Forum leaders meeting", "a ministers meeting": a gerund the parser hung on a group noun, a noun in fact."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.GROUP_NOUNS \
        and tok.head.i == tok.i - 1 and not any(c.dep_ in ("dobj", "aux", "neg") for c in tok.children)


def body_word(tok) -> bool:
    """An event noun inside a joint body's name ("the Bilateral Consultation Mechanism"): the body tells."""
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" \
        and tok.head.lemma_.lower() in lx.JOINT_BODIES


def _participle(trigger) -> str | None:
    """"talks held last week", "a meeting planned for Friday", "a summit proposed by X": the noun's own verb."""
    later = happening_clause(trigger)  # "talks between the two, held in X in May": a participle set off after them
    for part in [c for t in (trigger, *of_bodies(trigger)) for c in t.children
                 if c.pos_ == "VERB" and (c.dep_ in ("acl", "relcl") or c.dep_ == "amod" and _own_subject(c))] \
            + ([later] if later is not None and later.dep_ == "acl" else []):
        if _negated(part) or part.tag_ not in ("VBN", "VBD"):
            continue
        lemma = part.lemma_.lower()
        if lemma in lx.PROPOSE:
            return "proposed"
        if lemma in lx.SCHEDULE or part.lower_ in lx.SCHEDULE_ADJ or lemma == "plan":
            return "scheduled"
        if lemma in lx.HELD and lemma not in ("have", "take"):
            return "held"
    return None


_STARTS = frozenset("begin start open".split())


def has_begun(trigger) -> bool:
    """"a visit that began on Monday", "talks which opened yesterday": the event's own clause says it has begun."""
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_.lower() in _STARTS and not _negated(c)
               and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
               for c in trigger.children)


def _own_subject(verb) -> bool:
    """"Angola mediated talks between X and Y", parsed as a modifier of "talks": a past verb with its own subject."""
    return any(c.dep_ == "nsubj" for c in verb.children)


def clauses_on(trigger) -> list:
    """The participial and relative clauses of an event noun, also those the parser hung on a later noun of its
    phrase ("the summit on climate finance, which Fiji will host"), unless another event noun is there."""
    memo = trigger.doc.user_data.setdefault("diplograph-clauses-on", {})
    found = memo.get(trigger.i)
    if found is None:  # to_be_held and hosting_clause both ask
        found = memo[trigger.i] = [c.i for c in _find_clauses_on(trigger)]
    doc = trigger.doc
    return [doc[i] for i in found]


def _find_clauses_on(trigger) -> list:
    """clauses_on() worked out afresh."""
    doc = trigger.doc
    pos, dep = token_strings(doc, "POS"), token_strings(doc, "DEP")  # columns: a Token only for the nouns
    ids = subtree_ids(trigger)
    hosts = {doc[t].head.i for t in ids if dep[t] in ("acl", "relcl")}  # only a word some clause hangs on has one
    nouns = [doc[t] for t in ids if t > trigger.i and t in hosts and (
        pos[t] in ("NOUN", "PROPN") or dep[t] == "appos" and doc[t].head == trigger)]  # "the summit, the seventh,"
    later = [c for t in nouns for c in t.children if c.dep_ in ("acl", "relcl")
             and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]  # set off by a comma: not restrictive
    if len({c.head.i for c in later}) > 1:  # nouns in Token.subtree's order (a non-projective parse may not ascend)
        at = {t.i: k for k, t in enumerate(trigger.subtree)}
        later.sort(key=lambda c: at[c.head.i])
    clauses = [c for c in trigger.children if c.dep_ in ("acl", "relcl")] + later
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in lx.ROUND_NOUNS:
        clauses += [c for c in trigger.head.head.children if c.dep_ in ("acl", "relcl") and c.i > trigger.i]
        # "the last round of talks between A and B, held in X": the round's clause is the talks'
    lemmas = token_strings(doc, "LEMMA")  # columns: no Token per word between
    named = {t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for t in subtree_ids(c)}
    return [c for c in clauses if not any(pos[t] in ("NOUN", "PROPN") and lemmas[t].lower() in _OWN_CLAUSE_NOUNS
                                          and not (c.head == trigger and t in named)
                                          for t in range(trigger.i + 1, min(c.i, c.left_edge.i)))]
    # "a call on the preparations for the Council to be held in X": the nearer noun owns the clause (not "the
    # Meeting of the Conference of X, which runs ...", hung on the gathering whose name holds the other noun)


_OWN_CLAUSE_NOUNS = frozenset(lx.TRIGGER_NOUNS) | lx.PREPARE_NOUNS | lx.JOINT_BODIES | lx.ROUND_NOUNS \
    | frozenset(lx.GATHERING_NAMES)


def per_token(fn):
    """Remember a finder's token answer per token of a document (as a token index, so user_data holds plain
    values): every sighting of a sentence asks about the same event nouns and verbs."""
    name = f"diplograph-{fn.__name__}"

    @wraps(fn)
    def remembered(trigger):
        memo = trigger.doc.user_data.setdefault(name, {})
        found = memo.get(trigger.i, _UNSEEN)
        if found is _UNSEEN:
            clause = fn(trigger)
            found = memo[trigger.i] = None if clause is None else clause.i
        return None if found is None else trigger.doc[found]

    return remembered


_UNSEEN = object()


@per_token
def to_be_held(trigger):
    """The passive infinitive or future describing an event noun ("a summit to be held in May", "talks, to be hosted by
    Oman, ...", "the meeting in X, which will be held on ..."), also where the parser hung it on the clause after a long noun phrase and a comma."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    parts = clauses_on(trigger)
    doc, after = trigger.doc, trigger.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after < len(doc) - 1 and doc[after].tag_ == "TO" and doc[after].head.dep_ in ("advcl", "xcomp", "acl"):
        parts.append(doc[after].head)  # the token right after the noun phrase opens the infinitive
    if after < len(doc) - 1 and doc[after].tag_ == "WDT" and doc[after].dep_ == "nsubjpass":
        parts.append(doc[after].head)  # ", which will be held on ...": a relative clause the parser hung elsewhere
    parts += [c for p in parts if p.lemma_ == "be" for c in p.children if c.dep_ == "xcomp"]  # "which is to be held"
    for part in parts:
        children = list(part.children)
        relative = any(c.tag_ == "WDT" for c in children)  # ", which will be held": a future only in a relative
        if part.pos_ == "VERB" and part.tag_ == "VBN" and not _negated(part) \
                and any(c.tag_ == "TO" or relative and c.tag_ == "MD" and c.lower_ in ("will", "shall")
                        for c in children) and any(c.dep_ == "auxpass" for c in children) \
                and part.lemma_.lower() in _HELD_PASSIVE:
            return part
    return None


@per_token
def hosting_clause(trigger):
    """The active relative clause saying who hosts an event noun ("the summit, which Iraq will host in May", "the
    talks that Kenya is hosting next month"): its verb, whose subject is the host."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in (c for c in clauses_on(trigger) if c.pos_ in ("VERB", "AUX")):
        if clause.lemma_.lower() not in _HELD_ACTIVE and not _to_host(clause, overtaken=True) \
                and not _offers_to_host(clause) and not _due_to_host(clause) or _negated(clause):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].tag_ not in ("WDT", "WP") and not any(
                c.dep_ == "dobj" and (c.tag_ not in ("WDT", "WP") or c.lower_ == "whom") for c in clause.children):
            # (not "with X, whom Y hosted in May": a person hosted, not the event)
            return clause
    return None


_SPAN_VERBS = frozenset("run last".split())  # "the meeting, which runs from Monday to Wednesday in X": its days


@per_token
def happening_clause(trigger):
    """"talks between A and B, which are due to take place in Geneva in June": a relative clause set off after the
    event's phrase (the parser may hang it on the phrase's last noun) whose relative subject is the event: the verb
    down its complement chain that says it takes place, whose time and place are the event's."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in clauses_on(trigger):
        if _negated(clause) or not (clause.dep_ == "acl" and clause.tag_ == "VBN" or clause.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in clause.children)):
            continue  # (or a bare participle: "the last round of talks between the two, held in X in May")
        verb, found = clause, None
        for _ in range(3):  # "which is due to take place": the last of the chain ("take"), not "due"
            lemma = verb.lemma_.lower()
            if lemma in lx.OWN_PARTICIPLES and lemma not in lx.GATHERING_CLAUSE_VERBS or lemma in _SPAN_VERBS \
                    or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
                found = verb
            verb = next((c for c in verb.children if c.dep_ in ("acomp", "xcomp")), None)
            if verb is None:
                break
        if found is not None:
            return found
    outer = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if outer is not None and outer.pos_ in ("NOUN", "PROPN") and outer.lemma_.lower() in lx.TRIGGER_NOUNS:
        return happening_clause(outer)  # "the Intersessional Meeting of the Conference of X, which runs ...": the
    return None  # clause of the gathering the event's noun names


def _to_host(verb, overtaken: bool = False) -> bool:
    """"which X is to host": "be" whose infinitive hosts the event (not "was to host", a plan since overtaken, unless
    ``overtaken``: who was to host it and where and when are still told)."""
    forms = ("is", "are", "was", "were") if overtaken else ("is", "are")
    return verb.lower_ in forms and any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_.lower() in _HELD_ACTIVE
                                        or c.dep_ == "acomp" and _to_host_after(c) for c in verb.children)


_DUE = frozenset("due set expected scheduled slated".split())


def _due_to_host(verb) -> bool:
    """The passive "which X is set / was expected to host": X hosts the event."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and _to_host_after(verb)


def _to_host_after(word) -> bool:
    """"which X was due (set) to host", its infinitive also parsed as "to" and a noun "host": X hosts the event."""
    return word.lower_ in _DUE and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_.lower() in _HELD_ACTIVE
        or c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ == "host" for o in c.children)
        for c in word.children)


def _offers_to_host(verb) -> bool:
    """"which Kazakhstan has proposed to host", "that Ghana offered to host": a host's offer for the event noun."""
    return verb.lemma_.lower() in ("propose", "offer") and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_.lower() in _HELD_ACTIVE for c in verb.children)


def _hosting_tense(verb) -> str | None:
    """scheduled for "will host" / "is hosting" / "is to host", held for "hosted" / "has hosted", else None (also for
    "which X was to host": a past plan, whose fate the verb governing the event tells)."""
    if _to_host(verb, overtaken=True) and not _to_host(verb):
        return None
    if _offers_to_host(verb):
        return "proposed"  # "the summit, which X has offered to host in August": X's offer, not yet a date set
    if _future(verb) or _to_host(verb) or _modal(verb) and not any(c.lower_ == "would" for c in verb.children) \
            or verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "'s", "’s") for c in verb.children):
        return "scheduled"
    if verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return "held"
    return None


_HELD_ACTIVE = frozenset("host convene organise organize stage chair".split())
_HELD_PASSIVE = frozenset("hold host convene organise organize stage chair".split())


def of_bodies(trigger) -> list:
    """"the meeting of the Interstate Council scheduled for June": the parser may hang the event's own
    participle on the body that meets."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def _headline_noun_verb(verb) -> str | None:
    """The status a headline's present-tense verb read as a plural noun tells ("cancels", "scraps", "shelves",
    "rejects", "accepts"), by its lemma or its form less the "s" (the lemmatiser reads "shelves" as "shelf")."""
    for lemma in (verb.lemma_.lower(), verb.lower_[:-1]):
        found = "cancelled" if lemma in lx.CANCEL else "declined" if lemma in lx.DECLINE else \
            "agreed" if lemma in lx.AGREE else None
        if found is not None:
            return found
    return None


def _modifiers(trigger) -> str | None:
    """Status words on the trigger noun itself ("a possible summit", "the meeting was necessary")."""
    if trigger.pos_ == "VERB":
        return None
    for verb in (c for c in trigger.children if c.dep_ == "compound" and c.tag_ in ("NNS", "VBZ") and c.i < trigger.i
                 and c.lower_.endswith("s")):  # a headline's verb read as a noun: "Boluarte cancels trip"
        found = _headline_noun_verb(verb)
        if found is not None:
            return found
    head = trigger.head
    if trigger.dep_ in ("dobj", "appos") and head.tag_ == "NNS" and head.i < trigger.i and head.lower_.endswith("s") \
            and head.dep_ == "ROOT" and any(c.dep_ == "compound" and c.i < head.i for c in head.children):
        found = _headline_noun_verb(head)  # "Lima scraps Quito-brokered port talks", "Lima shelves planned trip":
        if found is not None:  # the headline's verb read as the noun its subject compounds
            return found
    if any(c.dep_ == "amod" and c.lower_ in lx.PROPOSE_MODS for c in trigger.children):
        return "proposed"
    if trigger.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" and
                                      any(t.lower_ in lx.PROPOSE_ADJ for t in c.subtree) for c in head.children):
        return "proposed"  # "described a summit as important"
    if trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
        adjs = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        if any(a.lower_ in lx.PROPOSE_ADJ for a in adjs) or _modal(head) or _future(head):
            return "proposed"
        if any(a.lower_ in lx.HELD_ADJ for a in adjs) and head.tag_ == "VBD":
            return "held"
        if adjs and head.tag_ in ("VBZ", "VBP") and trigger.lemma_.lower() == "visit" \
                and any(a.ent_type_ == "ORDINAL" for a in adjs):
            return "held"  # "her visit is her first to Fiji": a report on the trip under way, counted
        if adjs and head.tag_ in ("VBZ", "VBP") and not any(a.lower_ in lx.SCHEDULE_ADJ for a in adjs):
            return _SILENT  # "the meeting is long overdue": a judgement, not a report that it took place
    if trigger.dep_ in ("nsubj",) and head.lemma_ in ("take", "happen", "occur") and head.tag_ in ("VBD", "VBN") \
            and not _negated(head):  # not "the summit never happened"
        return "held"
    return None


def _level(tok, trigger) -> str:
    """What one governing word says about the event, or _GO_ON."""
    if tok.pos_ == "ADP" and tok.lower_ == "of" and tok.head.lower_ == "ahead":
        return "scheduled"  # "ahead of talks between X and Y": talks still to come
    if tok.pos_ == "ADP" and tok.lower_ == "for" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.PREPARE_NOUNS
                                                         for c in tok.head.children):
        return "scheduled"  # "preparations are under way for a summit in May": still to come
    if tok.pos_ == "ADP" and tok.lower_ == "for" and (tok.head.pos_ == "VERB" or tok.head.tag_ == "NNS") \
            and tok.head.lemma_.lower() in lx.PREPARE_VERBS and not _negated(tok.head):
        return "scheduled"  # "is preparing for the summit", "PM readies for Accra trip" (a headline's verb the
        # tagger read as a plural noun): still to come
    if tok.pos_ == "ADP" and tok.lower_ == "in" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.lemma_.lower() not in _EVENT_NOUNS:
        return _GO_ON  # "a role in the talks", "a stake in the negotiations": the noun above decides
    if tok.pos_ == "ADP" and tok.lower_ in ("on", "at") and any(c.dep_ == "pobj" and c.lemma_.lower() in SIDELINES
                                                               for c in tok.children):
        return "held" if tok.head.tag_ in ("VBD", "VBN") and _past_context(tok) else _GO_ON  # "met on the
        # sidelines of the G20 summit": the summit was under way (a plan's tense is the verb's, read on up)
    if tok.pos_ == "ADP" and tok.lower_ in lx.SCHEDULE_ADJ and any(c.dep_ == "xcomp" for c in tok.children):
        return "cancelled" if _pluperfect(tok.head) else "scheduled"  # "where X is today due to hold talks" with
        # "due" tagged a preposition: as the adjective below
    if tok.pos_ == "ADP" or (tok.dep_ in ("prep", "advcl") and tok.lower_ == "following"
                             and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)):
        # "following" may tag as VBG, a preposition or a clause of its own ("Following talks with X, Y told ...")
        if tok.lower_ == "before" and trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head == tok \
                and _past_context(tok):
            return "held"  # "Before flying to Harare, he met X in Pretoria": the trip came after, and is past too
        if tok.lower_ == "during" and _overtaken(tok.head):
            return "cancelled"  # "X had been due to co-chair the commission during the trip": it fell through
        return "held" if (tok.lower_ in ("after", "during", "following", "since", "at", "in")
                          or tok.lower_ == "on" and trigger.lemma_.lower() == "visit") and _past_context(tok) \
            and not any(c.dep_ == "amod" and c.lower_ in lx.UPCOMING for c in trigger.children) \
            and not (tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() == "fail") \
            else _GO_ON  # (not "looked forward to meeting at the upcoming ministerial": still ahead)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.AGREEMENT_NOUNS and tok != trigger \
            and any(c.dep_ == "prep" and c.lower_ in ("on", "for") and trigger in c.subtree for c in tok.children):
        return "agreed"  # "reached agreement on a meeting of their ministers"
    if (tok.pos_ in ("NOUN", "PROPN") or proposal_noun(tok)) and tok != trigger and not infinitive(tok):
        return _noun_level(tok)
    if tok.pos_ == "ADJ":  # "due to visit", "willing to meet", "ready for talks"
        if tok.lower_ in lx.SCHEDULE_ADJ:
            return "cancelled" if _pluperfect(tok.head) else "scheduled"  # "had been due to co-chair": no longer
        if tok.lower_ in lx.ABSENT_ADJ and tok.dep_ == "acomp" and not _negated(tok.head) \
                and any(c.dep_ == "prep" and c.lower_ == "from" and trigger in c.subtree for c in tok.children):
            return "declined"  # "X will be absent from the summit", "X was missing from the talks": X stays away
        return "proposed" if tok.lower_ in lx.PROPOSE_ADJ else _GO_ON
    if tok.pos_ not in ("VERB", "AUX") or _mandative(tok):
        return _GO_ON  # "proposed that they hold talks": the proposal above tells, not the bare verb's tense
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.tag_ == "TO" for c in tok.children):
        offer = next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and proposal_noun(c)), None)
        if offer is not None:  # "conveyed the invitation of X for Y to pay a visit", the infinitive hung on the verb
            return _noun_level(offer)
    return _verb_level(tok, trigger)


def proposal_noun(tok) -> bool:
    """An invitation/offer/call noun, also when the tagger read it as a verb in an object slot ("rejects offer")."""
    return tok.lemma_.lower() in lx.PROPOSE_NOUNS and (
        tok.pos_ in ("NOUN", "PROPN")
        or tok.dep_ in ("dobj", "nsubjpass", "pobj") and tok.tag_ in ("NN", "NNS", "VB", "VBP"))


def _noun_level(noun) -> str:
    """An invitation/proposal noun: rejected, accepted, or simply proposed."""
    if noun.lemma_.lower() in lx.PREPARE_NOUNS or noun.lower_ in lx.PREPARE_NOUNS:
        return "scheduled"  # "discussed preparations for the summit in June": still to come
    if noun.lemma_.lower() in lx.DECLINE_NOUNS or noun.dep_ == "dobj" and _regrets_for(noun.head, noun):
        return "declined"  # "X's refusal to attend the summit", "a boycott of the talks", "sent apologies for it"
    if noun.lemma_.lower() in lx.ABSENCE_NOUNS and any(c.dep_ == "prep" and c.lower_ in ("from", "at")
                                                        for c in noun.children):
        return "declined"  # "X's absence from the summit", "a notable absentee at the talks" (not "in the absence
        # of talks")
    if noun.lemma_.lower() in lx.CANCEL_NOUNS:
        return _call_off_noun(noun)
    if noun.lemma_.lower() == "agreement" and any(c.dep_ == "acl" and c.tag_ == "VB" for c in noun.children):
        return "agreed"  # "ended with an agreement to convene a special session in October"
    if noun.lower_ == "decision" and any(c.dep_ == "acl" and c.tag_ == "VB" for c in noun.children) \
            and not any(c.dep_ == "poss" for c in noun.children):
        return "agreed"  # a meeting's outcome, "the decision to convene the next session in X" (not "X's decision")
    if noun.lemma_.lower() not in lx.PROPOSE_NOUNS and noun.lower_ != "decision":
        return _GO_ON
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and verb.pos_ == "ADP" and verb.lower_ in ("to", "with") and verb.head.pos_ == "VERB":
        verb = verb.head  # "agreed to a request for talks", "went along with the proposal"
    if verb is not None and lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES):
        return "declined"
    if verb is not None and noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and not _negated(verb) \
            and (lemma_is(verb, lx.CANCEL, lx.CANCEL_PHRASES) or _on_hold(verb)) and not _still_on(verb):
        return "cancelled"  # "dropped plans for a summit", "the proposal for talks has been shelved": the plan is off
    if verb is not None and verb.lemma_ in lx.AGREE:
        return _answer_asked(verb) or "agreed"
    answer = next((found for c in noun.subtree if c.pos_ == "VERB" and (found := answered_in(c)) is not None), None)
    if answer is not None:  # "a proposal for talks, which X dismissed", "an invitation that X has accepted" (the
        return answer  # parser may hang the clause on the last noun before it: "a proposal for talks with X, which")
    return "proposed" if noun.lower_ != "decision" else _GO_ON


def _regrets_for(verb, below) -> bool:
    """"sent his apologies for the summit", "tendered regrets for the meeting": one side sends word it will not come
    (``below``: the event's phrase or the regrets noun itself, under the verb)."""
    if verb.lemma_.lower() not in lx.REGRET_VERBS or _negated(verb):
        return False
    regrets = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.REGRET_NOUNS]
    if below in regrets:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in below.children)
    return bool(regrets) and any(p.dep_ == "prep" and p.lower_ == "for" and below in p.subtree
                                 for h in (verb, *regrets) for p in h.children)  # (not "send a delegation for talks")


def _call_off_noun(noun) -> str:
    """"announced the postponement of the summit": cancelled; "ruled out / denied a postponement of the summit": the
    summit stands; "called for the suspension of the talks": only asked, the words above decide."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to") else noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return "cancelled"  # "the postponement of the talks was announced on Monday", "following the cancellation"
    if _negated(verb) or verb.lemma_.lower() in lx.DENY_VERBS or lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES):
        return "scheduled"
    if lemma_is(verb, lx.PROPOSE, lx.PROPOSE_PHRASES) or verb.lemma_.lower() in ("call", "urge", "demand", "seek"):
        return _GO_ON
    return "cancelled"


def answered_in(verb) -> str | None:
    """"(a proposal) which X dismissed": declined; "which X accepted": agreed; a relative clause answering an offer."""
    if verb.dep_ != "relcl" or _negated(verb) or not any(o.dep_ == "dobj" and o.lower_ in ("which", "that")
                                                         for o in verb.children):
        return None
    if lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES):
        return "declined"
    return "agreed" if verb.lemma_.lower() in lx.AGREE else None


def _answer_asked(verb) -> str | None:
    """"urged X to accept its offer of talks": an acceptance only asked for is still a proposal; "refused to accept
    the invitation": declined."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.pos_ != "VERB":
        return None
    above = verb.head
    if _negated(above) or lemma_is(above, lx.DECLINE, lx.DECLINE_PHRASES):
        return "declined"
    if lemma_is(above, lx.PROPOSE, lx.PROPOSE_PHRASES) or above.lemma_.lower() in lx.OBJECT_CONTROL:
        return "proposed"
    return None


_GIVE_A_MISS = frozenset("miss berth".split())  # "give the summit a miss", "give the talks a wide berth"


def _verb_level(verb, trigger) -> str:
    """Tense, modality and lexical cues of one verb."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)  # read once: each walk of Token.children builds its Tokens anew
    if trigger.head == verb and trigger.dep_ == "nsubj" and reduced_relative(verb):
        return _GO_ON  # "the visit announced for next week will not take place": the clause's own verb tells
    subject = trigger.dep_ in ("nsubj", "nsubjpass") and (
        trigger.head == verb or trigger.head.head == verb and reduced_relative(trigger.head))
    if verb.tag_ == "VBP" and _mandative(verb):
        return _GO_ON  # "suggested that A and B meet in X": a subjunctive, the proposal above tells
    if any((lemma, c.lower_) in _FOLLOW_UPS for c in kids if c.dep_ in ("prt", "prep")) \
            and trigger.dep_ == "pobj":
        return "held"  # "will meet to follow up on a phone call", "builds on last week's talks": it took place
    if _unfulfilled(verb) and (trigger == verb or subject or trigger.head == verb and trigger.dep_ == "dobj"):
        return "cancelled"  # "was to have been held", "were to have met", "was to have held talks": planned, and did
        # not take place
    if trigger != verb and _overtaken(verb):
        return "cancelled"  # "had been scheduled to visit Y", "had been arranged for Friday": a plan overtaken
    if _planned(verb) and (called_off := _called_off(verb, trigger)) is not None:
        return called_off  # "the talks were due to take place on Monday but were called off"
    if _planned(verb) and (dropped := _plan_dropped(verb)) is not None:
        return dropped  # "the council the two sides were to convene during the visit has been dropped"
    if trigger != verb and any(c.dep_ in ("nsubj", "nsubjpass") and c != trigger and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in kids):
        return None  # "no date has been set for the talks": nothing is fixed, and the words say nothing more
    if lemma in ("send", "represent") and _stand_in_instead(verb, kids) and trigger.dep_ == "pobj" \
            and trigger.head.head == verb and trigger.head.lower_ in ("to", "at", "for"):
        return "declined"  # "will be represented at the summit by its trade minister rather than its president",
        # "will send its deputy to the talks instead of its leader": the leader stays away
    if _no_longer(verb):  # "will no longer visit X", "the talks will no longer take place": a plan given up
        return "declined" if lemma in ("attend", "join", "participate") else "cancelled"
    if _negated(verb):
        if subject and (_future(verb) or _modal(verb)):
            return "cancelled"  # "the meeting will not take place": called off, nobody in particular declined
        if subject and trigger.dep_ == "nsubj" and _happening(verb) \
                and any(c.dep_ == "neg" and (c.lower_ in ("not", "n't")
                                             or c.lower_ == "never" and _was_set(trigger, verb)) for c in kids):
            return "cancelled"  # "the session set for Sunday did not take place", "the talks X had called for 20 June
            # never took place" (a bare "never happened" may deny a meeting reported, no plan: unsaid)
        if _future(verb) or _modal(verb) or lemma in ("attend", "join", "participate", "go", "come", "meet") \
                or _turned_up(verb) or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids) \
                or lemma == "represent" and any(c.dep_ == "auxpass" for c in kids):  # "did not show up for the talks
            return "declined" if (_future(verb) or _modal(verb) or _chosen(verb) or _passed_up(verb)
                                  or _stayed_home(verb, lemma)) else None
        if _stood_in_for(verb, lemma, kids, trigger):
            return "declined"  # "X did not send a delegation to the summit", "the only member not represented at it"
        return None
    if lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES) or _regrets_for(verb, trigger):
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.THREAT_VERBS:
            return None  # "threatened to boycott the summit", "is considering skipping it": a refusal not made
        return "declined"
    if lemma_is(verb, lx.POSTPONE, lx.POSTPONE_PHRASES) and _repeated(verb):
        return None  # "the talks had been put off twice": how they came to be late, not that they are off
    if lemma == "miss" and verb.dep_ == "acl" and verb.tag_ == "VBG" and not _negated(verb) \
            or lemma == "give" and any(t.lower_ in _GIVE_A_MISS and t.i > trigger.i for t in verb.subtree):
        return "declined"  # "the only leader missing from the summit", "will give the summit a miss"
    if lemma == "fail" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _SHOW_UP for c in kids):
        return "declined"  # "failed to show up at the summit", "failed to attend the talks"
    if _came_out_of(verb, lemma, kids, trigger) and _realis(verb):
        return "held"  # "have just come out of a bilateral", "emerged from their talks": it took place
    if lemma == "cut" and any(c.lower_ == "short" for c in kids) and _realis(verb):
        return "held"  # "cut short his visit to Paris": it took place, and ended early
    if lemma_is(verb, lx.CANCEL, lx.CANCEL_PHRASES) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ATTENDANCE and c.is_ancestor(trigger)
            for c in kids):
        return "declined"  # "cancelled his appearance at the summit": one side's part called off, not the summit
    if lemma_is(verb, lx.CANCEL, lx.CANCEL_PHRASES) or _on_hold(verb) \
            or lemma in lx.RESCHEDULE_VERBS and _to_new_date(verb):
        return "scheduled" if _still_on(verb) else "cancelled"  # off on its day; a new date the text gives makes it scheduled again
    if lemma == "expect" and any(c.dep_ == "auxpass" for c in kids):
        return "scheduled"  # "the talks are expected to open on Friday" (without a date: proposed)
    if verb.dep_ == "ccomp" and (_modal(verb) or _future(verb)) and (
            verb.head.lemma_.lower() in lx.AGREE or verb.head.lemma_.lower() in _DECIDE and _joint_subject(verb.head)):
        return "agreed"  # "agreed that the next meeting would be held in Vientiane", "the two decided that their
        # ministers should meet"
    if (_modal(verb) or _future(verb)) and _agreed_after(verb):
        return "agreed"  # "X and Y will hold a session in Z, the two premiers agreed": the agreement parsed as a conjunct
    if _backshifted(verb) and not lemma_is(verb, lx.PROPOSE, lx.PROPOSE_PHRASES):
        return "scheduled"  # "she said Japan would send a minister to the meeting": reported "will" (not "said X
        # would propose that the committee meet": a proposal still)
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.AGREE | lx.COMMIT \
            and lemma_is(verb, lx.PROPOSE, lx.PROPOSE_PHRASES | lx.PURSUE_PHRASES):
        return _GO_ON  # "agreed to work toward a summit", "pledged to seek talks": the agreement above tells
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" and any(o.ent_type_ == "DATE" for o in c.children)
                               for c in kids):
        return "scheduled"  # "an emergency meeting has been called for Sunday": convened, not asked for
    if lemma_is(verb, lx.PROPOSE, lx.PROPOSE_PHRASES | lx.PURSUE_PHRASES) or _modal(verb) or _hypothetical(verb) \
            or _conditioned(verb) or _in_prospect(verb) or _asks_to(verb, trigger):
        return "proposed"
    if lemma in lx.AGREE or lemma in lx.INSTRUCT and verb.tag_ in ("VBD", "VBN") and trigger != verb:
        return (_answer_asked(verb) if lemma in lx.AGREE else None) or "agreed"  # "instructed their ministers to
        # meet": a decision that they will
    if lemma in lx.COMMIT and trigger != verb:
        if any(c.dep_ == "prep" and c.lower_ == "against" and trigger in c.subtree for c in kids):
            return "declined"  # "decided against attending the summit"
        return "agreed" if _joint_subject(verb) else "proposed"  # "the two sides decided to hold talks"
    if lemma in lx.SCHEDULE or lemma in ("plan", "intend") or (verb.tag_ == "VBN" and verb.lower_ in lx.SCHEDULE_ADJ):
        return "scheduled"
    if verb.tag_ == "VBD" and verb.lower_ in lx.SCHEDULE_ADJ and not any(c.dep_ == "dobj" for c in kids):
        return "scheduled"  # "Museveni, Ruto set for talks": a headline's participle read as a past tense
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ for c in kids):
        return "scheduled"  # "the meeting was due to be held on Friday": a plan, whatever became of it
    if any(c.dep_ == "acomp" and c.lower_ in lx.PROPOSE_ADJ for c in kids):
        return "proposed"
    if verb.head.lower_ in lx.PROPOSE_ADJ and verb.dep_ == "xcomp":
        return "proposed"
    if _future(verb) or headline_future(verb) or destined(verb):
        return "scheduled"
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and (verb == trigger or lemma in lx.HELD) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return "held"  # "Modi, Xi hold talks": a headline's present with its subject, tagged as a base form
    if verb.tag_ in ("VB", "TO") or (verb.dep_ == "xcomp" and verb.tag_ != "VBG"):
        return _GO_ON  # an infinitive: the verb above decides ("agreed to hold talks")
    if (lemma in _PURPOSE_VERBS or _moved_off(verb, kids)) and _purpose_of(trigger, verb):
        # "flew to Riyadh for talks" (past: they took place); "is heading to Jeddah for talks",
        # "returns to Amman on Saturday to meet X" (the trip is now, the meeting ahead)
        auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes) \
                or verb.tag_ in ("VBZ", "VBP") and not auxes and lemma != "gather":
            return "scheduled"
        return "held" if verb.tag_ in ("VBD", "VBN") and _realis(verb) else _GO_ON
    if verb == trigger and lemma in lx.TRAVEL_VERBS | lx.DEPART_VERBS and verb.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return "scheduled"  # "X heads to Ankara today", "departs for Apia on Sunday": a journey's timetable present
    if verb == trigger and _side_participle(verb):
        return "held"  # "Meeting in Cairo on Sunday, the ministers agreed ...": the meeting the clause took place at
    if (verb == trigger or lemma in lx.HELD or trigger.head == verb and trigger.dep_ == "nsubj") \
            and _timetable_present(verb):
        return "scheduled"  # "The summit opens in Riga on Monday", "Ministers meet in Oslo tomorrow": a timetable
    if verb == trigger or lemma in lx.HELD or lemma == "be" \
            or lemma in lx.TABLE_VERBS and trigger.lemma_.lower() in lx.TABLE_NOUNS \
            or lemma in _CEREMONY_VERBS and trigger.lower_ in lx.CEREMONIAL_WORDS \
            or lemma == "meet" and trigger.dep_ == "nsubj" and trigger.head == verb \
            or lemma == "get" and trigger.dep_ == "nsubj" and trigger.head == verb and _under_way(verb):
        # "came back to the table", "presented her credentials to X", "granted an audience to X", "the Council is
        # meeting" (a body's sitting)
        return "held" if _realis(verb) else _GO_ON
    if trigger.dep_ == "nsubj" and trigger.head == verb and verb.tag_ == "VBD" \
            and not any(c.dep_ in ("xcomp", "ccomp", "aux") for c in kids):
        if any(c.dep_ == "advcl" and c.lemma_.lower() in _STARTS and any(m.lower_ == "before" for m in c.children)
               for c in kids):
            return "cancelled"  # "the talks collapsed before they began": they never took place
        return "held"  # "the talks collapsed on Thursday", "the meeting lasted two hours": it took place
    if trigger.head == verb and _trip_reported(trigger):
        return "held"  # "her second visit to X this year comes as ...": a report's present, the trip under way
    return _GO_ON


_OUT_OF_VERBS = frozenset("come step walk emerge".split())  # "came out of the meeting", "emerged from talks"


def _came_out_of(verb, lemma: str, kids: list, trigger) -> bool:
    """"X and Y have just come out of a bilateral", "stepped out of the meeting", "emerged from talks": one leaves
    a sitting that took place (the trigger the object of "out of" or, after "emerge", "from")."""
    if lemma not in _OUT_OF_VERBS:
        return False
    preps = [c for c in kids if c.dep_ in ("prep", "prt")]
    if lemma == "emerge":
        return any(c.lower_ == "from" and trigger in c.subtree for c in preps)
    return any(c.lower_ == "out" and trigger in c.subtree and any(o.lower_ == "of" for o in c.children)
               for c in preps)


def _under_way(verb) -> bool:
    """"The summit gets under way": the event's own start, told as going on."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "way" for o in c.children)
               for c in verb.children)


def _trip_reported(trigger) -> bool:
    """"Her second visit to X this year comes as ...": a visit counted, subject of a plain present, told as under way
    (not "the leader's visit comes amid debate": a trip told as ahead may be talked of so too)."""
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP") and trigger.lemma_.lower() == "visit" \
        and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in trigger.children) \
        and not any(c.dep_ in ("xcomp", "aux") for c in verb.children)


def reduced_relative(verb) -> bool:
    """"the visit announced for next week will not take place", "the trip planned for May has been cancelled": a
    participle on the event noun that the parser read as a past verb whose clause is the sentence's subject."""
    return verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("csubj", "nsubj", "nsubjpass") \
        and verb.head.pos_ in ("VERB", "AUX") and verb.head.i > verb.i \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _in_prospect(verb) -> bool:
    """"a summit is on the cards for May", "talks remain on the table": a prospect, neither fixed nor held."""
    return verb.lemma_.lower() in ("be", "remain", "stay") and any(
        c.dep_ == "prep" and (c.lower_, o.lower_) in lx.PROSPECT_IDIOMS
        for c in verb.children for o in c.children if o.dep_ == "pobj")


def _joint_subject(verb) -> bool:
    """"X and Y", "the two sides", "they": a subject of more than one side (a conjunct's, its first verb's: "X and Y
    met ... and decided to hold")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (any(c.dep_ == "conj" for c in subj.children) or subj.tag_ in ("NNS", "NNPS", "CD")
                                 or subj.lower_ in ("they", "we", "both") or subj.lemma_.lower() in _SIDES_TOGETHER)


_SIDES_TOGETHER = frozenset("pair duo trio".split())  # "the pair decided": both sides, named as one
_DECIDE = frozenset("decide resolve".split())  # a decision, not a pledge made to a third party ("pledged to X that")


_FOLLOW_UPS = frozenset({("follow", "up"), ("follow", "on"), ("build", "on"), ("build", "upon")})
_PURPOSE_VERBS = lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS | lx.DEPART_VERBS | lx.MEET_HOSTS \
    | frozenset("send gather come cross return step".split())


_OFF_PARTICLES = frozenset("off away aside".split())


def _moved_off(verb, kids) -> bool:
    """"have peeled off for a one-to-one", "broke away for talks", "stepped aside for a bilateral": leaving the
    company for a meeting of their own (a verb with a particle of moving away; not "held out for talks")."""
    return verb.lemma_.lower() not in ("hold", "call", "push", "press") \
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in _OFF_PARTICLES and not list(c.children) for c in kids)


def _purpose_of(trigger, verb) -> bool:
    """"went to X for talks", "returns to X to meet Y": the event is what the journey is for."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and name_on(trigger.head.head, trigger):
        trigger = trigger.head.head  # "flies to X for the SADC heads of state summit": the parser's head of the name
    if trigger.head.lower_ == "for" and trigger.head.head == verb:
        return True
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lx.JOIN_VERBS | {"hold", "have"}:
        trigger = trigger.head  # "heads to X to hold talks", "flew to X to attend a summit"
    return trigger.head == verb and trigger.dep_ in ("advcl", "xcomp") and trigger.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def headline_future(verb) -> bool:
    """"Leaders to meet in X", "Finland and Sweden to sign ..., EU says": a headline's infinitive with its own subject."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return headline_subject(verb) is not None
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i
                                   and is_speech_verb(verb.head))


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


def headline_subject(verb):
    """"Merkel to visit Kyiv": the name the parser made the root, with the infinitive hung on it."""
    head = verb.head
    if verb.dep_ in ("acl", "advcl", "xcomp", "relcl") and head.dep_ == "ROOT" and head.i < verb.i \
            and (head.text[:1].isupper() or not any(c.dep_ == "det" for c in head.children)
                 and not any(t.tag_ in _FINITE_TAGS for t in head.sent)) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and (head.pos_ in ("NOUN", "PROPN") or _name_taken_for_verb(head, verb)):
        return head
    return None


def headline_named(tok):
    """The infinitive of "Sogavare to visit China" when ``tok`` is the name the parser made its root verb."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in tok.children if c.i > tok.i and headline_subject(c) == tok), None)


def _name_taken_for_verb(head, verb) -> bool:
    """"Sogavare to visit China": an unknown name the tagger read as the root verb, right before "to"."""
    return head.pos_ in ("VERB", "AUX") and verb.i == head.i + 2 and head.lemma_.lower() not in english_words("verb") \
        and head.lower_ not in english_words("verb") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _purpose(clause) -> bool:
    """"would meet in July to set up a command centre": a to-infinitive of purpose, no condition on the plan."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _asks_to(verb, trigger) -> bool:
    """"has asked to meet X", "asked Y to host the talks": a request whose infinitive is the event or holds it (not
    "asked about the talks", a question, nor "asked to meet X at the summit": the summit is no request)."""
    return verb.lemma_.lower() == "ask" and any(
        c.dep_ == "xcomp" and (c == trigger or trigger.head == c and trigger.dep_ == "dobj") for c in verb.children)


def _backshifted(verb) -> bool:
    """"would" reporting a plan under a past speech verb, not a wish, an offer or a condition."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "would" not in auxes or auxes & (lx.MODAL_PROPOSE - {"would"}) or verb.lemma_.lower() in lx.JOIN_VERBS \
            or verb.lemma_.lower() in lx.WISH_VERBS:
        return False  # ("said he would like to meet X": a wish, not a reported plan)
    near = [t for c in verb.children for t in (c, *c.children)]
    if verb.lemma_ == "be" or any(t.lower_ in lx.WILLING_ADVS or t.dep_ == "advcl" and not _purpose(t) for t in near):
        return False  # "would be through talks", "would gladly meet", "would meet as soon as we can"
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "conj") or clause.head == clause:
            return False
        clause = clause.head
        if is_speech_verb(clause):
            return clause.tag_ == "VBD"
    return False


def _misread_plan(verb):
    """The call-off verb above "planned" / "set" / "scheduled" when the parser read a reduced relative ("a meeting
    planned for Thursday has been called off") as a clause subject of it, else None."""
    if verb.dep_ not in ("csubj", "csubjpass") or verb.lower_ not in lx.SCHEDULE_ADJ or verb.tag_ not in ("VBN", "VBD"):
        return None
    above = verb.head
    return above if above.pos_ == "VERB" and lemma_is(above, lx.CANCEL, lx.CANCEL_PHRASES) else None


def _repeated(verb) -> bool:
    """"had been postponed twice", "was delayed several times", "has been put off repeatedly": a history of delays."""
    words = {t.lower_ for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dobj") for t in c.subtree}
    return bool(words & {"twice", "repeatedly", "times"})


def destined(verb) -> bool:
    """"he is to hold talks", "the envoys are to meet on Friday", "the talks were to take place on Monday": a plain
    "be to" arranges what comes (in the past tense a plan told, not a report that it took place)."""
    if verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _IDENTITY_NOUNS for c in verb.children):
        return False  # "his first act was to visit Kyiv": what the act was, not a plan
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP", "VBD") and not _negated(verb) and not on_a_trip(verb) \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (c.tag_ == "VB" or c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children))
                for c in verb.children)  # "the talks are to be held in Quito": the passive too


def on_a_trip(verb) -> bool:
    """"who is on a five-day visit to Cuba to review projects": a "be" whose predicate is a trip under way; the
    infinitive after it is the trip's purpose, not a "be to" plan."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(t.lemma_.lower() in lx.TRIP_NOUNS for t in c.subtree)
               for c in verb.children)


_IDENTITY_NOUNS = frozenset("act step move task job response reaction achievement highlight mistake".split())


def _planned(verb) -> bool:
    """"were to take place", "was due to be held", "was scheduled to open": the verb tells a plan."""
    return destined(verb) or verb.lemma_.lower() in lx.SCHEDULE or verb.lemma_.lower() == "plan" \
        or verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ for c in verb.children)


def _called_off(verb, trigger) -> str | None:
    """"were due to take place on Monday but were called off": what a second verb on the same subject says
    became of the plan (cancelled or declined), else None."""
    if trigger.head != verb or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # a clause of its own
        if lemma_is(conj, lx.CANCEL, lx.CANCEL_PHRASES):
            return "cancelled"
        if lemma_is(conj, lx.DECLINE, lx.DECLINE_PHRASES):
            return "declined"
    return None


def _plan_dropped(verb) -> str | None:
    """A plan told in a relative clause ("the session they were to hold", "the talks she was due to open") whose
    noun the main clause calls off (cancelled) or turns down (declined), else None."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    main = verb.head.head
    if main.pos_ != "VERB" or _negated(main):
        return None
    if lemma_is(main, lx.DECLINE, lx.DECLINE_PHRASES):
        return "declined"
    return "cancelled" if lemma_is(main, lx.CANCEL, lx.CANCEL_PHRASES) and not _still_on(main) else None


def _taken_up(verb, trigger) -> bool:
    """"the meeting, postponed last week, will now take place on Monday" (the participle parsed as the verb): a second
    verb on the same subject sets the postponed event again."""
    return lemma_is(verb, lx.POSTPONE, lx.POSTPONE_PHRASES) and trigger.head == verb and trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and _future(c) and _happening(c)
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        for c in verb.children) or _set_again(_aside_then(verb))


def _set_again(then) -> bool:
    """"announced that the summit, postponed in June, would now be held in X on October 12": the verb after the
    aside (hung on the reporting verb) sets it on a day again."""
    return then is not None and any(a in lx.FUTURE or a == "would" for a in _auxiliaries(then)) and (
        _happening(then) or then.lemma_.lower() in _HELD_PASSIVE and any(c.dep_ == "auxpass" for c in then.children))


def _hypothetical(verb) -> bool:
    """"until/unless/if/once X and Y meet": a condition, not a report."""
    return any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "if", "once") for c in verb.children)


def _conditioned(verb) -> bool:
    """"will meet X in Geneva only if a draft is ready": a plan hung on a condition is still only on offer."""
    return _future(verb) and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                           for m in c.children) for c in verb.children)


def _to_new_date(verb) -> bool:
    """"has been moved to 2 April", "was brought forward to Monday": a move in time, not in space."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]  # "brought forward | to May"
    return any(c.dep_ == "prep" and c.lower_ in ("to", "until", "for") and any(t.ent_type_ == "DATE" for t in c.subtree)
               for h in heads for c in h.children)


def lemma_is(verb, words: frozenset, phrases: frozenset) -> bool:
    """Lemma in a word set, or lemma plus particle/preposition in a phrase set (a particle the parser took for an
    adverb too: "pushed back to May")."""
    lemma = verb.lemma_.lower()
    if lemma in words:
        return not any((lemma, word) in lx.DROP_IN_PHRASES for word in _particles(verb))  # not "dropped by for talks"
    if verb.tag_ in ("VBD", "VBN", "VBZ") and verb.lower_.endswith(("ed", "es")) and verb.lower_[:-1] in words:
        return True  # an inflection of a verb ending in "e" the lemmatiser misread: "hoped" as "hop"
    return any((lemma, word) in phrases for word in _particles(verb))


def _particles(verb) -> tuple[str, ...]:
    """The verb's particles, prepositions and adverbs (lowercase), remembered per verb index: the status passes
    ask _lemma_is of the same verbs with many word sets, and each walk of its children builds new Tokens."""
    memo = verb.doc.user_data.setdefault("diplograph-particles", {})
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = tuple(c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                                     or c.dep_ in ("intj", "dobj") and c.lower_ == "no")  # "said no to the talks"
    return found


def _on_hold(verb) -> bool:
    """"has been put on hold", "the trip was placed on ice": set aside without a new date; "pulled the plug on the
    summit", "the visit was struck from the programme": called off."""
    lemma = verb.lemma_.lower()
    if lemma in ("pull", "take", "strike", "remove", "delete", "erase", "wipe"):
        kids = list(verb.children)
        return lemma == "pull" and any(c.dep_ == "dobj" and c.lower_ == "plug" for c in kids) \
            or lemma != "pull" and any(c.dep_ == "auxpass" for c in kids) and any(
                c.dep_ == "prep" and c.lower_ in ("from", "off") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in _TIMETABLES for o in c.children) for c in kids)
    return lemma in ("put", "place") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in ("hold", "ice") for o in c.children)
        for c in verb.children)


_TIMETABLES = frozenset("schedule agenda programme program calendar itinerary timetable diary".split())


def _pluperfect(verb) -> bool:
    """"had been due", "had been scheduled": a plan told in the past perfect, which news writes once it fell through."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) \
        and (verb.lemma_ == "be" or any(c.dep_ == "auxpass" and c.lower_ == "been" for c in verb.children))


def _overtaken(verb) -> bool:
    """"had been scheduled", "had been arranged", "had been due to": a plan in the past perfect."""
    lemma = verb.lemma_.lower()
    if lemma == "expect" and any(c.dep_ == "auxpass" for c in verb.children) and _pluperfect(verb):
        return True  # "X had been expected to receive him for talks": the expectation overtaken
    return (lemma in lx.SCHEDULE or verb.lower_ in lx.SCHEDULE_ADJ or lemma == "be" and any(
        c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ for c in verb.children)) and _pluperfect(verb)


def _unfulfilled(verb) -> bool:
    """"was to have been held", "were to have met": a past plan whose wording says it did not come about."""
    def perfect_infinitive(v) -> bool:
        kids = [c.lower_ for c in v.children if c.dep_ == "aux"]
        return v.tag_ == "VBN" and "to" in kids and "have" in kids
    if verb.lemma_.lower() == "be" and verb.tag_ == "VBD":
        return any(c.dep_ == "xcomp" and perfect_infinitive(c) for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and verb.head.tag_ == "VBD" \
        and perfect_infinitive(verb)


def _was_set(trigger, verb) -> bool:
    """"the talks set for Friday never took place", "was due to meet Y, but the meeting never took place": a plan
    told before the words that say it did not happen."""
    if verb.dep_ == "conj" and _planned(verb.head) or verb.dep_ == "conj" and any(
            c.dep_ in ("xcomp", "acomp") and _planned(c) or c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ
            for c in verb.head.children):
        return True  # "X was due to hold talks on Friday, but the meeting never took place"
    if any(c.dep_ in ("acl", "relcl", "amod") and (c.lemma_.lower() in _SET_WORDS or c.lower_ in lx.SCHEDULE_ADJ
                                                   or c.pos_ == "VERB" and _planned(c))
           for c in trigger.children):
        return True
    # "the meeting between A's and B's ministers that C had arranged for July never took place": the setting clause
    # hangs on the last word of the event's own phrase, not on the event word itself
    return any(t.dep_ in ("acl", "relcl") and trigger.i < t.i < verb.i and t.pos_ == "VERB"
               and t.lemma_.lower() in _SET_WORDS and t.head.dep_ in ("pobj", "conj", "compound")
               for t in trigger.subtree)


_SET_WORDS = frozenset("plan schedule set arrange call announce pencil fix slate".split())  # "talks called for May"


def _happening(verb) -> bool:
    """"take place", "happen", "go ahead": the verb says only whether the event happens."""
    lemma = verb.lemma_.lower()
    return lemma in ("happen", "occur", "proceed") or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                                 for c in verb.children) \
        or lemma == "go" and any(c.dep_ in ("advmod", "prt") and c.lower_ == "ahead" for c in verb.children) \
        or lemma == "push" and any(c.dep_ in ("advmod", "prt", "prep") and c.lower_ == "through"
                                   for c in verb.children)  # "did not push through" (Philippine English)


def went_unheld(trigger) -> bool:
    """"the session set for Sunday did not take place", "never happened", "failed to take place": its day is
    behind the writer, however the plan for it was worded."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() == "fail" and (xcomp := next((c for c in verb.children if c.dep_ == "xcomp"), None)):
        return verb.tag_ == "VBD" and _happening(xcomp)  # "failed to take place"
    if not _happening(verb) or _future(verb) or _modal(verb):
        return False
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had", "has", "have")
                                     for c in verb.children)
    return past and any(c.dep_ == "neg" for c in verb.children)


def _no_longer(verb) -> bool:
    """True for "will no longer meet" (and "not ... any longer"): what was planned is off (not the habit in "no
    longer hold annual talks"); "a summit is no longer on the cards": a prospect given up."""
    if not any_word(verb.doc, _LONGER):
        return False  # (the document's words first: most have no "longer")
    kids = list(verb.children)
    return (any(c.dep_ in ("aux", "auxpass") for c in kids) or _in_prospect(verb)) and any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ in ("no", "any") for d in c.children) for c in kids)


_LONGER = frozenset({"longer"})


def _is_off(trigger) -> bool:
    """"The summit is off", "talks are now off": the event, subject of "be", is called off ("off" with no object of
    its own, which "the visit is off the agenda" has)."""
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.lemma_ == "be" and not _negated(verb) and any(
        c.lower_ == "off" and c.dep_ in ("advmod", "prt", "acomp", "attr", "prep") and not any(c.children)
        for c in verb.children if c.i > trigger.i)


def _negated(verb) -> bool:
    """True for "did not meet", "will not attend"."""
    return verb.i in _negated_heads(verb.doc)


def _negated_heads(doc) -> frozenset[int]:
    """The words a negation hangs on, by index, once per document (each walk of a verb's children builds new Tokens)."""
    found = doc.user_data.get(_NEGATED)
    if found is None:
        found = doc.user_data[_NEGATED] = frozenset(
            doc[i].head.i for i, dep in enumerate(token_strings(doc, "DEP")) if dep == "neg")
    return found


_NEGATED = "diplograph-negated-heads"


def _passed_up(verb) -> bool:
    """"did not meet at the summit", "did not attend": a chance left unused, not "has not met since 2019"."""
    if not any(c.dep_ == "aux" and c.lower_ in ("did", "does") for c in verb.children):
        return False
    return not any(t.lower_ in _NOT_ONE_OCCASION for t in verb.subtree)


# "has not attended a summit since 2019", "not yet", "not until", "whether he will attend": no one gathering missed
_NOT_ONE_OCCASION = frozenset("since yet until before whether if".split())


def _stayed_home(verb, lemma: str) -> bool:
    """"has not come to the summit", "have not attended the talks": a perfect that tells one gathering missed (not
    "has not attended a summit since 2019", "have not yet joined")."""
    return (lemma in ("attend", "come", "join", "participate") or _turned_up(verb)) \
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) \
        and not any(t.lower_ in _NOT_ONE_OCCASION or t.lower_ in ("ever", "never") for t in verb.subtree)


def _stood_in_for(verb, lemma: str, kids: list, trigger) -> bool:
    """"did not send a delegation to the summit", "was the only state not represented at the talks": a side's part in
    one gathering left empty (a stand-in not sent, or no one there for it)."""
    if lemma == "send":
        return _passed_up(verb) and any(c.dep_ == "dobj" and c.lemma_.lower() in _STAND_INS for c in kids) \
            and any(c.dep_ == "prep" and c.lower_ == "to" and trigger in c.subtree for c in kids)
    return lemma == "represent" and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and any(c.dep_ == "prep" and c.lower_ in ("at", "in") and trigger in c.subtree for c in kids)


_STAND_INS = frozenset("minister delegation delegate representative envoy team official".split())


def _stand_in_instead(verb, kids: list) -> bool:
    """"sent its deputy rather than its president", "represented by an envoy instead of its foreign minister": a
    verb of sending or being represented whose "rather than" / "instead of" names the office holder kept away."""
    if _negated(verb):
        return False
    for c in kids:
        if c.lower_ == "than" and any(a.lower_ == "rather" for a in c.children) \
                or c.lower_ == "of" and any(a.lower_ == "instead" for a in c.children) \
                or c.lower_ == "of" and c.i > 0 and verb.doc[c.i - 1].lower_ == "instead":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in _KEPT_AWAY for o in c.children):
                return True
    return False


_KEPT_AWAY = frozenset("president minister premier leader chancellor king emir sultan head secretary".split())


def _chosen(verb) -> bool:
    """"chose/decided not to attend", "decision not to attend"."""
    return verb.head.lemma_.lower() in ("choose", "decide", "decision", "refuse", "opt", "plan")


def _modal(verb) -> bool:
    """True for "would/could/should meet": a possibility, not a fact."""
    return any(word in lx.MODAL_PROPOSE for word in _auxiliaries(verb))


def _auxiliaries(verb) -> tuple[str, ...]:
    """The verb's auxiliaries (lowercase), remembered per verb index: _modal and _future ask of the same verbs
    again and again, and each walk of its children builds new Tokens."""
    memo = verb.doc.user_data.setdefault("diplograph-auxiliaries", {})
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = tuple(c.lower_ for c in verb.children if c.dep_ == "aux")
    return found


_DAYS_AHEAD = frozenset("monday tuesday wednesday thursday friday saturday sunday tomorrow".split())
_PRESENT_BE = frozenset("is are am 's 're 'm \u2019s \u2019re \u2019m".split())  # "is meeting", "'re travelling"


def _timetable_present(verb) -> bool:
    """A plain present or a present progressive with a day of its own ("opens on Monday", "meet tomorrow", "is
    meeting X on Friday") in a sentence with its stop, the way news gives a timetable (a headline's present tells
    what happened)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    progressive = verb.tag_ == "VBG" and auxes and all(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in auxes)
    if not (verb.tag_ in ("VBZ", "VBP") and not auxes or progressive):
        return False
    words = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    words += [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "tmod")]
    if not any(w.lower_ in _DAYS_AHEAD or _calendar_day(w) and not progressive for w in words):
        return False  # "who is paying a visit on June 17-19": a calendar day may be under way
    text = doc_text(verb.doc)  # Doc.text makes a Token per word
    end = text.find("\n", verb.idx)
    line = text[text.rfind("\n", 0, verb.idx) + 1:end if end >= 0 else len(text)].rstrip(" \t\"'\u201d")
    return line.endswith((".", "!", "?"))  # "X meets Y on Monday" as a headline, with no stop, is news of it


def _agreed_after(verb) -> bool:
    """"..., the two ministers agreed": an agreement with its own subject after the plan, joined without "and"."""
    return not any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in lx.AGREE and c.tag_ == "VBD"
        and any(s.dep_ == "nsubj" for s in c.children) for c in verb.children)


def _side_participle(verb) -> bool:
    """A bare participle clause ("meeting in X on Sunday,") on a clause told in the past: it happened then."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or any(c.dep_ in ("aux", "neg", "mark") for c in verb.children):
        return False
    anchor = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") else verb.head
    if anchor.pos_ not in ("VERB", "AUX") or _future(anchor) or _modal(anchor) or _negated(anchor):
        return False
    perfect = anchor.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
    return anchor.tag_ == "VBD" or perfect


def _calendar_day(word) -> bool:
    """A month's day ("on 25 July", "on March 3"): with a plain present, the day a timetable sets."""
    return word.ent_type_ == "DATE" and word.lower_ in _MONTHS \
        and any(c.like_num for c in word.children if c.dep_ == "nummod")


_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])


def _future(verb) -> bool:
    """True for "will/shall meet"."""
    return any(word in lx.FUTURE for word in _auxiliaries(verb))


def _realis(verb) -> bool:
    """Past, perfect, progressive or plain present: the event is (being) held (a bare gerund says nothing)."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "proposed hosting a summit", "after holding talks": the words above decide
    return verb.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP") and not _modal(verb)


def _past_context(prep) -> bool:
    """A preposition ("after the meeting") in a clause that is not about the future ("failed to agree at a meeting")."""
    head = _reported_clause(prep) or prep.head
    if head.dep_ == "npadvmod" and head.pos_ == "NOUN" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "a day after meeting X, Y flew to Z": the tense of the verb the span measures from
    for _ in range(3):  # "agreed on appointments at a meeting": the parser may hang the phrase on the object
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("dobj", "pobj") or head.lemma_ in _EVENT_NOUNS:
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
    for _ in range(3):  # an infinitive takes the tense of the verb it completes
        if head.tag_ != "VB" or head.dep_ != "xcomp" or head.head.pos_ not in ("VERB", "AUX"):
            break
        head = head.head
    if head.pos_ in ("VERB", "AUX") and (lemma_is(head, lx.DECLINE, lx.DECLINE_PHRASES)
                                         or lemma_is(head, lx.CANCEL, lx.CANCEL_PHRASES)):
        return False  # "refused to take part in talks": the verb above tells what became of them
    if head.pos_ in ("VERB", "AUX") and (destined(head) or head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_ADJ for c in head.children)):
        return False  # "the council they were to convene during the visit": a visit planned, not told as past (but
        # "the trip was arranged during a call": the call took place)
    if any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in head.children) \
            and head.lemma_.lower() in lx.SCHEDULE | lx.SCHEDULE_ADJ | {"expect"}:
        return False  # "during the visit, they are expected to sign a treaty": still ahead
    return head.pos_ in ("VERB", "AUX") and not _future(head) and not _modal(head) and head.tag_ != "VB" \
        and not _negated(head)


def last_occurrence(tok) -> list:
    """"the consultations, last held in Warsaw in 2028, will ...", "the commission, which last met in 2029": a clause on
    the event noun telling the occurrence before (its day and place are not this one's)."""
    return [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and any(a.dep_ == "advmod" and a.lower_ in ("last", "previously") for a in c.children)]
