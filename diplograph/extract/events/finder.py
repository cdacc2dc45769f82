"""Diplomatic events in one article: triggers, participants, place, day, status claims, coreference."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract.actors.candidates import gazetteer_cands
from diplograph.extract.actors.columns import doc_text, entities, sentence_start, subtree_ids
from diplograph.extract.base import ActorMention, DocActors, any_word, lowered_strings, token_strings
from diplograph.extract.clauses import is_speech_verb, nearest_subject, semicolon_before
from diplograph.extract.events.asked import LABEL_REACH, asked_place, question_turn_answer
from diplograph.extract.events.coref import (ANAPHOR_WINDOW, Sighting, corefer, host_on_visit, meetings_on_trip,
                                             occasion_of_signing, share_setting, signed_at_contact,
                                             signed_at_gathering, split_trip,
                                             talks_on_trip, to_record, trip_called_off, trip_of_talks)
from diplograph.extract.events.participants import (GROUP_PREFIX, MEDIATE_VERBS, OCCASIONS, SOURCE_PREFIX, Parties,
                                                    Roles, name_head, speaker_label, with_objects)
from diplograph.extract.events.sectors import no_party, own_organ, relief_body, sector_body, state_office
from diplograph.extract.events.places import (BUILDINGS, SEAT_NOUNS, airfield, capital_by_nationality,
                                              capital_name, capital_within, city_name, entity_text, is_place,
                                              stray_name, town_opening,
                                              trip_preps, where_place)
from diplograph.extract.statements.reporting import PERSON_TITLES
from diplograph.extract.statements.speakers import office_only
from diplograph.extract.events.status import (
    PHASES,
    destined,
    dismissed,
    event_levels,
    fresh_modifier,
    governors,
    has_begun,
    headline_future,
    headline_subject,
    hosting_clause,
    infinitive,
    is_fresh,
    lemma_is,
    measure,
    name_on,
    nominal_gerund,
    per_token,
    proposal_noun,
    proposer,
    answered_span,
    answered_status,
    called_off_after,
    question_answer,
    status_of,
    trip_off,
    went_unheld,
)
from diplograph.extract.events.time import event_when, rescheduled, source_words, time_object, vaguely_ahead
from diplograph.extract.events.triggers import (ceremonial, credentials_held, fronted_host, invitation_places,
                                                invited_to_ceremony, invited_to_seat, misread_signers, occasion_place,
                                                reciprocal, trigger_type)
from diplograph.extract.when import (bare_weekday, day_of, in_live_entry, in_live_heading, live_start, own_tokens,
                                     plain_present, section_day, story_dct, tense_of, timex_among, resolve_day,
                                     deadline, by_month)
from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import city_state, fold, gazetteer, locate_place, seat_in_play
from diplograph.kb.roles import PORTFOLIOS, TITLE_HEADS, describe, head_of, is_title, same_title
from diplograph.kb.slugs import slug
from diplograph.records import Document, Event, Statement, Timex
from diplograph.timex.dateline import dateline_place
from diplograph.timex import resolve
from diplograph.timex.values import timex_bounds

_TITLE_PARTS = frozenset("prime vice deputy foreign defence defense federal crown".split())  # "the Prime Minister"
_GOVERNMENT_WORDS = frozenset("""ministry office government department presidency cabinet embassy
mission chancellery""".split())  # a publisher that is a government
# A heading's briefing by a government's voice ("Weekly media briefing by the Official Spokesperson, MEA, New Delhi"):
# the capital it names frames the bare titles below, as a ministry's name does
_BRIEFING_WORDS = frozenset("spokesperson spokesman spokeswoman spokespersons".split())
_ASKED_ABOUT = frozenset("of on about".split())  # "the status of / any update on / what about the talks with X"
_ANAPHORIC_DETS = frozenset("the this that such these those".split())
_RELATIVES = frozenset("who whom".split())  # a person's relative clause
_APART = frozenset("separately individually".split())  # "met A and B separately": two meetings
_COUNTED_DEPS = frozenset("npadvmod advmod appos dobj attr".split())  # "arrived ..., her first to X": the ordinal's
# links to the verb the trip is on
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_HERE_TOWNS = frozenset("city town capital port resort village".split())  # "in this city": the dateline's place
_CONVENERS = frozenset("minister leader head president member".split())  # who a body's own meetings gather
_GATHERINGS = frozenset("meeting summit conference".split())  # held online, still a gathering of its host or body
_STAY_AWAY_FROM = _GATHERINGS | {"talks", "negotiation"}  # what one side alone may stay away from
_OWN_CHOICES = lx.DECLINE_NOUNS | lx.AGREEMENT_NOUNS | {"decision"}  # "X's refusal to attend": X stays away; "the
# agreement of X and Y to resume talks": X and Y resume them
_TOPIC_VERBS = frozenset("discuss review address assess debate".split())
_OCCASION_PREPS = frozenset("after during following at".split())  # "after the talks, they signed ..."
_BACKDROP_PREPS = _OCCASION_PREPS | frozenset("of before ahead throughout amid on".split())  # "during the summit"
_HOSTED = frozenset("hosted organised organized sponsored convened".split())  # "a Moroccan-hosted conference"
_MOUTHPIECES = ("spokes", "press secretary", "aide", "adviser", "advisor", "official", "source")
_LANDING = frozenset("land arrive touch".split())  # "landed at X airport for a state visit": X's city is visited
_SERIES_NUMBER = re.compile(r"[IVXL]{2,6}|\d{1,3}(?:st|nd|rd|th)")  # "XIV", "9th" before a meeting's name
_STATE_OFFICES = frozenset("president premier minister chancellor secretary king queen emir amir sultan prince".split())
_CONTACT_TYPES = frozenset("meeting talks negotiation summit visit".split())  # where a signing may be done
_GOVERNMENT_AGENTS = frozenset("negotiator delegation team representative envoy".split())  # "government negotiators"
_TRIP_CONTACTS = frozenset({"talks", "meeting", "negotiation", "signing", "summit"})  # held with the host on a trip
_RECEPTION_VERBS = lx.HOSTING_VERBS | frozenset({"greet", "pay", "call"})  # the trip's own reception, no talks apart
_TRIP_STAGES = frozenset("day end start beginning close course sidelines leg stage part".split())
_RECEPTION_NOUNS = frozenset({"call", "reception", "welcome", "ceremony", "courtesy", "audience"})

_LAND_NOUNS = frozenset("country island kingdom republic nation archipelago sultanate emirate".split())  # "the island"
_SITTING_VERBS = frozenset("meet convene sit reconvene".split())  # a body's own meeting ("the council will meet")
_PAPER_OR_TALK_VERBS = lx.SIGN_VERBS | lx.EXCHANGE_VERBS | lx.SPEAK_VERBS  # their object is a paper or a topic, no party
_RECEIVING_VERBS = lx.HOSTING_VERBS | lx.AUDIENCE_VERBS - {"have"}  # their subject hosts ("granted an audience to X")
_SITTINGS = lx.JOINT_BODIES | frozenset({"session"})  # a body's sitting by name ("will skip the session of X")
_SITTING_BODIES = lx.JOINT_BODIES | frozenset("cabinet group panel mechanism".split())
_REACH_TYPES = frozenset("meeting talks negotiation summit conference call signing".split())  # contacts of two sides
_TRIP_LEMMAS = lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS | {"visit"}  # a trip's destination is no party to its talks
_REPORT_LAG = 4  # days a contact done at home may be reported after ("on Friday" in a Monday dateline story)
_CALLED_OFF = frozenset({"declined", "cancelled"})  # a trip that will not happen
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})  # a city the tagger took for a body too
_PRESS_DESKS = ("press service", "press office", "press department", "information department")  # report, never meet


def find_events(sdoc, document: Document, actors: DocActors, timexes: list[Timex],
                statements: list[Statement]) -> list[Event]:
    """Every diplomatic event the article mentions, one record per event, with its status claims."""
    finder = _Finder(sdoc, document, actors, timexes, statements)
    sides = sides_of(actors)
    clusters = [part for c in corefer(finder.sightings(), {**officials_of(actors), **sides})
                for part in split_trip(c, sides)]
    share_setting(clusters, sides)
    host_on_visit(clusters)
    talks_on_trip(clusters, sides)
    meetings_on_trip(clusters, sides)
    trip_of_talks(clusters, sides)
    trip_called_off(clusters)
    signed_at_contact(clusters, sides)
    occasion_of_signing(clusters)
    signed_at_gathering(clusters)
    kept = [enough_parties(c, actors) for c in clusters]
    told = [c for c, ok in zip(clusters, kept) if ok]
    clusters = [c for c, ok in zip(clusters, kept) if (ok or finder.rescued(c) and enough_parties(c, actors)
                                                       and not _told_already(c, told, sides))
                and not all(map(finder.asked, c.sightings)) and not _home_trip(c, sides)]
    events = [to_record(c, document) for c in clusters]
    venue = _gathering_place(events)
    events = [replace(e, location=place) if venue and e.location is None and any(s.sidelines for s in c.sightings)
              and (place := _gathering_place(events, e.status)) else e for c, e in zip(clusters, events)]
    events = [_on_occasion(e, c, clusters, events) for c, e in zip(clusters, events)]
    events = [_signed_when_met(e, c, clusters, events, sides) for c, e in zip(clusters, events)]
    events = _headlines_told(clusters, events, sides)  # the last use of clusters beside events
    events = [_town_of_venue(_building_city(e, events, sides, actors)) for e in events]
    city = dateline_place(doc_text(sdoc), dayless=True) or _lede_place(doc_text(sdoc))
    state = city_state(city) if city is not None else None
    home = finder.home() or ((city, state) if state is not None else None)  # "DAR ES SALAAM, March 3 -": a state's
    # city that is not its capital hosts what its state's side does there that day as well
    if home is None and city is None:
        home = _masthead_home(doc_text(sdoc))  # "THE LILONGWE COURIER": a capital's own paper, with no dateline
    sents = finder.sents  # (the finder read them once)
    if home is not None:
        abroad = [e for e in events if e.type == "visit" and e.status == "held" and e.location is not None
                  and _visited_key(e) not in (None, home[1])]
        abroad += [e for e in events if e.type in ("summit", "conference") and e.status == "held" and e.location
                   and e.time is not None and _visited_key(e) not in (None, home[1])]  # "ABUJA - X, who is attending
        # the AU summit in Addis Ababa, met Y on Tuesday": not at home
        events = [_at_home(e, home, sides, story_dct(sdoc, document.published), abroad,
                           [sents[s.sent_no] for s in c.sightings], _trigger_words(sdoc, c))
                  for c, e in zip(clusters, events)]
    events = [_visited_state(_state_named(e), sides) for e in events]
    if city is not None:  # (a body's seat may be a city of no one state the gazetteer knows: "New York")
        events = [_in_dateline_city(e, city, state, sides, story_dct(sdoc, document.published)) for e in events]
    home = (city, state) if city is not None and state is not None else None
    events = [_seat_city(e, c, events, sides, home, story_dct(sdoc, document.published), sents)
              for c, e in zip(clusters, events)]
    capitals = _named_capitals(sdoc, actors) if any(e.type == "visit" and e.location for e in events) else {}
    # (only a visit placed somewhere reads them)
    events = [_state_visit_city(e, capitals, home) for e in events]
    trips = [e for c, e in zip(clusters, events) if e.type == "visit" and not all(s.onward for s in c.sightings)]
    stays = {e.key for c, e in zip(clusters, events) if e.type == "visit" and not any(s.onward for s in c.sightings)}
    events = [_on_trip(e, c, trips, sides) for c, e in zip(clusters, events)]
    events = [_visit_city(e, c, trips, sides, home, stays) for c, e in zip(clusters, events)]
    if city is not None and venue is None and (_known_place(city) or state is not None):
        events = [_sidelines_here(e, c, city, story_dct(sdoc, document.published)) for c, e in zip(clusters, events)]
    onward = {e.key for c, e in zip(clusters, events) if e.type == "visit" and any(s.onward for s in c.sightings)}
    placed = [(e, {sides.get(k, k) for k in e.participants} | ({city_state(e.location)} - {None})) for e in events
              if e.location and e.type != "call" and _known_place(e.location)
              and not gazetteer().lookup(e.location)]  # cities, read once per document; a city's own state is there
    # too ("the ministers met in Nuku'alofa today ... Tonga's prime minister held a bilateral meeting this morning")
    events = [_day_city(e, placed, sides, onward) for e in events]
    if (live := _live_city(sdoc)) is not None:
        events = [_in_live_city(e, live, sides, actors, story_dct(sdoc, document.published)) for e in events]
    events = [_absence_placed(e, c, events) for c, e in zip(clusters, events)]
    events = [_gathering_host(e, sides, actors, doc_text(sdoc)) for e in events]
    if any(_bare_office(m) for e in events for k in e.participants for m in actors.by_key(k)[:1]):
        events = _offices_as_state(events, finder, actors)
    offered = {e.key for c, e in zip(clusters, events) if any(s.instead for s in c.sightings)}  # (in its place)
    events = [e for e in events if len(e.participants) >= 2 or not _lone_unfinished(e)]
    events = [e for e in events if e.key in offered or not _refused_plan(e, events)]
    events = [kept for e in events if (kept := _faceless_side(e, actors)) is not None]
    cited = {k for e in events for k in (*e.participants, *e.mediators, *e.hosts)}
    actors.drop({k for k in actors.keys() if k.startswith(GROUP_PREFIX) and k not in cited})
    return events


_FACELESS = re.compile(r"(?:(?:senior |foreign |government |ministry |diplomatic )*(?:officials?|leaders|diplomats"
                       r"|sources?|aides?)|foreign ministry|source close to the \w+)")


def _faceless_side(e: Event, actors: DocActors) -> Event | None:
    """A side that is nobody in particular: unnamed, lower-case speakers the statements passed on ("officials",
    "diplomats", "a source close to the presidency", "the foreign ministry") name no party to a contact. Such a side
    leaves the record; a contact told with it alone beside one named side was held or planned with no one named, and
    goes unless a gathering (a summit keeps one side); a call-off keeps its named side ("the talks with Norway were
    called off, officials said")."""
    faceless = {k for k in e.participants if k.startswith(SOURCE_PREFIX)
                and any(m.name == m.name.lower() and _FACELESS.fullmatch(m.name) for m in actors.by_key(k)[:1])}
    if not faceless:
        return e
    kept = tuple(k for k in e.participants if k not in faceless)
    if len(kept) < 2 and e.type not in ("summit", "conference") and e.status not in _CALLED_OFF:
        return None
    return replace(e, participants=kept)


def _refused_plan(e: Event, events: list[Event]) -> bool:
    """A meeting planned or proposed between sides that another record of the same contact, between the very same
    sides, of the same kind and nowhere else, tells declined ("X proposed talks with Y ... Y rejected the offer"): the
    refusal is the contact's last word, the plan told beside it no second event. A plan beside a cancelled one stays
    (a date kept after another was called off)."""
    if e.status not in ("scheduled", "proposed") or len(e.participants) < 2:
        return False
    sides = frozenset(e.participants)
    return any(o is not e and o.status == "declined" and frozenset(o.participants) == sides
               and o.type == e.type and (o.location is None or e.location in (None, o.location)) for o in events)
    # (a trip ruled out beside a meeting planned elsewhere, a summit turned down beside the next round of talks set:
    # two contacts)


def _lone_unfinished(e: Event) -> bool:
    """A record of one side that tells no relation between two: a visitor whose host stayed unknown ("X will visit
    Dublin", "the visit was postponed"), a meeting or talks only proposed with nobody named to meet ("X proposed
    a meeting"). The land visited by someone unnamed ("... travels to Accra for talks"), a body's own sitting, a
    summit or conference (proposed for a host too), a meeting a side stays away from, a virtual meeting its host held
    keep one side."""
    if e.type == "visit":
        return not e.participants or not e.participants[0].startswith("state:")
    return e.status == "proposed" and e.type not in ("summit", "conference")


def sides_of(actors: DocActors) -> dict[str, str]:
    """Person key -> the state they hold office for in this article ("Japanese Foreign Minister X")."""
    return {m.key: m.role_of for m in actors if m.type == "person" and m.role_of and m.role_of.startswith("state:")}


def officials_of(actors: DocActors) -> dict[str, str]:
    """Person key -> the body of states they hold office in ("the Chairperson of the AU Commission, X"): one side with
    it when an event is told twice ("AU Commission Chairperson to visit X" above X's visit)."""
    return {m.key: m.role_of for m in actors if m.type == "person" and m.role_of and m.role_of.startswith("org:")
            and gazetteer().entry(m.role_of) is not None}


def _home_trip(c, sides: dict[str, str]) -> bool:
    """"... before departing for Addis Ababa", "before flying (back) to Jayapura": a trip whose travellers all serve the
    state it goes to is their way home, no visit."""
    if any(s.type != "visit" or s.named_visit for s in c.sightings):
        return False  # (a "visit" itself goes abroad, whatever state the parse gave its visitor)
    visited = {s.roles.received_by for s in c.sightings} - {None}
    travellers = set(c.participants) - visited
    return bool(visited and travellers) and all(sides.get(k) in visited for k in travellers)


def _told_already(c, told: list, sides: dict[str, str]) -> bool:

    """A rescued contact whose two sides a kept event of its family already joins ("Senegal to host Mauritania's
    leader for talks" above the story of the two presidents' talks): the same event, told again."""
    own = {sides.get(k, k) for k in c.participants}
    sents = {s.sent_no for s in c.sightings}
    held = any(s.status == "held" for s in c.sightings)
    return any(t.family == c.family and not (held and all(s.status in _PLANS for s in t.sightings))
               # (not the next sitting the two agreed on: "X wrapped up talks with Y. The leaders agreed to meet in Z")
               and (own <= (theirs := {sides.get(k, k) for k in t.participants})
                                         or own & theirs and any(s.sent_no in sents for s in t.sightings))
               for t in told)  # (or one side of it in the same sentence: "X will host Y for talks, the first
    # dialogue between A and B")


def enough_parties(c, actors: DocActors) -> bool:
    """Two parties make an event; one will do for a visit to a named place or a meeting of one body."""
    trips = all(s.type == "visit" for s in c.sightings)  # (a parliament's delegation goes abroad: no organ sitting)
    parties = _diplomatic_parties(c.participants, actors, sittings=not trips)
    sites = set(c.participants) - set(parties)
    if trips and sites and all(sites & set(s.roles.participants) for s in c.sightings):
        return False  # "visited a hospital", "a carmaker's delegation visited X", "the storm's visit": no state's visit
    if len(parties) >= 2:
        return True
    if not parties or sites:
        return False  # (a commission's talks with a union are no sitting of the commission alone)
    if c.family == "remote":
        return any(s.gathering for s in c.sightings)  # "X hosted a virtual meeting of leaders", "a BRICS video summit"
    if c.family == "in-person" and any(s.type == "visit" for s in c.sightings):
        if all(s.roles.received_by == parties[0] for s in c.sightings if parties[0] in s.roles.participants):
            return False  # only the country visited is known, not who visits it
        return any(s.roles.location and not sector_body(s.roles.location) or s.roles.hosts for s in c.sightings)
        # (not "visited the Hawassa Industrial Park": a site, no place a state is visited at)
    if any((s.type in ("summit", "conference") or s.type in _STAY_AWAY_FROM and s.exact) and s.status == "declined"
           and s.subject == parties[0] and (s.type in _GATHERINGS or s.roles.location or s.time or s.day)
           for s in c.sightings):
        return True  # "X declined to attend the summit", "the ministers met; X stayed away": the one X stays away from
        # (talks stayed away from, with a place or day of their own: not "sent no one to the talks" told before)
    if any(s.type in _GATHERINGS and s.exact and s.status == "declined" and s.joiners == (parties[0],)
           for s in c.sightings):
        return True  # "X will not send a minister to the meeting": the gathering X stays away from
    if any(s.type in ("summit", "conference") and parties[0] in s.joiners and s.status == "scheduled"
           for s in c.sightings):
        return True  # "X is to attend a conference in Y": the gathering X will go to (one attended is told by its hosts)
    if any(s.type in _GATHERINGS and parties[0] in s.roles.hosts for s in c.sightings):
        return True  # "the summit, which Iraq will host in May": the host's gathering
    if any(s.members for s in c.sightings) and parties[0].startswith(("org:", GROUP_PREFIX)):
        return True  # "foreign ministers of the G7 held talks in Capri", "Pacific foreign ministers met in Suva":
        # the body's own meeting, or the region's ministers met as a participant under that description
    first = next(iter(actors.by_key(parties[0])), None)
    if first is None or first.type != "organization" or first.key.startswith(GROUP_PREFIX) \
            or name_head(first.name) in lx.TRIGGER_NOUNS or relief_body(first.name) or state_office(first.name):
        return False  # "the Summit of the Americas" names the event, not a body that meets ("the OSCE Ministerial
        # Council" is a council); a relief agency's or a state's department's own meeting is no diplomacy
    return any(s.type in ("summit", "meeting", "conference") for s in c.sightings)


def _diplomatic_parties(participants: list[str], actors: DocActors, sittings: bool = True) -> list[str]:
    """The parties without companies, unions, clubs, hospitals and storms, and (``sittings``) without a state's own
    organs when no second state takes part ("the cabinet met", "the PM chaired the national disaster committee")."""
    names = {k: actors.name_of(k) or "" for k in participants if not k.startswith("state:")}
    parties = [k for k in participants if k not in names or not no_party(k, names[k])]
    organs = [k for k in parties if k.startswith("org:") and own_organ(names[k])] if sittings else []
    if organs:
        rest = [k for k in parties if k not in organs]
        served = {k if k.startswith("state:") else sides_of(actors).get(k) for k in rest}
        framed = {e.key for k in organs for w in names[k].split() if (e := gazetteer().demonym(w)) is not None}
        if not rest or len(served) == 1 and None not in served and not framed - served:
            return rest  # (not when an envoy of no state meets "the Presidential Council", nor "the Vietnamese
            # National Assembly" a Lao side)
    return parties


class _Finder:
    """Walks one parsed document and collects event sightings."""

    def __init__(self, sdoc, document: Document, actors: DocActors, timexes: list[Timex],
                 statements: list[Statement]):
        self.sdoc, self.doc, self.actors, self.timexes = sdoc, document, actors, timexes
        base = document.base
        self.spans = [(m.start - base, m.end - base, st) for st in statements for m in st.mentions
                      if m.doc_id == document.id]
        self.parties = Parties(actors, self._speaker_at, self._quoted_at)
        self.sents = list(sdoc.sents)
        self.trips: dict[int, tuple[list[tuple[str, object]], set[str]]] = {}  # trigger index -> states visited, actors named
        self.title_end = _title_end(document)
        self.offices: set[str] = set()  # office-holders known by a title alone ("The Federal Chancellor")
        self.sent_of = [0] * len(sdoc)
        for no, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [no] * (sent.end - sent.start)
        self._sides_at: tuple[int, dict[str, str]] = (-1, {})  # (actors' version, sides_of then)

    def _sides(self) -> dict[str, str]:
        """sides_of the actors, worked out again only once they change (every sighting asks)."""
        if self._sides_at[0] != self.actors.version:
            self._sides_at = (self.actors.version, sides_of(self.actors))
        return self._sides_at[1]

    def _sent(self, tok):
        """tok.sent, looked up (Token.sent builds a slice of the document and checks its annotation every time)."""
        return self.sents[self.sent_of[tok.i]]

    def _statement_at(self, pos: int) -> Statement | None:
        """The statement whose words cover a position (its speaker claims what is said there)."""
        return next((st for a, b, st in self.spans if a <= pos < b), None)

    def _speaker_at(self, pos: int) -> str | None:
        """The speaker of the words at a position, for "I" and "we"."""
        st = self._statement_at(pos)
        return st.speaker if st is not None else None

    def _quoted_at(self, pos: int) -> bool:
        """Whether the words at a position are a speaker's own (a quotation or a transcript's answer)."""
        st = self._statement_at(pos)
        return st is not None and st.direct

    def sightings(self) -> list[Sighting]:
        """Sightings in text order; a sentence that confuses the parser is skipped with a warning."""
        out: list[Sighting] = []
        cues = self.sdoc._.event_cues if self.sdoc.has_extension("event_cues") else None
        for tok in (self.sdoc[i] for i in cues) if cues is not None else self.sdoc:  # marked by event_cues
            kind = trigger_type(tok)
            if kind is None:
                continue
            if kind == "mediation" and _framing(tok):
                continue  # "agreed to meet under Ugandan mediation": the meeting's mediator, not an event
            if _signing_occasion(tok, kind):
                kind = "signing"  # "signed a pact during a meeting with X": one event, the signing, X a party
            if kind == "signing" and _purpose_of_plan(tok):
                continue  # "agreed to meet in X in August to sign an accord": what the meeting is for
            if _co_chaired(tok):
                continue  # "co-chaired with Y the fourth session of the A-B Committee": the co-chairs' meeting is it
            try:
                if self._with_outsiders(tok):
                    continue  # "met reporters", "a meeting with business leaders": not diplomacy
                chain = governors(tok)  # one climb for dismissed(), _sighting() and the status read there
                if (held := credentials_held(tok)) != tok and held in chain:  # "presented her letters of credence":
                    chain = [tok, *chain[chain.index(held) + 1:]]  # the verb handing the letters tells the meeting
                if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or dismissed(tok, chain):
                    continue  # "held no bilateral meeting", "a meeting is unlikely": none took place or is planned
                if _first_to(tok) or _such_count(tok):
                    continue  # "the first Kenyan leader to visit Ethiopia since 2019": a record, not a plan
                for sighting in self._per_destination(tok, self._sighting(tok, kind, self.sent_of[tok.i], chain)):
                    if kind == "visit" and tok.lower_ in lx.STAY_NOUNS:
                        sighting.time, sighting.day = None, None  # "returned on Thursday after three days in X":
                        # the day the stay ended, not the visit's; the trip told elsewhere, or undated
                    if tok.lemma_ == "be" and len(sighting.roles.participants) < 2:
                        continue  # "the president will be in Lagos": at home, or with no land of its own to visit
                    if sighting.status == "declined" and _trip_for_gathering(tok, kind):
                        continue  # "will not travel to Luanda for the SADC summit": the summit is refused, no trip
                    if sighting.status == "declined" and (owner := _refusal_owner(tok)) is not None:
                        sighting.roles.add(self.parties.np_keys(owner))  # "Poland's boycott of the summit": Poland
                    if not sighting.roles.participants and (_body_sits(tok) or tok.dep_ == "nsubj"
                                                            and _body_sits(tok.head)):
                        self._body_sides(tok if tok.pos_ == "VERB" else tok.head, sighting, out)  # ("the joint
                        # commission will sit in X": the body's own word tells the sitting)
                    self._standing_body(sighting)
                    if kind == "visit" and _to_the_land(tok):
                        self._land_visited(tok, sighting, out)
                    if kind == "visit" and tok.pos_ == "VERB" and (invited_to_ceremony(tok) is not None
                                                                   or self.trips[tok.i][0]):
                        self._host_invited(tok, sighting, out)
                    if kind == "visit" and len(sighting.roles.participants) == 1 and (host := self._inviter_home(tok)):
                        sighting.roles.add(host)  # "Latvia invited Estonia's premier to visit in January": Latvia
                    if kind == "visit" and (sighting.status in (None, "held") and tok.head.tag_ in ("VBZ", "VBP")
                                            or sighting.status is None) and _ordinal_trip(tok):
                        _timed_as_told(sighting, out)  # (a trip told before beats a report's present)
                    if sighting.time is None and _eve_of(tok):
                        self._after_eve(sighting, out)
                    out.extend(self._per_leg(tok, kind, split[0]) if len(split := self._per_partner(tok, sighting)) == 1
                               else split)
            except Exception as exc:  # noqa: BLE001
                import warnings

                warnings.warn(f"{self.doc.id}: event trigger {tok.text!r} skipped ({exc})", stacklevel=2)
        self._attendees_told(out)
        for accepted in self._acceptances(out) + self._stay_aways(out) + self._gatherings_apart(out):
            at = next((n for n, s in enumerate(out) if s.sent_no > accepted.sent_no), len(out))
            out.insert(at, accepted)  # each after its sentence's sightings
        away = {s.start for s in out if s.status == "declined" and s.exact and s.type in _STAY_AWAY_FROM}
        out = [s for s in out if not (s.type == "visit" and s.status == "declined" and s.start in away)]
        # ("did not travel to Vilnius", the summit's town: the summit is missed, no trip of its own)
        missed = {(s.roles.location, k) for s in out if s.status == "declined" and s.type in _GATHERINGS
                  and s.roles.location for k in s.roles.participants}
        out = [s for s in out if not (s.type == "visit" and s.status == "declined" and s.roles.location and any(
            (s.roles.location, k) in missed for k in s.roles.participants if k != city_state(s.roles.location)))]
        # ("Will the President attend the summit in Astana? - The President will not travel to Astana": one refusal)
        _absences_placed(out)
        self._question_and_answer(out)
        return out

    def _question_and_answer(self, sightings: list[Sighting]) -> None:
        """"Q: What about the trilateral with Iraq and Egypt? A: The trilateral meeting has been postponed": marks
        mentions in a question's paragraph and definite ones in the answer just below it, which name the same event
        (read only in texts with a question mark ending a line)."""
        text = doc_text(self.sdoc)
        if "?\n" not in text:
            return
        for s in sightings:
            start = text.rfind("\n", 0, s.start) + 1
            end = text.find("\n", s.start)
            end = len(text) if end < 0 else end
            if text[start:end].rstrip().endswith("?"):
                s.asked_line = not s.fresh  # (not "the next round of talks": its parties are borrowed from before)
            elif s.definite and start > 1:
                above = start  # the end of the text above, its trailing white space left out (read in place)
                while above > 0 and text[above - 1].isspace():
                    above -= 1
                s.answering = text[above - 1:above] == "?" and ":" in text[start:min(s.start, start + LABEL_REACH)]

    def _after_eve(self, sighting: Sighting, earlier: list[Sighting]) -> None:
        """"X held talks with Y on Sunday, on the eve of a visit by Y to Z": the visit is the day after the talks."""
        told = next((s for s in reversed(earlier) if s.sent_no == sighting.sent_no and s.day is not None), None)
        after = _day_before(told.time, -1) if told is not None else None
        if after is None:
            return
        sighting.time, sighting.day = after, after.earliest
        said = sighting.claimed_on or story_dct(self.sdoc, self.doc.published)
        sighting.status = sighting.status or ("held" if said is not None and after.earliest < said else "scheduled")

    def _attendees_told(self, sightings: list[Sighting]) -> None:
        """"X will host a summit in Y. The leaders of A, B and C have confirmed their attendance (are expected to take
        part, attended)": those a sentence after a gathering tells as coming to it, with no occasion of their own
        named, take part in the gathering told last."""
        gatherings = [s for s in sightings if s.type in _GATHERINGS and s.status != "declined" and (
            s.type != "meeting" or any(k.startswith(("org:", GROUP_PREFIX)) for k in s.roles.participants))]
        # (a summit or conference, or a body's or group's meeting: not "after meeting X. Both sides confirmed")
        for verb in self._verbs_of(_ATTENDING) if gatherings else ():
            if not (_joins(verb) or _confirms_attendance(verb)) or not _no_occasion(verb) or _stays_away(verb) \
                    or _invitation_turned_down(verb) or self._in_question(self._sent(verb)):
                continue  # (not "Will President X attend?")
            no = self.sent_of[verb.i]
            told = [s for s in reversed(gatherings) if s.end < verb.idx and 0 < no - s.sent_no <= 2]
            earlier = next((s for s in told if (word := self.sdoc.char_span(s.end - 1, s.end, alignment_mode="expand"))
                            is not None and word.root.pos_ in ("NOUN", "PROPN")),
                           told[0] if told else None)  # the gathering's own word ("the conference X is convening")
            subj = nearest_subject(verb)
            while (subj is None or subj.pos_ == "PRON") and verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
                verb = verb.head  # "the leaders of A and B confirmed (that) they would attend": those leaders
                subj = _controller_subject(verb)
            if earlier is None or subj is None or subj.lower_ in lx.PAIR_WORDS \
                    or any(c.lower_ in lx.PAIR_WORDS for c in subj.children):
                continue  # "both sides confirmed their participation": the sides of a contact told, no newcomers
            if subj.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
                keys = [k for k in self.parties.span_keys(subj) if k.startswith(("state:", "org:"))]  # "the leaders
                # of A, B, C and D", however the list was parsed: the states and bodies named
            else:
                keys = self.parties.np_keys(subj)
            before = set(earlier.roles.participants)  # (and the words of its sentence telling the same gathering:
            for s in sightings if keys else ():  # "will host X at a summit in Y")
                if s is earlier or s.sent_no == earlier.sent_no and len(s.roles.participants) >= 2 \
                        and set(s.roles.participants) <= before:
                    s.roles.add(keys)

    def _gatherings_apart(self, sightings: list[Sighting]) -> list[Sighting]:
        """"X will skip next week's summit of the Y bloc": X's refusal and the body's own summit, which goes ahead
        (or went ahead) without X, are two events; the summit is dated by the refusal and stands by that date (a
        summit or conference: a body's "meeting" may be any of its sittings, which the build would merge)."""
        found: list[Sighting] = []
        for s in sightings:
            if s.type not in ("summit", "conference", "meeting") or s.status != "declined" \
                    or s.subject not in s.roles.participants:
                continue
            span = self.sdoc.char_span(s.start, s.end, alignment_mode="expand")
            if s.type == "meeting" and (span is None or span.root.lemma_.lower() not in _SITTINGS):
                continue  # a body's sitting ("the session of the X Council"), not any of its meetings
            if span is None or not any(_joins(v) or v.lemma_.lower() in lx.ABSENCE_VERBS
                                       for v in governors(span.root)[1:4]):
                continue  # not staying away ("skip", "boycott", "will not attend") but refusing a proposal to meet
            bodies = [k for k in s.roles.participants if k != s.subject and k.startswith("org:")]
            if len(bodies) != 1 or any(x is not s and x.type in _GATHERINGS and x.status != "declined"
                                       and bodies[0] in x.roles.participants for x in sightings):
                continue  # the body's own gathering is told elsewhere (or several bodies meet)
            span = (s.day, s.day) if s.day is not None else timex_bounds(s.time) if s.time is not None else None
            said = s.claimed_on or story_dct(self.sdoc, self.doc.published)
            if span is None or said is None or span[0] <= said <= span[1]:
                continue  # undated, or dated today: whether it is ahead or over, the text does not say
            sent = self.sents[s.sent_no]
            name = next((m for m in self.actors.in_span(sent.start_char, sent.end_char) if m.key == bodies[0]), None)
            if name is None:
                continue
            s.exact = True  # apart from the body's summit, which its name in the sentence stands for
            found.append(replace(s, start=name.start, end=name.end, roles=Roles(participants=bodies,
                                 location=s.roles.location), subject=None, joiners=(), exact=True,
                                 status="held" if span[1] < said else "scheduled"))
        return found

    def _body_sides(self, tok, sighting: Sighting, earlier: list[Sighting]) -> None:
        """"A and B held talks ... their security cabinets would meet", "the two leaders agreed that the next council
        will meet in X": a body meeting as itself gathers the sides of the clause that tells of it, else those of the
        latest event told in its sentence or the one before."""
        subj = _controller_subject(tok.head) if tok.dep_ in ("ccomp", "conj") else None
        keys = self.parties.np_keys(subj) if subj is not None else []
        if _their_people(_own_subject(tok)):  # "X and Y agreed that their ministers would meet": the states
            sides = self._sides()
            keys = list(dict.fromkeys(sides.get(k, k) for k in keys))
            if len(keys) < 2 or any(k.startswith("person:") for k in keys):
                return  # a leader whose state the text does not give: whose ministers meet is unknown
        body = _own_subject(tok)
        reach = 3 if _joint_or_ours(body) else 1  # "the joint committee", "our committee" a quote or two after the
        # sides' talks: theirs
        if reach > 1 and (asked := self._question_above(tok)) is not None:
            reach = max(reach, sighting.sent_no - self.sent_of[asked.i])  # "Q: You hosted X on Monday. Anything
            # concrete? / A: Yes. The joint commission will sit in Y": the talks the question tells
        told = next((s for s in reversed(earlier) if sighting.sent_no - s.sent_no <= reach
                     and len(s.roles.participants) >= 2), None)
        if len(keys) >= 2:
            sighting.roles.add(self._answerer_state(tok, keys) if reach > 1 else keys)
        elif told is not None and reach > 1:  # a standing body of the two states, whoever spoke for them
            sides = self._sides()
            states = list(dict.fromkeys(sides.get(k, k) for k in self._answerer_state(tok, told.roles.participants)))
            sighting.roles.add(states if len(states) >= 2 else told.roles.participants)
        elif told is not None:
            sighting.roles.add(told.roles.participants)

    def _answerer_state(self, tok, keys: list[str]) -> list[str]:
        """The keys with the interviewee answering at tok standing for their state ("Q: You hosted X. / A: The joint
        commission will sit in Y": a standing body of the interviewee's state and X's)."""
        answerer = self.parties.speaker_at(tok.idx)
        side = (self._sides().get(answerer) or self.parties.answerer_side(tok)) if answerer in keys else None
        return list(dict.fromkeys(side if k == answerer and side else k for k in keys))

    def _standing_body(self, sighting: Sighting) -> None:
        """A standing joint body told as the only party of its sitting ("the two countries' Joint Commission would
        meet in X"): the two states it joins take part instead."""
        keys = sighting.roles.participants
        mention = next(iter(self.actors.by_key(keys[0])), None) if len(keys) == 1 else None
        sides = self.parties.standing_sides(self.sdoc, mention) if mention is not None else []
        if len(sides) == 2:
            sighting.roles.participants = list(sides)

    def _receiver_above(self, visit) -> str | None:
        """"X received Y ... on the occasion of his visit": the one subject of the receiving verb above a visit noun."""
        verb = visit
        for _ in range(4):
            verb = verb.head
            if verb.pos_ == "VERB":
                break
        if verb.lemma_.lower() not in lx.HOSTING_VERBS:
            return None
        keys = [k for c in verb.children if c.dep_ == "nsubj" for k in self.parties.np_keys(c)]
        return keys[0] if len(keys) == 1 else None

    def _land_visited(self, tok, sighting: Sighting, earlier: list[Sighting]) -> None:
        """"X held talks with Y in Kingston. Y, who is on a three-day visit to the island, ...": a visit to "the
        country" or "the island" goes to the state of the latest place the visitor was met in (two sentences back at
        most), when that state is not the visitor's own."""
        received_by = sighting.roles.received_by
        if received_by is not None and received_by.startswith("state:"):
            sighting.roles.add([received_by])  # "Our Foreign Minister received X, who is on a visit to the Republic"
            return  # the state visited is told
        home = self.home() if not _invited_to(tok) else None  # "invited the Chairperson to visit the country":
        # the inviter's, not the dateline's
        if received_by is not None and home is None:
            return
        received_by = received_by or (self._receiver_above(tok) if home is not None else None)
        visitors = set(sighting.roles.participants) - {received_by}  # "X received Y on the occasion of his visit
        # to the Kingdom": Y visits the dateline's state, whose official X receives him
        met = next((s for s in reversed(earlier) if sighting.sent_no - s.sent_no <= 2 and s.roles.location
                    and visitors & set(s.roles.participants)), None)
        ours = _our_land(tok)
        if len(visitors) != 1 or met is None and home is None and ours is None:
            return
        where = met.roles.location if met is not None else None
        host = self.parties.host_of_place(where, self.sents[met.sent_no]) if met is not None else None
        if host is None and ours is not None and (host := self.parties.our_state(ours)) is not None:
            where = where if met is not None and self.parties.host_of_place(where, self._sent(tok)) in (None, host) \
                else None  # "welcomed X, who is making an official visit to our country": the speaker's state
            capital = gazetteer().capital_of(host) if where is None else None
            where = capital if capital and capital in doc_text(self.sdoc)[:_OPENING] else where  # ("Havana, ...")
        if host is None and (met is None or tok.pos_ == "VERB") \
                and (city := dateline_place(doc_text(self.sdoc), dayless=True)):
            where, host = city, self.parties.host_of_place(city, self._sent(tok))  # "received at the
            # Ministry's headquarters X, who is visiting the country" under the city's dateline: the dateline's state
            if host is None and home is not None and self._home_named():
                where, host = home  # "RIYADH, June 4 (SPA) -- ... his visit to the Kingdom": Saudi Arabia
            if host is None:
                sighting.roles.participants = []  # "who is visiting the country", of no state known: none to tell
                return
        if host is None and home is not None and self._home_named():
            where, host = home  # "received at the Palace X, who is on a visit to the Republic", the palace
            # in no city known: the dateline's capital
        if received_by is not None:
            sighting.roles.participants = list(visitors)
        sides = self._sides()
        if host is None or any(k == host or sides.get(k) == host for k in visitors):
            return
        sighting.roles.add([host])
        sighting.roles.received_by = host
        here = sighting.roles.location
        sighting.roles.location = where if here is None or here.lower() in _LAND_NOUNS else here

    def _verbs_of(self, lemmas: frozenset[str], tags: tuple[str, ...] = ("VERB",)) -> list:
        """The document's verbs of some lemmas, found in the columns (a Token per word costs more)."""
        found, pos = lowered_strings(self.sdoc, "LEMMA"), token_strings(self.sdoc, "POS")
        return [self.sdoc[i] for i, w in enumerate(found) if w in lemmas and pos[i] in tags]

    def _stay_aways(self, sightings: list[Sighting]) -> list[Sighting]:
        """"X declined to attend", "X will not be attending", "X stayed away", "X did not send a delegation": a
        refusal naming no gathering of its own ("declined to attend the summit": that gathering's own word tells it)
        stays away from the latest summit, conference or meeting told before it (else the latest talks; none told: no
        event)."""
        found: list[Sighting] = []
        gatherings = [s for s in sightings if s.type in _GATHERINGS]
        talks = [s for s in sightings if s.type in _STAY_AWAY_FROM and s.type not in _GATHERINGS]
        for verb in self._verbs_of(_AWAY_LEMMAS, ("VERB", "AUX")) if gatherings or talks else ():
            place = _not_come_to(verb)
            if place is None and not _stays_away(verb):
                continue
            no = self.sent_of[verb.i]
            before = [s for s in reversed(gatherings) if s.end < verb.idx and no - s.sent_no <= ANAPHOR_WINDOW] \
                or [s for s in reversed(talks) if s.end < verb.idx and no - s.sent_no <= ANAPHOR_WINDOW]
            # (talks only where no meeting, summit or conference is told: "X refused to send its delegation")
            earlier = next((s for s in before if s.status in ("held", "scheduled")), before[0] if before else None)
            # "met in Accra and agreed to meet again in Lome. X did not send a delegation": the one that goes ahead
            above = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb
            subj = _controller_subject(above)  # "X declined an invitation to attend": X stays away
            if subj is not None and subj.lower_ in _RELATIVES and subj.head.dep_ == "relcl":
                subj = subj.head.head  # "opened without X, who declined to send a representative": X
            elif subj is not None and subj.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose"
                                                                        for c in subj.children):
                subj = subj.head.head  # "opened without X, whose president declined to attend": X
            if subj is not None and subj.lemma_.lower() in _SEATS:
                subj = next((c for c in subj.children if c.dep_ == "poss"), None)  # "X's seat is empty": X
            ruled = _ruled_states(subj)  # "the juntas ruling A, B and C turned down invitations": A, B, C
            subj = ruled or subj
            seat = _empty_seat(verb)
            if _past(_finite_verb(verb)) or seat:  # "X stayed away", "X declined to travel", "X's seat
                # is empty": the one held (or going on), not the next
                earlier = next((s for s in before if s.status == "held"), earlier)
            if (seat or _away_now(verb)) and (earlier is None or earlier.status != "held"):  # a live blog, newest first:
                earlier = next((s for s in gatherings if s.status == "held" and s.start > verb.idx), earlier)
                # the gathering going on is told in an earlier entry, lower down
            if verb.lemma_.lower() in _TURN_DOWN and verb.tag_ == "VBD" and _had_invited(verb):
                earlier = next((s for s in before if s.status == "held"), earlier)  # "X, whom Y had invited to join
                # the afternoon session, declined": the one held, the invitation told before it
            elif verb.lemma_.lower() in _TURN_DOWN:  # "turned down the invitation": to a gathering still ahead
                held = next((s for s in before if s.status == "held" and s.sent_no < no), None)
                earlier = next((s for s in before if s.status in ("scheduled", "proposed")), None) \
                    or (held if held is not None and _past(_finite_verb(verb))
                        and not any(s.status in _CALLED_OFF for s in before[:before.index(held)]) else None)
                # "A and B met in X on Monday. C, who had been invited as an observer, turned the invitation down":
                # the one held without C (not when a meeting called off is told between: the refusal is of that one)
            if place is not None:  # "X has not come to Brussels": away from the gathering told there, if any
                there = [s for s in gatherings if s.status in ("held", "scheduled") and _held_in(s, place)]
                earlier = next((s for s in reversed(there) if s.end < verb.idx and s in before), None) \
                    or next((s for s in there if s.start > verb.idx and s.sent_no - no <= ANAPHOR_WINDOW), None)
                # (a live blog, newest first: "Confirmed: X is not in Nassau" above the entry that opens the summit
                # "in the Bahamas")
                if earlier is None and not there and _away_now(verb):  # "X is not in Tegucigalpa" where the one
                    # going on was told in no place: away from it, there
                    earlier = min((s for s in gatherings if s.status == "held" and s.roles.location is None),
                                  key=lambda s: abs(s.sent_no - no), default=None)
            if place is None and in_live_entry(self.sdoc, verb.idx) and (earlier is None or no - earlier.sent_no > 1):
                earlier = next((s for s in gatherings if s.status == "held" and in_live_heading(self.sdoc, s.start)),
                               earlier)  # a live blog's entry "X is not coming after all": away from the gathering
                # its heading names, not a side meeting told in another entry
            if earlier is not None and (stay := _own_capital_stay(verb)) is not None and _held_in(earlier, stay):
                continue  # "Kenya's president stayed in Nairobi" where the summit sits: the host, not away from it
            if earlier is None or subj is None or verb.lemma_.lower() == "come" and place is None \
                    and earlier.end < verb.idx and no - earlier.sent_no > 1 \
                    and not (in_live_heading(self.sdoc, earlier.start) and in_live_entry(self.sdoc, verb.idx)):
                continue  # ("X is not coming" of the gathering told in its sentence or the one before, or in the
                # heading of the live blog whose entry tells it)
            keys = list(self.parties.np_keys(subj))
            state = self._title_state(subj, earlier.roles.location) if not keys and self._bare_title(subj) else None
            keys = keys or ([state] if state else [])
            if keys and earlier.status == "proposed" and any(k in earlier.roles.participants for k in keys):
                found.append(self._answered(earlier, verb, no, "declined"))  # "X invited Y to a meeting in May. Y
                continue  # will not attend": the one invited turns the meeting down
            if not keys or any(k in earlier.roles.participants for k in keys):
                continue  # "a meeting with X was considered, but X declined to take part": not an absence from it
            bodies = [k for k in earlier.roles.participants if k.startswith(("org:", GROUP_PREFIX))]
            st = self._statement_at(verb.idx)
            named = {k: h for h, ks in self.parties.each_conjunct(subj) for k in ks}
            told_at = earlier if earlier.roles.location is not None else next(
                (s for s in before if s.type == earlier.type and s.status == earlier.status and s.roles.location),
                earlier)  # "the Abuja summit ... on the margins of the summit ... X stayed away": the one placed
            away_at = told_at.roles.location or place
            for n, key in enumerate(keys[:1] if ruled is not None else keys):  # "A and B stayed away": each stays
                # away on its own (its own span); "the juntas ruling A, B and C": one party of them all
                kinds = _GATHERINGS if earlier.type in _GATHERINGS else _STAY_AWAY_FROM
                told = next((s for s in sightings if s.status == "declined" and s.sent_no == no
                             and s.type in kinds and key in s.roles.participants), None)
                if told is not None:  # "X will skip the summit", "X sent no one to the meeting": its own word told
                    if told.roles.location is None and told.time is None and told.day is None \
                            and earlier.type in _GATHERINGS:  # (talks told before may be another round)
                        told.roles.location, told.time, told.day = earlier.roles.location, earlier.time, earlier.day
                    continue  # (the gathering told before gives the day and place a bare "the meeting" lacks)
                if self._away_told(key, away_at, sightings + found, kinds):
                    continue  # "X will not attend ... X's leader has stayed home": one absence told twice
                at = named[key] if n and key in named else verb
                found.append(Sighting(earlier.type, at.idx, at.idx + len(at), no,
                                      Roles(participants=(keys if ruled is not None else [key]) + bodies,
                                            location=away_at),
                                      "declined", st.speaker if st else None, self._claimed_on(st, [verb]),
                                      earlier.time, earlier.day, definite=False, subject=key, exact=True))
                # apart from the gathering held
        return found

    def _away_told(self, key: str, place: str | None, sightings: list[Sighting], kinds: frozenset[str]) -> bool:
        """Whether a side's absence from the gathering in a place is told already (by its state, its leader's title,
        its name), anywhere in the article."""
        sides = self._sides()
        side = sides.get(key, key)
        return place is not None and any(s.status == "declined" and s.type in kinds and s.roles.location == place
                   and any(sides.get(k, k) == side for k in s.roles.participants) for s in sightings)

    def _acceptances(self, sightings: list[Sighting]) -> list[Sighting]:
        """"X invited Y to visit Hanoi. Y accepted the invitation": an acceptance told in a later sentence, with
        no event word of its own, agrees to the invitation's event (the latest one proposed with the accepter in
        it, in the sentence before or the one before that)."""
        found: list[Sighting] = []
        if not any(s.status == "proposed" for s in sightings) and not _asks(doc_text(self.sdoc)):
            return found  # (a transcript's question may ask about an offer it tells no status of)
        for verb in self._verbs_of(_ANSWER_LEMMAS | _SAY_YES_OR_NO):
            word = _yes_or_no(verb)  # "and she said yes (in principle)": an answer with no verb of its own
            if verb.lemma_.lower() in _SAY_YES_OR_NO and word is None:
                continue
            refused = verb.lemma_.lower() != "accept" if word is None else word == "no"  # "rejected the invitation"
            if refused and word is None and not lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES):
                continue  # "turned" without "down"
            negated = any(c.dep_ == "neg" for c in verb.children)  # "did not accept the invitation": declined
            if refused and negated:
                continue  # "did not reject the offer" says no yes
            objs = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                    and not (c.dep_ == "ccomp" and c.i < verb.i)]  # ("X proposed talks; Y rejected it": the clause
            # before the semicolon, hung on the answer, is no object of it)
            asked = self._asked_proposal(verb, sightings)
            if asked is not None and (word is not None or all(o.lower_ in _ANSWERED_PRONOUNS for o in objs)) \
                    and (answered := self._turn_answered(asked, verb, "declined" if negated or refused else "agreed")):
                found.append(answered)
                continue  # "Q: Lome has proposed talks with us? / A: We have said no", "Asmara has declined"
            answers = verb.dep_ == "conj" and verb.head.lemma_.lower() == "invite"  # "X invited Y to Z, but Y
            # declined", "Y had been invited to join them but declined": the invitation of the clause before
            if word is not None:
                objs = []
            bare = refused and not objs and not answers and word is None  # "X, who had been invited to join the
            # talks, declined": X's own part, not the talks (unless X is the other side of a one-sided offer, below)
            pronoun = bool(objs) and all(o.lower_ in _ANSWERED_PRONOUNS for o in objs)  # "Y has rejected it"
            if not pronoun and any(not proposal_noun(o) or any(trigger_type(t) for t in o.subtree) for o in objs):
                continue  # "accepted the results", "accepted an invitation to visit X" (that event's own word)
            subj = _own_subject(verb)
            if answers and (subj is None or subj.pos_ == "PRON"):  # "Y had been invited to ... but declined",
                # "X invited Y to ..., but he declined": the one invited
                subj = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")), subj)
            keys = set(self.parties.np_keys(subj)) if subj is not None else set()
            no = self.sent_of[verb.i]
            offered = [s for s in sightings if s.status == "proposed" and 0 <= no - s.sent_no <= 2
                       and s.end <= verb.idx]  # "invited Y to visit, and Y accepted": the same sentence too
            both = subj is not None and _all_invited(subj)  # "Both accepted", "All four have accepted"
            sides = self._sides()
            earlier = next((s for s in reversed(offered) if both or keys & set(s.roles.participants)
                            or {sides.get(k, k) for k in keys} & {sides.get(k, k) for k in s.roles.participants}),
                           None)
            if earlier is None and not both and keys:
                earlier = self._one_sided_offer(offered, keys, no, sides)
                if earlier is not None:
                    answered = self._answered(earlier, verb, no, "declined" if negated or refused else "agreed")
                    answered.roles.add(sorted(keys))
                    earlier.status = answered.status  # the offer is the one answered, not a plan still open
                    found.append(answered)
                continue
            if bare or pronoun:
                continue  # (a pronoun answers the one-sided offer just told only)
            if earlier is not None:
                if both and len(earlier.roles.participants) < 2 and len(reach := self._reach(earlier)) >= 2:
                    earlier.roles.add(reach)  # "invited A, B and C to talks. All three accepted": the invitees
                found.append(self._answered(earlier, verb, no, "declined" if negated or refused else "agreed"))
        return found

    def _one_sided_offer(self, offered: list[Sighting], keys: set[str], no: int,
                         sides: dict[str, str]) -> Sighting | None:
        """"Quito has proposed a meeting of the two ministers. Lima has refused": the offer of the sentence right
        before (or the answer's own, before it) naming one side only, its proposer, that the answering side (another
        state) turns down or takes up; None where the offer names two sides already, its proposer is no state (a
        mediator) or the answer is the proposer's."""
        answering = {sides.get(k, k) for k in keys}
        if not all(k.startswith("state:") for k in answering):
            return None  # (a person or a body answering may speak for itself only)
        for s in reversed(offered):
            if no - s.sent_no > 1:
                break
            proposer = list(s.roles.participants) or list(s.roles.hosts) or ([s.subject] if s.subject else [])
            own = {sides.get(k, k) for k in proposer}
            one_state = len(own) == 1 and next(iter(own)).startswith("state:")
            if one_state and not own & answering and s.type != "visit":  # (not a mediator's "another round" of the
                # talks told)
                s.roles.add(proposer)  # "Beirut has proposed resuming the talks", "Rabat has offered to host talks":
                return s  # the proposer is a side
            return None  # (the latest offer only)
        return None

    def _question_above(self, tok):
        """An answer's "the joint commission" may be the standing body of the talks its question told, however many
        sentences up: the first word of the question paragraph tok's answer answers, else None."""
        text = doc_text(self.sdoc)
        start = text.rfind("\n", 0, tok.idx) + 1
        above = len(text[:start].rstrip())
        if above <= 0:
            return None
        first = text.rfind("\n", 0, above) + 1
        span = self.sdoc.char_span(first, above, alignment_mode="expand")
        answer = question_turn_answer(span[0]) if span is not None and len(span) else None
        return span[0] if answer is not None and start <= answer <= tok.idx else None

    def _asked_proposal(self, verb, sightings: list[Sighting]) -> Sighting | None:
        """The one event proposed in a transcript's question right above the answer turn holding verb ("Q: Has
        Tirana proposed talks? / A: We have said no"), when the answer names no event of its own before verb."""
        text = doc_text(self.sdoc)
        start = text.rfind("\n", 0, verb.idx) + 1
        if not _asks(text[:start]):
            return None
        asked = [s for s in sightings if s.end <= start and s.status in (None, "proposed")
                 and (at := self.sdoc.char_span(s.start, s.end, alignment_mode="expand")) is not None
                 and (answer := question_turn_answer(at[0])) is not None and start <= answer <= verb.idx
                 and (s.status == "proposed" or _offer_asked(at[0]))]  # ("And X's offer of talks?": no status read)
        told = any(start <= s.start < verb.idx for s in sightings)
        return asked[-1] if asked and not told and len({s.type for s in asked}) == 1 else None

    def _turn_answered(self, asked: Sighting, verb, status: str) -> Sighting | None:
        """The event a question proposed, as the answering side's "we" tells it (the interviewee's or the briefing's
        state) joining the sides the question named; None for another subject (a person's "I" may answer for
        themselves only; "Baku has declined" may answer another offer than the one asked about)."""
        subj = _own_subject(verb)
        side = self.parties.our_state(subj) if subj is not None and subj.lower_ == "we" else None
        if side is None:
            return None
        answered = self._answered(asked, verb, self.sent_of[verb.i], status)
        answered.roles.add([side])
        asked.status = status  # the question's offer is the one answered, not a plan still open beside it
        return answered

    def _answered(self, earlier: Sighting, verb, no: int, status: str) -> Sighting:
        """The event proposed in ``earlier`` as a later answer to it (``verb``, in sentence ``no``) tells it."""
        st = self._statement_at(verb.idx)
        said = [d for d in (self._claimed_on(st, [verb]), earlier.claimed_on) if d is not None]
        return Sighting(earlier.type, verb.idx, verb.idx + len(verb), no,
                        Roles(participants=list(earlier.roles.participants), hosts=list(earlier.roles.hosts),
                              location=earlier.roles.location),
                        status, st.speaker if st else None,
                        max(said, default=None),  # the answer comes after the invitation it answers
                        earlier.time, earlier.day, definite=True)

    def rescued(self, c) -> bool:
        """A contact the rules left with fewer than two parties takes the ones its clause names (subject, object,
        "with", "between", a passive's agent, conjuncts), when those serve two sides; later filters still apply."""
        if any(s.type not in _REACH_TYPES or s.exact or s.joiners or s.definite for s in c.sightings):
            return False  # (an anaphor, "the meeting", is one told before, not a contact of its own)
        for s in c.sightings:
            if len(s.roles.participants) < 2 and len(keys := self._reach(s)) >= 2:
                s.roles.add(keys)
                self._headline_timing(s)
        return len(c.participants) >= 2

    def _reach(self, s: Sighting) -> list[str]:
        """The actors in a trigger's syntactic reach, if they serve at least two sides."""
        span = self.sdoc.char_span(s.end - 1, s.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        tok = span[-1]
        if tok.dep_ == "appos":
            return []  # "talks in Apia on Tuesday, the first leaders' dialogue between A and B": told already
        verb = tok if tok.pos_ in ("VERB", "AUX") else next(
            (v for v in governors(tok)[1:4] if v.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in _TRIP_LEMMAS:
            return []  # "visited Kuwait for talks": a trip whose talks name no one beyond the state visited
        between = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                   for o in c.children if o.dep_ == "pobj"]
        heads = between or [o for h in {tok, verb} - {None} for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                            or c.dep_ == "agent" and any(a.dep_ == "auxpass" for a in h.children)
                            for o in c.children if o.dep_ == "pobj"]  # "talks between X and Y" name them all
        if verb is not None and not between:
            heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and c != tok]
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                    and (subj := _controller_subject(verb)) is not None:
                heads.append(subj)  # "agreed to meet", "are to hold talks": the controller's subject
        heads = [h for h in heads if h.pos_ != "PRON"]  # a pronoun is the rules' to resolve, not the parse's
        speaker = self._speaker_at(tok.idx)  # a transcript's "X:" label, which a subject list may pull in
        keys = [k for k in dict.fromkeys([*(k for h in heads for k in self.parties.np_keys(h)), *self._headline_pair(tok)])
                if not self._mouthpiece(k) and k != speaker]
        served = self._sides()
        return keys if len({served.get(k, k) for k in keys}) >= 2 else []

    def _headline_timing(self, s: Sighting) -> None:
        """A rescued headline's status and day: its present, with no future word, tells news of what was held
        ("Marshall Islands, US resume compact talks"); its one time expression dates it ("X, Y negotiators to
        resume talks later this week"), whatever the parser hung it on."""
        sent = self.sents[s.sent_no]
        if doc_text(self.sdoc)[sent.start_char:sent.end_char].rstrip().endswith((".", "?", "!", '"', "\u201d", ":")):
            return  # (Span.text, cut from the text: a Token per word)
        ahead = any(t.tag_ == "MD" or t.lower_ == "to" and t.dep_ == "aux" for t in sent)
        s.status = s.status or (None if ahead else "held")
        times = [t for t in self.timexes if sent.start_char <= t.start < sent.end_char and t.earliest is not None]
        if s.time is None and len(times) == 1:
            s.time, s.day = times[0], times[0].earliest

    def _headline_pair(self, tok) -> list[str]:
        """"Chile, Argentina leaders to hold talks", "Marshall Islands, US resume compact talks": a headline opening on
        two actors joined by a comma (which the parser seldom reads as a coordination) names the two sides."""
        sent = self._sent(tok)  # its text cut from the document's (Span.text makes a Token per word)
        if doc_text(self.sdoc)[sent.start_char:sent.end_char].rstrip().endswith((".", "?", "!", '"', "\u201d", ":")):
            return []  # a sentence of running text, not a headline
        first, second = (self.actors.in_span(sent.start_char, tok.idx) + [None, None])[:2]
        if second is None or self.sdoc.text[sent.start_char:first.start].strip() \
                or self.sdoc.text[first.end:second.start].strip() != ",":
            return []
        return [first.key, second.key]

    def _with_outsiders(self, tok) -> bool:
        """True when the other party named ("met X", "talks with X") is nobody the article knows as an actor."""
        preps = ("with", "to") if tok.lemma_.lower() in lx.SPEAK_VERBS else ("with",)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.TRAVEL_VERBS | lx.ARRIVAL_WORDS:
            preps = ()  # "travel to X with a business delegation": company on the way, not the other side
        others = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                  for o in c.children if o.dep_ == "pobj" and not _absolute(o)]
        if tok.pos_ == "VERB" and tok.lemma_.lower() not in _PAPER_OR_TALK_VERBS | lx.OCCASION_VERBS:
            others += [c for c in tok.children if c.dep_ == "dobj" and not _told_encounter(c)
                       and not time_object(c) and not (tok.lemma_.lower() == "invite" and c.lemma_.lower() == "host")
                       and not _one_on_one(c) and not _set_off(c) and not reciprocal(c)]
            # "discussed the crisis": a topic; "received the same evening": a time; "invited his host": the one met
        unknown = 0
        for obj in others:
            title = _past_style(obj)  # ("met His Majesty the King": the King)
            if self.parties.np_keys(obj) or self.parties.span_keys(obj) or _secretary_general(obj) \
                    or self._bare_title(title) and self._title_state(title, self.parties.place_of(tok)):
                return False  # one named party is enough ("met X on Thursday, the first contact in years")
            if tok.lemma_.lower() == "visit" and (obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.pos_ == "PROPN"
                                                  or obj.lemma_.lower() in _LAND_NOUNS
                                                  or capital_by_nationality(obj) is not None):
                continue  # "visited a city", "who is visiting the country": a place, still a visit
            if obj.tag_ == "NNS" and obj.lemma_.lower() == "minister" and any(c.lower_ == "the" for c in obj.children):
                continue  # "will meet again for the 2+2 with the defence ministers": the sides' own, no outsiders
            unknown += 1
        if unknown and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and self.parties.loose_appositions(tok.head):
            return False  # "held talks with his host, President X," with X hung on the verb
        return unknown > 0

    def _sighting(self, tok, kind: str, no: int, chain: list) -> Sighting:
        """Roles, status, claimant and day of one trigger (``chain``: governors(tok))."""
        gov = chain[1] if len(chain) > 1 and chain[1].pos_ == "ADP" and len(chain) > 2 else None
        gov = chain[2] if gov is not None else (chain[1] if len(chain) > 1 else None)
        if gov is not None and (measure(gov) or gov.lemma_.lower() in lx.ROUND_NOUNS) and len(chain) > 3:
            gov = chain[3]  # "held 12 hours of talks in X", "a round of talks opened in X": the verb above
        if gov is not None and gov.lemma_.lower() in PHASES and gov.pos_ == "NOUN":
            gov = next((v for v in chain[chain.index(gov) + 1:] if v.pos_ != "ADP"), gov)  # "welcomed in X at the
            # start of a state visit": the verb above the visit's phase
        body = next((v for v in chain[1:3] if name_on(v, tok)), None)  # "the Union for the Mediterranean ministerial"
        if body is not None and chain.index(body) + 1 < len(chain):
            gov = chain[chain.index(body) + 1]  # the verb above the body's name the parser hung the noun in
        self.trips[tok.i] = self._destinations(tok) if kind == "visit" else ([], set())
        roles = self.parties.around(tok, gov)
        if tok.lemma_.lower() in lx.JOINT_BODIES and len(roles.participants) >= 2 \
                and all(k.startswith("person:") for k in roles.participants):
            roles.participants = self.parties.served_states(roles.participants)  # "their joint commission": the
            # states whose body sits, not the leaders "their" stands for
        if kind == "signing" and (pair := misread_signers(tok)) is not None:
            roles.add(self.parties.np_keys(pair))  # "and the two signed agreements": the pair told before signs
        if fronted_host(tok):  # "Hosting X in Berlin on Friday, Y said": X is the guest, in the phrase's place
            roles.add(self.parties.np_keys(tok.head))
            roles.location = roles.location or self.parties.place_of(tok.head)
        if kind == "call" and gov is not None and gov != tok:
            roles.location = self.parties.place_of(tok)  # "agreed during a call to meet in Amman": the meeting's place
        served = self._sides()
        own = {served[k] for k in roles.participants if k in served}
        if len(roles.participants) == 2 and own & set(roles.participants):
            roles.participants = [k for k in roles.participants if k not in own]  # "his Kyrgyz counterpart X": X
        if nominal_gerund(tok):
            roles.add(self.parties.np_keys(tok.head))  # "the Forum leaders meeting": the Forum's leaders meet
        if body is not None:
            roles.add(self.parties.np_keys(body))  # the body whose meeting it is takes part
        found = self._backdrop_place(tok) or roles.location
        if found is not None and _building(found) and not _known_place(found):  # "returns to X, where she will
            found = _where_place(chain) or found  # receive Y at the palace": the city before a building of no place
        roles.location = found or self._here(chain) or self.parties.tail_place(_closing_tail(tok, chain)) \
            or _where_place(chain) or self._staying_in(chain, kind) or _there_asked(chain)
        if roles.location is None and (named := _venue_named(tok)) is not None:
            roles.location = entity_text(named) if is_place(named) else None  # "offered Kuala Lumpur as a venue"
        if roles.location is None and tok.lemma_.lower() == "invite" and tok.pos_ == "VERB":
            roles.location = next((entity_text(o) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                                   for o in c.children if o.dep_ == "pobj" and is_place(o)), None) \
                or invited_to_seat(tok)  # "invited Y and Z to Galati": the meeting's place; "to the Kremlin": Moscow
        if roles.location is None and kind == "visit" and tok.pos_ == "VERB" \
                and tok.lemma_.lower() in lx.OCCASION_VERBS and (place := occasion_place(tok)) is not None:
            roles.location = entity_text(place)  # "an invitation to attend the opening of the Ndola terminal": Ndola
        if roles.location is None and tok.pos_ in ("NOUN", "PROPN") \
                and tok.lemma_.lower() in _GATHERINGS | lx.ROUND_NOUNS:
            roles.location = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                                   if o.dep_ == "pobj" and o.lemma_.lower() in lx.JOINT_BODIES
                                   and (p := self.parties.place_of(o))), None)  # "the 6th Session of the X-Y
            # Commission, which had been set for 22 June in Maputo": where the body was to sit
        hosts = self._hosted_by(tok)
        roles.hosts.extend(k for k in hosts if k not in roles.hosts)
        roles.add(hosts)  # "a Moroccan-hosted conference": Morocco hosts it and takes part
        if kind == "visit":
            self._visit_roles(tok, roles)
        doers = self._governing_subjects(tok, chain) or self._bare_office(tok, chain, roles)
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
            doers = []  # "Y held talks with X, whose visit to Z ends today": X's own, not the clause's host's
        if (delegate := _delegate_when(tok)) is not None:
            roles.add(self.parties.np_keys(delegate))  # "X will represent Ghana when ECOWAS leaders meet": X sits
        doers += [k for k in self._own_government(chain) if k not in doers]
        subjects = self._helper_roles(tok, kind, chain, roles, doers)
        if kind == "visit" and tok.pos_ == "NOUN" and _eve_of(tok) \
                and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
            subjects = []  # "X met Y, on the eve of a visit by Y to Z": Y travels, not X
        returning = self._returning_host(tok, kind, chain)
        if returning is not None:
            subjects = [returning]  # "X invited his host to pay a return visit": the one who received X travels
        named = list(dict.fromkeys(roles.participants + subjects))
        if len(named) == 1 and kind in ("meeting", "talks", "call", "negotiation"):
            met = self._office_object(tok, Roles(participants=named, location=roles.location))  # "met the PM"
            roles.add(met)
            roles.counterpart = roles.counterpart or bool(met)  # "held talks with the King": a counterpart met
        if len(named) == 1 and kind == "visit" and tok.lemma_.lower() == "invite" \
                and (guest := self._invited_office(tok, named[0])) is not None:
            roles.add([guest])  # "India has invited the Prime Minister to New Delhi": the framing state's leader
        if len(named) == 1 and not subjects and (side := self._home_side(tok, kind, roles)) is not None:
            roles.add([side])  # "HONIARA - The signing of the accord with Australia ... has been called off"
        inviting = _inviting_verb(tok) if kind == "visit" else None
        if roles.invited or kind == "visit" and tok.lemma_.lower() == "invite" \
                and any(c.dep_ == "dobj" for c in tok.children) or inviting is not None:
            subjects = []  # "X conveyed the invitation of Y for Z to visit": Z travels, X only carries the message;
            # "X invited Y to Z": Y travels ("Y was invited to Z": the subject is the guest)
        definite = any(c.lower_ in _ANAPHORIC_DETS for c in tok.children if c.dep_ in ("det", "predet", "amod")) \
            and tok.lemma_.lower() not in lx.TABLE_NOUNS  # "back to the negotiating table": an idiom, not "the talks"
        definite = definite or kind == "signing" and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ in _ANAPHORIC_DETS for d in c.children)
            for c in tok.children)  # "The documents were signed by X and Y": the papers whose signing was just told
        anaphor = definite and not roles.participants and tok.pos_ != "VERB" \
            and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.JOINT_VERBS
                     and (fresh_modifier(tok, chain) or _numbered(tok) or _sitting_called(tok))) \
            and not _of_their_body(tok) and not _agreed_sitting(tok)
        # "they would hold the next meeting in Tokyo": a further meeting the subjects hold, not one told before
        joiners = subjects if any(_joins(v) and not _invitation_turned_down(v) for v in chain[1:3]
                                  if not (tok.dep_ == "conj" and v == tok.head)) \
            or _sent_to(tok, chain) else []  # "X would take
        # part in the summit", "X will send its foreign minister to the meeting"
        if definite and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lx.GATHERING_CLAUSE_VERBS:
            joiners = list(dict.fromkeys(joiners + roles.participants))  # "The meeting was attended by X and Y":
            # those who came to the gathering told before
        backdrop = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lx.BACKDROP_NOUNS
        if self.trips[tok.i][0] and not anaphor:
            roles.add(subjects)  # "X will visit A and B": X visits, whatever the count of places
        elif (len(roles.participants) < 2 or _apart(tok) or _met_several(tok) or _receives(tok)
              or _held_with(tok, roles)) \
                and not (_between(tok) and roles.participants) \
                and not anaphor and not backdrop:
            roles.add(subjects)  # "X met A and B separately": X meets each
        elif (anaphor or kind in ("summit", "conference")) and joiners:
            roles.add(joiners)  # "X will also take part in the meeting", "X and Y attended the EAC-SADC summit"
        roles.add(self._companions(chain))
        if kind in _GATHERINGS and not anaphor:
            roles.add(self._traveller_there(chain))  # "X flies to Y, where AU leaders hold their summit": X attends
        if not anaphor and len(roles.participants) < _sides_counted(tok):
            roles.add(subjects)  # "X held a trilateral meeting with A and B": X is the third side
        if definite and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOPIC_VERBS:
            definite = anaphor = False  # "met X to discuss the stalled negotiations": a topic, not this meeting
        definite = definite or fresh_modifier(tok, chain)  # "a second round" points back like "the talks"
        unnamed = kind in _GATHERINGS and not roles.participants and _of_people(tok)
        definite = definite or unnamed  # "the leaders' meeting": the people of a gathering told before
        if (rnd := _round_of(tok)) is not None:  # "the Philippines' round of talks with China", "X's next round of
            roles.add([k for c in rnd.children if c.dep_ == "poss" for k in self.parties.np_keys(c)])  # the Joint
            roles.add([k for b in _prep_objects(rnd, [rnd], ("of",)) for k in self._body_partner(b)])  # Commission with Y"
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and proposer(tok.head.head):
            roles.add(self.parties.np_keys(tok.head.head))  # "rejected a proposal by X's minister for talks": X's
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and proposal_noun(tok.head.head) \
                and len(roles.participants) < 2:
            roles.add(self.parties.proposing(tok.head.head))  # "rejected a Bolivian call for talks": Bolivia's
        roles.add(self._invitees(chain))  # "X invited Y to talks": Y takes part
        if len(roles.participants) < 2 and kind != "visit":
            roles.add(self._offer_of_pronoun(chain) or self._inviters(chain))  # "urged Y to accept its offer of
            # talks": the urger offered them; "X invited Y to hold talks": X holds them with Y
        if kind in _GATHERINGS and len(chain) > 2 and _joins(chain[1]) and chain[1].dep_ == "xcomp" \
                and chain[2].lemma_.lower() == "invite" and (inviter := _controller_subject(chain[2])) is not None:
            roles.add(self.parties.np_keys(inviter))  # "X invited Y to attend the summit in Astana": X takes part
        self._purpose_roles(tok, kind, roles)
        if len(roles.participants) < 2 and not anaphor:
            roles.add(self._addressees(tok))  # "X told Y in a phone call": Y is on the line
        if len(roles.participants) < 2 and kind in _GATHERINGS | {"talks", "negotiation"}:
            roles.add(self._notified(chain, bool(roles.participants)))  # "X notified Y that it was cancelling the
            # talks": Y is the other side (and X, whom "it" stands for)
        st = self._statement_at(tok.idx)
        if roles.counterpart and len(roles.participants) == 1 and st is not None and self._principal(st.speaker):
            roles.add([st.speaker])  # "Sanchez said a summit with Macron would be held": Sanchez is the other side
        roles.participants = [k for k in roles.participants if not self._mouthpiece(k)]
        if kind == "visit" and tok.lemma_.lower() == "visit" and tok.pos_ == "NOUN" and not anaphor:
            self._home_visit(tok, roles)
        if kind == "visit" and not anaphor:
            self._visit_held_talks_in(tok, roles)
        claimed_on = self._claimed_on(st, chain)
        occasion = _occasion(tok, chain)
        eve = occasion is None and (occasion := _eve_told(tok, chain)) is not None
        status, time, day, unset = self._timing(tok, chain, gov, roles, claimed_on, occasion, placed=kind != "call")
        live_heading = status is None and time is None and day is None and in_live_heading(self.sdoc, tok.idx)
        if live_heading:  # "LIVE: CELAC summit, Tegucigalpa": the gathering its entries follow, that day (a dated
            status, day = "held", claimed_on  # report, no headline's undated present)
        if _sent_to(tok, chain) and any(d.dep_ == "det" and d.lower_ == "no" for c in chain[2].children
                                        if c.dep_ == "dobj" for d in c.children):
            status = "declined"  # "X sent no one to the talks": X stays away from them
        if roles.location is None and day is not None and status in ("held", "scheduled") \
                and self._placeless_backdrop(tok):
            roles.location = self._dateline_city_on(day)  # "ASUNCION, June 24 - X and Y met on the sidelines of the
            # OAS General Assembly on Wednesday": the gathering the wire reports from
        bare = _told_gathering(tok) and not any(c.dep_ == "prep" for c in tok.children)  # "the talks": told before
        alone = status == "declined" and _sent_to(tok, chain) and len(joiners) == 1  # "X will not send a minister
        # to the meeting": X stays away from that gathering, an event apart from the gathering held
        if status == "declined" and kind in ("summit", "conference") and not roles.participants \
                and len(subjects) == 1 and not _backdrop(tok):
            roles.add(subjects)  # "X turned down an invitation to the summit": X is the one who stays away
        elif status == "declined" and kind in _STAY_AWAY_FROM and tok.pos_ == "NOUN" and len(subjects) == 1 \
                and roles.participants in ([], subjects) and not bare and _gathering_word(tok) \
                and (joiners == subjects and kind in _GATHERINGS or _kept_away(tok)):
            roles.add(subjects)  # "X boycotted the meeting in Y", "X will not take part in the talks in Z": X's
            alone = True  # absence, apart from the others' sitting (a bare "the talks": see _stay_aways)
        elif status == "declined" and kind in _GATHERINGS and tok.pos_ == "NOUN" and len(subjects) == 1 \
                and len(roles.participants) >= 2 and subjects[0] not in roles.participants and not backdrop \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in _BACKDROP_PREPS - {"of"}):
            roles.add(subjects)  # "X pulled out of the summit with Y and Z": X stays away, the others may still meet
            alone = True
        elif status == "declined" and kind in ("talks", "negotiation") and tok.pos_ == "NOUN" and len(subjects) == 1 \
                and roles.participants and subjects[0] not in roles.participants and not backdrop:
            roles.add(subjects)  # "X did not show up for the talks with Y": the side that stayed away is one of them
        elif status == "declined" and kind in _GATHERINGS and tok.pos_ == "PROPN" and len(subjects) == 1 \
                and all(k.startswith("org:") for k in roles.participants if k != subjects[0]) \
                and tok.lemma_.lower() in lx.GATHERING_NAMES \
                and _kept_away(tok):
            roles.add(subjects)  # "X will stay away from the General Assembly", "X boycotted the Forum": X's absence,
            alone = True  # apart from the body's own sitting
        if status == "declined" and kind in _GATHERINGS and tok.pos_ == "NOUN" and len(joiners) == 1 \
                and roles.participants == joiners and _of_people(tok):
            alone = True  # "X will not take part in the meeting of the region's heads of state": X stays away
        reception = kind == "meeting" and tok.pos_ == "VERB" and tok.lemma_.lower() in lx.HOSTING_VERBS
        if reception and roles.location and all(k in self.offices for k in subjects):
            self._unnamed_host(tok, roles, subjects)  # "The President received X in Paris": France receives X
        if reception and status in ("declined", "cancelled") and not _received_for_talks(tok):
            kind = "visit"  # "refused to receive a delegation": the guests' trip is refused, nobody met
        if inviting is not None and (guests := [k for c in inviting.children if c.dep_ == "dobj"
                                                for k in self.parties.np_keys(c)]) and self.trips[tok.i][0]:
            roles.participants = list(dict.fromkeys(guests + [k for k, _ in self.trips[tok.i][0]]))  # "X invited Y
            # to Ottawa for an official visit": Y's visit to the land, as "X invited Y to Ottawa"; X only asks
        if kind == "visit" and tok.lemma_.lower() == "invitation":  # "declined an invitation to stop over in Seoul"
            self._land_invited(tok, self.trips[tok.i][0], roles)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "invitation" \
                and tok.head.head.pos_ == "NOUN" and kind != "visit":  # "an invitation to Wellington for the
            self._land_invited(tok, self._destinations(tok.head.head)[0], roles)  # leaders' meeting": its host land
        if kind == "visit" and tok.pos_ == "VERB" and tok.lemma_.lower() == "invite":
            guests = [k for c in tok.children if c.dep_ == "dobj" for k in self.parties.np_keys(c)]
            if guests:  # "X invited Y to Z": Y and the land visited, not whoever else the clause names
                roles.participants = list(dict.fromkeys(guests + [k for k, _ in self.trips[tok.i][0]]))
            if (occasion := invited_to_ceremony(tok)) is not None:
                self._ceremony_trip(tok, occasion, roles, guests)
        if kind in ("meeting", "talks") and roles.location is None:
            roles.location = _invited_place(tok)  # "I have invited him to Berlin, and I hope we can sit down together"
        if status not in ("held", None) and (their := _delegated_people(tok)) is not None \
                and len(states := self.parties.sent_sides(their)) >= 2 \
                and all(k in states or k.startswith("person:") for k in self.parties.served_states(roles.participants)):
            roles.participants = states  # "the leaders asked their foreign ministers to meet in X", "a dialogue led by
            # their foreign ministers", "a joint session of their governments": the people the leaders send meet for
            # the states they serve, not the leaders themselves
        left = min([tok.idx] + [t.idx for c in tok.children if c.dep_ in ("det", "amod", "compound")
                                for t in c.subtree])
        appos = tok.dep_ == "appos" and trigger_type(tok.head) is not None or _purpose_of_gathering(tok, kind) \
            or kind != "visit" and (_what_it_was(tok) or _it_gathered(tok))  # ("This is my ninth trip to the
        # region": a trip of its own)
        return Sighting(kind, left, tok.idx + len(tok), no, roles, status, st.speaker if st else None,
                        claimed_on, time, day, definite and not alone, subjects[0] if len(subjects) == 1 else None,
                        appos, exact=alone,
                        fresh=is_fresh(tok, chain) or _past_round(tok) or _their_people_later(tok, status, roles),
                        joiners=tuple(joiners),
                        main=tok.pos_ == "VERB" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT"),
                        courtesy=kind == "meeting" and tok.lemma_.lower() == "call",
                        headline=tok.idx < self.title_end and not live_heading, sidelines=_bare_sidelines(tok, chain),
                        occasion=occasion,
                        eve=eve or any(o.lemma_.lower() == "eve" for o in _prep_objects(tok, chain, ("on",))),
                        gathering=kind == "call" and lx.TRIGGER_NOUNS.get(tok.lemma_.lower()) in _GATHERINGS,
                        named_visit=kind == "visit" and tok.lemma_.lower() == "visit", unnamed=unnamed,
                        for_talks=kind == "visit" and _trip_for_contact(tok),
                        counted=_sides_counted(tok), subject_count=_subject_count(tok, chain),
                        earlier=_last_time(tok) or _past_round(tok), onward=_onward(tok), unset=unset,
                        sequel=_sequel(tok, chain), instead=_instead(chain),
                        members=kind in ("talks", "negotiation", *_GATHERINGS) and self._members_meet(chain),
                        host=self._receiving_state(tok, kind, roles, subjects, reception),
                        moved=_moved(chain, status, time))

    def _receiving_state(self, tok, kind: str, roles: Roles, subjects: list[str], reception: bool) -> str | None:
        """"X received Y at the Presidential Palace": X's state; "Y paid a courtesy call on X": X's; the state whose
        seat a building of no named city is."""
        if kind != "meeting":
            return None
        sides = self._sides()
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if reception and not passive or tok.lemma_.lower() == "call" and tok.head.lemma_.lower() in lx.HOSTING_VERBS:
            hosts = subjects  # "X received a courtesy call from Y": X's
        elif reception or tok.lemma_.lower() == "call":
            hosts = [k for k in roles.participants if k not in subjects]  # "Y was received by X", "Y called on X"
        else:
            return None
        states = {sides.get(k, k) for k in hosts}
        return next(iter(states)) if len(states) == 1 else None

    def _members_meet(self, chain) -> bool:
        """"Foreign ministers of the G7 held talks", "ASEAN leaders held talks": the plural people of one body
        doing the verb above the event word."""
        tok = chain[0]
        verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("meet", "gather", "convene"):
            verb = tok  # "Pacific foreign ministers met in Suva"
        subj = nearest_subject(verb) if verb is not None else None
        if subj is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _GATHERINGS \
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):  # "a summit of Andean leaders will be held",
            subj = next((o for c in tok.children if c.dep_ == "poss"  # "the Nordic prime ministers' summit"
                         or c.dep_ == "prep" and c.lower_ == "of" for o in ([c] if c.dep_ == "poss" else c.children)
                         if o.dep_ in ("poss", "pobj")), None)
        if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in _CONVENERS:
            return False  # not "AU officials held talks in Khartoum" (with someone the text leaves unnamed)
        keys = self.parties.np_keys(subj)
        if len(keys) != 1 or not keys[0].startswith(("org:", GROUP_PREFIX)):
            return False
        group = next(iter(self.actors.by_key(keys[0])), None) if keys[0].startswith(GROUP_PREFIX) else None
        return group is None or _regional_conveners(group.name)  # not "opposition leaders met in Harare"

    def asked(self, sighting: Sighting) -> bool:
        """True for a sighting in a question ("Will the minister meet X at the G20?"): asked about, claimed by nobody
        unless the line below answers it yes or no."""
        sent = self.sents[sighting.sent_no]
        return self._in_question(sent) and question_answer(sent.root) is None and answered_status(sent.root) is None

    def _in_question(self, sent) -> bool:
        """Whether a sentence ends with a question mark (read from the text: no Token per word)."""
        return doc_text(self.sdoc)[sent.start_char:sent.end_char].rstrip().endswith("?")

    def home(self) -> tuple[str, str] | None:
        """The capital a dateline names, with or without a day ("ISLAMABAD: ...", "Rabat - ..."), and its state."""
        if not hasattr(self, "_home"):
            city = dateline_place(doc_text(self.sdoc), dayless=True)
            entry = gazetteer().capital(city) if city else None
            if entry is None and city and (named := gazetteer().lookup(city)) is not None and named.type == "state" \
                    and (gazetteer().capital_of(named.key) or "").startswith(city + " "):
                entry = named  # "KUWAIT, April 27 (KUNA) --", "MEXICO CITY" cut to "MEXICO": the capital named after
                # its state
            if entry is None and city and (state := city_state(city)) is not None \
                    and not seat_in_play(city, self.actors) \
                    and not re.search(rf"^[ \t]*{re.escape(city)}[ \t]*:", doc_text(self.sdoc), re.I | re.M):
                entry = gazetteer().entry(state)  # "DAR ES SALAAM. ... jetted into the country": a state's great city
                # that is no capital (nor a body's seat on a page with a body of states in play, "GENEVA -", "NEW
                # YORK -"; nor a transcript's "MORA:") is in that state as well ("JEDDAH, (SPA) -- The Crown Prince
                # took a call": no body of states named, the city is the kingdom's)
            self._home = (city, entry.key) if entry is not None else None
        return self._home

    def _home_side(self, tok, kind: str, roles: Roles) -> str | None:
        """"HANOI - The talks with Laos set for Friday were called off": a sitting told only by its partner after
        "with", no one holding or owning it, the subject or object of its clause (not "in talks with X"), is the
        dateline state's own (a wire's dateline, not a capital a broadcast names first; a partner told before keeps
        the sitting told with it). A government's page or briefing with no dateline ("Press briefing by the
        Spokesperson, Ministry of Foreign Affairs, Lima ... Q: Are the talks with Ecuador still on?") speaks for the
        state its heading or publisher names, whose sitting it is."""
        if tok.pos_ != "NOUN" or kind not in ("meeting", "talks", "negotiation", "signing") or not roles.counterpart \
                or any(c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and (
                    c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in tok.children):
            return None
        told = tok.dep_ in ("nsubj", "nsubjpass", "dobj") or tok.dep_ == "attr" and tok.head.lemma_ == "be"  # ("Are
        # the talks with X still on?")
        asked = tok.dep_ == "pobj" and tok.head.lower_ in _ASKED_ABOUT  # "What is the status of the talks with X?",
        # "Any news on the talks with X?": a question put to the government on its own sitting
        if (dateline := self.home()) is not None:
            home = self.parties._home_state(tok.doc) if told or asked and self._voice_state() == dateline[1] else None
            home = home if home == dateline[1] else None
        else:
            home = self._voice_state() if told or asked else None
        if home is None or home in roles.participants or not roles.participants[0].startswith("state:"):
            return None
        partner = roles.participants[0]
        if any(partner in (m.key, m.role_of) for m in self.parties.actors.before(tok.sent.start_char)):
            return None  # "X met the Lao president ... The talks with Laos": the meeting told before, its sides
        return home if self.state_named(home, gazetteer().capital_of(home)) else None

    def _voice_state(self) -> str | None:
        """A government's own page or briefing speaks for its state even with no dateline: the state of its
        publisher, its heading office or its head."""
        return self._page_state() or self._heading_state() or _head_state(doc_text(self.sdoc))

    def state_named(self, state: str, *names: str | None) -> bool:
        """Whether a state is an actor of the text, made one where the text first writes one of ``names`` or its own
        name (a page framed by a state it names only in its heading or dateline)."""
        if self.actors.by_key(state):
            return True
        text, entry = doc_text(self.sdoc), gazetteer().entry(state)
        at, name = next(((text.find(n), n) for n in (*names, entry.name) if n and text.find(n) >= 0), (-1, None))
        if name is None:
            return False
        self.actors.add(ActorMention(at, at + len(name), name, state, entry.name, "state", "capital"))
        return True

    def _home_visit(self, tok, roles: Roles) -> None:
        """"X arrived on a two-day visit", "X, on his fourth visit to the Kingdom" under a capital's dateline: a
        visit to no known place is to the dateline's state."""
        home = self.home()
        if home is None or roles.location is not None and _known_place(roles.location) \
                or roles.received_by is not None or len(roles.participants) != 1:
            return
        city, state = home
        sides = self._sides()
        own = {sides.get(k, k) for k in roles.participants}
        sent = self._sent(tok)
        named = {m.key for m in self.actors.in_span(sent.start_char, sent.end_char) if m.type == "state"}
        if named - own - {state}:
            return  # "will leave for Muscat on an official visit to the Sultanate of Oman": a destination elsewhere
        trip = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") else tok  # "travelled to X
        for obj in (o for t in trip.subtree if t.dep_ == "prep" and t.lower_ == "to" for o in t.children  # for a visit"
                    if o.dep_ == "pobj"):
            text = capital_by_nationality(obj) or entity_text(obj)  # "to the Ethiopian capital"
            entry = gazetteer().lookup(text) or gazetteer().capital(text)
            if entry is not None and entry.key != state or entry is None and text != city and locate_place(text):
                return  # "a visit by the prime minister to Tehran": the parser hung the destination elsewhere
        if state in own:
            return  # the dateline's own leader travels: somewhere the text does not say
        if not self._home_named():
            return
        roles.location = city
        roles.received_by = state
        roles.add([state])

    def _home_named(self) -> bool:
        """Whether the dateline's state is an actor of the text, made one from the dateline's capital if need be."""
        city, state = self.home()
        if not self.actors.by_key(state):
            text = doc_text(self.sdoc)
            at = text.find(city.upper() if city.upper() in text else city)
            if at < 0:
                return False
            entry = gazetteer().entry(state)
            self.actors.add(ActorMention(at, at + len(city), city, state, entry.name, "state", "capital"))
        return True

    def _here(self, chain) -> str | None:
        """"was held here on Tuesday" under a dateline ("TIANJIN, July 15 (Xinhua) --"): the dateline's place."""
        if not any(c.dep_ == "advmod" and c.lower_ == "here" or _this_town(c) for v in chain[:3] for c in v.children):
            return None  # "met in this border city", "at this Caribbean resort" too
        place = dateline_place(doc_text(self.sdoc), dayless=True)  # "SANTA CRUZ - ... met here on Monday" too
        return None if place is not None and (is_title(place.split()[-1]) or not _known_place(place)) else place  # a
        # transcript's "SPOKESPERSON:", a heading's "Department Press Briefing - June 11, 2030"

    def _claimed_on(self, st, chain) -> date | None:
        """The day a mention was reported: its statement's own day, else the dateline's, else publication."""
        if st is not None and st.said_on not in (None, self.doc.published) \
                and (st.time is None or not self._dates_event(st.time, chain)):
            return st.said_on
        # a datelined story speaks on its dateline's day, not the day the page went up; an entry under a
        # date-only heading on that heading's day
        return section_day(self.sdoc, chain[0].idx) or story_dct(self.sdoc, self.doc.published)

    def _dates_event(self, time: Timex, chain) -> bool:
        """True when a statement's time sits in the reported event's clause ("X said talks were put off until Friday")."""
        span = self.sdoc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        own = {t.i for t in chain if not is_speech_verb(t)}
        node = span.root
        for _ in range(8):
            if node.i in own:
                return True
            if is_speech_verb(node) or node.head == node:
                return False
            node = node.head
        return False

    def _bare_office(self, tok, chain, roles: Roles) -> list[str]:
        """"The Secretary met with Kenya's X": an unnamed office-holder stands for the state whose government frames
        the text; when none is clear, for an office-holder of its own known by the title alone."""
        verb = next((v for v in chain if v.pos_ == "VERB"), None)
        if verb is None:  # "The Minister will be in Colombo for talks with X": the copula holds the subject
            verb = next((v for v in chain if v.pos_ == "AUX" and v.lemma_ == "be"
                         and any(c.dep_ == "nsubj" for c in v.children)), None)
        subj = _controller_subject(verb) if verb is not None else None
        if subj is not None and subj.lower_ in _STYLES:  # "His Highness the Crown Prince received X": the title
            subj = next((c for c in subj.children if c.dep_ == "appos"), subj)
        if subj is not None and subj.text in _STYLE_INITIALS:  # "HE the Minister of State received": "His Excellency"
            subj = next((c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > subj.i), subj)
        if subj is not None and subj.lower_ in ("he", "she") and verb.dep_ in ("relcl", "advcl", "conj") \
                and (main := _own_subject(self._sent(subj).root)) is not None \
                and main.i < subj.i and (_secretary_general(main) or self._bare_title(main)):
            subj = main  # "The Deputy Secretary-General is in Nairobi, where she met X": the office's body; "The
            # Minister will be in Colombo, where he will meet X": the office the briefing's state holds
        if subj is not None and subj.lower_ in ("he", "she") and (main := next(
                (s for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < subj.i
                 and any(t.text == ";" for t in self.sdoc[c.i:subj.i])
                 for s in c.children if s.dep_ == "nsubj"), None)) is not None and _secretary_general(main):
            subj = main  # "the Secretary-General flies to Addis Ababa; on Monday he meets X": the office's body
        if subj is not None and _secretary_general(subj):
            return self._body_of_office(subj)
        if subj is not None and (head := _secretary_general_of(subj)) is not None:
            return self._body_of_office(head)  # "the Personal Envoy of the Secretary-General for X": the body's envoy
        if subj is None or not self._bare_title(subj) or not roles.participants:
            return []
        return self._titled_body(subj) or self._office_keys(subj, roles)

    def _titled_body(self, subj) -> list[str]:
        """"The Chairperson of the AU Commission arrived ... The Chairperson will travel on to Nairobi": a bare title
        the text gave earlier to one body's office-holder ("<title> of the <body>", "<body> <title>") stands for that
        body, not for the state of the dateline or the place."""
        words = self._title_words(subj)
        if not words or len(words) > 3:
            return []
        title = " ".join(t.lower_ for t in words)
        text = doc_text(self.sdoc)
        lead = re.compile(rf"\b{re.escape(title)}\s+of\s+(?:the\s+)?$")
        gz = gazetteer()  # (a known body of states only: not a state's own organ, nor a party or movement)
        found = {m.key for m in self.actors if m.type == "organization" and m.end <= words[0].idx
                 and m.kind in ("name", "acronym") and (e := gz.entry(m.key)) is not None and e.state is None
                 and (lead.search(text[max(0, m.start - 40):m.start].lower())
                      or text[m.end:m.end + 40].lower().lstrip().startswith(title))}
        if len(found) != 1:
            return []
        key = found.pop()
        first, last = words[0], words[-1]
        body = next(iter(self.actors.by_key(key)))
        self.actors.add(ActorMention(first.idx, last.idx + len(last), text[first.idx:last.idx + len(last)], key,
                                     body.name, "organization", "description", role=title))
        return [key]

    def _own_government(self, chain) -> list[str]:
        """"Government negotiators and the X opened talks", "The government turned down a proposal": a government
        named by no state is that of the state whose capital datelines the text (else whose government published it)."""
        verb = next((v for v in chain if v.pos_ == "VERB"), None)
        subj = _controller_subject(verb) if verb is not None else None
        if subj is None:
            return []
        for node in (subj, *subj.conjuncts):
            others = {k for c in node.conjuncts for k in self.parties.np_keys(c)}  # keys reach over "and"
            if set(self.parties.np_keys(node)) - others or any(c.dep_ in ("poss", "prep", "amod") and c.lower_ not in _GOVERNMENT_WORDS
                                                 or c.dep_ == "compound" and c.lower_ != "government"
                                                 for c in node.children):
                continue  # "the Sudanese government", "the government of X": named
            lemma = node.lemma_.lower()
            if lemma == "government" or lemma in _GOVERNMENT_AGENTS and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "government" for c in node.children):
                home = self.home()
                state = home[1] if home is not None else self._page_state()
                if state is None:
                    return []
                word = next((c for c in node.children if c.lower_ == "government"), node)
                if not self.actors.by_key(state):
                    entry = gazetteer().entry(state)
                    self.actors.add(ActorMention(word.idx, word.idx + len(word), word.text, state,
                                                 entry.name if entry else state, "state", "description"))
                return [state]
        return []

    def _bare_title(self, node) -> bool:
        """True for "the Prime Minister" with no name, state or plural: an office the text must frame."""
        return node.lemma_.lower() in PERSON_TITLES and not self.parties.np_keys(node) \
            and not any(c.dep_ == "poss" and c.lower_ != "our" or c.dep_ == "prep" and not self._portfolio(c)
                        or c.dep_ in ("amod", "compound") and c.lower_ not in _TITLE_PARTS | PORTFOLIOS
                        for c in node.children) \
            and (any(c.lower_ in ("the", "our") for c in node.children)
                 or _capitalised_office(node) and (self._heading_state() or self._page_state()) is not None) \
            and node.tag_ not in ("NNS", "NNPS")  # "the presidents agreed": the pair named before, not one office

    def _office_object(self, tok, roles: Roles) -> list[str]:
        """"X will meet with the Prime Minister", "held talks with the President": the title met stands for the
        state whose government frames the text, as a title in the subject does."""
        heads = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [])
        objs = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
        preps = ("with", "on") if tok.lemma_.lower() == "call" else ("with",)  # "a courtesy call on the President"
        objs += [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
        objs = [_past_style(o) for o in objs]  # "called on His Majesty the King": the King
        general = [o for o in objs if _secretary_general(o)]
        if len(general) == 1:
            return self._body_of_office(general[0])  # "X met the Secretary-General": the body's head, as a subject
        found = [o for o in objs if self._bare_title(o)]
        return (self._titled_body(found[0]) or self._office_keys(found[0], roles, own=False)) if len(found) == 1 else []

    def _invited_office(self, verb, host: str) -> str | None:
        """The state whose leader a bare title invited by another stands for (the one framing the text: a dateline's,
        an interview's "Samoa's foreign minister"), else None (the host's own, or no state named frames it)."""
        guests = [_past_style(c) for c in verb.children if c.dep_ == "dobj"]
        if len(guests) != 1 or not self._bare_title(guests[0]):
            return None
        state = self._framing_state(guests[0], " ".join(t.lower_ for t in self._title_words(guests[0])))
        sides = self._sides()
        return state if state is not None and self.actors.by_key(state) \
            and sides.get(state, state) != sides.get(host, host) else None  # (a state the text names)

    def _portfolio(self, prep) -> bool:
        """"of Foreign Affairs", "for Trade and Industry" after a title: a portfolio naming no actor, part of the title."""
        if _portfolio(prep):
            return True
        words = [t for t in prep.subtree if t.i > prep.i and t.lower_ not in ("the", "and", "&", ",")]
        return prep.lower_ in ("of", "for") and bool(words) and all(t.is_title and t.is_alpha and not t.ent_type_
                                                                     for t in words) \
            and not any(self.parties.np_keys(o) for o in prep.children if o.dep_ == "pobj")

    def _title_words(self, subj) -> list:
        """The words of a bare title without its article ("Prime Minister", "Minister of Foreign Affairs")."""
        portfolio = {t.i for c in subj.children if c.dep_ == "prep" and self._portfolio(c) for t in c.subtree}
        return [t for t in subj.subtree if (t.i <= subj.i or t.i in portfolio) and t.lower_ != "the"]

    def _title_state(self, subj, place: str | None) -> str | None:
        """The state a bare title met by a visitor stands for: the one framing the text, else the host of the place
        the meeting is in ("met the President in Accra": Ghana's)."""
        title = " ".join(t.lower_ for t in self._title_words(subj))
        state = self._framing_state(subj, title)
        return state if state is not None or place is None else self.parties.host_of_place(place, self._sent(subj))

    def _office_keys(self, subj, roles: Roles, own: bool = True) -> list[str]:
        """The state (or office-holder of its own) a bare title stands for, given the other parties named."""
        sides = self._sides()
        theirs = {sides.get(k, k if k.startswith("state:") else None) for k in roles.participants}
        words = self._title_words(subj)
        title = " ".join(t.lower_ for t in words)
        clause = subj.head.right_edge  # a named holder may be meant instead (not one the title's own clause names
        clause_end = clause.idx + len(clause)  # after it: "The Secretary will co-chair it with Foreign Secretary X")
        held = list(dict.fromkeys(m.key for m in self.actors
                                  if m.type == "person" and m.kind not in ("unnamed", "description")
                                  and m.key not in roles.participants and not subj.idx <= m.start < clause_end
                                  for role, _ in self.actors.roles_of(m.key) if same_title(role, title)))
        if held:
            full = " ".join(t.lower_ for t in subj.subtree if t.lower_ != "the")  # "minister of foreign affairs"
            if own and full != "minister" and len(held) > 1:  # "Omani counterpart X": another state's holder
                home = self._framing_state(subj, title)
                held = [k for k in held if sides.get(k) in (None, home)] if home is not None else held
            if own and len(held) > 1 and len(lead := [k for k in held if any(
                    m.start < self.title_end for m in self.actors.by_key(k))]) == 1:
                held = lead  # no state frames the text: "The Head of State also met X" is the one its headline names
            one = own and len(held) == 1 and full != "minister" and all(
                same_title(role, full) for role, _ in self.actors.roles_of(held[0]) if same_title(role, title))
            return held if one else []  # "His Highness the Minister of Foreign Affairs": the one named before
        state = self._framing_state(subj, title) if own else self._title_state(subj, roles.location)
        if state is not None and state not in theirs:
            first, last, entry = words[0], words[-1], gazetteer().entry(state)
            end = last.idx + len(last)
            self.actors.add(ActorMention(first.idx, end, doc_text(self.sdoc)[first.idx:end], state,
                                         entry.name if entry else state, "state", "description"))
            return [state]  # "The President spoke with X" in the White House's own readout
        portfolio = [t for c in subj.children if c.dep_ == "prep" and self._portfolio(c) for t in c.subtree]
        if not own or subj.lemma_.lower() not in _STATE_OFFICES or not subj.text[:1].isupper() \
                or title == "minister" and not portfolio:
            return []  # "the minister will travel": any minister; "The Federal Chancellor": one office
        named = self._titled_before(words + portfolio)
        if named is not None:
            return [named]  # "HE Minister of State ... Dr. X met Y. HE the Minister of State also received ...": X
        return [self._office_holder(words + portfolio)]  # "the Minister of Foreign Affairs": one office too

    def _titled_before(self, words) -> str | None:
        """The one person an earlier mention of the same full title ran straight into ("Minister of State at the
        Ministry of Foreign Affairs Dr. X"): the holder a later bare title means."""
        text = doc_text(self.sdoc)
        title = " ".join(text[words[0].idx:words[-1].idx + len(words[-1])].split())
        found: set[str] = set()
        for hit in re.finditer(re.escape(title).replace(r"\ ", r"\s+"), text[:words[0].idx]):
            after = [m for m in self.actors.in_span(hit.end(), hit.end() + _TITLE_REACH) if m.type == "person"]
            gap = self.sdoc.char_span(hit.end(), after[0].start, alignment_mode="expand") if after else None
            if gap is not None and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:()\n" for t in gap):
                found.add(after[0].key)
        return found.pop() if len(found) == 1 else None

    def _framing_state(self, subj, title: str) -> str | None:
        """The state whose government frames the text: one an earlier unnamed "X's <title>" names, the office of an
        interview's headline ("Samoa's foreign minister"), the page's publisher, the one seat of government the text
        names ("The White House"), or the dateline capital's."""
        earlier = self._earlier_office_states(subj, title)
        if earlier:
            return earlier.pop() if len(earlier) == 1 else None  # two states' leaders by title: nobody can tell
        if (office := self._interview_office()) is not None:
            return office  # an interview headed "Samoa's foreign minister": "the Prime Minister" there is Samoa's
        if (page := self._page_state()) is not None:
            return page
        gz = gazetteer()  # "The Kremlin said", "met X at the White House": seats named as bodies or places
        seats = {e.state for c in gazetteer_cands(self.sdoc, gz) if (e := gz.entry(c.key)) is not None and e.state}
        if seats:
            return seats.pop() if len(seats) == 1 else None
        home = self.home()
        return home[1] if home is not None else self._heading_state()

    def _heading_state(self) -> str | None:
        """The state of a government office a page's heading names with its capital or its own name ("Weekly Press
        Briefing by the Spokesperson, Ministry of Foreign Affairs, Islamabad", "Jordan Ministry of Foreign Affairs"):
        the one its bare titles serve."""
        words = _heading(doc_text(self.sdoc)).replace(",", " ").split()
        if not any(w.lower() in _GOVERNMENT_WORDS or w.lower().rstrip("'’s") in _BRIEFING_WORDS for w in words):
            return None
        found = {e.key for w in words if w[:1].isupper() and (e := gazetteer().capital(w)) is not None}
        names = [" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1) if words[i][:1].isupper()]
        found |= {e.key for name in names if (e := gazetteer().lookup(name)) is not None and e.type == "state"
                  and name == e.name}
        found |= {e.state or e.key for name in names if " " in name and (e := gazetteer().capital(name)) is not None}
        # ("Ministry of External Affairs, New Delhi": a capital of two words)
        found |= {e.key for i, w in enumerate(words) if w[:1].isupper() and (e := gazetteer().demonym(w)) is not None
                  and any(x.lower() in _GOVERNMENT_WORDS for x in words[i + 1:i + 3])}  # "Uzbek Foreign Ministry"
        return found.pop() if len(found) == 1 else None

    def _earlier_office_states(self, subj, title: str) -> set[str]:
        """States of the same office named before without a holder ("Fiji's prime minister said ...")."""
        found: set[str] = set()
        for prev in self.sdoc[:subj.i]:
            if prev.lower_ != subj.lower_:
                continue
            person = self.actors.at(prev.idx, prev.idx + len(prev))
            nxt = self.sdoc[prev.i + 1] if prev.i + 1 < len(self.sdoc) else None
            if person is not None and person.type == "person" and person.kind != "unnamed" \
                    or nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.text == ","):
                continue  # a named holder's title: "Fiji's Prime Minister Sitiveni Rabuka", "the prime minister, X,"
            desc = describe(self.sdoc[max(0, prev.i - 3):prev.i + 1].text)
            if desc is None or not same_title(desc[0], title):
                continue
            keys = [k for k in desc[1] if k.startswith("state:")]
            if not keys and nxt is not None and nxt.lower_ == "of":  # "the Prime Minister of Fiji"
                keys = [m.key for m in self.actors.in_span(nxt.idx, nxt.idx + 40) if m.type == "state"]
            found.update(keys[:1])
        return found

    def _office_holder(self, words) -> str:
        """An office-holder the text names by the title alone ("The Federal Chancellor"), as a person of its own."""
        first, last = words[0], words[-1]
        name = " ".join(doc_text(self.sdoc)[first.idx:last.idx + len(last)].split())
        name = name[:1].upper() + name[1:]
        key = f"source:{slug(name)}"
        self.actors.add(ActorMention(first.idx, last.idx + len(last), name, key, name, "person", "unnamed",
                                     name), alias=name)
        self.offices.add(key)
        return key

    def _page_state(self) -> str | None:
        """The state whose government published the page ("The White House", "Ministry of Foreign Affairs of Japan")."""
        words = (self.doc.publisher or "").replace(",", " ").split()
        official = any(w.lower() in _GOVERNMENT_WORDS for w in words)
        found = set()
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                entry = gazetteer().lookup(" ".join(words[i:i + n]))
                if entry is not None and entry.type == "state" and official:
                    found.add(entry.key)  # "Ministry of Foreign Affairs of Japan", not "The Japan Times"
                elif entry is not None and entry.state:
                    found.add(entry.state)  # a seat of government: "The White House", "Kremlin"
        return next(iter(found)) if len(found) == 1 else None

    def _body_of_office(self, subj) -> list[str]:
        """"The Secretary-General spoke with X": the one intergovernmental body the article names, else the UN."""
        bodies = {m.key for m in self.actors if m.key in _SG_BODIES}  # (not "the AU mission", "the ICJ ruling")
        sent = self._sent(subj)
        text = doc_text(self.sdoc)
        other = {m.key for m in self.actors.in_span(subj.idx, sent.end_char) if m.key in bodies
                 and text[m.end:m.end + 20].lstrip().lower().startswith(("secretary-general", "secretary general"))}
        if other and other == bodies:  # "will travel to Jakarta, where she will meet the ASEAN Secretary-General":
            bodies = set()  # the other body's head is met, the unqualified one is the UN's
        if len(bodies) > 1 and "org:un" in bodies:  # "the AU-UN conference": the unqualified one is the UN's,
            text = doc_text(self.sdoc)  # unless the text gives another body's ("the ASEAN Secretary-General")
            titled = {m.key for m in self.actors if m.key in bodies
                      and text[m.end:m.end + 20].lstrip().lower().startswith("secretary-general")}
            bodies = titled if titled else {"org:un"}
        key = next(iter(bodies)) if len(bodies) == 1 else ("org:un" if not bodies else None)
        entry = gazetteer().entry(key) if key else None
        if entry is None:
            return []
        first = subj.left_edge if subj.left_edge.lower_ != "the" else subj.doc[subj.left_edge.i + 1]
        text = doc_text(self.sdoc)[first.idx:subj.idx + len(subj)]
        self.actors.add(ActorMention(first.idx, subj.idx + len(subj), text, entry.key, entry.name,
                                     "organization", "description", role="Secretary-General"))
        return [entry.key]

    def _backdrop_place(self, tok) -> str | None:
        """"met X on the sidelines of the G7 summit in Apulia": the meeting is where the gathering is (the phrase
        hung on the verb of "held a meeting on the sidelines of" too)."""
        holders = (tok, tok.head) if tok.dep_ in ("dobj", "nsubjpass") else (tok,)
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")):
            for side in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in lx.BACKDROP_NOUNS):
                for gathering in (o for p in side.children if p.lower_ == "of" for o in p.children):
                    inner = [o for p in gathering.children if p.lower_ == "of" for o in p.children]
                    for where in (gathering, *inner):  # "the Group of 20 summit in Rio": on the summit
                        place = self.parties.place_of(where)
                        if place is not None:
                            return place
        return None

    def _staying_in(self, chain, kind: str) -> str | None:
        """"X, who is in Port of Spain for the summit, held talks with Y": where the subject's relative clause puts
        them, for a contact they hold there and then."""
        verb = next((v for v in chain[:3] if v.pos_ == "VERB"), None)
        if verb is None:
            return None
        words = token_strings(self.sdoc, "LOWER")
        if "who" in words[sentence_start(self.sdoc, verb.i):verb.i]:  # (no "who" before the verb: no subject's clause)
            subj = _controller_subject(verb)
            clause = next((c for c in subj.children if c.dep_ == "relcl" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
                           and any(r.lower_ == "who" for r in c.children)), None) if subj is not None else None
            if clause is not None and verb.i > clause.i:
                return self.parties.place_of(clause)
        if kind == "call" or "who" not in words[verb.i:verb.right_edge.i + 1]:
            return None  # ("spoke by phone with X, who is in Madrid": the call is nowhere)
        # "met with President X of Guyana, who is in New York for the debate": where the guest's clause puts them
        guests = [o for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
                  for o in ([c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"])]
        guests += [o for g in guests for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        clause = next((c for g in guests for c in g.children if c.dep_ == "relcl" and c.lemma_ == "be"
                       and c.tag_ in ("VBZ", "VBP") and any(r.lower_ == "who" for r in c.children)), None)
        return self.parties.place_of(clause) if clause is not None else None

    def _placeless_backdrop(self, tok) -> bool:
        """"on the sidelines of the OAS General Assembly", no place given for the gathering."""
        holders = (tok, tok.head) if tok.dep_ in ("dobj", "nsubjpass") else (tok,)
        gatherings = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lx.BACKDROP_NOUNS
                      for p in o.children if p.lower_ == "of" for g in p.children]
        return bool(gatherings) and not any(t.dep_ == "prep" and t.lower_ in ("in", "at") for g in gatherings
                                            for t in g.subtree)  # "of D-Day commemorations in Normandy": placed

    def _dateline_city_on(self, day: date) -> str | None:
        """The dateline's city, for something done on about the dateline's day."""
        dct = story_dct(self.sdoc, self.doc.published)
        near = dct is not None and abs((day - dct).days) <= 1
        city = dateline_place(doc_text(self.sdoc), dayless=True) if near else None
        return city if city is not None and (_known_place(city) or city_state(city) is not None) else None

    def _interview_office(self) -> str | None:
        """An interview headed "Samoa's foreign minister" frames its bare titles ("the Prime Minister") as that
        state's: the state of the headline's office, when the headline itself names it."""
        text = doc_text(self.sdoc)
        if not _asks(text) or (office := self.parties.header_office(text)) is None or not office.startswith("state:"):
            return None
        headline_end = text.find("\n", len(text) - len(text.lstrip()))
        return office if any(m.start < headline_end for m in self.actors.by_key(office)) else None

    def _land_invited(self, tok, lands, roles: Roles) -> None:
        """The lands an invitation asks its guest to, each an actor of the article, as parties (and place) of the
        trip or gathering it asks for."""
        for key, word in lands:
            if not self.actors.by_key(key):
                self.parties.host_of_place(entity_text(word), self._sent(tok))
            roles.add([key])
            roles.location = roles.location or entity_text(word)

    def _inviter_home(self, tok) -> list[str]:
        """"X invited Y to visit", "to visit in May": a visit verb with no land or place of its own under the
        invitation goes to the inviter's (only a state or a person is one)."""
        invite = tok.head
        if tok.dep_ != "xcomp" or invite.lemma_.lower() != "invite" or any(
                c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "on", "during", "before", "after", "by")
                or c.dep_ == "prep" and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)
                for c in tok.children) or not any(c.dep_ == "dobj" for c in invite.children):
            return []
        subj = _own_subject(invite)
        keys = self.parties.np_keys(subj) if subj is not None else []
        return keys[:1] if len(keys) == 1 and keys[0].startswith(("state:", "person:")) else []

    def _host_invited(self, invite, sighting: Sighting, earlier: list[Sighting]) -> None:
        """"X, who held talks with Y on Monday, invited his host to the opening of ... / to Lima": the host is the
        one the inviter met in the event told just before, who travels to the land named (else the inviter's)."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "host" and not self.parties.np_keys(c)
                   for c in invite.children):
            return
        inviters = {k for c in invite.children if c.dep_ == "nsubj" for k in self.parties.np_keys(c)}
        met = next((s for s in reversed(earlier) if sighting.sent_no - s.sent_no <= 2
                    and inviters & set(s.roles.participants)), None)
        taken = inviters | set(sighting.roles.participants)
        hosts = [k for k in met.roles.participants if k not in taken] if met is not None else []
        lands = [k for k, _ in self.trips[invite.i][0] if k not in hosts]
        sighting.roles.participants = hosts[:1] + (lands if hosts and lands else sighting.roles.participants)
        sighting.fresh = sighting.fresh or bool(hosts)  # the host's own trip, a further contact than the one held

    def _ceremony_trip(self, invite, occasion, roles: Roles, guests: list[str]) -> None:
        """"X invited his host to the opening of the port in April": the guest goes to the inviter's state, to the
        place the occasion names (else nowhere said; never the dateline, where the invitation was made)."""
        inviters = [k for c in invite.children if c.dep_ == "nsubj" for k in self.parties.np_keys(c)]
        lands = [k for k in self.parties.served_states(inviters)
                 if k not in guests and any(m.type == "state" for m in self.actors.by_key(k))]
        roles.participants = list(dict.fromkeys(guests + lands[:1]))
        roles.location = next((entity_text(t) for t in occasion.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")
                               and is_place(t)), None)

    def _destinations(self, tok) -> tuple[list[tuple[str, object]], set[str]]:
        """The states a trip goes to, each with the word naming it ("visit A and B", "travel to A and B"),
        and every actor named on the way."""
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "visit":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.lemma_.lower() == "invitation":
            objs = invitation_places(tok)  # "declined an invitation to stop over in Seoul"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lx.OCCASION_VERBS:
            objs = [p for p in (occasion_place(tok),) if p is not None]  # "to open the Harare show": Harare's land
        elif tok.pos_ == "VERB" and tok.lemma_.lower() == "invite" and (city := invited_to_seat(tok)) is not None:
            state = city_state(city)  # "invited X to the White House": the seat's land
            return ([(state, tok)] if state is not None else []), {state} - {None}
        else:
            objs = [o for c in trip_preps(tok) if c.lower_ in (*lx.TRIP_TO, "of")
                    for o in c.children if o.dep_ == "pobj"]
        states: dict[str, object] = {}
        named: set[str] = set()
        for obj in (c for o in objs for c in (o, *o.conjuncts) if c.i >= o.i):
            keys = self.parties.np_keys(obj)
            named.update(keys)
            found = [k for k in keys if any(m.type == "state" for m in self.actors.by_key(k))
                     and any(m.start <= obj.idx < m.end for m in self.actors.by_key(k))]
            if not found and is_place(obj):
                entry = gazetteer().capital(entity_text(obj)) or gazetteer().lookup(entity_text(obj))
                found = [entry.key] if entry is not None and entry.type == "state" else []
            for key in found:
                states.setdefault(key, obj)
        return list(states.items()), named | set(states)

    def _per_destination(self, tok, sighting: Sighting) -> list[Sighting]:
        """A trip to several countries is one visit to each ("will travel to Guatemala and Mexico")."""
        dests, named = self.trips.get(tok.i, ([], set()))
        if len(dests) < 2:
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.pos_ == "NOUN" and verb != tok and len(self.trips.get(verb.i, ((),))[0]) > 1:
                return []  # "will visit X and Y in a week-long tour": the tour is the visits its verb tells
            return [sighting]
        roles = sighting.roles
        visitors = [k for k in roles.participants if k not in named]
        out = []
        for n, (dest, word) in enumerate(dests):
            place = entity_text(word)
            if not self.actors.by_key(dest):  # each country visited becomes an actor of the article
                self.parties.host_of_place(place, self._sent(tok))
            start, end = (sighting.start, sighting.end) if n == 0 else (word.idx, word.idx + len(word))
            out.append(replace(sighting, start=start, end=end, roles=Roles(
                participants=visitors + [dest], mediators=list(roles.mediators), hosts=list(roles.hosts),
                location=place, counterpart=roles.counterpart, received_by=dest)))
        return out

    def _per_partner(self, tok, sighting: Sighting) -> list[Sighting]:
        """"met A, B and C separately", "held separate talks with A and B": one meeting with each."""
        if not _apart(tok):
            return [sighting]
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [])  # "held ... with"
        objs = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]
        objs = [_listing(o) or o for o in objs]  # "with his counterpart X and Y": the names listed in the apposition
        partners = [p for o in objs for p in (self._each_adjective(o) if o.dep_ in ("amod", "nmod", "compound") else
                                               self.parties.each_conjunct(o))]
        partners += [p for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"  # "met X, Y, and Z" misparsed
                     for p in self.parties.each_conjunct(c)]
        taken = {k for _, keys in partners for k in keys}
        others = [k for k in sighting.roles.participants if k not in taken]
        if len(partners) < 2 or not others:
            return [sighting]
        roles = sighting.roles
        return [replace(sighting, start=sighting.start if n == 0 else word.idx,
                        end=sighting.end if n == 0 else word.idx + len(word), exact=True,
                        roles=Roles(participants=others + [k for k in keys if k not in others],
                                    mediators=list(roles.mediators), hosts=list(roles.hosts),
                                    location=roles.location, counterpart=True))
                for n, (word, keys) in enumerate(partners)]

    def _per_leg(self, tok, kind: str, sighting: Sighting) -> list[Sighting]:
        """"met A in X yesterday and B in Y this morning", "held talks with A on Monday and with B on Tuesday": one
        verb with coordinated partners each told with a place or day of its own is a meeting with each."""
        if kind not in ("meeting", "talks") or len(sighting.roles.participants) < 2:
            return [sighting]
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
        if verb is None:
            return [sighting]
        holders = [verb, tok] if tok is not verb else [verb]
        withs = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
        conjs = [w for w in verb.subtree if w.dep_ == "conj" and w.i > verb.i]
        withs += [w for w in conjs if w.lower_ == "with"]
        objs = [o for w in withs for o in w.children if o.dep_ == "pobj"]
        objs += [c for c in verb.children if c.dep_ == "dobj" and c is not tok]
        partners = [p for o in objs for p in self.parties.each_conjunct(o)]
        partners += [p for c in conjs if c.pos_ in ("NOUN", "PROPN") and (c.head == verb or c.head.dep_ == "pobj")
                     and not is_place(c) for p in self.parties.each_conjunct(c)]
        # (the second partner the parser hung on the verb or on the first leg's day: "met A on Friday and B ...")
        partners = sorted({w.i: (w, keys) for w, keys in partners}.values(), key=lambda p: p[0].i)
        if len(partners) < 2 or len(partners) > 4:
            return [sighting]
        doc, end = verb.doc, verb.right_edge.i + 1
        firsts = [w.left_edge.i for w, _ in partners]
        firsts = [min(i, (w.head.i if w.head.lower_ == "with" else i)) for i, (w, _) in zip(firsts, partners)]
        legs = [(a, b) for a, b in zip(firsts, [*firsts[1:], end])]
        settings = []
        for a, b in legs:
            lo, hi = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            place = next((entity_text(t) for t in doc[a:b] if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
                          and (is_place(t) or t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and " " not in entity_text(t)
                               and locate_place(entity_text(t)) is not None)), None)  # ("in Tiraspol" untagged)
            when = next((x.text.lower() for x in self.timexes if lo <= x.start < hi and x.type in ("DATE", "TIME")), None)
            if place is None and when is None:
                return [sighting]
            settings.append((place, when))
        if len(set(settings)) < len(settings):
            return [sighting]
        taken = {k for _, keys in partners for k in keys}
        others = [k for k in sighting.roles.participants if k not in taken]
        if not others:
            return [sighting]
        ahead = "past" if sighting.status in (None, "held") else "future"
        out = []
        for n, ((word, keys), (a, b), (place, when)) in enumerate(zip(partners, legs, settings)):
            apart = {i for m, (c, d) in enumerate(legs) if m != n for i in range(c, d)}
            time, day = day_of(verb, self.timexes, sighting.claimed_on, ahead, apart) if when else (sighting.time,
                                                                                                    sighting.day)
            roles = replace(sighting.roles, participants=others + [k for k in keys if k not in others],
                            mediators=list(sighting.roles.mediators), hosts=list(sighting.roles.hosts),
                            location=place or sighting.roles.location)
            out.append(replace(sighting, start=sighting.start if n == 0 else word.idx,
                               end=sighting.end if n == 0 else word.idx + len(word), exact=True, roles=roles,
                               time=time or sighting.time, day=day or sighting.day))
        return out

    def _each_adjective(self, adj) -> list[tuple[object, list[str]]]:
        """"with the Fijian and Tongan prime ministers": the state of each nationality adjective."""
        found = [(h, self.actors.at(h.idx, h.idx + len(h))) for h in [adj, *adj.conjuncts]]
        return [(h, [m.key]) for h, m in found if m is not None and m.type == "state"]

    def _visit_roles(self, tok, roles: Roles) -> None:
        """"travel to Israel", "visited Yerevan", "will visit New Delhi": who receives the visit, and where."""
        for node in _ordinal_trip(tok):  # "The visit, X's first to Ghana", "The visit will be X's third to Y"
            visitor = [c for c in node.children if c.dep_ == "poss"] or ([node] if node.dep_ == "appos" else [])
            dest = self._counted_to(node)
            if len(set(dest)) == 1:  # the state named in the phrase ("to the Syrian capital"), not one nearby
                roles.add([k for v in visitor for k in self.parties.np_keys(v)] + dest[:1])
                roles.received_by = roles.received_by or dest[0]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.TRAVEL_VERBS or tok.pos_ == "NOUN":
            # "travel to Israel", "a trip to Israel": Israel receives the visit
            roles.add([k for c in trip_preps(tok) if c.lower_ in lx.TRIP_TO
                       for o in c.children if o.dep_ == "pobj" for k in self.parties.np_keys(o)])
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.DEPART_VERBS:  # "left for Beijing": China receives it
            roles.add([k for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                       for o in c.children if o.dep_ == "pobj" for k in self.parties.np_keys(o)])
        visited = self.parties.visited_place(tok)
        where = _where_place([tok, tok.head])
        if visited is not None and not (where is not None and where == roles.location and _city_within(where, visited)):
            roles.location = visited  # the destination beats "met in X" (not "Tashkent, where he paid a visit to
            # Uzbekistan": the state's city)
        host = self.parties.host_of_place(roles.location, self._sent(tok)) \
            if roles.location else None  # "is expected in Abidjan for a visit": any known city names its state
        sides = self._sides()
        if host and not any(sides.get(k) == host for k in roles.participants):
            roles.received_by = host
            roles.add([host])  # "will visit New Delhi": India receives the visit (unless its leader is named)
        if roles.location is None and (state := self.parties.visited_state(tok)) is not None:
            roles.location = state  # "will visit Laos": Laos receives the visit
            self._received_in(roles, self._sent(tok), sides, join=False)
        arrival = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if roles.location is None and arrival is not None and arrival.lemma_.lower() in lx.TRAVEL_VERBS:
            roles.location = next((city for c in arrival.children if c.dep_ == "prep" and c.lower_ == "to"
                                   for o in c.children if o.dep_ == "pobj" and (city := capital_by_nationality(o))),
                                  None)  # "travelled to the Ethiopian capital for a working visit"
            self._received_in(roles, self._sent(tok), sides, join=True)
        if roles.location is None and arrival is not None and arrival.lemma_.lower() in _LANDING:
            roles.location = next((entity_text(o) for c in arrival.children if c.dep_ == "prep" and c.lower_ == "at"
                                   for o in c.children if o.dep_ == "pobj" and capital_within(entity_text(o))),
                                  None)  # "landed at the Santiago Air Force Base for a visit"
        mover = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else tok
        if (roles.location is None or airfield(roles.location)) and not roles.received_by and mover.pos_ == "VERB" \
                and mover.lemma_.lower() in lx.ARRIVAL_WORDS | lx.TRAVEL_VERBS:
            trips = [o for c in mover.children if c.dep_ == "prep" and c.lower_ in ("on", "for") for o in c.children
                     if o.dep_ == "pobj" and o.lower_ in lx.TRIP_NOUNS]
            dest = {k for o in trips for a in (o, *(a for a in o.children if a.dep_ == "appos"
                                                    and _ordinal(a))) for k in self._counted_to(a)}
            if trips and not dest:  # "arrived on Sunday for a working visit, her first to Ghana", "the first he
                # has made to Vanuatu": the parser hangs the counted trip on the verb
                dest = {k for a in mover.children if _ordinal(a) and a.i > trips[0].i
                        and a.dep_ in _COUNTED_DEPS for k in self._counted_to(a)}
            if len(dest) == 1 and (state := self.parties.place_name(next(iter(dest)))) is not None:
                roles.location, roles.received_by = state, next(iter(dest))  # "arrived at X airport on a visit,
                roles.add([roles.received_by])  # his first to Sri Lanka", "for a state visit to Japan": that state
        if roles.location and not roles.received_by and not _known_place(roles.location):
            city = capital_within(roles.location)  # "landed at the Brasilia Air Force Base": Brazil receives it
            host = self.parties.host_of_place(city, self._sent(tok)) if city else None
            if host and not any(sides.get(k) == host or k == host for k in roles.participants):
                roles.location, roles.received_by = city, host
                roles.add([host])

    def _visit_held_talks_in(self, tok, roles: Roles) -> None:
        """"X held talks with Y during his visit to Finland", "met Y on her official visit to Chile": the pronoun's
        trip, hung on the contact, goes to the state its "to" phrase names; the one met there serves that state and
        the trip is the traveller's, received by it (not a welcome or a reception, which is the trip's own: "X
        received Y during his visit to Z")."""
        if roles.received_by is not None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" \
                or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
            return
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _TRIP_STAGES and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "on the second day of his visit", "at the end of her visit"
        if prep.lower_ not in ("during", "on", "at"):
            return
        holder = prep.head
        if holder.pos_ != "VERB" or holder.lemma_.lower() in _RECEPTION_VERBS:
            return
        things = [o for o in holder.children if o.dep_ == "dobj"]
        if trigger_type(holder) not in _TRIP_CONTACTS and not any(
                (lx.TRIGGER_NOUNS.get(o.lemma_.lower()) or lx.TRIGGER_NOUNS.get(o.lower_)) in _TRIP_CONTACTS
                for o in things) or any(o.lemma_.lower() in _RECEPTION_NOUNS for o in things):
            return  # "paid a courtesy call on Y during his visit": the trip's own call, no talks of their own
        dest = {h for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                if o.dep_ == "pobj" and o.pos_ == "PROPN"
                and (h := self.parties.host_of_place(entity_text(o), self._sent(tok))) is not None}
        if len(dest) != 1:
            return
        state = next(iter(dest))
        sides = self._sides()
        there = [k for k in roles.participants if k != state and sides.get(k) == state]
        travellers = [k for k in roles.participants if k != state and sides.get(k, k) != state]
        if len(travellers) != 1 or not there:
            return
        roles.participants = [travellers[0], state]
        roles.received_by = state

    def _guest_set_off(self, level) -> list[str]:
        """"X held talks with the President of Y, Z, currently paying an official visit to the country": a
        participle the parser hung on the main verb, set off by a comma straight after the one person met, is that
        person's (a bare "X met Y, paying his first visit" stays the subject's)."""
        if level.dep_ != "advcl" or level.tag_ != "VBG" or level.head.pos_ != "VERB" \
                or level.lemma_.lower() not in ("pay", "make", "undertake", "visit"):
            return []
        left = level.left_edge
        if not any(c.dep_ == "advmod" and c.lower_ in ("currently", "now", "presently") and c.i < level.i
                   for c in level.children) or left.i < 2 or left.doc[left.i - 1].text != ",":
            return []
        last = left.doc[left.i - 2]
        node = last
        for _ in range(6):
            if node.dep_ == "dobj" or node.dep_ == "pobj" and node.head.lower_ != "of" or node.head == node:
                break
            node = node.head  # up from the name past "the President of Y,"
        if node.dep_ not in ("dobj", "pobj") or not any(a == level.head for a in node.ancestors) \
                or node.right_edge.i != last.i:
            return []
        if node.dep_ == "pobj" and not (node.head.dep_ == "prep" and node.head.lower_ == "with"):
            return []
        people = [k for k in self.parties.np_keys(node) if k.startswith("person:")]
        return people if len(people) == 1 else []

    def _counted_to(self, node) -> list[str]:
        """"(X's) first to Ghana", "the first he has made to Fiji": the states the counted trip's "to" phrase
        names."""
        heads = (node, *(v for v in node.children if v.dep_ == "relcl" and v.pos_ in ("VERB", "AUX")))
        return [m.key for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj"
                for m in self.actors.in_span(o.left_edge.idx, o.idx + len(o)) if m.type == "state"]

    def _received_in(self, roles: Roles, sent, sides: dict[str, str], join: bool) -> None:
        """The state of the visit's place receives it, unless a receiver or one of its own is named (join: it is
        then a party too)."""
        host = self.parties.host_of_place(roles.location, sent) if roles.location else None
        if host and not roles.received_by and not any(sides.get(k) == host for k in roles.participants):
            roles.received_by = host
            if join:
                roles.add([host])

    def _helper_roles(self, tok, kind: str, chain, roles: Roles, subjects: list[str]) -> list[str]:
        """Hosts and mediators among the governing subjects; the subjects left to take part."""
        if tok.lemma_.lower() in lx.HOSTING_VERBS and tok.pos_ == "VERB":
            agents = [k for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for k in self.parties.np_keys(o)]  # "X was received by Y": Y hosts, X is the guest
            roles.hosts.extend(k for k in agents or subjects if k not in roles.hosts)  # "X received Y": X hosts
        offered = next((v for v in chain[1:3] if v.lemma_.lower() in MEDIATE_VERBS and v.dep_ == "acl"
                        and v.head.lemma_.lower() in lx.PROPOSE_NOUNS), None)
        if offered is not None:  # "X rejected an offer by Y to mediate talks with Z": Y mediates, X and Z are parties
            offer = offered.head
            agents = [o for c in offer.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for o in c.children if o.dep_ == "pobj"] + [c for c in offer.children if c.dep_ == "poss"]
            roles.mediators.extend(k for a in agents for k in self.parties.np_keys(a) if k not in roles.mediators)
            roles.participants = [k for k in roles.participants if k not in roles.mediators]
            return [k for k in subjects if k not in roles.mediators]
        if kind == "mediation" or any(v.lemma_.lower() in MEDIATE_VERBS and v.pos_ == "VERB" for v in chain[1:3]):
            roles.mediators.extend(k for k in subjects if k not in roles.mediators)  # "Egypt brokered talks"
            others = [k for k in roles.participants if k not in roles.mediators]
            # "X offered to mediate between A and B": in a mediation the mediator takes part
            roles.participants = roles.mediators + others if kind == "mediation" else others
            subjects = []
        host = next((v for v in chain[1:4] if v.lemma_.lower() == "host" and (v.pos_ == "VERB" or infinitive(v))), None)
        if host is not None and proposal_noun(host.head) and host.dep_ in ("acl", "advcl", "xcomp"):
            host = None  # "X rejected Y's offer to host talks": Y would host, X is the other side
        if host is not None and tok.dep_ == "nsubjpass" and tok.head == host:  # "the summit was co-hosted by A and B"
            objs = [o for a in host.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            agents = [k for o in objs for k in self.parties.np_keys(o)]
            roles.location = roles.location or next(filter(None, map(self.parties.place_of, objs)), None)
            roles.hosts.extend(k for k in agents if k not in roles.hosts)
            if kind in _GATHERINGS and not roles.participants and _hosts_gather(tok):
                roles.add(agents)  # no one else named: the hosts are who it gathers
        if host is not None:
            roles.hosts.extend(k for k in subjects if k not in roles.hosts)  # "X hosted the talks"
            if not roles.counterpart and kind != "call" and not _bodys_gathering(kind, roles.participants) \
                    and not self._states_gathering(kind, roles.participants) \
                    and (roles.participants or kind not in _GATHERINGS or not _hosts_gather(tok)):
                subjects = []  # "X hosted talks between A and B"; but "X hosts talks with B" or a video call: X takes part
                # and "A and B co-hosted a conference on X" with no one else named: the hosts are who it gathers
        gathered = list(dict.fromkeys(roles.participants + subjects))
        if tok.pos_ == "NOUN" and not roles.hosts and _bodys_gathering(kind, gathered):
            roles.hosts.extend(self._host_after(tok))  # "a summit in Accra. Ghana said it would host": its host
        if roles.hosts and (_bodys_gathering(kind, gathered) or self._states_gathering(kind, gathered)):
            roles.add([k for k in roles.hosts if k.startswith(("state:", "org:"))])  # "the next SADC summit will be
            # hosted by Botswana", "a meeting of Mercosur ministers hosted by Uruguay": a body's host sits with it
        if roles.location is None and roles.hosts:  # "Tokyo has proposed hosting a summit"
            side = self._sides().get(roles.hosts[0], roles.hosts[0])  # a leader hosts in their state's capital
            roles.location = _host_capital(self._sent(tok), side) or self.parties.place_name(roles.hosts[0])
        return subjects

    def _host_after(self, tok) -> list[str]:
        """The state that takes on a body's gathering in words of its own after it: "..., which Tonga will host",
        "... a summit in Accra. Ghana's president said he would host", "Egypt offered to host it"."""
        no = self.sent_of[tok.i]
        heads = [tok, *(o for h in (tok, *([tok.head] if tok.dep_ == "dobj" else [])) for c in h.children
                        if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")]  # "in September, which X hosts"
        verbs = [c for h in heads for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() == "host"
                 and any(d.dep_ == "dobj" and d.lower_ in ("which", "that") for d in c.children)]
        told = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
        past = told.tag_ in ("VBD", "VBN") and told.dep_ == "ROOT"  # "the summit ended / X hosted ...": a held one,
        # whose host the next sentence tells in the past, not the next sitting's ("Kenya will host in 2092")
        if no + 1 < len(self.sents) and not any(trigger_type(t) for t in self.sents[no + 1] if t.pos_ == "NOUN"):
            verbs += [t for t in self.sents[no + 1] if t.lemma_.lower() == "host" and t.pos_ == "VERB"
                      and all(d.lower_ == "it" for d in t.children if d.dep_ == "dobj")
                      and (not past or t.tag_ in ("VBD", "VBN"))]
        sides = self._sides()
        for verb in verbs:
            subj = _subject_above(verb, ("xcomp", "ccomp", "conj"), ("VERB", "AUX"))  # "Egypt offered to host it"
            states = list(dict.fromkeys(sides.get(k, k) for k in self.parties.served_states(
                self.parties.np_keys(subj)))) if subj is not None else []  # "Ghana's president said he would host"
            if len(states) == 1 and states[0].startswith("state:"):
                return states
        return []

    def _states_gathering(self, kind: str, parties: list[str]) -> bool:
        """A gathering of one group of states named by their region or neighbourhood ("X will host a summit of Central
        Asian leaders", "a conference of Sudan's neighbours"): like a body's, its host is a side."""
        if kind not in _GATHERINGS or len(parties) != 1 or not parties[0].startswith(GROUP_PREFIX):
            return False
        if parties[0].endswith("-neighbours") or any(a in lx.REGIONS for a in self.actors.aliases.get(parties[0], ())):
            return True
        mention = next(iter(self.actors.by_key(parties[0])), None)
        words = mention.name.split() if mention is not None else []
        return len(words) >= 2 and words[0][:1].isupper() and mention.role_of is None \
            and words[-1].lower() in _STATES_MEMBERS and not any(w.lower() in lx.GENERIC_GROUPS for w in words)

    def _timing(self, tok, chain, gov, roles: Roles, claimed_on, occasion: int | None, placed: bool = True):
        """Status, time expression and day of one mention, seen from the day the claim was made; and whether it is a
        plan told as settled with no day."""
        if _remarks_before(tok):
            return "scheduled", None, claimed_on, False  # "Remarks with X before their meeting": after the remarks
        status = status_of(tok, chain)
        if status in _AHEAD_STATUSES | {None} and (off := trip_off(chain)) is not None:
            status = off  # "called off his trip to X, where he was to meet Y": the meeting falls with the trip
        levels = event_levels(tok, chain)
        sent = self._sent(tok)
        time, day = event_when(tok, levels, status, claimed_on, self.timexes)
        if time is None and (tail := _closing_tail(tok, chain)):  # "called on X and co-chaired Y in Hanoi on Friday"
            ahead = "future" if status in ("scheduled", "agreed", "proposed") else "past"
            closing = {t for c in tail for t in subtree_ids(c)}
            for other in dict.fromkeys(c.head for c in tail):
                if time is None:
                    time, day = day_of(other, self.timexes, claimed_on, ahead,
                                       set(subtree_ids(other)) - closing - {other.i})
        if time is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _GATHERINGS | {"session"}:
            for body in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                         if o.dep_ == "pobj" and o.lemma_.lower() in _SITTING_BODIES):
                # "a first meeting of a binational commission in Brasilia in October": the body's sitting's time
                time, day = event_when(body, [body], status, claimed_on, self.timexes) if time is None else (time, day)
        if status == "held" and day is not None and _timetable(levels, sent) and not has_begun(tok):
            ahead_time, ahead = event_when(tok, levels, "scheduled", claimed_on, self.timexes)
            if ahead is not None and claimed_on is not None and ahead > claimed_on:
                status, time, day = "scheduled", ahead_time, ahead  # "the summit opens on Saturday"
        if status == "held" and time is not None and time.text.lower().startswith("later ") and _ahead(levels):
            status = "scheduled"  # "later today he sits down with X", "will meet later this week"
        later = [c for v in chain[1:2] for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # "but were put off"
        if status == "cancelled" and (moved := rescheduled([v for v in chain[:4] + later if not _others_verb(v, tok)],
                                                           self.timexes, claimed_on)) is not None:
            status, (time, day) = "scheduled", moved  # "postponed to March 20": put off to a new date
        if status in ("cancelled", "declined") and day is not None and claimed_on is not None:
            ahead_time, ahead = event_when(tok, levels, "scheduled", claimed_on, self.timexes)
            if ahead is not None and ahead != day and (ahead - claimed_on).days <= (claimed_on - day).days:
                time, day = ahead_time, ahead  # "called off (will skip) Tuesday's talks": the nearer Tuesday
        if status == "cancelled" and day is not None and claimed_on is not None and time is not None \
                and bare_weekday(time.text) and abs((day - claimed_on).days) > 4 and not went_unheld(tok):
            day += timedelta(days=-7 if day > claimed_on else 7)  # "called off a meeting that had been set for
            time = replace(time, value=day.isoformat())  # Thursday", told on Friday: the nearer Thursday, just gone
        if status == "cancelled" and day is not None and claimed_on is not None and time is not None \
                and day < claimed_on and bare_weekday(time.text) and _called_off_now(chain) and not went_unheld(tok) \
                and not _plan_told_past(tok):
            ahead_time, ahead = event_when(tok, levels, "scheduled", claimed_on, self.timexes)
            if ahead is not None and claimed_on < ahead <= claimed_on + timedelta(days=7):
                time, day = ahead_time, ahead  # "the meeting X was to host on Tuesday has been called off", "the
                # summit, due to open on Saturday, has been put off": news of a plan dropped, its weekday still ahead
        if status == "scheduled" and _under_agreement(chain) and tok.lemma_.lower() not in lx.SIGN_VERBS:
            # (not "will sign an implementing arrangement under the treaty": the signing is the sides' own act)
            status = "agreed"  # "under the joint declaration, technical teams will meet in X in October"
        if status == "scheduled" and day is None and time is None and roles.participants:
            time = self._plan_before(tok, roles, claimed_on)  # "X will visit Y next month. He is expected to hold
            # talks with Z": the month or week of the plan told just before, about the same sides
        if status == "scheduled" and day is None and time is None:
            time, day = self._plan_beside(chain, claimed_on)
        unset = False
        if status == "scheduled" and day is None and time is None and not _timed_by_occasion(chain) \
                and occasion is None \
                and not _awaited(chain) and not vaguely_ahead(chain, self.timexes) \
                and not any(headline_future(v) or _under_way(v) or _announced(v) for v in chain):  # "plans to visit"
            status = "proposed" if any(v.lemma_.lower() in ("expect", "plan", "intend") for v in chain) else "agreed"
            unset = status == "agreed"
        if status == "held" and day is None and time is None and (_present(tok, gov) or _just_arrived(tok, chain)):
            day = claimed_on  # "are holding talks", "has arrived in Oslo for a visit": the day of the report
        if status == "held" and day is None and time is None and in_live_entry(self.sdoc, tok.idx):
            day = claimed_on  # "18:40 X and Y met on the sidelines": a live blog's entry tells the day's news
        if status == "held" and (day is None or roles.location is None) and roles.participants \
                and not (day is None and (_told_before(tok) or occasion not in (None, tok.idx) or _stretch(tok))):
            # "Following the talks, they signed ...": the talks told before, and what was done at them, take that day
            day, time = self._context(tok, roles, day, time, claimed_on, placed)
        if (status is None or status == "proposed" and tok.dep_ == "nsubj") and _weekday_owned(tok) \
                and claimed_on is not None:
            # "follows Wednesday's meeting between X and Y", "Thursday's meeting in X must deliver": the day
            # names one sitting, the nearer of the two that weekday can be; it took place or is set
            back = event_when(tok, levels, "held", claimed_on, self.timexes)
            ahead = event_when(tok, levels, "scheduled", claimed_on, self.timexes)
            if back[1] is not None and ahead[1] is not None and back[1] <= claimed_on < ahead[1]:
                past = claimed_on - back[1] <= ahead[1] - claimed_on
                status, (time, day) = ("held", back) if past else ("scheduled", ahead)
        if status is None and fronted_host(tok) and _past(tok.head.head):
            status = "held"  # "Hosting X in Berlin on Friday, Y said": the reception in the tense of its clause
        if status is None and any(c.dep_ == "amod" and c.lower_ in lx.UPCOMING for c in tok.children):
            status = "scheduled"  # "the upcoming meeting of X in London on Sunday": ahead, on the next Sunday
            time, day = event_when(tok, levels, status, claimed_on, self.timexes)
        elif status is None and day is not None and claimed_on is not None and day < claimed_on and (
                any(_past(v) or v.tag_ == "VBG" and v.dep_ == "advcl" and _past(v.head) for v in levels[1:3])
                or (ahead := event_when(tok, levels, "scheduled", claimed_on, self.timexes)[1]) is not None
                and ahead < claimed_on):
            status = "held"  # "X's meeting with Y on Wednesday was always going to be difficult": it took place
            # ("Referring to a call between them on Wednesday, X said": the participle in the tense of its verb)
        elif status is None and day is None and time is not None and time.latest is not None and claimed_on is not None \
                and time.latest < claimed_on and (ahead := event_when(tok, levels, "scheduled", claimed_on,
                                                                      self.timexes)[0]) is not None \
                and ahead.latest is not None and ahead.latest < claimed_on:
            status = "held"  # "the two ministers, meeting in X last month, failed to agree": a month wholly gone
        elif day is not None and claimed_on is not None and day > claimed_on and (
                status is None or status == "held" and tok.tag_ == "VBG"):
            status = "scheduled"  # "will fly to Doha on Tuesday, a day after meeting X": a day still to come
        elif status is None and day is None and time is not None and time.earliest is not None \
                and claimed_on is not None and time.earliest > claimed_on and tok.pos_ == "NOUN":
            status = "scheduled"  # "cleared the way for a meeting of the two ministers next week": a time to come
        if status == "held" and _ahead_of(time, day, [claimed_on, self.doc.published]):
            status = "scheduled"  # "heads to Lusaka next week for talks": a contact on a day still ahead is not held
        if status in ("declined", "cancelled") and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("after", "following") and day is not None and claimed_on is not None \
                and day < claimed_on:
            status = "held"  # "X will skip the summit after a meeting with Y on Monday": the meeting took place
        if status in _AHEAD_STATUSES and (_told_as_past(tok) or tok.tag_ == "VBG" and tok.dep_ == "pcomp"
                                          and tok.head.lower_ == "after" and day is not None
                                          and claimed_on is not None and day <= claimed_on):
            status = "held"  # "will convene talks, after a meeting with X that he described as constructive", "said
            # the cable would be laid, after meeting X" on a day gone: the adjunct's event took place
            time, day = event_when(tok, levels, status, claimed_on, self.timexes)
        if self._in_question(sent) and question_answer(tok) is None and (told := answered_status(tok)) is not None:
            status = told  # "Q: And the talks in Geneva next week? A: Those talks have been postponed to May."
            if told in ("proposed", "scheduled") and (span := answered_span(tok)) is not None:
                time, day = self._answer_when(span, claimed_on, time, day)  # "- We have proposed one for January.":
                roles.location = self._answer_place(span) or roles.location  # the answer's day and place
                if told == "proposed" and len(roles.participants) < 2:
                    roles.add(self._answerer_side(span))  # "- We have requested a meeting.": the answerer's side
        elif self._in_question(sent) and status in ("scheduled", "agreed") and question_answer(tok) == "yes" \
                and (span := answered_span(tok)) is not None \
                and (found := self._answer_when(span, claimed_on, None, None))[0] is not None:
            status, (time, day) = "scheduled", found  # "Will you meet him? - Yes, on Friday.": set for that day
            roles.location = self._answer_place(span) or roles.location
        elif self._in_question(sent) and (status == "held" or question_answer(tok) is None):
            status = None  # "Can you confirm the minister is going to Jakarta?": a question claims nothing (a "yes"
            # below it confirms a plan, not that it took place)
        elif status in ("scheduled", "proposed", "agreed") and called_off_after(tok):
            status = "cancelled"  # "X and Y had planned talks for May. They have now been called off."
        return status, time, day, unset

    def _answer_when(self, span: tuple[int, int], claimed_on, time, day):
        """The day (or coarser time) an answer gives the event its question asked of, read ahead; else the
        question's own."""
        doc = self.sdoc
        if re.search(r"\bnot\b|n't\b|\bnever\b", doc_text(doc)[span[0]:span[1]], re.I):
            return time, day  # "- Yes, but not before March.": no day it is set for
        ids = [t.i for t in doc.char_span(span[0], span[1], alignment_mode="expand") or []]
        tx = timex_among(ids, self.timexes, doc) if ids else None
        if tx is None or tx.type not in ("DATE", "TIME") or claimed_on is None:
            return time, day
        found = resolve_day(tx, claimed_on, "future")
        if found is not None and deadline(tx, doc):
            return by_month(replace(tx, value=found.isoformat(), anchored=True), found, doc), None  # "before
            # Christmas": by that month
        if found is not None:
            return replace(tx, value=found.isoformat(), anchored=True), found
        coarse = resolve(tx.text, claimed_on, tense="future") if tx.anchored else None
        if coarse is not None and coarse.value[:4].isdigit():  # "for January": the January to come
            return replace(tx, value=coarse.value, earliest=coarse.earliest, latest=coarse.latest), None
        return time, day

    def _answerer_side(self, span: tuple[int, int]) -> list[str]:
        """The side an answer's opening "we" (or "I") speaks for ("- We have requested a meeting in Asmara."): the
        body or state the answering spokesperson or minister stands for."""
        found = self.sdoc.char_span(span[0], span[1], alignment_mode="expand") or []
        words = [t for t in found if not t.is_punct and not t.is_space]
        label = next((i for i, t in enumerate(found) if t.text == ":" and i < 10), None)  # "SPOKESPERSON: We ..."
        if label is not None:
            words = [t for t in found[label + 1:] if not t.is_punct and not t.is_space]
        opened = len(words) > 1 and words[0].lower_ in ("well", "so", "yes", "indeed", "actually") \
            and words[1].lower_ in ("we", "i")  # "- Yes, we have ...": the word after the opener
        first = words[1] if opened else words[0] if words else None
        if first is None or first.lower_ not in ("we", "i") or first.dep_ != "nsubj":
            return []
        if keys := self.parties.np_keys(first):
            return keys
        if (speaker := self.parties.speaker_at(first.idx)) is not None and not self._mouthpiece(speaker):
            return [speaker]  # the minister who answers, by their label
        if first.lower_ == "we" and (body := self.parties._heading_body(self.sdoc) or self._heading_org()
                                     or self._heading_state()):
            return [body]  # "Noon briefing, UN Spokesperson's office ... SPOKESPERSON: We have requested": the UN
        return []

    def _heading_org(self) -> str | None:
        """The one body a briefing's heading names, and no state ("Noon briefing, UN Spokesperson's office"): the
        body its spokesperson's "we" speaks for."""
        words = [w.strip(",.:;()'\u2019").removesuffix("'s").removesuffix("\u2019s") for w in _heading(doc_text(self.sdoc)).split()]
        names = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)
                 if all(w[:1].isupper() for w in words[i:i + n])}
        found = {e.key: e.type for name in names if (e := gazetteer().lookup(name)) is not None}
        orgs = [k for k, kind in found.items() if kind == "organization"]
        return orgs[0] if len(orgs) == 1 and all(kind == "organization" for kind in found.values()) else None

    def _answer_place(self, span: tuple[int, int]) -> str | None:
        """The city an answer places the event its question asked of in ("a meeting in Asmara", "to host one in
        Termez"): the object of the answer's first "in" naming a place."""
        found = self.sdoc.char_span(span[0], span[1], alignment_mode="expand")
        for prep in (t for t in found or [] if t.dep_ == "prep" and t.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                name = capital_name(obj) or city_name(obj) or (entity_text(obj) if obj.ent_type_ == "GPE" else None)
                if name:
                    return name
        return None

    def _hosted_by(self, tok) -> list[str]:
        """The actor named in an "X-hosted" / "X-organised" modifier of an event noun, or its "which X will host"."""
        clause = hosting_clause(tok)  # "the summit, which Iraq will host in Baghdad": Iraq hosts and takes part
        found = [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 for k in self.parties.np_keys(c)] if clause else []  # (passive: "which X is set to host")
        if tok.pos_ != "NOUN":
            return found
        for mod in (c for c in tok.children if c.dep_ == "amod" and c.lower_ in _HOSTED):
            for m in (m for m in mod.children if m.dep_ in ("npadvmod", "compound", "amod") and m.i < mod.i):
                keys = self.parties.np_keys(m)
                entry = gazetteer().demonym(m.text) if not keys else None
                if entry is not None:  # "Moroccan-hosted": Morocco, named by its people's adjective only
                    self.actors.add(ActorMention(m.idx, m.idx + len(m), m.text, entry.key, entry.name, "state",
                                                 "demonym"))
                    keys = [entry.key]
                found += [k for k in keys if k not in found]
        kids = list(tok.children)
        if any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in kids):
            return found  # "the summit, hosted by X": the gathering told before, with the parties it had
        for part in (c for c in kids if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _HOSTED):
            found += [k for a in part.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                      for k in self.parties.np_keys(o) if k not in found]  # "a summit convened by X": X hosts it
        return found

    def _unnamed_host(self, tok, roles: Roles, offices: list[str]) -> None:
        """A reception whose host is named by title only takes the state of the place it is held in."""
        host = self.parties.host_of_place(roles.location, self._sent(tok))
        sides = self._sides()
        subj = _controller_subject(tok)
        holder = self._named_holder(subj, host) if subj is not None and self._bare_title(subj) else None
        if holder is not None and holder not in roles.participants:
            roles.participants = [k for k in roles.participants if k not in offices]
            roles.add([holder])  # "The Prime Minister will host X ... Prime Minister Y confirmed": Y hosts
            roles.hosts.append(holder)
            return
        if host and not any(k == host or sides.get(k) == host for k in roles.participants if k not in offices):
            roles.participants = [k for k in roles.participants if k not in offices]
            roles.add([host])
            roles.hosts.append(host)

    def _named_holder(self, subj, state: str | None) -> str | None:
        """The one person the article names with a bare title's office and no other state: the same office-holder."""
        title = " ".join(t.lower_ for t in self._title_words(subj))
        sides = self._sides()
        found = {m.key for m in self.actors if m.type == "person" and m.kind != "unnamed"
                 and sides.get(m.key, state) == state and any(same_title(role, title)
                                                              for role, _ in self.actors.roles_of(m.key))}
        return found.pop() if len(found) == 1 else None

    def _purpose_roles(self, tok, kind: str, roles: Roles) -> None:
        """"sent a delegation to Cairo for talks", "welcomed X to Beijing for a summit": guests and destination."""
        verb = _purpose_verb(tok)
        if verb is None or verb.pos_ != "VERB":
            return
        together = any(c.lower_ == "together" for c in (*verb.children, *tok.head.children))
        if verb.lemma_.lower() in lx.MEET_HOSTS | lx.CONVENE_VERBS or together:
            # "welcomed X to Beijing for a summit", "bring A and B together for talks", "convened the delegations of
            # A and B for a round of talks": the object takes part
            roles.add([k for c in verb.children if c.dep_ == "dobj" for k in self.parties.np_keys(c)])
        towards = ("to", "into", "for") if verb.lemma_.lower() in lx.DEPART_VERBS else ("to", "into")  # "left for X"
        dest = next((o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in towards
                     for o in c.children if o.dep_ == "pobj" and is_place(o)), None)
        if dest is None:
            return
        place = entity_text(dest)
        roles.location = roles.location or place
        if len(roles.participants) >= 2 or kind in ("summit", "conference"):
            return  # "flew to Brussels for a NATO summit": the city's state is no party of a gathering
        host = self.parties.host_of_place(place, self._sent(tok))
        sides = self._sides()
        if host and not any(k == host or sides.get(k) == host for k in roles.participants):
            roles.add([host])  # "a delegation to Addis Ababa for talks": Ethiopia is the other side

    def _companions(self, chain) -> list[str]:
        """"a meeting on Monday, joined by X" / "talks attended by X" / "a conference co-chaired by X and Y" /
        "..., with X attending" / "..., with X and Y expected to attend": X takes part too."""
        found = [k for v in chain[:3] if v.pos_ in ("VERB", "NOUN")
                 for c in v.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"
                 and (c.lemma_.lower() in ("join", "attend") or c.lower_ in lx.CO_LEAD_FORMS)
                 for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                 for k in self.parties.np_keys(o)]
        if len(chain) > 2 and chain[1].lower_ == "for" and chain[2].lemma_.lower() == "join" \
                and chain[2].pos_ == "VERB":
            found += [k for c in chain[2].children if c.dep_ == "dobj" for k in self.parties.np_keys(c)]  # "A will
            # join X in Y for a summit": X takes part with A
        held = next((v for v in chain[1:4] if v.pos_ == "VERB" and v.lemma_.lower() == "hold"
                     and any(c.dep_ == "auxpass" for c in v.children)), None)
        if held is not None and chain[0].pos_ == "NOUN":  # "the next round of talks will be held in X with
            found += [k for o in with_objects(held) for k in self.parties.np_keys(o)]  # delegations from A, B and C"
        for v in (v for v in chain[:3] if v.pos_ in ("VERB", "AUX")):
            clauses = [c for c in v.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with"
                                                                          for m in c.children)]
            clauses += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pcomp"]
            for clause in clauses:  # "with Xi expected to attend": the clause's verb, or its complement, joins
                if any(_joins(w) for w in (clause, *(x for x in clause.children if x.dep_ == "xcomp"))):
                    found += [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                              for k in self.parties.np_keys(c)]
        return found

    def _traveller_there(self, chain) -> list[str]:
        """"X flies to Addis Ababa on Friday, where African Union leaders hold their annual summit": who travels to
        the place a gathering's "where" clause is told at takes part in it (the parser hangs the clause on the city,
        on the trip's day or on the trip itself)."""
        for verb in chain[1:4]:
            clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ in ("relcl", "advcl") else verb
            if clause.dep_ not in ("relcl", "advcl") \
                    or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
                continue
            trip = clause.head
            if clause.dep_ == "relcl":  # "to Addis Ababa, where", "on Friday, where": up to the verb of the trip
                trip = trip.head.head if trip.dep_ == "pobj" else trip.head if trip.dep_ == "npadvmod" else trip
            towards = ("to", "for") if trip.lemma_.lower() in lx.DEPART_VERBS else ("to",)
            gone = trip.lemma_.lower() in lx.TRAVEL_VERBS | lx.DEPART_VERBS and any(
                c.dep_ == "prep" and c.lower_ in towards and any(o.dep_ == "pobj" and is_place(o) for o in c.children)
                for c in trip.children)
            subj = _controller_subject(trip) if gone else None
            return self.parties.np_keys(subj) if subj is not None else []
        return []

    def _returning_host(self, tok, kind: str, chain) -> str | None:
        """"X invited his host to pay a return visit": the host is the state the trip told before went to."""
        verb = next((v for v in chain[1:4] if v.lemma_.lower() in lx.OBJECT_CONTROL), None)
        host = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "host"
                     and not self.parties.np_keys(c)), None) if kind == "visit" and verb is not None else None
        trips = [dests[0][0] for i, (dests, _) in sorted(self.trips.items()) if i < tok.i and dests]
        return trips[-1] if host is not None and trips else None

    def _invitees(self, chain) -> list[str]:
        """The object of "invite/urge/ask ... to <event>"."""
        verb = chain[2] if len(chain) > 2 and chain[1].pos_ == "ADP" and chain[1].lower_ in ("to", "for") else None
        if verb is None or verb.lemma_.lower() not in lx.OBJECT_CONTROL:
            return []
        return [k for c in verb.children if c.dep_ == "dobj" for k in self.parties.np_keys(c)]

    def _inviters(self, chain) -> list[str]:
        """The subject of "invite" above the verb a meeting is the object of ("X invited Y to hold talks")."""
        verb = next((v for v in chain[1:3] if v.pos_ == "VERB"), None)
        if verb is None or verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lemma_.lower() != "invite":
            return []
        subj = _controller_subject(verb.head)
        return self.parties.np_keys(subj) if subj is not None else []

    def _offer_of_pronoun(self, chain) -> list[str]:
        """An offer owned by a pronoun ("its offer") that someone else is asked to answer: the asker's."""
        offer = next((v for v in chain[1:4] if proposal_noun(v)), None)
        if offer is None or offer.dep_ != "dobj" or not any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                                             for c in offer.children):
            return []
        verb = offer.head
        if verb.lemma_.lower() not in lx.AGREE and verb.lemma_.lower() not in lx.DECLINE \
                or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp") or verb.head.pos_ != "VERB":
            return []  # "X rejected its offer": whose offer the sentence does not say
        subj = _controller_subject(verb.head)
        if subj is None:
            return []
        return self.parties.np_keys(subj) or [  # "South Korea's unification ministry": South Korea's offer
            k for c in subj.children if c.dep_ == "poss" and subj.lemma_.lower() in _GOVERNMENT_WORDS
            for k in self.parties.np_keys(c)]

    def _addressees(self, tok) -> list[str]:
        """The object or "with" partner of the verb a call or meeting frames ("told Y in a phone call", "assured Y
        during talks", "exchanged views with Y during a call")."""
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ("in", "during", "at") or prep.head.pos_ != "VERB":
            return []
        objects = [c for c in prep.head.children if c.dep_ in ("dobj", "dative")]
        heads = [prep.head, *objects]  # "discussed X with Y", "exchanged views with Y during a phone call"
        objects += [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children if o.dep_ == "pobj"]
        return [k for o in objects for k in self.parties.np_keys(o)]

    def _notified(self, chain, one: bool) -> list[str]:
        """"X notified / informed / told Y that it was calling off the talks": Y, the side the clause is told to
        (and X, when the clause's own subject is a pronoun no one was found for, and ``one`` side is not known)."""
        clause = next((v for v in chain[1:4] if v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp"
                       and v.head.lemma_.lower() in _NOTIFY_VERBS), None)
        if clause is None or status_of(clause) not in ("cancelled", "declined") and not lemma_is(
                clause, lx.CANCEL, lx.CANCEL_PHRASES):
            return []
        told = [k for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"
                for k in self.parties.np_keys(c)]  # (not "an official tells us")
        teller = _controller_subject(clause.head)
        if told and not one and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in clause.children) \
                and teller is not None:
            told = [k for k in self.parties.np_keys(teller) if k not in told] + told
        return told

    def _mouthpiece(self, key: str) -> bool:
        """"SPOKESMAN:" in a transcript: an actor named only by a spokesperson's title speaks, never meets."""
        name = (self.actors.name_of(key) or "").lower()
        words = name.split()  # "Spokesperson", "Deputy Government Spokesperson", "Prime Minister's Press Secretary"
        return bool(words) and (words[-1].startswith(_MOUTHPIECES[0]) or name.endswith(_MOUTHPIECES[1]))

    def _principal(self, key: str) -> bool:
        """True for a speaker who acts for themself (a leader, a state), not a spokesperson or aide."""
        roles = " ".join(role.lower() for role, _ in self.actors.roles_of(key))
        name = (self.actors.name_of(key) or "").lower()
        text = doc_text(self.sdoc)
        if not roles and all(speaker_label(m.start, m.end, text) for m in self.actors.by_key(key)):
            return False  # "MS X:" in a briefing, of no office told: who gives the briefing, not who meets
        return not any(word in roles for word in _MOUTHPIECES) and not any(desk in name for desk in _PRESS_DESKS)

    def _context(self, tok, roles: Roles, day, time, dct, placed: bool = True):
        """A held event without day or place takes them from a nearby sentence about its participants (a call, which
        has no place, only its day)."""
        here = self.sent_of[tok.i]
        sides, mine = self._sides(), set(roles.participants)
        parties = mine | {sides[k] for k in mine if k in sides}
        for sent in self.sents[max(here - 2, 0):here + 1][::-1]:  # this sentence and the two before
            root = sent.root
            told = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")] \
                if is_speech_verb(root) else []  # "Our correspondent reports that X landed in Beirut this morning"
            root = next((v for v in [root, *told[:1]] if self._about(v, parties)), None)
            if root is None:
                continue
            if day is None and time is None and tense_of(root) != "future":  # (not "will lead the delegation to
                # Riyadh next Tuesday. Earlier, X received Y, where they signed an MoU": a held event's day is no plan's)
                time, day = day_of(root, self.timexes, dct, "past", source_words(root))
            if day is None and time is None and _said_after(root, tok):
                for told in (c for c in root.children if c.dep_ == "ccomp" and c.i < root.i):
                    time, day = day_of(told, self.timexes, dct, "past")  # "A and B agreed on Tuesday to ..., X said
                    # after meeting Y": what was said came of that day's meeting
            if roles.location is None and placed and self._about(root, mine) and not _semicolon_apart(tok, root):
                roles.location = self.parties.place_of(root)  # the states' sentence dates, not places, their envoys
            if day is not None or time is not None:
                break  # "X earlier Thursday had ... . He wrote ... . X later spoke with Y": the day read back
        if day is None and time is None and _in_sequence(tok):
            for sent in self.sents[max(here - 2, 0):here][::-1]:  # "X held talks with Y on Tuesday. ... Z later
                root = sent.root  # received Y": what followed the story's last event told took place on its day
                if tense_of(root) != "past" or is_speech_verb(root) and any(c.dep_ == "ccomp" for c in root.children):
                    continue  # ("the ministry said on Monday that ...": the day of a saying)
                if (found := day_of(root, self.timexes, dct, "past", source_words(root)))[1] is not None:
                    return found[1], found[0]
        return day, time

    def _plan_before(self, tok, roles: Roles, dct) -> Timex | None:
        """An undated plan's month or week from the sentence before about its participants, when that one tells a time
        to come (the previous sentence only: a plan's follow-up, not a story's earlier news; never a day, which may be
        the day of setting out)."""
        here = self.sent_of[tok.i]
        if here == 0 or dct is None:
            return None
        sides, mine = self._sides(), set(roles.participants)
        parties = mine | {sides[k] for k in mine if k in sides}
        root = self.sents[here - 1].root
        told = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")] \
            if is_speech_verb(root) else []
        root = next((v for v in [root, *told[:1]] if self._about(v, parties, sides) and tense_of(v) == "future"
                     and v.lemma_.lower() not in lx.DEPART_VERBS), None)  # (not "will leave X this weekend")
        if root is None:
            return None
        time = timex_among(own_tokens(root, source_words(root)), self.timexes, self.sdoc)
        if time is None or time.type != "DATE" or not time.anchored or time.earliest is None or time.earliest < dct \
                or not (_MONTH_OR_WEEK.fullmatch(time.value) or _while_there(tok) and time.earliest == time.latest):
            return None
        return time

    def _plan_beside(self, chain, dct) -> tuple[Timex | None, date | None]:
        """"Will attend the summit in X on Jan. 12 and will hold a bilateral meeting there": an undated plan whose
        verb is joined to a dated plan of the same subject is part of it, on its time."""
        verb = next((v for v in chain[:3] if v.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None, None
        first = verb.head
        if is_speech_verb(first):  # "X will attend Y on Monday, his office said, and will meet Z there": the
            first = next((c for c in first.children if c.dep_ == "ccomp" and c.i < first.i), first)  # plan told
        if first.pos_ not in ("VERB", "AUX") or tense_of(first) != "future":
            return None, None
        return day_of(first, self.timexes, dct, "future", set(subtree_ids(verb)))

    def _about(self, verb, parties: set[str], sides: dict[str, str] | None = None) -> bool:
        """Whether a verb's subject or object ("X received Y today. Y later met Z": Y; "A and B agreed today, after
        their ministers met": the ministers' states) is among the participants or their states."""
        subj = _controller_subject(verb)
        about = [subj] if subj is not None else []
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        about += objs
        keys = {k for w in about for k in self.parties.np_keys(w)}
        if sides is not None:  # "X will pay a state visit to Tashkent next month. The two heads of state will ...":
            ends = [o for w in (verb, *objs) for p in w.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]  # the state the trip is to
            keys |= {k for o in ends for k in (*self.parties.np_keys(o), city_state(o.text) or "")}
        return bool((keys | {sides[k] for k in keys if k in sides} if sides else keys) & parties)  # (sides: "X will
        # visit Y. The two heads of state will ...": X's state among the participants)

    def _received_guest(self, verb) -> list[str]:
        """The guest a reception verb names as its object ("received his counterpart Y"), in the active voice."""
        if verb.lemma_.lower() not in lx.MEET_HOSTS - {"meet"} or any(c.dep_ == "auxpass" for c in verb.children):
            return []
        return [k for c in verb.children if c.dep_ == "dobj" for k in self.parties.np_keys(c)]

    def _governing_subjects(self, tok, chain) -> list[str]:
        """The actors doing the verb above the trigger ("X held talks", "X arrived at the summit")."""
        levels = chain[1:] if tok.pos_ != "VERB" or nominal_gerund(tok) else chain  # "the leaders meeting": a noun
        if fronted_host(tok):
            levels = [tok.head.head]  # "Hosting X in Berlin, Y said": Y hosts
        if len(chain) > 2 and chain[-2].pos_ == "ADP" and chain[-1].dep_ == "npadvmod":
            levels = [*levels, chain[-1].head]  # "X called off the trip, his office said, a day after talks with Y"
        titled_below = False  # a bare title the climb has passed as a subject
        for level in levels:
            if level.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lemma_.lower() in ("visit", "trip") and (guest := self._received_guest(level)):
                return guest  # "X received (welcomed) Y at the start of a visit": Y is the one visiting
            if tok.lemma_.lower() in ("visit", "trip") and (guest := self._guest_set_off(level)):
                return guest  # "held talks with Y, currently paying a visit to the country": Y visits
            subj = _controller_subject(level)
            if subj is not None and _line_label(subj):
                subj = _name_before(level)  # "Lin Jian: ... Foreign Minister X will pay a visit": X, not the speaker
            if level.dep_ == "relcl" and subj is not None and subj.lower_ in _RELATIVES \
                    and not any(c.dep_ == "xcomp" and c.left_edge.i <= tok.i <= c.right_edge.i for c in level.children):
                # not "who invited X to visit" (but "who is on a visit to X to review Y": the trip's purpose after it)
                subj = level.head  # "met Y, who is on a state visit to China": Y visits (not "a deal, which ...")
                if subj.dep_ == "appos" and subj.head.conjuncts and level == tok and not _met_whom(level):
                    subj = subj.head  # "A and the chair of B, Y (who met in X on Monday)": the pair met each other
            elif level == tok and level.dep_ == "relcl" and subj is not None and subj.lower_ == "which" \
                    and (keys := self.parties.np_keys(level.head)) and all(k.startswith("org:") for k in keys):
                return keys  # "the bloc's Authority of Heads of State, which meets in Abuja": the body meets
            if level.dep_ == "relcl" and subj is not None and subj.dep_ == "conj":
                first = subj
                while first.dep_ == "conj" and first.head != first:
                    first = first.head
                if first.dep_ in ("nsubj", "nsubjpass"):
                    subj = first  # "A and B, who last met in May, agreed ...": the subject pair both met
            if titled_below and subj is not None and subj.pos_ == "PRON":
                return []  # "the Secretary travels to X, where she will meet Y": the office, not whom "she" is above
            keys = self.parties.np_keys(subj) if subj is not None else []
            titled_below = titled_below or not keys and subj is not None and subj.dep_ == "nsubj" \
                and self._bare_title(subj)
            if not [k for k in keys if not self._mouthpiece(k)] and level.i < tok.i and is_speech_verb(level) \
                    and (told := next((c for c in level.children if c.dep_ == "ccomp" and c.i < level.i), None)):
                subj = _controller_subject(told)  # "X will skip the summit, his spokesman said, after a meeting with
                keys = self.parties.np_keys(subj) if subj is not None else []  # Y": X met Y, not the spokesman
            if not keys and subj is not None and (partner := self._body_partner(subj)):
                above = next((found for v in chain[chain.index(level) + 1:] if v.pos_ in ("VERB", "AUX")
                              and (s := _controller_subject(v)) is not None and (found := self.parties.np_keys(s))), [])
                return above + [k for k in partner if k not in above]  # "X proposed that the Cooperation Council with
                # Y meet": X's side and Y
            if subj is not None and subj.lemma_.lower() in lx.JOINT_BODIES and all(k.startswith("org:") for k in keys) \
                    and len(sides := self._body_owners(subj) or self._agreeing_sides(level)) >= 2:
                return sides
            if subj is not None and _delegated(subj, tok) and not [k for k in keys if not self._mouthpiece(k)] \
                    and len(sides := self._agreeing_sides(level)) >= 2 and all(k.startswith("state:") for k in sides):
                return sides  # "the two leaders agreed that officials (the next session) would meet": their states
            if not keys and subj is not None and subj.lower_ in _STYLES:  # "His Highness the Emir of Kuwait
                keys = [k for c in subj.children if c.dep_ == "appos"  # received": the titled state or person
                        for k in self.parties.np_keys(c) if k.startswith(("state:", "person:"))]
            if keys:
                return self._group_proposer(level, tok) + keys
        noun = tok.head if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" else None
        if noun is not None and noun.head.pos_ == "VERB":
            subj = _controller_subject(noun.head)
            return self.parties.np_keys(subj) if subj is not None else []
        return []

    def _group_proposer(self, level, tok) -> list[str]:
        """"Kazakhstan has proposed that the five Central Asian foreign ministers meet in Almaty": the state proposing
        a group's or body's own meeting is one of its sides (not one proposing that two named sides meet, nor that the
        group meet others: "that the Forum's ministers hold a meeting with Chinese officials")."""
        if level.dep_ != "ccomp" or level.head.lemma_.lower() not in _GROUP_PROPOSALS \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in (*level.children, *tok.children)):
            return []
        subj = _controller_subject(level)
        if subj is None or subj.tag_ not in ("NNS", "NNPS") and not subj.lower_ in ("bloc", "group") \
                or not all(k.startswith((GROUP_PREFIX, "org:")) for k in self.parties.np_keys(subj)):
            return []
        proposer = _controller_subject(level.head)
        keys = self.parties.served_states(self.parties.np_keys(proposer)) if proposer is not None else []
        return [k for k in keys if k.startswith("state:")][:1] if len(keys) == 1 else []

    def _body_partner(self, body) -> list[str]:
        """"the High-Level Cooperation Council with Y": the other side a joint body names by "with"."""
        if body.lemma_.lower() not in lx.JOINT_BODIES:
            return []
        return [k for c in body.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj" for k in self.parties.np_keys(o)]

    def _body_owners(self, body) -> list[str]:
        """"the two countries' joint commission would meet", "their joint committee": the states whose body it is."""
        keys = [k for c in body.children if c.dep_ == "poss" for k in self.parties.np_keys(c)]
        states = [k for k in self.parties.served_states(keys) if k.startswith("state:")]
        return states if len(states) >= 2 else []

    def _agreeing_sides(self, level) -> list[str]:
        """"A and B agreed that the joint commission would meet": the sides who agreed meet through their body (the
        states its agreeing ministers serve)."""
        verb = level.head if level.dep_ == "ccomp" and level.head.lemma_.lower() in _AGREEING else None
        subj = _controller_subject(verb) if verb is not None else None
        return self.parties.served_states(self.parties.np_keys(subj)) if subj is not None else []


_AHEAD_STATUSES = frozenset({"scheduled", "agreed", "proposed"})
_MONTH_OR_WEEK = re.compile(r"\d{4}-(?:\d{2}|W\d{2})")  # a plan's month or week (not a day, weekend or year)
_GROUP_WORDS = frozenset("both they all".split())


def _delegated(subj, tok) -> bool:
    """An agreed meeting's subject naming no one: unnamed people sent by the sides ("officials", "senior diplomats"),
    an unnamed body of theirs ("the joint commission") or the sitting itself ("the next session would be held")."""
    lemma = subj.lemma_.lower()
    return subj == tok or subj.pos_ == "NOUN" and (lemma in lx.GROUP_NOUNS or lemma in lx.JOINT_BODIES
                                                   or lemma in lx.ROUND_NOUNS)


def _round_of(tok):
    """The round (session) noun a trigger is or is "of" ("a round of talks"), when it has a possessive owner or a
    body after "of"; else None."""
    rnd = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if rnd.lemma_.lower() not in lx.ROUND_NOUNS or rnd.pos_ != "NOUN":
        return None
    return rnd if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in rnd.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in rnd.children) else None


def _weekday_owned(tok) -> bool:
    """"Wednesday's meeting", "Friday's talks": an event noun owned by a bare weekday."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and bare_weekday(c.text) for c in tok.children)


def _received_for_talks(verb) -> bool:
    """"had been expected to receive him for talks": the talks named are the event called off, not a trip."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lower_ in lx.TRIGGER_NOUNS or o.lemma_.lower() in lx.TRIGGER_NOUNS) for o in c.children)
        for c in verb.children)


