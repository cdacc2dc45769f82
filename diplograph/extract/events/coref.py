"""One event per article: sightings of the same event grouped, then turned into a record."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from diplograph.extract.events.participants import GROUP_PREFIX, Roles
from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import gazetteer, same_place
from diplograph.records import Document, Event, Mention, StatusClaim, Timex
from diplograph.timex.values import timex_bounds

ANAPHOR_WINDOW = 8  # sentences within which "the meeting" / "such talks" refer back
LONG_AGO = timedelta(days=180)  # a held meeting this long before a plan was reported is an earlier one
_AHEAD = frozenset({"proposed", "agreed", "scheduled"})
_TRIP_PARTS = frozenset({"visit", "talks", "meeting", "negotiation"})
_CONTACTS = frozenset({"talks", "meeting", "negotiation"})  # the two sides face to face
_CALLED_OFF = frozenset({"declined", "cancelled"})  # a trip that will not be made
_KIN = {"talks": {"talks", "negotiation"}, "negotiation": {"talks", "negotiation"}}  # one process, two words


@dataclass(slots=True)
class Sighting:
    """One mention of an event in the text, with what it says about it."""

    type: str
    start: int
    end: int
    sent_no: int
    roles: Roles
    status: str | None
    claimed_by: str | None
    claimed_on: date | None
    time: Timex | None
    day: date | None
    definite: bool
    subject: str | None = None  # the actor doing the governing verb ("X chose not to attend")
    appos: bool = False  # "a meeting ..., the first such talks": same event as the one before
    fresh: bool = False  # "meet again", "a second round": not the occurrence already reported
    main: bool = False  # the mention is what its clause is about (subject, object or verb), not a side remark
    joiners: tuple[str, ...] = ()  # parties who only join it ("Nigeria would take part in the summit")
    exact: bool = False  # one of several meetings held apart ("met A and B separately"): its parties exactly
    courtesy: bool = False  # "paid a courtesy call on X": met as a meeting, recorded as the visit it is
    headline: bool = False  # in the page's headline, which names fewer parties and no day of its own
    sidelines: bool = False  # "on the sidelines" of no gathering named: the one the article is about
    occasion: int | None = None  # offset of "the talks" in "after / during the talks": its day and place
    eve: bool = False  # "on the eve of the meeting": the day before the occasion's
    gathering: bool = False  # "a virtual summit", "a video conference of leaders": a gathering held online
    named_visit: bool = False  # the word is "visit" itself ("a state visit", "will visit"), not "travel" or "trip"
    earlier: bool = False  # "the two leaders last met in May": an occurrence before the one the article reports
    onward: bool = False  # "met X before flying to Rome": a trip begun after the sentence's contact
    members: bool = False  # "foreign ministers of the G7 held talks": one body's own people meet among themselves
    unnamed: bool = False  # "the leaders' meeting", "the summit of the heads of state": a gathering of people unnamed
    counted: int = 0  # "a three-way summit with X": the sides its modifier counts, more than it names
    subject_count: int = 0  # "the three countries' ministers last met": the number its verb's subject counts
    host: str | None = None  # "X received Y", "Y called on X": the state of the one receiving, whose seat a palace is
    unset: bool = False  # "she will meet X": told as settled but with no day, so read as agreed until a trip dates it
    sequel: bool = False  # "X later met Y", "earlier the same day": told beside another contact of the narrative
    moved: bool = False  # "the visit has been moved to 2 April": the date of a new plan, beating the one it replaces
    asked_line: bool = False  # in a transcript's question ("Q: What about the trilateral with Iraq?")
    answering: bool = False  # a definite mention in the answer just below a question ("A: The meeting is off")
    for_talks: bool = False  # "arrived in X for talks": a trip whose purpose is a contact, which "the talks" recalls
    instead: bool = False  # "proposed instead that the ministers meet": told in place of one refused or called off


@dataclass(slots=True)
class Cluster:
    """Sightings of one event in one article."""

    sightings: list[Sighting] = field(default_factory=list)

    @property
    def participants(self) -> list[str]:
        """Participants in order of first sighting."""
        return list(dict.fromkeys(k for s in self.sightings for k in s.roles.participants))

    @property
    def family(self) -> str:
        return lx.FAMILIES[self.sightings[0].type]


def corefer(sightings: list[Sighting], sides: dict[str, str] | None = None) -> list[Cluster]:
    """Group sightings of one event: same family and parties (sides: person -> their state), or an anaphor."""
    clusters: list[Cluster] = []
    last: Cluster | None = None
    for s in sightings:
        target = _told_just_before(clusters, last, s) if s.appos and last is not None \
            else _matching(clusters, s, sides or {})
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.sightings.append(s)
        _fold_state(target, sides or {})
        clusters.remove(target)
        clusters.append(target)  # most recently mentioned last
        last = target
    return clusters


def _told_just_before(clusters: list[Cluster], last: Cluster, s: Sighting) -> Cluster:
    """The event an apposition names again: the last told, or the last of its family ("met and signed an accord. It
    was their third meeting": the meeting)."""
    family = lx.FAMILIES[s.type]
    return last if last.family == family else next((c for c in reversed(clusters) if c.family == family), last)


def _matching(clusters: list[Cluster], s: Sighting, sides: dict[str, str]) -> Cluster | None:
    """The cluster a sighting belongs to: same participants, or the antecedent of a definite mention."""
    family = lx.FAMILIES[s.type]
    mine = (set(s.roles.participants) - set(s.joiners)) or (set() if s.definite else set(s.roles.participants))
    same = [c for c in reversed(clusters) if c.family == family and c.participants]
    if s.fresh and mine and s.status in _AHEAD:  # "they would meet again", "they" partly resolved: who just met
        prior = next((c for c in same if s.sent_no - c.sightings[-1].sent_no <= ANAPHOR_WINDOW), None)
        if prior is not None and (mine < set(prior.participants) or mine <= set(s.roles.hosts)
                                  or mine == {s.subject} and not mine & set(prior.participants) and not s.members
                                  and len(_sides_of(prior.participants, sides)) >= 2):
            # "Palau will host next year's summit": the host of the next one, with those who met; "the envoy proposed
            # another round": the round of the talks just told, its proposer (the verb's one doer) beside their sides
            # (not "the next Arab League summit" nor "when NATO defence ministers meet": the body's own)
            s.roles.add(prior.participants)
            return None
    if (widened := _counted_with_those_met(clusters, s, mine, family, sides)) is not None:
        s.roles.add(widened.participants)  # "A received B. A three-way summit with C will follow": A, B and C
        return None
    if s.type == "signing" and s.definite and s.status == "held" and (told := _signing_just_told(clusters, s)):
        return told  # "witnessed the signing of four agreements. The documents were signed by X and Y": one signing
    if mine:  # a cluster with a mention of the same type first: "visit" goes with "visit", not "talks"
        ranked = sorted((c for c in same if not _next_of(s, c)), key=lambda c: not any(x.type == s.type
                                                                                       for x in c.sightings))
        return next((c for c in ranked if _same_parties(mine, c, s, sides) and _when_where_fit(c, s)
                     and not _opposed(c, s)), None)
    if not s.definite:
        if (s.fresh or s.earlier and s.status == "held") and s.status in ("held", *_AHEAD):  # "they met again in X",
            # "agreed to meet again in Y", "the delegations last met in Z": who met
            # before, a new occurrence (a plan: of the contact last told as held, which may name no one)
            told = same if s.status == "held" else [c for c in reversed(clusters) if c.family == family
                                                    and any(x.status == "held" for x in c.sightings)]
            prior = next((c for c in told if s.sent_no - c.sightings[-1].sent_no <= ANAPHOR_WINDOW), None)
            if prior is not None and (not s.earlier or s.fresh or s.subject_count in (
                    0, len(_sides_of(prior.participants, sides)))):  # (not "the three countries' ministers
                s.roles.add(prior.participants)  # last met" after two told)
        return None
    kin = _KIN.get(s.type, {s.type})
    latest = next((c for c in reversed(clusters) if any(x.type in kin for x in c.sightings)), None)
    if latest is not None and not latest.participants and not latest.sightings[-1].definite \
            and not (s.fresh and latest.sightings[-1].sent_no == s.sent_no) \
            and s.sent_no - latest.sightings[-1].sent_no <= ANAPHOR_WINDOW:
        return latest  # "met X to discuss the stalled negotiations. The talks resume Sunday": those talks (not "Summit
        # noted that X will host the next summit": a next one is never the one its own sentence just named)
    near = [c for c in same if s.sent_no - c.sightings[-1].sent_no <= ANAPHOR_WINDOW
            and (s.type not in lx.STRICT_ANAPHORS or s.unnamed or any(x.type == s.type for x in c.sightings))]
    if not near and s.fresh and s.status in _AHEAD and s.type == "summit":
        near = [c for c in same if s.sent_no - c.sightings[-1].sent_no <= 1
                and all(x.status == "held" and x.type == "meeting" for x in c.sightings)
                and len(_sides_of(c.participants, sides)) == 2][:1]
        # "the presidents met in X. The next summit will be in Y": the next of the leaders' meeting just told
    if s.status not in (None, "declined", "cancelled"):
        aways = [c for c in near if _stays_away(c)]
        near = [c for c in near if c not in aways]
        if aways and not any(_when_where_fit(c, s) for c in near):
            # "X will not send a minister to the ASEAN meeting. The meeting will go ahead on Friday": the gathering
            # itself, its body's, without the one who stays away
            away = aways[0]
            s.roles.add([k for k in away.participants if k.startswith(("org:", GROUP_PREFIX))])
            s.roles.location = s.roles.location or next((x.roles.location for x in away.sightings if x.roles.location),
                                                        None)
            return None
    fitting = [c for c in near if _when_where_fit(c, s) and not _next_of(s, c)]
    if (s.fresh or s.unnamed) and near and not fitting:
        # "a second round", "met in Suva ahead of the leaders' meeting in Honiara": the parties of the gathering
        # before, a new event
        s.roles.add(near[0].participants)
        return None

    def fit(c: Cluster) -> int:
        places = {x.roles.location for x in c.sightings} - {None}
        return 6 * (s.answering and any(x.asked_line and 0 < s.sent_no - x.sent_no <= 3 for x in c.sightings)) \
            + 4 * (s.roles.location in places) + 3 * (c.sightings[-1].sent_no == s.sent_no) \
            + 3 * (s.status is not None and any(x.status == s.status for x in c.sightings)) \
            + 2 * any(x.main for x in c.sightings) + any(x.type == s.type for x in c.sightings) \
            + (s.fresh == any(x.fresh for x in c.sightings))  # "the talks": the first ones, not the next round

    return max(fitting, key=fit) if fitting else None  # max keeps the most recent among equals


def _sides_of(keys, sides: dict[str, str]) -> set[str]:
    """The sides the keys stand for: a person's state or body where it is known, else the key itself."""
    return {sides.get(k, k) for k in keys}


def _take_claim(s: Sighting, told: Sighting) -> None:
    """A mention that tells no status of its own stands as another does: its status and who claimed it when."""
    s.status, s.claimed_on, s.claimed_by = told.status, told.claimed_on, told.claimed_by


def _counted_with_those_met(clusters: list[Cluster], s: Sighting, mine: set[str], family: str,
                            sides: dict[str, str]) -> Cluster | None:
    """The held contact just told (that sentence or the one before) whose sides, none of them the plan's own, make up
    the sides a planned gathering counts but does not name ("the two leaders met; a trilateral summit with C will
    follow")."""
    if s.status not in _AHEAD or not mine or len(mine) >= s.counted or _people(mine, sides) \
            or any(k.startswith("person:") for k in mine):  # (a person of no side known may be one who met)
        return None
    prior = next((c for c in reversed(clusters) if c.family == family and 0 <= s.sent_no - c.sightings[-1].sent_no <= 1
                  and any(x.status == "held" for x in c.sightings)), None)
    if prior is None:
        return None
    mine_sides, their_sides = _sides_of(mine, sides), _sides_of(prior.participants, sides)
    return prior if not mine_sides & their_sides and len(mine_sides | their_sides) == s.counted else None


def _next_of(s: Sighting, c: Cluster) -> bool:
    """"the next summit will be held in X", "agreed to meet again in May": a further occurrence still ahead is never the
    one told as held, going on, called off or refused (one whose mentions all tell no plan and no further one)."""
    return s.fresh and s.status in _AHEAD and not any(x.fresh or x.status in _AHEAD for x in c.sightings)


def _signing_just_told(clusters: list[Cluster], s: Sighting) -> Cluster | None:
    """The held signing told in the sentence before or the same one, that day, whose papers a definite "the
    documents were signed by X and Y" names again (the ministers who sign for the leaders who look on)."""
    return next((c for c in reversed(clusters) if all(x.type == "signing" and x.status == "held" for x in c.sightings)
                 and any(0 <= s.sent_no - x.sent_no <= 1 for x in c.sightings)
                 and (s.day is None or all(x.day in (None, s.day) for x in c.sightings))), None)


def _stays_away(c: Cluster) -> bool:
    """A refusal by one side to attend a gathering ("X will not send a minister to the meeting")."""
    return all(x.status == "declined" and (x.exact or x.subject is not None) for x in c.sightings)


def _same_parties(mine: set[str], c: Cluster, s: Sighting, sides: dict[str, str]) -> bool:
    """Equal participants, one set inside the other for the same type, or the same two sides."""
    theirs = set(c.participants)
    same_type = any(x.type == s.type for x in c.sightings)
    if len(theirs) == 1 and mine > theirs and not s.definite and all(x.members and not x.headline for x in c.sightings) \
            and all(x.sent_no < s.sent_no for x in c.sightings):
        return False  # "GCC ministers met in Riyadh. The ministers later received X": the body's own sitting, then
        # its contact with an outsider
    if s.occasion is not None and any(x.start <= s.occasion < x.end for x in c.sightings):
        return False  # "attended the meeting and later met X", "on the sidelines of the summit, A met B": told as
        # happening at or after that event, another one
    if _another_contact_later(mine, c, s, sides):
        return False
    if mine == theirs or ((mine <= theirs or theirs <= mine) and same_type and not s.exact):
        return True
    if s.sequel and _people(mine - theirs, sides) and all(x.sent_no < s.sent_no for x in c.sightings):
        return False  # "Jordan's King received X. X later met Prime Minister Y": another contact, with Y
    mine_sides, their_sides = _sides_of(mine, sides), _sides_of(theirs, sides)
    if same_type and s.status == "declined" and s.type in ("summit", "conference") \
            and any(x.status == "declined" for x in c.sightings) \
            and _members(mine_sides) and _members(mine_sides) == _members(their_sides):
        return True  # "Polish PM skips summit" and "the summit, which X decided not to attend": one stay-away
    if s.exact or any(x.exact for x in c.sightings):
        return False  # "met A and B separately": B's meeting is not A's, though A and B serve one state
    if same_type and any(x.sent_no == s.sent_no and x.status == s.status for x in c.sightings) \
            and _person_and_state(mine - theirs, theirs - mine, sides):
        return True  # "received a call from the Ambassador of Brazil, Ms X": X and Brazil, one party told twice
    if same_type and (s.headline or any(x.headline for x in c.sightings)) and mine & theirs \
            and (mine_sides <= their_sides or their_sides <= mine_sides):
        return True  # "X, Y's president hold talks" over "X and Y held talks": the headline names fewer
    same_claim = s.status not in (None, "held") and not s.onward and any(x.status == s.status for x in c.sightings) \
        and not (_people(mine - theirs, sides) and _people(theirs - mine, sides)) \
        and (s.status in ("declined", "cancelled")
             or (s.type == "visit") == any(x.type == "visit" for x in c.sightings))
    # not "talks with X; will meet Y", nor "the two sides agreed that their commission would meet in Colombo. X accepted
    # an invitation to visit Sri Lanka" (a refused trip and the refused talks are one refusal)
    return (same_type or same_claim or _trip_and_talks(c, s)) and len(mine_sides) >= 2 and mine_sides == their_sides


def _another_contact_later(mine: set[str], c: Cluster, s: Sighting, sides: dict[str, str]) -> bool:
    """"The emir received X. X later held talks with the Qatari prime minister": a held contact told as coming after
    a held one is another contact, though both name only the host's state across from X (not one whose same two
    people were named already: "A received B. A later held talks with B")."""
    if not s.sequel or s.definite or s.status != "held" or not all(x.start < s.start for x in c.sightings) \
            or not any(x.status == "held" and x.type in _CONTACTS for x in c.sightings):
        return False
    return len(_sides_of({k for k in mine & set(c.participants) if k.startswith("person:")}, sides)) < 2


def _members(sides: set[str]) -> set[str]:
    """The sides of a gathering that are not bodies (the body whose summit it is aside)."""
    return {k for k in sides if not k.startswith("org:")}


def _person_and_state(a: set[str], b: set[str], sides: dict[str, str]) -> tuple[str, str] | None:
    """(person, state) when two mentions differ only by a person on one side and a state on the other, the person
    serving no state known: the office-holder and the state their title names (one whose state is known merges by
    sides, and keeps the state, which may be another of its people's)."""
    if len(a) != 1 or len(b) != 1:
        return None
    person, state = sorted((*a, *b), key=lambda k: not k.startswith("person:"))
    if not person.startswith("person:") or not state.startswith("state:"):
        return None
    return (person, state) if person not in sides else None


def _fold_state(c: Cluster, sides: dict[str, str]) -> None:
    """One sentence's mentions naming a person and, for the same part, the state that person serves: the person."""
    last = c.sightings[-1]
    for x in c.sightings[:-1]:
        if x.sent_no != last.sent_no or x.type != last.type:
            continue
        a, b = set(last.roles.participants), set(x.roles.participants)
        pair = _person_and_state(a - b, b - a, sides)
        if pair is None:
            continue
        person, state = pair
        for y in (x, last):
            y.roles.participants[:] = list(dict.fromkeys(person if k == state else k for k in y.roles.participants))


def _people(keys: set[str], sides: dict[str, str]) -> bool:
    """Whether any key is a person or office serving a side, not the side itself."""
    return any(sides.get(k, k) != k for k in keys)


def _trip_and_talks(c: Cluster, s: Sighting) -> bool:
    """"X arrived in Moscow for talks with Putin": in one sentence, a visit and the talks it is for are one event."""
    if s.onward:  # "will meet X on Friday before travelling to Y": the trip after the contact is not for it
        return False
    types = {s.type} | {x.type for x in c.sightings if x.sent_no == s.sent_no and not x.onward}
    return "visit" in types and len(types) > 1 and types <= _TRIP_PARTS


def share_setting(clusters: list[Cluster], sides: dict[str, str]) -> None:
    """A trip and the talks on it told as two events in one sentence: the talks are where the trip goes,
    and the trip is placed by the city the talks are in ("met X in Beijing, the first visit to China"; "met Prime
    Minister X, the first visit by a Japanese leader": X's state travels)."""
    trips = [c for c in clusters if c.sightings and all(s.type == "visit" for s in c.sightings)]
    for c in clusters:
        if not c.sightings or any(s.type not in _CONTACTS for s in c.sightings):
            continue
        sents, parties = {s.sent_no for s in c.sightings}, set(c.participants)
        parties |= {sides[k] for k in parties if k in sides}
        trip = next((t for t in trips if sents & {s.sent_no for s in t.sightings if not s.onward}
                     and parties & _travellers(t)), None)  # not the trip taken after the contact ("before flying to X")
        if trip is None or _before_trip(c, trip):
            continue
        told = next((s for s in c.sightings if s.status is not None), None)
        dropped = {s.status for s in trip.sightings if s.status is not None}
        if dropped and dropped <= _CALLED_OFF and (told is None or told.status not in _CALLED_OFF):
            continue  # "will meet X at the summit, but ruled out a visit to Y": the contact is not on that trip
        first = trip.sightings[0]
        if told is not None and all(s.status is None for s in trip.sightings):
            # "met X in Beijing today, the first visit to China by ...": the visit stands as the talks do
            _take_claim(first, told)
            if all(s.day is None and s.time is None for s in trip.sightings):
                first.day, first.time = told.day, told.time
        dated = next((s for s in trip.sightings if s.time is not None), None) \
            or next((s for s in trip.sightings if s.day is not None), None)  # a day the text gives first
        if told is not None and dated is not None \
                and (told.status in _AHEAD and dated.status in _AHEAD or told.status == dated.status == "held") \
                and all(s.day is None and s.time is None for s in c.sightings):
            # "will travel to Kyiv tomorrow, where she will meet X": the meeting is on the trip's day; "ended a
            # visit on Friday after talks with X": the talks too
            told.day, told.time = dated.day, dated.time
            if told.status == "agreed" and dated.status == "scheduled":
                told.status = "scheduled"  # read as agreed only for want of a day
        here = next((s.roles.location for s in c.sightings if s.roles.location), None)
        there = next((s for s in trip.sightings if s.roles.location and not s.onward), None)
        if here is None and there is not None:
            c.sightings[0].roles.location = there.roles.location
        elif here is not None and there is not None and there.roles.received_by is not None:
            state = gazetteer().entry(there.roles.received_by)
            if state is not None and there.roles.location == state.name and same_place(here, state.name):
                there.roles.location = here  # the visit "to China" took place in Beijing


def host_on_visit(clusters: list[Cluster]) -> None:
    """"X will visit Dhaka ... During the visit, he will hold talks": talks on a visit that name no other side are
    with the state visited, held when the visit is (a plan "will hold" is as firm as the trip it is on)."""
    for c in clusters:
        if len(c.participants) != 1 or any(s.type not in _CONTACTS for s in c.sightings):
            continue
        for s in (x for x in c.sightings if x.occasion is not None):
            trip = next((t for t in clusters if t is not c and all(x.type == "visit" for x in t.sightings)
                         and any(x.start <= s.occasion < x.end for x in t.sightings)), None)
            host = next((x.roles.received_by for x in trip.sightings if x.roles.received_by), None) if trip else None
            if host is None or host in c.participants or c.participants[0] not in _travellers(trip):
                continue
            s.roles.add([host])
            dated = next((x for x in trip.sightings if x.day is not None or x.time is not None), None)
            if dated is not None and s.day is None and s.time is None and s.status in _AHEAD:
                s.day, s.time = dated.day, dated.time
                if s.status == "agreed" and dated.status == "scheduled":
                    s.status = "scheduled"  # read as agreed only for want of a day
            break


TRIP_REACH = 2  # sentences after a trip's mention within which sideless talks are the talks on it


def talks_on_trip(clusters: list[Cluster], sides: dict[str, str]) -> None:
    """"X will pay a state visit to Y on 20 June. Negotiations are planned", "The visit was to have included talks with
    President Z": talks told on a trip (in its sentence or just after) that name at most the traveller's side or
    someone of no known state are between the trip's travellers and the state it goes to, where and when it is."""
    trips = [c for c in clusters if c.sightings and all(s.type == "visit" for s in c.sightings)]
    for c in clusters:
        if not c.sightings or any(s.type not in _CONTACTS for s in c.sightings) \
                or len(_sides_of(c.participants, sides)) >= 2 or _talks_told_before(clusters, c) \
                or all(s.asked_line for s in c.sightings) or _trip_purpose(c, clusters):
            continue
        trip = _trip_just_told(trips, c, clusters, sides)
        if trip is not None and _purpose_recalled(c, trip):
            continue
        host = next((x.roles.received_by for x in trip.sightings if x.roles.received_by), None) if trip else None
        if host is None:
            continue
        travellers = {k for k in _travellers(trip) if sides.get(k, k) != host}
        going = travellers | {sides[k] for k in travellers if k in sides}
        others = [k for k in c.participants if k not in going]
        if not travellers or not all(sides.get(k, k) == host or k.startswith("person:") and k not in sides
                                     for k in others):
            continue  # talks with another state or a body, not with the trip's host
        first = c.sightings[0]
        first.roles.add(sorted(travellers) + ([] if others else [host]))
        _on_trip_setting(first, trip)


def meetings_on_trip(clusters: list[Cluster], sides: dict[str, str]) -> None:
    """"X will pay a visit to Fiji from 2 to 4 June. While in Suva, she will call on Prime Minister Y": a contact told
    by the traveller just after a trip (or in its sentence), with no day of its own and told as a plan, is on that
    trip: it takes the trip's day and stands as firm as the trip (a planned contact on a held trip is scheduled)."""
    trips = [c for c in clusters if c.sightings and all(s.type == "visit" for s in c.sightings)]
    for c in clusters:
        if not c.sightings or any(s.type not in _CONTACTS for s in c.sightings) \
                or any(s.day is not None or s.time is not None or s.onward or s.asked_line for s in c.sightings):
            continue
        first = c.sightings[0]
        if first.status not in ("agreed", "scheduled") or any(s.status not in (first.status, None)
                                                               for s in c.sightings):
            continue
        sent = min(s.sent_no for s in c.sightings)
        near = [t for t in trips if any(0 <= sent - s.sent_no <= TRIP_REACH and not s.onward for s in t.sightings)]
        parties = set(c.participants) | {sides[k] for k in c.participants if k in sides}
        near = [t for t in near if parties & (_travellers(t) | {sides[k] for k in _travellers(t) if k in sides})]
        if len(near) != 1 or _before_trip(c, near[0]):
            continue
        trip = near[0]
        host = next((x.roles.received_by for x in trip.sightings if x.roles.received_by), None)
        going = _travellers(trip) | {sides[k] for k in _travellers(trip) if k in sides}
        if host is None or not all(sides.get(k, k) == host or k.startswith("person:") and k not in sides
                                   for k in c.participants if k not in going):
            continue  # "will visit Riga ... She will also meet the Estonian prime minister": not the host's side
        dated = next((x for x in trip.sightings if x.time is not None and x.status == "scheduled"), None) \
            or next((x for x in trip.sightings if x.day is not None and x.status == "scheduled"), None)
        if dated is None or {x.status for x in trip.sightings} - {None, "scheduled"}:
            continue
        for s in c.sightings:
            s.day, s.time = dated.day, dated.time
            if s.status == "agreed":
                _take_claim(s, dated)


def trip_of_talks(clusters: list[Cluster], sides: dict[str, str]) -> None:
    """"The two ministers met in Athens today ... The visit by the Turkish minister had been in doubt": a held trip told
    by one side alone, after a held contact of that side with one other, went to that other; "X received Y ... Y's
    side conveyed an invitation to the head of our state to visit Z": an invitation to Z, naming no one who would go,
    just after a contact of Z's side with one other, is to that other."""
    contacts = [c for c in clusters if c.sightings and all(s.type in _CONTACTS for s in c.sightings)]
    for trip in clusters:
        if not trip.sightings or any(s.type != "visit" for s in trip.sightings):
            continue
        mine = _sides_of(trip.participants, sides)
        first = trip.sightings[0]
        host = first.roles.received_by
        if len(mine) != 1 or len(trip.sightings) > 1:
            continue
        held = first.definite and host is None and first.status in (None, "held")
        invited = first.status in ("proposed", "agreed") and mine == {host} and not first.definite
        bare = first.named_visit and not first.definite and host is None and not first.roles.location \
            and first.status in ("held", "agreed", "scheduled")  # "X will host Y on Thursday. Y is to spend two
        # days in the country on a state visit": a visit told by its traveller alone, just after a contact of theirs
        # of its status, goes there
        if not held and not invited and not bare:
            continue
        reach = ANAPHOR_WINDOW if held else TRIP_REACH
        want = "scheduled" if bare and first.status in _AHEAD else "held"  # (a visit's "agreed" for want of a day)
        near = [c for c in contacts if len(theirs := _sides_of(c.participants, sides)) == 2 and mine < theirs
                and any(y.status == want for y in c.sightings)
                and any(0 <= first.sent_no - y.sent_no <= reach and y.start < first.start for y in c.sightings)]
        if len(near) != 1:
            continue
        met = near[0]
        other = next(iter(_sides_of(met.participants, sides) - mine))
        if bare and (not other.startswith("state:") or any(
                t is not trip and any(0 <= first.sent_no - y.sent_no <= TRIP_REACH and y.type == "visit"
                                      for y in t.sightings) for t in clusters)):
            continue  # (a trip goes to a state, not to a body met; "will visit X for talks with Y. It will be his
            # first visit": the trip told already)
        if held or bare:
            told = next(y for y in met.sightings if y.status == want)
            first.roles.add([other])
            first.roles.received_by = other
            _take_claim(first, told)
            if first.day is None and first.time is None:
                first.day, first.time = told.day, told.time
            first.roles.location = first.roles.location or next(
                (y.roles.location for y in met.sightings if y.roles.location), None)
        else:
            first.roles.add([k for k in met.participants if sides.get(k, k) == other])


def _purpose_recalled(c: Cluster, trip: Cluster) -> bool:
    """"arrived in X for talks with Y ... The talks are due to continue": a definite contact after a trip made for
    such a contact is the purpose told (the trip's own talks), not talks on it the text adds."""
    first = c.sightings[0]
    return first.definite and any(s.for_talks and s.sent_no < first.sent_no for s in trip.sightings)


def _trip_purpose(c: Cluster, clusters: list[Cluster]) -> bool:
    """"arrived in Addis Ababa on Monday for talks": talks no clause tells but as a trip's purpose are that trip (as
    "Q: Will the two hold talks?" is only asked)."""
    trips = {s.sent_no for t in clusters for s in t.sightings if s.type == "visit"}
    return all(s.asked_line or not s.main and s.sent_no in trips for s in c.sightings)


def _talks_told_before(clusters: list[Cluster], c: Cluster) -> bool:
    """"Talks between A and B ... before the talks resume": a definite or sideless contact whose kind was told before
    (with its sides, for a sideless one) is those."""
    first = c.sightings[0]
    kin = _KIN.get(first.type, {first.type})
    return (first.definite or not c.participants) and any(
        x is not c and (first.definite or len(x.participants) >= 2)
        and any(y.type in kin and y.start < first.start for y in x.sightings) for x in clusters)


def _trip_just_told(trips: list[Cluster], c: Cluster, clusters: list[Cluster],
                    sides: dict[str, str]) -> Cluster | None:
    """The one trip told in the sentence of a contact or up to TRIP_REACH sentences before it, whose talks the text
    has not told yet (not one taken after the contact, one to several states, nor one not held when the contact was
    held, or called off when the contact is not)."""
    first = min(s.sent_no for s in c.sightings)
    told = [t for t in trips if any(0 <= first - s.sent_no <= TRIP_REACH and not s.onward for s in t.sightings)]
    hosts = {x.roles.received_by for t in told for x in t.sightings} - {None}
    if len(told) != 1 or len(hosts) != 1:
        return None  # "will travel to Belgrade and Pristina ... talks": with which host, untold
    trip = told[0]
    since = min(s.sent_no for s in trip.sightings if 0 <= first - s.sent_no <= TRIP_REACH)
    going = _sides_of(_travellers(trip), sides)
    if any(x is not c and all(y.type in _CONTACTS for y in x.sightings)
           and len(theirs := _sides_of(x.participants, sides)) >= 2 and theirs & going
           and any(since <= y.sent_no <= first for y in x.sightings) for x in clusters):
        return None  # "held talks with Y, on Y's state visit. Talks in narrow format were followed by ...": told
    if not _where_trip_goes(c, trip):
        return None  # "arrived in Colombo for a visit. The visit follows talks held in New Delhi": elsewhere
    dropped = {s.status for s in trip.sightings} - {None}
    status = {s.status for s in c.sightings} - {None}
    if dropped and dropped <= _CALLED_OFF and status and not status <= _CALLED_OFF or _before_trip(c, trip) \
            or "held" in status and "held" not in dropped:
        return None  # ("hopes to visit Jakarta, ... after a cabinet meeting on Wednesday": not on that trip)
    return trip


def _where_trip_goes(c: Cluster, trip: Cluster) -> bool:
    """Whether a contact placed by the text is placed where the trip goes (one placed nowhere may be)."""
    here = [s.roles.location for s in c.sightings if s.roles.location]
    state = next((gazetteer().entry(s.roles.received_by) for s in trip.sightings if s.roles.received_by), None)
    there = [s.roles.location for s in trip.sightings if s.roles.location] + ([state.name] if state else [])
    return not here or any(same_place(h, t) for h in here for t in there)


def _on_trip_setting(s: Sighting, trip: Cluster) -> None:
    """Talks on a trip with no status, day or place of their own stand, fall and are placed and dated as the trip."""
    told = next((x for x in trip.sightings if x.status is not None), None)
    if s.status is None and told is not None:
        _take_claim(s, told)
    dated = next((x for x in trip.sightings if x.time is not None), None) \
        or next((x for x in trip.sightings if x.day is not None), None)
    if dated is not None and s.day is None and s.time is None:
        s.day, s.time = dated.day, dated.time
        if s.status in ("proposed", "agreed") and dated.status in ("scheduled", "held"):
            s.status = "scheduled"  # "negotiations are planned" on a trip set for a day: as firm as the trip
    places = [x.roles.location for x in trip.sightings if x.roles.location and not x.onward]
    if s.roles.location is None and places:
        s.roles.location = next((p for p in places if getattr(gazetteer().lookup(p), "type", None) != "state"),
                                places[0])


def trip_called_off(clusters: list[Cluster]) -> None:
    """"X was due in Dakar on Thursday for talks with Y. The visit has been postponed indefinitely", "X was to meet Y
    in Belgrade on Friday. X called off the trip": a trip called off by an anaphor takes the contacts it was for."""
    for trip in clusters:
        off = next((s for s in trip.sightings if s.type == "visit" and s.definite and s.status == "cancelled"
                    and not s.roles.participants and s.time is None), None)  # (not "had been planned for August")
        if off is None:
            continue
        told = {s.sent_no for s in trip.sightings if s is not off and not s.onward}
        ahead = [c for c in clusters if c is not trip and all(
            s.type in _CONTACTS and s.status in _AHEAD and 0 < off.sent_no - s.sent_no <= ANAPHOR_WINDOW
            for s in c.sightings)]
        if trip.participants:  # the contacts told with the trip, of its travellers
            ahead = [c for c in ahead if {s.sent_no for s in c.sightings} & told
                     and set(c.participants) & _travellers(trip)]
        else:  # a trip told only by its contact ("was to meet Y in Belgrade"): the last one, in a place
            ahead = [c for c in ahead if c.sightings[-1].sent_no == max(x.sent_no for a in ahead for x in a.sightings)
                     and any(s.roles.location for s in c.sightings)]
            ahead = ahead if len(ahead) == 1 else []
        for c in ahead:
            c.sightings.append(replace(off, type=c.sightings[0].type, roles=Roles()))


_SET = frozenset({"agreed", "scheduled"})  # a contact planned, with or without its day
SIGN_REACH = 2  # sentences after a held contact within which a signing naming no side at all is signed at it


def signed_at_contact(clusters: list[Cluster], sides: dict[str, str]) -> None:
    """"After the talks, the two presidents witnessed the signing of ...", "The pair later oversaw the signing": a
    signing naming fewer than two sides, told at a held contact or right after it, is signed by that contact's
    sides; an unmarked one was signed as the contact was held."""
    for c in list(clusters):
        signs = [s for s in c.sightings if s.type == "signing"]
        if signs and len(signs) == len(c.sightings) and len(c.participants) >= 2:
            _witnessed_held(clusters, c, signs, sides)
        if not signs or len(signs) < len(c.sightings) or len(c.participants) >= 2:
            continue
        first = signs[0]
        contact = _contact_at(clusters, first, sides) if first.occasion is not None else None
        if contact is None and (first.definite or first.sequel or not c.participants and not _signing_told(
                clusters, c, first)) and first.status in (None, "held"):  # (or one naming no side at all:
            # "Ministers from both cabinets signed nine agreements", "looked on as ministers signed a deal")
            for reach in (1, SIGN_REACH) if not c.participants else (1,):  # "met Y. The two discussed Z. The
                # sides also signed ...": the contact of the sentence before, else of the one before that
                near = [x for x in clusters if x is not c and _held_contact(x, sides) and any(
                    0 <= first.sent_no - y.sent_no <= reach and y.start < first.start for y in x.sightings)]
                if near:
                    break
            contact = near[-1] if len(near) == 1 else None
        if contact is None and not c.participants and first.status in _SET:
            near = [x for x in clusters if x is not c and _sides_facing(x, x.participants, sides)
                    and {y.status for y in x.sightings} <= _SET | {None} and any(y.status for y in x.sightings)
                    and any(0 <= first.sent_no - y.sent_no <= 1 and y.start < first.start for y in x.sightings)]
            contact = near[-1] if len(near) == 1 else None  # "will hold talks on Friday. The talks are expected to
            # be followed by the signing of a protocol": the signing planned at the contact planned, as firm as it
            set_day = next((y for y in contact.sightings if y.status == "scheduled"), None) if contact else None
            if set_day is not None:
                _take_claim(first, set_day)
        if contact is None and first.status in ("held", "scheduled") and all(s.status == first.status for s in signs) \
                and not _signing_told(clusters, c, first):
            contact = _contact_told_before(clusters, c, first, sides)
        mine = _sides_of(c.participants, sides)
        if contact is None or not mine <= _sides_of(_met(contact), sides) | set(_met(contact)):
            continue
        first.roles.add(_met(contact))
        if all(s.status is None for s in signs):
            held = next(x for x in contact.sightings if x.status == "held")
            first.status, first.claimed_on, first.claimed_by = "held", held.claimed_on, held.claimed_by
        dated = next((x for x in contact.sightings if x.status == first.status and x.time is not None), None)
        if first.status in ("held", "scheduled") and all(s.time is None for s in signs) and dated is not None:
            first.day, first.time = dated.day, dated.time  # signed at the contact: on its day, not the report's
        if _same_signing(clusters, c, sides) is not None:
            clusters.remove(c)  # told already, with its own place and day (the headline's, placed at its talks)


def occasion_of_signing(clusters: list[Cluster]) -> None:
    """"A and B signed a protocol in Montevideo on Monday after a morning of talks": the talks a held signing is told
    to follow, naming at most one of its signers, were between them, and (told with no status) held where and when
    it was."""
    for c in clusters:
        if not c.sightings or any(s.type not in _CONTACTS for s in c.sightings):
            continue
        signed = next((x for t in clusters if t is not c for x in t.sightings if x.type == "signing"
                       and x.status == "held" and x.occasion is not None
                       and any(y.start <= x.occasion < y.end for y in c.sightings)), None)
        if signed is None or not set(c.participants) <= set(signed.roles.participants) or any(
                t is not c and t.sightings and all(y.type in _CONTACTS for y in t.sightings)
                and len(set(t.participants) & set(signed.roles.participants)) >= 2 for t in clusters):
            continue  # (not "X held talks with Y ... After the talks, they signed": talks told again)
        first = c.sightings[0]
        if len(c.participants) < 2:
            first.roles.add(signed.roles.participants)
        if all(s.status is None for s in c.sightings):
            _take_claim(first, signed)
        if first.day is None and first.time is None:
            first.day, first.time = signed.day, signed.time
        first.roles.location = first.roles.location or signed.roles.location


def signed_at_gathering(clusters: list[Cluster]) -> None:
    """"Leaders of X met for their summit ... the members signed the revised trade agreement", "the transport ministers
    put their signatures to the protocol, watched by the leaders": a held signing naming no side of its own, told
    within a few sentences after a body's own held gathering (the only one the article tells), is that body's signing
    at it (not a signing told before the gathering, nor one beside two bodies' gatherings)."""
    bodies = [x for x in clusters if len(x.participants) == 1 and x.participants[0].startswith("org:")
              and all(s.type in ("summit", "meeting", "conference") and s.status == "held" for s in x.sightings)]
    if len({x.participants[0] for x in bodies}) != 1:
        return
    body = bodies[0].participants[0]
    told = [s for x in bodies for s in x.sightings]
    days = {s.day for s in told} - {None}
    for c in clusters:
        signs = c.sightings
        if not signs or any(s.type != "signing" or s.status not in (None, "held") for s in signs) \
                or c.participants not in ([], [body]):
            continue
        first = signs[0]
        if not any(0 <= first.sent_no - s.sent_no <= ANAPHOR_WINDOW and s.start < first.start for s in told) \
                or first.day is not None and days and first.day not in days:
            continue
        first.roles.add([body])
        for s in signs:
            s.members = True  # the body's own people sign among themselves: the one body is party enough
            if s.status is None:
                held = told[0]
                s.status, s.claimed_on, s.claimed_by = "held", held.claimed_on, held.claimed_by


def _witnessed_held(clusters: list[Cluster], c: Cluster, signs: list[Sighting], sides: dict[str, str]) -> None:
    """"Following the meeting, X and Y watched officials sign three MoUs", "4:45 pm: X and Y witness exchange of
    MoUs": a signing told with no status by the sides of a contact held in that sentence or beside it (or the one
    its "after the talks" points at) was held then."""
    if any(s.status is not None for s in signs):
        return
    mine = _sides_of(c.participants, sides)
    first = signs[0]
    contact = _contact_at(clusters, first, sides) if first.occasion is not None else None
    contact = contact or next((x for x in clusters if x is not c and _held_contact(x, sides)
                               and _sides_of(x.participants, sides) == mine
                               and any(-2 <= first.sent_no - y.sent_no <= 1 for y in x.sightings)), None)
    # (a live page's later entry above the earlier one)
    theirs = _sides_of(contact.participants, sides) if contact is not None else set()
    if contact is None or not (mine <= theirs | set(contact.participants) or theirs <= mine):
        return
    held = next(x for x in contact.sightings if x.status == "held")
    first.status, first.claimed_on, first.claimed_by = "held", held.claimed_on, held.claimed_by
    if first.day is None and first.time is None:
        first.day, first.time = held.day, held.time


def _same_signing(clusters: list[Cluster], c: Cluster, sides: dict[str, str]) -> Cluster | None:
    """"X, Y hold talks, sign railway deal" over "After the talks, the parties signed 11 documents": a signing given
    its sides by the contact it was told at is the one already told by those sides that day, with that status."""
    mine = _sides_of(c.participants, sides)
    status = {s.status for s in c.sightings}
    days = {s.day for s in c.sightings} - {None}
    return next((x for x in clusters if x is not c and all(y.type == "signing" for y in x.sightings)
                 and ((theirs := _sides_of(x.participants, sides)) == mine
                      or theirs and theirs < mine and all(y.headline for y in x.sightings))  # ("X, Y hold talks,
                 # sign accord": the headline may leave a side out)
                 and {y.status for y in x.sightings} == status
                 and len(days | {y.day for y in x.sightings} - {None}) <= 1), None)


def _contact_told_before(clusters: list[Cluster], c: Cluster, first: Sighting,
                         sides: dict[str, str]) -> Cluster | None:
    """"X met Y on Monday and signed a roadmap", "I will meet Y, and we will sign a treaty": a signing by one side
    told in the sentence of a contact of the same status is done at that contact by its sides (not "He also signed
    a loan deal" a sentence later)."""
    if len(c.participants) != 1:
        return None  # (a signing naming no side may be anyone's: "a contract was signed with a firm")
    near = [x for x in clusters if x is not c and (_contact_of_status(x, first.status, sides)
                                                   or _signer_meets_state(x, c, first.status, sides))
            and any(y.sent_no == first.sent_no and y.start < first.start for y in x.sightings)
            and (first.day is None or all(y.day in (None, first.day) for y in x.sightings))]  # "met X on Monday and
    # on Tuesday signed": another day's signing is no part of that contact
    return near[-1] if len(near) == 1 else None


def _signer_meets_state(x: Cluster, c: Cluster, status: str, sides: dict[str, str]) -> bool:
    """"The President will hold talks with his Maldivian counterpart tomorrow, when the two governments are expected
    to sign ...": talks of the signer and a state, the signer told as no one's, face the state across the table."""
    pair = _person_and_state({x.participants[0]}, {x.participants[1]}, sides) if len(x.participants) == 2 else None
    return pair is not None and c.participants == [pair[0]] and all(s.type in _CONTACTS for s in x.sightings) \
        and all(s.status == status for s in x.sightings)


def _signing_told(clusters: list[Cluster], c: Cluster, first: Sighting) -> bool:
    """"The two countries signed a memorandum ... The pair signed it": a signing of that day already told with its
    sides is the one a sideless mention reports again."""
    return any(x is not c and len(x.participants) >= 2 and any(
        y.type == "signing" and y.status == first.status and (first.day is None or y.day in (None, first.day))
        for y in x.sightings) for x in clusters)


def _contact_of_status(c: Cluster, status: str, sides: dict[str, str]) -> bool:
    """Two sides or more face to face, told with that status."""
    return _sides_facing(c, c.participants, sides) and all(s.status == status for s in c.sightings)


def _sides_facing(c: Cluster, keys: list[str], sides: dict[str, str]) -> bool:
    """Two sides or more of the keys face to face at a contact (not a person and a state, who may serve it)."""
    return len(_sides_of(keys, sides)) >= 2 and _face_to_face(c, sides) \
        and not (len(keys) == 2 and _person_and_state({keys[0]}, {keys[1]}, sides))


def _contact_at(clusters: list[Cluster], s: Sighting, sides: dict[str, str]) -> Cluster | None:
    """The held contact whose mention the sighting's "after / during the talks" points at."""
    at = next((x for x in clusters if any(y.start <= s.occasion < y.end for y in x.sightings)), None)
    if at is None or _held_contact(at, sides):
        return at
    return _retold_contact(clusters, at, sides)


def _retold_contact(clusters: list[Cluster], at: Cluster, sides: dict[str, str]) -> Cluster | None:
    """"X held talks with Y ... Talks in narrow format were followed by ... After the talks": a contact told again
    without its sides retells the one held contact with sides told last before it."""
    if at.participants or not all(y.type in _CONTACTS for y in at.sightings):
        return None
    first = min(y.sent_no for y in at.sightings)
    last = {id(x): max(y.sent_no for y in x.sightings if y.sent_no <= first) for x in clusters
            if _held_contact(x, sides) and any(y.sent_no <= first for y in x.sightings)}
    if not last or first - max(last.values()) > ANAPHOR_WINDOW:
        return None
    near = [x for x in clusters if last.get(id(x)) == max(last.values())]
    return near[0] if len(near) == 1 else None


def _met(c: Cluster) -> list[str]:
    """Who faced whom at a contact: its parties and its host ("X hosted Y for talks": X too)."""
    return list(dict.fromkeys([*c.participants, *(k for s in c.sightings for k in s.roles.hosts)]))


def _face_to_face(c: Cluster, sides: dict[str, str]) -> bool:
    """Talks, a meeting, or a summit of just two sides ("a summit with Prime Minister Y, with whom he witnessed the
    signing"): a contact at which its sides may sign (not a gathering of many, nor one of a body)."""
    if all(s.type in _CONTACTS for s in c.sightings):
        return True
    return all(s.type in _CONTACTS | {"summit"} for s in c.sightings) \
        and len(_sides_of(_met(c), sides)) == 2 \
        and all(k.startswith(("person:", "state:")) for k in _met(c))


def _held_contact(c: Cluster, sides: dict[str, str]) -> bool:
    """Two sides or more face to face (its host among them), told as held."""
    return _sides_facing(c, _met(c), sides) and any(s.status == "held" for s in c.sightings)


def _before_trip(c: Cluster, trip: Cluster) -> bool:
    """"A day after meeting X, Y flew to Z": a contact dated before the trip began is not on it."""
    days = [s.day for s in c.sightings if s.day is not None]
    starts = [s.day for s in trip.sightings if s.day is not None]
    return bool(days and starts) and max(days) < min(starts)


def _travellers(trip: Cluster) -> set[str]:
    """Who makes a trip: its participants but the state it goes to."""
    return set(trip.participants) - {s.roles.received_by for s in trip.sightings}


def _opposed(c: Cluster, s: Sighting) -> bool:
    """A meeting that took place and one the same sides refused or called off are two events; so are one refused and
    one told as coming in its place ("will not meet X ... proposed instead that their ministers meet")."""
    statuses = {x.status for x in c.sightings} - {None}
    refused = {"declined", "cancelled"}
    return ((s.status == "held" or s.instead and s.status in _AHEAD) and bool(statuses) and statuses <= refused) \
        or (s.status in refused and "held" in statuses) \
        or (s.status in refused and any(x.instead and x.status in _AHEAD for x in c.sightings))


def _when_where_fit(c: Cluster, s: Sighting) -> bool:
    """Two mentions of the same people meeting are one event unless place, time or recurrence tell them apart."""
    if (not s.definite or s.earlier) and s.earlier != all(x.earlier for x in c.sightings):
        return False  # "held talks on Wednesday ... The two leaders last met in May", "a new round ... the first
        # since the previous round": two occurrences
    places = [x.roles.location for x in c.sightings if x.roles.location]
    if s.roles.location and places and not any(same_place(s.roles.location, p) for p in places):
        return False
    if s.moved and s.definite and not s.roles.participants:
        return True  # "the visit has been moved to 2 April": the one told before, at its new date
    settled = s.status in ("agreed", "scheduled") or s.time is not None or s.roles.location is not None
    held = any(x.status == "held" and (not x.fresh or s.status in _AHEAD and settled) for x in c.sightings)
    if (s.fresh and held) or (s.status == "held" and not s.fresh
                              and any(x.fresh and x.status != "held" for x in c.sightings)):
        return False  # "met on Monday and agreed to meet again": two occurrences ("resumed talks" twice: one); "the
        # sixth round was held ... the next round" are two, "the fourth meeting ... the committee's meeting" one
    if any(_bygone(x, s) or _bygone(s, x) or _still_ahead(x, s) or _still_ahead(s, x) for x in c.sightings):
        return False
    if any(x.sent_no == s.sent_no and _plan_beside_report(x, s) for x in c.sightings):
        return False
    if any(_offered_instead(x, s) or _offered_instead(s, x) for x in c.sightings):
        return False
    if _proposal_after_next(c, s):
        return False
    mine = _span(s)
    return mine is None or all(_overlap(mine, theirs) for x in c.sightings if (theirs := _span(x)) is not None)


def _bygone(held: Sighting, ahead: Sighting) -> bool:
    """"a summit is set for the coming days ... they last met in 2019": a meeting long past is not the one ahead."""
    if held.status != "held" or ahead.status not in _AHEAD or ahead.claimed_on is None:
        return False
    span = _span(held)
    gap = timedelta(0) if ahead.roles.invited else LONG_AGO  # an invitation's trip is still to come
    return span is not None and span[1] < ahead.claimed_on - gap


def _still_ahead(held: Sighting, ahead: Sighting) -> bool:
    """"was on a working visit this year ... the commission has been moved to 16 July": what was told as held when
    reported is not what is set wholly after that report."""
    if held.status != "held" or ahead.status not in _AHEAD or held.claimed_on is None or held.headline \
            or not (held.roles.participants and ahead.roles.participants):
        return False  # a headline's present ("CARICOM heads meet in X") may tell the gathering about to open
    span = _span(ahead)
    return span is not None and span[0] > held.claimed_on


def _plan_beside_report(a: Sighting, b: Sighting) -> bool:
    """"agreed to meet in X in August, after talks in Y": one sentence telling of a contact held and of one only
    proposed or agreed with a day or place of its own, neither pointing back at the other, tells two occurrences."""
    plan = a if a.status in ("proposed", "agreed") else b
    return {a.status, b.status} == {"held", plan.status} and plan.status in ("proposed", "agreed") \
        and not (a.definite or b.definite or a.appos or b.appos) \
        and (plan.time is not None or plan.day is not None or plan.roles.location is not None)  # told apart


def _offered_instead(plan: Sighting, other: Sighting) -> bool:
    """"X will not meet Y ... X proposed instead that the foreign ministers meet", "the talks in Muscat were called off;
    the envoy proposed that the delegations meet in Amman instead": the contact offered in place of one refused or
    called off is another event."""
    return plan.instead and other.status in ("declined", "cancelled")


def _proposal_after_next(c: Cluster, s: Sighting) -> bool:
    """"agreed to meet again in X ... Y said he hoped to sit down with Z himself", "will hold another round in X ...
    Y had suggested that the presidents meet": a further occurrence already set, then a wish for a contact told in a
    later sentence with no mark of its own pointing back, are two events."""
    return s.status == "proposed" and not (s.definite or s.fresh or s.appos or s.moved) \
        and any(x.fresh and x.status in ("agreed", "scheduled") for x in c.sightings) \
        and all(x.status not in (None, "proposed") and x.sent_no < s.sent_no for x in c.sightings)


def _span(s: Sighting) -> tuple[date, date] | None:
    """The first and last day a sighting's date allows (a headline's undated present tense allows any)."""
    if s.headline and s.time is None:
        return None
    if s.day is not None:
        return s.day, s.day
    return timex_bounds(s.time) if s.time is not None else None


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """True when two day ranges share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def to_record(c: Cluster, document: Document) -> Event:
    """The frozen event of one cluster, with claims, place, day and codes."""
    first = c.sightings[0]
    participants = c.participants
    claims = []
    for s in c.sightings:
        if s.status is None:
            continue
        if s.status == "declined" and s.subject and s.subject not in participants:
            continue  # "X chose not to attend" says nothing about an event X was never part of
        mention = Mention(document.id, document.base + s.start, document.base + s.end,
                          document.text[s.start:s.end])
        claims.append(StatusClaim(s.status, document.id, s.claimed_on, s.claimed_by, mention))
    kind = _type(c)
    mediators = tuple(dict.fromkeys(k for s in c.sightings for k in s.roles.mediators))
    hosts = tuple(dict.fromkeys(k for s in c.sightings for k in s.roles.hosts))
    dated = next((s for s in reversed(c.sightings) if s.moved), None) \
        or next((s for s in c.sightings if s.day is not None and s.time is not None), None) \
        or next((s for s in c.sightings if s.day is not None), None) \
        or next((s for s in c.sightings if s.time is not None and s.time.value), None)  # a date the text gives first
    location = _location(c)
    claims = _not_yet_held(claims, _span(dated) if dated is not None else None, document.published)
    latest = Event(key="", type=kind, participants=tuple(participants), status_claims=tuple(claims)).status
    plover, cameo = lx.codes(kind, latest, mediated=bool(mediators), hosted=bool(hosts))
    digest = hashlib.sha1(f"{document.id}:{first.start}".encode()).hexdigest()[:12]
    mentions = tuple(Mention(document.id, document.base + s.start, document.base + s.end,
                             document.text[s.start:s.end]) for s in c.sightings)
    return Event(key=f"event:{digest}", type=kind, participants=tuple(participants), status_claims=tuple(claims),
                 location=location, time=_time(dated), mediators=mediators, hosts=hosts,
                 plover=plover, cameo=cameo, mentions=mentions)


def _location(c: Cluster) -> str | None:
    """The first place a mention gives; a state's capital another mention names beats the state ("X hosted the
    summit", placed in its host's country, and "a summit in Astana")."""
    places = [s.roles.location for s in c.sightings if s.roles.location]
    first = places[0] if places else None
    entry = gazetteer().lookup(first) if first else None
    if entry is None or entry.type != "state" or gazetteer().capital(first) is not None:
        return first
    return next((p for p in places[1:] if p != first and same_place(p, first)), first)


def _not_yet_held(claims: list[StatusClaim], span: tuple[date, date] | None,
                  published: date | None) -> list[StatusClaim]:
    """"ECOWAS leaders meet in Abuja" over "the summit on Sunday, 15 December": a claim that the event was held,
    made before the first day its date allows, was a present tense telling of it ahead."""
    if span is None:
        return claims
    start = span[0]
    return [replace(c, status="scheduled") if c.status == "held" and (c.asserted_on or published) is not None
            and start > (c.asserted_on or published) else c for c in claims]


def _time(s: Sighting | None) -> Timex | None:
    """The sighting's time expression, or an empty-span one carrying the day it was given."""
    if s is None:
        return None
    if s.day is None:
        return s.time
    return s.time or Timex(s.start, s.start, "", "DATE", s.day.isoformat())


def _type(c: Cluster) -> str:
    """The most frequent type among the sightings that name parties (ties: the more specific type)."""
    voters = [s for s in c.sightings if s.roles.participants] or c.sightings  # "the meeting" only refers back
    counts = Counter(s.type for s in voters)
    if "visit" in counts and set(counts) <= _TRIP_PARTS and len({s.sent_no for s in voters}) == 1:
        contacts = Counter(s.type for s in voters if s.type != "visit" and s.roles.counterpart)
        if not contacts:
            return "visit"  # "visited Kuwait for talks on the border": the trip is the event, the talks its purpose
        counts = contacts  # "will travel to London for talks with Britain": the talks, the trip their way there
    return max(counts, key=lambda t: (counts[t], -lx.TYPE_PRIORITY.index(t)))


def split_trip(c: Cluster, sides: dict[str, str] | None = None) -> list[Cluster]:
    """"X, on a state visit to China, held talks with Y": the talks between the two and the trip to the state
    are two events, when the talks name a party the trip does not or the text calls the trip a visit."""
    trips = [s for s in c.sightings if s.type == "visit"]
    contacts = [s for s in c.sightings if s.type in _CONTACTS]
    if not trips or not contacts or len(trips) + len(contacts) < len(c.sightings):
        return [c]
    named_after = any(s.named_visit and any(0 < abs(s.sent_no - x.sent_no) <= 1 for x in contacts) for s in trips)
    if not {s.sent_no for s in trips} & {s.sent_no for s in contacts} and not named_after:
        return [c]  # "declined talks in Kigali. X ruled out travelling to Kigali": one refusal told twice (not
        # "X will host Y for talks. The visit, Y's first to Z, ...": the visit the next sentence names)
    side = (sides or {}).get
    visited = {s.roles.received_by for s in trips} - {None}
    travellers = {side(k, k) for s in trips for k in s.roles.participants}
    met = {k for s in contacts for k in s.roles.participants}
    beyond = bool({side(k, k) for k in met} - travellers - visited) or any(
        side(k) == v for k in met for v in visited)  # "held talks with Y, who is on a visit to China"
    called = any(s.named_visit for s in trips) and any(s.roles.counterpart or s.roles.hosts or s.courtesy
                                                       for s in contacts)
    # "met with Y" / "was received by Y" / "paid a courtesy call on the President" beside "the visit": the contact
    # and the trip are two events
    called = called or any(
        s.main and s.subject is None and len(s.roles.participants) >= 2 and s.sent_no in {t.sent_no for t in trips}
        and s.start > max(t.end for t in trips) for s in contacts)  # "will pay a visit to Baku, where the two
    # presidents will hold talks": talks told in a clause of their own, after the visit, with their own sides
    called = called or any(s.main and len(s.roles.participants) >= 2 and any(
        t.named_visit and s.sent_no - t.sent_no == 1 for t in trips) for s in contacts)  # "X will pay a visit to
    # Y in May. The two leaders will hold talks on ...": the next sentence's talks, with their sides, on the trip
    if not visited or not (beyond or called) or len(met) < 2:
        return [c]  # "visited Kuwait for talks on the border": one trip
    trip = next((s for s in trips if s.main), trips[0])
    if not any(s.main for s in contacts) and trip.status is not None:
        # "is expected in Tehran on Saturday for talks with X": the talks the trip is for stand as the trip stands
        contacts = [replace(s, status=trip.status, claimed_on=trip.claimed_on, claimed_by=trip.claimed_by)
                    for s in contacts]
    first = contacts[0]  # talks on the trip are held where it goes and, unless dated apart, when
    places = [s.roles.location for s in trips if s.roles.location]
    place = next((p for p in places if getattr(gazetteer().lookup(p), "type", None) != "state"),
                 places[0] if places else None)  # "a visit to Nepal ... in Kathmandu": the city
    here = first.roles.location
    dropped = {s.status for s in trips if s.status is not None}
    if dropped and dropped <= _CALLED_OFF and first.status not in _CALLED_OFF:
        place = None  # "will meet Y at the summit, but ruled out a visit to Z": not met where no one goes
    if place and (not any(s.roles.location for s in contacts)
                  or here and here != place and same_place(place, here) and gazetteer().capital(here) is None):
        first = replace(first, roles=replace(first.roles, location=place))  # the trip's city beats its state
    dated = next((s for s in trips if s.day is not None or s.time is not None), None)
    if dated is not None and not any(s.day is not None or s.time is not None for s in contacts):
        status = "scheduled" if first.status == "agreed" and dated.status == "scheduled" else first.status
        first = replace(first, day=dated.day, time=dated.time, status=status)  # "agreed" only for want of a day
    contacts = [first, *contacts[1:]]
    return [Cluster(contacts), Cluster(trips)] if c.sightings[0] in contacts else [Cluster(trips), Cluster(contacts)]
