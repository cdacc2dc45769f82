"""Which words name a diplomatic event, and of which type ("talks", "met", "spoke by phone", "arrived in X")."""

from __future__ import annotations

import re

from diplograph.extract.actors.blocs import organ_owner
from diplograph.extract.actors.columns import doc_text, entities, subtree_ids
from diplograph.extract.base import any_lemma, any_word, token_strings
from diplograph.extract.clauses import nearest_subject
from diplograph.extract.events.asked import asked_about, asked_one, asked_pair
from diplograph.extract.events.cues import presence_ahead, presence_asked, presence_with
from diplograph.extract.events.places import (
    capital_by_nationality,
    entity_text,
    hung_guests,
    is_place,
    of_a_state,
    own_ons,
    stray_name,
    venue_city_of,
)
from diplograph.extract.events.sectors import SIMULATIONS, SITE_HEADS
from diplograph.extract.events.status import NAME_DASHES, answer_at, answered_status, lemma_is
from diplograph.extract.when import plain_present
from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import fold, gazetteer
from diplograph.kb.roles import LEADER_HEADS, TITLE_HEADS, head_of, is_honorific
from diplograph.records import ORG


_HYPHENED = {fold(k): v for k, v in lx.TRIGGER_NOUNS.items() if "-" in k}  # "tete a tete" -> meeting


def _rejoined(tok) -> str:
    """"a tête-à-tête", "a face-to-face": the hyphenated noun the tokenizer split, read back from the piece the parser
    made its head (any piece may be)."""
    doc, i, j = tok.doc, tok.i, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        j += 2
    inside = range(i, j + 1)
    heads = [t for t in doc[i:j + 1] if t.head.i not in inside or t.head == t]  # the last one hung outside it
    return fold(doc[i:j + 1].text) if j > i and heads and heads[-1] == tok else ""


def fronted_host(tok) -> bool:
    """"Hosting President X in Berlin on Friday, Y said": an opening participle the parser took for X's modifier."""
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i < tok.head.i and tok.head.dep_ in ("npadvmod", "nsubj") \
        and tok.lemma_.lower() in lx.HOSTING_VERBS and tok.left_edge.i == tok.i \
        and (tok.i == tok.sent.start or tok.nbor(-1).is_punct)


def _told_kind(tok) -> str | None:
    """The type of the gathering "the next one" stands for: the nearest summit, meeting or conference noun in its
    sentence or the one before."""
    first = tok.doc[max(tok.sent.start - 1, 0)].sent.start
    for prev in reversed(tok.doc[first:tok.i]):
        kind = lx.TRIGGER_NOUNS.get(prev.lemma_.lower()) if prev.pos_ == "NOUN" else None
        if kind in ("summit", "meeting", "conference", "talks"):
            return kind
    return None


def _at_table_with(sit) -> bool:
    """"sit at the same table with X", "sit across the table from X": a meeting with a named other side."""
    tables = [o for c in sit.children if c.dep_ == "prep" and c.lower_ in ("at", "across", "around")
              for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lx.TABLE_NOUNS]
    return bool(tables) and any(c.dep_ == "prep" and c.lower_ in ("with", "from") and any(o.dep_ == "pobj"
                                                                                         for o in c.children)
                                for h in (sit, *tables) for c in h.children)