def _agreed_sitting(tok) -> bool:
    """"The two sides agreed that the joint commission would meet": a sitting the sides agree on is a further one,
    not one told before."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in _AGREEING


def _venue_named(tok):
    """"offered X as a venue for the talks", "X was chosen as the venue for the summit": the place named the venue."""
    venue = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if venue is None or venue.lemma_.lower() != "venue" or venue.dep_ != "pobj" or venue.head.lower_ != "as":
        return None
    verb = venue.head.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN"), None)


_PLANS = frozenset({"agreed", "proposed"})
_NOTIFY_VERBS = frozenset("notify inform tell advise".split())
_GROUP_PROPOSALS = frozenset("propose suggest".split())  # "X proposed that the region's ministers meet"
_AGREEING = lx.AGREE | frozenset({"decide", "resolve"})  # "the two sides decided that the consultations would ..."


def _offer_asked(tok) -> bool:
    """A question naming talks with no status read may still ask about an offer, which its paragraph's own words
    tell ("X's offer of talks", "X has invited you to ...")."""
    text = doc_text(tok.doc)
    first, end = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
    span = tok.doc.char_span(first, len(text) if end < 0 else end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _OFFER_WORDS for t in span)


_OFFER_WORDS = frozenset("propose suggest offer invite invitation proposal".split())  # an offer asked about


def _asks(text: str) -> bool:
    """Only a text with a question (a line ending on "?" or opening on an asker's "Q:") can hold an answer to an
    offer it asks about; a cheap test before reading its turns."""
    return "?\n" in text or "\nQ" in text or "?" in text[-2:]


def _yes_or_no(verb) -> str | None:
    """"said yes", "said no": the answer a bare "yes" or "no" under "say" gives (None for any other verb)."""
    if verb.lemma_.lower() not in _SAY_YES_OR_NO or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c.lower_ for c in verb.children if c.dep_ in ("intj", "dobj", "advmod", "ccomp")
                 and c.lower_ in ("yes", "no") and not any(c.children)), None)


def _all_invited(subj) -> bool:
    """"Both", "they", "All four", "the three leaders": a subject counting the sides as one group, who answer an
    invitation together."""
    return subj.lower_ in _GROUP_WORDS or subj.tag_ == "CD" or any(
        c.dep_ in ("det", "predet", "nummod") and (c.lower_ in _GROUP_WORDS or c.tag_ == "CD") for c in subj.children)


def _city_within(city: str | None, state: str) -> bool:
    """Whether a place is a city of the state another names ("Tashkent" within "Uzbekistan")."""
    entry = gazetteer().lookup(state)
    return city is not None and entry is not None and entry.type == "state" and city_state(city) == entry.key


def _inviting_verb(tok):
    """"X invited Y to Ottawa for an official visit": the verb "invite" whose "for" the visit noun hangs on, when it
    names its guest (an object) and a place they are invited to ("to Ottawa"), else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "invite" or not any(c.dep_ == "dobj" for c in verb.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and is_place(o)
                                                                   for o in c.children) for c in verb.children):
        return None
    return verb


