"""The PETRARCH-derived tables (scripts/derive_petrarch.py) as read-only structures, each read once per process."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

FAMILIES = ("meet", "call", "visit", "host", "mediate", "negotiate", "sign", "intend", "agree", "propose", "reject",
            "cancel", "postpone", "reduce")
CUE_KINDS = ("say", "tell", "announce", "warn", "deny", "accuse", "urge", "add", "other")


@dataclass(frozen=True)
class CameoVerb:
    """A verb, alone (pattern "") or with a PETRARCH pattern, and the CAMEO event it codes."""

    lemma: str  # lower case, multiword verbs with spaces ("call off")
    code: str  # as the dictionary writes it: "A:B" = the subject does A, the object B ("042:043" visit/host)
    pattern: str  # "*" the verb, "+" target, "$" source, "^" skipped words, "{..}" noun and "(..)" prepositional phrase
    family: str  # one of FAMILIES

    @property
    def subject_code(self) -> str:
        """The CAMEO code of what the verb's subject does."""
        return self.code.partition(":")[0]

    @property
    def object_code(self) -> str:
        """The CAMEO code of what the object does in return ("" when the code names none)."""
        return self.code.partition(":")[2]


@dataclass(frozen=True)
class ActorEntry:
    """A Phoenix actor code a name carries, between start and end (inclusive; None: open)."""

    name: str  # the entry's primary spelling, as in the dictionary
    code: str  # CAMEO actor code ("RUSGOV", "IGOUNO")
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        """True when the code applies on that day (undated codes always do)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _rows(name: str) -> Iterator[list[str]]:
    """The data rows of a shipped table, header skipped."""
    text = files("diplograph.kb").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if line:
            yield line.split("\t")


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def cameo_verbs() -> tuple[CameoVerb, ...]:
    """Every diplomatic verb use of the CAMEO verb dictionary, sorted by lemma, code and pattern."""
    return tuple(CameoVerb(*row) for row in _rows("cameo_verbs.tsv"))


@cache
def verbs_by_family() -> Mapping[str, frozenset[str]]:
    """Family -> lemmas the dictionary codes so, alone or with at least one pattern (see cameo_verbs for which)."""
    out: dict[str, set[str]] = defaultdict(set)
    for verb in cameo_verbs():
        out[verb.family].add(verb.lemma)
    return MappingProxyType({family: frozenset(out.get(family, ())) for family in FAMILIES})


@cache
def speech_verbs() -> Mapping[str, str]:
    """Lemma -> cue kind of the verbs CAMEO codes as public statements, appeals, criticism, denials or threats."""
    return MappingProxyType({lemma: kind for lemma, _code, kind in _rows("speech_verbs.tsv")})


@cache
def phoenix_actors() -> Mapping[str, tuple[ActorEntry, ...]]:
    """Case-folded spelling -> the actor codes it carries, undated defaults and dated offices alike."""
    out: dict[str, list[ActorEntry]] = defaultdict(list)
    for name, variant, code, start, end in _rows("phoenix_actors.tsv"):
        out[variant.casefold()].append(ActorEntry(name, code, _date(start), _date(end)))
    return MappingProxyType({key: tuple(entries) for key, entries in out.items()})


@cache
def agents() -> Mapping[str, str]:
    """Agent word or phrase (lower case, plurals included) -> CAMEO agent code ("GOV", "MIL", "REB", "GOVFRM")."""
    return MappingProxyType(dict(_rows("phoenix_agents.tsv")))