def _ministerial_forum(tok) -> bool:
    """"will hold a ministerial forum", "agreed to convene an intergovernmental forum": an unnamed forum of ministers
    or governments that a verb holds is their meeting (not "the business forum", "an online forum")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.JOINT_VERBS \
        and any(c.dep_ in ("amod", "compound") and c.lower_ in lx.SESSION_MODS for c in tok.children)


def _party_person(obj) -> bool:
    """A person a meeting is had with: one named, or one an office or "counterpart" describes."""
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in TITLE_HEADS or obj.lemma_.lower() in LEADER_HEADS \
        or obj.lemma_.lower() == "counterpart"


def _sat_across_from(sit) -> bool:
    """"sat across from his Azerbaijani counterpart", "sat opposite X": a seat facing a person in office, a meeting
    (not "sat across from the cathedral")."""
    facing = any(c.lower_ in ("across", "opposite") and c.dep_ in ("prt", "advmod", "prep") for c in sit.children)
    return facing and sit.pos_ == "VERB" and any(
        _party_person(o) for c in sit.children if c.dep_ == "prep" and c.lower_ in ("from", "opposite")
        for o in c.children if o.dep_ == "pobj")


_SPENT_SPANS = frozenset("hour minute night evening morning afternoon day weekend monday tuesday wednesday thursday "
                         "friday saturday sunday".split())  # time spent with someone ("spent last Thursday with X")


def _time_spent_with(spend) -> bool:
    """"spent two hours with his Saudi counterpart", "spent a whole night in Dushanbe with X": a span of the day
    passed with a person in office, a meeting (not "spent the weekend with her family", "a week in Oslo")."""
    spans = [c for c in spend.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SPENT_SPANS]
    withs = [c for c in spend.children if c.dep_ == "prep" and c.lower_ == "with"] + withs_on_place(spend)
    return bool(spans) and spend.pos_ == "VERB" and (any(
        _party_person(o) for c in withs for o in c.children if o.dep_ == "pobj") or _spent_together(spend))


def _spent_together(spend) -> bool:
    """"X and his counterpart Y spent three hours together", "the two presidents spent the afternoon together": the
    span two persons in office passed in each other's company (not "the family spent the day together")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "together" for c in spend.children):
        return False
    subjects = [s for c in spend.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    if len(subjects) >= 2:
        return any(_party_person(s) for s in subjects) and all(_party_person(s) or s.pos_ == "PROPN" for s in subjects)
    return any(s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() in LEADER_HEADS | TITLE_HEADS for s in subjects)



def withs_on_place(tok) -> list:
    """The "with" phrases the parser hung on a verb's "in" place ("spent Thursday in Denpasar with X", "were in Iasi
    with X"): the company is the verb's."""
    return [w for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"
            for w in o.children if w.dep_ == "prep" and w.lower_ == "with"]

def _co_led_with(verb) -> bool:
    """"will co-chair the A-B Ministerial Forum with X": the "with" the parser hung on a named forum or assembly the
    verb leads (the two chairs meet at that gathering's sitting, which no verb of attending tells)."""
    return any(o.dep_ == "dobj" and o.pos_ == "PROPN" and o.lemma_.lower() in lx.GATHERING_NAMES
               and any(c.dep_ == "prep" and c.lower_ == "with" and any(w.dep_ == "pobj" and _party_person(w)
                                                                        for w in c.children) for c in o.children)
               for o in verb.children) and not _sporting_object(verb)


def _courtesy_to_come(tok) -> bool:
    """"It is always a privilege to come here to Colombia", "an honour to come to Fiji": a speaker's courtesy hung on
    a noun, with no one of its own who comes, tells no trip ("an invitation to come to Lima" is read as one below)."""
    return tok.lemma_.lower() == "come" and tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def trigger_type(tok) -> str | None:
    """The event type a token triggers, or None."""
    kind = _trigger_type(tok)
    return None if kind is not None and (_denied_report(tok) or _counterfactual(tok)) else kind


_MODALS = frozenset("would could might should".split())


def _counterfactual(tok) -> bool:
    """A contact told as what would have been ("she would have flown to Beijing months ago to sit down with X", "he
    would have held talks with Y had he been elected"): the modal perfect of an unreal past, nothing held nor planned
    (not "would have to meet": a need; not "would meet")."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node.tag_ == "VBN":
            auxes = [c.lower_ for c in node.children if c.dep_ == "aux"]
            if "have" in auxes and any(a in _MODALS for a in auxes):
                return True
        if node.dep_ not in ("xcomp", "advcl", "dobj", "pobj", "prep", "acl") or node.head is node:
            return False
        node = node.head
    return False


_REPORT_NOUNS = frozenset("report reports claim claims rumour rumours rumor rumors speculation story stories".split())
_DENY_VERBS = frozenset("dismiss deny reject refute debunk rubbish disavow".split())


def _denied_report(tok) -> bool:
    """A contact told only as what a report said, the report denied ("dismissed as pure invention a report that the
    president would meet X", "denied reports of a planned summit with Y"): nothing held nor planned (not "rejected a
    proposal that the leaders meet": a refusal of its own)."""
    node = tok
    for _ in range(4):  # "a report that X would meet Y" (acl), "reports of a summit" (prep of), "that X would hold
        # talks with Y" (the noun's verb)
        if node.dep_ in ("acl", "ccomp", "relcl", "pobj", "prep", "dobj") and node.head is not node:
            node = node.head
            if node.lemma_.lower() in _REPORT_NOUNS and node.pos_ == "NOUN":
                break
            if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in lx.CANCEL | lx.DECLINE or any(
                    c.dep_ in ("prt", "neg") for c in node.children)):
                return False  # "denied reports that she had called off her visit": the call-off denied, the visit
                # stands
        else:
            return False
    else:
        return False
    up = node
    for _ in range(3):  # the report denied: its verb, through "as ... a report" (appos) or "in a report"
        if up.head is up:
            return False
        up = up.head
        if up.pos_ == "VERB" and up.lemma_.lower() in _DENY_VERBS:
            return True  # (through "dismissed as 'fabricated' a report", the parser may hang it on the quoted word)
    return False


def _round_of(tok) -> str | None:
    """"a talks session", "a negotiation round": the contact its compound names, the session being its head."""
    return next((k for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
                 and (k := lx.TRIGGER_NOUNS.get(c.lower_)) in ("talks", "negotiation")), None)


def _trigger_type(tok) -> str | None:
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower == "one" and tok.i and tok.nbor(-1).lower_ in lx.NEXT_ONE and tok.nbor(-1).head == tok:
        return _told_kind(tok)  # "wrapped up their summit, agreeing that X will host the next one"
    if tok.pos_ in ("NOUN", "PROPN"):
        if lower in lx.STAY_NOUNS:  # "wrapped up two days in Moldova": read here alone (a common word, asked often)
            return "visit" if tok.pos_ == "NOUN" and _stay(tok) and (_to_a_place(tok, ("in",)) or tok.dep_ in _SPENT
                                                                   and _to_a_place(tok.head, ("in",))) else None
        if lemma in lx.SENT_GROUPS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.SEND_VERBS:
            return "visit" if (_to_a_place(tok, ("to",)) or _to_a_place(tok.head, ("to",), ("prep", "dative"))) \
                and not _pastime(tok.head) and (lemma != "team" or _mission(tok)) and not _sent_for(tok) else None
            # "will lead a mission to Haiti", "sent a fact-finding team to Khartoum" (not the squad a club sends)
        if lemma == "mission" and tok.lower_ == tok.text and tok.dep_ != "compound":  # "the Council's field mission
            return "visit" if _body_mission(tok) else None  # to Goma", "a planned mission by Council members to Haiti"
        if ceremonial(tok):  # "presented his credentials / letters of commission to X", "granted an audience to X"
            return "meeting" if _credentials_handed(tok) or _audience_granted(tok) else None
        if lemma in lx.GATHERING_NAMES and _ministerial_forum(tok):
            return "meeting"  # "agreed to hold an annual ministerial forum in Lae": ministers' own sitting
        if lemma in lx.GATHERING_NAMES and (held := _regions_officials(tok)) is not None:
            return "summit" if held in lx.LEADER_RETREATS else "meeting"  # "will skip the Pacific leaders' forum"
        if lemma in lx.GATHERING_NAMES:
            return lx.GATHERING_NAMES[lemma] if _gathering(tok) else None
        if lemma in lx.TABLE_NOUNS:  # "returned to the negotiating table"
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in lx.TABLE_MODS]
            return "negotiation" if mods and tok.dep_ == "pobj" else None
        if lemma in lx.RETREAT_NOUNS:  # a leaders' retreat is a summit of its own, a ministers' one a meeting
            held = _leaders_retreat(tok)
            if lemma == "gathering" and held not in lx.RETREAT_HOLDERS:
                return "summit" if held == "body" and _next_or_hosted(tok) else None  # "a gathering of the region's
                # presidents"; not "the EPC gathering" (a body's own sitting told under a loose word, most often one
                # already told by its own), unless it is the next one or one a host takes on ("will host the next
                # EPC gathering in Reykjavik")
            return None if held is None else "summit" if held in lx.LEADER_RETREATS else "meeting"
        if lemma in lx.ROUND_NOUNS and (kind := _round_of(tok)) is not None:
            return kind  # "held a talks session with X": the session is the talks, and says with whom
        if lemma in lx.ROUND_NOUNS:  # "a second round", "the next session" (not "a round of voting")
            fresh = any(lx.modifier_text(c) in lx.FRESH_MODS | lx.PAST_ROUND_MODS or lx.later_ordinal(c)
                        for c in tok.children if c.dep_ in ("amod", "nummod", "det"))  # "the previous round": one
            # before, talks too; "the tenth round", "the 20th session": a numbered one
            if fresh and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                return "meeting" if lemma == "session" and _bodys_own(tok) else "talks"
            if lemma == "round" and _round_called_off(tok):
                return "talks"  # "That round has now been shelved": the talks told before, called off
            if lemma == "round" and any(o.lemma_.lower() in lx.JOINT_BODIES for c in tok.children if c.dep_ == "prep"
                                        and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"):
                return "meeting" if _body_session(tok) else None  # "a round of the Joint Consultation Mechanism"
            return "meeting" if lemma == "session" and _body_session(tok) else None
        if lemma in lx.JOINT_BODIES:  # "convened the Joint Commission", "the Council of Ministers was held"
            return "meeting" if _body_meets(tok) and not any(t.lemma_.lower() in lx.SPORTING for t in tok.subtree) \
                else None  # not "the joint committee of the two football federations will meet"
        if lemma in lx.JOINT_ONLY_BODIES:  # "will hold the next binational cabinet" (not "the cabinet met")
            return "meeting" if any(c.lower_ in lx.JOINT_MODS for c in tok.children if c.dep_ in ("amod", "compound")) \
                and _body_meets(tok) else None
        if lemma == "call" and any(c.lower_ in lx.IN_PERSON_CALLS for c in tok.children if c.dep_ in ("amod", "compound")):
            return "meeting"  # "paid a courtesy call on the President": a meeting in person
        if lemma == "ceremony":  # "the signing ceremony of ten documents took place in X"
            return "signing" if any(c.dep_ in ("compound", "amod") and c.lower_ == "signing" for c in tok.children) \
                else None
        if lemma == "signing" and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() == "ceremony":
            return None  # the ceremony tells it
        if lemma == "exchange":  # "witnessed the exchange of memoranda", "an exchange of notes"
            return "signing" if _papers([o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                         for o in c.children if o.dep_ == "pobj"], lx.EXCHANGED_PAPERS) else None
        if lower == "discussions" and (tok.dep_ == "pobj" or not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.children, *tok.head.children))):
            return None  # "held discussions with X" is the contact; "travelled to X for discussions with officials"
            # (the trip's purpose) and "A and B held detailed discussions on Y" (what a meeting told before covered)
            # are not
        if lemma == "invitation" and tok.pos_ == "NOUN":  # "declined an invitation to Canberra"
            return "visit" if _answered_invitation_abroad(tok) else None
        if lemma in lx.STOP_NOUNS and tok.pos_ == "NOUN":  # "the president's stop in Quito", "a stop in X planned for the trip"
            return "visit" if _to_a_place(tok) and _trip_stop(tok) else None
        if _named_body_word(tok):
            return None  # "their Political Consultation Mechanism", "the Strategic Dialogue Council": a body's name
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.ROUND_NOUNS and _round_of(tok.head):
            return None  # "a talks session": the session tells it
        kind = lx.TRIGGER_NOUNS.get(lower) or (lx.TRIGGER_NOUNS.get(lemma) if lemma != "talk" else None) \
            or _HYPHENED.get(_rejoined(tok))
        if kind is None or any(c.lower_ in lx.NON_DIPLOMATIC and not _known_body(c) for c in tok.children
                               if c.dep_ in ("compound", "amod")):
            return None  # "union talks", "board meeting"; not "the African Union summit"
        if lemma == "summit" and _mountain_top(tok) or _simulated(tok) or _habitual(tok) or _on_players(tok) \
                or _on_a_deal(tok):
            return None  # "reached the summit of Mont Blanc", "a model UN summit", "where leaders hold their summits",
            # "talks over the transfer of midfielder X"
        verb = clause_verb(tok)
        if _sporting_subject(verb) or _business_parties(tok) or _business_parties(verb) or (
                kind == "meeting" and verb is not tok and _contest_phrase(verb)):
            return None  # "Rugby Australia and New Zealand Rugby held talks", "talks between the banks' chiefs",
            # "will meet again over 5,000 metres at Friday's meeting": an athletics meeting
        if lemma in lx.REMOTE_ONLY and not _remote(tok):
            return None
        return _by_link(kind, tok)
    if lemma == "be" and presence_with(tok):
        return "meeting"  # "You were in Iasi with the Romanian foreign minister on Friday": met there
    if lemma == "be" and (presence_ahead(tok) or presence_asked(tok)):  # "I will be in Helsinki on Friday": the stay of one come from abroad
        return "visit" if _to_a_place(tok) else None
    if tok.pos_ not in ("VERB", "ADJ"):
        return None
    if (lemma in lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS or lower in lx.ARRIVAL_WORDS) and _pastime(tok):
        return None  # "the team flew to Abidjan for a qualifier": sport or leisure, not diplomacy
    if lemma in lx.ARRIVAL_WORDS or lower in lx.ARRIVAL_WORDS:  # "arrived in Oslo", "is expected in Oslo"
        if any(c.dep_ == "dobj" for c in tok.children):
            return None  # "landed a contract in Tokyo"
        return "visit" if _to_a_place(tok) else None
    if lower == "visiting" and tok.dep_ in ("amod", "advcl", "xcomp") and tok.head.lemma_.lower() in lx.MEET_HOSTS:
        return None  # "met visiting President X": X is the guest of the meeting, not a second event
    if lower == "visiting" and (tok.dep_ == "amod" and _guest_of_talks(tok.head) or tok.dep_ == "pcomp"
                                and _guest_of_talks(tok)):
        return None  # "held talks with visiting Minister X": the talks are the event, X their guest
    if lower in lx.CO_LEAD_FORMS and tok.pos_ == "VERB":  # "will co-chair the commission with X": the two meet
        return "meeting" if any(c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "along" and any(
            w.dep_ == "prep" and w.lower_ == "with" for w in c.children)) for c in tok.children) \
            and not _sporting_object(tok) or _co_led_with(tok) else None  # (not "the World Cup, which they co-host with X"; "along with
        # her counterpart" as "with")
    if lemma == "welcome" and not (any(c.dep_ == "agent" for c in tok.children) and _passive_guests(tok)) \
            and not (any(c.dep_ == "dobj" for c in tok.children)  # "Y welcomed X in Abuja on Monday"
                     and any(c.dep_ == "prep" and c.i > tok.i and (c.lower_ in ("in", "to", "at") or _on_arrival(c))
                             for c in tok.children)  # "welcomed X upon his arrival"
                     or any(_welcomed_to_place(c) for c in tok.children if c.dep_ == "dobj")):  # "X to Suva" on X
        return None  # "X was welcomed in Hanoi by Y" is a reception; "welcomed the decision" is a stance
    if lemma in lx.HOSTING_VERBS and tok.pos_ == "VERB":  # "Erdogan hosted Abbas in Ankara"
        if _pastime(tok, ("in", "at", "for"), lx.SPORTING):
            return None  # "the Stars will host Tanzania in a qualifier": a fixture, not a reception
        guests = [c for c in tok.children if c.dep_ == "dobj"]  # "hosted Abbas", "will host his counterpart"
        guests += [o for c in tok.children if c.lower_ == "visiting" and c.dep_ in ("xcomp", "advcl")
                   for o in c.children if o.dep_ == "dobj"]  # "received visiting President X" read as a gerund
        if any(g.lemma_.lower() in lx.RECEIVED_THINGS and not any(c.lower_ in lx.IN_PERSON_CALLS for c in g.children)
               for g in guests):
            return None  # "received a phone call / a written message from X": nobody came (a courtesy call, they did)
        if not guests:  # "received in his office today the Minister of X": a guest the parser took for an adverb
            guests = [c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.i > tok.i and stray_name(c)]
            guests += hung_guests(tok)  # ("dep": "... the visiting Minister of X Y and his accompanying delegation")  # "received in audience in Amman the foreign minister of X"
            guests += [tok.head] if fronted_host(tok) else []  # "Hosting X in Berlin, Y said" read as "Hosting" X
        hosts = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if hosts:  # "X was received by President Y"
            guests += _passive_guests(tok)
        told_back = tok.head.lemma_.lower() not in lx.DECLINE and not any(c.dep_ == "neg" for c in tok.children) \
            and any(g.lower_ in ("him", "her") or g.lower_ == "whom" and tok.dep_ == "relcl" for g in guests)
        # "received him on Monday": the one told before; "X, whom he hosted in May": the person the clause is on
        if any(told_visitors(g) for g in guests) and not any(o.lemma_.lower() in _GREETING_SITES for c in tok.children
                                                             if c.dep_ == "prep" for o in c.children):
            told_back = told_back or bool(hosts) or any(c.dep_ == "nsubj" for c in tok.children)
            # "the delegation was received by the Lao Prime Minister", "the President received the delegation": the
            # ones whose trip was told (not a welcome at the airport)
        if not any(_guest(g) for g in guests) and not told_back and not (
                # "where he was received by Azerbaijan's president"
                any(g.pos_ == "PRON" and g.lower_ in ("he", "she", "they") for g in guests)
                and any(_guest(h) and (h.lower_ in LEADER_HEADS or h.ent_type_ == "PERSON") for h in hosts)):
            return None
        return "meeting"  # a reception is the two sides meeting; the guest's trip, if named, is a visit of its own
    if lemma in lx.TRAVEL_VERBS and tok.pos_ == "VERB" and not _courtesy_to_come(tok):
        # "will travel to Cairo", "ruled out travelling to X"
        return "visit" if _to_a_place(tok, lx.TRIP_TO) or _on_to_a_place(tok) else None
    if lemma == "come" and tok.pos_ == "VERB" and tok.tag_ == "VB" and _invited_to_come(tok):
        return "visit" if _to_a_place(tok, lx.TRIP_TO) else None  # "accepted X's invitation to come to Lima", "invited
        # Y to come to Accra": the guest's trip asked for (a bare "came to Lima" tells no more than being there)
    if lemma in lx.OCCASION_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VB" and _invited_to_come(tok):
        return "visit" if occasion_place(tok) is not None else None  # "accepted an invitation to open the Harare
        # show", "invited X to attend the opening of the Ndola terminal": the guest's trip to the occasion's place
    if lemma == "invite" and tok.pos_ == "VERB" and (_invited_to_place(tok) or invited_to_ceremony(tok) is not None):
        return None if any(c.dep_ == "dobj" and c.conjuncts for c in tok.children) else "visit"
        # "X invited Y to Ottawa in July": Y's trip there, asked for ("invited Y and Z to Galati" is the gathering
        # those invited are to attend, told in words of its own)
    if lemma in lx.DEPART_VERBS and tok.pos_ == "VERB":  # "will leave for Beijing on Monday"
        return "visit" if _to_a_place(tok, ("for",)) else None
    if tok.pos_ != "VERB":
        return None
    if lemma in lx.SIGN_VERBS or lemma in lx.EXCHANGE_VERBS:  # "signed a treaty", "a memorandum was signed by X and Y" (not
        # by two banks), "inked a deal", "exchanged notes"
        if any(c.dep_ in ("nsubj", "preconj") and c.lower_ in _NO_ONE and c.i < tok.i for c in tok.children):
            return None  # "neither signed the document they had agreed": no signing
        papers = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
        # ("entered into a pact")
        papers += [o for p in papers if p.lemma_.lower() in lx.PAPER_FORMS for c in p.children
                   if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        # ("initialled the text of the agreement")
        papers += [k for p in papers for k in _labelled(p)]  # ("sign Annex C", "signed Protocol IV")
        papers += _hand_set_to(tok)  # ("put pen to paper on the accord", read as signed in cues)
        if tok.dep_ == "acl" and tok.head.pos_ == "PROPN" and tok.head.dep_ == "appos":  # "..., Minister of B, Y,
            papers += [c for c in tok.head.children if c.dep_ == "appos" and c.i > tok.i]  # today signed in Lima the
            # Agreement": the verb and its paper both hung on the last signer's name
        kinds = lx.EXCHANGED_PAPERS if lemma in lx.EXCHANGE_VERBS and lemma != "trade" else lx.SIGNABLE
        # ("swapped four memoranda", "traded six memoranda"; not "traded notes on the dispute")
        if signed_clause(tok) or misread_signers(tok) is not None:
            papers.append(tok.head)  # "an accord signed on Tuesday by X and Y", "the treaty that X and Y signed",
            # "the two signed agreements"
        return "signing" if (_papers(papers, kinds) or _joint_paper(papers) or _pair_signs_there(tok, papers)) \
            and not _business_parties(tok) and not any(c.dep_ == "prt" for c in tok.children) \
            and not _firms_contract(tok, papers) else None
        # (not "signed off on the plan", "signed up to the programme")
    if lemma in lx.SPEAK_VERBS:
        if _remote(tok) or _readout_call(tok):
            return "call"
        if lemma == "discuss" and _pair_to_discuss(tok):
            return "talks"  # "goes to Dublin, where she and Ireland's foreign minister X will discuss Y"
        return "meeting" if _on_the_sidelines(tok) else None  # "A and B spoke on the sidelines of the summit"
    if lemma == "call" and _calls_on(tok):
        return "meeting"  # "is expected to call on President X": a courtesy call in person
    if lemma == "call" and _phones(tok):
        return "call"  # "the sultan will call Saudi Crown Prince X later today": a phone call
    if lemma == "see" and (_sees_someone(tok) or _asks_to_see_you(tok) or _seeing_answered(tok)
                           or _see_each_other(tok)):
        return "meeting"  # "I will see him in Warsaw on the 12th": a meeting, told in the speaker's own words
    if lemma in ("bring", "gather") and _gathering_gathers(tok):
        return None  # "the session opened, bringing together the ministers": the session is the event
    if lemma in ("get", "sit", "bring") and any(c.lower_ == "together" for c in tok.children) \
            or lemma == "bring" and _pair_brought(tok) \
            or lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return "meeting"
    if lemma == "sit" and _at_table_with(tok):
        return "meeting"  # "I will not sit at a table with my Russian counterpart", "sat across the table from X"
    if lemma == "sit" and _sat_across_from(tok):
        return "meeting"  # "You sat across from your Azerbaijani counterpart in Almaty"
    if lemma == "see" and _travelled_to_see(tok):
        return "meeting"  # "flew to Quito to see President X", "arrived in Y to see her counterpart"
    if lemma == "spend" and _time_spent_with(tok):
        return "meeting"  # "spent two hours with his Saudi counterpart", "will spend the afternoon with the president"
    if lemma == "mediate" and (tok.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in tok.children)):
        return None  # "talks mediated by Egypt": the talks are the event, Egypt their mediator
    if lemma in lx.CONVENE_VERBS:  # "the delegations will reconvene"; "convened a meeting" is the noun's
        return None if any(c.dep_ == "dobj" for c in tok.children) else "talks"
    kind = lx.TRIGGER_VERBS.get(lemma)
    if kind == "meeting" and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("halfway", "half-way")
                                 for c in tok.children) \
            and (any(c.dep_ == "dobj" for c in tok.children)
                 or not any(c.dep_ == "prep" and c.lower_ in _MEETING_PLACE_PREPS for c in tok.children)):
        return None  # "would meet Caracas halfway": a compromise offered, not a meeting (not "that we meet on one
        # of the ferries, halfway": a place between the two)
    if kind == "meeting" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.JOINT_BODIES and _body_meets(c)
                                 for c in tok.children):
        return None  # "the EU-Ukraine Association Council will meet": the body's meeting is the event
    if kind in ("meeting", "negotiation") and _sporting_subject(tok):
        return None  # "the football federations of Kenya and Uganda met"
    if kind in ("meeting", "negotiation") and _business_parties(tok):
        return None  # "the two lenders' chief executives met", "Equity Bank and CRDB Bank signed an agreement"
    if kind == "meeting" and (_pastime(tok, ("for", "in", "at"), lx.SPORTING) or _contest_phrase(tok)
                              or _scoreline(tok) or _match_ground(tok)):
        return None  # "will meet Ghana in a World Cup qualifier", "the cricket team meets India in the final", "met
        # at the stadium, the visitors winning 2-1"
    if kind == "visit" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _SIDES and not _mission(c)
                               and (any(t.lemma_.lower() in lx.SPORTING for t in c.subtree)
                                    or _pastime(tok, ("for",), lx.SPORTING)) for c in tok.children):
        return None  # "the sevens team will visit Japan for a three-match series": a tour of sport (not "the
        # president will visit Qatar for the final": a leader's trip)
    if kind == "visit" and tok.pos_ == "VERB" and _site_seen(tok):
        return None  # "visited the burns unit of the city hospital", "toured a refinery": a site, no state visited
    return _by_link(kind, tok) if kind is not None else None


