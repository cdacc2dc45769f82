"""Which bodies are no party to diplomacy: companies, unions, clubs, hospitals, courts, storms and a state's own organs."""

from __future__ import annotations

from functools import lru_cache

from diplograph.kb import event_lexicon as lx
from diplograph.kb.gazetteer import fold, gazetteer
from diplograph.kb.petrarch import agents, phoenix_actors

# Phoenix agent codes of sectors outside diplomacy: business, labour, education, health, the courts, the media.
SECTOR_CODES = ("BUS", "LAB", "EDU", "HLH", "JUD", "MED")
# Phoenix agent codes of a state's own organs: a legislature, a party (a government stands for its state).
ORGAN_CODES = ("LEG", "PTY")
# Words of names the agent table has no code for ("Diamond League", "BYD Auto", "Erasmus Medical Centre").
SECTOR_WORDS = frozenset("""union unions club league hospital clinic medical university college academy motors motor
auto airlines airways holdings inc ltd plc corp electronics business""".split())
# Heads of the names of sites a visit sees ("the Dung Quat Economic Zone", "the Hawassa Industrial Park"; not "the euro
# zone", "Camp David", "Park Jin").
SITE_HEADS = frozenset("zone park plant factory refinery mill mine ward camp".split())
WEATHER = frozenset("cyclone hurricane typhoon storm tropical tornado".split())  # "Cyclone Leilani's visit"
# Words of a state's own organs' names ("Supreme National Security Council", "Federal Executive Council") and the
# heads they go with (not "National Liberation Army").
ORGAN_WORDS = frozenset("""national federal constitutional party central parliamentary presidential electoral
select""".split())
ORGAN_HEADS = frozenset("council committee cabinet commission assembly congress plenum presidium politburo".split())
ORGANS_ALONE = frozenset("cabinet plenum presidium politburo".split())  # not "the Council", "the Commission"
REGION_UNITS = frozenset("provinces prefectures counties districts municipalities oblasts cantons".split())
STATE_UNITS = frozenset("states regions lander länder".split())  # one state's own only when its demonym names them
OFFICE_HEADS = frozenset("office ministry department".split())  # a government department's name ends so
SIMULATIONS = frozenset("model mock".split())  # "a Model United Nations summit": students playing a body
# Phoenix actor codes of relief work: an NGO ("NGOHLHIRC", the Red Cross) or a UN agency for health, refugees,
# children or food ("IGOUNOHLHWHO", "IGOUNOREFHCR", "IGOUNOKID", "IGOUNOWFP").
RELIEF_CODES = ("HLH", "REF", "KID", "WFP")


def state_office(name: str) -> bool:
    """A state's own department ("the Foreign Office", "the State Department"): sitting alone it meets its own
    people, no side of diplomacy."""
    words = _words(name)
    if not words or words[-1] not in OFFICE_HEADS:
        return False
    entry = gazetteer().lookup(name)  # "the State Department" is a state's seat, "UNOPS" a body of states
    return entry.state is not None if entry is not None else not _names_body(name.split())


def no_party(key: str, name: str) -> bool:
    """An actor that is no party to diplomacy: a sector's body, one state's own regions, or a storm a tagger took for
    a person."""
    if key.startswith("person:"):
        return next(iter(fold(name).split()), "") in WEATHER  # ("Margaret Court" is a person)
    return not key.startswith("state:") and (sector_body(name) or subnational(name))


@lru_cache(maxsize=1024)
def subnational(name: str) -> bool:
    """One state's own regions ("the German states", "Nigeria's 36 states", "the northern provinces"): their heads
    meet their own government (not "the Gulf states", "Central Asian states": states of a region)."""
    words = [w for w in _words(name) if not w.isdigit() and w not in ("the", "its", "their")]
    if not words or words[-1] not in REGION_UNITS and words[-1] not in STATE_UNITS or _international(name):
        return False
    if words[-1] in REGION_UNITS:
        return True
    own = [w for w in name.replace("\u2019s", "").replace("'s", "").split() if fold(w) in words][-2:-1]
    return len(words) == 2 and bool(own) and getattr(gazetteer().demonym(own[0]) or gazetteer().lookup(own[0]),
                                                     "type", None) == "state"  # "German" in "the 16 German states"


@lru_cache(maxsize=4096)
def sector_body(name: str) -> bool:
    """A company, union, club, league, hospital, university, court, site or storm ("Volkswagen" alone is not told)."""
    words = _words(name)
    if words and words[0] in SIMULATIONS:
        return True
    if not words or _international(name):
        return False
    if words[0] in WEATHER or set(words) & SECTOR_WORDS or words[-1] in SITE_HEADS and len(words) > 2:
        return True
    return any(agents().get(phrase, "").startswith(SECTOR_CODES) for phrase in _tails(words))


@lru_cache(maxsize=4096)
def own_organ(name: str) -> bool:
    """A state's own organ sitting as itself: a cabinet, a national council, a party's committee, a court."""
    words = _words(name)
    if not words or _international(name):
        return False
    return sector_body(name) or bool(set(words) & ORGAN_HEADS and set(words) & ORGAN_WORDS) or words[-1] in ORGANS_ALONE \
        or agents().get(words[-1], "").startswith(ORGAN_CODES)  # "the Politburo", "Parliament", "the Senate"


def _words(name: str) -> list[str]:
    """The name's words, folded, without possessive endings ("the club's president")."""
    return fold(name.replace("\u2019s", "").replace("'s", "")).split()


def _tails(words: list[str]) -> list[str]:
    """The name's last one, two and three words ("court", "security council", "national security council")."""
    return [" ".join(words[-n:]) for n in (1, 2, 3) if n <= len(words)]


def _international(name: str) -> bool:
    """A known body of states, or a name holding one ("Common Market Council of Mercosur", "Assembly of the African
    Union") or a joint word."""
    gz = gazetteer()
    entry = gz.lookup(name)
    if entry is not None:
        return entry.type == "organization"
    words = name.replace("-", " ").replace("\u2013", " ").split()
    if any(w.lower() in lx.JOINT_MODS or w.lower().startswith(("minist", "inter")) for w in words):
        return True
    return _names_body(words)


def _names_body(words: list[str]) -> bool:
    """Some run of the name's words names a known body ("the [African Union] Special Envoy")."""
    gz = gazetteer()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)
             if words[i][:1].isupper() and len(words[j - 1]) > 1)
    return any(getattr(gz.lookup(span), "type", None) == "organization" for span in spans)


@lru_cache(maxsize=1024)
def relief_body(name: str) -> bool:
    """A humanitarian agency ("ICRC", "UNICEF", "World Food Programme"): a party when it meets a state's leaders, but
    its own sittings and its visits to detainees or camps are relief work, not diplomacy."""
    codes = [e.code for e in phoenix_actors().get(name.casefold(), ())]
    return any(c.startswith("NGO") or c.startswith("IGOUNO") and c[6:9] in RELIEF_CODES for c in codes)