_INVITE = frozenset({"invite"})


def _invited_place(tok) -> str | None:
    """The place a meeting's own sentence invites its guest to ("invited him to Berlin, and we will sit down")."""
    if not any_word(tok.doc, _INVITE, "LEMMA"):
        return None  # (one look per document: the sentence is walked only where an invitation is told)
    invite = next((t for t in tok.sent if t.lemma_.lower() == "invite" and t.pos_ == "VERB" and t.i < tok.i), None)
    if invite is None or trigger_type(invite) is not None:
        return None
    return next((p for c in invite.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                 if o.dep_ == "pobj" and (p := where_place(o))), None)


def _there_asked(chain) -> str | None:
    """"A: I met him there on Thursday" below a question on a place: the place asked about."""
    there = next((c for v in chain[:3] if v.pos_ in ("VERB", "AUX") for c in v.children
                  if c.dep_ == "advmod" and c.lower_ == "there"), None)
    return asked_place(there) if there is not None else None


def _where_place(chain) -> str | None:
    """"left Abuja for Accra, where he will attend the summit (and hold talks)", "for Accra, where he is expected to
    hold talks" (the "where" on a verb below the clause's), "returns to Accra today, where ..." (the clause hung on the
    trip's day): the place the "where" is."""
    for n, verb in enumerate(chain[:4]):
        clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
        if clause.dep_ != "relcl" or not any(c.lower_ == "where" for v in (*chain[:n], clause) for c in v.children):
            continue
        if is_place(clause.head):
            return entity_text(clause.head)
        if clause.head.ent_type_ in ("DATE", "TIME"):
            return where_place(clause.head)
    return None