_MEETING_PLACE_PREPS = frozenset({"in", "at", "on", "aboard"})


def _travelled_to_see(tok) -> bool:
    """"X flew to Quito to see President Y", "arrived in Z to see her counterpart": a trip's purpose of seeing a
    titled or named person is a meeting with them (not "went to see the damage", "flew in to see the match")."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or head.lemma_.lower() not in lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS:
        return False
    seen = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if seen is None:
        return False
    words = {t.lemma_.lower() for t in seen.subtree}
    return seen.ent_type_ == "PERSON" and seen.pos_ == "PROPN" or bool(words & (TITLE_HEADS | {"counterpart"})) \
        and seen.lemma_.lower() not in lx.SPORTING


def _pair_signs_there(tok, papers) -> bool:
    """"After that the two presidents will sign in Osh": two sides' leaders signing, with no paper named, at a place
    (the text just agreed is what they sign; "the two firms signed" is no pair of leaders)."""
    if papers or tok.lemma_.lower() != "sign" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    pair = subj is not None and subj.lemma_.lower() in _SIGNING_PAIRS and any(
        c.lower_ in ("two", "both") for c in subj.children)
    return pair and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children) for c in tok.children)


_SIGNING_PAIRS = frozenset("president leader minister premier king chancellor government side country".split())


def _hand_set_to(verb) -> list:
    """"put pen to paper on an accord", "put their names to a protocol": the papers a hand is set to (none for "put
    the deal to a vote", "put their names forward")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.SIGN_BY_HAND for c in verb.children):
        return []
    papers = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for o in c.children if o.dep_ == "pobj"]
    papers += [o for p in papers if p.lower_ == "paper" for c in p.children if c.dep_ == "prep" and c.lower_ == "on"
               for o in c.children if o.dep_ == "pobj"]  # the parser may hang "on the accord" on "paper"
    return papers + [t for p in papers for t in p.doc[p.left_edge.i:p.i] if t.dep_ == "compound"]
    # (the parser may read "a protocol cutting handling charges" as one noun with compounds)


def _labelled(noun) -> list:
    """"Annex C", "Protocol IV": a paper's kind word the parser hung on the short label that names it."""
    if noun.pos_ not in ("PROPN", "NUM") or len(noun.text) > 4 or not noun.text[:1].isupper() | noun.text[:1].isdigit():
        return []  # (a label is a letter, a numeral or a short Roman number, not a name: "the Itaipu accord")
    return [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]


def _papers(nouns, kinds: frozenset[str]) -> bool:
    """Whether one of the nouns is an accord or a paper of its kinds (a note only in the plural: "exchanged notes")."""
    return any(n.lemma_.lower() in kinds and (n.lemma_.lower() != "note" or n.tag_ == "NNS") for n in nouns)


_NO_ONE = frozenset("neither none nobody".split())


def _joint_paper(nouns) -> bool:
    """"signed a joint statement", "the 2091 cooperation plan", "the Tulcán Action Plan", "a strategic partnership":
    a statement drawn up jointly, a plan of a named kind, a partnership of states (not "signed a statement", "signed
    the plan", "signed a partnership with a start-up")."""
    for n in nouns:
        lemma = n.lemma_.lower()
        if lemma not in lx.JOINT_PAPERS:
            continue
        mods = [c for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i]
        if lemma == "statement" and any(m.lower_ == "joint" for m in mods):
            return True
        if lemma == "plan" and any(m.pos_ in ("NOUN", "PROPN", "NUM") or m.lower_ == "joint" for m in mods):
            return True
        if lemma == "partnership" and any(m.lower_ in lx.PARTNERSHIP_KINDS for m in mods):
            return True
    return False


def signed_clause(verb) -> bool:
    """"an accord signed on Tuesday by X and Y", "the treaty that X and Y signed": a clause on the accord that names
    its signatories (not a signing noun's own "the signing of a pact, signed by ...", which the noun tells)."""
    thing = verb.head
    if verb.dep_ not in ("acl", "relcl") or thing.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" or c.dep_ == "agent" and any(o.pos_ != "PRON" for o in c.children)
            for c in verb.children if c.dep_ == ("agent" if verb.dep_ == "acl" else "nsubj")):
        return False  # (not "the agreements they have already signed": accords told as background)
    return not (thing.dep_ == "pobj" and thing.head.lower_ == "of"
                and thing.head.head.lemma_.lower() in lx.SIGNING_NOUNS)


def misread_signers(verb):
    """"and the two signed agreements on X": the pair the parser took for the papers' count, with the verb read as
    their modifier (the count word, or None)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2 or verb.head.dep_ in ("nsubj", "nsubjpass"):
        return None  # (not "the two signed agreements were published")
    count, det = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    opens = det.is_sent_start or det.nbor(-1).dep_ in ("cc", "punct")  # a clause of its own (not "published the
    # two signed agreements")
    return count if count.dep_ == "nummod" and count.head == verb.head and count.lower_ in lx.PAIR_WORDS \
        and det.lower_ == "the" and det.head in (verb.head, count) and opens else None


def credentials_held(noun):
    """The noun a verb hands over: "letters" for "letters of credence", else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("letter", "letters"):
        return noun.head.head
    return noun


