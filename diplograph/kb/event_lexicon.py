"""Diplomatic event triggers, status cues and the PLOVER/CAMEO coding table (data, not logic)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def cameo_table() -> tuple[tuple[str, str, str, str, str], ...]:
    """(kind, lemma, particle, value, cameo) rows scripts/derive_petrarch.py derives from the CAMEO verb dictionary."""
    text = resources.files("diplograph.kb.data").joinpath("event_lexicon.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line]
    return tuple(tuple(r) for r in rows if len(r) == 5)


def _words(kind: str, value: str | None = None) -> frozenset[str]:
    """Single-word lemmas of one kind (and value) in the CAMEO table."""
    return frozenset(r[1] for r in cameo_table() if r[0] == kind and not r[2] and (value is None or r[3] == value))


def _phrases(kind: str, value: str) -> frozenset[tuple[str, str]]:
    """(verb, particle) phrases of one kind and value in the CAMEO table ("call off", "rule out")."""
    return frozenset((r[1], r[2]) for r in cameo_table() if r[0] == kind and r[2] and r[3] == value)


# Event nouns (lemma or lower-cased form) -> event type.
TRIGGER_NOUNS = {
    "meeting": "meeting", "summit": "summit", "talks": "talks", "negotiation": "negotiation",
    "negotiations": "negotiation", "consultations": "talks", "dialogue": "talks", "visit": "visit", "trip": "visit",
    "signing": "signing", "face-to-face": "meeting", "tete-a-tete": "meeting", "tête-à-tête": "meeting",
    "get-together": "meeting", "bilateral": "meeting", "trilateral": "meeting",  # "held a bilateral" (a noun)
    "one-on-one": "meeting", "one-to-one": "meeting",  # "has just finished a one-on-one with X", "peeled off for a
    # one-to-one"
    "call": "call", "conversation": "call", "phone-call": "call", "videoconference": "call",
    "mediation": "mediation", "discussions": "talks",  # "held discussions with X" (not a lone "discussion")
} | {r[1]: r[3] for r in cameo_table() if r[0] == "noun"}
# Heads of named gatherings ("the UN General Assembly", "the Pacific Islands Forum"): events when attended, skipped,
# hosted or opened, bodies otherwise ("the Assembly voted").
GATHERING_NAMES = {"assembly": "conference", "forum": "summit"}
# Nouns that are meetings only when leaders or ministers hold them ("the leaders' retreat", "a Forum retreat",
# "a retreat for ministers"; not "the army's retreat").
RETREAT_NOUNS = frozenset({"retreat", "gathering"})  # (and "a gathering of the region's presidents")
RETREAT_HOLDERS = frozenset("leader minister head president premier chief".split())
LEADER_RETREATS = frozenset("leader head president premier chief body".split())  # a summit: its leaders retreat
RETREAT_VERBS = frozenset("hold host attend convene join skip".split())  # "leaders will hold a retreat"
GATHERING_VERBS = frozenset("attend skip boycott join host open convene address miss leave".split())
# Verbs of a clause on an event noun that name who the event gathers ("a summit bringing together A, B and C",
# "talks that involved X", "a meeting attended by Y"): their object (or agent) takes part in the event itself.
GATHERING_CLAUSE_VERBS = frozenset("bring gather assemble unite involve include feature draw attend".split())
# Nouns that are events only with a remote-contact modifier ("phone call", "telephone conversation").
REMOTE_ONLY = frozenset({"call", "conversation"})
IN_PERSON_CALLS = frozenset("courtesy farewell introductory".split())  # "paid a courtesy call on X": a meeting
CALL_SUPPORT = frozenset("receive get take pay make place hold have".split())  # "received a call from X"
REMOTE_WORDS = frozenset("phone telephone video telephonic virtual virtually online videoconference".split())
# Modifiers that make a trigger noun something other than a diplomatic event.
NON_DIPLOMATIC = frozenset("""press news board shareholder shareholders team staff town hall club
sports race track fan fans family business sales investor investors campaign election wake-up
roll conference-call alarm curtain strategy union faculty parent parents match friendly qualifier
tournament game final squad concert athletics league national party title tourist tourists tourism lecture
lectures memorial""".split())
# Contests: "will meet Ghana in a qualifier", "the cricket team meets India in the final" is sport, not diplomacy.
SPORTING = frozenset("""match friendly qualifier tournament game final squad cricket football soccer rugby
hockey basketball tennis semi-final quarter-final semifinal quarterfinal fixture league-match race races
championship championships cup olympics marathon relay bout clash showdown decider derby playoff play-off
athletics metre meter singles doubles""".split())  # "will meet Sri Lanka in the summit clash": a final, not a summit; "will meet
# again over 5,000 metres": a race
# A mountain's summit: "reached the summit of Mont Blanc", "climbed to the summit" (no leaders' summit).
ASCENT_VERBS = frozenset("reach climb scale conquer ascend top".split())
MOUNTAIN_WORDS = frozenset("mount mt mont monte mountain mountains peak volcano hill ridge massif".split())
# Players whose transfer or contract talks are about ("talks over the transfer of midfielder X"): sport, not diplomacy.
PLAYERS = frozenset("midfielder striker goalkeeper defender winger footballer cricketer batsman bowler".split())
# A summit, meeting or visit told as what happens somewhere as a rule ("the hall where leaders hold their summits").
HABIT_TRIGGERS = frozenset("summit meeting conference visit call".split())
# Companies and their people: "the two lenders' chief executives met", "Equity Bank and CRDB Bank signed a deal",
# "talks between the carmakers" are business, not diplomacy (a known body, "the World Bank", is not a company).
BUSINESS = frozenset("""company companies firm firms lender lenders bank banks corporation corporations conglomerate
conglomerates executives ceo ceos shareholder shareholders investor investors insurer insurers airline airlines
carmaker carmakers automaker automakers retailer retailers startup startups bidder bidders carrier carriers operator
operators manufacturer manufacturers supplier suppliers brewer brewers telecom telecoms developer developers""".split())
# Labour's sides: "the carmaker and the union will hold talks", "the minister and the unions resumed talks" (a known
# body, "the European Union", is not one).
LABOUR = frozenset("union unions".split())
STATE_BANKS = frozenset("central reserve national development".split())  # "the central bank": the state's own
# Continents and regions: as modifiers of an event noun they name its theme, not its place ("Africa summit").
REGIONS = frozenset("""Africa Asia Europe America Americas Oceania Antarctica Arctic Balkans Caribbean Sahel
Pacific Atlantic Indo-Pacific Gulf Mediterranean Eurasia Scandinavia""".split()) | frozenset({
    "Latin America", "North America", "South America", "Central America", "Middle East", "Central Asia",
    "East Asia", "South Asia", "Southeast Asia", "West Africa", "East Africa", "North Africa",
    "Southern Africa", "Horn of Africa", "Western Balkans", "South Caucasus", "Caucasus"})
# "on the sidelines of the G20 summit": the backdrop event, whose parties the sentence does not name.
BACKDROP_NOUNS = frozenset("sidelines sideline margins margin fringes fringe eve".split())
# Topics whose place is not the meeting's ("talks on the war in X").
TROUBLES = frozenset("war conflict crisis situation fighting violence peace ceasefire truce unrest".split())
# Works and sites a topic names with their own place ("talks on reopening the bridge in X"): not where talks are held.
TOPIC_SITES = frozenset("bridge dam pipeline railway canal reservoir mine airport corridor crossing".split())
# Verbs -> event type ("meet", "negotiate"...); "sign" needs an agreement-like object.
TRIGGER_VERBS = {"meet": "meeting", "negotiate": "negotiation", "visit": "visit", "confer": "talks",
                 "phone": "call", "telephone": "call", "sign": "signing", "mediate": "mediation"} \
    | {r[1]: r[3] for r in cameo_table() if r[0] == "verb" and not r[2] and r[1] not in ("host",)}
SIGNABLE = frozenset("""agreement deal treaty accord memorandum memoranda mou declaration pact protocol charter
convention communique communiqué contract ceasefire truce annex arrangement roadmap instrument programme program
statute concordat mous""".split())  # ("MoUs" keeps its plural as its lemma)
# Papers that are an accord only when the sides draw them up together: "signed a joint statement", "signed the 2091
# cooperation plan / the Action Plan" (not "signed a statement", "signed the plan": a form of words, a scheme)
JOINT_PAPERS = frozenset("statement plan partnership".split())
# "signed a strategic partnership", "will sign the comprehensive partnership": a partnership of states set down as a
# paper (not "signed a partnership with a start-up")
PARTNERSHIP_KINDS = frozenset("strategic comprehensive".split())
# Verbs that make a signing of a SIGNABLE they take: CAMEO's 057 verbs ("concluded a treaty", "struck a deal",
# "entered into a pact") and three it lacks ("inked a deal", "countersigned the protocol", "initialled the treaty").
SIGN_VERBS = _words("paper") | frozenset("ink countersign initial".split())
# "put pen to paper on an accord", "put their names / signatures to a protocol": a signing told by the hand
SIGN_BY_HAND = frozenset("pen name signature".split())
# "initialled the text of the agreement", "signed the final draft of the accord": the accord is the "of" phrase's
PAPER_FORMS = frozenset("text draft copy".split())
# What sides exchange when they conclude or ratify an accord ("exchanged notes", "the exchange of instruments of
# ratification", "witnessed the exchange of cooperation documents"): the exchange is the signing (CAMEO 057).
# Verbs of handing papers over both ways: "officials exchanged / swapped four memoranda" (a signing, as above)
EXCHANGE_VERBS = frozenset("exchange swap trade".split())  # ("officials traded six memoranda")
EXCHANGED_PAPERS = SIGNABLE | frozenset("note instrument document".split())
# "the signing ceremony took place in X", "attended the signing ceremony of ten documents": the ceremony is the signing
SIGNING_NOUNS = frozenset("signing exchange ceremony".split())
# Ceremonial meetings told by what is handed over or granted: "presented her credentials / letters of credence to
# X", "received the credentials of X", "granted an audience to X", "had an audience with X" (a meeting, CAMEO 040).
CREDENTIAL_NOUNS = frozenset("credential credentials credence".split())
CREDENTIAL_VERBS = frozenset("present submit hand receive accept".split())
AUDIENCE_NOUNS = frozenset({"audience"})
AUDIENCE_VERBS = frozenset("grant give have hold".split())
CEREMONIAL_WORDS = CREDENTIAL_NOUNS | AUDIENCE_NOUNS | {"commission"}  # "letters of commission"
# Talk verbs that are a phone call with "by phone/telephone".
SPEAK_VERBS = frozenset("speak talk chat discuss".split()) | _words("remote") - {"call"}
CONVENE_VERBS = frozenset("convene reconvene".split())
ARRIVAL_WORDS = frozenset("arrive expected due land".split()) | _words("arrive")  # with "in <place>": a visit
# with "to <place>": a visit
TRAVEL_VERBS = frozenset("travel fly jet go come head continue".split()) | _words("travel")
# "wrapped up two days in Moldova", "after a week in China", "his three-day stay in Oslo": time a traveller spends in a
# place, a visit when a person or state spends it (the verbs that spend or end it, or "after"/"during" it)
STAY_NOUNS = frozenset("day days week weeks stay".split())
STAY_VERBS = frozenset("spend wrap end conclude complete finish begin start cut round close".split())
STAY_PREPS = frozenset({"after", "during", "following"})
STOP_NOUNS = frozenset({"stop"})  # "the premier's stop in Quito": a visit when a leader or a trip holds it (a "stopover" is transit)
ENTRY_PORTS = frozenset("airport airbase airfield".split())  # "landed at <city> airport": in that city
TRIP_TO = ("to", "into")  # "flew to Lima", "jetted into Lima": the place a journey goes to
DEPART_VERBS = frozenset("leave depart".split())  # with "for <place>": a visit ("left for Beijing")
TRIP_VERBS = TRAVEL_VERBS | ARRIVAL_WORDS | DEPART_VERBS  # every verb that tells a trip
HOSTING_VERBS = frozenset("host receive welcome".split())  # with a guest as object: a visit received
# What is received without anyone met: "received a phone call / a written message / cables of greetings from X".
RECEIVED_THINGS = frozenset("""call message letter cable telegram greeting invitation congratulation condolence
note""".split())
MEET_HOSTS = frozenset("meet host receive welcome greet".split())  # "met visiting President X"
# Shared chairs and hosts: "co-chaired the commission with X", "a conference co-hosted by A and B". The tokenizer
# keeps each form one word (split at the hyphen, the parse falls apart); an inflected form lemmatises badly.
CO_LEAD_STEMS = {"chair": "chair", "host": "host", "sponsor": "sponsor", "organis": "organise",
                 "organiz": "organize", "presid": "preside"}  # stem -> lemma
CO_LEAD_LEMMAS = {f"co-{stem}{end}": lemma for stem, lemma in CO_LEAD_STEMS.items()
                  for end in (("e", "es", "ed", "ing") if lemma != stem else ("", "s", "ed", "ing"))}
CO_LEAD_FORMS = frozenset(CO_LEAD_LEMMAS)
# Kinds of visit a release capitalises ("paid a State Visit", "an Official Working Visit"): the trip noun they
# head is the common noun, not a name
VISIT_KINDS = frozenset("state official working private return reciprocal farewell courtesy".split())
TRIP_NOUNS = frozenset("visit visits trip tour".split())

FAMILIES = {"meeting": "in-person", "summit": "in-person", "talks": "in-person", "negotiation": "in-person",
            "visit": "in-person", "conference": "in-person", "call": "remote", "signing": "signing",
            "mediation": "mediation"}
STRICT_ANAPHORS = frozenset({"summit", "visit"})  # "the summit" never points back at bilateral talks
TYPE_PRIORITY = ("summit", "conference", "talks", "negotiation", "meeting", "visit", "call", "signing", "mediation")

# Words that make a mention a further occurrence ("meet again", "a second round", "resume talks").
def modifier_text(tok) -> str:
    """A modifier as written, split words joined ("follow-up", parsed as "follow" + "-" + "up")."""
    return "".join(t.text for t in tok.subtree).lower() if tok.n_rights else tok.lower_


FRESH_MODS = frozenset("""second third fourth fifth sixth next new another further fresh follow-up following
subsequent""".split())


def later_ordinal(mod) -> bool:
    """"the tenth round", "the 20th session": an ordinal past the first numbers a further one of a series."""
    return mod.ent_type_ == "ORDINAL" and mod.lower_ not in ("first", "1st")


NEXT_ONE = frozenset("next following".split())  # "will host the next one": the next of the gathering told before
PAST_ROUND_MODS = frozenset("previous last earlier preceding".split())  # "the previous round, held in X"
FRESH_VERBS = frozenset("reconvene resume".split())
FRESH_AHEAD_VERBS = frozenset({"continue"})  # "agreed to continue the talks in May": a further sitting (not "continued")
ROUND_NOUNS = frozenset("round session".split())  # talks themselves when a further one is meant
# "the 165th ministerial session", "an extraordinary session of the AU Executive Council": a body's meeting
SESSION_MODS = frozenset("""ministerial ordinary extraordinary special emergency plenary summit intergovernmental
interministerial""".split())
# Standing bodies of two or more states that meet as such ("convened the Joint Permanent Commission")
JOINT_MODS = frozenset("""joint intergovernmental interstate inter-state bilateral binational interministerial border
tripartite trilateral""".split())
JOINT_BODIES = frozenset("commission council committee mechanism".split())
JOINT_ONLY_BODIES = frozenset({"cabinet"})  # "hold the next binational cabinet": a meeting only when joint
JOINT_VERBS = frozenset("hold convene reconvene host open chair".split())  # their object: the body's meeting
# "back to the negotiating table": the table stands for the negotiation its modifier names
TABLE_NOUNS = frozenset("table".split())
TABLE_MODS = frozenset("negotiating negotiation negotiations bargaining".split())
TABLE_VERBS = frozenset("return come go get sit head bring".split())  # moves to the table: the talks resume
RETURN_ADVERBS = frozenset({"back"})  # "came back to the table": the verb above governs the event

# Nouns for the people who take part on behalf of a state or body ("Russian negotiators").
GROUP_NOUNS = frozenset("""delegation delegations delegate delegates negotiator negotiators team teams panel panels
mission missions
envoy envoys ambassador ambassadors
official officials diplomat diplomats minister ministers leader leaders president presidents side
sides country countries government governments representative representatives counterpart
counterparts colleague colleagues foreign-minister head heads neighbour neighbours neighbor neighbors parties rivals member members""".split())
# State services that meet for their states when the states' leaders agree they will ("agreed that their coast
# guards would hold talks", "the two customs services will meet"): the agreeing sides meet through them
AGENCY_HEADS = frozenset("""guard guards coastguard coastguards customs service services navy navies army armies
military militaries police agency agencies authority authorities ministry ministries""".split())
# What a team or mission is sent to do ("a fact-finding team", "a technical mission"): a body's envoys, not a squad.
MISSION_MODS = frozenset("""finding fact-finding technical assessment monitoring observer observation negotiating
verification inspection mediation expert evaluation high-level ministerial advance electoral""".split())
SENT_GROUPS = frozenset("delegation mission team panel envoy emissary".split())  # "will lead a mission to Haiti": the trip abroad
SEND_VERBS = frozenset("lead head send dispatch".split())  # (its leader or sender the traveller)
TOLD_VISITORS = frozenset("delegation mission guest visitor".split())  # "the delegation": those whose trip was just told
MEMBER_NOUNS = frozenset("member".split())  # "members of X": X's people, speaking for X
PAIR_WORDS = frozenset("two both".split())
# Bodies named by what they are, not by name ("Venezuela's opposition", "rebel groups", "Western powers"):
# parties of their own; a government, army or junta stands for its state.
GENERIC_GROUPS = frozenset("""opposition rebel rebels insurgent insurgents militant militants militia militias
faction factions guerrilla guerrillas separatist separatists power powers""".split())
GROUP_HEADS = frozenset("""group groups grouping groupings bloc blocs movement movements force forces fighter fighters
coalition alliance""".split())
COLLECTIVES = frozenset("nations countries states powers leaders ministers presidents counterparts".split())  # with a
# region: "Gulf states", "her Nordic counterparts"
STATE_FORCES = frozenset("government army military junta regime authorities administration".split())
# Verbs whose object does what the infinitive says ("invited X to visit", "urged X to meet Y").
OBJECT_CONTROL = frozenset("invite urge ask persuade encourage tell press allow permit call".split())
STATE_GROUPS = frozenset("""country side government nation delegation team capital neighbour neighbor party
rival""".split())
EITHER_SIDE = frozenset("side party delegation".split())  # sides of a conflict (their delegations) may be a state and
# an armed group

DECLINE = frozenset("reject decline refuse snub spurn rebuff boycott skip shun dismiss".split()) | _words("status", "declined")
DECLINE_PHRASES = frozenset({("rule", "out"), ("turn", "down"), ("pull", "out"), ("back", "out"), ("opt", "out"),
                             ("bow", "out"), ("stay", "away"), ("drop", "out"), ("brush", "aside"), ("wave", "aside"),
                             ("wave", "away"),
                             ("say", "no"), ("excuse", "from"), ("withdraw", "from")}) | _phrases("status", "declined")
DENY_VERBS = frozenset("deny refute rebut dismiss reject".split())  # "denied (reports) that X met Y": no event
REPORT_NOUNS = frozenset("report reports claim claims rumour rumours rumor rumors allegation allegations".split())
ABSENCE_VERBS = frozenset("skip boycott miss shun snub".split())  # staying away: the verb's time is the event's
ABSENT_ADJ = frozenset("absent missing".split())  # "X will be absent from the summit": X stays away
DECLINE_NOUNS = frozenset("refusal rejection boycott snub".split())  # "X's refusal to attend the summit"
ABSENCE_NOUNS = frozenset("absence absentee non-attendance".split())  # "X's absence from the summit": X stays away
REGRET_NOUNS = frozenset("apology apologies regret regrets".split())  # "sent his apologies for the summit": away
REGRET_VERBS = frozenset("send tender convey".split())  # the verbs that send them
THREAT_VERBS = frozenset("threaten consider contemplate mull weigh".split())  # "threatened to boycott it": not yet
POSTPONE = frozenset("postpone delay defer shelve".split()) | _words("status", "postponed")
POSTPONE_PHRASES = frozenset({("put", "off"), ("push", "back")})
# Moves in time only when a new date follows ("moved to 2 April", "shifted to next week", "brought forward to May")
RESCHEDULE_VERBS = frozenset("move shift reschedule bring".split())
# "drop" (a meeting "dropped from the programme"); its phrasal visits ("dropped by for talks") are no cancellation
CANCEL = frozenset("cancel scrap suspend abandon scuttle drop axe ditch".split()) | _words("status", "cancelled") | POSTPONE
DROP_IN_PHRASES = frozenset({("drop", "by"), ("drop", "in"), ("drop", "into")})  # a call paid, not a plan dropped
CANCEL_PHRASES = frozenset({("call", "off"), ("fall", "through")}) | _phrases("status", "cancelled") | POSTPONE_PHRASES
# "announced the postponement of the summit" (CAMEO 161 "announce postponement (of negotiation)")
CANCEL_NOUNS = frozenset("postponement cancellation suspension deferral deferment".split())
AGREE = frozenset("agree accept consent assent concur".split()) | _words("status", "agreed")
# Commitments and decisions ("decided to hold", "pledged to meet"): agreed when both sides make them, proposed when
# one side does (CAMEO files pledges and promises under 03x, expressions of intent).
COMMIT = frozenset("decide resolve pledge commit promise vow".split())
INSTRUCT = frozenset("instruct direct task mandate".split())  # "instructed their ministers to meet": decided
SCHEDULE = frozenset("schedule arrange".split()) | _words("status", "scheduled")  # "arranged a meeting for Friday"
SCHEDULE_ADJ = frozenset("scheduled due planned set slated".split())
UPCOMING = frozenset("upcoming forthcoming coming".split())  # "the upcoming summit": set to take place
PROPOSE = frozenset("""propose suggest urge want seek offer invite hope expect desire consider favor
favour support back request advocate need require push plead prefer wish envisage envision float moot
pitch""".split()) | (_words("status", "proposed") - {"plan"})  # "planned": see SCHEDULE_ADJ
PROPOSE_PHRASES = frozenset({("call", "for"), ("push", "for"), ("ask", "for"), ("press", "for"), ("lobby", "for"),
                             ("appeal", "for"), ("look", "forward")})  # "looks forward to visiting Cairo"
PURSUE_PHRASES = frozenset({("work", "towards"), ("work", "toward")})  # "working towards a summit in May": its day
# "a summit is on the cards", "talks remain on the table": a prospect, no more (be/remain + prepositional idiom)
PROSPECT_IDIOMS = frozenset({("on", "cards"), ("in", "works"), ("in", "pipeline"), ("on", "table"),
                             ("on", "horizon"), ("in", "offing"), ("under", "consideration"), ("under", "discussion"),
                             ("under", "study"), ("under", "review")})  # "a visit is under consideration"
AGREEMENT_NOUNS = frozenset("agreement consensus understanding accord".split())  # "reached agreement on a meeting"
PROPOSE_ADJ = frozenset("""necessary essential important needed vital crucial possible willing ready
open eager keen prepared desirable imperative indispensable urgent likely interested overdue
unlikely uncertain doubtful
welcome timely""".split())
PROPOSE_NOUNS = frozenset("""invitation proposal offer call need desire plan idea prospect possibility
hope request push readiness willingness bid suggestion demand chance option interest wish""".split())  # "expressed
# interest in visiting Hanoi", "his wish to visit": a wish told as a noun
PREPARE_VERBS = frozenset("prepare ready gear brace".split())  # "readies for the trip": still to come
PREPARE_NOUNS = frozenset("preparation preparations arrangement arrangements run-up lead-up build-up".split())  # "preparations for the summit"
PROPOSE_MODS = frozenset("possible potential proposed prospective future planned expected mooted".split())
HELD = frozenset("""hold have conduct attend arrive join host chair open conclude end wrap begin start
resume gather convene take receive make pay place witness land undertake complete finish""".split()) | _words("status", "held") \
    | frozenset("mediate broker facilitate arbitrate".split())  # a third party's part (CAMEO 045): "X mediated talks"
HELD_ADJ = frozenset("""productive constructive successful fruitful useful positive frank cordial
tense substantive lengthy long warm""".split())
# Participles after an event noun that carry its own time, place and status ("talks held in Oslo last week").
OWN_PARTICIPLES = (HELD - frozenset("have take make pay place receive".split())) | SCHEDULE_ADJ \
    | frozenset("plan schedule expect".split()) | GATHERING_CLAUSE_VERBS
MODAL_PROPOSE = frozenset("would could should must might may".split())
# State occasions a foreign leader is invited to ("invited his host to the opening of the new port"): a trip asked for
CEREMONY_NOUNS = frozenset("""opening inauguration launch celebration celebrations ceremony ceremonies commemoration
commemorations anniversary jubilee parade coronation investiture swearing-in""".split())
# Public occasions a guest is asked to open or attend ("an invitation to open the Harare trade fair"): with the
# ceremonies, a trip to the place they are held in
OCCASION_NOUNS = CEREMONY_NOUNS | frozenset("show fair expo exhibition festival".split())
OCCASION_VERBS = frozenset("attend open inaugurate witness grace".split())  # what the guest is asked to do there
WISH_VERBS = frozenset("like love prefer wish".split())  # "would like to visit": a wish under "would", not a plan
JOIN_VERBS = frozenset("attend join participate take witness".split())  # "would take part": an offer to join
WILLING_ADVS = frozenset("gladly happily willingly readily gratefully".split())
FUTURE = frozenset({"will", "shall", "'ll", "\u2019ll"})

# (type family, status) -> (PLOVER category/mode, CAMEO code). CAMEO: 036 express intent to meet or
# negotiate, 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at
# a third location, 045 mediate, 046 engage in negotiation, 057 sign formal agreement, 125 reject
# proposal to meet, discuss or negotiate, 039 express intent to mediate, 126 reject mediation.
# PLOVER: AGREE covers intentions and promises to meet.
_INTENT = ("proposed", "agreed", "scheduled")
CODES = {
    **{(t, s): ("AGREE", "036") for t in FAMILIES for s in _INTENT},
    **{(t, s): ("REJECT", "125") for t in FAMILIES for s in ("declined", "cancelled")},
    ("meeting", "held"): ("CONSULT/meet", "040"),
    ("summit", "held"): ("CONSULT/meet", "040"),
    ("conference", "held"): ("CONSULT/meet", "040"),
    ("talks", "held"): ("CONSULT/meet", "046"),
    ("negotiation", "held"): ("CONSULT/meet", "046"),
    ("visit", "held"): ("CONSULT/visit", "042"),
    ("call", "held"): ("CONSULT/phone", "041"),
    ("signing", "held"): ("AGREE", "057"),
    ("signing", "proposed"): ("AGREE", "030"),
    **{("mediation", s): ("AGREE", "039") for s in _INTENT},  # 039: express intent to mediate
    ("mediation", "held"): ("CONSULT/third-party", "045"),
    **{("mediation", s): ("REJECT", "126") for s in ("declined", "cancelled")},  # 126: reject mediation
}


def codes(kind: str, status: str | None, *, mediated: bool = False, hosted: bool = False,
          third_place: bool = False) -> tuple[str | None, str | None]:
    """PLOVER category/mode and CAMEO code for an event type in a given status."""
    if status is None:
        return None, None
    if status == "held" and FAMILIES.get(kind) == "in-person" and kind != "visit":
        if mediated:
            return "CONSULT/third-party", "045"
        if hosted:
            return "CONSULT/visit", "043"
        if third_place:
            return "CONSULT/third-party", "044"
    return CODES.get((kind, status), (None, None))
