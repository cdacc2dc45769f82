"""Query parameters as RDF terms, never as spliced text, so a value cannot change a query."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.errors import QueryError
from diplograph.graph.iris import slug
from diplograph.kb.identifiers import state_alpha3, wikidata_iri

if TYPE_CHECKING:
    from diplograph.store import Store

KINDS = ("actor", "event", "fact", "iri", "string", "int", "float", "date", "bool")
_IRI = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|urn:)[^<>\"{}|^`\\\x00-\x20]*$")
# What marks a resource of each entity kind in the graph (see ontology/MODEL.md).
_MARKER = {"actor": "dg:actorType", "event": "dg:eventType", "fact": "a"}
_REGEX_SPECIAL = re.compile(r"([\\.?*+(){}\[\]^$|-])")
_FIND = """SELECT DISTINCT ?x WHERE {{ VALUES ?needle {{ {needle} }} ?x {marker} ?any . {pattern} }}
LIMIT 50"""
_STRATEGIES = (
    "?x rdfs:label|dg:alias ?needle .",
    "?x rdfs:label|dg:alias ?l . FILTER(LCASE(STR(?l)) = LCASE(?needle))",
    "FILTER(STRENDS(STR(?x), CONCAT(\"/\", ?needle)))",
)
_CODE = "?x skos:notation ?needle ."  # ISO 3166 codes of states ("ETH", "ET")
_ENTITY = "?x owl:sameAs ?needle ."  # Wikidata ids ("Q115")
_NAMES = """SELECT DISTINCT ?l WHERE {{ ?x {marker} ?any ; rdfs:label|dg:alias ?l }} LIMIT 20000"""
_SUGGESTIONS = 3
_PARTIAL = ("?x rdfs:label|dg:alias ?l . "
            "FILTER(REGEX(STR(?l), CONCAT(\"(^|\\\\W)\", ?needle, \"(\\\\W|$)\"), \"i\"))")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    kind: str = "string"
    default: str | None = None
    required: bool = False
    description: str = ""

    def describe(self) -> str:
        """One line for --list and the API docs."""
        need = "required" if self.required else (
            f"default {self.default}" if self.default else "optional")
        return f"{self.name} ({self.kind}, {need}): {self.description}".rstrip(": ")


def sparql_string(text: str) -> str:
    """A SPARQL string literal that keeps any text inert (rdflib's N-Triples escaping)."""
    return Literal(text).n3()


def iri_term(value: str) -> str:
    """``<value>`` after checking it is an absolute IRI with nothing that could end the term."""
    if not _IRI.match(value):
        raise QueryError(f"not an absolute IRI: {value!r}")
    return URIRef(value).n3()


def looks_like_iri(value: Any) -> bool:
    """True for ``http(s)://…`` and ``urn:…`` strings."""
    return isinstance(value, str) and bool(_IRI.match(value))


_TRUTH = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
_EXPECTED = {"int": "a whole number", "float": "a number", "bool": "true or false",
             "date": "a date, YYYY-MM-DD"}


def literal_term(kind: str, value: Any) -> str:
    """A typed SPARQL literal for a value given as Python object or command-line text."""
    try:
        if kind == "int":
            term = Literal(_whole(value), datatype=XSD.integer)
        elif kind == "float":
            term = Literal(float(value), datatype=XSD.double)
        elif kind == "bool":
            term = Literal(value if isinstance(value, bool) else _TRUTH[str(value).strip().lower()])
        elif kind == "date":
            term = Literal(_day(value), datatype=XSD.date)
        else:
            term = Literal(str(value))
    except (TypeError, ValueError, KeyError):
        raise QueryError(f"not a valid {kind}: {value!r} (expected {_EXPECTED[kind]})") from None
    return term.n3()


def _whole(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def _day(value: Any) -> date:
    """A day from a date, a datetime, or ISO text (a time of day may follow); nothing else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).date()


def render(store: Store, param: Param, value: Any) -> list[str]:
    """The SPARQL terms a parameter value stands for (several when a name is ambiguous)."""
    values = value if isinstance(value, (list, tuple, set)) else [value]
    terms: list[str] = []
    for item in values:
        if param.kind == "iri" or (param.kind in _MARKER and looks_like_iri(str(item))):
            terms.append(iri_term(str(item)))
        elif param.kind in _MARKER:
            terms.extend(resolve(store, param.kind, str(item)))
        else:
            try:
                terms.append(literal_term(param.kind, item))
            except QueryError as exc:
                raise QueryError(f"parameter {param.name}: {exc}") from None
    return list(dict.fromkeys(terms))


def resolve(store: Store, kind: str, name: str) -> list[str]:
    """IRIs of the actors/events/facts a name, alias, key or IRI tail denotes."""

    marker = _MARKER[kind]
    tail = f"{kind}/{slug(name)}" if kind != "fact" else slug(name)
    for pattern, needle in zip(_STRATEGIES, (name, name, tail)):
        found = _find(store, marker, pattern, sparql_string(needle))
        if found:
            return found
    if kind == "actor" and (alpha3 := state_alpha3(name)) and name.strip().isupper():
        found = _find(store, marker, _CODE, f"{sparql_string(alpha3)} {sparql_string(name.strip())}")
        if found:
            return found
    if kind == "actor" and (entity := wikidata_iri(name)):
        found = _find(store, marker, _ENTITY, iri_term(entity))
        if found:
            return found
    found = _find(store, marker, _PARTIAL, sparql_string(_REGEX_SPECIAL.sub(r"\\\1", name)))
    if len(found) == 1:
        return found
    if found:
        raise QueryError(f"{name!r} matches several {kind}s: "
                         + ", ".join(f[1:-1] for f in found[:8]) + "; use a full name or IRI")
    raise QueryError(f"no {kind} named {name!r} in the graph{did_you_mean(store, marker, name)}")


def did_you_mean(store: Store, marker: str, name: str) -> str:
    """``; did you mean 'X', 'Y'?`` from the graph's closest labels and aliases, or nothing."""
    rows = store.query(_NAMES.format(marker=marker))
    names = [b["l"]["value"] for b in rows.bindings if "l" in b]
    close = process.extract(name, names, scorer=fuzz.WRatio, processor=str.lower,
                            limit=_SUGGESTIONS, score_cutoff=75)
    return f"; did you mean {', '.join(repr(c[0]) for c in close)}?" if close else ""


def _find(store: Store, marker: str, pattern: str, needle: str) -> list[str]:
    """IRIs matching ``pattern``; ``needle`` is one or more SPARQL terms, already written."""
    rows = store.query(_FIND.format(needle=needle, marker=marker, pattern=pattern))
    return [f"<{b['x']['value']}>" for b in rows.bindings if b.get("x", {}).get("type") == "uri"]