def ceremonial(tok) -> bool:
    """An envoy's credentials ("credentials", "letters of credence / commission") or an audience, as nouns."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _HANDED or tok.lower_ in _HANDED or (
        tok.lower_ == "commission" and credentials_held(tok) != tok))


_HANDED = lx.CREDENTIAL_NOUNS | lx.AUDIENCE_NOUNS  # what an envoy hands over or is granted


def _credentials_handed(noun) -> bool:
    """"presented her credentials to X", "presented his Letters of Credence to X", "received the credentials of X": an
    envoy's credentials handed to a head of state or a body's chief, who receives the envoy."""
    noun = credentials_held(noun)
    verb = noun.head
    if noun.lemma_.lower() in lx.AUDIENCE_NOUNS or noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lx.CREDENTIAL_VERBS:
        return False
    sides = ("of", "from") if verb.lemma_.lower() in ("receive", "accept") else ("to",)
    return any(c.dep_ == "prep" and c.lower_ in sides for c in (*noun.children, *verb.children))


def _audience_granted(noun) -> bool:
    """"granted an audience to X", "had an audience with the King": a meeting (not "an audience of 20,000")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in lx.AUDIENCE_VERBS \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(o.dep_ == "pobj" for o in c.children)
                for c in (*noun.children, *verb.children))


def _firms_contract(verb, papers) -> bool:
    """"Siemens and Egyptian National Railways signed a contract for trains": a contract whose every side is a firm
    (an organisation no gazetteer knows, no ministry or government), business rather than a signing of states."""
    if not papers or any(p.lemma_.lower() != "contract" for p in papers if p.lemma_.lower() in lx.SIGNABLE):
        return False  # (a contract, a joint statement or documents may be firms' own)
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [o for h in (verb, *papers) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj"]  # "signed a contract with the government"
    sides = [t for h in heads for t in (h, *h.conjuncts)]
    return bool(sides) and all(t.ent_type_ == "ORG" and t.pos_ == "PROPN" and not _known_body(t)
                               and t.lower_ not in ("head", "heads")  # ("the Heads of State signed a Joint Statement")
                               and not any(w.lemma_.lower() in _STATE_OFFICES for w in t.subtree) for t in sides)


_STATE_OFFICES = frozenset("ministry government department agency authority office council commission".split())


def _known_body(mod) -> bool:
    """A modifier that ends a known body's name ("African Union", "Eurasian Economic Union"), not a field word."""
    names = [mod.doc[i: mod.i + 1].text for i in range(mod.left_edge.i, mod.i + 1)]  # "EU-[African Union]"
    names += [entity_text(mod)] if mod.ent_type_ else []
    return any((e := gazetteer().lookup(n)) is not None and e.type == ORG for n in names)


def _mountain_top(summit) -> bool:
    """"Reached the summit of Mont Blanc", "climbed to the summit": a mountain's top, not a gathering of leaders."""
    tops = [o for c in summit.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if any(t.lower_ in lx.MOUNTAIN_WORDS for o in tops for t in (*o.lefts, o)):  # "of Mount X", "of the peak"
        return True
    verb = summit.head.head if summit.dep_ == "pobj" else summit.head
    return summit.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in lx.ASCENT_VERBS \
        and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in summit.children) \
        and not any(_known_body(o) or gazetteer().lookup(o.text) is not None for o in tops)


def _simulated(tok) -> bool:
    """"A model United Nations summit", "a mock summit": students playing a body, no body meeting."""
    return any(t.lower_ in SIMULATIONS for c in tok.lefts if c.dep_ in ("compound", "amod") for t in c.subtree)


def _habitual(tok) -> bool:
    """"The hall where EU leaders hold their summits": a plural gathering a present-tense relative clause tells as
    what happens there as a rule, no one event."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in lx.HABIT_TRIGGERS and tok.dep_ == "dobj" \
        and tok.head.tag_ in ("VBP", "VBZ") and tok.head.dep_ == "relcl"


def _on_players(tok) -> bool:
    """Talks "over", "on" or "about" a player ("the transfer of midfielder X", "the striker's new contract")."""
    return any(t.lemma_.lower() in lx.PLAYERS for c in tok.children if c.dep_ == "prep"
               and c.lower_ in ("over", "on", "about") for t in c.subtree)


_DEAL_TOPICS = frozenset("""contract contracts venture jet jets aircraft plane planes airliner airliners merger
takeover acquisition buyout wage wages pay salary salaries stake sponsorship""".split())


def _on_a_deal(tok) -> bool:
    """Talks "over" or "about" a commercial deal ("over a new contract for 8,000 workers", "about a joint venture",
    "over up to 80 jets") with no state, people or nation on either side ("with Boeing and Airbus", "between the union
    and the carmaker"): a business deal, not diplomacy (not "talks with Ukraine over the gas transit contract")."""
    if tok.lemma_.lower() not in ("talk", "negotiation") or tok.pos_ != "NOUN":
        return False
    doc = tok.doc
    if not any(t.i > tok.i and t.lemma_.lower() in _DEAL_TOPICS and t.pos_ == "NOUN"
               and any(w.lower_ in ("over", "about") for w in doc[tok.i + 1:t.i]) for t in tok.subtree):
        return False  # (the parser may hang "over 30 jets" anywhere in the noun's phrase)
    sides = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    return bool(sides) and not any(t.ent_type_ in ("GPE", "NORP", "PERSON") or gazetteer().demonym(t.text) is not None
                                   or any(w.lower_ in TITLE_HEADS or w.lemma_.lower() in LEADER_HEADS
                                          or w.lemma_.lower() in _STATE_SIDES
                                          or w.ent_type_ == "GPE" and w.dep_ == "poss" for w in t.subtree)
                                   for t in sides)  # (not "a Vietnamese dairy group": a company of a nation)


_STATE_SIDES = frozenset("government ministry minister delegation state country nation administration".split())


_GROUNDS = frozenset("stadium arena champions title".split())  # "at the Mall of Asia Arena", "in the AFC Champions
# League round of 16", "in a title summit": a ground or a prize, where sides play


def _match_ground(verb) -> bool:
    """"X meet Y at the Z Arena / in the Champions League / in a title summit": sides that play at a ground or for a
    prize, with no leader or minister among them (not "the presidents met at the national stadium")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "meet":
        return False
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))  # "meet Y in the Champions League": the
    # phrase may hang on the side met
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            t.lemma_.lower() in _GROUNDS and t.pos_ in ("NOUN", "PROPN") for t in c.subtree)
            for h in heads for c in h.children):
        return False
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    return bool(sides) and not any(w.lower_ in TITLE_HEADS or w.lemma_.lower() in LEADER_HEADS
                                   or w.lemma_.lower() in ("minister", "leader", "official", "delegation", "envoy")
                                   for c in sides for w in c.subtree)


def clause_verb(noun):
    """The verb of the clause a noun stands in ("held talks about a tour": held)."""
    verb = noun.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    return verb


def _sporting_object(verb) -> bool:
    """An object, or the noun a relative's "which" stands for, naming a contest ("co-host the World Cup")."""
    objs = [verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c
            for c in verb.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in lx.SPORTING for o in objs for t in (*o.lefts, o))


def _contest_phrase(verb) -> bool:
    """A meeting verb's "in"/"at"/"over" phrase naming a contest anywhere in it, however the parser split it ("in the
    semi-final", "over 10,000 metres", "at Sunday's Diamond League meeting")."""
    if verb.pos_ != "VERB" or not any_lemma(verb.doc, lx.SPORTING):
        return False
    kids = list(verb.children)
    return any(c.dep_ in ("npadvmod", "advcl") and c.lemma_.lower() in lx.SPORTING for c in kids) or any(
        t.lemma_.lower() in lx.SPORTING for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "at", "over")
        for t in c.subtree)


_RESULT_VERBS = frozenset("win beat draw lose edge thrash defeat trounce".split())
_ANOTHER_TIME = frozenset("after before since following ahead when".split())
_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")  # "3-0", "3\u20130" as one token


def _scoreline(verb) -> bool:
    """A meeting verb whose clause tells a result by its score ("met on Saturday, the visitors winning 2-1",
    "met in Cairo and drew 1-1"): a match, not a meeting."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "meet" or not any_lemma(verb.doc, _RESULT_VERBS):
        return False
    doc = verb.doc
    for t in verb.subtree:  # its own clause: not "met X, a day after Kenya beat Uganda 2-1" (another day's result)
        if t.pos_ == "VERB" and t.lemma_.lower() in _RESULT_VERBS \
                and not any(w.lower_ in _ANOTHER_TIME for w in doc[min(t.i, verb.i):max(t.i, verb.i)]):
            for c in t.children:
                if _SCORE.fullmatch(c.text) or c.like_num and c.i + 2 < len(doc) \
                        and doc[c.i + 1].text in ("-", "\u2013") and doc[c.i + 2].like_num:
                    return True
    return False


def _sporting_subject(verb) -> bool:
    """A subject that names sports bodies ("Rugby Australia and New Zealand Rugby", "the football federations")."""
    return verb.pos_ == "VERB" and any_lemma(verb.doc, lx.SPORTING) \
        and any(t.lemma_.lower() in lx.SPORTING for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree)  # (the document's lemmas first: most name no sport)


def _business_parties(word) -> bool:
    """A subject, or the "between"/"with" side of an event noun, that names companies, their people or unions ("the
    two lenders' chief executives", "Kenya's Equity Bank and Tanzania's CRDB Bank", "the carmaker and its union");
    not a known body ("the World Bank", "the African Union") nor a state's bank ("the central bank")."""
    if not any_word(word.doc, lx.BUSINESS) and not any_word(word.doc, lx.LABOUR) \
            and not any_word(word.doc, _BUSINESS_WORD):
        return False  # most articles name no company or union: one look at the document's words
    deps = ("nsubj", "nsubjpass") if word.pos_ in ("VERB", "AUX") else ("prep",)
    sides = [c for c in word.children if c.dep_ in deps and (c.dep_ != "prep" or c.lower_ in ("between", "with"))]
    return any((t.lemma_.lower() in lx.BUSINESS or t.lower_ in lx.BUSINESS or _labour(t) or _business_kind(t))
               and not _known_body(t)
               and not any(m.lower_ in lx.STATE_BANKS for m in t.children if m.dep_ in ("amod", "compound"))
               for side in sides for t in side.subtree)


_BUSINESS_WORD = frozenset({"business"})  # "business groups", "business leaders": a kind of people, not a state's


def _business_kind(tok) -> bool:
    """"business groups from both countries signed contracts", "business leaders met": people named by business."""
    return tok.lower_ == "business" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN"


def _labour(tok) -> bool:
    """A union named by whose it is ("the IG Metall union", "its largest union", "the teachers' unions"); a bare "the
    union" may be the bloc named before."""
    return tok.lemma_.lower() in lx.LABOUR and any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children)


def _on_the_sidelines(verb) -> bool:
    """"spoke on the sidelines / margins of the summit": a word in person where both were, not a call; with a party
    named ("with X") or a coordinated subject ("A and B spoke")."""
    backdrop = any(c.dep_ == "prep" and c.lower_ in ("on", "at", "in") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lx.BACKDROP_NOUNS - {"eve"} for o in c.children) for c in verb.children)
    if not backdrop:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or any(
        c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.children) for c in verb.children)


