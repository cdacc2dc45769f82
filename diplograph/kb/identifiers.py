"""owl:sameAs targets for states and international organisations from general reference tables."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

import pycountry

WIKIDATA = "http://www.wikidata.org/entity/"
ISO_3166 = "https://www.iso.org/obp/ui/#iso:code:3166:"


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


def iso_alpha2(alpha3: str) -> str | None:
    """ISO 3166-1 alpha-2 code of an alpha-3 code, if it is an assigned one."""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    return country.alpha_2 if country else None


@lru_cache(maxsize=4096)
def same_as_for(actor_key: str) -> tuple[str, ...]:
    """ISO 3166 and Wikidata IRIs known for an actor key ("state:RUS", "org:nato"); () if none."""
    prefix, _, rest = actor_key.partition(":")
    out: list[str] = []
    if prefix == "state" and rest:
        alpha3 = rest.upper()
        if alpha2 := iso_alpha2(alpha3):
            out.append(ISO_3166 + alpha2)
        if qid := _state_qids().get(alpha3):
            out.append(WIKIDATA + qid)
    elif prefix == "org" and (qid := _org_qids().get(actor_key)):
        out.append(WIKIDATA + qid)
    return tuple(out)
