"""Identifier links (ISO 3166, Wikidata, GeoNames) so a reader can check who and where a node is."""

from __future__ import annotations

import re

from diplograph.views.model import ViewModel
from diplograph.views.source import rows

_QID = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q\d+)$")
_ISO = re.compile(r"^[A-Z]{2,3}$")
_GEONAMES = re.compile(r"^\d{1,10}$")


def id_links(same_as=(), notations=(), geonames=()) -> list[list[str]]:
    """[label, url] pairs for the identifiers of one node, in a fixed order (ISO, Wikidata, GeoNames)."""
    links: dict[str, str] = {}
    for code in sorted(set(notations), key=lambda c: (len(c), c)):
        if _ISO.match(code):
            links[f"ISO 3166 {code}"] = f"https://www.iso.org/obp/ui/#iso:code:3166:{code}"
    for iri in sorted(set(same_as)):
        if m := _QID.match(iri):
            links[f"Wikidata {m[1]}"] = f"https://www.wikidata.org/wiki/{m[1]}"
    for gid in sorted(set(geonames)):
        if _GEONAMES.match(gid):
            links[f"GeoNames {gid}"] = f"https://www.geonames.org/{gid}/"
    return [[label, url] for label, url in links.items()]


def add_identifiers(src, model: ViewModel) -> None:
    """Fill ``ids`` of actors (their own codes) and events (their place's) from the graph."""
    found: dict[str, dict[str, set[str]]] = {}
    for x, prop, value in rows(src, """SELECT DISTINCT ?x ?p ?v WHERE {
            VALUES ?p { owl:sameAs skos:notation dg:geonamesId } ?x ?p ?v }"""):
        found.setdefault(x, {}).setdefault(prop.rsplit("#", 1)[-1], set()).add(value)

    def links(iri: str) -> list[list[str]]:
        got = found.get(iri, {})
        return id_links(got.get("sameAs", ()), got.get("notation", ()), got.get("geonamesId", ()))

    for actor in model.actors.values():
        actor.ids = links(actor.iri)
    events = {e.iri: e for e in model.events.values()}
    for e, place in rows(src, "SELECT DISTINCT ?e ?p WHERE { ?e sem:hasPlace ?p }"):
        if e in events:
            events[e].ids = [list(x) for x in dict.fromkeys(map(tuple, events[e].ids + links(place)))]