def _gathering_gathers(verb) -> bool:
    """"The meeting, which will bring together X", "the session opened, bringing together X": an event already
    named brings its parties together; no second event."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and verb.dep_ == "relcl" and subj.tag_ in ("WDT", "WP"):
        subj = verb.head
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # "a summit bringing together X", "a meeting gathering X": the noun it qualifies
    return subj is not None and (subj.lemma_.lower() in lx.TRIGGER_NOUNS or subj.lower_ in lx.TRIGGER_NOUNS
                                 or subj.lemma_.lower() in lx.ROUND_NOUNS | lx.JOINT_BODIES)


def counterpart_noun(tok) -> bool:
    """"his counterpart", "her Belizean colleague": a holder of the same post in another state (a colleague only with
    the state named, not "her cabinet colleagues")."""
    return tok.lower_ == "counterpart" or tok.lower_ == "colleague" and any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or gazetteer().demonym(c.text) is not None)
        for c in tok.children)


def _someone_named(verb) -> bool:
    """A verb's object that is a named person or a counterpart (not "him" or "the president": who is meant may be
    only asked about, or another state's)."""
    return any(counterpart_noun(o) or _state_leader(o) or o.pos_ == "PROPN"  # "my Belizean colleague"
               and (o.ent_type_ == "PERSON" or any(t.lower_ in TITLE_HEADS for t in o.lefts))
               or asked_about(o) is not None  # "Q: ... the Argentine president? A: I called him on Monday"
               for o in verb.children if o.dep_ == "dobj")


def _state_leader(noun) -> bool:
    """"the Swedish prime minister", "Ecuador's president": a leader or minister named by the state's adjective or
    possessive (a foreign leader, as "the president" alone is not)."""
    return _foreign_leader(noun) or noun.tag_ == "NN" and (noun.lemma_.lower() in LEADER_HEADS or noun.lemma_.lower()
                                                           == "minister") \
        and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in noun.children)


def _phones(verb) -> bool:
    """"will call President X on Friday", "called his counterpart": a leader called, nothing more said of them (not
    "called X a liar", "called on X", "called X to account")."""
    return _someone_named(verb) and not any(c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp", "prt")
                                            or c.dep_ == "prep" and c.lower_ in ("to", "for", "as")
                                            or c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1
                                            or c.dep_ == "npadvmod" and c.pos_ == "NOUN" and not c.ent_type_
                                            for c in verb.children)


def _sees_someone(verb) -> bool:
    """"will see his counterpart in Warsaw", "saw President X on Monday": a person seen at a named place or on a day;
    not "see the results", "saw him on television"."""
    if _seen_on_the_sidelines(verb):
        return True
    if not _someone_named(verb):
        return False
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)  # "while in X she is expected to see Y"
    preps = [(c.lower_, o) for h in heads for c in h.children if c.dep_ == "prep" for o in c.children
             if o.dep_ == "pobj"]
    preps += [(c.lower_, o) for d in verb.children if d.dep_ == "dobj" and d.ent_type_ == "PERSON"
              for c in d.children if c.dep_ == "prep" and c.i > d.i for o in c.children if o.dep_ == "pobj"]
    # "will see President X in Brussels in February": the phrases the parser hung on the name
    if any(o.lower_ in _SCREENS for _, o in preps):
        return False
    return any(p == "in" and (is_place(o) or o.lower_ in _SEAT_NOUNS) or o.ent_type_ == "DATE"
               or p == "during" and o.lower_ in _TRIP_NOUNS for p, o in preps) \
        or any(c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE" for c in verb.children)


def reciprocal(obj) -> bool:
    """"each other", "one another": the subject's own sides, no one else met."""
    return obj.lower_ == "other" and any(c.lower_ == "each" for c in obj.children) \
        or obj.lower_ == "one" and any(c.lower_ == "another" for c in obj.children)


def _see_each_other(verb) -> bool:
    """"agreed to see each other again in X in December", "will see one another in Y next month": the sides' own
    further meeting, told by the reciprocal pronoun with "again", a place or a day (not "see each other as rivals",
    "see each other's point")."""
    pair = next((o for o in verb.children if o.dep_ == "dobj" and reciprocal(o)), None)
    if pair is None or any(c.dep_ == "case" for c in pair.children) \
            or any(c.dep_ in ("prep", "oprd", "acomp") and c.lower_ in ("as", "like") for c in verb.children):
        return False
    preps = [(c.lower_, o) for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(c.lower_ == "again" for c in verb.children) \
        or any(p == "in" and is_place(o) or o.ent_type_ == "DATE" for p, o in preps) \
        or any(c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE" for c in verb.children)


def _seeing_answered(verb) -> bool:
    """"Q: Will he also see Eritrea's president? - We have requested a meeting.": a person to be seen, asked of in
    a question the answer gives a meeting's status (not "Will he see the results?", no one named)."""
    return verb.dep_ == "ROOT" and _someone_named(verb) and answered_status(verb) is not None


def _asks_to_see_you(verb) -> bool:
    """"Q: The ambassador has asked to see you. - And I have said no.": a meeting the one answering is asked for."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REQUEST_VERBS \
        and any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children) and answer_at(verb) is not None


_REQUEST_VERBS = frozenset("ask request want seek wish".split())


def _seen_on_the_sidelines(verb) -> bool:
    """"has asked to see him on the margins of the summit": a leader seen at a gathering's backdrop is a meeting."""
    near = [t for c in verb.children for t in (c, *c.children)]  # "see him one-on-one on the margins of": the
    # phrase may hang on the adverb's words
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(
            o.dep_ == "pobj" and o.lower_ in lx.BACKDROP_NOUNS and o.lower_ != "eve" for o in c.children)
            for c in near):
        return False
    return any(o.dep_ in ("dobj", "dative") and (o.lower_ in ("him", "her", "them") or o.lower_ in LEADER_HEADS
                                                 or counterpart_noun(o) or o.ent_type_ == "PERSON")
               for o in verb.children)


_SEAT_NOUNS = frozenset("capital city".split())  # "while in the Ethiopian capital she will see X"
_TRIP_NOUNS = frozenset("visit trip tour stay".split())  # "during the visit he will see X": seen on a trip
_SCREENS = frozenset("television tv screen video film footage news broadcast".split())  # "saw him on television"


def _calls_on(verb) -> bool:
    """"called on the Prime Minister", "will call on President X at State House": a visit paid to a named leader,
    not "called on X to resign" / "for an inquiry" (an appeal) or "called a meeting on Monday"."""
    on = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == verb.i + 1), None)
    # ("is due to call on X's president": the parser may take "on" for a particle)
    stranded = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i + 1] \
        if on is not None and not any(o.dep_ == "pobj" for o in on.children) else []  # "will call on PM X"
    # parsed with the leader as the verb's object and "on" left bare
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c not in stranded or c.dep_ == "prep" and c.lower_ == "for"
           for c in verb.children) \
            or any(t.dep_ == "aux" and t.lower_ == "to" and t.head != verb for c in verb.rights if c.dep_ != "conj"
                   for t in c.subtree):  # "called on X to resign", not "called on X and met Y to discuss Z"
        return False
    objs = stranded or [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1
                        for o in c.children if o.dep_ == "pobj"]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]  # "on His Majesty the King": the office
    return any(o.pos_ == "PROPN" and (o.ent_type_ == "PERSON" or any(t.lower_ in TITLE_HEADS for t in o.lefts))
               or o.lower_ in LEADER_HEADS for o in objs) \
        or any(o.lower_ in TITLE_HEADS and o.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "poss") for c in o.children)
               for o in objs)  # "called on the Indian prime minister", "on the Prime Minister of India", "on Sri
    # Lanka's president": one office


_SIDED = frozenset("bilateral trilateral tripartite quadrilateral".split())  # sides counted: "a trilateral session"


def _invited_to_come(tok) -> bool:
    """The infinitive an invitation asks for: "an invitation to come", "invited X to come" (CAMEO 036/043)."""
    return tok.dep_ in ("acl", "xcomp", "relcl") and (tok.head.lemma_.lower() == "invite" and tok.head.pos_ == "VERB"
                                                      or tok.head.lemma_.lower() == "invitation")


def invited_to_seat(verb) -> str | None:
    """The city of the seat of government a guest is invited to ("invited X to the White House", "to the Kremlin"):
    the trip to that seat's land; else None."""
    return next((city for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                 if o.dep_ == "pobj" and (city := venue_city_of(o)) is not None), None)


def occasion_place(verb):
    """The place an occasion a guest is asked to open or attend is held in ("to open the Harare show", "to attend the
    opening of the Ndola terminal in August"), read in the occasion's words; else None."""
    occasion = next((c for c in verb.children if c.dep_ == "dobj" and _occasion_noun(c)), None)
    return next((t for t in occasion.subtree if is_place(t)), None) if occasion is not None else None


def _occasion_noun(noun) -> bool:
    """A public occasion's noun ("the opening", "the Harare show"; "the trade fair" read as "trade" the fair one)."""
    return any(w.lemma_.lower() in lx.OCCASION_NOUNS
               for w in (noun, *(m for m in noun.children if m.dep_ in ("amod", "compound"))))