def _told_as_past(tok) -> bool:
    """"after a meeting in X on Tuesday that he described as constructive": an adjunct's event noun whose own relative
    clause tells it in the past."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("after", "following"):
        return False
    after = tok.right_edge.i + 1  # (the parser may hang "that he described as ..." on the verb above)
    rel = tok.doc[after] if after < len(tok.doc) else None
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" and any(r.lower_ in ("that", "which") for r in c.children)
               for c in tok.children) \
        or rel is not None and rel.lower_ in ("that", "which") and rel.head.tag_ == "VBD" and rel.head.i > rel.i


def _met_whom(verb) -> bool:
    """"who met X": a meeting verb that names who was met (an object or a "with" phrase)."""
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _receives(tok) -> bool:
    """"X received the Prime Minister of Y, Z,": a reception's subject is its host, however many its guests' names."""
    if ceremonial(tok):
        tok = credentials_held(tok).head  # "received the credentials of A and B", "granted an audience to X": the
        # subject hosts
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _RECEIVING_VERBS and not any(
        c.dep_ == "auxpass" for c in tok.children)


def _of_their_body(tok) -> bool:
    """"postponed the meeting of their joint commission": a meeting the "of" phrase tells whose, not one told
    before; its sides are the subject's."""
    return any(o.lemma_.lower() in lx.JOINT_BODIES and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")


def _said_after(verb, tok) -> bool:
    """"..., X said after talks with Y": a report whose words follow the contact told in its "after" phrase."""
    return is_speech_verb(verb) and any(c.dep_ == "prep" and c.lower_ in ("after", "following") and tok in c.subtree
                                        for c in verb.children)


def _sitting_called(tok) -> bool:
    """"agreed to convene the joint commission", "will hold the tripartite mechanism": its members call a sitting of
    their standing body, not the one told before."""
    return tok.lemma_.lower() in lx.JOINT_BODIES | lx.JOINT_ONLY_BODIES and tok.head.lemma_.lower() in _CALLED_SITTINGS


_CALLED_SITTINGS = frozenset("hold convene reconvene".split())


def _co_chaired(tok) -> bool:
    """The object of "co-chaired with Y" the parser hung on Y as an apposition, when that verb is the meeting itself."""
    if tok.dep_ == "dobj" and tok.head.lower_ in lx.CO_LEAD_FORMS and tok.lemma_.lower() in lx.JOINT_BODIES \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.head.children, *tok.subtree)) \
            and any(t.dep_ == "prep" and t.lower_ == "with" for t in tok.head.subtree):
        return True  # "will co-chair the Bi-National Commission at ministerial level with her counterpart" (the
        # "with" hung lower down): the co-chairs' meeting is the body's sitting, told with the counterpart
    verb = tok.head.head.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with" \
        else None
    return verb is not None and verb.lower_ in lx.CO_LEAD_FORMS and trigger_type(verb) == "meeting"