def _body_session(tok) -> bool:
    """"the 165th ministerial session", "the Ordinary Session of the AU Executive Council": a body meets."""
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lx.BACKDROP_NOUNS:
        return False  # "on the sidelines of the 80th session of the General Assembly": the backdrop
    if any(c.lower_ in lx.SESSION_MODS for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if mods & _SIDED or any(c.lemma_.lower() == "way" and any(n.dep_ == "nummod" for n in c.children)
                            for c in tok.children if c.dep_ in ("amod", "compound")):
        return True  # "a trilateral session on the corridor", "a three-way session": the sides sit together
    if mods & lx.JOINT_MODS and (mods | {o.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                         for o in c.children if o.dep_ == "pobj"}) & _CABINETS:
        return True  # "a joint government session", "a joint session of their governments": two governments sit
    if mods & lx.JOINT_MODS and _governments_hold(tok):
        return True  # "their governments will hold a joint session": the governments holding it sit together
    if _bodys_own(tok):
        return True  # "the joint commission's session", "the contact group's session": the body meets
    if any(c.dep_ == "compound" and c.lemma_.lower() in lx.JOINT_BODIES and _international(c) for c in tok.children):
        return True  # "the Kenya-Somalia joint commission session", "the Nordic Ministerial Council plenary": the
        # body named as the sitting's modifier meets
    if any(c.dep_ == "appos" and c.lemma_.lower() in lx.JOINT_BODIES and _international(c) for c in tok.children) \
            or any((body := dashed_body(o)) is not None and _international(body) for c in tok.children
                   if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"):
        return True  # "the next session of the Iran–[Oman Joint Economic Commission]": the dash split the body's name
    return any(_international(o) or _told_body(o) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj")


def _told_body(tok) -> bool:
    """"the next session of the commission": a body named by its head noun alone, named in full as a body of states
    a little before ("the Joint Commission for Cooperation ... the commission")."""
    lemma = tok.lemma_.lower()
    if lemma not in lx.JOINT_BODIES or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("amod", "compound") for c in tok.children):
        return False
    return any(t.lemma_.lower() == lemma and t.dep_ != "compound" and _international(t)
               for t in tok.doc[max(0, tok.i - 120):tok.i])


_CABINETS = frozenset("government governments cabinet cabinets".split())


def _governments_hold(tok) -> bool:
    """"their governments / the Polish and Czech cabinets will hold a joint session": a session two or more
    governments hold as the verb's subject is theirs together (not two houses' joint sitting)."""
    if tok.dep_ != "dobj" or (subj := nearest_subject(tok.head)) is None:
        return False
    return subj.tag_ == "NNS" and subj.lower_ in _CABINETS


def _bodys_own(tok) -> bool:
    """"its next session" said of an international body, "the joint commission's session": the body's meeting
    (a parliament's or a court's session is none)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        verb = tok.head
        while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None
    if owner is None or owner.pos_ == "PRON":
        return False
    if owner.lemma_.lower() in lx.JOINT_BODIES:  # (not a cabinet's "Council of Ministers")
        return any(t.lower_ in lx.JOINT_MODS for t in owner.lefts) or _of_two_states(owner) or _named_body(owner)
    return _international(owner)


def dashed_body(side):
    """The joint body whose name a dash after its first side goes on with, when the parser hung the rest elsewhere
    ("the session of the Iran [– Oman Joint Economic Commission]"), or None."""
    doc = side.doc
    if side.i + 2 >= len(doc) or doc[side.i + 1].text not in NAME_DASHES:
        return None
    for t in doc[side.i + 2: side.i + 8]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            return None
        if t.lemma_.lower() in lx.JOINT_BODIES and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN"):
            return t
    return None


def _of_two_states(body) -> bool:
    """"the Qatari-Turkish Supreme Strategic Committee", "the Saudi-Iraqi Coordination Council": a body named by two
    nationalities is a body of those two states, whose sittings are their meetings."""
    gz = gazetteer()
    states = {e.key for t in body.subtree if t.i < body.i and t.text[:1].isupper()
              and ((e := gz.demonym(t.text)) is not None or (e := gz.lookup(t.text)) is not None and e.type == "state")}
    return len(states) >= 2


def _international(body) -> bool:
    """A body of states: joint, of ministers, or a known international organisation ("of the African Union")."""
    words = list(body.subtree)
    if any(t.lower_ in lx.JOINT_MODS or _hyphen_joined(t) in lx.JOINT_MODS or t.lemma_.lower() == "minister"
           or t.lower_ == "ministers" for t in words) or _of_two_states(body):
        return True  # "the Greek–Turkish Cooperation Council"
    if body.lemma_.lower() == "mechanism" and any(t.lemma_.lower() in _CONSULTING for t in words):
        return True  # "their Political Consultation Mechanism", "the Strategic Dialogue Mechanism": states consult
    return _named_body(body)


_CONSULTING = frozenset("consultation consultative dialogue".split())


def _named_body_word(tok) -> bool:
    """A word in the name of a joint body a round is of ("the ninth round of their Political Consultation
    Mechanism"): the round is the event, told with its sides."""
    head = tok
    for _ in range(4):
        if head.dep_ != "compound" or head.head == head:
            break
        head = head.head
    return head is not tok and head.lemma_.lower() in lx.JOINT_BODIES and head.dep_ == "pobj" \
        and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lx.ROUND_NOUNS


def _hyphen_joined(tok) -> str:
    """"Bi-National", "Inter-State" split by the tokenizer: the word read whole ("binational"), from its last piece."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return ""
    return (doc[tok.i - 2].text + tok.text).lower()


def _named_body(body) -> bool:
    """A body named as a known organisation or its organ ("the Arab League", "the Permanent Council of the OAS")."""
    words = list(body.subtree)
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    gz = gazetteer()
    for ent in entities(body.doc):  # read once per pass: Doc.ents builds every entity's Span anew
        if lo <= ent.start_char and ent.end_char <= hi and ent.label_ == "ORG":
            name = ent.text.removesuffix("'s").removesuffix("\u2019s")  # "The Arab League's" tagged whole
            name = name[4:] if name.lower().startswith("the ") else name
            entry = gz.lookup(name) or organ_owner(name)
            if entry is not None and entry.type == "organization":
                return True
    return any(t.is_upper and len(t) > 1 and t.i < body.i and getattr(gz.lookup(t.text), "type", None) == "organization"
               for t in words)  # "the GCC Supreme Council": a known body's acronym before an organ's name


def _body_meets(tok) -> bool:
    """A standing commission or council of states as the meeting itself ("hold the next Joint Commission")."""
    if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        if _sitting_moved(tok) and _international(tok):
            return True  # "the Zambia–[Zimbabwe Joint Commission], which was to meet on Thursday, ..."
        tok = tok.head  # "convene the Chile–[Peru Joint Commission]": the body parsed as the first state's appositive
    verb, lemma = tok.head, tok.head.lemma_.lower()
    if tok.dep_ == "nsubjpass" and lemma == "hold":
        return True  # "the Council of Foreign Ministers was held here": only a meeting is held
    if members_owner(tok) is not None:  # "attended the OIC Council of Foreign Ministers", "at the Council of Heads of State"
        if tok.dep_ == "dobj" and verb.pos_ == "VERB" and lemma in lx.GATHERING_VERBS | lx.JOINT_VERBS:
            return True
        if tok.dep_ == "pobj" and (verb.lower_ in ("at", "to") or verb.lower_ == "of"
                                   and verb.head.lemma_.lower() in lx.BACKDROP_NOUNS or _kept_from(verb)
                                   or verb.lower_ == "for" and _trip_for(verb.head)):
            return True  # (or "will stay away from the ECOWAS Council of Ministers", "flew to Abuja for the ...")
    if not _international(tok):
        return False
    if _sitting_moved(tok):
        return True
    if tok.dep_ == "dobj" and verb.pos_ == "VERB":
        return lemma in lx.JOINT_VERBS and not _office_held(verb)
    return tok.dep_ == "nsubj" and (lemma in ("meet", "convene", "reconvene", "open", "gather") or takes_place(verb)
                                    or sitting_closed(verb) or lemma == "sit" and not plain_present(verb))
    # "the joint commission will next sit in Lomé" (not "sits in Geneva", its seat)


def _office_held(verb) -> bool:
    """"X, who chairs the ECOWAS Commission, said": a chair held in the plain present is an office, not a sitting."""
    return verb.lemma_.lower() == "chair" and plain_present(verb)


def _sitting_moved(tok) -> bool:
    """"the Joint Commission has been postponed / moved to 27 June", "the Forum, which was due to meet this week, has
    been rescheduled": a body whose sitting was set, moved or called off stands for that sitting."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and (verb.lemma_.lower() in _MOVED_SITTINGS or any(
            c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in lx.CANCEL_PHRASES for c in verb.children)):
        return True
    return any(c.dep_ == "relcl" and any(t.dep_ == "nsubj" and t.tag_ == "WDT" for t in c.children)
               and any(t.pos_ == "VERB" and (t.lemma_.lower() in _SITTING_VERBS or takes_place(t))
                       and (t == c or c in (t.head, t.head.head)) for t in c.subtree) for c in tok.children)


_CLOSING_VERBS = frozenset("conclude end adjourn".split())


def sitting_closed(verb) -> bool:
    """"the Ministerial Council concluded in Vienna": a body that ended with nothing concluded or ended is a sitting
    ("the Council concluded that ...", "ended its mandate" are findings and acts, not sittings)."""
    return verb.lemma_.lower() in _CLOSING_VERBS and verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass", "auxpass") for c in verb.children)


def takes_place(verb) -> bool:
    """"will take place", "is to take place": said only of an event."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" and not any(
        k.dep_ in ("det", "poss", "amod") for k in c.children) for c in verb.children)


_MOVED_SITTINGS = (lx.CANCEL | lx.RESCHEDULE_VERBS) - {"bring", "suspend"}  # "bring forward", a body suspended
_SITTING_VERBS = frozenset("meet convene reconvene sit".split())
_SEATED = frozenset("ministers heads leaders presidents chiefs".split())  # who sits in a council of a body's members
_MEMBER_BODIES = frozenset("council conference committee assembly authority".split())


def members_owner(body, described=None):
    """The international organisation's name (start, end, gazetteer entry) owning a council named by who sits in
    it: "the OIC Council of Foreign Ministers", "the Conference of Heads of State of the X" (a cabinet has none);
    ``described`` gives the one an owner's description stands for ("the bloc's Authority of Heads of State")."""
    members = [o for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj" and o.lower_ in _SEATED]
    if body.lower_ not in _MEMBER_BODIES or not members:
        return None
    owners, tok = [c for c in body.children if c.dep_ in ("compound", "poss", "nmod")], members[0]
    for _ in range(3):  # "of Heads of State of the Alliance of X": the body after the members' own words
        tok = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj"), None)
        if tok is None:
            break
        owners.append(tok)
    text = doc_text(body.doc)  # Doc.text makes a Token per word
    for owner in owners:
        words = [t for t in owner.subtree if t.dep_ not in ("det", "case", "punct")]
        for last in (words[-1], owner):  # "the Commonwealth of Independent States", else "the CIS"
            start, end = words[0].idx, last.idx + len(last)
            entry = gazetteer().lookup(text[start:end]) if end > start else None
            if entry is not None and entry.type == "organization":
                return start, end, entry
        if described is not None and (found := described(owner)) is not None:
            return found
    return None


def _guest_of_talks(noun) -> bool:
    """A noun in the "with" phrase of an event word ("talks with the visiting minister")."""
    if noun.dep_ not in ("pobj", "pcomp") or noun.head.lower_ != "with":
        return False
    event = noun.head.head
    return any(w in lx.TRIGGER_NOUNS or w in lx.TRIGGER_VERBS or w in lx.SPEAK_VERBS
               for w in (event.lower_, event.lemma_.lower()))


def _by_link(kind: str, tok) -> str:
    """"a virtual meeting", "a video summit", "met online": held over a line, a call."""
    if lx.FAMILIES.get(kind) != "in-person" or kind == "visit":
        return kind
    words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "advmod", "npadvmod")}
    words |= {o.lower_ for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over")
              for o in c.subtree}  # "met by video link", "talks via videoconference"
    return "call" if words & lx.REMOTE_WORDS else kind


def _pastime(verb, preps: tuple[str, ...] = ("for",), words_of: frozenset[str] = lx.NON_DIPLOMATIC) -> bool:
    """A journey for a match or by a team: "flew to X for a qualifier", "the squad travels to X"."""
    words = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
    words += [o for w in words if w.lemma_.lower() not in lx.TRIGGER_NOUNS for c in w.children
              if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]  # "for a place in the final"
    words += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _mission(c)]
    return any(w.lemma_.lower() in words_of or any(c.dep_ in ("compound", "amod") and c.lemma_.lower()
               in words_of for c in w.children) for w in words)


_POINTING_DETS = frozenset("this that the".split())


def _round_called_off(tok) -> bool:
    """"That round has been called off", "postponed the round": a round told before (no "of": not "a round of
    voting"), the subject or object of a verb that calls it off."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.lower_ in _POINTING_DETS for c in tok.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
        and lemma_is(tok.head, lx.CANCEL, lx.CANCEL_PHRASES)


_EVENT_WORDS = lx.TRIGGER_NOUNS.keys() | lx.ROUND_NOUNS | lx.GATHERING_NAMES.keys()  # what a group is sent for


def _sent_for(group) -> bool:
    """"will lead a delegation to X for the commission's session", "... to X, where she will co-chair it", "led a
    delegation to the ministers' meeting in X": the contact or gathering the trip is for is the event (the trip
    itself, told so, an optional one)."""
    return any(t.lower_ == "where" or t.lower_ in ("for", "to") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in _EVENT_WORDS or o.lower_ in _EVENT_WORDS) for o in t.children)
               for t in group.head.subtree)  # (or a gathering it goes to: "led a delegation to the summit in X")


_SIDES = lx.SPORTING | frozenset("team side".split())  # who tours for a match
_SITES = SITE_HEADS | frozenset("hospital clinic school university college".split())  # what a visit sees, no state


def _site_seen(verb) -> bool:
    """The verb's object is a site or a part of one ("the burns unit of Santa Maria hospital", "a school")."""
    return any(o.lemma_.lower() in _SITES or any(p.lemma_.lower() in _SITES for c in o.children
                                                 if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                                                 if p.dep_ == "pobj")
               for o in verb.children if o.dep_ == "dobj")


def _next_or_hosted(tok) -> bool:
    """"the next EPC gathering", "will host the Forum gathering": a sitting of its own, not one told before."""
    return any(c.lower_ in lx.NEXT_ONE for c in tok.children if c.dep_ == "amod") \
        or tok.dep_ == "dobj" and tok.head.lemma_.lower() == "host"


def _mission(team) -> bool:
    """"An OSCE team", "a UN fact-finding team", "the world body's team": a body's or a mission's people, no side in
    a match."""
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (c.lower_ in lx.MISSION_MODS
                                                                  or _known_body(c)) for c in team.children)


_BODY_HEADS = frozenset("council commission committee assembly union".split())  # "the Council's mission"
_TRIP_MISSIONS = frozenset("field visiting planned solidarity good-offices joint".split())  # a trip, not a post
_POSTED_MISSIONS = frozenset("""permanent diplomatic peacekeeping military training combat police trade space rescue
stabilisation stabilization""".split())  # a standing mission or force sent, no visit


def _goes_to(tok) -> bool:
    """"to Haiti" after a word: a named place, or a state the tagger took for a person ("to Mali")."""
    return _to_a_place(tok, ("to",)) or any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and (e := gazetteer().lookup(o.text)) is not None and e.type == "state"
        for o in c.children) for c in tok.children)


def _body_mission(tok) -> bool:
    """"the Council's field mission to Goma", "a Security Council mission to the Sahel", "a planned mission by Council
    members to Haiti": a body's (or its members') trip to a named place (not "the OSCE Mission to Moldova", a standing
    post, nor a state's "diplomatic mission to X")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(c.lower_ in _POSTED_MISSIONS for c in mods) or not (_goes_to(tok) or tok.dep_ == "dobj"
                                                                and _goes_to(tok.head)):
        return False  # ("will undertake a field mission to Goma": the place hung on the verb)
    by = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    owners = [c for c in mods if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"] + by
    return any(c.lower_ in lx.MISSION_MODS | _TRIP_MISSIONS for c in mods) and (bool(owners) or tok.dep_ == "dobj") \
        or any(_known_body(c) or c.lower_ in _BODY_HEADS for c in owners) \
        or any(o.lemma_.lower() in lx.MEMBER_NOUNS and any(c.dep_ == "compound" for c in o.children) for o in by)


def _regions_officials(tok) -> str | None:
    """The lemma of the officials whose forum or assembly a named region or bloc gives ("the Pacific leaders' forum",
    "a Nordic ministers' forum"), else None (not "the business leaders' forum", "the youth leaders' assembly")."""
    return next((h.lemma_.lower() for h in tok.children if h.dep_ == "poss" and h.lemma_.lower() in lx.RETREAT_HOLDERS
                 and h.tag_ == "NNS" and any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in (
                     "NORP", "GPE", "ORG", "LOC")) for c in h.children)), None)


def _leaders_retreat(tok) -> str | None:
    """"the Forum leaders' retreat", "a ministerial retreat", "leaders will hold a retreat": the lemma of the
    officials (or "body" for a named one) holding it, else None (not "the army's retreat from the city")."""
    holders = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    holders += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    holders += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                if o.dep_ == "pobj" and o.tag_ == "NNS"]  # "a gathering of the region's presidents"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.RETREAT_VERBS:
        holders += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for h in holders:
        if h.lemma_.lower() in lx.RETREAT_HOLDERS or h.lower_ == "ministerial":
            return h.lemma_.lower()
    for h in (h for h in holders if h.pos_ == "PROPN" and h.dep_ == "compound"):
        words = [c.lower_ for c in h.children if c.dep_ == "compound" and c.i < h.i]
        if any(w in ("leaders", "leaders'") for w in words) and not any(w in lx.BUSINESS for w in words):
            return "leader"  # "the Polynesian Leaders Group gathering": a gathering of the leaders its name says
    return "body" if any(h.pos_ == "PROPN" for h in holders) else None


_AWAY_WORDS = frozenset("away absent missing".split())  # "stayed away from", "absent from": a sitting missed


def _gathering(tok) -> bool:
    """"will not attend the UN General Assembly", "pulled out of the Forum", "the Assembly opens": a named meeting."""
    named = tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(  # "the Belt and Road forum": a name, lower-case head
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.right_edge.i == tok.i - 1 for c in tok.children)
    if not named or tok.ent_type_ not in ("ORG", "EVENT", "FAC", ""):
        return False
    if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        if _sitting_moved(tok):
            return True  # "the Australia–[Papua New Guinea Ministerial Forum], which had been due to meet ..."
        tok = tok.head  # "the Papua New Guinea–[Australia Ministerial Forum] will be held": parsed as the state's appositive
    if _sitting_moved(tok):
        return True
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("for", "to") and _trip_for(verb.head):
        return True  # "flew to Apia for the Pacific Islands Forum", "will lead the delegation to the Doha Forum"
    if tok.dep_ == "pobj" and verb.lower_ in ("at", "to", "of", "from"):
        if _kept_from(verb):
            return True  # "will stay away from the General Assembly", "was absent from the Forum"
        verb = verb.head
    elif tok.dep_ == "nsubjpass":
        return verb.lemma_.lower() in ("hold", "convene")  # "the Ministerial Forum will be held in Cairns"
    elif tok.dep_ not in ("dobj", "nsubj"):
        return False
    if tok.dep_ == "nsubj":
        return verb.lemma_.lower() in ("open", "convene", "close", "meet", "gather") or sitting_closed(verb)
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in lx.GATHERING_VERBS
                                    or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _kept_from(prep) -> bool:
    """"stayed away from", "was absent from": a sitting missed is still a sitting, so its name after "from" is one."""
    away = prep.head
    return prep.lower_ == "from" and away.lower_ in _AWAY_WORDS and away.dep_ in ("advmod", "acomp") \
        and away.head.pos_ in ("VERB", "AUX")


def _trip_for(verb) -> bool:
    """"flew to X for", "arrived in X for", "led a delegation (to X) for/to": a trip whose goal the "for" or "to" names
    (a named forum or assembly there is the gathering it goes to)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "NOUN":  # "will lead the delegation to the Doha Forum"
        return lemma in lx.SENT_GROUPS and verb.dep_ == "dobj" and verb.head.lemma_.lower() in lx.SEND_VERBS
    return verb.pos_ in ("VERB", "ADJ") and (lemma in lx.TRIP_VERBS or lemma in lx.SEND_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.SENT_GROUPS for c in verb.children))


def _readout_call(verb) -> bool:
    """"X spoke with President Y today": a leader speaking with a named foreign person, nowhere in particular."""
    if verb.lemma_.lower() not in ("speak", "talk") or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had") for c in verb.children):
        return False  # "will speak", "did not speak": a plan or a denial, not a readout
    parties = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
               for o in c.children if o.dep_ == "pobj"]
    if any(gazetteer().is_outlet(entity_text(o) or o.text) for o in parties) \
            or any(c.dep_ == "punct" and c.text == ":" for c in verb.children):
        return False  # "has spoken to NRK", "spoke to reporters outside the palace:": words given, not a call
    if not parties and any(c.dep_ == "nsubj" and (c.lower_ == "we" and asked_one(c) is not None or asked_pair(c))
                           for c in verb.children):
        return not any(t.lemma_.lower() in ("meet", "see") for t in (verb.head, *verb.conjuncts, *verb.head.conjuncts))
        # "Q: Have you spoken to the Mexican president? A: We spoke on Friday", "Q: Has the President spoken to the
        # French president? A: They spoke on Wednesday" (not "We met, we talked": the meeting)
    if not any(o.pos_ == "PROPN" or any(t.ent_type_ in ("PERSON", "GPE") for t in o.subtree)
               or o.lemma_.lower() == "counterpart" or asked_about(o) is not None or _foreign_leader(o) for o in parties):
        return False  # (a counterpart, "the Swedish prime minister", or the one a question asked about, is a foreign
        # leader too)
    places = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "during", "after")
              for o in c.children if o.dep_ == "pobj"]  # "spoke with X in Paris / at the summit / on the sidelines"
    return not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in lx.BACKDROP_NOUNS
                   or o.lemma_.lower() in lx.TRIGGER_NOUNS for o in places)


def _foreign_leader(noun) -> bool:
    """"the Swedish prime minister", "the Kenyan president": one state's leader or minister named by the state's
    adjective, not a group ("Swedish officials")."""
    return noun.tag_ == "NN" and (noun.lemma_.lower() in LEADER_HEADS or noun.lemma_.lower() == "minister") \
        and (of_a_state(noun) or any(c.dep_ in ("amod", "compound") and gazetteer().demonym(c.text) is not None
                                     for c in noun.children))  # ("my Guatemalan colleague", the adjective a body)


_GREETING_SITES = frozenset({"airport"})  # "received at the airport by X": a welcome on arrival, not a meeting