def _numbered(tok) -> bool:
    """"hold the XIV High-Level Meeting", "convene the 9th Joint Commission": a numbered occurrence of a series, a
    further one its holders name, not one told before."""
    return any(c.dep_ in ("compound", "amod", "nummod") and (_SERIES_NUMBER.fullmatch(c.text) is not None)
               for c in tok.children)


def _onward(tok) -> bool:
    """"met X on Monday before flying to Rome": the trip starts once the sentence's contact is over."""
    return tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "before"


def _instead(chain) -> bool:
    """"proposed instead that the ministers meet", "will instead hold a call", "suggested that they meet in Amman
    instead": told in place of another contact (an "instead" on the trigger's verb or a verb above it)."""
    return any(_bare_instead(v.children) for v in chain[:4] if v.pos_ in ("VERB", "AUX"))


def _bare_instead(kids) -> bool:
    """A lone "instead" among a verb's children puts what it tells in another's place (not "instead of X")."""
    return any(c.dep_ == "advmod" and c.lower_ == "instead" and not list(c.children) for c in kids)


_SEQUEL_WORDS = frozenset("later afterwards then subsequently earlier also".split())


def _sequel(tok, chain) -> bool:
    """"X later met Y", "Earlier the same day, X held talks with Y", "X also met Y": a contact told beside another
    one of the narrative, apart from it."""
    verb = tok if tok.pos_ == "VERB" else next((v for v in chain[1:2] if v.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ in ("advmod", "npadvmod") and c.left_edge.lower_ in _SEQUEL_WORDS
                                    for c in verb.children)


def _last_time(tok) -> bool:
    """"The two leaders last met in May", "who last visited Rome in 2019", "the talks, which were last held in
    2024", "the meeting was last held in 2045", "last held a summit in 2031": the occurrence before this one."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and _last_time(tok.head) \
            or tok.n_rights > 0 and any(c.dep_ == "relcl" and c.pos_ == "VERB" and _last_time(c) for c in tok.rights)
    return tok.pos_ == "VERB" and any(c.lower_ == "last" and (c.dep_ == "advmod" or c.dep_ == "nsubj" and any(
        g.dep_ == "nummod" for g in c.children)) for c in tok.children)  # ("The two last met": "last" parsed as the
    # subject the count hangs on)


def _visit_host_met(visit: Event, event: Event, sides: dict[str, str]) -> bool:
    """"is in Warsaw on a visit ... held talks with President X at the Presidential Palace": a held visit whose
    host state takes part in the other event places it (a departure for elsewhere does not)."""
    host = city_state(visit.location) if visit.status == "held" and visit.location else None
    return host is not None and any(k == host or sides.get(k) == host for k in event.participants)


_SUCH = frozenset({"such"})  # a count of the event just told: looked for only in a document with the word


def _such_count(tok) -> bool:
    """"met Y on Wednesday, the second such meeting this year": a count of the event just told, set off by a comma."""
    return tok.pos_ == "NOUN" and any_word(tok.doc, _SUCH) \
        and any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in tok.children) \
        and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text in (",", "\u2014", "\u2013", "(")


def _past(verb) -> bool:
    """A verb in the past tense, or with a past auxiliary ("was always going to be")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _stretch(tok) -> bool:
    """"after weeks of talks", "months of negotiations": talks over a stretch of time, held on no one day."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _STRETCHES


_STRETCHES = frozenset("days weeks months years".split())  # ("after three hours of talks": one day's)


def _others_verb(verb, tok) -> bool:
    """A verb whose subject is another event ("the signing has been pushed back to next week, and a meeting ... called
    off", the meeting hung on the signing's verb): its new date is that event's."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.lemma_.lower() in lx.TRIGGER_NOUNS
               for c in verb.children)


def _under_agreement(chain) -> bool:
    """"Under the joint declaration, X will meet in Y": a meeting a signed text provides for, agreed by the sides."""
    return any(v.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lx.SIGNABLE for o in c.children) for c in v.children)
        for v in chain[:3])