def _welcomed_to_place(obj) -> bool:
    """"welcomed his counterparts to Suva": the place the guests are welcomed to, parsed as the object's own phrase."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "to", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children) for c in obj.children)


def told_visitors(tok) -> bool:
    """"the delegation", "the guests", "his guest": visitors named only by what they are, whose trip the text has just
    told (a host's "his guest", not "his delegation", the one he leads)."""
    if tok.lemma_.lower() not in lx.TOLD_VISITORS:
        return False
    kids = list(tok.children)
    return [c.lower_ for c in kids] == ["the"] or tok.lemma_.lower() in _GUEST_WORDS \
        and [c.lower_ for c in kids if c.dep_ in ("det", "poss", "amod", "compound")] in (["his"], ["her"], ["their"])


_GUEST_WORDS = frozenset("guest visitor".split())  # a host's own: "hosted his guest", "her visitors"


def _on_arrival(prep) -> bool:
    """"on arrival", "upon his arrival in Y": the time of a welcome, which makes it a reception of the one arriving."""
    return prep.lower_ in ("on", "upon") and any(o.dep_ == "pobj" and o.lemma_.lower() == "arrival"
                                                 for o in prep.children)


def _passive_guests(verb) -> list:
    """The subject of a passive reception: its own, or in "X arrived in Y and was welcomed by Z" the first verb's."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(o.lower_ in _GREETING_SITES for c in verb.children if c.dep_ == "prep" for o in c.children):
        return own  # (not "arrived and was welcomed at the airport by Y": a welcome on arrival, no meeting)
    shared = nearest_subject(verb.head)
    return [shared] if shared is not None else []


def _guest(obj) -> bool:
    """A named person, state or body, or a delegation/title phrase naming one ("his Tanzanian counterpart")."""
    named = any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in [*obj.subtree, *moved_from(obj)]
                if t.i != obj.i)
    if obj.pos_ == "PROPN" and not obj.ent_type_ and obj.lower_ not in TITLE_HEADS and named \
            and any(t.lower_ in TITLE_HEADS for t in obj.subtree):
        return True  # "will host Moroccan King Mohammed VI": a title and a state before a name NER left untagged
    if obj.pos_ == "PROPN" and not obj.ent_type_ and any(is_honorific(t) for t in obj.subtree if t.i < obj.i):
        return True  # "received HE Jane Roe": a style before a name NER left untagged
    if obj.pos_ == "PROPN" and (obj.ent_type_ or obj.lower_ not in TITLE_HEADS):
        return obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
    if _pair_of_office(obj):
        return True
    heads = LEADER_HEADS if obj.pos_ != "PROPN" else TITLE_HEADS  # "the Foreign Minister of Iraq, Fuad Hussein"
    office = obj.lower_ in TITLE_HEADS and head_of(obj.lower_) != "spokesman" and obj.tag_ == "NN"
    return (obj.lemma_.lower() in lx.GROUP_NOUNS or obj.lower_ in heads or office) and named  # "the Thai premier",
    # "the Pakistani army chief", "the visiting Kenyan defence secretary": one office of a named state


def _pair_brought(verb) -> bool:
    """"to bring the two foreign ministers together in X": "together" the parser hung on the place phrase, the
    object a pair told before."""
    return any(c.dep_ == "prep" and any(k.lower_ == "together" and k.dep_ == "advmod" and k.i == c.i - 1
                                        for k in c.children) for c in verb.children) \
        and any(o.dep_ == "dobj" and _pair_of_office(o) for o in verb.children)


def _pair_of_office(obj) -> bool:
    """"to host the two foreign ministers", "both presidents", "the two countries' leaders": a pair of officeholders
    the text named before (resolved as "the two leaders" are)."""
    if obj.tag_ != "NNS" or obj.pos_ != "NOUN" or not (obj.lemma_.lower() in TITLE_HEADS
                                                         or obj.lemma_.lower() in LEADER_HEADS):
        return False
    counts = [c for c in obj.children if c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")]
    counts += [n for c in obj.children if c.dep_ == "poss" for n in c.children
               if n.lower_ in ("two", "both") and c.lemma_.lower() in ("country", "nation", "state", "government",
                                                                         "side")]
    return bool(counts)


def moved_from(obj) -> list:
    """"will host his counterpart from Uganda": the "from" phrase right after an object, which the parser may hang
    on the verb instead; its words (none when it is the object's own)."""
    after = obj.right_edge.i + 1
    if after >= len(obj.doc) or obj.dep_ != "dobj" or obj.lemma_.lower() not in lx.GROUP_NOUNS:
        return []
    prep = obj.doc[after]
    return list(prep.subtree) if prep.lower_ == "from" and prep.dep_ == "prep" and prep.head == obj.head else []


def _pair_to_discuss(verb) -> bool:
    """"where she and Ireland's foreign minister X will discuss Y": two sides, one of them named, will discuss a topic
    together (a plan; a past "discussed" retells a meeting told already)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children) \
            or not (verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)):
        return False  # (a trip's "where" clause; not "will host X to lunch. The two will discuss Y", the lunch's
        # topic, nor what a spokesman "said" they will discuss beside a meeting)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or len(subj.conjuncts) != 1 or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    pair = (subj, *subj.conjuncts)
    return any(t.ent_type_ == "PERSON" or any(g.ent_type_ == "PERSON" for g in t.children if g.dep_ == "appos")
               for t in pair) and all(t.pos_ in ("PROPN", "PRON") or t.lower_ in TITLE_HEADS for t in pair)
    # ("he and Estonia's foreign minister X": a title heads the second side, its name hung on the first)


def _answered_invitation_abroad(invitation) -> bool:
    """"turned down an invitation to Canberra", "declined Y's invitation to stop over in Seoul", "rejected an invitation
    to attend the celebrations in Asmara", "to the Kigali investment forum": an answered invitation to a named place
    with no event word of its own, the guest's trip there (declined or accepted), which no verb of travel tells."""
    if invitation.dep_ != "dobj" or not lemma_is(invitation.head, lx.DECLINE | {"accept"}, lx.DECLINE_PHRASES):
        return False
    if any(t.lower_ in lx.TRIGGER_NOUNS or trigger_type(t) for t in invitation.subtree if t is not invitation):
        return False  # "an invitation to visit X", "to travel to X", "to the summit in X": the event word tells its own
    return bool(invitation_places(invitation))


def invitation_places(invitation) -> list:
    """The named places an invitation asks its guest to: "to Canberra", "to stop over in Seoul", "to attend the
    celebrations in Asmara", "to the Kigali investment forum"."""
    asked = [c for c in invitation.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    sites = [o for c in invitation.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
             if o.dep_ == "pobj"] + [o for v in asked for o in v.children if o.dep_ == "dobj"]
    if any(s.lemma_.lower() in lx.SPORTING for s in sites):
        return []  # "turned down an invitation to a youth tournament in Hanoi": a contest, no trip of state
    places = [s for s in sites if is_place(s)]
    places += [o for h in asked + sites for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
               for o in c.children if o.dep_ == "pobj" and is_place(o)]
    return places or [c for s in sites for c in s.children if c.dep_ == "compound" and c.i < s.i and is_place(c)]


def _invited_to_place(verb) -> bool:
    """"invited Y to Ottawa" (active, a guest named), "was invited to Beijing": an invitation to a named place, with no
    event word or infinitive of its own ("invited Y to visit X", "invited Y to the summit in X" tell theirs)."""
    guests = [c for c in verb.children if c.dep_ == "dobj"] if verb.tag_ != "VBN" or any(
        c.dep_ == "nsubj" for c in verb.children) else [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(guests) and not any(g.lemma_.lower() in lx.TRIGGER_NOUNS for g in guests) \
        and not any(o.lower_ in lx.TRIGGER_NOUNS or o.lemma_.lower() in lx.ROUND_NOUNS for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "for" for o in c.children) \
        and (_to_a_place(verb, ("to",)) or invited_to_seat(verb) is not None) and not any(
            c.dep_ in ("advcl", "ccomp", "conj") and c.i > verb.i
            and any(t.lower_ in lx.TRIGGER_NOUNS or t.lemma_.lower() == "meet" or t.lemma_.lower() == "sit"
                    and any(k.lower_ in ("down", "together") for k in t.children) for t in c.subtree)
            for c in verb.children)  # (not "invited Y to Geneva to hold talks", "invited him to Berlin, and I hope
    # we can sit down together": the meeting's own words tell it)


def invited_to_ceremony(verb):
    """The occasion of "X invited his host / President Y to the opening of the new port in April": a state occasion a
    named guest is asked to abroad, a trip (not "invited tenders", "invited the public to the parade")."""
    if verb.lemma_.lower() != "invite" or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and (c.lower_ in ("him", "her") or c.lower_ in LEADER_HEADS or c.lower_ in (
            "host", "counterpart", "minister") or c.ent_type_ == "PERSON" and c.pos_ == "PROPN")
               for c in verb.children):
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                 if o.dep_ == "pobj" and _occasion_noun(o)), None)


def _to_a_place(tok, preps: tuple[str, ...] = ("in", "at"), deps: tuple[str, ...] = ("prep",)) -> bool:
    """"in/at" (or "to") a named place, no infinitive ("expected in Oslo", not "expected to meet in Oslo")."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False
    return any(c.dep_ in deps and c.lower_ in preps and any(o.dep_ == "pobj" and (is_place(o) or capital_by_nationality(o)
                                                                                 or _place_port(o))
                                                            for o in c.children)  # "to the Bolivian capital"
               for c in tok.children)


def _on_to_a_place(verb) -> bool:
    """"travels on to Port-au-Prince", "flew on to Baku": the "to" the parser hung on the trip's "on"."""
    return any(_to_a_place(c, lx.TRIP_TO) for c in own_ons(verb))


def _trip_stop(stop) -> bool:
    """A stop that is a leader's call on a place: held by a leader or a state ("the premier's stop", "his stop"), or
    told as part of a trip or tour ("a stop that was planned for the trip", "the stop, the last leg of the tour");
    not a ship's or a bus's stop."""
    owners = [c for c in stop.children if c.dep_ == "poss"]
    if any(o.lower_ in ("his", "her") or o.ent_type_ in ("PERSON", "NORP", "GPE") or o.lemma_.lower() in LEADER_HEADS
           or o.lemma_.lower() in TITLE_HEADS for o in owners):
        return True
    verb = stop.head
    if stop.dep_ == "dobj" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in LEADER_HEADS or c.ent_type_ == "PERSON"
                                                          or c.lower_ in lx.TRIP_NOUNS) for c in verb.children):
        return True  # "the president will make a brief stop in X", "the tour will include stops in X and Y"
    words = token_strings(stop.doc, "LOWER")
    return any(words[i] in lx.TRIP_NOUNS or words[i] == "leg" for i in subtree_ids(stop) if i != stop.i)


_SPENT = ("dobj",)  # "spent two days in X", "wrapped up two days in X"


def _stay(span) -> bool:
    """Days a person or state spends in a place ("wrapped up two days in X", "returned after three days in X", "his
    stay in X"): spent or ended by the clause's actor, or held by one; not "a week in the news" (the place is asked
    after)."""
    owners = [c for c in span.children if c.dep_ == "poss"]
    if any(o.lower_ in ("his", "her") or o.ent_type_ in ("PERSON", "NORP", "GPE") for o in owners):
        return span.lower_ == "stay"
    head = span.head
    if span.dep_ in _SPENT and head.lemma_.lower() in lx.STAY_VERBS:
        verb = head
    elif span.dep_ == "pobj" and head.lower_ in lx.STAY_PREPS and head.head.pos_ == "VERB":
        verb = head.head
    else:
        return False
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "GPE", "NORP") or c.lemma_.lower() in LEADER_HEADS
                                      or c.lemma_.lower() in TITLE_HEADS or c.lower_ in ("he", "she"))
               for c in verb.children)


def _place_port(o) -> bool:
    """"landed at Tallinn airport", "arrived at Nur Khan airbase": a port of entry named by its city."""
    return o.lemma_.lower() in lx.ENTRY_PORTS and any(c.dep_ == "compound" and (is_place(c) or c.pos_ == "PROPN"
                                                                               and c.is_title) for c in o.children)


def _remote(tok) -> bool:
    """"phone call", "telephone conversation", "spoke by phone", "a call with X", "held a call"."""
    deps = ("compound", "amod", "prep", "advmod", "agent", "npadvmod")  # "spoke by phone": "by" may parse as agent
    lower = token_strings(tok.doc, "LOWER")  # the column over the phrases' indices: no Token per word
    words = {lower[t] for c in tok.children if c.dep_ in deps for t in subtree_ids(c)}
    if words & lx.REMOTE_WORDS:
        return True
    if tok.pos_ == "VERB":
        return False
    if tok.lemma_.lower() != "call":
        return False
    with_party = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)
    return with_party or (tok.dep_ == "dobj" and tok.head.lemma_ in ("hold", "have")) or _call_from(tok)


def _call_from(call) -> bool:
    """"received a call yesterday from her Iraqi counterpart / from President X": a leader rang; not "a call from the
    opposition for early elections" (an appeal) nor "took a call from a journalist"."""
    verb = call.head
    if call.dep_ != "dobj" or verb.lemma_.lower() not in ("receive", "get", "take") \
            or any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("for", "to") for c in call.children):
        return False
    callers = [o for c in (*call.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_ in ("counterpart", "counterparts") or o.ent_type_ == "PERSON" and o.pos_ == "PROPN"
               and any(t.lower_ in TITLE_HEADS for t in o.subtree) or o.lower_ in LEADER_HEADS for o in callers)