def _of_people(tok) -> bool:
    """"the leaders' meeting", "the summit of the heads of state": a gathering whose owners are people named only
    by what they are."""
    owners = [c for c in tok.children if c.dep_ == "poss"] + [o for c in tok.children if c.dep_ == "prep"
                                                               and c.lower_ == "of" for o in c.children
                                                               if o.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in lx.GROUP_NOUNS for o in owners)


def _timed_by_occasion(chain) -> bool:
    """"will resume talks after Ramadan", "would visit before the next session", "will then continue to Riga", "while in
    Dodoma, she will call on X": a plan the text times by another occasion, which no calendar date gives."""
    return any(c.dep_ == "prep" and c.lower_ in ("after", "before") and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                                            for o in c.children)
               or c.dep_ == "advmod" and c.lower_ in _NEXT_ON and v.pos_ == "VERB"
               or c.dep_ in ("prep", "advcl") and c.lower_ == "in" and (
                   any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
                   or c.i > 0 and c.nbor(-1).lower_ == "while" and c.nbor(-1).head == v)  # both hung on the verb
               for v in chain[:3] for c in v.children)


def _ahead_of(time: Timex | None, day: date | None, told: list) -> bool:
    """Whether the event's first possible day comes after every day the claim was made on."""
    known = [d for d in told if d is not None]
    bounds = (day, day) if day is not None else timex_bounds(time) if time is not None and time.value else None
    return bool(known) and bounds is not None and bounds[0] > max(known)


def _awaited(chain) -> bool:
    """"ahead of talks between X and Y", "the forthcoming visit", "preparations for the summit": the text takes the
    event as coming, dated or not."""
    return any(v.lower_ == "of" and v.head.lower_ == "ahead" or v.lemma_.lower() in lx.PREPARE_NOUNS
               for v in chain[1:4]) or any(c.dep_ == "amod" and c.lower_ in lx.UPCOMING for c in chain[0].children)


_NEXT_ON = frozenset("then afterwards subsequently thereafter".split())  # after the occasion just told


def _host_capital(sent, host: str) -> str | None:
    """"France will host a summit with A and B in Paris": the host's capital the sentence places something in,
    wherever the parser hung the phrase."""
    for obj in (t for t in sent if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.pos_ == "PROPN"):
        entry = gazetteer().capital(entity_text(obj))
        if entry is not None and entry.key == host:
            return entity_text(obj)
    return None


def _building_city(event: Event, events: list[Event], sides: dict[str, str], actors: DocActors) -> Event:
    """"met X at the Salam Palace" after talks in Baghdad that day: the city of the same party's day (a visit begun
    at an airport: the city of the visitor's talks, whose state, when the article names it, receives the visit)."""
    if event.location is None or event.time is None or _known_place(event.location):
        return event
    cities = {e.location for e in events if e is not event and e.type != "call"
              and (e.type != "visit" or _visit_host_met(e, event, sides))  # not a trip's end, but its host's city
              and e.location and _known_place(e.location)
              and e.time is not None and (e.time.value == event.time.value or event.type == "visit"
                                          and _within_stay(event.time, e.time))
              and set(e.participants) & set(event.participants)}
    cities -= {e.location for e in events if e.type == "visit" and e.location  # "left for Seoul to attend a summit,
               and set(e.participants) & set(event.participants)  # after receiving X at the palace": not Seoul
               and not _visit_host_met(e, event, sides)}
    if len(cities) != 1:
        return event
    city = cities.pop()
    host = city_state(city) if event.type == "visit" else None
    if host is not None and actors.by_key(host) and not any(k == host or sides.get(k) == host for k in event.participants):
        return replace(event, location=city, participants=(*event.participants, host))
    return replace(event, location=city)


def _day_city(event: Event, placed: list[tuple[Event, set[str]]], sides: dict[str, str], onward: set[str]) -> Event:
    """A contact the text places nowhere is in the one city where a side of it is told to be that same day: held
    talks there, or a visit under way there ("X arrived in Y on Monday ... He met Z on Monday"); a city the side
    only travels to that day does not count ("will receive X on Wednesday ... In the evening, she travels on to Paris
    for a dinner with Y")."""
    day = _one_day(event.time) if event.location is None and event.type not in ("call", "visit") else None
    if day is None or event.status not in ("held", "scheduled"):
        return event
    sided = {sides.get(k, k) for k in event.participants}
    shared = [e for e, their in placed if e is not event and sided & their]  # (placed in a known city, not a state)
    stays = {e.location for e in shared if e.type == "visit" and e.status == "held" and e.key not in onward
             and _within_stay(e.time, event.time)}  # (not a stay told with the trip on: "... before flying to X")
    trips = {e.location for e in shared if e.type == "visit" and _one_day(e.time) == day} - stays
    cities = stays | {e.location for e in shared if e.type != "visit" and e.status == event.status
                      and _one_day(e.time) == day and e.location not in trips}
    return replace(event, location=cities.pop()) if len(cities) == 1 else event


def _lede_place(text: str) -> str | None:
    """The place of a page's dateline set low, under its masthead, menus, headline, byline and share buttons
    ("THE LILONGWE COURIER / Home | National | ... / By X / Share: ... / LILONGWE - President X ..."): the first of
    the page's first lines that opens as a dateline with a city or capital the gazetteer knows (not "Share:")."""
    seen = 0
    for line in text[:_LEDE_CHARS].splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _LEDE_LINES:
            return None
        place = dateline_place(line[:_LEDE_LINE_CHARS] + "\n", dayless=True)
        if place and (gazetteer().capital(place) is not None or city_state(place) is not None):
            return place
    return None


_LEDE_LINES = 25  # masthead, slogan, menu, notice, section, headline, byline, day, share, caption ... lede
_LEDE_CHARS = 8000
_LEDE_LINE_CHARS = 200


def _masthead_home(text: str) -> tuple[str, str] | None:
    """(capital, its state) a page's masthead names when the page has no dateline ("THE LILONGWE COURIER", "RADIO
    PRAGUE INTERNATIONAL", "Nassau Daily | News"): its first line, a short outlet's name in which a state's capital
    stands (the longest name first); a paper of the capital tells its state's contacts there as a dateline does. A
    name that is a state's as well ("KUWAIT", "PANAMA") or a region ("THE GOLD COAST") names no city."""
    line = text.strip().split("\n", 1)[0]
    words = [w for w in re.split(r"[ \t|/—–-]+", line) if w]
    if not words or len(words) > _MASTHEAD_WORDS:
        return None
    for size in range(min(3, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            name = " ".join(w if w[:1].isupper() and not w.isupper() else w.capitalize() for w in words[at:at + size])
            entry = gazetteer().capital(name) if words[at].lower() != "the" else None
            if entry is not None and gazetteer().lookup(name) is None:
                return gazetteer().capital_of(entry.key) or name, entry.key
    return None


_MASTHEAD_WORDS = 8  # an outlet's name with a slogan or a channel, not a headline


def _within_stay(arrival: Timex | None, contact: Timex | None) -> bool:
    """"arrived at X airport on Tuesday for a two-day visit ... met Y on Wednesday": a contact dated within two days
    of a visit's first day is one of its days."""
    began, on = _one_day(arrival), _one_day(contact)
    return began is not None and on is not None and 0 <= (on - began).days <= 2


def _at_home(event: Event, home: tuple[str, str], sides: dict[str, str], dct: date | None,
             abroad: list[Event], told: list | None = None, words: list | None = None) -> Event:
    """A contact held about the dateline's day, with the dateline's state taking part and no place of its own,
    is in the dateline's capital ("ISLAMABAD: ... held talks with his Pakistani counterpart at the Foreign Office"),
    unless one of its sides was then on a visit abroad ("ASTANA - X returned from Tashkent, where he paid a state
    visit ... The two presidents held talks on Wednesday") or at a summit abroad that day, whose city it then is
    ("ABUJA - X, who is attending the AU summit in Addis Ababa, met Y today")."""
    city, state = home
    day = _one_day(event.time) if (event.location is None or _bare_seat(event.location)) and dct is not None else None
    if day is None or event.type in ("visit", "call") or event.status not in ("held", "scheduled") \
            or not -2 <= (dct - day).days <= (_REPORT_LAG if event.status == "held" else 2) \
            or not (any(k == state or sides.get(k) == state for k in event.participants)
                    or 0 <= (dct - day).days <= 2 and _home_host(event, sides)):
        return event
    away = [v for v in abroad if set(event.participants) & set(v.participants) - {_visited_key(v)}
            and (not _days_apart(v.time, event.time) if v.type == "visit" else _in_days(event.time, v.time))]
    if not away and told and (_city_told(words or [], city) or event.location and _seat_abroad(told, event.location, state)):
        return event  # "met X on the bridge between Cucuta and Urena", "at the Japanese Prime Minister's Office"
    if not away and not any(k == state or sides.get(k) == state for k in event.participants) \
            and any(v.type == "visit" and not _days_apart(v.time, event.time) for v in abroad):
        return event  # a home official of no state named, while the home side is on a trip abroad those days
        # ("X wrapped up a visit to Japan ... the signing by Defense Secretary Y and Japan's Z"): not at home
    if not away:
        return replace(event, location=city)
    gatherings = {v.location for v in away if v.type != "visit"}
    return replace(event, location=gatherings.pop()) if len(gatherings) == len(away) == 1 else event


def _trigger_words(sdoc, cluster) -> list:
    """The words that tell a contact, one per sighting."""
    words = []
    for s in cluster.sightings:
        span = sdoc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None and len(span):
            words.append(span.root)
    return words


def _clause_verb(tok):
    """The verb whose clause holds a word, up through nouns and prepositions, then back along "and" to the first verb
    of a run ("met ... and witnessed the signing": met)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _city_told(words: list, home_city: str) -> bool:
    """The clause that tells the contact names a city other than the home capital as where it stands ("met X in
    Tokyo", "at Cucuta", "on the bridge between Cucuta and Urena"; not "and agreed to meet again in Puno"): the text
    places it, and the home capital may not stand in."""
    for word in words:
        verb = _clause_verb(word)
        for tok in word.sent:
            if tok.dep_ not in ("pobj", "conj") or tok.pos_ != "PROPN":
                continue
            head = tok
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ != "pobj" or head.head.lower_ not in _WHERE_PREPS or _clause_verb(head.head) != verb:
                continue
            name = entity_text(tok) if tok.ent_type_ in ("GPE", "LOC") else tok.text  # (a city in a bridge's name)
            if fold(name) == fold(home_city) or gazetteer().lookup(name) is not None:
                continue  # the home city itself; a state's name ("talks on security in Afghanistan") is no venue
            if city_state(name) is not None:
                return True
    return False


_WHERE_PREPS = frozenset("in at between near outside".split())


def _seat_abroad(sents: list, seat: str, home_state: str) -> bool:
    """An office or seat the sentence gives to another state ("the Japanese Prime Minister's Office", "Kenya's
    State House")."""
    owner = _seat_owner(sents, seat)
    return owner is not None and owner != home_state


def _seat_owner(sents: list, seat: str) -> str | None:
    """The state an office or seat belongs to by its own words ("the Japanese Prime Minister's Office", "Kenya's
    State House"): the one state or people named among the words before it that hang on it."""
    last = seat.split()[-1].lower()
    owners = set()
    for sent in sents:
        for tok in (t for t in sent if t.lower_ == last):
            for word in tok.subtree:
                if word.i < tok.i and word.ent_type_ in ("GPE", "NORP") \
                        and (key := _state_of_word(word.text)) is not None:
                    owners.add(key)
    return owners.pop() if len(owners) == 1 else None


def _state_of_word(word: str) -> str | None:
    """The state a state's name or its people's adjective names ("Japan", "Japanese"), if the gazetteer knows it."""
    entry = gazetteer().lookup(word)
    if entry is not None and entry.type == "state":
        return entry.key
    entry = gazetteer().demonym(word)
    return entry.key if entry is not None else None


def _bare_seat(name: str) -> bool:
    """A place that is only an office or a seat the tagger cut from its city ("Office" of "at the Prime Minister's
    Office", "State House", "Kamuzu Palace"): no place the gazetteers know, nor a venue of a known city."""
    return name.split()[-1].lower() in SEAT_NOUNS and not _known_place(name) and gazetteer().venue_city(name) is None


def _ordinal(tok) -> bool:
    """"(her) first", "the second": a counted trip's word, whether or not the tagger marked it."""
    return tok.ent_type_ == "ORDINAL" or tok.lower_ in _ORDINALS


def _visited_key(visit: Event) -> str | None:
    """The state a placed visit is to: the state it names, or the state of its city."""
    entry = gazetteer().lookup(visit.location)
    return entry.key if entry is not None and entry.type == "state" else city_state(visit.location)


def _home_host(event: Event, sides: dict[str, str]) -> bool:
    """"ABU DHABI (WAM) -- Sheikh X, Minister of Foreign Affairs, received Y, Oman's Minister of Foreign Affairs": a
    state's own agency names its officials by no state; one such person meeting the officials of other states on the
    dateline's own day hosts."""
    unplaced = [k for k in event.participants if k.startswith("person:") and k not in sides]
    return len(unplaced) == 1 and any(k in sides or k.startswith("state:") for k in event.participants)


def _state_named(event: Event) -> Event:
    """A place that is a state named at length ("the Republic of Korea") goes by the state's name."""
    entry = gazetteer().lookup(event.location) if event.location else None
    if entry is None or entry.type != "state" or entry.name == event.location:
        return event
    return replace(event, location=entry.name)


def _gathering_host(event: Event, sides: dict[str, str], actors: DocActors, text: str) -> Event:
    """A gathering of one body called off in a city of a state, away from the body's seat, is also its host state's
    ("the Visegrad summit due in the Hungarian capital next week has been postponed"): the state whose city was to
    receive it. A body's sitting held or planned ("CARICOM Heads of Government gathered in Bridgetown"), one at its
    own seat, one a lone state stays away from ("Cambodia will not send a minister to the Manila meeting"), or one
    in a city the text does not tie to one state, gains no host."""
    if event.type not in _GATHERINGS or len(event.participants) != 1 or not event.location \
            or event.status not in _CALLED_OFF:
        return event
    alone = event.participants[0]
    entry = gazetteer().lookup(event.location)
    state = entry.key if entry is not None and entry.type == "state" else city_state(event.location)
    if state is None or sides.get(alone, alone) == state:
        return event
    seat = gazetteer().igo_seats.get(alone)
    if not alone.startswith("org:") or gazetteer().entry(alone) is None or seat and fold(seat) == fold(event.location):
        return event
    if not actors.by_key(state):  # (the state an actor of the text, named by its city there)
        found = re.search(re.escape(event.location), text, re.I)  # (a dateline's "BISHKEK -" too)
        if found is None:
            return event
        actors.add(ActorMention(found.start(), found.end(), found.group(), state, gazetteer().entry(state).name,
                                "state", "capital"))
    return replace(event, participants=(alone, state))


def _bare_office(mention) -> bool:
    """A party named only by a state's office with nothing of its state on it ("The Ministry of Foreign Affairs
    reports that the signing ... with Bolivia has been suspended"): every state has one."""
    words = {w.lower() for w in mention.name.split()}
    return mention.type == "organization" and mention.role_of is None and gazetteer().entry(mention.key) is None \
        and office_only(mention) and bool(words & _GOVERNMENT_OFFICES) and not words & _BODY_ORGANS


_GOVERNMENT_OFFICES = _GOVERNMENT_WORDS - {"cabinet", "embassy", "mission"}  # a government's own offices
_BODY_ORGANS = frozenset("""council commission secretariat committee assembly parliament court board""".split())  # (a
# body's organs too: "the Executive Council", "the Secretariat")


def _offices_as_state(events: list[Event], finder, actors: DocActors) -> list[Event]:
    """A party named only by an office of no state stands for the state whose government frames the page: its
    publisher, else its dateline capital's, else the one state its heading names ("MINISTERIO DE RELACIONES
    EXTERIORES - GOBIERNO DE CHILE ... Santiago, 15 March - The Ministry of Foreign Affairs reports ..."). A page
    no state frames leaves the name as it is."""
    home = finder.home()
    state = finder._page_state() or (home[1] if home is not None else None) or finder._heading_state() \
        or _head_state(doc_text(finder.sdoc))
    if state is None:
        return events
    bare = {m.key for m in actors if _bare_office(m) and all(_bare_office(o) for o in actors.by_key(m.key))}
    if not finder.state_named(state, home[0] if home is not None and home[1] == state else None):
        return events
    out = []
    for e in events:
        if any(k in bare for k in e.participants) and state not in e.participants:
            e = replace(e, participants=tuple(dict.fromkeys(state if k in bare else k for k in e.participants)))
        out.append(e)
    return out


# a government, in the languages of pages published in them
_OFFICIAL_WORDS = _GOVERNMENT_WORDS | frozenset("""ministerio secretaria gobierno presidencia cancilleria ministere
ministère gouvernement presidence présidence ministério governo presidência""".split())
_DATED_LINE = re.compile(r"^[ \t]*([A-Z][\w'. -]{2,30}?),[ \t]+(\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)[ \t]+\d{4}"
                         r"[ \t]*$", re.M)


def _head_state(text: str) -> str | None:
    """The state a government page's head names: a line of its own giving a capital and the day ("Santiago, 15
    March 2100"), else the one state a line naming a government office spells out, in capitals or another language
    ("MINISTERIO DE RELACIONES EXTERIORES - GOBIERNO DE CHILE")."""
    head = text[:_HEADING_CHARS * 3]
    found = {e.key for m in _DATED_LINE.finditer(head) if (e := gazetteer().capital(m.group(1).strip())) is not None}
    if not found:
        for line in head[:head.find("\n\n")].splitlines() if "\n\n" in head else ():
            words = re.findall(r"[\w'-]+", line)
            if not any(fold(w).lower() in _OFFICIAL_WORDS for w in words):
                continue
            names = [" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)]
            found |= {e.key for n in names if (e := gazetteer().lookup(n.title())) is not None and e.type == "state"
                      and fold(n).lower() == fold(e.name).lower()}
    return found.pop() if len(found) == 1 else None


_STATES_MEMBERS = frozenset("leaders states countries nations presidents governments ministers".split())


def _bodys_gathering(kind: str, parties: list[str]) -> bool:
    """A gathering of one body ("X will host the SICA summit", "a meeting of the Arab League"): its host is a side
    (not of "a meeting between A and B", which the host only mediates)."""
    return kind in _GATHERINGS and len(parties) == 1 and parties[0].startswith("org:")


def _visited_state(event: Event, sides: dict[str, str]) -> Event:
    """A visit is its traveller's and the state visited: an office-holder of that state named as its host ("accepted
    the Prime Minister's invitation to travel to Port-au-Prince") stands for the state."""
    if event.type != "visit" or event.location is None:
        return event
    state = _visited_key(event)
    alone = event.participants[0] if len(event.participants) == 1 else None
    if state is not None and alone is not None \
            and sides.get(alone, alone if alone.startswith("state:") else None) not in (None, state):
        return replace(event, participants=(*event.participants, state))  # "a visit by the Italian leader to Tirana":
        # a traveller of another state's visit is to the state of the place it is in
    hosts = [k for k in event.participants if sides.get(k) == state] if state else []
    if not hosts or state in event.participants or len(hosts) == len(event.participants):
        return event  # (a host beside the state itself: someone the parse took for a traveller, left as found)
    return replace(event, participants=tuple(dict.fromkeys(state if k in hosts else k for k in event.participants)))


def _in_dateline_city(event: Event, city: str, state: str | None, sides: dict[str, str], dct: date | None) -> Event:
    """Under a dateline ("ULAANBAATAR, June 18 -"), a contact about its day that the text places only in the
    dateline's state, or at a building of no known place with that state taking part, is in the dateline's city; so
    is a body's own sitting, or its contact, the text places nowhere when the dateline is the body's seat ("NEW YORK,
    March 10 - The UN Security Council met on Monday")."""
    if event.type == "call" or event.time is None or dct is None \
            or event.time.earliest is None or event.time.latest is None \
            or not (event.time.earliest - dct).days <= 2 or not (dct - event.time.latest).days <= 2:
        return event
    if event.location is None:  # (a body's contact at its seat too: "NEW YORK - The Secretary-General met X today")
        seats = {fold(s) for k in event.participants if (s := gazetteer().igo_seats.get(k))}
        return replace(event, location=city) if fold(city) in seats else event
    if state is None:
        return event
    entry = gazetteer().lookup(event.location)
    if entry is not None and entry.type == "state":
        return replace(event, location=city) if entry.key == state else event
    if _known_place(event.location) or not _building(event.location) \
            or not any(k == state or sides.get(k) == state for k in event.participants):
        return event
    return replace(event, location=city)  # "received X at the Presidential Palace" under the city's dateline


def _seat_city(event: Event, cluster, events: list[Event], sides: dict[str, str], home: tuple[str, str] | None,
               dct: date | None, sents: list | None = None) -> Event:
    """A contact at a building of no known city ("received X at the Presidential Palace", "called on Y at State
    House") is in the city of the state whose seat it is: the receiving side's (the dateline's city when the dateline
    is that state's, else its capital); under a dateline on about its day with the dateline's state or a side of no
    known state taking part, the dateline's city; else the capital of the state a participant is visiting. A seat
    named only by an office's word, of no state known, is no place."""
    if event.location is None or event.type == "call" or _known_place(event.location) \
            or event.location.split()[-1].lower() not in SEAT_NOUNS:
        return event
    parties = {sides.get(k, k) for k in event.participants}
    receivers = {s.host for s in cluster.sightings if s.host is not None}
    host = next((h for h in receivers if h.startswith("state:")), None)
    if host is None and sents:  # "at the Japanese Prime Minister's Office": the seat's own words name its state
        host = _seat_owner([sents[s.sent_no] for s in cluster.sightings], event.location)
    near = dct is not None and (event.time is None or event.time.earliest is not None and event.time.latest is not None
                                and (event.time.earliest - dct).days <= 2 and (dct - event.time.latest).days <= 2)
    visited = None if host is not None else _visited_host(event, events, sides, receivers)
    if home is not None and near and (home[1] == host or host is None and visited in (None, home[1]) and (
            home[1] in parties or any(not p.startswith(("state:", "org:")) for p in parties))):
        return replace(event, location=home[0])  # (not a contact on the dateline's side's visit elsewhere)
    host = host or visited
    if host is not None and (capital := gazetteer().capital_of(host)) is not None:
        return replace(event, location=capital)
    return replace(event, location=None) if _seat_only(event.location) else event


def _visited_host(event: Event, events: list[Event], sides: dict[str, str], receivers: set[str]) -> str | None:
    """The state a held visit goes to, when that state takes part in the event with the traveller's side, or when the
    event's receiving side is a person of no known state, not on the trip, and the article tells of visits to that
    state alone."""
    parties = {sides.get(k, k) for k in event.participants}
    found = set()
    for visit in (e for e in events if e.type == "visit" and e.status == "held" and e.location):
        entry = gazetteer().lookup(visit.location)
        host = entry.key if entry is not None and entry.type == "state" else city_state(visit.location)
        if host is None:
            continue
        if host in parties and {sides.get(k, k) for k in visit.participants} - {host} & parties:
            return host
        found.add(host if not receivers & set(visit.participants) else "")
    unsided = receivers or any(not p.startswith(("state:", "org:")) for p in parties)
    return found.pop() or None if unsided and len(found) == 1 and not found & parties else None


def _town_of_venue(event: Event) -> Event:
    """A venue whose name opens with its town ("Honiara International Airport") places the event in that town."""
    if event.location is None or event.type == "call" or _known_place(event.location):
        return event
    return replace(event, location=town) if (town := town_opening(event.location)) else event


def _named_capitals(sdoc, actors: DocActors) -> dict[str, str]:
    """The capitals the article names (as an actor's seat or as a place, whatever the tagger took them for), by
    state, of the states whose capital is the only city of theirs it names."""
    names = [m.text for m in actors if m.kind == "capital"]
    names += [ent.text for ent in entities(sdoc) if ent.label_ in _PLACE_LABELS]
    found: dict[str, str] = {}
    others: set[str] = set()
    for name in names:
        name = name.removeprefix("the ").strip()
        if not name[:1].isupper():
            continue
        if (entry := gazetteer().capital(name)) is not None:
            found.setdefault(entry.key, name)
        elif gazetteer().lookup(name) is None and (state := city_state(name)) is not None:
            others.add(state)  # "will also travel to Chennai": the visit is not only to the seat
    return {k: v for k, v in found.items() if k not in others}


def _state_visit_city(event: Event, capitals: dict[str, str], home: tuple[str, str] | None) -> Event:
    """A visit placed only at the state visited ("a state visit to the Maldives") is in that state's capital when the
    article names it ("is in Male today", "officials in Seoul said"); one under way, in the dateline's city when the
    dateline is that state's (a stop elsewhere, "will also travel to Chennai", is no seat of the visit)."""
    entry = gazetteer().lookup(event.location) if event.type == "visit" and event.location else None
    if entry is None or entry.type != "state":
        return event
    if home is not None and home[1] == entry.key and event.status == "held":
        return replace(event, location=home[0])
    return replace(event, location=capitals[entry.key]) if entry.key in capitals else event


def _visit_city(event: Event, cluster, trips: list[Event], sides: dict[str, str],
                home: tuple[str, str] | None, stays: set[str]) -> Event:
    """"X, who arrived in Kuala Lumpur on Monday for a two-day visit, held talks with Y on Tuesday": a contact of no
    place that a traveller has on a visit to a city, with the visited state (or a side of no known state) on the
    other side, about the visit's days and in its tense, is in that city (not when the one receiving travels: "will
    receive X before leaving for Abuja"); a contact set for the days of a visit under way is in its city when no
    sentence tells of the traveller moving on. A visit to a state named by its name is to the dateline's city when the
    dateline is that state's ("MANILA - ... who is on a three-day official visit to the Philippines")."""
    if event.location is not None or event.type not in ("meeting", "talks", "negotiation", "signing") \
            or event.status in (None, "declined") or event.type == "signing" and event.status != "held":
        return event  # (a signing done on the visit too: "Following the talks, X and Y signed ..."; a contact refused
        # is held nowhere: "I will not meet the Chinese envoy. - And Taipei? - I will be there in October")
    parties = {sides.get(k, k) for k in event.participants}
    receivers = {s.host for s in cluster.sightings if s.host is not None}
    cities = set()
    for visit in (e for e in trips if e.location and e.status is not None):  # (not one begun after a contact)
        host, city = city_state(visit.location), visit.location
        entry = gazetteer().lookup(visit.location)
        if entry is not None and entry.type == "state" and home is not None and home[1] == entry.key:
            host, city = entry.key, home[0]  # the state visited, under its own capital's dateline
        elif entry is not None and entry.type == "state":
            continue  # a state's name is no city
        if host is None or event.type == "signing" and visit.status != "held" \
                or (visit.status == "held") != (event.status == "held") \
                and not (visit.key in stays and _during(visit, event)) \
                or receivers & ({sides.get(k, k) for k in visit.participants} | set(visit.participants)):
            continue  # a visit done and a contact planned are apart; the one receiving travels
        if visit.status in _CALLED_OFF and event.status != visit.status:
            continue  # "will meet X at the summit, but ruled out a visit to Y": no trip, no contact there
        travellers = {sides.get(k, k) for k in visit.participants} - {host}
        unsided = any(not p.startswith(("state:", "org:")) for p in parties)
        if not travellers & parties or not (host in parties or unsided):
            continue
        if _days_apart(visit.time, event.time):
            continue
        cities.add(city)
    return replace(event, location=cities.pop()) if len(cities) == 1 else event


def _on_trip(event: Event, cluster, trips: list[Event], sides: dict[str, str]) -> Event:
    """"X will visit Y from 18 to 20 March ... In Riga she will meet the prime minister": a contact told as settled
    with no day, that a traveller is to have with the side of the one dated trip to that side the article announces,
    is part of the trip's programme: scheduled, on the trip's first day."""
    if event.status != "agreed" or event.time is not None or event.type not in ("meeting", "talks", "summit") \
            or not all(s.unset for s in cluster.sightings):
        return event
    parties = {sides.get(k, k) for k in event.participants}
    found = []
    for visit in (e for e in trips if e.status in ("scheduled", "held") and e.time is not None):
        sided = {sides.get(k, k) for k in visit.participants}
        hosts = {k for k in visit.participants if k.startswith("state:")} - {sides.get(k) for k in visit.participants
                                                                            if not k.startswith("state:")}
        if len(hosts) > 1 and visit.location is not None and (seat := _visited_key(visit)) in hosts:
            hosts = {seat}  # "Mongolia's president is to begin a state visit to South Korea": the state at its place
        others = parties - (sided - hosts)  # the sides met: the trip's host, or people of no known state
        if others != parties and others and not any(p.startswith(("state:", "org:")) for p in others - hosts):
            found.append(visit)
    held = [v for v in found if v.status == "held"]  # a stay under way holds only what is done there
    if (len(found) > 1 or held) and event.location is not None:  # "In Hanoi, she will call on X": the trip to that
        state = gazetteer().lookup(event.location)  # city's state; "In Tonga, she will meet X": the trip to Tonga
        found = [v for v in found if v.location == event.location or city_state(event.location) in v.participants
                 or state is not None and state.key in v.participants]
    trips_found = {(frozenset(v.participants), v.status, v.time.value if v.status == "scheduled" else "")
                   for v in found}
    if len(trips_found) != 1:
        return event  # (one trip told twice, to the city and to its state, is one)
    claims = tuple(replace(c, status="scheduled") for c in event.status_claims)
    if found[0].status == "held":  # "arrived in X on Monday ... During her stay, she will meet Y": on a day of the stay
        return replace(event, status_claims=claims, location=event.location or found[0].location)
    return replace(event, status_claims=claims, time=found[0].time)


def _during(visit: Event, event: Event) -> bool:
    """"has arrived in Kyiv on a visit ... is expected to meet X later today": a contact set for the days of a visit
    under way (both dated, the contact no more than two days after the visit's start)."""
    return visit.status == "held" and event.status == "scheduled" and _within_stay(visit.time, event.time)


def _one_day(time: Timex | None) -> date | None:
    """The day a time names when it names exactly one (also a day given without bounds: a visit dated by its report)."""
    bounds = timex_bounds(time) if time is not None else None
    return bounds[0] if bounds is not None and bounds[0] == bounds[1] else None


def _in_days(day: Timex, span: Timex) -> bool:
    """A contact's day within a gathering's days ("a day after both attended the summit in Baku" is not)."""
    bounds = timex_bounds(span)
    return bounds is not None and None not in bounds and bounds[0] <= day.earliest <= bounds[1]


def _days_apart(a: Timex | None, b: Timex | None) -> bool:
    """Two times more than two days apart (unknown or open times are never apart)."""
    if a is None or b is None or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    return (b.earliest - a.latest).days > 2 or (a.earliest - b.latest).days > 2


def _this_town(prep) -> bool:
    """"in this border city", "at this resort": a place phrase pointing at where the story is filed."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _HERE_TOWNS and any(d.dep_ == "det" and d.lower_ == "this"
                                                                      for d in o.children) for o in prep.children)


def _sidelines_here(event: Event, cluster, city: str, dct: date | None) -> Event:
    """"KUALA LUMPUR - ... On the sidelines, X held talks with Y": a contact on the sidelines of no gathering the
    article places, on about the dateline's day (or undated), is in the dateline's city."""
    if event.location is not None or event.type in ("call", "visit") or dct is None \
            or not any(s.sidelines for s in cluster.sightings) \
            or event.time is not None and event.time.earliest is not None and event.time.latest is not None \
            and ((event.time.earliest - dct).days > 2 or (dct - event.time.latest).days > 2):
        return event
    return replace(event, location=city)


def _seat_only(name: str) -> bool:
    """A seat named by no building's name ("the ministry", "the Prime Minister's Office", "the government palace",
    "the Palace"): no place of its own ("State House", "the Presidential Palace" stay, for want of their city)."""
    words = [w for w in name.split() if w.lower() != "the"]
    return len(words) < 2 or not any(w[:1].isupper() and w.lower() in BUILDINGS for w in words)  # "the Palace" too


def _live_city(sdoc) -> tuple[str, str, int] | None:
    """(city, its state, offset of the heading line naming it) a live blog's heading puts its day in ("LIVE UPDATES:
    Thai PM in Phnom Penh for border talks", "Mercosur summit in Asuncion - as it happened", "CELAC summit,
    Tegucigalpa"): the first headline-shaped line above the entries naming a known city after "in", or set off by a
    comma or a label's colon (a key-points bullet below it is no heading)."""
    first = live_start(sdoc)
    if first is None:
        return None
    offset = max(0, first - _LIVE_HEAD_CHARS)
    for raw in doc_text(sdoc)[offset:first].splitlines(keepends=True):
        line, at = raw.strip(), offset
        offset += len(raw)
        if not line or line[0] in "-•*–—" or len(line.split()) > _LIVE_HEAD_WORDS:
            continue
        for m in (*_IN_CITY.finditer(line), *_SET_CITY.finditer(line)):
            words = m["place"].split()
            for n in range(len(words), 0, -1):  # "Phnom Penh for" is no name: the longest known city first
                name = " ".join(words[:n])
                if (state := city_state(name)) is not None:
                    return name, state, at
    return None


_LIVE_HEAD_CHARS = 1500  # a live blog's heading sits just above its entries (menus blanked before it)
_LIVE_HEAD_WORDS = 16  # a heading's length, not a paragraph's
_IN_CITY = re.compile(r"\bin[ \t]+(?P<place>[A-Z][\w'’.-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|es[ \t]+)?[A-Z][\w'’.-]+){0,3})")
_SET_CITY = re.compile(r"(?:,|^[^:\n]{1,30}:)[ \t]*(?P<place>[A-Z][\w'’.-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|es[ \t]+)?"
                       r"[A-Z][\w'’.-]+){0,3})(?=[ \t]*(?:$|[-–—|(]))")  # "CELAC summit, Tegucigalpa", "LIVE: Abuja -"


def _in_live_city(event: Event, live: tuple[str, str, int], sides: dict[str, str], actors: DocActors,
                  dct: date | None) -> Event:
    """A live blog's entry tells its day's news where its heading puts it: a contact of about that day told in the
    entries (the heading's own gathering too, when an entry tells of it again) with no place (or only the airport a
    guest landed at) is in the heading's city, and a guest's visit there is to the city's state."""
    city, state, first = live
    if event.type == "call" or not event.mentions or max(m.start for m in event.mentions) < first \
            or event.status not in ("held", "declined", "cancelled"):
        return event
    bounds = timex_bounds(event.time) if event.time is not None else None
    if event.time is not None and (dct is None or bounds is None
                                   or (bounds[0] - dct).days > 1 or (dct - bounds[1]).days > 1):
        return event
    if event.location is not None and not airfield(event.location):
        return event
    event = replace(event, location=city)
    guests = [k for k in event.participants if sides.get(k, k) != state]
    if event.type == "visit" and guests == list(event.participants) and len(guests) == 1 and actors.by_key(state):
        event = replace(event, participants=(*event.participants, state))  # "X has landed for a one-day visit"
    return event


def _building(name: str) -> bool:
    """A place named as a building ("the Presidential Palace", "Government House"), not an unknown region."""
    return name.lower().startswith("the ") or name.split()[-1].lower() in BUILDINGS


def _known_place(name: str) -> bool:
    """A state, capital or city the gazetteers know (not a palace, hotel or headquarters)."""
    return gazetteer().lookup(name) is not None or gazetteer().capital(name) is not None \
        or locate_place(name) is not None or name in gazetteer().venue_city_names


def _on_occasion(event: Event, cluster, clusters: list, events: list[Event]) -> Event:
    """"After the talks, A and B signed ...": an event told as happening at another takes its day and place."""
    if event.time is not None and event.location is not None:
        return event
    for sighting in (s for s in cluster.sightings if s.occasion is not None):
        at = sighting.occasion
        other = next((e for c, e in zip(clusters, events) if c is not cluster
                      and any(x.start <= at < x.end for x in c.sightings)), None)
        if other is not None and other.status == "held" and event.status in _AHEAD_STATUSES:
            return event  # "floated a summit during a call on Tuesday": a plan made at a contact, not held there
        if other is not None:
            time = _day_before(other.time) if sighting.eve else other.time  # "on the eve of the meeting"
            return replace(event, time=event.time or time, location=event.location or other.location)
    if any(s.sidelines for s in cluster.sightings):  # "ASEAN ministers gathered in X on Tuesday. On the sidelines,
        # A and B met": the body's one gathering told before (of two, neither)
        start = cluster.sightings[0].start
        told = [e for c, e in zip(clusters, events) if c is not cluster and c.sightings[0].start < start
                and e.type in _GATHERINGS and e.status == event.status and any(k.startswith("org:")
                                                                              for k in e.participants)]
        if len(told) == 1:
            return replace(event, time=event.time or told[0].time, location=event.location or told[0].location)
    return event


def _signed_when_met(event: Event, cluster, clusters: list, events: list[Event], sides: dict[str, str]) -> Event:
    """"X met Y in Z on Monday. The pair signed a memorandum ...", "X, Y hold talks in Z, sign deal": a signing told
    right after the same sides' contact (or beside it in a headline), with no place or day of its own, was done there
    and then."""
    undated = event.time is None or not event.time.text  # a day given by no words of its own
    if event.type != "signing" or event.status != "held" or event.location is not None and not undated:
        return event
    told = [s.sent_no for s in cluster.sightings if not s.headline]
    mine = {sides.get(k, k) for k in event.participants}
    for c, other in zip(clusters, events):
        if c is cluster or other.type not in _CONTACT_TYPES or other.status != "held" \
                or not (any(0 <= n - s.sent_no <= 4 for n in told for s in c.sightings)
                        or not told and any(s.headline for s in c.sightings)
                        and not all(s.headline for s in c.sightings)):
            continue  # (a headline's "X, Y hold talks in Z, sign deal": the signing only it tells, at those talks)
        theirs = {sides.get(k, k) for k in other.participants}
        if len(mine) >= 2 and (mine == theirs or len(theirs) >= 2 and theirs < mine and event.location is None) \
                or mine == theirs and len(mine) == 1 and all(s.members for s in cluster.sightings):  # (a body's
            # members signing at its own summit)
            # (the leaders met, their ministers signed: "Kenya's X and Tanzania's minister, Y," the parse may leave
            # Y without the state beside)
            return replace(event, location=event.location or other.location,
                           time=other.time if undated and other.time is not None else event.time)
    return event


def _headlines_told(clusters: list, events: list[Event], sides: dict[str, str]) -> list[Event]:
    """"X hosts Y in Doha" over a story telling that X hosted Y on Wednesday: a held contact only a headline tells, in
    the present that gave it the day of publication, is the body's first contact with a side of its own dated another
    day; its sides, place and mentions join that one (a headline's refusal or plan, the body's one of the same claim)."""
    out, told = list(events), set()
    for n, (cluster, event) in enumerate(zip(clusters, events)):
        if event.status is None or event.type not in _TOLD_TYPES or event.time is not None and event.time.text \
                or not cluster.sightings or not all(s.headline for s in cluster.sightings):
            continue
        mine = {sides.get(k, k) for k in event.participants}
        for m, (other_cluster, other) in enumerate(zip(clusters, events)):
            if m == n or m in told or other.status != event.status or _told_kind(other.type) != _told_kind(event.type) \
                    or other.time is None or not other.time.text \
                    or event.time is not None and other.time.value == event.time.value \
                    or all(s.headline for s in other_cluster.sightings):
                continue
            body = out[m]
            theirs = {sides.get(k, k) for k in body.participants}
            if mine & theirs if event.status == "held" else mine <= theirs and other.type == event.type:
                # "X stays away from Marseille summit" over "X declined to attend the summit in May": a claim other
                # than held joins only a body event of its own type and claim that takes in all its sides
                added = tuple(k for k in event.participants if sides.get(k, k) not in theirs and k not in body.participants)
                out[m] = replace(body, participants=body.participants + added, location=body.location or event.location,
                                 status_claims=body.status_claims + event.status_claims,
                                 mentions=body.mentions + event.mentions)
                told.add(n)
                break
    return [e for n, e in enumerate(out) if n not in told]


_TOLD_TYPES = _CONTACT_TYPES | frozenset({"call", "signing"})


def _told_kind(kind: str) -> str | None:
    """Which headline events tell which body events: a visit a visit, a call a call, a signing a signing, any
    other contact any other contact."""
    if kind not in _TOLD_TYPES:
        return None
    return kind if kind in ("visit", "call", "signing") else "contact"


def _in_sequence(tok) -> bool:
    """"X later received Y", "signed a memorandum before the leaders spoke", "received them before the session": an
    act told as one step of the story's sequence, on the day of the step before."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.pos_ != "VERB" or tense_of(verb) != "past":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE_ADVS
               or c.dep_ == "prep" and c.lower_ in ("before", "after") and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in lx.TRIGGER_NOUNS for o in c.children)
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "after") for m in c.children)
               for c in verb.children)


_SEQUENCE_ADVS = frozenset({"later"})  # ("subsequently", "then": a later day, as often)


def _while_there(tok) -> bool:
    """"X will visit Y on Tuesday. While in Y she will hold talks with Z": what is done during the stay told just
    before falls on its day (its one day only: a longer stay's days are not told)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "in" or c.dep_ == "advmod" and c.lower_ == "there"
                for c in verb.children)


def _told_before(tok) -> bool:
    """"Following the talks, ...", "after these talks": the occasion of what the sentence tells, an event already
    told, whose day is that one's (not a day read from the sentences around it)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following", "during") \
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in tok.children)


def _day_before(time: Timex | None, days: int = 1) -> Timex | None:
    """The day before (days < 0: after) a time of one known day (none for a longer or unknown time)."""
    if time is None or time.earliest is None or time.earliest != time.latest:
        return None
    day = time.earliest - timedelta(days=days)
    return replace(time, value=day.isoformat(), earliest=day, latest=day)


def _eve_of(tok) -> bool:
    """"X held talks with Y on Sunday, on the eve of a visit by Y to Z": the event the eve is before."""
    eve = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return eve is not None and eve.lemma_.lower() == "eve" and eve.dep_ == "pobj" and eve.head.lower_ == "on"


def _eve_told(tok, chain) -> int | None:
    """"The consultations will be held in Berlin on 5 May. X will host Y for dinner the evening before": the offset of
    the gathering, told in the sentence before or earlier in this one, whose eve a bare "the day/evening before" is."""
    if not any(c.dep_ == "npadvmod" and c.lemma_.lower() in _EVE_PARTS and any(d.lower_ == "the" for d in c.children)
               and any(b.dep_ == "advmod" and b.lower_ == "before" and b.i == c.i + 1 for b in (*c.children, *v.children))
               for v in chain[:2] for c in v.children):
        return None
    doc = tok.doc
    first = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
    told = [t for t in doc[first:tok.i] if t.pos_ in ("NOUN", "PROPN") and t.i in doc._.event_cues
            and trigger_type(t) in _GATHERINGS | {"talks", "meeting"}]
    return told[-1].idx if told else None


_EVE_PARTS = frozenset("day evening night".split())  # "the evening before"


def _occasion(tok, chain) -> int | None:
    """Where "after / during / following / at the talks" names the occasion of this event, the offset of "talks"."""
    objs = list(_prep_objects(tok, chain, _OCCASION_PREPS))
    objs += [g for o in _prep_objects(tok, chain, ("on", "at")) if o.lemma_.lower() in lx.BACKDROP_NOUNS
             for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "on the margins of the meeting": that meeting
    if tok.dep_ == "conj" and tok.pos_ == "VERB":  # "During the visit, he will hold talks and call on X": fronted,
        objs += [o for o in _prep_objects(tok.head, [tok.head], _OCCASION_PREPS) if o.i < tok.head.i]  # both share it
        if any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in tok.children):
            objs += [o for o in tok.head.children if o.dep_ == "dobj"]  # "attended the meeting and later met X":
            # on the meeting's day and in its place
    spent = next((g for o in objs if o.lower_ in _STRETCH_NOUNS for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj" and trigger_type(g) in ("talks", "negotiation", "meeting")), None)
    if spent is not None:
        return spent.idx  # "signed a protocol after a morning of talks", "following two hours of talks": those talks
    for o in objs:
        if trigger_type(o) is not None and any(d.dep_ == "det" and d.lower_ in _ANAPHORIC_DETS
                                               or d.dep_ == "poss" and d.lower_ in ("their", "its")
                                               or d.dep_ == "prep" and d.lower_ in ("between", "with")
                                               for d in o.children):
            return o.idx  # "after the talks", "after their talks", "after talks between A and B in X on Monday"
    return None


_AFTERWARDS = frozenset("later afterwards then subsequently".split())
_STRETCH_NOUNS = frozenset("morning afternoon evening night day hour hours".split())  # "after a day of talks", within
# that day (not "after weeks of talks", which no one day dates)


def _gathering_place(events: list[Event], status: str | None = None) -> str | None:
    """Where the article's one summit or conference is held (the place of a meeting "on the sidelines"); for a
    meeting held, of no gathering still ahead (not next year's summit)."""
    places = {e.location for e in events if e.type in ("summit", "conference") and e.location
              and not (status == "held" and e.status in _AHEAD_STATUSES)}
    return next(iter(places)) if len(places) == 1 else None


def _absences_placed(sightings: list[Sighting]) -> None:
    """"Panama will host the General Assembly on 21 June. X will stay away from the General Assembly", "a meeting in
    Bridgetown on Friday ... X will not attend the Bridgetown meeting": one side's absence from a gathering told
    without its day (or place) takes those of the one gathering told with them."""
    for s in sightings:
        if s.status != "declined" or not s.exact or s.time is not None or s.roles.location is not None:
            continue
        bodies = {k for k in s.roles.participants if k.startswith("org:") and k != s.subject}
        same = [x for x in sightings if x is not s and x.status in ("held", "scheduled") and x.type in _GATHERINGS
                and bodies & set(x.roles.participants) and (x.time is not None or x.roles.location is not None)]
        if len(bodies) == 1 and len({(x.time and x.time.value, x.roles.location) for x in same}) == 1:
            s.time, s.day, s.roles.location = same[0].time, same[0].day, same[0].roles.location
    for s in sightings:  # "an emergency meeting in Bridgetown on Friday ... X will not attend the Bridgetown meeting"
        if s.status != "declined" or s.type not in _GATHERINGS or s.time is not None or s.roles.location is None \
                or len(s.roles.participants) != 1:
            continue  # (one side's absence: a refusal of talks with another names no day of its own)
        there = [x for x in sightings if x is not s and x.status in ("held", "scheduled", "proposed")
                 and x.type in _GATHERINGS and x.roles.location == s.roles.location and x.day is not None
                 and x.time is not None]
        if len({x.time.value for x in there}) == 1:
            s.time, s.day = there[0].time, there[0].day


def _absence_placed(event: Event, cluster, events: list[Event]) -> Event:
    """"X, whom Y had invited to join the afternoon session, declined": a stay-away told with no day or place of its
    own takes the place of the one gathering of its kind the article tells held (placed by its dateline or venue)."""
    if event.status != "declined" or event.location is not None or event.time is not None \
            or not any(s.exact and s.status == "declined" and s.subject for s in cluster.sightings):
        return event
    held = {e.location for e in events if e.type == event.type and e.status == "held" and e.location}
    return replace(event, location=next(iter(held))) if len(held) == 1 else event  # (its day may be another)


def _gathering_word(tok) -> bool:
    """"meeting", "session", "talks", "summit": a sitting itself (not "the dinner", "the lunch" of one)."""
    return tok.lemma_.lower() in _TOLD_GATHERINGS or tok.lower_ in _TOLD_GATHERINGS


def _kept_away(tok) -> bool:
    """"boycotted the meeting", "stayed away from the talks": a verb of absence right above the gathering (not
    "rejected a proposal for talks", whose proposer is the other side)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else tok.head
    if verb.lower_ == "away" and verb.dep_ in ("advmod", "prt"):
        verb = verb.head  # "stayed away from the talks", the preposition hung on the adverb
    if _not_coming_to(tok):
        return True  # "will not come / go to the meeting in X", "pulled out of the meeting": X's own absence
    return (tok.dep_ == "dobj" or verb is not tok.head) and verb.pos_ == "VERB" \
        and (verb.lemma_.lower() in lx.ABSENCE_VERBS or lemma_is(verb, frozenset(), {("stay", "away")}))


def _not_coming_to(tok) -> bool:
    """"will not come / go to the meeting", "pulled out of the meeting": the one not going keeps away from it as
    surely as one who boycotts it."""
    prep = tok.head
    return tok.dep_ == "pobj" and (prep.lower_ == "to" and prep.head.lemma_.lower() in _COMING
                                   and any(c.dep_ == "neg" for c in prep.head.children) or _out_of(prep))


def _backdrop(tok) -> bool:
    """"ruled out a meeting during the summit": the gathering is only when something else is refused."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _BACKDROP_PREPS and not _out_of(tok.head)


def _out_of(prep) -> bool:
    """"pulled out of the summit", "dropped / bowed / backed out of the talks": the "of" of a phrase of refusal (CAMEO's
    declined phrases in "out") names what is refused, not a backdrop as "on the eve of the summit" does."""
    if prep.lower_ != "of":
        return False
    verb = prep.head.head if prep.head.lower_ == "out" and prep.head.dep_ in ("prep", "prt", "advmod") else prep.head
    return verb.pos_ == "VERB" and (verb.lemma_.lower(), "out") in lx.DECLINE_PHRASES \
        and (verb is prep.head.head or any(c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep")
                                           for c in verb.children))


def _bare_sidelines(tok, chain) -> bool:
    """"held talks on the sidelines", "On the margins, X met Y": a backdrop that names no gathering."""
    return any(o.lemma_.lower() in lx.BACKDROP_NOUNS and all(_told_gathering(g) for p in o.children if p.lower_ == "of"
                                                           for g in p.children)
               for o in _prep_objects(tok, chain, ("on", "at")))


def _prep_objects(tok, chain, preps):
    """The objects of the given prepositions on the mention or the (up to two) verbs above it; the (preposition,
    object) pairs of the same words are found once per document (a sighting asks for several prepositions)."""
    heads = tuple(t.i for t in [tok] + [v for v in chain[1:3] if v.pos_ in ("VERB", "AUX")])
    memo = tok.doc.user_data.setdefault("diplograph-prep-objects", {})
    pairs = memo.get(heads)
    if pairs is None:
        doc = tok.doc
        pairs = memo[heads] = [(c.lower_, o.i) for h in heads for c in doc[h].children if c.dep_ == "prep"
                               for o in c.children if o.dep_ == "pobj"]
    return (tok.doc[i] for prep, i in pairs if prep in preps)


def _title_end(document: Document) -> int:
    """End of the page's headline when its first line with text is the title (else 0)."""
    text, title = document.text, " ".join((document.title or "").split())
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end if title and " ".join(text[start:end].split()) == title else 0


def _apart(tok) -> bool:
    """"met A and B separately", "held separate talks with A and B", "bilateral talks with the President of A and
    the Prime Minister of B": one meeting with each party named."""
    return any(c.dep_ == "advmod" and c.lower_ in _APART for c in tok.children) \
        or (tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "separate" for c in tok.children)) \
        or (tok.pos_ == "NOUN" and (tok.tag_ == "NNS" and tok.lemma_.lower() != "talk"
                                    or any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in tok.children))
            and any(_listing(o) is not None
                    for h in _with_holders(tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children if o.dep_ == "pobj"))  # "meetings with his counterpart X and Y": one each


def _listing(obj):
    """The word whose conjuncts list the partners of an object: the object itself ("with A and B"), its apposition
    ("with his counterparts, A and B"), the states of plural offices ("with the leaders of A, B and C") or their
    adjectives ("with the Fijian and Tongan prime ministers"); None for a single partner."""
    if obj.conjuncts:
        return obj
    found = next((a for a in obj.children if a.dep_ == "appos" and a.conjuncts), None)
    if found is None and obj.tag_ in ("NNS", "NNPS"):
        found = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj" and o.conjuncts), None) \
            or next((a for a in obj.children if a.dep_ in ("amod", "nmod", "compound") and a.i < obj.i
                     and a.conjuncts), None)
    return found


def _closing_tail(tok, chain) -> list:
    """"paid a courtesy call on X and co-chaired Y with Z in Hanoi on 14 October": the place and date phrases that
    close a later coordinated verb (sharing the first one's auxiliaries) belong to both; [] when there are none."""
    verb = next((v for v in chain if v.pos_ == "VERB"), None)
    if verb is None or tok.i > verb.i and tok.dep_ == "conj":
        return []
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
             and not any(a.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for a in c.children)]
    if len(later) != 1 or trigger_type(later[0]) is None and not any(trigger_type(c) for c in later[0].children):
        return []
    nodes = [later[0], *(c for c in later[0].children if c.dep_ == "dobj")]  # "held talks with Y in Lisbon"
    rights = [c for n in nodes for c in n.rights if c.dep_ != "punct" and c not in nodes]
    closing = lambda c: c.dep_ == "prep" and c.lower_ in ("in", "on", "at")  # noqa: E731
    last_other = max((c.right_edge.i for c in rights if not closing(c)), default=later[0].i)
    return sorted((c for c in rights if closing(c) and c.i > last_other), key=lambda c: c.i)


def _secretary_general(subj) -> bool:
    """"the Secretary-General" with nothing saying of what: the head of the body the article is about."""
    kids = list(subj.children)
    return subj.lower_ == "general" and any(c.dep_ == "compound" and c.lower_ == "secretary" for c in kids) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and not any(c.dep_ in ("poss", "prep", "appos") or c.pos_ == "PROPN" and c.lower_ not in _SG_WORDS for c in kids)


_SG_WORDS = frozenset("secretary deputy assistant".split())  # "the Deputy Secretary-General": the same body's office
# Bodies whose head is styled Secretary-General: an unqualified "the Secretary-General" is one of these (the UN's
# when the article names none); the AU, ECOWAS, SADC, IGAD, the EU, courts, banks and UN organs are led otherwise.
_SG_BODIES = frozenset(f"org:{k}" for k in """un nato council-of-europe osce sco asean arab-league oic gcc opec interpol
oas oecd csto commonwealth pacific-islands-forum caricom eac saarc bimstec eccas comesa andean-community sica unasur
turkic-states iora francophonie ufm amu eco d8 acs acto bsec benelux indian-ocean-commission efta cen-sad""".split())


def _secretary_general_of(subj):
    """"the Special Representative of the Secretary-General (for X)": the Secretary-General an office serves (not
    their spokesman, who only speaks for them), else None."""
    if subj.lemma_.lower() not in PERSON_TITLES or head_of(subj.text) == "spokesman":
        return None
    return next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and _secretary_general(o)), None)


def _set_off(obj) -> bool:
    """"met at the X border post, the busiest crossing between the two countries, and signed ...": an object the
    parser hung on the verb past a comma after another of its phrases is that phrase's apposition, no one met."""
    verb, edge = obj.head, obj.left_edge.i
    return edge > verb.i + 1 and obj.doc[edge - 1].text == "," \
        and any(c.dep_ == "prep" and verb.i < c.i < edge for c in verb.children)


def _semicolon_apart(tok, root) -> bool:
    """"held talks on Tuesday; the two will meet in Arusha next month": an event in a clause the parser hung on the
    sentence's later verb past a semicolon takes no place from that other sentence."""
    clause = next((g for g in governors(tok) if g.head == root), None)
    return clause is not None and semicolon_before(clause)


def _signing_occasion(tok, kind: str) -> bool:
    """"signed the accord during a meeting with X", "signed it at talks in Y": the meeting is the signing itself."""
    return kind in ("meeting", "talks") and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at") \
        and tok.head.head.pos_ == "VERB" and trigger_type(tok.head.head) == "signing"


def _purpose_of_plan(tok) -> bool:
    """"will travel to X to sign", "agreed to meet in X to sign an accord": a signing told only as the purpose of a
    contact still ahead is part of that contact's plan, no event of its own (as is one joined to such a purpose:
    "will travel to X to meet Y and sign an accord")."""
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.dep_ == "advcl" \
            and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        tok = tok.head
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and head.pos_ == "VERB" and trigger_type(head) not in (None, "signing", "call") \
        and status_of(head) in ("proposed", "agreed", "scheduled")


def _framing(tok) -> bool:
    """"under/through X's mediation" hung on an event word: how that event is held."""
    prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "through", "via") else None
    if prep is None:
        return False
    head = prep.head  # "held talks in Luanda under Angolan mediation", "talks resumed under Qatari and Egyptian
    # mediation": the verb holding or telling the event word
    return _event_word(head) or head.pos_ == "VERB" and any(
        _event_word(o) for o in head.children if o.dep_ in ("dobj", "nsubjpass", "nsubj"))


def _event_word(tok) -> bool:
    """An event word other than mediation, or "a round of" one."""
    if tok.lemma_.lower() in lx.ROUND_NOUNS:
        tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"), tok)
    return trigger_type(tok) not in (None, "mediation")


def _called_off_now(chain) -> bool:
    """"has been called off", "have been postponed", "has cancelled": a plan's dropping told in the present perfect,
    news of a plan whose day has not come (not "was called off", which may tell of a day gone)."""
    for verb in chain[:4]:
        if verb.pos_ != "VERB" or verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), None)
        if (lemma in lx.CANCEL or (lemma, particle) in lx.CANCEL_PHRASES) \
                and any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE_AUX for c in verb.children):
            return True
    return False


def _plan_told_past(tok) -> bool:
    """"The talks that were to be held on Monday", "which had been set for Monday": the plan told in a clause of the
    past, whose weekday is the one gone (not "due to open on Saturday", "set for Tuesday")."""
    return any(c.dep_ in ("relcl", "acl") and any(w.tag_ == "VBD" or w.dep_ == "aux" and w.lower_ == "had"
                                                   for w in c.subtree) for c in tok.children)


_PRESENT_HAVE_AUX = frozenset("has have 's 've \u2019s \u2019ve".split())


def _remarks_before(tok) -> bool:
    """"Remarks with X before their meeting": an event about to start as the words are spoken."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("before", "ahead") and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in OCCASIONS


def _timed_as_told(sighting: Sighting, earlier: list[Sighting]) -> None:
    """"X will host Y in Dakar on Thursday for talks. The visit, Y's first to Z, ...": a visit told by the noun alone
    is the trip of the visitor's event in the sentence before, with its status, day and place."""
    visitors = set(sighting.roles.participants) - {sighting.roles.received_by}
    told = [s for s in reversed(earlier) if 0 <= sighting.sent_no - s.sent_no <= 1 and s.status is not None
            and visitors & set(s.roles.participants)]
    if not told:
        return
    told = next((s for s in told if s.roles.location), told[0])  # "met in X and agreed to reopen talks. The visit":
    # the contact placed somewhere is the trip's (not the talks agreed there, placed nowhere yet)
    sighting.status, sighting.time, sighting.day = told.status, told.time, told.day
    sighting.claimed_on, sighting.claimed_by = told.claimed_on, told.claimed_by
    sighting.roles.location = sighting.roles.location or told.roles.location


def _ordinal_trip(tok) -> list:
    """"The visit, X's first to Ghana", "The visit will be X's third to the capital": the ordinal word that names
    the visitor (its owner, or the name it qualifies) and the destination of a visit noun."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "visit" or tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return []  # "arrived on a visit, his second to X": the verb tells the trip already
    found = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        found += [c for c in tok.head.children if c.dep_ == "attr"]
    out = []
    for node in found:
        if node.ent_type_ == "ORDINAL":
            out.append(node)  # "X's first to Y": the ordinal heads the phrase
        elif any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" and any(p.lower_ == "to" for p in c.children)
                 for c in node.children):
            out.append(node)  # "X's first to Y" parsed with the name at the head, the ordinal its modifier
            out += [c for c in node.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"]
    return out


def _to_the_land(tok) -> bool:
    """"on a three-day visit to the island", "his visit to our country", "who is visiting the Kingdom": a destination
    named by a common noun (capitalised in Gulf state media, never "the Kingdom of X", which names it)."""
    if tok.pos_ == "NOUN":
        lands = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    else:
        lands = [c for c in tok.children if c.dep_ == "dobj"] if tok.lemma_.lower() == "visit" else []
    trip = tok.head.head if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") else tok
    if trip.pos_ == "VERB" and trip.lemma_.lower() in lx.ARRIVAL_WORDS | lx.TRAVEL_VERBS:  # "arrived in the Kingdom
        lands += [o for c in trip.children if c.dep_ == "prep" and c.lower_ in ("in", "to")  # on an official visit"
                  for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _LAND_NOUNS and any(d.lower_ in ("the", "our") for d in o.children)
               and (o.pos_ == "NOUN" or o.pos_ == "PROPN" and not any(c.dep_ == "prep" for c in o.children))
               for o in lands)  # ("a visit to our country": the speaker's or the dateline's)


_OPENING = 60  # characters of a text's opening where its dateline names the capital it reports from


def _one_on_one(obj) -> bool:
    """"see him one-on-one": the manner of a meeting the parser took for its object."""
    return obj.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "on" for c in obj.children)


def _invited_to(trip) -> bool:
    """"invited X to visit the country", "an invitation to visit the Kingdom": a trip someone was asked on."""
    node = trip
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in ("invite", "invitation"):
            return True
    return False


def _our_land(trip):
    """The "our" of a trip's "to our country", else None."""
    lands = [o for t in trip.subtree if t.dep_ == "prep" and t.lower_ == "to" for o in t.children if o.dep_ == "pobj"]
    lands += [c for c in trip.children if c.dep_ == "dobj"]
    return next((d for o in lands if o.lemma_.lower() in _LAND_NOUNS for d in o.children
                 if d.dep_ == "poss" and d.lower_ == "our"), None)


def _past_round(tok) -> bool:
    """"The previous round, held in Oslo in January": a round before the one reported, an occurrence of its own."""
    return any(c.dep_ == "amod" and (c.lower_ in lx.PAST_ROUND_MODS if tok.lemma_.lower() in lx.ROUND_NOUNS
                                      else c.lower_ in _BEFORE_MODS) for c in tok.children)


_BEFORE_MODS = frozenset({"previous", "preceding"})  # "their previous meeting was in X": any contact before this one


def _body_sits(tok) -> bool:
    """"the next council will meet", "a boundary working group will convene": a meeting verb whose subject is a
    body named by a common noun, no actor of its own."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SITTING_VERBS or tok.dep_ in ("advcl", "relcl", "acl"):
        return False  # not "put off until the commission meets": a time, not a meeting told
    subj = _own_subject(tok)
    common = subj is not None and (subj.pos_ == "NOUN" or subj.text.islower())  # "the joint technical committee"
    return common and (subj.lemma_.lower() in _SITTING_BODIES or _their_people(subj)) \
        and not any(c.pos_ == "PROPN" and not c.text.islower() or c.ent_type_ for c in subj.subtree)


def _own_subject(tok):
    """A verb's first active subject child, as the parser hung it: who meets, answers or stays (no walk up to a
    controlling verb, whose subject may be another's)."""
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _joint_or_ours(body) -> bool:
    """A "joint" or "our" body may be the standing one of two sides whose talks a quote or two before told ("the
    joint committee", "our committee"; "the joint boundary commission", "joint" parsed on "boundary")."""
    return body is not None and (any(c.lower_ in lx.JOINT_MODS or c.dep_ == "poss" and c.lower_ == "our"
                                     for c in body.children)
                                 or any(c.lower_ in lx.JOINT_MODS for c in body.subtree if c.i < body.i))


def _their_people_later(tok, status: str | None, roles: Roles) -> bool:
    """"The presidents agreed that their defence ministers would meet / hold talks": the people the sides send meet
    later, a further contact than the one told (only when the sides' states are known)."""
    return status in _AHEAD_STATUSES and _their_people(_own_subject(tok.head if tok.dep_ == "dobj" else tok)) \
        and len(roles.participants) >= 2 and all(k.startswith("state:") for k in roles.participants)


def _their_people(subj) -> bool:
    """"their foreign ministers", "their envoys", "their defence chiefs": people of the sides a clause above names, none named here."""
    return subj is not None and subj.tag_ == "NNS" and subj.lemma_.lower() in lx.GROUP_NOUNS | PERSON_TITLES \
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in subj.children)


def _sent_to(tok, chain) -> bool:
    """"X will send its foreign minister to the meeting": the sender takes part in the gathering (or, negated,
    stays away from it)."""
    return tok.dep_ == "pobj" and len(chain) > 2 and chain[1].lower_ == "to" and chain[2].pos_ == "VERB" \
        and chain[2].lemma_.lower() == "send" and any(c.dep_ == "dobj" for c in chain[2].children)


_ANSWER_LEMMAS = frozenset({"accept"}) | lx.DECLINE | {verb for verb, _ in lx.DECLINE_PHRASES}  # answers to an offer
_SAY_YES_OR_NO = frozenset("say answer reply".split())  # "said no", "we have answered no": a bare answer
_ANSWERED_PRONOUNS = frozenset("it that this".split())  # "we have turned it down": the question's proposal


_STAND_INS = frozenset("minister delegation delegate representative envoy team one anyone".split())  # "did not send a
# minister", "sent no one"
_KEEP_AWAY = frozenset("attend participate travel represent".split())  # "declined to travel": to the gathering told before
_TOLD_GATHERINGS = frozenset("meeting session gathering talks sitting ministerial summit conference".split())
_REASONS = frozenset("protest solidarity response retaliation reaction defiance".split())  # "in protest at X"
_TURN_DOWN = frozenset("decline reject refuse spurn rebuff snub turn".split())  # "turned down the invitation"
_PULL_OUT = frozenset("pull withdraw".split())  # "X has pulled out", "X withdrew from the meeting": away from it
_AWAY_LEMMAS = frozenset("stay be take send make come go say expect".split()) | _KEEP_AWAY | lx.ABSENCE_VERBS \
    | lx.REGRET_VERBS | _TURN_DOWN | _PULL_OUT  # every verb _stays_away takes


def _stays_away(verb) -> bool:
    """"did not attend", "will not take part", "stayed away", "is absent", "declined to send a minister", "which X
    decided to skip": a verb of keeping away whose gathering is named elsewhere (no object, or only "which" / "it")."""
    lemma, kids = verb.lemma_.lower(), list(verb.children)
    negated = any(c.dep_ == "neg" for c in kids)
    if verb.pos_ not in ("VERB", "AUX") or negated and lemma == "stay" or lemma == "represent" and not _represented(verb):
        return False  # (not "does not represent the party": "will not be represented" is an absence)
    if lemma == "stay":  # "stayed away"; "X stayed home", "X is staying at home" (its own subject: not "said he
        # had chosen to stay home", whose subject the climb may miss)
        home = any(c.dep_ == "nsubj" for c in kids) and verb.dep_ != "advcl"  # (not "the meeting will not happen
        # now that X has stayed home": why another plan fell through)
        own = [c for c in kids if c.dep_ in ("advmod", "prt") and (c.lower_ == "away" or home and c.lower_ == "home")
               or home and c.dep_ == "prep" and c.lower_ == "at" and [o.lower_ for o in c.children] == ["home"]
               or home and _in_own_capital(verb, c)]
    elif lemma == "be" and _empty_seat(verb) or lemma == "take" and _seat_taken(verb, kids):
        own = [verb]  # "X's seat at the table is empty", "X's seat is taken by a deputy prime minister"
    elif lemma == "be":  # "X is absent", "X will not be there", "X is not here", "X was not present"
        own = [c for c in kids if (c.dep_ == "acomp" and c.lower_ == "absent" and not negated
                                   or negated and (c.dep_ == "advmod" and c.lower_ in ("there", "here")
                                                   or c.dep_ == "acomp"
                                                   and c.lower_ == "present")) and not list(c.children)] \
            or [c for c in kids if negated and (_among_them(c) or _in_the_room(c))] \
            or [c for c in kids if not negated and _no_show(c)]  # "X will not be among them / the leaders"; "X is
        # a no-show"
        own = [] if _purpose(kids) else own  # "X is not here to make friends": not a word of absence
    elif lemma == "come" or lemma in _PULL_OUT:  # "X is not coming", "X did not come", "X has pulled out"
        own = [verb] if _comes_not(verb, kids, negated) else []
    elif lemma == "say":  # "X said no to the invitation": no word of keeping away but the answer
        return any(c.lower_ == "no" and c.dep_ in ("intj", "dobj", "advmod") for c in kids) and not negated \
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and _bare_invitation(o)
                                                               for o in c.children) for c in kids)
    else:
        own = [c for c in kids if c.dep_ == "dobj" and (lemma == "take" and c.lower_ == "part" or lemma == "send"
                                                         and (c.lemma_.lower() in _STAND_INS
                                                              or _in_place_of_leader(verb, kids, c))
                                                         or lemma == "make" and _the_trip(c)
                                                         or lemma in _TURN_DOWN and _bare_invitation(c))]
        if not own and lemma in _TURN_DOWN and _invited_and_declined(verb, kids):
            own = [verb]  # "X, who had been invited as a guest, declined": the invitation its subject had
        regrets = [c for c in kids if c.dep_ == "dobj" and lemma in lx.REGRET_VERBS and not negated
                   and c.lower_ in lx.REGRET_NOUNS and not any(k.dep_ == "prep" for k in c.children)]
        if regrets:
            return not any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)  # "X has sent regrets", "tendered
            # his apologies": word that X will not come to the gathering told before
        if not own and lemma not in _KEEP_AWAY | lx.ABSENCE_VERBS:
            return False  # "took a decision", "sent a letter": no keeping away (read before the status, which costs)
        if lemma in _TURN_DOWN and not lemma_is(verb, lx.DECLINE, lx.DECLINE_PHRASES):
            return False  # "turned the invitation over", not down
        refused = status_of(verb) == "declined" or negated \
            and any(c.dep_ == "aux" and c.lower_ in ("did", "does") for c in kids) \
            or any(d.dep_ == "det" and d.lower_ == "no" for o in own for d in o.children) \
            or lemma == "send" and not negated and any(_in_place_of_leader(verb, kids, o) for o in own)
        # "sent no delegation"; "has sent its prime minister instead", "is sending its deputy rather than its
        # president": its leader stays away
        if not refused or not own and lemma not in _KEEP_AWAY | lx.ABSENCE_VERBS \
                or lemma in lx.ABSENCE_VERBS and not any(c.dep_ == "dobj" and (c.pos_ == "PRON" or _told_gathering(c))
                                                         for c in kids):
            return False
        own = own or [verb]
    if not own:
        return False
    reason = min((c.i for c in kids if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _REASONS
                                                                 for o in c.children)), default=len(verb.doc))
    for c in kids + [g for o in own if o is not verb for g in o.children]:  # "stayed away from the dinner"
        if c in own or c.pos_ == "PRON" or _told_gathering(c) or c.dep_ == "prep" and c.i > reason:
            continue  # ("stayed away in protest at the sanctions": what the protest is about, hung on the verb)
        if c.dep_ in ("dobj", "xcomp") or c.dep_ == "ccomp" and c.i > verb.i \
                or c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "from") \
                and c.i > verb.i and any(o.dep_ == "pobj" and o.pos_ != "PRON" and not _told_gathering(o)
                                         and o.lemma_.lower() not in _REASONS for o in c.children):
            # (not "X, at odds with Y, sent no one"; "will not attend, in protest at Y": why, not where)
            return False  # "did not take part in the vote", "will not attend the funeral": another occasion
    return True


def _own_capital_stay(verb) -> str | None:
    """The capital "stayed in" names when it is the subject's own ("Tajikistan's president stayed in Dushanbe")."""
    if verb.lemma_.lower() != "stay":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and _in_own_capital(verb, c)), None)
    return next((entity_text(o) for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None


def _in_own_capital(verb, prep) -> bool:
    """"Tajikistan's president stayed in Dushanbe", "the Omani sultan stayed in Muscat": the "in" of the capital of
    the state its subject names, home (not "stayed in Doha", abroad; nor "stayed in Muscat to host X": a purpose)."""
    if prep.dep_ != "prep" or prep.lower_ != "in" or any(c.dep_ in ("advcl", "xcomp") for c in verb.children):
        return False
    subj = _own_subject(verb)
    states = {e.key for t in (subj.subtree if subj is not None else ()) if t.pos_ in ("PROPN", "ADJ")
              for e in (gazetteer().lookup(t.text), gazetteer().demonym(t.text)) if e is not None and e.type == "state"}
    return bool(states) and any(o.dep_ == "pobj" and (e := gazetteer().capital(entity_text(o))) is not None
                                and e.key in states for o in prep.children)


_ROOMS = frozenset("room hall chamber".split())


def _in_the_room(prep) -> bool:
    """"(X is not) in the room / the hall": away from the gathering told, which sits there."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _ROOMS
        and [(c.dep_, c.lower_) for c in o.children] == [("det", "the")] for o in prep.children)


def _after_all(tok) -> bool:
    """"after all" ("X is not coming after all"), parsed as "all" with "after" on it."""
    return tok.lower_ == "all" and [c.lower_ for c in tok.children] == ["after"]


_LEADER_WORDS = frozenset("president leader king emir premier chancellor sultan head prime".split())
_DEPUTY_WORDS = _STAND_INS | frozenset("deputy ambassador chair secretary premier vice official".split())


def _in_place_of_leader(verb, kids, obj) -> bool:
    """"sent its prime minister instead", "is sending its deputy rather than its president", "sending the deputy chair
    of its cabinet rather than its president": a lesser official sent in the leader's place."""
    if any(c.lower_ == "than" and any(a.lower_ == "rather" for a in c.children)
           and any(o.dep_ == "pobj" and o.lemma_.lower() in _LEADER_WORDS | {"minister"} for o in c.children)
           for h in (obj, obj.head) for c in h.children):
        return True  # whoever is sent, "rather than" names the leader kept away
    if obj.dep_ != "dobj" or obj.lemma_.lower() not in _DEPUTY_WORDS \
            or not any(c.dep_ == "poss" and c.lower_ in ("its", "his", "her", "their") for c in obj.children):
        return False  # (else only a title with "its", "his", "her" or "their" is a stand-in)
    if _bare_instead(kids):
        return True  # ("sent its minister instead": in the leader's place, the gathering told before)
    if any(c.dep_ == "cc" and c.lower_ == "than" for c in obj.children):  # "its deputy rather than its president"
        return any(c.dep_ == "conj" and c.lemma_.lower() in _LEADER_WORDS for c in obj.children)  # (one phrase)
    return any(c.dep_ == "prep" and (c.lower_ == "than"
                                     or c.lower_ == "of" and c.i and c.doc[c.i - 1].lower_ == "instead")
               and any(o.dep_ == "pobj" and o.lemma_.lower() in _LEADER_WORDS for o in c.children) for c in kids)


def _away_now(verb) -> bool:
    """"X is not here", "X is not coming", "X has pulled out": an absence told in the present, from the gathering
    going on (not "did not come", "will not come": one told before or ahead)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.lemma_.lower() in _PULL_OUT | {"be", "come"} and not _past(verb) \
        and (verb.tag_ in ("VBZ", "VBP") or bool(auxes) and all(a in ("is", "are", "has", "have", "'s") for a in auxes))


def _purpose(kids) -> bool:
    """"(is not here / did not come) to make friends": a purpose clause, so the words tell no absence."""
    return any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in kids)


_MAY_NOT = frozenset("can could ca might may".split())  # "cannot come", "could not come": no side's own choice


def _comes_not(verb, kids, negated: bool) -> bool:
    """"X is not coming", "X will not come", "X did not come", "X has pulled out", "X withdrew from the meeting": a
    side of its own (a subject) not coming to the gathering told before (no "come up", "pull out troops", "withdraw
    from the treaty": only a gathering's bare word may follow)."""
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "oprd",
                                                                   "nsubjpass", "auxpass") for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MAY_NOT for c in kids) or any(c.dep_ == "mark" for c in kids) \
            or verb.dep_ == "advcl" or verb.dep_ == "ccomp" and verb.head.dep_ == "advcl":
        return False  # ("if he cannot come", "called off after the rebels pulled out", "after several leaders said
        # they could not come": a condition, or why a gathering fell through, told as its cause)
    parts = [c.lower_ for c in kids if c.dep_ == "prt"]
    if verb.lemma_.lower() == "come":
        return negated and not parts and any(c.dep_ == "aux" for c in kids) and not _purpose(kids) \
            and not any(c.dep_ == "advmod" and c.lower_ not in ("now", "after", "anymore") and not _after_all(c)
                        for c in kids)  # ("is not coming after all": a plan given up, of the gathering told)
    if negated or parts not in ([], ["out"]) or verb.lemma_.lower() == "pull" and parts != ["out"]:
        return False  # ("pulled back", "did not withdraw")
    return all(_told_gathering(o) for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "of")
               for o in c.children if o.dep_ == "pobj")


_SEATS = frozenset("seat chair place".split())
_COMING = frozenset("come travel go".split())  # "has not come to Brussels", "did not travel to Suva"
_NOT_COMING_AUX = frozenset("did has have will would wo 'll shall".split())  # told once, or a plan given up


def _not_come_to(verb) -> str | None:
    """"X has not come to Brussels", "X will not travel to Suva", "X is not in Nassau", "X is not expected in
    Baghdad": the place a side stays away from (the caller asks whether a gathering was told there), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in _COMING and lemma not in ("be", "expect"):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "neg" for c in kids) or any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr")
                                                     for c in kids) \
            or any(t.lower_ in _NOT_ONE_TIME for t in verb.subtree):
        return None  # ("will not travel to X again until ...": no one occasion)
    if lemma in _COMING and not any(c.dep_ == "aux" and c.lower_ in _NOT_COMING_AUX for c in kids) \
            or lemma == "expect" and not any(c.dep_ == "auxpass" for c in kids):
        return None
    prep = "to" if lemma in _COMING else "in"  # "is not in Nassau", "is not expected in Baghdad"
    places = [o for c in kids if c.dep_ == "prep" and c.lower_ == prep for o in c.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN"
              and all(k.dep_ == "compound" and k.pos_ == "PROPN" and k.i < o.i for k in o.children)]
    return places[0].doc[places[0].left_edge.i:places[0].i + 1].text if len(places) == 1 else None
    # ("is not in Addis Ababa": a name of two words)


def _held_in(gathering: Sighting, place: str) -> bool:
    """Whether a gathering was told in a place ("Nassau"), or in the state whose city it is ("the Bahamas")."""
    where = gathering.roles.location
    return where is not None and (where == place or _city_within(place, where))


_NOT_ONE_TIME = frozenset("again until till before unless since yet ever never whether if".split())
_AMONG = frozenset("them those leaders participants guests delegates ministers attendees".split())


def _among_them(prep) -> bool:
    """"X will not be among them", "not among the leaders": one missing from those who gather."""
    return prep.dep_ == "prep" and prep.lower_ == "among" and any(
        o.dep_ == "pobj" and o.lower_ in _AMONG and not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children)
        for o in prep.children)


def _invited_and_declined(verb, kids) -> bool:
    """"X, who had been invited as a guest, declined": a bare refusal whose subject was invited (its clause names
    no event of its own: "invited to join the talks" is that event's word)."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "neg") or c.dep_ == "prep" and not _why_prep(c) for c in kids):
        return False  # (a reason may follow: "declined, owing to the floods", "declined because of the budget")
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "invite" and all(
        x.dep_ != "xcomp" or _to_attend(x) or _joins_told(x) for x in c.children) for c in subj.children)
    # (not "who had been invited to address Congress": another occasion; "invited to join the talks, declined":
    # X's own part, not the talks)


_WHY_PREPS = frozenset("owing because due citing given".split())  # "declined owing to / because of / due to X"


def _why_prep(prep) -> bool:
    """A preposition that gives a refusal's reason ("owing to the floods", "because of the budget", "in protest at
    X"), not the occasion refused."""
    return prep.lower_ in _WHY_PREPS or any(o.dep_ == "pobj" and o.lemma_.lower() in _REASONS for o in prep.children)


def _invitation_turned_down(verb) -> bool:
    """"X, who had been invited to join the meeting, declined", "X was invited to attend but declined": the one
    invited to join the gathering told before said no, and is no attendee of it."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "invite":
        return False
    invite = verb.head
    answers = [c for c in invite.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if invite.dep_ in ("relcl", "acl") and invite.head.dep_ in ("nsubj", "nsubjpass"):
        answers.append(invite.head.head)  # the verb the invited one is the subject of
    return any(lemma_is(a, lx.DECLINE, lx.DECLINE_PHRASES) for a in answers)


_RULING = frozenset("rule govern run control lead".split())


def _ruled_states(subj):
    """"the juntas ruling Mali and Niger", "the military government running X": the states a government stands
    for, named as what it rules (else None)."""
    if subj is None or subj.lemma_.lower() not in lx.STATE_FORCES:
        return None
    ruled = [o for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in _RULING
             for o in c.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
    return ruled[0] if len(ruled) == 1 else None


def _refusal_owner(tok):
    """"Poland's boycott of the summit", "Japan's absence from the talks": the one who stays away, named as the owner
    of the refusal noun the gathering hangs on (else None)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "from", "at"):
        return None
    noun = tok.head.head
    if noun.lemma_.lower() not in lx.DECLINE_NOUNS | lx.ABSENCE_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def _had_invited(verb) -> bool:
    """"X, whom Y had invited to ..., declined": the invitation in the pluperfect, made before the one held."""
    subj = _own_subject(verb)
    return subj is not None and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "invite" and any(a.dep_ in ("aux", "auxpass")
                                                                           and a.lower_ == "had" for a in c.children)
        for c in subj.children)


def _joins_told(verb) -> bool:
    """"(whom X had invited) to join the afternoon session / the signing": a part in the gathering told before,
    named by its bare word with "the"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in _KEEP_AWAY | {"join"} and len(objs) == 1 \
        and (_gathering_word(objs[0]) or objs[0].lemma_.lower() in _CEREMONIES) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in objs[0].children) \
        and not any(c.dep_ in ("poss", "prep", "relcl", "acl") or c.dep_ == "compound" and c.pos_ == "PROPN"
                    for c in objs[0].children)  # ("the afternoon session", not "the ASEAN session")


_CEREMONIES = frozenset("signing ceremony".split())


def _no_show(attr) -> bool:
    """"(X is) a no-show": one who does not come to the gathering told with it."""
    return attr.dep_ == "attr" and attr.lower_ in ("show", "no-show", "noshow") \
        and (attr.lower_ != "show" or [c.lower_ for c in attr.children if c.dep_ != "det"] == ["no", "-"])


def _seat_taken(verb, kids) -> bool:
    """"X's seat is taken by a deputy prime minister", "X's chair was filled by its envoy": a stand-in in the place of
    X's own leader (not "the seat was taken by the opposition": a stand-in's office names who sits there)."""
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in ("seat", "chair", "place")
                and any(p.dep_ == "poss" for p in c.children) for c in kids) \
        and any(c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lemma_.lower() in _STAND_INS | {"deputy"}
                                          for o in c.children) for c in kids)


def _empty_seat(verb) -> bool:
    """"X's seat at the table is empty", "X's chair was vacant": X is away from the gathering told before."""
    kids = list(verb.children)
    return any(c.dep_ == "acomp" and c.lower_ in ("empty", "vacant") for c in kids) \
        and not any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _SEATS and any(p.dep_ == "poss" for p in c.children)
                for c in kids)


def _the_trip(obj) -> bool:
    """"will not make the trip": the journey to the gathering told before, named by its bare word."""
    return obj.lemma_.lower() in ("trip", "journey") and any(c.dep_ == "det" and c.lower_ in ("the", "that")
                                                              for c in obj.children) \
        and not any(c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in obj.children)


def _bare_invitation(obj) -> bool:
    """"turned down the invitation", "declined Malta's invitation": an invitation to the gathering told before (one
    that names its own event, "an invitation to the summit in X", is told by that event's word)."""
    return obj.lemma_.lower() in ("invitation", "invite") \
        and not any(c.dep_ == "prep" or c.dep_ in ("acl", "relcl") and not _to_attend(c) for c in obj.children)
    # ("turned down invitations to attend": the bare verb names no gathering of its own)


def _to_attend(verb) -> bool:
    """"(who had been) invited to attend (as an observer)": invited to the gathering told before, its verb naming
    none."""
    return verb.lemma_.lower() in _KEEP_AWAY | {"join"} and all(
        c.dep_ in ("aux", "advmod") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    # ("an invitation to attend the summit" is told by the summit's own word)


def _told_gathering(obj) -> bool:
    """"boycotted the meeting", "sent no one to the talks", "will not take part in the session": the gathering told
    before, named again by its bare word (not "the ASEAN meeting", "talks with X", "the meeting of Y")."""
    return _gathering_word(obj) \
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in obj.children) \
        and not any(c.dep_ in ("compound", "poss") or c.dep_ == "prep" and c.lower_ in ("of", "with", "between")
                    for c in obj.children)


def _finite_verb(verb):
    """The verb that carries a clause's tense ("declined to travel": declined; "sent": itself)."""
    while verb.dep_ in ("xcomp", "conj") and verb.head != verb and verb.tag_ in ("VB", "VBD", "VBN", "VBG"):
        if verb.dep_ == "conj" and verb.tag_ == "VBD":
            break
        verb = verb.head
    return verb


_ATTENDING = frozenset("attend participate take join confirm".split())  # verbs of coming to a gathering told before
_ATTENDANCE = frozenset("attendance participation presence".split())  # "confirmed their attendance"


def _confirms_attendance(verb) -> bool:
    """"have confirmed their attendance (participation)": the subject comes to the gathering told before."""
    return verb.lemma_.lower() == "confirm" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ATTENDANCE
                                                    for c in verb.children)


def _no_occasion(verb) -> bool:
    """A verb of attending that names no occasion of its own ("attended", "will take part", "confirmed their
    attendance"; not "attended the funeral", "will not attend", "take part in the vote"), nor a refusal."""
    for c in verb.children:
        if c.dep_ == "neg" or c.dep_ == "dobj" and not (c.lower_ == "part" or c.lemma_.lower() in _ATTENDANCE
                                                           and not any(g.dep_ == "prep" for g in c.children)):
            return False
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and any(o.dep_ == "pobj" and o.pos_ != "PRON"
                                                                       for o in c.children):
            return False
    return status_of(verb) != "declined"


def _delegate_when(tok):
    """"X is to represent Tajikistan when the CIS heads of government gather", "X will attend when the leaders
    meet": the one a body's sitting, told in a "when" clause, has as its state's delegate."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when"
                                                             for c in tok.children):
        return None
    head = tok.head
    if not (head.lemma_.lower() == "represent" and any(c.dep_ == "dobj" for c in head.children) or _joins(head)):
        return None
    return _subject_above(head, ("xcomp",))  # "X is to represent Y when ...": the subject of "is"


def _subject_above(verb, deps: tuple[str, ...], heads: tuple[str, ...] | None = None):
    """A verb with no subject of its own (an infinitive, a complement) has the one of the verb it hangs on by
    ``deps`` (whose part of speech is among ``heads``, if given): "Egypt offered to host it" is Egypt's hosting."""
    subj = nearest_subject(verb)
    while subj is None and verb.dep_ in deps and (heads is None or verb.head.pos_ in heads):
        verb = verb.head
        subj = nearest_subject(verb)
    return subj


def _joins(verb) -> bool:
    """"attend", "join", "take part in", "participate in", "witnessed the signing": the subject joins an event
    defined elsewhere."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in ("attend", "join", "participate", "witness") or _represented(verb) or
                                    (lemma == "take" and any(c.lower_ == "part" for c in verb.children)) or
                                    lemma in _OPENS and verb.tag_ == "VBG" and any(
                                        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "the"
                                                                 for d in c.children) for c in verb.children))


_SENT_PEOPLE = frozenset("""minister ministers government governments cabinet cabinets envoy envoys delegation
delegations team teams negotiator negotiators official officials representative representatives""".split())  # whom
# leaders send
_LED_VERBS = frozenset("lead head chair co-chair cochair".split())  # "a dialogue led by their ministers"


def _delegated_people(tok):
    """"their foreign ministers" as the ones who hold a planned contact: the subject of "meet" (or the object of "asked
    ... to meet"), the agent of "led / co-chaired by", the "of" of "a joint session of their governments", the subject
    holding it ("their governments will hold a joint session")."""
    if tok.pos_ == "VERB":
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not found and tok.dep_ == "xcomp":
            found = [c for c in tok.head.children if c.dep_ == "dobj"]
    else:
        found = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"]
        above = [tok, *([tok.head, tok.head.head] if tok.dep_ == "dobj" else [])]  # "agreed to convene talks ...,
        # led by their ministers"
        found += [o for n in above for v in n.children if v.dep_ in ("acl", "advcl") and v.tag_ == "VBN"
                  and v.lemma_.lower() in _LED_VERBS
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if tok.dep_ == "dobj" and (holder := nearest_subject(tok.head)) is not None:
            found.append(holder)  # "their governments would hold a joint session": the ones holding it
    return next((t for t in found if t.tag_ == "NNS" and t.lemma_.lower() in _SENT_PEOPLE
                 and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children)), None)


def _represented(verb) -> bool:
    """"X will be represented at the summit (by its foreign minister)": X's side takes part."""
    return verb.lemma_.lower() == "represent" and any(c.dep_ == "auxpass" for c in verb.children)


_OPENS = frozenset("open address".split())  # "Opening the meeting, X said": X takes part in the meeting told before


def _absolute(obj) -> bool:
    """"a summit, with the war in Sudan dominating the agenda": a circumstance, not the company kept."""
    after = obj.right_edge.i + 1
    return any(v.tag_ == "VBG" and v.dep_ in ("acl", "advcl") for v in obj.children) \
        or after < len(obj.doc) and obj.doc[after].tag_ == "VBG"


def _purpose_verb(tok):
    """The verb a "for <event>" phrase hangs on ("flew to Cairo for talks": flew), else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx.ROUND_NOUNS:
        tok = tok.head.head  # "for a second round of talks"
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None


def _trip_for_gathering(tok, kind: str) -> bool:
    """"will not travel to Georgetown for the CARICOM meeting": a journey whose purpose is an event the text tells
    of its own (the refusal is that event's; the trip, at most a way there)."""
    return kind == "visit" and tok.pos_ == "VERB" and any(
        o.pos_ == "NOUN" and o.lemma_.lower() in _GATHERINGS  # ("for the CARICOM Heads of Government meeting")
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.subtree)


def _trip_for_contact(tok) -> bool:
    """"arrived in Baghdad on Sunday for talks with X": a journey made for a contact, which that contact names again."""
    return tok.pos_ == "VERB" and any(
        trigger_type(o) in ("meeting", "talks", "negotiation") for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj")


def _purpose_of_gathering(tok, kind: str) -> bool:
    """"Leaders gathered in Kuwait for their annual summit": the gathering is the summit it was for."""
    verb = _purpose_verb(tok)
    return verb is not None and verb.pos_ == "VERB" and lx.FAMILIES.get(kind) == "in-person" \
        and kind != "visit" and trigger_type(verb) in ("meeting", "talks")


def _what_it_was(tok) -> bool:
    """"It was the ministers' third meeting this year": the event just told, named again as what it was."""
    return tok.dep_ == "attr" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() == "be" \
        and any(c.dep_ == "nsubj" and c.lower_ in _WHAT_IT_WAS for c in tok.head.children)


_WHAT_IT_WAS = frozenset("it this".split())


def _it_gathered(tok) -> bool:
    """"The conference opened in X on Monday. It brought together A, B and C": the gathering just told, its parties
    named."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lx.GATHERING_CLAUSE_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ in _WHAT_IT_WAS for c in tok.children)


def _held_with(tok, roles) -> bool:
    """"X held talks with A and B": the one holding talks with others takes part in them."""
    return roles.counterpart and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLD_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "with" for h in _with_holders(tok) for c in h.children)


_HOLD_VERBS = frozenset("hold have conduct".split())


def _first_to(tok) -> bool:
    """"X is the first head of state to visit Y since 2019", "the only leader to attend": an infinitive that ranks
    the one who does it among others tells a record about a visit told elsewhere, no plan of its own (not "X will be
    the first leader to visit Y": that may be the plan's only telling)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "acl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    gov = tok.head.head
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "last", "latest"))
               for c in tok.head.children) \
        and gov.tag_ != "VB" and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE for c in gov.children)


def _with_holders(tok) -> list:
    """The words a mention's "with" phrase may hang on: itself, and the verb it is the object of ("held meetings
    with X", the phrase parsed under "held")."""
    return [tok, tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [tok]


def _met_several(tok) -> bool:
    """"X was due to meet A and B", "X held talks with A and B": the subject meets all the partners named."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "meet" and any(c.dep_ == "dobj" for c in tok.children) \
        or any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.conjuncts for o in c.children)
               for c in tok.children)


def _between(tok) -> bool:
    """True for "talks between A and B" (the parties are named in the phrase itself)."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def _fronted_subject(verb):
    """"At the invitation of X, Y will visit Z": the parser may take Y, after the opening phrase's comma, for an
    apposition to X; the noun phrase that ends right before the verb and its auxiliaries is the subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = _verb_start(verb)
    doc = verb.doc
    for opening in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        apposed = [t for t in opening.subtree if t.dep_ == "appos"]
        after_comma = {t.right_edge.i for t in apposed if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","}
        for appos in apposed:
            if appos.right_edge.i + 1 == first and appos.left_edge.i > 0 \
                    and (doc[appos.left_edge.i - 1].text == "," or appos.left_edge.i - 1 in after_comma):
                return appos  # (", President of X Y will visit": the name after its title, both read as appositions)
    return None


_SIDE_COUNTS = {"trilateral": 3, "three-way": 3, "tripartite": 3, "three-nation": 3, "quadrilateral": 4,
                "four-way": 4, "quadripartite": 4, "four-nation": 4}


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _subject_count(tok, chain) -> int:
    """"the three countries' ministers last met": the number the subject of the event's verb counts, else 0."""
    verb = tok if tok.pos_ == "VERB" else next((v for v in chain[1:2] if v.pos_ == "VERB"), None)
    subj = _controller_subject(verb) if verb is not None else None
    if subj is None:
        return 0
    return next((n for t in subj.subtree if t.dep_ in ("nummod", "det", "predet")
                 and (n := _NUMBER_WORDS.get(t.lower_, int(t.text) if t.text.isdigit() and len(t.text) == 1 else 0))),
                0)


def _sides_counted(tok) -> int:
    """"a trilateral meeting", "three-way talks": the number of sides the event's modifier counts, else 0."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    words = ["".join(t.text for t in c.subtree).lower() for c in mods] + [c.lower_ for c in mods]  # "three-way"
    return max((_SIDE_COUNTS.get(w, 0) for w in words), default=0)


_REGION_ADJECTIVES = frozenset("Nordic Baltic Arab Andean".split())  # regions named only by an adjective


def _regional_conveners(name: str) -> bool:
    """"Pacific foreign ministers", "Central Asian states": a region's leaders, ministers or states, who meet as a group."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in ("leaders", "ministers", "states", "countries", "nations"):
        return False
    parts = re.split(r",|\band\b", " ".join(words[:-1]))  # "Asian and African nations": each a region
    regions = [" ".join(w for w in part.split() if w[:1].isupper()) for part in parts]
    return all(r in lx.REGIONS or r in _REGION_ADJECTIVES  # "Asian": Asia
               or any(r.endswith(end) and r[:-len(end)] in lx.REGIONS for end in ("n", "an")) for r in regions)


def _hosts_gather(tok) -> bool:
    """"A and B co-hosted a conference on X": a new gathering whose noun names no one it brings together (not
    "a meeting of the Council", not "the meeting", which points back to talks told before; but "the next summit"
    is a new sitting of a body's series, whose host takes part)."""
    return tok.pos_ == "NOUN" and (not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in tok.children)
                                   or any(c.dep_ == "amod" and c.lower_ in ("next", "following") for c in tok.children)) \
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "between", "among", "with") for c in tok.children)
def _stray_subject(verb):
    """"SANTIAGO - The Minister, X, will receive Y": a name before a verb without a subject, which the parser took
    for an adverbial noun, is its subject."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.i < verb.i and (c.dep_ == "npadvmod" and stray_name(c) or c.dep_ ==
                                                               "advmod" and c.ent_type_ in ("GPE", "ORG", "PERSON"))),
                None)  # "Vanuatu, at odds with X, sent no one": a state the parser took for an adverb


_STYLES = frozenset("highness excellency majesty".split())  # styles before a title: "His Highness the Minister"


def _past_style(tok):
    """"His Majesty the King", "Her Excellency the President" met by a visitor: the title the style of address goes
    before, which frames the state as the bare title would (else the word itself)."""
    if tok.lower_ not in _STYLES:
        return tok
    titles = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    return titles[0] if len(titles) == 1 and is_title(titles[0].text) else tok
_STYLE_INITIALS = frozenset({"HE", "H.E.", "HH", "H.H."})  # "His Excellency", "His Highness" as initials
_HEADING_CHARS = 300  # a page's heading: its text before the first blank line, when that comes this early
_TITLE_REACH = 80  # characters between a long title and its holder's name ("... at the Ministry of X Dr. Y")


def _heading(text: str) -> str:
    """A page's heading (its text before the first blank line, when that comes early), else ""."""
    return text[:text.find("\n\n")] if "\n\n" in text[:_HEADING_CHARS] else ""


def _portfolio(prep) -> bool:
    """"(the Minister) of Foreign Affairs", "for Defence": a portfolio that names no state."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "of" and len(objs) == 1 and objs[0].text == "State" and not list(objs[0].children):
        return True  # "the Minister of State": a rank, the tagger's body or not
    return prep.lower_ in ("of", "for") and len(objs) == 1 and objs[0].text[:1].isupper() \
        and objs[0].ent_type_ not in ("GPE", "NORP", "ORG") and (objs[0].lower_ in PORTFOLIOS
                                                                 or objs[0].lower_ in ("defence", "defense", "justice"))


def _capitalised_office(node) -> bool:
    """"External Affairs Minister will be in Dhaka": a capitalised title with no determiner opening its sentence, as a
    briefing names its own office (not "Prime Minister X", which has a name)."""
    first = node.left_edge
    return node.text[:1].isupper() and node.pos_ == "PROPN" and not any(c.dep_ == "det" for c in node.children) \
        and (first.is_sent_start or first.i > 0 and first.nbor(-1).text in (":", "\n", "\n\n"))


def _line_label(subj) -> bool:
    """"Lin Jian: At the invitation of ..., X will visit": a name opening its line before a colon, the parser's
    subject, is who speaks in a transcript."""
    doc, first = subj.doc, subj.left_edge
    after = subj.right_edge.i + 1
    return after < len(doc) and doc[after].text == ":" and (first.i == 0 or "\n" in doc[first.i - 1].text_with_ws)


def _name_before(verb):
    """The proper noun that ends right before a verb and its auxiliaries (the subject the parser lost)."""
    start = _verb_start(verb)
    before = verb.doc[start - 1] if start > 0 else None
    return before if before is not None and before.pos_ == "PROPN" else None


def _verb_start(verb) -> int:
    """Where a verb's group begins: its first auxiliary or negation before it, else the verb."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])


@per_token  # _governing_subjects and the others ask of the same verbs for each sighting
def _controller_subject(verb):
    """The subject of a verb, or of the verb/adjective that controls it ("willing to meet")."""
    for _ in range(4):
        subj = nearest_subject(verb) or _fronted_subject(verb) or _stray_subject(verb)
        if subj is not None:
            return subj
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx.OBJECT_CONTROL:
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj  # "invited X to visit": X visits
        if headline_subject(verb) is not None:
            return verb.head  # "Merkel to visit Kyiv", parsed with the name as the root
        if verb.dep_ in ("xcomp", "acomp", "advcl", "conj", "pcomp") and verb.head != verb:
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
            if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN":
                verb = verb.head  # "a day after meeting X, Y flew to Z": Y met X
            continue
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            return verb.head  # "leaders expressing their desire"
        owner = next((c for c in verb.head.children if c.dep_ == "poss"), None) or next(
            (o for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i
             for o in c.children if o.dep_ == "pobj"), None) \
            if verb.dep_ == "acl" and verb.head.lemma_.lower() in _OWN_CHOICES else None  # "the refusal of X to go"
        if owner is not None and verb.tag_ == "VB" and owner.pos_ != "PRON":
            return owner  # "Mexico's refusal to attend", "X's decision to skip" (not "X's invitation to visit")
        if verb.dep_ == "acl" and (verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in lx.GROUP_NOUNS) \
                and not any(c.dep_ == "agent" for c in verb.children):
            return verb.head  # "X, offered to mediate" (a finite verb the parser took for a participle)
        return None
    return None


def _timetable(levels, sent) -> bool:
    """A plain present in running text ("the summit opens on Saturday"), which may speak of days ahead."""
    verb = next((v for v in levels if v.pos_ in ("VERB", "AUX")), None)
    if verb is None or not plain_present(verb):
        return False
    return sent.text.rstrip().endswith((".", "\u201d", '"')) and sent.start > 0  # headlines tell the past so too


def _ahead(levels) -> bool:
    """A present or future verb over the mention ("sits down later today"), not a past one ("met later that day")."""
    verb = next((v for v in levels if v.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP", "VB") \
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children)


def _announced(verb) -> bool:
    """"is expected to visit", "is due to be held", "talks are to be held": a plan told as fact, date or not."""
    if verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return True
    return destined(verb)


def _under_way(verb) -> bool:
    """"is heading to X for talks", "heads to X", "a summit set for Harare": fixed and close, date or not."""
    lemma = verb.lemma_.lower()
    if verb.lower_ in lx.SCHEDULE_ADJ and verb.lower_ != "planned" and verb.tag_ in ("VBN", "VBD", "JJ"):
        return True
    return lemma in lx.TRAVEL_VERBS | lx.DEPART_VERBS and verb.tag_ in ("VBG", "VBZ", "VBP") \
        and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE | lx.MODAL_PROPOSE for c in verb.children)


def _just_arrived(tok, chain) -> bool:
    """"has arrived in Oslo", "has landed in Tokyo for a visit": a journey in the present perfect is news of today."""
    moves = lx.ARRIVAL_WORDS | lx.TRAVEL_VERBS | lx.DEPART_VERBS
    verb = next((v for v in (tok, *chain[1:3]) if v.pos_ == "VERB"), None)
    return verb is not None and verb.tag_ == "VBN" and verb.lemma_.lower() in moves \
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)


def _present(tok, gov) -> bool:
    """True for "are holding talks", "is visiting": the event is going on as the article is written."""
    verb = tok if tok.pos_ == "VERB" else gov
    if verb is None:
        return False
    return verb.tag_ in ("VBG", "VBZ", "VBP") and any(c.lower_ in ("is", "are", "am") for c in verb.children) \
        or verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)


_ENCOUNTERS = frozenset(lx.TRIGGER_NOUNS) | {"contact", "encounter"}


def _told_encounter(obj) -> bool:
    """"A and B met on Monday, their first face-to-face contact in years": a noun set off after a comma that names the
    encounter itself, which the parser hung on the verb as its object, is no other party."""
    edge = obj.left_edge.i
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _ENCOUNTERS and edge > obj.head.i + 1 \
        and obj.doc[edge - 1].text == ","


def _moved(chain: list, status: str | None, time: Timex | None) -> bool:
    """"The visit has been moved to 2 April", "the talks were pushed back to May": a mention dated by a new plan (a
    day, week or month; not "rescheduled later in the year")."""
    if status != "scheduled" or time is None or not re.match(r"\d{4}-(?:\d{2}|W\d{2})", time.value or ""):
        return False
    return any(v.pos_ == "VERB" and (v.lemma_.lower() in lx.POSTPONE | lx.RESCHEDULE_VERBS or any(
        (v.lemma_.lower(), c.lower_) in lx.POSTPONE_PHRASES for c in v.children)) for v in chain[1:4])
